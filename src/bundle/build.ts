// The build folder → a checked, deterministic zip and its SHA-256. The same files give the same
// bytes on every machine: entries sorted by the bytes of their names, no times or modes of the
// build carried over, and compression that depends only on the content.
import { InputError, UserError } from '../errors.js';
import { silentLog, type Log } from '../log.js';
import { nodeFolderHost, type FolderHost } from './folder-host.js';
import { checkBuildFolder } from './folder-checks.js';
import { compressFiles, FileChangedError } from './compress.js';
import { crc32 } from './crc32.js';
import { verifyZip } from './self-check.js';
import { secretLookingFiles } from './exposure.js';
import { walkFolder, type FolderWalk, type WalkedFile } from './walk.js';
import { MAX_ENTRIES, MAX_ZIP_BYTES, METHOD_DEFLATED } from './zip-format.js';
import { ZipWriter, zipCapacity, type PlannedEntry } from './zip-writer.js';

export interface BuildOptions {
  path: string;
  requireNotifyAppReady: boolean;
  /** How `path` is shown in messages and hints, e.g. as the user wrote it (default: `path`). */
  displayPath?: string;
  log?: Log;
}

export interface BuiltBundle {
  zip: Buffer;
  /** `zip` and the free bytes after it, where `encryptBundleInPlace` writes the ciphertext. */
  zipWithRoom: Buffer;
  /** Lowercase hex SHA-256 of `zip`. */
  sha256: string;
  size: number;
  files: number;
  /** Entry names in zip order. */
  entries: string[];
}

const NOTIFY_APP_READY = Buffer.from('notifyAppReady');

export function buildBundle(options: BuildOptions): Promise<BuiltBundle> {
  return buildBundleFrom(nodeFolderHost, options);
}

/** `buildBundle` over any file system, for example a Windows-style tree in tests. */
export async function buildBundleFrom(
  host: FolderHost,
  options: BuildOptions,
): Promise<BuiltBundle> {
  const log = options.log ?? silentLog;
  const label = options.displayPath ?? options.path;
  const root = host.path.resolve(options.path);
  await checkBuildFolder(host, root, label);
  const walk = await walkFolder(host, root, label);
  if (walk.junk.length > 0) {
    log.info(
      `Left out ${walk.junk.length} OS metadata file(s): ${walk.junk.slice(0, 5).join(', ')}`,
    );
  }

  const exposed = secretLookingFiles(walk.files.map((file) => file.name));
  if (exposed.length > 0) {
    log.warning(
      `The bundle will include ${exposed.slice(0, 5).join(', ')}${exposed.length > 5 ? ', …' : ''}: ` +
        'bundles are public downloads. Remove such files from the build folder if they hold secrets.',
    );
  }

  const planned = planEntries(walk);
  checkZipLimits(planned, label);
  const { zip, zipWithRoom, sha256, scriptMentions } = await writeZip(host, walk, planned);
  if (options.requireNotifyAppReady && !scriptMentions) throw missingNotifyAppReady(label);

  const entries = verifyZip(zip);
  log.debug(`Bundle: ${entries.length} entries, ${zip.length} bytes, sha256 ${sha256}`);
  return { zip, zipWithRoom, sha256, size: zip.length, files: walk.files.length, entries };
}

type Planned = PlannedEntry & { file?: WalkedFile };

function planEntries(walk: FolderWalk): Planned[] {
  const planned: Planned[] = [
    ...walk.files.map((file) => ({ name: file.name, size: file.size, file })),
    ...walk.emptyDirectories.map((name) => ({ name, size: 0 })),
  ];
  // Byte order of the UTF-8 names, the same whatever order the file system listed them in.
  const keyed = planned.map((entry) => ({ entry, key: Buffer.from(entry.name, 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return keyed.map(({ entry }) => entry);
}

function checkZipLimits(planned: Planned[], label: string): void {
  // Without zip64 records a zip holds at most 65,535 entries and 4 GiB, far above any app.
  if (planned.length > MAX_ENTRIES) {
    throw new InputError(
      'path',
      `\`${label}\` holds ${planned.length} files and folders; a bundle holds at most ` +
        `${MAX_ENTRIES}. Point \`path\` at the web build only.`,
    );
  }
  const capacity = zipCapacity(planned);
  if (capacity > MAX_ZIP_BYTES) {
    const gib = (capacity / 2 ** 30).toFixed(1);
    throw new InputError(
      'path',
      `\`${label}\` holds ${gib} GiB; bundles are limited to 4 GiB, and devices need twice a ` +
        "bundle's size free to install it. Point `path` at the web build only.",
    );
  }
}

async function writeZip(host: FolderHost, walk: FolderWalk, planned: Planned[]) {
  const compressed = await compressFiles(host, walk.files, NOTIFY_APP_READY).catch(rethrowChange);
  const writer = new ZipWriter(zipCapacity(planned));
  for (const { name, size, file } of planned) {
    const known = compressed.byName.get(name);
    compressed.byName.delete(name);
    if (!file) writer.addDirectory(name);
    else if (known?.deflated) {
      const data = known.deflated;
      writer.addFile(name, { method: METHOD_DEFLATED, crc32: known.crc32, size, data });
    } else await writeStored(host, writer, file, known?.crc32);
  }
  return { ...writer.finish(), scriptMentions: compressed.scriptMentions };
}

/** Reads a stored file straight into its place in the zip. */
async function writeStored(host: FolderHost, writer: ZipWriter, file: WalkedFile, crc?: number) {
  const target = writer.reserveStored(file.name, file.size);
  const complete = await host.readExactly(file.source, target);
  const actual = crc32(target);
  // A file read twice (tried with deflate, then stored) must be the same both times.
  if (!complete || (crc !== undefined && crc !== actual)) throw changedWhileReading(file.name);
  writer.commitStored(actual);
}

function rethrowChange(error: unknown): never {
  if (error instanceof FileChangedError) throw changedWhileReading(error.entryName);
  throw error;
}

function changedWhileReading(name: string): UserError {
  return new UserError(
    `\`${name}\` changed while the bundle was being built. Run this step after the web ` +
      'build has finished writing.',
  );
}

function missingNotifyAppReady(label: string): InputError {
  return new InputError(
    'path',
    `no .js file in \`${label}\` mentions \`notifyAppReady\`. The app must call ` +
      '`CapacitorUpdater.notifyAppReady()` after each update, or the plugin rolls the update ' +
      'back. Add the call; if the app makes it in a way this scan cannot see, set ' +
      '`require-notify-app-ready: false`.',
  );
}
