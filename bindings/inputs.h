/* Reading many articles: files, folders (recursively, *.txt and web pages
 * *.html, *.htm, *.html.gz, *.htm.gz, in name order), standard input
 * ("-"), and JSON Lines files of records {"id": ..., "text": ...,
 * "published": ...} (or "html" in place of "text"). Gzip files are
 * inflated. Used by the `lede` command and
 * by lede.inputs() in the Lua module. Records stream: a JSON Lines file or
 * a folder is never held in memory whole. */
#ifndef LEDE_INPUTS_H
#define LEDE_INPUTS_H

#include <stddef.h>

typedef struct {
  char *name;      /* the path, or the record's id (or "FILE:LINE") */
  char *text;      /* NULL when error is set */
  size_t len;
  char *published; /* from a JSON Lines record, or NULL */
  char *error;     /* why this input could not be read, or NULL */
  size_t bytes;    /* bytes consumed from the source (for progress) */
  int record;      /* it came from a JSON Lines record */
  int html;        /* a web page: *.html, *.htm (or .gz of either), a file
                      that starts like HTML, or a record with "html" */
} lede_input;

typedef enum {
  LEDE_STDIN_AUTO,  /* JSON Lines if it starts with '{', else one article */
  LEDE_STDIN_TEXT,
  LEDE_STDIN_JSONL
} lede_stdin_mode;

typedef struct lede_inputs lede_inputs;

/* NULL only when out of memory. Paths are copied. */
lede_inputs *lede_inputs_open(const char *const *paths, size_t n,
                              lede_stdin_mode mode);
/* Next input into *in (cleared first): 1, or 0 at the end. An input that
 * cannot be read comes back with error set and the rest still follows. */
int lede_inputs_next(lede_inputs *it, lede_input *in);
/* Total bytes of the named files and folders (stdin counts 0). */
size_t lede_inputs_total_bytes(const lede_inputs *it);
void lede_input_clear(lede_input *in);
void lede_inputs_close(lede_inputs *it);

/* Parse one JSON Lines record; on success fills text/len, name (from "id",
 * else fallback) and published, and returns NULL; else returns why, written
 * into msg (msgcap bytes), and name may be set from the record's id. */
const char *lede_jsonl_record(const char *line, size_t len,
                              const char *fallback, lede_input *in,
                              char *msg, size_t msgcap);

#endif
