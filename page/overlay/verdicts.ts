/**
 * The answers a page got lately, by question: rows a virtualised grid shows again, and names the
 * page repeats, are answered at once (before the page lays out) instead of asking the source.
 * Bounded in size and age — a roster sync or a new day is seen within `ttlMs`, and `clear()` when
 * the roster in force changes.
 */
import { BoundedCache } from '../../lib/bounded-cache';

/** How long a page reuses an answer. */
export const VERDICT_MEMO_MS = 10 * 60_000;
/** The most a source is asked in one message (the protocol's own limit). */
export const BATCH = 5000;

export class VerdictCache<V> {
  private readonly memo: BoundedCache<string, V>;

  constructor(max = 20_000, ttlMs = VERDICT_MEMO_MS) {
    this.memo = new BoundedCache(max, ttlMs);
  }

  /**
   * The answer to each question, in order: remembered ones as they are, the rest from `ask`
   * (in batches of at most `BATCH`, each distinct key asked once).
   */
  async answer<Q>(questions: Q[], keyOf: (q: Q) => string, ask: (batch: Q[]) => Promise<V[]>, now: number): Promise<V[]> {
    const keys = questions.map(keyOf);
    const out = keys.map((k) => this.memo.get(k, now));
    const missing = new Map<string, Q>();
    keys.forEach((k, i) => {
      if (out[i] === undefined && !missing.has(k)) missing.set(k, questions[i]);
    });
    if (missing.size) {
      const asked = [...missing.values()];
      const askedKeys = [...missing.keys()];
      const got: V[] = [];
      for (let i = 0; i < asked.length; i += BATCH) got.push(...(await ask(asked.slice(i, i + BATCH))));
      const byKey = new Map<string, V>();
      askedKeys.forEach((k, i) => {
        byKey.set(k, got[i]);
        this.memo.set(k, got[i], now);
      });
      keys.forEach((k, i) => {
        if (out[i] === undefined) out[i] = byKey.get(k);
      });
    }
    return out as V[];
  }

  clear(): void {
    this.memo.clear();
  }
}
