package dev.frameports.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SQL text with its bound parameters, in the order of their {@code ?} markers. Also used for
 * fragments while compiling: {@link #concat} joins pieces so the parameters stay in text order.
 *
 * @param sql the text, every user value replaced by {@code ?}
 * @param params one Java value per {@code ?}: Integer, Long, Double, Boolean or String
 */
record SqlQuery(String sql, List<Object> params) {
  SqlQuery {
    Objects.requireNonNull(sql, "sql");
    params = List.copyOf(params);
  }

  /** Text without parameters. */
  static SqlQuery of(String sql) {
    return new SqlQuery(sql, List.of());
  }

  /** One {@code ?} bound to {@code value}, inside the given text ({@code "CAST(? AS INTEGER)"}). */
  static SqlQuery param(String sqlWithOneMarker, Object value) {
    return new SqlQuery(sqlWithOneMarker, List.of(value));
  }

  /** The pieces ({@link String}s and {@link SqlQuery}s) one after another. */
  static SqlQuery concat(Object... parts) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof SqlQuery query) {
        sql.append(query.sql);
        params.addAll(query.params);
      } else {
        sql.append((String) part);
      }
    }
    return new SqlQuery(sql.toString(), params);
  }

  /** The pieces joined by {@code separator}. */
  static SqlQuery join(String separator, List<SqlQuery> pieces) {
    List<Object> parts = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        parts.add(separator);
      }
      parts.add(pieces.get(i));
    }
    return concat(parts.toArray());
  }

  /** Binds the parameters, each with the setter of its class. */
  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      int index = i + 1;
      if (value instanceof Integer v) {
        statement.setInt(index, v);
      } else if (value instanceof Long v) {
        statement.setLong(index, v);
      } else if (value instanceof Double v) {
        statement.setDouble(index, v);
      } else if (value instanceof Boolean v) {
        statement.setBoolean(index, v);
      } else if (value instanceof String v) {
        statement.setString(index, v);
      } else {
        throw new IllegalStateException("cannot bind " + value.getClass().getName());
      }
    }
  }

  /** The text followed by a numbered list of the parameters, for {@code explain()}. */
  String describe() {
    StringBuilder out = new StringBuilder(sql);
    if (!params.isEmpty()) {
      out.append("\n-- parameters:");
      for (int i = 0; i < params.size(); i++) {
        Object value = params.get(i);
        out.append("\n--   ").append(i + 1).append(": ");
        out.append(value instanceof String s ? "'" + s.replace("'", "''") + "'" : value);
      }
    }
    return out.toString();
  }
}
