// Hostile input to the emulator beyond test/emulator/hostile.test.ts: generated path labels, huge and
// odd query strings, header-block limits, bytes Node itself refuses, hundreds of keep-alive and
// stalled connections, and mutated seeds. Every request gets a proper answer and the emulator keeps
// serving; a seed is either served or refused with one SeedValidationError line.
import { Agent } from "node:http";
import { connect, type Socket } from "node:net";
import fc from "fast-check";
import { CustomerProfilesClient, GetIdentityResolutionJobCommand } from "@aws-sdk/client-customer-profiles";
import {
  DEMO_COMPLETED_JOB_ID,
  DEMO_DOMAIN,
  DEMO_SEED,
  SeedValidationError,
  startEmulator,
  validateSeed,
  type RunningEmulator,
} from "@customer-profiles/identity-resolution/emulator";
import { rawRequest, UUID_PATTERN } from "../emulator/helpers";
import { defineOwn, hostileString } from "./arbitraries";

const LIST = `/domains/${DEMO_DOMAIN}/identity-resolution-jobs`;
const GET = `${LIST}/${DEMO_COMPLETED_JOB_ID}`;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  // Whatever came before, the emulator still answers normally.
  expect((await rawRequest(emulator, GET)).status).toBe(200);
  await emulator.stop();
});

/** Sends `text` on a fresh TCP connection and returns everything received until the server closes it. */
function rawExchange(target: Pick<RunningEmulator, "endpoint">, text: string): Promise<string> {
  const url = new URL(target.endpoint);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end(Buffer.from(text, "latin1")));
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}

describe("generated path labels", () => {
  // Label pieces: valid characters, encoded separators and traversal, broken and non-ASCII escapes.
  const piece = fc.constantFrom(
    ..."aZ09-_.~+",
    "demo",
    "%2F",
    "%2f",
    "..",
    "%2E%2E",
    "%00",
    "%zz",
    "%",
    "%C3%A9",
    "%E2%80%AE",
    "%20",
    "__proto__",
    "constructor",
    "5f1c0ffee0d54c1e9a3b7d2e8f4a6b10",
  );
  const label = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };

  test("signed Get/List with generated labels → exactly 200, 400 BadRequestException or 404 as the labels decode", async () => {
    await fc.assert(
      fc.asyncProperty(label, fc.option(label, { nil: undefined }), async (domainLabel, jobLabel) => {
        const path = `/domains/${domainLabel}/identity-resolution-jobs${jobLabel === undefined ? "" : `/${jobLabel}`}`;
        const before = emulator.requests().length;
        const response = await rawRequest(emulator, path);
        const domain = decoded(domainLabel);
        const job = jobLabel === undefined ? undefined : decoded(jobLabel);
        let expected: [number, string | undefined];
        if (domainLabel === "" || jobLabel === "") {
          // An empty segment leaves the route's shape: no operation matches.
          expected = [404, "UnknownOperationException"];
        } else if (
          !/^[a-zA-Z0-9_-]{1,64}$/.test(domain) ||
          (job !== undefined && !/^[a-f0-9]{32}$/.test(job))
        ) {
          expected = [400, "BadRequestException"];
        } else if (domain !== DEMO_DOMAIN || (job !== undefined && job !== DEMO_COMPLETED_JOB_ID)) {
          expected = [404, "ResourceNotFoundException"];
        } else {
          expected = [200, undefined];
        }
        expect([response.status, response.headers["x-amzn-errortype"]]).toStrictEqual(expected);
        expect(response.headers["x-amzn-requestid"]).toMatch(UUID_PATTERN);
        const body = JSON.parse(response.body) as Record<string, unknown>;
        if (response.status !== 200) expect(Object.keys(body)).toStrictEqual(["Message"]);
        expect(emulator.requests().slice(before)).toMatchObject([{ statusCode: response.status }]);
      }),
      { numRuns: 400, seed: 20_250_201 },
    );
  });
});

describe("query strings", () => {
  test.each(["__proto__", "constructor", "toString", "hasOwnProperty", "x-amz-unknown"])(
    "a signed List with an unknown `%s` query parameter is answered like any other: 200",
    async (name) => {
      const query = {};
      defineOwn(query, name, "1");
      const response = await rawRequest(emulator, LIST, { query });
      expect([response.status, response.headers["x-amzn-errortype"]]).toStrictEqual([200, undefined]);
    },
  );

  test("15 KB of unknown query parameters are ignored: 200 with the whole list", async () => {
    const plain = await rawRequest(emulator, LIST);
    const response = await rawRequest(emulator, LIST, { query: { junk: "j".repeat(15_000) } });
    expect([response.status, response.body]).toStrictEqual([200, plain.body]);
  });

  test("1,000 distinct query parameters are ignored: 200", async () => {
    const query = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`p${i}`, "v"]));
    expect((await rawRequest(emulator, LIST, { query })).status).toBe(200);
  });

  test("a request line over 16 KiB → 431, before any operation runs", async () => {
    const before = emulator.requests().length;
    const response = await rawRequest(emulator, LIST, { query: { junk: "j".repeat(17_000) }, sign: false });
    expect(response.status).toBe(431);
    expect(emulator.requests()).toHaveLength(before);
  });

  test("a 100 KB next-token: 431; a 10 KB one: 400 naming nextToken's length rule", async () => {
    const huge = await rawRequest(emulator, LIST, {
      query: { "next-token": "t".repeat(100_000) },
      sign: false,
    });
    expect(huge.status).toBe(431);
    const long = await rawRequest(emulator, LIST, { query: { "next-token": "t".repeat(10_000) } });
    expect([long.status, long.headers["x-amzn-errortype"]]).toStrictEqual([400, "BadRequestException"]);
    expect(JSON.parse(long.body).Message).toContain(
      "at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 1024",
    );
  });
});

