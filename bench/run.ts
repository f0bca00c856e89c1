/**
 * `npm run bench [-- --quick] [-- --only N[,N…]]`: runs the benchmarks and prints one line per
 * figure. The full run (no --quick, no --only) also writes bench/RESULTS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensurePulumiCli, REPO_ROOT } from "../scripts/localEngine";
import { awsCli } from "./awsCli";
import { coldStart } from "./coldStart";
import { engineScale } from "./engineScale";
import { figureLine, type Figure } from "./figure";
import { FINDINGS } from "./findings";
import { machineInfo } from "./machine";
import { newestJob } from "./newestJob";
import { ALL_FIGURES, parseOptions } from "./options";
import { writeReport } from "./report";
import { waiting } from "./waiting";
import { warmOverhead } from "./warmOverhead";

type Benchmark = (quick: boolean) => Promise<Figure>;

const BENCHMARKS: Record<number, Benchmark> = {
  1: warmOverhead,
  2: coldStart,
  3: awsCli,
  4: engineScale,
  5: newestJob,
  6: waiting,
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const full = !options.quick && options.only.length === 0;
  const ids = options.only.length > 0 ? options.only : ALL_FIGURES;
  // The SDK's notice that future releases need Node 22 would interleave with the figures.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const binDir = ids.includes(4) ? ensurePulumiCli() : undefined;
  const machine = machineInfo(binDir);
  const started = process.hrtime.bigint();
  const figures: Figure[] = [];
  for (const id of ids) {
    const figure = await BENCHMARKS[id]!(options.quick);
    console.log(figureLine(figure));
    figures.push(figure);
  }
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const out = path.join(REPO_ROOT, "bench", "out");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, `last-${options.quick ? "quick" : "full"}.json`),
    `${JSON.stringify({ machine, elapsedSeconds, figures }, null, 2)}\n`,
  );
  if (full) {
    const file = path.join(REPO_ROOT, "bench", "RESULTS.md");
    writeReport(file, { machine, figures, findings: FINDINGS, elapsedSeconds });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
