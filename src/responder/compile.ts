// Turns a parsed manifest into per-channel plans once, when it loads, so that an update check
// only reads a few fields and scans nothing. Everything the decision could find wrong with an
// entry is found here and stored as a problem, answered with `kind:"failed"` for the devices that
// entry would serve.
import { rolledBackFrom } from '../manifest/edits.js';
import type { LoadedManifest as ParsedManifest, ReadManifest } from '../manifest/parse.js';
import { BUILTIN, type Channel, type Manifest } from '../manifest/types.js';
import {
  nonEmptyString,
  stringArray,
  type BundlePlan,
  type CompileOptions,
  type Problem,
} from './bundle-plan.js';
import { LazyBundlePlans, type BundlePlans } from './bundle-plans.js';
import { rolloutBuckets } from './rollout.js';

export type { BundlePlan, CompileOptions, Problem } from './bundle-plan.js';
export type { BundlePlans } from './bundle-plans.js';

/** What a channel serves: a bundle, or `builtin` (the bundle inside the binary). */
export interface Target {
  version: string;
  bundle?: BundlePlan;
  problem?: Problem;
}

export interface ChannelPlan {
  name: string;
  problem?: Problem;
  allowSelfSet: boolean;
  platforms: ReadonlySet<string>;
  allowEmulator: boolean;
  allowDevBuild: boolean;
  /** Devices whose rollout bucket is below this get `current`, the others `previous`. */
  insideBuckets: number;
  current?: Target;
  previous?: Target;
  rolledBackFrom: ReadonlySet<string>;
}

export interface ChannelListing {
  id: number;
  name: string;
  public: boolean;
  allow_self_set: boolean;
}

export interface CompiledManifest {
  appId: string;
  defaultChannel: string;
  channels: ReadonlyMap<string, ChannelPlan>;
  bundles: BundlePlans;
  /** The reply to `GET /channel_self`: channels devices may pick themselves. */
  selfSetChannels: ChannelListing[];
  /** Loopback http URLs and other things an operator should hear about once: found so far. */
  warnings: string[];
  /**
   * Compiles up to `limit` of the bundles no one asked for yet (all by default); says whether
   * any are left, and the warnings found since `warnings` or the last call.
   */
  compileRest(limit?: number): { done: boolean; warnings: string[] };
  /** When the manifest was last edited: lets an operator see whether a change is live yet. */
  updatedAt?: string;
}

/** Compiles everything at once, every warning included. */
export function compileManifest(parsed: ParsedManifest, options: CompileOptions): CompiledManifest {
  const read: ReadManifest = {
    manifest: parsed.manifest,
    bundleProblem: (version) => parsed.bundleProblems.get(version),
    channelProblem: (name) => parsed.channelProblems.get(name),
  };
  return compileRead(read, options, true);
}

/**
 * Compiles the channels and the bundles they serve; with `everything`, every other bundle too,
 * first and in manifest order, else when `compileRest` is called or a route asks for one.
 */
export function compileRead(
  read: ReadManifest,
  options: CompileOptions,
  everything = false,
): CompiledManifest {
  const { manifest } = read;
  // Warnings wait here until the caller takes them, whoever's request found them.
  let found: string[] = [];
  const take = () => {
    const taken = found;
    found = [];
    return taken;
  };
  const bundles = new LazyBundlePlans(read, options, (warning) => found.push(warning));
  if (everything) bundles.compileMore();
  const channels = new Map<string, ChannelPlan>();
  for (const [name, channel] of ownEntries(manifest.channels)) {
    const plan = compileChannel(name, channel, read.channelProblem(name), bundles);
    if (plan.problem) found.push(plan.problem.message);
    channels.set(name, plan);
  }
  return {
    appId: manifest.app_id,
    defaultChannel: manifest.default_channel,
    channels,
    bundles,
    selfSetChannels: listSelfSet(manifest, channels),
    warnings: take(),
    compileRest(limit) {
      const done = bundles.compileMore(limit);
      return { done, warnings: take() };
    },
    updatedAt: manifest.updated_at,
  };
}

function compileChannel(
  name: string,
  channel: Channel,
  parseProblem: string | undefined,
  bundles: BundlePlans,
): ChannelPlan {
  const plan: ChannelPlan = {
    name,
    allowSelfSet: channel.allow_self_set === true,
    platforms: new Set(stringArray(channel.platforms)),
    allowEmulator: channel.allow_emulator === true,
    allowDevBuild: channel.allow_dev_build === true,
    insideBuckets: rolloutBuckets(typeof channel.rollout === 'number' ? channel.rollout : 100),
    current: targetOf(nonEmptyString(channel.version), bundles),
    previous: targetOf(nonEmptyString(channel.previous), bundles),
    rolledBackFrom: safeRolledBackFrom(channel),
  };
  if (parseProblem) {
    return {
      ...plan,
      problem: {
        code: 'misconfigured_channel',
        message: `Channel ${name} is misconfigured: ${parseProblem}.`,
      },
    };
  }
  return plan;
}

function targetOf(version: string | undefined, bundles: BundlePlans): Target | undefined {
  if (version === undefined) return undefined;
  if (version === BUILTIN) return { version };
  const bundle = bundles.get(version);
  if (!bundle) {
    return {
      version,
      problem: { code: 'no_bundle', message: `Bundle ${version} is not in the manifest.` },
    };
  }
  return bundle.problem ? { version, bundle, problem: bundle.problem } : { version, bundle };
}

function safeRolledBackFrom(channel: Channel): ReadonlySet<string> {
  try {
    return Array.isArray(channel.history) ? rolledBackFrom(channel) : new Set();
  } catch {
    return new Set();
  }
}

// Listed in name order so that ids stay the same between loads of an unchanged manifest.
function listSelfSet(
  manifest: Manifest,
  channels: ReadonlyMap<string, ChannelPlan>,
): ChannelListing[] {
  const names = [...channels.values()]
    .filter((plan) => plan.allowSelfSet && !plan.problem)
    .map((plan) => plan.name)
    .sort();
  return names.map((name, index) => ({
    id: index + 1,
    name,
    public: name === manifest.default_channel,
    allow_self_set: true,
  }));
}

function ownEntries<T>(record: Record<string, T> | undefined): [string, T][] {
  if (typeof record !== 'object' || record === null) return [];
  return Object.keys(record).map((key): [string, T] => [key, record[key] as T]);
}
