/* lede: read a news article saved as text.
 *
 * One call parses a text into an article; accessors read what was found; one
 * call frees it.  Everything found is a span of byte offsets into the
 * article's own copy of the text, so an item's text is exactly that slice.
 *
 * Threads: there is no global state.  Any number of threads may parse at
 * once; one article may be read (not freed) from several threads at once.
 */
#ifndef LEDE_H
#define LEDE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define LEDE_API __declspec(dllexport)
#elif defined(__GNUC__)
#define LEDE_API __attribute__((visibility("default")))
#else
#define LEDE_API
#endif

#define LEDE_VERSION_MAJOR 0
#define LEDE_VERSION_MINOR 1
#define LEDE_VERSION_PATCH 0
#define LEDE_VERSION_STRING "0.1.0"

/* "No such item": returned by accessors that give an index. */
#define LEDE_NONE ((size_t)-1)

typedef enum {
  LEDE_OK = 0,
  LEDE_ENOMEM, /* an allocation failed; nothing was leaked */
  LEDE_EINVAL, /* a bad argument, e.g. a NULL text with len > 0 */
  LEDE_EWRITE, /* a write callback reported failure */
  LEDE_EDEPTH  /* HTML nested too deeply (or a tag with thousands of
                  attributes) to parse in linear time */
} lede_status;

/* A static English message for a status. Never NULL. */
LEDE_API const char *lede_strerror(lede_status s);
/* The library's version, e.g. "0.1.0". */
LEDE_API const char *lede_version(void);

/* Bytes [start, end) of the article's text. An absent item is {0, 0}. */
typedef struct {
  size_t start, end;
} lede_span;

/* The allocator, shaped like lua_Alloc: nsize == 0 frees ptr and returns
 * NULL; otherwise it returns a block of nsize bytes (keeping the first
 * min(osize, nsize) bytes of ptr) or NULL on failure. */
typedef void *(*lede_alloc_fn)(void *ud, void *ptr, size_t osize,
                               size_t nsize);

/* How to read a numeric date whose day and month could be swapped
 * ("10/03/2021"). */
typedef enum {
  LEDE_DATE_ORDER_UNKNOWN = 0, /* leave it without a value */
  LEDE_DATE_ORDER_MDY,         /* month first: October 3 */
  LEDE_DATE_ORDER_DMY          /* day first: 10 March */
} lede_date_order;

typedef struct {
  /* Publication date "YYYY-MM-DD" (or "YYYY-MM-DDThh:mm..." whose first ten
   * bytes are used). When set it overrides what the text says; relative
   * dates are resolved against it. NULL: take it from the text, if any. */
  const char *published;
  /* Allocator and its user pointer; NULL uses malloc/realloc/free. */
  lede_alloc_fn alloc;
  void *alloc_ud;
  /* Ambiguous numeric dates; LEDE_DATE_ORDER_UNKNOWN (0) gives them no
   * value. Another value is LEDE_EINVAL. */
  lede_date_order date_order;
  /* HTML input only: nonzero stops once the page is read (text, blocks,
   * headline, metadata, block places), without sentences, entities,
   * quotes or dates. */
  int extract_only;
  /* Text input (lede_parse) only: nonzero lends the article the caller's
   * buffer instead of copying it, which saves as much memory as the text
   * takes.  The buffer must then hold a NUL byte after the text
   * (text[len] == '\0', else LEDE_EINVAL), stay unchanged and outlive the
   * article; lede_text returns it.  lede_parse_html ignores it. */
  int borrow_text;
} lede_options;

typedef struct lede_article lede_article;

/* Parse len bytes of text (any bytes: invalid UTF-8, NULs and all).  The
 * text is copied, and the caller's buffer may go as soon as this returns,
 * unless opt->borrow_text lends it instead.  opt may be NULL.  On LEDE_OK
 * *out is a new article to free with lede_article_free; on error *out is
 * NULL.  LEDE_EINVAL: out is NULL, text is NULL with len > 0,
 * opt->published is not a valid date, or a lent text has no NUL after it.
 * LEDE_ENOMEM also for a text of 4 GiB or more, or of more than 64
 * million sentences. */
