/* Quotes: quotation marks paired, token and word tests, and the speaker
 * phrases read around a cue. */
#include <pthread.h>
/* The scan for marks reads sixteen bytes at a time with SSE2 where the
 * compiler targets it, eight otherwise or when LEDE_NO_SSE2 is defined. */
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
#define S_SSE2 1
#include <emmintrin.h>
#else
#define S_SSE2 0
#endif

#include "quotes_internal.h"
#include "quote_verbs.h"

/* ==== Quotation marks =================================================== */

/* Marks that may open a quote (» and › open in the reversed style, ” in
 * the Swedish one). */
static int S_opener(int32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 ||
         c == 0x201E || c == 0x201A || c == 0x201F || c == 0x201B ||
         c == 0xAB || c == 0x2039 || c == 0x300C || c == 0x300E ||
         c == 0xFF02 || c == 0xBB || c == 0x203A || c == 0x201D;
}

/* Pending pairs whose every enclosing mark stayed unclosed are top level. */
static void S_flush(S_ctx *x) {
  for (size_t i = 0; i < x->pending.n; i++) {
    S_pair *p = &x->pending.v[i];
    size_t id = p->parent;
    int top = 1;
    while (id != LEDE_NONE) {
      if (x->openers.v[id].closed) {
        top = 0;
        break;
      }
      id = x->openers.v[id].parent;
    }
    if (top) *LEDE__PUSH(&x->a->scratch, x->pairs) = *p;
  }
  x->pending.n = 0;
  x->openers.n = 0;
  x->depth = 0;
}

int lede__q_alnum(int32_t c) {
  return lede__is_letter(c) || lede__is_digit(c);
}

/* Non-zero if one of the eight bytes in v is " ' ` or not ASCII (a byte
 * equal to one of them borrows out of itself only, and the high bits of
 * bytes that have them are kept apart). */
static inline uint64_t S_mark8(uint64_t v) {
  const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
  uint64_t z = ((v ^ (ones * '"')) - ones) | ((v ^ (ones * '\'')) - ones) |
               ((v ^ (ones * '`')) - ones);
  return ((z & ~v) | v) & highs;
}

#if S_SSE2
/* Bit k set where byte k of the sixteen at s is " ' ` or not ASCII. */
static inline unsigned S_mark16(const char *s) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i m = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))),
      _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(m, v));
}
#endif

/* The first position from j on in t[.., hi) holding a mark or a byte not
 * ASCII; hi if none. */
static inline size_t S_plain_end(const char *t, size_t j, size_t hi) {
#if S_SSE2
  for (; hi - j >= 16; j += 16) {
    unsigned m = S_mark16(t + j);
    if (m) return j + (size_t)__builtin_ctz(m);
  }
#endif
  while (hi - j >= 8) {
    uint64_t v;
    memcpy(&v, t + j, 8);
    if (S_mark8(v)) break;
    j += 8;
  }
  while (j < hi && (unsigned char)t[j] < 0x80 && t[j] != '"' &&
         t[j] != '\'' && t[j] != '`')
    j++;
  return j;
}

#if defined(LEDE__HW) && S_SSE2
/* S_plain_end 32 bytes a step, where the processor has AVX2 (lede__hw);
 * t holds lim bytes. The bytes left under 32 are read in one step of 32,
 * the bits past hi cleared, if t holds them; else as S_plain_end reads
 * them. */
static LEDE__HW_FN __attribute__((noinline)) size_t
S_plain_end_hw(const char *t, size_t j, size_t hi, size_t lim) {
  const __m256i dq = _mm256_set1_epi8('"'), sq = _mm256_set1_epi8('\''),
                bq = _mm256_set1_epi8('`');
  for (;; j += 32) {
    if (hi - j < 32 && (j >= hi || lim - j < 32)) break;
    __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(t + j));
    __m256i m = _mm256_or_si256(
        _mm256_or_si256(_mm256_cmpeq_epi8(v, dq), _mm256_cmpeq_epi8(v, sq)),
        _mm256_or_si256(_mm256_cmpeq_epi8(v, bq), v));
    unsigned mm = (unsigned)_mm256_movemask_epi8(m);
    if (hi - j < 32) {
      mm &= (1u << (hi - j)) - 1;
      return mm ? j + (size_t)__builtin_ctz(mm) : hi;
    }
    if (mm) return j + (size_t)__builtin_ctz(mm);
  }
  return S_plain_end(t, j, hi);
}
#define S_PLAIN_HW 1
#else
#define S_PLAIN_HW 0
#endif

/* S_plain_end, 32 bytes a step if hw (and the processor has AVX2); t
 * holds lim bytes. */
static inline size_t S_plain_end_by(const char *t, size_t j, size_t hi,
                                    size_t lim, int hw) {
#if S_PLAIN_HW
  if (hw) return S_plain_end_hw(t, j, hi, lim);
#else
  (void)hw;
  (void)lim;
#endif
  return S_plain_end(t, j, hi);
}

size_t lede__q_plain_end(const char *t, size_t j, size_t hi, size_t lim,
                         int hw) {
  return S_plain_end_by(t, j, hi, lim, hw && lede__hw());
}

/* Scan s[lo, hi) of block b for marks, carrying the stack in x. skip is a
 * position whose mark re-opens a carried quote (or (size_t)-1). hw: the
 * plain runs are read with AVX2. */
static void S_scan(S_ctx *x, size_t b, size_t lo, size_t hi, size_t skip,
                   int hw) {
  const char *t = x->a->text;
  int32_t prev = -2;
  size_t len;
  for (size_t i = lo; i < hi; i += len) {
    unsigned char byte = (unsigned char)t[i];
    if (byte < 0x80 && byte != '"' && byte != '\'' && byte != '`') {
      /* Plain ASCII up to the next mark or non-ASCII byte. */
      size_t j = S_plain_end_by(t, i + 1, hi, x->a->len, hw);
      prev = (unsigned char)t[j - 1];
      len = j - i;
      continue;
    }
    int32_t c = lede__cp(t, hi, i, &len);
    /* '' and `` stand for double marks in some archives. */
    if ((c == '\'' || c == '`') && i + 1 < hi && t[i + 1] == t[i]) {
      c = c == '`' ? 0x201C : '"';
      len = 2;
    }
    int fam = S_family(c);
    if (!fam || i == skip) {
      prev = c;
      continue;
    }
    size_t l2 = 0;
    int32_t next = i + len < hi ? lede__cp(t, hi, i + len, &l2) : -2;
    int32_t next2 = -2;
    if (next != -2 && i + len + l2 < hi) {
      size_t l3;
      next2 = lede__cp(t, hi, i + len + l2, &l3);
    }
    int32_t cur_prev = prev;
    prev = c;
    if (fam == F_SQ) {
      /* Apostrophes: Bahrain's, O'Malley, '90s, players' union. */
      if (lede__q_alnum(cur_prev) && lede__q_alnum(next)) continue;
      if ((cur_prev == -2 || lede__is_space(cur_prev)) && lede__is_digit(next))
        continue;
      if ((cur_prev == 's' || cur_prev == 'S') && next == ' ' &&
          lede__is_lower(next2))
        continue;
    }
    /* « and ‹ open before a space in the French style ("« Oui »"). */
    int spaced = (c == 0xAB || c == 0x2039) && lede__is_space(next) &&
                 next2 != -2 && !lede__is_space(next2);
    int can_open = next != -2 && (!lede__is_space(next) || spaced) &&
                   !lede__q_alnum(cur_prev);
    int can_close = cur_prev != -2 && !lede__is_space(cur_prev);
    int k = x->depth - 1;
    while (k >= 0 && x->stack[k].fam != fam) k--;
    int closes = 0;
    if (k >= 0) {
      int32_t oc = x->stack[k].c;
      switch (c) {
      /* A straight mark after a space that opens a word is an opener
       * even with one pending: the pending one was a stray. */
      case '"': case 0xFF02: closes = can_close || !can_open; break;
      case '\'': closes = can_close; break;
      case 0x201C: closes = oc == 0x201E || oc == 0x201D || !can_open; break;
      case 0x2018: closes = oc == 0x201A || !can_open; break;
      case 0xAB: closes = oc == 0xBB; break;
      case 0x2039: closes = oc == 0x203A; break;
      /* (after a space too, when « opened: "« Oui »") */
      case 0xBB: closes = oc == 0xAB || can_close || !can_open; break;
      case 0x203A: closes = oc == 0x2039 || can_close || !can_open; break;
      case 0x201E: case 0x201A: closes = 0; break;
      default: closes = can_close || !can_open; break;
      }
    }
    if (closes) {
      S_open *o = &x->stack[k];
      x->openers.v[o->id].closed = 1;
      S_pair *p = LEDE__PUSH(&x->a->scratch, x->pending);
      p->open = (uint32_t)o->pos;
      p->oend = (uint32_t)o->end;
      p->close = (uint32_t)i;
      p->cend = (uint32_t)(i + len);
      p->block = (uint32_t)o->block;
      p->parent = x->openers.v[o->id].parent;
      p->used = 0;
      x->depth = k;
      if (k == 0) S_flush(x);
      continue;
    }
    if (!can_open || !S_opener(c) || c == 0x2019) continue;
    if (k >= 0 && (c == 0xBB || c == 0x203A || c == 0x201D)) continue;
    if (x->depth == S_DEPTH) continue;
    S_opener_rec *r = LEDE__PUSH(&x->a->scratch, x->openers);
    r->parent = x->depth ? x->stack[x->depth - 1].id : LEDE_NONE;
    r->closed = 0;
    S_open *o = &x->stack[x->depth++];
    o->fam = fam;
    o->c = c;
    o->pos = i;
    o->end = i + len;
    o->block = b;
    o->id = x->openers.n - 1;
  }
}

