package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.PlanPrinter;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.source.SqliteReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.FieldVector;
import org.jspecify.annotations.Nullable;

/**
 * SQLite files through the shared JDBC reader, {@code batch_size} rows at a time: never the whole
 * table. Without a declared schema the projection is pushed into SQLite by wrapping the query.
 */
final class ArrowSqliteScan extends ArrowOperator {
  private final Source.Sqlite source;
  private final Schema sourceSchema;
  private @Nullable SqliteReader reader;
  private boolean done;

  ArrowSqliteScan(ArrowContext context, Source.Sqlite source, Schema full, Schema output) {
    super(context, output, List.of());
    if (source.schema() == null && output.size() < full.size()) {
      String columns =
          output.names().stream()
              .map(n -> "\"" + n.replace("\"", "\"\"") + "\"")
              .collect(Collectors.joining(", "));
      String sql = source.sql().strip();
      while (sql.endsWith(";")) {
        sql = sql.substring(0, sql.length() - 1).strip();
      }
      this.source =
          new Source.Sqlite(
              source.files(),
              null,
              "SELECT " + columns + " FROM (\n" + sql + "\n)",
              source.parameters(),
              output);
      this.sourceSchema = output;
    } else {
      this.source = source;
      this.sourceSchema = full;
    }
  }

  @Override
  protected boolean advance() {
    if (done) {
      return false;
    }
    if (reader == null) {
      reader = SqliteReader.open(source, sourceSchema);
    }
    Schema out = schema();
    int[] columns = out.names().stream().mapToInt(sourceSchema::indexOf).toArray();
    List<FieldVector> vectors = new ArrayList<>();
    int rows = 0;
    try {
      for (int c = 0; c < columns.length; c++) {
        FieldVector vector =
            ArrowTypes.newVector(out.field(c).name(), out.field(c).type(), allocator);
        vectors.add(vector);
        vector.setInitialCapacity(Math.min(context.batchSize(), 4096));
        vector.allocateNew();
      }
      while (rows < context.batchSize() && reader.next()) {
        for (int c = 0; c < columns.length; c++) {
          DataType type = out.field(c).type();
          ArrowVectors.set(vectors.get(c), type, rows, reader.get(columns[c]));
        }
        rows++;
      }
      for (FieldVector vector : vectors) {
        vector.setValueCount(rows);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    if (rows < context.batchSize()) {
      done = true;
      reader.close();
      reader = null;
    }
    if (rows == 0) {
      vectors.forEach(FieldVector::close);
      return false;
    }
    return emitOwned(vectors, rows);
  }

  @Override
  protected void closeState() {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }

  @Override
  public String describe() {
    return "ArrowSqliteScan " + PlanPrinter.describe(source) + " columns " + schema().names();
  }
}
