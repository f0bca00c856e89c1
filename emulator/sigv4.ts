/** SigV4 verification: the signature is recomputed with the SDK's own signer and compared in constant time. */
import type { IncomingMessage } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { RequestTarget } from "./routes";
import type { SeedCredential } from "./seed";
import type { ErrorType } from "./wire";

/** The SigV4 signing name of Customer Profiles. */
const SIGNING_SERVICE = "profile";

const MAX_SKEW_MS = 5 * 60 * 1000;

/** Why a request was not authenticated: the AWS error to send. */
export interface AuthFailure {
  readonly errorType: ErrorType;
  readonly message: string;
}

interface Authorization {
  readonly accessKeyId: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/**
 * Checks the request's `Authorization` header against `credentials`, with `nowMs` (real time) for the
 * 5-minute clock-skew window.
 * @returns `undefined` when the request is authentic, else the error to answer with.
 */
export async function verifySignature(
  req: IncomingMessage,
  target: RequestTarget,
  credentials: readonly SeedCredential[],
  nowMs: number,
): Promise<AuthFailure | undefined> {
  const header = headerValue(req, "authorization");
  if (header === undefined) {
    return failure("MissingAuthenticationTokenException", "Missing Authentication Token");
  }
  const auth = parseAuthorization(header);
  if (typeof auth === "string") return failure("IncompleteSignatureException", auth);
  const credential = credentials.find((candidate) => candidate.accessKeyId === auth.accessKeyId);
  if (credential === undefined || headerValue(req, "x-amz-security-token") !== credential.sessionToken) {
    return failure("UnrecognizedClientException", "The security token included in the request is invalid.");
  }
  if (auth.service !== SIGNING_SERVICE) {
    return failure(
      "InvalidSignatureException",
      `Credential should be scoped to correct service: '${SIGNING_SERVICE}'.`,
    );
  }
  const amzDate = headerValue(req, "x-amz-date") ?? "";
  const signedAtMs = parseAmzDate(amzDate);
  if (signedAtMs === undefined) {
    return failure(
      "IncompleteSignatureException",
      "Authorization requires an 'X-Amz-Date' header of the form yyyyMMddTHHmmssZ.",
    );
  }
  if (Math.abs(signedAtMs - nowMs) > MAX_SKEW_MS) {
    return failure("InvalidSignatureException", expiredMessage(amzDate, signedAtMs, nowMs));
  }
  const expected = await expectedSignature(req, target, auth, credential, new Date(signedAtMs));
  if (!sameText(expected, auth.signature)) {
    return failure(
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
    );
  }
  return undefined;
}

// Rebuilds the request from what was received (raw path, query, only the signed headers) and signs it.
async function expectedSignature(
  req: IncomingMessage,
  target: RequestTarget,
  auth: Authorization,
  credential: SeedCredential,
  signingDate: Date,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = headerValue(req, name);
    if (value !== undefined) headers[name] = value;
  }
  const request = new HttpRequest({
    method: req.method,
    path: target.path,
    query: { ...target.query },
    headers,
  });
  const signer = new SignatureV4({
    service: auth.service,
    region: auth.region,
    // The token, when signed, is already among the headers; the signer must not add it again.
    credentials: { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey },
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(request, { signingDate, signableHeaders: new Set(auth.signedHeaders) });
  return /Signature=([0-9a-f]+)$/.exec(String(signed.headers.authorization))?.[1] ?? "";
}

function parseAuthorization(header: string): Authorization | string {
  const prefix = "AWS4-HMAC-SHA256 ";
  if (!header.startsWith(prefix)) return "Authorization header must use the AWS4-HMAC-SHA256 algorithm.";
  const fields = new Map<string, string>();
  for (const part of header.slice(prefix.length).split(",")) {
    const field = /^\s*(\w+)=(.*?)\s*$/.exec(part);
    if (field !== null) fields.set(field[1], field[2]);
  }
  const scope = (fields.get("Credential") ?? "").split("/");
  const [accessKeyId, date, region, service, terminator] = scope;
  const signedHeaders = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (!accessKeyId || !date || !region || !service || terminator !== "aws4_request" || scope.length !== 5) {
    return "Authorization header requires a 'Credential' of the form <key id>/<yyyyMMdd>/<region>/<service>/aws4_request.";
  }
  if (!signedHeaders || !signature) {
    return "Authorization header requires 'SignedHeaders' and 'Signature' parameters.";
  }
  return { accessKeyId, region, service, signedHeaders: signedHeaders.split(";"), signature };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function parseAmzDate(text: string): number | undefined {
  const iso = text.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z");
  const ms = Date.parse(iso);
  // Date.parse rolls "February 30" over; only a date that formats back to itself is real.
  return Number.isFinite(ms) && formatAmzDate(ms) === text ? ms : undefined;
}

// AWS's wording, with "Signature expired" on both sides of the window.
function expiredMessage(amzDate: string, signedAtMs: number, nowMs: number): string {
  const now = formatAmzDate(nowMs);
  return signedAtMs < nowMs
    ? `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(nowMs - MAX_SKEW_MS)} (${now} - 5 min.)`
    : `Signature expired: ${amzDate} is now later than ${formatAmzDate(nowMs + MAX_SKEW_MS)} (${now} + 5 min.)`;
}

function formatAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function failure(errorType: ErrorType, message: string): AuthFailure {
  return { errorType, message };
}
