package dev.frameports.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The generated decision document")
class DecisionDocumentTest {
  @TempDir static Path out;
  static Path document;
  static String text;

  @BeforeAll
  static void generate() throws IOException {
    document =
        DecisionDocument.generate(Results.fixture(Results.FASTEST), out.resolve("decisions"));
    text = Files.readString(document);
  }

  @Test
  @DisplayName("is written at docs/decisions/0001-dataframe-backend.md of the output folder")
  void location() {
    assertThat(document).isEqualTo(out.resolve("decisions").resolve("0001-dataframe-backend.md"));
  }

  @Test
  @DisplayName("has every MADR section and the measurement sections")
  void sections() {
    assertThat(text)
        .startsWith("# 0001. ")
        .contains(
            "* Status: ",
            "## Context and Problem Statement",
            "## Decision Drivers",
            "## Considered Options",
            "## Decision Outcome",
            "### Positive Consequences",
            "### Negative Consequences",
            "## Pros and Cons of the Options",
            "### Time per operation",
            "### Whole report",
            "### Peak memory",
            "### Failed measurements",
            "### Equivalence with the oracle",
            "## Environment",
            "## How to reproduce",
            "## Limits of the measurement");
    for (BackendOption o : BackendOption.values()) {
      assertThat(text).contains("### " + o.title());
    }
  }

  @Test
  @DisplayName("states the results file and the commit it came from")
  void provenance() {
    assertThat(text).contains(Results.FASTEST).contains("commit `f1x7ure`");
  }

  @Test
  @DisplayName("states the chosen option with its numbers, following the rule")
  void outcome() {
    assertThat(text).contains("Chosen option: **" + BackendOption.DUCKDB.title() + "**");
    String outcome =
        text.substring(text.indexOf("## Decision Outcome"), text.indexOf("### Positive"));
    assertThat(outcome).containsPattern("D1 YES \\(median operation saving \\d+%");
  }

  @Test
  @DisplayName("has a YES/NO row per candidate in the driver table")
  void driverTable() {
    assertThat(text).contains("| duckdb | YES | YES | YES | YES |");
    assertThat(text)
        .contains("| tablesaw | ")
        .containsPattern("\\| tablesaw \\| (YES|NO) \\| NO \\| NO \\| YES \\|");
  }

  @Test
  @DisplayName("lists the failed measurement as a result")
  void failures() {
    String failed =
        text.substring(text.indexOf("### Failed measurements"), text.indexOf("### Equivalence"));
    assertThat(failed)
        .contains(
            "**tablesaw**: report30d on month (-Xmx4096m) — OutOfMemoryError: Java heap space at -Xmx4g");
    assertThat(text).contains("**failed**");
  }

  @Test
  @DisplayName("has the equivalence verdict per backend and data set")
  void equivalence() {
    assertThat(text).contains("| backend | tiny seed 1 | day seed 1 |");
    assertThat(text).contains("| arrow | ✅ 4/4 match | ✅ 4/4 match |");
  }

  @Test
  @DisplayName("embeds every chart with a relative link to a readable PNG")
  void charts() throws IOException {
    Matcher m = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(text);
    List<String> links = m.results().map(r -> r.group(1)).toList();
    assertThat(links)
        .containsExactlyInAnyOrder(
            "0001-charts/operations-day.png",
            "0001-charts/report-time-by-window.png",
            "0001-charts/peak-rss.png");
    for (String link : links) {
      BufferedImage image = ImageIO.read(document.getParent().resolve(link).toFile());
      assertThat(image).as(link).isNotNull();
      assertThat(image.getWidth()).isEqualTo(900);
      assertThat(image.getHeight()).isEqualTo(500);
    }
  }

  @Test
  @DisplayName("leaves no temporary file behind")
  void atomic() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
    }
  }

  @Test
  @DisplayName("says the migration path is a judgement and gives the one reproduce command")
  void judgementAndReproduce() {
    assertThat(text).contains("a written judgement, not a measurement");
    assertThat(text).contains(ResultSections.REPRODUCE);
  }

  @Test
  @DisplayName("changes its outcome when generated from the other fixture")
  void otherFixture(@TempDir Path other) throws IOException {
    String second =
        Files.readString(DecisionDocument.generate(Results.fixture(Results.SLOWER), other));
    assertThat(second).contains("Chosen option: **" + BackendOption.ARROW.title() + "**");
    assertThat(second).doesNotContain("Chosen option: **" + BackendOption.DUCKDB.title() + "**");
  }
}
