/**
 * A throwaway Pulumi project for engine benchmarks: its own directory, file:// backend, PULUMI_HOME
 * and emulator, run by the project's Pulumi CLI through the Automation API (as test/engine does).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LocalWorkspace, PulumiCommand, type Stack } from "@pulumi/pulumi/automation";
import { startEmulator, type EmulatorSeed, type RunningEmulator } from "../emulator";
import { engineEnv, ensurePulumiCli, REPO_ROOT } from "../scripts/localEngine";

/** A project directory with a program, an emulator, and a way to make fresh stacks. */
export interface BenchProject {
  /** The project (and program) directory: the working directory of every engine process. */
  readonly dir: string;
  readonly emulator: RunningEmulator;
  /** A new, empty stack of this project with `config` set. */
  newStack(name: string, config: Record<string, string>): Promise<Stack>;
  /** Stops the emulator and deletes the project. */
  dispose(): Promise<void>;
}

/** Creates a project whose `index.js` is `program` (CommonJS), served by an emulator seeded with `seed`. */
export async function createBenchProject(program: string, seed: EmulatorSeed): Promise<BenchProject> {
  const binDir = ensurePulumiCli();
  const dir = mkdtempSync(path.join(os.tmpdir(), "cp-bench-"));
  writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    "name: bench\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: index.js\n",
  );
  writeFileSync(path.join(dir, "package.json"), '{ "name": "bench", "private": true }\n');
  writeFileSync(path.join(dir, "index.js"), program);
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  mkdirSync(path.join(dir, "backend"));
  const emulator = await startEmulator({ seed });
  const pulumiCommand = await PulumiCommand.get({ root: path.dirname(binDir), skipVersionCheck: true });
  const workspace = {
    pulumiCommand,
    pulumiHome: path.join(dir, "home"),
    envVars: { ...engineEnv(binDir, emulator), PULUMI_BACKEND_URL: `file://${path.join(dir, "backend")}` },
  };
  return {
    dir,
    emulator,
    newStack: async (name, config) => {
      const stack = await LocalWorkspace.createStack({ stackName: name, workDir: dir }, workspace);
      await stack.setAllConfig(
        Object.fromEntries(Object.entries(config).map(([k, value]) => [k, { value }])),
      );
      return stack;
    },
    dispose: async () => {
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
