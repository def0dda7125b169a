import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import {
  emptyManifest,
  MANIFEST_SCHEMA_ID,
  ManifestError,
  newChannel,
  parseManifest,
  serializeManifest,
} from '../../src/manifest/parse.js';
import { MANIFEST_SCHEMA_VERSION, type Manifest } from '../../src/manifest/types.js';
import { APP_ID, ctx, encryptedBundle, fixture, plainBundle } from './helpers.js';

function manifestWith(edit: (m: Manifest) => void = () => {}): Manifest {
  const m = emptyManifest(APP_ID);
  m.bundles['1.0.0'] = plainBundle('1.0.0');
  m.bundles['1.1.0'] = encryptedBundle('1.1.0');
  m.channels['production'] = {
    ...newChannel(),
    version: '1.1.0',
    previous: '1.0.0',
    rollout: 50,
    history: [{ action: 'publish', version: '1.1.0', from: '1.0.0', rollout: 50, ...ctx() }],
  };
  edit(m);
  return m;
}

const load = (value: unknown) => parseManifest(JSON.stringify(value));

describe('parseManifest: the whole file', () => {
  test('loads a good manifest with no problems', () => {
    const loaded = parseManifest(serializeManifest(manifestWith()));
    expect(loaded.bundleProblems.size).toBe(0);
    expect(loaded.channelProblems.size).toBe(0);
    expect(loaded.manifest.app_id).toBe(APP_ID);
    expect(loaded.manifest.bundles['1.1.0']).toEqual(encryptedBundle('1.1.0'));
    expect(loaded.manifest.channels['production']!.version).toBe('1.1.0');
  });

  test.each([
    ['', /not valid JSON/],
    ['{"app_id": ', /not valid JSON/],
    ['[]', /must be a JSON object, not an array/],
    ['null', /must be a JSON object, not null/],
    ['"manifest"', /must be a JSON object, not string/],
  ])('refuses %j as a whole', (text, message) => {
    expect(() => parseManifest(text)).toThrow(ManifestError);
    expect(() => parseManifest(text)).toThrow(message);
  });

  test.each<[string, (m: Record<string, unknown>) => void, RegExp]>([
    ['no app_id', (m) => delete m['app_id'], /top level is invalid: app_id: is missing/],
    ['a bad app_id', (m) => (m['app_id'] = 'my app'), /app_id: "my app" does not match/],
    ['bundles as an array', (m) => (m['bundles'] = []), /bundles: must be an object, not an array/],
    ['channels as null', (m) => (m['channels'] = null), /channels: must be an object, not null/],
    ['an unknown field', (m) => (m['owner'] = 'x'), /owner: is not a known field/],
    [
      'a top-level __proto__ key',
      (m) => Object.defineProperty(m, '__proto__', { value: { x: 1 }, enumerable: true }),
      /__proto__: is not a known field/,
    ],
  ])('refuses a bad top level: %s', (_name, breakIt, message) => {
    const raw = JSON.parse(serializeManifest(manifestWith())) as Record<string, unknown>;
    breakIt(raw);
    expect(() => load(raw)).toThrow(ManifestError);
    expect(() => load(raw)).toThrow(message);
  });

  test('refuses a manifest from a newer version rather than dropping what it does not know', () => {
    const raw = {
      ...JSON.parse(serializeManifest(manifestWith())),
      schema_version: MANIFEST_SCHEMA_VERSION + 1,
    };
    expect(() => load(raw)).toThrow(
      /schema_version 2, newer than .* understands \(1\): update the action and the responder/,
    );
    expect(() => load({ ...raw, schema_version: -1 })).toThrow(/whole number/);
    expect(() => load({ ...raw, schema_version: '1' })).toThrow(/whole number/);
  });
});

