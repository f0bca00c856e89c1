// The fault matrix on the real engine: one stack holding an IdentityResolutionJob, faults injected
// into the emulator between `pulumi up`s. Each `up` reads the live job once in `diff` (with the
// SDK's retries), so a fault that passes within maxAttempts leaves the update a no-op, and one that
// does not fails the update with the library's named error — and the stack's previous state and
// outputs are exactly what they were. Kept to the essential rows: each `up` costs seconds.
import { createEngineProject, type EngineProject } from "../engine/harness";
import { DOMAIN, JOB_A, jobA, jobAOutputs, program } from "../engine/fixtures";
import type { SeedFault } from "@customer-profiles/identity-resolution/emulator";
import { eventually, requestsFor, tally } from "../wire/support";
import { bounded, recordUnhandledRejections, type RejectionRecorder } from "./support";

jest.setTimeout(300_000);

/** Longest one `up` may take; it is cancelled after this. */
const UP_LIMIT_MS = 120_000;
const WRONG_SECRET = "engine/matrix/wrong/secret/key/0001";
const PREFIX = `GetIdentityResolutionJob for job ${JOB_A} in domain '${DOMAIN}' (us-east-1) failed: `;
const ARN = `arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}`;
const JOB_ARGS = { domainName: DOMAIN, jobId: JOB_A, maxAttempts: 3, requestTimeoutSeconds: 1 };

let project: EngineProject;
let rejections: RejectionRecorder;
const engineText: string[] = [];

/** Runs `up`, bounded, keeping its output; resolves to the error, or `undefined` on success. */
async function up(): Promise<Error | undefined> {
  const lines: string[] = [];
  const signal = AbortSignal.timeout(UP_LIMIT_MS);
  const started = Date.now();
  const outcome = await bounded(
    project.stack.up({ onOutput: (text) => lines.push(text), signal }).then(
      () => undefined,
      (error: unknown) => error as Error,
    ),
    UP_LIMIT_MS + 5_000,
    "pulumi up",
  );
  console.log(`up: ${outcome ? "failed" : "succeeded"} after ${Date.now() - started} ms`);
  engineText.push(lines.join(""), outcome?.message ?? "");
  return outcome;
}

/**
 * The stack's recorded state: every resource but the default provider (the stack's own outputs
 * included), as the backend holds it — one `stack export`, where reading resources and outputs
 * apart costs two CLI runs. The provider is left out because Pulumi stores the stack's config in
 * it, and the invalid-signature row changes that config on purpose.
 */
async function snapshot(): Promise<unknown[]> {
  const resources = ((await project.stack.exportStack()).deployment.resources ?? []) as { type: string }[];
  return resources.filter((r) => !r.type.startsWith("pulumi:providers:"));
}

/** The job resource's outputs in a snapshot. */
function jobOutputs(resources: unknown[]): Record<string, unknown> | undefined {
  const job = (resources as { type: string; outputs?: Record<string, unknown> }[]).find(
    (r) => r.type === "pulumi-nodejs:dynamic/customerprofiles:IdentityResolutionJob",
  );
  return job?.outputs;
}

/** Puts the job back as seeded, with `faults` on its next Get requests. */
function withFaults(faults: SeedFault[]): void {
  project.emulator.putJob(DOMAIN, { ...jobA, Faults: faults });
}

beforeAll(async () => {
  rejections = recordUnhandledRejections();
  project = await createEngineProject({
    program,
    seed: { domains: { [DOMAIN]: { jobs: [jobA] } } },
    config: { jobArgs: JSON.stringify(JOB_ARGS) },
  });
  expect(await up()).toBeUndefined();
  project.takeRequests();
});

afterAll(async () => {
  rejections.stop();
  await project?.dispose();
});

interface Row {
  readonly name: string;
  readonly inject: () => Promise<void>;
  readonly restore?: () => Promise<void>;
  /** Exact parts of the library's message, given the last request's id and the endpoint. */
  readonly parts: (requestId: string, endpoint: string) => string[];
  readonly requests: number;
}

