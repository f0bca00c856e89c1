import * as pulumi from "@pulumi/pulumi";

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

const KEYS = ["region", "profile", "accessKey", "secretKey", "token"] as const;

/** Reads `aws:*` keys through `get` (which takes the full `aws:key` name); absent keys stay absent. */
export function readAwsStackConfig(get: (key: string) => string | undefined): AwsStackConfig {
  const config: Record<string, string> = {};
  for (const key of KEYS) {
    const value = get(`aws:${key}`);
    if (value !== undefined && value !== "") config[key] = value;
  }
  return config;
}

/** The `aws:*` configuration of the running Pulumi program (none outside a program). */
export function programAwsStackConfig(): AwsStackConfig {
  const aws = new pulumi.Config("aws");
  return readAwsStackConfig((key) => aws.get(key.slice("aws:".length)));
}
