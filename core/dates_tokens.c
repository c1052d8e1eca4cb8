/* Dates: the closed vocabulary of time words and the classification of
 * each token (numbers, months, clock times, ISO dates ...) the patterns
 * read. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

/* ==== Vocabulary ======================================================== */

typedef struct {
  char w[16]; /* zero-padded: read eight bytes at a time */
  unsigned char cls;
  signed char val;
} S_word;

/* The closed-class vocabulary of time words, each with its class and value
 * (a unit, a month, a number...): it carries values, so it lives here like
 * the month names of utf8.c, while open lists (past-tense verbs, time
 * zones, label nouns) are in data/lex.  S_slot indexes it by hash. */
static const S_word S_words[] = {
    {"%", C_KEY, K_PERCENT},
    {"a", C_NUMW, 1},
    {"a.m", C_KEY, K_AM},
    {"a.m.", C_KEY, K_AM},
    {"about", C_KEY, K_ABOUT},
    {"after", C_KEY, K_AFTER},
    {"afternoon", C_DPART, D_AF},
    {"afternoons", C_DPART, D_AF},
    {"ago", C_KEY, K_AGO},
    {"almost", C_KEY, K_ABOUT},
    {"am", C_KEY, K_AM},
    {"an", C_NUMW, 1},
    {"annually", C_KEY, K_ANNUALLY},
    {"approximately", C_KEY, K_ABOUT},
    {"apr", C_MONTH, 4},
    {"april", C_MONTH, 4},
    {"around", C_KEY, K_ABOUT},
    {"at", C_KEY, K_AT},
    {"aug", C_MONTH, 8},
    {"august", C_MONTH, 8},
    {"autumn", C_SEASON, S_FA},
    {"before", C_KEY, K_BEFORE},
    {"beginning", C_KEY, K_BEGINNING},
    {"between", C_KEY, K_BETWEEN},
    {"by", C_KEY, K_BY},
    {"centuries", C_UNITP, U_CENTURY},
    {"century", C_UNIT, U_CENTURY},
    {"christmas", C_KEY, K_CHRISTMAS},
    {"coming", C_KEY, K_COMING},
    {"couple", C_NUMW, -2},
    {"current", C_KEY, K_CURRENT},
    {"currently", C_KEY, K_CURRENTLY},
    {"daily", C_KEY, K_DAILY},
    {"day", C_UNIT, U_DAY},
    {"days", C_UNITP, U_DAY},
    {"dec", C_MONTH, 12},
    {"decade", C_UNIT, U_DECADE},
    {"decades", C_UNITP, U_DECADE},
    {"december", C_MONTH, 12},
    {"during", C_KEY, K_DURING},
    {"each", C_KEY, K_EVERY},
    {"earlier", C_KEY, K_EARLIER},
    {"early", C_KEY, K_EARLY},
    {"eight", C_NUMW, 8},
    {"eighteen", C_NUMW, 18},
    {"eighteenth", C_ORDW, 18},
    {"eighth", C_ORDW, 8},
    {"eighty", C_NUMW, 80},
    {"eleven", C_NUMW, 11},
    {"eleventh", C_ORDW, 11},
    {"end", C_KEY, K_END},
    {"eve", C_KEY, K_EVE},
    {"evening", C_DPART, D_EV},
    {"evenings", C_DPART, D_EV},
    {"every", C_KEY, K_EVERY},
    {"fall", C_SEASON, S_FA},
    {"feb", C_MONTH, 2},
    {"february", C_MONTH, 2},
    {"few", C_NUMW, -2},
    {"fifteen", C_NUMW, 15},
    {"fifteenth", C_ORDW, 15},
    {"fifth", C_ORDW, 5},
    {"fifty", C_NUMW, 50},
    {"first", C_ORDW, 1},
    {"fiscal", C_KEY, K_FISCAL},
    {"five", C_NUMW, 5},
    {"following", C_KEY, K_FOLLOWING},
    {"for", C_KEY, K_FOR},
    {"formerly", C_KEY, K_PREVIOUSLY},
    {"fortnight", C_UNIT, U_FORTNIGHT},
    {"fortnights", C_UNITP, U_FORTNIGHT},
    {"forty", C_NUMW, 40},
    {"four", C_NUMW, 4},
    {"fourteen", C_NUMW, 14},
    {"fourteenth", C_ORDW, 14},
    {"fourth", C_ORDW, 4},
    {"friday", C_WDAY, 5},
    {"fridays", C_WDAYP, 5},
    {"from", C_KEY, K_FROM},
    {"full", C_KEY, K_FULL},
    {"future", C_KEY, K_FUTURE},
    {"half", C_KEY, K_HALF},
    {"hour", C_UNIT, U_HOUR},
    {"hourly", C_KEY, K_HOURLY},
    {"hours", C_UNITP, U_HOUR},
    {"hrs", C_UNITP, U_HOUR},
    {"hundred", C_NUMW, 100},
    {"in", C_KEY, K_IN},
    {"jan", C_MONTH, 1},
    {"january", C_MONTH, 1},
    {"jul", C_MONTH, 7},
    {"july", C_MONTH, 7},
    {"jun", C_MONTH, 6},
    {"june", C_MONTH, 6},
    {"just", C_KEY, K_ABOUT},
    {"last", C_KEY, K_LAST},
    {"late", C_KEY, K_LATE},
    {"lately", C_KEY, K_RECENTLY},
    {"later", C_KEY, K_LATER},
    {"latest", C_KEY, K_LATEST},
    {"less", C_KEY, K_LESS},
    {"many", C_NUMW, -2},
    {"mar", C_MONTH, 3},
    {"march", C_MONTH, 3},
    {"may", C_MONTH, 5},
    {"mid", C_KEY, K_MID},
    {"midday", C_KEY, K_NOON},
    {"middle", C_KEY, K_MIDDLE},
    {"midnight", C_KEY, K_MIDNIGHT},
    {"min", C_UNIT, U_MIN},
    {"mins", C_UNITP, U_MIN},
    {"minute", C_UNIT, U_MIN},
    {"minutes", C_UNITP, U_MIN},
    {"moment", C_KEY, K_MOMENT},
    {"monday", C_WDAY, 1},
    {"mondays", C_WDAYP, 1},
    {"month", C_UNIT, U_MONTH},
    {"monthly", C_KEY, K_MONTHLY},
    {"months", C_UNITP, U_MONTH},
    {"more", C_KEY, K_MORE},
    {"morning", C_DPART, D_MO},
    {"mornings", C_DPART, D_MO},
    {"most", C_KEY, K_MOST},
    {"nearly", C_KEY, K_ABOUT},
    {"next", C_KEY, K_NEXT},
    {"night", C_DPART, D_NI},
    {"nights", C_DPART, D_NI},
    {"nightly", C_KEY, K_NIGHTLY},
    {"nine", C_NUMW, 9},
    {"nineteen", C_NUMW, 19},
    {"nineteenth", C_ORDW, 19},
    {"ninety", C_NUMW, 90},
    {"ninth", C_ORDW, 9},
    {"noon", C_KEY, K_NOON},
    {"nov", C_MONTH, 11},
    {"november", C_MONTH, 11},
    {"now", C_KEY, K_NOW},
    {"nowadays", C_KEY, K_CURRENTLY},
    {"numerous", C_NUMW, -2},
    {"oct", C_MONTH, 10},
    {"october", C_MONTH, 10},
    {"of", C_KEY, K_OF},
    {"on", C_KEY, K_ON},
    {"once", C_KEY, K_ONCE},
    {"one", C_NUMW, 1},
    {"only", C_KEY, K_ABOUT},
    {"over", C_KEY, K_OVER},
    {"overnight", C_DPART, D_NI},
    {"p.m", C_KEY, K_PM},
    {"p.m.", C_KEY, K_PM},
    {"past", C_KEY, K_PAST},
    {"per", C_KEY, K_PER},
    {"percent", C_KEY, K_PERCENT},
    {"period", C_KEY, K_PERIOD},
    {"pm", C_KEY, K_PM},
    {"preceding", C_KEY, K_PREVIOUS},
    {"present", C_KEY, K_PRESENT},
    {"previous", C_KEY, K_PREVIOUS},
    {"previously", C_KEY, K_PREVIOUSLY},
    {"quarter", C_UNIT, U_QUARTER},
    {"quarterly", C_KEY, K_QUARTERLY},
    {"quarters", C_UNITP, U_QUARTER},
    {"recent", C_KEY, K_RECENT},
    {"recently", C_KEY, K_RECENTLY},
    {"roughly", C_KEY, K_ABOUT},
    {"same", C_KEY, K_SAME},
    {"saturday", C_WDAY, 6},
    {"saturdays", C_WDAYP, 6},
    {"second", C_UNIT, U_SEC},
    {"seconds", C_UNITP, U_SEC},
    {"sep", C_MONTH, 9},
    {"sept", C_MONTH, 9},
    {"september", C_MONTH, 9},
    {"seven", C_NUMW, 7},
    {"seventeen", C_NUMW, 17},
    {"seventeenth", C_ORDW, 17},
    {"seventh", C_ORDW, 7},
    {"seventy", C_NUMW, 70},
    {"several", C_NUMW, -2},
    {"shall", C_KEY, K_WILL},
    {"shortly", C_KEY, K_SOON},
    {"since", C_KEY, K_SINCE},
    {"six", C_NUMW, 6},
    {"sixteen", C_NUMW, 16},
    {"sixteenth", C_ORDW, 16},
    {"sixth", C_ORDW, 6},
    {"sixty", C_NUMW, 60},
    {"some", C_NUMW, -2},
    {"soon", C_KEY, K_SOON},
    {"spring", C_SEASON, S_SP},
    {"start", C_KEY, K_BEGINNING},
    {"summer", C_SEASON, S_SU},
    {"sunday", C_WDAY, 7},
    {"sundays", C_WDAYP, 7},
    {"ten", C_NUMW, 10},
    {"tenth", C_ORDW, 10},
    {"than", C_KEY, K_THAN},
    {"that", C_KEY, K_THAT},
    {"the", C_KEY, K_THE},
    {"third", C_ORDW, 3},
    {"thirteen", C_NUMW, 13},
    {"thirteenth", C_ORDW, 13},
    {"thirtieth", C_ORDW, 30},
    {"thirty", C_NUMW, 30},
    {"this", C_KEY, K_THIS},
    {"three", C_NUMW, 3},
    {"through", C_KEY, K_UNTIL},
    {"throughout", C_KEY, K_OVER},
    {"thursday", C_WDAY, 4},
    {"thursdays", C_WDAYP, 4},
    {"till", C_KEY, K_UNTIL},
    {"times", C_KEY, K_TIMES},
    {"to", C_KEY, K_TO},
    {"today", C_KEY, K_TODAY},
    {"tomorrow", C_KEY, K_TOMORROW},
    {"tonight", C_KEY, K_TONIGHT},
    {"tuesday", C_WDAY, 2},
    {"tuesdays", C_WDAYP, 2},
    {"twelfth", C_ORDW, 12},
    {"twelve", C_NUMW, 12},
    {"twentieth", C_ORDW, 20},
    {"twenty", C_NUMW, 20},
    {"twice", C_KEY, K_TWICE},
    {"two", C_NUMW, 2},
    {"until", C_KEY, K_UNTIL},
    {"upcoming", C_KEY, K_COMING},
    {"wednesday", C_WDAY, 3},
    {"wednesdays", C_WDAYP, 3},
    {"week", C_UNIT, U_WEEK},
    {"weekend", C_UNIT, U_WEEKEND},
    {"weekends", C_UNITP, U_WEEKEND},
    {"weekly", C_KEY, K_WEEKLY},
    {"weeks", C_UNITP, U_WEEK},
    {"will", C_KEY, K_WILL},
    {"winter", C_SEASON, S_WI},
    {"within", C_KEY, K_WITHIN},
    {"year", C_UNIT, U_YEAR},
    {"year-ago", C_KEY, K_YEARAGO},
    {"year-earlier", C_KEY, K_YEARAGO},
    {"year-end", C_KEY, K_YEAREND},
    {"year-long", C_KEY, K_YEARLONG},
    {"yearlong", C_KEY, K_YEARLONG},
    {"yearly", C_KEY, K_ANNUALLY},
    {"years", C_UNITP, U_YEAR},
    {"yesterday", C_KEY, K_YESTERDAY},
    {"yr", C_UNIT, U_YEAR},
    {"yrs", C_UNITP, U_YEAR},
    {"zero", C_NUMW, 0},
};

