#!/usr/bin/env bash
# Imports a synthetic corpus into the database the site is serving, from another process, while
# wrk asks for decision pages, lists and searches, a checker reads decision pages and compares
# each attendance heading with its list, and sqlite3 checks tests/faults/invariants.sql on the live
# file every second. Then three more editions of the first 300 extracts (one name fewer among those
# present each time) are imported the same way, so that decisions change version under the readers.
# Passes when: both imports exit 0, no 5xx, no socket error, no answer or server log line saying
# "locked", no torn page, no broken invariant.
# Usage: tests/faults/import-while-serving.sh [N]   (N=1500)
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/faults/lib.sh

n="${1:-1500}"
port="${PORT:-5391}"
base="http://127.0.0.1:$port"
need wrk wrk
need sqlite3 sqlite3
build
dir=$(corpus "$n")

# Editions 2 to 4 of the first 300 extracts: one, two, three names fewer among those present.
present='s/^((\*\*)?Présents(\*\*)? ?: [^,]*), [^,]*,/\1,/'
for edition in 2 3 4; do
  rm -rf "$work/corpus-$n-edition$edition" && mkdir -p "$work/corpus-$n-edition$edition"
  for file in $(find "$dir" -maxdepth 1 -name '*.txt' | sort | head -300); do
    sed -E "$(for _ in $(seq 2 "$edition"); do printf '%s;' "$present"; done)" "$file" >"$work/corpus-$n-edition$edition/$(basename "$file")"
  done
done

db="$work/serving.db"
rm -f "$db" "$db-wal" "$db-shm" "$work"/serving-*
stop="$work/serving-stop"
cleanup() { kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT
serve "$db" "$port" "$work/serving-server.log"

grep -m1 -ohE '^\**(Délibération|Décision) n° \**[A-Z0-9-]+' "$dir"/*.txt | sed -E 's/.* n° \**//' >"$work/serving-numbers"
{
  sed 's|^|/deliberations/|' "$work/serving-numbers"
  paths "$base" "$db" | grep -v '^/deliberations/' || true
} >"$work/serving-paths"

URLS="$work/serving-paths" wrk -t 2 -c 32 -d 1800s --timeout 30s -s tests/faults/mixed.lua "$base" >"$work/serving-wrk" 2>&1 &
wrk_pid=$!
python3 tests/faults/check_pages.py "$base" "$work/serving-numbers" "$stop" >"$work/serving-pages" 2>&1 &
pages_pid=$!
(
  checks=0 broken=0
  while [[ ! -e "$stop" ]]; do
    out=$(sqlite3 -cmd '.timeout 10000' -separator ': ' "$db" <tests/faults/invariants.sql 2>&1 | grep -v ': 0$' || true)
    checks=$((checks + 1))
    [[ -n "$out" ]] && { broken=$((broken + 1)); echo "$out"; }
    sleep 1
  done
  echo "invariant checks $checks, broken $broken"
) >"$work/serving-invariants" &
invariants_pid=$!

status=0
clock=$SECONDS
dotnet "$web" import "$dir" --db "$db" >"$work/serving-import1.out" 2>"$work/serving-import1.err" || status=1
first=$((SECONDS - clock))
clock=$SECONDS
for edition in 2 3 4; do
  dotnet "$web" import "$work/corpus-$n-edition$edition" --db "$db" >"$work/serving-edition$edition.out" 2>/dev/null || status=1
done
editions=$((SECONDS - clock))
sleep 5
touch "$stop"
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
pages_status=0
wait "$pages_pid" || pages_status=$?
wait "$invariants_pid" || true

value() { awk -v k="$1" '$1 == k { print $2 }' "$work/serving-wrk"; }
server_complaints=$(grep -ciE 'locked|busy|fail:|exception' "$work/serving-server.log" || true)
echo "import of $n while serving (${first} s): $(cat "$work/serving-import1.out")"
echo "editions 2, 3, 4 of 300 while serving (${editions} s): $(cat "$work/serving-edition"{2,3,4}.out | paste -sd '|')"
echo "wrk: $(value requests) requests in $(value seconds) s ($(value rps)/s), 2xx $(value status2xx), 3xx $(value status3xx), 4xx $(value status4xx), 5xx $(value status5xx), answers saying locked $(value locked), socket errors $(value socket_errors), p50 $(value p50_ms) ms, p99 $(value p99_ms) ms, max $(value max_ms) ms"
echo "checker: $(cat "$work/serving-pages")"
echo "sqlite3: $(tail -1 "$work/serving-invariants")"
echo "server log lines with locked/busy/fail/exception: $server_complaints"
echo "$(date +%Y-%m-%d), $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

[[ $status -eq 0 && $pages_status -eq 0 && "$(value status5xx)" == 0 && "$(value locked)" == 0 && "$(value socket_errors)" == 0 && "$server_complaints" == 0 ]] \
  && grep -q 'broken 0$' "$work/serving-invariants" || { echo "FAILED" >&2; exit 1; }
echo "passed"
