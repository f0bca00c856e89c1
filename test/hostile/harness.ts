// The emulator the hostile-input properties run against, its seed, and what each seeded job must look
// like through the library. Not a test file: jest only runs `*.test.ts`.
import fc from "fast-check";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { EmulatorSeed, RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { IdentityResolutionJobResult, IdentityResolutionJobSummary } from "../../provider";
import type { SeededValues } from "./arbitraries";

/** Seeded jobs, by domain; every status is terminal except one newer than the model (`EXPORTING`). */
export const JOBS = {
  alpha: {
    completed: "a1000000000000000000000000000001",
    failed: "a2000000000000000000000000000002",
    partial: "a3000000000000000000000000000003",
    exporting: "a4000000000000000000000000000004",
  },
  beta: { completed: "b1000000000000000000000000000001" },
} as const;

/** Seeded domains; `empty` has no jobs. */
export const SEEDED_DOMAINS = ["alpha", "beta", "empty"] as const;

/** Valid names and ids that are not in the seed, so a lookup of them is a 404. */
export const ABSENT_DOMAINS = [
  "gamma",
  "ALPHA",
  "alpha_",
  "a".repeat(64),
  "-",
  "_",
  "__proto__",
  "constructor",
  "toString",
] as const;
export const ABSENT_JOB_IDS = ["0".repeat(32), "f".repeat(32), "a1000000000000000000000000000009"] as const;

/** Valid names and ids for generated arguments: mostly seeded, some absent (a 404). */
export function seededValues(endpoint: string): SeededValues {
  return {
    domainName: fc.oneof(
      { arbitrary: fc.constant("alpha"), weight: 6 },
      { arbitrary: fc.constantFrom(...SEEDED_DOMAINS), weight: 2 },
      { arbitrary: fc.constantFrom(...ABSENT_DOMAINS), weight: 1 },
    ),
    jobId: fc.oneof(
      { arbitrary: fc.constantFrom(...Object.values(JOBS.alpha)), weight: 6 },
      { arbitrary: fc.constant(JOBS.beta.completed), weight: 1 },
      { arbitrary: fc.constantFrom(...ABSENT_JOB_IDS), weight: 1 },
    ),
    endpoint,
  };
}

/** The seed: what `HOSTILE_EXPECTED` is written from. */
export const HOSTILE_SEED: EmulatorSeed = {
  domains: {
    alpha: {
      jobs: [
        {
          DomainName: "alpha",
          JobId: JOBS.alpha.completed,
          Status: "COMPLETED",
          JobStartTime: 1736125200,
          JobEndTime: 1736127011.25,
          LastUpdatedAt: 1736127011.25,
          JobExpirationTime: 1738717200,
          AutoMerging: {
            Enabled: true,
            Consolidation: { MatchingAttributesList: [["EmailAddress"]] },
            ConflictResolution: { ConflictResolvingModel: "RECENCY" },
            MinAllowedConfidenceScoreForMerging: 0.5,
          },
          ExportingLocation: { S3Exporting: { S3BucketName: "exports", S3KeyName: "alpha/a1 key/" } },
          JobStats: { NumberOfProfilesReviewed: 10, NumberOfMatchesFound: 2, NumberOfMergesDone: 1 },
        },
        {
          DomainName: "alpha",
          JobId: JOBS.alpha.failed,
          Status: "FAILED",
          Message: "The export bucket denied s3:PutObject.",
          JobStartTime: 1736730000,
        },
        { JobId: JOBS.alpha.partial, Status: "PARTIAL_SUCCESS", JobStartTime: 1736900000.5 },
        { JobId: JOBS.alpha.exporting, Status: "EXPORTING", JobStartTime: 1735000000 },
      ],
    },
    beta: { jobs: [{ JobId: JOBS.beta.completed, Status: "COMPLETED", JobStartTime: 1737000000 }] },
    empty: { jobs: [] },
  },
};

/** Every seeded job exactly as getIdentityResolutionJob returns it. */
export const HOSTILE_EXPECTED: Readonly<Record<string, readonly IdentityResolutionJobResult[]>> = {
  alpha: [
    {
      domainName: "alpha",
      jobId: JOBS.alpha.completed,
      status: "COMPLETED",
      jobStartTime: "2025-01-06T01:00:00.000Z",
      jobEndTime: "2025-01-06T01:30:11.250Z",
      lastUpdatedAt: "2025-01-06T01:30:11.250Z",
      jobExpirationTime: "2025-02-05T01:00:00.000Z",
      autoMerging: {
        enabled: true,
        consolidation: { matchingAttributesList: [["EmailAddress"]] },
        conflictResolution: { conflictResolvingModel: "RECENCY" },
        minAllowedConfidenceScoreForMerging: 0.5,
      },
      exportingLocation: { s3Exporting: { s3BucketName: "exports", s3KeyName: "alpha/a1 key/" } },
      jobStats: { numberOfProfilesReviewed: 10, numberOfMatchesFound: 2, numberOfMergesDone: 1 },
      exportS3BucketName: "exports",
      exportS3KeyName: "alpha/a1 key/",
      exportS3Uri: "s3://exports/alpha/a1 key/",
    },
    {
      domainName: "alpha",
      jobId: JOBS.alpha.failed,
      status: "FAILED",
      message: "The export bucket denied s3:PutObject.",
      jobStartTime: "2025-01-13T01:00:00.000Z",
    },
    {
      domainName: "alpha",
      jobId: JOBS.alpha.partial,
      status: "PARTIAL_SUCCESS",
      jobStartTime: "2025-01-15T00:13:20.500Z",
    },
    {
      domainName: "alpha",
      jobId: JOBS.alpha.exporting,
      status: "EXPORTING",
      jobStartTime: "2024-12-24T00:26:40.000Z",
    },
  ],
  beta: [
    {
      domainName: "beta",
      jobId: JOBS.beta.completed,
      status: "COMPLETED",
      jobStartTime: "2025-01-16T04:00:00.000Z",
    },
  ],
  empty: [],
};

const TIMESTAMPS = ["JobStartTime", "JobEndTime", "LastUpdatedAt", "JobExpirationTime"];
const SUMMARY_MEMBERS = [
  "DomainName",
  "JobId",
  "Status",
  "JobStartTime",
  "JobEndTime",
  "JobStats",
  "ExportingLocation",
  "Message",
];

/** A seeded wire job as the SDK deserializes it (epoch seconds become Dates); `undefined` if absent. */
export function sdkJob(domainName: string, jobId: string): Record<string, unknown> | undefined {
  const domain = Object.hasOwn(HOSTILE_SEED.domains, domainName)
    ? HOSTILE_SEED.domains[domainName]
    : undefined;
  const job = domain?.jobs.find((candidate) => candidate.JobId === jobId);
  if (!job) return undefined;
  return Object.fromEntries(
    Object.entries(job).map(([key, value]) => [
      key,
      TIMESTAMPS.includes(key) ? new Date((value as number) * 1000) : value,
    ]),
  );
}

/** A seeded domain's ListIdentityResolutionJobs items as the SDK deserializes them, in seed order. */
export function sdkSummaries(domainName: string): Record<string, unknown>[] {
  return HOSTILE_SEED.domains[domainName].jobs.map((job) => {
    const full = sdkJob(domainName, job.JobId) ?? {};
    return Object.fromEntries(Object.entries(full).filter(([key]) => SUMMARY_MEMBERS.includes(key)));
  });
}

/** A seeded job as listIdentityResolutionJobs summarises it. */
export function summaryOf(job: IdentityResolutionJobResult): IdentityResolutionJobSummary {
  const { autoMerging: _a, lastUpdatedAt: _l, jobExpirationTime: _e, ...summary } = job;
  return summary;
}

/** Newest first, as the library orders jobs (greatest start time, then greatest id). */
export function newestFirst<T extends IdentityResolutionJobSummary>(jobs: readonly T[]): T[] {
  return [...jobs].sort((a, b) =>
    a.jobStartTime === b.jobStartTime
      ? b.jobId.localeCompare(a.jobId)
      : Date.parse(b.jobStartTime ?? "") - Date.parse(a.jobStartTime ?? ""),
  );
}

/** Whether the seed has `domainName` (own keys only: `constructor` is not a domain). */
export function seededJobs(domainName: string): readonly IdentityResolutionJobResult[] | undefined {
  return Object.hasOwn(HOSTILE_EXPECTED, domainName) ? HOSTILE_EXPECTED[domainName] : undefined;
}

/**
 * Starts the emulator and points the standard AWS environment at it, so a call that omits
 * `endpoint` or `region` still reaches the emulator and never AWS.
 */
export async function startHostileEmulator(): Promise<RunningEmulator> {
  const emulator = await startEmulator({ seed: HOSTILE_SEED });
  process.env.AWS_ACCESS_KEY_ID = emulator.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = emulator.credentials.secretAccessKey;
  process.env.AWS_REGION = emulator.region;
  process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES = emulator.endpoint;
  return emulator;
}

/** Stops the emulator and removes what {@link startHostileEmulator} put in the environment. */
export async function stopHostileEmulator(emulator: RunningEmulator | undefined): Promise<void> {
  for (const name of [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_REGION",
    "AWS_ENDPOINT_URL_CUSTOMER_PROFILES",
  ]) {
    delete process.env[name];
  }
  await emulator?.stop();
}

/** How a call settled: its value, or what it threw. */
export type Settled = { readonly value: unknown } | { readonly error: unknown };

/** Settles `promise` (or a synchronous throw from `call`) without letting a failure escape. */
export async function settle(call: () => Promise<unknown>): Promise<Settled> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error };
  }
}
