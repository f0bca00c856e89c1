/** Writing restJson1 responses the way AWS sends them: JSON bodies, a request id, typed errors. */
import type { ServerResponse } from "node:http";

/** Every error the emulator sends, with the HTTP status AWS uses for it. */
const ERROR_STATUS = {
  BadRequestException: 400,
  IncompleteSignatureException: 400,
  AccessDeniedException: 403,
  InvalidSignatureException: 403,
  MissingAuthenticationTokenException: 403,
  UnrecognizedClientException: 403,
  ResourceNotFoundException: 404,
  UnknownOperationException: 404,
  ThrottlingException: 429,
  InternalServerException: 500,
} as const;

/** The name of an error the emulator sends (the `x-amzn-errortype` value). */
export type ErrorType = keyof typeof ERROR_STATUS;

/** What the request log keeps of a response; status 0 means the connection was reset instead. */
export interface Outcome {
  /** HTTP status sent, or 0 when the socket was destroyed without a response. */
  readonly statusCode: number;
  /** The error name, for error responses. */
  readonly errorType?: ErrorType;
}

/** Sends `body` with status 200 as `application/json`. */
export function sendJson(res: ServerResponse, requestId: string, body: unknown): Outcome {
  return sendRaw(res, requestId, 200, "application/json", JSON.stringify(body));
}

/** Sends an AWS error: its status, `x-amzn-errortype`, and a `{"Message": …}` body. */
export function sendError(
  res: ServerResponse,
  requestId: string,
  errorType: ErrorType,
  message: string,
): Outcome {
  const statusCode = ERROR_STATUS[errorType];
  sendRaw(res, requestId, statusCode, "application/json", JSON.stringify({ Message: message }), {
    "x-amzn-errortype": errorType,
  });
  return { statusCode, errorType };
}

/** Sends `body` verbatim with the given status and content type (also used for malformed answers). */
export function sendRaw(
  res: ServerResponse,
  requestId: string,
  statusCode: number,
  contentType: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Outcome {
  res.writeHead(statusCode, {
    ...headers,
    "Content-Type": contentType,
    "Content-Length": Buffer.byteLength(body),
    "x-amzn-requestid": requestId,
  });
  res.end(body);
  return { statusCode };
}
