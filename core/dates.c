/* Dates and times: find temporal expressions in an article and give each
 * a TimeML TIMEX3 type and value, resolving relative ones against the
 * publication date and the tense of their sentence.
 *
 * One left-to-right pass over the tokens of each sentence (and of the short
 * non-prose blocks that carry dates: byline, date line, dateline, related
 * links).  Each token is classified once; patterns then look at most a few
 * tokens ahead, and tense cues are searched in a bounded window, so the
 * stage is linear in the text.
 *
 * The files, sharing dates_internal.h: dates_tokens.c (the vocabulary and
 * each token's class), dates_patterns.c (the patterns, with their type and
 * value), dates_tense.c (the tense around an expression),
 * dates_calendar.c (calendar arithmetic and TimeML values) and this file
 * (the driver lede__dates, accessors and ordering). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

/* ==== Driver ============================================================ */

/* Does "the" at i lead an expression? Only before a word the patterns
 * read after it: a time word, a number or a name (as S_may_lead lets
 * lead), a quote ("the '90s"), a decade's name ("the nineties") or a
 * word the patterns spell, in any case (date_the_next: "the near term",
 * "the Easter weekend"). Most words after "the" are none of these. */
static inline __attribute__((always_inline)) int S_the_leads(const S_ctx *c, size_t i) {
  if (i + 1 >= c->n) return 0;
  const S_tok *t = &c->tk[i + 1];
  size_t n = t->e - t->s;
  const char *w = c->t + t->s;
  if (!S_plain(t) || t->low[0] == '\'' ||
      (n == 3 && !memcmp(w, "\xE2\x80\x99", 3)) ||
      (n >= 7 && t->low[0] && !memcmp(w + n - 3, "ies", 3)))
    return 1;
  return S_lex_id(c, i + 1, &lede__lex_date_the_next, lede__lexid_date_the_next);
}

/* Does the count word at i ("a", "one", "some", "twenty") lead an
 * expression?  Only before what the patterns read after a count (S_clock,
 * S_span_expr, S_spoken_year): a word with a class (a unit, a count,
 * "half", "more", "later", "to"), a number, a dash, or a word of
 * date_count_next ("a while", "an additional year", "one o'clock").
 * Most words after "a" are none of these. */
static inline __attribute__((always_inline)) int S_count_leads(const S_ctx *c, size_t i) {
  if (i + 1 >= c->n) return 0;
  const S_tok *t = &c->tk[i + 1];
  if (!S_plain(t)) return 1;
  if (t->flags & LEDE__T_PUNCT)
    return t->low[0] == '-' || (unsigned char)t->low[0] >= 0x80;
  return S_lex_id(c, i + 1, &lede__lex_date_count_next, lede__lexid_date_count_next);
}

/* Can an expression start at token i?  Most words are no time words:
 * only classified tokens, the quote before '90s and the holidays can. */
