/* Dates: the patterns that find a temporal expression at a token, with
 * its type and value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

/* ==== Context =========================================================== */

#ifndef S_MONTH_MODE
#define S_MONTH_MODE 0
#endif

#ifndef S_WDAY_WIN
#define S_WDAY_WIN 8
#endif

static int S_tense(const S_ctx *c, size_t i, size_t j) {
  return lede__date_tense_mode(c, i, j, 1, S_TENSE_WIN);
}

/* Weekdays in news are nearly always this week's past: only a close cue
 * moves one forward. */
static int S_tense_near(const S_ctx *c, size_t i, size_t j) {
  return lede__date_tense_mode(c, i, j, 1, S_WDAY_WIN);
}

static int S_tense_strong(const S_ctx *c, size_t i, size_t j) {
  return lede__date_tense_mode(c, i, j, S_MONTH_MODE, S_TENSE_WIN);
}

/* The way key k looks from now: -1 for last, past and previous, 1 for
 * next, coming and following, else 0. */
static int S_dir_of(int k) {
  switch (k) {
  case K_LAST: case K_PAST: case K_PREVIOUS: return -1;
  case K_NEXT: case K_COMING: case K_FOLLOWING: return 1;
  }
  return 0;
}

static int S_year_tok(const S_ctx *c, size_t i) {
  return i < c->n && c->tk[i].ndig == 4 && c->tk[i].kind == TK_PLAIN &&
         c->tk[i].num >= 1000 && c->tk[i].num <= 2099;
}

static int S_day_tok(const S_ctx *c, size_t i) {
  if (i >= c->n) return 0;
  const S_tok *t = &c->tk[i];
  if (t->kind != TK_PLAIN) return 0;
  if (t->ndig >= 1 && t->ndig <= 2 && t->num >= 1 && t->num <= 31) return t->num;
  if (t->ord >= 1 && t->ord <= 31 && S_isdig(t->low[0])) return t->ord;
  return 0;
}

/* A day written as an ordinal word: "third", "twenty-first"; "second"
 * (also a unit) only in "the second of June". */
static int S_day_word(const S_ctx *c, size_t i) {
  if (i >= c->n || S_isdig(c->tk[i].low[0])) return 0;
  if (S_is(c, i, "second") && i + 2 < c->n && S_key(c, i + 1, K_OF) &&
      c->tk[i + 2].mon && S_cap(c, i + 2) && !S_poss(c, i + 3))
    return 2;
  int o = c->tk[i].ord;
  return o >= 1 && o <= 31 ? o : 0;
}

/* Two digits yy as a year, in the century that puts it at or before
 * the publication year (the 1900s without one). */
static int S_century(const S_ctx *c, int yy) {
  int py = c->has_pub ? c->py : 0;
  int y = (py > 0 ? py / 100 * 100 : 1900) + yy;
  return py > 0 && y > py ? y - 100 : y;
}

/* A two-digit year after an apostrophe ("'98", "â""72") at i: the
 * year by S_century; 0 if none. */
static int S_short_year(const S_ctx *c, size_t i) {
  if (i + 1 >= c->n) return 0;
  const S_tok *q = &c->tk[i], *t = &c->tk[i + 1];
  int apos = (q->e - q->s == 1 && c->t[q->s] == '\'') ||
             (q->e - q->s == 3 && !memcmp(c->t + q->s, "\xE2\x80\x99", 3));
  if (!apos || t->ndig != 2 || t->kind != TK_PLAIN || t->s != q->e) return 0;
  return S_century(c, t->num);
}

/* A bare two-digit year closing a day and month ("3 Aug 96", "Aug 9,
 * 96") at i: only punctuation or a preposition may follow it, so "Aug 9,
 * 96 people" is no year. Year by S_century; 0 if none. */
static int S_bare_short_year(const S_ctx *c, size_t i) {
  if (i >= c->n || c->tk[i].ndig != 2 || c->tk[i].kind != TK_PLAIN) return 0;
  if (i + 1 < c->n && !(c->tk[i + 1].flags & LEDE__T_PUNCT) &&
      !S_lex(c, i + 1, &lede__lex_date_short_year_after))
    return 0;
  if (i + 1 < c->n && (c->t[c->tk[i + 1].s] == '%' || c->t[c->tk[i + 1].s] == '-'))
    return 0;
  return S_century(c, c->tk[i].num);
}

/* A day number no month has (32 to 99) at i, when a year follows it
 * ("August 32, 2014", "32 August 2014" with the month between): the
 * date is written, but has no value. */
static int S_bad_day(const S_ctx *c, size_t i) {
  if (i >= c->n) return 0;
  const S_tok *t = &c->tk[i];
  return t->kind == TK_PLAIN && t->ndig == 2 && t->num > 31 && !t->cut ? t->num : 0;
}

/* ==== Patterns ========================================================== */

static size_t S_match_at(S_ctx *c, size_t i, S_hit *h);

/* Keep p as the other end of the hit being made (not inside a pattern
 * that only looks at a date: c->depth). */
static void S_pend(S_ctx *c, const S_hit *p) {
  if (c->depth) return;
  c->pend = *p;
  c->has_pend = 1;
}

/* Is "daily", "annually" ... at k the unit of a rate rather than a
 * recurring time: after an amount ("rise 8.5% annually", "10,000 units
 * annually", "$2 million annually") or an average ("average daily
 * volume")? */
static int S_rate(const S_ctx *c, size_t k) {
  if (k == 0) return 0;
  const S_tok *p = &c->tk[k - 1];
  if ((p->flags & LEDE__T_NUM) || S_punct(c, k - 1, '%') ||
      S_is(c, k - 1, "percent") || S_is(c, k - 1, "million") ||
      S_is(c, k - 1, "billion") || S_is(c, k - 1, "thousand") ||
      S_is(c, k - 1, "average"))
    return 1;
  /* a number, then the counted noun: "10,000 units annually" */
  return k >= 2 && (c->tk[k - 2].flags & LEDE__T_NUM) &&
         (p->flags & LEDE__T_WORD) && !(p->flags & LEDE__T_CAP) &&
         p->cls != C_KEY;
}

/* Is the rate word at k ("per", "an") after a unit of measure, with an
 * hour, a minute or a second (un) after it: a speed or a flow ("60 miles
 * an hour", "15 million instructions per second"), no recurring time? */
static int S_measure_rate(const S_ctx *c, size_t k, int un) {
  if (un != U_HOUR && un != U_MIN && un != U_SEC) return 0;
  return k > 0 && S_lex(c, k - 1, &lede__lex_date_measure_units);
}

/* Does "today's" at k speak of these days, not of this day: "today's
 * world", "today's youth", "many of today's personal computers"? */
static int S_nowadays(const S_ctx *c, size_t k) {
  if (!S_poss(c, k + 1)) return 0;
  /* the noun itself or after one adjective */
  size_t j = k + 2;
  for (size_t n = 0; n < 2 && j < c->n; n++, j++) {
    if (!(c->tk[j].flags & LEDE__T_WORD)) return 0;
    if (S_lex(c, j, &lede__lex_date_nowadays_nouns)) return 1;
  }
  return 0;
}

/* Is token i capitalized inside its sentence, in a text that is not all
 * capitals: part of a name or title ("CBS's 60 Minutes", "This Week with
 * ...")? */
static int S_title_word(const S_ctx *c, size_t i) {
  if (i >= c->n || !(c->tk[i].flags & LEDE__T_CAP) ||
      (c->tk[i].flags & LEDE__T_UPPER) ||
      c->a->blocks.v[c->block].part == LEDE_PART_TITLE)
    return 0;
  /* the sentence's first word, or one after an opening quote or colon */
  if (i == 0) return 0;
  const S_tok *p = &c->tk[i - 1];
  if ((p->flags & LEDE__T_PUNCT) && c->t[p->s] != ',' && c->t[p->s] != '\'')
    return 0;
  return 1;
}

/* A word or dash joining the ends of a range or coordination at i. */
static int S_joiner(const S_ctx *c, size_t i) {
  if (i >= c->n) return 0;
  if (S_key(c, i, K_TO) || S_is(c, i, "and") || S_is(c, i, "through") ||
      S_is(c, i, "or") || S_key(c, i, K_UNTIL) || S_is(c, i, "till"))
    return 1;
  size_t len;
  const S_tok *t = &c->tk[i];
  return (t->flags & LEDE__T_PUNCT) &&
         lede__is_dash(lede__cp(c->t, t->e, t->s, &len)) && len == t->e - t->s;
}

/* A day as an ordinal at i: "fifth", "5th". */
static int S_ord_day(const S_ctx *c, size_t i) {
  return S_day_word(c, i) || (i < c->n && c->tk[i].ord && S_day_tok(c, i));
}

/* "to the fifth of June" at i: a joiner, then a day in words with its
 * month ("third to the fifth of June" is one range). */
static int S_day_range(const S_ctx *c, size_t i) {
  if (!S_joiner(c, i)) return 0;
  size_t j = i + 1 + S_key(c, i + 1, K_THE);
  return S_ord_day(c, j) && S_key(c, j + 1, K_OF) && j + 2 < c->n && c->tk[j + 2].mon;
}

/* Where the second day of a range starts after joiner i: "to 5", "to
 * the 5th". */
static size_t S_range_end(const S_ctx *c, size_t i) {
  return i + 1 + (S_key(c, i + 1, K_THE) && S_ord_day(c, i + 2));
}

/* The day at q that ends "June 3 to 5" or "June third to fifth": in
 * digits, or in words before punctuation, "on", "in", "at" or "for";
 * else 0. */
static int S_end_day(const S_ctx *c, size_t q) {
  int d = S_day_tok(c, q);
  if (d && c->tk[q].kind == TK_PLAIN && !c->tk[q].cut) return d;
  d = S_day_word(c, q);
  if (d && (q + 1 >= c->n || (c->tk[q + 1].flags & LEDE__T_PUNCT) ||
            S_is(c, q + 1, "on") || S_is(c, q + 1, "in") || S_is(c, q + 1, "at") ||
            S_is(c, q + 1, "for")))
    return d;
  return 0;
}

/* A relative day-level date starting at token j, for a pattern built on
 * one ("two days after tomorrow", "the day before last Tuesday"): its day
 * in *z and the tokens it takes, or 0. */
static size_t S_day_at(S_ctx *c, size_t j, long *z) {
  if (c->depth > 0 || j >= c->n || c->tk[j].mon || c->tk[j].num >= 0 ||
      c->tk[j].kind != TK_PLAIN)
    return 0;
  S_hit h2;
  memset(&h2, 0, sizeof h2);
  c->depth++;
  size_t u = S_match_at(c, j, &h2);
  c->depth--;
  /* Only a date said relative to another ("tomorrow", "last Tuesday"):
   * "eight days after Oct. 12" is a duration and a date (TimeML). */
  if (!u || h2.type != LEDE_DATE_DATE || !h2.has_value ||
      h2.gran != LEDE_GRAN_DAY || h2.anchor == LEDE_ANCHOR_NONE ||
      (*z = lede__date_value_day(h2.val)) < 0)
    return 0;
  return h2.j - j;
}

static void S_put(const S_ctx *c, S_hit *h, const S_val *v, int ok,
                  lede_date_anchor anchor) {
  h->gran = v->gran;
  h->anchor = anchor;
  if (anchor == LEDE_ANCHOR_PUBLISHED && !c->has_pub)
    h->anchor = LEDE_ANCHOR_UNRESOLVED;
  h->has_value = ok;
  if (ok) lede__date_fmt(v, h->val, sizeof h->val);
}

static void S_put_str(S_hit *h, const char *s, lede_date_anchor anchor) {
  h->has_value = 1;
  h->anchor = anchor;
  h->gran = LEDE_GRAN_NONE;
  S_buf b = {h->val, h->val + sizeof h->val};
  S_cat(&b, s);
}

/* h: part of day dp of the day h2 names ("the evening of May 2",
 * "mid-afternoon yesterday"). */
static void S_day_part(S_hit *h, const S_hit *h2, int dp) {
  *h = *h2;
  h->type = LEDE_DATE_TIME;
  h->gran = LEDE_GRAN_PART_OF_DAY;
  if (h->has_value) {
    size_t vl = strlen(h->val);
    snprintf(h->val + vl, sizeof h->val - vl, "T%s", S_dp_code[dp]);
  }
}

/* Is the month token at k really a month here? */
static int S_noun_follows(const S_ctx *c, size_t i);

static int S_month_ok(const S_ctx *c, size_t k, int bare) {
  const S_tok *t = &c->tk[k];
  if (!S_cap(c, k) && !(c->tk[k].flags & LEDE__T_UPPER)) return 0;
  size_t n = t->e - t->s;
  int abbr = n == 3 || (n == 4 && t->mon == 9); /* Mar, Sept */
  if (t->mon == 5) abbr = 0;
  int amb = abbr || t->mon == 5 || t->mon == 3; /* May, March, abbrevs */
  if (!bare) {
    /* "Mar. 10": abbreviations need their day right after. */
    return 1;
  }
  int prep = 0;
  if (k > 0) {
    const S_tok *p = &c->tk[k - 1];
    if (p->cls == C_KEY)
      switch (p->val) {
      case K_IN: case K_SINCE: case K_BY: case K_UNTIL: case K_LAST:
      case K_NEXT: case K_THIS: case K_EARLY: case K_LATE: case K_MID:
      case K_OF: case K_DURING: case K_FROM: case K_BEFORE: case K_AFTER:
      case K_BETWEEN: case K_PAST: case K_COMING: case K_END: case K_TO:
      case K_BEGINNING: case K_FOR: case K_EARLIER: case K_LATER:
        prep = 1;
      default: break;
      }
    if (p->mon || S_is(c, k - 1, "and") || S_is(c, k - 1, "or"))
      prep = prep || (k >= 2 && (c->tk[k - 2].mon || c->tk[k - 2].num > 0));
  }
  if (abbr) return 0;
  /* "the March accession", "the May report": a month naming a noun's
   * time */
  if (!prep && k > 0 && S_key(c, k - 1, K_THE) && S_noun_follows(c, k + 1))
    return 1;
  if (amb) {
    if (!prep) return 0;
    /* "to March on Washington" */
    if (c->tk[k - 1].cls == C_KEY && c->tk[k - 1].val == K_TO) return 0;
    return 1;
  }
  if (prep) return 1;
  /* April Smith, June Carter */
  if (k + 1 < c->n && S_cap(c, k + 1) && !c->tk[k + 1].mon &&
      !c->tk[k + 1].wd)
    return 0;
  if (k > 0 && S_cap(c, k - 1) && !(c->tk[k - 1].flags & LEDE__T_PUNCT))
    return 0;
  return 1;
}

/* A year said in words: "nineteen ninety-six", "nineteen eighty". */
static int S_spoken_year(const S_ctx *c, size_t i) {
  if (i + 1 >= c->n) return 0;
  const S_tok *a = &c->tk[i], *b = &c->tk[i + 1];
  if (a->cls != C_NUMW || a->num < 11 || a->num > 20 || b->ndig ||
      b->num < 10 || b->num > 99 || a->kind != TK_PLAIN)
    return 0;
  return a->num * 100 + b->num;
}

/* "last year", "next year", "this year" after a month: that year. */
static int S_rel_year(const S_ctx *c, size_t i) {
  if (!c->has_pub || !S_is(c, i + 1, "year")) return 0;
  if (S_key(c, i, K_LAST)) return c->py - 1;
  if (S_key(c, i, K_NEXT)) return c->py + 1;
  if (S_key(c, i, K_THIS)) return c->py;
  return 0;
}

/* Can a full stop follow month token t as its abbreviation's ("Sept.")?
 * "May", "June" and "July" are whole words. */
static int S_month_abbr(const S_tok *t) {
  return t->e - t->s <= 4 && strcmp(t->low, "may") && strcmp(t->low, "june") &&
         strcmp(t->low, "july");
}

static size_t S_calendar(S_ctx *c, size_t k, S_hit *h);

/* The rest of a date led by month token k ("March 5, 2020", "Sept. 11
 * '01", "March 2020", "March of last year", a bare "March"): its month,
 * day (0 none), year (-1 none) and end. 0 if the month is no month. */
static int S_cal_month_first(S_ctx *c, size_t k, int *mp, int *dp, int *yp, size_t *ip) {
  size_t i = k;
  int d, y = -1, sy;
  const S_tok *t = &c->tk[k];
  i++;
  if (S_punct(c, i, '.') && S_month_abbr(t)) i++;
  if ((((d = S_day_tok(c, i)) != 0 || (d = S_day_word(c, i)) != 0) &&
       !S_year_tok(c, i)) ||
      ((d = S_bad_day(c, i)) != 0 &&
       (S_year_tok(c, i + 1) || (S_punct(c, i + 1, ',') && S_year_tok(c, i + 2))))) {
    i++;
    size_t y0 = i;
    if (S_punct(c, i, ',')) i++;
    if (S_year_tok(c, i)) {
      y = c->tk[i].num;
      i++;
    } else if ((sy = S_short_year(c, i)) != 0) {
      y = sy;
      i += 2;
    } else if (S_day_tok(c, y0 - 1) && (sy = S_bare_short_year(c, i)) != 0) {
      y = sy;
      i++;
    } else {
      i = y0;
    }
  } else {
    d = 0;
    size_t y0 = i;
    if (S_punct(c, i, ',') || S_key(c, i, K_OF)) i++;
    if (S_year_tok(c, i)) {
      y = c->tk[i].num;
      i++;
    } else if (S_spoken_year(c, i)) {
      y = S_spoken_year(c, i);
      i += 2;
    } else if (S_rel_year(c, y0)) {
      y = S_rel_year(c, y0);
      i = y0 + 2;
    } else {
      i = y0;
      if (i == k + 2 && S_punct(c, k + 1, '.')) i = k + 1;
      if (!S_month_ok(c, k, 1)) return 0;
    }
  }
  *mp = t->mon;
  *dp = d;
  *yp = y;
  *ip = i;
  return 1;
}

/* A range of days led by day d at k whose second end, at j2, has the
 * month: "4 - 19 March 2023". Returns S_calendar's answer (1 or 0). */
static size_t S_cal_day_range(S_ctx *c, size_t k, size_t j2, int d, S_hit *h) {
  /* "4 - 19 March 2023", "8 to 12 October", "the third to the fifth
   * of June": the first day takes the month and year of the second */
  S_hit h2;
  memset(&h2, 0, sizeof h2);
  c->depth++;
  size_t u2 = S_calendar(c, j2, &h2);
  c->depth--;
  if (!u2 || h2.gran != LEDE_GRAN_DAY || c->tk[j2].mon) return 0;
  if (!h2.has_value || strlen(h2.val) != 10) {
    *h = h2;
    return 1;
  }
  S_val v;
  int ok = 1, y1 = h2.val[0] == 'X' ? -1 : S_digits(h2.val, 4);
  if (h2.anchor == LEDE_ANCHOR_PUBLISHED && y1 >= 0) {
    /* "will be held 10 to 22 August": with no year written, the range
     * goes where its first day does under the sentence's tense, as
     * "August 10 to 22" does, and its second end with it */
    int m2 = S_digits(h2.val + 5, 2), ok2 = 1;
    y1 = lede__date_year_for(c, m2, d, S_tense_strong(c, k, k + 1));
    S_hit p;
    memset(&p, 0, sizeof p);
    p.type = LEDE_DATE_DATE;
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_set_day(&v, y1, m2, S_digits(h2.val + 8, 2), &ok2);
    S_put(c, &p, &v, ok2, h2.anchor);
    p.i = j2;
    p.j = j2 + u2;
    S_pend(c, &p);
  }
  S_val_init(&v, LEDE_GRAN_DAY);
  lede__date_set_day(&v, y1, S_digits(h2.val + 5, 2), d, &ok);
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, ok, h2.anchor);
  return 1;
}

/* The month and year after a day, from *ip ("5 March 2020", "5th of
 * March", "23rd february, 2016"): 0 if none. */
static int S_cal_day_first(S_ctx *c, int *mp, int *yp, size_t *ip) {
  size_t i = *ip;
  int sy;
  if (i >= c->n || !c->tk[i].mon) return 0;
  /* "23rd february, 2016": a lower-case month between a day and a year
   * ("the 4th march" is a march) */
  if (!S_month_ok(c, i, 0) &&
      !(S_year_tok(c, i + 1) || (S_punct(c, i + 1, ',') && S_year_tok(c, i + 2))))
    return 0;
  *mp = c->tk[i].mon;
  i++;
  if (S_punct(c, i, '.') && S_month_abbr(&c->tk[i - 1])) i++;
  size_t y0 = i;
  if (S_punct(c, i, ',')) i++;
  if (S_year_tok(c, i)) {
    *yp = c->tk[i].num;
    i++;
  } else if (i == y0 && (sy = S_bare_short_year(c, i)) != 0) {
    *yp = sy;
    i++;
  } else {
    i = y0;
  }
  *ip = i;
  return 1;
}

/* "June 2 and 11(, 2019)": a second day after the date of day d led by
 * month token k, which ends before i. Returns it, or 0, with its tokens
 * *p0 to *p1 and the year written after it (*y2; *y too if unset). */
static int S_cal_second_day(S_ctx *c, size_t k, size_t i, int d, int *y, int *y2,
                            size_t *p0, size_t *p1) {
  const S_tok *t = &c->tk[k];
  /* ("June third to fifth", "June 3rd to the 5th") */
  size_t q2 = S_range_end(c, i);
  int dq = 0;
  if (d && t->mon && !c->depth && S_joiner(c, i) && (dq = S_end_day(c, q2)) != 0 &&
      !(q2 + 1 < c->n && (c->tk[q2 + 1].mon || c->tk[q2 + 1].cls == C_UNIT ||
                          c->tk[q2 + 1].cls == C_UNITP || S_key(c, q2 + 1, K_OF))) &&
      dq > d) {
    *p0 = q2;
    *p1 = q2 + 1;
    if (S_punct(c, *p1, ',') && S_year_tok(c, *p1 + 1)) {
      *y2 = c->tk[*p1 + 1].num;
      *p1 += 2;
      if (*y < 0) *y = *y2;
    }
    return dq;
  }
  return 0;
}

/* The year of a date at k (month m, day d, 0 none) that wrote none,
 * ending before i: from the other end of a range, from the day last
 * written, else by the sentence's tense. Sets *y; returns the anchor. */