void lede__q_find_pairs(S_ctx *x) {
  lede_article *a = x->a;
  size_t carry = 0, skip = (size_t)-1;
  int hw = S_PLAIN_HW && lede__hw();
  for (size_t b = 0; b < a->blocks.n; b++) {
    size_t lo, hi;
    if (!S_block_extent(a, b, &lo, &hi)) continue;
    S_scan(x, b, lo, hi, skip, hw);
    skip = (size_t)-1;
    if (!x->depth) {
      carry = 0;
      continue;
    }
    /* An open quote carries on if the next prose block is body text that
     * opens with a mark of the same family. */
    size_t nb = b + 1, nlo, nhi, len;
    while (nb < a->blocks.n && !a->blocks.v[nb].nsents) nb++;
    int go = 0;
    if (nb < a->blocks.n && a->blocks.v[b].part == LEDE_PART_BODY &&
        a->blocks.v[nb].part == LEDE_PART_BODY && carry < S_MAX_CARRY &&
        S_block_extent(a, nb, &nlo, &nhi)) {
      int32_t c = lede__cp(a->text, nhi, nlo, &len);
      if (S_family(c) == x->stack[0].fam && S_opener(c) && c != 0x2019)
        go = 1;
    }
    if (go) {
      x->depth = 1;
      skip = nlo;
      carry++;
    } else {
      S_flush(x);
      carry = 0;
    }
  }
  S_flush(x);
}

/* ==== Tokens ============================================================ */

/* The generator's hash: ASCII letters alike in either case. */
static uint32_t S_hash(const char *s, size_t n) { return lede__word_hash(s, n, 0); }

size_t lede__q_verb_n(void) {
  return lede__lex_speech_verbs.n + lede__lex_cue_action_verbs.n;
}

/* The line of entry e: "said say", or a bare lemma. */
const char *lede__q_entry_word(size_t e) {
  size_t n1 = lede__lex_speech_verbs.n;
  return e < n1 ? lede__lex_speech_verbs.words[e]
                : lede__lex_cue_action_verbs.words[e - n1];
}

const char *lede__q_entry_lemma(size_t e) {
  const char *w = lede__q_entry_word(e);
  const char *sp = strchr(w, ' ');
  return sp ? sp + 1 : w;
}

/* (filled by S_want_init) */
const char *lede__q_lemmas[S_VHASH / 2];
/* The length of each entry's form ("said" of "said say"), 0 past 255;
 * filled by S_want_init, which lede__q_verb_index_build runs first. */
static uint8_t S_form_len[S_VHASH / 2];
static pthread_once_t S_want_once = PTHREAD_ONCE_INIT;
static void S_want_init(void);

void lede__q_verb_index_build(S_verb_index *ix) {
  pthread_once(&S_want_once, S_want_init);
  ix->slot = S_verb_slot;
  ix->lens = S_verb_lens;
  ix->lens2 = S_verb_lens2;
  if (lede__lex_speech_verbs.n == S_VERB_N &&
      lede__lex_cue_action_verbs.n == S_VERB_N2)
    return;
  memset(ix->slot_buf, 0, sizeof ix->slot_buf);
  memset(ix->lens_buf, 0, sizeof ix->lens_buf);
  memset(ix->lens2_buf, 0, sizeof ix->lens2_buf);
  ix->slot = ix->slot_buf;
  ix->lens = ix->lens_buf;
  ix->lens2 = ix->lens2_buf;
  for (size_t e = 0; e < lede__q_verb_n() && e < S_VHASH / 2; e++) {
    /* The form: up to a space or the end (entries are lower case). */
    const char *w0 = lede__q_entry_word(e), *w = w0;
    while (*w && *w != ' ') w++;
    size_t n = (size_t)(w - w0);
    if (n && n < 32)
      ix->lens_buf[((unsigned char)*w0 & 31) * 32 +
                   ((unsigned char)w0[n - 1] & 31)] |= 1u << n;
    if (n >= 2 && n < 32)
      ix->lens2_buf[((unsigned char)w0[1] & 31) * 32 +
                    ((unsigned char)w0[n - 2] & 31)] |= 1u << n;
    uint32_t h = S_hash(w0, n) & (S_VHASH - 1);
    while (ix->slot_buf[h]) h = (h + 1) & (S_VHASH - 1);
    ix->slot_buf[h] = (uint16_t)(e + 1);
  }
}

/* 0 if s[0..n) is surely no form (its length by first and last byte,
 * then by second and last but one). */
static inline int S_verb_maybe(const S_verb_index *ix, const char *s,
                               size_t n) {
  if (n < 2 || n > 30) return 0;
  unsigned b = ((unsigned char)s[0] & 31) * 32 + ((unsigned char)s[n - 1] & 31);
  if (!(ix->lens[b] >> n & 1)) return 0;
  b = ((unsigned char)s[1] & 31) * 32 + ((unsigned char)s[n - 2] & 31);
  return (int)(ix->lens2[b] >> n & 1);
}

/* The entry of a cue verb form in the lists ("said say" for "said"),
 * or LEDE_NONE. The lists hold "form lemma" lines, or a bare lemma. */
static size_t S_verb_find(const S_verb_index *ix, const char *s, size_t n) {
  uint32_t h = S_hash(s, n) & (S_VHASH - 1);
  /* (a form of another length is passed over unread; the entries are
   * lower case, s is folded as it is read) */
  for (uint16_t e; (e = ix->slot[h]) != 0; h = (h + 1) & (S_VHASH - 1))
    if (S_form_len[e - 1u] == n &&
        lede__key_eq(s, lede__q_entry_word(e - 1u), n, 1))
      return e - 1u;
  return LEDE_NONE;
}

size_t lede__q_verb_entry(const S_verb_index *ix, const char *s, size_t n) {
  return S_verb_maybe(ix, s, n) ? S_verb_find(ix, s, n) : LEDE_NONE;
}

/* A cue form that is mostly a noun (data/lex/cue_noun_first.txt) read as
 * a noun at token i: a verb needs a verb's left context ("they support",
 * "who reports", "will support", "strongly supports", "AP reports") and
 * no preposition or verb of its own after it ("support for", "reports
 * of", "support cratered"). */
static int S_noun_first(const lede_article *a, size_t i, size_t s1) {
  if (!S_LEX(cue_noun_first, a, i)) return 0;
  size_t si = lede__tok_sent(a, i);
  if (i == a->sent_tok.v[si]) return 1;
  size_t p = i - 1;
  const lede__token *t = S_tok(a, i);
  int s_form = a->text[lede__tend(t) - 1] == 's';
  /* (a verb goes on to a word or ends the sentence: not "FEC reports —") */
  if (i + 1 < s1 && !S_word(a, i + 1) && !S_punct(a, i + 1, '.') &&
      !(S_tok(a, i + 1)->flags & LEDE__T_QUOTE))
    return 1;
  /* ("reports directly to the president": answers to) */
  if (i + 2 < s1 && S_ly(a, i + 1) && S_is(a, i + 2, "to")) return 1;
  if (i + 1 < s1 && (S_LEX(quote_preps, a, i + 1) ||
                     S_finite(a, i + 1) || S_be(a, i + 1)))
    return 1;
  /* (after "to", a modal or "do", only the base form: "according to
   * reports", "will support") */
  if (s_form && (S_is(a, p, "to") || S_finite_aux(a, p) || S_is(a, p, "do") ||
                 S_is(a, p, "does") || S_is(a, p, "did") || S_negation(a, p)))
    return 1;
  if (S_LEX(quote_pronouns, a, p) || S_is(a, p, "that") ||
      S_LEX(quote_aux, a, p) ||
      S_LEX(quote_modals, a, p) || S_is(a, p, "to") ||
      S_negation(a, p) || S_ly(a, p))
    return 0;
  /* a name as subject: "the Associated Press reports", not "Latino
   * support" (a base form after a name is a noun it modifies) */
  if (s_form && S_cap(a, p) && S_word(a, p) && p > a->sent_tok.v[si])
    return 0;
  /* a plural subject before a base form: "most senators support
   * reforming it", "voters favor Clinton" */
  if (!s_form && S_plural_noun(a, p) && !S_cap(a, p)) return 0;
  return 1;
}

