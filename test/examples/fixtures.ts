// The emulator seed the example tests share: one domain whose jobs cover every case the examples
// branch on. Times are fixed epoch seconds in January 2026 (UTC).
import type { EmulatorSeed, SeedJob } from "../../emulator";

export const DOMAIN = "acme-retail";
export const EXPORT_BUCKET = "acme-identity-resolution-exports";

/** COMPLETED, the newest such job: what "newest COMPLETED job" resolves to. */
export const NEWEST_COMPLETED_JOB = "1b2c3d4e5f60718293a4b5c6d7e8f901";
/** COMPLETED a week earlier, with every member. */
export const OLDER_COMPLETED_JOB = "0a1b2c3d4e5f60718293a4b5c6d7e8f0";
/** Still running (FIND_MATCHING), and the newest job of all: "newest COMPLETED" must skip it. */
export const RUNNING_JOB = "2c3d4e5f60718293a4b5c6d7e8f90a12";
/** FAILED, with the service's message. */
export const FAILED_JOB = "3d4e5f60718293a4b5c6d7e8f90a1b23";
/** PARTIAL_SUCCESS: finished, but not COMPLETED. */
export const PARTIAL_JOB = "4e5f60718293a4b5c6d7e8f90a1b2c34";
/** COMPLETED, but the domain had no export configured. */
export const NO_EXPORT_JOB = "5f60718293a4b5c6d7e8f90a1b2c3d45";

export const FAILED_MESSAGE =
  "Identity resolution failed: the export bucket denied s3:PutObject to the service role.";

const DAY = 86_400;
const JAN_1 = 1767225600; // 2026-01-01T00:00:00Z

const exportTo = (key: string) => ({ S3Exporting: { S3BucketName: EXPORT_BUCKET, S3KeyName: key } });

export const olderCompletedJob: SeedJob = {
  DomainName: DOMAIN,
  JobId: OLDER_COMPLETED_JOB,
  Status: "COMPLETED",
  JobStartTime: JAN_1 + 2 * DAY,
  JobEndTime: JAN_1 + 2 * DAY + 3723.25,
  LastUpdatedAt: JAN_1 + 2 * DAY + 3723.25,
  JobExpirationTime: JAN_1 + 32 * DAY,
  AutoMerging: {
    Enabled: true,
    Consolidation: { MatchingAttributesList: [["EmailAddress"], ["FirstName", "LastName", "PhoneNumber"]] },
    ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm" },
    MinAllowedConfidenceScoreForMerging: 0.9,
  },
  ExportingLocation: exportTo("identity-resolution/2026-01-03/"),
  JobStats: { NumberOfProfilesReviewed: 48210, NumberOfMatchesFound: 1290, NumberOfMergesDone: 1204 },
};

export const seed: EmulatorSeed = {
  domains: {
    [DOMAIN]: {
      jobs: [
        olderCompletedJob,
        {
          DomainName: DOMAIN,
          JobId: NEWEST_COMPLETED_JOB,
          Status: "COMPLETED",
          JobStartTime: JAN_1 + 9 * DAY,
          JobEndTime: JAN_1 + 9 * DAY + 4000.5,
          LastUpdatedAt: JAN_1 + 9 * DAY + 4000.5,
          JobExpirationTime: JAN_1 + 39 * DAY,
          ExportingLocation: exportTo("identity-resolution/2026-01-10/"),
          JobStats: { NumberOfProfilesReviewed: 49002, NumberOfMatchesFound: 1311, NumberOfMergesDone: 1250 },
        },
        {
          DomainName: DOMAIN,
          JobId: RUNNING_JOB,
          Status: "FIND_MATCHING",
          JobStartTime: JAN_1 + 16 * DAY,
          LastUpdatedAt: JAN_1 + 16 * DAY + 600,
          ExportingLocation: exportTo("identity-resolution/2026-01-17/"),
        },
        {
          DomainName: DOMAIN,
          JobId: FAILED_JOB,
          Status: "FAILED",
          Message: FAILED_MESSAGE,
          JobStartTime: JAN_1 + 15 * DAY,
          JobEndTime: JAN_1 + 15 * DAY + 904.5,
          LastUpdatedAt: JAN_1 + 15 * DAY + 904.5,
          JobStats: { NumberOfProfilesReviewed: 49100, NumberOfMatchesFound: 0, NumberOfMergesDone: 0 },
        },
        {
          DomainName: DOMAIN,
          JobId: PARTIAL_JOB,
          Status: "PARTIAL_SUCCESS",
          Message: "Merging stopped after 812 of 1320 merges: the domain's merge quota was reached.",
          JobStartTime: JAN_1 + 8 * DAY,
          JobEndTime: JAN_1 + 8 * DAY + 5000,
          ExportingLocation: exportTo("identity-resolution/2026-01-09/"),
        },
        {
          DomainName: DOMAIN,
          JobId: NO_EXPORT_JOB,
          Status: "COMPLETED",
          JobStartTime: JAN_1 + DAY,
          JobEndTime: JAN_1 + DAY + 3000,
          JobStats: { NumberOfProfilesReviewed: 47950, NumberOfMatchesFound: 1250, NumberOfMergesDone: 1180 },
        },
      ],
    },
  },
};

/** The reference-job example's outputs for `jobId: OLDER_COMPLETED_JOB`, whether mocked or on the engine. */
export const referenceJobOutputs = {
  jobId: OLDER_COMPLETED_JOB,
  status: "COMPLETED",
  jobStartTime: "2026-01-03T00:00:00.000Z",
  jobEndTime: "2026-01-03T01:02:03.250Z",
  lastUpdatedAt: "2026-01-03T01:02:03.250Z",
  jobExpirationTime: "2026-02-02T00:00:00.000Z",
  jobStats: { numberOfProfilesReviewed: 48210, numberOfMatchesFound: 1290, numberOfMergesDone: 1204 },
  autoMerging: {
    enabled: true,
    consolidation: { matchingAttributesList: [["EmailAddress"], ["FirstName", "LastName", "PhoneNumber"]] },
    conflictResolution: { conflictResolvingModel: "SOURCE", sourceName: "crm" },
    minAllowedConfidenceScoreForMerging: 0.9,
  },
  exportS3BucketName: "acme-identity-resolution-exports",
  exportS3KeyName: "identity-resolution/2026-01-03/",
  exportS3Uri: "s3://acme-identity-resolution-exports/identity-resolution/2026-01-03/",
  newestCompletedJobId: NEWEST_COMPLETED_JOB,
  newestCompletedJobEndTime: "2026-01-10T01:06:40.500Z",
  newestCompletedExportS3Uri: "s3://acme-identity-resolution-exports/identity-resolution/2026-01-10/",
};