static inline __attribute__((always_inline)) int S_may_lead(const S_ctx *c, size_t i) {
  const S_tok *t = &c->tk[i];
  /* (a dull token, a plain word or a preposition no expression starts at,
   * is not asked: S_scan) */
  if (t->cls == C_KEY) {
    switch (t->val) {
    case K_THE: return S_the_leads(c, i);
    /* Bounds and approximations lead only as such ("more than", "at
     * least", "about"): no pattern starts at them otherwise. */
    case K_AT: case K_MORE: case K_LESS: case K_ABOUT: case K_MOST:
      return lede__date_approx(c, i) != 0;
    /* "that day", "that same year" */
    case K_THAT:
      return i + 1 < c->n && (c->tk[i + 1].cls == C_UNIT || S_key(c, i + 1, K_SAME));
    /* "this year", "this past spring", "this Friday", "this crucial
     * moment" (S_relative, S_match_at): a time word after it */
    case K_THIS:
      return i + 1 < c->n && (!S_plain(&c->tk[i + 1]) || S_key(c, i + 2, K_MOMENT));
    default: return 1;
    }
  }
  if (t->cls == C_NUMW && t->kind == TK_PLAIN && !t->ndig && !t->ord &&
      !t->mon && !t->wd)
    return S_count_leads(c, i);
  if (!S_plain(t)) return 1;
  switch (t->low[0]) {
  /* a quote leads only the decade after it ("'90s", S_decade): most are
   * quotation marks and possessives */
  case '\'': case '\xE2':
    return (t->low[0] == '\'' ||
            (t->e - t->s == 3 && !memcmp(c->t + t->s, "\xE2\x80\x99", 3))) &&
           i + 1 < c->n && c->tk[i + 1].kind == TK_DECADE && c->tk[i + 1].b == 2;
  /* the holidays S_holiday reads, each with its capital */
  case 'e':
    if (S_is(c, i, "easter")) return S_cap(c, i);
    return S_is(c, i, "election") && S_cap(c, i) && S_is(c, i + 1, "day") &&
           S_cap(c, i + 1);
  case 'n':
    return S_is(c, i, "new") && S_cap(c, i) &&
           (S_is(c, i + 1, "year's") || (S_is(c, i + 1, "year") && S_poss(c, i + 2)));
  case 't':
    if (S_is(c, i, "thanksgiving")) return S_cap(c, i);
    if (S_is(c, i, "these")) return S_is(c, i + 1, "days");
    /* "the then current", "until then", "by then" (S_match_at) */
    return S_is(c, i, "then") && i > 0 &&
           ((S_key(c, i - 1, K_THE) && S_key(c, i + 1, K_CURRENT)) ||
            S_key(c, i - 1, K_UNTIL) || S_key(c, i - 1, K_BY));
  default: return 0;
  }
}

static void S_emit(S_ctx *c, const S_hit *h) {
  lede__date *d = LEDE__PUSH(&c->a->arena, c->a->dates);
  d->span.start = h->be ? h->bs : c->tk[h->i].s;
  d->span.end = h->be ? h->be : c->tk[h->j - 1].e;
  d->type = h->type;
  d->gran = h->gran;
  d->anchor = h->anchor;
  d->value = h->has_value ? lede__strndup(&c->a->arena, h->val, strlen(h->val))
                          : NULL;
  d->block = c->block;
  d->sent = c->sent;
}

