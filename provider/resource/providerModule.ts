// The `__provider` text of every IdentityResolutionJob, written here instead of produced by
// Pulumi's closure serializer.
import * as path from "node:path";

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

let text: string | undefined;

/**
 * The module the dynamic-provider host loads (`require`s from this string) for an
 * IdentityResolutionJob: its `handler()` returns the provider, which is the exports of
 * providerRuntime.js, found by the first candidate path that resolves. No SDK client, credential
 * or library code is in it.
 *
 * Pulumi stores this text twice per resource (inputs and outputs) and the file backend rewrites
 * the whole state after every step, so every byte is paid O(N) times per `up` of N resources
 * (bench figure 4). Pulumi's closure serializer wraps each provider method in its own function
 * (about 2.4 KB for this provider) and loads TypeScript into the program to do so; this module
 * is a few hundred bytes and costs the program nothing to build. A resolvable path whose module
 * fails to load surfaces that failure as itself.
 */
export function providerModuleText(): string {
  text ??= [
    "exports.handler = () => {",
    `  const candidates = ${JSON.stringify(runtimeModuleCandidates())};`,
    "  const found = candidates.find((c) => { try { return require.resolve(c); } catch { return false; } });",
    "  if (found) return require(found);",
    '  throw new Error("IdentityResolutionJob provider: no " + candidates.join(" or ") + " from " + process.cwd() +',
    '    ". Install @customer-profiles/identity-resolution in the project and run pulumi from its directory.");',
    "};",
    "",
  ].join("\n");
  return text;
}
