package dev.frameports.usage.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose the data, the window, the exclusions and the engine. */
final class DataOptions {
  @Option(
      names = "--db-path",
      paramLabel = "PATH",
      description = {
        "Monthly SQLite file gpu_state_YYYY-MM.db; its folder holds the other months, chtc_owned"
            + " and masked_hosts.yaml. A folder means its most recent monthly file.",
        "Default: ./gpu_state_<current YYYY-MM>.db if present, else the last ./gpu_state_*.db."
      })
  @Nullable Path dbPath;

  @Option(
      names = "--hours-back",
      paramLabel = "HOURS",
      defaultValue = "24",
      description =
          "Length of the window ending at --end-time, in hours. Default: ${DEFAULT-VALUE}.")
  int hoursBack;

  @Option(
      names = "--end-time",
      paramLabel = "TIME",
      converter = TimestampConverter.class,
      description = {
        "End of the window, 'YYYY-MM-DD HH:MM:SS' (inclusive).",
        "Default: the latest timestamp of the most recent database in the data folder."
      })
  @Nullable LocalDateTime endTime;

  @Option(
      names = "--host",
      paramLabel = "REGEX",
      defaultValue = "",
      description = {
        "Only slots whose Name matches this regex (case-sensitive); the user tables match it on"
            + " Machine, ignoring case. Default: empty (all hosts)."
      })
  String host = "";

  @Option(
      names = "--exclude-hosts",
      paramLabel = "YAML",
      description = {
        "Inline YAML or JSON exclusions, e.g. '{excluded_hosts: {gpulab2003: \"interactive\"}}'."
            + " The excluded_hosts key is required. Patterns are literal host names matched as"
            + " case-insensitive substrings of Machine; regex characters are rejected."
            + " Default: none."
      })
  @Nullable String excludeHosts;

  @Option(
      names = "--exclude-hosts-yaml",
      paramLabel = "FILE",
      description = {
        "YAML file 'excluded_hosts: {pattern: reason}'. Cannot be combined with --exclude-hosts"
            + " unless it is the default.",
        "Default: masked_hosts.yaml in the current folder, else in the data folder, else none."
      })
  @Nullable Path excludeHostsYaml;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      defaultValue = "${sys:backend:-${env:FRAMEPORTS_BACKEND:-duckdb}}",
      description = {
        "Engine that runs the analysis: duckdb, tablesaw or arrow.",
        "Default: ${DEFAULT-VALUE} (from -Dbackend or FRAMEPORTS_BACKEND when set, else duckdb)."
      })
  String backend = "duckdb";
}
