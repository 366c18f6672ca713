package dev.frameports.arrow;

import dev.frameports.frame.Schema;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One operator of a pull-based pipeline: each {@link #next()} produces the next record batch.
 *
 * <p><b>Reuse rule.</b> The root returned by {@link #batch()} belongs to this reader and stays
 * valid until the next call of {@link #next()} or {@link #close()}. A caller reads it, never
 * modifies or closes it, and copies what it must keep. Vectors are read up to {@link
 * VectorSchemaRoot#getRowCount()}; the i-th vector is the i-th field of {@link #schema()}.
 *
 * <p>Nothing is opened before the first {@link #next()}, so a tree can be built, described and
 * closed without reading any data. Not thread-safe.
 */
interface ArrowBatchReader extends AutoCloseable {

  /** The columns of every batch, in vector order. */
  Schema schema();

  /**
   * Advances to the next non-empty batch or reports the end.
   *
   * @throws dev.frameports.frame.FrameException for bad data, overflow or the memory limit
   */
  boolean next();

  /** The current batch; only valid after {@link #next()} returned true. */
  VectorSchemaRoot batch();

  /** One line saying what this operator does, for {@code explain()}. */
  String describe();

  /** The operators this one pulls from. */
  List<ArrowBatchReader> inputs();

  /** Releases this operator's buffers and closes its inputs. Idempotent. */
  @Override
  void close();
}
