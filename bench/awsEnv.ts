/** The AWS environment of benchmark processes: the emulator only, never a machine's real configuration. */
import type { RunningEmulator } from "../emulator";

/**
 * The environment for a process that reaches `emulator` through the standard AWS variables: every
 * AWS_* variable of this process is dropped, then credentials, region and isolation are set.
 * The endpoint is not set here: each benchmark passes it the way its client takes it.
 */
export function emulatorAwsEnv(emulator: RunningEmulator): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith("AWS_")) env[key] = value;
  }
  return {
    ...env,
    AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
    AWS_REGION: emulator.region,
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
}

/**
 * Makes this process's own AWS environment {@link emulatorAwsEnv}, for in-process lookups; returns
 * a function that restores the previous environment.
 */
export function useEmulatorAwsEnv(emulator: RunningEmulator): () => void {
  const saved = { ...process.env };
  const wanted = emulatorAwsEnv(emulator);
  for (const key of Object.keys(process.env)) if (key.startsWith("AWS_")) delete process.env[key];
  Object.assign(process.env, wanted);
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}
