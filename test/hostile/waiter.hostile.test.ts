// waitUntilIdentityResolutionJobCompleted(params, input) over generated configurations and inputs
// against the emulator: a bad option or input is an InvalidArgumentError naming it (`params`,
// `client`, `maxWaitTime`, `minDelay`, `maxDelay`, `onProgress`, `abortSignal`, `abortController`,
// `acceptPartialSuccess`, `input.DomainName`, `input.JobId`) with no request and no progress call; a
// valid call ends after one poll with the exact SDK response, or the exact named error.
import fc from "fast-check";
import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import {
  JobFailedError,
  JobNotFoundError,
  waitUntilIdentityResolutionJobCompleted,
  type IdentityResolutionJobWaiterConfiguration,
} from "../../provider";
import type { GetIdentityResolutionJobCommandInput } from "@aws-sdk/client-customer-profiles";
import { sdkJob, seededValues, settle, startHostileEmulator, stopHostileEmulator } from "./harness";
import { expectOutcome, type Expected } from "./model";
import { waiterCall, type GeneratedWaiterCall } from "./waiterArbitraries";

const RUNS = 1_000;
const SEED = 20_250_117;

let emulator: RunningEmulator;
let client: CustomerProfilesClient;
beforeAll(async () => {
  emulator = await startHostileEmulator();
  client = new CustomerProfilesClient({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: emulator.credentials,
    maxAttempts: 1,
  });
  // Counterexamples print the client by name, not its whole configuration.
  Object.defineProperty(client, fc.toStringMethod, { value: () => "<emulator client>" });
});
afterAll(async () => {
  client.destroy();
  await stopHostileEmulator(emulator);
});

function expectedWait(call: GeneratedWaiterCall): Expected {
  if (call.failures.size > 0) return { kind: "invalid", properties: call.failures };
  const { DomainName: domainName, JobId: jobId } = call.input as { DomainName: string; JobId: string };
  const params = call.params as { acceptPartialSuccess?: boolean };
  const response = sdkJob(domainName, jobId);
  const details = { operation: "GetIdentityResolutionJob", domainName, jobId };
  if (!response) return { kind: "error", type: JobNotFoundError, details, requests: 1 };
  const status = response.Status as string;
  if (status === "COMPLETED" || (status === "PARTIAL_SUCCESS" && params.acceptPartialSuccess === true)) {
    return { kind: "result", value: { state: "SUCCESS", reason: response }, requests: 1 };
  }
  if (status !== "FAILED" && status !== "PARTIAL_SUCCESS") return { kind: "would wait" };
  const jobMessage = response.Message === undefined ? {} : { jobMessage: response.Message };
  return { kind: "error", type: JobFailedError, details: { ...details, status, ...jobMessage }, requests: 1 };
}

test("waitUntilIdentityResolutionJobCompleted: generated configurations and inputs → InvalidArgumentError with no request, or the exact outcome", async () => {
  let progress: unknown[] = [];
  const onProgress = () => {
    const record = (update: unknown) => void progress.push(update);
    return Object.defineProperty(record, fc.toStringMethod, { value: () => "<onProgress>" });
  };
  const fixtures = { client, onProgress };
  await fc.assert(
    fc.asyncProperty(waiterCall(fixtures, seededValues(emulator.endpoint)), async (call) => {
      const expected = expectedWait(call);
      fc.pre(expected.kind !== "would wait");
      progress = [];
      const before = emulator.requests().length;
      const outcome = await settle(() =>
        waitUntilIdentityResolutionJobCompleted(
          call.params as IdentityResolutionJobWaiterConfiguration,
          call.input as GetIdentityResolutionJobCommandInput,
        ),
      );
      const sent = emulator.requests().length - before;
      if ("value" in outcome) {
        const { $metadata, ...reason } = (
          outcome.value as { reason: { $metadata: { httpStatusCode: number } } }
        ).reason;
        expect($metadata.httpStatusCode).toBe(200);
        expectOutcome({ value: { ...(outcome.value as object), reason } }, expected, sent);
      } else {
        expectOutcome(outcome, expected, sent);
      }
      const withProgress = typeof (call.params as { onProgress?: unknown } | null)?.onProgress === "function";
      expect(progress).toHaveLength(expected.kind !== "invalid" && withProgress ? 1 : 0);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});
