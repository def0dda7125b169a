// C02: entry names must use `/` whatever the OS; a `\` makes Android refuse the whole bundle.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import {
  buildBundleFrom,
  entryNameProblem,
  verifyZip,
  ZipSelfCheckError,
} from '../../src/bundle/index.js';
import { APP_JS, INDEX_HTML, readBoth } from './fixtures.js';
import { MemoryHost } from './memory-host.js';

const options = { path: 'C:\\work\\dist', requireNotifyAppReady: true };

function windowsBuild(): MemoryHost {
  return new MemoryHost(path.win32)
    .file('C:\\work\\dist\\index.html', INDEX_HTML)
    .file('C:\\work\\dist\\assets\\js\\app.js', APP_JS)
    .file('C:\\work\\dist\\assets\\css\\app.css', 'body { margin: 0 }\n')
    .directory('C:\\work\\dist\\static');
}

describe('a build folder walked with Windows path rules', () => {
  it('gives `/`-separated names relative to path, and `/`-ended empty folders', async () => {
    const bundle = await buildBundleFrom(windowsBuild(), options);

    expect(bundle.entries).toEqual([
      'assets/css/app.css',
      'assets/js/app.js',
      'index.html',
      'static/',
    ]);
    expect(bundle.files).toBe(3);
  });

  it('writes those names into both the local headers and the central directory', async () => {
    const bundle = await buildBundleFrom(windowsBuild(), options);

    const entries = readBoth(bundle.zip);
    expect(entries.map((e) => e.name)).toEqual(bundle.entries);
    expect(entries.find((e) => e.name === 'assets/js/app.js')!.data.toString()).toBe(APP_JS);
    for (const entry of entries) expect(entryNameProblem(entry.name)).toBeUndefined();
  });

  it('accepts the path with a trailing separator or forward slashes', async () => {
    const trailing = await buildBundleFrom(windowsBuild(), {
      ...options,
      path: 'C:\\work\\dist\\',
    });
    const forward = await buildBundleFrom(windowsBuild(), { ...options, path: 'C:/work/dist' });

    expect(trailing.sha256).toBe((await buildBundleFrom(windowsBuild(), options)).sha256);
    expect(forward.entries).toEqual(trailing.entries);
  });

  it('gives the same bytes as the same tree walked with POSIX rules', async () => {
    const posix = new MemoryHost(path.posix)
      .file('/work/dist/index.html', INDEX_HTML)
      .file('/work/dist/assets/js/app.js', APP_JS)
      .file('/work/dist/assets/css/app.css', 'body { margin: 0 }\n')
      .directory('/work/dist/static');

    const fromPosix = await buildBundleFrom(posix, { ...options, path: '/work/dist' });

    expect(fromPosix.sha256).toBe((await buildBundleFrom(windowsBuild(), options)).sha256);
  });
});

describe('entry names a device refuses', () => {
  it.each([
    ['assets\\index.js', 'backslash'],
    ['C:/dist/index.html', 'drive letter'],
    ['c:index.html', 'drive letter'],
    ['/index.html', 'absolute'],
    ['./index.html', '`.` segment'],
    ['assets/../../etc/passwd', '`..` segment'],
    ['..', '`..` segment'],
    ['assets//app.js', 'empty segment'],
    ['', 'empty'],
  ])('`%s` is refused (%s)', (name, reason) => {
    expect(entryNameProblem(name)).toContain(reason);
  });

  it.each(['index.html', 'assets/js/app.js', 'static/', '.well-known/assetlinks.json', 'é/ü.js'])(
    '`%s` is fine',
    (name) => expect(entryNameProblem(name)).toBeUndefined(),
  );
});

describe('the self-check of our own central directory', () => {
  it('stops a zip whose central directory holds a backslash name', async () => {
    const bundle = await buildBundleFrom(windowsBuild(), options);
    const zip = Buffer.from(bundle.zip);
    // Corrupt one `/` in the central directory's copy of `assets/js/app.js` into `\`.
    const name = Buffer.from('assets/js/app.js');
    const centralAt = zip.lastIndexOf(name);
    zip[centralAt + 'assets'.length] = '\\'.charCodeAt(0);

    expect(() => verifyZip(zip)).toThrow(ZipSelfCheckError);
    expect(() => verifyZip(zip)).toThrow('entry `assets\\js/app.js` contains a backslash');
  });

  it('stops a zip whose local header disagrees with the central directory', async () => {
    const bundle = await buildBundleFrom(windowsBuild(), options);
    const zip = Buffer.from(bundle.zip);
    zip.writeUInt32LE(0, 14); // CRC-32 of the first local header

    expect(() => verifyZip(zip)).toThrow('disagrees with the central directory');
  });

  it('stops a zip with a data descriptor', async () => {
    const bundle = await buildBundleFrom(windowsBuild(), options);
    const zip = Buffer.from(bundle.zip);
    const end = zip.length - 22;
    const centralAt = zip.readUInt32LE(end + 16);
    zip.writeUInt16LE(zip.readUInt16LE(centralAt + 8) | 0x0008, centralAt + 8);

    expect(() => verifyZip(zip)).toThrow('uses a data descriptor');
  });

  it('returns the entry names of a sound zip', async () => {
    const bundle = await buildBundleFrom(windowsBuild(), options);

    expect(verifyZip(bundle.zip)).toEqual(bundle.entries);
  });
});