LEDE_API lede_status lede_parse(const char *text, size_t len,
                                const lede_options *opt, lede_article **out);
/* Free an article and everything borrowed from it. NULL is a no-op. */
LEDE_API void lede_article_free(lede_article *a);

/* The article's copy of the text (or the caller's buffer it borrowed);
 * *len gets its length.  It is followed by a NUL byte (which may also
 * occur inside). Lives as long as the article. */
LEDE_API const char *lede_text(const lede_article *a, size_t *len);

/* ==== Layout ============================================================
 * The page is cut into blocks (runs of lines between blank lines, or single
 * lines where a line is page furniture), each assigned a part. */
typedef enum {
  LEDE_PART_TITLE,
  LEDE_PART_STANDFIRST,
  LEDE_PART_BYLINE,
  LEDE_PART_DATE, /* a line giving the publication date */
  LEDE_PART_DATELINE,
  LEDE_PART_CAPTION,
  LEDE_PART_RELATED,
  LEDE_PART_BOILERPLATE,
  LEDE_PART_BODY,
  LEDE_PART_OTHER, /* unclassified furniture, kept out of the body */
  LEDE_PART_HEADING /* a subheading inside the story (HTML input) */
} lede_part;

/* "title", "standfirst", "byline", "date", "dateline", "caption",
 * "related", "boilerplate", "body", "other", "heading"; "?" for a bad
 * value. */
LEDE_API const char *lede_part_name(lede_part p);

LEDE_API size_t lede_block_count(const lede_article *a);
/* For i >= count: LEDE_PART_OTHER and {0, 0}. */
LEDE_API lede_part lede_block_part(const lede_article *a, size_t i);
LEDE_API lede_span lede_block_span(const lede_article *a, size_t i);
/* The sentences of block i are first .. first + count - 1. Title,
 * standfirst, date line, caption and body blocks have sentences; the
 * others (byline, dateline, related, boilerplate) have none. */
LEDE_API size_t lede_block_sentences(const lede_article *a, size_t i,
                                     size_t *first);

/* Single fields. Each returns 1 and sets *out if the page has it, or
 * returns 0 and sets *out to {0, 0}. */
typedef enum {
  LEDE_FIELD_TITLE,
  LEDE_FIELD_STANDFIRST,
  LEDE_FIELD_BYLINE,    /* the whole byline text, e.g. "By Jane Smith" */
  LEDE_FIELD_PUBLISHED, /* the date as written in the text */
  LEDE_FIELD_DATELINE   /* the place, e.g. "WASHINGTON" */
} lede_field;
LEDE_API int lede_field_span(const lede_article *a, lede_field f,
                             lede_span *out);

/* Publication date as "YYYY-MM-DD" (from the options, else from the text),
 * or NULL if unknown. Lives as long as the article. */
LEDE_API const char *lede_published(const lede_article *a);

/* Authors named in the byline(s), in order. */
typedef enum {
  LEDE_AUTHOR_PERSON, /* Jane Smith */
  LEDE_AUTHOR_STAFF,  /* Our Correspondent, Staff Reporter */
  LEDE_AUTHOR_AGENCY  /* Reuters, AP, AFP */
} lede_author_kind;
LEDE_API const char *lede_author_kind_name(lede_author_kind k);
LEDE_API size_t lede_author_count(const lede_article *a);
LEDE_API lede_span lede_author_span(const lede_article *a, size_t i);
LEDE_API lede_author_kind lede_author_kind_of(const lede_article *a,
                                              size_t i);

/* The agency named in the dateline ("WASHINGTON (Reuters) -"), if any. */
LEDE_API int lede_dateline_agency(const lede_article *a, lede_span *out);

/* Image captions; a caption's credit ("PHOTO: AFP" -> "AFP") if any. */
LEDE_API size_t lede_caption_count(const lede_article *a);
LEDE_API lede_span lede_caption_span(const lede_article *a, size_t i);
LEDE_API int lede_caption_credit(const lede_article *a, size_t i,
                                 lede_span *out);