describe('parseManifest: one broken entry does not stop the others (C04)', () => {
  test.each<[string, (b: Record<string, unknown>) => void, RegExp]>([
    ['no checksum', (b) => delete b['checksum'], /checksum: is missing/],
    ['an empty url', (b) => (b['url'] = ''), /url: is empty/],
    [
      'session_key null',
      (b) => (b['session_key'] = null),
      /session_key: must be a string, not null/,
    ],
    ['no session_key', (b) => delete b['session_key'], /session_key: is missing/],
    [
      'a CRC32 checksum',
      (b) => (b['checksum'] = '8d3f29a1'),
      /checksum: "8d3f29a1" does not match/,
    ],
    ['a plain http url', (b) => (b['url'] = 'http://github.com/a.zip'), /url: must use https/],
    ['a url that is not one', (b) => (b['url'] = 'https://'), /url: `https:\/\/` is not a URL/],
    [
      'a session key on a plain checksum',
      (b) => (b['session_key'] = 'aXY=:a2V5'),
      /session_key: is set but the checksum is plain/,
    ],
    [
      'a version that differs from its key',
      (b) => (b['version'] = '1.0.1'),
      /version: is 1.0.1, not 1.0.0/,
    ],
    [
      'a bad native range',
      (b) => (b['native_versions'] = 'latest'),
      /native_versions: `latest` is not a semver range/,
    ],
    [
      'proxy delivery without an asset id',
      (b) => Object.assign(b, { delivery: 'proxy', asset_id: 0 }),
      /proxy needs repository and asset_id/,
    ],
    ['an unknown field', (b) => (b['checksum_crc'] = 'x'), /checksum_crc: is not a known field/],
  ])('%s', (_name, breakIt, reason) => {
    const raw = JSON.parse(serializeManifest(manifestWith())) as {
      bundles: Record<string, Record<string, unknown>>;
    };
    breakIt(raw.bundles['1.0.0']!);
    const loaded = load(raw);
    expect(loaded.bundleProblems.get('1.0.0')).toMatch(reason);
    expect(loaded.bundleProblems.has('1.1.0')).toBe(false);
    expect(loaded.channelProblems.size).toBe(0);
  });

  test('an encrypted checksum without its session key is reported', () => {
    const loaded = load(manifestWith((m) => (m.bundles['1.1.0']!.session_key = '')));
    expect(loaded.bundleProblems.get('1.1.0')).toMatch(
      /session_key: is empty but the checksum is encrypted/,
    );
  });

  test('http is accepted for a loopback host only', () => {
    for (const url of [
      'http://127.0.0.1:43123/d/app.zip',
      'http://localhost:8080/a.zip',
      'http://[::1]:9/a.zip',
    ]) {
      expect(load(manifestWith((m) => (m.bundles['1.0.0']!.url = url))).bundleProblems.size).toBe(
        0,
      );
    }
    for (const url of [
      'http://10.0.0.5/a.zip',
      'http://127.example.com/a.zip',
      'ftp://127.0.0.1/a.zip',
    ]) {
      expect(
        load(manifestWith((m) => (m.bundles['1.0.0']!.url = url))).bundleProblems.get('1.0.0'),
      ).toMatch(/url:/);
    }
  });

  test('a broken entry stays in the manifest, so an edit writes it back untouched', () => {
    const raw = JSON.parse(serializeManifest(manifestWith())) as {
      bundles: Record<string, Record<string, unknown>>;
    };
    raw.bundles['1.0.0']!['session_key'] = null;
    const loaded = load(raw);
    expect(
      (loaded.manifest.bundles['1.0.0'] as unknown as Record<string, unknown>)['session_key'],
    ).toBeNull();
    expect(JSON.parse(serializeManifest(loaded.manifest))).toEqual(raw);
  });

  test('a channel is reported when it is malformed or serves a bundle the manifest lacks', () => {
    const loaded = load(
      manifestWith((m) => {
        m.channels['beta'] = { ...newChannel(), version: '2.0.0' };
        m.channels['qa'] = { ...newChannel(), version: '1.0.0', rollout: 20, previous: '0.9.0' };
        m.channels['staging'] = { ...newChannel(), version: '1.0.0', previous: '0.9.0' };
        m.channels['old'] = { ...newChannel(), rollout: 101 };
        m.channels['device'] = { ...newChannel(), version: 'builtin' };
      }),
    );
    expect(loaded.channelProblems.get('beta')).toBe('version: 2.0.0 is not in bundles');
    expect(loaded.channelProblems.get('qa')).toBe('previous: 0.9.0 is not in bundles');
    expect(loaded.channelProblems.get('old')).toMatch(/rollout: must be at most 100/);
    // `previous` only reaches devices during a partial rollout; builtin needs no bundle.
    expect(loaded.channelProblems.has('staging')).toBe(false);
    expect(loaded.channelProblems.has('device')).toBe(false);
    expect(loaded.channelProblems.has('production')).toBe(false);
  });

  test('a bundle key that is not a version is reported', () => {
    const raw = JSON.parse(serializeManifest(manifestWith())) as {
      bundles: Record<string, unknown>;
    };
    raw.bundles['1.0'] = plainBundle('1.0');
    raw.bundles['latest'] = plainBundle('latest');
    const loaded = load(raw);
    expect(loaded.bundleProblems.get('1.0')).toMatch(/not a version name/);
    expect(loaded.bundleProblems.get('latest')).toMatch(/not a version name/);
  });
});

