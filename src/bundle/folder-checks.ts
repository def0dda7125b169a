// Refusals that need only a look at the top of the build folder, made before anything is read:
// it must exist, hold something, and hold `index.html` at its root, which is where both the
// Android and the iOS plugin look for it after unzipping.
import { InputError } from '../errors.js';
import type { FolderEntry, FolderHost } from './folder-host.js';
import { isOsJunk } from './junk.js';

const INDEX = 'index.html';
/** How deep to look for a misplaced `index.html` to name in the hint. */
const HINT_SEARCH_DEPTH = 3;
const HINT_SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components']);

/** Checks `root` (the resolved `path`; `label` is the input as given). */
export async function checkBuildFolder(host: FolderHost, root: string, label: string) {
  if (label.trim() === '') {
    throw new InputError('path', 'is empty: set it to the folder your web build writes to.');
  }
  const found = await host.stat(root);
  if (!found) {
    throw new InputError(
      'path',
      `\`${label}\` does not exist (resolved to ${root}). Build the web app first ` +
        '(for example `npm run build`) or set `path` to the folder the build writes to, the one ' +
        'with index.html at its root.',
    );
  }
  if (found.kind !== 'directory') {
    throw new InputError(
      'path',
      `\`${label}\` is a file, not a folder: set \`path\` to the folder holding index.html.`,
    );
  }
  const entries = (await host.readdir(root)).filter(
    (e) => !isOsJunk(e.name, e.kind === 'directory'),
  );
  if (entries.length === 0) {
    throw new InputError(
      'path',
      `\`${label}\` is empty; it must hold the web build, with index.html at its root. Build ` +
        'the web app before this step, or set `path` to the folder the build writes to.',
    );
  }
  if (!entries.some(isRootIndex)) await refuseMissingIndex(host, root, label, entries);
  if (entries.some((e) => e.name === 'node_modules')) await refuseProjectFolder(host, root, label);
}

function isRootIndex(entry: FolderEntry): boolean {
  return entry.name === INDEX && (entry.kind === 'file' || entry.kind === 'symlink');
}

async function refuseMissingIndex(
  host: FolderHost,
  root: string,
  label: string,
  entries: FolderEntry[],
): Promise<never> {
  const stated = `\`${label}\` has no \`index.html\` at its root, where the plugin loads it from.`;
  const wrongCase = entries.find((e) => e.name.toLowerCase() === INDEX && e.name !== INDEX);
  if (wrongCase) {
    throw new InputError(
      'path',
      `${stated} It has \`${wrongCase.name}\`, but devices look the name up case-sensitively: ` +
        'rename it to `index.html`.',
    );
  }
  const folders = await foldersHoldingIndex(host, root);
  throw new InputError('path', `${stated} ${hintFor(label, folders)}`);
}

// A project folder can hold its own index.html (Vite keeps the page template at the top), so a
// `path` set to the project instead of its build output passes the check above and would ship
// the sources and every dependency.
async function refuseProjectFolder(host: FolderHost, root: string, label: string): Promise<never> {
  const folders = await foldersHoldingIndex(host, root);
  throw new InputError(
    'path',
    `\`${label}\` holds \`node_modules\`: it looks like the project folder, not its web build ` +
      `output. ${hintFor(label, folders)}`,
  );
}

function hintFor(label: string, folders: string[]): string {
  const base = label.replace(/[\\/]+$/, '');
  const suggest = (folder: string) => `${base}/${folder}`;
  if (folders.length === 1) {
    return `Its subfolder \`${folders[0]}\` holds index.html: did you mean path: ${suggest(folders[0]!)}?`;
  }
  if (folders.length > 1) {
    const listed = folders.slice(0, 3).map((f) => `\`${suggest(f)}\``);
    return `Several subfolders hold index.html (${listed.join(', ')}): set \`path\` to the built web folder.`;
  }
  return 'Set `path` to the folder your web build writes (the one holding index.html).';
}

interface Candidate {
  name: string;
  /** Built output has scripts beside its index.html; a source template (`src/`) has none. */
  hasScripts: boolean;
}

/** Folders below `root` holding `index.html`, the nearest to the root, `/`-separated. */
async function foldersHoldingIndex(host: FolderHost, root: string): Promise<string[]> {
  let level: Array<{ dir: string; prefix: string }> = [{ dir: root, prefix: '' }];
  for (let depth = 1; depth <= HINT_SEARCH_DEPTH && level.length > 0; depth += 1) {
    const next: typeof level = [];
    const holding: Candidate[] = [];
    for (const { dir, prefix } of level) {
      for (const entry of await readableEntries(host, dir)) {
        if (entry.kind !== 'directory' || !isSearchable(entry.name)) continue;
        const childDir = host.path.join(dir, entry.name);
        const inner = await readableEntries(host, childDir);
        if (inner.some(isRootIndex)) {
          const hasScripts = inner.some((e) => /\.[cm]?js$/.test(e.name));
          holding.push({ name: prefix + entry.name, hasScripts });
        }
        next.push({ dir: childDir, prefix: `${prefix}${entry.name}/` });
      }
    }
    if (holding.length > 0) return preferBuilt(holding);
    level = next;
  }
  return [];
}

/** A folder's entries; one the hint search cannot read (permissions) is passed over. */
async function readableEntries(host: FolderHost, dir: string): Promise<FolderEntry[]> {
  try {
    return await host.readdir(dir);
  } catch {
    return [];
  }
}

function preferBuilt(candidates: Candidate[]): string[] {
  const built = candidates.filter((c) => c.hasScripts);
  const chosen = built.length > 0 ? built : candidates;
  return chosen.map((c) => c.name).sort();
}

// Dependencies and hidden folders (.git, .angular caches) hold index.html files of their own
// that are never the app's build.
function isSearchable(name: string): boolean {
  return !name.startsWith('.') && !HINT_SKIPPED_FOLDERS.has(name) && !isOsJunk(name, true);
}
