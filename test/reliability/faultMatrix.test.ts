// The fault matrix through (a) the lookup functions and (b) the waiter: for every fault the
// emulator can inject — throttling, 500, connection reset, a slow answer past the client timeout,
// malformed JSON, a wrong content type, 403, 404, an invalid signature — the outcome is either
// success after a bounded number of requests or the documented named error with its message;
// nothing is left rejecting in the background and nothing hangs. (The engine's share of the
// matrix is in faultMatrix.engine.test.ts.)
import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import {
  getIdentityResolutionJob,
  waitUntilIdentityResolutionJobCompleted,
} from "@customer-profiles/identity-resolution";
import { DEFAULT_CREDENTIALS, startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator, SeedFault } from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf } from "../emulator/helpers";
import {
  credentialVariables,
  emulatorArgs,
  eventually,
  requestsFor,
  runInNode,
  setEnvironment,
  tally,
} from "../wire/support";
import { bounded, recordUnhandledRejections, settle, type RejectionRecorder } from "./support";

jest.setTimeout(90_000);

const DOMAIN = "reliability";
/** Longest any one call may take: the slowest row retries three 1 s timeouts with backoff. */
const CALL_LIMIT_MS = 30_000;
const WRONG_SECRET = "reliability/wrong/secret/for/invalid/signature";

/** What a row must end in. */
type Outcome =
  | { readonly ok: true; readonly requests: number }
  | { readonly error: string; readonly parts: readonly string[]; readonly requests: number };

interface Row {
  readonly fault: string;
  /** Faults on the job's Get requests; `undefined` with `missing` for a job that does not exist. */
  readonly faults?: SeedFault[];
  readonly missing?: boolean;
  /** Sign with a secret the emulator does not know. */
  readonly wrongSecret?: boolean;
  /** Run in a real Node process (resets and refusals cannot be shown faithfully inside jest). */
  readonly realProcess?: boolean;
}

let emulator: RunningEmulator;
/** Knows the default key id with a different secret: the environment's signatures fail there. */
let otherSecretEmulator: RunningEmulator;
let restoreEnvironment: () => void;
let rejections: RejectionRecorder;
let nextJob = 0xd000;

beforeAll(async () => {
  rejections = recordUnhandledRejections();
  emulator = await startEmulator({ seed: { domains: { [DOMAIN]: { jobs: [] } } } });
  otherSecretEmulator = await startEmulator({
    seed: {
      credentials: [{ accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, secretAccessKey: WRONG_SECRET }],
      domains: { [DOMAIN]: { jobs: [{ JobId: jobIdOf(0xd5), Status: "COMPLETED" }] } },
    },
  });
  restoreEnvironment = setEnvironment(credentialVariables(emulator.credentials));
});

afterAll(async () => {
  restoreEnvironment();
  rejections.stop();
  await Promise.all([emulator.stop(), otherSecretEmulator.stop()]);
});

/** A job for one row: fresh, so its faults and its requests are its own. */
function jobFor(row: Row): { target: RunningEmulator; jobId: string } {
  if (row.wrongSecret) return { target: otherSecretEmulator, jobId: jobIdOf(0xd5) };
  const jobId = jobIdOf((nextJob += 1));
  if (!row.missing) {
    emulator.putJob(DOMAIN, {
      JobId: jobId,
      Status: "COMPLETED",
      ...(row.faults ? { Faults: row.faults } : {}),
    });
  }
  return { target: emulator, jobId };
}

const THROTTLED = "AWS kept throttling after every retry: raise maxAttempts, or run fewer lookups at once.";
const FAILED_5XX = "The service failed on every attempt: try again later.";
const NO_ANSWER =
  "Check the region, the endpoint and network access; raise requestTimeoutSeconds for slow networks.";
const NOT_CUSTOMER_PROFILES = "is not a valid Customer Profiles response";
const PERMISSION =
  "Allow the caller profile:GetIdentityResolutionJob on arn:aws:profile:us-east-1:<account-id>:domains/reliability.";
const NOT_FOUND = "or the caller may lack access (Customer Profiles answers 404 then too)";
const REJECTED = "AWS did not accept the credentials";

