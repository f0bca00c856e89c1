// No credential text anywhere a user can see it: with a unique secret key and session token
// registered in the emulator, every error path (and the happy paths) runs while everything the
// process prints is captured; neither value may appear in any message, error property or line.
import {
  getIdentityResolutionJob,
  listIdentityResolutionJobs,
  waitUntilIdentityResolutionJobCompleted,
} from "@customer-profiles/identity-resolution";
import type { GetIdentityResolutionJobArgs } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type {
  RunningEmulator,
  SeedCredential,
  SeedFault,
} from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf } from "../emulator/helpers";
import {
  captureOutput,
  closedPort,
  credentialVariables,
  emulatorArgs,
  errorText,
  occurrences,
  runInNode,
  setEnvironment,
  type OutputCapture,
} from "./support";

jest.setTimeout(120_000);

const SECRET_KEY = "wIrE/sEcReT/kEy/7c1e5b9a-4f0d-4c3e-9e8a-2b6d1f0a9c77";
const SESSION_TOKEN = "WiReSeSsIoNtOkEn//Zx9Qm2Lp7Rt4Vb8Nc3Kd6Hf1Jg5Sa0We=";
const WRONG_SECRET = "wIrE/wRoNg/sEcReT/0b3c8e1d-9a7f-4e2b-8c5d-6f1a2e3b4c5d";
const CREDENTIALS: SeedCredential = {
  accessKeyId: "AKIDWIRESECRETS00001",
  secretAccessKey: SECRET_KEY,
  sessionToken: SESSION_TOKEN,
};
const DOMAIN = "wire-secrets";
const JOB = jobIdOf(0x5ec1);

/** Every path: [name, run] — run returns what it produced (an error or a result). */
type Path = [string, () => Promise<unknown>];

let emulator: RunningEmulator;
let restoreEnvironment: () => void;
let capture: OutputCapture;
const emulators: RunningEmulator[] = [];
const produced: string[] = [];

function job(n: number, faults: SeedFault[]): string {
  const jobId = jobIdOf(0x5e00 + n);
  emulator.putJob(DOMAIN, { JobId: jobId, Status: "COMPLETED", Faults: faults });
  return jobId;
}

function lookup(extra: Partial<GetIdentityResolutionJobArgs>): Promise<unknown> {
  return getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB, ...emulatorArgs(emulator), ...extra });
}

/** An emulator that knows `CREDENTIALS`, while the environment signs with `used`. */
async function withCredentials(used: SeedCredential, run: (own: RunningEmulator) => Promise<unknown>) {
  const own = await startEmulator({
    seed: { credentials: [CREDENTIALS], domains: { [DOMAIN]: { jobs: [{ JobId: JOB }] } } },
  });
  emulators.push(own);
  const restore = setEnvironment(credentialVariables(used));
  try {
    return await run(own);
  } finally {
    restore();
  }
}

