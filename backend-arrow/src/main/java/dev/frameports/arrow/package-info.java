/**
 * The streaming Apache Arrow backend: a pull-based pipeline of operators over Arrow record batches
 * ({@link org.apache.arrow.vector.VectorSchemaRoot}), with CSV and Parquet read and written through
 * arrow-dataset and every Java buffer drawn from one bounded allocator per backend instance. Only
 * {@link dev.frameports.arrow.ArrowBackendProvider} is public; see {@code docs/arrow-backend.md}.
 */
@NullMarked
package dev.frameports.arrow;

import org.jspecify.annotations.NullMarked;
