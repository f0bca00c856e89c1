/** The emulator's mutable state: domains, their jobs in insertion order, clocks and fault queues. */
import type { EmulatorSeed, SeedJob } from "./seed";
import { FaultQueue } from "./faults";

/** A job as stored: its seed entry, when its timeline started, and its Get faults. */
export interface StoredJob {
  readonly job: SeedJob;
  /** Epoch milliseconds its timeline is played from (emulator start, or the `putJob` call). */
  readonly startMs: number;
  readonly faults: FaultQueue;
}

/** A domain as stored: jobs by id (a Map keeps insertion order) and its List faults. */
export interface StoredDomain {
  readonly jobs: Map<string, StoredJob>;
  readonly faults: FaultQueue;
}

/** Holds validated seed data; every job added is assumed already validated. */
export class JobStore {
  private readonly domains = new Map<string, StoredDomain>();

  constructor(
    seed: EmulatorSeed,
    private readonly now: () => number,
  ) {
    const startMs = now();
    for (const [domainName, domain] of Object.entries(seed.domains)) {
      const jobs = new Map(domain.jobs.map((job) => [job.JobId, this.stored(job, startMs)]));
      this.domains.set(domainName, { jobs, faults: new FaultQueue(domain.Faults) });
    }
  }

  /** The domain, or `undefined` when it does not exist. */
  domain(domainName: string): StoredDomain | undefined {
    return this.domains.get(domainName);
  }

  /** Adds or replaces a job (a replaced job keeps its list position); creates the domain if missing. */
  putJob(domainName: string, job: SeedJob): void {
    let domain = this.domains.get(domainName);
    if (domain === undefined) {
      domain = { jobs: new Map(), faults: new FaultQueue() };
      this.domains.set(domainName, domain);
    }
    domain.jobs.set(job.JobId, this.stored(job, this.now()));
  }

  /** Removes a job; returns whether it existed. */
  deleteJob(domainName: string, jobId: string): boolean {
    return this.domains.get(domainName)?.jobs.delete(jobId) ?? false;
  }

  private stored(job: SeedJob, startMs: number): StoredJob {
    return { job, startMs, faults: new FaultQueue(job.Faults) };
  }
}
