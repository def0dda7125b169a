// Log text goes straight to the descriptor until the descriptor refuses some of it; from then on
// everything goes through the queuing stream, so no text is lost and the order holds.
import { describe, expect, it } from '@jest/globals';
import {
  createStdoutWriter,
  type TextOutput,
} from '../../src/responder/platforms/stdout-writer.js';

/** An output that takes `capacity` bytes directly, then refuses as a full pipe does. */
function fakeOutput(capacity: number) {
  const direct: Buffer[] = [];
  const queued: Buffer[] = [];
  let left = capacity;
  const output: TextOutput = {
    direct(text) {
      if (left === 0) {
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), {
          code: 'EAGAIN',
        });
      }
      const bytes = Buffer.from(text);
      const taken = Math.min(left, bytes.length);
      left -= taken;
      direct.push(bytes.subarray(0, taken));
      return taken;
    },
    queued(text) {
      queued.push(Buffer.from(text));
    },
  };
  const text = (parts: Buffer[]) => parts.map((part) => part.toString());
  return {
    output,
    direct: () => text(direct),
    queued: () => text(queued),
    all: () => Buffer.concat([...direct, ...queued]).toString(),
  };
}

describe('the stdout writer', () => {
  it('writes directly while the descriptor takes everything', () => {
    const fake = fakeOutput(1000);
    const write = createStdoutWriter(fake.output);
    write('a\n');
    write('b\n');
    expect(fake.direct()).toEqual(['a\n', 'b\n']);
    expect(fake.queued()).toEqual([]);
  });

  it('queues the rest of a partial write, and every later write', () => {
    const fake = fakeOutput(5);
    const write = createStdoutWriter(fake.output);
    write('line1\nline2\n');
    write('line3\n');
    expect(fake.direct()).toEqual(['line1']);
    expect(fake.queued()).toEqual(['\nline2\n', 'line3\n']);
    expect(fake.all()).toBe('line1\nline2\nline3\n');
  });

  it('queues the whole text when the descriptor refuses it at once', () => {
    const fake = fakeOutput(0);
    const write = createStdoutWriter(fake.output);
    write('é😀\n');
    write('next\n');
    expect(fake.queued()).toEqual(['é😀\n', 'next\n']);
  });

  it('splits a partial write by bytes, not characters', () => {
    const fake = fakeOutput(3);
    const write = createStdoutWriter(fake.output);
    write('éé\n');
    write('ü\n');
    // 'é' is two bytes: three bytes taken leave half of the second one for the stream.
    expect(fake.all()).toBe('éé\nü\n');
  });

  it('throws errors other than a full pipe to its caller', () => {
    const write = createStdoutWriter({
      direct: () => {
        throw Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' });
      },
      queued: () => {
        throw new Error('must not be called');
      },
    });
    expect(() => write('x\n')).toThrow(/EPIPE/);
  });
});
