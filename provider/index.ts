export type {
  AwsAccessArgs,
  GetIdentityResolutionJobArgs,
  GetIdentityResolutionJobOutputArgs,
  ListIdentityResolutionJobsArgs,
  LookupOptions,
  WaitForOptions,
} from "./args";
export {
  AccessDeniedError,
  CredentialsError,
  IdentityResolutionError,
  InvalidArgumentError,
  InvalidResponseError,
  JobFailedError,
  JobNotFoundError,
  MissingRegionError,
  NetworkError,
  NoMatchingJobError,
  ServiceError,
  ThrottledError,
  WaitTimeoutError,
} from "./errors";
export type { FailureDetails, IdentityResolutionOperation } from "./errors";
export { getIdentityResolutionJob, getIdentityResolutionJobOutput } from "./getIdentityResolutionJob";
export { listIdentityResolutionJobs } from "./listIdentityResolutionJobs";
export { IdentityResolutionJob } from "./resource/IdentityResolutionJob";
export type { IdentityResolutionJobArgs } from "./resource/IdentityResolutionJob";
export type {
  AutoMergingResult,
  ConflictResolutionResult,
  ConsolidationResult,
  ExportingLocationResult,
  IdentityResolutionJobResult,
  IdentityResolutionJobSummary,
  JobStatsResult,
} from "./result";
export { IdentityResolutionJobStatus, KNOWN_STATUSES, TERMINAL_STATUSES } from "./status";
export { DEFAULT_WAIT_TIMEOUT_SECONDS, WAITER_DEFAULTS } from "./waiter/timing";
export type { WaitProgress } from "./waiter/waitForJobStatus";
export { waitUntilIdentityResolutionJobCompleted } from "./waiter/waitUntilIdentityResolutionJobCompleted";
export type { IdentityResolutionJobWaiterConfiguration } from "./waiter/waitUntilIdentityResolutionJobCompleted";
