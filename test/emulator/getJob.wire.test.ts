// GetIdentityResolutionJob through the real SDK client: every seeded member comes back exactly.
import { GetIdentityResolutionJobCommand } from "@aws-sdk/client-customer-profiles";
import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator, SeedJob } from "@customer-profiles/identity-resolution/emulator";
import { UUID_PATTERN, clientFor, rawRequest } from "./helpers";

const FULL_ID = "0123456789abcdef0123456789abcdef";
const BARE_ID = "fedcba9876543210fedcba9876543210";
const NEW_STATUS_ID = "00000000000000000000000000000abc";
const LONG_MESSAGE = "x".repeat(2047) + "é";

const fullJob: SeedJob = {
  DomainName: "wire_domain-1",
  JobId: FULL_ID,
  Status: "PARTIAL_SUCCESS",
  Message: LONG_MESSAGE,
  JobStartTime: 1700000000.123,
  JobEndTime: 1700003600.5,
  LastUpdatedAt: 1700003600.999,
  JobExpirationTime: 1702595600,
  AutoMerging: {
    Enabled: true,
    Consolidation: {
      MatchingAttributesList: [["FirstName", "LastName"], ["EmailAddress"], ["Attributes.会員番号"]],
    },
    ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "Ünïcödé-source 🚀" },
    MinAllowedConfidenceScoreForMerging: 0.25,
  },
  ExportingLocation: {
    S3Exporting: { S3BucketName: "my.bucket-1", S3KeyName: "exports/データ/ü space/🚀/" },
  },
  JobStats: {
    NumberOfProfilesReviewed: 9007199254740991,
    NumberOfMatchesFound: 4503599627370496,
    NumberOfMergesDone: 0,
  },
};

let emulator: RunningEmulator;
let client: CustomerProfilesClient;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      domains: {
        "wire_domain-1": {
          jobs: [fullJob, { JobId: BARE_ID }, { JobId: NEW_STATUS_ID, Status: "EXPORTING" }],
        },
      },
    },
  });
  client = clientFor(emulator);
});

afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

test("every seeded member is read back exactly, timestamps as Dates with their fractions", async () => {
  const { $metadata, ...job } = await client.send(
    new GetIdentityResolutionJobCommand({ DomainName: "wire_domain-1", JobId: FULL_ID }),
  );
  expect($metadata.httpStatusCode).toBe(200);
  expect($metadata.requestId).toMatch(UUID_PATTERN);
  expect(job).toStrictEqual({
    DomainName: "wire_domain-1",
    JobId: FULL_ID,
    Status: "PARTIAL_SUCCESS",
    Message: LONG_MESSAGE,
    JobStartTime: new Date("2023-11-14T22:13:20.123Z"),
    JobEndTime: new Date("2023-11-14T23:13:20.500Z"),
    LastUpdatedAt: new Date("2023-11-14T23:13:20.999Z"),
    JobExpirationTime: new Date("2023-12-14T23:13:20.000Z"),
    AutoMerging: fullJob.AutoMerging,
    ExportingLocation: fullJob.ExportingLocation,
    JobStats: fullJob.JobStats,
  });
  expect(job.Message).toHaveLength(2048);
});

test("absent members stay absent", async () => {
  const { $metadata, ...job } = await client.send(
    new GetIdentityResolutionJobCommand({ DomainName: "wire_domain-1", JobId: BARE_ID }),
  );
  expect($metadata.httpStatusCode).toBe(200);
  expect(job).toStrictEqual({ JobId: BARE_ID });
});

test("a status newer than the model's enum passes through as a string", async () => {
  const job = await client.send(
    new GetIdentityResolutionJobCommand({ DomainName: "wire_domain-1", JobId: NEW_STATUS_ID }),
  );
  expect(job.Status).toBe("EXPORTING");
});

test("the raw response is restJson1: 200, application/json, a UUID request id, PascalCase epoch seconds", async () => {
  const response = await rawRequest(emulator, `/domains/wire_domain-1/identity-resolution-jobs/${FULL_ID}`);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("application/json");
  expect(response.headers["x-amzn-requestid"]).toMatch(UUID_PATTERN);
  expect(response.headers["x-amzn-errortype"]).toBeUndefined();
  expect(JSON.parse(response.body)).toStrictEqual(fullJob);
  expect(response.body).toContain('"JobStartTime":1700000000.123');
  expect(response.body).toContain('"NumberOfProfilesReviewed":9007199254740991');
});
