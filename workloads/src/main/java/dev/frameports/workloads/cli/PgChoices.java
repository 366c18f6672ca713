package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import dev.frameports.workloads.postgres.DiabetesSize;
import dev.frameports.workloads.postgres.LoadStrategy;
import dev.frameports.workloads.postgres.LoadTable;
import dev.frameports.workloads.postgres.QueryClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The named values of the {@code pg} commands, spelled in lower case with hyphens on the command
 * line ({@code row-parallel} for {@link LoadStrategy#ROW_PARALLEL}). A value that names nothing is
 * a usage error naming the option, the value and the choices.
 */
final class PgChoices {
  private PgChoices() {}

  /** The command-line name of a constant: {@code ROW_PARALLEL} -> {@code row-parallel}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static LoadStrategy strategy(String value) {
    return pick("--strategy", value, "a load strategy", LoadStrategy.values(), PgChoices::name);
  }

  static LoadTable table(String value) {
    return pick("--table", value, "a table", LoadTable.values(), PgChoices::name);
  }

  /** A diabetes prefix by its upstream label, case-insensitive ({@code 1M} or {@code 1m}). */
  static DiabetesSize diabetesSize(String value) {
    for (DiabetesSize size : DiabetesSize.values()) {
      if (size.label().equalsIgnoreCase(value)) {
        return size;
      }
    }
    throw unknown("--rows", value, "a diabetes size", DiabetesSize.values(), DiabetesSize::label);
  }

  /** Whether {@code --database} names DuckDB (else PostgreSQL). */
  static boolean duckDb(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "postgres", "postgresql" -> false;
      case "duckdb" -> true;
      default ->
          throw new CliFailure(
              ExitCode.USAGE, "--database: unknown value '" + value + "'; one of postgres, duckdb");
    };
  }

  /**
   * The clients of {@code --client}: {@code both} is JDBC then Vert.x, or JDBC alone on DuckDB
   * (Vert.x reaches PostgreSQL only); {@code vertx} on DuckDB is a usage error.
   */
  static List<QueryClient> clients(String value, boolean duckDb) {
    List<QueryClient> clients =
        value.equalsIgnoreCase("both")
            ? List.of(QueryClient.values())
            : List.of(pick("--client", value, "a client", QueryClient.values(), PgChoices::name));
    if (duckDb) {
      if (clients.equals(List.of(QueryClient.VERTX))) {
        throw new CliFailure(
            ExitCode.USAGE,
            "--client vertx: the Vert.x client reaches PostgreSQL only; use --client jdbc with"
                + " --database duckdb");
      }
      return List.of(QueryClient.JDBC);
    }
    return clients;
  }

  private static <E extends Enum<E>> E pick(
      String option, String value, String what, E[] constants, Function<E, String> names) {
    for (E constant : constants) {
      if (names.apply(constant).equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw unknown(option, value, what, constants, names);
  }

  private static <E> CliFailure unknown(
      String option, String value, String what, E[] choices, Function<E, String> names) {
    return new CliFailure(
        ExitCode.USAGE,
        option
            + ": '"
            + value
            + "' is not "
            + what
            + "; one of "
            + Arrays.stream(choices).map(names).collect(Collectors.joining(", ")));
  }
}
