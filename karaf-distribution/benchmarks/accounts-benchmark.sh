#!/usr/bin/env bash
# Measures accounts on the built distribution, on this machine (issue 9):
#   1. bulk import: HR imports 10,000 employees from one CSV file (POST /api/imports/employees),
#      timed from the request to the answer with every account and one-time password; then
#      10,000 more into the same enterprise, which holds the first 10,000 by then;
#   2. sign-in: ROUNDS sequential sign-ins of a demo account (bcrypt at the configured cost, over
#      HTTP), after WARMUP ones; prints p50 and p90.
# Targets: import <= 60 s; sign-in p50 <= 150 ms.
#
# Build first (no install needed):
#   mvn -B -ntp -q package -DskipTests -pl karaf-distribution/assembly -am
# Usage: karaf-distribution/benchmarks/accounts-benchmark.sh [ROWS] [ROUNDS] [WARMUP]
set -euo pipefail

rows=${1:-10000}
rounds=${2:-100}
warmup=${3:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
dist="$root/karaf-distribution/assembly/target/skilleval-distribution-$version.tar.gz"
[[ -f "$dist" ]] || { echo "Build the distribution first (see the head of this script)"; exit 1; }
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

work=$(mktemp -d -t skilleval-accounts-bench-XXXXXX)
karaf_pid=
cleanup() {
  if [[ -n "$karaf_pid" ]]; then "$work/karaf/bin/stop" >/dev/null 2>&1 || true; sleep 3; kill -9 "$karaf_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
set_prop() { if grep -qE "^#?\s*$2\s*=" "$1"; then sed -i -E "s|^#?\s*$2\s*=.*|$2 = $3|" "$1"; else echo "$2 = $3" >> "$1"; fi; }

mkdir -p "$work/karaf"
tar xzf "$dist" -C "$work/karaf" --strip-components=1
port=$(free_port)
set_prop "$work/karaf/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$port"
set_prop "$work/karaf/etc/org.apache.karaf.shell.cfg" sshPort "$(free_port)"
set_prop "$work/karaf/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$(free_port)"
set_prop "$work/karaf/etc/org.apache.karaf.management.cfg" rmiServerPort "$(free_port)"
set_prop "$work/karaf/etc/org.skilleval.core.demo.cfg" round false
"$work/karaf/bin/karaf" server >/dev/null 2>&1 &
karaf_pid=$!
base="http://127.0.0.1:$port/api"

echo "Waiting for the demo logins…"
for _ in $(seq 1 240); do
  grep -q "Demo logins created" "$work/karaf/data/log/karaf.log" 2>/dev/null && break
  sleep 1
done
grep -q "Demo logins created" "$work/karaf/data/log/karaf.log" || { echo "no demo logins after 240 s"; exit 1; }

login() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$base/auth/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
hr=$(login nanjing-equipment-hr enterprise-demo)

csv="$work/employees.csv"
# Each row with its own valid resident ID number (check character included), as HR's file has.
# employees FILE FIRST COUNT writes rows FIRST..FIRST+COUNT-1.
employees() {
python3 - "$2" "$3" > "$1" <<'PY'
import sys
first, count = int(sys.argv[1]), int(sys.argv[2])
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
print("username,name,employeeNumber,idNumber")
for i in range(first, first + count):
    first17 = "320102%04d0101%03d" % (1900 + i // 1000, i % 1000)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]
    print("bench-e%06d,职工%06d,B%06d,%s%s" % (i, i, i, first17, check))
PY
}
employees "$csv" 1 "$rows"
echo "Importing $rows employees…"
result=$(curl -s -o "$work/import.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $hr" \
  -H 'Content-Type: text/csv' --data-binary @"$csv" "$base/imports/employees")
imported=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("imported"))' "$work/import.json" 2>/dev/null || echo "?")
echo "import: HTTP ${result% *}, $imported accounts, ${result#* } s"

# The same again into the same enterprise, which now holds $rows employee accounts: the checks
# against the accounts already there must not grow with them.
employees "$csv" $((rows + 1)) "$rows"
result=$(curl -s -o "$work/import.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $hr" \
  -H 'Content-Type: text/csv' --data-binary @"$csv" "$base/imports/employees")
imported=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("imported"))' "$work/import.json" 2>/dev/null || echo "?")
echo "second import (enterprise holding $rows): HTTP ${result% *}, $imported accounts, ${result#* } s"

echo "Signing in $warmup + $rounds times…"
for _ in $(seq 1 "$warmup"); do login province province-demo >/dev/null; done
times=()
for _ in $(seq 1 "$rounds"); do
  times+=("$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    -d '{"username":"province","password":"province-demo"}' "$base/auth/login")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "sign-in: p50 %.0f ms, p90 %.0f ms over %d\n", a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, NR}'
