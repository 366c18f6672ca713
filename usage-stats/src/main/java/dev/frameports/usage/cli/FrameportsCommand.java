package dev.frameports.usage.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code frameports} command: {@code report}, {@code generate}, {@code plot}, {@code demo}.
 *
 * <p>Every failure prints one line on standard error, {@code frameports <command>: <message>}, and
 * exits with its {@link ExitCode}; {@code --help} of every command lists the codes.
 */
@Command(
    name = "frameports",
    mixinStandardHelpOptions = true,
    version = "frameports 0.1.0-SNAPSHOT",
    description = "GPU usage statistics of HTCondor slot snapshots, on a choice of engines.",
    subcommands = {
      ReportCommand.class,
      GenerateCommand.class,
      PlotCommand.class,
      DemoCommand.class,
      HelpCommand.class
    })
public final class FrameportsCommand implements Runnable {
  /** Set to print stack traces of internal errors. */
  static final String DEBUG_ENVIRONMENT = "FRAMEPORTS_DEBUG";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    // listed from the spec: the workloads module adds commands of its own
    String commands =
        spec.subcommands().keySet().stream()
            .filter(name -> !name.equals("help"))
            .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(), "missing command: one of " + commands);
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    main(args, root -> {});
  }

  /**
   * Runs the command line, with the commands {@code extend} adds, on the process's standard streams
   * (UTF-8) and exits with its code.
   */
  public static void main(String[] args, Consumer<CommandLine> extend) {
    System.setProperty("java.awt.headless", "true");
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(commandLine(out, err, extend).execute(args));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line: streams, one-line errors, exit codes in every help. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, root -> {});
  }

  /**
   * The configured command line with more commands: {@code extend} adds them (e.g. the workloads
   * module's {@code etl}), and they get the same streams, one-line errors and exit codes.
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Consumer<CommandLine> extend) {
    CommandLine cl = new CommandLine(new FrameportsCommand());
    extend.accept(cl);
    cl.setOut(out);
    cl.setErr(err);
    listExitCodes(cl);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine where = ex.getCommandLine();
          where
              .getErr()
              .println(
                  where.getCommandSpec().qualifiedName()
                      + ": "
                      + Failures.oneLine(ex.getMessage())
                      + " (see --help)");
          where.getErr().flush();
          return ExitCode.USAGE.code();
        });
    cl.setExecutionExceptionHandler(
        (ex, where, parseResult) -> {
          CliFailure failure = Failures.classify(ex);
          where
              .getErr()
              .println(where.getCommandSpec().qualifiedName() + ": " + failure.getMessage());
          if (failure.exitCode() == ExitCode.INTERNAL_ERROR
              && System.getenv(DEBUG_ENVIRONMENT) != null) {
            ex.printStackTrace(where.getErr());
          }
          where.getErr().flush();
          return failure.exitCode().code();
        });
    return cl;
  }

  private static void listExitCodes(CommandLine command) {
    command
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCode.helpEntries());
    for (CommandLine sub : command.getSubcommands().values()) {
      listExitCodes(sub);
    }
  }
}
