/* The article's arena: bump allocation from chunks, one free for all. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Under AddressSanitizer the unused part of every chunk is poisoned and each
 * block handed out is unpoisoned alone, with a poisoned gap (RZ bytes)
 * after it, so reading past a block or before the next one is reported as
 * it would be for malloc.  Storage a vector abandons when it grows is
 * poisoned again.  Elsewhere RZ is 0 and the macros do nothing. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEDE_ASAN 1
#endif
#endif
#if !defined(LEDE_ASAN) && defined(__SANITIZE_ADDRESS__)
#define LEDE_ASAN 1
#endif
#ifdef LEDE_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define RZ 16
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define RZ 0
#endif

struct lede__chunk {
  lede__chunk *next;
  size_t size; /* bytes including this header */
};

#define ALIGN 16
#define HDR (((sizeof(lede__chunk) + ALIGN - 1) / ALIGN) * ALIGN)
/* LEDE_ARENA_CHUNK (a build-time knob for the allocation-failure test):
 * every chunk that size (a block bigger than that gets a chunk of its
 * own), and vectors on their own past 256 bytes, so an article of a few
 * kilobytes makes hundreds of allocations. */
#ifdef LEDE_ARENA_CHUNK
#define MIN_CHUNK ((size_t)(LEDE_ARENA_CHUNK))
#define MAX_CHUNK MIN_CHUNK
#define BIG ((size_t)256)
#else
#define MIN_CHUNK ((size_t)64 * 1024)
#define MAX_CHUNK (16 * MIN_CHUNK)
#define BIG ((size_t)64 * 1024)
#endif

static void S_oom(lede__arena *ar) { longjmp(*ar->oom, 1); }

size_t lede__mul(lede__arena *ar, size_t n, size_t m) {
  if (m && n > (size_t)-1 / m) S_oom(ar);
  return n * m;
}

void *lede__alloc(lede__arena *ar, size_t n) {
  if (n == 0) n = 1;
  if (n > (size_t)-1 - 2 * ALIGN - HDR - RZ) S_oom(ar);
  size_t want = n;
  n = (n + RZ + ALIGN - 1) & ~(size_t)(ALIGN - 1);
  if ((size_t)(ar->lim - ar->cur) < n || !ar->cur) {
    size_t size = HDR + RZ + n;
#ifdef LEDE_ARENA_CHUNK
    size_t grow = MIN_CHUNK;
#else
    size_t grow = ar->head ? ar->head->size * 2
                           : (ar->first ? ar->first : MIN_CHUNK);
#endif
    if (grow > MAX_CHUNK) grow = MAX_CHUNK;
    if (size < grow) size = grow;
    lede__chunk *c = ar->alloc(ar->ud, NULL, 0, size);
    if (!c) S_oom(ar);
    c->size = size;
    c->next = ar->head;
    ar->head = c;
    ar->cur = (char *)c + HDR + RZ;
    ar->lim = (char *)c + size;
    POISON((char *)c + HDR, size - HDR);
  }
  void *p = ar->cur;
  ar->cur += n;
  UNPOISON(p, want);
  return p;
}

void *lede__calloc(lede__arena *ar, size_t n) {
  void *p = lede__alloc(ar, n);
  memset(p, 0, n);
  return p;
}

