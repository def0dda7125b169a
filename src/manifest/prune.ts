// Dropping old bundles from the manifest so it stays small. Only manifest entries go: the
// releases and their assets stay on GitHub, and devices already holding a bundle keep it.

import { InputError } from '../errors.js';
import {
  changed,
  cloneManifest,
  findChannel,
  hasBundle,
  unchanged,
  type EditResult,
} from './edit-support.js';
import { rollbackCandidates, versionsNamedBy } from './history.js';
import { compareSemVer, parseSemVer } from './semver.js';
import type { Manifest, MoveContext } from './types.js';

/**
 * Keeps, per channel, `keep` bundles of its history: what it serves now and the next rollback
 * targets in the order a rollback would take them (so `keep: 2` always leaves one rollback), plus
 * its `previous`. Bundles no channel ever served are candidates for a promote: the `keep` highest
 * of them stay. Everything else is removed from `bundles`; channel histories stay as they are.
 */
export function pruneBundles(
  m: Manifest,
  keep: number,
  ctx?: MoveContext,
): EditResult & { removed: string[] } {
  if (!Number.isInteger(keep) || keep < 1) {
    throw new InputError(
      'keep',
      `\`${keep}\` is not a bundle count: use a whole number of at least 1, e.g. 5.`,
    );
  }
  const kept = keptByChannels(m, keep);
  for (const version of neverServed(m, kept.served).slice(0, keep)) kept.versions.add(version);

  const removed = Object.keys(m.bundles)
    .filter((version) => !kept.versions.has(version))
    .sort(byPrecedence);
  if (removed.length === 0) {
    return {
      ...unchanged(
        m,
        undefined,
        `nothing to prune: every bundle is among the ${keep} kept per channel.`,
      ),
      removed,
    };
  }
  const next = cloneManifest(m);
  for (const version of removed) delete next.bundles[version];
  const summary =
    `pruned ${removed.length} bundle(s) from the manifest: ${removed.join(', ')} ` +
    '(their releases stay).';
  return { ...changed(next, undefined, undefined, summary, ctx), removed };
}

function keptByChannels(m: Manifest, keep: number) {
  const versions = new Set<string>();
  const served = new Set<string>();
  for (const name of Object.keys(m.channels)) {
    const channel = findChannel(m, name)!;
    for (const pointer of [channel.version, channel.previous]) {
      if (pointer !== undefined) versions.add(pointer);
    }
    const servesBundle = channel.version !== undefined && hasBundle(m, channel.version);
    const targets = rollbackCandidates(channel).filter((version) => hasBundle(m, version));
    for (const version of targets.slice(0, keep - Number(servesBundle))) versions.add(version);
    for (const version of versionsNamedBy(channel)) served.add(version);
  }
  return { versions, served };
}

/** Bundles that no channel has served, highest first. */
function neverServed(m: Manifest, served: ReadonlySet<string>): string[] {
  return Object.keys(m.bundles)
    .filter((version) => !served.has(version))
    .sort((a, b) => byPrecedence(b, a));
}

// Broken keys (kept from a hand edit) sort below every version.
function byPrecedence(a: string, b: string): number {
  const va = parseSemVer(a);
  const vb = parseSemVer(b);
  if (va && vb) return compareSemVer(va, vb);
  if (va || vb) return va ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
