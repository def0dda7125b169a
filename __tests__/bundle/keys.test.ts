// encryption-key: the forms accepted, each refusal with its reason, and no key material in any
// message.
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, createPublicKey, type KeyObject } from 'node:crypto';
import { generateKeyPair, keyIdOf, readEncryptionKey } from '../../src/bundle/keys.js';
import { InputError } from '../../src/errors.js';

const rsa2048 = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs1 = rsa2048.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const pkcs8 = rsa2048.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPkcs1 = rsa2048.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const publicSpki = rsa2048.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** The refusal `pem` gets; also checks that no line of the key's body is quoted in it. */
function refusal(pem: string, input?: string): InputError {
  let caught: unknown;
  try {
    readEncryptionKey(pem, input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  const { message } = caught as InputError;
  for (const line of pem.split('\n')) {
    const body = line.trim();
    if (body.length >= 16 && !body.startsWith('-----'))
      expect(message).not.toContain(body.slice(0, 16));
  }
  return caught as InputError;
}

function pemOf(key: KeyObject, type: 'pkcs1' | 'pkcs8' | 'sec1'): string {
  return key.export({ type, format: 'pem' } as never).toString();
}

describe('accepted keys', () => {
  it('reads PKCS#1 and PKCS#8 forms of one key to the same public key and key id', () => {
    const fromPkcs1 = readEncryptionKey(pkcs1);
    const fromPkcs8 = readEncryptionKey(pkcs8);

    expect(fromPkcs1.publicKeyPem).toBe(publicPkcs1);
    expect(fromPkcs8.publicKeyPem).toBe(publicPkcs1);
    expect(fromPkcs8.keyId).toBe(fromPkcs1.keyId);
  });

  it('derives key_id from the PKCS#1 public key body, never from the SPKI form', () => {
    const body = publicPkcs1.replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, '');

    const key = readEncryptionKey(pkcs8);

    expect(key.keyId).toBe(body.slice(0, 20));
    expect(key.keyId).toHaveLength(20);
    expect(key.publicKeyPem.startsWith('-----BEGIN RSA PUBLIC KEY-----\n')).toBe(true);
    // Every RSA-2048 SPKI body starts with the same 20 characters: no good as an id.
    const otherSpki = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    expect(keyIdOf(publicSpki)).toBe(keyIdOf(otherSpki.toString()));
    expect(key.keyId).not.toBe(keyIdOf(publicSpki));
  });

  it.each([
    ['literal \\n escapes', pkcs1.replace(/\n/g, '\\n')],
    ['surrounding whitespace', `\n\n   ${pkcs8}  \n\t`],
    ['Windows line ends', pkcs1.replace(/\n/g, '\r\n')],
    ['quotes from a .env file', `"${pkcs1.trim()}"`],
    [
      'the body on one line with spaces',
      pkcs1.replace(/\n(?!-----END)/g, ' ').replace('----- ', '-----\n'),
    ],
    ['a public key block beside it', `${publicPkcs1}\n${pkcs1}`],
  ])('tolerates %s', (_, pem) => {
    expect(readEncryptionKey(pem).keyId).toBe(readEncryptionKey(pkcs1).keyId);
  });

  it('generates a pair whose private key reads back to the same public key and id', () => {
    const pair = generateKeyPair();

    const key = readEncryptionKey(pair.privateKeyPem);

    expect(pair.privateKeyPem).toContain('-----BEGIN RSA PRIVATE KEY-----');
    expect(key.publicKeyPem).toBe(pair.publicKeyPem);
    expect(key.keyId).toBe(pair.keyId);
    expect(createPublicKey(pair.publicKeyPem).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });
});

describe('refused keys', () => {
  it('refuses a key that is not RSA', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const ed = generateKeyPairSync('ed25519').privateKey;

    expect(refusal(pemOf(ec, 'sec1')).message).toContain(
      'is a key of type EC; the plugin decrypts only RSA-2048',
    );
    expect(refusal(pemOf(ec, 'pkcs8')).message).toContain('is a key of type EC');
    expect(refusal(pemOf(ed, 'pkcs8')).message).toContain('is a key of type ED25519');
  });

  it('refuses an RSA key that is not 2048-bit', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;

    const error = refusal(pemOf(small, 'pkcs1'));

    expect(error.message).toBe(
      'Input `encryption-key`: is an RSA-1024 key; the plugin needs exactly RSA-2048 (its blocks are 256 bytes) ' +
        'and would fail to decrypt every bundle. Generate a key pair with `openssl genrsa -out private.pem 2048` ' +
        'and `openssl rsa -in private.pem -RSAPublicKey_out -out public.pem`.',
    );
  });

  it('refuses text that is not PEM', () => {
    expect(refusal('my-secret-key-value').message).toContain('is not a PEM private key');
    expect(refusal('').message).toContain('is not a PEM private key');
    expect(refusal(pkcs1.replace(/-----(BEGIN|END) RSA PRIVATE KEY-----/g, '')).message).toContain(
      'no `-----BEGIN ... PRIVATE KEY-----` block',
    );
  });

  it('refuses a block whose body is damaged', () => {
    const lines = pkcs1.split('\n');
    const damaged = [...lines.slice(0, 5), ...lines.slice(9)].join('\n');

    expect(refusal(damaged).message).toContain(
      'cannot be read as a key: its base64 body is damaged or incomplete',
    );
  });

  it('refuses a passphrase-protected key, PKCS#8 or legacy PKCS#1', () => {
    const encrypted8 = rsa2048.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    const encrypted1 = rsa2048.privateKey
      .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();

    expect(refusal(encrypted8).message).toContain('is protected by a passphrase');
    expect(refusal(encrypted1).message).toContain('is protected by a passphrase');
  });

  it('refuses a public key given instead of the private one', () => {
    for (const pem of [publicPkcs1, publicSpki]) {
      const error = refusal(pem);
      expect(error.message).toContain('holds a public key');
      expect(error.message).toContain('plugins.CapacitorUpdater.publicKey');
    }
  });

  it('refuses an OpenSSH key and other PEM blocks', () => {
    const openssh =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----';
    const request =
      '-----BEGIN CERTIFICATE REQUEST-----\nMIIBVTCBvwIBADAWMRQwEgYDVQQDDAtleGFtcGxl\n-----END CERTIFICATE REQUEST-----';

    expect(refusal(openssh).message).toContain('is an OpenSSH key');
    expect(refusal(request).message).toContain('holds a public key');
    const dh =
      '-----BEGIN DH PARAMETERS-----\nMIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx\n-----END DH PARAMETERS-----';
    expect(refusal(dh).message).toContain('holds a `BEGIN DH PARAMETERS` block, not a private key');
  });

  it('names the input it was given', () => {
    expect(refusal('nope', 'key-file').input).toBe('key-file');
    expect(refusal('nope').input).toBe('encryption-key');
  });
});
