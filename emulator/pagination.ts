/** Opaque List page tokens that only this emulator instance can have issued. */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Issues and reads `NextToken`s: a domain and an offset, authenticated with a per-instance key. */
export class PageTokens {
  private readonly key = randomBytes(32);

  /** A token for the page of `domainName` starting at `offset`. */
  issue(domainName: string, offset: number): string {
    const payload = Buffer.from(JSON.stringify([domainName, offset])).toString("base64url");
    return `${payload}.${this.mac(payload)}`;
  }

  /** The offset `token` points at, or `undefined` if this instance did not issue it for `domainName`. */
  read(token: string, domainName: string): number | undefined {
    const [payload = "", mac = "", extra] = token.split(".");
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (extra !== undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return undefined;
    }
    const [tokenDomain, offset] = JSON.parse(Buffer.from(payload, "base64url").toString()) as [
      string,
      number,
    ];
    return tokenDomain === domainName ? offset : undefined;
  }

  private mac(payload: string): string {
    return createHmac("sha256", this.key).update(payload).digest("base64url");
  }
}
