// `npm start`: runs the repository's own Pulumi project (index.ts) end to end against the
// embedded emulator's demo data, with a local file:// backend under .pulumi-state/.
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import { LocalWorkspace, PulumiCommand } from "@pulumi/pulumi/automation";
import { startEmulator } from "../emulator";
import { engineEnv, ensurePulumiCli, REPO_ROOT } from "./localEngine";

const STACK = "emulator";

async function main(): Promise<void> {
  const binDir = ensurePulumiCli();
  const emulator = await startEmulator();
  try {
    const stateDir = path.join(REPO_ROOT, ".pulumi-state");
    mkdirSync(path.join(stateDir, "backend"), { recursive: true });
    const pulumi = await PulumiCommand.get({ root: path.dirname(binDir), skipVersionCheck: true });
    const stack = await LocalWorkspace.createOrSelectStack(
      { stackName: STACK, workDir: REPO_ROOT },
      {
        pulumiCommand: pulumi,
        pulumiHome: path.join(stateDir, "home"),
        envVars: {
          ...engineEnv(binDir, emulator),
          PULUMI_BACKEND_URL: `file://${path.join(stateDir, "backend")}`,
        },
      },
    );
    // The demo's newest job finishes a few seconds after the emulator starts: poll every 2 s.
    await stack.setAllConfig({
      "customer-profiles-identity-resolution:pollSeconds": { value: "2" },
    });
    console.log(`Emulator at ${emulator.endpoint}; running \`pulumi up\` on stack '${STACK}'...`);
    const result = await stack.up({ onOutput: (text) => process.stdout.write(text) });
    const out = (name: string) => result.outputs[name]?.value as unknown;
    console.log(
      [
        "",
        `Job ${String(out("jobIdentifier"))} in domain '${String(out("domainName"))}': ${String(out("status"))}`,
        `Export: ${String(out("exportS3Uri"))}`,
      ].join("\n"),
    );
  } finally {
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm start failed: ${message}`);
  process.exitCode = 1;
});
