// The dynamic resource's property bags (resource/props.ts): inputs ↔ lookup arguments ↔ outputs.
// Plain objects only: this does not prove what the Pulumi engine stores or hands back (that it
// drops undefined members, turns unknowns into sentinels): the engine tests cover that.
import type { IdentityResolutionJobResult } from "../../provider";
import { echoedInputs, rereadArgs, toLookupArgs, toOutputs } from "../../provider/resource/props";
import { DOMAIN, JOB_ID } from "./fixtures";

const JOB: IdentityResolutionJobResult = {
  domainName: DOMAIN,
  jobId: JOB_ID,
  status: "COMPLETED",
  jobStartTime: "2023-11-14T22:13:20.000Z",
  exportS3Uri: "s3://acme-exports/out/",
};

describe("toLookupArgs", () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      "statusFilter becomes status; __provider and undefined members are dropped",
      {
        __provider: "exports.handler = …",
        domainName: DOMAIN,
        statusFilter: ["COMPLETED"],
        jobId: undefined,
        region: "eu-west-1",
      },
      { domainName: DOMAIN, status: ["COMPLETED"], region: "eu-west-1" },
    ],
    [
      "everything else keeps its name",
      { domainName: DOMAIN, jobId: JOB_ID, waitFor: { timeoutSeconds: 60 }, maxAttempts: 5, profile: "dev" },
      { domainName: DOMAIN, jobId: JOB_ID, waitFor: { timeoutSeconds: 60 }, maxAttempts: 5, profile: "dev" },
    ],
    ["an empty bag", {}, {}],
  ])("%s", (_name, props, args) => {
    expect(toLookupArgs(props)).toStrictEqual(args);
  });
});

describe("echoedInputs and toOutputs", () => {
  const INPUTS = {
    __provider: "exports.handler = …",
    domainName: DOMAIN,
    statusFilter: ["COMPLETED"],
    region: "eu-west-1",
    endpoint: "http://127.0.0.1:4566",
    profile: "dev",
    roleArn: "arn:aws:iam::123456789012:role/reader",
    externalId: "tenant-42",
    roleSessionName: "deploy",
    maxAttempts: 5,
    requestTimeoutSeconds: 10,
    waitFor: { status: ["COMPLETED"] },
    status: undefined,
    exportS3Uri: undefined,
  };
  const ECHOED = {
    region: "eu-west-1",
    endpoint: "http://127.0.0.1:4566",
    profile: "dev",
    roleArn: "arn:aws:iam::123456789012:role/reader",
    externalId: "tenant-42",
    roleSessionName: "deploy",
    maxAttempts: 5,
    requestTimeoutSeconds: 10,
    waitFor: { status: ["COMPLETED"] },
    statusFilter: ["COMPLETED"],
  };

  test("echoedInputs keeps access settings, waitFor and the filter only", () => {
    expect(echoedInputs(INPUTS)).toStrictEqual(ECHOED);
  });

  test("toOutputs is the echoed inputs plus the job, with no undefined members", () => {
    const outputs = toOutputs(INPUTS, JOB);
    expect(outputs).toStrictEqual({ ...ECHOED, ...JOB });
    expect(Object.values(outputs)).not.toContain(undefined);
  });

  test("the job's own members win over inputs of the same name", () => {
    expect(toOutputs({ domainName: "typed-name" }, JOB)).toStrictEqual({ ...JOB });
  });
});

describe("rereadArgs", () => {
  test("same access, no filter, no wait: the stored domain and job", () => {
    const stored = {
      __provider: "exports.handler = …",
      ...JOB,
      region: "eu-west-1",
      endpoint: "http://127.0.0.1:4566",
      maxAttempts: 5,
      statusFilter: ["COMPLETED"],
      waitFor: { timeoutSeconds: 60 },
      message: "Identity resolution completed.",
    };
    expect(rereadArgs(stored)).toStrictEqual({
      region: "eu-west-1",
      endpoint: "http://127.0.0.1:4566",
      maxAttempts: 5,
      domainName: DOMAIN,
      jobId: JOB_ID,
    });
  });

  test("a bag with only the job", () => {
    expect(rereadArgs({ domainName: DOMAIN, jobId: JOB_ID, status: "MERGING" })).toStrictEqual({
      domainName: DOMAIN,
      jobId: JOB_ID,
    });
  });
});
