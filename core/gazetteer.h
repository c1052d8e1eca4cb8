/* Place names, demonyms, first names and common words, generated into
 * core/gazetteer_data.c by tools/gen_gazetteer.js (sources credited there). */
#ifndef LEDE_GAZETTEER_H
#define LEDE_GAZETTEER_H
#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

enum {
  LEDE__GAZ_COUNTRY,
  LEDE__GAZ_SUBDIVISION,
  LEDE__GAZ_CITY,
  LEDE__GAZ_DEMONYM /* "Afghan", "Russians": a country's people */
};
enum {
  LEDE__GAZ_AMBIG = 1,   /* also an English word: needs a capital mid-sentence */
  LEDE__GAZ_CAPITAL = 2, /* a national capital */
  LEDE__GAZ_CODE = 4     /* an all-capital short form (US, UK, UAE) */
};

typedef struct {
  const char *key; /* lower case, single spaces, ' for apostrophes */
  uint16_t country; /* index into lede__gaz_countries */
  uint8_t kind, flags;
} lede__gaz_entry;

extern const char *const lede__gaz_countries[];
extern const size_t lede__gaz_ncountries;
extern const lede__gaz_entry lede__gaz[]; /* sorted by key (bytes) */
extern const size_t lede__gaz_n;
extern const lede__lexicon lede__gaz_first_names;
extern const lede__lexicon lede__gaz_common_words;
extern const lede__lexicon lede__gaz_top_words;

/* The entry whose key is s[0..n) (ASCII case-insensitive), or NULL. */
const lede__gaz_entry *lede__gaz_find(const char *s, size_t n);

#endif
