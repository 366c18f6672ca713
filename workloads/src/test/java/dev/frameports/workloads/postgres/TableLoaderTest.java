package dev.frameports.workloads.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.workloads.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every strategy against one embedded PostgreSQL (started once) and one in-memory DuckDB. */
class TableLoaderTest {
  private static final LoadOptions OPTIONS =
      LoadOptions.defaults().withWorkers(3).withBatchSize(100);

  @TempDir static Path dir;
  private static PostgresServer postgres;
  private static DuckDbSink duckDb;
  private static Path persons;
  private static PersonsOracle personsOracle;
  private static Path diabetes;
  private static DiabetesOracle diabetesOracle;

  @BeforeAll
  static void start() throws SQLException {
    postgres = PostgresServer.embedded();
    duckDb = DuckDbSink.inMemory();
    persons = dir.resolve("persons.csv");
    personsOracle = PersonsGenerator.write(persons, PersonsSpec.of(600, 42), Progress.NONE);
    diabetes = dir.resolve("diabetes.csv");
    // repeat 1: all 768 base rows once, so every column sum depends on every base row
    diabetesOracle =
        DiabetesGenerator.write(
            diabetes, DiabetesSpec.of(DiabetesSize.TEN_K, 42, 1), Progress.NONE);
  }

  @AfterAll
  static void stop() throws SQLException {
    postgres.close();
    duckDb.close();
  }

