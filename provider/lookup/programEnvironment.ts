import type * as pulumi from "@pulumi/pulumi";
import type { LookupOptions } from "../args";
import { programAwsStackConfig } from "../aws/stackConfig";
import type { LookupEnvironment } from "./lookupJob";

/** The environment of a lookup made by a Pulumi program: its stack config and Pulumi's log. */
export function programEnvironment(opts: LookupOptions | undefined): LookupEnvironment {
  return {
    config: programAwsStackConfig(),
    progress: logProgress,
    ...(opts?.abortSignal ? { abortSignal: opts.abortSignal } : {}),
  };
}

const logProgress = (message: string): void => void pulumiLog().info(message);

// Loaded only when there is progress to report (a slow call): in a Pulumi program @pulumi/pulumi
// is loaded already, and a plain script doing a lookup should not pay about a second for it.
function pulumiLog(): typeof pulumi.log {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("@pulumi/pulumi") as typeof pulumi).log;
}
