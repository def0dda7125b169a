// The action's entry: `node dist/index.js`, as the runner starts it.
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { Log } from '../log.js';
import { readRunContext } from './context.js';
import { setOutputs, writeFailureSummary, writeSummary } from './report.js';
import { runCommand } from './run.js';
import { readSettings } from './settings.js';

const log: Log = { info: core.info, warning: core.warning, debug: core.debug };

async function main(): Promise<void> {
  try {
    // Secrets are masked before anything else can print them.
    for (const secret of ['token', 'release-token', 'encryption-key'])
      maskSecret(core.getInput(secret));
    const settings = readSettings((name) => core.getInput(name));
    const context = readRunContext(process.env, process.cwd());
    core.debug(
      `Command ${settings.command} on channel ${settings.channel} in ${context.repository}.`,
    );
    const result = await runCommand(settings, context, log);
    if (result.plan) {
      core.info(result.headline);
      core.info('A real run would:');
      for (const step of result.plan) core.info(`  - ${step}`);
    }
    setOutputs(result);
    await writeSummary(result);
  } catch (error) {
    const message = failureMessage(error);
    core.setFailed(message);
    await writeFailureSummary(
      error instanceof UserError ? message : (message.split('\n')[0] ?? ''),
    );
  }
}

function maskSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  // Runners mask line by line; a multi-line PEM needs each line masked too.
  const lines = value.split(/\r?\n/).map((line) => line.trim());
  if (lines.length > 1) for (const line of lines) if (line.length > 8) core.setSecret(line);
}

// Refusals a user can act on are shown as they are; anything else keeps its stack for a report.
function failureMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof Error) return `${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

await main();
