/* Dates: calendar arithmetic, and the TimeML values of dates, shifts and
 * durations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

/* ==== Calendar ========================================================== */

void lede__date_isoweek(long z, int *wy, int *w) {
  long th = z - S_wday(z) + 4;
  int y, m, d;
  S_civil(th, &y, &m, &d);
  *wy = y;
  *w = (int)((th - S_days(y, 1, 1)) / 7) + 1;
}

/* ==== Values ============================================================ */

/* v >= 0 in decimal, zero-padded to w digits. */
static void S_catn(S_buf *b, int v, int w) {
  char d[12];
  int k = 0;
  unsigned u = v < 0 ? 0u : (unsigned)v;
  do {
    d[k++] = (char)('0' + u % 10);
    u /= 10;
  } while (u && k < 10);
  while (k < w && k < 10) d[k++] = '0';
  while (k && b->p + 1 < b->end) *b->p++ = d[--k];
  *b->p = 0;
}

void lede__date_fmt(const S_val *v, char *out, size_t n) {
  S_buf b = {out, out + n};
  if (!n) return;
  *out = 0;
  switch (v->gran) {
  case LEDE_GRAN_CENTURY:
    if (v->y >= 0) S_catn(&b, v->y / 100, 2);
    else S_cat(&b, "XX");
    return;
  case LEDE_GRAN_DECADE:
    /* TimeML: a decade is its first three digits, "199". */
    if (v->y >= 0) S_catn(&b, v->y / 10, 3);
    else S_cat(&b, "XXX");
    return;
  default: break;
  }
  int day = v->gran != LEDE_GRAN_YEAR && v->gran != LEDE_GRAN_HALF &&
            v->gran != LEDE_GRAN_QUARTER && v->gran != LEDE_GRAN_SEASON &&
            v->gran != LEDE_GRAN_MONTH && v->gran != LEDE_GRAN_WEEK;
  if (day && v->y < 0 && v->m <= 0 && v->wd > 0) {
    S_cat(&b, "XXXX-WXX-");
    S_catn(&b, v->wd, 1);
  } else {
    if (v->y >= 0) S_catn(&b, v->y % 10000, 4);
    else S_cat(&b, "XXXX");
    switch (v->gran) {
    case LEDE_GRAN_YEAR: return;
    case LEDE_GRAN_HALF: S_cat(&b, "-H"); S_catn(&b, v->h, 1); return;
    case LEDE_GRAN_QUARTER: S_cat(&b, "-Q"); S_catn(&b, v->q, 1); return;
    case LEDE_GRAN_SEASON: {
      static const char *const ss[] = {"-", "-SP", "-SU", "-FA", "-WI"};
      S_cat(&b, ss[v->s >= 1 && v->s <= 4 ? v->s : 0]);
      return;
    }
    case LEDE_GRAN_MONTH:
      if (v->m > 0) { S_cat(&b, "-"); S_catn(&b, v->m, 2); }
      else S_cat(&b, "-XX");
      return;
    case LEDE_GRAN_WEEK:
      if (v->w > 0) { S_cat(&b, "-W"); S_catn(&b, v->w, 2); }
      else S_cat(&b, "-WXX");
      return;
    default: break;
    }
    /* Day and finer. */
    if (v->m > 0) {
      S_cat(&b, "-");
      S_catn(&b, v->m, 2);
      if (v->d > 0) { S_cat(&b, "-"); S_catn(&b, v->d, 2); }
      else S_cat(&b, "-XX");
    } else {
      S_cat(&b, "-XX-XX");
    }
  }
  if (v->gran == LEDE_GRAN_PART_OF_DAY) {
    S_cat(&b, "T");
    S_cat(&b, S_dp_code[v->dp >= 1 && v->dp <= 4 ? v->dp : 0]);
  } else if (v->gran == LEDE_GRAN_MINUTE && v->hh >= 0) {
    S_cat(&b, "T");
    S_catn(&b, v->hh, 2);
    S_cat(&b, ":");
    S_catn(&b, v->mi, 2);
    if (v->ss >= 0) {
      S_cat(&b, ":");
      S_catn(&b, v->ss, 2);
    }
  }
}

/* ==== Resolution ======================================================== */

/* Easter Sunday of year y (Gregorian computus): month * 100 + day. */
int lede__date_easter(int y) {
  int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int mo = (h + l - 7 * m + 114) / 31, da = (h + l - 7 * m + 114) % 31 + 1;
  return mo * 100 + da;
}

#ifndef S_DAY_SHIFT
#define S_DAY_SHIFT 60
#endif

#ifndef S_MONTH_SHIFT
#define S_MONTH_SHIFT 2
#endif

/* Weekday wd by direction dir (-1 on or before, +1 on or after, 0 the
 * same week), with strict = 1 excluding the publication day itself. */
