// Log text to standard output. The text is written to the descriptor directly: through
// `process.stdout` each write also went through the stream's machinery and a copy into a Buffer,
// which cost more than the write itself. A pipe whose reader lags can refuse part of the text
// (Node may have made it non-blocking); the rest then goes through `process.stdout`, which queues
// it, and so does every later write, so the lines keep their order.
import { writeSync } from 'node:fs';

export interface TextOutput {
  /** Writes what the descriptor takes now and returns the bytes written; may throw EAGAIN. */
  direct(text: string): number;
  /** Writes through a stream that queues what the descriptor cannot take yet. */
  queued(text: string | Uint8Array): void;
}

const STDOUT_FD = 1;

export const processStdout: TextOutput = {
  direct: (text) => writeSync(STDOUT_FD, text),
  queued: (text) => {
    if (!listening) {
      // Like `console.log`, a closed stdout (a log collector that went away) must not stop the
      // server, and an unheard error event would.
      process.stdout.on('error', () => {});
      listening = true;
    }
    process.stdout.write(text);
  },
};

let listening = false;

/** A writer of log text to `output`; errors other than a full pipe are thrown to the caller. */
export function createStdoutWriter(output: TextOutput = processStdout): (text: string) => void {
  let direct = true;
  return (text) => {
    if (!direct) {
      output.queued(text);
      return;
    }
    const rest = writeDirect(output, text);
    if (rest === undefined) return;
    direct = false;
    output.queued(rest);
  };
}

/** Writes what the descriptor takes now; returns what it did not take, if anything. */
function writeDirect(output: TextOutput, text: string): string | Uint8Array | undefined {
  let written: number;
  try {
    written = output.direct(text);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException | undefined)?.code === 'EAGAIN') return text;
    throw cause;
  }
  if (written >= Buffer.byteLength(text)) return undefined;
  return Buffer.from(text).subarray(written);
}
