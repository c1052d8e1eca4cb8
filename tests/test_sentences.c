/* Sentence splitting: one paragraph in, the sentences an editor would cut
 * out of it.  Expectations written by hand. */
#include "helpers.h"
#include "internal.h"

#define MAXS 6

typedef struct {
  const char *in;
  const char *want[MAXS]; /* NULL-terminated */
} S_case;

static const S_case cases[] = {
    /* Titles and ranks before names. */
    {"Gen. Qamar Bajwa met Lt. Col. Ahmed Raza on Tuesday. They discussed "
     "border security.",
     {"Gen. Qamar Bajwa met Lt. Col. Ahmed Raza on Tuesday.",
      "They discussed border security."}},
    {"Dr. Jane Smith and Mr. Ali Khan arrived first. Mrs. Brown did not come.",
     {"Dr. Jane Smith and Mr. Ali Khan arrived first.",
      "Mrs. Brown did not come."}},
    {"Prof. Ahmed and Sen. Warren spoke at length. St. Louis was next on the "
     "list.",
     {"Prof. Ahmed and Sen. Warren spoke at length.",
      "St. Louis was next on the list."}},
    {"Capt. Jones and Sgt. Ray left at 5 p.m. on Friday.",
     {"Capt. Jones and Sgt. Ray left at 5 p.m. on Friday."}},
    {"Mr. and Mrs. Smith were there all evening.",
     {"Mr. and Mrs. Smith were there all evening."}},
    {"The order came from Gen. Smith. He signed it himself.",
     {"The order came from Gen. Smith.", "He signed it himself."}},
    {"Martin Luther King Jr. spoke here in 1963. Crowds gathered.",
     {"Martin Luther King Jr. spoke here in 1963.", "Crowds gathered."}},
    {"Rep. Ann Doe (D-N.Y.) voted no. She explained why on Friday.",
     {"Rep. Ann Doe (D-N.Y.) voted no.", "She explained why on Friday."}},

    /* Dotted abbreviations. */
    {"The U.S. and the U.K. signed the deal. Officials in both welcomed it.",
     {"The U.S. and the U.K. signed the deal.",
      "Officials in both welcomed it."}},
    {"Prices rose sharply in the U.S. The Fed is expected to act.",
     {"Prices rose sharply in the U.S.", "The Fed is expected to act."}},
    {"U.S. President Ann Lee spoke. He works for the U.N. in Geneva.",
     {"U.S. President Ann Lee spoke.", "He works for the U.N. in Geneva."}},
    {"The U.S.-China talks resumed. Both sides attended.",
     {"The U.S.-China talks resumed.", "Both sides attended."}},
    {"He got a Ph.D. from Yale. Then he taught there.",
     {"He got a Ph.D. from Yale.", "Then he taught there."}},
    {"Smith et al. found no link. The study was small.",
     {"Smith et al. found no link.", "The study was small."}},

    /* Months, numbers and companies. */
    {"He was born on Jan. 5, 1990, in Ohio. He moved in Dec. 2001.",
     {"He was born on Jan. 5, 1990, in Ohio.", "He moved in Dec. 2001."}},
    {"The vote is set for Sept. 14. It will be held in Paris.",
     {"The vote is set for Sept. 14.", "It will be held in Paris."}},
    {"Shares fell 2 per cent in Jan. The index recovered in Feb.",
     {"Shares fell 2 per cent in Jan.", "The index recovered in Feb."}},
    {"She lives at No. 5 Downing Street. Her neighbour lives at No. 11.",
     {"She lives at No. 5 Downing Street.", "Her neighbour lives at No. 11."}},
    {"The No. 1 seed lost in straight sets.",
     {"The No. 1 seed lost in straight sets."}},
    {"He said no. Nobody argued with him.",
     {"He said no.", "Nobody argued with him."}},
    {"Acme Inc. reported a profit. Shares rose.",
     {"Acme Inc. reported a profit.", "Shares rose."}},
    {"He bought shares in Acme Inc. The deal closed on Friday.",
     {"He bought shares in Acme Inc.", "The deal closed on Friday."}},
    {"The vote was set for May. Now the date has moved.",
     {"The vote was set for May.", "Now the date has moved."}},
    {"The deal was struck with Acme Inc. Ms. Lee declined to comment.",
     {"The deal was struck with Acme Inc.", "Ms. Lee declined to comment."}},
    {"Shares rose in the U.S. Many traders were surprised.",
     {"Shares rose in the U.S.", "Many traders were surprised."}},
    {"The company, Acme Corp., denied it.",
     {"The company, Acme Corp., denied it."}},
    {"Inflation rose 3.5% in May. The firm raised $1.2bn in bonds. Version "
     "v2.0 ships today.",
     {"Inflation rose 3.5% in May.", "The firm raised $1.2bn in bonds.",
      "Version v2.0 ships today."}},
    {"Profits reached $5.5m. Analysts were surprised.",
     {"Profits reached $5.5m.", "Analysts were surprised."}},
    {"The rate is 2.5 per cent. It was 2.25 per cent a year ago.",
     {"The rate is 2.5 per cent.", "It was 2.25 per cent a year ago."}},
    {"It happened in 2020. In 2021 it happened again.",
     {"It happened in 2020.", "In 2021 it happened again."}},
    {"The score was 3-1. Fans cheered.", {"The score was 3-1.", "Fans cheered."}},
    {"See p. 45 for details. The appendix lists sources.",
     {"See p. 45 for details.", "The appendix lists sources."}},
    {"Visit www.example.com for details. Or call the office.",
     {"Visit www.example.com for details.", "Or call the office."}},
    {"They met at 10.30am. Talks lasted hours.",
     {"They met at 10.30am.", "Talks lasted hours."}},

    /* Times. */
    {"The flight left at 9 a.m. and landed at 11:30 a.m. local time.",
     {"The flight left at 9 a.m. and landed at 11:30 a.m. local time."}},
    {"The shop opens at 9 a.m. Customers queue from dawn.",
     {"The shop opens at 9 a.m.", "Customers queue from dawn."}},
    {"Polls close at 8 p.m. Eastern. Results come later.",
     {"Polls close at 8 p.m. Eastern.", "Results come later."}},
    {"The blast came at 9:35 a.m. (0735 GMT) on Friday.",
     {"The blast came at 9:35 a.m. (0735 GMT) on Friday."}},
    {"Talks with the U.S. — and with Canada — resumed.",
     {"Talks with the U.S. — and with Canada — resumed."}},
    {"Former U.S. Sen. Ann Lee spoke first.",
     {"Former U.S. Sen. Ann Lee spoke first."}},
    {"The talks start at 10 a.m. Tuesday in Geneva.",
     {"The talks start at 10 a.m. Tuesday in Geneva."}},

    /* Initials. */
    {"The Lord of the Rings was written by J. R. R. Tolkien. It sold "
     "millions.",
     {"The Lord of the Rings was written by J. R. R. Tolkien.",
      "It sold millions."}},
    {"George W. Bush visited the site. He spoke briefly.",
     {"George W. Bush visited the site.", "He spoke briefly."}},

    /* Ellipses. */
    {"He paused... then continued.", {"He paused... then continued."}},
    {"She waited... Nobody came.", {"She waited...", "Nobody came."}},
    {"It was over.... Nobody knew why.", {"It was over....", "Nobody knew why."}},
    {"Wait… What happened here?", {"Wait…", "What happened here?"}},
    {"It is a sad day for the country . . . and for its people. Nobody "
     "disagreed.",
     {"It is a sad day for the country . . . and for its people.",
      "Nobody disagreed."}},
    /* Three spaced dots mark words left out inside a sentence; the end of
     * one takes a fourth. */
    {"He waited . . . Nobody came.", {"He waited . . . Nobody came."}},
    {"He waited. . . . Nobody came.", {"He waited. . . .", "Nobody came."}},

    /* Quotation marks and brackets after the stop. */
    {"\"We want peace.\" He left the room.",
     {"\"We want peace.\"", "He left the room."}},
    {"They spoke of a war that would end in peace.\" He left.",
     {"They spoke of a war that would end in peace.\"", "He left."}},
    {"The talks must lead to …peace.\" He left.",
     {"The talks must lead to …peace.\"", "He left."}},
    {"\"Why?\" he asked.", {"\"Why?\" he asked."}},
    {"\"Why?\" He asked again.", {"\"Why?\"", "He asked again."}},
    {"\"Stop!\" she shouted. \"Now!\"", {"\"Stop!\" she shouted.", "\"Now!\""}},
    {"She said: “We will win.” Then she left.",
     {"She said: “We will win.”", "Then she left."}},
    {"‘It’s over,’ she said. ‘We lost.’",
     {"‘It’s over,’ she said.", "‘We lost.’"}},
    {"Er nannte z. B. die Kosten. Sie sind mit 85 Mio. Euro zu hoch.",
     {"Er nannte z. B. die Kosten.", "Sie sind mit 85 Mio. Euro zu hoch."}},
    {"»Das ist zu teuer«, sagte sie. »Viel zu teuer.« Dann ging sie.",
     {"»Das ist zu teuer«, sagte sie.", "»Viel zu teuer.«", "Dann ging sie."}},
    {"„Das reicht.“ Dann ging er.", {"„Das reicht.“", "Dann ging er."}},
    {"« C’est fini. » Il est parti.", {"« C’est fini. »", "Il est parti."}},
    {"« Vraiment ? », demanda-t-il. Personne ne répondit.",
     {"« Vraiment ? », demanda-t-il.", "Personne ne répondit."}},
    {"He said (quietly) that it was over. (He was wrong.) Then he left.",
     {"He said (quietly) that it was over.", "(He was wrong.)",
      "Then he left."}},

    /* ? and ! */
    {"Is it over? Yes! It is.", {"Is it over?", "Yes!", "It is."}},
    {"Really?! That is absurd.", {"Really?!", "That is absurd."}},

    /* Unicode full stops need no space after them. */
    {"会议今天举行。代表们讨论了贸易问题。",
     {"会议今天举行。", "代表们讨论了贸易问题。"}},
    {"Tokyo said yes！Osaka said no？Then silence.",
     {"Tokyo said yes！", "Osaka said no？", "Then silence."}},

    /* Runs of white space, a line break inside the paragraph. */
    {"One sentence ends here.   Another\nfollows it.",
     {"One sentence ends here.", "Another\nfollows it."}},
};