/* An open-addressing hash of S_words: slot (S_hash(word) + probe) mod 1024
 * holds the entry's index + 1, 0 when empty (linear probing, entries
 * inserted in table order).  lede__check_dates checks that it finds
 * every entry, so a stale table fails the tests: after editing S_words,
 * rebuild it by that rule. */
#define S_SLOTS 1024

static const unsigned char S_slot[S_SLOTS] = {
      0,   0, 137,   0,   0,   0,  53,   0,   0,   0, 243, 205, 221,   0,   0,   0,
      0,   0,   0, 219,   0,   0,   0,  12,   0,   0,   0,   0,   0,   0,  82,  96,
     79, 112, 183,   0,   0,   0,  83,   0,   0,  27, 110,   0,  15, 158,   0,   0,
      0,   0,   0,  29, 134,   0, 157,   0,   0,   0,   0,   0,   0,   0,   0, 231,
     16,   0,  26,   0,   0,   0,   0,   0,   0,  95,   0,   0,   0,   0, 155,   0,
    238,   0, 233,   0,   0,   0, 189,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,  44,   0,   0,   0,   0,   0,   0,   0,   0,   0, 199,   0,   0,
      0,   0,   0, 224,   0,   0,   0,   0,   0,   0, 148,   0,   0,   0,   0, 179,
      0,   0,   0,   0,   0,   0,  71,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0,   0,  21,   0,   0,  64, 113, 175,   0,  65,
     48,   0,   0,   0,   0,   0, 131,   0,   0,   0, 152,   0,   0,   0,   0,   0,
    101,   0,   0,   0,   0,   0,   0,  60,  84,   0,   0,   0,   0,   0,   0, 232,
      0,   0,   0,   0,   0,   0,   0,   0,   0,  56,   0,   0,   0,   0,   0, 143,
     62,   0,   0,   0,   0,   0, 103,  47,   7,  34, 216,  35, 242,  78,  89,   0,
      0,   0,   0,  61,   0, 144,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,  54,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   1,
      0,   0,  10,   0,   0,   0,   0,   0,   0,  87,   0,   0,   0,   0, 164,   0,
    203,   0,   0,   0,   0,   0,   0,   0,   0,   0,   5,   0,  50,   0, 111,  38,
      0, 163,   0,   0, 106,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0, 227,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,  33,  74,   0,   0, 236,   0,  18, 130, 176, 173,   0,   0,
    107, 147, 160,   2,   0,   0,   0,   0,   0, 120, 235,   0,   0,  49,   0,   0,
      0,   0,   0,   0,   0,   0,  30,   0,   0,   0,   0,  46,   0,   0, 140, 230,
      0, 171, 181,   0,   3, 215,   0,  92,   0,   0,   0, 218,   0,   0,   0, 217,
      0,   0,   0,   0,   0,   0,   0,   0,   0, 115,   0,   0,   0,   0,   0,   0,
    154,   0,   0,   0, 248,   0,   0, 117,   0,   0,  41, 132, 136,   0,   0,   0,
      0, 204,   0,  67,   0,   0, 165,   0,   0,   0,   0,  31,   0,   0,   0,   0,
      0,   0,   0,  51,   0,   0,   0,   0,   0, 244,   0,   0,   0,   0,   0, 202,
    234,   0,   0,   0,   0,   8, 161,   0,   0, 151,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0, 241,   0,   0,   0,   0,   0,   0,   0,   0,
    142, 191,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0, 184,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0, 169,   0,   0,   0,  45,   0,   0,   0,   0,
      0, 127,   0,   0,   0, 116, 186, 223,   0,   0, 125,   0, 208,   0,  86,   0,
     90, 229,   0,   0,   0,   0,   0,   0, 239,   0,   0, 135,   0,   0, 139,  80,
    109, 190,   0,   0,   0,   0, 105,  28,   0,   0,   0, 226,   0, 180,   0,   0,
      0,   0,   4,   0,  93,  25,   0,   0,   0,   0,   0,   0,  76,   0,   0,   0,
      0,   0,   0,  23,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
     75, 166,   0,   0, 211, 220, 197,  14,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,  91,   0,   0,   0,   0,   0,   0,   0,   0, 145,
      0,   0,   0,  66, 170,  24, 121, 162,  36, 188,   0,   0,   0,   0,   0,   0,
      0,   0, 209, 200,   0,   0,   0,   0,   0,  52,   0,  97,   0,   0,   0,   0,
      0, 114,   0,   0,   0,   0,   0,   0,   0,   0,   0,  58,   0,   0,   0,   0,
     63,   0,   0,   0,   0, 159,  72,   0,   0,   0,   9,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0,   0,   0,  68, 123,   0,   0,   0, 141,   0,
      0,   0,   0,  22,  81,   0, 167,  55,   0,  20,   0,   0,   0,   0,   0,   0,
      0,   0, 118,   0,   0,   0,  17,   0,   0, 119,   0,   0,   0,   0,   0,   0,
      0,   0,  70, 246,   0,   0, 177,   0,   0,   0,   0,   0, 128,   0, 240,   0,
      0,   0, 195,   0,   0,  13, 172,   0,   0,   0,   0,   0, 201,   0,   0,   0,
      0,   0,   0, 129, 168,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,  98,   0,   0,
      0,   0,   0, 247, 212,   0,   0,   0,   0,   0,   0,   0, 196,   0, 124,   0,
      0,   0, 207,   0,   0, 174,   0,   0, 100,  11,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0, 150,   0,   0,   0, 153, 245,  94,   0,   0,
      0,   0,  32,   0,   0,   0,   0,   0,   0,  85,   0,   0,   0,   0,   0,   0,
      0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,  73,  77, 222,
      0,   0,   0, 192,   0, 193,   0,   0, 237,   0,   0, 149,   0,   0,  40,   0,
      0,   0,   0, 185,   0,   0,   0,   0,   0,   0,   0,  69,   0,   0,   0,   0,
     59, 214, 102,   0, 126,   0,  19,   0,   0,   0,  42,   0,   0,   0,   0,  57,
      0,   0,   0,  39, 156,   0,   0,   0,   0,   0,   0,   0, 228,   0,   0,   0,
      0,  37,   0,   0,   0,   0,   0,   0,   0,   0,   6, 198,   0,   0,   0, 210,
      0,  99,   0, 182,   0,   0,   0,   0,   0,   0, 104,   0,   0,   0,   0, 133,
      0,   0,   0,   0,   0, 122, 187,   0,   0,   0,   0,   0, 178,  88,   0,   0,
      0,   0,   0,   0,   0,   0,   0,   0,   0,  43, 108,   0,   0, 213,   0,   0,
    206,   0, 194,   0,   0, 138,   0,   0,   0,   0,   0, 146,   0, 225,   0,   0,
};

