// References an identity resolution job two ways — by id, and as the newest COMPLETED job of its
// domain — and exports what other stacks and scripts read: status, times, statistics and the S3
// export path. Both lookups run in the program, so `pulumi preview` already shows the values.
import * as pulumi from "@pulumi/pulumi";
import { getIdentityResolutionJobOutput } from "@customer-profiles/identity-resolution";

const config = new pulumi.Config();
const domainName = config.require("domainName");

// The job this stack was told about, in whatever status it has now.
const job = getIdentityResolutionJobOutput({ domainName, jobId: config.require("jobId") });

// The COMPLETED job with the latest start time (not the first one listed: the API does not
// document its order). Fails with a clear message if the domain has no COMPLETED job.
const newestCompleted = getIdentityResolutionJobOutput({ domainName, status: ["COMPLETED"] });

export const jobId = job.jobId;
export const status = job.status;
// The service's explanation, present for FAILED and PARTIAL_SUCCESS jobs.
export const message = job.message;
export const jobStartTime = job.jobStartTime;
export const jobEndTime = job.jobEndTime;
export const lastUpdatedAt = job.lastUpdatedAt;
export const jobExpirationTime = job.jobExpirationTime;
export const jobStats = job.jobStats;
export const autoMerging = job.autoMerging;
export const exportS3BucketName = job.exportS3BucketName;
export const exportS3KeyName = job.exportS3KeyName;
export const exportS3Uri = job.exportS3Uri;

export const newestCompletedJobId = newestCompleted.jobId;
export const newestCompletedJobEndTime = newestCompleted.jobEndTime;
export const newestCompletedExportS3Uri = newestCompleted.exportS3Uri;
