// What the CLI prints. Results go to stdout (text, or JSON with `--json`); progress, warnings
// and errors go to stderr, so a script can read stdout while a person watches stderr.
import { InputError, UserError } from '../errors.js';
import type { Log } from '../log.js';
import { asFlag, inCliWords, type FlagNames } from './action-wording.js';
import { UsageError } from './args.js';

export type { FlagNames } from './action-wording.js';

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** `label  value` lines, aligned; rows without a value are left out. */
export function printFields(rows: [string, string | number | undefined][], indent = '  '): void {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  const width = Math.max(0, ...shown.map(([label]) => label.length)) + 2;
  for (const [label, value] of shown) out(`${indent}${label.padEnd(width)}${value}`);
}

export function consoleLog(debug: boolean): Log {
  const err = (line: string) => void process.stderr.write(`${line}\n`);
  return {
    info: err,
    warning: (message) => err(`warning: ${message}`),
    debug: (message) => (debug ? err(`debug: ${message}`) : undefined),
  };
}

/** One line on stderr; the stack only for unexpected errors and only with `--debug`. */
export function reportError(error: unknown, debug: boolean, flagFor: FlagNames = asFlag): void {
  const line = `error: ${errorMessage(error, flagFor)}`;
  const stack = debug && !(error instanceof UserError) && error instanceof Error ? error.stack : '';
  process.stderr.write(`${line}\n${stack ? `${stack}\n` : ''}`);
}

function errorMessage(error: unknown, flagFor: FlagNames): string {
  if (error instanceof InputError) {
    const prefix = `Input \`${error.input}\`: `;
    const rest = error.message.startsWith(prefix)
      ? error.message.slice(prefix.length)
      : error.message;
    return `${flagFor(error.input)}: ${inCliWords(rest, flagFor)}`;
  }
  if (error instanceof UserError || error instanceof UsageError) {
    return inCliWords(error.message, flagFor);
  }
  if (error instanceof Error) return `${error.message} (run with --debug for details)`;
  return String(error);
}

export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? 2 : 1;
}

/** Waits until stdout and stderr have taken everything written, then ends the process. */
export async function exit(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
  process.exit(code);
}
