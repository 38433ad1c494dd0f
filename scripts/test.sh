#!/usr/bin/env bash
# One command: install everything (Chromium included), then lint, typecheck and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Chromium (Debian) for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "==> lint";      pnpm lint
echo "==> build";     pnpm build
echo "==> codegen";   pnpm codegen:check
echo "==> typecheck"; pnpm typecheck
echo "==> test";      pnpm test
# every benchmark at a tiny size, into a throw-away report: proves they run, measures nothing
echo "==> bench (smoke)"; BENCH_SMOKE=1 BENCH_REPORT="$(mktemp)" pnpm bench
