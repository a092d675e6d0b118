#!/usr/bin/env bash
# Builds the release app and serves it at http://127.0.0.1:8080 (PORT=… to change). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
. scripts/env.sh
scripts/build.sh
echo "SkillPass is at http://127.0.0.1:${PORT:-8080}/"
exec node tests/e2e/server.mjs dist 127.0.0.1 "${PORT:-8080}"
