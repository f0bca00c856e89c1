import type * as pulumi from "@pulumi/pulumi";
import type { GetIdentityResolutionJobArgs, GetIdentityResolutionJobOutputArgs, LookupOptions } from "./args";
import { lookupJob } from "./lookup/lookupJob";
import { programEnvironment } from "./lookup/programEnvironment";
import type { IdentityResolutionJobResult } from "./result";

/**
 * Looks up an identity resolution job, by id or as the newest job of a domain, in the program
 * process, so its values are known at preview time (like `aws.s3.getBucket`). Uses the stack's
 * `aws:*` configuration and the standard AWS environment for access.
 *
 * Bad arguments throw {@link InvalidArgumentError} before any request; AWS failures throw named
 * errors ({@link JobNotFoundError}, {@link AccessDeniedError}, …) whose message says what to do.
 *
 * @example
 * ```ts
 * const job = await getIdentityResolutionJob({ domainName: "my-domain", status: ["COMPLETED"] });
 * export const exportUri = job.exportS3Uri;
 * ```
 */
export function getIdentityResolutionJob(
  args: GetIdentityResolutionJobArgs,
  opts?: LookupOptions,
): Promise<IdentityResolutionJobResult> {
  return lookupJob(args, programEnvironment(opts));
}

/**
 * {@link getIdentityResolutionJob} for arguments that are Pulumi inputs (outputs of other
 * resources, secrets); the result is an Output, unknown during preview while its inputs are.
 *
 * @example
 * ```ts
 * const job = getIdentityResolutionJobOutput({ domainName: domain.domainName, jobId: config.require("jobId") });
 * export const status = job.status;
 * ```
 */
export function getIdentityResolutionJobOutput(
  args: GetIdentityResolutionJobOutputArgs,
  opts?: LookupOptions,
): pulumi.Output<IdentityResolutionJobResult> {
  // Required here, not at the top: only Output lookups (in a Pulumi program, where it is loaded
  // already) need @pulumi/pulumi, and plain lookups should not pay about a second to load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { output } = require("@pulumi/pulumi") as typeof pulumi;
  return output(args).apply((resolved) =>
    getIdentityResolutionJob(resolved as GetIdentityResolutionJobArgs, opts),
  );
}
