package dev.frameports.duckdb;

import dev.frameports.frame.EvaluationException;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.SourceException;
import java.sql.SQLException;

/**
 * Turns DuckDB's errors into the API's exceptions. DuckDB's JDBC driver sets no SQL state; the kind
 * of error is the first words of the message ({@code "Conversion Error: ..."}).
 */
final class DuckDbErrors {
  private DuckDbErrors() {}

  /**
   * The {@link FrameException} for an error raised while {@code doing} something (e.g. "run the
   * query"): bad values and overflow are evaluation errors, file trouble is a source error, and SQL
   * that DuckDB rejects is a plan error (the compiler validated the plan, so that is a bug here).
   */
  static FrameException wrap(SQLException e, String doing) {
    String message = summary(e);
    String text = "DuckDB could not " + doing + ": " + message;
    if (message.startsWith("IO Error")) {
      return new SourceException(text, e);
    }
    if (message.startsWith("Binder Error")
        || message.startsWith("Parser Error")
        || message.startsWith("Catalog Error")) {
      PlanException plan = new PlanException(text);
      plan.initCause(e);
      return plan;
    }
    // Conversion, Out of Range and Invalid Input errors (overflow, casts, error()), memory limits
    return new EvaluationException(text, e);
  }

  /** The message without DuckDB's echo of the SQL ({@code LINE 1: ...}) and option dumps. */
  static String summary(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int context = message.indexOf("\n\n");
    if (context < 0) {
      context = message.indexOf("\nLINE ");
    }
    return (context < 0 ? message : message.substring(0, context)).strip();
  }
}
