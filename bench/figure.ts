/** What every benchmark returns: one headline figure plus the details the report shows. */

/** The outcome of one benchmark. */
export interface Figure {
  /** The figure's number in the issue (1–6). */
  readonly id: number;
  /** Short name, e.g. "warm lookup overhead". */
  readonly title: string;
  /** The headline, e.g. "ratio 1.04". */
  readonly headline: string;
  /** The target, e.g. "≤ 1.10"; absent for figures that are only reported. */
  readonly target?: string;
  /** Whether the target was met; absent when there is no target. */
  readonly ok?: boolean;
  /** Markdown lines (tables, notes) for bench/RESULTS.md. */
  readonly details: readonly string[];
  /** The command that reproduces this figure alone. */
  readonly command: string;
}

/** The one-line summary, e.g. `1 warm lookup overhead: ratio 1.04 (target ≤ 1.10) ok`. */
export function figureLine(figure: Figure): string {
  const target = figure.target ? ` (target ${figure.target})` : "";
  const verdict = figure.ok === undefined ? "info" : figure.ok ? "ok" : "MISSED";
  return `${figure.id} ${figure.title}: ${figure.headline}${target} ${verdict}`;
}

/** The command that reproduces figure `id`, in quick or full mode. */
export function benchCommand(id: number, quick: boolean): string {
  return `npm run bench -- --only ${id}${quick ? " --quick" : ""}`;
}
