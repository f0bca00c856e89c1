// Shared values and small helpers for the unit tests. Not a test file: jest only runs `*.test.ts`.
import type { CallContext } from "../../provider/classifyError";

export const DOMAIN = "acme-profiles";
export const JOB_ID = "0123456789abcdef0123456789abcdef";
export const OTHER_JOB_ID = "fedcba9876543210fedcba9876543210";
export const REGION = "us-east-1";

/** `$metadata` as the SDK puts it on every response. */
export const METADATA = { httpStatusCode: 200, requestId: "req-ok", attempts: 1, totalRetryDelay: 0 };

/** The context of a GetIdentityResolutionJob call for {@link DOMAIN}/{@link JOB_ID}. */
export const GET_CONTEXT: CallContext & { readonly jobId: string } = {
  operation: "GetIdentityResolutionJob",
  domainName: DOMAIN,
  jobId: JOB_ID,
  region: REGION,
  secrets: [],
};

/** Every path (like `a.b[0]`) under `value` whose member is present with the value `undefined`. */
export function undefinedPaths(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => undefinedPaths(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, member]) =>
    member === undefined ? [`${path}.${key}`] : undefinedPaths(member, `${path}.${key}`),
  );
}

/** Settles `promise` into the error it rejected with; fails the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  if (!("rejected" in outcome))
    throw new Error(`expected a rejection, got ${JSON.stringify(outcome.resolved)}`);
  expect(outcome.rejected).toBeInstanceOf(Error);
  return outcome.rejected as Error;
}
