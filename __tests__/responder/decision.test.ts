// Every branch of the update decision, with bodies shaped like the plugin's.
import { describe, expect, it } from '@jest/globals';
import { check, compile, expectNoNull } from './support/core.js';
import {
  bundleEntry,
  channelEntry,
  encryptedEntry,
  iosBody,
  KEY_A,
  KEY_B,
  manifestWith,
  move,
  r0,
  simpleManifest,
} from './support/manifests.js';

const UP_TO_DATE = {
  error: 'no_new_version_available',
  message: 'No new version available',
  kind: 'up_to_date',
};

function expectDownload(reply: ReturnType<typeof check>, version: string): void {
  expect(reply.status).toBe(200);
  expect(Object.keys(reply.json).sort()).toEqual(['checksum', 'session_key', 'url', 'version']);
  expect(reply.json.version).toBe(version);
  expectNoNull(reply.text);
}

function expectRefusal(reply: ReturnType<typeof check>, kind: string, error: string): void {
  expect(reply.status).toBe(200);
  expect(reply.json).toMatchObject({ kind, error });
  expect(typeof reply.json.message).toBe('string');
  expect(reply.json.message).not.toBe('');
  expect(reply.json).not.toHaveProperty('url');
  expectNoNull(reply.text);
}

describe('the app and the channel', () => {
  it('serves the default channel a download in the exact reply shape', () => {
    const entry = bundleEntry('1.2.3');
    const manifest = compile(
      manifestWith([entry], { production: channelEntry({ version: '1.2.3' }) }),
    );
    const reply = check(manifest, r0());
    expect(reply.json).toEqual({
      version: '1.2.3',
      url: entry.url,
      checksum: entry.checksum,
      session_key: '',
    });
  });

  it('blocks another app', () => {
    const reply = check(compile(simpleManifest('1.2.3')), r0({ app_id: 'com.other.app' }));
    expectRefusal(reply, 'blocked', 'unknown_app');
  });

  it('routes on defaultChannel only when that channel allows self-assignment', () => {
    const manifest = compile(
      manifestWith([bundleEntry('1.2.3'), bundleEntry('1.3.0-beta.1'), bundleEntry('1.2.4')], {
        production: channelEntry({ version: '1.2.3' }),
        beta: channelEntry({ version: '1.3.0-beta.1', allow_self_set: true }),
        internal: channelEntry({ version: '1.2.4', allow_self_set: false }),
      }),
    );
    expectDownload(check(manifest, r0({ defaultChannel: 'beta' })), '1.3.0-beta.1');
    expectDownload(check(manifest, r0({ defaultChannel: 'internal' })), '1.2.3');
    expectDownload(check(manifest, r0({ defaultChannel: 'nonexistent' })), '1.2.3');
    expectDownload(check(manifest, r0({ defaultChannel: '__proto__' })), '1.2.3');
    expectDownload(check(manifest, r0({ defaultChannel: 'constructor' })), '1.2.3');
  });

  it('fails with no_channel when the default channel is missing', () => {
    const manifest = compile(manifestWith([bundleEntry('1.2.3')], {}, 'production'));
    expectRefusal(check(manifest, r0()), 'failed', 'no_channel');
  });

  it('tells devices they are up to date while a channel has served nothing', () => {
    const manifest = compile(manifestWith([], { production: channelEntry() }));
    expect(check(manifest, r0()).json).toEqual(UP_TO_DATE);
  });

  it('fails with misconfigured_channel when the channel entry is broken', () => {
    const manifest = manifestWith([bundleEntry('1.2.3')], {
      production: channelEntry({ version: '1.2.3', rollout: 'half' as unknown as number }),
    });
    expectRefusal(check(compile(manifest), r0()), 'failed', 'misconfigured_channel');
  });

  it('fails when the channel points at a version missing from bundles', () => {
    const manifest = manifestWith([bundleEntry('1.2.3')], {
      production: channelEntry({ version: '1.2.4' }),
    });
    const reply = check(compile(manifest), r0());
    expect(reply.json.kind).toBe('failed');
  });
});

