// The bundle builders being compared, each as a command that turns the corpus folder into a
// zip file: ours (with and without encryption), Info-ZIP and the vendor CLI.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { generateKeyPair } from '../src/bundle/keys.js';
import { APP_ID } from './manifests.js';
import type { RunCommand } from './measure-process.js';

export interface Contender {
  name: string;
  /** Where the command leaves its zip; removed before each run. */
  output: string;
  command: RunCommand;
}

const BUILD_TIMEOUT_MS = 120_000;
const require = createRequire(import.meta.url);

/**
 * Ours, from a single-file build of `build-child.ts` run with plain `node`, as the action's
 * `dist/index.js` is: no TypeScript loader inside the measured process.
 */
export async function ourBuilds(folder: string, work: string): Promise<[Contender, Contender]> {
  const script = path.join(work, 'build-child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'build-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
  });
  const keyFile = path.join(work, 'private.pem');
  writeFileSync(keyFile, generateKeyPair().privateKeyPem, { mode: 0o600 });
  const ours = (name: string, output: string, extra: string[]): Contender => ({
    name,
    output,
    command: {
      command: process.execPath,
      args: [script, folder, output, ...extra],
      timeoutMs: BUILD_TIMEOUT_MS,
    },
  });
  return [
    ours('ours', path.join(work, 'ours.zip'), []),
    ours('ours, encrypted', path.join(work, 'ours-encrypted.bin'), [keyFile]),
  ];
}

export function infoZip(zipProgram: string, folder: string, work: string): Contender {
  const output = path.join(work, 'info-zip.zip');
  return {
    name: 'Info-ZIP `zip -r -q`',
    output,
    // Run inside the folder so entries are relative to it, as in a bundle.
    command: {
      command: zipProgram,
      args: ['-r', '-q', output, '.'],
      cwd: folder,
      timeoutMs: BUILD_TIMEOUT_MS,
    },
  };
}

/**
 * `@capgo/cli bundle zip` in a folder laid out as it expects (a Capacitor config and the
 * updater plugin in node_modules), with telemetry off and, through `offline`, no network.
 */
export function vendorCli(folder: string, work: string, offline: readonly string[]): Contender {
  const app = path.join(work, 'vendor-app');
  prepareVendorApp(app);
  const cli = vendorCliScript();
  return {
    name: 'vendor CLI `@capgo/cli bundle zip`',
    output: path.join(app, `${APP_ID}_1.0.0.zip`),
    command: {
      command: offline[0]!,
      args: [
        ...offline.slice(1),
        process.execPath,
        cli,
        'bundle',
        'zip',
        APP_ID,
        '--path',
        folder,
        '--bundle',
        '1.0.0',
        '--json',
      ],
      cwd: app,
      env: { ...process.env, CAPGO_DISABLE_TELEMETRY: 'true', NO_COLOR: '1' },
      timeoutMs: BUILD_TIMEOUT_MS,
    },
  };
}

function prepareVendorApp(app: string): void {
  const plugin = packageRoot('@capgo/capacitor-updater');
  const pluginVersion = readPackageJson<{ version: string }>(plugin).version;
  rmSync(app, { recursive: true, force: true });
  mkdirSync(path.join(app, 'node_modules/@capgo'), { recursive: true });
  symlinkSync(plugin, path.join(app, 'node_modules/@capgo/capacitor-updater'), 'dir');
  writeFileSync(
    path.join(app, 'capacitor.config.json'),
    JSON.stringify({ appId: APP_ID, appName: 'Bench', webDir: 'www' }),
  );
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({
      name: 'bench-app',
      version: '1.0.0',
      dependencies: { '@capgo/capacitor-updater': pluginVersion },
    }),
  );
}

function vendorCliScript(): string {
  const root = packageRoot('@capgo/cli');
  const manifest = readPackageJson<{ bin: string | Record<string, string> }>(root);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0]!;
  const script = path.join(root, bin);
  if (!existsSync(script))
    throw new Error(`the vendor CLI's entry ${script} is missing: run npm ci`);
  return script;
}

// Found through Node's resolution paths: these packages' `exports` hide their package.json.
function packageRoot(name: string): string {
  const root = (require.resolve.paths(name) ?? [])
    .map((dir) => path.join(dir, name))
    .find((dir) => existsSync(path.join(dir, 'package.json')));
  if (!root) throw new Error(`the dev dependency ${name} is not installed: run npm ci`);
  return root;
}

function readPackageJson<T>(root: string): T {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as T;
}
