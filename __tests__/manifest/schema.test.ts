import { describe, expect, test } from '@jest/globals';
import schemaJson from '../../schema/manifest.schema.json' with { type: 'json' };
import { isValidAppId, isValidChannelName } from '../../src/manifest/names.js';
import { emptyManifest, newChannel, serializeManifest } from '../../src/manifest/parse.js';
import { checkSchema, type JsonSchema } from '../../src/manifest/schema-check.js';
import { isVersion } from '../../src/manifest/versions.js';
import type { BundleEntry, Channel, Manifest } from '../../src/manifest/types.js';
import { APP_ID, ctx, encryptedBundle, plainBundle } from './helpers.js';

const schema = schemaJson as unknown as Record<string, unknown>;
const defs = schemaJson.$defs as unknown as Record<string, Record<string, unknown>>;

// Draft 2020-12 keywords, by vocabulary.
const KEYWORDS = new Set([
  // core
  ...[
    '$schema',
    '$id',
    '$ref',
    '$defs',
    '$comment',
    '$anchor',
    '$dynamicRef',
    '$dynamicAnchor',
    '$vocabulary',
  ],
  // applicator
  ...[
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
    'dependentSchemas',
    'prefixItems',
    'items',
  ],
  ...['contains', 'properties', 'patternProperties', 'additionalProperties', 'propertyNames'],
  // validation
  ...[
    'type',
    'enum',
    'const',
    'multipleOf',
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
  ],
  ...['maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains'],
  ...['minContains', 'maxProperties', 'minProperties', 'required', 'dependentRequired'],
  // meta-data, format, unevaluated, content
  ...[
    'title',
    'description',
    'default',
    'deprecated',
    'readOnly',
    'writeOnly',
    'examples',
    'format',
  ],
  ...[
    'unevaluatedItems',
    'unevaluatedProperties',
    'contentEncoding',
    'contentMediaType',
    'contentSchema',
  ],
]);
const TYPES = ['null', 'boolean', 'object', 'array', 'number', 'string', 'integer'];

/** Every subschema with its location, walking the keywords that hold schemas. */
function subschemas(node: unknown, at = '#'): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [[at, node]];
  if (typeof node !== 'object' || node === null) return found;
  const n = node as Record<string, unknown>;
  for (const keyword of [
    'items',
    'additionalProperties',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
  ]) {
    if (keyword in n) found.push(...subschemas(n[keyword], `${at}/${keyword}`));
  }
  for (const keyword of ['properties', 'patternProperties', '$defs', 'dependentSchemas']) {
    for (const [key, child] of Object.entries((n[keyword] ?? {}) as Record<string, unknown>)) {
      found.push(...subschemas(child, `${at}/${keyword}/${key}`));
    }
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    ((n[keyword] ?? []) as unknown[]).forEach((child, i) =>
      found.push(...subschemas(child, `${at}/${keyword}/${i}`)),
    );
  }
  return found;
}

