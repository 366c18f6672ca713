package dev.frameports.tablesaw;

import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.ExprWalker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Evaluates a scalar {@link Expr} over a {@link TablesawFrame}, column at a time: every node
 * produces a whole {@link TablesawColumn} (a literal becomes a constant column). The expression has
 * been type-checked by {@link dev.frameports.frame.plan.PlanSchemas} before.
 *
 * <p>{@code when} is the one lazy node: each branch value is evaluated only on the rows that take
 * the branch, and each condition only on the rows no earlier branch took, as SQL's {@code CASE}
 * promises, so a branch that would overflow or fail a cast on rows it does not serve raises
 * nothing.
 */
final class TablesawExprCompiler implements Expr.Visitor<TablesawColumn> {
  private final TablesawFrame frame;
  private final String name;

  private TablesawExprCompiler(TablesawFrame frame, String name) {
    this.frame = frame;
    this.name = name;
  }

  /** The expression's value on every row; new columns are named by its output name. */
  static TablesawColumn evaluate(Expr expr, TablesawFrame frame) {
    return expr.accept(new TablesawExprCompiler(frame, expr.outputName()));
  }

  /** The rows where a BOOLEAN predicate is true (false and null rows are left out). */
  static Selection trueRows(Expr predicate, TablesawFrame frame) {
    TablesawColumn result = evaluate(predicate, frame);
    Selection selection = new BitmapBackedSelection();
    for (int row = 0; row < result.size(); row++) {
      if (!result.isNull(row) && result.booleanAt(row)) {
        selection.add(row);
      }
    }
    return selection;
  }

  private TablesawColumn eval(Expr expr) {
    return expr.accept(this);
  }

  @Override
  public TablesawColumn visitCol(Expr.Col col) {
    return frame.column(col.name());
  }

  @Override
  public TablesawColumn visitLit(Expr.Lit lit) {
    return TablesawColumnBuilder.constant(lit.type(), name, lit.value(), frame.rowCount());
  }

  @Override
  public TablesawColumn visitBinary(Expr.Binary binary) {
    TablesawColumn left = eval(binary.left());
    TablesawColumn right = eval(binary.right());
    return switch (binary.op().kind()) {
      case ARITHMETIC -> {
        DataType type = ExprTypes.scalarType(binary, frame.schema());
        yield TablesawArithmetic.arithmetic(
            binary.op(), left, right, type, name, ExprPrinter.print(binary));
      }
      case COMPARISON -> TablesawArithmetic.compare(binary.op(), left, right, name);
      case LOGICAL -> TablesawArithmetic.logical(binary.op(), left, right, name);
    };
  }

  @Override
  public TablesawColumn visitNot(Expr.Not not) {
    return TablesawArithmetic.not(eval(not.input()), name);
  }

  @Override
  public TablesawColumn visitIsNull(Expr.IsNull isNull) {
    TablesawColumn input = eval(isNull.input());
    TablesawColumnBuilder out = TablesawColumnBuilder.create(DataType.BOOLEAN, name);
    for (int row = 0; row < input.size(); row++) {
      out.appendBoolean(input.isNull(row));
    }
    return out.build();
  }

  @Override
  public TablesawColumn visitIsIn(Expr.IsIn isIn) {
    return TablesawPredicates.isIn(isIn, eval(isIn.input()), name);
  }

  @Override
  public TablesawColumn visitStringMatch(Expr.StringMatch match) {
    return TablesawPredicates.match(match, eval(match.input()), name);
  }

  @Override
  public TablesawColumn visitWhen(Expr.When when) {
    DataType type = ExprTypes.scalarType(when, frame.schema());
    int n = frame.rowCount();
    int[] sourceOf = new int[n];
    int[] positionIn = new int[n];
    List<TablesawColumn> parts = new ArrayList<>();
    int[] remaining = TablesawFrame.identity(n);
    for (int b = 0; b <= when.branches().size(); b++) {
      boolean otherwise = b == when.branches().size();
      int[] taken = remaining;
      int[] rest = new int[0];
      if (!otherwise) {
        TablesawColumn condition = evaluateOn(when.branches().get(b).condition(), remaining);
        int[][] split = splitOnTrue(condition, remaining);
        taken = split[0];
        rest = split[1];
      }
      Expr value = otherwise ? when.otherwise() : when.branches().get(b).value();
      parts.add(TablesawCasts.cast(evaluateOn(value, taken), type, name));
      for (int i = 0; i < taken.length; i++) {
        sourceOf[taken[i]] = b;
        positionIn[taken[i]] = i;
      }
      remaining = rest;
    }
    TablesawColumnBuilder out = TablesawColumnBuilder.create(type, name);
    for (int row = 0; row < n; row++) {
      out.appendFrom(parts.get(sourceOf[row]), positionIn[row]);
    }
    return out.build();
  }

  /** Evaluates {@code expr} on a subset of rows (ascending positions) of the frame. */
  private TablesawColumn evaluateOn(Expr expr, int[] rows) {
    if (rows.length == frame.rowCount()) {
      return expr.accept(this); // subsets only shrink, so this is every row
    }
    TablesawFrame subset = frame.restrict(ExprWalker.columns(expr), rows);
    return expr.accept(new TablesawExprCompiler(subset, name));
  }

  /** The positions whose condition is true, and the others. */
  private static int[][] splitOnTrue(TablesawColumn condition, int[] rows) {
    int[] taken = new int[rows.length];
    int[] rest = new int[rows.length];
    int t = 0;
    int r = 0;
    for (int i = 0; i < rows.length; i++) {
      if (!condition.isNull(i) && condition.booleanAt(i)) {
        taken[t++] = rows[i];
      } else {
        rest[r++] = rows[i];
      }
    }
    return new int[][] {Arrays.copyOf(taken, t), Arrays.copyOf(rest, r)};
  }

  @Override
  public TablesawColumn visitCast(Expr.Cast cast) {
    return TablesawCasts.cast(eval(cast.input()), cast.to(), name);
  }

  @Override
  public TablesawColumn visitTruncate(Expr.Truncate truncate) {
    return TablesawTruncation.truncate(eval(truncate.input()), truncate.everyMicros(), name);
  }

  @Override
  public TablesawColumn visitAlias(Expr.Alias alias) {
    return eval(alias.input());
  }

  @Override
  public TablesawColumn visitAgg(Expr.Agg agg) {
    throw new IllegalStateException("aggregate outside agg(..): " + ExprPrinter.print(agg));
  }

  @Override
  public TablesawColumn visitLen(Expr.Len len) {
    throw new IllegalStateException("len() outside agg(..)");
  }
}
