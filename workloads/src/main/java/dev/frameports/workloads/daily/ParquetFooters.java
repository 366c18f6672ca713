package dev.frameports.workloads.daily;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Naming the bad file among thousands. Before a job: the {@code PAR1} magic at both ends, 8 bytes
 * per file, which catches the usual corruption (a truncated copy). After a job failed with an error
 * that names no input file (DuckDB says "don't know what type" for a damaged footer): {@link
 * #diagnose} reads each file's schema alone to find the culprit. That costs one footer read per
 * file, and only on the failure path.
 */
final class ParquetFooters {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private ParquetFooters() {}

  /**
   * @throws SourceException naming the first file that is too short or lacks the magic
   */
  static void requireAll(List<Path> files) {
    for (Path file : files) {
      require(file);
    }
  }

  /**
   * The exception to throw for a failed run over {@code files}: the failure itself when its message
   * names an input file or no file fails alone; otherwise a {@link SourceException} naming the
   * first file whose schema cannot be read, with the original failure as its cause.
   */
  static FrameException diagnose(Backend backend, List<Path> files, FrameException failure) {
    String message = String.valueOf(failure.getMessage());
    if (files.stream().anyMatch(f -> message.contains(f.toString()))) {
      return failure;
    }
    for (Path file : files) {
      try {
        LazyFrame.scan(backend, Source.parquet(file.toString())).schema();
      } catch (FrameException e) {
        SourceException named =
            new SourceException(
                "corrupt parquet file "
                    + file
                    + ": "
                    + e.getMessage()
                    + " (the run failed: "
                    + message
                    + ")",
                e);
        named.addSuppressed(failure);
        return named;
      }
    }
    return failure;
  }

  private static void require(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < 12) {
        throw new SourceException(
            "corrupt parquet file " + file + ": " + size + " bytes, too short for parquet");
      }
      if (!hasMagic(channel, 0) || !hasMagic(channel, size - MAGIC.length)) {
        throw new SourceException(
            "corrupt parquet file "
                + file
                + ": no PAR1 magic at its start or end (truncated or not parquet)");
      }
    } catch (IOException e) {
      throw new SourceException("cannot read parquet file " + file + ": " + e, e);
    }
  }

  private static boolean hasMagic(FileChannel channel, long position) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        return false;
      }
    }
    return Arrays.equals(buffer.array(), MAGIC);
  }
}
