#!/usr/bin/env bash
# The store's share of an employee import: JpaAccountStore.create of ROWS accounts with their audit
# events in one transaction, and the import's look-ups, on Derby on disk
# (core-bundles/persistence/target/benchmark-account-import-db); prints the seconds of each.
# Usage: core-bundles/persistence/benchmarks/account-import-writes.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows="${1:-10000}"
mvn -B -q -ntp -pl core-bundles/persistence -am test \
    -Dskilleval.excludedGroups= -Dgroups=benchmark -Dtest=AccountImportWriteBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.rows="$rows" \
    -Dspotless.check.skip=true -Dstyle.color=never
