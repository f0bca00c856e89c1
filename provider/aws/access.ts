import type { AwsCredentialIdentity } from "@smithy/types";
import type { AwsAccessArgs } from "../args";
import { resolveRegion } from "./region";
import type { AwsStackConfig } from "./stackConfig";

/** Everything needed to build a client; held in memory only, never serialized. */
export interface ResolvedAccess {
  readonly region: string;
  readonly endpoint?: string;
  readonly profile?: string;
  readonly staticCredentials?: AwsCredentialIdentity;
  readonly roleArn?: string;
  readonly externalId?: string;
  readonly roleSessionName: string;
  readonly maxAttempts: number;
  readonly requestTimeoutMs: number;
}

/** Session name for assumed roles when none is given. */
export const DEFAULT_ROLE_SESSION_NAME = "pulumi-customer-profiles";
/** Attempts per call when none is given: the SDK's standard. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Seconds a single HTTP request may take when none is given. */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

/**
 * Combines validated arguments with the stack's `aws:*` configuration (arguments win). The
 * endpoint is left to the SDK when not given, so it reads `AWS_ENDPOINT_URL_CUSTOMER_PROFILES` /
 * `AWS_ENDPOINT_URL` itself, exactly as every other AWS tool does.
 */
export async function resolveAccess(args: AwsAccessArgs, config: AwsStackConfig): Promise<ResolvedAccess> {
  const profile = args.profile ?? config.profile;
  const region = await resolveRegion({ arg: args.region, stackConfig: config.region, profile });
  const staticCredentials: AwsCredentialIdentity | undefined =
    config.accessKey && config.secretKey
      ? {
          accessKeyId: config.accessKey,
          secretAccessKey: config.secretKey,
          ...(config.token ? { sessionToken: config.token } : {}),
        }
      : undefined;
  return {
    region,
    ...(args.endpoint ? { endpoint: args.endpoint } : {}),
    ...(profile ? { profile } : {}),
    ...(staticCredentials ? { staticCredentials } : {}),
    ...(args.roleArn ? { roleArn: args.roleArn } : {}),
    ...(args.externalId ? { externalId: args.externalId } : {}),
    roleSessionName: args.roleSessionName ?? DEFAULT_ROLE_SESSION_NAME,
    maxAttempts: args.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestTimeoutMs: (args.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1000,
  };
}
