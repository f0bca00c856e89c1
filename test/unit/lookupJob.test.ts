// getIdentityResolutionJob over a mocked CustomerProfilesClient: by id, the newest job across pages,
// waiting, named errors and client reuse. aws-sdk-client-mock replaces `send`, so this proves which
// commands the library sends with which inputs and what it makes of the answers; it does not prove
// the wire format, signing, SDK retries or credential loading (the emulator wire tests do).
import {
  CustomerProfilesClient,
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
  ResourceNotFoundException,
  type GetIdentityResolutionJobCommandOutput,
} from "@aws-sdk/client-customer-profiles";
import * as pulumi from "@pulumi/pulumi";
import { mockClient } from "aws-sdk-client-mock";
import "aws-sdk-client-mock-jest";
import {
  getIdentityResolutionJob,
  InvalidResponseError,
  JobNotFoundError,
  MissingRegionError,
  NoMatchingJobError,
} from "../../provider";
import { DOMAIN, JOB_ID, METADATA, REGION, rejectionOf } from "./fixtures";

const cp = mockClient(CustomerProfilesClient);
const id = (digit: string) => digit.repeat(32);
const TAIL =
  "Jobs run on the domain's schedule once identity resolution is enabled; pass jobId to look up a specific job, or widen the status filter.";

const getResponse = (
  jobId: string,
  Status: string,
  extra: object = {},
): GetIdentityResolutionJobCommandOutput => ({
  $metadata: METADATA,
  DomainName: DOMAIN,
  JobId: jobId,
  Status: Status as GetIdentityResolutionJobCommandOutput["Status"],
  ...extra,
});
const sentCommands = () =>
  cp.calls().map((call) => {
    const command = call.args[0] as { constructor: { name: string }; input: unknown };
    return [command.constructor.name, command.input];
  });

let logged: string[];
beforeEach(() => {
  cp.reset();
  logged = [];
  jest.spyOn(pulumi.log, "info").mockImplementation((message: string) => {
    logged.push(message);
    return Promise.resolve();
  });
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("by id", () => {
  test("one Get with the exact input, mapped exactly", async () => {
    cp.on(GetIdentityResolutionJobCommand).resolves(
      getResponse(JOB_ID, "COMPLETED", {
        JobStartTime: new Date(1_700_000_000_000),
        ExportingLocation: { S3Exporting: { S3BucketName: "acme-exports", S3KeyName: "out/run 1/" } },
        JobStats: { NumberOfMergesDone: 3 },
      }),
    );

    const job = await getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID, region: REGION });

    expect(job).toStrictEqual({
      domainName: DOMAIN,
      jobId: JOB_ID,
      status: "COMPLETED",
      jobStartTime: "2023-11-14T22:13:20.000Z",
      exportingLocation: { s3Exporting: { s3BucketName: "acme-exports", s3KeyName: "out/run 1/" } },
      jobStats: { numberOfMergesDone: 3 },
      exportS3BucketName: "acme-exports",
      exportS3KeyName: "out/run 1/",
      exportS3Uri: "s3://acme-exports/out/run 1/",
    });
    expect(sentCommands()).toStrictEqual([
      ["GetIdentityResolutionJobCommand", { DomainName: DOMAIN, JobId: JOB_ID }],
    ]);
    expect(logged).toEqual([]);
  });

  test("not found becomes JobNotFoundError after one call", async () => {
    cp.on(GetIdentityResolutionJobCommand).rejects(
      new ResourceNotFoundException({
        message: "Job not found",
        $metadata: { httpStatusCode: 404, requestId: "req-nf", attempts: 1 },
      }),
    );

    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID, region: REGION }),
    );

    expect(error).toBeInstanceOf(JobNotFoundError);
    expect(error.message).toBe(
      `GetIdentityResolutionJob for job ${JOB_ID} in domain '${DOMAIN}' (us-east-1) failed: ResourceNotFoundException (HTTP 404, request id req-nf, 1 attempt): Job not found. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:GetIdentityResolutionJob on arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}.`,
    );
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 1);
  });

  test("no region anywhere: MissingRegionError and no request", async () => {
    const error = await rejectionOf(getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID }));
    expect(error).toBeInstanceOf(MissingRegionError);
    expect(error.message).toBe(
      "No AWS region found. Set one of: the `region` argument, stack config `aws:region` (pulumi config set aws:region us-east-1), the AWS_REGION or AWS_DEFAULT_REGION environment variable, or `region` in profile 'default' of the shared AWS config file.",
    );
    expect(cp.calls()).toHaveLength(0);
  });
});

