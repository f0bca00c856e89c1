// The built `customer-profiles-emulator` bin: its output contract, clean shutdown, and one-line failures.
import { execFileSync, spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  DEFAULT_CREDENTIALS,
  DEFAULT_REGION,
  startEmulator,
} from "@customer-profiles/identity-resolution/emulator";
import { rawRequest, jobIdOf } from "./helpers";

const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "dist/emulator/cli.js");
const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));

beforeAll(() => {
  // The real package build, so the test runs exactly what `bin` points at.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}, 120_000);

function writeSeed(name: string, seed: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(seed));
  return path;
}

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runToExit(args: string[]): Promise<Exit> {
  const child = spawn(process.execPath, [CLI, ...args]);
  return collectExit(child);
}

function collectExit(child: ChildProcessWithoutNullStreams): Promise<Exit> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr })));
}

// Starts the bin and resolves with its first `lines` lines of output, leaving it running.
function startCli(args: string[], lines: number) {
  const child = spawn(process.execPath, [CLI, ...args]);
  const exit = collectExit(child);
  const banner = new Promise<string[]>((resolveBanner, reject) => {
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const got = text.split("\n");
      if (got.length > lines) resolveBanner(got.slice(0, lines));
    });
    child.on("close", () => reject(new Error(`exited before printing ${lines} lines: ${text}`)));
  });
  return { child, exit, banner };
}

test.each(["SIGTERM", "SIGINT"] as const)(
  "prints its endpoint and environment, serves, and exits 0 on %s",
  async (signal) => {
    const { child, exit, banner } = startCli(["--port", "0"], 5);
    const [first, ...env] = await banner;
    const port = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(first ?? "")?.[1];
    expect(Number(port)).toBeGreaterThan(0);
    expect(env).toStrictEqual([
      `export AWS_ENDPOINT_URL_CUSTOMER_PROFILES=http://127.0.0.1:${port}`,
      "export AWS_ACCESS_KEY_ID=EMULATORACCESSKEYID0",
      "export AWS_SECRET_ACCESS_KEY=emulator/secret/access/key/for/local/tests/only",
      "export AWS_REGION=us-east-1",
    ]);
    const target = {
      endpoint: `http://127.0.0.1:${port}`,
      region: DEFAULT_REGION,
      credentials: DEFAULT_CREDENTIALS,
    };
    const response = await rawRequest(target, "/domains/demo/identity-resolution-jobs");
    expect(response.status).toBe(200);
    child.kill(signal);
    expect(await exit).toStrictEqual({ code: 0, stdout: `${[first, ...env].join("\n")}\n`, stderr: "" });
  },
);

test("a seed's own secrets are not printed", async () => {
  const seed = writeSeed("creds.json", {
    credentials: [{ accessKeyId: "AKIDSEEDED", secretAccessKey: "do-not-print", sessionToken: "nor-this" }],
    domains: {},
  });
  const { child, exit, banner } = startCli(["--seed", seed], 6);
  const [, ...env] = await banner;
  child.kill("SIGTERM");
  const { stdout } = await exit;
  expect(env.slice(1)).toStrictEqual([
    "export AWS_ACCESS_KEY_ID=AKIDSEEDED",
    `# set AWS_SECRET_ACCESS_KEY to credentials[0].secretAccessKey of ${seed} (not printed)`,
    `# set AWS_SESSION_TOKEN to credentials[0].sessionToken of ${seed} (not printed)`,
    "export AWS_REGION=us-east-1",
  ]);
  expect(stdout).not.toContain("do-not-print");
  expect(stdout).not.toContain("nor-this");
});

test("--help prints the usage and exits 0", async () => {
  const { code, stdout, stderr } = await runToExit(["--help"]);
  expect([code, stderr]).toStrictEqual([0, ""]);
  expect(stdout.split("\n")[0]).toBe("Usage: customer-profiles-emulator [--port N] [--seed FILE] [--host H]");
});

const badSeed = () => writeSeed("bad.json", { domains: { demo: { jobs: [{ JobId: "ABC" }] } } });
const missingSeed = () => join(dir, "missing.json");

test.each([
  [
    "an invalid seed entry",
    () => ["--seed", badSeed()],
    () =>
      `${join(dir, "bad.json")}: seed.domains.demo.jobs[0].JobId: "ABC" must be 32 lowercase hex characters`,
  ],
  [
    "an unreadable seed",
    () => ["--seed", missingSeed()],
    () => `${missingSeed()}: cannot read the seed file (ENOENT)`,
  ],
  ["an unknown flag", () => ["--bogus"], () => "Unknown option '--bogus'; see --help"],
  [
    "a flag without its value",
    () => ["--port"],
    () => "Option '--port <value>' argument missing; see --help",
  ],
  ["a non-numeric port", () => ["--port", "abc"], () => '--port "abc" must be an integer from 0 to 65535'],
  [
    "a port out of range",
    () => ["--port", "70000"],
    () => '--port "70000" must be an integer from 0 to 65535',
  ],
  ["a stray argument", () => ["serve"], () => "Unexpected argument 'serve'; see --help"],
])("%s exits 2 with one line on stderr", async (_label, args, message) => {
  expect(await runToExit(args())).toStrictEqual({
    code: 2,
    stdout: "",
    stderr: `customer-profiles-emulator: ${message()}\n`,
  });
});

test("a port in use exits 2 with one line naming the port", async () => {
  const occupant = await startEmulator({ seed: { domains: { x: { jobs: [{ JobId: jobIdOf(1) }] } } } });
  const port = new URL(occupant.endpoint).port;
  const result = await runToExit(["--port", port]);
  await occupant.stop();
  expect(result).toStrictEqual({
    code: 2,
    stdout: "",
    stderr: `customer-profiles-emulator: port ${port} is already in use\n`,
  });
});

test("the bin starts with a node shebang", () => {
  expect(execFileSync("head", ["-n", "1", CLI]).toString()).toBe("#!/usr/bin/env node\n");
});
