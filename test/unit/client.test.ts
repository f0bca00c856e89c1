// clientFor: one CustomerProfilesClient per configuration. Real clients are built (no request is
// sent), so this proves identity and the resolved client config, not how those clients behave on
// the wire.
import { CustomerProfilesClient } from "@aws-sdk/client-customer-profiles";
import type { ResolvedAccess } from "../../provider/aws/access";
import { clientFor } from "../../provider/aws/client";

const BASE: ResolvedAccess = {
  region: "eu-west-1",
  roleSessionName: "pulumi-customer-profiles",
  maxAttempts: 3,
  requestTimeoutMs: 30_000,
};
const STATIC = { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secretEXAMPLE", sessionToken: "tokenEXAMPLE" };

test("equal settings share one handle, even as distinct objects", () => {
  const first = clientFor({ ...BASE });
  const second = clientFor({ ...BASE });
  expect(second).toBe(first);
  expect(first.client).toBeInstanceOf(CustomerProfilesClient);
  expect(first.region).toBe("eu-west-1");
});

test.each<[string, Partial<ResolvedAccess>]>([
  ["another region", { region: "eu-central-1" }],
  ["an endpoint", { endpoint: "http://127.0.0.1:4566" }],
  ["a profile", { profile: "dev" }],
  ["more attempts", { maxAttempts: 5 }],
  ["static credentials", { staticCredentials: STATIC }],
  ["other static credentials", { staticCredentials: { ...STATIC, secretAccessKey: "otherEXAMPLE" } }],
  ["a role", { roleArn: "arn:aws:iam::123456789012:role/reader" }],
])("%s gets another client", (_name, change) => {
  expect(clientFor({ ...BASE, ...change }).client).not.toBe(clientFor(BASE).client);
});

test("equal static credentials in new objects share the client", () => {
  const first = clientFor({ ...BASE, staticCredentials: { ...STATIC } });
  expect(clientFor({ ...BASE, staticCredentials: { ...STATIC } })).toBe(first);
});

test("the client is configured from the settings", async () => {
  const { client } = clientFor({ ...BASE, region: "ap-northeast-1", maxAttempts: 7 });
  await expect(client.config.region()).resolves.toBe("ap-northeast-1");
  await expect(client.config.maxAttempts()).resolves.toBe(7);
});

test("static credentials are what the client signs with, and are remembered for scrubbing", async () => {
  const handle = clientFor({ ...BASE, region: "sa-east-1", staticCredentials: { ...STATIC } });
  expect(handle.secrets()).toEqual([]);
  await expect(handle.client.config.credentials()).resolves.toMatchObject(STATIC);
  expect(handle.secrets()).toEqual(["AKIAEXAMPLE", "secretEXAMPLE", "tokenEXAMPLE"]);
});
