#!/bin/sh
# make bench: `lede json --jobs 2` over a folder of 10,000 articles made
# from the bundled and test articles; prints time, MB/s and peak memory.
set -eu
LEDE=${LEDE:-build/lede}
N=${N:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=""
for f in examples/articles/*.txt tests/articles/*.txt; do
  [ -f "$f" ] && files="$files $f"
done
set -- $files
k=0
while [ $k -lt "$N" ]; do
  for f in "$@"; do
    [ $k -lt "$N" ] || break
    d="$tmp/c/$((k / 1000))"
    [ -d "$d" ] || mkdir -p "$d"
    cp "$f" "$d/$k.txt"
    k=$((k + 1))
  done
done
bytes=$(cat "$tmp"/c/*/*.txt | wc -c)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$LEDE" json --jobs 2 --quiet "$tmp/c" > "$tmp/out.jsonl"
  read -r secs kb < "$tmp/time"
else # no GNU time (Debian package "time"): no memory figure
  t0=$(date +%s.%N)
  "$LEDE" json --jobs 2 --quiet "$tmp/c" > "$tmp/out.jsonl"
  secs=$(echo "$(date +%s.%N) - $t0" | bc)
  kb=0
fi
lines=$(wc -l < "$tmp/out.jsonl")
awk -v s="$secs" -v kb="$kb" -v b="$bytes" -v n="$lines" 'BEGIN {
  printf "lede json --jobs 2: %d articles, %.1f MB in %.2f s (%.1f MB/s), peak memory %.1f MB\n",
         n, b / 1e6, s, (s > 0 ? b / 1e6 / s : 0), kb / 1024 }'
