// Every error class through the real stack: the library's client with the SDK's standard retries,
// SigV4 and deserialization, against emulator faults over HTTP. Each row asserts the class, the
// exact message (with the request id the emulator issued) and exactly which requests were sent.
import {
  AccessDeniedError,
  getIdentityResolutionJob,
  InvalidResponseError,
  JobNotFoundError,
  NetworkError,
  ServiceError,
  ThrottledError,
} from "@customer-profiles/identity-resolution";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type {
  EmulatorRequestRecord,
  RunningEmulator,
  SeedCredential,
  SeedFault,
} from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf } from "../emulator/helpers";
import {
  closedPort,
  credentialVariables,
  emulatorArgs,
  eventually,
  rejectionOf,
  requestsFor,
  runInNode,
  setEnvironment,
  tally,
} from "./support";

jest.setTimeout(60_000);

const DOMAIN = "wire-errors";
const ARN = `arn:aws:profile:us-east-1:<account-id>:domains/${DOMAIN}`;
const CREDENTIALS_HINT =
  "AWS did not accept the credentials (wrong, expired or revoked keys, or keys for another partition): refresh them, or check stack config aws:accessKey/aws:secretKey/aws:profile and the AWS_* environment.";
const NETWORK_HINT =
  "Check the region, the endpoint and network access; raise requestTimeoutSeconds for slow networks.";

let emulator: RunningEmulator;
let restoreEnvironment: () => void;
let nextJob = 0xe000;

/** A fresh COMPLETED job with `faults` on its Get requests. */
function faultyJob(faults: SeedFault[]): string {
  const jobId = jobIdOf((nextJob += 1));
  emulator.putJob(DOMAIN, { JobId: jobId, Status: "COMPLETED", JobStartTime: 1767225600, Faults: faults });
  return jobId;
}

function prefix(jobId: string): string {
  return `GetIdentityResolutionJob for job ${jobId} in domain '${DOMAIN}' (us-east-1) failed: `;
}

function lastOf(records: EmulatorRequestRecord[]): EmulatorRequestRecord {
  expect(records.length).toBeGreaterThan(0);
  return records[records.length - 1]!;
}

beforeAll(async () => {
  emulator = await startEmulator({ seed: { domains: { [DOMAIN]: { jobs: [] } } } });
  restoreEnvironment = setEnvironment(credentialVariables(emulator.credentials));
});

afterAll(async () => {
  restoreEnvironment();
  await emulator.stop();
});

describe("AWS error answers", () => {
  test("404: JobNotFoundError names the permission, after 1 request", async () => {
    const jobId = jobIdOf(0xe0404);
    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName: DOMAIN, jobId, ...emulatorArgs(emulator) }),
    );
    const requests = requestsFor(emulator, { jobId });
    const { requestId } = lastOf(requests);
    expect(error).toBeInstanceOf(JobNotFoundError);
    expect(error.name).toBe("JobNotFoundError");
    expect(error.message).toBe(
      `${prefix(jobId)}ResourceNotFoundException (HTTP 404, request id ${requestId}, 1 attempt): Job ${jobId} not found in domain ${DOMAIN}. The job may not exist or may have expired (the service deletes jobs at their JobExpirationTime), the domain may not exist in this region, or the caller may lack access (Customer Profiles answers 404 then too): the caller needs profile:GetIdentityResolutionJob on ${ARN}.`,
    );
    expect({ ...error }).toStrictEqual({
      name: "JobNotFoundError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
      awsErrorCode: "ResourceNotFoundException",
      requestId,
      httpStatusCode: 404,
    });
    expect(tally(requests)).toStrictEqual({ get: 1, list: 0, statuses: [404] });
  });

  test("403 AccessDeniedException: AccessDeniedError asks for the permission, not retried", async () => {
    const jobId = faultyJob([{ Error: "AccessDeniedException", Times: 5 }]);
    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName: DOMAIN, jobId, ...emulatorArgs(emulator) }),
    );
    const requests = requestsFor(emulator, { jobId });
    const { requestId } = lastOf(requests);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(error.name).toBe("AccessDeniedError");
    expect(error.message).toBe(
      `${prefix(jobId)}AccessDeniedException (HTTP 403, request id ${requestId}, 1 attempt): Not authorized to perform profile:GetIdentityResolutionJob. Allow the caller profile:GetIdentityResolutionJob on ${ARN}.`,
    );
    expect({ ...error }).toStrictEqual({
      name: "AccessDeniedError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
      awsErrorCode: "AccessDeniedException",
      requestId,
      httpStatusCode: 403,
    });
    expect(tally(requests)).toStrictEqual({ get: 1, list: 0, statuses: [403] });
  });

  test.each([
    [3, 3],
    [5, 2],
    [1, 1],
  ])(
    "throttled %d times with maxAttempts %d: ThrottledError after every attempt",
    async (times, maxAttempts) => {
      const jobId = faultyJob([{ Error: "ThrottlingException", Times: times }]);
      const error = await rejectionOf(
        getIdentityResolutionJob({ domainName: DOMAIN, jobId, maxAttempts, ...emulatorArgs(emulator) }),
      );
      const requests = requestsFor(emulator, { jobId });
      const { requestId } = lastOf(requests);
      expect(error).toBeInstanceOf(ThrottledError);
      expect(error.name).toBe("ThrottledError");
      expect(error.message).toBe(
        `${prefix(jobId)}ThrottlingException (HTTP 429, request id ${requestId}, ${maxAttempts} attempt${maxAttempts === 1 ? "" : "s"}): Rate exceeded. AWS kept throttling after every retry: raise maxAttempts, or run fewer lookups at once.`,
      );
      expect({ ...error }).toMatchObject({
        awsErrorCode: "ThrottlingException",
        requestId,
        httpStatusCode: 429,
      });
      expect(tally(requests)).toStrictEqual({
        get: maxAttempts,
        list: 0,
        statuses: Array(maxAttempts).fill(429),
      });
    },
  );

  test.each([
    ["ThrottlingException", 2, 3, 429],
    ["ThrottlingException", 1, 2, 429],
    ["InternalServerException", 1, 3, 500],
    ["InternalServerException", 2, 3, 500],
  ] as const)(
    "%s %d times with maxAttempts %d: retried, then the job",
    async (fault, times, maxAttempts, status) => {
      const jobId = faultyJob([{ Error: fault, Times: times }]);
      const result = await getIdentityResolutionJob({
        domainName: DOMAIN,
        jobId,
        maxAttempts,
        ...emulatorArgs(emulator),
      });
      expect(result).toStrictEqual({
        domainName: DOMAIN,
        jobId,
        status: "COMPLETED",
        jobStartTime: "2026-01-01T00:00:00.000Z",
      });
      expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({
        get: times + 1,
        list: 0,
        statuses: [...Array(times).fill(status), 200],
      });
    },
  );

  test("500 on every attempt: ServiceError says to try later", async () => {
    const jobId = faultyJob([{ Error: "InternalServerException", Times: 3 }]);
    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName: DOMAIN, jobId, ...emulatorArgs(emulator) }),
    );
    const requests = requestsFor(emulator, { jobId });
    const { requestId } = lastOf(requests);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.name).toBe("ServiceError");
    // AWS's own text ends with a period; the message must not double it.
    expect(error.message).toBe(
      `${prefix(jobId)}InternalServerException (HTTP 500, request id ${requestId}, 3 attempts): Internal service error; please retry. The service failed on every attempt: try again later.`,
    );
    expect({ ...error }).toMatchObject({
      awsErrorCode: "InternalServerException",
      requestId,
      httpStatusCode: 500,
    });
    expect(tally(requests)).toStrictEqual({ get: 3, list: 0, statuses: [500, 500, 500] });
  });
});