/* The block holding caption i. */
LEDE_API size_t lede_caption_block(const lede_article *a, size_t i);

/* Body paragraphs in order, and the block index of each. */
LEDE_API size_t lede_paragraph_count(const lede_article *a);
LEDE_API lede_span lede_paragraph_span(const lede_article *a, size_t i);
LEDE_API size_t lede_paragraph_block(const lede_article *a, size_t i);
/* The body paragraph number of block b, or LEDE_NONE if b is not body. */
LEDE_API size_t lede_block_paragraph(const lede_article *a, size_t b);

/* ==== Sentences =========================================================
 * Sentences of every block that has them (title, standfirst, date line,
 * captions without their credit, body), in text order: the page's
 * sentences. */
LEDE_API size_t lede_sentence_count(const lede_article *a);
LEDE_API lede_span lede_sentence_span(const lede_article *a, size_t i);
LEDE_API size_t lede_sentence_block(const lede_article *a, size_t i);

/* ==== Entities (entities.c) ============================================
 * People, organizations, places and groups (nationalities and other group
 * adjectives: "Kenyan", "Sunni") named in the title, standfirst, captions,
 * caption credits, dateline, related links and body.  Mentions of one thing
 * are grouped: "Gen Ruiz", "Ana Maria Ruiz", "the CDS" (an acronym the
 * text defined) and "the defence chief" (a role the text gave her) are one
 * person.  Where a link is unsure the mention stays on its own.  Entities
 * come in order of first mention; all spans live as long as the article. */
typedef enum {
  LEDE_ENTITY_PERSON,
  LEDE_ENTITY_ORGANIZATION,
  LEDE_ENTITY_PLACE,
  LEDE_ENTITY_GROUP, /* nationality or group adjective/noun */
  LEDE_ENTITY_EVENT  /* an event, contest or prize: "World Cup", "Nobel Prize" */
} lede_entity_type;

/* "person", "organization", "place", "group", "event"; "?" for a bad value. */
LEDE_API const char *lede_entity_type_name(lede_entity_type t);

LEDE_API size_t lede_entity_count(const lede_article *a);
/* For i >= count: LEDE_ENTITY_PERSON and {0, 0}. */
LEDE_API lede_entity_type lede_entity_type_of(const lede_article *a, size_t i);
/* The canonical name: the longest mention by name (not an acronym, role
 * or description), titles left out: "Ana Maria Ruiz". */
LEDE_API lede_span lede_entity_name(const lede_article *a, size_t i);
/* A person's title ("General") and role ("Chief of Defence Staff") as first
 * written; returns 0 and {0, 0} when there is none. */
LEDE_API int lede_entity_title(const lede_article *a, size_t i,
                               lede_span *out);
LEDE_API int lede_entity_role(const lede_article *a, size_t i,
                              lede_span *out);

/* How a mention names its entity. Only LEDE_MENTION_NAME mentions are
 * names in the usual (NER) sense; the others are links the text made. */
typedef enum {
  LEDE_MENTION_NAME,        /* "Ana Maria Ruiz", "Ruiz", "US" */
  LEDE_MENTION_ACRONYM,     /* "CDS", defined in the text for a name */
  LEDE_MENTION_DESCRIPTION, /* "the bank's research arm", by apposition */
  LEDE_MENTION_ROLE,        /* "defence chief", a role the text gave a person */
  LEDE_MENTION_PRONOUN      /* "she", "it": a pronoun resolved to it */
} lede_mention_kind;
/* "name", "acronym", "description", "role", "pronoun"; "?" for a bad
 * value. */
LEDE_API const char *lede_mention_kind_name(lede_mention_kind k);

/* Mentions of entity i in text order: names, short forms, acronyms,
 * descriptions. Each is a span, the block it is in, and its kind. For
 * j >= count: {0, 0}, LEDE_NONE, LEDE_MENTION_NAME. */