/* ==== Tokens ============================================================ */

/* Hash of a lower-case word, as S_slot was built with: its bytes as
 * little-endian 64-bit words, zero past the end, each mixed in by a
 * multiply; the top 10 bits. */
#define S_MIX UINT64_C(0x9E3779B97F4A7C15)

static inline uint32_t S_hash_top(uint64_t h) { return (uint32_t)(h >> 54); }

static uint32_t S_hash(const char *s, size_t n) {
  uint64_t h = n;
  for (size_t k = 0; k < n; k += 8) {
    uint64_t w = 0;
    for (size_t i = 0; i < 8 && k + i < n; i++)
      w |= (uint64_t)(unsigned char)s[k + i] << (8 * i);
    h = (h ^ w) * S_MIX;
  }
  return S_hash_top(h);
}

/* The entry for low (NUL-terminated) with hash h, or NULL. */
static inline const S_word *S_lookup(const char *low, uint32_t h) {
  for (size_t x = h % S_SLOTS;; x = (x + 1) % S_SLOTS) {
    unsigned k = S_slot[x];
    if (!k) return NULL;
    const char *w = S_words[k - 1].w;
    size_t i = 0;
    while (w[i] && w[i] == low[i]) i++;
    if (w[i] == low[i]) return &S_words[k - 1];
  }
}

