export { buildBundle, buildBundleFrom, type BuildOptions, type BuiltBundle } from './build.js';
export { DEFLATE_LEVEL, isAlreadyCompressed } from './deflate.js';
export {
  decryptBundle,
  encryptBundle,
  encryptBundleInPlace,
  encryptedChecksum,
  recoverChecksum,
  type EncryptedBundle,
} from './encrypt.js';
export {
  nodeFolderHost,
  type EntryKind,
  type FolderEntry,
  type FolderHost,
} from './folder-host.js';
export { isOsJunk } from './junk.js';
export {
  generateKeyPair,
  KEY_BITS,
  keyIdOf,
  readEncryptionKey,
  type EncryptionKey,
} from './keys.js';
export { entryNameProblem, verifyZip, ZipSelfCheckError } from './self-check.js';
export { walkFolder, type FolderWalk, type WalkedFile } from './walk.js';
