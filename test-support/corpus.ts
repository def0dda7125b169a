// A realistic web build for tests and benchmarks: the layout `ionic build` produces (hashed
// JS chunks with source maps, global styles, an ionicons svg set, woff2 fonts, png images),
// made of real files from packages installed as dev dependencies, so compression ratios and
// file-size spreads are those of a real app. The same installed packages give the same tree.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';

export type CorpusSize = 'small' | 'medium' | 'large';

export interface WebBuild {
  /** The build folder (`<dir>/www`), holding `index.html` at its root. */
  path: string;
  files: number;
  bytes: number;
}

/** A file to copy: source path → path relative to the build folder. */
type Placement = [source: string, target: string];

const COPY_CONCURRENCY = 16;

/** Lays out a web build of the given size in `<dir>/www` and returns its path and totals. */
export async function makeWebBuild(dir: string, size: CorpusSize): Promise<WebBuild> {
  const www = join(dir, 'www');
  const placements = await LAYOUTS[size]();
  await copyAll(placements, www);
  await writeEntryFiles(www, placements);
  return measure(www);
}

const LAYOUTS: Record<CorpusSize, () => Promise<Placement[]>> = {
  small: smallLayout,
  medium: mediumLayout,
  large: largeLayout,
};

async function smallLayout(): Promise<Placement[]> {
  return [
    ...(await chunks(pkg('@ionic/core', 'dist/esm'), (n) => n.endsWith('.js'), 24)),
    ...(await chunks(pkg('rxjs', 'dist/bundles'), (n) => n.endsWith('.min.js'))),
    ...(await polyfillsAndStyles()),
    ...(await firstN(pkg('ionicons', 'dist/svg'), (n) => n.endsWith('.svg'), 60, 'svg')),
    ...(await firstN(pkg('@fontsource/roboto', 'files'), isLatinWoff2, 4, 'media')),
    [emojiPng('1f680.png'), 'assets/icon/favicon.png'],
    ...(await firstN(emojiDir('64'), (n) => n.endsWith('.png'), 8, 'assets/images')),
  ];
}

async function mediumLayout(): Promise<Placement[]> {
  return [
    ...(await chunks(pkg('@ionic/core', 'dist/esm'), (n) => n.endsWith('.js'))),
    ...(await chunks(pkg('@angular/core', 'fesm2022'), (n) => n.endsWith('.mjs'))),
    ...(await chunks(pkg('@angular/common', 'fesm2022'), (n) => n.endsWith('.mjs'))),
    ...(await chunks(pkg('rxjs', 'dist/bundles'), (n) => n.endsWith('.min.js'))),
    ...(await polyfillsAndStyles()),
    ...(await tree(pkg('ionicons', 'dist/svg'), 'svg', (n) => n.endsWith('.svg'))),
    ...(await firstN(pkg('@fontsource/roboto', 'files'), isLatinWoff2, 1000, 'media')),
    [emojiPng('1f680.png'), 'assets/icon/favicon.png'],
    ...(await firstN(emojiDir('64'), (n) => n.endsWith('.png'), 40, 'assets/images')),
    [join(emojiDir('sheets-128'), '20.png'), 'assets/images/sprites/sprite-20.png'],
    [join(emojiDir('sheets-128'), '32.png'), 'assets/images/sprites/sprite-32.png'],
    [join(emojiDir('sheets-128'), '64.png'), 'assets/images/sprites/sprite-64.png'],
    ...(await tree(pkg('leaflet', 'dist/images'), 'assets/images/leaflet', isPng)),
    [pkg('emoji-datasource-twitter', 'categories.json'), 'assets/data/categories.json'],
  ];
}

async function largeLayout(): Promise<Placement[]> {
  const any = () => true;
  return [
    ...(await mediumLayout()),
    ...(await chunks(pkg('@angular/compiler', 'fesm2022'), (n) => n.endsWith('.mjs'))),
    ...(await tree(pkg('pdfjs-dist', 'build'), 'assets/pdfjs/build', any)),
    ...(await tree(pkg('pdfjs-dist', 'web'), 'assets/pdfjs/web', (n) => !n.endsWith('.d.mts'))),
    ...(await tree(pkg('pdfjs-dist', 'cmaps'), 'assets/pdfjs/cmaps', any)),
    ...(await tree(pkg('pdfjs-dist', 'standard_fonts'), 'assets/pdfjs/standard_fonts', any)),
    ...(await tree(pkg('swiper', ''), 'assets/swiper', (n) => /\.(m?js|css|map)$/.test(n))),
    ...(await tree(pkg('leaflet', 'dist'), 'assets/leaflet', any)),
    ...(await tree(emojiDir('64'), 'assets/emoji/64', isPng)),
    ...(await tree(emojiDir('sheets-256'), 'assets/emoji/sheets-256', (n) => /^[123]/.test(n))),
    ...(await tree(pkg('@fontsource/roboto', 'files'), 'media/roboto', (n) => /\.woff2?$/.test(n))),
    [pkg('emoji-datasource-twitter', 'emoji.json'), 'assets/data/emoji.json'],
  ];
}

