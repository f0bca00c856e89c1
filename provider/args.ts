import type * as pulumi from "@pulumi/pulumi";

/**
 * How to reach AWS. Every member is optional: without them the lookup uses the stack's `aws:*`
 * configuration, then the environment, exactly as `@pulumi/aws` does. Credentials themselves are
 * never an argument, so they can never land in state.
 */
export interface AwsAccessArgs {
  /**
   * The AWS region of the domain.
   * @default stack config `aws:region`, then `AWS_REGION` / `AWS_DEFAULT_REGION`, then the profile's region
   */
  readonly region?: string;
  /**
   * A custom endpoint URL (http or https), e.g. a local emulator.
   * @default `AWS_ENDPOINT_URL_CUSTOMER_PROFILES`, then `AWS_ENDPOINT_URL`, then the AWS endpoint
   */
  readonly endpoint?: string;
  /**
   * A named profile from the shared AWS config and credentials files.
   * @default stack config `aws:profile`, then `AWS_PROFILE`
   */
  readonly profile?: string;
  /**
   * A role to assume (through STS) before calling Customer Profiles.
   * @default no role: the resolved credentials are used directly
   */
  readonly roleArn?: string;
  /**
   * The external id the role's trust policy requires.
   * @default none
   */
  readonly externalId?: string;
  /**
   * The session name for the assumed role.
   * @default "pulumi-customer-profiles"
   */
  readonly roleSessionName?: string;
  /**
   * Attempts per API call, the first included, under the SDK's standard retry strategy
   * (throttling, 5xx and network errors are retried with backoff).
   * @default 3
   */
  readonly maxAttempts?: number;
  /**
   * Seconds one HTTP request may take before it counts as a network failure (and is retried).
   * @default 30
   */
  readonly requestTimeoutSeconds?: number;
}

/** The names of {@link AwsAccessArgs}, for code that copies or checks them. */
export const AWS_ACCESS_ARG_KEYS = [
  "region",
  "endpoint",
  "profile",
  "roleArn",
  "externalId",
  "roleSessionName",
  "maxAttempts",
  "requestTimeoutSeconds",
] as const satisfies readonly (keyof AwsAccessArgs)[];

/**
 * Makes a lookup wait until the job reaches one of `status`. Dynamic providers ignore Pulumi's
 * `customTimeouts`, so `timeoutSeconds` is the only limit on the wait.
 */
export interface WaitForOptions {
  /**
   * Statuses that end the wait successfully.
   * @default ["COMPLETED"]
   */
  readonly status?: readonly string[];
  /**
   * Seconds to wait in total before failing with the last status seen.
   * @default 1800 (30 minutes)
   */
  readonly timeoutSeconds?: number;
  /**
   * Shortest pause between two polls, in seconds.
   * @default 15
   */
  readonly minDelaySeconds?: number;
  /**
   * Longest pause between two polls, in seconds (polls back off exponentially up to it, with jitter).
   * @default 120
   */
  readonly maxDelaySeconds?: number;
  /**
   * Whether PARTIAL_SUCCESS ends the wait successfully rather than as a failure.
   * @default false
   */
  readonly acceptPartialSuccess?: boolean;
}

/** Arguments of {@link getIdentityResolutionJob}. */
export interface GetIdentityResolutionJobArgs extends AwsAccessArgs {
  /** The Customer Profiles domain: 1–64 characters of `[a-zA-Z0-9_-]`. */
  readonly domainName: string;
  /**
   * The job to look up: 32 lowercase hex characters.
   * @default the newest job of the domain (greatest JobStartTime), among `status` if given
   */
  readonly jobId?: string;
  /**
   * With `jobId` omitted: consider only jobs whose status is one of these.
   * @default every status
   */
  readonly status?: readonly string[];
  /**
   * Wait until the job reaches a target status; fail at once if it FAILED.
   * @default no waiting: the job is returned in whatever status it has
   */
  readonly waitFor?: WaitForOptions;
}

/** Arguments of {@link getIdentityResolutionJobOutput}: those of the Promise form, as Pulumi inputs. */
export type GetIdentityResolutionJobOutputArgs = {
  readonly [K in keyof GetIdentityResolutionJobArgs]: pulumi.Input<GetIdentityResolutionJobArgs[K]>;
};

/** Arguments of {@link listIdentityResolutionJobs}. */
export interface ListIdentityResolutionJobsArgs extends AwsAccessArgs {
  /** The Customer Profiles domain: 1–64 characters of `[a-zA-Z0-9_-]`. */
  readonly domainName: string;
  /**
   * Keep only jobs whose status is one of these.
   * @default every status
   */
  readonly status?: readonly string[];
}

/** Options that apply to one call rather than to what is looked up. */
export interface LookupOptions {
  /** Cancels the lookup, including any wait. */
  readonly abortSignal?: AbortSignal;
}
