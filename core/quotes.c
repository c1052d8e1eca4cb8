/* Quotes and reported speech, with their speakers.
 *
 * 1. Quotation marks are paired per prose block with a small stack (depth
 *    at most S_DEPTH), so an unmatched mark dies at the end of its block;
 *    a quote left open at the end of a body paragraph carries into the
 *    next one only if that one opens with a mark of the same family (the
 *    multi-paragraph convention), for at most S_MAX_CARRY paragraphs.
 * 2. Each quote is attributed from the words right after its closing mark
 *    (", she said", ", said Smith") or right before its opening one ("He
 *    said: ").
 * 3. Every remaining speech verb (data/lex/speech_verbs.txt) or "according
 *    to" gives reported speech: a speaker phrase read left (or right) of
 *    the verb within its sentence and the reported clause; a quote inside
 *    that clause makes it mixed. A participle of speech after a comma in
 *    that clause (", adding that ...") is the speaker's next report.
 * 4. Quotes left over continue the previous quote ("A," he said, "B."),
 *    float after an attributed paragraph, or stay unattributed.
 * 5. Speakers are resolved to an antecedent span ("it" -> the nearest
 *    organization-like speaker before, "he"/"she" -> the nearest person).
 * Every look-around is bounded, so the stage is linear in the text. */
#include "quotes_internal.h"
#include "quote_verbs.h"

/* ==== Stage ============================================================= */

/* A quote's block holds its start. Absorbing a quoted fragment that opened
 * in the paragraph before (a mark carried over a paragraph break) moves the
 * start back: find the block again, by binary search over the blocks. */
static void S_start_blocks(lede_article *a) {
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    lede_span bs = lede__s64(a->blocks.v[q->block].span);
    if (q->outer.start >= bs.start && q->outer.start < bs.end) continue;
    size_t lo = 0, hi = a->blocks.n; /* last block starting at or before */
    while (hi - lo > 1) {
      size_t mid = lo + (hi - lo) / 2;
      if (a->blocks.v[mid].span.start <= q->outer.start) lo = mid;
      else hi = mid;
    }
    q->block = lo;
  }
}

void lede__quotes(lede_article *a) {
  S_ctx x;
  memset(&x, 0, sizeof x);
  x.a = a;
  /* Working memory goes in scratch, given back when the stage ends. */
  x.used_tok = lede__calloc(&a->scratch, a->tokens.n / 4 + 1);
  lede__q_find_verbs(&x);
  lede__q_find_pairs(&x);
  /* Drop pairs with no letters or a single letter ("rock 'n' roll"). */
  size_t w = 0;
  for (size_t i = 0; i < x.pairs.n; i++) {
    S_pair p = x.pairs.v[i];
    size_t letters = 0, len;
    for (size_t k = p.oend; k < p.close && letters < 2; k += len)
      if (lede__q_alnum(lede__cp(a->text, p.close, k, &len))) letters++;
    /* author="@name": a value in markup, not a quotation. */
    if (p.open > 0 && a->text[p.open - 1] == '=') continue;
    if (letters >= 2) x.pairs.v[w++] = p;
  }
  x.pairs.n = w;
  for (size_t i = 0; i < x.pairs.n; i++) {
    size_t t0 = lede__tok_at(a, x.pairs.v[i].oend);
    size_t t1 = lede__tok_at(a, x.pairs.v[i].close);
    S_use_range(x.used_tok, t0, t1, 2);
  }
  lede__q_direct(&x);
  x.ndirect = a->quotes.n;
  lede__q_reported(&x);
  lede__q_noun_frames(&x);
  lede__q_stance_phrases(&x);
  lede__q_verb_phrases(&x);
  lede__q_adjective_frames(&x);
  lede__q_sourceless(&x);
  lede__q_headline(&x);
  lede__q_sort_quotes(a);
  if (lede__q_hearsay(&x)) lede__q_sort_quotes(a);
  {
    size_t n0 = a->quotes.n;
    if (lede__q_poll_frames(&x)) lede__q_sort_tail(a, n0);
  }
  lede__q_cut_at_next(&x);
  lede__q_transcript(&x);
  lede__q_leftover(&x);
  if (lede__q_participle_reports(&x)) lede__q_sort_quotes(a);
  if (lede__q_frames(&x)) lede__q_sort_quotes(a);
  lede__q_trim_reported(a);
  /* The quotation marks are done with: their room goes back first. */
  lede__vec_free(&a->scratch, x.pairs.v, x.pairs.cap, sizeof *x.pairs.v);
  lede__vec_free(&a->scratch, x.pending.v, x.pending.cap, sizeof *x.pending.v);
  lede__vec_free(&a->scratch, x.openers.v, x.openers.cap, sizeof *x.openers.v);
  memset(&x.pairs, 0, sizeof x.pairs);
  memset(&x.pending, 0, sizeof x.pending);
  memset(&x.openers, 0, sizeof x.openers);
  /* and so does the quotes' unused room, kept with the article */
  lede__vec_shrink(&a->arena, (void **)&a->quotes.v, &a->quotes.cap,
                   sizeof *a->quotes.v, a->quotes.n);
  lede__q_resolve(a, x.used_tok, x.cand[Q_PRON]);
  lede__q_classify(a);
  S_start_blocks(a);
  a->quote_verb = NULL; /* scratch: only while the stage runs */
  memset(&a->quote_verb_e, 0, sizeof a->quote_verb_e);
  lede__arena_free(&a->scratch);
}

