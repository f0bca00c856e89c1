/** Seconds after which a lookup that has not finished says what it is doing. */
export const SLOW_CALL_SECONDS = 5;

/**
 * Runs `work`; if it is still running after {@link SLOW_CALL_SECONDS}, reports `message` once,
 * so a deployment that pauses on a slow network shows why. The timer lives exactly as long as the
 * call (a shared timer that outlived calls was tried for speed: it fired after jest had torn down
 * a test file, so users testing programs with jest would see warnings).
 */
export async function withSlowNotice<T>(
  work: Promise<T>,
  message: string,
  progress: ((message: string) => void) | undefined,
): Promise<T> {
  if (!progress) return work;
  const timer = setTimeout(
    () => progress(`${message} (still running after ${SLOW_CALL_SECONDS}s)`),
    SLOW_CALL_SECONDS * 1000,
  );
  timer.unref();
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}
