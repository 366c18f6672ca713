/**
 * The eager Tablesaw backend: every plan operator materialises a Tablesaw {@code Table} on the
 * heap. Tablesaw supplies the column storage and the row gathers; what it lacks or gets subtly
 * different from the frameports semantics (null tracking, code-point string order, stable sorts,
 * keyed dedup, semi/anti joins, exact aggregates, timestamp truncation) is written here as small
 * helpers. Only {@link dev.frameports.tablesaw.TablesawBackendProvider} is public.
 */
@NullMarked
package dev.frameports.tablesaw;

import org.jspecify.annotations.NullMarked;
