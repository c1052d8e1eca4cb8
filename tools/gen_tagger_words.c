/* Make the entries of the tagger's frequent word forms (core/tagger.h)
 * with the tagger's own code, as C:
 *
 *   gen_tagger_words tagger_forms.txt > tagger_words.c
 *
 * The forms are unpack_tagger --forms's lines (the model's), then forms
 * news writes as often that the training text lacks (S_more). Run by the
 * build, linked with the library's objects but for the tables it writes,
 * which it defines empty here: while it runs, no word is frequent. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "lexicon.h"
#include "tagger.h"

const lede__tgword lede__tagger_gw[1];
const uint32_t lede__tagger_wslot[LEDE__TG_NWSLOTS];

static uint32_t S_slot[LEDE__TG_NWSLOTS];
static uint64_t S_key[LEDE__TG_NWMAX];
static size_t S_nw;

static void S_row(const lede__tgrow *r) {
  printf("{{");
  for (int j = 0; j < LEDE__TG_NT; j++) printf("%d%s", r->w[j], j + 1 < LEDE__TG_NT ? "," : "},");
  printf("%u}", r->mult);
}

static void S_sums(const int32_t *v) {
  printf("{");
  for (int j = 0; j < LEDE__TG_NT; j++) printf("%ld%s", (long)v[j], j + 1 < LEDE__TG_NT ? "," : "}");
}

/* The entry of form s[0..n) of a token with flags, unless one of the
 * same key is made already. */
static void S_add(const char *s, size_t n, uint32_t flags) {
  if (!n || n > LEDE__TG_FORMMAX) return;
  uint64_t h = lede__tag_word_key(s, n, flags);
  size_t k = lede__tag_wslot(h);
  for (; S_slot[k]; k = (k + 1) & (LEDE__TG_NWSLOTS - 1))
    if (S_key[(S_slot[k] & 0xffff) - 1] == h) return;
  if (S_nw == LEDE__TG_NWMAX) {
    fprintf(stderr, "gen_tagger_words: more than %d forms\n", LEDE__TG_NWMAX);
    exit(1);
  }
  lede__tgword e;
  lede__tag_word_entry(s, n, flags, &e);
  S_key[S_nw] = h;
  S_slot[k] = (uint32_t)(S_nw + 1) | (uint32_t)(h >> 48) << 16;
  printf("{%luu,%u,0,%d,%luu,%d,", (unsigned long)e.klo, (unsigned)e.kmid, e.multi,
         (unsigned long)e.lex, e.gaz);
  S_row(&e.v3);
  printf(",");
  S_row(&e.v4);
  printf(",");
  S_sums(e.v1);
  printf(",");
  S_sums(e.v2);
  printf(",");
  S_sums(e.v0);
  printf("},\n");
  S_nw++;
}

/* Whether s[0..n) is letters a to z only. */
static int S_az(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < 'a' || s[i] > 'z') return 0;
  return n > 0;
}

/* Word s[0..n) of letters a to z, capitalized, and if low as written
 * (a token's flags as the tokenizer gives them). */
static void S_add_case(const char *s, size_t n, int low) {
  char c[LEDE__TG_FORMMAX];
  if (!S_az(s, n) || n > sizeof c) return;
  if (low) S_add(s, n, LEDE__T_WORD);
  memcpy(c, s, n);
  c[0] = (char)(c[0] - 'a' + 'A');
  S_add(c, n, LEDE__T_WORD | LEDE__T_CAP);
}

static void S_add_cases(const char *s, size_t n) { S_add_case(s, n, 1); }

/* A model form again with its apostrophes, quotation marks and dashes
 * as news types them: ' as U+2019, a lone ' as U+2018 and U+2019, a lone
 * " as U+201C and U+201D, a lone - as U+2013 and U+2014. */
