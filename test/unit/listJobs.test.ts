// listIdentityResolutionJobs over a mocked CustomerProfilesClient: NextToken paging, sorting,
// filtering and the guard against endless tokens. aws-sdk-client-mock replaces `send`, so this proves
// the commands and inputs the library builds, not how the SDK serializes them (the `max-results` /
// `next-token` query string) or signs them: the emulator wire tests cover that.
import {
  CustomerProfilesClient,
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
  ResourceNotFoundException,
  type IdentityResolutionJob,
} from "@aws-sdk/client-customer-profiles";
import * as pulumi from "@pulumi/pulumi";
import { mockClient } from "aws-sdk-client-mock";
import "aws-sdk-client-mock-jest";
import { InvalidResponseError, JobNotFoundError, listIdentityResolutionJobs } from "../../provider";
import { DOMAIN, METADATA, REGION, rejectionOf } from "./fixtures";

const cp = mockClient(CustomerProfilesClient);
const id = (digit: string) => digit.repeat(32);
const entry = (digit: string, start: number | undefined, Status: IdentityResolutionJob["Status"]) => ({
  DomainName: DOMAIN,
  JobId: id(digit),
  Status,
  ...(start !== undefined ? { JobStartTime: new Date(start) } : {}),
});
const listInputs = () => cp.commandCalls(ListIdentityResolutionJobsCommand).map((call) => call.args[0].input);

beforeEach(() => {
  cp.reset();
  jest.spyOn(pulumi.log, "info").mockImplementation(() => Promise.resolve());
});
afterEach(() => jest.restoreAllMocks());

test("follows NextToken over three pages and returns every job newest first", async () => {
  cp.on(ListIdentityResolutionJobsCommand)
    .resolvesOnce({
      $metadata: METADATA,
      IdentityResolutionJobsList: [entry("1", 1_700_000_000_000, "COMPLETED")],
      NextToken: "page-2",
    })
    .resolvesOnce({
      $metadata: METADATA,
      IdentityResolutionJobsList: [entry("2", undefined, "PENDING"), entry("3", 1_690_000_000_000, "FAILED")],
      NextToken: "page-3",
    })
    .resolvesOnce({
      $metadata: METADATA,
      IdentityResolutionJobsList: [entry("4", 1_710_000_000_000, "MERGING")],
    });

  const jobs = await listIdentityResolutionJobs({ domainName: DOMAIN, region: REGION });

  expect(jobs).toStrictEqual([
    { domainName: DOMAIN, jobId: id("4"), status: "MERGING", jobStartTime: "2024-03-09T16:00:00.000Z" },
    { domainName: DOMAIN, jobId: id("1"), status: "COMPLETED", jobStartTime: "2023-11-14T22:13:20.000Z" },
    { domainName: DOMAIN, jobId: id("3"), status: "FAILED", jobStartTime: "2023-07-22T04:26:40.000Z" },
    { domainName: DOMAIN, jobId: id("2"), status: "PENDING" },
  ]);
  expect(listInputs()).toStrictEqual([
    { DomainName: DOMAIN, MaxResults: 100 },
    { DomainName: DOMAIN, MaxResults: 100, NextToken: "page-2" },
    { DomainName: DOMAIN, MaxResults: 100, NextToken: "page-3" },
  ]);
  expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 0);
});

test.each<[string, string[], string[]]>([
  ["one status", ["FAILED"], [id("3")]],
  ["two statuses, newest first", ["FAILED", "COMPLETED"], [id("1"), id("3")]],
  ["no job in the status", ["MERGING"], []],
])("status filter: %s", async (_name, status, expected) => {
  cp.on(ListIdentityResolutionJobsCommand).resolves({
    $metadata: METADATA,
    IdentityResolutionJobsList: [
      entry("3", 1_690_000_000_000, "FAILED"),
      entry("1", 1_700_000_000_000, "COMPLETED"),
      entry("2", 1_710_000_000_000, "PENDING"),
    ],
  });
  const jobs = await listIdentityResolutionJobs({ domainName: DOMAIN, region: REGION, status });
  expect(jobs.map((job) => job.jobId)).toEqual(expected);
  expect(cp).toHaveReceivedCommandTimes(ListIdentityResolutionJobsCommand, 1);
});

test.each<[string, Record<string, unknown>]>([
  ["no list member and no token", {}],
  ["an empty list and an empty token", { IdentityResolutionJobsList: [], NextToken: "" }],
])("a single page with %s is an empty result", async (_name, page) => {
  cp.on(ListIdentityResolutionJobsCommand).resolves({ $metadata: METADATA, ...page });
  await expect(listIdentityResolutionJobs({ domainName: DOMAIN, region: REGION })).resolves.toEqual([]);
  expect(listInputs()).toStrictEqual([{ DomainName: DOMAIN, MaxResults: 100 }]);
});

test("a NextToken that comes back again is an invalid response, not an endless loop", async () => {
  cp.on(ListIdentityResolutionJobsCommand)
    .resolvesOnce({ $metadata: METADATA, IdentityResolutionJobsList: [], NextToken: "t1" })
    .resolvesOnce({ $metadata: METADATA, IdentityResolutionJobsList: [], NextToken: "t2" })
    .resolves({ $metadata: METADATA, IdentityResolutionJobsList: [], NextToken: "t1" });

  const error = await rejectionOf(listIdentityResolutionJobs({ domainName: DOMAIN, region: REGION }));

  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error.message).toBe(
    `ListIdentityResolutionJobs for domain '${DOMAIN}' (${REGION}) failed: the endpoint keeps returning NextToken values that lead back to earlier pages, so the list never ends. Check that the endpoint serves Customer Profiles.`,
  );
  expect({ ...error }).toStrictEqual({
    name: "InvalidResponseError",
    operation: "ListIdentityResolutionJobs",
    domainName: DOMAIN,
  });
  expect(listInputs()).toStrictEqual([
    { DomainName: DOMAIN, MaxResults: 100 },
    { DomainName: DOMAIN, MaxResults: 100, NextToken: "t1" },
    { DomainName: DOMAIN, MaxResults: 100, NextToken: "t2" },
  ]);
});

test("a failed page becomes a named error and stops paging", async () => {
  cp.on(ListIdentityResolutionJobsCommand)
    .resolvesOnce({ $metadata: METADATA, IdentityResolutionJobsList: [], NextToken: "t1" })
    .rejectsOnce(
      new ResourceNotFoundException({
        message: "Domain not found",
        $metadata: { httpStatusCode: 404, requestId: "req-404", attempts: 1 },
      }),
    );

  const error = await rejectionOf(listIdentityResolutionJobs({ domainName: DOMAIN, region: REGION }));

  expect(error).toBeInstanceOf(JobNotFoundError);
  expect(error.message).toBe(
    `ListIdentityResolutionJobs for domain '${DOMAIN}' (${REGION}) failed: ResourceNotFoundException (HTTP 404, request id req-404, 1 attempt): Domain not found. The domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:ListIdentityResolutionJobs on arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}.`,
  );
  expect(cp).toHaveReceivedCommandTimes(ListIdentityResolutionJobsCommand, 2);
});
