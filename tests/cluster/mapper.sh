#!/bin/sh
# `lede json` as a streaming mapper, the way Hadoop Streaming, Spark's
# RDD.pipe and xargs -P use it: the input is split into parts, each part is
# piped through `lede json --jsonl -` (no temporary files, one output line
# per input line, in order), and the parts' outputs are put back together.
set -eu
LEDE=${LEDE:-build/lede}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1,000 records, one of them broken.
i=0
while [ $i -lt 1000 ]; do
  if [ $i -eq 500 ]; then echo '{"id": "broken", "text": 12}'
  else printf '{"id": "doc-%04d", "published": "2021-03-10", "text": "Story %d\\n\\nBy Jane Smith\\n\\nLONDON (Reuters) - Officials said on Tuesday that talks would resume.\\n"}\n' $i $i
  fi
  i=$((i + 1))
done > "$tmp/records.jsonl"

# The README's local example: split into parts, map them two at a time.
split -l 100 -d "$tmp/records.jsonl" "$tmp/part-"
ls "$tmp"/part-* | xargs -P 2 -I{} sh -c "$LEDE json --jsonl --quiet - < {} > {}.out 2>/dev/null || true"
cat "$tmp"/part-*.out > "$tmp/mapped.jsonl"

# The same through a single pipe, as Spark's RDD.pipe runs it per partition.
"$LEDE" json --jsonl --quiet - < "$tmp/records.jsonl" > "$tmp/piped.jsonl" 2>/dev/null || true

in_lines=$(wc -l < "$tmp/records.jsonl")
for out in mapped piped; do
  n=$(wc -l < "$tmp/$out.jsonl")
  [ "$n" -eq "$in_lines" ] || { echo "$out: $n lines for $in_lines records"; exit 1; }
  # Ids come back in input order.
  sed 's/^{"id":"\([^"]*\)".*/\1/' "$tmp/$out.jsonl" > "$tmp/$out.ids"
  sed 's/^{"id": "\([^"]*\)".*/\1/' "$tmp/records.jsonl" > "$tmp/in.ids"
  cmp -s "$tmp/$out.ids" "$tmp/in.ids" || { echo "$out: order differs"; exit 1; }
  grep -q '^{"id":"broken","error":' "$tmp/$out.jsonl" || { echo "$out: no error line"; exit 1; }
done
# Error messages name the line within each part; everything else is equal.
grep -v '"error":' "$tmp/mapped.jsonl" > "$tmp/m"
grep -v '"error":' "$tmp/piped.jsonl" > "$tmp/p"
cmp -s "$tmp/m" "$tmp/p" || { echo "split and whole runs differ"; exit 1; }
echo "mapper check: passed"
