// Secrets on the real engine: a unique secret key and session token, registered in the emulator,
// reach the dynamic provider first through the standard environment variables and then through
// stack config aws:accessKey/aws:secretKey/aws:token set as secrets (with the environment's keys
// blanked, so only the config can sign). Each way runs up, refresh, a failing up and destroy; then
// every file the project and backend hold, the stack outputs, everything the engine printed and
// every error message are searched: neither value may appear in plaintext anywhere.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { LocalWorkspace } from "@pulumi/pulumi/automation";
import type { SeedCredential } from "@customer-profiles/identity-resolution/emulator";
import { createEngineProject, type EngineProject } from "../engine/harness";
import { DOMAIN, JOB_A, program, seed } from "../engine/fixtures";
import { occurrences } from "../wire/support";
import { bounded, recordUnhandledRejections, type RejectionRecorder } from "./support";

jest.setTimeout(420_000);

const CREDENTIALS: SeedCredential = {
  accessKeyId: "AKIDENGINESECRETS001",
  secretAccessKey: "eNgInE/sEcReT/kEy/3f6b1c2d-8e9a-4b7c-a5d4-1e2f3a4b5c6d",
  sessionToken: "EnGiNeSeSsIoNtOkEn//Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz=",
};
const WRONG_SECRET = "eNgInE/wRoNg/sEcReT/9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a";
const SECRETS = [CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken!, WRONG_SECRET];
const OP_LIMIT_MS = 150_000;
const MISSING_JOB = "0123456789abcdef0123456789abcdef";

let project: EngineProject;
let rejections: RejectionRecorder;
/** Everything the engine printed and every error message, per step. */
const printed: string[] = [];

/** Runs one engine operation, bounded, keeping its stdout and stderr; returns its error, if any. */
async function run(
  what: string,
  op: (opts: {
    onOutput: (s: string) => void;
    onError: (s: string) => void;
    signal: AbortSignal;
  }) => Promise<unknown>,
): Promise<Error | undefined> {
  const lines: string[] = [];
  const started = Date.now();
  const error = await bounded(
    op({
      onOutput: (text) => lines.push(text),
      onError: (text) => lines.push(text),
      signal: AbortSignal.timeout(OP_LIMIT_MS),
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    ),
    OP_LIMIT_MS + 5_000,
    what,
  );
  console.log(`${what}: ${error ? "failed" : "succeeded"} after ${Date.now() - started} ms`);
  printed.push(lines.join(""), error?.message ?? "", error?.stack ?? "");
  return error;
}

function setJobArgs(jobId: string): Promise<void> {
  return project.stack.setConfig("jobArgs", { value: JSON.stringify({ domainName: DOMAIN, jobId }) });
}

/** up, refresh, a failing up, destroy — and what each ended in. */
async function lifecycle(label: string, failing: () => Promise<void>, undo: () => Promise<void>) {
  await setJobArgs(JOB_A);
  const created = await run(`${label}: up`, (o) => project.stack.up(o));
  const outputs = JSON.stringify(await project.stack.outputs());
  const refreshed = await run(`${label}: refresh`, (o) => project.stack.refresh(o));
  await failing();
  const failed = await run(`${label}: failing up`, (o) => project.stack.up(o));
  await undo();
  const destroyed = await run(`${label}: destroy`, (o) => project.stack.destroy(o));
  return { created, outputs, refreshed, failed, destroyed };
}

/** Every regular file under `root` (symlinks, such as the linked node_modules, skipped). */
function filesUnder(root: string): { file: string; text: string }[] {
  return readdirSync(root).flatMap((entry) => {
    const full = path.join(root, entry);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) return [];
    if (stat.isDirectory()) return filesUnder(full);
    return [{ file: path.relative(project.dir, full), text: readFileSync(full, "latin1") }];
  });
}

/** Where any of the secrets occur in `text`, as "value@where" entries (none expected). */
function leaks(text: string, where: string): string[] {
  return SECRETS.filter((secret) => occurrences(text, secret) > 0).map((secret) => `${secret}@${where}`);
}