static lede_date_anchor S_cal_year(S_ctx *c, size_t k, size_t i, int m, int d, int *y) {
  const S_tok *t = &c->tk[k];
  lede_date_anchor an = LEDE_ANCHOR_NONE;
  if (*y < 0 && !c->depth && S_joiner(c, i) && i + 1 < c->n &&
      (c->tk[i + 1].mon || (d && !t->mon && S_day_tok(c, i + 1) && i + 2 < c->n &&
                            c->tk[i + 2].mon))) {
    /* "Mar 3 - Jun 9, 2015", "from October to February 2019": the first
     * end takes the year of the second */
    S_hit h2;
    memset(&h2, 0, sizeof h2);
    c->depth++;
    size_t u2 = S_calendar(c, i + 1, &h2);
    c->depth--;
    if (u2 && h2.has_value && h2.anchor == LEDE_ANCHOR_NONE && S_isdig(h2.val[0])) {
      int yy = S_digits(h2.val, 4), mm = S_digits(h2.val + 5, 2);
      int dd = strlen(h2.val) == 10 ? S_digits(h2.val + 8, 2) : 0;
      *y = yy;
      if (m > mm || (m == mm && d && dd && d > dd)) (*y)--;
    }
  }
  if (*y < 0 && !c->depth && k >= 2 && S_joiner(c, k - 1) &&
      !S_is(c, k - 1, "and") && !S_is(c, k - 1, "or") && c->have_last &&
      c->last_written && c->last_j == k - 1 && c->last_sent == c->sent &&
      c->last.y >= 0 && (c->last.gran == LEDE_GRAN_MONTH || c->last.gran == LEDE_GRAN_DAY)) {
    /* "January 3, 2017 - February 1st": the second end of a range takes
     * the year written with the first (the next one past December) */
    *y = c->last.y + (m < c->last.m);
  } else if (*y < 0 && d && !c->has_pub && c->have_last && c->last_written &&
             c->last.y >= 0 && c->last.gran == LEDE_GRAN_DAY) {
    /* no publication date: a day takes the year of the day last written
     * in full ("July 12, 2014. ... July 13") */
    *y = c->last.y;
    an = LEDE_ANCHOR_TEXT;
  }
  if (*y < 0) {
    int dir = S_tense_strong(c, k, i);
    *y = lede__date_year_for(c, m, d, dir);
    an = LEDE_ANCHOR_PUBLISHED;
  }
  return an;
}

/* Two days in one token of the date at k, which ends before i: the
 * first goes in h, the second is pending. Returns the date's end. */
static size_t S_cal_cut(S_ctx *c, size_t k, size_t i, int y, int m, int d,
                        lede_date_anchor an, S_hit *h) {
  const S_tok *t = &c->tk[k];
  size_t dtok = d && t->mon ? i - 1 : 0;
  while (dtok > k && !S_day_tok(c, dtok) && !S_day_word(c, dtok)) dtok--;
  /* A range in one token: "4-19 March", "March 3-5" */
  size_t cut_tok = t->mon ? dtok : k;
  if (d && cut_tok < c->n && c->tk[cut_tok].cut && c->tk[cut_tok].kind == TK_PLAIN &&
      !c->depth) {
    const S_tok *ct = &c->tk[cut_tok];
    S_val v;
    int ok = 1;
    S_hit p;
    memset(&p, 0, sizeof p);
    p.type = LEDE_DATE_DATE;
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_set_day(&v, y, m, ct->b, &ok);
    S_put(c, &p, &v, ok, an);
    p.i = cut_tok;
    p.j = t->mon ? cut_tok + 1 : i;
    p.bs = ct->s + ct->cut + 1;
    p.be = c->tk[p.j - 1].e;
    S_pend(c, &p);
    h->bs = c->tk[k].s;
    h->be = ct->s + ct->cut;
    if (t->mon) i = cut_tok + 1;
    else i = k + 1;
  }
  return i;
}

/* Month-led and day-led dates. Returns tokens used or 0. */
static size_t S_calendar(S_ctx *c, size_t k, S_hit *h) {
  size_t i = k;
  int m = 0, d = 0, y = -1;
  const S_tok *t = &c->tk[k];
  if (t->mon && S_month_ok(c, k, 0)) {
    if (!S_cal_month_first(c, k, &m, &d, &y, &i)) return 0;
  } else if ((d = S_day_tok(c, k)) != 0 ||
             ((d = S_day_word(c, k)) != 0 &&
              (S_key(c, k + 1, K_OF) || S_day_range(c, k + 1))) ||
             ((d = S_bad_day(c, k)) != 0 && k + 1 < c->n && c->tk[k + 1].mon &&
              S_year_tok(c, k + 2))) {
    i = k + 1;
    if (S_key(c, i, K_OF)) i++;
    size_t j2 = S_range_end(c, i);
    if (!c->depth && S_joiner(c, i) && !t->cut &&
        ((S_day_tok(c, j2) && c->tk[j2].kind == TK_PLAIN) || S_day_range(c, i)))
      return S_cal_day_range(c, k, j2, d, h);
    if (!S_cal_day_first(c, &m, &y, &i)) return 0;
  } else {
    return 0;
  }
  S_val v;
  int ok = 1;
  h->type = LEDE_DATE_DATE;
  int y2 = -1;
  size_t p0 = 0, p1 = 0;
  int d2 = S_cal_second_day(c, k, i, d, &y, &y2, &p0, &p1);
  lede_date_anchor an = S_cal_year(c, k, i, m, d, &y);
  i = S_cal_cut(c, k, i, y, m, d, an, h);
  if (d2) {
    S_hit p;
    memset(&p, 0, sizeof p);
    p.type = LEDE_DATE_DATE;
    int ok2 = 1;
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_set_day(&v, y, m, d2, &ok2);
    S_put(c, &p, &v, ok2, y2 >= 0 ? LEDE_ANCHOR_NONE : an);
    p.i = p0;
    p.j = p1;
    S_pend(c, &p);
  }
  if (d) {
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_set_day(&v, y, m, d, &ok);
  } else {
    S_val_init(&v, LEDE_GRAN_MONTH);
    v.y = y;
    v.m = m;
  }
  S_put(c, h, &v, ok, an);
  return i - k;
}

static int S_dpart(const S_ctx *c, size_t i) {
  return i < c->n && c->tk[i].cls == C_DPART ? c->tk[i].val : 0;
}

static int S_amount(const S_ctx *c, size_t k, size_t *used);

static int S_unit_at(const S_ctx *c, size_t i, int *plural);

/* "6 a.m. ten days before the shooting": the time of a day counted from
 * another; the token after the count, or 0.  From a day the text
 * resolves ("two days before Friday") the day is known; from an event
 * it is not, and stays unknown (TimeML XXXX-XX-XX). */
static size_t S_clock_days(S_ctx *c, size_t i, S_val *v, lede_date_anchor *an) {
  size_t used;
  int pl, n = S_amount(c, i, &used);
  if (n <= 0) return 0;
  int u = S_unit_at(c, i + used, &pl);
  size_t b = i + used + 1;
  if ((u != U_DAY && u != U_WEEK) || !(S_key(c, b, K_BEFORE) || S_key(c, b, K_AFTER)))
    return 0;
  long z;
  S_val w;
  size_t u2 = S_day_at(c, b + 1, &z);
  if (u2 && lede__date_shift_from(&w, z, u, S_key(c, b, K_AFTER) ? n : -n)) {
    v->y = w.y;
    v->m = w.m;
    v->d = w.d;
    *an = LEDE_ANCHOR_TEXT;
    return b + 1 + u2;
  } else {
    v->y = -1;
    v->m = -1;
    v->d = -1;
    *an = LEDE_ANCHOR_UNRESOLVED;
  }
  return b;
}

/* An hour of the clock, 1 to 12, in digits or words ("3", "three") at
 * k; 0 if none. */
static int S_hour_word(const S_ctx *c, size_t k) {
  if (k >= c->n) return 0;
  const S_tok *t = &c->tk[k];
  if (t->kind != TK_PLAIN || t->cut || t->num < 1 || t->num > 12) return 0;
  return t->ndig == 1 || t->ndig == 2 || t->cls == C_NUMW ? t->num : 0;
}

/* "o'clock" (one token or three) at k: the tokens it takes, or 0. */
static size_t S_oclock(const S_ctx *c, size_t k) {
  if (S_is(c, k, "o'clock") || S_is(c, k, "o\xE2\x80\x99" "clock")) return 1;
  if (S_is(c, k, "o") && k + 2 < c->n && c->tk[k + 1].e - c->tk[k + 1].s <= 3 &&
      (c->t[c->tk[k + 1].s] == '\'' || (unsigned char)c->t[c->tk[k + 1].s] == 0xE2) &&
      S_is(c, k + 2, "clock"))
    return 3;
  return 0;
}

/* am (1) or pm (2) for hour hh (1 to 12) said with part of day dp: "7
 * in the evening", "12 at night" (midnight), "3 at night". */
static int S_dpart_ampm(int dp, int hh) {
  return dp == D_MO || (dp == D_NI && hh <= 4) || hh == 12 ? 1 : 2;
}

/* A time of day being read: the hour (-1 none), minutes, seconds (-1
 * none), am (1) or pm (2) or 0, whether it is surely a time, and the
 * token after it. */
typedef struct {
  int hh, mi, ap, ss, strong;
  size_t i;
} S_clk;

/* A clock token at k ("9:30", "9:30 tonight", the first end of "1:15 -
 * 2:45 pm"): its hour, minutes, seconds and am/pm. */
static void S_clock_digits(S_ctx *c, size_t k, S_clk *q) {
  const S_tok *t = &c->tk[k];
  q->hh = t->a;
  q->mi = t->b;
  q->ap = t->ampm;
  q->ss = t->ss1 - 1;
  /* "at 9:30 tonight": the evening's */
  if (!q->ap && !t->cut && q->hh >= 1 && q->hh <= 11 && S_key(c, k + 1, K_TONIGHT)) {
    q->ap = 2;
    q->i = k + 2;
  }
  q->strong = q->ap != 0 || q->ss >= 0 || t->cut;
  /* "1:15 - 2:45 pm": the first end takes the second's am/pm */
  if (!q->ap && !t->cut && S_joiner(c, k + 1) && k + 2 < c->n &&
      c->tk[k + 2].kind == TK_CLOCK && !c->tk[k + 2].cut) {
    int a2 = c->tk[k + 2].ampm;
    if (!a2 && (S_key(c, k + 3, K_AM) || S_key(c, k + 3, K_PM)))
      a2 = S_key(c, k + 3, K_AM) ? 1 : 2;
    if (a2 && q->hh <= 12) {
      q->ap = a2 == 2 && q->hh > c->tk[k + 2].a && c->tk[k + 2].a != 12 ? 1 : a2;
      q->strong = 1;
    }
  }
}

/* A plain number at k that is an hour ("0900 GMT", "7 in the evening",
 * "10 am", "at 11 tonight", "8 - 11pm"): 1 with its hour read, or 0. */
static int S_clock_plain(S_ctx *c, size_t k, S_clk *q) {
  const S_tok *t = &c->tk[k];
  if (t->kind == TK_PLAIN && t->ndig == 4 && t->num % 100 < 60 &&
      t->num / 100 < 24 && S_lex(c, k + 1, &lede__lex_date_tz) &&
      ((c->tk[k + 1].flags & LEDE__T_UPPER) ||
       (S_is(c, k + 1, "local") && S_is(c, k + 2, "time")))) {
    /* "0900 GMT", "2200 local time": military time needs its zone */
    q->hh = t->num / 100;
    q->mi = t->num % 100;
  } else if (t->kind == TK_PLAIN && t->ndig >= 1 && t->ndig <= 2 &&
             t->num >= 1 && t->num <= 12 &&
             ((S_key(c, k + 1, K_IN) && S_key(c, k + 2, K_THE) && S_dpart(c, k + 3) &&
               !c->tk[k + 3].plural) ||
              (S_key(c, k + 1, K_AT) && S_dpart(c, k + 2) == D_NI &&
               !c->tk[k + 2].plural))) {
    /* "7 in the evening", "9 at night" */
    q->hh = t->num;
    int dpart = S_key(c, k + 1, K_IN) ? S_dpart(c, k + 3) : D_NI;
    q->ap = S_dpart_ampm(dpart, q->hh);
    q->i = k + (S_key(c, k + 1, K_IN) ? 4 : 3);
    q->strong = 1;
  } else if (t->kind == TK_PLAIN && t->ndig >= 1 && t->ndig <= 2 &&
             t->num >= 1 && t->num <= 12 &&
             (S_key(c, k + 1, K_AM) || S_key(c, k + 1, K_PM))) {
    q->hh = t->num;
  } else if (t->kind == TK_PLAIN && t->ndig >= 1 && t->ndig <= 2 && !t->cut &&
             t->num >= 1 && t->num <= 11 && k > 0 && S_key(c, k - 1, K_AT) &&
             S_key(c, k + 1, K_TONIGHT)) {
    /* "at 11 tonight" */
    q->hh = t->num;
    q->ap = 2;
    q->i = k + 2;
    q->strong = 1;
  } else if (t->kind == TK_PLAIN && t->ndig >= 1 && t->ndig <= 2 && !t->cut &&
             t->num >= 1 && t->num <= 12 && S_joiner(c, k + 1) &&
             !((S_is(c, k + 1, "and") && !(k > 0 && S_key(c, k - 1, K_BETWEEN))) ||
               S_is(c, k + 1, "or")) &&
             k + 2 < c->n &&
             ((c->tk[k + 2].kind == TK_CLOCK && c->tk[k + 2].ampm && !c->tk[k + 2].cut) ||
              (c->tk[k + 2].kind == TK_PLAIN && c->tk[k + 2].ndig >= 1 &&
               c->tk[k + 2].ndig <= 2 && c->tk[k + 2].num >= 1 && c->tk[k + 2].num <= 12 &&
               (S_key(c, k + 3, K_AM) || S_key(c, k + 3, K_PM))))) {
    /* "8 - 11pm", "from 7 to 10 p.m.", "between 9 and 11 a.m.": the first
     * end takes the second's am/pm ("11 to 2 pm" starts in the morning) */
    int h2 = c->tk[k + 2].kind == TK_CLOCK ? c->tk[k + 2].a : c->tk[k + 2].num;
    int a2 = c->tk[k + 2].kind == TK_CLOCK ? c->tk[k + 2].ampm
             : S_key(c, k + 3, K_AM)      ? 1
                                          : 2;
    q->hh = t->num;
    q->ap = a2 == 2 && q->hh > h2 && h2 != 12 ? 1 : a2;
    q->strong = 1;
  } else {
    return 0;
  }
  return 1;
}

/* An hour in words at k ("3 o'clock", "half past three", "noon",
 * "midnight"): 1 with its hour read, or 0 (also "high noon"). */
static int S_clock_words(S_ctx *c, size_t k, S_clk *q) {
  if (S_hour_word(c, k) && S_oclock(c, k + 1)) {
    /* "3 o'clock", "three o'clock" */
    q->hh = S_hour_word(c, k);
    q->i = k + 1 + S_oclock(c, k + 1);
    q->strong = 1;
  } else if ((S_key(c, k, K_HALF) || S_is(c, k, "quarter")) &&
             (S_key(c, k + 1, K_PAST) || (S_key(c, k + 1, K_TO) && S_is(c, k, "quarter"))) &&
             S_hour_word(c, k + 2)) {
    /* "half past three", "quarter past 5", "a quarter to five" */
    q->hh = S_hour_word(c, k + 2);
    q->mi = S_key(c, k, K_HALF) ? 30 : 15;
    if (S_key(c, k + 1, K_TO)) {
      q->hh = q->hh == 1 ? 12 : q->hh - 1;
      q->mi = 45;
    }
    q->i = k + 3;
    q->i += S_oclock(c, q->i);
    q->strong = 1;
  } else if (S_key(c, k, K_NOON)) {
    if (S_cap(c, k) && k > 0 && S_cap(c, k - 1)) return 0;
    /* "high noon comes for Poland": the hour of reckoning, no clock */
    if (k > 0 && S_is(c, k - 1, "high") && !S_key(c, k + 1, K_ON)) return 0;
    q->hh = 12;
    q->strong = 1;
  } else if (S_key(c, k, K_MIDNIGHT)) {
    /* TimeML: midnight ends its day, "Friday T24:00" */
    q->hh = 24;
    q->strong = 1;
  } else {
    return 0;
  }
  return 1;
}

/* What follows the hour of k: am/pm or "in the morning", a zone, a
 * zone's gloss in brackets; the hour made 0 to 24. Returns 1 if the
 * gloss was read. */
static int S_clock_suffix(S_ctx *c, size_t k, S_clk *q) {
  size_t i = q->i;
  if (!q->ap && (S_key(c, i, K_AM) || S_key(c, i, K_PM))) {
    q->ap = S_key(c, i, K_AM) ? 1 : 2;
    i++;
    q->strong = 1;
  } else if (!q->ap && q->hh >= 1 && q->hh <= 12 && !S_key(c, k, K_NOON) &&
             S_key(c, i, K_IN) && S_key(c, i + 1, K_THE) &&
             S_dpart(c, i + 2) && !c->tk[i + 2].plural) {
    /* "10:30 in the morning", "three o'clock in the afternoon" */
    q->ap = S_dpart_ampm(S_dpart(c, i + 2), q->hh);
    i += 3;
    q->strong = 1;
  }
  if (q->ap == 2 && q->hh < 12) q->hh += 12;
  if (q->ap == 1 && q->hh == 12) q->hh = 0;
  if (S_lex(c, i, &lede__lex_date_tz) && (c->tk[i].flags & (LEDE__T_UPPER | LEDE__T_CAP) ||
                                          S_is(c, i, "local"))) {
    if (S_is(c, i, "local") && S_is(c, i + 1, "time")) i++;
    i++;
    q->strong = 1;
  }
  /* "4:20 p.m. (1120 GMT) Tuesday": the same moment in another zone,
   * glossed in brackets, is part of this time, not a second one; the
   * bracket closes it ("Tuesday" after it is an expression of its own,
   * which S_fix_times gives the time) */
  int gloss = 0;
  if (q->strong && S_punct(c, i, '(') && i + 3 < c->n) {
    size_t g = i + 1;
    const S_tok *z = &c->tk[g];
    if (z->kind == TK_CLOCK || (z->kind == TK_PLAIN && z->ndig == 4)) {
      g++;
      if (S_key(c, g, K_AM) || S_key(c, g, K_PM)) g++;
      if (S_lex(c, g, &lede__lex_date_tz) && (c->tk[g].flags & LEDE__T_UPPER) &&
          S_punct(c, g + 1, ')')) {
        i = g + 2;
        gloss = 1;
      }
    }
  }
  q->i = i;
  return gloss;
}

/* The day of the time at k whose words end before i: a weekday or
 * deictic right after, a count of days ("ten days before"), a date
 * that follows, else the publication day or the day the story is at.
 * Sets *v and *an; returns the token after it. */
static size_t S_clock_day(S_ctx *c, size_t k, size_t i, int gloss, S_val *v,
                          lede_date_anchor *an) {
  size_t cd;
  if (gloss) {
    if (c->has_pub) S_from_days(v, c->pz);
  } else if (i < c->n && c->tk[i].wd && !c->tk[i].plural && S_cap(c, i)) {
    lede__date_weekday(c, v, c->tk[i].wd, S_tense_near(c, k, i + 1) > 0 ? 1 : -1, 0);
    i++;
  } else if (S_key(c, i, K_TODAY) || S_key(c, i, K_YESTERDAY) ||
             S_key(c, i, K_TOMORROW)) {
    int off = S_key(c, i, K_TODAY) ? 0 : S_key(c, i, K_YESTERDAY) ? -1 : 1;
    if (c->has_pub) S_from_days(v, c->pz + off);
    i++;
  } else if ((cd = S_clock_days(c, i, v, an))) {
    i = cd;
  } else {
    /* "5 p.m. EST, Nov. 6": the time on the date that follows */
    size_t j = i + (S_punct(c, i, ',') ? 1 : 0);
    S_hit h2;
    memset(&h2, 0, sizeof h2);
    size_t u = 0;
    if (j < c->n && c->tk[j].mon && S_cap(c, j) && !c->depth) {
      c->depth++;
      u = S_calendar(c, j, &h2);
      c->depth--;
    }
    if (u && h2.type == LEDE_DATE_DATE && h2.gran == LEDE_GRAN_DAY && !h2.be &&
        h2.has_value && lede__date_value_day(h2.val) >= 0) {
      S_civil(lede__date_value_day(h2.val), &v->y, &v->m, &v->d);
      *an = h2.anchor;
      i = j + u;
    } else if (c->has_pub) {
      /* "shortly after midnight", told in the past: the midnight that
       * began the publication day, the day before's T24:00 */
      int back = S_key(c, k, K_MIDNIGHT) && S_tense(c, k, i) < 0;
      S_from_days(v, c->pz - back);
      /* "was shot at 10 p.m.", no day said: told in the past, the time
       * is on the day the story is at, the last day it named before
       * publication (TimeML: the reference time), not on publication */
      long z = lede__date_last_day(c);
      if (z < 0 && c->have_day && c->day_block == c->block) z = c->day_z;
      if (!back && z >= 0 && z < c->pz && S_tense(c, k, i) < 0) {
        S_from_days(v, z);
        *an = LEDE_ANCHOR_TEXT;
      }
    }
  }
  return i;
}

/* A clock token cut in two at k ("1:15-2:45pm") ending before i: two
 * times on the day of *v, the first in h, the second pending. */
static void S_clock_range(S_ctx *c, size_t k, size_t i, S_hit *h, S_val *v, int ok,
                          lede_date_anchor an) {
  const S_tok *t = &c->tk[k];
  /* "1:15-2:45pm": two times; am/pm goes with both unless the first
   * hour is past the second ("11-1pm") */
  int h1 = t->a, h2 = t->mod, a2 = t->ampm;
  /* "open 8:30-5:30": with no am/pm, an end before its start on a
   * twelve-hour clock is in the afternoon */
  if (!a2 && h1 <= 12 && h2 >= 1 && h2 < h1) h2 += 12;
  if (a2 == 2 && h2 < 12) h2 += 12;
  if (a2 == 1 && h2 == 12) h2 = 0;
  if (a2 == 2 && h1 < 12 && t->a <= t->mod) h1 += 12;
  if (a2 == 1 && h1 == 12) h1 = 0;
  v->hh = h1;
  S_put(c, h, v, ok, an);
  h->bs = t->s;
  h->be = t->s + t->cut;
  S_hit p;
  memset(&p, 0, sizeof p);
  p.type = LEDE_DATE_TIME;
  v->hh = h2;
  v->mi = t->mi2;
  S_put(c, &p, v, ok, an);
  p.i = k;
  p.j = i;
  p.bs = t->s + t->cut + 1;
  p.be = c->tk[i - 1].e;
  S_pend(c, &p);
}

