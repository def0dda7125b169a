// Settings from the environment: names, defaults and refusals that name the setting.
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PORT, optionsFromEnv } from '../../src/responder/options.js';
import { handler } from '../../src/responder/platforms/lambda.js';
import fetchModule from '../../src/responder/platforms/fetch.js';

describe('optionsFromEnv', () => {
  it('reads every setting and leaves unset ones out', () => {
    const options = optionsFromEnv({
      MANIFEST_URL: 'https://raw.githubusercontent.com/o/r/live-updates/live-update/manifest.json',
      MANIFEST_TOKEN: 'ghp_x',
      MANIFEST_TTL_SECONDS: '12.5',
      GITHUB_TOKEN: 'ghs_y',
      PUBLIC_URL: 'https://updates.example.com',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      PORT: '9090',
      HOST: '127.0.0.1',
      UNRELATED: 'x',
    });
    expect(options).toEqual({
      manifestUrl: 'https://raw.githubusercontent.com/o/r/live-updates/live-update/manifest.json',
      manifestToken: 'ghp_x',
      ttlSeconds: 12.5,
      githubToken: 'ghs_y',
      publicUrl: 'https://updates.example.com',
      githubApiUrl: 'https://ghe.example.com/api/v3',
      port: 9090,
      host: '127.0.0.1',
    });
  });

  it('defaults the port and listens on every interface when HOST is unset', () => {
    const options = optionsFromEnv({ MANIFEST_FILE: 'manifest.json', HOST: '  ' });
    expect(options.port).toBe(DEFAULT_PORT);
    expect(options.host).toBeUndefined();
    expect(options).not.toHaveProperty('ttlSeconds');
  });

  it('refuses bad numbers, naming the variable and the value', () => {
    expect(() => optionsFromEnv({ PORT: '80a' })).toThrow('PORT "80a" must be a whole number');
    expect(() => optionsFromEnv({ PORT: '70000' })).toThrow(/PORT "70000"/);
    expect(() => optionsFromEnv({ MANIFEST_TTL_SECONDS: '-1' })).toThrow(
      /MANIFEST_TTL_SECONDS "-1"/,
    );
  });
});

describe('misconfigured deployments', () => {
  it('the Lambda handler answers devices with kind failed and logs the reason', async () => {
    const saved = { ...process.env };
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => void lines.push(line);
    delete process.env.MANIFEST_URL;
    delete process.env.MANIFEST_FILE;
    try {
      const result = await handler({
        rawPath: '/updates',
        requestContext: { http: { method: 'POST' } },
        body: '{}',
      });
      expect(result.statusCode).toBe(200);
      expect(JSON.parse(result.body)).toMatchObject({
        kind: 'failed',
        error: 'misconfigured_responder',
      });
      expect(lines.join('\n')).toContain('MANIFEST_URL');
    } finally {
      console.log = log;
      process.env = saved;
    }
  });

  it('the Fetch module answers devices with kind failed for a bad binding', async () => {
    const log = console.log;
    console.log = () => {};
    try {
      const response = await fetchModule.fetch(
        new Request('https://updates.example.com/updates', { method: 'POST', body: '{}' }),
        { MANIFEST_URL: 'not a url' },
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ kind: 'failed' });
    } finally {
      console.log = log;
    }
  });
});
