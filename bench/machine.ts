/** The machine and toolchain a benchmark run measured, for the report. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../scripts/localEngine";

/** Machine details, as report-ready text. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memory: string;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** 1-minute load average when the run started (other work on the machine adds noise). */
  readonly loadAtStart: string;
  readonly pulumi: string;
  readonly awsCli: string;
  readonly awsSdk: string;
}

/** Reads the machine's details; tools that cannot be asked are reported as such. */
export function machineInfo(pulumiBinDir: string | undefined): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAtStart: os.loadavg()[0]!.toFixed(2),
    pulumi: pulumiBinDir ? ask(path.join(pulumiBinDir, "pulumi"), ["version"]) : "not used",
    awsCli: ask("/usr/bin/aws", ["--version"]).split(" ")[0] ?? "unknown",
    awsSdk: `@aws-sdk/client-customer-profiles ${packageVersion("@aws-sdk/client-customer-profiles")}`,
  };
}

function ask(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch {
    return "unavailable";
  }
}

function packageVersion(name: string): string {
  const file = path.join(REPO_ROOT, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown";
}
