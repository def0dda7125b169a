// The plans of every bundle in the manifest, each compiled the first time it is needed. A server
// answers its first check once the few bundles its channels serve are compiled; the others (a
// manifest keeps a long history) follow right after, so start-up does not grow with history.
import type { ReadManifest } from '../manifest/parse.js';
import { compileBundle, type BundlePlan, type CompileOptions } from './bundle-plan.js';

export interface BundlePlans {
  /** The plan of bundle `version`, or undefined when the manifest has no such bundle. */
  get(version: string): BundlePlan | undefined;
  /** How many bundles the manifest holds. */
  readonly size: number;
}

export class LazyBundlePlans implements BundlePlans {
  private readonly plans = new Map<string, BundlePlan>();
  private readonly versions: string[];

  constructor(
    private readonly read: ReadManifest,
    private readonly options: CompileOptions,
    /** Hears once about each bundle an operator should know about. */
    private readonly warn: (warning: string) => void,
  ) {
    const entries = read.manifest.bundles as unknown;
    this.versions = typeof entries === 'object' && entries !== null ? Object.keys(entries) : [];
  }

  get size(): number {
    return this.versions.length;
  }

  get(version: string): BundlePlan | undefined {
    const known = this.plans.get(version);
    if (known) return known;
    const bundles = this.read.manifest.bundles;
    if (typeof bundles !== 'object' || bundles === null || !Object.hasOwn(bundles, version)) {
      return undefined;
    }
    const problem = this.read.bundleProblem(version);
    const plan = compileBundle(version, bundles[version]!, problem, this.options);
    this.plans.set(version, plan);
    const warning = warningFor(plan);
    if (warning) this.warn(warning);
    return plan;
  }

  private next = 0;

  /** Compiles up to `limit` more bundles, in manifest order; whether all are compiled now. */
  compileMore(limit = Number.POSITIVE_INFINITY): boolean {
    for (let count = 0; this.next < this.versions.length && count < limit; this.next++) {
      const version = this.versions[this.next]!;
      if (this.plans.has(version)) continue;
      this.get(version);
      count++;
    }
    return this.next >= this.versions.length;
  }
}

function warningFor(plan: BundlePlan): string | undefined {
  if (plan.problem) return plan.problem.message;
  // Devices accept http on loopback only, which suits local tests and nothing else.
  if (plan.loopbackHttp && plan.storedUrl.startsWith('http:')) {
    return `Bundle ${plan.version} uses a plain http URL: devices accept it on loopback only.`;
  }
  return undefined;
}
