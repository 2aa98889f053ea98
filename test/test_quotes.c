/* test_quotes.c -- C tests of csrc/quotes.c: quote marks, speakers,
 * title stripping, hostile input. */
#include <stdlib.h>

#include "test.h"
#include "dateline.h"
#include "quotes.h"

static int span_is(const char *text, dl_span sp, const char *want)
{
  size_t n = strlen(want);
  return sp.len == n && memcmp(text + sp.start, want, n) == 0;
}

static int content_is(const char *text, const dl_quote *q, const char *want)
{
  dl_span sp;
  sp.start = q->start;
  sp.len = q->len;
  return span_is(text, sp, want);
}

static void strip_case(dl_test_state *ts, const char *mention, const char *want)
{
  dl_span sp, got;
  sp.start = 0;
  sp.len = (uint32_t)strlen(mention);
  got = dl_quote_strip_title(mention, sp);
  if (span_is(mention, got, want)) ts->passed++;
  else {
    ts->failed++;
    fprintf(stderr, "strip_title(\"%s\") = \"%.*s\", want \"%s\"\n", mention,
            (int)got.len, mention + got.start, want);
  }
}

void test_quotes(dl_test_state *ts)
{
  dl_quote_list l;
  static const char t1[] =
    "The talks ended.\n\n"
    "\xE2\x80\x9CWe will win,\xE2\x80\x9D Ana Ruiz said.\n\n"
    "She also visited the port.\n\n"
    "\xE2\x80\x9CIt is busy,\xE2\x80\x9D she added.";
  static const char t2[] =
    "President Omar Said welcomed Ana Ruiz warmly, saying, \"You are a friend.\"";
  char *big;
  size_t i, n;

  CHECK(ts, dl_quotes_lexicon_ok());

  dl_quote_list_init(&l);
  CHECK(ts, dl_quotes_scan(t1, sizeof t1 - 1, NULL, 0, &l) == DL_OK);
  CHECK(ts, l.n == 2);
  if (l.n == 2) {
    CHECK(ts, content_is(t1, &l.items[0], "We will win,"));
    CHECK(ts, span_is(t1, l.items[0].speaker, "Ana Ruiz"));
    CHECK(ts, span_is(t1, l.items[0].cue, "said"));
    CHECK(ts, l.items[0].outer.len == l.items[0].len + 6);
    CHECK(ts, l.items[0].closed && !l.items[0].partial && !l.items[0].via_pronoun);
    CHECK(ts, span_is(t1, l.items[1].speaker, "she"));
    CHECK(ts, span_is(t1, l.items[1].resolved, "Ana Ruiz"));
    CHECK(ts, l.items[1].via_pronoun);
    CHECK(ts, span_is(t1, l.items[1].cue, "added"));
  }
  dl_quote_list_free(&l);
  CHECK(ts, l.items == NULL && l.n == 0);

  CHECK(ts, dl_quotes_scan(t2, sizeof t2 - 1, NULL, 0, &l) == DL_OK);
  CHECK(ts, l.n == 1);
  if (l.n == 1) {
    CHECK(ts, span_is(t2, l.items[0].speaker, "President Omar Said"));
    CHECK(ts, span_is(t2, l.items[0].name, "Omar Said"));
    CHECK(ts, span_is(t2, l.items[0].cue, "saying"));
  }
  dl_quote_list_free(&l);

  /* a title naming its post with "to" or "of the": the speaker's mention
   * is the whole titled name, not one starting at the post's place */
  {
    static const char t3[] = "Ambassador to Manila Kay Carlson said it was \"ironclad.\" "
                             "Secretary of the Treasury Ann Lee said it was \"sound.\"";
    CHECK(ts, dl_quotes_scan(t3, sizeof t3 - 1, NULL, 0, &l) == DL_OK);
    CHECK(ts, l.n == 2);
    if (l.n == 2) {
      CHECK(ts, span_is(t3, l.items[0].speaker, "Ambassador to Manila Kay Carlson"));
      CHECK(ts, span_is(t3, l.items[0].name, "Kay Carlson"));
      CHECK(ts, span_is(t3, l.items[1].speaker, "Secretary of the Treasury Ann Lee"));
      CHECK(ts, span_is(t3, l.items[1].name, "Ann Lee"));
    }
    dl_quote_list_free(&l);
  }

  /* possessives: where the 's is, not assumed at the end; long words */
  {
    static const struct { const char *w; size_t len, base; } pw[] = {
      {"Kerr's", 6, 4}, {"Kerr\xE2\x80\x99s", 8, 4}, {"Xi's-led", 8, 2},
      {"Xi\xE2\x80\x99s-led", 10, 2}, {"O'Sullivan", 10, 10}, {"Kerr", 4, 4},
      {"Kerr's,", 6, 4},
    };
    size_t k, base = 0, len;
    char *w;
    for (k = 0; k < sizeof pw / sizeof pw[0]; k++) {
      len = dl_quote_word(pw[k].w, strlen(pw[k].w), &base);
      CHECK(ts, len == pw[k].len && base == pw[k].base);
      if (len != pw[k].len || base != pw[k].base)
        fprintf(stderr, "  word \"%s\": %zu/%zu\n", pw[k].w, len, base);
    }
    /* a word longer than 16 bits: the base is not truncated */
    n = 70000;
    w = (char *)malloc(n + 2);
    if (w) {
      memset(w, 'a', n);
      memcpy(w + n, "'s", 2);
      len = dl_quote_word(w, n + 2, &base);
      CHECK(ts, len == n + 2 && base == n);
      free(w);
    }
  }
  strip_case(ts, "Chinese President Xi Jinping", "Xi Jinping");
  strip_case(ts, "President Xi", "Xi");
  strip_case(ts, "Mr. Smith", "Smith");
  strip_case(ts, "Sen. Elizabeth Warren", "Elizabeth Warren");
  strip_case(ts, "Secretary of State Jane Roe", "Jane Roe");
  strip_case(ts, "Secretary of Commerce Gina Raimondo", "Gina Raimondo");
  strip_case(ts, "Commerce Secretary Gina Raimondo", "Gina Raimondo");
  strip_case(ts, "Minister of Foreign Affairs Wang Yi", "Wang Yi");
  strip_case(ts, "Secretary of Homeland Security Ana Ruiz", "Ana Ruiz");
  strip_case(ts, "Secretary of State Roe", "Roe");
  strip_case(ts, "of Commerce Gina Raimondo", "of Commerce Gina Raimondo");
  strip_case(ts, "U.S. Trade Representative Jane Roe", "Jane Roe");
  strip_case(ts, "John King", "John King");
  strip_case(ts, "President", "President");
  strip_case(ts, "Putin", "Putin");

  /* hostile input: many unbalanced marks, linear and bounded */
  n = 300000;
  big = (char *)malloc(n * 3);
  if (big) {
    for (i = 0; i < n; i++) memcpy(big + 3 * i, "\xE2\x80\x9C", 3);
    CHECK(ts, dl_quotes_scan(big, n * 3, NULL, 0, &l) == DL_OK);
    dl_quote_list_free(&l);
    for (i = 0; i < n * 3; i++) big[i] = (i % 3 == 0) ? '"' : (i % 3 == 1 ? 'a' : ' ');
    CHECK(ts, dl_quotes_scan(big, n * 3, NULL, 0, &l) == DL_OK);
    {
      size_t inside = 0;   /* one check for all spans, not one per quote */
      for (i = 0; i < l.n; i++)
        inside += (size_t)l.items[i].start + l.items[i].len <= n * 3;
      CHECK(ts, inside == l.n);
    }
    dl_quote_list_free(&l);
    free(big);
  }
  CHECK(ts, dl_quotes_scan("", 0, NULL, 0, &l) == DL_OK && l.n == 0);
  dl_quote_list_free(&l);

  /* a transcript: a marked quote opening a turn is the label's speaker's,
   * named by the full name the text writes the label in; a turn without
   * marks is a quote of its speaker, whole, in text order with the others */
  {
    static const char tr[] =
      "Tom Ito spoke to Ann Lee on Sunday.\n\nLEE: Are you ready?\n\n"
      "ITO: \"Yes.\" We are.\n\nLEE: Good.";
    CHECK(ts, dl_quotes_scan(tr, sizeof tr - 1, NULL, 0, &l) == DL_OK);
    CHECK(ts, l.n == 3);
    if (l.n == 3) {
      CHECK(ts, content_is(tr, &l.items[0], "Are you ready?"));
      CHECK(ts, span_is(tr, l.items[0].speaker, "LEE") && span_is(tr, l.items[0].name, "Ann Lee"));
      CHECK(ts, l.items[0].outer.start == l.items[0].start && l.items[0].closed);
      CHECK(ts, content_is(tr, &l.items[1], "Yes."));
      CHECK(ts, span_is(tr, l.items[1].speaker, "ITO") && span_is(tr, l.items[1].name, "Tom Ito"));
      CHECK(ts, l.items[1].cue.len == 0);
      CHECK(ts, content_is(tr, &l.items[2], "Good."));
      CHECK(ts, span_is(tr, l.items[2].name, "Ann Lee") && l.items[2].cue.len == 0);
    }
    dl_quote_list_free(&l);
  }
  /* a nickname in marks is no quote */
  {
    static const char nk[] = "Sen. Juan \"Johnny\" Ponce said it was \"settled\".";
    CHECK(ts, dl_quotes_scan(nk, sizeof nk - 1, NULL, 0, &l) == DL_OK);
    CHECK(ts, l.n == 1 && content_is(nk, &l.items[0], "settled"));
    dl_quote_list_free(&l);
  }
  /* a title at the very end of the text ("... The mayor"): the role
   * phrase's look past it stays inside the tokens (valgrind, ASan) */
  {
    static const char *const ends[] = {
      "\"Go,\" he said. The mayor",
      "\"We won,\" she said of the vote. The prime minister"
    };
    for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
      CHECK(ts, dl_quotes_scan(ends[i], strlen(ends[i]), NULL, 0, &l) == DL_OK);
      CHECK(ts, l.n == 1);
      dl_quote_list_free(&l);
    }
  }
  /* hostile: many turns, many labels, many nicknames: linear, bounded */
  n = 100000;
  big = (char *)malloc(n * 12);
  if (big) {
    size_t len = 0;
    for (i = 0; i < n; i++) {
      memcpy(big + len, i % 2 ? "AB: x y\n\n" : "A \"B\" C \n\n", 10);
      if (i % 7 == 0) big[len] = (char)('A' + i % 26);
      len += 10;
    }
    CHECK(ts, dl_quotes_scan(big, len, NULL, 0, &l) == DL_OK);
    {
      size_t inside = 0;
      for (i = 0; i < l.n; i++)
        inside += (size_t)l.items[i].start + l.items[i].len <= len;
      CHECK(ts, inside == l.n);
    }
    dl_quote_list_free(&l);
    free(big);
  }
}
