// The action's refusals, reworded for the command line.
import { describe, expect, test } from '@jest/globals';
import { inCliWords } from '../../src/cli/action-wording.js';

const positionalPath = (input: string) => (input === 'path' ? '<path>' : `--${input}`);

describe('action wording on the command line', () => {
  test.each([
    [
      'or set `path` to the folder the build writes to',
      'or set --path to the folder the build writes to',
    ],
    [
      'no package.json was found. Set `version: 1.2.3`.',
      'no package.json was found. Pass --version 1.2.3.',
    ],
    [
      'if the app makes it in a way this scan cannot see, set `require-notify-app-ready: false`.',
      'if the app makes it in a way this scan cannot see, pass --require-notify-app-ready false.',
    ],
    ['Version 1.0.0 (from the version input).', 'Version 1.0.0 (from --version).'],
    [
      'check that the `token` input holds a valid token',
      'check that --token (or GITHUB_TOKEN) holds a valid token',
    ],
    [
      'holds index.html: did you mean path: ws/www?',
      'holds index.html: did you mean --path ws/www?',
    ],
  ])('%s', (action, cli) => {
    expect(inCliWords(action)).toBe(cli);
  });

  test('a positional path is suggested as the value alone', () => {
    expect(inCliWords('did you mean path: ../ws/www?', positionalPath)).toBe(
      'did you mean ../ws/www?',
    );
    expect(inCliWords('Set `path` to the folder', positionalPath)).toBe('Set <path> to the folder');
  });

  test('workflow settings that are not inputs stay as they are', () => {
    const message = 'add `permissions: contents: write` to the job';
    expect(inCliWords(message)).toBe(message);
  });
});
