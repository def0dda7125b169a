// SemVer 2.0 parsing and precedence. Written here rather than imported because the edge responder
// build has a size budget, and the `semver` package's range support alone would take much of it.

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated identifiers; numeric ones as numbers so they compare numerically. */
  prerelease: ReadonlyArray<string | number>;
  /** Build metadata, without the `+`. Ignored by precedence. */
  build?: string;
}

/** npm's semver uses the same cap; it also bounds the work done on a device-sent string. */
export const MAX_VERSION_LENGTH = 256;

export const NUMERIC_ID = '0|[1-9]\\d*';
const PRERELEASE_ID = `(?:${NUMERIC_ID}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
export const PRERELEASE = `${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*`;
export const BUILD = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';

const FULL_VERSION = new RegExp(
  `^(${NUMERIC_ID})\\.(${NUMERIC_ID})\\.(${NUMERIC_ID})(?:-(${PRERELEASE}))?(?:\\+(${BUILD}))?$`,
);

/** A strict SemVer 2.0 version (build metadata allowed), or undefined. */
export function parseSemVer(text: string): SemVer | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const match = FULL_VERSION.exec(text);
  if (!match) return undefined;
  const [, major, minor, patch, prerelease, build] = match;
  return makeSemVer(Number(major), Number(minor), Number(patch), prerelease, build);
}

/** Builds a SemVer from parts already known to be well formed; undefined past safe integers. */
export function makeSemVer(
  major: number,
  minor: number,
  patch: number,
  prerelease?: string,
  build?: string,
): SemVer | undefined {
  if (
    !Number.isSafeInteger(major) ||
    !Number.isSafeInteger(minor) ||
    !Number.isSafeInteger(patch)
  ) {
    return undefined;
  }
  const identifiers = prerelease === undefined ? [] : prerelease.split('.').map(toIdentifier);
  for (const id of identifiers) {
    if (typeof id === 'number' && !Number.isSafeInteger(id)) return undefined;
  }
  return build === undefined
    ? { major, minor, patch, prerelease: identifiers }
    : { major, minor, patch, prerelease: identifiers, build };
}

function toIdentifier(id: string): string | number {
  return /^\d+$/.test(id) ? Number(id) : id;
}

export function formatSemVer(v: SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length === 0 ? core : `${core}-${v.prerelease.join('.')}`;
}

/** SemVer 2.0 precedence: negative, zero or positive like a sort comparator. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  return (
    Math.sign(a.major - b.major) ||
    Math.sign(a.minor - b.minor) ||
    Math.sign(a.patch - b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

// A version without prerelease ranks above its prereleases (1.0.0-rc.1 < 1.0.0).
function comparePrerelease(a: SemVer['prerelease'], b: SemVer['prerelease']): number {
  if (a.length === 0 || b.length === 0) return Math.sign(b.length - a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIdentifier(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

// Numeric identifiers rank below alphanumeric ones; alphanumerics compare in ASCII order.
function compareIdentifier(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
