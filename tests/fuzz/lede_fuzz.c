/* Fuzz target: parse any bytes, call every accessor, check invariants,
 * write the JSON and check it is valid UTF-8 and valid JSON.  The first
 * byte picks options (a publication date or none); an input starting
 * with '<' is also read as a web page. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_check.h"
#include "lede.h"
#include "../outbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void S_touch(lede_span s, size_t len) {
  if (s.start > s.end || s.end > len) abort();
}

/* Span s inside span outer. */
static void S_inside(lede_span s, lede_span outer, const char *what) {
  if (s.start < outer.start || s.end > outer.end) {
    fprintf(stderr, "%s [%zu, %zu) outside [%zu, %zu)\n", what, s.start,
            s.end, outer.start, outer.end);
    abort();
  }
}


static void S_json_ok(const S_buf *b, const char *what) {
  const char *bad = jc_check(b->p, b->n);
  if (bad) {
    fprintf(stderr, "%s: %s\n", what, bad);
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lede_options o = {0};
  if (size && (data[0] & 1)) o.published = "2021-03-10";
  lede_article *a = NULL;
  /* An input that starts with '<' is also read as a web page. */
  if (size && data[0] == '<') {
    lede_status st = lede_parse_html((const char *)data, size, &o, &a);
    if (st == LEDE_EDEPTH) {
      if (a) abort();
    } else if (st != LEDE_OK) {
      abort();
    } else {
      const char *hbad = lede_check(a);
      if (hbad) {
        fprintf(stderr, "html: %s\n", hbad);
        abort();
      }
      size_t tl;
      lede_text(a, &tl);
      for (size_t i = 0; i < lede_block_count(a); i++) {
        lede_span h;
        if (lede_block_html_span(a, i, &h) && h.end > size) abort();
        S_touch(lede_block_span(a, i), tl);
      }
      for (int k = LEDE_META_TITLE; k <= LEDE_META_CHARSET; k++) {
        size_t n;
        const char *v = lede_meta(a, (lede_meta_key)k, &n, NULL);
        if (v && strlen(v) != n) abort();
      }
      S_buf hb = {0};
      if (lede_article_json(a, "x", S_write, &hb) != LEDE_OK) abort();
      S_json_ok(&hb, "html json");
      free(hb.p);
      lede_article_free(a);
      a = NULL;
    }
  }
  if (lede_parse((const char *)data, size, &o, &a) != LEDE_OK) abort();
  const char *bad = lede_check(a);
  if (bad) {
    fprintf(stderr, "lede_check: %s\n", bad);
    abort();
  }
  size_t len;
  lede_text(a, &len);
  if (len != size) abort();
  lede_span s;
  for (int f = LEDE_FIELD_TITLE; f <= LEDE_FIELD_DATELINE; f++) {
    lede_field_span(a, (lede_field)f, &s);
    S_touch(s, len);
  }
  for (size_t i = 0; i < lede_block_count(a); i++) {
    S_touch(lede_block_span(a, i), len);
    lede_part_name(lede_block_part(a, i));
  }
  for (size_t i = 0; i < lede_sentence_count(a); i++)
    S_touch(lede_sentence_span(a, i), len);
  for (size_t i = 0; i < lede_paragraph_count(a); i++)
    S_touch(lede_paragraph_span(a, i), len);
  for (size_t i = 0; i < lede_author_count(a); i++)
    S_touch(lede_author_span(a, i), len);
  for (size_t i = 0; i < lede_caption_count(a); i++) {
    S_touch(lede_caption_span(a, i), len);
    lede_caption_credit(a, i, &s);
  }
  for (size_t i = 0; i <= lede_date_count(a); i++) {
    s = lede_date_span(a, i);
    S_touch(s, len);
    lede_date_type_name(lede_date_type_of(a, i));
    lede_date_gran_name(lede_date_granularity(a, i));
    lede_date_anchor_name(lede_date_anchor_of(a, i));
    const char *v = lede_date_value(a, i);
    if (v && !*v) abort();
    size_t b = lede_date_block(a, i), st = lede_date_sentence(a, i);
    if (i < lede_date_count(a) &&
        (b >= lede_block_count(a) ||
         (st != LEDE_NONE && st >= lede_sentence_count(a))))
      abort();
  }
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span sp;
    if (lede_quote_cue(a, i, &sp) && sp.end <= sp.start) abort();
    if (lede_quote_speaker(a, i, &sp) && sp.end <= sp.start) abort();
    S_inside(lede_quote_span(a, i), lede_quote_outer(a, i), "quote content");
    lede_span bs = lede_block_span(a, lede_quote_block(a, i));
    lede_span ou = lede_quote_outer(a, i);
    if (ou.start < bs.start || ou.start >= bs.end) abort();
  }
  for (size_t i = 0; i <= lede_quote_count(a); i++) {
    S_touch(lede_quote_span(a, i), len);
    S_touch(lede_quote_outer(a, i), len);
    lede_quote_kind_name(lede_quote_kind_of(a, i));
    lede_quote_cue(a, i, &s);
    S_touch(s, len);
    lede_quote_cue_lemma(a, i);
    lede_quote_speaker(a, i, &s);
    S_touch(s, len);
    lede_quote_speaker_ref(a, i, &s);
    S_touch(s, len);
    lede_quote_speaker_org(a, i, &s);
    S_touch(s, len);
    lede_quote_speaker_entity(a, i);
    size_t b = lede_quote_block(a, i);
    if (i < lede_quote_count(a) && b >= lede_block_count(a)) abort();
  }
  lede_published(a);
  for (size_t i = 0; i <= lede_entity_count(a); i++) {
    lede_entity_type_name(lede_entity_type_of(a, i));
    S_touch(lede_entity_name(a, i), len);
    lede_entity_title(a, i, &s);
    S_touch(s, len);
    lede_entity_role(a, i, &s);
    S_touch(s, len);
    for (size_t j = 0; j < lede_entity_mention_count(a, i); j++) {
      lede_span m = lede_entity_mention(a, i, j);
      if (m.end <= m.start) abort();
      S_inside(m, lede_block_span(a, lede_entity_mention_block(a, i, j)),
               "entity mention");
    }
    for (size_t j = 0; j <= lede_entity_mention_count(a, i); j++) {
      S_touch(lede_entity_mention(a, i, j), len);
      lede_entity_mention_block(a, i, j);
      lede_mention_kind_name(lede_entity_mention_kind(a, i, j));
    }
    for (size_t j = 0; j <= lede_entity_alias_count(a, i); j++) {
      lede_span al = lede_entity_alias(a, i, j);
      S_touch(al, len);
      if (j < lede_entity_alias_count(a, i) && al.end - al.start < 64) {
        const char *t = lede_text(a, NULL);
        if (lede_entity_find(a, t + al.start, al.end - al.start) == LEDE_NONE)
          abort();
      }
    }
  }
  /* Count a word taken from the input itself. */
  if (size > 4) {
    size_t n = (data[1] % 8) + 1, at = data[2] % size;
    if (at + n > size) n = size - at;
    lede_count(a, (const char *)data + at, n, data[3] & 1);
  }
  /* The JSON, with an id made of input bytes. */
  S_buf b = {0};
  char id[16];
  size_t idn = size < sizeof id - 1 ? size : sizeof id - 1;
  memcpy(id, data, idn);
  id[idn] = '\0';
  if (lede_article_json(a, size && (data[0] & 2) ? id : NULL, S_write, &b) !=
      LEDE_OK)
    abort();
  S_json_ok(&b, "lede_article_json");
  free(b.p);
  lede_article_free(a);
  return 0;
}
