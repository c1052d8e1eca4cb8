/* Dates: the tense of the words around an expression, which way a
 * relative date looks from the publication date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

/* ==== Tense ============================================================= */

/* An article or possessive at i: "the", "a", "its", ... */
static int S_det(const S_ctx *c, size_t i) {
  return S_lex(c, i, &lede__lex_date_determiners);
}

/* A time of day at w, with its "at" ("at 7.30pm", "5 pm", "at noon",
 * "at 15:00 BST"): the token after it, or w if none is there. */
static size_t S_skip_clock(const S_ctx *c, size_t w) {
  size_t x = w + S_is(c, w, "at");
  if (x >= c->n) return w;
  if (c->tk[x].kind == TK_CLOCK || S_key(c, x, K_NOON) || S_key(c, x, K_MIDNIGHT)) {
    x++;
  } else if (c->tk[x].ndig >= 1 && c->tk[x].ndig <= 2 && c->tk[x].num >= 1 &&
             c->tk[x].num <= 12 && (S_key(c, x + 1, K_AM) || S_key(c, x + 1, K_PM))) {
    x++;
  } else {
    return w;
  }
  if (S_key(c, x, K_AM) || S_key(c, x, K_PM)) x++;
  if (S_lex(c, x, &lede__lex_date_tz) && (c->tk[x].flags & LEDE__T_UPPER)) x++;
  return x;
}

/* "plan" or "plans" at k (a future cue) used as a noun: 1 when it is
 * one. */
static int S_plan_noun(const S_ctx *c, size_t k) {
  /* "announced the plan Aug. 21": a noun, not a plan for the date */
  if ((S_is(c, k, "plan") || S_is(c, k, "plans")) && k > 0 &&
      (S_det(c, k - 1) || S_is(c, k - 1, "this") || S_is(c, k - 1, "that")))
    return 1;
  /* "set aside vacation plans for the trip": a noun with its object,
   * unless a subject pronoun makes it the verb ("we plan for a vote") */
  if ((S_is(c, k, "plan") || S_is(c, k, "plans")) && S_is(c, k + 1, "for") &&
      k > 0 && (c->tk[k - 1].flags & LEDE__T_WORD) &&
      !(c->tk[k - 1].flags & LEDE__T_CAP) &&
      !S_lex(c, k - 1, &lede__lex_date_subject_pronouns))
    return 1;
  /* "set aside vacation plans, ...": a noun closing its clause, unless
   * an aside parts it from its infinitive ("plans, aides said, to") */
  if ((S_is(c, k, "plan") || S_is(c, k, "plans")) && k + 1 < c->n &&
      (c->tk[k + 1].flags & LEDE__T_PUNCT) && !S_punct(c, k + 1, '-')) {
    size_t x = k + 2;
    while (x < c->n && x < k + 8 && !S_punct(c, x, ',')) x++;
    if (!(S_punct(c, k + 1, ',') && x < c->n && S_punct(c, x, ',') &&
          S_is(c, x + 1, "to")))
      return 1;
  }
  /* "a spending plan on Monday": a noun before its time; "plans on
   * staying" is the verb */
  if ((S_is(c, k, "plan") || S_is(c, k, "plans")) && k + 2 < c->n &&
      (S_is(c, k + 1, "on") || S_is(c, k + 1, "in") || S_is(c, k + 1, "at") ||
       S_is(c, k + 1, "of") || S_is(c, k + 1, "by") || S_is(c, k + 1, "with") ||
       S_is(c, k + 1, "from"))) {
    const S_tok *nx = &c->tk[k + 2];
    if (!(nx->e - nx->s > 4 && !memcmp(c->t + nx->e - 3, "ing", 3))) return 1;
  }
  return 0;
}

/* A word of date_future_cues at k ("will", "planned", "due"): 1 when it
 * looks ahead, -1 when the plan it tells is behind us, 0 when it is no
 * cue here. */
