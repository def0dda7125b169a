// `serve` holds the responder's log lines until it has said where it listens.
import { describe, expect, it } from '@jest/globals';
import { holdLog } from '../../src/cli/held-log.js';

describe('holdLog', () => {
  it('writes nothing until released, then the held lines in order and later ones at once', () => {
    const written: string[] = [];
    const log = holdLog((line) => written.push(line));
    log.sink('a');
    log.sink('b');
    expect(written).toEqual([]);
    log.release();
    expect(written).toEqual(['a', 'b']);
    log.sink('c');
    expect(written).toEqual(['a', 'b', 'c']);
    log.release();
    expect(written).toEqual(['a', 'b', 'c']);
  });
});
