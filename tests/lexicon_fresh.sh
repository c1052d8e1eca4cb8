#!/bin/sh
# Are core/lexicon.h, lexicon_data.c, lexicon_hash.c, dates_vocab.h,
# month_names.h, month_names_other.h and quote_verbs.h what `make data`
# makes from data/lex/? A merge can join two versions of them cleanly and
# still leave list ids that disagree between the files, and an edit of
# data/lex/ can go without make data.
#   LUA=lua5.4 sh tests/lexicon_fresh.sh
set -eu
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp core/gazetteer_data.c "$d/"
${LUA:-lua5.4} tools/gen_lexicon.lua data/lex "$d" >/dev/null
${LUA:-lua5.4} tools/gen_date_vocab.lua data/lex/date_vocab.tab "$d" >/dev/null
${LUA:-lua5.4} tools/gen_quote_verbs.lua data/lex/speech_verbs.txt \
  data/lex/cue_action_verbs.txt "$d/quote_verbs.h" >/dev/null
for f in lexicon.h lexicon_data.c lexicon_hash.c dates_vocab.h month_names.h \
  month_names_other.h quote_verbs.h; do
  if ! cmp -s "$d/$f" "core/$f"; then
    echo "core/$f is not what make data makes: run make data" >&2
    exit 1
  fi
done
echo "lexicon check: passed"
