package dev.frameports.frame.source;

import dev.frameports.frame.SourceException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** File globs for sources: {@code *}, {@code ?}, {@code [..]}, {@code {a,b}} and {@code **}. */
public final class Globs {
  private Globs() {}

  /**
   * The regular files matching a glob, sorted by path. A pattern without glob characters names one
   * file, which must exist.
   *
   * @throws SourceException when nothing matches, naming the pattern
   */
  public static List<Path> expand(String pattern) {
    int firstGlob = indexOfGlob(pattern);
    if (firstGlob < 0) {
      return List.of(requireFile(Path.of(pattern)));
    }
    int slash = pattern.lastIndexOf('/', firstGlob);
    Path base = Path.of(slash < 0 ? "." : pattern.substring(0, Math.max(slash, 1)));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    boolean relative = slash < 0;
    if (!Files.isDirectory(base)) {
      throw new SourceException("no files match " + pattern + ": directory " + base + " not found");
    }
    try (Stream<Path> walk = Files.walk(base)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(p -> matcher.matches(relative ? base.relativize(p) : p))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new SourceException("no files match " + pattern);
      }
      return files;
    } catch (IOException e) {
      throw new SourceException("cannot list files for " + pattern + ": " + e.getMessage(), e);
    }
  }

  /** The path itself when it is a readable regular file; otherwise a {@link SourceException}. */
  public static Path requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SourceException("file not found: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new SourceException("file not readable: " + file);
    }
    return file;
  }

  private static int indexOfGlob(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