describe("answers that are not Customer Profiles responses", () => {
  test.each([
    ["Malformed", /^Unterminated string in JSON at position \d+( \(line \d+ column \d+\))?$/],
    ["WrongContentType", /^Unexpected token '<', "<html><bod"\.\.\. is not valid JSON$/],
  ] as const)("%s: InvalidResponseError names the endpoint, after 1 request", async (fault, parserText) => {
    const jobId = faultyJob([{ Error: fault, Times: 3 }]);
    const error = await rejectionOf(
      getIdentityResolutionJob({ domainName: DOMAIN, jobId, ...emulatorArgs(emulator) }),
    );
    const requests = requestsFor(emulator, { jobId });
    const { requestId } = lastOf(requests);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.name).toBe("InvalidResponseError");
    const start = `${prefix(jobId)}the endpoint's answer (HTTP 200) is not a valid Customer Profiles response (`;
    const end = `). Check that the endpoint (${emulator.endpoint}) serves Customer Profiles.`;
    expect(error.message.startsWith(start)).toBe(true);
    expect(error.message.endsWith(end)).toBe(true);
    // The parser's own words (V8's) sit between the library's.
    expect(error.message.slice(start.length, -end.length)).toMatch(parserText);
    expect({ ...error }).toStrictEqual({
      name: "InvalidResponseError",
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
      requestId,
      httpStatusCode: 200,
    });
    expect(tally(requests)).toStrictEqual({ get: 1, list: 0, statuses: [200] });
  });
});

