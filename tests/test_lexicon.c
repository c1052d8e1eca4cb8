/* The word hash (core/lexicon_hash.c) against the lists it is made from:
 * every entry is found, in any ASCII case, in exactly its own lists, and
 * a word of real text is found where a plain search of the list finds
 * it. Catches a hash left stale by a list or gazetteer change. */
#include <ctype.h>

#include "gazetteer.h"
#include "helpers.h"
#include "lexicon.h"

static const lede__lexicon *const S_lists[] = {
    &lede__lex_titles,        &lede__lex_roles,        &lede__lex_speech_verbs,
    &lede__lex_organizations, &lede__lex_weekdays,     &lede__lex_abbrev_title,
    &lede__lex_quote_pronouns, &lede__lex_date_tz,     &lede__lex_time_words,
    &lede__gaz_first_names,   &lede__gaz_common_words, &lede__gaz_top_words,
    /* the quotes stage's closed classes of function words */
    &lede__lex_quote_coordinators, &lede__lex_quote_copulas,
    &lede__lex_quote_degree_words, &lede__lex_quote_found_quantifiers,
    &lede__lex_quote_participle_links, &lede__lex_quote_relatives,
    &lede__lex_quote_time_conjunctions, &lede__lex_quote_wh_words,
    &lede__lex_quote_possessives, &lede__lex_quote_noun_preps,
    &lede__lex_quote_adjective_preps,
    /* the dates stage's, some with ids past 128 (their bits in
     * lede__word_more: lists_past_128_are_tested), some with a word not
     * ASCII */
    &lede__lex_date_year_not_before, &lede__lex_date_current_determiners,
    &lede__lex_date_function_words, &lede__lex_date_plan_aux};
#define NLISTS (sizeof S_lists / sizeof *S_lists)

Test(lexicon, lists_past_128_are_tested) {
  size_t past = 0;
  for (size_t l = 0; l < NLISTS; l++) past += lede__lex_id(S_lists[l]) > 128;
  cr_assert_gt(past, 0, "no list above has an id past 128: add one");
}

/* A plain search: s[0..n) ASCII case-folded equals an entry. */
static int S_plain(const lede__lexicon *lx, const char *s, size_t n) {
  for (size_t i = 0; i < lx->n; i++) {
    const char *w = lx->words[i];
    if (strlen(w) != n) continue;
    size_t k = 0;
    while (k < n && tolower((unsigned char)s[k]) == (unsigned char)w[k]) k++;
    if (k == n) return 1;
  }
  return 0;
}

Test(lexicon, every_entry_in_any_case) {
  char up[256];
  for (size_t l = 0; l < NLISTS; l++) {
    const lede__lexicon *lx = S_lists[l];
    for (size_t i = 0; i < lx->n; i++) {
      const char *w = lx->words[i];
      size_t n = strlen(w);
      cr_assert(lede__lex_has(lx, w, n), "list %zu lost \"%s\"", l, w);
      if (n >= sizeof up) continue;
      for (size_t k = 0; k < n; k++) up[k] = (char)toupper((unsigned char)w[k]);
      cr_assert(lede__lex_has(lx, up, n), "list %zu lost \"%.*s\"", l, (int)n, up);
      /* one byte short is a different word (unless that is listed too) */
      if (n > 1)
        cr_assert_eq(lede__lex_has(lx, w, n - 1), S_plain(lx, w, n - 1));
    }
  }
}

/* The inline filter of a list (lede__lex_maybe: its lengths by first byte)
 * passes each entry, in lower and upper case, and a word of another
 * first byte's row is not let through by it alone. */
Test(lexicon, filter_passes_every_entry_in_any_case) {
  char up[256];
  size_t shut = 0;
  /* (and a list with entries of 32 bytes or more: their lengths are
   * read modulo 32) */
  for (size_t l = 0; l <= NLISTS; l++) {
    const lede__lexicon *lx = l < NLISTS ? S_lists[l] : &lede__lex_boilerplate;
    if (!lx->id) continue;
    for (size_t i = 0; i < lx->n; i++) {
      const char *w = lx->words[i];
      size_t n = strlen(w);
      cr_assert(lede__lex_maybe(lx, w, n), "list %zu shut \"%s\"", l, w);
      cr_assert(lede__lex_maybe_id1(lx->id, w, n), "list %zu shut \"%s\"",
                l, w);
      if (n >= sizeof up) continue;
      for (size_t k = 0; k < n; k++) up[k] = (char)toupper((unsigned char)w[k]);
      cr_assert(lede__lex_maybe(lx, up, n), "list %zu shut \"%.*s\"", l,
                (int)n, up);
      cr_assert(lede__lex_maybe_id1(lx->id, up, n), "list %zu shut \"%.*s\"",
                l, (int)n, up);
      /* (a byte no entry opens with, at the same length) */
      up[0] = '\x7f';
      shut += !lede__lex_maybe(lx, up, n);
    }
  }
  cr_assert_gt(shut, 0); /* the filter does say no */
}

