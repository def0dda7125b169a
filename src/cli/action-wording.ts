// The action's refusals are worded for a workflow file (`set \`path\``, `the version input`).
// The CLI shows the same refusals, so this table rewrites those phrases into the flags a
// command-line user types. Only these known phrases change; everything else is left as it is.

/** How an action input is given on the command line: `--path`, or `<path>` for a positional. */
export type FlagNames = (input: string) => string;

export const asFlag: FlagNames = (input) => `--${input}`;

/** A flag with its value, as typed: `--version 1.2.3`, or just the value for a positional. */
function typed(flag: string, value: string): string {
  return flag.startsWith('--') ? `${flag} ${value}` : value;
}

function capitalized(first: string, text: string): string {
  return first === first.toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

type Rule = [pattern: RegExp, replace: (flagFor: FlagNames, ...groups: string[]) => string];

const INPUT = '([a-z][a-z0-9-]*)';

const RULES: Rule[] = [
  // "Set `version: 1.2.3`", "set `require-notify-app-ready: false`"
  [
    new RegExp(`\\b([Ss])et \`${INPUT}: ([^\`]+)\``, 'g'),
    (flagFor, s, input, value) => capitalized(s!, `pass ${typed(flagFor(input!), value!)}`),
  ],
  // "set `path` to the folder ..."
  [new RegExp(`\\b([Ss])et \`${INPUT}\``, 'g'), (flagFor, s, input) => `${s}et ${flagFor(input!)}`],
  // "did you mean path: www/dist?"
  [
    new RegExp(`did you mean ${INPUT}: ([^\\s?]+)\\?`, 'g'),
    (flagFor, input, value) => `did you mean ${typed(flagFor(input!), value!)}?`,
  ],
  // "(from the version input)"
  [new RegExp(`\\bthe ${INPUT} input\\b`, 'g'), (flagFor, input) => flagFor(input!)],
  // "the `token` input holds ..."
  [
    new RegExp(`\\bthe \`${INPUT}\` input\\b`, 'g'),
    (flagFor, input) =>
      input === 'token' ? `${flagFor('token')} (or GITHUB_TOKEN)` : flagFor(input!),
  ],
];

export function inCliWords(message: string, flagFor: FlagNames = asFlag): string {
  return RULES.reduce(
    (text, [pattern, replace]) =>
      text.replace(pattern, (_match, ...groups: unknown[]) =>
        replace(flagFor, ...groups.filter((g): g is string => typeof g === 'string')),
      ),
    message,
  );
}
