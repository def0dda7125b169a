// The programs the benchmark compares against or measures with, found on PATH or installed
// when the benchmark may do so (root on Debian), each step said out loud.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export type Say = (line: string) => void;

export function findProgram(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * `program` from PATH, or from the Debian package `pkg` installed with apt-get when running as
 * root. Returns undefined, with the reason in `notes`, when neither works.
 */
export function ensureDebianProgram(program: string, pkg: string, notes: string[], say: Say) {
  const found = findProgram(program);
  if (found) return found;
  if (!isRoot() || !findProgram('apt-get')) {
    notes.push(
      `\`${program}\` is missing and cannot be installed here (needs root and apt-get): install the Debian package \`${pkg}\`.`,
    );
    return undefined;
  }
  say(`Installing the Debian package ${pkg} for \`${program}\`: apt-get install -y ${pkg}`);
  notes.push(`Installed the Debian package \`${pkg}\` with apt-get for this run.`);
  if (!aptInstall(pkg)) {
    say('  apt-get install failed; refreshing the package lists (apt-get update) and retrying');
    spawnSync('apt-get', ['update'], { stdio: 'ignore', timeout: 180_000 });
    aptInstall(pkg);
  }
  return findProgram(program);
}

function aptInstall(pkg: string): boolean {
  const result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
    stdio: 'ignore',
    timeout: 300_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * A command prefix that runs a program with no network at all (its own empty network
 * namespace), for peers that would otherwise call out to the internet. Undefined when the
 * system allows no such namespace.
 */
export function offlinePrefix(): string[] | undefined {
  const unshare = findProgram('unshare');
  if (!unshare) return undefined;
  for (const flags of [['-rn'], ['--net']]) {
    const probe = spawnSync(unshare, [...flags, 'true'], { stdio: 'ignore', timeout: 10_000 });
    if (probe.status === 0) return [unshare, ...flags];
  }
  return undefined;
}
