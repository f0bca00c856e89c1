import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";

/**
 * Most calls one client runs at once (the SDK's own socket limit). Beyond it calls queue here,
 * before the SDK's retry loop, so a burst of lookups against a throttling endpoint does not
 * spend the client's whole retry budget in one go.
 */
export const MAX_CALLS_IN_FLIGHT = 50;

/** Makes every call through `client` (retries included) wait for one of `limit` slots. */
export function limitConcurrency(client: CustomerProfilesClient, limit = MAX_CALLS_IN_FLIGHT): void {
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (active < limit) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  // A freed slot passes straight to the next caller in line.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  client.middlewareStack.add(
    (next) => async (args) => {
      await acquire();
      try {
        return await next(args);
      } finally {
        release();
      }
    },
    { step: "initialize", name: "identityResolutionConcurrencyLimit" },
  );
}
