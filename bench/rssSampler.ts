/**
 * Peak resident memory of the dynamic-provider process of one project, sampled from /proc while
 * an engine operation runs. Each sample reads the kernel's high-water mark (VmHWM), so the peak
 * between samples is not lost, only growth after the last sample before the process exits.
 */
import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";

/** The marker in the command line of the provider host that `pulumi-resource-pulumi-nodejs` execs. */
const PROVIDER_MARKER = "cmd/dynamic-provider";
/**
 * Processes of the engine that may still `exec` into the provider host (keeping their pid): the
 * launcher, or a just-forked child of `pulumi`. They are judged again on every sample.
 */
const PENDING_MARKER = "pulumi";
/** Milliseconds between samples. */
const INTERVAL_MS = 100;

/** A running sampler. */
export interface RssSampler {
  /** Stops sampling; returns the highest VmHWM seen, in KiB (0 when no provider process was seen). */
  stop(): number;
}

/** Starts sampling provider processes whose working directory is `projectDir`. */
export function sampleProviderRss(projectDir: string): RssSampler {
  const dir = realpathSync(projectDir);
  const verdicts = new Map<number, boolean>();
  let peakKib = 0;
  const sample = () => {
    for (const entry of readdirSync("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      let isProvider = verdicts.get(pid);
      if (isProvider === undefined) {
        const verdict = classify(pid, dir);
        if (verdict !== "pending") verdicts.set(pid, verdict);
        isProvider = verdict === true;
      }
      if (isProvider) peakKib = Math.max(peakKib, highWaterKib(pid));
    }
  };
  const timer = setInterval(sample, INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peakKib;
    },
  };
}

function classify(pid: number, projectDir: string): boolean | "pending" {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes(PROVIDER_MARKER)) return cmdline.includes(PENDING_MARKER) ? "pending" : false;
    return readlinkSync(`/proc/${pid}/cwd`) === projectDir;
  } catch {
    return false; // gone, or not ours to read
  }
}

function highWaterKib(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
