import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import {
  promoteChannel,
  pruneBundles,
  recordBundle,
  resolveRollbackTarget,
  rollbackChannel,
  rolledBackFrom,
  setRollout,
} from '../../src/manifest/edits.js';
import { emptyManifest, parseManifest, serializeManifest } from '../../src/manifest/parse.js';
import type { Manifest } from '../../src/manifest/types.js';
import { APP_ID, ctx, deepFreeze, plainBundle } from './helpers.js';

const roundTrip = (m: Manifest) => parseManifest(serializeManifest(m)).manifest;

/** Publishes each version in turn to the channel, as separate runs. */
function published(
  versions: string[],
  channel = 'production',
  m: Manifest = emptyManifest(APP_ID),
): Manifest {
  return roundTrip(
    versions.reduce(
      (current, version, i) =>
        recordBundle(current, plainBundle(version), {
          channel,
          rollout: 100,
          ctx: ctx(`${channel}-${i}`),
        }).manifest,
      m,
    ),
  );
}

const rollback = (m: Manifest, target: string, runId = 'R') =>
  rollbackChannel(m, 'production', target, ctx(runId));

describe('resolveRollbackTarget', () => {
  test('goes back to what the channel served before', () => {
    const m = published(['1.0.0', '1.1.0', '1.2.0']);
    expect(resolveRollbackTarget(m, 'production', 'R')).toEqual({
      target: '1.1.0',
      alreadyDone: false,
    });
  });

  test('a re-run of the same run finds its own rollback and does nothing more', () => {
    const m = published(['1.0.0', '1.1.0', '1.2.0']);
    const { target } = resolveRollbackTarget(m, 'production', 'R');
    const after = roundTrip(rollback(m, target!, 'R').manifest);
    expect(resolveRollbackTarget(after, 'production', 'R')).toEqual({
      target: '1.1.0',
      alreadyDone: true,
    });
    // Even when other runs moved the channel since.
    const later = roundTrip(
      recordBundle(after, plainBundle('1.3.0'), {
        channel: 'production',
        rollout: 100,
        ctx: ctx('P'),
      }).manifest,
    );
    expect(resolveRollbackTarget(later, 'production', 'R').alreadyDone).toBe(true);
  });

  test('a second rollback by another run skips the version already rolled back from', () => {
    const m = published(['1.0.0', '1.1.0', '1.2.0']);
    const once = roundTrip(rollback(m, '1.1.0', 'R1').manifest);
    expect(resolveRollbackTarget(once, 'production', 'R2')).toEqual({
      target: '1.0.0',
      alreadyDone: false,
    });
    const twice = roundTrip(rollback(once, '1.0.0', 'R2').manifest);
    expect(resolveRollbackTarget(twice, 'production', 'R3')).toEqual({ alreadyDone: false });
  });

  test('during a partial rollout it goes back to the previous version', () => {
    const m = roundTrip(
      recordBundle(published(['1.0.0']), plainBundle('1.1.0'), {
        channel: 'production',
        rollout: 30,
        ctx: ctx('P'),
      }).manifest,
    );
    expect(resolveRollbackTarget(m, 'production').target).toBe('1.0.0');
  });

  test('after an explicit rollback past several versions, it keeps going down, not up', () => {
    const m = roundTrip(
      rollback(published(['1.0.0', '1.0.1', '1.0.2', '1.0.3']), '1.0.1', 'R1').manifest,
    );
    expect(resolveRollbackTarget(m, 'production', 'R2').target).toBe('1.0.0');
    const atBuiltin = roundTrip(rollback(m, 'builtin', 'R2').manifest);
    expect(resolveRollbackTarget(atBuiltin, 'production', 'R3')).toEqual({ alreadyDone: false });
  });

  test('a channel that only ever served one version has nothing to go back to', () => {
    expect(resolveRollbackTarget(published(['1.0.0']), 'production', 'R')).toEqual({
      alreadyDone: false,
    });
  });

  test('builtin is a target when the channel served it', () => {
    const m = roundTrip(rollback(published(['1.0.0']), 'builtin', 'R1').manifest);
    const next = roundTrip(
      recordBundle(m, plainBundle('1.0.1'), { channel: 'production', rollout: 100, ctx: ctx('P') })
        .manifest,
    );
    expect(resolveRollbackTarget(next, 'production', 'R2').target).toBe('builtin');
  });

  test('passes over versions pruned from the manifest and says which', () => {
    const m = published(['1.0.0', '1.1.0', '1.2.0']);
    delete m.bundles['1.1.0'];
    expect(resolveRollbackTarget(m, 'production')).toEqual({
      target: '1.0.0',
      alreadyDone: false,
      skipped: ['1.1.0'],
    });
    delete m.bundles['1.0.0'];
    expect(resolveRollbackTarget(m, 'production')).toEqual({
      alreadyDone: false,
      skipped: ['1.1.0', '1.0.0'],
    });
  });

  test('refuses an unknown channel, listing the real ones', () => {
    expect(() => resolveRollbackTarget(published(['1.0.0']), 'prod')).toThrow(
      'Input `channel`: channel `prod` does not exist; channels in the manifest: production.',
    );
  });
});

