// Every error the operations can return, as the real SDK client sees it: name, status, request id, message.
import {
  GetIdentityResolutionJobCommand,
  ListIdentityResolutionJobsCommand,
} from "@aws-sdk/client-customer-profiles";
import type { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import { startEmulator } from "@customer-profiles/identity-resolution/emulator";
import type { RunningEmulator } from "@customer-profiles/identity-resolution/emulator";
import { UUID_PATTERN, clientFor, jobIdOf, rawRequest } from "./helpers";

const THROTTLED = jobIdOf(0x7701);
const BROKEN = jobIdOf(0x5001);
const DENIED = jobIdOf(0x4031);

let emulator: RunningEmulator;
let client: CustomerProfilesClient;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      domains: {
        errors: {
          jobs: [
            { JobId: THROTTLED, Faults: [{ Error: "ThrottlingException", Times: 100 }] },
            { JobId: BROKEN, Faults: [{ Error: "InternalServerException", Times: 100 }] },
            { JobId: DENIED, Faults: [{ Error: "AccessDeniedException", Times: 100 }] },
          ],
        },
      },
    },
  });
  client = clientFor(emulator);
});

afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

const invalidJobId =
  "1 validation error detected: Value 'ABC' at 'jobId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-f0-9]{32}$";
const invalidDomain =
  "1 validation error detected: Value 'bad.name' at 'domainName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$";

test.each([
  ["BadRequestException", 400, "errors", "ABC", invalidJobId],
  ["BadRequestException", 400, "bad.name", THROTTLED, invalidDomain],
  ["ResourceNotFoundException", 404, "nodomain", THROTTLED, "Domain nodomain not found"],
  [
    "ResourceNotFoundException",
    404,
    "errors",
    jobIdOf(404),
    `Job ${jobIdOf(404)} not found in domain errors`,
  ],
  ["ThrottlingException", 429, "errors", THROTTLED, "Rate exceeded"],
  ["InternalServerException", 500, "errors", BROKEN, "Internal service error; please retry."],
  [
    "AccessDeniedException",
    403,
    "errors",
    DENIED,
    "Not authorized to perform profile:GetIdentityResolutionJob",
  ],
])("Get → %s (%i) for %s/%s", async (name, status, domain, jobId, message) => {
  const error = await client
    .send(new GetIdentityResolutionJobCommand({ DomainName: domain, JobId: jobId }))
    .then(
      () => undefined,
      (reason: unknown) => reason,
    );
  expect(error).toMatchObject({ name, message, $metadata: { httpStatusCode: status } });
  expect((error as { $metadata: { requestId: string } }).$metadata.requestId).toMatch(UUID_PATTERN);
});

test("List → ResourceNotFoundException for an unknown domain", async () => {
  await expect(
    client.send(new ListIdentityResolutionJobsCommand({ DomainName: "nodomain" })),
  ).rejects.toMatchObject({
    name: "ResourceNotFoundException",
    message: "Domain nodomain not found",
    $metadata: { httpStatusCode: 404 },
  });
});

test("the raw error carries x-amzn-errortype, x-amzn-requestid and a {Message} JSON body", async () => {
  const response = await rawRequest(emulator, `/domains/errors/identity-resolution-jobs/${jobIdOf(404)}`);
  expect(response.status).toBe(404);
  expect(response.headers["content-type"]).toBe("application/json");
  expect(response.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
  expect(response.headers["x-amzn-requestid"]).toMatch(UUID_PATTERN);
  expect(JSON.parse(response.body)).toStrictEqual({
    Message: `Job ${jobIdOf(404)} not found in domain errors`,
  });
});

test("several violations are reported together", async () => {
  const response = await rawRequest(emulator, `/domains/${"d".repeat(65)}/identity-resolution-jobs/xyz`);
  expect(response.status).toBe(400);
  expect(JSON.parse(response.body)).toStrictEqual({
    Message:
      `2 validation errors detected: Value '${"d".repeat(65)}' at 'domainName' failed to satisfy constraint: ` +
      "Member must have length less than or equal to 64; Value 'xyz' at 'jobId' failed to satisfy constraint: " +
      "Member must satisfy regular expression pattern: ^[a-f0-9]{32}$",
  });
});
