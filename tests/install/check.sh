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
make -s uninstall DESTDIR="$tmp" PREFIX="$prefix" >/dev/null
left=$(find "$tmp$prefix" \( -type f -o -type l \) | wc -l)
[ "$left" -eq 0 ] || { echo "uninstall left $left files"; exit 1; }
echo "install check: passed"
