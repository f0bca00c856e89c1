// toJobResult / toJobSummary: SDK response objects → results. The inputs are objects shaped like what
// the SDK's deserializer returns (Dates already built); this does not prove how the SDK parses the
// wire format (epoch seconds, fractional seconds), only what the mapping does with its output.
import type {
  GetIdentityResolutionJobCommandOutput,
  IdentityResolutionJob,
} from "@aws-sdk/client-customer-profiles";
import { toJobResult, toJobSummary } from "../../provider/mapJob";
import { DOMAIN, JOB_ID, METADATA, undefinedPaths } from "./fixtures";

type GetResponse = Omit<GetIdentityResolutionJobCommandOutput, "$metadata">;
const REQUESTED = { domainName: DOMAIN, jobId: JOB_ID };

// The SDK turns epoch seconds 1700000000.123 into new Date(Math.round(1700000000.123 * 1000)).
const FULL: GetIdentityResolutionJobCommandOutput = {
  $metadata: METADATA,
  DomainName: DOMAIN,
  JobId: JOB_ID,
  Status: "COMPLETED",
  Message: "Identity resolution completed.",
  JobStartTime: new Date(Math.round(1700000000.123 * 1000)),
  JobEndTime: new Date(1_700_003_600_000),
  LastUpdatedAt: new Date(1_700_003_600_500),
  JobExpirationTime: new Date(1_702_595_600_000),
  AutoMerging: {
    Enabled: true,
    Consolidation: { MatchingAttributesList: [["EmailAddress"], ["PhoneNumber", "LastName"]] },
    ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: "crm-contacts" },
    MinAllowedConfidenceScoreForMerging: 0.85,
  },
  ExportingLocation: {
    S3Exporting: { S3BucketName: "acme-exports", S3KeyName: "identity/résumé jobs/日本/2023 11/" },
  },
  JobStats: { NumberOfProfilesReviewed: 1200, NumberOfMatchesFound: 40, NumberOfMergesDone: 35 },
};

const FULL_RESULT = {
  domainName: DOMAIN,
  jobId: JOB_ID,
  status: "COMPLETED",
  message: "Identity resolution completed.",
  jobStartTime: "2023-11-14T22:13:20.123Z",
  jobEndTime: "2023-11-14T23:13:20.000Z",
  lastUpdatedAt: "2023-11-14T23:13:20.500Z",
  jobExpirationTime: "2023-12-14T23:13:20.000Z",
  autoMerging: {
    enabled: true,
    consolidation: { matchingAttributesList: [["EmailAddress"], ["PhoneNumber", "LastName"]] },
    conflictResolution: { conflictResolvingModel: "SOURCE", sourceName: "crm-contacts" },
    minAllowedConfidenceScoreForMerging: 0.85,
  },
  exportingLocation: {
    s3Exporting: { s3BucketName: "acme-exports", s3KeyName: "identity/résumé jobs/日本/2023 11/" },
  },
  jobStats: { numberOfProfilesReviewed: 1200, numberOfMatchesFound: 40, numberOfMergesDone: 35 },
  exportS3BucketName: "acme-exports",
  exportS3KeyName: "identity/résumé jobs/日本/2023 11/",
  exportS3Uri: "s3://acme-exports/identity/résumé jobs/日本/2023 11/",
};

