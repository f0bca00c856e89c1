/**
 * A virtual clock for one benchmark: while installed, `Date.now`, `setTimeout` and `clearTimeout`
 * run on virtual time. Virtual timers fire in due order, and only when the caller says the
 * process is idle (no request in flight), so waits of minutes pass in milliseconds while every
 * HTTP exchange still happens for real. `new Date()`, `setInterval`, `setImmediate` and Node's
 * internal timers keep real time.
 */

type Callback = (...args: unknown[]) => void;

interface VirtualTimer {
  readonly id: number;
  due: number;
  readonly callback: Callback;
  readonly args: unknown[];
}

/** The handle `setTimeout` returns under the clock: enough of Node's `Timeout` for the SDKs. */
class VirtualTimeout {
  constructor(
    readonly id: number,
    private readonly onRefresh: (id: number) => void,
  ) {}
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return true;
  }
  refresh(): this {
    this.onRefresh(this.id);
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.id;
  }
}

/** An installed virtual clock. */
export interface VirtualClock {
  /** Virtual epoch milliseconds. */
  now(): number;
  /**
   * Runs `work` to completion, firing the earliest virtual timer whenever `idle()` holds on a
   * real-time tick (the clock jumps to that timer's due time).
   */
  drive<T>(work: () => Promise<T>, idle: () => boolean): Promise<T>;
  /** Restores the real `Date.now`, `setTimeout` and `clearTimeout`. */
  uninstall(): void;
}

/** Installs a virtual clock that starts at the real current time. */
export function installVirtualClock(): VirtualClock {
  const real = { now: Date.now, setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  let now = real.now();
  let nextId = 1;
  const timers = new Map<number, VirtualTimer & { delay: number }>();
  const idOf = (handle: unknown) => (handle instanceof VirtualTimeout ? handle.id : Number(handle));

  const fakeSetTimeout = (callback: Callback, delay?: number, ...args: unknown[]): VirtualTimeout => {
    const id = nextId++;
    const ms = Math.max(0, Number(delay) || 0);
    timers.set(id, { id, due: now + ms, delay: ms, callback, args });
    return new VirtualTimeout(id, (refreshed) => {
      const timer = timers.get(refreshed);
      if (timer) timer.due = now + timer.delay;
    });
  };
  const fakeClearTimeout = (handle: unknown): void => {
    if (handle !== undefined && handle !== null) timers.delete(idOf(handle));
  };
  const globals = globalThis as unknown as Record<"setTimeout" | "clearTimeout", unknown>;
  Date.now = () => now;
  globals.setTimeout = fakeSetTimeout;
  globals.clearTimeout = fakeClearTimeout;

  const fireEarliest = () => {
    let earliest: VirtualTimer | undefined;
    for (const timer of timers.values()) {
      if (!earliest || timer.due < earliest.due || (timer.due === earliest.due && timer.id < earliest.id)) {
        earliest = timer;
      }
    }
    if (!earliest) return;
    timers.delete(earliest.id);
    now = Math.max(now, earliest.due);
    earliest.callback(...earliest.args);
  };

  return {
    now: () => now,
    drive: (work, idle) =>
      new Promise((resolve, reject) => {
        let settled = false;
        const tick = () => {
          if (settled) return;
          if (idle()) fireEarliest();
          real.setTimeout(tick, 1);
        };
        work().then(
          (value) => {
            settled = true;
            resolve(value);
          },
          (error: unknown) => {
            settled = true;
            reject(error);
          },
        );
        real.setTimeout(tick, 1);
      }),
    uninstall: () => {
      Date.now = real.now;
      globals.setTimeout = real.setTimeout;
      globals.clearTimeout = real.clearTimeout;
    },
  };
}
