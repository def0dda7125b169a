// Pure edits of the manifest: publish, promote and rollout here, rollback and prune beside them.
// None mutates its input; each says whether anything changed, so applying one twice writes once,
// and each can be re-applied to a fresher manifest after a write conflict.

import { InputError, UserError } from '../errors.js';
import { bundleProblem } from './entry-checks.js';
import {
  appendMove,
  changed,
  checkRollout,
  cloneManifest,
  describe,
  findChannel,
  hasBundle,
  moveChannel,
  requireChannel,
  requireServed,
  unchanged,
  type EditResult,
} from './edit-support.js';
import { assertChannelName } from './names.js';
import { newChannel } from './parse.js';
import { formatSemVer, parseSemVer } from './semver.js';
import type { BundleEntry, Manifest, MoveContext } from './types.js';
import { BUILTIN } from './types.js';
import { compareVersions } from './versions.js';

export type { EditResult } from './edit-support.js';
export { MAX_HISTORY } from './edit-support.js';
export { rolledBackFrom } from './history.js';
export { pruneBundles } from './prune.js';
export { resolveRollbackTarget, rollbackChannel, type RollbackTarget } from './rollback.js';

/** Devices cache bundles by version name, so one name must never carry two contents. */
export class VersionConflictError extends UserError {
  override name = 'VersionConflictError';

  constructor(
    readonly version: string,
    readonly publishedSha256: string,
    readonly newSha256: string,
  ) {
    super(
      `version ${version} is already published with other content ` +
        `(sha256 ${publishedSha256 || 'unknown'} in the manifest, ${newSha256} now). ` +
        'Devices keep bundles by version name and never download a name they already have, ' +
        `so new content needs a new version: bump it (e.g. ${suggestBump(version)}) ` +
        'and publish again.',
    );
  }
}

function suggestBump(version: string): string {
  const parsed = parseSemVer(version);
  if (!parsed) return '1.0.0';
  const last = parsed.prerelease.at(-1);
  if (typeof last === 'number') {
    return formatSemVer({ ...parsed, prerelease: [...parsed.prerelease.slice(0, -1), last + 1] });
  }
  return formatSemVer({ ...parsed, patch: parsed.patch + 1, prerelease: [] });
}

/**
 * The manifest's entry for `version` when it holds the same content (a re-run), undefined when
 * the version is new; throws VersionConflictError when it holds other content.
 */
export function findPublished(
  m: Manifest,
  version: string,
  sha256: string,
): BundleEntry | undefined {
  if (!hasBundle(m, version)) return undefined;
  const existing = m.bundles[version]!;
  if (existing.sha256 !== sha256)
    throw new VersionConflictError(version, existing.sha256 ?? '', sha256);
  return existing;
}

export interface RecordOptions {
  channel: string;
  rollout: number;
  ctx: MoveContext;
}

/**
 * Publish: records the bundle, and moves the channel only when the version ranks above what it
 * serves (nothing and `builtin` rank lowest). Runs that race therefore leave the channel on the
 * highest version whichever commits last, and an old publish re-run never undoes a rollback.
 */
export function recordBundle(m: Manifest, entry: BundleEntry, options: RecordOptions): EditResult {
  const { channel: name, ctx } = options;
  assertChannelName(name);
  const rollout = checkRollout(options.rollout);
  const stored = withoutUndefined(entry);
  const problem = bundleProblem(stored.version, stored);
  if (problem) throw new UserError(`refusing to record bundle ${stored.version}: ${problem}.`);

  const existing = findChannel(m, name);
  if (findPublished(m, entry.version, entry.sha256)) {
    const where =
      existing?.version === entry.version
        ? `\`${name}\` serves it`
        : `\`${name}\` serves ${describe(existing?.version)}; use promote to serve it there`;
    return unchanged(
      m,
      existing,
      `${entry.version} is already published with this content; nothing changed (${where}).`,
    );
  }

  const next = cloneManifest(m);
  next.bundles[entry.version] = stored;
  const channel = findChannel(next, name) ?? newChannel();
  next.channels[name] = channel;
  const before = channel.version;
  if (compareVersions(entry.version, before ?? BUILTIN) <= 0) {
    const summary =
      `recorded ${entry.version}; channel \`${name}\` unchanged (serves ${before}); ` +
      `use promote to serve ${entry.version} there.`;
    return changed(next, before, before, summary, ctx);
  }
  moveChannel(channel, entry.version, rollout);
  appendMove(channel, 'publish', before, ctx);
  return changed(
    next,
    before,
    entry.version,
    `published ${entry.version} to \`${name}\`: ` +
      `${describe(before)} → ${entry.version}${atRollout(rollout)}.`,
    ctx,
  );
}

/** A copy without optional fields set to undefined, which the schema would reject. */
function withoutUndefined(entry: BundleEntry): BundleEntry {
  return JSON.parse(JSON.stringify(entry)) as BundleEntry;
}

function atRollout(rollout: number): string {
  return rollout === 100 ? '' : ` at ${rollout}%`;
}

/** Points `to` (created when missing) at what `from` serves now, for `rollout` % of devices. */
export function promoteChannel(
  m: Manifest,
  from: string,
  to: string,
  rollout: number,
  ctx: MoveContext,
): EditResult {
  assertChannelName(to);
  checkRollout(rollout);
  if (from === to) {
    throw new InputError(
      'from-channel',
      `\`${from}\` is also \`channel\`; name the channel to copy from (e.g. beta).`,
    );
  }
  const version = requireServed(requireChannel(m, from, 'from-channel'), from, 'from-channel');
  if (version !== BUILTIN && !hasBundle(m, version)) {
    throw new UserError(
      `channel \`${from}\` serves ${version}, which is not in the manifest's bundles; ` +
        'fix the manifest or promote another channel.',
    );
  }
  const existing = findChannel(m, to);
  if (existing?.version === version && existing.rollout === rollout) {
    return unchanged(
      m,
      existing,
      `channel \`${to}\` already serves ${version}${atRollout(rollout)}; nothing to promote.`,
    );
  }

  const next = cloneManifest(m);
  const channel = findChannel(next, to) ?? newChannel();
  next.channels[to] = channel;
  const before = channel.version;
  moveChannel(channel, version, rollout);
  appendMove(channel, 'promote', before, ctx);
  return changed(
    next,
    before,
    version,
    `promoted ${version} from \`${from}\` to \`${to}\`: ` +
      `${describe(before)} → ${version}${atRollout(rollout)}.`,
    ctx,
  );
}

/** Changes the share of devices that get the channel's version; the rest get `previous`. */
export function setRollout(
  m: Manifest,
  channel: string,
  percent: number,
  ctx: MoveContext,
): EditResult {
  checkRollout(percent);
  const existing = requireChannel(m, channel, 'channel');
  const version = requireServed(existing, channel, 'channel');
  if (existing.rollout === percent) {
    return unchanged(
      m,
      existing,
      `channel \`${channel}\` already serves ${version} to ${percent}% of devices.`,
    );
  }

  const next = cloneManifest(m);
  const moved = next.channels[channel]!;
  const before = moved.rollout;
  moved.rollout = percent;
  appendMove(moved, 'rollout', version, ctx);
  const others =
    percent === 100
      ? ''
      : moved.previous === undefined
        ? '; the others stay where they are'
        : `; the others get ${moved.previous}`;
  return changed(
    next,
    version,
    version,
    `rollout of \`${channel}\` (${version}): ${before}% → ${percent}%${others}.`,
    ctx,
  );
}
