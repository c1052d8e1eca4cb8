/* Any bytes are valid input: nothing crashes, the invariants hold, the text
 * comes back byte for byte, and big pathological inputs stay linear (each
 * big case here runs in well under a second; the tests assert no times).
 * Allocation failure is tested in test_allocfail.c. */
#include <stdint.h>

#include "helpers.h"

/* Parse, check the invariants, compare the text, walk every accessor. */
static void S_ok(const char *s, size_t len, const char *what) {
  lede_article *a = NULL;
  lede_status st = lede_parse(s, len, NULL, &a);
  cr_assert_eq(st, LEDE_OK, "%s: %s", what, lede_strerror(st));
  const char *bad = lede_check(a);
  cr_assert_null(bad, "%s: %s", what, bad ? bad : "");
  size_t tl;
  const char *text = lede_text(a, &tl);
  cr_assert_eq(tl, len, "%s: length changed", what);
  cr_assert(len == 0 || memcmp(text, s, len) == 0, "%s: text changed", what);
  cr_assert_eq(text[len], '\0', "%s: no NUL after the text", what);
  for (size_t i = 0; i < lede_block_count(a); i++) {
    lede_span b = lede_block_span(a, i);
    cr_assert(b.start < b.end && b.end <= len);
  }
  for (size_t i = 0; i < lede_sentence_count(a); i++) {
    lede_span sp = lede_sentence_span(a, i);
    cr_assert(sp.start < sp.end && sp.end <= len);
  }
  for (size_t i = 0; i < lede_author_count(a); i++)
    cr_assert(lede_author_span(a, i).end <= len);
  for (size_t i = 0; i < lede_caption_count(a); i++)
    cr_assert(lede_caption_span(a, i).end <= len);
  lede_span sp;
  for (int f = LEDE_FIELD_TITLE; f <= LEDE_FIELD_DATELINE; f++) {
    lede_field_span(a, (lede_field)f, &sp);
    cr_assert(sp.start <= sp.end && sp.end <= len);
  }
  lede_article_free(a);
}

static char *S_repeat(const char *unit, size_t times, size_t *len) {
  size_t ul = strlen(unit);
  char *buf = malloc(ul * times + 1);
  cr_assert_not_null(buf);
  for (size_t i = 0; i < times; i++) memcpy(buf + i * ul, unit, ul);
  buf[ul * times] = '\0';
  *len = ul * times;
  return buf;
}

Test(badinput, empty) {
  S_ok("", 0, "empty");
  lede_article *a = NULL;
  cr_assert_eq(lede_parse(NULL, 0, NULL, &a), LEDE_OK);
  cr_assert_eq(lede_block_count(a), 0);
  cr_assert_eq(lede_paragraph_count(a), 0);
  cr_assert_null(lede_published(a));
  lede_article_free(a);
}

Test(badinput, bad_arguments) {
  lede_article *a = (lede_article *)1;
  cr_assert_eq(lede_parse(NULL, 3, NULL, &a), LEDE_EINVAL);
  cr_assert_null(a);
  cr_assert_eq(lede_parse("x", 1, NULL, NULL), LEDE_EINVAL);
  lede_options o = {0};
  o.published = "2021-02-30";
  cr_assert_eq(lede_parse("x", 1, &o, &a), LEDE_EINVAL);
  lede_article_free(NULL);
}

Test(badinput, whitespace_only) {
  static const char ws[] = " \t\n\r\n \xc2\xa0 \xe2\x80\x83\n\n\r\r  \n";
  S_ok(ws, sizeof ws - 1, "whitespace");
  lede_article *a = t_parse_opt(ws, sizeof ws - 1, NULL);
  cr_assert_eq(lede_block_count(a), 0);
  cr_assert_eq(lede_sentence_count(a), 0);
  lede_article_free(a);
}

