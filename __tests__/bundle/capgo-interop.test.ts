// Interoperability with the vendor's own CLI (@capgo/cli), which implements the device side of
// the encryption scheme: what we encrypt, it decrypts and verifies; what it encrypts, we do.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBundle, type BuiltBundle } from '../../src/bundle/index.js';
import {
  encryptBundle,
  encryptedChecksum,
  decryptBundle,
  recoverChecksum,
} from '../../src/bundle/encrypt.js';
import { generateKeyPair, readEncryptionKey } from '../../src/bundle/keys.js';
import { canIsolateNetwork, capacitorProject, capgo } from '../../test-support/capgo.js';
import { removeTempDirs, webBuild } from './fixtures.js';

const isolated = canIsolateNetwork();
if (!isolated) {
  console.warn(
    'capgo interop tests skipped: `unshare -rn` is not available to cut the CLI off the network',
  );
}
const describeIsolated = isolated ? describe : describe.skip;

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