LEDE_API size_t lede_entity_mention_count(const lede_article *a, size_t i);
LEDE_API lede_span lede_entity_mention(const lede_article *a, size_t i,
                                       size_t j);
LEDE_API size_t lede_entity_mention_block(const lede_article *a, size_t i,
                                          size_t j);
LEDE_API lede_mention_kind lede_entity_mention_kind(const lede_article *a,
                                                    size_t i, size_t j);
/* References to entity i in text order: its mentions (above), and the
 * pronouns ("he", "she", "it", "they") and definite descriptions ("the
 * spokeswoman") the quotes stage resolved to it, of kind
 * LEDE_MENTION_PRONOUN and LEDE_MENTION_DESCRIPTION. The mention count
 * (names, acronyms, roles, appositions) stays as it is. For j >= count:
 * {0, 0}, LEDE_NONE, LEDE_MENTION_NAME. */
LEDE_API size_t lede_entity_reference_count(const lede_article *a, size_t i);
LEDE_API lede_span lede_entity_reference(const lede_article *a, size_t i,
                                         size_t j);
LEDE_API size_t lede_entity_reference_block(const lede_article *a, size_t i,
                                            size_t j);
LEDE_API lede_mention_kind lede_entity_reference_kind(const lede_article *a,
                                                      size_t i, size_t j);
/* Distinct ways the text names entity i (compared case-insensitively),
 * the canonical name first, then defined acronyms, roles, descriptions. */
LEDE_API size_t lede_entity_alias_count(const lede_article *a, size_t i);
LEDE_API lede_span lede_entity_alias(const lede_article *a, size_t i,
                                     size_t j);
/* The entity having name[0..len) as one of its aliases (ASCII case and
 * ' vs ’ ignored, spaces collapsed), or LEDE_NONE. */
LEDE_API size_t lede_entity_find(const lede_article *a, const char *name,
                                 size_t len);

/* Occurrences of term[0..len) as a whole word anywhere in the page (page
 * furniture included: title, links, captions, credits...).  A match may
 * touch a hyphen or apostrophe ("Kenyan-led", "pro-Kenyan", "Kenyan's")
 * but not a letter or digit ("Kenyans" is not "Kenyan").  Case is
 * ignored (Unicode simple case folding) unless LEDE_COUNT_CASE is set.
 * An empty term counts 0. */
#define LEDE_COUNT_CASE 1u
LEDE_API size_t lede_count(const lede_article *a, const char *term,
                           size_t len, unsigned flags);


/* ==== Quotes and reported speech (quotes.c) =============================
 */

/* Every direct quote (words inside quotation marks), mixed quote (reported
 * speech holding a quoted fragment), piece of indirect (reported) speech
 * and unattributed quoted fragment ("scare quotes"), in text order.
 * Spans live as long as the article. */
typedef enum {
  LEDE_QUOTE_DIRECT,      /* "...," she said. */
  LEDE_QUOTE_MIXED,       /* she said it "supports all efforts" */
  LEDE_QUOTE_INDIRECT,    /* she said that ... */
  LEDE_QUOTE_UNATTRIBUTED /* a "collective mechanism": no speaker */
} lede_quote_kind;

/* "direct", "mixed", "indirect", "unattributed"; "?" for a bad value. */
LEDE_API const char *lede_quote_kind_name(lede_quote_kind k);

LEDE_API size_t lede_quote_count(const lede_article *a);
/* For i >= count the accessors return {0, 0}, 0, NULL or LEDE_NONE. */
LEDE_API lede_quote_kind lede_quote_kind_of(const lede_article *a, size_t i);
/* The content: the words inside the marks (direct), or the reported
 * clause (indirect, mixed). A quote split around its cue ("A," he said,
 * "B.") is one quote whose content runs from A to B. */
LEDE_API lede_span lede_quote_span(const lede_article *a, size_t i);
/* The content with its quotation marks (same as the content when there
 * are none at its ends). */
LEDE_API lede_span lede_quote_outer(const lede_article *a, size_t i);
/* The speech cue ("said", "according to", "said in a statement"); 0 and
 * {0, 0} if none. */