/* 10:30 a.m. EST, 10am, noon. */
static size_t S_clock(S_ctx *c, size_t k, S_hit *h) {
  const S_tok *t = &c->tk[k];
  S_clk q = {-1, 0, 0, -1, 0, k + 1};
  if (t->kind == TK_CLOCK) S_clock_digits(c, k, &q);
  else if (!S_clock_plain(c, k, &q) && !S_clock_words(c, k, &q)) return 0;
  int gloss = S_clock_suffix(c, k, &q);
  size_t i = q.i;
  if (!q.strong && t->kind == TK_CLOCK && t->c) return 0;
  if (!q.strong) {
    /* A bare 10:30 needs "at", "by", "until" ... before it. */
    if (!(k > 0 && c->tk[k - 1].cls == C_KEY &&
          (c->tk[k - 1].val == K_AT || c->tk[k - 1].val == K_BY ||
           c->tk[k - 1].val == K_UNTIL || c->tk[k - 1].val == K_BEFORE ||
           c->tk[k - 1].val == K_AFTER || c->tk[k - 1].val == K_ABOUT ||
           c->tk[k - 1].val == K_SINCE || c->tk[k - 1].val == K_FROM)))
      return 0;
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_MINUTE);
  /* The day: a weekday or deictic right after, else the publication. */
  lede_date_anchor an = LEDE_ANCHOR_PUBLISHED;
  int ok = 1;
  i = S_clock_day(c, k, i, gloss, &v, &an);
  if (!c->has_pub && an == LEDE_ANCHOR_PUBLISHED) {
    v.y = -1;
    v.m = -1;
  }
  v.gran = LEDE_GRAN_MINUTE;
  v.hh = q.hh;
  v.mi = q.mi;
  v.ss = q.ss;
  h->type = LEDE_DATE_TIME;
  if (t->kind == TK_CLOCK && t->cut) {
    S_clock_range(c, k, i, h, &v, ok, an);
    return i - k;
  }
  S_put(c, h, &v, ok, an);
  return i - k;
}

/* Can S_clock read a time at k? Only from a clock token, a number (an
 * hour in digits or words: S_clock_plain, S_hour_word), "half",
 * "quarter", noon or midnight (S_clock_words); most tokens a date starts
 * at are none. */
static inline int S_clock_may(const S_ctx *c, size_t k) {
  const S_tok *t = &c->tk[k];
  return t->kind == TK_CLOCK || t->num >= 0 || S_key(c, k, K_HALF) ||
         S_key(c, k, K_NOON) || S_key(c, k, K_MIDNIGHT) || S_is(c, k, "quarter");
}

const char *lede__date_check_clock(lede_article *a) {
  size_t n = a->tokens.n;
  if (!n) return NULL;
  S_ctx c;
  S_tok *buf = lede__date_fill_all(a, &c, NULL);
  if (!buf) return "out of memory";
  const char *err = NULL;
  for (size_t k = 0; k < n && !err; k++) {
    S_hit h;
    memset(&h, 0, sizeof h);
    if (!S_clock_may(&c, k) && S_clock(&c, k, &h))
      err = "S_clock reads a time where S_clock_may turns it down";
  }
  free(buf);
  return err;
}

/* Weekday, optionally with a date, a part of the day. dir: tense or the
 * direction given by last/next/this (strict). */
static size_t S_weekday_expr(S_ctx *c, size_t k, S_hit *h, int dir,
                             int strict, size_t from) {
  const S_tok *t = &c->tk[k];
  if (!t->wd || !S_cap(c, k)) return 0;
  size_t i = k + 1;
  /* "the Sunday Telegraph", "The Sunday Times": a paper's name */
  if (k > 0 && S_key(c, k - 1, K_THE) && i < c->n && (c->tk[i].flags & LEDE__T_CAP) &&
      (c->tk[i].flags & LEDE__T_WORD) && !(c->tk[i].flags & LEDE__T_NUM) &&
      !c->tk[i].mon && !c->tk[i].wd && c->tk[i].cls == C_NONE)
    return 0;
  if (t->plural) {
    char b[16];
    snprintf(b, sizeof b, "XXXX-WXX-%d", t->wd);
    h->type = LEDE_DATE_SET;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i - from;
  }
  /* "on Monday and Tuesday nights": the plural part of day is both
   * days', every week */
  if ((S_is(c, i, "and") || S_is(c, i, "or")) && i + 2 < c->n &&
      c->tk[i + 1].wd && S_cap(c, i + 1) && S_dpart(c, i + 2) &&
      c->tk[i + 2].plural) {
    char b[24];
    snprintf(b, sizeof b, "XXXX-WXX-%dT%s", t->wd, S_dp_code[S_dpart(c, i + 2)]);
    h->type = LEDE_DATE_SET;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i - from;
  }
  /* "Tuesday, March 9, 2021": one expression (TimeML), valued by the
   * date. */
  size_t j = i;
  if (S_punct(c, j, ',')) j++;
  if (j < c->n && (c->tk[j].mon || S_day_tok(c, j))) {
    S_hit h2;
    memset(&h2, 0, sizeof h2);
    size_t u = S_calendar(c, j, &h2);
    if (u && h2.gran == LEDE_GRAN_DAY && !h2.be && !c->has_pend) {
      *h = h2;
      return j + u - from;
    }
  }
  S_val v;
  /* "Friday of last week": that week's */
  if (S_key(c, i, K_OF) && (S_key(c, i + 1, K_LAST) || S_key(c, i + 1, K_NEXT) ||
                            S_key(c, i + 1, K_THIS)) &&
      S_is(c, i + 2, "week")) {
    int w = S_key(c, i + 1, K_LAST) ? -1 : S_key(c, i + 1, K_NEXT) ? 1 : 0;
    lede__date_weekday(c, &v, t->wd, 0, 0);
    if (c->has_pub) S_from_days(&v, S_days(v.y, v.m, v.d) + 7L * w);
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    return i + 3 - from;
  }
  if (!dir && i < c->n && S_poss(c, i))
    dir = -1; /* "Wednesday's ruling" */
  if (!dir) {
    /* "On Tuesday, the league plans to ...": a weekday opening the
     * sentence takes the tense of the clause it leads, however long
     * its subject */
    int lead = S_punct(c, i, ',') &&
               (from == 0 || (from == 1 && S_key(c, 0, K_ON)));
    dir = (lead ? lede__date_tense_mode(c, from, i, 1 | S_TENSE_REPORT, S_TENSE_WIN)
                : S_tense_near(c, from, i)) > 0 ? 1 : -1;
  }
  lede__date_weekday(c, &v, t->wd, dir, strict);
  h->type = LEDE_DATE_DATE;
  int dp = S_dpart(c, i);
  if (dp && c->tk[i].plural) {
    /* "Friday mornings": every Friday morning */
    char b[24];
    snprintf(b, sizeof b, "XXXX-WXX-%dT%s", t->wd, S_dp_code[dp]);
    h->type = LEDE_DATE_SET;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i + 1 - from;
  }
  if (dp) {
    v.gran = LEDE_GRAN_PART_OF_DAY;
    v.dp = dp;
    h->type = LEDE_DATE_TIME;
    i++;
  }
  S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
  return i - from;
}

/* Number of a duration at k: digits, words, "a", vague words; *used gets
 * the tokens it takes. */
static int S_amount(const S_ctx *c, size_t k, size_t *used) {
  *used = 0;
  if (k >= c->n) return -1000;
  const S_tok *t = &c->tk[k];
  if (t->cls == C_NUMW && t->val == -2) {
    /* several, few, many, a few, a couple of */
    *used = 1;
    if (S_is(c, k, "couple")) {
      /* "the next couple of years": two, as "a couple of" */
      if (S_key(c, k + 1, K_OF)) *used = 2;
      return 2;
    }
    return -1;
  }
  if ((S_is(c, k, "a") || S_is(c, k, "an")) && k + 1 < c->n &&
      c->tk[k + 1].cls == C_NUMW && c->tk[k + 1].val == -2) {
    *used = 2;
    if (S_is(c, k + 1, "couple")) {
      if (S_key(c, k + 2, K_OF)) *used = 3;
      return 2;
    }
    return -1;
  }
  if (t->kind == TK_PLAIN && t->num > 0 && !t->ord &&
      (t->ndig || t->cls == C_NUMW || t->low[0])) {
    if (t->ndig > 4) return -1000;
    /* "twenty four hours": tens and units in two words */
    if (!t->ndig && t->cls == C_NUMW && t->num >= 20 && t->num < 100 &&
        t->num % 10 == 0 && k + 1 < c->n && c->tk[k + 1].cls == C_NUMW &&
        !c->tk[k + 1].ndig && c->tk[k + 1].num >= 1 && c->tk[k + 1].num <= 9 &&
        !S_is(c, k + 1, "a") && !S_is(c, k + 1, "an")) {
      *used = 2;
      return t->num + c->tk[k + 1].num;
    }
    *used = 1;
    /* "two thousand years", "five hundred years" */
    if (!t->ndig && t->cls == C_NUMW && t->num < 100 && k + 1 < c->n &&
        (S_is(c, k + 1, "hundred") || S_is(c, k + 1, "thousand"))) {
      *used = 2;
      return t->num * (S_is(c, k + 1, "hundred") ? 100 : 1000);
    }
    return t->num;
  }
  return -1000;
}

static int S_unit_at(const S_ctx *c, size_t i, int *plural) {
  if (i >= c->n) return 0;
  const S_tok *t = &c->tk[i];
  if (t->cls == C_UNIT || t->cls == C_UNITP) {
    *plural = t->cls == C_UNITP;
    return t->val;
  }
  return 0;
}

/* The quarter a report is about: the last one named, else the last one
 * completed before publication. */
static void S_report_quarter(const S_ctx *c, S_hit *h, int back,
                             int latest) {
  S_val v;
  S_val_init(&v, LEDE_GRAN_QUARTER);
  lede_date_anchor an = LEDE_ANCHOR_TEXT;
  if (c->have_q && !latest) {
    v.y = c->qy;
    v.q = c->qq;
  } else if (c->has_pub) {
    lede__date_shift(c, &v, U_QUARTER, -1);
    an = LEDE_ANCHOR_PUBLISHED;
  } else {
    v.y = -1;
    v.q = 0;
    an = LEDE_ANCHOR_UNRESOLVED;
  }
  if (v.y >= 0) v.y -= back;
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, v.q > 0, an);
}

/* May unit u take "and a half", the token after it at j?  Minutes and
 * hours always; days to centuries unless counted from a point ("two and a
 * half years ago"). */
static int S_half_ok(const S_ctx *c, int u, size_t j) {
  if (u == U_MIN || u == U_HOUR) return 1;
  return (u == U_DAY || u == U_WEEK || u == U_MONTH || u == U_YEAR ||
          u == U_DECADE || u == U_CENTURY) &&
         !S_key(c, j, K_AGO) && !S_key(c, j, K_EARLIER) && !S_key(c, j, K_LATER);
}

/* "the past two months", "48 hours", "two days ago", "a year earlier". */
/* A count at i, in digits or words: "700 seats", "four flights",
 * "several ferries" (not a year: "1998 models"). */
static int S_count_tok(const S_ctx *c, size_t i) {
  const S_tok *t = &c->tk[i];
  if (t->flags & LEDE__T_NUM) return !S_year_tok(c, i);
  return (t->flags & LEDE__T_WORD) && (t->num >= 1 || t->num == -2);
}

/* "one day" after the number at k, unit at i: some day ahead or behind
 * ("will one day be"), not a day's length. Returns its tokens, or 0. */
static size_t S_span_one_day(S_ctx *c, size_t k, size_t i, S_hit *h) {
  int pl1;
  if (S_is(c, k, "one") && S_unit_at(c, i, &pl1) == U_DAY && !pl1) {
    int ref = k > 0 && (S_lex(c, k - 1, &lede__lex_date_one_day_modals) ||
                        (k > 1 && S_is(c, k - 1, "also") &&
                         S_lex(c, k - 2, &lede__lex_date_one_day_modals)));
    /* "One day, he said, the river will run clean", "she one day
     * hopes to": some day the tense tells, ahead or behind (TimeML
     * FUTURE_REF, PAST_REF), not a day's length */
    int some = 0, pro = 0;
    if (!ref && S_punct(c, i + 1, ',') &&
        (k == 0 || ((c->tk[k - 1].flags & LEDE__T_PUNCT) &&
                    !S_punct(c, k - 1, ',') && !S_punct(c, k - 1, '-'))))
      some = 1;
    if (!ref && k > 0 && S_lex(c, k - 1, &lede__lex_date_one_day_subjects) &&
        i + 1 < c->n && (c->tk[i + 1].flags & LEDE__T_WORD) &&
        !(c->tk[i + 1].flags & (LEDE__T_CAP | LEDE__T_NUM)) &&
        c->tk[i + 1].cls == C_NONE)
      some = pro = 1;
    /* ("she one day flies", "he one day walked": the verb after it
     * tells, and only a past one looks back) */
    if (pro) ref = lede__date_tense_at(c, i + 1) == -1 ? -1 : 1;
    else if (some) ref = S_tense(c, k, i + 1);
    if (ref == 1 || ref == -1) {
      h->type = LEDE_DATE_DATE;
      S_put_str(h, ref == 1 ? "FUTURE_REF" : "PAST_REF", LEDE_ANCHOR_PUBLISHED);
      return i + 1 - k;
    }
  }
  return 0;
}

/* "between 6 and 9 weeks", "six to eight weeks ago": n at k shares the
 * unit of the second number after i. Returns its tokens, or 0. */
static size_t S_span_range(S_ctx *c, size_t k, size_t i, int n, S_hit *h) {
  int pl;
  size_t used2;
  int n2 = S_amount(c, i + 1, &used2);
  int u2 = n2 > n ? S_unit_at(c, i + 1 + used2, &pl) : 0;
  if (u2 && u2 != U_SEC && u2 != U_QUARTER) {
    if (S_key(c, i + 2 + used2, K_AGO)) {
      /* "six to eight weeks ago": the first end is a point too */
      S_val v;
      S_val_init(&v, LEDE_GRAN_DAY);
      lede__date_shift(c, &v, u2, -n);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, c->has_pub, LEDE_ANCHOR_PUBLISHED);
      return i - k;
    }
    char b[24];
    lede__date_duration(b, sizeof b, n, u2);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i - k;
  }
  return 0;
}

/* Whether unit u at i after the number at k counts time: not "60
 * Minutes", "a second time", "three quarters of the vote", "one week". */
static int S_span_unit_ok(const S_ctx *c, size_t k, size_t i, int n, int u, int pl) {
  if (S_title_word(c, i)) return 0; /* "60 Minutes" */
  const S_tok *nt = &c->tk[k];
  /* "a second time", "a quarter of" */
  if (u == U_SEC && (n == 1 || S_is(c, i + 1, "quarter") || S_key(c, i + 1, K_HALF)))
    return 0; /* "1988 second quarter" */
  /* "three quarters of the vote", "quarters of the city": shares and
   * districts; "several quarters of losses", "the next three quarters"
   * count time */
  if (u == U_QUARTER &&
      (!pl || (n == 3 && !(k > 0 && c->tk[k - 1].cls == C_KEY && S_dir_of(c->tk[k - 1].val)))))
    return 0;
  if (u == U_QUARTER && S_key(c, i + 1, K_OF)) {
    if (i + 2 >= c->n || !(c->tk[i + 2].flags & LEDE__T_WORD) ||
        (c->tk[i + 2].flags & LEDE__T_NUM) ||
        (c->tk[i + 2].flags & LEDE__T_CAP))
      return 0;
    if (S_lex(c, i + 2, &lede__lex_date_quarter_determiners)) return 0;
  }
  if (n == 1 && nt->ndig == 0 && !S_is(c, k, "a") && !S_is(c, k, "an") &&
      !S_is(c, k, "one"))
    return 0;
  return 1;
}

/* "$5 a year", "twice a year", "24 hours a day" with "a" at k, unit u
 * ending before i: a SET. Returns its tokens, or 0. */
static size_t S_span_rate(S_ctx *c, size_t k, size_t i, int u, S_hit *h) {
  int pl;
  const S_tok *p = &c->tk[k - 1];
  /* a rate after an amount: "$1.76 a year", "$500 million a year",
   * "700 seats a week" */
  int amt = ((p->flags & LEDE__T_NUM) && !S_year_tok(c, k - 1)) ||
            S_lex(c, k - 1, &lede__lex_date_magnitudes);
  int amt2 = k >= 2 && S_lex(c, k - 2, &lede__lex_date_magnitudes);
  /* "700 seats a week", "33,000 people a year", "229,000 new jobs a
   * month": a count of things, an adjective at most between */
  if (!amt && k >= 2 && (p->flags & LEDE__T_WORD) && !(p->flags & (LEDE__T_CAP | LEDE__T_NUM)) &&
      p->e - p->s > 2 &&
      (S_count_tok(c, k - 2) || amt2 ||
       (k >= 3 && c->t[p->e - 1] == 's' && (c->tk[k - 2].flags & LEDE__T_WORD) &&
        !(c->tk[k - 2].flags & (LEDE__T_CAP | LEDE__T_NUM)) && S_count_tok(c, k - 3))))
    amt = 1;
  if ((p->num >= 0 && !S_year_tok(c, k - 1)) || amt || S_key(c, k - 1, K_TWICE) || S_key(c, k - 1, K_ONCE) ||
      S_key(c, k - 1, K_TIMES) || S_key(c, k - 1, K_PERCENT) ||
      S_unit_at(c, k - 1, &pl) || (p->cls == C_DPART && p->plural)) {
    /* ("two nights a week": a rate too) */
    char b[16];
    lede__date_duration(b, sizeof b, 1, u);
    h->type = LEDE_DATE_SET;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i - k;
  }
  return 0;
}

/* "three days ago", "a week earlier", "an hour later" with the key at
 * i: a date or a stretch. Returns its tokens. */
static size_t S_span_ago(S_ctx *c, size_t k, size_t i, int n, int u, int half, S_hit *h) {
  int sign = S_key(c, i, K_LATER) ? 1 : -1;
  int ago = S_key(c, i, K_AGO);
  i++;
  S_val v;
  S_val_init(&v, LEDE_GRAN_DAY);
  h->type = LEDE_DATE_DATE;
  if (n < 0 && !ago) {
    /* "a few days later": counted from a point of the story, not from
     * now; TimeML keeps the stretch ("a few days", PXD) */
    char b[16];
    lede__date_duration(b, sizeof b, -1, u);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i - 1 - k;
  }
  if (!ago && (u == U_SEC || u == U_MIN || u == U_HOUR ||
               (c->has_pub && (u == U_DAY || u == U_WEEK || u == U_MONTH)))) {
    /* "an hour later", "a month earlier": counted from a moment of the
     * story, not from publication; TimeML keeps the stretch and leaves
     * "later" a signal.  (With no publication date the text anchors
     * them, below; "a year earlier" is a report's year-ago period.) */
    char b[24];
    if (!half || !lede__date_half_duration(b, sizeof b, n, u))
      lede__date_duration(b, sizeof b, n, u);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i - 1 - k;
  }
  if (n < 0) {
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    return i - k;
  }
  if (u == U_YEAR && n == 1 && sign < 0 && c->have_q && !c->year_period) {
    S_report_quarter(c, h, 1, 0);
    return i - k;
  }
  if (!ago && c->have_last && u == U_DAY) {
    /* "a year earlier": relative to the last date mentioned. */
    S_val a = c->last;
    if (u == U_YEAR) {
      if (a.y >= 0) a.y -= n * -sign;
      if (a.gran == LEDE_GRAN_DAY && a.m > 0 && a.d > 0 &&
          a.d > lede__days_in_month(a.y, a.m))
        a.d = lede__days_in_month(a.y, a.m);
      S_put(c, h, &a, a.y >= 0, LEDE_ANCHOR_TEXT);
      return i - k;
    }
    if (u == U_DAY && a.gran == LEDE_GRAN_DAY && a.y >= 0 && a.m > 0 &&
        a.d > 0) {
      long z = S_days(a.y, a.m, a.d) + sign * (long)n;
      S_from_days(&a, z);
      S_put(c, h, &a, 1, LEDE_ANCHOR_TEXT);
      return i - k;
    }
  }
  /* With no publication date, "two weeks earlier" counts from the last
   * date of the text. */
  if (!ago && !c->has_pub && lede__date_last_day(c) >= 0 &&
      lede__date_shift_from(&v, lede__date_last_day(c), u, sign * n)) {
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
    return i - k;
  }
  lede__date_shift(c, &v, u, sign * n);
  S_put(c, h, &v, c->has_pub, LEDE_ANCHOR_PUBLISHED);
  return i - k;
}

/* "two days after tomorrow", "a week from Friday", "three days from
 * now" with the key at i. Returns its tokens, or 0. */
static size_t S_span_from(S_ctx *c, size_t k, size_t i, int n, int u, S_hit *h) {
  long z;
  size_t u2 = S_day_at(c, i + 1, &z);
  S_val v;
  if (u2 && S_key(c, i, K_FROM) &&
      (S_key(c, i + 1 + u2, K_TO) || S_key(c, i + 1 + u2, K_UNTIL) ||
       S_is(c, i + 1 + u2, "through") || S_is(c, i + 1 + u2, "and")))
    u2 = 0;
  /* "three days from now": from the day of publication */
  int now = 0;
  if (!u2 && S_key(c, i, K_FROM) && S_is(c, i + 1, "now") && c->has_pub) {
    z = c->pz;
    u2 = 1;
    now = 1;
  }
  /* ("a week from Friday" names a day: Friday's weekday a week on) */
  int from_wk = S_key(c, i, K_FROM) && (u == U_WEEK || u == U_FORTNIGHT);
  if (u2 && (from_wk ? lede__date_shift_from(&v, z, U_DAY, n * (u == U_WEEK ? 7 : 14))
                     : lede__date_shift_from(&v, z, u, S_key(c, i, K_BEFORE) ? -n : n))) {
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, now ? LEDE_ANCHOR_PUBLISHED : LEDE_ANCHOR_TEXT);
    return i + 1 + u2 - k;
  }
  return 0;
}

