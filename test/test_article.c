/* test_article.c -- C tests of csrc/article.c: the assembled article. */
#include <string.h>

#include "test.h"
#include "dateline.h"

static const char story[] =
  "Port strike ends\n"
  "\n"
  "By Ana Ruiz, Reuters\n"
  "\n"
  "VALPARAISO, Chile, May 6 (Reuters) - Dock workers ended a strike. "
  "The union said so.\n"
  "\n"
  "Talks lasted 2.5 days.\n"
  "\n"
  "Reuter\n";

void test_article(dl_test_state *ts)
{
  dl_article *a = NULL;
  dl_options o;
  const dl_dateline *d;
  const dl_sentence *s;
  size_t i, n;

  dl_options_init(&o);
  CHECK(ts, dl_date_parse_iso("2025-05-06", 10, &o.ref) == DL_OK);
  CHECK(ts, dl_article_parse(story, sizeof story - 1, &o, &a) == DL_OK);
  if (!a) return;
  CHECK(ts, dl_article_npara(a) == 5);
  if (dl_article_npara(a) == 5) {
    const dl_para *p = dl_article_paras(a);
    CHECK(ts, p[0].flags & DL_PARA_HEADLINE);
    CHECK(ts, p[1].flags & DL_PARA_BYLINE);
    CHECK(ts, p[2].flags & DL_PARA_DATELINE);
    CHECK(ts, p[4].flags & DL_PARA_BOILERPLATE);
  }
  d = dl_article_dateline(a);
  CHECK(ts, d != NULL);
  if (d) {
    CHECK_STR(ts, d->iso, "2025-05-06");
    CHECK(ts, d->agency.len == 7 && memcmp(story + d->agency.start, "Reuters", 7) == 0);
  }
  n = dl_article_nsentences(a);
  s = dl_article_sentences(a);
  CHECK(ts, n == 3);
  for (i = 0; i < n; i++)
    CHECK(ts, s[i].start + s[i].len <= sizeof story - 1);
  if (n >= 1) CHECK(ts, memcmp(story + s[0].start, "Dock workers", 12) == 0);
  dl_article_free(a);

  /* no ref: a time stamp line dates the article and the dateline */
  {
    static const char page[] = "Published 4 March 2025 07.00 GMT\n\n"
                               "OSLO, March 3 (Reuters) - Talks ended.";
    const dl_date *st;
    CHECK(ts, dl_article_parse(page, sizeof page - 1, NULL, &a) == DL_OK);
    if (a) {
      st = dl_article_stamp(a);
      CHECK(ts, st && st->year == 2025 && st->month == 3 && st->day == 4);
      d = dl_article_dateline(a);
      CHECK(ts, d && strcmp(d->iso, "2025-03-03") == 0);
      dl_article_free(a);
    }
    /* a headline naming a date, with no stamp word, is no stamp */
    {
      static const char headline[] = "Looking Back at the Great Flood of July 4, 1998\n\n"
                                     "The river rose again, residents said.";
      dl_article *b = NULL;
      CHECK(ts, dl_article_parse(headline, sizeof headline - 1, NULL, &b) == DL_OK);
      if (b) {
        CHECK(ts, dl_article_stamp(b) == NULL);
        dl_article_free(b);
      }
    }
    /* with a ref the stamp is not looked for */
    CHECK(ts, dl_article_parse(page, sizeof page - 1, &o, &a) == DL_OK);
    if (a) {
      CHECK(ts, dl_article_stamp(a) == NULL);
      dl_article_free(a);
    }
  }

  /* a digest: each item's dateline, and its dates against it */
  {
    static const char digest[] =
      "OSLO, June 2 (Reuters) - The fund said on Monday it had sold a stake.\n\n"
      "LIMA, June 6 (Reuters) - Congress voted on Thursday to remove a minister.\n";
    dl_timex_list tl;
    const dl_dateline *items;
    dl_timex_list_init(&tl);
    CHECK(ts, dl_date_parse_iso("2025-06-10", 10, &o.ref) == DL_OK);
    CHECK(ts, dl_article_parse(digest, sizeof digest - 1, &o, &a) == DL_OK);
    if (a) {
      items = dl_article_item_datelines(a, &n);
      CHECK(ts, n == 1 && items[0].span.start == 71 && items[0].date.day == 6);
      /* a length the article cannot have been parsed from */
      CHECK(ts, dl_article_timexes(a, digest, (size_t)DL_MAX_TEXT + 1, &o, &tl) == DL_ELIMIT);
      CHECK(ts, dl_article_timexes(a, digest, sizeof digest - 1, &o, &tl) == DL_OK);
      CHECK(ts, tl.n == 4);
      if (tl.n == 4) {
        CHECK(ts, strcmp(tl.items[1].value, "2025-06-02") == 0);   /* Monday */
        CHECK(ts, tl.items[3].start == 114 && strcmp(tl.items[3].value, "2025-06-05") == 0);
      }
      dl_article_free(a);
    }
    dl_timex_list_free(&tl);
  }

  /* empty text and the size cap */
  CHECK(ts, dl_article_parse("", 0, NULL, &a) == DL_OK && a && dl_article_npara(a) == 0);
  dl_article_free(a);
  CHECK(ts, dl_article_parse("x", (size_t)DL_MAX_TEXT + 1, NULL, &a) == DL_ELIMIT && a == NULL);
}
