/** Seconds after which a lookup that has not finished says what it is doing. */
export const SLOW_CALL_SECONDS = 5;

/** How often the one shared watch looks for slow calls, in ms: a notice comes 5–6 s in. */
const WATCH_INTERVAL_MS = 1000;

interface Watched {
  readonly due: number;
  readonly report: () => void;
}

// One unref'd interval watches every call in flight, instead of a timer per call: arming and
// clearing a timer on every lookup costs more than the rest of the library's per-call work
// (bench figure 1). The interval stops itself once nothing is being watched.
const watched = new Set<Watched>();
let watch: NodeJS.Timeout | undefined;

function sweep(): void {
  const now = Date.now();
  for (const entry of watched) {
    if (entry.due <= now) {
      watched.delete(entry);
      entry.report();
    }
  }
  if (watched.size === 0) {
    clearInterval(watch);
    watch = undefined;
  }
}

/**
 * Runs `work`; if it is still running after {@link SLOW_CALL_SECONDS}, reports `message` once,
 * so a deployment that pauses on a slow network shows why.
 */
export async function withSlowNotice<T>(
  work: Promise<T>,
  message: string,
  progress: ((message: string) => void) | undefined,
): Promise<T> {
  if (!progress) return work;
  const entry: Watched = {
    due: Date.now() + SLOW_CALL_SECONDS * 1000,
    report: () => progress(`${message} (still running after ${SLOW_CALL_SECONDS}s)`),
  };
  watched.add(entry);
  if (!watch) {
    watch = setInterval(sweep, WATCH_INTERVAL_MS);
    watch.unref();
  }
  try {
    return await work;
  } finally {
    watched.delete(entry);
  }
}
