#!/usr/bin/env bash
# A province's round generated through the persistence services (ProvinceScaleBenchmark: 13 cities,
# an enterprise per 100 applications, ten score entries, two sheets and a result per application),
# on Derby on disk under core-bundles/persistence/target/province-scale/, in one JVM with -Xmx512m;
# then ranks the whole round and counts its statistics. Prints one table row per size.
# Usage: core-bundles/persistence/benchmarks/province-scale.sh [quick|full|ENTRIES[,ENTRIES...]]
#   quick: 10,000 score entries (about 1-2 minutes); full: 10,000, 100,000 and 1,000,000.
# Each size's figures are also appended to core-bundles/persistence/target/province-scale/progress.txt
# as it finishes (the table comes at the end).
set -euo pipefail
cd "$(dirname "$0")/../../.."
case "${1:-quick}" in
  quick) entries=10000 ;;
  full) entries=10000,100000,1000000 ;;
  *) entries=$1 ;;
esac
mvn -B -q -ntp -pl core-bundles/persistence -am test \
    -Dskilleval.excludedGroups= -Dgroups=benchmark -Dtest=ProvinceScaleBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.entries="$entries" \
    -DargLine="-Xmx512m ${PROVINCE_SCALE_JVM_ARGS:-}" \
    -Dspotless.check.skip=true -Dstyle.color=never
