import { describe, expect, test } from '@jest/globals';
import semver from 'semver';
import { isValidRange, satisfiesRange } from '../../src/manifest/versions.js';

describe('isValidRange', () => {
  test.each([
    '1.2.3',
    '>=1.4.0',
    '>=1.4.0 <2',
    '>= 1.4.0 < 2.0.0',
    '^1.2.3',
    '~1.2',
    '~>1.2.3',
    '1.x',
    '1.2.*',
    '*',
    'x',
    '1.2 - 1.4',
    '1.2.3 - 2.3.4',
    '^1.0.0 || ^2.0.0',
    '>=1.0.0-beta.1',
    'v1.2.3',
    '=1.2.3',
    '1.2.3+build',
  ])('%j is a range', (range) => {
    expect(isValidRange(range)).toBe(true);
  });

  test.each([
    '',
    '   ',
    'latest',
    '1.2.3.4',
    '01.2.3',
    '>=1.2.3<2',
    '>=1.2.3,<2',
    '1.x.3',
    'x.2',
    '1.2-beta',
    '1.2.x-beta',
    '1.2.3 - 2 - 3',
    '~',
    '^',
    '>',
    '<>1',
    '>==1',
    'V1.2.3',
    '1.2.3-beta.01',
    '9007199254740992.0.0',
    `>=1.0.0 ${'<2 '.repeat(400)}`,
  ])('%j is not', (range) => {
    expect(isValidRange(range)).toBe(false);
  });
});

describe('satisfiesRange', () => {
  test.each([
    ['1.4.0', '>=1.4.0', true],
    ['1.3.9', '>=1.4.0', false],
    ['1.0.10', '>1.0.9', true],
    ['1.0.9', '>=1.0.10', false],
    ['2.0.0', '^1.2.0', false],
    ['1.9.9', '^1.2.0', true],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['0.2.5', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['1.4.0', '1.2 - 1.4', true],
    ['1.5.0', '1.2 - 1.4', false],
    ['3.1.0', '^1.0.0 || ^3.0.0', true],
    ['2.1.0', '^1.0.0 || ^3.0.0', false],
  ])('%s in %j: %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected);
  });

  // Prereleases are points of the SemVer order, like npm's `includePrerelease`: a beta build of
  // the native app gets the bundles of its line.
  test.each([
    ['1.3.0-beta.1', '>=1.2.0', true],
    ['1.3.0-beta.1', '^1.2.0', true],
    ['2.0.0-beta.1', '^1.2.0', false],
    ['2.0.0-beta.1', '<2.0.0', true],
    ['1.2.0-rc.1', '>=1.2.0', false],
    ['1.2.0-rc.1', '>=1.2.0-rc.0', true],
    ['1.2.0-rc.1', '1.2.x', true],
  ])('prerelease %s in %j: %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected);
  });

  test('is false for an invalid version or range', () => {
    expect(satisfiesRange('1.4', '>=1.0.0')).toBe(false);
    expect(satisfiesRange('builtin', '*')).toBe(false);
    expect(satisfiesRange('1.4.0', 'latest')).toBe(false);
    expect(satisfiesRange('1.4.0', '')).toBe(false);
  });
});

describe('agreement with npm semver (includePrerelease) on generated ranges', () => {
  // A small linear congruential generator: the same ranges on every run.
  let seed = 20250501;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;

  const prereleases = ['0', 'alpha', 'beta.1', 'beta.11', 'rc.2'];
  const versions: string[] = [];
  for (let major = 0; major < 4; major++) {
    for (let minor = 0; minor < 4; minor++) {
      for (let patch = 0; patch < 4; patch++) {
        versions.push(`${major}.${minor}.${patch}`);
        for (const pre of prereleases) versions.push(`${major}.${minor}.${patch}-${pre}`);
      }
    }
  }

  function partial(): string {
    const parts = [String(random(4))];
    const length = pick([1, 2, 3, 3, 3]);
    for (let i = 1; i < length; i++) parts.push(pick(['0', '1', '2', '3', 'x', '*']));
    const firstWild = parts.findIndex((p) => p === 'x' || p === '*');
    const shaped =
      firstWild === -1
        ? parts
        : [...parts.slice(0, firstWild), ...parts.slice(firstWild).map(() => 'x')];
    const text = shaped.join('.');
    return shaped.length === 3 && firstWild === -1 && random(4) === 0
      ? `${text}-${pick(prereleases)}`
      : text;
  }

  function comparator(): string {
    return `${pick(['', '=', '<', '<=', '>', '>=', '~', '^', '~>', '>= '])}${pick(['', '', 'v'])}${partial()}`;
  }

  function alternative(): string {
    if (random(5) === 0) return `${partial()} - ${partial()}`;
    return Array.from({ length: 1 + random(3) }, comparator).join(' ');
  }

  const ranges = Array.from({ length: 500 }, () =>
    Array.from({ length: 1 + Number(random(4) === 0) }, alternative).join(' || '),
  );

  test('every generated range is valid for both', () => {
    const refused = ranges.filter(
      (range) => !isValidRange(range) || semver.validRange(range) === null,
    );
    expect(refused).toEqual([]);
  });

  test('both give the same answer for every version', () => {
    const disagreements: string[] = [];
    for (const range of ranges) {
      const npm = new semver.Range(range, { includePrerelease: true });
      for (const version of versions) {
        if (satisfiesRange(version, range) !== npm.test(version))
          disagreements.push(`${version} in ${range}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
