/** The built-in seed served when no seed is given: one finished, one failed and one running job. */
import type { EmulatorSeed } from "./seed";

/** The demo seed's only domain. */
export const DEMO_DOMAIN = "demo";

/** A COMPLETED demo job with auto-merging, statistics and an S3 export. */
export const DEMO_COMPLETED_JOB_ID = "5f1c0ffee0d54c1e9a3b7d2e8f4a6b10";

/** A FAILED demo job with a `Message` saying why. */
export const DEMO_FAILED_JOB_ID = "9e2d4c6b8a0f4e1d3c5b7a9f1e3d5c20";

/** A demo job whose timeline reaches COMPLETED about 6 seconds after the emulator starts. */
export const DEMO_RUNNING_JOB_ID = "a3b5c7d9e1f34a6b8c0d2e4f6a8b0c30";

/** The bucket the demo jobs export to. */
export const DEMO_EXPORT_BUCKET = "demo-identity-resolution-exports";

const autoMerging = {
  Enabled: true,
  Consolidation: {
    MatchingAttributesList: [
      ["FirstName", "LastName", "EmailAddress"],
      ["PhoneNumber", "BusinessName"],
    ],
  },
  ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm-contacts" },
  MinAllowedConfidenceScoreForMerging: 0.85,
};

const exportTo = (jobId: string) => ({
  S3Exporting: { S3BucketName: DEMO_EXPORT_BUCKET, S3KeyName: `exports/${jobId}/` },
});

/**
 * The demo seed. Fixed ids and epoch timestamps (2025-01-06 and 2025-01-13, UTC), except the running
 * job, whose times follow its timeline from emulator start.
 */
export const DEMO_SEED: EmulatorSeed = {
  domains: {
    [DEMO_DOMAIN]: {
      jobs: [
        {
          DomainName: DEMO_DOMAIN,
          JobId: DEMO_COMPLETED_JOB_ID,
          Status: "COMPLETED",
          JobStartTime: 1736125200,
          JobEndTime: 1736127011.25,
          LastUpdatedAt: 1736127011.25,
          JobExpirationTime: 1738717200,
          AutoMerging: autoMerging,
          ExportingLocation: exportTo(DEMO_COMPLETED_JOB_ID),
          JobStats: {
            NumberOfProfilesReviewed: 128400,
            NumberOfMatchesFound: 5210,
            NumberOfMergesDone: 4987,
          },
        },
        {
          DomainName: DEMO_DOMAIN,
          JobId: DEMO_FAILED_JOB_ID,
          Status: "FAILED",
          Message: "Identity resolution failed: the export bucket denied s3:PutObject to the service role.",
          JobStartTime: 1736730000,
          JobEndTime: 1736730904.5,
          LastUpdatedAt: 1736730904.5,
          JobExpirationTime: 1739322000,
          AutoMerging: autoMerging,
          JobStats: { NumberOfProfilesReviewed: 130022, NumberOfMatchesFound: 0, NumberOfMergesDone: 0 },
        },
        {
          DomainName: DEMO_DOMAIN,
          JobId: DEMO_RUNNING_JOB_ID,
          AutoMerging: autoMerging,
          ExportingLocation: exportTo(DEMO_RUNNING_JOB_ID),
          JobStats: {
            NumberOfProfilesReviewed: 131877,
            NumberOfMatchesFound: 5302,
            NumberOfMergesDone: 5066,
          },
          Timeline: [
            { Status: "PENDING", Seconds: 1 },
            { Status: "PREPROCESSING", Seconds: 1 },
            { Status: "FIND_MATCHING", Seconds: 2 },
            { Status: "MERGING", Seconds: 2 },
            { Status: "COMPLETED" },
          ],
        },
      ],
    },
  },
};