describe('parseManifest: keys that are user data', () => {
  const hostile = `{
    "schema_version": 1, "app_id": "com.example.app", "default_channel": "production",
    "bundles": { "__proto__": { "polluted": true }, "constructor": { "version": "x" } },
    "channels": { "__proto__": { "rollout": 100 }, "constructor": { "version": "1.0.0" }, "toString": {} }
  }`;

  test('`__proto__` and `constructor` are reported as entries and pollute nothing', () => {
    const loaded = parseManifest(hostile);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(loaded.manifest.bundles).sort()).toEqual(['__proto__', 'constructor']);
    expect(loaded.bundleProblems.get('__proto__')).toMatch(/not a version name/);
    expect(loaded.channelProblems.get('__proto__')).toMatch(/not a valid channel name/);
    expect(loaded.channelProblems.get('constructor')).toMatch(/is missing/);
    expect(loaded.channelProblems.get('toString')).toMatch(/is missing/);
  });

  test('looking up a device-sent name never finds a built-in', () => {
    const loaded = parseManifest(serializeManifest(manifestWith()));
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(loaded.manifest.channels[name]).toBeUndefined();
      expect(loaded.manifest.bundles[name]).toBeUndefined();
    }
  });

  test('serializing keeps such keys as data', () => {
    const loaded = parseManifest(hostile);
    const again = parseManifest(serializeManifest(loaded.manifest));
    expect(Object.keys(again.manifest.channels).sort()).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(Object.getPrototypeOf(again.manifest.channels)).toBeNull();
  });
});

describe('parseManifest: migrating older manifests', () => {
  test('a version-0 manifest (bundles with url/checksum/session_key, channels with a version) loads with defaults', () => {
    const loaded = parseManifest(fixture('manifest-v0.json'));
    expect(loaded.bundleProblems).toEqual(new Map());
    expect(loaded.channelProblems).toEqual(new Map());
    const { manifest } = loaded;
    expect(manifest.schema_version).toBe(MANIFEST_SCHEMA_VERSION);
    expect(manifest.default_channel).toBe('production');
    expect(manifest.channels['production']).toEqual({ ...newChannel(), version: '1.0.1' });
    const entry = manifest.bundles['1.0.1']!;
    expect(entry.sha256).toBe(entry.checksum);
    expect(entry).toMatchObject({
      platforms: ['ios', 'android'],
      delivery: 'direct',
      size: 0,
      asset_id: 0,
    });
    expect(entry.asset_name).toBe('com.example.app-1.0.1.zip');
  });

  test('the migrated manifest serializes to a current one that loads unchanged', () => {
    const first = parseManifest(fixture('manifest-v0.json')).manifest;
    const text = serializeManifest(first);
    expect(JSON.parse(text).schema_version).toBe(1);
    expect(serializeManifest(parseManifest(text).manifest)).toBe(text);
  });

  test('an encrypted version-0 entry loads, with its plain sha256 unknown', () => {
    const old = JSON.parse(fixture('manifest-v0.json'));
    const encrypted = encryptedBundle('1.1.0');
    old.bundles['1.1.0'] = {
      version: '1.1.0',
      url: encrypted.url,
      checksum: encrypted.checksum,
      session_key: encrypted.session_key,
    };
    const loaded = load(old);
    expect(loaded.bundleProblems.size).toBe(0);
    expect(loaded.manifest.bundles['1.1.0']!.sha256).toBe('');
  });

  test('migration never invents what devices need: a version-0 entry missing them stays broken', () => {
    const old = JSON.parse(fixture('manifest-v0.json'));
    delete old.bundles['1.0.0'].checksum;
    old.bundles['1.0.1'].session_key = null;
    old.bundles['1.1.0'].url = '';
    const loaded = load(old);
    expect(loaded.bundleProblems.get('1.0.0')).toMatch(/checksum: is missing/);
    expect(loaded.bundleProblems.get('1.0.1')).toMatch(/session_key: must be a string, not null/);
    expect(loaded.bundleProblems.get('1.1.0')).toMatch(/url: is empty/);
  });

  test('a current manifest does not get version-0 defaults', () => {
    const raw = JSON.parse(serializeManifest(manifestWith())) as {
      channels: Record<string, Record<string, unknown>>;
    };
    delete raw.channels['production']!['platforms'];
    expect(load(raw).channelProblems.get('production')).toMatch(/platforms: is missing/);
  });
});

