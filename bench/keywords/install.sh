#!/usr/bin/env bash
# Installs the jieba peer's packages (bench/keywords/node_modules) from package-lock.json, only when they are
# missing or were installed from another lock file. Safe to run on every benchmark run; prints nothing when up to date.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "bench/keywords: node and npm are needed for the jieba TF-IDF peer" >&2
  exit 1
fi

stamp=node_modules/.installed-from-lock
want="$(sha256sum package-lock.json | cut -d' ' -f1) $(node -p 'process.versions.node')"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --no-progress --loglevel=error >&2
echo "$want" > "$stamp"
