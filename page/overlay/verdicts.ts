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
  /** Questions asked and not answered yet: asked again, they wait for the same answer. */
  private readonly asking = new Map<string, Promise<V>>();
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
  answer<Q>(questions: Q[], keyOf: (q: Q) => string, ask: (batch: Q[]) => Promise<V[]>, now: number): Promise<V[]> {
    const keys = questions.map(keyOf);
    const out: Array<V | Promise<V> | undefined> = keys.map((k) => this.memo.get(k, now) ?? this.asking.get(k));
    const missing = new Map<string, Q>();
    keys.forEach((k, i) => {
      if (out[i] === undefined && !missing.has(k)) missing.set(k, questions[i]);
    });
    const asked = [...missing.values()];
    const askedKeys = [...missing.keys()];
    const generation = this.generation;
    for (let i = 0; i < asked.length; i += BATCH) {
      const batch = ask(asked.slice(i, i + BATCH));
      askedKeys.slice(i, i + BATCH).forEach((k, j) => {
        const one = batch.then((got) => got[j]);
        this.asking.set(k, one);
        const settle = () => {
          if (this.asking.get(k) === one) this.asking.delete(k);
        };
        one.then((v) => {
          settle();
          if (generation === this.generation) this.memo.set(k, v, now);
        }, settle);
      });
    }
    return Promise.all(keys.map((k, i): Promise<V> => (out[i] === undefined ? this.asking.get(k)! : Promise.resolve(out[i]))));
  }

  clear(): void {
    this.memo.clear();
    this.asking.clear();
    this.generation += 1;
  }
}