/* Every sentence of the article, whatever block it is in. */
static void S_run(const S_case *c) {
  lede_article *a = t_parse(c->in);
  size_t nwant = 0;
  while (nwant < MAXS && c->want[nwant]) nwant++;
  size_t n = lede_sentence_count(a);
  char msg[2048];
  size_t off = 0;
  for (size_t i = 0; i < n && off < sizeof msg - 200; i++) {
    char *s = t_str(a, lede_sentence_span(a, i));
    off += (size_t)snprintf(msg + off, sizeof msg - off, " [%s]", s);
    free(s);
  }
  msg[off < sizeof msg ? off : sizeof msg - 1] = '\0';
  cr_expect_eq(n, nwant, "\"%s\": %zu sentences, want %zu:%s", c->in, n, nwant,
               msg);
  for (size_t i = 0; i < n && i < nwant; i++) {
    char *s = t_str(a, lede_sentence_span(a, i));
    cr_expect_str_eq(s, c->want[i], "\"%s\": sentence %zu", c->in, i + 1);
    free(s);
  }
  lede_article_free(a);
}

Test(sentences, table) {
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) S_run(&cases[i]);
}

/* A paragraph break ends a sentence even without a full stop. */
Test(sentences, paragraph_break_ends) {
  lede_article *a = t_parse(
      "Officials said the talks would go on into the night without a break\n"
      "\n"
      "the next round opens on Monday in Geneva, a spokesman said.\n");
  cr_assert_eq(lede_sentence_count(a), 2);
  lede_span s0 = lede_sentence_span(a, 0), s1 = lede_sentence_span(a, 1);
  cr_assert(lede_sentence_block(a, 0) != lede_sentence_block(a, 1));
  cr_assert(s0.end < s1.start);
  lede_article_free(a);
}