describe('versions (C05 and SemVer 2.0)', () => {
  const manifest = compile(simpleManifest('1.2.3'));

  it('answers a device on the channel version up to date, with all three keys (C05)', () => {
    const reply = check(manifest, r0({ version_name: '1.2.3' }));
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(UP_TO_DATE);
  });

  it('compares builtin as version_build (C05)', () => {
    expect(check(manifest, r0({ version_name: 'builtin', version_build: '1.2.3' })).json).toEqual(
      UP_TO_DATE,
    );
    expectDownload(
      check(manifest, r0({ version_name: 'builtin', version_build: '1.2.0' })),
      '1.2.3',
    );
  });

  it('coerces a two-part version_build', () => {
    const at140 = compile(simpleManifest('1.4.0'));
    expect(check(at140, r0({ version_name: 'builtin', version_build: '1.4' })).json).toEqual(
      UP_TO_DATE,
    );
    expectDownload(check(compile(simpleManifest('1.4.1')), r0({ version_build: '1.4' })), '1.4.1');
    const under = check(compile(simpleManifest('1.3.9')), r0({ version_build: '1.4' }));
    expectRefusal(under, 'blocked', 'disable_auto_update_under_native');
  });

  it('orders 1.0.9 below 1.0.10 (numbers, not text)', () => {
    const reply = check(compile(simpleManifest('1.0.10')), r0({ version_name: '1.0.9' }));
    expectDownload(reply, '1.0.10');
    const ahead = check(compile(simpleManifest('1.0.9')), r0({ version_name: '1.0.10' }));
    expect(ahead.json).toEqual(UP_TO_DATE);
  });

  it('ranks prereleases below their release', () => {
    const beta2 = compile(simpleManifest('1.3.0-beta.2'));
    expectDownload(check(beta2, r0({ version_name: '1.3.0-beta.1' })), '1.3.0-beta.2');
    expect(check(beta2, r0({ version_name: '1.3.0' })).json).toEqual(UP_TO_DATE);
    const release = compile(simpleManifest('1.3.0'));
    expectDownload(check(release, r0({ version_name: '1.3.0-rc.1' })), '1.3.0');
    const numeric = compile(simpleManifest('1.3.0-beta.11'));
    expectDownload(check(numeric, r0({ version_name: '1.3.0-beta.9' })), '1.3.0-beta.11');
  });

  it('offers no downgrade to a device ahead of its channel', () => {
    expect(check(manifest, r0({ version_name: '1.3.0' })).json).toEqual(UP_TO_DATE);
  });

  it('sends a device on a version the channel was rolled back from down to the channel', () => {
    const rolledBack = manifestWith([bundleEntry('1.2.3'), bundleEntry('1.3.0')], {
      production: channelEntry({
        version: '1.2.3',
        history: [
          move('publish', '1.2.3'),
          move('publish', '1.3.0', '1.2.3'),
          move('rollback', '1.2.3', '1.3.0'),
        ],
      }),
    });
    const compiled = compile(rolledBack);
    expectDownload(check(compiled, r0({ version_name: '1.3.0' })), '1.2.3');
    expect(check(compiled, r0({ version_name: '1.4.0' })).json).toEqual(UP_TO_DATE);
  });

  it('sends devices whose native version is above the rollback target back to builtin', () => {
    const rolledBack = manifestWith([bundleEntry('1.0.0'), bundleEntry('1.1.0')], {
      production: channelEntry({
        version: '1.0.0',
        history: [
          move('publish', '1.0.0'),
          move('publish', '1.1.0', '1.0.0'),
          move('rollback', '1.0.0', '1.1.0'),
        ],
      }),
    });
    const compiled = compile(rolledBack);
    const onBad = check(compiled, r0({ version_name: '1.1.0', version_build: '1.0.5' }));
    expect(onBad.json).toEqual({ version: 'builtin' });
    const onOther = check(compiled, r0({ version_name: '1.0.6', version_build: '1.0.5' }));
    expectRefusal(onOther, 'blocked', 'disable_auto_update_under_native');
  });

  it('answers a channel rolled back to builtin with {"version":"builtin"}', () => {
    const manifest = manifestWith([bundleEntry('1.2.3')], {
      production: channelEntry({
        version: 'builtin',
        history: [move('publish', '1.2.3'), move('rollback', 'builtin', '1.2.3')],
      }),
    });
    const compiled = compile(manifest);
    const reply = check(compiled, r0({ version_name: '1.2.3' }));
    expect(reply.json).toEqual({ version: 'builtin' });
    expect(check(compiled, r0({ version_name: 'builtin' })).json).toEqual(UP_TO_DATE);
  });

  it('offers the bundle to a device whose version_name is not semver', () => {
    expectDownload(check(manifest, r0({ version_name: 'my-custom-build' })), '1.2.3');
  });
});