static size_t S_span_expr(S_ctx *c, size_t k, S_hit *h, int lead) {
  size_t i = k, used, x;
  int pl0, half = 0, n;
  /* "half an hour", "a half hour": half of one unit */
  if (((S_key(c, k, K_HALF) && (S_is(c, k + 1, "a") || S_is(c, k + 1, "an"))) ||
       ((S_is(c, k, "a") || S_is(c, k, "an")) && S_key(c, k + 1, K_HALF))) &&
      S_unit_at(c, k + 2, &pl0) && !pl0) {
    n = 0;
    half = 1;
    used = 2;
  } else {
    n = S_amount(c, i, &used);
    if (n == -1000) return 0;
  }
  i += used;
  /* "2 1/2 years", "20 more years", "an additional year" */
  if (!half) half = n >= 0 && S_is(c, i, "1/2");
  if (half && n > 0) i++;
  /* "will one day be": some day ahead, no stretch of time */
  if ((x = S_span_one_day(c, k, i, h))) return x;
  /* "two and a half years" */
  if (!half && n > 0 && S_is(c, i, "and") && S_is(c, i + 1, "a") &&
      S_key(c, i + 2, K_HALF) && i + 3 < c->n &&
      (c->tk[i + 3].cls == C_UNIT || c->tk[i + 3].cls == C_UNITP) &&
      S_half_ok(c, c->tk[i + 3].val, i + 4)) {
    half = 1;
    i += 3;
  }
  if (S_key(c, i, K_MORE) || S_is(c, i, "additional") || S_is(c, i, "extra"))
    i++;
  int pl;
  int u = S_unit_at(c, i, &pl);
  /* "several weekend rallies": a vague count wants a plural unit */
  if (u && n < 0 && !pl) return 0;
  /* "between 6 and 9 weeks": the first number shares the unit */
  if (!u && n > 0 && !half && S_joiner(c, i) && i + 1 < c->n &&
      (x = S_span_range(c, k, i, n, h)))
    return x;
  /* "eight trading days", "ten business days" */
  if (!u && (S_is(c, i, "trading") || S_is(c, i, "business") ||
             S_is(c, i, "working")) &&
      S_unit_at(c, i + 1, &pl) == U_DAY)
    u = S_unit_at(c, ++i, &pl);
  if (!u) return 0;
  if (!S_span_unit_ok(c, k, i, n, u, pl)) return 0;
  i++;
  if (S_is(c, i, "old") || S_is(c, i, "older") || S_is(c, i, "younger"))
    return 0; /* an age */
  /* "a minute and a half", "two hours and a half" */
  if (!half && n > 0 && S_is(c, i, "and") &&
      (S_is(c, i + 1, "a") || S_is(c, i + 1, "one")) && S_key(c, i + 2, K_HALF) &&
      S_half_ok(c, u, i + 3)) {
    half = 1;
    i += 3;
  }
  /* "a week or so ago": the same point, roughly */
  if (S_is(c, i, "or") && S_is(c, i + 1, "so") &&
      (S_key(c, i + 2, K_AGO) || S_key(c, i + 2, K_EARLIER) ||
       S_key(c, i + 2, K_LATER)))
    i += 2;
  /* SET: "$5 a year", "twice a year", "24 hours a day" */
  if ((S_is(c, k, "a") || S_is(c, k, "an")) && !pl && k > 0 && !lead &&
      !S_key(c, i, K_AGO) && !S_key(c, i, K_EARLIER) && !S_key(c, i, K_LATER) &&
      !S_key(c, i, K_BEFORE) && !S_key(c, i, K_AFTER)) {
    if (S_measure_rate(c, k, u)) return 0;
    if ((x = S_span_rate(c, k, i, u, h))) return x;
  }
  if (!lead && (S_key(c, i, K_AGO) || S_key(c, i, K_EARLIER) ||
                S_key(c, i, K_LATER)))
    return S_span_ago(c, k, i, n, u, half, h);
  char b[24];
  if (!half || !lede__date_half_duration(b, sizeof b, n, u))
    lede__date_duration(b, sizeof b, n, u);
  /* "two days after tomorrow", "a week from Friday": a date counted
   * from another ("ten days from Friday to Monday" is a stretch) */
  if (!lead && n > 0 &&
      (S_key(c, i, K_AFTER) || S_key(c, i, K_BEFORE) || S_key(c, i, K_FROM)) &&
      (x = S_span_from(c, k, i, n, u, h)))
    return x;
  h->type = LEDE_DATE_DURATION;
  if (!lead && (S_key(c, i, K_AFTER) || S_key(c, i, K_BEFORE)) &&
      !(i + 1 < c->n && c->tk[i + 1].flags & LEDE__T_NUM))
    i++; /* "a day after" */
  /* "in three weeks" is a duration (TimeML: the preposition is a
   * signal, the expression the length of time). */
  S_put_str(h, b, LEDE_ANCHOR_NONE);
  return i - k;
}

/* Quarter or half: "the third quarter", "third-quarter", "Q3 2020",
 * "the first half of 2021", "fiscal 1989's second quarter". */
static size_t S_quarter(S_ctx *c, size_t k, S_hit *h) {
  size_t i = k;
  int q = 0, half = 0;
  const S_tok *t = &c->tk[k];
  if (t->kind == TK_QTR) {
    q = t->a;
    half = t->b == 0;
    i++;
  } else if ((S_key(c, k, K_LAST) || S_is(c, k, "latter") || S_is(c, k, "final") ||
              t->ord == 1) &&
             (S_key(c, k + 1, K_HALF) ||
              (S_is(c, k + 1, "two") && S_is(c, k + 2, "quarters")))) {
    /* "the last half of 1989", "the first two quarters of 1990": halves
     * of a year; not "the last half hour", "the last half of the '80s" */
    size_t n = S_key(c, k + 1, K_HALF) ? 2 : 3;
    int pl;
    if (S_unit_at(c, k + n, &pl) ||
        (S_key(c, k + n, K_OF) && !S_year_tok(c, k + n + 1) &&
         !(S_key(c, k + n + 1, K_FISCAL) && S_year_tok(c, k + n + 2)) &&
         !S_is(c, k + n + 2, "year")))
      return 0;
    if (n == 2 && t->ord == 1) {
      q = 1;
    } else {
      q = t->ord == 1 ? 1 : 2;
    }
    half = 1;
    i += n;
  } else if ((t->ord >= 1 && t->ord <= 4 && !S_isdig(t->low[0])) ||
             S_is(c, k, "second")) {
    q = S_is(c, k, "second") ? 2 : t->ord;
    i++;
    if (S_key(c, i, K_FISCAL)) i++;
    if (S_is(c, i, "quarter")) {
      i++;
    } else if (S_key(c, i, K_HALF) && q <= 2) {
      half = 1;
      i++;
    } else {
      return 0;
    }
  } else {
    return 0;
  }
  int y = -1;
  lede_date_anchor an = LEDE_ANCHOR_NONE;
  size_t j = i;
  if (S_key(c, j, K_OF)) j++;
  if (S_key(c, j, K_FISCAL)) j++;
  if (S_year_tok(c, j)) {
    y = c->tk[j].num;
    i = j + 1;
  } else if (k >= 2 && S_year_tok(c, k - 2) && c->tk[k - 1].low[0] == '\'') {
    y = c->tk[k - 2].num;
  } else if (k >= 1 && S_year_tok(c, k - 1)) {
    y = c->tk[k - 1].num;
  } else {
    if (t->kind == TK_QTR && t->c == 1) return 0; /* "H2" with no year */
    an = LEDE_ANCHOR_PUBLISHED;
    y = c->has_pub ? c->py : -1;
    /* A quarter still to come this year is last year's, unless the
     * sentence looks ahead ("fourth-quarter profit" in January). */
    int cur = c->has_pub ? (half ? (c->pm - 1) / 6 + 1 : S_quarter_of(c->pm)) : 0;
    if (c->has_pub && q > cur && S_tense_strong(c, k, i) <= 0) y--;
  }
  S_val v;
  S_val_init(&v, half ? LEDE_GRAN_HALF : LEDE_GRAN_QUARTER);
  v.y = y;
  v.q = q;
  v.h = half ? q : 0;
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, 1, an);
  return i - k;
}

/* "the next day", "the following year" when the text has named a date
 * of that grain: that date moved by dir. Returns its tokens, or 0. */
static size_t S_rel_unit_last(S_ctx *c, size_t k, size_t i, S_hit *h, int un, int dir) {
  if (c->have_last &&
      (un == U_YEAR || un == U_MONTH || un == U_DAY) &&
      c->last.gran >= (un == U_YEAR ? LEDE_GRAN_YEAR
                       : un == U_MONTH ? LEDE_GRAN_MONTH : LEDE_GRAN_DAY) &&
      c->last.gran <= LEDE_GRAN_DAY && c->last.gran != LEDE_GRAN_WEEK &&
      c->last.y >= 0) {
    S_val v = c->last;
    if (un == U_YEAR) {
      S_val_init(&v, LEDE_GRAN_YEAR);
      v.y = c->last.y + dir;
    } else if (un == U_MONTH) {
      long mm = (long)c->last.y * 12 + (c->last.m - 1) + dir;
      S_val_init(&v, LEDE_GRAN_MONTH);
      v.y = (int)(mm / 12);
      v.m = (int)(mm % 12) + 1;
    } else {
      S_val_init(&v, LEDE_GRAN_DAY);
      S_from_days(&v, S_days(c->last.y, c->last.m, c->last.d) + dir);
    }
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
    return i + 1 - k;
  }
  return 0;
}

/* "the next day", "the previous day" at k: the day next to the last day
 * of the text. Returns its tokens, or 0 ("this day"). */
static size_t S_rel_day(S_ctx *c, size_t k, size_t i, S_hit *h, int r, int dir) {
  S_val v;
  S_val_init(&v, LEDE_GRAN_DAY);
  if (r == K_THIS) return 0;
  /* "the next day": the day after the last date mentioned. */
  if (c->have_last && c->last.gran == LEDE_GRAN_DAY && c->last.y >= 0 &&
      c->last.m > 0 && c->last.d > 0) {
    long z = S_days(c->last.y, c->last.m, c->last.d) + dir;
    S_from_days(&v, z);
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
  } else {
    h->has_value = 0;
    h->gran = LEDE_GRAN_DAY;
    h->anchor = LEDE_ANCHOR_TEXT;
  }
  return i + 1 - k;
}

/* "this year's third quarter": a quarter or half of year y after the
 * possessive at i + 1. Returns its tokens, or 0. */
static size_t S_rel_year_quarter(S_ctx *c, size_t k, size_t i, S_hit *h, int y) {
  /* "this year's third quarter" */
  S_hit q;
  memset(&q, 0, sizeof q);
  size_t x = i + 2;
  if (S_key(c, x, K_FISCAL)) x++;
  size_t u2 = x < c->n ? S_quarter(c, x, &q) : 0;
  if (u2 && c->tk[x].kind != TK_NUMUNIT) {
    S_val w;
    S_val_init(&w, q.gran);
    w.y = y;
    w.q = w.h = 0;
    if (q.gran == LEDE_GRAN_QUARTER) w.q = q.val[6] - '0';
    else w.h = q.val[6] - '0';
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &w, c->has_pub && q.has_value && strlen(q.val) == 7,
          LEDE_ANCHOR_PUBLISHED);
    return x + u2 - k;
  }
  return 0;
}

/* this/last/next/past/following/previous + a unit at i: "last week",
 * "the past year" (a duration), "next quarter". Returns its tokens, or 0. */
static size_t S_rel_unit(S_ctx *c, size_t k, size_t i, S_hit *h, int the, int r, int dir) {
  size_t x;
  int un = c->tk[i].val;
  /* "the last week of the caucus", "the last day of January": the
   * final one of something named, not the one before now */
  if (r == K_LAST && k > 0 && S_key(c, k - 1, K_THE) && S_key(c, i + 1, K_OF)) return 0;
  /* "the next day", "the following year", "the previous month": from the
   * last date of the text, unless a span is meant ("over the next
   * year"). */
  size_t pre = k >= 2 ? k - 2 : 0;
  int span_prep = k >= 2 && c->tk[pre].cls == C_KEY &&
                  (c->tk[pre].val == K_OVER || c->tk[pre].val == K_FOR ||
                   c->tk[pre].val == K_WITHIN || c->tk[pre].val == K_DURING ||
                   c->tk[pre].val == K_IN);
  if (the && dir && !span_prep && (x = S_rel_unit_last(c, k, i, h, un, dir))) return x;
  /* "in the past year", "over the next year": TimeBank values these as
   * the calendar unit before (after) the one written in, like "last
   * year"; "for the past year" measures a stretch and stays a
   * duration. */
  int measure = k >= 2 && (c->tk[pre].cls == C_KEY &&
                           (c->tk[pre].val == K_FOR || c->tk[pre].val == K_WITHIN));
  int adjacent = the && dir && !measure && c->has_pub &&
                 (un == U_WEEK || un == U_MONTH || un == U_QUARTER ||
                  un == U_YEAR || un == U_DECADE);
  if (the && r != K_THIS && r != K_FOLLOWING && r != K_PREVIOUS && !adjacent &&
      un != U_WEEKEND && !(un == U_DAY && !span_prep)) {
    char b[16];
    lede__date_duration(b, sizeof b, 1, un);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i + 1 - k;
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_DAY);
  h->type = LEDE_DATE_DATE;
  if (un == U_DAY) return S_rel_day(c, k, i, h, r, dir);
  if (un == U_HOUR || un == U_MIN || un == U_SEC) return 0;
  if ((un == U_DECADE || un == U_CENTURY) && the && dir && c->have_last &&
      c->last.y >= 0 && (r == K_FOLLOWING || r == K_PREVIOUS || r == K_NEXT)) {
    /* "the following decade": after the last date of the text */
    S_val w;
    S_val_init(&w, un == U_DECADE ? LEDE_GRAN_DECADE : LEDE_GRAN_CENTURY);
    w.y = c->last.y + dir * (un == U_DECADE ? 10 : 100);
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &w, 1, LEDE_ANCHOR_TEXT);
    return i + 1 - k;
  }
  if (r == K_FOLLOWING || r == K_PREVIOUS) return 0;
  /* "This quarter's loss includes ...": in a report on the quarter just
   * ended, the quarter reported, not the one under way (unless the
   * sentence looks ahead: "this quarter's sales will suffer") */
  if (un == U_QUARTER && r == K_THIS && c->have_q && c->has_pub &&
      S_poss(c, i + 1) &&
      c->qy * 4 + c->qq == c->py * 4 + S_quarter_of(c->pm) - 1 &&
      lede__date_tense_mode(c, k, i + 1, 0, S_TENSE_WIN) <= 0) {
    S_report_quarter(c, h, 0, 0);
    return i + 1 - k;
  }
  lede__date_shift(c, &v, un, dir);
  if (un == U_YEAR && S_poss(c, i + 1) && (x = S_rel_year_quarter(c, k, i, h, v.y)))
    return x;
  if (un == U_WEEKEND && c->has_pub) {
    /* Weekend of the week before / of / after publication. */
    char b[24];
    lede__date_fmt(&v, b, sizeof b);
    snprintf(h->val, sizeof h->val, "%s-WE", b);
    h->has_value = 1;
    h->gran = LEDE_GRAN_WEEK;
    h->anchor = LEDE_ANCHOR_PUBLISHED;
    return i + 1 - k;
  }
  S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
  return i + 1 - k;
}

/* "the previous Friday", "the following Monday": next to the day the
 * text is on. Returns its tokens. */
static size_t S_rel_weekday(S_ctx *c, size_t k, size_t i, S_hit *h, int dir) {
  const S_tok *u = &c->tk[i];
  /* "the previous Friday": the one before the day the text is on (the
   * last day it named, else the publication day) */
  long z = lede__date_last_day(c);
  lede_date_anchor an = LEDE_ANCHOR_TEXT;
  if (z < 0 && c->has_pub) {
    z = c->pz;
    an = LEDE_ANCHOR_PUBLISHED;
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_DAY);
  if (z >= 0) {
    int wz = S_wday(z);
    long delta = dir > 0 ? (u->wd - wz + 7) % 7 : -((wz - u->wd + 7) % 7);
    if (!delta) delta = 7L * dir;
    S_from_days(&v, z + delta);
  }
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, z >= 0, z >= 0 ? an : LEDE_ANCHOR_UNRESOLVED);
  return i + 1 - k;
}

/* "last February", "next March", "this May": that month of the year
 * before, of or after publication. Returns its tokens. */
static size_t S_rel_month(S_ctx *c, size_t k, size_t i, S_hit *h, int dir) {
  const S_tok *u = &c->tk[i];
  S_val v;
  S_val_init(&v, LEDE_GRAN_MONTH);
  v.m = u->mon;
  v.y = -1;
  if (c->has_pub) {
    /* The month just gone is "last month": "last February" written in
     * March reaches back a year (and "last December" in January). */
    if (dir < 0)
      v.y = u->mon < c->pm - 1 ? c->py
            : u->mon == c->pm - 1 ? c->py - 1
            : c->py - 1 - (c->pm == 1 && u->mon == 12);
    else if (dir > 0) v.y = u->mon > c->pm ? c->py : c->py + 1;
    else v.y = c->py;
  }
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
  return i + 1 - k;
}

/* "last spring", "next winter", "this summer": that season of the
 * cycle before, of or after publication. Returns its tokens. */
static size_t S_rel_season(S_ctx *c, size_t k, size_t i, S_hit *h, int dir) {
  const S_tok *u = &c->tk[i];
  S_val v;
  S_val_init(&v, LEDE_GRAN_SEASON);
  v.s = u->val;
  v.y = -1;
  if (c->has_pub) {
    int py = c->py;
    int ps = lede__date_season_of(c->pm, &py);
    /* Seasons are ordered SP SU FA WI within a cycle that starts in
     * spring: January and February close the previous year's cycle.
     * A winter is named by the year it ends in ("1998-WI" runs from
     * December 1997), as lede__date_season_of does. */
    int cy = c->pm <= 2 ? c->py - 1 : c->py;
    if (dir < 0) cy = u->val < ps ? cy : cy - 1;
    else if (dir > 0) cy = u->val > ps ? cy : cy + 1;
    v.y = cy + (u->val == S_WI);
  }
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
  return i + 1 - k;
}

/* "the next morning", "this evening", "last night": a part of a day.
 * Returns its tokens, or 0. */
static size_t S_rel_dpart(S_ctx *c, size_t k, size_t i, S_hit *h, int r, int the) {
  const S_tok *u = &c->tk[i];
  if ((r == K_NEXT || r == K_FOLLOWING) && the && u->cls == C_DPART && !u->plural &&
      lede__date_last_day(c) >= 0) {
    /* "the next morning": after the last day of the text */
    S_val v;
    S_val_init(&v, LEDE_GRAN_PART_OF_DAY);
    S_from_days(&v, lede__date_last_day(c) + 1);
    v.dp = u->val;
    h->type = LEDE_DATE_TIME;
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
    return i + 1 - k;
  }
  if ((r == K_THIS || (r == K_LAST && u->val == D_NI)) && u->cls == C_DPART) {
    S_val v;
    S_val_init(&v, LEDE_GRAN_PART_OF_DAY);
    if (c->has_pub) S_from_days(&v, c->pz - (r == K_LAST));
    else {
      v.y = -1;
      v.m = -1;
    }
    v.dp = u->val;
    h->type = LEDE_DATE_TIME;
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    return i + 1 - k;
  }
  return 0;
}

/* this/last/next/past/coming + unit, month, weekday, season, part of day. */
static size_t S_relative(S_ctx *c, size_t k, S_hit *h, int the) {
  const S_tok *t = &c->tk[k];
  if (t->cls != C_KEY) return 0;
  int r = t->val;
  int dir = S_dir_of(r);
  if (!dir && r != K_THIS) return 0;
  size_t i = k + 1;
  if (r == K_THIS && S_key(c, i, K_PAST)) {
    dir = -1; /* "this past spring" */
    i++;
  } else if (r == K_THIS && S_key(c, i, K_COMING) && i + 1 < c->n &&
             (c->tk[i + 1].wd || c->tk[i + 1].mon)) {
    dir = 1; /* "this coming Friday" */
    i++;
  }
  if (i >= c->n) return 0;
  const S_tok *u = &c->tk[i];
  /* "the past two months": a duration */
  size_t used;
  int amt = S_amount(c, i, &used);
  if (amt != -1000 && !(u->cls == C_NUMW && u->val == 1)) {
    /* "works which will last 120 hours": the verb; the stretch is
     * read from its number */
    if (r == K_LAST && !the && k > 0 && S_lex(c, k - 1, &lede__lex_date_last_verb_cues))
      return 0;
    int pl;
    int un = S_unit_at(c, i + used, &pl);
    if (un && pl) {
      size_t x = S_span_expr(c, i, h, 1);
      if (x) return i - k + x;
    }
    return 0;
  }
  /* "ABC's \"This Week\"": a capital inside a phrase makes a title */
  if ((u->cls == C_UNIT || (u->cls == C_DPART && (t->flags & LEDE__T_CAP) && k > 0 &&
                            !(c->tk[k - 1].flags & LEDE__T_PUNCT))) &&
      (u->flags & LEDE__T_CAP) && !(u->flags & LEDE__T_UPPER) &&
      c->a->blocks.v[c->block].part != LEDE_PART_TITLE)
    return 0; /* also "CBS This Morning" */
  if (u->cls == C_UNIT) return S_rel_unit(c, k, i, h, the, r, dir);
  if ((r == K_FOLLOWING || r == K_PREVIOUS) && the && u->wd && !u->plural &&
      S_cap(c, i))
    return S_rel_weekday(c, k, i, h, dir);
  if (r == K_PAST || r == K_COMING || r == K_FOLLOWING || r == K_PREVIOUS)
    return 0;
  if (u->mon && S_cap(c, i) && !S_day_tok(c, i + 1) &&
      !(S_punct(c, i + 1, '.') && S_day_tok(c, i + 2)))
    return S_rel_month(c, k, i, h, dir);
  if (u->wd && !u->plural && S_cap(c, i)) {
    size_t x = S_weekday_expr(c, i, h, dir ? dir : 0, dir != 0, i);
    if (!dir && x) {
      /* "this Thursday": this week's, or under a future the coming one */
      S_val v;
      lede__date_weekday(c, &v, u->wd, S_tense_near(c, k, i + 1) > 0 ? 1 : 0, 0);
      S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    }
    return x ? i - k + x : 0;
  }
  if (u->cls == C_SEASON) return S_rel_season(c, k, i, h, dir);
  return S_rel_dpart(c, k, i, h, r, the);
}