Test(badinput, invalid_utf8) {
  static const char s[] =
      "Head\xffline \xc0\xaf over \xe2\x82\n\n"
      "By \xed\xa0\x80 Smith\n\n"
      "LONDON \xe2\x80 \xf8\x88\x80\x80\x80 The story \xc3 goes on. It "
      "ends \xe2\x80\x9d\xe2\x80. \xf4\x90\x80\x80 Then.\n\n"
      "\xfe\xfe\xff\xff\n\xe2\x80\x9c\xe2\x80";
  S_ok(s, sizeof s - 1, "invalid UTF-8");
  /* Every truncation of it, too: a cut can split a sequence anywhere. */
  for (size_t n = 0; n < sizeof s - 1; n++) S_ok(s, n, "truncated UTF-8");
}

Test(badinput, nul_bytes) {
  static const char s[] = "Title with\0a NUL\n\nBy Jane\0Smith\n\n"
                          "The story\0 has NULs. In\0side it.\0\n\n\0\0\0";
  S_ok(s, sizeof s - 1, "NUL bytes");
  lede_article *a = t_parse_opt(s, sizeof s - 1, NULL);
  size_t len;
  lede_text(a, &len);
  cr_assert_eq(len, sizeof s - 1);
  cr_assert_gt(lede_block_count(a), 0);
  lede_article_free(a);
}

Test(badinput, line_endings) {
  static const char crlf[] = "Title here now\r\n\r\nFirst paragraph here. "
                             "Two.\r\n\r\nSecond paragraph here.\r\n";
  static const char cr[] = "Title here now\r\rFirst paragraph here. "
                           "Two.\r\rSecond paragraph here.\r";
  static const char mixed[] = "Title here now\r\n\rFirst paragraph here.\n\r"
                              "\r\nSecond paragraph here.\r\r\n\n\r";
  S_ok(crlf, sizeof crlf - 1, "CRLF");
  S_ok(cr, sizeof cr - 1, "CR");
  S_ok(mixed, sizeof mixed - 1, "mixed");
  const char *all[] = {crlf, cr};
  size_t lens[] = {sizeof crlf - 1, sizeof cr - 1};
  for (int k = 0; k < 2; k++) {
    lede_article *a = t_parse_opt(all[k], lens[k], NULL);
    cr_assert_eq(lede_paragraph_count(a), 2);
    t_assert_span(a, lede_paragraph_span(a, 0), "First paragraph here. Two.");
    t_assert_span(a, lede_paragraph_span(a, 1), "Second paragraph here.");
    lede_article_free(a);
  }
}

/* xorshift64*: a fixed seed gives the same blob every run. */
static uint64_t S_rand(uint64_t *x) {
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 0x2545F4914F6CDD1DULL;
}

Test(badinput, binary_blob) {
  size_t len = 1 << 20;
  char *buf = malloc(len);
  uint64_t x = 0x9E3779B97F4A7C15ULL;
  for (size_t i = 0; i < len; i++) buf[i] = (char)(S_rand(&x) >> 56);
  S_ok(buf, len, "binary blob");
  /* Blobs biased towards the bytes the scanners care about. */
  static const char alphabet[] = "\n\n\r .....\"'()ABab:-\xe2\x80\x9c\x9d"
                                 "\xc2\xa0\xab\xbb Mr By 2021 March";
  for (size_t i = 0; i < len; i++)
    buf[i] = alphabet[(S_rand(&x) >> 40) % (sizeof alphabet - 1)];
  S_ok(buf, len, "biased blob");
  free(buf);
}

Test(badinput, huge_paragraph_without_stop) {
  size_t len;
  char *buf = S_repeat("word and another ", 50u * 1024 * 1024 / 17, &len);
  S_ok(buf, len, "50 MB paragraph");
  lede_article *a = t_parse_opt(buf, len, NULL);
  cr_assert_eq(lede_paragraph_count(a), 1);
  cr_assert_eq(lede_sentence_count(a), 1);
  lede_article_free(a);
  free(buf);
}

