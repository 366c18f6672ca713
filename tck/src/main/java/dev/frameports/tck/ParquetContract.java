package dev.frameports.tck;

import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Capability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Parquet sources and sinks, both optional capabilities. A backend with the capability round-trips
 * every type; a backend without it throws {@link Capability#unsupported}'s exception naming the
 * backend. Nothing is skipped.
 */
public abstract class ParquetContract extends BackendContract {

  private boolean reads() {
    return backend().capabilities().contains(Capability.PARQUET_SOURCE);
  }

  private boolean writes() {
    return backend().capabilities().contains(Capability.PARQUET_SINK);
  }

  private LazyFrame allTypes() {
    return backend()
        .from(Frame.ofRows(MemorySourceContract.ALL_TYPES, MemorySourceContract.allTypesRows()));
  }

  private void assertUnsupported(Runnable call, Capability capability) {
    assertThatThrownBy(call::run)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining(backend().name())
        .hasMessageContaining(capability.name());
  }

  /** A file that exists but is not Parquet, so the factory accepts it. */
  private Path notParquet() throws IOException {
    return Files.writeString(temporaryDirectory().resolve("fake.parquet"), "not parquet at all");
  }

  @Test
  @DisplayName("sinkParquet writes one file that reads back with every type, or is unsupported")
  void roundTrip() {
    Path target = temporaryDirectory().resolve("all.parquet");
    if (!writes()) {
      assertUnsupported(() -> allTypes().sinkParquet(target), Capability.PARQUET_SINK);
      assertThat(target).doesNotExist();
      return;
    }
    allTypes().sinkParquet(target);
    assertThat(target).isRegularFile();
    var back = backend().scan(Source.parquet(target.toString()));
    if (!reads()) {
      assertUnsupported(back::collect, Capability.PARQUET_SOURCE);
      return;
    }
    assertThat(back.schema()).isEqualTo(MemorySourceContract.ALL_TYPES);
    assertThatFrame(back.collect())
        .hasSchema(MemorySourceContract.ALL_TYPES)
        .hasRowsInOrder(MemorySourceContract.allTypesRows());
  }

  @Test
  @DisplayName(
      "a Parquet source is unsupported by name, or a non-Parquet file is an error naming it")
  void sourceOfBadFile() throws IOException {
    Path fake = notParquet();
    var frame = backend().scan(Source.parquet(fake.toString()));
    if (!reads()) {
      assertUnsupported(frame::collect, Capability.PARQUET_SOURCE);
      assertUnsupported(frame::schema, Capability.PARQUET_SOURCE);
      return;
    }
    assertThatThrownBy(frame::collect)
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("fake.parquet");
  }

  @Test
  @DisplayName("a Parquet glob reads several files in path order")
  void severalFilesInPathOrder() throws IOException {
    Path directory = Files.createDirectory(temporaryDirectory().resolve("parts"));
    var rows = frame(schema("s", STRING, "n", INT64), row("a", 1L), row("b", 2L), row("c", 3L));
    if (!writes()) {
      assertUnsupported(
          () -> rows.sinkParquet(directory.resolve("x.parquet")), Capability.PARQUET_SINK);
      return;
    }
    rows.filter(col("n").ge(2L)).sinkParquet(directory.resolve("part-2.parquet"));
    rows.filter(col("n").lt(2L)).sinkParquet(directory.resolve("part-1.parquet"));
    var back = backend().scan(Source.parquet(directory + "/*.parquet"));
    if (!reads()) {
      assertUnsupported(back::collect, Capability.PARQUET_SOURCE);
      return;
    }
    assertThatFrame(back.collect()).hasRowsInOrder(row("a", 1L), row("b", 2L), row("c", 3L));
  }

  @Test
  @DisplayName("a plan that fails at run time leaves no Parquet file behind")
  void failingPlanLeavesNoFile() throws IOException {
    Path directory = Files.createDirectory(temporaryDirectory().resolve("out"));
    Path target = directory.resolve("fail.parquet");
    var overflowing = column("n", INT64, 1L, Long.MAX_VALUE).withColumns(col("n").mul(2L));
    if (!writes()) {
      assertUnsupported(() -> overflowing.sinkParquet(target), Capability.PARQUET_SINK);
    } else {
      assertThatThrownBy(() -> overflowing.sinkParquet(target)).isInstanceOf(FrameException.class);
    }
    assertThat(target).doesNotExist();
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left).as("files left in %s", directory).isEmpty();
    }
  }
}
