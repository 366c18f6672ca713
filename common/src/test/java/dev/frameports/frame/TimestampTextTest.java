package dev.frameports.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampTextTest {

  @ParameterizedTest(name = "\"{0}\" parses to {1}")
  @CsvSource({
    "2025-12-02 16:05:01.482913, 2025-12-02T16:05:01.482913",
    "2025-01-01 10:00:00, 2025-01-01T10:00",
    "2025-01-01T10:00:00.5, 2025-01-01T10:00:00.500",
    "2025-01-01 10:00:00.123, 2025-01-01T10:00:00.123",
    "1969-12-31 23:59:59.999999, 1969-12-31T23:59:59.999999",
    "2025-01-31, 2025-01-31T00:00"
  })
  @DisplayName("parses production and test-file timestamp text")
  void parsesEveryStoredForm(String text, LocalDateTime expected) {
    assertThat(TimestampText.parse(text)).isEqualTo(expected);
  }

  @Test
  @DisplayName("rejects text that is not a timestamp")
  void rejectsGarbage() {
    assertThatThrownBy(() -> TimestampText.parse("yesterday"))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  @DisplayName("prints six fraction digits only when there are microseconds")
  void printsFractionOnlyWhenNeeded() {
    assertThat(TimestampText.format(LocalDateTime.parse("2025-01-01T10:00:00")))
        .isEqualTo("2025-01-01 10:00:00");
    assertThat(TimestampText.format(LocalDateTime.parse("2025-01-01T10:00:00.5")))
        .isEqualTo("2025-01-01 10:00:00.500000");
    assertThat(TimestampText.formatWithMicros(LocalDateTime.parse("2025-01-01T10:00:00")))
        .isEqualTo("2025-01-01 10:00:00.000000");
  }

  @Test
  @DisplayName("epoch microseconds round-trip before and after 1970")
  void epochMicrosRoundTrip() {
    LocalDateTime before = LocalDateTime.parse("1969-12-31T23:59:59.999999");
    assertThat(TimestampText.toEpochMicros(before)).isEqualTo(-1L);
    assertThat(TimestampText.fromEpochMicros(-1L)).isEqualTo(before);
    LocalDateTime after = LocalDateTime.parse("2025-12-02T16:05:01.482913");
    assertThat(TimestampText.fromEpochMicros(TimestampText.toEpochMicros(after))).isEqualTo(after);
  }
}
