import { describe, expect, it } from 'vitest';
import { cachePerDatabase, LruCache } from './lru-cache.js';

describe('LruCache', () => {
  it('drops the least recently used entry when full', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });
});

describe('LruCache by weight', () => {
  it('drops the oldest entries while the total weight is over the bound, and never keeps one heavier than it', () => {
    const cache = new LruCache<string>(100, (v) => v.length, 10);
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    expect(cache.weight).toBe(8);
    cache.set('c', 'ccc');
    expect(cache.get('a')).toBeUndefined();
    expect([cache.get('b'), cache.get('c')]).toEqual(['bbbb', 'ccc']);
    expect(cache.weight).toBe(7);
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.weight).toBe(7);
    cache.set('b', 'b');
    cache.delete('c');
    expect(cache.weight).toBe(1);
    expect(cache.size).toBe(1);
  });
});

describe('cachePerDatabase', () => {
  it('gives each database its own cache', () => {
    const cacheOf = cachePerDatabase<object, LruCache<number>>(() => new LruCache<number>(10));
    const one = {};
    const two = {};
    cacheOf(one).set('k', 1);
    expect(cacheOf(one).get('k')).toBe(1);
    expect(cacheOf(two).get('k')).toBeUndefined();
  });
});
