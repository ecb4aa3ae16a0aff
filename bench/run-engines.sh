#!/usr/bin/env bash
# The same extracts on both engines, side by side: N synthetic extracts (default 20000, the corpus
# of bench/run-import.sh) imported into an empty SQLite file and into an empty PostgreSQL database,
# each import timed, then every page kind timed on each store as a reader meets it
# (bench/run-pages.sh: page cache off, one request at a time, the site pinned to one core; the
# pages are picked from the SQLite store, the same extracts giving the same numbers and slugs).
# Prints a Markdown section ready for docs/performance.md.
#   bench/run-engines.sh [N]
# The PostgreSQL server: DELIBERATIONS_BENCH_POSTGRES (a URI, postgresql://user@host:port/db, of
# a server where the bench drops and creates the database deliberations_bench_N), else a throwaway server started by .ci/postgres on
# loopback and stopped at the end. NO_BUILD=1 reuses bench/out/site.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/site.sh

n="${1:-20000}"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N]" >&2; exit 2; }
out=bench/out
corpus="$out/corpus-$n"
sqlite_store="$out/engines-$n.db"
generator=bench/Deliberations.Generator/bin/Release/net10.0/Deliberations.Generator.dll
mkdir -p "$out"

if [[ "${NO_BUILD:-}" != 1 ]]; then
  publish_site
  dotnet build -c Release bench/Deliberations.Generator -v q -nologo >/dev/null
fi

if [[ "$(find "$corpus" -maxdepth 1 -name '*.txt' 2>/dev/null | wc -l)" -ne "$n" ]]; then
  dotnet "$generator" --count "$n" --seed 42 --out "$corpus" >&2
fi

postgres_folder=""
cleanup() {
  stop_site
  if [[ -n "$postgres_folder" ]]; then
    bash .ci/postgres stop "$postgres_folder" >&2 || true
  fi
}
trap cleanup EXIT

if [[ -n "${DELIBERATIONS_BENCH_POSTGRES:-}" ]]; then
  server=$DELIBERATIONS_BENCH_POSTGRES
else
  read -r keywords postgres_folder < <(bash .ci/postgres | paste -sd' ')
  # Host=…;Port=…;Username=…;Database=… as a URI, which both psql and the site read.
  server=$(tr ';' '\n' <<<"$keywords" | awk -F= '{ v[$1] = $2 } END { printf "postgresql://%s@%s:%s/postgres", v["Username"], v["Host"], v["Port"] }')
fi
database="deliberations_bench_$n"
postgres_store="${server%/*}/$database"
psql "$server" -qc "DROP DATABASE IF EXISTS $database" >&2

# timed_import LABEL STORE: imports the corpus into STORE under GNU time; prints "seconds rss_mib".
timed_import() {
  local log="$out/engines-import-$1"
  /usr/bin/time -f '%e %M' -o "$log.time" dotnet "$web_dll" import "$corpus" --db "$2" >"$log.out" 2>"$log.err" \
    || { cat "$log.err" >&2; exit 1; }
  awk '{ printf "%.1f %.0f\n", $1, $2 / 1024 }' "$log.time"
}

rm -f "$sqlite_store" "$sqlite_store-wal" "$sqlite_store-shm"
rm -rf "$sqlite_store.exports"
echo "import into SQLite…" >&2
read -r sqlite_seconds sqlite_rss < <(timed_import sqlite "$sqlite_store")
echo "import into PostgreSQL…" >&2
read -r postgres_seconds postgres_rss < <(timed_import postgres "$postgres_store")

echo "pages on SQLite…" >&2
NO_BUILD=1 bench/run-pages.sh "$sqlite_store" >"$out/engines-pages-sqlite.md"
echo "pages on PostgreSQL…" >&2
NO_BUILD=1 bench/run-pages.sh "$sqlite_store" "$postgres_store" >"$out/engines-pages-postgres.md"

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
postgres_version=$(psql -V | awk '{ print $3 }')
echo "### SQLite and PostgreSQL side by side ($n extracts)"
echo
echo "$cpu, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC, commit \`$(git rev-parse --short HEAD)\`; PostgreSQL $postgres_version"
echo "on the same machine, on loopback, not pinned (the site is pinned to core 0). \`bench/run-engines.sh $n\`."
echo
echo "| figure | SQLite | PostgreSQL |"
echo "| --- | ---: | ---: |"
echo "| import into an empty store | $sqlite_seconds s ($sqlite_rss MiB) | $postgres_seconds s ($postgres_rss MiB) |"
paste -d'\t' <(tail -n +3 "$out/engines-pages-sqlite.md") <(tail -n +3 "$out/engines-pages-postgres.md") | python3 -c '
import sys
for line in sys.stdin:
    left, right = line.rstrip("\n").split("\t")
    a = [c.strip() for c in left.strip("|").split("|")]
    b = [c.strip() for c in right.strip("|").split("|")]
    print(f"| {a[0]} {a[1]} | {a[2]} ms ({a[3]} – {a[4]}) | {b[2]} ms ({b[3]} – {b[4]}) |")'
