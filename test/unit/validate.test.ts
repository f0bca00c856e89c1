// Argument rules of findArgumentFailures / assertValidArguments, with their exact messages, and the
// promise that invalid input sends no request. Requests are counted on an aws-sdk-client-mock stub of
// CustomerProfilesClient#send: this proves nothing reaches `send`, not what would go on the wire.
import {
  CustomerProfilesClient,
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
} from "@aws-sdk/client-customer-profiles";
import { mockClient } from "aws-sdk-client-mock";
import "aws-sdk-client-mock-jest";
import {
  getIdentityResolutionJob,
  InvalidArgumentError,
  listIdentityResolutionJobs,
  type GetIdentityResolutionJobArgs,
  type ListIdentityResolutionJobsArgs,
} from "../../provider";
import { assertValidArguments, findArgumentFailures } from "../../provider/validate";
import { DOMAIN, JOB_ID, REGION, rejectionOf } from "./fixtures";

const GET = { jobId: true, waitFor: true };
const LIST = { jobId: false, waitFor: false };
const STATUSES = "PENDING, PREPROCESSING, FIND_MATCHING, MERGING, COMPLETED, PARTIAL_SUCCESS, FAILED";
const GET_KNOWN =
  "domainName, status, region, endpoint, profile, roleArn, externalId, roleSessionName, maxAttempts, requestTimeoutSeconds, jobId, waitFor";
const LIST_KNOWN =
  "domainName, status, region, endpoint, profile, roleArn, externalId, roleSessionName, maxAttempts, requestTimeoutSeconds";
const WAIT_KNOWN = "status, timeoutSeconds, minDelaySeconds, maxDelaySeconds, acceptPartialSuccess";
const NAME_RULE = "must be 1–64 characters of letters, digits, '_' or '-'";
const seconds = (max: number, got: string) =>
  `must be a number of seconds greater than 0 and at most ${max}, got ${got}`;

