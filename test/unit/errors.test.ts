// The error classes: names, inheritance and the details they carry. Plain construction only; which
// failure raises which class is classifyError.test.ts and the waiter tests.
import {
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
} from "../../provider";
import { DOMAIN, JOB_ID } from "./fixtures";

test.each<[string, new (message: string) => IdentityResolutionError]>([
  ["IdentityResolutionError", IdentityResolutionError],
  ["MissingRegionError", MissingRegionError],
  ["CredentialsError", CredentialsError],
  ["JobNotFoundError", JobNotFoundError],
  ["AccessDeniedError", AccessDeniedError],
  ["ThrottledError", ThrottledError],
  ["ServiceError", ServiceError],
  ["NetworkError", NetworkError],
  ["InvalidResponseError", InvalidResponseError],
  ["NoMatchingJobError", NoMatchingJobError],
])("%s: its own name, an IdentityResolutionError, no details unless given", (name, type) => {
  const error = new type("what happened");
  expect(error.name).toBe(name);
  expect(error.message).toBe("what happened");
  expect(error).toBeInstanceOf(IdentityResolutionError);
  expect(error).toBeInstanceOf(Error);
  expect(Object.keys(error)).toEqual(["name"]);
  expect(String(error)).toBe(`${name}: what happened`);
});

test("details are copied, undefined ones stay absent", () => {
  const error = new JobNotFoundError("gone", {
    operation: "GetIdentityResolutionJob",
    domainName: DOMAIN,
    jobId: JOB_ID,
    awsErrorCode: "ResourceNotFoundException",
    requestId: undefined,
    httpStatusCode: 404,
  });
  expect({ ...error }).toStrictEqual({
    name: "JobNotFoundError",
    operation: "GetIdentityResolutionJob",
    domainName: DOMAIN,
    jobId: JOB_ID,
    awsErrorCode: "ResourceNotFoundException",
    httpStatusCode: 404,
  });
  expect("requestId" in error).toBe(false);
});

test("InvalidArgumentError: message is the property then the problem", () => {
  const error = new InvalidArgumentError("waitFor.minDelaySeconds", "must be positive");
  expect(error.message).toBe("waitFor.minDelaySeconds must be positive");
  expect(error.name).toBe("InvalidArgumentError");
  expect(error.property).toBe("waitFor.minDelaySeconds");
});

test("JobFailedError carries the status and the job's message", () => {
  const error = new JobFailedError("failed", {
    domainName: DOMAIN,
    jobId: JOB_ID,
    status: "FAILED",
    jobMessage: "bad rules",
  });
  expect([error.name, error.status, error.jobMessage, error.jobId]).toEqual([
    "JobFailedError",
    "FAILED",
    "bad rules",
    JOB_ID,
  ]);
  expect("jobMessage" in new JobFailedError("failed", { status: "FAILED" })).toBe(false);
});

test("WaitTimeoutError carries the time waited and the last status", () => {
  const error = new WaitTimeoutError("timed out", { waitedSeconds: 60, lastStatus: "MERGING" });
  expect([error.name, error.waitedSeconds, error.lastStatus]).toEqual(["WaitTimeoutError", 60, "MERGING"]);
  expect("lastStatus" in new WaitTimeoutError("timed out", { waitedSeconds: 1 })).toBe(false);
});
