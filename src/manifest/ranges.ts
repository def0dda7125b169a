// Semver ranges for a bundle's `native_versions`, in npm's syntax: `||` alternatives, space-joined
// comparators (`>=1.2.0 <2`), hyphen ranges (`1.2 - 1.4`), `~`, `^`, x-ranges (`1.x`, `1.2.*`).
//
// Prereleases are ordinary points of the SemVer order here, as with npm's `includePrerelease`:
// `>=1.2.0` admits `1.3.0-beta.1`, and `^1.2.0` stops before `2.0.0-0`. Native app versions come
// from store builds where a prerelease tag marks a test build of the same line, and such a build
// should get the bundles its line gets. (npm's default would refuse every prerelease that the
// range does not name with the same X.Y.Z, which silently strands beta testers.)

import { BUILD, compareSemVer, makeSemVer, NUMERIC_ID, PRERELEASE, type SemVer } from './semver.js';

type Operator = '<' | '<=' | '>' | '>=' | '=';

export interface Comparator {
  operator: Operator;
  version: SemVer;
}

/** All comparators must hold; an empty set admits every version. */
export type ComparatorSet = Comparator[];

/** A version with some trailing parts left out or wildcarded (`1`, `1.2`, `1.x`, `*`). */
interface Partial {
  major?: number;
  minor?: number;
  patch?: number;
  prerelease?: string;
}

const MAX_RANGE_LENGTH = 1024;
const WILDCARD = 'x|X|\\*';
const PART = `(${NUMERIC_ID}|${WILDCARD})`;
const PARTIAL = new RegExp(
  `^v?${PART}(?:\\.${PART}(?:\\.${PART}(?:-(${PRERELEASE}))?(?:\\+${BUILD})?)?)?$`,
);
const COMPARATOR = /^(<=|>=|<|>|=|~>|~|\^)?(.*)$/;
const HYPHEN = /^(\S+) - (\S+)$/;

/** The smallest prerelease of a version: `X.Y.Z-0` sits below every other `X.Y.Z-…`. */
const lowest = (major: number, minor: number, patch: number): SemVer => ({
  major,
  minor,
  patch,
  prerelease: [0],
});

const NOTHING: ComparatorSet = [{ operator: '<', version: lowest(0, 0, 0) }];

/** The range's alternatives, or undefined when it is not a valid range (blank is invalid). */
export function parseRange(range: string): ComparatorSet[] | undefined {
  if (range.length > MAX_RANGE_LENGTH || range.trim() === '') return undefined;
  const sets: ComparatorSet[] = [];
  for (const alternative of range.split('||')) {
    const set = parseAlternative(alternative);
    if (!set) return undefined;
    sets.push(set);
  }
  return sets;
}

export function isValidRange(range: string): boolean {
  return parsedRange(range) !== undefined;
}

/** Bundles of one app tend to share a handful of ranges; each is parsed once. */
const parsedRanges = new Map<string, readonly ComparatorSet[] | undefined>();
const MAX_PARSED_RANGES = 256;

/** `parseRange` remembered: the result is shared, so it is read-only. */
export function parsedRange(range: string): readonly ComparatorSet[] | undefined {
  if (parsedRanges.has(range)) return parsedRanges.get(range);
  const sets = parseRange(range);
  if (parsedRanges.size >= MAX_PARSED_RANGES) parsedRanges.clear();
  parsedRanges.set(range, sets);
  return sets;
}

/** Whether `version` (strict semver) is in `range`; false for an invalid version or range. */
export function versionInRange(version: SemVer, range: readonly ComparatorSet[]): boolean {
  for (const set of range) {
    if (set.every((c) => holds(c, version))) return true;
  }
  return false;
}

function holds({ operator, version }: Comparator, candidate: SemVer): boolean {
  const order = compareSemVer(candidate, version);
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
  }
}

function parseAlternative(text: string): ComparatorSet | undefined {
  // npm allows a space between an operator and its version (`>= 1.2.3`).
  const normalized = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(<=|>=|<|>|=|~>|~|\^) /g, '$1');
  const hyphen = HYPHEN.exec(normalized);
  if (hyphen) return parseHyphen(hyphen[1]!, hyphen[2]!);
  if (normalized === '') return [];
  const set: ComparatorSet = [];
  for (const token of normalized.split(' ')) {
    const comparators = parseComparator(token);
    if (!comparators) return undefined;
    set.push(...comparators);
  }
  return set;
}

