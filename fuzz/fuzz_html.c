/*
 * fuzz_html.c -- libFuzzer target for dl_html_extract (web page to main
 * text and metadata), its JSON-LD reader (dl_json_parse, dl_json_get,
 * dl_json_str) and its date and byline normalizers (html.h).
 *
 * Input: 1 mode byte, then the page.
 *   mode bit 0  opts.title = 1 (else 0);  bit 1  opts NULL (the defaults)
 *        bit 2  dl_json_parse on the page as well
 *        bit 3  the extracted text through dl_article_parse
 *        bit 4  dl_html_norm_date and dl_html_split_authors on the page
 *               (when it is short)
 * Invariants: the status is one of the documented ones and comes with a
 * message exactly when it is not DL_OK; every string is NUL-terminated,
 * valid UTF-8 without NUL bytes, white space collapsed, metadata within
 * DL_MAX_HTML_META bytes; dates are ISO 8601 that dl_datetime_parse
 * reads; at most DL_MAX_HTML_AUTHORS authors; dl_html_doc_free may run
 * twice.  JSON nodes stay inside the source and link only to nodes that
 * exist.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "html.h"

static void check_collapsed(const char *s, int multiline)
{
  size_t i, n = strlen(s);
  if (n == 0) return;
  FZ_CHECK_S(s[0] != ' ' && s[0] != '\n', s);
  FZ_CHECK_S(s[n - 1] != ' ' && s[n - 1] != '\n', s);
  for (i = 0; i < n; i++) {
    char c = s[i];
    FZ_CHECK_S(c != '\t' && c != '\r' && c != '\f' && c != '\v', s);
    if (!multiline) FZ_CHECK_S(c != '\n', s);
    if (c == ' ') FZ_CHECK_S(s[i + 1] != ' ', s);
    if (i + 2 < n) FZ_CHECK_S(!(c == '\n' && s[i + 1] == '\n' && s[i + 2] == '\n'), s);
  }
}

static void check_meta(const char *s)
{
  size_t n;
  if (!s) return;
  n = strlen(s);
  FZ_CHECK_S(n > 0, s);
  /* capped, also after the UTF-8 repair at the end of dl_html_extract */
  FZ_CHECK_S(n < DL_MAX_HTML_META, s);
  FZ_CHECK_S(fz_utf8_ok(s, n), s);
  check_collapsed(s, 0);
}

static void check_date(const char *s)
{
  dl_datetime d;
  if (!s) return;
  FZ_CHECK_S(fz_iso_ok(s), s);
  FZ_CHECK_S(dl_datetime_parse(s, strlen(s), NULL, 0, &d, NULL) == DL_OK, s);
  FZ_CHECK_S(fz_datetime_ok(&d), s);
}

static void check_doc(const dl_html_doc *d, dl_status st, size_t len)
{
  size_t i;
  FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
  if (st != DL_OK) {
    FZ_CHECK(d->error != NULL && d->error[0] != '\0');
    if (st == DL_ELIMIT) FZ_CHECK(strstr(d->error, "DL_MAX_") != NULL
                                  || strstr(d->error, "limit") != NULL);
    (void)len;
    return;
  }
  FZ_CHECK(d->error == NULL);
  FZ_CHECK(d->text != NULL);
  FZ_CHECK(strlen(d->text) == d->len);
  FZ_CHECK(fz_utf8_ok(d->text, d->len));
  check_collapsed(d->text, 1);
  check_meta(d->title);
  check_meta(d->site);
  check_meta(d->lang);
  check_meta(d->url);
  check_meta(d->description);
  check_date(d->published);
  check_date(d->modified);
  FZ_CHECK(d->nauthors <= DL_MAX_HTML_AUTHORS);
  FZ_CHECK(d->nauthors == 0 || d->authors != NULL);
  for (i = 0; i < d->nauthors; i++) {
    FZ_CHECK(d->authors[i] != NULL);
    check_meta(d->authors[i]);
  }
}