/* Is sentence si set in title case ("Senator Defends Budget Amid
 * Protests")? Then it is a headline, whatever block it sits in, and its
 * words are no cues. Reads a->quote_verb of every word (no speech verb
 * opens with a digit, so a number has none). */
static int S_title_case(const lede_article *a, size_t si) {
  size_t t0 = a->sent_tok.v[si], t1 = a->sent_tok.v[si + 1];
  size_t words = 0, caps = 0, lim = t1 < t0 + 64 ? t1 : t0 + 64;
  for (size_t i = t0; i < lim; i++) {
    const lede__token *t = &a->tokens.v[i];
    if (!(t->flags & LEDE__T_WORD) || t->len < 4) continue;
    words++;
    if (t->flags & LEDE__T_CAP) caps++;
    /* A cue in lower case ('“Go, Ana Ruiz,” Piet Brandt wrote')
     * is a sentence's, not a headline's: those capitalize their verbs. */
    else if (a->quote_verb[i])
      return 0;
    /* (four capitalized words are needed for each other one: the tokens
     * left cannot make up for those seen) */
    else if (4 * (words - caps) > caps + (lim - i - 1))
      return 0;
  }
  return words >= 3 && caps * 5 >= words * 4;
}

/* A participle after its noun, with no auxiliary, before a preposition:
 * "judges nominated to the court", "a ban ordered by the court". A
 * transitive verb's finite form takes its object first ("the Senate
 * approved the bill"). */
static int S_reduced_relative(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *e = a->text + lede__tend(t);
  if (t->len < 4 || e[-2] != 'e' || e[-1] != 'd' || i == 0 ||
      i + 1 >= a->tokens.n)
    return 0;
  size_t si = lede__tok_sent(a, i);
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (i - 1 < s0 || i + 1 >= s1 || !S_word(a, i - 1) || S_be(a, i - 1) ||
      S_LEX(quote_aux, a, i - 1) ||
      S_LEX(quote_pronouns, a, i - 1))
    return 0;
  /* (an infinitive is the verb's own: "the board decided to close") */
  if (S_is(a, i + 1, "to"))
    return i + 2 < s1 &&
           (S_LEX(quote_determiners, a, i + 2) || S_cap(a, i + 2) ||
            S_LEX(quote_pronouns, a, i + 2));
  return S_LEX(quote_preps, a, i + 1) || S_is(a, i + 1, "by");
}

/* Marks words of n bytes at w in want (bit n, at most 31, by first and
 * last byte, as lede__q_find_verbs reads it). */
static void S_want(uint32_t *want, const char *w, size_t n) {
  if (!n) return;
  want[((unsigned char)w[0] & 31) * 32 + ((unsigned char)w[n - 1] & 31)] |=
      UINT32_C(1) << (n < 31 ? n : 31);
}

/* The same by second and last but one byte (a word of one byte: its
 * byte twice), into S_wantv2_tab. */
static void S_want_inner(uint32_t *want, const char *w, size_t n) {
  if (!n) return;
  want[((unsigned char)w[n > 1] & 31) * 32 +
       ((unsigned char)w[n - 1 - (n > 1)] & 31)] |=
      UINT32_C(1) << (n < 31 ? n : 31);
}

/* What lede__q_find_verbs asks of a word besides the verbs, by its
 * length: S_want_tab by first and last byte (the cue nouns' and
 * adjectives' words, and the few words asked there), S_want2_tab by first
 * and second byte (the verbs of phrases, as asked there). Made once. */
static uint32_t S_want_tab[32 * 32], S_want2_tab[32 * 32];
/* The same for the words of the cue noun and adjective lists alone: the
 * words whose entry lede__q_find_verbs fetches. */
static uint32_t S_noun_tab[32 * 32];
/* S_want_tab with the lengths of the precomputed verb table (S_verb_lens)
 * added: one look-up a word for both; S_wantv2_tab the same by second and
 * last but one byte (S_verb_lens2 and S_want_inner of the same words). A
 * word is asked only if both hold its length. */
static uint32_t S_wantv_tab[32 * 32], S_wantv2_tab[32 * 32];

/* What the lemma of cue verb entry e is in, for lede__q_cue_at2: the
 * stance lemmas (S_adjective_lemma), the verbs that report only with a
 * particle, the verbs some particle entry opens with, and those some
 * entry of the particles that make another verb opens with; and for
 * lede__q_find_verbs, the verbs that report only before "that". */
enum { L_STANCE = 1, L_PARTICLE_ONLY = 2, L_PARTICLE = 4,
       L_SLOW = 8 /* not known: ask the lists */, L_THAT_ONLY = 16,
       L_PARTICLE_NOT = 32 };
static unsigned char S_lemma_tab[S_VHASH / 2];
/* The cue class of each verb entry's lemma, by the address of its string
 * (S_entry_lemma): open addressing, S_VHASH slots for at most S_VHASH / 2
 * entries. */
static const char *S_class_key[S_VHASH];
static unsigned char S_class_val[S_VHASH];
/* The same slots: each lemma's entry in the word hash, whose bits say
 * which lists hold it (lede__q_lemma_in). */
static const lede__word *S_class_word[S_VHASH];

static size_t S_class_slot(const char *lemma) {
  uint64_t h = (uint64_t)(uintptr_t)lemma * UINT64_C(0x9E3779B97F4A7C15);
  return (size_t)(h >> 53) & (S_VHASH - 1);
}

static int S_class_of_word(const lede__word *w) {
  if (lede__word_in(w, &lede__lex_cue_writing)) return LEDE_CUE_WRITING;
  if (lede__word_in(w, &lede__lex_cue_thought)) return LEDE_CUE_THOUGHT;
  if (lede__word_in(w, &lede__lex_cue_other)) return LEDE_CUE_OTHER;
  return LEDE_CUE_SPEECH;
}

static int S_class_slow(const char *lemma) {
  /* one look-up for the three lists */
  return S_class_of_word(lede__word_find(lemma, strlen(lemma)));
}

/* The lists whose words lede__q_find_verbs asks about, and the few words
 * it names. */
static const lede__lexicon *const S_want_lists[] = {
    &lede__lex_cue_nouns, &lede__lex_cue_nouns_other, &lede__lex_cue_adjectives,
    &lede__lex_quote_poll_nouns, &lede__lex_quote_hearsay};
static const char *const S_small[] = {"in",  "out", "he",    "him",      "his",
                                      "her", "she", "there", "according"};

const char *lede__q_want_word(size_t k, size_t *n) {
  const char *w = NULL;
  if (k < lede__q_verb_n()) {
    w = lede__q_entry_word(k);
    size_t m = 0;
    while (w[m] && w[m] != ' ') m++; /* the form of "said say" */
    *n = m;
    return w;
  }
  k -= lede__q_verb_n();
  for (size_t l = 0; l < sizeof S_want_lists / sizeof *S_want_lists; l++) {
    if (k < S_want_lists[l]->n) {
      w = S_want_lists[l]->words[k];
      *n = strchr(w, ' ') ? 0 : strlen(w); /* (no token has a space) */
      return w;
    }
    k -= S_want_lists[l]->n;
  }
  if (k < sizeof S_small / sizeof *S_small) {
    *n = strlen(S_small[k]);
    return S_small[k];
  }
  return NULL;
}

