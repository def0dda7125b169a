// The bytes of the bundle zip: deterministic, readable as a stream, compressed only where it
// helps, and refused when it would need zip64.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, utimes, cp } from 'node:fs/promises';
import { join } from 'node:path';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  buildBundle,
  buildBundleFrom,
  DEFLATE_LEVEL,
  isAlreadyCompressed,
} from '../../src/bundle/index.js';
import { crc32Portable } from '../../src/bundle/crc32.js';
import { deflateHere } from '../../src/bundle/deflate.js';
import { readZipStream, ZipStreamError } from '../../test-support/zip-stream-reader.js';
import { APP_JS, INDEX_HTML, readBoth, removeTempDirs, tempDir, webBuild } from './fixtures.js';
import { MemoryHost } from './memory-host.js';

afterAll(removeTempDirs);

const STORED = 0;
const DEFLATED = 8;
const build = (path: string) => buildBundle({ path, requireNotifyAppReady: true });

/** Local header fields of every entry, walked front to back. */
function localHeaders(zip: Buffer) {
  const headers = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const nameLength = zip.readUInt16LE(at + 26);
    const header = {
      versionNeeded: zip.readUInt16LE(at + 4),
      flags: zip.readUInt16LE(at + 6),
      method: zip.readUInt16LE(at + 8),
      time: zip.readUInt16LE(at + 10),
      date: zip.readUInt16LE(at + 12),
      crc32: zip.readUInt32LE(at + 14),
      compressedSize: zip.readUInt32LE(at + 18),
      size: zip.readUInt32LE(at + 22),
      extraLength: zip.readUInt16LE(at + 28),
      name: zip.toString('utf8', at + 30, at + 30 + nameLength),
    };
    headers.push(header);
    at += 30 + nameLength + header.extraLength + header.compressedSize;
  }
  return headers;
}

/** A text that deflates well, as scripts do. */
const SCRIPT = `${APP_JS}${'export const value = "the same line again";\n'.repeat(200)}`;

