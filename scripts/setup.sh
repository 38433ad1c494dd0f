#!/usr/bin/env bash
# Installs what the project needs on a fresh machine with Node 20 and npm: pnpm, then the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "==> installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

# better-sqlite3 has no prebuilt binary we can download here: it builds against Node's own headers.
if [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi
export TURBO_TELEMETRY_DISABLED=1

echo "==> installing workspace dependencies"
pnpm install --frozen-lockfile
