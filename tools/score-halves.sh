#!/usr/bin/env bash
# Scores extraction output on the two halves of the dev pages (docs/EXTRACTION.md, "Two halves"):
#   half A (develop)  page ids whose first hex digit is 0-7 (59 pages): rules are written while looking at these;
#   half B (judge)    page ids whose first hex digit is 8-f (62 pages): a new rule stays only if B does not get worse.
# The ids are the SHA-256 names of the benchmark's pages, so the split is fixed and independent of content.
#
#   usage: tools/score-halves.sh PREDICTIONS [corpus-folder]   (GIST_SHARED: the shared folder, default ../shared)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pred="$1"
shared="${GIST_SHARED:-$root/../shared}"
corpus="${2:-$shared/corpus/extraction/dev}"
score="$shared/tools/score-extraction"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/A" "$tmp/B"
for f in "$corpus"/*.json; do
  id="$(basename "$f" .json)"
  case "${id:0:1}" in
    [0-7]) ln -s "$f" "$tmp/A/" ;;
    *) ln -s "$f" "$tmp/B/" ;;
  esac
done
for half in A B; do
  printf 'half %s: ' "$half"
  "$score" --summary-only "$tmp/$half" "$pred" 2>/dev/null | tail -1
  # Pages under 0.95 F1, to look at (half A only when developing).
  "$score" "$tmp/$half" "$pred" 2>/dev/null | awk '$1 ~ /^[0-9.]+$/ && $1 < 0.95 {print "    " $0}' || true
done
