/* test_segment.c -- C tests of csrc/segment.c (paragraphs, roles,
 * sentences, tokens).  The many sentence cases live in
 * spec/fixtures/sentences.txt; here: the API contract, edge cases and
 * invariants on random bytes. */
#include <stdlib.h>

#include "test.h"
#include "dateline.h"
#include "segment.h"

/* Copy span s of text into buf (NUL-terminated, truncated to cap). */
static const char *span_str(const char *text, uint32_t start, uint32_t len,
                            char *buf, size_t cap)
{
  size_t n = len < cap - 1 ? len : cap - 1;
  memcpy(buf, text + start, n);
  buf[n] = '\0';
  return buf;
}

/* Paragraphs of text joined with " | " into out (roles as H: B: X:). */
static const char *paras_of(const char *text, char *out, size_t cap)
{
  dl_para *p = NULL;
  size_t n = 0, i, o = 0;
  out[0] = '\0';
  if (dl_split_paragraphs(text, strlen(text), &p, &n) != DL_OK) return "ERR";
  dl_mark_roles(text, strlen(text), p, n);
  for (i = 0; i < n; i++) {
    const char *tag = (p[i].flags & DL_PARA_HEADLINE) ? "H:"
                      : (p[i].flags & DL_PARA_BYLINE) ? "B:"
                      : (p[i].flags & DL_PARA_BOILERPLATE) ? "X:" : "";
    size_t k;
    o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? " | " : "", tag);
    for (k = 0; k < p[i].len && o + 1 < cap; k++) {
      char c = text[p[i].start + k];
      out[o++] = (c == '\n' || c == '\r') ? '/' : c;
    }
    out[o] = '\0';
    if (o + 8 >= cap) break;
  }
  free(p);
  return out;
}

/* Sentences of a one-paragraph text joined with " | ". */
static const char *sents_of(const char *text, char *out, size_t cap)
{
  dl_sentence *s = NULL;
  size_t n = 0, c = 0, i, o = 0;
  out[0] = '\0';
  if (dl_split_sentences(text, 0, strlen(text), 0, &s, &n, &c) != DL_OK)
    return "ERR";
  for (i = 0; i < n; i++) {
    o += (size_t)snprintf(out + o, cap - o, "%s%.*s", i ? " | " : "",
                          (int)s[i].len, text + s[i].start);
    if (o >= cap) break;
  }
  free(s);
  return out;
}

