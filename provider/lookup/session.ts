import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import type { AwsAccessArgs } from "../args";
import { resolveAccess } from "../aws/access";
import { clientFor } from "../aws/client";
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

/** Resolves AWS access for validated arguments and returns the shared client for it. */
export async function openSession(args: AwsAccessArgs, config: AwsStackConfig): Promise<Session> {
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