static void S_note_last(S_ctx *c, const S_hit *h) {
  if (!h->has_value) return;
  /* "overnight" follows the story's day; it does not set it */
  if (h->i < c->n && S_is(c, h->i, "overnight")) return;
  /* A time on a named day ("the night of Friday, Oct. 23") names it too. */
  if (h->type == LEDE_DATE_TIME && lede__date_value_day(h->val) >= 0 &&
      (h->gran == LEDE_GRAN_PART_OF_DAY || h->anchor != LEDE_ANCHOR_PUBLISHED)) {
    S_val_init(&c->last, LEDE_GRAN_DAY);
    S_civil(lede__date_value_day(h->val), &c->last.y, &c->last.m, &c->last.d);
    c->have_last = 1;
    c->last_sent = c->sent;
    c->day_z = lede__date_value_day(h->val);
    c->day_block = c->block;
    c->day_sent = c->sent;
    c->have_day = 1;
    return;
  }
  if (h->type != LEDE_DATE_DATE) return;
  /* Remember explicit calendar values for "the next day", "a year
   * earlier". */
  S_val v;
  S_val_init(&v, h->gran);
  const char *s = h->val;
  if (!(S_isdig(s[0]) && S_isdig(s[1]) && S_isdig(s[2]) && S_isdig(s[3])))
    return;
  v.y = S_digits(s, 4);
  size_t n = strlen(s);
  if (h->gran == LEDE_GRAN_DAY && n == 10) {
    v.m = S_digits(s + 5, 2);
    v.d = S_digits(s + 8, 2);
  } else if (h->gran == LEDE_GRAN_MONTH && n == 7) {
    v.m = S_digits(s + 5, 2);
  } else if (h->gran == LEDE_GRAN_QUARTER && n == 7) {
    v.q = s[6] - '0';
    if (h->anchor == LEDE_ANCHOR_TEXT) return;
    /* A quarter not yet over is a forecast, not the one reported, unless
     * it is a fiscal one said to have ended ("the fourth quarter ended
     * Sept. 30"). */
    if (c->has_pub && !S_is(c, h->j, "ended") &&
        (v.y > c->py || (v.y == c->py && v.q >= S_quarter_of(c->pm))) &&
        !(v.y == c->py && !S_key(c, h->i, K_THIS) && !S_key(c, h->i, K_NEXT) &&
          !S_key(c, h->i, K_COMING) && !S_key(c, h->i, K_CURRENT) &&
          lede__date_tense_mode(c, h->i, h->j, 0, S_TENSE_WIN) < 0))
      return;
    /* An older quarter named in passing ("the 1988 second quarter") is a
     * comparison: the report is about the latest. */
    if (c->have_q && (v.y < c->qy || (v.y == c->qy && v.q < c->qq))) return;
    c->have_q = 1;
    c->qy = v.y;
    c->qq = v.q;
    c->year_period = 0;
  } else if (h->gran == LEDE_GRAN_WEEK && n == 8 && s[5] == 'W' &&
             S_isdig(s[6])) {
    /* "six weeks ago": a later day-less anchor ("at the time") is that
     * week, not a day named before it */
    v.w = S_digits(s + 6, 2);
  } else if (h->gran != LEDE_GRAN_YEAR) {
    return;
  }
  c->last = v;
  c->have_last = 1;
  c->last_sent = c->sent;
  c->last_j = h->j;
  if (h->gran == LEDE_GRAN_DAY) {
    c->day_z = S_days(v.y, v.m, v.d);
    c->day_block = c->block;
    c->day_sent = c->sent;
    c->have_day = 1;
  }
  c->last_written = h->anchor == LEDE_ANCHOR_NONE || h->anchor == LEDE_ANCHOR_TEXT;
}

/* A clock time takes the day named in its sentence ("at 10:35 a.m.
 * Friday", "on Oct. 23 ... at 10 p.m."), else the publication day. */
static void S_fix_times(S_ctx *c, size_t first) {
  lede__date_vec *ds = &c->a->dates;
  for (size_t x = first; x < ds->n; x++) {
    lede__date *d = &ds->v[x];
    if (d->type != LEDE_DATE_TIME || d->gran != LEDE_GRAN_MINUTE ||
        (d->anchor != LEDE_ANCHOR_PUBLISHED && d->anchor != LEDE_ANCHOR_TEXT) ||
        !d->value ||
        lede__date_names_day(c->t, d->span.start, d->span.end))
      continue;
    /* The nearest day (in bytes) among a few expressions either side. */
    const lede__date *best = NULL;
    size_t bestd = 0;
    size_t lo = x > first + 6 ? x - 6 : first;
    size_t hi = x + 7 < ds->n ? x + 7 : ds->n;
    for (size_t y = lo; y < hi; y++) {
      const lede__date *e = &ds->v[y];
      /* a day, or a time that names its day ("4 a.m. Thursday") */
      int day = e->type == LEDE_DATE_DATE && e->gran == LEDE_GRAN_DAY &&
                e->value && strlen(e->value) == 10;
      int timed = e->type == LEDE_DATE_TIME && e->value &&
                  strlen(e->value) > 10 && e->value[10] == 'T' &&
                  lede__date_names_day(c->t, e->span.start, e->span.end);
      if (y == x || !(day || timed) || e->value[0] == 'X') continue;
      size_t dist = y < x ? d->span.start - e->span.end
                          : e->span.start - d->span.end;
      if (!best || dist < bestd) {
        best = e;
        bestd = dist;
      }
    }
    if (best) {
      size_t n = strlen(d->value);
      char *v = lede__strndup(&c->a->arena, d->value, n);
      memcpy(v, best->value, 10);
      d->value = v;
      d->anchor = LEDE_ANCHOR_TEXT;
    }
  }
}