function shapeProblems(at: string, node: unknown): string[] {
  if (typeof node === 'boolean') return [];
  if (typeof node !== 'object' || node === null || Array.isArray(node))
    return [`${at}: not a schema`];
  const n = node as Record<string, unknown>;
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${at}: ${message}`);
  for (const keyword of Object.keys(n))
    if (!KEYWORDS.has(keyword)) fail(`unknown keyword ${keyword}`);
  const types = n['type'] === undefined ? [] : Array.isArray(n['type']) ? n['type'] : [n['type']];
  for (const t of types) if (!TYPES.includes(t as string)) fail(`unknown type ${String(t)}`);
  if (n['required'] !== undefined) {
    const required = n['required'] as unknown[];
    if (!Array.isArray(required) || new Set(required).size !== required.length)
      fail('required: not unique strings');
    const declared = Object.keys((n['properties'] ?? {}) as object);
    for (const key of required)
      if (!declared.includes(key as string)) fail(`required ${String(key)} is not a property`);
  }
  for (const keyword of ['minLength', 'maxLength', 'minItems', 'maxItems']) {
    if (keyword in n && !(Number.isInteger(n[keyword]) && (n[keyword] as number) >= 0))
      fail(`${keyword}: not a count`);
  }
  for (const keyword of ['minimum', 'maximum']) {
    if (keyword in n && typeof n[keyword] !== 'number') fail(`${keyword}: not a number`);
  }
  if ('enum' in n && !(Array.isArray(n['enum']) && n['enum'].length > 0))
    fail('enum: not a non-empty array');
  if ('items' in n && Array.isArray(n['items']))
    fail('items: the array form is prefixItems in 2020-12');
  for (const pattern of [n['pattern'], ...Object.keys((n['patternProperties'] ?? {}) as object)]) {
    if (pattern === undefined) continue;
    try {
      new RegExp(pattern as string, 'u');
    } catch {
      fail(`pattern ${String(pattern)} is not an ECMA-262 regular expression`);
    }
  }
  if (typeof n['$ref'] === 'string' && resolvePointer(n['$ref']) === undefined)
    fail(`$ref ${n['$ref']} resolves to nothing`);
  return problems;
}

function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = schema;
  for (const token of ref.slice(1).split('/').slice(1))
    node = (node as Record<string, unknown> | undefined)?.[token];
  return node;
}

function sampleManifest(): Manifest {
  const m = emptyManifest(APP_ID);
  m.updated_at = '2025-05-02T08:30:00.000Z';
  m.bundles['1.0.0'] = plainBundle('1.0.0');
  m.bundles['1.1.0'] = encryptedBundle('1.1.0', { native_versions: '>=1.4.0 <2' });
  m.channels['production'] = {
    ...newChannel(),
    version: '1.1.0',
    previous: '1.0.0',
    rollout: 30,
    history: [
      { action: 'publish', version: '1.0.0', rollout: 100, ...ctx('100') },
      { action: 'publish', version: '1.1.0', from: '1.0.0', rollout: 30, ...ctx('101') },
    ],
  };
  m.channels['beta'] = {
    ...newChannel(),
    version: 'builtin',
    allow_emulator: false,
    platforms: ['android'],
  };
  return m;
}

const check = (value: unknown) =>
  checkSchema(schemaJson as JsonSchema, JSON.parse(JSON.stringify(value)));

describe('schema/manifest.schema.json', () => {
  test('is a draft 2020-12 document with an absolute $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const id = new URL(schema['$id'] as string);
    expect(id.protocol).toBe('https:');
    expect(id.hash).toBe('');
    expect(schema['definitions']).toBeUndefined();
  });

  test('every subschema has the shape draft 2020-12 defines', () => {
    const problems = subschemas(schema).flatMap(([at, node]) => shapeProblems(at, node));
    expect(problems).toEqual([]);
  });

  test('the shape check itself catches what draft 2020-12 does not allow', () => {
    const bad = {
      definitions: {},
      type: 'str',
      required: ['a', 'a'],
      items: [{ type: 'string' }],
      pattern: '(',
      minLength: -1,
      $ref: '#/$defs/nowhere',
    };
    const problems = subschemas(bad).flatMap(([at, node]) => shapeProblems(at, node));
    for (const expected of [
      /unknown keyword definitions/,
      /unknown type str/,
      /required: not unique/,
      /required a is not a property/,
      /prefixItems/,
      /pattern \( is not/,
      /minLength: not a count/,
      /resolves to nothing/,
    ]) {
      expect(problems.some((p) => expected.test(p))).toBe(true);
    }
  });

  test('every property and definition carries a description', () => {
    const missing = subschemas(schema)
      .filter(([at]) => /\/(properties|\$defs)\/[^/]+$/.test(at))
      .filter(([, node]) => typeof (node as Record<string, unknown>)['description'] !== 'string')
      .map(([at]) => at);
    expect(missing).toEqual([]);
  });

  test('its version patterns agree with the version parser', () => {
    const version = new RegExp(defs['version']!['pattern'] as string, 'u');
    const served = new RegExp(defs['served_version']!['pattern'] as string, 'u');
    const samples = [
      '1.2.3',
      '0.0.0',
      '1.0.0-rc.1',
      '1.0.0-0.3.7',
      '1.0.0-x-y.z',
      '1.2',
      '01.2.3',
      '1.2.3-01',
    ];
    const more = ['1.2.3+b', 'v1.2.3', '1.2.3-', '1.2.3-a..b', 'builtin', '', ' 1.2.3', '1.2.3.4'];
    for (const sample of [...samples, ...more]) {
      const strict = isVersion(sample) && !sample.includes('+');
      expect([sample, version.test(sample)]).toEqual([sample, strict]);
      expect([sample, served.test(sample)]).toEqual([sample, strict || sample === 'builtin']);
    }
  });

  test('its channel-name and app-id patterns agree with names.ts', () => {
    const channel = new RegExp(defs['channel_name']!['pattern'] as string, 'u');
    for (const name of [
      'production',
      'beta',
      'qa-2',
      'v1.x',
      'A_b',
      '-x',
      '.hidden',
      '',
      'with space',
      'été',
    ]) {
      expect([name, channel.test(name)]).toEqual([name, isValidChannelName(name)]);
    }
    const props = schema['properties'] as Record<string, Record<string, unknown>>;
    const appId = new RegExp(props['app_id']!['pattern'] as string, 'u');
    for (const id of [
      'com.example.app',
      'io.ionic.starter',
      'com.my-co.app_2',
      'app',
      'com..app',
      '.com.app',
      'com.app.',
    ]) {
      expect([id, appId.test(id)]).toEqual([id, isValidAppId(id)]);
    }
  });
});

describe('manifests against the schema, with the compact checker', () => {
  test('a complete manifest conforms, and so does what serializeManifest writes', () => {
    expect(check(sampleManifest())).toEqual([]);
    expect(
      checkSchema(schemaJson as JsonSchema, JSON.parse(serializeManifest(sampleManifest()))),
    ).toEqual([]);
    expect(check(emptyManifest(APP_ID))).toEqual([]);
  });

  const broken: Array<[string, (m: Manifest & Record<string, unknown>) => void, RegExp]> = [
    ['no app_id', (m) => void delete (m as Partial<Manifest>).app_id, /^app_id: is missing$/],
    ['a newer schema_version', (m) => (m.schema_version = 2), /^schema_version: must be 1$/],
    ['an unknown top-level field', (m) => (m['extra'] = 1), /^extra: is not a known field$/],
    [
      'a bad default channel',
      (m) => (m.default_channel = '-prod'),
      /^default_channel: "-prod" does not match/,
    ],
    [
      'a two-part bundle key',
      (m) => (m.bundles['1.0'] = plainBundle('1.0')),
      /^bundles\.1\.0: is not a valid name/,
    ],
    [
      'a bundle without checksum',
      (m) => void delete (m.bundles['1.0.0'] as Partial<BundleEntry>).checksum,
      /^bundles\.1\.0\.0\.checksum: is missing$/,
    ],
    ['an empty url', (m) => (m.bundles['1.0.0']!.url = ''), /^bundles\.1\.0\.0\.url: is empty$/],
    [
      'session_key null',
      (m) => ((m.bundles['1.0.0'] as unknown as Record<string, unknown>)['session_key'] = null),
      /^bundles\.1\.0\.0\.session_key: must be a string, not null$/,
    ],
    [
      'an uppercase checksum',
      (m) => (m.bundles['1.0.0']!.checksum = m.bundles['1.0.0']!.checksum.toUpperCase()),
      /checksum: "[0-9A-F]{20}.* does not match/,
    ],
    [
      'a CRC32 checksum',
      (m) => (m.bundles['1.0.0']!.checksum = '8d3f29a1'),
      /checksum: "8d3f29a1" does not match/,
    ],
    [
      'a size as a string',
      (m) => ((m.bundles['1.0.0'] as unknown as Record<string, unknown>)['size'] = '1024'),
      /size: must be an integer, not string "1024"/,
    ],
    [
      'a repeated platform',
      (m) => (m.bundles['1.0.0']!.platforms = ['ios', 'ios']),
      /platforms\[1\]: repeats an earlier item/,
    ],
    [
      'an unknown platform',
      (m) => ((m.bundles['1.0.0']!.platforms as string[]) = ['windows']),
      /platforms\[0\]: must be one of ios, android, electron, not "windows"/,
    ],
    [
      'a rollout of 150',
      (m) => (m.channels['production']!.rollout = 150),
      /channels\.production\.rollout: must be at most 100, not 150/,
    ],
    [
      'a fractional rollout',
      (m) => (m.channels['production']!.rollout = 12.5),
      /rollout: must be an integer/,
    ],
    [
      'a channel without history',
      (m) => void delete (m.channels['beta'] as Partial<Channel>).history,
      /channels\.beta\.history: is missing/,
    ],
    [
      'an unknown move',
      (m) => ((m.channels['production']!.history[0] as { action: string }).action = 'delete'),
      /history\[0\]\.action: must be one of/,
    ],
    [
      'a channel named __proto__',
      (m) =>
        Object.defineProperty(m.channels, '__proto__', { value: newChannel(), enumerable: true }),
      /channels\.__proto__: is not a valid name/,
    ],
  ];

  test.each(broken)('%s is reported where it is', (_name, breakIt, expected) => {
    const m = sampleManifest() as Manifest & Record<string, unknown>;
    breakIt(m);
    const errors = check(m);
    expect(errors.some((e) => expected.test(e))).toBe(true);
  });
});

describe('checkSchema', () => {
  test('refuses a keyword it does not implement rather than ignoring it', () => {
    expect(() => checkSchema({ oneOf: [{ type: 'string' }] }, 'x')).toThrow(
      /does not support the keyword `oneOf`/,
    );
  });

  test('resolves local references only, and says when one points at nothing', () => {
    expect(() => checkSchema({ $ref: 'https://example.com/other.json' }, 1)).toThrow(
      /only local references/,
    );
    expect(() => checkSchema({ $ref: '#/$defs/missing' }, 1)).toThrow(/points at nothing/);
    expect(checkSchema({ $defs: { n: { type: 'integer' } }, $ref: '#/$defs/n' }, 'x')).toEqual([
      '(top level): must be an integer, not string "x"',
    ]);
  });

  test('implements each keyword the manifest schema uses', () => {
    expect(checkSchema({ type: ['string', 'null'] }, null)).toEqual([]);
    expect(checkSchema({ type: 'number' }, Number.NaN)).toHaveLength(1);
    expect(checkSchema({ type: 'integer' }, 3)).toEqual([]);
    expect(checkSchema({ const: { a: [1] } }, { a: [1] })).toEqual([]);
    expect(checkSchema({ const: { a: [1] } }, { a: [2] })).toHaveLength(1);
    expect(checkSchema({ minLength: 2 }, '😀')).toHaveLength(1);
    expect(checkSchema({ maxLength: 1 }, '😀')).toEqual([]);
    expect(checkSchema({ minItems: 1, maxItems: 2 }, [])).toHaveLength(1);
    expect(checkSchema({ minItems: 1, maxItems: 2 }, [1, 2, 3])).toHaveLength(1);
    expect(checkSchema({ minimum: 0, maximum: 1 }, -1)).toEqual([
      '(top level): must be at least 0, not -1',
    ]);
    expect(
      checkSchema(
        { patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false },
        { 'x-a': 'ok', 'x-b': 1, c: 1 },
      ),
    ).toEqual(['x-b: must be a string, not number 1', 'c: is not a known field']);
    expect(
      checkSchema({ additionalProperties: { type: 'boolean' } }, { a: true, b: 'no' }),
    ).toEqual(['b: must be true or false, not string "no"']);
    expect(checkSchema({ items: { type: 'string' } }, ['a', 2])).toEqual([
      '[1]: must be a string, not number 2',
    ]);
    expect(checkSchema(false, 1)).toEqual(['(top level): is not allowed']);
    expect(checkSchema(true, 1)).toEqual([]);
  });

  test('keywords for other types leave a value alone', () => {
    expect(
      checkSchema({ pattern: '^a$', minimum: 3, required: ['x'], items: false }, true),
    ).toEqual([]);
  });

  test('stops after 20 errors', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 1]));
    expect(checkSchema({ additionalProperties: false }, many)).toHaveLength(20);
  });
});
