// resolveTiming: waitFor options → the durations @smithy/util-waiter takes. Pure arithmetic; the
// schedule those durations produce is asserted in waiter.test.ts.
import { DEFAULT_WAIT_TIMEOUT_SECONDS, WAITER_DEFAULTS } from "../../provider";
import type { WaitForOptions } from "../../provider";
import { resolveTiming } from "../../provider/waiter/timing";

test("the defaults", () => {
  expect(WAITER_DEFAULTS).toStrictEqual({ minDelay: 15, maxDelay: 120 });
  expect(DEFAULT_WAIT_TIMEOUT_SECONDS).toBe(1800);
  expect(resolveTiming({})).toStrictEqual({ maxWaitTime: 1800, minDelay: 15, maxDelay: 120 });
});

test.each<[string, WaitForOptions, { maxWaitTime: number; minDelay: number; maxDelay: number }]>([
  ["a long timeout alone", { timeoutSeconds: 3600 }, { maxWaitTime: 3600, minDelay: 15, maxDelay: 120 }],
  [
    "a short timeout lowers the min delay to half of it",
    { timeoutSeconds: 10 },
    { maxWaitTime: 10, minDelay: 5, maxDelay: 120 },
  ],
  ["a 1 s timeout", { timeoutSeconds: 1 }, { maxWaitTime: 1, minDelay: 0.5, maxDelay: 120 }],
  [
    "a short max delay lowers the min delay to it",
    { maxDelaySeconds: 5 },
    { maxWaitTime: 1800, minDelay: 5, maxDelay: 5 },
  ],
  ["a long max delay alone", { maxDelaySeconds: 600 }, { maxWaitTime: 1800, minDelay: 15, maxDelay: 600 }],
  ["a min delay alone", { minDelaySeconds: 30 }, { maxWaitTime: 1800, minDelay: 30, maxDelay: 120 }],
  [
    "a min delay above the default max raises the max",
    { minDelaySeconds: 200 },
    { maxWaitTime: 1800, minDelay: 200, maxDelay: 200 },
  ],
  [
    "short timeout and max delay",
    { timeoutSeconds: 20, maxDelaySeconds: 8 },
    { maxWaitTime: 20, minDelay: 8, maxDelay: 8 },
  ],
  [
    "short timeout, shorter max delay",
    { timeoutSeconds: 6, maxDelaySeconds: 8 },
    { maxWaitTime: 6, minDelay: 3, maxDelay: 8 },
  ],
  [
    "all three set are kept as they are",
    { timeoutSeconds: 60, minDelaySeconds: 5, maxDelaySeconds: 10 },
    { maxWaitTime: 60, minDelay: 5, maxDelay: 10 },
  ],
  [
    "status and acceptPartialSuccess do not count",
    { status: ["MERGING"], acceptPartialSuccess: true },
    { maxWaitTime: 1800, minDelay: 15, maxDelay: 120 },
  ],
])("%s", (_name, options, timing) => {
  expect(resolveTiming(options)).toStrictEqual(timing);
});

// Every option alone, at any value validation accepts, must give durations @smithy/util-waiter
// accepts (maxWaitTime > minDelay, maxDelay >= minDelay): the caller set nothing to contradict.
test.each<[string, WaitForOptions]>([
  ["timeoutSeconds 0.5", { timeoutSeconds: 0.5 }],
  ["timeoutSeconds 43200", { timeoutSeconds: 43200 }],
  ["maxDelaySeconds 0.5", { maxDelaySeconds: 0.5 }],
  ["maxDelaySeconds 43200", { maxDelaySeconds: 43200 }],
  ["minDelaySeconds 0.5", { minDelaySeconds: 0.5 }],
  ["minDelaySeconds 1799", { minDelaySeconds: 1799 }],
  ["minDelaySeconds 2000", { minDelaySeconds: 2000 }],
])("a lone %s still makes a valid schedule", (_name, options) => {
  const { maxWaitTime, minDelay, maxDelay } = resolveTiming(options);
  expect({ waitLongerThanMin: maxWaitTime > minDelay, maxAtLeastMin: maxDelay >= minDelay }).toEqual({
    waitLongerThanMin: true,
    maxAtLeastMin: true,
  });
});
