// Shared by the main job, the engine tests and the benchmarks: the project's Pulumi CLI and the
// environment that runs it offline against a local backend and the emulator.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";

/** The repository root, whether this runs from TypeScript sources or from dist/. */
export const REPO_ROOT = findRepoRoot(__dirname);

/** The passphrase of every local (emulator) stack; the stacks hold no secrets of value. */
export const LOCAL_PASSPHRASE = "local-emulator-stack";

/**
 * Provisions the Pulumi CLI with scripts/ensure-pulumi.sh (building it once per machine) and
 * returns the directory holding `pulumi`, its Node.js language host and the dynamic-provider
 * launcher. Build progress goes to this process's stderr.
 */
export function ensurePulumiCli(): string {
  const out = execFileSync("bash", [path.join(REPO_ROOT, "scripts", "ensure-pulumi.sh")], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  return out.trim().split("\n").pop()!;
}

/** What a client needs to reach an emulator. */
export interface EmulatorAccess {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
}

/**
 * Environment for `pulumi` runs: the CLI on PATH, no update checks or plugin downloads, a
 * local passphrase, and — with an emulator — the standard AWS variables pointing at it. Every
 * AWS_* variable of this process is dropped first, so a local run can never reach real AWS.
 */
export function engineEnv(binDir: string, emulator?: EmulatorAccess): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !(emulator && key.startsWith("AWS_"))) env[key] = value;
  }
  Object.assign(env, {
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}`,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_CONFIG_PASSPHRASE: process.env.PULUMI_CONFIG_PASSPHRASE ?? LOCAL_PASSPHRASE,
  });
  if (emulator) {
    Object.assign(env, {
      AWS_ENDPOINT_URL_CUSTOMER_PROFILES: emulator.endpoint,
      AWS_REGION: emulator.region,
      AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
      ...(emulator.credentials.sessionToken ? { AWS_SESSION_TOKEN: emulator.credentials.sessionToken } : {}),
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    });
  }
  return env;
}

function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "Pulumi.yaml")) || !existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${start}`);
    dir = parent;
  }
  return dir;
}
