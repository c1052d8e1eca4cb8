#!/bin/sh
# Install into a temporary DESTDIR, compare with MANIFEST, build the
# embedding example against the installed library through pkg-config, load
# the installed Lua module, then uninstall and check nothing is left.
set -eu
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=/opt/lede-test
make -s install DESTDIR="$tmp" PREFIX="$prefix" >/dev/null
(cd "$tmp$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort) > "$tmp/got"
# Scripts come and go with the commands: compare them with scripts/.
{ grep -v '^share/lede/scripts/' tests/install/MANIFEST; \
  for f in scripts/*.lua; do echo "share/lede/scripts/${f#scripts/}"; done; } | sort > "$tmp/want"
diff -u "$tmp/want" "$tmp/got"
sed -i "s|^prefix=.*|prefix=$tmp$prefix|;s|^libdir=.*|libdir=$tmp$prefix/lib|;s|^includedir=.*|includedir=$tmp$prefix/include|" \
  "$tmp$prefix/lib/pkgconfig/lede.pc"
PKG_CONFIG_PATH="$tmp$prefix/lib/pkgconfig" \
  cc examples/embed.c $(PKG_CONFIG_PATH="$tmp$prefix/lib/pkgconfig" pkg-config --cflags --libs lede) -o "$tmp/embed"
LD_LIBRARY_PATH="$tmp$prefix/lib" "$tmp/embed" examples/articles/bajwa-bahrain-2021-03-10.txt | grep -q '^published: 2021-03-10$'
LUA_CPATH="$tmp$prefix/lib/lua/5.4/?.so" lua5.4 -e 'assert(require("lede").parse("x"))'
"$tmp$prefix/bin/lede" --version | grep -q '^lede '
"$tmp$prefix/bin/lede" report examples/articles/bajwa-bahrain-2021-03-10.txt | grep -q 'ISLAMABAD'
"$tmp$prefix/bin/lede" report --html "$tmp/report.html" examples/articles/bajwa-bahrain-2021-03-10.txt
grep -q 'ISLAMABAD' "$tmp/report.html"
make -s uninstall DESTDIR="$tmp" PREFIX="$prefix" >/dev/null
left=$(find "$tmp$prefix" \( -type f -o -type l \) | wc -l)
[ "$left" -eq 0 ] || { echo "uninstall left $left files"; exit 1; }

# A plain prefix after a plain `make` (built for /usr/local): lede.pc names
# the prefix, and the program finds liblede without LD_LIBRARY_PATH.
px="$tmp/px"
make -s install PREFIX="$px" >/dev/null
grep -q "^prefix=$px\$" "$px/lib/pkgconfig/lede.pc" || { echo "lede.pc: wrong prefix"; exit 1; }
cc examples/embed.c $(PKG_CONFIG_PATH="$px/lib/pkgconfig" pkg-config --cflags --libs lede) -o "$tmp/embed2"
env -u LD_LIBRARY_PATH "$tmp/embed2" examples/articles/bajwa-bahrain-2021-03-10.txt | grep -q '^published: 2021-03-10$'
ldd "$tmp/embed2" | grep -q "$px/lib/liblede.so.0" || { echo "embed: not linked to $px"; exit 1; }
make -s uninstall PREFIX="$px" >/dev/null

# luarocks builds and installs the module into a tree of its own.
if command -v luarocks >/dev/null; then
  luarocks --lua-version 5.4 --tree "$tmp/rocks" make lede-scm-1.rockspec >"$tmp/rock.log" 2>&1 \
    || { cat "$tmp/rock.log"; exit 1; }
  LUA_CPATH="$tmp/rocks/lib/lua/5.4/?.so" lua5.4 -e '
    local lede = require "lede"
    assert(package.searchpath("lede", package.cpath):find("rocks", 1, true))
    local a = lede.parse("Rain falls\n\nBy Ann Lee\n\nIt rained on Monday, officials said.\n")
    assert(a.byline == "By Ann Lee", a.byline)'
else
  echo "install check: luarocks missing (apt-get install luarocks)"; exit 1
fi
echo "install check: passed"
