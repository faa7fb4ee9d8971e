/**
 * A cache that never grows past `max` entries — the one shape for every memo InScope keeps (names
 * resolved, bookings read, date arithmetic, practitioners read from rules, a page's answers). When
 * full, the oldest entry goes. With `ttlMs`, an entry is also forgotten once it is that old (the
 * caller passes the time, so tests and benchmarks control it). `max` 0 keeps nothing.
 */
export class BoundedCache<K, V> {
  private readonly values = new Map<K, V>();
  private readonly times?: Map<K, number>;

  constructor(readonly max: number, private readonly ttlMs?: number) {
    if (ttlMs !== undefined) this.times = new Map();
  }

  get size(): number {
    return this.values.size;
  }

  get(key: K, now = 0): V | undefined {
    const value = this.values.get(key);
    if (value === undefined || !this.times) return value;
    if (now - (this.times.get(key) ?? 0) < this.ttlMs!) return value;
    this.delete(key);
    return undefined;
  }

  set(key: K, value: V, now = 0): void {
    if (this.max <= 0) return;
    if (!this.values.has(key) && this.values.size >= this.max) this.delete(this.values.keys().next().value as K);
    this.values.set(key, value);
    this.times?.set(key, now);
  }

  delete(key: K): void {
    this.values.delete(key);
    this.times?.delete(key);
  }

  clear(): void {
    this.values.clear();
    this.times?.clear();
  }
}