static int S_future_cue(const S_ctx *c, size_t k) {
  if (S_is(c, k, "going") && !S_is(c, k + 1, "to")) return 0;
  /* "coming off a strong debate": just behind */
  if (S_is(c, k, "coming") && S_is(c, k + 1, "off")) return -1;
  /* "had been scheduled to expire Friday", "had been due": a plan told
   * in the past perfect was overtaken; its day is behind us. */
  if (k > 0 && (S_is(c, k - 1, "had") ||
                (k > 1 && S_is(c, k - 1, "been") && S_is(c, k - 2, "had")) ||
                (k > 2 && S_is(c, k - 1, "been") && S_is(c, k - 3, "had"))))
    return -1;
  /* "the hastily planned trip": a participle used as an adjective */
  if (k > 0 && S_is(c, k, "planned") && c->tk[k - 1].e - c->tk[k - 1].s > 3 &&
      !memcmp(c->t + c->tk[k - 1].e - 2, "ly", 2) && !S_is(c, k - 1, "only"))
    return 0;
  if (S_plan_noun(c, k)) return 0;
  if (S_is(c, k, "due") && !S_is(c, k + 1, "to")) return 0;
  if (S_is(c, k, "due") && k + 2 < c->n && c->tk[k + 2].flags & LEDE__T_WORD &&
      S_is(c, k + 2, "the"))
    return 0;
  return 1;
}

/* A verb of date_schedule_verbs at k, not capitalized ("meets",
 * "resume"): 1 when a weekday follows it, so that the schedule told in
 * the present looks ahead, as the future does. */
static int S_schedule_ahead(const S_ctx *c, size_t k) {
  /* ("meet separately Monday": an adverb may come between) */
  size_t a1 = k + 1;
  if (a1 + 1 < c->n && (c->tk[a1].flags & LEDE__T_WORD) &&
      !(c->tk[a1].flags & LEDE__T_CAP) && c->tk[a1].e - c->tk[a1].s > 4 &&
      !memcmp(c->t + c->tk[a1].e - 2, "ly", 2))
    a1++;
  /* ("kicks off at 15:00 on Saturday": a particle, and the hour, may
   * come between) */
  size_t a2 = S_skip_clock(c, a1 + S_is(c, a1, "off"));
  /* (an infinitive, "due to meet at midnight Friday", takes the tense
   * of what it hangs on) */
  if (a2 + 1 < c->n && !(k > 0 && S_is(c, k - 1, "to")) &&
      (c->tk[a2].wd || (S_is(c, a2, "on") && c->tk[a2 + 1].wd)))
    return 1;
  /* ("plays its last match on Sunday": its object may come between, a
   * determiner and a few words with no stop; "the votes are counted
   * Tuesday" is a noun) */
  if (S_det(c, a1) && !(k > 0 && S_det(c, k - 1)))
    for (size_t x = a1 + 1; x + 1 < c->n && x <= a1 + 4; x++) {
      /* ("hosts a Sunday talk show": a weekday in the noun phrase) */
      if (x > a1 + 1 && (c->tk[x].wd || (S_is(c, x, "on") && c->tk[x + 1].wd)))
        return 1;
      if (!(c->tk[x].flags & LEDE__T_WORD) || c->tk[x].mon ||
          (c->tk[x].cls != C_NONE &&
           !(c->tk[x].cls == C_KEY && c->tk[x].val == K_LAST)) ||
          /* a verb of its own ends the object (looked up, not read for
           * its tense, so the look stays one level deep) */
          S_lex(c, x, &lede__lex_date_schedule_verbs) ||
          S_lex(c, x, &lede__lex_date_future_cues) ||
          S_lex(c, x, &lede__lex_date_past_verbs) || S_is(c, x, "will"))
        break;
    }
  return 0;
}

/* "to" at k, a token after it: 2 when a verb follows ("to host talks"),
 * a weak cue; 0 when not. */
static int S_to_verb(const S_ctx *c, size_t k) {
  const S_tok *v = &c->tk[k + 1];
  if ((v->flags & LEDE__T_WORD) && !(v->flags & (LEDE__T_CAP | LEDE__T_NUM)) &&
      v->cls == C_NONE && !v->mon && !v->wd) {
    size_t vl = v->e - v->s;
    if (S_lex(c, k + 1, &lede__lex_date_infinitive_stops)) return 0;
    if (vl > 3 && !memcmp(c->t + v->e - 3, "ing", 3)) return 0;
    if (vl > 2 && !memcmp(c->t + v->e - 2, "ed", 2)) return 0;
    if (vl > 1 && c->t[v->e - 1] == 's' && c->t[v->e - 2] != 's') return 0;
    return 2;
  }
  return 0;
}

