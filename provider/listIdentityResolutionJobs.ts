import type { ListIdentityResolutionJobsArgs, LookupOptions } from "./args";
import { listAllJobs } from "./lookup/lookupJob";
import { programEnvironment } from "./lookup/programEnvironment";
import type { IdentityResolutionJobSummary } from "./result";

/**
 * Lists every identity resolution job of a domain, following every page, newest first
 * (by JobStartTime), optionally only those in some statuses.
 *
 * @example
 * ```ts
 * const failed = await listIdentityResolutionJobs({ domainName: "my-domain", status: ["FAILED"] });
 * export const failedJobIds = failed.map((job) => job.jobId);
 * ```
 */
export function listIdentityResolutionJobs(
  args: ListIdentityResolutionJobsArgs,
  opts?: LookupOptions,
): Promise<IdentityResolutionJobSummary[]> {
  return listAllJobs(args, programEnvironment(opts));
}
