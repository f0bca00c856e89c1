// examples/reference-job under Pulumi's mocks, its lookups answered by the emulator: the exact
// exports for a job looked up by id and for the newest COMPLETED job, and no resources at all.
import type { RunningEmulator } from "../../emulator";
import type * as ReferenceJob from "../../examples/reference-job";
import { useEmulator, stopEmulator } from "./emulatorEnvironment";
import {
  DOMAIN,
  FAILED_JOB,
  FAILED_MESSAGE,
  NEWEST_COMPLETED_JOB,
  OLDER_COMPLETED_JOB,
  RUNNING_JOB,
  seed,
  referenceJobOutputs,
} from "./fixtures";
import { exportsOf } from "./exportValues";
import { runMocked } from "./mockedProgram";

let emulator: RunningEmulator | undefined;
beforeAll(async () => {
  emulator = await useEmulator(seed);
});
afterAll(() => stopEmulator(emulator));

async function exportsFor(
  jobId: string,
  preview = false,
): Promise<{ outputs: Record<string, unknown>; resources: number }> {
  const { program, registrations } = await runMocked(
    () => jest.requireActual<typeof ReferenceJob>("../../examples/reference-job"),
    {
      project: "reference-job",
      config: { domainName: DOMAIN, jobId },
      preview,
    },
  );
  return { outputs: await exportsOf(program), resources: registrations.length };
}

const { newestCompletedJobId, newestCompletedJobEndTime, newestCompletedExportS3Uri } = referenceJobOutputs;
const newestCompleted = { newestCompletedJobId, newestCompletedJobEndTime, newestCompletedExportS3Uri };

test("a COMPLETED job by id: every output, and the newest COMPLETED job beside it", async () => {
  expect(await exportsFor(OLDER_COMPLETED_JOB)).toEqual({ resources: 0, outputs: referenceJobOutputs });
});

test.each([
  [
    "a FAILED job: its message, no export",
    FAILED_JOB,
    {
      jobId: FAILED_JOB,
      status: "FAILED",
      message: FAILED_MESSAGE,
      jobStartTime: "2026-01-16T00:00:00.000Z",
      jobEndTime: "2026-01-16T00:15:04.500Z",
      lastUpdatedAt: "2026-01-16T00:15:04.500Z",
      jobStats: { numberOfProfilesReviewed: 49100, numberOfMatchesFound: 0, numberOfMergesDone: 0 },
    },
  ],
  [
    "a running job: its status now, no end time",
    RUNNING_JOB,
    {
      jobId: RUNNING_JOB,
      status: "FIND_MATCHING",
      jobStartTime: "2026-01-17T00:00:00.000Z",
      lastUpdatedAt: "2026-01-17T00:10:00.000Z",
      exportS3BucketName: "acme-identity-resolution-exports",
      exportS3KeyName: "identity-resolution/2026-01-17/",
      exportS3Uri: "s3://acme-identity-resolution-exports/identity-resolution/2026-01-17/",
    },
  ],
])("%s; the newest COMPLETED job is still the 2026-01-10 one", async (_case, jobId, byId) => {
  expect(await exportsFor(jobId)).toEqual({ resources: 0, outputs: { ...byId, ...newestCompleted } });
});

test("values are known during preview: the lookups run in the program", async () => {
  const { outputs } = await exportsFor(RUNNING_JOB, true);
  expect(outputs).toMatchObject({ status: "FIND_MATCHING", newestCompletedJobId: NEWEST_COMPLETED_JOB });
});