static void check_json(const char *src, size_t len)
{
  dl_json j;
  dl_status st = dl_json_parse(src, len, &j);
  size_t i;
  int utf8 = fz_utf8_ok(src, len);
  FZ_CHECK(st == DL_OK || st == DL_EARG || st == DL_ELIMIT || st == DL_ENOMEM);
  FZ_CHECK(j.n <= j.cap || j.nodes == NULL);
  if (st == DL_OK) {
    size_t cap = 3 * len + 16;
    char *out = (char *)malloc(cap), small[8];
    uint32_t k;
    if (!out) abort();
    FZ_CHECK(j.n > 0);
    for (i = 0; i < j.n; i++) {
      const dl_json_node *nd = &j.nodes[i];
      FZ_CHECK(nd->type <= DL_JSON_OBJECT);
      FZ_CHECK(fz_span_in(nd->start, nd->len, len));
      FZ_CHECK(fz_span_in(nd->key_start, nd->key_len, len));
      FZ_CHECK(nd->first < j.n && nd->next < j.n);
      FZ_CHECK(nd->first == 0 || nd->first > i);     /* children come later */
      FZ_CHECK(nd->next == 0 || nd->next > i);
      if (nd->type == DL_JSON_STRING) {
        size_t w = dl_json_str(&j, (uint32_t)i, out, cap);
        FZ_CHECK(w < cap && out[w] == '\0');
        if (utf8) FZ_CHECK_S(fz_utf8_ok(out, w), out);
        w = dl_json_str(&j, (uint32_t)i, small, sizeof small);
        FZ_CHECK(w < sizeof small && small[w] == '\0');
      } else {
        FZ_CHECK(dl_json_str(&j, (uint32_t)i, small, sizeof small) == 0);
      }
    }
    k = dl_json_get(&j, 0, "@type");
    FZ_CHECK(k < j.n);
    k = dl_json_get(&j, 0, "datePublished");
    FZ_CHECK(k < j.n);
    free(out);
  }
  dl_json_free(&j);
  FZ_CHECK(j.nodes == NULL);
}

typedef struct authors_ctx {
  size_t calls, len;
} authors_ctx;

static void on_author(void *ctx, const char *name, size_t n)
{
  authors_ctx *a = (authors_ctx *)ctx;
  /* (NUL bytes may pass through: in dl_html_extract the byline comes
   * from libxml2 strings, which have none) */
  FZ_CHECK(name != NULL && n > 0);
  FZ_CHECK(n <= a->len);
  a->calls++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fz_in in;
  unsigned mode;
  char *page;
  size_t len;
  dl_html_options opts;
  dl_html_doc doc;
  dl_status st;

  in.p = data; in.n = size;
  mode = fz_byte(&in);
  page = fz_rest(&in, &len);

  dl_html_options_init(&opts);
  opts.title = (int)(mode & 1);
  st = dl_html_extract(page, len, (mode & 2) ? NULL : &opts, &doc);
  check_doc(&doc, st, len);
  if (st == DL_OK && (mode & 8)) {
    dl_article *a = NULL;
    if (dl_article_parse(doc.text, doc.len, NULL, &a) == DL_OK) {
      size_t i, np = dl_article_npara(a);
      const dl_para *p = dl_article_paras(a);
      for (i = 0; i < np; i++) FZ_CHECK(fz_span_in(p[i].start, p[i].len, doc.len));
    }
    dl_article_free(a);
  }
  dl_html_doc_free(&doc);
  FZ_CHECK(doc.text == NULL && doc.authors == NULL && doc.nauthors == 0);
  dl_html_doc_free(&doc);                  /* safe on an already freed doc */

  if (mode & 4) check_json(page, len);
  if ((mode & 16) && len < 1024) {
    char iso[32];
    authors_ctx ac;
    size_t got;
    memset(iso, 0x5A, sizeof iso);
    if (dl_html_norm_date(page, len, iso)) {
      FZ_CHECK(fz_nul_in(iso, sizeof iso));
      check_date(iso);
    }
    ac.calls = 0;
    ac.len = len;
    got = dl_html_split_authors(page, len, on_author, &ac);
    FZ_CHECK(got == ac.calls);
  }
  free(page);
  return 0;
}
