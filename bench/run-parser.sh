#!/usr/bin/env bash
# Measures parse throughput on one core with BenchmarkDotNet and prints the figures as Markdown,
# ready for docs/performance.md. Usage: bench/run-parser.sh [extra BenchmarkDotNet args]
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out/parser
rm -rf "$out"
mkdir -p "$out"
# NO_BUILD=1: the caller (bench/run-all.sh) has built everything once already.
[[ "${NO_BUILD:-}" == 1 ]] || dotnet build -c Release bench/Deliberations.Benchmarks -v q -nologo >/dev/null
# One core: the benchmark process and the child BenchmarkDotNet starts inherit the affinity (and the
# JIT's delay of an unpinned process: see bench/site.sh).
DOTNET_TC_DelaySingleProcMultiplier=1 taskset -c 1 dotnet bench/Deliberations.Benchmarks/bin/Release/net10.0/Deliberations.Benchmarks.dll \
  --filter '*ParserBenchmarks*' --exporters csv --artifacts "$out" "$@" >"$out.log" 2>&1 || { tail -40 "$out.log"; exit 1; }

python3 - "$out" <<'PY'
import csv, glob, os, platform, subprocess, sys, datetime
report = glob.glob(os.path.join(sys.argv[1], "results", "*-report.csv"))[0]
rows = list(csv.DictReader(open(report, encoding="utf-8")))
def ns(v):
    v = v.replace(",", "").strip()
    num, unit = v.split()
    return float(num) * {"ns": 1, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}[unit]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores, pinned to one core (taskset -c 1), "
      f"{subprocess.run(['dotnet', '--version'], capture_output=True, text=True).stdout.strip()} SDK, Release build.")
print()
print("| benchmark | mean per extract | median | std dev | min – max | extracts/s (1 core, mean) | extracts/s (median) | allocated per extract |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for r in rows:
    mean, median, sd, lo, hi = (ns(r[k]) for k in ("Mean", "Median", "StdDev", "Min", "Max"))
    print(f"| {r['Method']} | {mean/1e3:.1f} µs | {median/1e3:.1f} µs | {sd/1e3:.1f} µs | {lo/1e3:.1f} – {hi/1e3:.1f} µs | {1e9/mean:,.0f} | {1e9/median:,.0f} | {r.get('Allocated', '?')} |")
PY
