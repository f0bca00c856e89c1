// An independent client: the AWS CLI (botocore's own SigV4 signer and parser) against the emulator.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { DEFAULT_CREDENTIALS, startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf } from "./helpers";

const run = promisify(execFile);
// Debian's awscli package (v2), which .ci/run installs; another `aws` on PATH may be a different build.
const AWS_CLI = existsSync("/usr/bin/aws") ? "/usr/bin/aws" : "aws";
const JOB = jobIdOf(0xc11);
const SECOND = jobIdOf(0xc12);

let emulator: RunningEmulator;
const cliConfig = path.join(mkdtempSync(path.join(os.tmpdir(), "aws-cli-")), "config");
writeFileSync(cliConfig, "[default]\ncli_timestamp_format = wire\n");

beforeAll(async () => {
  await run(AWS_CLI, ["--version"]).catch(() => {
    throw new Error(
      "the `aws` CLI is not on PATH; install it with `apt-get install awscli` (or pip install awscli)",
    );
  });
  emulator = await startEmulator({
    seed: {
      domains: {
        "cli-domain": {
          jobs: [
            {
              DomainName: "cli-domain",
              JobId: JOB,
              Status: "COMPLETED",
              Message: "done ✓",
              JobStartTime: 1700000000.25,
              JobEndTime: 1700000600,
              AutoMerging: { Enabled: true, Consolidation: { MatchingAttributesList: [["EmailAddress"]] } },
              ExportingLocation: { S3Exporting: { S3BucketName: "cli-bucket", S3KeyName: "exports/ü/" } },
              JobStats: {
                NumberOfProfilesReviewed: 9007199254740991,
                NumberOfMatchesFound: 2,
                NumberOfMergesDone: 1,
              },
            },
            { JobId: SECOND, Status: "EXPORTING" },
          ],
        },
      },
    },
  });
});

afterAll(() => emulator?.stop());

function aws(...args: string[]) {
  return run(
    AWS_CLI,
    [
      "customer-profiles",
      ...args,
      "--endpoint-url",
      emulator.endpoint,
      "--region",
      "us-east-1",
      "--output",
      "json",
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ACCESS_KEY_ID: DEFAULT_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: DEFAULT_CREDENTIALS.secretAccessKey,
        // Timestamps as sent on the wire (epoch seconds), as AWS CLI v1 prints them; v2 would reformat them.
        AWS_CONFIG_FILE: cliConfig,
        AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_PAGER: "",
      },
    },
  );
}

test("get-identity-resolution-job returns the seeded job", async () => {
  const { stdout } = await aws("get-identity-resolution-job", "--domain-name", "cli-domain", "--job-id", JOB);
  expect(JSON.parse(stdout)).toStrictEqual({
    DomainName: "cli-domain",
    JobId: JOB,
    Status: "COMPLETED",
    Message: "done ✓",
    JobStartTime: 1700000000.25,
    JobEndTime: 1700000600,
    AutoMerging: { Enabled: true, Consolidation: { MatchingAttributesList: [["EmailAddress"]] } },
    ExportingLocation: { S3Exporting: { S3BucketName: "cli-bucket", S3KeyName: "exports/ü/" } },
    JobStats: { NumberOfProfilesReviewed: 9007199254740991, NumberOfMatchesFound: 2, NumberOfMergesDone: 1 },
  });
});

test("list-identity-resolution-jobs pages with the CLI's own signing of the query", async () => {
  const first = JSON.parse(
    (await aws("list-identity-resolution-jobs", "--domain-name", "cli-domain", "--max-results", "1")).stdout,
  ) as {
    IdentityResolutionJobsList: { JobId: string }[];
    NextToken: string;
  };
  expect(first.IdentityResolutionJobsList.map((job) => job.JobId)).toStrictEqual([JOB]);
  const second = await aws(
    "list-identity-resolution-jobs",
    "--domain-name",
    "cli-domain",
    "--next-token",
    first.NextToken,
  );
  expect(JSON.parse(second.stdout)).toStrictEqual({
    IdentityResolutionJobsList: [{ JobId: SECOND, Status: "EXPORTING" }],
  });
});

test("an unknown job exits 254/255 with ResourceNotFoundException on stderr", async () => {
  const failure = await aws(
    "get-identity-resolution-job",
    "--domain-name",
    "cli-domain",
    "--job-id",
    jobIdOf(0xdead),
  ).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect([254, 255]).toContain(failure?.code);
  expect(failure?.stderr.trim()).toBe(
    `An error occurred (ResourceNotFoundException) when calling the GetIdentityResolutionJob operation: Job ${jobIdOf(0xdead)} not found in domain cli-domain`,
  );
});
