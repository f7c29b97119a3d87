#!/usr/bin/env bash
# Measures the plugin runtime of the built distribution on this machine:
#   1. cold boot: start of bin/karaf to the first 200 from /api/health (fresh data/ each time),
#      and to the demo being seeded (DemoSeeder's log line; it seeds off health's critical path);
#      warm restart: the same on the data/ of the previous boot (stopped with bin/stop);
#   2. hot deploy: a plugin jar renamed into deploy/ to its appearance in /api/plugins, and its
#      deletion to its disappearance;
#   3. failed requests: a steady stream of GET /api/plugins while the plugin is deployed and
#      removed in a loop;
#   4. authentication cost: one sign-in (JAAS + bcrypt) against requests that present the signed
#      token (GET /api/auth/me) and public requests (GET /api/health).
# Everything runs on loopback ports picked at random; every loop is bounded.
#
# Usage: karaf-distribution/benchmarks/runtime-benchmark.sh [--dist TAR.GZ] [BOOTS] [DEPLOY_CYCLES] [LOAD_SECONDS]
#   BOOTS cold boots, each followed by a warm restart; DEPLOY_CYCLES 0 stops after the boots.
# Targets (issue 2): hot deploy visible within 1.5 s; zero failed requests.
# Targets (issue 13): cold boot to the first 200 at most 6 s, warm restart at most 4 s.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
dist="$root/karaf-distribution/assembly/target/skilleval-distribution-$version.tar.gz"
if [[ "${1:-}" == --dist ]]; then dist=$2; shift 2; fi
boots=${1:-3}
cycles=${2:-20}
load_seconds=${3:-30}
plugin="$root/plugins/oral-defense/target/org.skilleval.plugin.oraldefense-$version.jar"
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

if [[ ! -f "$dist" || ( "$cycles" != 0 && ! -f "$plugin" ) ]]; then
  # Never mvn install: ~/.m2 is shared, and an installed SNAPSHOT would leak into other builds.
  echo "Package the distribution first: mvn -B -ntp -q package -DskipTests -pl karaf-distribution/assembly -am" >&2
  exit 1
fi

work=$(mktemp -d -t skilleval-bench-XXXXXX)
karaf_pid=
cleanup() {
  pkill -9 -f "$work/karaf/" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
set_prop() { # file key value
  if grep -qE "^#?\s*$2\s*=" "$1"; then sed -i -E "s|^#?\s*$2\s*=.*|$2 = $3|" "$1"; else echo "$2 = $3" >> "$1"; fi
}

unpack() {
  rm -rf "$work/karaf" && mkdir -p "$work/karaf"
  tar xzf "$dist" -C "$work/karaf" --strip-components=1
  port=$(free_port)
  set_prop "$work/karaf/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$port"
  set_prop "$work/karaf/etc/org.apache.karaf.shell.cfg" sshPort "$(free_port)"
  set_prop "$work/karaf/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$(free_port)"
  set_prop "$work/karaf/etc/org.apache.karaf.management.cfg" rmiServerPort "$(free_port)"
  # A throw-away operator account for this benchmark instance only.
  bench_password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf 'bench = %s,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' \
    "$bench_password" >> "$work/karaf/etc/users.properties"
}

start_karaf() {
  local start=$(now_ms)
  (cd "$work/karaf" && exec bin/karaf server > "$work/karaf/console.out" 2>&1) &
  karaf_pid=$!
  for _ in $(seq 1 1200); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health")" == 200 ]]; then
      echo $(( $(now_ms) - start )); return
    fi
    sleep 0.05
  done
  echo "Karaf did not answer /api/health within 60 s" >&2; exit 1
}

# start_karaf runs in a command substitution, so its karaf_pid never reaches this shell: wait for
# every process of this instance by its home directory instead (bounded), then force what is left.
karaf_running() { pgrep -f "$work/karaf/" >/dev/null; }
stop_karaf() {
  (cd "$work/karaf" && bin/stop >/dev/null 2>&1) || true
  for _ in $(seq 1 600); do karaf_running || break; sleep 0.1; done
  pkill -9 -f "$work/karaf/" 2>/dev/null || true
  karaf_pid=
}

# DemoSeeder logs this once both demo rounds are in the database.
demo_seeded() { grep -q "Demo seeded" "$work/karaf/data/log/karaf.log" 2>/dev/null; }

