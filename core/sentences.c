/* Sentence boundaries inside prose blocks, and the tokens of each sentence.
 *
 * A candidate end is . ? ! or an ellipsis (also ". . ."), followed by
 * closing quotes or brackets (also after a French space: "fini. »"), then
 * white space; the wide stops 。！？ need no space.  A full stop after a
 * known abbreviation, an initial or a dotted acronym ends a sentence only
 * where the next word shows a new one starts.  Every scan is forward and
 * bounded, so the cost is linear in the text. */
#include <string.h>

#include "internal.h"
#include "lexicon.h"

/* lede__cp without the call for ASCII, which is nearly all of the text. */
static inline int32_t S_cp(const char *t, size_t end, size_t pos,
                           size_t *len) {
  unsigned char b = (unsigned char)t[pos];
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return lede__cp(t, end, pos, len);
}

static inline int S_space(int32_t c) {
  return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : lede__is_space(c);
}

static int S_terminal(int32_t c) {
  return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049;
}

/* Marks that may close a sentence after its stop; « ‹ “ close German
 * quotations (»Ja.« „Ja.“). */
static int S_closer(int32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x203A || c == ')' || c == ']' || c == 0x300D || c == 0x300F ||
         c == 0xAB || c == 0x2039 || c == 0x201C;
}

/* The word before a full stop at pos: letters, digits, dots, apostrophes. */
static size_t S_word_before(const char *t, size_t lo, size_t pos) {
  size_t s = pos;
  int steps = 0;
  while (s > lo && steps < 40) {
    size_t p = lede__cp_prev(t, s), len;
    int32_t c = lede__cp(t, pos, p, &len);
    if (!(lede__is_letter(c) || lede__is_digit(c) || c == '.' || c == '\'' ||
          c == 0x2019 || c == '-'))
      break;
    s = p;
    steps++;
  }
  return s;
}

/* The word starting at pos (letters only). */
static size_t S_word_after(const char *t, size_t pos, size_t end) {
  size_t e = pos, len;
  while (e < end && lede__is_letter(lede__cp(t, end, e, &len))) e += len;
  return e;
}

/* After an abbreviation, a number, an amount or a dash goes on: "Acme
 * Inc. $1.2bn", "Jan. 5", "the U.S. -- and". */
static int S_continues(int32_t c) {
  return lede__is_digit(c) || c == '$' || c == 0xA3 || c == 0x20AC ||
         c == 0xA5 || c == '%' || c == '&' || c == ',' || c == ';' ||
         lede__is_dash(c);
}

