// Generators of hostile (and valid) lookup arguments. Every generated field carries the argument
// paths a validator must report for it, so a property can state the exact expected outcome: no
// paths → a correct result; some paths → an InvalidArgumentError naming one of them.
// Not a test file: jest only runs `*.test.ts`.
import fc from "fast-check";
import { AWS_ACCESS_ARG_KEYS } from "../../provider/args";
import { KNOWN_STATUSES } from "../../provider";

/** What Pulumi puts in a property bag for a value not known yet (preview). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** One generated argument value and the argument paths a validator must report for it. */
export interface Field {
  readonly value: unknown;
  readonly failures: readonly string[];
}

/** A generated argument object, the paths that must be reported, and its valid members. */
export interface GeneratedArgs {
  readonly args: unknown;
  readonly failures: ReadonlySet<string>;
}

/**
 * Who receives the arguments. `call`: a public function that will send requests for valid input,
 * so valid access values are limited to ones that reach the emulator (no profile, no role). `check`:
 * the dynamic provider's `check`, which never does I/O, sees only what the engine can send
 * (JSON-like values) and gets Pulumi's unknown value at preview.
 */
export type Mode = "call" | "check";

export const ok = (value: unknown): Field => ({ value, failures: [] });
export const broken =
  (property: string) =>
  (value: unknown): Field => ({ value, failures: [property] });

/** A 100 KB string of one repeated unit. */
export const hugeString = fc
  .constantFrom("a", "0", "../", "é", "\u{1F642}", "\u0000", "%2F")
  .map((unit) => unit.repeat(Math.ceil((100 * 1024) / unit.length)));

/** Path traversal, in plain and percent-encoded forms. */
export const TRAVERSAL = [
  "../",
  "..%2F",
  "%2F",
  "..%2f..%2fetc%2fpasswd",
  "../../etc/passwd",
  "demo/../demo",
  "demo%2F..",
  "..\\..\\windows",
  "%2e%2e%2f",
  "/",
  "demo/",
  "?x=1",
  "#",
];
/** Keys that mean something to JavaScript objects. */
export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
];
const CONTROL = [
  "\u0000",
  "\n",
  "\r\n",
  "\t",
  "\u001b[31mred",
  "\u007f",
  "\u2028",
  "\ufeff",
  "a\u0000b",
  "\b",
];
const UNICODE = ["démo", "демо", "\u{1F642}", "ａｂｃ", "\ud800", "İ", "ß", "a\u0301", "\u202eabc"];
const LOOKALIKE = ["", " ", "null", "undefined", "NaN", "Infinity", "-1", "[object Object]", "COMPLETED"];

/** Strings of every hostile kind, most of them invalid for every argument (but not all). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRAVERSAL, ...PROTOTYPE_KEYS, ...CONTROL, ...UNICODE, ...LOOKALIKE),
  fc.string({ unit: "grapheme", maxLength: 70 }),
  fc.string({ unit: "binary", maxLength: 70 }),
  fc.string({ unit: fc.constantFrom(..."abcdef0123456789ABC-_./%"), maxLength: 70 }),
  hugeString,
);

/** Numbers that break every duration and count rule somewhere. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, -0, 0.5, 1e308, -1e-9, Number.MAX_SAFE_INTEGER + 2),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
);

/** Values of the wrong type for a string argument: what the engine can carry (JSON-like) … */
const jsonWrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, "a", "domainName"), fc.string({ maxLength: 5 }), {
    maxKeys: 2,
  }),
);
/** … and, for direct calls, what only JavaScript can. */
export const anyWrongType: fc.Arbitrary<unknown> = fc.oneof(
  jsonWrongType,
  fc.bigInt(),
  fc.constant(Symbol("hostile")),
  fc.constant(() => "a function"),
  fc.constant(new Date(NaN)),
);

/** A string argument: valid values, hostile strings judged by `isValid`, and wrong types. */
export function stringField(
  mode: Mode,
  w: number,
  property: string,
  valid: fc.Arbitrary<string>,
  isValid: (text: string) => boolean,
  randomValidAllowed: boolean,
): fc.Arbitrary<Field> {
  const strings = randomValidAllowed ? hostileString : hostileString.filter((text) => !isValid(text));
  return fc.oneof(
    { arbitrary: valid.map(ok), weight: w },
    { arbitrary: strings.map((text) => (isValid(text) ? ok(text) : broken(property)(text))), weight: 3 },
    { arbitrary: (mode === "call" ? anyWrongType : jsonWrongType).map(broken(property)), weight: 2 },
  );
}

