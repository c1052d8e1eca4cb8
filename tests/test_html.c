/* HTML input: pages written for these tests (tests/html/, invented
 * outlets, people and events) in the shapes real news sites use.  Every
 * expectation was written by hand from reading the page source. */
#include <ctype.h>

#include "helpers.h"

#define MAXN 12

typedef struct {
  const char *file;
  const char *title;
  lede_meta_source title_src;
  const char *authors[4];
  lede_meta_source author_src;
  const char *published; /* as stated */
  lede_meta_source published_src;
  const char *iso; /* lede_published */
  const char *site_name, *canonical, *url;
  /* the opening words of each block after the headline, in order, with
   * its part */
  struct {
    lede_part part;
    const char *start;
  } blocks[MAXN];
  /* words of the page's furniture that must not be in the text */
  const char *absent[8];
} S_case;

static const S_case S_cases[] = {
    {.file = "tests/html/jsonld-news.html",
     .title = "Harbour bridge reopens after storm repairs",
     .title_src = LEDE_SOURCE_JSONLD,
     .authors = {"Marta Quell", "Ollie Brandt"},
     .author_src = LEDE_SOURCE_JSONLD,
     .published = "2024-03-12T06:30:00Z",
     .published_src = LEDE_SOURCE_JSONLD,
     .iso = "2024-03-12",
     .site_name = "The Coastal Ledger",
     .canonical = "https://ledger.example/news/harbour-bridge-reopens",
     .url = "https://ledger.example/news/2024/03/harbour-bridge-reopens",
     .blocks = {{LEDE_PART_BYLINE, "Marta Quell and Ollie Brandt"},
                {LEDE_PART_BODY, "The harbour bridge reopened"},
                {LEDE_PART_BODY, "Engineers worked through"},
                {LEDE_PART_CAPTION, "Workers replace a support cable"},
                {LEDE_PART_BODY, "\"We are relieved"},
                {LEDE_PART_HEADING, "Cost of the repairs"},
                {LEDE_PART_BODY, "The repairs cost about"},
                {LEDE_PART_BODY, "Cyclists will have to wait"}},
     .absent = {"cookies", "Share on", "Storm leaves thousands",
                "morning briefing", "Advertisement", "My commute",
                "Copyright", "not text"}},
    {.file = "tests/html/opengraph-feature.html",
     .title = "Orchard growers try frost fans as spring turns colder",
     .title_src = LEDE_SOURCE_OPENGRAPH,
     /* article:author is a profile link, not a name */
     .authors = {"Priya Lindqvist"},
     .author_src = LEDE_SOURCE_META,
     .published = "2023-04-18T05:00:00-07:00",
     .published_src = LEDE_SOURCE_OPENGRAPH,
     .iso = "2023-04-18",
     .site_name = "Valley Courier",
     .url = "https://courier.example/farming/frost-fans",
     .blocks = {{LEDE_PART_BYLINE, "Priya Lindqvist"},
                {LEDE_PART_BODY, "Growers in the upper valley"},
                {LEDE_PART_BODY, "The fans, each about"},
                {LEDE_PART_BODY, "\"A single cold night"},
                {LEDE_PART_BODY, "The county extension office"}},
     .absent = {"Skip to", "Subscribe", "Facebook", "School board",
                "Read more", "Partly cloudy", "cookies", "Media Group"}},
    {.file = "tests/html/meta-names.html",
     .title = "Library extends weekend hours",
     .title_src = LEDE_SOURCE_HEADING, /* the <h1> over the <title> */
     .authors = {"Ravi Okonkwo"}, /* white space collapsed */
     .author_src = LEDE_SOURCE_META,
     .published = "2022-11-02",
     .published_src = LEDE_SOURCE_META,
     .iso = "2022-11-02",
     .blocks = {{LEDE_PART_BYLINE, "Ravi Okonkwo"},
                {LEDE_PART_BODY, "The central library will stay open"},
                {LEDE_PART_BODY, "Attendance during the extended"},
                {LEDE_PART_BODY, "Board members said"},
                {LEDE_PART_HEADING, "Children's programs"},
                {LEDE_PART_BODY, "The library will also add"}},
     .absent = {"Events", "Advertisement", "newsletter", "You may also",
                "Pool reopens", "Comments", "working parents",
                "All rights"}},
    {.file = "tests/html/time-microdata.html",
     .title = "Ferry service resumes on the northern route",
     .title_src = LEDE_SOURCE_HEADING,
     .published = "2021-06-07T14:20:00+01:00",
     .published_src = LEDE_SOURCE_MICRODATA,
     .iso = "2021-06-07",
     .blocks = {{LEDE_PART_BODY, "Ferries returned to the northern"},
                {LEDE_PART_BODY, "The operator said two sailings"},
                {LEDE_PART_BODY, "Residents of the outer islands"},
                {LEDE_PART_BODY, "The harbour authority expects"}},
     .absent = {"Archive", "Tide times", "High water", "Copyright"}},
    {.file = "tests/html/latin1.html",
     .title = "Caf\xc3\xa9 owners welcome the new market square",
     .title_src = LEDE_SOURCE_HEADING,
     .blocks = {{LEDE_PART_BODY, "Owners of the caf\xc3\xa9s around"},
                {LEDE_PART_BODY, "\xe2\x80\x9cIt is like a different town,"
                                 "\xe2\x80\x9d said Ren\xc3\xa9\x65 Fauchard"},
                {LEDE_PART_BODY, "The council spent \xe2\x82\xac 2.4 million"}},
     .absent = {"Accueil"}},
    {.file = "tests/html/broken.html",
     .title = "Storm warning for the coast",
     .title_src = LEDE_SOURCE_HEADING,
     .blocks = {{LEDE_PART_BODY, "Forecasters issued a storm warning"},
                {LEDE_PART_BODY, "Schools in three districts"},
                {LEDE_PART_BODY, "Residents were asked to tie down"},
                {LEDE_PART_BODY, "The weather service said"}},
     .absent = {"Fake paragraph", "</", "Tweet"}},
};