Test(lexicon, words_of_real_text_agree_with_a_plain_search) {
  size_t len;
  char *t = t_read("examples/articles/bajwa-bahrain-2021-03-10.txt", &len);
  size_t words = 0, hits = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && !isalnum((unsigned char)t[i])) i++;
    size_t s = i;
    while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '.' ||
                       (unsigned char)t[i] >= 0x80))
      i++;
    if (i == s) continue;
    words++;
    for (size_t l = 0; l < NLISTS; l++) {
      int want = S_plain(S_lists[l], t + s, i - s);
      hits += (size_t)want;
      cr_assert_eq(lede__lex_has(S_lists[l], t + s, i - s), want,
                   "list %zu, \"%.*s\"", l, (int)(i - s), t + s);
    }
  }
  cr_assert_gt(words, 200);
  cr_assert_gt(hits, 20); /* the text does use the lists */
  free(t);
}

Test(lexicon, place_keys_match_byte_for_byte) {
  for (size_t i = 0; i < lede__gaz_n; i++) {
    const char *k = lede__gaz[i].key;
    cr_assert_eq(lede__gaz_find(k, strlen(k)), &lede__gaz[i], "\"%s\"", k);
  }
  const lede__gaz_entry *g = lede__gaz_find("paris", 5);
  cr_assert_not_null(g);
  cr_assert_eq(g->kind, LEDE__GAZ_CITY);
  cr_assert_null(lede__gaz_find("Paris", 5)); /* keys are lower case */
  cr_assert_null(lede__gaz_find("pari", 4));
  cr_assert_null(lede__gaz_find("parisx", 6));
  cr_assert_null(lede__gaz_find("", 0));
}

Test(lexicon, not_words) {
  static const char nul[] = "said\0x";
  cr_assert(lede__lex_has(&lede__lex_speech_verbs, "said say", 8));
  cr_assert_not(lede__lex_has(&lede__lex_weekdays, nul, 6));
  cr_assert_not(lede__lex_has(&lede__lex_weekdays, "", 0));
  cr_assert(lede__lex_has(&lede__lex_weekdays, "MONDAY", 6));
  cr_assert_not(lede__lex_has(&lede__lex_weekdays, "mondays!", 8));
  cr_assert_null(lede__word_find("\xff\xfe", 2));
}

/* Does an entry of the places, organizations, agencies, regions or
 * groups open with w[0..n) and a space? A plain scan. */
static int S_plain_opens(const char *w, size_t n) {
  for (size_t i = 0; i < lede__gaz_n; i++) {
    const char *k = lede__gaz[i].key;
    if (strncmp(k, w, n) == 0 && k[n] == ' ') return 1;
  }
  const lede__lexicon *ls[] = {&lede__lex_organizations, &lede__lex_agencies,
                               &lede__lex_regions, &lede__lex_groups};
  for (size_t l = 0; l < 4; l++)
    for (size_t i = 0; i < ls[l]->n; i++) {
      const char *k = ls[l]->words[i];
      if (strncmp(k, w, n) == 0 && k[n] == ' ') return 1;
    }
  return 0;
}

static int S_opens_bit(const char *w, size_t n) {
  const lede__word *e = lede__word_find(w, n);
  const unsigned id = LEDE__LEX_ID_MULTI_FIRST - 1;
  return e && (int)(e->lists[id / 64] >> (id % 64) & 1);
}

Test(lexicon, first_words_of_names_of_several_words) {
  cr_assert(S_opens_bit("new", 3));    /* New York */
  cr_assert(S_opens_bit("los", 3));    /* Los Angeles */
  cr_assert_not(S_opens_bit("york", 4)); /* ends them, opens none */
  cr_assert_not(S_opens_bit("said", 4));
  /* every word of a real text, lower case, against a plain scan */
  size_t len;
  char *t = t_read("examples/articles/bajwa-bahrain-2021-03-10.txt", &len);
  char low[64];
  size_t opens = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && !isalnum((unsigned char)t[i])) i++;
    size_t s = i;
    while (i < len && isalnum((unsigned char)t[i])) i++;
    if (i == s || i - s >= sizeof low) continue;
    for (size_t k = s; k < i; k++) low[k - s] = (char)tolower((unsigned char)t[k]);
    int want = S_plain_opens(low, i - s);
    opens += (size_t)want;
    cr_assert_eq(S_opens_bit(low, i - s), want, "\"%.*s\"", (int)(i - s), low);
  }
  cr_assert_gt(opens, 5);
  free(t);
}