LEDE_API int lede_quote_cue(const lede_article *a, size_t i, lede_span *out);
/* The cue's lemma ("say" for "said"; the word itself, lower-cased, for a
 * verb not in the cue lists: "chanted"), NUL-terminated and living as long
 * as the article; NULL if no cue. */
LEDE_API const char *lede_quote_cue_lemma(const lede_article *a, size_t i);
/* The speaker as written where the quote is attributed ("it", "A Foreign
 * Office official", "the ministry's spokesman, Ivan Petrov"); for a quote that
 * inherits its speaker from an earlier one, that earlier mention.  0 and
 * {0, 0} when nobody is named. */
LEDE_API int lede_quote_speaker(const lede_article *a, size_t i,
                                lede_span *out);
/* What the speaker mention refers to, as written in the text: the
 * antecedent of a pronoun ("it" -> "the Russian foreign ministry"), the
 * issuer of "the statement", the name in an apposition ("Ivan Petrov"), else the
 * speaker itself.  0 and {0, 0} when it is not knowable. */
LEDE_API int lede_quote_speaker_ref(const lede_article *a, size_t i,
                                    lede_span *out);
/* The organization named inside a speaker description ("Foreign Office" in
 * "A Foreign Office official"), or the organization the speaker is; 0 and
 * {0, 0} if none. */
LEDE_API int lede_quote_speaker_org(const lede_article *a, size_t i,
                                    lede_span *out);
/* The entity (see Entities) the speaker refers to, or LEDE_NONE. */
LEDE_API size_t lede_quote_speaker_entity(const lede_article *a, size_t i);
/* Does quote i's speaker go by name[0..len)?  The words of name (letters
 * and digits; ' and ’ split words) must occur in order, ignoring case,
 * among the words of the speaker as written, what it refers to, the
 * organization inside it, or its entity's name or an alias: "Russian
 * ministry" finds "the Russian foreign ministry" and the "it" that refers
 * to it.  With exact set, the words must be exactly those of one of them,
 * ignoring a leading "the", "an" or "a": "Smith" no longer finds "Jane
 * Smith".  A name without words matches nothing.  (query.c) */
LEDE_API int lede_quote_speaker_is(const lede_article *a, size_t i,
                                   const char *name, size_t len, int exact);
/* The block holding the quote's start (see lede_block_paragraph for its
 * body paragraph number). */
LEDE_API size_t lede_quote_block(const lede_article *a, size_t i);

/* How the speaker was found. */
typedef enum {
  LEDE_VIA_NONE,         /* no speaker */
  LEDE_VIA_NAME,         /* named where the quote is attributed */
  LEDE_VIA_PRONOUN,      /* "he", "she", "it", "they", "we": resolved to the
                          * most salient compatible entity before it (gender
                          * from titles, first names and earlier pronouns;
                          * number for they/we; "it" for organizations) */
  LEDE_VIA_RELATIVE,     /* "Smith, who said": the speaker phrase runs from
                          * the antecedent through the relative pronoun */
  LEDE_VIA_DESCRIPTION,  /* "the spokeswoman": the person the text
                          * introduced with that role */
  LEDE_VIA_CONTINUATION  /* no cue of its own: it continues the quote of
                          * the paragraph before, or its split half */
} lede_speaker_via;
/* "none", "name", "pronoun", "relative", "description", "continuation";
 * "?" for a bad value. */
LEDE_API const char *lede_speaker_via_name(lede_speaker_via v);
LEDE_API lede_speaker_via lede_quote_speaker_via(const lede_article *a,
                                                 size_t i);

