// ListIdentityResolutionJobs through the real SDK client: pagination, summaries, token rules.
import { ListIdentityResolutionJobsCommand } from "@aws-sdk/client-customer-profiles";
import type {
  CustomerProfilesClient,
  ListIdentityResolutionJobsResponse,
} from "@aws-sdk/client-customer-profiles";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf, rawRequest } from "./helpers";

const JOB_COUNT = 257;
// Insertion order deliberately differs from id order, so a test can tell the two apart.
const bigIds = Array.from({ length: JOB_COUNT }, (_, i) => jobIdOf((i * 7919) % 1000003));

let emulator: RunningEmulator;
let client: CustomerProfilesClient;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      domains: {
        big: {
          jobs: bigIds.map((JobId, i) => ({
            JobId,
            DomainName: "big",
            Status: "COMPLETED",
            JobStartTime: i,
          })),
        },
        other: { jobs: [{ JobId: jobIdOf(1) }] },
        empty: { jobs: [] },
        detailed: {
          jobs: [
            {
              JobId: jobIdOf(2),
              Status: "FAILED",
              Message: "boom",
              JobStartTime: 10.5,
              JobEndTime: 20.25,
              LastUpdatedAt: 20.25,
              JobExpirationTime: 30,
              AutoMerging: { Enabled: false },
              ExportingLocation: { S3Exporting: { S3BucketName: "b-1", S3KeyName: "k/" } },
              JobStats: { NumberOfProfilesReviewed: 1, NumberOfMatchesFound: 2, NumberOfMergesDone: 3 },
            },
          ],
        },
      },
    },
  });
  client = clientFor(emulator);
});

afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

async function listAll(domain: string, maxResults?: number): Promise<ListIdentityResolutionJobsResponse[]> {
  const pages: ListIdentityResolutionJobsResponse[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListIdentityResolutionJobsCommand({
        DomainName: domain,
        MaxResults: maxResults,
        NextToken: nextToken,
      }),
    );
    pages.push(page);
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  return pages;
}

test.each([
  [undefined, 13, 20],
  [100, 3, 100],
  [1, JOB_COUNT, 1],
])(
  "max-results %p: every job once, in seed order, over %p pages of %p",
  async (maxResults, pageCount, size) => {
    const pages = await listAll("big", maxResults);
    const ids = pages.flatMap((page) => (page.IdentityResolutionJobsList ?? []).map((job) => job.JobId));
    expect(pages).toHaveLength(pageCount);
    expect(pages[0]?.IdentityResolutionJobsList).toHaveLength(size);
    expect(pages.at(-1)?.NextToken).toBeUndefined();
    expect(ids).toHaveLength(JOB_COUNT);
    expect(ids).toStrictEqual(bigIds);
  },
);

test("summaries carry only the model's IdentityResolutionJob members", async () => {
  const page = await client.send(new ListIdentityResolutionJobsCommand({ DomainName: "detailed" }));
  expect(page.NextToken).toBeUndefined();
  expect(page.IdentityResolutionJobsList).toStrictEqual([
    {
      JobId: jobIdOf(2),
      Status: "FAILED",
      Message: "boom",
      JobStartTime: new Date(10500),
      JobEndTime: new Date(20250),
      ExportingLocation: { S3Exporting: { S3BucketName: "b-1", S3KeyName: "k/" } },
      JobStats: { NumberOfProfilesReviewed: 1, NumberOfMatchesFound: 2, NumberOfMergesDone: 3 },
    },
  ]);
});

test("a domain without jobs lists an empty page and no token", async () => {
  const response = await rawRequest(emulator, "/domains/empty/identity-resolution-jobs");
  expect(response.status).toBe(200);
  expect(JSON.parse(response.body)).toStrictEqual({ IdentityResolutionJobsList: [] });
});

test.each([
  [
    "0",
    "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
  ],
  [
    "101",
    "Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
  ],
  ["ten", "Value 'ten' at 'maxResults' failed to satisfy constraint: Member must be an integer"],
])("max-results=%s is a BadRequestException", async (maxResults, violation) => {
  const response = await rawRequest(emulator, "/domains/big/identity-resolution-jobs", {
    query: { "max-results": maxResults },
  });
  expect(response.status).toBe(400);
  expect(response.headers["x-amzn-errortype"]).toBe("BadRequestException");
  expect(JSON.parse(response.body)).toStrictEqual({ Message: `1 validation error detected: ${violation}` });
});

test.each([
  [
    "an empty token",
    "",
    "1 validation error detected: Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ],
  [
    "a 1025-character token",
    "t".repeat(1025),
    `1 validation error detected: Value '${"t".repeat(100)}...' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 1024`,
  ],
  ["a forged token", "WyJiaWciLDIwXQ.forged", "The next token is invalid or belongs to another domain."],
])("%s is a BadRequestException", async (_label, token, message) => {
  const response = await rawRequest(emulator, "/domains/big/identity-resolution-jobs", {
    query: { "next-token": token },
  });
  expect(response.status).toBe(400);
  expect(JSON.parse(response.body)).toStrictEqual({ Message: message });
});

test("a token issued for one domain is rejected for another", async () => {
  const first = await client.send(
    new ListIdentityResolutionJobsCommand({ DomainName: "big", MaxResults: 5 }),
  );
  expect(first.NextToken).toMatch(/^[\w-]+\.[\w-]+$/);
  await expect(
    client.send(new ListIdentityResolutionJobsCommand({ DomainName: "other", NextToken: first.NextToken })),
  ).rejects.toMatchObject({
    name: "BadRequestException",
    message: "The next token is invalid or belongs to another domain.",
    $metadata: { httpStatusCode: 400 },
  });
});

test("a token from another emulator instance is rejected", async () => {
  const first = await client.send(
    new ListIdentityResolutionJobsCommand({ DomainName: "big", MaxResults: 5 }),
  );
  const second = await startEmulator({ seed: { domains: { big: { jobs: [] } } } });
  const response = await rawRequest(second, "/domains/big/identity-resolution-jobs", {
    query: { "next-token": first.NextToken ?? "" },
  });
  await second.stop();
  expect(response.status).toBe(400);
});