/* A four-digit year standing alone. */
static size_t S_year(S_ctx *c, size_t k, S_hit *h) {
  if (!S_year_tok(c, k)) return 0;
  const S_tok *t = &c->tk[k];
  int prep = k > 0 && c->tk[k - 1].cls == C_KEY;
  if (t->num < 1800 && !prep) return 0;
  if (k > 0) {
    const S_tok *p = &c->tk[k - 1];
    size_t pl = p->e - p->s;
    if (pl == 1 && (c->t[p->s] == '$' || c->t[p->s] == '#')) return 0;
    size_t dl;
    if (pl >= 2 && (unsigned char)c->t[p->s] >= 0xC2 &&
        (p->flags & LEDE__T_PUNCT) && !lede__is_dash(lede__cp(c->t, p->e, p->s, &dl)))
      return 0; /* currency signs (not dashes: "1938–1939") */
    if (S_lex(c, k - 1, &lede__lex_date_num_nouns)) return 0;
    if (S_punct(c, k - 1, '.') && k > 1 && S_is(c, k - 2, "no")) return 0;
  }
  if (S_lex(c, k + 1, &lede__lex_date_year_not_before)) return 0;
  /* part of a name: "Orion 1980", "Expo 2020" */
  if (!prep && k > 0 && S_title_word(c, k - 1) && !c->tk[k - 1].mon &&
      !c->tk[k - 1].wd && c->tk[k - 1].cls == C_NONE)
    return 0;
  /* Digit groups of a phone number or a code: "020 7946 0958". */
  if ((k > 0 && (c->tk[k - 1].flags & LEDE__T_NUM)) ||
      (k + 1 < c->n && (c->tk[k + 1].flags & LEDE__T_NUM)))
    return 0;
  if (S_punct(c, k + 1, '%')) return 0;
  /* a reading: "2019°" */
  if (k + 1 < c->n && c->tk[k + 1].s == t->e &&
      !memcmp(c->t + c->tk[k + 1].s, "\xC2\xB0", c->tk[k + 1].e - c->tk[k + 1].s < 2 ? 0 : 2) &&
      c->tk[k + 1].e - c->tk[k + 1].s >= 2)
    return 0;
  S_val v;
  /* "2023 October": year first */
  if (k + 1 < c->n && c->tk[k + 1].mon && S_cap(c, k + 1) &&
      c->tk[k + 1].e - c->tk[k + 1].s > 3 && !S_day_tok(c, k + 2)) {
    S_val_init(&v, LEDE_GRAN_MONTH);
    v.y = t->num;
    v.m = c->tk[k + 1].mon;
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
    return 2;
  }
  S_val_init(&v, LEDE_GRAN_YEAR);
  v.y = t->num;
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
  /* "the 2014–15 season", "1920–24" with an en dash, written close:
   * the second year is its own expression */
  size_t dl;
  if (!c->depth && k + 2 < c->n && c->tk[k + 1].s == t->e &&
      c->tk[k + 2].s == c->tk[k + 1].e && (c->tk[k + 1].flags & LEDE__T_PUNCT) &&
      c->tk[k + 1].e - c->tk[k + 1].s == 3 &&
      lede__is_dash(lede__cp(c->t, c->tk[k + 1].e, c->tk[k + 1].s, &dl)) &&
      c->tk[k + 2].kind == TK_PLAIN && c->tk[k + 2].ndig == 2 &&
      !(k + 3 < c->n && c->tk[k + 3].s == c->tk[k + 2].e &&
        !(c->tk[k + 3].flags & LEDE__T_PUNCT))) {
    int y2 = t->num / 100 * 100 + c->tk[k + 2].num;
    if (y2 > t->num) {
      S_hit p;
      memset(&p, 0, sizeof p);
      p.type = LEDE_DATE_DATE;
      S_val_init(&v, LEDE_GRAN_YEAR);
      v.y = y2;
      S_put(c, &p, &v, 1, LEDE_ANCHOR_NONE);
      p.i = k + 2;
      p.j = k + 3;
      S_pend(c, &p);
    }
  }
  return 1;
}

static size_t S_decade(S_ctx *c, size_t k, S_hit *h) {
  size_t i = k;
  if (i < c->n && (c->tk[i].low[0] == '\'' ||
                   (c->tk[i].e - c->tk[i].s == 3 &&
                    !memcmp(c->t + c->tk[i].s, "\xE2\x80\x99", 3))) &&
      i + 1 < c->n && c->tk[i + 1].kind == TK_DECADE && c->tk[i + 1].b == 2)
    i++;
  if (i >= c->n || c->tk[i].kind != TK_DECADE) return 0;
  const S_tok *t = &c->tk[i];
  /* an age: "in her 30s", "in his early forties" */
  if (t->b == 2) {
    size_t p = i;
    while (p > 0 && (S_key(c, p - 1, K_EARLY) || S_key(c, p - 1, K_LATE) ||
                     S_key(c, p - 1, K_MID)))
      p--;
    if (p > 0 && S_lex(c, p - 1, &lede__lex_date_age_possessives)) return 0;
  }
  int y;
  if (t->b == 4) {
    y = t->a;
    if (y < 1000 || y > 2099) return 0;
  } else {
    /* '90s: the century nearest before the publication year. */
    int base = c->has_pub ? c->py / 100 * 100 : 1900;
    y = base + t->a;
    if (c->has_pub && y > c->py) y -= 100;
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_DECADE);
  v.y = y;
  if (t->b == 4 && y % 100 == 0 && y % 1000 != 0) v.gran = LEDE_GRAN_CENTURY;
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, 1, t->b == 4 ? LEDE_ANCHOR_NONE : LEDE_ANCHOR_PUBLISHED);
  return i + 1 - k;
}

/* mid-March, early-2020, mid-1990s */
static size_t S_modx(S_ctx *c, size_t k, S_hit *h) {
  const S_tok *t = &c->tk[k];
  if (t->kind != TK_MODX) return 0;
  S_val v;
  h->type = LEDE_DATE_DATE;
  if (t->a) {
    S_val_init(&v, LEDE_GRAN_MONTH);
    v.m = t->a;
    size_t i = k + 1;
    if (S_year_tok(c, i)) {
      v.y = c->tk[i].num;
      S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
      return 2;
    }
    v.y = lede__date_year_for(c, t->a, 0, S_tense_strong(c, k, k + 1));
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    return 1;
  }
  S_val_init(&v, t->c ? LEDE_GRAN_DECADE : LEDE_GRAN_YEAR);
  v.y = t->b;
  S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
  return 1;
}

/* Is token i a lower-case word other than a function word ("the 18th
 * century", "on the 2nd floor" are no days)? */
static int S_noun_follows(const S_ctx *c, size_t i) {
  if (i >= c->n) return 0;
  const S_tok *t = &c->tk[i];
  if (!(t->flags & LEDE__T_WORD) || (t->flags & (LEDE__T_CAP | LEDE__T_NUM)))
    return 0;
  return !S_lex(c, i, &lede__lex_date_function_words);
}

/* Everything that starts at token k (after any modifiers). */
/* "his current wife", "the current weakness": set against other times by
 * a determiner (det: one is required), the adjective "current" at k names
 * the present (TimeML PRESENT_REF); bare "current developments" only
 * means news.  Not "the current fiscal year" (a period, read elsewhere),
 * nor a flow ("the current of the river") or the "current account" of a
 * balance. */
static int S_current(const S_ctx *c, size_t k, int det) {
  if (k + 1 >= c->n || !(c->tk[k + 1].flags & LEDE__T_WORD) ||
      (c->tk[k + 1].flags & LEDE__T_NUM) || c->tk[k + 1].cls != C_NONE ||
      c->tk[k + 1].mon || c->tk[k + 1].wd)
    return 0;
  if (det && !(k > 0 && S_lex(c, k - 1, &lede__lex_date_current_determiners)))
    return 0;
  if (S_lex(c, k + 1, &lede__lex_date_current_followers)) return 0;
  return !(k > 0 && S_lex(c, k - 1, &lede__lex_date_current_flows));
}

/* A date written in digits with dashes or dots: "2021-03-10",
 * "2021-03", "2014-2015", "10.5.2019". */
static size_t S_iso_date(S_ctx *c, size_t k, S_hit *h) {
  const S_tok *t = &c->tk[k];
  S_val v;
  int ok = 1;
  /* "version 1.2.2010", "10.5.2019 percent": a dotted number */
  if (memchr(c->t + t->s, '.', t->e - t->s) &&
      ((k > 0 && (S_is(c, k - 1, "version") || S_is(c, k - 1, "v"))) ||
       S_key(c, k + 1, K_PERCENT) || S_punct(c, k + 1, '%')))
    return 0;
  if (t->c) {
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_set_day(&v, t->a, t->b, t->c, &ok);
    if (t->hh1) {
      /* 2021-03-10T14:30:00Z */
      h->type = LEDE_DATE_TIME;
      v.gran = LEDE_GRAN_MINUTE;
      v.hh = t->hh1 - 1;
      v.mi = t->mi2;
      v.ss = t->ss1 - 1;
      /* "+01:00", "+0100": the offset written after it */
      if (k + 2 < c->n && (S_punct(c, k + 1, '+') || S_punct(c, k + 1, '-')) &&
          c->tk[k + 1].s == t->e && c->tk[k + 2].s == t->e + 1 &&
          (c->tk[k + 2].kind == TK_CLOCK || c->tk[k + 2].ndig == 4)) {
        S_put(c, h, &v, ok, LEDE_ANCHOR_NONE);
        return 3;
      }
    }
  } else {
    S_val_init(&v, LEDE_GRAN_MONTH);
    v.y = t->a;
    v.m = t->b;
    ok = t->b >= 1 && t->b <= 12;
    if (!ok) {
      /* "the 2019-20 season", "1990-91": a span of years, valued by its
       * first. */
      int y2 = t->b >= 100 ? t->b : t->a / 100 * 100 + t->b;
      if (y2 <= t->a || y2 - t->a >= 100 || t->a < 1000 || t->a > 2099) return 0;
      S_val_init(&v, LEDE_GRAN_YEAR);
      v.y = t->a;
      S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
      h->bs = t->s;
      h->be = t->s + 4;
      S_hit p;
      memset(&p, 0, sizeof p);
      p.type = LEDE_DATE_DATE;
      v.y = y2;
      S_put(c, &p, &v, 1, LEDE_ANCHOR_NONE);
      p.i = k;
      p.j = k + 1;
      p.bs = t->s + 5;
      p.be = t->e;
      S_pend(c, &p);
      return 1;
    }
  }
  S_put(c, h, &v, ok, LEDE_ANCHOR_NONE);
  return 1;
}

/* A date written with slashes: "10/03/2021", "3/25/13". */
static size_t S_slash_date(S_ctx *c, size_t k, S_hit *h) {
  const S_tok *t = &c->tk[k];
  S_val v;
  int ok = 1, m, d;
  S_val_init(&v, LEDE_GRAN_DAY);
  int shows = t->a > 12 && t->b <= 12   ? LEDE_DATE_ORDER_DMY
              : t->b > 12 && t->a <= 12 ? LEDE_DATE_ORDER_MDY
                                        : 0;
  if (shows && !c->depth)
    c->order_hint = !c->order_hint || c->order_hint == shows ? shows : -1;
  if (t->a > 12 && t->b <= 12) {
    d = t->a;
    m = t->b;
  } else if (t->b > 12 && t->a <= 12) {
    m = t->a;
    d = t->b;
  } else if (t->a == t->b) {
    m = d = t->a;
  } else if (c->a->date_order == LEDE_DATE_ORDER_MDY) {
    m = t->a;
    d = t->b;
  } else if (c->a->date_order == LEDE_DATE_ORDER_DMY) {
    d = t->a;
    m = t->b;
  } else {
    /* 10/03/2021: the order is unknown. */
    m = d = 0;
    ok = 0;
  }
  if (ok) lede__date_set_day(&v, t->c, m, d, &ok);
  S_put(c, h, &v, ok, LEDE_ANCHOR_NONE);
  h->gran = LEDE_GRAN_DAY;
  return 1;
}

/* "today", "yesterday", "tomorrow", "tonight" at k: that day after the
 * publication date, with a part of it or an hour of the evening. Returns
 * its tokens, or 0 in a name ("USA Today"). */
static size_t S_key_day(S_ctx *c, size_t k, S_hit *h) {
  const S_tok *t = &c->tk[k];
  S_val v;
  if (S_title_word(c, k) && k > 1 &&
      (S_title_word(c, k - 1) ||
       ((c->tk[k - 1].flags & LEDE__T_UPPER) && c->tk[k - 1].e - c->tk[k - 1].s >= 2 &&
        (c->tk[k - 2].flags & LEDE__T_WORD))))
    return 0; /* "VOA Today", "USA Today" */
  /* "USA TODAY revealed": a name in capitals amid lower-case text */
  if ((t->flags & LEDE__T_UPPER) && k > 0 && (c->tk[k - 1].flags & LEDE__T_UPPER) &&
      (c->tk[k - 1].flags & LEDE__T_WORD) && c->tk[k - 1].e - c->tk[k - 1].s >= 2 &&
      k + 1 < c->n && (c->tk[k + 1].flags & LEDE__T_WORD) &&
      !(c->tk[k + 1].flags & (LEDE__T_CAP | LEDE__T_UPPER | LEDE__T_NUM)))
    return 0;
  if (t->val == K_TODAY && S_nowadays(c, k))
    return 0; /* "today's world": these days, no date */
  /* "the engineers of tomorrow": the future at large, no day */
  if (t->val == K_TOMORROW && k >= 2 && S_key(c, k - 1, K_OF) &&
      (c->tk[k - 2].flags & LEDE__T_WORD) && !(c->tk[k - 2].flags & LEDE__T_NUM) &&
      !c->tk[k - 2].wd && !c->tk[k - 2].mon && c->tk[k - 2].cls == C_NONE)
    return 0;
  int off = t->val == K_YESTERDAY ? -1 : t->val == K_TOMORROW ? 1 : 0;
  S_val_init(&v, LEDE_GRAN_DAY);
  if (c->has_pub) S_from_days(&v, c->pz + off);
  else { v.y = -1; v.m = -1; }
  size_t i = k + 1;
  int dp = t->val == K_TONIGHT ? D_NI : S_dpart(c, i);
  /* "tonight at 8": a bare hour of the evening */
  if (t->val == K_TONIGHT && c->has_pub && S_key(c, i, K_AT) && i + 1 < c->n &&
      c->tk[i + 1].kind == TK_PLAIN && c->tk[i + 1].ndig >= 1 &&
      c->tk[i + 1].ndig <= 2 && c->tk[i + 1].num >= 1 && c->tk[i + 1].num <= 11 &&
      !c->tk[i + 1].cut &&
      (i + 2 >= c->n || ((c->tk[i + 2].flags & LEDE__T_PUNCT) && !S_punct(c, i + 2, ':') &&
                         !S_punct(c, i + 2, '%')) ||
       (c->tk[i + 2].cls == C_KEY && !S_key(c, i + 2, K_AM) && !S_key(c, i + 2, K_PM) &&
        !S_key(c, i + 2, K_PERCENT)))) {
    v.gran = LEDE_GRAN_MINUTE;
    v.hh = c->tk[i + 1].num + 12;
    v.mi = 0;
    h->type = LEDE_DATE_TIME;
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    return i + 2 - k;
  }
  if (dp) {
    v.gran = LEDE_GRAN_PART_OF_DAY;
    v.dp = dp;
    h->type = LEDE_DATE_TIME;
    if (t->val != K_TONIGHT) i++;
  }
  S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
  return i - k;
}

/* "now", "recently", "current", "soon", "the future", "the present" at
 * k: a reference to the present, past or future. Returns its tokens, or
 * 0. */
