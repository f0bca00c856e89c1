// listIdentityResolutionJobs through the real stack: every page, newest first, optionally filtered.
import { JobNotFoundError, listIdentityResolutionJobs } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import {
  JOB_COUNT,
  MANY_DOMAIN,
  manyJobId,
  manyJobs,
  manyStatus,
  NEWEST_FIRST_ORDER,
  NEWEST_INDEX,
  UNDATED_INDEX,
} from "./manyJobs";
import {
  credentialVariables,
  emulatorArgs,
  rejectionOf,
  requestsFor,
  setEnvironment,
  tally,
} from "./support";

let emulator: RunningEmulator;
let restoreEnvironment: () => void;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: { domains: { [MANY_DOMAIN]: { jobs: manyJobs }, "wire-list-empty": { jobs: [] } } },
  });
  restoreEnvironment = setEnvironment(credentialVariables(emulator.credentials));
});

afterAll(async () => {
  restoreEnvironment();
  await emulator.stop();
});

test("all 260 jobs from 3 pages, newest first, as List summaries", async () => {
  const from = emulator.requests().length;
  const jobs = await listIdentityResolutionJobs({ domainName: MANY_DOMAIN, ...emulatorArgs(emulator) });
  expect(jobs).toHaveLength(JOB_COUNT);
  expect(jobs.map((job) => job.jobId)).toStrictEqual(NEWEST_FIRST_ORDER.map(manyJobId));
  // List summaries carry no AutoMerging, LastUpdatedAt or JobExpirationTime.
  expect(jobs[0]).toStrictEqual({
    domainName: MANY_DOMAIN,
    jobId: manyJobId(NEWEST_INDEX),
    status: "FIND_MATCHING",
    message: "still matching",
    jobStartTime: "2026-01-02T03:46:40.250Z",
    exportingLocation: { s3Exporting: { s3BucketName: "many", s3KeyName: "newest/" } },
    jobStats: { numberOfProfilesReviewed: 10, numberOfMatchesFound: 2, numberOfMergesDone: 1 },
    exportS3BucketName: "many",
    exportS3KeyName: "newest/",
    exportS3Uri: "s3://many/newest/",
  });
  expect(jobs[2]).toStrictEqual({
    domainName: MANY_DOMAIN,
    jobId: manyJobId(0),
    status: "COMPLETED",
    jobStartTime: "2026-01-01T04:20:00.000Z",
  });
  expect(jobs[JOB_COUNT - 1]).toStrictEqual({
    domainName: MANY_DOMAIN,
    jobId: manyJobId(UNDATED_INDEX),
    status: "FAILED",
  });
  expect(tally(requestsFor(emulator, { from }))).toStrictEqual({
    get: 0,
    list: 3,
    statuses: [200, 200, 200],
  });
});

test.each([[["FAILED"]], [["COMPLETED", "MERGING"]], [["PARTIAL_SUCCESS"]]])(
  "status %j keeps only those jobs, still newest first",
  async (status) => {
    const from = emulator.requests().length;
    const jobs = await listIdentityResolutionJobs({
      domainName: MANY_DOMAIN,
      status,
      ...emulatorArgs(emulator),
    });
    const expected = NEWEST_FIRST_ORDER.filter((index) => status.includes(manyStatus(index))).map(manyJobId);
    expect(jobs.map((job) => job.jobId)).toStrictEqual(expected);
    expect(jobs.every((job) => status.includes(job.status!))).toBe(true);
    expect(tally(requestsFor(emulator, { from }))).toStrictEqual({
      get: 0,
      list: 3,
      statuses: [200, 200, 200],
    });
  },
);

test("the filter sizes match the seed's status cycle", async () => {
  const count = async (status: string[]) =>
    (await listIdentityResolutionJobs({ domainName: MANY_DOMAIN, status, ...emulatorArgs(emulator) })).length;
  // 65 of each status in the cycle, with one FIND_MATCHING slot given to the planted COMPLETED job.
  expect(await count(["COMPLETED"])).toBe(66);
  expect(await count(["FIND_MATCHING"])).toBe(64);
  expect(await count(["FAILED"])).toBe(65);
});

test("an empty domain lists nothing after one request", async () => {
  const from = emulator.requests().length;
  expect(
    await listIdentityResolutionJobs({ domainName: "wire-list-empty", ...emulatorArgs(emulator) }),
  ).toStrictEqual([]);
  expect(tally(requestsFor(emulator, { from }))).toStrictEqual({ get: 0, list: 1, statuses: [200] });
});

test("an unknown domain is JobNotFoundError naming the List permission", async () => {
  const error = await rejectionOf(
    listIdentityResolutionJobs({ domainName: "wire-nope", ...emulatorArgs(emulator) }),
  );
  const [request] = requestsFor(emulator, { domainName: "wire-nope" });
  expect(error).toBeInstanceOf(JobNotFoundError);
  expect(error.name).toBe("JobNotFoundError");
  expect(error.message).toBe(
    `ListIdentityResolutionJobs for domain 'wire-nope' (us-east-1) failed: ResourceNotFoundException (HTTP 404, request id ${request!.requestId}, 1 attempt): Domain wire-nope not found. The domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:ListIdentityResolutionJobs on arn:aws:profile:us-east-1:<account-id>:domains/wire-nope.`,
  );
  expect({ ...error }).toStrictEqual({
    name: "JobNotFoundError",
    operation: "ListIdentityResolutionJobs",
    domainName: "wire-nope",
    awsErrorCode: "ResourceNotFoundException",
    requestId: request!.requestId,
    httpStatusCode: 404,
  });
});
