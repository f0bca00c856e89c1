/**
 * The statuses an identity resolution job reports, as the Customer Profiles API model lists them.
 *
 * The service may add statuses: every API here passes an unknown value through as a plain string
 * rather than rejecting it, so compare against these constants instead of switching exhaustively.
 */
export const IdentityResolutionJobStatus = {
  PENDING: "PENDING",
  PREPROCESSING: "PREPROCESSING",
  FIND_MATCHING: "FIND_MATCHING",
  MERGING: "MERGING",
  COMPLETED: "COMPLETED",
  PARTIAL_SUCCESS: "PARTIAL_SUCCESS",
  FAILED: "FAILED",
} as const;

/** A status the API model knows. */
export type IdentityResolutionJobStatus =
  (typeof IdentityResolutionJobStatus)[keyof typeof IdentityResolutionJobStatus];

/** Every status the API model knows, in the order a job moves through them. */
export const KNOWN_STATUSES: readonly IdentityResolutionJobStatus[] =
  Object.values(IdentityResolutionJobStatus);

/** Statuses after which a job never changes again. */
export const TERMINAL_STATUSES: readonly IdentityResolutionJobStatus[] = [
  IdentityResolutionJobStatus.COMPLETED,
  IdentityResolutionJobStatus.PARTIAL_SUCCESS,
  IdentityResolutionJobStatus.FAILED,
];

/** Whether `value` is a status the API model knows. */
export function isKnownStatus(value: string): value is IdentityResolutionJobStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(value);
}
