import type { WaitForOptions } from "../args";

/** Service defaults for polling a batch job that runs for minutes to hours. */
export const WAITER_DEFAULTS = {
  /** Seconds before the second poll; later pauses double up to the maximum, with jitter. */
  minDelay: 15,
  /** Longest pause between polls, in seconds. */
  maxDelay: 120,
} as const;

/** How long `waitFor` waits in total when `timeoutSeconds` is not given (30 minutes). */
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 1800;

/** Polling durations in seconds, in the shape `@smithy/util-waiter` takes. */
export interface WaitTiming {
  readonly maxWaitTime: number;
  readonly minDelay: number;
  readonly maxDelay: number;
}

/**
 * Fills in defaults around what the user set, so that a lone short option still makes sense:
 * `maxDelaySeconds: 5` lowers the default minimum to 5, a short `timeoutSeconds` lowers it
 * below the timeout, and a long `minDelaySeconds` raises the default timeout to twice it. Options the user set together were validated against each other already.
 */
export function resolveTiming(options: WaitForOptions): WaitTiming {
  const maxWaitTime =
    options.timeoutSeconds ?? Math.max(DEFAULT_WAIT_TIMEOUT_SECONDS, 2 * (options.minDelaySeconds ?? 0));
  const minDelay =
    options.minDelaySeconds ??
    Math.min(WAITER_DEFAULTS.minDelay, options.maxDelaySeconds ?? Infinity, maxWaitTime / 2);
  const maxDelay = options.maxDelaySeconds ?? Math.max(WAITER_DEFAULTS.maxDelay, minDelay);
  return { maxWaitTime, minDelay, maxDelay };
}
