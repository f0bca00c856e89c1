import * as pulumi from "@pulumi/pulumi";
import type { LookupOptions } from "../args";
import { programAwsStackConfig } from "../aws/stackConfig";
import type { LookupEnvironment } from "./lookupJob";

/** The environment of a lookup made by a Pulumi program: its stack config and Pulumi's log. */
export function programEnvironment(opts: LookupOptions | undefined): LookupEnvironment {
  return {
    config: programAwsStackConfig(),
    progress: (message) => void pulumi.log.info(message),
    ...(opts?.abortSignal ? { abortSignal: opts.abortSignal } : {}),
  };
}
