/**
 * A local emulator of Amazon Connect Customer Profiles' GetIdentityResolutionJob and
 * ListIdentityResolutionJobs, for tests, demos and benchmarks. See README.md in this folder.
 */
export { startEmulator } from "./server";
export type { EmulatorOptions, RunningEmulator } from "./server";
export type { EmulatorOperation, EmulatorRequestRecord } from "./requestLog";
export type { ThrottleOptions } from "./throttle";
export { FAULT_ERRORS } from "./seed";
export type {
  EmulatorSeed,
  SeedAutoMerging,
  SeedCredential,
  SeedDomain,
  SeedExportingLocation,
  SeedFault,
  SeedFaultError,
  SeedJob,
  SeedJobStats,
  SeedTimelineEntry,
  WireJob,
} from "./seed";
export { loadSeedFile } from "./seedFile";
export { validateSeed } from "./seedValidation";
export { SeedValidationError } from "./shape";
export { DEFAULT_CREDENTIALS, DEFAULT_REGION } from "./defaults";
export {
  DEMO_COMPLETED_JOB_ID,
  DEMO_DOMAIN,
  DEMO_EXPORT_BUCKET,
  DEMO_FAILED_JOB_ID,
  DEMO_RUNNING_JOB_ID,
  DEMO_SEED,
} from "./demoSeed";
