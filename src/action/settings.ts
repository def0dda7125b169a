// Every input is read and validated here, once, into one typed object. A refusal names the
// input, the value and what to do; nothing later re-reads an input.
import { InputError } from '../errors.js';
import { assertAppId, assertChannelName } from '../manifest/names.js';
import type { Delivery, Platform } from '../manifest/types.js';

export const COMMANDS = ['publish', 'rollback', 'promote', 'rollout', 'prune'] as const;
export type Command = (typeof COMMANDS)[number];

const PLATFORMS: readonly Platform[] = ['ios', 'android', 'electron'];
const DELIVERIES: readonly Delivery[] = ['direct', 'proxy'];

export interface Settings {
  command: Command;
  path: string;
  /** Raw `version` input; resolved per command (tag, package.json, history). */
  version: string;
  channel: string;
  fromChannel: string;
  appId: string;
  token: string;
  repository: string;
  releaseToken: string;
  tag: string;
  releaseName: string;
  releaseNotes: string;
  encryptionKey: string;
  manifestPath: string;
  manifestBranch: string;
  nativeVersions: string;
  platforms: Platform[];
  rollout: number;
  keep?: number;
  delivery: Delivery;
  requireNotifyAppReady: boolean;
  dryRun: boolean;
}

export type InputReader = (name: string) => string;

export function readSettings(input: InputReader): Settings {
  const command = oneOf('command', input('command') || 'publish', COMMANDS);
  const settings: Settings = {
    command,
    path: input('path'),
    version: input('version'),
    channel: channelName('channel', input('channel') || 'production'),
    fromChannel: input('from-channel') ? channelName('from-channel', input('from-channel')) : '',
    appId: appId(input('app-id')),
    token: input('token'),
    repository: input('repository'),
    releaseToken: input('release-token'),
    tag: tagName(input('tag')),
    releaseName: input('release-name'),
    releaseNotes: input('release-notes'),
    encryptionKey: input('encryption-key'),
    manifestPath: manifestPath(input('manifest-path') || 'live-update/manifest.json'),
    manifestBranch: branchName(input('manifest-branch') || 'live-updates'),
    nativeVersions: input('native-versions'),
    platforms: platforms(input('platforms') || 'ios,android'),
    rollout: percent('rollout', input('rollout') || '100'),
    keep: input('keep') ? positiveInteger('keep', input('keep')) : undefined,
    delivery: oneOf('delivery', input('delivery') || 'direct', DELIVERIES),
    requireNotifyAppReady: bool(
      'require-notify-app-ready',
      input('require-notify-app-ready'),
      true,
    ),
    dryRun: bool('dry-run', input('dry-run'), false),
  };
  requireForCommand(settings);
  return settings;
}

function requireForCommand(s: Settings): void {
  if (!s.token) {
    throw new InputError(
      'token',
      'empty. Pass `token: ${{ github.token }}` (the default) or a PAT.',
    );
  }
  if (s.command === 'publish' && !s.path) {
    throw new InputError(
      'path',
      'required for `command: publish`: the built web folder, e.g. `www`.',
    );
  }
  if (s.command === 'promote' && !s.fromChannel) {
    throw new InputError(
      'from-channel',
      'required for `command: promote`: the channel to copy from.',
    );
  }
  if (s.command === 'promote' && s.fromChannel === s.channel) {
    throw new InputError(
      'from-channel',
      `the same as \`channel\` (${s.channel}); name another channel.`,
    );
  }
  if (s.command === 'prune' && s.keep === undefined) {
    throw new InputError(
      'keep',
      'required for `command: prune`: how many bundles per channel stay.',
    );
  }
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `${JSON.stringify(raw)} is not one of ${allowed.join(', ')}.`);
}

function channelName(name: string, raw: string): string {
  return assertChannelName(raw, name);
}

function appId(raw: string): string {
  return raw ? assertAppId(raw, 'app-id') : raw;
}

function tagName(raw: string): string {
  if (!raw || /^[^\s~^:?*[\\]+$/.test(raw)) return raw;
  throw new InputError('tag', `${JSON.stringify(raw)} is not a valid git tag name.`);
}

function manifestPath(raw: string): string {
  const parts = raw.split('/');
  if (
    !raw.startsWith('/') &&
    !raw.includes('\\') &&
    parts.every((p) => p && p !== '.' && p !== '..')
  ) {
    return raw;
  }
  throw new InputError(
    'manifest-path',
    `${JSON.stringify(raw)} must be a relative path inside the branch, e.g. live-update/manifest.json.`,
  );
}

function branchName(raw: string): string {
  if (/^(?!\/)(?!.*\/\/)(?!.*\.\.)[^\s~^:?*[\\]+(?<![/.])$/.test(raw)) return raw;
  throw new InputError('manifest-branch', `${JSON.stringify(raw)} is not a valid branch name.`);
}

function platforms(raw: string): Platform[] {
  const list = raw
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((p) => !(PLATFORMS as readonly string[]).includes(p));
  if (list.length === 0 || unknown.length > 0) {
    throw new InputError(
      'platforms',
      `${JSON.stringify(raw)}: expected a comma-separated list of ${PLATFORMS.join(', ')}.`,
    );
  }
  return [...new Set(list)] as Platform[];
}

function percent(name: string, raw: string): number {
  const value = Number(raw.trim().replace(/%$/, ''));
  if (Number.isInteger(value) && value >= 0 && value <= 100) return value;
  throw new InputError(name, `${JSON.stringify(raw)} is not a whole percent from 0 to 100.`);
}

function positiveInteger(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (Number.isInteger(value) && value >= 1) return value;
  throw new InputError(name, `${JSON.stringify(raw)} is not a whole number of at least 1.`);
}

// The same spellings `core.getBooleanInput` accepts, so behaviour matches other actions.
function bool(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(name, `${JSON.stringify(raw)} is not true or false.`);
}
