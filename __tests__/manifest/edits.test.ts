import { describe, expect, test } from '@jest/globals';
import { InputError, UserError } from '../../src/errors.js';
import {
  findPublished,
  MAX_HISTORY,
  promoteChannel,
  recordBundle,
  setRollout,
  VersionConflictError,
  type EditResult,
} from '../../src/manifest/edits.js';
import { emptyManifest, parseManifest, serializeManifest } from '../../src/manifest/parse.js';
import type { Manifest } from '../../src/manifest/types.js';
import { APP_ID, ctx, deepFreeze, encryptedBundle, plainBundle, sha256 } from './helpers.js';

const publish = (
  m: Manifest,
  version: string,
  channel = 'production',
  rollout = 100,
  runId = '1',
) => recordBundle(m, plainBundle(version), { channel, rollout, ctx: ctx(runId) });

/** A manifest as the action would read it back: through the file format. */
const roundTrip = (m: Manifest) => parseManifest(serializeManifest(m)).manifest;

function expectValid(result: EditResult) {
  const loaded = parseManifest(serializeManifest(result.manifest));
  expect(loaded.bundleProblems).toEqual(new Map());
  expect(loaded.channelProblems).toEqual(new Map());
}

describe('recordBundle', () => {
  test('first publish creates the channel with the defaults and a history entry', () => {
    const result = publish(emptyManifest(APP_ID), '1.0.0');
    expect(result.changed).toBe(true);
    expect(result.channelBefore).toBeUndefined();
    expect(result.channelAfter).toBe('1.0.0');
    expect(result.summary).toBe('published 1.0.0 to `production`: nothing → 1.0.0.');
    expect(result.manifest.bundles['1.0.0']).toEqual(plainBundle('1.0.0'));
    expect(result.manifest.channels['production']).toEqual({
      version: '1.0.0',
      rollout: 100,
      allow_self_set: true,
      platforms: ['ios', 'android'],
      allow_emulator: true,
      allow_dev_build: true,
      history: [{ action: 'publish', version: '1.0.0', rollout: 100, ...ctx('1') }],
    });
    expect(result.manifest.updated_at).toBe(ctx().at);
    expectValid(result);
  });

  test('a higher version moves the channel and keeps what it served as previous', () => {
    const base = publish(emptyManifest(APP_ID), '1.0.9').manifest;
    const result = publish(base, '1.0.10', 'production', 30, '2');
    expect(result).toMatchObject({ changed: true, channelBefore: '1.0.9', channelAfter: '1.0.10' });
    expect(result.summary).toBe('published 1.0.10 to `production`: 1.0.9 → 1.0.10 at 30%.');
    const channel = result.manifest.channels['production']!;
    expect(channel).toMatchObject({ version: '1.0.10', previous: '1.0.9', rollout: 30 });
    expect(channel.history.at(-1)).toEqual({
      action: 'publish',
      version: '1.0.10',
      from: '1.0.9',
      rollout: 30,
      ...ctx('2'),
    });
    expectValid(result);
  });

  test('a lower or prerelease version is recorded but never moves the channel back', () => {
    const base = publish(emptyManifest(APP_ID), '1.1.0').manifest;
    for (const version of ['1.0.5', '1.1.0-rc.1']) {
      const result = publish(base, version);
      expect(result).toMatchObject({
        changed: true,
        channelBefore: '1.1.0',
        channelAfter: '1.1.0',
      });
      expect(result.summary).toBe(
        `recorded ${version}; channel \`production\` unchanged (serves 1.1.0); use promote to serve ${version} there.`,
      );
      expect(result.manifest.bundles[version]).toEqual(plainBundle(version));
      expect(result.manifest.channels['production']).toEqual(base.channels['production']);
    }
  });

  test('a channel on builtin (after such a rollback) moves for any version', () => {
    const base = publish(emptyManifest(APP_ID), '2.0.0').manifest;
    base.channels['production']!.version = 'builtin';
    const result = publish(base, '1.0.0');
    expect(result).toMatchObject({ channelBefore: 'builtin', channelAfter: '1.0.0' });
    expect(result.manifest.channels['production']!.previous).toBe('builtin');
  });

  test('the same version with the same content is "already published" and changes nothing (C06)', () => {
    const base = publish(emptyManifest(APP_ID), '1.0.8').manifest;
    const again = publish(base, '1.0.8');
    expect(again.changed).toBe(false);
    expect(again.manifest).toBe(base);
    expect(again.summary).toBe(
      '1.0.8 is already published with this content; nothing changed (`production` serves it).',
    );
    expect(again).toMatchObject({ channelBefore: '1.0.8', channelAfter: '1.0.8' });
  });

  test('already published never moves a channel, even one rolled back below it', () => {
    const base = publish(publish(emptyManifest(APP_ID), '1.0.0').manifest, '1.1.0').manifest;
    base.channels['production']!.version = '1.0.0';
    const again = publish(base, '1.1.0');
    expect(again.changed).toBe(false);
    expect(again.summary).toMatch(/`production` serves 1.0.0; use promote to serve it there/);
    const other = publish(base, '1.1.0', 'beta');
    expect(other.changed).toBe(false);
    expect(other.summary).toMatch(/`beta` serves nothing; use promote/);
  });

  test('the same version with other content is refused, asking for a bump (C06)', () => {
    const base = publish(emptyManifest(APP_ID), '1.0.8').manifest;
    const changedFolder = plainBundle('1.0.8', {
      checksum: sha256('changed'),
      sha256: sha256('changed'),
    });
    let error: unknown;
    try {
      recordBundle(base, changedFolder, { channel: 'production', rollout: 100, ctx: ctx() });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error).toBeInstanceOf(UserError);
    const conflict = error as VersionConflictError;
    expect(conflict.version).toBe('1.0.8');
    expect(conflict.publishedSha256).toBe(sha256('web build 1.0.8'));
    expect(conflict.newSha256).toBe(sha256('changed'));
    expect(conflict.message).toMatch(/version 1.0.8 is already published with other content/);
    expect(conflict.message).toMatch(/bump it \(e\.g\. 1\.0\.9\)/);
  });

  test('the suggested bump follows the version', () => {
    const suggest = (version: string) => {
      const base = publish(emptyManifest(APP_ID), version).manifest;
      const other = plainBundle(version, { checksum: sha256('x'), sha256: sha256('x') });
      try {
        recordBundle(base, other, { channel: 'production', rollout: 100, ctx: ctx() });
      } catch (error) {
        return /e\.g\. ([^)]+)\)/.exec((error as Error).message)?.[1];
      }
      return undefined;
    };
    expect(suggest('2.3.9')).toBe('2.3.10');
    expect(suggest('2.0.0-beta.4')).toBe('2.0.0-beta.5');
    expect(suggest('2.0.0-rc')).toBe('2.0.1');
  });

  test('compares the plain sha256, so an encrypted re-run with a fresh session key is the same content', () => {
    const first = encryptedBundle('1.2.0');
    const base = recordBundle(emptyManifest(APP_ID), first, {
      channel: 'production',
      rollout: 100,
      ctx: ctx(),
    }).manifest;
    const rerun = encryptedBundle('1.2.0', { session_key: encryptedBundle('9.9.9').session_key });
    expect(
      recordBundle(base, rerun, { channel: 'production', rollout: 100, ctx: ctx() }).changed,
    ).toBe(false);
  });

  test.each<[string, Partial<Parameters<typeof plainBundle>[1]>, RegExp]>([
    ['an empty url', { url: '' }, /refusing to record bundle 1\.0\.0: url: is empty/],
    ['a cleartext url', { url: 'http://github.com/a.zip' }, /url: must use https/],
    ['a CRC32 checksum', { checksum: '8d3f29a1' }, /checksum: "8d3f29a1" does not match/],
    ['a bad native range', { native_versions: '1.x.3' }, /native_versions/],
  ])('refuses to write an entry devices could not use: %s (C04)', (_name, overrides, message) => {
    const entry = plainBundle('1.0.0', overrides);
    expect(() =>
      recordBundle(emptyManifest(APP_ID), entry, {
        channel: 'production',
        rollout: 100,
        ctx: ctx(),
      }),
    ).toThrow(message);
  });

  test('optional fields left undefined are dropped, not refused', () => {
    const entry = { ...plainBundle('1.0.0'), key_id: undefined, native_versions: undefined };
    const result = recordBundle(emptyManifest(APP_ID), entry, {
      channel: 'production',
      rollout: 100,
      ctx: ctx(),
    });
    expect(Object.keys(result.manifest.bundles['1.0.0']!)).not.toContain('key_id');
    expectValid(result);
  });

  test('refuses a bad channel name or rollout, naming the input', () => {
    const m = emptyManifest(APP_ID);
    expect(() => publish(m, '1.0.0', 'prod uction')).toThrow(
      /Input `channel`: `prod uction` is not a channel name/,
    );
    expect(() => publish(m, '1.0.0', 'production', 101)).toThrow(
      /Input `rollout`: `101` is not a percent/,
    );
    expect(() => publish(m, '1.0.0', 'production', 2.5)).toThrow(InputError);
  });

  test('never mutates its input', () => {
    const base = deepFreeze(publish(emptyManifest(APP_ID), '1.0.0').manifest);
    const before = serializeManifest(base);
    publish(base, '1.1.0');
    publish(base, '0.9.0');
    publish(base, '1.1.0', 'beta');
    expect(serializeManifest(base)).toBe(before);
  });
});

