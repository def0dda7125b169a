// The update decision: pure, over a compiled manifest and one device. The steps follow the
// order of the design, and each refusal says what the device would need to get the bundle.
import { versionInRange } from '../manifest/ranges.js';
import { compareSemVer, formatSemVer, parseSemVer, type SemVer } from '../manifest/semver.js';
import { BUILTIN } from '../manifest/types.js';
import { coerceNativeSemVer } from '../manifest/versions.js';
import type { BundlePlan, ChannelPlan, CompiledManifest, Target } from './compile.js';
import type { DeviceInfo } from './device.js';
import { memoize } from './memo.js';
import { ROLLOUT_BUCKETS, rolloutBucket } from './rollout.js';

export type Outcome =
  | { kind: 'download'; channel: string; bundle: BundlePlan }
  | { kind: 'builtin'; channel: string }
  | { kind: 'up_to_date'; channel: string; target?: string }
  | { kind: 'blocked'; channel?: string; target?: string; code: string; message: string }
  | { kind: 'failed'; channel?: string; target?: string; code: string; message: string };

// Parsed forms are shared between checks and only read.
const nativeVersionOf = memoize(coerceNativeSemVer);
const bundleVersionOf = memoize(parseSemVer);

/** Plugins above this always send `key_id` when the app has a key (the vendor cloud's cut too). */
const ALWAYS_SENDS_KEY_ID_AFTER: SemVer = { major: 8, minor: 40, patch: 7, prerelease: [] };

export function decide(manifest: CompiledManifest, device: DeviceInfo): Outcome {
  if (device.appId !== manifest.appId) {
    return {
      kind: 'blocked',
      code: 'unknown_app',
      message: `This responder serves ${manifest.appId}, not ${clip(device.appId)}: check updateUrl.`,
    };
  }
  const channel = pickChannel(manifest, device.defaultChannel);
  if (!channel) {
    const name = manifest.defaultChannel;
    return {
      kind: 'failed',
      code: 'no_channel',
      message: `Channel ${name} is not in the manifest.`,
    };
  }
  if (channel.problem) return { kind: 'failed', channel: channel.name, ...channel.problem };

  const target = rolloutTarget(channel, device.deviceId);
  if (!target) return { kind: 'up_to_date', channel: channel.name };
  if (target.problem) {
    return { kind: 'failed', channel: channel.name, target: target.version, ...target.problem };
  }
  return decideForTarget(channel, target, device);
}

/** `defaultChannel` when the device may pick it, else the manifest's default channel. */
export function pickChannel(
  manifest: CompiledManifest,
  requested: string,
): ChannelPlan | undefined {
  const chosen = requested === '' ? undefined : manifest.channels.get(requested);
  if (chosen?.allowSelfSet) return chosen;
  return manifest.channels.get(manifest.defaultChannel);
}

function rolloutTarget(channel: ChannelPlan, deviceId: string): Target | undefined {
  const current = channel.current;
  if (!current) return undefined;
  if (channel.insideBuckets >= ROLLOUT_BUCKETS) return current;
  const inside = rolloutBucket(deviceId, current.version) < channel.insideBuckets;
  return inside ? current : channel.previous;
}

function decideForTarget(channel: ChannelPlan, target: Target, device: DeviceInfo): Outcome {
  const base = { channel: channel.name, target: target.version };
  const refusal = policyRefusal(channel, target.bundle, device);
  if (refusal) return { kind: 'blocked', ...base, ...refusal };

  if (target.version === BUILTIN || !target.bundle) {
    return device.versionName === BUILTIN
      ? { kind: 'up_to_date', channel: channel.name, target: BUILTIN }
      : { kind: 'builtin', channel: channel.name };
  }
  const bundle = target.bundle;
  // The device's versions are the only ones parsed per check; the bundle's were parsed at load.
  const native = nativeVersionOf(device.versionBuild);

  const nativeProblem = nativeRefusal(bundle, device, native, channel.rolledBackFrom);
  if (nativeProblem === 'builtin') return { kind: 'builtin', channel: channel.name };
  if (nativeProblem) return { kind: 'blocked', ...base, ...nativeProblem };

  const encryption = encryptionRefusal(bundle, device);
  if (encryption) return { kind: 'blocked', ...base, ...encryption };

  if (!needsDownload(bundle, device, native, channel.rolledBackFrom)) {
    return { kind: 'up_to_date', ...base };
  }
  return { kind: 'download', channel: channel.name, bundle };
}

type Refusal = { code: string; message: string };