/* ==== Accessors ========================================================= */

const char *lede_quote_kind_name(lede_quote_kind k) {
  switch (k) {
  case LEDE_QUOTE_DIRECT: return "direct";
  case LEDE_QUOTE_MIXED: return "mixed";
  case LEDE_QUOTE_INDIRECT: return "indirect";
  case LEDE_QUOTE_UNATTRIBUTED: return "unattributed";
  }
  return "?";
}

static const lede_span S_none = {0, 0};

size_t lede_quote_count(const lede_article *a) { return a->quotes.n; }

lede_quote_kind lede_quote_kind_of(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].kind : LEDE_QUOTE_UNATTRIBUTED;
}
lede_span lede_quote_span(const lede_article *a, size_t i) {
  return i < a->quotes.n ? lede__s64(a->quotes.v[i].content) : S_none;
}
lede_span lede_quote_outer(const lede_article *a, size_t i) {
  return i < a->quotes.n ? lede__s64(a->quotes.v[i].outer) : S_none;
}
static int S_opt(lede_span s, lede_span *out) {
  if (out) *out = s;
  return s.end > s.start;
}
int lede_quote_cue(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].cue) : S_none, out);
}
const char *lede_quote_cue_lemma(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].lemma : NULL;
}
int lede_quote_speaker(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].speaker) : S_none, out);
}
int lede_quote_speaker_ref(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].ref) : S_none, out);
}
int lede_quote_speaker_org(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].org) : S_none, out);
}
size_t lede_quote_speaker_entity(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].entity : LEDE_NONE;
}
size_t lede_quote_block(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].block : LEDE_NONE;
}

size_t lede_entity_reference_count(const lede_article *a, size_t i) {
  if (i >= a->ents.n) return 0;
  return lede__ent_nrefs(a, i);
}
static const lede__mention *S_ref(const lede_article *a, size_t i, size_t j) {
  return j < lede_entity_reference_count(a, i) ? lede__ent_ref(a, i, j) : NULL;
}
lede_span lede_entity_reference(const lede_article *a, size_t i, size_t j) {
  const lede__mention *m = S_ref(a, i, j);
  return m ? lede__s64(m->span) : S_none;
}
size_t lede_entity_reference_block(const lede_article *a, size_t i,
                                   size_t j) {
  const lede__mention *m = S_ref(a, i, j);
  return m ? m->block : LEDE_NONE;
}
lede_mention_kind lede_entity_reference_kind(const lede_article *a, size_t i,
                                             size_t j) {
  const lede__mention *m = S_ref(a, i, j);
  return m ? m->kind : LEDE_MENTION_NAME;
}

