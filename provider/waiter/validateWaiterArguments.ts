import type { GetIdentityResolutionJobCommandInput } from "@aws-sdk/client-customer-profiles";
import { InvalidArgumentError } from "../errors";
import { show } from "../show";
import { findArgumentFailures, timingOrderFailures, waitSeconds } from "../validate";

/**
 * Rejects a waiter configuration that is not one (no client, a non-function `onProgress`, …)
 * before anything is sent, naming the option and the value.
 */
export function validateWaiterConfiguration(params: unknown): void {
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw new InvalidArgumentError(
      "params",
      `must be a waiter configuration such as { client, maxWaitTime }, got ${show(params)}`,
    );
  }
  const { client, onProgress, abortSignal, abortController, acceptPartialSuccess } = params as Record<
    string,
    unknown
  >;
  const c = client as { send?: unknown; config?: { region?: unknown } } | null | undefined;
  if (
    typeof c !== "object" ||
    c === null ||
    typeof c.send !== "function" ||
    typeof c.config?.region !== "function"
  ) {
    throw new InvalidArgumentError("client", `must be a CustomerProfilesClient, got ${show(client)}`);
  }
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidArgumentError("onProgress", `must be a function, got ${show(onProgress)}`);
  }
  const signalLike = (v: unknown) =>
    typeof v === "object" && v !== null && typeof (v as { aborted?: unknown }).aborted === "boolean";
  if (abortSignal !== undefined && !signalLike(abortSignal)) {
    throw new InvalidArgumentError("abortSignal", `must be an AbortSignal, got ${show(abortSignal)}`);
  }
  if (
    abortController !== undefined &&
    !signalLike((abortController as { signal?: unknown } | null)?.signal)
  ) {
    throw new InvalidArgumentError(
      "abortController",
      `must be an AbortController, got ${show(abortController)}`,
    );
  }
  if (acceptPartialSuccess !== undefined && typeof acceptPartialSuccess !== "boolean") {
    throw new InvalidArgumentError(
      "acceptPartialSuccess",
      `must be true or false, got ${show(acceptPartialSuccess)}`,
    );
  }
}

/** Rejects bad input (DomainName, JobId) and bad timing (delays, maxWaitTime) before any request. */
export function validateWaiterInput(
  input: GetIdentityResolutionJobCommandInput,
  timing: { maxWaitTime: number; minDelay: number; maxDelay: number },
): void {
  const [inputFailure] = findArgumentFailures(
    { domainName: input?.DomainName, jobId: input?.JobId },
    { jobId: true, waitFor: false },
  );
  if (inputFailure) {
    const name = inputFailure.property === "domainName" ? "DomainName" : "JobId";
    throw new InvalidArgumentError(`input.${name}`, inputFailure.reason);
  }
  if (input.JobId === undefined) throw new InvalidArgumentError("input.JobId", "is required");
  for (const [name, value] of Object.entries(timing)) {
    const reason = waitSeconds(value);
    if (reason) throw new InvalidArgumentError(name, reason);
  }
  const [order] = timingOrderFailures(
    { timeout: timing.maxWaitTime, min: timing.minDelay, max: timing.maxDelay },
    { timeout: "maxWaitTime", min: "minDelay", max: "maxDelay" },
  );
  if (order) throw new InvalidArgumentError(order.property, order.reason);
}
