/**
 * Seeds 001 and 002 (the load half): loading a CSV into a real PostgreSQL. {@link
 * dev.frameports.workloads.postgres.PostgresServer} starts an embedded server (or wraps an external
 * one); {@link dev.frameports.workloads.postgres.PersonsGenerator} and {@link
 * dev.frameports.workloads.postgres.DiabetesGenerator} write the two input files and, while
 * writing, their oracles; {@link dev.frameports.workloads.postgres.TableLoader} loads a file with
 * one {@link dev.frameports.workloads.postgres.LoadStrategy}; {@link
 * dev.frameports.workloads.postgres.TableCheck} compares the loaded table with the oracle.
 */
@NullMarked
package dev.frameports.workloads.postgres;

import org.jspecify.annotations.NullMarked;
