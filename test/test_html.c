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

/* The pre-pass: page in, page out (what libxml2 would never read is
 * gone; where the tokenizing is not certain, the page is left as it is). */
static const char *const strip_cases[][2] = {
  { "<p>a</p><script>var x = \"</div>\";</script><p>b</p>",
    "<p>a</p><script></script><p>b</p>" },
  { "<script type=\"application/ld+json\">{\"a\":1}</script>",
    "<script type=\"application/ld+json\">{\"a\":1}</script>" },
  { "<STYLE media=all>p{color:red}</Style>x", "<STYLE ></Style>x" },
  { "<p>a</p><script>var unclosed = 1;", "<p>a</p><script>var unclosed = 1;" },
  { "a<!-- <p>old markup</p> -->b", "a<!---->b" },
  { "<script>a</scriptx>b</script>c", "<script></script>c" },
  { "<svg viewBox=\"0 0 1 1\"><title>Share</title><path d=\"M0 0\"/></svg>x",
    "<svg ></svg>x" },
  { "<svg><p>text in a drawing</p></svg>", "<svg><p>text in a drawing</p></svg>" },
  { "<a data-x=\"<script>\">x</a><script>y</script>", "<a >x</a><script></script>" },
  /* title is read (the abbr date pattern), so kept; its "<script>" opens nothing */
  { "<a title=\"<script>\">x</a><script>y</script>", "<a title=\"<script>\">x</a><script></script>" },
  { "<h1>a<script></h1>b</script>", "<h1>a<script></h1>b</script>" },
  { "<script src=\"a.js\"/><p>text</p></script>", "<script /><p>text</p><!---->" },
  { "<!-- a --!> b --><script>x</script>", "<!-- a --!> b --><script>x</script>" },
  { "<p class=\"x\" <script>y</script>", "<p class=\"x\" <script>y</script>" },
  { "<p title=\"open>quote<script>x</script>", "<p title=\"open>quote<script>x</script>" },
  /* end tags of nothing open: empty comments (libxml2 ignores them, after
   * a scan of its whole stack); </p> and </br> keep their meaning */
  { "<b>x</i>y</b></b>", "<b>x<!---->y</b><!---->" },
  { "<<i>x</i></i>", "<<i>x</i><!---->" },
  { "a</p>b</br>c", "a</p>b</br>c" },
  /* attributes the tree leaves out are cut (href but on <link>); the
   * blanks around stay, and one before a bogus "=..." stays (a valueless
   * attribute before it would take that as its value) */
  { "<img src=\"a.jpg\" class=\"x\" data-id=7 alt>", "<img  class=\"x\"  >" },
  { "<a HREF=\"/x\" rel=author>A</a><link rel=canonical href=\"/y\">",
    "<a  rel=author>A</a><link rel=canonical href=\"/y\">" },
  { "<p class onclick=x =\"a>b\">", "<p class onclick=x =\"a>b\">" },
  { "<p class=\"a\"data-x=1 id=b>", "<p class=\"a\"data-x=1 id=b>" },
};

