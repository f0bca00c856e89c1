/** Command-line parsing for `customer-profiles-emulator`. */
import { parseArgs } from "node:util";

/** What the command line asks for. */
export type CliRequest =
  | { readonly help: true }
  | { readonly help: false; readonly port: number; readonly host: string; readonly seedPath?: string };

/** The `--help` text. */
export const USAGE = `Usage: customer-profiles-emulator [--port N] [--seed FILE] [--host H]

Serves GetIdentityResolutionJob and ListIdentityResolutionJobs locally, SigV4-verified.

  --port N     TCP port (default 0: a free port, printed on start)
  --seed FILE  seed JSON file (default: the built-in demo seed)
  --host H     interface to listen on (default 127.0.0.1)
  --help       show this text

Prints "listening on <endpoint>" and the environment a client needs; stops on SIGINT/SIGTERM.`;

/** Thrown for a command line that cannot be run; the message is one line. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliUsageError";
  }
}

/**
 * Parses `argv` (without the node and script paths).
 * @throws CliUsageError for unknown flags, missing values or a bad port.
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  let values: { port?: string; seed?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        seed: { type: "string" },
        host: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // Node's text runs on with advice about "--"; its first sentence names the problem.
    const [problem] = (error as Error).message.split(". ");
    throw new CliUsageError(`${problem}; see --help`);
  }
  if (values.help === true) return { help: true };
  const port = values.port ?? "0";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    throw new CliUsageError(`--port "${port}" must be an integer from 0 to 65535`);
  }
  return { help: false, port: Number(port), host: values.host ?? "127.0.0.1", seedPath: values.seed };
}
