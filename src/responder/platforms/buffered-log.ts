// Log lines of the Node server, gathered and written to stdout in one call per turn of the event
// loop. A write to stdout is a system call, and on a file or a pipe Node makes it synchronously:
// one per update check cost more than deciding the check. Each line is encoded straight into one
// reused buffer: joining the lines into a string and encoding that for the write cost the server
// under load as much again as building them. The lines keep their order, each is still one line,
// and whatever is pending is written before the process exits.
import type { LogSink } from '../log.js';
import { createStdoutWriter, queuedWritten } from './stdout-writer.js';

export interface BufferedSink {
  sink: LogSink;
  /** Writes what is pending now. */
  flush(): void;
}

/** Past this many bytes pending, the lines are written at once instead of after the turn. */
export const FLUSH_AT_BYTES = 64 * 1024;
/** Room for what is pending plus the longest line that still goes through the buffer. */
const BUFFER_BYTES = 256 * 1024;
/** A UTF-16 code unit takes at most 3 bytes of UTF-8. */
const MAX_BYTES_PER_UNIT = 3;
const NEWLINE = 0x0a;

/**
 * Lines gathered for `write`, which receives them as UTF-8, each ending in a newline. The bytes
 * are only valid during the call: `write` must copy what it keeps.
 */
export function createBufferedSink(write: (bytes: Uint8Array) => void): BufferedSink {
  const buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
  let used = 0;
  let scheduled = false;

  const send = (bytes: Uint8Array) => {
    try {
      write(bytes);
    } catch {
      // A failing log must not stop the server; the lines are lost as a failed console.log's are.
    }
  };

  const flush = () => {
    scheduled = false;
    if (used === 0) return;
    const pending = buffer.subarray(0, used);
    used = 0;
    send(pending);
  };

  const sink: LogSink = (line) => {
    const mostBytes = line.length * MAX_BYTES_PER_UNIT + 1;
    if (used + mostBytes > BUFFER_BYTES) flush();
    if (mostBytes > BUFFER_BYTES) {
      // A line longer than the buffer (none of ours comes close) is written on its own.
      send(Buffer.from(`${line}\n`));
      return;
    }
    used += buffer.write(line, used, 'utf8');
    buffer[used++] = NEWLINE;
    if (used >= FLUSH_AT_BYTES) flush();
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
    const buffered = createBufferedSink(createStdoutWriter());
    process.once('exit', () => buffered.flush());
    stdoutLines = buffered;
  }
  return stdoutLines.sink;
}

/**
 * Writes the pending lines and waits, at most `limitMs`, for a pipe's reader to take what is
 * queued: for a clean stop, where `process.exit` would drop the last lines.
 */
export function stdoutWritten(limitMs: number): Promise<void> {
  stdoutLines?.flush();
  return queuedWritten(limitMs);
}
