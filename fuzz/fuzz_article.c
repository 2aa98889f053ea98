/*
 * fuzz_article.c -- libFuzzer target for dl_article_parse and what runs on
 * an article: dl_tokenize, dl_quotes_scan (with the article's paragraphs,
 * and with paras NULL) and the entities (dl_article_entities and
 * dl_entities_find, with the built-in and a small user gazetteer).
 *
 * Input: 4 option bytes (fz_options), 1 mode byte, then the article.
 *   mode bit 0  dl_quotes_scan with the article's paragraphs
 *        bit 1  dl_quotes_scan with paras NULL
 *        bit 2  dl_article_entities with the built-in gazetteer
 *        bit 3  ... and the user gazetteer
 *        bit 4  dl_tokenize
 *        bit 5  dl_entities_find over the article's sentences
 *        bit 6  the article text re-parsed with NULL options
 *        bit 7  dl_article_timexes (a digest's items each against its
 *               own dateline)
 * Invariants: paragraphs, sentences, tokens, quotes and mentions inside the
 * text, non-empty, in text order without overlaps; sentences inside their
 * paragraph and only in body paragraphs; the dateline inside its
 * paragraph with its parts inside it and a well-formed date; quotes with
 * their content inside their marks and their parts inside the text;
 * mentions as fz_check_entities checks them; item datelines in order,
 * each opening a later paragraph; timexes inside the text with
 * well-formed values.
 *
 * The built-in gazetteer is compiled once per process and kept (a
 * harness-only static: the core itself has no mutable globals).
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "text.h"

static const dl_gazetteer *builtin_gazetteer(void)
{
  static dl_gazetteer *g = NULL;
  static int tried = 0;
  if (!tried) {
    tried = 1;
    if (dl_gazetteer_builtin(&g) != DL_OK) g = NULL;
  }
  return g;
}

/* A small user gazetteer: names that also collide with built-in ones. */
static const dl_gazetteer *user_gazetteer(void)
{
  static dl_gazetteer *g = NULL;
  static int tried = 0;
  static const struct { const char *name, *alias; int type; } ents[] = {
    {"Acme Widget Works", "Acme", DL_ENT_ORGANIZATION},
    {"Jane Q. Doe", "Doe", DL_ENT_PERSON},
    {"Port Elsewhere", "Elsewhere", DL_ENT_LOCATION},
    {"Paris", "City of Light", DL_ENT_LOCATION},
    {"Ruritanian", NULL, DL_ENT_MISC},
    {"Reuters", NULL, DL_ENT_ORGANIZATION},
  };
  size_t i;
  if (tried) return g;
  tried = 1;
  if (dl_gazetteer_new(0, &g) != DL_OK) return g = NULL;
  for (i = 0; i < sizeof ents / sizeof ents[0]; i++) {
    uint32_t e;
    if (dl_gazetteer_add(g, ents[i].name, strlen(ents[i].name), ents[i].type,
                         "U1", 2, &e) != DL_OK)
      abort();
    if (ents[i].alias
        && dl_gazetteer_alias(g, e, ents[i].alias, strlen(ents[i].alias)) != DL_OK)
      abort();
  }
  if (dl_gazetteer_compile(g) != DL_OK) abort();
  return g;
}

