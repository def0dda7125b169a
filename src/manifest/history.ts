// What a channel's history says about the versions it served.

import { BUILTIN, type Channel } from './types.js';
import { compareVersions } from './versions.js';

/**
 * Versions the channel was rolled back from and has not served again since. Devices still on
 * one of them may be sent back down to the channel's version, and a rollback walk never lands
 * on one. Serving a version again (a promote, a publish or a rollback to it) clears it.
 */
export function rolledBackFrom(channel: Channel): Set<string> {
  const versions = new Set<string>();
  for (const move of channel.history) {
    versions.delete(move.version);
    if (move.action === 'rollback' && move.from !== undefined && move.from !== move.version) {
      versions.add(move.from);
    }
  }
  return versions;
}

/**
 * Where a rollback could go, best first: the versions the channel served, most recently served
 * first, that rank below what it serves now and that it was not rolled back from. Ranking below
 * matters after an explicit rollback past several versions: going "back" again must not land
 * on one of the newer versions that was skipped.
 */
export function rollbackCandidates(channel: Channel): string[] {
  const current = channel.version;
  const excluded = rolledBackFrom(channel);
  const below = (version: string) => current === undefined || compareVersions(version, current) < 0;
  return servedNewestFirst(channel).filter((version) => !excluded.has(version) && below(version));
}

/** The versions a channel served, newest first, each once (its current version first). */
function servedNewestFirst(channel: Channel): string[] {
  const served = new Set<string>();
  if (channel.version !== undefined) served.add(channel.version);
  for (const move of [...channel.history].reverse()) {
    served.add(move.version);
    if (move.from !== undefined) served.add(move.from);
  }
  return [...served];
}

/** Every version named anywhere in the channel, `builtin` left out. */
export function versionsNamedBy(channel: Channel): Set<string> {
  const named = new Set(servedNewestFirst(channel));
  if (channel.previous !== undefined) named.add(channel.previous);
  named.delete(BUILTIN);
  return named;
}