static lede_article *S_parse_html_file(const char *path) {
  size_t len;
  char *buf = t_read(path, &len);
  lede_article *a = NULL;
  lede_status st = lede_parse_html(buf, len, NULL, &a);
  free(buf);
  cr_assert_eq(st, LEDE_OK, "%s: %s", path, lede_strerror(st));
  const char *bad = lede_check(a);
  cr_assert_null(bad, "%s: invariant broken: %s", path, bad ? bad : "");
  cr_assert(lede_is_html(a));
  return a;
}

static void S_meta_is(const lede_article *a, const char *file,
                      lede_meta_key k, const char *want,
                      lede_meta_source want_src) {
  lede_meta_source src;
  const char *v = lede_meta(a, k, NULL, &src);
  if (!want) {
    cr_expect_null(v, "%s: %s should be absent, got %s", file,
                   lede_meta_key_name(k), v);
    return;
  }
  cr_expect_str_eq(v ? v : "(none)", want, "%s: %s", file,
                   lede_meta_key_name(k));
  if (want_src != LEDE_SOURCE_NONE)
    cr_expect_eq(src, want_src, "%s: %s from %s, not %s", file,
                 lede_meta_key_name(k), lede_meta_source_name(src),
                 lede_meta_source_name(want_src));
}

static void S_check_case(const S_case *c) {
  lede_article *a = S_parse_html_file(c->file);
  size_t len;
  const char *text = lede_text(a, &len);
  S_meta_is(a, c->file, LEDE_META_TITLE, c->title, c->title_src);
  lede_span t;
  cr_expect(lede_field_span(a, LEDE_FIELD_TITLE, &t), "%s: no title", c->file);
  cr_expect_eq(t.end - t.start, strlen(c->title), "%s: title span", c->file);
  cr_expect(!strncmp(text + t.start, c->title, strlen(c->title)),
            "%s: title text", c->file);
  size_t na = 0;
  while (na < 4 && c->authors[na]) na++;
  cr_expect_eq(lede_meta_author_count(a), na, "%s: %zu authors", c->file,
               lede_meta_author_count(a));
  for (size_t i = 0; i < na && i < lede_meta_author_count(a); i++) {
    lede_meta_source src;
    cr_expect_str_eq(lede_meta_author(a, i, NULL, &src), c->authors[i],
                     "%s: author %zu", c->file, i);
    cr_expect_eq(src, c->author_src, "%s: author source %s", c->file,
                 lede_meta_source_name(src));
  }
  S_meta_is(a, c->file, LEDE_META_PUBLISHED, c->published, c->published_src);
  const char *iso = lede_published(a);
  if (c->iso) cr_expect_str_eq(iso ? iso : "(none)", c->iso, "%s", c->file);
  else cr_expect_null(iso, "%s: published %s", c->file, iso);
  S_meta_is(a, c->file, LEDE_META_SITE_NAME, c->site_name, LEDE_SOURCE_NONE);
  S_meta_is(a, c->file, LEDE_META_CANONICAL, c->canonical, LEDE_SOURCE_LINK);
  if (!c->published) { /* nothing stated: no publication date */
    cr_expect_null(lede_meta(a, LEDE_META_PUBLISHED, NULL, NULL), "%s",
                   c->file);
  }
  S_meta_is(a, c->file, LEDE_META_URL, c->url, LEDE_SOURCE_NONE);
  /* Blocks after the headline. */
  size_t first = 0;
  if (lede_block_count(a) && lede_block_part(a, 0) == LEDE_PART_TITLE)
    first = 1;
  size_t nb = 0;
  while (nb < MAXN && c->blocks[nb].start) nb++;
  cr_expect_eq(lede_block_count(a) - first, nb, "%s: %zu blocks, want %zu",
               c->file, lede_block_count(a) - first, nb);
  for (size_t i = 0; i < nb && first + i < lede_block_count(a); i++) {
    lede_span s = lede_block_span(a, first + i);
    const char *w = c->blocks[i].start;
    cr_expect(s.end - s.start >= strlen(w) &&
                  !strncmp(text + s.start, w, strlen(w)),
              "%s: block %zu starts \"%.40s\", want \"%s\"", c->file, i,
              text + s.start, w);
    cr_expect_eq(lede_block_part(a, first + i), c->blocks[i].part,
                 "%s: block %zu is %s", c->file, i,
                 lede_part_name(lede_block_part(a, first + i)));
  }
  for (size_t i = 0; i < 8 && c->absent[i]; i++)
    cr_expect_null(strstr(text, c->absent[i]), "%s: \"%s\" is in the text",
                   c->file, c->absent[i]);
  lede_article_free(a);
}

