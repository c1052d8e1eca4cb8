/* The article as one JSON object (schema: doc/json.md).
 *
 * Output goes through a small buffer to the caller's write function; no
 * allocation is made.  Strings are escaped so the output is valid UTF-8
 * whatever the input: an invalid byte becomes U+FFFD. */
#include <stdint.h>
#include <string.h>
/* The escape scan uses SSE2 where the compiler targets it, 64-bit words
 * otherwise or when LEDE_NO_SSE2 is defined (a test builds it so, to
 * check the portable scan where SSE2 is at hand). */
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
#define S_SSE2 1
#include <emmintrin.h>
#else
#define S_SSE2 0
#endif

#include "internal.h"
#include "tokens.h"

/* A name (S_name) as written, quotation marks and all, kept by its
 * address: the library's names are static strings. */
typedef struct {
  const char *s;
  size_t n;
  char q[24];
} S_quoted;

/* ,"part":"...","paragraph": as written for one part: S_where writes
 * it after every sentence, mention, quote and date. */
typedef struct {
  size_t n; /* 0: not made yet */
  char q[48];
} S_part_lit;

#define S_NESC 512
#define S_EMAP 4096

typedef struct {
  lede_write_fn w;
  void *ud;
  int err;
  size_t n;
  char buf[4096];
  const lede_article *a;
  /* S_scan_text: is a->text well-formed UTF-8 throughout (2: and all
   * ASCII), and where are its bytes below 0x20, '"' and '\\' (nesc of
   * them; the offsets are kept while there are at most S_NESC) */
  int valid;
  size_t nesc, hint; /* hint: where the last look-up in esc ended */
  const char *text;
  size_t len;
  uint32_t esc[S_NESC];
  /* bit k set if bytes [k << eshift, (k + 1) << eshift) hold one of them */
  unsigned eshift;
  uint64_t emap[S_EMAP / 64];
  /* the first bit set in emap's word w or after it (0xFFFF: none), for
   * the words that cover the text and the one after them */
  uint16_t efirst[S_EMAP / 64 + 1];
  S_quoted names[32];
  S_quoted lemmas[16]; /* cues' lemmas, as S_lemma_kept keeps them */
  S_part_lit parts[16];
  S_part_lit kinds[8]; /* ,"kind":"..."} closing a mention, by kind */
} S_out;

/* An output with nothing written yet, writing through w(ud, ...). */
static void S_out_init(S_out *o, lede_write_fn w, void *ud,
                       const lede_article *a) {
  o->w = w;
  o->ud = ud;
  o->err = 0;
  o->n = 0;
  o->a = a;
}

static void S_flush(S_out *o) {
  if (o->n && !o->err && o->w(o->ud, o->buf, o->n)) o->err = 1;
  o->n = 0;
}