describe('native compatibility', () => {
  it('blocks a bundle whose major is above the native major', () => {
    const reply = check(compile(simpleManifest('2.0.0')), r0({ version_build: '1.9.0' }));
    expectRefusal(reply, 'blocked', 'disable_auto_update_to_major');
    expect(reply.json.message).toContain('1.9.0');
  });

  it('blocks a bundle older than the native version', () => {
    const reply = check(compile(simpleManifest('1.2.3')), r0({ version_build: '1.3.0' }));
    expectRefusal(reply, 'blocked', 'disable_auto_update_under_native');
  });

  it('honours the bundle native range', () => {
    const manifest = manifestWith([bundleEntry('1.5.0', { native_versions: '>=1.2.0 <2' })], {
      production: channelEntry({ version: '1.5.0' }),
    });
    const compiled = compile(manifest);
    expectRefusal(
      check(compiled, r0({ version_build: '1.1.0' })),
      'blocked',
      'native_version_mismatch',
    );
    expectDownload(check(compiled, r0({ version_build: '1.2' })), '1.5.0');
  });

  it('blocks a version_build that is not a version', () => {
    const reply = check(compile(simpleManifest('1.2.3')), r0({ version_build: 'release' }));
    expectRefusal(reply, 'blocked', 'native_version_mismatch');
  });

  it('does not fall back to an older bundle', () => {
    const manifest = manifestWith([bundleEntry('1.2.3'), bundleEntry('2.0.0')], {
      production: channelEntry({ version: '2.0.0', previous: '1.2.3' }),
    });
    const reply = check(compile(manifest), r0({ version_name: 'builtin', version_build: '1.0.0' }));
    expectRefusal(reply, 'blocked', 'disable_auto_update_to_major');
  });
});

describe('platform, emulator and dev-build policy', () => {
  it('blocks a platform the channel does not serve', () => {
    const manifest = manifestWith([bundleEntry('1.2.3')], {
      production: channelEntry({ version: '1.2.3', platforms: ['android'] }),
    });
    expectRefusal(check(compile(manifest), iosBody()), 'blocked', 'disabled_platform_ios');
  });

  it('blocks a platform the bundle is not built for', () => {
    const manifest = manifestWith([bundleEntry('1.2.3', { platforms: ['ios'] })], {
      production: channelEntry({ version: '1.2.3' }),
    });
    const compiled = compile(manifest);
    expectRefusal(check(compiled, r0()), 'blocked', 'disabled_platform_android');
    expectDownload(check(compiled, iosBody()), '1.2.3');
  });

  it('keeps odd platform names out of the error code', () => {
    const reply = check(compile(simpleManifest('1.2.3')), r0({ platform: 'Win"dows 11' }));
    expectRefusal(reply, 'blocked', 'disabled_platform_unknown');
  });

  it('blocks emulators and dev builds when the channel says so', () => {
    const manifest = manifestWith([bundleEntry('1.2.3')], {
      production: channelEntry({ version: '1.2.3', allow_emulator: false, allow_dev_build: false }),
    });
    const compiled = compile(manifest);
    expectRefusal(check(compiled, r0({ is_emulator: true })), 'blocked', 'disable_emulator');
    expectRefusal(check(compiled, r0({ is_prod: false })), 'blocked', 'disable_dev_build');
    const noIsProd = iosBody();
    delete noIsProd.is_prod;
    expectDownload(check(compiled, noIsProd), '1.2.3');
  });
});

