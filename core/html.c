/* HTML input: parse a web page with Gumbo (an HTML5 parser), read the
 * metadata the page states about itself, find the article body, and hand
 * its text, cut into blocks, to the usual stages.
 *
 * The body is found by scoring, not by per-site rules: the page becomes a
 * list of text blocks (what a block element holds), each with its length,
 * the share of it inside links, its commas and the class/id hints of the
 * elements around it.  Paragraph-like blocks give points to the elements
 * above them; the best container (discounted by its link density) and its
 * siblings that score alike make the content.  Inside it, subtrees named
 * like furniture (share, related, newsletter, ad, comments...) or made of
 * links are dropped, unless they hold most of the text.
 *
 * Gumbo's memory is tracked here (a list of its blocks), so an allocation
 * failure can unwind out of the parser and free everything, and the tree
 * is released without Gumbo's recursive free. */
#include <gumbo.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "lexicon.h"

/* ==== Gumbo's memory ===================================================== */

/* Gumbo makes many small allocations and frees them all together at the
 * end: they come from chunks (each tracked in the list, so a failure can
 * unwind and free them all), and a free returns nothing until the end. */
#define S_CHUNK ((size_t)64 << 10)

static void *S_galloc(void *ud, size_t n) {
  lede__gumbo_mem *gm = ud;
  n = (n + 15) & ~(size_t)15;
  if (n > (size_t)-1 / 2) longjmp(*gm->ar->oom, 1);
  if (n > gm->left) {
    size_t size = n > S_CHUNK / 4 ? n : gm->chunk;
    lede__gmem *m = gm->ar->alloc(gm->ar->ud, NULL, 0, sizeof *m + size);
    if (!m) longjmp(*gm->ar->oom, 1);
    m->size = size;
    m->next = gm->head.next;
    m->prev = &gm->head;
    gm->head.next->prev = m;
    gm->head.next = m;
    if (size != n || n == gm->chunk) {
      /* A new current chunk; the next one is bigger, to 1 MB. */
      gm->cur = (char *)(m + 1);
      gm->left = size;
      if (gm->chunk < ((size_t)1 << 20)) gm->chunk *= 2;
    } else {
      return m + 1; /* a large block of its own */
    }
  }
  void *p = gm->cur;
  gm->cur += n;
  gm->left -= n;
  return p;
}

static void S_gfree(void *ud, void *p) {
  (void)ud;
  (void)p;
}

void lede__gumbo_release(lede__gumbo_mem *gm) {
  if (!gm || !gm->head.next) return;
  lede__gmem *m = gm->head.next;
  while (m != &gm->head) {
    lede__gmem *next = m->next;
    gm->ar->alloc(gm->ar->ud, m, sizeof *m + m->size, 0);
    m = next;
  }
  gm->head.next = gm->head.prev = &gm->head;
  gm->left = 0;
}

/* ==== Charset ============================================================ */

/* Windows-1252's 0x80..0x9F (0: unassigned, kept as the C1 control). */
static const uint16_t S_cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static int S_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int S_ieq(const char *s, size_t n, const char *w) {
  size_t m = strlen(w);
  if (n != m) return 0;
  for (size_t i = 0; i < n; i++)
    if (S_lower((unsigned char)s[i]) != w[i]) return 0;
  return 1;
}

/* The charset a page declares in its first 1024 bytes (a BOM, then
 * "charset=" in a meta tag), as written; {0, 0} if none. */
static lede_span S_declared_charset(const char *h, size_t n) {
  size_t lim = n < 1024 ? n : 1024;
  for (size_t i = 0; i + 8 <= lim; i++) {
    if (S_lower((unsigned char)h[i]) != 'c' ||
        !S_ieq(h + i, 7, "charset"))
      continue;
    size_t p = i + 7;
    while (p < n && (h[p] == ' ' || h[p] == '\t')) p++;
    if (p >= n || h[p] != '=') continue;
    p++;
    while (p < n && (h[p] == ' ' || h[p] == '\t' || h[p] == '"' ||
                     h[p] == '\''))
      p++;
    size_t s = p;
    while (p < n && p - s < 40 &&
           ((h[p] >= 'a' && h[p] <= 'z') || (h[p] >= 'A' && h[p] <= 'Z') ||
            (h[p] >= '0' && h[p] <= '9') || h[p] == '-' || h[p] == '_' ||
            h[p] == ':' || h[p] == '.'))
      p++;
    if (p > s) return (lede_span){s, p};
  }
  return (lede_span){0, 0};
}

/* Labels the WHATWG Encoding standard maps to windows-1252. */
static int S_is_1252(const char *s, size_t n) {
  static const char *const labels[] = {
      "windows-1252", "cp1252",      "latin1",      "iso-8859-1",
      "iso8859-1",    "iso_8859-1",  "l1",          "us-ascii",
      "ascii",        "x-cp1252",    "cp819",       "ibm819",
      "iso-ir-100",   "csisolatin1", "iso88591",    "iso_8859-1:1987",
      "ansi_x3.4-1968", "windows-1250-", NULL};
  for (size_t i = 0; labels[i]; i++)
    if (S_ieq(s, n, labels[i])) return 1;
  return 0;
}

/* ==== Elements and blocks =============================================== */

enum { /* element flags */
  E_STRIP = 1 << 0, /* page furniture by tag or role: nav, aside, footer */
  E_NEG = 1 << 1,   /* class/id names furniture */
  E_POS = 1 << 2,   /* class/id names content */
  E_LINK = 1 << 3,  /* an <a href> */
  E_FIGURE = 1 << 4,
  E_HEADER = 1 << 5, /* <header> */
  E_BAD = 1 << 6     /* in a comments/sidebar/related/ad... container */
};

enum { /* block kinds, from the nearest block element that sets one */
  K_OTHER,
  K_P,
  K_H1,
  K_HEAD, /* h2..h6 */
  K_LI,
  K_CAPTION,
  K_PRE,
  K_QUOTE,
  K_TD
};

typedef struct {
  size_t parent; /* LEDE_NONE for the root */
  unsigned short tag;
  unsigned char kind; /* K_*, inherited */
  unsigned flags;
  int weight;      /* class/id weight for scoring */
  uint32_t klass;  /* hash of the class attribute, 0 if none */
  size_t chars;    /* text bytes in blocks below */
  size_t links;    /* of which inside links */
  double score;
  int scored;
} S_elem;

typedef struct {
  size_t elem;         /* container: the innermost block element */
  size_t tstart, tlen; /* text, in the scratch buffer */
  size_t hstart, hend; /* the block's bytes in the parsed HTML */
  size_t links;        /* text bytes inside links */
  size_t commas;
  unsigned char kind;
  unsigned flags; /* flags of the elements above, or-ed */
  unsigned char keep;
} S_blk;

/* Tag classes. */
enum { T_INLINE = 0, T_BLOCK = 1, T_SKIP = 2, T_VOID = 3 };

/* Per tag: its class (T_*) and the block kind it sets (0: inherited). */
static const unsigned char S_tagclass[GUMBO_TAG_LAST + 1] = {
    [GUMBO_TAG_ADDRESS] = T_BLOCK, [GUMBO_TAG_ARTICLE] = T_BLOCK,
    [GUMBO_TAG_ASIDE] = T_BLOCK, [GUMBO_TAG_BLOCKQUOTE] = T_BLOCK,
    [GUMBO_TAG_BODY] = T_BLOCK, [GUMBO_TAG_CENTER] = T_BLOCK,
    [GUMBO_TAG_DD] = T_BLOCK, [GUMBO_TAG_DETAILS] = T_BLOCK,
    [GUMBO_TAG_DIR] = T_BLOCK, [GUMBO_TAG_DIV] = T_BLOCK,
    [GUMBO_TAG_DL] = T_BLOCK, [GUMBO_TAG_DT] = T_BLOCK,
    [GUMBO_TAG_FIELDSET] = T_BLOCK, [GUMBO_TAG_FIGCAPTION] = T_BLOCK,
    [GUMBO_TAG_FIGURE] = T_BLOCK, [GUMBO_TAG_FOOTER] = T_BLOCK,
    [GUMBO_TAG_FORM] = T_BLOCK, [GUMBO_TAG_H1] = T_BLOCK,
    [GUMBO_TAG_H2] = T_BLOCK, [GUMBO_TAG_H3] = T_BLOCK,
    [GUMBO_TAG_H4] = T_BLOCK, [GUMBO_TAG_H5] = T_BLOCK,
    [GUMBO_TAG_H6] = T_BLOCK, [GUMBO_TAG_HEADER] = T_BLOCK,
    [GUMBO_TAG_HGROUP] = T_BLOCK, [GUMBO_TAG_HR] = T_BLOCK,
    [GUMBO_TAG_LI] = T_BLOCK, [GUMBO_TAG_MAIN] = T_BLOCK,
    [GUMBO_TAG_MENU] = T_BLOCK, [GUMBO_TAG_NAV] = T_BLOCK,
    [GUMBO_TAG_OL] = T_BLOCK, [GUMBO_TAG_P] = T_BLOCK,
    [GUMBO_TAG_PRE] = T_BLOCK, [GUMBO_TAG_SECTION] = T_BLOCK,
    [GUMBO_TAG_SUMMARY] = T_BLOCK, [GUMBO_TAG_TABLE] = T_BLOCK,
    [GUMBO_TAG_TBODY] = T_BLOCK, [GUMBO_TAG_THEAD] = T_BLOCK,
    [GUMBO_TAG_TFOOT] = T_BLOCK, [GUMBO_TAG_TR] = T_BLOCK,
    [GUMBO_TAG_TD] = T_BLOCK, [GUMBO_TAG_TH] = T_BLOCK,
    [GUMBO_TAG_UL] = T_BLOCK, [GUMBO_TAG_CAPTION] = T_BLOCK,
    [GUMBO_TAG_LEGEND] = T_BLOCK, [GUMBO_TAG_HTML] = T_BLOCK,
    [GUMBO_TAG_SCRIPT] = T_SKIP, [GUMBO_TAG_STYLE] = T_SKIP,
    [GUMBO_TAG_NOSCRIPT] = T_SKIP, [GUMBO_TAG_TEMPLATE] = T_SKIP,
    [GUMBO_TAG_SVG] = T_SKIP, [GUMBO_TAG_MATH] = T_SKIP,
    [GUMBO_TAG_IFRAME] = T_SKIP, [GUMBO_TAG_OBJECT] = T_SKIP,
    [GUMBO_TAG_EMBED] = T_SKIP, [GUMBO_TAG_CANVAS] = T_SKIP,
    [GUMBO_TAG_SELECT] = T_SKIP, [GUMBO_TAG_TEXTAREA] = T_SKIP,
    [GUMBO_TAG_BUTTON] = T_SKIP, [GUMBO_TAG_OPTION] = T_SKIP,
    [GUMBO_TAG_DATALIST] = T_SKIP, [GUMBO_TAG_HEAD] = T_SKIP,
    [GUMBO_TAG_AUDIO] = T_SKIP, [GUMBO_TAG_VIDEO] = T_SKIP,
    [GUMBO_TAG_MAP] = T_SKIP, [GUMBO_TAG_BR] = T_VOID};

