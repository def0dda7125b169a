// Interoperability with the vendor's own CLI (@capgo/cli), which implements the device side of
// the encryption scheme: what we encrypt, it decrypts and verifies; what it encrypts, we do.
// The CLI runs in a network namespace of its own (`unshare -rn`): it would otherwise ask the npm
// registry for its latest version, and tests talk to no outside host.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildBundle, type BuiltBundle } from '../../src/bundle/index.js';
import {
  encryptBundle,
  encryptedChecksum,
  decryptBundle,
  recoverChecksum,
} from '../../src/bundle/encrypt.js';
import { generateKeyPair, readEncryptionKey } from '../../src/bundle/keys.js';
import { removeTempDirs, tempDir, webBuild } from './fixtures.js';

const CLI_TIMEOUT_MS = 30_000;
const require = createRequire(import.meta.url);

function installedPackage(name: string): string {
  const roots = require.resolve.paths(name) ?? [];
  const found = roots
    .map((dir) => join(dir, name))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!found) throw new Error(`${name} is not installed: run npm ci`);
  return found;
}

/** Whether this machine lets us run a process without network (user namespaces). */
function canIsolateNetwork(): boolean {
  try {
    execFileSync('unshare', ['-rn', 'true'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

const isolated = canIsolateNetwork();
if (!isolated) {
  console.warn(
    'capgo interop tests skipped: `unshare -rn` is not available to cut the CLI off the network',
  );
}
const describeIsolated = isolated ? describe : describe.skip;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `@capgo/cli` with `args` in `cwd`, without network, within a time bound. */
function capgo(cwd: string, args: string[]): Promise<CliResult> {
  const cli = join(installedPackage('@capgo/cli'), 'dist', 'index.js');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: cwd,
    CAPGO_DISABLE_TELEMETRY: 'true',
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    execFile(
      'unshare',
      ['-rn', process.execPath, cli, ...args],
      { cwd, env, timeout: CLI_TIMEOUT_MS, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A folder the CLI accepts: capacitor.config.json with the public key, and the plugin at 8.x. */
async function capacitorProject(publicKeyPem: string): Promise<string> {
  const dir = await tempDir();
  const config = {
    appId: 'com.example.app',
    appName: 'Example',
    webDir: 'www',
    plugins: { CapacitorUpdater: { publicKey: publicKeyPem } },
  };
  await writeFile(join(dir, 'capacitor.config.json'), JSON.stringify(config, null, 2));
  await mkdir(join(dir, 'node_modules', '@capgo'), { recursive: true });
  await symlink(
    installedPackage('@capgo/capacitor-updater'),
    join(dir, 'node_modules', '@capgo', 'capacitor-updater'),
  );
  return dir;
}

afterAll(removeTempDirs);

describeIsolated('@capgo/cli and our encryption', () => {
  const pair = generateKeyPair();
  const key = readEncryptionKey(pair.privateKeyPem);
  let project: string;
  let bundle: BuiltBundle;

  beforeAll(async () => {
    project = await capacitorProject(pair.publicKeyPem);
    await writeFile(join(project, 'private.pem'), pair.privateKeyPem);
    await writeFile(join(project, 'public.pem'), pair.publicKeyPem);
    bundle = await buildBundle({
      path: await webBuild({ 'assets/app.css': 'body{margin:0}'.repeat(100) }),
      requireNotifyAppReady: true,
    });
  });

  it('decrypts our bundle and verifies our checksum', async () => {
    const encrypted = encryptBundle(bundle.zip, bundle.sha256, key);
    await writeFile(join(project, 'ours.zip'), encrypted.data);

    const result = await capgo(project, [
      'bundle',
      'decrypt',
      'ours.zip',
      encrypted.sessionKey,
      '--key',
      'public.pem',
      '--checksum',
      encrypted.checksum,
    ]);

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Checksum matches');
    const decrypted = await readFile(join(project, 'ours.zip_decrypted.zip'));
    expect(decrypted.equals(bundle.zip)).toBe(true);
  });

  it('does not report a match for a checksum of other content', async () => {
    const encrypted = encryptBundle(bundle.zip, bundle.sha256, key);
    await writeFile(join(project, 'mismatch.zip'), encrypted.data);
    const otherChecksum = encryptedChecksum('0'.repeat(64), key);

    const result = await capgo(project, [
      'bundle',
      'decrypt',
      'mismatch.zip',
      encrypted.sessionKey,
      '--key',
      'public.pem',
      '--checksum',
      otherChecksum,
    ]);

    expect(result.code).not.toBe(0);
    expect(result.stdout).not.toContain('Checksum matches');
    expect(result.stdout).toContain(`Checksum does not match ${bundle.sha256}`);
  });

  it('produces a bundle we decrypt and verify, with the same checksum we compute', async () => {
    await writeFile(join(project, 'plain.zip'), bundle.zip);

    const result = await capgo(project, [
      'bundle',
      'encrypt',
      'plain.zip',
      bundle.sha256,
      '--key',
      'private.pem',
      '--json',
    ]);

    expect(result).toMatchObject({ code: 0 });
    const output = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
      checksum: string;
      filename: string;
      ivSessionKey: string;
    };
    const data = await readFile(join(project, output.filename));
    expect(decryptBundle(data, output.ivSessionKey, pair.publicKeyPem).equals(bundle.zip)).toBe(
      true,
    );
    expect(recoverChecksum(output.checksum, pair.publicKeyPem)).toBe(bundle.sha256);
    // PKCS#1 v1.5 type-1 padding is deterministic: both tools give the same string.
    expect(output.checksum).toBe(encryptedChecksum(bundle.sha256, key));
  });
});
