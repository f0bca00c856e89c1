// Changing state while a client stays connected, the request log, and stopping with open connections.
import {
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
} from "@aws-sdk/client-customer-profiles";
import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { SeedValidationError, startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf, rawRequest, UUID_PATTERN } from "./helpers";

const A = jobIdOf(0xa);
const B = jobIdOf(0xb);

let emulator: RunningEmulator;
let client: CustomerProfilesClient;

beforeEach(async () => {
  emulator = await startEmulator({
    seed: {
      domains: {
        live: {
          jobs: [
            { JobId: A, Status: "PENDING" },
            { JobId: B, Status: "COMPLETED" },
          ],
        },
      },
    },
  });
  client = clientFor(emulator);
});

afterEach(async () => {
  client.destroy();
  await emulator.stop();
});

const get = (DomainName: string, JobId: string) =>
  client.send(new GetIdentityResolutionJobCommand({ DomainName, JobId }));
const listIds = async (DomainName: string) =>
  (
    (await client.send(new ListIdentityResolutionJobsCommand({ DomainName }))).IdentityResolutionJobsList ??
    []
  ).map((job) => [job.JobId, job.Status]);

test("putJob replaces a job in place and adds new ones at the end, seen by the connected client", async () => {
  expect((await get("live", A)).Status).toBe("PENDING");
  emulator.putJob("live", { JobId: A, Status: "MERGING" });
  expect((await get("live", A)).Status).toBe("MERGING");
  emulator.putJob("live", { JobId: jobIdOf(0xc), DomainName: "live", Status: "EXPORTING" });
  expect(await listIds("live")).toStrictEqual([
    [A, "MERGING"],
    [B, "COMPLETED"],
    [jobIdOf(0xc), "EXPORTING"],
  ]);
});

test("putJob creates a missing domain", async () => {
  await expect(listIds("fresh")).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  emulator.putJob("fresh", { JobId: A });
  expect(await listIds("fresh")).toStrictEqual([[A, undefined]]);
});

test("deleteJob removes a job and reports whether it existed", async () => {
  expect(emulator.deleteJob("live", A)).toBe(true);
  expect(emulator.deleteJob("live", A)).toBe(false);
  expect(emulator.deleteJob("nowhere", A)).toBe(false);
  await expect(get("live", A)).rejects.toMatchObject({
    name: "ResourceNotFoundException",
    $metadata: { httpStatusCode: 404 },
  });
  expect(await listIds("live")).toStrictEqual([[B, "COMPLETED"]]);
});

test.each([
  ["live", { JobId: "ABC" }, 'putJob job.JobId: "ABC" must be 32 lowercase hex characters'],
  [
    "live",
    { JobId: A, DomainName: "other" },
    'putJob job.DomainName: "other" must be absent or "live", the domain it belongs to',
  ],
  [
    "live",
    { JobId: A, JobStartTime: "yesterday" },
    'putJob job.JobStartTime: "yesterday" must be a number of epoch seconds',
  ],
  [
    "bad name",
    { JobId: A },
    'putJob domainName: "bad name" must be a domain name of 1-64 characters of [a-zA-Z0-9_-]',
  ],
])("putJob(%p, %p) is rejected with one clear line", (domain, job, message) => {
  const attempt = () => emulator.putJob(domain, job as never);
  expect(attempt).toThrow(SeedValidationError);
  expect(attempt).toThrow(message);
});

test("requests() lists every answered request in arrival order, with ids and outcomes", async () => {
  await get("live", A);
  await expect(get("live", jobIdOf(0xdead))).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  await listIds("live");
  await rawRequest(emulator, "/nope", { method: "POST" });
  const records = emulator.requests();
  expect(records.map(({ requestId, ...rest }) => [UUID_PATTERN.test(requestId), rest])).toStrictEqual([
    [true, { operation: "GetIdentityResolutionJob", domainName: "live", jobId: A, statusCode: 200 }],
    [
      true,
      {
        operation: "GetIdentityResolutionJob",
        domainName: "live",
        jobId: jobIdOf(0xdead),
        statusCode: 404,
        errorType: "ResourceNotFoundException",
      },
    ],
    [true, { operation: "ListIdentityResolutionJobs", domainName: "live", statusCode: 200 }],
    [true, { operation: "Unknown", statusCode: 404, errorType: "UnknownOperationException" }],
  ]);
  expect(Object.isFrozen(records)).toBe(true);
  expect(records.filter((record) => record.operation === "GetIdentityResolutionJob")).toHaveLength(2);
});

test("stop() closes idle keep-alive connections and a delayed answer, and resolves", async () => {
  emulator.putJob("live", { JobId: A, Faults: [{ Error: "Delay", Times: 1, DelayMs: 60_000 }] });
  await get("live", B); // leaves a keep-alive connection open
  const pending = get("live", A).then(
    () => "answered",
    () => "connection closed",
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = Date.now();
  await emulator.stop();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(await pending).toBe("connection closed");
  await expect(get("live", B)).rejects.toThrow("ECONNREFUSED");
  expect(emulator.requests().map((record) => record.jobId)).toStrictEqual([B]);
});
