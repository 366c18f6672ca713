package dev.frameports.arrow;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.SortKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.jspecify.annotations.Nullable;

/**
 * A stable multi-key sort: buffers its input in Arrow vectors (a sort must see every row), sorts an
 * index of row numbers with {@link ArrowIndexSort} comparing the key cells in place (nulls first or
 * last per key, either direction), then gathers the rows batch by batch.
 */
final class ArrowSort extends ArrowOperator {
  private final ArrowBatchReader input;
  private final List<SortKey> keys;
  private @Nullable ArrowTable table;
  private @Nullable ArrowStateArray order;
  private int emitted;

  ArrowSort(ArrowContext context, ArrowBatchReader input, List<SortKey> keys) {
    super(context, input.schema(), List.of(input));
    this.input = input;
    this.keys = List.copyOf(keys);
  }

  @Override
  protected boolean advance() {
    if (table == null) {
      table = new ArrowTable(schema(), allocator);
      int[] all = new int[schema().size()];
      for (int c = 0; c < all.length; c++) {
        all[c] = c;
      }
      while (input.next()) {
        table.append(input.batch(), all);
      }
      order = ArrowIndexSort.sort(table.rows(), comparator(table), allocator);
    }
    if (emitted >= table.rows()) {
      return false;
    }
    int rows = Math.min(context.batchSize(), table.rows() - emitted);
    int[] picked = new int[rows];
    for (int i = 0; i < rows; i++) {
      picked[i] = order.getInt(emitted + i);
    }
    emitted += rows;
    List<FieldVector> vectors = new ArrayList<>();
    try {
      for (int c = 0; c < schema().size(); c++) {
        Field field = schema().field(c);
        FieldVector to = ArrowTypes.newVector(field.name(), field.type(), allocator);
        vectors.add(to);
        ArrowVectors.gather(table.column(c), picked, rows, to);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    return emitOwned(vectors, rows);
  }

  private ArrowIndexSort.RowComparator comparator(ArrowTable rows) {
    int n = keys.size();
    FieldVector[] vectors = new FieldVector[n];
    DataType[] types = new DataType[n];
    boolean[] descending = new boolean[n];
    boolean[] nullsLast = new boolean[n];
    for (int k = 0; k < n; k++) {
      int column = schema().indexOf(keys.get(k).column());
      vectors[k] = rows.column(column);
      types[k] = schema().field(column).type();
      descending[k] = keys.get(k).descending();
      nullsLast[k] = keys.get(k).nullsLast();
    }
    return (a, b) -> {
      for (int k = 0; k < n; k++) {
        FieldVector v = vectors[k];
        boolean an = v.isNull(a);
        boolean bn = v.isNull(b);
        int c;
        if (an || bn) {
          c = an == bn ? 0 : (an == nullsLast[k] ? 1 : -1);
        } else {
          c = ArrowRows.compare(v, a, v, b, types[k]);
          if (descending[k]) {
            c = -c;
          }
        }
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  @Override
  protected void closeState() {
    if (order != null) {
      order.close();
    }
    if (table != null) {
      table.close();
    }
  }

  @Override
  public String describe() {
    return "ArrowSort " + keys;
  }
}
