// Reads a program's exports the way the engine reads stack outputs: every one, to the end.
import type * as pulumi from "@pulumi/pulumi";

/** The parts of an Output the engine reads when it serializes a stack export. */
interface OutputInternals<T> {
  promise(): Promise<T>;
  readonly isKnown: Promise<boolean>;
  readonly isSecret: Promise<boolean>;
  allResources?(): Promise<unknown>;
}

/**
 * The value of an Output (or Promise) export, read the way the engine reads a stack export: its
 * value (through the internal `promise()`, so a failed output rejects here instead of hanging the
 * test) and its known/secret flags and resources. When the program fails those carry the same
 * error as the value; observing them keeps it from surfacing again as an unhandled rejection.
 */
export function valueOf<T>(value: pulumi.Output<T> | Promise<T>): Promise<T> {
  if (value instanceof Promise) return value;
  const output = value as unknown as OutputInternals<T>;
  for (const flag of [output.isKnown, output.isSecret, output.allResources?.()]) {
    flag?.catch(() => undefined);
  }
  return output.promise();
}

/**
 * Every export resolved, those that resolve to `undefined` left out (as the engine leaves them out
 * of stack outputs). Like the engine, it waits for all of them, so when the program fails every
 * failed export is observed (none is left as an unhandled rejection) and the first error is thrown.
 */
export async function exportsOf(program: object): Promise<Record<string, unknown>> {
  const entries = Object.entries(program);
  const settled = await Promise.allSettled(
    entries.map(([, value]) => valueOf(value as pulumi.Output<unknown>)),
  );
  const outputs: Record<string, unknown> = {};
  settled.forEach((result, index) => {
    if (result.status === "rejected") throw result.reason;
    if (result.value !== undefined) outputs[entries[index]![0]] = result.value;
  });
  return outputs;
}