async function polyfillsAndStyles(): Promise<Placement[]> {
  const zone = pkg('zone.js', 'fesm2015/zone.js');
  const styles = pkg('@ionic/core', 'css/ionic.bundle.css');
  const stylesName = `styles-${await contentHash(styles)}.css`;
  return [
    [zone, `polyfills-${await contentHash(zone)}.js`],
    [styles, stylesName],
    [`${styles}.map`, `${stylesName}.map`],
  ];
}

const isPng = (name: string) => name.endsWith('.png');
const isLatinWoff2 = (name: string) => /^roboto-latin-\d.*\.woff2$/.test(name);

// Package roots are found through Node's resolution, so a hoisted or nested install both work.
const require = createRequire(import.meta.url);

function pkg(name: string, sub: string): string {
  const roots = require.resolve.paths(name) ?? [];
  const root = roots
    .map((dir) => join(dir, name))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!root) throw new Error(`corpus: the dev dependency ${name} is not installed (run npm ci)`);
  return join(root, sub);
}

const emojiDir = (sub: string) => pkg('emoji-datasource-twitter', join('img/twitter', sub));
const emojiPng = (name: string) => join(emojiDir('64'), name);

/** A content hash for a file name, as bundlers emit them, so names are stable. */
async function contentHash(path: string): Promise<string> {
  const digest = createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
  return digest.slice(0, 8).toUpperCase();
}

async function sortedFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => e.name)
    .sort();
}

/** Files of `dir` → `chunk-<HASH>.js` at the root, with `.js.map` beside when a map exists. */
async function chunks(dir: string, keep: (n: string) => boolean, limit = Infinity) {
  const all = await sortedFiles(dir, () => true);
  const names = all.filter((n) => keep(n) && !n.startsWith('testing')).slice(0, limit);
  const placements: Placement[] = [];
  for (const name of names) {
    const source = join(dir, name);
    const target = `chunk-${await contentHash(source)}.js`;
    placements.push([source, target]);
    if (all.includes(`${name}.map`)) placements.push([`${source}.map`, `${target}.map`]);
  }
  return placements;
}

async function firstN(dir: string, keep: (n: string) => boolean, count: number, to: string) {
  const names = (await sortedFiles(dir, keep)).slice(0, count);
  return names.map((name): Placement => [join(dir, name), `${to}/${name}`]);
}

/** Every file under `dir` whose name passes `keep`, keeping relative paths, in sorted order. */
async function tree(dir: string, to: string, keep: (n: string) => boolean): Promise<Placement[]> {
  const found: Placement[] = [];
  const visit = async (current: string) => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') await visit(full);
      if (entry.isFile() && keep(entry.name)) {
        found.push([full, `${to}/${relative(dir, full).split('\\').join('/')}`]);
      }
    }
  };
  await visit(dir);
  return found;
}

async function copyAll(placements: Placement[], www: string): Promise<void> {
  const dirs = new Set(placements.map(([, target]) => dirname(join(www, target))));
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  for (let i = 0; i < placements.length; i += COPY_CONCURRENCY) {
    const batch = placements.slice(i, i + COPY_CONCURRENCY);
    await Promise.all(batch.map(([source, target]) => copyFile(source, join(www, target))));
  }
}

/** The app's own files: `index.html` loading the largest chunk, and `app.js` that confirms the update. */
async function writeEntryFiles(www: string, placements: Placement[]): Promise<void> {
  const targets = placements.map(([, target]) => target);
  const sizes = await Promise.all(placements.map(([source]) => stat(source).then((s) => s.size)));
  const mainIndex = targets.reduce((best, target, i) => {
    if (!/^chunk-[^/]+\.js$/.test(target)) return best;
    return best < 0 || sizes[i]! > sizes[best]! ? i : best;
  }, -1);
  const main = targets[mainIndex] ?? 'app.js';
  const styles = targets.find((t) => /^styles-.*\.css$/.test(t)) ?? '';
  const polyfills = targets.find((t) => t.startsWith('polyfills-')) ?? '';
  await writeFile(join(www, 'app.js'), APP_JS);
  await writeFile(join(www, 'index.html'), indexHtml(basename(main), styles, polyfills));
}

const APP_JS = `import { CapacitorUpdater } from '@capgo/capacitor-updater';

// Tell the plugin this bundle started fine, or it rolls the update back.
CapacitorUpdater.notifyAppReady();
`;

function indexHtml(main: string, styles: string, polyfills: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Ionic App</title>
  <base href="/" />
  <meta name="viewport" content="viewport-fit=cover, width=device-width, initial-scale=1.0" />
  <link rel="icon" type="image/png" href="assets/icon/favicon.png" />
  <link rel="stylesheet" href="${styles}">
</head>
<body>
  <app-root></app-root>
  <script src="${polyfills}" type="module"></script>
  <script src="${main}" type="module"></script>
  <script src="app.js" type="module"></script>
</body>
</html>
`;
}

async function measure(www: string): Promise<WebBuild> {
  let files = 0;
  let bytes = 0;
  const visit = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else {
        files += 1;
        bytes += (await stat(full)).size;
      }
    }
  };
  await visit(www);
  return { path: www, files, bytes };
}