Test(html, pages) {
  for (size_t i = 0; i < sizeof S_cases / sizeof *S_cases; i++)
    S_check_case(&S_cases[i]);
}

/* Each block's HTML bytes, with tags dropped and white space collapsed,
 * are the block's text (these pages use no character references inside
 * paragraphs). */
static char *S_strip_tags(const char *h, size_t n, int cp1252) {
  char *out = malloc(3 * n + 1);
  size_t k = 0;
  int in_tag = 0, sp = 0;
  for (size_t i = 0; i < n; i++) {
    char ch = h[i];
    if (ch == '<') {
      in_tag = 1;
      continue;
    }
    if (in_tag) {
      if (ch == '>') in_tag = 0;
      continue;
    }
    if (isspace((unsigned char)ch)) {
      sp = k > 0;
      continue;
    }
    if (sp) out[k++] = ' ';
    sp = 0;
    if (ch == '&' && i + 4 < n && !memcmp(h + i, "&amp;", 5)) {
      out[k++] = '&';
      i += 4;
      continue;
    }
    /* The few Windows-1252 characters of latin1.html. */
    static const char *const hi[] = {"\xe2\x82\xac", "\xe2\x80\x9c",
                                     "\xe2\x80\x9d", "\xc3\xa9"};
    static const unsigned char lo[] = {0x80, 0x93, 0x94, 0xe9};
    int done = 0;
    for (size_t j = 0; cp1252 && j < 4; j++)
      if ((unsigned char)ch == lo[j]) {
        memcpy(out + k, hi[j], strlen(hi[j]));
        k += strlen(hi[j]);
        done = 1;
      }
    if (!done) out[k++] = ch;
  }
  out[k] = '\0';
  return out;
}

Test(html, block_places_round_trip) {
  static const char *const files[] = {
      "tests/html/jsonld-news.html", "tests/html/opengraph-feature.html",
      "tests/html/meta-names.html", "tests/html/time-microdata.html",
      "tests/html/broken.html", "tests/html/latin1.html"};
  for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
    size_t hlen;
    char *html = t_read(files[f], &hlen);
    lede_article *a = S_parse_html_file(files[f]);
    const char *text = lede_text(a, NULL);
    cr_assert(lede_block_count(a) > 2);
    for (size_t i = 0; i < lede_block_count(a); i++) {
      lede_span s = lede_block_span(a, i), h;
      if (lede_block_part(a, i) == LEDE_PART_BYLINE) {
        /* the authors the metadata states: no place in the page */
        cr_expect(!lede_block_html_span(a, i, &h));
        continue;
      }
      cr_assert(lede_block_html_span(a, i, &h), "%s: block %zu has no place",
                files[f], i);
      cr_assert(h.start < h.end && h.end <= hlen);
      char *got = S_strip_tags(html + h.start, h.end - h.start,
                               strstr(files[f], "latin1") != NULL);
      cr_expect(strlen(got) == s.end - s.start &&
                    !memcmp(got, text + s.start, s.end - s.start),
                "%s: block %zu: HTML gives \"%s\"", files[f], i, got);
      free(got);
    }
    lede_article_free(a);
    free(html);
  }
}

