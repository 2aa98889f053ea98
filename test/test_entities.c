/* test_entities.c -- the gazetteer automaton and entity recognition,
 * through the public C API (no Lua). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "entities.h"
#include "gazetteer.h"
#include "text.h"
#include "test.h"

/* The name of the entity covering text[start, start+len), or "". */
static const char *name_at(const dl_entities *e, const char *text, const char *what,
                           char *buf, size_t cap)
{
  const char *p = strstr(text, what);
  long i;
  const dl_entity *x;
  size_t n;
  if (!p) return "";
  /* probe the first word of `what` (the rest is context) */
  i = dl_entities_at(e, (uint32_t)(p - text), (uint32_t)strcspn(what, " "));
  if (i < 0) return "";
  x = dl_entities_get(e, (size_t)i);
  n = x->name_len < cap - 1 ? x->name_len : cap - 1;
  memcpy(buf, x->name, n);
  buf[n] = '\0';
  return buf;
}

/* The entity whose canonical name is `name`, or NULL. */
static const dl_entity *entity_named(const dl_entities *e, const char *name)
{
  size_t i, n = dl_entities_count(e), len = strlen(name);
  for (i = 0; i < n; i++) {
    const dl_entity *x = dl_entities_get(e, i);
    if (x->name_len == len && memcmp(x->name, name, len) == 0) return x;
  }
  return NULL;
}

static void test_gazetteer(dl_test_state *ts, const dl_gazetteer *builtin)
{
  dl_gazetteer *g;
  uint32_t id;
  dl_entities *e;
  dl_sentence s;
  char buf[64];
  const char *text = "Ms. Quill met Zed Orrin in Harbor City. Orrin left.";
  CHECK(ts, dl_gazetteer_new(0, &g) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "Zed Orrin", 9, DL_ENT_PERSON, "Q1", 2, &id) == DL_OK);
  CHECK(ts, dl_gazetteer_alias(g, id, "Orrin", 5) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "", 0, DL_ENT_PERSON, NULL, 0, NULL) == DL_EARG);
  CHECK(ts, dl_gazetteer_add(g, "X", 1, DL_ENT_NONE, NULL, 0, NULL) == DL_EARG);
  CHECK(ts, dl_gazetteer_add(g, "Harbor City", 11, DL_ENT_LOCATION, NULL, 0, NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_compile(g) == DL_OK);
  CHECK(ts, dl_gazetteer_size(g) == 2);
  s.start = 0;
  s.len = (uint32_t)strlen(text);
  s.para = 0;
  CHECK(ts, dl_entities_find(text, strlen(text), &s, 1, builtin, g, &e) == DL_OK);
  CHECK_STR(ts, name_at(e, text, "Zed Orrin", buf, sizeof buf), "Zed Orrin");
  CHECK_STR(ts, name_at(e, text, "Orrin", buf, sizeof buf), "Zed Orrin");
  CHECK_STR(ts, name_at(e, text, "Harbor City", buf, sizeof buf), "Harbor City");
  {
    /* "Orrin" in "Orrin left." is the same entity as "Zed Orrin" */
    const char *p = strstr(text, "Orrin left");
    long a = dl_entities_at(e, (uint32_t)(p - text), 5);
    long b = dl_entities_at(e, (uint32_t)(strstr(text, "Zed") - text), 3);
    CHECK(ts, a >= 0 && a == b);
    CHECK(ts, strcmp(dl_entities_get(e, (size_t)a)->id, "Q1") == 0);
    /* the last person before "left" is Orrin; Ms. Quill is female */
    {
      long m = dl_entities_last_person(e, (uint32_t)(p - text) + 6, 0);
      CHECK(ts, m >= 0 && dl_entities_mentions(e)[m].entity == (uint32_t)a);
      /* before "Zed" there is only Ms. Quill: a woman */
      m = dl_entities_last_person(e, (uint32_t)(strstr(text, "Zed") - text), 1);
      CHECK(ts, m == -1);
      m = dl_entities_last_person(e, (uint32_t)(strstr(text, "Zed") - text), 2);
      CHECK(ts, m >= 0 && dl_entities_get(e, dl_entities_mentions(e)[m].entity)->gender == 2);
    }
  }
  CHECK(ts, dl_entities_last_person(e, 0, 0) == -1);
  dl_entities_free(e);
  dl_gazetteer_free(g);
}

