// judgeStatus and isTransient: the acceptor and the retry rule of every wait, as pure functions.
// They say what a status or an error means; whether the waiter honours them is waitForJobStatus.test.ts.
import { WaiterState } from "@smithy/util-waiter";
import {
  AccessDeniedError,
  InvalidArgumentError,
  InvalidResponseError,
  JobNotFoundError,
  NetworkError,
  ServiceError,
  ThrottledError,
} from "../../provider";
import { isTransient } from "../../provider/waiter/isTransient";
import { judgeStatus } from "../../provider/waiter/judgeStatus";

const COMPLETED_ONLY = { statuses: ["COMPLETED"], acceptPartialSuccess: false };
const WITH_PARTIAL = { statuses: ["COMPLETED"], acceptPartialSuccess: true };

describe("judgeStatus", () => {
  test.each<[string | undefined, typeof COMPLETED_ONLY, WaiterState]>([
    ["COMPLETED", COMPLETED_ONLY, WaiterState.SUCCESS],
    ["COMPLETED", WITH_PARTIAL, WaiterState.SUCCESS],
    ["PARTIAL_SUCCESS", COMPLETED_ONLY, WaiterState.FAILURE],
    ["PARTIAL_SUCCESS", WITH_PARTIAL, WaiterState.SUCCESS],
    ["FAILED", COMPLETED_ONLY, WaiterState.FAILURE],
    ["FAILED", WITH_PARTIAL, WaiterState.FAILURE],
    ["PENDING", COMPLETED_ONLY, WaiterState.RETRY],
    ["PREPROCESSING", COMPLETED_ONLY, WaiterState.RETRY],
    ["FIND_MATCHING", COMPLETED_ONLY, WaiterState.RETRY],
    ["MERGING", COMPLETED_ONLY, WaiterState.RETRY],
    ["EXPORTING", COMPLETED_ONLY, WaiterState.RETRY],
    ["", COMPLETED_ONLY, WaiterState.RETRY],
    [undefined, COMPLETED_ONLY, WaiterState.RETRY],
  ])("%p with %j → %s", (status, target, state) => {
    expect(judgeStatus(status, target)).toBe(state);
  });

  test.each<[string, string[], WaiterState]>([
    ["MERGING", ["MERGING", "COMPLETED"], WaiterState.SUCCESS],
    ["COMPLETED", ["MERGING"], WaiterState.RETRY],
    ["FAILED", ["FAILED"], WaiterState.SUCCESS],
    ["PARTIAL_SUCCESS", ["PARTIAL_SUCCESS"], WaiterState.SUCCESS],
    ["EXPORTING", ["EXPORTING"], WaiterState.SUCCESS],
  ])("%p with target statuses %j → %s", (status, statuses, state) => {
    expect(judgeStatus(status, { statuses, acceptPartialSuccess: false })).toBe(state);
  });
});

describe("isTransient", () => {
  test.each<[string, Error, boolean]>([
    ["throttled", new ThrottledError("t", { httpStatusCode: 429 }), true],
    ["network", new NetworkError("n"), true],
    ["service 500", new ServiceError("s", { httpStatusCode: 500 }), true],
    ["service 503", new ServiceError("s", { httpStatusCode: 503 }), true],
    ["service 400", new ServiceError("s", { httpStatusCode: 400 }), false],
    ["service 409", new ServiceError("s", { httpStatusCode: 409 }), false],
    ["service without status", new ServiceError("s"), false],
    ["not found", new JobNotFoundError("x", { httpStatusCode: 404 }), false],
    ["access denied", new AccessDeniedError("x", { httpStatusCode: 403 }), false],
    ["invalid response", new InvalidResponseError("x", { httpStatusCode: 502 }), false],
    ["invalid argument", new InvalidArgumentError("jobId", "bad"), false],
    ["a plain Error", new Error("x"), false],
  ])("%s → %s", (_name, error, transient) => {
    expect(isTransient(error)).toBe(transient);
  });
});
