// How the CLI stands in for the runner: the repository from the origin remote, and `--path`
// relative to where the user stands.
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { parseRemote, pathInput } from '../../src/cli/run-context.js';

describe('parseRemote', () => {
  test.each([
    ['https://github.com/example-org/example-app.git', 'github.com', 'example-org/example-app'],
    ['https://github.com/example-org/example-app', 'github.com', 'example-org/example-app'],
    [
      'https://user@github.com/example-org/example-app.git/',
      'github.com',
      'example-org/example-app',
    ],
    ['git@github.com:example-org/example-app.git', 'github.com', 'example-org/example-app'],
    [
      'ssh://git@github.com:22/example-org/example-app.git',
      'github.com',
      'example-org/example-app',
    ],
    ['https://ghe.example.com:8443/team/app.git', 'ghe.example.com:8443', 'team/app'],
  ])('%s', (remote, host, repository) => {
    expect(parseRemote(remote)).toEqual({ host, repository });
  });

  test.each(['/srv/git/app.git', 'https://github.com/only-owner', 'https://github.com/a/b/c'])(
    '%s is not a repository URL',
    (remote) => {
      expect(parseRemote(remote)).toBeUndefined();
    },
  );
});

describe('pathInput', () => {
  const workspace = path.resolve('/work/repo');

  test('a folder inside the workspace becomes relative to it', () => {
    expect(pathInput('www', workspace, path.join(workspace, 'apps/shop'))).toBe(
      path.join('apps', 'shop', 'www'),
    );
    expect(pathInput('.', workspace, workspace)).toBe('.');
  });

  test('a folder outside stays absolute', () => {
    expect(pathInput('../other/www', workspace, workspace)).toBe(path.resolve('/work/other/www'));
  });
});