describe("toJobResult", () => {
  test("maps a full response exactly", () => {
    const result = toJobResult(FULL, REQUESTED);
    expect(result).toStrictEqual(FULL_RESULT);
    expect(Object.keys(result)).toEqual([
      "domainName",
      "jobId",
      "status",
      "message",
      "jobStartTime",
      "jobEndTime",
      "exportingLocation",
      "jobStats",
      "exportS3BucketName",
      "exportS3KeyName",
      "exportS3Uri",
      "lastUpdatedAt",
      "jobExpirationTime",
      "autoMerging",
    ]);
  });

  test("copies nested lists instead of sharing them with the response", () => {
    const response = { AutoMerging: { Consolidation: { MatchingAttributesList: [["EmailAddress"]] } } };
    const result = toJobResult(response as GetResponse, REQUESTED);
    response.AutoMerging.Consolidation.MatchingAttributesList[0]!.push("Changed");
    expect(result.autoMerging).toStrictEqual({
      consolidation: { matchingAttributesList: [["EmailAddress"]] },
    });
  });

  test("an empty response keeps only the requested domain and job", () => {
    const result = toJobResult({}, REQUESTED);
    expect(result).toStrictEqual({ domainName: DOMAIN, jobId: JOB_ID });
    expect(Object.keys(result)).toEqual(["domainName", "jobId"]);
  });

  test("the response's own DomainName and JobId win over the requested ones", () => {
    expect(toJobResult({ DomainName: "other", JobId: "f".repeat(32) }, REQUESTED)).toStrictEqual({
      domainName: "other",
      jobId: "f".repeat(32),
    });
  });

  test.each<[string, Date, string]>([
    ["the epoch", new Date(0), "1970-01-01T00:00:00.000Z"],
    ["whole seconds", new Date(1_700_000_000_000), "2023-11-14T22:13:20.000Z"],
    ["fractional seconds 0.1", new Date(Math.round(1700000000.1 * 1000)), "2023-11-14T22:13:20.100Z"],
    ["fractional seconds 0.999", new Date(Math.round(1700000000.999 * 1000)), "2023-11-14T22:13:20.999Z"],
    ["fractional seconds 0.001", new Date(Math.round(1700000000.001 * 1000)), "2023-11-14T22:13:20.001Z"],
  ])("timestamps: %s", (_name, date, iso) => {
    expect(
      toJobResult(
        { JobStartTime: date, JobEndTime: date, LastUpdatedAt: date, JobExpirationTime: date },
        REQUESTED,
      ),
    ).toStrictEqual({
      ...REQUESTED,
      jobStartTime: iso,
      jobEndTime: iso,
      lastUpdatedAt: iso,
      jobExpirationTime: iso,
    });
  });

  test("an invalid Date is absent, not 'Invalid Date' and not a throw", () => {
    const invalid = new Date(Number.NaN);
    expect(toJobResult({ JobStartTime: invalid, LastUpdatedAt: invalid }, REQUESTED)).toStrictEqual(
      REQUESTED,
    );
  });

  // The SDK's types mark a few members required; the service (and this library) treat every one as optional.
  test.each<[string, object, Record<string, unknown>]>([
    ["AutoMerging empty", { AutoMerging: {} }, { autoMerging: {} }],
    ["AutoMerging disabled", { AutoMerging: { Enabled: false } }, { autoMerging: { enabled: false } }],
    [
      "conflict resolution without SourceName",
      { AutoMerging: { ConflictResolution: { ConflictResolvingModel: "RECENCY" } } },
      { autoMerging: { conflictResolution: { conflictResolvingModel: "RECENCY" } } },
    ],
    ["consolidation without a list", { AutoMerging: { Consolidation: {} } }, { autoMerging: {} }],
    [
      "confidence score 0",
      { AutoMerging: { MinAllowedConfidenceScoreForMerging: 0 } },
      { autoMerging: { minAllowedConfidenceScoreForMerging: 0 } },
    ],
    ["ExportingLocation empty", { ExportingLocation: {} }, { exportingLocation: {} }],
    [
      "S3Exporting empty",
      { ExportingLocation: { S3Exporting: {} } },
      { exportingLocation: { s3Exporting: {} } },
    ],
    [
      "bucket only: no key and no URI",
      { ExportingLocation: { S3Exporting: { S3BucketName: "acme-exports" } } },
      {
        exportingLocation: { s3Exporting: { s3BucketName: "acme-exports" } },
        exportS3BucketName: "acme-exports",
      },
    ],
    [
      "key only: no bucket and no URI",
      { ExportingLocation: { S3Exporting: { S3KeyName: "out/" } } },
      { exportingLocation: { s3Exporting: { s3KeyName: "out/" } }, exportS3KeyName: "out/" },
    ],
    [
      "empty key: URI of the bucket root",
      { ExportingLocation: { S3Exporting: { S3BucketName: "acme-exports", S3KeyName: "" } } },
      {
        exportingLocation: { s3Exporting: { s3BucketName: "acme-exports", s3KeyName: "" } },
        exportS3BucketName: "acme-exports",
        exportS3KeyName: "",
        exportS3Uri: "s3://acme-exports/",
      },
    ],
    [
      "key with characters a URL would encode, kept as-is",
      { ExportingLocation: { S3Exporting: { S3BucketName: "b", S3KeyName: "a b/c+d/%41?x=1#frag/ü" } } },
      {
        exportingLocation: { s3Exporting: { s3BucketName: "b", s3KeyName: "a b/c+d/%41?x=1#frag/ü" } },
        exportS3BucketName: "b",
        exportS3KeyName: "a b/c+d/%41?x=1#frag/ü",
        exportS3Uri: "s3://b/a b/c+d/%41?x=1#frag/ü",
      },
    ],
    ["JobStats empty", { JobStats: {} }, { jobStats: {} }],
    ["JobStats zeros", { JobStats: { NumberOfMergesDone: 0 } }, { jobStats: { numberOfMergesDone: 0 } }],
    ["empty Message kept", { Message: "" }, { message: "" }],
  ])("partial members: %s", (_name, response, extra) => {
    const result = toJobResult(response as GetResponse, REQUESTED);
    expect(result).toStrictEqual({ ...REQUESTED, ...extra });
    expect(undefinedPaths(result)).toEqual([]);
  });

  test("members the SDK sets to undefined or null are absent, at every depth", () => {
    const response = {
      DomainName: undefined,
      JobId: undefined,
      Status: undefined,
      Message: null,
      JobStartTime: undefined,
      JobEndTime: undefined,
      LastUpdatedAt: undefined,
      JobExpirationTime: undefined,
      AutoMerging: {
        Enabled: undefined,
        Consolidation: undefined,
        ConflictResolution: { ConflictResolvingModel: "SOURCE", SourceName: undefined },
        MinAllowedConfidenceScoreForMerging: null,
      },
      ExportingLocation: { S3Exporting: { S3BucketName: undefined, S3KeyName: undefined } },
      JobStats: { NumberOfProfilesReviewed: undefined, NumberOfMatchesFound: null, NumberOfMergesDone: 3 },
    } as unknown as GetResponse;
    const result = toJobResult(response, REQUESTED);
    expect(result).toStrictEqual({
      ...REQUESTED,
      autoMerging: { conflictResolution: { conflictResolvingModel: "SOURCE" } },
      exportingLocation: { s3Exporting: {} },
      jobStats: { numberOfMergesDone: 3 },
    });
    expect(undefinedPaths(result)).toEqual([]);
  });

  test.each(["EXPORTING", "CANCELLED", ""])("an unknown status %p passes through as a string", (status) => {
    expect(toJobResult({ Status: status as never }, REQUESTED)).toStrictEqual({ ...REQUESTED, status });
  });

  test("members the library does not know are ignored", () => {
    const response = {
      ...FULL,
      FutureMember: "x",
      AutoMerging: { ...FULL.AutoMerging, FutureSetting: 1 },
      JobStats: { ...FULL.JobStats, NumberOfFutureThings: 9 },
      ExportingLocation: { S3Exporting: { ...FULL.ExportingLocation!.S3Exporting!, Region: "eu-west-1" } },
    } as GetIdentityResolutionJobCommandOutput;
    expect(toJobResult(response, REQUESTED)).toStrictEqual(FULL_RESULT);
  });
});

