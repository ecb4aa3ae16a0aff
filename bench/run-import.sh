#!/usr/bin/env bash
# Times the import verb on an empty database: the five seeds, then N synthetic extracts (default
# 1000, made by bench/Deliberations.Generator), then the same N again on the same database (the
# "nothing changed" re-import). Prints a Markdown table ready for docs/performance.md.
# Usage: bench/run-import.sh [N]      (SEED=42 by default; the corpus is reused if present)
# The database of the N import is left at bench/out/import-N.db for bench/run-all.sh to serve.
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-1000}"
seed="${SEED:-42}"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N]" >&2; exit 2; }
out=bench/out
corpus="$out/corpus-$n"
[[ "$seed" == 42 ]] || corpus="$out/corpus-$n-seed$seed"
source bench/site.sh
web=$web_dll
generator=bench/Deliberations.Generator/bin/Release/net10.0/Deliberations.Generator.dll
mkdir -p "$out"

# GNU time gives the peak RSS; bash's time keyword does not.
if [[ ! -x /usr/bin/time ]]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

# One build after the other: the machine's two cores are shared with other builds.
# NO_BUILD=1: the caller (bench/run-all.sh) has built everything once already.
if [[ "${NO_BUILD:-}" != 1 ]]; then
  publish_site
  dotnet build -c Release bench/Deliberations.Generator -v q -nologo >/dev/null
fi

count_txt() { find "$1" -maxdepth 1 -name '*.txt' 2>/dev/null | wc -l; }
if [[ "$(count_txt "$corpus")" -ne "$n" ]]; then
  dotnet "$generator" --count "$n" --seed "$seed" --out "$corpus" >&2
fi

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
machine="$cpu, $(nproc) cores"
today=$(date +%Y-%m-%d)
rows=()

# run LABEL DIR DB FRESH: imports DIR into DB (deleted first when FRESH=1) under /usr/bin/time -v.
run() {
  local label=$1 dir=$2 db=$3 fresh=$4 log="$out/import-$5"
  [[ "$fresh" == 1 ]] && rm -f "$db" "$db-wal" "$db-shm"
  local cmd="dotnet $web import $dir --db $db"
  /usr/bin/time -v -o "$log.time" $cmd >"$log.out" 2>"$log.err" || { cat "$log.err" >&2; exit 1; }
  local files elapsed rss
  files=$(count_txt "$dir")
  elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
  rows+=("| $label | $files | $(printf '%.1f' "$elapsed") | $(awk -v f="$files" -v e="$elapsed" 'BEGIN { printf "%.0f", f / e }') | $rss | $machine | $today | \`$cmd\` |")
  echo "$label: $(cat "$log.out")" >&2
  echo "  progress (stderr): $(head -c 400 "$log.err" | tr '\n' ' ')" >&2
}

run "5 seeds, empty database" seeds "$out/import-seeds.db" 1 seeds
run "$n synthetic, empty database" "$corpus" "$out/import-$n.db" 1 "$n"
run "$n synthetic again, same database (nothing changed)" "$corpus" "$out/import-$n.db" 0 "$n-again"

echo
echo "| run | extracts | elapsed s | extracts/s | peak RSS MiB | machine | date | command |"
echo "| --- | ---: | ---: | ---: | ---: | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