/* ==== Bad pages ========================================================= */

static lede_article *S_parse_html(const char *s, size_t n) {
  lede_article *a = NULL;
  lede_status st = lede_parse_html(s, n, NULL, &a);
  cr_assert_eq(st, LEDE_OK, "%s", lede_strerror(st));
  const char *bad = lede_check(a);
  cr_assert_null(bad, "invariant broken: %s", bad ? bad : "");
  return a;
}

/* A page that states thousands of authors keeps the first 64 (each new
 * one is checked against those kept, so the list must stay short). */
Test(html, authors_capped) {
  size_t cap = 200000, n = 0;
  char *s = malloc(cap);
  cr_assert_not_null(s);
  n += (size_t)snprintf(s + n, cap - n, "<html><head>");
  for (int i = 0; i < 3000; i++)
    n += (size_t)snprintf(s + n, cap - n,
                          "<meta name=\"author\" content=\"Writer %d\">", i);
  n += (size_t)snprintf(s + n, cap - n,
                        "</head><body><p>Rain fell on the town all day and "
                        "the river rose.</p></body></html>");
  lede_article *a = S_parse_html(s, n);
  cr_expect_eq(lede_meta_author_count(a), 64, "%zu authors",
               lede_meta_author_count(a));
  cr_expect_str_eq(lede_meta_author(a, 0, NULL, NULL), "Writer 0");
  cr_expect_str_eq(lede_meta_author(a, 63, NULL, NULL), "Writer 63");
  lede_article_free(a);
  free(s);
}

Test(html, empty_and_plain_inputs) {
  lede_article *a = S_parse_html("", 0);
  cr_expect_eq(lede_block_count(a), 0);
  cr_expect_null(lede_meta(a, LEDE_META_TITLE, NULL, NULL));
  lede_article_free(a);
  a = S_parse_html("just some words", 15);
  cr_expect_str_eq(lede_text(a, NULL), "just some words");
  lede_article_free(a);
  lede_article *out = (lede_article *)1;
  cr_expect_eq(lede_parse_html(NULL, 3, NULL, &out), LEDE_EINVAL);
  cr_expect_null(out);
  cr_expect_eq(lede_parse_html("x", 1, NULL, NULL), LEDE_EINVAL);
  /* Text input has no page fields. */
  a = t_parse("Hello world.");
  lede_span h;
  cr_expect(!lede_is_html(a));
  cr_expect(!lede_block_html_span(a, 0, &h));
  cr_expect_null(lede_meta(a, LEDE_META_URL, NULL, NULL));
  lede_article_free(a);
}

Test(html, nul_and_invalid_bytes) {
  static const char page[] =
      "<html><body><article><p>Bad \xff\xfe bytes and a \0 NUL in a "
      "paragraph that goes on for a while, as paragraphs do.</p>"
      "<p>\xc3</p></article></body></html>";
  lede_article *a = S_parse_html(page, sizeof page - 1);
  cr_expect_geq(lede_paragraph_count(a), 1);
  lede_article_free(a);
}

/* Unclosed tags nested 300,000 deep would make the tree builder
 * quadratic: the page is refused at once. Nesting a real page could have
 * (a few thousand) is read. */
