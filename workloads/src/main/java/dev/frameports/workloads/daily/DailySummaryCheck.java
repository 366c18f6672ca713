package dev.frameports.workloads.daily;

import dev.frameports.frame.Frame;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a daily summary with the generator's oracle. Empty list: the output is right.
 *
 * <p>What is checked: the set of dates equals the oracle's (no day missing, extra or twice); per
 * day, {@code transaction_count} and {@code customer_count} equal each other and the oracle's row
 * count exactly; {@code total_order_qty} equals the exact sum; {@code Math.round(total_order_amount
 * * 100)} equals the exact sum of cents; the rows are ordered by amount descending, then date.
 *
 * <p><b>Why a double sum can be checked exactly.</b> Each {@code order_amount} is {@code cents /
 * 100.0}, within half an ulp of the decimal: below 1024, at most 2<sup>-44</sup>. Summing n
 * non-negative values whose total is below 2<sup>k</sup> takes n-1 additions in any order (serial,
 * per thread then merged, pairwise), each rounding by at most half an ulp of a partial sum, at most
 * 2<sup>k-54</sup>. So the error is at most B = (n-1)·2<sup>k-54</sup> + n·2<sup>-44</sup> dollars,
 * and rounding to cents is exact while B is below half a cent. At {@code bench} (100M rows, 365
 * days) a day has n ≈ 274,000 rows summing to about 1.37·10<sup>8</sup> &lt; 2<sup>28</sup>: B ≈
 * 274,000 · 2<sup>-26</sup> ≈ 0.0041 &lt; 0.005, exact. At {@code small} B ≈ 27,400 ·
 * 2<sup>-30</sup> ≈ 0.00003. At upstream's terabyte (about 68M rows a day) B would be dollars, so
 * for a day whose bound reaches half a cent the check accepts {@code |amount·100 - cents| ≤ 100·B}
 * instead: that is the most a correct engine can promise.
 */
public final class DailySummaryCheck {
  private DailySummaryCheck() {}

  /**
   * Differences between the job's CSV and the oracle.
   *
   * @throws dev.frameports.frame.SourceException when the file cannot be read or is not a summary
   *     CSV (wrong header or values), naming the file and line
   */
  public static List<String> differences(Path outputCsv, TransactionManifest manifest) {
    return differences(SummaryRow.readCsv(outputCsv), manifest);
  }

  /** Differences between a collected summary (the job's column names) and the oracle. */
  public static List<String> differences(Frame summary, TransactionManifest manifest) {
    return differences(SummaryRow.of(summary), manifest);
  }

  /** Differences between summary rows, in output order, and the oracle. */
  public static List<String> differences(List<SummaryRow> rows, TransactionManifest manifest) {
    List<String> problems = new ArrayList<>();
    Map<LocalDate, SummaryRow> byDate = new LinkedHashMap<>();
    for (SummaryRow row : rows) {
      if (byDate.put(row.date(), row) != null) {
        problems.add(row.date() + ": appears more than once");
      }
    }
    for (DailyExpectation expected : manifest.days()) {
      SummaryRow row = byDate.remove(expected.date());
      if (row == null) {
        problems.add(expected.date() + ": missing (expected " + expected.transactions() + " rows)");
      } else {
        compare(row, expected, problems);
      }
    }
    for (LocalDate extra : byDate.keySet()) {
      problems.add(extra + ": not in the oracle (no generated row has this date)");
    }
    checkOrder(rows, problems);
    return problems;
  }

  private static void compare(SummaryRow row, DailyExpectation expected, List<String> problems) {
    LocalDate date = row.date();
    if (row.transactionCount() != expected.transactions()) {
      problems.add(
          date
              + ": transaction_count "
              + row.transactionCount()
              + ", expected "
              + expected.transactions());
    }
    if (row.customerCount() != expected.transactions()) {
      problems.add(
          date
              + ": customer_count "
              + row.customerCount()
              + ", expected "
              + expected.transactions());
    }
    if (row.totalOrderQty() != expected.orderQty()) {
      problems.add(
          date + ": total_order_qty " + row.totalOrderQty() + ", expected " + expected.orderQty());
    }
    double cents = row.totalOrderAmount() * 100;
    double boundCents = errorBoundCents(expected) + Math.ulp(cents);
    boolean right =
        boundCents < 0.5
            ? Math.round(cents) == expected.orderCents()
            : Math.abs(cents - expected.orderCents()) <= boundCents;
    if (!right) {
      problems.add(
          date
              + ": total_order_amount "
              + row.totalOrderAmount()
              + ", expected "
              + expected.orderAmount().toPlainString());
    }
  }

  /** 100·B of the class comment: the largest error of a correct double sum, in cents. */
  static double errorBoundCents(DailyExpectation day) {
    long n = day.transactions();
    double total = day.orderCents() / 100.0;
    int k = Math.getExponent(Math.max(total, 1.0)) + 1; // total < 2^k
    return 100 * (Math.max(n - 1, 0) * Math.scalb(1.0, k - 54) + n * Math.scalb(1.0, -44));
  }

  private static void checkOrder(List<SummaryRow> rows, List<String> problems) {
    for (int i = 1; i < rows.size(); i++) {
      SummaryRow before = rows.get(i - 1);
      SummaryRow after = rows.get(i);
      int amounts = Double.compare(before.totalOrderAmount(), after.totalOrderAmount());
      if (amounts < 0 || amounts == 0 && before.date().isAfter(after.date())) {
        problems.add(
            "order: row "
                + (i + 1)
                + " ("
                + after.date()
                + ", "
                + after.totalOrderAmount()
                + ") must come before row "
                + i
                + " ("
                + before.date()
                + ", "
                + before.totalOrderAmount()
                + "): amount descending, then date");
        return;
      }
    }
  }
}