/** A number argument: valid values, hostile numbers judged by `isValid`, and wrong types. */
export function numberField(
  mode: Mode,
  w: number,
  property: string,
  valid: fc.Arbitrary<number>,
  isValid: (value: number) => boolean,
): fc.Arbitrary<Field> {
  return fc.oneof(
    { arbitrary: valid.map(ok), weight: w },
    {
      arbitrary: hostileNumber.filter((value) => !isValid(value)).map(broken(property)),
      weight: 3,
    },
    {
      arbitrary: fc
        .oneof(fc.constantFrom("3", "30", "1e3", ""), mode === "call" ? anyWrongType : jsonWrongType)
        .filter((value) => typeof value !== "number")
        .map(broken(property)),
      weight: 2,
    },
  );
}

// The rules, as DESIGN.md and the README state them.
const DOMAIN_RULE = /^[a-zA-Z0-9_-]{1,64}$/;
const JOB_ID_RULE = /^[a-f0-9]{32}$/;
export const isDomainName = (text: string) => DOMAIN_RULE.test(text);
export const isJobId = (text: string) => JOB_ID_RULE.test(text);
const isStatus = (value: unknown) =>
  typeof value === "string" && (KNOWN_STATUSES as string[]).includes(value);

/** Characters every access string argument (region, profile, role, session) rejects. */
const POISON = [" ", "\u0000", "\n", "[", "]"];
/** A hostile string made invalid for every access argument by a character none allows. */
const poisoned = fc
  .tuple(hostileString, fc.constantFrom(...POISON))
  .map(([text, poison]) => `${text.slice(0, 500)}${poison}${text.slice(0, 20)}`);

function accessString(
  mode: Mode,
  w: number,
  property: string,
  valid: readonly string[],
): fc.Arbitrary<Field> {
  const arbitraries = [
    { arbitrary: poisoned.map(broken(property)), weight: 3 },
    {
      arbitrary: fc.constantFrom("", "\u0000", ...TRAVERSAL.map((t) => `${t} `)).map(broken(property)),
      weight: 1,
    },
    { arbitrary: (mode === "call" ? anyWrongType : jsonWrongType).map(broken(property)), weight: 2 },
  ];
  return valid.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...valid).map(ok), weight: w }, ...arbitraries)
    : fc.oneof(...arbitraries);
}

/** `region`, `endpoint`, `profile`, … as generated for `mode` (valid values only where safe). */
function accessFields(mode: Mode, w: number, endpoint: string) {
  const call = mode === "call";
  const invalidEndpoints = [
    "",
    "not a url",
    "127.0.0.1:4566",
    "//127.0.0.1",
    "ftp://127.0.0.1/",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "http://user:pass@127.0.0.1/",
    "http://:secret@127.0.0.1/",
    "..%2F..%2F",
    "../../etc/passwd",
    "\u0000",
  ];
  return {
    region: accessString(mode, w, "region", ["us-east-1", "eu-west-2", "ap-southeast-1"]),
    endpoint: fc.oneof(
      { arbitrary: fc.constant(endpoint).map(ok), weight: w },
      { arbitrary: fc.constantFrom(...invalidEndpoints).map(broken("endpoint")), weight: 2 },
      { arbitrary: hugeString.map(broken("endpoint")), weight: 1 },
      { arbitrary: (call ? anyWrongType : jsonWrongType).map(broken("endpoint")), weight: 1 },
    ),
    profile: accessString(mode, w, "profile", call ? [] : ["default", "prod-reader"]),
    roleArn: accessString(mode, w, "roleArn", call ? [] : ["arn:aws:iam::123456789012:role/reader"]),
    externalId: accessString(mode, w, "externalId", call ? [] : ["ext-id-1"]),
    roleSessionName: accessString(mode, w, "roleSessionName", call ? [] : ["pulumi-session"]),
    maxAttempts: numberField(
      mode,
      w,
      "maxAttempts",
      fc.constantFrom(1, 2, 3),
      (n) => Number.isInteger(n) && n >= 1 && n <= 20,
    ),
    requestTimeoutSeconds: numberField(
      mode,
      w,
      "requestTimeoutSeconds",
      fc.constantFrom(5, 30),
      (n) => Number.isFinite(n) && n > 0 && n <= 3600,
    ),
  };
}

