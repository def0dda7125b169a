// C03 and the other refusals of step 1: what a build folder must look like, and what the user
// is told when it does not.
import { afterAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildBundle } from '../../src/bundle/index.js';
import { InputError } from '../../src/errors.js';
import {
  APP_JS,
  INDEX_HTML,
  readBoth,
  removeTempDirs,
  tempDir,
  webBuild,
  writeTree,
} from './fixtures.js';

afterAll(removeTempDirs);

const build = (path: string, requireNotifyAppReady = true) =>
  buildBundle({ path, requireNotifyAppReady });

/** The InputError `promise` rejects with (fails the test when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('C03: index.html must be at the bundle root', () => {
  it('(a) zips index.html and assets/app.js with index.html at the root', async () => {
    const root = await writeTree(join(await tempDir(), 'www'), {
      'index.html': INDEX_HTML,
      'assets/app.js': APP_JS,
    });

    const bundle = await build(root);

    expect(bundle.entries).toEqual(['assets/app.js', 'index.html']);
    expect(readBoth(bundle.zip).map((e) => e.name)).toEqual(['assets/app.js', 'index.html']);
  });

  it('(b) refuses app/index.html + README.md, naming the subfolder', async () => {
    const root = await writeTree(join(await tempDir(), 'out'), {
      'app/index.html': INDEX_HTML,
      'app/main.js': APP_JS,
      'README.md': '# app\n',
    });

    const error = await refusal(build(root));

    expect(error.input).toBe('path');
    expect(error.message).toContain('has no `index.html` at its root');
    expect(error.message).toContain(`did you mean path: ${root}/app?`);
  });

  it('(b) names the nested build folder when it sits deeper (www/dist)', async () => {
    const parent = await tempDir();
    await writeTree(parent, { 'www/dist/index.html': INDEX_HTML, 'www/dist/app.js': APP_JS });

    const error = await refusal(build(join(parent, 'www')));

    expect(error.message).toContain(`did you mean path: ${join(parent, 'www')}/dist?`);
  });

  it('(c) leaves out .DS_Store, __MACOSX/, AppleDouble files, Thumbs.db and desktop.ini', async () => {
    const root = await webBuild({
      '.DS_Store': 'junk',
      '__MACOSX/._index.html': 'junk',
      'assets/._app.css': 'junk',
      'assets/app.css': 'body{}',
      'assets/Thumbs.db': 'junk',
      'assets/.ds_store': 'junk',
      'desktop.ini': 'junk',
    });
    const info: string[] = [];

    const bundle = await buildBundle({
      path: root,
      requireNotifyAppReady: true,
      log: { info: (m) => info.push(m), warning() {}, debug() {} },
    });

    expect(bundle.entries).toEqual(['app.js', 'assets/app.css', 'index.html']);
    expect(info.join('\n')).toContain('Left out 6 OS metadata file(s)');
  });

  it('(c) keeps other dot-files such as .well-known', async () => {
    const root = await webBuild({ '.well-known/assetlinks.json': '[]', '.nojekyll': '' });

    const bundle = await build(root);

    expect(bundle.entries).toEqual([
      '.nojekyll',
      '.well-known/assetlinks.json',
      'app.js',
      'index.html',
    ]);
  });

  it('(d) refuses an empty folder', async () => {
    const root = await tempDir();

    const error = await refusal(build(root));

    expect(error.message).toBe(
      `Input \`path\`: \`${root}\` is empty; it must hold the web build, with index.html at its root. ` +
        'Build the web app before this step, or set `path` to the folder the build writes to.',
    );
  });

  it('(d) counts a folder holding only OS junk as empty', async () => {
    const root = await writeTree(await tempDir(), { '.DS_Store': 'x', '__MACOSX/._a': 'x' });

    expect((await refusal(build(root))).message).toContain('is empty');
  });

  it('(d) refuses a missing folder, saying how it resolved', async () => {
    const missing = join(await tempDir(), 'dist');

    const error = await refusal(build(missing));

    expect(error.message).toContain(`\`${missing}\` does not exist (resolved to ${missing})`);
    expect(error.message).toContain('Build the web app first');
  });

  it('(d) refuses a file given as path, and an empty path', async () => {
    const root = await webBuild();

    expect((await refusal(build(join(root, 'index.html')))).message).toContain(
      'is a file, not a folder',
    );
    expect((await refusal(build(''))).message).toContain('is empty: set it to the folder');
  });

  it('(e) refuses Index.HTML, saying the name is case-sensitive', async () => {
    const root = await writeTree(await tempDir(), { 'Index.HTML': INDEX_HTML, 'app.js': APP_JS });

    const error = await refusal(build(root));

    expect(error.message).toContain('It has `Index.HTML`');
    expect(error.message).toContain('rename it to `index.html`');
  });

  it('(f) refuses the parent of the build folder, naming the build folder', async () => {
    const project = await tempDir();
    await writeTree(project, {
      'www/index.html': INDEX_HTML,
      'www/app.js': APP_JS,
      'src/index.html': '<app-root></app-root>',
      'src/main.ts': 'bootstrap();',
      'package.json': '{}',
    });

    const error = await refusal(build(project));

    // src/ holds the page template but no scripts: the built folder is the one to suggest.
    expect(error.message).toContain(`did you mean path: ${project}/www?`);
  });

  it('(f) refuses a project folder with its own index.html but node_modules beside it', async () => {
    const project = await tempDir();
    await writeTree(project, {
      'index.html': INDEX_HTML,
      'node_modules/@capgo/capacitor-updater/dist/plugin.js': 'notifyAppReady',
      'dist/index.html': INDEX_HTML,
      'dist/assets/index-abc.js': APP_JS,
    });

    const error = await refusal(build(project));

    expect(error.message).toContain('looks like the project folder');
    expect(error.message).toContain(`did you mean path: ${project}/dist?`);
  });

  it('lists several candidates when more than one built subfolder holds index.html', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'android/index.html': INDEX_HTML,
      'android/a.js': APP_JS,
      'ios/index.html': INDEX_HTML,
      'ios/a.js': APP_JS,
    });

    const error = await refusal(build(root));

    expect(error.message).toContain(
      `Several subfolders hold index.html (\`${root}/android\`, \`${root}/ios\`)`,
    );
  });
});

describe('notifyAppReady', () => {
  it('refuses a build in which no .js file mentions it, naming the opt-out input', async () => {
    const root = await writeTree(await tempDir(), {
      'index.html': INDEX_HTML,
      'main.js': 'start();',
    });

    const error = await refusal(build(root));

    expect(error.input).toBe('path');
    expect(error.message).toContain('no .js file');
    expect(error.message).toContain('`require-notify-app-ready: false`');
  });

  it('does not count a mention outside scripts', async () => {
    const root = await writeTree(await tempDir(), {
      'index.html': '<!-- notifyAppReady -->',
      'notes.txt': 'notifyAppReady',
    });

    expect((await refusal(build(root))).message).toContain('notifyAppReady');
  });

  it('finds it in .mjs and in large scripts', async () => {
    const large = `${'x'.repeat(200_000)}notifyAppReady()`;
    const mjs = await writeTree(await tempDir(), {
      'index.html': INDEX_HTML,
      'a.mjs': 'notifyAppReady()',
    });
    const big = await writeTree(await tempDir(), { 'index.html': INDEX_HTML, 'big.js': large });

    await expect(build(mjs)).resolves.toBeDefined();
    await expect(build(big)).resolves.toBeDefined();
  });

  it('is not required with requireNotifyAppReady: false', async () => {
    const root = await writeTree(await tempDir(), {
      'index.html': INDEX_HTML,
      'main.js': 'start();',
    });

    const bundle = await build(root, false);

    expect(bundle.entries).toEqual(['index.html', 'main.js']);
  });
});

describe('symbolic links', () => {
  it('zips a link inside the folder as its target content, under the link name', async () => {
    const root = await webBuild({ 'assets/logo.svg': '<svg/>' });
    await symlink('assets/logo.svg', join(root, 'logo.svg'));
    await symlink('assets', join(root, 'static'));

    const bundle = await build(root);

    expect(bundle.entries).toEqual([
      'app.js',
      'assets/logo.svg',
      'index.html',
      'logo.svg',
      'static/logo.svg',
    ]);
    const entries = readBoth(bundle.zip);
    expect(entries.find((e) => e.name === 'logo.svg')!.data.toString()).toBe('<svg/>');
  });

  it('refuses a link that leads out of the folder', async () => {
    const outside = await writeTree(await tempDir(), { 'secret.txt': 'do not ship' });
    const root = await webBuild();
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));

    const error = await refusal(build(root));

    expect(error.message).toContain(
      'holds a symbolic link `secret.txt` that leads out of the folder',
    );
  });

  it('refuses a link to a folder outside, and a link back to the folder itself', async () => {
    const outside = await tempDir();
    const root = await webBuild();
    await symlink(outside, join(root, 'up'));
    const looping = await webBuild({ 'assets/a.css': '' });
    await symlink('..', join(looping, 'assets', 'loop'));

    expect((await refusal(build(root))).message).toContain('`up` that leads out of the folder');
    expect((await refusal(build(looping))).message).toContain('`assets/loop` that points back');
  });

  it('refuses a link whose target is missing', async () => {
    const root = await webBuild();
    await symlink('nowhere.js', join(root, 'broken.js'));

    expect((await refusal(build(root))).message).toContain(
      '`broken.js` whose target does not exist',
    );
  });

  it('accepts a path that is itself a link to the build', async () => {
    const root = await webBuild();
    const link = join(await tempDir(), 'current');
    await symlink(root, link);

    expect((await build(link)).sha256).toBe((await build(root)).sha256);
  });
});

describe('other files a device cannot take', () => {
  it('refuses a POSIX file name that contains a backslash', async () => {
    const root = await webBuild({ 'assets\\app.js': APP_JS });

    const error = await refusal(build(root));

    expect(error.message).toContain('`assets\\app.js`, whose name contains a backslash');
  });

  it('refuses a named pipe instead of hanging on it', async () => {
    const root = await webBuild();
    execFileSync('mkfifo', [join(root, 'pipe')]);

    expect((await refusal(build(root))).message).toContain('neither a regular file nor a folder');
  });

  it('zips a file it can read whatever its permissions, with fixed modes', async () => {
    const root = await webBuild({ 'run.sh': '#!/bin/sh\n' });
    await chmod(join(root, 'run.sh'), 0o755);
    const other = await webBuild({ 'run.sh': '#!/bin/sh\n' });

    expect((await build(root)).sha256).toBe((await build(other)).sha256);
  });

  it('keeps empty folders as entries ending in /', async () => {
    const root = await webBuild();
    await mkdir(join(root, 'static', 'empty'), { recursive: true });
    await writeFile(join(root, 'static', '.DS_Store'), 'x');

    const bundle = await build(root);

    expect(bundle.entries).toEqual(['app.js', 'index.html', 'static/empty/']);
  });
});

describe('how path is shown', () => {
  it('uses displayPath in messages and hints, as the user wrote it', async () => {
    const parent = await tempDir();
    await writeTree(parent, { 'www/dist/index.html': INDEX_HTML, 'www/dist/app.js': APP_JS });

    const error = await refusal(
      buildBundle({ path: join(parent, 'www'), displayPath: 'www', requireNotifyAppReady: true }),
    );

    expect(error.message).toContain('`www` has no `index.html` at its root');
    expect(error.message).toContain('did you mean path: www/dist?');
  });
});
