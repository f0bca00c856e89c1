import type { GetIdentityResolutionJobArgs, ListIdentityResolutionJobsArgs } from "../args";
import type { AwsStackConfig } from "../aws/stackConfig";
import { toJobResult } from "../mapJob";
import type { IdentityResolutionJobResult, IdentityResolutionJobSummary } from "../result";
import { IdentityResolutionJobStatus } from "../status";
import { assertValidArguments } from "../validate";
import { resolveTiming } from "../waiter/timing";
import { waitForJobStatus, type WaitProgress } from "../waiter/waitForJobStatus";
import { fetchJob } from "./fetchJob";
import { listJobs, withStatus } from "./listJobs";
import { compareStart, noMatchingJob, pickNewest } from "./newestJob";
import { openSession, type Session } from "./session";
import { withSlowNotice } from "./slowNotice";

/** Where a lookup runs: the program process or the dynamic provider process. */
export interface LookupEnvironment {
  /** The stack's `aws:*` configuration. */
  readonly config: AwsStackConfig;
  /** Where progress lines go (Pulumi's log in a program, stderr in a provider). */
  readonly progress?: (message: string) => void;
  /** Cancels the lookup, waiting included. */
  readonly abortSignal?: AbortSignal;
}

/**
 * The lookup every public entry point shares: validate (no request for bad input), resolve AWS
 * access, pick the job (by id, or the newest matching one), then read it — or wait for it.
 */
export async function lookupJob(
  args: GetIdentityResolutionJobArgs,
  env: LookupEnvironment,
): Promise<IdentityResolutionJobResult> {
  assertValidArguments(args, { jobId: true, waitFor: true });
  const session = await openSession(args, env.config);
  const { domainName } = args;
  const jobId = args.jobId ?? (await newestJobId(session, args, env));
  if (!args.waitFor) {
    return withSlowNotice(
      fetchJob(session, domainName, jobId, env.abortSignal),
      `Reading identity resolution job ${jobId} in domain '${domainName}'`,
      env.progress,
    );
  }
  const response = await waitForJobStatus({
    client: session.client,
    timing: resolveTiming(args.waitFor),
    target: {
      statuses: args.waitFor.status ?? [IdentityResolutionJobStatus.COMPLETED],
      acceptPartialSuccess: args.waitFor.acceptPartialSuccess ?? false,
    },
    context: { ...session.context("GetIdentityResolutionJob", domainName, jobId), jobId },
    optionNames: { timeout: "waitFor.timeoutSeconds", acceptPartialSuccess: "waitFor.acceptPartialSuccess" },
    ...(env.abortSignal ? { abortSignal: env.abortSignal } : {}),
    ...(env.progress ? { onProgress: reportTo(env.progress) } : {}),
  });
  return toJobResult(response, { domainName, jobId });
}

/** Every job of a domain (all pages), newest first, optionally filtered by status. */
export async function listAllJobs(
  args: ListIdentityResolutionJobsArgs,
  env: LookupEnvironment,
): Promise<IdentityResolutionJobSummary[]> {
  assertValidArguments(args, { jobId: false, waitFor: false });
  const session = await openSession(args, env.config);
  const jobs = await withSlowNotice(
    listJobs(session, args.domainName, env.abortSignal),
    `Listing identity resolution jobs of domain '${args.domainName}'`,
    env.progress,
  );
  return withStatus(jobs, args.status).sort((a, b) => compareStart(b, a));
}

async function newestJobId(
  session: Session,
  args: GetIdentityResolutionJobArgs,
  env: LookupEnvironment,
): Promise<string> {
  const all = await withSlowNotice(
    listJobs(session, args.domainName, env.abortSignal),
    `Finding the newest identity resolution job of domain '${args.domainName}'`,
    env.progress,
  );
  const newest = pickNewest(withStatus(all, args.status));
  if (!newest) {
    throw noMatchingJob(args.domainName, session.region, args.status, all.length);
  }
  return newest.jobId;
}

function reportTo(progress: (message: string) => void): (update: WaitProgress) => void {
  return (update) =>
    progress(
      `Waiting for identity resolution job ${update.jobId} in domain '${update.domainName}': ${update.status ?? "poll failed, retrying"} after ${update.elapsedSeconds}s (poll ${update.polls})`,
    );
}
