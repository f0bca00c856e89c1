// Invalid input never reaches the wire: every entry point throws InvalidArgumentError, naming the
// argument, before a single request — with credentials and an endpoint in place that would
// otherwise be used, so a missed check would show up in the emulator's request log.
import type { GetIdentityResolutionJobCommandInput } from "@aws-sdk/client-customer-profiles";
import {
  getIdentityResolutionJob,
  InvalidArgumentError,
  listIdentityResolutionJobs,
  waitUntilIdentityResolutionJobCompleted,
} from "@customer-profiles/identity-resolution";
import type { GetIdentityResolutionJobArgs } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { clientFor } from "../emulator/helpers";
import { credentialVariables, rejectionOf, setEnvironment } from "./support";

const DOMAIN = "wire-invalid";
const JOB = "0123456789abcdef0123456789abcdef";
let emulator: RunningEmulator;
let restoreEnvironment: () => void;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: { domains: { [DOMAIN]: { jobs: [{ JobId: JOB, Status: "COMPLETED" }] } } },
  });
  // Region and endpoint from the environment too, so only validation stands between a call and the wire.
  restoreEnvironment = setEnvironment({
    ...credentialVariables(emulator.credentials),
    AWS_REGION: "us-east-1",
    AWS_ENDPOINT_URL_CUSTOMER_PROFILES: emulator.endpoint,
  });
});

afterAll(async () => {
  restoreEnvironment();
  await emulator.stop();
});

let baseline = 0;
beforeEach(() => {
  baseline = emulator.requests().length;
});

/** No request reached the emulator during this test. */
function expectNoRequest(): void {
  expect(emulator.requests()).toHaveLength(baseline);
}

test("control: a valid call in the same set-up reaches the emulator (1 request)", async () => {
  const job = await getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB });
  expect(job).toStrictEqual({ domainName: DOMAIN, jobId: JOB, status: "COMPLETED" });
  expect(emulator.requests()).toHaveLength(baseline + 1);
});

const lookupCases: [string, Record<string, unknown>, string, string][] = [
  ["jobId", { jobId: "ABC" }, "jobId", "jobId 'ABC' must be 32 lowercase hex characters"],
  [
    "domainName",
    { domainName: "bad/name" },
    "domainName",
    "domainName 'bad/name' must be 1–64 characters of letters, digits, '_' or '-'",
  ],
  [
    "status",
    { jobId: undefined, status: ["DONE"] },
    "status",
    "status contains 'DONE', which is not one of PENDING, PREPROCESSING, FIND_MATCHING, MERGING, COMPLETED, PARTIAL_SUCCESS, FAILED",
  ],
  [
    "status with jobId",
    { status: ["COMPLETED"] },
    "status",
    "status filters which job is the newest and cannot be combined with jobId; use waitFor.status",
  ],
  [
    "maxAttempts",
    { maxAttempts: 0 },
    "maxAttempts",
    "maxAttempts must be a whole number from 1 to 20, got number 0",
  ],
  [
    "requestTimeoutSeconds",
    { requestTimeoutSeconds: -1 },
    "requestTimeoutSeconds",
    "requestTimeoutSeconds must be a number of seconds greater than 0 and at most 3600, got number -1",
  ],
  ["region", { region: "mars" }, "region", "region 'mars' must be an AWS region name such as 'us-east-1'"],
  [
    "endpoint scheme",
    { endpoint: "ftp://127.0.0.1:21" },
    "endpoint",
    "endpoint 'ftp://127.0.0.1:21' must be an absolute http:// or https:// URL",
  ],
  [
    "endpoint with credentials",
    { endpoint: "http://AKIDINURL:secret-in-url@127.0.0.1:1" },
    "endpoint",
    "endpoint must not carry credentials in the URL",
  ],
  [
    "unknown argument",
    { jobID: JOB },
    "jobID",
    "jobID is not a known argument (known: domainName, status, region, endpoint, profile, roleArn, externalId, roleSessionName, maxAttempts, requestTimeoutSeconds, jobId, waitFor)",
  ],
  [
    "waitFor delays out of order",
    { waitFor: { minDelaySeconds: 30, maxDelaySeconds: 10 } },
    "waitFor.maxDelaySeconds",
    "waitFor.maxDelaySeconds [10] must be at least waitFor.minDelaySeconds [30]",
  ],
  [
    "waitFor status",
    { waitFor: { status: [] } },
    "waitFor.status",
    "waitFor.status must name at least one status",
  ],
];

test.each(lookupCases)(
  "getIdentityResolutionJob: bad %s throws before any request",
  async (_name, bad, property, message) => {
    const args = { domainName: DOMAIN, jobId: JOB, ...bad } as unknown as GetIdentityResolutionJobArgs;
    const error = await rejectionOf(getIdentityResolutionJob(args));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.name).toBe("InvalidArgumentError");
    expect(error.message).toBe(message);
    expect((error as InvalidArgumentError).property).toBe(property);
    expectNoRequest();
  },
);

test.each([
  ["domainName", { domainName: "" }, "domainName '' must be 1–64 characters of letters, digits, '_' or '-'"],
  [
    "jobId (not a list argument)",
    { jobId: JOB },
    "jobId is not a known argument (known: domainName, status, region, endpoint, profile, roleArn, externalId, roleSessionName, maxAttempts, requestTimeoutSeconds)",
  ],
  [
    "status",
    { status: "COMPLETED" },
    `status must be a list of statuses such as ["COMPLETED"], got 'COMPLETED'`,
  ],
])("listIdentityResolutionJobs: bad %s throws before any request", async (_name, bad, message) => {
  const args = { domainName: DOMAIN, ...bad } as unknown as Parameters<typeof listIdentityResolutionJobs>[0];
  const error = await rejectionOf(listIdentityResolutionJobs(args));
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect(error.message).toBe(message);
  expectNoRequest();
});

test.each([
  [
    "JobId",
    {},
    { DomainName: DOMAIN, JobId: "ABC" },
    "input.JobId 'ABC' must be 32 lowercase hex characters",
  ],
  [
    "DomainName",
    {},
    { DomainName: "x".repeat(65), JobId: JOB },
    "input.DomainName 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' must be 1–64 characters of letters, digits, '_' or '-'",
  ],
  ["missing JobId", {}, { DomainName: DOMAIN }, "input.JobId is required"],
  [
    "maxWaitTime",
    { maxWaitTime: 0 },
    { DomainName: DOMAIN, JobId: JOB },
    "maxWaitTime must be a number of seconds greater than 0 and at most 43200, got number 0",
  ],
  [
    "minDelay above maxWaitTime",
    { maxWaitTime: 10, minDelay: 20, maxDelay: 30 },
    { DomainName: DOMAIN, JobId: JOB },
    "maxWaitTime [10] must be greater than minDelay [20]",
  ],
])(
  "waitUntilIdentityResolutionJobCompleted: bad %s throws before any request",
  async (_name, params, input, message) => {
    const client = clientFor(emulator);
    try {
      const error = await rejectionOf(
        waitUntilIdentityResolutionJobCompleted(
          { client, maxWaitTime: 60, minDelay: 1, maxDelay: 1, ...params },
          // The SDK's type requires JobId; a JavaScript caller can still leave it out.
          input as GetIdentityResolutionJobCommandInput,
        ),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
      expectNoRequest();
    } finally {
      client.destroy();
    }
  },
);