beforeAll(async () => {
  rejections = recordUnhandledRejections();
  // The harness hands the emulator's first credential to pulumi as AWS_ACCESS_KEY_ID,
  // AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN: the environment way in.
  project = await createEngineProject({ program, seed: { ...seed, credentials: [CREDENTIALS] } });
});

afterAll(async () => {
  rejections.stop();
  await project?.dispose();
});

test("through the environment: up, refresh and destroy work, a missing job fails up", async () => {
  const env = (project.stack.workspace as LocalWorkspace).envVars;
  expect([env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]).toStrictEqual([
    CREDENTIALS.secretAccessKey,
    CREDENTIALS.sessionToken,
  ]);
  const outcome = await lifecycle(
    "environment",
    () => setJobArgs(MISSING_JOB),
    () => setJobArgs(JOB_A),
  );
  expect(outcome.created).toBeUndefined();
  expect(JSON.parse(outcome.outputs)).toMatchObject({
    jobId: { value: JOB_A },
    status: { value: "COMPLETED" },
  });
  expect(outcome.refreshed).toBeUndefined();
  expect(outcome.failed?.message).toContain(
    `GetIdentityResolutionJob for job ${MISSING_JOB} in domain '${DOMAIN}' (us-east-1) failed: ResourceNotFoundException (HTTP 404`,
  );
  expect(outcome.destroyed).toBeUndefined();
  printed.push(outcome.outputs);
});

test("through stack config set as secrets (environment keys blanked): the same, and a wrong secret fails up", async () => {
  const env = (project.stack.workspace as LocalWorkspace).envVars;
  Object.assign(env, { AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_SESSION_TOKEN: "" });
  await project.stack.setConfig("aws:accessKey", { value: CREDENTIALS.accessKeyId, secret: true });
  await project.stack.setConfig("aws:secretKey", { value: CREDENTIALS.secretAccessKey, secret: true });
  await project.stack.setConfig("aws:token", { value: CREDENTIALS.sessionToken!, secret: true });
  const outcome = await lifecycle(
    "stack config",
    () => project.stack.setConfig("aws:secretKey", { value: WRONG_SECRET, secret: true }),
    () => project.stack.setConfig("aws:secretKey", { value: CREDENTIALS.secretAccessKey, secret: true }),
  );
  // Success with the environment's keys blank proves the config's keys signed.
  expect(outcome.created).toBeUndefined();
  expect(JSON.parse(outcome.outputs)).toMatchObject({
    jobId: { value: JOB_A },
    status: { value: "COMPLETED" },
  });
  expect(outcome.refreshed).toBeUndefined();
  expect(outcome.failed?.message).toContain("failed: InvalidSignatureException (HTTP 403");
  expect(outcome.failed?.message).toContain("AWS did not accept the credentials");
  expect(outcome.destroyed).toBeUndefined();
  printed.push(outcome.outputs);
  // The config file holds the values only as ciphertext.
  const stackFile = readFileSync(path.join(project.dir, "Pulumi.test.yaml"), "utf8");
  expect(stackFile).toMatch(/aws:secretKey:\s+secure: /);
  expect(stackFile).toMatch(/aws:token:\s+secure: /);
});

test("no secret key or session token in plaintext in any file, output, engine line or error", () => {
  const files = filesUnder(project.dir);
  const backend = files.filter(({ file }) => file.startsWith("backend"));
  console.log(
    `searched ${files.length} files (${backend.length} in the backend) and ${printed.join("").length} characters of engine output`,
  );
  // The search covered real state and real engine output.
  expect(backend.some(({ text }) => text.includes(JOB_A))).toBe(true);
  expect(printed.join("\n")).toContain("IdentityResolutionJob");
  const found = [
    ...files.flatMap(({ file, text }) => leaks(text, file)),
    ...printed.flatMap((text, i) => leaks(text, `engine output #${i}`)),
  ];
  expect(found).toStrictEqual([]);
  expect(rejections.seen).toStrictEqual([]);
});
