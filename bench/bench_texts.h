/* bench_texts.h -- the C benchmarks' input: a file of texts separated by
 * NUL bytes (bench.lua writes build/bench_texts.bin).  Header-only: each
 * driver is one C file built by bench.lua. */
#ifndef DL_BENCH_TEXTS_H
#define DL_BENCH_TEXTS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bench_texts {
  char *buf;      /* the file, NUL-terminated */
  size_t len;     /* its length */
  size_t *offs;   /* where each text starts */
  size_t n;       /* how many texts */
} bench_texts;

/* Read the file at path; 0 on success, -1 (and a message) on failure. */
static int bench_texts_read(const char *path, const char *prog, bench_texts *t)
{
  FILE *f = path ? fopen(path, "rb") : NULL;
  size_t cap = 1 << 20, i;
  memset(t, 0, sizeof *t);
  if (!f) {
    fprintf(stderr, "usage: %s TEXTS (NUL-separated)\n", prog);
    return -1;
  }
  t->buf = (char *)malloc(cap + 1);
  while (t->buf) {
    char *nb;
    t->len += fread(t->buf + t->len, 1, cap - t->len, f);
    if (t->len < cap) break;
    cap *= 2;
    nb = (char *)realloc(t->buf, cap + 1);
    if (!nb) { free(t->buf); t->buf = NULL; break; }
    t->buf = nb;
  }
  fclose(f);
  t->offs = t->buf ? (size_t *)malloc((t->len / 2 + 2) * sizeof *t->offs) : NULL;
  if (!t->buf || !t->offs) {
    free(t->buf);
    free(t->offs);
    fprintf(stderr, "%s: not enough memory\n", prog);
    return -1;
  }
  t->buf[t->len] = '\0';
  for (i = 0; i < t->len; i += strlen(t->buf + i) + 1) t->offs[t->n++] = i;
  return 0;
}

static void bench_texts_free(bench_texts *t)
{
  free(t->buf);
  free(t->offs);
}

#endif
