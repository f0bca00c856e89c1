import { createHash } from "node:crypto";

/**
 * A SHA-256 digest standing in for secret values in a cache key, so that caches never hold
 * credentials in clear.
 */
export function secretDigest(values: readonly (string | undefined)[]): string {
  return createHash("sha256").update(values.join("\0")).digest("hex");
}
