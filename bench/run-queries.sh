#!/usr/bin/env bash
# The hot queries with BenchmarkDotNet (HotQueryBenchmarks), on one core, on a database: the
# decision and official pages of the load tests, the search's full-text query. Prints a Markdown
# table for docs/performance.md. Usage: bench/run-queries.sh DB [extra BenchmarkDotNet args]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/site.sh

db=$1
shift
out=bench/out/queries
rm -rf "$out"
mkdir -p "$out"
[[ "${NO_BUILD:-}" == 1 ]] || dotnet build -c Release bench/Deliberations.Benchmarks -v q -nologo >/dev/null
export DELIBERATIONS_BENCH_DB="$(realpath "$db")"
export DELIBERATIONS_BENCH_DECISION="${DECISION:-$(typical_decision "$db")}"
export DELIBERATIONS_BENCH_OFFICIAL="${OFFICIAL:-$(busiest_official "$db")}"
# The JIT's delay of an unpinned process: see bench/site.sh.
DOTNET_TC_DelaySingleProcMultiplier=1 taskset -c 1 dotnet bench/Deliberations.Benchmarks/bin/Release/net10.0/Deliberations.Benchmarks.dll \
  --filter '*HotQueryBenchmarks*' --artifacts "$out" "$@" >"$out.log" 2>&1 || { tail -40 "$out.log"; exit 1; }

echo "Decision \`$DELIBERATIONS_BENCH_DECISION\`, official \`$DELIBERATIONS_BENCH_OFFICIAL\`, one core (\`taskset -c 1\`), each query on a fresh DbContext."
echo
# BenchmarkDotNet's own Markdown table, the part after its environment header.
sed -n '/^|/p' "$out"/results/*-report-github.md
