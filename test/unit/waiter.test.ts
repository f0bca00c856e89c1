// waitUntilIdentityResolutionJobCompleted, deterministically: fake timers (Date included), a pinned
// Math.random and a mocked `send` whose answers are chained. This proves the poll schedule that
// @smithy/util-waiter's backoff produces and how outcomes map to results and errors; it does not
// prove anything about real elapsed time, the wire format, or the SDK's own per-call retries.
//
// Backoff (node_modules/@smithy/core/dist-cjs/submodules/client/index.js, exponentialBackoffWithJitter):
// before poll n+1, delay = min + random * (min(min * 2^(n-1), max) - min), and max once
// n > log2(max/min) + 1; with min 15 s, max 120 s and random 0.5 that is 15, 22.5, 37.5, 67.5, 120 s.
import {
  CustomerProfilesClient,
  GetIdentityResolutionJobCommand,
  type GetIdentityResolutionJobCommandOutput,
} from "@aws-sdk/client-customer-profiles";
import { mockClient } from "aws-sdk-client-mock";
import "aws-sdk-client-mock-jest";
import {
  InvalidArgumentError,
  JobFailedError,
  waitUntilIdentityResolutionJobCompleted,
  WaitTimeoutError,
  type WaitProgress,
} from "../../provider";
import { DOMAIN, JOB_ID, METADATA, rejectionOf } from "./fixtures";

const cp = mockClient(CustomerProfilesClient);
// The SDK's Node 20 deprecation notice is noise here (the library silences it the same way).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const client = new CustomerProfilesClient({ region: "us-east-1" });
const INPUT = { DomainName: DOMAIN, JobId: JOB_ID };
const SUBJECT = `identity resolution job ${JOB_ID} in domain '${DOMAIN}' (us-east-1)`;
const response = (Status: string, extra: object = {}): GetIdentityResolutionJobCommandOutput => ({
  $metadata: METADATA,
  DomainName: DOMAIN,
  JobId: JOB_ID,
  Status: Status as GetIdentityResolutionJobCommandOutput["Status"],
  ...extra,
});

let start: number;
let pollTimes: number[];

/** Answers polls with `statuses` in order (the last one repeats), noting when each poll came. */
function answerWith(...statuses: string[]): void {
  cp.on(GetIdentityResolutionJobCommand).callsFake(() => {
    pollTimes.push(Date.now() - start);
    return Promise.resolve(response(statuses[Math.min(pollTimes.length, statuses.length) - 1]!));
  });
}

beforeEach(() => {
  cp.reset();
  jest.useFakeTimers({ now: new Date("2025-01-01T00:00:00.000Z") });
  jest.spyOn(Math, "random").mockReturnValue(0.5);
  start = Date.now();
  pollTimes = [];
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("poll schedule", () => {
  test("PENDING → FIND_MATCHING → MERGING → COMPLETED: polls at 0, 15, 37.5 and 75 s", async () => {
    answerWith("PENDING", "FIND_MATCHING", "MERGING", "COMPLETED");
    const settled = waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 600 }, INPUT);
    await jest.advanceTimersByTimeAsync(75_000);

    await expect(settled).resolves.toStrictEqual({ state: "SUCCESS", reason: response("COMPLETED") });
    expect(pollTimes).toEqual([0, 15_000, 37_500, 75_000]);
    expect(pollTimes.slice(1).map((t, i) => t - pollTimes[i]!)).toEqual([15_000, 22_500, 37_500]);
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 4);
    expect(cp.commandCalls(GetIdentityResolutionJobCommand).map((call) => call.args[0].input)).toEqual([
      INPUT,
      INPUT,
      INPUT,
      INPUT,
    ]);
  });

  test("the delay doubles up to maxDelay and then stays there", async () => {
    answerWith("PENDING", "PENDING", "PENDING", "PENDING", "PENDING", "PENDING", "COMPLETED");
    const settled = waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 900 }, INPUT);
    await jest.advanceTimersByTimeAsync(382_500);

    await expect(settled).resolves.toMatchObject({ state: "SUCCESS" });
    const delays = pollTimes.slice(1).map((t, i) => t - pollTimes[i]!);
    expect(delays).toEqual([15_000, 22_500, 37_500, 67_500, 120_000, 120_000]);
  });

  test("with a resolvesOnce chain, no poll comes a millisecond early", async () => {
    cp.on(GetIdentityResolutionJobCommand)
      .resolvesOnce(response("PENDING"))
      .resolvesOnce(response("FIND_MATCHING"))
      .resolvesOnce(response("MERGING"))
      .resolvesOnce(response("COMPLETED"));
    const settled = waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 600 }, INPUT);
    const polls = () => cp.commandCalls(GetIdentityResolutionJobCommand).length;

    const seen: number[] = [];
    for (const step of [0, 14_999, 1, 22_499, 1, 37_499, 1]) {
      await jest.advanceTimersByTimeAsync(step);
      seen.push(polls());
    }
    expect(seen).toEqual([1, 1, 2, 2, 3, 3, 4]);
    await expect(settled).resolves.toStrictEqual({ state: "SUCCESS", reason: response("COMPLETED") });
  });

  test("custom minDelay and maxDelay", async () => {
    answerWith("PENDING", "PENDING", "PENDING", "COMPLETED");
    const settled = waitUntilIdentityResolutionJobCompleted(
      { client, maxWaitTime: 60, minDelay: 2, maxDelay: 5 },
      INPUT,
    );
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(settled).resolves.toMatchObject({ state: "SUCCESS" });
    // 2 s, then 2 + 0.5 * (4 - 2) = 3 s; the third attempt is past log2(5 / 2) + 1, so maxDelay: 5 s.
    expect(pollTimes).toEqual([0, 2_000, 5_000, 10_000]);
  });

  test("onProgress receives every poll exactly", async () => {
    answerWith("PENDING", "FIND_MATCHING", "MERGING", "COMPLETED");
    const progress: WaitProgress[] = [];
    const settled = waitUntilIdentityResolutionJobCompleted(
      { client, maxWaitTime: 600, onProgress: (update) => progress.push(update) },
      INPUT,
    );
    await jest.advanceTimersByTimeAsync(75_000);
    await settled;

    expect(progress).toStrictEqual([
      { domainName: DOMAIN, jobId: JOB_ID, status: "PENDING", elapsedSeconds: 0, polls: 1 },
      { domainName: DOMAIN, jobId: JOB_ID, status: "FIND_MATCHING", elapsedSeconds: 15, polls: 2 },
      { domainName: DOMAIN, jobId: JOB_ID, status: "MERGING", elapsedSeconds: 38, polls: 3 },
      { domainName: DOMAIN, jobId: JOB_ID, status: "COMPLETED", elapsedSeconds: 75, polls: 4 },
    ]);
  });
});

