/* The frames pass (core/quotes_frames.c): a clause no cue list holds,
 * kept or not by the trained model of core/frame_weights.c. The model is
 * trained with a fixed seed, so what it keeps is fixed until make train
 * changes the table. */
#include <criterion/criterion.h>

#include "frame_weights.h"
#include "helpers.h"

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
