// The examples as real projects on the real Pulumi engine (their own Pulumi.yaml, package.json,
// tsconfig.json and index.ts, run through ts-node), against the emulator. ts-node only transpiles
// here: examples.typecheck.test.ts compiles each project with its own tsconfig.json instead.
import * as path from "node:path";
import { REPO_ROOT } from "../../scripts/localEngine";
import { createEngineProject, outputsOf, resourcesOf, type EngineProject } from "../engine/harness";
import {
  DOMAIN,
  FAILED_JOB,
  FAILED_MESSAGE,
  NO_EXPORT_JOB,
  OLDER_COMPLETED_JOB,
  RUNNING_JOB,
  seed,
  referenceJobOutputs,
} from "./fixtures";

jest.setTimeout(240_000);

let project: EngineProject | undefined;
afterEach(async () => {
  await project?.dispose();
  project = undefined;
});

const example = (name: string) => path.join(REPO_ROOT, "examples", name);
const TRANSPILE_ONLY = { PULUMI_NODEJS_TRANSPILE_ONLY: "true" };

test("reference-job: up exports the job by id and the newest COMPLETED job, and creates nothing", async () => {
  project = await createEngineProject({
    programDir: example("reference-job"),
    seed,
    config: { domainName: DOMAIN, jobId: OLDER_COMPLETED_JOB },
    env: TRANSPILE_ONLY,
  });
  const result = await project.stack.up();
  expect(result.summary.resourceChanges).toEqual({ create: 1 });
  expect(await outputsOf(project.stack)).toEqual(referenceJobOutputs);
  expect(await resourcesOf(project.stack)).toEqual({});
  // One Get for the job by id; one List and one Get for the newest COMPLETED job.
  expect(project.takeRequests()).toEqual({ get: 2, list: 1, total: 3 });
});

// The gated resources are @pulumi/aws resources, whose provider plugin cannot be installed here;
// with a FAILED job the engine never needs it, because nothing from @pulumi/aws is registered.
test("gate-on-completed: a FAILED job fails the update with its message and nothing else exists", async () => {
  project = await createEngineProject({
    programDir: example("gate-on-completed"),
    seed,
    config: { domainName: DOMAIN, jobId: FAILED_JOB, pollSeconds: "1" },
    env: TRANSPILE_ONLY,
  });
  const lines: string[] = [];
  const error = await project.stack.up({ onOutput: (text) => lines.push(text) }).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toContain(
    `The identity resolution job ${FAILED_JOB} in domain '${DOMAIN}' (us-east-1) ended in status FAILED: ${FAILED_MESSAGE} It will not reach COMPLETED (waited 0s, 1 poll).`,
  );
  // The program-side gate said why it declared nothing.
  expect(lines.join("")).toContain(
    `Identity resolution job ${FAILED_JOB} in domain '${DOMAIN}' is FAILED, not COMPLETED: the checked-job parameter is not declared in this run.`,
  );
  expect(await resourcesOf(project.stack)).toEqual({});
});

// Without a COMPLETED job the program declares nothing from @pulumi/aws, so these two paths run on
// the engine without the AWS provider plugin.
test("export-s3-path: a running job wires nothing; an export-less job fails with the message alone", async () => {
  project = await createEngineProject({
    programDir: example("export-s3-path"),
    seed,
    config: { domainName: DOMAIN, jobId: RUNNING_JOB },
    env: TRANSPILE_ONLY,
  });
  const lines: string[] = [];
  await project.stack.up({ onOutput: (text) => lines.push(text) });
  expect(await outputsOf(project.stack)).toEqual({
    jobId: RUNNING_JOB,
    status: "FIND_MATCHING",
    exportS3Uri: "s3://acme-identity-resolution-exports/identity-resolution/2026-01-17/",
  });
  expect(lines.join("")).toContain(
    `Identity resolution job ${RUNNING_JOB} in domain '${DOMAIN}' is FIND_MATCHING, not COMPLETED: its export is not wired (no read policy, Glue table or SSM parameter is declared).`,
  );
  expect(await resourcesOf(project.stack)).toEqual({});

  await project.stack.setConfig("jobId", { value: NO_EXPORT_JOB });
  const error = await project.stack.up().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toContain(
    `error: Identity resolution job ${NO_EXPORT_JOB} in domain '${DOMAIN}' has no S3 export location, so there is no path to grant read access to, catalog or publish. Turn on exporting for the domain (Matching.ExportingConfig.S3Exporting) and wait for its next job, or set jobId to a job that exported.`,
  );
  // A RunError: Pulumi shows the message without a stack trace.
  expect(error?.message).not.toContain("at exportLocationOf");
});
