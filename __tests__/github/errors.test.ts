import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { explainGitHubError, GitHubError, isAlreadyExists } from '../../src/github/errors.js';

function requestError(status: number, data: unknown, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error('raw octokit message'), {
    name: 'HttpError',
    status,
    response: { data, headers },
  });
}

describe('explainGitHubError', () => {
  it('states the status, GitHub reasons in plain words, the fix and the request id', () => {
    const error = requestError(
      422,
      {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      },
      { 'x-github-request-id': 'ABCD:1234' },
    );
    const explained = explainGitHubError(error, 'creating the release');
    expect(explained).toBeInstanceOf(GitHubError);
    expect((explained as GitHubError).status).toBe(422);
    expect(explained.message).toBe(
      'GitHub answered 422 while creating the release: Validation Failed (Release tag_name already exists). [request id ABCD:1234]',
    );
  });

  it.each([
    [
      403,
      { message: 'Resource not accessible by integration' },
      {},
      /add `permissions: contents: write` to the job/,
    ],
    [401, { message: 'Bad credentials' }, {}, /check that the `token` input holds a valid token/],
    [404, { message: 'Not Found' }, {}, /does not exist or the token cannot see it/],
    [
      409,
      {
        message: 'Repository rule violations found\n\nChanges must be made through a pull request.',
      },
      {},
      /branch is protected/,
    ],
    [
      422,
      { message: 'Protected branch update failed for refs/heads/live-updates.' },
      {},
      /branch is protected/,
    ],
    [
      403,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000000' },
      /re-run later \(the limit resets at 2027-01-15T08:00:00.000Z\)/,
    ],
    [422, { message: 'Cannot upload assets to an immutable release.' }, {}, /bump the version/],
    [502, '<html>502 Bad Gateway</html>', {}, /re-run the job/],
    [
      422,
      {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'Release',
            code: 'custom',
            field: 'tag_name',
            message: 'tag_name was used by an immutable release',
          },
        ],
      },
      {},
      /\(tag_name was used by an immutable release\).*bump the version/,
    ],
  ])('%i %j → the fix', (status, data, headers, fix) => {
    expect(explainGitHubError(requestError(status, data, headers), 'doing it').message).toMatch(
      fix,
    );
  });

  it('gives no reset time for a secondary limit (its reset header is not about it)', () => {
    const secondary = requestError(
      403,
      { message: 'You have exceeded a secondary rate limit.' },
      { 'x-ratelimit-remaining': '4000', 'x-ratelimit-reset': '1800000000' },
    );
    const message = explainGitHubError(secondary, 'uploading').message;
    expect(message).toMatch(/rate limit outlasted the waits this run allows: re-run later\./);
    expect(message).not.toMatch(/resets at/);
  });

  it('says GitHub could not be reached for network failures', () => {
    const network = Object.assign(new Error('other side closed'), {
      name: 'HttpError',
      status: 500,
    });
    expect(explainGitHubError(network, 'uploading').message).toMatch(
      /^GitHub could not be reached while uploading: other side closed\./,
    );
  });

  it('passes UserErrors and other errors through', () => {
    const user = new UserError('mine');
    const plain = new TypeError('bug');
    expect(explainGitHubError(user, 'x')).toBe(user);
    expect(explainGitHubError(plain, 'x')).toBe(plain);
  });

  it('recognises already_exists on a given field', () => {
    const error = requestError(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });
    expect(isAlreadyExists(error, 'name')).toBe(true);
    expect(isAlreadyExists(error, 'tag_name')).toBe(false);
  });
});