describe("(a) getIdentityResolutionJob: success after bounded retries, or the named error (maxAttempts 3)", () => {
  const rows: [string, Row, Outcome][] = [
    [
      "throttling, 2 times",
      { fault: "throttling", faults: [{ Error: "ThrottlingException", Times: 2 }] },
      { ok: true, requests: 3 },
    ],
    [
      "throttling, every attempt",
      { fault: "throttling", faults: [{ Error: "ThrottlingException", Times: 3 }] },
      {
        error: "ThrottledError",
        parts: ["ThrottlingException (HTTP 429", "3 attempts): Rate exceeded", THROTTLED],
        requests: 3,
      },
    ],
    [
      "500, 2 times",
      { fault: "500", faults: [{ Error: "InternalServerException", Times: 2 }] },
      { ok: true, requests: 3 },
    ],
    [
      "500, every attempt",
      { fault: "500", faults: [{ Error: "InternalServerException", Times: 3 }] },
      {
        error: "ServiceError",
        parts: ["InternalServerException (HTTP 500", "3 attempts)", FAILED_5XX],
        requests: 3,
      },
    ],
    [
      "connection reset, 2 times",
      { fault: "reset", faults: [{ Error: "Reset", Times: 2 }] },
      { ok: true, requests: 3 },
    ],
    [
      "connection reset, every attempt",
      { fault: "reset", faults: [{ Error: "Reset", Times: 3 }], realProcess: true },
      {
        error: "NetworkError",
        parts: ["(ECONNRESET: socket hang up) after 3 attempts", NO_ANSWER],
        requests: 3,
      },
    ],
    [
      "slow answer past requestTimeoutSeconds, once",
      { fault: "slow", faults: [{ Error: "Delay", Times: 1, DelayMs: 4_000 }] },
      { ok: true, requests: 2 },
    ],
    [
      "slow answer past requestTimeoutSeconds, every attempt",
      { fault: "slow", faults: [{ Error: "Delay", Times: 3, DelayMs: 4_000 }] },
      { error: "NetworkError", parts: ["(ETIMEDOUT: ", "after 3 attempts", NO_ANSWER], requests: 3 },
    ],
    [
      "malformed JSON",
      { fault: "malformed", faults: [{ Error: "Malformed", Times: 3 }] },
      {
        error: "InvalidResponseError",
        parts: ["(HTTP 200)", NOT_CUSTOMER_PROFILES, "Unterminated string in JSON"],
        requests: 1,
      },
    ],
    [
      "wrong content type",
      { fault: "content type", faults: [{ Error: "WrongContentType", Times: 3 }] },
      {
        error: "InvalidResponseError",
        parts: ["(HTTP 200)", NOT_CUSTOMER_PROFILES, `"<html><bod"`],
        requests: 1,
      },
    ],
    [
      "403 access denied",
      { fault: "403", faults: [{ Error: "AccessDeniedException", Times: 3 }] },
      {
        error: "AccessDeniedError",
        parts: ["AccessDeniedException (HTTP 403", "1 attempt)", PERMISSION],
        requests: 1,
      },
    ],
    [
      "404",
      { fault: "404", missing: true },
      { error: "JobNotFoundError", parts: ["ResourceNotFoundException (HTTP 404", NOT_FOUND], requests: 1 },
    ],
    [
      "invalid signature",
      { fault: "signature", wrongSecret: true },
      {
        error: "AccessDeniedError",
        parts: ["InvalidSignatureException (HTTP 403", "1 attempt)", REJECTED],
        requests: 1,
      },
    ],
  ];

  test.each(rows)("%s", async (_name, row, expected) => {
    const { target, jobId } = jobFor(row);
    const from = requestsFor(target, { jobId }).length;
    const args = {
      domainName: DOMAIN,
      jobId,
      maxAttempts: 3,
      ...(row.fault === "slow" ? { requestTimeoutSeconds: 1 } : {}),
      ...emulatorArgs(target),
    };
    const started = Date.now();
    const outcome = row.realProcess
      ? await runInNode(
          { fn: "getIdentityResolutionJob", args },
          credentialVariables(target.credentials),
          CALL_LIMIT_MS,
        ).then((child) => {
          expect(child.unhandledRejections).toBe(0);
          return child.error
            ? { ok: false as const, name: child.error.name, message: child.error.message }
            : { ok: true as const, value: child.result };
        })
      : await settle(bounded(getIdentityResolutionJob(args), CALL_LIMIT_MS, `lookup (${row.fault})`));
    console.log(`(a) ${_name}: ${outcome.ok ? "ok" : outcome.name} after ${Date.now() - started} ms`);
    if ("ok" in expected) {
      expect(outcome).toMatchObject({ ok: true, value: { domainName: DOMAIN, jobId, status: "COMPLETED" } });
    } else {
      expect(outcome.ok ? "resolved" : outcome.name).toBe(expected.error);
      const message = outcome.ok ? "" : outcome.message;
      expect(
        message.startsWith(
          `GetIdentityResolutionJob for job ${jobId} in domain '${DOMAIN}' (us-east-1) failed: `,
        ),
      ).toBe(true);
      for (const part of expected.parts) expect(message).toContain(part);
    }
    // Delayed answers are recorded once written; wait (bounded) for the count to settle.
    const settled = await eventually(
      () => requestsFor(target, { jobId }).length - from >= expected.requests,
      6_000,
    );
    expect(settled).toBe(true);
    expect(tally(requestsFor(target, { jobId, from })).get).toBe(expected.requests);
  });
});

