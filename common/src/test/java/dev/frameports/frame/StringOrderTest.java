package dev.frameports.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StringOrder")
class StringOrderTest {
  @Test
  @DisplayName("a character beyond the BMP sorts after U+FFFD, unlike String.compareTo")
  void supplementaryCharactersSortByCodePoint() {
    String grinning = "\uD83D\uDE00"; // U+1F600
    String replacement = "\uFFFD";

    assertThat(grinning.compareTo(replacement)).isNegative();
    assertThat(StringOrder.compare(grinning, replacement)).isPositive();
  }

  @Test
  @DisplayName("a proper prefix sorts first and equal strings compare as equal")
  void prefixesSortFirst() {
    List<String> values = new ArrayList<>(List.of("ab", "a", "", "b", "a"));
    values.sort(StringOrder.CODE_POINT);

    assertThat(values).containsExactly("", "a", "a", "ab", "b");
    assertThat(StringOrder.compare("é", "é")).isZero();
  }
}
