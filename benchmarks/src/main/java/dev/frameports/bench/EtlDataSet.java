package dev.frameports.bench;

import java.nio.file.Path;

/**
 * A generated input of an ETL workload in the benchmark cache.
 *
 * @param workload whose input it is
 * @param size the size's name: {@code tiny}, {@code small} or {@code bench}
 * @param seed the generator seed
 * @param directory the folder holding the files and the generator's {@code manifest.json}
 * @param rows rows in all files
 * @param files number of data files
 * @param bytes bytes of the data files
 */
record EtlDataSet(
    EtlWorkload workload,
    String size,
    long seed,
    Path directory,
    long rows,
    int files,
    long bytes) {

  /** The data set's name in the results: e.g. {@code volume-bench}. */
  String name() {
    return workload.id() + "-" + size;
  }
}
