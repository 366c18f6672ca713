package dev.frameports.tck;

import static dev.frameports.frame.DataType.BOOLEAN;
import static dev.frameports.frame.DataType.DATE;
import static dev.frameports.frame.DataType.FLOAT64;
import static dev.frameports.frame.DataType.INT32;
import static dev.frameports.frame.DataType.INT64;
import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.DataType.TIMESTAMP;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CSV sources with a declared schema: a header row, RFC 4180 quoting, LF or CRLF, empty unquoted
 * fields as null and {@code ""} as the empty string, several files in path order.
 */
public abstract class CsvSourceContract extends BackendContract {
  private static final Schema TYPES =
      schema(
          "name", STRING, "n", INT64, "x", FLOAT64, "ok", BOOLEAN, "ts", TIMESTAMP, "d", DATE, "i",
          INT32);
  private static final Schema PAIRS = schema("s", STRING, "n", INT64);

  /** Writes {@code text} as UTF-8 to {@code relative} under the temporary directory. */
  protected Path write(String relative, String text) {
    Path file = temporaryDirectory().resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Test
  @DisplayName("every type parses from its text form; empty unquoted fields are null")
  void parsesEveryType() {
    Path file =
        write(
            "types.csv",
            "name,n,x,ok,ts,d,i\n"
                + "plain,1,0.5,true,2025-01-31 23:59:00,2024-02-29,7\n"
                + "gr\u00FC\u00DFe,-2,2.25,false,2025-01-31T23:59:00.123456,1969-12-31,-1\n"
                + ",,,,,,\n"
                + "last,9223372036854775807,-1.5,true,1969-12-31 23:59:59.5,2025-01-31,0\n");
    var result = backend().scan(Source.csv(file.toString(), TYPES)).collect();
    assertThatFrame(result)
        .hasSchema(TYPES)
        .hasRowsInOrder(
            row("plain", 1L, 0.5, true, ts("2025-01-31 23:59:00"), day("2024-02-29"), 7),
            row(
                "gr\u00FC\u00DFe",
                -2L,
                2.25,
                false,
                ts("2025-01-31 23:59:00.123456"),
                day("1969-12-31"),
                -1),
            row(null, null, null, null, null, null, null),
            row(
                "last",
                Long.MAX_VALUE,
                -1.5,
                true,
                ts("1969-12-31 23:59:59.5"),
                day("2025-01-31"),
                0));
  }

  @Test
  @DisplayName(
      "quoted fields hold commas, doubled quotes and line breaks; \"\" is the empty string")
  void quotedFields() {
    Path file =
        write(
            "quoted.csv",
            "s,n\n"
                + "\"comma, inside\",1\n"
                + "\"say \"\"hi\"\"\",2\n"
                + "\"line one\nline two\",3\n"
                + "\"\",4\n"
                + ",5\n");
    var result = backend().scan(Source.csv(file.toString(), PAIRS)).collect();
    assertThatFrame(result)
        .hasRowsInOrder(
            row("comma, inside", 1L),
            row("say \"hi\"", 2L),
            row("line one\nline two", 3L),
            row("", 4L),
            row(null, 5L));
    assertThat(
            backend()
                .scan(Source.csv(file.toString(), PAIRS))
                .filter(col("s").eq(""))
                .collect()
                .height())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("CRLF line endings and a missing final line break are read like LF")
  void crlfAndNoFinalNewline() {
    Path file = write("crlf.csv", "s,n\r\na,1\r\n\"b\r\nc\",2\r\n,3\r\nlast,4");
    var result = backend().scan(Source.csv(file.toString(), PAIRS)).collect();
    assertThatFrame(result)
        .hasRowsInOrder(row("a", 1L), row("b\r\nc", 2L), row(null, 3L), row("last", 4L));
  }

  @Test
  @DisplayName("a glob reads every matching file in path order, ignoring other files")
  void globInPathOrder() {
    write("parts/2024-10.csv", "s,n\noct,10\n");
    write("parts/2024-01.csv", "s,n\njan,1\njan,2\n");
    write("parts/notes.txt", "s,n\nnot,0\n");
    write("parts/2024-02.csv", "s,n\nfeb,3\n");
    String glob = temporaryDirectory().resolve("parts") + "/*.csv";
    var result = backend().scan(Source.csv(glob, PAIRS)).collect();
    assertThatFrame(result)
        .hasRowsInOrder(row("jan", 1L), row("jan", 2L), row("feb", 3L), row("oct", 10L));
  }

  @Test
  @DisplayName("a file with only a header gives no rows")
  void headerOnly() {
    Path file = write("empty.csv", "s,n\n");
    var result = backend().scan(Source.csv(file.toString(), PAIRS)).collect();
    assertThatFrame(result).hasSchema(PAIRS).hasHeight(0);
  }

  @Test
  @DisplayName("schema() of a CSV source is the declared schema")
  void schemaIsDeclared() {
    Path file = write("schema.csv", "s,n\na,1\n");
    assertThat(backend().scan(Source.csv(file.toString(), PAIRS)).schema()).isEqualTo(PAIRS);
  }

  @Test
  @DisplayName("a value that does not parse as its declared type is an error naming the file")
  void badValueNamesTheFile() {
    write("bad/a-good.csv", "s,n\na,1\n");
    write("bad/b-broken.csv", "s,n\nb,2\nc,three\n");
    String glob = temporaryDirectory().resolve("bad") + "/*.csv";
    var frame = backend().scan(Source.csv(glob, PAIRS));
    assertThatThrownBy(frame::collect)
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("b-broken.csv");
  }

  @Test
  @DisplayName("a glob that matches nothing is a SourceException naming the pattern")
  void globMatchingNothing() {
    write("present/a.csv", "s,n\n");
    String glob = temporaryDirectory().resolve("present") + "/*.tsv";
    assertThatThrownBy(() -> Source.csv(glob, PAIRS))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("*.tsv");
  }
}