static void S_raw_slow(S_out *o, const char *s, size_t n) {
  if (o->err) return;
  if (n > sizeof o->buf - o->n) {
    S_flush(o);
    if (n > sizeof o->buf) {
      if (o->w(o->ud, s, n)) o->err = 1;
      return;
    }
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

/* Most pieces are a few bytes with room for them: inline, so a literal's
 * copy has a known size. */
static inline void S_raw(S_out *o, const char *s, size_t n) {
  /* After a write error the buffer still fills, but is never written. */
  if (n <= sizeof o->buf - o->n) {
    memcpy(o->buf + o->n, s, n);
    o->n += n;
    return;
  }
  S_raw_slow(o, s, n);
}

static inline void S_lit(S_out *o, const char *s) { S_raw(o, s, strlen(s)); }

/* Two digits at a time: offsets are most of the numbers written. */
static const char S_digits2[] = "00010203040506070809"
                                "10111213141516171819"
                                "20212223242526272829"
                                "30313233343536373839"
                                "40414243444546474849"
                                "50515253545556575859"
                                "60616263646566676869"
                                "70717273747576777879"
                                "80818283848586878889"
                                "90919293949596979899";

/* Room for n bytes (n at most the buffer's size) at the end of the
 * buffer, flushed first if need be: the caller writes there and adds
 * what it wrote to o->n. Pieces of known bounded size go in this way
 * with one test for room, not one per piece. */
static inline char *S_room(S_out *o, size_t n) {
  if (n > sizeof o->buf - o->n) S_flush(o);
  return o->buf + o->n;
}

/* v in decimal at p (room for 20 digits, a size_t's most); returns the
 * count. Below 1000, from S_dig3 (a word: the digits, leading zeros
 * dropped, and the count in its top byte); below 10^4 (most offsets),
 * the four from S_dig4 (36 KB); below 10^8 (every offset but in a text
 * of 100 MB or more) the eight digits are made at once in the bytes of
 * one word; the leading zeros are dropped and the word stored
 * whole. Larger, two at a time from the end. A word stored may run past
 * the digits: the room is there, and what follows overwrites it. */
#if defined(__GNUC__)
#define S_INLINE static inline __attribute__((always_inline))
#else
#define S_INLINE static inline
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* v (below 1000) as three digits, the first lowest: leading zeros kept */
#define S_PAD(v)                                         \
  ((uint32_t)('0' + (v) / 100) |                         \
   (uint32_t)('0' + (v) / 10 % 10) << 8 | (uint32_t)('0' + (v) % 10) << 16)
/* the same without leading zeros, the count in the top byte */
#define S_DIG(v)                                                   \
  ((v) < 10    ? (uint32_t)('0' + (v)) | 1u << 24                  \
   : (v) < 100 ? ((uint32_t)('0' + (v) / 10) |                     \
                  (uint32_t)('0' + (v) % 10) << 8 | 2u << 24)      \
               : S_PAD(v) | 3u << 24)
#define S_R10(f, b)                                                 \
  f(b), f(b + 1), f(b + 2), f(b + 3), f(b + 4), f(b + 5), f(b + 6), \
      f(b + 7), f(b + 8), f(b + 9)
#define S_R100(f, b)                                                \
  S_R10(f, b), S_R10(f, b + 10), S_R10(f, b + 20), S_R10(f, b + 30), \
      S_R10(f, b + 40), S_R10(f, b + 50), S_R10(f, b + 60),          \
      S_R10(f, b + 70), S_R10(f, b + 80), S_R10(f, b + 90)
#define S_R1000(f, b)                                                    \
  S_R100(f, b), S_R100(f, b + 100), S_R100(f, b + 200), S_R100(f, b + 300), \
      S_R100(f, b + 400), S_R100(f, b + 500), S_R100(f, b + 600),          \
      S_R100(f, b + 700), S_R100(f, b + 800), S_R100(f, b + 900)
/* v (1000 to 9999) as four digits, the first lowest */
#define S_DIG4(v) (S_PAD((v) / 10) | (uint32_t)('0' + (v) % 10) << 24)
static const uint32_t S_dig3[1000] = {S_R1000(S_DIG, 0)};
static const uint32_t S_dig4[9000] = {
    S_R1000(S_DIG4, 1000), S_R1000(S_DIG4, 2000), S_R1000(S_DIG4, 3000),
    S_R1000(S_DIG4, 4000), S_R1000(S_DIG4, 5000), S_R1000(S_DIG4, 6000),
    S_R1000(S_DIG4, 7000), S_R1000(S_DIG4, 8000), S_R1000(S_DIG4, 9000)};
#endif

S_INLINE size_t S_digits(char *p, size_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (v < 1000) {
    uint32_t w = S_dig3[v];
    memcpy(p, &w, 4);
    return w >> 24;
  }
  if (v < 10000) { /* most offsets */
    uint32_t w = S_dig4[v - 1000];
    memcpy(p, &w, 4);
    return 4;
  }
  if (v < 100000000) {
    /* the first four digits in the low half, the last four above */
    uint64_t x = (uint64_t)(v / 10000) | ((uint64_t)(v % 10000) << 32);
    /* each half as two pairs of digits, a pair to 16 bits */
    uint64_t hi = ((x * 10486) >> 20) & UINT64_C(0x0000007F0000007F);
    uint64_t pairs = ((x - 100 * hi) << 16) | hi;
    /* each pair as two digits, a digit to a byte, first digit lowest */
    uint64_t tens = ((pairs * 103) >> 10) & UINT64_C(0x000F000F000F000F);
    uint64_t d = tens | ((pairs - 10 * tens) << 8);
    size_t zeros = d ? (size_t)__builtin_ctzll(d) / 8 : 7;
    d = (d + UINT64_C(0x3030303030303030)) >> (8 * zeros);
    memcpy(p, &d, 8);
    return 8 - zeros;
  }
#endif
  size_t nd = 1;
  for (size_t t = v / 10; t; t /= 10) nd++;
  p += nd;
  while (v >= 100) {
    p -= 2;
    memcpy(p, S_digits2 + 2 * (v % 100), 2);
    v /= 100;
  }
  if (v >= 10) {
    p -= 2;
    memcpy(p, S_digits2 + 2 * v, 2);
  } else {
    *--p = (char)('0' + v);
  }
  return nd;
}

static void S_num(S_out *o, size_t v) {
  char *p = S_room(o, 20);
  o->n += S_digits(p, v);
}

/* ,"start":N,"end":N at q (room for 56 bytes); returns its end. */
S_INLINE char *S_put_start_end(char *q, lede_span s) {
  memcpy(q, ",\"start\":", 9);
  q += 9;
  q += S_digits(q, s.start);
  memcpy(q, ",\"end\":", 7);
  q += 7;
  return q + S_digits(q, s.end);
}

/* ,"start":N,"end":N -- after every span's text. */
static void S_start_end(S_out *o, lede_span s) {
  char *p = S_room(o, 9 + 20 + 7 + 20);
  o->n += (size_t)(S_put_start_end(p, s) - p);
}

/* ","start":N,"end":N: the closing mark of a span's text, then its
 * offsets, with one test for room. */
static void S_close_start_end(S_out *o, lede_span s) {
  char *p = S_room(o, 1 + 9 + 20 + 7 + 20);
  *p = '"';
  o->n += (size_t)(S_put_start_end(p + 1, s) - p);
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* The index of the lowest bit set in v (not 0). */
static inline size_t S_ctz64(uint64_t v) {
#if defined(__GNUC__)
  return (size_t)__builtin_ctzll(v);
#else
  size_t k = 0;
  while (!(v & 1)) v >>= 1, k++;
  return k;
#endif
}

/* Non-zero unless all eight bytes in v go out as they are: a byte is
 * flagged if it is below 0x20, a quotation mark or a backslash (each a
 * borrow out of its own byte, kept only where the byte's high bit is
 * clear), or has its high bit set. */
static inline uint64_t S_plain8(uint64_t v) {
  uint64_t low = (v - 0x20 * ONES) | ((v ^ ('"' * ONES)) - ONES) |
                 ((v ^ ('\\' * ONES)) - ONES);
  return (low & ~v & HIGHS) | (v & HIGHS);
}

/* Bytes that go out as they are: printable ASCII but " and \. */
static const unsigned char S_plain_tab[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

#if S_SSE2
/* Bit k set where byte k of the sixteen at s needs a look: below 0x20 or
 * from 0x80 up (both below 0x20 as signed bytes), '"' or '\\'. XOR with 2
 * keeps the bytes below 0x20 below it and makes '"' (0x22) 0x20: one
 * signed compare takes them all but the backslash. */
static inline unsigned S_look16(const char *s) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i m = _mm_or_si128(
      _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8(0x21)),
      _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
  return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* Length of the run opening s[0..n) that goes out unescaped: printable
 * ASCII but " and \, and well-formed UTF-8. Sixteen bytes at a time (or
 * eight) while none needs a look; the last sixteen (or eight) of the
 * string in one load; a well-formed UTF-8 sequence is stepped over and
 * the scan goes on. */
static size_t S_plain_run(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
#if S_SSE2
    while (n - i >= 16) {
      unsigned m = S_look16(s + i);
      if (m) {
        i += (size_t)__builtin_ctz(m);
        goto look;
      }
      i += 16;
    }
    if (i < n && n >= 16) {
      /* the last sixteen: the bits below i are bytes already passed */
      unsigned m = S_look16(s + n - 16) >> (16 - (n - i));
      if (!m) return n;
      i += (size_t)__builtin_ctz(m);
      goto look;
    }
#else
    while (n - i >= 16) {
      uint64_t v, w;
      memcpy(&v, s + i, 8);
      memcpy(&w, s + i + 8, 8);
      if (S_plain8(v) | S_plain8(w)) break;
      i += 16;
    }
#endif
    if (n - i >= 8) {
      uint64_t v;
      memcpy(&v, s + i, 8);
      if (!S_plain8(v)) {
        i += 8;
        continue;
      }
    } else if (n >= 8) {
      uint64_t v;
      memcpy(&v, s + n - 8, 8);
      if (!S_plain8(v)) return n;
    }
    /* Byte by byte up to the next one that needs a look. */
    size_t stop = i + 8 < n ? i + 8 : n;
    while (i < stop && S_plain_tab[(unsigned char)s[i]]) i++;
    if (i == stop) continue;
#if S_SSE2
  look:
#endif
    {
      unsigned char c = (unsigned char)s[i];
      size_t len;
      if (c < 0x80) return i;
      /* The sequences news is full of (accented letters; curly quotes
       * and dashes, E2 80 xx) are checked here, as lede__cp would: C2-DF
       * or E1-EC then continuation bytes is always well-formed. */
      if (c >= 0xC2 && c <= 0xDF && n - i >= 2 &&
          ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
      if (c >= 0xE1 && c <= 0xEC && n - i >= 3 &&
          ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
          ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
        i += 3;
        continue;
      }
      if (lede__cp_slow(s, n, i, &len) < 0) return i;
      i += len;
    }
  }
  return n;
}

/* n bytes from s to q: up to sixteen (a name, a date, most mentions) as
 * two copies of fixed size that may overlap, with no call to memcpy. */
S_INLINE void S_copy(char *q, const char *s, size_t n) {
  if (n > 16) {
    memcpy(q, s, n);
  } else if (n >= 8) {
    memcpy(q, s, 8);
    memcpy(q + n - 8, s + n - 8, 8);
  } else if (n >= 4) {
    memcpy(q, s, 4);
    memcpy(q + n - 4, s + n - 4, 4);
  } else if (n) {
    q[0] = s[0];
    q[n / 2] = s[n / 2];
    q[n - 1] = s[n - 1];
  }
}

/* A run of n bytes that go out as they are. Most are short (a name, a
 * few words between two marks): up to sixteen by S_copy, in the buffer
 * if it has room. */
static inline void S_run(S_out *o, const char *s, size_t n) {
  if (n <= 16 && sizeof o->buf - o->n >= 16) {
    S_copy(o->buf + o->n, s, n);
    o->n += n;
    return;
  }
  S_raw(o, s, n);
}

/* Byte c escaped into o. */
static void S_esc_byte(S_out *o, unsigned char c) {
  static const char hex[] = "0123456789abcdef";
  char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
  switch (c) {
  case '"': S_raw(o, "\\\"", 2); break;
  case '\\': S_raw(o, "\\\\", 2); break;
  case '\n': S_raw(o, "\\n", 2); break;
  case '\r': S_raw(o, "\\r", 2); break;
  case '\t': S_raw(o, "\\t", 2); break;
  default: S_raw(o, e, 6);
  }
}

/* s[0..n) escaped for the inside of a JSON string, into o: runs that need
 * no escaping in one copy each. */
static void S_esc(S_out *o, const char *s, size_t n) {
  for (;;) {
    size_t run = S_plain_run(s, n);
    if (run) S_run(o, s, run);
    if (run == n) return;
    unsigned char c = (unsigned char)s[run];
    s += run + 1;
    n -= run + 1;
    if (c >= 0x80) { /* not well-formed UTF-8 */
      S_raw(o, "\xEF\xBF\xBD", 3);
      continue;
    }
    S_esc_byte(o, c);
  }
}

#if S_SSE2
/* Bit k set where byte k of the sixteen at s is below 0x20, '"' or '\\':
 * all a well-formed UTF-8 string needs escaped. */
static inline unsigned S_esc16(const char *s) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i m = _mm_or_si128(
      _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* Non-zero if a byte of v is below 0x20, '"' or '\\' (bytes from 0x80 up
 * are not flagged). */
static inline uint64_t S_esc8(uint64_t v) {
  uint64_t q = v ^ ('"' * ONES), b = v ^ ('\\' * ONES);
  return (((v - 0x20 * ONES) & ~v) | ((q - ONES) & ~q) | ((b - ONES) & ~b)) &
         HIGHS;
}

/* Length of the run opening s[0..n) with no byte below 0x20, '"' or
 * '\\'. */
static size_t S_ascii_run(const char *s, size_t n) {
  size_t i = 0;
#if S_SSE2
  for (; n - i >= 16; i += 16) {
    unsigned m = S_esc16(s + i);
    if (m) return i + (size_t)__builtin_ctz(m);
  }
  if (n >= 16) {
    /* the last sixteen: the bits below i are bytes already passed */
    unsigned m = S_esc16(s + n - 16) >> (16 - (n - i));
    return m ? i + (size_t)__builtin_ctz(m) : n;
  }
#endif
  for (; n - i >= 8; i += 8) {
    uint64_t v;
    memcpy(&v, s + i, 8);
    if (S_esc8(v)) break;
  }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n >= 8 && n - i < 8) {
    /* the last eight (a flag is set above a flagged byte only, and the
     * bytes below i are plain) */
    if (i == n) return n;
    uint64_t v;
    memcpy(&v, s + n - 8, 8);
    uint64_t m = S_esc8(v) >> (8 * (8 - (n - i)));
    return m ? i + (size_t)__builtin_ctzll(m) / 8 : n;
  }
#endif
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"' || c == '\\') break;
    i++;
  }
  return i;
}

/* Byte i of the text needs escaping: listed (while there is room) and
 * marked in the bitmap. */
S_INLINE void S_mark_esc(S_out *o, size_t i, size_t k) {
  if (k < S_NESC) o->esc[k] = (uint32_t)i;
  o->emap[(i >> o->eshift) / 64] |= UINT64_C(1) << ((i >> o->eshift) & 63);
}

#if LEDE__HW && S_SSE2
/* The scan of S_scan_text 32 bytes a step, where the processor has AVX2
 * (lede__hw). A step finds its bytes to escape, and whether it has
 * any byte from 0x80 up, from S_look16's compare; its UTF-8 is checked
 * in the registers (Keiser and Lemire's three table look-ups: the byte
 * before each byte, by its high and low halves, and the byte itself by
 * its high half, each give the ways the pair can be wrong, and a pair
 * is wrong where all three agree; a third or fourth byte of a sequence
 * must follow a lead of three or four), so a sequence from 0x80 up costs
 * no step of its own. The text's last bytes are read from a copy padded
 * with zeros (ASCII: a sequence cut by the end is wrong there). Returns
 * the count of bytes to escape and sets *valid as S_scan_text does (0: a
 * sequence is not well-formed; the list and bitmap are then unused). */
#define S_U8_SHORT 0x01    /* a lead, then no continuation */
#define S_U8_LONG 0x02     /* a continuation after no lead */
#define S_U8_OVER3 0x04    /* E0 80-9F */
#define S_U8_LARGE 0x08    /* F4 90-BF, F5-FF */
#define S_U8_SURR 0x10     /* ED A0-BF */
#define S_U8_OVER2 0x20    /* C0, C1 */
#define S_U8_LARGE2 0x40   /* F5-FF 80-8F; F0 80-8F */
#define S_U8_TWO 0x80      /* two continuations */
#define S_U8_CARRY (S_U8_SHORT | S_U8_LONG | S_U8_TWO)
#define S_U8_T16(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)

LEDE__HW_FN static inline __m256i S_u8_wrong(__m256i in, __m256i prev) {
  const __m256i lo4 = _mm256_set1_epi8(0x0F);
  const __m256i t1 = S_U8_T16(
      S_U8_LONG, S_U8_LONG, S_U8_LONG, S_U8_LONG, S_U8_LONG, S_U8_LONG,
      S_U8_LONG, S_U8_LONG, (char)S_U8_TWO, (char)S_U8_TWO, (char)S_U8_TWO,
      (char)S_U8_TWO, S_U8_SHORT | S_U8_OVER2, S_U8_SHORT,
      S_U8_SHORT | S_U8_OVER3 | S_U8_SURR,
      S_U8_SHORT | S_U8_LARGE | S_U8_LARGE2);
  const __m256i t2 = S_U8_T16(
      (char)(S_U8_CARRY | S_U8_OVER3 | S_U8_OVER2 | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_OVER2), (char)S_U8_CARRY, (char)S_U8_CARRY,
      (char)(S_U8_CARRY | S_U8_LARGE),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2 | S_U8_SURR),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2),
      (char)(S_U8_CARRY | S_U8_LARGE | S_U8_LARGE2));
  const __m256i t3 = S_U8_T16(
      S_U8_SHORT, S_U8_SHORT, S_U8_SHORT, S_U8_SHORT, S_U8_SHORT, S_U8_SHORT,
      S_U8_SHORT, S_U8_SHORT,
      (char)(S_U8_LONG | S_U8_OVER2 | S_U8_TWO | S_U8_OVER3 | S_U8_LARGE2),
      (char)(S_U8_LONG | S_U8_OVER2 | S_U8_TWO | S_U8_OVER3 | S_U8_LARGE),
      (char)(S_U8_LONG | S_U8_OVER2 | S_U8_TWO | S_U8_SURR | S_U8_LARGE),
      (char)(S_U8_LONG | S_U8_OVER2 | S_U8_TWO | S_U8_SURR | S_U8_LARGE),
      S_U8_SHORT, S_U8_SHORT, S_U8_SHORT, S_U8_SHORT);
  /* the 32 bytes before these, each byte's one to three bytes back */
  __m256i p = _mm256_permute2x128_si256(prev, in, 0x21);
  __m256i p1 = _mm256_alignr_epi8(in, p, 15);
  __m256i p2 = _mm256_alignr_epi8(in, p, 14);
  __m256i p3 = _mm256_alignr_epi8(in, p, 13);
  __m256i h1 = _mm256_and_si256(_mm256_srli_epi16(p1, 4), lo4);
  __m256i h0 = _mm256_and_si256(_mm256_srli_epi16(in, 4), lo4);
  __m256i w = _mm256_and_si256(
      _mm256_and_si256(_mm256_shuffle_epi8(t1, h1),
                       _mm256_shuffle_epi8(t2, _mm256_and_si256(p1, lo4))),
      _mm256_shuffle_epi8(t3, h0));
  /* a third or fourth byte: 0x80 where it must be a continuation */
  __m256i third = _mm256_subs_epu8(p2, _mm256_set1_epi8((char)(0xE0 - 0x80)));
  __m256i fourth = _mm256_subs_epu8(p3, _mm256_set1_epi8((char)(0xF0 - 0x80)));
  __m256i must = _mm256_and_si256(_mm256_or_si256(third, fourth),
                                  _mm256_set1_epi8((char)0x80));
  return _mm256_xor_si256(must, w);
}

