#!/usr/bin/env bash
# Installs a benchmark peer's npm packages (bench/<dir>/node_modules) from its package-lock.json, only when they are
# missing or were installed from another lock file or node version. Safe to run on every benchmark run; prints
# nothing when up to date.   Usage: bench/npm-install.sh quality|keywords
set -euo pipefail
cd "$(dirname "$0")/${1:?which peer folder: quality or keywords}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "bench/$1: node and npm are needed for this benchmark's peer (jsdom 29 wants node >= 20.19)" >&2
  exit 1
fi

stamp=node_modules/.installed-from-lock
want="$(sha256sum package-lock.json | cut -d' ' -f1) $(node -p 'process.versions.node')"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --no-progress --loglevel=error >&2
echo "$want" > "$stamp"
