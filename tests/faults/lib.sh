# Shared by the fault scripts (sourced, from the repository root): the build, the synthetic corpus,
# a served site and the paths a load generator asks for.

work=tests/faults/.work
web=src/Deliberations.Web/bin/Release/net10.0/Deliberations.Web.dll
generator=bench/Deliberations.Generator/bin/Release/net10.0/Deliberations.Generator.dll
mkdir -p "$work"

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }

# One build after the other: the machine's two cores are shared. SKIP_BUILD=1 reuses the binaries.
build() {
  [[ "${SKIP_BUILD:-0}" == 1 ]] && return
  dotnet build -c Release src/Deliberations.Web -v q -nologo >/dev/null
  dotnet build -c Release bench/Deliberations.Generator -v q -nologo >/dev/null
}

# corpus N: prints the folder of N synthetic extracts (seed 42), generated once.
corpus() {
  local dir="$work/corpus-$1"
  if [[ "$(find "$dir" -maxdepth 1 -name '*.txt' 2>/dev/null | wc -l)" -ne "$1" ]]; then
    dotnet "$generator" --count "$1" --seed 42 --out "$dir" >&2
  fi
  echo "$dir"
}

# serve DB PORT LOG [CPU [OPTIONS...]]: starts the site (pinned to CPU when given, with the host's
# OPTIONS) and waits until it answers; sets server_pid.
serve() {
  local db=$1 port=$2 log=$3 pin=()
  [[ -n "${4:-}" ]] && pin=(taskset -c "$4")
  shift $(($# < 4 ? $# : 4))
  "${pin[@]}" dotnet "$web" serve --db "$db" --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/" && return
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.2
  done
  echo "the site did not answer within 120 s" >&2
  return 1
}

# rss PID: resident memory in MiB.
rss() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# private PID: the resident memory that is the process's own (heap, SQLite's page caches), in MiB:
# RSS less the pages of mapped files, which each SQLite connection's memory map of the store adds
# again (64 connections, 64 maps of the same file pages) and the kernel takes back when it needs them.
private() { awk '/^RssAnon:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# paths BASE DB: the mixed set of paths the load scripts ask for, weighted by repetition: decision
# pages (4 in 10, from the database), the lists and their pages, officials, sittings and projects
# found by following the lists' links, and searches for words, names and numbers. Non-ASCII bytes
# are percent-encoded as a browser does: pages print links as characters, and Kestrel answers 400
# to raw UTF-8 in a request line, which wrk would send.
paths() {
  raw_paths "$@" | perl -pe 's/([^\x00-\x7F])/sprintf("%%%02X", ord($1))/ge'
}

raw_paths() {
  local base=$1 db=$2 page links
  sqlite3 "$db" "SELECT '/deliberations/' || Number FROM Decisions ORDER BY random() LIMIT 400;" | awk '{ print; print }'
  for page in /deliberations /seances /elus /projets /budget "/deliberations?page=2" "/deliberations?page=7" "/deliberations?year=2019" /; do
    for _ in 1 2 3 4; do echo "$page"; done
    links=$(curl -sf "$base$page" | grep -oE 'href="/(elus|seances|projets|organisations)/[^"/?#]+"' | sed 's/^href="//; s/"$//' | sort -u | head -40 || true)
    [[ -n "$links" ]] && echo "$links"
  done
  for q in subvention voirie association "développement économique" "Tessier" "Pelletier" "2019-3853" "collège" "budget annexe" "zzzz introuvable" "éclairage public" "eau potable"; do
    for _ in 1 2 3 4 5 6 7 8; do echo "/recherche?q=$(jq -rn --arg q "$q" '$q|@uri')"; done
  done
}
