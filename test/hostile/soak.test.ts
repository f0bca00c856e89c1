// Soak: many signed requests with the real SDK against one emulator, one after another and then many
// at a time over keep-alive connections. Every answer must be exact, every request logged, and the
// process's heap (the emulator runs in it) must stay bounded. `CP_SOAK=1` (npm run test:soak) makes
// the run long; the default is a short run with the same checks.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  CustomerProfilesClient,
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
} from "@aws-sdk/client-customer-profiles";
import { startEmulator, type RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { HOSTILE_SEED, JOBS, sdkJob, sdkSummaries } from "./harness";

const SOAK = process.env.CP_SOAK === "1";
/** Requests per phase (sequential, then concurrent). */
const PER_PHASE = SOAK ? 40_000 : 1_000;
const CONCURRENCY = 32;
/** Retained heap allowed per request: the emulator keeps one small record of each in `requests()`. */
const MAX_BYTES_PER_REQUEST = 1_536;
/** Retained heap allowed in total, whatever the count. */
const MAX_GROWTH_BYTES = 96 * 1024 * 1024;

const ABSENT = "0".repeat(32);
const NOT_FOUND = { name: "ResourceNotFoundException", message: `Job ${ABSENT} not found in domain alpha` };

// A full collection before each measurement, so the numbers are what is retained, not garbage.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const heapUsed = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

let emulator: RunningEmulator;
let client: CustomerProfilesClient;
beforeAll(async () => {
  emulator = await startEmulator({ seed: HOSTILE_SEED });
  client = new CustomerProfilesClient({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: emulator.credentials,
    maxAttempts: 1,
    requestHandler: { httpAgent: { keepAlive: true, maxSockets: CONCURRENCY } },
  });
});
afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

/** Request `i` of the mix: Get of a COMPLETED job, Get of a FAILED job, List, and a Get that is a 404. */
async function exchange(i: number): Promise<void> {
  const strip = ({ $metadata, ...rest }: { $metadata: { httpStatusCode?: number } }) => {
    expect($metadata.httpStatusCode).toBe(200);
    return rest;
  };
  switch (i % 4) {
    case 0: {
      const input = { DomainName: "alpha", JobId: JOBS.alpha.completed };
      expect(strip(await client.send(new GetIdentityResolutionJobCommand(input)))).toStrictEqual(
        sdkJob("alpha", JOBS.alpha.completed),
      );
      return;
    }
    case 1: {
      const input = { DomainName: "alpha", JobId: JOBS.alpha.failed };
      expect(strip(await client.send(new GetIdentityResolutionJobCommand(input)))).toStrictEqual(
        sdkJob("alpha", JOBS.alpha.failed),
      );
      return;
    }
    case 2: {
      const response = await client.send(new ListIdentityResolutionJobsCommand({ DomainName: "alpha" }));
      expect(strip(response)).toStrictEqual({ IdentityResolutionJobsList: sdkSummaries("alpha") });
      return;
    }
    default: {
      const input = { DomainName: "alpha", JobId: ABSENT };
      const error = await client.send(new GetIdentityResolutionJobCommand(input)).then(
        () => undefined,
        (e: unknown) => e as Error & { $metadata: { httpStatusCode?: number } },
      );
      expect([error?.name, error?.message, error?.$metadata.httpStatusCode]).toStrictEqual([
        NOT_FOUND.name,
        NOT_FOUND.message,
        404,
      ]);
    }
  }
}

test(
  "soak: sequential then concurrent signed SDK requests all answer exactly; heap stays bounded",
  async () => {
    for (let i = 0; i < 200; i++) await exchange(i); // warm-up: connections, SDK caches, JIT
    const logged = emulator.requests().length;
    const baseline = heapUsed();

    for (let i = 0; i < PER_PHASE; i++) await exchange(i);
    const afterSequential = heapUsed();

    for (let start = 0; start < PER_PHASE; start += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, PER_PHASE - start) }, (_, k) => start + k);
      await Promise.all(batch.map(exchange));
    }
    const afterConcurrent = heapUsed();

    const records = emulator.requests().slice(logged);
    expect(records).toHaveLength(2 * PER_PHASE);
    const statuses = new Map<number, number>();
    for (const record of records) statuses.set(record.statusCode, (statuses.get(record.statusCode) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toStrictEqual({
      200: 2 * PER_PHASE - 2 * Math.floor(PER_PHASE / 4),
      404: 2 * Math.floor(PER_PHASE / 4),
    });

    const growth = afterConcurrent - baseline;
    const perRequest = Math.max(0, growth) / (2 * PER_PHASE);
    // Reported so a soak run leaves the numbers behind, not only a verdict.
    process.stdout.write(
      `soak: ${2 * PER_PHASE} requests; heap ${mb(baseline)} → ${mb(afterSequential)} → ${mb(afterConcurrent)} (${Math.round(perRequest)} B/request retained)\n`,
    );
    expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
    expect(perRequest).toBeLessThan(MAX_BYTES_PER_REQUEST);
  },
  SOAK ? 1_800_000 : 120_000,
);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
