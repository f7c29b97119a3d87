#!/usr/bin/env bash
# Builds the console's front end into the directory given as $1 (Maven passes
# target/classes/console). Needs Node.js >= 18.18 and npm: Debian's packages, installed here with
# apt-get when they are missing (no Node binary is ever downloaded from a website). Dependencies come
# from the npm registry exactly as package-lock.json records them (`npm ci`); once fetched they are
# in npm's cache, so later builds work offline. Nothing is rebuilt when no source changed.
set -euo pipefail
cd "$(dirname "$0")"
out="${1:?usage: build.sh <output directory>}"

need_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>18||(a===18&&b>=18)?0:1)'
}

if ! need_node; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "console: Node.js >= 18.18 and npm are missing; installing Debian's nodejs and npm" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    if command -v node >/dev/null 2>&1; then
      apt-get install -y -qq npm   # a Node.js is there (e.g. NodeSource's): add only npm
    else
      apt-get install -y -qq nodejs npm
    fi
  fi
  if ! need_node; then
    echo "console: the build needs Node.js >= 18.18 and npm (Debian: apt-get install nodejs npm)" >&2
    exit 1
  fi
fi

# npm ci only when the lock changed since the last install (or node_modules is gone).
stamp=node_modules/.skilleval-lock.sha256
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1) $(node --version)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > "$stamp"
fi

# Build only when a source is newer than the last build.
if [ -f "$out/index.html" ] && [ -z "$(find src public index.html vite.config.js scripts package-lock.json build.sh \
     -newer "$out/index.html" -print -quit 2>/dev/null)" ]; then
  echo "console: up to date in $out"
  exit 0
fi

node scripts/check-messages.mjs
node node_modules/vite/bin/vite.js build --logLevel warn --outDir "$out" --emptyOutDir
node scripts/first-load-size.mjs "$out"
