package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.frameports.frame.SourceException;
import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumeGeneratorTest {
  private static final VolumeSpec SPEC = new VolumeSpec(3_005, 3, 42, 2);
  private static final String ROW =
      "[A-Z][a-z]+,[A-Z][a-z]+,(Male|Female|Other),(\\d+),([12]\\.\\d\\d),(\\d+) [A-Z][a-z]+"
          + " [A-Z][a-z]+,(\\d{5}),[A-Z][a-z]+( [A-Z][a-z]+)?,([A-Z][a-z]+( [A-Z][a-z]+)?),(\\d+)";

  @TempDir Path dir;

  @Test
  @DisplayName("files have the header, CRLF line ends, unquoted fields in upstream's ranges")
  void format() throws IOException {
    VolumeGenerator.generate(SPEC, dir, Progress.NONE);
    String text = Files.readString(dir.resolve("data2.csv"), StandardCharsets.US_ASCII);
    assertThat(text).startsWith(VolumeFileWriter.HEADER + "\r\n").endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r", "\"");
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines).hasSize(1 + 1_001 + 2); // the last file takes the remainder
    Set<String> heights = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line).matches(ROW);
      String[] f = line.split(",");
      assertThat(Integer.parseInt(f[3])).isBetween(38, 90);
      assertThat(Double.parseDouble(f[4])).isBetween(1.5, 2.0);
      assertThat(Integer.parseInt(f[5].substring(0, f[5].indexOf(' ')))).isBetween(1, 1400);
      assertThat(Integer.parseInt(f[9])).isBetween(0, 50_000);
      assertThat(VolumeVocabulary.STATES).contains(f[8]);
      heights.add(f[4]);
    }
    assertThat(heights).contains("1.50", "1.75", "2.00");
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[6])).anyMatch(z -> z.startsWith("0"));
  }

  @Test
  @DisplayName("the manifest's files and per-state oracle equal a recount of the written CSV")
  void oracleMatchesData() throws Exception {
    VolumeManifest manifest = VolumeGenerator.generate(SPEC, dir, Progress.NONE);
    assertThat(VolumeManifest.read(dir)).isEqualTo(manifest);
    assertThat(manifest.spec()).isEqualTo(SPEC);
    assertThat(manifest.totalRows()).isEqualTo(3_005);
    Map<String, long[]> sums = new HashMap<>();
    Map<String, Set<String>> zips = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      VolumeDataFile entry = manifest.files().get(i);
      byte[] bytes = Files.readAllBytes(dir.resolve("data" + i + ".csv"));
      assertThat(entry.name()).isEqualTo("data" + i + ".csv");
      assertThat(entry.bytes()).isEqualTo(bytes.length);
      assertThat(entry.sha256())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      List<String> lines = List.of(new String(bytes, StandardCharsets.US_ASCII).split("\r\n"));
      assertThat(entry.rows()).isEqualTo(lines.size() - 1).isEqualTo(SPEC.rowsOfFile(i));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        long[] sum = sums.computeIfAbsent(f[8], s -> new long[2]);
        sum[0]++;
        sum[1] += Long.parseLong(f[9]);
        zips.computeIfAbsent(f[8], s -> new HashSet<>()).add(f[6]);
        names.computeIfAbsent(f[8], s -> new HashSet<>()).add(f[0]);
      }
    }
    List<StateExpectation> recount = new ArrayList<>();
    sums.keySet().stream()
        .sorted()
        .forEach(
            s ->
                recount.add(
                    new StateExpectation(
                        s,
                        sums.get(s)[0],
                        zips.get(s).size(),
                        names.get(s).size(),
                        sums.get(s)[1])));
    assertThat(manifest.states()).isEqualTo(recount).hasSize(50);
  }

  @Test
  @DisplayName("1 and 3 workers write byte-identical files; another seed writes different ones")
  void deterministic(@TempDir Path other, @TempDir Path third) {
    VolumeManifest one = VolumeGenerator.generate(SPEC.withWorkers(1), dir, Progress.NONE);
    VolumeManifest three = VolumeGenerator.generate(SPEC.withWorkers(3), other, Progress.NONE);
    assertThat(three.files()).isEqualTo(one.files());
    assertThat(three.states()).isEqualTo(one.states());
    VolumeManifest reseeded =
        VolumeGenerator.generate(new VolumeSpec(3_005, 3, 43, 3), third, Progress.NONE);
    assertThat(reseeded.files().get(0).sha256()).isNotEqualTo(one.files().get(0).sha256());
  }

  @Test
  @DisplayName("progress reports every file once, ending at files of files")
  void progress() {
    List<Long> done = new CopyOnWriteArrayList<>();
    VolumeGenerator.generate(
        new VolumeSpec(50, 5, 1, 3),
        dir,
        (d, total) -> {
          assertThat(total).isEqualTo(5);
          done.add(d);
        });
    assertThat(done).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  @DisplayName("a folder holding other data*.csv files is refused before anything is written")
  void foreignDataFiles() throws IOException {
    Files.writeString(dir.resolve("data7.csv"), "x");
    assertThatThrownBy(() -> VolumeGenerator.generate(SPEC, dir, Progress.NONE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("data7.csv")
        .hasMessageContaining(dir.toString());
    assertThat(dir.resolve("data0.csv")).doesNotExist();
    assertThat(dir.resolve(VolumeManifest.FILE_NAME)).doesNotExist();
  }

  @Test
  @DisplayName("a refused run (foreign data*.csv) keeps the manifest of the dataset already there")
  void refusedRunKeepsTheManifest() throws IOException {
    VolumeManifest existing = VolumeGenerator.generate(SPEC, dir, Progress.NONE);
    Files.writeString(dir.resolve("data9.csv"), "x");
    assertThatThrownBy(() -> VolumeGenerator.generate(SPEC, dir, Progress.NONE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("data9.csv");
    assertThat(VolumeManifest.read(dir)).isEqualTo(existing);
  }

  @Test
  @DisplayName("an output path below a regular file fails clearly and leaves no file")
  void outputBelowAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> VolumeGenerator.generate(SPEC, file.resolve("out"), Progress.NONE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not-a-folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  @DisplayName("a read-only output folder fails clearly and leaves no file (skipped as root)")
  void readOnlyFolder() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(out)).as("root ignores permissions").isFalse();
      assertThatThrownBy(() -> VolumeGenerator.generate(SPEC, out, Progress.NONE))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(out.toString());
      try (Stream<Path> left = Files.list(out)) {
        assertThat(left).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  @DisplayName("a failure in one file deletes the files already written and leaves no manifest")
  void failureCleansUp() throws IOException {
    // data1.csv's temporary sibling cannot be renamed onto a non-empty folder of that name
    Files.createDirectories(dir.resolve("data1.csv").resolve("blocker"));
    assertThatThrownBy(() -> VolumeGenerator.generate(SPEC.withWorkers(1), dir, Progress.NONE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("data1.csv");
    assertThat(dir.resolve("data0.csv")).doesNotExist();
    assertThat(dir.resolve("data2.csv")).doesNotExist();
    assertThat(dir.resolve(VolumeManifest.FILE_NAME)).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("data1.csv");
    }
  }

  @Test
  @DisplayName("reading a folder without a manifest names the missing file")
  void missingManifest() throws IOException {
    assertThatThrownBy(() -> VolumeManifest.read(dir))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(dir.resolve("manifest.json").toString())
        .hasMessageContaining("generate");
    Files.writeString(dir.resolve("manifest.json"), "{\"workload\": \"daily\"}");
    assertThatThrownBy(() -> VolumeManifest.read(dir))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(dir.resolve("manifest.json") + " is a daily manifest, not volume");
    Files.writeString(dir.resolve("manifest.json"), "{\"workload\": \"daily\"");
    assertThatThrownBy(() -> VolumeManifest.read(dir))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("cannot read volume manifest");
  }
}
