#!/usr/bin/env bash
# Lists and statistics on a province's worth of data (Derby on disk under target/benchmark-db),
# measured on the stores in one JVM (no HTTP).
# Usage: core-bundles/persistence/benchmarks/list-scale.sh [SIZES] [--no-sheets]
#   SIZES: one number of applications (default 100000), or several separated by commas, e.g.
#          1000,100000: the same database is measured at each size in turn and a last table shows
#          each list's median latency by size and the ratio of the largest to the smallest;
#   --no-sheets: seed no score sheets (quicker; leaves out the sheet and statistics calls).
# Prints each call's median wall time and the median CPU time of the calling thread (embedded Derby
# works on it: the figure that other processes on the machine inflate least).
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes="${1:-100000}"
sheets=true
[[ "${2:-}" != --no-sheets ]] || sheets=false
mvn -B -q -ntp -pl core-bundles/persistence -am test \
    -Dskilleval.excludedGroups= -Dgroups=benchmark -Dtest=ListScaleBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.sizes="$sizes" -Dbenchmark.sheets="$sheets" \
    -Dspotless.check.skip=true
echo "Figures above; the database stays in core-bundles/persistence/target/benchmark-db until the next clean."
