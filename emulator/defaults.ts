/** The emulator's documented test key and region; not secrets, and accepted by no real AWS account. */
import type { SeedCredential } from "./seed";

/**
 * The key pair accepted when the seed has no `credentials`. Not frozen: the SDK tags credential objects
 * it uses (with `$source`), and fails on frozen ones.
 * @example
 * new CustomerProfilesClient({ endpoint, region: DEFAULT_REGION, credentials: DEFAULT_CREDENTIALS });
 */
export const DEFAULT_CREDENTIALS: SeedCredential = {
  accessKeyId: "EMULATORACCESSKEYID0",
  secretAccessKey: "emulator/secret/access/key/for/local/tests/only",
};

/** The region the emulator reports; any region in a signature's scope is accepted. */
export const DEFAULT_REGION = "us-east-1";