static size_t S_key_ref(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  switch (c->tk[k].val) {
  case K_NOW: case K_CURRENTLY:
    /* "Now, he says, ..." opening a sentence turns the talk, it names
     * no time */
    if (S_is(c, k, "now") && S_punct(c, k + 1, ',') &&
        (k == 0 || (c->tk[k - 1].flags & LEDE__T_QUOTE)))
      return 0;
    /* "Now for the weather": a presenter's turn, unless a time follows
     * ("Now for the first time", "Now for years") */
    if (S_is(c, k, "now") && S_key(c, k + 1, K_FOR) &&
        (k == 0 || (c->tk[k - 1].flags & LEDE__T_QUOTE))) {
      size_t x = k + 2 + (S_key(c, k + 2, K_THE) ? 1 : 0);
      int pl;
      if (x < c->n && !c->tk[x].ord && !S_key(c, x, K_LAST) &&
          !S_unit_at(c, x, &pl) && S_amount(c, x, &(size_t){0}) == -1000)
        return 0;
    }
    /* "One Wisconsin Now": a capital inside a name */
    if (S_title_word(c, k) && S_title_word(c, k - 1)) return 0;
    S_put_str(h, "PRESENT_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  case K_RECENTLY:
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  case K_CURRENT:
    if (!S_current(c, k, 1)) return 0;
    S_put_str(h, "PRESENT_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  case K_SOON:
    /* "as soon as possible" is no time; "shortly" mostly says "shortly
     * after" something. */
    if (!S_is(c, k, "soon") || (k > 0 && S_is(c, k - 1, "as")) ||
        S_is(c, k + 1, "as") || S_is(c, k + 1, "after"))
      return 0;
    /* "how soon", "too soon to tell": a degree, no time ahead */
    if (k > 0 && (S_is(c, k - 1, "how") || S_is(c, k - 1, "too") ||
                  S_is(c, k - 1, "so")))
      return 0;
    /* "was soon released", "soon proved false": in a story told in the
     * past, soon after its moment, not after publication */
    if ((k > 0 && (S_is(c, k - 1, "was") || S_is(c, k - 1, "were") ||
                   S_is(c, k - 1, "had"))) ||
        (k + 1 < c->n && lede__date_tense_at(c, k + 1) < 0))
      return 0;
    S_put_str(h, "FUTURE_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  case K_FUTURE:
    /* "in future years": the future, no stretch counted (as "in past
     * years" is the past) */
    if (!the && k > 0 && k + 1 < c->n && c->tk[k + 1].cls == C_UNITP &&
        (S_key(c, k - 1, K_IN) || S_key(c, k - 1, K_OVER) ||
         S_key(c, k - 1, K_DURING) || S_key(c, k - 1, K_FOR))) {
      S_put_str(h, "FUTURE_REF", LEDE_ANCHOR_PUBLISHED);
      return 2;
    }
    if (!the && !(k > 1 && S_is(c, k - 1, "near") && S_key(c, k - 2, K_THE)))
      return 0;
    *the_ok = 1;
    S_put_str(h, "FUTURE_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  case K_PRESENT:
    if (!(k > 0 && (S_key(c, k - 1, K_AT) || the))) return 0;
    *the_ok = 1;
    if (k + 1 < c->n && (c->tk[k + 1].flags & LEDE__T_WORD) &&
        !(c->tk[k + 1].flags & LEDE__T_CAP))
      return 0; /* the present system */
    S_put_str(h, "PRESENT_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  default: break;
  }
  return 0;
}

/* "daily", "weekly", "every two weeks", "per year" at k: a SET. Returns
 * its tokens, or 0. */
static size_t S_key_set(S_ctx *c, size_t k, S_hit *h) {
  switch (c->tk[k].val) {
  case K_DAILY:
    if (k > 0 && S_cap(c, k - 1) && !(c->tk[k - 1].flags & LEDE__T_PUNCT))
      return 0; /* "the Party daily Granma" */
    if (S_rate(c, k)) return 0;
    S_put_str(h, "P1D", LEDE_ANCHOR_NONE); h->type = LEDE_DATE_SET; return 1;
  case K_WEEKLY:
    if (S_rate(c, k)) return 0;
    S_put_str(h, "P1W", LEDE_ANCHOR_NONE); h->type = LEDE_DATE_SET; return 1;
  case K_MONTHLY:
    if (S_rate(c, k)) return 0;
    S_put_str(h, "P1M", LEDE_ANCHOR_NONE); h->type = LEDE_DATE_SET; return 1;
  case K_ANNUALLY:
    if (S_rate(c, k)) return 0;
    S_put_str(h, "P1Y", LEDE_ANCHOR_NONE); h->type = LEDE_DATE_SET; return 1;
  case K_HOURLY: S_put_str(h, "PT1H", LEDE_ANCHOR_NONE); h->type = LEDE_DATE_SET; return 1;
  case K_NIGHTLY: S_put_str(h, "XXXX-XX-XXTNI", LEDE_ANCHOR_NONE); h->type = LEDE_DATE_SET; return 1;
  case K_EVERY: {
    size_t i = k + 1, used;
    int pl;
    int n = S_amount(c, i, &used);
    if (n == -1000 || n < 0) { n = 1; used = 0; }
    int un = S_unit_at(c, i + used, &pl);
    char b[24];
    if (un) {
      lede__date_duration(b, sizeof b, n, un);
    } else if (!used && i < c->n && c->tk[i].wd && S_cap(c, i)) {
      snprintf(b, sizeof b, "XXXX-WXX-%d", c->tk[i].wd);
    } else if (!used && i < c->n && c->tk[i].mon && S_cap(c, i) &&
               c->tk[i].mon != 5) {
      snprintf(b, sizeof b, "XXXX-%02d", c->tk[i].mon);
    } else if (!used && i < c->n && c->tk[i].cls == C_SEASON) {
      static const char *const ss[] = {"", "SP", "SU", "FA", "WI"};
      snprintf(b, sizeof b, "XXXX-%s", ss[c->tk[i].val]);
    } else if (!used && S_dpart(c, i)) {
      snprintf(b, sizeof b, "XXXX-XX-XXT%s", S_dp_code[S_dpart(c, i)]);
    } else {
      return 0;
    }
    h->type = LEDE_DATE_SET;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return i + used + 1 - k;
  }
  case K_PER: {
    int pl;
    int un = S_unit_at(c, k + 1, &pl);
    if (!un || pl || S_measure_rate(c, k, un)) return 0;
    char b[16];
    lede__date_duration(b, sizeof b, 1, un);
    h->type = LEDE_DATE_SET;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return 2;
  }
  default: break;
  }
  return 0;
}

/* "year-ago" at k: the reported quarter (or the year) a year back.
 * Returns its tokens. */
static size_t S_key_year_ago(S_ctx *c, size_t k, S_hit *h, int *the_ok) {
  S_val v;
  size_t i = k + 1;
  /* "the year-ago third quarter": that quarter a year before the
   * one reported. */
  S_hit q;
  memset(&q, 0, sizeof q);
  size_t qn = i < c->n && (c->tk[i].kind == TK_QTR || c->tk[i].ord)
                  ? S_quarter(c, i, &q)
                  : 0;
  if (qn && q.gran == LEDE_GRAN_QUARTER && q.has_value && q.val[0] != 'X') {
    S_val_init(&v, LEDE_GRAN_QUARTER);
    v.y = (c->have_q ? c->qy : S_digits(q.val, 4)) - 1;
    v.q = q.val[6] - '0';
    *the_ok = 1;
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
    return i + qn - k;
  }
  if (S_is(c, i, "quarter") || S_is(c, i, "period")) {
    i++;
    *the_ok = 1;
  }
  if (c->have_q && (!c->year_period || i > k + 1)) {
    S_report_quarter(c, h, 1, 0);
    return i - k;
  }
  S_val_init(&v, LEDE_GRAN_YEAR);
  v.y = c->has_pub ? c->py - 1 : -1;
  S_put(c, h, &v, c->has_pub, LEDE_ANCHOR_PUBLISHED);
  return i - k;
}

/* "that" or "same" at k before a unit: the last date of the text at its
 * grain. Returns its tokens, or 0. */
static size_t S_key_that(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  S_val v;
  /* "that day", "the same year", "that same month": the last date of
   * the text at that grain. */
  size_t i = k + 1;
  if (t->val == K_THAT && S_key(c, i, K_SAME)) i++;
  if (t->val == K_SAME && !the) return 0;
  if (i >= c->n || c->tk[i].cls != C_UNIT) return 0;
  int un = c->tk[i].val;
  if (un == U_QUARTER && t->val == K_THAT && !S_key(c, i + 1, K_OF)) {
    /* "results for that quarter": the last quarter named */
    if (!c->have_q) return 0;
    S_report_quarter(c, h, 0, 0);
    *the_ok = 1;
    return i + 1 - k;
  }
  lede_date_gran g = un == U_YEAR ? LEDE_GRAN_YEAR
                     : un == U_MONTH ? LEDE_GRAN_MONTH
                     : un == U_DAY ? LEDE_GRAN_DAY : LEDE_GRAN_NONE;
  if (g == LEDE_GRAN_NONE || S_key(c, i + 1, K_OF)) return 0;
  *the_ok = 1;
  h->type = LEDE_DATE_DATE;
  if (c->have_last && c->last.y >= 0 && c->last.gran >= g &&
      c->last.gran != LEDE_GRAN_WEEK && c->last.gran <= LEDE_GRAN_DAY) {
    S_val_init(&v, g);
    v.y = c->last.y;
    v.m = g >= LEDE_GRAN_MONTH ? c->last.m : 0;
    v.d = g == LEDE_GRAN_DAY ? c->last.d : 0;
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
  } else if (c->have_last && c->last.y >= 0 && c->last.gran == LEDE_GRAN_MONTH &&
             g == LEDE_GRAN_DAY && c->sent != LEDE_NONE &&
             c->last_sent != LEDE_NONE && c->sent - c->last_sent <= 1) {
    /* "last October ... that same day": a day of the month just
     * named, which one unsaid (TimeML "1998-10-XX") */
    S_val_init(&v, g);
    v.y = c->last.y;
    v.m = c->last.m;
    S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
  } else {
    /* "trades made that day" with no day of its grain before it: a
     * day of some event, or any day; the text gives no date */
    *the_ok = 0;
    return 0;
  }
  return i + 1 - k;
}

/* "the past", "in past years" at k: the past. Returns its tokens, or 0. */
static size_t S_key_past(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  if (the && k + 1 < c->n && !(S_unit_at(c, k + 1, &(int){0})) &&
      S_amount(c, k + 1, &(size_t){0}) == -1000) {
    *the_ok = 1;
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  }
  if (the && k + 1 >= c->n) {
    *the_ok = 1;
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    return 1;
  }
  /* "in past years": the past, no stretch counted ("the past two
   * years" is one) */
  if (!the && k > 0 && k + 1 < c->n && c->tk[k + 1].cls == C_UNITP &&
      (S_key(c, k - 1, K_IN) || S_key(c, k - 1, K_OVER) ||
       S_key(c, k - 1, K_DURING) || S_key(c, k - 1, K_FOR))) {
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    return 2;
  }
  return 0;
}

/* A key word at k: "today", "now", "recently", "last", "next", "this"
 * ... (0 if none; Christmas is a holiday, S_holiday). */
static size_t S_key_expr(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  size_t u;
  S_val v;
  switch (t->val) {
  case K_TODAY: case K_YESTERDAY: case K_TOMORROW: case K_TONIGHT:
    return S_key_day(c, k, h);
  case K_NOW: case K_CURRENTLY: case K_RECENTLY: case K_CURRENT: case K_SOON:
  case K_FUTURE: case K_PRESENT:
    return S_key_ref(c, k, h, the, the_ok);
  case K_RECENT: case K_COMING: {
    int pl, un = S_unit_at(c, k + 1, &pl);
    if (un && pl) {
      char b[16];
      lede__date_duration(b, sizeof b, -1, un);
      h->type = LEDE_DATE_DURATION;
      S_put_str(h, b, LEDE_ANCHOR_PUBLISHED);
      *the_ok = 1;
      return 2;
    }
    if (t->val == K_COMING) break;
    return 0;
  }
  case K_DAILY: case K_WEEKLY: case K_MONTHLY: case K_ANNUALLY: case K_HOURLY:
  case K_NIGHTLY: case K_EVERY: case K_PER:
    return S_key_set(c, k, h);
  case K_YEARAGO:
    return S_key_year_ago(c, k, h, the_ok);
  case K_YEAREND: {
    /* "by year-end": the year's last day, December 31; "since
     * year-end" the last one passed */
    S_val_init(&v, LEDE_GRAN_DAY);
    v.y = c->has_pub ? c->py : -1;
    if (c->has_pub && k > 0 && S_key(c, k - 1, K_SINCE)) v.y--;
    v.m = 12;
    v.d = 31;
    S_put(c, h, &v, c->has_pub, LEDE_ANCHOR_PUBLISHED);
    return 1;
  }
  case K_THAT: case K_SAME:
    return S_key_that(c, k, h, the, the_ok);
  case K_YEARLONG:
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, "P1Y", LEDE_ANCHOR_NONE);
    return 1;
  case K_PAST:
    if ((u = S_key_past(c, k, h, the, the_ok))) return u;
    break;
  default: break;
  }
  if ((u = S_relative(c, k, h, the))) {
    *the_ok = 1;
    return u;
  }
  return 0;
}

/* Seasons with a year, or after "in (the)". */
static size_t S_season(S_ctx *c, size_t k, S_hit *h, int *the_ok) {
  const S_tok *t = &c->tk[k];
  S_val v;
  S_val_init(&v, LEDE_GRAN_SEASON);
  v.s = t->val;
  if (S_year_tok(c, k + 1)) {
    v.y = c->tk[k + 1].num;
    S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
    *the_ok = 1;
    return 2;
  }
  if (S_key(c, k + 1, K_OF) && S_year_tok(c, k + 2)) {
    v.y = c->tk[k + 2].num; /* "the autumn of 2021" */
    S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
    *the_ok = 1;
    return 3;
  }
  if (S_key(c, k + 1, K_OF) && S_spoken_year(c, k + 2)) {
    v.y = S_spoken_year(c, k + 2); /* "the winter of nineteen ninety-four" */
    S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
    *the_ok = 1;
    return 4;
  }
  if (S_key(c, k + 1, K_OF) && S_short_year(c, k + 2)) {
    v.y = S_short_year(c, k + 2); /* "the summer of '72" */
    S_put(c, h, &v, 1, c->has_pub ? LEDE_ANCHOR_PUBLISHED : LEDE_ANCHOR_NONE);
    *the_ok = 1;
    return 4;
  }
  /* "in the spring", "over the summer", "into the early summer" */
  size_t p = k;
  while (p > 0 && k - p < 2 &&
         (S_key(c, p - 1, K_THE) || S_key(c, p - 1, K_EARLY) ||
          S_key(c, p - 1, K_LATE) || S_key(c, p - 1, K_MID)))
    p--;
  if (p > 0 && t->val != S_FA &&
      (S_key(c, p - 1, K_IN) || S_key(c, p - 1, K_DURING) ||
       S_key(c, p - 1, K_OVER) || S_is(c, p - 1, "into") ||
       S_is(c, p - 1, "through") || S_is(c, p - 1, "throughout") ||
       S_key(c, p - 1, K_SINCE) || S_key(c, p - 1, K_UNTIL) ||
       /* "the low levels of the early summer" */
       (S_key(c, p - 1, K_OF) && S_key(c, p, K_THE))) &&
      !(k + 1 < c->n && (c->tk[k + 1].flags & LEDE__T_WORD) &&
        c->tk[k + 1].cls != C_KEY)) {
    v.y = c->has_pub ? c->py : -1;
    if (c->has_pub) {
      /* The nearest such season on the tense's side. */
      int py = c->py, ps = lede__date_season_of(c->pm, &py);
      int cy = c->pm <= 2 ? c->py - 1 : c->py;
      int dir = S_tense_strong(c, k, k + 1);
      if (dir < 0 && t->val > ps) cy--;
      if (dir > 0 && t->val < ps) cy++;
      v.y = cy + (t->val == S_WI);
    }
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    *the_ok = 1;
    return 1;
  }
  return 0;
}

/* "Election Day" at k (US: the Tuesday after the first Monday of
 * November), with its year or the one the sentence means. Its tokens. */
static size_t S_hol_election(S_ctx *c, size_t k, S_hit *h) {
  /* US Election Day: the Tuesday after the first Monday of November */
  size_t i = k + 2;
  int y = -1;
  lede_date_anchor an = LEDE_ANCHOR_NONE;
  if (S_year_tok(c, i)) {
    y = c->tk[i++].num;
  } else if (c->has_pub) {
    an = LEDE_ANCHOR_PUBLISHED;
    y = c->py;
    int dir = S_tense_strong(c, k, i);
    long z0 = S_days(y, 11, 1);
    long z = z0 + (1 - S_wday(z0) + 7) % 7 + 1;
    /* The day ahead in the year is the one news talks of, whatever
     * the tense ("hinted at his role as Election Day nears"); the past
     * one only while it is fresh (told in the past, early in the year) */
    long p0 = S_days(y - 1, 11, 1);
    long zp = p0 + (1 - S_wday(p0) + 7) % 7 + 1;
    if (dir < 0 && z > c->pz && c->pz - zp <= 120) y--;
    if (dir > 0 && z < c->pz) y++;
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_DAY);
  if (y >= 0) {
    long z0 = S_days(y, 11, 1);
    S_from_days(&v, z0 + (1 - S_wday(z0) + 7) % 7 + 1);
  }
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, y >= 0, y >= 0 ? an : LEDE_ANCHOR_UNRESOLVED);
  return i - k;
}

/* "Easter", "Easter Sunday", "Easter week" at k, with its year or the
 * one the sentence means. Its tokens. */
static size_t S_hol_easter(S_ctx *c, size_t k, S_hit *h) {
  /* Easter Sunday, by the Gregorian computus; "Easter week" the
   * (ISO) week that ends on it */
  size_t i = k + 1;
  int week = S_is(c, i, "week");
  if (S_is(c, i, "sunday") || S_is(c, i, "day") || week) i++;
  int y;
  lede_date_anchor an = LEDE_ANCHOR_NONE;
  if (S_year_tok(c, i)) {
    y = c->tk[i++].num;
  } else if ((y = S_short_year(c, i)) != 0) {
    i += 2;
  } else {
    y = -1;
    an = LEDE_ANCHOR_PUBLISHED;
    if (c->has_pub) {
      int e = lede__date_easter(c->py), dir = S_tense_strong(c, k, i);
      long z = S_days(c->py, e / 100, e % 100) - (week ? 6 : 0);
      y = c->py;
      if (dir < 0 && z > c->pz) y--;
      if (dir > 0 && z < c->pz) y++;
    }
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_DAY);
  int ok = 1;
  if (y >= 0) {
    int e = lede__date_easter(y);
    lede__date_set_day(&v, y, e / 100, e % 100, &ok);
    if (week) {
      int wy, w;
      lede__date_isoweek(S_days(y, e / 100, e % 100), &wy, &w);
      S_val_init(&v, LEDE_GRAN_WEEK);
      v.y = wy;
      v.w = w;
    }
  } else {
    ok = 0;
    if (week) S_val_init(&v, LEDE_GRAN_WEEK);
  }
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, ok, an);
  return i - k;
}

/* Christmas (Day, Eve), Thanksgiving (US: fourth Thursday of November),
 * New Year's Day or Eve ("Year's" in ny tokens) at k, with its year or
 * the one the sentence means. Its tokens. */
static size_t S_hol_fixed(S_ctx *c, size_t k, size_t ny, S_hit *h) {
  size_t i = k + 1;
  int m = 12, d = 25, thanks = S_is(c, k, "thanksgiving");
  if (S_is(c, k, "new")) {
    i = k + ny + 1;
    m = 1;
    d = S_is(c, k + ny, "eve") ? 0 : 1;
    if (!d) { m = 12; d = 31; }
  } else if (S_is(c, i, "day")) {
    i++;
  } else if (S_is(c, i, "eve")) {
    d = 24;
    i++;
  }
  if (thanks) { m = 11; d = 25; }
  S_val v;
  int ok = 1;
  S_val_init(&v, LEDE_GRAN_DAY);
  int y = S_year_tok(c, i) ? c->tk[i].num : -1;
  lede_date_anchor an = y >= 0 ? LEDE_ANCHOR_NONE : LEDE_ANCHOR_PUBLISHED;
  if (y >= 0) {
    i++;
  } else if ((y = S_short_year(c, i)) > 0) {
    /* "Christmas '85", as "Easter '91" */
    i += 2;
    an = c->has_pub ? LEDE_ANCHOR_PUBLISHED : LEDE_ANCHOR_NONE;
  } else {
    y = -1;
  }
  if (y < 0) y = lede__date_year_for(c, m, d, S_tense_strong(c, k, i));
  if (thanks && y >= 0) {
    long z = S_days(y, 11, 1);
    d = 1 + (4 - S_wday(z) + 7) % 7 + 21;
  }
  lede__date_set_day(&v, y, m, d, &ok);
  h->type = LEDE_DATE_DATE;
  S_put(c, h, &v, ok, an);
  return i - k;
}

/* Fixed holidays: Christmas (Day, Eve), Thanksgiving (US: fourth
 * Thursday of November), New Year's Day / Eve; Election Day and Easter,
 * which move. */
static size_t S_holiday(S_ctx *c, size_t k, S_hit *h) {
  /* Prose splits "Year's" into "Year" and "'s"; furniture lines do not. */
  size_t ny = S_is(c, k + 1, "year's") ? 2
              : S_is(c, k + 1, "year") && S_poss(c, k + 2) ? 3
                                                            : 0;
  if (S_cap(c, k) && S_is(c, k, "election") && S_is(c, k + 1, "day") && S_cap(c, k + 1))
    return S_hol_election(c, k, h);
  if (S_cap(c, k) && S_is(c, k, "easter") &&
      (!S_noun_follows(c, k + 1) || S_is(c, k + 1, "week")) &&
      !(S_cap(c, k + 1) && !S_is(c, k + 1, "sunday") && !S_is(c, k + 1, "day")))
    return S_hol_easter(c, k, h);
  if (S_cap(c, k) && (S_is(c, k, "christmas") || S_is(c, k, "thanksgiving") ||
                      (S_is(c, k, "new") && ny &&
                       (S_is(c, k + ny, "day") || S_is(c, k + ny, "eve")))))
    return S_hol_fixed(c, k, ny, h);
  return 0;
}

/* "the week before last", "the day before last Tuesday's hearing",
 * "the day before": a day, week, month or year before or after a
 * day. Returns its tokens, or 0. */
static size_t S_units_around(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  if (t->cls == C_UNIT && the && (S_key(c, k + 1, K_BEFORE) || S_key(c, k + 1, K_AFTER)) &&
      (t->val == U_DAY || t->val == U_WEEK || t->val == U_MONTH || t->val == U_YEAR)) {
    int sign = S_key(c, k + 1, K_AFTER) ? 1 : -1;
    S_val v;
    long z;
    size_t u2;
    /* "the week before last", "the year after next" */
    if ((S_key(c, k + 2, K_LAST) || S_key(c, k + 2, K_NEXT)) &&
        sign == (S_key(c, k + 2, K_NEXT) ? 1 : -1) && k + 3 <= c->n &&
        (k + 3 == c->n || !(c->tk[k + 3].cls == C_UNIT || c->tk[k + 3].cls == C_UNITP ||
                            c->tk[k + 3].wd || c->tk[k + 3].mon ||
                            c->tk[k + 3].cls == C_SEASON))) {
      S_val_init(&v, LEDE_GRAN_DAY);
      lede__date_shift(c, &v, t->val, 2 * sign);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, c->has_pub, LEDE_ANCHOR_PUBLISHED);
      *the_ok = 1;
      return 3;
    }
    /* "the day before last Tuesday's hearing" */
    if ((u2 = S_day_at(c, k + 2, &z)) && lede__date_shift_from(&v, z, t->val, sign)) {
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
      *the_ok = 1;
      return 2 + u2;
    }
    /* "Oct. 12, the day before the crash": an apposition names the date
     * just given again */
    if (t->val == U_DAY && k >= 3 && S_punct(c, k - 2, ',') &&
        (S_key(c, k + 2, K_THE) || S_is(c, k + 2, "a") || S_is(c, k + 2, "an") ||
         S_is(c, k + 2, "his") || S_is(c, k + 2, "her") || S_is(c, k + 2, "its") ||
         S_is(c, k + 2, "their")) &&
        c->a->dates.n && c->a->dates.v[c->a->dates.n - 1].span.end == c->tk[k - 3].e &&
        c->a->dates.v[c->a->dates.n - 1].type == LEDE_DATE_DATE &&
        c->a->dates.v[c->a->dates.n - 1].gran == LEDE_GRAN_DAY &&
        c->a->dates.v[c->a->dates.n - 1].value &&
        (z = lede__date_value_day(c->a->dates.v[c->a->dates.n - 1].value)) >= 0) {
      S_val_init(&v, LEDE_GRAN_DAY);
      S_from_days(&v, z);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
      *the_ok = 1;
      return 2;
    }
    /* "the day before": the day before the last date of the text; not
     * "the day before returning", "the day before officials met" */
    if (t->val == U_DAY && lede__date_last_day(c) >= 0 &&
        (k + 2 >= c->n || (c->tk[k + 2].flags & LEDE__T_PUNCT) ||
         S_key(c, k + 2, K_THE) || S_is(c, k + 2, "his") || S_is(c, k + 2, "her") ||
         S_is(c, k + 2, "its") || S_is(c, k + 2, "their"))) {
      lede__date_shift_from(&v, lede__date_last_day(c), U_DAY, sign);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
      *the_ok = 1;
      return 2;
    }
  }
  return 0;
}

/* "at the time", "minutes before", "his second term": a unit or
 * noun of time with no number. Returns its tokens, or 0. */
static size_t S_units_bare(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* "at the time": when the last date of the text happened, a day, a
   * month or a week ("a speech six weeks ago, saying at the time");
   * "At the time Howes was captured, ..." opening a sentence is the time
   * of the clause it leads, not a date of the text */
  if (the && S_is(c, k, "time") && k >= 2 && S_key(c, k - 2, K_AT) &&
      !S_key(c, k + 1, K_OF) &&
      !(k == 2 && k + 1 < c->n && (c->tk[k + 1].flags & LEDE__T_WORD)) &&
      c->have_last && c->last.y >= 0 &&
      c->last.gran >= LEDE_GRAN_YEAR && c->last.gran <= LEDE_GRAN_DAY) {
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &c->last, 1, LEDE_ANCHOR_TEXT);
    *the_ok = 1;
    return 1;
  }
  /* "minutes before", "days after": a duration of unknown length (also
   * opening the sentence: "Hours after the vote, ...") */
  if (t->cls == C_UNITP &&
      (k == 0 || (!S_key(c, k - 1, K_THE) && c->tk[k - 1].num < 0 && !c->tk[k - 1].ord)) &&
      (S_key(c, k + 1, K_BEFORE) || S_key(c, k + 1, K_AFTER) ||
       S_key(c, k + 1, K_EARLIER) || S_key(c, k + 1, K_LATER))) {
    char b[16];
    lede__date_duration(b, sizeof b, -1, t->val);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return 1;
  }
  /* "his second term", "her first term": a period of office */
  if ((t->ord || S_is(c, k, "second")) && !S_isdig(t->low[0]) &&
      S_is(c, k + 1, "term") && k > 0 &&
      (S_is(c, k - 1, "his") || S_is(c, k - 1, "her") || S_is(c, k - 1, "their") ||
       S_is(c, k - 1, "its"))) {
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, "PXY", LEDE_ANCHOR_NONE);
    return 2;
  }
  return 0;
}

/* "year end", "the year 2000", "the year two thousand and one".
 * Returns its tokens, or 0. */
static size_t S_units_year(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  if (t->cls == C_UNIT && t->val == U_YEAR) {
    S_val v;
    S_val_init(&v, LEDE_GRAN_YEAR);
    size_t e = S_is(c, k + 1, "end") ? k + 2
               : S_poss(c, k + 1) &&
                         S_is(c, k + 2, "end")
                   ? k + 3
                   : 0;
    if (e && !S_key(c, e, K_OF)) {
      /* "by year end", "by year's end": this year's */
      v.y = c->has_pub ? c->py : -1;
      S_put(c, h, &v, c->has_pub, LEDE_ANCHOR_PUBLISHED);
      return e - k;
    }
    /* "the year 2000", "the year two thousand (and one)" */
    if (the && S_year_tok(c, k + 1)) {
      v.y = c->tk[k + 1].num;
      *the_ok = 1;
      S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
      return 2;
    }
    if (the && S_is(c, k + 1, "two") && S_is(c, k + 2, "thousand")) {
      size_t i = k + 3, j = i;
      if (S_is(c, j, "and")) j++;
      int add = j < c->n && c->tk[j].cls == C_NUMW
                    ? lede__date_number(c->t + c->tk[j].s, c->tk[j].e - c->tk[j].s)
                    : -1;
      if (add >= 1 && add <= 99) i = j + 1;
      else add = 0;
      v.y = 2000 + add;
      *the_ok = 1;
      S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
      return i - k;
    }
  }
  return 0;
}

