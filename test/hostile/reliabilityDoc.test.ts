// docs/RELIABILITY.md cannot drift from the suite: every row of its fault and input table names test
// files that exist and test names those files contain, every class the project promises is in the
// table, and the supported versions it states are the ones package.json declares. The one tolerance:
// a row whose Proof cell is exactly `pending` names no test yet, and is listed as such below.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const DOC = readFileSync(join(ROOT, "docs", "RELIABILITY.md"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
  peerDependencies: Record<string, string>;
};

/** Every fault and input class the reliability work covers; each must have at least one row. */
const REQUIRED_CLASSES = [
  "throttling",
  "500",
  "connection reset",
  "slow response past client timeout",
  "malformed JSON",
  "wrong content type",
  "403 access denied",
  "404",
  "invalid signature",
  "expired signature",
  "invalid arguments",
  "path traversal",
  "huge strings",
  "prototype keys",
  "unknown values at preview",
  "secrets",
  "load",
  "emulator hostile input",
  "soak",
  "version matrix",
];

interface Row {
  readonly line: number;
  readonly faultClass: string;
  readonly path: string;
  readonly outcome: string;
  readonly proof: string;
}

/** The rows of the table under `heading` (header and separator rows left out). */
function tableRows(heading: string): Row[] {
  const lines = DOC.split("\n");
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`docs/RELIABILITY.md has no "${heading}" section`);
  const rows: Row[] = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith("## "); i++) {
    const line = lines[i].trim();
    const separator = (text: string | undefined) => /^\|[\s:|-]+\|$/.test((text ?? "").trim());
    // Skip what is not a row, the separator, and the header (the row the separator follows).
    if (!line.startsWith("|") || separator(line) || separator(lines[i + 1])) continue;
    const cells = line
      .slice(1, -1)
      .split(" | ")
      .map((cell) => cell.trim());
    if (cells.length !== 4)
      throw new Error(`docs/RELIABILITY.md:${i + 1}: expected 4 cells, got ${cells.length}`);
    rows.push({ line: i + 1, faultClass: cells[0], path: cells[1], outcome: cells[2], proof: cells[3] });
  }
  return rows;
}

/** The `file` › "test name" references in a Proof cell. */
function references(proof: string): { file: string; name: string }[] {
  return [...proof.matchAll(/`([^`]+)` › "([^"]+)"/g)].map(([, file, name]) => ({ file, name }));
}

const rows = tableRows("## Fault and input classes");
const pending = rows.filter((row) => row.proof === "`pending`");

test("the fault and input table lists every class, each row with a path, an outcome and a proof", () => {
  expect(rows.length).toBeGreaterThanOrEqual(REQUIRED_CLASSES.length);
  const classes = new Set(rows.map((row) => row.faultClass));
  expect(REQUIRED_CLASSES.filter((name) => !classes.has(name))).toStrictEqual([]);
  for (const row of rows) {
    expect([row.line, row.path.length > 0, row.outcome.length > 0]).toStrictEqual([row.line, true, true]);
    if (row.proof !== "`pending`")
      expect([row.line, references(row.proof).length > 0]).toStrictEqual([row.line, true]);
  }
});

test("every referenced test file exists and contains the referenced test name", () => {
  const broken: string[] = [];
  for (const row of rows) {
    for (const { file, name } of references(row.proof)) {
      const path = join(ROOT, file);
      if (!existsSync(path)) {
        broken.push(`line ${row.line}: ${file} does not exist`);
        continue;
      }
      const source = readFileSync(path, "utf8");
      if (![`"${name}"`, `'${name}'`, `\`${name}\``].some((quoted) => source.includes(quoted))) {
        broken.push(`line ${row.line}: ${file} has no test named "${name}"`);
      }
    }
  }
  expect(broken).toStrictEqual([]);
});

test("rows marked pending (no test yet) are only these", () => {
  expect(pending.map((row) => `${row.faultClass} / ${row.path}`)).toStrictEqual([]);
});

test("the supported versions stated are the ones package.json declares", () => {
  const versions = tableRows("## Supported versions");
  const stated = Object.fromEntries(versions.map((row) => [row.faultClass, row.path]));
  expect(stated).toStrictEqual({
    "Node.js": `\`${PACKAGE.engines.node}\``,
    "@pulumi/pulumi": `\`${PACKAGE.peerDependencies["@pulumi/pulumi"]}\``,
    "@aws-sdk/client-customer-profiles": `\`${PACKAGE.peerDependencies["@aws-sdk/client-customer-profiles"]}\``,
  });
});
