/** Validation of a whole seed and of single jobs added later with `putJob`. */
import type { EmulatorSeed, SeedCredential, SeedFault, SeedJob, SeedTimelineEntry } from "./seed";
import { checkShape, fail, invalid, memberPath } from "./shape";
import { JOB_SHAPE, SEED_SHAPE } from "./seedShape";

/**
 * Checks a seed against the seed contract and returns a normalized copy (only declared members).
 * @param value - the parsed seed, e.g. from JSON.
 * @param root - how the seed is named in error messages.
 * @throws SeedValidationError naming the first offending field, e.g.
 *   `seed.domains.demo.jobs[2].JobId: "ABC" must be 32 lowercase hex characters`.
 * @example
 * const seed = validateSeed(JSON.parse(text));
 */
export function validateSeed(value: unknown, root = "seed"): EmulatorSeed {
  const seed = checkShape(value, SEED_SHAPE, root) as EmulatorSeed;
  checkCredentials(seed.credentials ?? [], `${root}.credentials`);
  for (const [domainName, domain] of Object.entries(seed.domains)) {
    const domainPath = memberPath(`${root}.domains`, domainName);
    checkFaults(domain.Faults ?? [], `${domainPath}.Faults`);
    const seen = new Map<string, string>();
    domain.jobs.forEach((job, index) => {
      const jobPath = `${domainPath}.jobs[${index}]`;
      checkJobRules(job, domainName, jobPath);
      const first = seen.get(job.JobId);
      if (first !== undefined) fail(`${jobPath}.JobId`, `"${job.JobId}" duplicates ${first}.JobId`);
      seen.set(job.JobId, jobPath);
    });
  }
  return seed;
}

/**
 * Checks one job the way {@link validateSeed} checks seeded jobs, for `putJob`.
 * @throws SeedValidationError naming the offending field under `path`.
 */
export function validateJob(value: unknown, domainName: string, path: string): SeedJob {
  const job = checkShape(value, JOB_SHAPE, path) as SeedJob;
  checkJobRules(job, domainName, path);
  return job;
}

function checkJobRules(job: SeedJob, domainName: string, path: string): void {
  if (job.DomainName !== undefined && job.DomainName !== domainName) {
    invalid(`${path}.DomainName`, job.DomainName, `absent or "${domainName}", the domain it belongs to`);
  }
  checkTimeline(job.Timeline ?? [], `${path}.Timeline`);
  checkFaults(job.Faults ?? [], `${path}.Faults`);
}

function checkTimeline(timeline: readonly SeedTimelineEntry[], path: string): void {
  timeline.forEach((entry, index) => {
    const last = index === timeline.length - 1;
    if (!last && entry.Seconds === undefined) {
      invalid(
        `${path}[${index}].Seconds`,
        undefined,
        "a positive number of seconds on every entry but the last",
      );
    }
    if (last && entry.Seconds !== undefined) {
      invalid(`${path}[${index}].Seconds`, entry.Seconds, "absent on the last entry, which lasts forever");
    }
  });
}

function checkFaults(faults: readonly SeedFault[], path: string): void {
  faults.forEach((fault, index) => {
    if (fault.Error === "Delay" && !((fault.DelayMs ?? 0) > 0)) {
      invalid(
        `${path}[${index}].DelayMs`,
        fault.DelayMs,
        'a positive number of milliseconds for a "Delay" fault',
      );
    }
  });
}

function checkCredentials(credentials: readonly SeedCredential[], path: string): void {
  credentials.forEach((credential, index) => {
    const earlier = credentials.findIndex((other) => other.accessKeyId === credential.accessKeyId);
    if (earlier !== index) {
      fail(`${path}[${index}].accessKeyId`, `duplicates ${path}[${earlier}].accessKeyId`);
    }
  });
}
