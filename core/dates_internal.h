/* Shared by the files of the dates stage (dates.c and dates_*.c): the
 * token and value types, the context of a scan, the small helpers every
 * part calls, and the functions one part gives the others. */
#ifndef LEDE_DATES_INTERNAL_H
#define LEDE_DATES_INTERNAL_H
#include <string.h>

#include "internal.h"
#include "lexicon.h"
#include "tokens.h"

/* ==== Vocabulary ======================================================== */

enum {
  C_NONE, C_NUMW, C_ORDW, C_UNIT, C_UNITP, C_SEASON, C_DPART, C_KEY,
  C_MONTH, C_WDAY, C_WDAYP
};

enum {
  U_NONE, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT,
  U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY
};

enum { S_SP = 1, S_SU, S_FA, S_WI };

enum { D_MO = 1, D_AF, D_EV, D_NI };

enum {
  K_NONE, K_ABOUT, K_AFTER, K_AGO, K_AM, K_ANNUALLY, K_AT, K_BEFORE,
  K_BEGINNING, K_BETWEEN, K_BY, K_CHRISTMAS, K_COMING, K_CURRENTLY, K_DAILY,
  K_DURING, K_EARLIER, K_EARLY, K_END, K_EVE, K_EVERY, K_FISCAL,
  K_FOLLOWING, K_FOR, K_FROM, K_FUTURE, K_HALF, K_HOURLY, K_IN, K_LAST,
  K_LATE, K_LATER, K_LATEST, K_LESS, K_MID, K_MIDDLE, K_MIDNIGHT, K_MOMENT,
  K_MONTHLY, K_MORE, K_MOST, K_NEXT, K_NIGHTLY, K_NOON, K_NOW, K_OF, K_ON,
  K_ONCE, K_OVER, K_PAST, K_PER, K_PERCENT, K_PM, K_PRESENT, K_PREVIOUS,
  K_PREVIOUSLY, K_QUARTERLY, K_RECENT, K_RECENTLY, K_SAME, K_SINCE, K_SOON,
  K_THAN, K_THAT, K_THE, K_THIS, K_TIMES, K_TO, K_TODAY, K_TOMORROW,
  K_TONIGHT, K_TWICE, K_UNTIL, K_WEEKLY, K_WILL, K_WITHIN, K_YEARAGO,
  K_YEAREND, K_YEARLONG, K_YESTERDAY, K_CURRENT, K_FULL, K_PERIOD
};

/* ==== Values ============================================================ */

/* A calendar value; y < 0 is unknown (no publication date). */
typedef struct {
  int y, m, d;  /* m, d: 0 none, -1 unknown */
  int wd;       /* weekday 1..7 when y, m, d are unknown */
  int q, h, s;  /* quarter, half, season */
  int w;        /* ISO week */
  int dp;       /* part of day */
  int hh, mi;   /* clock, hh < 0 none */
  int ss;       /* seconds, < 0 none */
  lede_date_gran gran;
} S_val;

/* A bounded string builder: lede__date_fmt runs for every candidate, and
 * snprintf costs more than the rest of the match. */
typedef struct {
  char *p, *end;
} S_buf;

static inline void S_cat(S_buf *b, const char *s) {
  while (*s && b->p + 1 < b->end) *b->p++ = *s++;
  *b->p = 0;
}

/* TimeML's parts of day, by day-part value (1 morning .. 4 night). */
static const char *const S_dp_code[] = {"", "MO", "AF", "EV", "NI"};

/* ==== Tokens ============================================================ */

enum {
  TK_PLAIN, TK_ISO,   /* 2021-03-10, 2021-03 */
  TK_SLASH,           /* 10/03/2021 */
  TK_CLOCK,           /* 10:30, 10am, 10.30pm */
  TK_DECADE,          /* 1990s, 90s */
  TK_NUMUNIT,         /* two-week, 48-hour */
  TK_QTR,             /* third-quarter, Q3, first-half */
  TK_MODX             /* mid-March, early-2020, mid-1990s */
};

typedef struct {
  size_t s, e;
  uint32_t flags;
  unsigned char cls, kind, plural, ndig;
  signed char val;  /* class value (unit, key, season, ...) */
  signed char mon;  /* month 1..12 */
  signed char wd;   /* weekday 1..7 */
  signed char ord;  /* ordinal 1..31 */
  signed char mod;  /* TK_MODX: K_MID / K_EARLY / K_LATE */
  signed char ampm; /* TK_CLOCK: 0 none, 1 am, 2 pm */
  signed char ss1;  /* TK_CLOCK: seconds + 1, 0 none */
  unsigned char tcue; /* may tell a tense (lede__date_tense_at): a word of
                       * S_TENSE_WORDS or of date_future_cues,
                       * date_schedule_verbs or date_past_verbs, or a word
                       * opening with no letter, digit or '%' */
  int num;          /* number value, -1 none, -2 vague ("several") */
  int a, b, c;      /* parts of ISO / slash / clock / qtr tokens */
  unsigned char cut; /* a range in one token ("4-19", "2014-2015",
                      * "1:15-2:45pm"): offset of its dash, else 0 */
  signed char mi2;  /* TK_CLOCK range: minutes of its end */
  signed char hh1;  /* TK_ISO date-time: hour + 1, 0 none; minutes in mi2,
                     * seconds in ss1 */
  unsigned char dull; /* no expression can start here (S_classify) */
  char low[32];     /* ASCII lower case, "" if longer */
} S_tok;