describe('encryption', () => {
  const manifestFor = (entry: ReturnType<typeof bundleEntry>) =>
    compile(manifestWith([entry], { production: channelEntry({ version: entry.version }) }));

  it('serves an encrypted bundle with its session key to a device with the same key', () => {
    const entry = encryptedEntry('1.2.3', KEY_A);
    const reply = check(manifestFor(entry), r0({ key_id: KEY_A }));
    expect(reply.json).toEqual({
      version: '1.2.3',
      url: entry.url,
      checksum: entry.checksum,
      session_key: entry.session_key,
    });
    expect(reply.json.checksum).toHaveLength(512);
  });

  it('blocks a device with another key', () => {
    const reply = check(manifestFor(encryptedEntry('1.2.3', KEY_A)), r0({ key_id: KEY_B }));
    expectRefusal(reply, 'blocked', 'key_id_mismatch');
  });

  it('blocks a device with a key from a plain bundle', () => {
    const reply = check(manifestFor(bundleEntry('1.2.3')), r0({ key_id: KEY_A }));
    expectRefusal(reply, 'blocked', 'encryption_required');
  });

  it('blocks a keyless device on a plugin above 8.40.7 from an encrypted bundle', () => {
    const manifest = manifestFor(encryptedEntry('1.2.3', KEY_A));
    expectRefusal(check(manifest, r0({ plugin_version: '8.40.8' })), 'blocked', 'key_id_mismatch');
    expectRefusal(check(manifest, r0({ plugin_version: '8.51.14' })), 'blocked', 'key_id_mismatch');
  });

  it('serves older plugins without key_id, which may hold a key they do not announce', () => {
    const manifest = manifestFor(encryptedEntry('1.2.3', KEY_A));
    for (const plugin of ['8.40.7', '7.50.0', '6.30.1', 'unknown']) {
      expectDownload(check(manifest, r0({ plugin_version: plugin })), '1.2.3');
    }
    const noPlugin = r0();
    delete noPlugin.plugin_version;
    expectDownload(check(manifest, noPlugin), '1.2.3');
  });

  it('treats an empty key_id as none', () => {
    expectDownload(check(manifestFor(bundleEntry('1.2.3')), r0({ key_id: '' })), '1.2.3');
  });
});