/* A past verb or an -ed word at k: -1, the past, unless it is a
 * participle or an adjective (0). */
static int S_past_verb(const S_ctx *c, size_t k) {
  /* A participle after an auxiliary or a linking verb defers to it:
   * "will be held", "is expected", "will stay closed". */
  if (k > 0) {
    if (S_lex(c, k - 1, &lede__lex_date_participle_aux)) return 0;
    /* After a determiner an -ed word is an adjective: "a still
     * unspecified date", "the reduced dividend". */
    if (!S_lex(c, k, &lede__lex_date_past_verbs) &&
        (S_det(c, k - 1) || S_is(c, k - 1, "still")))
      return 0;
  }
  return -1;
}

/* Does a word (text s, n bytes) end in "'ll" ("they'll"), either
 * apostrophe? */
static int S_ll(const char *s, size_t n) {
  return (n > 3 && !memcmp(s + n - 3, "'ll", 3)) ||
         (n > 5 && !memcmp(s + n - 5, "\xE2\x80\x99ll", 5));
}

/* Is token k (text s, n bytes) a form in -ed read as a past (not a
 * capitalized word past the first, nor one of date_not_past)? */
static int S_ed_form(const S_ctx *c, size_t k, const char *s, size_t n) {
  return n >= 5 && s[n - 2] == 'e' && s[n - 1] == 'd' &&
         !(c->tk[k].flags & LEDE__T_CAP && k > 0) &&
         !S_lex(c, k, &lede__lex_date_not_past);
}

/* The tense token k tells, read from every word: -1 past, +1 future, 2
 * a weak cue (to + a verb), 0 none. The future cues, then the schedules
 * and other looks ahead, the infinitive, the past. */
static int S_tense_word(const S_ctx *c, size_t k) {
  const S_tok *t = &c->tk[k];
  size_t n = t->e - t->s;
  const char *s = c->t + t->s;
  if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_NUM)) return 0;
  if (t->cls == C_KEY && (t->val == K_AGO)) return -1;
  if (S_lex(c, k, &lede__lex_date_future_cues)) return S_future_cue(c, k);
  /* "were planning", "was scheduled": the plan looks ahead */
  if ((S_is(c, k, "was") || S_is(c, k, "were")) &&
      S_lex(c, k + 1, &lede__lex_date_future_cues) && !S_is(c, k + 1, "going"))
    return 1;
  /* "set to resume", "about to sign": what comes next */
  if ((S_is(c, k, "set") || S_is(c, k, "about")) && S_is(c, k + 1, "to") &&
      lede__date_tense_at(c, k + 1) == 2)
    return 1;
  if (S_ll(s, n)) return 1; /* they'll */
  /* "the tariff takes effect in January": a schedule */
  if ((S_is(c, k, "takes") || S_is(c, k, "take")) && S_is(c, k + 1, "effect"))
    return 1;
  /* "the vote is Friday", "the concert is at 8 pm on Friday": an event
   * set for a weekday, told in the present, is the coming one */
  if (S_is(c, k, "is") || S_is(c, k, "are")) {
    size_t w = S_skip_clock(c, k + 1); /* "is at 8 pm on Friday", "is 5pm Tuesday" */
    if (S_is(c, w, "on")) w++;
    if (w < c->n && c->tk[w].wd && S_cap(c, w) && !c->tk[w].plural && !S_poss(c, w + 1))
      return 1;
  }
  /* "the committee meets Monday", "talks resume Tuesday": a schedule
   * told in the present looks ahead, as the future does */
  if (!(t->flags & LEDE__T_CAP) && S_lex(c, k, &lede__lex_date_schedule_verbs) &&
      S_schedule_ahead(c, k))
    return 1;
  /* "let's talk": a proposal looks ahead */
  if (S_is(c, k, "let") && S_poss(c, k + 1))
    return 1;
  /* to + verb: "to host talks" */
  if (S_is(c, k, "to") && k + 1 < c->n) return S_to_verb(c, k);
  if (S_lex(c, k, &lede__lex_date_past_verbs) || S_ed_form(c, k, s, n))
    return S_past_verb(c, k);
  if (S_is(c, k, "has") || S_is(c, k, "have")) return -1;
  return 0;
}

