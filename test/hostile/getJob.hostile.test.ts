// getIdentityResolutionJob over generated arguments against the emulator: invalid input is an
// InvalidArgumentError naming the argument and sends nothing; valid input gets the seeded job exactly
// (or the exact named error for absent domains and jobs, failed waits, empty filters).
import fc from "fast-check";
import * as pulumi from "@pulumi/pulumi";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { getIdentityResolutionJob, type GetIdentityResolutionJobArgs } from "../../provider";
import { lookupArgs } from "./arbitraries";
import { seededValues, settle, startHostileEmulator, stopHostileEmulator } from "./harness";
import { expectedGet, expectOutcome } from "./model";

const RUNS = 2_000;
const SEED = 20_250_113;

let emulator: RunningEmulator;
// Waits report progress through Pulumi's log; keep it out of the test output.
jest.spyOn(pulumi.log, "info").mockResolvedValue(undefined);
beforeAll(async () => {
  emulator = await startHostileEmulator();
});
afterAll(() => stopHostileEmulator(emulator));

test("getIdentityResolutionJob: generated args → InvalidArgumentError with no request, or the exact result", async () => {
  const args = lookupArgs("get", seededValues(emulator.endpoint));
  await fc.assert(
    fc.asyncProperty(args, async (generated) => {
      const expected = expectedGet(generated);
      fc.pre(expected.kind !== "would wait");
      const before = emulator.requests().length;
      const outcome = await settle(() =>
        getIdentityResolutionJob(generated.args as GetIdentityResolutionJobArgs),
      );
      expectOutcome(outcome, expected, emulator.requests().length - before);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});