static void test_paragraphs(dl_test_state *ts)
{
  char buf[1024];
  dl_para *p = NULL;
  size_t n = 7;
  CHECK(ts, dl_split_paragraphs("", 0, &p, &n) == DL_OK && n == 0 && !p);
  CHECK(ts, dl_split_paragraphs(" \n\t\r\n", 5, &p, &n) == DL_OK && n == 0);
  CHECK_STR(ts, paras_of("  One.  \n\n  Two.\n", buf, sizeof buf), "One. | Two.");
  CHECK_STR(ts, paras_of("One.\r\n\r\nTwo.\r\n", buf, sizeof buf), "One. | Two.");
  /* a line of NBSP and spaces is blank */
  CHECK_STR(ts, paras_of("One.\n \xC2\xA0 \nTwo.", buf, sizeof buf), "One. | Two.");
  /* hard-wrapped wire copy: indented first lines start paragraphs */
  CHECK_STR(ts, paras_of("The company said it would buy the\n"
                         "plant for ten mln dlrs in cash.\n"
                         "    It said the deal was approved by\n"
                         "the board and would close soon.\n"
                         " Reuter\n", buf, sizeof buf),
            "The company said it would buy the/plant for ten mln dlrs in cash."
            " | It said the deal was approved by/the board and would close soon."
            " | X:Reuter");
  /* one paragraph per line (long lines) */
  CHECK_STR(ts, paras_of("This first line is a long paragraph of prose that goes"
                         " on well past any wrapping width a sender would use.\n"
                         "Second paragraph.\n", buf, sizeof buf),
            "This first line is a long paragraph of prose that goes on well past"
            " any wrapping width a sender would use. | Second paragraph.");
  /* table lines stay lines */
  CHECK_STR(ts, paras_of("Prices were as follows:\n"
                         " Wheat    2.55    2.40\n"
                         " Corn     1.35    1.92\n", buf, sizeof buf),
            "Prices were as follows: | Wheat    2.55    2.40 | Corn     1.35    1.92");
  /* headline, byline, body, trailing credits */
  CHECK_STR(ts, paras_of("Markets rally on rate hopes\n\nBy Jane Doe, Reuters\n\n"
                         "LONDON, March 3 - Shares rose.\n\nRelated: Bonds slip\n\n"
                         "(Reporting by Jane Doe; Editing by John Roe)\n",
                         buf, sizeof buf),
            "H:Markets rally on rate hopes | B:By Jane Doe, Reuters | "
            "LONDON, March 3 - Shares rose. | X:Related: Bonds slip | "
            "X:(Reporting by Jane Doe; Editing by John Roe)");
  /* a dateline-opened first paragraph is no headline */
  CHECK_STR(ts, paras_of("SANTA FE, N.M., Feb 26 - Shr 34 cts vs 1.19 dlrs\n\n"
                         "Net 807,000 vs 2,858,000\n", buf, sizeof buf),
            "SANTA FE, N.M., Feb 26 - Shr 34 cts vs 1.19 dlrs | "
            "Net 807,000 vs 2,858,000");
  /* a question headline over a byline; sign-offs and credits at the end */
  CHECK_STR(ts, paras_of("Can the old mill reopen?\n\nBy Jane Doe\n\n"
                         "The mill closed in 2001.\n\n"
                         "John Roe contributed to this report.\n\n--IANS\n",
                         buf, sizeof buf),
            "H:Can the old mill reopen? | B:By Jane Doe | The mill closed in 2001."
            " | X:John Roe contributed to this report. | X:--IANS");
  CHECK_STR(ts, paras_of("Sales rose.\n\nSOURCE Harbor Lane Foods Inc.\n\n"
                         "Media contact: Jane Doe, +1 555 0100\n", buf, sizeof buf),
            "Sales rose. | X:SOURCE Harbor Lane Foods Inc. | "
            "X:Media contact: Jane Doe, +1 555 0100");
  /* a credit wrapped over two lines is no sign-off line of its own */
  CHECK_STR(ts, paras_of("The plant closed after a long dispute over\n"
                         "wages. Jane Doe contributed\nto this report.\n",
                         buf, sizeof buf),
            "The plant closed after a long dispute over/wages. Jane Doe "
            "contributed/to this report.");
  /* boilerplate-looking lines in the middle stay body */
  CHECK_STR(ts, paras_of("Reuters reported it.\n\nRelated: more here\n\n"
                         "The end came.\n", buf, sizeof buf),
            "Reuters reported it. | Related: more here | The end came.");
}

static void test_sentences(dl_test_state *ts)
{
  char buf[1024];
  CHECK_STR(ts, sents_of("Mr. Smith went to Washington. He met Gen. Jones.", buf,
                         sizeof buf),
            "Mr. Smith went to Washington. | He met Gen. Jones.");
  CHECK_STR(ts, sents_of("It rose 2.5 pct. The U.S. dollar fell.", buf, sizeof buf),
            "It rose 2.5 pct. | The U.S. dollar fell.");
  CHECK_STR(ts, sents_of("He lives in the U.S. The firm does not.", buf, sizeof buf),
            "He lives in the U.S. | The firm does not.");
  CHECK_STR(ts, sents_of("\xE2\x80\x9CWe agree. We will act.\xE2\x80\x9D He left.",
                         buf, sizeof buf),
            "\xE2\x80\x9CWe agree. | We will act.\xE2\x80\x9D | He left.");
  CHECK_STR(ts, sents_of("It ran past 7 p.m. Sen. Ortiz spoke. It ends at"
                         " 5 p.m. EST Friday.", buf, sizeof buf),
            "It ran past 7 p.m. | Sen. Ortiz spoke. | It ends at 5 p.m. EST Friday.");
  CHECK_STR(ts, sents_of("It bought Harrow Corp. Analysts cheered.", buf,
                         sizeof buf),
            "It bought Harrow Corp. | Analysts cheered.");
  CHECK_STR(ts, sents_of("East Dist. Harbor     2.10    2.30", buf, sizeof buf),
            "East Dist. Harbor     2.10    2.30");
  CHECK_STR(ts, sents_of("  Trimmed.   ", buf, sizeof buf), "Trimmed.");
  CHECK_STR(ts, sents_of("", buf, sizeof buf), "");
  {
    /* a span inside a larger text, with the paragraph index kept */
    const char *t = "xx One. Two. yy";
    dl_sentence *s = NULL;
    size_t n = 0, c = 0;
    CHECK(ts, dl_split_sentences(t, 3, 12, 5, &s, &n, &c) == DL_OK && n == 2);
    if (n == 2) {
      CHECK(ts, s[0].start == 3 && s[0].len == 4 && s[0].para == 5);
      CHECK(ts, s[1].start == 8 && s[1].len == 4);
    }
    free(s);
  }
}