/* What the cue reports, from the cue lists (data/lex/cue_*.txt). */
typedef enum {
  LEDE_CUE_SPEECH,  /* said, told, added, asked, announced; no cue at all */
  LEDE_CUE_WRITING, /* wrote, tweeted, posted, reported */
  LEDE_CUE_THOUGHT, /* believes, thinks, fears, knows, wants */
  LEDE_CUE_OTHER    /* stance, action and evidence frames: praised,
                     * rejected, "the poll shows", "stood by" */
} lede_cue_class;
/* "speech", "writing", "thought", "other"; "?" for a bad value. */
LEDE_API const char *lede_cue_class_name(lede_cue_class c);
LEDE_API lede_cue_class lede_quote_cue_class(const lede_article *a, size_t i);
/* 1 if the quote reports a question put to someone ("Asked about the
 * merger, ...", "he was asked whether ..."), not a statement. */
LEDE_API int lede_quote_is_question(const lede_article *a, size_t i);
/* The quote whose content holds this quote's attribution ("Lee said he
 * heard the mayor say ..."), or whose attribution between its pieces
 * holds it as a relative clause describing the speaker ("“A,” said Lee,
 * who backs the plan. “B.”"); LEDE_NONE for a top-level statement. */
LEDE_API size_t lede_quote_parent(const lede_article *a, size_t i);
/* The pieces of the content. A quote split around its attribution
 * ("A," she said, "B.") has two or more, and the attribution lies between
 * them; otherwise the one piece is lede_quote_span. For j >= count: {0, 0}. */
LEDE_API size_t lede_quote_fragment_count(const lede_article *a, size_t i);
LEDE_API lede_span lede_quote_fragment(const lede_article *a, size_t i,
                                       size_t j);


/* ==== Dates and times (dates.c) =========================================
 * Temporal expressions of the sentences (title, standfirst, date line,
 * captions, body) and of the byline, dateline and related-link blocks, in
 * text order.  Each has a TimeML TIMEX3 type and value
 * ("2021-03-09", "2020-09", "2021-W10", "2021-SP", "199X", "P3Y", "PT48H",
 * "XXXX-WXX-1", "PRESENT_REF", ...).  Relative expressions ("on Tuesday",
 * "last month", "in September") are resolved against the publication date
 * and the tense of their sentence; with no publication date they keep X
 * placeholders ("XXXX-WXX-2", "XXXX-09") and anchor LEDE_ANCHOR_UNRESOLVED;
 * the machine's clock is never used. */
typedef enum {
  LEDE_DATE_DATE,     /* a calendar date or period */
  LEDE_DATE_TIME,     /* a time of day, or a part of a day */
  LEDE_DATE_DURATION, /* a length of time: "three years" */
  LEDE_DATE_SET       /* a recurrence: "every Monday", "annually" */
} lede_date_type;
/* "DATE", "TIME", "DURATION", "SET"; "?" for a bad value. */
LEDE_API const char *lede_date_type_name(lede_date_type t);

/* How fine the value is. Durations, sets and *_REF values have none. */
typedef enum {
  LEDE_GRAN_NONE,
  LEDE_GRAN_CENTURY,
  LEDE_GRAN_DECADE,
  LEDE_GRAN_YEAR,
  LEDE_GRAN_HALF,
  LEDE_GRAN_QUARTER,
  LEDE_GRAN_SEASON,
  LEDE_GRAN_MONTH,
  LEDE_GRAN_WEEK,
  LEDE_GRAN_DAY,
  LEDE_GRAN_PART_OF_DAY, /* "Tuesday morning" */
  LEDE_GRAN_MINUTE
} lede_date_gran;
/* "none", "century", "decade", "year", "half", "quarter", "season",
 * "month", "week", "day", "part_of_day", "minute"; "?" for a bad value. */
LEDE_API const char *lede_date_gran_name(lede_date_gran g);

/* What the value was computed from. */
typedef enum {
  LEDE_ANCHOR_NONE,      /* written in full ("March 10, 2021") */
  LEDE_ANCHOR_PUBLISHED, /* the publication date (and tense) */
  LEDE_ANCHOR_TEXT,      /* an earlier date of the text ("a year earlier") */
  LEDE_ANCHOR_UNRESOLVED /* relative, but no publication date is known */
} lede_date_anchor;
/* "none", "published", "text", "unresolved"; "?" for a bad value. */
LEDE_API const char *lede_date_anchor_name(lede_date_anchor k);

