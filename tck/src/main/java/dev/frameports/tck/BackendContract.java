package dev.frameports.tck;

import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.spi.Backend;
import java.nio.file.Path;
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
}
