#!/usr/bin/env node
/** `customer-profiles-emulator`: runs the emulator until SIGINT/SIGTERM. Bad input exits 2 with one line. */
import type { RunningEmulator } from "./server";
import { startEmulator } from "./server";
import { DEFAULT_CREDENTIALS } from "./defaults";
import { USAGE, parseCliArgs } from "./cliArgs";

const COMMAND = "customer-profiles-emulator";

async function main(argv: readonly string[]): Promise<void> {
  const request = parseCliArgs(argv);
  if (request.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const emulator = await startEmulator({ port: request.port, host: request.host, seed: request.seedPath });
  process.stdout.write(
    `${[`listening on ${emulator.endpoint}`, ...environmentLines(emulator, request.seedPath)].join("\n")}\n`,
  );
  const stop = () => void emulator.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

// The default keys are documented test values and are printed; a seed's own secrets are not.
function environmentLines({ endpoint, region, credentials }: RunningEmulator, seedPath?: string): string[] {
  const isDefault = credentials.secretAccessKey === DEFAULT_CREDENTIALS.secretAccessKey;
  const fromSeed = (variable: string, field: string) =>
    `# set ${variable} to credentials[0].${field} of ${seedPath} (not printed)`;
  return [
    `export AWS_ENDPOINT_URL_CUSTOMER_PROFILES=${shellQuote(endpoint)}`,
    `export AWS_ACCESS_KEY_ID=${shellQuote(credentials.accessKeyId)}`,
    isDefault
      ? `export AWS_SECRET_ACCESS_KEY=${shellQuote(credentials.secretAccessKey)}`
      : fromSeed("AWS_SECRET_ACCESS_KEY", "secretAccessKey"),
    ...(credentials.sessionToken === undefined ? [] : [fromSeed("AWS_SESSION_TOKEN", "sessionToken")]),
    `export AWS_REGION=${region}`,
  ];
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${COMMAND}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
