// Body time limits of the Node server, kept by one sweeping timer: a late body is refused no
// sooner than its limit and not much later, a body that arrived is never refused, and an idle
// server keeps no timer running.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createDeadlines } from '../../src/responder/platforms/deadlines.js';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('body deadlines', () => {
  it('expire no sooner than the limit and within two ticks after it', () => {
    // The shortest limit is 80 ms, so the timer ticks every 20 ms.
    const deadlines = createDeadlines(80);
    jest.advanceTimersByTime(7);
    let expiredAt: number | undefined;
    const start = Date.now();
    deadlines.add(80, () => (expiredAt = Date.now() - start));
    jest.advanceTimersByTime(79);
    expect(expiredAt).toBeUndefined();
    jest.advanceTimersByTime(2 * 20 + 1);
    expect(expiredAt).toBeGreaterThanOrEqual(80);
    expect(expiredAt).toBeLessThanOrEqual(80 + 2 * 20);
  });

  it('never expire a body that arrived in time', () => {
    const deadlines = createDeadlines(40);
    let expired = 0;
    const waiting = [1, 2, 3].map(() => deadlines.add(40, () => expired++));
    deadlines.remove(waiting[1]!);
    deadlines.remove(waiting[1]!);
    jest.advanceTimersByTime(200);
    expect(expired).toBe(2);
  });

  it('keep each limit when limits differ', () => {
    const deadlines = createDeadlines(40);
    const order: string[] = [];
    deadlines.add(160, () => order.push('long'));
    deadlines.add(40, () => order.push('short'));
    jest.advanceTimersByTime(100);
    expect(order).toEqual(['short']);
    jest.advanceTimersByTime(100);
    expect(order).toEqual(['short', 'long']);
  });

  it('run one timer for many bodies, and none once nothing waits', () => {
    const deadlines = createDeadlines(40);
    expect(jest.getTimerCount()).toBe(0);
    const waiting = Array.from({ length: 50 }, () => deadlines.add(40, () => {}));
    expect(jest.getTimerCount()).toBe(1);
    for (const entry of waiting) deadlines.remove(entry);
    jest.advanceTimersByTime(10);
    expect(jest.getTimerCount()).toBe(0);
    deadlines.add(40, () => {});
    expect(jest.getTimerCount()).toBe(1);
  });

  it('tick at most once a second, however long the limits', () => {
    const deadlines = createDeadlines(60_000);
    let expiredAt: number | undefined;
    const start = Date.now();
    deadlines.add(60_000, () => (expiredAt = Date.now() - start));
    jest.advanceTimersByTime(62_000);
    expect(expiredAt).toBeGreaterThanOrEqual(60_000);
    expect(expiredAt).toBeLessThanOrEqual(62_000);
  });
});