/* Tokens are classified a window at a time, so a sentence of any length
 * needs bounded memory: S_WIN tokens, keeping S_BACK behind the scan
 * position and S_AHEAD ahead of it (more than any pattern or tense window
 * looks at). */
#define S_WIN 4096

#define S_BACK 48

#define S_AHEAD 64

/* The first of [i, lim) whose byte in dull is 0, else lim (i if past
 * it); dull holds 0 or 1 a byte, readable 8 bytes past lim: eight at a
 * time. */
static inline size_t S_next_lead(const unsigned char *dull, size_t i, size_t lim) {
  if (i >= lim) return i;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; i < lim; i += 8) {
    uint64_t x;
    memcpy(&x, dull + i, 8);
    x = ~x & UINT64_C(0x0101010101010101); /* a byte's bit 0: a lead */
    if (x) {
      i += (size_t)__builtin_ctzll(x) >> 3;
      return i < lim ? i : lim;
    }
  }
  return lim;
#else
  while (i < lim && dull[i]) i++;
  return i;
#endif
}

const char *lede__date_check_dull(lede_article *a) {
  /* S_next_lead as a byte at a time, over bytes of 0 and 1 */
  unsigned char d[320];
  uint32_t r = 12345;
  for (size_t k = 0; k < sizeof d; k++) {
    r = r * 1103515245u + 12345u;
    d[k] = (unsigned char)((r >> 16) % 5 != 0); /* runs of dull bytes */
  }
  for (size_t i = 0; i + 8 <= sizeof d; i++)
    for (size_t lim = i > 3 ? i - 3 : 0; lim + 8 <= sizeof d; lim++) {
      size_t j = i;
      while (j < lim && d[j]) j++;
      if (S_next_lead(d, i, lim) != j) return "S_next_lead finds another lead";
    }
  S_ctx c;
  S_tok *tk = lede__date_fill_all(a, &c, NULL);
  if (!tk) return "out of memory";
  const char *err = NULL;
  /* (a key word's dull is S_dull_key's, which S_may_lead does not ask) */
  for (size_t k = 0; k < c.n && !err; k++)
    if (tk[k].dull && S_plain(&tk[k]) && S_may_lead(&c, k))
      err = "lede__date_fill calls a plain word dull where an expression may start";
  free(tk);
  return err;
}

/* Scan tokens [0, c->n) already classified, or, with buf, the article's
 * tokens [t0, t1) a window at a time. */
static void S_scan(S_ctx *c, S_tok *buf, size_t t0, size_t t1) {
  size_t first = c->a->dates.n, base = t0, end = t1, i = 0;
  if (buf) {
    end = t1 - t0 > S_WIN ? t0 + S_WIN : t1;
    lede__date_fill(c, buf, base, end);
  }
  /* most tokens are dull: skipped up to the window's refill point, lim */
  size_t lim = buf && end < t1 ? c->n - S_AHEAD + 1 : c->n;
  while (i < c->n) {
    if (buf) i = S_next_lead(c->dull, i, lim);
    else while (i < lim && c->tk[i].dull) i++;
    if (i >= c->n) break;
    if (buf && end < t1 && i + S_AHEAD > c->n) {
      size_t nb = base + i - (i > S_BACK ? S_BACK : i);
      end = t1 - nb > S_WIN ? nb + S_WIN : t1;
      i -= nb - base;
      base = nb;
      lede__date_fill(c, buf, base, end);
      lim = end < t1 ? c->n - S_AHEAD + 1 : c->n;
    }
    if ((buf ? c->dull[i] : c->tk[i].dull) || !S_may_lead(c, i)) {
      i++;
      continue;
    }
    S_hit h; /* (cleared by lede__date_match) */
    size_t u = lede__date_match(c, i, &h);
    if (u) {
      S_emit(c, &h);
      S_note_last(c, &h);
      if (c->has_pend && c->pend.i + 1 >= h.j && c->pend.j > c->pend.i) {
        S_emit(c, &c->pend);
        S_note_last(c, &c->pend);
        if (c->pend.j > h.j) h.j = c->pend.j;
      }
      c->has_pend = 0;
      if (h.type == LEDE_DATE_DURATION && h.has_value &&
          (!strcmp(h.val, "P6M") || !strcmp(h.val, "P9M") ||
           !strcmp(h.val, "P1Y")))
        c->year_period = 1;
      i = h.j;
    } else {
      i++;
    }
  }
  S_fix_times(c, first);
}

