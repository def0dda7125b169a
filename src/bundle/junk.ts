// Files that operating systems drop into folders on their own. They are never part of an app,
// and `__MACOSX` at the top of a bundle even stops iOS from finding `index.html`.

const JUNK_FILES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini']);
const JUNK_DIRECTORIES = new Set(['__macosx']);

/** True for OS metadata that is left out of the bundle. */
export function isOsJunk(name: string, isDirectory: boolean): boolean {
  // Windows and macOS match these names case-insensitively, so users see them in any case.
  const lower = name.toLowerCase();
  if (isDirectory) return JUNK_DIRECTORIES.has(lower);
  // `._name` files are macOS AppleDouble resource forks, written next to files on non-HFS disks.
  return JUNK_FILES.has(lower) || name.startsWith('._');
}
