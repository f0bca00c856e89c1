/**
 * Figure 5: finding the newest job (no `jobId`) over 1, 10 and 100 List pages of 100 jobs —
 * requests made and time, which must grow linearly in pages.
 */
import { getIdentityResolutionJob } from "../provider";
import { startEmulator, type RunningEmulator } from "../emulator";
import { useEmulatorAwsEnv } from "./awsEnv";
import { timed } from "./clock";
import { benchCommand, type Figure } from "./figure";
import { BENCH_DOMAIN, benchJobId, seedWithJobs } from "./seeds";
import { fixed, median } from "./stats";

/** Jobs per List page (the library asks for the API's maximum). */
const PAGE_SIZE = 100;
/** Page counts to measure. */
const PAGES = [1, 10, 100] as const;
/** Measured rounds (one lookup of each page count per round). */
const ROUNDS = { quick: 5, full: 15 } as const;
/** Lookups on the 10-page domain before measuring, so the JIT has compiled the paths. */
const WARM_UP = 20;
/** Largest accepted growth of time per page from 10 to 100 pages. */
const TARGET_GROWTH = 1.25;

/** One page count's measurements. */
interface PagesResult {
  readonly pages: number;
  /** Requests of each lookup, when they were all the same; otherwise the first that differed. */
  readonly requests: { list: number; get: number };
  readonly ms: number;
}

/** One domain of `pages` full pages, on its own emulator. */
interface Domain {
  readonly pages: number;
  readonly emulator: RunningEmulator;
  readonly times: number[];
  requests?: { list: number; get: number };
}

/** Runs figure 5. */
export async function newestJob(quick: boolean): Promise<Figure> {
  const rounds = quick ? ROUNDS.quick : ROUNDS.full;
  const domains: Domain[] = [];
  for (const pages of PAGES) {
    domains.push({
      pages,
      emulator: await startEmulator({ seed: seedWithJobs(pages * PAGE_SIZE) }),
      times: [],
    });
  }
  // Every emulator has the same credentials and region; each lookup passes its endpoint.
  const restoreEnv = useEmulatorAwsEnv(domains[0]!.emulator);
  try {
    for (let i = 0; i < WARM_UP; i++) await lookup(domains[1]!);
    for (let round = 0; round < rounds; round++) {
      for (const domain of domains) await measureOnce(domain);
    }
  } finally {
    restoreEnv();
    for (const { emulator } of domains) await emulator.stop();
  }
  const results: PagesResult[] = domains.map((d) => ({
    pages: d.pages,
    requests: d.requests!,
    ms: median(d.times),
  }));
  return summarize(results, rounds, quick);
}

async function lookup(domain: Domain): Promise<void> {
  const jobs = domain.pages * PAGE_SIZE;
  const job = await getIdentityResolutionJob({
    domainName: BENCH_DOMAIN,
    endpoint: domain.emulator.endpoint,
  });
  if (job.jobId !== benchJobId(jobs - 1)) throw new Error(`newest of ${jobs} jobs was ${job.jobId}`);
}

async function measureOnce(domain: Domain): Promise<void> {
  const seen = domain.emulator.requests().length;
  domain.times.push((await timed(() => lookup(domain))).ms);
  const fresh = domain.emulator.requests().slice(seen);
  const counted = {
    list: fresh.filter((r) => r.operation === "ListIdentityResolutionJobs").length,
    get: fresh.filter((r) => r.operation === "GetIdentityResolutionJob").length,
  };
  const exact = counted.list === domain.pages && counted.get === 1;
  if (!domain.requests || !exact) domain.requests = counted;
}

function summarize(results: PagesResult[], rounds: number, quick: boolean): Figure {
  const perPage = (r: PagesResult) => r.ms / r.pages;
  const at = (pages: number) => results.find((r) => r.pages === pages)!;
  const growth = perPage(at(100)) / perPage(at(10));
  const requestsExact = results.every((r) => r.requests.list === r.pages && r.requests.get === 1);
  return {
    id: 5,
    title: "newest-job lookup",
    headline: `${results.map((r) => `${r.pages} p: ${r.requests.list + r.requests.get} req ${fixed(perPage(r), 2)} ms/page`).join(", ")}; per-page growth 10→100 pages ${fixed(growth)}`,
    target: `requests = pages + 1, per-page growth ≤ ${fixed(TARGET_GROWTH)}`,
    ok: requestsExact && growth <= TARGET_GROWTH,
    details: [
      `\`getIdentityResolutionJob({ domainName })\` without \`jobId\` against domains of ${PAGE_SIZE} × pages COMPLETED jobs (one in-process emulator each): it lists every page, picks the greatest JobStartTime and reads that job. ${rounds} rounds of one lookup per domain after ${WARM_UP} warm-up lookups; medians.`,
      "",
      "| pages | jobs | List requests | Get requests | median ms | ms per page |",
      "| --- | --- | --- | --- | --- | --- |",
      ...results.map(
        (r) =>
          `| ${r.pages} | ${r.pages * PAGE_SIZE} | ${r.requests.list} | ${r.requests.get} | ${fixed(r.ms, 1)} | ${fixed(perPage(r), 2)} |`,
      ),
      "",
      `Time per page at 100 pages ÷ at 10 pages: **${fixed(growth)}** (1.00 = exactly linear; the 1-page row also carries the Get). The emulator's List handler copies the domain's job list for every page, so part of any growth is the emulator's.`,
    ],
    command: benchCommand(5, quick),
  };
}
