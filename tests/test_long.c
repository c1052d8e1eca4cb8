/* Long inputs: many invented articles joined into one text of 1, 10 and
 * (in a build without sanitizers) 50 MB, parsed with the invariant
 * checker. The articles are made to stress the maps that group mentions:
 * many people sharing few surnames, acronyms defined twice and three
 * times for different bodies, one name used for a person and for a firm,
 * quotes with speakers, and dates of several forms. */
#include <stdarg.h>
#include <stdint.h>

#include "helpers.h"

static uint64_t S_rand(uint64_t *x) {
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 0x2545F4914F6CDD1DULL;
}

#define PICK(x, arr) (arr[S_rand(x) % (sizeof arr / sizeof *arr)])

static const char *const FIRST[] = {
    "Amara", "Tobias", "Keziah", "Rufus", "Ilse", "Obinna", "Marisol",
    "Petra", "Dorian", "Fenna", "Lucan", "Yara", "Cosmo", "Wren", "Ansel",
    "Noor", "Bertil", "Zainab", "Idris", "Maelle", "Osric", "Tamsin",
    "Hollis", "Eshe", "Quentin", "Saoirse", "Vidar", "Leontyne"};
/* Few surnames: many people share one. */
static const char *const LAST[] = {"Okoye", "Vantongeren", "Maalouf",
                                   "Strand", "Bellweather", "Quaresma"};
/* Bodies whose initials collide: one acronym stands for two or three. */
static const struct {
  const char *name, *acr;
} ORGS[] = {
    {"Lake Basin Port Authority", "LBPA"},
    {"Lower Bay Planning Agency", "LBPA"},
    {"Long Beach Pilots Association", "LBPA"},
    {"National Grain Reserve", "NGR"},
    {"Northern Gas Regulator", "NGR"},
    {"Coastal Fisheries Council", "CFC"},
    {"Civic Finance Commission", "CFC"},
    {"Central Freight Cooperative", "CFC"},
    {"Meridian Water Trust", "MWT"},
};
/* Surnames that are also firms: "Okoye Holdings", "Strand Group". */
static const char *const FIRM_SUFFIX[] = {"Holdings", "Group", "Partners",
                                          "Logistics"};
static const char *const PLACES[] = {"KISUMU", "TROMSO", "VALPARAISO",
                                     "GDANSK", "MOMBASA", "HALIFAX",
                                     "DARWIN", "TANGIER"};
static const char *const CUES[] = {"said", "told reporters", "warned",
                                   "added", "insisted"};
static const char *const ROLES[] = {"the port director", "a spokeswoman",
                                    "the chief engineer", "a board member",
                                    "the finance officer"};
static const char *const MONTHS[] = {"January", "March", "June", "August",
                                     "October", "December"};
static const char *const DAYS[] = {"Monday", "Tuesday", "Wednesday",
                                   "Thursday", "Friday"};
static const char *const THINGS[] = {
    "the dredging contract", "the new tariff", "the harbour expansion",
    "the grain shipments", "the pension reform", "the audit"};

typedef struct {
  char *p;
  size_t n, cap;
} S_buf;

static void S_add(S_buf *b, const char *s) {
  size_t n = strlen(s);
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 1 << 20;
    while (cap < b->n + n + 1) cap *= 2;
    b->p = realloc(b->p, cap);
    cr_assert_not_null(b->p);
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n + 1);
  b->n += n;
}

static void S_addf(S_buf *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  S_add(b, tmp);
}

