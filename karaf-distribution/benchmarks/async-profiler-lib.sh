#!/usr/bin/env bash
# Prints the path of async-profiler's agent (libasyncProfiler.so, linux-x64), fetching it from Maven
# Central (tools.profiler:async-profiler) into ~/.cache the first time, unless ASYNC_PROFILER_LIB
# names one. Used by profile.sh (a running JVM) and boot-timeline.sh --profile (a JVM from its start).
set -euo pipefail

version=4.2
lib=${ASYNC_PROFILER_LIB:-"$HOME/.cache/skilleval/async-profiler-$version/linux-x64/libasyncProfiler.so"}
if [[ ! -f "$lib" ]]; then
  dir="$HOME/.cache/skilleval/async-profiler-$version"
  mkdir -p "$dir"
  mvn -B -ntp -q -Dstyle.color=never dependency:copy -Dartifact="tools.profiler:async-profiler:$version:jar:linux-x64" \
    -DoutputDirectory="$dir" -Dmdep.stripVersion=true >&2
  (cd "$dir" && unzip -qo async-profiler-linux-x64.jar 'linux-x64/*')
fi
echo "$lib"
