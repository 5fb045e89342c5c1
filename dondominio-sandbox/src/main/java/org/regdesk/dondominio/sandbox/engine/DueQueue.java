package org.regdesk.dondominio.sandbox.engine;

import java.util.Arrays;

/**
 * Due transitions as a binary min-heap of primitive keys {@code (epochMinute << 32) | domainId}: 8
 * bytes per entry, so a hundred thousand scheduled domains cost under a megabyte. Rescheduling adds
 * a new key; the stale one is skipped when it surfaces because it no longer matches the domain's
 * {@link Domain#dueMinute}.
 */
final class DueQueue {
  private long[] heap = new long[64];
  private int size;

  static long key(long minute, int domainId) {
    return (minute << 32) | (domainId & 0xffffffffL);
  }

  static long minuteOf(long key) {
    return key >>> 32;
  }

  static int domainIdOf(long key) {
    return (int) key;
  }

  void add(long minute, int domainId) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    long key = key(minute, domainId);
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= key) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = key;
  }

  /** The earliest due minute, or {@link Long#MAX_VALUE} when nothing is scheduled. */
  long peekMinute() {
    return size == 0 ? Long.MAX_VALUE : minuteOf(heap[0]);
  }

  long poll() {
    long top = heap[0];
    long last = heap[--size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (last <= heap[child]) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    if (size > 0) {
      heap[i] = last;
    }
    return top;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }
}
