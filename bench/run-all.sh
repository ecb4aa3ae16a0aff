#!/usr/bin/env bash
# The whole measurement behind docs/performance.md, in one run: one Release build, the parser
# benchmark, the import of N synthetic extracts, the first start, the load tests and the hot-query
# benchmarks on the imported database, every page uncached at each size of SIZES (bench/run-scale.sh);
# then docs/performance.md is written from bench/performance-template.md with every
# figure, its spread, its reference and its target.
# Usage: bench/run-all.sh
#   N=20000 (extracts)  SEED=42  RUNS=3 (runs of each load and first-start figure)
#   DURATION=10 (seconds per wrk run)  CONNECTIONS=16 (decision page, site and nginx alike)
#   WARMUP=45 (seconds of load before each figure is measured, so the JIT has settled)
#   SKIP_IMPORT=1 reuses bench/out/import-N.db from an earlier run (no import figures then)
#   SIZES="2000 20000 200000" (registers the growth table measures; about 25 minutes at 200,000)
#   ENGINES=1 (bench/run-engines.sh: the N extracts on SQLite and PostgreSQL side by side; 0 skips it)
set -euo pipefail
cd "$(dirname "$0")/.."

export N="${N:-20000}" SEED="${SEED:-42}" RUNS="${RUNS:-3}" DURATION="${DURATION:-10}" CONNECTIONS="${CONNECTIONS:-16}" WARMUP="${WARMUP:-45}" SIZES="${SIZES:-2000 20000 200000}"
report=bench/out/report
rm -rf "$report"
mkdir -p "$report"

# wrk and nginx for the load, GNU time for the peak memory, sqlite3 to pick the pages to load.
packages=()
for pair in wrk:wrk nginx:nginx-light /usr/bin/time:time sqlite3:sqlite3; do
  command -v "${pair%%:*}" >/dev/null || packages+=("${pair#*:}")
done
if ((${#packages[@]})); then
  apt-get update -qq && apt-get install -y -qq "${packages[@]}" >/dev/null
fi

uptime >"$report/load-before.txt"
# One build, one project after another: the machine's two cores are shared; then the site published
# as it is deployed (bench/site.sh), which is what the import, the first start and the load run.
for project in src/Deliberations.Web bench/Deliberations.Generator bench/Deliberations.Benchmarks bench/Deliberations.SearchReference; do
  dotnet build -c Release "$project" -v q -nologo >/dev/null
done
source bench/site.sh
publish_site
export NO_BUILD=1

echo "parser benchmark…" >&2
bench/run-parser.sh >"$report/parser.md"
if [[ "${SKIP_IMPORT:-}" != 1 ]]; then
  echo "import of $N extracts…" >&2
  bench/run-import.sh "$N" >"$report/import.md"
fi
echo "first start…" >&2
bench/run-first-start.sh >"$report/first-start.jsonl"
echo "load tests…" >&2
bench/run-load.sh "bench/out/import-$N.db" >"$report/load.jsonl"
echo "hot queries…" >&2
bench/run-queries.sh "bench/out/import-$N.db" >"$report/queries.md"
echo "scale: $SIZES…" >&2
OUT="$report" bench/run-scale.sh
if [[ "${ENGINES:-1}" == 1 ]]; then
  echo "both engines at $N…" >&2
  bench/run-engines.sh "$N" >"$report/engines.md"
fi
uptime >"$report/load-after.txt"

python3 bench/write-report.py "$report" docs/performance.md
echo "docs/performance.md written" >&2
