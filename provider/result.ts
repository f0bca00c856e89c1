/** How a job's auto-merging consolidates matches. */
export interface ConsolidationResult {
  /** Groups of profile attributes that must all match for two profiles to merge. */
  readonly matchingAttributesList: readonly (readonly string[])[];
}

/** How conflicting attribute values are settled when profiles merge. */
export interface ConflictResolutionResult {
  /** `RECENCY` or `SOURCE` (or a newer value, passed through). */
  readonly conflictResolvingModel: string;
  /** The object type name whose values win when the model is `SOURCE`. */
  readonly sourceName?: string;
}

/** The auto-merging settings the job ran with. */
export interface AutoMergingResult {
  /** Whether auto-merging was on. */
  readonly enabled?: boolean;
  /** Matching rules for consolidation. */
  readonly consolidation?: ConsolidationResult;
  /** Conflict resolution settings. */
  readonly conflictResolution?: ConflictResolutionResult;
  /** Lowest confidence score (0–1) at which profiles were merged. */
  readonly minAllowedConfidenceScoreForMerging?: number;
}

/** Where the job exported its results. */
export interface ExportingLocationResult {
  /** The S3 location of the export. */
  readonly s3Exporting?: {
    /** The export bucket. */
    readonly s3BucketName?: string;
    /** The key prefix under which the results were written. */
    readonly s3KeyName?: string;
  };
}

/** Counts the job reported. */
export interface JobStatsResult {
  /** Profiles the job looked at. */
  readonly numberOfProfilesReviewed?: number;
  /** Matches it found. */
  readonly numberOfMatchesFound?: number;
  /** Merges it performed. */
  readonly numberOfMergesDone?: number;
}

/**
 * One identity resolution job: a camelCase mirror of the GetIdentityResolutionJob response plus
 * flat outputs for wiring the export location into other resources.
 *
 * Members the service did not return are absent (never `undefined`), and timestamps are ISO-8601
 * strings with milliseconds.
 */
export interface IdentityResolutionJobResult {
  /** The Customer Profiles domain. */
  readonly domainName: string;
  /** The job's id: 32 lowercase hex characters. */
  readonly jobId: string;
  /** The job's status; a status newer than this library is passed through as-is. */
  readonly status?: string;
  /** The service's message about the job, e.g. why it failed. */
  readonly message?: string;
  /** When the job started (ISO-8601). */
  readonly jobStartTime?: string;
  /** When the job ended (ISO-8601). */
  readonly jobEndTime?: string;
  /** When the job last changed (ISO-8601). */
  readonly lastUpdatedAt?: string;
  /** When the service deletes the job record (ISO-8601). */
  readonly jobExpirationTime?: string;
  /** The auto-merging settings the job ran with. */
  readonly autoMerging?: AutoMergingResult;
  /** Where the job exported its results. */
  readonly exportingLocation?: ExportingLocationResult;
  /** Counts the job reported. */
  readonly jobStats?: JobStatsResult;
  /** The export bucket, flattened from `exportingLocation`. */
  readonly exportS3BucketName?: string;
  /** The export key prefix, flattened from `exportingLocation`. */
  readonly exportS3KeyName?: string;
  /** `s3://bucket/key` of the export, key as-is (not URL-encoded); present only when both parts are. */
  readonly exportS3Uri?: string;
}

/**
 * One job as ListIdentityResolutionJobs summarises it: the result without the members only
 * GetIdentityResolutionJob returns (auto-merging, last update, expiration).
 */
export type IdentityResolutionJobSummary = Omit<
  IdentityResolutionJobResult,
  "autoMerging" | "lastUpdatedAt" | "jobExpirationTime"
>;
