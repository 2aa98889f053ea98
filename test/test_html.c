/* test_html.c -- C tests of csrc/html.c: JSON reader, dates, bylines and
 * the extraction of main text and metadata from a page. */
#include <stdlib.h>
#include "test.h"
#include "dateline.h"
#include "html.h"

typedef struct names { char list[8][64]; int n; } names;

static void collect(void *ctx, const char *s, size_t n)
{
  names *nm = (names *)ctx;
  if (nm->n < 8 && n < 64) {
    memcpy(nm->list[nm->n], s, n);
    nm->list[nm->n][n] = '\0';
    nm->n++;
  }
}

static const char page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Bridge reopens after repairs | Town Crier</title>"
  "<meta property=\"og:site_name\" content=\"Town Crier\">"
  "<link rel=\"canonical\" href=\"https://crier.example/2024/10/22/bridge/\">"
  "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
  "\"headline\":\"Bridge reopens after repairs\",\"datePublished\":\"2024-10-22T08:00:00.000Z\","
  "\"author\":[{\"@type\":\"Person\",\"name\":\"Jo Park\"},{\"@type\":\"Organization\",\"name\":\"Town Crier\"}]}]}"
  "</script></head><body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav>"
  "<article><h1>Bridge reopens after repairs</h1>"
  "<div class=\"article-body\"><p>The old bridge reopened on Tuesday after three months of "
  "repairs, the council said, ahead of schedule and within its budget.</p>"
  "<div class=\"share-tools\"><a href=\"#\">Share on social media</a></div>"
  "<p>Drivers had used a detour through the village, adding twenty minutes to each trip, "
  "and shops on the high street said trade had fallen.</p></div></article>"
  "<div id=\"comments\"><p>First comment from a reader who is very upset about parking.</p></div>"
  "<footer><p>Copyright Town Crier</p></footer></body></html>";

void test_html(dl_test_state *ts)
{
  dl_json j;
  char buf[256];
  names nm;
  dl_html_doc d;
  dl_status st;
  uint32_t v;

  /* JSON */
  {
    static const char js[] = "<!-- {\"a\": [1, \"x\\u00e9\\ud83d\\ude00 &amp; y\"], \"b\": {}}";
    CHECK(ts, dl_json_parse(js, sizeof js - 1, &j) == DL_OK);
  }
  v = dl_json_get(&j, 0, "a");
  CHECK(ts, v && j.nodes[v].type == DL_JSON_ARRAY);
  if (v && j.nodes[v].first) {
    uint32_t s = j.nodes[j.nodes[v].first].next;
    dl_json_str(&j, s, buf, sizeof buf);
    CHECK_STR(ts, buf, "x\xc3\xa9\xf0\x9f\x98\x80 & y");
  }
  dl_json_free(&j);
  {
    char deep[200];
    memset(deep, '[', sizeof deep);
    CHECK(ts, dl_json_parse(deep, sizeof deep, &j) == DL_ELIMIT);
    dl_json_free(&j);
  }
  CHECK(ts, dl_json_parse("{\"a\": ", 6, &j) == DL_EARG);
  dl_json_free(&j);

  /* dates */
  CHECK(ts, dl_html_norm_date("2024-10-22T14:03:00.000Z", 24, buf));
  CHECK_STR(ts, buf, "2024-10-22T14:03:00Z");
  CHECK(ts, dl_html_norm_date("2024-10-22 14:03:00 +0530", 25, buf));
  CHECK_STR(ts, buf, "2024-10-22T14:03:00+05:30");
  CHECK(ts, dl_html_norm_date("20241022", 8, buf));
  CHECK_STR(ts, buf, "2024-10-22");
  CHECK(ts, dl_html_norm_date("Tue, 22 Oct 2024 14:03:00 GMT", 29, buf));
  CHECK_STR(ts, buf, "2024-10-22");
  CHECK(ts, dl_html_norm_date("October 22, 2024", 16, buf));
  CHECK_STR(ts, buf, "2024-10-22");
  CHECK(ts, !dl_html_norm_date("2024-02-30", 10, buf));
  CHECK(ts, !dl_html_norm_date("yesterday", 9, buf));

  /* bylines */
  memset(&nm, 0, sizeof nm);
  dl_html_split_authors("By Jane Doe and John Roe, Reuters", 33, collect, &nm);
  CHECK(ts, nm.n == 2);
  if (nm.n == 2) { CHECK_STR(ts, nm.list[0], "Jane Doe"); CHECK_STR(ts, nm.list[1], "John Roe"); }
  memset(&nm, 0, sizeof nm);
  dl_html_split_authors("Ann Lee, Senior Correspondent in Kyiv", 37, collect, &nm);
  CHECK(ts, nm.n == 1);
  if (nm.n == 1) CHECK_STR(ts, nm.list[0], "Ann Lee");

  /* a page */
  st = dl_html_extract(page, sizeof page - 1, NULL, &d);
  CHECK(ts, st == DL_OK);
  if (st == DL_OK) {
    CHECK_STR(ts, d.title, "Bridge reopens after repairs");
    CHECK_STR(ts, d.published, "2024-10-22T08:00:00Z");
    CHECK_STR(ts, d.site, "Town Crier");
    CHECK_STR(ts, d.lang, "en");
    CHECK_STR(ts, d.url, "https://crier.example/2024/10/22/bridge/");
    CHECK(ts, d.nauthors == 1);
    if (d.nauthors == 1) CHECK_STR(ts, d.authors[0], "Jo Park");
    CHECK_STR(ts, d.text,
      "Bridge reopens after repairs\n\n"
      "The old bridge reopened on Tuesday after three months of repairs, the council said, "
      "ahead of schedule and within its budget.\n\n"
      "Drivers had used a detour through the village, adding twenty minutes to each trip, "
      "and shops on the high street said trade had fallen.");
  }
  dl_html_doc_free(&d);
  dl_html_doc_free(&d);   /* safe twice */

  /* limits and empty input */
  CHECK(ts, dl_html_extract("", 0, NULL, &d) == DL_OK);
  CHECK(ts, d.text && d.len == 0 && !d.title);
  dl_html_doc_free(&d);
  {
    size_t n = 12 + 5 * 300, i;
    char *deep = (char *)malloc(n + 1);
    if (deep) {
      memcpy(deep, "<html><body>", 12);
      for (i = 0; i < 300; i++) memcpy(deep + 12 + 5 * i, "<div>", 5);
      CHECK(ts, dl_html_extract(deep, n, NULL, &d) == DL_ELIMIT);
      CHECK(ts, d.error && strstr(d.error, "nested too deeply") != NULL);
      dl_html_doc_free(&d);
      free(deep);
    }
  }
  CHECK(ts, dl_html_extract(page, (size_t)DL_MAX_HTML + 1, NULL, &d) == DL_ELIMIT);
  dl_html_doc_free(&d);
}
