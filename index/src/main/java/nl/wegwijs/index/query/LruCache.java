package nl.wegwijs.index.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small bounded least-recently-used map, safe for concurrent searches. A value is computed
 * outside the lock, so two searches for the same new text may both compute it; the cost of that
 * rare duplicate is lower than making every search wait for another one's analysis.
 */
public final class LruCache<K, V> {
  private final int capacity;
  private final LinkedHashMap<K, V> map;

  /** A capacity of 0 or less caches nothing (every get computes). */
  public LruCache(int capacity) {
    this.capacity = capacity;
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > LruCache.this.capacity;
      }
    };
  }

  public V get(K key, Function<K, V> compute) {
    if (capacity <= 0) {
      return compute.apply(key);
    }
    synchronized (map) {
      V hit = map.get(key);
      if (hit != null) {
        return hit;
      }
    }
    V value = compute.apply(key);
    synchronized (map) {
      map.put(key, value);
    }
    return value;
  }

  /** Forgets everything (e.g. when what the values were computed from changed). */
  public void clear() {
    synchronized (map) {
      map.clear();
    }
  }

  public int size() {
    synchronized (map) {
      return map.size();
    }
  }
}