static int is_ws(unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_cont(const char *t, size_t n, size_t i)
{
  return i < n && ((unsigned char)t[i] & 0xC0) == 0x80;
}

/* ---- the article ------------------------------------------------------- */

static void check_dateline(const dl_dateline *dl, const char *text, size_t n,
                           const dl_para *p)
{
  FZ_CHECK(fz_span_in(dl->span.start, dl->span.len, n));
  FZ_CHECK(dl->span.len > 0);
  FZ_CHECK(fz_span_within(dl->span.start, dl->span.len, p->start, p->len));
  FZ_CHECK(fz_span_within(dl->place.start, dl->place.len, dl->span.start, dl->span.len));
  FZ_CHECK(fz_span_within(dl->city.start, dl->city.len, dl->span.start, dl->span.len));
  FZ_CHECK(fz_span_within(dl->region.start, dl->region.len, dl->span.start, dl->span.len));
  FZ_CHECK(fz_span_within(dl->agency.start, dl->agency.len, dl->span.start, dl->span.len));
  FZ_CHECK(fz_date_ok(&dl->date));
  FZ_CHECK(fz_nul_in(dl->iso, sizeof dl->iso));
  if (dl->iso[0]) {
    char want[11];
    const dl_date *d = &dl->date;
    FZ_CHECK_S(strlen(dl->iso) == 10, dl->iso);
    FZ_CHECK_S(fz_timex_point_ok(dl->iso), dl->iso);
    /* the ISO string says what the date fields say */
    if (d->year) {
      want[0] = (char)('0' + d->year / 1000); want[1] = (char)('0' + d->year / 100 % 10);
      want[2] = (char)('0' + d->year / 10 % 10); want[3] = (char)('0' + d->year % 10);
    } else {
      memcpy(want, "XXXX", 4);
    }
    want[4] = '-';
    want[5] = (char)('0' + d->month / 10); want[6] = (char)('0' + d->month % 10);
    want[7] = '-';
    want[8] = (char)('0' + d->day / 10); want[9] = (char)('0' + d->day % 10);
    want[10] = '\0';
    if (d->month && d->day) FZ_CHECK_S(strcmp(want, dl->iso) == 0, dl->iso);
  } else {
    FZ_CHECK(dl->date.month == 0 || dl->date.day == 0);
  }
  (void)text;
}

static void check_article(const dl_article *a, const char *text, size_t n)
{
  size_t np = dl_article_npara(a), ns = dl_article_nsentences(a), i;
  const dl_para *p = dl_article_paras(a);
  const dl_sentence *s = dl_article_sentences(a);
  const dl_dateline *dl = dl_article_dateline(a);
  uint32_t prev_end = 0;
  size_t nhead = 0, ndl = 0, dlp = 0;
  FZ_CHECK(np == 0 || p != NULL);
  FZ_CHECK(ns == 0 || s != NULL);
  for (i = 0; i < np; i++) {
    FZ_CHECK(fz_span_in(p[i].start, p[i].len, n));
    FZ_CHECK(p[i].len > 0);
    FZ_CHECK(i == 0 || p[i].start >= prev_end);
    prev_end = p[i].start + p[i].len;
    FZ_CHECK(!is_ws((unsigned char)text[p[i].start]));
    FZ_CHECK(!is_ws((unsigned char)text[p[i].start + p[i].len - 1]));
    FZ_CHECK((p[i].flags & ~(uint32_t)0xF) == 0);
    if (p[i].flags & DL_PARA_HEADLINE) nhead++;
    if (p[i].flags & DL_PARA_DATELINE) { ndl++; dlp = i; }
  }
  FZ_CHECK(nhead <= 1);
  FZ_CHECK(ndl == (dl ? 1u : 0u));
  if (dl) check_dateline(dl, text, n, &p[dlp]);
  prev_end = 0;
  for (i = 0; i < ns; i++) {
    const dl_para *q;
    FZ_CHECK(fz_span_in(s[i].start, s[i].len, n));
    FZ_CHECK(s[i].len > 0);
    FZ_CHECK(i == 0 || s[i].start >= prev_end);
    FZ_CHECK(i == 0 || s[i].para >= s[i - 1].para);
    prev_end = s[i].start + s[i].len;
    FZ_CHECK(s[i].para < np);
    q = &p[s[i].para];
    FZ_CHECK(fz_span_within(s[i].start, s[i].len, q->start, q->len));
    FZ_CHECK(!(q->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE)));
    if ((q->flags & DL_PARA_DATELINE) && dl)
      FZ_CHECK(s[i].start >= dl->span.start + dl->span.len);
    FZ_CHECK(!is_ws((unsigned char)text[s[i].start]));
    FZ_CHECK(!is_ws((unsigned char)text[s[i].start + s[i].len - 1]));
  }
}

static void check_tokens(const char *text, size_t n)
{
  dl_token *t = NULL;
  size_t nt = 0, i, pos = 0;
  int utf8 = fz_utf8_ok(text, n);
  dl_status st = dl_tokenize(text, n, &t, &nt);
  FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
  if (st != DL_OK) { free(t); return; }
  FZ_CHECK(nt == 0 || t != NULL);
  for (i = 0; i < nt; i++) {
    size_t k;
    FZ_CHECK(fz_span_in(t[i].start, t[i].len, n));
    FZ_CHECK(t[i].len > 0);
    FZ_CHECK(t[i].start >= pos);
    FZ_CHECK(t[i].cls <= DL_TOK_SYMBOL);
    if (utf8) {
      FZ_CHECK(!is_cont(text, n, t[i].start));
      FZ_CHECK(!is_cont(text, n, (size_t)t[i].start + t[i].len));
    }
    /* a letter or digit between tokens would be lost */
    for (k = pos; k < t[i].start; k++) FZ_CHECK(!DL_IS_ALNUM(text[k]));
    pos = (size_t)t[i].start + t[i].len;
  }
  for (; pos < n; pos++) FZ_CHECK(!DL_IS_ALNUM(text[pos]));
  free(t);
}

/* ---- quotes ---------------------------------------------------------- */

