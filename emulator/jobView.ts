/** The bodies a client receives for a stored job: the Get response and the List summary. */
import type { SeedJob, WireJob } from "./seed";
import { TERMINAL_STATUSES } from "./model";
import { timelinePosition } from "./timeline";

const RESPONSE_MEMBERS = [
  "DomainName",
  "JobId",
  "Status",
  "Message",
  "JobStartTime",
  "JobEndTime",
  "LastUpdatedAt",
  "JobExpirationTime",
  "AutoMerging",
  "ExportingLocation",
  "JobStats",
] as const satisfies readonly (keyof WireJob)[];

const SUMMARY_MEMBERS = [
  "DomainName",
  "JobId",
  "Status",
  "JobStartTime",
  "JobEndTime",
  "JobStats",
  "ExportingLocation",
  "Message",
] as const satisfies readonly (keyof WireJob)[];

/** A ListIdentityResolutionJobs item: the model's `IdentityResolutionJob` structure. */
export type WireJobSummary = Pick<WireJob, (typeof SUMMARY_MEMBERS)[number]>;

/**
 * The GetIdentityResolutionJob body for `job` at `nowMs`. A timeline, played from `startMs`, sets
 * `Status`, `LastUpdatedAt` (the last transition), `JobEndTime` (only once terminal) and, when the seed
 * has none, `JobStartTime`.
 */
export function jobResponse(job: SeedJob, startMs: number, nowMs: number): WireJob {
  const position = timelinePosition(job.Timeline, startMs, nowMs);
  if (position === undefined) return pickDefined(job, RESPONSE_MEMBERS);
  const since = position.sinceMs / 1000;
  const timed: WireJob = {
    ...job,
    Status: position.status,
    JobStartTime: job.JobStartTime ?? startMs / 1000,
    LastUpdatedAt: since,
    JobEndTime: TERMINAL_STATUSES.has(position.status) ? since : undefined,
  };
  return pickDefined(timed, RESPONSE_MEMBERS);
}

/** The List summary of a Get body: only the members the model's `IdentityResolutionJob` has. */
export function jobSummary(job: WireJob): WireJobSummary {
  return pickDefined(job, SUMMARY_MEMBERS);
}

// Absent members stay absent (not `undefined`), so bodies and snapshots compare exactly.
function pickDefined<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    if (source[key] !== undefined) picked[key] = source[key];
  }
  return picked as Pick<T, K>;
}
