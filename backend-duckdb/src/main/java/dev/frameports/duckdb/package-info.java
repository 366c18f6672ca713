/**
 * The DuckDB backend: a plan is compiled to one SQL statement (quoted identifiers, bound literals)
 * and run in-process over JDBC. Only {@link dev.frameports.duckdb.DuckDbBackendProvider} is public.
 */
@NullMarked
package dev.frameports.duckdb;

import org.jspecify.annotations.NullMarked;
