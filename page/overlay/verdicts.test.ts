import { describe, expect, it } from 'vitest';
import { BATCH, VERDICT_MEMO_MS, VerdictCache } from './verdicts';

describe('the page\'s verdict cache', () => {
  it('asks the source only what it has not answered lately, each question once', async () => {
    const cache = new VerdictCache<string>();
    const asked: string[][] = [];
    const ask = async (b: string[]) => {
      asked.push(b);
      return b.map((q) => `v:${q}`);
    };
    expect(await cache.answer(['a', 'b', 'a'], (q) => q, ask, 0)).toEqual(['v:a', 'v:b', 'v:a']);
    expect(await cache.answer(['b', 'c'], (q) => q, ask, 1000)).toEqual(['v:b', 'v:c']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('forgets an answer once it is older than its age limit, and all of them on clear()', async () => {
    const cache = new VerdictCache<number>();
    let n = 0;
    const ask = async (b: string[]) => b.map(() => ++n);
    await cache.answer(['a'], (q) => q, ask, 0);
    expect(await cache.answer(['a'], (q) => q, ask, VERDICT_MEMO_MS - 1)).toEqual([1]);
    expect(await cache.answer(['a'], (q) => q, ask, VERDICT_MEMO_MS + 1)).toEqual([2]);
    cache.clear();
    expect(await cache.answer(['a'], (q) => q, ask, VERDICT_MEMO_MS + 2)).toEqual([3]);
  });

  it('asks in batches the protocol accepts', async () => {
    const cache = new VerdictCache<number>(20_000);
    const sizes: number[] = [];
    const qs = Array.from({ length: BATCH * 2 + 7 }, (_, i) => `q${i}`);
    const out = await cache.answer(qs, (q) => q, async (b) => {
      sizes.push(b.length);
      return b.map((q) => Number(q.slice(1)));
    }, 0);
    expect(sizes).toEqual([BATCH, BATCH, 7]);
    expect(out[BATCH + 3]).toBe(BATCH + 3);
  });

  it('asks a question once while its answer is on its way: a page asking about its rows in parts never asks twice', async () => {
    const cache = new VerdictCache<string>();
    const asked: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ask = async (b: string[]) => {
      asked.push(b);
      await gate;
      return b.map((q) => `v:${q}`);
    };
    const first = cache.answer(['a', 'b'], (q) => q, ask, 0);
    const second = cache.answer(['b', 'c'], (q) => q, ask, 0);
    release();
    expect(await first).toEqual(['v:a', 'v:b']);
    expect(await second).toEqual(['v:b', 'v:c']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
    expect(await cache.answer(['a', 'c'], (q) => q, ask, 1)).toEqual(['v:a', 'v:c']);
    expect(asked).toHaveLength(2);
  });

  it('does not remember an answer to a question asked before the roster changed (clear)', async () => {
    const cache = new VerdictCache<number>();
    let n = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async (b: string[]) => {
      await gate;
      return b.map(() => ++n);
    };
    const old = cache.answer(['a'], (q) => q, slow, 0);
    cache.clear();
    release();
    expect(await old).toEqual([1]);
    expect(await cache.answer(['a'], (q) => q, async (b) => b.map(() => ++n), 1)).toEqual([2]);
  });
});
