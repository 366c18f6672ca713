package dev.frameports.duckdb;

import static dev.frameports.duckdb.DuckDbDialect.literal;
import static dev.frameports.duckdb.DuckDbDialect.quote;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.plan.PlanPrinter;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SourceSchemas;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * The sources of one statement: their schemas, the relation each scan reads, and the temporary
 * tables that must be loaded before the statement runs and dropped after it. Parquet files are read
 * in place; the other sources are copied into tables by {@link DuckDbSourceLoader}.
 */
final class DuckDbSources implements DuckDbSqlCompiler.Sources, AutoCloseable {
  /** Rows per Parquet file in the order column: file index in the high bits, row number below. */
  private static final long ROWS_PER_FILE = 1L << 40;

  private record Table(String name, Source source, Schema schema) {}

  private record ParquetColumns(Schema schema, List<String> duckDbTypes) {}

  private final DuckDBConnection connection;
  private final DuckDbFrameTables frameTables;
  private final Map<Source, Table> tables = new IdentityHashMap<>();
  private final List<Table> inOrder = new ArrayList<>();
  private final Map<Source, ParquetColumns> parquet = new IdentityHashMap<>();
  private final List<String> loaded = new ArrayList<>();

  DuckDbSources(DuckDBConnection connection, DuckDbFrameTables frameTables) {
    this.connection = connection;
    this.frameTables = frameTables;
  }

  /** The schema of a source; Parquet footers are read through DuckDB, once per source. */
  Schema schema(Source source) {
    if (source instanceof Source.Parquet files) {
      return parquetColumns(files).schema();
    }
    return SourceSchemas.of(source).orElseThrow();
  }

  @Override
  public SqlQuery relation(Source source, Schema schema) {
    if (source instanceof Source.Parquet files) {
      return SqlQuery.of(parquetRelation(files));
    }
    Table table = tables.get(source);
    if (table == null) {
      String name =
          source instanceof Source.Memory memory
              ? frameTables.tableFor(memory.frame())
              : DuckDbDialect.RESERVED_PREFIX + "src_" + (inOrder.size() + 1);
      table = new Table(name, source, schema);
      tables.put(source, table);
      inOrder.add(table);
    }
    return SqlQuery.of(DuckDbSourceLoader.scan(table.name(), schema));
  }

  /** Creates and fills the tables the compiled statement reads. */
  void load() throws SQLException {
    for (Table table : inOrder) {
      if (table.source() instanceof Source.Memory memory) {
        // kept across statements by the backend's frame tables, not dropped at close()
        frameTables.load(memory.frame(), table.schema());
      } else {
        loaded.add(table.name());
        DuckDbSourceLoader.load(connection, table.name(), table.source(), table.schema());
      }
    }
  }

  /** One comment line per table, for {@code explain()}. */
  String describe() {
    return inOrder.stream()
        .map(t -> "-- " + quote(t.name()) + " <- " + PlanPrinter.describe(t.source()))
        .collect(Collectors.joining("\n"));
  }

  private String parquetRelation(Source.Parquet source) {
    ParquetColumns columns = parquetColumns(source);
    List<String> selects = new ArrayList<>();
    for (int i = 0; i < source.files().size(); i++) {
      StringBuilder sql = new StringBuilder("SELECT (file_row_number + ");
      sql.append(i * ROWS_PER_FILE).append(") AS ").append(quote(DuckDbDialect.ORD));
      for (int c = 0; c < columns.schema().size(); c++) {
        Field field = columns.schema().field(c);
        String type = DuckDbDialect.typeName(field.type());
        sql.append(", ");
        sql.append(
            type.equals(columns.duckDbTypes().get(c))
                ? quote(field.name())
                : "CAST(" + quote(field.name()) + " AS " + type + ") AS " + quote(field.name()));
      }
      sql.append(" FROM read_parquet(").append(path(source.files().get(i)));
      selects.add(sql.append(", file_row_number=true)").toString());
    }
    return String.join("\n  UNION ALL\n  ", selects);
  }

  private ParquetColumns parquetColumns(Source.Parquet source) {
    ParquetColumns known = parquet.get(source);
    if (known != null) {
      return known;
    }
    String files =
        source.files().stream().map(DuckDbSources::path).collect(Collectors.joining(", "));
    List<Field> fields = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("DESCRIBE SELECT * FROM read_parquet([" + files + "])")) {
      while (rs.next()) {
        String name = rs.getString("column_name");
        String type = rs.getString("column_type");
        DataType mapped =
            DuckDbDialect.typeOf(type)
                .orElseThrow(
                    () ->
                        new SourceException(
                            "Parquet column '"
                                + name
                                + "' of type "
                                + type
                                + " in "
                                + source.files()
                                + " has no frameports type"));
        fields.add(Field.of(name, mapped));
        types.add(type);
      }
    } catch (SQLException e) {
      throw new SourceException(
          "cannot read Parquet file(s) " + source.files() + ": " + DuckDbErrors.summary(e), e);
    }
    known = new ParquetColumns(new Schema(fields), types);
    parquet.put(source, known);
    return known;
  }

  private static String path(Path file) {
    return literal(file.toAbsolutePath().toString());
  }

  /** Drops the tables this statement loaded; failures are ignored (they are temporary anyway). */
  @Override
  public void close() {
    for (String table : loaded) {
      try {
        DuckDbSourceLoader.execute(connection, "DROP TABLE IF EXISTS temp.main." + quote(table));
      } catch (SQLException ignored) {
        // the connection is gone or broken: its temporary tables went with it
      }
    }
    loaded.clear();
  }
}