/* Full stops of scripts written without spaces: no space needed after. */
static int S_wide_stop(int32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

/* Does a full stop at pos (word w before it) end the sentence, given the
 * next sentence would start at k? */
static int S_stop_ends(const char *t, size_t ws, size_t pos, size_t k,
                       size_t end) {
  size_t len;
  int32_t nc = lede__cp(t, end, k, &len);
  if (lede__is_lower(nc)) return 0;
  size_t n = pos - ws;
  if (n == 0) return 1;
  const char *w = t + ws;
  /* A dotted abbreviation ("U.S", "Ph.D", "a.m"): short pieces between
   * dots; "example.com" is a name, not an abbreviation. */
  int has_dot = memchr(w, '.', n) != NULL;
  for (size_t i = 0, run = 0; has_dot && i < n; i++) {
    run = w[i] == '.' ? 0 : run + 1;
    if (run > 3) has_dot = 0;
  }
  int32_t c0 = lede__cp(t, pos, ws, &len);
  /* An initial ("J. R. R. Tolkien", "George W. Bush") or a piece of a
   * spaced abbreviation ("z. B.", "u. a."). */
  if (len == n && lede__is_letter(c0)) return 0;
  if (lede__lex_has(&lede__lex_abbrev_title, w, n) ||
      lede__lex_has(&lede__lex_abbrev_never, w, n))
    return 0;
  int digit_next = lede__is_digit(nc);
  /* "$5.5m.", "10.30am.", "2020.": a number ends its sentence. */
  if (lede__is_digit(c0)) return 1;
  /* "a.m." and "p.m." go on before a day, month or time zone ("9 a.m.
   * Tuesday", "10 a.m. EST") and end before anything else capitalized. */
  if (lede__eq_ci(w, n, "a.m") || lede__eq_ci(w, n, "p.m")) {
    size_t we = S_word_after(t, k, end);
    if (we == k) return !S_continues(nc) && nc != '(';
    return !(lede__lex_has(&lede__lex_weekdays, t + k, we - k) ||
             lede__month_from_name(t + k, we - k) ||
             lede__lex_has(&lede__lex_time_words, t + k, we - k));
  }
  if (digit_next && (lede__month_from_name(w, n) || lede__eq_ci(w, n, "no") ||
                     lede__eq_ci(w, n, "nos") || lede__eq_ci(w, n, "art") ||
                     lede__eq_ci(w, n, "p") || lede__eq_ci(w, n, "pp")))
    return 0;
  /* "May", "June" and "July" are whole words, never abbreviations. */
  int month_abbrev = n <= 4 && lede__month_from_name(w, n) &&
                     !lede__eq_ci(w, n, "may") && !lede__eq_ci(w, n, "june") &&
                     !lede__eq_ci(w, n, "july");
  if (has_dot || lede__lex_has(&lede__lex_abbrev_other, w, n) ||
      month_abbrev) {
    /* "U.S.", "a.m.", "Inc.", "Sept.": only before a sentence opener or a
     * title ("... Acme Inc. Ms. Lee said"). */
    size_t we = S_word_after(t, k, end);
    if (we == k) return !lede__is_letter(nc) && !S_continues(nc);
    if (!has_dot && we < end && t[we] == '.' &&
        lede__lex_has(&lede__lex_abbrev_title, t + k, we - k))
      return 1; /* but "U.S. Sen. Ann Lee" goes on */
    return lede__lex_has(&lede__lex_sentence_starters, t + k, we - k);
  }
  return 1;
}

static void S_push(lede_article *a, size_t block, size_t s, size_t e) {
  lede_span sp = lede__trim(a->text, (lede_span){s, e});
  if (sp.end == sp.start) return;
  lede__sentence *st = LEDE__PUSH(&a->arena, a->sents);
  st->span = sp;
  st->block = block;
}

static void S_split(lede_article *a, size_t block, lede_span sp) {
  const char *t = a->text;
  size_t end = sp.end, start = sp.start, pos = sp.start, len;
  while (pos < end) {
    unsigned char b = (unsigned char)t[pos];
    if (b < 0x80 && b != '.' && b != '?' && b != '!') {
      pos++;
      continue;
    }
    int32_t c = lede__cp(t, end, pos, &len);
    if (!S_terminal(c)) {
      pos += len;
      continue;
    }
    size_t j = pos + len;
    int dots = c == '.', ell = c == 0x2026;
    while (j < end) {
      int32_t d = lede__cp(t, end, j, &len);
      if (!S_terminal(d)) break;
      if (d == '.') dots++;
      if (d == 0x2026) ell = 1;
      j += len;
    }
    if (dots >= 3 && j - pos == (size_t)dots) ell = 1;
    /* A spaced ellipsis: "the Constitution . . . and". */
    if (c == '.' && j - pos == 1) {
      size_t q = j;
      int n = 1;
      while (q + 1 < end && t[q] == ' ' && t[q + 1] == '.') q += 2, n++;
      if (n >= 3) j = q, ell = 1;
    }
    while (j < end) {
      int32_t d = lede__cp(t, end, j, &len);
      if (!S_closer(d)) break;
      j += len;
    }
    /* French spacing: "quoi ? »" or "fini. »" keeps the closing mark when
     * nothing but punctuation or space follows it. */
    if (j < end && lede__is_space(lede__cp(t, end, j, &len))) {
      size_t q = j;
      while (q < end && q - j < 8 && lede__is_space(lede__cp(t, end, q, &len)))
        q += len;
      int32_t m = q < end ? lede__cp(t, end, q, &len) : 0;
      if (m == 0xBB || m == 0x203A || m == 0x201D) {
        size_t r = q + len, l2;
        int32_t after = r < end ? lede__cp(t, end, r, &l2) : ' ';
        if (!lede__is_letter(after) && !lede__is_digit(after)) j = r;
      }
    }
    if (j >= end) break;
    int32_t d = lede__cp(t, end, j, &len);
    if (!lede__is_space(d)) {
      /* "举行。代表": a wide stop ends a sentence without a space. */
      if (S_wide_stop(c) && !S_closer(d)) {
        S_push(a, block, start, j);
        start = j;
      }
      pos = j;
      continue;
    }
    size_t k = j;
    while (k < end && lede__is_space(lede__cp(t, end, k, &len))) k += len;
    if (k >= end) break;
    int32_t nc = lede__cp(t, end, k, &len);
    int ends;
    if (ell) ends = lede__is_upper(nc);
    else if (c == '.' && dots == 1)
      ends = S_stop_ends(t, S_word_before(t, start, pos), pos, k, end);
    else
      ends = !lede__is_lower(nc);
    if (ends) {
      S_push(a, block, start, j);
      start = k;
    }
    pos = k;
  }
  S_push(a, block, start, end);
}

void lede__sentences(lede_article *a) {
  for (size_t i = 0; i < a->blocks.n; i++) {
    lede__block *b = &a->blocks.v[i];
    lede_span sp = b->span;
    switch (b->part) {
    case LEDE_PART_TITLE:
    case LEDE_PART_STANDFIRST:
    case LEDE_PART_BODY:
      break;
    case LEDE_PART_CAPTION: {
      /* Only the caption's own words, not its credit. */
      int found = 0;
      for (size_t c = 0; c < a->captions.n; c++)
        if (a->captions.v[c].block == i) {
          sp = a->captions.v[c].span;
          found = 1;
          break;
        }
      if (!found || sp.end <= sp.start) continue;
      break;
    }
    default:
      continue;
    }
    b->first_sent = a->sents.n;
    S_split(a, i, sp);
    b->nsents = a->sents.n - b->first_sent;
  }
}

/* ==== Tokens ============================================================ */

static inline int S_alnum(int32_t c) {
  if (c < 0x80)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return lede__is_letter(c) || lede__is_digit(c);
}

static int S_quote_mark(int32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E ||
         c == 0x201F || c == 0xAB || c == 0xBB || c == 0x2039 ||
         c == 0x203A || c == '\'' || c == 0x2018 || c == 0x2019 ||
         c == 0x201A || c == 0x201B || c == 0xFF02 || c == 0x300C ||
         c == 0x300D || c == 0x300E || c == 0x300F;
}

typedef struct {
  lede_article *a;
} S_tk;

static void S_token(S_tk *k, size_t s, size_t e, uint32_t flags,
                    uint32_t sent) {
  lede__token *tk = LEDE__PUSH(&k->a->arena, k->a->tokens);
  tk->start = s;
  tk->end = e;
  tk->flags = flags;
  tk->sent = sent;
}

static void S_plain_word(S_tk *k, size_t s, size_t e, uint32_t sent);

static void S_word(S_tk *k, size_t s, size_t e, uint32_t sent) {
  const char *t = k->a->text;
  size_t len;
  /* Split a possessive: "Bahrain's" -> "Bahrain" "'s" (once: no recursion,
   * so "x's's's..." cannot run deep). */
  if (e - s > 3 && (t[e - 1] == 's' || t[e - 1] == 'S')) {
    size_t p = lede__cp_prev(t, e - 1);
    int32_t q = lede__cp(t, e, p, &len);
    if ((q == '\'' || q == 0x2019) && p > s) {
      S_plain_word(k, s, p, sent);
      S_token(k, p, e, LEDE__T_WORD, sent);
      return;
    }
  }
  S_plain_word(k, s, e, sent);
}

static void S_plain_word(S_tk *k, size_t s, size_t e, uint32_t sent) {
  const char *t = k->a->text;
  size_t len;
  uint32_t f = LEDE__T_WORD;
  unsigned char b0 = (unsigned char)t[s];
  if (b0 < 0x80) {
    if (b0 >= '0' && b0 <= '9') f |= LEDE__T_NUM;
    if (b0 >= 'A' && b0 <= 'Z') f |= LEDE__T_CAP;
  } else {
    int32_t c0 = lede__cp(t, e, s, &len);
    if (lede__is_digit(c0)) f |= LEDE__T_NUM;
    if (lede__is_upper(c0)) f |= LEDE__T_CAP;
  }
  int letters = 0, upper = 1;
  for (size_t i = s; i < e && (upper || letters < 2); i += len) {
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80) {
      len = 1;
      if (b >= 'a' && b <= 'z') letters++, upper = 0;
      else if (b >= 'A' && b <= 'Z') letters++;
      continue;
    }
    int32_t c = lede__cp(t, e, i, &len);
    if (lede__is_letter(c)) {
      letters++;
      if (!lede__is_upper(c)) upper = 0;
    }
  }
  if (letters >= 2 && upper) f |= LEDE__T_UPPER;
  S_token(k, s, e, f, sent);
}

