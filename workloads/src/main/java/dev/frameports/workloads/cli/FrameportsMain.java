package dev.frameports.workloads.cli;

import dev.frameports.usage.cli.FrameportsCommand;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code frameports} command with the workloads joined: usage-stats' {@code report}, {@code
 * generate}, {@code plot}, {@code demo}, plus {@code etl volume|daily}, {@code generate
 * volume|transactions} and {@code pg load|qps}. The launcher script runs this class.
 */
public final class FrameportsMain {
  private FrameportsMain() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    FrameportsCommand.main(args, FrameportsMain::addWorkloads);
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return FrameportsCommand.commandLine(out, err, FrameportsMain::addWorkloads).execute(args);
  }

  private static void addWorkloads(CommandLine root) {
    root.addSubcommand(new EtlCommand());
    root.addSubcommand(new PgCommand());
    CommandLine generate = root.getSubcommands().get("generate");
    generate.addSubcommand(new GenerateVolumeCommand());
    generate.addSubcommand(new GenerateTransactionsCommand());
    root.getCommandSpec()
        .usageMessage()
        .description(
            "GPU usage statistics of HTCondor slot snapshots, on a choice of engines; the ported"
                + " ETL workloads (etl volume|daily, generate volume|transactions); and the"
                + " PostgreSQL workloads (pg load|qps: load strategies, query throughput).");
  }
}
