# Sourced by tools/bench-extraction.sh and tools/bench-readability.sh: times the same whole-process command several
# times over a corpus and prints each run and the median, so the two sides of the speed ratio are measured alike.
#
#   timed_runs <pages> <runs> <out-folder> <command...>
#
# The output folder is emptied before each run. A run's exit code is ignored (a page with no text makes
# `gist extract --batch` exit 1; the scores printed afterwards show it).
timed_runs() {
  local pages="$1" runs="$2" out="$3"
  shift 3
  local timings
  timings=$(mktemp)
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); pages: $pages"
  for _ in $(seq 1 "$runs"); do
    rm -rf "$out"
    # %e wall seconds, %U user and %S system CPU seconds of the whole process.
    /usr/bin/time -f "%e %U %S" -o "$timings.run" "$@" >/dev/null 2>&1 || true
    cat "$timings.run" >> "$timings"
  done
  echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$pages" "$timings" <<'PY'
import sys, statistics
n = int(sys.argv[1])
rows = [tuple(map(float, line.split())) for line in open(sys.argv[2]) if line.strip()]
for i, (wall, user, sys_) in enumerate(rows, 1):
    print(f"run {i}: wall {wall:.2f} s = {n / wall:.2f} pages/s   cpu {user + sys_:.2f} s (user {user:.2f} + sys {sys_:.2f})")
walls = [r[0] for r in rows]
cpus = [r[1] + r[2] for r in rows]
print(f"median: wall {statistics.median(walls):.2f} s = {n / statistics.median(walls):.2f} pages/s; "
      f"best {n / min(walls):.2f} pages/s; median cpu {statistics.median(cpus):.2f} s")
PY
  rm -f "$timings" "$timings.run"
}
