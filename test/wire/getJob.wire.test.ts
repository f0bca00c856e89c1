// getIdentityResolutionJob by id through the real stack: the library's own client (SigV4, retries,
// restJson1 deserialization) against the emulator over HTTP. Every member round-trips exactly, and
// members the service leaves out stay out of the result.
import { getIdentityResolutionJob } from "@customer-profiles/identity-resolution";
import type { IdentityResolutionJobResult } from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator, SeedJob } from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf } from "../emulator/helpers";
import { credentialVariables, emulatorArgs, requestsFor, setEnvironment, tally } from "./support";

const DOMAIN = "wire-get";
const MESSAGE_START = `Merged with warnings: ${"ü€😀 ".repeat(20)}`;
/** 2048 UTF-16 code units, emoji (surrogate pairs) and other non-ASCII text included. */
const MESSAGE = MESSAGE_START.padEnd(2048, "x");
const UNICODE_KEY = "exports/2026-01/größe ünïcødé/日本語 データ/😀 emoji/+plus&amp=?.json";

const fullJob: SeedJob = {
  DomainName: DOMAIN,
  JobId: jobIdOf(0xf011),
  Status: "COMPLETED",
  Message: MESSAGE,
  JobStartTime: 1767225600.5,
  JobEndTime: 1767229200.123,
  LastUpdatedAt: 1767229201.007,
  JobExpirationTime: 1769817600,
  AutoMerging: {
    Enabled: true,
    Consolidation: {
      MatchingAttributesList: [
        ["EmailAddress"],
        ["FirstName", "LastName", "PhoneNumber"],
        ["Address.PostalCode", "BirthDate"],
      ],
    },
    ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm-export" },
    MinAllowedConfidenceScoreForMerging: 0.975,
  },
  ExportingLocation: { S3Exporting: { S3BucketName: "wire-exports-bucket", S3KeyName: UNICODE_KEY } },
  JobStats: {
    NumberOfProfilesReviewed: Number.MAX_SAFE_INTEGER,
    NumberOfMatchesFound: 123_456_789_012,
    NumberOfMergesDone: 0,
  },
};

/** The exact result for `fullJob`: camelCase, ISO-8601 with milliseconds, flat export outputs. */
const fullResult: IdentityResolutionJobResult = {
  domainName: DOMAIN,
  jobId: jobIdOf(0xf011),
  status: "COMPLETED",
  message: MESSAGE,
  jobStartTime: "2026-01-01T00:00:00.500Z",
  jobEndTime: "2026-01-01T01:00:00.123Z",
  lastUpdatedAt: "2026-01-01T01:00:01.007Z",
  jobExpirationTime: "2026-01-31T00:00:00.000Z",
  autoMerging: {
    enabled: true,
    consolidation: {
      matchingAttributesList: [
        ["EmailAddress"],
        ["FirstName", "LastName", "PhoneNumber"],
        ["Address.PostalCode", "BirthDate"],
      ],
    },
    conflictResolution: { conflictResolvingModel: "SOURCE", sourceName: "crm-export" },
    minAllowedConfidenceScoreForMerging: 0.975,
  },
  exportingLocation: { s3Exporting: { s3BucketName: "wire-exports-bucket", s3KeyName: UNICODE_KEY } },
  jobStats: {
    numberOfProfilesReviewed: 9_007_199_254_740_991,
    numberOfMatchesFound: 123_456_789_012,
    numberOfMergesDone: 0,
  },
  exportS3BucketName: "wire-exports-bucket",
  exportS3KeyName: UNICODE_KEY,
  exportS3Uri: `s3://wire-exports-bucket/${UNICODE_KEY}`,
};

const partialCases: [string, SeedJob, IdentityResolutionJobResult][] = [
  [
    "only JobId: the domain and id come from the request, nothing else appears",
    { JobId: jobIdOf(0xf012) },
    { domainName: DOMAIN, jobId: jobIdOf(0xf012) },
  ],
  [
    "a status newer than the model passes through as a string",
    { JobId: jobIdOf(0xf013), Status: "EXPORTING", JobStartTime: 1767225600 },
    {
      domainName: DOMAIN,
      jobId: jobIdOf(0xf013),
      status: "EXPORTING",
      jobStartTime: "2026-01-01T00:00:00.000Z",
    },
  ],
  [
    "a bucket without a key: no key and no URI",
    {
      JobId: jobIdOf(0xf014),
      Status: "FAILED",
      ExportingLocation: { S3Exporting: { S3BucketName: "only-bucket" } },
    },
    {
      domainName: DOMAIN,
      jobId: jobIdOf(0xf014),
      status: "FAILED",
      exportingLocation: { s3Exporting: { s3BucketName: "only-bucket" } },
      exportS3BucketName: "only-bucket",
    },
  ],
  [
    "nested members keep only what was sent",
    {
      JobId: jobIdOf(0xf015),
      AutoMerging: { Enabled: false, ConflictResolution: { ConflictResolvingModel: "RECENCY" } },
      ExportingLocation: {},
      JobStats: { NumberOfMatchesFound: 7 },
    },
    {
      domainName: DOMAIN,
      jobId: jobIdOf(0xf015),
      autoMerging: { enabled: false, conflictResolution: { conflictResolvingModel: "RECENCY" } },
      exportingLocation: {},
      jobStats: { numberOfMatchesFound: 7 },
    },
  ],
  [
    "an empty key is a key: the URI ends at the bucket",
    {
      JobId: jobIdOf(0xf016),
      ExportingLocation: { S3Exporting: { S3BucketName: "root-bucket", S3KeyName: "" } },
    },
    {
      domainName: DOMAIN,
      jobId: jobIdOf(0xf016),
      exportingLocation: { s3Exporting: { s3BucketName: "root-bucket", s3KeyName: "" } },
      exportS3BucketName: "root-bucket",
      exportS3KeyName: "",
      exportS3Uri: "s3://root-bucket/",
    },
  ],
];

let emulator: RunningEmulator;
let restoreEnvironment: () => void;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: { domains: { [DOMAIN]: { jobs: [fullJob, ...partialCases.map(([, job]) => job)] } } },
  });
  restoreEnvironment = setEnvironment(credentialVariables(emulator.credentials));
});

afterAll(async () => {
  restoreEnvironment();
  await emulator.stop();
});

test("every member round-trips exactly in one signed GET", async () => {
  const from = emulator.requests().length;
  const result = await getIdentityResolutionJob({
    domainName: DOMAIN,
    jobId: fullJob.JobId,
    ...emulatorArgs(emulator),
  });
  expect(result).toStrictEqual(fullResult);
  expect(result.message).toHaveLength(2048);
  expect(requestsFor(emulator, { from })).toStrictEqual([
    {
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId: fullJob.JobId,
      statusCode: 200,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    },
  ]);
});

test.each(partialCases)("%s", async (_name, job, expected) => {
  const from = emulator.requests().length;
  const result = await getIdentityResolutionJob({
    domainName: DOMAIN,
    jobId: job.JobId,
    ...emulatorArgs(emulator),
  });
  expect(result).toStrictEqual(expected);
  // Absent means no key at all, not a key holding undefined (the engine's Struct rejects those).
  expect(Object.keys(result).sort()).toStrictEqual(Object.keys(expected).sort());
  expect(tally(requestsFor(emulator, { from }))).toStrictEqual({ get: 1, list: 0, statuses: [200] });
});