static void S_add_curly(const char *s, size_t n, uint32_t flags) {
  if (n == 1 && (s[0] == '"' || s[0] == '\'')) {
    S_add(s[0] == '"' ? "\xe2\x80\x9c" : "\xe2\x80\x98", 3, flags);
    S_add(s[0] == '"' ? "\xe2\x80\x9d" : "\xe2\x80\x99", 3, flags);
    return;
  }
  if (n == 1 && s[0] == '-') {
    S_add("\xe2\x80\x93", 3, flags);
    S_add("\xe2\x80\x94", 3, flags);
    return;
  }
  char c[3 * LEDE__TG_FORMMAX];
  size_t m = 0;
  int any = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\'') {
      memcpy(c + m, "\xe2\x80\x99", 3);
      m += 3;
      any = 1;
    } else {
      c[m++] = s[i];
    }
  }
  if (any) S_add(c, m, flags);
}

/* Each word of s (words apart by spaces), as S_add_case adds it. */
static void S_add_words(const char *s, int low) {
  for (const char *p = s; *p;) {
    size_t k = strcspn(p, " ");
    S_add_case(p, k, low);
    p += k;
    p += *p == ' ';
  }
}

/* Form s[0..n) of a token with flags in capitals into c, if it is a word
 * of two letters or more, in lower case or capitalized: 1, else 0. */
static int S_upper(const char *s, size_t n, uint32_t flags, char *c) {
  if ((flags != LEDE__T_WORD && flags != (LEDE__T_WORD | LEDE__T_CAP)) || n < 2 ||
      n > LEDE__TG_FORMMAX)
    return 0;
  for (size_t b = 0; b < n; b++) {
    char ch = s[b];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return 0;
    c[b] = ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch;
  }
  return 1;
}

/* The model's forms, and then S_more. */
typedef struct {
  char s[LEDE__TG_FORMMAX];
  size_t n;
  uint32_t flags;
} S_form;

/* Forms news writes often that the training text (Reuters, 1996, its
 * tokens split as the tokenizer did not) lacks: the possessive the
 * tokenizer splits off ("Bahrain" "'s", with either apostrophe); the
 * contractions it keeps whole; years; the model's forms typed with curly
 * apostrophes, quotation marks and dashes; its words in lower case
 * capitalized, as a sentence opens with them, and its thousand commonest
 * in capitals, as a headline writes them; the commonest English words
 * (the gazetteer's lists) in either case; the words of the gazetteer's
 * countries, their regions and peoples, capitalized; the words of the
 * lists the tagger reads, and of the first names', in either case. */
