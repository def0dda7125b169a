#!/usr/bin/env node
// `live-update-release <command>`: the action's commands and local tools outside GitHub Actions.
import { actionCommands } from './action-commands.js';
import {
  commandHelp,
  parseCommandLine,
  PROGRAM,
  programHelp,
  UsageError,
  type CommandSpec,
} from './args.js';
import { bundleCommand } from './bundle.js';
import { checkCommand } from './check.js';
import { keysCommand } from './keys.js';
import { exit, exitCodeOf, reportError } from './output.js';
import { serveCommand } from './serve.js';

const COMMANDS: CommandSpec[] = [
  bundleCommand,
  keysCommand,
  serveCommand,
  checkCommand,
  ...actionCommands,
];

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(programHelp(COMMANDS));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(programHelp(COMMANDS));
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    throw new UsageError(
      `unknown command ${JSON.stringify(name)}; run \`${PROGRAM} --help\` for the list`,
    );
  }
  const args = parseWithHint(command, rest);
  if (!args) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  return command.run(args);
}

function parseWithHint(command: CommandSpec, argv: string[]) {
  try {
    return parseCommandLine(command, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`${error.message} (see \`${PROGRAM} ${command.name} --help\`)`);
  }
}

const argv = process.argv.slice(2);
const code = await main(argv).catch((error: unknown) => {
  reportError(error, argv.includes('--debug'));
  return exitCodeOf(error);
});
await exit(code);
