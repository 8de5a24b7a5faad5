#!/usr/bin/env bash
# The baseline of the extraction speed target (issue 17: >= 15x Readability.js, whole process, 2 cores): times
# Readability.js 0.6.0 on jsdom 27.0.0 (tools/readability-js; the corpus README's anchor, dev F1 0.954) over the same
# pages as tools/bench-extraction.sh, whole node process, several runs, and scores its output with the same scorer.
# Run both scripts back to back: this machine's speed varies from day to day, so only a pair measured together gives
# the ratio.
#
#   usage: tools/bench-readability.sh [--runs N] [corpus-folder] [out-folder]
#
# Needs node and npm (installs the two pinned packages into tools/readability-js/node_modules on first use).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=3
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
shared="${GIST_SHARED:-$root/../shared}"
corpus="${1:-$shared/corpus/extraction/dev}"
out="${2:-$(mktemp -d)}"
app="$root/tools/readability-js"
if [[ ! -d "$app/node_modules" ]]; then
  (cd "$app" && npm ci --no-audit --no-fund >/dev/null)
fi

pages=$(find "$corpus" -maxdepth 1 \( -name '*.html' -o -name '*.html.gz' \) | wc -l)
echo "node $(node --version)"
source "$root/tools/timed-runs.sh"
timed_runs "$pages" "$runs" "$out" node "$app/run.js" "$corpus" "$out"
"$shared/tools/score-extraction" --summary-only "$corpus" "$out" | grep 'mean F1'
