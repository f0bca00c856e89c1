// The dynamic resource's `check`, called directly with generated property bags as the engine hands
// them over: it must name exactly the inputs that break a rule (with a reason that starts with the
// argument's name), skip Pulumi's unknown value wherever preview puts it, never throw and never call
// AWS. `check` has no I/O, so it gets most of the runs.
import fc from "fast-check";
import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { check } from "../../provider/resource/providerRuntime";
import { defineOwn, lookupArgs, UNKNOWN } from "./arbitraries";

const RUNS = 6_000;
const SEED = 20_250_106;
const JOB = "0123456789abcdef0123456789abcdef";
const PROVIDER = "exports.handler = __provider;"; // the serialized provider the engine echoes back

const send = jest.spyOn(CustomerProfilesClient.prototype, "send");
afterAll(() => send.mockRestore());

/** The argument name a failure's reason starts with: the user's `status` is stored as `statusFilter`. */
const argumentName = (property: string) => (property === "statusFilter" ? "status" : property);

type CheckFailure = { property: string; reason: string };

async function checked(news: Record<string, unknown>) {
  const result = await check({}, news);
  return { inputs: result.inputs, failures: (result.failures ?? []) as CheckFailure[] };
}

test("check: generated property bags yield failures naming exactly the broken inputs, never throw, never call AWS", async () => {
  await fc.assert(
    fc.asyncProperty(
      lookupArgs("check", {
        domainName: fc.constantFrom("alpha", "demo"),
        jobId: fc.constant(JOB),
        endpoint: "http://127.0.0.1:4566",
      }),
      async ({ args, failures }) => {
        const news = { ...(args as Record<string, unknown>) };
        defineOwn(news, "__provider", PROVIDER);
        const result = await checked(news);
        expect(result.inputs).toBe(news);
        const expected = [...failures].map((p) => (p === "status" ? "statusFilter" : p)).sort();
        expect([...new Set(result.failures.map((f) => f.property))].sort()).toStrictEqual(expected);
        for (const failure of result.failures) {
          expect(failure.reason.startsWith(`${argumentName(failure.property)} `)).toBe(true);
        }
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
  expect(send).not.toHaveBeenCalled();
});

test.each<[string, Record<string, unknown>]>([
  ["domainName", { domainName: UNKNOWN }],
  ["jobId", { domainName: "alpha", jobId: UNKNOWN }],
  ["the whole status list", { domainName: "alpha", statusFilter: UNKNOWN }],
  ["one status in the list", { domainName: "alpha", statusFilter: ["COMPLETED", UNKNOWN] }],
  [
    "every access argument",
    { domainName: "alpha", region: UNKNOWN, endpoint: UNKNOWN, maxAttempts: UNKNOWN },
  ],
  ["the whole waitFor", { domainName: "alpha", waitFor: UNKNOWN }],
  ["waitFor durations", { domainName: "alpha", waitFor: { timeoutSeconds: UNKNOWN, minDelaySeconds: 5 } }],
  ["one waitFor status", { domainName: "alpha", waitFor: { status: [UNKNOWN, "COMPLETED"] } }],
])("check skips Pulumi's unknown value at preview: %s", async (_where, inputs) => {
  expect((await checked({ ...inputs, __provider: PROVIDER })).failures).toStrictEqual([]);
});

test.each<[string, Record<string, unknown>, CheckFailure[]]>([
  [
    "a `__proto__` input is an unknown argument, not the bag's prototype",
    JSON.parse('{"__proto__": {"domainName": "alpha"}}') as Record<string, unknown>,
    [
      {
        property: "__proto__",
        reason:
          "__proto__ is not a known argument (known: domainName, status, region, endpoint, profile, roleArn, externalId, roleSessionName, maxAttempts, requestTimeoutSeconds, jobId, waitFor)",
      },
      { property: "domainName", reason: "domainName is required" },
    ],
  ],
  [
    "a `constructor` input is an unknown argument",
    { domainName: "alpha", constructor: "x" },
    [
      {
        property: "constructor",
        reason:
          "constructor is not a known argument (known: domainName, status, region, endpoint, profile, roleArn, externalId, roleSessionName, maxAttempts, requestTimeoutSeconds, jobId, waitFor)",
      },
    ],
  ],
  [
    "path traversal in domainName",
    { domainName: "..%2F..%2Fetc" },
    [
      {
        property: "domainName",
        reason: "domainName '..%2F..%2Fetc' must be 1–64 characters of letters, digits, '_' or '-'",
      },
    ],
  ],
])("check on prototype keys and traversal: %s", async (_case, inputs, failures) => {
  const news = { ...inputs };
  defineOwn(news, "__provider", PROVIDER);
  expect((await checked(news)).failures).toStrictEqual(failures);
});
