#!/usr/bin/env bash
# Runs every test: Rust (unit, integration, property, doc tests), then the JS API in Node
# against a fresh release build of the WebAssembly package.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== cargo test"
cargo test --quiet

echo "== build the WebAssembly package (www/pkg)"
mkdir -p target
if ! npm run --silent build > target/wasm-build.log 2>&1; then
  cat target/wasm-build.log
  echo "build failed"
  exit 1
fi

echo "== JS API tests in Node, then the page in Chromium (node --test)"
node --test tests/js/ tests/e2e/
