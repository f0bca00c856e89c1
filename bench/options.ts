/** Command-line options of `npm run bench`. */

/** What to run. */
export interface BenchOptions {
  /** The CI mode: fewer sizes and repetitions, under three minutes. */
  readonly quick: boolean;
  /** The figures to run (1–6); all of them when empty. */
  readonly only: readonly number[];
}

/** Every figure number. */
export const ALL_FIGURES = [1, 2, 3, 4, 5, 6] as const;

/**
 * Parses `--quick` and `--only 1,4` (or `--only=1,4`).
 * @throws Error naming an unknown flag or figure.
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  const only: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--quick") quick = true;
    else if (arg === "--only" || arg.startsWith("--only=")) {
      const list = arg === "--only" ? argv[++i] : arg.slice("--only=".length);
      for (const part of (list ?? "").split(",")) {
        const id = Number(part);
        if (!(ALL_FIGURES as readonly number[]).includes(id)) {
          throw new Error(`--only takes figure numbers 1-6 separated by commas, not '${list ?? ""}'`);
        }
        only.push(id);
      }
    } else throw new Error(`unknown option '${arg}' (use --quick and/or --only N[,N…])`);
  }
  return { quick, only };
}
