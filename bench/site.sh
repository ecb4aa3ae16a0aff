# Sourced by bench/run-first-start.sh and bench/run-load.sh: start the Release site on a database,
# wait for its first page, stop it. The caller's EXIT trap calls stop_site, so no server outlives
# a failed or interrupted run.

web_dll=src/Deliberations.Web/bin/Release/net10.0/Deliberations.Web.dll
site_pid=""

# start_site DB PORT CPUS LOG [host options...]: in the background, pinned to CPUS (taskset list).
start_site() {
  local db=$1 port=$2 cpus=$3 log=$4
  shift 4
  taskset -c "$cpus" dotnet "$web_dll" serve --db "$db" --seeds seeds --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
  site_pid=$!
}

# wait_ok URL SECONDS: polls every 20 ms until URL answers 200; fails after SECONDS.
wait_ok() {
  local url=$1 deadline=$((SECONDS + $2))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" == 200 ]]; do
    if ((SECONDS > deadline)) || ! kill -0 "$site_pid" 2>/dev/null; then
      echo "no 200 from $url" >&2
      return 1
    fi
    sleep 0.02
  done
}

stop_site() {
  if [[ -n "$site_pid" ]]; then
    kill "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
    site_pid=""
  fi
}