describe('broken manifest entries (C04)', () => {
  const brokenCases: Array<[string, Record<string, unknown>]> = [
    ['no checksum', { checksum: undefined }],
    ['an empty checksum', { checksum: '' }],
    ['a CRC32 checksum', { checksum: '1a2b3c4d' }],
    ['an empty url', { url: '' }],
    ['no url', { url: undefined }],
    ['a null session_key', { session_key: null }],
    ['a cleartext url', { url: 'http://downloads.example.com/app-1.2.3.zip' }],
    ['a session key on a plain checksum', { session_key: 'aaaa:bbbb' }],
  ];

  it.each(brokenCases)('answers kind failed, never a download, for %s', (_name, overrides) => {
    const entry = { ...bundleEntry('1.2.3'), ...overrides };
    const text = JSON.stringify(
      manifestWith([entry as ReturnType<typeof bundleEntry>], {
        production: channelEntry({ version: '1.2.3' }),
      }),
    );
    const reply = check(compile(text), r0());
    expectRefusal(reply, 'failed', reply.json.error as string);
    expect(reply.json).not.toHaveProperty('checksum');
  });

  it('keeps serving the other channels of a manifest with one broken entry', () => {
    const manifest = manifestWith(
      [{ ...bundleEntry('1.3.0'), checksum: '' }, bundleEntry('1.2.3')],
      {
        production: channelEntry({ version: '1.2.3' }),
        beta: channelEntry({ version: '1.3.0', allow_self_set: true }),
      },
    );
    const compiled = compile(manifest);
    expectDownload(check(compiled, r0()), '1.2.3');
    expect(check(compiled, r0({ defaultChannel: 'beta' })).json.kind).toBe('failed');
  });

  it('accepts an http url on a loopback host, where tests run', () => {
    const entry = bundleEntry('1.2.3', { url: 'http://127.0.0.1:8123/app-1.2.3.zip' });
    const manifest = manifestWith([entry], { production: channelEntry({ version: '1.2.3' }) });
    expectDownload(check(compile(manifest), r0()), '1.2.3');
  });

  it('returns the stored checksum string unchanged (C01)', () => {
    const entry = bundleEntry('1.2.3');
    const reply = check(
      compile(manifestWith([entry], { production: channelEntry({ version: '1.2.3' }) })),
      r0(),
    );
    expect(reply.json.checksum).toBe(entry.checksum);
    expect(reply.json.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('proxy delivery', () => {
  const proxied = () =>
    manifestWith(
      [
        bundleEntry('1.2.3', {
          delivery: 'proxy',
          url: 'https://updates.example.com/bundles/1.2.3',
        }),
      ],
      {
        production: channelEntry({ version: '1.2.3' }),
      },
    );

  it('points devices at PUBLIC_URL/bundles/<version>', () => {
    const compiled = compile(proxied(), {
      publicUrl: 'https://updates.example.com/',
      canProxy: true,
    });
    const reply = check(compiled, r0());
    expectDownload(reply, '1.2.3');
    expect(reply.json.url).toBe('https://updates.example.com/bundles/1.2.3');
  });

  it('fails instead of sending a link the responder cannot serve', () => {
    expectRefusal(
      check(compile(proxied(), { canProxy: true }), r0()),
      'failed',
      'proxy_not_configured',
    );
    const noToken = compile(proxied(), {
      publicUrl: 'https://updates.example.com',
      canProxy: false,
    });
    expectRefusal(check(noToken, r0()), 'failed', 'proxy_not_configured');
  });
});

describe('rollout', () => {
  const rollout = (percent: number, previous?: string) =>
    compile(
      manifestWith([bundleEntry('1.2.3'), bundleEntry('1.3.0')], {
        production: channelEntry({ version: '1.3.0', previous, rollout: percent }),
      }),
    );
  const deviceIds = Array.from({ length: 10_000 }, (_, i) => {
    const hex = i.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  });

  it('gives 25-35% of 10,000 devices the new version at 30%, the same on every check', () => {
    const manifest = rollout(30, '1.2.3');
    const first = deviceIds.map(
      (id) => check(manifest, r0({ device_id: id, version_name: 'builtin' })).json.version,
    );
    const inside = first.filter((version) => version === '1.3.0').length;
    expect(inside).toBeGreaterThanOrEqual(2500);
    expect(inside).toBeLessThanOrEqual(3500);
    expect(first.filter((version) => version === '1.2.3').length).toBe(10_000 - inside);
    const again = deviceIds.map(
      (id) => check(manifest, r0({ device_id: id, version_name: 'builtin' })).json.version,
    );
    expect(again).toEqual(first);
  });

  it('tells devices outside the rollout they are up to date when there is no previous version', () => {
    const manifest = rollout(30);
    const replies = deviceIds
      .slice(0, 500)
      .map((id) => check(manifest, r0({ device_id: id })).json);
    expect(replies.some((json) => json.kind === 'up_to_date')).toBe(true);
    expect(replies.some((json) => json.version === '1.3.0')).toBe(true);
  });

  it('does not downgrade a device already on the new version when the percent drops', () => {
    const manifest = rollout(0, '1.2.3');
    expect(check(manifest, r0({ version_name: '1.3.0' })).json).toEqual(UP_TO_DATE);
    expectDownload(check(manifest, r0({ version_name: '1.2.2' })), '1.2.3');
  });

  it('puts a device inside a larger rollout when it was inside a smaller one', () => {
    const at10 = rollout(10, '1.2.3');
    const at50 = rollout(50, '1.2.3');
    for (const id of deviceIds.slice(0, 2000)) {
      const small = check(at10, r0({ device_id: id })).json.version;
      if (small === '1.3.0') expect(check(at50, r0({ device_id: id })).json.version).toBe('1.3.0');
    }
  });
});