void lede__date_weekday(const S_ctx *c, S_val *v, int wd, int dir, int strict) {
  S_val_init(v, LEDE_GRAN_DAY);
  if (!c->has_pub) {
    v->y = -1;
    v->m = -1;
    v->wd = wd;
    return;
  }
  int pw = S_wday(c->pz);
  long delta;
  if (dir > 0) {
    delta = (wd - pw + 7) % 7;
    if (!delta && strict) delta = 7;
  } else if (dir < 0) {
    delta = -((pw - wd + 7) % 7);
    if (!delta && strict) delta = -7;
  } else {
    delta = wd - pw;
  }
  S_from_days(v, c->pz + delta);
}

/* Year for month m (and day d, or 0) without a year, by tense. */
int lede__date_year_for(const S_ctx *c, int m, int d, int dir) {
  if (!c->has_pub) return -1;

  /* The nearest; a day and month more than two months off the tense's
   * side move a year ("said on March 18" is still this March 18 when
   * published on March 10, a writer would add the year otherwise). */
  long pub = S_days(c->py, c->pm, 15);
  int best = c->py;
  long bd = -1;
  for (int y = c->py - 1; y <= c->py + 1; y++) {
    long z = S_days(y, m, d ? d : 15) - pub;
    if (z < 0) z = -z;
    if (bd < 0 || z < bd) {
      bd = z;
      best = y;
    }
  }
  /* A month alone ("talks that began in September") goes to the tense's
   * side when the nearest one lies well on the other side. */
  if (!d && dir) {
    int months = (best - c->py) * 12 + (m - c->pm);
    if (dir < 0 && months >= S_MONTH_SHIFT) best--;
    if (dir > 0 && months <= -S_MONTH_SHIFT) best++;
  }
  if (d && dir) {
    long z = S_days(best, m, d > 28 ? 28 : d) - c->pz;
    if (dir < 0 && z > S_DAY_SHIFT) best--;
    if (dir > 0 && z < -S_DAY_SHIFT) best++;
  }
  /* With no tense at all, a day months ahead is rarer in news than one
   * months behind ("its record high set on Aug. 6", written in February) */
  if (d && !dir && S_days(best, m, d > 28 ? 28 : d) - c->pz > 4 * 30) best--;
  if (!d && !dir && (best - c->py) * 12 + (m - c->pm) >= 3) best--;
  return best;
}

void lede__date_set_day(S_val *v, int y, int m, int d, int *ok) {
  v->y = y;
  v->m = m;
  v->d = d;
  int yy = y >= 0 ? y : 2000; /* unknown year: allow February 29 */
  *ok = m >= 1 && m <= 12 && d >= 1 && d <= lede__days_in_month(yy, m);
}

int lede__date_season_of(int m, int *y) {
  if (m == 12) {
    (*y)++;
    return S_WI;
  }
  if (m <= 2) return S_WI;
  return m <= 5 ? S_SP : m <= 8 ? S_SU : S_FA;
}

/* Shift the publication date by n units (signed) at that unit's grain. */
int lede__date_shift(const S_ctx *c, S_val *v, int unit, int n) {
  if (!c->has_pub) {
    v->y = -1;
    v->m = -1;
    v->d = -1;
  }
  switch (unit) {
  case U_DAY:
    v->gran = LEDE_GRAN_DAY;
    if (c->has_pub) S_from_days(v, c->pz + n);
    return 1;
  case U_WEEK: case U_FORTNIGHT:
    v->gran = LEDE_GRAN_WEEK;
    if (c->has_pub) lede__date_isoweek(c->pz + 7L * n * (unit == U_FORTNIGHT ? 2 : 1), &v->y, &v->w);
    return 1;
  case U_WEEKEND:
    v->gran = LEDE_GRAN_WEEK;
    if (c->has_pub) lede__date_isoweek(c->pz + 7L * n, &v->y, &v->w);
    return 1;
  case U_MONTH:
    v->gran = LEDE_GRAN_MONTH;
    if (c->has_pub) {
      long mm = (long)c->py * 12 + (c->pm - 1) + n;
      v->y = (int)(mm / 12);
      v->m = (int)(mm % 12) + 1;
    }
    return 1;
  case U_QUARTER:
    v->gran = LEDE_GRAN_QUARTER;
    if (c->has_pub) {
      long qq = (long)c->py * 4 + (S_quarter_of(c->pm) - 1) + n;
      v->y = (int)(qq / 4);
      v->q = (int)(qq % 4) + 1;
    } else {
      v->q = 0;
    }
    return 1;
  case U_YEAR:
    v->gran = LEDE_GRAN_YEAR;
    if (c->has_pub) v->y = c->py + n;
    return 1;
  case U_DECADE:
    v->gran = LEDE_GRAN_DECADE;
    if (c->has_pub) v->y = c->py + 10 * n;
    return 1;
  case U_CENTURY:
    v->gran = LEDE_GRAN_CENTURY;
    if (c->has_pub) v->y = c->py + 100 * n;
    return 1;
  case U_HOUR: case U_MIN: case U_SEC:
    v->gran = LEDE_GRAN_DAY;
    if (c->has_pub) S_from_days(v, c->pz);
    return 1;
  }
  return 0;
}

