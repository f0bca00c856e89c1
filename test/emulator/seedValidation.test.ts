// The seed contract: invalid seeds are refused with one line naming the field path and the rule.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEFAULT_CREDENTIALS,
  DEMO_SEED,
  SeedValidationError,
  loadSeedFile,
  startEmulator,
  validateSeed,
} from "@customer-profiles/identity-resolution/emulator";

const ID = "0123456789abcdef0123456789abcdef";
const withJobs = (...jobs: unknown[]) => ({
  domains: { demo: { jobs: [{ JobId: ID }, { JobId: SECOND_ID }, ...jobs] } },
});
const SECOND_ID = "11111111111111111111111111111111";

test.each([
  ["a non-object seed", [], "seed: [] must be an object"],
  ["a missing domains map", {}, "seed.domains: is missing; it must be an object"],
  [
    "an unknown top-level member",
    { domains: {}, domain: {} },
    "seed.domain: unknown member; expected one of credentials, domains",
  ],
  [
    "an invalid domain name",
    { domains: { "bad name": { jobs: [] } } },
    'seed.domains["bad name"]: "bad name" must be a domain name of 1-64 characters of [a-zA-Z0-9_-]',
  ],
  [
    "a 65-character domain name",
    { domains: { ["d".repeat(65)]: { jobs: [] } } },
    `seed.domains.${"d".repeat(65)}: "${"d".repeat(56)}... must be a domain name of 1-64 characters of [a-zA-Z0-9_-]`,
  ],
  [
    "a domain without jobs",
    { domains: { demo: {} } },
    "seed.domains.demo.jobs: is missing; it must be an array",
  ],
  [
    "a job id in capitals",
    withJobs({ JobId: "ABC" }),
    'seed.domains.demo.jobs[2].JobId: "ABC" must be 32 lowercase hex characters',
  ],
  [
    "a missing job id",
    withJobs({ Status: "PENDING" }),
    "seed.domains.demo.jobs[2].JobId: is missing; it must be 32 lowercase hex characters",
  ],
  [
    "a numeric job id",
    withJobs({ JobId: 7 }),
    "seed.domains.demo.jobs[2].JobId: 7 must be 32 lowercase hex characters",
  ],
  [
    "a duplicate job id",
    withJobs({ JobId: ID }),
    `seed.domains.demo.jobs[2].JobId: "${ID}" duplicates seed.domains.demo.jobs[0].JobId`,
  ],
  [
    "a job under the wrong domain",
    withJobs({ JobId: "22222222222222222222222222222222", DomainName: "other" }),
    'seed.domains.demo.jobs[2].DomainName: "other" must be absent or "demo", the domain it belongs to',
  ],
  [
    "a timestamp as an ISO string",
    withJobs({ JobId: "22222222222222222222222222222222", JobStartTime: "2024-01-01T00:00:00Z" }),
    'seed.domains.demo.jobs[2].JobStartTime: "2024-01-01T00:00:00Z" must be a number of epoch seconds',
  ],
  [
    "a fractional statistic",
    withJobs({ JobId: "22222222222222222222222222222222", JobStats: { NumberOfMergesDone: 1.5 } }),
    "seed.domains.demo.jobs[2].JobStats.NumberOfMergesDone: 1.5 must be a non-negative integer of at most 9007199254740991",
  ],
  [
    "a misspelled member",
    withJobs({ JobId: "22222222222222222222222222222222", Jobstats: {} }),
    "seed.domains.demo.jobs[2].Jobstats: unknown member; expected one of DomainName, JobId, Status, Message, JobStartTime, JobEndTime, LastUpdatedAt, JobExpirationTime, AutoMerging, ExportingLocation, JobStats, Timeline, Faults",
  ],
  [
    "a matching-attributes list of strings",
    withJobs({
      JobId: "22222222222222222222222222222222",
      AutoMerging: { Consolidation: { MatchingAttributesList: ["a"] } },
    }),
    'seed.domains.demo.jobs[2].AutoMerging.Consolidation.MatchingAttributesList[0]: "a" must be an array',
  ],
  [
    "a timeline step without Seconds",
    withJobs({
      JobId: "22222222222222222222222222222222",
      Timeline: [{ Status: "PENDING" }, { Status: "COMPLETED" }],
    }),
    "seed.domains.demo.jobs[2].Timeline[0].Seconds: is missing; it must be a positive number of seconds on every entry but the last",
  ],
  [
    "a timeline step of zero seconds",
    withJobs({
      JobId: "22222222222222222222222222222222",
      Timeline: [{ Status: "PENDING", Seconds: 0 }, { Status: "COMPLETED" }],
    }),
    "seed.domains.demo.jobs[2].Timeline[0].Seconds: 0 must be a positive number of seconds",
  ],
  [
    "a last timeline step with Seconds",
    withJobs({ JobId: "22222222222222222222222222222222", Timeline: [{ Status: "COMPLETED", Seconds: 3 }] }),
    "seed.domains.demo.jobs[2].Timeline[0].Seconds: 3 must be absent on the last entry, which lasts forever",
  ],
  [
    "an empty timeline",
    withJobs({ JobId: "22222222222222222222222222222222", Timeline: [] }),
    "seed.domains.demo.jobs[2].Timeline: [] must be an array of at least 1 item",
  ],
  [
    "an unknown fault",
    withJobs({ JobId: "22222222222222222222222222222222", Faults: [{ Error: "Boom", Times: 1 }] }),
    'seed.domains.demo.jobs[2].Faults[0].Error: "Boom" must be one of ThrottlingException, InternalServerException, AccessDeniedException, Reset, Malformed, WrongContentType, Delay',
  ],
  [
    "a fault used zero times",
    withJobs({ JobId: "22222222222222222222222222222222", Faults: [{ Error: "Reset", Times: 0 }] }),
    "seed.domains.demo.jobs[2].Faults[0].Times: 0 must be a positive integer",
  ],
  [
    "a Delay fault without DelayMs",
    { domains: { demo: { jobs: [], Faults: [{ Error: "Delay", Times: 1 }] } } },
    'seed.domains.demo.Faults[0].DelayMs: is missing; it must be a positive number of milliseconds for a "Delay" fault',
  ],
  [
    "an empty credentials list",
    { credentials: [], domains: {} },
    "seed.credentials: [] must be an array of at least 1 item",
  ],
  [
    "a credential without a secret",
    { credentials: [{ accessKeyId: "AKID" }], domains: {} },
    "seed.credentials[0].secretAccessKey: is missing; it must be a non-empty string",
  ],
  [
    "a duplicate access key",
    { credentials: [DEFAULT_CREDENTIALS, DEFAULT_CREDENTIALS], domains: {} },
    "seed.credentials[1].accessKeyId: duplicates seed.credentials[0].accessKeyId",
  ],
])("%s is refused", (_label, seed, message) => {
  const attempt = () => validateSeed(seed);
  expect(attempt).toThrow(SeedValidationError);
  expect(attempt).toThrow(new SeedValidationError(message));
});

