/**
 * Figure 6: how many GetIdentityResolutionJob calls `waitUntilIdentityResolutionJobCompleted` makes
 * with its default delays (first pause 15 s, at most 120 s) for jobs that complete after T = 10,
 * 60 and 600 s — on a virtual clock, so each wait takes milliseconds.
 */
import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { HttpResponse } from "@smithy/protocol-http";
import { waitUntilIdentityResolutionJobCompleted, WAITER_DEFAULTS } from "../provider";
import { startEmulator, type RunningEmulator } from "../emulator";
import { benchCommand, type Figure } from "./figure";
import { BENCH_DOMAIN, benchJobId } from "./seeds";
import { fixed, median, range } from "./stats";
import { installVirtualClock, type VirtualClock } from "./virtualClock";

/** Seconds after which the jobs complete. */
const COMPLETE_AFTER = [10, 60, 600] as const;
/** Waits per T (the delays are jittered, so calls vary). */
const RUNS = { quick: 10, full: 50 } as const;
/** The wait's deadline: the library's default `waitFor.timeoutSeconds`. */
const MAX_WAIT_SECONDS = 1800;

/** The outcome of the waits for one T. */
interface WaitResult {
  readonly seconds: number;
  readonly calls: number[];
  /** Virtual seconds between the job completing and the wait returning. */
  readonly lateBy: number[];
}

/** Runs figure 6 (reported, no target). */
export async function waiting(quick: boolean): Promise<Figure> {
  const runs = quick ? RUNS.quick : RUNS.full;
  const clock = installVirtualClock();
  try {
    const emulator = await startEmulator({
      seed: { domains: { [BENCH_DOMAIN]: { jobs: [] } } },
      now: clock.now,
    });
    let inFlight = 0;
    const client = instrumentedClient(emulator.endpoint, emulator.region, emulator.credentials, {
      started: () => inFlight++,
      finished: () => inFlight--,
    });
    try {
      const results: WaitResult[] = [];
      let serial = 0;
      for (const seconds of COMPLETE_AFTER) {
        const result: WaitResult = { seconds, calls: [], lateBy: [] };
        for (let run = 0; run < runs; run++) {
          const jobId = benchJobId(0xa000 + serial++);
          const waited = await waitOnce(clock, () => inFlight === 0, emulator, client, jobId, seconds);
          result.calls.push(emulator.requests().filter((r) => r.jobId === jobId).length);
          result.lateBy.push(waited - seconds);
        }
        results.push(result);
      }
      return summarize(results, runs, quick);
    } finally {
      client.destroy();
      await emulator.stop();
    }
  } finally {
    clock.uninstall();
  }
}

/** Adds a job that completes `seconds` from now, waits for it, and returns the virtual seconds waited. */
async function waitOnce(
  clock: VirtualClock,
  idle: () => boolean,
  emulator: RunningEmulator,
  client: CustomerProfilesClient,
  jobId: string,
  seconds: number,
): Promise<number> {
  const pending = Math.min(5, seconds / 2);
  emulator.putJob(BENCH_DOMAIN, {
    JobId: jobId,
    Timeline: [
      { Status: "PENDING", Seconds: pending },
      { Status: "FIND_MATCHING", Seconds: seconds - pending },
      { Status: "COMPLETED" },
    ],
  });
  const start = clock.now();
  const result = await clock.drive(
    () =>
      waitUntilIdentityResolutionJobCompleted(
        { client, maxWaitTime: MAX_WAIT_SECONDS },
        { DomainName: BENCH_DOMAIN, JobId: jobId },
      ),
    idle,
  );
  if (result.reason.Status !== "COMPLETED") throw new Error(`wait ended with ${result.reason.Status}`);
  return (clock.now() - start) / 1000;
}

/**
 * A client for the emulator that reports requests in flight (the clock only jumps between them)
 * and drops the response's `Date` header: it carries real time, and the SDK would otherwise
 * "correct" its virtual signing clock to it.
 */
function instrumentedClient(
  endpoint: string,
  region: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  track: { started: () => void; finished: () => void },
): CustomerProfilesClient {
  const client = new CustomerProfilesClient({ endpoint, region, credentials: { ...credentials } });
  client.middlewareStack.add(
    (next) => async (args) => {
      track.started();
      try {
        return await next(args);
      } finally {
        track.finished();
      }
    },
    { step: "initialize", priority: "high", name: "benchInFlight" },
  );
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      if (HttpResponse.isInstance(out.response)) {
        delete out.response.headers.date;
        delete out.response.headers.Date;
      }
      return out;
    },
    { step: "deserialize", priority: "low", name: "benchDropDateHeader" },
  );
  return client;
}

function summarize(results: WaitResult[], runs: number, quick: boolean): Figure {
  const callsText = (r: WaitResult) => {
    const { min, max } = range(r.calls);
    return min === max ? `${min}` : `${fixed(median(r.calls), 0)} (${min}–${max})`;
  };
  return {
    id: 6,
    title: "waiting",
    headline: `API calls ${results.map((r) => `T=${r.seconds}s: ${callsText(r)}`).join(", ")}`,
    details: [
      `\`waitUntilIdentityResolutionJobCompleted({ client, maxWaitTime: ${MAX_WAIT_SECONDS} }, …)\` with the default delays (minDelay ${WAITER_DEFAULTS.minDelay} s, maxDelay ${WAITER_DEFAULTS.maxDelay} s, jittered by \`@smithy/util-waiter\`) on a job whose timeline reaches COMPLETED after T seconds. The bench process runs on a virtual clock (\`Date.now\`/\`setTimeout\`, also driving the emulator's timeline), jumping to the next timer whenever no request is in flight; every poll is a real HTTP request. ${runs} waits per T; calls counted by the emulator.`,
      "",
      "| T (s) | waits | API calls: median | min | max | returned after T by, median s | max s |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...results.map((r) => {
        const calls = range(r.calls);
        return `| ${r.seconds} | ${r.calls.length} | ${fixed(median(r.calls), 0)} | ${calls.min} | ${calls.max} | ${fixed(median(r.lateBy), 1)} | ${fixed(range(r.lateBy).max, 1)} |`;
      }),
    ],
    command: benchCommand(6, quick),
  };
}
