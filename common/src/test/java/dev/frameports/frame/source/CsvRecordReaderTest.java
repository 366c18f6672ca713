package dev.frameports.frame.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<List<String>> read(String text) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(new StringReader(text), ',');
    List<List<String>> records = new ArrayList<>();
    for (List<String> r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  @Test
  @DisplayName("an empty unquoted field is null, a quoted empty field is the empty string")
  void nullVersusEmpty() throws IOException {
    assertThat(read("a,,\"\"\n")).containsExactly(Arrays.asList("a", null, ""));
  }

  @Test
  @DisplayName("quoted fields keep delimiters, doubled quotes and line breaks")
  void quotedFields() throws IOException {
    assertThat(read("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"))
        .containsExactly(List.of("x,y", "say \"hi\"", "two\nlines"));
  }

  @Test
  @DisplayName("CRLF and LF both end records; a missing final newline is fine")
  void lineEndings() throws IOException {
    assertThat(read("a,b\r\nc,d\ne,f"))
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
  }

  @Test
  @DisplayName("an unterminated quote is an error naming the line")
  void unterminatedQuote() {
    assertThatThrownBy(() -> read("a\n\"open,b\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  @DisplayName("the text rules round-trip through format and parse")
  void textRoundTrip() {
    assertThat(CsvText.format("", ',')).isEqualTo("\"\"");
    assertThat(CsvText.format(null, ',')).isEmpty();
    assertThat(CsvText.format("a,b", ',')).isEqualTo("\"a,b\"");
    assertThat(CsvText.parse(null, dev.frameports.frame.DataType.STRING)).isNull();
    assertThat(CsvText.parse("", dev.frameports.frame.DataType.STRING)).isEqualTo("");
    assertThat(CsvText.parse("", dev.frameports.frame.DataType.INT64)).isNull();
    assertThat(CsvText.parse("TRUE", dev.frameports.frame.DataType.BOOLEAN)).isEqualTo(true);
    assertThatThrownBy(() -> CsvText.parse("x1", dev.frameports.frame.DataType.INT64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x1' is not a INT64");
  }
}
