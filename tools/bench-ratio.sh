#!/usr/bin/env bash
# The extraction speed ratio of issue 17 (>= 15x Readability.js, whole process, 2 cores) measured in pairs: this
# machine's speed drifts by a third within an hour, so runs of the two sides minutes apart do not compare. Each round
# times `gist extract --batch` (the documented ReadyToRun publish) three times and Readability.js once, back to back,
# and takes the ratio of that round's gist median to its Readability.js run; the rounds' ratios are printed with their
# median.
#
#   usage: tools/bench-ratio.sh [--rounds N] [--search counted|readability] [corpus-folder]
#
# Needs node and npm (tools/bench-readability.sh installs the pinned Readability.js on first use).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds=5
search=counted
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --search) search="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
shared="${GIST_SHARED:-$root/../shared}"
corpus="${1:-$shared/corpus/extraction/dev}"
app="$root/artifacts/gist-publish"
js="$root/tools/readability-js"
out="$(mktemp -d)"
timings="$(mktemp)"
dotnet publish "$root/src/Gist" -c Release -o "$app" -v q -nologo >/dev/null
if [[ ! -d "$js/node_modules" ]]; then
  (cd "$js" && npm ci --no-audit --no-fund >/dev/null)
fi

pages=$(find "$corpus" -maxdepth 1 \( -name '*.html' -o -name '*.html.gz' \) | wc -l)
echo "pages: $pages; cores: $(nproc); article search: $search; node $(node --version); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed() {
  rm -rf "$out"
  # %e: wall seconds of the whole process. A page without text makes gist exit 1; the scores are not read here.
  /usr/bin/time -f "$1 %e" -a -o "$timings" "${@:2}" >/dev/null 2>&1 || true
}
for round in $(seq 1 "$rounds"); do
  for _ in 1 2 3; do
    timed "gist $round" dotnet "$app/gist.dll" extract --batch "$corpus" --out "$out" --search "$search"
  done
  timed "readability $round" node "$js/run.js" "$corpus" "$out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$pages" "$timings" <<'PY'
import sys, statistics, collections
pages = int(sys.argv[1])
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[2]):
    side, round_, wall = line.split()
    runs[int(round_)][side].append(float(wall))
ratios = []
for round_ in sorted(runs):
    gist = statistics.median(runs[round_]["gist"])
    node = runs[round_]["readability"][0]
    ratios.append(node / gist)
    print(f"round {round_}: gist {pages / gist:.1f} pages/s (median of {len(runs[round_]['gist'])}), "
          f"Readability.js {pages / node:.2f} pages/s: {node / gist:.1f}x")
print(f"median ratio {statistics.median(ratios):.1f}x (lowest {min(ratios):.1f}x, highest {max(ratios):.1f}x)")
PY
rm -rf "$out" "$timings"
