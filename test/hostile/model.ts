// The expected outcome of a lookup for generated arguments, written from the seed and the rules in
// DESIGN.md, and the assertion that a call settled exactly that way. Not a test file.
import {
  InvalidArgumentError,
  JobFailedError,
  JobNotFoundError,
  NoMatchingJobError,
  type GetIdentityResolutionJobArgs,
  type IdentityResolutionJobResult,
  type ListIdentityResolutionJobsArgs,
} from "../../provider";
import type { GeneratedArgs } from "./arbitraries";
import { newestFirst, seededJobs, summaryOf, type Settled } from "./harness";

type ErrorClass = abstract new (...args: never[]) => Error;

/** What a call must do. */
export type Expected =
  | { readonly kind: "invalid"; readonly properties: ReadonlySet<string> }
  | { readonly kind: "result"; readonly value: unknown; readonly requests: number }
  | {
      readonly kind: "error";
      readonly type: ErrorClass;
      readonly details: Readonly<Record<string, unknown>>;
      readonly requests: number;
    }
  /** A valid wait for a job that will never change: not run (it would poll until the timeout). */
  | { readonly kind: "would wait" };

/** getIdentityResolutionJob(args): by id, or the newest (matching) job; then read or wait. */
export function expectedGet(generated: GeneratedArgs): Expected {
  if (generated.failures.size > 0) return { kind: "invalid", properties: generated.failures };
  const args = generated.args as GetIdentityResolutionJobArgs;
  const { domainName } = args;
  const jobs = seededJobs(domainName);
  let job: IdentityResolutionJobResult | undefined;
  let requests: number;
  if (args.jobId !== undefined) {
    requests = 1;
    job = jobs?.find((candidate) => candidate.jobId === args.jobId);
    if (!job) {
      const details = { operation: "GetIdentityResolutionJob", domainName, jobId: args.jobId };
      return {
        kind: "error",
        type: JobNotFoundError,
        details: { ...details, httpStatusCode: 404 },
        requests,
      };
    }
  } else {
    if (!jobs) return listNotFound(domainName);
    const matching = filtered(jobs, args.status);
    if (matching.length === 0) {
      const details = { operation: "ListIdentityResolutionJobs", domainName };
      return { kind: "error", type: NoMatchingJobError, details, requests: 1 };
    }
    job = newestFirst(matching)[0];
    requests = 2;
  }
  if (args.waitFor) {
    const targets: readonly string[] = args.waitFor.status ?? ["COMPLETED"];
    const status = job.status ?? "";
    const partialAccepted = status === "PARTIAL_SUCCESS" && args.waitFor.acceptPartialSuccess === true;
    if (!targets.includes(status) && !partialAccepted) {
      if (status !== "FAILED" && status !== "PARTIAL_SUCCESS") return { kind: "would wait" };
      const details = {
        operation: "GetIdentityResolutionJob",
        domainName,
        jobId: job.jobId,
        status,
        ...(job.message ? { jobMessage: job.message } : {}),
      };
      return { kind: "error", type: JobFailedError, details, requests };
    }
  }
  return { kind: "result", value: job, requests };
}

/** listIdentityResolutionJobs(args): every (matching) job, newest first, from one page. */
export function expectedList(generated: GeneratedArgs): Expected {
  if (generated.failures.size > 0) return { kind: "invalid", properties: generated.failures };
  const args = generated.args as ListIdentityResolutionJobsArgs;
  const jobs = seededJobs(args.domainName);
  if (!jobs) return listNotFound(args.domainName);
  return { kind: "result", value: newestFirst(filtered(jobs, args.status)).map(summaryOf), requests: 1 };
}

function listNotFound(domainName: string): Expected {
  const details = { operation: "ListIdentityResolutionJobs", domainName, httpStatusCode: 404 };
  return { kind: "error", type: JobNotFoundError, details, requests: 1 };
}

function filtered(jobs: readonly IdentityResolutionJobResult[], status: readonly string[] | undefined) {
  return status ? jobs.filter((job) => job.status !== undefined && status.includes(job.status)) : [...jobs];
}

/**
 * Asserts that a call settled as `expected`, having sent `sent` requests: invalid input is an
 * InvalidArgumentError naming one broken argument, in its message too, with no request; valid input
 * is the exact result or the exact named error; nothing else (no TypeError) ever escapes.
 */
export function expectOutcome(outcome: Settled, expected: Expected, sent: number): void {
  if (expected.kind === "would wait") throw new Error("a run that would wait must be skipped first");
  if (expected.kind === "result") {
    expect(outcome).toStrictEqual({ value: expected.value });
    expect(sent).toBe(expected.requests);
    return;
  }
  if (!("error" in outcome)) {
    throw new Error(`expected ${describe(expected)}, got the result ${JSON.stringify(outcome.value)}`);
  }
  const error = outcome.error as Error;
  if (expected.kind === "invalid") {
    if (!(error instanceof InvalidArgumentError)) throw unexpected(error, expected);
    expect([...expected.properties]).toContain(error.property);
    expect(error.message.startsWith(`${error.property} `)).toBe(true);
    expect(sent).toBe(0);
    return;
  }
  if (error.constructor !== expected.type) throw unexpected(error, expected);
  expect(error).toMatchObject(expected.details);
  expect(sent).toBe(expected.requests);
}

function describe(expected: Exclude<Expected, { kind: "would wait" | "result" }>): string {
  return expected.kind === "invalid"
    ? `InvalidArgumentError naming one of ${[...expected.properties].join(", ")}`
    : `${expected.type.name}`;
}

function unexpected(error: Error, expected: Exclude<Expected, { kind: "would wait" | "result" }>): Error {
  return new Error(`expected ${describe(expected)}, got ${error?.name}: ${error?.message}`, { cause: error });
}
