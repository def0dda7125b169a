// `bundle` keeps what is on disk consistent: --out is written only when the manifest takes the
// bundle, paths in messages read as the user typed them, and refusals speak in flags.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decryptBundle } from '../../src/bundle/encrypt.js';
import {
  exampleApp,
  expectOneErrorLine,
  removeTempDirs,
  requireBuiltCli,
  runCli,
  tempDir,
} from './helpers.js';

const www = path.join(exampleApp, 'www');

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

describe('bundle --out with --manifest-out', () => {
  test('an encrypted re-run leaves the zip the manifest points at, which still decrypts', async () => {
    const dir = tempDir('rerun');
    await runCli(['keys', '--out-dir', dir]);
    const publicPem = readFileSync(path.join(dir, 'public.pem'), 'utf8');
    const zip = path.join(dir, 'app-1.0.2.zip');
    const manifestFile = path.join(dir, 'manifest.json');
    const args = [
      'bundle',
      www,
      '--version',
      '1.0.2',
      '--encryption-key-file',
      path.join(dir, 'private.pem'),
      '--out',
      zip,
      '--manifest-out',
      manifestFile,
    ];
    expect((await runCli(args)).code).toBe(0);
    const first = readFileSync(zip);

    const again = await runCli(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already published with this content');
    expect(again.stdout).toMatch(/left as is +.*app-1\.0\.2\.zip/);
    expect(readFileSync(zip)).toEqual(first);
    const entry = JSON.parse(readFileSync(manifestFile, 'utf8')).bundles['1.0.2'];
    expect(() => decryptBundle(readFileSync(zip), entry.session_key, publicPem)).not.toThrow();
    // No temporary files are left beside the outputs.
    expect(readdirSync(dir).sort()).toEqual(
      ['app-1.0.2.zip', 'manifest.json', 'private.pem', 'public.pem'].sort(),
    );
  });

  test('a refused version leaves --out untouched', async () => {
    const dir = tempDir('refused');
    const zip = path.join(dir, 'app.zip');
    const manifestFile = path.join(dir, 'manifest.json');
    const flags = ['--version', '1.0.1', '--out', zip, '--manifest-out', manifestFile];
    expect((await runCli(['bundle', www, ...flags])).code).toBe(0);
    const before = readFileSync(zip);
    const changed = path.join(dir, 'www');
    cpSync(www, changed, { recursive: true });
    writeFileSync(path.join(changed, 'extra.txt'), 'new content');

    const run = await runCli(['bundle', changed, ...flags]);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toContain('already published with other content');
    expect(readFileSync(zip)).toEqual(before);
  });

  test('an app id publish would refuse is refused without --manifest-out too', async () => {
    const run = await runCli(['bundle', www, '--version', '1.0.0', '--app-id', 'not valid id!']);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toMatch(/--app-id: `not valid id!` is not an app id/);
  });
});

describe('paths as the user typed them', () => {
  test('the hint for a folder above the working directory reads from there', async () => {
    const parent = tempDir('above');
    cpSync(www, path.join(parent, 'ws/www'), { recursive: true });
    const here = path.join(parent, 'here');
    mkdirSync(here);
    const run = await runCli(['bundle', '../ws', '--version', '1.0.0'], { cwd: here });
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toContain('did you mean ../ws/www?');
  });

  test('a file instead of the folder names the folder to pass', async () => {
    const parent = tempDir('file');
    cpSync(www, path.join(parent, 'ws/www'), { recursive: true });
    const here = path.join(parent, 'here');
    mkdirSync(here);
    const run = await runCli(['bundle', '../ws/www/index.html'], { cwd: here });
    expect(run.code).toBe(2);
    const line = expectOneErrorLine(run.stderr);
    expect(line).toContain('the folder holding index.html');
    expect(line).toContain('../ws/www.');
  });
});

describe('refusals name flags, not action inputs', () => {
  test('a missing version and a missing notifyAppReady', async () => {
    const dir = tempDir('flags');
    mkdirSync(path.join(dir, 'www'));
    writeFileSync(path.join(dir, 'www/index.html'), '<!doctype html><script src="a.js"></script>');
    writeFileSync(path.join(dir, 'www/a.js'), 'console.log("hello");');
    const [noVersion, noNotify] = await Promise.all([
      runCli(['bundle', 'www'], { cwd: dir }),
      runCli(['bundle', 'www', '--version', '1.0.0'], { cwd: dir }),
    ]);
    const versionLine = expectOneErrorLine(noVersion.stderr);
    expect(versionLine).toContain('Pass --version 1.2.3');
    expect(versionLine).not.toContain('`version: 1.2.3`');
    const notifyLine = expectOneErrorLine(noNotify.stderr);
    expect(notifyLine).toContain('pass --require-notify-app-ready false');
    expect(notifyLine).not.toContain('`require-notify-app-ready: false`');
  });
});
