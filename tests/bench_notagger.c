/* make bench: the pipeline without the name tagger, to weigh its cost in
 * the same run. Linked before liblede.a, this lede__tag takes the place of
 * the real one and finds no names, so the rules alone decide. */
#include <string.h>

#include "internal.h"
#include "tagger.h"

void lede__tag(lede__arena *ar, const char *t, const lede__ttoks *tk,
               unsigned char *tags) {
  (void)ar;
  (void)t;
  memset(tags, 0, tk->n);
}
