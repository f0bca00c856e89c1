// Two ways to make a deployment depend on an identity resolution job being COMPLETED:
//   1. program-side: look the job up while the program runs (preview included) and declare the
//      gated resources only if it is COMPLETED;
//   2. engine-side: an IdentityResolutionJob with `waitFor`; resources that take its outputs or
//      `dependsOn` it are created only after `pulumi up` has waited for COMPLETED, and not at all
//      when the job FAILED or the wait timed out.
// README.md compares them.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { getIdentityResolutionJob, IdentityResolutionJob } from "@customer-profiles/identity-resolution";

const config = new pulumi.Config();
const domainName = config.require("domainName");
// Empty means the domain's newest job, re-resolved on every run.
const pinnedJobId = config.get("jobId") || undefined;
const target = pinnedJobId ? { domainName, jobId: pinnedJobId } : { domainName };
const parameterPrefix = `/customer-profiles/${domainName}/identity-resolution`;

// 1. Program-side gate: the status is known before any step runs, so `pulumi preview` shows
//    exactly what `up` will do. Nothing waits: while the job runs, the gated resource is not declared.
const programGate = getIdentityResolutionJob(target).then((job) => {
  if (job.status !== "COMPLETED") {
    void pulumi.log.warn(
      `Identity resolution job ${job.jobId} in domain '${domainName}' is ${job.status ?? "without a status"}, not COMPLETED: the checked-job parameter is not declared in this run.`,
    );
    return { job };
  }
  const checked = new aws.ssm.Parameter("checked-job", {
    name: `${parameterPrefix}/checked-job-id`,
    type: "String",
    insecureValue: job.jobId,
    description: `Identity resolution job found COMPLETED when the program ran (${job.jobEndTime ?? "end time unknown"})`,
  });
  return { job, checkedParameter: checked.name };
});

// 2. Engine-side gate: `up` waits (polling with backoff) until the job is COMPLETED. FAILED, a
//    PARTIAL_SUCCESS or running past the timeout fails the update with the job's message.
//    Dynamic providers ignore `customTimeouts`: waitFor.timeoutSeconds is the only limit.
const gate = new IdentityResolutionJob("gate", {
  ...target,
  waitFor: {
    status: ["COMPLETED"],
    timeoutSeconds: config.getNumber("waitTimeoutSeconds") ?? 3600,
    minDelaySeconds: config.getNumber("pollSeconds") ?? 15,
  },
});

// Takes the job's outputs: created after the wait, with the finished job's values.
const completed = new aws.ssm.Parameter("completed-job", {
  name: `${parameterPrefix}/completed-job-id`,
  type: "String",
  insecureValue: gate.jobId,
  description: pulumi.interpolate`Identity resolution job that reached ${gate.status} (export ${gate.exportS3Uri.apply((uri) => uri ?? "none")})`,
});

// Reads nothing from the job, but must not exist before its results are final.
const downstream = new aws.sqs.Queue(
  "merged-profiles-work",
  { messageRetentionSeconds: 4 * 24 * 3600 },
  { dependsOn: [gate] },
);

export const checkedJobId = programGate.then(({ job }) => job.jobId);
export const checkedStatus = programGate.then(({ job }) => job.status);
export const checkedJobParameter = pulumi
  .output(programGate)
  .apply(({ checkedParameter }) => checkedParameter);
export const gateJobId = gate.jobId;
export const gateStatus = gate.status;
export const gateExportS3Uri = gate.exportS3Uri;
export const completedJobParameter = completed.name;
export const downstreamQueueUrl = downstream.url;
