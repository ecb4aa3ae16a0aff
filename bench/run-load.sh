#!/usr/bin/env bash
# The load figures on one database, served by the Release site (bench/run-all.sh builds it):
# - a decision page against nginx serving the same HTML saved as a file (same wrk options);
# - the search, 8 clients over bench/search-queries.txt, against bench/Deliberations.SearchReference
#   (the same FTS5 queries straight on the file, 8 threads);
# - the page of the official with the most attendance rows;
# - the decision and official pages again with the page cache off: what one render costs.
# The server (site, nginx, reference) runs on CPU 0, wrk on CPU 1, so neither steals the other's
# core. Prints one JSON line per measured run for bench/write-report.py; wrk's own reports go to
# bench/out/load/. Usage: bench/run-load.sh DB   (RUNS=3, DURATION=10 s, CONNECTIONS=16)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/site.sh

db=$1
runs="${RUNS:-3}"
duration="${DURATION:-10}"
connections="${CONNECTIONS:-16}"
clients=8
server_cpu=0
load_cpu=1
port=5082
nginx_port=5083
out=bench/out/load
reference=bench/Deliberations.SearchReference/bin/Release/net10.0/Deliberations.SearchReference.dll
rm -rf "$out"
mkdir -p "$out/nginx/html/deliberations"

nginx_pid=""
cleanup() {
  stop_site
  if [[ -n "$nginx_pid" ]]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

decision="${DECISION:-$(typical_decision "$db")}"
official="${OFFICIAL:-$(busiest_official "$db")}"
attendance=$(sqlite3 "$db" "SELECT count(*) FROM Attendance a JOIN Officials o ON o.Id = a.OfficialId WHERE o.Slug = '$official'")
echo "{\"figure\":\"subjects\",\"decision\":\"$decision\",\"official\":\"$official\",\"attendance\":$attendance,\"connections\":$connections,\"clients\":$clients,\"duration\":$duration}"
site="http://127.0.0.1:$port"

# measure FIGURE RUN CONNECTIONS URL [script arguments]: one wrk run, its summary as a JSON line.
measure() {
  local figure=$1 run=$2 conns=$3 url=$4
  shift 4
  taskset -c "$load_cpu" wrk -t1 -c"$conns" -d"${duration}s" --latency -s bench/wrk-report.lua "$url" ${1:+-- "$@"} >"$out/$figure-$run.txt"
  echo "{\"figure\":\"$figure\",\"run\":$run,$(tail -1 "$out/$figure-$run.txt" | cut -c2-)"
}

# warm URL [script arguments]: JIT, connection pools, page cache and SQLite's caches, not recorded.
# WARMUP seconds (45 by default): on one core the runtime's tiered JIT still took 17% of the CPU
# after 40 s of searches (perf), so a 3 s warm-up measured the compiler more than the site.
warm() {
  local url=$1
  shift
  taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${WARMUP:-45}s" -s bench/wrk-report.lua "$url" ${1:+-- "$@"} >/dev/null
}

start_site "$db" "$port" "$server_cpu" "$out/serve.log"
wait_ok "$site/" 120
wait_idle 900

# nginx: one worker on the server's core, the page under the same path, keep-alive as long as Kestrel's.
curl -sf "$site/deliberations/$decision" >"$out/nginx/html/deliberations/$decision"
cat >"$out/nginx/nginx.conf" <<CONF
# Ignored unless started as root, when it lets the worker read the page under bench/out.
user root;
worker_processes 1;
daemon off;
pid nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type "text/html; charset=utf-8";
  client_body_temp_path tmp; proxy_temp_path tmp; fastcgi_temp_path tmp; uwsgi_temp_path tmp; scgi_temp_path tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root html;
  }
}
CONF
taskset -c "$server_cpu" nginx -p "$PWD/$out/nginx" -c nginx.conf -e error.log &
nginx_pid=$!
sleep 1
cmp -s <(curl -sf "http://127.0.0.1:$nginx_port/deliberations/$decision") "$out/nginx/html/deliberations/$decision" || { echo "nginx does not serve the page" >&2; exit 1; }

# Alternated, so a change of load on the machine falls on both sides.
warm "$site/deliberations/$decision"
warm "http://127.0.0.1:$nginx_port/deliberations/$decision"
for ((run = 1; run <= runs; run++)); do
  measure decision "$run" "$connections" "$site/deliberations/$decision"
  measure decision-nginx "$run" "$connections" "http://127.0.0.1:$nginx_port/deliberations/$decision"
done

warm "$site" bench/search-queries.txt "/recherche?q="
# The reference, pinned like the site, gets the JIT delay of an unpinned process too (bench/site.sh).
for ((run = 1; run <= runs; run++)); do
  measure search "$run" "$clients" "$site" bench/search-queries.txt "/recherche?q="
  echo "{\"figure\":\"search-reference\",\"run\":$run,$(DOTNET_TC_DelaySingleProcMultiplier=1 taskset -c "$server_cpu" dotnet "$reference" "$db" bench/search-queries.txt "$clients" "$duration" 2 | cut -c2-)"
done

warm "$site/elus/$official"
for ((run = 1; run <= runs; run++)); do
  measure official "$run" "$clients" "$site/elus/$official"
done

# The same pages rendered on every request: what the page cache buys.
stop_site
start_site "$db" "$port" "$server_cpu" "$out/serve-uncached.log" --Deliberations:PageCache:Enabled=false
wait_ok "$site/" 120
wait_idle 900
warm "$site/deliberations/$decision"
warm "$site/elus/$official"
for ((run = 1; run <= runs; run++)); do
  measure decision-uncached "$run" "$connections" "$site/deliberations/$decision"
  measure official-uncached "$run" "$clients" "$site/elus/$official"
done
