// The log: one JSON line per event, written in batches by the Node server. A line must read
// exactly as `JSON.stringify({ time, event, ...fields })` would, batching must keep every line
// whole and in order, and nothing logged may be lost when the process ends.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEventLog, lineShape, type LogFields } from '../../src/responder/log.js';
import { createBufferedSink, FLUSH_AT_BYTES } from '../../src/responder/platforms/buffered-log.js';
import { projectRoot } from './support/built.js';
import { tempDir } from './support/responders.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function linesOf(fields: LogFields, name = 'update_check'): { line: string; expected: string } {
  const lines: string[] = [];
  createEventLog((line) => lines.push(line)).event(name, fields);
  const line = lines[0]!;
  const { time } = JSON.parse(line) as { time: string };
  return { line, expected: JSON.stringify({ time, event: name, ...fields }) };
}

describe('log lines', () => {
  it.each<[string, LogFields]>([
    ['an update check', { app_id: 'com.example.app', platform: 'android', to: undefined, n: 3 }],
    ['no fields', {}],
    ['escapes', { q: 'a"b\\c\n\u2028', lone: '\ud800x', emoji: '😀', ctl: '\u0001' }],
    ['numbers and booleans', { zero: 0, neg: -1.5, nan: Number.NaN, yes: true, no: false }],
    ['a field named like the leading ones', { event: 'other', time: 'then', a: 'b' }],
    ['an odd key', { 'we"ird': 'x', '': 'empty key' }],
  ])('read as JSON.stringify would write them: %s', (_name, fields) => {
    const { line, expected } = linesOf(fields);
    expect(line).toBe(expected);
  });

  it.each<[string, LogFields]>([
    ['every field set', { app_id: 'com.example.app', platform: 'ios', to: '1.2.3', n: 3 }],
    ['some fields undefined', { app_id: 'a', platform: undefined, to: undefined, n: 0 }],
    ['escapes', { app_id: 'a"b\\c\n\u2028', platform: '\ud800x', to: '😀', n: true }],
  ])('writes a shaped line exactly as the same fields through event(): %s', (_name, fields) => {
    const shaped: string[] = [];
    const shape = lineShape('update_check', Object.keys(fields));
    createEventLog((line) => shaped.push(line)).line(shape, Object.values(fields));
    const { time } = JSON.parse(shaped[0]!) as { time: string };
    expect(shaped[0]).toBe(JSON.stringify({ time, event: 'update_check', ...fields }));
  });

  it('refuses a shaped line with a field named like a leading one', () => {
    expect(() => lineShape('update_check', ['a', 'time'])).toThrow(/field named time/);
    expect(() => lineShape('update_check', ['event'])).toThrow(/field named event/);
  });

  it('writes warnings with their message first, as before', () => {
    const lines: string[] = [];
    createEventLog((line) => lines.push(line)).warn('Bundle "1.2.3" is broken', { source: 'f' });
    const parsed = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['time', 'event', 'message', 'source']);
    expect(parsed).toMatchObject({ event: 'warning', message: 'Bundle "1.2.3" is broken' });
  });

  it('stamps each line with the current time', () => {
    const before = Date.now();
    const { line } = linesOf({ a: 1 });
    const time = Date.parse((JSON.parse(line) as { time: string }).time);
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('never lets a failing sink break the caller', () => {
    const log = createEventLog(() => {
      throw new Error('disk full');
    });
    expect(() => log.event('update_check', { a: 1 })).not.toThrow();
    expect(() => log.line(lineShape('update_check', ['a']), [1])).not.toThrow();
  });
});

describe('the buffered sink', () => {
  /** A sink whose writes are decoded at once: the bytes it is given are reused after the call. */
  function recordingSink() {
    const writes: string[] = [];
    return { writes, ...createBufferedSink((bytes) => writes.push(Buffer.from(bytes).toString())) };
  }

  it('writes the lines of one turn in one call, in order, one per line', async () => {
    const { writes, sink } = recordingSink();
    for (let i = 0; i < 5; i++) sink(`{"n":${i}}`);
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['{"n":0}\n{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n']);
    sink('{"n":5}');
    await nextTurn();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe('{"n":5}\n');
  });

  it('writes at once when the pending lines grow large', () => {
    const { writes, sink } = recordingSink();
    const line = 'x'.repeat(1000);
    const count = Math.ceil(FLUSH_AT_BYTES / 1001);
    for (let i = 0; i < count; i++) sink(line);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.trimEnd().split('\n')).toHaveLength(count);
  });

  it('encodes every line as UTF-8, lone surrogates as U+FFFD', async () => {
    const { writes, sink } = recordingSink();
    const lines = ['{"q":"é"}', '{"e":"😀"}', '{"cjk":"漢字"}', '{"lone":"\ud800x"}'];
    for (const line of lines) sink(line);
    await nextTurn();
    expect(writes.join('')).toBe(lines.join('\n').replace('\ud800', '\ufffd') + '\n');
  });

  it('keeps every line whole and in order across many flushes, long lines included', async () => {
    const { writes, sink } = recordingSink();
    const expected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // Every hundredth line is longer than the whole buffer, and wide characters fill it faster.
      const pad = i % 100 === 0 ? 'y'.repeat(300_000) : '漢'.repeat(i % 700);
      const line = JSON.stringify({ n: i, pad });
      expected.push(line);
      sink(line);
      if (i % 500 === 0) await nextTurn();
    }
    await nextTurn();
    expect(writes.join('')).toBe(`${expected.join('\n')}\n`);
  });

  it('writes what is pending on flush, and nothing twice', async () => {
    const { writes, sink, flush } = recordingSink();
    sink('a');
    sink('b');
    flush();
    await nextTurn();
    flush();
    expect(writes).toEqual(['a\nb\n']);
  });

  it('keeps going when a write fails', async () => {
    let calls = 0;
    const { sink } = createBufferedSink(() => {
      calls++;
      throw new Error('EPIPE');
    });
    sink('a');
    await nextTurn();
    sink('b');
    await nextTurn();
    expect(calls).toBe(2);
  });

  it('gets every line out when the process exits right after logging', () => {
    const script = path.join(tempDir(), 'exit-now.mjs');
    const module = path.join(projectRoot, 'src/responder/platforms/buffered-log.ts');
    writeFileSync(
      script,
      `const { stdoutSink } = await import(${JSON.stringify(module)});
       const sink = stdoutSink();
       for (let i = 0; i < 3000; i++) sink(JSON.stringify({ n: i }));
       process.exit(0);`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    expect(lines.map((line) => (JSON.parse(line) as { n: number }).n)).toEqual(
      Array.from({ length: 3000 }, (_, i) => i),
    );
  });

  it('keeps every line, in order, through a pipe that fills up', () => {
    const script = path.join(tempDir(), 'fill-pipe.mjs');
    const module = path.join(projectRoot, 'src/responder/platforms/buffered-log.ts');
    // Touching process.stdout first makes Node open the pipe non-blocking, so direct writes
    // meet a full pipe and the rest must go through the stream.
    writeFileSync(
      script,
      `process.stdout.write('');
       const { stdoutSink } = await import(${JSON.stringify(module)});
       const sink = stdoutSink();
       for (let turn = 0; turn < 20; turn++) {
         for (let i = 0; i < 5000; i++) sink(JSON.stringify({ n: turn * 5000 + i, pad: 'x'.repeat(40) }));
         await new Promise((resolve) => setImmediate(resolve));
       }`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    const numbers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { n: number }).n);
    expect(numbers).toEqual(Array.from({ length: 100_000 }, (_, i) => i));
  });
});