describe("findArgumentFailures: one broken rule each", () => {
  test.each<[string, Record<string, unknown>, string, string]>([
    ["domainName missing", { domainName: undefined }, "domainName", "is required"],
    [
      "domainName 65 characters",
      { domainName: "a".repeat(65) },
      "domainName",
      `'${"a".repeat(40)}…' ${NAME_RULE}`,
    ],
    ["domainName empty", { domainName: "" }, "domainName", `'' ${NAME_RULE}`],
    ["domainName with a space", { domainName: "my domain" }, "domainName", `'my domain' ${NAME_RULE}`],
    ["domainName with a dot", { domainName: "my.domain" }, "domainName", `'my.domain' ${NAME_RULE}`],
    ["domainName a number", { domainName: 42 }, "domainName", "must be a string, got number 42"],
    ["domainName null", { domainName: null }, "domainName", "must be a string, got null"],
    ["jobId too short", { jobId: "ABC" }, "jobId", "'ABC' must be 32 lowercase hex characters"],
    [
      "jobId upper case",
      { jobId: JOB_ID.toUpperCase() },
      "jobId",
      "'0123456789ABCDEF0123456789ABCDEF' must be 32 lowercase hex characters",
    ],
    [
      "jobId 33 characters",
      { jobId: `${JOB_ID}0` },
      "jobId",
      `'${JOB_ID}0' must be 32 lowercase hex characters`,
    ],
    [
      "jobId not hex",
      { jobId: "g".repeat(32) },
      "jobId",
      `'${"g".repeat(32)}' must be 32 lowercase hex characters`,
    ],
    ["jobId a number", { jobId: 7 }, "jobId", "must be a string, got number 7"],
    [
      "status unknown value",
      { status: ["DONE"] },
      "status",
      `contains 'DONE', which is not one of ${STATUSES}`,
    ],
    [
      "status lower case",
      { status: ["completed"] },
      "status",
      `contains 'completed', which is not one of ${STATUSES}`,
    ],
    [
      "status a number inside",
      { status: ["COMPLETED", 1] },
      "status",
      `contains number 1, which is not one of ${STATUSES}`,
    ],
    ["status empty list", { status: [] }, "status", "must name at least one status"],
    [
      "status not a list",
      { status: "COMPLETED" },
      "status",
      `must be a list of statuses such as ["COMPLETED"], got 'COMPLETED'`,
    ],
    [
      "status with jobId",
      { jobId: JOB_ID, status: ["COMPLETED"] },
      "status",
      "filters which job is the newest and cannot be combined with jobId; use waitFor.status",
    ],
    [
      "region upper case",
      { region: "US-EAST-1" },
      "region",
      "'US-EAST-1' must be an AWS region name such as 'us-east-1'",
    ],
    [
      "region without number",
      { region: "us-east" },
      "region",
      "'us-east' must be an AWS region name such as 'us-east-1'",
    ],
    ["region a number", { region: 1 }, "region", "must be a string, got number 1"],
    [
      "endpoint not a URL",
      { endpoint: "not a url" },
      "endpoint",
      "'not a url' must be an absolute http:// or https:// URL",
    ],
    [
      "endpoint relative",
      { endpoint: "/local" },
      "endpoint",
      "'/local' must be an absolute http:// or https:// URL",
    ],
    [
      "endpoint ftp://",
      { endpoint: "ftp://example.com" },
      "endpoint",
      "'ftp://example.com' must be an absolute http:// or https:// URL",
    ],
    [
      "endpoint with user:pass@",
      { endpoint: "https://user:pass@example.com" },
      "endpoint",
      "must not carry credentials in the URL",
    ],
    [
      "endpoint with user@",
      { endpoint: "http://user@localhost:4566" },
      "endpoint",
      "must not carry credentials in the URL",
    ],
    ["endpoint a number", { endpoint: 4566 }, "endpoint", "must be a string, got number 4566"],
    [
      "profile with a space",
      { profile: "my profile" },
      "profile",
      "'my profile' must be a profile name from the AWS config file",
    ],
    ["profile empty", { profile: "" }, "profile", "'' must be a profile name from the AWS config file"],
    [
      "profile with brackets",
      { profile: "[dev]" },
      "profile",
      "'[dev]' must be a profile name from the AWS config file",
    ],
    [
      "roleArn short account",
      { roleArn: "arn:aws:iam::123:role/reader" },
      "roleArn",
      "'arn:aws:iam::123:role/reader' must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/reader'",
    ],
    [
      "roleArn of a user",
      { roleArn: "arn:aws:iam::123456789012:user/ci" },
      "roleArn",
      "'arn:aws:iam::123456789012:user/ci' must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/reader'",
    ],
    [
      "externalId one character",
      { externalId: "x" },
      "externalId",
      "'x' must be 2–1224 characters of letters, digits and +=,.@:/-",
    ],
    [
      "externalId with a space",
      { externalId: "a b" },
      "externalId",
      "'a b' must be 2–1224 characters of letters, digits and +=,.@:/-",
    ],
    [
      "roleSessionName with a colon",
      { roleSessionName: "a:b" },
      "roleSessionName",
      "'a:b' must be 2–64 characters of letters, digits and +=,.@-",
    ],
    [
      "roleSessionName 65 characters",
      { roleSessionName: "s".repeat(65) },
      "roleSessionName",
      `'${"s".repeat(40)}…' must be 2–64 characters of letters, digits and +=,.@-`,
    ],
    ["maxAttempts 0", { maxAttempts: 0 }, "maxAttempts", "must be a whole number from 1 to 20, got number 0"],
    [
      "maxAttempts 21",
      { maxAttempts: 21 },
      "maxAttempts",
      "must be a whole number from 1 to 20, got number 21",
    ],
    [
      "maxAttempts 2.5",
      { maxAttempts: 2.5 },
      "maxAttempts",
      "must be a whole number from 1 to 20, got number 2.5",
    ],
    [
      "maxAttempts a string",
      { maxAttempts: "3" },
      "maxAttempts",
      "must be a whole number from 1 to 20, got '3'",
    ],
    [
      "requestTimeoutSeconds 0",
      { requestTimeoutSeconds: 0 },
      "requestTimeoutSeconds",
      seconds(3600, "number 0"),
    ],
    [
      "requestTimeoutSeconds 3601",
      { requestTimeoutSeconds: 3601 },
      "requestTimeoutSeconds",
      seconds(3600, "number 3601"),
    ],
    [
      "requestTimeoutSeconds NaN",
      { requestTimeoutSeconds: NaN },
      "requestTimeoutSeconds",
      seconds(3600, "number NaN"),
    ],
    [
      "requestTimeoutSeconds Infinity",
      { requestTimeoutSeconds: Infinity },
      "requestTimeoutSeconds",
      seconds(3600, "number Infinity"),
    ],
    ["unknown argument", { jobid: JOB_ID }, "jobid", `is not a known argument (known: ${GET_KNOWN})`],
    [
      "waitFor a string",
      { waitFor: "COMPLETED" },
      "waitFor",
      `must be an object such as { status: ["COMPLETED"] }, got 'COMPLETED'`,
    ],
    [
      "waitFor a list",
      { waitFor: [] },
      "waitFor",
      `must be an object such as { status: ["COMPLETED"] }, got an array of 0`,
    ],
    [
      "waitFor null",
      { waitFor: null },
      "waitFor",
      `must be an object such as { status: ["COMPLETED"] }, got null`,
    ],
    ["waitFor.status empty", { waitFor: { status: [] } }, "waitFor.status", "must name at least one status"],
    [
      "waitFor.status unknown",
      { waitFor: { status: ["DONE"] } },
      "waitFor.status",
      `contains 'DONE', which is not one of ${STATUSES}`,
    ],
    [
      "waitFor.timeoutSeconds 0",
      { waitFor: { timeoutSeconds: 0 } },
      "waitFor.timeoutSeconds",
      seconds(43200, "number 0"),
    ],
    [
      "waitFor.timeoutSeconds over 12 hours",
      { waitFor: { timeoutSeconds: 43201 } },
      "waitFor.timeoutSeconds",
      seconds(43200, "number 43201"),
    ],
    [
      "waitFor.minDelaySeconds negative",
      { waitFor: { minDelaySeconds: -1 } },
      "waitFor.minDelaySeconds",
      seconds(43200, "number -1"),
    ],
    [
      "waitFor.maxDelaySeconds a string",
      { waitFor: { maxDelaySeconds: "60" } },
      "waitFor.maxDelaySeconds",
      seconds(43200, "'60'"),
    ],
    [
      "waitFor.acceptPartialSuccess a string",
      { waitFor: { acceptPartialSuccess: "yes" } },
      "waitFor.acceptPartialSuccess",
      "must be true or false, got 'yes'",
    ],
    [
      "waitFor unknown option",
      { waitFor: { pollSeconds: 5 } },
      "waitFor.pollSeconds",
      `is not a known option (known: ${WAIT_KNOWN})`,
    ],
    [
      "waitFor max below min",
      { waitFor: { minDelaySeconds: 30, maxDelaySeconds: 20 } },
      "waitFor.maxDelaySeconds",
      "[20] must be at least waitFor.minDelaySeconds [30]",
    ],
    [
      "waitFor timeout equal to min",
      { waitFor: { timeoutSeconds: 30, minDelaySeconds: 30 } },
      "waitFor.timeoutSeconds",
      "[30] must be greater than waitFor.minDelaySeconds [30]",
    ],
    [
      "waitFor timeout below min",
      { waitFor: { timeoutSeconds: 10, minDelaySeconds: 30 } },
      "waitFor.timeoutSeconds",
      "[10] must be greater than waitFor.minDelaySeconds [30]",
    ],
  ])("%s", (_name, extra, property, reason) => {
    const args = { domainName: DOMAIN, ...extra };
    expect(findArgumentFailures(args, GET)).toEqual([{ property, reason }]);
    const thrown = captureThrow(() => assertValidArguments(args, GET));
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect(thrown.name).toBe("InvalidArgumentError");
    expect(thrown.message).toBe(`${property} ${reason}`);
    expect((thrown as InvalidArgumentError).property).toBe(property);
  });
});

