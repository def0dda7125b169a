// Walks the build folder into the list of files and empty folders the bundle holds. Entry names
// are built from directory-entry names joined with `/`, never from OS paths, so they come out
// the same on Windows and POSIX.
import { InputError } from '../errors.js';
import type { EntryKind, FolderHost } from './folder-host.js';
import { isOsJunk } from './junk.js';

export interface WalkedFile {
  /** Entry name: relative to the build folder, `/`-separated. */
  name: string;
  /** Where to read it, in the host's path syntax. */
  source: string;
  size: number;
}

export interface FolderWalk {
  files: WalkedFile[];
  /** Folders with nothing kept inside, as entry names ending in `/`. */
  emptyDirectories: string[];
  /** OS metadata left out, as entry names. */
  junk: string[];
}

interface Place {
  /** The folder in the host's path syntax, as reached (possibly through links). */
  dir: string;
  /** Its entry-name prefix: `""` at the root, else `a/b/`. */
  prefix: string;
  /** Real paths of this folder and its ancestors, to catch links that loop. */
  realChain: string[];
}

/** Walks `root` (already checked to be a folder); `label` is the `path` input as given. */
export async function walkFolder(
  host: FolderHost,
  root: string,
  label: string,
): Promise<FolderWalk> {
  const walk: FolderWalk = { files: [], emptyDirectories: [], junk: [] };
  const realRoot = await host.realpath(root);
  await visit(host, { dir: root, prefix: '', realChain: [realRoot] }, walk, label);
  return walk;
}

/** Returns how many entries were kept under `place`. */
async function visit(host: FolderHost, place: Place, walk: FolderWalk, label: string) {
  let kept = 0;
  for (const entry of await host.readdir(place.dir)) {
    const name = place.prefix + entry.name;
    if (isOsJunk(entry.name, entry.kind === 'directory')) {
      walk.junk.push(entry.kind === 'directory' ? `${name}/` : name);
      continue;
    }
    refuseUnportableName(entry.name, name, label);
    const source = host.path.join(place.dir, entry.name);
    const resolved = await resolveEntry(host, place, entry.kind, source, name, label);
    kept += 1;
    if (resolved.kind === 'file') {
      walk.files.push({ name, source, size: resolved.size });
      continue;
    }
    const realChain = [...place.realChain, resolved.real];
    const inside = await visit(host, { dir: source, prefix: `${name}/`, realChain }, walk, label);
    if (inside === 0) walk.emptyDirectories.push(`${name}/`);
  }
  return kept;
}

interface Resolved {
  kind: 'file' | 'directory';
  size: number;
  /** Real path of a directory (for loop detection). */
  real: string;
}

async function resolveEntry(
  host: FolderHost,
  place: Place,
  kind: EntryKind,
  source: string,
  name: string,
  label: string,
): Promise<Resolved> {
  if (kind === 'symlink') return resolveLink(host, place, source, name, label);
  if (kind === 'directory') {
    return { kind, size: 0, real: host.path.join(place.realChain.at(-1)!, baseName(name)) };
  }
  const found = kind === 'file' ? await host.stat(source) : undefined;
  if (!found || found.kind !== 'file') throw notRegular(label, name);
  return { kind: 'file', size: found.size, real: '' };
}

// A link inside the folder is zipped as its target's content under the link's own name, like
// a copy: the bundle then holds what the app would see when served from this folder. A link
// out of the folder would ship files the user never meant to publish, so it is refused.
async function resolveLink(
  host: FolderHost,
  place: Place,
  source: string,
  name: string,
  label: string,
): Promise<Resolved> {
  const target = await host.stat(source);
  if (!target) {
    throw new InputError(
      'path',
      `\`${label}\` holds a symbolic link \`${name}\` whose target does not exist. ` +
        'Remove the link or point it at a file inside the folder.',
    );
  }
  const real = await host.realpath(source);
  const realRoot = place.realChain[0]!;
  if (!isInside(host, realRoot, real)) {
    throw new InputError(
      'path',
      `\`${label}\` holds a symbolic link \`${name}\` that leads out of the folder (to ${real}). ` +
        'Only files inside the build folder are published: copy the file in, or remove the link.',
    );
  }
  if (target.kind === 'directory' && place.realChain.includes(real)) {
    throw new InputError(
      'path',
      `\`${label}\` holds a symbolic link \`${name}\` that points back to a folder containing ` +
        'it, which would repeat forever. Remove the link.',
    );
  }
  if (target.kind !== 'file' && target.kind !== 'directory') throw notRegular(label, name);
  return { kind: target.kind, size: target.size, real };
}

function isInside(host: FolderHost, root: string, candidate: string): boolean {
  const relative = host.path.relative(root, candidate);
  if (relative === '') return true;
  const up = relative === '..' || relative.startsWith(`..${host.path.sep}`);
  return !up && !host.path.isAbsolute(relative);
}

function notRegular(label: string, name: string): InputError {
  return new InputError(
    'path',
    `\`${label}\` holds \`${name}\`, which is neither a regular file nor a folder (a socket, ` +
      'pipe or device). A web build holds only files: remove it.',
  );
}

// A POSIX file name may contain `\`; inside a zip that reads as a Windows separator and Android
// refuses to install the bundle (`windows_path_fail`).
function refuseUnportableName(entryName: string, name: string, label: string): void {
  if (!entryName.includes('\\')) return;
  throw new InputError(
    'path',
    `\`${label}\` holds \`${name}\`, whose name contains a backslash. Android refuses bundles ` +
      'with a backslash in any entry name: rename the file.',
  );
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
