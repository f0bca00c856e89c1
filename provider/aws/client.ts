import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import type { ResolvedAccess } from "./access";
import { limitConcurrency } from "./concurrencyLimit";
import { buildCredentials } from "./credentials";
import { secretDigest } from "./secretDigest";

/** A client plus what its credentials have produced, for scrubbing messages. */
export interface ClientHandle {
  readonly client: CustomerProfilesClient;
  readonly region: string;
  readonly secrets: () => readonly string[];
}

const clients = new Map<string, ClientHandle>();

/**
 * One client per configuration for the life of the process: lookups in one program or provider
 * share connections and cached credentials instead of paying for them per call.
 */
export function clientFor(access: ResolvedAccess): ClientHandle {
  const key = cacheKey(access);
  let handle = clients.get(key);
  if (!handle) {
    handle = createClient(access);
    clients.set(key, handle);
  }
  return handle;
}

function createClient(access: ResolvedAccess): ClientHandle {
  // The SDK warns on every Node 20 process that future releases need Node 22; that notice is
  // noise in `pulumi up` output. An explicit setting by the user is left alone.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const credentials = buildCredentials(access);
  const client = new CustomerProfilesClient({
    region: access.region,
    ...(access.endpoint ? { endpoint: access.endpoint } : {}),
    ...(access.profile ? { profile: access.profile } : {}),
    credentials: credentials.provider,
    maxAttempts: access.maxAttempts,
    // Standard retries plus client-side rate limiting once AWS throttles, so a burst of lookups
    // slows down instead of draining the shared retry budget.
    retryMode: "adaptive",
    requestHandler: {
      requestTimeout: access.requestTimeoutMs,
      connectionTimeout: access.requestTimeoutMs,
      // Without this the SDK only logs a slow request and keeps waiting for it.
      throwOnRequestTimeout: true,
    },
    customUserAgent: "pulumi-customer-profiles-identity-resolution",
  });
  limitConcurrency(client);
  return { client, region: access.region, secrets: credentials.secrets };
}

// Secrets take part in the key only as a digest, so the map never holds them in clear twice.
function cacheKey(access: ResolvedAccess): string {
  const { staticCredentials: credentials, ...rest } = access;
  const secret = credentials
    ? secretDigest([credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken])
    : "";
  return JSON.stringify([rest, secret]);
}
