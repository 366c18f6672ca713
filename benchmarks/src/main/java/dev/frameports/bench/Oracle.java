package dev.frameports.bench;

import dev.frameports.frame.source.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The legacy answers, cached beside the data ({@code <data set>/oracle/<name>.properties}) so a
 * backend's fork compares with a file instead of running Joinery in its own heap.
 *
 * <p>The suite runs the legacy fork of each measurement first; its setup writes the answer,
 * replacing an older one. A backend fork that finds no answer computes it in process before its
 * peaks are reset; if even that fails (Joinery out of heap), {@code <name>.unavailable} holds the
 * reason and the measurement is reported as not checked.
 */
final class Oracle {
  private Oracle() {}

  /**
   * Checks {@code actual} of {@code subject} against the oracle.
   *
   * @param legacy computes the legacy answer when none is cached
   * @return true when compared, false when no oracle answer could be had (now or, as recorded by
   *     {@link #markUnavailable}, in an earlier fork)
   * @throws OracleMismatchException when the answers differ
   */
  static boolean check(
      String subject,
      BenchDataSet data,
      Operation op,
      Answer actual,
      List<String> columnNames,
      Supplier<Answer> legacy) {
    String name = op.resultName(data);
    if (Subject.LEGACY.equals(subject)) {
      // the oracle itself: its fresh answer replaces the cached one, which may come from an
      // older usage-legacy (a stale answer would fail every backend)
      write(data, name, actual);
      return true;
    }
    Optional<Answer> expected = read(data, name);
    if (expected.isEmpty()) {
      if (unavailableReason(data, name).isPresent()) {
        return false;
      }
      try {
        Answer computed = legacy.get();
        write(data, name, computed);
        expected = Optional.of(computed);
      } catch (OutOfMemoryError | RuntimeException e) {
        markUnavailable(data, name, e.getClass().getSimpleName() + ": " + e.getMessage());
        return false;
      }
    }
    String difference = actual.differenceFrom(expected.get(), columnNames);
    if (difference != null) {
      throw new OracleMismatchException(
          FailureReason.MISMATCH
              + ": "
              + subject
              + " "
              + name
              + " on "
              + data.name()
              + ": "
              + difference);
    }
    return true;
  }

  /** Why no oracle answer exists for the measurement, if a fork recorded that. */
  static Optional<String> unavailableReason(BenchDataSet data, String name) {
    Path file = folder(data).resolve(name + ".unavailable");
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.of("unreadable " + file);
    }
  }

  private static Optional<Answer> read(BenchDataSet data, String name) {
    Path file = folder(data).resolve(name + ".properties");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the oracle answer " + file, e);
    }
    return Optional.of(Answer.fromProperties(p));
  }

  private static void write(BenchDataSet data, String name, Answer answer) {
    Path file = folder(data).resolve(name + ".properties");
    createFolder(data);
    AtomicFiles.write(
        file,
        tmp -> {
          try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            answer.toProperties().store(out, "legacy (Joinery) answer of " + name);
          }
        });
    try {
      Files.deleteIfExists(folder(data).resolve(name + ".unavailable"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records why the oracle has no answer for {@code name} (the legacy run failed). */
  static void markUnavailable(BenchDataSet data, String name, String reason) {
    createFolder(data);
    AtomicFiles.write(
        folder(data).resolve(name + ".unavailable"),
        tmp -> Files.writeString(tmp, reason.replace('\n', ' '), StandardCharsets.UTF_8));
  }

  private static void createFolder(BenchDataSet data) {
    try {
      Files.createDirectories(folder(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder(data), e);
    }
  }

  private static Path folder(BenchDataSet data) {
    return data.directory().resolve("oracle");
  }
}
