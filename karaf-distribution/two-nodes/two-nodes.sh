#!/usr/bin/env bash
# Two SkillEval nodes over one PostgreSQL behind HAProxy, on one machine, for a demonstration and for
# the two-node integration tests (issue 14; docs/operations.md, "Several nodes", draws it).
#
#   two-nodes.sh start [DIR]   a fresh setup in DIR (default: target/ beside this script):
#                                - PostgreSQL 15 in DIR/postgresql (itests/postgresql.sh starts it);
#                                - the built distribution unpacked twice, DIR/node-a and DIR/node-b,
#                                  each on free loopback ports (HTTP, SSH, RMI registry and server),
#                                  named by karaf.name, both on that one database, both booting at once;
#                                - one shared directory, DIR/shared: the token signing key, the
#                                  attachments and the holiday calendar files;
#                                - HAProxy (Debian's haproxy, installed when missing) on one port,
#                                  round robin over both nodes, health-checking /api/health.
#                              Prints the proxy's address and writes every port to DIR/two-nodes.properties.
#   two-nodes.sh stop [DIR]    stops the proxy, both nodes and PostgreSQL
#   two-nodes.sh status [DIR]  says what runs and what each node's /api/health answers
#
# Environment: SKILLEVAL_DISTRIBUTION (the tar.gz; default: the assembly's build output),
# SKILLEVAL_DEMO_ROUND=false (demo logins only, no demo round: the tests' setting),
# JAVA_HOME (as for bin/karaf). The demo data is seeded by node-a alone: two seeders racing on one
# empty database would seed it twice.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# free_port and apt_install
. "$here/../itests/postgresql.sh"

action=${1:?usage: two-nodes.sh start|stop|status [DIR]}
dir=$(mkdir -p "${2:-$here/target}" && cd "${2:-$here/target}" && pwd)
nodes=(node-a node-b)
boot_patience=240

