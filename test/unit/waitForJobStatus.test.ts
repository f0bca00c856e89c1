// waitForJobStatus (the loop behind every wait): which statuses and which errors end a wait, and
// which are polled through. Fake timers, pinned Math.random and a mocked `send`: this proves the
// decisions, not the SDK's own per-call retries that run before an error reaches this loop.
import {
  AccessDeniedException,
  BadRequestException,
  CustomerProfilesClient,
  GetIdentityResolutionJobCommand,
  InternalServerException,
  ResourceNotFoundException,
  ThrottlingException,
  type GetIdentityResolutionJobCommandOutput,
} from "@aws-sdk/client-customer-profiles";
import { mockClient } from "aws-sdk-client-mock";
import "aws-sdk-client-mock-jest";
import {
  AccessDeniedError,
  JobFailedError,
  JobNotFoundError,
  ServiceError,
  WaitTimeoutError,
} from "../../provider";
import { waitForJobStatus, type WaitProgress } from "../../provider/waiter/waitForJobStatus";
import { DOMAIN, GET_CONTEXT, JOB_ID, METADATA, rejectionOf } from "./fixtures";

const cp = mockClient(CustomerProfilesClient);
// The SDK's Node 20 deprecation notice is noise here (the library silences it the same way).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const client = new CustomerProfilesClient({ region: "us-east-1" });
const TIMING = { maxWaitTime: 600, minDelay: 15, maxDelay: 120 };
const SUBJECT = `identity resolution job ${JOB_ID} in domain '${DOMAIN}' (us-east-1)`;
const WHAT = `GetIdentityResolutionJob for job ${JOB_ID} in domain '${DOMAIN}' (us-east-1)`;
const ARN = `arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}`;
const response = (Status?: string, extra: object = {}): GetIdentityResolutionJobCommandOutput => ({
  $metadata: METADATA,
  DomainName: DOMAIN,
  JobId: JOB_ID,
  ...(Status ? { Status: Status as GetIdentityResolutionJobCommandOutput["Status"] } : {}),
  ...extra,
});
const OPTION_NAMES = {
  timeout: "waitFor.timeoutSeconds",
  acceptPartialSuccess: "waitFor.acceptPartialSuccess",
};
const meta = (httpStatusCode: number, requestId: string, attempts: number) => ({
  httpStatusCode,
  requestId,
  attempts,
});
const wait = (
  statuses: string[] = ["COMPLETED"],
  acceptPartialSuccess = false,
  onProgress?: (progress: WaitProgress) => void,
) =>
  waitForJobStatus({
    client,
    timing: TIMING,
    target: { statuses, acceptPartialSuccess },
    context: GET_CONTEXT,
    optionNames: OPTION_NAMES,
    ...(onProgress ? { onProgress } : {}),
  });

beforeEach(() => {
  cp.reset();
  jest.useFakeTimers({ now: new Date("2025-01-01T00:00:00.000Z") });
  jest.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("errors that waiting cannot fix end the wait after exactly one call", () => {
  test.each<[string, Error, new (...args: never[]) => Error, string]>([
    [
      "not found",
      new ResourceNotFoundException({ message: "Job not found", $metadata: meta(404, "req-1", 1) }),
      JobNotFoundError,
      `${WHAT} failed: ResourceNotFoundException (HTTP 404, request id req-1, 1 attempt): Job not found. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:GetIdentityResolutionJob on ${ARN}.`,
    ],
    [
      "access denied",
      new AccessDeniedException({ message: "Not authorized", $metadata: meta(403, "req-2", 1) }),
      AccessDeniedError,
      `${WHAT} failed: AccessDeniedException (HTTP 403, request id req-2, 1 attempt): Not authorized. Allow the caller profile:GetIdentityResolutionJob on ${ARN}.`,
    ],
    [
      "bad request",
      new BadRequestException({ message: "Invalid input", $metadata: meta(400, "req-3", 1) }),
      ServiceError,
      `${WHAT} failed: BadRequestException (HTTP 400, request id req-3, 1 attempt): Invalid input. AWS rejected the request as invalid: check domainName and jobId.`,
    ],
  ])("%s", async (_name, thrown, type, message) => {
    cp.on(GetIdentityResolutionJobCommand).rejects(thrown);
    const failure = rejectionOf(wait());
    await jest.advanceTimersByTimeAsync(600_000);
    const error = await failure;

    expect(error).toBeInstanceOf(type);
    expect(error.message).toBe(message);
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 1);
  });
});

describe("transient errors are polled through", () => {
  test.each<[string, Error]>([
    ["throttling", new ThrottlingException({ message: "Rate exceeded", $metadata: meta(429, "req-4", 3) })],
    ["a 500", new InternalServerException({ message: "Internal failure", $metadata: meta(500, "req-5", 3) })],
    [
      "a network failure",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
    ],
    ["a request timeout", Object.assign(new Error("socket timed out"), { name: "TimeoutError" })],
  ])("%s, then success", async (_name, thrown) => {
    cp.on(GetIdentityResolutionJobCommand)
      .rejectsOnce(thrown)
      .rejectsOnce(thrown)
      .resolvesOnce(response("COMPLETED", { Message: "done" }));
    const progress: WaitProgress[] = [];
    const settled = wait(["COMPLETED"], false, (update) => progress.push(update));
    await jest.advanceTimersByTimeAsync(37_500);

    await expect(settled).resolves.toStrictEqual(response("COMPLETED", { Message: "done" }));
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 3);
    // A failed poll reports no status.
    expect(progress).toStrictEqual([
      { domainName: DOMAIN, jobId: JOB_ID, elapsedSeconds: 0, polls: 1 },
      { domainName: DOMAIN, jobId: JOB_ID, elapsedSeconds: 15, polls: 2 },
      { domainName: DOMAIN, jobId: JOB_ID, status: "COMPLETED", elapsedSeconds: 38, polls: 3 },
    ]);
  });

  test("throttled until the deadline: WaitTimeoutError saying no poll succeeded", async () => {
    cp.on(GetIdentityResolutionJobCommand).rejects(
      new ThrottlingException({ message: "Rate exceeded", $metadata: meta(429, "req-6", 3) }),
    );
    const failure = rejectionOf(
      waitForJobStatus({
        client,
        timing: { maxWaitTime: 20, minDelay: 15, maxDelay: 120 },
        target: { statuses: ["COMPLETED"], acceptPartialSuccess: false },
        context: GET_CONTEXT,
        optionNames: OPTION_NAMES,
      }),
    );
    await jest.advanceTimersByTimeAsync(20_000);
    const error = await failure;

    expect(error).toBeInstanceOf(WaitTimeoutError);
    // Polls at 0 and 15 s; 22.5 s more would pass the deadline, so 4.5 s (5 s left less 0.5), then
    // 0 s twice (attempts 3 and 4 are still under the cap), then attempt 5 wants 120 s: gives up.
    expect(error.message).toBe(
      `Gave up waiting for the ${SUBJECT} to reach COMPLETED after 20s (timeout 20s, 5 polls): last status unknown (no poll succeeded). Raise waitFor.timeoutSeconds, or check the job in the Amazon Connect console.`,
    );
    expect({ ...error }).toStrictEqual({
      name: "WaitTimeoutError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId: JOB_ID,
      waitedSeconds: 20,
    });
  });
});

