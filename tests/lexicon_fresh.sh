#!/bin/sh
# Are core/lexicon.h, lexicon_data.c and lexicon_hash.c what `make data`
# makes from data/lex/? A merge can join two versions of them cleanly and
# still leave list ids that disagree between the files.
#   LUA=lua5.4 sh tests/lexicon_fresh.sh
set -eu
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp core/gazetteer_data.c "$d/"
${LUA:-lua5.4} tools/gen_lexicon.lua data/lex "$d" >/dev/null
for f in lexicon.h lexicon_data.c lexicon_hash.c; do
  if ! cmp -s "$d/$f" "core/$f"; then
    echo "core/$f is not what make data makes: run make data" >&2
    exit 1
  fi
done
echo "lexicon check: passed"
