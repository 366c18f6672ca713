package dev.frameports.tck;

import static dev.frameports.frame.DataType.STRING;
import static dev.frameports.frame.Expr.col;
import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.Expr;
import dev.frameports.frame.StringOp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * String predicates: {@code contains}, {@code startsWith} and {@code endsWith} take their pattern
 * literally (no regex, no SQL wildcards); {@code matches} is a regular-expression search anywhere
 * in the string. Null input gives null.
 */
public abstract class StringMatchContract extends BackendContract {

  @Test
  @DisplayName("contains finds a literal substring anywhere; null stays null")
  void containsSubstring() {
    var input = column("s", STRING, "backfill-job", "job", "BACKFILL", "", null);
    assertThat(evaluate(input, col("s").contains("fill")))
        .containsExactly(true, false, false, false, null);
  }

  @Test
  @DisplayName("contains is literal: a dot is a dot, not a regex wildcard")
  void containsIsNotARegex() {
    var input = column("s", STRING, "a.c", "abc", "xa.cx", "a\\.c");
    assertThat(evaluate(input, col("s").contains("a.c"))).containsExactly(true, false, true, false);
  }

  @Test
  @DisplayName("contains is literal for SQL wildcards and regex metacharacters")
  void containsTreatsWildcardsLiterally() {
    var input = column("s", STRING, "50% off", "500 off", "a_b", "axb", "f(x)[0]*", "fx0");
    assertThat(evaluate(input, col("s").contains("%")))
        .containsExactly(true, false, false, false, false, false);
    assertThat(evaluate(input, col("s").contains("_")))
        .containsExactly(false, false, true, false, false, false);
    assertThat(evaluate(input, col("s").contains("(x)[0]*")))
        .containsExactly(false, false, false, false, true, false);
  }

  @Test
  @DisplayName("the empty pattern is contained in every non-null string")
  void emptyPatternMatchesEverything() {
    var input = column("s", STRING, "abc", "", null);
    assertThat(evaluate(input, col("s").contains(""))).containsExactly(true, true, null);
  }

  @Test
  @DisplayName("contains with ignoreCase folds case, including accented letters like É and é")
  void containsIgnoringCase() {
    var input = column("s", STRING, "CAFÉ", "café", "Cafe", "BackFill");
    assertThat(evaluate(input, col("s").contains("café", true)))
        .containsExactly(true, true, false, false);
    assertThat(evaluate(input, col("s").contains("É", true)))
        .containsExactly(true, true, false, false);
    assertThat(evaluate(input, col("s").contains("backfill", true)))
        .containsExactly(false, false, false, true);
    assertThat(evaluate(input, col("s").contains("É"))).containsExactly(true, false, false, false);
  }

  @Test
  @DisplayName("startsWith and endsWith test a literal prefix and suffix")
  void startsAndEndsWith() {
    var input = column("s", STRING, "gpu-01.node", "node.gpu", "gpu", "GPU-02", "", null);
    assertThat(evaluate(input, col("s").startsWith("gpu")))
        .containsExactly(true, false, true, false, false, null);
    assertThat(evaluate(input, col("s").endsWith(".node")))
        .containsExactly(true, false, false, false, false, null);
    assertThat(evaluate(input, col("s").endsWith("gpu")))
        .containsExactly(false, true, true, false, false, null);
  }

  @Test
  @DisplayName("startsWith is literal for % and _")
  void startsWithIsLiteral() {
    var input = column("s", STRING, "50%", "500", "5_0", "510");
    assertThat(evaluate(input, col("s").startsWith("50%")))
        .containsExactly(true, false, false, false);
    assertThat(evaluate(input, col("s").endsWith("_0"))).containsExactly(false, false, true, false);
  }

  @Test
  @DisplayName("startsWith with ignoreCase folds case")
  void startsWithIgnoringCase() {
    var input = column("s", STRING, "Émile", "émile", "Emile");
    Expr prefix = new Expr.StringMatch(StringOp.STARTS_WITH, col("s"), "ÉM", true);
    assertThat(evaluate(input, prefix)).containsExactly(true, true, false);
  }

  @Test
  @DisplayName("matches is a regex search: a match anywhere in the string is enough")
  void matchesSearchesAnywhere() {
    var input = column("s", STRING, "job-123-x", "job-x", "123", "abc", null);
    assertThat(evaluate(input, col("s").matches("\\d+")))
        .containsExactly(true, false, true, false, null);
    assertThat(evaluate(input, col("s").matches("^job-[0-9]{3}")))
        .containsExactly(true, false, false, false, null);
    assertThat(evaluate(input, col("s").matches("b|x$")))
        .containsExactly(true, true, false, true, null);
  }

  @Test
  @DisplayName("matches with ignoreCase folds case on both sides")
  void matchesIgnoringCase() {
    var input = column("s", STRING, "CAFÉ au lait", "café", "cafe", "Coffee");
    assertThat(evaluate(input, col("s").matches("^caf[é]", true)))
        .containsExactly(true, true, false, false);
    assertThat(evaluate(input, col("s").matches("^caf[é]")))
        .containsExactly(false, true, false, false);
  }

  @Test
  @DisplayName("a string predicate filters rows and keeps their order")
  void predicateInFilter() {
    var result =
        column("s", STRING, "a-backfill", "b", "c-backfill", null, "d")
            .filter(col("s").contains("backfill").not())
            .collect();
    assertThatFrame(result).hasColumnValues("s", "b", "d");
  }
}
