import { NoMatchingJobError } from "../errors";
import type { IdentityResolutionJobSummary } from "../result";

/**
 * The job with the greatest JobStartTime. List order is undocumented, so position never counts;
 * ties go to the greater job id so the answer is the same on every run. Jobs without a start
 * time only win when no job has one.
 */
export function pickNewest(
  jobs: readonly IdentityResolutionJobSummary[],
): IdentityResolutionJobSummary | undefined {
  let newest: IdentityResolutionJobSummary | undefined;
  for (const job of jobs) {
    if (!newest || compareStart(job, newest) > 0) newest = job;
  }
  return newest;
}

/** Orders jobs by JobStartTime, then job id; jobs without a start time come first. */
export function compareStart(a: IdentityResolutionJobSummary, b: IdentityResolutionJobSummary): number {
  const aStart = a.jobStartTime ? Date.parse(a.jobStartTime) : -Infinity;
  const bStart = b.jobStartTime ? Date.parse(b.jobStartTime) : -Infinity;
  if (aStart !== bStart) return aStart > bStart ? 1 : -1;
  return a.jobId === b.jobId ? 0 : a.jobId > b.jobId ? 1 : -1;
}

/** The error for a domain with no job that passes the filter. */
export function noMatchingJob(
  domainName: string,
  region: string,
  status: readonly string[] | undefined,
  total: number,
): NoMatchingJobError {
  const filter = status ? ` with status ${status.join(" or ")}` : "";
  const seen = status ? ` (it has ${total} job${total === 1 ? "" : "s"} in other statuses)` : "";
  return new NoMatchingJobError(
    `Domain '${domainName}' (${region}) has no identity resolution job${filter}${seen}. Jobs run on the domain's schedule once identity resolution is enabled; pass jobId to look up a specific job, or widen the status filter.`,
    { operation: "ListIdentityResolutionJobs", domainName },
  );
}
