// resolveRegion: argument > stack config > AWS_REGION > AWS_DEFAULT_REGION > the profile's region.
// Real environment variables and a real temporary AWS config file are read; nothing is mocked, but
// nothing here proves how the SDK itself later resolves a region for signing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MissingRegionError } from "../../provider";
import { resolveRegion } from "../../provider/aws/region";
import { rejectionOf } from "./fixtures";

const CONFIG = [
  "[default]",
  "region = ap-south-1",
  "[profile dev]",
  "region = sa-east-1",
  "[profile no-region]",
  "output = json",
  "",
].join("\n");

let saved: NodeJS.ProcessEnv;
let dir: string;

beforeEach(() => {
  saved = { ...process.env };
  dir = mkdtempSync(join(tmpdir(), "region-test-"));
});
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  rmSync(dir, { recursive: true, force: true });
});

/** Points AWS_CONFIG_FILE at a fresh file (a fresh path each time: the SDK's loader caches by path). */
function useConfigFile(text: string): void {
  const file = join(dir, "config");
  writeFileSync(file, text);
  process.env.AWS_CONFIG_FILE = file;
}

describe("precedence", () => {
  beforeEach(() => {
    useConfigFile(CONFIG);
    process.env.AWS_REGION = "us-west-2";
    process.env.AWS_DEFAULT_REGION = "us-west-1";
  });

  test.each<[string, { arg?: string; stackConfig?: string; profile?: string }, string[], string]>([
    [
      "the argument beats everything",
      { arg: "eu-west-1", stackConfig: "eu-central-1", profile: "dev" },
      [],
      "eu-west-1",
    ],
    [
      "stack config beats the environment",
      { stackConfig: "eu-central-1", profile: "dev" },
      [],
      "eu-central-1",
    ],
    ["AWS_REGION beats AWS_DEFAULT_REGION and the profile", { profile: "dev" }, [], "us-west-2"],
    ["AWS_DEFAULT_REGION beats the profile", { profile: "dev" }, ["AWS_REGION"], "us-west-1"],
    ["an empty AWS_REGION counts as unset", {}, ["AWS_REGION=", "AWS_DEFAULT_REGION"], "ap-south-1"],
    ["the named profile's region", { profile: "dev" }, ["AWS_REGION", "AWS_DEFAULT_REGION"], "sa-east-1"],
    ["the default profile's region", {}, ["AWS_REGION", "AWS_DEFAULT_REGION"], "ap-south-1"],
  ])("%s", async (_name, sources, unset, expected) => {
    for (const name of unset) {
      const [key, value] = name.split("=");
      if (value === undefined) delete process.env[key!];
      else process.env[key!] = value;
    }
    await expect(resolveRegion(sources)).resolves.toBe(expected);
  });

  test("AWS_PROFILE picks the profile when no profile is given", async () => {
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    process.env.AWS_PROFILE = "dev";
    await expect(resolveRegion({})).resolves.toBe("sa-east-1");
  });

  test("the profile argument beats AWS_PROFILE", async () => {
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    process.env.AWS_PROFILE = "no-region";
    await expect(resolveRegion({ profile: "dev" })).resolves.toBe("sa-east-1");
  });
});

test("a region in the shared credentials file counts too", async () => {
  useConfigFile("");
  const credentials = join(dir, "credentials");
  writeFileSync(credentials, "[ci]\naws_access_key_id = AKIDEXAMPLE\nregion = ca-central-1\n");
  process.env.AWS_SHARED_CREDENTIALS_FILE = credentials;
  await expect(resolveRegion({ profile: "ci" })).resolves.toBe("ca-central-1");
});

describe("no region anywhere", () => {
  const message = (profile: string) =>
    "No AWS region found. Set one of: the `region` argument, stack config `aws:region` (pulumi config set aws:region us-east-1), " +
    `the AWS_REGION or AWS_DEFAULT_REGION environment variable, or \`region\` in profile '${profile}' of the shared AWS config file.`;

  test.each<[string, string | undefined, string | undefined, string]>([
    ["no config file, default profile", undefined, undefined, "default"],
    ["a profile without a region", CONFIG, "no-region", "no-region"],
    ["a profile missing from the file", CONFIG, "staging", "staging"],
  ])("%s", async (_name, configText, profile, named) => {
    if (configText !== undefined) useConfigFile(configText);
    const error = await rejectionOf(resolveRegion(profile ? { profile } : {}));
    expect(error).toBeInstanceOf(MissingRegionError);
    expect(error.name).toBe("MissingRegionError");
    expect(error.message).toBe(message(named));
  });
});
