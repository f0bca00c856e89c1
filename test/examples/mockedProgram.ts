// Loads an example's index.ts fresh under Pulumi's runtime mocks and records every resource it
// registers. What this proves: which resources the program declares, with which inputs, and what
// it exports. What it does not: that AWS accepts those inputs, or how the real engine orders and
// gates steps (test/engine and examples.engine.test.ts run the engine).
import type * as pulumi from "@pulumi/pulumi";

/** The dynamic resource's type token, as the engine and the mocks see it. */
export const JOB_TYPE = "pulumi-nodejs:dynamic/customerprofiles:IdentityResolutionJob";

/** One registration the mock monitor received. */
export interface Registration {
  readonly type: string;
  readonly name: string;
  /** The inputs, secrets unwrapped to their plain values. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- resource inputs are free-form
  readonly inputs: Record<string, any>;
  /** The top-level inputs that arrived as secrets. */
  readonly secretInputs: string[];
}

/** The signature key and value Pulumi marks a serialized secret with. */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

function isSecretValue(value: unknown): value is { value: unknown } {
  return (
    typeof value === "object" && value !== null && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG
  );
}

function unwrapSecrets(inputs: Record<string, unknown>): Pick<Registration, "inputs" | "secretInputs"> {
  const plain: Record<string, unknown> = {};
  const secretInputs: string[] = [];
  for (const [key, value] of Object.entries(inputs)) {
    if (isSecretValue(value)) secretInputs.push(key);
    plain[key] = isSecretValue(value) ? value.value : value;
  }
  return { inputs: plain, secretInputs };
}

/** What the mocked IdentityResolutionJob's create produces, after a short pause standing in for the wait. */
export interface JobBehaviour {
  readonly outputs: Record<string, unknown>;
}

/** How long the mocked job's create takes, in ms: long enough for anything not gated on it to overtake it. */
const JOB_CREATE_MS = 50;

export interface MockedProgramOptions {
  /** The example's directory name, also its Pulumi project name (the config namespace). */
  readonly project: string;
  /** Project config, without the `<project>:` prefix. */
  readonly config: Record<string, string>;
  /** What an IdentityResolutionJob produces under the mocks (required when the program declares one). */
  readonly job?: JobBehaviour;
  readonly preview?: boolean;
}

export interface MockedProgram<T> {
  /** The example module: its exports. */
  readonly program: T;
  /** Every registration so far, in order. */
  readonly registrations: Registration[];
  /** `register <name>` when a registration arrives, `created <name>` when the job's create ends. */
  readonly events: string[];
}

/**
 * Resets the module registry, installs mocks and config on the fresh `@pulumi/pulumi`, then loads
 * the example through `load` (`() => jest.requireActual("../../examples/x")`, called from the
 * test file so the path resolves there), so each test runs the program from the top.
 */
export async function runMocked<T>(load: () => T, options: MockedProgramOptions): Promise<MockedProgram<T>> {
  jest.resetModules();
  // Each fresh copy of @pulumi/pulumi adds process exit listeners; a file loads it once per test.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 64));
  const { runtime } = jest.requireActual<typeof pulumi>("@pulumi/pulumi");
  const registrations: Registration[] = [];
  const events: string[] = [];
  const mocks: pulumi.runtime.Mocks = {
    newResource: async (args) => {
      registrations.push({ type: args.type, name: args.name, ...unwrapSecrets(args.inputs) });
      events.push(`register ${args.name}`);
      if (args.type !== JOB_TYPE) return { id: `${args.name}-id`, state: args.inputs };
      if (!options.job) throw new Error(`${args.name}: no job outputs given to the mocks`);
      const { outputs } = options.job;
      await new Promise((resolve) => setTimeout(resolve, JOB_CREATE_MS));
      events.push(`created ${args.name}`);
      return { id: `${String(outputs.domainName)}/${String(outputs.jobId)}`, state: outputs };
    },
    call: () => ({}),
  };
  await runtime.setMocks(mocks, options.project, "test", options.preview ?? false);
  runtime.setAllConfig(
    Object.fromEntries(
      Object.entries(options.config).map(([key, value]) => [`${options.project}:${key}`, value]),
    ),
  );
  return { program: load(), registrations, events };
}

/** The types registered, sorted, each with its resource name: `type::name`. */
export function registered(registrations: readonly Registration[]): string[] {
  return registrations.map((r) => `${r.type}::${r.name}`).sort();
}

/** The single registration of `type`; fails when there is not exactly one. */
export function onlyOf(registrations: readonly Registration[], type: string): Registration {
  const found = registrations.filter((r) => r.type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, registered ${found.length}`);
  return found[0]!;
}
