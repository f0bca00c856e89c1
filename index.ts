// The main job: reference an identity resolution job, gate the deployment on it being
// COMPLETED, and export what other stacks wire in. `npm start` runs it against the embedded
// emulator; `pulumi up` runs it against AWS (see README.md).
import * as pulumi from "@pulumi/pulumi";
import { IdentityResolutionJob } from "@customer-profiles/identity-resolution";

const config = new pulumi.Config();
const jobId = config.get("jobId");

const job = new IdentityResolutionJob("job", {
  domainName: config.get("domainName") ?? "demo",
  ...(jobId ? { jobId } : {}),
  waitFor: {
    status: ["COMPLETED"],
    timeoutSeconds: config.getNumber("waitTimeoutSeconds") ?? 1800,
    minDelaySeconds: config.getNumber("pollSeconds") ?? 15,
  },
});

export const domainName = job.domainName;
export const jobIdentifier = job.jobId;
export const status = job.status;
export const jobStats = job.jobStats;
export const exportS3BucketName = job.exportS3BucketName;
export const exportS3KeyName = job.exportS3KeyName;
export const exportS3Uri = job.exportS3Uri;
