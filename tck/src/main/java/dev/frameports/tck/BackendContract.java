package dev.frameports.tck;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.spi.Backend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The base of every contract group: access to the backend under test and small helpers to build
 * inputs. Groups are abstract; {@link BackendCompatibilityKit} binds them with {@code @Nested}.
 */
public abstract class BackendContract {

  /** The backend under test, fresh for each test. */
  protected abstract Backend backend();

  /** A temporary directory for files the test writes, fresh for each test. */
  protected abstract Path temporaryDirectory();

  /** A lazy frame over in-memory rows on the backend under test. */
  protected LazyFrame frame(Schema schema, List<?>... rows) {
    return backend().from(Frame.ofRows(schema, Arrays.stream(rows).map(r -> (List<?>) r).toList()));
  }

  /** A row for {@link #frame}; nulls allowed. */
  protected static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  /**
   * A schema from alternating names and types: {@code schema("name", STRING, "n", INT64)}.
   *
   * @throws IllegalArgumentException when the arguments do not alternate
   */
  protected static Schema schema(Object... namesAndTypes) {
    if (namesAndTypes.length % 2 != 0) {
      throw new IllegalArgumentException("schema(..) takes name, type pairs");
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      fields.add(Field.of((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1]));
    }
    return new Schema(fields);
  }

  /**
   * One column of in-memory values named {@code name}, one row per value (nulls allowed): the usual
   * input of an expression test.
   */
  protected LazyFrame column(String name, DataType type, Object... values) {
    Frame.Builder builder = Frame.builder(Schema.of(Field.of(name, type)));
    for (Object value : values) {
      builder.addRow(value);
    }
    return backend().from(builder.build());
  }

  /** The values of {@code expr} evaluated on every row of {@code input}, in input order. */
  protected static List<Object> evaluate(LazyFrame input, Expr expr) {
    Frame result = input.select(expr.alias("result")).collect();
    return new ArrayList<>(result.column("result"));
  }

  /** A timestamp from {@code yyyy-MM-dd HH:mm:ss[.ffffff]} text, parsed by the JDK alone. */
  protected static LocalDateTime ts(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T'));
  }

  /** A date from {@code yyyy-MM-dd} text. */
  protected static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
