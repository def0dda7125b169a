import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import { getRepository, parseRepository } from '../../src/github/repo.js';
import { REPO, REPO_NAME, setup, type Setup } from './helpers.js';

describe('parseRepository', () => {
  it.each(['example-org/example-app', ' octo-cat/repo.name_2 ', 'a/b', 'x1/.github'])(
    'accepts %s',
    (value) => {
      const [owner, repo] = value.trim().split('/');
      expect(parseRepository(value, 'repository')).toEqual({ owner, repo });
    },
  );

  it.each([
    'example-app',
    'a/b/c',
    '/repo',
    'owner/',
    '-owner/repo',
    'own--er/repo',
    'owner/..',
    'owner/re po',
    'https://github.com/a/b',
  ])('refuses %s, naming the input and the expected form', (value) => {
    const error = (() => {
      try {
        parseRepository(value, 'repository');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^Input `repository`: ".*" is not a repository: expected owner\/name/,
    );
  });
});

describe('getRepository', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup({ private: true });
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('reports visibility and default branch', async () => {
    await expect(getRepository(s.gh, REPO)).resolves.toEqual({
      private: true,
      defaultBranch: 'main',
    });
  });

  it('explains a 404 for a private repository the token cannot see', async () => {
    const other = s.client({ token: s.emulator.createToken({ repos: ['example-org/other'] }) });
    await expect(getRepository(other, REPO)).rejects.toThrow(
      /404.*does not exist or the token cannot see it.*release-token/,
    );
    expect(REPO_NAME).toBe('example-org/example-app');
  });
});
