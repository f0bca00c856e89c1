// Timelines on a virtual clock: status, LastUpdatedAt and JobEndTime advance exactly with time.
import {
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
} from "@aws-sdk/client-customer-profiles";
import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import {
  DEMO_COMPLETED_JOB_ID,
  DEMO_DOMAIN,
  DEMO_EXPORT_BUCKET,
  DEMO_FAILED_JOB_ID,
  DEMO_RUNNING_JOB_ID,
  startEmulator,
} from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf } from "./helpers";

const START_MS = 1_750_000_000_000;
const JOB = jobIdOf(0x71);
let clockMs = START_MS;
let emulator: RunningEmulator;
let client: CustomerProfilesClient;

beforeAll(async () => {
  emulator = await startEmulator({
    now: () => clockMs,
    seed: {
      domains: {
        timed: {
          jobs: [
            {
              JobId: JOB,
              Status: "IGNORED",
              JobEndTime: 1,
              JobExpirationTime: 1_800_000_000,
              Timeline: [
                { Status: "PENDING", Seconds: 2 },
                { Status: "FIND_MATCHING", Seconds: 0.5 },
                { Status: "EXPORTING", Seconds: 3 },
                { Status: "COMPLETED" },
              ],
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

async function getTimed() {
  const { $metadata, ...job } = await client.send(
    new GetIdentityResolutionJobCommand({ DomainName: "timed", JobId: JOB }),
  );
  expect($metadata.httpStatusCode).toBe(200);
  return job;
}

const at = (offsetMs: number) => new Date(START_MS + offsetMs);

test.each([
  [0, "PENDING", 0],
  [1999, "PENDING", 0],
  [2000, "FIND_MATCHING", 2000],
  [2499, "FIND_MATCHING", 2000],
  [2500, "EXPORTING", 2500],
  [5499, "EXPORTING", 2500],
])("at +%i ms the job is %s since +%i ms, with no JobEndTime", async (offsetMs, status, sinceMs) => {
  clockMs = START_MS + offsetMs;
  expect(await getTimed()).toStrictEqual({
    JobId: JOB,
    Status: status,
    JobStartTime: at(0),
    LastUpdatedAt: at(sinceMs),
    JobExpirationTime: new Date(1_800_000_000_000),
  });
});

test("at the last transition the job is COMPLETED with JobEndTime, and stays so", async () => {
  for (const offsetMs of [5500, 86_400_000]) {
    clockMs = START_MS + offsetMs;
    expect(await getTimed()).toStrictEqual({
      JobId: JOB,
      Status: "COMPLETED",
      JobStartTime: at(0),
      LastUpdatedAt: at(5500),
      JobEndTime: at(5500),
      JobExpirationTime: new Date(1_800_000_000_000),
    });
  }
});

test("List summaries follow the same timeline", async () => {
  clockMs = START_MS + 2100;
  const page = await client.send(new ListIdentityResolutionJobsCommand({ DomainName: "timed" }));
  expect(page.IdentityResolutionJobsList).toStrictEqual([
    { JobId: JOB, Status: "FIND_MATCHING", JobStartTime: at(0) },
  ]);
});

test("a job added with putJob plays its timeline from the putJob call", async () => {
  clockMs = START_MS + 10_000;
  const added = jobIdOf(0x72);
  emulator.putJob("timed", {
    JobId: added,
    Timeline: [{ Status: "PENDING", Seconds: 1 }, { Status: "FAILED" }],
  });
  clockMs += 1000;
  const job = await client.send(new GetIdentityResolutionJobCommand({ DomainName: "timed", JobId: added }));
  expect([job.Status, job.JobStartTime, job.LastUpdatedAt, job.JobEndTime]).toStrictEqual([
    "FAILED",
    at(10_000),
    at(11_000),
    at(11_000),
  ]);
});

describe("the demo seed", () => {
  let demo: RunningEmulator;
  let demoClient: CustomerProfilesClient;
  let demoClockMs = START_MS;

  beforeAll(async () => {
    demo = await startEmulator({ now: () => demoClockMs });
    demoClient = clientFor(demo);
  });

  afterAll(async () => {
    demoClient.destroy();
    await demo.stop();
  });

  const getDemo = (JobId: string) =>
    demoClient.send(new GetIdentityResolutionJobCommand({ DomainName: DEMO_DOMAIN, JobId }));

  test("has a COMPLETED job with an export, full auto-merging and stats, and a FAILED job with a Message", async () => {
    const completed = await getDemo(DEMO_COMPLETED_JOB_ID);
    expect(completed.Status).toBe("COMPLETED");
    expect(completed.ExportingLocation).toStrictEqual({
      S3Exporting: { S3BucketName: DEMO_EXPORT_BUCKET, S3KeyName: `exports/${DEMO_COMPLETED_JOB_ID}/` },
    });
    expect(completed.AutoMerging).toStrictEqual({
      Enabled: true,
      Consolidation: {
        MatchingAttributesList: [
          ["FirstName", "LastName", "EmailAddress"],
          ["PhoneNumber", "BusinessName"],
        ],
      },
      ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm-contacts" },
      MinAllowedConfidenceScoreForMerging: 0.85,
    });
    expect(completed.JobStats).toStrictEqual({
      NumberOfProfilesReviewed: 128400,
      NumberOfMatchesFound: 5210,
      NumberOfMergesDone: 4987,
    });
    const failed = await getDemo(DEMO_FAILED_JOB_ID);
    expect([failed.Status, failed.Message]).toStrictEqual([
      "FAILED",
      "Identity resolution failed: the export bucket denied s3:PutObject to the service role.",
    ]);
  });

  test.each([
    [0, "PENDING", undefined],
    [1000, "PREPROCESSING", undefined],
    [2000, "FIND_MATCHING", undefined],
    [4000, "MERGING", undefined],
    [6000, "COMPLETED", at(6000)],
  ])("runs its third job to COMPLETED 6 s after start (+%i ms: %s)", async (offsetMs, status, jobEndTime) => {
    demoClockMs = START_MS + offsetMs;
    const running = await getDemo(DEMO_RUNNING_JOB_ID);
    expect([running.Status, running.JobEndTime]).toStrictEqual([status, jobEndTime]);
    expect(running.ExportingLocation?.S3Exporting?.S3KeyName).toBe(`exports/${DEMO_RUNNING_JOB_ID}/`);
  });
});