#define S_FURNITURE_MAX 4096

void lede__dates(lede_article *a) {
  S_ctx c;
  memset(&c, 0, sizeof c);
  c.a = a;
  c.t = a->text;
  if (a->published[0] &&
      lede__parse_iso_date(a->published, 10, &c.py, &c.pm, &c.pd)) {
    c.has_pub = 1;
    c.pz = S_days(c.py, c.pm, c.pd);
  }
  size_t most = 1;
  for (size_t s = 0; s + 1 < a->sent_tok.n; s++)
    if (a->sent_tok.v[s + 1] - a->sent_tok.v[s] > most)
      most = a->sent_tok.v[s + 1] - a->sent_tok.v[s];
  if (most > S_WIN) most = S_WIN;
  S_tok *buf = NULL, *win = lede__alloc(&a->arena, most * sizeof *win);
  unsigned char dull[S_WIN + 8];
  c.dull = dull;
  lede__token *ftok = NULL; /* a furniture line's tokens */
  size_t cap = 0;
  /* What lede__date_fill's look-up tells the quotes stage, for as long as
   * the word memo lasts: every bit set until told (internal.h). */
  if (a->tok_word) {
    size_t words = a->tokens.n / 64 + 1;
    a->q_want = lede__alloc(&a->memo, lede__mul(&a->memo, words, sizeof *a->q_want));
    memset(a->q_want, 0xFF, words * sizeof *a->q_want);
  }
  for (size_t b = 0; b < a->blocks.n; b++) {
    const lede__block *bl = &a->blocks.v[b];
    c.block = b;
    if (bl->nsents) {
      for (size_t s = bl->first_sent; s < bl->first_sent + bl->nsents; s++) {
        if (s + 1 >= a->sent_tok.n) break;
        c.sent = s;
        S_scan(&c, win, a->sent_tok.v[s], a->sent_tok.v[s + 1]);
      }
    } else if (bl->part == LEDE_PART_BYLINE || bl->part == LEDE_PART_DATE ||
               bl->part == LEDE_PART_DATELINE ||
               bl->part == LEDE_PART_RELATED) {
      /* Furniture lines are short; a date in one comes early. */
      lede_span sp = lede__s64(bl->span);
      if (sp.end - sp.start > S_FURNITURE_MAX)
        sp.end = sp.start + S_FURNITURE_MAX;
      size_t n = lede__date_lex_block(&c, sp, &buf, &ftok, &cap);
      c.tk = buf;
      c.n = n;
      c.tok0 = LEDE_NONE;
      c.sent = LEDE_NONE;
      S_scan(&c, NULL, 0, 0);
    }
  }
  /* With no date_order option, a page that writes its numeric dates one
   * way ("25/03/2013") reads its ambiguous ones ("10/03/2013") that way. */
  if (a->date_order == LEDE_DATE_ORDER_UNKNOWN && c.order_hint > 0)
    for (size_t i = 0; i < a->dates.n; i++) {
      lede__date *d = &a->dates.v[i];
      const char *t = a->text + d->span.start;
      size_t n = d->span.end - d->span.start, p1 = 0, p2 = 0;
      if (d->value || d->type != LEDE_DATE_DATE || n < 6 || n > 10) continue;
      for (size_t k = 0; k < n; k++)
        if (t[k] == '/') {
          if (!p1) p1 = k;
          else if (!p2) p2 = k;
        }
      int x = p1 ? S_digits(t, p1) : -1, y = p2 ? S_digits(t + p1 + 1, p2 - p1 - 1) : -1;
      int yr = p2 ? S_digits(t + p2 + 1, n - p2 - 1) : -1;
      if (x < 1 || y < 1 || yr < 0 || (n - p2 - 1 != 4 && n - p2 - 1 != 2)) continue;
      if (n - p2 - 1 == 2) yr += yr < 50 ? 2000 : 1900;
      int m = c.order_hint == LEDE_DATE_ORDER_MDY ? x : y;
      int dd = c.order_hint == LEDE_DATE_ORDER_MDY ? y : x;
      if (m > 12 || dd > lede__days_in_month(yr, m)) continue;
      char b[40];
      snprintf(b, sizeof b, "%04d-%02d-%02d", yr % 10000, m % 100, dd % 100);
      d->value = lede__strndup(&a->arena, b, 10);
      d->anchor = LEDE_ANCHOR_TEXT;
    }
}