describe("the newest job", () => {
  const page = (jobs: [string, number | undefined, string][], NextToken?: string) => ({
    $metadata: METADATA,
    IdentityResolutionJobsList: jobs.map(([digit, start, Status]) => ({
      DomainName: DOMAIN,
      JobId: id(digit),
      Status: Status as GetIdentityResolutionJobCommandOutput["Status"],
      ...(start !== undefined ? { JobStartTime: new Date(start) } : {}),
    })),
    ...(NextToken ? { NextToken } : {}),
  });

  beforeEach(() => {
    cp.on(ListIdentityResolutionJobsCommand)
      .resolvesOnce(
        page(
          [
            ["1", 1_700_000_000_000, "COMPLETED"],
            ["2", 1_690_000_000_000, "FAILED"],
          ],
          "token-2",
        ),
      )
      .resolvesOnce(page([["3", undefined, "PENDING"]], "token-3"))
      .resolvesOnce(
        page([
          ["4", 1_680_000_000_000, "COMPLETED"],
          ["5", 1_710_000_000_000, "MERGING"],
        ]),
      );
    cp.on(GetIdentityResolutionJobCommand).callsFake((input: { JobId: string }) =>
      Promise.resolve(getResponse(input.JobId, "MERGING")),
    );
  });

  test("lists three pages via NextToken, then gets the job with the greatest start time", async () => {
    const job = await getIdentityResolutionJob({ domainName: DOMAIN, region: REGION });

    expect(job).toStrictEqual({ domainName: DOMAIN, jobId: id("5"), status: "MERGING" });
    expect(sentCommands()).toStrictEqual([
      ["ListIdentityResolutionJobsCommand", { DomainName: DOMAIN, MaxResults: 100 }],
      ["ListIdentityResolutionJobsCommand", { DomainName: DOMAIN, MaxResults: 100, NextToken: "token-2" }],
      ["ListIdentityResolutionJobsCommand", { DomainName: DOMAIN, MaxResults: 100, NextToken: "token-3" }],
      ["GetIdentityResolutionJobCommand", { DomainName: DOMAIN, JobId: id("5") }],
    ]);
  });

  test.each<[string, string[], string]>([
    ["COMPLETED: the newer of two, on page 1", ["COMPLETED"], id("1")],
    ["FAILED or PENDING: a start time beats none", ["FAILED", "PENDING"], id("2")],
    ["PENDING: the only one, without a start time", ["PENDING"], id("3")],
  ])("status filter %s", async (_name, status, expected) => {
    const job = await getIdentityResolutionJob({ domainName: DOMAIN, region: REGION, status });
    expect(job.jobId).toBe(expected);
    expect(cp.commandCalls(GetIdentityResolutionJobCommand).map((call) => call.args[0].input)).toStrictEqual([
      { DomainName: DOMAIN, JobId: expected },
    ]);
  });

  test("no job with the status: NoMatchingJobError counting the others, and no Get", async () => {
    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName: DOMAIN, region: REGION, status: ["PARTIAL_SUCCESS"] }),
    );
    expect(error).toBeInstanceOf(NoMatchingJobError);
    expect(error.message).toBe(
      `Domain '${DOMAIN}' (us-east-1) has no identity resolution job with status PARTIAL_SUCCESS (it has 5 jobs in other statuses). ${TAIL}`,
    );
    expect(cp).toHaveReceivedCommandTimes(ListIdentityResolutionJobsCommand, 3);
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 0);
  });
});