static const unsigned char S_tagkind[GUMBO_TAG_LAST + 1] = {
    [GUMBO_TAG_P] = K_P,           [GUMBO_TAG_H1] = K_H1,
    [GUMBO_TAG_H2] = K_HEAD,       [GUMBO_TAG_H3] = K_HEAD,
    [GUMBO_TAG_H4] = K_HEAD,       [GUMBO_TAG_H5] = K_HEAD,
    [GUMBO_TAG_H6] = K_HEAD,       [GUMBO_TAG_LI] = K_LI,
    [GUMBO_TAG_DD] = K_LI,         [GUMBO_TAG_DT] = K_LI,
    [GUMBO_TAG_FIGCAPTION] = K_CAPTION, [GUMBO_TAG_PRE] = K_PRE,
    [GUMBO_TAG_BLOCKQUOTE] = K_QUOTE, [GUMBO_TAG_TD] = K_TD,
    [GUMBO_TAG_TH] = K_TD};

/* ==== Class and id hints ================================================= */

/* Words of a class or id attribute that name furniture, and content. */
static const char *const S_neg_words[] = {
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot",
    "sponsor", "sponsored", "promo", "promotion", "promoted", "commercial",
    "share", "sharing", "social", "sharebar", "follow", "comment",
    "comments", "disqus", "related", "recirc", "recirculation", "recommended",
    "recommendations", "popular", "trending", "newsletter", "subscribe",
    "subscription", "signup", "paywall", "cookie", "cookies", "consent",
    "gdpr", "popup", "modal", "overlay", "sidebar", "rail", "footer", "nav",
    "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead",
    "banner", "toolbar", "tools", "widget", "widgets", "outbrain", "taboola",
    "tags", "tag", "topics", "byline", "author", "bio", "meta", "dateline",
    "timestamp", "print", "skip", "hidden", "pagination", "pager", "more",
    "readmore", "teaser", "teasers", "login", "donate", "alert", "hide",
    "sr", "offscreen", "visually", "screenreader", "caption", "credit",
    "newsletters", "links", "feedback", "extra", "supplemental", "sharetools",
    NULL};
static const char *const S_pos_words[] = {
    "article", "articlebody", "body", "content", "entry", "hentry", "main",
    "post", "story", "storybody", "text", "blog", "prose", "richtext", NULL};
/* Whole-page furniture: these keep a container from being the content. */
static const char *const S_bad_container[] = {
    "comment", "comments", "sidebar", "footer", "nav", "navigation", "menu",
    "related", "recirc", "popular", "trending", "promo", "ad", "ads",
    "sponsor", "social", "share", "widget", "outbrain", "taboola", "rail",
    NULL};

/* Reader comments and recommendation feeds: never the content, however
 * much text they hold. */
static const char *const S_never_content[] = {
    "comment", "comments", "disqus", "outbrain", "taboola", "replies",
    "respond", "commentlist", NULL};

static int S_in_list(const char *const *l, const char *w, size_t n) {
  for (size_t i = 0; l[i]; i++)
    if (l[i][0] == w[0] && !strncmp(l[i], w, n) && !l[i][n]) return 1;
  return 0;
}

/* Split an attribute value into lower-case words (runs of letters and
 * digits; camelCase is not split) and set flags and weight. */
static void S_hints(const char *v, S_elem *e) {
  char w[32];
  size_t n = 0, len = strlen(v);
  int neg = 0, pos = 0, bad = 0, never = 0;
  if (len > 512) len = 512;
  for (size_t i = 0; i <= len; i++) {
    int raw = i < len ? (unsigned char)v[i] : 0;
    int c = S_lower(raw);
    /* camelCase: an upper-case letter after a lower-case one starts a
     * word ("imageEmbedCaption"). */
    int split = raw >= 'A' && raw <= 'Z' && i > 0 && v[i - 1] >= 'a' &&
                v[i - 1] <= 'z';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (!split) {
        if (n < sizeof w) w[n] = (char)c;
        n++;
        continue;
      }
    }
    if (n && n <= sizeof w) {
      if (S_in_list(S_neg_words, w, n)) neg = 1;
      if (S_in_list(S_pos_words, w, n)) pos = 1;
      if (S_in_list(S_bad_container, w, n)) bad = 1;
      if (S_in_list(S_never_content, w, n)) never = 1;
    }
    n = 0;
    if (split) w[n++] = (char)c; /* the camelCase word's first letter */
  }
  if (neg) e->flags |= E_NEG;
  if (pos) e->flags |= E_POS;
  if (bad) e->weight -= 25;
  else if (pos) e->weight += 25;
  if (never && !pos) e->flags |= E_BAD;
}

/* ==== Metadata =========================================================== */

typedef struct {
  const char *v;
  size_t n;
  lede_meta_source src;
} S_metav;

struct lede__html {
  S_metav meta[LEDE_META_CHARSET + 1];
  LEDE__VEC(S_metav) authors;
  LEDE__VEC(lede_span) block_html; /* per block */
  lede_span title_html;
  int converted; /* the page was windows-1252, now UTF-8 */
};

/* Rank of a source for a field: lower is more trusted. */
static int S_rank(lede_meta_source s) {
  switch (s) {
  case LEDE_SOURCE_JSONLD: return 1;
  case LEDE_SOURCE_OPENGRAPH: return 2;
  case LEDE_SOURCE_META: return 3;
  case LEDE_SOURCE_MICRODATA: return 4;
  case LEDE_SOURCE_TIME: return 5;
  case LEDE_SOURCE_LINK: return 5;
  case LEDE_SOURCE_HEADING: return 6;
  case LEDE_SOURCE_TITLE: return 7;
  case LEDE_SOURCE_DECLARED: return 1;
  case LEDE_SOURCE_NONE: break;
  }
  return 100;
}

typedef struct {
  lede_article *a;
  lede__html *h;
  const char *buf; /* the parsed bytes */
  size_t len;
  LEDE__VEC(S_elem) els;
  LEDE__VEC(S_blk) blks;
  LEDE__VEC(char) txt;
  /* the block being filled */
  int open;
  size_t cur_start, cur_hs, cur_he, cur_links, cur_commas, cur_elem;
  int space; /* a space is owed before the next word */
  int brs;   /* <br> since the last text */
  int jsonld_authors;
} S_ctx;

/* Copy s[0..n) with white space collapsed and trimmed into the arena. */
static const char *S_clean(lede__arena *ar, const char *s, size_t n,
                           size_t *out) {
  char *d = lede__alloc(ar, n + 1);
  size_t k = 0;
  int sp = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      sp = k > 0;
      continue;
    }
    if (c == 0) continue; /* values are C strings */
    if (sp) d[k++] = ' ';
    sp = 0;
    d[k++] = (char)c;
  }
  d[k] = '\0';
  *out = k;
  return d;
}

static void S_set(S_ctx *c, lede_meta_key k, const char *v, size_t n,
                  lede_meta_source src) {
  if (!v) return;
  size_t m;
  const char *s = S_clean(&c->a->arena, v, n, &m);
  if (!m) return;
  S_metav *f = &c->h->meta[k];
  if (f->src != LEDE_SOURCE_NONE && S_rank(f->src) <= S_rank(src)) return;
  f->v = s;
  f->n = m;
  f->src = src;
}

/* An author from a source; the authors list keeps the best source's,
 * at most LEDE__HTML_MAX_AUTHORS of them. */
