package dev.frameports.workloads.daily;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The oracle of one day of generated transactions, counted while the rows were generated.
 *
 * @param date the calendar day ({@code CAST(datetime AS DATE)})
 * @param transactions the rows of that day, hence the expected {@code transaction_count} and {@code
 *     customer_count} (no column is ever null)
 * @param orderQty the exact sum of {@code order_qty}
 * @param orderCents the exact sum of {@code order_amount} in whole cents
 */
public record DailyExpectation(LocalDate date, long transactions, long orderQty, long orderCents) {
  public DailyExpectation {
    Objects.requireNonNull(date, "date");
  }

  /** The exact {@code total_order_amount}, e.g. {@code 12345.67}. */
  public BigDecimal orderAmount() {
    return BigDecimal.valueOf(orderCents, 2);
  }
}
