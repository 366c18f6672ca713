package dev.frameports.usage.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("PythonNumbers")
class PythonNumbersTest {

  @ParameterizedTest(name = "{0} prints as {1}")
  @DisplayName("rounds half-even on the exact binary value, as Python's :.1f")
  @CsvSource({
    "0.25, 0.2",
    "0.35, 0.3",
    "41.25, 41.2",
    "0.45, 0.5",
    "2.675, 2.7",
    "42.857142857142854, 42.9",
    "33.33333333333333, 33.3",
    "100.0, 100.0",
    "0.0, 0.0",
    "1e-20, 0.0",
    "-0.04, -0.0",
    "-1.25, -1.2"
  })
  void matchesPython(double value, String expected) {
    assertThat(PythonNumbers.oneDecimal(value)).isEqualTo(expected);
  }

  @Test
  @DisplayName("differs from String.format on the half-way cases the spec names")
  void differsFromJavaFormat() {
    assertThat(String.format("%.1f", 0.25)).isNotEqualTo(PythonNumbers.oneDecimal(0.25));
    assertThat(PythonNumbers.percent(41.25)).isEqualTo("41.2%");
  }

  @Test
  @DisplayName("prints other scales, NaN and infinities as Python does")
  void otherScales() {
    assertThat(PythonNumbers.fixed(1.005, 2)).isEqualTo("1.00");
    assertThat(PythonNumbers.fixed(12.3456, 3)).isEqualTo("12.346");
    assertThat(PythonNumbers.oneDecimal(Double.NaN)).isEqualTo("nan");
    assertThat(PythonNumbers.oneDecimal(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }
}
