/** Input validation of the two operations, with AWS's "N validation errors detected: …" wording. */
import type { RequestTarget } from "./routes";
import { decode } from "./routes";
import { DOMAIN_NAME_MAX_LENGTH, DOMAIN_NAME_PATTERN, JOB_ID_PATTERN } from "./model";

/** GetIdentityResolutionJob's input. */
export interface GetInput {
  readonly domainName: string;
  readonly jobId: string;
}

/** ListIdentityResolutionJobs's input. */
export interface ListInput {
  readonly domainName: string;
  /** `max-results`, or the default page size (20). */
  readonly maxResults: number;
  readonly nextToken?: string;
}

/** The input, or the BadRequest message listing every violated constraint. */
export type Validated<T> = { readonly input: T } | { readonly message: string };

/** Default page size of ListIdentityResolutionJobs. */
const DEFAULT_PAGE_SIZE = 20;

/** Decodes and checks the Get labels. */
export function validateGetInput(domainLabel: string, jobIdLabel: string): Validated<GetInput> {
  const errors: string[] = [];
  const domainName = checkDomainName(decode(domainLabel), errors);
  const jobId = decode(jobIdLabel);
  checkPattern(jobId, "jobId", JOB_ID_PATTERN, errors);
  return result(errors, { domainName, jobId });
}

/** Decodes and checks the List label and its `max-results` / `next-token` query. */
export function validateListInput(domainLabel: string, query: RequestTarget["query"]): Validated<ListInput> {
  const errors: string[] = [];
  const domainName = checkDomainName(decode(domainLabel), errors);
  const maxResults = singleParameter(query, "max-results", errors);
  const nextToken = singleParameter(query, "next-token", errors);
  if (maxResults !== undefined) checkMaxResults(maxResults, errors);
  if (nextToken !== undefined) checkLength(nextToken, "nextToken", 1024, errors);
  return result(errors, {
    domainName,
    maxResults: maxResults === undefined ? DEFAULT_PAGE_SIZE : Number(maxResults),
    nextToken,
  });
}

function singleParameter(query: RequestTarget["query"], name: string, errors: string[]): string | undefined {
  const value = query[name];
  if (!Array.isArray(value)) return value;
  errors.push(`Query parameter '${name}' may appear only once`);
  return undefined;
}

function checkDomainName(domainName: string, errors: string[]): string {
  checkLength(domainName, "domainName", DOMAIN_NAME_MAX_LENGTH, errors);
  if (domainName !== "") checkPattern(domainName, "domainName", DOMAIN_NAME_PATTERN, errors);
  return domainName;
}

function checkPattern(value: string, member: string, pattern: RegExp, errors: string[]): void {
  if (!pattern.test(value)) {
    errors.push(violation(value, member, `satisfy regular expression pattern: ${pattern.source}`));
  }
}

function checkMaxResults(text: string, errors: string[]): void {
  if (!/^-?\d{1,10}$/.test(text)) {
    errors.push(violation(text, "maxResults", "be an integer"));
  } else if (Number(text) < 1) {
    errors.push(violation(text, "maxResults", "have value greater than or equal to 1"));
  } else if (Number(text) > 100) {
    errors.push(violation(text, "maxResults", "have value less than or equal to 100"));
  }
}

function checkLength(value: string, member: string, max: number, errors: string[]): void {
  if (value.length < 1) errors.push(violation(value, member, "have length greater than or equal to 1"));
  if (value.length > max) errors.push(violation(value, member, `have length less than or equal to ${max}`));
}

function violation(value: string, member: string, constraint: string): string {
  const shown = value.length > 100 ? `${value.slice(0, 100)}...` : value;
  return `Value '${shown}' at '${member}' failed to satisfy constraint: Member must ${constraint}`;
}

function result<T>(errors: readonly string[], input: T): Validated<T> {
  if (errors.length === 0) return { input };
  const count = `${errors.length} validation error${errors.length > 1 ? "s" : ""} detected`;
  return { message: `${count}: ${errors.join("; ")}` };
}
