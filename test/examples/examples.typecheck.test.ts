// Each example as a user gets it: a standalone project whose own tsconfig.json (strict) compiles
// its sources against the built package, resolved by name the way `npm install` in the example
// directory (`file:../..`) resolves it; and whose project files agree with each other.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../scripts/localEngine";

jest.setTimeout(120_000);

const PROJECT_FILES = ["Pulumi.yaml", "README.md", "index.ts", "package.json", "tsconfig.json"];
const EXAMPLES = ["reference-job", "gate-on-completed", "export-s3-path"] as const;
const SOURCES: Record<(typeof EXAMPLES)[number], string[]> = {
  "reference-job": [],
  "gate-on-completed": [],
  "export-s3-path": ["exportLocation.ts"],
};
const PACKAGE = "@customer-profiles/identity-resolution";

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, "dist", "provider", "index.d.ts"))) {
    throw new Error("the examples compile against the built package: run `npm run build` first");
  }
  // What `npm install` in an example creates: the package linked by name (as the engine harness does).
  const link = path.join(REPO_ROOT, "node_modules", ...PACKAGE.split("/"));
  if (!existsSync(link)) {
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(REPO_ROOT, link, "dir");
  }
});

const read = (example: string, file: string) =>
  readFileSync(path.join(REPO_ROOT, "examples", example, file), "utf8");

test.each(EXAMPLES)("%s compiles with its own strict tsconfig.json", (example) => {
  const tsconfig = JSON.parse(read(example, "tsconfig.json")) as {
    compilerOptions: Record<string, unknown>;
    files: string[];
  };
  expect(tsconfig.compilerOptions).toMatchObject({ strict: true });
  expect(tsconfig.files.sort()).toEqual(["index.ts", ...SOURCES[example]].sort());
  const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  const project = path.join(REPO_ROOT, "examples", example, "tsconfig.json");
  // Throws with tsc's diagnostics on any error.
  execFileSync(process.execPath, [tsc, "--noEmit", "-p", project], { encoding: "utf8" });
});

test.each(EXAMPLES)(
  "%s: a complete project whose Pulumi.yaml, package.json and index.ts agree",
  (example) => {
    const files = readdirSync(path.join(REPO_ROOT, "examples", example)).filter(
      (name) => name !== "node_modules" && name !== "package-lock.json" && !/^Pulumi\..+\.yaml$/.test(name),
    );
    expect(files.sort()).toEqual([...PROJECT_FILES, ...SOURCES[example]].sort());
    expect(read(example, "Pulumi.yaml")).toMatch(
      new RegExp(
        `^name: ${example}\\n[\\s\\S]*runtime:\\n  name: nodejs\\n  options:\\n    typescript: true\\n`,
      ),
    );
    const pkg = JSON.parse(read(example, "package.json")) as {
      name: string;
      main: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.name).toBe(example);
    expect(pkg.main).toBe("index.ts");
    expect(pkg.dependencies[PACKAGE]).toBe("file:../..");
    expect(pkg.dependencies["@pulumi/pulumi"]).toMatch(/^\^3\./);
    const index = read(example, "index.ts");
    // @pulumi/aws is a dependency exactly when the program uses it.
    expect("@pulumi/aws" in pkg.dependencies).toBe(index.includes('from "@pulumi/aws"'));
    // The program ends in its exports.
    expect(index.trimEnd().split("\n").pop()).toMatch(/^export const \w+ = /);
  },
);
