#!/usr/bin/env bash
# Measures the web console's first screen in Debian's Chromium against the built distribution on
# this machine (karaf-distribution/browser-tests/.../ConsoleBenchmark.java): for /login and /public,
# with an empty cache and again with the hashed files cached, the time from the start of
# navigation until the page is usable and until its data are shown, and the bytes transferred.
# Also prints the first-load budget check of the console build (500 KB gzipped).
#
# Usage: karaf-distribution/benchmarks/console-benchmark.sh [RUNS]
# Targets (issue 8): first screen usable in under 1 s; first-load assets at most 500 KB gzipped.
set -euo pipefail

runs=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver fonts-noto-cjk" >&2
  exit 1
fi

# Builds what the benchmark needs (nothing is installed into ~/.m2) and runs only the benchmark.
cd "$root"
mvn -B -ntp verify -pl karaf-distribution/browser-tests -am \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ConsoleBenchmark -Dskilleval.benchmark.runs="$runs" 2>&1 \
  | grep -E "console first load|^  /assets|^  index.html|first visit|next visit|BUILD|ERROR" || true
