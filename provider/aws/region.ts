import { loadSharedConfigFiles } from "@smithy/shared-ini-file-loader";
import { MissingRegionError } from "../errors";

/** Where a region may come from, strongest first. */
export interface RegionSources {
  readonly arg?: string;
  readonly stackConfig?: string;
  readonly profile?: string;
}

/**
 * Resolves the region: the `region` argument, then stack config `aws:region`, then
 * `AWS_REGION` / `AWS_DEFAULT_REGION`, then the `region` of the profile in the shared config file.
 */
export async function resolveRegion(sources: RegionSources): Promise<string> {
  const fromEnv = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  const direct = sources.arg ?? sources.stackConfig ?? fromEnv;
  if (direct) return direct;
  const profileName = sources.profile ?? process.env.AWS_PROFILE ?? "default";
  const files = await loadSharedConfigFiles({ ignoreCache: false }).catch(() => undefined);
  const fromProfile = files?.configFile[profileName]?.region ?? files?.credentialsFile[profileName]?.region;
  if (fromProfile) return fromProfile;
  throw new MissingRegionError(
    "No AWS region found. Set one of: the `region` argument, stack config `aws:region` " +
      "(pulumi config set aws:region us-east-1), the AWS_REGION or AWS_DEFAULT_REGION environment " +
      `variable, or \`region\` in profile '${profileName}' of the shared AWS config file.`,
  );
}
