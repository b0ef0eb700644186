#!/usr/bin/env bash
# Audits the dependencies for known vulnerabilities: the Rust crates (cargo audit, against the
# RustSec advisory database, which it fetches) and the npm packages, first those that could
# reach a user (`npm audit --omit=dev`: none, every npm package here is a development tool),
# then the development tools too (`npm audit`). Not part of `npm test` (it needs the network and
# its answer changes as advisories are published); run it with `npm run audit`.
# Exit status: non-zero if any of the three reports a vulnerability or cannot run (all three
# always run). TIRKEU_ADVISORY_DB=/path/to/advisory-db uses a local clone of the RustSec
# database instead of fetching it.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if ! cargo audit --version >/dev/null 2>&1; then
  echo "audit: installing cargo-audit from crates.io (a few minutes, once)"
  cargo install cargo-audit --locked || exit 1
fi

status=0
echo "== cargo audit (Cargo.lock)"
if [ -n "${TIRKEU_ADVISORY_DB:-}" ]; then
  # Where the advisory database cannot be fetched: a local clone of RustSec/advisory-db (say how old it is).
  echo "audit: advisory database ${TIRKEU_ADVISORY_DB}, last commit $(git -C "$TIRKEU_ADVISORY_DB" log -1 --format=%cs 2>/dev/null || echo unknown)"
  cargo audit --db "$TIRKEU_ADVISORY_DB" --no-fetch || status=1
else
  cargo audit || status=1
fi
echo "== npm audit --omit=dev (what ships)"
npm audit --omit=dev || status=1
echo "== npm audit (development tools too)"
npm audit || status=1
exit $status
