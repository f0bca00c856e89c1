/** Scripted faults: which one the next request gets, and how it is served. */
import type { ServerResponse } from "node:http";
import type { SeedFault } from "./seed";
import type { Outcome } from "./wire";
import { sendError, sendJson, sendRaw } from "./wire";

/** A seed's fault list, consumed in order: each entry serves `Times` requests, then the next. */
export class FaultQueue {
  private index = 0;
  private used = 0;

  constructor(private readonly faults: readonly SeedFault[] = []) {}

  /** The fault for the next request (consuming it), or `undefined` once every entry is used up. */
  take(): SeedFault | undefined {
    const fault = this.faults[this.index];
    if (fault === undefined) return undefined;
    this.used += 1;
    if (this.used >= fault.Times) {
      this.index += 1;
      this.used = 0;
    }
    return fault;
  }
}

/** What a response needs besides the fault: where to write and the normal answer. */
export interface FaultContext {
  readonly res: ServerResponse;
  readonly requestId: string;
  /** The operation name, for the AccessDenied message. */
  readonly operation: string;
  /** Builds the normal body; called after any delay so timelines reflect the moment of answering. */
  readonly body: () => unknown;
  /** Waits (rejects when the emulator stops). */
  readonly sleep: (ms: number) => Promise<void>;
}

/** Serves the normal answer, or the fault's replacement for it, after the fault's `DelayMs`. */
export async function serveWithFault(fault: SeedFault | undefined, context: FaultContext): Promise<Outcome> {
  const { res, requestId } = context;
  if (fault?.DelayMs) await context.sleep(fault.DelayMs);
  switch (fault?.Error) {
    case undefined:
    case "Delay":
      return sendJson(res, requestId, context.body());
    case "ThrottlingException":
      return sendError(res, requestId, "ThrottlingException", "Rate exceeded");
    case "InternalServerException":
      return sendError(res, requestId, "InternalServerException", "Internal service error; please retry.");
    case "AccessDeniedException":
      return sendError(
        res,
        requestId,
        "AccessDeniedException",
        `Not authorized to perform profile:${context.operation}`,
      );
    case "Reset":
      res.socket?.destroy();
      return { statusCode: 0 };
    case "Malformed": {
      const text = JSON.stringify(context.body());
      return sendRaw(res, requestId, 200, "application/json", text.slice(0, Math.ceil(text.length / 2)));
    }
    case "WrongContentType":
      return sendRaw(res, requestId, 200, "text/html", "<html><body><h1>Bad Gateway</h1></body></html>");
  }
}
