import { ListIdentityResolutionJobsCommand } from "@aws-sdk/client-customer-profiles";
import { classifyError } from "../classifyError";
import { InvalidResponseError } from "../errors";
import { toJobSummary } from "../mapJob";
import type { IdentityResolutionJobSummary } from "../result";
import type { Session } from "./session";

/** The largest page the API serves: the fewest round trips. */
const PAGE_SIZE = 100;
/** A guard against an endpoint that hands out tokens forever. */
const MAX_PAGES = 10_000;

/**
 * Every job of the domain, across all pages: the API model has no paginator, so this follows
 * NextToken itself.
 */
export async function listJobs(
  session: Session,
  domainName: string,
  abortSignal?: AbortSignal,
): Promise<IdentityResolutionJobSummary[]> {
  const jobs: IdentityResolutionJobSummary[] = [];
  const seenTokens = new Set<string>();
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await session.client
      .send(
        new ListIdentityResolutionJobsCommand({
          DomainName: domainName,
          MaxResults: PAGE_SIZE,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
        abortSignal ? { abortSignal } : {},
      )
      .catch((error: unknown) => {
        throw classifyError(error, session.context("ListIdentityResolutionJobs", domainName));
      });
    for (const job of response.IdentityResolutionJobsList ?? []) jobs.push(toJobSummary(job, { domainName }));
    nextToken = response.NextToken || undefined;
    if (!nextToken) return jobs;
    if (seenTokens.has(nextToken)) throw repeatedToken(session, domainName);
    seenTokens.add(nextToken);
  }
  throw repeatedToken(session, domainName);
}

function repeatedToken(session: Session, domainName: string): InvalidResponseError {
  const context = session.context("ListIdentityResolutionJobs", domainName);
  return new InvalidResponseError(
    `ListIdentityResolutionJobs for domain '${domainName}' (${context.region}) failed: the endpoint keeps returning NextToken values that lead back to earlier pages, so the list never ends. Check that the endpoint serves Customer Profiles.`,
    { operation: "ListIdentityResolutionJobs", domainName },
  );
}

/** The jobs whose status is one of `status` (all of them when no filter is given). */
export function withStatus<T extends { status?: string }>(
  jobs: readonly T[],
  status?: readonly string[],
): T[] {
  return status ? jobs.filter((job) => job.status !== undefined && status.includes(job.status)) : [...jobs];
}
