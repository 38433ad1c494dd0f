#!/usr/bin/env bash
# One command: install, build, and start the whole system on the embedded store with the demo town.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
echo "==> building"
pnpm build
echo "==> starting"
exec pnpm start