/* Every sentence lies in its block, in order, and no prose is lost: the
 * sentences of a block cover it up to white space. */
Test(sentences, cover_blocks) {
  static const char *const files[] = {
      "tests/articles/ap-storm.txt", "tests/articles/guardian-british.txt",
      "tests/articles/lemonde-fr.txt", "tests/articles/wrapped-plain.txt"};
  for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
    lede_article *a = t_parse_file(files[f]);
    const char *text = lede_text(a, NULL);
    for (size_t b = 0; b < lede_block_count(a); b++) {
      if (lede_block_part(a, b) != LEDE_PART_BODY) continue;
      size_t first, n = lede_block_sentences(a, b, &first);
      cr_assert_gt(n, 0);
      lede_span bs = lede_block_span(a, b);
      size_t pos = bs.start;
      for (size_t i = first; i < first + n; i++) {
        lede_span s = lede_sentence_span(a, i);
        for (size_t k = pos; k < s.start; k++)
          cr_assert(text[k] == ' ' || text[k] == '\n' || text[k] == '\r',
                    "%s: text lost between sentences", files[f]);
        pos = s.end;
      }
      cr_assert_eq(pos, bs.end, "%s: block tail lost", files[f]);
    }
    lede_article_free(a);
  }
}

/* Tokens (white-box: the tokenizer is internal): possessives split off,
 * "U.S." keeps its last dot, numbers stay whole, quotes are flagged. */
