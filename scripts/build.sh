#!/usr/bin/env bash
# The release build, both pages, into dist/: first tools.html (the same app with the trainers' and
# caseworkers' screens, `tools` feature) into target/tools-dist/, then index.html (the worker's app),
# whose post-build hook (tools/postbuild.mjs) adds the tools page and writes the service worker.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
trunk build tools.html --release --html-output tools.html --dist target/tools-dist
trunk build --release