Test(html, deep_nesting) {
  size_t n = 300000;
  char *s = malloc(5 * n + 64);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    memcpy(s + k, "<div>", 5);
    k += 5;
  }
  memcpy(s + k, "deep text", 9);
  k += 9;
  lede_article *a = (lede_article *)1;
  cr_expect_eq(lede_parse_html(s, k, NULL, &a), LEDE_EDEPTH);
  cr_expect_null(a);
  cr_expect_str_eq(lede_strerror(LEDE_EDEPTH),
                   "HTML nested too deeply or tags too large");
  /* 20,000 unclosed formatting tags, each unlike the others, and a tag
   * with 20,000 attributes: refused too. */
  k = 0;
  for (size_t i = 0; i < 20000; i++)
    k += (size_t)sprintf(s + k, "<b class=c%zu>", i);
  a = (lede_article *)1;
  cr_expect_eq(lede_parse_html(s, k, NULL, &a), LEDE_EDEPTH);
  k = (size_t)sprintf(s, "<div");
  for (size_t i = 0; i < 20000; i++) k += (size_t)sprintf(s + k, " a%zu", i);
  k += (size_t)sprintf(s + k, ">text</div>");
  cr_expect_eq(lede_parse_html(s, k, NULL, &a), LEDE_EDEPTH);
  /* A thousand attributes are read. */
  k = (size_t)sprintf(s, "<p");
  for (size_t i = 0; i < 1000; i++) k += (size_t)sprintf(s + k, " a%zu", i);
  k += (size_t)sprintf(s + k, ">A paragraph with a thousand attributes, "
                              "read as one.</p>");
  a = S_parse_html(s, k);
  cr_expect_eq(lede_paragraph_count(a), 1);
  lede_article_free(a);
  k = 0;
  for (size_t i = 0; i < 3000; i++) {
    memcpy(s + k, "<div>", 5);
    k += 5;
  }
  static const char p[] = "<p>The text at the bottom of three thousand "
                          "nested boxes is still read as a paragraph.</p>";
  memcpy(s + k, p, sizeof p - 1);
  k += sizeof p - 1;
  a = S_parse_html(s, k);
  cr_expect_eq(lede_paragraph_count(a), 1);
  lede_article_free(a);
  free(s);
}

/* A 10 MB page: a story of 40,000 paragraphs between furniture. */
Test(html, ten_megabytes) {
  static const char head[] =
      "<!doctype html><html><head><title>Long</title></head><body>"
      "<nav><a href='/'>Home</a></nav><article><h1>A very long report</h1>";
  static const char para[] =
      "<p>Paragraph text that goes on about the budget, the council, "
      "and the roads, as long reports do, for a while longer than that.</p>\n";
  static const char tail[] = "</article><footer>Footer</footer></body></html>";
  size_t np = 10000000 / (sizeof para - 1);
  size_t n = sizeof head - 1 + np * (sizeof para - 1) + sizeof tail - 1;
  char *s = malloc(n + 1), *p = s;
  memcpy(p, head, sizeof head - 1);
  p += sizeof head - 1;
  for (size_t i = 0; i < np; i++) {
    memcpy(p, para, sizeof para - 1);
    p += sizeof para - 1;
  }
  memcpy(p, tail, sizeof tail - 1);
  lede_options o = {0};
  o.extract_only = 1;
  lede_article *a = NULL;
  cr_assert_eq(lede_parse_html(s, n, &o, &a), LEDE_OK);
  cr_expect_eq(lede_paragraph_count(a), np);
  lede_span t;
  cr_expect(lede_field_span(a, LEDE_FIELD_TITLE, &t));
  cr_expect_eq(t.end - t.start, strlen("A very long report"));
  cr_expect_null(lede_check(a));
  lede_article_free(a);
  free(s);
}

/* Every allocation failure unwinds, Gumbo's memory included: no leak
 * (checked by make asan) and no crash. */
typedef struct {
  size_t left;
} S_budget;

static void *S_failing_alloc(void *ud, void *ptr, size_t osize,
                             size_t nsize) {
  S_budget *b = ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  if (b->left == 0) return NULL;
  b->left--;
  return realloc(ptr, nsize);
}

Test(html, allocation_failures) {
  size_t len;
  char *html = t_read("tests/html/jsonld-news.html", &len);
  int ok = 0;
  for (size_t n = 0; n < 400 && !ok; n++) {
    S_budget b = {n};
    lede_options o = {0};
    o.alloc = S_failing_alloc;
    o.alloc_ud = &b;
    lede_article *a = NULL;
    lede_status st = lede_parse_html(html, len, &o, &a);
    cr_assert(st == LEDE_OK || st == LEDE_ENOMEM);
    if (st == LEDE_OK) {
      ok = 1;
      lede_article_free(a);
    } else {
      cr_assert_null(a);
    }
  }
  cr_expect(ok, "never succeeded");
  free(html);
}

