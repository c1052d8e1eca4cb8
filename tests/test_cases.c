/* The case tables of tests/cases/ (also read by tests/lua/cases_spec.lua):
 * one row per case, expectations written by hand. */
#include <time.h>

#include "helpers.h"

#define MAXF 8

/* Split line (modified in place) at tabs; returns the number of fields. */
static size_t S_fields(char *line, char **f) {
  size_t n = 0;
  f[n++] = line;
  for (char *p = line; *p && n < MAXF; p++)
    if (*p == '\t') {
      *p = 0;
      f[n++] = p + 1;
    }
  return n;
}

/* "\n" in a table's text is a line break. */
static void S_unescape(char *s) {
  char *o = s;
  for (char *p = s; *p; p++) {
    if (p[0] == '\\' && p[1] == 'n') {
      *o++ = '\n';
      p++;
    } else {
      *o++ = *p;
    }
  }
  *o = 0;
}

/* The next " || "-separated item of *s (NUL-terminated in place), or NULL. */
static char *S_item(char **s) {
  if (!*s) return NULL;
  char *r = *s, *sep = strstr(r, " || ");
  if (sep) {
    *sep = 0;
    *s = sep + 4;
  } else {
    *s = NULL;
  }
  return r;
}

static char *S_trim(char *s) {
  while (*s == ' ') s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ') s[--n] = 0;
  return s;
}

/* Call fn on every row of a table. */
static void S_rows(const char *path, size_t want_fields,
                   void (*fn)(char **f, size_t n, size_t line)) {
  size_t len;
  char *buf = t_read(path, &len);
  size_t rows = 0, line = 0;
  for (char *p = buf, *nl; p && *p; p = nl ? nl + 1 : NULL) {
    nl = strchr(p, '\n');
    if (nl) *nl = 0;
    line++;
    if (*p == '#' || *p == 0) continue;
    char *f[MAXF];
    size_t n = S_fields(p, f);
    cr_assert_geq(n, want_fields, "%s:%zu: %zu fields", path, line, n);
    fn(f, n, line);
    rows++;
  }
  cr_assert_gt(rows, 0, "%s: no cases", path);
  free(buf);
}

/* ==== Sentences ========================================================= */
static void S_sentence_row(char **f, size_t nf, size_t line) {
  S_unescape(f[1]);
  lede_article *a = t_parse(f[1]);
  char *want = f[2], *parts = nf > 3 ? f[3] : NULL, *w;
  size_t i = 0, n = lede_sentence_count(a);
  while ((w = S_item(&want)) != NULL) {
    cr_expect_lt(i, n, "sentences.tsv:%zu (%s): only %zu sentences", line,
                 f[0], n);
    if (i >= n) break;
    char *got = t_str(a, lede_sentence_span(a, i));
    cr_expect_str_eq(got, w, "sentences.tsv:%zu (%s): sentence %zu is [%s]",
                     line, f[0], i + 1, got);
    free(got);
    if (parts) {
      char *p = S_trim(S_item(&parts));
      const char *gp = lede_part_name(
          lede_block_part(a, lede_sentence_block(a, i)));
      cr_expect_str_eq(gp, p, "sentences.tsv:%zu (%s): part of sentence %zu is %s",
                       line, f[0], i + 1, gp);
    }
    i++;
  }
  cr_expect_eq(i, n, "sentences.tsv:%zu (%s): %zu sentences, want %zu", line,
               f[0], n, i);
  lede_article_free(a);
}

Test(cases, sentences) {
  S_rows("tests/cases/sentences.tsv", 3, S_sentence_row);
}

