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
     .blocks = {{LEDE_PART_BODY, "The harbour bridge reopened"},
                {LEDE_PART_BODY, "Engineers worked through"},
                {LEDE_PART_CAPTION, "Workers replace a support cable"},
                {LEDE_PART_BODY, "\"We are relieved"},
                {LEDE_PART_HEADING, "Cost of the repairs"},
                {LEDE_PART_BODY, "The repairs cost about"},
                {LEDE_PART_BODY, "Cyclists will have to wait"}},
     .absent = {"cookies", "Share on", "Storm leaves thousands",
                "morning briefing", "Advertisement", "My commute",
                "Copyright", "not text"}},
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
static char *S_strip_tags(const char *h, size_t n) {
  char *out = malloc(n + 1);
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
    out[k++] = ch;
  }
  out[k] = '\0';
  return out;
}

Test(html, block_places_round_trip) {
  static const char *const files[] = {"tests/html/jsonld-news.html"};
  for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
    size_t hlen;
    char *html = t_read(files[f], &hlen);
    lede_article *a = S_parse_html_file(files[f]);
    const char *text = lede_text(a, NULL);
    cr_assert(lede_block_count(a) > 2);
    for (size_t i = 0; i < lede_block_count(a); i++) {
      lede_span s = lede_block_span(a, i), h;
      cr_assert(lede_block_html_span(a, i, &h), "%s: block %zu has no place",
                files[f], i);
      cr_assert(h.start < h.end && h.end <= hlen);
      char *got = S_strip_tags(html + h.start, h.end - h.start);
      cr_expect(strlen(got) == s.end - s.start &&
                    !memcmp(got, text + s.start, s.end - s.start),
                "%s: block %zu: HTML gives \"%s\"", files[f], i, got);
      free(got);
    }
    lede_article_free(a);
    free(html);
  }
}
