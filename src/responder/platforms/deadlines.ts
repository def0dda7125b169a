// Time limits for request bodies, kept by one timer that looks over every waiting body a few
// times per limit, instead of a timer set and cleared for each request: under load that pair of
// calls cost more than the rest of reading a body. Time is counted in the timer's ticks, so
// adding and removing a body is a few pointer writes. A tick is a quarter of the shortest limit
// (at most a second), and a late body is refused within two ticks after its limit.

export interface Waiting {
  /** The tick at which the body is late. */
  readonly dueTick: number;
  readonly expire: () => void;
}

export interface Deadlines {
  /** Calls `expire` once `timeoutMs` have passed, unless `remove` comes first. */
  add(timeoutMs: number, expire: () => void): Waiting;
  remove(waiting: Waiting): void;
}

interface Entry extends Waiting {
  previous?: Entry;
  next?: Entry;
  linked: boolean;
}

const MIN_TICK_MS = 10;
const MAX_TICK_MS = 1000;

/** `shortestTimeoutMs` sets how often the timer looks, so that every limit keeps its accuracy. */
export function createDeadlines(shortestTimeoutMs: number): Deadlines {
  const tickMs = Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, Math.floor(shortestTimeoutMs / 4)));
  // A doubly linked list: removing a body that arrived costs no search and no rehashing.
  let first: Entry | undefined;
  let last: Entry | undefined;
  let tick = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const unlink = (entry: Entry) => {
    if (!entry.linked) return;
    entry.linked = false;
    if (entry.previous) entry.previous.next = entry.next;
    else first = entry.next;
    if (entry.next) entry.next.previous = entry.previous;
    else last = entry.previous;
    entry.previous = entry.next = undefined;
  };

  const sweep = () => {
    tick++;
    for (let entry = first; entry;) {
      const next = entry.next;
      if (entry.dueTick <= tick) {
        unlink(entry);
        entry.expire();
      }
      entry = next;
    }
    // Idle servers keep no timer running.
    if (!first && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    add(timeoutMs, expire) {
      // The next tick may come at once, so one more tick than the limit holds is waited for.
      const entry: Entry = {
        dueTick: tick + Math.ceil(timeoutMs / tickMs) + 1,
        expire,
        previous: last,
        next: undefined,
        linked: true,
      };
      if (last) last.next = entry;
      else first = entry;
      last = entry;
      timer ??= setInterval(sweep, tickMs);
      return entry;
    },
    remove: (waiting) => unlink(waiting as Entry),
  };
}