describe('serializeManifest', () => {
  test('writes two-space JSON with a trailing newline, in the schema order', () => {
    const text = serializeManifest(manifestWith());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "$schema": "${MANIFEST_SCHEMA_ID}",`);
    expect(Object.keys(JSON.parse(text))).toEqual([
      '$schema',
      'schema_version',
      'app_id',
      'default_channel',
      'channels',
      'bundles',
    ]);
    expect(Object.keys(JSON.parse(text).bundles['1.0.0']).slice(0, 4)).toEqual([
      'version',
      'url',
      'checksum',
      'session_key',
    ]);
  });

  test('gives the same bytes whatever order the content was built in', () => {
    const a = manifestWith((m) => {
      m.bundles['1.0.10'] = plainBundle('1.0.10');
      m.bundles['1.0.9'] = plainBundle('1.0.9');
      m.channels['beta'] = newChannel();
    });
    const b = emptyManifest(APP_ID);
    b.channels['beta'] = newChannel();
    b.channels['production'] = a.channels['production']!;
    for (const version of ['1.0.9', '1.1.0', '1.0.10', '1.0.0']) {
      const entry = a.bundles[version]!;
      b.bundles[version] = Object.fromEntries(Object.entries(entry).reverse()) as typeof entry;
    }
    expect(serializeManifest(b)).toBe(serializeManifest(a));
    expect(Object.keys(JSON.parse(serializeManifest(a)).bundles)).toEqual([
      '1.0.0',
      '1.0.9',
      '1.0.10',
      '1.1.0',
    ]);
  });
});

describe('emptyManifest and newChannel', () => {
  test('an empty manifest names the app and the default channel', () => {
    expect(emptyManifest(APP_ID)).toEqual({
      $schema: MANIFEST_SCHEMA_ID,
      schema_version: 1,
      app_id: APP_ID,
      default_channel: 'production',
      bundles: {},
      channels: {},
    });
    expect(emptyManifest(APP_ID, 'stable').default_channel).toBe('stable');
    expect(parseManifest(serializeManifest(emptyManifest(APP_ID))).manifest.channels).toEqual({});
  });

  test('refuses an app id or channel name it could not serve', () => {
    expect(() => emptyManifest('my app')).toThrow(InputError);
    expect(() => emptyManifest('my app')).toThrow(/Input `app-id`: `my app` is not an app id/);
    expect(() => emptyManifest(APP_ID, 'prod channel')).toThrow(
      /Input `channel`: `prod channel` is not a channel name/,
    );
  });

  test('a new channel serves every device, platform, emulator and dev build, with no history', () => {
    expect(newChannel()).toEqual({
      rollout: 100,
      allow_self_set: true,
      platforms: ['ios', 'android'],
      allow_emulator: true,
      allow_dev_build: true,
      history: [],
    });
    const a = newChannel();
    a.platforms.push('electron');
    expect(newChannel().platforms).toEqual(['ios', 'android']);
  });
});