static void test_recognition(dl_test_state *ts, const dl_gazetteer *builtin)
{
  const char *text = "Russian President Oleg Sokolov met Chinese officials in Kazan. "
                     "Sokolov said the UN Security Council would meet.";
  dl_article *a;
  dl_entities *e;
  const dl_entity *x;
  char buf[64];
  CHECK(ts, dl_article_parse(text, strlen(text), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities(a, text, builtin, NULL, &e) == DL_OK);
  CHECK_STR(ts, name_at(e, text, "Oleg Sokolov", buf, sizeof buf), "Oleg Sokolov");
  CHECK_STR(ts, name_at(e, text, "Sokolov said", buf, sizeof buf), "Oleg Sokolov");
  CHECK_STR(ts, name_at(e, text, "Kazan", buf, sizeof buf), "Kazan");
  CHECK_STR(ts, name_at(e, text, "Chinese", buf, sizeof buf), "Chinese");
  CHECK_STR(ts, name_at(e, text, "UN Security Council", buf, sizeof buf), "UN Security Council");
  if ((x = entity_named(e, "Oleg Sokolov")) != NULL) {
    CHECK(ts, x->type == DL_ENT_PERSON);
    CHECK(ts, x->title.len == 9 && memcmp(text + x->title.start, "President", 9) == 0);
    CHECK(ts, x->nationality.len == 7);
    CHECK(ts, x->nmentions == 2);
  }
  if ((x = entity_named(e, "Kazan")) != NULL) {
    CHECK_STR(ts, x->country, "Russia");
    CHECK_STR(ts, x->tz, "Europe/Moscow");
  }
  CHECK_STR(ts, dl_entity_type_name(DL_ENT_LOCATION), "LOCATION");
  CHECK(ts, dl_entity_type_parse("MISC", 4) == DL_ENT_MISC);
  CHECK(ts, dl_entity_type_parse("misc", 4) == DL_ENT_NONE);
  dl_entities_free(e);
  dl_article_free(a);

  /* nothing to find, and no sentences at all */
  CHECK(ts, dl_entities_find("", 0, NULL, 0, builtin, NULL, &e) == DL_OK);
  CHECK(ts, dl_entities_count(e) == 0 && dl_entities_at(e, 0, 0) == -1);
  dl_entities_free(e);
}

/* A suffix after a non-ASCII separator inside a longer pattern ("Foo<NBSP>Bar"
 * then "Bar Baz"; an en dash likewise) is found: the failure links anchor
 * after NBSP and dashes as after a space. */
static void test_nbsp_suffix(dl_test_state *ts)
{
  const char *t = "Foo\xC2\xA0" "Bar Baz and Lee\xE2\x80\x93" "Ann Park";
  dl_gazetteer *g = NULL;
  dl_gaz_match *m = NULL;
  size_t n = 0, cap = 0, i;
  int bar = 0, ann = 0;
  CHECK(ts, dl_gazetteer_new(0, &g) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "Foo\xC2\xA0" "Bar", 8, DL_ENT_LOCATION, NULL, 0, NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "Bar Baz", 7, DL_ENT_PERSON, NULL, 0, NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "Lee\xE2\x80\x93" "Ann", 9, DL_ENT_PERSON, NULL, 0, NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "Ann Park", 8, DL_ENT_PERSON, NULL, 0, NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_compile(g) == DL_OK);
  CHECK(ts, dl_gazetteer_scan(g, t, 0, strlen(t), &m, &n, &cap) == DL_OK);
  for (i = 0; i < n; i++) {
    if (m[i].len == 7 && memcmp(t + m[i].start, "Bar Baz", 7) == 0) bar = 1;
    if (m[i].len == 8 && memcmp(t + m[i].start, "Ann Park", 8) == 0) ann = 1;
  }
  CHECK(ts, n == 4 && bar && ann);
  free(m);
  dl_gazetteer_free(g);
}

/* Newswire shapes: a title inside a run, a dateline's place, a state's
 * abbreviation, a company's front word. */
static void test_newswire(dl_test_state *ts, const dl_gazetteer *builtin)
{
  const char *text = "GRANTVILLE, Ore., March 4 - Regional Planning Secretary Marta Velasco "
                     "told Reuters Trade Secretary Lena Farrow had left Kestrel Brands Inc. "
                     "Kestrel said its plant in Dover, Del., would close.";
  dl_article *a;
  dl_entities *e;
  const dl_entity *x;
  char buf[64];
  size_t i;
  CHECK(ts, dl_article_parse(text, strlen(text), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities(a, text, builtin, NULL, &e) == DL_OK);
  CHECK_STR(ts, name_at(e, text, "Marta Velasco", buf, sizeof buf), "Marta Velasco");
  CHECK_STR(ts, name_at(e, text, "Lena Farrow", buf, sizeof buf), "Lena Farrow");
  CHECK_STR(ts, name_at(e, text, "Reuters Trade", buf, sizeof buf), "Reuters");
  CHECK_STR(ts, name_at(e, text, "Kestrel said", buf, sizeof buf), "Kestrel Brands Inc.");
  if ((x = entity_named(e, "Marta Velasco")) != NULL) {
    CHECK(ts, x->type == DL_ENT_PERSON);
    CHECK(ts, x->title.len == 27
              && memcmp(text + x->title.start, "Regional Planning Secretary", 27) == 0);
  }
  for (i = 0; i < 3; i++) {
    static const char *const places[] = { "GRANTVILLE", "Ore", "Del" };
    if ((x = entity_named(e, places[i])) != NULL) CHECK(ts, x->type == DL_ENT_LOCATION);
  }
  dl_entities_free(e);
  dl_article_free(a);
}

/* A post's title without the honorific after it or the party's word
 * before it: "President Sheikh ..." is a President, "Socialist Prime
 * Minister ..." a Prime Minister; the mention keeps both words. */
static void test_post_titles(dl_test_state *ts, const dl_gazetteer *builtin)
{
  const char *text = "Talks resumed on Monday. He met President Sheikh Hamdan bin Rashid Al Falasi "
                     "in Dubai. Voters backed Socialist Prime Minister Tomas Ribera on Sunday.";
  static const struct { const char *name, *title, *mention; } want[] = {
    { "Hamdan bin Rashid Al Falasi", "President", "President Sheikh" },
    { "Tomas Ribera", "Prime Minister", "Socialist Prime" }
  };
  dl_article *a;
  dl_entities *e;
  const dl_entity *x;
  size_t i;
  CHECK(ts, dl_article_parse(text, strlen(text), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities(a, text, builtin, NULL, &e) == DL_OK);
  for (i = 0; i < 2; i++) {
    const char *at = strstr(text, want[i].mention);
    CHECK(ts, (x = entity_named(e, want[i].name)) != NULL);
    if (!x) continue;
    CHECK(ts, x->title.len == strlen(want[i].title)
              && memcmp(text + x->title.start, want[i].title, x->title.len) == 0);
    {
      long k = at ? dl_entities_at(e, (uint32_t)(at - text), (uint32_t)strlen(want[i].mention)) : -1;
      CHECK(ts, k >= 0 && dl_entities_get(e, (size_t)k) == x);
    }
  }
  dl_entities_free(e);
  dl_article_free(a);
}

/* A headline: its mentions come first, in text order, lookups find them,
 * and the entity keeps the body's spelling of its name. */
static void test_headline(dl_test_state *ts, const dl_gazetteer *builtin)
{
  const char *text = "SAILING - HALVORSEN LEADS IN NORWAY .\n\nBERGEN 1996-07-14\n\n"
                     "Kari Halvorsen of Norway led the fleet on Sunday .";
  dl_article *a;
  dl_entities *e;
  const dl_mention *m;
  char buf[64];
  size_t i, n;
  CHECK(ts, dl_article_parse(text, strlen(text), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities(a, text, builtin, NULL, &e) == DL_OK);
  CHECK_STR(ts, name_at(e, text, "HALVORSEN", buf, sizeof buf), "Kari Halvorsen");
  CHECK_STR(ts, name_at(e, text, "NORWAY", buf, sizeof buf), "Norway");
  CHECK_STR(ts, name_at(e, text, "SAILING", buf, sizeof buf), "");
  m = dl_entities_mentions(e);
  n = dl_entities_nmentions(e);
  CHECK(ts, n >= 4 && m[0].start == 10);
  for (i = 1; i < n; i++) CHECK(ts, m[i - 1].start <= m[i].start);
  dl_entities_free(e);
  dl_article_free(a);
}

/* The language: given, or guessed; outside English only gazetteer names
 * and title-anchored people. */
static void test_language(dl_test_state *ts, const dl_gazetteer *builtin)
{
  const char *de = "Am Mittwoch traf Präsidentin Aino Lehtola in Berlin ein. "
                   "Beide Seiten sprachen über Sicherheit, Zölle und Zusammenarbeit.";
  const char *en = "Am Mittwoch met Beide Seiten in Berlin.";
  dl_article *a = NULL;
  dl_entities *e = NULL;
  size_t i, n;
  int person = 0, other = 0;
  CHECK(ts, dl_entities_tables_ok());
  /* pinyin given names, for the surname "He" (not the pronoun) */
  CHECK(ts, dl_pinyin_split("Yadong", 6, 2) && dl_pinyin_split("Zhaoxu", 6, 2));
  CHECK(ts, dl_pinyin_split("Xian", 4, 1) && dl_pinyin_split("Xian", 4, 2));
  CHECK(ts, dl_pinyin_split("fang", 4, 1) && !dl_pinyin_split("fang", 4, 2));
  CHECK(ts, !dl_pinyin_split("Began", 5, 2) && !dl_pinyin_split("Said", 4, 2)
            && !dl_pinyin_split("Hanging", 7, 2) && !dl_pinyin_split("", 0, 1));
  CHECK(ts, dl_article_parse(de, strlen(de), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities_lang(a, de, builtin, NULL, DL_LANG_AUTO, &e) == DL_OK);
  n = e ? dl_entities_count(e) : 0;
  for (i = 0; i < n; i++) {
    const dl_entity *x = dl_entities_get(e, i);
    if (x->type == DL_ENT_PERSON && x->name_len == 12 && memcmp(x->name, "Aino Lehtola", 12) == 0)
      person = 1;
    else if (!(x->name_len == 6 && memcmp(x->name, "Berlin", 6) == 0))
      other++;
  }
  CHECK(ts, person == 1 && other == 0 && n == 2);
  dl_entities_free(e);
  dl_article_free(a);
  /* given as German, an ASCII text is read the German way too */
  CHECK(ts, dl_article_parse(en, strlen(en), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities_lang(a, en, builtin, NULL, DL_LANG_DE, &e) == DL_OK);
  CHECK(ts, e && dl_entities_count(e) == 1);
  dl_entities_free(e);
  CHECK(ts, dl_article_entities_lang(a, en, builtin, NULL, DL_LANG_EN, &e) == DL_OK);
  CHECK(ts, e && dl_entities_count(e) > 1);
  dl_entities_free(e);
  dl_article_free(a);
}

/* dl_gazetteer_scan2_at finds, at the offsets it is given, the matches
 * dl_gazetteer_scan finds there; the key filter in front of the automaton
 * lets through names with inner punctuation, non-ASCII letters, ALL CAPS
 * and a name that ends where the scan window ends. */
static int grow_heap(dl_gaz_sink *s, size_t need)
{
  size_t cap = s->cap ? s->cap : 8;
  dl_gaz_match *m;
  while (cap < need) cap *= 2;
  m = (dl_gaz_match *)realloc(s->m, cap * sizeof *m);
  if (!m) return -1;
  s->m = m;
  s->cap = cap;
  return 0;
}

static int has_match(const dl_gaz_match *m, size_t n, const char *text,
                     const char *what, size_t len)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (m[i].len == len && memcmp(text + m[i].start, what, len) == 0) return 1;
  return 0;
}

/* A pattern's space matches one line break of the text (a name that
 * hard-wrapped text breaks), in either case mode; two breaks (a blank
 * line) and a break where the pattern has none do not. */
static void test_scan_line_break(dl_test_state *ts)
{
  const char *text = "at Harbor\nCity, HARBOR\nCITY, Harbor\n\nCity and Harbor\nCityhall";
  dl_gazetteer *g;
  dl_gaz_match *all = NULL;
  size_t nall = 0, capall = 0;
  CHECK(ts, dl_gazetteer_new(0, &g) == DL_OK);
  CHECK(ts, dl_gazetteer_add(g, "Harbor City", 11, DL_ENT_LOCATION, NULL, 0, NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_compile(g) == DL_OK);
  CHECK(ts, dl_gazetteer_scan(g, text, 0, strlen(text), &all, &nall, &capall) == DL_OK);
  CHECK(ts, nall == 2);
  CHECK(ts, has_match(all, nall, text, "Harbor\nCity", 11));
  CHECK(ts, has_match(all, nall, text, "HARBOR\nCITY", 11));
  free(all);
  dl_gazetteer_free(g);
}

static void test_scan_at(dl_test_state *ts)
{
  static const char *const names[] = {
    "New York", "York", "St. Louis", "C\303\264te d'Ivoire", "Ba'ath Party",
    "\303\211mile Zola", "AT&T", "Quill"
  };
  const char *text = "From New York to ST. LOUIS, C\303\264te d'Ivoire and "
                     "the Ba'ath Party; \303\211mile Zola at AT&T met Quillon and Quill";
  size_t tlen = strlen(text), i, k, nst = 0;
  uint32_t starts[64];
  dl_gazetteer *g;
  dl_gaz_match *all = NULL;
  size_t nall = 0, capall = 0;
  dl_gaz_sink at;
  CHECK(ts, dl_gazetteer_new(0, &g) == DL_OK);
  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    CHECK(ts, dl_gazetteer_add(g, names[i], strlen(names[i]), DL_ENT_LOCATION, NULL, 0,
                               NULL) == DL_OK);
  CHECK(ts, dl_gazetteer_compile(g) == DL_OK);
  CHECK(ts, dl_gazetteer_scan(g, text, 0, tlen, &all, &nall, &capall) == DL_OK);
  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    CHECK(ts, i == 2 || has_match(all, nall, text, names[i], strlen(names[i])));
  CHECK(ts, has_match(all, nall, text, "ST. LOUIS", 9));
  for (i = 0; i < nall; i++)    /* "Quill" of "Quillon": not at a word end */
    CHECK(ts, text + all[i].start != strstr(text, "Quillon"));
  /* the word starts (bytes after a space or the text's start) */
  for (i = 0; i < tlen && nst < 64; i++)
    if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) starts[nst++] = (uint32_t)i;
  memset(&at, 0, sizeof at);
  at.grow = grow_heap;
  CHECK(ts, dl_gazetteer_scan2_at(g, &at, NULL, NULL, text, 0, tlen, starts, nst, 0) == DL_OK);
  for (i = 0; i < nall; i++) {
    int want = 0, got = 0;
    for (k = 0; k < nst; k++) want |= starts[k] == all[i].start;
    for (k = 0; k < at.n; k++)
      got |= at.m[k].start == all[i].start && at.m[k].len == all[i].len;
    CHECK(ts, want == got);
  }
  for (k = 0; k < at.n; k++) CHECK(ts, has_match(all, nall, text, text + at.m[k].start, at.m[k].len));
  /* only "York" offered: "New York" is not entered, "York" is found */
  at.n = 0;
  {
    uint32_t york = (uint32_t)(strstr(text, "York") - text);
    CHECK(ts, dl_gazetteer_scan2_at(g, &at, NULL, NULL, text, 0, tlen, &york, 1, 0) == DL_OK);
    CHECK(ts, at.n == 1 && at.m[0].start == york && at.m[0].len == 4);
  }
  /* a name ending at the window's end, the text going on after it */
  at.n = 0;
  {
    const char *q = strstr(text, "Quillon");
    uint32_t s0 = (uint32_t)(q - text);
    CHECK(ts, dl_gazetteer_scan2_at(g, &at, NULL, NULL, text, s0, s0 + 5, &s0, 1, 0) == DL_OK);
    CHECK(ts, at.n == 1 && at.m[0].len == 5);
  }
  {
    uint8_t first[256];
    memset(first, 0, sizeof first);
    dl_gazetteer_first_bytes(g, first);
    CHECK(ts, first['N'] && first['Y'] && first[0xC3] && !first['n'] && !first[' ']);
    dl_gazetteer_first_bytes(NULL, first);
  }
  free(all);
  free(at.m);
  dl_gazetteer_free(g);
}

/* Is s valid UTF-8 (no byte dl_utf8_decode has to replace)? */
static int valid_utf8(const char *s)
{
  size_t i = 0, n = strlen(s), adv;
  while (i < n) {
    int32_t cp = dl_utf8_decode(s + i, n - i, &adv);
    if (cp == 0xFFFD && adv == 1) return 0;
    i += adv;
  }
  return 1;
}

/* The generated table's strings are whole UTF-8 (a generator once cut the
 * 0xBC of "ü" out of "Türkiye" and "Düsseldorf"). */
static void test_seeds_utf8(dl_test_state *ts)
{
  size_t i, bad = 0;
  for (i = 0; i < dl_gaz_nseeds; i++) {
    const dl_gaz_seed *g = &dl_gaz_seeds[i];
    bad += !valid_utf8(DL_GAZ_STR(g->names)) || !valid_utf8(DL_GAZ_STR(g->country))
           || !valid_utf8(DL_GAZ_STR(g->region));
  }
  CHECK(ts, bad == 0);
}

/* The namesake table: sorted by name, most populous first within a name
 * (dl_gaz_alts_find bisects it and takes the first of a country), whole
 * UTF-8, every row the namesake of a built-in entry; and entities take
 * a namesake only when the text places the city there. */
static void test_namesakes(dl_test_state *ts, const dl_gazetteer *builtin)
{
  size_t i, n, bad = 0;
  const dl_gaz_alt *a;
  dl_entities *e;
  dl_sentence s;
  const dl_entity *x;
  const char *text = "Floods hit Valencia, Spain. Officials in Cambridge, Mass., spoke. "
                     "Talks in Perth went on.";
  for (i = 0; i < dl_gaz_nalts; i++) {
    const dl_gaz_alt *r = &dl_gaz_alts[i];
    if (i > 0) {
      int c = strcmp(dl_gaz_alts[i - 1].name, r->name);
      bad += c > 0 || (c == 0 && dl_gaz_alts[i - 1].population < r->population);
    }
    bad += !valid_utf8(r->name) || !valid_utf8(r->country) || !valid_utf8(r->region);
    bad += !r->country[0] || !r->tz[0];
  }
  CHECK(ts, bad == 0);
  CHECK(ts, dl_gaz_nalts > 100);
  a = dl_gaz_alts_find("Cambridge", 9, &n);
  CHECK(ts, a != NULL && n >= 2 && strcmp(a->name, "Cambridge") == 0);
  CHECK(ts, dl_gaz_alts_find("Cambridg", 8, &n) == NULL && n == 0);
  CHECK(ts, dl_gaz_alts_find("Cambridgeshire", 14, &n) == NULL && n == 0);
  CHECK(ts, dl_gaz_alts_find("", 0, &n) == NULL && n == 0);
  /* a row's NUL ends the comparison, whatever the text holds */
  CHECK(ts, dl_gaz_alts_find("Cambridge\0x", 11, &n) == NULL);

  s.start = 0;
  s.len = (uint32_t)strlen(text);
  s.para = 0;
  CHECK(ts, dl_entities_find(text, strlen(text), &s, 1, builtin, NULL, &e) == DL_OK);
  x = entity_named(e, "Valencia");
  CHECK(ts, x && strcmp(x->country, "Spain") == 0 && strcmp(x->tz, "Europe/Madrid") == 0
            && x->id[0] == '\0' && x->population > 0);
  x = entity_named(e, "Cambridge");
  CHECK(ts, x && strcmp(x->region, "Massachusetts") == 0);
  x = entity_named(e, "Massachusetts");
  CHECK(ts, x && strcmp(x->id, "US-MA") == 0);
  x = entity_named(e, "Perth");   /* alone: the gazetteer's own */
  CHECK(ts, x && strcmp(x->country, "Australia") == 0);
  dl_entities_free(e);
}

/* dl_quotes_speakers: a C program gets the speakers the Lua API gives, a
 * surname and a pronoun named by the person's full name and a gazetteer's
 * short form by its organization. */
static void test_speakers(dl_test_state *ts, const dl_gazetteer *builtin)
{
  const char *text = "Finance Minister Ana Ruiz met bankers on Monday.\n\n"
                     "\"Rates will fall,\" Ruiz said.\n\n"
                     "\"We are ready,\" she added.\n\n"
                     "\"Inflation is easing,\" the Fed said in a statement.\n\n"
                     "\"No comment,\" a spokesman said.";
  dl_article *a;
  dl_entities *e;
  dl_quote_list ql;
  const dl_entity *who[8];
  CHECK(ts, dl_article_parse(text, strlen(text), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities(a, text, builtin, NULL, &e) == DL_OK);
  dl_quote_list_init(&ql);
  CHECK(ts, dl_quotes_scan(text, strlen(text), dl_article_paras(a), dl_article_npara(a), &ql) == DL_OK);
  CHECK(ts, ql.n == 4);
  if (ql.n == 4) {
    dl_quotes_speakers(&ql, e, text, builtin, NULL, who);
    CHECK(ts, who[0] && who[0]->name_len == 8 && memcmp(who[0]->name, "Ana Ruiz", 8) == 0);
    CHECK(ts, who[1] == who[0]);
    CHECK(ts, who[2] && who[2]->type == DL_ENT_ORGANIZATION
              && who[2]->name_len == 15 && memcmp(who[2]->name, "Federal Reserve", 15) == 0);
    CHECK(ts, who[3] == NULL);
  }
  dl_quote_list_free(&ql);
  dl_entities_free(e);
  dl_article_free(a);
}

/* An empty text may come as NULL from C: nothing in it is read (make
 * ubsan flagged a memchr on the NULL pointer). */
static void test_empty_null(dl_test_state *ts, const dl_gazetteer *builtin)
{
  dl_entities *e = NULL;
  CHECK(ts, dl_entities_find(NULL, 0, NULL, 0, builtin, NULL, &e) == DL_OK);
  CHECK(ts, e != NULL && dl_entities_count(e) == 0);
  dl_entities_free(e);
}

/* The set of words seen in lower case grows with the words (it was sized
 * for every occurrence): after 600 words of their own, each opening a
 * sentence and then seen in lower case, a capitalized "Zorvex" opening the
 * last sentence is still known as a common word, not a name's first word
 * ("Zorvex Tomasz Wrobel" would be the person otherwise). */
static void test_lower_words(dl_test_state *ts, const dl_gazetteer *builtin)
{
  enum { NW = 600 };
  const char *tail = "Zorvex Tomasz Wrobel met Ann Lee. The zorvex ended.";
  size_t cap = NW * 40 + 128, n = 0, i;
  char *text = (char *)malloc(cap), buf[64];
  dl_sentence *s = (dl_sentence *)malloc((2 * NW + 2) * sizeof *s);
  dl_entities *e = NULL;
  size_t ns = 0;
  CHECK(ts, text && s);
  if (!text || !s) { free(text); free(s); return; }
  for (i = 0; i < NW; i++) {
    char w[8];
    int k;
    w[0] = 'q'; w[1] = 'a';
    w[2] = (char)('a' + i % 26); w[3] = (char)('a' + i / 26 % 26); w[4] = 'o'; w[5] = '\0';
    s[ns].start = (uint32_t)n;
    k = snprintf(text + n, cap - n, "%c%s rose.", 'Q', w + 1);
    s[ns].len = (uint32_t)k; s[ns++].para = 0; n += (size_t)k + 1; text[n - 1] = ' ';
    s[ns].start = (uint32_t)n;
    k = snprintf(text + n, cap - n, "The %s fell.", w);
    s[ns].len = (uint32_t)k; s[ns++].para = 0; n += (size_t)k + 1; text[n - 1] = ' ';
  }
  s[ns].start = (uint32_t)n; s[ns].len = 33; s[ns++].para = 0;
  s[ns].start = (uint32_t)n + 34; s[ns].len = (uint32_t)strlen(tail) - 34; s[ns++].para = 0;
  memcpy(text + n, tail, strlen(tail));
  n += strlen(tail);
  CHECK(ts, dl_entities_find(text, n, s, ns, builtin, NULL, &e) == DL_OK);
  if (e) {
    CHECK_STR(ts, name_at(e, text, "Tomasz Wrobel", buf, sizeof buf), "Tomasz Wrobel");
    dl_entities_free(e);
  }
  free(text);
  free(s);
}

/* The entities of text[0, n) parsed as an article with the built-in
 * gazetteer (a failed parse or scan is a failed check); NULL on failure.
 * The caller frees the entities, the article and text. */
static dl_entities *article_entities_of(dl_test_state *ts, char *text, size_t n,
                                        const dl_gazetteer *builtin, dl_article **a)
{
  dl_options o;
  dl_entities *e = NULL;
  dl_options_init(&o);
  *a = NULL;
  CHECK(ts, dl_article_parse(text, n, &o, a) == DL_OK);
  if (!*a || dl_article_entities(*a, text, builtin, NULL, &e) != DL_OK) {
    CHECK(ts, 0);
    return NULL;
  }
  return e;
}

/* shared_names' tables grow past their first size (DL_SHARED_FIRST words)
 * with the same answers: after 1,500 people of their own, a bare surname
 * two people share is still the one named last in full. */
static void test_shared_words(dl_test_state *ts, const dl_gazetteer *builtin)
{
  enum { NP = 1500 };
  static const char *const sy[] = { "ka", "to", "mi", "ra", "ne", "su", "lo", "vi", "de", "pa" };
  const char *tail = "Tom Wendell met Jill Wendell on Monday. Later Jill Wendell left the hall. "
                     "Wendell said the talks failed.";
  size_t cap = NP * 40 + 256, n = 0, i;
  char *text = (char *)malloc(cap), buf[64];
  dl_article *a = NULL;
  dl_entities *e = NULL;
  CHECK(ts, text != NULL);
  if (!text) return;
  for (i = 0; i < NP; i++) {
    size_t j = i + 7;
    n += (size_t)snprintf(text + n, cap - n, "Mr. %c%s%s%s%sel %c%s%s%s%sov arrived. ",
                          sy[i % 10][0] - 32, sy[i % 10] + 1, sy[i / 10 % 10], sy[i / 100 % 10],
                          sy[i / 1000 % 10], sy[j % 10][0] - 32, sy[j % 10] + 1, sy[j / 10 % 10],
                          sy[j / 100 % 10], sy[j / 1000 % 10]);
  }
  n += (size_t)snprintf(text + n, cap - n, "%s", tail);
  if ((e = article_entities_of(ts, text, n, builtin, &a)) != NULL) {
    CHECK_STR(ts, name_at(e, text, "Wendell said", buf, sizeof buf), "Jill Wendell");
    dl_entities_free(e);
  }
  dl_article_free(a);
  free(text);
}

/* Hostile input: one results line of 20,000 scorers after a club and its
 * dash (each name looks back over the row for the dash: bounded, not the
 * whole line per name), then a row of its own whose scorer is still read. */
static void test_long_scorer_row(dl_test_state *ts, const dl_gazetteer *builtin)
{
  enum { NS = 20000 };
  const char *head = "SOCCER - LEAGUE\n\nMADRID 1996-10-12\n\nScorers :\n\nValencia - ";
  const char *tail = "\n\nSevilla - Tomas Diaz ( 12 ) .";
  size_t cap = strlen(head) + NS * 20 + strlen(tail) + 1, n = 0, i;
  char *text = (char *)malloc(cap), buf[64];
  dl_article *a = NULL;
  dl_entities *e = NULL;
  CHECK(ts, text != NULL);
  if (!text) return;
  n += (size_t)snprintf(text + n, cap - n, "%s", head);
  for (i = 0; i < NS; i++) n += (size_t)snprintf(text + n, cap - n, "Leandro ( 55 ) , ");
  n += (size_t)snprintf(text + n, cap - n, "%s", tail);
  if ((e = article_entities_of(ts, text, n, builtin, &a)) != NULL) {
    CHECK_STR(ts, name_at(e, text, "Tomas Diaz (", buf, sizeof buf), "Tomas Diaz");
    CHECK_STR(ts, name_at(e, text, "Sevilla -", buf, sizeof buf), "Sevilla");
    CHECK(ts, entity_named(e, "Tomas Diaz") && entity_named(e, "Tomas Diaz")->type == DL_ENT_PERSON);
    dl_entities_free(e);
  }
  dl_article_free(a);
  free(text);
}

/* A nationality inside a titled person's mention is also a MISC mention
 * (the one overlap): dl_entities_at answers for the exact span asked
 * about, and for a span inside the person's name, the person. */
static void test_nested_nationality(dl_test_state *ts, const dl_gazetteer *builtin)
{
  static const char text[] = "Chilean Foreign Minister Ana Vidal met Acting Peruvian President Luis Soto.";
  dl_sentence s;
  dl_entities *e = NULL;
  const char *ana = strstr(text, "Ana"), *luis = strstr(text, "Luis");
  long person, nat, person2, nat2;
  s.start = 0;
  s.len = (uint32_t)strlen(text);
  s.para = 0;
  CHECK(ts, dl_entities_find(text, strlen(text), &s, 1, builtin, NULL, &e) == DL_OK);
  person = dl_entities_at(e, 0, (uint32_t)(ana + 8 - text));
  nat = dl_entities_at(e, 0, 7);
  person2 = dl_entities_at(e, (uint32_t)(strstr(text, "Peruvian") - text), (uint32_t)(luis + 9 - strstr(text, "Peruvian")));
  nat2 = dl_entities_at(e, (uint32_t)(strstr(text, "Peruvian") - text), 8);
  CHECK(ts, person >= 0 && dl_entities_get(e, (size_t)person)->type == DL_ENT_PERSON);
  CHECK(ts, nat >= 0 && dl_entities_get(e, (size_t)nat)->type == DL_ENT_MISC);
  CHECK(ts, person2 >= 0 && dl_entities_get(e, (size_t)person2)->type == DL_ENT_PERSON && person2 != person);
  CHECK(ts, nat2 >= 0 && dl_entities_get(e, (size_t)nat2)->type == DL_ENT_MISC && nat2 != nat);
  CHECK(ts, dl_entities_at(e, (uint32_t)(ana - text), 3) == person);
  CHECK(ts, dl_entities_at(e, (uint32_t)(luis - text), 4) == person2);
  dl_entities_free(e);
}

/* Hard-wrapped prose: a name over a line break is one name, its canonical
 * form with a space (a copy the result owns), merged with the same name
 * written on one line; a blank line or the end of a short line (a
 * headline above its dateline) ends a name. */
static void test_wrapped_names(dl_test_state *ts, const dl_gazetteer *builtin)
{
  static const char text[] =
    "HARBOR MILLS SAYS PROFIT ROSE IN FIRST QUARTER\n"
    "CHICAGO, April 2 - Harbor Mills Inc said first quarter profit rose\n"
    "as sales of farm equipment recovered, according to Angela\n"
    "Merkel, the company's chief financial officer, and shares rose on\n"
    "the New York Stock Exchange after a New York\n"
    "Stock Exchange official confirmed the trading halt had ended.\n"
    "    Angela Merkel said the company expected further gains in the\n"
    "second half of the year, and Smith\n\nJones said nothing.\n";
  dl_article *a;
  dl_entities *e;
  const dl_entity *x;
  const char *wrapped = strstr(text, "Angela\nMerkel");
  CHECK(ts, dl_article_parse(text, strlen(text), NULL, &a) == DL_OK);
  CHECK(ts, dl_article_entities(a, text, builtin, NULL, &e) == DL_OK);
  x = entity_named(e, "Angela Merkel");
  CHECK(ts, x != NULL);
  if (x) {
    const uint32_t *ms;
    size_t n;
    long i = dl_entities_at(e, (uint32_t)(wrapped - text), 13);
    CHECK(ts, x->type == DL_ENT_PERSON);
    /* a copy: not a span of the text */
    CHECK(ts, x->name < text || x->name >= text + sizeof text);
    CHECK(ts, i >= 0 && dl_entities_get(e, (size_t)i) == x);
    ms = dl_entities_entity_mentions(e, (size_t)i, &n);
    CHECK(ts, n == 2);
    if (n == 2) {
      /* the mentions keep the text as written */
      const dl_mention *m = &dl_entities_mentions(e)[ms[0]];
      CHECK(ts, m->name_start == (uint32_t)(wrapped - text) && m->name_len == 13);
    }
  }
  x = entity_named(e, "New York Stock Exchange");
  CHECK(ts, x != NULL && x->nmentions == 2);
  CHECK(ts, entity_named(e, "Harbor Mills Inc") != NULL);
  /* the headline's last word and the dateline's place are two names */
  CHECK(ts, entity_named(e, "QUARTER CHICAGO") == NULL);
  CHECK(ts, entity_named(e, "Smith Jones") == NULL);
  dl_entities_free(e);
  dl_article_free(a);
}

void test_entities(dl_test_state *ts)
{
  dl_gazetteer *builtin = NULL;
  CHECK(ts, dl_gazetteer_builtin(&builtin) == DL_OK);
  CHECK(ts, dl_gazetteer_size(builtin) > 10000);
  test_gazetteer(ts, builtin);
  test_recognition(ts, builtin);
  test_newswire(ts, builtin);
  test_post_titles(ts, builtin);
  test_headline(ts, builtin);
  test_nbsp_suffix(ts);
  test_language(ts, builtin);
  test_scan_at(ts);
  test_scan_line_break(ts);
  test_seeds_utf8(ts);
  test_namesakes(ts, builtin);
  test_lower_words(ts, builtin);
  test_shared_words(ts, builtin);
  test_speakers(ts, builtin);
  test_empty_null(ts, builtin);
  test_long_scorer_row(ts, builtin);
  test_nested_nationality(ts, builtin);
  test_wrapped_names(ts, builtin);
  dl_gazetteer_free(builtin);
}
