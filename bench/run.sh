#!/usr/bin/env bash
# `npm run bench [-- options]` from the repository root: installs the bench's own dependencies if needed, builds the
# library if dist/ is missing, then runs the orchestrator. `npm run bench -- --smoke` (or BENCH_SMOKE=1) is the quick
# CI check; `npm run bench -- --help` lists the options.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/.." && pwd)"

if [ ! -d "$BENCH_DIR/node_modules" ]; then
  echo "bench: installing bench dependencies (npm ci --prefix bench)"
  npm ci --prefix "$BENCH_DIR" --no-audit --no-fund
fi

if [ ! -f "$ROOT_DIR/dist/index.js" ]; then
  echo "bench: dist/ is missing, building the library (npm run build)"
  (cd "$ROOT_DIR" && npm run build)
fi

exec node "$BENCH_DIR/src/run.js" "$@"
