import { AWS_ACCESS_ARG_KEYS } from "./args";
import { InvalidArgumentError } from "./errors";
import { show } from "./show";
import { KNOWN_STATUSES, isKnownStatus } from "./status";

/** One broken rule: the argument's path and what is wrong with its value. */
export interface ArgumentFailure {
  readonly property: string;
  readonly reason: string;
}

/** Which argument groups a caller accepts. */
interface Shape {
  readonly jobId: boolean;
  readonly waitFor: boolean;
}

const WAIT_KEYS = ["status", "timeoutSeconds", "minDelaySeconds", "maxDelaySeconds", "acceptPartialSuccess"];

const DOMAIN_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const JOB_ID = /^[a-f0-9]{32}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const PROFILE = /^[^\s\0[\]]{1,128}$/;

/** Longest wait accepted, in seconds (12 hours). */
export const MAX_WAIT_SECONDS = 43_200;

/** A rule for one argument: why its (known) value is wrong, or undefined when it is right. */
type Rule = (value: unknown, isUnknown: (value: unknown) => boolean) => string | undefined;

// Access arguments' rules, in the order their failures are reported; built once, since every
// lookup runs them.
const ACCESS_RULES: readonly (readonly [property: string, rule: Rule])[] = [
  ["region", (v) => matches(v, REGION, "must be an AWS region name such as 'us-east-1'")],
  ["endpoint", endpointRule],
  ["profile", (v) => matches(v, PROFILE, "must be a profile name from the AWS config file")],
  [
    "roleArn",
    (v) => matches(v, ROLE_ARN, "must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/reader'"),
  ],
  ["externalId", (v) => matches(v, EXTERNAL_ID, "must be 2–1224 characters of letters, digits and +=,.@:/-")],
  [
    "roleSessionName",
    (v) => matches(v, SESSION_NAME, "must be 2–64 characters of letters, digits and +=,.@-"),
  ],
  ["maxAttempts", (v) => integerIn(v, 1, 20)],
  ["requestTimeoutSeconds", (v) => numberIn(v, 0, 3600, "seconds")],
];

const domainNameRule: Rule = (v) =>
  matches(v, DOMAIN_NAME, "must be 1–64 characters of letters, digits, '_' or '-'");
const jobIdRule: Rule = (v) => matches(v, JOB_ID, "must be 32 lowercase hex characters");

const neverUnknown = (): boolean => false;

/**
 * Checks lookup arguments against the API model's rules and this library's own, without any I/O.
 * `isUnknown` marks values not known yet (Pulumi preview): they are skipped, not judged.
 */
export function findArgumentFailures(
  args: unknown,
  shape: Shape,
  isUnknown: (value: unknown) => boolean = neverUnknown,
): ArgumentFailure[] {
  const failures: ArgumentFailure[] = [];
  if (typeof args !== "object" || args === null || Array.isArray(args)) {
    failures.push({
      property: "args",
      reason: `must be an object with at least domainName, got ${show(args)}`,
    });
    return failures;
  }
  const input = args as Record<string, unknown>;
  const known = knownArguments(shape);
  for (const key of Object.keys(input)) {
    if (!known.includes(key) && input[key] !== undefined) {
      failures.push({ property: key, reason: `is not a known argument (known: ${known.join(", ")})` });
    }
  }
  if (input.domainName === undefined) failures.push({ property: "domainName", reason: "is required" });
  judge(failures, "domainName", input.domainName, domainNameRule, isUnknown);
  if (shape.jobId) judge(failures, "jobId", input.jobId, jobIdRule, isUnknown);
  judge(failures, "status", input.status, statusList, isUnknown);
  if (shape.jobId && input.jobId !== undefined && input.status !== undefined) {
    failures.push({
      property: "status",
      reason: "filters which job is the newest and cannot be combined with jobId; use waitFor.status",
    });
  }
  for (const [property, rule] of ACCESS_RULES) judge(failures, property, input[property], rule, isUnknown);
  if (shape.waitFor && input.waitFor !== undefined && !isUnknown(input.waitFor)) {
    const fail = (property: string, reason: string) => failures.push({ property, reason });
    const reason = waitForFailures(input.waitFor, isUnknown, fail);
    if (reason) fail("waitFor", reason);
  }
  return failures;
}

// Adds the failure of `rule` for a value that is present and known.
function judge(
  failures: ArgumentFailure[],
  property: string,
  value: unknown,
  rule: Rule,
  isUnknown: (value: unknown) => boolean,
): void {
  if (value === undefined || isUnknown(value)) return;
  const reason = rule(value, isUnknown);
  if (reason) failures.push({ property, reason });
}

const knownByShape = new Map<string, readonly string[]>();

// Built once per shape: every lookup checks its argument names against it.
function knownArguments(shape: Shape): readonly string[] {
  const key = `${shape.jobId}/${shape.waitFor}`;
  let known = knownByShape.get(key);
  if (!known) {
    known = [
      "domainName",
      "status",
      ...AWS_ACCESS_ARG_KEYS,
      ...(shape.jobId ? ["jobId"] : []),
      ...(shape.waitFor ? ["waitFor"] : []),
    ];
    knownByShape.set(key, known);
  }
  return known;
}