static void S_tokens(S_tk *k) {
  lede_article *a = k->a;
  const char *t = a->text;
  for (size_t si = 0; si < a->sents.n; si++) {
    *LEDE__PUSH(&a->arena, a->sent_tok) = a->tokens.n;
    lede_span sp = a->sents.v[si].span;
    size_t pos = sp.start, end = sp.end, len;
    while (pos < end) {
      int32_t c = S_cp(t, end, pos, &len);
      if (S_space(c)) {
        pos += len;
        continue;
      }
      if (!S_alnum(c)) {
        S_token(k, pos, pos + len,
                LEDE__T_PUNCT | (S_quote_mark(c) ? LEDE__T_QUOTE : 0),
                (uint32_t)si);
        pos += len;
        continue;
      }
      size_t s = pos, dots = 0;
      pos += len;
      while (pos < end) {
        int32_t d = S_cp(t, end, pos, &len);
        if (S_alnum(d)) {
          pos += len;
          continue;
        }
        int joins = d == '\'' || d == 0x2019 || d == '-' || d == 0x2010 ||
                    d == '.' || d == '&' ||
                    ((d == ',' || d == ':' || d == '/') && t[pos - 1] >= '0' &&
                     t[pos - 1] <= '9');
        size_t l2;
        if (joins && pos + len < end &&
            S_alnum(S_cp(t, end, pos + len, &l2))) {
          if (d == '.') dots++;
          pos += len + l2;
          continue;
        }
        break;
      }
      /* "U.S." keeps its last dot. */
      if (dots && pos < end && t[pos] == '.' && pos - s <= 12) pos++;
      S_word(k, s, pos, (uint32_t)si);
    }
  }
}

void lede__tokenize(lede_article *a) {
  S_tk k = {a};
  S_tokens(&k);
  *LEDE__PUSH(&a->arena, a->sent_tok) = a->tokens.n;
}
