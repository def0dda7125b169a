// Log bytes go straight to the descriptor until the descriptor refuses some of them; from then on
// everything goes through the queuing stream, so nothing is lost and the order holds.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { createStdoutWriter, type LogOutput } from '../../src/responder/platforms/stdout-writer.js';
import { projectRoot } from './support/built.js';
import { tempDir } from './support/responders.js';

/** An output that takes `capacity` bytes directly, then refuses as a full pipe does. */
function fakeOutput(capacity: number) {
  const direct: Buffer[] = [];
  const queued: Buffer[] = [];
  let left = capacity;
  const output: LogOutput = {
    direct(sent) {
      if (left === 0) {
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), {
          code: 'EAGAIN',
        });
      }
      const taken = Math.min(left, sent.length);
      left -= taken;
      direct.push(Buffer.from(sent.subarray(0, taken)));
      return taken;
    },
    queued(sent) {
      // Kept as given: the writer must hand over bytes it will not reuse.
      queued.push(sent as Buffer);
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

const utf8 = (text: string) => Buffer.from(text);

describe('the stdout writer', () => {
  it('writes directly while the descriptor takes everything', () => {
    const fake = fakeOutput(1000);
    const write = createStdoutWriter(fake.output, true);
    write(utf8('a\n'));
    write(utf8('b\n'));
    expect(fake.direct()).toEqual(['a\n', 'b\n']);
    expect(fake.queued()).toEqual([]);
  });

  it('queues the rest of a partial write, and every later write', () => {
    const fake = fakeOutput(5);
    const write = createStdoutWriter(fake.output, true);
    write(utf8('line1\nline2\n'));
    write(utf8('line3\n'));
    expect(fake.direct()).toEqual(['line1']);
    expect(fake.queued()).toEqual(['\nline2\n', 'line3\n']);
    expect(fake.all()).toBe('line1\nline2\nline3\n');
  });

  it('queues the whole text when the descriptor refuses it at once', () => {
    const fake = fakeOutput(0);
    const write = createStdoutWriter(fake.output, true);
    write(utf8('é😀\n'));
    write(utf8('next\n'));
    expect(fake.queued()).toEqual(['é😀\n', 'next\n']);
  });

  it('splits a partial write by bytes, not characters', () => {
    const fake = fakeOutput(3);
    const write = createStdoutWriter(fake.output, true);
    write(utf8('éé\n'));
    write(utf8('ü\n'));
    // 'é' is two bytes: three bytes taken leave half of the second one for the stream.
    expect(fake.all()).toBe('éé\nü\n');
  });

  it('queues copies, so the caller may reuse its buffer at once', () => {
    const fake = fakeOutput(2);
    const write = createStdoutWriter(fake.output, true);
    const reused = Buffer.from('ab\ncd\n');
    write(reused);
    reused.write('XXXXXX');
    write(Buffer.from('ef\n'));
    expect(fake.all()).toBe('ab\ncd\nef\n');
  });

  it('queues everything, as copies, where stdout is a pipe or a socket', () => {
    const fake = fakeOutput(1000);
    const write = createStdoutWriter(fake.output, false);
    const reused = utf8('a\n');
    write(reused);
    reused.write('X');
    expect(fake.direct()).toEqual([]);
    expect(fake.queued()).toEqual(['a\n']);
  });

  it('throws errors other than a full pipe to its caller', () => {
    const write = createStdoutWriter(
      {
        direct: () => {
          throw Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' });
        },
        queued: () => {
          throw new Error('must not be called');
        },
      },
      true,
    );
    expect(() => write(utf8('x\n'))).toThrow(/EPIPE/);
  });
});

describe('where stdout goes', () => {
  it('writes directly to a file and queues for a pipe', () => {
    const module = path.join(projectRoot, 'src/responder/platforms/stdout-writer.ts');
    const script = `const { stdoutTakesDirectWrites } = await import(${JSON.stringify(module)});
      process.stderr.write(String(stdoutTakesDirectWrites()));`;
    const file = path.join(tempDir(), 'out.txt');
    const run = (stdout: 'pipe' | number) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: projectRoot,
        stdio: ['ignore', stdout, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      }).stderr;
    const fd = openSync(file, 'w');
    try {
      expect(run(fd)).toBe('true');
    } finally {
      closeSync(fd);
    }
    expect(run('pipe')).toBe('false');
  });
});