describe("(b) waitUntilIdentityResolutionJobCompleted: transient faults are polled through, the rest end the wait at once", () => {
  let client: CustomerProfilesClient;
  let wrongSecretClient: CustomerProfilesClient;
  /** One attempt per poll, and a client timeout that actually fails slow requests. */
  const clientConfig = (target: RunningEmulator, secretAccessKey?: string) => ({
    endpoint: target.endpoint,
    region: "us-east-1",
    credentials: { ...target.credentials, ...(secretAccessKey ? { secretAccessKey } : {}) },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 1_000, throwOnRequestTimeout: true },
  });

  beforeAll(() => {
    client = new CustomerProfilesClient(clientConfig(emulator));
    wrongSecretClient = new CustomerProfilesClient(clientConfig(emulator, WRONG_SECRET));
  });
  afterAll(() => {
    client.destroy();
    wrongSecretClient.destroy();
  });

  const rows: [string, Row, Outcome][] = [
    [
      "throttling, 3 polls",
      { fault: "throttling", faults: [{ Error: "ThrottlingException", Times: 3 }] },
      { ok: true, requests: 4 },
    ],
    [
      "500, 3 polls",
      { fault: "500", faults: [{ Error: "InternalServerException", Times: 3 }] },
      { ok: true, requests: 4 },
    ],
    [
      "connection reset, 2 polls",
      { fault: "reset", faults: [{ Error: "Reset", Times: 2 }], realProcess: true },
      { ok: true, requests: 3 },
    ],
    [
      "slow answer past the client's requestTimeout, 2 polls",
      { fault: "slow", faults: [{ Error: "Delay", Times: 2, DelayMs: 2_500 }] },
      { ok: true, requests: 3 },
    ],
    [
      "malformed JSON",
      { fault: "malformed", faults: [{ Error: "Malformed", Times: 3 }] },
      { error: "InvalidResponseError", parts: [NOT_CUSTOMER_PROFILES], requests: 1 },
    ],
    [
      "wrong content type",
      { fault: "content type", faults: [{ Error: "WrongContentType", Times: 3 }] },
      { error: "InvalidResponseError", parts: [NOT_CUSTOMER_PROFILES], requests: 1 },
    ],
    [
      "403 access denied",
      { fault: "403", faults: [{ Error: "AccessDeniedException", Times: 3 }] },
      { error: "AccessDeniedError", parts: [PERMISSION], requests: 1 },
    ],
    ["404", { fault: "404", missing: true }, { error: "JobNotFoundError", parts: [NOT_FOUND], requests: 1 }],
    [
      "invalid signature",
      { fault: "signature" },
      { error: "AccessDeniedError", parts: ["InvalidSignatureException (HTTP 403", REJECTED], requests: 1 },
    ],
  ];

  test.each(rows)("%s", async (name, row, expected) => {
    const { target, jobId } = jobFor(row);
    const params = { maxWaitTime: 20, minDelay: 1, maxDelay: 1 };
    const input = { DomainName: DOMAIN, JobId: jobId };
    const started = Date.now();
    const outcome = row.realProcess
      ? await runInNode(
          { fn: "waitUntilIdentityResolutionJobCompleted", client: clientConfig(target), params, input },
          {},
          CALL_LIMIT_MS,
        ).then((child) => {
          expect(child.unhandledRejections).toBe(0);
          return child.error
            ? { ok: false as const, name: child.error.name, message: child.error.message }
            : { ok: true as const, value: child.result as { state: string; job: { Status?: string } } };
        })
      : await settle(
          bounded(
            waitUntilIdentityResolutionJobCompleted(
              { ...params, client: row.fault === "signature" ? wrongSecretClient : client },
              input,
            ).then(({ state, reason }) => ({ state, job: reason })),
            CALL_LIMIT_MS,
            `waiter (${row.fault})`,
          ),
        );
    console.log(`(b) ${name}: ${outcome.ok ? "ok" : outcome.name} after ${Date.now() - started} ms`);
    if ("ok" in expected) {
      expect(outcome).toMatchObject({ ok: true, value: { state: "SUCCESS", job: { Status: "COMPLETED" } } });
    } else {
      expect(outcome.ok ? "resolved" : outcome.name).toBe(expected.error);
      for (const part of expected.parts) expect(outcome.ok ? "" : outcome.message).toContain(part);
    }
    const settled = await eventually(() => requestsFor(target, { jobId }).length >= expected.requests, 6_000);
    expect(settled).toBe(true);
    expect(tally(requestsFor(target, { jobId })).get).toBe(expected.requests);
  });
});

describe("after the whole matrix", () => {
  test("nothing was left rejecting in the background", async () => {
    // Late settlements (answers to timed-out requests) get a moment to surface first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rejections.seen).toStrictEqual([]);
  });
});
