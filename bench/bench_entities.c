/* bench_entities.c -- MB/s of a full parse with quotes and entities from
 * C (no Lua tables), with the built-in gazetteer and with a 100,000-entry
 * user gazetteer (the synthetic names of bench/bench.lua).  make bench
 * builds it against the core's objects and passes a file of texts
 * separated by NUL bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dateline.h"
#include "bench_texts.h"

#define TARGET (50.0 * 1048576)

static double full(const char *buf, const size_t *offs, size_t ndoc,
                   const dl_gazetteer *b, const dl_gazetteer *u)
{
  double bytes = 0;
  long bad = 0;
  clock_t t0 = clock();
  while (bytes < TARGET) {
    size_t i;
    for (i = 0; i < ndoc; i++) {
      const char *t = buf + offs[i];
      size_t len = strlen(t);
      dl_options o;
      dl_article *a;
      dl_quote_list q;
      dl_entities *e;
      dl_options_init(&o);
      o.gazetteer = u;
      if (dl_article_parse(t, len, &o, &a) != DL_OK) { bad++; continue; }
      dl_quote_list_init(&q);
      bad += dl_quotes_scan(t, len, dl_article_paras(a), dl_article_npara(a), &q) != DL_OK;
      dl_quote_list_free(&q);
      if (dl_article_entities(a, t, b, u, &e) == DL_OK) dl_entities_free(e);
      else bad++;
      dl_article_free(a);
      bytes += (double)len;
    }
  }
  if (bad) printf("  (%ld failures)\n", bad);
  return bytes / 1048576 / ((double)(clock() - t0) / CLOCKS_PER_SEC);
}

/* The synthetic names of bench.lua: two words of 3 or 4 syllables. */
static dl_status user_gazetteer(dl_gazetteer **out)
{
  static const char *const syl[] = { "ka", "lo", "mi", "ren", "to", "va", "shi",
                                     "dor", "bel", "nu", "zar", "qui" };
  unsigned long x = 12345;
  size_t n = 0;
  dl_gazetteer *g;
  dl_status st = dl_gazetteer_new(0, &g);
  if (st != DL_OK) return st;
  while (n < 100000) {
    char name[64], id[16];
    size_t len = 0, k;
    int w;
    uint32_t entry;
    for (w = 0; w < 2; w++) {
      int ns, j;
      if (w) name[len++] = ' ';
      x = (x * 1103515245 + 12345) % 2147483648UL;
      ns = 2 + (int)((x >> 16) % 2) + 1;
      for (j = 0; j < ns; j++) {
        const char *s;
        x = (x * 1103515245 + 12345) % 2147483648UL;
        s = syl[(x >> 16) % 12];
        memcpy(name + len, s, strlen(s));
        if (j == 0) name[len] = (char)(name[len] - 32);
        len += strlen(s);
      }
    }
    snprintf(id, sizeof id, "X%lu", (unsigned long)n);
    st = dl_gazetteer_add(g, name, len, n % 3 ? DL_ENT_PERSON : DL_ENT_ORGANIZATION,
                          id, strlen(id), &entry);
    if (st != DL_OK) break;   /* (duplicates are fine: the first wins) */
    for (k = 0; k < len; k++)
      if (name[k] >= 'a' && name[k] <= 'z') name[k] = (char)(name[k] - 32);
    st = dl_gazetteer_alias(g, entry, name, len);
    if (st != DL_OK) break;
    n++;
  }
  if (st == DL_OK) st = dl_gazetteer_compile(g);
  if (st != DL_OK) { dl_gazetteer_free(g); return st; }
  *out = g;
  return DL_OK;
}

int main(int argc, char **argv)
{
  bench_texts tx;
  char *buf;
  size_t ndoc, *offs;
  dl_gazetteer *b = NULL, *u = NULL;
  if (bench_texts_read(argc > 1 ? argv[1] : NULL, "bench_entities", &tx) != 0) return 1;
  buf = tx.buf; offs = tx.offs; ndoc = tx.n;
  if (dl_gazetteer_builtin(&b) != DL_OK || user_gazetteer(&u) != DL_OK) return 1;
  printf("parse + quotes + entities (C)  %.1f MB/s, %.1f MB/s with 100k entries\n",
         full(buf, offs, ndoc, b, NULL), full(buf, offs, ndoc, b, u));
  dl_gazetteer_free(b);
  dl_gazetteer_free(u);
  bench_texts_free(&tx);
  return 0;
}
