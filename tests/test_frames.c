/* The frames pass (core/quotes_frames.c): a clause no cue list holds,
 * kept or not by the trained model of core/frame_weights.c. The model is
 * trained with a fixed seed, so what it keeps is fixed until make train
 * changes the table. */
#include <criterion/criterion.h>

#include "frame_weights.h"
#include "helpers.h"
#include "quotes_internal.h"

#define T_LEAD                                                             \
  "Council rejects harbor plan\n\n"                                        \
  "The city council rejected the harbor plan on Monday, its members "      \
  "said.\n\n"                                                              \
  "\"We cannot afford it,\" said council member Tom Reyes.\n\n"            \
  "Ana Ruiz, the mayor, called the vote a mistake.\n\n"

/* "She offered her thoughts to ...": "offered" opens no report by the
 * cue lists; the model keeps the clause, her words, as reported speech,
 * "she" resolved as every pronoun is. */
Test(frames, a_clause_the_model_keeps_is_reported_speech) {
  lede_article *a = t_parse(T_LEAD
                            "She offered her thoughts to the families of "
                            "the sailors.\n");
  size_t k = t_said(a, "her thoughts to the families of the sailors", "She",
                    "offered");
  t_assert_span(a, lede_quote_span(a, k),
                "her thoughts to the families of the sailors");
  cr_assert_eq(lede_quote_kind_of(a, k), LEDE_QUOTE_INDIRECT);
  cr_assert_eq(lede_quote_speaker_via(a, k), LEDE_VIA_PRONOUN);
  lede_span r;
  cr_assert(lede_quote_speaker_ref(a, k, &r));
  t_assert_span(a, r, "Ana Ruiz");
  cr_assert_str_eq(lede_quote_cue_lemma(a, k), "offer");
  lede_article_free(a);
}

/* "Ruiz walked to the podium": a candidate the model does not keep. */
Test(frames, a_clause_the_model_scores_low_is_no_quote) {
  lede_article *a = t_parse(T_LEAD
                            "Ruiz walked to the podium in the afternoon.\n");
  cr_assert_lt(t_find(a, "to the podium"), 0);
  lede_article_free(a);
}

/* The committed table is what the frames pass's look-up takes it to be
 * (frame_weights.h): ids rising, and lede__frame_first[b] the place of
 * the first id whose top bits are b or more, up to the table's end. */
Test(frames, the_weight_table_is_sorted_and_indexed) {
  const size_t nb = (size_t)1 << (32 - LEDE__FR_SHIFT);
  cr_assert_gt(lede__frame_nw, 0);
  for (size_t k = 1; k < lede__frame_nw; k++)
    cr_assert_lt(lede__frame_w[k - 1].id, lede__frame_w[k].id, "weight %zu", k);
  cr_assert_eq(lede__frame_first[0], 0);
  cr_assert_eq(lede__frame_first[nb], lede__frame_nw);
  for (size_t b = 0; b < nb; b++) {
    cr_assert_leq(lede__frame_first[b], lede__frame_first[b + 1], "bucket %zu", b);
    for (size_t k = lede__frame_first[b]; k < lede__frame_first[b + 1]; k++)
      cr_assert_eq(lede__frame_w[k].id >> LEDE__FR_SHIFT, b, "weight %zu", k);
  }
}

/* A feature's weight is read from its bucket alone: the same as a search
 * of the whole table, for every id in it, their neighbours and random
 * ids. */
Test(frames, weights_by_bucket_as_by_search) {
  cr_assert_eq(lede__q_frame_weight_check(), 0);
}

/* The list features hashed once are the hashes of their text, "lex=" and
 * a list's name, for every list and "none" (20 lists). */
Test(frames, list_features_as_hashed) {
  size_t n = 0;
  for (size_t p = 0; p < 3; p++)
    for (size_t k = 0; lede__q_frame_list_feat_slow(p, k); k++, n++)
      cr_assert_eq(lede__q_frame_list_feat(p, k),
                   lede__q_frame_list_feat_slow(p, k), "feature %zu of %zu", k, p);
  cr_assert_eq(n, 3 * 21);
}

/* Whether a span overlaps one of the last 32 quotes before it, told by
 * the greatest end of each 32 and by a walk over them: the same for many
 * spans of an article of 150 quotes, some of them long. */
Test(frames, in_quote_by_greatest_end_as_by_walk) {
  size_t cap = 150 * 160, n = 0;
  char *s = malloc(cap);
  cr_assert_not_null(s);
  for (int k = 0; k < 150; k++) {
    if (k % 17 == 5)
      n += (size_t)snprintf(s + n, cap - n,
                            "\xe2\x80\x9cWe will win %d times, and then the "
                            "vote is ours, and the plan too,\xe2\x80\x9d ", k);
    n += (size_t)snprintf(s + n, cap - n,
                          "%s\xe2\x80\x9cPlan %d is good,\xe2\x80\x9d Lee said. ",
                          k % 3 ? "" : "The council met. ", k);
    if (k % 10 == 9) n += (size_t)snprintf(s + n, cap - n, "\n\n");
  }
  lede_article *a = t_parse_opt(s, n, NULL);
  cr_assert_gt(lede_quote_count(a), 100);
  cr_assert_eq(lede__q_frame_in_quote_check(a), 0);
  lede_article_free(a);
  free(s);
}

/* The last word of a speaker, by the table of byte classes, as read byte
 * by byte: over every span of a text of letters, digits, marks, spaces,
 * punctuation and bytes over 0x7F. */
Test(frames, last_word_by_table_as_by_bytes) {
  static const char t[] =
      "Ann Lee, 42, said: \"We'll WIN\" \xe2\x80\x9cZoe-Ray\xe2\x80\x9d "
      "Jos\xc3\xa9 O'Malley [AP] ~x{y}|z` the Mayor\x7f of 9Z @home #1";
  cr_assert_eq(lede__q_frame_last_word_check(t, sizeof t - 1), 0);
  unsigned char all[256];
  for (size_t k = 0; k < 256; k++) all[k] = (unsigned char)(255 - k);
  cr_assert_eq(lede__q_frame_last_word_check((const char *)all, 256), 0);
}