Test(sentences, tokens) {
  lede_article *a = t_parse("Officials in the U.S. said Bahrain's offer of "
                            "$1.2bn, or 3.5%, was “fair”.");
  static const char *const want[] = {
      "Officials", "in", "the", "U.S.", "said", "Bahrain", "'s", "offer",
      "of", "$", "1.2bn", ",", "or", "3.5", "%", ",", "was", "“", "fair",
      "”", "."};
  size_t n = sizeof want / sizeof *want;
  cr_assert_eq(a->sents.n, 1);
  cr_assert_eq(a->tokens.n, n, "%zu tokens", a->tokens.n);
  for (size_t i = 0; i < n; i++) {
    lede__token *tk = &a->tokens.v[i];
    t_assert_span(a, ((lede_span){tk->start, lede__tend(tk)}), want[i]);
  }
  cr_assert(a->tokens.v[0].flags & LEDE__T_CAP);
  cr_assert(a->tokens.v[3].flags & LEDE__T_UPPER);
  cr_assert(a->tokens.v[10].flags & LEDE__T_NUM);
  cr_assert(a->tokens.v[17].flags & LEDE__T_QUOTE);
  cr_assert(!(a->tokens.v[6].flags & LEDE__T_QUOTE));
  cr_assert_eq(a->sent_tok.n, 2);
  cr_assert_eq(a->sent_tok.v[1], n);
  lede_article_free(a);
}

const char *lede__sent_check_word_before(const char *t, size_t n); /* sentences.c */

/* The word before a stop is found reading ASCII without decoding as by
 * decoding each code point: over the test articles and words of
 * letters, digits and marks from inside and outside ASCII. */
Test(sentences, word_before_as_decoded) {
  static const char *const files[] = {
      "tests/articles/ap-storm.txt", "tests/articles/german-dpa.txt",
      "tests/articles/lemonde-fr.txt", "tests/articles/reuters-wire.txt",
      "examples/articles/bajwa-bahrain-2021-03-10.txt"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    size_t len;
    char *text = t_read(files[i], &len);
    const char *err = lede__sent_check_word_before(text, len);
    cr_expect_null(err, "%s: %s", files[i], err ? err : "");
    free(text);
  }
  static const char mixed[] =
      "U.S. déjà-vu rock’n’roll O'Neil 3-2 ١٢٣ Zürich. x_y a/b (c) [d] "
      "\"e\" ŞİŞLİ naïve ٣.٤ 北京。 e\xCC\x81t\xC3\xA9 A\xE2\x80\x94" "B "
      "abc\x80" "def \xFF" "g h~i j@k l+m n=o p:q r;s t?u v!w "
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa. "
      "aaaaaaaaaaaaaaaaa\xC3\xA9" "bbbbbbbbbbbbbbbbbbbb\xC3\xA9" "cc. "
      "a\xC3\xA9" "b\xC3\xA9" "c\xC3\xA9" "d\xC3\xA9" "e\xC3\xA9" "f\xC3\xA9" "g\xC3\xA9"
      "h\xC3\xA9" "i\xC3\xA9" "j\xC3\xA9" "k\xC3\xA9" "l\xC3\xA9" "m\xC3\xA9" "n\xC3\xA9"
      "o\xC3\xA9" "p\xC3\xA9" "q\xC3\xA9" "r\xC3\xA9" "s\xC3\xA9" "t\xC3\xA9" "u\xC3\xA9.";
  const char *err = lede__sent_check_word_before(mixed, sizeof mixed - 1);
  cr_expect_null(err, "%s", err ? err : "");
}

const char *lede__sent_check_in(const char *t, size_t n); /* sentences.c */

/* The word before a lone full stop is looked up once for the three
 * abbreviation lists, answered as each list answers: over the test
 * articles' words and each entry of the lists. */
Test(sentences, abbreviations_looked_up_once_as_by_lists) {
  for (size_t i = 0; i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    const char *err = lede__sent_check_in(text, len);
    cr_expect_null(err, "%s: %s", t_articles[i], err ? err : "");
    free(text);
  }
  static const char words[] = "Mr. Dr. gen. U.S. Ph.D. Inc. Sept. e.g. etc. no. vs. Jan. "
                              "said. it. MR. INC. a.m. p.m. St. Mt. Corp. Ltd.";
  const char *err = lede__sent_check_in(words, sizeof words - 1);
  cr_expect_null(err, "%s", err ? err : "");
}
