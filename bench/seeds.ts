/** Deterministic jobs for seeding the emulator. */
import type { SeedJob } from "../emulator";

/** The domain every benchmark uses. */
export const BENCH_DOMAIN = "bench";

/** The `index`-th benchmark job id: 32 lowercase hex characters. */
export function benchJobId(index: number): string {
  return index.toString(16).padStart(32, "0");
}

/**
 * A COMPLETED job with every member, as a real one looks (auto-merging, export, statistics);
 * later indexes started later, so the newest job is the last one.
 */
export function completedJob(index: number): SeedJob {
  const jobId = benchJobId(index);
  const start = 1_767_225_600 + index * 3600;
  return {
    DomainName: BENCH_DOMAIN,
    JobId: jobId,
    Status: "COMPLETED",
    JobStartTime: start,
    JobEndTime: start + 1800.5,
    LastUpdatedAt: start + 1800.5,
    JobExpirationTime: start + 30 * 86_400,
    AutoMerging: {
      Enabled: true,
      Consolidation: { MatchingAttributesList: [["EmailAddress"], ["FirstName", "LastName", "PhoneNumber"]] },
      ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm" },
      MinAllowedConfidenceScoreForMerging: 0.85,
    },
    ExportingLocation: { S3Exporting: { S3BucketName: "bench-exports", S3KeyName: `runs/${jobId}/` } },
    JobStats: { NumberOfProfilesReviewed: 100_000, NumberOfMatchesFound: 420, NumberOfMergesDone: 400 },
  };
}

/** A seed with one domain holding `count` completed jobs. */
export function seedWithJobs(count: number): { domains: Record<string, { jobs: SeedJob[] }> } {
  return { domains: { [BENCH_DOMAIN]: { jobs: Array.from({ length: count }, (_, i) => completedJob(i)) } } };
}
