// Log lines of the Node server, gathered and written to stdout in one call per turn of the event
// loop. A write to stdout is a system call, and on a file or a pipe Node makes it synchronously:
// one per update check cost more than deciding the check. The lines keep their order, each is
// still one line, and whatever is pending is written before the process exits.
import type { LogSink } from '../log.js';
import { createStdoutWriter } from './stdout-writer.js';

export interface BufferedSink {
  sink: LogSink;
  /** Writes what is pending now. */
  flush(): void;
}

/** Past this many characters pending, the lines are written at once instead of after the turn. */
export const FLUSH_AT_CHARS = 64 * 1024;

/** Lines gathered for `write`, which receives several lines joined without the last newline. */
export function createBufferedSink(write: (text: string) => void): BufferedSink {
  let pending: string[] = [];
  let chars = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join('\n');
    pending = [];
    chars = 0;
    try {
      write(text);
    } catch {
      // A failing log must not stop the server; the lines are lost as a failed console.log's are.
    }
  };

  const sink: LogSink = (line) => {
    pending.push(line);
    chars += line.length + 1;
    if (chars >= FLUSH_AT_CHARS) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return { sink, flush };
}

let stdoutLines: BufferedSink | undefined;

/**
 * The process's one buffered sink to stdout, shared so that lines from the server and from its
 * entry point stay in order. Writes are synchronous, so the exit hook gets the last lines out.
 */
export function stdoutSink(): LogSink {
  if (!stdoutLines) {
    const write = createStdoutWriter();
    const buffered = createBufferedSink((text) => write(`${text}\n`));
    process.once('exit', () => buffered.flush());
    stdoutLines = buffered;
  }
  return stdoutLines.sink;
}
