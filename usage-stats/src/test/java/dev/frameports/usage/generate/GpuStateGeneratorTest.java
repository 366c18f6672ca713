package dev.frameports.usage.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.usage.GpuColumns;
import dev.frameports.usage.GpuStateRow;
import dev.frameports.usage.store.GpuStateCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The synthetic data generator")
class GpuStateGeneratorTest {
  @TempDir Path dir;

  private static final String DECEMBER = "gpu_state_2025-12.db";

  private GenerationResult tiny(String folder, long seed, int threads) {
    return GpuStateGenerator.of(GeneratorPreset.TINY)
        .withSeed(seed)
        .withThreads(threads)
        .quiet()
        .writeTo(dir.resolve(folder));
  }

  /** Three hours of the production-scale layout: enough rows for the rare values. */
  private GenerationResult fullLayoutHours(String folder, int hours) {
    return GpuStateGenerator.of(GeneratorPreset.DAY)
        .withStart(LocalDateTime.of(2025, 12, 1, 8, 0))
        .withSpan(Duration.ofHours(hours))
        .quiet()
        .writeTo(dir.resolve(folder));
  }

  @Test
  @DisplayName("the same seed gives the same rows and the same bytes whatever the thread count")
  void deterministic() throws IOException {
    tiny("a", 7, 1);
    tiny("b", 7, 3);
    List<GpuStateRow> a = StoredRows.read(dir.resolve("a").resolve(DECEMBER));
    assertThat(a).isNotEmpty();
    assertThat(StoredRows.read(dir.resolve("b").resolve(DECEMBER))).isEqualTo(a);
    for (String file :
        List.of(DECEMBER, "chtc_owned", "masked_hosts.yaml", GenerationResult.MANIFEST)) {
      assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(-1L);
    }
  }

  @Test
  @DisplayName("a different seed gives different rows")
  void seedMatters() {
    tiny("a", 7, 2);
    tiny("b", 8, 2);
    assertThat(StoredRows.read(dir.resolve("b").resolve(DECEMBER)))
        .isNotEqualTo(StoredRows.read(dir.resolve("a").resolve(DECEMBER)));
  }

  @Test
  @DisplayName("a window across midnight of 30 November writes one file per month")
  void monthBoundary() {
    GenerationResult r =
        GpuStateGenerator.of(GeneratorPreset.DIRTY).quiet().writeTo(dir.resolve("dirty"));
    assertThat(r.files())
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly("gpu_state_2025-11.db", DECEMBER);
    List<GpuStateRow> november = StoredRows.read(dir.resolve("dirty/gpu_state_2025-11.db"));
    List<GpuStateRow> december = StoredRows.read(dir.resolve("dirty").resolve(DECEMBER));
    LocalDateTime midnight = LocalDateTime.of(2025, 12, 1, 0, 0);
    assertThat(november).isNotEmpty().allMatch(row -> row.timestamp().isBefore(midnight));
    assertThat(december).isNotEmpty().allMatch(row -> !row.timestamp().isBefore(midnight));
    assertThat(november.size() + december.size()).isEqualTo(r.rows());
  }

  @Test
  @DisplayName(
      "the table has the twelve columns of the collector, declared as pandas declares them")
  void schema() {
    tiny("t", 1, 1);
    Path db = dir.resolve("t").resolve(DECEMBER);
    assertThat(StoredRows.column(db, "SELECT name FROM sqlite_master"))
        .containsExactly(GpuColumns.TABLE);
    assertThat(StoredRows.column(db, "SELECT name FROM pragma_table_info('gpu_state')"))
        .containsExactlyElementsOf(GpuColumns.ALL);
    assertThat(StoredRows.column(db, "SELECT type FROM pragma_table_info('gpu_state')"))
        .containsExactly(
            "TEXT",
            "TEXT",
            "TEXT",
            "TEXT",
            "TEXT",
            "BIGINT",
            "TEXT",
            "FLOAT",
            "TEXT",
            "TEXT",
            "TEXT",
            "DATETIME");
    GpuStateCheck.all(db); // real files pass the CLI's input checks
  }

  @Test
  @DisplayName("every row of a snapshot shares one microsecond timestamp, about 5 minutes apart")
  void snapshots() {
    tiny("t", 3, 2);
    Path db = dir.resolve("t").resolve(DECEMBER);
    List<String> stamps = StoredRows.column(db, "SELECT DISTINCT timestamp FROM gpu_state");
    assertThat(stamps).hasSizeGreaterThan(20).allMatch(s -> s.matches(".{19}\\.\\d{6}"));
    List<String> ordered = stamps.stream().sorted().toList();
    for (int i = 1; i < ordered.size(); i++) {
      long seconds =
          Duration.between(
                  LocalDateTime.parse(ordered.get(i - 1).replace(' ', 'T')),
                  LocalDateTime.parse(ordered.get(i).replace(' ', 'T')))
              .toSeconds();
      assertThat(seconds).isBetween(200L, 1_000L); // 5 minutes, or 10+ after a missed snapshot
    }
  }

