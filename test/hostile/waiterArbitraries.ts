// Generated calls of waitUntilIdentityResolutionJobCompleted(params, input): the SDK-shaped waiter
// configuration and the GetIdentityResolutionJob input, each member valid or hostile, with the
// option names a validator must report. Not a test file.
import fc from "fast-check";
import {
  anyWrongType,
  booleanField,
  broken,
  isDomainName,
  isJobId,
  numberField,
  ok,
  rarely,
  stringField,
  type Field,
  type SeededValues,
} from "./arbitraries";

/** One generated waiter call and the option names that must be reported (none: a valid call). */
export interface GeneratedWaiterCall {
  readonly params: unknown;
  readonly input: unknown;
  readonly failures: ReadonlySet<string>;
}

/** What a valid call may carry besides the client. */
export interface WaiterFixtures {
  /** A working client for the emulator. */
  readonly client: object;
  /** A fresh `onProgress` callback; the property reads what it recorded. */
  readonly onProgress: () => (progress: unknown) => void;
}

/** The waiter's default minimum delay, seconds: what `maxDelay` and `maxWaitTime` are checked against. */
const DEFAULT_MIN_DELAY = 15;
const seconds = (n: unknown): n is number =>
  typeof n === "number" && Number.isFinite(n) && n > 0 && n <= 43_200;

function objectOption(
  w: number,
  property: string,
  valid: fc.Arbitrary<unknown>,
  hostile: readonly unknown[],
): fc.Arbitrary<Field> {
  return fc.oneof(
    { arbitrary: valid.map(ok), weight: w },
    { arbitrary: fc.oneof(fc.constantFrom(...hostile), anyWrongType).map(broken(property)), weight: 2 },
  );
}

/** Mostly-valid calls (w = 40) and mostly-hostile ones (w = 2), half each. */
export function waiterCall(
  fixtures: WaiterFixtures,
  seeded: SeededValues,
): fc.Arbitrary<GeneratedWaiterCall> {
  return fc.oneof(callWith(fixtures, seeded, 40), callWith(fixtures, seeded, 2));
}

function callWith(
  fixtures: WaiterFixtures,
  seeded: SeededValues,
  w: number,
): fc.Arbitrary<GeneratedWaiterCall> {
  const optional = (field: fc.Arbitrary<Field>, present: number) =>
    fc.oneof(
      { arbitrary: field, weight: present },
      { arbitrary: fc.constant(undefined), weight: 100 - present },
    );
  const input = fc.record({
    DomainName: optional(
      stringField("call", w, "input.DomainName", seeded.domainName, isDomainName, true),
      97,
    ),
    JobId: optional(stringField("call", w, "input.JobId", seeded.jobId, isJobId, true), 97),
  });
  const hostileSignals = ["signal", {}, { aborted: "no" }, [], null];
  const params = fc.record({
    client: optional(
      objectOption(w, "client", fc.constant(fixtures.client), [
        null,
        {},
        "client",
        [],
        { config: {} },
        { send: () => undefined },
        { config: { region: "us-east-1" }, send: () => undefined },
      ]),
      97,
    ),
    maxWaitTime: optional(
      numberField("call", w, "maxWaitTime", fc.integer({ min: 100, max: 43_200 }), seconds),
      97,
    ),
    minDelay: optional(
      numberField("call", w, "minDelay", fc.double({ min: 1, max: 5, noNaN: true }), seconds),
      20,
    ),
    maxDelay: optional(numberField("call", w, "maxDelay", fc.integer({ min: 15, max: 50 }), seconds), 20),
    acceptPartialSuccess: optional(booleanField("call", w, "acceptPartialSuccess"), 30),
    onProgress: optional(
      objectOption(
        w,
        "onProgress",
        fc.constant(null).map(() => fixtures.onProgress()),
        ["log", 1, {}, null],
      ),
      20,
    ),
    abortSignal: optional(
      objectOption(
        w,
        "abortSignal",
        fc.constant(null).map(() => new AbortController().signal),
        hostileSignals,
      ),
      10,
    ),
    abortController: optional(
      objectOption(
        w,
        "abortController",
        fc.constant(null).map(() => new AbortController()),
        hostileSignals,
      ),
      10,
    ),
  });
  const order = rarely(w, fc.constantFrom("max below min", "timeout not above min"));
  const shape = rarely(w, fc.constantFrom("params", "input"));
  const notObject = fc
    .oneof(anyWrongType, fc.constant(undefined))
    .filter((v) => typeof v !== "object" || v === null || Array.isArray(v));
  return fc.tuple(params, input, order, shape, notObject).map(([p, i, orderBreak, notAnObject, wrong]) => {
    const failures = new Set<string>();
    const build = (
      fields: Record<string, Field | undefined>,
      required: readonly string[],
      prefix: string,
    ) => {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(fields)) {
        if (field === undefined) {
          if (required.includes(key)) failures.add(`${prefix}${key}`);
          continue;
        }
        value[key] = field.value;
        for (const failure of field.failures) failures.add(failure);
      }
      return value;
    };
    const paramsValue = build(p, ["client", "maxWaitTime"], "");
    const inputValue = build(i, ["DomainName", "JobId"], "input.");
    if (orderBreak === "max below min") {
      Object.assign(paramsValue, { minDelay: 10, maxDelay: 5 });
      failures.delete("minDelay");
      failures.add("maxDelay");
    } else if (orderBreak === "timeout not above min") {
      Object.assign(paramsValue, { maxWaitTime: 5 });
      failures.delete("maxWaitTime");
      failures.add("maxWaitTime");
    }
    const min = paramsValue.minDelay === undefined ? DEFAULT_MIN_DELAY : paramsValue.minDelay;
    if (
      orderBreak !== "max below min" &&
      seconds(min) &&
      seconds(paramsValue.maxDelay) &&
      paramsValue.maxDelay < min
    ) {
      failures.add("maxDelay");
    }
    if (notAnObject === "params") {
      return { params: wrong, input: inputValue, failures: new Set(["params"]) };
    }
    if (notAnObject === "input") {
      failures.add("input.DomainName");
      failures.add("input.JobId");
      return { params: paramsValue, input: wrong, failures };
    }
    return { params: paramsValue, input: inputValue, failures };
  });
}
