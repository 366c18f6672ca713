package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.Frame;
import dev.frameports.frame.spi.Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Twenty hand-written rows in two files whose answers can be checked by eye. Ohio holds the zip
 * codes {@code 00501} and {@code 501}: distinct as text, equal as numbers, so the count proves the
 * declared STRING type; the first names repeat across the two files.
 */
class VolumeGoldenFixtureTest {
  private static final String HEADER =
      "first_name,last_name,gender,weight,height,address_txt,zip_cd,city,state,net_worth\r\n";
  private static final String DATA0 =
      HEADER
          + "Ann,Lee,Female,50,1.60,1 Elm St,00501,Akron,Ohio,100\r\n"
          + "Bob,Lee,Male,80,1.80,2 Elm St,00501,Akron,Ohio,200\r\n"
          + "Ann,Kay,Other,60,1.70,3 Elm St,43004,Akron,Ohio,300\r\n"
          + "Cid,Kay,Male,70,1.90,4 Elm St,43004,Akron,Ohio,400\r\n"
          + "Zed,Roe,Male,90,2.00,5 Oak Rd,75001,Waco,Texas,50000\r\n"
          + "Zed,Roe,Male,90,2.00,6 Oak Rd,75001,Waco,Texas,50000\r\n"
          + "Amy,Roe,Female,40,1.50,7 Oak Rd,75002,Waco,Texas,50000\r\n"
          + "Amy,Roe,Female,40,1.50,8 Oak Rd,00001,Waco,Texas,50000\r\n"
          + "Kim,Fox,Female,55,1.65,9 Ash Ln,84001,Provo,Utah,1\r\n"
          + "Lee,Fox,Male,65,1.75,10 Ash Ln,84001,Provo,Utah,2\r\n"
          + "Max,Fox,Male,75,1.85,11 Ash Ln,84001,Provo,Utah,3\r\n"
          + "Ned,Fox,Male,85,1.95,12 Ash Ln,84001,Provo,Utah,4\r\n";
  private static final String DATA1 =
      HEADER
          + "Bob,Day,Male,81,1.81,13 Elm St,43215,Dayton,Ohio,500\r\n"
          + "Ann,Day,Female,51,1.61,14 Elm St,501,Dayton,Ohio,600\r\n"
          + "Dee,Day,Female,52,1.62,15 Elm St,43215,Dayton,Ohio,700\r\n"
          + "Eve,Day,Female,53,1.63,16 Elm St,99999,Dayton,Ohio,0\r\n"
          + "Zed,Orr,Male,88,1.88,17 Oak Rd,75001,Waco,Texas,50000\r\n"
          + "Zed,Orr,Male,88,1.88,18 Oak Rd,75002,Waco,Texas,50000\r\n"
          + "Amy,Orr,Female,44,1.54,19 Oak Rd,75003,Waco,Texas,50000\r\n"
          + "Oli,Fox,Other,66,1.66,20 Ash Ln,84001,Provo,Utah,5\r\n";

  /** Counted by hand from the rows above. */
  private static final List<StateExpectation> EXPECTED =
      List.of(
          // zips 00501, 501, 43004, 43215, 99999; names Ann Bob Cid Dee Eve; 100+..+700+0
          new StateExpectation("Ohio", 8, 5, 5, 2_800),
          // zips 75001 75002 00001 75003; names Zed Amy; 7 x 50,000
          new StateExpectation("Texas", 7, 4, 2, 350_000),
          // zip 84001; names Kim Lee Max Ned Oli; 1+2+3+4+5
          new StateExpectation("Utah", 5, 1, 5, 15));

  private static final VolumeManifest MANIFEST =
      new VolumeManifest("volume", new VolumeSpec(20, 2, 0, 1), List.of(), EXPECTED);

  private Path data;

  @BeforeEach
  void write(@TempDir Path dir) throws IOException {
    data = dir;
    Files.writeString(dir.resolve("data0.csv"), DATA0);
    Files.writeString(dir.resolve("data1.csv"), DATA1);
    // neither matches data*.csv: the job must not read them
    Files.writeString(dir.resolve("other.csv"), "garbage\r\n");
    Files.writeString(dir.resolve("data1.csv.bak"), "garbage\r\n");
  }

  static List<String> all() {
    return VolumeBackends.all().toList();
  }

  static List<String> withParquetSink() {
    return VolumeBackends.withParquetSink().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  @DisplayName("the aggregate gives the hand-counted answer for each state, in state order")
  void aggregate(String backend) {
    Frame result;
    try (Backend engine = VolumeBackends.load(backend)) {
      result = VolumeJob.aggregate(engine, data).collect();
    }
    assertThat(result.rows())
        .containsExactly(
            List.of("Ohio", 5L, 5L, 2_800L, 8L),
            List.of("Texas", 4L, 2L, 350_000L, 7L),
            List.of("Utah", 1L, 5L, 15L, 5L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withParquetSink")
  @DisplayName("the job's Parquet, read back by another engine, holds the hand-counted answer")
  void job(String backend, @TempDir Path out) {
    Path target = out.resolve("golden.parquet");
    Clock clock = Clock.fixed(Instant.parse("2024-01-15T17:00:00Z"), ZoneOffset.UTC);
    try (Backend engine = VolumeBackends.load(backend)) {
      var run = VolumeJob.run(engine, data, target, clock);
      assertThat(run.inputRows()).isEqualTo(20);
      assertThat(run.outputRows()).isEqualTo(3);
    }
    LocalDateTime noonInNewYork = LocalDateTime.of(2024, 1, 15, 12, 0); // EST, UTC-5
    Frame output = VolumeJobTest.readBack(backend, target);
    assertThat(VolumeCheck.differences(output, MANIFEST, noonInNewYork, noonInNewYork)).isEmpty();
    assertThat(output.column("state")).containsExactly("Ohio", "Texas", "Utah");
  }
}
