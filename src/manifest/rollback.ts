// Taking a channel back. The target is worked out once per run and then applied as a fixed
// version, so a run that re-applies its edit after a write conflict, or is re-run as a whole,
// never steps back twice.

import { InputError } from '../errors.js';
import {
  appendMove,
  changed,
  cloneManifest,
  describe,
  hasBundle,
  requireChannel,
  unchanged,
  type EditResult,
} from './edit-support.js';
import { rollbackCandidates } from './history.js';
import { BUILTIN, type Manifest, type MoveContext } from './types.js';

export interface RollbackTarget {
  /** Where the channel should go; absent when its history holds no earlier usable version. */
  target?: string;
  /** This run already rolled the channel back: there is nothing left to do. */
  alreadyDone: boolean;
  /** Earlier versions passed over because they are no longer in the manifest (pruned). */
  skipped?: string[];
}

/**
 * The last version the channel served, below what it serves now, that it was not itself rolled
 * back from. `builtin` counts when the channel served it; a channel's first version has nothing
 * before it.
 */
export function resolveRollbackTarget(
  m: Manifest,
  channel: string,
  runId?: string,
): RollbackTarget {
  const current = requireChannel(m, channel, 'channel');
  const ownMove = current.history.find(
    (move) => move.action === 'rollback' && runId !== undefined && move.run_id === runId,
  );
  if (ownMove) return { target: ownMove.version, alreadyDone: true };

  const skipped: string[] = [];
  for (const version of rollbackCandidates(current)) {
    if (version === BUILTIN || hasBundle(m, version)) {
      return skipped.length > 0
        ? { target: version, alreadyDone: false, skipped }
        : { target: version, alreadyDone: false };
    }
    skipped.push(version);
  }
  return skipped.length > 0 ? { alreadyDone: false, skipped } : { alreadyDone: false };
}

/**
 * Points the channel at `target` for every device: rollout 100, and no `previous`, because the
 * only candidate for it would be the version just rolled back from. The history entry marks
 * what the channel served as rolled back from.
 */
export function rollbackChannel(
  m: Manifest,
  channel: string,
  target: string,
  ctx: MoveContext,
): EditResult {
  const existing = requireChannel(m, channel, 'channel');
  if (target !== BUILTIN && !hasBundle(m, target)) {
    const known = Object.keys(m.bundles).join(', ') || 'none';
    throw new InputError(
      'version',
      `\`${target}\` is not in the manifest (bundles: ${known}); ` +
        'roll back to one of those, or to builtin.',
    );
  }
  const before = existing.version;
  if (before === target && existing.rollout === 100 && existing.previous === undefined) {
    return unchanged(
      m,
      existing,
      `channel \`${channel}\` already serves ${target} to every device; nothing to roll back.`,
    );
  }

  const next = cloneManifest(m);
  const moved = next.channels[channel]!;
  moved.version = target;
  moved.rollout = 100;
  delete moved.previous;
  appendMove(moved, 'rollback', before, ctx);
  return changed(
    next,
    before,
    target,
    `rolled back \`${channel}\`: ${describe(before)} → ${target}.`,
    ctx,
  );
}
