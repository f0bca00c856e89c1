// The provider's methods `require` the runtime module at run time, by a path computed when the
// program serializes them: the one place the library is loaded that way.
/* eslint-disable @typescript-eslint/no-require-imports */
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
 *
 * Pulumi stores this text twice per resource (inputs and outputs) and the file backend rewrites
 * the whole state after every step, so every byte here is paid O(N) times per `up` of N
 * resources (bench figure 4). Hence: `delete` is left out (it would be a no-op, and the
 * provider host skips a missing one), methods forward their arguments as-is, and the comments
 * stay outside the function bodies (the serializer copies bodies verbatim). `load` takes the
 * first candidate that resolves; an error inside the runtime module still surfaces as itself.
 */
function makeProvider(): pulumi.dynamic.ResourceProvider {
  const candidates = runtimeModuleCandidates();
  const load = (): typeof runtime => {
    const found = candidates.find((candidate) => {
      try {
        return require.resolve(candidate);
      } catch {
        return false;
      }
    });
    if (!found) {
      throw new Error(
        `IdentityResolutionJob provider: no ${candidates.join(" or ")} from ${process.cwd()}. Install @customer-profiles/identity-resolution in the project and run pulumi from its directory.`,
      );
    }
    return require(found);
  };
  type Runtime = typeof runtime;
  return {
    configure: (...a: Parameters<Runtime["configure"]>) => load().configure(...a),
    check: (...a: Parameters<Runtime["check"]>) => load().check(...a),
    diff: (...a: Parameters<Runtime["diff"]>) => load().diff(...a),
    create: (...a: Parameters<Runtime["create"]>) => load().create(...a),
    update: (...a: Parameters<Runtime["update"]>) => load().update(...a),
    read: (...a: Parameters<Runtime["read"]>) => load().read(...a),
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** The one provider object of this process; Pulumi caches its serialized text by identity. */
export function identityResolutionJobProvider(): pulumi.dynamic.ResourceProvider {
  provider ??= makeProvider();
  return provider;
}
