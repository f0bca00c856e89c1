// SigV4 verification: the emulator recomputes every signature; wrong keys, scopes and clocks are refused.
import { GetIdentityResolutionJobCommand } from "@aws-sdk/client-customer-profiles";
import {
  DEFAULT_CREDENTIALS,
  DEFAULT_REGION,
  startEmulator,
} from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator, SeedCredential } from "@customer-profiles/identity-resolution/emulator";
import { clientFor, jobIdOf, rawRequest } from "./helpers";

const JOB = jobIdOf(1);
const PATH = `/domains/auth/identity-resolution-jobs/${JOB}`;
const SESSION: SeedCredential = {
  accessKeyId: "ASIAEMULATORSESSION1",
  secretAccessKey: "s3cr3t",
  sessionToken: "tok",
};
const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: { credentials: [DEFAULT_CREDENTIALS, SESSION], domains: { auth: { jobs: [{ JobId: JOB }] } } },
  });
});

afterAll(() => emulator.stop());

async function getWith(credentials: SeedCredential, region = DEFAULT_REGION): Promise<unknown> {
  const client = clientFor(emulator, { credentials, region });
  try {
    const output = await client.send(new GetIdentityResolutionJobCommand({ DomainName: "auth", JobId: JOB }));
    return { status: output.$metadata.httpStatusCode, jobId: output.JobId };
  } catch (error) {
    const { name, message, $metadata } = error as {
      name: string;
      message: string;
      $metadata: { httpStatusCode: number };
    };
    return { name, message, status: $metadata.httpStatusCode };
  } finally {
    client.destroy();
  }
}

test.each([
  ["the default key", DEFAULT_CREDENTIALS, DEFAULT_REGION, { status: 200, jobId: JOB }],
  ["the default key scoped to another region", DEFAULT_CREDENTIALS, "eu-west-1", { status: 200, jobId: JOB }],
  ["a session key with its token", SESSION, DEFAULT_REGION, { status: 200, jobId: JOB }],
  [
    "a wrong secret",
    { ...DEFAULT_CREDENTIALS, secretAccessKey: "wrong" },
    DEFAULT_REGION,
    { name: "InvalidSignatureException", message: MISMATCH, status: 403 },
  ],
  [
    "an unknown key",
    { accessKeyId: "AKIAUNKNOWN000000000", secretAccessKey: "x" },
    DEFAULT_REGION,
    {
      name: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
      status: 403,
    },
  ],
  [
    "a session key without its token",
    { accessKeyId: SESSION.accessKeyId, secretAccessKey: SESSION.secretAccessKey },
    DEFAULT_REGION,
    {
      name: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
      status: 403,
    },
  ],
  [
    "a session key with a wrong token",
    { ...SESSION, sessionToken: "other" },
    DEFAULT_REGION,
    {
      name: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
      status: 403,
    },
  ],
  [
    "a long-term key with a token",
    { ...DEFAULT_CREDENTIALS, sessionToken: "tok" },
    DEFAULT_REGION,
    {
      name: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
      status: 403,
    },
  ],
])("SDK signed with %s", async (_label, credentials, region, expected) => {
  expect(await getWith(credentials, region)).toStrictEqual(expected);
});

function amzDateOf(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");
}

function errorOf(response: { status: number; headers: Record<string, unknown>; body: string }) {
  return {
    status: response.status,
    type: response.headers["x-amzn-errortype"],
    body: JSON.parse(response.body) as unknown,
  };
}

test("no Authorization header → MissingAuthenticationTokenException", async () => {
  expect(errorOf(await rawRequest(emulator, PATH, { sign: false }))).toStrictEqual({
    status: 403,
    type: "MissingAuthenticationTokenException",
    body: { Message: "Missing Authentication Token" },
  });
});

test("a signature scoped to another service → InvalidSignatureException", async () => {
  expect(errorOf(await rawRequest(emulator, PATH, { sign: { service: "s3" } }))).toStrictEqual({
    status: 403,
    type: "InvalidSignatureException",
    body: { Message: "Credential should be scoped to correct service: 'profile'." },
  });
});

test.each([
  ["10 minutes old", -600_000, "earlier than", "-"],
  ["10 minutes ahead", 600_000, "later than", "+"],
])(
  "a signature %s → InvalidSignatureException, Signature expired",
  async (_label, offsetMs, relation, sign) => {
    const signingDate = new Date(Date.now() + offsetMs);
    const response = errorOf(await rawRequest(emulator, PATH, { sign: { signingDate } }));
    expect(response).toMatchObject({ status: 403, type: "InvalidSignatureException" });
    const message = (response.body as { Message: string }).Message;
    expect(message).toMatch(
      new RegExp(
        `^Signature expired: ${amzDateOf(signingDate.getTime())} is now ${relation} \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z \\${sign} 5 min\\.\\)$`,
      ),
    );
  },
);

test("a signature 4 minutes old is still accepted", async () => {
  const response = await rawRequest(emulator, PATH, {
    sign: { signingDate: new Date(Date.now() - 240_000) },
  });
  expect(response.status).toBe(200);
});

test.each([
  ["x-amz-date", (signedAt: Date) => amzDateOf(signedAt.getTime() - 1000)],
  ["host", () => "localhost:1"],
])("%s changed after signing → InvalidSignatureException", async (header, tamperedValue) => {
  const signingDate = new Date();
  const tampered = await rawRequest(emulator, PATH, {
    sign: { signingDate },
    afterSigning: { [header]: tamperedValue(signingDate) },
  });
  expect(errorOf(tampered)).toStrictEqual({
    status: 403,
    type: "InvalidSignatureException",
    body: { Message: MISMATCH },
  });
});

test.each([
  [
    "a non-SigV4 scheme",
    "Basic dXNlcjpwYXNz",
    "Authorization header must use the AWS4-HMAC-SHA256 algorithm.",
  ],
  [
    "a truncated credential",
    "AWS4-HMAC-SHA256 Credential=EMULATORACCESSKEYID0/20240101/us-east-1, SignedHeaders=host, Signature=00",
    "Authorization header requires a 'Credential' of the form <key id>/<yyyyMMdd>/<region>/<service>/aws4_request.",
  ],
  [
    "no signature",
    "AWS4-HMAC-SHA256 Credential=EMULATORACCESSKEYID0/20240101/us-east-1/profile/aws4_request, SignedHeaders=host",
    "Authorization header requires 'SignedHeaders' and 'Signature' parameters.",
  ],
])(
  "an Authorization header with %s → IncompleteSignatureException",
  async (_label, authorization, message) => {
    const response = await rawRequest(emulator, PATH, { sign: false, headers: { authorization } });
    expect(errorOf(response)).toStrictEqual({
      status: 400,
      type: "IncompleteSignatureException",
      body: { Message: message },
    });
  },
);
