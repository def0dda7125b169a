// Helpers for the bundle tests: temporary build folders and reading a zip with both readers.
import { expect } from '@jest/globals';
import AdmZip from 'adm-zip';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZipStream } from '../../test-support/zip-stream-reader.js';

export const APP_JS = 'import { CapacitorUpdater } from "x";\nCapacitorUpdater.notifyAppReady();\n';
export const INDEX_HTML =
  '<!doctype html><html><body><script src="app.js"></script></body></html>\n';

const made: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bundle-test-'));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Writes files (relative path → content; a path ending in `/` is an empty folder). */
export async function writeTree(root: string, files: Record<string, string | Buffer>) {
  for (const [relative, content] of Object.entries(files)) {
    const at = join(root, relative);
    if (relative.endsWith('/')) {
      await mkdir(at, { recursive: true });
    } else {
      await mkdir(dirname(at), { recursive: true });
      await writeFile(at, content);
    }
  }
  return root;
}

/** A minimal valid build plus `extra` files, in a new temp folder. */
export async function webBuild(extra: Record<string, string | Buffer> = {}): Promise<string> {
  const root = join(await tempDir(), 'www');
  return writeTree(root, { 'index.html': INDEX_HTML, 'app.js': APP_JS, ...extra });
}

export interface ReadEntry {
  name: string;
  method: number;
  data: Buffer;
}

/**
 * Reads `zip` with the stream reader (local headers, like Android) and with adm-zip (central
 * directory), checks that both see the same entries and bytes, and returns them.
 */
export function readBoth(zip: Buffer): ReadEntry[] {
  const streamed = readZipStream(zip).map(({ name, method, data }) => ({ name, method, data }));
  const central = new AdmZip(zip).getEntries().map((entry) => ({
    name: entry.entryName,
    method: entry.header.method,
    data: entry.isDirectory ? Buffer.alloc(0) : entry.getData(),
  }));
  expect(central.map((e) => e.name)).toEqual(streamed.map((e) => e.name));
  expect(central.map((e) => e.method)).toEqual(streamed.map((e) => e.method));
  central.forEach((entry, i) => expect(entry.data.equals(streamed[i]!.data)).toBe(true));
  return streamed;
}
