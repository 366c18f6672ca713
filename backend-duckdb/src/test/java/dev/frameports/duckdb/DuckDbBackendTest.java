package dev.frameports.duckdb;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.JoinType;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DuckDbBackend")
class DuckDbBackendTest {
  private final Backend backend = new DuckDbBackendProvider().create(Map.of());

  @TempDir Path temporary;

  @AfterEach
  void close() {
    backend.close();
  }

  @Test
  @DisplayName("names with quotes, question marks, percent signs and line breaks survive")
  void awkwardNamesSurvive() throws Exception {
    Schema schema =
        Schema.of(Field.of("a\"b?", DataType.STRING), Field.of("%s'\nx", DataType.INT32));
    LazyFrame frame =
        backend
            .from(Frame.ofRows(schema, List.of(List.of("O'Brien", 1), List.of("?", 2))))
            .filter(col("a\"b?").ne("?").or(col("%s'\nx").gt(1)))
            .withColumns(col("%s'\nx").add(1).alias("n\n?"));
    Frame expected =
        Frame.ofRows(frame.schema(), List.of(List.of("O'Brien", 1, 2), List.of("?", 2, 3)));

    assertThat(frame.collect()).isEqualTo(expected);

    Path directory = Files.createDirectories(temporary.resolve("it's [1]"));
    Path parquet = directory.resolve("o'ut?.parquet");
    frame.sinkParquet(parquet);
    assertThat(backend.scan(new Source.Parquet(List.of(parquet))).collect()).isEqualTo(expected);

    Path csv = directory.resolve("o'ut.csv");
    frame.sinkCsv(csv);
    Source source = new Source.Csv(List.of(csv), frame.schema(), true, ',');
    assertThat(backend.scan(source).collect()).isEqualTo(expected);
  }

  @Test
  @DisplayName("a frame scanned by several statements is loaded once and gives the same rows")
  void framesAreLoadedOncePerInstance() {
    DuckDbBackend duckDb = (DuckDbBackend) backend;
    Schema schema = Schema.of(Field.of("k", DataType.INT32), Field.of("s", DataType.STRING));
    Frame frame = Frame.ofRows(schema, List.of(List.of(1, "a"), List.of(2, "b"), List.of(3, "c")));

    Frame first = backend.from(frame).filter(col("k").gt(1)).collect();
    Frame second =
        backend.from(frame).join(backend.from(frame), List.of("k"), JoinType.SEMI).collect();

    assertThat(first.column("s")).containsExactly("b", "c");
    assertThat(second).isEqualTo(frame);
    assertThat(duckDb.cachedFrameTables()).isEqualTo(1);
  }

  @Test
  @DisplayName("no more than the capacity of frame tables outlives a statement")
  void frameTablesAreBounded() {
    DuckDbBackend duckDb = (DuckDbBackend) backend;
    Schema schema = Schema.of(Field.of("k", DataType.INT32));
    for (int i = 0; i < DuckDbFrameTables.CAPACITY + 4; i++) {
      Frame frame = Frame.ofRows(schema, List.of(List.of(i)));
      assertThat(backend.from(frame).collect().get(0, "k")).isEqualTo(i);
    }
    backend.from(Frame.ofRows(schema, List.of(List.of(-1)))).collect();
    assertThat(duckDb.cachedFrameTables()).isLessThanOrEqualTo(DuckDbFrameTables.CAPACITY + 1);
  }
}