  static LoadSink sinkFor(LoadStrategy strategy) {
    return strategy.targetsPostgres() ? postgres : duckDb;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LoadStrategy.class)
  @DisplayName("every strategy loads the persons file into a table equal to the generator's oracle")
  void loadsPersons(LoadStrategy strategy) throws SQLException {
    LoadResult result =
        TableLoader.load(sinkFor(strategy), strategy, LoadTable.PERSONS, persons, OPTIONS);
    assertThat(result.rows()).isEqualTo(600);
    assertThat(result.summaryLine()).contains("600 rows", strategy.name());
    try (Connection connection = sinkFor(strategy).connection()) {
      assertThat(TableCheck.compare(connection, personsOracle)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LoadStrategy.class)
  @DisplayName(
      "every strategy loads the diabetes file into a table equal to the generator's oracle")
  void loadsDiabetes(LoadStrategy strategy) throws SQLException {
    LoadResult result =
        TableLoader.load(sinkFor(strategy), strategy, LoadTable.DIABETES, diabetes, OPTIONS);
    assertThat(result.rows()).isEqualTo(768);
    try (Connection connection = sinkFor(strategy).connection()) {
      assertThat(TableCheck.compare(connection, diabetesOracle)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} workers")
  @ValueSource(ints = {1, 4})
  @DisplayName("the parallel strategies leave the same table whatever the worker count")
  void workerCountDoesNotMatter(int workers) throws SQLException {
    for (LoadStrategy strategy :
        List.of(LoadStrategy.ROW_PARALLEL, LoadStrategy.ROW_PARALLEL_SHARED)) {
      LoadResult result =
          TableLoader.load(
              postgres, strategy, LoadTable.PERSONS, persons, OPTIONS.withWorkers(workers));
      assertThat(result.workers()).isEqualTo(workers);
      try (Connection connection = postgres.connection()) {
        assertThat(TableCheck.compare(connection, personsOracle)).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("the check reports a table that differs from the oracle")
  void checkFindsDifferences() throws SQLException {
    TableLoader.load(postgres, LoadStrategy.COPY, LoadTable.PERSONS, persons, OPTIONS);
    try (Connection connection = postgres.connection()) {
      connection.createStatement().execute("UPDATE persons SET age = age + 1 WHERE id = 7");
      assertThat(TableCheck.compare(connection, personsOracle))
          .anySatisfy(d -> assertThat(d).startsWith("sum(age): expected " + personsOracle.ageSum()))
          .anySatisfy(d -> assertThat(d).startsWith("age histogram"));
    }
  }

  @Test
  @DisplayName("upstream's test_summary_query: count(*) > 0 after the load")
  void summaryQuery() throws SQLException {
    TableLoader.load(postgres, LoadStrategy.BATCH, LoadTable.PERSONS, persons, OPTIONS);
    assertThat(count(postgres, "SELECT COUNT(*) FROM persons")).isPositive();
  }

  @Test
  @DisplayName("upstream's test_perf_query on a 10-row table: age > 22 gives 10, age > 65 gives 0")
  void perfQueryOnTenRows() throws Exception {
    Path fixture = dir.resolve("persons-10.csv");
    Files.writeString(
        fixture,
        "id,name,age,isMarried,city,state,country\n"
            + "1,Mera Tolk,48,false,Fredo,Antio,Colomba\n"
            + "2,Suda Brin,30,true,Palo,Varn,Estora\n"
            + "3,Kiro Vand,64,false,Lusa,Varn,Estora\n"
            + "4,Tama Heln,35,true,Ormo,Glen,Pardia\n"
            + "5,Jode Wirs,59,false,Cavi,Glen,Pardia\n"
            + "6,Bela Drom,41,true,Nuro,Sell,Marvo\n"
            + "7,Fina Chou,52,true,Taro,Sell,Marvo\n"
            + "8,Rile Posk,33,false,Vesa,Kend,Ulbar\n"
            + "9,Zoe Marn,46,true,Dura,Kend,Ulbar\n"
            + "10,Gus Halm,61,false,Pina,Abro,Colomba\n");
    TableLoader.load(postgres, LoadStrategy.ROW, LoadTable.PERSONS, fixture, OPTIONS);
    assertThat(perfQuery(22)).isEqualTo(10);
    assertThat(perfQuery(65)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = LoadStrategy.class,
      names = {"BATCH", "COPY", "DUCKDB_APPENDER"})
  @DisplayName("a bad row fails an atomic load naming file and line, and leaves the table empty")
  void badRowRollsBack(LoadStrategy strategy) throws Exception {
    Path bad = withBadAge(persons, 400);
    assertThatThrownBy(
            () -> TableLoader.load(sinkFor(strategy), strategy, LoadTable.PERSONS, bad, OPTIONS))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(bad + " line 401: column age value 'forty' is not an integer")
        .hasMessageContaining("rolled back")
        .satisfies(e -> assertThat(((LoadException) e).rowsLoaded()).isZero());
    assertThat(count(sinkFor(strategy), "SELECT count(*) FROM persons")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = LoadStrategy.class,
      names = {"ROW", "ROW_PARALLEL", "ROW_PARALLEL_SHARED"})
  @DisplayName(
      "a bad row stops a row-by-row load, which keeps the rows committed before it and says so")
  void badRowKeepsCommittedRows(LoadStrategy strategy) throws Exception {
    Path bad = withBadAge(persons, 400);
    assertThatThrownBy(() -> TableLoader.load(postgres, strategy, LoadTable.PERSONS, bad, OPTIONS))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(bad + " line 401: column age value 'forty' is not an integer")
        .hasMessageContaining("399 rows were loaded (committed) before the failure")
        .satisfies(e -> assertThat(((LoadException) e).rowsLoaded()).isEqualTo(399));
    assertThat(count(postgres, "SELECT count(*) FROM persons")).isEqualTo(399);
    assertThat(count(postgres, "SELECT max(id) FROM persons")).isEqualTo(399);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = LoadStrategy.class,
      names = {"ROW", "COPY"})
  @DisplayName("a row with a missing column names the file, the line and the expected columns")
  void wrongColumnCount(LoadStrategy strategy) throws Exception {
    List<String> lines = Files.readAllLines(diabetes);
    lines.set(10, "6,148,72,35,0,33.6,0.627,50");
    Path bad = dir.resolve("short-row.csv");
    Files.write(bad, lines);
    assertThatThrownBy(() -> TableLoader.load(postgres, strategy, LoadTable.DIABETES, bad, OPTIONS))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(bad + " line 11: 8 fields, expected 9");
  }

  @Test
  @DisplayName("a file with the wrong header is refused before any row is loaded")
  void wrongHeader() {
    assertThatThrownBy(
            () ->
                TableLoader.load(postgres, LoadStrategy.COPY, LoadTable.DIABETES, persons, OPTIONS))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(persons + " line 1: header id,name,age");
  }

  @Test
  @DisplayName(
      "a row the server refuses (a duplicate primary key) fails the batch load, naming the server")
  void serverRefusesRow() throws Exception {
    List<String> lines = Files.readAllLines(persons);
    lines.set(300, lines.get(299));
    Path duplicate = dir.resolve("duplicate.csv");
    Files.write(duplicate, lines);
    assertThatThrownBy(
            () ->
                TableLoader.load(
                    postgres, LoadStrategy.BATCH, LoadTable.PERSONS, duplicate, OPTIONS))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("into embedded PostgreSQL at jdbc:postgresql://localhost:")
        .hasMessageContaining("duplicate key");
    assertThat(count(postgres, "SELECT count(*) FROM persons")).isZero();
  }

  @Test
  @DisplayName("a strategy and a sink of different kinds are refused")
  void wrongSink() {
    assertThatThrownBy(
            () -> TableLoader.load(duckDb, LoadStrategy.COPY, LoadTable.PERSONS, persons, OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY cannot write to in-memory DuckDB");
  }

  private static Path withBadAge(Path file, int id) throws Exception {
    List<String> lines = Files.readAllLines(file);
    String[] fields = lines.get(id).split(",", -1);
    fields[2] = "forty";
    lines.set(id, String.join(",", fields));
    Path bad = dir.resolve("bad-age.csv");
    Files.write(bad, lines);
    return bad;
  }

  private static long perfQuery(int age) throws SQLException {
    try (Connection connection = postgres.connection();
        PreparedStatement query =
            connection.prepareStatement("SELECT COUNT(*) AS count FROM persons WHERE age > ?")) {
      query.setInt(1, age);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long count(LoadSink sink, String sql) throws SQLException {
    try (Connection connection = sink.connection();
        ResultSet row = connection.createStatement().executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
