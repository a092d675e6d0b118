#!/usr/bin/env bash
# Runs every check: formatting, lints (native core + wasm shell), native tests, the release build,
# the interop checks (real verifiers, schemas and themes on our exported files, offline), the
# end-to-end tests in headless Chromium, and the core journeys in WebKit and Firefox ESR.
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
. scripts/env.sh

started=$SECONDS
step() { printf '\n== [%ss] %s\n' "$((SECONDS - started))" "$*"; }
step "cargo fmt --check"
cargo fmt --all --check
step "cargo clippy (core, native; shell, wasm32)"
cargo clippy --locked -p skillpass-core --all-targets --features scan -- -D warnings
cargo clippy --locked -p skillpass --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked -p skillpass --target wasm32-unknown-unknown --features tools -- -D warnings
step "cargo test (native core)"
cargo test --locked -p skillpass-core --features scan
step "interop: our exported files checked by other people's tools (scripts/interop.sh)"
scripts/interop.sh
step "release build (scripts/build.sh: tools.html, then index.html)"
scripts/build.sh
step "browser end-to-end tests (headless Chromium)"
rm -rf tests/e2e/screenshots
node --test --test-concurrency=1 tests/e2e/
step "browser journeys in WebKit and Firefox"
rm -rf tests/engines/screenshots
node --test --test-concurrency=1 tests/engines/
step "all checks passed"
