#!/usr/bin/env bash
# Runs the benchmark suite: benchmarks/run.sh [smoke|quick|full|etl] [--only REGEX] [--output DIR] [--data-dir DIR] [--seed N]
# or the PostgreSQL suite (seeds 001/002, not JMH): benchmarks/run.sh postgres [--size tiny|bench] [--trials N] [--only REGEX] [--output DIR]
# Builds benchmarks/target/benchmarks.jar first when it is missing or stale (FORCE_BUILD=1 to rebuild).
# Results: benchmarks/results/<yyyyMMdd-HHmmss>-<depth>.json and latest-<depth>.json.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
depth="${1:-quick}"
shift || true
case "$depth" in
  smoke|quick|full|etl|postgres) ;;
  *) echo "usage: $0 [smoke|quick|full|etl] [--only REGEX] [--output DIR] [--data-dir DIR] [--seed N]" >&2
     echo "       $0 postgres [--size tiny|bench] [--trials N] [--only REGEX] [--output DIR]" >&2; exit 2 ;;
esac

jar="$here/target/benchmarks.jar"
# Rebuild when the jar is missing, when asked, or when a pom or a main source of any module is
# newer than the jar: measuring stale code would publish numbers of code that no longer exists.
stale() {
  [[ ! -f "$jar" || "${FORCE_BUILD:-0}" == "1" ]] && return 0
  [[ -n "$(find "$root" -path "$root/.git" -prune -o \( -name pom.xml -o -path '*/src/main/*' \) \
      -type f -newer "$jar" -print -quit 2>/dev/null)" ]]
}
if stale; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -q -B -pl benchmarks -am -DskipTests -Denforcer.skip -Dspotless.check.skip=true package)
fi

java_bin="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_bin="$JAVA_HOME/bin/java"
fi

# The runner only generates data and starts the JMH forks; every fork gets its flags (the portable
# Arrow/JDK 25 set of the parent pom, -Xmx of the depth) from the suite itself, not from here.
cd "$root"
if [[ "$depth" == "postgres" ]]; then
  # one JVM: the suite times round trips to an embedded PostgreSQL it starts and stops itself
  exec "$java_bin" -Xmx2g -XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.nio=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED -cp "$jar" dev.frameports.bench.PostgresSuite "$@"
fi
exec "$java_bin" -Xmx2g -XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.nio=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED -jar "$jar" --depth "$depth" "$@"
