// Builds the responder for each platform with esbuild. The output is committed and compared
// byte for byte with a fresh build, so the options below must not depend on the machine: no
// absolute paths, no timestamps, a fixed target.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const platforms = path.join(root, 'src/responder/platforms');

// The responder validates with the manifest schema but never shows its prose: the builds carry
// the schema without the keywords that only document it.
const DOCUMENTING_KEYWORDS = new Set(['title', 'description', '$comment', 'examples']);
// In these the keys are names (of fields or definitions), not keywords.
const NAMING_KEYWORDS = new Set(['properties', 'patternProperties', '$defs']);

function withoutProse(schema, keysAreNames = false) {
  if (Array.isArray(schema)) return schema.map((item) => withoutProse(item));
  if (typeof schema !== 'object' || schema === null) return schema;
  const kept = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!keysAreNames && DOCUMENTING_KEYWORDS.has(key)) continue;
    kept[key] = withoutProse(value, !keysAreNames && NAMING_KEYWORDS.has(key));
  }
  return kept;
}

const schemaWithoutProse = {
  name: 'schema-without-prose',
  setup(build) {
    build.onLoad({ filter: /manifest\.schema\.json$/ }, (args) => ({
      contents: JSON.stringify(withoutProse(JSON.parse(readFileSync(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [schemaWithoutProse],
};

// Minified too: Node compiles the script before it can answer, so a smaller file starts sooner
// (about 1.5 ms of a cold start here), which Lambda cold starts and restarts both feel.
const nodeTarget = { ...common, platform: 'node', target: 'node20', minify: true };

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
