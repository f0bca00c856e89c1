/** The two operations: validate, look up, then answer (through the job's or domain's faults). */
import type { ServerResponse } from "node:http";
import type { JobStore, StoredDomain } from "./store";
import type { PageTokens } from "./pagination";
import type { Outcome } from "./wire";
import type { RequestTarget } from "./routes";
import { sendError } from "./wire";
import { serveWithFault } from "./faults";
import { validateGetInput, validateListInput } from "./input";
import { jobResponse, jobSummary } from "./jobView";

/** What an operation needs to answer one authenticated request. */
export interface OperationContext {
  readonly res: ServerResponse;
  readonly requestId: string;
  readonly store: JobStore;
  readonly tokens: PageTokens;
  /** The timeline clock, epoch milliseconds. */
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** GetIdentityResolutionJob. */
export async function getJob(
  domainLabel: string,
  jobIdLabel: string,
  context: OperationContext,
): Promise<Outcome> {
  const { res, requestId } = context;
  const validated = validateGetInput(domainLabel, jobIdLabel);
  if ("message" in validated) return sendError(res, requestId, "BadRequestException", validated.message);
  const { domainName, jobId } = validated.input;
  const domain = context.store.domain(domainName);
  if (domain === undefined) return domainNotFound(domainName, context);
  const stored = domain.jobs.get(jobId);
  if (stored === undefined) {
    return sendError(
      res,
      requestId,
      "ResourceNotFoundException",
      `Job ${jobId} not found in domain ${domainName}`,
    );
  }
  return serveWithFault(stored.faults.take(), {
    ...context,
    operation: "GetIdentityResolutionJob",
    body: () => jobResponse(stored.job, stored.startMs, context.now()),
  });
}

/** ListIdentityResolutionJobs: the domain's jobs in insertion order, one page per call. */
export async function listJobs(
  domainLabel: string,
  query: RequestTarget["query"],
  context: OperationContext,
): Promise<Outcome> {
  const { res, requestId } = context;
  const validated = validateListInput(domainLabel, query);
  if ("message" in validated) return sendError(res, requestId, "BadRequestException", validated.message);
  const { domainName, maxResults, nextToken } = validated.input;
  const domain = context.store.domain(domainName);
  if (domain === undefined) return domainNotFound(domainName, context);
  const offset = nextToken === undefined ? 0 : context.tokens.read(nextToken, domainName);
  if (offset === undefined) {
    return sendError(
      res,
      requestId,
      "BadRequestException",
      "The next token is invalid or belongs to another domain.",
    );
  }
  return serveWithFault(domain.faults.take(), {
    ...context,
    operation: "ListIdentityResolutionJobs",
    body: () => listPage(domainName, domain, offset, maxResults, context),
  });
}

function listPage(
  domainName: string,
  domain: StoredDomain,
  offset: number,
  size: number,
  context: OperationContext,
) {
  const jobs = [...domain.jobs.values()];
  const end = Math.min(offset + size, jobs.length);
  const nowMs = context.now();
  const page = jobs
    .slice(offset, end)
    .map((stored) => jobSummary(jobResponse(stored.job, stored.startMs, nowMs)));
  return end < jobs.length
    ? { IdentityResolutionJobsList: page, NextToken: context.tokens.issue(domainName, end) }
    : { IdentityResolutionJobsList: page };
}

function domainNotFound(domainName: string, { res, requestId }: OperationContext): Outcome {
  return sendError(res, requestId, "ResourceNotFoundException", `Domain ${domainName} not found`);
}
