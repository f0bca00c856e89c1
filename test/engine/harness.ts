// Runs real `pulumi` operations through the Automation API on a throwaway project: its own
// directory, file:// backend and PULUMI_HOME, and its own emulator.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LocalWorkspace, PulumiCommand, type Stack } from "@pulumi/pulumi/automation";
import { startEmulator, type EmulatorSeed, type RunningEmulator } from "../../emulator";
import { engineEnv, ensurePulumiCli, REPO_ROOT } from "../../scripts/localEngine";

/** A stack on a throwaway project, wired to its own emulator. */
export interface EngineProject {
  readonly dir: string;
  readonly stack: Stack;
  readonly emulator: RunningEmulator;
  /** Every file the backend wrote, concatenated: what "in state" means for leak checks. */
  stateText(): string;
  /** Requests the emulator has received, per operation, since the last call to this. */
  takeRequests(): { get: number; list: number; total: number };
  /** Stops the emulator and deletes the project. */
  dispose(): Promise<void>;
}

/** Options of {@link createEngineProject}: exactly one of `program` and `programDir`. */
export interface EngineProjectOptions {
  /** The program, as CommonJS (index.js). */
  readonly program?: string;
  /**
   * A project directory to run instead (e.g. `examples/reference-job`): its files are copied as
   * they are — Pulumi.yaml, package.json, tsconfig.json, sources — without its node_modules or
   * stack files. Stack config keys are then in that project's namespace.
   */
  readonly programDir?: string;
  readonly seed?: EmulatorSeed;
  readonly config?: Record<string, string>;
  /** Extra environment for the pulumi process (overrides the emulator's). */
  readonly env?: Record<string, string>;
}

let binDir: string | undefined;

/**
 * Creates a project whose program `require`s the library by its package name, as a user's
 * would (the package is linked into node_modules the way `npm link` does).
 */
export async function createEngineProject(options: EngineProjectOptions): Promise<EngineProject> {
  binDir ??= ensurePulumiCli();
  linkLibraryIntoNodeModules();
  if ((options.program === undefined) === (options.programDir === undefined)) {
    throw new Error("createEngineProject needs exactly one of `program` and `programDir`");
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "cp-engine-"));
  if (options.programDir !== undefined) {
    copyProject(options.programDir, dir);
  } else {
    writeFileSync(
      path.join(dir, "Pulumi.yaml"),
      "name: engine-test\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: index.js\n",
    );
    writeFileSync(path.join(dir, "package.json"), '{ "name": "engine-test", "private": true }\n');
    writeFileSync(path.join(dir, "index.js"), options.program ?? "");
  }
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  mkdirSync(path.join(dir, "backend"));

  const emulator = await startEmulator(options.seed ? { seed: options.seed } : {});
  const pulumi = await PulumiCommand.get({ root: path.dirname(binDir), skipVersionCheck: true });
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "test", workDir: dir },
    {
      pulumiCommand: pulumi,
      pulumiHome: path.join(dir, "home"),
      envVars: {
        ...engineEnv(binDir, emulator),
        PULUMI_BACKEND_URL: `file://${path.join(dir, "backend")}`,
        ...options.env,
      },
    },
  );
  for (const [key, value] of Object.entries(options.config ?? {})) await stack.setConfig(key, { value });

  let seen = 0;
  return {
    dir,
    stack,
    emulator,
    stateText: () => readTree(path.join(dir, "backend")),
    takeRequests: () => {
      const fresh = emulator.requests().slice(seen);
      seen += fresh.length;
      return {
        get: fresh.filter((r) => r.operation === "GetIdentityResolutionJob").length,
        list: fresh.filter((r) => r.operation === "ListIdentityResolutionJobs").length,
        total: fresh.length,
      };
    },
    dispose: async () => {
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The outputs of the last deployment as plain values. */
export async function outputsOf(stack: Stack): Promise<Record<string, unknown>> {
  const outputs = await stack.outputs();
  return Object.fromEntries(Object.entries(outputs).map(([key, output]) => [key, output.value]));
}

/** The resources in the stack's state, by name (the stack resource left out). */
export async function resourcesOf(
  stack: Stack,
): Promise<Record<string, { outputs: Record<string, unknown>; inputs: Record<string, unknown> }>> {
  const deployment = await stack.exportStack();
  const resources = (deployment.deployment.resources ?? []) as {
    urn: string;
    type: string;
    outputs?: Record<string, unknown>;
    inputs?: Record<string, unknown>;
  }[];
  return Object.fromEntries(
    resources
      .filter((r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:"))
      .map((r) => [r.urn.split("::").pop()!, { outputs: r.outputs ?? {}, inputs: r.inputs ?? {} }]),
  );
}

// The `npm link` of this package into its own node_modules, so programs can require it by name.
function linkLibraryIntoNodeModules(): void {
  const link = path.join(REPO_ROOT, "node_modules", "@customer-profiles", "identity-resolution");
  if (existsSync(link)) return;
  mkdirSync(path.dirname(link), { recursive: true });
  try {
    symlinkSync(REPO_ROOT, link, "dir");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

// A project's own files, without its installed packages or stack settings.
function copyProject(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      const name = path.basename(source);
      return name !== "node_modules" && !/^Pulumi\..+\.yaml$/.test(name);
    },
  });
}

function readTree(root: string): string {
  let text = "";
  for (const entry of readdirSync(root)) {
    const full = path.join(root, entry);
    text += statSync(full).isDirectory() ? readTree(full) : readFileSync(full, "utf8");
  }
  return text;
}
