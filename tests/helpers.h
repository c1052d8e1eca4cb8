/* Shared by the Criterion tests: load articles, compare spans. */
#ifndef LEDE_TEST_HELPERS_H
#define LEDE_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"

/* Read a whole file (tests run from the top of the tree). */
static inline char *t_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  cr_assert_not_null(buf);
  cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  buf[n] = '\0';
  *len = (size_t)n;
  return buf;
}

/* The test articles of tests/articles and the reference article: real
 * layouts for tests that compare a fast way with a slow one. */
static const char *const t_articles[] = {
    "tests/articles/ap-storm.txt",         "tests/articles/boiler-cookies.txt",
    "tests/articles/captions-mid.txt",     "tests/articles/cr-press.txt",
    "tests/articles/crlf-staff.txt",       "tests/articles/german-dpa.txt",
    "tests/articles/guardian-british.txt", "tests/articles/lemonde-fr.txt",
    "tests/articles/nohead-dateline.txt",  "tests/articles/related-india.txt",
    "tests/articles/reuters-wire.txt",     "tests/articles/two-bylines.txt",
    "tests/articles/wrapped-plain.txt",
    "examples/articles/bajwa-bahrain-2021-03-10.txt"};
#define T_NARTICLES (sizeof t_articles / sizeof *t_articles)

/* Parse a NUL-terminated string; fail the test on error or broken
 * invariants. */
static inline lede_article *t_parse_opt(const char *s, size_t len,
                                        const char *published) {
  lede_options o = {0};
  o.published = published;
  lede_article *a = NULL;
  lede_status st = lede_parse(s, len, &o, &a);
  cr_assert_eq(st, LEDE_OK, "lede_parse: %s", lede_strerror(st));
  const char *bad = lede_check(a);
  cr_assert_null(bad, "invariant broken: %s", bad ? bad : "");
  return a;
}

static inline lede_article *t_parse(const char *s) {
  return t_parse_opt(s, strlen(s), NULL);
}

static inline lede_article *t_parse_file(const char *path) {
  size_t len;
  char *buf = t_read(path, &len);
  lede_article *a = t_parse_opt(buf, len, NULL);
  free(buf);
  return a;
}

/* Index of the quote whose content starts with `start`, or -1. */
static inline long t_find(const lede_article *a, const char *start) {
  const char *text = lede_text(a, NULL);
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s = lede_quote_span(a, i);
    if (s.end - s.start >= strlen(start) &&
        strncmp(text + s.start, start, strlen(start)) == 0)
      return (long)i;
  }
  return -1;
}

/* The text of a span, as a malloc'd string (freed by the caller). */
static inline char *t_str(const lede_article *a, lede_span s) {
  const char *text = lede_text(a, NULL);
  char *r = malloc(s.end - s.start + 1);
  memcpy(r, text + s.start, s.end - s.start);
  r[s.end - s.start] = '\0';
  return r;
}

/* Assert that span s of article a reads exactly `want`. */
#define t_assert_span(a, s, want)                                          \
  do {                                                                     \
    char *got_ = t_str((a), (s));                                          \
    cr_assert_str_eq(got_, (want));                                        \
    free(got_);                                                            \
  } while (0)

/* Assert that the span starts with `want`. */
#define t_assert_span_starts(a, s, want)                                   \
  do {                                                                     \
    char *got_ = t_str((a), (s));                                          \
    cr_assert(strncmp(got_, (want), strlen(want)) == 0,                    \
              "expected \"%s...\", got \"%s\"", (want), got_);             \
    free(got_);                                                            \
  } while (0)

/* The quote whose content starts with `start`, asserting its speaker and
 * cue as written; returns its index. */
static inline size_t t_said(const lede_article *a, const char *start,
                            const char *speaker, const char *cue) {
  long i = t_find(a, start);
  cr_assert_geq(i, 0, "no quote starting \"%s\"", start);
  size_t k = (size_t)i;
  lede_span s;
  cr_assert(lede_quote_speaker(a, k, &s), "no speaker for \"%s\"", start);
  t_assert_span(a, s, speaker);
  cr_assert(lede_quote_cue(a, k, &s), "no cue for \"%s\"", start);
  t_assert_span(a, s, cue);
  return k;
}

#endif
