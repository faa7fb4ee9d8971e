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
  /** Questions asked and not answered yet (their batch, and where in it): asked again, they wait for the same answer. */
  private readonly asking = new Map<string, { batch: Promise<V[]>; at: number }>();
  /** Bumped by `clear()`: answers to questions asked before it are not remembered. */
  private generation = 0;

  constructor(max = 20_000, ttlMs = VERDICT_MEMO_MS) {
    this.memo = new BoundedCache(max, ttlMs);
  }

  /**
   * The answer to each question, in order: remembered ones as they are, the rest from `ask`
   * (in batches of at most `BATCH`, each distinct key asked once — also across calls while an
   * answer is on its way, so a page may ask about its rows in parts as it reads them).
   */
  async answer<Q>(questions: Q[], keyOf: (q: Q) => string, ask: (batch: Q[]) => Promise<V[]>, now: number): Promise<V[]> {
    const keys = questions.map(keyOf);
    const known = keys.map((k) => this.memo.get(k, now));
    const missing = new Map<string, Q>();
    keys.forEach((k, i) => {
      if (known[i] === undefined && !this.asking.has(k) && !missing.has(k)) missing.set(k, questions[i]);
    });
    const asked = [...missing.values()];
    const askedKeys = [...missing.keys()];
    const generation = this.generation;
    for (let i = 0; i < asked.length; i += BATCH) {
      const batchKeys = askedKeys.slice(i, i + BATCH);
      const settle = (got?: V[]) => batchKeys.forEach((k, j) => {
        if (this.asking.get(k)?.batch === batch) this.asking.delete(k);
        if (got && generation === this.generation) this.memo.set(k, got[j], now);
      });
      const batch: Promise<V[]> = ask(asked.slice(i, i + BATCH)).then((got) => {
        settle(got);
        return got;
      }, (e: unknown) => {
        settle();
        throw e;
      });
      batchKeys.forEach((k, at) => this.asking.set(k, { batch, at }));
    }
    // Where each unanswered question's answer will come from, taken now: a later call may ask again.
    const waiting = keys.map((k, i) => (known[i] === undefined ? this.asking.get(k) : undefined));
    const batches = [...new Set(waiting.flatMap((w) => (w ? [w.batch] : [])))];
    const got = new Map(batches.map((b, n) => [b, n]));
    const answers = await Promise.all(batches);
    return keys.map((_, i) => known[i] ?? answers[got.get(waiting[i]!.batch)!][waiting[i]!.at]);
  }

  clear(): void {
    this.memo.clear();
    this.asking.clear();
    this.generation += 1;
  }
}