/* ==== Accessors ========================================================= */

const char *lede_date_type_name(lede_date_type t) {
  static const char *const n[] = {"DATE", "TIME", "DURATION", "SET"};
  return (unsigned)t < sizeof n / sizeof *n ? n[t] : "?";
}

const char *lede_date_gran_name(lede_date_gran g) {
  static const char *const n[] = {"none",    "century", "decade", "year",
                                  "half",    "quarter", "season", "month",
                                  "week",    "day",     "part_of_day",
                                  "minute"};
  return (unsigned)g < sizeof n / sizeof *n ? n[g] : "?";
}

const char *lede_date_anchor_name(lede_date_anchor k) {
  static const char *const n[] = {"none", "published", "text", "unresolved"};
  return (unsigned)k < sizeof n / sizeof *n ? n[k] : "?";
}

size_t lede_date_count(const lede_article *a) { return a->dates.n; }

lede_date_type lede_date_type_of(const lede_article *a, size_t i) {
  return i < a->dates.n ? (lede_date_type)a->dates.v[i].type : LEDE_DATE_DATE;
}

lede_span lede_date_span(const lede_article *a, size_t i) {
  lede_span none = {0, 0};
  return i < a->dates.n ? a->dates.v[i].span : none;
}

const char *lede_date_value(const lede_article *a, size_t i) {
  return i < a->dates.n ? a->dates.v[i].value : NULL;
}

/* ==== Ordering ========================================================== */

static int S_num_n(const char *s, size_t n, int *out) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 1;
}

/* Where a calendar value starts, in minutes since 1970, for sorting; 0 if
 * the value is not a calendar point ("P3Y", "PRESENT_REF", "XXXX-..."). */