const rows: Row[] = [
  {
    name: "500 on every attempt → ServiceError",
    inject: async () => withFaults([{ Error: "InternalServerException", Times: 3 }]),
    parts: (id) => [
      `${PREFIX}InternalServerException (HTTP 500, request id ${id}, 3 attempts): Internal service error; please retry`,
      "The service failed on every attempt: try again later.",
    ],
    requests: 3,
  },
  {
    name: "connection reset on every attempt → NetworkError",
    inject: async () => withFaults([{ Error: "Reset", Times: 3 }]),
    parts: (_id, endpoint) => [
      `${PREFIX}could not get an answer from ${endpoint} (ECONNRESET: socket hang up) after 3 attempts. Check the region, the endpoint and network access; raise requestTimeoutSeconds for slow networks.`,
    ],
    requests: 3,
  },
  {
    name: "answers slower than requestTimeoutSeconds on every attempt → NetworkError",
    inject: async () => withFaults([{ Error: "Delay", Times: 3, DelayMs: 3_000 }]),
    parts: (_id, endpoint) => [
      `${PREFIX}could not get an answer from ${endpoint} (ETIMEDOUT: `,
      "after 3 attempts. Check the region, the endpoint and network access; raise requestTimeoutSeconds for slow networks.",
    ],
    requests: 3,
  },
  {
    name: "malformed JSON → InvalidResponseError",
    inject: async () => withFaults([{ Error: "Malformed", Times: 1 }]),
    parts: (_id, endpoint) => [
      `${PREFIX}the endpoint's answer (HTTP 200) is not a valid Customer Profiles response (Unterminated string in JSON at position `,
      `). Check that the endpoint (${endpoint}) serves Customer Profiles.`,
    ],
    requests: 1,
  },
  {
    name: "404 (the job is gone) → JobNotFoundError",
    inject: async () => void project.emulator.deleteJob(DOMAIN, JOB_A),
    parts: (id) => [
      `${PREFIX}ResourceNotFoundException (HTTP 404, request id ${id}, 1 attempt): Job ${JOB_A} not found in domain ${DOMAIN}. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:GetIdentityResolutionJob on ${ARN}.`,
    ],
    requests: 1,
  },
  {
    name: "an invalid signature (wrong aws:secretKey) → AccessDeniedError",
    inject: async () => {
      await project.stack.setConfig("aws:accessKey", {
        value: project.emulator.credentials.accessKeyId,
        secret: true,
      });
      await project.stack.setConfig("aws:secretKey", { value: WRONG_SECRET, secret: true });
    },
    restore: () => project.stack.removeAllConfig(["aws:accessKey", "aws:secretKey"]),
    parts: (id) => [
      `${PREFIX}InvalidSignatureException (HTTP 403, request id ${id}, 1 attempt): The request signature we calculated does not match the signature you provided`,
      "AWS did not accept the credentials (wrong, expired or revoked keys, or keys for another partition): refresh them, or check stack config aws:accessKey/aws:secretKey/aws:profile and the AWS_* environment.",
    ],
    requests: 1,
  },
];

test.each(rows.map((row) => [row.name, row] as const))(
  "%s, and the stack's state is intact",
  async (_name, row) => {
    const before = await snapshot();
    const from = project.emulator.requests().length;
    await row.inject();
    let error: Error | undefined;
    try {
      error = await up();
    } finally {
      project.emulator.putJob(DOMAIN, jobA);
      await row.restore?.();
    }
    expect(error).toBeDefined();
    // Delayed answers are recorded once written; wait (bounded) for the count to settle.
    await eventually(
      () => requestsFor(project.emulator, { jobId: JOB_A, from }).length >= row.requests,
      10_000,
    );
    const sent = requestsFor(project.emulator, { jobId: JOB_A, from });
    const requestId = sent[sent.length - 1]?.requestId ?? "(none)";
    for (const part of row.parts(requestId, project.emulator.endpoint))
      expect(error?.message).toContain(part);
    expect(tally(sent).get).toBe(row.requests);
    const after = await snapshot();
    expect(after).toStrictEqual(before);
    expect(jobOutputs(after)).toMatchObject(jobAOutputs);
  },
);

test("throttling twice within maxAttempts: up succeeds with no change, after 3 requests", async () => {
  const before = await snapshot();
  const from = project.emulator.requests().length;
  withFaults([{ Error: "ThrottlingException", Times: 2 }]);
  expect(await up()).toBeUndefined();
  expect(tally(requestsFor(project.emulator, { jobId: JOB_A, from }))).toStrictEqual({
    get: 3,
    list: 0,
    statuses: [429, 429, 200],
  });
  const after = await snapshot();
  expect(jobOutputs(after)).toStrictEqual(jobOutputs(before));
  expect(jobOutputs(after)).toMatchObject(jobAOutputs);
});

test("no unhandled rejection, in this process or reported by the engine", () => {
  expect(rejections.seen).toStrictEqual([]);
  expect(engineText.join("\n")).not.toMatch(/unhandled|ERR_UNHANDLED_REJECTION/i);
});