describe("toJobSummary", () => {
  const ENTRY: IdentityResolutionJob = {
    DomainName: DOMAIN,
    JobId: JOB_ID,
    Status: "MERGING",
    JobStartTime: new Date(1_700_000_000_250),
    JobEndTime: new Date(1_700_000_100_000),
    Message: "Merging profiles",
    JobStats: { NumberOfProfilesReviewed: 7 },
    ExportingLocation: { S3Exporting: { S3BucketName: "acme-exports", S3KeyName: "jobs/1" } },
  };

  test("maps a list entry exactly, without Get-only members", () => {
    expect(toJobSummary(ENTRY, { domainName: DOMAIN })).toStrictEqual({
      domainName: DOMAIN,
      jobId: JOB_ID,
      status: "MERGING",
      message: "Merging profiles",
      jobStartTime: "2023-11-14T22:13:20.250Z",
      jobEndTime: "2023-11-14T22:15:00.000Z",
      exportingLocation: { s3Exporting: { s3BucketName: "acme-exports", s3KeyName: "jobs/1" } },
      jobStats: { numberOfProfilesReviewed: 7 },
      exportS3BucketName: "acme-exports",
      exportS3KeyName: "jobs/1",
      exportS3Uri: "s3://acme-exports/jobs/1",
    });
  });

  test("an entry with only a JobId takes the requested domain", () => {
    const summary = toJobSummary({ JobId: JOB_ID }, { domainName: DOMAIN });
    expect(summary).toStrictEqual({ domainName: DOMAIN, jobId: JOB_ID });
    expect(Object.keys(summary)).toEqual(["domainName", "jobId"]);
  });
});
