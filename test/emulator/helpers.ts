// Shared wiring for the emulator tests: an SDK client pointed at a running emulator, and a raw signed
// HTTP request for what the SDK cannot send (odd paths, other methods, skewed clocks, wrong scopes).
import { request } from "node:http";
import { Sha256 } from "@aws-crypto/sha256-js";
import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { RunningEmulator, SeedCredential } from "@customer-profiles/identity-resolution/emulator";

/** An SDK client for `emulator`, one attempt only so every error surfaces as sent. */
export function clientFor(
  emulator: RunningEmulator,
  overrides: { credentials?: SeedCredential; region?: string; maxAttempts?: number } = {},
): CustomerProfilesClient {
  return new CustomerProfilesClient({
    endpoint: emulator.endpoint,
    region: overrides.region ?? emulator.region,
    credentials: overrides.credentials ?? emulator.credentials,
    maxAttempts: overrides.maxAttempts ?? 1,
  });
}

/** A raw response. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** How to send a raw request; by default a GET signed with the emulator's key, now, for `profile`. */
export interface RawOptions {
  readonly method?: string;
  readonly query?: Readonly<Record<string, string | string[]>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Headers set after signing, to tamper with a signed request. */
  readonly afterSigning?: Readonly<Record<string, string>>;
  /** `false` sends no Authorization header. */
  readonly sign?: false | { credentials?: SeedCredential; service?: string; signingDate?: Date };
}

/** Where a raw request goes: a running emulator, or one the CLI started in another process. */
export type RawTarget = Pick<RunningEmulator, "endpoint" | "region" | "credentials">;

/** Sends `path` exactly as given (no normalization), signed as the SDK would sign it. */
export async function rawRequest(
  emulator: RawTarget,
  path: string,
  options: RawOptions = {},
): Promise<RawResponse> {
  const url = new URL(emulator.endpoint);
  const query = options.query ?? {};
  const pairs = Object.entries(query).flatMap(([key, values]) =>
    [values].flat().map((value): [string, string] => [key, value]),
  );
  const search = new URLSearchParams(pairs).toString().replace(/\+/g, "%20");
  let headers: Record<string, string> = { host: url.host, ...options.headers };
  if (options.sign !== false) {
    const signer = new SignatureV4({
      service: options.sign?.service ?? "profile",
      region: emulator.region,
      credentials: options.sign?.credentials ?? emulator.credentials,
      sha256: Sha256,
    });
    const unsigned = new HttpRequest({ method: options.method ?? "GET", path, query: { ...query }, headers });
    const signed = await signer.sign(unsigned, { signingDate: options.sign?.signingDate });
    headers = { ...signed.headers, ...options.afterSigning };
  }
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path: search === "" ? path : `${path}?${search}`,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** The RFC 4122 shape AWS request ids have. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A valid job id made from a number, so tests can create many distinct ones. */
export function jobIdOf(n: number): string {
  return n.toString(16).padStart(32, "0");
}