/* Does an entry of lx open with the n bytes at l and a space? */
static int S_opens_entry(const lede__lexicon *lx, const char *l, size_t n) {
  /* (only the entries opening with l's first byte) */
  unsigned char c0 = (unsigned char)l[0];
  size_t k0 = lx->first ? lx->first[c0] : 0,
         k1 = lx->first ? lx->first[c0 + 1] : lx->n;
  for (size_t k = k0; k < k1; k++)
    if (strncmp(lx->words[k], l, n) == 0 && lx->words[k][n] == ' ') return 1;
  return 0;
}

static void S_want_init(void) {
  for (size_t e = 0; e < S_VHASH / 2; e++) {
    if (e >= lede__q_verb_n()) {
      S_lemma_tab[e] = L_SLOW;
      continue;
    }
    const char *l = lede__q_entry_lemma(e);
    lede__q_lemmas[e] = l;
    size_t fl = strcspn(lede__q_entry_word(e), " ");
    S_form_len[e] = (uint8_t)(fl < 256 ? fl : 0);
    size_t n = strlen(l);
    unsigned b = 0;
    if (lede__lex_has(&lede__lex_quote_stance_lemmas, l, n)) b |= L_STANCE;
    if (lede__lex_has(&lede__lex_cue_that_only, l, n)) b |= L_THAT_ONLY;
    if (lede__lex_has(&lede__lex_cue_particle_only, l, n)) b |= L_PARTICLE_ONLY;
    if (S_opens_entry(&lede__lex_cue_particles, l, n)) b |= L_PARTICLE;
    if (S_opens_entry(&lede__lex_cue_particle_not, l, n)) b |= L_PARTICLE_NOT;
    S_lemma_tab[e] = (unsigned char)b;
    size_t h = S_class_slot(l);
    while (S_class_key[h] && S_class_key[h] != l) h = (h + 1) & (S_VHASH - 1);
    S_class_key[h] = l;
    S_class_word[h] = lede__word_find(l, n);
    S_class_val[h] = (unsigned char)S_class_of_word(S_class_word[h]);
  }
  for (size_t l = 0; l < sizeof S_want_lists / sizeof *S_want_lists; l++)
    for (size_t e = 0; e < S_want_lists[l]->n; e++) {
      const char *w = S_want_lists[l]->words[e];
      S_want(S_want_tab, w, strlen(w));
      S_want_inner(S_wantv2_tab, w, strlen(w));
      if (S_want_lists[l] != &lede__lex_quote_hearsay)
        S_want(S_noun_tab, w, strlen(w));
    }
  for (size_t e = 0; e < sizeof S_small / sizeof *S_small; e++) {
    S_want(S_want_tab, S_small[e], strlen(S_small[e]));
    S_want_inner(S_wantv2_tab, S_small[e], strlen(S_small[e]));
  }
  for (unsigned b0 = 'a'; b0 <= 'z'; b0++)
    for (unsigned b1 = 'a'; b1 <= 'z'; b1++)
      if (lede__q_phrase_first(b0, b1, 3))
        S_want2_tab[(b0 & 31) * 32 + (b1 & 31)] = 0x1F8u; /* lengths 3 to 8 */
  for (size_t b = 0; b < 32 * 32; b++) {
    S_wantv_tab[b] = S_verb_lens[b] | S_want_tab[b];
    S_wantv2_tab[b] |= S_verb_lens2[b];
  }
}

/* The sentence si stands in an editor's note ("Editor's note: ..."):
 * asked once a block, the sentences of a block coming one after another. */
static int S_note(S_ctx *x, size_t si) {
  const lede_article *a = x->a;
  size_t bi = a->sents.v[si].block;
  if (x->note_block != bi + 1) {
    lede_span b = lede__s64(a->blocks.v[bi].span);
    x->note = lede__lex_prefix(&lede__lex_quote_notes, a->text + b.start,
                               b.end - b.start) != 0;
    x->note_block = bi + 1;
  }
  return x->note;
}

/* Of the words of tokens [i0, i1) (one word of 64 bits), those the walk
 * is to look at: what the filters let through, or every word. */
static inline __attribute__((always_inline)) uint64_t
S_verbs_go(const lede_article *a, int filter, size_t w, size_t i0, size_t i1,
           const uint32_t *want2, const uint32_t *wantv,
           const uint32_t *wantv2) {
  uint64_t go = 0; /* the words the filters let through */
  const uint64_t *qwant = a->q_want;
  /* (the dates stage's look-up of each token has told them: a->q_want) */
  if (filter && qwant && i1 > i0)
    go = qwant[w] & (~UINT64_C(0) >> (64 - (i1 - i0)));
  else if (filter && !qwant)
    for (size_t i = i0; i < i1; i++) {
      const lede__token *t = &a->tokens.v[i];
      size_t len = t->len;
      if (!(t->flags & LEDE__T_WORD)) continue;
      const unsigned char *s = (const unsigned char *)a->text + t->start;
      /* (a one-byte word reads its own byte as second and last but one,
       * never one past it) */
      size_t k1 = len > 1;
      unsigned b0 = (s[0] & 31u) * 32, m = len < 31 ? (unsigned)len : 31;
      uint32_t y = ((wantv[b0 + (s[len - 1] & 31u)] &
                     wantv2[(s[k1] & 31u) * 32 + (s[len - 1 - k1] & 31u)]) |
                    want2[b0 + (s[k1] & 31u)]) >> m;
      go |= (uint64_t)(y & 1) << (i - i0);
    }
  if (!filter) /* every word */
    for (size_t i = i0; i < i1; i++)
      if (a->tokens.v[i].flags & LEDE__T_WORD) go |= UINT64_C(1) << (i - i0);
  return go;
}

/* The speech verb entry of word i (not a number), recorded in
 * a->quote_verb; returns whether it has one. code: per entry, its code
 * in the article (S_verb_of), or 0 before its first token. */
static inline __attribute__((always_inline)) int
S_verb_at(lede_article *a, const S_verb_index *ix, uint8_t *code, size_t i,
          const lede__token *t, const char *s, size_t len) {
  /* (most words fail the filter: tested here, with no call) */
  size_t e = S_verb_maybe(ix, s, len) ? S_verb_find(ix, s, len) : LEDE_NONE;
  /* A stance or action verb in capitals is a name's word ("Planned
   * Parenthood") or a headline's; in the headline it is furniture as
   * in a title-case one ("Council backs plan"). */
  if (e != LEDE_NONE && e >= lede__lex_speech_verbs.n &&
      ((t->flags & LEDE__T_CAP) || S_reduced_relative(a, i) ||
       a->blocks.v[a->sents.v[lede__tok_sent(a, i)].block].part ==
           LEDE_PART_TITLE))
    e = LEDE_NONE;
  if (e == LEDE_NONE) return 0;
  /* (the entry's first token gives it the next code while there is
   * one; past S_VCODES entries, each token is 255 and a pair; an entry
   * is under S_VHASH, as the slots hold them all) */
  unsigned c = code[e];
  if (!c) {
    int pair = a->quote_verb_e.n >= S_VCODES;
    if (a->quote_verb_e.n == a->quote_verb_e.cap)
      lede__vec_grow(&a->scratch, (void **)&a->quote_verb_e.v,
                     &a->quote_verb_e.cap, sizeof *a->quote_verb_e.v);
    a->quote_verb_e.v[a->quote_verb_e.n++] =
        pair ? (uint64_t)i << 16 | e : (uint64_t)e;
    c = pair ? 255 : (unsigned)a->quote_verb_e.n;
    if (!pair) code[e] = (uint8_t)c;
  }
  a->quote_verb[i] = (uint8_t)c;
  return 1;
}

/* The walk over the words go of tokens [i0, i0 + 64) (word w of the bits):
 * each pass's candidates among them, stored in x->cand. */