test("a valid seed is copied with only its declared members; statuses outside the enum are kept", () => {
  const credential = { ...DEFAULT_CREDENTIALS, $source: { CREDENTIALS_CODE: "e" } };
  expect(
    validateSeed({
      credentials: [credential],
      // As JSON.parse builds it: "__proto__" is an own key (a valid domain name), not the prototype.
      domains: JSON.parse(`{"__proto__": {"jobs": [{"JobId": "${ID}", "Status": "EXPORTING"}]}}`) as unknown,
    }),
  ).toStrictEqual({
    credentials: [DEFAULT_CREDENTIALS],
    domains: Object.fromEntries([["__proto__", { jobs: [{ JobId: ID, Status: "EXPORTING" }] }]]),
  });
});

test("the demo seed is valid", () => {
  expect(validateSeed(DEMO_SEED)).toStrictEqual(DEMO_SEED);
});

describe("seed files", () => {
  const dir = mkdtempSync(join(tmpdir(), "emulator-seed-"));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test("a valid file loads and serves", async () => {
    const path = file("ok.json", JSON.stringify({ domains: { files: { jobs: [{ JobId: ID }] } } }));
    expect(loadSeedFile(path)).toStrictEqual({ domains: { files: { jobs: [{ JobId: ID }] } } });
    const emulator = await startEmulator({ seed: path });
    emulator.putJob("files", { JobId: SECOND_ID });
    expect(emulator.deleteJob("files", ID)).toBe(true);
    await emulator.stop();
  });

  test.each([
    [
      "a missing file",
      () => join(dir, "missing.json"),
      (path: string) => `${path}: cannot read the seed file (ENOENT)`,
    ],
    ["a directory", () => dir, (path: string) => `${path}: cannot read the seed file (EISDIR)`],
    [
      "invalid JSON",
      () => file("broken.json", '{\n  "domains": {\n    "demo": { "jobs": [ }\n  }\n}\n'),
      (path: string) =>
        `${path}: not valid JSON (Unexpected token '}', ..."\"jobs\": [ } } } " is not valid JSON)`,
    ],
    [
      "an invalid entry",
      () => file("bad.json", JSON.stringify({ domains: { demo: { jobs: [{ JobId: "ABC" }] } } })),
      (path: string) => `${path}: seed.domains.demo.jobs[0].JobId: "ABC" must be 32 lowercase hex characters`,
    ],
  ])("%s is refused with one line naming the file", (_label, makePath, message) => {
    const path = makePath();
    expect(() => loadSeedFile(path)).toThrow(new SeedValidationError(message(path)));
    expect(message(path)).not.toContain("\n");
  });

  test("startEmulator refuses an invalid seed file the same way", async () => {
    const path = file(
      "bad2.json",
      JSON.stringify({ domains: { demo: { jobs: [{ JobId: ID, JobEndTime: "soon" }] } } }),
    );
    await expect(startEmulator({ seed: path })).rejects.toThrow(
      new SeedValidationError(
        `${path}: seed.domains.demo.jobs[0].JobEndTime: "soon" must be a number of epoch seconds`,
      ),
    );
  });
});
