#!/usr/bin/env bash
# A bounded soak over loopback: N synthetic extracts (plus the seeds) imported, the site served in
# Release on one core with the page cache off (no figure may depend on it), wrk on the other with
# 64 connections for SECONDS asking for a mix of decision pages, lists, officials, sittings,
# projects and searches (tests/faults/mixed.lua), the server's memory sampled every 10 s. The rate
# limits are off: wrk is one client, which they exist to refuse. Passes with no answer but
# 2xx/3xx, no socket error, and private memory (lib.sh: RSS less mapped files) flat once warm: its
# mean over the last third of the run within 5 % of its mean over the middle third. The first third
# is warm-up (each pooled connection's SQLite page cache fills as it reads, then stays at its size);
# a leak grows through the whole run and fails. RSS is reported too: it also counts each pooled
# connection's memory map of the store, the same file pages once per connection.
# Usage: tests/faults/soak.sh [SECONDS]   (300; N=2000 extracts, DB=… to soak a store already imported)
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/faults/lib.sh

seconds="${1:-300}"
port="${PORT:-5392}"
base="http://127.0.0.1:$port"
need wrk wrk
need sqlite3 sqlite3
build
n="${N:-2000}"
db="${DB:-$work/soak-$n.db}"
if [[ -z "${DB:-}" && "$(sqlite3 "$db" 'SELECT COUNT(*) FROM Decisions;' 2>/dev/null || echo 0)" -lt "$n" ]]; then
  dir=$(corpus "$n")
  rm -f "$db" "$db-wal" "$db-shm"
  dotnet "$web" import seeds "$dir" --db "$db" >&2
fi

cleanup() { kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT
serve "$db" "$port" "$work/soak-server.log" 0 --Deliberations:PageCache:Enabled=false --Deliberations:RateLimits:Enabled=false
paths "$base" "$db" >"$work/soak-paths"

samples="$work/soak-rss"
: >"$samples"
URLS="$work/soak-paths" taskset -c 1 wrk -t 2 -c 64 -d "${seconds}s" --timeout 10s -s tests/faults/mixed.lua "$base" >"$work/soak-wrk" 2>&1 &
wrk_pid=$!
start=$SECONDS
while kill -0 "$wrk_pid" 2>/dev/null; do
  echo "$((SECONDS - start)) $(private "$server_pid") $(rss "$server_pid")" >>"$samples"
  sleep 10
done
wait "$wrk_pid"

value() { awk -v k="$1" '$1 == k { print $2 }' "$work/soak-wrk"; }
errors=$(($(value status4xx) + $(value status5xx) + $(value socket_errors)))
at_minute=$(awk '$1 >= 60 { print $2; exit }' "$samples")
at_end=$(tail -1 "$samples" | cut -d' ' -f2)
peak=$(sort -k2 -n "$samples" | tail -1 | cut -d' ' -f2)
# mean_of FROM TO: the mean private memory of the samples taken in that share of the run (thirds).
mean_of() { awk -v from="$1" -v to="$2" -v total="$seconds" '$1 >= from * total / 3 && $1 < to * total / 3 { sum += $2; n++ } END { if (n) printf "%d", sum / n }' "$samples"; }
middle=$(mean_of 1 2)
last=$(mean_of 2 4)
rss_peak=$(sort -k3 -n "$samples" | tail -1 | cut -d' ' -f3)
echo "store: $(sqlite3 "$db" 'SELECT COUNT(*) FROM Decisions;') decisions, page cache off"
echo "paths: $(sort -u "$work/soak-paths" | wc -l) distinct ($(wc -l <"$work/soak-paths") weighted)"
echo "requests $(value requests) in $(value seconds) s: $(value rps)/s; 2xx $(value status2xx), 3xx $(value status3xx), 4xx $(value status4xx), 5xx $(value status5xx), socket errors $(value socket_errors) ($(awk '$1 == "socket_detail" { print $2, $3, $4, $5 }' "$work/soak-wrk")), answers saying locked $(value locked)"
echo "latency p50 $(value p50_ms) ms, p90 $(value p90_ms) ms, p99 $(value p99_ms) ms, max $(value max_ms) ms"
echo "server private memory (MiB) every 10 s: $(cut -d' ' -f2 "$samples" | tr '\n' ' ')"
echo "server private memory at 1 min $at_minute MiB, at the end $at_end MiB, peak $peak MiB; mean over the middle third $middle MiB, over the last third $last MiB"
echo "server RSS, mapped store included (MiB) every 10 s: $(cut -d' ' -f3 "$samples" | tr '\n' ' ') (peak $rss_peak)"
echo "server log lines with fail/exception: $(grep -ciE 'fail:|exception' "$work/soak-server.log" || true)"
echo "$(date +%Y-%m-%d), $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

[[ $errors -eq 0 && -n "$middle" && -n "$last" && $last -le $((middle * 105 / 100)) ]] || { echo "FAILED" >&2; exit 1; }
echo "passed"
