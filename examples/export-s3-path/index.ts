// Wires an identity resolution job's S3 export into the resources that consume it: a
// least-privilege read policy, a Glue table over the export (queryable from Athena) and an SSM
// parameter carrying the path. Declared only when the job is COMPLETED; run `pulumi up` after
// each job and everything moves to the new export.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  getIdentityResolutionJob,
  type IdentityResolutionJobResult,
} from "@customer-profiles/identity-resolution";
import { exportLocationOf, glueDatabaseName, readExportPolicy } from "./exportLocation";

const config = new pulumi.Config();
const domainName = config.require("domainName");
const pinnedJobId = config.get("jobId") || undefined;

/** The job, and what was declared for its export (nothing unless it is COMPLETED). */
interface Wiring {
  readonly job: IdentityResolutionJobResult;
  readonly readPolicyArn?: pulumi.Output<string>;
  readonly glueDatabaseName?: pulumi.Output<string>;
  readonly glueTableName?: pulumi.Output<string>;
  readonly parameterName?: pulumi.Output<string>;
}

async function wireExport(): Promise<Wiring> {
  // Read in the program, so preview already knows the job and which resources will exist.
  const job = await getIdentityResolutionJob(
    pinnedJobId ? { domainName, jobId: pinnedJobId } : { domainName, status: ["COMPLETED"] },
  );
  if (job.status !== "COMPLETED") {
    void pulumi.log.warn(
      `Identity resolution job ${job.jobId} in domain '${domainName}' is ${job.status ?? "without a status"}, not COMPLETED: its export is not wired (no read policy, Glue table or SSM parameter is declared).`,
    );
    return { job };
  }
  const location = exportLocationOf(job);

  const readPolicy = new aws.iam.Policy("export-read", {
    description: `Read the identity resolution export of Customer Profiles domain ${domainName}`,
    policy: JSON.stringify(readExportPolicy(location)),
  });

  const database = new aws.glue.CatalogDatabase("identity-resolution", {
    name: glueDatabaseName(domainName),
    description: `Identity resolution results of Customer Profiles domain ${domainName}`,
  });
  // AWS does not document the export files' layout: these columns mirror GetMatches' MatchItem
  // (JSON lines). Check one file of your export and adjust them if it differs.
  const table = new aws.glue.CatalogTable("matches", {
    databaseName: database.name,
    name: "matches",
    tableType: "EXTERNAL_TABLE",
    parameters: { EXTERNAL: "TRUE", classification: "json", "identity-resolution-job-id": job.jobId },
    storageDescriptor: {
      location: location.uri,
      inputFormat: "org.apache.hadoop.mapred.TextInputFormat",
      outputFormat: "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
      serDeInfo: { serializationLibrary: "org.openx.data.jsonserde.JsonSerDe" },
      columns: [
        { name: "matchid", type: "string" },
        { name: "profileids", type: "array<string>" },
        { name: "confidencescore", type: "double" },
      ],
    },
  });

  const parameter = new aws.ssm.Parameter("export-s3-uri", {
    name: `/customer-profiles/${domainName}/identity-resolution/export-s3-uri`,
    type: "String",
    // Not a secret: `insecureValue` keeps the path visible in previews and diffs.
    insecureValue: location.uri,
    description: `S3 export of identity resolution job ${job.jobId}`,
  });

  return {
    job,
    readPolicyArn: readPolicy.arn,
    glueDatabaseName: database.name,
    glueTableName: table.name,
    parameterName: parameter.name,
  };
}

const wired = pulumi.output(wireExport());

export const jobId = wired.apply((w) => w.job.jobId);
export const status = wired.apply((w) => w.job.status);
export const exportS3Uri = wired.apply((w) => w.job.exportS3Uri);
export const readPolicyArn = wired.apply((w) => w.readPolicyArn);
export const glueDatabase = wired.apply((w) => w.glueDatabaseName);
export const glueTable = wired.apply((w) => w.glueTableName);
export const exportS3UriParameter = wired.apply((w) => w.parameterName);
