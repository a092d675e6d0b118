#!/usr/bin/env bash
# Benches (printed tables, not tests): share-link sizes, hostile input, reading level, and the app's performance
# budgets on a throttled phone profile with Lighthouse. RUNS=5 by default; SKIP_LIGHTHOUSE=1 to skip it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
. scripts/env.sh
scripts/build.sh
echo "== share links"
cargo run -q --release -p skillpass-core --example share_bench
echo
echo "== hostile links and files (worst open time, target < 100 ms each)"
cargo run -q --release -p skillpass-core --example hostile_bench
echo
echo "== career matching"
cargo run -q --release -p skillpass-core --example career_bench
echo
echo "== reading level"
cargo run -q -p skillpass-core --example reading_level
echo
echo "== performance (release build, brotli, 127.0.0.1)"
node bench/perf.mjs
