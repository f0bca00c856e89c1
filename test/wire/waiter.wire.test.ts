// Waiting through the real stack with real (short) delays: emulator timelines move a job through
// its statuses in real time while waitUntilIdentityResolutionJobCompleted, and the lookup with
// waitFor, poll it once a second.
import * as pulumi from "@pulumi/pulumi";
import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import {
  getIdentityResolutionJob,
  JobFailedError,
  JobNotFoundError,
  waitUntilIdentityResolutionJobCompleted,
  WaitTimeoutError,
} from "@customer-profiles/identity-resolution";
import type { WaitProgress } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator, SeedJob } from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf } from "../emulator/helpers";
import {
  credentialVariables,
  emulatorArgs,
  rejectionOf,
  requestsFor,
  setEnvironment,
  tally,
} from "./support";

jest.setTimeout(60_000);

const DOMAIN = "wire-wait";
const FAILURE = "Matching failed: the domain's object type mapping has no unique key.";
const ORDER = ["PENDING", "FIND_MATCHING", "COMPLETED"];
const FAST = { minDelay: 1, maxDelay: 1 } as const;
const FAST_WAIT_FOR = { minDelaySeconds: 1, maxDelaySeconds: 1 } as const;

let emulator: RunningEmulator;
let client: CustomerProfilesClient;
let restoreEnvironment: () => void;
let nextJob = 0xa000;

/** Adds `job` now (its timeline starts now) under a fresh id. */
function addJob(job: Omit<SeedJob, "JobId">): string {
  const jobId = jobIdOf((nextJob += 1));
  emulator.putJob(DOMAIN, { JobId: jobId, ...job });
  return jobId;
}

/** A job that is PENDING for 1 s, FIND_MATCHING for 2 s, then COMPLETED: done 3 s after it is added. */
function addRunningJob(): string {
  return addJob({
    Timeline: [
      { Status: "PENDING", Seconds: 1 },
      { Status: "FIND_MATCHING", Seconds: 2 },
      { Status: "COMPLETED" },
    ],
    ExportingLocation: { S3Exporting: { S3BucketName: "wait-exports", S3KeyName: "runs/" } },
  });
}

/** Statuses in the order polls saw them: each no earlier in the timeline than the one before. */
function expectTimelineOrder(statuses: readonly (string | undefined)[]): void {
  const positions = statuses.map((status) => ORDER.indexOf(status ?? ""));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toStrictEqual(positions);
  expect(statuses[statuses.length - 1]).toBe("COMPLETED");
}

beforeAll(async () => {
  emulator = await startEmulator({ seed: { domains: { [DOMAIN]: { jobs: [] } } } });
  client = clientFor(emulator);
  restoreEnvironment = setEnvironment(credentialVariables(emulator.credentials));
});

afterAll(async () => {
  restoreEnvironment();
  client.destroy();
  await emulator.stop();
});

