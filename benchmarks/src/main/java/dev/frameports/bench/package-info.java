/**
 * JMH benchmarks of every backend against the legacy (Joinery) baseline: the upstream operations
 * ({@link dev.frameports.bench.OperationBenchmarks}) and the whole report ({@link
 * dev.frameports.bench.ReportBenchmarks}), a peak-RSS profiler ({@link
 * dev.frameports.bench.RssProfiler}) and the suite runner that writes the results JSON ({@link
 * dev.frameports.bench.BenchmarkSuite}).
 */
@NullMarked
package dev.frameports.bench;

import org.jspecify.annotations.NullMarked;