Test(badinput, unmatched_quotes) {
  size_t len;
  char *buf = S_repeat("\"", 100000, &len);
  S_ok(buf, len, "100,000 quotation marks");
  free(buf);
  buf = S_repeat("a \xe2\x80\x9c said. ", 100000, &len);
  S_ok(buf, len, "100,000 opening curly quotes");
  free(buf);
  buf = S_repeat("\xc2\xab word ", 100000, &len);
  S_ok(buf, len, "100,000 guillemets");
  free(buf);
}

Test(badinput, many_abbreviations) {
  size_t len;
  char *buf = S_repeat("Mr. ", 256 * 1024, &len);
  S_ok(buf, len, "1 MB of Mr.");
  free(buf);
  buf = S_repeat("U.S. ", 200000, &len);
  S_ok(buf, len, "U.S. repeated");
  free(buf);
  buf = S_repeat("J. ", 300000, &len);
  S_ok(buf, len, "initials repeated");
  free(buf);
}

Test(badinput, long_runs) {
  size_t len;
  char *buf = S_repeat("-", 1 << 20, &len);
  S_ok(buf, len, "dashes");
  free(buf);
  buf = S_repeat("\xe2\x80\x94", 1 << 18, &len);
  S_ok(buf, len, "em dashes");
  free(buf);
  buf = S_repeat(".", 1 << 20, &len);
  S_ok(buf, len, "full stops");
  free(buf);
  buf = S_repeat("\n", 1 << 20, &len);
  S_ok(buf, len, "newlines");
  free(buf);
  /* Lone CRs: a search for the next '\n' per line once made this
   * quadratic. */
  buf = S_repeat("Short line.\r", 1 << 17, &len);
  S_ok(buf, len, "lone-CR lines");
  free(buf);
  buf = S_repeat("A\n", 1 << 19, &len);
  S_ok(buf, len, "one-letter lines");
  free(buf);
  buf = S_repeat("By Jane Smith\n", 1 << 16, &len);
  S_ok(buf, len, "byline lines");
  free(buf);
  /* A prose paragraph whose last word is "ab's's's...": the possessive
   * split once recursed once per "'s" and overflowed the stack. */
  {
    static const char lead[] = "One two three four five six seven eight "
                               "nine ten eleven twelve thirteen fourteen "
                               "fifteen sixteen seventeen eighteen nineteen "
                               "twenty ab";
    size_t n = 1 << 19, ll = sizeof lead - 1;
    buf = malloc(ll + 2 * n);
    memcpy(buf, lead, ll);
    for (size_t i = 0; i < n; i++) memcpy(buf + ll + 2 * i, "'s", 2);
    S_ok(buf, ll + 2 * n, "possessives in one word");
    lede_article *a = t_parse_opt(buf, ll + 2 * n, NULL);
    cr_assert_eq(lede_paragraph_count(a), 1);
    cr_assert_eq(lede_sentence_count(a), 1);
    lede_article_free(a);
    free(buf);
  }
  buf = S_repeat("a", 1 << 20, &len);
  S_ok(buf, len, "one long word");
  free(buf);
  buf = S_repeat("PHOTO: ", 1 << 16, &len);
  S_ok(buf, len, "credit markers");
  free(buf);
  buf = S_repeat("WASHINGTON ", 1 << 16, &len);
  S_ok(buf, len, "capital words");
  free(buf);
  /* A schedule verb's object ran into the next schedule verb, whose
   * tense was read again: exponential in the run. */
  buf = S_repeat("hosts its ", 1 << 16, &len);
  S_ok(buf, len, "schedule verbs and objects");
  free(buf);
}

/* ==== Linear time, timed ================================================
 * cmark-style: each shape at 1 MB and 8 MB; 8 times the input must cost
 * under 32 times the CPU time (a quadratic step costs 64 times). CPU time
 * of this process, the best of three runs of each size, so a loaded
 * machine does not fail it; a 1 MB time under 20 ms counts as 20 ms. The
 * peak of the bytes the article holds is reported and bounded too. */
#include <time.h>

#include "peakalloc.h"

static double S_cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of one parse of unit repeated to size bytes; *peak gets the
 * largest number of bytes the article held. */