static inline __attribute__((always_inline)) void
S_verbs_block(S_ctx *x, const S_verb_index *ix, uint8_t *code, int filter,
              size_t w, size_t i0, uint64_t go) {
  lede_article *a = x->a;
  uint64_t rep = 0, noun = 0, adj = 0, stance = 0, pron = 0, phrase = 0,
           hear = 0, poll = 0;
  for (; go; go &= go - 1) {
    size_t i = i0 + (size_t)__builtin_ctzll(go);
    const lede__token *t = &a->tokens.v[i];
    if (!(t->flags & LEDE__T_WORD)) continue;
    uint64_t bit = UINT64_C(1) << (i - i0);
    size_t len = t->len;
    const char *s = a->text + t->start;
    int c = (unsigned char)s[0] | 0x20;
    if (!(t->flags & LEDE__T_NUM)) {
      /* (every token given a verb entry, until the last pass keeps
       * those left: the walks below visit these bits alone) */
      if (S_verb_at(a, ix, code, i, t, s, len)) rep |= bit;
      /* (unfiltered, every word: the test of the filter checks it) */
      if (!(t->flags & LEDE__T_CAP) &&
          (!filter ||
           (S_noun_tab[(c & 31) * 32 + ((unsigned char)s[len - 1] & 31)] >>
                (len < 31 ? len : 31) & 1))) {
        const lede__word *d = lede__tok_word(a, i);
        if (d && (lede__word_has(d, &lede__lex_cue_nouns) ||
                  lede__word_has(d, &lede__lex_cue_nouns_other)))
          noun |= bit;
        if (d && lede__word_has(d, &lede__lex_cue_adjectives)) adj |= bit;
        if (d && lede__word_has(d, &lede__lex_quote_poll_nouns)) poll |= bit;
      } else if ((t->flags & LEDE__T_CAP) && S_LEX(quote_poll_nouns, a, i)) {
        poll |= bit; /* ("in a Harbor Tribune Poll") */
      }
    }
    /* (a cue of its own, as lede__q_cue_at2 reads it) */
    if (len == 9 && c == 'a' && S_is(a, i, "according")) rep |= bit;
    if ((len == 5 && c == 't' && S_is(a, i, "there")) ||
        (len >= 9 && len <= 11 && S_LEX(quote_hearsay, a, i)))
      hear |= bit;
    if (len == 2 || len == 3) {
      if ((c == 'i' && S_is(a, i, "in")) || (c == 'o' && S_is(a, i, "out")))
        stance |= bit;
      if ((c == 'h' && (S_is(a, i, "he") || S_is(a, i, "him") ||
                        S_is(a, i, "his") || S_is(a, i, "her"))) ||
          (c == 's' && S_is(a, i, "she")))
        pron |= bit;
    }
    /* (what a form of "take" or an "as" frame's verb has first) */
    if (len < 3 || len > 8) continue;
    int c2 = s[1] | 0x20;
    if (lede__q_phrase_first((unsigned)c, (unsigned)c2, len) &&
        lede__q_phrase_verb(a, i, c))
      phrase |= bit;
  }
  x->cand[Q_REPORT][w] = rep;
  x->cand[Q_NOUN][w] = noun;
  x->cand[Q_ADJ][w] = adj;
  x->cand[Q_STANCE][w] = stance;
  x->cand[Q_PRON][w] = pron;
  x->cand[Q_PHRASE][w] = phrase;
  x->cand[Q_HEARSAY][w] = hear;
  x->cand[Q_POLL][w] = poll;
}

/* Sentence si's verbs, dropped where they are not verbs of a report: a
 * noun ("news reports of"), a that-only verb without its clause, an
 * editor's note, a title-case sentence's stances. */
static inline void S_verbs_sentence(S_ctx *x, size_t si) {
  lede_article *a = x->a;
  size_t t0 = a->sent_tok.v[si], t1 = a->sent_tok.v[si + 1];
  /* ("news reports of", "support for": nouns, in speaker phrases too;
   * "charged that", not "charged him", "charges that might arise") */
  int verbs = 0; /* any left */
  int lower = 0; /* a verb left in lower case where S_title_case looks */
  for (size_t i = t0; (i = S_next_cand(x->cand[Q_REPORT], i, t1)) < t1; i++) {
    if (!a->quote_verb[i]) continue; /* ("according") */
    if (S_noun_first(a, i, t1)) {
      a->quote_verb[i] = 0;
      continue;
    }
    size_t ve = S_verb_of(a, i);
    unsigned lb = ve < S_VHASH / 2 ? S_lemma_tab[ve] : L_SLOW;
    const char *l = lb & L_SLOW ? S_entry_lemma(ve) : NULL;
    if ((l ? lede__q_lemma_in(l, &lede__lex_cue_that_only)
           : (int)(lb & L_THAT_ONLY)) &&
        !(i + 2 < t1 && S_is(a, i + 1, "that") && S_word(a, i + 2) &&
          !S_finite(a, i + 2) && !S_finite_aux(a, i + 2)))
      a->quote_verb[i] = 0;
    verbs |= a->quote_verb[i] != 0;
    lower |= a->quote_verb[i] && i < t0 + 64 && a->tokens.v[i].len >= 4 &&
             !(a->tokens.v[i].flags & LEDE__T_CAP);
  }
  /* (a sentence with no verb left has none to drop) */
  if (!verbs) return;
  if (S_note(x, si)) {
    memset(a->quote_verb + t0, 0, t1 - t0);
    return;
  }
  /* (S_title_case says no at such a verb: told without its walk) */
  if (lower || !S_title_case(a, si)) return;
  /* "Lee Says Bridge Will Reopen", "Lee Just Announced ...": a
   * headline's verb of speech or writing after a name still reports;
   * its stances and thoughts ("Senator Defends Budget") are
   * furniture. */
  for (size_t i = t0; i < t1; i++) {
    const char *l = S_verb_lemma(a, i);
    size_t b = i > t0 && S_is(a, i - 1, "just") ? i - 1 : i;
    int cls = l ? S_cue_class_of(l) : LEDE_CUE_OTHER;
    if ((cls == LEDE_CUE_SPEECH || cls == LEDE_CUE_WRITING) && b > t0 &&
        S_cap(a, b - 1) && S_word(a, b - 1) && i + 1 < t1 && S_word(a, i + 1) &&
        /* (a passive: "Mayor Accused Of Fraud") */
        !S_is(a, i + 1, "of") && !S_is(a, i + 1, "by"))
      continue;
    a->quote_verb[i] = 0;
  }
}

/* The speech verb entry of every word, looked up once; none in an
 * editor's note, none in a title-case sentence. */
/* (inline in both callers: the filter's test is a constant there) */
static inline __attribute__((always_inline)) void S_find_verbs(S_ctx *x,
                                                               int filter) {
  lede_article *a = x->a;
  size_t n = a->tokens.n, words = n / 64 + 1;
  /* in a block of its own, to be given back before the stage ends */
  size_t cap = 0;
  lede__vec_reserve(&a->scratch, (void **)&a->quote_verb, &cap, 1, n + 1);
  memset(a->quote_verb, 0, cap);
  memset(&a->quote_verb_e, 0, sizeof a->quote_verb_e);
  for (int k = 0; k < Q_NCAND; k++)
    x->cand[k] = lede__calloc(&a->scratch,
                              lede__mul(&a->scratch, words, sizeof(uint64_t)));
  S_verb_index ix;
  lede__q_verb_index_build(&ix);
  uint8_t code[S_VHASH];
  memset(code, 0, sizeof code);
  /* Most words are none of what the walk looks for: S_want_init's
   * tables and the verbs' pass them over. */
  pthread_once(&S_want_once, S_want_init);
  const uint32_t *want2 = S_want2_tab, *wantv = S_wantv_tab,
                 *wantv2 = S_wantv2_tab;
  uint32_t wantv_buf[32 * 32], wantv2_buf[32 * 32];
  if (ix.lens != S_verb_lens) { /* (quote_verbs.h is stale: S_wantv2_tab's
                                 * verb lengths too, so it passes all) */
    for (size_t b = 0; b < 32 * 32; b++) {
      wantv_buf[b] = ix.lens[b] | S_want_tab[b];
      wantv2_buf[b] = UINT32_MAX;
    }
    wantv = wantv_buf;
    wantv2 = wantv2_buf;
  }
  /* One walk: the verbs, and for each pass that would ask every token the
   * tokens it is to ask (x->cand; the bits of 64 tokens are gathered in
   * registers, then stored). The verbs' own bits are added below, once
   * the verbs are final. */
  for (size_t w = 0; w < words; w++) {
    size_t i0 = w * 64, i1 = n - i0 < 64 ? n : i0 + 64;
    uint64_t go = S_verbs_go(a, filter, w, i0, i1, want2, wantv, wantv2);
    S_verbs_block(x, &ix, code, filter, w, i0, go);
  }
  /* (a sentence with no candidate has no verb to drop: only those
   * holding one are visited) */
  {
    S_cwalk c = {0};
    const uint64_t *rm = x->cand[Q_REPORT];
    size_t nt = S_walk_end(a);
    for (size_t i = S_walk_first(a); (i = S_next_cand(rm, i, nt)) < nt;
         i = c.s1) {
      S_walk_sent(a, &c, i);
      S_verbs_sentence(x, c.si);
    }
  }
  /* The final verbs: reports open at them (the verbs dropped lose their
   * bit), and those of lower-case words may be adjectives of stance. */
  for (size_t i = 0; (i = S_next_cand(x->cand[Q_REPORT], i, n)) < n; i++) {
    uint64_t bit = UINT64_C(1) << (i & 63);
    if (!a->quote_verb[i]) {
      if (!S_is(a, i, "according")) x->cand[Q_REPORT][i >> 6] &= ~bit;
      continue;
    }
    const lede__token *t = &a->tokens.v[i];
    if ((t->flags & LEDE__T_WORD) && !(t->flags & (LEDE__T_CAP | LEDE__T_NUM)))
      x->cand[Q_ADJ][i >> 6] |= bit;
  }
}

