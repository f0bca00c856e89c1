import { GetIdentityResolutionJobCommand } from "@aws-sdk/client-customer-profiles";
import { classifyError } from "../classifyError";
import { toJobResult } from "../mapJob";
import type { IdentityResolutionJobResult } from "../result";
import type { Session } from "./session";

/** One GetIdentityResolutionJob call, mapped, with failures turned into named errors. */
export async function fetchJob(
  session: Session,
  domainName: string,
  jobId: string,
  abortSignal?: AbortSignal,
): Promise<IdentityResolutionJobResult> {
  try {
    const response = await session.client.send(
      new GetIdentityResolutionJobCommand({ DomainName: domainName, JobId: jobId }),
      abortSignal ? { abortSignal } : {},
    );
    return toJobResult(response, { domainName, jobId });
  } catch (error) {
    throw classifyError(error, session.context("GetIdentityResolutionJob", domainName, jobId));
  }
}