/* S_look16's compare on 32 bytes. */
LEDE__HW_FN static inline unsigned S_look32(__m256i v) {
  return (unsigned)_mm256_movemask_epi8(_mm256_or_si256(
      _mm256_cmpgt_epi8(_mm256_set1_epi8(0x21),
                        _mm256_xor_si256(v, _mm256_set1_epi8(2))),
      _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))));
}

/* The UTF-8 state between steps: what is wrong so far, the bytes
 * before the step (zeros after an ASCII step: any ASCII would do), and
 * the leads in their last three bytes that the step must end. */
typedef struct {
  __m256i wrong, prev, open;
  unsigned high;
} S_u8;

/* A step of 32 bytes v at i (m: S_look32's bits; bytes from n on are
 * padding); its bytes to escape marked, k counting them. */
LEDE__HW_FN static inline void S_scan_step(S_out *o, S_u8 *u, __m256i v,
                                           unsigned m, size_t i, size_t n,
                                           size_t *k) {
  const __m256i ends = _mm256_setr_epi8(
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, (char)(0xF0 - 1),
      (char)(0xE0 - 1), (char)(0xC0 - 1));
  unsigned h = (unsigned)_mm256_movemask_epi8(v);
  if (h) {
    u->high = 1;
    u->wrong = _mm256_or_si256(u->wrong, S_u8_wrong(v, u->prev));
    u->open = _mm256_subs_epu8(v, ends);
    u->prev = v;
  } else {
    u->wrong = _mm256_or_si256(u->wrong, u->open);
    u->open = u->prev = _mm256_setzero_si256();
  }
  for (m &= ~h; m; m &= m - 1) {
    size_t at = i + (size_t)__builtin_ctz(m);
    if (at >= n) break; /* the padding */
    S_mark_esc(o, at, (*k)++);
  }
}