describe("endings", () => {
  test("FAILED ends at once with the job's message, after exactly one call", async () => {
    cp.on(GetIdentityResolutionJobCommand).resolves(
      response("FAILED", { Message: "Matching failed: the rule set references a missing attribute." }),
    );
    const error = await rejectionOf(
      waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 600 }, INPUT),
    );

    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toBe(
      `The ${SUBJECT} ended in status FAILED: Matching failed: the rule set references a missing attribute. It will not reach COMPLETED (waited 0s, 1 poll).`,
    );
    expect({ ...error }).toStrictEqual({
      name: "JobFailedError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId: JOB_ID,
      status: "FAILED",
      jobMessage: "Matching failed: the rule set references a missing attribute.",
    });
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 1);
  });

  test("FAILED after two running polls counts the wait and the polls", async () => {
    answerWith("PENDING", "MERGING", "FAILED");
    const failure = rejectionOf(waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 600 }, INPUT));
    await jest.advanceTimersByTimeAsync(37_500);
    const error = await failure;

    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toBe(
      `The ${SUBJECT} ended in status FAILED (the job gave no message). It will not reach COMPLETED (waited 38s, 3 polls).`,
    );
    expect(pollTimes).toEqual([0, 15_000, 37_500]);
  });

  test("PARTIAL_SUCCESS counts as done when accepted", async () => {
    answerWith("MERGING", "PARTIAL_SUCCESS");
    const settled = waitUntilIdentityResolutionJobCompleted(
      { client, maxWaitTime: 600, acceptPartialSuccess: true },
      INPUT,
    );
    await jest.advanceTimersByTimeAsync(15_000);
    await expect(settled).resolves.toStrictEqual({ state: "SUCCESS", reason: response("PARTIAL_SUCCESS") });
  });

  test("running out of time: WaitTimeoutError with the last status and the time waited", async () => {
    answerWith("FIND_MATCHING");
    const failure = rejectionOf(waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 60 }, INPUT));
    await jest.advanceTimersByTimeAsync(60_000);
    const error = await failure;

    // 15 and 22.5 s; then 37.5 s would pass the deadline, so the waiter sleeps what is left less
    // 0.5 s (22 s), then 0 s (a setTimeout of 0 runs after 1 ms), then 120 s would pass it: gives up.
    expect(pollTimes).toEqual([0, 15_000, 37_500, 59_500, 59_501]);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toBe(
      `Gave up waiting for the ${SUBJECT} to reach COMPLETED after 60s (timeout 60s, 5 polls): last status FIND_MATCHING. Raise maxWaitTime, or check the job in the Amazon Connect console.`,
    );
    expect({ ...error }).toStrictEqual({
      name: "WaitTimeoutError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId: JOB_ID,
      waitedSeconds: 60,
      lastStatus: "FIND_MATCHING",
    });
  });

  test.each<[string, (controller: AbortController) => object]>([
    ["abortController", (controller) => ({ abortController: controller })],
    ["abortSignal", (controller) => ({ abortSignal: controller.signal })],
  ])("abort through %s: an error named AbortError", async (_name, option) => {
    answerWith("PENDING");
    const controller = new AbortController();
    const failure = rejectionOf(
      waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: 600, ...option(controller) }, INPUT),
    );
    await jest.advanceTimersByTimeAsync(20_000);
    controller.abort();
    const error = await failure;

    expect(error.name).toBe("AbortError");
    expect(error.message).toBe(
      `Waiting for the ${SUBJECT} to reach COMPLETED was cancelled after 20s (last status PENDING).`,
    );
    expect(pollTimes).toEqual([0, 15_000]);
  });
});

