package dev.frameports.workloads.postgres;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One validated CSV record: each field parsed as its column's declared type ({@code Integer},
 * {@code Double}, {@code Boolean}, {@code String}; null for an empty nullable field), with the
 * original text kept for the COPY stream (so decimals reach the server exactly as written).
 *
 * @param line the file line the record starts on (1 = the header)
 */
record CsvRow(long line, List<@Nullable Object> values, List<@Nullable String> fields) {}
