#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the integration tests that run on PostgreSQL (issue 14).
#
#   postgresql.sh start DIR   installs Debian's postgresql-15 when it is missing, creates a cluster in
#                             DIR/data listening on 127.0.0.1 only, on a free port, with a database and
#                             a user "skilleval" (password "skilleval"), and writes the connection in
#                             DIR/datasource.properties for the tests
#   postgresql.sh stop DIR    stops that cluster (also after failed tests: Maven runs it after them)
#   postgresql.sh resume DIR  starts a stopped cluster of DIR again, on the same port, with its data
#                             (DatabaseOutagePostgreSqlIT stops and resumes a server of its own)
#
# Sourced (". postgresql.sh"), it only defines its functions: two-nodes.sh uses free_port.
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the "postgres" user that the
# Debian package creates. It runs with fsync off: it is thrown away after the tests.
set -euo pipefail

version=15
bin=/usr/lib/postgresql/$version/bin

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  if [ -f "$dir/data/postmaster.pid" ] && [ -x "$bin/pg_ctl" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null \
      || as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
}

# Installs a Debian package as root, or through sudo; fails naming the package when it cannot.
apt_install() {
  local package=$1
  # UCF_FORCE_CONFOLD: postgresql-common keeps the createcluster.conf written below
  local apt=(env DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFOLD=1 apt-get)
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then
      apt=(sudo -n env DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFOLD=1 apt-get)
    else
      echo "ERROR: $package is not installed and this user cannot install it." >&2
      echo "       Install it with: apt-get install -y $package" >&2
      exit 1
    fi
  fi
  if ! "${apt[@]}" update -qq || ! "${apt[@]}" install -y -qq "$package" >/dev/null; then
    echo "ERROR: apt-get could not install $package; install it with: apt-get install -y $package" >&2
    exit 1
  fi
}

install_postgresql() {
  echo "PostgreSQL $version is missing: installing Debian's postgresql-$version"
  # The package would create and start a cluster of its own on port 5432: the tests need none.
  if [ "$(id -u)" = 0 ] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  fi
  apt_install "postgresql-$version"
}

start_cluster() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgresql.log" -w -t 60 start \
    -o "-p $1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "ERROR: no free port found on 127.0.0.1" >&2
  exit 1
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  return 0
fi

action=${1:?usage: postgresql.sh start|stop|resume DIR}
dir=${2:?usage: postgresql.sh start|stop|resume DIR}

if [ "${SKILLEVAL_SKIP_TESTS:-}" = true ]; then
  echo "Tests are skipped (-DskipTests): no PostgreSQL started"
  exit 0
fi

case "$action" in
  start)
    [ -x "$bin/initdb" ] || install_postgresql
    if [ ! -x "$bin/initdb" ]; then
      echo "ERROR: PostgreSQL $version is still missing after installing postgresql-$version ($bin)" >&2
      exit 1
    fi
    # A cluster left by an interrupted run goes first.
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      chown postgres: "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "ERROR: the postgres user cannot write $dir (a parent directory is closed to it)" >&2
        exit 1
      fi
    fi
    echo skilleval >"$dir/password"
    chmod 644 "$dir/password"
    as_owner "$bin/initdb" -D "$dir/data" -U skilleval --pwfile="$dir/password" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    for attempt in 1 2 3; do
      port=$(free_port)
      if start_cluster "$port"; then
        echo "$port" >"$dir/port"
        break
      fi
      [ "$attempt" = 3 ] && { echo "ERROR: PostgreSQL did not start, see $dir/postgresql.log" >&2; tail -20 "$dir/postgresql.log" >&2; exit 1; }
    done
    PGPASSWORD=skilleval "$bin/psql" -q -h 127.0.0.1 -p "$port" -U skilleval -d postgres \
      -c "CREATE DATABASE skilleval ENCODING 'UTF8' TEMPLATE template0"
    cat >"$dir/datasource.properties" <<EOF
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = jdbc:postgresql://127.0.0.1:$port/skilleval
user = skilleval
password = skilleval
EOF
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the integration tests on 127.0.0.1:$port ($dir)"
    ;;
  stop)
    stop_cluster
    ;;
  resume)
    start_cluster "$(cat "$dir/port")" || { tail -20 "$dir/postgresql.log" >&2; exit 1; }
    ;;
  *)
    echo "usage: postgresql.sh start|stop|resume DIR" >&2
    exit 2
    ;;
esac