describe("findArgumentFailures: valid arguments", () => {
  test.each<[string, Record<string, unknown>]>([
    ["domainName only", {}],
    ["64-character domainName", { domainName: `${"a".repeat(62)}_-` }],
    ["jobId", { jobId: JOB_ID }],
    ["every status", { status: STATUSES.split(", ") }],
    ["regions of every partition", { region: "cn-northwest-1" }],
    ["GovCloud region", { region: "us-gov-west-1" }],
    ["http endpoint with port and path", { endpoint: "http://127.0.0.1:4566/profiles" }],
    ["https endpoint", { endpoint: "https://profile.eu-west-1.amazonaws.com" }],
    ["profile with dots and dashes", { profile: "team.ci-reader" }],
    ["roleArn with a path, aws-cn", { roleArn: "arn:aws-cn:iam::123456789012:role/path/reader" }],
    ["externalId and session name", { externalId: "tenant:42/a", roleSessionName: "deploy@ci" }],
    ["maxAttempts bounds", { maxAttempts: 20 }],
    ["fractional request timeout", { requestTimeoutSeconds: 0.5 }],
    ["undefined members are absent", { jobId: undefined, nonsense: undefined, waitFor: undefined }],
    [
      "full waitFor",
      {
        waitFor: {
          status: ["COMPLETED", "PARTIAL_SUCCESS"],
          timeoutSeconds: 43200,
          minDelaySeconds: 5,
          maxDelaySeconds: 5,
          acceptPartialSuccess: false,
        },
      },
    ],
    ["empty waitFor", { waitFor: {} }],
  ])("%s", (_name, extra) => {
    expect(findArgumentFailures({ domainName: DOMAIN, ...extra }, GET)).toEqual([]);
  });
});

