// Where inputs left empty get their values: the pushed tag, package.json, capacitor.config.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { parseReleaseVersion } from '../manifest/versions.js';

export interface ResolvedVersion {
  version: string;
  /** Where the version came from, for the log. */
  source: string;
}

/** publish: the `version` input, else a pushed `v1.2.3` tag, else the nearest package.json. */
export function resolvePublishVersion(
  input: string,
  pushedTag: string | undefined,
  folder: string,
  workspace: string,
): ResolvedVersion {
  if (input) return { version: parseReleaseVersion(input, 'version'), source: 'the version input' };
  if (pushedTag && /^v?\d/.test(pushedTag)) {
    return {
      version: versionFromTag(pushedTag),
      source: `the pushed tag ${pushedTag}`,
    };
  }
  const found = nearestPackageVersion(folder, workspace);
  if (found) {
    return {
      version: parseReleaseVersion(found.version, 'version'),
      source: path.relative(workspace, found.file) || found.file,
    };
  }
  throw new InputError(
    'version',
    'empty, the run was not triggered by a v1.2.3 tag, and no package.json with a version ' +
      `was found from ${folder} up to ${workspace}. Set \`version: 1.2.3\`.`,
  );
}

// The user set no `version`: say that the value came from their tag.
function versionFromTag(tag: string): string {
  try {
    return parseReleaseVersion(tag, 'version');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      'version',
      `empty, and the pushed tag ${tag} is not a version: tags must read like v1.2.3 ` +
        '(three numbers, an optional -prerelease). Push such a tag, or set `version: 1.2.3`.',
    );
  }
}

function nearestPackageVersion(
  folder: string,
  workspace: string,
): { version: string; file: string } | undefined {
  const top = path.resolve(workspace);
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const version = existsSync(file) ? readJson(file)?.version : undefined;
    if (typeof version === 'string' && version) return { version, file };
    if (dir === top || dir === path.dirname(dir) || !isInside(dir, top)) return undefined;
  }
}

/** The app id from capacitor.config.json or .ts, searched from `folder` up to the workspace. */
export function findCapacitorAppId(folder: string, workspace: string): string | undefined {
  const top = path.resolve(workspace);
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const appId = appIdIn(dir);
    if (appId) return appId;
    if (dir === top || dir === path.dirname(dir) || !isInside(dir, top)) return undefined;
  }
}

function appIdIn(dir: string): string | undefined {
  const json = path.join(dir, 'capacitor.config.json');
  if (existsSync(json)) {
    const appId = readJson(json)?.appId;
    if (typeof appId === 'string' && appId) return appId;
    throw unreadableAppId(json);
  }
  for (const name of ['capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    // The config is code; the app id is nearly always a literal, which a pattern finds safely
    // once comments (often an old appId kept for reference) are out of the way.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const match = /\bappId\s*:\s*(['"`])([^'"`]+)\1/.exec(code);
    if (match?.[2]) return match[2];
    throw unreadableAppId(file);
  }
  return undefined;
}

// Guessing would put the wrong id in the manifest, and the responder would refuse every device.
function unreadableAppId(file: string): InputError {
  return new InputError(
    'app-id',
    `empty, and ${file} has no appId written as a plain string (it may be computed). ` +
      'Set `app-id: com.example.app`.',
  );
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isInside(dir: string, top: string): boolean {
  const relative = path.relative(top, dir);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