# Sets key = value in a Karaf .cfg/.properties file, replacing a line that sets or comments it out.
set_property() {
  local file=$1 key=$2 value=$3
  touch "$file"
  if grep -Eq "^#?[[:space:]]*${key//./\\.}[[:space:]]*=" "$file"; then
    local escaped=${value//\\/\\\\}
    escaped=${escaped//&/\\&}
    escaped=${escaped//|/\\|}
    sed -E -i "s|^#?[[:space:]]*${key//./\\.}[[:space:]]*=.*$|$key = $escaped|" "$file"
  else
    printf '\n%s = %s\n' "$key" "$value" >>"$file"
  fi
}

distribution() {
  if [ -n "${SKILLEVAL_DISTRIBUTION:-}" ]; then
    echo "$SKILLEVAL_DISTRIBUTION"
    return
  fi
  local built
  built=$(ls "$here"/../assembly/target/skilleval-distribution-*.tar.gz 2>/dev/null | head -1 || true)
  if [ -z "$built" ]; then
    echo "ERROR: no built distribution: run mvn -B -ntp package -DskipTests -pl karaf-distribution/assembly -am" >&2
    echo "       first, or name the tar.gz in SKILLEVAL_DISTRIBUTION" >&2
    exit 1
  fi
  echo "$built"
}

health() {
  curl -s --max-time 5 "http://127.0.0.1:$1/api/health" || true
}

# Unpacks one node and gives it its ports, name, database and the shared directory.
unpack_node() {
  local node=$1 tarball=$2 home
  mkdir -p "$dir/$node"
  tar xzf "$tarball" -C "$dir/$node"
  home=$(ls -d "$dir/$node"/*/ | head -1)
  home=${home%/}
  ln -sfn "$home" "$dir/$node/home"
  local etc=$home/etc http
  http=$(free_port)
  set_property "$etc/system.properties" karaf.name "$node"
  set_property "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$http"
  set_property "$etc/org.apache.karaf.shell.cfg" sshPort "$(free_port)"
  set_property "$etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_property "$etc/org.apache.karaf.management.cfg" rmiRegistryPort "$(free_port)"
  set_property "$etc/org.apache.karaf.management.cfg" rmiServerPort "$(free_port)"
  set_property "$etc/org.apache.karaf.management.cfg" rmiRegistryHost 127.0.0.1
  set_property "$etc/org.apache.karaf.management.cfg" rmiServerHost 127.0.0.1
  set_property "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.host 127.0.0.1
  local key
  while IFS='=' read -r key value; do
    key=$(echo "$key" | xargs)
    [ -n "$key" ] && set_property "$etc/org.ops4j.datasource-skilleval.cfg" "$key" "$(echo "$value" | xargs)"
  done <"$dir/postgresql/datasource.properties"
  # What every node must share (docs/operations.md): the signing key, the attachments, the calendar.
  set_property "$etc/org.skilleval.core.security.cfg" signingKeyFile "$dir/shared/security/token-signing.key"
  set_property "$etc/org.skilleval.core.lifecycle.attachments.cfg" directory "$dir/shared/attachments"
  set_property "$etc/org.skilleval.core.lifecycle.calendar.cfg" directory "$dir/shared/holidays"
  # The proxy appends each client's address to X-Forwarded-For; the throttles count that address.
  set_property "$etc/org.skilleval.core.rest.proxy.cfg" trustedProxies 127.0.0.1
  if [ "$node" = node-a ]; then
    set_property "$etc/org.skilleval.core.demo.cfg" enabled true
    set_property "$etc/org.skilleval.core.demo.cfg" round "${SKILLEVAL_DEMO_ROUND:-true}"
    cp -r "$etc/skilleval-holidays/." "$dir/shared/holidays/"
  else
    set_property "$etc/org.skilleval.core.demo.cfg" enabled false
  fi
  echo "$node.home = $home" >>"$dir/two-nodes.properties"
  echo "$node.http = $http" >>"$dir/two-nodes.properties"
}

start_proxy() {
  command -v haproxy >/dev/null || { echo "HAProxy is missing: installing Debian's haproxy"; apt_install haproxy; }
  command -v haproxy >/dev/null || { echo "ERROR: haproxy is still missing after installing Debian's haproxy" >&2; exit 1; }
  local port
  port=$(free_port)
  cat >"$dir/haproxy.cfg" <<EOF
# Written by two-nodes.sh: round robin over both nodes, each checked on /api/health every second.
global
    maxconn 512

defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    # A booting node answers slowly: a check cut short would only log a broken pipe on the node.
    timeout check 10s
    # A request a node could not answer (it stopped) goes once to the other node.
    retries 1
    option redispatch
    # The client's address for the nodes' per-address throttles (trustedProxies on each node).
    option forwardfor

frontend skilleval
    bind 127.0.0.1:$port
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /api/health
    http-check expect status 200
$(for node in "${nodes[@]}"; do
    echo "    server $node 127.0.0.1:$(grep "^$node.http = " "$dir/two-nodes.properties" | cut -d' ' -f3) check inter 1s fall 2 rise 1"
  done)
EOF
  haproxy -c -q -f "$dir/haproxy.cfg" 2>/dev/null || {
    echo "ERROR: HAProxy refuses $dir/haproxy.cfg:" >&2
    haproxy -c -f "$dir/haproxy.cfg" >&2 || true
    exit 1
  }
  haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
  echo "proxy.http = $port" >>"$dir/two-nodes.properties"
}

node_home() {
  echo "$dir/$1/home"
}

start() {
  local tarball
  tarball=$(distribution)
  if [ -e "$dir/two-nodes.properties" ]; then
    stop
  fi
  rm -rf "$dir/node-a" "$dir/node-b" "$dir/shared" "$dir/two-nodes.properties" "$dir/haproxy.cfg"
  mkdir -p "$dir/shared/security" "$dir/shared/attachments" "$dir/shared/holidays"
  chmod 700 "$dir/shared/security"
  bash "$here/../itests/postgresql.sh" start "$dir/postgresql"
  for node in "${nodes[@]}"; do
    unpack_node "$node" "$tarball"
  done
  for node in "${nodes[@]}"; do
    "$(node_home "$node")/bin/start"
  done
  start_proxy
  local deadline=$((SECONDS + boot_patience))
  for node in "${nodes[@]}"; do
    local http
    http=$(grep "^$node.http = " "$dir/two-nodes.properties" | cut -d' ' -f3)
    until health "$http" | grep -q '"status":"UP"'; do
      if [ $SECONDS -gt $deadline ]; then
        echo "ERROR: $node did not say UP on /api/health within ${boot_patience}s; see $(node_home "$node")/data/log/karaf.log" >&2
        exit 1
      fi
      sleep 1
    done
    echo "$node is UP on 127.0.0.1:$http"
  done
  echo "SkillEval on two nodes behind HAProxy: http://127.0.0.1:$(grep '^proxy.http = ' "$dir/two-nodes.properties" | cut -d' ' -f3)/"
}

stop() {
  if [ -f "$dir/haproxy.pid" ]; then
    kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    rm -f "$dir/haproxy.pid"
  fi
  for node in "${nodes[@]}"; do
    local home
    home=$(node_home "$node")
    if [ -x "$home/bin/stop" ] && "$home/bin/status" >/dev/null 2>&1; then
      "$home/bin/stop" >/dev/null 2>&1 || true
    fi
  done
  for node in "${nodes[@]}"; do
    local home
    home=$(node_home "$node")
    for _ in $(seq 1 60); do
      "$home/bin/status" >/dev/null 2>&1 || break
      sleep 1
    done
  done
  bash "$here/../itests/postgresql.sh" stop "$dir/postgresql"
  echo "Stopped the proxy, both nodes and PostgreSQL of $dir"
}

status() {
  if [ ! -f "$dir/two-nodes.properties" ]; then
    echo "No two-node setup in $dir"
    return 3
  fi
  local proxy
  proxy=$(grep '^proxy.http = ' "$dir/two-nodes.properties" | cut -d' ' -f3 || true)
  if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
    echo "proxy  running on 127.0.0.1:$proxy"
  else
    echo "proxy  stopped"
  fi
  for node in "${nodes[@]}"; do
    local http
    http=$(grep "^$node.http = " "$dir/two-nodes.properties" | cut -d' ' -f3)
    echo "$node running: $("$(node_home "$node")/bin/status" 2>&1 | tail -1); 127.0.0.1:$http/api/health: $(health "$http")"
  done
}

case "$action" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: two-nodes.sh start|stop|status [DIR]" >&2
    exit 2
    ;;
esac