describe("no answer", () => {
  test("reset twice with maxAttempts 3: retried, then the job", async () => {
    const jobId = faultyJob([{ Error: "Reset", Times: 2 }]);
    const result = await getIdentityResolutionJob({ domainName: DOMAIN, jobId, ...emulatorArgs(emulator) });
    expect(result).toMatchObject({ jobId, status: "COMPLETED" });
    expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({ get: 3, list: 0, statuses: [0, 0, 200] });
  });

  test("reset on every attempt: NetworkError (ECONNRESET) after 3 attempts, in a real Node process", async () => {
    const jobId = faultyJob([{ Error: "Reset", Times: 3 }]);
    const outcome = await runInNode(
      { fn: "getIdentityResolutionJob", args: { domainName: DOMAIN, jobId, ...emulatorArgs(emulator) } },
      credentialVariables(emulator.credentials),
    );
    expect(outcome.error).toStrictEqual({
      name: "NetworkError",
      message: `${prefix(jobId)}could not get an answer from ${emulator.endpoint} (ECONNRESET: socket hang up) after 3 attempts. ${NETWORK_HINT}`,
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
    });
    expect(outcome.unhandledRejections).toBe(0);
    expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({ get: 3, list: 0, statuses: [0, 0, 0] });
  });

  test("a closed port: NetworkError (ECONNREFUSED) after 3 attempts, in a real Node process", async () => {
    const port = await closedPort();
    const endpoint = `http://127.0.0.1:${port}`;
    const jobId = jobIdOf(0xe0c1);
    const outcome = await runInNode(
      { fn: "getIdentityResolutionJob", args: { domainName: DOMAIN, jobId, endpoint, region: "us-east-1" } },
      credentialVariables(emulator.credentials),
    );
    expect(outcome.error).toStrictEqual({
      name: "NetworkError",
      message: `${prefix(jobId)}could not get an answer from ${endpoint} (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}) after 3 attempts. ${NETWORK_HINT}`,
      operation: "GetIdentityResolutionJob",
      domainName: DOMAIN,
      jobId,
    });
  });

  test("a slow answer past requestTimeoutSeconds on every attempt: NetworkError (ETIMEDOUT) after 2 attempts", async () => {
    const jobId = faultyJob([{ Error: "Delay", Times: 2, DelayMs: 2500 }]);
    const started = Date.now();
    const error = await rejectionOf(
      getIdentityResolutionJob({
        domainName: DOMAIN,
        jobId,
        maxAttempts: 2,
        requestTimeoutSeconds: 0.5,
        ...emulatorArgs(emulator),
      }),
    );
    console.log(`timed-out lookup ended after ${Date.now() - started} ms`);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.name).toBe("NetworkError");
    expect(
      error.message.startsWith(
        `${prefix(jobId)}could not get an answer from ${emulator.endpoint} (ETIMEDOUT: `,
      ),
    ).toBe(true);
    expect(error.message.endsWith(`) after 2 attempts. ${NETWORK_HINT}`)).toBe(true);
    expect(error.message).toContain("500 ms requestTimeout");
    // The emulator records a delayed request once it has written its (now unread) answer.
    expect(await eventually(() => requestsFor(emulator, { jobId }).length === 2)).toBe(true);
  });

  test("a slow answer within requestTimeoutSeconds is simply awaited", async () => {
    const jobId = faultyJob([{ Error: "Delay", Times: 1, DelayMs: 300 }]);
    const result = await getIdentityResolutionJob({
      domainName: DOMAIN,
      jobId,
      requestTimeoutSeconds: 5,
      ...emulatorArgs(emulator),
    });
    expect(result).toMatchObject({ jobId, status: "COMPLETED" });
    expect(tally(requestsFor(emulator, { jobId }))).toStrictEqual({ get: 1, list: 0, statuses: [200] });
  });
});

describe("credentials AWS does not accept", () => {
  const registered: SeedCredential = {
    accessKeyId: "AKIDWIREERRORS000001",
    secretAccessKey: "wire-errors/registered/secret/key/0001",
    sessionToken: "wire-errors-registered-session-token-0001",
  };
  const emulators: RunningEmulator[] = [];
  afterAll(() => Promise.all(emulators.map((e) => e.stop())));

  test.each([
    [
      "an unknown access key",
      { ...registered, accessKeyId: "AKIDWIREERRORSUNKNWN" },
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    ],
    [
      "a wrong secret key",
      { ...registered, secretAccessKey: "wire-errors/wrong/secret/key/0002" },
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
    ],
    [
      "a missing session token",
      { accessKeyId: registered.accessKeyId, secretAccessKey: registered.secretAccessKey },
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    ],
  ])("%s: AccessDeniedError says AWS did not accept the credentials", async (_name, used, code, awsText) => {
    // Each case has its own emulator: the library keeps one client (and its resolved
    // credentials) per endpoint for the life of the process.
    const own = await startEmulator({
      seed: { credentials: [registered], domains: { [DOMAIN]: { jobs: [{ JobId: jobIdOf(0xe0c2) }] } } },
    });
    emulators.push(own);
    const restore = setEnvironment(credentialVariables(used));
    try {
      const jobId = jobIdOf(0xe0c2);
      const error = await rejectionOf(
        getIdentityResolutionJob({ domainName: DOMAIN, jobId, ...emulatorArgs(own) }),
      );
      const requests = requestsFor(own, { jobId });
      const { requestId } = lastOf(requests);
      expect(error).toBeInstanceOf(AccessDeniedError);
      expect(error.name).toBe("AccessDeniedError");
      // AWS's own text ends with a period; the message must not double it.
      expect(error.message).toBe(
        `${prefix(jobId)}${code} (HTTP 403, request id ${requestId}, 1 attempt): ${awsText.replace(/\.$/, "")}. ${CREDENTIALS_HINT}`,
      );
      expect({ ...error }).toMatchObject({ awsErrorCode: code, requestId, httpStatusCode: 403 });
      expect(tally(requests)).toStrictEqual({ get: 1, list: 0, statuses: [403] });
    } finally {
      restore();
    }
  });
});