static void test_tokens(dl_test_state *ts)
{
  const char *t = "U.S. GDP rose 2.5% on 3/4 \xE2\x80\x94 \xE2\x80\x9CXi\xE2\x80\x99s\xE2\x80\x9D"
                  " don't -- ok...";
  static const char *const want[] = {
    "U.S.", "GDP", "rose", "2.5", "%", "on", "3/4", "\xE2\x80\x94",
    "\xE2\x80\x9C", "Xi\xE2\x80\x99s", "\xE2\x80\x9D", "don't", "--", "ok", "..."
  };
  static const unsigned char cls[] = {
    DL_TOK_WORD, DL_TOK_WORD, DL_TOK_WORD, DL_TOK_NUMBER, DL_TOK_SYMBOL,
    DL_TOK_WORD, DL_TOK_NUMBER, DL_TOK_DASH, DL_TOK_QUOTE, DL_TOK_WORD,
    DL_TOK_QUOTE, DL_TOK_WORD, DL_TOK_DASH, DL_TOK_WORD, DL_TOK_PUNCT
  };
  dl_token *tok = NULL;
  size_t n = 0, i;
  char buf[64];
  CHECK(ts, dl_tokenize(t, strlen(t), &tok, &n) == DL_OK);
  CHECK(ts, n == sizeof want / sizeof want[0]);
  for (i = 0; i < n && i < sizeof want / sizeof want[0]; i++) {
    CHECK_STR(ts, span_str(t, tok[i].start, tok[i].len, buf, sizeof buf), want[i]);
    CHECK(ts, tok[i].cls == cls[i]);
  }
  free(tok);
  CHECK(ts, dl_tokenize("", 0, &tok, &n) == DL_OK && n == 0 && tok == NULL);
}

/* Invariants on random bytes drawn from an alphabet rich in the
 * characters the scanners care about, NUL and invalid UTF-8 included. */
static void test_random(dl_test_state *ts)
{
  static const char *const alpha[] = {
    "a", "B", "1", ".", "!", "?", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\"",
    "'", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xE2\x80\xA6", "\xC2\xA0", "\xE2", "\x80",
    "\xFF", "Mr", "U.S.", "By ", "Reuter", "-", "\xE2\x80\x94", "(", ")", "Also read:",
    "...."
  };
  char text[512];
  uint32_t seed = 12345u;
  int round, bad = 0;
  for (round = 0; round < 2000; round++) {
    size_t len = 0, n = 0, i, ns = 0, cap = 0, nt = 0;
    dl_para *p = NULL;
    dl_sentence *s = NULL;
    dl_token *tok = NULL;
    while (len < 400) {
      const char *a;
      size_t k;
      seed = seed * 1103515245u + 12345u;
      a = alpha[(seed >> 16) % (sizeof alpha / sizeof alpha[0])];
      k = strlen(a);
      memcpy(text + len, a, k);
      len += k;
      if (((seed >> 8) & 63) == 0) text[len++] = '\0';
      if (((seed >> 4) & 31) == 0) break;
    }
    if (dl_split_paragraphs(text, len, &p, &n) != DL_OK) { bad++; continue; }
    dl_mark_roles(text, len, p, n);
    for (i = 0; i < n; i++) {
      if (p[i].len == 0 || p[i].start + p[i].len > len) bad++;
      if (i && p[i].start < p[i - 1].start + p[i - 1].len) bad++;
      if (dl_split_sentences(text, p[i].start, p[i].start + p[i].len,
                             (uint32_t)i, &s, &ns, &cap) != DL_OK) bad++;
    }
    for (i = 0; i < ns; i++) {
      const dl_para *q = &p[s[i].para];
      if (s[i].len == 0 || s[i].start < q->start
          || s[i].start + s[i].len > q->start + q->len) bad++;
      if (i && s[i].para == s[i - 1].para
          && s[i].start < s[i - 1].start + s[i - 1].len) bad++;
    }
    if (dl_tokenize(text, len, &tok, &nt) != DL_OK) bad++;
    for (i = 0; i < nt; i++) {
      if (tok[i].len == 0 || tok[i].start + tok[i].len > len) bad++;
      if (i && tok[i].start < tok[i - 1].start + tok[i - 1].len) bad++;
    }
    free(p);
    free(s);
    free(tok);
  }
  CHECK(ts, bad == 0);
}

void test_segment(dl_test_state *ts)
{
  test_paragraphs(ts);
  test_sentences(ts);
  test_tokens(ts);
  test_random(ts);
}