describe('determinism', () => {
  it('gives the same bytes for a copy with other times, modes and creation order', async () => {
    const files = {
      'assets/b.js': SCRIPT,
      'assets/a.css': 'body { color: red }\n'.repeat(50),
      'z/deep/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    };
    const first = await webBuild(files);
    const second = await webBuild(Object.fromEntries(Object.entries(files).reverse()));
    await utimes(join(second, 'assets/b.js'), new Date('2031-05-06'), new Date('2031-05-06'));
    await chmod(join(second, 'assets/a.css'), 0o600);

    const [a, b] = [await build(first), await build(second)];

    expect(b.zip.equals(a.zip)).toBe(true);
    expect(b.sha256).toBe(a.sha256);
    expect(a.sha256).toBe(createHash('sha256').update(a.zip).digest('hex'));
  });

  it('changes the hash when one byte of one file changes', async () => {
    const first = await webBuild({ 'a.css': 'a{}' });
    const second = await webBuild({ 'a.css': 'b{}' });

    expect((await build(first)).sha256).not.toBe((await build(second)).sha256);
  });

  it('reports the size and count of what it zipped', async () => {
    const root = await webBuild({ 'assets/a.css': 'a{}', 'empty/': '' });

    const bundle = await build(root);

    expect(bundle.size).toBe(bundle.zip.length);
    expect(bundle.files).toBe(3);
    expect(bundle.entries).toEqual(['app.js', 'assets/a.css', 'empty/', 'index.html']);
  });
});

describe('headers', () => {
  it('has a fixed time, sizes and CRC in every local header, no data descriptor, no extra field', async () => {
    const root = await webBuild({ 'assets/b.js': SCRIPT, 'empty/': '' });

    const headers = localHeaders((await build(root)).zip);

    expect(headers.map((h) => h.name)).toEqual(['app.js', 'assets/b.js', 'empty/', 'index.html']);
    for (const header of headers) {
      expect(header.flags & 0x0008).toBe(0);
      expect(header.extraLength).toBe(0);
      expect([header.date, header.time]).toEqual([(1 << 5) | 1, 0]); // 1980-01-01 00:00
    }
    const script = headers.find((h) => h.name === 'assets/b.js')!;
    expect(script).toMatchObject({ method: DEFLATED, size: Buffer.byteLength(SCRIPT) });
    expect(script.crc32).toBe(zlib.crc32(SCRIPT));
    expect(script.compressedSize).toBeLessThan(script.size);
    expect(headers.find((h) => h.name === 'empty/')).toMatchObject({ size: 0, compressedSize: 0 });
  });

  it('sorts entries by the bytes of their UTF-8 names', async () => {
    const root = await webBuild({
      'B.js': '1',
      'a.js': '2',
      'é.js': '3',
      '_.js': '4',
      'Z/x.js': '5',
      'a-b.js': '6',
    });

    const { entries } = await build(root);

    const byBytes = [...entries].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(entries).toEqual(byBytes);
    expect(entries).toEqual([
      'B.js',
      'Z/x.js',
      '_.js',
      'a-b.js',
      'a.js',
      'app.js',
      'index.html',
      'é.js',
    ]);
  });

  it('flags non-ASCII names as UTF-8 and leaves ASCII names unflagged', async () => {
    const root = await webBuild({ 'assets/日本語.js': '1', 'assets/ascii.js': '2' });

    const headers = localHeaders((await build(root)).zip);

    expect(headers.find((h) => h.name === 'assets/日本語.js')!.flags & 0x0800).toBe(0x0800);
    expect(headers.find((h) => h.name === 'assets/ascii.js')!.flags & 0x0800).toBe(0);
    expect(readBoth((await build(root)).zip).map((e) => e.name)).toContain('assets/日本語.js');
  });

  it('passes Info-ZIP unzip -t when unzip is installed', async () => {
    const root = await webBuild({
      'assets/b.js': SCRIPT,
      'img/x.png': randomBytes(3000),
      'e/': '',
    });
    const zipPath = join(await tempDir(), 'bundle.zip');
    await (await import('node:fs/promises')).writeFile(zipPath, (await build(root)).zip);
    let output: string;
    try {
      output = execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    expect(output).toContain('No errors detected');
  });
});

describe('STORED or DEFLATE', () => {
  it('stores already-compressed formats without trying, deflates text, stores what deflate cannot shrink', async () => {
    const noise = randomBytes(20_000);
    const root = await webBuild({
      'assets/a.png': noise,
      'fonts/f.woff2': noise,
      'assets/b.js': SCRIPT,
      'data/noise.bin': noise,
      'tiny.txt': 'ok',
      'empty.txt': '',
      'big.map': 'mapping;'.repeat(20_000),
      'compressible.png': Buffer.alloc(20_000),
    });

    const entries = readBoth((await build(root)).zip);
    const method = (name: string) => entries.find((e) => e.name === name)!.method;

    expect(method('assets/a.png')).toBe(STORED);
    expect(method('fonts/f.woff2')).toBe(STORED);
    // Even a png that would deflate well is stored: the extension decides, not a trial.
    expect(method('compressible.png')).toBe(STORED);
    expect(method('assets/b.js')).toBe(DEFLATED);
    expect(method('big.map')).toBe(DEFLATED);
    expect(method('data/noise.bin')).toBe(STORED);
    expect(method('tiny.txt')).toBe(STORED);
    expect(method('empty.txt')).toBe(STORED);
    expect(entries.find((e) => e.name === 'data/noise.bin')!.data.equals(noise)).toBe(true);
  });

  it.each([
    ['a.png', true],
    ['A.JPG', true],
    ['f.woff2', true],
    ['v.mp4', true],
    ['x.gz', true],
    ['app.js', false],
    ['png', false],
    ['dir.png/file', false],
    ['i.svg', false],
  ])('%s counts as already compressed: %s', (name, expected) => {
    expect(isAlreadyCompressed(name)).toBe(expected);
  });

  it('deflates small files on the main thread to the same bytes as with the default window', () => {
    // Small files get a window sized to them; the output must not depend on which path
    // compressed a file. Sizes straddle the window boundaries (2^bits - 262).
    for (const size of [1, 250, 251, 762, 763, 5000, 32_506, 32_507, 65_536]) {
      // Random halves repeated: the only matches are a half-file apart, at the window's edge.
      const half = randomBytes(Math.ceil(size / 2));
      const text = Buffer.concat([half, half]).subarray(0, size);
      const expected = zlib.deflateRawSync(text, { level: DEFLATE_LEVEL });
      expect(deflateHere(text).equals(expected)).toBe(true);
    }
  });

  it('computes CRC-32 the same with the portable table as natively', () => {
    const data = randomBytes(10_000);
    expect(crc32Portable(data)).toBe(zlib.crc32(data) >>> 0);
    expect(crc32Portable(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('the stream reader', () => {
  it('refuses a STORED entry with a data descriptor, as ZipInputStream does', async () => {
    const zip = Buffer.from((await build(await webBuild({ 'a.png': randomBytes(100) }))).zip);
    expect(zip.toString('utf8', 30, 35)).toBe('a.png');
    expect(zip.readUInt16LE(8)).toBe(STORED);
    zip.writeUInt16LE(zip.readUInt16LE(6) | 0x0008, 6);

    expect(() => readZipStream(zip)).toThrow(
      new ZipStreamError('entry `a.png`: only DEFLATED entries can have EXT descriptor'),
    );
  });

  it('reads a DEFLATE entry whose sizes follow in a data descriptor, as ZipInputStream does', () => {
    const content = Buffer.from(SCRIPT);
    const zip = zipWithDescriptor('streamed.js', content);

    const [entry] = readZipStream(zip);

    expect(entry!.flags & 0x0008).toBe(0x0008);
    expect(entry!.data.equals(content)).toBe(true);
  });

  it('refuses a corrupted CRC', async () => {
    const zip = Buffer.from((await build(await webBuild())).zip);
    zip.writeUInt32LE(0xdeadbeef, 14);

    expect(() => readZipStream(zip)).toThrow('invalid entry CRC');
  });
});

/** One DEFLATE entry written the way streaming zip tools do: zero sizes, then a descriptor. */
function zipWithDescriptor(name: string, content: Buffer): Buffer {
  const data = zlib.deflateRawSync(content);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0008, 6);
  header.writeUInt16LE(DEFLATED, 8);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(zlib.crc32(content) >>> 0, 4);
  descriptor.writeUInt32LE(data.length, 8);
  descriptor.writeUInt32LE(content.length, 12);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return Buffer.concat([header, Buffer.from(name), data, descriptor, end]);
}

describe('zip limits', () => {
  it('refuses more than 65,535 entries (zip64 is not written)', async () => {
    const host = new MemoryHost(path.posix)
      .file('/b/index.html', INDEX_HTML)
      .file('/b/app.js', APP_JS);
    for (let i = 0; i < 65_534; i += 1) host.file(`/b/icons/${i}.svg`, '');

    await expect(
      buildBundleFrom(host, { path: '/b', requireNotifyAppReady: true }),
    ).rejects.toThrow('holds 65536 files and folders; a bundle holds at most 65535');
  });

  it('refuses a build over 4 GiB before reading it', async () => {
    const host = new MemoryHost(path.posix)
      .file('/b/index.html', INDEX_HTML)
      .file('/b/app.js', APP_JS)
      .file('/b/video.mp4', 'never read', 5 * 2 ** 30);

    await expect(
      buildBundleFrom(host, { path: '/b', requireNotifyAppReady: true }),
    ).rejects.toThrow('holds 5.0 GiB; bundles are limited to 4 GiB');
  });

  it('refuses a file that changed size while the bundle was built', async () => {
    const host = new MemoryHost(path.posix)
      .file('/b/index.html', INDEX_HTML)
      .file('/b/app.js', APP_JS, APP_JS.length + 10);

    await expect(
      buildBundleFrom(host, { path: '/b', requireNotifyAppReady: true }),
    ).rejects.toThrow('`app.js` changed while the bundle was being built');
  });
});

describe('a copied build', () => {
  it('gives the same bytes as the original', async () => {
    const root = await webBuild({ 'assets/b.js': SCRIPT });
    const copy = join(await tempDir(), 'copy');
    await cp(root, copy, { recursive: true });

    expect((await build(copy)).sha256).toBe((await build(root)).sha256);
  });
});
