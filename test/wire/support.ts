// Shared by the wire and reliability tiers: AWS environment set-up for the library's default
// credential chain, rejection capture, request counting, output capture for leak checks, and a
// real Node process for the faults jest's sandbox cannot show faithfully.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import * as path from "node:path";
import { inspect } from "node:util";
import * as pulumi from "@pulumi/pulumi";
import type {
  EmulatorRequestRecord,
  RunningEmulator,
  SeedCredential,
} from "@customer-profiles/identity-resolution/emulator";

/** The region every wire test signs for (the emulator accepts any). */
export const REGION = "us-east-1";

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/**
 * Sets (or, for `undefined`, deletes) environment variables and returns a function that puts the
 * previous values back. The jest setup file scrubs every AWS_* variable before each test file, so
 * a test that relies on the library's default credential chain sets its own here.
 */
export function setEnvironment(values: Readonly<Record<string, string | undefined>>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  const apply = (next: Readonly<Record<string, string | undefined>>) => {
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(values);
  return () => apply(previous);
}

/** The standard variables that make the SDK's default chain sign with `credentials`. */
export function credentialVariables(credentials: SeedCredential): Record<string, string | undefined> {
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
  };
}

/** Lookup arguments that reach `emulator` without touching the region or endpoint environment. */
export function emulatorArgs(emulator: Pick<RunningEmulator, "endpoint">): {
  endpoint: string;
  region: string;
} {
  return { endpoint: emulator.endpoint, region: REGION };
}

/** What `promise` rejected with; fails the calling test with the value when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    (value) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) {
    throw new Error(`expected a rejection, but it resolved with ${inspect(outcome.value, { depth: 4 })}`);
  }
  if (!(outcome.error instanceof Error))
    throw new Error(`rejected with a non-Error: ${inspect(outcome.error)}`);
  return outcome.error;
}

/** Requests recorded for one job (Get) or one domain (List), optionally only since index `from`. */
export function requestsFor(
  emulator: RunningEmulator,
  filter: { jobId?: string; domainName?: string; from?: number },
): EmulatorRequestRecord[] {
  return emulator
    .requests()
    .slice(filter.from ?? 0)
    .filter(
      (r) =>
        (filter.jobId === undefined || r.jobId === filter.jobId) &&
        (filter.domainName === undefined || r.domainName === filter.domainName),
    );
}

/** Counts of requests per operation, and the HTTP statuses in arrival order. */
export function tally(records: readonly EmulatorRequestRecord[]): {
  get: number;
  list: number;
  statuses: number[];
} {
  return {
    get: records.filter((r) => r.operation === "GetIdentityResolutionJob").length,
    list: records.filter((r) => r.operation === "ListIdentityResolutionJobs").length,
    statuses: records.map((r) => r.statusCode),
  };
}

/**
 * Waits until `ready()` holds, checking every 50 ms, for at most `limitMs`; returns whether it
 * held. For requests the emulator records only once their delayed answer is written.
 */
