// Seeded faults through the real SDK client: consumed in order, each as specified, then normal answers.
import {
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
} from "@aws-sdk/client-customer-profiles";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator, SeedJob } from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf, rawRequest } from "./helpers";

const JOB = jobIdOf(0xfa);
const RETRIED = jobIdOf(0xfb);
const job: SeedJob = {
  JobId: JOB,
  Status: "COMPLETED",
  Faults: [
    { Error: "ThrottlingException", Times: 2 },
    { Error: "InternalServerException", Times: 1 },
    { Error: "AccessDeniedException", Times: 1 },
    { Error: "Reset", Times: 1 },
    { Error: "Malformed", Times: 1 },
    { Error: "WrongContentType", Times: 1 },
    { Error: "Delay", Times: 1, DelayMs: 300 },
  ],
};

let emulator: RunningEmulator;

beforeEach(async () => {
  emulator = await startEmulator({
    seed: {
      domains: {
        faulty: {
          jobs: [job, { JobId: RETRIED, Faults: [{ Error: "ThrottlingException", Times: 2, DelayMs: 50 }] }],
          Faults: [
            { Error: "InternalServerException", Times: 1 },
            { Error: "Malformed", Times: 1 },
          ],
        },
      },
    },
  });
});

afterEach(() => emulator.stop());

async function outcome(send: () => Promise<{ $metadata: { httpStatusCode?: number } }>) {
  return send().then(
    (output) => ({ ok: output.$metadata.httpStatusCode }),
    (error: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => ({
      error: error.name,
      status: error.$metadata?.httpStatusCode,
      message: error.message,
    }),
  );
}

test("a job's faults are served in order, each Times times, then normal answers", async () => {
  const client = clientFor(emulator);
  const get = () => client.send(new GetIdentityResolutionJobCommand({ DomainName: "faulty", JobId: JOB }));
  const seen = [];
  const elapsedMs = [];
  for (let i = 0; i < 9; i += 1) {
    const started = Date.now();
    seen.push(await outcome(get));
    elapsedMs.push(Date.now() - started);
  }
  client.destroy();
  const throttled = { error: "ThrottlingException", status: 429, message: "Rate exceeded" };
  expect(seen).toStrictEqual([
    throttled,
    throttled,
    { error: "InternalServerException", status: 500, message: "Internal service error; please retry." },
    {
      error: "AccessDeniedException",
      status: 403,
      message: "Not authorized to perform profile:GetIdentityResolutionJob",
    },
    // The SDK's text around Node's error varies by version; the reset itself is "socket hang up".
    { error: "Error", status: undefined, message: expect.stringContaining("socket hang up") },
    { error: "SyntaxError", status: 200, message: expect.stringContaining("Unterminated string in JSON") },
    {
      error: "SyntaxError",
      status: 200,
      message: expect.stringContaining(`"<html><bod"... is not valid JSON`),
    },
    { ok: 200 },
    { ok: 200 },
  ]);
  expect(emulator.requests().map((record) => [record.statusCode, record.errorType])).toStrictEqual([
    [429, "ThrottlingException"],
    [429, "ThrottlingException"],
    [500, "InternalServerException"],
    [403, "AccessDeniedException"],
    [0, undefined],
    [200, undefined],
    [200, undefined],
    [200, undefined],
    [200, undefined],
  ]);
  expect(elapsedMs[7]).toBeGreaterThanOrEqual(300);
});

test("Malformed is a truncated JSON body and WrongContentType an HTML page, both with status 200", async () => {
  const path = `/domains/faulty/identity-resolution-jobs/${JOB}`;
  for (let i = 0; i < 4; i += 1) await rawRequest(emulator, path);
  await expect(rawRequest(emulator, path)).rejects.toThrow("socket hang up");
  const malformed = await rawRequest(emulator, path);
  const html = await rawRequest(emulator, path);
  const normal = await rawRequest(emulator, path);
  expect(normal.body).toBe(JSON.stringify({ JobId: JOB, Status: "COMPLETED" }));
  expect([malformed.status, malformed.headers["content-type"], malformed.body]).toStrictEqual([
    200,
    "application/json",
    normal.body.slice(0, Math.ceil(normal.body.length / 2)),
  ]);
  expect([html.status, html.headers["content-type"], html.body]).toStrictEqual([
    200,
    "text/html",
    "<html><body><h1>Bad Gateway</h1></body></html>",
  ]);
});

test("domain Faults apply to its List requests only", async () => {
  const client = clientFor(emulator);
  const list = () => client.send(new ListIdentityResolutionJobsCommand({ DomainName: "faulty" }));
  const seen = [await outcome(list), await outcome(list), await outcome(list)];
  const get = await outcome(() =>
    client.send(new GetIdentityResolutionJobCommand({ DomainName: "faulty", JobId: RETRIED })),
  );
  client.destroy();
  expect(seen).toStrictEqual([
    { error: "InternalServerException", status: 500, message: "Internal service error; please retry." },
    { error: "SyntaxError", status: 200, message: expect.stringContaining("Unterminated string in JSON") },
    { ok: 200 },
  ]);
  expect(get).toStrictEqual({ error: "ThrottlingException", status: 429, message: "Rate exceeded" });
});

test("the SDK's standard retries ride out delayed throttling faults", async () => {
  const client = clientFor(emulator, { maxAttempts: 3 });
  const started = Date.now();
  const output = await client.send(
    new GetIdentityResolutionJobCommand({ DomainName: "faulty", JobId: RETRIED }),
  );
  client.destroy();
  expect(output.JobId).toBe(RETRIED);
  expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  expect(
    emulator.requests().map((record) => [record.operation, record.jobId, record.statusCode]),
  ).toStrictEqual([
    ["GetIdentityResolutionJob", RETRIED, 429],
    ["GetIdentityResolutionJob", RETRIED, 429],
    ["GetIdentityResolutionJob", RETRIED, 200],
  ]);
});
