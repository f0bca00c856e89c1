// The resource's life on the real engine: create, no-op, drift, refresh, removal, replacement,
// destroy — with the exact outputs and the exact number of API calls each step makes.
import { createEngineProject, outputsOf, resourcesOf, type EngineProject } from "./harness";
import { DOMAIN, JOB_A, JOB_B, jobA, jobAOutputs, program, seed } from "./fixtures";

jest.setTimeout(240_000);

let project: EngineProject;

beforeAll(async () => {
  project = await createEngineProject({
    program,
    seed,
    config: { jobArgs: JSON.stringify({ domainName: DOMAIN, jobId: JOB_A }) },
  });
});
afterAll(() => project?.dispose());

test("up creates the resource with every output of the job, from one API call", async () => {
  const result = await project.stack.up();
  expect(result.summary.resourceChanges).toEqual({ create: 2 });
  expect(await outputsOf(project.stack)).toEqual(jobAOutputs);
  expect(project.takeRequests()).toEqual({ get: 1, list: 0, total: 1 });
});

test("a second up with the job unchanged changes nothing and makes exactly one API call", async () => {
  const result = await project.stack.up();
  expect(result.summary.resourceChanges).toEqual({ same: 2 });
  expect(project.takeRequests()).toEqual({ get: 1, list: 0, total: 1 });
});

test("when the job changes in AWS, preview reports an update and up stores the new status", async () => {
  project.emulator.putJob(DOMAIN, {
    ...jobA,
    Status: "PARTIAL_SUCCESS",
    Message: "2 profiles could not merge",
  });
  const preview = await project.stack.preview();
  expect(preview.changeSummary).toEqual({ same: 1, update: 1 });
  project.takeRequests();

  const result = await project.stack.up();
  expect(result.summary.resourceChanges).toEqual({ same: 1, update: 1 });
  const outputs = await outputsOf(project.stack);
  expect(outputs.status).toBe("PARTIAL_SUCCESS");
  expect(outputs.message).toBe("2 profiles could not merge");
  // diff reads once; update reuses that read.
  expect(project.takeRequests()).toEqual({ get: 1, list: 0, total: 1 });
});

test("refresh brings outputs up to date", async () => {
  project.emulator.putJob(DOMAIN, jobA);
  await project.stack.refresh();
  const stored = (await resourcesOf(project.stack)).job!.outputs;
  expect(stored).toMatchObject({ status: "COMPLETED" });
  expect(stored).not.toHaveProperty("message");
});

test("changing jobId replaces the resource", async () => {
  await project.stack.setConfig("jobArgs", { value: JSON.stringify({ domainName: DOMAIN, jobId: JOB_B }) });
  project.takeRequests();
  const result = await project.stack.up();
  expect(result.summary.resourceChanges).toEqual({ same: 1, replace: 1 });
  expect(await outputsOf(project.stack)).toMatchObject({
    jobId: JOB_B,
    exportS3Uri: "s3://engine-exports/runs/b/",
  });
});

test("a job deleted in AWS is dropped from state on refresh", async () => {
  expect(project.emulator.deleteJob(DOMAIN, JOB_B)).toBe(true);
  await project.stack.refresh();
  expect(Object.keys(await resourcesOf(project.stack))).toEqual([]);
});

test("destroy makes no API call", async () => {
  project.emulator.putJob(DOMAIN, { ...jobA, JobId: JOB_B });
  await project.stack.up();
  project.takeRequests();
  const result = await project.stack.destroy();
  expect(result.summary.resourceChanges).toEqual({ delete: 2 });
  expect(project.takeRequests()).toEqual({ get: 0, list: 0, total: 0 });
});
