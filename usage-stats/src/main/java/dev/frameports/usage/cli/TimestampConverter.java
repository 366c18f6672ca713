package dev.frameports.usage.cli;

import dev.frameports.frame.TimestampText;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code YYYY-MM-DD HH:MM:SS} (a fraction and a 'T' separator are accepted too). */
final class TimestampConverter implements ITypeConverter<LocalDateTime> {
  @Override
  public LocalDateTime convert(String value) {
    try {
      return TimestampText.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a time; expected YYYY-MM-DD HH:MM:SS, e.g. 2025-12-01 09:30:00");
    }
  }
}