/* Month, weekday, number word or unit from a lower-case word. */
static int S_month_word(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '.')) return 0;
  return lede__month_from_name(s, n);
}

static int S_numword(const char *s, size_t n) {
  char b[16];
  if (n >= sizeof b) return -1;
  memcpy(b, s, n);
  b[n] = 0;
  const S_word *w = S_lookup(b, S_hash(b, n));
  if (w && w->cls == C_NUMW && w->val >= 0) return w->val;
  return -1;
}

/* Number from digits or words, incl. "twenty-five"; -1 if none. */
int lede__date_number(const char *s, size_t n) {
  int v = S_digits(s, n);
  if (v >= 0) return v;
  const char *h = memchr(s, '-', n);
  if (h) {
    int t = S_numword(s, (size_t)(h - s));
    int u = S_numword(h + 1, n - (size_t)(h - s) - 1);
    if (t >= 20 && t % 10 == 0 && t < 100 && u >= 1 && u <= 9) return t + u;
    return -1;
  }
  return S_numword(s, n);
}

static int S_ordinal_digits(const char *s, size_t n) {
  if (n < 3 || n > 4) return 0;
  size_t k = 0;
  while (k < n && S_isdig(s[k])) k++;
  if (k == 0 || n - k != 2) return 0;
  const char *x = s + k;
  if (memcmp(x, "st", 2) && memcmp(x, "nd", 2) && memcmp(x, "rd", 2) &&
      memcmp(x, "th", 2))
    return 0;
  int v = S_digits(s, k);
  return v >= 1 && v <= 99 ? v : 0;
}

/* A token that starts with a digit: a number, an ordinal, an ISO,
 * dotted or slashed date, a clock time, a decade; 1 once classified, 0
 * to go on ("8-month-old"). */
