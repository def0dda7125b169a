// Log bytes to standard output. Where stdout is a file or a device (/dev/null, a terminal), they
// are written to the descriptor directly: through `process.stdout` each write also went through
// the stream's machinery, which cost more than the write itself, and Node writes to those
// synchronously anyway. A pipe or a socket (docker, systemd, a log shipper) goes through
// `process.stdout`, which queues what a lagging reader has not taken: a direct write there would
// stop the whole server until the reader caught up. Should a direct write be refused in part
// (EAGAIN), the rest and every later write go through the stream too, so lines keep their order.
import { fstatSync, writeSync } from 'node:fs';

export interface LogOutput {
  /** Writes what the descriptor takes now and returns the bytes written; may throw EAGAIN. */
  direct(bytes: Uint8Array): number;
  /** Writes through a stream that queues what the descriptor cannot take yet; keeps `bytes`. */
  queued(bytes: Uint8Array): void;
}

const STDOUT_FD = 1;

export const processStdout: LogOutput = {
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
const NOTHING = new Uint8Array(0);

/** Whether stdout takes writes at once: a file or a device does, a pipe or a socket may not. */
export function stdoutTakesDirectWrites(): boolean {
  try {
    const info = fstatSync(STDOUT_FD);
    return info.isFile() || info.isCharacterDevice();
  } catch {
    return false;
  }
}

/**
 * Resolves once `process.stdout` has written what was queued so far, or after `limitMs`:
 * `process.exit` drops whatever the stream still holds.
 */
export function queuedWritten(limitMs: number): Promise<void> {
  if (!listening || process.stdout.writableLength === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const giveUp = setTimeout(resolve, limitMs);
    // Writes complete in order, so this empty one completes after everything before it.
    process.stdout.write(NOTHING, () => {
      clearTimeout(giveUp);
      resolve();
    });
  });
}

/**
 * A writer of log bytes to `output`; errors other than a full pipe are thrown to the caller. The
 * bytes may be reused once the call returns: what is queued is a copy.
 */
export function createStdoutWriter(
  output: LogOutput = processStdout,
  direct = stdoutTakesDirectWrites(),
): (bytes: Uint8Array) => void {
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
function writeDirect(output: LogOutput, bytes: Uint8Array): number {
  try {
    return output.direct(bytes);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException | undefined)?.code === 'EAGAIN') return 0;
    throw cause;
  }
}
