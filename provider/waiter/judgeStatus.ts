import { WaiterState } from "@smithy/util-waiter";
import { IdentityResolutionJobStatus } from "../status";

/** What ends a wait successfully. */
export interface WaitTarget {
  /** Statuses that end the wait successfully. */
  readonly statuses: readonly string[];
  /** Whether PARTIAL_SUCCESS ends it successfully too. */
  readonly acceptPartialSuccess: boolean;
}

/**
 * The acceptor for one observed status: a target status succeeds; FAILED, and PARTIAL_SUCCESS
 * unless accepted, fail at once (the job will never move again); every other status, including
 * ones newer than this library, means "still running" and is polled again.
 */
export function judgeStatus(status: string | undefined, target: WaitTarget): WaiterState {
  if (status !== undefined && target.statuses.includes(status)) return WaiterState.SUCCESS;
  if (status === IdentityResolutionJobStatus.PARTIAL_SUCCESS && target.acceptPartialSuccess) {
    return WaiterState.SUCCESS;
  }
  if (
    status === IdentityResolutionJobStatus.FAILED ||
    status === IdentityResolutionJobStatus.PARTIAL_SUCCESS
  ) {
    return WaiterState.FAILURE;
  }
  return WaiterState.RETRY;
}