describe("waitUntilIdentityResolutionJobCompleted", () => {
  test("a job that completes after 3 s is awaited and its response returned", async () => {
    const jobId = addRunningJob();
    const progress: WaitProgress[] = [];
    const started = Date.now();
    const { state, reason } = await waitUntilIdentityResolutionJobCompleted(
      { client, maxWaitTime: 30, ...FAST, onProgress: (update) => progress.push(update) },
      { DomainName: DOMAIN, JobId: jobId },
    );
    console.log(`waiter: COMPLETED after ${Date.now() - started} ms and ${progress.length} polls`);
    expect(state).toBe("SUCCESS");
    expect(reason.Status).toBe("COMPLETED");
    expect(reason.JobEndTime!.getTime() - reason.JobStartTime!.getTime()).toBe(3000);
    expect(reason.LastUpdatedAt).toStrictEqual(reason.JobEndTime);
    expect(reason.ExportingLocation).toStrictEqual({
      S3Exporting: { S3BucketName: "wait-exports", S3KeyName: "runs/" },
    });
    expectTimelineOrder(progress.map((update) => update.status));
    expect(progress.map((update) => update.polls)).toStrictEqual(progress.map((_, index) => index + 1));
    const requests = requestsFor(emulator, { jobId });
    expect(tally(requests)).toStrictEqual({
      get: progress.length,
      list: 0,
      statuses: Array(progress.length).fill(200),
    });
    expect(progress.length).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ["FAILED", FAILURE, `: ${FAILURE.replace(/\.$/, "")}. It will not reach COMPLETED`],
    ["FAILED", undefined, " (the job gave no message). It will not reach COMPLETED"],
    ["PARTIAL_SUCCESS", "3 of 4 exports written.", ": 3 of 4 exports written. It will not reach COMPLETED"],
  ])("%s (message %j) ends at once with JobFailedError after 1 request", async (status, message, middle) => {
    const jobId = addJob({ Status: status, ...(message ? { Message: message } : {}) });
    const error = await rejectionOf(
      waitUntilIdentityResolutionJobCompleted(
        { client, maxWaitTime: 30, ...FAST },
        { DomainName: DOMAIN, JobId: jobId },
      ),
    );
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.name).toBe("JobFailedError");
    // The waiter's own option, not the lookup's waitFor.acceptPartialSuccess.
    const partialHint =
      status === "PARTIAL_SUCCESS" ? " Set acceptPartialSuccess to accept partial results." : "";
    expect(error.message).toMatch(
      new RegExp(
        `^${escape(`The identity resolution job ${jobId} in domain '${DOMAIN}' (us-east-1) ended in status ${status}${middle}`)} \\(waited \\d+s, 1 poll\\)\\.${escape(partialHint)}$`,
      ),
    );
    expect({ ...error }).toStrictEqual({
      name: "JobFailedError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
      status,
      ...(message ? { jobMessage: message } : {}),
    });
    expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({ get: 1, list: 0, statuses: [200] });
  });

  test("acceptPartialSuccess ends the wait successfully on PARTIAL_SUCCESS", async () => {
    const jobId = addJob({ Status: "PARTIAL_SUCCESS", Message: "3 of 4 exports written." });
    const { state, reason } = await waitUntilIdentityResolutionJobCompleted(
      { client, maxWaitTime: 30, ...FAST, acceptPartialSuccess: true },
      { DomainName: DOMAIN, JobId: jobId },
    );
    expect(state).toBe("SUCCESS");
    expect(reason.Status).toBe("PARTIAL_SUCCESS");
    expect(reason.Message).toBe("3 of 4 exports written.");
  });

  test("a job that never finishes ends with WaitTimeoutError naming the last status", async () => {
    const jobId = addJob({ Status: "FIND_MATCHING" });
    const error = await rejectionOf(
      waitUntilIdentityResolutionJobCompleted(
        { client, maxWaitTime: 3, ...FAST },
        { DomainName: DOMAIN, JobId: jobId },
      ),
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.name).toBe("WaitTimeoutError");
    const polls = requestsFor(emulator, { jobId }).length;
    const timeout = error as WaitTimeoutError;
    expect(timeout.lastStatus).toBe("FIND_MATCHING");
    // The advice names the waiter's own option: a waiter caller has no waitFor.timeoutSeconds.
    expect(error.message).toBe(
      `Gave up waiting for the identity resolution job ${jobId} in domain '${DOMAIN}' (us-east-1) to reach COMPLETED after ${timeout.waitedSeconds}s (timeout 3s, ${polls} polls): last status FIND_MATCHING. Raise maxWaitTime, or check the job in the Amazon Connect console.`,
    );
    expect({ ...error }).toStrictEqual({
      name: "WaitTimeoutError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
      lastStatus: "FIND_MATCHING",
      waitedSeconds: timeout.waitedSeconds,
    });
    expect(tally(requestsFor(emulator, { jobId })).statuses).toStrictEqual(Array(polls).fill(200));
  });

  test("a job that does not exist ends the wait at once with JobNotFoundError", async () => {
    const jobId = jobIdOf(0xa404);
    const error = await rejectionOf(
      waitUntilIdentityResolutionJobCompleted(
        { client, maxWaitTime: 30, ...FAST },
        { DomainName: DOMAIN, JobId: jobId },
      ),
    );
    const [request] = requestsFor(emulator, { jobId });
    expect(error).toBeInstanceOf(JobNotFoundError);
    expect(error.message).toBe(
      `GetIdentityResolutionJob for job ${jobId} in domain '${DOMAIN}' (us-east-1) failed: ResourceNotFoundException (HTTP 404, request id ${request!.requestId}, 1 attempt): Job ${jobId} not found in domain ${DOMAIN}. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:GetIdentityResolutionJob on arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}.`,
    );
    expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({ get: 1, list: 0, statuses: [404] });
  });
});

