# Sourced by bench/run-all.sh, run-import.sh, run-first-start.sh, run-load.sh and run-queries.sh:
# publish the site, start it on a database, wait for its first page, stop it; pick the pages to measure. The caller's EXIT trap calls stop_site, so no server outlives
# a failed or interrupted run.

# The site as it is deployed: published for this machine's runtime, so compiled ahead of time
# (ReadyToRun: see src/Deliberations.Web/Deliberations.Web.csproj). bench/run-all.sh publishes it once.
site_dir=bench/out/site
web_dll=$site_dir/Deliberations.Web.dll

# publish_site: the Release site into $site_dir.
publish_site() {
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) arch=$(uname -m) ;;
  esac
  dotnet publish src/Deliberations.Web -c Release -r "linux-$arch" --self-contained false -o "$site_dir" -v q -nologo >/dev/null
}
site_pid=""

# start_site DB PORT CPUS LOG [host options...]: in the background, pinned to CPUS (taskset list).
# DOTNET_TC_DelaySingleProcMultiplier=1: a process pinned to one CPU makes the runtime wait ten
# times longer (1 s instead of 100 ms after the last method compiled for the first time) before it
# optimises hot methods, a heuristic for short programs on one-CPU machines. Pinned to one core,
# the site still ran its searches unoptimised 60 s into the load (5-7 ms of CPU each, against 2 ms
# once optimised): the figures measured the pinning, not the site, which on this 2-core machine is
# never pinned. The variable restores the delay of an unpinned process, nothing more.
# The rate limits are off: wrk sends hundreds of searches a second from one address, which they would refuse.
start_site() {
  local db=$1 port=$2 cpus=$3 log=$4
  shift 4
  DOTNET_TC_DelaySingleProcMultiplier=1 taskset -c "$cpus" dotnet "$web_dll" serve --db "$db" --seeds seeds --urls "http://127.0.0.1:$port" \
    --Deliberations:RateLimits:Enabled=false "$@" >"$log" 2>&1 &
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

# wait_idle SECONDS: waits until the site has used under 5 % of a core for a whole second, so no
# start-up work is timed with the pages: a build that finds the export files written by another
# writes them again in the background (20 s of CPU at 20,000 extracts), and pages timed meanwhile on
# the one core took 2 – 4 times longer. Fails after SECONDS.
wait_idle() {
  local deadline=$((SECONDS + $1)) before after
  while ((SECONDS <= deadline)); do
    before=$(awk '{print $14 + $15}' "/proc/$site_pid/stat")
    sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$site_pid/stat")
    ((after - before < 5)) && return 0
  done
  echo "the site still busy after $1 s" >&2
  return 1
}

# The pages the figures are about, the same for the load tests and the query benchmarks.
# typical_decision DB: the decision of median report length. busiest_official DB: the slug of the
# official with the most attendance rows.
typical_decision() {
  sqlite3 "$1" "SELECT Number FROM Decisions ORDER BY length(ReportText), Number LIMIT 1 OFFSET (SELECT count(*) / 2 FROM Decisions)"
}

busiest_official() {
  sqlite3 "$1" "SELECT o.Slug FROM Attendance a JOIN Officials o ON o.Id = a.OfficialId GROUP BY a.OfficialId ORDER BY count(*) DESC, o.Slug LIMIT 1"
}

stop_site() {
  if [[ -n "$site_pid" ]]; then
    kill "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
    site_pid=""
  fi
}
