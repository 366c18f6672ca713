package dev.frameports.tck.reference;

import static dev.frameports.frame.Expr.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.DataType;
import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.Expr;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.StringOp;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Backends;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference's own choices, where the contract kit has no test (yet). */
@DisplayName("the reference backend")
class ReferenceBackendTest {
  private final Backend reference = new ReferenceBackendProvider().create(Map.of());

  @TempDir Path directory;

  @AfterEach
  void close() {
    reference.close();
  }

  @Test
  @DisplayName("is not registered with the ServiceLoader and takes no options")
  void isNotRegistered() {
    assertThat(Backends.names()).doesNotContain(ReferenceBackendProvider.NAME);
    assertThatThrownBy(() -> new ReferenceBackendProvider().create(Map.of("x", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("fails an INT64 sum only when the exact total overflows, whatever the order")
  void sumOverflowIsDecidedByTheTotal() {
    var fits = column(DataType.INT64, Long.MAX_VALUE, 1L, -1L);
    assertThat(values(reference.from(fits).agg(col("v").sum()).collect()))
        .containsExactly(Long.MAX_VALUE);
    var overflows = column(DataType.INT64, Long.MAX_VALUE, -1L, 2L);
    assertThatThrownBy(() -> reference.from(overflows).agg(col("v").sum()).collect())
        .isInstanceOf(EvaluationException.class);
  }

  @Test
  @DisplayName("ignores case by simple lower-casing, code point by code point")
  void ignoreCaseIsSimpleLowerCasing() {
    var input = column(DataType.STRING, "İ", "ΟΣ");
    Expr endsWithI = new Expr.StringMatch(StringOp.ENDS_WITH, col("v"), "i", true);
    Expr endsWithSigma = new Expr.StringMatch(StringOp.ENDS_WITH, col("v"), "σ", true);
    assertThat(values(reference.from(input).select(endsWithI).collect()))
        .containsExactly(true, false);
    assertThat(values(reference.from(input).select(endsWithSigma).collect()))
        .containsExactly(false, true);
  }

  @Test
  @DisplayName("casts only ASCII decimal text to numbers")
  void castsDecimalTextOnly() {
    var good = column(DataType.STRING, " 7 ", "+5", "007");
    assertThat(values(reference.from(good).select(col("v").cast(DataType.INT32)).collect()))
        .containsExactly(7, 5, 7);
    var floats = column(DataType.STRING, "1e3", ".5", "-2.");
    assertThat(values(reference.from(floats).select(col("v").cast(DataType.FLOAT64)).collect()))
        .containsExactly(1000.0, 0.5, -2.0);
    for (String bad : List.of("0x10", "٣", "1_000", "", "1.5")) {
      var input = column(DataType.STRING, bad);
      assertThatThrownBy(
              () -> reference.from(input).select(col("v").cast(DataType.INT64)).collect())
          .as("'%s'", bad)
          .isInstanceOf(EvaluationException.class);
    }
    for (String bad : List.of("Infinity", "NaN", "1.5f", "0x1p3")) {
      var input = column(DataType.STRING, bad);
      assertThatThrownBy(
              () -> reference.from(input).select(col("v").cast(DataType.FLOAT64)).collect())
          .as("'%s'", bad)
          .isInstanceOf(EvaluationException.class);
    }
  }

  @Test
  @DisplayName("casts FLOAT64 to integers toward zero and fails outside the range")
  void castsFloatsToIntegers() {
    var input = column(DataType.FLOAT64, -2.7, 2.7, 2147483647.9, -2147483648.9);
    assertThat(values(reference.from(input).select(col("v").cast(DataType.INT32)).collect()))
        .containsExactly(-2, 2, Integer.MAX_VALUE, Integer.MIN_VALUE);
    for (double bad : new double[] {2147483648.0, 9.3e18, -9.3e18}) {
      var one = column(DataType.FLOAT64, bad);
      DataType target = Math.abs(bad) > 1e10 ? DataType.INT64 : DataType.INT32;
      assertThatThrownBy(() -> reference.from(one).select(col("v").cast(target)).collect())
          .isInstanceOf(EvaluationException.class);
    }
  }

  @Test
  @DisplayName("names the file and the line of a CSV value that does not parse")
  void csvErrorsNameFileAndLine() throws Exception {
    Path file = directory.resolve("bad.csv");
    Files.writeString(file, "v\n1\n2\nthree\n");
    Schema schema = Schema.of(Field.of("v", DataType.INT64));
    assertThatThrownBy(() -> reference.scan(Source.csv(file.toString(), schema)).collect())
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("bad.csv")
        .hasMessageContaining("line 4");
  }

  private static Frame column(DataType type, Object... values) {
    Frame.Builder builder = Frame.builder(Schema.of(Field.of("v", type)));
    for (Object value : values) {
      builder.addRow(value);
    }
    return builder.build();
  }

  private static List<Object> values(Frame frame) {
    return new ArrayList<>(frame.column(0));
  }
}
