import { NetworkError, ServiceError, ThrottledError } from "../errors";

/**
 * Whether a failed poll is worth polling again: throttling, 5xx and network trouble pass; not
 * found, access denied and bad requests will not change by waiting, so they end the wait at once.
 */
export function isTransient(error: Error): boolean {
  if (error instanceof ThrottledError || error instanceof NetworkError) return true;
  return error instanceof ServiceError && (error.httpStatusCode ?? 0) >= 500;
}
