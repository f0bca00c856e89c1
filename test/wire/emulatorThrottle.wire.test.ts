// The emulator's fixed-rate throttle (startEmulator({ throttle })): a token bucket that answers
// 429 ThrottlingException beyond the rate, only for authenticated requests, before seeded faults.
// The bucket itself is checked on a stepped clock; the server over HTTP with rates chosen so that
// no refill can happen within a test (0.001/s) or so that a wait of several refill periods passes.
import { setTimeout as delay } from "node:timers/promises";
import { SeedValidationError, startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type {
  RunningEmulator,
  SeedFault,
  ThrottleOptions,
} from "@customer-profiles/identity-resolution/emulator";
import { RateThrottle } from "../../emulator/throttle";
import { jobIdOf, rawRequest, UUID_PATTERN } from "../emulator/helpers";

const DOMAIN = "throttled";
const JOB = jobIdOf(0x7a);
const JOB_PATH = `/domains/${DOMAIN}/identity-resolution-jobs/${JOB}`;
const running: RunningEmulator[] = [];

async function emulatorWith(throttle: ThrottleOptions, faults?: SeedFault[]) {
  const emulator = await startEmulator({
    throttle,
    seed: {
      domains: {
        [DOMAIN]: { jobs: [{ JobId: JOB, Status: "COMPLETED", ...(faults ? { Faults: faults } : {}) }] },
      },
    },
  });
  running.push(emulator);
  return emulator;
}

async function statusesOf(emulator: RunningEmulator, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await rawRequest(emulator, JOB_PATH)).status);
  return statuses;
}

afterAll(() => Promise.all(running.map((emulator) => emulator.stop())));

describe("RateThrottle on a stepped clock", () => {
  test("starts full, spends one token per request, refills at the rate, never beyond the burst", () => {
    let nowMs = 1_000;
    const throttle = new RateThrottle({ requestsPerSecond: 4, burst: 3 }, () => nowMs);
    const admitted = (n: number) => Array.from({ length: n }, () => throttle.admit());
    expect(admitted(4)).toStrictEqual([true, true, true, false]);
    nowMs += 250; // one token at 4 per second
    expect(admitted(2)).toStrictEqual([true, false]);
    nowMs += 125; // half a token: not enough
    expect(admitted(1)).toStrictEqual([false]);
    nowMs += 125; // the other half
    expect(admitted(2)).toStrictEqual([true, false]);
    nowMs += 60_000; // a minute idle refills only up to the burst
    expect(admitted(4)).toStrictEqual([true, true, true, false]);
  });

  test("the burst defaults to 1", () => {
    let nowMs = 0;
    const throttle = new RateThrottle({ requestsPerSecond: 0.5 }, () => nowMs);
    expect([throttle.admit(), throttle.admit()]).toStrictEqual([true, false]);
    nowMs += 2_000;
    expect([throttle.admit(), throttle.admit()]).toStrictEqual([true, false]);
  });
});

describe("startEmulator({ throttle })", () => {
  test("answers beyond the burst with AWS's 429 ThrottlingException, recorded in requests()", async () => {
    const emulator = await emulatorWith({ requestsPerSecond: 0.001, burst: 3 });
    expect(await statusesOf(emulator, 3)).toStrictEqual([200, 200, 200]);
    const throttled = await rawRequest(emulator, JOB_PATH);
    expect(throttled.status).toBe(429);
    expect(throttled.headers["x-amzn-errortype"]).toBe("ThrottlingException");
    expect(throttled.headers["content-type"]).toBe("application/json");
    expect(throttled.headers["x-amzn-requestid"]).toMatch(UUID_PATTERN);
    expect(JSON.parse(throttled.body)).toStrictEqual({ Message: "Rate exceeded" });
    const records = emulator.requests();
    expect(records.map((r) => [r.statusCode, r.errorType])).toStrictEqual([
      [200, undefined],
      [200, undefined],
      [200, undefined],
      [429, "ThrottlingException"],
    ]);
    expect(records[3]!.requestId).toBe(throttled.headers["x-amzn-requestid"]);
  });

  test("throttles List requests from the same bucket", async () => {
    const emulator = await emulatorWith({ requestsPerSecond: 0.001, burst: 1 });
    const list = await rawRequest(emulator, `/domains/${DOMAIN}/identity-resolution-jobs`);
    const get = await rawRequest(emulator, JOB_PATH);
    expect([list.status, get.status]).toStrictEqual([200, 429]);
    expect(emulator.requests().map((r) => r.operation)).toStrictEqual([
      "ListIdentityResolutionJobs",
      "GetIdentityResolutionJob",
    ]);
  });

  test("requests that fail routing or authentication spend no token", async () => {
    const emulator = await emulatorWith({ requestsPerSecond: 0.001, burst: 1 });
    const unsigned = await rawRequest(emulator, JOB_PATH, { sign: false });
    const wrongKey = await rawRequest(emulator, JOB_PATH, {
      sign: { credentials: { accessKeyId: "AKIDUNKNOWN000000000", secretAccessKey: "nope" } },
    });
    const unknownPath = await rawRequest(emulator, "/nowhere");
    expect([unsigned.status, wrongKey.status, unknownPath.status]).toStrictEqual([403, 403, 404]);
    expect(await statusesOf(emulator, 2)).toStrictEqual([200, 429]);
  });

  test("refills at the rate: after several refill periods a request is served again", async () => {
    const emulator = await emulatorWith({ requestsPerSecond: 10, burst: 1 });
    expect(await statusesOf(emulator, 1)).toStrictEqual([200]);
    await delay(300); // three refill periods of 100 ms
    expect(await statusesOf(emulator, 1)).toStrictEqual([200]);
  });

  test("a throttled request consumes no seeded fault", async () => {
    // One token per second: the second request comes well within the second, the third after it.
    const emulator = await emulatorWith({ requestsPerSecond: 1, burst: 1 }, [
      { Error: "InternalServerException", Times: 1 },
      { Error: "AccessDeniedException", Times: 1 },
    ]);
    const first = await statusesOf(emulator, 2);
    await delay(1_200);
    const third = await statusesOf(emulator, 1);
    expect([...first, ...third]).toStrictEqual([500, 429, 403]);
  });

  test("without a throttle nothing is throttled", async () => {
    const emulator = await startEmulator({ seed: { domains: { [DOMAIN]: { jobs: [{ JobId: JOB }] } } } });
    running.push(emulator);
    expect(await statusesOf(emulator, 20)).toStrictEqual(Array(20).fill(200));
  });

  test.each([
    [{ requestsPerSecond: 0 }, "throttle.requestsPerSecond: 0 must be a positive number"],
    [{ requestsPerSecond: -5, burst: 2 }, "throttle.requestsPerSecond: -5 must be a positive number"],
    [{ requestsPerSecond: "10" }, 'throttle.requestsPerSecond: "10" must be a positive number'],
    [{ burst: 3 }, "throttle.requestsPerSecond: is missing; it must be a positive number"],
    [{ requestsPerSecond: 5, burst: 0 }, "throttle.burst: 0 must be a positive integer"],
    [{ requestsPerSecond: 5, burst: 2.5 }, "throttle.burst: 2.5 must be a positive integer"],
    [null, "throttle: null must be an object such as { requestsPerSecond: 100, burst: 10 }"],
  ])("refuses throttle %j with one line naming the field", async (throttle, message) => {
    const started = startEmulator({ throttle: throttle as unknown as ThrottleOptions });
    await expect(started).rejects.toThrow(SeedValidationError);
    await expect(started).rejects.toThrow(new SeedValidationError(message));
  });
});