/* The page's date anchors relative dates; the caller's wins. */
Test(html, publication_date_anchors_dates) {
  size_t len;
  char *html = t_read("tests/html/jsonld-news.html", &len);
  lede_article *a = S_parse_html(html, len);
  int found = 0;
  for (size_t i = 0; i < lede_date_count(a); i++) {
    lede_span s = lede_date_span(a, i);
    const char *t = lede_text(a, NULL);
    if (s.end - s.start >= 7 && !memcmp(t + s.start, "Tuesday", 7)) {
      /* "on Tuesday morning": 12 March 2024 was a Tuesday */
      const char *v = lede_date_value(a, i);
      cr_expect(v && !strncmp(v, "2024-03-12", 10), "Tuesday is %s", v);
      cr_expect_eq(lede_date_anchor_of(a, i), LEDE_ANCHOR_PUBLISHED);
      found = 1;
    }
  }
  cr_expect(found, "no Tuesday");
  lede_article_free(a);
  lede_options o = {0};
  o.published = "2024-03-20";
  cr_assert_eq(lede_parse_html(html, len, &o, &a), LEDE_OK);
  cr_expect_str_eq(lede_published(a), "2024-03-20");
  lede_article_free(a);
  free(html);
}

/* A wire dateline opening the first paragraph is the page's dateline, a
 * block of its own, as in a text; a letter's salutation is not one. */
static char *S_page(const char *first) {
  static const char *const fmt =
      "<!doctype html><html><head><title>Fares rise</title></head><body>"
      "<nav><a href=/>Home</a></nav><article><h1>Ferry fares to rise in "
      "June</h1><p>%s</p><p>The operator, which runs 14 routes along the "
      "coast, said the increase was the first since 2019, and that it had "
      "absorbed two years of higher costs.</p><p>\"We held prices for as long "
      "as we could,\" said its chief executive, Ingrid Dahl, adding that "
      "season tickets would not change.</p></article></body></html>";
  size_t n = strlen(fmt) + strlen(first) + 1;
  char *s = malloc(n);
  cr_assert_not_null(s);
  snprintf(s, n, fmt, first);
  return s;
}

Test(html, dateline_opens_first_paragraph) {
  char *h = S_page("OSLO (Reuters) - Norway's largest ferry operator will "
                   "raise fares by 8 percent in June, the company said on "
                   "Monday, citing higher fuel costs.");
  lede_article *a = S_parse_html(h, strlen(h));
  free(h);
  const char *t = lede_text(a, NULL);
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_DATELINE, &s), "no dateline");
  cr_expect(s.end - s.start == 4 && !memcmp(t + s.start, "OSLO", 4));
  cr_assert(lede_dateline_agency(a, &s), "no agency");
  cr_expect(s.end - s.start == 7 && !memcmp(t + s.start, "Reuters", 7));
  cr_assert_eq(lede_paragraph_count(a), 3);
  s = lede_paragraph_span(a, 0);
  cr_expect(!strncmp(t + s.start, "Norway's largest", 16), "paragraph 1: %.30s",
            t + s.start);
  size_t b = lede_paragraph_block(a, 0);
  cr_assert(b > 0);
  cr_expect_eq(lede_block_part(a, b - 1), LEDE_PART_DATELINE);
  s = lede_block_span(a, b - 1);
  cr_expect(s.end - s.start == 16 && !memcmp(t + s.start, "OSLO (Reuters) -", 16));
  lede_span hs;
  cr_expect(lede_block_html_span(a, b - 1, &hs) && hs.end > hs.start);
  lede_article_free(a);

  h = S_page("DEAR READER: My neighbour has parked his van across my drive "
             "every night for a month, and he laughs when I ask him to move.");
  a = S_parse_html(h, strlen(h));
  free(h);
  cr_expect(!lede_field_span(a, LEDE_FIELD_DATELINE, &s), "a salutation");
  cr_expect_eq(lede_paragraph_count(a), 3);
  lede_article_free(a);
  a = t_parse("Parking dispute\n\nDEAR READER: My neighbour has parked his van "
              "across my drive every night for a month.\n\nWhat should I do?");
  cr_expect(!lede_field_span(a, LEDE_FIELD_DATELINE, &s), "a salutation");
  lede_article_free(a);
}

/* A page on a pier's repairs: head opens its head, and its ld+json
 * states fields after the headline. */