/* Day z0 shifted by n units, at that unit's grain ("two weeks earlier"
 * than a date of the text).  0 for units it cannot shift by. */
int lede__date_shift_from(S_val *v, long z0, int unit, int n) {
  int y, m, d;
  S_civil(z0, &y, &m, &d);
  switch (unit) {
  case U_DAY:
    S_val_init(v, LEDE_GRAN_DAY);
    S_from_days(v, z0 + n);
    return 1;
  case U_WEEK: case U_FORTNIGHT:
    S_val_init(v, LEDE_GRAN_WEEK);
    lede__date_isoweek(z0 + 7L * n * (unit == U_FORTNIGHT ? 2 : 1), &v->y, &v->w);
    return 1;
  case U_MONTH: {
    long mm = (long)y * 12 + (m - 1) + n;
    S_val_init(v, LEDE_GRAN_MONTH);
    v->y = (int)(mm / 12);
    v->m = (int)(mm % 12) + 1;
    return 1;
  }
  case U_YEAR:
    S_val_init(v, LEDE_GRAN_YEAR);
    v->y = y + n;
    return 1;
  default:
    return 0;
  }
}

/* The day of a day-level value "YYYY-MM-DD...", or -1. */
long lede__date_value_day(const char *s) {
  if (strlen(s) < 10 || !S_isdig(s[0]) || s[4] != '-' || !S_isdig(s[5]) ||
      !S_isdig(s[8]))
    return -1;
  return S_days(S_digits(s, 4), S_digits(s + 5, 2), S_digits(s + 8, 2));
}

/* The last day-level date of the text, or -1. */
long lede__date_last_day(const S_ctx *c) {
  if (!c->have_last || c->last.gran != LEDE_GRAN_DAY || c->last.y < 0 ||
      c->last.m <= 0 || c->last.d <= 0)
    return -1;
  return S_days(c->last.y, c->last.m, c->last.d);
}

static const char *S_unit_code(int u, int *time, int *mult) {
  *time = 0;
  *mult = 1;
  switch (u) {
  case U_SEC: *time = 1; return "S";
  case U_MIN: *time = 1; return "M";
  case U_HOUR: *time = 1; return "H";
  case U_DAY: return "D";
  case U_WEEK: return "W";
  case U_WEEKEND: return "WE";
  case U_FORTNIGHT: *mult = 2; return "W";
  case U_MONTH: return "M";
  case U_QUARTER: return "Q";
  case U_YEAR: return "Y";
  case U_DECADE: return "DE";
  case U_CENTURY: return "CE";
  }
  return "X";
}

/* "P3Y", "PT48H", "PXD" (n < 0: vague). */
void lede__date_duration(char *out, size_t sz, int n, int u) {
  int time, mult;
  const char *code = S_unit_code(u, &time, &mult);
  if (u == U_WEEKEND) {
    snprintf(out, sz, n < 0 ? "PXWE" : "P%dWE", n);
    return;
  }
  if (u == U_DECADE || u == U_CENTURY) {
    if (n < 0) snprintf(out, sz, u == U_DECADE ? "PXE" : "PXC");
    else snprintf(out, sz, "P%dY", n * (u == U_DECADE ? 10 : 100));
    return;
  }
  /* (as snprintf "P%s%d%s" writes it: the patterns ask for many) */
  S_buf b = {out, out + sz};
  if (!sz) return;
  *out = 0;
  S_cat(&b, time ? "PT" : "P");
  if (n < 0) S_cat(&b, "X");
  else S_catn(&b, n * mult, 1);
  S_cat(&b, code);
}

/* n and a half units in whole smaller units, as TimeML writes them
 * ("two and a half weeks" P17DT12H, "half an hour" PT30M); 0 when the
 * unit has no smaller one here. */
int lede__date_half_duration(char *out, size_t sz, int n, int u) {
  switch (u) {
  case U_MIN: snprintf(out, sz, n ? "PT%dM30S" : "PT30S", n); return 1;
  case U_HOUR: snprintf(out, sz, n ? "PT%dH30M" : "PT30M", n); return 1;
  case U_DAY: snprintf(out, sz, n ? "P%dDT12H" : "PT12H", n); return 1;
  case U_WEEK: snprintf(out, sz, "P%dDT12H", 7 * n + 3); return 1;
  case U_FORTNIGHT: snprintf(out, sz, "P%dD", 14 * n + 7); return 1;
  case U_MONTH: snprintf(out, sz, n ? "P%dM15D" : "P15D", n); return 1;
  case U_YEAR: snprintf(out, sz, n ? "P%dY6M" : "P6M", n); return 1;
  case U_DECADE: snprintf(out, sz, "P%dY", 10 * n + 5); return 1;
  case U_CENTURY: snprintf(out, sz, "P%dY", 100 * n + 50); return 1;
  }
  return 0;
}
