/* The article object: parse, free, accessors. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "tokens.h"

static void *S_default_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

const char *lede_strerror(lede_status s) {
  switch (s) {
  case LEDE_OK: return "no error";
  case LEDE_ENOMEM: return "out of memory";
  case LEDE_EINVAL: return "invalid argument";
  case LEDE_EWRITE: return "write failed";
  case LEDE_EDEPTH: return "HTML nested too deeply or tags too large";
  }
  return "unknown error";
}

const char *lede_version(void) { return LEDE_VERSION_STRING; }

const char *lede_part_name(lede_part p) {
  static const char *const names[] = {
      "title",   "standfirst",  "byline", "date",  "dateline",
      "caption", "related",     "boilerplate", "body", "other",
      "heading"};
  return (unsigned)p < sizeof names / sizeof *names ? names[p] : "?";
}

const char *lede_author_kind_name(lede_author_kind k) {
  switch (k) {
  case LEDE_AUTHOR_PERSON: return "person";
  case LEDE_AUTHOR_STAFF: return "staff";
  case LEDE_AUTHOR_AGENCY: return "agency";
  }
  return "?";
}

/* The tokens are the stages' working memory: no accessor reads them.
 * A long text's give their room back when the stages are done (8 bytes
 * a token, the most a parse holds); a shorter text keeps them, for
 * lede_check. */
static void S_drop_tokens(lede_article *a) {
  if (a->tokens.n < LEDE__TOK_KEEP) return;
  lede__vec_free(&a->arena, a->tokens.v, a->tokens.cap, sizeof *a->tokens.v);
  lede__vec_free(&a->arena, a->sent_tok.v, a->sent_tok.cap,
                 sizeof *a->sent_tok.v);
  memset(&a->tokens, 0, sizeof a->tokens);
  memset(&a->sent_tok, 0, sizeof a->sent_tok);
  /* their index, in the arena, is never read again */
  a->tok_idx = NULL;
  a->tok_base = NULL;
  a->ntok_idx = 0;
  a->tok_at_lim = 0;
  a->tok_sbits = NULL;
  a->tok_sbase = NULL;
}

/* A vector a stage has made, and no later stage adds to, gives back its
 * unused room (a long text's only: a short one's stays in its chunk)
 * before the next stage allocates. Its elements may move: no pointer
 * into it is kept across. (ent_ments is made at its size by
 * lede__alloc, not grown: it has none to give.) */
#define S_FIT(a, vec)                                                    \
  lede__vec_shrink(&(a)->arena, (void **)&(vec).v, &(vec).cap,         \
                   sizeof *(vec).v, (vec).n)

/* The stages run inside a setjmp so an allocation failure anywhere unwinds
 * here; everything they allocated is in the arena. */
static int S_run(lede_article *a, const char *text, jmp_buf *jb,
                 lede__gumbo_mem *gm, int *deep) {
  a->arena.oom = jb;
  a->scratch.oom = jb;
  a->memo.oom = jb;
  if (setjmp(*jb)) return 0;
  if (gm) {
    /* HTML: the text and its blocks come from the page. */
    if (!lede__html_input(a, text, a->len, gm)) {
      *deep = 1;
      return 0;
    }
    if (*deep < 0) return 1; /* extraction only */
  } else {
    /* No stage writes to the text, nor reads past its end: they read the
     * caller's buffer, lent or not; a copy is made once they are done
     * (below), so that it and their working memory are not held at
     * once. */
    a->text = text ? (char *)(uintptr_t)text : (char *)(uintptr_t)"";
    lede__layout(a);
  }
  /* Sentences and tokens keep 32-bit offsets: a text of 4 GiB or more
   * would need tens of gigabytes anyway. */
  if (a->len > UINT32_MAX) longjmp(*a->arena.oom, 1);
  lede__sentences(a);
  S_FIT(a, a->blocks);
  S_FIT(a, a->captions);
  S_FIT(a, a->paras);
  S_FIT(a, a->sents);
  lede__tokenize(a);
  /* Each token's word is looked up once, for every stage. */
  lede__tok_words_begin(a);
  /* entities */
  lede__entities(a);
  S_FIT(a, a->ents);
  S_FIT(a, a->ments);
  S_FIT(a, a->ent_aliases);

  /* dates */
  lede__dates(a);
  S_FIT(a, a->dates);

  /* quotes */
  lede__quotes(a);

  lede__tok_words_end(a);
  S_drop_tokens(a);
  if (!gm && !a->borrowed) {
    char *copy = lede__alloc(&a->arena, a->len + 1);
    if (a->len) memcpy(copy, a->text, a->len);
    copy[a->len] = '\0';
    a->text = copy;
  }
  return 1;
}