/* A unit in the plural at k: "for years", "months ago", "the weeks
 * ahead". Returns its tokens, or 0. */
static size_t S_units_plural(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* "for years", "over decades" */
  if (k > 0 && (S_key(c, k - 1, K_FOR) || S_key(c, k - 1, K_OVER) ||
                S_key(c, k - 1, K_WITHIN)) &&
      t->val >= U_DAY && !S_key(c, k + 1, K_OF)) {
    char b[16];
    lede__date_duration(b, sizeof b, -1, t->val);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return 1;
  }
  /* "in years": not for years */
  if (!the && k > 0 && S_key(c, k - 1, K_IN) && t->val >= U_DAY &&
      (k + 1 >= c->n || (c->tk[k + 1].flags & LEDE__T_PUNCT))) {
    char b[16];
    lede__date_duration(b, sizeof b, -1, t->val);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    return 1;
  }
  /* "months ago" */
  if (!the && S_key(c, k + 1, K_AGO) && t->val >= U_DAY) {
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    return 2;
  }
  /* "the weeks before the vote", "the weeks ahead", "the years that
   * followed", "over the years": a stretch of unknown length */
  if (the && t->val >= U_DAY &&
      (S_key(c, k + 1, K_BEFORE) || S_key(c, k + 1, K_AFTER) ||
       S_is(c, k + 1, "ahead") ||
       (S_key(c, k + 1, K_THAT) && S_is(c, k + 2, "followed")) ||
       (k >= 2 && S_key(c, k - 2, K_OVER) && !S_key(c, k + 1, K_OF)))) {
    char b[16];
    lede__date_duration(b, sizeof b, -1, t->val);
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, b, LEDE_ANCHOR_NONE);
    *the_ok = 1;
    return S_is(c, k + 1, "ahead") ? 2 : 1;
  }
  return 0;
}

/* A part of the day after "in the", "by mid" at k. Returns its
 * tokens, or 0. */
static size_t S_units_dpart(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* "in the morning", "by mid afternoon": that part of the day the text
   * is about (the last day it named, else the publication day) */
  if (t->cls == C_DPART && !t->plural && t->val != D_NI && k >= 2 &&
      ((the && (S_key(c, k - 2, K_IN) || S_key(c, k - 2, K_DURING))) ||
       (S_key(c, k - 1, K_MID) && (S_key(c, k - 2, K_BY) || S_key(c, k - 2, K_IN) ||
                                   S_key(c, k - 2, K_AT) || S_key(c, k - 2, K_UNTIL)))) &&
      !S_noun_follows(c, k + 1) && !S_key(c, k + 1, K_OF)) {
    S_val v;
    S_val_init(&v, LEDE_GRAN_PART_OF_DAY);
    long z = lede__date_last_day(c);
    lede_date_anchor an = LEDE_ANCHOR_TEXT;
    if (z < 0) {
      z = c->pz;
      an = LEDE_ANCHOR_PUBLISHED;
    }
    if (z >= 0 && (an == LEDE_ANCHOR_TEXT || c->has_pub)) S_from_days(&v, z);
    else {
      v.y = -1;
      v.m = -1;
    }
    v.dp = t->val;
    h->type = LEDE_DATE_TIME;
    S_put(c, h, &v, 1, an);
    *the_ok = 1;
    return 1;
  }
  return 0;
}

/* "for the week", "these days", "the nineties", "for the year", "the
 * weekend": a period the text is written in. Returns its tokens, or 0. */
static size_t S_units_the(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* "for the week", "the week's most active session", "the first nine
   * months of the year": the week or year written in */
  if (the && t->cls == C_UNIT && (t->val == U_WEEK || t->val == U_YEAR) && k >= 2 &&
      ((S_key(c, k - 2, K_FOR) && (t->val == U_WEEK || S_key(c, k + 1, K_OF))) ||
       (S_key(c, k - 2, K_OF) && t->val == U_YEAR) ||
       (t->val == U_WEEK && S_poss(c, k + 1))) &&
      c->has_pub) {
    S_val v;
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_shift(c, &v, t->val, 0);
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    *the_ok = 1;
    return 1;
  }
  if (S_is(c, k, "these") && S_is(c, k + 1, "days")) {
    S_put_str(h, "PRESENT_REF", LEDE_ANCHOR_PUBLISHED);
    return 2;
  }
  if (the && t->low[0] && t->e - t->s >= 7 && c->t[t->e - 1] == 's' &&
      c->t[t->e - 2] == 'e' && c->t[t->e - 3] == 'i') {
    /* "the nineties": the decade of the nearest century before
     * publication. */
    static const char *const tens[] = {"twenties", "thirties", "forties",
                                       "fifties",  "sixties",  "seventies",
                                       "eighties", "nineties"};
    for (int x = 0; x < 8; x++)
      if (!strcmp(t->low, tens[x])) {
        S_val v;
        S_val_init(&v, LEDE_GRAN_DECADE);
        int base = c->has_pub ? c->py / 100 * 100 : 1900;
        v.y = base + 20 + 10 * x;
        if (c->has_pub && v.y > c->py) v.y -= 100;
        *the_ok = 1;
        S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
        return 1;
      }
  }
  if (t->cls == C_UNIT && the && t->val == U_YEAR && k >= 2 &&
      (S_key(c, k - 2, K_FOR) || S_key(c, k - 2, K_IN) ||
       S_key(c, k - 2, K_DURING) || S_key(c, k - 2, K_OVER)) &&
      !S_key(c, k + 1, K_OF) && !S_is(c, k + 1, "'s") &&
      !S_key(c, k + 1, K_AGO) && !S_key(c, k + 1, K_BEFORE) &&
      !S_key(c, k + 1, K_EARLIER) && !S_key(c, k + 1, K_AFTER) &&
      !S_key(c, k + 1, K_THAT) && !(k + 1 < c->n && (c->tk[k + 1].flags & LEDE__T_NUM))) {
    /* "net income for the year": a year-long period */
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, "P1Y", LEDE_ANCHOR_NONE);
    *the_ok = 1;
    return 1;
  }
  if (t->cls == C_UNIT && the) {
    if (t->val == U_WEEKEND) {
      S_val v;
      S_val_init(&v, LEDE_GRAN_WEEK);
      int dir = S_tense(c, k, k + 1);
      long z = c->pz;
      if (c->has_pub && dir < 0 && S_wday(z) < 6) z -= 7;
      if (c->has_pub) lede__date_isoweek(z, &v.y, &v.w);
      else v.y = -1;
      char b[24];
      lede__date_fmt(&v, b, sizeof b);
      snprintf(h->val, sizeof h->val, "%s-WE", b);
      h->has_value = 1;
      h->gran = LEDE_GRAN_WEEK;
      h->anchor = c->has_pub ? LEDE_ANCHOR_PUBLISHED : LEDE_ANCHOR_UNRESOLVED;
      *the_ok = 1;
      return 1;
    }
  }
  return 0;
}

/* Numbers, units and the nouns of time: "three years", "the week
 * before last", "the near term" ...; 0 if none. */
static size_t S_units(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  size_t u;
  if (t->cls == C_NUMW || t->ndig || (t->kind == TK_PLAIN && !t->ord && t->num >= 1000)) {
    if ((u = S_span_expr(c, k, h, 0))) {
      *the_ok = 1;
      return u;
    }
    if (t->ndig == 4 && (u = S_year(c, k, h))) return u;
    return 0;
  }
  if ((u = S_units_around(c, k, h, the, the_ok))) return u;
  if ((u = S_units_bare(c, k, h, the, the_ok))) return u;
  if ((u = S_units_year(c, k, h, the, the_ok))) return u;
  if (t->cls == C_UNITP) return S_units_plural(c, k, h, the, the_ok);
  /* "in the near term", "over the long term" */
  if (the && (S_is(c, k, "near") || S_is(c, k, "short") || S_is(c, k, "long")) &&
      S_is(c, k + 1, "term")) {
    S_put_str(h, "FUTURE_REF", LEDE_ANCHOR_PUBLISHED);
    *the_ok = 1;
    return 2;
  }
  if ((u = S_units_dpart(c, k, h, the, the_ok))) return u;
  return S_units_the(c, k, h, the, the_ok);
}

static size_t S_core(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok);

/* A number and unit in one token at k ("8-month-old", "two-year"): how
 * long something has lasted; 0 for an age ("a 6-year-old boy"). */
static size_t S_core_lasting(S_ctx *c, size_t k, S_hit *h) {
  const S_tok *t = &c->tk[k];
  /* "the 8-month-old truce", "a two-year-old trade embargo": how long
   * it has lasted; "a 6-year-old boy": an age, no time */
  if (t->c && !S_lex(c, k + 1, &lede__lex_date_lasting_nouns) &&
      !(k + 2 < c->n && (c->tk[k + 1].flags & LEDE__T_WORD) &&
        !(c->tk[k + 1].flags & (LEDE__T_CAP | LEDE__T_NUM)) &&
        S_lex(c, k + 2, &lede__lex_date_lasting_nouns)))
    return 0;
  char b[16];
  lede__date_duration(b, sizeof b, t->a, t->b);
  h->type = LEDE_DATE_DURATION;
  S_put_str(h, b, LEDE_ANCHOR_NONE);
  return 1;
}

/* A part of day at k with its day after it ("morning Friday", "the
 * evening of May 2"): its tokens, or 0. */
static size_t S_core_dpart(S_ctx *c, size_t k, S_hit *h, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* "mid-afternoon yesterday", "morning Friday": that day's part */
  if (t->cls == C_DPART && !t->plural && k + 1 < c->n &&
      ((c->tk[k + 1].wd && S_cap(c, k + 1)) || S_key(c, k + 1, K_YESTERDAY) ||
       S_key(c, k + 1, K_TODAY) || S_key(c, k + 1, K_TOMORROW))) {
    S_hit h2;
    int ok2;
    memset(&h2, 0, sizeof h2);
    size_t u2 = c->tk[k + 1].wd ? S_weekday_expr(c, k + 1, &h2, 0, 0, k + 1)
                                : S_core(c, k + 1, &h2, 0, &ok2);
    if (u2 && h2.gran == LEDE_GRAN_DAY && h2.type == LEDE_DATE_DATE &&
        h2.has_value && strlen(h2.val) == 10) {
      S_day_part(h, &h2, t->val);
      *the_ok = 1;
      return 1 + u2;
    }
  }
  /* "the evening of May 2": that day's part */
  if (t->cls == C_DPART && !t->plural && S_key(c, k + 1, K_OF) && k + 2 < c->n &&
      (c->tk[k + 2].mon || S_day_tok(c, k + 2) || c->tk[k + 2].wd)) {
    S_hit h2;
    memset(&h2, 0, sizeof h2);
    size_t u2 = c->tk[k + 2].wd ? S_weekday_expr(c, k + 2, &h2, 0, 0, k + 2)
                                : S_calendar(c, k + 2, &h2);
    if (u2 && h2.gran == LEDE_GRAN_DAY) {
      S_day_part(h, &h2, t->val);
      *the_ok = 1;
      return 2 + u2;
    }
  }
  return 0;
}

/* An ordinal at k naming a century ("the 20th century", "the 18th and
 * 19th centuries"): its tokens, or 0. */
static size_t S_core_century(S_ctx *c, size_t k, S_hit *h, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* "the 20th century", "the twentieth century" (a spelled ordinal
   * only after "the": "a fifth century" of a count is no date) */
  int ord_ok = S_isdig(t->low[0]) || (k > 0 && S_key(c, k - 1, K_THE)) ||
               (k > 1 && c->tk[k - 2].ord &&
                (S_is(c, k - 1, "and") || S_is(c, k - 1, "or") || S_key(c, k - 1, K_TO)));
  if (t->ord && ord_ok && t->ord <= 21 &&
      (S_is(c, k + 1, "century") || S_is(c, k + 1, "centuries"))) {
    snprintf(h->val, sizeof h->val, "%02d", t->ord - 1);
    h->has_value = 1;
    h->gran = LEDE_GRAN_CENTURY;
    *the_ok = 1;
    return 2;
  }
  /* "the 18th and 19th centuries": the first shares the noun */
  if (t->ord && ord_ok && t->ord <= 21 && k + 3 < c->n &&
      (S_is(c, k + 1, "and") || S_is(c, k + 1, "or") || S_key(c, k + 1, K_TO)) &&
      c->tk[k + 2].ord && c->tk[k + 2].ord <= 21 &&
      (S_is(c, k + 3, "centuries") || S_is(c, k + 3, "century"))) {
    snprintf(h->val, sizeof h->val, "%02d", t->ord - 1);
    h->has_value = 1;
    h->gran = LEDE_GRAN_CENTURY;
    *the_ok = 1;
    return 1;
  }
  return 0;
}

/* A bare ordinal day at k ("on 18th", "on the 18th"): the day of the
 * month of publication or the one next to it. 1, or 0. */
static size_t S_core_ord_day(S_ctx *c, size_t k, S_hit *h, int *the_ok) {
  const S_tok *t = &c->tk[k];
  /* Bare ordinal day: "on 18th", "on the 18th". */
  if (t->ord && S_isdig(t->low[0]) && t->ord <= 31 &&
      (k > 0 && (S_key(c, k - 1, K_ON) ||
                 (S_key(c, k - 1, K_THE) && k > 1 && S_key(c, k - 2, K_ON)))) &&
      !S_noun_follows(c, k + 1)) {
    S_val v;
    int ok = 1;
    S_val_init(&v, LEDE_GRAN_DAY);
    if (c->has_pub) {
      int dir = S_tense(c, k, k + 1);
      int y = c->py, m = c->pm;
      if (dir > 0 && t->ord < c->pd) m++;
      if (dir < 0 && t->ord > c->pd) m--;
      if (m > 12) { m = 1; y++; }
      if (m < 1) { m = 12; y--; }
      lede__date_set_day(&v, y, m, t->ord, &ok);
    } else {
      lede__date_set_day(&v, -1, -1, t->ord, &ok);
      v.m = -1;
      ok = 0;
    }
    *the_ok = 1;
    S_put(c, h, &v, ok, LEDE_ANCHOR_PUBLISHED);
    return 1;
  }
  return 0;
}

/* A weekday at k after "the" and before "after" or "before" ("the
 * Monday after Easter"): its tokens, or 0. */
static size_t S_core_wd_around(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  if (t->wd && !t->plural && the && S_cap(c, k) &&
      (S_key(c, k + 1, K_AFTER) || S_key(c, k + 1, K_BEFORE))) {
    /* "the Monday after Easter", "the Friday before the vote": that
     * weekday after (before) the date named, or the last date of the text */
    int sign = S_key(c, k + 1, K_AFTER) ? 1 : -1;
    long z;
    size_t u2 = S_day_at(c, k + 2, &z);
    if (!u2) z = lede__date_last_day(c);
    if (z >= 0) {
      S_val v;
      S_val_init(&v, LEDE_GRAN_DAY);
      int wz = S_wday(z);
      long delta = sign > 0 ? (t->wd - wz + 7) % 7 : -((wz - t->wd + 7) % 7);
      if (!delta) delta = 7L * sign;
      S_from_days(&v, z + delta);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, LEDE_ANCHOR_TEXT);
      *the_ok = 1;
      return 2 + u2;
    }
  }
  return 0;
}

/* The date at k, after any "the" (the: one was written) and modifier:
 * each kind in turn. Returns its tokens, or 0; *the_ok if it keeps the
 * "the". */
static size_t S_core(S_ctx *c, size_t k, S_hit *h, int the, int *the_ok) {
  const S_tok *t = &c->tk[k];
  size_t u;
  *the_ok = 0;
  h->type = LEDE_DATE_DATE;
  h->has_value = 0;
  h->anchor = LEDE_ANCHOR_NONE;
  h->gran = LEDE_GRAN_NONE;
  if (S_key(c, k, K_HALF) && (u = S_span_expr(c, k, h, 0))) return u;
  if (t->kind == TK_ISO) return S_iso_date(c, k, h);
  if (t->kind == TK_SLASH) return S_slash_date(c, k, h);
  if (S_clock_may(c, k) && (u = S_clock(c, k, h))) return u;
  if (t->kind == TK_MODX) return S_modx(c, k, h);
  if (t->kind == TK_QTR || t->ord || S_is(c, k, "second") ||
      ((S_key(c, k, K_LAST) || S_is(c, k, "latter") || S_is(c, k, "final")) &&
       (S_key(c, k + 1, K_HALF) || S_is(c, k + 1, "two")))) {
    if ((u = S_quarter(c, k, h))) {
      *the_ok = 1;
      return u;
    }
  }
  if (t->kind == TK_NUMUNIT) return S_core_lasting(c, k, h);
  if (t->kind == TK_DECADE || t->low[0] == '\'' ||
      (t->e - t->s == 3 && !memcmp(c->t + t->s, "\xE2\x80\x99", 3))) {
    if ((u = S_decade(c, k, h))) {
      *the_ok = 1;
      return u;
    }
  }
  if (t->mon || S_day_tok(c, k) ||
      (S_day_word(c, k) && (S_key(c, k + 1, K_OF) || S_day_range(c, k + 1))) ||
      (S_bad_day(c, k) && k + 1 < c->n && c->tk[k + 1].mon)) {
    if ((u = S_calendar(c, k, h))) return u;
  }
  if (t->cls == C_DPART && !t->plural && (u = S_core_dpart(c, k, h, the_ok))) return u;
  if (t->ord && ((u = S_core_century(c, k, h, the_ok)) ||
                 (u = S_core_ord_day(c, k, h, the_ok))))
    return u;
  if (t->wd && the && (u = S_core_wd_around(c, k, h, the, the_ok))) return u;
  if (t->wd) return S_weekday_expr(c, k, h, 0, 0, k);
  if (t->cls == C_KEY) {
    if ((u = S_key_expr(c, k, h, the, the_ok)) || t->val != K_CHRISTMAS) return u;
    /* a holiday: below */
  }
  if (t->cls == C_SEASON) return S_season(c, k, h, the_ok);
  if (t->cls == C_NUMW && S_spoken_year(c, k)) {
    S_val v;
    S_val_init(&v, LEDE_GRAN_YEAR);
    v.y = S_spoken_year(c, k);
    S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
    return 2;
  }
  /* every holiday is written with a capital */
  if (S_cap(c, k) && (u = S_holiday(c, k, h))) return u;
  return S_units(c, k, h, the, the_ok);
}

/* "overnight" (TimeML: a time, the night): the night before the
 * publication day, or the night of a day the sentence named before it
 * ("shelled the town on Wednesday, then calmed down overnight").  Not the
 * name of a market or a rate ("overnight rates"), a score carried over
 * ("overnight 229-1"), nor "quickly" ("can't be done overnight", "almost
 * overnight"). */
static size_t S_overnight(S_ctx *c, size_t k, S_hit *h) {
  if (k + 1 < c->n && c->tk[k + 1].num >= 0) return 0;
  if (k > 0 && c->tk[k - 1].num >= 0) return 0;
  if (S_lex(c, k + 1, &lede__lex_date_overnight_nouns)) return 0;
  int clause = 1; /* no punctuation yet between k - d and k */
  for (size_t d = 1; d <= 6 && d <= k; d++) {
    if (S_lex(c, k - d, &lede__lex_date_overnight_quick)) return 0;
    const S_tok *t = &c->tk[k - d];
    size_t n = t->e - t->s;
    const char *w = c->t + t->s;
    if (t->flags & LEDE__T_PUNCT) clause = 0;
    /* "became famous overnight", "got rich overnight": a change of state,
     * sudden; not a night */
    if (clause && d <= 4 && S_lex(c, k - d, &lede__lex_date_overnight_become)) return 0;
    if (S_is(c, k - d, "not") || S_is(c, k - d, "never") || S_is(c, k - d, "cannot") ||
        (n >= 3 && !memcmp(w + n - 3, "n't", 3)) ||
        (n >= 5 && !memcmp(w + n - 5, "n\xE2\x80\x99t", 5)))
      return 0;
  }
  S_val v;
  S_val_init(&v, LEDE_GRAN_PART_OF_DAY);
  v.dp = D_NI;
  lede_date_anchor an = LEDE_ANCHOR_PUBLISHED;
  if (c->have_day && c->day_sent == c->sent && c->sent != LEDE_NONE &&
      (!c->has_pub || c->day_z <= c->pz)) {
    S_from_days(&v, c->day_z);
    an = LEDE_ANCHOR_TEXT;
  } else if (c->has_pub) {
    S_from_days(&v, c->pz - 1);
  } else {
    v.y = -1;
    v.m = -1;
  }
  h->type = LEDE_DATE_TIME;
  S_put(c, h, &v, 1, an);
  h->i = k;
  h->j = k + 1;
  return 1;
}

/* A reference to the present, the past or the text's last date at i, with
 * no core ("at this moment", "a while ago", "until then"). Returns its
 * tokens, or 0. */
