import type { IdentityResolutionJobResult } from "../result";
import { ECHOED_INPUT_KEYS, RESULT_KEYS, type PropertyBag } from "./props";

/** Whether the live job differs from the outputs in state (a member changed, appeared or vanished). */
export function jobDiffers(stored: PropertyBag, live: IdentityResolutionJobResult): boolean {
  return RESULT_KEYS.some((key) => !sameValue(stored[key], live[key]));
}

/** Whether an echoed input (access settings, waitFor, status filter) changed between old and new. */
export function inputsDiffer(olds: PropertyBag, news: PropertyBag): boolean {
  return ECHOED_INPUT_KEYS.some((key) => !sameValue(olds[key], news[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

// JSON with sorted keys, so member order never counts as a change.
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
          )
        : v,
    ) ?? "undefined"
  );
}