/** Inserts Pulumi's unknown value into a list, as preview sends `[known, output-not-known-yet]`. */
function withUnknownElements(list: readonly string[]): fc.Arbitrary<unknown[]> {
  return fc.array(fc.nat({ max: list.length }), { minLength: 1, maxLength: 2 }).map((positions) => {
    const result: unknown[] = [...list];
    for (const at of positions) result.splice(at, 0, UNKNOWN);
    return result;
  });
}

/**
 * A status list. Valid: a non-empty list of model statuses (with `COMPLETED` when
 * `mustIncludeCompleted`, so a wait on a terminal job never polls again).
 */
function statusField(
  mode: Mode,
  w: number,
  property: string,
  mustIncludeCompleted: boolean,
): fc.Arbitrary<Field> {
  const valid = fc
    .subarray([...KNOWN_STATUSES], { minLength: 1 })
    .map((list) => (mustIncludeCompleted && !list.includes("COMPLETED") ? [...list, "COMPLETED"] : list));
  const badElement = fc.oneof(
    hostileString.filter((text) => !isStatus(text)),
    fc.constantFrom("completed", "Completed", " COMPLETED", "EXPORTING", "DONE"),
    mode === "call" ? fc.oneof(anyWrongType, fc.constant(undefined)) : jsonWrongType,
  );
  const arbitraries: fc.WeightedArbitrary<Field>[] = [
    { arbitrary: valid.map(ok), weight: w },
    { arbitrary: fc.constant([]).map(broken(property)), weight: 1 },
    {
      arbitrary: fc
        .tuple(valid, badElement, fc.nat())
        .map(([list, bad, at]) => {
          const result: unknown[] = [...list];
          result.splice(at % (list.length + 1), 0, bad);
          return result;
        })
        .map(broken(property)),
      weight: 3,
    },
    {
      arbitrary: fc
        .oneof(
          fc.constantFrom("COMPLETED", "COMPLETED,FAILED"),
          mode === "call" ? anyWrongType : jsonWrongType,
        )
        .filter((value) => !Array.isArray(value))
        .map(broken(property)),
      weight: 2,
    },
  ];
  if (mode === "check") {
    arbitraries.push({ arbitrary: valid.chain(withUnknownElements).map(ok), weight: 2 });
  }
  return fc.oneof(...arbitraries);
}

/** A boolean option. */
export function booleanField(mode: Mode, w: number, property: string): fc.Arbitrary<Field> {
  return fc.oneof(
    { arbitrary: fc.boolean().map(ok), weight: w },
    {
      arbitrary: fc
        .oneof(fc.constantFrom("true", "false", 0, 1), mode === "call" ? anyWrongType : jsonWrongType)
        .filter((value) => typeof value !== "boolean")
        .map(broken(property)),
      weight: 2,
    },
  );
}

/** In `check` mode any member may be unknown at preview: skipped, so never a failure. */
function orUnknown(mode: Mode, field: fc.Arbitrary<Field>): fc.Arbitrary<Field> {
  return mode === "check" ? fc.oneof({ arbitrary: field, weight: 5 }, fc.constant(ok(UNKNOWN))) : field;
}

/** `arbitrary` about once in `2 * w` runs, else `undefined`. */
export function rarely<T>(w: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 2 * w - 1 });
}

const WAIT_KEYS = ["status", "timeoutSeconds", "minDelaySeconds", "maxDelaySeconds", "acceptPartialSuccess"];
const seconds = (n: number) => Number.isFinite(n) && n > 0 && n <= 43_200;

