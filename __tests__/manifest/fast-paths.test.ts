// The shortcuts that make loading and checking fast must not change a single answer: the
// compiled schema check, remembered ranges, versions parsed once, entries judged on demand.
import { describe, expect, test } from '@jest/globals';
import { parsedRange, parseRange } from '../../src/manifest/ranges.js';
import { checkSchema } from '../../src/manifest/schema-check.js';
import { formatSemVer } from '../../src/manifest/semver.js';
import { coerceNativeSemVer, coerceNativeVersion } from '../../src/manifest/versions.js';

describe('the compiled schema check', () => {
  test('meets an unsupported keyword only where a value reaches it', () => {
    const schema = { properties: { a: { oneOf: [{ type: 'string' }] } } };
    expect(checkSchema(schema, {})).toEqual([]);
    expect(checkSchema(schema, { b: 1 })).toEqual([]);
    expect(() => checkSchema(schema, { a: 1 })).toThrow(/does not support the keyword `oneOf`/);
  });

  test('resolves a reference only where a value reaches it, every time', () => {
    const schema = { properties: { a: { $ref: '#/$defs/missing' } } };
    expect(checkSchema(schema, {})).toEqual([]);
    expect(() => checkSchema(schema, { a: 1 })).toThrow(/points at nothing/);
    expect(() => checkSchema(schema, { a: 2 })).toThrow(/points at nothing/);
  });

  test('follows recursive references', () => {
    const tree = {
      $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } },
      $ref: '#/$defs/node',
    };
    expect(checkSchema(tree, { child: { child: { child: {} } } })).toEqual([]);
    expect(checkSchema(tree, { child: { child: { child: 5 } } })).toEqual([
      'child.child.child: must be an object, not number 5',
    ]);
  });

  test('lists every failure of a value, in keyword order, after a quick no', () => {
    const schema = {
      type: 'object',
      required: ['a', 'b'],
      properties: { c: { type: 'string', minLength: 3 }, d: { enum: ['x', 'y'] } },
      additionalProperties: false,
    };
    expect(checkSchema(schema, { c: 'no', d: 'z', e: 1 })).toEqual([
      'a: is missing',
      'b: is missing',
      'c: is shorter than 3',
      'd: must be one of x, y, not "z"',
      'e: is not a known field',
    ]);
  });

  test('counts characters as code points, pairs once and lone surrogates once', () => {
    const samples = ['', 'a', '😀', '😀😀', 'a😀', '\ud800', '\udc00\ud800', 'é', '\ud83d\ude00x'];
    for (const text of samples) {
      const points = [...text].length;
      for (let limit = 0; limit <= 4; limit++) {
        const min = checkSchema({ minLength: limit }, text).length === 0;
        const max = checkSchema({ maxLength: limit }, text).length === 0;
        expect([text, limit, min]).toEqual([text, limit, points >= limit]);
        expect([text, limit, max]).toEqual([text, limit, points <= limit]);
      }
    }
  });

  test('finds a repeated item wherever it is', () => {
    expect(checkSchema({ uniqueItems: true }, [1, 2, 3])).toEqual([]);
    expect(checkSchema({ uniqueItems: true }, [1, 2, { a: 1 }, 3, { a: 1 }])).toEqual([
      '[4]: repeats an earlier item',
    ]);
  });
});

describe('remembered ranges', () => {
  test.each(['>=1.0.0 <2.0.0', '^1.2.3 || ~2.0', '1.x', '*', '1.2 - 1.4', '>= 1.2.3'])(
    '%j parses as parseRange does',
    (range) => {
      expect(parsedRange(range)).toEqual(parseRange(range));
      expect(parsedRange(range)).toBe(parsedRange(range));
    },
  );

  test.each(['', ' ', '>=a', '1.2.3.4', 'nope'])('%j is still refused', (range) => {
    expect(parsedRange(range)).toBeUndefined();
  });

  test('stay correct past the number of ranges kept', () => {
    for (let i = 0; i < 600; i++) {
      expect(parsedRange(`>=${i}.0.0`)).toEqual(parseRange(`>=${i}.0.0`));
    }
  });
});

describe('native versions parsed once', () => {
  test.each([
    '1.4',
    '1',
    '01.002.0003',
    '1.2.3.4',
    'v2.0.0-beta.1+exp',
    '1.2.3-rc.01',
    'builtin',
    '',
    ' 3.1.0 ',
    '99999999999999999999.0.0',
  ])('%j gives what coerceNativeVersion gives', (raw) => {
    const parsed = coerceNativeSemVer(raw);
    expect(parsed && formatSemVer(parsed)).toBe(coerceNativeVersion(raw));
  });
});
