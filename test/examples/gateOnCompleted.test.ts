// examples/gate-on-completed under Pulumi's mocks: the program-side gate reads the job from the
// emulator; the engine-side gate (the IdentityResolutionJob) is a mock whose create succeeds, after
// a pause, with the outputs given here. The mocks prove what the program declares and that the SDK
// registers the gate's dependents only once the gate exists. A FAILED gate is proven on the real
// engine instead (examples.engine.test.ts): under the mocks the dependents' failed registrations
// surface as unhandled rejections, which the language host turns into a failed update but jest
// cannot tell from a bug.
import type { RunningEmulator } from "../../emulator";
import type * as GateOnCompleted from "../../examples/gate-on-completed";
import { stopEmulator, useEmulator } from "./emulatorEnvironment";
import { DOMAIN, NEWEST_COMPLETED_JOB, RUNNING_JOB, seed } from "./fixtures";
import { exportsOf } from "./exportValues";
import { JOB_TYPE, onlyOf, registered, runMocked, type JobBehaviour } from "./mockedProgram";

let emulator: RunningEmulator | undefined;
beforeAll(async () => {
  emulator = await useEmulator(seed);
});
afterAll(() => stopEmulator(emulator));

function run(jobId: string, job: JobBehaviour) {
  return runMocked(() => jest.requireActual<typeof GateOnCompleted>("../../examples/gate-on-completed"), {
    project: "gate-on-completed",
    config: { domainName: DOMAIN, jobId, pollSeconds: "5", waitTimeoutSeconds: "600" },
    job,
  });
}

/** The job's outputs as the provider stores them once the wait succeeded. */
const completedOutputs = (jobId: string, exportKey: string) => ({
  domainName: DOMAIN,
  jobId,
  status: "COMPLETED",
  exportS3BucketName: "acme-identity-resolution-exports",
  exportS3KeyName: exportKey,
  exportS3Uri: `s3://acme-identity-resolution-exports/${exportKey}`,
});

const CHECKED = "aws:ssm/parameter:Parameter::checked-job";
const COMPLETED = "aws:ssm/parameter:Parameter::completed-job";
const QUEUE = "aws:sqs/queue:Queue::merged-profiles-work";
const GATE = `${JOB_TYPE}::gate`;

test("a COMPLETED job passes both gates: every resource is declared", async () => {
  const { program, registrations } = await run(NEWEST_COMPLETED_JOB, {
    outputs: completedOutputs(NEWEST_COMPLETED_JOB, "identity-resolution/2026-01-10/"),
  });
  expect(await exportsOf(program)).toEqual({
    checkedJobId: NEWEST_COMPLETED_JOB,
    checkedStatus: "COMPLETED",
    checkedJobParameter: "/customer-profiles/acme-retail/identity-resolution/checked-job-id",
    gateJobId: NEWEST_COMPLETED_JOB,
    gateStatus: "COMPLETED",
    gateExportS3Uri: "s3://acme-identity-resolution-exports/identity-resolution/2026-01-10/",
    completedJobParameter: "/customer-profiles/acme-retail/identity-resolution/completed-job-id",
    // downstreamQueueUrl is computed by AWS: the mocks echo inputs, so it is absent here.
  });
  expect(registered(registrations)).toEqual([GATE, QUEUE, CHECKED, COMPLETED].sort());
  expect(onlyOf(registrations, JOB_TYPE).inputs).toMatchObject({
    domainName: DOMAIN,
    jobId: NEWEST_COMPLETED_JOB,
    waitFor: { status: ["COMPLETED"], timeoutSeconds: 600, minDelaySeconds: 5 },
  });
  expect(registrations.find((r) => r.name === "checked-job")!.inputs).toMatchObject({
    insecureValue: NEWEST_COMPLETED_JOB,
    description: "Identity resolution job found COMPLETED when the program ran (2026-01-10T01:06:40.500Z)",
  });
  expect(registrations.find((r) => r.name === "completed-job")!.inputs).toMatchObject({
    insecureValue: NEWEST_COMPLETED_JOB,
    description:
      "Identity resolution job that reached COMPLETED (export s3://acme-identity-resolution-exports/identity-resolution/2026-01-10/)",
  });
});

test("the gate's dependents are registered only after the gate resource exists", async () => {
  const { program, events } = await run(NEWEST_COMPLETED_JOB, {
    outputs: completedOutputs(NEWEST_COMPLETED_JOB, "identity-resolution/2026-01-10/"),
  });
  await exportsOf(program);
  const gated = events.filter((e) => e !== "register checked-job");
  expect(gated.slice(0, 2)).toEqual(["register gate", "created gate"]);
  expect(gated.slice(2).sort()).toEqual(["register completed-job", "register merged-profiles-work"]);
});

test("a job still running: the program-side gate declares nothing, the engine-side gate waits it out", async () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const { program, registrations } = await run(RUNNING_JOB, {
    outputs: completedOutputs(RUNNING_JOB, "identity-resolution/2026-01-17/"),
  });
  const outputs = await exportsOf(program);
  expect(warn.mock.calls).toEqual([
    [
      `warning: [runtime] Identity resolution job ${RUNNING_JOB} in domain 'acme-retail' is FIND_MATCHING, not COMPLETED: the checked-job parameter is not declared in this run.`,
    ],
  ]);
  warn.mockRestore();
  expect(outputs).toMatchObject({ checkedStatus: "FIND_MATCHING", gateStatus: "COMPLETED" });
  expect(outputs).not.toHaveProperty("checkedJobParameter");
  expect(registered(registrations)).toEqual([GATE, QUEUE, COMPLETED].sort());
});