const paths: Path[] = [
  ["a successful lookup", () => lookup({})],
  ["a successful newest-job lookup", () => lookup({ jobId: undefined })],
  ["a successful list", () => listIdentityResolutionJobs({ domainName: DOMAIN, ...emulatorArgs(emulator) })],
  ["404 job", () => lookup({ jobId: jobIdOf(0x5e404) })],
  [
    "404 domain (List)",
    () => listIdentityResolutionJobs({ domainName: "wire-nowhere", ...emulatorArgs(emulator) }),
  ],
  [
    "403 AccessDeniedException",
    () => lookup({ jobId: job(1, [{ Error: "AccessDeniedException", Times: 1 }]) }),
  ],
  [
    "throttled on every attempt",
    () => lookup({ jobId: job(2, [{ Error: "ThrottlingException", Times: 2 }]), maxAttempts: 2 }),
  ],
  ["500 on every attempt", () => lookup({ jobId: job(3, [{ Error: "InternalServerException", Times: 3 }]) })],
  ["malformed JSON", () => lookup({ jobId: job(4, [{ Error: "Malformed", Times: 1 }]) })],
  ["wrong content type", () => lookup({ jobId: job(5, [{ Error: "WrongContentType", Times: 1 }]) })],
  [
    "slow answers past the request timeout",
    () =>
      lookup({
        jobId: job(6, [{ Error: "Delay", Times: 2, DelayMs: 1500 }]),
        maxAttempts: 2,
        requestTimeoutSeconds: 0.5,
      }),
  ],
  ["reset, then recovered", () => lookup({ jobId: job(7, [{ Error: "Reset", Times: 1 }]) })],
  ["no job with the status", () => lookup({ jobId: undefined, status: ["PARTIAL_SUCCESS"] })],
  [
    "waitFor on a FAILED job",
    () => {
      const jobId = jobIdOf(0x5e08);
      emulator.putJob(DOMAIN, { JobId: jobId, Status: "FAILED", Message: "Matching failed." });
      return lookup({ jobId, waitFor: { minDelaySeconds: 1, maxDelaySeconds: 1, timeoutSeconds: 10 } });
    },
  ],
  [
    "waitFor timing out",
    () => {
      const jobId = jobIdOf(0x5e09);
      emulator.putJob(DOMAIN, { JobId: jobId, Status: "MERGING" });
      return lookup({ jobId, waitFor: { minDelaySeconds: 1, maxDelaySeconds: 1, timeoutSeconds: 2 } });
    },
  ],
  [
    "the waiter on a FAILED job and on a missing job",
    async () => {
      const client = clientFor(emulator, { credentials: CREDENTIALS });
      try {
        const failed = jobIdOf(0x5e0a);
        emulator.putJob(DOMAIN, { JobId: failed, Status: "FAILED", Message: "Matching failed." });
        const params = { client, maxWaitTime: 10, minDelay: 1, maxDelay: 1 };
        const outcomes = await Promise.allSettled([
          waitUntilIdentityResolutionJobCompleted(params, { DomainName: DOMAIN, JobId: failed }),
          waitUntilIdentityResolutionJobCompleted(params, { DomainName: DOMAIN, JobId: jobIdOf(0x5e0b) }),
        ]);
        return outcomes.map((outcome) => (outcome.status === "rejected" ? outcome.reason : outcome.value));
      } finally {
        client.destroy();
      }
    },
  ],
  [
    "an endpoint argument carrying the secret",
    () => lookup({ endpoint: `http://AKID:${SECRET_KEY}@127.0.0.1:1` }),
  ],
  [
    "an unknown access key",
    () => withCredentials({ ...CREDENTIALS, accessKeyId: "AKIDWIRESECRETSUNKWN" }, (own) => lookupAt(own)),
  ],
  [
    "a wrong secret key",
    () => withCredentials({ ...CREDENTIALS, secretAccessKey: WRONG_SECRET }, (own) => lookupAt(own)),
  ],
  [
    "a wrong session token",
    () => withCredentials({ ...CREDENTIALS, sessionToken: `${SESSION_TOKEN}-stale` }, (own) => lookupAt(own)),
  ],
  [
    "reset on every attempt, in a real Node process",
    async () => {
      const outcome = await runInNode(
        {
          fn: "getIdentityResolutionJob",
          args: {
            domainName: DOMAIN,
            jobId: job(12, [{ Error: "Reset", Times: 3 }]),
            ...emulatorArgs(emulator),
          },
        },
        credentialVariables(CREDENTIALS),
      );
      return JSON.stringify(outcome);
    },
  ],
  [
    "a closed port, in a real Node process",
    async () => {
      const endpoint = `http://127.0.0.1:${await closedPort()}`;
      const outcome = await runInNode(
        {
          fn: "getIdentityResolutionJob",
          args: { domainName: DOMAIN, jobId: JOB, endpoint, region: "us-east-1" },
        },
        credentialVariables(CREDENTIALS),
      );
      return JSON.stringify(outcome);
    },
  ],
];

function lookupAt(own: RunningEmulator): Promise<unknown> {
  return getIdentityResolutionJob({ domainName: DOMAIN, jobId: JOB, ...emulatorArgs(own) });
}

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      credentials: [CREDENTIALS],
      domains: { [DOMAIN]: { jobs: [{ JobId: JOB, Status: "COMPLETED" }] } },
    },
  });
  restoreEnvironment = setEnvironment(credentialVariables(CREDENTIALS));
  capture = captureOutput();
});

afterAll(async () => {
  capture.restore();
  restoreEnvironment();
  await Promise.all([emulator, ...emulators].map((e) => e.stop()));
});

test.each(paths)("%s: no credential in what it produced", async (_name, run) => {
  const outcome = await run().then(
    (value) => value,
    (error: unknown) => error,
  );
  const items = Array.isArray(outcome) ? outcome : [outcome];
  const text = items
    .map((item) => (item instanceof Error ? errorText(item) : JSON.stringify(item)))
    .join("\n");
  produced.push(text);
  expect(text.length).toBeGreaterThan(0);
  expect(occurrences(text, SECRET_KEY)).toBe(0);
  expect(occurrences(text, SESSION_TOKEN)).toBe(0);
  expect(occurrences(text, WRONG_SECRET)).toBe(0);
});

test("the paths above failed the way they should, so the check covered real error text", () => {
  const all = produced.join("\n");
  for (const name of [
    "JobNotFoundError",
    "AccessDeniedError",
    "ThrottledError",
    "ServiceError",
    "InvalidResponseError",
    "NoMatchingJobError",
    "JobFailedError",
    "WaitTimeoutError",
    "InvalidArgumentError",
    "NetworkError",
    "UnrecognizedClientException",
    "InvalidSignatureException",
  ]) {
    expect(`${name}: ${occurrences(all, name) > 0}`).toBe(`${name}: true`);
  }
});

test("nothing printed to stdout, stderr, the console or Pulumi's log holds a credential", () => {
  const printed = capture.text();
  capture.restore();
  console.log(`captured ${printed.length} characters of output across ${paths.length} paths`);
  // The capture did see the library's output: waitFor's progress lines go through Pulumi's log.
  expect(printed).toContain(
    `Waiting for identity resolution job ${jobIdOf(0x5e09)} in domain '${DOMAIN}': MERGING`,
  );
  expect(occurrences(printed, SECRET_KEY)).toBe(0);
  expect(occurrences(printed, SESSION_TOKEN)).toBe(0);
  expect(occurrences(printed, WRONG_SECRET)).toBe(0);
});
