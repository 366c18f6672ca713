package dev.frameports.workloads.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-day running totals, one slot per day of the spec: filled by one file's generator, then
 * merged. Not thread-safe; each worker fills its own and the generator merges under its lock. Sums
 * are {@code Math.addExact}: an overflow fails loudly rather than giving a wrong oracle.
 */
final class DailyOracle {
  private final long[] transactions;
  private final long[] orderQty;
  private final long[] orderCents;

  DailyOracle(int days) {
    transactions = new long[days];
    orderQty = new long[days];
    orderCents = new long[days];
  }

  void add(int day, int qty, long cents) {
    transactions[day]++;
    orderQty[day] = Math.addExact(orderQty[day], qty);
    orderCents[day] = Math.addExact(orderCents[day], cents);
  }

  void addAll(DailyOracle other) {
    for (int day = 0; day < transactions.length; day++) {
      transactions[day] = Math.addExact(transactions[day], other.transactions[day]);
      orderQty[day] = Math.addExact(orderQty[day], other.orderQty[day]);
      orderCents[day] = Math.addExact(orderCents[day], other.orderCents[day]);
    }
  }

  /** The days that have at least one row, in date order (the job has no row for an empty day). */
  List<DailyExpectation> expectations(LocalDate startDate) {
    List<DailyExpectation> result = new ArrayList<>();
    for (int day = 0; day < transactions.length; day++) {
      if (transactions[day] > 0) {
        result.add(
            new DailyExpectation(
                startDate.plusDays(day), transactions[day], orderQty[day], orderCents[day]));
      }
    }
    return result;
  }
}