void lede__q_find_verbs(S_ctx *x) { S_find_verbs(x, 1); }

int lede__q_cue_class(const char *lemma) {
  pthread_once(&S_want_once, S_want_init);
  /* (a verb entry's lemma is found by its address; any other asks the
   * lists) */
  for (size_t h = S_class_slot(lemma); S_class_key[h]; h = (h + 1) & (S_VHASH - 1))
    if (S_class_key[h] == lemma) return S_class_val[h];
  return S_class_slow(lemma);
}

int lede__q_lemma_in(const char *lemma, const lede__lexicon *lx) {
  /* (a verb entry's lemma answers from its entry, found by its address;
   * any other, or a list outside the word hash, asks the list. No
   * pthread_once at each ask: the stage's lemmas are asked after
   * lede__q_find_verbs made the slots in this thread, and with the slots
   * still empty every lemma asks the list) */
  if (lx->id)
    for (size_t h = S_class_slot(lemma); S_class_key[h]; h = (h + 1) & (S_VHASH - 1))
      if (S_class_key[h] == lemma) return lede__word_has_id(S_class_word[h], lx->id);
  return lede__lex_has(lx, lemma, strlen(lemma));
}

void lede__q_find_verbs_unfiltered(S_ctx *x) { S_find_verbs(x, 0); }

int lede__q_lemma_particle_not(size_t e) {
  pthread_once(&S_want_once, S_want_init);
  return e >= S_VHASH / 2 || (S_lemma_tab[e] & (L_SLOW | L_PARTICLE_NOT));
}

/* ==== Speaker phrases =================================================== */

/* "seem", "appear": they report the clause they stand in, no speaker. */
static int S_evidential_lemma(const char *lemma) {
  return S_same(lemma, "seem") || S_same(lemma, "appear") ||
         S_same(lemma, "rumor");
}

/* "the reality show “Pool Boss”": a work's name in its bare form after
 * a singular noun (a verb would agree: "shows"), before its title. Is
 * the word at i (p before it, its sentence from s0) such a name? */
static int S_reading_work(const lede_article *a, size_t i, size_t p,
                          size_t s0) {
  if (!(S_LEX(quote_works, a, i) &&
        i + 1 < a->tokens.n && (S_tok(a, i + 1)->flags & LEDE__T_QUOTE) &&
        (S_tok(a, p)->flags & LEDE__T_WORD) &&
        !S_plural_noun(a, p) && !S_LEX(quote_pronouns, a, p) &&
        !S_LEX(quote_aux, a, p) && !S_LEX(quote_modals, a, p) &&
        !S_LEX(quote_determiners, a, p) && !S_is(a, p, "to") &&
        !a->quote_verb[p]))
    return 0;
  /* back over modifiers to a determiner, possessive or name */
  /* (a name before it needs a determiner too: "the reality TV show") */
  int cap = (S_tok(a, p)->flags & LEDE__T_CAP) != 0;
  size_t k = p;
  while (k > s0 && k + 3 > p &&
         (S_np_lower(a, k - 1) || (cap && (S_tok(a, k - 1)->flags & LEDE__T_CAP))) &&
         !S_LEX(quote_determiners, a, k - 1))
    k--;
  return k > s0 &&
         (S_LEX(quote_determiners, a, k - 1) ||
          S_possessive(a, k - 1) ||
          (!cap && (S_tok(a, k - 1)->flags & LEDE__T_CAP)));
}

/* A bare form (no -ing, no -ed) after p, its sentence from s0, its
 * last byte last: a noun after a determiner, a possessive or one or two
 * modifiers? */
static int S_reading_bare(const lede_article *a, size_t p, size_t s0,
                          char last) {
  /* A determiner or possessive right before: a noun; but a quantifier
   * opening the clause is its subject ("Most believe", "Many say"). */
  int quant = S_LEX(quote_quantifiers, a, p) && last != 's' &&
              (p == s0 || S_comma(a, p - 1) ||
               /* ("One in five say") */
               S_number_subject(a, s0, p) != LEDE_NONE);
  if (S_LEX(quote_determiners, a, p) && !S_is(a, p, "that") &&
      !quant)
    return 1;
  /* ("he's said": a contraction after a pronoun, not a possessive) */
  if (S_possessive(a, p) &&
      !(p > 0 && S_LEX(quote_pronouns, a, p - 1)))
    return 1;
  /* (p's shape asked once, for one modifier and for two) */
  if (!(p > s0 && S_adjective_shape(a, p))) return 0;
  /* "the new claims", "its repeated denials" */
  if (S_LEX(quote_determiners, a, p - 1) || S_possessive(a, p - 1))
    return 1;
  /* "this season's best-rated new shows": two modifiers */
  return p > s0 + 1 && S_adjective_shape(a, p - 1) &&
         (S_LEX(quote_determiners, a, p - 2) || S_possessive(a, p - 2));
}

/* A form in -ed at i (p before it, its sentence [s0, s1)): a name given
 * ("a company called ..."), or a participle modifying a plural noun? */
static int S_reading_ed(const lede_article *a, size_t i, size_t p,
                        size_t s0, size_t s1) {
  if (S_is(a, i, "called") || S_is(a, i, "named") ||
      S_is(a, i, "dubbed") || S_is(a, i, "titled")) {
    /* "a company called Cambridge Analytica", "a move called the
     * boneless": a name given to an indefinite noun phrase. */
    size_t nx = i + 1;
    int particle = nx < a->tokens.n &&
                   (S_LEX(quote_preps, a, nx) || S_is(a, nx, "out") ||
                    S_is(a, nx, "up") || S_is(a, nx, "off"));
    for (size_t k = p, m = 0; !particle && m < 4 && k >= s0;
         k--, m++) {
      /* (not "a Baton Rouge paper called on", "one lawmaker called") */
      if (S_is(a, k, "a") || S_is(a, k, "an") || S_is(a, k, "another"))
        return 1;
      if (!S_word(a, k) || S_LEX(quote_pronouns, a, k) ||
          S_LEX(quote_determiners, a, k) || a->quote_verb[k] ||
          S_LEX(quote_aux, a, k) || k == 0)
        break;
    }
  }
  /* "a majority of pledged delegates", "fewer pledged delegates": a
   * participle between a preposition, quantifier or determiner and
   * the plural noun it modifies. */
  size_t nx = i + 1;
  return nx < s1 &&
         !S_cap(a, nx) && S_plural_noun(a, nx) &&
         !S_LEX(quote_objects, a, nx) &&
         ((S_LEX(quote_preps, a, p) && !S_is(a, p, "to")) ||
          S_LEX(quote_quantifiers, a, p) || S_is(a, p, "fewer") ||
          S_is(a, p, "more") ||
          (S_LEX(quote_determiners, a, p) && !S_is(a, p, "that")));
}

/* A form in -ing at i (p before it, its sentence [s0, s1)): a
 * participle modifying the noun after it or the noun phrase before? */
static int S_reading_ing(const lede_article *a, size_t i, size_t p,
                         size_t s0, size_t s1) {
  /* "some warning signs", "no publishing niche": a participle between
   * a determiner and the noun it modifies. */
  size_t nx = i + 1;
  if (((S_LEX(quote_determiners, a, p) && !S_is(a, p, "that")) ||
       S_negation(a, p)) &&
      nx < s1 && S_word(a, nx) &&
      !S_cap(a, nx) && !a->quote_verb[nx] &&
      !S_LEX(quote_determiners, a, nx) && !S_LEX(quote_pronouns, a, nx) &&
      !S_LEX(quote_preps, a, nx) && !S_LEX(quote_stop, a, nx) &&
      !S_finite_aux(a, nx))
    return 1;
  /* "a tape showing", "the emails reflecting": a participle right
   * after a noun phrase's head (documents excepted: "a statement
   * saying" reports). */
  const lede__token *pt = S_tok(a, p);
  if (!(pt->flags & LEDE__T_WORD) || (pt->flags & LEDE__T_CAP) ||
      S_LEX(quote_pronouns, a, p) ||
      S_LEX(quote_documents, a, p) ||
      S_LEX(quote_aux, a, p) || a->quote_verb[p])
    return 0;
  for (size_t k = p; k > 0 && k + 3 > p; k--) {
    if (k - 1 < s0) break;
    if (S_LEX(quote_determiners, a, k - 1) &&
        !S_is(a, k - 1, "that"))
      return 1;
    if (!S_adjective_shape(a, k - 1)) break;
  }
  return 0;
}

