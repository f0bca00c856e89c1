// listIdentityResolutionJobs over generated arguments against the emulator: invalid input is an
// InvalidArgumentError naming the argument and sends nothing (jobId and waitFor are unknown arguments
// here); valid input gets every seeded job of the domain, filtered and newest first, exactly.
import fc from "fast-check";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { listIdentityResolutionJobs, type ListIdentityResolutionJobsArgs } from "../../provider";
import { lookupArgs } from "./arbitraries";
import { seededValues, settle, startHostileEmulator, stopHostileEmulator } from "./harness";
import { expectedList, expectOutcome } from "./model";

const RUNS = 1_000;
const SEED = 20_250_115;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startHostileEmulator();
});
afterAll(() => stopHostileEmulator(emulator));

test("listIdentityResolutionJobs: generated args → InvalidArgumentError with no request, or the exact list", async () => {
  await fc.assert(
    fc.asyncProperty(lookupArgs("list", seededValues(emulator.endpoint)), async (generated) => {
      const before = emulator.requests().length;
      const outcome = await settle(() =>
        listIdentityResolutionJobs(generated.args as ListIdentityResolutionJobsArgs),
      );
      expectOutcome(outcome, expectedList(generated), emulator.requests().length - before);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});
