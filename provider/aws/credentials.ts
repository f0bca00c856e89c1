import { fromNodeProviderChain, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { CredentialsError } from "../errors";

/** What decides which credentials a client uses. */
export interface CredentialSettings {
  readonly region: string;
  readonly profile?: string;
  readonly staticCredentials?: AwsCredentialIdentity;
  readonly roleArn?: string;
  readonly externalId?: string;
  readonly roleSessionName: string;
}

/**
 * Credentials plus every secret value they have produced, so that error messages can be scrubbed
 * of them (AWS signature errors echo the canonical request, session token included).
 */
export interface TrackedCredentials {
  readonly provider: AwsCredentialIdentityProvider;
  readonly secrets: () => readonly string[];
}

/**
 * Builds the credential provider: static `aws:accessKey`/`aws:secretKey` config if set, otherwise
 * the SDK's default Node chain (for `profile` when given); then, with `roleArn`, an STS role on top.
 */
export function buildCredentials(settings: CredentialSettings): TrackedCredentials {
  const seen = new Set<string>();
  const remember = (identity: AwsCredentialIdentity): AwsCredentialIdentity => {
    for (const value of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
      if (value) seen.add(value);
    }
    return identity;
  };

  const base: AwsCredentialIdentityProvider = settings.staticCredentials
    ? async () => settings.staticCredentials as AwsCredentialIdentity
    : fromNodeProviderChain(settings.profile ? { profile: settings.profile } : {});
  const chosen: AwsCredentialIdentityProvider = settings.roleArn
    ? fromTemporaryCredentials({
        masterCredentials: async () => remember(await base()),
        params: {
          RoleArn: settings.roleArn,
          RoleSessionName: settings.roleSessionName,
          ...(settings.externalId ? { ExternalId: settings.externalId } : {}),
        },
        clientConfig: { region: settings.region },
      })
    : base;

  const provider: AwsCredentialIdentityProvider = async (options) => {
    try {
      return remember(await chosen(options));
    } catch (error) {
      throw new CredentialsError(describeCredentialFailure(settings, error));
    }
  };
  return { provider, secrets: () => [...seen] };
}

function describeCredentialFailure(settings: CredentialSettings, error: unknown): string {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const source = settings.staticCredentials
    ? "stack config aws:accessKey/aws:secretKey"
    : settings.profile
      ? `profile '${settings.profile}'`
      : "the default chain (environment, SSO, shared files, web identity, container or instance metadata)";
  const role = settings.roleArn ? ` and assume role ${settings.roleArn}` : "";
  return `Could not load AWS credentials from ${source}${role}: ${reason}`;
}