static void check_quotes(const char *text, size_t n, const dl_para *paras,
                         size_t np)
{
  dl_quote_list ql;
  size_t i, pi = 0;
  uint32_t prev_end = 0;
  dl_status st;
  dl_quote_list_init(&ql);
  st = dl_quotes_scan(text, n, paras, np, &ql);
  FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
  FZ_CHECK(ql.n <= ql.cap);
  for (i = 0; st == DL_OK && i < ql.n; i++) {
    const dl_quote *q = &ql.items[i];
    FZ_CHECK(fz_span_in(q->outer.start, q->outer.len, n));
    FZ_CHECK(q->outer.len > 0);
    FZ_CHECK(fz_span_in(q->start, q->len, n));
    FZ_CHECK(fz_span_within(q->start, q->len, q->outer.start, q->outer.len));
    FZ_CHECK(q->outer.start >= prev_end);          /* top level, in order */
    prev_end = q->outer.start + q->outer.len;
    FZ_CHECK(fz_span_in(q->speaker.start, q->speaker.len, n));
    FZ_CHECK(fz_span_in(q->resolved.start, q->resolved.len, n));
    FZ_CHECK(fz_span_in(q->name.start, q->name.len, n));
    FZ_CHECK(fz_span_in(q->cue.start, q->cue.len, n));
    FZ_CHECK(fz_span_within(q->name.start, q->name.len, q->resolved.start,
                            q->resolved.len));
    FZ_CHECK(q->partial <= 1 && q->via_pronoun <= 1 && q->closed <= 1
             && q->inherited <= 1);
    /* a pronoun speaker; resolved may be empty when nothing before it
     * names a person */
    if (q->via_pronoun) FZ_CHECK(q->speaker.len > 0);
    if (q->resolved.len == 0) FZ_CHECK(q->name.len == 0);
    if (paras) {
      /* begins and ends inside the headline or body paragraphs, never in
       * a byline or boilerplate (a quote may run on into the next
       * paragraph when that one opens with a quote mark: the news
       * convention for a quotation of several paragraphs) */
      size_t pe;
      uint64_t end = (uint64_t)q->outer.start + q->outer.len;
      while (pi < np && (size_t)paras[pi].start + paras[pi].len <= q->outer.start) pi++;
      FZ_CHECK(pi < np);
      FZ_CHECK(q->outer.start >= paras[pi].start);
      for (pe = pi; pe < np && (uint64_t)paras[pe].start + paras[pe].len < end; pe++) {}
      FZ_CHECK(pe < np);
      FZ_CHECK(end > paras[pe].start);
      FZ_CHECK(!(paras[pi].flags & (DL_PARA_BYLINE | DL_PARA_BOILERPLATE)));
      FZ_CHECK(!(paras[pe].flags & (DL_PARA_BYLINE | DL_PARA_BOILERPLATE)));
    }
  }
  dl_quote_list_free(&ql);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fz_in in;
  dl_options o;
  unsigned mode;
  char *text;
  size_t n;
  dl_article *a = NULL;
  dl_status st;

  in.p = data; in.n = size;
  fz_options(&in, &o);
  mode = fz_byte(&in);
  text = fz_rest(&in, &n);

  st = dl_article_parse(text, n, &o, &a);
  FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
  if (st != DL_OK) { FZ_CHECK(a == NULL); free(text); return 0; }
  check_article(a, text, n);

  if (mode & 1) check_quotes(text, n, dl_article_paras(a), dl_article_npara(a));
  if (mode & 2) check_quotes(text, n, NULL, 0);
  if (mode & 4) {
    dl_entities *e = NULL;
    const dl_gazetteer *user = (mode & 8) ? user_gazetteer() : NULL;
    st = dl_article_entities(a, text, builtin_gazetteer(), user, &e);
    FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
    if (st == DL_OK) fz_check_entities(e, text, n);
    dl_entities_free(e);
  }
  if (mode & 16) check_tokens(text, n);
  if (mode & 32) {
    dl_entities *e = NULL;
    st = dl_entities_find(text, n, dl_article_sentences(a),
                          dl_article_nsentences(a),
                          (mode & 8) ? NULL : builtin_gazetteer(),
                          (mode & 8) ? user_gazetteer() : NULL, &e);
    FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
    if (st == DL_OK) fz_check_entities(e, text, n);
    dl_entities_free(e);
  }
  if (mode & 128) {
    dl_timex_list tl;
    size_t ni, i;
    const dl_dateline *items = dl_article_item_datelines(a, &ni);
    for (i = 0; i < ni; i++) {
      FZ_CHECK(fz_span_in(items[i].span.start, items[i].span.len, n));
      FZ_CHECK(i == 0 || items[i - 1].span.start < items[i].span.start);
      FZ_CHECK(fz_date_ok(&items[i].date));
    }
    dl_timex_list_init(&tl);
    st = dl_article_timexes(a, text, n, &o, &tl);
    FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
    if (st == DL_OK)
      for (i = 0; i < tl.n; i++) {
        FZ_CHECK(fz_span_in(tl.items[i].start, tl.items[i].len, n));
        FZ_CHECK_S(fz_timex_value_ok(tl.items[i].value), tl.items[i].value);
      }
    dl_timex_list_free(&tl);
  }
  if (mode & 64) {
    dl_article *b = NULL;
    if (dl_article_parse(text, n, NULL, &b) == DL_OK) check_article(b, text, n);
    dl_article_free(b);
  }
  dl_article_free(a);
  free(text);
  return 0;
}
