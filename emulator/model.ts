/** The API model's input constraints and status values, shared by request and seed validation. */

/** `DomainName` (model shape `name`): the model's pattern; its length is 1 to {@link DOMAIN_NAME_MAX_LENGTH}. */
export const DOMAIN_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** `DomainName`'s maximum length. */
export const DOMAIN_NAME_MAX_LENGTH = 64;

/** How a valid domain name reads in an error message. */
export const DOMAIN_NAME_RULE = "1-64 characters of [a-zA-Z0-9_-]";

/** `JobId` (model shape `uuid`): exactly 32 lowercase hex characters. */
export const JOB_ID_PATTERN = /^[a-f0-9]{32}$/;

/** How {@link JOB_ID_PATTERN} reads in an error message. */
export const JOB_ID_RULE = "32 lowercase hex characters";

/** Statuses after which a job never changes again; reaching one sets `JobEndTime`. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(["COMPLETED", "PARTIAL_SUCCESS", "FAILED"]);

/** Whether `name` satisfies the model's `DomainName` constraints. */
export function isDomainName(name: string): boolean {
  return name.length <= DOMAIN_NAME_MAX_LENGTH && DOMAIN_NAME_PATTERN.test(name);
}
