// The reply rules `check` applies, as the plugin reads an update-check answer.
import { describe, expect, test } from '@jest/globals';
import { checkReply } from '../../src/cli/check-reply.js';

const SHA = 'a'.repeat(64);
const offer = {
  version: '1.2.3',
  url: 'https://github.com/o/r/releases/download/v1.2.3/a.zip',
  checksum: SHA,
  session_key: '',
};
const reply = (body: unknown, status = 200) => checkReply(status, JSON.stringify(body));
const failures = (body: unknown) =>
  reply(body)
    .steps.filter((s) => s.status === 'fail')
    .map((s) => s.detail);

describe('a download reply', () => {
  test('a complete one passes every step', () => {
    const verdict = reply(offer);
    expect(verdict.kind).toBe('update');
    expect(verdict.steps.map((s) => [s.step, s.status])).toEqual([
      ['reply', 'ok'],
      ['url', 'ok'],
      ['checksum', 'ok'],
    ]);
  });

  test.each([
    ['session_key null', { ...offer, session_key: null }, 'null at $.session_key'],
    [
      'no session_key',
      { version: '1.2.3', url: offer.url, checksum: SHA },
      'session_key must be a string',
    ],
    ['an empty url', { ...offer, url: '' }, 'url must be a non-empty string'],
    [
      'no checksum',
      { version: '1.2.3', url: offer.url, session_key: '' },
      'checksum must be a non-empty string',
    ],
    ['a message', { ...offer, message: 'hello' }, 'must not carry message'],
    ['a number in comment', { ...offer, comment: 3 }, 'comment must be a string'],
    ['a non-string in data', { ...offer, data: { a: 1 } }, 'data must be an object of strings'],
    ['a string breaking flag', { ...offer, breaking: 'yes' }, 'breaking must be a boolean'],
  ])('with %s fails', (_name, body, problem) => {
    expect(failures(body).join('\n')).toContain(problem);
  });

  test('error or kind next to a url is a reply devices treat as no update', () => {
    expect(failures({ ...offer, kind: 'up_to_date', error: 'x', message: 'y' })).toEqual([
      expect.stringContaining('carries a url next to error/kind'),
    ]);
  });

  test.each([
    ['a CRC32', 'deadbeef', 'looks like CRC32'],
    ['upper-case hex', SHA.toUpperCase(), 'must be lowercase'],
    ['base64', Buffer.alloc(32).toString('base64'), 'expected 64 lowercase hex'],
  ])('a plain checksum as %s fails', (_name, checksum, problem) => {
    expect(failures({ ...offer, checksum }).join('\n')).toContain(problem);
  });

  test('an encrypted bundle needs the 512-hex checksum and an IV:key session key', () => {
    const sessionKey = `${Buffer.alloc(16).toString('base64')}:${Buffer.alloc(256).toString('base64')}`;
    expect(failures({ ...offer, session_key: sessionKey, checksum: 'b'.repeat(512) })).toEqual([]);
    expect(failures({ ...offer, session_key: sessionKey }).join()).toContain('512-hex RSA form');
    expect(
      failures({ ...offer, session_key: 'not-a-key', checksum: 'b'.repeat(512) }).join(),
    ).toContain('session_key is not base64');
  });

  test('http is a warning on loopback and a failure elsewhere', () => {
    const local = reply({ ...offer, url: 'http://127.0.0.1:8080/a.zip' }).steps.find(
      (s) => s.step === 'url',
    );
    expect(local?.status).toBe('warn');
    expect(failures({ ...offer, url: 'http://example.com/a.zip' }).join()).toContain(
      'must use https',
    );
  });
});

describe('a no-update reply', () => {
  const none = {
    error: 'no_new_version_available',
    message: 'No new version available',
    kind: 'up_to_date',
  };

  test('up_to_date passes, blocked warns, failed fails', () => {
    expect(reply(none).steps[0]?.status).toBe('ok');
    expect(reply({ ...none, kind: 'blocked', error: 'disable_emulator' }).steps[0]?.status).toBe(
      'warn',
    );
    expect(reply({ ...none, kind: 'failed', error: 'no_bundle' }).steps[0]?.status).toBe('fail');
  });

  test.each([
    [
      'kind is missing',
      { error: none.error, message: none.message },
      'count it as a failed download',
    ],
    ['kind is unknown', { ...none, kind: 'none' }, 'count it as a failed download'],
    [
      'message is missing',
      { error: none.error, kind: 'up_to_date' },
      'message must be a non-empty string',
    ],
    [
      'error is missing',
      { message: none.message, kind: 'up_to_date' },
      'error must be a non-empty string',
    ],
  ])('fails when %s', (_name, body, problem) => {
    expect(failures(body).join('\n')).toContain(problem);
  });
});

describe('other answers', () => {
  test('builtin is a valid reply', () => {
    expect(reply({ version: 'builtin' }).kind).toBe('builtin');
  });

  test.each([
    ['a 429', checkReply(429, '{}'), 'HTTP 429'],
    ['not JSON', checkReply(200, '<html>'), 'not JSON'],
    ['an array', checkReply(200, '[]'), 'not a JSON object'],
    ['null', checkReply(200, 'null'), 'not a JSON object'],
  ])('%s fails', (_name, verdict, problem) => {
    expect(verdict.kind).toBe('invalid');
    expect(verdict.steps[0]?.detail).toContain(problem);
  });
});