#define LEDE__HTML_MAX_AUTHORS 64
static void S_author(S_ctx *c, const char *v, size_t n,
                     lede_meta_source src) {
  size_t m;
  const char *s = S_clean(&c->a->arena, v, n, &m);
  if (!m || m > 200) return;
  /* A profile link is not a name. */
  if ((m > 7 && !memcmp(s, "http://", 7)) ||
      (m > 8 && !memcmp(s, "https://", 8)) || s[0] == '/')
    return;
  lede__html *h = c->h;
  if (h->authors.n) {
    if (S_rank(h->authors.v[0].src) < S_rank(src)) return;
    if (S_rank(h->authors.v[0].src) > S_rank(src)) h->authors.n = 0;
  }
  /* (a page that lists more is a directory, not a byline; the cap keeps
   * the duplicate check below linear in the page) */
  if (h->authors.n >= LEDE__HTML_MAX_AUTHORS) return;
  for (size_t i = 0; i < h->authors.n; i++)
    if (h->authors.v[i].n == m && !memcmp(h->authors.v[i].v, s, m)) return;
  S_metav *a = LEDE__PUSH(&c->a->arena, h->authors);
  a->v = s;
  a->n = m;
  a->src = src;
}

static const char *S_attr(const GumboElement *el, const char *name) {
  const GumboAttribute *at = gumbo_get_attribute(&el->attributes, name);
  return at ? at->value : NULL;
}

/* <meta property|name|itemprop=... content=...> */
static void S_meta_tag(S_ctx *c, const GumboElement *el) {
  const char *content = S_attr(el, "content");
  const char *cs = S_attr(el, "charset");
  if (cs) S_set(c, LEDE_META_CHARSET, cs, strlen(cs), LEDE_SOURCE_DECLARED);
  if (!content) return;
  size_t cn = strlen(content);
  const char *key = S_attr(el, "property");
  lede_meta_source src = LEDE_SOURCE_OPENGRAPH;
  if (!key) {
    key = S_attr(el, "name");
    src = LEDE_SOURCE_META;
  }
  if (!key) {
    key = S_attr(el, "itemprop");
    src = LEDE_SOURCE_MICRODATA;
  }
  if (!key) return;
  size_t kn = strlen(key);
  /* Some pages write og: tags with name=; they are still Open Graph. */
  if (kn > 3 && (S_ieq(key, 3, "og:") || S_ieq(key, 8, "article:")))
    src = LEDE_SOURCE_OPENGRAPH;
  static const struct {
    const char *name;
    int key; /* lede_meta_key, or -1 for an author */
  } map[] = {
      {"og:title", LEDE_META_TITLE},
      {"og:site_name", LEDE_META_SITE_NAME},
      {"og:url", LEDE_META_URL},
      {"og:description", LEDE_META_DESCRIPTION},
      {"article:published_time", LEDE_META_PUBLISHED},
      {"article:published", LEDE_META_PUBLISHED},
      {"article:modified_time", LEDE_META_MODIFIED},
      {"og:updated_time", LEDE_META_MODIFIED},
      {"article:author", -1},
      {"article:publisher", LEDE_META_PUBLISHER},
      {"twitter:title", LEDE_META_TITLE},
      {"title", LEDE_META_TITLE},
      {"headline", LEDE_META_TITLE},
      {"description", LEDE_META_DESCRIPTION},
      {"author", -1},
      {"byline", -1},
      {"dc.creator", -1},
      {"dcterms.creator", -1},
      {"sailthru.author", -1},
      {"parsely-author", -1},
      {"date", LEDE_META_PUBLISHED},
      {"pubdate", LEDE_META_PUBLISHED},
      {"publishdate", LEDE_META_PUBLISHED},
      {"publish-date", LEDE_META_PUBLISHED},
      {"publish_date", LEDE_META_PUBLISHED},
      {"published_time", LEDE_META_PUBLISHED},
      {"datepublished", LEDE_META_PUBLISHED},
      {"dc.date", LEDE_META_PUBLISHED},
      {"dc.date.issued", LEDE_META_PUBLISHED},
      {"dcterms.date", LEDE_META_PUBLISHED},
      {"dcterms.created", LEDE_META_PUBLISHED},
      {"sailthru.date", LEDE_META_PUBLISHED},
      {"parsely-pub-date", LEDE_META_PUBLISHED},
      {"datemodified", LEDE_META_MODIFIED},
      {"dcterms.modified", LEDE_META_MODIFIED},
      {"last-modified", LEDE_META_MODIFIED},
      {"publisher", LEDE_META_PUBLISHER},
      {"dc.publisher", LEDE_META_PUBLISHER},
      {"application-name", LEDE_META_SITE_NAME},
  };
  for (size_t i = 0; i < sizeof map / sizeof *map; i++) {
    if (!S_ieq(key, kn, map[i].name)) continue;
    if (map[i].key < 0) S_author(c, content, cn, src);
    else S_set(c, (lede_meta_key)map[i].key, content, cn, src);
    return;
  }
  const char *equiv = S_attr(el, "http-equiv");
  (void)equiv;
}

/* ==== JSON-LD ============================================================ */

typedef struct S_jv S_jv;
struct S_jv {
  unsigned char type; /* J_* */
  const char *s;      /* a string's bytes, decoded, NUL-terminated */
  size_t n;
  const char *key; /* in an object */
  size_t klen;
  S_jv *kid, *next;
};
enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

typedef struct {
  lede__arena *ar;
  const char *p, *e;
  int depth;
  int bad;
} S_jp;

static void S_jws(S_jp *j) {
  while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' ||
                         *j->p == '\r'))
    j->p++;
}

