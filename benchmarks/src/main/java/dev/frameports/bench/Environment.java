package dev.frameports.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The {@code environment} of the results JSON: the machine, the JVM of the forks, the library
 * versions (from the parent pom, through the filtered {@code bench.properties}), the fork flags and
 * the git commit.
 */
public record Environment(
    String cpuModel,
    int cores,
    long memoryBytes,
    String os,
    String jdkVendor,
    String jdkVersion,
    List<String> jvmFlags,
    Map<String, String> libraries,
    String gitCommit,
    boolean gitDirty) {

  private static final List<String> LIBRARIES =
      List.of(
          "duckdb",
          "arrow",
          "tablesaw",
          "joinery",
          "jmh",
          "sqlite-jdbc",
          "postgresql-jdbc",
          "postgresql-server",
          "vertx-pg-client");

  public Environment {
    jvmFlags = List.copyOf(jvmFlags);
    libraries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
  }

  /** The portable JVM flag set of the parent pom ({@code frameports.jvm.flags}). */
  static List<String> portableFlags() {
    return Arrays.stream(buildProperties().getProperty("jvmFlags").trim().split("\\s+"))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** This machine and JVM, with the flags the forks get. */
  static Environment current(List<String> forkFlags) {
    Properties build = buildProperties();
    Map<String, String> libraries = new LinkedHashMap<>();
    for (String library : LIBRARIES) {
      libraries.put(library, build.getProperty("version." + library, "unknown"));
    }
    String commit = git("rev-parse", "--short", "HEAD");
    String status = git("status", "--porcelain");
    return new Environment(
        procField(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"),
        Runtime.getRuntime().availableProcessors(),
        procField(Path.of("/proc/meminfo"), "MemTotal")
            .map(v -> Long.parseLong(v.replace("kB", "").trim()) * 1024)
            .orElse(-1L),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vendor"),
        System.getProperty("java.version"),
        forkFlags,
        libraries,
        commit == null ? "unknown" : commit.trim(),
        status != null && !status.isBlank());
  }

  private static Properties buildProperties() {
    Properties p = new Properties();
    try (InputStream in = Environment.class.getResourceAsStream("bench.properties")) {
      if (in == null) {
        throw new IllegalStateException("bench.properties is missing from the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static java.util.Optional<String> procField(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return java.util.Optional.of(line.substring(colon + 1).trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: unknown
    }
    return java.util.Optional.empty();
  }

  /** Output of a read-only git command, or null when git or the repository is missing. */
  private static String git(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