/** Throws an {@link InvalidArgumentError} for the first broken rule, if any. */
export function assertValidArguments(args: unknown, shape: Shape): void {
  const [first] = findArgumentFailures(args, shape);
  if (first) throw new InvalidArgumentError(first.property, first.reason);
}

// Reports nested failures itself (so each names its own path) and returns nothing further.
function waitForFailures(
  value: unknown,
  isUnknown: (value: unknown) => boolean,
  fail: (property: string, reason: string) => void,
): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `must be an object such as { status: ["COMPLETED"] }, got ${show(value)}`;
  }
  const wait = value as Record<string, unknown>;
  for (const key of Object.keys(wait)) {
    if (!WAIT_KEYS.includes(key) && wait[key] !== undefined) {
      fail(`waitFor.${key}`, `is not a known option (known: ${WAIT_KEYS.join(", ")})`);
    }
  }
  const known = (v: unknown) => v !== undefined && !isUnknown(v);
  const rules: [string, (v: unknown) => string | undefined][] = [
    ["status", (v) => statusList(v, isUnknown)],
    ["timeoutSeconds", waitSeconds],
    ["minDelaySeconds", waitSeconds],
    ["maxDelaySeconds", waitSeconds],
    [
      "acceptPartialSuccess",
      (v) => (typeof v === "boolean" ? undefined : `must be true or false, got ${show(v)}`),
    ],
  ];
  for (const [key, rule] of rules) {
    if (!known(wait[key])) continue;
    const reason = rule(wait[key]);
    if (reason) fail(`waitFor.${key}`, reason);
  }
  const timing = {
    timeout: wait.timeoutSeconds,
    min: wait.minDelaySeconds,
    max: wait.maxDelaySeconds,
  };
  for (const failure of timingOrderFailures(timing, {
    timeout: "waitFor.timeoutSeconds",
    min: "waitFor.minDelaySeconds",
    max: "waitFor.maxDelaySeconds",
  })) {
    fail(failure.property, failure.reason);
  }
  return undefined;
}

/** The rule every wait duration follows: seconds, positive, at most {@link MAX_WAIT_SECONDS}. */
export function waitSeconds(value: unknown): string | undefined {
  return numberIn(value, 0, MAX_WAIT_SECONDS, "seconds");
}

/**
 * How a wait's durations must relate (the rules `@smithy/util-waiter` enforces, checked here
 * first so the message names the caller's own option): max delay at least the min delay, and
 * the total wait longer than the min delay. Values that are not valid numbers are skipped.
 */
export function timingOrderFailures(
  values: { timeout?: unknown; min?: unknown; max?: unknown },
  names: { timeout: string; min: string; max: string },
): ArgumentFailure[] {
  const failures: ArgumentFailure[] = [];
  const valid = (v: unknown): v is number => v !== undefined && waitSeconds(v) === undefined;
  const { timeout, min, max } = values;
  if (valid(min) && valid(max) && max < min) {
    failures.push({ property: names.max, reason: `[${max}] must be at least ${names.min} [${min}]` });
  }
  if (valid(timeout) && valid(min) && timeout <= min) {
    failures.push({
      property: names.timeout,
      reason: `[${timeout}] must be greater than ${names.min} [${min}]`,
    });
  }
  return failures;
}

function matches(value: unknown, pattern: RegExp, rule: string): string | undefined {
  if (typeof value !== "string") return `must be a string, got ${show(value)}`;
  return pattern.test(value) ? undefined : `${show(value)} ${rule}`;
}

function statusList(value: unknown, isUnknown: (value: unknown) => boolean): string | undefined {
  if (!Array.isArray(value)) return `must be a list of statuses such as ["COMPLETED"], got ${show(value)}`;
  if (value.length === 0) return "must name at least one status";
  const at = value.findIndex((s) => !isUnknown(s) && (typeof s !== "string" || !isKnownStatus(s)));
  if (at >= 0) return `contains ${show(value[at])}, which is not one of ${KNOWN_STATUSES.join(", ")}`;
  return undefined;
}

function integerIn(value: unknown, min: number, max: number): string | undefined {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    return `must be a whole number from ${min} to ${max}, got ${show(value)}`;
  }
  return undefined;
}

function numberIn(value: unknown, above: number, max: number, unit: string): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= above || value > max) {
    return `must be a number of ${unit} greater than ${above} and at most ${max}, got ${show(value)}`;
  }
  return undefined;
}

// The last endpoint found valid: a program passes the same one to every lookup, and parsing it
// as a URL is the costliest check.
let lastValidEndpoint: string | undefined;

function endpointRule(value: unknown): string | undefined {
  if (value === lastValidEndpoint) return undefined;
  if (typeof value !== "string") return `must be a string, got ${show(value)}`;
  // Checked first, so the value (and any password in it) is never quoted back.
  if (/\/\/[^/]*@/.test(value)) return "must not carry credentials in the URL";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${show(value)} must be an absolute http:// or https:// URL`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `${show(value)} must be an absolute http:// or https:// URL`;
  }
  lastValidEndpoint = value;
  return undefined;
}