describe("headers and raw bytes", () => {
  test("a header block just under 16 KiB is served; just over is refused with 431", async () => {
    const under = await rawRequest(emulator, GET, { headers: { "x-filler": "f".repeat(15_000) } });
    const over = await rawRequest(emulator, GET, { headers: { "x-filler": "f".repeat(16_400) } });
    expect([under.status, over.status]).toStrictEqual([200, 431]);
  });

  test("1,000 extra unsigned headers are ignored: 200", async () => {
    const afterSigning = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x-h${i}`, "1"]));
    expect((await rawRequest(emulator, GET, { afterSigning })).status).toBe(200);
  });

  const rawCases: [string, string, string][] = [
    [
      "a NUL byte in a header value",
      `GET ${GET} HTTP/1.1\r\nHost: h\r\nX-A: a\u0000b\r\n\r\n`,
      "HTTP/1.1 400 Bad Request",
    ],
    [
      "a raw non-ASCII path",
      `GET /domains/d\u00e9/identity-resolution-jobs HTTP/1.1\r\nHost: h\r\n\r\n`,
      "HTTP/1.1 400 Bad Request",
    ],
    [
      "both Transfer-Encoding and Content-Length (request smuggling)",
      `GET ${LIST} HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n`,
      "HTTP/1.1 400 Bad Request",
    ],
    [
      "an absolute-form request target",
      `GET http://h${LIST} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`,
      "HTTP/1.1 404 Not Found",
    ],
    [
      "an asterisk-form request target",
      `OPTIONS * HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`,
      "HTTP/1.1 404 Not Found",
    ],
    [
      "a body on an unsigned GET",
      `GET ${LIST} HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`,
      "HTTP/1.1 403 Forbidden",
    ],
  ];
  test.each(rawCases.map(([name, text, statusLine]) => [name, statusLine, text]))(
    "%s → %s, and the emulator keeps serving",
    async (_case, statusLine, text) => {
      const reply = await rawExchange(emulator, text);
      expect(reply.split("\r\n")[0]).toBe(statusLine);
      expect((await rawRequest(emulator, GET)).status).toBe(200);
    },
  );
});

describe("connections", () => {
  test("256 concurrent keep-alive connections: every answer exact, sockets reused, stop() closes them all", async () => {
    const own = await startEmulator();
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    const client = new CustomerProfilesClient({
      endpoint: own.endpoint,
      region: own.region,
      credentials: own.credentials,
      maxAttempts: 1,
      requestHandler: { httpAgent: agent },
    });
    const openSockets = () => Object.values(agent.freeSockets).flat().length;
    const round = () =>
      Promise.all(
        Array.from({ length: 256 }, () =>
          client.send(
            new GetIdentityResolutionJobCommand({ DomainName: DEMO_DOMAIN, JobId: DEMO_COMPLETED_JOB_ID }),
          ),
        ),
      );
    try {
      const first = await round();
      const sockets = openSockets();
      const second = await round();
      expect(
        new Set([...first, ...second].map((r) => `${r.$metadata.httpStatusCode} ${r.JobId} ${r.Status}`)),
      ).toStrictEqual(new Set([`200 ${DEMO_COMPLETED_JOB_ID} COMPLETED`]));
      expect(sockets).toBeGreaterThanOrEqual(200);
      expect(openSockets()).toBe(sockets); // the second round reused the first round's connections
      const closed = Promise.all(
        Object.values(agent.freeSockets)
          .flat()
          .map((socket) => new Promise((resolve) => (socket as Socket).once("close", resolve))),
      );
      const stopping = Date.now();
      await own.stop();
      await closed;
      expect(Date.now() - stopping).toBeLessThan(2000);
      expect(own.requests().filter((r) => r.statusCode === 200)).toHaveLength(512);
    } finally {
      client.destroy();
      agent.destroy();
      await own.stop();
    }
  });

  test("100 connections stalled mid-headers do not block other clients, and stop() closes them", async () => {
    const own = await startEmulator();
    const url = new URL(own.endpoint);
    const stalled = await Promise.all(
      Array.from(
        { length: 100 },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const socket = connect(Number(url.port), url.hostname, () => {
              socket.write(`GET ${GET} HTTP/1.1\r\nHost: h\r\nX-Slow: `);
              resolve(socket);
            });
            socket.on("error", reject);
          }),
      ),
    );
    const closed = Promise.all(
      stalled.map((socket) => new Promise((resolve) => socket.once("close", resolve))),
    );
    expect((await rawRequest(own, GET)).status).toBe(200);
    await own.stop();
    await closed;
    expect(stalled.every((socket) => socket.destroyed)).toBe(true);
  });
});

