// The commands that need no server: help and usage errors, `bundle` and `keys`.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, createPublicKey } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decryptBundle, recoverChecksum } from '../../src/bundle/encrypt.js';
import {
  exampleApp,
  expectOneErrorLine,
  removeTempDirs,
  requireBuiltCli,
  runCli,
  tempDir,
} from './helpers.js';

const www = 'examples/web-app/www';
const appVersion = JSON.parse(readFileSync(path.join(exampleApp, 'package.json'), 'utf8')).version;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

describe('help and usage', () => {
  test('--help lists every command and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of [
      'bundle',
      'keys',
      'serve',
      'check',
      'publish',
      'rollback',
      'promote',
      'rollout',
      'prune',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  test.each([
    'bundle',
    'keys',
    'serve',
    'check',
    'publish',
    'rollback',
    'promote',
    'rollout',
    'prune',
  ])('%s --help shows its usage', async (name) => {
    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: live-update-release ${name}`);
    expect(run.stdout).toContain('--debug');
  });

  test('no command, an unknown command, an unknown option or a missing argument exit 2', async () => {
    const runs = await Promise.all([
      runCli([]),
      runCli(['deploy']),
      runCli(['bundle', www, '--zip']),
      runCli(['bundle']),
      runCli(['check']),
      runCli(['check', 'not-a-url', '--app-id', 'com.example.app']),
    ]);
    for (const run of runs) expect(run.code).toBe(2);
    expect(expectOneErrorLine(runs[1]!.stderr)).toContain('unknown command "deploy"');
    expect(expectOneErrorLine(runs[2]!.stderr)).toContain("'--zip'");
    expect(expectOneErrorLine(runs[3]!.stderr)).toContain('missing <path>');
    expect(expectOneErrorLine(runs[5]!.stderr)).toContain('not an http(s) URL');
  });

  test('a bad flag value for an action command is a usage error naming the flag', async () => {
    const run = await runCli([
      'rollout',
      '--rollout',
      '150',
      '--token',
      't',
      '--manifest-repository',
      'example-org/example-app',
    ]);
    expect(run.code).toBe(2);
    expect(expectOneErrorLine(run.stderr)).toContain('--rollout: "150" is not a whole percent');
  });
});

describe('bundle', () => {
  test('prints what publish would write, and --out holds exactly those bytes', async () => {
    const dir = tempDir('bundle');
    const zipFile = path.join(dir, 'app.zip');
    const run = await runCli(['bundle', www, '--out', zipFile]);
    expect(run.code).toBe(0);
    const zip = readFileSync(zipFile);
    expect(run.stdout).toContain(`Bundle ${appVersion} for com.example.app`);
    expect(run.stdout).toContain(`sha256       ${sha256(zip)} (plain zip)`);
    expect(run.stdout).toContain(`size         ${zip.length} bytes`);
    expect(run.stdout).toContain('"session_key": ""');
  });

  test('--json gives the version, hashes and the manifest entry shape', async () => {
    const run = await runCli([
      'bundle',
      www,
      '--json',
      '--version',
      'v2.3.4',
      '--native-versions',
      '>=1.0.0',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      version: '2.3.4',
      app_id: 'com.example.app',
      files: 3,
      session_key: '',
      encrypted: false,
    });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.checksum).toBe(report.sha256);
    expect(report.key_id).toBeUndefined();
    expect(report.manifest_entry).toMatchObject({
      version: '2.3.4',
      checksum: report.sha256,
      sha256: report.sha256,
      size: report.size,
      session_key: '',
      tag: 'v2.3.4',
      native_versions: '>=1.0.0',
      platforms: ['ios', 'android'],
      delivery: 'direct',
    });
  });

  test('the same folder gives the same report from any working directory', async () => {
    const [fromRoot, fromApp, fromElsewhere] = await Promise.all([
      runCli(['bundle', www, '--json']),
      runCli(['bundle', 'www', '--json'], { cwd: exampleApp }),
      runCli(['bundle', path.join(exampleApp, 'www'), '--json'], { cwd: tempDir('elsewhere') }),
    ]);
    for (const run of [fromApp, fromElsewhere]) {
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.sha256).toBe(JSON.parse(fromRoot.stdout).sha256);
      // package.json and capacitor.config sit next to the build folder.
      expect(report).toMatchObject({ version: appVersion, app_id: 'com.example.app' });
    }
  });

  test('--encryption-key-file encrypts as publish would: the device decrypts and verifies it', async () => {
    const dir = tempDir('bundle-enc');
    expect((await runCli(['keys', '--out-dir', dir])).code).toBe(0);
    const publicPem = readFileSync(path.join(dir, 'public.pem'), 'utf8');
    const outFile = path.join(dir, 'app.enc');
    const run = await runCli([
      'bundle',
      www,
      '--json',
      '--out',
      outFile,
      '--encryption-key-file',
      path.join(dir, 'private.pem'),
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const data = readFileSync(outFile);
    expect(report.encrypted).toBe(true);
    expect(report.size).toBe(data.length);
    expect(report.checksum).toMatch(/^[0-9a-f]{512}$/);
    expect(report.key_id).toBe(publicPem.split('\n')[1]!.slice(0, 20));
    expect(report.manifest_entry.key_id).toBe(report.key_id);
    const plain = decryptBundle(data, report.session_key, publicPem);
    expect(sha256(plain)).toBe(report.sha256);
    expect(recoverChecksum(report.checksum, publicPem)).toBe(report.sha256);
  });

  test('the key also comes from LIVE_UPDATE_PRIVATE_KEY', async () => {
    const dir = tempDir('bundle-env');
    await runCli(['keys', '--out-dir', dir]);
    const env = { LIVE_UPDATE_PRIVATE_KEY: readFileSync(path.join(dir, 'private.pem'), 'utf8') };
    const run = await runCli(['bundle', www, '--json'], { env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).encrypted).toBe(true);
    expect(run.stdout + run.stderr).not.toContain('PRIVATE KEY');
  });

  test('a folder without a root index.html fails with one line naming the subfolder', async () => {
    const dir = tempDir('nested');
    cpSync(path.join(exampleApp, 'www'), path.join(dir, 'app'), { recursive: true });
    const run = await runCli(['bundle', dir, '--version', '1.0.0']);
    expect(run.code).toBe(1);
    const line = expectOneErrorLine(run.stderr);
    expect(line).toContain('index.html');
    expect(line).toContain('app');
  });

  test('a bundle without notifyAppReady is refused unless --require-notify-app-ready false', async () => {
    const dir = tempDir('no-notify');
    mkdirSync(path.join(dir, 'www'));
    writeFileSync(path.join(dir, 'www/index.html'), '<!doctype html><script src="a.js"></script>');
    writeFileSync(path.join(dir, 'www/a.js'), 'console.log("hello");');
    const refused = await runCli(['bundle', 'www', '--version', '1.0.0'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(expectOneErrorLine(refused.stderr)).toContain('notifyAppReady');
    const allowed = await runCli(
      ['bundle', 'www', '--version', '1.0.0', '--require-notify-app-ready', 'false'],
      { cwd: dir },
    );
    expect(allowed.code).toBe(0);
  });
});

describe('bundle --manifest-out', () => {
  test('records each bundle in a local manifest with the same rules as publish', async () => {
    const dir = tempDir('local-manifest');
    const manifestFile = path.join(dir, 'manifest.json');
    const first = await runCli([
      'bundle',
      www,
      '--version',
      '1.0.1',
      '--out',
      path.join(dir, 'app-1.0.1.zip'),
      '--manifest-out',
      manifestFile,
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${manifestFile}: published 1.0.1`);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    expect(manifest.app_id).toBe('com.example.app');
    expect(manifest.channels.production.version).toBe('1.0.1');
    // Where `serve --files` serves the folder by default.
    expect(manifest.bundles['1.0.1'].url).toBe('http://127.0.0.1:8081/app-1.0.1.zip');
    expect(manifest.bundles['1.0.1'].sha256).toBe(
      sha256(readFileSync(path.join(dir, 'app-1.0.1.zip'))),
    );

    const beta = await runCli([
      'bundle',
      www,
      '--version',
      '1.0.2',
      '--url',
      'https://cdn.example.com/b.zip',
      '--manifest-out',
      manifestFile,
      '--channel',
      'beta',
      '--json',
    ]);
    expect(beta.code).toBe(0);
    expect(JSON.parse(beta.stdout).manifest.summary).toContain('1.0.2');
    const both = JSON.parse(readFileSync(manifestFile, 'utf8'));
    expect(Object.keys(both.bundles).sort()).toEqual(['1.0.1', '1.0.2']);
    expect(both.channels.beta.version).toBe('1.0.2');
    expect(both.channels.production.version).toBe('1.0.1');
  });

  test('the same version with other content is refused, as publish refuses it', async () => {
    const dir = tempDir('local-conflict');
    const manifestFile = path.join(dir, 'manifest.json');
    const args = [
      '--version',
      '1.0.1',
      '--url',
      'https://cdn.example.com/a.zip',
      '--manifest-out',
      manifestFile,
    ];
    expect((await runCli(['bundle', www, ...args])).code).toBe(0);
    const changed = path.join(dir, 'www');
    cpSync(path.join(exampleApp, 'www'), changed, { recursive: true });
    writeFileSync(path.join(changed, 'extra.txt'), 'new content');
    const run = await runCli(['bundle', changed, ...args]);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toContain('already published with other content');
  });

  test('needs --out or --url', async () => {
    const run = await runCli([
      'bundle',
      www,
      '--manifest-out',
      path.join(tempDir('no-url'), 'm.json'),
    ]);
    expect(run.code).toBe(2);
    expect(expectOneErrorLine(run.stderr)).toContain('needs --out');
  });
});