static int S_classify_digits(S_tok *t, const char *l, size_t n) {
  int v = S_digits(l, n);
  if (v >= 0) {
    t->num = v;
    t->ndig = (unsigned char)n;
    return 1;
  }
  /* "1,500", "10,000": a count in groups of three, never a year
   * (ndig stays 0) */
  if (n >= 5 && n <= 11 && S_digits(l, 1) >= 0) {
    size_t h = 0;
    while (h < n && S_isdig(l[h])) h++;
    int g = h >= 1 && h <= 3 && (n - h) % 4 == 0 ? S_digits(l, h) : -1;
    for (size_t x = h; g >= 0 && x < n; x += 4)
      g = l[x] == ',' && S_digits(l + x + 1, 3) >= 0 ? g * 1000 + S_digits(l + x + 1, 3)
                                                     : -1;
    if (g > 0) {
      t->num = g;
      return 1;
    }
  }
  int o = S_ordinal_digits(l, n);
  if (o) {
    t->ord = (signed char)o;
    t->num = o;
    return 1;
  }
  /* 2021-03-10T14:30, 2021-03-10T14:30:00Z, ...T14:30:00.250+01:00:
   * the time of that day, as written (the offset is not applied) */
  if (n >= 16 && l[4] == '-' && l[7] == '-' && l[10] == 't' && l[13] == ':' &&
      S_digits(l, 4) >= 0 && S_digits(l + 5, 2) >= 0 && S_digits(l + 8, 2) >= 0 &&
      S_digits(l + 11, 2) >= 0 && S_digits(l + 14, 2) >= 0) {
    size_t q = 16;
    int ss = -1;
    if (q + 3 <= n && l[q] == ':' && S_digits(l + q + 1, 2) >= 0) {
      ss = S_digits(l + q + 1, 2);
      q += 3;
      if (q < n && (l[q] == '.' || l[q] == ',') && q + 1 < n && S_isdig(l[q + 1]))
        for (q++; q < n && S_isdig(l[q]);) q++;
    }
    if (q < n && l[q] == 'z') q++;
    else if (q < n && (l[q] == '+' || l[q] == '-') && q + 3 <= n &&
             S_digits(l + q + 1, 2) >= 0) {
      q += 3;
      if (q < n && l[q] == ':') q++;
      if (q + 2 <= n && S_digits(l + q, 2) >= 0) q += 2;
    }
    int hh = S_digits(l + 11, 2), mi = S_digits(l + 14, 2);
    if (q == n && hh <= 24 && mi <= 59 && ss <= 60) {
      t->kind = TK_ISO;
      t->a = S_digits(l, 4);
      t->b = S_digits(l + 5, 2);
      t->c = S_digits(l + 8, 2);
      t->hh1 = (signed char)(hh + 1);
      t->mi2 = (signed char)mi;
      t->ss1 = (signed char)(ss + 1);
    }
    return 1;
  }
  /* 2021-03-10, 2021-03 */
  if ((n == 10 || n == 7) && l[4] == '-' && S_digits(l, 4) >= 0 &&
      S_digits(l + 5, 2) >= 0 && (n == 7 || (l[7] == '-' &&
                                             S_digits(l + 8, 2) >= 0))) {
    t->kind = TK_ISO;
    t->a = S_digits(l, 4);
    t->b = S_digits(l + 5, 2);
    t->c = n == 10 ? S_digits(l + 8, 2) : 0;
    return 1;
  }
  /* 19.02.2010: day, month and year with dots, as European outlets
   * write them */
  /* (a sentence's last token keeps its full stop, as "U.S." does) */
  size_t n0 = n;
  if (n == 11 || n == 10 || n == 9)
    if (l[n - 1] == '.' && S_isdig(l[n - 2])) n--;
  if (n >= 8 && n <= 10 && l[n - 5] == '.' && S_digits(l + n - 4, 4) >= 1000) {
    const char *d1 = memchr(l, '.', n);
    size_t dl = (size_t)(d1 - l), ml = dl + 1 < n - 5 ? n - 5 - dl - 1 : 0;
    int dd = S_digits(l, dl), mm = ml >= 1 ? S_digits(d1 + 1, ml) : -1;
    if (dl >= 1 && dl <= 2 && ml >= 1 && ml <= 2 && dd >= 1 && dd <= 31 &&
        mm >= 1 && mm <= 12) {
      t->kind = TK_ISO;
      t->a = S_digits(l + n - 4, 4);
      t->b = mm;
      t->c = dd;
      t->e -= n0 - n;
      return 1;
    }
  }
  n = n0;
  /* a/b/c */
  const char *p1 = memchr(l, '/', n);
  if (p1) {
    const char *p2 = memchr(p1 + 1, '/', n - (size_t)(p1 + 1 - l));
    size_t l1 = (size_t)(p1 - l);
    if (!p2) {
      /* 10/2013: a month */
      int a = S_digits(l, l1), b = S_digits(p1 + 1, n - l1 - 1);
      if (l1 <= 2 && a >= 1 && a <= 12 && n - l1 - 1 == 4 && b >= 1000 &&
          b <= 2099) {
        t->kind = TK_ISO;
        t->a = b;
        t->b = a;
        t->c = 0;
      }
      return 1;
    }
    if (l1 == 4) {
      /* 2013/9/21 */
      size_t l2 = (size_t)(p2 - p1 - 1), l3 = n - (size_t)(p2 + 1 - l);
      int y = S_digits(l, 4), m = S_digits(p1 + 1, l2), d = S_digits(p2 + 1, l3);
      if (y >= 1000 && y <= 2099 && l2 >= 1 && l2 <= 2 && l3 >= 1 && l3 <= 2 &&
          m >= 1 && d >= 1) {
        t->kind = TK_ISO;
        t->a = y;
        t->b = m;
        t->c = d;
      }
      return 1;
    }
    if (p2) {
      int a = S_digits(l, (size_t)(p1 - l));
      int b = S_digits(p1 + 1, (size_t)(p2 - p1 - 1));
      size_t cl = n - (size_t)(p2 + 1 - l);
      int c = S_digits(p2 + 1, cl);
      if (a >= 1 && b >= 1 && c >= 0 && p1 - l <= 2 && p2 - p1 - 1 <= 2 &&
          (cl == 4 || cl == 2)) {
        t->kind = TK_SLASH;
        t->a = a;
        t->b = b;
        t->c = cl == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
      }
    }
    return 1;
  }
  /* Clock: 10:30, 10.30am, 10am, 10:30pm */
  size_t k = 0;
  while (k < n && S_isdig(l[k])) k++;
  int hh = S_digits(l, k), mi = 0;
  size_t r = k;
  if (k <= 2 && r < n && (l[r] == ':' || l[r] == '.') && r + 3 <= n &&
      S_isdig(l[r + 1]) && S_isdig(l[r + 2])) {
    mi = (l[r + 1] - '0') * 10 + (l[r + 2] - '0');
    r += 3;
    /* 08:30:00 */
    if (l[r - 3] == ':' && r + 3 <= n && l[r] == ':' && S_isdig(l[r + 1]) &&
        S_isdig(l[r + 2]) && (l[r + 1] - '0') * 10 + (l[r + 2] - '0') < 60) {
      t->ss1 = (signed char)((l[r + 1] - '0') * 10 + (l[r + 2] - '0') + 1);
      r += 3;
    }
    /* "08.30" alone may be a decimal: S_clock wants a zone after it. */
  } else if (r == k && k <= 2) {
    if (r == n) r = 0;
  } else {
    r = 0;
  }
  if (r && k <= 2 && hh >= 0 && hh <= 24 && mi < 60 && r + 4 <= n && l[r] == '-') {
    /* 1:15-2:45pm: a range of clock times, sharing am/pm */
    size_t q = r + 1, k2 = q;
    while (k2 < n && S_isdig(l[k2]) && k2 - q < 3) k2++;
    size_t hd = k2 - q;
    int h2 = S_digits(l + q, hd), m2 = 0;
    if (k2 < n && l[k2] == ':' && k2 + 3 <= n && S_isdig(l[k2 + 1]) && S_isdig(l[k2 + 2])) {
      m2 = (l[k2 + 1] - '0') * 10 + (l[k2 + 2] - '0');
      k2 += 3;
    }
    const char *x = l + k2;
    size_t xl = n - k2;
    int ap = xl == 0 ? 0 : (xl == 2 && !memcmp(x, "am", 2)) || (xl == 4 && !memcmp(x, "a.m.", 4)) ? 1
           : (xl == 2 && !memcmp(x, "pm", 2)) || (xl == 4 && !memcmp(x, "p.m.", 4)) ? 2 : -1;
    if (hd >= 1 && hd <= 2 && h2 >= 0 && h2 <= 24 && m2 < 60 && ap >= 0 &&
        (ap || l[r - 3] == ':') && !(ap && (h2 > 12 || hh > 12))) {
      t->kind = TK_CLOCK;
      t->a = hh;
      t->b = mi;
      t->ampm = (signed char)ap;
      t->cut = (unsigned char)r;
      t->mod = (signed char)h2;
      t->mi2 = (signed char)m2;
      return 1;
    }
  }
  if (r && k <= 2 && hh >= 0 && hh <= 24 && mi < 60) {
    const char *x = l + r;
    size_t xl = n - r;
    int ap = 0;
    if (xl == 0) ap = 0;
    else if (xl == 2 && !memcmp(x, "am", 2)) ap = 1;
    else if (xl == 2 && !memcmp(x, "pm", 2)) ap = 2;
    else if (xl == 4 && !memcmp(x, "a.m.", 4)) ap = 1;
    else if (xl == 4 && !memcmp(x, "p.m.", 4)) ap = 2;
    else if (xl == 3 && !memcmp(x, "a.m", 3)) ap = 1;
    else if (xl == 3 && !memcmp(x, "p.m", 3)) ap = 2;
    else ap = -1;
    if (ap >= 0 && !(ap == 0 && r == k) && !(ap && hh > 12)) {
      t->kind = TK_CLOCK;
      t->a = hh;
      t->b = mi;
      t->c = ap == 0 && l[k] == '.'; /* 08.30: needs a zone */
      t->ampm = (signed char)ap;
      return 1;
    }
  }
  /* 1990s, 90s */
  if ((n == 5 || n == 3) && l[n - 1] == 's' && l[n - 2] == '0' &&
      S_digits(l, n - 1) >= 0) {
    t->kind = TK_DECADE;
    t->a = S_digits(l, n - 1);
    t->b = (int)n - 1;
    return 1;
  }
  return 0;
}

/* A token of two parts joined by one hyphen: "mid-March", "two-week",
 * "third-quarter", "2014-2015" ... */
