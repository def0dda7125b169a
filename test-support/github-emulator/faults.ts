// Fault injection: rules matched by method and path that damage chosen requests the ways real
// networks and GitHub do (errors, cut connections, lost answers, rate limits, races).

export type FaultEffect =
  /** Answer with this status instead of handling (GitHub-like body unless one is given). */
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Cut the connection while the request body arrives; nothing is done. */
  | { type: 'drop-request' }
  /** Do the work, send the head and half the body, then cut the connection. */
  | { type: 'drop-response' }
  /** Do the work, then close the connection without answering (a retry meets the result). */
  | { type: 'lose-response' }
  /** Wait this long, then handle normally. */
  | { type: 'latency'; ms: number }
  /** 403 "secondary rate limit" with `retry-after` (seconds, default 1; Octokit reads 0 as absent and waits 60). */
  | { type: 'secondary-rate-limit'; retryAfter?: number }
  /** 403 (default) or 429 with `x-ratelimit-remaining: 0` and a reset this many seconds ahead (default 1). */
  | { type: 'primary-rate-limit'; status?: 403 | 429; resetAfter?: number }
  /** Run this first (for example a competing commit), then handle normally. */
  | { type: 'before'; run: () => void | Promise<void> }
  /** Store the uploaded asset in this state and/or without its last bytes, and answer 201. */
  | { type: 'corrupt-upload'; state?: string; missingBytes?: number };

export interface FaultRule {
  /** HTTP method; any when omitted. */
  method?: string;
  /**
   * The request's pathname as sent (percent-encoded, with the `/api/v3` or `/api/uploads`
   * prefix). A string is a glob: `*` matches within one segment, `**` across segments.
   */
  path: string | RegExp;
  /** The first matching request that is affected, counting from 1 (default 1). */
  nth?: number;
  /** How many matching requests, from `nth` on, are affected (default 1; `Infinity` for all). */
  times?: number;
  effect: FaultEffect;
}

export interface Fault {
  readonly rule: FaultRule;
  /** Matching requests seen so far. */
  readonly seen: number;
  /** Requests this fault was applied to. */
  readonly hits: number;
  remove(): void;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pattern = escaped
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${pattern}$`);
}

interface Entry {
  rule: FaultRule;
  regex: RegExp;
  seen: number;
  hits: number;
}

export class FaultController {
  private entries: Entry[] = [];

  add(rule: FaultRule): Fault {
    const entry: Entry = {
      rule,
      regex: typeof rule.path === 'string' ? globToRegExp(rule.path) : rule.path,
      seen: 0,
      hits: 0,
    };
    this.entries.push(entry);
    return {
      rule,
      get seen() {
        return entry.seen;
      },
      get hits() {
        return entry.hits;
      },
      remove: () => {
        this.entries = this.entries.filter((e) => e !== entry);
      },
    };
  }

  clear(): void {
    this.entries = [];
  }

  /** The effects that apply to this request, counting it against every matching rule. */
  take(method: string, pathname: string): FaultEffect[] {
    const effects: FaultEffect[] = [];
    for (const entry of this.entries) {
      const { rule } = entry;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (!entry.regex.test(pathname)) continue;
      entry.seen++;
      const first = rule.nth ?? 1;
      const times = rule.times ?? 1;
      if (entry.seen >= first && entry.hits < times) {
        entry.hits++;
        effects.push(rule.effect);
      }
    }
    return effects;
  }
}
