/** Reading a seed from a JSON file. */
import { readFileSync } from "node:fs";
import type { EmulatorSeed } from "./seed";
import { SeedValidationError } from "./shape";
import { validateSeed } from "./seedValidation";

/**
 * Reads and validates a seed JSON file.
 * @throws SeedValidationError with one line naming the file and the problem, e.g.
 *   `seeds/demo.json: seed.domains.demo.jobs[0].JobId: "ABC" must be 32 lowercase hex characters`.
 * @example
 * const seed = loadSeedFile("test/fixtures/seed.json");
 */
export function loadSeedFile(path: string): EmulatorSeed {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new SeedValidationError(`${path}: cannot read the seed file (${code})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8 quotes part of the input in its message; keep the report on one line.
    const reason = (error as Error).message.replace(/\s+/g, " ");
    throw new SeedValidationError(`${path}: not valid JSON (${reason})`);
  }
  try {
    return validateSeed(parsed);
  } catch (error) {
    if (error instanceof SeedValidationError) throw new SeedValidationError(`${path}: ${error.message}`);
    throw error;
  }
}
