/* Page layout of articles in the layouts of different outlets
 * (tests/articles/, all written for these tests: invented people and
 * events).  Every expectation below was written by hand from reading the
 * article, before running lede on it.  A NULL field must be absent. */
#include "helpers.h"
#include "outbuf.h"

#define MAXN 12

typedef struct {
  const char *name;
  lede_author_kind kind;
} S_author;

typedef struct {
  const char *text, *credit; /* credit NULL: none */
} S_caption;

typedef struct {
  const char *file;
  const char *title, *standfirst, *byline;
  S_author authors[4];
  const char *published;      /* ISO date */
  const char *published_text; /* as written */
  const char *place, *agency; /* dateline */
  S_caption captions[4];
  const char *related[4];
  size_t boilerplate; /* number of boilerplate blocks */
  const char *paras[MAXN]; /* opening words of each body paragraph */
  size_t nsents[MAXN];     /* sentences in each body paragraph */
} S_case;

/* Wire copy: headline, byline, read time, a date line, a dateline with the
 * agency, a Reuters-style file-photo caption with a trailing credit, and
 * the reporting/editing credits and trust line as furniture. */
static const S_case reuters = {
    .file = "tests/articles/reuters-wire.txt",
    .title = "U.S. regulators fine Halvorsen Bank $1.2bn over reporting lapses",
    .byline = "By Jane Smith",
    .authors = {{"Jane Smith", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "March 10, 2021",
    .place = "WASHINGTON",
    .agency = "Reuters",
    .captions = {{"A sign outside a Halvorsen Bank branch in New York City, "
                  "U.S., March 3, 2021.",
                  "REUTERS/Nadia Perez/File Photo"}},
    /* "3 Min Read", "Reporting by ...", "Our Standards: ..." */
    .boilerplate = 3,
    .paras = {"U.S. banking regulators on Wednesday fined",
              "The Office of the Comptroller", "\"We take these findings",
              "Acting Comptroller Dr. Helen Marsh",
              "The bank, based in Charlotte, N.C.,",
              "Analysts at Morrow & Co. said"},
    .nsents = {1, 2, 2, 2, 2, 3},
};

/* AP: capitals in the byline, two names, an "Updated" date line, an
 * em-dash dateline, a quotation running over two paragraphs, and the
 * contributor line at the end as furniture. */
static const S_case ap = {
    .file = "tests/articles/ap-storm.txt",
    .title = "Texas ice storm leaves 200,000 without power as crews race to "
             "restore lines",
    .byline = "By MARTA OLSEN and DEREK HALL",
    .authors = {{"MARTA OLSEN", LEDE_AUTHOR_PERSON},
                {"DEREK HALL", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "March 10, 2021",
    .place = "DALLAS",
    .agency = "AP",
    .boilerplate = 1,
    .paras = {"An ice storm that swept", "Oncor, the state's largest",
              "“We are asking for patience,”", "“They will stay out",
              "Gov. Ellen Marsh declared", "In Denton, the power",
              "“Why?” asked Carla Jimenez", "The storm was expected"},
    .nsents = {1, 2, 2, 1, 2, 2, 2, 1},
};

/* A British paper: standfirst, a caption with "Photograph:" above the
 * byline, "Jane Smith in London" with the date on the next line, single
 * curly quotes, a second caption inside the body. No dateline. */
static const S_case guardian = {
    .file = "tests/articles/guardian-british.txt",
    .title = "Ministers accused of ‘betraying’ coastal towns over flood "
             "defence cuts",
    .standfirst = "Environment Agency warns 40,000 homes face greater risk "
                  "after £300m budget is trimmed",
    .byline = "Jane Smith in London",
    .authors = {{"Jane Smith", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "10 Mar 2021",
    .captions = {{"Waves break over the sea wall at Seabrook, Kent, during "
                  "Storm Imogen.",
                  "Harriet Cole/The Guardian"},
                 {"The sea wall at Walton-on-the-Naze, which was damaged in "
                  "January.",
                  "Tom Hale/Alamy"}},
    .paras = {"Ministers have been accused", "The Environment Agency said",
              "Labour’s shadow environment secretary",
              "A Treasury spokesperson said", "Residents in Walton-on-the-Naze",
              "The cuts will take effect"},
    .nsents = {1, 2, 2, 1, 3, 1},
};

/* French: « guillemets » with (narrow) spaces inside, "Par ... et ...",
 * "Publié le 12 mai 2022", a Le Monde-style "NAME / AFP" caption credit. */
static const S_case lemonde = {
    .file = "tests/articles/lemonde-fr.txt",
    .title = "Grève des contrôleurs aériens : des centaines de vols annulés à "
             "Paris",
    .standfirst = "Le mouvement, lancé mardi soir, pourrait durer jusqu’à la "
                  "fin de la semaine, selon les syndicats.",
    .byline = "Par Claire Fontaine et Julien Marchand",
    .authors = {{"Claire Fontaine", LEDE_AUTHOR_PERSON},
                {"Julien Marchand", LEDE_AUTHOR_PERSON}},
    .published = "2022-05-12",
    .published_text = "12 mai 2022",
    .captions = {{"Des passagers bloqués à l’aéroport d’Orly, le 11 mai 2022.",
                  "THOMAS DUVAL / AFP"}},
    .paras = {"Plus de 600 vols", "Les syndicats réclament",
              "Le ministre des transports", "À Orly, les files"},
    .nsents = {2, 3, 2, 2},
};

/* No headline, byline or date: the page opens with the dateline paragraph.
 * "NAIROBI, Kenya —": the place is the city; the country qualifies it. */
static const S_case nohead = {
    .file = "tests/articles/nohead-dateline.txt",
    .place = "NAIROBI",
    .paras = {"Kenya’s central bank unexpectedly", "The Monetary Policy",
              "Governor Dr. Patrick Njoroge", "The shilling has lost"},
    .nsents = {1, 2, 2, 1},
};

/* No standfirst; two "By" lines; "Published: 10 Mar 2021". */
static const S_case twobylines = {
    .file = "tests/articles/two-bylines.txt",
    .title = "City council approves $48 million budget for new library",
    .byline = "By Tom Reed",
    .authors = {{"Tom Reed", LEDE_AUTHOR_PERSON},
                {"Priya Natarajan", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "10 Mar 2021",
    .paras = {"The Springfield City Council", "The building, designed by",
              "Council member Rosa Delgado", "Mayor Alan Briggs disagreed.",
              "The library will hold"},
    .nsents = {1, 2, 3, 2, 1},
};

/* Captions inside the body: "(Photo: AFP)" at the end, a caption line with
 * "Image: Getty" on the line under it, and a "FILE PHOTO:" line with no
 * credit. "By Jane Smith and Ali Khan"; "ANKARA:" opens the first
 * paragraph. */
static const S_case captions = {
    .file = "tests/articles/captions-mid.txt",
    .title = "Earthquake of magnitude 6.1 strikes eastern Turkey, killing at "
             "least 12",
    .standfirst = "Rescue teams search collapsed buildings in Malatya province "
                  "as aftershocks continue",
    .byline = "By Jane Smith and Ali Khan",
    .authors = {{"Jane Smith", LEDE_AUTHOR_PERSON},
                {"Ali Khan", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "March 10, 2021",
    .place = "ANKARA",
    .captions = {{"Rescue workers carry a survivor from a collapsed building "
                  "in Yesilyurt on Wednesday.",
                  "AFP"},
                 {"Residents spent the night outdoors in freezing "
                  "temperatures.",
                  "Getty"},
                 {"Tents set up for displaced families in Malatya after an "
                  "earlier earthquake",
                  NULL}},
    .paras = {"An earthquake of magnitude 6.1", "The quake hit at 4:17 a.m.",
              "Interior Minister Suleyman Kaya", "More than 80 aftershocks",
              "Turkey sits on major"},
    .nsents = {1, 1, 3, 2, 1},
};

/* CRLF line endings; a staff byline; "Published March 9, 2021". */
static const S_case crlf = {
    .file = "tests/articles/crlf-staff.txt",
    .title = "Karachi water board to ration supply as reservoirs run low",
    .byline = "Staff Reporter",
    .authors = {{"Staff Reporter", LEDE_AUTHOR_STAFF}},
    .published = "2021-03-09",
    .published_text = "March 9, 2021",
    .place = "KARACHI",
    .paras = {"The Karachi Water and Sewerage", "According to a schedule",
              "\"We have no choice.", "Residents of Gulshan-e-Iqbal"},
    .nsents = {1, 2, 2, 1},
};

/* Lone CR line endings (old Mac text). */
static const S_case cr = {
    .file = "tests/articles/cr-press.txt",
    .title = "Harbour festival returns after two-year break",
    .byline = "By Ali Khan",
    .authors = {{"Ali Khan", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "10 Mar 2021",
    .paras = {"The Portside Harbour Festival", "The three-day event",
              "Tickets go on sale"},
    .nsents = {1, 2, 1},
};

/* Plain text hard-wrapped at about 72 columns, a headline in capitals, a
 * dateline with the date inside ("SINGAPORE, March 10 (Reuters) -"). */
static const S_case wrapped = {
    .file = "tests/articles/wrapped-plain.txt",
    .title = "SHIPPING LINES REROUTE VESSELS AS CANAL TRAFFIC STALLS",
    .byline = "By Jane Smith",
    .authors = {{"Jane Smith", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "March 10, 2021",
    .place = "SINGAPORE",
    .agency = "Reuters",
    .paras = {"Several of the world's largest container\nlines",
              "Maersk, the Danish shipping group",
              "Salvage crews hope to refloat", "The canal handles"},
    .nsents = {1, 3, 2, 1},
};

/* An agency byline, a date line with the place in front, and three related
 * links in three spellings between the paragraphs. */
static const S_case related = {
    .file = "tests/articles/related-india.txt",
    .title = "Monsoon to arrive in Kerala three days early, says IMD",
    .standfirst = "The India Meteorological Department expects rainfall at "
                  "103% of the long-period average this year",
    .byline = "Press Trust of India",
    .authors = {{"Press Trust of India", LEDE_AUTHOR_AGENCY}},
    .published = "2022-05-16",
    .published_text = "May 16, 2022",
    .place = "NEW DELHI",
    .related = {"READ MORE: Heatwave grips north India as mercury crosses 45 "
                "degrees",
                "Related: How a weak El Niño could shape this year's harvest",
                "Also Read | Kharif sowing: Centre sets record foodgrain "
                "target of 328 million tonnes"},
    .paras = {"The southwest monsoon", "The department said conditions",
              "Farmers in Maharashtra", "The IMD will issue"},
    .nsents = {1, 2, 2, 1},
};

/* Furniture everywhere: a cookie notice before the headline, share and
 * newsletter prompts, "Advertisement" inside the body, a comment section.
 * Boilerplate blocks: the cookie notice, "Accept all cookies", "Share this
 * article", "Advertisement", the newsletter prompt, "Comments (3)" and the
 * four lines of the two comments = 10.  "Local Democracy Reporter" is the
 * author's role, not an author. */
static const S_case boiler = {
    .file = "tests/articles/boiler-cookies.txt",
    .title = "Council to trial four-day week for 300 staff",
    .standfirst = "The six-month pilot will begin in April and be assessed by "
                  "researchers from two universities",
    .byline = "By Ali Khan, Local Democracy Reporter",
    .authors = {{"Ali Khan", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "10 Mar 2021",
    .boilerplate = 10,
    .paras = {"A district council will become", "About 300 employees",
              "Council leader Mair Evans", "Opposition councillors said"},
    .nsents = {1, 2, 2, 1},
};

/* German: »reversed guillemets«, "Von ... und ...", "Stand: 10.03.2021",
 * a Title Case place before the agency ("Freiburg (dpa) –"), and "Mio.",
 * "u. a.", "z. B." inside sentences. */
static const S_case german = {
    .file = "tests/articles/german-dpa.txt",
    .title = "Stadtrat beschließt neues Radwegenetz für Freiburg",
    .standfirst = "Bis 2030 sollen 120 Kilometer geschützte Radwege "
                  "entstehen. Die Opposition kritisiert die Kosten.",
    .byline = "Von Anna Müller und Jonas Becker",
    .authors = {{"Anna Müller", LEDE_AUTHOR_PERSON},
                {"Jonas Becker", LEDE_AUTHOR_PERSON}},
    .published = "2021-03-10",
    .published_text = "10.03.2021",
    .place = "Freiburg",
    .agency = "dpa",
    .paras = {"Der Gemeinderat hat", "»Wir machen Freiburg", "Kritik kam von",
              "Die ersten Abschnitte"},
    .nsents = {2, 2, 3, 1},
};

/* ==== Checking ========================================================== */

static char *S_dup(const lede_article *a, lede_span s) {
  return t_str(a, s);
}

static void S_expect_field(const lede_article *a, lede_field f,
                           const char *want, const char *what,
                           const char *file) {
  lede_span s;
  int have = lede_field_span(a, f, &s);
  if (!want) {
    char *got = S_dup(a, s);
    cr_expect_not(have, "%s: %s should be absent, got \"%s\"", file, what,
                  got);
    free(got);
    return;
  }
  cr_expect(have, "%s: %s missing, want \"%s\"", file, what, want);
  if (!have) return;
  char *got = S_dup(a, s);
  cr_expect_str_eq(got, want, "%s: %s is \"%s\", want \"%s\"", file, what,
                   got, want);
  free(got);
}

static void S_check(const S_case *c) {
  lede_article *a = t_parse_file(c->file);
  const char *f = c->file;
  S_expect_field(a, LEDE_FIELD_TITLE, c->title, "title", f);
  S_expect_field(a, LEDE_FIELD_STANDFIRST, c->standfirst, "standfirst", f);
  S_expect_field(a, LEDE_FIELD_BYLINE, c->byline, "byline", f);
  S_expect_field(a, LEDE_FIELD_PUBLISHED, c->published_text, "published text",
                 f);
  S_expect_field(a, LEDE_FIELD_DATELINE, c->place, "dateline", f);

  /* Authors. */
  size_t na = 0;
  while (na < 4 && c->authors[na].name) na++;
  cr_expect_eq(lede_author_count(a), na, "%s: %zu authors, want %zu", f,
               lede_author_count(a), na);
  for (size_t i = 0; i < na && i < lede_author_count(a); i++) {
    char *got = S_dup(a, lede_author_span(a, i));
    cr_expect_str_eq(got, c->authors[i].name, "%s: author %zu", f, i);
    cr_expect_eq(lede_author_kind_of(a, i), c->authors[i].kind,
                 "%s: author %zu (%s) is %s", f, i, got,
                 lede_author_kind_name(lede_author_kind_of(a, i)));
    free(got);
  }

  /* Publication date. */
  const char *pub = lede_published(a);
  if (c->published)
    cr_expect(pub && strcmp(pub, c->published) == 0,
              "%s: published %s, want %s", f, pub ? pub : "(none)",
              c->published);
  else
    cr_expect_null(pub, "%s: published should be absent, got %s", f, pub);

  /* Agency in the dateline. */
  lede_span s;
  int have = lede_dateline_agency(a, &s);
  if (c->agency) {
    cr_expect(have, "%s: dateline agency missing", f);
    if (have) {
      char *got = S_dup(a, s);
      cr_expect_str_eq(got, c->agency, "%s: agency", f);
      free(got);
    }
  } else {
    cr_expect_not(have, "%s: dateline agency should be absent", f);
  }

  /* Captions and credits. */
  size_t nc = 0;
  while (nc < 4 && c->captions[nc].text) nc++;
  cr_expect_eq(lede_caption_count(a), nc, "%s: %zu captions, want %zu", f,
               lede_caption_count(a), nc);
  for (size_t i = 0; i < nc && i < lede_caption_count(a); i++) {
    char *got = S_dup(a, lede_caption_span(a, i));
    cr_expect_str_eq(got, c->captions[i].text, "%s: caption %zu", f, i);
    free(got);
    have = lede_caption_credit(a, i, &s);
    if (c->captions[i].credit) {
      cr_expect(have, "%s: caption %zu has no credit", f, i);
      if (have) {
        got = S_dup(a, s);
        cr_expect_str_eq(got, c->captions[i].credit, "%s: credit %zu", f, i);
        free(got);
      }
    } else {
      got = S_dup(a, s);
      cr_expect_not(have, "%s: caption %zu: no credit expected, got \"%s\"",
                    f, i, got);
      free(got);
    }
    size_t b = lede_caption_block(a, i);
    cr_expect_eq(lede_block_part(a, b), LEDE_PART_CAPTION);
  }

  /* Related links and boilerplate blocks. */
  size_t nr = 0, nrel = 0, nboil = 0;
  while (nr < 4 && c->related[nr]) nr++;
  for (size_t i = 0; i < lede_block_count(a); i++) {
    lede_part p = lede_block_part(a, i);
    if (p == LEDE_PART_RELATED) {
      if (nrel < nr) {
        char *got = S_dup(a, lede_block_span(a, i));
        cr_expect_str_eq(got, c->related[nrel], "%s: related %zu", f, nrel);
        free(got);
      }
      nrel++;
    }
    if (p == LEDE_PART_BOILERPLATE) nboil++;
  }
  cr_expect_eq(nrel, nr, "%s: %zu related links, want %zu", f, nrel, nr);
  cr_expect_eq(nboil, c->boilerplate, "%s: %zu boilerplate blocks, want %zu",
               f, nboil, c->boilerplate);

  /* Body paragraphs and their sentences. */
  size_t np = 0;
  while (np < MAXN && c->paras[np]) np++;
  cr_expect_eq(lede_paragraph_count(a), np, "%s: %zu paragraphs, want %zu",
               f, lede_paragraph_count(a), np);
  for (size_t i = 0; i < np && i < lede_paragraph_count(a); i++) {
    char *got = S_dup(a, lede_paragraph_span(a, i));
    cr_expect(strncmp(got, c->paras[i], strlen(c->paras[i])) == 0,
              "%s: paragraph %zu is \"%.60s\", want \"%s...\"", f, i + 1, got,
              c->paras[i]);
    free(got);
    size_t b = lede_paragraph_block(a, i);
    cr_expect_eq(lede_block_part(a, b), LEDE_PART_BODY);
    cr_expect_eq(lede_block_paragraph(a, b), i);
    size_t first, n = lede_block_sentences(a, b, &first);
    cr_expect_eq(n, c->nsents[i], "%s: paragraph %zu: %zu sentences, want %zu",
                 f, i + 1, n, c->nsents[i]);
  }
  lede_article_free(a);
}

Test(layout, reuters_wire) { S_check(&reuters); }
Test(layout, ap) { S_check(&ap); }
Test(layout, british_paper) { S_check(&guardian); }
Test(layout, french_guillemets) { S_check(&lemonde); }
Test(layout, no_headline) { S_check(&nohead); }
Test(layout, two_by_lines) { S_check(&twobylines); }
Test(layout, captions_in_body) { S_check(&captions); }
Test(layout, crlf) { S_check(&crlf); }
Test(layout, lone_cr) { S_check(&cr); }
Test(layout, hard_wrapped) { S_check(&wrapped); }
Test(layout, related_links) { S_check(&related); }
Test(layout, boilerplate) { S_check(&boiler); }
Test(layout, german) { S_check(&german); }

/* ==== Smaller cases ===================================================== */

/* The caller's date overrides the page's. */
Test(layout, published_option_overrides) {
  static const char text[] = "Headline for a short story here\n\n"
                             "Published: 10 Mar 2021\n\n"
                             "The story has one sentence of its own here.\n";
  lede_article *a = t_parse_opt(text, sizeof text - 1, "2020-01-02");
  cr_assert_str_eq(lede_published(a), "2020-01-02");
  lede_article_free(a);
}

/* A prose first line is the story, not a title. */
Test(layout, no_title_for_prose) {
  lede_article *a = t_parse(
      "The council met on Tuesday and voted to close the old pool for good, "
      "after years of rising repair bills and falling visitor numbers.\n\n"
      "A new pool will open next year.\n");
  lede_span s;
  cr_expect_not(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  cr_expect_eq(lede_paragraph_count(a), 2);
  lede_article_free(a);
}

/* A one-word first line alone before the story is its headline; the
 * story's first sentence stays story. */
Test(layout, one_word_title) {
  lede_article *a = t_parse(
      "Harbor\n\n"
      "The ferry will stop running in May.\n\n"
      "Boat owners on the east quay said they had not been told, and the "
      "port authority said the pier was no longer safe to use.\n");
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  t_assert_span(a, s, "Harbor");
  cr_expect_eq(lede_paragraph_count(a), 2);
  t_assert_span(a, lede_paragraph_span(a, 0),
                "The ferry will stop running in May.");
  lede_article_free(a);
}

/* A label in capitals, one the word lists know, or a word with a stop is
 * not a headline; nor is a word before something that is not a sentence. */
Test(layout, one_word_not_title) {
  static const char *const heads[] = {"WORLD", "Opinion", "Advertisement",
                                      "Harbor.", "Harbor:"};
  for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
    char text[400];
    snprintf(text, sizeof text,
             "%s\n\nThe ferry will stop running in May, the port authority "
             "said, because the pier is no longer safe to use.\n\n"
             "Boat owners said they had not been told.\n",
             heads[k]);
    lede_article *a = t_parse(text);
    lede_span s;
    cr_expect_not(lede_field_span(a, LEDE_FIELD_TITLE, &s), "%s", heads[k]);
    lede_article_free(a);
  }
  lede_article *a = t_parse("Harbor\n\nEast quay\n\n"
                            "The ferry will stop running in May, the port "
                            "authority said on Tuesday.\n");
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  t_assert_span(a, s, "East quay");
  lede_article_free(a);
}

/* "US-led" is not a dateline; "By March 2022, ..." is not a byline. */
Test(layout, not_dateline_not_byline) {
  lede_article *a = t_parse(
      "Talks stall again\n\n"
      "US-led talks on the ceasefire stalled again on Monday, officials "
      "said, with no date set for the next round.\n\n"
      "By March 2022, the two sides had met eleven times without a deal.\n");
  lede_span s;
  cr_expect_not(lede_field_span(a, LEDE_FIELD_DATELINE, &s));
  cr_expect_not(lede_field_span(a, LEDE_FIELD_BYLINE, &s));
  cr_expect_eq(lede_author_count(a), 0);
  cr_expect_eq(lede_paragraph_count(a), 2);
  lede_article_free(a);
}

/* Paragraph and sentence spans read back as the text's own bytes. */
Test(layout, spans_are_slices) {
  size_t len;
  char *buf = t_read("tests/articles/ap-storm.txt", &len);
  lede_article *a = t_parse_opt(buf, len, NULL);
  size_t tl;
  const char *text = lede_text(a, &tl);
  cr_assert_eq(tl, len);
  cr_assert(memcmp(text, buf, len) == 0);
  for (size_t i = 0; i < lede_sentence_count(a); i++) {
    lede_span s = lede_sentence_span(a, i);
    lede_span b = lede_block_span(a, lede_sentence_block(a, i));
    cr_assert(s.start >= b.start && s.end <= b.end && s.start < s.end);
  }
  free(buf);
  lede_article_free(a);
}

/* Old wire copy: the place alone on a line with " _ ", no headline. */
Test(layout, old_wire_underscore) {
  lede_article *a = t_parse("WASHINGTON _\n\n"
                            "The Senate voted 61-39 on Thursday to extend the "
                            "program for another year.\n\n"
                            "The House is expected to follow next week.\n");
  lede_span s;
  cr_expect_not(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  cr_assert(lede_field_span(a, LEDE_FIELD_DATELINE, &s));
  t_assert_span(a, s, "WASHINGTON");
  cr_expect_eq(lede_paragraph_count(a), 2);
  lede_article_free(a);
}

/* "BUFFALO, N.Y. (AP) --" on its own line: the story follows, not a title. */
Test(layout, dateline_with_state_abbreviation) {
  lede_article *a = t_parse("BUFFALO, N.Y. (AP) --\n\n"
                            "Snow closed schools across the region on "
                            "Tuesday.\n\n"
                            "Forecasters expect another foot by Friday.\n");
  lede_span s;
  cr_expect_not(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  cr_assert(lede_field_span(a, LEDE_FIELD_DATELINE, &s));
  t_assert_span(a, s, "BUFFALO");
  cr_assert(lede_dateline_agency(a, &s));
  t_assert_span(a, s, "AP");
  cr_expect_eq(lede_paragraph_count(a), 2);
  lede_article_free(a);
}

/* A two-word sentence after the headline is story; a label is not. */
Test(layout, short_sentence_is_body) {
  lede_article *a = t_parse("Former mayor returns to the campaign trail\n\n"
                            "ABSTRACT.\n\n"
                            "He's back.\n\n"
                            "The former mayor spoke to a crowd of about 700 "
                            "people in the town hall on Monday night.\n");
  cr_expect_eq(lede_paragraph_count(a), 2);
  t_assert_span(a, lede_paragraph_span(a, 0), "He's back.");
  lede_article_free(a);
}

/* A line leading into the story with a colon is not its title; "courtesy
 * of" inside prose is not an image credit. */
Test(layout, colon_lead_and_courtesy_prose) {
  lede_article *a = t_parse(
      "The Daily Planet said in an editorial on Monday, Oct. 26:\n\n"
      "The city's budget is a mess, and the council knows it.\n\n"
      "Listen to the full interview here, courtesy of Radio Nine:\n");
  lede_span s;
  cr_expect_not(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  cr_expect_eq(lede_caption_count(a), 0);
  cr_expect_eq(lede_paragraph_count(a), 3);
  lede_article_free(a);
}

/* "BYLINE: Nora Quill." names Nora Quill, without the stop; "Jr." keeps
 * its own. */
Test(layout, byline_label_and_stop) {
  lede_article *a = t_parse("Budget talks resume in the capital\n\n"
                            "BYLINE: Nora Quill.\n\n"
                            "Talks on the budget resumed on Monday after a "
                            "two-week break, aides said.\n");
  cr_assert_eq(lede_author_count(a), 1);
  t_assert_span(a, lede_author_span(a, 0), "Nora Quill");
  lede_article_free(a);
  a = t_parse("Budget talks resume in the capital\n\n"
              "By Sam Ortega Jr. and Lee Park\n\n"
              "Talks on the budget resumed on Monday after a two-week "
              "break, aides said.\n");
  cr_assert_eq(lede_author_count(a), 2);
  t_assert_span(a, lede_author_span(a, 0), "Sam Ortega Jr.");
  t_assert_span(a, lede_author_span(a, 1), "Lee Park");
  lede_article_free(a);
}

/* Old Reuters style: "SECTION - HEADLINE IN CAPITALS", then the place and
 * the date alone on a line. */
Test(layout, section_headline_and_place_date) {
  lede_article *a = t_parse("TENNIS - KOVAC WINS OPENING MATCH IN GENEVA .\n"
                            "GENEVA 1996-08-30\n"
                            "Top seed Ivan Kovac beat a qualifier in straight "
                            "sets on Friday .\n"
                            "He plays again on Sunday .\n");
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  t_assert_span(a, s, "TENNIS - KOVAC WINS OPENING MATCH IN GENEVA .");
  cr_assert(lede_field_span(a, LEDE_FIELD_DATELINE, &s));
  t_assert_span(a, s, "GENEVA");
  cr_assert_str_eq(lede_published(a), "1996-08-30");
  cr_expect_eq(lede_paragraph_count(a), 2);
  cr_expect_eq(lede_sentence_count(a), 3); /* title and two paragraphs */
  lede_article_free(a);
}

/* A reporter's name alone on the line before the place and date. */
Test(layout, bare_name_before_dateline) {
  lede_article *a = t_parse("Harbour strike ends after nine days .\n"
                            "Marta Ruiz\n"
                            "VALENCIA 1996-08-30\n"
                            "Dock workers voted on Friday to end a strike that "
                            "had closed the port for nine days .\n");
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_BYLINE, &s));
  t_assert_span(a, s, "Marta Ruiz");
  cr_expect_not(lede_field_span(a, LEDE_FIELD_STANDFIRST, &s));
  cr_assert_eq(lede_author_count(a), 1);
  cr_expect_eq(lede_author_kind_of(a, 0), LEDE_AUTHOR_PERSON);
  cr_assert(lede_field_span(a, LEDE_FIELD_DATELINE, &s));
  t_assert_span(a, s, "VALENCIA");
  cr_expect_eq(lede_paragraph_count(a), 1);
  lede_article_free(a);
}

/* A text that is only a line or two of prose is a story, not a headline;
 * a headline with page furniture stays a headline. */
Test(layout, text_without_a_story_is_the_story) {
  lede_article *a = t_parse("Hello world.");
  cr_assert_not(lede_field_span(a, LEDE_FIELD_TITLE, NULL));
  cr_assert_eq(lede_paragraph_count(a), 1);
  t_assert_span(a, lede_paragraph_span(a, 0), "Hello world.");
  lede_article_free(a);

  a = t_parse("Officials met on Monday. They agreed.\n");
  cr_assert_eq(lede_paragraph_count(a), 1);
  size_t first;
  cr_assert_eq(lede_block_sentences(a, lede_paragraph_block(a, 0), &first), 2);
  lede_article_free(a);

  a = t_parse("Storm hits the coast\n\nBy Jane Smith\n");
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  t_assert_span(a, s, "Storm hits the coast");
  cr_assert_eq(lede_paragraph_count(a), 0);
  lede_article_free(a);
}

/* In a text of short lines, a line of marks ("• • •", "— — —", "★★★") or
 * of bytes that are no UTF-8 is no paragraph; a word in any script is. */
Test(layout, short_lines_of_marks_are_not_paragraphs) {
  static const char *const marks[] = {
      "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2", "\xE2\x80\x94 \xE2\x80\x94 \xE2\x80\x94",
      "\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85", "\xFF\xFE\x80 \xC3"};
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
    char text[128];
    snprintf(text, sizeof text, "Monday\n\n%s\n\ntomorrow\n", marks[i]);
    lede_article *a = t_parse(text);
    cr_assert_eq(lede_paragraph_count(a), 2, "%s", marks[i]);
    t_assert_span(a, lede_paragraph_span(a, 1), "tomorrow");
    lede_article_free(a);
  }
  lede_article *a = t_parse("Monday\n\n\xC3\x96l\xC3\xBCm\n\n\xE6\x97\xA5\xE6\x9C\xAC\n");
  cr_assert_eq(lede_paragraph_count(a), 3);
  lede_article_free(a);
}

/* A story of one paragraph with the date line after it: the paragraph is
 * the story, not a standfirst. */
Test(layout, lone_paragraph_before_date_is_body) {
  lede_article *a = t_parse(
      "Library reopens after flood repairs\n\n"
      "The town library on Mill Street reopened on Saturday after eight "
      "months of repairs, with new shelving and a children's room moved "
      "upstairs, away from the river.\n\n"
      "March 3, 2024\n");
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  t_assert_span(a, s, "Library reopens after flood repairs");
  cr_expect_not(lede_field_span(a, LEDE_FIELD_STANDFIRST, &s));
  cr_assert_eq(lede_paragraph_count(a), 1);
  size_t first;
  cr_expect_eq(lede_block_sentences(a, lede_paragraph_block(a, 0), &first), 1);
  t_assert_span(a, lede_paragraph_span(a, 0),
                "The town library on Mill Street reopened on Saturday after "
                "eight months of repairs, with new shelving and a children's "
                "room moved upstairs, away from the river.");
  cr_expect_str_eq(lede_published(a), "2024-03-03");
  lede_article_free(a);

  /* With a story after the date line, the first paragraph stays a
   * standfirst. */
  a = t_parse("Library reopens after flood repairs\n\n"
              "Eight months of work and a new children's room for the town's "
              "readers\n\n"
              "March 3, 2024\n\n"
              "The town library on Mill Street reopened on Saturday.\n\n"
              "Staff said the river had reached the second shelf.\n");
  cr_assert(lede_field_span(a, LEDE_FIELD_STANDFIRST, &s));
  t_assert_span(a, s, "Eight months of work and a new children's room for "
                      "the town's readers");
  cr_expect_eq(lede_paragraph_count(a), 2);
  lede_article_free(a);
}

/* "Published: March 3, 2024 | 14:30": the date line's time, after a bar,
 * is the time of that day; the publication date is the day. */
Test(layout, date_line_time_after_bar) {
  lede_article *a = t_parse(
      "Ferry fares to rise in spring\n\n"
      "Published: March 3, 2024 | 14:30\n\n"
      "Fares on the island ferry will rise by a tenth from April, the "
      "operator said on Sunday.\n");
  cr_assert_str_eq(lede_published(a), "2024-03-03");
  size_t k = LEDE_NONE;
  for (size_t i = 0; i < lede_date_count(a); i++)
    if (lede_date_block(a, i) == lede_paragraph_block(a, 0) - 1) k = i;
  cr_assert_neq(k, LEDE_NONE, "no date in the date line");
  t_assert_span(a, lede_date_span(a, k), "March 3, 2024 | 14:30");
  cr_expect_str_eq(lede_date_value(a, k), "2024-03-03T14:30");
  cr_expect_eq(lede_date_type_of(a, k), LEDE_DATE_TIME);
  lede_article_free(a);
}

/* ==== Features past the header ========================================== */

void lede__layout_all_features(int on); /* core/internal.h */
const char *lede__layout_check_wclass(void);

/* Words are counted past U+2000 to U+203F told by their bytes (’ joins a
 * word, the rest part words), as by decoding them. */
Test(layout, word_scanner_punctuation_by_bytes) {
  const char *err = lede__layout_check_wclass();
  cr_expect_null(err, "%s", err ? err : "");
}

const char *lede__layout_check_prefix(void);

/* A list's opening is told by its index and two entries as by the
 * list. */
Test(layout, prefix_filter_as_list) {
  const char *err = lede__layout_check_prefix();
  cr_expect_null(err, "%s", err ? err : "");
}

/* The JSON of text parsed with every unit given all its features (all) or
 * only those its part asks about. */
static S_buf S_json(const char *text, size_t len, int all) {
  S_buf o = {0};
  lede__layout_all_features(all);
  lede_article *a = t_parse_opt(text, len, NULL);
  lede__layout_all_features(0);
  cr_assert_eq(lede_article_json(a, NULL, S_write, &o), LEDE_OK);
  lede_article_free(a);
  return o;
}

static void S_same_both_ways(const char *what, const char *text, size_t len) {
  S_buf x = S_json(text, len, 1), y = S_json(text, len, 0);
  cr_expect(x.n == y.n && !memcmp(x.p, y.p, x.n),
            "%s: the layout differs when units past the header get only "
            "the features their part asks about", what);
  free(x.p);
  free(y.p);
}

/* A unit featured once the header is over is given only what the body (or
 * the footer) asks of it: the layout is the same as with every feature. */
Test(layout, body_features_as_all_features) {
  for (size_t i = 0; i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    S_same_both_ways(t_articles[i], text, len);
    free(text);
  }
  /* Furniture among the body's paragraphs: bylines, dates, captions,
   * credits, boilerplate, labels, times and marks, short and long. */
  static const char *const body =
      "Council votes to close the old bridge\n\n"
      "By Jane Smith\n\n"
      "March 3, 2024\n\n"
      "LONDON (Reuters) - The council voted on Tuesday to close the old "
      "bridge to traffic from May, after engineers found cracks in two of "
      "its piers.\n\n"
      "The vote was 31 to 12. Residents had asked for a footbridge.\n\n"
      "The bridge, built in 1903, carries 9,000 cars a day.\n\n"
      "Engineers said the cracks had grown since the spring.\n\n"
      "Shops on both banks fear they will lose trade.\n\n"
      "A bus service will run while the bridge is shut.\n\n"
      "The footbridge is due to open next year.\n\n"
      "Tweet your views on the closure to the council, which said it would "
      "read every one before the final vote in June\n\n"
      "Share your views with the council: it will read them all.\n\n"
      "Email\n\n"
      "Email: write to the council at its office in the town hall or leave "
      "a note with the clerk at the desk by the door of the old building\n\n"
      "Print this page for the full timetable of the replacement buses that "
      "the council will run from May\n\n"
      "By Ali Khan\n\n"
      "By Ali Khan, Jane Smith and Lee Park in London for the Daily Paper on "
      "the bridge\n\n"
      "by the river\n\n"
      "Our Correspondent March 4, 2024\n\n"
      "Reuters\n\n"
      "Jane Smith in London\n\n"
      "Updated March 5, 2024 10:30 GMT\n\n"
      "A crane lifts a beam near the bridge, March 3, 2024. "
      "REUTERS/Nadia Perez\n\n"
      "The bridge in 1998 (Photo: AFP)\n\n"
      "Image: Getty\n\n"
      "Also read: Bridge repairs delayed again\n\n"
      "3 min read\n\n"
      "5 Minute Read\n\n"
      "3:40 p.m.\n\n"
      "* * *\n\n"
      "WASHINGTON: Officials said the works would take a year, and that "
      "buses would run in the meantime between the two banks, every ten "
      "minutes at peak hours and every half hour in the evening, while the "
      "footbridge is built and the piers repaired.\n\n"
      "Reporting by Jane Smith; Editing by Ali Khan\n\n"
      "Associated Press writer Kim Sato contributed to this report.\n\n"
      "Ali Khan in London contributed to this reporting\n\n"
      "We use cookies to improve your experience on our site and to show "
      "you relevant advertising.\n\n"
      "Harbor\n\n"
      "Comments (12)\n\n"
      "By Jane Smith\n\n"
      "March 6, 2024\n\n"
      "The bridge closes in May.\n";
  S_same_both_ways("body furniture", body, strlen(body));
  /* The header's features, asked of the units around a header unit: a
   * one-word title before a dateline, a bare byline before a date line,
   * a standfirst before furniture. */
  static const char *const heads[] = {
      "Harbor\n\n"
      "LONDON (Reuters) - The council voted on Tuesday to close the old "
      "bridge to traffic from May.\n\n"
      "The vote was 31 to 12.\n",
      "Council votes to close the old bridge\n\n"
      "Jane Smith\n\n"
      "March 3, 2024\n\n"
      "The council voted on Tuesday to close the old bridge to traffic.\n",
      "Council votes to close the old bridge\n\n"
      "Engineers found cracks in two of the piers last spring\n\n"
      "LONDON:\n\n"
      "The council voted on Tuesday to close the old bridge to traffic.\n",
      "Council votes to close the old bridge\n\n"
      "Engineers found cracks in two of the piers last spring\n\n"
      "Updated March 5, 2024 10:30 GMT\n\n"
      "The council voted on Tuesday to close the old bridge to traffic.\n"};
  for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
    S_same_both_ways(heads[i], heads[i], strlen(heads[i]));
}
