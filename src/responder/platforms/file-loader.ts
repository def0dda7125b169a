// Reads the manifest from a file (Node server, Lambda with the manifest bundled). The file is
// looked at again at most once a second, and re-read only when its size, time or inode changed,
// which also catches editors that replace the file instead of writing it. A local stat is cheap,
// so the check that triggers it waits for it: an edit applies from the next request on. The reads
// are synchronous: parsing the text blocks the event loop longer than reading it would, and a
// chain of thread-pool round trips would hold up the first answer after start-up.
import { readFileSync, statSync } from 'node:fs';
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
      const stamp = fileStamp(absolute);
      if (tag === stamp) return { changed: false };
      return { changed: true, text: readText(absolute), tag: stamp };
    },
  };
}

function fileStamp(file: string): string {
  try {
    const info = statSync(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch (cause) {
    throw new Error(`MANIFEST_FILE ${file} cannot be read: ${codeOf(cause)}.`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`Reading MANIFEST_FILE ${file} failed: ${codeOf(cause)}.`);
  }
}

function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause);
}