static int S_hex(int c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

static size_t S_put_utf8(char *d, uint32_t cp) {
  if (cp < 0x80) {
    d[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    d[0] = (char)(0xC0 | cp >> 6);
    d[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    d[0] = (char)(0xE0 | cp >> 12);
    d[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    d[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  d[0] = (char)(0xF0 | cp >> 18);
  d[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  d[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  d[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static uint32_t S_u4(S_jp *j) {
  if (j->e - j->p < 4) {
    j->bad = 1;
    return 0xFFFD;
  }
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    int h = S_hex((unsigned char)j->p[i]);
    if (h < 0) {
      j->bad = 1;
      return 0xFFFD;
    }
    v = v << 4 | (uint32_t)h;
  }
  j->p += 4;
  return v;
}

/* A string at j->p (after the opening quote). */
static const char *S_jstr(S_jp *j, size_t *n) {
  const char *s = j->p;
  while (j->p < j->e && *j->p != '"') j->p += *j->p == '\\' ? 2 : 1;
  if (j->p >= j->e) {
    j->bad = 1;
    return NULL;
  }
  char *d = lede__alloc(j->ar, (size_t)(j->p - s) + 1);
  size_t k = 0;
  for (const char *q = s; q < j->p;) {
    if (*q != '\\') {
      d[k++] = *q++;
      continue;
    }
    q++;
    char c = *q++;
    switch (c) {
    case 'n': d[k++] = '\n'; break;
    case 't': d[k++] = '\t'; break;
    case 'r': d[k++] = '\r'; break;
    case 'b': d[k++] = ' '; break;
    case 'f': d[k++] = ' '; break;
    case 'u': {
      S_jp sub = *j;
      sub.p = q;
      uint32_t cp = S_u4(&sub);
      q = sub.p;
      if (cp >= 0xD800 && cp < 0xDC00 && j->p - q >= 6 && q[0] == '\\' &&
          q[1] == 'u') {
        sub.p = q + 2;
        uint32_t lo = S_u4(&sub);
        if (lo >= 0xDC00 && lo < 0xE000) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          q = sub.p;
        } else cp = 0xFFFD;
      } else if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
      /* \u escapes take 6 bytes and yield at most 4 */
      k += S_put_utf8(d + k, cp);
      break;
    }
    default: d[k++] = c; break;
    }
  }
  d[k] = '\0';
  j->p++;
  *n = k;
  return d;
}

static S_jv *S_jvalue(S_jp *j);

static S_jv *S_jnew(S_jp *j, unsigned char type) {
  S_jv *v = lede__calloc(j->ar, sizeof *v);
  v->type = type;
  return v;
}

static S_jv *S_jcontainer(S_jp *j, int obj) {
  S_jv *v = S_jnew(j, obj ? J_OBJ : J_ARR), **tail = &v->kid;
  j->p++;
  if (++j->depth > 40) {
    j->bad = 1;
    return v;
  }
  S_jws(j);
  if (j->p < j->e && *j->p == (obj ? '}' : ']')) {
    j->p++;
    j->depth--;
    return v;
  }
  while (!j->bad) {
    const char *key = NULL;
    size_t kl = 0;
    S_jws(j);
    if (obj) {
      if (j->p >= j->e || *j->p != '"') {
        j->bad = 1;
        break;
      }
      j->p++;
      key = S_jstr(j, &kl);
      S_jws(j);
      if (j->bad || j->p >= j->e || *j->p != ':') {
        j->bad = 1;
        break;
      }
      j->p++;
    }
    S_jv *k = S_jvalue(j);
    if (j->bad) break;
    k->key = key;
    k->klen = kl;
    *tail = k;
    tail = &k->next;
    S_jws(j);
    if (j->p < j->e && *j->p == ',') {
      j->p++;
      continue;
    }
    if (j->p < j->e && *j->p == (obj ? '}' : ']')) {
      j->p++;
      break;
    }
    j->bad = 1;
  }
  j->depth--;
  return v;
}

static S_jv *S_jvalue(S_jp *j) {
  S_jws(j);
  if (j->p >= j->e) {
    j->bad = 1;
    return S_jnew(j, J_NULL);
  }
  char c = *j->p;
  if (c == '{' || c == '[') return S_jcontainer(j, c == '{');
  if (c == '"') {
    S_jv *v = S_jnew(j, J_STR);
    j->p++;
    v->s = S_jstr(j, &v->n);
    return v;
  }
  S_jv *v = S_jnew(j, (c == 't' || c == 'f') ? J_BOOL
                      : c == 'n'             ? J_NULL
                                             : J_NUM);
  const char *s = j->p;
  while (j->p < j->e && *j->p != ',' && *j->p != '}' && *j->p != ']' &&
         *j->p != ' ' && *j->p != '\n' && *j->p != '\r' && *j->p != '\t')
    j->p++;
  if (j->p == s) j->bad = 1;
  v->s = s;
  v->n = (size_t)(j->p - s);
  return v;
}

static const S_jv *S_jget(const S_jv *o, const char *key) {
  if (!o || o->type != J_OBJ) return NULL;
  size_t n = strlen(key);
  for (const S_jv *k = o->kid; k; k = k->next)
    if (k->klen == n && !memcmp(k->key, key, n)) return k;
  return NULL;
}

static int S_article_type(const char *s, size_t n) {
  static const char *const types[] = {
      "NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
      "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
      "LiveBlogPosting", "Report", "TechArticle", "ScholarlyArticle",
      "SatiricalArticle", "SocialMediaPosting", "Review", NULL};
  /* "http://schema.org/NewsArticle" is the same type. */
  for (size_t i = n; i > 0; i--)
    if (s[i - 1] == '/' || s[i - 1] == ':') {
      s += i;
      n -= i;
      break;
    }
  for (size_t i = 0; types[i]; i++)
    if (strlen(types[i]) == n && !memcmp(types[i], s, n)) return 1;
  return 0;
}

static int S_is_article(const S_jv *o) {
  const S_jv *t = S_jget(o, "@type");
  if (!t) return 0;
  if (t->type == J_STR) return S_article_type(t->s, t->n);
  if (t->type == J_ARR)
    for (const S_jv *k = t->kid; k; k = k->next)
      if (k->type == J_STR && S_article_type(k->s, k->n)) return 1;
  return 0;
}

/* A name: a string, or an object's "name". */
static const S_jv *S_jname(const S_jv *v) {
  if (!v) return NULL;
  if (v->type == J_STR) return v;
  const S_jv *n = S_jget(v, "name");
  return n && n->type == J_STR ? n : NULL;
}

static void S_jsonld_article(S_ctx *c, const S_jv *o) {
  static const struct {
    const char *name;
    lede_meta_key key;
  } fields[] = {{"headline", LEDE_META_TITLE},
                {"datePublished", LEDE_META_PUBLISHED},
                {"dateCreated", LEDE_META_PUBLISHED},
                {"dateModified", LEDE_META_MODIFIED},
                {"description", LEDE_META_DESCRIPTION},
                {"url", LEDE_META_URL}};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
    const S_jv *v = S_jget(o, fields[i].name);
    if (v && v->type == J_STR)
      S_set(c, fields[i].key, v->s, v->n, LEDE_SOURCE_JSONLD);
  }
  const S_jv *pub = S_jname(S_jget(o, "publisher"));
  if (pub) S_set(c, LEDE_META_PUBLISHER, pub->s, pub->n, LEDE_SOURCE_JSONLD);
  const S_jv *au = S_jget(o, "author");
  if (!au) au = S_jget(o, "creator");
  if (au && !c->jsonld_authors) {
    const S_jv *one = au->type == J_ARR ? au->kid : au;
    for (; one; one = au->type == J_ARR ? one->next : NULL) {
      const S_jv *n = S_jname(one);
      if (n) S_author(c, n->s, n->n, LEDE_SOURCE_JSONLD);
    }
    c->jsonld_authors = 1;
  }
}

/* Walk a JSON-LD tree for article objects (also inside @graph and
 * arrays), with an explicit bound on the work. */
static void S_jsonld_walk(S_ctx *c, const S_jv *v, int depth) {
  if (!v || depth > 8) return;
  if (v->type == J_OBJ) {
    if (S_is_article(v)) S_jsonld_article(c, v);
    const S_jv *g = S_jget(v, "@graph");
    if (g) S_jsonld_walk(c, g, depth + 1);
    const S_jv *m = S_jget(v, "mainEntity");
    if (m) S_jsonld_walk(c, m, depth + 1);
  } else if (v->type == J_ARR) {
    for (const S_jv *k = v->kid; k; k = k->next)
      S_jsonld_walk(c, k, depth + 1);
  }
}

static void S_jsonld(S_ctx *c, const GumboNode *script) {
  const GumboVector *kids = &script->v.element.children;
  if (kids->length < 1) return;
  const GumboNode *t = kids->data[0];
  if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA &&
      t->type != GUMBO_NODE_WHITESPACE)
    return;
  const char *s = t->v.text.text;
  S_jp j = {&c->a->arena, s, s + strlen(s), 0, 0};
  S_jws(&j);
  /* Some pages wrap the JSON in an HTML comment or CDATA marker. */
  if (j.e - j.p > 4 && !memcmp(j.p, "<!--", 4)) j.p += 4;
  S_jv *v = S_jvalue(&j);
  if (!j.bad) S_jsonld_walk(c, v, 0);
}

/* ==== The walk =========================================================== */

static void S_flush(S_ctx *c) {
  if (!c->open) return;
  c->open = 0;
  size_t n = c->txt.n - c->cur_start;
  if (n == 0) return;
  S_blk *b = LEDE__PUSH(&c->a->arena, c->blks);
  b->elem = c->cur_elem;
  b->tstart = c->cur_start;
  b->tlen = n;
  b->hstart = c->cur_hs;
  b->hend = c->cur_he;
  b->links = c->cur_links;
  b->commas = c->cur_commas;
  b->kind = c->els.v[c->cur_elem].kind;
  /* Text in a <figure> is about the picture, whatever element holds it. */
  if (c->els.v[c->cur_elem].flags & E_FIGURE) b->kind = K_CAPTION;
  b->flags = c->els.v[c->cur_elem].flags;
  b->keep = 0;
  c->els.v[c->cur_elem].chars += n; /* summed up the tree later */
  c->els.v[c->cur_elem].links += c->cur_links;
}

static void S_putc(S_ctx *c, char ch) {
  *LEDE__PUSH(&c->a->arena, c->txt) = ch;
}

/* Append a text node's text to the block being filled. */
static void S_text(S_ctx *c, const GumboText *t, size_t elem, int in_link) {
  const char *s = t->text;
  size_t before = c->txt.n;
  int any = 0;
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
      c->space = 1;
      continue;
    }
    if (!c->open) {
      c->open = 1;
      c->cur_start = c->txt.n;
      c->cur_hs = t->start_pos.offset;
      c->cur_links = c->cur_commas = 0;
      c->cur_elem = elem;
      c->space = 0;
    } else if (c->space) {
      S_putc(c, ' ');
    }
    c->space = 0;
    if (ch == ',') c->cur_commas++;
    S_putc(c, (char)ch);
    any = 1;
  }
  if (any) {
    c->cur_he = t->start_pos.offset + t->original_text.length;
    if (c->cur_he > c->len) c->cur_he = c->len;
    if (in_link) c->cur_links += c->txt.n - before;
    c->brs = 0;
  }
}

typedef struct {
  const GumboNode *node;
  size_t next; /* next child */
  size_t elem; /* its element index */
  int link;    /* inside <a href> */
} S_frame;

static int S_hidden(const GumboElement *el) {
  if (gumbo_get_attribute(&el->attributes, "hidden")) return 1;
  const char *ah = S_attr(el, "aria-hidden");
  if (ah && S_ieq(ah, strlen(ah), "true")) return 1;
  const char *st = S_attr(el, "style");
  if (st) {
    /* display:none / visibility:hidden, spaces ignored */
    char buf[64];
    size_t k = 0;
    for (const char *p = st; *p; p++) {
      if (*p == ' ' || *p == '\t' || *p == '\n') continue;
      buf[k++] = (char)S_lower((unsigned char)*p);
      if (k == sizeof buf) {
        memmove(buf, buf + 32, 32);
        k = 32;
      }
      if ((k >= 12 && !memcmp(buf + k - 12, "display:none", 12)) ||
          (k >= 17 && !memcmp(buf + k - 17, "visibility:hidden", 17)))
        return 1;
    }
  }
  return 0;
}

static int S_role_strip(const GumboElement *el) {
  const char *r = S_attr(el, "role");
  if (!r) return 0;
  size_t n = strlen(r);
  return S_ieq(r, n, "navigation") || S_ieq(r, n, "banner") ||
         S_ieq(r, n, "complementary") || S_ieq(r, n, "contentinfo") ||
         S_ieq(r, n, "dialog") || S_ieq(r, n, "alertdialog") ||
         S_ieq(r, n, "menu") || S_ieq(r, n, "menubar");
}

/* Metadata held by an element itself. */
static void S_element_meta(S_ctx *c, const GumboNode *node) {
  const GumboElement *el = &node->v.element;
  switch (el->tag) {
  case GUMBO_TAG_META: S_meta_tag(c, el); return;
  case GUMBO_TAG_LINK: {
    const char *rel = S_attr(el, "rel"), *href = S_attr(el, "href");
    if (rel && href && S_ieq(rel, strlen(rel), "canonical"))
      S_set(c, LEDE_META_CANONICAL, href, strlen(href), LEDE_SOURCE_LINK);
    return;
  }
  case GUMBO_TAG_SCRIPT: {
    const char *type = S_attr(el, "type");
    if (type && S_ieq(type, strlen(type), "application/ld+json"))
      S_jsonld(c, node);
    return;
  }
  case GUMBO_TAG_TITLE:
    if (el->children.length == 1) {
      const GumboNode *t = el->children.data[0];
      if (t->type == GUMBO_NODE_TEXT)
        S_set(c, LEDE_META_TITLE, t->v.text.text, strlen(t->v.text.text),
              LEDE_SOURCE_TITLE);
    }
    return;
  case GUMBO_TAG_TIME: {
    const char *dt = S_attr(el, "datetime");
    if (!dt) return;
    const char *ip = S_attr(el, "itemprop");
    int pub = gumbo_get_attribute(&el->attributes, "pubdate") ||
              (ip && S_ieq(ip, strlen(ip), "datepublished"));
    if (ip && S_ieq(ip, strlen(ip), "datemodified")) {
      S_set(c, LEDE_META_MODIFIED, dt, strlen(dt), LEDE_SOURCE_MICRODATA);
      return;
    }
    S_set(c, LEDE_META_PUBLISHED, dt, strlen(dt),
          pub ? LEDE_SOURCE_MICRODATA : LEDE_SOURCE_TIME);
    return;
  }
  default: break;
  }
  const char *ip = S_attr(el, "itemprop");
  if (ip && el->tag != GUMBO_TAG_META) {
    const char *v = S_attr(el, "content");
    if (!v) v = S_attr(el, "datetime");
    size_t n = strlen(ip);
    if (v && S_ieq(ip, n, "datepublished"))
      S_set(c, LEDE_META_PUBLISHED, v, strlen(v), LEDE_SOURCE_MICRODATA);
    else if (v && S_ieq(ip, n, "datemodified"))
      S_set(c, LEDE_META_MODIFIED, v, strlen(v), LEDE_SOURCE_MICRODATA);
  }
}

static size_t S_new_elem(S_ctx *c, const GumboNode *node, size_t parent) {
  const GumboElement *el = &node->v.element;
  S_elem *e = LEDE__PUSH(&c->a->arena, c->els);
  memset(e, 0, sizeof *e);
  e->parent = parent;
  e->tag = (unsigned short)el->tag;
  const S_elem *p = parent != LEDE_NONE ? &c->els.v[parent] : NULL;
  e->kind = S_tagkind[el->tag] ? S_tagkind[el->tag] : p ? p->kind : K_OTHER;
  if (el->tag == GUMBO_TAG_A && gumbo_get_attribute(&el->attributes, "href"))
    e->flags |= E_LINK;
  switch (el->tag) {
  case GUMBO_TAG_NAV:
  case GUMBO_TAG_ASIDE:
  case GUMBO_TAG_FOOTER:
  case GUMBO_TAG_MENU: e->flags |= E_STRIP; break;
  case GUMBO_TAG_HEADER: e->flags |= E_HEADER; break;
  case GUMBO_TAG_FIGURE: e->flags |= E_FIGURE; break;
  default: break;
  }
  if (S_role_strip(el)) e->flags |= E_STRIP;
  const char *cl = S_attr(el, "class"), *id = S_attr(el, "id");
  if (cl) {
    S_hints(cl, e);
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const char *q = cl; *q; q++) h = (h ^ (unsigned char)*q) * 16777619u;
    e->klass = h ? h : 1;
  }
  if (id) S_hints(id, e);
  return c->els.n - 1;
}

/* Depth-first over the tree with an explicit stack: any depth Gumbo
 * builds is walked without recursion. */
static void S_walk(S_ctx *c, const GumboNode *root) {
  LEDE__VEC(S_frame) st = {0};
  S_frame *f = LEDE__PUSH(&c->a->arena, st);
  f->node = root;
  f->next = 0;
  f->elem = S_new_elem(c, root, LEDE_NONE);
  f->link = 0;
  while (st.n) {
    S_frame *top = &st.v[st.n - 1];
    const GumboVector *kids = &top->node->v.element.children;
    if (top->next >= kids->length) {
      if (S_tagclass[top->node->v.element.tag] == T_BLOCK) S_flush(c);
      st.n--;
      continue;
    }
    const GumboNode *n = kids->data[top->next++];
    size_t elem = top->elem;
    int link = top->link;
    switch (n->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
      S_text(c, &n->v.text, elem, link);
      break;
    case GUMBO_NODE_WHITESPACE: c->space = 1; break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement *el = &n->v.element;
      S_element_meta(c, n);
      unsigned char cls = S_tagclass[el->tag];
      if (cls == T_SKIP || n->type == GUMBO_NODE_TEMPLATE) {
        if (el->tag == GUMBO_TAG_HEAD) {
          /* Only metadata: walk its children for meta, link, script. */
          for (unsigned i = 0; i < el->children.length; i++) {
            const GumboNode *k = el->children.data[i];
            if (k->type == GUMBO_NODE_ELEMENT) S_element_meta(c, k);
          }
        }
        break;
      }
      if (cls == T_VOID) { /* <br> */
        if (++c->brs >= 2) S_flush(c);
        c->space = 1;
        break;
      }
      if (el->tag == GUMBO_TAG_IMG || el->tag == GUMBO_TAG_INPUT ||
          el->tag == GUMBO_TAG_META || el->tag == GUMBO_TAG_LINK)
        break;
      if (S_hidden(el)) break;
      if (cls == T_BLOCK) S_flush(c);
      size_t e = S_new_elem(c, n, elem);
      c->els.v[e].flags |= c->els.v[elem].flags & (E_STRIP | E_FIGURE | E_BAD);
      f = LEDE__PUSH(&c->a->arena, st);
      f->node = n;
      f->next = 0;
      f->elem = e;
      f->link = link || (c->els.v[e].flags & E_LINK);
      break;
    }
    default: break;
    }
  }
  S_flush(c);
}

/* ==== Choosing the content ================================================ */

static double S_link_density(const S_elem *e) {
  return e->chars ? (double)e->links / (double)e->chars : 0;
}

static int S_tag_bonus(unsigned tag) {
  switch (tag) {
  case GUMBO_TAG_DIV:
  case GUMBO_TAG_ARTICLE:
  case GUMBO_TAG_MAIN:
  case GUMBO_TAG_SECTION: return 5;
  case GUMBO_TAG_PRE:
  case GUMBO_TAG_TD:
  case GUMBO_TAG_BLOCKQUOTE: return 3;
  case GUMBO_TAG_ADDRESS:
  case GUMBO_TAG_OL:
  case GUMBO_TAG_UL:
  case GUMBO_TAG_DL:
  case GUMBO_TAG_DD:
  case GUMBO_TAG_DT:
  case GUMBO_TAG_LI:
  case GUMBO_TAG_FORM: return -3;
  case GUMBO_TAG_H1:
  case GUMBO_TAG_H2:
  case GUMBO_TAG_H3:
  case GUMBO_TAG_H4:
  case GUMBO_TAG_H5:
  case GUMBO_TAG_H6:
  case GUMBO_TAG_TH: return -5;
  default: return 0;
  }
}

static void S_add_score(S_elem *e, double s) {
  if (!e->scored) {
    e->scored = 1;
    e->score = S_tag_bonus(e->tag) + e->weight;
  }
  e->score += s;
}

/* The text of block b. */
static const char *S_btext(const S_ctx *c, const S_blk *b) {
  return c->txt.v + b->tstart;
}

/* Ends like a sentence: . ! ? or a closing quote after one. */
static int S_ends_sentence(const S_ctx *c, const S_blk *b) {
  const char *t = S_btext(c, b);
  size_t n = b->tlen;
  while (n && (t[n - 1] == '"' || t[n - 1] == ')' || t[n - 1] == '\'' ||
               (unsigned char)t[n - 1] >= 0x80))
    n--;
  return n && (t[n - 1] == '.' || t[n - 1] == '!' || t[n - 1] == '?' ||
               t[n - 1] == ':');
}

/* Paragraph-like blocks give points up the tree: each to its container
 * and the four above it. */
static void S_score_blocks(S_ctx *c) {
  S_elem *E = c->els.v;
  for (size_t i = 0; i < c->blks.n; i++) {
    const S_blk *b = &c->blks.v[i];
    if (b->flags & (E_STRIP | E_BAD)) continue;
    if (b->tlen < 25) continue;
    if (b->kind == K_H1 || b->kind == K_HEAD || b->kind == K_CAPTION)
      continue;
    if (b->links * 2 > b->tlen) continue;
    double s = 1 + (double)b->commas + (b->tlen / 100 < 3 ? b->tlen / 100 : 3);
    size_t e = E[b->elem].parent;
    /* The block's own element is the paragraph; a div holding text
     * directly is its own container. */
    if (E[b->elem].tag == GUMBO_TAG_DIV || E[b->elem].tag == GUMBO_TAG_TD ||
        E[b->elem].tag == GUMBO_TAG_ARTICLE ||
        E[b->elem].tag == GUMBO_TAG_SECTION)
      e = b->elem;
    for (int lvl = 0; e != LEDE_NONE && lvl < 5; lvl++, e = E[e].parent)
      S_add_score(&E[e], lvl == 0 ? s : lvl == 1 ? s / 2 : s / (lvl * 3));
  }
}

/* The best-scoring container, each score weighed by its link density
 * first; LEDE_NONE if no element scored. */
static size_t S_best_elem(S_ctx *c) {
  S_elem *E = c->els.v;
  size_t best = LEDE_NONE;
  double bs = 0;
  for (size_t i = 0; i < c->els.n; i++) {
    if (!E[i].scored) continue;
    E[i].score *= 1 - S_link_density(&E[i]);
    if (E[i].flags & (E_STRIP | E_BAD)) continue;
    if (best == LEDE_NONE || E[i].score > bs) {
      best = i;
      bs = E[i].score;
    }
  }
  return best;
}

/* Go up from best while the parent scores about as well: the text may be
 * split over sibling containers. The container reached. */
static size_t S_climb(const S_ctx *c, size_t best) {
  const S_elem *E = c->els.v;
  size_t p = E[best].parent;
  double last = E[best].score, thr = last / 3;
  while (p != LEDE_NONE && E[p].tag != GUMBO_TAG_BODY &&
         E[p].tag != GUMBO_TAG_HTML) {
    if (!E[p].scored) {
      p = E[p].parent;
      continue;
    }
    if (E[p].score < thr) break;
    if (E[p].score > last) {
      best = p;
      break;
    }
    last = E[p].score;
    p = E[p].parent;
  }
  return best;
}

/* The roots beside best: siblings that score well or are plain
 * paragraphs, and elements like best elsewhere in the page. */
static void S_join_roots(const S_ctx *c, size_t best, unsigned char *root) {
  size_t ne = c->els.n;
  const S_elem *E = c->els.v;
  /* Siblings that score well, or hold plain paragraphs, join. */
  size_t par = E[best].parent;
  if (par != LEDE_NONE) {
    double thr = E[best].score * 0.2 > 10 ? E[best].score * 0.2 : 10;
    for (size_t i = par + 1; i < ne; i++) {
      if (E[i].parent != par || i == best) continue;
      if (E[i].flags & E_STRIP) continue;
      if (E[i].scored && E[i].score >= thr) root[i] = 1;
    }
    /* Paragraph blocks directly under the parent. */
    for (size_t i = 0; i < c->blks.n; i++) {
      const S_blk *b = &c->blks.v[i];
      if (E[b->elem].parent != par || b->kind != K_P) continue;
      double ld = b->tlen ? (double)b->links / (double)b->tlen : 0;
      if ((b->tlen > 80 && ld < 0.25) ||
          (b->tlen > 0 && ld == 0 && S_ends_sentence(c, b)))
        root[b->elem] = 1;
    }
  }
  /* The story may be cut into sections by figures or embeds, each in an
   * element like the best one (same tag and class) elsewhere in the
   * page: those that hold paragraphs of their own join. */
  if (E[best].klass)
    for (size_t i = 0; i < ne; i++)
      if (!root[i] && E[i].klass == E[best].klass &&
          E[i].tag == E[best].tag && E[i].scored && E[i].score >= 10 &&
          !(E[i].flags & (E_STRIP | E_BAD)) &&
          S_link_density(&E[i]) < 0.25)
        root[i] = 1;
}

/* Inside the roots: in[i] = 1, or 2 under a subtree to drop (in is the
 * roots, reused: 0 out, 1 in, 2 in but dropped). The text of the
 * content decides what "most of it" is; a root named like furniture
 * that holds little of it is dropped first. */
static void S_mark_inside(const S_ctx *c, size_t best, unsigned char *in) {
  size_t ne = c->els.n;
  const S_elem *E = c->els.v;
  unsigned char *root = in;
  size_t total = 0;
  for (size_t i = 0; i < ne; i++)
    if (root[i]) total += E[i].chars;
  /* A sibling named like furniture ("post-meta", "story-tools") that holds
   * little of the text does not join. */
  for (size_t i = 0; i < ne; i++)
    if (root[i] && i != best && (E[i].flags & E_NEG) &&
        E[i].chars * 5 < total) {
      root[i] = 0;
      total -= E[i].chars;
    }
  for (size_t i = 0; i < ne; i++) {
    if (root[i]) continue;
    size_t p = E[i].parent;
    if (p == LEDE_NONE || !in[p]) continue;
    if (in[p] == 2) {
      in[i] = 2;
      continue;
    }
    in[i] = 1;
    const S_elem *e = &E[i];
    int small = e->chars * 10 < total * 4;
    if ((e->flags & E_STRIP) && small) in[i] = 2;
    else if ((e->flags & E_NEG) && !(e->flags & E_POS) && small) in[i] = 2;
    else if ((e->flags & E_NEG) && e->chars * 5 < total) in[i] = 2;
    else if (e->chars > 0 && S_link_density(e) > 0.5 && small) in[i] = 2;
    else if ((e->tag == GUMBO_TAG_UL || e->tag == GUMBO_TAG_OL) &&
             S_link_density(e) > 0.33 && small)
      in[i] = 2;
  }
}

/* Score the containers, pick the content's roots, and mark the blocks to
 * keep. */
static void S_choose(S_ctx *c) {
  size_t ne = c->els.n;
  S_score_blocks(c);
  size_t best = S_best_elem(c);
  unsigned char *root = lede__calloc(&c->a->arena, ne ? ne : 1);
  if (best == LEDE_NONE) {
    /* No paragraph anywhere: keep what is not furniture. */
    for (size_t i = 0; i < c->blks.n; i++) {
      S_blk *b = &c->blks.v[i];
      b->keep = !(b->flags & E_STRIP) && b->links * 2 <= b->tlen;
    }
    return;
  }
  best = S_climb(c, best);
  root[best] = 1;
  S_join_roots(c, best, root);
  S_mark_inside(c, best, root);
  unsigned char *in = root;
  for (size_t i = 0; i < c->blks.n; i++) {
    S_blk *b = &c->blks.v[i];
    if (in[b->elem] != 1) continue;
    if (b->links * 2 > b->tlen) continue;
    b->keep = 1;
  }
}

/* Short lines inside the content that are furniture by their words
 * ("Advertisement", "Read more: ...", "Share this article"). */
static int S_furniture_line(const S_ctx *c, const S_blk *b) {
  if (b->tlen > 200) return 0;
  const char *t = S_btext(c, b);
  size_t k = lede__lex_prefix(&lede__lex_boilerplate, t, b->tlen);
  if (k && (k == b->tlen || b->tlen < 60)) return 1;
  k = lede__lex_prefix(&lede__lex_related_prefixes, t, b->tlen);
  if (k && k < b->tlen && (t[k] == ':' || t[k] == ' ') && b->tlen < 200) {
    size_t p = k;
    while (p < b->tlen && t[p] == ' ') p++;
    if (p < b->tlen && (t[p] == ':' || t[p] == '|')) return 1;
  }
  return 0;
}

/* ==== Building the article =============================================== */

static int S_same_text(const char *a, size_t an, const char *b, size_t bn) {
  if (!an || !bn) return 0;
  size_t n = an < bn ? an : bn;
  for (size_t i = 0; i < n; i++)
    if (S_lower((unsigned char)a[i]) != S_lower((unsigned char)b[i]))
      return 0;
  return 1;
}

/* The headline block: the <h1> that matches the stated title, else the
 * last <h1> before the body, else the first one. LEDE_NONE if none. */
static size_t S_headline(const S_ctx *c) {
  const S_metav *t = &c->h->meta[LEDE_META_TITLE];
  size_t first_kept = LEDE_NONE, first_h1 = LEDE_NONE, before = LEDE_NONE;
  for (size_t i = 0; i < c->blks.n; i++) {
    const S_blk *b = &c->blks.v[i];
    if (b->keep && first_kept == LEDE_NONE && b->kind != K_H1) first_kept = i;
    if (b->kind != K_H1 || b->tlen > 400) continue;
    /* A site logo or a "More on ..." link is not the headline. */
    if (b->links * 2 > b->tlen || (b->flags & (E_STRIP | E_BAD))) continue;
    if (t->src != LEDE_SOURCE_NONE &&
        S_same_text(S_btext(c, b), b->tlen, t->v, t->n))
      return i;
    if (first_h1 == LEDE_NONE) first_h1 = i;
    if (first_kept == LEDE_NONE) before = i;
  }
  return before != LEDE_NONE ? before : first_h1;
}

static lede_part S_part_of(unsigned kind) {
  switch (kind) {
  case K_H1:
  case K_HEAD: return LEDE_PART_HEADING;
  case K_CAPTION: return LEDE_PART_CAPTION;
  default: return LEDE_PART_BODY;
  }
}

/* The letters and digits of s[0..n), case folded, into out until it
 * holds max: how many; *read is how many bytes of s that took. */
static size_t S_alnum_fold(const char *s, size_t n, char *out, size_t max,
                           size_t *read) {
  size_t k = 0, i = 0;
  for (; i < n && k < max; i++) {
    unsigned char ch = (unsigned char)s[i];
    if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') out[k++] = (char)(ch | 0x20);
    else if (ch >= '0' && ch <= '9') out[k++] = (char)ch;
  }
  *read = i;
  return k;
}

/* The outlet's names, its site name and publisher, as S_alnum_fold
 * writes them (up to 256 each): made once for all the authors. */
typedef struct {
  char v[2][256];
  size_t n[2];
} S_outlets;

static void S_outlets_of(const S_ctx *c, S_outlets *o) {
  static const lede_meta_key keys[] = {LEDE_META_SITE_NAME,
                                       LEDE_META_PUBLISHER};
  size_t read;
  for (size_t k = 0; k < 2; k++) {
    const S_metav *m = &c->h->meta[keys[k]];
    o->n[k] = S_alnum_fold(m->v, m->n, o->v[k], sizeof o->v[k], &read);
  }
}

/* Is the author the outlet ("BBC News" on "BBC News", "Beachbody" on "The
 * Beachbody Blog")? Its letters and digits, case folded, are in the site
 * name's or the publisher's. */
static int S_outlet(const S_outlets *o, const S_metav *au) {
  for (size_t i = 0; i < au->n; i++)
    if ((unsigned char)au->v[i] >= 0x80) return 0;
  char x[64];
  size_t read, nx = S_alnum_fold(au->v, au->n, x, sizeof x, &read);
  if (nx < 4 || read < au->n) return 0;
  for (size_t k = 0; k < 2; k++)
    for (size_t i = 0; i + nx <= o->n[k]; i++)
      if (!memcmp(o->v[k] + i, x, nx)) return 1;
  return 0;
}

/* A block of the article's text, of no sentence or paragraph yet. */
static lede__block *S_push_block(lede_article *a, lede_part part,
                                 lede_span sp) {
  lede__block *bl = LEDE__PUSH(&a->arena, a->blocks);
  bl->part = part;
  bl->span = lede__s32(sp);
  bl->first_sent = bl->nsents = 0;
  bl->para = LEDE_NONE;
  return bl;
}

/* Lay the kept blocks out as the article's text: one line each, a blank
 * line between, the headline first. */
static void S_build(S_ctx *c, size_t head) {
  lede_article *a = c->a;
  size_t total = 0, nb = 0;
  for (size_t i = 0; i < c->blks.n; i++)
    if (c->blks.v[i].keep || i == head) {
      total += c->blks.v[i].tlen + 2;
      nb++;
    }
  const S_metav *mt = &c->h->meta[LEDE_META_TITLE];
  if (head == LEDE_NONE && mt->src != LEDE_SOURCE_NONE) total += mt->n + 2;
  /* The byline: the authors the page states, "A, B and C" (the page's
   * own byline element is furniture, dropped with the share buttons). */
  const S_metav *au[8];
  size_t nau = 0, bylen = 0;
  S_outlets outlets;
  if (c->h->authors.n) S_outlets_of(c, &outlets);
  for (size_t i = 0; i < c->h->authors.n && nau < 8; i++)
    if (!S_outlet(&outlets, &c->h->authors.v[i])) {
      au[nau] = &c->h->authors.v[i];
      bylen += au[nau++]->n + 5;
    }
  if (bylen) total += bylen + 2;
  a->text = lede__alloc(&a->arena, total + 1);
  size_t pos = 0;
  lede__vec_reserve(&a->arena, (void **)&c->h->block_html.v,
                    &c->h->block_html.cap, sizeof(lede_span), nb + 1);
  /* The headline: the page's <h1>, else the stated title (its place in
   * the HTML unknown). */
  if (head != LEDE_NONE) {
    const S_blk *b = &c->blks.v[head];
    memcpy(a->text, S_btext(c, b), b->tlen);
    pos = b->tlen;
    *LEDE__PUSH(&a->arena, c->h->block_html) =
        (lede_span){b->hstart, b->hend};
  } else if (mt->src != LEDE_SOURCE_NONE) {
    memcpy(a->text, mt->v, mt->n);
    pos = mt->n;
    *LEDE__PUSH(&a->arena, c->h->block_html) = (lede_span){0, 0};
  }
  if (pos) {
    a->title = (lede_span){0, pos};
    S_push_block(a, LEDE_PART_TITLE, a->title);
  }
  if (bylen) {
    if (pos) {
      a->text[pos++] = '\n';
      a->text[pos++] = '\n';
    }
    size_t start = pos;
    for (size_t i = 0; i < nau; i++) {
      if (i) {
        const char *j = i + 1 == nau ? " and " : ", ";
        memcpy(a->text + pos, j, strlen(j));
        pos += strlen(j);
      }
      memcpy(a->text + pos, au[i]->v, au[i]->n);
      pos += au[i]->n;
    }
    S_push_block(a, LEDE_PART_BYLINE, (lede_span){start, pos});
    *LEDE__PUSH(&a->arena, c->h->block_html) = (lede_span){0, 0};
    a->text[pos] = '\0';
    lede__add_byline(a, (lede_span){start, pos});
  }
  for (size_t i = 0; i < c->blks.n; i++) {
    const S_blk *b = &c->blks.v[i];
    if (!b->keep || i == head) continue;
    if (pos) {
      a->text[pos++] = '\n';
      a->text[pos++] = '\n';
    }
    memcpy(a->text + pos, S_btext(c, b), b->tlen);
    lede_part part = S_part_of(b->kind);
    lede_span sp = {pos, pos + b->tlen};
    if (part == LEDE_PART_BODY && !a->paras.n && !a->dateline.end) {
      /* "NEW YORK (Reuters) - Oil fell...": the dateline opening the first
       * paragraph is a block of its own, as in a text. */
      lede_span place, agency;
      size_t body;
      if (lede__dateline_opening(a->text, sp, &place, &agency, &body)) {
        a->dateline = place;
        a->agency = agency;
        lede_span dl = lede__trim(a->text, (lede_span){pos, body});
        if (body >= sp.end) {
          part = LEDE_PART_DATELINE;
        } else {
          S_push_block(a, LEDE_PART_DATELINE, dl);
          *LEDE__PUSH(&a->arena, c->h->block_html) =
              (lede_span){b->hstart, b->hend};
          sp.start = body;
        }
      }
    }
    lede__block *bl = S_push_block(a, part, sp);
    if (bl->part == LEDE_PART_BODY) {
      bl->para = a->paras.n;
      *LEDE__PUSH(&a->arena, a->paras) = a->blocks.n - 1;
    } else if (bl->part == LEDE_PART_CAPTION) {
      lede__caption *cp = LEDE__PUSH(&a->arena, a->captions);
      cp->span = lede__s64(bl->span);
      cp->credit = (lede_span){0, 0};
      cp->block = a->blocks.n - 1;
    }
    *LEDE__PUSH(&a->arena, c->h->block_html) =
        (lede_span){b->hstart, b->hend};
    pos += b->tlen;
  }
  a->text[pos] = '\0';
  a->len = pos;
}

/* ==== Windows-1252 to UTF-8 ============================================== */

/* Convert, keeping every 256th input offset's output offset so block
 * places map back to the original bytes. */
typedef struct {
  size_t *ck; /* output offset of input byte 256*i */
  size_t nck;
  const char *in, *out;
  size_t inlen;
} S_conv;

static char *S_to_utf8(lede__arena *ar, const char *in, size_t n,
                       size_t *outlen, S_conv *cv) {
  char *out = lede__alloc(ar, lede__mul(ar, n, 3) + 1);
  cv->nck = n / 256 + 1;
  cv->ck = lede__alloc(ar, lede__mul(ar, cv->nck, sizeof *cv->ck));
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!(i & 255)) cv->ck[i >> 8] = k;
    unsigned char ch = (unsigned char)in[i];
    if (ch < 0x80) out[k++] = (char)ch;
    else {
      uint32_t cp = ch;
      if (ch < 0xA0 && S_cp1252[ch - 0x80]) cp = S_cp1252[ch - 0x80];
      k += S_put_utf8(out + k, cp);
    }
  }
  out[k] = '\0';
  *outlen = k;
  cv->in = in;
  cv->out = out;
  cv->inlen = n;
  return out;
}

