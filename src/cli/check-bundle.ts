// What a device does with an offered bundle: download it anonymously, following redirects as
// the platform HTTP clients do, decrypt it when it is encrypted, compare its SHA-256 with the
// checksum, and unzip it.
import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { decryptBundle, recoverChecksum } from '../bundle/encrypt.js';
import { entryNameProblem } from '../bundle/self-check.js';
import { checkDeviceUrl } from '../responder/urls.js';
import { BodyTooLargeError, describeBytes, readCappedBody } from './capped-body.js';
import type { UpdateOffer } from './check-reply.js';
import { fail, ok, type Step } from './check-steps.js';
import { fetchFailureReason } from './fetch-failure.js';

const MAX_REDIRECTS = 10;
/**
 * Far above any web bundle (the zip format itself stops at 4 GiB): a file host announcing more
 * is refused rather than held in memory.
 */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export interface Download {
  step: Step;
  data?: Buffer;
}

export async function downloadLikeDevice(start: string, timeoutMs: number): Promise<Download> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(start);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      // No Authorization header (devices have none) and no compression, so sizes are the file's.
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'accept-encoding': 'identity' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, url);
        const refusal = redirectProblem(url, next);
        if (refusal) return { step: fail('download', refusal) };
        url = next;
        continue;
      }
      return await readBody(response, url, hop);
    }
    return { step: fail('download', `${start} redirects more than ${MAX_REDIRECTS} times`) };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return {
        step: fail(
          'download',
          `${url.origin}${url.pathname}: ${error.message}; check refuses bundles above ` +
            `${describeBytes(MAX_BUNDLE_BYTES)}, and a device would struggle with one too`,
        ),
      };
    }
    return { step: fail('download', `${url.href}: ${fetchFailureReason(error, url, timeoutMs)}`) };
  }
}

function redirectProblem(from: URL, to: URL): string | undefined {
  if (from.protocol === 'https:' && to.protocol !== 'https:') {
    const target = `${to.protocol}//${to.host}`;
    return `${from.host} redirects to ${target}; devices do not follow https to http`;
  }
  const check = checkDeviceUrl(to.href);
  return check.ok ? undefined : `redirect to ${to.origin}${to.pathname} ${check.problem}`;
}

async function readBody(response: Response, url: URL, redirects: number): Promise<Download> {
  if (response.status !== 200) {
    await response.body?.cancel();
    return {
      step: fail(
        'download',
        `${url.origin}${url.pathname} answered HTTP ${response.status}; ` +
          'the file must be publicly downloadable',
      ),
    };
  }
  const data = await readCappedBody(response, MAX_BUNDLE_BYTES);
  const declared = response.headers.get('content-length');
  if (declared !== null && Number(declared) !== data.length) {
    return { step: fail('download', `received ${data.length} bytes of the ${declared} announced`) };
  }
  if (data.length === 0) return { step: fail('download', 'the file is empty') };
  const via = redirects > 0 ? ` after ${redirects} redirect${redirects > 1 ? 's' : ''}` : '';
  return { step: ok('download', `${data.length} bytes${via}`), data };
}

/** Decrypts when needed, then checks the hash and the zip; returns one verdict per step. */
export function verifyBundle(
  data: Buffer,
  offer: UpdateOffer,
  publicKeyPem: string | undefined,
): Step[] {
  if (!offer.session_key) return [hashStep(data, offer.checksum), ...zipSteps(data)];
  if (!publicKeyPem) {
    return [
      fail(
        'decrypt',
        'the bundle is encrypted: pass --public-key-file with the public key the app ' +
          'carries to decrypt and verify it',
      ),
    ];
  }
  let expected: string;
  try {
    expected = recoverChecksum(offer.checksum, publicKeyPem);
  } catch {
    return [
      fail(
        'decrypt',
        'this public key cannot read the checksum (devices report decrypt_fail): the bundle ' +
          'was signed with another key pair',
      ),
    ];
  }
  let plain: Buffer;
  try {
    plain = decryptBundle(data, offer.session_key, publicKeyPem);
  } catch {
    // The key pair matches the checksum, so the session key belongs to another encryption
    // of the bundle: the file and the manifest entry come from different runs.
    return [
      fail(
        'decrypt',
        'the session_key does not open the downloaded file (devices report decrypt_fail): the ' +
          'file was encrypted in another run than the one that wrote this manifest entry; ' +
          'upload the file that belongs to the entry, or record the file again',
      ),
    ];
  }
  return [
    ok('decrypt', `${plain.length} bytes after decryption`),
    hashStep(plain, expected),
    ...zipSteps(plain),
  ];
}

function hashStep(zip: Buffer, expected: string): Step {
  const sha256 = createHash('sha256').update(zip).digest('hex');
  if (sha256 === expected) return ok('sha256', `${sha256} matches the checksum`);
  return fail(
    'sha256',
    `the bundle hashes to ${sha256} but the checksum says ${expected}; ` +
      'devices refuse it (checksum_fail)',
  );
}

function zipSteps(zip: Buffer): Step[] {
  let entries: AdmZip.IZipEntry[];
  try {
    entries = new AdmZip(zip).getEntries();
  } catch (error) {
    return [
      fail('zip', `not a readable zip (${(error as Error).message}); devices report unzip_fail`),
    ];
  }
  const names = entries.map((e) => e.entryName);
  const bad = names.flatMap((name) => {
    const problem = entryNameProblem(name);
    return problem ? [`\`${name}\` ${problem}`] : [];
  });
  if (bad.length > 0)
    return [fail('zip', `entry ${bad.slice(0, 3).join(', ')}: Android aborts the install`)];
  if (!names.includes('index.html')) {
    const nested = names.find((n) => n.endsWith('/index.html'));
    return [
      fail(
        'zip',
        'no index.html at the zip root' +
          (nested ? ` (found ${nested}; zip the folder's contents, not the folder)` : ''),
      ),
    ];
  }
  const broken = entries.find((e) => !e.isDirectory && !unzips(e));
  if (broken)
    return [
      fail(
        'zip',
        `${broken.entryName} does not unzip (bad data or CRC); devices report unzip_fail`,
      ),
    ];
  const files = entries.filter((e) => !e.isDirectory).length;
  return [ok('zip', `${files} files unzip; index.html at the root; every entry name is safe`)];
}

function unzips(entry: AdmZip.IZipEntry): boolean {
  try {
    entry.getData();
    return true;
  } catch {
    return false;
  }
}
