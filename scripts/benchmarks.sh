#!/usr/bin/env bash
# Builds namc-benchmarks, runs the JMH benchmarks and writes docs/PERFORMANCE.md from the results.
#   scripts/benchmarks.sh            full run (JMH settings of each benchmark class; about 30 minutes)
#   scripts/benchmarks.sh --quick    short iterations, one fork: the whole set in under 10 minutes
#   scripts/benchmarks.sh [--quick] 'Ranking|Invoice'   only the benchmarks matching a JMH regex
# Ratios between a row's two figures come from the same run; absolute figures depend on the machine.
# BENCHMARK_NOTE="..." adds a line about the run (a loaded machine, say) to the report.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=()
if [[ "${1:-}" == "--quick" ]]; then
  quick=(-f 1 -wi 1 -w 1s -i 3 -r 1s)
  shift
fi
filter=("$@")

mvn -B -q -pl namc-benchmarks -am package -DskipTests
jar=namc-benchmarks/target/benchmarks.jar
results=namc-benchmarks/target/jmh-results.json
command="java -jar $jar ${quick[*]} ${filter[*]}"

java -jar "$jar" "${quick[@]}" -rf json -rff "$results" "${filter[@]}"
java -cp "$jar" org.namc.benchmarks.report.PerformanceReport "$results" docs/PERFORMANCE.md \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" "$command" "${BENCHMARK_NOTE:-}"
echo "wrote docs/PERFORMANCE.md"