describe("endpoint credentials are never echoed", () => {
  // A password in the endpoint URL is a credential: the rule that forbids it must win over the
  // protocol rule, whose message quotes the whole value.
  test.each<[string, string]>([
    ["https", "https://reader:s3cr3t-pw@example.com"],
    ["ftp", "ftp://reader:s3cr3t-pw@example.com"],
  ])("%s URL with user:password", (_name, endpoint) => {
    const failures = findArgumentFailures({ domainName: DOMAIN, endpoint }, GET);
    expect(failures).toEqual([{ property: "endpoint", reason: "must not carry credentials in the URL" }]);
    expect(JSON.stringify(failures)).not.toContain("s3cr3t-pw");
  });
});

describe("the remembered valid endpoint", () => {
  // The rule remembers the last endpoint it accepted (every lookup of a program passes the same
  // one); that memory must never let another value through.
  test("valid, invalid, valid again, and a non-string after a valid one: each judged on its own", () => {
    const judge = (endpoint: unknown) => findArgumentFailures({ domainName: DOMAIN, endpoint }, GET);
    expect(judge("http://127.0.0.1:4566")).toEqual([]);
    expect(judge("ftp://127.0.0.1:4566")).toEqual([
      { property: "endpoint", reason: "'ftp://127.0.0.1:4566' must be an absolute http:// or https:// URL" },
    ]);
    expect(judge("http://127.0.0.1:4566")).toEqual([]);
    expect(judge("ftp://127.0.0.1:4566")).toHaveLength(1);
    expect(judge(["http://127.0.0.1:4566"])).toEqual([
      { property: "endpoint", reason: "must be a string, got an array of 1" },
    ]);
    expect(judge("http://127.0.0.1:4566/")).toEqual([]);
  });
});

describe("findArgumentFailures: several failures and shapes", () => {
  test("reports every broken rule, in rule order", () => {
    expect(
      findArgumentFailures(
        {
          domainName: 5,
          jobId: "ABC",
          maxAttempts: 0,
          waitFor: { minDelaySeconds: 30, maxDelaySeconds: 20, timeoutSeconds: 10 },
        },
        GET,
      ),
    ).toEqual([
      { property: "domainName", reason: "must be a string, got number 5" },
      { property: "jobId", reason: "'ABC' must be 32 lowercase hex characters" },
      { property: "maxAttempts", reason: "must be a whole number from 1 to 20, got number 0" },
      { property: "waitFor.maxDelaySeconds", reason: "[20] must be at least waitFor.minDelaySeconds [30]" },
      {
        property: "waitFor.timeoutSeconds",
        reason: "[10] must be greater than waitFor.minDelaySeconds [30]",
      },
    ]);
  });

  test("assertValidArguments throws the first failure only", () => {
    const thrown = captureThrow(() => assertValidArguments({ domainName: "bad name", jobId: "ABC" }, GET));
    expect(thrown.message).toBe(`domainName 'bad name' ${NAME_RULE}`);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ["jobId", { jobId: JOB_ID }, "jobId"],
    ["waitFor", { waitFor: {} }, "waitFor"],
  ])("the list shape does not know %s", (_name, extra, property) => {
    expect(findArgumentFailures({ domainName: DOMAIN, ...extra }, LIST)).toEqual([
      { property, reason: `is not a known argument (known: ${LIST_KNOWN})` },
    ]);
  });

  test("the list shape accepts a status filter", () => {
    expect(findArgumentFailures({ domainName: DOMAIN, status: ["FAILED"] }, LIST)).toEqual([]);
  });

  test.each<[string, unknown, string]>([
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["a string", "acme-profiles", "'acme-profiles'"],
    ["a list", [DOMAIN], "an array of 1"],
    ["a number", 5, "number 5"],
  ])("args that are %s", (_name, args, shown) => {
    expect(findArgumentFailures(args, GET)).toEqual([
      { property: "args", reason: `must be an object with at least domainName, got ${shown}` },
    ]);
  });
});

