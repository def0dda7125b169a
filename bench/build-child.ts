// One bundle build as its own process, the way the action does it: folder → zip → SHA-256, and
// with a key file the encryption too. The result is written to a file, as the peers write
// theirs, and its figures are printed as one JSON line.
//
//   node build-child.mjs <folder> <out.zip> [<private-key.pem>]
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBundle } from '../src/bundle/build.js';
import { encryptBundleInPlace } from '../src/bundle/encrypt.js';
import { readEncryptionKey } from '../src/bundle/keys.js';

const [folder, out, keyFile] = process.argv.slice(2);
if (!folder || !out) throw new Error('usage: build-child <folder> <out.zip> [<private-key.pem>]');

const bundle = await buildBundle({ path: folder, requireNotifyAppReady: true });
let uploaded = bundle.zip;
if (keyFile) {
  const key = readEncryptionKey(readFileSync(keyFile, 'utf8'));
  // As the action does: the ciphertext takes the plain zip's memory.
  uploaded = encryptBundleInPlace(bundle.zipWithRoom, bundle.size, bundle.sha256, key).data;
}
writeFileSync(out, uploaded);
process.stdout.write(
  `${JSON.stringify({ sha256: bundle.sha256, size: bundle.size, files: bundle.files, uploaded: uploaded.length })}\n`,
);
