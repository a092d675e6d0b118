#!/usr/bin/env bash
# Interop checks: SkillPass's exported files, accepted by other people's tools (offline).
# 1. Every core/examples/interop_*.rs writes its files into $INTEROP_DIR (default target/interop,
#    cleared first): badges/ (signed class badges + key.json), canon/ (documents and our canonical
#    N-Quads), jsonresume/ (+ .expect.json), ler-rs/.
# 2. node --test runs tests/interop/: the DCC verifier (verifier-core) and Digital Bazaar's vc with
#    the eddsa-rdfc-2022 / eddsa-jcs-2022 suites on every badge, jsonld.js RDFC-1.0 against our
#    canonical N-Quads, the Open Badges 3.0, LER-RS and JSON Resume schemas, and published JSON
#    Resume themes. No network: the tests refuse every connection (tests/interop/ld.mjs).
# Needs the npm packages (scripts/setup.sh) and ../shared (or SHARED=<shared dir>).
# Cargo runs under `flock /tmp/cargo.lock` (the machine's shared build lock); set
# INTEROP_NO_LOCK=1 when the caller already holds it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f scripts/env.sh ] && . scripts/env.sh

INTEROP_DIR="${INTEROP_DIR:-target/interop}"
mkdir -p "$INTEROP_DIR"
INTEROP_DIR="$(cd "$INTEROP_DIR" && pwd)"
export INTEROP_DIR
rm -rf "${INTEROP_DIR:?}"/*

lock=(flock /tmp/cargo.lock)
[ -n "${INTEROP_NO_LOCK:-}" ] && lock=()

shopt -s nullglob
examples=(core/examples/interop_*.rs)
if [ ${#examples[@]} -eq 0 ]; then
  echo "no core/examples/interop_*.rs to write the files under test" >&2
  exit 1
fi
for f in "${examples[@]}"; do
  name="$(basename "$f" .rs)"
  printf '== cargo run --example %s -- %s\n' "$name" "$INTEROP_DIR"
  "${lock[@]}" cargo run --locked -q -p skillpass-core --example "$name" -- "$INTEROP_DIR"
done

printf '== node --test tests/interop/ (INTEROP_DIR=%s)\n' "$INTEROP_DIR"
node --test --test-concurrency=1 tests/interop/