/* ==== Dates ============================================================= */
static void S_date_row(char **f, size_t nf, size_t line) {
  (void)nf;
  S_unescape(f[3]);
  lede_options o = {0};
  if (strcmp(f[1], "-")) o.published = f[1];
  if (!strcmp(f[2], "date_order=mdy")) o.date_order = LEDE_DATE_ORDER_MDY;
  else if (!strcmp(f[2], "date_order=dmy")) o.date_order = LEDE_DATE_ORDER_DMY;
  else cr_assert_str_eq(f[2], "-", "dates.tsv:%zu: options", line);
  lede_article *a = NULL;
  cr_assert_eq(lede_parse(f[3], strlen(f[3]), &o, &a), LEDE_OK);
  cr_assert_null(lede_check(a));
  const char *text = lede_text(a, NULL);
  char *want = f[4], *item;
  while ((item = S_item(&want)) != NULL) {
    item = S_trim(item);
    if (item[0] == '!') {
      /* No expression may overlap the first occurrence of this text. */
      const char *at = strstr(text, item + 1);
      cr_assert_not_null(at, "dates.tsv:%zu: \"%s\" not in text", line, item + 1);
      size_t s = (size_t)(at - text), e = s + strlen(item + 1);
      for (size_t i = 0; i < lede_date_count(a); i++) {
        lede_span d = lede_date_span(a, i);
        cr_expect(d.end <= s || d.start >= e,
                  "dates.tsv:%zu (%s): a date overlaps \"%s\"", line, f[0],
                  item + 1);
      }
      continue;
    }
    char *bar1 = strchr(item, '|'), *bar2 = bar1 ? strchr(bar1 + 1, '|') : NULL;
    cr_assert(bar1 && bar2, "dates.tsv:%zu: bad item \"%s\"", line, item);
    *bar1 = *bar2 = 0;
    char *span = S_trim(item), *type = S_trim(bar1 + 1), *value = S_trim(bar2 + 1);
    size_t k = LEDE_NONE;
    for (size_t i = 0; i < lede_date_count(a) && k == LEDE_NONE; i++) {
      lede_span d = lede_date_span(a, i);
      if (d.end - d.start == strlen(span) &&
          !memcmp(text + d.start, span, d.end - d.start))
        k = i;
    }
    if (k == LEDE_NONE) {
      fprintf(stderr, "dates.tsv:%zu: found:", line);
      for (size_t i = 0; i < lede_date_count(a); i++) {
        char *s = t_str(a, lede_date_span(a, i));
        fprintf(stderr, " [%s %s]", s,
                lede_date_value(a, i) ? lede_date_value(a, i) : "-");
        free(s);
      }
      fprintf(stderr, "\n");
    }
    cr_expect_neq(k, LEDE_NONE, "dates.tsv:%zu (%s): no \"%s\"", line, f[0], span);
    if (k == LEDE_NONE) continue;
    const char *ty = lede_date_type_name(lede_date_type_of(a, k));
    cr_expect_str_eq(ty, type, "dates.tsv:%zu (%s): type of \"%s\" is %s", line,
                     f[0], span, ty);
    const char *v = lede_date_value(a, k);
    cr_expect_str_eq(v ? v : "-", value,
                     "dates.tsv:%zu (%s): value of \"%s\" is %s", line, f[0],
                     span, v ? v : "-");
  }
  lede_article_free(a);
}

Test(cases, dates) { S_rows("tests/cases/dates.tsv", 5, S_date_row); }

/* ==== Linearity ========================================================= */
/* The patterns behind these cases look ahead and back a bounded way:
 * twenty times the input takes about twenty times the time. */
static double S_per_unit(const char *unit, size_t n) {
  size_t ul = strlen(unit), len = 7 + ul * n;
  char *buf = malloc(len + 1);
  cr_assert_not_null(buf);
  memcpy(buf, "Title\n\n", 7);
  for (size_t i = 0; i < n; i++) memcpy(buf + 7 + i * ul, unit, ul);
  buf[len] = 0;
  clock_t t0 = clock();
  lede_options o = {0};
  o.published = "2024-03-13";
  lede_article *a = NULL;
  cr_assert_eq(lede_parse(buf, len, &o, &a), LEDE_OK);
  double per = (double)(clock() - t0) / (double)n;
  cr_assert_null(lede_check(a));
  lede_article_free(a);
  free(buf);
  return per;
}

Test(cases, pathological_is_linear) {
  static const char *const units[] = {
      ":",        "Image:",       "at 5 p.m. Dr ", "1. a 2. b ",
      "a. ",      "[1]",          ". . ",          "-- wow! ",
      "4-19 ",    "Mar 3 - ",     "June 2 and ",   "the day before the ",
      "two days after ", "1:15-2:45pm ", "6 and ",  "Friday of ",
      "2014-2015 ", "'98 ",       "the weeks before "};
  for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
    /* The best of a few runs: one run on a loaded machine can be slowed
     * several times over by others, and a small one is over in a
     * millisecond. */
    double small = S_per_unit(units[u], 5000), big = S_per_unit(units[u], 100000);
    for (int r = 0; r < 2; r++) {
      double s = S_per_unit(units[u], 5000);
      if (s < small) small = s;
    }
    double b = S_per_unit(units[u], 100000);
    if (b < big) big = b;
    /* Work growing with the square of the size grows twentyfold per
     * unit here; eight leaves room for a cold cache and a busy machine. */
    cr_expect(big < small * 8 + 1e-6, "\"%s\": per-unit time grew %g -> %g",
              units[u], small, big);
  }
}
