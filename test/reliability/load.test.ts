// Load: 1,000 concurrent lookups against an emulator that serves at most a fixed rate (its
// throttle, a token bucket) and answers the rest with 429 ThrottlingException, as a rate-limited
// AWS API does. Every lookup must come back with the exact job after bounded retries, nothing
// may be left rejecting, and memory must not grow from one round of lookups to the next.
//
// Why maxAttempts 10: 1,000 lookups at 100 requests/s need at least 10 s of the bucket's tokens,
// so most lookups must wait that long. The SDK's standard retry waits a random time up to
// 1 s × 2^(retry) (20 s at most) after a throttle: with 3 attempts (the default) a lookup gives up
// after about 1.5 s of expected waiting; with 10 its retries can span a minute or more, well
// beyond the 10 s the batch needs, while still ending for sure.
//
// CP_SOAK=1 runs the long variant: 10 rounds (10,000 lookups) instead of 1, and 10 heap rounds.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import * as pulumi from "@pulumi/pulumi";
import { getIdentityResolutionJob } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf } from "../emulator/helpers";
import { credentialVariables, emulatorArgs, setEnvironment } from "../wire/support";
import { bounded, recordUnhandledRejections, settle, type RejectionRecorder } from "./support";

const SOAK = process.env.CP_SOAK === "1";
const CONCURRENT = 1_000;
const ROUNDS = SOAK ? 10 : 1;
const HEAP_ROUNDS = SOAK ? 10 : 3;
const THROTTLE = { requestsPerSecond: 100, burst: 20 };
const MAX_ATTEMPTS = 10;
/** Heap growth allowed from the first measured round to any later one, after a full GC. */
const HEAP_BOUND_BYTES = 64 * 1024 * 1024;

jest.setTimeout((SOAK ? 60 : 6) * 60_000);

const DOMAIN = "load";
const JOB_COUNT = 50;
const jobs = Array.from({ length: JOB_COUNT }, (_, i) => ({
  JobId: jobIdOf(0x10ad00 + i),
  Status: i % 2 ? "COMPLETED" : "MERGING",
  JobStartTime: 1767225600 + i,
}));
/** The exact result for lookup `i` (lookups cycle through the jobs). */
const expectedFor = (i: number) => {
  const job = jobs[i % JOB_COUNT]!;
  return {
    domainName: DOMAIN,
    jobId: job.JobId,
    status: job.Status,
    jobStartTime: new Date(job.JobStartTime * 1000).toISOString(),
  };
};

let rejections: RejectionRecorder;
let restoreEnvironment: (() => void) | undefined;
let info: jest.SpyInstance;
const running: RunningEmulator[] = [];

beforeAll(() => {
  rejections = recordUnhandledRejections();
  // Lookups slower than 5 s say so through Pulumi's log; count them instead of printing 1,000 lines.
  info = jest.spyOn(pulumi.log, "info").mockImplementation(async () => undefined);
});

afterAll(async () => {
  info.mockRestore();
  restoreEnvironment?.();
  rejections.stop();
  await Promise.all(running.map((emulator) => emulator.stop()));
});

async function throttledEmulator(): Promise<RunningEmulator> {
  const emulator = await startEmulator({ throttle: THROTTLE, seed: { domains: { [DOMAIN]: { jobs } } } });
  running.push(emulator);
  restoreEnvironment ??= setEnvironment(credentialVariables(emulator.credentials));
  return emulator;
}

/** One round: `CONCURRENT` lookups started at once; every outcome, and what the emulator saw. */
async function round(emulator: RunningEmulator) {
  const from = emulator.requests().length;
  const notices = info.mock.calls.length;
  const started = Date.now();
  const outcomes = await bounded(
    Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        settle(
          getIdentityResolutionJob({
            domainName: DOMAIN,
            jobId: jobs[i % JOB_COUNT]!.JobId,
            maxAttempts: MAX_ATTEMPTS,
            ...emulatorArgs(emulator),
          }),
        ),
      ),
    ),
    5 * 60_000,
    `${CONCURRENT} concurrent lookups`,
  );
  const requests = emulator.requests().slice(from);
  const stats = {
    ms: Date.now() - started,
    requests: requests.length,
    throttled: requests.filter((r) => r.statusCode === 429).length,
    retries: requests.length - CONCURRENT,
    failed: outcomes.filter((o) => !o.ok).length,
    slowNotices: info.mock.calls.length - notices,
  };
  return { outcomes, stats };
}

