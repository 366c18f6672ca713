package dev.frameports.frame;

/** The binary operators of {@link Expr.Binary}, with their SQL-ish symbol for printing. */
public enum BinaryOp {
  ADD("+", Kind.ARITHMETIC),
  SUB("-", Kind.ARITHMETIC),
  MUL("*", Kind.ARITHMETIC),
  /** True division, always FLOAT64; division by zero is null. */
  DIV("/", Kind.ARITHMETIC),
  EQ("=", Kind.COMPARISON),
  NE("<>", Kind.COMPARISON),
  LT("<", Kind.COMPARISON),
  LE("<=", Kind.COMPARISON),
  GT(">", Kind.COMPARISON),
  GE(">=", Kind.COMPARISON),
  /** Kleene conjunction. */
  AND("AND", Kind.LOGICAL),
  /** Kleene disjunction. */
  OR("OR", Kind.LOGICAL);

  /** What an operator does with its operands. */
  public enum Kind {
    ARITHMETIC,
    COMPARISON,
    LOGICAL
  }

  private final String symbol;
  private final Kind kind;

  BinaryOp(String symbol, Kind kind) {
    this.symbol = symbol;
    this.kind = kind;
  }

  public String symbol() {
    return symbol;
  }

  public Kind kind() {
    return kind;
  }
}
