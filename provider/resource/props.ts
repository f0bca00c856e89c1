import { AWS_ACCESS_ARG_KEYS, type GetIdentityResolutionJobArgs } from "../args";
import type { IdentityResolutionJobResult } from "../result";

/**
 * In state the status filter is stored as `statusFilter`, because `status` is the job's own
 * status output; everything else keeps its argument name.
 */
export const STATUS_FILTER_KEY = "statusFilter";

/** Inputs echoed into outputs so that refresh and diff can reach AWS the same way later. */
export const ECHOED_INPUT_KEYS = [...AWS_ACCESS_ARG_KEYS, "waitFor", STATUS_FILTER_KEY] as const;

/** Every output the lookup produces (the result's members). */
export const RESULT_KEYS: readonly (keyof IdentityResolutionJobResult)[] = [
  "domainName",
  "jobId",
  "status",
  "message",
  "jobStartTime",
  "jobEndTime",
  "lastUpdatedAt",
  "jobExpirationTime",
  "autoMerging",
  "exportingLocation",
  "jobStats",
  "exportS3BucketName",
  "exportS3KeyName",
  "exportS3Uri",
];

/** A property bag as the dynamic provider host hands it over. */
export type PropertyBag = Readonly<Record<string, unknown>>;

/** Turns stored inputs (or outputs) back into lookup arguments. */
export function toLookupArgs(props: PropertyBag): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === "__provider" || value === undefined) continue;
    Object.defineProperty(args, key === STATUS_FILTER_KEY ? "status" : key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return args;
}

/** The echoed inputs present in `props`. */
export function echoedInputs(props: PropertyBag): Record<string, unknown> {
  const echoed: Record<string, unknown> = {};
  for (const key of ECHOED_INPUT_KEYS) {
    if (props[key] !== undefined) echoed[key] = props[key];
  }
  return echoed;
}

/** The outputs to store: echoed inputs plus the looked-up job. */
export function toOutputs(inputs: PropertyBag, job: IdentityResolutionJobResult): Record<string, unknown> {
  return { ...echoedInputs(inputs), ...job };
}

/** Lookup arguments for reading the stored job again (refresh): same access, no filter, no wait. */
export function rereadArgs(props: PropertyBag): GetIdentityResolutionJobArgs {
  const { status: _filter, waitFor: _wait, ...args } = toLookupArgs(props);
  const access: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if ((ECHOED_INPUT_KEYS as readonly string[]).includes(key)) access[key] = value;
  }
  return { ...access, domainName: String(props.domainName), jobId: String(props.jobId) };
}