LEDE_API size_t lede_date_count(const lede_article *a);
/* For i >= count: LEDE_DATE_DATE, {0, 0}, NULL, LEDE_GRAN_NONE,
 * LEDE_ANCHOR_NONE, LEDE_NONE. */
LEDE_API lede_date_type lede_date_type_of(const lede_article *a, size_t i);
LEDE_API lede_span lede_date_span(const lede_article *a, size_t i);
/* The TIMEX3 value, NUL-terminated; NULL when it cannot be given (an
 * impossible date such as "February 29, 2021", an ambiguous "10/03/2021").
 * Lives as long as the article. */
LEDE_API const char *lede_date_value(const lede_article *a, size_t i);
LEDE_API lede_date_gran lede_date_granularity(const lede_article *a,
                                              size_t i);
LEDE_API lede_date_anchor lede_date_anchor_of(const lede_article *a,
                                              size_t i);
/* The block holding date i. */
LEDE_API size_t lede_date_block(const lede_article *a, size_t i);
/* The sentence holding date i, or LEDE_NONE for dates in blocks without
 * sentences (byline, dateline, related link). */
LEDE_API size_t lede_date_sentence(const lede_article *a, size_t i);
/* Where date i's value starts, in minutes since 1970-01-01 (proleptic
 * Gregorian, no time zone), for ordering: 1 with *minutes for a calendar
 * point (century, decade, year, week, quarter, half, season, month, day,
 * time), 0 for durations, references and values with unknown parts. */
LEDE_API int lede_date_start(const lede_article *a, size_t i, double *minutes);
/* The timeline: the indices of the DATE and TIME items with a start,
 * ordered by it, a coarser value before a finer one at the same start
 * ("2021" before "2021-01-01"), then in text order.  out must have room
 * for lede_date_count(a) indices; returns how many it wrote.  (query.c) */
LEDE_API size_t lede_timeline(const lede_article *a, size_t *out);


/* ==== HTML input (html.c) ==============================================
 * A web page is parsed with Gumbo (an HTML5 parser: unclosed tags, stray
 * end tags and scripts holding "</div>" are read as browsers read them).
 * The article's text is what lede extracted from the page: the headline
 * (the page's <h1> matching its stated title, else the stated title), then
 * the article body's blocks, one per line with a blank line between:
 * paragraphs (body), subheadings (LEDE_PART_HEADING) and figure captions
 * (LEDE_PART_CAPTION), with navigation, share bars, related links,
 * comments, ads, newsletter and cookie prompts left out.  All spans refer
 * to that text, as for lede_parse; lede_block_html_span gives each
 * block's bytes in the HTML.
 *
 * Charset: UTF-8 unless the page declares (meta charset or http-equiv, in
 * its first 1024 bytes) ISO-8859-1, US-ASCII or Windows-1252, which are
 * read as Windows-1252 (as browsers do) and converted.  Other declared
 * charsets are read as UTF-8: their bytes that are not valid UTF-8 become
 * U+FFFD in the text, and LEDE_META_CHARSET names the declared charset.
 *
 * The page's publication date (LEDE_META_PUBLISHED, when it starts with an
 * ISO date) becomes lede_published and anchors relative dates, unless
 * opt->published is given.  LEDE_EDEPTH: the page nests elements so
 * deeply (thousands of unclosed tags) or gives a tag so many attributes
 * (thousands) that building its tree would take quadratic time. */
LEDE_API lede_status lede_parse_html(const char *html, size_t len,
                                     const lede_options *opt,
                                     lede_article **out);
/* 1 if the article was parsed from HTML. */
LEDE_API int lede_is_html(const lede_article *a);

/* Metadata as the page states it. */
typedef enum {
  LEDE_META_TITLE,
  LEDE_META_AUTHOR, /* the first author; see lede_meta_author */
  LEDE_META_PUBLISHED, /* as written, e.g. "2021-03-10T08:00:00Z" */
  LEDE_META_MODIFIED,
  LEDE_META_PUBLISHER,
  LEDE_META_SITE_NAME,
  LEDE_META_URL,
  LEDE_META_CANONICAL,
  LEDE_META_DESCRIPTION,
  LEDE_META_CHARSET /* the declared charset, as written */
} lede_meta_key;
/* Where a field came from, most trusted first: a field is taken from the
 * most trusted source that gives it. */