describe('rollbackChannel', () => {
  const base = roundTrip(
    recordBundle(published(['1.0.0', '1.1.0']), plainBundle('1.2.0'), {
      channel: 'production',
      rollout: 40,
      ctx: ctx('P'),
    }).manifest,
  );

  test('serves the target to every device and marks the old version as rolled back from', () => {
    const result = rollback(base, '1.0.0');
    expect(result).toMatchObject({ changed: true, channelBefore: '1.2.0', channelAfter: '1.0.0' });
    expect(result.summary).toBe('rolled back `production`: 1.2.0 → 1.0.0.');
    const channel = result.manifest.channels['production']!;
    expect(channel).toMatchObject({ version: '1.0.0', rollout: 100 });
    // The only candidate for `previous` would be the version just rolled back from.
    expect(channel.previous).toBeUndefined();
    expect(channel.history.at(-1)).toEqual({
      action: 'rollback',
      version: '1.0.0',
      from: '1.2.0',
      rollout: 100,
      ...ctx('R'),
    });
    expect(rolledBackFrom(channel)).toEqual(new Set(['1.2.0']));
    expect(parseManifest(serializeManifest(result.manifest)).channelProblems.size).toBe(0);
  });

  test('is idempotent: applying it again changes nothing', () => {
    const once = roundTrip(rollback(base, '1.1.0').manifest);
    const twice = rollback(once, '1.1.0');
    expect(twice.changed).toBe(false);
    expect(twice.summary).toBe(
      'channel `production` already serves 1.1.0 to every device; nothing to roll back.',
    );
  });

  test('re-applied as a fixed target after a conflict, it lands on that target', () => {
    const target = resolveRollbackTarget(base, 'production', 'R').target!;
    const raced = roundTrip(
      recordBundle(base, plainBundle('1.2.1'), {
        channel: 'production',
        rollout: 100,
        ctx: ctx('P2'),
      }).manifest,
    );
    const result = rollback(raced, target, 'R');
    expect(result).toMatchObject({ channelBefore: '1.2.1', channelAfter: target });
    expect(Object.keys(result.manifest.bundles)).toContain('1.2.1');
  });

  test('can send devices to the bundle in their binary', () => {
    const result = rollback(base, 'builtin');
    expect(result).toMatchObject({ changed: true, channelAfter: 'builtin' });
    expect(result.manifest.channels['production']!.version).toBe('builtin');
    expect(parseManifest(serializeManifest(result.manifest)).channelProblems.size).toBe(0);
  });

  test('refuses a version that is not in the manifest, listing those that are', () => {
    expect(() => rollback(base, '0.9.0')).toThrow(InputError);
    expect(() => rollback(base, '0.9.0')).toThrow(
      'Input `version`: `0.9.0` is not in the manifest (bundles: 1.0.0, 1.1.0, 1.2.0); roll back to one of those, or to builtin.',
    );
    expect(() => rollback(base, 'constructor')).toThrow(/is not in the manifest/);
    expect(() => rollbackChannel(base, 'beta', '1.0.0', ctx())).toThrow(
      /channel `beta` does not exist/,
    );
  });

  test('never mutates its input', () => {
    const frozen = deepFreeze(roundTrip(base));
    const before = serializeManifest(frozen);
    rollback(frozen, '1.0.0');
    expect(serializeManifest(frozen)).toBe(before);
  });
});