describe("seeds", () => {
  type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
  const seedJson = JSON.parse(JSON.stringify(DEMO_SEED)) as Json;

  /** Every path to a member of `value` (array indexes and object keys), the root excluded. */
  function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((item, i) => [[...at, i], ...paths(item, [...at, i])]);
    if (value !== null && typeof value === "object") {
      return Object.entries(value).flatMap(([key, item]) => [[...at, key], ...paths(item, [...at, key])]);
    }
    return [];
  }
  const allPaths = paths(seedJson);

  const hostileValue = fc.oneof(
    hostileString,
    fc.constantFrom<unknown>(
      NaN,
      Infinity,
      -1,
      0,
      1e308,
      null,
      true,
      [],
      {},
      [[]],
      JSON.parse('{"__proto__": 1}'),
    ),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const mutation = fc.oneof(
    fc.record({
      op: fc.constant("replace" as const),
      path: fc.constantFrom(...allPaths),
      value: hostileValue,
    }),
    fc.record({ op: fc.constant("delete" as const), path: fc.constantFrom(...allPaths) }),
    fc.record({
      op: fc.constant("add" as const),
      path: fc.constantFrom([], ...allPaths),
      key: fc.constantFrom("__proto__", "constructor", "Faults", "Timeline", "credentials", "jobs", "x"),
      value: hostileValue,
    }),
  );

  type Mutation = {
    op: "replace" | "delete" | "add";
    path: (string | number)[];
    key?: string;
    value?: unknown;
  };

  /** A deep copy of the demo seed with one member replaced, deleted or added. */
  function mutate(m: Mutation): unknown {
    const copy = JSON.parse(JSON.stringify(DEMO_SEED)) as Record<string, unknown>;
    const parentPath = m.op === "add" ? m.path : m.path.slice(0, -1);
    let parent: unknown = copy;
    for (const key of parentPath) parent = (parent as Record<string | number, unknown>)[key];
    const last = m.op === "add" ? m.key! : m.path[m.path.length - 1];
    if (typeof parent !== "object" || parent === null) return copy;
    if (m.op === "delete") {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last as string];
    } else {
      defineOwn(parent as Record<string, unknown>, String(last), m.value);
    }
    return copy;
  }

  test("mutated seeds are refused with one SeedValidationError line naming the path, or served", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const seed = mutate(m);
        let valid: boolean;
        try {
          validateSeed(seed);
          valid = true;
        } catch (error) {
          expect(error).toBeInstanceOf(SeedValidationError);
          const message = (error as Error).message;
          expect(message).toMatch(/^seed[.[:]/);
          expect(message).not.toContain("\n");
          valid = false;
          refused += 1;
        }
        if (!valid) {
          await expect(startEmulator({ seed: seed as never })).rejects.toBeInstanceOf(SeedValidationError);
          return;
        }
        const served = await startEmulator({ seed: seed as never });
        try {
          for (const domain of Object.keys((seed as { domains: object }).domains)) {
            const response = await rawRequest(served, `/domains/${domain}/identity-resolution-jobs`, {
              sign: { credentials: served.credentials },
            });
            expect(response.status).toBe(200);
          }
        } finally {
          await served.stop();
        }
      }),
      { numRuns: 300, seed: 20_250_202 },
    );
    expect(refused).toBeGreaterThan(100); // this seed refuses 116 of the 300
  });

  test("domains named __proto__ and constructor are served like any other", async () => {
    const job = { JobId: DEMO_COMPLETED_JOB_ID, Status: "COMPLETED" };
    const seed = `{"domains": {"__proto__": {"jobs": [${JSON.stringify(job)}]}, "constructor": {"jobs": []}}}`;
    const own = await startEmulator({ seed: JSON.parse(seed) as never });
    try {
      const proto = await rawRequest(own, "/domains/__proto__/identity-resolution-jobs");
      const ctor = await rawRequest(own, "/domains/constructor/identity-resolution-jobs");
      const other = await rawRequest(own, "/domains/toString/identity-resolution-jobs");
      expect([proto.status, JSON.parse(proto.body)]).toStrictEqual([
        200,
        { IdentityResolutionJobsList: [job] },
      ]);
      expect([ctor.status, JSON.parse(ctor.body)]).toStrictEqual([200, { IdentityResolutionJobsList: [] }]);
      expect([other.status, other.headers["x-amzn-errortype"]]).toStrictEqual([
        404,
        "ResourceNotFoundException",
      ]);
    } finally {
      await own.stop();
    }
  });
});
