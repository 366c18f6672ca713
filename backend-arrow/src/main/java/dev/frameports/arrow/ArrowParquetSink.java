package dev.frameports.arrow;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import dev.frameports.frame.source.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.arrow.dataset.file.DatasetFileWriter;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.util.VectorAppender;
import org.jspecify.annotations.Nullable;

/**
 * Streams batches into one Parquet file through arrow-dataset's writer. The writer always writes a
 * directory (file {@code data_0}); it writes into a hidden temporary directory beside the target
 * and the file is moved onto the target path atomically. Batches are copied into the writer's own
 * allocator, which is where the known intermittent writer leak (apache/arrow-java#1255) shows.
 */
final class ArrowParquetSink {
  private final ArrowContext context;
  private final ArrowWriterAllocators writers;

  ArrowParquetSink(ArrowContext context, ArrowWriterAllocators writers) {
    this.context = context;
    this.writers = writers;
  }

  void write(ArrowBatchReader input, Path target) {
    Schema schema = input.schema();
    AtomicFiles.write(
        target,
        temporary -> {
          Path directory = temporary.resolveSibling(temporary.getFileName() + ".d");
          try {
            long rows = writeDirectory(input, directory);
            Path data = directory.resolve("data_0");
            if (rows == 0 || !Files.exists(data)) {
              ArrowEmptyParquet.write(temporary, schema);
            } else {
              Files.move(data, temporary);
            }
          } finally {
            deleteTree(directory);
          }
        });
  }

  private long writeDirectory(ArrowBatchReader input, Path directory) {
    BufferAllocator allocator = writers.open(context);
    BatchSource source = new BatchSource(allocator, input);
    try {
      DatasetFileWriter.write(allocator, source, FileFormat.PARQUET, directory.toUri().toString());
    } catch (RuntimeException e) {
      if (source.failure != null) {
        throw source.failure;
      }
      throw new SourceException(
          "cannot write Parquet into " + directory + ": " + e.getMessage(), e);
    } finally {
      try {
        source.close();
      } catch (IOException e) {
        throw new SourceException("cannot close the Parquet writer's input", e);
      }
      writers.release(allocator);
    }
    if (source.failure != null) {
      throw source.failure;
    }
    return source.rows;
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The writer's view of the operator tree: each batch copied into the writer's root. */
  private static final class BatchSource extends ArrowReader {
    private final ArrowBatchReader input;
    private long rows;
    private @Nullable RuntimeException failure;

    BatchSource(BufferAllocator allocator, ArrowBatchReader input) {
      super(allocator);
      this.input = input;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
      try {
        if (!input.next()) {
          return false;
        }
        VectorSchemaRoot batch = input.batch();
        VectorSchemaRoot root = getVectorSchemaRoot();
        root.clear();
        for (int c = 0; c < root.getFieldVectors().size(); c++) {
          FieldVector target = root.getVector(c);
          target.allocateNew();
          target.setValueCount(0);
          batch.getVector(c).accept(new VectorAppender(target), null);
        }
        root.setRowCount(batch.getRowCount());
        rows += batch.getRowCount();
        return true;
      } catch (FrameException e) {
        failure = e;
        throw new IOException(e.getMessage(), e);
      } catch (RuntimeException e) {
        failure = new SourceException("cannot feed the Parquet writer: " + e.getMessage(), e);
        throw e;
      }
    }

    @Override
    public long bytesRead() {
      return 0;
    }

    @Override
    protected void closeReadSource() {}

    @Override
    protected org.apache.arrow.vector.types.pojo.Schema readSchema() {
      return ArrowTypes.arrowSchema(input.schema());
    }
  }
}