describe("the newest job of an empty or broken list", () => {
  test("no jobs at all: NoMatchingJobError without a filter", async () => {
    cp.on(ListIdentityResolutionJobsCommand).resolves({
      $metadata: METADATA,
      IdentityResolutionJobsList: [],
    });
    const error = await rejectionOf(getIdentityResolutionJob({ domainName: DOMAIN, region: "eu-west-2" }));
    expect(error).toBeInstanceOf(NoMatchingJobError);
    expect(error.message).toBe(`Domain '${DOMAIN}' (eu-west-2) has no identity resolution job. ${TAIL}`);
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 0);
  });

  test("a repeating NextToken: InvalidResponseError and no Get", async () => {
    cp.on(ListIdentityResolutionJobsCommand).resolves({
      $metadata: METADATA,
      IdentityResolutionJobsList: [{ JobId: JOB_ID, Status: "COMPLETED" }],
      NextToken: "same",
    });
    const error = await rejectionOf(getIdentityResolutionJob({ domainName: DOMAIN, region: REGION }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe(
      `ListIdentityResolutionJobs for domain '${DOMAIN}' (us-east-1) failed: the endpoint keeps returning NextToken values that lead back to earlier pages, so the list never ends. Check that the endpoint serves Customer Profiles.`,
    );
    expect(sentCommands()).toStrictEqual([
      ["ListIdentityResolutionJobsCommand", { DomainName: DOMAIN, MaxResults: 100 }],
      ["ListIdentityResolutionJobsCommand", { DomainName: DOMAIN, MaxResults: 100, NextToken: "same" }],
    ]);
  });
});

describe("waitFor", () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date("2025-01-01T00:00:00.000Z") });
    jest.spyOn(Math, "random").mockReturnValue(0.5);
  });

  test("polls until COMPLETED, returns that job and reports progress", async () => {
    cp.on(GetIdentityResolutionJobCommand)
      .resolvesOnce(getResponse(JOB_ID, "PENDING"))
      .resolvesOnce(getResponse(JOB_ID, "MERGING"))
      .resolvesOnce(getResponse(JOB_ID, "COMPLETED", { JobEndTime: new Date("2025-01-01T00:00:37.500Z") }));

    const settled = getIdentityResolutionJob({
      domainName: DOMAIN,
      jobId: JOB_ID,
      region: REGION,
      waitFor: {},
    });
    await jest.advanceTimersByTimeAsync(37_500);

    await expect(settled).resolves.toStrictEqual({
      domainName: DOMAIN,
      jobId: JOB_ID,
      status: "COMPLETED",
      jobEndTime: "2025-01-01T00:00:37.500Z",
    });
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 3);
    expect(cp).toHaveReceivedCommandTimes(ListIdentityResolutionJobsCommand, 0);
    const line = (status: string, seconds: number, poll: number) =>
      `Waiting for identity resolution job ${JOB_ID} in domain '${DOMAIN}': ${status} after ${seconds}s (poll ${poll})`;
    expect(logged).toEqual([line("PENDING", 0, 1), line("MERGING", 15, 2), line("COMPLETED", 38, 3)]);
  });

  // A lone minDelaySeconds is valid (at most 43200) but above the default 1800 s timeout: the
  // lookup must still make sense of it rather than fail with @smithy/util-waiter's own error.
  test("a lone minDelaySeconds above the default timeout still waits", async () => {
    cp.on(GetIdentityResolutionJobCommand).resolves(getResponse(JOB_ID, "COMPLETED"));
    const outcome = getIdentityResolutionJob({
      domainName: DOMAIN,
      jobId: JOB_ID,
      region: REGION,
      waitFor: { minDelaySeconds: 2000 },
    }).then(
      (job) => ({ job }),
      (error: Error) => ({ error: `${error.name}: ${error.message}` }),
    );
    await expect(outcome).resolves.toStrictEqual({
      job: { domainName: DOMAIN, jobId: JOB_ID, status: "COMPLETED" },
    });
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 1);
  });
});

describe("client reuse", () => {
  beforeEach(() => {
    cp.on(GetIdentityResolutionJobCommand).resolves(getResponse(JOB_ID, "COMPLETED"));
  });

  test("two lookups with the same arguments use the same client", async () => {
    await getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID, region: "ap-southeast-2" });
    await getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID, region: "ap-southeast-2" });
    expect(cp.calls()).toHaveLength(2);
    expect(cp.call(1).thisValue).toBe(cp.call(0).thisValue);
    expect(cp.call(0).thisValue).toBeInstanceOf(CustomerProfilesClient);
  });

  test("another region gets another client", async () => {
    await getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID, region: "ap-southeast-2" });
    await getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB_ID, region: "ap-northeast-1" });
    expect(cp.call(1).thisValue).not.toBe(cp.call(0).thisValue);
    const regions = await Promise.all(
      [0, 1].map((n) => (cp.call(n).thisValue as CustomerProfilesClient).config.region()),
    );
    expect(regions).toEqual(["ap-southeast-2", "ap-northeast-1"]);
  });
});