static void S_classify_hyphen(S_tok *t, const char *l, size_t n, const char *h) {
  size_t ll = (size_t)(h - l), rl = n - ll - 1;
  const char *rs = h + 1;
  char rb[sizeof ((S_tok *)0)->low];
  memcpy(rb, rs, rl);
  rb[rl] = 0;
  const S_word *rw = S_lookup(rb, S_hash(rb, rl));
  /* mid-March, early-2020, late-1990s */
  int pre = 0;
  if (ll == 3 && !memcmp(l, "mid", 3)) pre = K_MID;
  if (ll == 5 && !memcmp(l, "early", 5)) pre = K_EARLY;
  if (ll == 4 && !memcmp(l, "late", 4)) pre = K_LATE;
  if (ll == 3 && !memcmp(l, "pre", 3)) pre = K_BEFORE;   /* pre-1990 */
  if (ll == 4 && !memcmp(l, "post", 4)) pre = K_AFTER;   /* post-1959 */
  if (pre) {
    int m = S_month_word(rs, rl);
    int y = S_digits(rs, rl);
    if (m || (y >= 1000 && y <= 2099 && rl == 4) ||
        (rl == 5 && rs[4] == 's' && S_digits(rs, 4) >= 0)) {
      t->kind = TK_MODX;
      t->mod = (signed char)pre;
      t->a = m;
      t->b = m ? 0 : S_digits(rs, 4);
      t->c = (!m && rl == 5); /* decade */
      return;
    }
  }
  /* mid-afternoon, early-morning: a part of day */
  if (pre && pre != K_BEFORE && pre != K_AFTER && rw && rw->cls == C_DPART &&
      !(rl > 0 && rs[rl - 1] == 's')) {
    t->cls = C_DPART;
    t->val = rw->val;
    return;
  }
  /* third-quarter, first-half */
  if ((rl == 7 && !memcmp(rs, "quarter", 7)) || (rl == 4 && !memcmp(rs, "half", 4))) {
    static const char *const o[] = {"first", "second", "third", "fourth"};
    for (int i = 0; i < 4; i++)
      if (strlen(o[i]) == ll && !memcmp(l, o[i], ll)) {
        t->kind = TK_QTR;
        t->a = i + 1;
        t->b = rl == 7 ? U_QUARTER : 0;
        if (!t->b && i > 1) t->kind = TK_PLAIN;
        return;
      }
  }
  /* "the fiscal-first quarter": the ordinal of a fiscal period */
  if (ll == 6 && !memcmp(l, "fiscal", 6) && rw && rw->cls == C_ORDW &&
      rw->val <= 4) {
    t->ord = rw->val;
    return;
  }
  /* "day-long", "decades-long", "several-year", "multi-year": a
   * stretch of that unit, its count unsaid for a plural */
  {
    char lb[sizeof ((S_tok *)0)->low];
    memcpy(lb, l, ll);
    lb[ll] = 0;
    const S_word *lw = S_lookup(lb, S_hash(lb, ll));
    if (lw && (lw->cls == C_UNIT || lw->cls == C_UNITP) && lw->val != U_SEC &&
        rl == 4 && !memcmp(rs, "long", 4)) {
      t->kind = TK_NUMUNIT;
      t->a = lw->cls == C_UNITP ? -1 : 1;
      t->b = lw->val;
      return;
    }
    if (rw && rw->cls == C_UNIT && rw->val != U_SEC &&
        ((ll == 7 && !memcmp(l, "several", 7)) || (ll == 5 && !memcmp(l, "multi", 5)))) {
      t->kind = TK_NUMUNIT;
      t->a = -1;
      t->b = rw->val;
      return;
    }
  }
  /* two-week, 48-hour; "one-quarter", "three-quarter" are shares */
  if (rw && rw->cls == C_UNIT) {
    int v = lede__date_number(l, ll);
    if (v > 0 && !(rw->val == U_QUARTER && (v == 1 || v == 3))) {
      t->kind = TK_NUMUNIT;
      t->a = v;
      t->b = rw->val;
      return;
    }
  }
  /* twenty-five; twenty-first */
  int v = lede__date_number(l, n);
  if (v > 0) t->num = v;
  /* a number word as any other: "twenty-four hours" */
  if (v > 0 && t->cls == C_NONE && S_digits(l, n) < 0) {
    t->cls = C_NUMW;
    t->val = v;
  }
  if (rw && rw->cls == C_ORDW && rw->val <= 9) {
    int tens = S_numword(l, ll);
    if (tens >= 20 && tens <= 30 && tens % 10 == 0 && tens + rw->val <= 31)
      t->ord = (signed char)(tens + rw->val);
  }
  /* "March 3-5", "3rd-5th June": a range of days, taken at its first */
  int d1 = S_digits(l, ll), d2 = S_digits(rs, rl);
  int o1 = S_ordinal_digits(l, ll), o2 = S_ordinal_digits(rs, rl);
  if (o1 && o2) {
    d1 = o1;
    d2 = o2;
  }
  if (((ll <= 2 && rl <= 2) || (o1 && o2)) && d1 >= 1 && d2 > d1 && d2 <= 31) {
    t->num = d1;
    t->ndig = (unsigned char)(o1 && o2 ? ll - 2 : ll);
    t->cut = (unsigned char)ll;
    t->b = d2;
  }
  /* 2014-2015: a span of years */
  if (ll == 4 && rl == 4 && d1 >= 1000 && d2 > d1 && d2 <= 2099 && d2 - d1 < 100) {
    t->kind = TK_ISO;
    t->a = d1;
    t->b = d2;
    t->c = 0;
    t->cut = 4;
  }
}

/* ASCII lower-case copy of s[0..n) (0 < n < 32) into low, NUL-terminated;
 * returns S_hash of it.  Eight bytes at a time where room, the bytes
 * readable at s, is 32 or more; else byte by byte. */
#define S_ONES UINT64_C(0x0101010101010101)
#define S_HIGH UINT64_C(0x8080808080808080)

/* The low r bytes (1 <= r <= 8) of a little-endian word. */
static inline uint64_t S_first_bytes(size_t r) { return ~UINT64_C(0) >> (64 - 8 * r); }

/* ASCII upper-case letters of eight bytes to lower case. */
static inline uint64_t S_lower8(uint64_t x) {
  uint64_t m = x & ~S_HIGH;
  /* high bit: 'A' <= byte <= 'Z' */
  m = ((m + S_ONES * (0x80 - 'A')) ^ (m + S_ONES * (0x7F - 'Z'))) & ~x & S_HIGH;
  return x | m >> 2;
}

/* The high bit of each byte of y that is '-'. */
static inline uint64_t S_dashes8(uint64_t y) {
  y ^= S_ONES * '-';
  return ~(((y & ~S_HIGH) + ~S_HIGH) | y | ~S_HIGH);
}

static inline uint32_t S_lower_copy(char *low, const char *s, size_t n, size_t room) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (room >= 32) {
    uint64_t h = n;
    for (size_t k = 0;; k += 8) {
      uint64_t x;
      memcpy(&x, s + k, 8);
      x = S_lower8(x);
      memcpy(low + k, &x, 8);
      if (n - k <= 8) {
        h = (h ^ (x & S_first_bytes(n - k))) * S_MIX;
        break;
      }
      h = (h ^ x) * S_MIX;
    }
    low[n] = 0;
    return S_hash_top(h);
  }
#endif
  (void)room;
  for (size_t i = 0; i < n; i++) low[i] = (char)lede__lower[(unsigned char)s[i]];
  low[n] = 0;
  return S_hash(low, n);
}

static void S_classify_rest(S_tok *t, const char *s, size_t n);

/* Has low[0..n) (n < 32, low of 32 bytes) a '-'? */
static inline int S_has_dash(const char *low, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (size_t k = 0; k < n; k += 8) {
    uint64_t y;
    memcpy(&y, low + k, 8);
    y = S_dashes8(y);
    if (n - k < 8) y &= S_first_bytes(n - k);
    if (y) return 1;
  }
  return 0;
#else
  return memchr(low, '-', n) != NULL;
#endif
}

/* Would S_may_lead turn down plain token t by its first byte b0 (the
 * quote before '90s, the holidays and "these", "then")? */
