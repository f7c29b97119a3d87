#!/usr/bin/env bash
# Where the seconds of a boot go: starts the built distribution (fresh data/, then a warm restart
# on the same data/) on free loopback ports and prints, relative to the start of bin/karaf,
#   - the first 200 from /api/health, the first UP, and the demo round being listed;
#   - the Karaf log lines that mark phases (features resolution and install, bundle starts, schema
#     migrations, demo seeding), with their offsets;
#   - what the busy threads were doing, from thread dumps taken every 0.5 s until the first 200
#     (SIGQUIT: the JVM prints them to its console, so sampling starts no second JVM): per sample,
#     each runnable thread's first frame in org.skilleval, Felix, Karaf, Jersey, EclipseLink,
#     Liquibase, Derby, Pax or Jetty code.
# The samples stay in the work directory (kept with --keep) for a closer look.
#
# --profile also runs async-profiler in each JVM from its first instruction to the first 200
# (CPU time per thread, ctimer, 1 ms) and prints each thread's share of the samples and the
# heaviest frames of the busiest threads; the collapsed stacks stay in the work directory. A
# profiled JVM cannot write the class data sharing archive, so these boots run without it: compare
# profiled boots with profiled boots only.
#
# Usage: karaf-distribution/benchmarks/boot-timeline.sh [--dist TAR.GZ] [--keep] [--profile]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
dist="$root/karaf-distribution/assembly/target/skilleval-distribution-$version.tar.gz"
keep=false
profile=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --profile) profile=true; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -f "$dist" ]] || { echo "No distribution at $dist: nice -n 19 mvn -B -ntp -q package -DskipTests -pl karaf-distribution/assembly -am" >&2; exit 1; }
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

profiler=
if $profile; then profiler=$("$here/async-profiler-lib.sh"); fi

