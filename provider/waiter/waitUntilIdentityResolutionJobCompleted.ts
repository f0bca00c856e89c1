import type {
  CustomerProfilesClient,
  GetIdentityResolutionJobCommandInput,
  GetIdentityResolutionJobCommandOutput,
} from "@aws-sdk/client-customer-profiles";
import { WaiterState, type WaiterConfiguration, type WaiterResult } from "@smithy/util-waiter";
import { IdentityResolutionJobStatus } from "../status";
import { WAITER_DEFAULTS } from "./timing";
import { validateWaiterConfiguration, validateWaiterInput } from "./validateWaiterArguments";
import { waitForJobStatus, type WaitProgress } from "./waitForJobStatus";

/** The SDK's waiter configuration plus what this waiter adds. */
export interface IdentityResolutionJobWaiterConfiguration extends WaiterConfiguration<CustomerProfilesClient> {
  /**
   * Whether PARTIAL_SUCCESS counts as done rather than as a failure.
   * @default false
   */
  acceptPartialSuccess?: boolean;
  /** Called after every poll with the status seen and the time waited, e.g. to show progress. */
  onProgress?: (progress: WaitProgress) => void;
}

/**
 * Waits until an identity resolution job is COMPLETED: the waiter the AWS SDK does not ship, in
 * the SDK's own shape. Polls with exponential backoff and jitter (defaults: first pause 15 s,
 * at most 120 s); throttling, 5xx and network errors are polled through.
 *
 * Unlike the SDK's generated waiters it fails fast and says why: FAILED (and PARTIAL_SUCCESS
 * unless accepted) throws {@link JobFailedError} with the job's message at once; not found,
 * access denied and bad requests throw their named error at once; running out of `maxWaitTime`
 * throws {@link WaitTimeoutError} with the last status.
 *
 * @example
 * ```ts
 * const client = new CustomerProfilesClient({ region: "us-east-1" });
 * const { reason } = await waitUntilIdentityResolutionJobCompleted(
 *   { client, maxWaitTime: 3600 },
 *   { DomainName: "my-domain", JobId: "0123456789abcdef0123456789abcdef" },
 * );
 * console.log(reason.JobStats);
 * ```
 */
export async function waitUntilIdentityResolutionJobCompleted(
  params: IdentityResolutionJobWaiterConfiguration,
  input: GetIdentityResolutionJobCommandInput,
): Promise<WaiterResult & { reason: GetIdentityResolutionJobCommandOutput }> {
  validateWaiterConfiguration(params);
  const timing = {
    maxWaitTime: params.maxWaitTime,
    minDelay: params.minDelay ?? WAITER_DEFAULTS.minDelay,
    maxDelay:
      params.maxDelay ??
      Math.max(WAITER_DEFAULTS.maxDelay, typeof params.minDelay === "number" ? params.minDelay : 0),
  };
  validateWaiterInput(input, timing);
  const region = await params.client.config.region();
  const abortSignal = params.abortSignal ?? params.abortController?.signal;
  const reason = await waitForJobStatus({
    client: params.client,
    timing,
    target: {
      statuses: [IdentityResolutionJobStatus.COMPLETED],
      acceptPartialSuccess: !!params.acceptPartialSuccess,
    },
    context: {
      operation: "GetIdentityResolutionJob",
      domainName: input.DomainName!,
      jobId: input.JobId!,
      region,
      secrets: [],
    },
    // Signature errors echo the signed request: scrub the caller's own credentials from them.
    echoedSecrets: async () => {
      const identity = await params.client.config.credentials().catch(() => undefined);
      return [identity?.accessKeyId, identity?.secretAccessKey, identity?.sessionToken].filter(
        (value): value is string => typeof value === "string",
      );
    },
    optionNames: { timeout: "maxWaitTime", acceptPartialSuccess: "acceptPartialSuccess" },
    ...(abortSignal ? { abortSignal: abortSignal as AbortSignal } : {}),
    ...(params.onProgress ? { onProgress: params.onProgress } : {}),
  });
  return { state: WaiterState.SUCCESS, reason };
}