describe("findArgumentFailures: values not known yet (preview) are skipped", () => {
  const UNKNOWN = { unknown: true };
  const isUnknown = (value: unknown) => value === UNKNOWN;

  test.each<[string, Record<string, unknown>]>([
    ["domainName", { domainName: UNKNOWN }],
    ["jobId", { domainName: DOMAIN, jobId: UNKNOWN }],
    ["status", { domainName: DOMAIN, status: UNKNOWN }],
    [
      "access settings",
      { domainName: DOMAIN, region: UNKNOWN, endpoint: UNKNOWN, roleArn: UNKNOWN, maxAttempts: UNKNOWN },
    ],
    ["waitFor", { domainName: DOMAIN, waitFor: UNKNOWN }],
    [
      "waitFor members, ordering included",
      {
        domainName: DOMAIN,
        waitFor: { status: UNKNOWN, timeoutSeconds: UNKNOWN, minDelaySeconds: 30, maxDelaySeconds: UNKNOWN },
      },
    ],
  ])("%s", (_name, args) => {
    expect(findArgumentFailures(args, GET, isUnknown)).toEqual([]);
    // The same values judged as known values do fail, so the predicate is what skipped them.
    expect(findArgumentFailures(args, GET).length).toBeGreaterThan(0);
  });

  test("known values next to unknown ones are still judged", () => {
    expect(findArgumentFailures({ domainName: UNKNOWN, jobId: "ABC" }, GET, isUnknown)).toEqual([
      { property: "jobId", reason: "'ABC' must be 32 lowercase hex characters" },
    ]);
  });
});

describe("invalid input sends no request", () => {
  const cp = mockClient(CustomerProfilesClient);
  beforeEach(() => {
    cp.reset();
    cp.onAnyCommand().rejects(new Error("no request may be sent"));
  });

  test.each<[string, Record<string, unknown>, string]>([
    ["bad domainName", { domainName: "bad name", jobId: JOB_ID }, `domainName 'bad name' ${NAME_RULE}`],
    ["bad jobId", { domainName: DOMAIN, jobId: "ABC" }, "jobId 'ABC' must be 32 lowercase hex characters"],
    [
      "status with jobId",
      { domainName: DOMAIN, jobId: JOB_ID, status: ["COMPLETED"] },
      "status filters which job is the newest and cannot be combined with jobId; use waitFor.status",
    ],
    [
      "bad waitFor ordering",
      { domainName: DOMAIN, jobId: JOB_ID, waitFor: { timeoutSeconds: 10, minDelaySeconds: 30 } },
      "waitFor.timeoutSeconds [10] must be greater than waitFor.minDelaySeconds [30]",
    ],
  ])("getIdentityResolutionJob: %s", async (_name, args, message) => {
    const error = await rejectionOf(
      getIdentityResolutionJob({ region: REGION, ...args } as unknown as GetIdentityResolutionJobArgs),
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(message);
    expect(cp.calls()).toHaveLength(0);
    expect(cp).toHaveReceivedCommandTimes(GetIdentityResolutionJobCommand, 0);
  });

  test.each<[string, Record<string, unknown>, string]>([
    [
      "jobId is not a list argument",
      { domainName: DOMAIN, jobId: JOB_ID },
      `jobId is not a known argument (known: ${LIST_KNOWN})`,
    ],
    ["empty status", { domainName: DOMAIN, status: [] }, "status must name at least one status"],
    ["missing domainName", {}, "domainName is required"],
  ])("listIdentityResolutionJobs: %s", async (_name, args, message) => {
    const error = await rejectionOf(
      listIdentityResolutionJobs({ region: REGION, ...args } as unknown as ListIdentityResolutionJobsArgs),
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(message);
    expect(cp.calls()).toHaveLength(0);
    expect(cp).toHaveReceivedCommandTimes(ListIdentityResolutionJobsCommand, 0);
  });
});

function captureThrow(fn: () => void): Error {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(Error);
  return thrown as Error;
}
