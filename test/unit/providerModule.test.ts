// The `__provider` text of IdentityResolutionJob, evaluated the way the dynamic-provider host
// evaluates it (require-from-string, which @pulumi/pulumi's host uses, then `handler()`), and the
// resource class that stores it, under Pulumi's runtime mocks. The compiled runtime (dist/) must be
// built, as `npm test` does first. What this does not prove: that the engine stores and hands back
// the text (test/engine does).
import { mkdtempSync, rmSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import requireFromString from "require-from-string";
import { IdentityResolutionJob } from "../../provider";
import { providerModuleText } from "../../provider/resource/providerModule";

const REPO_ROOT = path.join(__dirname, "..", "..");
const RUNTIME = path.join(REPO_ROOT, "dist", "provider", "resource", "providerRuntime.js");

/** The module Node itself loaded from `file` (jest's own registry holds other copies). */
function nodeLoaded(file: string): unknown {
  return (Module as unknown as { _cache: Record<string, { exports: unknown } | undefined> })._cache[file]
    ?.exports;
}

/** What the host does with a resource's `__provider`, in `cwd` (the provider process's). */
function loadProvider(text: string, cwd: string): unknown {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return (requireFromString(text) as { handler: () => unknown }).handler();
  } finally {
    process.chdir(previous);
  }
}

let elsewhere: string;
beforeAll(() => (elsewhere = mkdtempSync(path.join(tmpdir(), "provider-module-"))));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

test("the provider is the runtime module's exports: the six methods the host calls, and no delete", () => {
  const provider = loadProvider(providerModuleText(), REPO_ROOT);
  expect(provider).toBe(nodeLoaded(RUNTIME));
  expect(Object.keys(provider as object).sort()).toEqual([
    "check",
    "configure",
    "create",
    "diff",
    "read",
    "update",
  ]);
});

test("it names the runtime relative to the project first, then by absolute path", () => {
  const text = providerModuleText();
  const candidates = JSON.stringify(["./dist/provider/resource/providerRuntime.js", RUNTIME]);
  expect(text).toContain(`const candidates = ${candidates};`);
});

test("from another directory (a moved project or an inline program) the absolute path is used", () => {
  const provider = loadProvider(providerModuleText(), elsewhere);
  expect(provider).toBe(nodeLoaded(RUNTIME));
  expect(Object.keys(provider as object)).toContain("create");
});

test("when no candidate resolves, the error says which paths, from where, and what to do", () => {
  const missing = ["./gone/providerRuntime.js", path.join(elsewhere, "gone", "providerRuntime.js")];
  const text = providerModuleText().replace(
    /const candidates = .*;/,
    `const candidates = ${JSON.stringify(missing)};`,
  );
  expect(() => loadProvider(text, elsewhere)).toThrow(
    new Error(
      `IdentityResolutionJob provider: no ${missing[0]} or ${missing[1]} from ${elsewhere}. ` +
        "Install @customer-profiles/identity-resolution in the project and run pulumi from its directory.",
    ),
  );
});

test("it is small: under 1 KB, stored twice per resource", () => {
  expect(Buffer.byteLength(providerModuleText())).toBeLessThan(1024);
});

describe("the resource", () => {
  const registered: pulumi.runtime.MockResourceArgs[] = [];
  beforeAll(async () => {
    await pulumi.runtime.setMocks(
      {
        newResource: async (args) => {
          registered.push(args);
          return { id: "id", state: args.inputs };
        },
        call: () => ({}),
      },
      "project",
      "stack",
      false,
    );
  });

  test("registers the dynamic type token with the provider text, and is a dynamic resource", async () => {
    const job = new IdentityResolutionJob("job", {
      domainName: "acme",
      jobId: "0123456789abcdef0123456789abcdef",
    });
    expect(job).toBeInstanceOf(pulumi.dynamic.Resource);
    expect(job).toBeInstanceOf(pulumi.CustomResource);
    expect(pulumi.CustomResource.isInstance(job)).toBe(true);
    await new Promise<void>((resolve) => job.urn.apply(() => resolve()));
    expect(registered.map((r) => [r.type, r.name])).toEqual([
      ["pulumi-nodejs:dynamic/customerprofiles:IdentityResolutionJob", "job"],
    ]);
    expect(registered[0]!.inputs).toEqual({
      domainName: "acme",
      jobId: "0123456789abcdef0123456789abcdef",
      __provider: providerModuleText(),
    });
  });
});
