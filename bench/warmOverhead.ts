/**
 * Figure 1: the library's per-call cost on a warm process — `getIdentityResolutionJob` against a raw
 * `GetIdentityResolutionJobCommand` on one reused SDK client, interleaved, after a warm-up.
 */
import { CustomerProfilesClient, GetIdentityResolutionJobCommand } from "@aws-sdk/client-customer-profiles";
import { getIdentityResolutionJob } from "../provider";
import { startEmulator } from "../emulator";
import { useEmulatorAwsEnv } from "./awsEnv";
import { msSince } from "./clock";
import { benchCommand, type Figure } from "./figure";
import { BENCH_DOMAIN, benchJobId, seedWithJobs } from "./seeds";
import { fixed, median, quantile, range } from "./stats";

/** Calls of each kind before measuring. */
const WARM_UP = 400;
/** Blocks of measured calls: the headline is the median of the blocks' ratios. */
const BLOCKS = 5;
/** Measured calls of each kind per block (the issue asks for medians over at least 500). */
const CALLS_PER_BLOCK = 500;
/** The target ratio of median library time to median raw SDK time. */
const TARGET = 1.1;

/** Runs figure 1. */
export async function warmOverhead(quick: boolean): Promise<Figure> {
  const emulator = await startEmulator({ seed: seedWithJobs(1) });
  const restoreEnv = useEmulatorAwsEnv(emulator);
  try {
    const jobId = benchJobId(0);
    const raw = new CustomerProfilesClient({ endpoint: emulator.endpoint, region: emulator.region });
    const viaRaw = async () => {
      const out = await raw.send(
        new GetIdentityResolutionJobCommand({ DomainName: BENCH_DOMAIN, JobId: jobId }),
      );
      if (out.Status !== "COMPLETED") throw new Error(`raw SDK read status ${out.Status}`);
    };
    const viaLibrary = async () => {
      const job = await getIdentityResolutionJob({
        domainName: BENCH_DOMAIN,
        jobId,
        endpoint: emulator.endpoint,
      });
      if (job.status !== "COMPLETED") throw new Error(`library read status ${job.status}`);
    };
    for (let i = 0; i < WARM_UP; i++) {
      await viaLibrary();
      await viaRaw();
    }
    const library: number[] = [];
    const sdk: number[] = [];
    const blockRatios: number[] = [];
    for (let block = 0; block < BLOCKS; block++) {
      const libraryBlock: number[] = [];
      const sdkBlock: number[] = [];
      for (let i = 0; i < CALLS_PER_BLOCK; i++) {
        // Alternate which goes first, so neither always runs right after the other.
        const order = i % 2 === 0 ? ([viaLibrary, viaRaw] as const) : ([viaRaw, viaLibrary] as const);
        for (const call of order) {
          const start = process.hrtime.bigint();
          await call();
          (call === viaLibrary ? libraryBlock : sdkBlock).push(msSince(start));
        }
      }
      blockRatios.push(median(libraryBlock) / median(sdkBlock));
      library.push(...libraryBlock);
      sdk.push(...sdkBlock);
    }
    raw.destroy();
    const ratio = median(blockRatios);
    const spread = range(blockRatios);
    const row = (name: string, xs: number[]) =>
      `| ${name} | ${xs.length} | ${fixed(median(xs), 3)} | ${fixed(quantile(xs, 0.9), 3)} |`;
    return {
      id: 1,
      title: "warm lookup overhead",
      headline: `ratio ${fixed(ratio, 3)}`,
      target: `≤ ${fixed(TARGET)}`,
      ok: ratio <= TARGET,
      details: [
        `${BLOCKS} blocks of ${CALLS_PER_BLOCK} interleaved calls of each kind, after ${WARM_UP} warm-up calls each, in one process, emulator in-process on loopback. Each block gives a ratio of medians; the figure is the median of the blocks' ratios, so a burst of load on the machine during one block does not decide it.`,
        "",
        "| call | calls | median ms | p90 ms |",
        "| --- | --- | --- | --- |",
        row("`getIdentityResolutionJob`", library),
        row("raw `GetIdentityResolutionJobCommand`, reused client", sdk),
        "",
        `Block ratios: ${blockRatios.map((r) => fixed(r, 3)).join(", ")} (${fixed(spread.min, 3)}–${fixed(spread.max, 3)}). Median: **${fixed(ratio, 3)}**; ratio of the medians over all calls: ${fixed(median(library) / median(sdk), 3)}.`,
      ],
      command: benchCommand(1, quick),
    };
  } finally {
    restoreEnv();
    await emulator.stop();
  }
}
