/**
 * A small least-recently-used memo. Plans are pure functions of (case version, meeting, ticks, now), so a key
 * built from those can never return a plan for data that has changed; the bound only limits memory. With `weigh`,
 * entries are also dropped (oldest first) while their total weight is over `maxWeight` (bytes of cached answers).
 */
export class LruCache<V> {
  readonly #entries = new Map<string, V>();
  #weight = 0;

  constructor(
    readonly capacity: number,
    readonly weigh: (value: V) => number = () => 0,
    readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // Re-insert so that Map order (oldest first) tracks use.
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    if (this.weigh(value) > this.maxWeight) return;
    this.#entries.set(key, value);
    this.#weight += this.weigh(value);
    while (this.#entries.size > this.capacity || this.#weight > this.maxWeight) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  delete(key: string): void {
    const value = this.#entries.get(key);
    if (value === undefined) return;
    this.#weight -= this.weigh(value);
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  get weight(): number {
    return this.#weight;
  }
}

/** One cache per database: tests and the CLI open several, and one database's rows must never answer another's. */
export function cachePerDatabase<K extends object, V>(make: () => V): (db: K) => V {
  const caches = new WeakMap<K, V>();
  return (db) => {
    let cache = caches.get(db);
    if (cache === undefined) {
      cache = make();
      caches.set(db, cache);
    }
    return cache;
  };
}
