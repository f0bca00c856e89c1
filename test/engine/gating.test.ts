// Gating on the real engine: resources that take the job's outputs or `dependsOn` it are created
// only after the job reaches COMPLETED, and not at all when it FAILED.
import { createEngineProject, outputsOf, resourcesOf, type EngineProject } from "./harness";
import { DOMAIN, FAILING_JOB, RUNNING_JOB, program, seed } from "./fixtures";

jest.setTimeout(240_000);

const FAST_POLLING = { minDelaySeconds: 1, maxDelaySeconds: 2, timeoutSeconds: 60 };
let project: EngineProject | undefined;

afterEach(async () => {
  await project?.dispose();
  project = undefined;
});

async function gatedProject(jobId: string): Promise<EngineProject> {
  return createEngineProject({
    program,
    seed,
    config: {
      jobArgs: JSON.stringify({
        domainName: DOMAIN,
        jobId,
        waitFor: { status: ["COMPLETED"], ...FAST_POLLING },
      }),
      dependent: "true",
    },
  });
}

test("dependents are created after the job reaches COMPLETED, and see its outputs", async () => {
  project = await gatedProject(RUNNING_JOB);
  // The job stays PENDING until the provider's first poll has seen it, then completes: the
  // wait is observed whatever the machine's speed.
  const running = {
    DomainName: DOMAIN,
    JobId: RUNNING_JOB,
    JobStartTime: 1767398400,
    ExportingLocation: { S3Exporting: { S3BucketName: "engine-exports", S3KeyName: "runs/c/" } },
  };
  project.emulator.putJob(DOMAIN, { ...running, Status: "PENDING" });
  const emulator = project.emulator;
  const flip = setInterval(() => {
    if (emulator.requests().some((r) => r.jobId === RUNNING_JOB)) {
      emulator.putJob(DOMAIN, { ...running, Status: "COMPLETED" });
      clearInterval(flip);
    }
  }, 50);
  const lines: string[] = [];
  const result = await project.stack
    .up({ onOutput: (text) => lines.push(text) })
    .finally(() => clearInterval(flip));
  expect(result.summary.resourceChanges).toEqual({ create: 4 });
  expect(await outputsOf(project.stack)).toMatchObject({ status: "COMPLETED", consumerSaw: "COMPLETED" });
  const resources = await resourcesOf(project.stack);
  expect(resources.consumer!.outputs).toMatchObject({
    jobStatus: "COMPLETED",
    exportS3Uri: "s3://engine-exports/runs/c/",
  });
  expect(Object.keys(resources).sort()).toEqual(["after", "consumer", "job"]);
  // Progress shows in the update's output while it waits.
  expect(lines.join("")).toMatch(
    new RegExp(
      `Waiting for identity resolution job ${RUNNING_JOB} in domain 'engine': PENDING after \\d+s \\(poll 1\\)`,
    ),
  );
  expect(project.takeRequests().list).toBe(0);
});

test("when the job FAILED, up fails with the job's message and no dependent exists", async () => {
  project = await gatedProject(FAILING_JOB);
  const error = await project.stack.up().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toContain(
    `The identity resolution job ${FAILING_JOB} in domain 'engine' (us-east-1) ended in status FAILED: Matching failed: the domain's object type mapping has no unique key. It will not reach COMPLETED (waited 0s, 1 poll).`,
  );
  expect(Object.keys(await resourcesOf(project.stack))).toEqual([]);
});