test(`${ROUNDS * CONCURRENT} lookups in rounds of ${CONCURRENT} concurrent, throttled at ${THROTTLE.requestsPerSecond}/s: every one returns its exact job`, async () => {
  const emulator = await throttledEmulator();
  for (let r = 1; r <= ROUNDS; r += 1) {
    const { outcomes, stats } = await round(emulator);
    console.log(
      `load round ${r}/${ROUNDS}: ${CONCURRENT} lookups in ${stats.ms} ms, ${stats.requests} requests ` +
        `(${stats.retries} retries, ${stats.throttled} answered 429), ${stats.failed} failed, ` +
        `${stats.slowNotices} slow-lookup notices; maxAttempts ${MAX_ATTEMPTS}`,
    );
    const failures = outcomes.flatMap((o) => (o.ok ? [] : [`${o.name}: ${o.message}`]));
    expect({ failed: failures.length, first: failures[0] }).toStrictEqual({ failed: 0, first: undefined });
    expect(outcomes.map((o) => (o.ok ? o.value : undefined))).toStrictEqual(
      Array.from({ length: CONCURRENT }, (_, i) => expectedFor(i)),
    );
    // Every throttled request was retried, and no lookup took more than maxAttempts requests.
    expect(stats.requests).toBe(CONCURRENT + stats.throttled);
    expect(stats.requests).toBeLessThanOrEqual(CONCURRENT * MAX_ATTEMPTS);
  }
  expect(rejections.seen).toStrictEqual([]);
});

test(`heap after ${HEAP_ROUNDS} rounds of ${CONCURRENT} throttled lookups stays within 64 MiB of the first round's`, async () => {
  const emulator = await throttledEmulator();
  const collect = fullGc();
  const heapAfter: number[] = [];
  const failedByClass = new Map<string, number>();
  for (let r = 1; r <= HEAP_ROUNDS; r += 1) {
    const { outcomes, stats } = await round(emulator);
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.ok) expect(outcome.value).toStrictEqual(expectedFor(i));
      else failedByClass.set(outcome.name, (failedByClass.get(outcome.name) ?? 0) + 1);
    }
    collect?.();
    heapAfter.push(process.memoryUsage().heapUsed);
    console.log(
      `heap round ${r}/${HEAP_ROUNDS}: ${(heapAfter[r - 1]! / 2 ** 20).toFixed(1)} MiB after ${collect ? "a full GC" : "no forced GC"}; ` +
        `${stats.requests} requests in ${stats.ms} ms, ${stats.failed} failed`,
    );
  }
  // Whether every lookup succeeds is the test above (failures are listed there in full); here
  // memory must not track the number of lookups made, whatever their outcome.
  console.log(`heap rounds: failures by class ${JSON.stringify(Object.fromEntries(failedByClass))}`);
  const growth = Math.max(...heapAfter.slice(1)) - heapAfter[0]!;
  console.log(`heap growth after round 1: ${(growth / 2 ** 20).toFixed(1)} MiB (bound 64 MiB)`);
  expect(growth).toBeLessThanOrEqual(HEAP_BOUND_BYTES);
  expect(rejections.seen).toStrictEqual([]);
});

/**
 * A full garbage collection, so heap figures measure what is retained rather than when the
 * collector last ran. `gc` is exposed to contexts created after the flag is set.
 */
function fullGc(): (() => void) | undefined {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("typeof gc === 'function' ? gc : undefined") as (() => void) | undefined;
  return gc;
}
