// A realistic web build (real files from npm packages) through the whole builder, read back by
// the stream reader and by adm-zip.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBundle, type BuiltBundle } from '../../src/bundle/index.js';
import { makeWebBuild, type WebBuild } from '../../test-support/corpus.js';
import { readBoth, removeTempDirs, tempDir, type ReadEntry } from './fixtures.js';

afterAll(removeTempDirs);

describe('the medium corpus', () => {
  let corpus: WebBuild;
  let bundle: BuiltBundle;
  let entries: ReadEntry[];

  beforeAll(async () => {
    corpus = await makeWebBuild(await tempDir(), 'medium');
    bundle = await buildBundle({ path: corpus.path, requireNotifyAppReady: true });
    entries = readBoth(bundle.zip);
  });

  it('is the size of a real app build', () => {
    expect(corpus.files).toBeGreaterThan(1000);
    expect(corpus.bytes).toBeGreaterThan(10_000_000);
  });

  it('holds every file, byte for byte, with index.html at the root', async () => {
    expect(bundle.files).toBe(corpus.files);
    expect(entries.map((e) => e.name)).toEqual(bundle.entries);
    expect(bundle.entries).toContain('index.html');
    for (const entry of entries) {
      const onDisk = await readFile(join(corpus.path, entry.name));
      expect(entry.data.equals(onDisk)).toBe(true);
    }
  });

  it('stores images and fonts and deflates scripts, styles, maps and icons', () => {
    const methods = new Map<string, Set<number>>();
    for (const entry of entries) {
      const extension = entry.name.slice(entry.name.lastIndexOf('.') + 1);
      methods.set(extension, (methods.get(extension) ?? new Set()).add(entry.method));
    }
    expect([...methods.get('png')!]).toEqual([0]);
    expect([...methods.get('woff2')!]).toEqual([0]);
    expect(methods.get('js')).toContain(8);
    expect(methods.get('map')).toContain(8);
    expect(methods.get('css')).toContain(8);
    expect(methods.get('svg')).toContain(8);
  });

  it('compresses the build', () => {
    expect(bundle.size).toBeLessThan(corpus.bytes * 0.85);
  });

  it('gives the same bytes again, and for the same corpus laid out elsewhere', async () => {
    const again = await buildBundle({ path: corpus.path, requireNotifyAppReady: true });
    const elsewhere = await makeWebBuild(await tempDir(), 'medium');
    const other = await buildBundle({ path: elsewhere.path, requireNotifyAppReady: true });

    expect(again.zip.equals(bundle.zip)).toBe(true);
    expect(other.sha256).toBe(bundle.sha256);
  });
});