static size_t S_cp_len(unsigned char ch) {
  if (ch < 0x80) return 1;
  if (ch < 0xA0 && S_cp1252[ch - 0x80]) return 3;
  return 2;
}

/* The input offset of output offset o (o at a character boundary). */
static size_t S_back(const S_conv *cv, size_t o) {
  size_t lo = 0, hi = cv->nck;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (cv->ck[mid] <= o) lo = mid;
    else hi = mid;
  }
  size_t i = lo * 256, k = cv->ck[lo];
  while (i < cv->inlen && k < o) k += S_cp_len((unsigned char)cv->in[i++]);
  return i;
}

/* ==== Guard ============================================================== */

/* Gumbo's tree building scans its stack of open elements for many start
 * tags, so deep nesting costs depth x tags, and it checks each attribute
 * of a tag against the ones before it.  Before parsing, estimate that
 * work from the tags' shape (opening tags that are not void or closed by
 * habit, minus closing tags, plus attributes squared; script, style and
 * comments skipped) and refuse pages past a bound real pages stay far
 * below (the 91 benchmark pages: at most 10,000). */
#define S_MAX_WORK ((size_t)20 * 1000 * 1000)
static int S_too_deep(const char *h, size_t n) {
  size_t depth = 0, work = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    const char *p = memchr(h + i, '<', n - i);
    if (!p) break;
    i = (size_t)(p - h);
    if (i + 1 >= n) break;
    unsigned char c = (unsigned char)h[i + 1];
    if (c == '!') {
      if (i + 3 < n && h[i + 2] == '-' && h[i + 3] == '-') {
        const char *q = h + i + 4;
        for (;;) {
          q = memchr(q, '-', (size_t)(h + n - q));
          if (!q || q + 2 >= h + n) return 0;
          if (q[1] == '-' && q[2] == '>') break;
          q++;
        }
        i = (size_t)(q - h) + 2;
      }
      continue;
    }
    if (c == '/') {
      if (depth) depth--;
      continue;
    }
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) continue;
    size_t s = i + 1, e = s;
    while (e < n && e - s < 12 && (((unsigned char)h[e] | 0x20) >= 'a' &&
                                   ((unsigned char)h[e] | 0x20) <= 'z'))
      e++;
    size_t tl = e - s;
    static const char *const flat[] = {
        "br", "img", "meta", "link", "input", "hr", "wbr", "source", "area",
        "base", "col", "embed", "param", "track", "keygen", "p", "li", "td",
        "tr", "th", "option", "dt", "dd", "image", NULL};
    int skip = 0;
    for (size_t k = 0; flat[k]; k++)
      if (S_ieq(h + s, tl, flat[k])) skip = 1;
    const char *raw = S_ieq(h + s, tl, "script")  ? "script"
                      : S_ieq(h + s, tl, "style") ? "style"
                                                  : NULL;
    if (raw) {
      /* Raw text up to the matching end tag. */
      const char *q = h + e, *end = h + n;
      while ((q = memchr(q, '<', (size_t)(end - q))) != NULL &&
             !(q + 2 + tl <= end && q[1] == '/' && S_ieq(q + 2, tl, raw)))
        q++;
      if (!q) return 0;
      i = (size_t)(q - h);
      continue;
    }
    /* Attributes: runs of non-space bytes up to the tag's end. */
    size_t attrs = 0, q = e;
    int in_space = 0;
    for (; q < n && h[q] != '>'; q++) {
      int sp = h[q] == ' ' || h[q] == '\t' || h[q] == '\n' || h[q] == '\r' ||
               h[q] == '\f';
      if (in_space && !sp) attrs++;
      in_space = sp;
    }
    work += attrs * attrs / 2;
    i = q; /* the next tag starts after this one */
    if (!skip) {
      depth++;
      work += depth;
    }
    if (work > S_MAX_WORK) return 1;
  }
  return 0;
}

