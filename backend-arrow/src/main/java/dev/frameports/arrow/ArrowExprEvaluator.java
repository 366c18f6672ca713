package dev.frameports.arrow;

import dev.frameports.frame.BinaryOp;
import dev.frameports.frame.DataType;
import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprPrinter;
import dev.frameports.frame.ExprTypes;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Compiles a scalar {@link Expr} against the schema of an operator's input batches into a tree of
 * {@link ArrowVectorExpr} nodes, which evaluate a whole batch with primitive loops. Operands are
 * converted to a common type at compile time, so each loop sees one vector class.
 */
final class ArrowExprEvaluator {
  private final ArrowVectorExpr root;
  private final String text;

  private ArrowExprEvaluator(ArrowVectorExpr root, String text) {
    this.root = root;
    this.text = text;
  }

  /**
   * Compiles {@code expr}; {@code schema} describes the batches it will see.
   *
   * @throws PlanException for a type error (normally caught earlier by PlanSchemas)
   */
  static ArrowExprEvaluator compile(Expr expr, Schema schema, BufferAllocator allocator) {
    ExprTypes.scalarType(expr, schema);
    return new ArrowExprEvaluator(
        expr.accept(new Compiler(schema, allocator)), ExprPrinter.print(expr));
  }

  DataType type() {
    return root.type();
  }

  /** The value over a batch. The caller closes it if {@link #owned()}, else it is the batch's. */
  FieldVector evaluate(VectorSchemaRoot batch) {
    return root.eval(batch, batch.getRowCount(), null);
  }

  /** False when the expression is a plain column, evaluated without a copy. */
  boolean owned() {
    return root.owned();
  }

  void release(FieldVector result) {
    root.release(result);
  }

  @Override
  public String toString() {
    return text;
  }

  private record Compiler(Schema schema, BufferAllocator allocator)
      implements Expr.Visitor<ArrowVectorExpr> {

    private ArrowVectorExpr convert(ArrowVectorExpr node, DataType to) {
      if (node.type() == to) {
        return node;
      }
      if (node instanceof ArrowLiteralExpr lit && lit.value() == null) {
        return new ArrowLiteralExpr(null, to, allocator);
      }
      return new ArrowCastExpr(node, to, "implicit conversion to " + to, allocator);
    }

    @Override
    public ArrowVectorExpr visitCol(Expr.Col col) {
      int index = schema.indexOf(col.name());
      if (index < 0) {
        schema.field(col.name()); // throws the PlanException listing the columns
      }
      return new ArrowColumnExpr(index, schema.field(index).type());
    }

    @Override
    public ArrowVectorExpr visitLit(Expr.Lit lit) {
      return new ArrowLiteralExpr(lit.value(), lit.type(), allocator);
    }

    @Override
    public ArrowVectorExpr visitBinary(Expr.Binary binary) {
      ArrowVectorExpr left = binary.left().accept(this);
      ArrowVectorExpr right = binary.right().accept(this);
      BinaryOp op = binary.op();
      String text = ExprPrinter.print(binary);
      return switch (op.kind()) {
        case ARITHMETIC -> {
          DataType type =
              op == BinaryOp.DIV ? DataType.FLOAT64 : ExprTypes.promote(left.type(), right.type());
          yield new ArrowArithmeticExpr(
              op, convert(left, type), convert(right, type), type, text, allocator);
        }
        case COMPARISON -> new ArrowCompareExpr(op, left, right, allocator);
        case LOGICAL ->
            new ArrowLogicalExpr(
                op == BinaryOp.AND ? ArrowLogicalExpr.Kind.AND : ArrowLogicalExpr.Kind.OR,
                left,
                right,
                allocator);
      };
    }

    @Override
    public ArrowVectorExpr visitNot(Expr.Not not) {
      return new ArrowLogicalExpr(
          ArrowLogicalExpr.Kind.NOT, not.input().accept(this), null, allocator);
    }

    @Override
    public ArrowVectorExpr visitIsNull(Expr.IsNull isNull) {
      return new ArrowLogicalExpr(
          ArrowLogicalExpr.Kind.IS_NULL, isNull.input().accept(this), null, allocator);
    }

    @Override
    public ArrowVectorExpr visitIsIn(Expr.IsIn isIn) {
      return new ArrowIsInExpr(isIn.input().accept(this), isIn.values(), allocator);
    }

    @Override
    public ArrowVectorExpr visitStringMatch(Expr.StringMatch match) {
      return new ArrowStringMatchExpr(
          match.op(), match.input().accept(this), match.pattern(), match.ignoreCase(), allocator);
    }

    @Override
    public ArrowVectorExpr visitWhen(Expr.When when) {
      List<ArrowVectorExpr> conditions = new ArrayList<>();
      List<ArrowVectorExpr> values = new ArrayList<>();
      DataType type = ExprTypes.scalarType(when, schema);
      for (Expr.When.Branch branch : when.branches()) {
        conditions.add(branch.condition().accept(this));
        values.add(convert(branch.value().accept(this), type));
      }
      values.add(convert(when.otherwise().accept(this), type));
      return new ArrowWhenExpr(conditions, values, type, allocator);
    }

    @Override
    public ArrowVectorExpr visitCast(Expr.Cast cast) {
      ArrowVectorExpr input = cast.input().accept(this);
      if (input.type() == cast.to()) {
        return input;
      }
      if (input instanceof ArrowLiteralExpr lit && lit.value() == null) {
        return new ArrowLiteralExpr(null, cast.to(), allocator);
      }
      return new ArrowCastExpr(input, cast.to(), ExprPrinter.print(cast), allocator);
    }

    @Override
    public ArrowVectorExpr visitTruncate(Expr.Truncate truncate) {
      return new ArrowTruncateExpr(
          truncate.input().accept(this),
          truncate.everyMicros(),
          ExprPrinter.print(truncate),
          allocator);
    }

    @Override
    public ArrowVectorExpr visitAlias(Expr.Alias alias) {
      return alias.input().accept(this);
    }

    @Override
    public ArrowVectorExpr visitAgg(Expr.Agg agg) {
      throw new PlanException("aggregate " + ExprPrinter.print(agg) + " outside agg(..)");
    }

    @Override
    public ArrowVectorExpr visitLen(Expr.Len len) {
      throw new PlanException("len() outside agg(..)");
    }
  }
}
