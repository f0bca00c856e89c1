// Newest-job selection on mapped summaries (pickNewest, compareStart, withStatus, noMatchingJob).
// Pure functions over plain objects: nothing here involves a client, so nothing about how the
// service orders or pages its list is proved here (see lookupJob.test.ts and listJobs.test.ts).
import { NoMatchingJobError } from "../../provider";
import { withStatus } from "../../provider/lookup/listJobs";
import { compareStart, noMatchingJob, pickNewest } from "../../provider/lookup/newestJob";
import type { IdentityResolutionJobSummary } from "../../provider/result";
import { DOMAIN } from "./fixtures";

const id = (digit: string) => digit.repeat(32);
const job = (jobId: string, jobStartTime?: string, status?: string): IdentityResolutionJobSummary => ({
  domainName: DOMAIN,
  jobId,
  ...(jobStartTime ? { jobStartTime } : {}),
  ...(status ? { status } : {}),
});

const OLD = job(id("1"), "2023-10-01T00:00:00.000Z", "COMPLETED");
const MID = job(id("2"), "2023-11-01T00:00:00.000Z", "FAILED");
const NEW = job(id("3"), "2023-11-20T00:00:00.000Z", "PENDING");

describe("pickNewest", () => {
  test.each<[string, IdentityResolutionJobSummary[], string | undefined]>([
    ["newest first", [NEW, MID, OLD], NEW.jobId],
    ["newest last", [OLD, MID, NEW], NEW.jobId],
    ["newest in the middle", [MID, NEW, OLD], NEW.jobId],
    ["one job", [OLD], OLD.jobId],
    ["no jobs", [], undefined],
    [
      "a millisecond apart",
      [job(id("9"), "2023-11-20T00:00:00.000Z"), job(id("1"), "2023-11-20T00:00:00.001Z")],
      id("1"),
    ],
    [
      "tie: greater id wins, listed first",
      [job(id("b"), "2023-11-20T00:00:00.000Z"), job(id("a"), "2023-11-20T00:00:00.000Z")],
      id("b"),
    ],
    [
      "tie: greater id wins, listed last",
      [job(id("a"), "2023-11-20T00:00:00.000Z"), job(id("b"), "2023-11-20T00:00:00.000Z")],
      id("b"),
    ],
    ["a job without start time never beats one with", [job(id("f")), OLD, job(id("e"))], OLD.jobId],
    ["only jobs without start time: greater id", [job(id("c")), job(id("d")), job(id("a"))], id("d")],
  ])("%s", (_name, jobs, expected) => {
    expect(pickNewest(jobs)?.jobId).toBe(expected);
  });

  test("the answer does not depend on list order", () => {
    const jobs = [OLD, MID, NEW, job(id("0")), job(id("4"), NEW.jobStartTime)];
    const orders = [jobs, [...jobs].reverse(), [jobs[2]!, jobs[4]!, jobs[0]!, jobs[3]!, jobs[1]!]];
    expect(orders.map((order) => pickNewest(order)?.jobId)).toEqual([id("4"), id("4"), id("4")]);
  });
});

describe("compareStart", () => {
  test.each<[string, IdentityResolutionJobSummary, IdentityResolutionJobSummary, number]>([
    ["later start", NEW, OLD, 1],
    ["earlier start", OLD, NEW, -1],
    ["same start, greater id", job(id("b"), OLD.jobStartTime), job(id("a"), OLD.jobStartTime), 1],
    ["same start, smaller id", job(id("a"), OLD.jobStartTime), job(id("b"), OLD.jobStartTime), -1],
    ["same job", OLD, OLD, 0],
    ["no start against a start", job(id("f")), OLD, -1],
    ["a start against no start", OLD, job(id("f")), 1],
    ["neither has a start", job(id("a")), job(id("b")), -1],
  ])("%s", (_name, a, b, expected) => {
    expect(compareStart(a, b)).toBe(expected);
  });

  test("sorting with it orders oldest first, jobs without a start before all", () => {
    const sorted = [NEW, job(id("0")), OLD, MID].sort(compareStart).map((j) => j.jobId);
    expect(sorted).toEqual([id("0"), OLD.jobId, MID.jobId, NEW.jobId]);
  });
});

describe("withStatus", () => {
  const NO_STATUS = job(id("5"), "2023-12-01T00:00:00.000Z");
  const ALL = [OLD, MID, NEW, NO_STATUS];

  test.each<[string, string[] | undefined, string[]]>([
    ["no filter keeps every job, in order", undefined, [OLD.jobId, MID.jobId, NEW.jobId, NO_STATUS.jobId]],
    ["one status", ["FAILED"], [MID.jobId]],
    ["two statuses", ["COMPLETED", "PENDING"], [OLD.jobId, NEW.jobId]],
    ["a status no job has", ["MERGING"], []],
  ])("%s", (_name, status, expected) => {
    expect(withStatus(ALL, status).map((j) => j.jobId)).toEqual(expected);
  });

  test("returns a new list, never the input", () => {
    const copy = withStatus(ALL);
    expect(copy).not.toBe(ALL);
    expect(copy).toEqual(ALL);
  });

  test("newest with a status: the filter applies before the pick", () => {
    expect(pickNewest(withStatus(ALL, ["COMPLETED", "FAILED"]))?.jobId).toBe(MID.jobId);
  });
});

describe("noMatchingJob", () => {
  const TAIL =
    "Jobs run on the domain's schedule once identity resolution is enabled; pass jobId to look up a specific job, or widen the status filter.";

  test.each<[string, string[] | undefined, number, string]>([
    [
      "no filter, no jobs",
      undefined,
      0,
      `Domain '${DOMAIN}' (eu-west-2) has no identity resolution job. ${TAIL}`,
    ],
    [
      "one status, one other job",
      ["COMPLETED"],
      1,
      `Domain '${DOMAIN}' (eu-west-2) has no identity resolution job with status COMPLETED (it has 1 job in other statuses). ${TAIL}`,
    ],
    [
      "two statuses, three other jobs",
      ["COMPLETED", "PARTIAL_SUCCESS"],
      3,
      `Domain '${DOMAIN}' (eu-west-2) has no identity resolution job with status COMPLETED or PARTIAL_SUCCESS (it has 3 jobs in other statuses). ${TAIL}`,
    ],
  ])("%s", (_name, status, total, message) => {
    const error = noMatchingJob(DOMAIN, "eu-west-2", status, total);
    expect(error).toBeInstanceOf(NoMatchingJobError);
    expect(error.name).toBe("NoMatchingJobError");
    expect(error.message).toBe(message);
    expect({ ...error }).toEqual({
      name: "NoMatchingJobError",
      operation: "ListIdentityResolutionJobs",
      domainName: DOMAIN,
    });
  });
});
