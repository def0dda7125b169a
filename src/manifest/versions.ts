// Version rules shared by the action (what may be published) and the responder (what a device
// may receive). Bundle versions are strict SemVer 2.0 without build metadata; native versions
// reported by devices are looser and get coerced.

import { InputError } from '../errors.js';
import { parsedRange, versionInRange } from './ranges.js';
import {
  compareSemVer,
  formatSemVer,
  makeSemVer,
  parseSemVer,
  PRERELEASE,
  type SemVer,
} from './semver.js';
import { BUILTIN } from './types.js';

export { isValidRange } from './ranges.js';

const VERSION_RULE =
  'use X.Y.Z or X.Y.Z-prerelease, e.g. 1.2.3 or 1.3.0-beta.1; tags like v1.2.3 are accepted';

/**
 * The bundle version named by an input or a tag: one leading `v` and surrounding whitespace are
 * stripped, the rest must be strict SemVer without build metadata.
 */
export function parseReleaseVersion(raw: string, input: string): string {
  const trimmed = raw.trim();
  const candidate = trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
  const parsed = parseSemVer(candidate);
  if (parsed && parsed.build === undefined) return candidate;
  throw new InputError(
    input,
    `${quote(raw)} ${whyNotAVersion(trimmed, candidate)}; ${VERSION_RULE}.`,
  );
}

function whyNotAVersion(trimmed: string, candidate: string): string {
  if (trimmed === '') return 'is empty';
  if (candidate === BUILTIN) return 'is reserved for the bundle shipped inside the app binary';
  const parsed = parseSemVer(candidate);
  if (parsed?.build !== undefined) {
    // Precedence ignores `+build`, so two different bundles would rank as the same version.
    return `carries build metadata \`+${parsed.build}\`, which version comparison ignores; drop it`;
  }
  if (/^\d+(\.\d+)?$/.test(candidate)) return 'has fewer than three numbers';
  if (/(^|[.-])0\d/.test(candidate)) return 'has a number with a leading zero';
  if (trimmed.startsWith('vv')) return 'has more than one leading `v`';
  if (trimmed.startsWith('V'))
    return 'starts with a capital `V` (only a lowercase `v` is stripped)';
  return 'is not a strict semantic version';
}

function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return `\`${shown}\``;
}

/** Strict SemVer 2.0 (build metadata allowed): what `compareVersions` accepts besides `builtin`. */
export function isVersion(raw: string): boolean {
  return parseSemVer(raw) !== undefined;
}

/**
 * SemVer 2.0 precedence, for sorting: numeric identifiers compare numerically (1.0.9 < 1.0.10),
 * prereleases rank below their release, build metadata is ignored, and `builtin` (the bundle in
 * the binary) ranks below every version. Throws on anything else: check with `isVersion`.
 */
export function compareVersions(a: string, b: string): number {
  if (a === BUILTIN || b === BUILTIN) return Number(b === BUILTIN) - Number(a === BUILTIN);
  return compareSemVer(mustParse(a), mustParse(b));
}

function mustParse(version: string) {
  const parsed = parseSemVer(version);
  if (!parsed) throw new TypeError(`${quote(version)} is not a semantic version`);
  return parsed;
}

const NATIVE_VERSION = new RegExp(
  `^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.\\d+)*(?:-(${PRERELEASE}))?(?:\\+[0-9A-Za-z.-]*)?$`,
);

/**
 * A device's native version (`version_build`) as strict semver. App stores take looser strings
 * than SemVer, so: missing parts become 0 (`1.4` → `1.4.0`), leading zeros are dropped, parts
 * after the third (`1.2.3.4`, common on Android) and build metadata are ignored, a prerelease is
 * kept. Anything else, `builtin` included, gives undefined.
 */
export function coerceNativeVersion(raw: string): string | undefined {
  const version = coerceNativeSemVer(raw);
  return version && formatSemVer(version);
}

/** `coerceNativeVersion` before formatting: the parsed form, for comparing without re-parsing. */
export function coerceNativeSemVer(raw: string): SemVer | undefined {
  const text = raw.trim();
  if (text.length > 256) return undefined;
  const match = NATIVE_VERSION.exec(text);
  if (!match) return undefined;
  const [, major, minor = '0', patch = '0', prerelease] = match;
  return makeSemVer(Number(major), Number(minor), Number(patch), prerelease);
}

/**
 * Whether a version is inside an npm-style range, with prereleases treated as ordinary points
 * of the SemVer order (see `ranges.ts`). False when either is invalid.
 */
export function satisfiesRange(version: string, range: string): boolean {
  const parsed = parseSemVer(version);
  const sets = parsedRange(range);
  return parsed !== undefined && sets !== undefined && versionInRange(parsed, sets);
}

/** The major number, or undefined when `version` is not semver (`builtin` included). */
export function majorOf(version: string): number | undefined {
  return parseSemVer(version)?.major;
}
