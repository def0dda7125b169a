// Command-line parsing shared by every command: each option is declared once with its help
// text, parsed with node:util, and every refusal becomes a usage error (exit code 2).
import { parseArgs } from 'node:util';

export const PROGRAM = 'live-update-release';

/** A command line that cannot be run as written; the fix is in `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help, e.g. `semver` for `--version <semver>`. */
  value?: string;
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface PositionalSpec {
  name: string;
  required: boolean;
}

export type Values = Record<string, string | boolean | undefined>;

export interface ParsedArgs {
  positionals: string[];
  values: Values;
  json: boolean;
  debug: boolean;
}

export interface CommandSpec {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** Paragraphs shown under the usage line. */
  description: string;
  positionals: PositionalSpec[];
  options: OptionSpecs;
  /** Resolves to the exit code. */
  run(args: ParsedArgs): Promise<number>;
}

export const JSON_OPTION: OptionSpecs = {
  json: { type: 'boolean', help: 'Print the result as JSON on stdout, for scripts.' },
};

const COMMON_OPTIONS: OptionSpecs = {
  debug: { type: 'boolean', help: 'Show debug logs, and the stack trace of an unexpected error.' },
  help: { type: 'boolean', short: 'h', help: 'Show this help.' },
};

/** The parsed command line, or undefined when `--help` was asked for. */
export function parseCommandLine(spec: CommandSpec, argv: string[]): ParsedArgs | undefined {
  const specs = { ...spec.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, o]) => [
      name,
      o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages go on to explain `--`; the first sentence is the useful part.
    throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
  }
  const values = parsed.values as Values;
  if (values.help) return undefined;
  checkPositionals(spec, parsed.positionals);
  return { positionals: parsed.positionals, values, json: !!values.json, debug: !!values.debug };
}

function checkPositionals(spec: CommandSpec, positionals: string[]): void {
  const extra = positionals[spec.positionals.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  const missing = spec.positionals.find((p, i) => p.required && !positionals[i]);
  if (missing) throw new UsageError(`missing <${missing.name}>`);
}

export function commandHelp(spec: CommandSpec): string {
  const args = spec.positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`));
  const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` <${o.value}>` : ''}`;
    return [flag, o.help] as const;
  });
  return [
    `Usage: ${PROGRAM} ${[spec.name, ...args, '[options]'].join(' ')}`,
    '',
    ...wrap(spec.description, HELP_WIDTH),
    '',
    'Options:',
    ...table(rows),
    '',
  ].join('\n');
}

export function programHelp(commands: CommandSpec[]): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Live-update bundles for Capacitor apps (@capgo/capacitor-updater), published to GitHub',
    'Releases with a manifest in the repository, and served by a small responder.',
    '',
    'Commands:',
    ...table(commands.map((c) => [c.name, c.summary] as const)),
    '',
    `Run \`${PROGRAM} <command> --help\` for a command's options.`,
    'Exit codes: 0 success, 1 failure, 2 usage error.',
    '',
  ].join('\n');
}

const HELP_WIDTH = 100;

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const indent = ' '.repeat(width + 2);
  return rows.flatMap(([left, right]) => {
    const [first = '', ...more] = wrap(right, Math.max(40, HELP_WIDTH - indent.length));
    return [`  ${left.padEnd(width)}${first}`, ...more.map((line) => indent + line)];
  });
}

function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** A string option's value, or '' when it was not given. */
export function text(values: Values, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

/** A `true|false` option, as the action's boolean inputs are written. */
export function booleanText(values: Values, name: string, fallback: boolean): boolean {
  const value = text(values, name);
  if (value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new UsageError(`--${name}: ${JSON.stringify(value)} is not true or false.`);
}