char *lede__strndup(lede__arena *ar, const char *s, size_t n) {
  char *p = lede__alloc(ar, n + 1);
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

/* Vectors past BIG bytes live in blocks of their own that grow with the
 * allocator's realloc (which can move pages instead of copying them), in a
 * doubly-linked list so the arena can free them. */
typedef struct lede__big {
  struct lede__big *prev, *next;
  size_t size;
  size_t serial; /* the arena's nbig when it was made */
} lede__big;
#define BIG_HDR (((sizeof(lede__big) + ALIGN - 1) / ALIGN) * ALIGN)

static void S_resize(lede__arena *ar, void **v, size_t *cap, size_t elem,
                     size_t ncap) {
  size_t old = *cap * elem, size = lede__mul(ar, ncap, elem);
  if (size < BIG) {
    void *nv = lede__alloc(ar, size);
    if (old) memcpy(nv, *v, old);
    if (old) POISON(*v, old); /* abandoned: a pointer kept into it is a bug */
    *v = nv;
    *cap = ncap;
    return;
  }
  if (size > (size_t)-1 - BIG_HDR) S_oom(ar);
  lede__big *b;
  if (old >= BIG) {
    lede__big *ob = (lede__big *)((char *)*v - BIG_HDR);
    b = ar->alloc(ar->ud, ob, ob->size, BIG_HDR + size);
    if (!b) S_oom(ar);
    if (b->prev) b->prev->next = b;
    else ar->big = b;
    if (b->next) b->next->prev = b;
  } else {
    b = ar->alloc(ar->ud, NULL, 0, BIG_HDR + size);
    if (!b) S_oom(ar);
    if (old) memcpy((char *)b + BIG_HDR, *v, old);
    if (old) POISON(*v, old);
    b->prev = NULL;
    b->next = ar->big;
    if (ar->big) ar->big->prev = b;
    ar->big = b;
    b->serial = ar->nbig++;
  }
  b->size = BIG_HDR + size;
  *v = (char *)b + BIG_HDR;
  *cap = ncap;
}

void lede__arena_free(lede__arena *ar) {
  lede__chunk *c = ar->head;
  while (c) {
    lede__chunk *next = c->next;
    UNPOISON(c, c->size); /* the allocator may reuse or inspect it */
    ar->alloc(ar->ud, c, c->size, 0);
    c = next;
  }
  ar->head = NULL;
  ar->cur = ar->lim = NULL;
  lede__big *b = ar->big;
  while (b) {
    lede__big *next = b->next;
    ar->alloc(ar->ud, b, b->size, 0);
    b = next;
  }
  ar->big = NULL;
  ar->nbig = 0;
}

lede__mark lede__arena_mark(const lede__arena *ar) {
  lede__mark m = {ar->head, ar->cur, ar->lim, ar->nbig};
  return m;
}

/* Big blocks are pushed at the head of their list and keep their place
 * when they grow, so those made after the mark are the first ones. */
void lede__arena_release(lede__arena *ar, lede__mark m) {
  while (ar->head != m.head) {
    lede__chunk *c = ar->head;
    ar->head = c->next;
    UNPOISON(c, c->size);
    ar->alloc(ar->ud, c, c->size, 0);
  }
  ar->cur = m.cur;
  ar->lim = m.lim;
  if (m.cur) POISON(m.cur, (size_t)(m.lim - m.cur));
  while (ar->big && ar->big->serial >= m.nbig) {
    lede__big *b = ar->big;
    ar->big = b->next;
    if (ar->big) ar->big->prev = NULL;
    ar->alloc(ar->ud, b, b->size, 0);
  }
  ar->nbig = m.nbig;
}

void lede__vec_free(lede__arena *ar, void *v, size_t cap, size_t elem) {
  size_t size = cap * elem;
  if (!v || !size) return;
  if (size < BIG) {
    POISON(v, size); /* abandoned in its chunk */
    return;
  }
  lede__big *b = (lede__big *)((char *)v - BIG_HDR);
  if (b->prev) b->prev->next = b->next;
  else ar->big = b->next;
  if (b->next) b->next->prev = b->prev;
  ar->alloc(ar->ud, b, b->size, 0);
}

void lede__vec_shrink(lede__arena *ar, void **v, size_t *cap, size_t elem,
                      size_t n) {
  if (!*v || *cap * elem < BIG || n >= *cap) return;
  if (n * elem < BIG) n = (BIG + elem - 1) / elem; /* stays a big block */
  if (n >= *cap) return;
  lede__big *b = (lede__big *)((char *)*v - BIG_HDR);
  size_t size = BIG_HDR + n * elem;
  lede__big *nb = ar->alloc(ar->ud, b, b->size, size);
  if (!nb) S_oom(ar); /* as any failed allocation */
  if (nb->prev) nb->prev->next = nb;
  else ar->big = nb;
  if (nb->next) nb->next->prev = nb;
  nb->size = size;
  *v = (char *)nb + BIG_HDR;
  *cap = n;
}

/* A vector doubles until it holds a megabyte, then grows by half: a long
 * text's largest vectors leave a third of their room unused at worst,
 * not half, and growing one in place costs the allocator little. */
#define GROW_HALF ((size_t)1 << 20)
void lede__vec_grow(lede__arena *ar, void **v, size_t *cap, size_t elem) {
  size_t n = *cap;
  S_resize(ar, v, cap, elem,
           !n ? 16 : lede__mul(ar, n, elem) < GROW_HALF ? lede__mul(ar, n, 2)
                                                       : n + n / 2);
}

void lede__vec_reserve(lede__arena *ar, void **v, size_t *cap, size_t elem,
                       size_t n) {
  if (n > *cap) S_resize(ar, v, cap, elem, n);
}
