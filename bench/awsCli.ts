/** Figure 3: the tool users would reach for otherwise — one AWS CLI call against one library lookup. */
import { existsSync } from "node:fs";
import { startEmulator } from "../emulator";
import { emulatorAwsEnv } from "./awsEnv";
import { benchCommand, type Figure } from "./figure";
import { awsCliLookup, libraryLookup, timeRotating, timingRow } from "./freshProcess";
import { BENCH_DOMAIN, benchJobId, seedWithJobs } from "./seeds";
import { fixed, median } from "./stats";

/** Processes of each kind (quick, full). */
const ROUNDS = { quick: 10, full: 15 } as const;

/** Runs figure 3 (reported, no target). */
export async function awsCli(quick: boolean): Promise<Figure> {
  if (!existsSync("/usr/bin/aws")) {
    return {
      id: 3,
      title: "versus the AWS CLI",
      headline: "not measured: /usr/bin/aws is missing (apt-get install awscli)",
      details: ["Not measured: `/usr/bin/aws` is missing (`apt-get install awscli`)."],
      command: benchCommand(3, quick),
    };
  }
  const emulator = await startEmulator({ seed: seedWithJobs(1) });
  try {
    const target = { endpoint: emulator.endpoint, domainName: BENCH_DOMAIN, jobId: benchJobId(0) };
    const rounds = quick ? ROUNDS.quick : ROUNDS.full;
    const [cli, library] = await timeRotating(
      [
        { command: awsCliLookup(target, emulator.region), expect: '"COMPLETED"' },
        { command: libraryLookup(target), expect: "COMPLETED" },
      ],
      emulatorAwsEnv(emulator),
      rounds,
    );
    const ratio = median(library!) / median(cli!);
    return {
      id: 3,
      title: "versus the AWS CLI",
      headline: `ratio ${fixed(ratio)} (library ÷ aws CLI; the CLI takes ${fixed(median(cli!) / median(library!), 1)}× as long)`,
      details: [
        `One \`/usr/bin/aws customer-profiles get-identity-resolution-job --endpoint-url …\` (Debian's AWS CLI v2) against one library lookup in a fresh \`node\` process, ${rounds} of each, alternating; same credentials and region from the environment.`,
        "",
        "| process | runs | median ms | range ms |",
        "| --- | --- | --- | --- |",
        timingRow("`aws customer-profiles get-identity-resolution-job`", cli!),
        timingRow("library lookup, fresh `node -e`", library!),
        "",
        `Ratio of medians (library ÷ AWS CLI): **${fixed(ratio)}**. No target: reported for comparison.`,
      ],
      command: benchCommand(3, quick),
    };
  } finally {
    await emulator.stop();
  }
}
