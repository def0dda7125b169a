// Log bytes to standard output. They are written to the descriptor directly: through
// `process.stdout` each write also went through the stream's machinery, which cost more than the
// write itself. A pipe whose reader lags can refuse part of them (Node may have made it
// non-blocking); the rest then goes through `process.stdout`, which queues a copy, and so does
// every later write, so the lines keep their order.
import { writeSync } from 'node:fs';

export interface TextOutput {
  /** Writes what the descriptor takes now and returns the bytes written; may throw EAGAIN. */
  direct(bytes: Uint8Array): number;
  /** Writes through a stream that queues what the descriptor cannot take yet; keeps `bytes`. */
  queued(bytes: Uint8Array): void;
}

const STDOUT_FD = 1;

export const processStdout: TextOutput = {
  direct: (bytes) => writeSync(STDOUT_FD, bytes),
  queued: (bytes) => {
    if (!listening) {
      // Like `console.log`, a closed stdout (a log collector that went away) must not stop the
      // server, and an unheard error event would.
      process.stdout.on('error', () => {});
      listening = true;
    }
    process.stdout.write(bytes);
  },
};

let listening = false;

/**
 * A writer of log bytes to `output`; errors other than a full pipe are thrown to the caller. The
 * bytes may be reused once the call returns: what is queued is a copy.
 */
export function createStdoutWriter(
  output: TextOutput = processStdout,
): (bytes: Uint8Array) => void {
  let direct = true;
  return (bytes) => {
    if (!direct) {
      output.queued(Buffer.from(bytes));
      return;
    }
    const written = writeDirect(output, bytes);
    if (written >= bytes.length) return;
    direct = false;
    output.queued(Buffer.from(bytes.subarray(written)));
  };
}

/** Writes what the descriptor takes now; returns how many bytes that was. */
function writeDirect(output: TextOutput, bytes: Uint8Array): number {
  try {
    return output.direct(bytes);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException | undefined)?.code === 'EAGAIN') return 0;
    throw cause;
  }
}
