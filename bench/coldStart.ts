/** Figure 2: a fresh Node process doing one lookup via the library against one via the raw SDK. */
import { startEmulator } from "../emulator";
import { emulatorAwsEnv } from "./awsEnv";
import { benchCommand, type Figure } from "./figure";
import { emptyNode, libraryLookup, rawSdkLookup, timeRotating, timingRow } from "./freshProcess";
import { BENCH_DOMAIN, benchJobId, seedWithJobs } from "./seeds";
import { fixed, median } from "./stats";

/** Processes of each kind (quick, full). */
const ROUNDS = { quick: 10, full: 20 } as const;
/** The target ratio of median library process time to median raw SDK process time. */
const TARGET = 1.2;

/** Runs figure 2. */
export async function coldStart(quick: boolean): Promise<Figure> {
  const emulator = await startEmulator({ seed: seedWithJobs(1) });
  try {
    const target = { endpoint: emulator.endpoint, domainName: BENCH_DOMAIN, jobId: benchJobId(0) };
    const rounds = quick ? ROUNDS.quick : ROUNDS.full;
    const [library, raw, empty] = await timeRotating(
      [
        { command: libraryLookup(target), expect: "COMPLETED" },
        { command: rawSdkLookup(target), expect: "COMPLETED" },
        { command: emptyNode(), expect: "" },
      ],
      emulatorAwsEnv(emulator),
      rounds,
    );
    const ratio = median(library!) / median(raw!);
    return {
      id: 2,
      title: "cold start",
      headline: `ratio ${fixed(ratio)}`,
      target: `≤ ${fixed(TARGET)}`,
      ok: ratio <= TARGET,
      details: [
        `Wall time from spawn to exit of \`node -e\` scripts, ${rounds} of each, rotating the order every round; credentials and region from the environment, endpoint passed explicitly.`,
        "",
        "| process | runs | median ms | range ms |",
        "| --- | --- | --- | --- |",
        timingRow(
          'library: `require("@customer-profiles/identity-resolution").getIdentityResolutionJob(…)`',
          library!,
        ),
        timingRow(
          "raw SDK: `new CustomerProfilesClient(…).send(new GetIdentityResolutionJobCommand(…))`",
          raw!,
        ),
        timingRow('empty `node -e ""` (floor, for reference)', empty!),
        "",
        `Ratio of medians (library ÷ raw SDK): **${fixed(ratio)}**.`,
      ],
      command: benchCommand(2, quick),
    };
  } finally {
    await emulator.stop();
  }
}