  @Test
  @DisplayName("the production-scale layout has rare NULLs and zeros in the nullable columns")
  void rareNulls() {
    GenerationResult r = fullLayoutHours("full", 3);
    Path db = dir.resolve("full").resolve(DECEMBER);
    long rows = r.rows();
    long nullProjects = count(db, "PrioritizedProjects IS NULL");
    long emptyProjects = count(db, "PrioritizedProjects = ''");
    long badMemory = count(db, "GPUs_GlobalMemoryMb IS NULL OR GPUs_GlobalMemoryMb = 0");
    long ownerless = count(db, "State = 'Claimed' AND (RemoteOwner IS NULL OR RemoteOwner = '')");
    long odd = count(db, "State NOT IN ('Claimed', 'Unclaimed')");
    assertThat(List.of(nullProjects, badMemory, ownerless, odd)).allMatch(n -> n > 0);
    assertThat(List.of(badMemory, ownerless, odd)).allMatch(n -> n < rows / 50);
    assertThat(nullProjects).isLessThan(emptyProjects);
  }

  @Test
  @DisplayName("dirty mode adds NULL GPU ids, projects and device names")
  void dirtyNulls() {
    GpuStateGenerator.of(GeneratorPreset.DIRTY).quiet().writeTo(dir.resolve("dirty"));
    List<GpuStateRow> rows = new ArrayList<>();
    rows.addAll(StoredRows.read(dir.resolve("dirty/gpu_state_2025-11.db")));
    rows.addAll(StoredRows.read(dir.resolve("dirty").resolve(DECEMBER)));
    assertThat(rows).anyMatch(r -> r.assignedGpus() == null);
    assertThat(rows).anyMatch(r -> r.prioritizedProjects() == null);
    assertThat(rows).anyMatch(r -> r.deviceName() == null);
  }

  @Test
  @DisplayName("backfill and primary slots list the same GPU ids, in every state combination")
  void backfillSharesGpus() {
    fullLayoutHours("full", 1);
    List<GpuStateRow> rows = StoredRows.read(dir.resolve("full").resolve(DECEMBER));
    Map<LocalDateTime, List<GpuStateRow>> bySnapshot =
        rows.stream().collect(Collectors.groupingBy(GpuStateRow::timestamp));
    Set<String> combinations = new HashSet<>();
    for (List<GpuStateRow> snapshot : bySnapshot.values()) {
      Map<String, String> primary = new HashMap<>();
      Map<String, String> backfill = new HashMap<>();
      for (GpuStateRow r : snapshot) {
        if (r.assignedGpus() == null) {
          continue;
        }
        (r.name().contains("backfill") ? backfill : primary).put(r.assignedGpus(), r.state());
      }
      Set<String> shared = new HashSet<>(primary.keySet());
      shared.retainAll(backfill.keySet());
      assertThat(shared).as("GPU ids in both a primary and a backfill row").hasSizeGreaterThan(50);
      shared.forEach(id -> combinations.add(primary.get(id) + "/" + backfill.get(id)));
    }
    assertThat(combinations)
        .contains("Claimed/Unclaimed", "Unclaimed/Claimed", "Unclaimed/Unclaimed");
  }

  @Test
  @DisplayName("a large preset reports its progress on the stream given")
  void progress() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GpuStateGenerator.of(GeneratorPreset.DAY)
        .withSpan(Duration.ofMinutes(30))
        .withProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .writeTo(dir.resolve("p"));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("100%").contains("snapshots");
  }

  @Test
  @DisplayName("the side files match the generated hosts")
  void sideFiles() throws IOException {
    tiny("t", 5, 1);
    Path folder = dir.resolve("t");
    Set<String> machines =
        new HashSet<>(
            StoredRows.column(folder.resolve(DECEMBER), "SELECT DISTINCT Machine FROM gpu_state"));
    try (Stream<String> lines = Files.lines(folder.resolve("chtc_owned"))) {
      assertThat(lines.filter(l -> !l.isBlank()).toList())
          .isNotEmpty()
          .allMatch(machines::contains);
    }
    assertThat(Files.readString(folder.resolve("masked_hosts.yaml"))).startsWith("excluded_hosts:");
  }

  private static long count(Path db, String where) {
    return Long.parseLong(
        StoredRows.column(db, "SELECT COUNT(*) FROM gpu_state WHERE " + where).get(0));
  }
}
