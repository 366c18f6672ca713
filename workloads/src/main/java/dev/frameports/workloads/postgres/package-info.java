/**
 * Seeds 001 and 002: loading a CSV into a real PostgreSQL, and query throughput. {@link
 * dev.frameports.workloads.postgres.PostgresServer} starts an embedded server (or wraps an external
 * one); {@link dev.frameports.workloads.postgres.PersonsGenerator} and {@link
 * dev.frameports.workloads.postgres.DiabetesGenerator} write the two input files and, while
 * writing, their oracles; {@link dev.frameports.workloads.postgres.TableLoader} loads a file with
 * one {@link dev.frameports.workloads.postgres.LoadStrategy}; {@link
 * dev.frameports.workloads.postgres.TableCheck} compares the loaded table with the oracle; {@link
 * dev.frameports.workloads.postgres.QueryThroughput} runs seed 002's seeded count queries through
 * pgjdbc on a thread pool or the pipelined Vert.x client, and {@link
 * dev.frameports.workloads.postgres.PersonsOracle#checksum} says what their counts must sum to.
 */
@NullMarked
package dev.frameports.workloads.postgres;

import org.jspecify.annotations.NullMarked;