const char *lede_speaker_via_name(lede_speaker_via v) {
  switch (v) {
  case LEDE_VIA_NONE: return "none";
  case LEDE_VIA_NAME: return "name";
  case LEDE_VIA_PRONOUN: return "pronoun";
  case LEDE_VIA_RELATIVE: return "relative";
  case LEDE_VIA_DESCRIPTION: return "description";
  case LEDE_VIA_CONTINUATION: return "continuation";
  }
  return "?";
}
lede_speaker_via lede_quote_speaker_via(const lede_article *a, size_t i) {
  return i < a->quotes.n ? (lede_speaker_via)a->quotes.v[i].via
                         : LEDE_VIA_NONE;
}
const char *lede_cue_class_name(lede_cue_class c) {
  switch (c) {
  case LEDE_CUE_SPEECH: return "speech";
  case LEDE_CUE_WRITING: return "writing";
  case LEDE_CUE_THOUGHT: return "thought";
  case LEDE_CUE_OTHER: return "other";
  }
  return "?";
}
lede_cue_class lede_quote_cue_class(const lede_article *a, size_t i) {
  return i < a->quotes.n ? (lede_cue_class)a->quotes.v[i].cls
                         : LEDE_CUE_SPEECH;
}
int lede_quote_is_question(const lede_article *a, size_t i) {
  return i < a->quotes.n && a->quotes.v[i].question;
}
size_t lede_quote_parent(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].parent : LEDE_NONE;
}
size_t lede_quote_fragment_count(const lede_article *a, size_t i) {
  if (i >= a->quotes.n) return 0;
  return S_empty(lede__s64(a->quotes.v[i].gap)) ? 1 : 2;
}
lede_span lede_quote_fragment(const lede_article *a, size_t i, size_t j) {
  if (i >= a->quotes.n) return S_none;
  const lede__quote *q = &a->quotes.v[i];
  if (S_empty(lede__s64(q->gap))) return j == 0 ? lede__s64(q->content) : S_none;
  if (j == 0) return (lede_span){q->content.start, q->gap.start};
  if (j == 1) return (lede_span){q->gap.end, q->content.end};
  return S_none;
}

/* ==== Invariants ======================================================== */

static int S_ok(lede_span s, size_t len) {
  return s.start <= s.end && s.end <= len;
}

const char *lede__check_quotes(const lede_article *a) {
  /* The precomputed verb table matches the lists (make data). */
  if (lede__lex_speech_verbs.n != S_VERB_N ||
      lede__lex_cue_action_verbs.n != S_VERB_N2)
    return "quote_verbs.h is stale: run make data";
  S_verb_index ix;
  lede__q_verb_index_build(&ix);
  for (size_t e = 0; e < lede__q_verb_n(); e++) {
    /* (a form listed twice with two lemmas finds the first) */
    const char *w = lede__q_entry_word(e), *sp = strchr(w, ' ');
    size_t n = sp ? (size_t)(sp - w) : strlen(w);
    size_t f = lede__q_verb_entry(&ix, w, n);
    const char *fw = f == LEDE_NONE ? NULL : lede__q_entry_word(f);
    if (!fw || strncmp(fw, w, n) != 0 || (fw[n] != ' ' && fw[n] != '\0'))
      return "quote_verbs.h is stale: run make data";
  }
  size_t prev = 0;
  for (size_t i = 0; i < a->quotes.n; i++) {
    const lede__quote *q = &a->quotes.v[i];
    if (!S_ok(lede__s64(q->content), a->len) || !S_ok(lede__s64(q->outer), a->len) ||
        !S_ok(lede__s64(q->cue), a->len) || !S_ok(lede__s64(q->speaker), a->len) ||
        !S_ok(lede__s64(q->ref), a->len) || !S_ok(lede__s64(q->org), a->len))
      return "quote span out of bounds";
    if (S_empty(lede__s64(q->content))) return "empty quote";
    if (q->content.start < q->outer.start || q->content.end > q->outer.end)
      return "quote content outside its marks";
    if (q->outer.start < prev) return "quotes out of order";
    prev = q->outer.start;
    if (q->block >= a->blocks.n) return "quote block out of range";
    if (q->outer.start < a->blocks.v[q->block].span.start ||
        (q->block + 1 < a->blocks.n &&
         q->outer.start >= a->blocks.v[q->block + 1].span.start))
      return "quote does not start in its block";
    if ((unsigned)q->kind > LEDE_QUOTE_UNATTRIBUTED) return "bad quote kind";
    if ((q->lemma != NULL) != !S_empty(lede__s64(q->cue))) return "cue without lemma";
    if (q->kind == LEDE_QUOTE_UNATTRIBUTED && !S_empty(lede__s64(q->speaker)))
      return "unattributed quote with a speaker";
    if (q->parent != LEDE_NONE && q->parent >= i) return "bad quote parent";
    if (!S_empty(lede__s64(q->gap)) &&
        (q->gap.start <= q->content.start || q->gap.end >= q->content.end))
      return "quote gap outside its content";
    if ((q->via == LEDE_VIA_NONE) != S_empty(lede__s64(q->speaker)))
      return "speaker and speaker_via disagree";
  }
  return NULL;
}