listed() { curl -s "http://127.0.0.1:$port/api/plugins" | grep -q '"id":"oral-defense"'; }
shell() { echo "$1" | "$work/karaf/bin/client" -u bench -p "$bench_password" -b >/dev/null 2>&1; }

stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (n=%d)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }

# Prints the milliseconds from start_ms to the demo being seeded.
await_demo() { # start_ms
  for _ in $(seq 1 1200); do
    demo_seeded && { echo $(( $(now_ms) - $1 )); return; }
    sleep 0.1
  done
  echo "The demo was not seeded within 2 minutes" >&2; exit 1
}

echo "== Boot to first 200 from /api/health: $boots cold boots (fresh data/), each followed by a warm restart"
echo "   load before: $(uptime | sed 's/.*load average: //')"
cold_times=(); demo_times=(); warm_times=()
for _ in $(seq 1 "$boots"); do
  unpack
  started=$(now_ms)
  cold_times+=("$(start_karaf)")
  demo_times+=("$(await_demo "$started")")
  stop_karaf
  warm_times+=("$(start_karaf)")
  stop_karaf
done
printf 'cold boot (fresh data/):            '; printf '%s\n' "${cold_times[@]}" | stats
printf 'cold boot to the demo seeded:       '; printf '%s\n' "${demo_times[@]}" | stats
printf 'warm restart (same data/):          '; printf '%s\n' "${warm_times[@]}" | stats
echo "   load after: $(uptime | sed 's/.*load average: //')"
[[ "$cycles" == 0 ]] && exit 0

echo "== Hot deploy through deploy/ ($cycles cycles)"
unpack
start_karaf > /dev/null
shell "feature:uninstall skilleval-plugin-oral-defense"
for _ in $(seq 1 100); do listed || break; sleep 0.1; done
listed && { echo "could not remove the shipped oral-defense plugin" >&2; exit 1; }

deploy_cycle() { # prints "appear_ms disappear_ms"
  cp "$plugin" "$work/staged.jar"
  local start=$(now_ms)
  mv "$work/staged.jar" "$work/karaf/deploy/oral-defense.jar"
  until listed; do sleep 0.01; (( $(now_ms) - start > 30000 )) && { echo "not visible after 30 s" >&2; exit 1; }; done
  local appear=$(( $(now_ms) - start ))
  start=$(now_ms)
  rm "$work/karaf/deploy/oral-defense.jar"
  while listed; do sleep 0.01; (( $(now_ms) - start > 30000 )) && { echo "not gone after 30 s" >&2; exit 1; }; done
  echo "$appear $(( $(now_ms) - start ))"
}
results=()
for _ in $(seq 1 "$cycles"); do results+=("$(deploy_cycle)"); done
printf 'visible after deploy:  '; printf '%s\n' "${results[@]}" | cut -d' ' -f1 | stats
printf 'gone after delete:     '; printf '%s\n' "${results[@]}" | cut -d' ' -f2 | stats

echo "== Failed requests: GET /api/plugins for ${load_seconds} s while oral-defense is deployed and removed in a loop"
java "$here/ApiLoad.java" "http://127.0.0.1:$port/api/plugins" "$load_seconds" 4 > "$work/load.out" &
load_pid=$!
loops=0
while kill -0 "$load_pid" 2>/dev/null; do deploy_cycle > /dev/null; loops=$((loops + 1)); done
wait "$load_pid"
echo "deploy/remove cycles during the load: $loops"
cat "$work/load.out"

echo "== Authentication: sign-in cost and token-authenticated throughput (10 s each, 4 client threads)"
login_body='{"username":"province","password":"province-demo"}'
login_ms=()
for _ in $(seq 1 20); do
  start=$(now_ms)
  curl -s -o "$work/login.json" -H 'Content-Type: application/json' -d "$login_body" "http://127.0.0.1:$port/api/auth/login"
  login_ms+=("$(( $(now_ms) - start ))")
done
printf 'sign-in (JAAS realm, bcrypt), sequential: '; printf '%s\n' "${login_ms[@]}" | stats
token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$work/login.json")
printf 'GET /api/auth/me with token:  '; java "$here/ApiLoad.java" "http://127.0.0.1:$port/api/auth/me" 10 4 "$token"
printf 'GET /api/health (public):     '; java "$here/ApiLoad.java" "http://127.0.0.1:$port/api/health" 10 4
stop_karaf
