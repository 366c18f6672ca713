/**
 * The ported ETL benchmark systems (seed workloads of {@code shared/docs/seed-workloads.md}):
 * seeded generators that write their oracle while they write the data, jobs written once against
 * the frameports API, and the checks of a job's output against that oracle. Subpackages: {@code
 * volume} (the Polars volume test, seed 000), {@code daily} (the 1 TB parquet daily summary, seed
 * 004), {@code postgres} (loading CSVs into PostgreSQL and query throughput, seeds 001 and 002).
 */
@NullMarked
package dev.frameports.workloads;

import org.jspecify.annotations.NullMarked;
