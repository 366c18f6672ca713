package dev.frameports.frame.spi;

import dev.frameports.frame.Frame;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.source.Source;
import java.nio.file.Path;
import java.util.Set;

/**
 * One engine instance: it runs plans and owns its resources (connections, allocators, temporary
 * directories) until {@link #close()}. Frames it returns are plain heap objects and outlive it.
 *
 * <p>Thread safety is per backend and documented there; the usual rule is one thread at a time.
 * Every method validates the plan first and reports problems as {@link
 * dev.frameports.frame.FrameException}s.
 */
public interface Backend extends AutoCloseable {

  /** The provider's name, e.g. {@code "duckdb"}. */
  String name();

  /** The optional abilities this backend has. */
  Set<Capability> capabilities();

  /**
   * The output schema of a plan, validated. Cost: reads source metadata (SQLite declared types,
   * Parquet footers), never the data.
   */
  Schema schema(Plan plan);

  /** Runs the plan and returns its rows on the heap. Cost: the whole plan. */
  Frame collect(Plan plan);

  /**
   * The backend's own rendering of how it would run the plan (SQL, operator tree). Runs nothing.
   */
  String explain(Plan plan);

  /** Runs the plan and writes one Parquet file at {@code target}, atomically. */
  void sinkParquet(Plan plan, Path target);

  /**
   * Runs the plan and writes one CSV file at {@code target} (header, comma, the text forms of
   * {@link dev.frameports.frame.source.CsvText}), atomically.
   */
  void sinkCsv(Plan plan, Path target);

  /** A lazy frame over a source, bound to this backend. Cost: none. */
  default LazyFrame scan(Source source) {
    return LazyFrame.scan(this, source);
  }

  /** A lazy frame over in-memory rows. */
  default LazyFrame from(Frame frame) {
    return scan(Source.of(frame));
  }

  /** Releases everything the backend holds. Idempotent. */
  @Override
  void close();
}