static lede_status S_parse(const char *text, size_t len,
                           const lede_options *opt, lede_article **out,
                           int html, int keep_ttok,
                           lede__frame_sink sink, void *sink_ud) {
  if (!out) return LEDE_EINVAL;
  *out = NULL;
  if (!text && len) return LEDE_EINVAL;
  if (len > (size_t)-1 / 4) return LEDE_ENOMEM;
  int y = 0, m = 0, d = 0;
  if (opt && opt->published &&
      !lede__parse_iso_date(opt->published, strlen(opt->published), &y, &m,
                            &d))
    return LEDE_EINVAL;
  if (opt && (unsigned)opt->date_order > LEDE_DATE_ORDER_DMY) return LEDE_EINVAL;
  int borrow = !html && opt && opt->borrow_text;
  if (borrow && text && text[len] != '\0') return LEDE_EINVAL;
  lede_alloc_fn alloc = opt && opt->alloc ? opt->alloc : S_default_alloc;
  void *ud = opt && opt->alloc ? opt->alloc_ud : NULL;
  lede_article *a = alloc(ud, NULL, 0, sizeof *a);
  if (!a) return LEDE_ENOMEM;
  memset(a, 0, sizeof *a);
  a->arena.alloc = alloc;
  a->arena.ud = ud;
  a->scratch.alloc = alloc;
  a->scratch.ud = ud;
  a->memo.alloc = alloc;
  a->memo.ud = ud;
  a->len = len;
  a->keep_ttok = keep_ttok;
  a->frame_sink = sink;
  a->frame_ud = sink_ud;
  a->borrowed = borrow;
  /* Text, blocks, sentences and tokens take about 6 bytes a byte; a
   * borrowed text none; a page's text is a small part of its HTML. */
  a->arena.first = len < 4096              ? 16384
                   : len < ((size_t)8 << 20) ? (html || borrow ? len : 6 * len)
                                            : 0;
  if (opt) a->date_order = (int)opt->date_order;
  if (y) {
    memcpy(a->published, opt->published, 10);
    a->published_set = 1;
  }
  jmp_buf jb;
  lede__gumbo_mem gm = {0};
  int deep = html && opt && opt->extract_only ? -1 : 0;
  if (!S_run(a, text, &jb, html ? &gm : NULL, &deep)) {
    lede__gumbo_release(&gm);
    lede__arena_free(&a->memo);
    lede__arena_free(&a->scratch);
    lede__arena_free(&a->arena);
    alloc(ud, a, sizeof *a, 0);
    return deep > 0 ? LEDE_EDEPTH : LEDE_ENOMEM;
  }
  *out = a;
  return LEDE_OK;
}

lede_status lede_parse(const char *text, size_t len, const lede_options *opt,
                       lede_article **out) {
  return S_parse(text, len, opt, out, 0, 0, NULL, NULL);
}

lede_status lede__parse_keep_ttok(const char *text, size_t len,
                                  lede_article **out) {
  return S_parse(text, len, NULL, out, 0, 1, NULL, NULL);
}

lede_status lede__parse_frames(const char *text, size_t len,
                               const lede_options *opt, lede__frame_sink sink,
                               void *ud, lede_article **out) {
  return S_parse(text, len, opt, out, 0, 0, sink, ud);
}

