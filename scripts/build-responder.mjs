// Builds the responder for each platform with esbuild. The output is committed and compared
// byte for byte with a fresh build, so the options below must not depend on the machine: no
// absolute paths, no timestamps, a fixed target.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const platforms = path.join(root, 'src/responder/platforms');

const common = {
  absWorkingDir: root,
  bundle: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
};

const nodeTarget = { ...common, platform: 'node', target: 'node20' };

/** Builds every responder into `outDir` (default `dist/responder`); returns the files written. */
export async function buildResponders({ outDir = path.join(root, 'dist/responder') } = {}) {
  const out = (name) => path.join(outDir, name);
  mkdirSync(outDir, { recursive: true });

  // Marks the folder as ESM on its own, so it keeps working when copied out of this package.
  writeFileSync(out('package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);

  // `node dist/responder/server.js`: ESM, like the rest of this package.
  await build({
    ...nodeTarget,
    entryPoints: [path.join(platforms, 'server-main.ts')],
    format: 'esm',
    outfile: out('server.js'),
  });

  // Lambda and Netlify Functions: `.mjs` and `.js` (ESM inside this package) for handlers that
  // load modules, `.cjs` for runtimes configured for CommonJS.
  await build({
    ...nodeTarget,
    entryPoints: [path.join(platforms, 'lambda.ts')],
    format: 'esm',
    outfile: out('lambda.js'),
  });
  copyFileSync(out('lambda.js'), out('lambda.mjs'));
  await build({
    ...nodeTarget,
    entryPoints: [path.join(platforms, 'lambda.ts')],
    format: 'cjs',
    outfile: out('lambda.cjs'),
  });

  // Edge runtimes: web APIs only, minified to stay well inside their script size limits.
  await build({
    ...common,
    entryPoints: [path.join(platforms, 'fetch.ts')],
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: out('fetch.js'),
  });

  return ['package.json', 'server.js', 'lambda.js', 'lambda.mjs', 'lambda.cjs', 'fetch.js'].map(
    out,
  );
}

// `node scripts/build-responder.mjs [outDir]` builds the responders alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await buildResponders(
    process.argv[2] ? { outDir: path.resolve(process.argv[2]) } : {},
  );
  for (const file of files) console.log(path.relative(process.cwd(), file));
}