/* S_tense_word, where a word that is no tense cue (!t->tcue: none of the
 * lists or words it reads) is read by its ending alone, as S_tense_word
 * reads it: "they'll", an -ed form. */
int lede__date_tense_at(const S_ctx *c, size_t k) {
  const S_tok *t = &c->tk[k];
  if (t->tcue) return S_tense_word(c, k);
  size_t n = t->e - t->s;
  const char *s = c->t + t->s;
  if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_NUM)) return 0;
  if (S_ll(s, n)) return 1;
  return S_ed_form(c, k, s, n) ? S_past_verb(c, k) : 0;
}

const char *lede__date_check_tense(lede_article *a) {
  size_t n = a->tokens.n;
  if (!n) return NULL;
  S_ctx c;
  S_tok *buf = lede__date_fill_all(a, &c, NULL);
  if (!buf) return "out of memory";
  const char *err = NULL;
  for (size_t k = 0; k < n && !err; k++) {
    if (buf[k].tcue != lede__date_tcue_slow(&buf[k], a->text + a->tokens.v[k].start,
                                            a->tokens.v[k].len))
      err = "a token's tcue differs from lede__date_tcue_slow";
    else if (lede__date_tense_at(&c, k) != S_tense_word(&c, k))
      err = "lede__date_tense_at differs from S_tense_word";
  }
  free(buf);
  return err;
}

/* The verb an infinitive hangs on ("extended their offers to acquire"):
 * the nearest strong cue before the "to" at p; 0 if none. */
static int S_govern(const S_ctx *c, size_t p) {
  for (size_t d = 1; d <= S_TENSE_WIN && d <= p; d++) {
    int r = lede__date_tense_at(c, p - d);
    if (r == 1 || r == -1) return r;
  }
  return 0;
}

/* "planned to" as the simple past of its clause ("the government planned
 * to pay"); "is planned to", "has planned to" still look ahead. */
static int S_past_plan(const S_ctx *c, size_t k) {
  return S_is(c, k, "planned") && S_is(c, k + 1, "to") && k > 0 &&
         !S_lex(c, k - 1, &lede__lex_date_plan_aux);
}

static int S_tense_cue(const S_ctx *c, size_t i, size_t j, int mode,
                       size_t win) {
  int w = 0, rep = 0, rstop = 0;
  int report = mode & S_TENSE_REPORT;
  mode &= ~S_TENSE_REPORT;
  size_t wp = 0;
  for (size_t d = 1; d <= win; d++) {
    int left = i >= d, right = !rstop && j + d - 1 < c->n;
    if (!left && !right) break;
    for (int side = 0; side < 2; side++) {
      if (side ? !right : !left) continue;
      size_t k = side ? j + d - 1 : i - d;
      /* "said Monday that he will": after a verb of saying, what follows
       * "that" is the report, not the time of the saying ("the weekend
       * that was" keeps its relative clause) */
      if (side && S_is(c, k, "that")) {
        for (size_t b = 1; b <= 8 && b <= i && !rstop; b++)
          if (S_lex(c, i - b, &lede__lex_date_report_verbs) ||
              S_is(c, i - b, "announced") || S_is(c, i - b, "announcement"))
            rstop = 1;
        if (rstop) continue;
      }
      /* "On Friday, the government planned to pay": the weekday opening
       * the sentence is the time of the planning, told in the past ("the
       * team planned to leave on Thursday" dates the leaving, ahead) */
      if (report && side && S_past_plan(c, k)) return -1;
      int r = lede__date_tense_at(c, k);
      if (r == 1 || r == -1) {
        if (!report && d > 2 && S_lex(c, k, &lede__lex_date_report_verbs)) {
          if (!rep) rep = r;
          continue;
        }
        return r;
      }
      if (r == 2) {
        if (mode == 2) return 1;
        if (!w) wp = k;
        w = 1;
      }
    }
  }
  if (w && mode == 1) {
    int g = S_govern(c, wp);
    return g ? g : 1;
  }
  return rep;
}

