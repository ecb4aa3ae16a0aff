#!/usr/bin/env bash
# Coverage-guided fuzzing of the parser with AFL++ and SharpFuzz, for a bounded time.
#   fuzz/run-afl.sh [seconds]      (default 600)
# Work files go to fuzz/.work (ignored by git); crashing inputs are listed at the end and the
# script exits 1 when there are any, so they can be turned into regression tests.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
work="fuzz/.work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

dotnet tool restore >/dev/null

# A published copy, so that instrumenting it never touches the Core build the tests use.
rm -rf "$work/bin"
dotnet publish fuzz/Deliberations.Fuzz -c Release -o "$work/bin" -v q -nologo
dotnet sharpfuzz "$work/bin/Deliberations.Core.dll"

# The seeds are 6-16 KB each: small enough for afl, which wants inputs well under 1 MB.
rm -rf "$work/in" "$work/out"
mkdir -p "$work/in"
cp seeds/*.txt "$work/in/"

# The target is `dotnet`, not an afl-compiled binary, hence the binary check is skipped; the
# first run JIT-compiles the parser, hence the generous timeout. No UI: the log stays readable. The
# dictionary gives afl the anchors (Présents :, DELIBERE, il convient de lire …) it would rarely guess.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
AFL_NO_AFFINITY=1 AFL_NO_UI=1 \
  afl-fuzz -i "$work/in" -o "$work/out" -x fuzz/extracts.dict -V "$seconds" -t 5000 -m none \
    -- dotnet "$work/bin/Deliberations.Fuzz.dll" >"$work/afl.log" 2>&1 || {
  tail -n 40 "$work/afl.log"
  exit 2
}

stats="$work/out/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|edges_found|total_edges|saved_crashes|saved_hangs) ' "$stats"

crashes=$(find "$work/out/default/crashes" -type f -name 'id:*' 2>/dev/null | sort)
if [ -n "$crashes" ]; then
  echo "Crashing inputs (replay: dotnet run --project src/Deliberations.Web -- parse FILE):"
  echo "$crashes"
  exit 1
fi
echo "No crash."
