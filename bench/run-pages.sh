#!/usr/bin/env bash
# Every page kind timed as a reader meets it: the page cache off, one request at a time, the site
# pinned to one core (issue 18's rule). Prints one Markdown row per page: median, min and max of
# RUNS requests after WARMUP (10) requests of the same page, in ms.
#   bench/run-pages.sh DB [STORE]    (RUNS=7 PORT=5091; NO_BUILD=1 reuses bench/out/site)
# DB is a SQLite store the pages to time are picked from (a typical decision, the busiest
# official…); the site serves STORE, by default DB: another store of the same extracts, such as a
# PostgreSQL database (`postgresql://…` or `Host=…;Database=…`), is timed on the same pages.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/site.sh

db=${1:?usage: bench/run-pages.sh DB [STORE]}
store=${2:-$db}
runs=${RUNS:-7}
port=${PORT:-5091}
base="http://127.0.0.1:$port"
mkdir -p bench/out
[[ "${NO_BUILD:-}" == 1 ]] || publish_site
trap stop_site EXIT

start_site "$store" "$port" 0 bench/out/pages-site.log --Deliberations:PageCache:Enabled=false
wait_ok "$base/" 120
wait_idle 900

decision=$(typical_decision "$db")
busiest=$(busiest_official "$db")
official=$(sqlite3 "$db" "SELECT Slug FROM Officials ORDER BY Id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM Officials)")
# Its surname's first word, as a visitor who knows the name and not the council types it.
surname=$(sqlite3 "$db" "SELECT SurnameKey FROM Officials WHERE Slug = '$official' LIMIT 1" | cut -d' ' -f1)
sitting=$(curl -s "$base/api/seances?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["htmlUrl"])')
project=$(sqlite3 "$db" "SELECT Slug FROM Projects ORDER BY Id LIMIT 1")
organisation=$(sqlite3 "$db" "SELECT Slug FROM Organisations ORDER BY Id LIMIT 1")
year=$(sqlite3 "$db" "SELECT strftime('%Y', Date) FROM Sittings ORDER BY Date DESC LIMIT 1")

pages=(
  "accueil|/"
  "décisions|/deliberations"
  "décisions, page 40|/deliberations?page=40"
  "décisions, dernière page|/deliberations?page=1000000"
  "décisions, filtrées|/deliberations?year=$year&body=Conseil"
  "une décision|/deliberations/$decision"
  "séances|/seances"
  "une séance|$sitting"
  "élus|/elus"
  "élus, filtrés|/elus?q=mar"
  "un élu dans tous les conseils|/conseils?nom=$surname"
  "un élu|/elus/$official"
  "l'élu le plus présent|/elus/$busiest"
  "projets|/projets"
  "un projet|/projets/$project"
  "une organisation|/organisations/$organisation"
  "budget|/budget"
  "budget, dernières pages|/budget?imputations=1000000&tableaux=1000000"
  "recherche|/recherche?q=subvention"
  "API décisions|/api/deliberations"
  "API une décision|/api/deliberations/$decision"
  "API élus|/api/elus"
  "API l'élu le plus présent|/api/elus/$busiest"
  "API budget|/api/budget"
  "API recherche|/api/recherche?q=subvention"
  "flux Atom|/flux.atom"
  "flux Atom de l'élu le plus présent|/elus/$busiest/flux.atom"
  "export présences, premier octet|/export/presences.csv"
)

echo "| page | URL | médiane (ms) | min | max |"
echo "| --- | --- | --- | --- | --- |"
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  # An export is a file of up to gigabytes: what a reader waits for is its first byte (one byte asked).
  range=()
  [[ "$path" == /export/* ]] && range=(-r 0-0)
  # A serving site is warm: the first requests of a page run code not yet optimised by the runtime
  # (its methods are recompiled after 30 calls), and with one warm-up the first official's page
  # measured paid that for every later one (122.8 ms at 200,000 against 70 – 90 warm).
  for ((i = 0; i < ${WARMUP:-10}; i++)); do
    curl -s -o /dev/null "${range[@]}" "$base$path"
  done
  times=()
  for ((i = 0; i < runs; i++)); do
    times+=("$(curl -s -o /dev/null "${range[@]}" -w '%{time_total}' "$base$path")")
  done
  printf '%s\n' "${times[@]}" | python3 -c '
import sys, statistics
name, path = sys.argv[1], sys.argv[2]
t = sorted(float(x) * 1000 for x in sys.stdin)
print(f"| {name} | `{path}` | {statistics.median(t):.1f} | {t[0]:.1f} | {t[-1]:.1f} |")' "$name" "$path"
done
