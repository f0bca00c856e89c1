/** The request pipeline: route, authenticate, run the operation, record the outcome. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { SeedCredential } from "./seed";
import type { JobStore } from "./store";
import type { PageTokens } from "./pagination";
import type { RequestLog } from "./requestLog";
import type { RateThrottle } from "./throttle";
import type { Outcome } from "./wire";
import type { Route, RequestTarget } from "./routes";
import { decode, matchRoute, parseTarget } from "./routes";
import { verifySignature } from "./sigv4";
import { sendError } from "./wire";
import { getJob, listJobs } from "./operations";

/** The emulator state a request handler works on. */
export interface HandlerContext {
  readonly store: JobStore;
  readonly tokens: PageTokens;
  readonly credentials: readonly SeedCredential[];
  readonly log: RequestLog;
  /** The timeline clock, epoch milliseconds. */
  readonly now: () => number;
  /** Waits for fault delays; rejects once `stopped` aborts. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Aborted when the emulator stops; pending delayed answers are then dropped. */
  readonly stopped: AbortSignal;
  /** The fixed-rate throttle for authenticated requests, when the emulator has one. */
  readonly throttle?: RateThrottle;
}

/** A `node:http` request listener serving both operations. */
export function createRequestHandler(
  context: HandlerContext,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(req, res, context);
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, context: HandlerContext): Promise<void> {
  const requestId = randomUUID();
  const record = context.log.arrive();
  const target = parseTarget(req.url ?? "/");
  const route = matchRoute(req.method, target.path);
  let outcome: Outcome;
  try {
    outcome = await respond(req, res, requestId, target, route, context);
  } catch (error) {
    if (context.stopped.aborted || res.headersSent) return;
    outcome = sendError(
      res,
      requestId,
      "InternalServerException",
      `Emulator failure: ${(error as Error).message}`,
    );
  }
  record({ operation: route?.operation ?? "Unknown", ...labels(route), ...outcome, requestId });
}

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  target: RequestTarget,
  route: Route | undefined,
  context: HandlerContext,
): Promise<Outcome> {
  if (route === undefined) {
    const shownPath = target.path.length > 200 ? `${target.path.slice(0, 200)}...` : target.path;
    return sendError(
      res,
      requestId,
      "UnknownOperationException",
      `No operation matches ${req.method} ${shownPath}`,
    );
  }
  // Signatures are checked against real time even when timelines run on a virtual clock.
  const authFailure = await verifySignature(req, target, context.credentials, Date.now());
  if (authFailure !== undefined) return sendError(res, requestId, authFailure.errorType, authFailure.message);
  // Like AWS, only callers who proved who they are spend from the rate.
  if (context.throttle?.admit() === false) {
    return sendError(res, requestId, "ThrottlingException", "Rate exceeded");
  }
  const operationContext = { ...context, res, requestId };
  return route.operation === "GetIdentityResolutionJob"
    ? getJob(route.domainLabel, route.jobIdLabel, operationContext)
    : listJobs(route.domainLabel, target.query, operationContext);
}

function labels(route: Route | undefined): { domainName?: string; jobId?: string } {
  if (route === undefined) return {};
  const domainName = decode(route.domainLabel);
  return route.operation === "GetIdentityResolutionJob"
    ? { domainName, jobId: decode(route.jobIdLabel) }
    : { domainName };
}