describe('keys', () => {
  test('writes a private key for a secret (mode 600) and prints only the public key and the snippet', async () => {
    const dir = path.join(tempDir('keys'), 'secrets');
    const run = await runCli(['keys', '--out-dir', dir]);
    expect(run.code).toBe(0);
    const privatePem = readFileSync(path.join(dir, 'private.pem'), 'utf8');
    const publicPem = readFileSync(path.join(dir, 'public.pem'), 'utf8');
    expect(statSync(path.join(dir, 'private.pem')).mode & 0o777).toBe(0o600);
    expect(publicPem).toMatch(
      /^-----BEGIN RSA PUBLIC KEY-----\n[\s\S]+\n-----END RSA PUBLIC KEY-----\n$/,
    );
    const derived = createPublicKey(privatePem).export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(derived).toBe(publicPem);
    expect(createPublicKey(publicPem).asymmetricKeyDetails?.modulusLength).toBe(2048);

    expect(run.stdout).toContain(`"publicKey": ${JSON.stringify(publicPem)}`);
    expect(run.stdout).toContain(`publicKey: '${publicPem.replace(/\n/g, '\\n')}',`);
    expect(run.stdout).toContain(
      `gh secret set LIVE_UPDATE_PRIVATE_KEY < ${path.join(dir, 'private.pem')}`,
    );
    expect(run.stdout).toContain(publicPem);
    const privateBody = privatePem.split('\n').filter((line) => line && !line.startsWith('-----'));
    for (const line of [...privateBody, 'PRIVATE KEY-----'])
      expect(run.stdout + run.stderr).not.toContain(line);
  });

  test('refuses to overwrite without --force, replaces with it', async () => {
    const dir = tempDir('keys-again');
    await runCli(['keys', '--out-dir', dir]);
    const before = readFileSync(path.join(dir, 'private.pem'), 'utf8');
    const refused = await runCli(['keys', '--out-dir', dir]);
    expect(refused.code).toBe(1);
    expect(expectOneErrorLine(refused.stderr)).toContain('--force');
    expect(readFileSync(path.join(dir, 'private.pem'), 'utf8')).toBe(before);
    const forced = await runCli(['keys', '--out-dir', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'private.pem'), 'utf8')).not.toBe(before);
    expect(statSync(path.join(dir, 'private.pem')).mode & 0o777).toBe(0o600);
  });

  test('--json carries the config snippet and key id', async () => {
    const dir = tempDir('keys-json');
    const run = await runCli(['keys', '--out-dir', dir, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const publicPem = readFileSync(path.join(dir, 'public.pem'), 'utf8');
    expect(report.capacitor_config).toEqual({
      plugins: { CapacitorUpdater: { publicKey: publicPem } },
    });
    expect(report.key_id).toBe(
      publicPem
        .replace(/-----[^-]+-----/g, '')
        .replace(/\s+/g, '')
        .slice(0, 20),
    );
    expect(JSON.stringify(report)).not.toContain('PRIVATE KEY-----');
  });
});
