/** Timing one lookup in a fresh process: by the library, by the raw SDK, or by the AWS CLI. */
import { execFile } from "node:child_process";
import { REPO_ROOT } from "../scripts/localEngine";
import { msSince } from "./clock";
import { fixed, median, range } from "./stats";

/** A command that performs one lookup and prints the job's status. */
export interface LookupCommand {
  readonly file: string;
  readonly args: readonly string[];
}

/** Where the job lives and how to reach it. */
export interface LookupTarget {
  readonly endpoint: string;
  readonly domainName: string;
  readonly jobId: string;
}

/**
 * `node -e` of a user's script that requires the library by its package name (run from the
 * repository, the package resolves itself) and reads one job.
 */
export function libraryLookup(target: LookupTarget): LookupCommand {
  const args = JSON.stringify(target);
  const script = `require("@customer-profiles/identity-resolution").getIdentityResolutionJob(${args}).then((job) => process.stdout.write(String(job.status)));`;
  return { file: process.execPath, args: ["-e", script] };
}

/** `node -e` of the same read with the raw SDK: one client, one GetIdentityResolutionJobCommand. */
export function rawSdkLookup(target: LookupTarget): LookupCommand {
  const script = [
    `const { CustomerProfilesClient, GetIdentityResolutionJobCommand } = require("@aws-sdk/client-customer-profiles");`,
    `new CustomerProfilesClient({ endpoint: ${JSON.stringify(target.endpoint)} })`,
    `  .send(new GetIdentityResolutionJobCommand({ DomainName: ${JSON.stringify(target.domainName)}, JobId: ${JSON.stringify(target.jobId)} }))`,
    `  .then((job) => process.stdout.write(String(job.Status)));`,
  ].join("\n");
  return { file: process.execPath, args: ["-e", script] };
}

/** A node process that does nothing: the floor every fresh-process figure includes. */
export function emptyNode(): LookupCommand {
  return { file: process.execPath, args: ["-e", ""] };
}

/** Debian's AWS CLI reading the job (JSON output). */
export function awsCliLookup(target: LookupTarget, region: string): LookupCommand {
  return {
    file: "/usr/bin/aws",
    args: [
      "customer-profiles",
      "get-identity-resolution-job",
      "--domain-name",
      target.domainName,
      "--job-id",
      target.jobId,
      "--endpoint-url",
      target.endpoint,
      "--region",
      region,
      "--output",
      "json",
    ],
  };
}

/**
 * Runs `command` from the repository root with `env` and returns its wall time in ms (spawn to
 * exit, measured here). The caller's event loop stays free, so an in-process emulator answers.
 * @throws Error when the command fails or its output does not contain `expect`.
 */
export function timeCommand(command: LookupCommand, env: NodeJS.ProcessEnv, expect: string): Promise<number> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile(command.file, [...command.args], { cwd: REPO_ROOT, env }, (error, stdout, stderr) => {
      const ms = msSince(start);
      if (error) reject(new Error(`${command.file} failed: ${error.message}\n${stderr}`));
      else if (!stdout.includes(expect)) reject(new Error(`${command.file} printed ${stdout}${stderr}`));
      else resolve(ms);
    });
  });
}

/**
 * Times each command `rounds` times, rotating which goes first in every round, and returns the
 * samples per command (same order as `commands`).
 */
export async function timeRotating(
  commands: readonly { command: LookupCommand; expect: string }[],
  env: NodeJS.ProcessEnv,
  rounds: number,
): Promise<number[][]> {
  const samples = commands.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (round + k) % commands.length;
      const { command, expect } = commands[index]!;
      samples[index]!.push(await timeCommand(command, env, expect));
    }
  }
  return samples;
}

/** A report row for one command's wall times: name, runs, median ms, range ms. */
export function timingRow(name: string, ms: readonly number[]): string {
  const { min, max } = range(ms);
  return `| ${name} | ${ms.length} | ${fixed(median(ms), 0)} | ${fixed(min, 0)}–${fixed(max, 0)} |`;
}