lede_status lede_parse_html(const char *html, size_t len,
                            const lede_options *opt, lede_article **out) {
  return S_parse(html, len, opt, out, 1, 0, NULL, NULL);
}

void lede_article_free(lede_article *a) {
  if (!a) return;
  lede_alloc_fn alloc = a->arena.alloc;
  void *ud = a->arena.ud;
  lede__arena_free(&a->memo);
  lede__arena_free(&a->scratch);
  lede__arena_free(&a->arena);
  alloc(ud, a, sizeof *a, 0);
}

const char *lede_text(const lede_article *a, size_t *len) {
  if (len) *len = a->len;
  return a->text;
}

static const lede_span S_none = {0, 0};

size_t lede_block_count(const lede_article *a) { return a->blocks.n; }
lede_part lede_block_part(const lede_article *a, size_t i) {
  return i < a->blocks.n ? a->blocks.v[i].part : LEDE_PART_OTHER;
}
lede_span lede_block_span(const lede_article *a, size_t i) {
  return i < a->blocks.n ? lede__s64(a->blocks.v[i].span) : S_none;
}
size_t lede_block_sentences(const lede_article *a, size_t i, size_t *first) {
  if (i >= a->blocks.n) {
    if (first) *first = 0;
    return 0;
  }
  if (first) *first = a->blocks.v[i].first_sent;
  return a->blocks.v[i].nsents;
}
size_t lede_block_paragraph(const lede_article *a, size_t b) {
  return b < a->blocks.n ? a->blocks.v[b].para : LEDE_NONE;
}

int lede_field_span(const lede_article *a, lede_field f, lede_span *out) {
  lede_span s = S_none;
  switch (f) {
  case LEDE_FIELD_TITLE: s = a->title; break;
  case LEDE_FIELD_STANDFIRST: s = a->standfirst; break;
  case LEDE_FIELD_BYLINE: s = a->byline; break;
  case LEDE_FIELD_PUBLISHED: s = a->published_span; break;
  case LEDE_FIELD_DATELINE: s = a->dateline; break;
  }
  if (out) *out = s;
  return s.end > s.start;
}

const char *lede_published(const lede_article *a) {
  return a->published[0] ? a->published : NULL;
}

size_t lede_author_count(const lede_article *a) { return a->authors.n; }
lede_span lede_author_span(const lede_article *a, size_t i) {
  return i < a->authors.n ? a->authors.v[i].span : S_none;
}
lede_author_kind lede_author_kind_of(const lede_article *a, size_t i) {
  return i < a->authors.n ? a->authors.v[i].kind : LEDE_AUTHOR_PERSON;
}

int lede_dateline_agency(const lede_article *a, lede_span *out) {
  if (out) *out = a->agency;
  return a->agency.end > a->agency.start;
}

size_t lede_caption_count(const lede_article *a) { return a->captions.n; }
lede_span lede_caption_span(const lede_article *a, size_t i) {
  return i < a->captions.n ? a->captions.v[i].span : S_none;
}
int lede_caption_credit(const lede_article *a, size_t i, lede_span *out) {
  lede_span s = i < a->captions.n ? a->captions.v[i].credit : S_none;
  if (out) *out = s;
  return s.end > s.start;
}
size_t lede_caption_block(const lede_article *a, size_t i) {
  return i < a->captions.n ? a->captions.v[i].block : LEDE_NONE;
}

size_t lede_paragraph_count(const lede_article *a) { return a->paras.n; }
size_t lede_paragraph_block(const lede_article *a, size_t i) {
  return i < a->paras.n ? a->paras.v[i] : LEDE_NONE;
}
lede_span lede_paragraph_span(const lede_article *a, size_t i) {
  return i < a->paras.n ? lede__s64(a->blocks.v[a->paras.v[i]].span) : S_none;
}