static inline int S_isdig(char c) { return c >= '0' && c <= '9'; }

/* Value of s[0..n) if all ASCII digits (n <= 9), else -1. */
static inline int S_digits(const char *s, size_t n) {
  if (!n || n > 9) return -1;
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_isdig(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* ==== Calendar ========================================================== */

/* Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
static inline long S_days(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static inline void S_civil(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday, Monday = 1. */
static inline int S_wday(long z) { return (int)(((z + 3) % 7 + 7) % 7) + 1; }

static inline int S_quarter_of(int m) { return (m - 1) / 3 + 1; }

static inline void S_val_init(S_val *v, lede_date_gran g) {
  memset(v, 0, sizeof *v);
  v->hh = -1;
  v->ss = -1;
  v->gran = g;
}

static inline void S_from_days(S_val *v, long z) {
  S_civil(z, &v->y, &v->m, &v->d);
}

/* ==== Context =========================================================== */

typedef struct {
  size_t i, j; /* tokens [i, j) */
  size_t bs, be; /* when be > 0, the bytes [bs, be) instead (part of a
                  * token: "2014" of "2014-2015") */
  lede_date_type type;
  lede_date_anchor anchor;
  lede_date_gran gran;
  int has_value;
  char val[48];
} S_hit;

typedef struct {
  lede_article *a;
  const char *t;
  int has_pub;
  int py, pm, pd;
  long pz;
  S_tok *tk;
  size_t n;
  /* the dull of each of tk, one byte after another, and 8 bytes of 1
   * after them, as lede__date_fill writes them (its records' dull it
   * leaves 0): room for a window and 8 bytes more */
  unsigned char *dull;
  size_t tok0; /* the article's token tk[0] is, or LEDE_NONE when tk are
                * a furniture line's own (lede__date_lex_block) */
  size_t block, sent;
  /* Last resolved day-level date, for "the next day". */
  int have_last;
  S_val last;
  size_t last_j;    /* the token after the hit that set last */
  int last_written; /* and whether its year was written (or read back) */
  size_t last_sent; /* the sentence it was named in */
  /* The last day named, kept when a coarser date follows it ("on March 3
   * ... built in 1998"), and the block it was named in. */
  long day_z;
  size_t day_block, day_sent;
  int have_day;
  /* Last quarter named: a report's "a year earlier" is that quarter a
   * year before. */
  int have_q, qy, qq;
  /* The last period named is months or a year ("the first nine months"):
   * "a year earlier" is then a year, not a quarter. */
  int year_period;
  /* Nesting of a pattern looking for a date inside another ("two days
   * after tomorrow"): one level only, so chains stay linear. */
  int depth;
  /* The other end of a range or coordination found with a hit ("19 March"
   * of "4 - 19 March"), emitted right after it. */
  int has_pend;
  S_hit pend;
  /* The order a day-first or month-first numeric date of the page shows
   * ("25/03/2013"): LEDE_DATE_ORDER_*, or -1 if the page shows both. */
  int order_hint;
} S_ctx;

/* Has token t no class, kind, number, month, weekday or ordinal: a word
 * (or punctuation) the patterns can only spell? */
static inline int S_plain(const S_tok *t) {
  return t->cls == C_NONE && t->kind == TK_PLAIN && t->num < 0 && !t->mon &&
         !t->wd && !t->ord;
}

static inline int S_key(const S_ctx *c, size_t i, int k) {
  return i < c->n && c->tk[i].cls == C_KEY && c->tk[i].val == k;
}

/* Is token i the word w, a string literal in lower case? Its length
 * first: most words differ in it. ("" w "" lets no other in: for a word
 * of a list, S_is_str.) */
#define S_is(c, i, w) S_is_lit(c, i, "" w "", sizeof(w))

static inline int S_is_lit(const S_ctx *c, size_t i, const char *w, size_t size) {
  return i < c->n && c->tk[i].e - c->tk[i].s == size - 1 &&
         !memcmp(c->tk[i].low, w, size);
}

/* Is token i the word w (lower case)? */
static inline int S_is_str(const S_ctx *c, size_t i, const char *w) {
  return i < c->n && c->tk[i].low[0] == w[0] && !strcmp(c->tk[i].low, w);
}

/* A possessive "'s" (straight or curly apostrophe) at i. */
static inline int S_poss(const S_ctx *c, size_t i) {
  return S_is(c, i, "'s") || S_is(c, i, "\xE2\x80\x99s");
}

static inline int S_punct(const S_ctx *c, size_t i, char p) {
  return i < c->n && c->tk[i].e - c->tk[i].s == 1 && c->t[c->tk[i].s] == p;
}

static inline int S_cap(const S_ctx *c, size_t i) {
  return i < c->n && (c->tk[i].flags & LEDE__T_CAP);
}

static inline int S_lex(const S_ctx *c, size_t i, const lede__lexicon *lx) {
  return i < c->n && lede__lex_has(lx, c->t + c->tk[i].s, c->tk[i].e - c->tk[i].s);
}

/* S_lex for the list lx whose id is id, of a token whose text is its
 * article token's (a plain word): the article's token words answer,
 * most by one bit, when tk are the article's tokens. */
static inline int S_lex_id(const S_ctx *c, size_t i, const lede__lexicon *lx,
                           unsigned id) {
  if (i >= c->n) return 0;
  if (c->tok0 != LEDE_NONE) return lede__tok_in_id(c->a, c->tok0 + i, id);
  return lede__lex_has(lx, c->t + c->tk[i].s, c->tk[i].e - c->tk[i].s);
}

/* ==== Vocabulary and tokens (dates_tokens.c) ============================ */

int lede__date_number(const char *s, size_t n);
int lede__date_names_day(const char *t, size_t s, size_t e);
void lede__date_fill(S_ctx *c, S_tok *buf, size_t from, size_t to);
S_tok *lede__date_fill_all(lede_article *a, S_ctx *c, uint64_t *want);
size_t lede__date_lex_block(S_ctx *c, lede_span sp, S_tok **buf,
                            lede__token **toks, size_t *cap);
const char *lede__date_check_vocab(void);
/* For tests: may an expression start at no plain word lede__date_fill
 * calls dull (S_may_lead), and does S_scan's skip find the first token
 * that is not dull (NULL if so)? */
const char *lede__date_check_dull(lede_article *a);
/* For tests: does lede__date_fill classify a's tokens as its slow path
 * does (NULL if so)? A text of the words it looks up, malloc'd. */
const char *lede__date_check_fill(lede_article *a);
char *lede__date_words_text(void);
/* For tests: is every word entry a's memo holds (begun by the caller)
 * lede__word_find's of its token (NULL if so)? *kept counts them. */
const char *lede__date_check_words(const lede_article *a, size_t *kept);

/* ==== Calendar and values (dates_calendar.c) ============================ */

void lede__date_isoweek(long z, int *wy, int *w);
void lede__date_fmt(const S_val *v, char *out, size_t n);
int lede__date_easter(int y);
void lede__date_weekday(const S_ctx *c, S_val *v, int wd, int dir, int strict);
int lede__date_year_for(const S_ctx *c, int m, int d, int dir);
void lede__date_set_day(S_val *v, int y, int m, int d, int *ok);
int lede__date_season_of(int m, int *y);
int lede__date_shift(const S_ctx *c, S_val *v, int unit, int n);
int lede__date_shift_from(S_val *v, long z0, int unit, int n);
long lede__date_value_day(const char *s);
long lede__date_last_day(const S_ctx *c);
void lede__date_duration(char *out, size_t sz, int n, int u);
int lede__date_half_duration(char *out, size_t sz, int n, int u);

/* ==== Tense (dates_tense.c) ============================================== */

#define S_TENSE_WIN 24

/* Strong cues (will, said, -ed) first; weak ones (to + verb, would) only
 * when there is no strong one, and then with the tense of the verb the
 * infinitive hangs on, if any.  A reporting verb ("said") more than a
 * word or two away yields to any other strong cue: it belongs to the main
 * clause, the date to the reported one. */
/* mode 0: strong cues only; 1: strong first, else weak; 2: the nearest
 * cue of either kind. */
/* mode | S_TENSE_REPORT: a report verb counts at any distance (the verb
 * of the clause a weekday opens: "On Tuesday, the firm said it would") */
#define S_TENSE_REPORT 4

int lede__date_tense_at(const S_ctx *c, size_t k);
/* The words lede__date_tense_at spells, "ago" too (one string: each word,
 * of 5 bytes at most, with a space after it), and whether token t is a word it can read a
 * tense from but by its ending (t->tcue, as lede__date_fill sets it:
 * s, n its text). */
#define S_TENSE_WORDS "was were set about takes take is are let to has have ago "
int lede__date_tcue_slow(const S_tok *t, const char *s, size_t n);
/* For tests: does lede__date_tense_at, which asks t->tcue first, tell
 * the tense of each token of a as reading every word does (NULL if so)? */
const char *lede__date_check_tense(lede_article *a);
int lede__date_tense_mode(const S_ctx *c, size_t i, size_t j, int mode,
                          size_t win);

/* ==== Patterns (dates_patterns.c) ======================================= */

size_t lede__date_match(S_ctx *c, size_t i, S_hit *h);
/* For tests: does S_clock read no time where S_clock_may, which S_core
 * asks first, turns a token of a down (NULL if so)? */
const char *lede__date_check_clock(lede_article *a);
/* Tokens of an approximation or bound at i ("more than", "about"), or 0. */
size_t lede__date_approx(const S_ctx *c, size_t i);

#endif