static lede_article *S_pier_page(const char *head, const char *fields) {
  static const char *const fmt =
      "<html><head>%s<script type=\"application/ld+json\">{\"@type\": "
      "\"NewsArticle\", \"headline\": \"Pier closes for repairs\", "
      "%s}</script></head><body><article><h1>Pier closes for repairs</h1>"
      "<p>The town's pier closed on Monday for repairs that will take most "
      "of the winter, the council said, after divers found cracks in four "
      "of its supports.</p><p>Anglers, who use the pier all year, said they "
      "had not been told, and a petition to keep one section open has 900 "
      "names.</p></article></body></html>";
  char buf[2048];
  int n = snprintf(buf, sizeof buf, fmt, head, fields);
  cr_assert(n > 0 && (size_t)n < sizeof buf);
  return S_parse_html(buf, (size_t)n);
}

/* A page date written out in the page's metadata is the publication date;
 * a CMS's empty date ("0001-01-01") is none. */
static lede_article *S_dated_page(const char *date) {
  char fields[128];
  snprintf(fields, sizeof fields, "\"datePublished\": \"%s\"", date);
  return S_pier_page("", fields);
}

static const char *S_value_of(const lede_article *a, const char *word) {
  const char *t = lede_text(a, NULL);
  for (size_t i = 0; i < lede_date_count(a); i++) {
    lede_span s = lede_date_span(a, i);
    if (s.end - s.start == strlen(word) &&
        !memcmp(t + s.start, word, s.end - s.start))
      return lede_date_value(a, i);
  }
  return NULL;
}

Test(html, stated_date_written_out) {
  static const char *const forms[] = {"19 Nov 2019 07:09 GMT",
                                      "November 19, 2019, 07:47 PM EST",
                                      "Tue Nov 19 2019 03:05:46 GMT+0000"};
  for (size_t i = 0; i < 3; i++) {
    lede_article *a = S_dated_page(forms[i]);
    const char *p = lede_published(a);
    cr_expect_str_eq(p ? p : "(none)", "2019-11-19", "%s", forms[i]);
    const char *v = S_value_of(a, "Monday");
    cr_expect_str_eq(v ? v : "(none)", "2019-11-18", "%s", forms[i]);
    lede_article_free(a);
  }
  static const char *const empty[] = {"0001-01-01T00:00:00Z",
                                      "1970-01-01T00:00:00Z"};
  for (size_t i = 0; i < 2; i++) {
    lede_article *a = S_dated_page(empty[i]);
    cr_expect_null(lede_published(a), "%s", empty[i]);
    const char *v = S_value_of(a, "Monday");
    cr_expect_str_eq(v ? v : "(none)", "XXXX-WXX-1", "%s", empty[i]);
    lede_article_free(a);
  }
}

/* The authors the page states are its byline, after the headline; the
 * outlet named as an author, a web address and degrees are no author. */
Test(html, byline_from_stated_authors) {
  lede_article *a = S_pier_page(
      "<meta property=\"og:site_name\" content=\"The Harbour Ledger\">",
      "\"author\": [{\"@type\": \"Person\", \"name\": \"Ines Moreau, MS, "
      "RDN\"}, {\"@type\": \"Person\", \"name\": \"Kofi Adjei, "
      "Harbourledger.com\"}, {\"@type\": \"Organization\", \"name\": "
      "\"Harbour Ledger\"}]");
  const char *t = lede_text(a, NULL);
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_BYLINE, &s), "no byline");
  const char *want = "Ines Moreau, MS, RDN and Kofi Adjei, Harbourledger.com";
  cr_expect(s.end - s.start == strlen(want) &&
                !memcmp(t + s.start, want, strlen(want)),
            "byline \"%.*s\"", (int)(s.end - s.start), t + s.start);
  cr_assert_eq(lede_author_count(a), 2);
  s = lede_author_span(a, 0);
  cr_expect(s.end - s.start == 11 && !memcmp(t + s.start, "Ines Moreau", 11));
  s = lede_author_span(a, 1);
  cr_expect(s.end - s.start == 10 && !memcmp(t + s.start, "Kofi Adjei", 10));
  cr_expect_eq(lede_author_kind_of(a, 1), LEDE_AUTHOR_PERSON);
  cr_expect_eq(lede_block_part(a, 1), LEDE_PART_BYLINE);
  cr_expect_eq(lede_paragraph_count(a), 2);
  lede_article_free(a);
}
