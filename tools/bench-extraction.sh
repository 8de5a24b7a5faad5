#!/usr/bin/env bash
# Main-text extraction benchmark (issue 3): runs `gist extract --batch` over the dev pages of the public
# article-extraction benchmark, times the whole process, and scores the output with the benchmark's metric.
#   usage: tools/bench-extraction.sh [corpus-folder] [out-folder]
# Defaults: ../shared/corpus/extraction/dev and a temp folder. Targets: mean F1 >= 0.970, no page < 0.80,
# no empty page, >= 10x Readability.js (5-8 pages/s here).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/extraction/dev}"
out="${2:-$(mktemp -d)}"
dotnet build "$root/src/Gist" -c Release -v q -nologo >/dev/null
# Tiered JIT spends most of a 121-page run in unoptimised code; a batch run wants fully optimised code at once.
export DOTNET_TieredCompilation="${DOTNET_TieredCompilation:-0}"
pages=$(find "$corpus" -maxdepth 1 \( -name '*.html' -o -name '*.html.gz' \) | wc -l)
start=$(date +%s.%N)
dotnet "$root/src/Gist/bin/Release/net10.0/gist.dll" extract --batch "$corpus" --out "$out"
end=$(date +%s.%N)
python3 - "$pages" "$start" "$end" <<'PY'
import sys
n, s, e = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"whole process: {n} pages in {e - s:.2f} s = {n / (e - s):.1f} pages/s")
PY
"$root/../shared/tools/score-extraction" "$corpus" "$out" | sort -n | head -8
"$root/../shared/tools/score-extraction" --summary-only "$corpus" "$out" | tail -1