/* The words just before the expression: "as soon as Tuesday" looks
 * ahead (1); "since Oct. 23" looks back (-1); "until Tuesday" probably
 * ahead (2: used only when the sentence has no tense cue). */
static int S_lead_in(const S_ctx *c, size_t i) {
  while (i > 0 && c->tk[i - 1].cls == C_KEY &&
         (c->tk[i - 1].val == K_MID || c->tk[i - 1].val == K_EARLY ||
          c->tk[i - 1].val == K_LATE || c->tk[i - 1].val == K_THE ||
          c->tk[i - 1].val == K_ON))
    i--;
  if (i == 0) return 0;
  if (i >= 3 && S_is(c, i - 1, "as") && S_is(c, i - 3, "as") &&
      (S_key(c, i - 2, K_SOON) || S_key(c, i - 2, K_EARLY)))
    return 1;
  /* "payable Jan. 2", "effective Feb. 1": the date a decision takes
   * effect, announced ahead of it. */
  if (S_is(c, i - 1, "payable") || S_is(c, i - 1, "effective")) return 1;
  if (S_key(c, i - 1, K_SINCE)) return -1;
  /* "to conclude by May": a deadline ahead, unless the sentence tells what
   * had happened by then */
  if (S_key(c, i - 1, K_BY) && i < c->n && c->tk[i].mon) {
    for (size_t x = i + 1; x < c->n && x < i + 6; x++)
      if (S_is(c, x, "had")) return -1;
    for (size_t x = i > 6 ? i - 6 : 0; x < i; x++)
      if (S_is(c, x, "had")) return -1;
    return 1;
  }
  if (S_key(c, i - 1, K_UNTIL) || S_is(c, i - 1, "through") ||
      S_is(c, i - 1, "till")) {
    /* "postponed until Tuesday", "gave them until 9 a.m. Tuesday": a
     * deadline within the week ahead */
    if (!S_is(c, i - 1, "through") && i < c->n &&
        (c->tk[i].wd || c->tk[i].kind == TK_CLOCK ||
         (c->tk[i].ndig && c->tk[i].ndig <= 2 && (S_key(c, i + 1, K_AM) ||
                                                  S_key(c, i + 1, K_PM))))) {
      /* A deferral sets a deadline ahead; "stayed until Tuesday" or
       * "Until Thursday, they had not ..." tell of the past. */
      for (size_t x = i > 6 ? i - 6 : 0; x < c->n && x < i + 8; x++)
        if (S_is(c, x, "had")) return 2;
      for (size_t x = i > 8 ? i - 8 : 0; x + 1 < i; x++)
        if (S_lex(c, x, &lede__lex_date_deferrals)) return 1;
      return 2;
    }
    return 2;
  }
  return 0;
}

/* -1 past, +1 future, 0 none: the cue nearest to tokens [i, j) within a
 * bounded window of the same segment (the modes: dates_internal.h). */
int lede__date_tense_mode(const S_ctx *c, size_t i, size_t j, int mode,
                          size_t win) {
  int l = S_lead_in(c, i);
  if (l == 1 || l == -1) return l;
  /* "has extended the loans through January": a present perfect runs on
   * past the publication date, to the end named */
  if (l == 2 && i < c->n && c->tk[i].mon) {
    for (size_t d = 2; d <= 14 && d <= i; d++) {
      if (S_punct(c, i - d, ';') || S_punct(c, i - d, ',')) break;
      if ((S_is(c, i - d, "has") || S_is(c, i - d, "have")) &&
          !S_is(c, i - d + 1, "to"))
        return 1;
    }
  }
  int r = S_tense_cue(c, i, j, mode, win);
  if (!r && l == 2) r = 1;
  return r;
}
