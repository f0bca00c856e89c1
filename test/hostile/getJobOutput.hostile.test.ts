// getIdentityResolutionJobOutput over generated arguments, each member a plain value, an Output or a
// Promise, under Pulumi's runtime mocks: the Output settles exactly as the Promise form would —
// InvalidArgumentError naming the argument with no request, or the exact result.
import fc from "fast-check";
import * as pulumi from "@pulumi/pulumi";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { getIdentityResolutionJobOutput, type GetIdentityResolutionJobOutputArgs } from "../../provider";
import { defineOwn, lookupArgs, type GeneratedArgs } from "./arbitraries";
import { seededValues, startHostileEmulator, stopHostileEmulator, type Settled } from "./harness";
import { expectedGet, expectOutcome } from "./model";

const RUNS = 800;
const SEED = 20_250_116;

type Wrap = "plain" | "output" | "promise";

let emulator: RunningEmulator;
jest.spyOn(pulumi.log, "info").mockResolvedValue(undefined);
beforeAll(async () => {
  await pulumi.runtime.setMocks(
    { newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }), call: (args) => args.inputs },
    "hostile",
    "test",
    false,
  );
  emulator = await startHostileEmulator();
});
afterAll(() => stopHostileEmulator(emulator));

/** Each member of `args` as a plain value, an Output or a Promise, as a program may pass them. */
function asInputs(args: unknown, wraps: readonly Wrap[]): unknown {
  if (typeof args !== "object" || args === null || Array.isArray(args)) return args;
  const inputs: Record<string, unknown> = {};
  Object.entries(args).forEach(([key, value], index) => {
    const wrap = wraps[index % wraps.length];
    defineOwn(
      inputs,
      key,
      wrap === "output" ? pulumi.output(value) : wrap === "promise" ? Promise.resolve(value) : value,
    );
  });
  return inputs;
}

/** `pulumi.output()` rebuilds objects by assignment, so an own `__proto__` member never reaches the library. */
function hasOwnProtoKey(generated: GeneratedArgs): boolean {
  const args = generated.args as Record<string, unknown> | null;
  if (typeof args !== "object" || args === null) return false;
  const waitFor = args.waitFor as Record<string, unknown> | null | undefined;
  return (
    Object.hasOwn(args, "__proto__") ||
    (typeof waitFor === "object" && waitFor !== null && Object.hasOwn(waitFor, "__proto__"))
  );
}

/**
 * The Output's value or failure. A failed Output rejects every promise it holds (value, known,
 * secret, resources); a Pulumi program's language host reports that as the program's error, so a
 * test must settle all of them or Node reports unhandled rejections.
 */
async function settleOutput(output: pulumi.Output<unknown>): Promise<Settled> {
  const internal = output as unknown as {
    promise(): Promise<unknown>;
    isKnown: Promise<boolean>;
    isSecret: Promise<boolean>;
    allResources?: () => Promise<unknown>;
  };
  const [value, ...rest] = await Promise.allSettled([
    internal.promise(),
    internal.isKnown,
    internal.isSecret,
    internal.allResources?.(),
  ]);
  for (const other of rest) {
    if (other.status === "rejected" && value.status === "rejected") expect(other.reason).toBe(value.reason);
  }
  return value.status === "fulfilled" ? { value: value.value } : { error: value.reason };
}

test("getIdentityResolutionJobOutput: generated inputs → the Output fails with InvalidArgumentError and no request, or holds the exact result", async () => {
  const generatedArgs = lookupArgs("get", seededValues(emulator.endpoint)).filter((g) => !hasOwnProtoKey(g));
  const wraps = fc.array(fc.constantFrom<Wrap>("plain", "output", "promise"), {
    minLength: 1,
    maxLength: 13,
  });
  await fc.assert(
    fc.asyncProperty(generatedArgs, wraps, async (generated, wrapping) => {
      const expected = expectedGet(generated);
      fc.pre(expected.kind !== "would wait");
      const before = emulator.requests().length;
      const inputs = asInputs(generated.args, wrapping) as GetIdentityResolutionJobOutputArgs;
      const outcome = await settleOutput(getIdentityResolutionJobOutput(inputs));
      expectOutcome(outcome, expected, emulator.requests().length - before);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});