static double S_time(const char *unit, size_t ulen, size_t size,
                     size_t *peak) {
  size_t times = size / ulen;
  char *buf = malloc(times * ulen + 1);
  cr_assert_not_null(buf);
  for (size_t i = 0; i < times; i++) memcpy(buf + i * ulen, unit, ulen);
  S_peak m = {0, 0};
  lede_options o = {0};
  o.alloc = S_peak_alloc;
  o.alloc_ud = &m;
  lede_article *a = NULL;
  double t0 = S_cpu();
  cr_assert_eq(lede_parse(buf, times * ulen, &o, &a), LEDE_OK);
  double t = S_cpu() - t0;
  cr_assert_null(lede_check(a));
  lede_article_free(a);
  *peak = m.peak;
  free(buf);
  return t;
}

#define SHAPE(name, lit) {name, lit, sizeof lit - 1}
static const struct {
  const char *name, *unit;
  size_t len;
} S_shapes[] = {
    SHAPE("no full stop", "word and another "),
    SHAPE("unclosed quote", "\xe2\x80\x9cwords go on and on "),
    SHAPE("open parentheses", "("),
    SHAPE("quotation marks", "\""),
    SHAPE("curly quotation marks", "\xe2\x80\x9c \xe2\x80\x9d "),
    SHAPE("capitalized runs", "Alpha Beta Gamma Delta Epsilon "),
    SHAPE("he said that she said that", "he said that she said that "),
    SHAPE("one line of words", "one,two;three-four/"),
    SHAPE("NUL bytes", "\0\0\0\0 a\0b. "),
    SHAPE("acronyms defined again and again",
          "The Alpha Beta Council (ABC) met. The Another Big Club (ABC) "
          "left. "),
    SHAPE("captioned paragraphs",
          "The port reopened on Monday.\n\nPhoto: The harbour. (AFP)\n\n"),
    SHAPE("short quoted speeches",
          "\"Yes,\" said Ann Lee. \"No,\" said Bo Lee. "),
};

Test(badinput, linear_time, .timeout = 600) {
  for (size_t k = 0; k < sizeof S_shapes / sizeof *S_shapes; k++) {
    const char *name = S_shapes[k].name;
    size_t p1, p8;
    /* The sizes alternate, so a busy machine slows both alike; the best
     * of three counts. */
    double t1 = 1e9, t8 = 1e9;
    for (int r = 0; r < 3; r++) {
      double t = S_time(S_shapes[k].unit, S_shapes[k].len, 1u << 20, &p1);
      if (t < t1) t1 = t;
      t = S_time(S_shapes[k].unit, S_shapes[k].len, 8u << 20, &p8);
      if (t < t8) t8 = t;
    }
    /* A megabyte can take a hundredth of a second: below 0.02 s the
     * clock's grain and a loaded machine, not the code, set the ratio. */
    double ratio = t8 / (t1 > 0.02 ? t1 : 0.02);
    cr_log_info("%-34s 1 MB %6.3f s, 8 MB %6.3f s (x%4.1f); peak %5.1fx "
                "the input",
                name, t1, t8, ratio, (double)p8 / (double)(8u << 20));
    /* Linear work takes 8 to 20 times as long (a megabyte's working set
     * stays in cache, eight megabytes' does not); work growing with the
     * square of the size takes 64. */
    cr_expect_lt(ratio, 32.0, "%s: 8 MB took %.1f times as long as 1 MB",
                 name, ratio);
    cr_expect_lt(p8, (size_t)100 * (8u << 20), "%s: peak %.1f times the input",
                 name, (double)p8 / (double)(8u << 20));
  }
}

/* A block of marks and nothing else (no letter or digit) is furniture:
 * each mark once became a token of its own with its word record, 19
 * times the input at the peak here (33 at 8 MB). It names nothing: the
 * input and little more. */
