import {
  AccessDeniedError,
  IdentityResolutionError,
  InvalidResponseError,
  JobNotFoundError,
  NetworkError,
  ServiceError,
  ThrottledError,
  type FailureDetails,
  type IdentityResolutionOperation,
} from "./errors";
import { show } from "./show";

/** What a call was about, for the message of any error it raises. */
export interface CallContext {
  readonly operation: IdentityResolutionOperation;
  readonly domainName: string;
  readonly jobId?: string;
  readonly region: string;
  readonly endpoint?: string;
  /** Credential values to scrub from any text that AWS echoes back. */
  readonly secrets: readonly string[];
}

/** AWS error codes that mean the credentials themselves were refused, not a missing permission. */
const REJECTED_CREDENTIALS = new Set([
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "MissingAuthenticationTokenException",
  "IncompleteSignatureException",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  $response?: unknown;
  $responseBodyText?: string;
}

/**
 * Turns whatever a Customer Profiles call threw into one of this library's named errors, with a
 * message that names the operation, domain, job, AWS error code and request id and says what to
 * do. Errors that are already ours, and aborts, pass through unchanged.
 */
export function classifyError(error: unknown, context: CallContext): Error {
  if (error instanceof IdentityResolutionError) return error;
  const sdk = (
    typeof error === "object" && error !== null ? error : { message: String(error) }
  ) as SdkErrorShape;
  if (sdk.name === "AbortError") return error as Error;

  const code = sdk.name ?? "Error";
  const status = sdk.$metadata?.httpStatusCode;
  const details: FailureDetails = {
    operation: context.operation,
    domainName: context.domainName,
    ...(context.jobId ? { jobId: context.jobId } : {}),
    ...(status !== undefined && sdk.$fault ? { awsErrorCode: code } : {}),
    ...(sdk.$metadata?.requestId ? { requestId: sdk.$metadata.requestId } : {}),
    ...(status !== undefined ? { httpStatusCode: status } : {}),
  };
  const attempts = sdk.$metadata?.attempts;
  const what = `${context.operation} for ${target(context)}`;
  const compose = (hint: string) =>
    `${what} failed: ${describeAwsError(sdk, code, context.secrets)}. ${hint}`;

  if (isInvalidResponse(sdk)) {
    const body =
      sdk.$responseBodyText !== undefined
        ? ` Body: ${show(scrub(sdk.$responseBodyText, context.secrets))}.`
        : "";
    return new InvalidResponseError(
      `${what} failed: the endpoint's answer${status !== undefined ? ` (HTTP ${status})` : ""} is not a valid Customer Profiles response (${firstLine(scrub(sdk.message ?? code, context.secrets))}).${body} Check that the endpoint (${endpointOf(context)}) serves Customer Profiles.`,
      details,
    );
  }
  if (sdk.$fault === undefined && (NETWORK_CODES.has(sdk.code ?? "") || code === "TimeoutError")) {
    return new NetworkError(
      `${what} failed: could not get an answer from ${endpointOf(context)} (${sdk.code ?? code}: ${firstLine(scrub(sdk.message ?? "", context.secrets))})${attempts ? ` after ${attempts} attempts` : ""}. Check the region, the endpoint and network access; raise requestTimeoutSeconds for slow networks.`,
      details,
    );
  }
  if (code === "ResourceNotFoundException" || (status === 404 && sdk.$fault)) {
    return new JobNotFoundError(compose(notFoundHint(context)), details);
  }
  if (REJECTED_CREDENTIALS.has(code)) {
    return new AccessDeniedError(
      compose(
        "AWS did not accept the credentials (wrong, expired or revoked keys, or keys for another partition): refresh them, or check stack config aws:accessKey/aws:secretKey/aws:profile and the AWS_* environment.",
      ),
      details,
    );
  }
  if (code === "AccessDeniedException" || status === 403) {
    return new AccessDeniedError(compose(`Allow the caller ${permission(context)}.`), details);
  }
  if (code === "ThrottlingException" || code === "TooManyRequestsException" || status === 429) {
    return new ThrottledError(
      compose("AWS kept throttling after every retry: raise maxAttempts, or run fewer lookups at once."),
      details,
    );
  }
  if (code === "BadRequestException" || status === 400) {
    return new ServiceError(
      compose("AWS rejected the request as invalid: check domainName and jobId."),
      details,
    );
  }
  if (sdk.$fault === "server" || (status !== undefined && status >= 500)) {
    return new ServiceError(compose("The service failed on every attempt: try again later."), details);
  }
  return new ServiceError(compose("This error was not expected from Customer Profiles."), details);
}

/** Whether `error` is a refusal of the credentials, whose text may echo the signed request. */
export function echoesSignedRequest(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    REJECTED_CREDENTIALS.has(String((error as SdkErrorShape).name))
  );
}

/** The IAM action and resource a caller needs for the call, for messages. */
export function permission(context: Pick<CallContext, "operation" | "region" | "domainName">): string {
  return `profile:${context.operation} on ${domainArn(context.region, context.domainName)}`;
}

/** The domain's ARN with the account left for the reader to fill in. */
export function domainArn(region: string, domainName: string): string {
  const partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  return `arn:${partition}:profile:${region}:<account-id>:domains/${domainName}`;
}

/** Removes every known credential value from `text`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length >= 4) clean = clean.split(secret).join("[redacted]");
  }
  return clean;
}

// "ThrottlingException (HTTP 429, request id …, 3 attempts): Rate exceeded"
function describeAwsError(sdk: SdkErrorShape, code: string, secrets: readonly string[]): string {
  const status = sdk.$metadata?.httpStatusCode;
  const attempts = sdk.$metadata?.attempts;
  const facts = [
    status !== undefined ? `HTTP ${status}` : undefined,
    sdk.$metadata?.requestId ? `request id ${sdk.$metadata.requestId}` : undefined,
    attempts ? `${attempts} attempt${attempts === 1 ? "" : "s"}` : undefined,
  ].filter((fact) => fact !== undefined);
  // The hint that follows starts a new sentence, so AWS's own final period is dropped.
  const awsMessage = firstLine(scrub(sdk.message ?? "", secrets)).replace(/[.\s]+$/, "");
  return `${code}${facts.length ? ` (${facts.join(", ")})` : ""}${awsMessage ? `: ${awsMessage}` : ""}`;
}

function target(context: CallContext): string {
  const job = context.jobId ? `job ${context.jobId} in ` : "";
  return `${job}domain '${context.domainName}' (${context.region})`;
}

function notFoundHint(context: CallContext): string {
  const subject = context.jobId
    ? "The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region,"
    : "The domain may not exist in this region,";
  return `${subject} or the caller may lack access (Customer Profiles answers 404 then too): the caller needs ${permission(context)}.`;
}

function endpointOf(context: CallContext): string {
  return scrub(
    context.endpoint ??
      process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES ??
      process.env.AWS_ENDPOINT_URL ??
      `https://profile.${context.region}.amazonaws.com`,
    context.secrets,
  );
}

function isInvalidResponse(sdk: SdkErrorShape): boolean {
  return (
    sdk.$responseBodyText !== undefined || sdk.name === "SyntaxError" || sdk.name === "InvalidResponseError"
  );
}

function firstLine(text: string): string {
  const line = text.split("\n")[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
