/**
 * A small declarative checker for JSON-like input. Every failure is a {@link SeedValidationError} whose
 * message is one line: the path of the offending field, its value, and the rule it breaks.
 */

/** Seed (or `putJob` argument) that breaks the seed contract. */
export class SeedValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SeedValidationError";
  }
}

/** What a value must look like; structures and maps copy only their declared members. */
export type Shape =
  | { readonly kind: "string"; readonly rule: string; readonly test?: (value: string) => boolean }
  | { readonly kind: "number"; readonly rule: string; readonly test: (value: number) => boolean }
  | { readonly kind: "boolean" }
  | { readonly kind: "list"; readonly item: Shape; readonly minItems?: number }
  | {
      readonly kind: "map";
      readonly keyRule: string;
      readonly keyTest: (key: string) => boolean;
      readonly value: Shape;
    }
  | {
      readonly kind: "structure";
      readonly members: Readonly<Record<string, Shape>>;
      readonly required?: readonly string[];
      /** Skip undeclared members instead of rejecting them. */
      readonly ignoreUnknown?: boolean;
    };

/** Throws the one-line error for `value` at `path` breaking `rule` ("… must be <rule>"). */
export function invalid(path: string, value: unknown, rule: string): never {
  const shown = value === undefined ? "is missing; it" : preview(value);
  throw new SeedValidationError(`${path}: ${shown} must be ${rule}`);
}

/** Throws a one-line error for `path` with a free-form explanation. */
export function fail(path: string, explanation: string): never {
  throw new SeedValidationError(`${path}: ${explanation}`);
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain name. */
export function memberPath(parent: string, key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Checks `value` against `shape` and returns a copy holding only declared members. */
export function checkShape(value: unknown, shape: Shape, path: string): unknown {
  switch (shape.kind) {
    case "string":
      if (typeof value !== "string" || (shape.test !== undefined && !shape.test(value))) {
        invalid(path, value, shape.rule);
      }
      return value;
    case "number":
      if (typeof value !== "number" || !shape.test(value)) invalid(path, value, shape.rule);
      return value;
    case "boolean":
      if (typeof value !== "boolean") invalid(path, value, "true or false");
      return value;
    case "list":
      return checkList(value, shape.item, shape.minItems ?? 0, path);
    case "map":
      return checkMap(value, shape, path);
    case "structure":
      return checkStructure(value, shape, path);
  }
}

function checkList(value: unknown, item: Shape, minItems: number, path: string): unknown[] {
  const rule = minItems > 0 ? `an array of at least ${minItems} item${minItems > 1 ? "s" : ""}` : "an array";
  if (!Array.isArray(value) || value.length < minItems) invalid(path, value, rule);
  return value.map((entry, index) => checkShape(entry, item, `${path}[${index}]`));
}

function checkMap(
  value: unknown,
  shape: Extract<Shape, { kind: "map" }>,
  path: string,
): Record<string, unknown> {
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary entry.
  return Object.fromEntries(
    Object.entries(expectObject(value, path)).map(([key, entry]) => {
      const entryPath = memberPath(path, key);
      if (!shape.keyTest(key)) invalid(entryPath, key, shape.keyRule);
      return [key, checkShape(entry, shape.value, entryPath)];
    }),
  );
}

function checkStructure(
  value: unknown,
  shape: Extract<Shape, { kind: "structure" }>,
  path: string,
): Record<string, unknown> {
  const { members, required = [] } = shape;
  const record = expectObject(value, path);
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(members, key) && shape.ignoreUnknown !== true) {
      fail(memberPath(path, key), `unknown member; expected one of ${Object.keys(members).join(", ")}`);
    }
  }
  const copy: [string, unknown][] = [];
  for (const [key, member] of Object.entries(members)) {
    const entry = record[key];
    if (entry !== undefined || required.includes(key)) {
      copy.push([key, checkShape(entry, member, memberPath(path, key))]);
    }
  }
  return Object.fromEntries(copy);
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) invalid(path, value, "an object");
  return value as Record<string, unknown>;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
