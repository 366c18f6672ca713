/**
 * Turns a benchmark results file (the JSON contract written by {@code benchmarks}, see
 * results-format.md) into the MADR-shaped migration decision {@code
 * docs/decisions/0001-dataframe-backend.md} plus PNG charts. Everything in the document is computed
 * from the file: the driver verdicts ({@link dev.frameports.decision.DriverEvaluation}), the
 * recommendation ({@link dev.frameports.decision.RecommendationRule}), the tables and the charts.
 * The one written judgement, the migration path per backend, lives in {@link
 * dev.frameports.decision.BackendOption} and the document says so.
 */
@NullMarked
package dev.frameports.decision;

import org.jspecify.annotations.NullMarked;
