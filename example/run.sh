#!/usr/bin/env bash
# Runs the example end to end against the local Lambda emulator (no AWS account, no Docker):
# builds the library, installs the emulator on first use, compiles the example and runs it.
# Usage (from anywhere): npm run example
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> Building the library (npm run build)"
npm run build --silent

if [ ! -f emulator/node_modules/osls/bin/serverless.js ]; then
  echo "==> Installing the local Lambda emulator (npm ci --prefix emulator)"
  npm ci --prefix emulator
fi

echo "==> Compiling the example"
rm -rf example/dist
node node_modules/typescript/bin/tsc -p example/tsconfig.json

echo "==> Running the example"
exec node example/dist/example/main.js
