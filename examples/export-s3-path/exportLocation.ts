// The pure part of the example: where a job's export is, and the least-privilege read policy for
// it. Kept apart from index.ts so it can be tested without Pulumi's engine or AWS.
import * as pulumi from "@pulumi/pulumi";
import type { IdentityResolutionJobResult } from "@customer-profiles/identity-resolution";

/** A job's S3 export: the bucket, the key prefix the job wrote under, and `s3://bucket/key`. */
export interface ExportLocation {
  readonly bucket: string;
  readonly key: string;
  readonly uri: string;
}

/**
 * The job's export location. A job without one is an error here (the library reports it as absent
 * outputs, which is right for a lookup): this program exists to wire the export, so it stops with
 * a message naming the job and the domain rather than creating resources that point nowhere.
 */
export function exportLocationOf(job: IdentityResolutionJobResult): ExportLocation {
  const { exportS3BucketName: bucket, exportS3KeyName: key, exportS3Uri: uri } = job;
  if (!bucket || !key || !uri) {
    // RunError: Pulumi prints the message alone, without a stack trace.
    throw new pulumi.RunError(
      `Identity resolution job ${job.jobId} in domain '${job.domainName}' has no S3 export location, so there is no path to grant read access to, catalog or publish. Turn on exporting for the domain (Matching.ExportingConfig.S3Exporting) and wait for its next job, or set jobId to a job that exported.`,
    );
  }
  return { bucket, key, uri };
}

/** IAM's escapes for the characters that are wildcards or variables in ARNs and StringLike values. */
function literal(text: string): string {
  return text.replace(/[$*?]/g, (character) => `\${${character}}`);
}

/**
 * A policy that can read exactly the export: GetObject on every key under the prefix, and
 * ListBucket on the bucket only for prefixes under it. The bucket name cannot hold a wildcard
 * (`[a-z0-9.-]`); characters of the key that IAM would read as wildcards are escaped, so the only
 * wildcard is the trailing one.
 */
export function readExportPolicy(location: ExportLocation): object {
  const prefix = literal(location.key);
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ReadExportObjects",
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${location.bucket}/${prefix}*`,
      },
      {
        Sid: "ListExportPrefix",
        Effect: "Allow",
        Action: "s3:ListBucket",
        Resource: `arn:aws:s3:::${location.bucket}`,
        Condition: { StringLike: { "s3:prefix": `${prefix}*` } },
      },
    ],
  };
}

/** A Glue/Athena database name for the domain: lowercase, `-` (which Athena rejects) as `_`. */
export function glueDatabaseName(domainName: string): string {
  return `identity_resolution_${domainName.toLowerCase().replace(/-/g, "_")}`;
}
