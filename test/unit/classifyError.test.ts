// classifyError: errors shaped like the SDK's (real ServiceException subclasses, Node network errors,
// a deserialization error) → named errors with exact messages. The shapes are built by hand here:
// this does not prove that the SDK, its retry middleware or a real endpoint produce exactly these
// (the emulator wire tests do that), only what the classifier makes of them.
import {
  AccessDeniedException,
  BadRequestException,
  CustomerProfilesServiceException,
  InternalServerException,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-customer-profiles";
import {
  AccessDeniedError,
  IdentityResolutionError,
  InvalidResponseError,
  JobNotFoundError,
  NetworkError,
  ServiceError,
  ThrottledError,
} from "../../provider";
import { classifyError, domainArn, permission, scrub, type CallContext } from "../../provider/classifyError";
import { DOMAIN, GET_CONTEXT, JOB_ID } from "./fixtures";

const WHAT = `GetIdentityResolutionJob for job ${JOB_ID} in domain '${DOMAIN}' (us-east-1)`;
const LIST_CONTEXT: CallContext = {
  operation: "ListIdentityResolutionJobs",
  domainName: DOMAIN,
  region: "us-east-1",
  secrets: [],
};
const LIST_WHAT = `ListIdentityResolutionJobs for domain '${DOMAIN}' (us-east-1)`;
const GET_ARN = `profile:GetIdentityResolutionJob on arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}`;
const CREDENTIALS_HINT =
  "AWS did not accept the credentials (wrong, expired or revoked keys, or keys for another partition): refresh them, or check stack config aws:accessKey/aws:secretKey/aws:profile and the AWS_* environment.";
const NETWORK_HINT =
  "Check the region, the endpoint and network access; raise requestTimeoutSeconds for slow networks.";
const meta = (httpStatusCode: number, requestId: string, attempts: number) => ({
  httpStatusCode,
  requestId,
  attempts,
  totalRetryDelay: 0,
});
const serviceException = (name: string, message: string, $metadata: ReturnType<typeof meta>) =>
  new CustomerProfilesServiceException({ name, $fault: "client", message, $metadata });
const networkError = (message: string, code: string, attempts?: number) =>
  Object.assign(
    new Error(message),
    { code },
    attempts ? { $metadata: { attempts, totalRetryDelay: 0 } } : {},
  );

describe("classifyError: SDK errors of GetIdentityResolutionJob", () => {
  test.each<[string, unknown, new (...args: never[]) => Error, string, Record<string, unknown>]>([
    [
      "ResourceNotFoundException",
      new ResourceNotFoundException({ message: "Job not found", $metadata: meta(404, "req-1", 1) }),
      JobNotFoundError,
      `${WHAT} failed: ResourceNotFoundException (HTTP 404, request id req-1, 1 attempt): Job not found. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs ${GET_ARN}.`,
      { awsErrorCode: "ResourceNotFoundException", requestId: "req-1", httpStatusCode: 404 },
    ],
    [
      "an unnamed 404 with a fault",
      serviceException("UnknownError", "Not Found", meta(404, "req-1b", 1)),
      JobNotFoundError,
      `${WHAT} failed: UnknownError (HTTP 404, request id req-1b, 1 attempt): Not Found. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs ${GET_ARN}.`,
      { awsErrorCode: "UnknownError", requestId: "req-1b", httpStatusCode: 404 },
    ],
    [
      "ThrottlingException",
      new ThrottlingException({ message: "Rate exceeded", $metadata: meta(429, "req-2", 3) }),
      ThrottledError,
      `${WHAT} failed: ThrottlingException (HTTP 429, request id req-2, 3 attempts): Rate exceeded. AWS kept throttling after every retry: raise maxAttempts, or run fewer lookups at once.`,
      { awsErrorCode: "ThrottlingException", requestId: "req-2", httpStatusCode: 429 },
    ],
    [
      "InternalServerException",
      new InternalServerException({ message: "Internal failure", $metadata: meta(500, "req-3", 3) }),
      ServiceError,
      `${WHAT} failed: InternalServerException (HTTP 500, request id req-3, 3 attempts): Internal failure. The service failed on every attempt: try again later.`,
      { awsErrorCode: "InternalServerException", requestId: "req-3", httpStatusCode: 500 },
    ],
    [
      "a 503 from a server fault",
      new CustomerProfilesServiceException({
        name: "ServiceUnavailable",
        $fault: "server",
        message: "Service Unavailable",
        $metadata: meta(503, "req-3b", 3),
      }),
      ServiceError,
      `${WHAT} failed: ServiceUnavailable (HTTP 503, request id req-3b, 3 attempts): Service Unavailable. The service failed on every attempt: try again later.`,
      { awsErrorCode: "ServiceUnavailable", requestId: "req-3b", httpStatusCode: 503 },
    ],
    [
      "AccessDeniedException",
      new AccessDeniedException({
        message:
          "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: profile:GetIdentityResolutionJob",
        $metadata: meta(403, "req-4", 1),
      }),
      AccessDeniedError,
      `${WHAT} failed: AccessDeniedException (HTTP 403, request id req-4, 1 attempt): User: arn:aws:iam::123456789012:user/ci is not authorized to perform: profile:GetIdentityResolutionJob. Allow the caller ${GET_ARN}.`,
      { awsErrorCode: "AccessDeniedException", requestId: "req-4", httpStatusCode: 403 },
    ],
    [
      "BadRequestException",
      new BadRequestException({ message: "Invalid job id", $metadata: meta(400, "req-5", 1) }),
      ServiceError,
      `${WHAT} failed: BadRequestException (HTTP 400, request id req-5, 1 attempt): Invalid job id. AWS rejected the request as invalid: check domainName and jobId.`,
      { awsErrorCode: "BadRequestException", requestId: "req-5", httpStatusCode: 400 },
    ],
    [
      "UnrecognizedClientException",
      serviceException(
        "UnrecognizedClientException",
        "The security token is not valid",
        meta(403, "req-6", 1),
      ),
      AccessDeniedError,
      `${WHAT} failed: UnrecognizedClientException (HTTP 403, request id req-6, 1 attempt): The security token is not valid. ${CREDENTIALS_HINT}`,
      { awsErrorCode: "UnrecognizedClientException", requestId: "req-6", httpStatusCode: 403 },
    ],
    [
      "InvalidSignatureException, first line only",
      serviceException(
        "InvalidSignatureException",
        "Signature does not match\n\nThe Canonical String for this request should have been\n'GET\n/domains'",
        meta(403, "req-7", 1),
      ),
      AccessDeniedError,
      `${WHAT} failed: InvalidSignatureException (HTTP 403, request id req-7, 1 attempt): Signature does not match. ${CREDENTIALS_HINT}`,
      { awsErrorCode: "InvalidSignatureException", requestId: "req-7", httpStatusCode: 403 },
    ],
    [
      "ExpiredTokenException",
      serviceException("ExpiredTokenException", "Token expired", meta(400, "req-8", 1)),
      AccessDeniedError,
      `${WHAT} failed: ExpiredTokenException (HTTP 400, request id req-8, 1 attempt): Token expired. ${CREDENTIALS_HINT}`,
      { awsErrorCode: "ExpiredTokenException", requestId: "req-8", httpStatusCode: 400 },
    ],
    [
      "an unexpected client error",
      serviceException("ConflictException", "Conflict", meta(409, "req-9", 1)),
      ServiceError,
      `${WHAT} failed: ConflictException (HTTP 409, request id req-9, 1 attempt): Conflict. This error was not expected from Customer Profiles.`,
      { awsErrorCode: "ConflictException", requestId: "req-9", httpStatusCode: 409 },
    ],
  ])("%s", (_name, error, type, message, details) => {
    const named = classifyError(error, GET_CONTEXT);
    expect(named).toBeInstanceOf(type);
    expect(named.name).toBe(type.name);
    expect(named.message).toBe(message);
    expect({ ...named }).toStrictEqual({
      name: type.name,
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId: JOB_ID,
      ...details,
    });
  });
});

describe("classifyError: network, timeout and unreadable answers", () => {
  const ENDPOINT = "https://profile.us-east-1.amazonaws.com";

  test.each<[string, unknown, new (...args: never[]) => Error, string, Record<string, unknown>]>([
    [
      "ECONNREFUSED after retries",
      networkError("connect ECONNREFUSED 127.0.0.1:9", "ECONNREFUSED", 3),
      NetworkError,
      `${WHAT} failed: could not get an answer from ${ENDPOINT} (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9) after 3 attempts. ${NETWORK_HINT}`,
      {},
    ],
    [
      "ENOTFOUND",
      networkError("getaddrinfo ENOTFOUND profile.us-east-1.amazonaws.com", "ENOTFOUND"),
      NetworkError,
      `${WHAT} failed: could not get an answer from ${ENDPOINT} (ENOTFOUND: getaddrinfo ENOTFOUND profile.us-east-1.amazonaws.com). ${NETWORK_HINT}`,
      {},
    ],
    [
      "ECONNRESET",
      networkError("socket hang up", "ECONNRESET", 2),
      NetworkError,
      `${WHAT} failed: could not get an answer from ${ENDPOINT} (ECONNRESET: socket hang up) after 2 attempts. ${NETWORK_HINT}`,
      {},
    ],
    [
      "TimeoutError",
      Object.assign(new Error("Connection timed out after 30000 ms"), { name: "TimeoutError" }),
      NetworkError,
      `${WHAT} failed: could not get an answer from ${ENDPOINT} (TimeoutError: Connection timed out after 30000 ms). ${NETWORK_HINT}`,
      {},
    ],
    [
      "a deserialization error with the body",
      Object.assign(
        new SyntaxError(
          `Unexpected token '<', "<html><bod"... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`,
        ),
        { $responseBodyText: "<html><body>Bad Gateway</body></html>", $metadata: meta(200, "", 1) },
      ),
      InvalidResponseError,
      `${WHAT} failed: the endpoint's answer (HTTP 200) is not a valid Customer Profiles response (Unexpected token '<', "<html><bod"... is not valid JSON). Body: '<html><body>Bad Gateway</body></html>'. Check that the endpoint (${ENDPOINT}) serves Customer Profiles.`,
      { httpStatusCode: 200 },
    ],
    [
      "a SyntaxError without body or status",
      new SyntaxError("Unexpected end of JSON input"),
      InvalidResponseError,
      `${WHAT} failed: the endpoint's answer is not a valid Customer Profiles response (Unexpected end of JSON input). Check that the endpoint (${ENDPOINT}) serves Customer Profiles.`,
      {},
    ],
  ])("%s", (_name, error, type, message, details) => {
    const named = classifyError(error, GET_CONTEXT);
    expect(named).toBeInstanceOf(type);
    expect(named.message).toBe(message);
    expect({ ...named }).toStrictEqual({
      name: type.name,
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId: JOB_ID,
      ...details,
    });
  });

  describe("the endpoint named", () => {
    const saved = { ...process.env };
    afterEach(() => {
      delete process.env.AWS_ENDPOINT_URL;
      delete process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES;
      Object.assign(process.env, saved);
    });

    test.each<[string, string | undefined, Record<string, string>, string]>([
      [
        "the endpoint argument wins",
        "http://127.0.0.1:9",
        { AWS_ENDPOINT_URL: "http://other:1" },
        "http://127.0.0.1:9",
      ],
      [
        "AWS_ENDPOINT_URL_CUSTOMER_PROFILES before AWS_ENDPOINT_URL",
        undefined,
        { AWS_ENDPOINT_URL_CUSTOMER_PROFILES: "http://cp:2", AWS_ENDPOINT_URL: "http://all:3" },
        "http://cp:2",
      ],
      ["AWS_ENDPOINT_URL", undefined, { AWS_ENDPOINT_URL: "http://all:3" }, "http://all:3"],
      ["the AWS endpoint of the region", undefined, {}, "https://profile.us-east-1.amazonaws.com"],
    ])("%s", (_name, endpoint, env, shown) => {
      Object.assign(process.env, env);
      const context = { ...GET_CONTEXT, ...(endpoint ? { endpoint } : {}) };
      const named = classifyError(networkError("connect ECONNREFUSED", "ECONNREFUSED"), context);
      expect(named.message).toBe(
        `${WHAT} failed: could not get an answer from ${shown} (ECONNREFUSED: connect ECONNREFUSED). ${NETWORK_HINT}`,
      );
    });
  });
});

describe("classifyError: ListIdentityResolutionJobs", () => {
  test("not found names the domain only and the List permission", () => {
    const named = classifyError(
      new ResourceNotFoundException({ message: "Domain not found", $metadata: meta(404, "req-l", 1) }),
      LIST_CONTEXT,
    );
    expect(named).toBeInstanceOf(JobNotFoundError);
    expect(named.message).toBe(
      `${LIST_WHAT} failed: ResourceNotFoundException (HTTP 404, request id req-l, 1 attempt): Domain not found. The domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:ListIdentityResolutionJobs on arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}.`,
    );
    expect({ ...named }).toStrictEqual({
      name: "JobNotFoundError",
      operation: "ListIdentityResolutionJobs",
      domainName: DOMAIN,
      awsErrorCode: "ResourceNotFoundException",
      requestId: "req-l",
      httpStatusCode: 404,
    });
  });
});

describe("classifyError: pass-through", () => {
  test.each<[string, Error]>([
    ["an error of this library", new JobNotFoundError("already named")],
    ["the base class", new IdentityResolutionError("base")],
    ["an abort", Object.assign(new Error("The operation was aborted"), { name: "AbortError" })],
  ])("%s is returned unchanged", (_name, error) => {
    expect(classifyError(error, GET_CONTEXT)).toBe(error);
  });

  test("a thrown string becomes a ServiceError, without empty parentheses", () => {
    const named = classifyError("boom", GET_CONTEXT);
    expect(named).toBeInstanceOf(ServiceError);
    expect(named.message).toBe(
      `${WHAT} failed: Error: boom. This error was not expected from Customer Profiles.`,
    );
  });
});

describe("classifyError: credential values never reach the message", () => {
  const ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
  const SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  const SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLEsessionTOKEN/abc+def==";
  // Real session tokens run to hundreds of characters: longer than the 300 a message line keeps.
  const TOKEN = `IQoJb3JpZ2luX2VjEXAMPLE${"Zm9vYmFy".repeat(50)}`;
  const context: CallContext = { ...GET_CONTEXT, secrets: [ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, TOKEN] };

  test.each<[string, unknown, string]>([
    [
      "InvalidSignatureException echoing the token and key",
      serviceException(
        "InvalidSignatureException",
        `Credential=${ACCESS_KEY}/20240101/us-east-1/profile/aws4_request, X-Amz-Security-Token=${SESSION_TOKEN}`,
        meta(403, "req-s1", 1),
      ),
      `${WHAT} failed: InvalidSignatureException (HTTP 403, request id req-s1, 1 attempt): Credential=[redacted]/20240101/us-east-1/profile/aws4_request, X-Amz-Security-Token=[redacted]. ${CREDENTIALS_HINT}`,
    ],
    [
      "a message that echoes the secret key",
      serviceException("SignatureDoesNotMatch", `bad key ${SECRET_KEY} used`, meta(403, "req-s2", 1)),
      `${WHAT} failed: SignatureDoesNotMatch (HTTP 403, request id req-s2, 1 attempt): bad key [redacted] used. ${CREDENTIALS_HINT}`,
    ],
    [
      "a one-line message longer than 300 characters that echoes a session token",
      serviceException(
        "UnrecognizedClientException",
        `The security token included in the request is invalid: ${TOKEN}`,
        meta(403, "req-s3", 1),
      ),
      `${WHAT} failed: UnrecognizedClientException (HTTP 403, request id req-s3, 1 attempt): The security token included in the request is invalid: [redacted]. ${CREDENTIALS_HINT}`,
    ],
    [
      "a network message",
      networkError(`connect ECONNREFUSED ${ACCESS_KEY}.example.com`, "ECONNREFUSED"),
      `${WHAT} failed: could not get an answer from https://profile.us-east-1.amazonaws.com (ECONNREFUSED: connect ECONNREFUSED [redacted].example.com). ${NETWORK_HINT}`,
    ],
    [
      "a response body that echoes the access key",
      Object.assign(new SyntaxError("Unexpected token 'k'"), {
        $responseBodyText: `key=${ACCESS_KEY}`,
        $metadata: meta(200, "", 1),
      }),
      `${WHAT} failed: the endpoint's answer (HTTP 200) is not a valid Customer Profiles response (Unexpected token 'k'). Body: 'key=[redacted]'. Check that the endpoint (https://profile.us-east-1.amazonaws.com) serves Customer Profiles.`,
    ],
  ])("%s", (_name, error, message) => {
    const named = classifyError(error, context);
    expect(named.message).toBe(message);
    expect(named.message).not.toContain(ACCESS_KEY);
    expect(named.message).not.toContain(SECRET_KEY);
    expect(named.message).not.toContain(SESSION_TOKEN);
    // Not even a prefix of a long token may survive.
    expect(named.message).not.toContain(TOKEN.slice(0, 40));
  });
});

describe("scrub", () => {
  test.each<[string, string, string[], string]>([
    ["every occurrence", "a SECRET b SECRET", ["SECRET"], "a [redacted] b [redacted]"],
    ["several secrets", "AKID and KEY9", ["AKID", "KEY9"], "[redacted] and [redacted]"],
    ["values shorter than 4 characters are left alone", "abc abcd", ["abc"], "abc abcd"],
    ["no secrets", "text", [], "text"],
  ])("%s", (_name, text, secrets, expected) => {
    expect(scrub(text, secrets)).toBe(expected);
  });
});

describe("permission and domainArn across partitions", () => {
  test.each<[string, string]>([
    ["us-east-1", `arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}`],
    ["eu-west-2", `arn:aws:profile:eu-west-2:<account-id>:domains/${DOMAIN}`],
    ["cn-north-1", `arn:aws-cn:profile:cn-north-1:<account-id>:domains/${DOMAIN}`],
    ["cn-northwest-1", `arn:aws-cn:profile:cn-northwest-1:<account-id>:domains/${DOMAIN}`],
    ["us-gov-west-1", `arn:aws-us-gov:profile:us-gov-west-1:<account-id>:domains/${DOMAIN}`],
  ])("%s", (region, arn) => {
    expect(domainArn(region, DOMAIN)).toBe(arn);
    expect(permission({ operation: "ListIdentityResolutionJobs", region, domainName: DOMAIN })).toBe(
      `profile:ListIdentityResolutionJobs on ${arn}`,
    );
  });

  test("an access-denied message in aws-cn names the aws-cn ARN", () => {
    const named = classifyError(
      new AccessDeniedException({ message: "denied", $metadata: meta(403, "req-cn", 1) }),
      { ...GET_CONTEXT, region: "cn-north-1" },
    );
    expect(named.message).toBe(
      `GetIdentityResolutionJob for job ${JOB_ID} in domain '${DOMAIN}' (cn-north-1) failed: AccessDeniedException (HTTP 403, request id req-cn, 1 attempt): denied. Allow the caller profile:GetIdentityResolutionJob on arn:aws-cn:profile:cn-north-1:<account-id>:domains/${DOMAIN}.`,
    );
  });
});
