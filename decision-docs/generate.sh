#!/usr/bin/env bash
# Regenerates docs/decisions/0001-dataframe-backend.md and its charts (docs/decisions/0001-charts/)
# from a benchmark results file. Run from anywhere; paths are relative to the repository root.
#
#   decision-docs/generate.sh                      # from benchmarks/results/latest-full.json
#                                                  # (+ latest-etl.json when present)
#   decision-docs/generate.sh --results FILE [--etl-results FILE] [--out-dir DIR]
#
# The whole pipeline is: benchmarks/run.sh full && benchmarks/run.sh etl && benchmarks/run.sh postgres &&
#   ./decision-docs/generate.sh
# DECISION_DOCS_SKIP_BUILD=1 reuses decision-docs/target/classes and common from ~/.m2.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

classpath_file="decision-docs/target/classpath.txt"
if [[ "${DECISION_DOCS_SKIP_BUILD:-0}" == 1 ]]; then
  ./mvnw -q -B -pl decision-docs dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
else
  # -am builds common too, so a fresh clone needs nothing installed in ~/.m2
  ./mvnw -q -B -pl decision-docs -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi

exec java -Djava.awt.headless=true \
  -cp "decision-docs/target/classes:$(cat "$classpath_file")" \
  dev.frameports.decision.DecisionDocument "$@"