/* ==== Entry =============================================================== */

static lede_meta_source S_nonempty(const S_metav *m) { return m->src; }

/* Take the page's date as the publication date when the caller gave
 * none: an ISO date at its start, else the first date written out ("19
 * Nov 2019 07:09 GMT", "Tue Nov 19 2019"). A CMS's empty value
 * ("0001-01-01T00:00:00Z", the Unix epoch) dates nothing. */
static void S_published(lede_article *a, const lede__html *h) {
  const S_metav *m = &h->meta[LEDE_META_PUBLISHED];
  if (a->published_set || S_nonempty(m) == LEDE_SOURCE_NONE || m->n < 8)
    return;
  int y, mo, d;
  if (!(m->n >= 10 && lede__parse_iso_date(m->v, 10, &y, &mo, &d)) &&
      !lede__find_date(m->v, m->n < 200 ? m->n : 200, &y, &mo, &d))
    return;
  if (y <= 1900 || (y == 1970 && mo == 1 && d == 1)) return;
  char *p = a->published;
  p[0] = (char)('0' + y / 1000 % 10), p[1] = (char)('0' + y / 100 % 10);
  p[2] = (char)('0' + y / 10 % 10), p[3] = (char)('0' + y % 10);
  p[5] = (char)('0' + mo / 10), p[6] = (char)('0' + mo % 10);
  p[8] = (char)('0' + d / 10), p[9] = (char)('0' + d % 10);
  p[4] = p[7] = '-';
  p[10] = '\0';
}