describe("statuses", () => {
  test.each<[string, string | undefined]>([
    ["PENDING", "PENDING"],
    ["PREPROCESSING", "PREPROCESSING"],
    ["FIND_MATCHING", "FIND_MATCHING"],
    ["MERGING", "MERGING"],
    ["an unknown status", "EXPORTING"],
    ["no status", undefined],
  ])("%s is polled again", async (_name, status) => {
    cp.on(GetIdentityResolutionJobCommand).resolvesOnce(response(status)).resolvesOnce(response("COMPLETED"));
    const settled = wait();
    await jest.advanceTimersByTimeAsync(15_000);
    await expect(settled).resolves.toStrictEqual(response("COMPLETED"));
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 2);
  });

  test("PARTIAL_SUCCESS not accepted: JobFailedError with a hint, after one call", async () => {
    cp.on(GetIdentityResolutionJobCommand).resolves(
      response("PARTIAL_SUCCESS", { Message: "3 of 4 batches merged" }),
    );
    const error = await rejectionOf(wait());
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toBe(
      `The ${SUBJECT} ended in status PARTIAL_SUCCESS: 3 of 4 batches merged. It will not reach COMPLETED (waited 0s, 1 poll). Set waitFor.acceptPartialSuccess to accept partial results.`,
    );
    expect((error as JobFailedError).status).toBe("PARTIAL_SUCCESS");
    expect((error as JobFailedError).jobMessage).toBe("3 of 4 batches merged");
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 1);
  });

  test("PARTIAL_SUCCESS accepted: returned", async () => {
    cp.on(GetIdentityResolutionJobCommand).resolves(response("PARTIAL_SUCCESS"));
    await expect(wait(["COMPLETED"], true)).resolves.toStrictEqual(response("PARTIAL_SUCCESS"));
  });

  test("a target other than COMPLETED: MERGING ends the wait", async () => {
    cp.on(GetIdentityResolutionJobCommand)
      .resolvesOnce(response("PENDING"))
      .resolvesOnce(response("MERGING"));
    const settled = wait(["MERGING", "COMPLETED"]);
    await jest.advanceTimersByTimeAsync(15_000);
    await expect(settled).resolves.toStrictEqual(response("MERGING"));
  });

  test("FAILED with two target statuses and partial success accepted names them all once", async () => {
    cp.on(GetIdentityResolutionJobCommand).resolves(response("FAILED", { Message: "Rule set invalid" }));
    const error = await rejectionOf(wait(["MERGING", "PARTIAL_SUCCESS"], true));
    expect(error.message).toBe(
      `The ${SUBJECT} ended in status FAILED: Rule set invalid. It will not reach MERGING or PARTIAL_SUCCESS (waited 0s, 1 poll).`,
    );
  });

  test("an abort from the SDK call itself: an error named AbortError", async () => {
    cp.on(GetIdentityResolutionJobCommand).rejects(
      Object.assign(new Error("The operation was aborted"), { name: "AbortError" }),
    );
    const error = await rejectionOf(wait());
    expect(error.name).toBe("AbortError");
    expect(error.message).toBe(
      `Waiting for the ${SUBJECT} to reach COMPLETED was cancelled after 0s (last status unknown).`,
    );
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 1);
  });
});