size_t lede_sentence_count(const lede_article *a) { return a->sents.n; }
lede_span lede_sentence_span(const lede_article *a, size_t i) {
  return i < a->sents.n ? lede__s64(a->sents.v[i].span) : S_none;
}
size_t lede_sentence_block(const lede_article *a, size_t i) {
  return i < a->sents.n ? a->sents.v[i].block : LEDE_NONE;
}

/* ==== Invariants ======================================================== */
static int S_in(lede_span s, size_t lo, size_t hi) {
  return s.start <= s.end && s.start >= lo && s.end <= hi;
}

const char *lede_check(const lede_article *a) {
  if (!a) return "article is NULL";
  if (a->text[a->len] != '\0') return "text is not NUL-terminated";
  size_t prev = 0;
  for (size_t i = 0; i < a->blocks.n; i++) {
    const lede__block *b = &a->blocks.v[i];
    if (!S_in(lede__s64(b->span), prev, a->len)) return "block out of order or bounds";
    if (b->span.end == b->span.start) return "empty block";
    prev = b->span.end;
    if (b->nsents && b->first_sent + b->nsents > a->sents.n)
      return "block sentences out of range";
    if ((b->part == LEDE_PART_BODY) != (b->para != LEDE_NONE))
      return "paragraph numbering does not match body blocks";
  }
  for (size_t i = 0; i < a->paras.n; i++)
    if (a->paras.v[i] >= a->blocks.n ||
        a->blocks.v[a->paras.v[i]].para != i)
      return "paragraph index broken";
  prev = 0;
  for (size_t i = 0; i < a->sents.n; i++) {
    const lede__sentence *s = &a->sents.v[i];
    if (s->block >= a->blocks.n) return "sentence block out of range";
    const lede__block *b = &a->blocks.v[s->block];
    if (!S_in(lede__s64(s->span), b->span.start, b->span.end))
      return "sentence outside its block";
    if (s->span.start < prev) return "sentences out of order";
    if (s->span.end == s->span.start) return "empty sentence";
    if (i < b->first_sent || i >= b->first_sent + b->nsents)
      return "sentence not listed by its block";
    prev = s->span.end;
  }
  lede_span fields[] = {a->title, a->standfirst, a->byline, a->published_span,
                        a->dateline, a->agency};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (!S_in(fields[i], 0, a->len)) return "field out of bounds";
  for (size_t i = 0; i < a->authors.n; i++)
    if (!S_in(a->authors.v[i].span, 0, a->len) ||
        a->authors.v[i].span.end == a->authors.v[i].span.start)
      return "author span broken";
  for (size_t i = 0; i < a->captions.n; i++) {
    const lede__caption *c = &a->captions.v[i];
    if (c->block >= a->blocks.n) return "caption block out of range";
    if (i && c->block < a->captions.v[i - 1].block)
      return "captions out of block order";
    lede_span bs = lede__s64(a->blocks.v[c->block].span);
    if (!S_in(c->span, bs.start, bs.end) || !S_in(c->credit, 0, bs.end))
      return "caption outside its block";
  }
  if (a->published[0]) {
    int y, m, d;
    if (!lede__parse_iso_date(a->published, 10, &y, &m, &d))
      return "published is not a valid date";
  }
  const char *q = lede__check_quotes(a);
  if (q) return q;
  prev = 0;
  for (size_t i = 0; i < a->tokens.n; i++) {
    const lede__token *t = &a->tokens.v[i];
    if (t->start < prev || t->len == 0 || lede__tend(t) > a->len)
      return "token out of order or bounds";
    size_t si = lede__tok_sent(a, i);
    if (si >= a->sents.n) return "token sentence out of range";
    if (i < a->sent_tok.v[si] || i >= a->sent_tok.v[si + 1])
      return "token sentence is not the tokenizer's";
    if (!S_in((lede_span){t->start, lede__tend(t)}, a->sents.v[si].span.start,
              a->sents.v[si].span.end))
      return "token outside its sentence";
    prev = lede__tend(t);
  }
  const char *e = lede__check_entities(a);
  if (e) return e;
  const char *bad = lede__check_dates(a);
  if (bad) return bad;
  return NULL;
}