/* Is the cue word at token i read as a noun or as a participle modifying
 * one, in context? "the new claims from", "his comments", "Reyes's
 * remarks", "a tape showing". */
int lede__q_noun_reading(const lede_article *a, size_t i) {
  if (i == 0) return 0;
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  int ing = n > 4 && memcmp(e - 3, "ing", 3) == 0;
  int ed = n > 3 && e[-1] == 'd' && e[-2] == 'e';
  size_t si = lede__tok_sent(a, i), p = i - 1;
  /* (its sentence's tokens: [s0, s1)) */
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (p < s0) return 0;
  if (!ing && !ed)
    return (e[-1] != 's' && S_reading_work(a, i, p, s0)) ||
           S_reading_bare(a, p, s0, e[-1]);
  if (ed) return S_reading_ed(a, i, p, s0, s1);
  return S_reading_ing(a, i, p, s0, s1);
}

/* Does token k (before s1) join the cue verb of lemma as its particle
 * (data/lex/cue_particles.txt: "talk about")? */
static int S_particle_in(const lede__lexicon *lx, const lede_article *a,
                         const char *lemma, size_t k, size_t s1) {
  if (k >= s1 || !S_word(a, k)) return 0;
  const lede__token *t = S_tok(a, k);
  size_t ln = strlen(lemma), n = t->len;
  char key[32];
  if (ln + 1 + n > sizeof key) return 0;
  memcpy(key, lemma, ln);
  key[ln] = ' ';
  memcpy(key + ln + 1, a->text + t->start, n);
  return lede__lex_has(lx, key, ln + 1 + n);
}

static int S_particle(const lede_article *a, const char *lemma, size_t k,
                      size_t s1) {
  return S_particle_in(&lede__lex_cue_particles, a, lemma, k, s1);
}

/* Is token i (in sentence range [s0, s1)) the start of a cue? (S_lemma_tab
 * is made by lede__q_find_verbs, which runs first.) */
int lede__q_cue_at2(const lede_article *a, size_t i, size_t s1, S_cue *cu,
                    int loose) {
  const lede__token *t = S_tok(a, i);
  /* Words in capitals are headline furniture ("OZ'S BOSS THINKS"). */
  if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_UPPER)) return 0;
  const char *s = a->text + t->start;
  size_t n = t->len;
  /* Most words are no cue: leave before any string comparison. */
  if (!a->quote_verb[i] && !loose && n != 9) return 0;
  if (n == 9 && lede__eq_ci(s, n, "according") && i + 1 < s1 &&
      S_is(a, i + 1, "to")) {
    cu->cue0 = i;
    cu->cue1 = i + 2;
    cu->lemma = "according to";
    cu->according = 1;
    return 1;
  }
  /* (its entry's lemma, and what the lemma is in: S_lemma_tab, filled
   * once before lede__q_find_verbs set any quote_verb) */
  size_t ve = a->quote_verb[i] ? S_verb_of(a, i) : LEDE_NONE;
  const char *lemma = ve != LEDE_NONE ? S_entry_lemma(ve) : NULL;
  unsigned lb = ve < S_VHASH / 2 ? S_lemma_tab[ve] : L_SLOW;
  if (lemma && S_evidential_lemma(lemma)) return 0;
  /* "That said, ...": "nevertheless", not a report. */
  if (i > 0 && i + 1 < s1 && S_is(a, i, "said") && S_is(a, i - 1, "that") &&
      S_comma(a, i + 1) &&
      (i - 1 == a->sent_tok.v[lede__tok_sent(a, i)] || S_punct(a, i - 2, '(')))
    return 0;
  if (lemma &&
      (lb & L_SLOW ? S_adjective_lemma(lemma) : (int)(lb & L_STANCE)) &&
      !(i > 0 && (S_be(a, i - 1) || S_be_contracted(a, i - 1))))
    return 0;
  int after = 0;
  if (!lemma && loose) {
    lemma = S_after_lemma(a, i);
    after = lemma != NULL;
  }
  if (!lemma) return 0;
  if (lede__q_noun_reading(a, i)) return 0;
  /* "Questions and answers have been edited": a cue word in -s joined
   * by "and" to a word before it and followed by a finite verb is a
   * plural noun of their subject (not "which he said was": a subject
   * stands before that; nor "and ask would you": a question). */
  if (i > 0 && i + 1 < s1 && S_s_form(a, i) && S_finite_aux(a, i + 1) &&
      (S_is(a, i - 1, "and") || S_is(a, i - 1, "or")))
    return 0;
  /* "40 percent, compared with 23 percent", "up 7 percent compared to
   * 2014": a comparison; the verb has its object first ("compared her
   * to Nixon"). */
  if (i + 1 < s1 && S_is(a, i, "compared") &&
      (S_is(a, i + 1, "with") || S_is(a, i + 1, "to")))
    return 0;
  /* "backed away from the deal", "showed up at the rally": with its
   * particle the verb is another, no cue (data/lex/cue_particle_not.txt). */
  /* (asked only of a lemma some entry opens with: most have none) */
  if ((lb & (L_SLOW | L_PARTICLE_NOT)) &&
      S_particle_in(&lede__lex_cue_particle_not, a, lemma, i + 1, s1))
    return 0;
  cu->cue0 = i;
  cu->cue1 = i + 1;
  /* "Lee Just Announced ...": a headline's adverb joins its cue, not
   * the name before it */
  if (i > 1 && S_cap(a, i - 1) && S_is(a, i - 1, "just") &&
      !lede__tok_opens(a, i - 1) && !lede__tok_opens(a, i))
    cu->cue0 = i - 1;
  /* "shot back", "cut in", "went on" */
  if (after && i + 1 < s1 &&
      (S_is(a, i + 1, "back") || S_is(a, i + 1, "in") ||
       S_is(a, i + 1, "on")))
    cu->cue1 = i + 2;
  cu->lemma = lemma;
  cu->according = 0;
  /* "a group known as Ansar al-Sharia": a name given, not a thought. */
  if (S_same(lemma, "know") && i + 1 < s1 && S_is(a, i + 1, "as"))
    return 0;
  /* "a Washington think tank" is a noun. */
  if (S_same(lemma, "think") && i + 1 < s1 &&
      (S_is(a, i + 1, "tank") || S_is(a, i + 1, "tanks")))
    return 0;
  /* "made it clear that". */
  if (S_same(lemma, "make")) {
    size_t k = i + 1;
    if (k < s1 && S_is(a, k, "it")) k++;
    if (k < s1 && S_is(a, k, "clear")) cu->cue1 = k + 1;
    else return 0;
  }
  /* "pointed out", "talked about", "voted against": the particle joins
   * the cue; some verbs report only with one ("spoke for an hour"). */
  if (after) lb = L_SLOW;
  if ((lb & (L_SLOW | L_PARTICLE)) && S_particle(a, lemma, i + 1, s1))
    cu->cue1 = i + 2;
  /* ("spoke highly of", "talks freely about": an adverb between;
   * data/lex/cue_particles_adverb.txt) */
  else if ((lb & (L_SLOW | L_PARTICLE)) && i + 2 < s1 && S_ly(a, i + 1) &&
           S_particle_in(&lede__lex_cue_particles_adverb, a, lemma, i + 2, s1))
    cu->cue1 = i + 3;
  else if (lb & L_SLOW ? lede__q_lemma_in(lemma, &lede__lex_cue_particle_only)
                       : (int)(lb & L_PARTICLE_ONLY))
    return 0;
  /* "said in a statement". */
  size_t j = i + 1;
  if (j + 1 < s1 && S_is(a, j, "in")) {
    size_t k = j + 1;
    if (k < s1 && (S_is(a, k, "a") || S_is(a, k, "an") || S_is(a, k, "the")))
      k++;
    if (k < s1 && k + 1 < s1 && S_LEX(quote_documents, a, k + 1) &&
        !S_LEX(quote_documents, a, k))
      k++; /* "a written statement" */
    if (k < s1 && S_LEX(quote_documents, a, k)) cu->cue1 = k + 1;
  }
  return 1;
}

