#!/usr/bin/env bash
# Durable score-sheet saves against a bare JDBC insert-and-commit loop on the same Derby on disk
# (core-bundles/persistence/target/benchmark-writes-db), measured in the same run; prints both
# rates and their ratio as table rows. Usage: core-bundles/persistence/benchmarks/score-sheet-writes.sh [writes]
set -euo pipefail
cd "$(dirname "$0")/../../.."
writes="${1:-1000}"
mvn -B -q -ntp -pl core-bundles/persistence -am test \
    -Dskilleval.excludedGroups= -Dgroups=benchmark -Dtest=ScoreSheetWriteBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.writes="$writes" \
    -Dspotless.check.skip=true -Dstyle.color=never
