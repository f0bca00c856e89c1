/** The Customer Profiles operations this library calls. */
export type IdentityResolutionOperation = "GetIdentityResolutionJob" | "ListIdentityResolutionJobs";

/** What a failed call was about: copied onto every error so a handler need not parse messages. */
export interface FailureDetails {
  /** The operation that failed, when an API call failed. */
  readonly operation?: IdentityResolutionOperation;
  /** The domain looked up. */
  readonly domainName?: string;
  /** The job looked up, when there was one. */
  readonly jobId?: string;
  /** The AWS error code, e.g. `ResourceNotFoundException`. */
  readonly awsErrorCode?: string;
  /** The AWS request id of the last attempt. */
  readonly requestId?: string;
  /** The HTTP status of the last attempt. */
  readonly httpStatusCode?: number;
}

/**
 * Base of every error this library throws. Only `message` crosses from a dynamic provider to the
 * user, so each message stands alone: what was looked up, what AWS said and what to do.
 */
export class IdentityResolutionError extends Error {
  /** The operation that failed, when an API call failed. */
  declare readonly operation?: IdentityResolutionOperation;
  /** The domain looked up. */
  declare readonly domainName?: string;
  /** The job looked up, when there was one. */
  declare readonly jobId?: string;
  /** The AWS error code, e.g. `ResourceNotFoundException`. */
  declare readonly awsErrorCode?: string;
  /** The AWS request id of the last attempt. */
  declare readonly requestId?: string;
  /** The HTTP status of the last attempt. */
  declare readonly httpStatusCode?: number;

  constructor(message: string, details: FailureDetails = {}) {
    super(message);
    this.name = new.target.name;
    // Absent details stay absent rather than becoming `undefined` properties.
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) Object.defineProperty(this, key, { value, enumerable: true });
    }
  }
}

/** An argument broke a rule; raised before any request is sent. */
export class InvalidArgumentError extends IdentityResolutionError {
  /** The argument, as a path such as `waitFor.minDelaySeconds`. */
  declare readonly property: string;

  constructor(property: string, problem: string) {
    super(`${property} ${problem}`, { property } as FailureDetails);
  }
}

/** No region could be resolved from any source. */
export class MissingRegionError extends IdentityResolutionError {}

/** No AWS credentials could be loaded from any source. */
export class CredentialsError extends IdentityResolutionError {}

/** The job or domain does not exist, has expired, or access is denied (the service answers 404 then too). */
export class JobNotFoundError extends IdentityResolutionError {}

/** AWS refused the caller: missing IAM permission, or credentials it does not accept. */
export class AccessDeniedError extends IdentityResolutionError {}

/** AWS kept throttling after every retry. */
export class ThrottledError extends IdentityResolutionError {}

/** AWS failed (5xx) after every retry, or answered with an error this library does not expect. */
export class ServiceError extends IdentityResolutionError {}

/** The endpoint could not be reached, or did not answer in time, after every retry. */
export class NetworkError extends IdentityResolutionError {}

/** The endpoint answered with something that is not a Customer Profiles response. */
export class InvalidResponseError extends IdentityResolutionError {}

/** The domain has no job that matches the status filter. */
export class NoMatchingJobError extends IdentityResolutionError {}

/** A waited-for job ended in a status that can never become the target (FAILED, PARTIAL_SUCCESS). */
export class JobFailedError extends IdentityResolutionError {
  /** The status the job ended in. */
  declare readonly status: string;
  /** The job's own message, when it has one. */
  declare readonly jobMessage?: string;

  constructor(message: string, details: FailureDetails & { status: string; jobMessage?: string }) {
    super(message, details);
  }
}

/** A wait ran out of time before the job reached a target status. */
export class WaitTimeoutError extends IdentityResolutionError {
  /** The last status seen, when any poll succeeded. */
  declare readonly lastStatus?: string;
  /** Seconds waited. */
  declare readonly waitedSeconds: number;

  constructor(message: string, details: FailureDetails & { lastStatus?: string; waitedSeconds: number }) {
    super(message, details);
  }
}
