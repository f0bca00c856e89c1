// examples/export-s3-path under Pulumi's mocks, its lookup answered by the emulator: the exact
// read policy, Glue location and SSM value for a COMPLETED job; nothing from @pulumi/aws for any
// other status; and a clear error for a COMPLETED job without an export location.
import type { RunningEmulator } from "../../emulator";
import type * as ExportS3Path from "../../examples/export-s3-path";
import { stopEmulator, useEmulator } from "./emulatorEnvironment";
import {
  DOMAIN,
  FAILED_JOB,
  NEWEST_COMPLETED_JOB,
  NO_EXPORT_JOB,
  OLDER_COMPLETED_JOB,
  PARTIAL_JOB,
  RUNNING_JOB,
  seed,
} from "./fixtures";
import { exportsOf, valueOf } from "./exportValues";
import { onlyOf, registered, runMocked } from "./mockedProgram";

let emulator: RunningEmulator | undefined;
beforeAll(async () => {
  emulator = await useEmulator(seed);
});
afterAll(() => stopEmulator(emulator));

function run(config: Record<string, string>) {
  return runMocked(() => jest.requireActual<typeof ExportS3Path>("../../examples/export-s3-path"), {
    project: "export-s3-path",
    config: { domainName: DOMAIN, ...config },
  });
}

describe("the newest COMPLETED job (no jobId)", () => {
  const uri = "s3://acme-identity-resolution-exports/identity-resolution/2026-01-10/";

  test("declares exactly the policy, the Glue database and table, and the parameter", async () => {
    const { program, registrations } = await run({});
    expect(await exportsOf(program)).toEqual({
      jobId: NEWEST_COMPLETED_JOB,
      status: "COMPLETED",
      exportS3Uri: uri,
      glueDatabase: "identity_resolution_acme_retail",
      glueTable: "matches",
      exportS3UriParameter: "/customer-profiles/acme-retail/identity-resolution/export-s3-uri",
    });
    expect(registered(registrations)).toEqual([
      "aws:glue/catalogDatabase:CatalogDatabase::identity-resolution",
      "aws:glue/catalogTable:CatalogTable::matches",
      "aws:iam/policy:Policy::export-read",
      "aws:ssm/parameter:Parameter::export-s3-uri",
    ]);
  });

  test("the policy reads exactly the export prefix: GetObject under it, ListBucket limited to it", async () => {
    const { program, registrations } = await run({});
    await valueOf(program.readPolicyArn);
    const policy = onlyOf(registrations, "aws:iam/policy:Policy").inputs.policy as string;
    expect(JSON.parse(policy)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "ReadExportObjects",
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::acme-identity-resolution-exports/identity-resolution/2026-01-10/*",
        },
        {
          Sid: "ListExportPrefix",
          Effect: "Allow",
          Action: "s3:ListBucket",
          Resource: "arn:aws:s3:::acme-identity-resolution-exports",
          Condition: { StringLike: { "s3:prefix": "identity-resolution/2026-01-10/*" } },
        },
      ],
    });
    // The trailing `*` of each pattern is the policy's only wildcard.
    expect(policy.match(/[*?]/g)).toEqual(["*", "*"]);
  });

  test("the Glue table's location is the export URI, and the parameter carries it", async () => {
    const { program, registrations } = await run({});
    await Promise.all([valueOf(program.glueTable), valueOf(program.exportS3UriParameter)]);
    const table = onlyOf(registrations, "aws:glue/catalogTable:CatalogTable").inputs;
    expect(table.storageDescriptor.location).toBe(uri);
    expect(table).toMatchObject({
      databaseName: "identity_resolution_acme_retail",
      tableType: "EXTERNAL_TABLE",
      parameters: { "identity-resolution-job-id": NEWEST_COMPLETED_JOB },
    });
    const parameter = onlyOf(registrations, "aws:ssm/parameter:Parameter");
    expect(parameter.inputs).toMatchObject({
      name: "/customer-profiles/acme-retail/identity-resolution/export-s3-uri",
      type: "String",
      insecureValue: uri,
    });
    // A path is no secret: it stays readable in previews and diffs.
    expect(parameter.secretInputs).toEqual([]);
  });
});

test("a pinned COMPLETED job is wired to its own export", async () => {
  const { program, registrations } = await run({ jobId: OLDER_COMPLETED_JOB });
  expect(await valueOf(program.exportS3Uri)).toBe(
    "s3://acme-identity-resolution-exports/identity-resolution/2026-01-03/",
  );
  await valueOf(program.exportS3UriParameter);
  expect(onlyOf(registrations, "aws:ssm/parameter:Parameter").inputs.insecureValue).toBe(
    "s3://acme-identity-resolution-exports/identity-resolution/2026-01-03/",
  );
});

test.each([
  ["FIND_MATCHING", RUNNING_JOB],
  ["FAILED", FAILED_JOB],
  ["PARTIAL_SUCCESS", PARTIAL_JOB],
])("a %s job: nothing is declared, a warning says why, the status is exported", async (status, jobId) => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const { program, registrations } = await run({ jobId });
  const outputs = await exportsOf(program);
  expect(warn.mock.calls).toEqual([
    [
      `warning: [runtime] Identity resolution job ${jobId} in domain 'acme-retail' is ${status}, not COMPLETED: its export is not wired (no read policy, Glue table or SSM parameter is declared).`,
    ],
  ]);
  warn.mockRestore();
  expect(outputs).toMatchObject({ jobId, status });
  expect(Object.keys(outputs).sort()).toEqual(
    jobId === FAILED_JOB ? ["jobId", "status"] : ["exportS3Uri", "jobId", "status"],
  );
  expect(registrations).toEqual([]);
});

test("a COMPLETED job without an export location fails with a message naming the job and domain", async () => {
  const { program, registrations } = await run({ jobId: NO_EXPORT_JOB });
  await expect(exportsOf(program)).rejects.toThrow(
    `Identity resolution job ${NO_EXPORT_JOB} in domain 'acme-retail' has no S3 export location, so there is no path to grant read access to, catalog or publish. Turn on exporting for the domain (Matching.ExportingConfig.S3Exporting) and wait for its next job, or set jobId to a job that exported.`,
  );
  expect(registrations).toEqual([]);
});
