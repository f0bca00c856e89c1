/** Shows a value in a message: quoted, escaped, and cut to a readable length. */
export function show(value: unknown): string {
  if (typeof value === "string") {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${JSON.stringify(cut).slice(1, -1)}'`;
  }
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