/* One article; returns the number of direct quotes it holds. */
static int S_article(S_buf *b, uint64_t *x) {
  const char *f1 = PICK(x, FIRST), *l1 = PICK(x, LAST);
  const char *f2 = PICK(x, FIRST), *l2 = PICK(x, LAST);
  size_t o1 = S_rand(x) % (sizeof ORGS / sizeof *ORGS);
  size_t o2 = S_rand(x) % (sizeof ORGS / sizeof *ORGS);
  const char *thing = PICK(x, THINGS);
  int year = 2015 + (int)(S_rand(x) % 10), day = 1 + (int)(S_rand(x) % 28);
  const char *mon = PICK(x, MONTHS);
  int quotes = 0;
  S_addf(b, "%s says %s will go ahead\n\n", ORGS[o1].acr, thing);
  S_addf(b, "By %s %s\n\n", PICK(x, FIRST), PICK(x, LAST));
  S_addf(b, "%s, %s %d, %d - The %s (%s) on %s approved %s, %s %s, "
            "%s, %s.\n\n",
         PICK(x, PLACES), mon, day, year, ORGS[o1].name, ORGS[o1].acr,
         PICK(x, DAYS), thing, f1, l1, PICK(x, ROLES), PICK(x, CUES));
  S_addf(b, "\"We have waited %d years for this,\" %s said. \"The %s "
            "will not stop now.\"\n\n",
         2 + (int)(S_rand(x) % 9), l1, ORGS[o1].acr);
  quotes++;
  S_addf(b, "The %s (%s), which has opposed the plan since %s %d, said in "
            "a statement that it would appeal. %s %s of the %s told "
            "reporters the %s had not been consulted.\n\n",
         ORGS[o2].name, ORGS[o2].acr, PICK(x, MONTHS), year - 1, f2, l2,
         ORGS[o2].acr, ORGS[o1].acr);
  /* The surname as a firm's name. */
  S_addf(b, "%s %s, a contractor, won part of the work last month. "
            "\"Nobody at %s %s is related to %s %s,\" %s %s said on %s.\n\n",
         l1, PICK(x, FIRM_SUFFIX), l1, PICK(x, FIRM_SUFFIX), f1, l1,
         PICK(x, FIRST), l2, PICK(x, DAYS));
  quotes++;
  if (S_rand(x) % 2) {
    S_addf(b, "According to %s, the first phase will end by %s %d and "
              "cost about %d million. %s, who joined the %s three years "
              "ago, said the %s would publish its figures every quarter.\n\n",
           l2, PICK(x, MONTHS), year + 1, 10 + (int)(S_rand(x) % 90), l1,
           ORGS[o1].acr, ORGS[o1].acr);
  }
  S_add(b, "Photo: Harbour cranes at dawn. (Staff photographer)\n\n");
  return quotes;
}

static char *S_corpus(size_t target, uint64_t seed, size_t *len,
                      size_t *narticles, size_t *nquotes) {
  S_buf b = {0};
  uint64_t x = seed;
  *narticles = *nquotes = 0;
  while (b.n < target) {
    *nquotes += (size_t)S_article(&b, &x);
    ++*narticles;
  }
  *len = b.n;
  return b.p;
}

static void S_long(size_t mb) {
  size_t len, narts, nq;
  char *s = S_corpus(mb << 20, 0x51A7E5u + mb, &len, &narts, &nq);
  lede_article *a = t_parse_opt(s, len, "2021-03-10");
  size_t tl;
  const char *text = lede_text(a, &tl);
  cr_assert_eq(tl, len);
  cr_assert(memcmp(text, s, len) == 0, "%zu MB: text changed", mb);
  /* Each article has two quotation-mark quotes with a cue. */
  size_t direct = 0;
  for (size_t i = 0; i < lede_quote_count(a); i++)
    direct += lede_quote_kind_of(a, i) == LEDE_QUOTE_DIRECT;
  cr_assert_geq(direct, nq / 2, "%zu MB: %zu direct quotes of %zu", mb,
                direct, nq);
  /* Each acronym defined for several bodies: the names are entities; the
   * short forms never merge two bodies into one. */
  size_t e1 = lede_entity_find(a, "Lake Basin Port Authority", 25);
  size_t e2 = lede_entity_find(a, "Lower Bay Planning Agency", 25);
  cr_assert_neq(e1, LEDE_NONE);
  cr_assert_neq(e2, LEDE_NONE);
  cr_assert_neq(e1, e2, "%zu MB: two bodies merged by their acronym", mb);
  cr_assert_gt(lede_date_count(a), narts, "%zu MB: %zu dates for %zu "
               "articles", mb, lede_date_count(a), narts);
  lede_article_free(a);
  free(s);
}

Test(long_input, one_mb) { S_long(1); }
Test(long_input, ten_mb, .timeout = 300) { S_long(10); }

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define S_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define S_SANITIZED 1
#endif
#endif

#ifndef S_SANITIZED
/* 50 MB only without sanitizers: under ASan it would take minutes. */
Test(long_input, fifty_mb, .timeout = 300) { S_long(50); }
#endif