static inline int S_dull_byte(unsigned char b0) {
  return b0 != '\'' && b0 != 0xE2 && b0 != 'e' && b0 != 'n' && b0 != 't';
}

/* Is key word v one no expression starts at?  Prepositions and the like
 * only ever follow or join a core. */
static inline int S_dull_key(int v) {
  switch (v) {
  case K_OF: case K_IN: case K_ON: case K_TO: case K_FOR: case K_BY:
  case K_FROM: case K_SINCE: case K_UNTIL: case K_DURING: case K_WITHIN:
  case K_OVER: case K_BETWEEN: case K_AFTER: case K_BEFORE: case K_AGO:
  case K_AM: case K_PM: case K_PERCENT: case K_THAN: case K_WILL:
    return 1;
  default: return 0;
  }
}

/* Token t (its low of n bytes) is vocabulary word w. */
static inline void S_set_word(S_tok *t, const S_word *w, size_t n) {
  t->cls = w->cls;
  t->val = w->val;
  if (w->cls == C_NUMW) t->num = w->val;
  if (w->cls == C_ORDW) t->ord = w->val;
  if (w->cls == C_UNITP) t->plural = 1;
  if (w->cls == C_DPART && n > 5 && t->low[n - 1] == 's') t->plural = 1;
  if (w->cls == C_MONTH) t->mon = w->val;
  if (w->cls == C_WDAY || w->cls == C_WDAYP) {
    t->wd = w->val;
    t->plural = w->cls == C_WDAYP;
  }
  if (w->cls >= C_MONTH) t->cls = C_NONE;
  if (w->cls == C_KEY) t->dull = (unsigned char)S_dull_key(w->val);
}

/* Class, value and lower-case text of token t of text (len bytes), and
 * whether it is dull: a plain word no expression starts at. */
static inline __attribute__((always_inline)) void S_classify(S_tok *t, const char *text,
                                                             size_t len) {
  size_t n = t->e - t->s;
  const char *s = text + t->s;
  t->num = -1;
  if (!n || n >= sizeof t->low) {
    t->low[0] = 0;
    t->dull = 1;
    return;
  }
  uint32_t hv = S_lower_copy(t->low, s, n, len - t->s);
  const char *l = t->low;
  /* Byte class first: only a letter, a digit or '%' can start a
   * vocabulary word or a number; other punctuation and non-ASCII text
   * need no look-up. */
  unsigned char b0 = (unsigned char)l[0];
  if ((b0 >= 'a' && b0 <= 'z') || b0 == '%') {
    const S_word *w = S_lookup(l, hv);
    if (w) {
      S_set_word(t, w, n);
      return;
    }
    /* a word read further has a hyphen or is q3, H1 */
    if (!(n == 2 && l[1] >= '1' && l[1] <= '4') && !S_has_dash(l, n)) {
      t->dull = (unsigned char)S_dull_byte(b0);
      return;
    }
  } else if (!S_isdig(b0)) {
    t->dull = (unsigned char)S_dull_byte(b0);
    return;
  }
  S_classify_rest(t, s, n);
  t->dull = (unsigned char)(S_plain(t) && S_dull_byte(b0));
}

/* The rest of S_classify: numbers, q3, H1 and hyphenated tokens. */
static __attribute__((noinline)) void S_classify_rest(S_tok *t, const char *s, size_t n) {
  const char *l = t->low;
  if (S_isdig(l[0]) && S_classify_digits(t, l, n)) return;
  /* q3 */
  if (n == 2 && l[0] == 'q' && l[1] >= '1' && l[1] <= '4') {
    t->kind = TK_QTR;
    t->a = l[1] - '0';
    t->b = U_QUARTER;
    return;
  }
  /* H1, H2: a half, written so only next to its year ("H1 2021"; "H2"
   * alone is hydrogen); c = 1 asks for the year */
  if (n == 2 && s[0] == 'H' && (l[1] == '1' || l[1] == '2')) {
    t->kind = TK_QTR;
    t->a = l[1] - '0';
    t->b = 0;
    t->c = 1;
    return;
  }
  /* what follows reads a hyphen */
  if (!memchr(l, '-', n)) return;
  /* "8-month-old", "years-old": an age, or how long a state has lasted
   * (c = 1; S_core tells which by the noun after it) */
  if (n > 5 && !memcmp(l + n - 4, "-old", 4)) {
    size_t m = n - 4;
    const char *h1 = memchr(l, '-', m);
    const char *us = h1 ? h1 + 1 : l;
    size_t ul = m - (size_t)(us - l);
    char ub[sizeof t->low];
    memcpy(ub, us, ul);
    ub[ul] = 0;
    const S_word *uw = ul ? S_lookup(ub, S_hash(ub, ul)) : NULL;
    int v = h1 ? lede__date_number(l, (size_t)(h1 - l)) : -1;
    if (uw && uw->val != U_SEC &&
        ((h1 && uw->cls == C_UNIT && v > 0) || (!h1 && uw->cls == C_UNITP))) {
      t->kind = TK_NUMUNIT;
      t->a = h1 ? v : -1;
      t->b = uw->val;
      t->c = 1;
      return;
    }
  }
  const char *h = memchr(l, '-', n);
  if (h && h > l && (size_t)(h - l) + 1 < n) {
    /* 21-September-2013, Oct-2013 */
    const char *h2 = memchr(h + 1, '-', n - (size_t)(h - l) - 1);
    size_t ll = (size_t)(h - l);
    int d = h2 ? S_digits(l, ll) : 0;
    const char *ms = h2 ? h + 1 : l;
    size_t ml = h2 ? (size_t)(h2 - h - 1) : ll;
    const char *ys = h2 ? h2 + 1 : h + 1;
    size_t yl = n - (size_t)(ys - l);
    int m = S_month_word(ms, ml), y = yl == 4 ? S_digits(ys, 4) : -1;
    if (m && y >= 1000 && y <= 2099 && (!h2 || (ll <= 2 && d >= 1))) {
      t->kind = TK_ISO;
      t->a = y;
      t->b = m;
      t->c = h2 ? d : 0;
      return;
    }
  }
  if (h && h > l && (size_t)(h - l) + 1 < n && !memchr(h + 1, '-', n - (size_t)(h - l) - 1))
    S_classify_hyphen(t, l, n, h);
}

/* Does the text t[s, e) name a day itself ("midnight Friday", "9 a.m.
 * tomorrow")? */
