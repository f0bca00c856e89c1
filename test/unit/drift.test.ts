// jobDiffers / inputsDiffer: what counts as drift between state and the live job, and as a changed
// input. Plain objects only: whether preview shows it is for the engine tests.
import type { IdentityResolutionJobResult } from "../../provider";
import { inputsDiffer, jobDiffers } from "../../provider/resource/drift";
import { DOMAIN, JOB_ID } from "./fixtures";

const LIVE: IdentityResolutionJobResult = {
  domainName: DOMAIN,
  jobId: JOB_ID,
  status: "COMPLETED",
  jobStartTime: "2023-11-14T22:13:20.000Z",
  autoMerging: {
    enabled: true,
    consolidation: { matchingAttributesList: [["EmailAddress"], ["PhoneNumber", "LastName"]] },
    conflictResolution: { conflictResolvingModel: "SOURCE", sourceName: "crm" },
  },
  jobStats: { numberOfProfilesReviewed: 10, numberOfMergesDone: 2 },
  exportS3Uri: "s3://acme-exports/out/",
};
// State also holds echoed inputs and the provider; those never count as job drift.
const STORED = {
  __provider: "exports.handler = …",
  region: "eu-west-1",
  statusFilter: ["COMPLETED"],
  ...LIVE,
};

describe("jobDiffers", () => {
  test.each<[string, Record<string, unknown>, boolean]>([
    ["identical", STORED, false],
    [
      "members in another order, at every depth",
      {
        exportS3Uri: LIVE.exportS3Uri,
        jobStats: { numberOfMergesDone: 2, numberOfProfilesReviewed: 10 },
        autoMerging: {
          conflictResolution: { sourceName: "crm", conflictResolvingModel: "SOURCE" },
          consolidation: LIVE.autoMerging!.consolidation,
          enabled: true,
        },
        jobStartTime: LIVE.jobStartTime,
        status: "COMPLETED",
        jobId: JOB_ID,
        domainName: DOMAIN,
      },
      false,
    ],
    ["an echoed input changed", { ...STORED, region: "us-east-1", statusFilter: ["FAILED"] }, false],
    ["a stored member set to undefined is the same as absent", { ...STORED, message: undefined }, false],
    ["status changed", { ...STORED, status: "FIND_MATCHING" }, true],
    [
      "a nested count changed",
      { ...STORED, jobStats: { numberOfProfilesReviewed: 10, numberOfMergesDone: 1 } },
      true,
    ],
    ["a member vanished live", { ...STORED, message: "old message" }, true],
    [
      "a nested member vanished live",
      { ...STORED, jobStats: { ...LIVE.jobStats, numberOfMatchesFound: 4 } },
      true,
    ],
    [
      "list order is meaningful",
      {
        ...STORED,
        autoMerging: {
          ...LIVE.autoMerging,
          consolidation: { matchingAttributesList: [["PhoneNumber", "LastName"], ["EmailAddress"]] },
        },
      },
      true,
    ],
    [
      "a number stored as a string",
      { ...STORED, jobStats: { numberOfProfilesReviewed: "10", numberOfMergesDone: 2 } },
      true,
    ],
  ])("%s → %s", (_name, stored, differs) => {
    expect(jobDiffers(stored, LIVE)).toBe(differs);
  });

  test("a member that appears live is drift", () => {
    expect(jobDiffers(STORED, { ...LIVE, jobEndTime: "2023-11-14T23:00:00.000Z" })).toBe(true);
  });

  test("a nested member that appears live is drift", () => {
    expect(jobDiffers(STORED, { ...LIVE, jobStats: { ...LIVE.jobStats, numberOfMatchesFound: 4 } })).toBe(
      true,
    );
  });
});

describe("inputsDiffer", () => {
  const OLDS = {
    domainName: DOMAIN,
    region: "eu-west-1",
    waitFor: { status: ["COMPLETED"], timeoutSeconds: 600 },
    statusFilter: ["COMPLETED", "FAILED"],
    status: "COMPLETED",
  };

  test.each<[string, Record<string, unknown>, boolean]>([
    ["identical", OLDS, false],
    [
      "waitFor members in another order",
      { ...OLDS, waitFor: { timeoutSeconds: 600, status: ["COMPLETED"] } },
      false,
    ],
    ["a result member changed (not an input)", { ...OLDS, status: "FAILED", jobStartTime: "x" }, false],
    ["domainName changed (handled as a replace elsewhere)", { ...OLDS, domainName: "other" }, false],
    ["region changed", { ...OLDS, region: "us-east-1" }, true],
    ["an input appeared", { ...OLDS, profile: "dev" }, true],
    [
      "an input vanished",
      { domainName: DOMAIN, waitFor: OLDS.waitFor, statusFilter: OLDS.statusFilter },
      true,
    ],
    ["a waitFor option changed", { ...OLDS, waitFor: { status: ["COMPLETED"], timeoutSeconds: 900 } }, true],
    ["filter order changed", { ...OLDS, statusFilter: ["FAILED", "COMPLETED"] }, true],
  ])("%s → %s", (_name, news, differs) => {
    expect(inputsDiffer(OLDS, news)).toBe(differs);
  });
});
