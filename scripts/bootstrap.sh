#!/usr/bin/env bash
# Installs what tirkeu needs and is missing; quick and silent when everything is there.
# Idempotent: safe to run before every start and every test run.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'bootstrap: %s\n' "$*"; }

command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup first (https://rustup.rs)"; exit 1; }
command -v node >/dev/null || { say "node not found: install Node.js 20 or later"; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The WebAssembly target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-pack.
if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack (about 2 minutes, once)"
  cargo install wasm-pack --locked
fi

# 3. wasm-bindgen CLI, exactly the version Cargo.toml pins (wasm-pack cannot download it here).
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 2.5 minutes, once)"
  # Not --locked: a dependency version in its lock file is not available from the registry here.
  cargo install wasm-bindgen-cli --version "$want"
fi

# 4. Debian's Chromium for the browser tests (Playwright must never download its own browser).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  else
    say "chromium is missing: as root, run apt-get install chromium chromium-driver poppler-utils (Debian), or set CHROMIUM=/path/to/chromium"
    [ -n "${CHROMIUM:-}" ] || exit 1
  fi
fi

# 5. npm dependencies (binaryen gives wasm-pack its wasm-opt; Debian's binaryen 108 must not be used).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi
