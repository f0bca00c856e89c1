/** A fixed-rate throttle: a token bucket that answers 429 ThrottlingException once it runs dry. */
import { invalid } from "./shape";

/** How fast the emulator serves authenticated requests before it throttles. */
export interface ThrottleOptions {
  /** Requests per second the bucket refills with (positive, may be fractional). */
  readonly requestsPerSecond: number;
  /**
   * Requests the bucket holds when full: how many may arrive at once before throttling starts.
   * @default 1
   */
  readonly burst?: number;
}

/**
 * A token bucket on the real monotonic clock (never the timeline clock: a virtual clock must not
 * change how fast a client may call). Starts full; each admitted request takes one token.
 */
export class RateThrottle {
  private readonly rate: number;
  private readonly burst: number;
  private tokens: number;
  private lastMs: number;

  constructor(
    options: ThrottleOptions,
    private readonly clockMs: () => number = () => performance.now(),
  ) {
    const { requestsPerSecond, burst = 1 } = checkThrottle(options);
    this.rate = requestsPerSecond;
    this.burst = burst;
    this.tokens = burst;
    this.lastMs = this.clockMs();
  }

  /** Takes a token for one request; `false` means the request must be throttled. */
  admit(): boolean {
    const nowMs = this.clockMs();
    this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.lastMs) / 1000) * this.rate);
    this.lastMs = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

function checkThrottle(options: ThrottleOptions): ThrottleOptions {
  if (typeof options !== "object" || options === null) {
    invalid("throttle", options, "an object such as { requestsPerSecond: 100, burst: 10 }");
  }
  const { requestsPerSecond, burst } = options;
  if (
    typeof requestsPerSecond !== "number" ||
    !Number.isFinite(requestsPerSecond) ||
    requestsPerSecond <= 0
  ) {
    invalid("throttle.requestsPerSecond", requestsPerSecond, "a positive number");
  }
  if (burst !== undefined && (!Number.isInteger(burst) || burst < 1)) {
    invalid("throttle.burst", burst, "a positive integer");
  }
  return options;
}
