// Log lines held back until released: `serve` prints where it listens as its first output (the
// `--json` line is read by scripts as the first line), while the responder may already have
// logged loading its manifest.
import type { LogSink } from '../responder/log.js';

export interface HeldLog {
  sink: LogSink;
  /** Writes the held lines to `target`, in order, and every later line straight to it. */
  release(): void;
}

export function holdLog(target: LogSink): HeldLog {
  let held: string[] | undefined = [];
  return {
    sink: (line) => {
      if (held) held.push(line);
      else target(line);
    },
    release: () => {
      const lines = held ?? [];
      held = undefined;
      for (const line of lines) target(line);
    },
  };
}
