package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.CliFailure;
import dev.frameports.usage.cli.ExitCode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Which PostgreSQL the {@code pg} commands use: an embedded one (default) or a running server given
 * by {@code --jdbc-url}. The password is never an argument (it would show in {@code ps} and shell
 * history): {@code --password-env} names the environment variable that holds it.
 */
final class PgServerOptions {
  /** The variable read when {@code --password-env} is not given, as psql and libpq do. */
  static final String DEFAULT_PASSWORD_VARIABLE = "PGPASSWORD";

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = {
        "A running PostgreSQL to use instead of the embedded one, e.g."
            + " jdbc:postgresql://localhost:5432/etl (left running; the table is dropped and"
            + " created). Default: an embedded PostgreSQL on loopback, in a temporary folder,"
            + " stopped and deleted at the end."
      })
  @Nullable String jdbcUrl;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "The user on the --jdbc-url server. Default: postgres.")
  @Nullable String user;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description =
          "The environment variable holding the --jdbc-url user's password (never a password on"
              + " the command line). Default: "
              + DEFAULT_PASSWORD_VARIABLE
              + "; unset means an empty password (trust authentication).")
  @Nullable String passwordEnv;

  /** Whether a running server was given (else an embedded one is started). */
  boolean external() {
    return jdbcUrl != null;
  }

  /**
   * Checks the combination before anything starts or is generated.
   *
   * @throws CliFailure with {@link ExitCode#USAGE} naming the option
   */
  void validate() {
    if (jdbcUrl == null) {
      if (user != null || passwordEnv != null) {
        throw new CliFailure(
            ExitCode.USAGE,
            (user != null ? "--user" : "--password-env")
                + " needs --jdbc-url (without it an embedded PostgreSQL is started)");
      }
      return;
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new CliFailure(
          ExitCode.USAGE,
          "--jdbc-url: '" + jdbcUrl + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://...)");
    }
    password();
  }

  /** The user for {@code --jdbc-url}. */
  String userName() {
    return user != null ? user : "postgres";
  }

  /**
   * The password from the named variable; the default variable may be unset (empty password), a
   * variable named explicitly must be set.
   */
  String password() {
    String variable = passwordEnv != null ? passwordEnv : DEFAULT_PASSWORD_VARIABLE;
    String value = System.getenv(variable);
    if (value == null && passwordEnv != null) {
      throw new CliFailure(
          ExitCode.USAGE, "--password-env: environment variable " + variable + " is not set");
    }
    return value == null ? "" : value;
  }
}
