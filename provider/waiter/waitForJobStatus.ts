import {
  GetIdentityResolutionJobCommand,
  type CustomerProfilesClient,
  type GetIdentityResolutionJobCommandOutput,
} from "@aws-sdk/client-customer-profiles";
import { createWaiter, WaiterState } from "@smithy/util-waiter";
import { classifyError, echoesSignedRequest, type CallContext } from "../classifyError";
import { IdentityResolutionError, JobFailedError, WaitTimeoutError } from "../errors";
import { isTransient } from "./isTransient";
import { judgeStatus, type WaitTarget } from "./judgeStatus";
import type { WaitTiming } from "./timing";

/** One poll's outcome, for progress displays. */
export interface WaitProgress {
  /** The domain of the job. */
  readonly domainName: string;
  /** The job waited for. */
  readonly jobId: string;
  /** The status seen by this poll; absent when the poll failed transiently. */
  readonly status?: string;
  /** Seconds since the wait started. */
  readonly elapsedSeconds: number;
  /** Polls made so far, this one included. */
  readonly polls: number;
}

/** Everything one wait needs. */
export interface JobWait {
  readonly client: CustomerProfilesClient;
  readonly timing: WaitTiming;
  readonly target: WaitTarget;
  readonly context: CallContext & { readonly jobId: string };
  readonly abortSignal?: AbortSignal;
  readonly onProgress?: (progress: WaitProgress) => void;
  /**
   * Credential values to scrub from errors that echo the signed request, fetched only when one
   * occurs (by then the SDK has resolved and cached them), for callers that do not know them.
   */
  readonly echoedSecrets?: () => Promise<readonly string[]>;
  /** The caller's names for the options a message may suggest changing. */
  readonly optionNames: { readonly timeout: string; readonly acceptPartialSuccess: string };
}

/**
 * Polls GetIdentityResolutionJob with `@smithy/util-waiter` (exponential backoff with jitter,
 * deadline, abort) until the job reaches a target status, and returns that last response. Ends
 * early, with a named error, when the job can no longer get there or the failure will not pass.
 */
export async function waitForJobStatus(wait: JobWait): Promise<GetIdentityResolutionJobCommandOutput> {
  const { context, target } = wait;
  const started = Date.now();
  let polls = 0;
  let last: GetIdentityResolutionJobCommandOutput | undefined;
  const elapsed = () => Math.round((Date.now() - started) / 1000);

  const result = await createWaiter(
    {
      client: wait.client,
      ...wait.timing,
      ...(wait.abortSignal ? { abortSignal: wait.abortSignal } : {}),
    },
    { DomainName: context.domainName, JobId: context.jobId },
    async (client, input) => {
      polls += 1;
      try {
        last = await client.send(
          new GetIdentityResolutionJobCommand(input),
          wait.abortSignal ? { abortSignal: wait.abortSignal } : {},
        );
        report(wait, last.Status, elapsed(), polls);
        return { state: judgeStatus(last.Status, target), reason: last };
      } catch (error) {
        const secrets =
          wait.echoedSecrets && echoesSignedRequest(error)
            ? [...context.secrets, ...(await wait.echoedSecrets())]
            : context.secrets;
        const named = classifyError(error, { ...context, secrets });
        if (named.name === "AbortError") return { state: WaiterState.ABORTED, reason: named };
        report(wait, undefined, elapsed(), polls);
        return { state: isTransient(named) ? WaiterState.RETRY : WaiterState.FAILURE, reason: named };
      }
    },
  );

  if (result.state === WaiterState.SUCCESS && last) return last;
  if (result.reason instanceof Error && result.state !== WaiterState.ABORTED) throw result.reason;
  const subject = `identity resolution job ${context.jobId} in domain '${context.domainName}' (${context.region})`;
  const wanted = describeTarget(target);
  const details = { operation: context.operation, domainName: context.domainName, jobId: context.jobId };
  if (result.state === WaiterState.FAILURE && last?.Status) {
    const jobMessage = last.Message
      ? `: ${last.Message.replace(/[.\s]+$/, "")}`
      : " (the job gave no message)";
    throw new JobFailedError(
      `The ${subject} ended in status ${last.Status}${jobMessage}. It will not reach ${wanted} (waited ${elapsed()}s, ${polls} poll${polls === 1 ? "" : "s"}).${last.Status === "PARTIAL_SUCCESS" ? ` Set ${wait.optionNames.acceptPartialSuccess} to accept partial results.` : ""}`,
      { ...details, status: last.Status, ...(last.Message ? { jobMessage: last.Message } : {}) },
    );
  }
  if (result.state === WaiterState.ABORTED) {
    const error = new IdentityResolutionError(
      `Waiting for the ${subject} to reach ${wanted} was cancelled after ${elapsed()}s (last status ${last?.Status ?? "unknown"}).`,
      details,
    );
    error.name = "AbortError";
    throw error;
  }
  const lastStatus = last?.Status;
  throw new WaitTimeoutError(
    `Gave up waiting for the ${subject} to reach ${wanted} after ${elapsed()}s (timeout ${wait.timing.maxWaitTime}s, ${polls} poll${polls === 1 ? "" : "s"}): last status ${lastStatus ?? "unknown (no poll succeeded)"}. Raise ${wait.optionNames.timeout}, or check the job in the Amazon Connect console.`,
    { ...details, waitedSeconds: elapsed(), ...(lastStatus ? { lastStatus } : {}) },
  );
}

function report(wait: JobWait, status: string | undefined, elapsedSeconds: number, polls: number): void {
  wait.onProgress?.({
    domainName: wait.context.domainName,
    jobId: wait.context.jobId,
    ...(status !== undefined ? { status } : {}),
    elapsedSeconds,
    polls,
  });
}

function describeTarget(target: WaitTarget): string {
  const statuses = target.acceptPartialSuccess ? [...target.statuses, "PARTIAL_SUCCESS"] : target.statuses;
  return [...new Set(statuses)].join(" or ");
}
