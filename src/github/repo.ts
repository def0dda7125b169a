import { InputError } from '../errors.js';
import type { GitHub } from './client.js';
import { explainGitHubError } from './errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

// GitHub's rules: owners are letters, digits and single hyphens (not at the ends), at most 39
// characters; repository names are letters, digits, '.', '_' and '-', and never '.' or '..'.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

export function parseRepository(value: string, input: string): RepoRef {
  const trimmed = value.trim();
  const [owner = '', repo = '', ...rest] = trimmed.split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
    throw new InputError(
      input,
      `"${trimmed}" is not a repository: expected owner/name, for example example-org/example-app.`,
    );
  }
  return { owner, repo };
}

export async function getRepository(
  gh: GitHub,
  repo: RepoRef,
): Promise<{ private: boolean; defaultBranch: string }> {
  try {
    const { data } = await gh.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    return { private: data.private, defaultBranch: data.default_branch };
  } catch (error) {
    throw explainGitHubError(error, `reading the repository ${repo.owner}/${repo.repo}`);
  }
}
