#!/usr/bin/env bash
# Runs the published `gist` on each hostile file (docs/RELIABILITY.md, "Hostile input") and prints the wall time,
# peak RSS and the first line of the answer. Usage: tools/measure-hostile.sh [publish-folder] [files-folder]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/gist-publish}"
files="${2:-/tmp/gist-hostile}"
if [ ! -x "$out/gist" ]; then
  dotnet publish "$here/src/Gist" -c Release -o "$out" >/dev/null
fi
dotnet run -c Release --project "$here/bench/Gist.Benchmarks" -- hostile-files --out "$files" >/dev/null
printf '%-28s %-10s %8s %10s  %s\n' file verb seconds "peak MB" answer
for file in "$files"/*; do
  name="$(basename "$file")"
  for verb in extract summarize; do
    case "$name:$verb" in *.txt:extract) continue ;; esac
    report="$(mktemp)"
    answer="$( { /usr/bin/time -f '%e %M' -o "$report" "$out/gist" "$verb" "$file" 2>&1 || true; } | head -n 1 | cut -c1-70)"
    read -r seconds kb < <(tail -n 1 "$report")
    printf '%-28s %-10s %8s %10.0f  %s\n' "$name" "$verb" "$seconds" "$((kb / 1024))" "$answer"
    rm -f "$report"
  done
done