typedef enum {
  LEDE_SOURCE_NONE,
  LEDE_SOURCE_JSONLD,    /* <script type="application/ld+json">, an Article */
  LEDE_SOURCE_OPENGRAPH, /* <meta property="og:..."> or "article:..." */
  LEDE_SOURCE_META,      /* <meta name="author|date|byline|..."> */
  LEDE_SOURCE_MICRODATA, /* itemprop="datePublished", <time pubdate> */
  LEDE_SOURCE_TIME,      /* the first <time datetime> */
  LEDE_SOURCE_LINK,      /* <link rel="canonical"> */
  LEDE_SOURCE_HEADING,   /* the page's <h1> */
  LEDE_SOURCE_TITLE,     /* the <title> element */
  LEDE_SOURCE_DECLARED   /* a charset declaration */
} lede_meta_source;
/* "title", "author", "published", "modified", "publisher", "site_name",
 * "url", "canonical", "description", "charset"; "?" for a bad value. */
LEDE_API const char *lede_meta_key_name(lede_meta_key k);
/* "none", "json-ld", "opengraph", "meta", "microdata", "time", "link",
 * "heading", "title", "declared"; "?" for a bad value. */
LEDE_API const char *lede_meta_source_name(lede_meta_source s);
/* Field k: a NUL-terminated string (white space collapsed, entities
 * decoded) living as long as the article, with *len its length and *src
 * its source (either may be NULL); NULL, 0 and LEDE_SOURCE_NONE if the
 * page does not state it or the article is not from HTML. */
LEDE_API const char *lede_meta(const lede_article *a, lede_meta_key k,
                               size_t *len, lede_meta_source *src);
/* Authors as stated by the most trusted source that names any (profile
 * URLs are not names), the first 64 of them. */
LEDE_API size_t lede_meta_author_count(const lede_article *a);
LEDE_API const char *lede_meta_author(const lede_article *a, size_t i,
                                      size_t *len, lede_meta_source *src);
/* Bytes [start, end) of the HTML given to lede_parse_html that block i's
 * text came from: from its first text's first byte to its last text's
 * last byte (tags between included; entities as written).  Returns 0 and
 * {0, 0} for text input, for i >= count, and for a headline taken from
 * the metadata. */
LEDE_API int lede_block_html_span(const lede_article *a, size_t i,
                                  lede_span *out);


/* ==== JSON ==============================================================
 */

/* Called with successive pieces of output; returns 0 on success, nonzero to
 * stop (lede_article_json then returns LEDE_EWRITE). */
typedef int (*lede_write_fn)(void *ud, const char *buf, size_t len);

/* Write everything lede found as one JSON object, without a newline, to w.
 * id (may be NULL) becomes the "id" key. Keys are stable; spans are byte
 * offsets (start, end exclusive) into the text; strings are valid UTF-8
 * even for invalid input (bad bytes become U+FFFD; the offsets still point
 * at the original bytes). The schema is documented in doc/json.md. Makes no
 * allocation. */
LEDE_API lede_status lede_article_json(const lede_article *a, const char *id,
                                       lede_write_fn w, void *ud);

/* Write the bytes s[0..n) as a JSON string (with its quotes) to w: control
 * characters escaped, each byte that is not valid UTF-8 as U+FFFD. */
LEDE_API lede_status lede_json_string(const char *s, size_t n,
                                      lede_write_fn w, void *ud);


/* Check the article's invariants (spans in bounds and ordered, sentences
 * inside their blocks, ...). Returns NULL if all hold, else a static
 * message naming the first broken one. For tests and fuzzers. */
LEDE_API const char *lede_check(const lede_article *a);

#ifdef __cplusplus
}
#endif
#endif
