// The seed and program the engine tests share.
import type { EmulatorSeed, SeedJob } from "../../emulator";

export const DOMAIN = "engine";
export const JOB_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
export const JOB_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2";
export const RUNNING_JOB = "cccccccccccccccccccccccccccccc03";
export const FAILING_JOB = "dddddddddddddddddddddddddddddd04";
export const FAILURE_MESSAGE = "Matching failed: the domain's object type mapping has no unique key.";

/** A COMPLETED job with every member. */
export const jobA: SeedJob = {
  DomainName: DOMAIN,
  JobId: JOB_A,
  Status: "COMPLETED",
  JobStartTime: 1767225600,
  JobEndTime: 1767229200.5,
  LastUpdatedAt: 1767229200.5,
  JobExpirationTime: 1769817600,
  AutoMerging: {
    Enabled: true,
    Consolidation: { MatchingAttributesList: [["EmailAddress"], ["FirstName", "LastName", "PhoneNumber"]] },
    ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm" },
    MinAllowedConfidenceScoreForMerging: 0.85,
  },
  ExportingLocation: { S3Exporting: { S3BucketName: "engine-exports", S3KeyName: "runs/a/" } },
  JobStats: { NumberOfProfilesReviewed: 1000, NumberOfMatchesFound: 40, NumberOfMergesDone: 38 },
};

/** The same job's outputs, as the resource stores them. */
export const jobAOutputs = {
  domainName: DOMAIN,
  jobId: JOB_A,
  status: "COMPLETED",
  jobStartTime: "2026-01-01T00:00:00.000Z",
  jobEndTime: "2026-01-01T01:00:00.500Z",
  lastUpdatedAt: "2026-01-01T01:00:00.500Z",
  jobExpirationTime: "2026-01-31T00:00:00.000Z",
  autoMerging: {
    enabled: true,
    consolidation: { matchingAttributesList: [["EmailAddress"], ["FirstName", "LastName", "PhoneNumber"]] },
    conflictResolution: { conflictResolvingModel: "SOURCE", sourceName: "crm" },
    minAllowedConfidenceScoreForMerging: 0.85,
  },
  exportingLocation: { s3Exporting: { s3BucketName: "engine-exports", s3KeyName: "runs/a/" } },
  jobStats: { numberOfProfilesReviewed: 1000, numberOfMatchesFound: 40, numberOfMergesDone: 38 },
  exportS3BucketName: "engine-exports",
  exportS3KeyName: "runs/a/",
  exportS3Uri: "s3://engine-exports/runs/a/",
};

export const seed: EmulatorSeed = {
  domains: {
    [DOMAIN]: {
      jobs: [
        jobA,
        {
          DomainName: DOMAIN,
          JobId: JOB_B,
          Status: "COMPLETED",
          JobStartTime: 1767312000,
          ExportingLocation: { S3Exporting: { S3BucketName: "engine-exports", S3KeyName: "runs/b/" } },
        },
        {
          DomainName: DOMAIN,
          JobId: RUNNING_JOB,
          JobStartTime: 1767398400,
          Timeline: [
            { Status: "PENDING", Seconds: 1 },
            { Status: "FIND_MATCHING", Seconds: 2 },
            { Status: "COMPLETED" },
          ],
          ExportingLocation: { S3Exporting: { S3BucketName: "engine-exports", S3KeyName: "runs/c/" } },
        },
        {
          DomainName: DOMAIN,
          JobId: FAILING_JOB,
          JobStartTime: 1767398000,
          Status: "FAILED",
          Message: FAILURE_MESSAGE,
        },
      ],
    },
  },
};

/**
 * The engine tests' program: an IdentityResolutionJob built from stack config `jobArgs` (JSON),
 * every output exported, and with `dependent` set, two resources gated on the job — one that
 * takes its outputs, one that only `dependsOn` it.
 */
export const program = `
const pulumi = require("@pulumi/pulumi");
const { IdentityResolutionJob } = require("@customer-profiles/identity-resolution");
const config = new pulumi.Config();
const job = new IdentityResolutionJob("job", JSON.parse(config.require("jobArgs")));
for (const key of ["domainName", "jobId", "status", "message", "jobStartTime", "jobEndTime", "lastUpdatedAt",
  "jobExpirationTime", "autoMerging", "exportingLocation", "jobStats", "exportS3BucketName", "exportS3KeyName", "exportS3Uri"]) {
  exports[key] = job[key];
}
if (config.getBoolean("dependent")) {
  const provider = { async create(inputs) { return { id: "dependent-" + Date.now(), outs: inputs }; } };
  class Dependent extends pulumi.dynamic.Resource {
    constructor(name, props, opts) { super(provider, name, props, opts, "test", "Dependent"); }
  }
  const consumer = new Dependent("consumer", { jobStatus: job.status, exportS3Uri: job.exportS3Uri });
  new Dependent("after", { note: "dependsOn only" }, { dependsOn: [job] });
  exports.consumerSaw = consumer.jobStatus;
}
`;
