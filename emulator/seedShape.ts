/** The seed contract as {@link Shape}s: types and per-field rules (cross-field rules live in seedRules.ts). */
import type { Shape } from "./shape";
import { DOMAIN_NAME_RULE, JOB_ID_PATTERN, JOB_ID_RULE, isDomainName } from "./model";
import { FAULT_ERRORS } from "./seed";

const text: Shape = { kind: "string", rule: "a string" };
const nonEmptyText: Shape = { kind: "string", rule: "a non-empty string", test: (value) => value.length > 0 };
const epochSeconds: Shape = { kind: "number", rule: "a number of epoch seconds", test: Number.isFinite };
const count: Shape = {
  kind: "number",
  rule: "a non-negative integer of at most 9007199254740991",
  test: (value) => Number.isSafeInteger(value) && value >= 0,
};
const positiveSeconds: Shape = {
  kind: "number",
  rule: "a positive number of seconds",
  test: (value) => Number.isFinite(value) && value > 0,
};

const faultNames = Object.values(FAULT_ERRORS);
const FAULT_SHAPE: Shape = {
  kind: "structure",
  members: {
    Error: {
      kind: "string",
      rule: `one of ${faultNames.join(", ")}`,
      test: (value) => (faultNames as readonly string[]).includes(value),
    },
    Times: {
      kind: "number",
      rule: "a positive integer",
      test: (value) => Number.isSafeInteger(value) && value > 0,
    },
    DelayMs: {
      kind: "number",
      rule: "a non-negative number of milliseconds",
      test: (value) => Number.isFinite(value) && value >= 0,
    },
  },
  required: ["Error", "Times"],
};

/** A list of faults (at least one entry when present). */
const FAULTS_SHAPE: Shape = { kind: "list", item: FAULT_SHAPE, minItems: 1 };

/** One seeded job: the GetIdentityResolutionJob wire form plus `Timeline` and `Faults`. */
export const JOB_SHAPE: Shape = {
  kind: "structure",
  members: {
    DomainName: text,
    JobId: { kind: "string", rule: JOB_ID_RULE, test: (value) => JOB_ID_PATTERN.test(value) },
    Status: nonEmptyText,
    Message: text,
    JobStartTime: epochSeconds,
    JobEndTime: epochSeconds,
    LastUpdatedAt: epochSeconds,
    JobExpirationTime: epochSeconds,
    AutoMerging: {
      kind: "structure",
      members: {
        Enabled: { kind: "boolean" },
        Consolidation: {
          kind: "structure",
          members: { MatchingAttributesList: { kind: "list", item: { kind: "list", item: text } } },
        },
        ConflictResolution: {
          kind: "structure",
          members: { ConflictResolvingModel: text, SourceName: text },
        },
        MinAllowedConfidenceScoreForMerging: {
          kind: "number",
          rule: "a finite number",
          test: Number.isFinite,
        },
      },
    },
    ExportingLocation: {
      kind: "structure",
      members: { S3Exporting: { kind: "structure", members: { S3BucketName: text, S3KeyName: text } } },
    },
    JobStats: {
      kind: "structure",
      members: { NumberOfProfilesReviewed: count, NumberOfMatchesFound: count, NumberOfMergesDone: count },
    },
    Timeline: {
      kind: "list",
      minItems: 1,
      item: {
        kind: "structure",
        members: { Status: nonEmptyText, Seconds: positiveSeconds },
        required: ["Status"],
      },
    },
    Faults: FAULTS_SHAPE,
  },
  required: ["JobId"],
};

/** The whole seed file. */
export const SEED_SHAPE: Shape = {
  kind: "structure",
  members: {
    credentials: {
      kind: "list",
      minItems: 1,
      item: {
        kind: "structure",
        members: { accessKeyId: nonEmptyText, secretAccessKey: nonEmptyText, sessionToken: nonEmptyText },
        required: ["accessKeyId", "secretAccessKey"],
        // The SDK tags credential objects it has used with "$source"; such objects must still be accepted.
        ignoreUnknown: true,
      },
    },
    domains: {
      kind: "map",
      keyRule: `a domain name of ${DOMAIN_NAME_RULE}`,
      keyTest: isDomainName,
      value: {
        kind: "structure",
        members: { jobs: { kind: "list", item: JOB_SHAPE }, Faults: FAULTS_SHAPE },
        required: ["jobs"],
      },
    },
  },
  required: ["domains"],
};