describe("getIdentityResolutionJob with waitFor", () => {
  test("a job that completes after 3 s is awaited, returned exactly, with progress in Pulumi's log", async () => {
    const info = jest.spyOn(pulumi.log, "info").mockImplementation(async () => undefined);
    try {
      const jobId = addRunningJob();
      const started = Date.now();
      const result = await getIdentityResolutionJob({
        domainName: DOMAIN,
        jobId,
        waitFor: { ...FAST_WAIT_FOR, timeoutSeconds: 30 },
        ...emulatorArgs(emulator),
      });
      console.log(`waitFor: COMPLETED after ${Date.now() - started} ms`);
      const startMs = Date.parse(result.jobStartTime!);
      const endIso = new Date(startMs + 3000).toISOString();
      expect(result).toStrictEqual({
        domainName: DOMAIN,
        jobId,
        status: "COMPLETED",
        jobStartTime: new Date(startMs).toISOString(),
        jobEndTime: endIso,
        lastUpdatedAt: endIso,
        exportingLocation: { s3Exporting: { s3BucketName: "wait-exports", s3KeyName: "runs/" } },
        exportS3BucketName: "wait-exports",
        exportS3KeyName: "runs/",
        exportS3Uri: "s3://wait-exports/runs/",
      });
      const lines = info.mock.calls.map(([line]) => line);
      const pattern = new RegExp(
        `^Waiting for identity resolution job ${jobId} in domain '${DOMAIN}': (PENDING|FIND_MATCHING|COMPLETED) after \\d+s \\(poll (\\d+)\\)$`,
      );
      expect(lines.every((line) => pattern.test(line))).toBe(true);
      expectTimelineOrder(lines.map((line) => pattern.exec(line)![1]));
      expect(lines.map((line) => Number(pattern.exec(line)![2]))).toStrictEqual(
        lines.map((_, index) => index + 1),
      );
      expect(tally(requestsFor(emulator, { jobId })).get).toBe(lines.length);
    } finally {
      info.mockRestore();
    }
  });

  test.each([
    ["FAILED", ""],
    ["PARTIAL_SUCCESS", " Set waitFor.acceptPartialSuccess to accept partial results."],
  ])("%s ends at once with the job's message after 1 request", async (status, hint) => {
    const jobId = addJob({ Status: status, Message: FAILURE });
    const error = await rejectionOf(
      getIdentityResolutionJob({
        domainName: DOMAIN,
        jobId,
        waitFor: { ...FAST_WAIT_FOR, timeoutSeconds: 30 },
        ...emulatorArgs(emulator),
      }),
    );
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toMatch(
      new RegExp(
        `^${escape(`The identity resolution job ${jobId} in domain '${DOMAIN}' (us-east-1) ended in status ${status}: ${FAILURE.replace(/\.$/, "")}. It will not reach COMPLETED`)} \\(waited \\d+s, 1 poll\\)\\.${escape(hint)}$`,
      ),
    );
    expect((error as JobFailedError).jobMessage).toBe(FAILURE);
    expect((error as JobFailedError).status).toBe(status);
    expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({ get: 1, list: 0, statuses: [200] });
  });

  test("a timeout ends with WaitTimeoutError naming the last status and the option to raise", async () => {
    const jobId = addJob({ Status: "MERGING" });
    const error = await rejectionOf(
      getIdentityResolutionJob({
        domainName: DOMAIN,
        jobId,
        waitFor: { ...FAST_WAIT_FOR, timeoutSeconds: 3 },
        ...emulatorArgs(emulator),
      }),
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    const timeout = error as WaitTimeoutError;
    const polls = requestsFor(emulator, { jobId }).length;
    expect(timeout.lastStatus).toBe("MERGING");
    expect(error.message).toBe(
      `Gave up waiting for the identity resolution job ${jobId} in domain '${DOMAIN}' (us-east-1) to reach COMPLETED after ${timeout.waitedSeconds}s (timeout 3s, ${polls} polls): last status MERGING. Raise waitFor.timeoutSeconds, or check the job in the Amazon Connect console.`,
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