describe('concurrent publishes, re-applied after a conflict (C09)', () => {
  const base = roundTrip(publish(emptyManifest(APP_ID), '1.2.2').manifest);

  test('either order keeps both bundles and ends on the highest version', () => {
    const aThenB = publish(
      roundTrip(publish(base, '1.2.3', 'production', 100, 'A').manifest),
      '1.2.4',
      'production',
      100,
      'B',
    );
    const bThenA = publish(
      roundTrip(publish(base, '1.2.4', 'production', 100, 'B').manifest),
      '1.2.3',
      'production',
      100,
      'A',
    );
    for (const result of [aThenB, bThenA]) {
      expect(Object.keys(result.manifest.bundles).sort()).toEqual(['1.2.2', '1.2.3', '1.2.4']);
      expect(result.manifest.channels['production']!.version).toBe('1.2.4');
      expectValid(result);
    }
    expect(bThenA.summary).toMatch(/unchanged \(serves 1\.2\.4\)/);
    expect(Object.keys(JSON.parse(serializeManifest(aThenB.manifest)).bundles)).toEqual(
      Object.keys(JSON.parse(serializeManifest(bThenA.manifest)).bundles),
    );
  });

  test('ten publishes in any order end on the highest, holding all ten', () => {
    const versions = Array.from({ length: 10 }, (_, i) => `1.3.${i}`);
    for (const order of [
      versions,
      [...versions].reverse(),
      ['1.3.4', '1.3.9', '1.3.0', '1.3.7', '1.3.1', '1.3.8', '1.3.2', '1.3.6', '1.3.3', '1.3.5'],
    ]) {
      const final = order.reduce((m, version) => roundTrip(publish(m, version).manifest), base);
      expect(Object.keys(final.bundles)).toHaveLength(11);
      expect(final.channels['production']!.version).toBe('1.3.9');
    }
  });

  test('applying the same publish twice writes once', () => {
    const once = publish(base, '1.2.3', 'production', 100, 'A');
    const twice = publish(roundTrip(once.manifest), '1.2.3', 'production', 100, 'A');
    expect(twice.changed).toBe(false);
    expect(serializeManifest(twice.manifest)).toBe(serializeManifest(once.manifest));
  });
});

