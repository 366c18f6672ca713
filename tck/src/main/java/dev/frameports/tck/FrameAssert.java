package dev.frameports.tck;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Field;
import dev.frameports.frame.Frame;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on {@link Frame}s. Floats are equal within {@link #FLOAT_TOLERANCE} (absolute
 * or relative, whichever is looser): engines sum in different orders. Everything else is exact.
 */
public final class FrameAssert extends AbstractAssert<FrameAssert, Frame> {
  /** The one documented float tolerance of the project: 1e-9, absolute or relative. */
  public static final double FLOAT_TOLERANCE = 1e-9;

  private FrameAssert(Frame actual) {
    super(actual, FrameAssert.class);
  }

  /** Entry point: {@code assertThatFrame(frame).hasRowsInOrder(row(..), ..)}. */
  public static FrameAssert assertThatFrame(Frame actual) {
    return new FrameAssert(actual);
  }

  /** The schema is exactly this one (names, types, order). */
  public FrameAssert hasSchema(Schema expected) {
    isNotNull();
    if (!actual.schema().equals(expected)) {
      failWithMessage("expected schema %s but was %s", expected, actual.schema());
    }
    return this;
  }

  /** The column names, in order. */
  public FrameAssert hasColumns(String... names) {
    isNotNull();
    if (!actual.schema().names().equals(List.of(names))) {
      failWithMessage("expected columns %s but was %s", List.of(names), actual.schema().names());
    }
    return this;
  }

  /** The rows are exactly these, in this order. */
  public FrameAssert hasRowsInOrder(List<?>... expected) {
    return hasRowsInOrder(Arrays.asList(expected));
  }

  /** The rows are exactly these, in this order. */
  public FrameAssert hasRowsInOrder(List<? extends List<?>> expected) {
    isNotNull();
    List<List<Object>> actualRows = new ArrayList<>(actual.rows());
    if (!rowsEqual(actualRows, expected)) {
      failWithMessage("expected rows (in order)%n  %s%nbut frame was%n%s", expected, actual);
    }
    return this;
  }

  /** The rows are these, in any order (a multiset comparison after a canonical sort). */
  public FrameAssert hasRowsInAnyOrder(List<?>... expected) {
    return hasRowsInAnyOrder(Arrays.asList(expected));
  }

  /** The rows are these, in any order (a multiset comparison after a canonical sort). */
  public FrameAssert hasRowsInAnyOrder(List<? extends List<?>> expected) {
    isNotNull();
    List<List<?>> sortedActual = canonical(new ArrayList<>(actual.rows()));
    List<List<?>> sortedExpected = canonical(new ArrayList<>(expected));
    if (!rowsEqual(sortedActual, sortedExpected)) {
      failWithMessage("expected rows (any order)%n  %s%nbut frame was%n%s", expected, actual);
    }
    return this;
  }

  /** The named column holds exactly these values, in this order (floats within tolerance). */
  public FrameAssert hasColumnValues(String name, Object... expected) {
    isNotNull();
    if (actual.schema().indexOf(name) < 0) {
      failWithMessage("expected a column '%s' but columns were %s", name, actual.schema().names());
    }
    List<List<?>> actualValues = new ArrayList<>();
    actual.column(name).forEach(v -> actualValues.add(Arrays.asList(v)));
    List<List<?>> expectedValues = new ArrayList<>();
    for (Object value : expected) {
      expectedValues.add(Arrays.asList(value));
    }
    if (!rowsEqual(actualValues, expectedValues)) {
      failWithMessage(
          "expected column '%s' to be%n  %s%nbut was%n  %s",
          name, Arrays.asList(expected), actual.column(name));
    }
    return this;
  }

  /** The column types, in order. */
  public FrameAssert hasTypes(DataType... expected) {
    isNotNull();
    List<DataType> types = actual.schema().fields().stream().map(Field::type).toList();
    if (!types.equals(List.of(expected))) {
      failWithMessage("expected column types %s but was %s", List.of(expected), actual.schema());
    }
    return this;
  }

  /** The frame has this many rows. */
  public FrameAssert hasHeight(int expected) {
    isNotNull();
    if (actual.height() != expected) {
      failWithMessage("expected %s rows but frame was%n%s", expected, actual);
    }
    return this;
  }

  /** Rows sorted by every column with {@link Values#compare}, nulls first: a canonical order. */
  public static List<List<?>> canonical(List<? extends List<?>> rows) {
    List<List<?>> copy = new ArrayList<>(rows);
    copy.sort(ROW_ORDER);
    return copy;
  }

  private static final Comparator<List<?>> ROW_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = Values.compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  static boolean rowsEqual(List<? extends List<?>> a, List<? extends List<?>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int r = 0; r < a.size(); r++) {
      List<?> x = a.get(r);
      List<?> y = b.get(r);
      if (x.size() != y.size()) {
        return false;
      }
      for (int c = 0; c < x.size(); c++) {
        if (!valuesEqual(x.get(c), y.get(c))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Exact equality, except doubles within {@link #FLOAT_TOLERANCE}. */
  public static boolean valuesEqual(Object x, Object y) {
    if (x instanceof Double dx && y instanceof Double dy) {
      double diff = Math.abs(dx - dy);
      return dx.equals(dy)
          || diff <= FLOAT_TOLERANCE
          || diff <= FLOAT_TOLERANCE * Math.max(Math.abs(dx), Math.abs(dy));
    }
    return Objects.equals(x, y);
  }
}
