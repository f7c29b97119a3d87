#!/usr/bin/env bash
# Lists and statistics on a province's worth of data (Derby on disk under target/benchmark-db).
# Usage: core-bundles/persistence/benchmarks/list-scale.sh [applications]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../../.."
applications="${1:-100000}"
mvn -B -q -pl core-bundles/persistence -am test \
    -Dskilleval.excludedGroups= -Dgroups=benchmark -Dtest=ListScaleBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.applications="$applications" \
    -Dspotless.check.skip=true
echo "Figures above; the database stays in core-bundles/persistence/target/benchmark-db until the next clean."
