/**
 * Seed 000, the Polars volume test ported to frameports: {@link
 * dev.frameports.workloads.volume.VolumeGenerator} writes {@code data{i}.csv} files of synthetic
 * people and, while writing, the exact expected answer ({@link
 * dev.frameports.workloads.volume.VolumeManifest}); {@link
 * dev.frameports.workloads.volume.VolumeJob} runs the upstream ETL (scan, group by state, two
 * distinct counts and a sum, a processing timestamp, one Parquet file) on any backend; {@link
 * dev.frameports.workloads.volume.VolumeCheck} compares the job's output with the manifest.
 */
@NullMarked
package dev.frameports.workloads.volume;

import org.jspecify.annotations.NullMarked;
