/** Where a job's scripted status progression stands at a given moment. */
import type { SeedTimelineEntry } from "./seed";

/** The current step of a timeline. */
export interface TimelinePosition {
  /** The status served now. */
  readonly status: string;
  /** When this step began, in epoch milliseconds (the timeline's start plus the earlier steps). */
  readonly sinceMs: number;
}

/**
 * Plays `timeline` from `startMs`: each entry lasts its `Seconds`, the last one forever.
 * @returns the step at `nowMs`, or `undefined` when there is no timeline (the job is static).
 * @example
 * timelinePosition([{ Status: "PENDING", Seconds: 2 }, { Status: "COMPLETED" }], 0, 2500);
 * // => { status: "COMPLETED", sinceMs: 2000 }
 */
export function timelinePosition(
  timeline: readonly SeedTimelineEntry[] | undefined,
  startMs: number,
  nowMs: number,
): TimelinePosition | undefined {
  const [first, ...rest] = timeline ?? [];
  if (first === undefined) return undefined;
  let current = first;
  let sinceMs = startMs;
  for (const next of rest) {
    const endMs = sinceMs + (current.Seconds ?? Infinity) * 1000;
    if (nowMs < endMs) break;
    current = next;
    sinceMs = endMs;
  }
  return { status: current.Status, sinceMs };
}
