/*
 * timexes.c -- the C core without Lua: parse an article, print its
 * temporal expressions (TIMEX3 type, value, modifier, text).
 *
 * Build from a checkout (README.md, "From C"): compile it with every .c
 * file of csrc/ but ldateline.c (the Lua binding), -Icsrc, and libxml2:
 *   cc -std=c99 -Icsrc -o timexes examples/timexes.c \
 *     csrc/[!l]*.c $(pkg-config --cflags --libs libxml-2.0)
 * Run: ./timexes [YYYY-MM-DD] < article.txt
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"

#define MAX_INPUT (16u << 20)   /* the article read from standard input */

int main(int argc, char **argv)
{
  char *text = malloc(MAX_INPUT);
  size_t len, i;
  dl_options o;
  dl_article *a = NULL;
  dl_timex_list tl;
  dl_status st;

  if (!text) return 1;
  len = fread(text, 1, MAX_INPUT, stdin);
  dl_options_init(&o);
  if (argc > 1 && dl_date_parse_iso(argv[1], strlen(argv[1]), &o.ref) != DL_OK) {
    fprintf(stderr, "timexes: bad reference date '%s' (YYYY-MM-DD)\n", argv[1]);
    free(text);
    return 2;
  }
  st = dl_article_parse(text, len, &o, &a);
  if (st != DL_OK) {
    fprintf(stderr, "timexes: %s\n", dl_strerror(st));
    free(text);
    return 1;
  }
  dl_timex_list_init(&tl);
  st = dl_article_timexes(a, text, len, &o, &tl);
  for (i = 0; st == DL_OK && i < tl.n; i++) {
    const dl_timex *t = &tl.items[i];
    printf("%s\t%s\t%s\t%.*s\n", dl_timex_type_name(t->type), t->value,
           dl_timex_mod_name(t->mod), (int)t->len, text + t->start);
  }
  if (st != DL_OK) fprintf(stderr, "timexes: %s\n", dl_strerror(st));
  dl_timex_list_free(&tl);
  dl_article_free(a);
  free(text);
  return st == DL_OK ? 0 : 1;
}
