package dev.frameports.arrow;

import org.apache.arrow.memory.BufferAllocator;

/**
 * A stable merge sort of row indexes (bottom-up, insertion-sorted runs), O(n log n) whatever the
 * key distribution: the replacement for arrow-algorithm's sorters, which are quadratic on repeated
 * keys. The index and its scratch copy live in Arrow memory.
 */
final class ArrowIndexSort {
  /** Orders two row indexes; ties must return 0 so the sort stays stable. */
  @FunctionalInterface
  interface RowComparator {
    int compare(int a, int b);
  }

  private static final int RUN = 32;

  private ArrowIndexSort() {}

  /** The rows 0..n-1 in sorted order; the caller closes the result. */
  static ArrowStateArray sort(int n, RowComparator comparator, BufferAllocator allocator) {
    ArrowStateArray index = new ArrowStateArray(allocator, 4, n);
    try (ArrowStateArray scratch = new ArrowStateArray(allocator, 4, n)) {
      for (int i = 0; i < n; i++) {
        index.setInt(i, i);
      }
      for (int start = 0; start < n; start += RUN) {
        insertionSort(index, start, Math.min(n, start + RUN), comparator);
      }
      ArrowStateArray from = index;
      ArrowStateArray to = scratch;
      for (int width = RUN; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
          int mid = Math.min(n, lo + width);
          int hi = Math.min(n, lo + 2 * width);
          merge(from, to, lo, mid, hi, comparator);
        }
        ArrowStateArray swap = from;
        from = to;
        to = swap;
      }
      if (from != index) {
        for (int i = 0; i < n; i++) {
          index.setInt(i, from.getInt(i));
        }
      }
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static void insertionSort(
      ArrowStateArray index, int lo, int hi, RowComparator comparator) {
    for (int i = lo + 1; i < hi; i++) {
      int row = index.getInt(i);
      int j = i - 1;
      while (j >= lo && comparator.compare(index.getInt(j), row) > 0) {
        index.setInt(j + 1, index.getInt(j));
        j--;
      }
      index.setInt(j + 1, row);
    }
  }

  private static void merge(
      ArrowStateArray from, ArrowStateArray to, int lo, int mid, int hi, RowComparator c) {
    int i = lo;
    int j = mid;
    int k = lo;
    if (mid >= hi || c.compare(from.getInt(mid - 1), from.getInt(mid)) <= 0) {
      for (; k < hi; k++) {
        to.setInt(k, from.getInt(k));
      }
      return;
    }
    while (i < mid && j < hi) {
      int a = from.getInt(i);
      int b = from.getInt(j);
      if (c.compare(a, b) <= 0) {
        to.setInt(k++, a);
        i++;
      } else {
        to.setInt(k++, b);
        j++;
      }
    }
    while (i < mid) {
      to.setInt(k++, from.getInt(i++));
    }
    while (j < hi) {
      to.setInt(k++, from.getInt(j++));
    }
  }
}
