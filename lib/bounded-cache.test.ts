import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('a bounded cache', () => {
  it('keeps at most its size, forgetting the oldest first', () => {
    const c = new BoundedCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c'), c.size]).toEqual([undefined, 2, 3, 2]);
  });

  it('forgets an answer once it is older than its time to live', () => {
    const c = new BoundedCache<string, string>(10, 1000);
    c.set('x', 'ok', 5000);
    expect(c.get('x', 5999)).toBe('ok');
    expect(c.get('x', 6000)).toBeUndefined();
  });

  it('keeps nothing with size 0', () => {
    const c = new BoundedCache<string, number>(0);
    c.set('a', 1);
    expect(c.get('a')).toBeUndefined();
  });
});

describe('a bounded cache that has forgotten and deleted many entries', () => {
  it('still forgets the oldest entry first, not one set again or deleted earlier', () => {
    const c = new BoundedCache<string, number>(3);
    for (let i = 0; i < 1000; i++) c.set(`k${i}`, i);
    c.set('a', 1);
    c.set('b', 2);
    c.delete('a');
    c.set('a', 3); // a arrives again, after b
    c.set('c', 4); // full: k999 is the oldest
    c.set('d', 5); // then b
    expect([c.get('k999'), c.get('b'), c.get('a'), c.get('c'), c.get('d'), c.size]).toEqual([undefined, undefined, 3, 4, 5, 3]);
  });

  it('forgets the oldest entry still kept after thousands expired and were deleted', () => {
    const c = new BoundedCache<number, number>(4, 10);
    for (let i = 0; i < 10_000; i++) {
      c.set(i, i, i * 20);
      expect(c.get(i - 1, i * 20)).toBeUndefined(); // expired, and deleted
    }
    for (let i = 0; i < 6; i++) c.set(-i - 1, i, 200_000);
    expect([c.size, c.get(-1, 200_000), c.get(-2, 200_000), c.get(-3, 200_000), c.get(-6, 200_000)]).toEqual([4, undefined, undefined, 2, 5]);
  });
});
