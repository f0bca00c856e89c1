import * as path from "node:path";
import type * as pulumi from "@pulumi/pulumi";
import type * as runtime from "./providerRuntime";

/**
 * Where the provider's real work lives: first relative to the working directory the engine gives
 * both the program and the provider process (the project directory), so state stays valid when
 * the project moves; then as an absolute path, for Automation API inline programs whose process
 * runs elsewhere. Loaded from the TypeScript sources (tests), it points at the compiled runtime.
 */
function runtimeModuleCandidates(): string[] {
  const compiled = __filename.endsWith(".ts")
    ? path.join(__dirname, "..", "..", "dist", "provider", "resource", "providerRuntime.js")
    : path.join(__dirname, "providerRuntime.js");
  const relative = path.relative(process.cwd(), compiled).split(path.sep).join("/");
  return [relative.startsWith(".") ? relative : `./${relative}`, compiled];
}

/**
 * The provider object Pulumi serializes into state (`__provider`). It is kept to a few small
 * functions and two strings: each method `require`s the runtime module in the provider process,
 * so no SDK client, credential or library code is ever captured.
 */
function makeProvider(): pulumi.dynamic.ResourceProvider {
  const candidates = runtimeModuleCandidates();
  const load = (): typeof runtime => {
    const found = candidates.find((candidate) => {
      try {
        return require.resolve(candidate) !== "";
      } catch {
        return false;
      }
    });
    if (!found) {
      throw new Error(
        `The IdentityResolutionJob provider cannot find its runtime module (looked for ${candidates.join(" and ")} from ${process.cwd()}). Install @customer-profiles/identity-resolution in the project and run pulumi from the project directory.`,
      );
    }
    // A run-time require of a path computed at serialization: the one place the module is loaded.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(found);
  };
  return {
    configure: (req) => load().configure(req),
    check: (olds, news) => load().check(olds, news),
    diff: (id, olds, news) => load().diff(id, olds, news),
    create: (inputs) => load().create(inputs),
    update: (id, olds, news) => load().update(id, olds, news),
    read: (id, props) => load().read(id, props),
    delete: async () => undefined,
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** The one provider object of this process; Pulumi caches its serialized text by identity. */
export function identityResolutionJobProvider(): pulumi.dynamic.ResourceProvider {
  provider ??= makeProvider();
  return provider;
}
