/**
 * The emulator's seed: its credentials and the jobs it serves. Jobs are written in the wire form of a
 * GetIdentityResolutionJob response (PascalCase members, timestamps as epoch seconds), so a seed reads
 * exactly like what a client receives.
 */

/** A key pair the emulator accepts in SigV4 signatures. */
export interface SeedCredential {
  /** The access key id clients sign with. */
  readonly accessKeyId: string;
  /** The secret key; never printed or logged by the emulator. */
  readonly secretAccessKey: string;
  /**
   * When set, requests signed with this key must carry it in `x-amz-security-token`.
   * @default none (requests must then carry no token)
   */
  readonly sessionToken?: string;
}

/** `AutoMerging` of a job, as on the wire. */
export interface SeedAutoMerging {
  /** Whether auto-merging is on. */
  readonly Enabled?: boolean;
  /** The attribute groups that make two profiles a match. */
  readonly Consolidation?: { readonly MatchingAttributesList?: readonly (readonly string[])[] };
  /** How conflicting values are resolved when profiles merge. */
  readonly ConflictResolution?: { readonly ConflictResolvingModel?: string; readonly SourceName?: string };
  /** The minimum confidence score (0–1) for a merge. */
  readonly MinAllowedConfidenceScoreForMerging?: number;
}

/** `ExportingLocation` of a job, as on the wire. */
export interface SeedExportingLocation {
  /** Where the job's results were written in S3. */
  readonly S3Exporting?: { readonly S3BucketName?: string; readonly S3KeyName?: string };
}

/** `JobStats` of a job, as on the wire (integers). */
export interface SeedJobStats {
  /** Profiles the job looked at. */
  readonly NumberOfProfilesReviewed?: number;
  /** Matches the job found. */
  readonly NumberOfMatchesFound?: number;
  /** Merges the job did. */
  readonly NumberOfMergesDone?: number;
}

/** A GetIdentityResolutionJob response body in its wire form; every member but `JobId` may be absent. */
export interface WireJob {
  /** Must equal the domain the job is seeded under when present. */
  readonly DomainName?: string;
  /** 32 lowercase hex characters, unique within its domain. */
  readonly JobId: string;
  /** Served as-is, so values newer than the model's enum (e.g. `"EXPORTING"`) are allowed. */
  readonly Status?: string;
  /** Free text, e.g. why the job failed. */
  readonly Message?: string;
  /** Epoch seconds, may be fractional. */
  readonly JobStartTime?: number;
  /** Epoch seconds, may be fractional. */
  readonly JobEndTime?: number;
  /** Epoch seconds, may be fractional. */
  readonly LastUpdatedAt?: number;
  /** Epoch seconds, may be fractional. */
  readonly JobExpirationTime?: number;
  /** Auto-merging settings the job ran with. */
  readonly AutoMerging?: SeedAutoMerging;
  /** Where the job exported its results. */
  readonly ExportingLocation?: SeedExportingLocation;
  /** Counters of the run. */
  readonly JobStats?: SeedJobStats;
}

/** One step of a job's scripted status progression. */
export interface SeedTimelineEntry {
  /** The status served during this step. */
  readonly Status: string;
  /**
   * How long this step lasts, in seconds (positive, may be fractional).
   * @default none: required on every entry but the last, forbidden on the last (it lasts forever)
   */
  readonly Seconds?: number;
}

/**
 * The names a fault may have. The first five come from the emulator issue; `WrongContentType` and
 * `Delay` are this emulator's extensions.
 */
export const FAULT_ERRORS = {
  ThrottlingException: "ThrottlingException",
  InternalServerException: "InternalServerException",
  AccessDeniedException: "AccessDeniedException",
  Reset: "Reset",
  Malformed: "Malformed",
  WrongContentType: "WrongContentType",
  Delay: "Delay",
} as const;

/** One of {@link FAULT_ERRORS}. */
export type SeedFaultError = (typeof FAULT_ERRORS)[keyof typeof FAULT_ERRORS];

/** A scripted failure served instead of (or before) the normal answer. */
export interface SeedFault {
  /** What to do: an AWS error, a reset connection, a broken body, or (with `Delay`) only wait. */
  readonly Error: SeedFaultError;
  /** How many requests in a row get this fault (a positive integer). */
  readonly Times: number;
  /**
   * Milliseconds to wait before acting; required (positive) for `Delay`.
   * @default 0
   */
  readonly DelayMs?: number;
}

/** A seeded job: its wire form plus an optional status timeline and faults for its Get requests. */
export interface SeedJob extends WireJob {
  /**
   * Status steps played in real time from emulator start (or `putJob`); overrides `Status`,
   * `LastUpdatedAt` and `JobEndTime`, and supplies `JobStartTime` when absent.
   * @default none (the job is static)
   */
  readonly Timeline?: readonly SeedTimelineEntry[];
  /**
   * Faults applied, in order, to this job's GetIdentityResolutionJob requests.
   * @default none
   */
  readonly Faults?: readonly SeedFault[];
}

/** A domain's jobs (served in this order) and the faults for its List requests. */
export interface SeedDomain {
  /** The domain's jobs; may be empty. */
  readonly jobs: readonly SeedJob[];
  /**
   * Faults applied, in order, to this domain's ListIdentityResolutionJobs requests.
   * @default none
   */
  readonly Faults?: readonly SeedFault[];
}

/**
 * The whole emulator state.
 * @example
 * const seed: EmulatorSeed = { domains: { demo: { jobs: [{ JobId: "0123456789abcdef0123456789abcdef", Status: "COMPLETED" }] } } };
 */
export interface EmulatorSeed {
  /**
   * Keys accepted in signatures; the first is the one `startEmulator` hands out.
   * @default [DEFAULT_CREDENTIALS]
   */
  readonly credentials?: readonly SeedCredential[];
  /** Domains by name (1–64 characters of `[a-zA-Z0-9_-]`). */
  readonly domains: Readonly<Record<string, SeedDomain>>;
}
