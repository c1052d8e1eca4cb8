#!/bin/sh
# make bench: speed and memory on varied news (see tests/bench_corpus.lua).
#   BUILD=build EVAL_DATA=../shared/data sh tests/bench.sh
# Prints MB/s of CPU time on one core for the C core (with and without the
# name tagger), `lede json` with one job and a Lua script reading every
# field; instructions per byte of each stage (callgrind, on a 1 MB sample);
# peak memory for one 1, 10, 64 and 100 MB input through the C API (the
# text lent to the article, and copied) and through `lede json --text`.
set -eu
B=${BUILD:-build}
dir=$B/bench-data
mkdir -p "$dir"
"$B/lede" run tests/bench_corpus.lua "$dir" "${EVAL_DATA:-}"
"$B/bench" "$dir/corpus.txt"

# What the name tagger costs the pipeline, measured here: bench_notagger
# is the same program with a tagger that finds no names. Runs alternate,
# and the best of three counts, as the machine may be shared.
with=0 without=0
for r in 1 2 3; do
  with=$(awk -v a="$with" -v b="$("$B/bench" --parse 2 "$dir/corpus.txt")" 'BEGIN { print (b > a ? b : a) }')
  without=$(awk -v a="$without" -v b="$("$B/bench_notagger" --parse 2 "$dir/corpus.txt")" 'BEGIN { print (b > a ? b : a) }')
done
awk -v w="$with" -v wo="$without" 'BEGIN {
  printf "C core, without the name tagger: %.1f MB/s; with it %.1f MB/s, %.0f%% less (best of 3 each)\n",
         wo, w, 100 * (1 - w / wo) }'

bytes=$(cat "$dir"/docs/*/*.txt | wc -c)
/usr/bin/time -f '%U %S %M' -o "$dir/time" \
  "$B/lede" json --jobs 1 --quiet "$dir/docs" > /dev/null
read -r us sy kb < "$dir/time"
awk -v u="$us" -v s="$sy" -v b="$bytes" 'BEGIN {
  printf "lede json, one job:    %6.1f MB/s  (%.2f s user, %.2f s system)\n",
         b / 1e6 / (u + s), u, s }'
"$B/lede" run tests/bench_lua.lua "$dir/corpus.txt"
# What the Lua layer costs over the parse, in instructions per byte of a
# 300 KB sample: parsing alone, then building every table the script
# reads, then reading every field too.
if command -v valgrind > /dev/null; then
  for m in parse build read; do
    valgrind --tool=callgrind --callgrind-out-file="$dir/lua-$m.out" \
      "$B/lede" run tests/bench_lua.lua "$dir/corpus.txt" --$m 300000 \
      > "$dir/lua-bytes" 2> /dev/null
  done
  ins() { sed -n 's/^summary: //p' "$dir/lua-$1.out"; }
  awk -v b="$(cat "$dir/lua-bytes")" -v p="$(ins parse)" -v u="$(ins build)" \
      -v r="$(ins read)" 'BEGIN {
    printf "Lua, instructions per byte (callgrind, %.2f MB): parse %.0f, building every table %.0f, reading every field %.0f\n",
           b / 1e6, p / b, (u - p) / b, (r - u) / b }'
fi

if command -v valgrind > /dev/null; then
  sample=$(valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.out" \
    "$B/bench" --once "$dir/corpus.txt" 1000000 2> /dev/null)
  callgrind_annotate --inclusive=yes "$dir/callgrind.out" 2> /dev/null |
  awk -v b="$sample" '
    function add(name, label) { if ($0 ~ ("[ :]" name " ")) { gsub(",", "", $1); v[label] = $1 } }
    { add("lede_parse", "total"); add("lede__layout", "layout");
      add("lede__sentences", "sentences"); add("lede__tokenize", "tokens");
      add("lede__entities", "entities"); add("lede__dates", "dates");
      add("lede__quotes", "quotes"); add("lede_article_json", "JSON");
      add("lede__tag", "tagger") }
    END {
      printf "instructions per byte (callgrind, %.2f MB sample):\n", b / 1e6
      n = split("layout sentences tokens entities tagger dates quotes total JSON", o, " ")
      for (i = 1; i <= n; i++)
        if (o[i] in v) {
          note = o[i] == "total" ? "  (parse)" : o[i] == "JSON" ? "  (on top)" : ""
          if (o[i] == "tagger") note = "  (within entities)"
          printf "  %-10s %6.1f%s\n", o[i], v[o[i]] / b, note
        } }'
  valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind-notagger.out" \
    "$B/bench_notagger" --once "$dir/corpus.txt" 1000000 > /dev/null 2>&1
  callgrind_annotate --inclusive=yes "$dir/callgrind-notagger.out" 2> /dev/null |
  awk -v b="$sample" '/[ :]lede_parse / { gsub(",", "", $1); t = $1 }
    END { if (t) printf "  %-10s %6.1f  (parse, without the tagger)\n", "total", t / b }'
  echo "hottest functions (own instructions per byte):"
  callgrind_annotate "$dir/callgrind.out" 2> /dev/null |
  awk -v b="$sample" '/^-+$/ { sep++; next }
    sep >= 4 && $1 ~ /^[0-9,]+$/ && !/PROGRAM TOTALS/ && n < 12 {
      c = $1; gsub(",", "", c)
      # "file:function", then " [object]" unless the code was inlined
      f = $0; sub(/ +\[[^]]*\]$/, "", f); sub(/^.* /, "", f)
      sub(/^.*\//, "", f); printf "  %6.1f  %s\n", c / b, f; n++ }'
else
  echo "instructions per byte: no valgrind (Debian package valgrind)"
fi

for mb in 1 10 64 100; do
  "$B/bench" --peak $mb "$dir/corpus.txt" | sed 's/^/C API:       /'
  "$B/bench" --peak $mb "$dir/corpus.txt" copy | sed 's/^/C API:       /'
  "$B/bench" --write $mb "$dir/corpus.txt" "$dir/big.txt"
  /usr/bin/time -f '%M' -o "$dir/time" \
    "$B/lede" json --text --quiet - < "$dir/big.txt" > /dev/null
  awk -v kb="$(cat "$dir/time")" -v mb=$mb 'BEGIN {
    printf "lede json:   %.1f MB input: peak %.1f MB (%.1fx the input)\n",
           mb, kb / 1024, kb / 1024 / mb }'
done
rm -f "$dir/big.txt"

# The HTML report over 10,000 invented articles (tests/gen_corpus.lua).
"$B/lede" run tests/gen_corpus.lua 10000 7 > "$dir/gen.jsonl"
/usr/bin/time -f '%U %S %M' -o "$dir/time" \
  "$B/lede" report --html "$dir/report.html" "$dir/gen.jsonl"
read -r us sy kb < "$dir/time"
awk -v u="$us" -v s="$sy" -v kb="$kb" -v page="$(wc -c < "$dir/report.html")" 'BEGIN {
  printf "lede report --html, 10,000 articles: %.2f s CPU, a %.0f KB page, peak %.1f MB\n",
         u + s, page / 1024, kb / 1024 }'
