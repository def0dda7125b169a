// The flags of the action's commands: one per action input, named like it, plus how to reach
// GitHub from outside a runner.
import type { Command } from '../action/settings.js';
import { JSON_OPTION, type OptionSpec, type OptionSpecs } from './args.js';

const INPUTS: OptionSpecs = {
  path: { type: 'string', value: 'dir', help: 'The built web folder, e.g. www.' },
  version: {
    type: 'string',
    value: 'semver',
    help: 'Bundle version (default: the nearest package.json).',
  },
  channel: { type: 'string', value: 'name', help: 'The channel to set (default production).' },
  'from-channel': { type: 'string', value: 'name', help: 'The channel to copy from.' },
  'app-id': {
    type: 'string',
    value: 'id',
    help: 'App id (default: the manifest, else capacitor.config).',
  },
  tag: { type: 'string', value: 'tag', help: 'Release tag (default v<version>).' },
  'release-name': { type: 'string', value: 'text', help: 'Release title.' },
  'release-notes': { type: 'string', value: 'text', help: 'Release notes.' },
  repository: {
    type: 'string',
    value: 'owner/name',
    help: 'Where releases go (default: the manifest repository).',
  },
  'release-token': {
    type: 'string',
    value: 'token',
    help: 'Token for --repository when it differs.',
  },
  'native-versions': {
    type: 'string',
    value: 'range',
    help: 'Semver range of native app versions the bundle fits.',
  },
  platforms: {
    type: 'string',
    value: 'list',
    help: 'Platforms this bundle is for (default ios,android).',
  },
  rollout: { type: 'string', value: 'percent', help: 'Rollout percent (default 100).' },
  keep: { type: 'string', value: 'n', help: 'Bundles per channel history to keep.' },
  delivery: {
    type: 'string',
    value: 'direct|proxy',
    help: 'How devices download (default direct).',
  },
  'encryption-key-file': {
    type: 'string',
    value: 'file',
    help: 'RSA-2048 private key PEM (or env LIVE_UPDATE_PRIVATE_KEY).',
  },
  'require-notify-app-ready': {
    type: 'string',
    value: 'true|false',
    help: 'Refuse a bundle with no notifyAppReady (default true).',
  },
};

const ROLLBACK_VERSION: OptionSpec = {
  type: 'string',
  value: 'semver|builtin',
  help: 'The version to go back to (default: the last one the channel served before).',
};

const ACCESS: OptionSpecs = {
  token: {
    type: 'string',
    value: 'token',
    help: 'GitHub token that can write contents (default env GITHUB_TOKEN).',
  },
  'manifest-repository': {
    type: 'string',
    value: 'owner/name',
    help:
      'Repository holding the manifest (default env GITHUB_REPOSITORY, else the GitHub ' +
      'origin remote).',
  },
  'manifest-path': { type: 'string', value: 'path', help: 'Default live-update/manifest.json.' },
  'manifest-branch': { type: 'string', value: 'branch', help: 'Default live-updates.' },
  'api-url': {
    type: 'string',
    value: 'url',
    help: 'GitHub API (default env GITHUB_API_URL, else from --server-url).',
  },
  'server-url': {
    type: 'string',
    value: 'url',
    help: 'GitHub web host (default env GITHUB_SERVER_URL, else https://github.com).',
  },
  'dry-run': {
    type: 'boolean',
    help: 'Do everything up to the first GitHub write and print the plan.',
  },
};

export const COMMAND_INPUTS: Record<Command, string[]> = {
  publish: [
    'path',
    'version',
    'channel',
    'app-id',
    'tag',
    'release-name',
    'release-notes',
    'repository',
    'release-token',
    'native-versions',
    'platforms',
    'rollout',
    'delivery',
    'encryption-key-file',
    'require-notify-app-ready',
  ],
  rollback: ['channel', 'version'],
  promote: ['channel', 'from-channel', 'rollout'],
  rollout: ['channel', 'rollout'],
  prune: ['keep'],
};

export const DESCRIPTIONS: Record<Command, [string, string]> = {
  publish: [
    'Zip, upload and record a bundle, then move the channel',
    'Builds the folder into a bundle, attaches it to a GitHub Release and commits the ' +
      'manifest, as the action does.',
  ],
  rollback: [
    'Move a channel back to an earlier version',
    'Moves --channel back to --version, or to the last version it served before the current one.',
  ],
  promote: [
    'Point a channel at what another channel serves',
    'Sets --channel to the version --from-channel serves now.',
  ],
  rollout: ["Change a channel's rollout percent", "Sets --channel's rollout to --rollout percent."],
  prune: [
    'Drop old bundles from the manifest',
    'Keeps --keep bundles per channel history; never one a channel serves. Releases stay.',
  ],
};

const PUBLISH_SHA: OptionSpec = {
  type: 'string',
  value: 'commit',
  help: 'Release target (default git rev-parse HEAD).',
};

export function commandOptions(command: Command): OptionSpecs {
  const inputs = COMMAND_INPUTS[command].map((name) => {
    const spec = command === 'rollback' && name === 'version' ? ROLLBACK_VERSION : INPUTS[name]!;
    return [name, spec] as const;
  });
  return {
    ...Object.fromEntries(inputs),
    ...ACCESS,
    ...(command === 'publish' ? { sha: PUBLISH_SHA } : {}),
    ...JSON_OPTION,
  };
}