int lede__html_input(lede_article *a, const char *html, size_t len,
                     lede__gumbo_mem *gm) {
  lede__html *h = lede__calloc(&a->arena, sizeof *h);
  a->html = h;
  /* A UTF-8 byte order mark is dropped by the parser's reading; other
   * BOMs and declared charsets decide the conversion. */
  const char *buf = html;
  size_t blen = len;
  S_conv cv = {0};
  lede_span cs = S_declared_charset(html, len);
  if (cs.end > cs.start) {
    S_ctx tmp = {0};
    tmp.a = a;
    tmp.h = h;
    S_set(&tmp, LEDE_META_CHARSET, html + cs.start, cs.end - cs.start,
          LEDE_SOURCE_DECLARED);
    if (S_is_1252(html + cs.start, cs.end - cs.start)) {
      buf = S_to_utf8(&a->arena, html, len, &blen, &cv);
      h->converted = 1;
    }
  }
  if (S_too_deep(buf, blen)) return 0;
  GumboOptions opt = kGumboDefaultOptions;
  gm->ar = &a->arena;
  gm->head.next = gm->head.prev = &gm->head;
  gm->chunk = S_CHUNK;
  gm->left = 0;
  opt.allocator = S_galloc;
  opt.deallocator = S_gfree;
  opt.userdata = gm;
  opt.max_errors = 0;
  GumboOutput *out = gumbo_parse_with_options(&opt, buf, blen);
  S_ctx c = {0};
  c.a = a;
  c.h = h;
  c.buf = buf;
  c.len = blen;
  lede__vec_reserve(&a->arena, (void **)&c.txt.v, &c.txt.cap, 1,
                    blen / 4 + 64);
  if (out->root && out->root->type == GUMBO_NODE_ELEMENT) S_walk(&c, out->root);
  lede__gumbo_release(gm);
  /* Each element's text counts in its ancestors' (parents come first). */
  for (size_t i = c.els.n; i-- > 1;) {
    S_elem *e = &c.els.v[i];
    if (e->parent == LEDE_NONE) continue;
    c.els.v[e->parent].chars += e->chars;
    c.els.v[e->parent].links += e->links;
  }
  S_choose(&c);
  for (size_t i = 0; i < c.blks.n; i++) {
    S_blk *b = &c.blks.v[i];
    if (!b->keep) continue;
    if (S_furniture_line(&c, b)) b->keep = 0;
  }
  size_t head = S_headline(&c);
  if (head != LEDE_NONE) {
    const S_blk *b = &c.blks.v[head];
    S_set(&c, LEDE_META_TITLE, S_btext(&c, b), b->tlen, LEDE_SOURCE_HEADING);
  }
  S_build(&c, head);
  if (h->converted)
    for (size_t i = 0; i < h->block_html.n; i++) {
      lede_span *s = &h->block_html.v[i];
      if (s->end > s->start) {
        s->start = S_back(&cv, s->start);
        s->end = S_back(&cv, s->end);
      }
    }
  S_published(a, h);
  return 1;
}

