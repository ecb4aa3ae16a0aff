#!/usr/bin/env bash
# First start: an empty database, the five seeds imported by the site itself, to the first 200 on
# `/` (curl polling every 20 ms). Prints one JSON line per run (RUNS, default 3) for
# bench/write-report.py. Expects a Release build (bench/run-all.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/site.sh
trap stop_site EXIT

runs="${RUNS:-3}"
port="${PORT:-5081}"
dir=bench/out/first-start
mkdir -p "$dir"
for ((run = 1; run <= runs; run++)); do
  rm -rf "$dir"/start.db*
  start=$(date +%s.%N)
  # Both cores: a first start has the machine to itself.
  start_site "$dir/start.db" "$port" 0-1 "$dir/serve-$run.log"
  wait_ok "http://127.0.0.1:$port/" 60
  end=$(date +%s.%N)
  stop_site
  echo "{\"figure\":\"first-start\",\"run\":$run,\"seconds\":$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')}"
done
