#!/usr/bin/env bash
# Main-text extraction benchmark (issue 3, docs/EXTRACTION.md): runs `gist extract --batch` over the dev pages of the
# public article-extraction benchmark, times the WHOLE process (runtime start, JIT, reading, extracting, writing)
# several times, and scores the output with the benchmark's own metric.
#
#   usage: tools/bench-extraction.sh [--r2r] [--runs N] [--search counted|readability] [corpus-folder] [out-folder]
#
#   default  measures the build output: dotnet src/Gist/bin/Release/net10.0/gist.dll (after dotnet build -c Release)
#   --r2r    measures the documented publish instead (`dotnet publish src/Gist -c Release`, which is ReadyToRun by
#            itself, see Gist.csproj): no JIT for our code or the libraries; this is the build users run.
#
# Defaults: ../shared/corpus/extraction/dev, a temp folder, 5 runs. Prints every run (wall and CPU seconds), the
# median pages/s, the machine's load average (other jobs share these 2 cores; wall time depends on them, CPU time
# much less), then the scores. Targets (issue 17): mean F1 >= 0.975 with precision >= 0.965, no page < 0.80, no
# empty page, >= 15x Readability.js (5-8 pages/s here) whole process on 2 cores, i.e. >= 75-120 pages/s.
# GIST_SHARED points at the shared folder when it is not ../shared.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
r2r=0
runs=5
search=counted
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --r2r) r2r=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --search) search="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
shared="${GIST_SHARED:-$root/../shared}"
corpus="${1:-$shared/corpus/extraction/dev}"
out="${2:-$(mktemp -d)}"
score="$shared/tools/score-extraction"

if [[ $r2r == 1 ]]; then
  app="$root/artifacts/gist-publish"
  dotnet publish "$root/src/Gist" -c Release -o "$app" -v q -nologo >/dev/null
  dll="$app/gist.dll"
else
  dotnet build "$root/src/Gist" -c Release -v q -nologo >/dev/null
  dll="$root/src/Gist/bin/Release/net10.0/gist.dll"
fi

pages=$(find "$corpus" -maxdepth 1 \( -name '*.html' -o -name '*.html.gz' \) | wc -l)
echo "app: $dll; article search: $search"
source "$root/tools/timed-runs.sh"
timed_runs "$pages" "$runs" "$out" dotnet "$dll" extract --batch "$corpus" --out "$out" --search "$search"
"$score" "$corpus" "$out" | sort -n | sed -n '3,8p'
"$score" --summary-only "$corpus" "$out" | grep 'mean F1'
empty=$(find "$out" -name '*.txt' -empty | wc -l)
echo "empty bodies: $empty"