describe('findPublished', () => {
  test('finds the same content, ignores a new version, throws on other content', () => {
    const m = publish(emptyManifest(APP_ID), '1.0.0').manifest;
    expect(findPublished(m, '1.0.0', sha256('web build 1.0.0'))).toEqual(plainBundle('1.0.0'));
    expect(findPublished(m, '1.0.1', sha256('x'))).toBeUndefined();
    expect(findPublished(m, 'constructor', sha256('x'))).toBeUndefined();
    expect(() => findPublished(m, '1.0.0', sha256('x'))).toThrow(VersionConflictError);
  });
});

describe('promoteChannel', () => {
  const base = roundTrip(
    publish(
      publish(publish(emptyManifest(APP_ID), '1.0.0').manifest, '1.1.0', 'beta').manifest,
      '1.0.1',
    ).manifest,
  );

  test('points the target at what the source serves, creating it when missing', () => {
    const result = promoteChannel(base, 'beta', 'production', 100, ctx('7'));
    expect(result).toMatchObject({ changed: true, channelBefore: '1.0.1', channelAfter: '1.1.0' });
    expect(result.summary).toBe('promoted 1.1.0 from `beta` to `production`: 1.0.1 → 1.1.0.');
    expect(result.manifest.channels['production']).toMatchObject({
      version: '1.1.0',
      previous: '1.0.1',
      rollout: 100,
    });
    expect(result.manifest.channels['production']!.history.at(-1)).toEqual({
      action: 'promote',
      version: '1.1.0',
      from: '1.0.1',
      rollout: 100,
      ...ctx('7'),
    });
    const fresh = promoteChannel(base, 'beta', 'staging', 20, ctx());
    expect(fresh.manifest.channels['staging']).toMatchObject({
      version: '1.1.0',
      rollout: 20,
      allow_self_set: true,
    });
    expect(fresh.manifest.channels['staging']!.previous).toBeUndefined();
    expectValid(result);
    expectValid(fresh);
  });

  test('may move a channel down: promote is explicit', () => {
    const result = promoteChannel(base, 'production', 'beta', 100, ctx());
    expect(result).toMatchObject({ changed: true, channelBefore: '1.1.0', channelAfter: '1.0.1' });
  });

  test('is idempotent, and changes only the rollout when the version is already there', () => {
    const once = promoteChannel(base, 'beta', 'production', 50, ctx());
    const twice = promoteChannel(once.manifest, 'beta', 'production', 50, ctx());
    expect(twice.changed).toBe(false);
    expect(twice.summary).toBe(
      'channel `production` already serves 1.1.0 at 50%; nothing to promote.',
    );
    const full = promoteChannel(once.manifest, 'beta', 'production', 100, ctx());
    expect(full.manifest.channels['production']).toMatchObject({
      version: '1.1.0',
      previous: '1.0.1',
      rollout: 100,
    });
  });

  test('refuses a missing or empty source, the same channel twice, or a bad target', () => {
    expect(() => promoteChannel(base, 'qa', 'production', 100, ctx())).toThrow(
      'Input `from-channel`: channel `qa` does not exist; channels in the manifest: beta, production.',
    );
    const withEmpty = roundTrip(base);
    withEmpty.channels['empty'] = { ...withEmpty.channels['beta']!, history: [] };
    delete withEmpty.channels['empty'].version;
    expect(() => promoteChannel(withEmpty, 'empty', 'production', 100, ctx())).toThrow(
      /Input `from-channel`: channel `empty` serves nothing yet/,
    );
    expect(() => promoteChannel(base, 'beta', 'beta', 100, ctx())).toThrow(
      /Input `from-channel`: `beta` is also `channel`/,
    );
    expect(() => promoteChannel(base, 'beta', 'bad name', 100, ctx())).toThrow(/Input `channel`/);
    expect(() => promoteChannel(base, 'beta', 'production', -1, ctx())).toThrow(/Input `rollout`/);
  });

  test('refuses a channel broken by hand rather than building on it', () => {
    const broken = roundTrip(base);
    (broken.channels['production'] as unknown as Record<string, unknown>)['history'] = 'lost';
    expect(() => promoteChannel(broken, 'beta', 'production', 100, ctx())).toThrow(
      /channel `production` in the manifest is malformed \(history: must be an array/,
    );
  });

  test('never mutates its input', () => {
    const frozen = deepFreeze(roundTrip(base));
    expect(() => promoteChannel(frozen, 'beta', 'production', 10, ctx())).not.toThrow();
  });
});

describe('setRollout', () => {
  const base = roundTrip(
    publish(publish(emptyManifest(APP_ID), '1.0.0').manifest, '1.1.0', 'production', 10).manifest,
  );

  test('changes the percent and records it', () => {
    const result = setRollout(base, 'production', 50, ctx('8'));
    expect(result).toMatchObject({ changed: true, channelBefore: '1.1.0', channelAfter: '1.1.0' });
    expect(result.summary).toBe(
      'rollout of `production` (1.1.0): 10% → 50%; the others get 1.0.0.',
    );
    expect(result.manifest.channels['production']).toMatchObject({
      version: '1.1.0',
      previous: '1.0.0',
      rollout: 50,
    });
    expect(result.manifest.channels['production']!.history.at(-1)).toEqual({
      action: 'rollout',
      version: '1.1.0',
      from: '1.1.0',
      rollout: 50,
      ...ctx('8'),
    });
    expect(setRollout(base, 'production', 100, ctx()).summary).toBe(
      'rollout of `production` (1.1.0): 10% → 100%.',
    );
    expectValid(result);
  });

  test('says what devices outside the rollout get when there is no previous version', () => {
    const first = roundTrip(publish(emptyManifest(APP_ID), '1.0.0').manifest);
    expect(setRollout(first, 'production', 5, ctx()).summary).toMatch(
      /the others stay where they are/,
    );
  });

  test('is idempotent', () => {
    const once = setRollout(base, 'production', 50, ctx());
    expect(setRollout(once.manifest, 'production', 50, ctx())).toMatchObject({
      changed: false,
      summary: 'channel `production` already serves 1.1.0 to 50% of devices.',
    });
  });

  test('refuses an unknown channel, listing the real ones, and a bad percent', () => {
    expect(() => setRollout(base, 'beta', 50, ctx())).toThrow(
      'Input `channel`: channel `beta` does not exist; channels in the manifest: production.',
    );
    expect(() => setRollout(emptyManifest(APP_ID), 'production', 50, ctx())).toThrow(
      /the manifest has no channels yet: publish a bundle first/,
    );
    expect(() => setRollout(base, 'production', 150, ctx())).toThrow(
      /Input `rollout`: `150` is not a percent: use a whole number from 0 to 100/,
    );
  });
});

describe('history', () => {
  test(`keeps the last ${MAX_HISTORY} moves of a channel`, () => {
    let m = roundTrip(publish(emptyManifest(APP_ID), '1.0.0').manifest);
    for (let i = 0; i < MAX_HISTORY + 20; i++)
      m = setRollout(m, 'production', i % 2 === 0 ? 50 : 60, ctx(String(i))).manifest;
    const history = m.channels['production']!.history;
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history.at(-1)!.run_id).toBe(String(MAX_HISTORY + 19));
  });
});
