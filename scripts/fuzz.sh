#!/usr/bin/env bash
# The fuzz targets of tests/fuzz.rs (evaluate, calendar, calendarIcs, formHtml/formPdf over
# arbitrary and near-valid JSON), for longer than the ~12 s each that `npm test` gives them,
# with a random seed (printed; a failure prints the seed, the case and the input).
#   FUZZ_SECONDS=3600 npm run fuzz        # per target; default 600
#   TIRKEU_FUZZ_SEED=12345 npm run fuzz   # replay a seed
# The four targets run side by side (one test thread per core).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export TIRKEU_FUZZ_SECONDS="${FUZZ_SECONDS:-600}"
export TIRKEU_FUZZ_SEED="${TIRKEU_FUZZ_SEED:-random}"
echo "fuzz: ${TIRKEU_FUZZ_SECONDS} s per target, seed ${TIRKEU_FUZZ_SEED}"
cargo test --quiet --test fuzz -- --nocapture
