/** Request-target parsing and the two operations' HTTP bindings. */

/** The request target as received: the path still percent-encoded, the query decoded. */
export interface RequestTarget {
  /** The raw path (`req.url` before `?`), never decoded: SigV4 canonicalizes it as sent. */
  readonly path: string;
  /** Query parameters, percent-decoded; repeated keys collect into arrays. */
  readonly query: Readonly<Record<string, string | string[]>>;
}

/** An operation the emulator serves, with its raw (still encoded) path labels. */
export type Route =
  | {
      readonly operation: "GetIdentityResolutionJob";
      readonly domainLabel: string;
      readonly jobIdLabel: string;
    }
  | { readonly operation: "ListIdentityResolutionJobs"; readonly domainLabel: string };

const GET_PATH = /^\/domains\/([^/]+)\/identity-resolution-jobs\/([^/]+)$/;
const LIST_PATH = /^\/domains\/([^/]+)\/identity-resolution-jobs$/;

/** Splits `url` into its raw path and decoded query. */
export function parseTarget(url: string): RequestTarget {
  const queryStart = url.indexOf("?");
  const path = queryStart < 0 ? url : url.slice(0, queryStart);
  // No prototype: a `__proto__` parameter is a parameter like any other (and is signed like one).
  const query: Record<string, string | string[]> = Object.create(null);
  for (const pair of queryStart < 0 ? [] : url.slice(queryStart + 1).split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const key = decode(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? "" : decode(pair.slice(equals + 1));
    const earlier = Object.hasOwn(query, key) ? query[key] : undefined;
    query[key] = earlier === undefined ? value : [earlier, value].flat();
  }
  return { path, query };
}

/** The operation `method` and `path` address, or `undefined` (an unknown operation). */
export function matchRoute(method: string | undefined, path: string): Route | undefined {
  if (method !== "GET") return undefined;
  const get = GET_PATH.exec(path);
  if (get !== null) return { operation: "GetIdentityResolutionJob", domainLabel: get[1], jobIdLabel: get[2] };
  const list = LIST_PATH.exec(path);
  if (list !== null) return { operation: "ListIdentityResolutionJobs", domainLabel: list[1] };
  return undefined;
}

/** Percent-decodes `text`, keeping it as sent when the encoding is broken (validation then rejects it). */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
