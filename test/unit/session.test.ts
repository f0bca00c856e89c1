// openSession: one session per distinct set of access inputs (arguments, stack config, and the
// environment variables that pick the region), so warm lookups skip resolving access. Real clients
// are built; nothing is sent, so this proves which session a lookup gets, not how it behaves on
// the wire.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MissingRegionError } from "../../provider";
import * as access from "../../provider/aws/access";
import { openSession } from "../../provider/lookup/session";
import { rejectionOf } from "./fixtures";

let saved: NodeJS.ProcessEnv;
let dir: string;

beforeEach(() => {
  saved = { ...process.env };
  for (const name of ["AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE"]) delete process.env[name];
  dir = mkdtempSync(join(tmpdir(), "session-test-"));
  // No shared files unless a test writes one.
  process.env.AWS_CONFIG_FILE = join(dir, "absent-config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, "absent-credentials");
});
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  rmSync(dir, { recursive: true, force: true });
});

const STATIC = { accessKey: "AKIAEXAMPLE", secretKey: "secretEXAMPLE" };

test("the same inputs, as new objects, get the same session", async () => {
  const first = await openSession({ region: "eu-west-1", maxAttempts: 4 }, { ...STATIC });
  const second = await openSession({ region: "eu-west-1", maxAttempts: 4 }, { ...STATIC });
  expect(second).toBe(first);
  expect(first.region).toBe("eu-west-1");
  await expect(first.client.config.maxAttempts()).resolves.toBe(4);
});

test.each<[string, Record<string, unknown>, Record<string, string>]>([
  ["another region argument", { region: "eu-central-1" }, {}],
  ["an endpoint", { endpoint: "http://127.0.0.1:4566" }, {}],
  ["more attempts", { maxAttempts: 5 }, {}],
  ["a shorter request timeout", { requestTimeoutSeconds: 5 }, {}],
  ["a role", { roleArn: "arn:aws:iam::123456789012:role/reader" }, {}],
  ["stack config credentials", {}, STATIC],
  ["other stack config credentials", {}, { ...STATIC, secretKey: "otherEXAMPLE" }],
  ["a session token", {}, { ...STATIC, token: "tokenEXAMPLE" }],
  ["a stack config profile", {}, { profile: "dev" }],
])("%s gets another session", async (_name, args, config) => {
  const base = await openSession({ region: "eu-west-1" }, {});
  const other = await openSession({ region: "eu-west-1", ...args }, config);
  expect(other).not.toBe(base);
});

test("without a region argument or config, AWS_REGION decides, and a change is seen", async () => {
  process.env.AWS_REGION = "ap-south-1";
  const first = await openSession({}, {});
  expect(first.region).toBe("ap-south-1");
  expect(await openSession({}, {})).toBe(first);
  process.env.AWS_REGION = "sa-east-1";
  expect((await openSession({}, {})).region).toBe("sa-east-1");
  delete process.env.AWS_REGION;
  process.env.AWS_DEFAULT_REGION = "ca-central-1";
  expect((await openSession({}, {})).region).toBe("ca-central-1");
});

test("a region argument makes the environment irrelevant", async () => {
  process.env.AWS_REGION = "ap-south-1";
  const first = await openSession({ region: "eu-north-1" }, {});
  process.env.AWS_REGION = "sa-east-1";
  expect(await openSession({ region: "eu-north-1" }, {})).toBe(first);
});

test("a region from the profile follows AWS_PROFILE and AWS_CONFIG_FILE", async () => {
  const file = join(dir, "config");
  writeFileSync(file, "[default]\nregion = eu-south-1\n[profile dev]\nregion = me-south-1\n");
  process.env.AWS_CONFIG_FILE = file;
  expect((await openSession({}, {})).region).toBe("eu-south-1");
  process.env.AWS_PROFILE = "dev";
  expect((await openSession({}, {})).region).toBe("me-south-1");
  const other = join(dir, "other-config");
  writeFileSync(other, "[profile dev]\nregion = af-south-1\n");
  process.env.AWS_CONFIG_FILE = other;
  expect((await openSession({}, {})).region).toBe("af-south-1");
});

test("a failed resolution is not kept: the same inputs resolve again", async () => {
  const resolving = jest.spyOn(access, "resolveAccess");
  try {
    expect(await rejectionOf(openSession({}, {}))).toBeInstanceOf(MissingRegionError);
    expect(await rejectionOf(openSession({}, {}))).toBeInstanceOf(MissingRegionError);
    expect(resolving).toHaveBeenCalledTimes(2);
    process.env.AWS_REGION = "il-central-1";
    const session = await openSession({}, {});
    expect(await openSession({}, {})).toBe(session);
    expect(session.region).toBe("il-central-1");
    expect(resolving).toHaveBeenCalledTimes(3);
  } finally {
    resolving.mockRestore();
  }
});