static int S_value_start(const char *v, double *out) {
  size_t n = strlen(v);
  int y, m = 1, d = 1, hh = 0, mi = 0, x;
  if (n == 2 && S_num_n(v, 2, &y)) { /* century "19" */
    *out = (double)S_days(y * 100, 1, 1) * 1440;
    return 1;
  }
  if ((n == 3 || (n == 4 && v[3] == 'X')) && S_num_n(v, 3, &y)) {
    /* decade: TimeML "199" (also the older "199X") */
    *out = (double)S_days(y * 10, 1, 1) * 1440;
    return 1;
  }
  if (n < 4 || !S_num_n(v, 4, &y)) return 0;
  if (n == 4) {
    *out = (double)S_days(y, 1, 1) * 1440;
    return 1;
  }
  if (v[4] != '-') return 0;
  const char *r = v + 5;
  size_t rn = n - 5;
  long z;
  if (rn >= 2 && r[0] == 'W' && S_num_n(r + 1, 2, &x)) {
    long jan4 = S_days(y, 1, 4);
    long wd = ((jan4 + 3) % 7 + 7) % 7; /* 0 = Monday */
    z = jan4 - wd + 7L * (x - 1);
  } else if (rn == 2 && (r[0] == 'Q' || r[0] == 'H') && r[1] >= '1' &&
             r[1] <= '4') {
    m = r[0] == 'Q' ? (r[1] - '1') * 3 + 1 : (r[1] - '1') * 6 + 1;
    z = S_days(y, m, 1);
  } else if (rn == 2 && !S_num_n(r, 2, &x)) {
    static const char *const seasons[] = {"WI", "SP", "SU", "FA"};
    int si = -1;
    for (int i = 0; i < 4; i++)
      if (!memcmp(r, seasons[i], 2)) si = i;
    if (si < 0) return 0;
    z = S_days(y, si ? si * 3 : 1, 1);
  } else {
    if (rn < 2 || !S_num_n(r, 2, &m) || m < 1 || m > 12) return 0;
    if (rn >= 5) {
      if (r[2] != '-' || !S_num_n(r + 3, 2, &d) || d < 1 || d > 31) return 0;
      if (rn >= 11 && r[5] == 'T' && r[8] == ':' &&
          !(S_num_n(r + 6, 2, &hh) && S_num_n(r + 9, 2, &mi)))
        hh = mi = 0;
    }
    z = S_days(y, m, d);
  }
  *out = (double)z * 1440 + hh * 60 + mi;
  return 1;
}

int lede_date_start(const lede_article *a, size_t i, double *minutes) {
  const char *v = lede_date_value(a, i);
  return v && minutes && S_value_start(v, minutes);
}

lede_date_gran lede_date_granularity(const lede_article *a, size_t i) {
  return i < a->dates.n ? (lede_date_gran)a->dates.v[i].gran : LEDE_GRAN_NONE;
}

lede_date_anchor lede_date_anchor_of(const lede_article *a, size_t i) {
  return i < a->dates.n ? (lede_date_anchor)a->dates.v[i].anchor
                        : LEDE_ANCHOR_NONE;
}

size_t lede_date_block(const lede_article *a, size_t i) {
  return i < a->dates.n ? a->dates.v[i].block : LEDE_NONE;
}

size_t lede_date_sentence(const lede_article *a, size_t i) {
  return i < a->dates.n ? a->dates.v[i].sent : LEDE_NONE;
}

const char *lede__check_dates(const lede_article *a) {
  const char *err = lede__date_check_vocab();
  if (err) return err;
  size_t prev = 0;
  for (size_t i = 0; i < a->dates.n; i++) {
    const lede__date *d = &a->dates.v[i];
    if (d->span.start < prev || d->span.end <= d->span.start ||
        d->span.end > a->len)
      return "date out of order or bounds";
    prev = d->span.end;
    if (d->block >= a->blocks.n) return "date block out of range";
    lede_span bs = lede__s64(a->blocks.v[d->block].span);
    if (d->span.start < bs.start || d->span.end > bs.end)
      return "date outside its block";
    if (d->sent != LEDE_NONE) {
      if (d->sent >= a->sents.n) return "date sentence out of range";
      lede_span ss = lede__s64(a->sents.v[d->sent].span);
      if (d->span.start < ss.start || d->span.end > ss.end)
        return "date outside its sentence";
    }
    if (d->type > LEDE_DATE_SET || d->gran > LEDE_GRAN_MINUTE ||
        d->anchor > LEDE_ANCHOR_UNRESOLVED)
      return "date enum out of range";
  }
  return NULL;
}
