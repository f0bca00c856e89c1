/** The program of the engine-scale benchmark: N resources of one kind, chosen by stack config. */
import { RESULT_KEYS } from "../provider/resource/props";
import { REPO_ROOT } from "../scripts/localEngine";
import { BENCH_DOMAIN } from "./seeds";

/**
 * Which resources a stack holds: the library's `IdentityResolutionJob`s; no-op dynamic resources
 * of the same shape (same inputs, the same 14 declared outputs, and a provider that returns
 * outputs of the same size without any API call); no-ops that declare those outputs but whose
 * provider returns only the inputs; or bare no-op dynamic resources (the same two inputs, no
 * declared outputs, a provider that returns the inputs).
 */
export type ResourceKind = "job" | "shape" | "declared" | "noop";

/** Every kind, in the order a first repetition runs them. */
export const RESOURCE_KINDS: readonly ResourceKind[] = ["job", "shape", "declared", "noop"];

/** Name prefix of each kind's resources in the stack. */
export const RESOURCE_PREFIX: Record<ResourceKind, string> = {
  job: "job-",
  shape: "shape-",
  declared: "declared-",
  noop: "noop-",
};

/**
 * The program: stack config `count` resources of `kind`, resource `i` for job `i` of the benchmark
 * domain (see seeds.ts; the same-shape no-op rebuilds that job's outputs itself). The library is
 * required from this repository (its package root).
 */
export function engineProgram(): string {
  return `
const pulumi = require("@pulumi/pulumi");
const config = new pulumi.Config();
const count = config.requireNumber("count");
const kind = config.require("kind");
const jobId = (i) => i.toString(16).padStart(32, "0");
const args = (i) => ({ domainName: "${BENCH_DOMAIN}", jobId: jobId(i) });
// The job's 14 outputs, declared (as a resource class does) but not given.
const declared = Object.fromEntries(${JSON.stringify(RESULT_KEYS)}.map((key) => [key, undefined]));
if (kind === "job") {
  const { IdentityResolutionJob } = require(${JSON.stringify(REPO_ROOT)});
  for (let i = 0; i < count; i++) new IdentityResolutionJob("${RESOURCE_PREFIX.job}" + i, args(i));
} else if (kind === "shape") {
  const provider = {
    async create(inputs) {
      const i = parseInt(inputs.jobId, 16);
      const start = 1767225600 + i * 3600;
      const iso = (seconds) => new Date(seconds * 1000).toISOString();
      const key = "runs/" + inputs.jobId + "/";
      const outs = {
        domainName: inputs.domainName, jobId: inputs.jobId, status: "COMPLETED",
        jobStartTime: iso(start), jobEndTime: iso(start + 1800.5), lastUpdatedAt: iso(start + 1800.5),
        jobExpirationTime: iso(start + 30 * 86400),
        autoMerging: {
          enabled: true,
          consolidation: { matchingAttributesList: [["EmailAddress"], ["FirstName", "LastName", "PhoneNumber"]] },
          conflictResolution: { conflictResolvingModel: "SOURCE", sourceName: "crm" },
          minAllowedConfidenceScoreForMerging: 0.85,
        },
        exportingLocation: { s3Exporting: { s3BucketName: "bench-exports", s3KeyName: key } },
        jobStats: { numberOfProfilesReviewed: 100000, numberOfMatchesFound: 420, numberOfMergesDone: 400 },
        exportS3BucketName: "bench-exports", exportS3KeyName: key, exportS3Uri: "s3://bench-exports/" + key,
      };
      return { id: "shape-" + inputs.jobId, outs };
    },
  };
  class Shape extends pulumi.dynamic.Resource {
    constructor(name, props) { super(provider, name, { ...declared, ...props }, undefined, "bench", "Shape"); }
  }
  for (let i = 0; i < count; i++) new Shape("${RESOURCE_PREFIX.shape}" + i, args(i));
} else {
  const provider = { async create(inputs) { return { id: "noop-" + inputs.jobId, outs: inputs }; } };
  class Noop extends pulumi.dynamic.Resource {
    constructor(name, props) { super(provider, name, props, undefined, "bench", "Noop"); }
  }
  if (kind === "declared") {
    for (let i = 0; i < count; i++) new Noop("${RESOURCE_PREFIX.declared}" + i, { ...declared, ...args(i) });
  } else {
    for (let i = 0; i < count; i++) new Noop("${RESOURCE_PREFIX.noop}" + i, args(i));
  }
}
`;
}