LEDE__HW_FN __attribute__((noinline)) static size_t
S_scan_hw(S_out *o, const char *s, size_t n, int *valid) {
  S_u8 u;
  u.wrong = u.prev = u.open = _mm256_setzero_si256();
  u.high = 0;
  size_t i = 0, k = 0;
  while (n - i >= 32) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
    unsigned m = S_look32(v);
    if (m) {
      S_scan_step(o, &u, v, m, i, n, &k);
      i += 32;
      continue;
    }
    /* steps of nothing but printable ASCII other than '"' and '\\' */
    do i += 32;
    while (n - i >= 32 && !S_look32(_mm256_loadu_si256(
                              (const __m256i *)(const void *)(s + i))));
    u.wrong = _mm256_or_si256(u.wrong, u.open);
    u.open = u.prev = _mm256_setzero_si256();
  }
  /* the rest, padded with zeros (and a step of them after the last 32) */
  char pad[32] = {0};
  memcpy(pad, s + i, n - i);
  __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)pad);
  S_scan_step(o, &u, v, S_look32(v), i, n, &k);
  u.wrong = _mm256_or_si256(u.wrong, u.open);
  *valid = !_mm256_testz_si256(u.wrong, u.wrong) ? 0 : u.high ? 1 : 2;
  return k;
}
#endif

/* One pass over the article's text: is it well-formed UTF-8 throughout,
 * each sequence judged as S_plain_run judges it, and where are the bytes
 * it needs escaped? If well-formed, every piece of it that starts and
 * ends between two sequences is too, and only those bytes need a look.
 * hw: S_scan_hw's way (if built). */
static void S_scan_text_by(S_out *o, int hw) {
  const char *s = o->a->text;
  size_t n = o->a->len, i = 0, k = 0;
  int high = 0; /* a byte from 0x80 up seen */
  o->text = s;
  o->len = n;
  o->hint = 0;
  o->valid = 0;
  o->eshift = 0;
  while ((n >> o->eshift) >= S_EMAP) o->eshift++;
  memset(o->emap, 0, sizeof o->emap);
  o->nesc = S_NESC + 1;
#if LEDE__HW && S_SSE2
  if (hw) {
    int valid;
    k = S_scan_hw(o, s, n, &valid);
    if (!valid) return;
    high = valid == 1;
    i = n;
  }
#else
  (void)hw;
#endif
  while (i < n) {
#if S_SSE2
    while (n - i >= 16) {
      unsigned m = S_look16(s + i);
      if (m) {
        i += (size_t)__builtin_ctz(m);
        break;
      }
      i += 16;
    }
#endif
    while (n - i >= 8) {
      uint64_t v;
      memcpy(&v, s + i, 8);
      if ((v & HIGHS) | S_esc8(v)) break;
      i += 8;
    }
    unsigned char c = 0;
    while (i < n && (c = (unsigned char)s[i]) >= 0x20 && c < 0x80 &&
           c != '"' && c != '\\')
      i++;
    if (i == n) break;
    size_t len;
    if (c < 0x80) {
      S_mark_esc(o, i, k++);
      i++;
      continue;
    }
    high = 1;
    if (c >= 0xC2 && c <= 0xDF && n - i >= 2 &&
        ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      i += 2;
    } else if (c >= 0xE1 && c <= 0xEC && n - i >= 3 &&
               ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
               ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
      i += 3;
    } else if (lede__cp_slow(s, n, i, &len) < 0) {
      return;
    } else {
      i += len;
    }
  }
  o->valid = high ? 1 : 2;
  o->nesc = n > UINT32_MAX ? S_NESC + 1 : k;
  size_t w = n ? ((n - 1) >> o->eshift) / 64 + 1 : 0;
  o->efirst[w] = 0xFFFF;
  while (w--)
    o->efirst[w] = o->emap[w] ? (uint16_t)(w * 64 + S_ctz64(o->emap[w]))
                              : o->efirst[w + 1];
}

static void S_scan_text(S_out *o) { S_scan_text_by(o, lede__hw()); }

/* Does the article's text [start, end) (end > start) hold no byte that
 * S_scan_text found needs escaping? */
S_INLINE int S_clear(const S_out *o, size_t start, size_t end) {
  size_t a = start >> o->eshift, b = (end - 1) >> o->eshift, wa = a / 64;
  /* the first bit set from a on: in a's word, else from efirst */
  uint64_t m = o->emap[wa] & (~UINT64_C(0) << (a & 63));
  size_t f = m ? wa * 64 + S_ctz64(m) : o->efirst[wa + 1];
  return f > b;
}

/* Is the article's text well-formed and [start, end) cut between two
 * of its sequences? (In ASCII, any cut is.) */
S_INLINE int S_bounds_ok(const S_out *o, size_t start, size_t end) {
  const unsigned char *t = (const unsigned char *)o->text;
  return o->valid == 2 || (o->valid &&
         (start == end || ((t[start] & 0xC0) != 0x80 &&
                           (end >= o->len || (t[end] & 0xC0) != 0x80))));
}

/* The first byte S_scan_text listed at or after start (o->nesc if none):
 * pieces mostly come in text order, so a few steps on from where the
 * last look ended, else a binary search. */
