// The program's configuration store, without the rest of @pulumi/pulumi (about a second to load
// cold): `new pulumi.Config("aws").get(key)` reads exactly this store's `"aws:" + key`.
import { allConfig } from "@pulumi/pulumi/runtime/config";

/**
 * The `aws:*` stack configuration a lookup honours, as `@pulumi/aws` users set it
 * (`pulumi config set aws:region …`, `pulumi config set --secret aws:secretKey …`).
 */
export interface AwsStackConfig {
  readonly region?: string;
  readonly profile?: string;
  readonly accessKey?: string;
  readonly secretKey?: string;
  readonly token?: string;
}

const KEYS = [
  ["region", "aws:region"],
  ["profile", "aws:profile"],
  ["accessKey", "aws:accessKey"],
  ["secretKey", "aws:secretKey"],
  ["token", "aws:token"],
] as const;

/** Reads `aws:*` keys through `get` (which takes the full `aws:key` name); absent keys stay absent. */
export function readAwsStackConfig(get: (key: string) => string | undefined): AwsStackConfig {
  const config: Record<string, string> = {};
  for (const [key, name] of KEYS) {
    const value = get(name);
    if (value !== undefined && value !== "") config[key] = value;
  }
  return config;
}

/** The `aws:*` configuration of the running Pulumi program (none outside a program). */
export function programAwsStackConfig(): AwsStackConfig {
  // One parse of the program's configuration for all five keys (each `get` parses all of it).
  const config = allConfig();
  return readAwsStackConfig((key) => config[key]);
}