/* ==== Accessors =========================================================== */

const char *lede_meta_key_name(lede_meta_key k) {
  static const char *const names[] = {
      "title", "author", "published", "modified", "publisher", "site_name",
      "url", "canonical", "description", "charset"};
  return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

const char *lede_meta_source_name(lede_meta_source s) {
  static const char *const names[] = {
      "none", "json-ld", "opengraph", "meta", "microdata", "time", "link",
      "heading", "title", "declared"};
  return (unsigned)s < sizeof names / sizeof *names ? names[s] : "?";
}

int lede_is_html(const lede_article *a) { return a && a->html != NULL; }

const char *lede_meta(const lede_article *a, lede_meta_key k, size_t *len,
                      lede_meta_source *src) {
  const S_metav *m = NULL;
  if (a && a->html && (unsigned)k <= LEDE_META_CHARSET) m = &a->html->meta[k];
  if (k == LEDE_META_AUTHOR && a && a->html && a->html->authors.n)
    m = &a->html->authors.v[0];
  if (!m || m->src == LEDE_SOURCE_NONE) {
    if (len) *len = 0;
    if (src) *src = LEDE_SOURCE_NONE;
    return NULL;
  }
  if (len) *len = m->n;
  if (src) *src = m->src;
  return m->v;
}

size_t lede_meta_author_count(const lede_article *a) {
  return a && a->html ? a->html->authors.n : 0;
}

const char *lede_meta_author(const lede_article *a, size_t i, size_t *len,
                             lede_meta_source *src) {
  if (!a || !a->html || i >= a->html->authors.n) {
    if (len) *len = 0;
    if (src) *src = LEDE_SOURCE_NONE;
    return NULL;
  }
  const S_metav *m = &a->html->authors.v[i];
  if (len) *len = m->n;
  if (src) *src = m->src;
  return m->v;
}

int lede_block_html_span(const lede_article *a, size_t i, lede_span *out) {
  lede_span s = {0, 0};
  if (a && a->html && i < a->html->block_html.n) s = a->html->block_html.v[i];
  if (out) *out = s;
  return s.end > s.start;
}
