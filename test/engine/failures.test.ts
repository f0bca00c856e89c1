// Failure on the real engine: a failed lookup fails `up` with the library's message and leaves
// state as it was; bad inputs fail at preview naming the property; nothing secret reaches state.
import { createEngineProject, outputsOf, resourcesOf, type EngineProject } from "./harness";
import { DOMAIN, JOB_A, JOB_B, jobAOutputs, program, seed } from "./fixtures";

jest.setTimeout(240_000);

const MISSING_JOB = "0123456789abcdef0123456789abcdef";
let project: EngineProject;

beforeAll(async () => {
  project = await createEngineProject({
    program,
    seed,
    config: { jobArgs: JSON.stringify({ domainName: DOMAIN, jobId: JOB_A }) },
  });
  await project.stack.up();
});
afterAll(() => project?.dispose());

async function upError(): Promise<string> {
  const error = await project.stack.up().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error).toBeDefined();
  return error!.message;
}

test("an unknown job fails up with the not-found message and leaves state untouched", async () => {
  const before = await resourcesOf(project.stack);
  await project.stack.setConfig("jobArgs", {
    value: JSON.stringify({ domainName: DOMAIN, jobId: MISSING_JOB }),
  });
  const message = await upError();
  expect(message).toContain(
    `GetIdentityResolutionJob for job ${MISSING_JOB} in domain '${DOMAIN}' (us-east-1) failed: ResourceNotFoundException (HTTP 404`,
  );
  expect(message).toContain(
    "the caller needs profile:GetIdentityResolutionJob on arn:aws:profile:us-east-1:<account-id>:domains/engine.",
  );
  expect((await resourcesOf(project.stack)).job!.outputs).toMatchObject(jobAOutputs);
  expect(await resourcesOf(project.stack)).toEqual(before);
});

test("credentials the endpoint rejects fail up with the access-denied message and leave state untouched", async () => {
  await project.stack.setConfig("jobArgs", { value: JSON.stringify({ domainName: DOMAIN, jobId: JOB_A }) });
  const before = await resourcesOf(project.stack);
  // Credentials in stack config go in as secrets, as @pulumi/aws users set them.
  await project.stack.setConfig("aws:accessKey", { value: "EMULATORUNKNOWNKEY01", secret: true });
  await project.stack.setConfig("aws:secretKey", { value: "not-the-secret-9f8e7d6c5b4a", secret: true });
  try {
    const message = await upError();
    expect(message).toContain("failed: UnrecognizedClientException (HTTP 403");
    expect(message).toContain("AWS did not accept the credentials");
    expect(message).not.toContain("not-the-secret-9f8e7d6c5b4a");
    expect(await resourcesOf(project.stack)).toEqual(before);
    expect(project.stateText()).not.toContain("not-the-secret-9f8e7d6c5b4a");
    expect(project.stateText()).not.toContain("EMULATORUNKNOWNKEY01");
  } finally {
    await project.stack.removeAllConfig(["aws:accessKey", "aws:secretKey"]);
  }
});

test.each([
  [{ domainName: DOMAIN, jobId: "ABC" }, "jobId 'ABC' must be 32 lowercase hex characters"],
  [
    { domainName: "bad/name", jobId: JOB_A },
    "domainName 'bad/name' must be 1–64 characters of letters, digits, '_' or '-'",
  ],
  [
    { domainName: DOMAIN, jobId: JOB_A, waitFor: { minDelaySeconds: 30, maxDelaySeconds: 10 } },
    "waitFor.maxDelaySeconds [10] must be at least waitFor.minDelaySeconds [30]",
  ],
])("invalid inputs %j fail at preview, naming the property, with no API call", async (args, expected) => {
  await project.stack.setConfig("jobArgs", { value: JSON.stringify(args) });
  project.takeRequests();
  const error = await project.stack.preview().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toContain(expected);
  expect(project.takeRequests().total).toBe(0);
});

test("state holds no credential and a small serialized provider", async () => {
  await project.stack.setConfig("jobArgs", { value: JSON.stringify({ domainName: DOMAIN, jobId: JOB_B }) });
  await project.stack.up();
  const state = project.stateText();
  const { accessKeyId, secretAccessKey } = project.emulator.credentials;
  expect(state).not.toContain(accessKeyId);
  expect(state).not.toContain(secretAccessKey);
  expect(state).not.toMatch(/CustomerProfilesClient|credentialProvider|secretAccessKey/);
  const job = (await resourcesOf(project.stack)).job!;
  const providerText = String(job.outputs.__provider);
  console.log(`serialized provider: ${Buffer.byteLength(providerText)} bytes per resource`);
  expect(Buffer.byteLength(providerText)).toBeLessThan(4096);
  expect(await outputsOf(project.stack)).toMatchObject({ jobId: JOB_B });
});