static size_t S_match_ref(S_ctx *c, size_t i, S_hit *h) {
  size_t k = i;
  /* "at this crucial moment": the present (TimeML PRESENT_REF); "the
   * moment" and "for the moment" are left alone */
  if (S_key(c, k, K_THIS)) {
    size_t x = k + 1;
    if (x + 1 < c->n && c->tk[x].cls == C_NONE && c->tk[x].kind == TK_PLAIN &&
        c->tk[x].num < 0 && (c->tk[x].flags & LEDE__T_WORD) &&
        !(c->tk[x].flags & (LEDE__T_CAP | LEDE__T_UPPER)) && S_key(c, x + 1, K_MOMENT))
      x++;
    if (S_key(c, x, K_MOMENT) && !c->tk[x].plural && !S_key(c, x + 1, K_OF) && !S_poss(c, x + 1)) {
      h->type = LEDE_DATE_DATE;
      S_put_str(h, "PRESENT_REF", LEDE_ANCHOR_PUBLISHED);
      h->i = k;
      h->j = x + 1;
      return h->j - i;
    }
  }
  /* "last year's quarter": the reported quarter a year back */
  if (S_key(c, k, K_LAST) && S_is(c, k + 1, "year") &&
      S_poss(c, k + 2) &&
      (S_is(c, k + 3, "quarter") || S_key(c, k + 3, K_PERIOD)) &&
      !S_key(c, k + 4, K_OF)) {
    S_report_quarter(c, h, 1, 0);
    h->i = i;
    h->j = k + 4;
    return h->j - i;
  }
  /* "the then current price": the present of a past time */
  if (S_is(c, k, "then") && k > 0 && S_key(c, k - 1, K_THE) &&
      S_key(c, k + 1, K_CURRENT) && S_current(c, k + 1, 0)) {
    h->type = LEDE_DATE_DATE;
    S_put_str(h, "PAST_REF", LEDE_ANCHOR_PUBLISHED);
    h->i = i;
    h->j = k + 2;
    return h->j - i;
  }
  /* "for a while", "for some time": a stretch of no unit said (PXX);
   * "a while ago": the past. "once in a while" is neither. */
  if (((S_is(c, k, "a") && S_is(c, k + 1, "while")) ||
       (S_is(c, k, "some") && S_is(c, k + 1, "time"))) && k > 0) {
    int ago = S_key(c, k + 2, K_AGO);
    int lead = S_key(c, k - 1, K_FOR) ||
               (S_is(c, k + 1, "while") &&
                (S_key(c, k - 1, K_AFTER) ||
                 (S_key(c, k - 1, K_IN) && !(k > 1 && S_key(c, k - 2, K_ONCE)))));
    if (ago || lead) {
      h->type = ago ? LEDE_DATE_DATE : LEDE_DATE_DURATION;
      S_put_str(h, ago ? "PAST_REF" : "PXX",
                ago ? LEDE_ANCHOR_PUBLISHED : LEDE_ANCHOR_NONE);
      h->i = i;
      h->j = k + 2 + ago;
      return h->j - i;
    }
  }
  /* "at a later date", "at an earlier date": after (before) now */
  if ((S_is(c, k, "a") || S_is(c, k, "an")) && k > 0 && S_key(c, k - 1, K_AT) &&
      (S_key(c, k + 1, K_LATER) || S_key(c, k + 1, K_EARLIER)) && S_is(c, k + 2, "date")) {
    h->type = LEDE_DATE_DATE;
    S_put_str(h, S_key(c, k + 1, K_LATER) ? "FUTURE_REF" : "PAST_REF",
              LEDE_ANCHOR_PUBLISHED);
    h->i = i;
    h->j = k + 3;
    return h->j - i;
  }
  /* "until then", "by then": the last date the text named */
  if (S_is(c, k, "then") && k > 0 && (S_key(c, k - 1, K_UNTIL) || S_key(c, k - 1, K_BY)) &&
      c->have_last && c->last.y >= 0 && c->last.gran >= LEDE_GRAN_YEAR &&
      c->last.gran <= LEDE_GRAN_DAY && c->last.gran != LEDE_GRAN_WEEK) {
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &c->last, 1, LEDE_ANCHOR_TEXT);
    h->i = i;
    h->j = k + 1;
    return 1;
  }
  return 0;
}

/* The modifier at k, if any ("early", "late on", "the end of",
 * "fiscal"): sets *mod and returns where the core starts. */
static size_t S_match_mods(S_ctx *c, size_t k, int *mod) {
  if (k < c->n && c->tk[k].cls == C_KEY) {
    int v = c->tk[k].val;
    if (v == K_EARLY || v == K_LATE || v == K_MID || v == K_EARLIER ||
        v == K_LATER) {
      if (k + 1 < c->n && c->tk[k + 1].cls != C_UNIT &&
          c->tk[k + 1].cls != C_UNITP) {
        *mod = 1;
        k++;
        if (S_key(c, k, K_ON) || S_key(c, k, K_IN)) {
          k++;
          /* "earlier in the year": a time in this year, not a year-long
           * stretch */
          if (S_key(c, k, K_THE) && (S_is(c, k + 1, "year") || S_is(c, k + 1, "month") ||
                                     S_is(c, k + 1, "week") || S_is(c, k + 1, "day")))
            k++;
        }
      }
    } else if ((v == K_END || v == K_BEGINNING || v == K_MIDDLE) &&
               S_key(c, k + 1, K_OF)) {
      *mod = 1;
      k += 2;
      if (S_key(c, k, K_THE)) k++;
    } else if (v == K_FISCAL && S_year_tok(c, k + 1)) {
      *mod = 1;
      k++;
    }
  }
  return k;
}

/* The reported quarter (or year) a year at k names, after "the" at i.
 * Returns its tokens, or 0. */
static size_t S_match_year_quarter(S_ctx *c, size_t i, size_t k, S_hit *h) {
  /* "the 1988 quarter", "the 1989 period": the reported quarter of
   * that year. */
  if (S_year_tok(c, k) && k + 1 < c->n &&
      (c->tk[k + 1].ord || c->tk[k + 1].kind == TK_QTR ||
       S_is(c, k + 1, "second"))) {
    /* "the 1988 second quarter" */
    size_t qn = S_quarter(c, k + 1, h);
    if (qn) {
      h->i = i;
      h->j = k + 1 + qn;
      return h->j - i;
    }
  }
  if (S_year_tok(c, k) &&
      (S_is(c, k + 1, "quarter") || S_key(c, k + 1, K_PERIOD)) &&
      !S_key(c, k + 2, K_OF)) {
    if (c->year_period && S_key(c, k + 1, K_PERIOD)) {
      /* "the first nine months ... the 1988 period": that year's */
      S_val v;
      S_val_init(&v, LEDE_GRAN_YEAR);
      v.y = c->tk[k].num;
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, LEDE_ANCHOR_NONE);
      h->i = i;
      h->j = k + 2;
      return h->j - i;
    }
    S_report_quarter(c, h, 0, 0);
    if (h->has_value && h->gran == LEDE_GRAN_QUARTER) {
      char y[8];
      snprintf(y, sizeof y, "%04d", c->tk[k].num % 10000);
      memcpy(h->val, y, 4);
      h->anchor = LEDE_ANCHOR_TEXT;
    }
    h->i = i;
    h->j = k + 2;
    return h->j - i;
  }
  return 0;
}

/* The reported quarter a year back, after "the" at i and its adjectives
 * [k, x). Returns its tokens, or 0. */
static size_t S_match_same_quarter(S_ctx *c, size_t i, size_t k, size_t x,
                                   S_hit *h) {
  /* "the same quarter last year", "the comparable period a year ago",
   * "the quarter a year earlier": the reported quarter a year back. */
  size_t y0 = x;
  while (y0 < k + 3 && y0 < c->n && (S_is(c, y0, "comparable") ||
                                     S_is(c, y0, "corresponding") ||
                                     S_key(c, y0, K_SAME)))
    y0++;
  if (S_is(c, y0, "quarter") || S_key(c, y0, K_PERIOD)) {
    size_t e = 0;
    if (S_key(c, y0 + 1, K_LAST) && S_is(c, y0 + 2, "year"))
      e = y0 + 3;
    else if (S_is(c, y0 + 1, "a") && S_is(c, y0 + 2, "year") &&
             (S_key(c, y0 + 3, K_AGO) || S_key(c, y0 + 3, K_EARLIER)))
      e = y0 + 4;
    if (e) {
      S_report_quarter(c, h, 1, 0);
      h->i = i;
      h->j = e;
      return h->j - i;
    }
  }
  return 0;
}

/* "the quarter" at i, its adjectives [k, x) (latest: "latest",
 * "recent"...; full: "current", "full"): the quarter reported, or the
 * one a day ends or the article is in. Returns its tokens, or 0. */
static size_t S_match_the_quarter(S_ctx *c, size_t i, size_t k, size_t x,
                                  int latest, int full, S_hit *h) {
  if (S_is(c, x, "quarter") && !S_key(c, x + 1, K_OF) && (latest || x == k || full)) {
    S_hit he;
    size_t ue = 0;
    memset(&he, 0, sizeof he);
    if (x == k && !c->have_q && (S_is(c, x + 1, "ended") || S_is(c, x + 1, "ending")) &&
        x + 2 < c->n && c->tk[x + 2].mon && !c->depth) {
      c->depth++;
      ue = S_calendar(c, x + 2, &he);
      c->depth--;
    }
    if (ue && he.gran == LEDE_GRAN_DAY && !he.be && he.has_value &&
        lede__date_value_day(he.val) >= 0) {
      /* "the quarter ended July 31": the three months before that day,
       * named by the calendar quarter holding most of them */
      S_val v;
      S_val_init(&v, LEDE_GRAN_QUARTER);
      int y, m, d;
      S_civil(lede__date_value_day(he.val) - 45, &y, &m, &d);
      v.y = y;
      v.q = S_quarter_of(m);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, he.anchor);
    } else if (S_key(c, k, K_CURRENT) && c->has_pub) {
      /* "the current quarter": the one the article is written in. */
      S_val v;
      S_val_init(&v, LEDE_GRAN_QUARTER);
      lede__date_shift(c, &v, U_QUARTER, 0);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    } else {
      S_report_quarter(c, h, 0, S_key(c, k, K_LATEST) || S_key(c, k, K_MOST));
    }
    h->i = i;
    h->j = x + 1;
    return h->j - i;
  }
  return 0;
}

/* "the latest period", "the fiscal year ended", "the current year" at i,
 * its adjectives [k, x) as for S_match_the_quarter. Returns its tokens,
 * or 0. */
static size_t S_match_the_year(S_ctx *c, size_t i, size_t k, size_t x,
                               int latest, int full, S_hit *h) {
  if (S_key(c, x, K_PERIOD) && S_key(c, k, K_LATEST)) {
    S_report_quarter(c, h, 0, 0);
    h->i = i;
    h->j = x + 1;
    return h->j - i;
  }
  if (S_is(c, x, "year") && !full && latest && S_is(c, x - 1, "fiscal") &&
      (S_is(c, x + 1, "ended") || S_is(c, x + 1, "ending"))) {
    /* "the fiscal year ended Jan. 31": a year-long period, as "the year
     * ended" is */
    h->type = LEDE_DATE_DURATION;
    S_put_str(h, "P1Y", LEDE_ANCHOR_NONE);
    h->i = i;
    h->j = x + 1;
    return h->j - i;
  }
  if (S_is(c, x, "year") && (full || (latest && S_is(c, x - 1, "fiscal"))) &&
      !S_key(c, x + 1, K_OF) && c->has_pub) {
    S_val v;
    S_val_init(&v, LEDE_GRAN_YEAR);
    v.y = c->py;
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    h->i = i;
    h->j = x + 1;
    return h->j - i;
  }
  return 0;
}

/* "the" at i and no modifier, the core at k: a quarter or a year of the
 * reports. Returns its tokens, or 0. */
static size_t S_match_the(S_ctx *c, size_t i, size_t k, S_hit *h) {
  /* "the quarter", "the latest quarter", "the current fiscal year" */
  size_t x = k;
  int latest = 0, full = 0;
  while (x < c->n && x < k + 3 && c->tk[x].cls == C_KEY) {
    int v = c->tk[x].val;
    if (v == K_LATEST || v == K_RECENT || v == K_MOST || v == K_SAME ||
        v == K_FISCAL)
      latest = 1;
    else if (v == K_CURRENT || v == K_FULL)
      full = 1;
    else
      break;
    x++;
  }
  size_t u;
  if ((x == k && (u = S_match_year_quarter(c, i, k, h))) ||
      (u = S_match_same_quarter(c, i, k, x, h)) ||
      (u = S_match_the_quarter(c, i, k, x, latest, full, h)))
    return u;
  return S_match_the_year(c, i, k, x, latest, full, h);
}

/* "the first week of May", "the week of March 6" at i, the core at k: an
 * ISO week. Returns its tokens, or 0. */
static size_t S_match_week_of(S_ctx *c, size_t i, size_t k, S_hit *h) {
  if (k + 3 < c->n &&
      (c->tk[k].ord || S_is(c, k, "second") || S_key(c, k, K_LAST)) &&
      S_is(c, k + 1, "week") && S_key(c, k + 2, K_OF) && c->tk[k + 3].mon &&
      S_cap(c, k + 3) && !c->depth) {
    /* "the first week of May": the ISO week holding most of its first
     * seven days (the one with the 4th); "the last week" holds most of
     * its last seven */
    int o = S_key(c, k, K_LAST) ? 5 : S_is(c, k, "second") ? 2 : c->tk[k].ord;
    S_hit h2;
    memset(&h2, 0, sizeof h2);
    c->depth++;
    size_t u = o >= 1 && o <= 5 ? S_calendar(c, k + 3, &h2) : 0;
    c->depth--;
    if (u && h2.gran == LEDE_GRAN_MONTH && !h2.be && h2.has_value &&
        strlen(h2.val) == 7 && S_isdig(h2.val[0])) {
      int y = S_digits(h2.val, 4), m = S_digits(h2.val + 5, 2);
      int d = o == 5 ? lede__days_in_month(y, m) - 3 : 7 * (o - 1) + 4;
      S_val v;
      S_val_init(&v, LEDE_GRAN_WEEK);
      lede__date_isoweek(S_days(y, m, d), &v.y, &v.w);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, h2.anchor);
      h->i = i;
      h->j = k + 3 + u;
      return h->j - i;
    }
  }
  if (S_is(c, k, "week") && S_key(c, k + 1, K_OF) &&
      k + 2 < c->n && c->tk[k + 2].mon && S_cap(c, k + 2) && !c->depth) {
    /* "the week of March 6": the week that day falls in */
    S_hit h2;
    memset(&h2, 0, sizeof h2);
    c->depth++;
    size_t u = S_calendar(c, k + 2, &h2);
    c->depth--;
    if (u && h2.gran == LEDE_GRAN_DAY && !h2.be && h2.has_value &&
        lede__date_value_day(h2.val) >= 0) {
      S_val v;
      S_val_init(&v, LEDE_GRAN_WEEK);
      lede__date_isoweek(lede__date_value_day(h2.val), &v.y, &v.w);
      h->type = LEDE_DATE_DATE;
      S_put(c, h, &v, 1, h2.anchor);
      h->i = i;
      h->j = k + 2 + u;
      return h->j - i;
    }
  }
  return 0;
}

/* "later in the day", "the end of the year" at i, a modifier before the
 * unit at k: a day. Returns its tokens, or 0. */
static size_t S_match_mod_unit(S_ctx *c, size_t i, size_t k, S_hit *h) {
  if (S_key(c, k - 1, K_THE) && S_is(c, k, "day") && k >= 3 &&
      S_key(c, k - 2, K_IN) &&
      (S_key(c, k - 3, K_EARLIER) || S_key(c, k - 3, K_LATER)) &&
      !S_key(c, k + 1, K_OF)) {
    /* "later in the day": the day the story is telling, else the
     * publication day */
    S_val v;
    /* a day named in this sentence or the one before */
    long z = c->sent != LEDE_NONE && c->last_sent != LEDE_NONE &&
                     c->sent - c->last_sent <= 1
                 ? lede__date_last_day(c)
                 : -1;
    S_val_init(&v, LEDE_GRAN_DAY);
    if (z >= 0) S_from_days(&v, z);
    else lede__date_shift(c, &v, U_DAY, 0);
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, z >= 0 ? LEDE_ANCHOR_TEXT : LEDE_ANCHOR_PUBLISHED);
    h->i = i;
    h->j = k + 1;
    return h->j - i;
  }
  if (S_key(c, k - 1, K_THE) && k + 1 <= c->n &&
      (S_is(c, k, "year") || S_is(c, k, "month") || S_is(c, k, "week")) &&
      !S_key(c, k + 1, K_OF)) {
    /* "the end of the year" */
    S_val v;
    S_val_init(&v, LEDE_GRAN_DAY);
    lede__date_shift(c, &v, c->tk[k].val, 0);
    h->type = LEDE_DATE_DATE;
    S_put(c, h, &v, 1, LEDE_ANCHOR_PUBLISHED);
    h->i = i;
    h->j = k + 1;
    return h->j - i;
  }
  return 0;
}

/* Modifiers in front of a core: "the", "early", "late on", "the end of". */
static size_t S_match_at(S_ctx *c, size_t i, S_hit *h) {
  size_t k = i, r;
  int the = 0, mod = 0;
  if (S_is(c, k, "overnight")) return S_overnight(c, k, h);
  if ((r = S_match_ref(c, i, h))) return r;
  if (S_key(c, k, K_THE)) {
    the = 1;
    k++;
  }
  k = S_match_mods(c, k, &mod);
  if (k >= c->n) return 0;
  if (the && !mod &&
      ((r = S_match_the(c, i, k, h)) || (r = S_match_week_of(c, i, k, h))))
    return r;
  if (mod && (r = S_match_mod_unit(c, i, k, h))) return r;
  int the_ok;
  int the_core = (k > i && S_key(c, k - 1, K_THE)) || (mod && the);
  size_t u = S_core(c, k, h, the_core, &the_ok);
  if (!u) return 0;
  if (mod) {
    h->i = i;
  } else if (the && !the_ok) {
    h->i = i + 1;
  } else {
    h->i = i;
  }
  h->j = k + u;
  /* "Tuesday morning", "late on Friday": weekday with modifiers is a time */
  return h->j - i;
}

/* Tokens of an approximation or bound at i, which TimeML keeps in the
 * extent: "nearly two years", "more than a decade", "at least 72 hours",
 * "around 7:15 p.m.".  "About" and "around" are also prepositions, so
 * only before a number, a clock time or a month. */
size_t lede__date_approx(const S_ctx *c, size_t i) {
  if (i + 1 >= c->n) return 0;
  if ((S_key(c, i, K_MORE) || S_key(c, i, K_LESS)) && S_key(c, i + 1, K_THAN))
    return 2;
  if (S_key(c, i, K_AT) && (S_is(c, i + 1, "least") || S_is(c, i + 1, "most")))
    return 2;
  if (S_is(c, i, "nearly") || S_is(c, i, "almost") ||
      S_is(c, i, "approximately") || S_is(c, i, "roughly"))
    return 1;
  if (S_is(c, i, "about") || S_is(c, i, "around")) {
    const S_tok *t = &c->tk[i + 1];
    if (t->num >= 0 || t->kind == TK_CLOCK || (t->mon && S_cap(c, i + 1)))
      return 1;
  }
  return 0;
}

/* "March 3, 2024 at 14:30", "Tuesday at 3 p.m.": the day h names,
 * then "at" and a clock time that names no day of its own, are one time
 * on that day; 1 if h now holds it. */
static int S_at_time(S_ctx *c, S_hit *h, size_t j) {
  S_hit h2;
  memset(&h2, 0, sizeof h2);
  c->depth++;
  size_t u = S_match_at(c, j, &h2);
  c->depth--;
  if (!u || h2.i != j || h2.be || h2.type != LEDE_DATE_TIME ||
      h2.gran != LEDE_GRAN_MINUTE || !h2.has_value || strlen(h2.val) <= 10 ||
      h2.val[10] != 'T' ||
      lede__date_names_day(c->t, c->tk[h2.i].s, c->tk[h2.j - 1].e))
    return 0;
  snprintf(h->val + 10, sizeof h->val - 10, "%s", h2.val + 10);
  h->type = LEDE_DATE_TIME;
  h->gran = LEDE_GRAN_MINUTE;
  h->j = h2.j;
  return 1;
}

/* A date followed by its time ("7 June 14:00", "Mar 5 2024, 8:15",
 * "11/30/2001 18:05", "March 3, 2024 | 14:30", "March 3 at 9:00 GMT") is
 * one expression: the time on that day. */
static void S_with_time(S_ctx *c, S_hit *h) {
  if (h->be || c->has_pend) return;
  if (h->type != LEDE_DATE_DATE || h->gran != LEDE_GRAN_DAY || !h->has_value ||
      strlen(h->val) != 10)
    return;
  size_t j = h->j;
  if (S_punct(c, j, ',') || S_punct(c, j, '|')) {
    j++;
  } else if (j < c->n) {
    /* a date line's "March 3, 2024 · 14:30", or "•" */
    size_t len;
    int32_t cp = lede__cp(c->t, c->tk[j].e, c->tk[j].s, &len);
    if ((cp == 0xB7 || cp == 0x2022) && len == c->tk[j].e - c->tk[j].s) j++;
  }
  if (S_key(c, j, K_AT) && S_at_time(c, h, j + 1)) return;
  if (j >= c->n || c->tk[j].kind != TK_CLOCK || c->tk[j].c) return;
  const S_tok *t = &c->tk[j++];
  int hh = t->a, ap = t->ampm;
  if (!ap && (S_key(c, j, K_AM) || S_key(c, j, K_PM))) ap = S_key(c, j++, K_AM) ? 1 : 2;
  if (ap == 2 && hh < 12) hh += 12;
  if (ap == 1 && hh == 12) hh = 0;
  if (S_lex(c, j, &lede__lex_date_tz) && (c->tk[j].flags & LEDE__T_UPPER)) j++;
  size_t n = strlen(h->val);
  snprintf(h->val + n, sizeof h->val - n, "T%02d:%02d", hh % 100, t->b % 100);
  if (t->ss1) {
    n = strlen(h->val);
    snprintf(h->val + n, sizeof h->val - n, ":%02d", (t->ss1 - 1) % 100);
  }
  h->type = LEDE_DATE_TIME;
  h->gran = LEDE_GRAN_MINUTE;
  h->j = j;
}

size_t lede__date_match(S_ctx *c, size_t i, S_hit *h) {
  c->has_pend = 0;
  /* (each try starts from a cleared h) */
  size_t a = lede__date_approx(c, i);
  if (a && (memset(h, 0, sizeof *h), S_match_at(c, i + a, h)) && h->i == i + a &&
      !c->has_pend) {
    h->i = i;
    return h->j - i;
  }
  /* "the first nine months" */
  if (S_key(c, i, K_THE) && S_is(c, i + 1, "first") && i + 2 < c->n &&
      c->tk[i + 2].num > 1 && (memset(h, 0, sizeof *h), S_match_at(c, i + 2, h)) &&
      h->i == i + 2 && h->type == LEDE_DATE_DURATION) {
    h->i = i;
    return h->j - i;
  }
  memset(h, 0, sizeof *h);
  c->has_pend = 0;
  if (!S_match_at(c, i, h)) return 0;
  if (!c->depth) S_with_time(c, h);
  /* "each of the last three years": every one of them, a SET of years */
  if (h->type == LEDE_DATE_DURATION && h->has_value && h->i >= 2 &&
      S_is(c, h->i - 1, "of") && (S_is(c, h->i - 2, "each") || S_is(c, h->i - 2, "every")) &&
      h->val[0] == 'P') {
    char *p = h->val + 1 + (h->val[1] == 'T');
    char *q = p;
    while (S_isdig(*q)) q++;
    if (q > p && *q && !q[1] && q[0] != 'X') {
      memmove(p + 1, q, strlen(q) + 1);
      *p = '1';
      h->type = LEDE_DATE_SET;
    }
  }
  return h->j - i;
}
