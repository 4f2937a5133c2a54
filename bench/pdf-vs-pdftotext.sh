#!/usr/bin/env bash
# PDF throughput: nblint's whole check (read + parse + rules, one warm JVM, as in `nblint batch`) against
# poppler's `pdftotext -layout` (text only, one process per file, as it is normally used) on the same files.
# Usage: bench/pdf-vs-pdftotext.sh [ROUNDS] [PDF...]   (default: fixtures/formats/*/report.pdf + corpus PDF)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-20}"; shift || true
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  files=(fixtures/formats/*/report.pdf)
  [[ -f ../shared/corpus/huaian-city-2024.pdf ]] && files+=(../shared/corpus/huaian-city-2024.pdf)
fi
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 2; }

for f in "${files[@]}"; do pdftotext -layout "$f" /dev/null; done   # page cache
TIMEFORMAT='%R %U %S'
read -r wall user sys < <( { time (for ((i = 0; i < rounds; i++)); do
  for f in "${files[@]}"; do pdftotext -layout "$f" /dev/null; done
done) ; } 2>&1 )
n=$(( rounds * ${#files[@]} ))
pdftotext_rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.1f", n / w }')
pdftotext_cpu=$(awk -v n="$n" -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", (u + s) * 1000 / n }')
echo "pdftotext -layout: $n files in $wall s = $pdftotext_rate files/s, CPU $pdftotext_cpu ms per file"

out=$(./nblint bench --runs 0 --warm-rounds $(( rounds * 2 )) "${files[@]}")
echo "$out"
nblint_rate=$(echo "$out" | sed -n 's/.*吞吐 \([0-9.]*\) 份\/秒.*/\1/p')
nblint_cpu=$(echo "$out" | sed -n 's/.*进程 CPU 每份 \([0-9.]*\) ms.*/\1/p')
awk -v a="$pdftotext_rate" -v b="$nblint_rate" 'BEGIN { printf "wall ratio (pdftotext files/s ÷ nblint reports/s): %.2f×\n", a / b }'
awk -v a="$pdftotext_cpu" -v b="$nblint_cpu" 'BEGIN { printf "CPU ratio (nblint CPU per report ÷ pdftotext CPU per file): %.2f×\n", b / a }'