describe("bad options are rejected before any request", () => {
  const seconds = (name: string, got: string) =>
    `${name} must be a number of seconds greater than 0 and at most 43200, got ${got}`;

  test.each<[string, object, object, string, string]>([
    ["maxWaitTime 0", { maxWaitTime: 0 }, INPUT, "maxWaitTime", seconds("maxWaitTime", "number 0")],
    ["maxWaitTime missing", {}, INPUT, "maxWaitTime", seconds("maxWaitTime", "undefined")],
    ["minDelay -1", { maxWaitTime: 600, minDelay: -1 }, INPUT, "minDelay", seconds("minDelay", "number -1")],
    ["maxDelay 0", { maxWaitTime: 600, maxDelay: 0 }, INPUT, "maxDelay", seconds("maxDelay", "number 0")],
    [
      "maxDelay below minDelay",
      { maxWaitTime: 600, minDelay: 30, maxDelay: 20 },
      INPUT,
      "maxDelay",
      "maxDelay [20] must be at least minDelay [30]",
    ],
    [
      "maxDelay below the default minDelay",
      { maxWaitTime: 600, maxDelay: 5 },
      INPUT,
      "maxDelay",
      "maxDelay [5] must be at least minDelay [15]",
    ],
    [
      "maxWaitTime equal to the default minDelay",
      { maxWaitTime: 15 },
      INPUT,
      "maxWaitTime",
      "maxWaitTime [15] must be greater than minDelay [15]",
    ],
    [
      "maxWaitTime below minDelay",
      { maxWaitTime: 10, minDelay: 12 },
      INPUT,
      "maxWaitTime",
      "maxWaitTime [10] must be greater than minDelay [12]",
    ],
    [
      "a bad JobId",
      { maxWaitTime: 600 },
      { DomainName: DOMAIN, JobId: "ABC" },
      "input.JobId",
      "input.JobId 'ABC' must be 32 lowercase hex characters",
    ],
    ["no JobId", { maxWaitTime: 600 }, { DomainName: DOMAIN }, "input.JobId", "input.JobId is required"],
    [
      "no DomainName",
      { maxWaitTime: 600 },
      { JobId: JOB_ID },
      "input.DomainName",
      "input.DomainName is required",
    ],
    [
      "a bad DomainName",
      { maxWaitTime: 600 },
      { DomainName: "my domain", JobId: JOB_ID },
      "input.DomainName",
      "input.DomainName 'my domain' must be 1–64 characters of letters, digits, '_' or '-'",
    ],
  ])("%s", async (_name, params, input, property, message) => {
    cp.on(GetIdentityResolutionJobCommand).resolves(response("COMPLETED"));
    const error = await rejectionOf(
      waitUntilIdentityResolutionJobCompleted(
        { client, ...params } as Parameters<typeof waitUntilIdentityResolutionJobCompleted>[0],
        input as Parameters<typeof waitUntilIdentityResolutionJobCompleted>[1],
      ),
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(message);
    expect((error as InvalidArgumentError).property).toBe(property);
    expect(cp.calls()).toHaveLength(0);
  });
});

test("AWS error text that echoes the client's own credentials is scrubbed from the waiter's error", async () => {
  const secret = "waiterSecretKey/0123456789abcdefghij";
  const token = "waiterSessionToken-9f8e7d6c5b4a39281706";
  const withKeys = new CustomerProfilesClient({
    region: "us-east-1",
    credentials: { accessKeyId: "WAITERKEYID000000001", secretAccessKey: secret, sessionToken: token },
  });
  const echo = Object.assign(
    new Error(
      `The request signature we calculated does not match. x-amz-security-token:${token} key ${secret}`,
    ),
    {
      name: "InvalidSignatureException",
      $fault: "client",
      $metadata: { httpStatusCode: 403, requestId: "req-s" },
    },
  );
  cp.on(GetIdentityResolutionJobCommand).rejects(echo);
  const error = await rejectionOf(
    waitUntilIdentityResolutionJobCompleted({ client: withKeys, maxWaitTime: 60 }, INPUT),
  );
  expect(error.name).toBe("AccessDeniedError");
  expect(error.message).toContain("x-amz-security-token:[redacted] key [redacted]");
  expect(error.message).not.toContain(secret);
  expect(error.message).not.toContain(token);
});
