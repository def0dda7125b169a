// publish, rollback, promote, rollout and prune outside GitHub Actions: flags become the
// action's inputs, the runner's context is worked out locally, and the action's runner does
// the work, so both behave alike.
import { runCommand } from '../action/run.js';
import type { CommandResult } from '../action/result.js';
import { readSettings, type Command, type Settings } from '../action/settings.js';
import { InputError } from '../errors.js';
import { text, UsageError, type CommandSpec, type ParsedArgs } from './args.js';
import { COMMAND_INPUTS, commandOptions, DESCRIPTIONS } from './action-options.js';
import { readKeyInput, type KeyInput } from './key-input.js';
import { consoleLog, exitCodeOf, out, printFields, printJson, reportError } from './output.js';
import { cliRunContext, pathInput } from './run-context.js';

export const actionCommands: CommandSpec[] = (Object.keys(COMMAND_INPUTS) as Command[]).map(
  (command) => ({
    name: command,
    summary: DESCRIPTIONS[command][0],
    description: `${DESCRIPTIONS[command][1]} Writes go to GitHub unless --dry-run.`,
    positionals: [],
    options: commandOptions(command),
    run: (args) => runActionCommand(command, args),
  }),
);

async function runActionCommand(command: Command, args: ParsedArgs): Promise<number> {
  const { values } = args;
  let key: KeyInput | undefined;
  const flagFor = (input: string) =>
    input === 'encryption-key' && key ? key.source : `--${input}`;
  try {
    const context = cliRunContext(
      {
        manifestRepository: text(values, 'manifest-repository'),
        apiUrl: text(values, 'api-url'),
        serverUrl: text(values, 'server-url'),
        sha: text(values, 'sha'),
      },
      process.env,
      process.cwd(),
    );
    if (command === 'publish') key = readKeyInput(text(values, 'encryption-key-file'), process.env);
    const settings = settingsFrom(command, args, key, context.workspace);
    const result = await runCommand(settings, context, consoleLog(args.debug));
    if (args.json) printJson(result);
    else printResult(result);
    return 0;
  } catch (error) {
    reportError(error, args.debug, flagFor);
    return exitCodeOf(error);
  }
}

function settingsFrom(
  command: Command,
  args: ParsedArgs,
  key: KeyInput | undefined,
  workspace: string,
): Settings {
  const token = text(args.values, 'token') || process.env.GITHUB_TOKEN || '';
  if (!token) {
    throw new UsageError(
      '--token: missing. Pass --token or set GITHUB_TOKEN to a token that can write contents.',
    );
  }
  const folder = text(args.values, 'path');
  const inputs: Record<string, string> = {
    command,
    token,
    // The action resolves `path` against the workspace; on the command line it is relative to
    // where the user stands.
    path: folder && pathInput(folder, workspace, process.cwd()),
    'encryption-key': key?.pem ?? '',
    'dry-run': args.values['dry-run'] ? 'true' : '',
  };
  const input = (name: string) => inputs[name] ?? text(args.values, name);
  try {
    return readSettings(input);
  } catch (error) {
    // These refusals are about how a flag was written: the command line needs fixing.
    if (error instanceof InputError && error.input !== 'encryption-key') {
      throw new UsageError(`--${error.input}: ${error.message.replace(/^Input `[^`]+`: /, '')}`);
    }
    throw error;
  }
}

function printResult(result: CommandResult): void {
  out(result.headline.charAt(0).toUpperCase() + result.headline.slice(1));
  const moved = result.channelBefore !== undefined || result.channelAfter !== undefined;
  printFields([
    [
      'channel',
      moved
        ? `${result.channel}: ${result.channelBefore ?? 'nothing'} → ` +
          (result.channelAfter ?? 'nothing')
        : result.channel,
    ],
    ['version', result.version],
    ['files', result.files],
    ['size', result.size === undefined ? undefined : `${result.size} bytes`],
    ['sha256', result.sha256],
    ['checksum', result.checksum],
    ['session key', result.sessionKey],
    ['url', result.url],
    ['release', result.releaseUrl],
    ['manifest', result.manifestUrl],
    ['commit', result.manifestCommit],
  ]);
  if (result.plan) {
    out('Plan (nothing was written):');
    for (const step of result.plan) out(`  - ${step}`);
  }
}
