// Reads the manifest from a file (Node server, Lambda with the manifest bundled). The file is
// looked at again at most once a second, and re-read only when its size, time or inode changed,
// which also catches editors that replace the file instead of writing it. A local stat is cheap,
// so the check that triggers it waits for it: an edit applies from the next request on.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestLoader } from '../source.js';

const RECHECK_MS = 1000;

export function createFileLoader(file: string): ManifestLoader {
  const absolute = path.resolve(file);
  return {
    describe: absolute,
    recheckMs: (ttlMs) => Math.min(ttlMs, RECHECK_MS),
    waitForRecheck: true,
    async load(tag) {
      const stamp = await fileStamp(absolute);
      if (tag === stamp) return { changed: false };
      const text = await readFile(absolute, 'utf8').catch((cause: unknown) => {
        throw new Error(`Reading MANIFEST_FILE ${absolute} failed: ${codeOf(cause)}.`);
      });
      return { changed: true, text, tag: stamp };
    },
  };
}

async function fileStamp(file: string): Promise<string> {
  try {
    const info = await stat(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch (cause) {
    throw new Error(`MANIFEST_FILE ${file} cannot be read: ${codeOf(cause)}.`);
  }
}

function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause);
}
