// Runs the vendor CLI `@capgo/cli`, the reference implementation of the plugin's encryption,
// as an interop peer. It runs in a network namespace of its own (`unshare -rn`): left alone it
// asks the npm registry for its latest version, and tests talk to no outside host.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI_TIMEOUT_MS = 30_000;
const require = createRequire(import.meta.url);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function installedPackage(name: string): string {
  const roots = require.resolve.paths(name) ?? [];
  const found = roots
    .map((dir) => join(dir, name))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!found) throw new Error(`${name} is not installed: run npm ci`);
  return found;
}

/** Whether this machine lets us run a process without network (user namespaces). */
export function canIsolateNetwork(): boolean {
  try {
    execFileSync('unshare', ['-rn', 'true'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** Runs `@capgo/cli` with `args` in `cwd`, without network, within a time bound. */
export function capgo(cwd: string, args: string[]): Promise<CliResult> {
  const cli = join(installedPackage('@capgo/cli'), 'dist', 'index.js');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: cwd,
    CAPGO_DISABLE_TELEMETRY: 'true',
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    execFile(
      'unshare',
      ['-rn', process.execPath, cli, ...args],
      { cwd, env, timeout: CLI_TIMEOUT_MS, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A folder the CLI accepts: capacitor.config.json with the public key, and the plugin at 8.x. */
export async function capacitorProject(publicKeyPem: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'capgo-project-'));
  const config = {
    appId: 'com.example.app',
    appName: 'Example',
    webDir: 'www',
    plugins: { CapacitorUpdater: { publicKey: publicKeyPem } },
  };
  await writeFile(join(dir, 'capacitor.config.json'), JSON.stringify(config, null, 2));
  await mkdir(join(dir, 'node_modules', '@capgo'), { recursive: true });
  await symlink(
    installedPackage('@capgo/capacitor-updater'),
    join(dir, 'node_modules', '@capgo', 'capacitor-updater'),
  );
  return dir;
}
