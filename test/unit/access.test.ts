// resolveAccess and readAwsStackConfig: lookup arguments plus `aws:*` stack config → the settings a
// client is built from. Plain objects in, plain objects out; nothing is sent and no credential
// provider is run here (client.test.ts builds clients from these settings).
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  DEFAULT_ROLE_SESSION_NAME,
  resolveAccess,
} from "../../provider/aws/access";
import { readAwsStackConfig, type AwsStackConfig } from "../../provider/aws/stackConfig";

const DEFAULTS = { roleSessionName: "pulumi-customer-profiles", maxAttempts: 3, requestTimeoutMs: 30_000 };

test("the defaults", () => {
  expect([DEFAULT_ROLE_SESSION_NAME, DEFAULT_MAX_ATTEMPTS, DEFAULT_REQUEST_TIMEOUT_SECONDS]).toEqual([
    "pulumi-customer-profiles",
    3,
    30,
  ]);
});

test.each<[string, Record<string, unknown>, AwsStackConfig, Record<string, unknown>]>([
  ["region argument only", { region: "eu-west-1" }, {}, { region: "eu-west-1", ...DEFAULTS }],
  ["region from stack config", {}, { region: "ap-southeast-2" }, { region: "ap-southeast-2", ...DEFAULTS }],
  [
    "the argument beats stack config",
    { region: "eu-west-1" },
    { region: "ap-southeast-2" },
    { region: "eu-west-1", ...DEFAULTS },
  ],
  [
    "stack config keys become static credentials",
    { region: "eu-west-1" },
    { accessKey: "AKIAEXAMPLE", secretKey: "secret/key+EXAMPLE", token: "session-token" },
    {
      region: "eu-west-1",
      staticCredentials: {
        accessKeyId: "AKIAEXAMPLE",
        secretAccessKey: "secret/key+EXAMPLE",
        sessionToken: "session-token",
      },
      ...DEFAULTS,
    },
  ],
  [
    "static credentials without a token",
    { region: "eu-west-1" },
    { accessKey: "AKIAEXAMPLE", secretKey: "secret" },
    {
      region: "eu-west-1",
      staticCredentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" },
      ...DEFAULTS,
    },
  ],
  [
    "an access key without a secret key is not used",
    { region: "eu-west-1" },
    { accessKey: "AKIAEXAMPLE" },
    { region: "eu-west-1", ...DEFAULTS },
  ],
  [
    "profile from stack config",
    { region: "eu-west-1" },
    { profile: "ci" },
    { region: "eu-west-1", profile: "ci", ...DEFAULTS },
  ],
  [
    "the profile argument beats stack config",
    { region: "eu-west-1", profile: "dev" },
    { profile: "ci" },
    { region: "eu-west-1", profile: "dev", ...DEFAULTS },
  ],
  [
    "every access argument",
    {
      region: "us-gov-west-1",
      endpoint: "http://127.0.0.1:4566",
      roleArn: "arn:aws-us-gov:iam::123456789012:role/reader",
      externalId: "tenant-42",
      roleSessionName: "deploy",
      maxAttempts: 5,
      requestTimeoutSeconds: 2.5,
    },
    {},
    {
      region: "us-gov-west-1",
      endpoint: "http://127.0.0.1:4566",
      roleArn: "arn:aws-us-gov:iam::123456789012:role/reader",
      externalId: "tenant-42",
      roleSessionName: "deploy",
      maxAttempts: 5,
      requestTimeoutMs: 2500,
    },
  ],
])("%s", async (_name, args, config, expected) => {
  await expect(resolveAccess(args, config)).resolves.toStrictEqual(expected);
});

describe("readAwsStackConfig", () => {
  test("reads the aws:* keys, drops absent and empty ones", () => {
    const values: Record<string, string> = {
      "aws:region": "eu-west-1",
      "aws:profile": "",
      "aws:accessKey": "AKIAEXAMPLE",
      "aws:secretKey": "secret",
      "aws:skipCredentialsValidation": "true",
    };
    const asked: string[] = [];
    const config = readAwsStackConfig((key) => {
      asked.push(key);
      return values[key];
    });
    expect(config).toStrictEqual({ region: "eu-west-1", accessKey: "AKIAEXAMPLE", secretKey: "secret" });
    expect(asked).toEqual(["aws:region", "aws:profile", "aws:accessKey", "aws:secretKey", "aws:token"]);
  });
});