S_INLINE size_t S_esc_first(const S_out *o, size_t start) {
  size_t lo = o->hint, hi = o->nesc, k = 0;
  if (lo && o->esc[lo - 1] >= start) hi = lo, lo = 0;
  while (lo < hi && o->esc[lo] < start && k++ < 4) lo++;
  while (lo < hi && o->esc[lo] < start) {
    size_t mid = (lo + hi) / 2;
    if (o->esc[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Byte c (below 0x20, '"' or '\\') escaped at q; returns the count. */
S_INLINE size_t S_esc_put(char *q, unsigned char c) {
  static const char hex[] = "0123456789abcdef";
  q[0] = '\\';
  switch (c) {
  case '"': q[1] = '"'; return 2;
  case '\\': q[1] = '\\'; return 2;
  case '\n': q[1] = 'n'; return 2;
  case '\r': q[1] = 'r'; return 2;
  case '\t': q[1] = 't'; return 2;
  default:
    memcpy(q + 1, "u00", 3);
    q[4] = hex[c >> 4];
    q[5] = hex[c & 15];
    return 6;
  }
}

/* Does the article's text [start, end) go out as it is? */
S_INLINE int S_plain_piece(const S_out *o, size_t start, size_t end) {
  return S_bounds_ok(o, start, end) && (start == end || S_clear(o, start, end));
}

/* The article's text [start, end) escaped into o. When the text is
 * well-formed and the piece cut between two sequences, only the bytes
 * below 0x20, '"' and '\\' need a look: those S_scan_text listed, else
 * those S_ascii_run finds. */
static void S_text_esc(S_out *o, size_t start, size_t end) {
  const char *t = o->text;
  if (!S_bounds_ok(o, start, end)) {
    S_esc(o, t + start, end - start);
    return;
  }
  if (start == end || S_clear(o, start, end)) {
    S_run(o, t + start, end - start);
    return;
  }
  size_t pos = start;
  if (o->nesc <= S_NESC) {
    size_t lo = S_esc_first(o, start);
    for (; lo < o->nesc && o->esc[lo] < end; lo++) {
      size_t e = o->esc[lo];
      if (e > pos) S_run(o, t + pos, e - pos);
      S_esc_byte(o, (unsigned char)t[e]);
      pos = e + 1;
    }
    o->hint = lo;
    if (end > pos) S_run(o, t + pos, end - pos);
    return;
  }
  for (;;) {
    size_t run = S_ascii_run(t + pos, end - pos);
    if (run) S_run(o, t + pos, run);
    pos += run;
    if (pos == end) return;
    S_esc_byte(o, (unsigned char)t[pos++]);
  }
}

/* The article's text [s.start, s.end) as a JSON string. */
S_INLINE void S_tstr(S_out *o, lede_span s) {
  size_t len = s.end - s.start;
  if (len <= 2048 && S_plain_piece(o, s.start, s.end)) {
    char *p = S_room(o, len + 2);
    p[0] = '"';
    S_copy(p + 1, o->text + s.start, len);
    p[len + 1] = '"';
    o->n += len + 2;
    return;
  }
  S_raw(o, "\"", 1);
  S_text_esc(o, s.start, s.end);
  S_raw(o, "\"", 1);
}

/* s[0..n) as a JSON string into o. */
static void S_str(S_out *o, const char *s, size_t n) {
  S_raw(o, "\"", 1);
  S_esc(o, s, n);
  S_raw(o, "\"", 1);
}

/* Quote i's fragments as one JSON string, a space between them. */
static void S_fragments(S_out *o, size_t i) {
  S_raw(o, "\"", 1);
  for (size_t j = 0, n = lede_quote_fragment_count(o->a, i); j < n; j++) {
    lede_span f = lede_quote_fragment(o->a, i, j);
    if (j) S_raw(o, " ", 1);
    S_esc(o, o->a->text + f.start, f.end - f.start);
  }
  S_raw(o, "\"", 1);
}

/* The same through the caller's write function, a buffer at a time. */
lede_status lede_json_string(const char *s, size_t n, lede_write_fn w,
                             void *ud) {
  if (!w || (!s && n)) return LEDE_EINVAL;
  S_out o;
  S_out_init(&o, w, ud, NULL);
  o.valid = 0;
  o.nesc = S_NESC + 1;
  /* writes no names: o.names is left unset */
  S_str(&o, s, n);
  S_flush(&o);
  return o.err ? LEDE_EWRITE : LEDE_OK;
}

/* A string the library made (a date's value, a cue's lemma) or the
 * caller's id as a JSON string. One of up to 32 bytes that go out as they
 * are (printable ASCII but " and \\), checked a word at a time, is
 * copied in one piece; any other goes through S_str. */
static void S_cstr(S_out *o, const char *s) {
  if (!s) {
    S_lit(o, "null");
    return;
  }
  size_t n = strlen(s);
  if (n <= 32) {
    /* eight bytes at a time, the last eight in one (they may overlap) */
    uint64_t bad = 0, v;
    if (n >= 8) {
      for (size_t i = 0; i + 8 <= n; i += 8) {
        memcpy(&v, s + i, 8);
        bad |= S_plain8(v);
      }
      memcpy(&v, s + n - 8, 8);
      bad |= S_plain8(v);
    } else {
      for (size_t i = 0; i < n; i++) bad |= !S_plain_tab[(unsigned char)s[i]];
    }
    if (!bad) {
      char *p = S_room(o, 32 + 2);
      p[0] = '"';
      S_copy(p + 1, s, n);
      p[n + 1] = '"';
      o->n += n + 2;
      return;
    }
  }
  S_str(o, s, n);
}

/* Keeps s (n bytes, no byte to escape) in c, quoted. */
S_INLINE void S_keep(S_quoted *c, const char *s, size_t n) {
  c->s = s;
  c->n = n + 2;
  c->q[0] = '"';
  memcpy(c->q + 1, s, n);
  c->q[n + 1] = '"';
}

/* One of the library's names (lede_part_name and the like): printable
 * ASCII without " or \, so nothing to escape. Each is written tens of
 * times per article: its quoted form is kept in o->names by its address,
 * and copied with a fixed-size copy. The entry kept for s, or NULL for
 * NULL or a name too long to keep. */
S_INLINE S_quoted *S_name_kept(S_out *o, const char *s) {
  if (!s) return NULL;
  S_quoted *c = &o->names[((uintptr_t)s * UINT64_C(0x9E3779B97F4A7C15)) >> 59];
  if (c->s != s) {
    size_t n = strlen(s);
    if (n > sizeof c->q - 2) return NULL;
    S_keep(c, s, n);
  }
  return c;
}

/* A cue's lemma (static, as the library's names are) as S_cstr writes
 * it, kept in o->lemmas by its address: the entry, or NULL for one of
 * more than 22 bytes or with a byte S_cstr would not copy as it is. */
S_INLINE S_quoted *S_lemma_kept(S_out *o, const char *s) {
  S_quoted *c =
      &o->lemmas[((uintptr_t)s * UINT64_C(0x9E3779B97F4A7C15)) >> 60];
  if (c->s != s) {
    size_t n = 0;
    while (n < sizeof c->q - 1 && S_plain_tab[(unsigned char)s[n]]) n++;
    if (n > sizeof c->q - 2 || s[n]) return NULL;
    S_keep(c, s, n);
  }
  return c;
}

static void S_name(S_out *o, const char *s) {
  S_quoted *c = S_name_kept(o, s);
  if (c) {
    memcpy(S_room(o, sizeof c->q), c->q, sizeof c->q);
    o->n += c->n;
  } else if (!s) {
    S_lit(o, "null");
  } else {
    S_raw(o, "\"", 1);
    S_raw(o, s, strlen(s));
    S_raw(o, "\"", 1);
  }
}

/* A literal at q, which moves past it. */
#define S_PUT(q, lit) (memcpy((q), (lit), sizeof(lit) - 1), (q) += sizeof(lit) - 1)

/* A literal into o, with one test for room and a copy of known size. */
#define S_LIT_ROOM(o, lit)                                        \
  do {                                                            \
    memcpy(S_room((o), sizeof(lit) - 1), (lit), sizeof(lit) - 1); \
    (o)->n += sizeof(lit) - 1;                                    \
  } while (0)

/* Name s (as S_name writes it) at q, in room reserved at *pp: 24 bytes
 * for it, rest after it. A name that is NULL or too long to keep goes
 * the slow way: what [*pp, q) holds is taken, the name written, and room
 * for rest reserved again at *pp. Returns the name's end. */
S_INLINE char *S_put_name(S_out *o, char **pp, char *q, const char *s,
                          size_t rest) {
  S_quoted *c = S_name_kept(o, s);
  if (c) {
    memcpy(q, c->q, sizeof c->q);
    return q + c->n;
  }
  o->n += (size_t)(q - *pp);
  S_name(o, s);
  return *pp = S_room(o, rest);
}

/* N, or null for LEDE_NONE, at q (room for 20 bytes). */
S_INLINE char *S_put_num_or_null(char *q, size_t v) {
  if (v != LEDE_NONE) return q + S_digits(q, v);
  S_PUT(q, "null");
  return q;
}

/* The kept ,"part":"...","paragraph": of block b's part, made at its
 * first use; NULL for a part without one (not kept: written the slow
 * way). */
S_INLINE const S_part_lit *S_part_kept(S_out *o, const lede__block *blk) {
  S_part_lit *c = (unsigned)blk->part < 16 ? &o->parts[blk->part] : NULL;
  if (c && !c->n) {
    const char *name = lede_part_name(blk->part);
    size_t n = strlen(name);
    if (9 + n + 14 <= sizeof c->q) {
      memcpy(c->q, ",\"part\":\"", 9);
      memcpy(c->q + 9, name, n);
      memcpy(c->q + 9 + n, "\",\"paragraph\":", 14);
      c->n = 9 + n + 14;
    }
  }
  return c && c->n ? c : NULL;
}

/* Room S_put_where needs. */
#define S_WHERE_ROOM (2 * sizeof(((S_part_lit *)0)->q) + 20)

/* ,"part":"...","paragraph":N|null for block b (paragraph 1-based),
 * then tail (if any, made), at q (room for S_WHERE_ROOM bytes): returns
 * its end, or NULL, nothing written, for a part S_part_kept keeps none
 * of. */
S_INLINE char *S_put_where(S_out *o, char *q, size_t b,
                           const S_part_lit *tail) {
  const lede__block *blk = &o->a->blocks.v[b];
  const S_part_lit *c = S_part_kept(o, blk);
  if (!c) return NULL;
  memcpy(q, c->q, sizeof c->q);
  q += c->n;
  if (blk->para != LEDE_NONE) {
    q += S_digits(q, blk->para + 1);
  } else {
    memcpy(q, "null", 4);
    q += 4;
  }
  if (tail) {
    memcpy(q, tail->q, sizeof tail->q);
    q += tail->n;
  }
  return q;
}

/* The same into o, the slow way too. */
S_INLINE void S_where_x(S_out *o, size_t b, const S_part_lit *tail) {
  char *p = S_room(o, S_WHERE_ROOM), *q = S_put_where(o, p, b, tail);
  if (q) {
    o->n += (size_t)(q - p);
    return;
  }
  const lede__block *blk = &o->a->blocks.v[b];
  S_lit(o, ",\"part\":");
  S_name(o, lede_part_name(blk->part));
  S_lit(o, ",\"paragraph\":");
  if (blk->para != LEDE_NONE) S_num(o, blk->para + 1);
  else S_lit(o, "null");
  if (tail) S_raw(o, tail->q, tail->n);
}

static void S_where(S_out *o, size_t b) { S_where_x(o, b, NULL); }

/* The same, then the record's closing brace. */
static const S_part_lit S_close = {1, "}"};
S_INLINE void S_where_close(S_out *o, size_t b) { S_where_x(o, b, &S_close); }

/* pre (n bytes), then "text":"...","start":N,"end":N, then post (m
 * bytes, m at most 64), then, for where, the place of block b and tail
 * (S_where_x): a piece that needs no escaping and fits the buffer goes
 * in with one test for room and one copy, the offsets written beside
 * it. */
S_INLINE void S_span_fields_w(S_out *o, const char *pre, size_t n,
                              lede_span s, const char *post, size_t m,
                              int where, size_t b, const S_part_lit *tail) {
  size_t len = s.end - s.start;
  const char *t = o->text;
  int ok = len <= 2048 && S_bounds_ok(o, s.start, s.end);
  int clear = ok && (!len || S_clear(o, s.start, s.end));
  if (clear || (ok && len <= 512 && o->nesc <= S_NESC)) {
    /* a piece with bytes to escape: those listed, six bytes at most each */
    char *p = S_room(o, n + 8 + (clear ? len : 6 * len) + 10 + 20 + 7 + 20 +
                            64 + (where ? S_WHERE_ROOM : 0)),
         *q = p;
    memcpy(q, pre, n);
    q += n;
    memcpy(q, "\"text\":\"", 8);
    q += 8;
    size_t pos = s.start;
    if (!clear) {
      size_t k = S_esc_first(o, s.start);
      for (; k < o->nesc && o->esc[k] < s.end; k++) {
        size_t e = o->esc[k];
        memcpy(q, t + pos, e - pos);
        q += e - pos;
        q += S_esc_put(q, (unsigned char)t[e]);
        pos = e + 1;
      }
      o->hint = k;
    }
    S_copy(q, t + pos, s.end - pos);
    q += s.end - pos;
    *q++ = '"';
    q = S_put_start_end(q, s);
    memcpy(q, post, m);
    q += m;
    if (where) {
      char *e = S_put_where(o, q, b, tail);
      if (e) {
        o->n += (size_t)(e - p);
        return;
      }
    }
    o->n += (size_t)(q - p);
  } else {
    S_raw(o, pre, n);
    S_raw(o, "\"text\":\"", 8);
    S_text_esc(o, s.start, s.end);
    S_close_start_end(o, s);
    S_raw(o, post, m);
  }
  if (where) S_where_x(o, b, tail);
}

S_INLINE void S_span_fields_x(S_out *o, const char *pre, size_t n,
                              lede_span s, const char *post, size_t m) {
  S_span_fields_w(o, pre, n, s, post, m, 0, 0, NULL);
}

/* "text":"...","start":N,"end":N (no braces) */
static void S_span_fields(S_out *o, lede_span s) {
  S_span_fields_x(o, "", 0, s, "", 0);
}

/* The same with a literal before and after. */
#define S_SPAN_FIELDS(o, pre, s, post) \
  S_span_fields_x((o), (pre), sizeof(pre) - 1, (s), (post), sizeof(post) - 1)

/* The same, then the place of block b and tail. */
#define S_SPAN_WHERE(o, pre, s, post, b, tail)                            \
  S_span_fields_w((o), (pre), sizeof(pre) - 1, (s), (post),              \
                  sizeof(post) - 1, 1, (b), (tail))

static void S_span_obj(S_out *o, lede_span s) {
  S_SPAN_FIELDS(o, "{", s, "}");
}

/* ,"kind":"..."} for a mention of kind k: made once per article. */
static const S_part_lit *S_kind_lit(S_out *o, unsigned k) {
  if (k >= 8) return NULL;
  S_part_lit *c = &o->kinds[k];
  if (!c->n) {
    const char *name = lede_mention_kind_name((lede_mention_kind)k);
    size_t n = name ? strlen(name) : 0;
    if (!name || 10 + n + 2 > sizeof c->q) return NULL;
    memcpy(c->q, ",\"kind\":\"", 9);
    memcpy(c->q + 9, name, n);
    memcpy(c->q + 9 + n, "\"}", 2);
    c->n = 9 + n + 2;
  }
  return c;
}

static void S_field(S_out *o, const char *key, lede_field f) {
  lede_span s;
  S_lit(o, key);
  if (lede_field_span(o->a, f, &s)) S_span_obj(o, s);
  else S_lit(o, "null");
}

static void S_blocks_of(S_out *o, const char *key, lede_part part) {
  const lede_article *a = o->a;
  S_lit(o, key);
  S_raw(o, "[", 1);
  int first = 1;
  for (size_t i = 0; i < a->blocks.n; i++) {
    if (a->blocks.v[i].part != part) continue;
    if (!first) S_raw(o, ",", 1);
    first = 0;
    S_span_obj(o, lede__s64(a->blocks.v[i].span));
  }
  S_raw(o, "]", 1);
}

/* A paragraph's sentences, inside its "sentences":[ ]. */
S_INLINE void S_sentences(S_out *o, size_t block) {
  const lede__block *b = &o->a->blocks.v[block];
  for (size_t i = 0; i < b->nsents; i++) {
    lede_span sp = lede__s64(o->a->sents.v[b->first_sent + i].span);
    if (i) S_SPAN_FIELDS(o, ",{", sp, "}");
    else S_SPAN_FIELDS(o, "{", sp, "}");
  }
}

/* "entities":[{name, type, count, title, role, aliases, mentions}] */
static void S_entities(S_out *o) {
  const lede_article *a = o->a;
  S_lit(o, ",\"entities\":[");
  /* the entities' fields read where they are, as the accessors
   * (lede_entity_name and the like) would give them */
  for (size_t i = 0; i < a->ents.n; i++) {
    const lede__entity *e = &a->ents.v[i];
    lede_span s = e->name;
    if (i) S_lit(o, ",{\"name\":");
    else S_lit(o, "{\"name\":");
    S_tstr(o, s);
    char *p = S_room(o, 8 + 24 + 9 + 20), *q = p;
    S_PUT(q, ",\"type\":");
    q = S_put_name(o, &p, q, lede_entity_type_name(e->type), 9 + 20);
    S_PUT(q, ",\"count\":");
    q += S_digits(q, e->nments);
    o->n += (size_t)(q - p);
    if (e->title.end > e->title.start)
      S_SPAN_FIELDS(o, ",\"title\":{", e->title, "}");
    else S_lit(o, ",\"title\":null");
    if (e->role.end > e->role.start)
      S_SPAN_FIELDS(o, ",\"role\":{", e->role, "},\"aliases\":[");
    else S_lit(o, ",\"role\":null,\"aliases\":[");
    for (size_t j = 0; j < e->naliases; j++) {
      if (j) S_raw(o, ",", 1);
      S_tstr(o, a->ent_aliases.v[e->first_alias + j]);
    }
    S_lit(o, "],\"mentions\":[");
    size_t nr = lede__ent_nrefs(a, i);
    for (size_t j = 0; j < nr; j++) {
      const lede__mention *m = lede__ent_ref(a, i, j);
      const S_part_lit *kl = S_kind_lit(o, m->kind);
      if (kl) {
        if (j) S_SPAN_WHERE(o, ",{", lede__s64(m->span), "", m->block, kl);
        else S_SPAN_WHERE(o, "{", lede__s64(m->span), "", m->block, kl);
        continue;
      }
      if (j) S_SPAN_FIELDS(o, ",{", lede__s64(m->span), "");
      else S_SPAN_FIELDS(o, "{", lede__s64(m->span), "");
      S_where(o, m->block);
      S_lit(o, ",\"kind\":");
      S_name(o, lede_mention_kind_name((lede_mention_kind)m->kind));
      S_raw(o, "}", 1);
    }
    S_lit(o, "]}");
  }
  S_raw(o, "]", 1);
}

/* "page": what a web page states about itself, each field with its
 * source, and each block's place in the HTML. */
static void S_page(S_out *o) {
  const lede_article *a = o->a;
  S_lit(o, ",\"page\":{\"meta\":{");
  int first = 1;
  for (int k = LEDE_META_TITLE; k <= LEDE_META_CHARSET; k++) {
    lede_meta_source src;
    size_t n;
    const char *v = lede_meta(a, (lede_meta_key)k, &n, &src);
    if (!v) continue;
    if (!first) S_raw(o, ",", 1);
    first = 0;
    S_name(o, lede_meta_key_name((lede_meta_key)k));
    S_lit(o, ":{\"value\":");
    S_str(o, v, n);
    S_lit(o, ",\"source\":");
    S_name(o, lede_meta_source_name(src));
    S_raw(o, "}", 1);
  }
  S_lit(o, "},\"authors\":[");
  for (size_t i = 0; i < lede_meta_author_count(a); i++) {
    lede_meta_source src;
    size_t n;
    const char *v = lede_meta_author(a, i, &n, &src);
    if (i) S_raw(o, ",", 1);
    S_lit(o, "{\"name\":");
    S_str(o, v, n);
    S_lit(o, ",\"source\":");
    S_name(o, lede_meta_source_name(src));
    S_raw(o, "}", 1);
  }
  S_lit(o, "],\"blocks\":[");
  for (size_t i = 0; i < lede_block_count(a); i++) {
    lede_span s = lede_block_span(a, i), h;
    if (i) S_raw(o, ",", 1);
    S_lit(o, "{\"part\":");
    S_name(o, lede_part_name(lede_block_part(a, i)));
    S_start_end(o, s);
    S_lit(o, ",\"html\":");
    if (lede_block_html_span(a, i, &h)) {
      S_lit(o, "{\"start\":");
      S_num(o, h.start);
      S_lit(o, ",\"end\":");
      S_num(o, h.end);
      S_raw(o, "}", 1);
    } else {
      S_lit(o, "null");
    }
    S_raw(o, "}", 1);
  }
  S_lit(o, "]}");
}

/* "lede", "length", the headline's fields, "published" and "dateline". */
static void S_head(S_out *o) {
  const lede_article *a = o->a;
  S_lit(o, "\"lede\":\"" LEDE_VERSION_STRING "\",\"length\":");
  S_num(o, a->len);
  S_field(o, ",\"title\":", LEDE_FIELD_TITLE);
  S_field(o, ",\"standfirst\":", LEDE_FIELD_STANDFIRST);
  S_field(o, ",\"byline\":", LEDE_FIELD_BYLINE);
  S_lit(o, ",\"published\":");
  S_cstr(o, lede_published(a));
  S_field(o, ",\"published_as_written\":", LEDE_FIELD_PUBLISHED);
  S_lit(o, ",\"dateline\":");
  if (a->dateline.end) {
    S_raw(o, "{", 1);
    S_span_fields(o, a->dateline);
    S_lit(o, ",\"agency\":");
    if (a->agency.end) S_span_obj(o, a->agency);
    else S_lit(o, "null");
    S_raw(o, "}", 1);
  } else {
    S_lit(o, "null");
  }
}

/* "authors", "captions", "related" and "boilerplate". */
static void S_furniture(S_out *o) {
  const lede_article *a = o->a;
  S_lit(o, ",\"authors\":[");
  for (size_t i = 0; i < a->authors.n; i++) {
    if (i) S_raw(o, ",", 1);
    S_lit(o, "{\"name\":");
    S_tstr(o, a->authors.v[i].span);
    S_lit(o, ",\"kind\":");
    S_name(o, lede_author_kind_name(a->authors.v[i].kind));
    S_start_end(o, a->authors.v[i].span);
    S_raw(o, "}", 1);
  }
  S_lit(o, "],\"captions\":[");
  for (size_t i = 0; i < a->captions.n; i++) {
    const lede__caption *c = &a->captions.v[i];
    if (i) S_raw(o, ",", 1);
    S_raw(o, "{", 1);
    S_span_fields(o, c->span);
    S_lit(o, ",\"credit\":");
    if (c->credit.end > c->credit.start) S_span_obj(o, c->credit);
    else S_lit(o, "null");
    S_raw(o, "}", 1);
  }
  S_raw(o, "]", 1);
  S_blocks_of(o, ",\"related\":", LEDE_PART_RELATED);
  S_blocks_of(o, ",\"boilerplate\":", LEDE_PART_BOILERPLATE);
}

/* "paragraphs" with their sentences, then "sentences". */
static void S_body(S_out *o) {
  const lede_article *a = o->a;
  S_lit(o, ",\"paragraphs\":[");
  for (size_t i = 0; i < a->paras.n; i++) {
    lede_span ps = lede__s64(a->blocks.v[a->paras.v[i]].span);
    if (i) S_SPAN_FIELDS(o, ",{", ps, ",\"sentences\":[");
    else S_SPAN_FIELDS(o, "{", ps, ",\"sentences\":[");
    S_sentences(o, a->paras.v[i]);
    S_raw(o, "]}", 2);
  }
  S_raw(o, "]", 1);
  /* Every block's sentences, with their part: the page's sentences. */
  S_lit(o, ",\"sentences\":[");
  for (size_t i = 0; i < a->sents.n; i++) {
    const lede__sentence *st = &a->sents.v[i];
    if (i) S_SPAN_WHERE(o, ",{", lede__s64(st->span), "", st->block, &S_close);
    else S_SPAN_WHERE(o, "{", lede__s64(st->span), "", st->block, &S_close);
  }
  S_raw(o, "]", 1);
}

/* Quote i of "quotes": its words, cue, speakers and fragments. */
S_INLINE void S_quote(S_out *o, size_t i) {
  const lede_article *a = o->a;
  const lede__quote *q = &a->quotes.v[i];
  char *p = S_room(o, 9 + 24 + 1), *e = p;
  if (i) *e++ = ',';
  S_PUT(e, "{\"kind\":");
  e = S_put_name(o, &p, e, lede_quote_kind_name(q->kind), 1);
  *e++ = ',';
  o->n += (size_t)(e - p);
  /* its fragments, as lede_quote_fragment gives them: the content, or
   * the two pieces on either side of the gap */
  lede_span c = lede__s64(q->content), gap = lede__s64(q->gap);
  int split = gap.end > gap.start;
  if (split) {
    /* The words said, without the attribution between the pieces
     * (joined by a space, as in Lua); start/end span them all. */
    S_lit(o, "\"text\":");
    S_fragments(o, i);
    S_start_end(o, c);
    S_lit(o, ",\"outer\":{");
  } else {
    S_SPAN_FIELDS(o, "", c, ",\"outer\":{");
  }
  S_SPAN_FIELDS(o, "", lede__s64(q->outer), "}");
  if (q->cue.end > q->cue.start) {
    S_SPAN_FIELDS(o, ",\"cue\":{", lede__s64(q->cue), ",\"lemma\":");
    S_quoted *lc = q->lemma ? S_lemma_kept(o, q->lemma) : NULL;
    if (lc) {
      p = S_room(o, sizeof lc->q + 1);
      memcpy(p, lc->q, sizeof lc->q);
      p[lc->n] = '}';
      o->n += lc->n + 1;
    } else {
      S_cstr(o, q->lemma);
      S_raw(o, "}", 1);
    }
  } else {
    S_LIT_ROOM(o, ",\"cue\":null");
  }
#define S_SPEAKER(key, sp)                         \
  do {                                             \
    lede_span sp_ = lede__s64(sp);                 \
    if (sp_.end > sp_.start)                       \
      S_SPAN_FIELDS(o, ",\"" key "\":{", sp_, "}"); \
    else                                           \
      S_LIT_ROOM(o, ",\"" key "\":null");          \
  } while (0)
  S_SPEAKER("speaker", q->speaker);
  S_SPEAKER("speaker_ref", q->ref);
  S_SPEAKER("speaker_org", q->org);
#undef S_SPEAKER
  /* the rest up to the fragments: 160 bytes at most */
  p = e = S_room(o, 256);
  S_PUT(e, ",\"speaker_entity\":");
  e = S_put_num_or_null(e, q->entity);
  S_PUT(e, ",\"speaker_via\":");
  e = S_put_name(o, &p, e, lede_speaker_via_name((lede_speaker_via)q->via),
                 200);
  S_PUT(e, ",\"cue_class\":");
  e = S_put_name(o, &p, e, lede_cue_class_name((lede_cue_class)q->cls),
                 200);
  if (q->question) S_PUT(e, ",\"question\":true,\"parent\":");
  else S_PUT(e, ",\"question\":false,\"parent\":");
  e = S_put_num_or_null(e, q->parent);
  S_PUT(e, ",\"fragments\":[");
  o->n += (size_t)(e - p);
  if (split) {
    S_SPAN_FIELDS(o, "{", ((lede_span){c.start, gap.start}), "}");
    S_SPAN_WHERE(o, ",{", ((lede_span){gap.end, c.end}), "}]", q->block,
                 &S_close);
  } else {
    S_SPAN_WHERE(o, "{", c, "}]", q->block, &S_close);
  }
}

/* "dates" (paragraph: 1-based, as in Lua). */
static void S_dates(S_out *o) {
  const lede_article *a = o->a;
  S_lit(o, ",\"dates\":[");
  for (size_t i = 0; i < a->dates.n; i++) {
    const lede__date *d = &a->dates.v[i];
    if (i) S_SPAN_FIELDS(o, ",{", d->span, ",\"type\":");
    else S_SPAN_FIELDS(o, "{", d->span, ",\"type\":");
    char *p = S_room(o, 24 + 9), *q = p;
    q = S_put_name(o, &p, q, lede_date_type_name((lede_date_type)d->type), 9);
    S_PUT(q, ",\"value\":");
    o->n += (size_t)(q - p);
    S_cstr(o, d->value);
    p = q = S_room(o, 15 + 24 + 10 + 24);
    S_PUT(q, ",\"granularity\":");
    q = S_put_name(o, &p, q, lede_date_gran_name((lede_date_gran)d->gran),
                   10 + 24);
    S_PUT(q, ",\"anchor\":");
    q = S_put_name(o, &p, q,
                   lede_date_anchor_name((lede_date_anchor)d->anchor), 0);
    o->n += (size_t)(q - p);
    S_where_close(o, d->block);
  }
  S_raw(o, "]", 1);
}

lede_status lede_article_json(const lede_article *a, const char *id,
                              lede_write_fn w, void *ud) {
  if (!a || !w) return LEDE_EINVAL;
  S_out o;
  S_out_init(&o, w, ud, a);
  S_scan_text(&o);
  memset(o.names, 0, sizeof o.names);
  memset(o.lemmas, 0, sizeof o.lemmas);
  for (size_t k = 0; k < 16; k++) o.parts[k].n = 0;
  for (size_t k = 0; k < 8; k++) o.kinds[k].n = 0;
  S_raw(&o, "{", 1);
  if (id) {
    S_lit(&o, "\"id\":");
    S_cstr(&o, id);
    S_raw(&o, ",", 1);
  }
  S_head(&o);
  S_furniture(&o);
  S_body(&o);
  /* stage sections: entities, quotes, dates */
  S_entities(&o);
  S_lit(&o, ",\"quotes\":[");
  for (size_t i = 0; i < a->quotes.n; i++) S_quote(&o, i);
  S_raw(&o, "]", 1);
  S_dates(&o);
  if (lede_is_html(a)) S_page(&o);
  S_raw(&o, "}", 1);
  S_flush(&o);
  return o.err ? LEDE_EWRITE : LEDE_OK;
}
