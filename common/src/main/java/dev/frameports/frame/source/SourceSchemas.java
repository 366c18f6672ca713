package dev.frameports.frame.source;

import dev.frameports.frame.Schema;
import java.util.Optional;

/** The schemas of sources that need no engine to know: declared, in memory, or SQLite metadata. */
public final class SourceSchemas {
  private SourceSchemas() {}

  /**
   * The schema of a CSV (declared), in-memory or SQLite (declared or inferred by {@link
   * SqliteReader}) source; empty for Parquet, whose footer the backend reads.
   */
  public static Optional<Schema> of(Source source) {
    if (source instanceof Source.Csv csv) {
      return Optional.of(csv.schema());
    } else if (source instanceof Source.Memory memory) {
      return Optional.of(memory.frame().schema());
    } else if (source instanceof Source.Sqlite sqlite) {
      return Optional.of(SqliteReader.schema(sqlite));
    }
    return Optional.empty();
  }
}
