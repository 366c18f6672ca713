package dev.frameports.workloads.daily;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input check of the daily summary: every parquet file must hold the five transaction columns
 * with usable types ({@code transaction_id} STRING, {@code datetime} TIMESTAMP, {@code customer_id}
 * and {@code order_qty} integers, {@code order_amount} a number); more columns are allowed.
 *
 * <p>Each file is checked alone because an engine scanning many files takes the schema of the first
 * one (DuckDB's {@code read_parquet}), so a wrong file further down would otherwise surface as a
 * cast error naming no file, or not at all. Cost: one footer read per file, before the data are
 * read.
 */
final class DailyInputSchema {
  private DailyInputSchema() {}

  /**
   * @throws SourceException naming the first file whose schema cannot be read (corrupt footer) or
   *     lacks a column or has a column of the wrong type, and what is wrong
   */
  static void requireAll(Backend backend, List<Path> files) {
    for (Path file : files) {
      Schema schema;
      try {
        schema = LazyFrame.scan(backend, Source.parquet(file.toString())).schema();
      } catch (FrameException e) {
        throw new SourceException("corrupt parquet file " + file + ": " + e.getMessage(), e);
      }
      List<String> problems = problems(schema);
      if (!problems.isEmpty()) {
        throw new SourceException(
            "parquet file "
                + file
                + " does not hold transactions: "
                + String.join("; ", problems)
                + " (columns: "
                + schema
                + ")");
      }
    }
  }

  /** What is wrong with {@code schema}, one phrase per column; empty when it is usable. */
  static List<String> problems(Schema schema) {
    List<String> problems = new ArrayList<>();
    require(schema, "transaction_id", DataType.STRING, problems);
    require(schema, "datetime", DataType.TIMESTAMP, problems);
    requireInteger(schema, "customer_id", problems);
    requireInteger(schema, "order_qty", problems);
    Optional<Field> amount = present(schema, "order_amount", problems);
    if (amount.isPresent() && !amount.get().type().isNumeric()) {
      problems.add("column order_amount is " + amount.get().type() + ", expected a number");
    }
    return problems;
  }

  private static void require(Schema schema, String name, DataType type, List<String> problems) {
    Optional<Field> field = present(schema, name, problems);
    if (field.isPresent() && field.get().type() != type) {
      problems.add("column " + name + " is " + field.get().type() + ", expected " + type);
    }
  }

  private static void requireInteger(Schema schema, String name, List<String> problems) {
    Optional<Field> field = present(schema, name, problems);
    if (field.isPresent() && !field.get().type().isInteger()) {
      problems.add("column " + name + " is " + field.get().type() + ", expected an integer");
    }
  }

  private static Optional<Field> present(Schema schema, String name, List<String> problems) {
    Optional<Field> field = schema.find(name);
    if (field.isEmpty()) {
      problems.add("column " + name + " is missing");
    }
    return field;
  }
}
