import * as pulumi from "@pulumi/pulumi";
import type { WaitForOptions } from "../args";
import type { AutoMergingResult, ExportingLocationResult, JobStatsResult } from "../result";
import { RESULT_KEYS, STATUS_FILTER_KEY } from "./props";
import { providerModuleText } from "./providerModule";

/** The type token `pulumi.dynamic.Resource` would give: module `customerprofiles`, type `IdentityResolutionJob`. */
const DYNAMIC_TYPE = "pulumi-nodejs:dynamic/customerprofiles:IdentityResolutionJob";

/** Arguments of an {@link IdentityResolutionJob}: those of the lookup functions, as Pulumi inputs. */
export interface IdentityResolutionJobArgs {
  /** The Customer Profiles domain: 1–64 characters of `[a-zA-Z0-9_-]`. Changing it replaces the resource. */
  readonly domainName: pulumi.Input<string>;
  /**
   * The job: 32 lowercase hex characters. Changing it replaces the resource.
   * @default the newest job of the domain, among `status` if given (re-resolved on every update)
   */
  readonly jobId?: pulumi.Input<string>;
  /**
   * With `jobId` omitted: consider only jobs in these statuses.
   * @default every status
   */
  readonly status?: pulumi.Input<pulumi.Input<string>[]>;
  /** @see AwsAccessArgs.region */
  readonly region?: pulumi.Input<string>;
  /** @see AwsAccessArgs.endpoint */
  readonly endpoint?: pulumi.Input<string>;
  /** @see AwsAccessArgs.profile */
  readonly profile?: pulumi.Input<string>;
  /** @see AwsAccessArgs.roleArn */
  readonly roleArn?: pulumi.Input<string>;
  /** @see AwsAccessArgs.externalId */
  readonly externalId?: pulumi.Input<string>;
  /** @see AwsAccessArgs.roleSessionName */
  readonly roleSessionName?: pulumi.Input<string>;
  /** @see AwsAccessArgs.maxAttempts */
  readonly maxAttempts?: pulumi.Input<number>;
  /** @see AwsAccessArgs.requestTimeoutSeconds */
  readonly requestTimeoutSeconds?: pulumi.Input<number>;
  /**
   * Gate: create/update waits until the job reaches a target status and fails (creating nothing
   * that depends on this resource) if it FAILED or the wait times out.
   * @default no waiting
   */
  readonly waitFor?: pulumi.Input<WaitForOptions>;
}

/**
 * An identity resolution job kept in stack state: every `up` reads the job again, so preview
 * shows drift (e.g. FIND_MATCHING → COMPLETED) and outputs stay current; `refresh` updates it and
 * drops it once the job is gone; `destroy` makes no API call. With `waitFor` it gates the
 * deployment: resources that take its outputs or `dependsOn` it are created only after the job
 * reaches the target status.
 *
 * Dynamic resources cannot be imported or read with `get` (pulumi/pulumi#16175): use
 * {@link getIdentityResolutionJob} to read a job without keeping it in state.
 *
 * @example
 * ```ts
 * const job = new IdentityResolutionJob("latest", {
 *   domainName: "my-domain",
 *   waitFor: { status: ["COMPLETED"], timeoutSeconds: 3600 },
 * });
 * export const exportUri = job.exportS3Uri;
 * ```
 */
export class IdentityResolutionJob extends pulumi.CustomResource {
  /** The Customer Profiles domain. */
  declare readonly domainName: pulumi.Output<string>;
  /** The job's id (resolved when `jobId` was omitted). */
  declare readonly jobId: pulumi.Output<string>;
  /** The job's status; newer statuses pass through as-is. */
  declare readonly status: pulumi.Output<string | undefined>;
  /** The service's message about the job. */
  declare readonly message: pulumi.Output<string | undefined>;
  /** When the job started (ISO-8601). */
  declare readonly jobStartTime: pulumi.Output<string | undefined>;
  /** When the job ended (ISO-8601). */
  declare readonly jobEndTime: pulumi.Output<string | undefined>;
  /** When the job last changed (ISO-8601). */
  declare readonly lastUpdatedAt: pulumi.Output<string | undefined>;
  /** When the service deletes the job record (ISO-8601). */
  declare readonly jobExpirationTime: pulumi.Output<string | undefined>;
  /** The auto-merging settings the job ran with. */
  declare readonly autoMerging: pulumi.Output<AutoMergingResult | undefined>;
  /** Where the job exported its results. */
  declare readonly exportingLocation: pulumi.Output<ExportingLocationResult | undefined>;
  /** Counts the job reported. */
  declare readonly jobStats: pulumi.Output<JobStatsResult | undefined>;
  /** The export bucket. */
  declare readonly exportS3BucketName: pulumi.Output<string | undefined>;
  /** The export key prefix. */
  declare readonly exportS3KeyName: pulumi.Output<string | undefined>;
  /** `s3://bucket/key` of the export. */
  declare readonly exportS3Uri: pulumi.Output<string | undefined>;

  /**
   * @param name The resource's unique name in the stack.
   * @param args What job to reference and how to reach AWS.
   * @param opts Pulumi resource options (`dependsOn`, `protect`, …; `customTimeouts` does not apply: use `waitFor.timeoutSeconds`).
   */
  constructor(name: string, args: IdentityResolutionJobArgs, opts?: pulumi.CustomResourceOptions) {
    const { status: statusFilter, ...rest } = args;
    // Every output is declared up front (as undefined) so Pulumi registers it.
    const outputs = Object.fromEntries(RESULT_KEYS.map((key) => [key, undefined]));
    // The filter is passed only when given: every property costs the program an Output.
    const props: Record<string, unknown> = {
      ...outputs,
      ...rest,
      ...(statusFilter !== undefined ? { [STATUS_FILTER_KEY]: statusFilter } : {}),
      __provider: providerModuleText(),
    };
    super(DYNAMIC_TYPE, name, props, opts);
  }
}

// Instances are `pulumi.dynamic.Resource`s to `instanceof` as well: the class builds its provider
// text itself (see providerModule.ts) instead of having `pulumi.dynamic.Resource`'s constructor
// serialize a provider object, and is otherwise the same thing — the same type token, served by the
// same dynamic-provider host. Only the prototype chain changes; the constructor is still
// CustomResource's.
Object.setPrototypeOf(IdentityResolutionJob.prototype, pulumi.dynamic.Resource.prototype);