export async function eventually(ready: () => boolean, limitMs = 10_000): Promise<boolean> {
  for (let waited = 0; waited <= limitMs; waited += 50) {
    if (ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ready();
}

/** Everything the process printed while capturing: stdout, stderr, console and Pulumi's log. */
export interface OutputCapture {
  /** All captured text, in order. */
  text(): string;
  /** Puts every original writer back. */
  restore(): void;
}

/**
 * Captures (and silences) every channel a library can print through: `process.stdout/stderr.write`,
 * the `console` methods (jest routes them around the streams) and `pulumi.log` (which prints
 * through `console` outside a Pulumi program, and through the engine inside one).
 */
export function captureOutput(): OutputCapture {
  const chunks: string[] = [];
  const keep = (...parts: unknown[]) => {
    chunks.push(parts.map((part) => (typeof part === "string" ? part : inspect(part))).join(" "));
  };
  const spies: jest.SpyInstance[] = [
    jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      keep(String(chunk));
      return true;
    }),
    jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      keep(String(chunk));
      return true;
    }),
    ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation(keep),
    ),
    ...(["debug", "info", "warn", "error"] as const).map((method) =>
      jest.spyOn(pulumi.log, method).mockImplementation(async (...args: unknown[]) => keep(args[0])),
    ),
  ];
  return {
    text: () => chunks.join("\n"),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

/** A loopback port with nothing listening: bound once by the OS, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Everything an error carries that a user could print: message, stack, and every own property. */
export function errorText(error: Error): string {
  return [error.message, String(error.stack), inspect(error, { depth: 6, showHidden: true })].join("\n");
}

/** A call the built library makes in a child Node process. */
export type NodeCall =
  | { readonly fn: "getIdentityResolutionJob"; readonly args: Record<string, unknown> }
  | {
      readonly fn: "waitUntilIdentityResolutionJobCompleted";
      /** The CustomerProfilesClient config (endpoint, region, credentials, maxAttempts, …). */
      readonly client: Record<string, unknown>;
      readonly params: Record<string, unknown>;
      readonly input: Record<string, unknown>;
    };

/** What the child process saw: a result or an error (name, message, own properties), and its output. */
export interface NodeOutcome {
  readonly result?: Record<string, unknown>;
  readonly error?: { name: string; message: string } & Record<string, unknown>;
  /** Rejections the child saw go unhandled. */
  readonly unhandledRejections: number;
  readonly stdout: string;
  readonly stderr: string;
}

// The child prints one JSON line last; anything else it prints stays in stdout for leak checks.
const CHILD_SCRIPT = `
const unhandled = [];
process.on("unhandledRejection", (reason) => unhandled.push(String(reason)));
const library = require(process.env.CP_LIBRARY);
const call = JSON.parse(process.env.CP_CALL);
async function run() {
  if (call.fn === "getIdentityResolutionJob") return library.getIdentityResolutionJob(call.args);
  const { CustomerProfilesClient } = require("@aws-sdk/client-customer-profiles");
  const client = new CustomerProfilesClient(call.client);
  try {
    const { state, reason } = await library.waitUntilIdentityResolutionJobCompleted({ ...call.params, client }, call.input);
    const { $metadata, ...job } = reason;
    return { state, job };
  } finally {
    client.destroy();
  }
}
run().then(
  (result) => ({ result }),
  (error) => ({ error: { ...error, name: error.name, message: error.message } }),
).then((outcome) => setImmediate(() => {
  process.stdout.write("\\n" + JSON.stringify({ ...outcome, unhandledRejections: unhandled.length }) + "\\n");
}));
`;

/**
 * Runs `call` with the built library (dist/, as a user's program loads it) in a separate Node
 * process. Jest runs tests in a VM context whose `Error` is not the one Node's `http` module
 * throws with, so the SDK wraps a reset or refused connection ("AWS SDK error wrapper for …") and
 * drops its `code`; only a real process shows what users get for those faults. The emulator keeps
 * running in this process, so the call is asynchronous; it is killed after `limitMs`.
 */
export async function runInNode(
  call: NodeCall,
  env: Readonly<Record<string, string | undefined>>,
  limitMs = 60_000,
): Promise<NodeOutcome> {
  const library = path.join(REPO_ROOT, "dist", "provider", "index.js");
  if (!existsSync(library))
    throw new Error(`${library} is missing: run npx tsc -p tsconfig.build.json first`);
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    AWS_CONFIG_FILE: "/nonexistent/aws-config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
    AWS_EC2_METADATA_DISABLED: "true",
    CP_LIBRARY: library,
    CP_CALL: JSON.stringify(call),
  };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) childEnv[key] = value;
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      process.execPath,
      ["-e", CHILD_SCRIPT],
      { cwd: REPO_ROOT, env: childEnv, timeout: limitMs, killSignal: "SIGKILL" },
      (error, out, err) =>
        error
          ? reject(new Error(`child failed: ${error.message}\n${err}`))
          : resolve({ stdout: out, stderr: err }),
    );
  });
  const lines = stdout.trimEnd().split("\n");
  const outcome = JSON.parse(lines.pop()!) as Omit<NodeOutcome, "stdout" | "stderr">;
  return { ...outcome, stdout: lines.join("\n"), stderr };
}
