// Points the lookup functions of a mocked program at a fresh emulator, through the same standard
// AWS variables a user exports (the jest setup file has already removed every machine AWS_*).
import { startEmulator, type EmulatorSeed, type RunningEmulator } from "../../emulator";

const VARIABLES = [
  "AWS_ENDPOINT_URL_CUSTOMER_PROFILES",
  "AWS_REGION",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
] as const;

/** Starts an emulator serving `seed` and exports its endpoint, region and test keys. */
export async function useEmulator(seed: EmulatorSeed): Promise<RunningEmulator> {
  const emulator = await startEmulator({ seed });
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CUSTOMER_PROFILES: emulator.endpoint,
    AWS_REGION: emulator.region,
    AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
  });
  return emulator;
}

/** Stops the emulator and removes the variables again. */
export async function stopEmulator(emulator: RunningEmulator | undefined): Promise<void> {
  for (const name of VARIABLES) delete process.env[name];
  await emulator?.stop();
}
