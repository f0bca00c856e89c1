// The pure helper of examples/export-s3-path: the export location check and the read policy,
// for keys the emulator-backed tests do not reach (wildcard characters, no trailing slash).
import type { IdentityResolutionJobResult } from "@customer-profiles/identity-resolution";
import {
  exportLocationOf,
  glueDatabaseName,
  readExportPolicy,
} from "../../examples/export-s3-path/exportLocation";

const job = (members: Partial<IdentityResolutionJobResult>): IdentityResolutionJobResult => ({
  domainName: "acme-retail",
  jobId: "0123456789abcdef0123456789abcdef",
  status: "COMPLETED",
  ...members,
});

const bucket = "acme-exports";

test.each([
  ["a folder prefix", "exports/run-1/", "exports/run-1/*"],
  ["a key without a trailing slash: the prefix as given", "exports/run-1", "exports/run-1*"],
  ["IAM wildcards and variables in the key, escaped", "odd/*?$/", "odd/${*}${?}${$}/*"],
  ["a policy-variable lookalike, escaped", "x/${aws:username}/", "x/${$}{aws:username}/*"],
])("%s", (_case, key, pattern) => {
  const location = exportLocationOf(
    job({ exportS3BucketName: bucket, exportS3KeyName: key, exportS3Uri: `s3://${bucket}/${key}` }),
  );
  expect(location).toEqual({ bucket, key, uri: `s3://${bucket}/${key}` });
  expect(readExportPolicy(location)).toEqual({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ReadExportObjects",
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${bucket}/${pattern}`,
      },
      {
        Sid: "ListExportPrefix",
        Effect: "Allow",
        Action: "s3:ListBucket",
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: { StringLike: { "s3:prefix": pattern } },
      },
    ],
  });
});

test.each([
  ["no export members at all", {}],
  ["a bucket but no key", { exportS3BucketName: bucket }],
  ["a key but no bucket", { exportS3KeyName: "exports/" }],
])("%s: an error naming the job and the domain", (_case, members) => {
  expect(() => exportLocationOf(job(members))).toThrow(
    "Identity resolution job 0123456789abcdef0123456789abcdef in domain 'acme-retail' has no S3 export location, so there is no path to grant read access to, catalog or publish. Turn on exporting for the domain (Matching.ExportingConfig.S3Exporting) and wait for its next job, or set jobId to a job that exported.",
  );
});

test.each([
  ["demo", "identity_resolution_demo"],
  ["Acme-Retail_EU", "identity_resolution_acme_retail_eu"],
])("Glue database name for domain %s: %s", (domainName, expected) => {
  expect(glueDatabaseName(domainName)).toBe(expected);
});
