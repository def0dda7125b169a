import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import {
  coerceNativeVersion,
  compareVersions,
  isVersion,
  majorOf,
  parseReleaseVersion,
} from '../../src/manifest/versions.js';

describe('parseReleaseVersion', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['  v1.0.8\n', '1.0.8'],
    ['0.0.0', '0.0.0'],
    ['1.3.0-beta.1', '1.3.0-beta.1'],
    ['v2.0.0-rc.0', '2.0.0-rc.0'],
    ['1.0.0-alpha-1.x-y', '1.0.0-alpha-1.x-y'],
    ['10.20.300', '10.20.300'],
  ])('accepts %j as %s', (raw, expected) => {
    expect(parseReleaseVersion(raw, 'version')).toBe(expected);
  });

  test.each([
    ['1.0', /fewer than three numbers/],
    ['1', /fewer than three numbers/],
    ['v1.0', /fewer than three numbers/],
    ['vv1.0.0', /more than one leading `v`/],
    ['1.2.3+build.5', /build metadata `\+build.5`/],
    ['v1.2.3+sha.abc', /build metadata/],
    ['01.2.3', /leading zero/],
    ['1.02.3', /leading zero/],
    ['1.2.3-beta.01', /leading zero/],
    ['builtin', /reserved for the bundle shipped inside the app binary/],
    ['', /is empty/],
    ['   ', /is empty/],
    ['V1.2.3', /capital `V`/],
    ['1.2.3.4', /not a strict semantic version/],
    ['1.2.3-', /not a strict semantic version/],
    ['latest', /not a strict semantic version/],
    ['9007199254740993.0.0', /not a strict semantic version/],
  ])('refuses %j naming the input, the value and the rule', (raw, why) => {
    let error: unknown;
    try {
      parseReleaseVersion(raw, 'version');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect((error as InputError).input).toBe('version');
    expect(message).toContain('Input `version`');
    expect(message).toContain(`\`${raw}\``);
    expect(message).toMatch(why);
    expect(message).toContain('use X.Y.Z');
    expect(message).toContain('tags like v1.2.3 are accepted');
  });

  test('names whichever input the version came from', () => {
    expect(() => parseReleaseVersion('1.0', 'tag')).toThrow(/^Input `tag`: `1.0`/);
  });

  test('shortens a huge value in the message', () => {
    const huge = `1.0.0-${'a'.repeat(5000)}`;
    expect(() => parseReleaseVersion(huge, 'version')).toThrow(InputError);
    try {
      parseReleaseVersion(huge, 'version');
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(400);
    }
  });
});

describe('compareVersions', () => {
  // The precedence example of SemVer 2.0, section 11, plus numeric parts past 9.
  const ordered = [
    'builtin',
    '0.9.99',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.9',
    '1.0.10',
    '1.2.0',
    '1.10.0',
    '2.0.0-0',
    '2.0.0',
    '10.0.0',
  ];

  test('orders versions by SemVer 2.0 precedence, builtin lowest', () => {
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        expect([
          ordered[i],
          ordered[j],
          Math.sign(compareVersions(ordered[i]!, ordered[j]!)),
        ]).toEqual([ordered[i], ordered[j], Math.sign(i - j)]);
      }
    }
  });

  test('sorts a shuffled list back into order', () => {
    const shuffled = [...ordered].reverse();
    shuffled.push(shuffled.shift()!);
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  test('ignores build metadata, as SemVer says', () => {
    expect(compareVersions('1.0.0+a', '1.0.0+b')).toBe(0);
    expect(compareVersions('1.0.1+a', '1.0.0')).toBe(1);
  });

  test('numeric prerelease identifiers rank below alphanumeric ones', () => {
    expect(compareVersions('1.0.0-1', '1.0.0-a')).toBe(-1);
    expect(compareVersions('1.0.0-a.10', '1.0.0-a.9')).toBe(1);
    expect(compareVersions('1.0.0-B', '1.0.0-a')).toBe(-1);
  });

  test('throws on something that is not a version', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(/`1.0` is not a semantic version/);
    expect(() => compareVersions('1.0.0', 'latest')).toThrow(TypeError);
  });
});

describe('isVersion and majorOf', () => {
  test('isVersion accepts strict semver only', () => {
    expect(isVersion('1.2.3')).toBe(true);
    expect(isVersion('1.2.3-rc.1+b')).toBe(true);
    expect(isVersion('builtin')).toBe(false);
    expect(isVersion('1.2')).toBe(false);
    expect(isVersion('v1.2.3')).toBe(false);
  });

  test('majorOf reads the first number, undefined for anything else', () => {
    expect(majorOf('1.2.3')).toBe(1);
    expect(majorOf('0.9.0')).toBe(0);
    expect(majorOf('12.0.0-beta.1')).toBe(12);
    expect(majorOf('builtin')).toBeUndefined();
    expect(majorOf('1.4')).toBeUndefined();
  });
});

describe('coerceNativeVersion', () => {
  test.each([
    ['1.4', '1.4.0'],
    ['2', '2.0.0'],
    ['1.4.0', '1.4.0'],
    ['1.4.0-beta.1', '1.4.0-beta.1'],
    ['1.4-beta', '1.4.0-beta'],
    [' 3.2.1 ', '3.2.1'],
    ['v5.0', '5.0.0'],
    ['1.04.0', '1.4.0'],
    ['1.2.3.4', '1.2.3'],
    ['2.0.0+45', '2.0.0'],
    ['10.0', '10.0.0'],
  ])('%j → %s', (raw, expected) => {
    expect(coerceNativeVersion(raw)).toBe(expected);
  });

  test.each([
    '',
    'builtin',
    'abc',
    '1.a',
    '1..2',
    '.1',
    '1.2.3-',
    '1.0 (45)',
    '99999999999999999999.0',
    '1.2.3-beta.01',
  ])('%j → undefined', (raw) => {
    expect(coerceNativeVersion(raw)).toBeUndefined();
  });

  test('refuses a very long string without scanning it', () => {
    expect(coerceNativeVersion(`1.${'1'.repeat(10000)}`)).toBeUndefined();
  });
});
