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
