package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code sinkCsv}: one file at the exact target path with a header and the text forms of {@link
 * dev.frameports.frame.source.CsvText}, replacing an existing file, written atomically so a failing
 * plan leaves nothing behind.
 */
public abstract class CsvSinkContract extends BackendContract {

  private LazyFrame allTypes() {
    return backend()
        .from(Frame.ofRows(MemorySourceContract.ALL_TYPES, MemorySourceContract.allTypesRows()));
  }

  /** A plan whose evaluation overflows INT64 on its second row. */
  private LazyFrame overflowing() {
    return column("n", INT64, 1L, Long.MAX_VALUE).withColumns(col("n").add(1L));
  }

  @Test
  @DisplayName("writes the file at the exact path; it reads back with the same values")
  void roundTrip() throws IOException {
    Path target = temporaryDirectory().resolve("all types.csv");
    allTypes().sinkCsv(target);
    assertThat(target).isRegularFile();
    assertThat(Files.readAllLines(target).get(0)).isEqualTo("b,i,l,f,s,t,d");
    var back = backend().scan(Source.csv(target.toString(), MemorySourceContract.ALL_TYPES));
    assertThatFrame(back.collect())
        .hasSchema(MemorySourceContract.ALL_TYPES)
        .hasRowsInOrder(MemorySourceContract.allTypesRows());
  }

  @Test
  @DisplayName("writes each type in its documented text form, quoting only where needed")
  void textForms() throws IOException {
    var input =
        frame(
            schema("s", STRING, "n", INT64, "ok", BOOLEAN, "t", TIMESTAMP, "d", DATE, "x", FLOAT64),
            row("plain", 1L, true, ts("2025-01-31 23:59:00"), day("2024-02-29"), 2.5),
            row("a,b", null, false, ts("1969-12-31 23:59:59.999999"), null, null),
            row("", -3L, null, ts("2025-12-02 16:05:01.5"), day("1969-12-31"), -0.25),
            row("say \"hi\"", 7L, null, null, null, null),
            row(null, 0L, null, null, null, null));
    Path target = temporaryDirectory().resolve("forms.csv");
    input.sinkCsv(target);
    assertThat(Files.readAllLines(target))
        .containsExactly(
            "s,n,ok,t,d,x",
            "plain,1,true,2025-01-31 23:59:00,2024-02-29,2.5",
            "\"a,b\",,false,1969-12-31 23:59:59.999999,,",
            "\"\",-3,,2025-12-02 16:05:01.500000,1969-12-31,-0.25",
            "\"say \"\"hi\"\"\",7,,,,",
            ",0,,,,");
  }

  @Test
  @DisplayName("the result of a plan is written, not its input")
  void writesPlanResult() {
    Path target = temporaryDirectory().resolve("plan.csv");
    column("n", INT64, 3L, 1L, 2L).filter(col("n").gt(1L)).sort("n").sinkCsv(target);
    var back = backend().scan(Source.csv(target.toString(), schema("n", INT64))).collect();
    assertThatFrame(back).hasColumnValues("n", 2L, 3L);
  }

  @Test
  @DisplayName("an empty result writes just the header")
  void emptyResultWritesHeader() throws IOException {
    Path target = temporaryDirectory().resolve("empty.csv");
    allTypes().limit(0).sinkCsv(target);
    assertThat(Files.readAllLines(target)).containsExactly("b,i,l,f,s,t,d");
  }

  @Test
  @DisplayName("an existing file at the target is replaced")
  void overwrites() throws IOException {
    Path target = temporaryDirectory().resolve("again.csv");
    Files.writeString(target, "old,content\nthat,is\nlonger,than\nthe,new\none,.\n");
    column("n", INT64, 5L).sinkCsv(target);
    assertThat(Files.readAllLines(target)).containsExactly("n", "5");
  }

  @Test
  @DisplayName("a plan that fails at run time leaves no file behind")
  void failingPlanLeavesNoFile() throws IOException {
    Path directory = Files.createDirectory(temporaryDirectory().resolve("out"));
    Path target = directory.resolve("fail.csv");
    assertThatThrownBy(() -> overflowing().sinkCsv(target)).isInstanceOf(FrameException.class);
    assertThat(target).doesNotExist();
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left).as("files left in %s", directory).isEmpty();
    }
  }

  @Test
  @DisplayName("a plan that fails at run time leaves an existing target untouched")
  void failingPlanKeepsOldFile() throws IOException {
    Path target = temporaryDirectory().resolve("keep.csv");
    Files.writeString(target, "n\n42\n");
    assertThatThrownBy(() -> overflowing().sinkCsv(target)).isInstanceOf(FrameException.class);
    assertThat(Files.readAllLines(target)).isEqualTo(List.of("n", "42"));
  }
}
