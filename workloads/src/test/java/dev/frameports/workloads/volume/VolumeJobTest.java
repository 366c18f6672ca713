package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Frame;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.workloads.EtlRun;
import dev.frameports.workloads.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VolumeJobTest {
  @TempDir static Path data;
  static VolumeManifest manifest;

  @TempDir Path out;

  @BeforeAll
  static void generate() {
    manifest = VolumeGenerator.generate(VolumeSize.TINY.spec(2024, 2), data, Progress.NONE);
  }

  static Stream<String> withParquetSink() {
    return VolumeBackends.withParquetSink();
  }

  static Stream<String> all() {
    return VolumeBackends.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withParquetSink")
  @DisplayName("the Parquet written equals the oracle when a second engine reads it back")
  void outputEqualsOracle(String backend) throws IOException {
    Path target = out.resolve("state_agg.parquet");
    LocalDateTime from = LocalDateTime.now(VolumeJob.PROCESS_ZONE);
    EtlRun run;
    try (Backend engine = VolumeBackends.load(backend)) {
      run = VolumeJob.run(engine, data, target, Clock.systemUTC());
    }
    LocalDateTime to = LocalDateTime.now(VolumeJob.PROCESS_ZONE);
    assertThat(run.workload()).isEqualTo("volume");
    assertThat(run.backend()).isEqualTo(backend);
    assertThat(run.inputRows()).isEqualTo(10_000);
    assertThat(run.inputBytes()).isEqualTo(manifest.totalBytes());
    assertThat(run.outputRows()).isEqualTo(50);
    assertThat(run.output()).isEqualTo(target);
    Frame output = readBack(backend, target);
    assertThat(output.schema().names()).isEqualTo(VolumeJob.OUTPUT_COLUMNS);
    assertThat(VolumeCheck.differences(output, manifest, from, to)).isEmpty();
    assertThat(output.column("state")).isEqualTo(List.copyOf(VolumeVocabulary.STATES));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(target); // no temporary file left beside it
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withParquetSink")
  @DisplayName("process_ts is the clock's New York wall time, naive, in every row")
  void processTsIsNewYorkWallClock(String backend) {
    Path target = out.resolve("state_agg.parquet");
    Clock clock = Clock.fixed(Instant.parse("2024-04-16T16:30:00.123456Z"), ZoneOffset.UTC);
    try (Backend engine = VolumeBackends.load(backend)) {
      VolumeJob.run(engine, data, target, clock);
    }
    LocalDateTime newYork = LocalDateTime.parse("2024-04-16T12:30:00.123456"); // EDT, UTC-4
    assertThat(readBack(backend, target).column("process_ts")).hasSize(50).containsOnly(newYork);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  @DisplayName("every backend's aggregate equals the oracle, row counts per state included")
  void aggregateEqualsOracle(String backend) {
    LocalDateTime ts = LocalDateTime.of(2024, 4, 16, 12, 0);
    Frame aggregated;
    Frame output;
    try (Backend engine = VolumeBackends.load(backend)) {
      aggregated = VolumeJob.aggregate(engine, data).collect();
      output = engine.from(aggregated).select(VolumeJob.outputColumns(ts)).collect();
    }
    assertThat(VolumeCheck.differences(output, manifest, ts, ts)).isEmpty();
    assertThat(aggregated.column(VolumeJob.ROW_COUNT))
        .isEqualTo(manifest.states().stream().map(s -> (Object) s.rows()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withParquetSink")
  @DisplayName("the run hands over its aggregate, whose per-state row counts equal the oracle's")
  void perStateRowCounts(String backend, @TempDir Path out) {
    List<Frame> seen = new ArrayList<>();
    try (Backend engine = VolumeBackends.load(backend)) {
      VolumeJob.run(
          engine, engine, data, out.resolve("state_agg.parquet"), Clock.systemUTC(), seen::add);
    }
    assertThat(seen).hasSize(1);
    assertThat(VolumeCheck.rowCountDifferences(seen.get(0), manifest)).isEmpty();
    StateExpectation first = manifest.states().get(0);
    List<StateExpectation> states = new ArrayList<>(manifest.states());
    states.set(
        0,
        new StateExpectation(
            first.state(),
            first.rows() + 1,
            first.zipCount(),
            first.firstNameCount(),
            first.netWorthSum()));
    VolumeManifest tampered =
        new VolumeManifest(manifest.workload(), manifest.spec(), manifest.files(), states);
    assertThat(VolumeCheck.rowCountDifferences(seen.get(0), tampered))
        .containsExactly(
            first.state()
                + ": the engine read "
                + first.rows()
                + " rows, expected "
                + (first.rows() + 1));
  }

  @Test
  @DisplayName("tablesaw cannot write Parquet: the job says so before reading and writes nothing")
  void tablesawHasNoParquetSink() {
    Path target = out.resolve("state_agg.parquet");
    try (Backend engine = VolumeBackends.load("tablesaw")) {
      assertThatThrownBy(() -> VolumeJob.run(engine, data, target, Clock.systemUTC()))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage(
              "backend 'tablesaw' does not support Parquet sinks (capability PARQUET_SINK)");
    }
    assertThat(target).doesNotExist();
  }

  static Frame readBack(String writer, Path parquet) {
    try (Backend reader = VolumeBackends.load(VolumeBackends.readerOtherThan(writer))) {
      return reader.scan(Source.parquet(parquet.toString())).collect();
    }
  }
}