work=$(mktemp -d -t skilleval-timeline-XXXXXX)
cleanup() {
  pkill -9 -f "$work/karaf/" 2>/dev/null || true
  if $keep; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
set_prop() { # file key value
  if grep -qE "^#?\s*$2\s*=" "$1"; then sed -i -E "s|^#?\s*$2\s*=.*|$2 = $3|" "$1"; else echo "$2 = $3" >> "$1"; fi
}

mkdir -p "$work/karaf"
tar xzf "$dist" -C "$work/karaf" --strip-components=1
port=$(free_port)
set_prop "$work/karaf/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$port"
set_prop "$work/karaf/etc/org.apache.karaf.shell.cfg" sshPort "$(free_port)"
set_prop "$work/karaf/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$(free_port)"
set_prop "$work/karaf/etc/org.apache.karaf.management.cfg" rmiServerPort "$(free_port)"

health() { curl -s -m 2 "http://127.0.0.1:$port/api/health" -w ' %{http_code}' 2>/dev/null || true; }

boot() { # label
  local label=$1 start first200= up= demo= pid= samples="$work/samples-$1" n=0
  mkdir -p "$samples"
  rm -f "$work/karaf/data/log/karaf.log"
  start=$(now_ms)
  if [[ -n "$profiler" ]]; then
    (cd "$work/karaf" && SKILLEVAL_CLASS_SHARING=off \
      EXTRA_JAVA_OPTS="-agentpath:$profiler=start,event=ctimer,interval=1ms,threads,file=$work/profile-$label.collapsed,collapsed" \
      exec bin/karaf server > "$work/console-$label.out" 2>&1) &
  else
    (cd "$work/karaf" && exec bin/karaf server > "$work/console-$label.out" 2>&1) &
  fi
  while (( $(now_ms) - start < 90000 )); do
    # The first dump is asked for half a second after the JVM appears, once it handles SIGQUIT.
    if [[ -z "$first200" && -n "$pid" ]]; then
      n=$((n + 1))
      echo "$(( $(now_ms) - start ))" >> "$samples/times"
      kill -QUIT "$pid" 2>/dev/null || true
    fi
    [[ -z "$pid" ]] && pid=$(pgrep -f "karaf.home=$work/karaf" | head -1 || true)
    local answer; answer=$(health)
    if [[ -z "$first200" && "$answer" == *" 200" ]]; then
      first200=$(( $(now_ms) - start ))
      if [[ -n "$profiler" ]]; then
        "$JAVA_HOME/bin/jcmd" "$pid" JVMTI.agent_load "$profiler" "\"stop,file=$work/profile-$label.collapsed,collapsed\"" >/dev/null
      fi
    fi
    if [[ -z "$up" && "$answer" == *'"status":"UP"'* ]]; then up=$(( $(now_ms) - start )); fi
    if [[ -z "$demo" ]] && grep -q "Demo seeded\|Demo round seeded\|demo round .*seeded" "$work/karaf/data/log/karaf.log" 2>/dev/null; then
      demo=$(( $(now_ms) - start ))
    fi
    [[ -n "$first200" && -n "$up" && ( -n "$demo" || "$label" == warm ) ]] && break
    sleep 0.5
  done
  echo "== $label boot: first 200 at ${first200:-none} ms, UP at ${up:-none} ms, demo seeded (log) at ${demo:-not seen} ms; load: $(uptime | sed 's/.*load average: //')"
  echo "-- log lines (offset from the start of bin/karaf, ms)"
  python3 - "$start" "$work/karaf/data/log/karaf.log" <<'EOF'
import re, sys, datetime
start = int(sys.argv[1])
marks = re.compile(r"Adding features|template|Changes to perform|Installing bundles|Starting bundles|Stopping bundles|Refreshing bundles|Done\.|"
                   r"schema up to date|Liquibase|Demo|demo|Jersey|Started ServerConnector|Started @|EntityManagerFactory|"
                   r"The API serves|ERROR|WARN")
for line in open(sys.argv[2], errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3})", line)
    if not m or not marks.search(line):
        continue
    t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S,%f").replace(tzinfo=datetime.timezone.utc)
    offset = int(t.timestamp() * 1000) - start
    fields = line.rstrip().split(" | ")
    print(f"{offset:7d}  {fields[2].strip()[:16]:16}  {fields[-1][:150]}")
EOF
  echo "-- busy threads per sample until the first 200 (first interesting frame of each RUNNABLE thread)"
  python3 - "$samples/times" "$work/console-$label.out" <<'EOF'
import os, re, sys
times = open(sys.argv[1]).read().split() if os.path.exists(sys.argv[1]) else []
dumps = open(sys.argv[2], errors="replace").read().split("Full thread dump")[1:]
interesting = re.compile(r"org\.skilleval|org\.apache\.felix|org\.apache\.karaf|org\.glassfish|org\.eclipse\.persistence|liquibase|org\.apache\.derby|org\.ops4j|org\.eclipse\.jetty|org\.apache\.aries")
for t, text in zip(times, dumps):
    busy = []
    for block in text.split("\n\n"):
        head = block.strip().split("\n")
        if not head or not head[0].startswith('"') or "java.lang.Thread.State: RUNNABLE" not in block:
            continue
        thread = head[0].split('"')[1]
        if thread in ("Attach Listener", "Signal Dispatcher", "Reference Handler", "Finalizer", "Common-Cleaner") or "Compiler" in thread:
            continue
        frames = [l.strip()[3:] for l in head if l.strip().startswith("at ")]
        if not frames or frames[0].startswith(("java.net.", "sun.nio.", "java.io.FileInputStream.readBytes", "java.lang.Thread.sleep")):
            continue
        first = next((f for f in frames if interesting.search(f)), frames[0])
        busy.append(f"{thread[:28]}: {re.sub(r'[(].*', '', first)}")
    print(f"{int(t):7d}  " + (" | ".join(busy) if busy else "-"))
EOF
  if [[ -n "$profiler" && -s "$work/profile-$label.collapsed" ]]; then
    echo "-- CPU profile until the first 200 (async-profiler, ctimer 1 ms; without class data sharing)"
    python3 - "$work/profile-$label.collapsed" <<'EOF'
import collections, re, sys
per_thread, frames_of = collections.Counter(), collections.defaultdict(collections.Counter)
interesting = re.compile(r"org/skilleval|org/apache/(felix|karaf|aries|derby)|org/glassfish|org/eclipse/persistence|liquibase|org/ops4j|org/eclipse/jetty|org/apache/sshd|ClassLoader\.defineClass")
total = 0
for line in open(sys.argv[1], errors="replace"):
    stack, _, count = line.rstrip("\n").rpartition(" ")
    count = int(count)
    frames = stack.split(";")
    # one line per kind of thread: numbers, ids and pool indexes dropped
    thread = re.sub(r"( tid=\d+|[-#]?\d+)", "", frames[0]).strip("[] ")
    per_thread[thread] += count
    total += count
    for frame in set(f for f in frames[1:] if interesting.search(f)):
        frames_of[thread][frame] += count
print(f"{total} samples; per thread:")
for thread, count in per_thread.most_common(12):
    print(f"  {100 * count / total:5.1f}%  {thread}")
busiest = [t for t, _ in per_thread.most_common() if "Compiler" not in t and not t.startswith(("GC ", "G1 "))][:3]
for thread in busiest:
    print(f"heaviest frames of {thread} (inclusive, share of all samples):")
    for frame, count in frames_of[thread].most_common(12):
        print(f"  {100 * count / total:5.1f}%  {frame[:150]}")
EOF
  fi
}

stop() {
  (cd "$work/karaf" && bin/stop >/dev/null 2>&1) || true
  for _ in $(seq 1 600); do pgrep -f "karaf.home=$work/karaf" >/dev/null || break; sleep 0.1; done
  pkill -9 -f "karaf.home=$work/karaf" 2>/dev/null || true
}

boot cold
stop
boot warm
stop
