#!/usr/bin/env bash
# Cold-start comparison of JVM flag sets for one nblint command (default: check the first seed).
# Prints, per variant, the median wall time and median CPU time (user+sys) of N fresh JVMs.
# CPU time is the steadier figure on a shared machine. Usage:
#   bench/jvm-flags.sh [RUNS] [-- nblint arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"; shift || true
[[ "${1:-}" == "--" ]] && shift
args=("$@")
if [[ ${#args[@]} -eq 0 ]]; then
  seed="$(ls fixtures/seeds/*.txt 2>/dev/null | head -1 || true)"
  [[ -n "$seed" ]] || seed="$(ls ../shared/seeds/*.txt | head -1)"
  args=(check --fail-on never "$seed")
fi
app=target/quarkus-app
# Same class path as ./nblint: of lib/boot only jboss-logging (PDFBox's logging bridge needs it).
cp="$app/app/*:$app/lib/main/*"
for j in "$app"/lib/boot/org.jboss.logging.jboss-logging-*.jar; do cp="$cp:$j"; done
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
export NBLINT_CACHE="$tmp/cache"; mkdir -p "$NBLINT_CACHE"
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off -Dslf4j.internal.verbosity=ERROR)

# Static AppCDS archive for the variants that use it.
java "${quiet[@]}" -XX:DumpLoadedClassList="$tmp/classes.lst" -cp "$cp" io.nblint.cli.Main "${args[@]}" >/dev/null 2>&1 || true
grep -v '^@lambda' "$tmp/classes.lst" >"$tmp/classes2.lst"
java -Xshare:dump -XX:SharedClassListFile="$tmp/classes2.lst" -XX:SharedArchiveFile="$tmp/app.jsa" "${quiet[@]}" -cp "$cp" >/dev/null 2>&1

measure() {
  local label="$1"; shift
  local walls=() cpus=()
  for ((i = 0; i <= runs; i++)); do
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" java "${quiet[@]}" "$@" -cp "$cp" io.nblint.cli.Main \
      "${args[0]}" ${extra:-} "${args[@]:1}" >/dev/null 2>&1 || true
    read -r w u s <"$tmp/t"
    if ((i > 0)); then walls+=("$w"); cpus+=("$(echo "$u + $s" | bc)"); fi
  done
  printf '%-44s wall %s s   cpu %s s\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}

echo "nblint ${args[*]} — $runs runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
extra=--no-cache measure "default, no rules cache"
measure "default (rules cache)"
measure "-XX:TieredStopAtLevel=1"                -XX:TieredStopAtLevel=1
measure "-XX:+UseSerialGC"                       -XX:+UseSerialGC
measure "C1 + SerialGC"                          -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
measure "-Xshare:off (no JDK CDS)"               -Xshare:off
measure "AppCDS"                                 -XX:SharedArchiveFile="$tmp/app.jsa"
measure "C1 + SerialGC + AppCDS (launcher)"      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$tmp/app.jsa"
extra=--no-cache measure "C1 + SerialGC + AppCDS, no rules cache" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$tmp/app.jsa"
