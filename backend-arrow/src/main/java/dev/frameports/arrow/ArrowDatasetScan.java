package dev.frameports.arrow;

import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.scanner.FragmentScanOptions;
import org.apache.arrow.dataset.scanner.ScanOptions;
import org.apache.arrow.dataset.scanner.Scanner;
import org.apache.arrow.dataset.source.Dataset;
import org.apache.arrow.dataset.source.DatasetFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.jspecify.annotations.Nullable;

/**
 * CSV or Parquet files through arrow-dataset's native scanner, one file after another in order,
 * reading only the projected columns. The scanner's batches arrive through the C data interface
 * (charged to this operator's allocator while held) and are converted to the canonical vectors: CSV
 * columns are read as text and parsed here with the project's CSV rules, Parquet columns are
 * transferred or widened.
 */
final class ArrowDatasetScan extends ArrowOperator {
  /** How one file format is opened and converted. */
  interface Format {
    String name();

    /** Scan options for the native reader (null for none); may export a schema to close later. */
    @Nullable FragmentScanOptions options(BufferAllocator allocator, List<ArrowSchema> exported);

    /** The names the native reader knows the projected columns by. */
    String[] columns();

    /** Checks the file's columns against the expected schema. */
    void check(Path file, org.apache.arrow.vector.types.pojo.Schema actual);

    /** Converts one scanned batch into canonical vectors, in output order. */
    List<FieldVector> convert(
        BufferAllocator allocator, Path file, VectorSchemaRoot scanned, long firstRow);

    FileFormat fileFormat();

    /** True when the file holds no rows, which some native readers reject instead of reading. */
    default boolean hasNoRows(Path file) {
      return false;
    }
  }

  private final List<Path> files;
  private final Format format;
  private int fileIndex = -1;
  private long rowInFile;
  private final List<AutoCloseable> open = new ArrayList<>();
  private @Nullable ArrowReader reader;

  ArrowDatasetScan(ArrowContext context, List<Path> files, Format format, Schema output) {
    super(context, output, List.of());
    this.files = List.copyOf(files);
    this.format = format;
  }

  @Override
  protected boolean advance() {
    while (true) {
      if (reader == null) {
        if (++fileIndex >= files.size()) {
          return false;
        }
        if (format.hasNoRows(files.get(fileIndex))) {
          continue;
        }
        openFile(files.get(fileIndex));
      }
      Path file = files.get(fileIndex);
      try {
        if (!reader.loadNextBatch()) {
          closeFile();
          continue;
        }
        VectorSchemaRoot scanned = reader.getVectorSchemaRoot();
        int rows = scanned.getRowCount();
        if (rows == 0) {
          continue;
        }
        List<FieldVector> vectors = format.convert(allocator, file, scanned, rowInFile);
        rowInFile += rows;
        return emitOwned(vectors, rows);
      } catch (FrameException | org.apache.arrow.memory.OutOfMemoryException e) {
        throw e;
      } catch (Exception e) {
        throw failure(file, e);
      }
    }
  }

  private void openFile(Path file) {
    rowInFile = 0;
    List<ArrowSchema> exported = new ArrayList<>();
    try {
      String uri = file.toAbsolutePath().toUri().toString();
      FragmentScanOptions factoryOptions = format.options(allocator, exported);
      DatasetFactory factory =
          new FileSystemDatasetFactory(
              allocator,
              NativeMemoryPool.getDefault(),
              format.fileFormat(),
              uri,
              Optional.ofNullable(factoryOptions));
      open.add(factory);
      format.check(file, factory.inspect());
      Dataset dataset = factory.finish();
      open.add(dataset);
      ScanOptions.Builder options =
          new ScanOptions.Builder(context.batchSize()).columns(Optional.of(format.columns()));
      FragmentScanOptions scanOptions = format.options(allocator, exported);
      if (scanOptions != null) {
        options.fragmentScanOptions(scanOptions);
      }
      Scanner scanner = dataset.newScan(options.build());
      open.add(scanner);
      reader = scanner.scanBatches();
      open.add(reader);
    } catch (FrameException | org.apache.arrow.memory.OutOfMemoryException e) {
      closeFile();
      throw e;
    } catch (Exception e) {
      closeFile();
      throw failure(file, e);
    } finally {
      exported.forEach(ArrowSchema::close);
    }
  }

  private SourceException failure(Path file, Exception e) {
    return new SourceException(
        "cannot read " + format.name() + " file " + file + ": " + e.getMessage(), e);
  }

  private void closeFile() {
    reader = null;
    RuntimeException failure = null;
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new SourceException("cannot close scanner: " + e.getMessage(), e);
        }
      }
    }
    open.clear();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  protected void closeState() {
    closeFile();
  }

  @Override
  public String describe() {
    String what = files.size() == 1 ? files.get(0).toString() : files.size() + " files";
    return "ArrowDatasetScan " + format.name() + " " + what + " columns " + schema().names();
  }
}