Test(badinput, marks_alone_peak) {
  static const char *const units[] = {"(", "\"", ":", "\xff", "\xe2\x80\x9c"};
  for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
    size_t len, peak;
    S_time(units[k], strlen(units[k]), 2u << 20, &peak);
    len = (2u << 20) / strlen(units[k]) * strlen(units[k]);
    cr_expect_leq(peak, 3 * len, "\"%s\" repeated: peak %.1f times the input", units[k],
                  (double)peak / (double)len);
  }
}

/* Text of short words: a word record was reserved for every four tokens,
 * four bytes of records per byte of input here, 11.5 times the input at
 * the peak. */
Test(badinput, short_words_peak) {
  static const char *const units[] = {"12 ", "one,two;three-four/"};
  for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
    size_t ul = strlen(units[k]), len = (2u << 20) / ul * ul, peak;
    S_time(units[k], ul, 2u << 20, &peak);
    cr_expect_leq(peak, 10 * len, "\"%s\" repeated: peak %.1f times the input", units[k],
                  (double)peak / (double)len);
  }
}

/* Dense shapes: a vector that doubled past what it held (the tokens,
 * the quotes) kept its unused half through the stages after it, 19.4
 * times the input at the peak for "he said that " here, 17.4 for
 * captioned paragraphs, 14.3 for NUL bytes, 14.0 for "(a ", 8.7 for
 * "12 ". */
Test(badinput, dense_shapes_peak) {
  static const struct {
    const char *unit;
    size_t len;
    double most;
  } shapes[] = {
      {"he said that ", 13, 16.0},
      {"The port reopened on Monday.\n\nPhoto: The harbour. (AFP)\n\n", 57, 15.0},
      {"\0\0\0\0 a\0b. ", 11, 13.7},
      {"(a ", 3, 12.8},
      {"12 ", 3, 8.0},
  };
  for (size_t k = 0; k < sizeof shapes / sizeof *shapes; k++) {
    size_t ul = shapes[k].len, len = (2u << 20) / ul * ul, peak;
    S_time(shapes[k].unit, ul, 2u << 20, &peak);
    cr_expect_leq((double)peak, shapes[k].most * (double)len,
                  "shape %zu: peak %.1f times the input", k,
                  (double)peak / (double)len);
  }
}

/* A speaker phrase that opens on a full stop looked at the token before
 * it for a title abbreviation, before the first token of the text. */
Test(badinput, speaker_phrase_opening_on_a_stop) {
  static const char *const cases[] = {
      ". . .'72 This'", ".'Mr", "'. Gov. Ann Lee'", ". 'x' . said",
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    S_ok(cases[i], strlen(cases[i]), cases[i]);
}

/* Texts that fill their buffer exactly, each of their prefixes and
 * suffixes too: no stage reads a byte before the text's first (a full
 * stop there, glued to the word after it: ".2 on Tuesday.") or after its
 * last, whatever the length (the stages read words and sixteen bytes at a
 * time). The sanitizers see such a read (make asan). */
Test(badinput, text_fills_its_buffer) {
  static const char *const cases[] = {
      ".2 on Tuesday.\n", ".Today it rained.", "rain.Today Mr. Lee left.",
      "\xe2\x80\xa6" "and then\xe2\x80\x99s 3% of '90s \xe2\x80\x94 in 1996.\r\n",
      "LONDON (Reuters) - At 7 p.m. on March 10, 2021, she said: \"Yes.\"\n\n"
      "Updated 2 hours ago\n\nIt was\0late\xff in \xe2\x80 the \xef\xbc\x81year.",
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    size_t len = strlen(cases[i]);
    if (i == 4) len += strlen(cases[i] + len + 1) + 1; /* past its NUL */
    for (size_t s = 0; s <= len; s++)
      for (size_t e = s; e <= len; e += (e < s + 24 || e + 24 > len) ? 1 : 7) {
        char *buf = malloc(e - s ? e - s : 1);
        cr_assert_not_null(buf);
        memcpy(buf, cases[i] + s, e - s);
        S_ok(buf, e - s, cases[i]);
        free(buf);
      }
  }
}
