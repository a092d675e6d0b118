#!/usr/bin/env bash
# Installs whatever the build (and, with `test`, the tests) need and is missing; fast when nothing is.
# Only package registries are used: crates.io, npm and Debian apt. Nothing downloads a binary.
#   scripts/setup.sh build   # wasm target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen), crates
#   scripts/setup.sh test    # the above, plus rustfmt/clippy, Debian's chromium, firefox-esr, WebKitWebDriver, Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"

TRUNK_VERSION=0.21.14
say() { printf '\n== %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$mode" = test ]; then
  for c in rustfmt clippy; do
    rustup component list --installed | grep -q "^$c" || rustup component add "$c"
  done
fi

# Tool installs build with LTO off and many codegen units: ~25% faster, and speed of the tools
# themselves does not matter here.
install_tool() {
  say "installing $*"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  # 0.22 needs a newer rustc than the machine has.
  install_tool --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must be exactly the wasm-bindgen version in Cargo.lock, or Trunk would try to download it.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg_version" ]; then
  # Not --locked: the registry mirror lacks one of the CLI's pinned transitive dependencies.
  install_tool wasm-bindgen-cli --version "$wbg_version"
fi
if ! grep -q "wasm_bindgen = \"$wbg_version\"" Trunk.toml; then
  echo "Trunk.toml's [tools] wasm_bindgen must be $wbg_version (the version in Cargo.lock)" >&2
  exit 1
fi

# npm packages: wasm-opt (binaryen) for the build; playwright-core, axe-core, selenium-webdriver
# and puppeteer-core (drivers only: no browser is downloaded) for the tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.installed ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  touch node_modules/.installed
fi

apt_get() { if [ "$(id -u)" = 0 ]; then apt-get "$@"; else sudo apt-get "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { apt_get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt_get install -y -qq "$@" >/dev/null
}
if [ "$mode" = test ] && ! command -v chromium >/dev/null; then
  say "installing Debian's chromium"
  apt_install chromium
fi
# The other engines for tests/engines/: WebKit (WebKitWebDriver + MiniBrowser, which needs a
# display: Xvfb) and Firefox ESR.
have_all() { for c in "$@"; do command -v "$c" >/dev/null || return 1; done; }
if [ "$mode" = test ] && ! have_all firefox-esr WebKitWebDriver Xvfb; then
  say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
  apt_install firefox-esr webkit2gtk-driver xvfb
fi

# Trunk builds with --offline, so every crate must be here first.
cargo fetch --locked -q
