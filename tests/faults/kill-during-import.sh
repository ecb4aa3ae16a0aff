#!/usr/bin/env bash
# Kills the import verb with SIGKILL part-way through a synthetic corpus, then checks that the
# database opens, passes PRAGMA integrity_check and tests/faults/invariants.sql (whole documents
# only), and that a second run finishes the job: every file New or Unchanged, nothing failed, the
# same invariants. One fresh database per kill point, then one database killed twice in a row.
# Usage: tests/faults/kill-during-import.sh [N] [KILL_AT...]   (N=1500; kill at 300 750 1200 by default)
# The kill points are read from the progress lines, which come every tenth of N.
set -euo pipefail
cd "$(dirname "$0")/../.."

n="${1:-1500}"
shift || true
points=("$@")
[[ ${#points[@]} -gt 0 ]] || points=($((n / 5)) $((n / 2)) $((n * 4 / 5)))
source tests/faults/lib.sh
need sqlite3 sqlite3
build
corpus=$(corpus "$n")

failures=0
rows=()

# check DB: integrity and invariants; prints "ok" or what is broken (and then fails).
check() {
  local db=$1 integrity broken
  integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;' 2>&1 | tr '\n' ' ' | sed 's/ $//')
  broken=$(sqlite3 -separator ': ' "$db" < tests/faults/invariants.sql 2>&1 | grep -v ': 0$' | tr '\n' ';' || true)
  if [[ "$integrity" != ok || -n "$broken" ]]; then
    echo "integrity: $integrity; broken: $broken"
    return 1
  fi
  echo "integrity ok, invariants hold"
}

docs() { sqlite3 "$1" 'SELECT COUNT(*) FROM Documents;'; }

# kill_at DB POINT: starts an import and kills it with SIGKILL once progress reaches POINT.
kill_at() {
  local db=$1 point=$2 log="$work/kill.err" pid seen=0
  dotnet "$web" import "$corpus" --db "$db" >"$work/kill.out" 2>"$log" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    seen=$(grep -oE '^[0-9]+/' "$log" 2>/dev/null | tail -1 | tr -d / || true)
    if [[ -n "$seen" && "$seen" -ge "$point" ]]; then
      kill -KILL "$pid"
      break
    fi
    sleep 0.05
  done
  wait "$pid" 2>/dev/null && { echo "import finished before the kill at $point" >&2; exit 1; }
  echo "$seen"
}

# finish DB LABEL PROGRESS: after a kill, checks the store, re-runs the import and checks again.
finish() {
  local db=$1 label=$2 progress=$3 after_kill kept summary status=0 final expected
  after_kill=$(check "$db") || failures=$((failures + 1))
  kept=$(docs "$db")
  summary=$(dotnet "$web" import "$corpus" --db "$db" 2>"$work/rerun.err") || status=$?
  # "N lus, X nouveaux, Y inchangés, 0 mis à jour, 0 non identifiés, W avec diagnostics, 0 en échec"
  expected="$n lus, $((n - kept)) nouveaux, $kept inchangés, 0 mis à jour, 0 non identifiés"
  final=$(check "$db") || failures=$((failures + 1))
  if [[ $status -ne 0 || "$summary" != "$expected"* || "$(docs "$db")" -ne "$n" ]]; then
    failures=$((failures + 1))
    final="$final; re-run exit $status, expected \"$expected…\""
  fi
  rows+=("| $label | $progress | $kept | $after_kill | $summary | $final |")
}

for point in "${points[@]}"; do
  db="$work/kill-$point.db"
  rm -f "$db" "$db-wal" "$db-shm"
  progress=$(kill_at "$db" "$point")
  finish "$db" "killed at $point/$n" "$progress"
done

db="$work/kill-twice.db"
rm -f "$db" "$db-wal" "$db-shm"
first=$(kill_at "$db" "${points[0]}")
check "$db" >/dev/null || failures=$((failures + 1))
second=$(kill_at "$db" "${points[-1]}")
finish "$db" "killed at ${points[0]}/$n, re-run killed at ${points[-1]}/$n" "$first, then $second"

echo
echo "| run | progress at the kill | documents kept | store after the kill | re-run (stdout) | store after the re-run |"
echo "| --- | --- | ---: | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "$(date +%Y-%m-%d), $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $failures -eq 0 ]] || { echo "$failures check(s) failed" >&2; exit 1; }
