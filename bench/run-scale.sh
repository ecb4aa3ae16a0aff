#!/usr/bin/env bash
# How each figure a reader feels grows with the size of the register: for each size, the import of
# that many synthetic extracts into an empty store and again (bench/run-import.sh), the store's
# size against the extracts', and every page kind timed uncached, one request at a time
# (bench/run-pages.sh). Writes, into OUT (bench/out/report by default), import-N.md, pages-N.md
# and store-N.txt ("store bytes, extracts bytes") for bench/write-report.py.
# Usage: bench/run-scale.sh   (SIZES="2000 20000 200000"; NO_BUILD=1 reuses bench/out/site)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${OUT:-bench/out/report}"
mkdir -p "$out"
if [[ "${NO_BUILD:-}" != 1 ]]; then
  source bench/site.sh
  publish_site
  dotnet build -c Release bench/Deliberations.Generator -v q -nologo >/dev/null
  export NO_BUILD=1
fi

for n in ${SIZES:-2000 20000 200000}; do
  echo "scale $n: import…" >&2
  bench/run-import.sh "$n" >"$out/import-$n.md"
  db="bench/out/import-$n.db"
  echo "$(stat -c %s "$db"), $(du -sb "bench/out/corpus-$n" | cut -f1)" >"$out/store-$n.txt"
  echo "scale $n: pages…" >&2
  bench/run-pages.sh "$db" >"$out/pages-$n.md"
done