describe('rolledBackFrom', () => {
  test('collects versions rolled back from, until the channel serves them again', () => {
    const m = published(['1.0.0', '1.1.0', '1.2.0']);
    const withBeta = roundTrip(promoteChannel(m, 'production', 'beta', 100, ctx('B')).manifest);
    const a = roundTrip(rollback(withBeta, '1.1.0', 'R1').manifest);
    const b = roundTrip(rollback(a, '1.0.0', 'R2').manifest);
    expect(rolledBackFrom(b.channels['production']!)).toEqual(new Set(['1.2.0', '1.1.0']));
    const again = roundTrip(rollback(b, '1.1.0', 'R3').manifest);
    expect(rolledBackFrom(again.channels['production']!)).toEqual(new Set(['1.2.0', '1.0.0']));
    const promoted = promoteChannel(again, 'beta', 'production', 100, ctx('P')).manifest;
    expect(rolledBackFrom(promoted.channels['production']!)).toEqual(new Set(['1.0.0']));
    expect(rolledBackFrom(promoted.channels['beta']!)).toEqual(new Set());
  });

  test('a rollout change is not a rollback', () => {
    const m = published(['1.0.0', '1.1.0']);
    const changed = setRollout(m, 'production', 20, ctx()).manifest;
    expect(rolledBackFrom(changed.channels['production']!)).toEqual(new Set());
  });
});

describe('pruneBundles', () => {
  function sample(): Manifest {
    let m = published(['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4', '1.0.5']);
    m = published(['1.1.0-beta.1', '1.1.0-beta.2', '1.1.0-beta.3'], 'beta', m);
    for (const version of ['0.9.0', '0.9.1', '1.0.5-rc.1']) {
      // Recorded but never served: a lower version published to a channel ahead of it.
      m = roundTrip(
        recordBundle(m, plainBundle(version), { channel: 'production', rollout: 100, ctx: ctx() })
          .manifest,
      );
    }
    return m;
  }

  test('keeps the most recent per channel history, plus the highest never-served ones', () => {
    const result = pruneBundles(sample(), 2);
    expect(result.removed).toEqual(['0.9.0', '1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.1.0-beta.1']);
    expect(Object.keys(result.manifest.bundles).sort()).toEqual([
      '0.9.1',
      '1.0.4',
      '1.0.5',
      '1.0.5-rc.1',
      '1.1.0-beta.2',
      '1.1.0-beta.3',
    ]);
    expect(result.changed).toBe(true);
    expect(result.summary).toBe(
      'pruned 6 bundle(s) from the manifest: 0.9.0, 1.0.0, 1.0.1, 1.0.2, 1.0.3, 1.1.0-beta.1 (their releases stay).',
    );
    const loaded = parseManifest(serializeManifest(result.manifest));
    expect(loaded.channelProblems.size).toBe(0);
    expect(loaded.manifest.channels['production']!.history).toHaveLength(6);
  });

  test('never drops what a channel serves, current or previous, even with keep 1', () => {
    const m = roundTrip(
      recordBundle(sample(), plainBundle('1.0.6'), {
        channel: 'production',
        rollout: 25,
        ctx: ctx(),
      }).manifest,
    );
    const kept = Object.keys(pruneBundles(m, 1).manifest.bundles).sort();
    expect(kept).toEqual(['1.0.5', '1.0.5-rc.1', '1.0.6', '1.1.0-beta.2', '1.1.0-beta.3']);
  });

  test('versions a channel was rolled back from do not take a place', () => {
    const m = published(['1.0.0', '1.0.1', '1.0.2', '1.0.3']);
    const rolled = roundTrip(rollback(m, '1.0.1', 'R').manifest);
    expect(Object.keys(pruneBundles(rolled, 2).manifest.bundles).sort()).toEqual([
      '1.0.0',
      '1.0.1',
    ]);
  });

  test('is idempotent', () => {
    const once = pruneBundles(sample(), 2);
    const twice = pruneBundles(roundTrip(once.manifest), 2);
    expect(twice).toMatchObject({ changed: false, removed: [] });
    expect(twice.summary).toBe('nothing to prune: every bundle is among the 2 kept per channel.');
  });

  test('refuses a keep that is not a positive whole number', () => {
    for (const keep of [0, -1, 1.5, Number.NaN]) {
      expect(() => pruneBundles(sample(), keep)).toThrow(
        /Input `keep`: .* is not a bundle count: use a whole number of at least 1/,
      );
    }
  });

  test('never mutates its input', () => {
    const frozen = deepFreeze(sample());
    const before = serializeManifest(frozen);
    pruneBundles(frozen, 1);
    expect(serializeManifest(frozen)).toBe(before);
  });
});