function policyRefusal(
  channel: ChannelPlan,
  bundle: BundlePlan | undefined,
  device: DeviceInfo,
): Refusal | undefined {
  const platform = device.platform;
  if (!channel.platforms.has(platform)) {
    return {
      code: platformCode(platform),
      message: `Channel ${channel.name} does not serve ${platform} devices.`,
    };
  }
  if (bundle && !bundle.platforms.has(platform)) {
    return {
      code: platformCode(platform),
      message: `Bundle ${bundle.version} is not built for ${platform}.`,
    };
  }
  if (device.isEmulator && !channel.allowEmulator) {
    return {
      code: 'disable_emulator',
      message: `Channel ${channel.name} does not serve emulators: use a real device.`,
    };
  }
  if (device.isDevBuild && !channel.allowDevBuild) {
    return {
      code: 'disable_dev_build',
      message: `Channel ${channel.name} does not serve dev builds: use a production build.`,
    };
  }
  return undefined;
}

// Android and iOS builds name their platform; anything else is kept out of the error code.
function platformCode(platform: string): string {
  return `disabled_platform_${/^[a-z0-9_]{1,20}$/.test(platform) ? platform : 'unknown'}`;
}

// Bundles are built against a native shell: a newer major may call native code the binary
// lacks, and a bundle older than the binary would undo a fresh store install. No older bundle is
// offered instead; the release manager decides what a channel serves.
function nativeRefusal(
  bundle: BundlePlan,
  device: DeviceInfo,
  native: SemVer | undefined,
  rolledBack: ReadonlySet<string>,
): Refusal | 'builtin' | undefined {
  if (native === undefined) {
    return {
      code: 'native_version_mismatch',
      message: `The native version "${clip(device.versionBuild)}" is not a version like 1.4.0.`,
    };
  }
  if (bundle.major > native.major) {
    return {
      code: 'disable_auto_update_to_major',
      message: `Bundle ${bundle.version} needs native version ${bundle.major}.x; this app is ${formatSemVer(native)}: install the store update.`,
    };
  }
  if (compareSemVer(bundle.semver, native) < 0) {
    // After a rollback below the native version, a device still on the bad bundle must leave
    // it, and the only safe place is the bundle inside its own binary.
    if (rolledBack.has(device.versionName)) return 'builtin';
    return {
      code: 'disable_auto_update_under_native',
      message: `Bundle ${bundle.version} is older than the native app ${formatSemVer(native)}, which already ships newer code.`,
    };
  }
  if (bundle.nativeRange !== undefined && !inRange(native, bundle.nativeRanges)) {
    return {
      code: 'native_version_mismatch',
      message: `Bundle ${bundle.version} needs a native version in ${bundle.nativeRange}; this app is ${formatSemVer(native)}.`,
    };
  }
  return undefined;
}

// A range that does not parse admits nothing.
function inRange(version: SemVer, ranges: BundlePlan['nativeRanges']): boolean {
  return ranges !== undefined && versionInRange(version, ranges);
}

// An app with a public key can only install encrypted bundles (iOS always decrypts the checksum,
// Android refuses a missing session key), and only ones encrypted for its own key.
function encryptionRefusal(bundle: BundlePlan, device: DeviceInfo): Refusal | undefined {
  const keyId = device.keyId;
  if (keyId !== undefined && !bundle.encrypted) {
    return {
      code: 'encryption_required',
      message: `This app has a public key and installs encrypted bundles only; bundle ${bundle.version} is plain.`,
    };
  }
  if (keyId !== undefined && bundle.keyId !== keyId) {
    return {
      code: 'key_id_mismatch',
      message: `Bundle ${bundle.version} is encrypted for key ${bundle.keyId}; this app has key ${clip(keyId)}.`,
    };
  }
  if (keyId === undefined && bundle.encrypted && sendsKeyIdWhenKeyed(device.pluginVersion)) {
    return {
      code: 'key_id_mismatch',
      message: `Bundle ${bundle.version} is encrypted for key ${bundle.keyId}; this app has no public key.`,
    };
  }
  return undefined;
}

function sendsKeyIdWhenKeyed(pluginVersion: string | undefined): boolean {
  const version = pluginVersion ? nativeVersionOf(pluginVersion) : undefined;
  return version ? compareSemVer(version, ALWAYS_SENDS_KEY_ID_AFTER) > 0 : false;
}

// The plugin installs any version name that differs from its own, so a lower one is a downgrade.
// A device ahead of its channel keeps what it has, unless it runs a version the channel was
// rolled back from: that is exactly the device a rollback must reach.
function needsDownload(
  bundle: BundlePlan,
  device: DeviceInfo,
  native: SemVer | undefined,
  rolledBack: ReadonlySet<string>,
): boolean {
  const current = effectiveVersion(device, native);
  const order = current === undefined ? -1 : compareSemVer(current, bundle.semver);
  if (order < 0) return true;
  if (order === 0) return false;
  return rolledBack.has(device.versionName);
}

// `builtin` carries no version of its own: the bundle inside the binary is the native version.
function effectiveVersion(device: DeviceInfo, native: SemVer | undefined): SemVer | undefined {
  return device.versionName === BUILTIN ? native : bundleVersionOf(device.versionName);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
