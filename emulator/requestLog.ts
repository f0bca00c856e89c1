/** The record of every request, kept in arrival order for tests and benchmarks. */

/** The operation a request addressed; `Unknown` for any other method or path. */
export type EmulatorOperation = "GetIdentityResolutionJob" | "ListIdentityResolutionJobs" | "Unknown";

/** One answered request. */
export interface EmulatorRequestRecord {
  readonly operation: EmulatorOperation;
  /** The domain label, percent-decoded (present for the two operations, even when invalid). */
  readonly domainName?: string;
  /** The job id label, percent-decoded (GetIdentityResolutionJob only). */
  readonly jobId?: string;
  /** The HTTP status sent; 0 when a `Reset` fault destroyed the connection instead. */
  readonly statusCode: number;
  /** The `x-amzn-errortype` sent, for error responses. */
  readonly errorType?: string;
  /** The `x-amzn-requestid` sent. */
  readonly requestId: string;
}

/** Records requests in arrival order, each filled in once its answer is sent. */
export class RequestLog {
  private readonly slots: (EmulatorRequestRecord | undefined)[] = [];

  /** Reserves the next place in arrival order; the returned function fills it. */
  arrive(): (record: EmulatorRequestRecord) => void {
    const index = this.slots.push(undefined) - 1;
    return (record) => {
      this.slots[index] = Object.freeze(record);
    };
  }

  /** The answered requests so far, in arrival order (still-pending ones are left out). */
  records(): readonly EmulatorRequestRecord[] {
    return Object.freeze(this.slots.filter((record) => record !== undefined));
  }
}