void test_html(dl_test_state *ts)
{
  dl_json j;
  char buf[256];
  names nm;
  dl_html_doc d;
  dl_status st;
  uint32_t v;

  /* the bisected word tables are in order */
  CHECK(ts, dl_html_tables_ok());

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
  /* numeric entities past U+10FFFF saturate (no int overflow): U+FFFD,
   * never the code point the overflow would wrap to (2^32 + 'A') */
  {
    static const char js[] = "[\"&#4294967361;\", \"&#x100000041;\", \"&#99999999999;\", \"&#x41;\"]";
    static const char *const want[] = {"\xef\xbf\xbd", "\xef\xbf\xbd", "&#99999999999;", "A"};
    uint32_t k;
    int i = 0;
    CHECK(ts, dl_json_parse(js, sizeof js - 1, &j) == DL_OK);
    for (k = j.n ? j.nodes[0].first : 0; k && i < 4; k = j.nodes[k].next, i++) {
      dl_json_str(&j, k, buf, sizeof buf);
      CHECK_STR(ts, buf, want[i]);
    }
    CHECK(ts, i == 4);
    dl_json_free(&j);
  }
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

  /* the pre-pass */
  {
    size_t k;
    for (k = 0; k < sizeof strip_cases / sizeof strip_cases[0]; k++) {
      char *o = NULL;
      size_t on = 0;
      CHECK(ts, dl_html_strip_raw(strip_cases[k][0], strlen(strip_cases[k][0]), &o, &on) == DL_OK);
      CHECK_STR(ts, o ? o : "(null)", strip_cases[k][1]);
      CHECK(ts, o && on == strlen(o));
      free(o);
    }
  }

  /* more unclosed <b> than DL_MAX_HTML_DEPTH: the start tags past it go
   * (libxml2 would close each one with an error), their text stays */
  {
    size_t k, n = 0, on = 0, kept = 0;
    char *soup = (char *)malloc(300 * 3 + 16), *o = NULL;
    CHECK(ts, soup != NULL);
    if (soup) {
      for (k = 0; k < 300; k++) { memcpy(soup + n, "<b>", 3); n += 3; }
      memcpy(soup + n, "bold text", 9); n += 9;
      soup[n] = '\0';
      CHECK(ts, dl_html_strip_raw(soup, n, &o, &on) == DL_OK);
      for (k = 0; o && k + 3 <= on; k++) if (memcmp(o + k, "<b>", 3) == 0) kept++;
      CHECK(ts, kept == DL_MAX_HTML_DEPTH);
      CHECK(ts, o && on >= 9 && memcmp(o + on - 9, "bold text", 9) == 0);
      free(o);
      free(soup);
    }
  }

  /* libxml2 closes an open <b> at </p>: 300 paragraphs each with an
   * unclosed <b> never reach the cap, the last <b> keeps its class */
  {
    size_t k, n = 0, on = 0;
    static const char para[] = "<p><b>item</p>", last[] = "<p><b class=\"byline\">LATE</b></p>";
    char *many = (char *)malloc(300 * (sizeof para - 1) + sizeof last), *o = NULL;
    CHECK(ts, many != NULL);
    if (many) {
      for (k = 0; k < 300; k++) { memcpy(many + n, para, sizeof para - 1); n += sizeof para - 1; }
      memcpy(many + n, last, sizeof last);
      n += sizeof last - 1;
      CHECK(ts, dl_html_strip_raw(many, n, &o, &on) == DL_OK);
      CHECK(ts, o && on >= sizeof last - 1 && strcmp(o + on - (sizeof last - 1), last) == 0);
      free(o);
      free(many);
    }
  }

  /* limits and empty input */
  CHECK(ts, dl_html_extract("", 0, NULL, &d) == DL_OK);
  CHECK(ts, d.text && d.len == 0 && !d.title);
  dl_html_doc_free(&d);
  /* nesting past DL_MAX_HTML_DEPTH: the deep part is junk, the rest of
   * the page (before and after it) is kept, and it is no error */
  {
    static const char para[] =
      "<p>The council said the old bridge would reopen next week, well ahead of "
      "schedule and within its budget, after months of repairs.</p>";
    static const char after[] =
      "<p>Shops on the high street said trade had fallen while the detour was in "
      "place, and drivers complained about the extra twenty minutes.</p></body></html>";
    size_t depth, k;
    for (k = 0; k < 2; k++) {
      const char *tag = k ? "<span>" : "<div>";
      size_t tl = strlen(tag);
      for (depth = 200; depth <= 100000; depth = depth == 200 ? 300 : depth * 10) {
        size_t n = 12 + sizeof para - 1 + (2 * tl + 1) * depth + sizeof after - 1, o = 0, i;
        char *deep = (char *)malloc(n);
        if (!deep) continue;
        memcpy(deep + o, "<html><body>", 12); o += 12;
        memcpy(deep + o, para, sizeof para - 1); o += sizeof para - 1;
        for (i = 0; i < depth; i++) { memcpy(deep + o, tag, tl); o += tl; }
        memcpy(deep + o, after, sizeof after - 1); o += sizeof after - 1;
        st = dl_html_extract(deep, o, NULL, &d);
        CHECK(ts, st == DL_OK);
        CHECK(ts, d.text && strstr(d.text, "The council said the old bridge") != NULL);
        if (depth <= 200)   /* inside the cap: the paragraph after it too */
          CHECK(ts, d.text && strstr(d.text, "Shops on the high street") != NULL);
        dl_html_doc_free(&d);
        /* the deep part first, closed: the paragraph after it survives */
        o = 12;
        for (i = 0; i < depth; i++) { memcpy(deep + o, tag, tl); o += tl; }
        memcpy(deep + o, para, sizeof para - 1); o += sizeof para - 1;
        for (i = 0; i < depth; i++) {
          deep[o++] = '<'; deep[o++] = '/';
          memcpy(deep + o, tag + 1, tl - 1); o += tl - 1;
        }
        memcpy(deep + o, after, sizeof after - 1); o += sizeof after - 1;
        st = dl_html_extract(deep, o, NULL, &d);
        CHECK(ts, st == DL_OK);
        CHECK(ts, d.text && strstr(d.text, "Shops on the high street") != NULL);
        dl_html_doc_free(&d);
        free(deep);
      }
    }
  }
  /* the tree has libxml2's shape: a prefixed element is named by its local
   * part (Word's <o:p> is a paragraph), text cut by a character reference
   * stays one text node (the byline check reads the first one), a comment
   * is a node of its own */
  {
    static const char pg[] =
      "<html><body><article>"
      "<div>B&#121; Lena Marsh</div>"
      "<o:p>The harbour authority said on Monday that the new pier would open in the "
      "spring, two months later than planned, because of storm damage.</o:p>"
      "<o:p>Fishing crews, who have used a temporary jetty since March, said the delay "
      "would cost them most of the early season, and asked for compensation.</o:p>"
      "<p><!-- byline -->By Ola Nilsen</p>"
      "</article></body></html>";
    st = dl_html_extract(pg, sizeof pg - 1, NULL, &d);
    CHECK(ts, st == DL_OK);
    CHECK(ts, d.nauthors == 1);
    if (d.nauthors == 1) CHECK_STR(ts, d.authors[0], "Lena Marsh");
    CHECK(ts, d.text && strstr(d.text, "storm damage.\n\nFishing crews") != NULL);
    dl_html_doc_free(&d);
  }
  /* a page that ends inside "charset=utf-" (ASan: no read past the end) */
  {
    static const char tail[] = "<html><head><meta charset=utf-";
    char *p = (char *)malloc(sizeof tail - 1);
    if (p) {
      memcpy(p, tail, sizeof tail - 1);
      CHECK(ts, dl_html_extract(p, sizeof tail - 1, NULL, &d) == DL_OK);
      dl_html_doc_free(&d);
      free(p);
    }
  }
  CHECK(ts, dl_html_extract(page, (size_t)DL_MAX_HTML + 1, NULL, &d) == DL_ELIMIT);
  dl_html_doc_free(&d);
}
