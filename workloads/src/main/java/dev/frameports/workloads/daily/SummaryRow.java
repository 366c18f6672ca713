package dev.frameports.workloads.daily;

import dev.frameports.frame.Frame;
import dev.frameports.frame.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the daily summary, as read back from the job's CSV or a collected frame.
 *
 * @param date the day
 * @param transactionCount {@code COUNT(transaction_id)}
 * @param customerCount {@code COUNT(customer_id)} (not distinct, as upstream)
 * @param totalOrderAmount {@code SUM(order_amount)}, a double
 * @param totalOrderQty {@code SUM(order_qty)}
 */
public record SummaryRow(
    LocalDate date,
    long transactionCount,
    long customerCount,
    double totalOrderAmount,
    long totalOrderQty) {
  public SummaryRow {
    Objects.requireNonNull(date, "date");
  }

  /**
   * Reads the job's CSV (header {@value DailySummaryJob#HEADER}); no engine is involved. Cost: the
   * whole file in memory (one short line per day).
   *
   * @throws SourceException naming the file and the line of a header or value that is wrong
   */
  public static List<SummaryRow> readCsv(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new SourceException("cannot read " + csv + ": " + e, e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(DailySummaryJob.HEADER)) {
      throw new SourceException(
          csv
              + ", line 1: expected the header '"
              + DailySummaryJob.HEADER
              + "', found '"
              + (lines.isEmpty() ? "" : lines.get(0))
              + "'");
    }
    List<SummaryRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      try {
        if (f.length != 5) {
          throw new IllegalArgumentException("expected 5 fields, found " + f.length);
        }
        rows.add(
            new SummaryRow(
                LocalDate.parse(f[0]),
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Double.parseDouble(f[3]),
                Long.parseLong(f[4])));
      } catch (RuntimeException e) {
        throw new SourceException(
            csv + ", line " + (i + 1) + ": " + e.getMessage() + " in '" + lines.get(i) + "'", e);
      }
    }
    return rows;
  }

  /**
   * The rows of a collected summary frame with the job's column names; integer columns may be INT32
   * or INT64.
   *
   * @throws IllegalArgumentException naming the row and column of a null or mistyped cell
   */
  public static List<SummaryRow> of(Frame frame) {
    List<SummaryRow> rows = new ArrayList<>();
    for (int r = 0; r < frame.height(); r++) {
      rows.add(
          new SummaryRow(
              (LocalDate) cell(frame, r, "date", LocalDate.class),
              number(frame, r, "transaction_count").longValue(),
              number(frame, r, "customer_count").longValue(),
              number(frame, r, "total_order_amount").doubleValue(),
              number(frame, r, "total_order_qty").longValue()));
    }
    return rows;
  }

  private static Number number(Frame frame, int row, String column) {
    return (Number) cell(frame, row, column, Number.class);
  }

  private static Object cell(Frame frame, int row, String column, Class<?> type) {
    Object value = frame.get(row, column);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "row "
              + row
              + ", column '"
              + column
              + "': "
              + value
              + " is not a "
              + type.getSimpleName());
    }
    return value;
  }
}
