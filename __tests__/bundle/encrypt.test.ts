// The plugin's encryption scheme, checked the way a device uses it.
import { afterAll, describe, expect, it } from '@jest/globals';
import { createDecipheriv, createHash, constants, publicDecrypt, randomBytes } from 'node:crypto';
import {
  decryptBundle,
  encryptBundle,
  encryptBundleInPlace,
  encryptedChecksum,
  recoverChecksum,
} from '../../src/bundle/encrypt.js';
import { buildBundle } from '../../src/bundle/build.js';
import { generateKeyPair, readEncryptionKey } from '../../src/bundle/keys.js';
import { removeTempDirs, webBuild } from './fixtures.js';

const pair = generateKeyPair();
const key = readEncryptionKey(pair.privateKeyPem);
afterAll(removeTempDirs);

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('encryptBundle', () => {
  const zip = randomBytes(300_000);
  const plain = sha256(zip);
  const encrypted = encryptBundle(zip, plain, key);

  it('decrypts back to the zip with the public key alone', () => {
    expect(decryptBundle(encrypted.data, encrypted.sessionKey, pair.publicKeyPem).equals(zip)).toBe(
      true,
    );
  });

  it('carries the plain SHA-256 in the checksum, recoverable with the public key', () => {
    expect(encrypted.checksum).toMatch(/^[0-9a-f]{512}$/);
    expect(recoverChecksum(encrypted.checksum, pair.publicKeyPem)).toBe(plain);
  });

  it('shapes the session key as base64(IV):base64(RSA(AES key)), 369 characters', () => {
    const [iv, wrapped] = encrypted.sessionKey.split(':');

    expect(encrypted.sessionKey).toHaveLength(369);
    expect(Buffer.from(iv!, 'base64')).toHaveLength(16);
    const aesKey = publicDecrypt(
      { key: pair.publicKeyPem, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(wrapped!, 'base64'),
    );
    expect(aesKey).toHaveLength(16);
    // Raw AES-128-CBC with PKCS#7 padding: no header, no trailer.
    const decipher = createDecipheriv('aes-128-cbc', aesKey, Buffer.from(iv!, 'base64'));
    expect(Buffer.concat([decipher.update(encrypted.data), decipher.final()]).equals(zip)).toBe(
      true,
    );
  });

  it('reports the SHA-256 of the ciphertext and the key id', () => {
    expect(encrypted.sha256).toBe(sha256(encrypted.data));
    expect(encrypted.keyId).toBe(pair.keyId);
    expect(encrypted.data.length).toBe((Math.floor(zip.length / 16) + 1) * 16);
  });

  it('draws a new AES key and IV each time, with the same checksum', () => {
    const again = encryptBundle(zip, plain, key);

    expect(again.sessionKey).not.toBe(encrypted.sessionKey);
    expect(again.data.equals(encrypted.data)).toBe(false);
    expect(again.checksum).toBe(encrypted.checksum);
    expect(encryptedChecksum(plain, key)).toBe(encrypted.checksum);
  });

  it.each([0, 1, 15, 16, 17, 262_144, 262_145])('round-trips a %i-byte zip', (length) => {
    const data = randomBytes(length);
    const result = encryptBundle(data, sha256(data), key);

    expect(decryptBundle(result.data, result.sessionKey, pair.publicKeyPem).equals(data)).toBe(
      true,
    );
    expect(result.data.length % 16).toBe(0);
  });
});

describe('encryptBundleInPlace', () => {
  it.each([0, 1, 15, 16, 17, 262_144, 262_145, 1_000_003])(
    'encrypts a %i-byte zip over itself, writing nothing past the padding',
    (length) => {
      const zip = randomBytes(length);
      const padded = (Math.floor(length / 16) + 1) * 16;
      // The room plus a guard that must stay as it is.
      const memory = Buffer.alloc(padded + 64, 0xa5);
      zip.copy(memory);

      const encrypted = encryptBundleInPlace(memory.subarray(0, padded), length, sha256(zip), key);

      expect(encrypted.data.length).toBe(padded);
      expect(encrypted.data.buffer).toBe(memory.buffer);
      expect(encrypted.data.byteOffset).toBe(memory.byteOffset);
      expect(memory.subarray(padded).every((byte) => byte === 0xa5)).toBe(true);
      expect(encrypted.sha256).toBe(sha256(encrypted.data));
      const decrypted = decryptBundle(encrypted.data, encrypted.sessionKey, pair.publicKeyPem);
      expect(decrypted.equals(zip)).toBe(true);
      expect(recoverChecksum(encrypted.checksum, pair.publicKeyPem)).toBe(sha256(zip));
    },
  );

  it('refuses room too small for the padding, before touching the zip', () => {
    const zip = randomBytes(32);
    const before = Buffer.from(zip);
    expect(() => encryptBundleInPlace(zip, 32, sha256(zip), key)).toThrow(
      'cannot hold the ciphertext of a 32-byte zip',
    );
    expect(zip.equals(before)).toBe(true);
  });

  it("takes the memory of a built bundle's zip", async () => {
    const bundle = await buildBundle({
      path: await webBuild({ 'big.js': 'notifyAppReady();\n'.repeat(50_000) }),
      requireNotifyAppReady: true,
    });
    const plain = Buffer.from(bundle.zip);
    const neighbour = Buffer.from('allocated after the zip');

    const encrypted = encryptBundleInPlace(bundle.zipWithRoom, bundle.size, bundle.sha256, key);

    expect(neighbour.toString()).toBe('allocated after the zip');
    expect(encrypted.data.buffer).toBe(bundle.zip.buffer);
    const decrypted = decryptBundle(encrypted.data, encrypted.sessionKey, pair.publicKeyPem);
    expect(decrypted.equals(plain)).toBe(true);
  });
});

describe('what a device with another key gets', () => {
  it('cannot recover the AES key or the checksum', () => {
    const other = generateKeyPair();
    const zip = randomBytes(1000);
    const encrypted = encryptBundle(zip, sha256(zip), key);

    expect(() => decryptBundle(encrypted.data, encrypted.sessionKey, other.publicKeyPem)).toThrow();
    expect(() => recoverChecksum(encrypted.checksum, other.publicKeyPem)).toThrow();
  });
});

describe('input checks', () => {
  it('refuses a plain SHA-256 that is not lowercase hex', () => {
    expect(() => encryptedChecksum('ABC', key)).toThrow('expected a lowercase hex SHA-256');
    expect(() => encryptedChecksum('A'.repeat(64), key)).toThrow(
      'expected a lowercase hex SHA-256',
    );
  });

  it('refuses a malformed session key', () => {
    expect(() => decryptBundle(Buffer.alloc(16), 'no-colon', pair.publicKeyPem)).toThrow(
      'session key is not',
    );
    expect(() => decryptBundle(Buffer.alloc(16), 'AAAA:BBBB:CCCC', pair.publicKeyPem)).toThrow(
      'session key is not',
    );
  });
});

describe('bundles from buildBundle', () => {
  it('encrypt and decrypt back, leaving the zip and nearby memory untouched', async () => {
    const extras: Array<Record<string, string>> = [
      {},
      { 'big.js': 'notifyAppReady();\n'.repeat(50_000) },
    ];
    for (const extra of extras) {
      const bundle = await buildBundle({
        path: await webBuild(extra),
        requireNotifyAppReady: true,
      });
      const before = Buffer.from(bundle.zip);
      const neighbour = Buffer.from('allocated after the zip');

      const encrypted = encryptBundle(bundle.zip, bundle.sha256, key);

      expect(bundle.zip.equals(before)).toBe(true);
      expect(neighbour.toString()).toBe('allocated after the zip');
      expect(encrypted.sha256).toBe(sha256(encrypted.data));
      expect(encrypted.data.length).toBe((Math.floor(bundle.zip.length / 16) + 1) * 16);
      const decrypted = decryptBundle(encrypted.data, encrypted.sessionKey, pair.publicKeyPem);
      expect(decrypted.equals(bundle.zip)).toBe(true);
      expect(recoverChecksum(encrypted.checksum, pair.publicKeyPem)).toBe(bundle.sha256);
      // A copy of the zip (not ours) goes the slice-by-slice way, to a ciphertext of equal form.
      const copied = encryptBundle(Buffer.from(bundle.zip), bundle.sha256, key);
      expect(
        decryptBundle(copied.data, copied.sessionKey, pair.publicKeyPem).equals(bundle.zip),
      ).toBe(true);
    }
  });
});
