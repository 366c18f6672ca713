/**
 * Seed 004, "DuckDB and Daft eat 1 TB of parquet": a seeded generator of transaction parquet files
 * in nested folders ({@link TransactionGenerator}) that writes the per-day oracle beside them
 * ({@link TransactionManifest}), the daily summary job written once against the frameports API
 * ({@link DailySummaryJob}) and the check of its output against the oracle ({@link
 * DailySummaryCheck}). Upstream's generator could not be retrieved; every distribution here is our
 * assumption and is labelled so where it is defined.
 */
@NullMarked
package dev.frameports.workloads.daily;

import org.jspecify.annotations.NullMarked;
