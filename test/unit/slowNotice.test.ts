// withSlowNotice: a call still running after SLOW_CALL_SECONDS reports its message once, and no
// timer outlives a call. Jest's fake timers drive the clock; this proves the timing logic, not how
// Pulumi displays the line.
import { SLOW_CALL_SECONDS, withSlowNotice } from "../../provider/lookup/slowNotice";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

test("a call still running after 5 s reports once, and returns its value", async () => {
  expect(SLOW_CALL_SECONDS).toBe(5);
  const progress = jest.fn();
  const work = deferred<string>();
  const result = withSlowNotice(work.promise, "Reading job x", progress);
  await jest.advanceTimersByTimeAsync(4_999);
  expect(progress).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(1);
  expect(progress.mock.calls).toEqual([["Reading job x (still running after 5s)"]]);
  await jest.advanceTimersByTimeAsync(30_000);
  expect(progress).toHaveBeenCalledTimes(1);
  work.resolve("done");
  await expect(result).resolves.toBe("done");
  expect(jest.getTimerCount()).toBe(0);
});

test("calls that finish in time report nothing, and leave no timer behind", async () => {
  const progress = jest.fn();
  const first = deferred<number>();
  const second = deferred<number>();
  const results = [
    withSlowNotice(first.promise, "a", progress),
    withSlowNotice(second.promise, "b", progress),
  ];
  expect(jest.getTimerCount()).toBe(2);
  await jest.advanceTimersByTimeAsync(2_000);
  first.resolve(1);
  await jest.advanceTimersByTimeAsync(2_000);
  second.resolve(2);
  await expect(Promise.all(results)).resolves.toEqual([1, 2]);
  await jest.advanceTimersByTimeAsync(10_000);
  expect(progress).not.toHaveBeenCalled();
  expect(jest.getTimerCount()).toBe(0);
});

test("each slow call reports its own message, at its own time", async () => {
  const progress = jest.fn();
  const first = deferred<void>();
  const results = [withSlowNotice(first.promise, "first", progress)];
  await jest.advanceTimersByTimeAsync(3_000);
  const second = deferred<void>();
  results.push(withSlowNotice(second.promise, "second", progress));
  await jest.advanceTimersByTimeAsync(3_000);
  expect(progress.mock.calls).toEqual([["first (still running after 5s)"]]);
  await jest.advanceTimersByTimeAsync(3_000);
  expect(progress.mock.calls).toEqual([
    ["first (still running after 5s)"],
    ["second (still running after 5s)"],
  ]);
  first.resolve();
  second.resolve();
  await Promise.all(results);
  expect(jest.getTimerCount()).toBe(0);
});

test("a failing call rejects with its own error and leaves no timer behind", async () => {
  const progress = jest.fn();
  const failure = new Error("boom");
  await expect(withSlowNotice(Promise.reject(failure), "x", progress)).rejects.toBe(failure);
  expect(jest.getTimerCount()).toBe(0);
  await jest.advanceTimersByTimeAsync(10_000);
  expect(progress).not.toHaveBeenCalled();
});

test("without a progress sink nothing is watched", async () => {
  await expect(withSlowNotice(Promise.resolve(7), "x", undefined)).resolves.toBe(7);
  expect(jest.getTimerCount()).toBe(0);
});
