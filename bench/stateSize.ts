/** What a stack's resources cost in state, read from `pulumi stack export`. */

/** Average sizes of one kind of resource in a deployment, in bytes (UTF-8). */
export interface StateSize {
  /** How many resources matched. */
  readonly resources: number;
  /** The serialized provider (`__provider`) text of one resource. */
  readonly providerBytes: number;
  /** How many copies of that text one resource keeps (inputs and outputs each hold one). */
  readonly providerCopies: number;
  /** The resource's outputs without `__provider`, as JSON. */
  readonly outputBytes: number;
  /** The resource's whole entry in the deployment, as JSON. */
  readonly entryBytes: number;
}

interface StateResource {
  readonly urn?: string;
  readonly inputs?: Record<string, unknown>;
  readonly outputs?: Record<string, unknown>;
}

/**
 * Averages the sizes of the resources whose name starts with `prefix` in `deployment` (the
 * `deployment` member of an exported stack).
 * @throws Error when no resource matches.
 */
export function stateSize(deployment: unknown, prefix: string): StateSize {
  const all = ((deployment as { resources?: StateResource[] }).resources ?? []).filter((r) =>
    (r.urn ?? "").split("::").pop()?.startsWith(prefix),
  );
  if (all.length === 0) throw new Error(`no resource named ${prefix}* in state`);
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null));
  const average = (f: (r: StateResource) => number) => all.reduce((sum, r) => sum + f(r), 0) / all.length;
  const provider = (r: StateResource) => String(r.outputs?.__provider ?? r.inputs?.__provider ?? "");
  return {
    resources: all.length,
    providerBytes: average((r) => Buffer.byteLength(provider(r))),
    providerCopies: average(
      (r) => Number(r.inputs?.__provider !== undefined) + Number(r.outputs?.__provider !== undefined),
    ),
    outputBytes: average((r) => {
      const { __provider: _provider, ...outputs } = r.outputs ?? {};
      return bytes(outputs);
    }),
    entryBytes: average(bytes),
  };
}
