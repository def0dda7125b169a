// The plugin's bundle encryption: AES-128-CBC over the zip with a fresh key and IV, the AES key
// and the zip's SHA-256 each put through the RSA private-key operation (PKCS#1 v1.5), so any
// device holding the public key can recover them and nobody without the private key can make
// a bundle the device accepts.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  privateEncrypt,
  publicDecrypt,
  randomBytes,
  constants,
} from 'node:crypto';
import type { EncryptionKey } from './keys.js';

export interface EncryptedBundle {
  /** The ciphertext: what is uploaded. */
  data: Buffer;
  /** SHA-256 of `data`, to compare with what the host reports for the upload. */
  sha256: string;
  /** What devices receive as `checksum`: 512 hex characters. */
  checksum: string;
  /** `base64(IV):base64(RSA(AES key))`. */
  sessionKey: string;
  keyId: string;
}

const CIPHER = 'aes-128-cbc';
const AES_KEY_BYTES = 16;
const IV_BYTES = 16;
const BLOCK_BYTES = 16;
/** Encrypted and hashed in slices, so each slice is hashed while it is still in cache. */
const SLICE_BYTES = 256 * 1024;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Encrypts `zip`, whose SHA-256 is `plainSha256`, for devices holding `key`'s public half. */
export function encryptBundle(
  zip: Buffer,
  plainSha256: string,
  key: EncryptionKey,
): EncryptedBundle {
  const room = Buffer.allocUnsafe(paddedLength(zip.length));
  zip.copy(room);
  return encryptBundleInPlace(room, zip.length, plainSha256, key);
}

/**
 * `encryptBundle` in the zip's own memory: `zipWithRoom` holds the zip in its first `zipLength`
 * bytes and has room for the padding after it (`BuiltBundle.zipWithRoom` does). The zip is
 * overwritten. A fresh buffer of the zip's size took a fifth of the encryption's time to fill
 * (its pages are new to the process) and held a second copy of the bundle in memory.
 */
export function encryptBundleInPlace(
  zipWithRoom: Buffer,
  zipLength: number,
  plainSha256: string,
  key: EncryptionKey,
): EncryptedBundle {
  if (zipWithRoom.length < paddedLength(zipLength)) {
    throw new Error(
      `encryptBundleInPlace: ${zipWithRoom.length} bytes cannot hold the ciphertext of a ` +
        `${zipLength}-byte zip`,
    );
  }
  const aesKey = randomBytes(AES_KEY_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { data, sha256 } = encryptAndHash(zipWithRoom, zipLength, aesKey, iv);
  const wrappedKey = rsaPrivateOperation(aesKey, key);
  return {
    data,
    sha256,
    checksum: encryptedChecksum(plainSha256, key),
    sessionKey: `${iv.toString('base64')}:${wrappedKey.toString('base64')}`,
    keyId: key.keyId,
  };
}

/**
 * The checksum devices verify an encrypted bundle against: the RSA operation over the 32 raw
 * bytes of the plain zip's SHA-256 (not its hex text). PKCS#1 v1.5 type-1 padding has no
 * random part, so the same hash and key always give the same string.
 */
export function encryptedChecksum(plainSha256: string, key: EncryptionKey): string {
  if (!SHA256_HEX.test(plainSha256)) {
    throw new Error(
      `encryptedChecksum: expected a lowercase hex SHA-256, got ${plainSha256.length} characters`,
    );
  }
  return rsaPrivateOperation(Buffer.from(plainSha256, 'hex'), key).toString('hex');
}

/** What a device does with a download: recovers the AES key and decrypts. */
export function decryptBundle(data: Buffer, sessionKey: string, publicKeyPem: string): Buffer {
  const [ivText, wrappedText, ...rest] = sessionKey.split(':');
  const iv = Buffer.from(ivText ?? '', 'base64');
  if (rest.length > 0 || iv.length !== IV_BYTES || !wrappedText) {
    throw new Error('session key is not `base64(IV):base64(encrypted AES key)`');
  }
  const aesKey = publicDecrypt(
    { key: publicKeyPem, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(wrappedText, 'base64'),
  );
  const decipher = createDecipheriv(CIPHER, aesKey, iv);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** What a device does with `checksum`: recovers the plain zip's SHA-256 as lowercase hex. */
export function recoverChecksum(checksum: string, publicKeyPem: string): string {
  const digest = publicDecrypt(
    { key: publicKeyPem, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(checksum, 'hex'),
  );
  return digest.toString('hex');
}

function rsaPrivateOperation(data: Buffer, key: EncryptionKey): Buffer {
  return privateEncrypt({ key: key.privateKey, padding: constants.RSA_PKCS1_PADDING }, data);
}

/** PKCS#7 always pads, by a whole block when the length is already a multiple of 16. */
function paddedLength(length: number): number {
  return (Math.floor(length / BLOCK_BYTES) + 1) * BLOCK_BYTES;
}

/**
 * Encrypts the first `length` bytes of `buffer` over themselves. The cipher never returns more
 * bytes than it has read, so each slice of ciphertext lands on plaintext already read; only the
 * final block reaches past `length`.
 */
function encryptAndHash(
  buffer: Buffer,
  length: number,
  aesKey: Buffer,
  iv: Buffer,
): { data: Buffer; sha256: string } {
  const cipher = createCipheriv(CIPHER, aesKey, iv);
  const hash = createHash('sha256');
  let written = 0;
  const append = (piece: Buffer) => {
    hash.update(piece);
    written += piece.copy(buffer, written);
  };
  for (let at = 0; at < length; at += SLICE_BYTES) {
    append(cipher.update(buffer.subarray(at, Math.min(at + SLICE_BYTES, length))));
  }
  append(cipher.final());
  return { data: buffer.subarray(0, written), sha256: hash.digest('hex') };
}