function parseComparator(token: string): Comparator[] | undefined {
  const [, operator = '', rest = ''] = COMPARATOR.exec(token) ?? [];
  const partial = parsePartial(rest);
  if (!partial) return undefined;
  switch (operator) {
    case '':
    case '=':
      return exactOrX(partial);
    case '~':
    case '~>':
      return tilde(partial);
    case '^':
      return caret(partial);
    default:
      return primitive(operator as Operator, partial);
  }
}

function parsePartial(text: string): Partial | undefined {
  const match = PARTIAL.exec(text);
  if (!match) return undefined;
  const [, major, minor, patch, prerelease] = match;
  const parts = [major, minor, patch].map((p) =>
    p === undefined || isWildcard(p) ? undefined : p,
  );
  // After a wildcard only wildcards may follow (`1.x.3` means nothing), and a prerelease needs
  // all three numbers to attach to.
  const firstMissing = parts.indexOf(undefined);
  if (firstMissing !== -1 && parts.slice(firstMissing).some((p) => p !== undefined))
    return undefined;
  if (prerelease !== undefined && firstMissing !== -1) return undefined;
  const [M, m, p] = parts.map((n) => (n === undefined ? undefined : Number(n)));
  if (![M, m, p].every((n) => n === undefined || Number.isSafeInteger(n))) return undefined;
  const partial = { major: M, minor: m, patch: p, prerelease };
  return firstMissing === -1 && !full(partial) ? undefined : partial;
}

function isWildcard(part: string): boolean {
  return part === 'x' || part === 'X' || part === '*';
}

/** The version a partial names when it has all three numbers. */
function full(partial: Partial): SemVer | undefined {
  const { major, minor, patch, prerelease } = partial;
  if (major === undefined || minor === undefined || patch === undefined) return undefined;
  return makeSemVer(major, minor, patch, prerelease);
}

const at = (operator: Operator, version: SemVer): Comparator => ({ operator, version });

function exactOrX(p: Partial): Comparator[] {
  const version = full(p);
  if (version) return [at('=', version)];
  if (p.major === undefined) return [];
  if (p.minor === undefined)
    return [at('>=', lowest(p.major, 0, 0)), at('<', lowest(p.major + 1, 0, 0))];
  return [at('>=', lowest(p.major, p.minor, 0)), at('<', lowest(p.major, p.minor + 1, 0))];
}

// ~1.2.3 allows patch-level changes; ~1 allows minor-level ones.
function tilde(p: Partial): Comparator[] {
  const version = full(p);
  if (!version) return exactOrX(p);
  return [at('>=', version), at('<', lowest(version.major, version.minor + 1, 0))];
}

// ^ allows changes that leave the leftmost non-zero part alone.
function caret(p: Partial): Comparator[] {
  const { major, minor } = p;
  if (major === undefined) return [];
  if (minor === undefined) return exactOrX(p);
  const version = full(p);
  const lower = version ?? lowest(major, minor, 0);
  if (major > 0) return [at('>=', lower), at('<', lowest(major + 1, 0, 0))];
  if (minor > 0 || !version) return [at('>=', lower), at('<', lowest(0, minor + 1, 0))];
  return [at('>=', lower), at('<', lowest(0, 0, version.patch + 1))];
}

function primitive(operator: Operator, p: Partial): Comparator[] {
  const version = full(p);
  if (version) return [at(operator, version)];
  const { major, minor } = p;
  if (major === undefined) return operator === '<' || operator === '>' ? NOTHING : [];
  const next = minor === undefined ? lowest(major + 1, 0, 0) : lowest(major, minor + 1, 0);
  const start = lowest(major, minor ?? 0, 0);
  switch (operator) {
    case '>=':
      return [at('>=', start)];
    case '>':
      return [at('>=', next)];
    case '<':
      return [at('<', start)];
    default:
      return [at('<', next)];
  }
}

function parseHyphen(fromText: string, toText: string): ComparatorSet | undefined {
  const from = parsePartial(fromText);
  const to = parsePartial(toText);
  if (!from || !to) return undefined;
  return [...hyphenLower(from), ...hyphenUpper(to)];
}

function hyphenLower(p: Partial): Comparator[] {
  if (p.major === undefined) return [];
  const version = full(p);
  if (version && version.prerelease.length > 0) return [at('>=', version)];
  return [at('>=', lowest(p.major, p.minor ?? 0, p.patch ?? 0))];
}

function hyphenUpper(p: Partial): Comparator[] {
  if (p.major === undefined) return [];
  if (p.minor === undefined) return [at('<', lowest(p.major + 1, 0, 0))];
  if (p.patch === undefined) return [at('<', lowest(p.major, p.minor + 1, 0))];
  const version = full(p)!;
  if (version.prerelease.length > 0) return [at('<=', version)];
  return [at('<', lowest(p.major, p.minor, p.patch + 1))];
}
