// Shared by the reliability tests: a recorder for unhandled rejections on the real process, and a
// bound on how long any one call may take, so a hang fails with its name instead of a jest timeout.
import { runInThisContext } from "node:vm";

/** Unhandled rejections seen since {@link recordUnhandledRejections} was called. */
export interface RejectionRecorder {
  readonly seen: readonly unknown[];
  stop(): void;
}

/**
 * Records every unhandled rejection of the process. Jest gives each test file a copy of `process`
 * whose events never fire, and routes the real process's 'unhandledRejection' to its own handler;
 * the listener goes on the real process (reached through the host context) so that nothing a
 * library leaves rejecting in the background can go unnoticed. Call it inside `beforeAll`, after
 * jest has installed its own handlers.
 */
export function recordUnhandledRejections(): RejectionRecorder {
  const host = runInThisContext("process") as NodeJS.Process;
  const seen: unknown[] = [];
  const record = (reason: unknown) => {
    seen.push(reason);
  };
  host.on("unhandledRejection", record);
  return { seen, stop: () => void host.off("unhandledRejection", record) };
}

/** `work`, or a rejection naming `what` once `limitMs` pass: a hang becomes a clear failure. */
export async function bounded<T>(work: Promise<T>, limitMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${limitMs} ms`)), limitMs);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** How a call ended: its value, or its error's class name and message. */
export type Settled<T> = { ok: true; value: T } | { ok: false; name: string; message: string; error: Error };

/** Settles `work` into a {@link Settled} (never rejects for an Error). */
export async function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (error: Error) => ({ ok: false as const, name: error.name, message: error.message, error }),
  );
}
