#!/usr/bin/env bash
# What the tamper-evident audit chain costs: audited write throughput with and without chaining,
# and the time to verify a chain of N events (Derby on disk under target/audit-benchmark-db).
# Usage: core-bundles/persistence/benchmarks/audit-chain.sh [events-to-verify] [writes,verify] [reuse]
#        (defaults 1000000, both parts, and a freshly seeded chain; "reuse" verifies the chain the
#        previous run seeded, cold first, without seeding it again)
#        BENCHMARK_OPTS="-Dbenchmark.writers=1 -Dbenchmark.repetitions=9 -Dbenchmark.writesPerRun=10000"
#        narrows or lengthens the writes part (those are the defaults, with writers 1,4)
set -euo pipefail
cd "$(dirname "$0")/../../.."
events="${1:-1000000}"
parts="${2:-writes,verify}"
reuse=false
[ "${3:-}" = reuse ] && reuse=true
mvn -B -q -pl core-bundles/persistence -am test \
    -Dskilleval.excludedGroups= -Dgroups=benchmark -Dtest=AuditChainBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.auditEvents="$events" -Dbenchmark.parts="$parts" -Dbenchmark.reuse="$reuse" ${BENCHMARK_OPTS:-} \
    -Dspotless.check.skip=true
echo "Figures above; the databases stay in core-bundles/persistence/target/audit-benchmark-db* until the next clean."
