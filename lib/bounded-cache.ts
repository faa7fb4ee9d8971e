/**
 * A cache that never grows past `max` entries — the one shape for every memo InScope keeps (names
 * resolved, bookings read, date arithmetic, practitioners read from rules, a page's answers). When
 * full, the oldest entry goes. With `ttlMs`, an entry is also forgotten once it is that old (the
 * caller passes the time, so tests and benchmarks control it). `max` 0 keeps nothing.
 *
 * The order of arrival is kept in a queue beside the Map, not read from it: asking a Map that has
 * had many entries deleted for its first key walks past every deleted one (V8 keeps them until it
 * rehashes), which made each insertion into a full 20,000-entry cache cost ~11 µs.
 */
interface Entry<V> {
  value: V;
  /** When it arrived, counting arrivals: its place in the queue. */
  seq: number;
  time: number;
}

export class BoundedCache<K, V> {
  private readonly values = new Map<K, Entry<V>>();
  /** Keys in order of arrival from `queue[first]`; a key deleted or set again later is passed over. */
  private queue: K[] = [];
  private first = 0;
  /** Arrivals counted before `queue[0]`. */
  private base = 0;

  constructor(readonly max: number, private readonly ttlMs?: number) {}

  get size(): number {
    return this.values.size;
  }

  get(key: K, now = 0): V | undefined {
    const entry = this.values.get(key);
    if (entry === undefined) return undefined;
    if (this.ttlMs === undefined || now - entry.time < this.ttlMs) return entry.value;
    this.delete(key);
    return undefined;
  }

  set(key: K, value: V, now = 0): void {
    if (this.max <= 0) return;
    const entry = this.values.get(key);
    if (entry) {
      entry.value = value;
      entry.time = now;
      return;
    }
    if (this.values.size >= this.max) this.forgetOldest();
    this.values.set(key, { value, seq: this.base + this.queue.length, time: now });
    this.queue.push(key);
    // Deleted keys stay in the queue until passed over: a cache that deletes as much as it keeps
    // would grow it without end, so it is rebuilt from the live keys when twice the cache's size.
    if (this.queue.length - this.first > 2 * this.max) this.rebuild();
  }

  delete(key: K): void {
    this.values.delete(key);
  }

  clear(): void {
    this.values.clear();
    this.queue = [];
    this.first = 0;
    this.base = 0;
  }

  private rebuild(): void {
    const live: K[] = [];
    for (let i = this.first; i < this.queue.length; i++) {
      const key = this.queue[i];
      const entry = this.values.get(key);
      if (entry?.seq === this.base + i) {
        entry.seq = live.length;
        live.push(key);
      }
    }
    this.queue = live;
    this.first = 0;
    this.base = 0;
  }

  private forgetOldest(): void {
    const q = this.queue;
    while (this.first < q.length) {
      const key = q[this.first];
      const seq = this.base + this.first++;
      if (this.values.get(key)?.seq === seq) {
        this.values.delete(key);
        break;
      }
    }
    // The passed-over front of the queue is dropped once it is as long as the cache.
    if (this.first >= this.max) {
      this.queue = q.slice(this.first);
      this.base += this.first;
      this.first = 0;
    }
  }
}
