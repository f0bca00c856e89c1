/** `startEmulator`: the HTTP server, its state, and the handle tests use to drive it. */
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import type { EmulatorSeed, SeedCredential, SeedJob } from "./seed";
import type { EmulatorRequestRecord } from "./requestLog";
import { DEFAULT_CREDENTIALS, DEFAULT_REGION } from "./defaults";
import { DEMO_SEED } from "./demoSeed";
import { loadSeedFile } from "./seedFile";
import { validateJob, validateSeed } from "./seedValidation";
import { invalid } from "./shape";
import { DOMAIN_NAME_RULE, isDomainName } from "./model";
import { JobStore } from "./store";
import { PageTokens } from "./pagination";
import { RequestLog } from "./requestLog";
import { createRequestHandler } from "./handler";
import { RateThrottle, type ThrottleOptions } from "./throttle";

/** How to start the emulator. */
export interface EmulatorOptions {
  /**
   * TCP port to listen on.
   * @default 0 (an ephemeral port; read it from `endpoint`)
   */
  readonly port?: number;
  /**
   * The state to serve: a seed object, or the path of a seed JSON file.
   * @default DEMO_SEED
   */
  readonly seed?: EmulatorSeed | string;
  /**
   * Interface to listen on.
   * @default "127.0.0.1"
   */
  readonly host?: string;
  /**
   * Clock for timelines, in epoch milliseconds, so a test or benchmark can run virtual time.
   * Signatures are always checked against real time.
   * @default Date.now
   */
  readonly now?: () => number;
  /**
   * Serve authenticated requests at most at this fixed rate (a token bucket on the real clock,
   * full at start) and answer the rest with 429 ThrottlingException, as a rate-limited AWS API does.
   * Applies after authentication and before seeded faults.
   * @default no throttle
   */
  readonly throttle?: ThrottleOptions;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL for clients, e.g. `http://127.0.0.1:43117`. */
  readonly endpoint: string;
  /** The region to configure clients with (`us-east-1`). */
  readonly region: string;
  /** The first accepted key pair (the seed's first credential, or {@link DEFAULT_CREDENTIALS}). */
  readonly credentials: SeedCredential;
  /**
   * Adds or replaces a job, validated like a seeded one; its timeline starts now. Creates the domain if missing.
   * @throws SeedValidationError naming the offending field.
   */
  putJob(domainName: string, job: SeedJob): void;
  /** Removes a job; returns whether it existed. */
  deleteJob(domainName: string, jobId: string): boolean;
  /** Every answered request so far, in arrival order. */
  requests(): readonly EmulatorRequestRecord[];
  /** Closes the server and every open connection (keep-alive too); resolves once closed. */
  stop(): Promise<void>;
}

/**
 * Starts the emulator.
 * @throws SeedValidationError for an invalid seed; Error (one line) when the port or host cannot be used.
 * @example
 * const emulator = await startEmulator();
 * const client = new CustomerProfilesClient({ endpoint: emulator.endpoint, region: emulator.region, credentials: emulator.credentials });
 * await emulator.stop();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const seed =
    typeof options.seed === "string" ? loadSeedFile(options.seed) : validateSeed(options.seed ?? DEMO_SEED);
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  const now = options.now ?? Date.now;
  const credentials = seed.credentials ?? [DEFAULT_CREDENTIALS];
  const store = new JobStore(seed, now);
  const log = new RequestLog();
  const throttle = options.throttle === undefined ? undefined : new RateThrottle(options.throttle);
  const stopping = new AbortController();
  const handler = createRequestHandler({
    store,
    log,
    now,
    credentials,
    tokens: new PageTokens(),
    sleep: (ms) => delay(ms, undefined, { signal: stopping.signal }),
    stopped: stopping.signal,
    ...(throttle ? { throttle } : {}),
  });
  const server = createServer(handler);
  await listen(server, port, host);
  const closed = new Promise<void>((resolve) => server.once("close", resolve));
  return {
    endpoint: `http://${endpointHost(host)}:${(server.address() as AddressInfo).port}`,
    region: DEFAULT_REGION,
    // A copy: the SDK tags the credential objects it is given.
    credentials: { ...credentials[0] },
    putJob: (domainName, job) =>
      store.putJob(checkDomainName(domainName), validateJob(job, domainName, "putJob job")),
    deleteJob: (domainName, jobId) => store.deleteJob(domainName, jobId),
    requests: () => log.records(),
    stop: () => {
      if (!stopping.signal.aborted) {
        stopping.abort();
        server.close();
        server.closeAllConnections();
      }
      return closed;
    },
  };
}

function checkDomainName(domainName: string): string {
  if (!isDomainName(domainName)) {
    invalid("putJob domainName", domainName, `a domain name of ${DOMAIN_NAME_RULE}`);
  }
  return domainName;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new Error(listenFailure(error, port, host)));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function listenFailure(error: NodeJS.ErrnoException, port: number, host: string): string {
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${port} is already in use`;
    case "EACCES":
      return `port ${port} needs elevated privileges; choose a port above 1023`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `host ${host} is not an address of this machine`;
    default:
      return `cannot listen on ${host}:${port} (${error.code ?? error.message})`;
  }
}

// Wildcard listeners are reached through loopback; IPv6 literals need brackets in a URL.
function endpointHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}
