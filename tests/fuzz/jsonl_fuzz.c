/* Fuzz target for the JSON Lines record reader (bindings/inputs.c): any
 * line gives a record or a message, never a crash or a leak; a record has
 * a name and a text no longer than the line, which then parses. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "inputs.h"
#include "lede.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lede_input in;
  memset(&in, 0, sizeof in);
  char msg[256];
  const char *err = lede_jsonl_record((const char *)data, size, "fuzz:1", &in,
                                      msg, sizeof msg);
  if (err) {
    if (!*err || in.text || in.published) abort();
  } else {
    if (!in.text || !in.name || in.len > size) abort();
    if (in.text[in.len] != '\0') abort();
    lede_options o = {0};
    lede_article *a = NULL;
    lede_status st = lede_parse(in.text, in.len, &o, &a);
    if (st != LEDE_OK || lede_check(a)) abort();
    lede_article_free(a);
  }
  lede_input_clear(&in);
  return 0;
}
