import type * as resourceModule from "./resource/IdentityResolutionJob";

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

/**
 * An identity resolution job kept in stack state (see the class's own documentation): a
 * `pulumi.dynamic.Resource` that reads the job on every `up`, shows drift in preview, refreshes,
 * and can gate a deployment with `waitFor`.
 *
 * The class is loaded on first use: it is a `pulumi.CustomResource`, and loading all of
 * `@pulumi/pulumi` takes about a second cold, which scripts that only look jobs up should not pay
 * (bench figure 2). Inside a Pulumi program the SDK is loaded already, so this costs nothing.
 */
export declare const IdentityResolutionJob: typeof resourceModule.IdentityResolutionJob;
/** An {@link IdentityResolutionJob} instance. */
export type IdentityResolutionJob = resourceModule.IdentityResolutionJob;

// A getter in the shape Node's CommonJS export detection (cjs-module-lexer) recognizes, so
// `import { IdentityResolutionJob } from "@customer-profiles/identity-resolution"` works from ESM too.
const lazy = {
  get IdentityResolutionJob(): typeof resourceModule.IdentityResolutionJob {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("./resource/IdentityResolutionJob") as typeof resourceModule).IdentityResolutionJob;
  },
};
Object.defineProperty(exports, "IdentityResolutionJob", {
  enumerable: true,
  get: function () {
    return lazy.IdentityResolutionJob;
  },
});
