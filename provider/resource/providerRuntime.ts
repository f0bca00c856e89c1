// The dynamic provider itself: the provider module (providerModule.ts) `require`s this file inside
// the provider process and hands its exports to the host, so every export is a provider method —
// configure, check, diff, create, update, read, and no `delete` (destroy makes no API call).
// Module state lives as long as that process: one stack config, one client per configuration,
// and the job each diff just read.
import type * as pulumi from "@pulumi/pulumi";
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";
import type { GetIdentityResolutionJobArgs } from "../args";
import { readAwsStackConfig, type AwsStackConfig } from "../aws/stackConfig";
import { JobNotFoundError } from "../errors";
import { lookupJob, type LookupEnvironment } from "../lookup/lookupJob";
import type { IdentityResolutionJobResult } from "../result";
import { findArgumentFailures } from "../validate";
import { judgeStatus } from "../waiter/judgeStatus";
import { WaiterState } from "@smithy/util-waiter";
import { inputsDiffer, jobDiffers } from "./drift";
import { rereadArgs, STATUS_FILTER_KEY, toLookupArgs, toOutputs, type PropertyBag } from "./props";

/** How long a job read by `diff` may stand in for the read `update` would make, in ms. */
const REUSE_READ_MS = 60_000;

let stackConfig: AwsStackConfig = {};
const recentReads = new Map<string, { at: number; job: IdentityResolutionJobResult }>();

/** Takes the stack's `aws:*` configuration, which the engine hands every dynamic provider. */
export async function configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
  stackConfig = readAwsStackConfig((key) => req.config.get(key));
}

/** Validates inputs without calling AWS; values unknown during preview are skipped. */
export async function check(_olds: PropertyBag, news: PropertyBag): Promise<pulumi.dynamic.CheckResult> {
  const failures = findArgumentFailures(toLookupArgs(news), { jobId: true, waitFor: true }, isUnknown).map(
    (failure) => ({
      property: failure.property === "status" ? STATUS_FILTER_KEY : failure.property,
      reason: `${failure.property} ${failure.reason}`,
    }),
  );
  return { inputs: news, failures };
}

/**
 * Replaces when the domain or job changes (including "the newest job" becoming another job);
 * otherwise reads the live job once and reports an update when it drifted from state, so
 * preview shows the change and `up` stores it without `--refresh`.
 */
export async function diff(
  _id: string,
  olds: PropertyBag,
  news: PropertyBag,
): Promise<pulumi.dynamic.DiffResult> {
  if (news.domainName !== olds.domainName) return { changes: true, replaces: ["domainName"] };
  if (news.jobId !== undefined && news.jobId !== olds.jobId) return { changes: true, replaces: ["jobId"] };
  if (Object.values(news).some(containsUnknown)) return { changes: true };
  const { waitFor: _wait, ...args } = lookupArgs(news);
  const live = await lookupJob(args, environment());
  remember(args, live);
  if (live.jobId !== olds.jobId) return { changes: true, replaces: ["jobId"] };
  return { changes: jobDiffers(olds, live) || inputsDiffer(olds, news) };
}

/** Reads the job (waiting for it with `waitFor`) and stores it. */
export async function create(inputs: PropertyBag): Promise<pulumi.dynamic.CreateResult> {
  const job = await currentJob(inputs);
  return { id: `${job.domainName}/${job.jobId}`, outs: toOutputs(inputs, job) };
}

/** Reads the job again (waiting with `waitFor`) and stores the new outputs. */
export async function update(
  _id: string,
  _olds: PropertyBag,
  news: PropertyBag,
): Promise<pulumi.dynamic.UpdateResult> {
  return { outs: toOutputs(news, await currentJob(news)) };
}

/** Serves `pulumi refresh`: the job as it is now, or nothing (dropped from state) once it is gone. */
export async function read(id: string, props: PropertyBag): Promise<pulumi.dynamic.ReadResult> {
  try {
    const job = await lookupJob(rereadArgs(props), environment());
    return { id, props: toOutputs(props, job) };
  } catch (error) {
    if (error instanceof JobNotFoundError) return {};
    throw error;
  }
}

async function currentJob(inputs: PropertyBag): Promise<IdentityResolutionJobResult> {
  const args = lookupArgs(inputs);
  const { waitFor, ...withoutWait } = args;
  const recent = recentReads.get(key(withoutWait));
  const satisfied =
    recent &&
    Date.now() - recent.at < REUSE_READ_MS &&
    (!waitFor ||
      judgeStatus(recent.job.status, {
        statuses: waitFor.status ?? ["COMPLETED"],
        acceptPartialSuccess: waitFor.acceptPartialSuccess ?? false,
      }) === WaiterState.SUCCESS);
  return satisfied ? recent.job : lookupJob(args, environment());
}

function lookupArgs(props: PropertyBag): GetIdentityResolutionJobArgs {
  return toLookupArgs(props) as unknown as GetIdentityResolutionJobArgs;
}

function remember(args: GetIdentityResolutionJobArgs, job: IdentityResolutionJobResult): void {
  recentReads.set(key(args), { at: Date.now(), job });
}

function key(args: GetIdentityResolutionJobArgs): string {
  return JSON.stringify(args);
}

function environment(): LookupEnvironment {
  return { config: stackConfig, progress: (message) => process.stderr.write(`${message}\n`) };
}

function isUnknown(value: unknown): boolean {
  return value === unknownValue;
}

function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value && typeof value === "object") return Object.values(value).some(containsUnknown);
  return false;
}
