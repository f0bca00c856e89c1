// Hostile and malformed input: every request gets a proper answer and the emulator keeps serving.
import { connect } from "node:net";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf, rawRequest } from "./helpers";

const JOB = jobIdOf(0x40);
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: { domains: { safe: { jobs: [{ JobId: JOB, Status: "COMPLETED" }] } } },
  });
});

afterAll(async () => {
  // Whatever came before, the emulator still answers normally.
  const response = await rawRequest(emulator, `/domains/safe/identity-resolution-jobs/${JOB}`);
  expect(response.status).toBe(200);
  await emulator.stop();
});

const pattern = (member: string, value: string, regex: string) =>
  `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${regex}`;
const DOMAIN_PATTERN = "^[a-zA-Z0-9_-]+$";

test.each([
  ["/domains/..%2Fx/identity-resolution-jobs", pattern("domainName", "../x", DOMAIN_PATTERN)],
  [
    "/domains/..%2F..%2Fetc%2Fpasswd/identity-resolution-jobs",
    pattern("domainName", "../../etc/passwd", DOMAIN_PATTERN),
  ],
  [`/domains/safe%2Fx/identity-resolution-jobs/${JOB}`, pattern("domainName", "safe/x", DOMAIN_PATTERN)],
  [`/domains/safe/identity-resolution-jobs/${JOB}%2F..`, pattern("jobId", `${JOB}/..`, "^[a-f0-9]{32}$")],
  ["/domains/%zz/identity-resolution-jobs", pattern("domainName", "%zz", DOMAIN_PATTERN)],
  ["/domains/%00/identity-resolution-jobs", pattern("domainName", "\u0000", DOMAIN_PATTERN)],
])("signed GET %s → 400 BadRequestException", async (path, message) => {
  const response = await rawRequest(emulator, path);
  expect([response.status, response.headers["x-amzn-errortype"], JSON.parse(response.body)]).toStrictEqual([
    400,
    "BadRequestException",
    { Message: message },
  ]);
});

test.each([
  ["GET", "/"],
  ["GET", "/domains"],
  ["GET", "/domains//identity-resolution-jobs"],
  ["GET", "/domains/../domains/safe/identity-resolution-jobs"],
  ["GET", `/domains/safe/identity-resolution-jobs/${JOB}/extra`],
  ["GET", "/domains/safe/identity-resolution-jobs/"],
  ["POST", "/domains/safe/identity-resolution-jobs"],
  ["PUT", `/domains/safe/identity-resolution-jobs/${JOB}`],
  ["DELETE", `/domains/safe/identity-resolution-jobs/${JOB}`],
  ["PATCH", "/domains/safe/identity-resolution-jobs"],
])("%s %s → 404 UnknownOperationException, signed or not", async (method, path) => {
  for (const sign of [undefined, false as const]) {
    const response = await rawRequest(emulator, path, { method, sign });
    expect([response.status, response.headers["x-amzn-errortype"], JSON.parse(response.body)]).toStrictEqual([
      404,
      "UnknownOperationException",
      { Message: `No operation matches ${method} ${path}` },
    ]);
  }
});

test("an oversized header block → 431", async () => {
  const response = await rawRequest(emulator, `/domains/safe/identity-resolution-jobs/${JOB}`, {
    sign: false,
    headers: { "x-filler": "a".repeat(20_000) },
  });
  expect(response.status).toBe(431);
});

test("an oversized path → 431", async () => {
  const response = await rawRequest(emulator, `/domains/${"a".repeat(20_000)}/identity-resolution-jobs`, {
    sign: false,
  });
  expect(response.status).toBe(431);
});

test("a long but acceptable path is echoed back truncated", async () => {
  const path = `/${"x".repeat(500)}`;
  const response = await rawRequest(emulator, path, { method: "POST" });
  expect(JSON.parse(response.body)).toStrictEqual({
    Message: `No operation matches POST ${path.slice(0, 200)}...`,
  });
});

test("bytes that are not HTTP → 400 and the connection is closed", async () => {
  const url = new URL(emulator.endpoint);
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end("NOT HTTP AT ALL\r\n\r\n"));
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString()));
    socket.on("close", () => resolve(text));
    socket.on("error", reject);
  });
  expect(reply.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
});

test("repeated query parameters → 400 BadRequestException", async () => {
  const response = await rawRequest(emulator, "/domains/safe/identity-resolution-jobs", {
    query: { "max-results": ["1", "2"] },
  });
  expect([response.status, JSON.parse(response.body)]).toStrictEqual([
    400,
    {
      Message: "1 validation error detected: Query parameter 'max-results' may appear only once",
    },
  ]);
});
