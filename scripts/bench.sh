#!/usr/bin/env bash
# Benches (printed tables, not tests): share-link sizes, hostile input, reading level, the taps it
# takes to build the reference profiles (issue 14's model), and the app's performance budgets on a
# throttled phone profile with Lighthouse, the first visit in WebKit and Firefox too, and where the
# wasm's bytes go. RUNS=5 by default; SKIP_LIGHTHOUSE=1 to skip it.
#   scripts/bench.sh                   every bench (builds first)
#   scripts/bench.sh taps [ARGS…]      only the taps bench; builds first unless ARGS has --dist DIR
#                                      (ARGS go to bench/taps.mjs: --dist, --profiles, --json, --trace)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = taps ]; then
  shift
  case " $* " in
    *" --dist "*) ;;
    *) scripts/setup.sh test; . scripts/env.sh; scripts/build.sh ;;
  esac
  exec node bench/taps.mjs "$@"
fi
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
echo "== taps to build the reference profiles (release build, Chromium 360×740)"
node bench/taps.mjs
echo
echo "== where the worker's wasm bytes go (twiggy)"
command -v twiggy >/dev/null || CARGO_PROFILE_RELEASE_LTO=off cargo install twiggy --version 0.8.0 --locked
node bench/sizes.mjs
echo
echo "== performance: Chromium (release build, brotli, 127.0.0.1), WebKit and Firefox first visits"
node bench/perf.mjs
