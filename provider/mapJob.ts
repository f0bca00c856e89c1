import type {
  AutoMerging,
  ExportingLocation,
  GetIdentityResolutionJobCommandOutput,
  IdentityResolutionJob,
  JobStats,
} from "@aws-sdk/client-customer-profiles";
import type {
  AutoMergingResult,
  ExportingLocationResult,
  IdentityResolutionJobResult,
  IdentityResolutionJobSummary,
  JobStatsResult,
} from "./result";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Maps a GetIdentityResolutionJob response; `domainName`/`jobId` fill in members the response omits. */
export function toJobResult(
  response: Omit<GetIdentityResolutionJobCommandOutput, "$metadata">,
  requested: { domainName: string; jobId: string },
): IdentityResolutionJobResult {
  const result: Mutable<IdentityResolutionJobResult> = toJobSummary(response, requested);
  setIfPresent(result, "lastUpdatedAt", iso(response.LastUpdatedAt));
  setIfPresent(result, "jobExpirationTime", iso(response.JobExpirationTime));
  setIfPresent(result, "autoMerging", autoMerging(response.AutoMerging));
  return result;
}

/** Maps one ListIdentityResolutionJobs entry (or the shared members of a Get response). */
export function toJobSummary(
  job: IdentityResolutionJob,
  requested: { domainName: string; jobId?: string },
): Mutable<IdentityResolutionJobSummary> {
  const summary: Mutable<IdentityResolutionJobSummary> = {
    domainName: job.DomainName ?? requested.domainName,
    jobId: job.JobId ?? requested.jobId ?? "",
  };
  setIfPresent(summary, "status", job.Status);
  setIfPresent(summary, "message", job.Message);
  setIfPresent(summary, "jobStartTime", iso(job.JobStartTime));
  setIfPresent(summary, "jobEndTime", iso(job.JobEndTime));
  setIfPresent(summary, "exportingLocation", exportingLocation(job.ExportingLocation));
  setIfPresent(summary, "jobStats", jobStats(job.JobStats));
  const bucket = job.ExportingLocation?.S3Exporting?.S3BucketName;
  const key = job.ExportingLocation?.S3Exporting?.S3KeyName;
  setIfPresent(summary, "exportS3BucketName", bucket);
  setIfPresent(summary, "exportS3KeyName", key);
  if (bucket && key !== undefined) summary.exportS3Uri = `s3://${bucket}/${key}`;
  return summary;
}

function autoMerging(value: AutoMerging | undefined): AutoMergingResult | undefined {
  if (!value) return undefined;
  const result: Mutable<AutoMergingResult> = {};
  setIfPresent(result, "enabled", value.Enabled);
  if (value.Consolidation?.MatchingAttributesList) {
    result.consolidation = {
      matchingAttributesList: value.Consolidation.MatchingAttributesList.map((group) => [...group]),
    };
  }
  if (value.ConflictResolution?.ConflictResolvingModel) {
    result.conflictResolution = {
      conflictResolvingModel: value.ConflictResolution.ConflictResolvingModel,
      ...(value.ConflictResolution.SourceName !== undefined
        ? { sourceName: value.ConflictResolution.SourceName }
        : {}),
    };
  }
  setIfPresent(result, "minAllowedConfidenceScoreForMerging", value.MinAllowedConfidenceScoreForMerging);
  return result;
}

function exportingLocation(value: ExportingLocation | undefined): ExportingLocationResult | undefined {
  if (!value) return undefined;
  if (!value.S3Exporting) return {};
  const s3: { s3BucketName?: string; s3KeyName?: string } = {};
  setIfPresent(s3, "s3BucketName", value.S3Exporting.S3BucketName);
  setIfPresent(s3, "s3KeyName", value.S3Exporting.S3KeyName);
  return { s3Exporting: s3 };
}

function jobStats(value: JobStats | undefined): JobStatsResult | undefined {
  if (!value) return undefined;
  const result: Mutable<JobStatsResult> = {};
  setIfPresent(result, "numberOfProfilesReviewed", value.NumberOfProfilesReviewed);
  setIfPresent(result, "numberOfMatchesFound", value.NumberOfMatchesFound);
  setIfPresent(result, "numberOfMergesDone", value.NumberOfMergesDone);
  return result;
}

function iso(value: Date | undefined): string | undefined {
  return value === undefined || Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}

// Absent stays absent: the engine's protobuf Struct rejects `undefined` members.
function setIfPresent<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== null) target[key] = value;
}