/* An initial that is also a determiner: the "A." of "James A. Baker". */
static int S_initial_stop(const lede_article *a, size_t i) {
  return S_initial(a, i) && i + 1 < a->tokens.n && S_punct(a, i + 1, '.');
}

/* A speaker phrase ending at token e (inclusive), reading left, not
 * before token lo. Returns its first token, or LEDE_NONE. */
size_t lede__q_np_left(const lede_article *a, size_t lo, size_t e) {
  if (e < lo || e == LEDE_NONE) return LEDE_NONE;
  if (S_LEX(quote_pronouns, a, e)) return e;
  size_t s = LEDE_NONE;
  size_t k = e;
  int words = 0;
  for (;;) {
    if (words >= S_NP_MAX) break;
    if (S_punct(a, k, ')') && k > lo) {
      /* "Sen. Al Lee (R-Fla.)": back to the opening parenthesis. */
      size_t j = k - 1;
      while (j > lo && j + 8 > k && !S_punct(a, j, '(') &&
             !S_punct(a, j, ')') && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j--;
      if (S_punct(a, j, '(') && j > lo) {
        words++;
        k = j - 1;
        continue;
      }
    }
    if (S_possessive(a, k)) {
      if (k == e) break;
    } else if (S_LEX(quote_determiners, a, k) && words &&
               !S_initial_stop(a, k)) {
      s = k;
      break;
    } else if (S_cap(a, k) && S_word(a, k)) {
      if (S_LEX(quote_pronouns, a, k) ||
          (S_LEX(quote_stop, a, k) && !S_tok(a, k)->flags))
        break;
      /* "Holding signs calling ...": a participle opening the sentence
       * is no name. */
      /* (but right before the cue it is a name: "Ewing said") */
      if (S_ing(a, k) && k == a->sent_tok.v[lede__tok_sent(a, k)] && k != e)
        break;
      s = k;
    } else if ((S_is(a, k, "of") || S_is(a, k, "for") || S_is(a, k, "and") ||
                S_punct(a, k, '&')) &&
               words && k > lo && S_cap(a, k - 1) && s != LEDE_NONE &&
               S_cap(a, s)) {
      /* "Bank of England", "Secretary of State" */
    } else if (S_punct(a, k, '(') && s != LEDE_NONE) {
      /* "an office (Cole called it ...)": an aside opens here. */
      break;
    } else if (S_punct(a, k, '(') || S_punct(a, k, ')') ||
               (S_punct(a, k, '-') && words) ||
               (S_punct(a, k, '.') && words && k > lo &&
                (S_abbrev(a, k - 1) || S_initial(a, k - 1))) ||
               (S_punct(a, k, '.') && k == e && S_suffix_stop(a, k))) {
      /* "(D-N.Y.)", "Sen. Smith" */
    } else if (S_np_lower(a, k) || (S_tok(a, k)->flags & LEDE__T_NUM) ||
               (k == e && k > lo && S_ing(a, k) && !a->quote_verb[k] &&
                S_LEX(quote_determiners, a, k - 1))) {
      /* (a head in -ing after a determiner: "The filing said") */
      s = k;
    } else {
      break;
    }
    words++;
    if (k == lo) break;
    k--;
  }
  if (s == LEDE_NONE) return LEDE_NONE;
  /* A capitalised sentence opener that is a stop word ("After", "When")
   * is not part of the phrase. */
  while (s <= e && ((S_LEX(quote_stop, a, s) &&
                     !S_name_will(a, s)) ||
                    S_punct(a, s, ')') || S_possessive(a, s)))
    s++;
  if (s > e) return LEDE_NONE;
  /* "one of the family's lawyers", "some of his aides": the part
   * speaks, with its whole. */
  if (s >= lo + 2 && S_is(a, s - 1, "of") &&
      (S_LEX(quote_quantifiers, a, s - 2) || S_is(a, s - 2, "each") ||
       S_is(a, s - 2, "several") || S_is(a, s - 2, "none")) &&
      !S_is(a, s, "them") && !S_is(a, s, "us") &&
      /* (not the group a relative clause picks: "most of the drivers
       * who back her": all those drivers back her) */
      !(e + 1 < a->tokens.n &&
        S_LEX(quote_relatives, a, e + 1)))
    s -= 2;
  /* A phrase of determiners only is no speaker. */
  int content = 0;
  for (size_t i = s; i <= e && !content; i++)
    if (S_word(a, i) && !S_LEX(quote_determiners, a, i) &&
        !(S_tok(a, i)->flags & LEDE__T_NUM) && !S_negation(a, i))
      content = 1;
  return content ? s : LEDE_NONE;
}

/* A speaker phrase starting at token s, reading right up to hi (excl.).
 * Returns its end (exclusive), or s if none. */
size_t lede__q_np_right(const lede_article *a, size_t s, size_t hi) {
  if (s >= hi) return s;
  if (S_LEX(quote_pronouns, a, s)) return s + 1;
  /* "warned of a battle": a phrase opened by a preposition is its
   * object, no speaker. */
  if (!S_cap(a, s) && S_LEX(quote_preps, a, s)) return s;
  size_t k = s, last = s;
  int words = 0;
  while (k < hi && words < S_NP_MAX) {
    if (S_punct(a, k, '(') && k > s) {
      /* "Rep. Dana Cole (D-La.)": up to the closing parenthesis. */
      size_t j = k + 1;
      while (j < hi && j < k + 8 && !S_punct(a, j, ')') &&
             !S_punct(a, j, '(') && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j++;
      if (j < hi && S_punct(a, j, ')')) {
        last = j + 1;
        k = j + 1;
        words++;
        continue;
      }
    }
    if (S_LEX(quote_determiners, a, k) && !S_initial_stop(a, k)) {
      if (k != s && !S_is(a, k - 1, "of")) break;
    } else if (S_possessive(a, k) && k > s) {
    } else if (S_cap(a, k) && S_word(a, k) &&
               !S_LEX(quote_after_cue, a, k)) {
      last = k + 1;
    } else if ((S_is(a, k, "of") || S_is(a, k, "for")) && k + 1 < hi &&
               (S_cap(a, k + 1) || S_is(a, k + 1, "the")) && last == k) {
    } else if (S_is(a, k, "and") && last == k && k > s && k + 2 < hi &&
               S_word(a, k + 1) && !S_LEX(quote_determiners, a, k + 1) &&
               !a->quote_verb[k + 1] &&
               (S_cap(a, k + 1) || S_np_lower(a, k + 1)) &&
               S_word(a, k + 2) && !a->quote_verb[k + 2] &&
               !S_LEX(quote_aux, a, k + 2) && !S_ly(a, k + 2) &&
               !S_is(a, k + 2, "almost") &&
               (S_cap(a, k + 2) || S_np_lower(a, k + 2))) {
      /* "lobbyist and GOP strategist Al Lee", "the businessman and
       * reality star": two heads of one person's roles */
    } else if (S_punct(a, k, '.') && last == k && k > s &&
               (S_abbrev(a, k - 1) || S_initial(a, k - 1)) && k + 1 < hi &&
               S_cap(a, k + 1)) {
      /* "Gov. Kasich" */
    } else if (S_punct(a, k, '(') || S_punct(a, k, ')') ||
               (S_punct(a, k, '-') && last == k)) {
      if (S_punct(a, k, ')')) last = k + 1;
    } else if (k == s + 1 && S_ing(a, k) && !a->quote_verb[k] &&
               S_LEX(quote_determiners, a, s) && k + 1 < hi &&
               S_word(a, k + 1) && (S_cap(a, k + 1) || S_np_lower(a, k + 1))) {
      /* "a smiling Hale", "the visiting delegation" */
      last = k + 1;
    } else if (S_np_lower(a, k) && !S_LEX(quote_after_cue, a, k) &&
               (!S_past(a, k) ||
                /* "said undecided voter Ann Lee": an adjective first */
                ((k == s || (k == s + 1 &&
                             S_LEX(quote_determiners, a, s))) &&
                 k + 1 < hi && S_word(a, k + 1) &&
                 (S_cap(a, k + 1) || S_np_lower(a, k + 1))))) {
      last = k + 1;
    } else {
      break;
    }
    k++;
    words++;
  }
  return last;
}
