// A domain with 260 jobs (three List pages of 100), laid out so that every shortcut gives a wrong
// answer: the list runs newest-to-oldest by position, except that the newest job overall sits in
// the middle of page 2 and the newest COMPLETED one on page 3; one job has no start time.
import type { SeedJob } from "@customer-profiles/identity-resolution/emulator";
import { jobIdOf } from "../emulator/helpers";

export const MANY_DOMAIN = "wire-many";
export const JOB_COUNT = 260;
const BASE = 1_767_225_600; // 2026-01-01T00:00:00Z
const CYCLE = ["COMPLETED", "FAILED", "FIND_MATCHING", "MERGING"] as const;

/** Position in the list of the newest job overall (page 2). */
export const NEWEST_INDEX = 150;
/** Position of the newest COMPLETED job (page 3). */
export const NEWEST_COMPLETED_INDEX = 230;
/** Position of the job without a JobStartTime (page 1). */
export const UNDATED_INDEX = 5;

/** The job id at list position `index`. */
export function manyJobId(index: number): string {
  return jobIdOf(0x1000 + index);
}

/** The status of the job at `index`. */
export function manyStatus(index: number): string {
  if (index === NEWEST_INDEX) return "FIND_MATCHING";
  if (index === NEWEST_COMPLETED_INDEX) return "COMPLETED";
  return CYCLE[index % CYCLE.length]!;
}

/** The JobStartTime (epoch seconds) of the job at `index`, if it has one. */
export function manyStart(index: number): number | undefined {
  if (index === UNDATED_INDEX) return undefined;
  if (index === NEWEST_INDEX) return BASE + 100_000.25;
  if (index === NEWEST_COMPLETED_INDEX) return BASE + 90_000.5;
  return BASE + (JOB_COUNT - index) * 60;
}

export const manyJobs: SeedJob[] = Array.from({ length: JOB_COUNT }, (_, index) => {
  const start = manyStart(index);
  return {
    JobId: manyJobId(index),
    Status: manyStatus(index),
    ...(start === undefined ? {} : { JobStartTime: start }),
    ...(index === NEWEST_INDEX
      ? {
          Message: "still matching",
          LastUpdatedAt: BASE + 100_030,
          ExportingLocation: { S3Exporting: { S3BucketName: "many", S3KeyName: "newest/" } },
          JobStats: { NumberOfProfilesReviewed: 10, NumberOfMatchesFound: 2, NumberOfMergesDone: 1 },
        }
      : {}),
  };
});

/**
 * List positions newest first, written out rather than computed: the two planted jobs, then the
 * rest in list order (their start times fall with position), and the undated job last.
 */
export const NEWEST_FIRST_ORDER: readonly number[] = [
  NEWEST_INDEX,
  NEWEST_COMPLETED_INDEX,
  ...Array.from({ length: JOB_COUNT }, (_, index) => index).filter(
    (index) => ![NEWEST_INDEX, NEWEST_COMPLETED_INDEX, UNDATED_INDEX].includes(index),
  ),
  UNDATED_INDEX,
];
