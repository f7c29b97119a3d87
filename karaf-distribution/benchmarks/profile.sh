#!/usr/bin/env bash
# Samples a running JVM with async-profiler for SECONDS and writes the hottest frames (self time)
# and the top call traces to OUT. The profiler's agent comes from async-profiler-lib.sh; it is
# loaded with jcmd, so no launcher is needed. Sampling uses the itimer
# event, which needs no perf_events permission inside containers.
#
# Usage: karaf-distribution/benchmarks/profile.sh PID_OR_PARENT_PID SECONDS OUT
set -euo pipefail

pid=$1 seconds=$2 out=$3
lib=$("$(cd "$(dirname "$0")" && pwd)/async-profiler-lib.sh")
# bin/karaf runs java as a child: profile the JVM, whichever of the two was given
if ! tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'java'; then
  pid=$(pgrep -P "$pid" java | head -1)
fi
jcmd=$JAVA_HOME/bin/jcmd
# jcmd would split "key=value" options: the quotes keep them one argument for the agent
"$jcmd" "$pid" JVMTI.agent_load "$lib" "\"start,event=itimer,interval=1ms\"" >/dev/null
sleep "$seconds"
"$jcmd" "$pid" JVMTI.agent_load "$lib" "\"stop,file=$out.collapsed,collapsed\"" >/dev/null
for _ in $(seq 1 50); do [[ -s "$out.collapsed" ]] && break; sleep 0.2; done
python3 - "$out.collapsed" > "$out" <<'PY'
import collections, sys
self_time, inclusive, total, stacks = collections.Counter(), collections.Counter(), 0, []
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    stack, _, count = line.rstrip("\n").rpartition(" ")
    count = int(count)
    total += count
    frames = stack.split(";")
    stacks.append((stack, count))
    self_time[frames[-1]] += count
    for frame in set(frames):
        inclusive[frame] += count
# below the request's common path (Jetty, Jersey, the resource, the store): the database layers
ours = ("org/apache/derby", "org/eclipse/persistence", "com/fasterxml", "org.apache.derby", "org.eclipse.persistence")
print(f"{total} samples (itimer, 1 ms), all threads")
print("\ntop frames by self time:")
for frame, count in self_time.most_common(20):
    print(f"  {100 * count / total:5.1f}%  {frame}")
print("\ntop frames of Derby, EclipseLink and Jackson by inclusive time:")
for frame, count in [(f, c) for f, c in inclusive.most_common() if f.startswith(ours)][:25]:
    print(f"  {100 * count / total:5.1f}%  {frame}")
print("\nthe causes issue 13 named (inclusive):")
for name in ("SortResultSet", "MergeInserter", "freeMemory", "UTF8Reader", "LOBStreamControl", "ClobUpdatableReader"):
    count = sum(c for stack, c in stacks if name in stack)
    print(f"  {100 * count / total:5.1f}%  {name}")
PY
echo "profile of $seconds s written to $out"
