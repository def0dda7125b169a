// One run of the action or the CLI: settings in, one command, a result out.
import type { Log } from '../log.js';
import { runManifestCommand } from './commands.js';
import type { RunContext } from './context.js';
import { publish } from './publish.js';
import type { CommandResult } from './result.js';
import type { Settings } from './settings.js';
import { resolveTargets } from './targets.js';

export async function runCommand(
  settings: Settings,
  context: RunContext,
  log: Log,
): Promise<CommandResult> {
  const targets = resolveTargets(settings, context, log);
  return settings.command === 'publish'
    ? publish(settings, context, targets, log)
    : runManifestCommand(settings, context, targets, log);
}