/** `waitFor`: wrong shapes, unknown options, bad members, and durations in an impossible order. */
function waitForField(mode: Mode, w: number): fc.Arbitrary<Field> {
  const members = fc.record(
    {
      status: orUnknown(mode, statusField(mode, w, "waitFor.status", true)),
      timeoutSeconds: orUnknown(
        mode,
        numberField(mode, w, "waitFor.timeoutSeconds", fc.integer({ min: 100, max: 43_200 }), seconds),
      ),
      minDelaySeconds: orUnknown(
        mode,
        numberField(mode, w, "waitFor.minDelaySeconds", fc.double({ min: 1, max: 5, noNaN: true }), seconds),
      ),
      maxDelaySeconds: orUnknown(
        mode,
        numberField(mode, w, "waitFor.maxDelaySeconds", fc.integer({ min: 5, max: 50 }), seconds),
      ),
      acceptPartialSuccess: orUnknown(mode, booleanField(mode, w, "waitFor.acceptPartialSuccess")),
      extra: rarely(
        w,
        fc.tuple(
          fc.constantFrom(...PROTOTYPE_KEYS, "timeout", "Status", "waitFor", "../x", ""),
          fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)),
        ),
      ),
      order: rarely(w, fc.constantFrom("max below min", "timeout not above min")),
    },
    { requiredKeys: ["extra", "order"] },
  );
  const object = members.map(({ extra, order, ...fields }): Field => {
    const value: Record<string, unknown> = {};
    const failures: string[] = [];
    for (const [key, field] of Object.entries(fields)) {
      if (field === undefined) continue;
      defineOwn(value, key, field.value);
      failures.push(...field.failures);
    }
    if (order === "max below min") {
      Object.assign(value, { minDelaySeconds: 10, maxDelaySeconds: 5 });
      failures.splice(0, failures.length, ...failures.filter((p) => !/DelaySeconds$/.test(p)));
      if (seconds(value.timeoutSeconds as number) && (value.timeoutSeconds as number) <= 10) {
        failures.push("waitFor.timeoutSeconds");
      }
      failures.push("waitFor.maxDelaySeconds");
    } else if (order === "timeout not above min") {
      Object.assign(value, { timeoutSeconds: 5, minDelaySeconds: 5 });
      failures.splice(
        0,
        failures.length,
        ...failures.filter((p) => p !== "waitFor.timeoutSeconds" && p !== "waitFor.minDelaySeconds"),
      );
      const max = value.maxDelaySeconds;
      if (typeof max === "number" && seconds(max) && max < 5) failures.push("waitFor.maxDelaySeconds");
      failures.push("waitFor.timeoutSeconds");
    }
    if (extra !== undefined && !WAIT_KEYS.includes(extra[0])) {
      defineOwn(value, extra[0], extra[1]);
      failures.push(`waitFor.${extra[0]}`);
    }
    return { value, failures };
  });
  return fc.oneof(
    { arbitrary: object, weight: 6 },
    {
      arbitrary: fc
        .oneof(fc.constant([{ status: ["COMPLETED"] }]), mode === "call" ? anyWrongType : jsonWrongType)
        .filter((value) => typeof value !== "object" || value === null || Array.isArray(value))
        .map(broken("waitFor")),
      weight: 1,
    },
  );
}

/** Keys no lookup knows, prototype keys first among them. */
const unknownKey = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_KEYS,
    "domainname",
    "DomainName",
    "JobId",
    "job_id",
    "../x",
    "%2F",
    "",
    "\u{1F642}",
  ),
  fc.string({ maxLength: 10 }),
);

/** Valid values that mean something to the emulator the calls go to. */
export interface SeededValues {
  /** Valid domain names, mostly seeded ones. */
  readonly domainName: fc.Arbitrary<string>;
  /** Valid job ids, mostly seeded ones. */
  readonly jobId: fc.Arbitrary<string>;
  /** The emulator's endpoint: the only valid `endpoint` a call may get. */
  readonly endpoint: string;
}

/** Which lookup the arguments are for: Get (jobId, waitFor), List (neither) or the resource's check. */
export type Target = "get" | "list" | "check";

/** Every argument name a lookup knows, plus what the resource keeps in its property bag. */
const KNOWN_NAMES = new Set<string>([
  "domainName",
  "jobId",
  "status",
  "statusFilter",
  "waitFor",
  ...AWS_ACCESS_ARG_KEYS,
  "__provider",
]);

