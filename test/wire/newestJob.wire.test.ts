// "The newest job" through the real stack: every List page is read (the model has no paginator),
// the job with the greatest JobStartTime wins wherever it sits, and only then is it read in full.
import { getIdentityResolutionJob, NoMatchingJobError } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import {
  JOB_COUNT,
  MANY_DOMAIN,
  manyJobId,
  manyJobs,
  NEWEST_COMPLETED_INDEX,
  NEWEST_INDEX,
} from "./manyJobs";
import {
  credentialVariables,
  emulatorArgs,
  rejectionOf,
  requestsFor,
  setEnvironment,
  tally,
} from "./support";

const EMPTY_DOMAIN = "wire-empty";
let emulator: RunningEmulator;
let restoreEnvironment: () => void;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: { domains: { [MANY_DOMAIN]: { jobs: manyJobs }, [EMPTY_DOMAIN]: { jobs: [] } } },
  });
  restoreEnvironment = setEnvironment(credentialVariables(emulator.credentials));
});

afterAll(async () => {
  restoreEnvironment();
  await emulator.stop();
});

test("the seed spans three List pages with the newest job on page 2", () => {
  expect(manyJobs).toHaveLength(JOB_COUNT);
  expect(Math.floor(NEWEST_INDEX / 100)).toBe(1);
  expect(Math.floor(NEWEST_COMPLETED_INDEX / 100)).toBe(2);
});

test("without a filter: the greatest JobStartTime, from 3 List pages of 100 and 1 Get", async () => {
  const from = emulator.requests().length;
  const result = await getIdentityResolutionJob({ domainName: MANY_DOMAIN, ...emulatorArgs(emulator) });
  expect(result).toStrictEqual({
    domainName: MANY_DOMAIN,
    jobId: manyJobId(NEWEST_INDEX),
    status: "FIND_MATCHING",
    message: "still matching",
    jobStartTime: "2026-01-02T03:46:40.250Z",
    lastUpdatedAt: "2026-01-02T03:47:10.000Z",
    exportingLocation: { s3Exporting: { s3BucketName: "many", s3KeyName: "newest/" } },
    jobStats: { numberOfProfilesReviewed: 10, numberOfMatchesFound: 2, numberOfMergesDone: 1 },
    exportS3BucketName: "many",
    exportS3KeyName: "newest/",
    exportS3Uri: "s3://many/newest/",
  });
  const requests = requestsFor(emulator, { from });
  expect(tally(requests)).toStrictEqual({ get: 1, list: 3, statuses: [200, 200, 200, 200] });
  expect(requests.map((r) => r.operation)).toStrictEqual([
    "ListIdentityResolutionJobs",
    "ListIdentityResolutionJobs",
    "ListIdentityResolutionJobs",
    "GetIdentityResolutionJob",
  ]);
  expect(requests[3]!.jobId).toBe(manyJobId(NEWEST_INDEX));
});

test.each([
  [["COMPLETED"], NEWEST_COMPLETED_INDEX, "COMPLETED", "2026-01-02T01:00:00.500Z"],
  [["FAILED", "MERGING"], 1, "FAILED", "2026-01-01T04:19:00.000Z"],
  [["MERGING"], 3, "MERGING", "2026-01-01T04:17:00.000Z"],
])("status %j: job at position %d, after 3 List pages and 1 Get", async (status, index, jobStatus, start) => {
  const from = emulator.requests().length;
  const result = await getIdentityResolutionJob({
    domainName: MANY_DOMAIN,
    status,
    ...emulatorArgs(emulator),
  });
  expect(result).toStrictEqual({
    domainName: MANY_DOMAIN,
    jobId: manyJobId(index),
    status: jobStatus,
    jobStartTime: start,
  });
  const requests = requestsFor(emulator, { from });
  expect(tally(requests)).toStrictEqual({ get: 1, list: 3, statuses: [200, 200, 200, 200] });
  expect(requests[3]!.jobId).toBe(manyJobId(index));
});

test.each([
  [
    MANY_DOMAIN,
    ["PARTIAL_SUCCESS", "PREPROCESSING"],
    3,
    `Domain '${MANY_DOMAIN}' (us-east-1) has no identity resolution job with status PARTIAL_SUCCESS or PREPROCESSING (it has 260 jobs in other statuses). Jobs run on the domain's schedule once identity resolution is enabled; pass jobId to look up a specific job, or widen the status filter.`,
  ],
  [
    EMPTY_DOMAIN,
    undefined,
    1,
    `Domain '${EMPTY_DOMAIN}' (us-east-1) has no identity resolution job. Jobs run on the domain's schedule once identity resolution is enabled; pass jobId to look up a specific job, or widen the status filter.`,
  ],
  [
    EMPTY_DOMAIN,
    ["COMPLETED"],
    1,
    `Domain '${EMPTY_DOMAIN}' (us-east-1) has no identity resolution job with status COMPLETED (it has 0 jobs in other statuses). Jobs run on the domain's schedule once identity resolution is enabled; pass jobId to look up a specific job, or widen the status filter.`,
  ],
])(
  "domain %s, status %j: NoMatchingJobError after %d List page(s), no Get",
  async (domainName, status, pages, message) => {
    const from = emulator.requests().length;
    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName, ...(status ? { status } : {}), ...emulatorArgs(emulator) }),
    );
    expect(error).toBeInstanceOf(NoMatchingJobError);
    expect(error.name).toBe("NoMatchingJobError");
    expect(error.message).toBe(message);
    expect({ ...error }).toStrictEqual({
      name: "NoMatchingJobError",
      operation: "ListIdentityResolutionJobs",
      domainName,
    });
    expect(tally(requestsFor(emulator, { from }))).toStrictEqual({
      get: 0,
      list: pages,
      statuses: Array(pages).fill(200),
    });
  },
);
