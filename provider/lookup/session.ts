import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { AWS_ACCESS_ARG_KEYS, type AwsAccessArgs } from "../args";
import { resolveAccess } from "../aws/access";
import { clientFor } from "../aws/client";
import { secretDigest } from "../aws/secretDigest";
import type { AwsStackConfig } from "../aws/stackConfig";
import type { CallContext } from "../classifyError";
import type { IdentityResolutionOperation } from "../errors";

/** A reusable client plus what every call's error messages need to know. */
export interface Session {
  readonly client: CustomerProfilesClient;
  /** The resolved region. */
  readonly region: string;
  /** The context of a call, for {@link classifyError}. */
  context(operation: IdentityResolutionOperation, domainName: string, jobId?: string): CallContext;
}

// Sessions by everything that decides them, so a warm lookup skips resolving access and
// building the client's cache key (bench figure 1). A failed resolution is not kept.
const sessions = new Map<string, Promise<Session>>();

/** Resolves AWS access for validated arguments and returns the shared client for it. */
export function openSession(args: AwsAccessArgs, config: AwsStackConfig): Promise<Session> {
  const key = sessionKey(args, config);
  let session = sessions.get(key);
  if (!session) {
    session = createSession(args, config);
    sessions.set(key, session);
    session.catch(() => sessions.delete(key));
  }
  return session;
}

async function createSession(args: AwsAccessArgs, config: AwsStackConfig): Promise<Session> {
  const access = await resolveAccess(args, config);
  const handle = clientFor(access);
  return {
    client: handle.client,
    region: handle.region,
    context: (operation, domainName, jobId) => ({
      operation,
      domainName,
      ...(jobId ? { jobId } : {}),
      region: handle.region,
      ...(access.endpoint ? { endpoint: access.endpoint } : {}),
      secrets: handle.secrets(),
    }),
  };
}

// Every input of resolveAccess: the arguments, the stack config (secrets as a digest) and, only
// when neither names the region, the environment variables that choose it: AWS_REGION /
// AWS_DEFAULT_REGION, else the profile and the files its region is read from. (Each read of
// process.env costs about as much as the rest of the key.)
function sessionKey(args: AwsAccessArgs, config: AwsStackConfig): string {
  let key = "";
  for (const name of AWS_ACCESS_ARG_KEYS) key += `${args[name] ?? ""}\0`;
  key += `${config.region ?? ""}\0${config.profile ?? ""}\0`;
  if (config.accessKey !== undefined || config.secretKey !== undefined || config.token !== undefined) {
    key += secretDigest([config.accessKey, config.secretKey, config.token]);
  }
  if (args.region === undefined && config.region === undefined) {
    const envRegion = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
    key += envRegion
      ? `\0${envRegion}`
      : `\0\0${process.env.AWS_PROFILE ?? ""}\0${process.env.AWS_CONFIG_FILE ?? ""}\0${process.env.AWS_SHARED_CREDENTIALS_FILE ?? ""}`;
  }
  return key;
}