/** How often each member is present (out of 100): as users write them, mostly few. */
const PRESENCE: Record<string, { call: number; check: number }> = {
  domainName: { call: 96, check: 96 },
  jobId: { call: 50, check: 50 },
  status: { call: 25, check: 25 },
  region: { call: 20, check: 15 },
  endpoint: { call: 20, check: 15 },
  profile: { call: 4, check: 15 },
  roleArn: { call: 4, check: 15 },
  externalId: { call: 4, check: 15 },
  roleSessionName: { call: 4, check: 15 },
  maxAttempts: { call: 15, check: 15 },
  requestTimeoutSeconds: { call: 15, check: 15 },
  waitFor: { call: 25, check: 25 },
};

/**
 * Arguments for `target`, each member valid or hostile, plus the argument paths a validator must
 * report. Half the runs are mostly valid (one member in ~20 hostile), so valid calls, often of
 * seeded domains and jobs, get exact results to compare; the other half are mostly hostile.
 */
export function lookupArgs(target: Target, seeded: SeededValues): fc.Arbitrary<GeneratedArgs> {
  return fc.oneof(argsWith(target, seeded, 40), argsWith(target, seeded, 2));
}

function argsWith(target: Target, seeded: SeededValues, w: number): fc.Arbitrary<GeneratedArgs> {
  const mode: Mode = target === "check" ? "check" : "call";
  const fields: Record<string, fc.Arbitrary<Field>> = {
    domainName: stringField(mode, w, "domainName", seeded.domainName, isDomainName, true),
    jobId: stringField(mode, w, "jobId", seeded.jobId, isJobId, true),
    status: statusField(mode, w, "status", false),
    ...accessFields(mode, w, seeded.endpoint),
    waitFor: waitForField(mode, w),
  };
  const record = fc.record(
    Object.fromEntries(
      Object.entries(fields).map(([key, field]) => {
        const present = PRESENCE[key][mode];
        return [
          key,
          fc.oneof(
            { arbitrary: orUnknown(mode, field), weight: present },
            { arbitrary: fc.constant(undefined), weight: 100 - present },
          ),
        ];
      }),
    ) as Record<string, fc.Arbitrary<Field | undefined>>,
  );
  const extraWeight = Math.max(1, Math.round(Math.min(40, 100 / w)));
  const extra = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 100 - extraWeight },
    {
      arbitrary: fc.tuple(
        unknownKey.filter((key) => !KNOWN_NAMES.has(key)),
        fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null), hugeString),
      ),
      weight: extraWeight,
    },
  );
  const object = fc
    .tuple(record, extra)
    .map(([members, unknown]): GeneratedArgs => buildArgs(target, members, unknown));
  if (mode === "check") return object; // the engine always sends an object
  const notAnObject = fc
    .oneof(anyWrongType, fc.constant(undefined))
    .filter((value) => typeof value !== "object" || value === null || Array.isArray(value))
    .map((args): GeneratedArgs => ({ args, failures: new Set(["args"]) }));
  return fc.oneof({ arbitrary: object, weight: 10 * w }, { arbitrary: notAnObject, weight: 1 });
}

function buildArgs(
  target: Target,
  members: Record<string, Field | undefined>,
  extra: [string, unknown] | undefined,
): GeneratedArgs {
  const args: Record<string, unknown> = {};
  const failures = new Set<string>();
  for (const [key, field] of Object.entries(members)) {
    if (field === undefined) continue;
    if (target === "list" && (key === "jobId" || key === "waitFor")) {
      // List takes neither: any value is an unknown argument.
      defineOwn(args, key, field.value);
      failures.add(key);
      continue;
    }
    const name = target === "check" && key === "status" ? "statusFilter" : key;
    defineOwn(args, name, field.value);
    for (const failure of field.failures) failures.add(failure);
  }
  if (members.domainName === undefined) failures.add("domainName");
  if (target !== "list" && members.jobId !== undefined && members.status !== undefined)
    failures.add("status");
  if (extra) {
    defineOwn(args, extra[0], extra[1]);
    failures.add(extra[0]);
  }
  return { args, failures };
}

/** Sets an own, enumerable member, even one named `__proto__` (as JSON.parse would). */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