static void S_more(const S_form *f, size_t nf) {
  static const char *const poss[] = {"'s", "'S", "\xe2\x80\x99s", "\xe2\x80\x99S"};
  for (size_t i = 0; i < sizeof poss / sizeof *poss; i++) S_add(poss[i], strlen(poss[i]), LEDE__T_WORD);
  /* (the training text split them: "do n't") */
  static const char *const con[] = {
      "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "weren't",
      "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "ain't", "i'm",
      "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "they're", "they've",
      "they'll", "they'd", "you're", "you've", "you'll", "you'd", "it's", "that's",
      "there's", "he's", "she's", "what's", "let's", "who's", "he'd", "she'd", "he'll",
      "she'll", "it'll"};
  for (size_t i = 0; i < sizeof con / sizeof *con; i++) {
    size_t n = strlen(con[i]);
    char c[LEDE__TG_FORMMAX];
    memcpy(c, con[i], n);
    for (int cap = 0; cap < 2; cap++) {
      c[0] = cap ? (char)(con[i][0] - 'a' + 'A') : con[i][0];
      uint32_t fl = LEDE__T_WORD | (cap ? LEDE__T_CAP : 0);
      S_add(c, n, fl);
      S_add_curly(c, n, fl);
    }
  }
  for (int y = 1900; y < 2040; y++) {
    char c[12];
    snprintf(c, sizeof c, "%d", y);
    S_add(c, 4, LEDE__T_WORD | LEDE__T_NUM);
  }
  for (size_t i = 0; i < nf; i++) S_add_curly(f[i].s, f[i].n, f[i].flags);
  for (size_t i = 0; i < nf; i++)
    if (f[i].flags == LEDE__T_WORD) S_add_cases(f[i].s, f[i].n);
  for (size_t i = 0; i < nf && i < 1000; i++) {
    char c[LEDE__TG_FORMMAX];
    if (S_upper(f[i].s, f[i].n, f[i].flags, c)) S_add(c, f[i].n, LEDE__T_WORD | LEDE__T_CAP | LEDE__T_UPPER);
  }
  for (size_t i = 0; i < lede__gaz_top_words.n; i++)
    S_add_cases(lede__gaz_top_words.words[i], strlen(lede__gaz_top_words.words[i]));
  for (size_t i = 0; i < lede__gaz_common_words.n; i++)
    S_add_cases(lede__gaz_common_words.words[i], strlen(lede__gaz_common_words.words[i]));
  for (size_t i = 0; i < lede__gaz_n; i++)
    if (lede__gaz[i].kind != LEDE__GAZ_CITY) S_add_words(lede__gaz[i].key, 0);
  const lede__lexicon *names[] = {&lede__lex_first_names_male, &lede__lex_first_names_female};
  for (size_t l = 0; l < 2 + LEDE__TG_NLISTS - LEDE__TG_OWN_LISTS; l++) {
    const lede__lexicon *lx = l < 2 ? names[l] : lede__tag_lists[LEDE__TG_OWN_LISTS + l - 2];
    for (size_t i = 0; i < lx->n; i++) S_add_words(lx->words[i], 1);
  }
}

int main(int argc, char **argv) {
  static S_form f[LEDE__TG_NWMAX];
  size_t nf = 0;
  FILE *in = argc == 2 ? fopen(argv[1], "r") : NULL;
  if (!in) {
    fprintf(stderr, "usage: gen_tagger_words FORMS > C\n");
    return 1;
  }
  unsigned long flags;
  size_t n;
  while (fscanf(in, "%lu %zu", &flags, &n) == 2) {
    /* the form's bytes, two hex digits each, after one space */
    int ok = n && n <= LEDE__TG_FORMMAX && nf < LEDE__TG_NWMAX && getc(in) == ' ';
    for (size_t b = 0; ok && b < n; b++) {
      char d[3] = {0};
      unsigned x;
      ok = fread(d, 1, 2, in) == 2 && isxdigit((unsigned char)d[0]) &&
           isxdigit((unsigned char)d[1]) && sscanf(d, "%2x", &x) == 1;
      f[nf].s[b] = ok ? (char)x : 0;
    }
    int c = ok ? getc(in) : 0;
    if (!ok || (c != '\n' && c != EOF)) {
      fprintf(stderr, "gen_tagger_words: a bad form, or too many\n");
      return 1;
    }
    f[nf].n = n;
    f[nf++].flags = (uint32_t)flags;
  }
  fclose(in);
  printf("/* Generated by tools/gen_tagger_words.c from core/tagger_weights.c at\n"
         " * build time; do not edit. */\n"
         "#include \"tagger.h\"\n"
         "const lede__tgword lede__tagger_gw[] = {\n");
  for (size_t i = 0; i < nf; i++) S_add(f[i].s, f[i].n, f[i].flags);
  S_more(f, nf);
  if (!S_nw) printf("{0}\n");
  printf("};\nconst uint32_t lede__tagger_wslot[LEDE__TG_NWSLOTS] = {\n");
  for (size_t k = 0; k < LEDE__TG_NWSLOTS; k++)
    printf("%lu%s", (unsigned long)S_slot[k], k % 8 == 7 ? ",\n" : ",");
  printf("};\n");
  return fflush(stdout) != 0 || ferror(stdout);
}
