// The publisher's RSA key. The plugin decrypts with RSA-2048 in PKCS#1 v1.5 only, so every
// other kind of key is refused here with the reason, before anything is built or uploaded.
// No message ever quotes the key: it comes from a secret.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { InputError } from '../errors.js';

export interface EncryptionKey {
  privateKey: KeyObject;
  /** The public key as the app carries it: PKCS#1 PEM (`BEGIN RSA PUBLIC KEY`). */
  publicKeyPem: string;
  /** What devices send as `key_id`: the first 20 characters of the public key's PEM body. */
  keyId: string;
}

/** The plugin's RSA blocks are 256 bytes. */
export const KEY_BITS = 2048;
const KEY_ID_LENGTH = 20;

const GENERATE_HINT =
  `Generate a key pair with \`openssl genrsa -out private.pem ${KEY_BITS}\` and ` +
  '`openssl rsa -in private.pem -RSAPublicKey_out -out public.pem`.';

/** A PEM block: its label and its text, wherever it sits in the input. */
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const PRIVATE_LABELS = new Set(['RSA PRIVATE KEY', 'PRIVATE KEY']);

/** Reads the private key from `pem` (the value of `input`), or refuses it with the reason. */
export function readEncryptionKey(pem: string, input = 'encryption-key'): EncryptionKey {
  const text = unescapeSecret(pem);
  const blocks = [...text.matchAll(PEM_BLOCK)].map(([, label, body]) => ({
    label: label!,
    body: body!,
  }));
  const block =
    blocks.find((b) => PRIVATE_LABELS.has(b.label) || /PRIVATE KEY/.test(b.label)) ?? blocks[0];
  if (!block) throw notPem(input);
  refuseWrongBlock(block.label, block.body, input);
  const privateKey = parsePrivateKey(block.label, block.body, input);
  refuseWrongKind(privateKey, input);
  return keyFromPrivate(privateKey);
}

/** A new key pair in the forms the plugin and this action expect, and its key id. */
export function generateKeyPair(): { privateKeyPem: string; publicKeyPem: string; keyId: string } {
  const pair = generateKeyPairSync('rsa', { modulusLength: KEY_BITS });
  const key = keyFromPrivate(pair.privateKey);
  const privateKeyPem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return { privateKeyPem, publicKeyPem: key.publicKeyPem, keyId: key.keyId };
}

/** `key_id` of a public key in PKCS#1 PEM form. */
export function keyIdOf(publicKeyPem: string): string {
  const body = publicKeyPem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  return body.slice(0, KEY_ID_LENGTH);
}

function keyFromPrivate(privateKey: KeyObject): EncryptionKey {
  // Devices derive their key id from the PKCS#1 form; the SPKI form begins the same way for
  // every RSA-2048 key, so it must never be used here.
  const publicKeyPem = createPublicKey(privateKey)
    .export({ type: 'pkcs1', format: 'pem' })
    .toString();
  return { privateKey, publicKeyPem, keyId: keyIdOf(publicKeyPem) };
}

// Secrets pasted through CI settings or .env files often arrive with literal `\n` escapes,
// Windows line ends, or wrapped in quotes and blank lines.
function unescapeSecret(value: string): string {
  return value
    .trim()
    .replace(/^(['"])([\s\S]*)\1$/, '$2')
    .replace(/\\r\\n|\\n|\\r/g, '\n')
    .replace(/\r\n?/g, '\n');
}

function refuseWrongBlock(label: string, body: string, input: string): void {
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(body)) {
    throw new InputError(
      input,
      'is protected by a passphrase, which the action cannot enter. Store the key without one: ' +
        '`openssl pkey -in private.pem -out private-plain.pem` (or `openssl rsa` for an ' +
        '`RSA PRIVATE KEY`), and keep it only in the secret.',
    );
  }
  if (/PUBLIC KEY|CERTIFICATE/.test(label)) {
    throw new InputError(
      input,
      `holds a public key (\`BEGIN ${label}\`), but it takes the private key, which signs and ` +
        "encrypts each bundle. The public key goes in the app's capacitor.config as " +
        '`plugins.CapacitorUpdater.publicKey`.',
    );
  }
  if (label === 'OPENSSH PRIVATE KEY') {
    throw new InputError(
      input,
      'is an OpenSSH key; it must be an RSA private key in PEM form (`BEGIN RSA PRIVATE KEY` ' +
        `or \`BEGIN PRIVATE KEY\`). ${GENERATE_HINT}`,
    );
  }
  if (!label.endsWith('PRIVATE KEY')) {
    throw new InputError(
      input,
      `holds a \`BEGIN ${label}\` block, not a private key. It takes an RSA private key in PEM ` +
        `form (\`BEGIN RSA PRIVATE KEY\` or \`BEGIN PRIVATE KEY\`). ${GENERATE_HINT}`,
    );
  }
}

function parsePrivateKey(label: string, body: string, input: string): KeyObject {
  // Rebuilt from the base64 alone, so that spaces or lost line breaks from pasting do not
  // matter; the parser would otherwise reject such a block.
  const base64 = body.replace(/\s+/g, '');
  const lines = base64.match(/.{1,64}/g) ?? [];
  const pem = `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
  try {
    return createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new InputError(
      input,
      `has a \`BEGIN ${label}\` block that cannot be read as a key: its base64 body is damaged ` +
        'or incomplete. Copy the whole file into the secret again, BEGIN and END lines included.',
    );
  }
}

function refuseWrongKind(key: KeyObject, input: string): void {
  const type = key.asymmetricKeyType;
  if (type !== 'rsa') {
    throw new InputError(
      input,
      `is a key of type ${type?.toUpperCase() ?? 'unknown'}; the plugin decrypts only RSA-${KEY_BITS} ` +
        `(PKCS#1 v1.5). ${GENERATE_HINT}`,
    );
  }
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits !== KEY_BITS) {
    throw new InputError(
      input,
      `is an RSA-${bits ?? '?'} key; the plugin needs exactly RSA-${KEY_BITS} (its blocks are ` +
        `256 bytes) and would fail to decrypt every bundle. ${GENERATE_HINT}`,
    );
  }
}

function notPem(input: string): InputError {
  return new InputError(
    input,
    'is not a PEM private key: no `-----BEGIN ... PRIVATE KEY-----` block was found. Paste the ' +
      `whole key file into the secret, BEGIN and END lines included. ${GENERATE_HINT}`,
  );
}