int lede__date_names_day(const char *t, size_t s, size_t e) {
  size_t i = s;
  while (i < e) {
    while (i < e && !((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z')) i++;
    size_t w = i;
    char low[16];
    size_t n = 0;
    while (i < e && (((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))) {
      if (n + 1 < sizeof low) low[n] = (char)(t[i] | 0x20);
      n++;
      i++;
    }
    if (n == 0 || n + 1 >= sizeof low || i == w) continue;
    low[n] = 0;
    const S_word *x = S_lookup(low, S_hash(low, n));
    if (x && (x->cls == C_WDAY || x->cls == C_MONTH ||
              (x->cls == C_KEY && (x->val == K_TODAY || x->val == K_YESTERDAY ||
                                   x->val == K_TOMORROW || x->val == K_TONIGHT))))
      return 1;
  }
  return 0;
}

/* A token before any class: no number (the rest zero). */
static const S_tok S_blank = {.num = -1};

/* S_classify of a token of 1 to 15 bytes whose lower case, zero-padded,
 * is l0, l1 (its low written): the same steps on words read eight bytes
 * at a time. */
static inline void S_classify_short(S_tok *t, const char *s, size_t n, uint64_t l0,
                                    uint64_t l1) {
  unsigned b0 = (unsigned)(l0 & 0xFF);
  if (b0 - 'a' < 26u || b0 == '%') {
    uint64_t h = ((uint64_t)n ^ l0) * S_MIX;
    if (n > 8) h = (h ^ l1) * S_MIX;
    for (size_t x = S_hash_top(h);; x = (x + 1) % S_SLOTS) {
      unsigned k = S_slot[x];
      if (!k) break;
      const S_word *w = &S_words[k - 1];
      uint64_t w0, w1;
      memcpy(&w0, w->w, 8);
      memcpy(&w1, w->w + 8, 8);
      if (w0 == l0 && w1 == l1) {
        S_set_word(t, w, n);
        return;
      }
    }
    /* a word read further has a hyphen or is q3, H1 (padding is no '-') */
    int dash = S_dashes8(l0) || (n > 8 && S_dashes8(l1));
    unsigned b1 = (unsigned)(l0 >> 8 & 0xFF);
    if (!(n == 2 && b1 - '1' < 4u) && !dash) {
      t->dull = (unsigned char)S_dull_byte((unsigned char)b0);
      return;
    }
  } else if (b0 - '0' >= 10u) {
    t->dull = (unsigned char)S_dull_byte((unsigned char)b0);
    return;
  }
  S_classify_rest(t, s, n);
  t->dull = (unsigned char)(S_plain(t) && S_dull_byte((unsigned char)b0));
}

void lede__date_fill(S_ctx *c, S_tok *buf, size_t from, size_t to) {
  const char *text = c->t;
  size_t len = c->a->len;
  /* tokens starting at or before safe have 16 bytes of text to read */
  size_t safe = len >= 16 ? len - 16 : 0;
  const lede__token *tv = c->a->tokens.v;
  for (size_t k = from; k < to; k++) {
    const lede__token *tk = &tv[k];
    S_tok *o = &buf[k - from];
    size_t s = tk->start, n = tk->len;
    /* low is last: S_classify writes it, up to its NUL */
    memcpy(o, &S_blank, offsetof(S_tok, low));
    o->s = s;
    o->e = s + n;
    o->flags = tk->flags;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* Most tokens are short: their bytes in two words, where the text
     * has 16 from their start. */
    if (n - 1 < 15 && s <= safe && len >= 16) {
      uint64_t l0, l1 = 0;
      memcpy(&l0, text + s, 8);
      if (n <= 8) {
        l0 = S_lower8(l0 & S_first_bytes(n));
      } else {
        memcpy(&l1, text + s + 8, 8);
        l0 = S_lower8(l0);
        l1 = S_lower8(l1 & S_first_bytes(n - 8));
      }
      memcpy(o->low, &l0, 8);
      memcpy(o->low + 8, &l1, 8);
      S_classify_short(o, text + s, n, l0, l1);
      continue;
    }
#endif
    S_classify(o, text, len);
  }
  c->tk = buf;
  c->n = to - from;
}

/* Word and punctuation tokens of a non-prose block, like lede__tokenize. */
size_t lede__date_lex_block(S_ctx *c, lede_span sp, S_tok **buf, size_t *cap) {
  const char *t = c->t;
  size_t pos = sp.start, n = 0, len;
  while (pos < sp.end) {
    int32_t ch = lede__cp(t, sp.end, pos, &len);
    if (lede__is_space(ch)) {
      pos += len;
      continue;
    }
    size_t s = pos;
    uint32_t fl;
    if (!(lede__is_letter(ch) || lede__is_digit(ch))) {
      pos += len;
      fl = LEDE__T_PUNCT;
    } else {
      pos += len;
      while (pos < sp.end) {
        size_t l2;
        int32_t d = lede__cp(t, sp.end, pos, &len);
        if (lede__is_letter(d) || lede__is_digit(d)) {
          pos += len;
          continue;
        }
        int joins = d == '\'' || d == '-' || d == '.' ||
                    ((d == ',' || d == ':' || d == '/') && S_isdig(t[pos - 1]));
        if (joins && pos + len < sp.end) {
          int32_t e = lede__cp(t, sp.end, pos + len, &l2);
          if (lede__is_letter(e) || lede__is_digit(e)) {
            pos += len + l2;
            continue;
          }
        }
        break;
      }
      fl = LEDE__T_WORD;
      if (lede__is_digit(ch)) fl |= LEDE__T_NUM;
      if (lede__is_upper(ch)) fl |= LEDE__T_CAP;
    }
    if (n == *cap) {
      size_t nc = *cap ? *cap * 2 : 64;
      S_tok *nb = lede__alloc(&c->a->arena, lede__mul(&c->a->arena, nc, sizeof *nb));
      if (n) memcpy(nb, *buf, n * sizeof *nb);
      *buf = nb;
      *cap = nc;
    }
    S_tok *tk = &(*buf)[n++];
    memset(tk, 0, sizeof *tk);
    tk->s = s;
    tk->e = pos;
    tk->flags = fl;
    S_classify(tk, t, c->a->len);
  }
  return n;
}

/* S_slot finds every entry of S_words, and nothing else. */
const char *lede__date_check_vocab(void) {
  size_t n = sizeof S_words / sizeof *S_words, used = 0;
  for (size_t x = 0; x < S_SLOTS; x++) used += S_slot[x] != 0;
  if (used != n) return "S_slot stale";
  for (size_t i = 0; i < n; i++) {
    const char *w = S_words[i].w;
    if (!memchr(w, 0, sizeof S_words[i].w)) return "S_words entry too long";
    if (S_lookup(w, S_hash(w, strlen(w))) != &S_words[i]) return "S_slot stale";
    /* S_lower_copy lowers and hashes as S_hash, eight bytes at a time
     * with room and byte by byte without */
    char up[48], low[sizeof ((S_tok *)0)->low];
    size_t wn = strlen(w);
    memset(up, 'Q', sizeof up);
    for (size_t k = 0; k < wn; k++)
      up[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 'a' + 'A' : w[k]);
    for (size_t room = wn; room <= sizeof up; room += sizeof up - wn)
      if (S_lower_copy(low, up, wn, room) != S_hash(w, wn) || strcmp(low, w))
        return "S_lower_copy differs from S_hash";
  }
  return NULL;
}
