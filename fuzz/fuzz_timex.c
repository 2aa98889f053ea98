/*
 * fuzz_timex.c -- libFuzzer target for the temporal-expression scanners:
 * dl_timex_scan, dl_timex_scan_lang and dl_i18n_scan.
 *
 * Input: 4 option bytes (fz_options: dayfirst, anchor, language, zone
 * flags, reference date), 1 mode byte, then the text.
 *   mode & 3: 0 dl_timex_scan, 1 dl_timex_scan_lang, 2 dl_i18n_scan in
 *             language (mode >> 2) % 7, 3 all three
 * Invariants: every timex inside the text, non-empty, on character
 * boundaries of valid UTF-8, in text order without overlaps; type and mod
 * in range; value, anchor, freq and quant well-formed and consistent with
 * the type; a point value without X placeholders reads back with
 * dl_datetime_from_timex; the same call twice gives the same result (no
 * hidden state); dl_timex_scan_lang in English is dl_timex_scan, and
 * dl_i18n_scan in English finds nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"

static int is_cont(const char *t, size_t n, size_t i)
{
  return i < n && ((unsigned char)t[i] & 0xC0) == 0x80;
}

static void check_timex(const dl_timex *x, const char *text, size_t n, int utf8)
{
  dl_datetime d, f, l;
  dl_date_error err;
  FZ_CHECK(fz_span_in(x->start, x->len, n));
  FZ_CHECK(x->len > 0);
  if (utf8) {
    FZ_CHECK(!is_cont(text, n, x->start));
    FZ_CHECK(!is_cont(text, n, (size_t)x->start + x->len));
  }
  FZ_CHECK(x->type <= DL_TIMEX_SET);
  FZ_CHECK(x->mod <= DL_MOD_LATE);
  FZ_CHECK(dl_timex_type_name(x->type)[0] != '\0');
  FZ_CHECK((x->mod == DL_MOD_NONE) == (dl_timex_mod_name(x->mod)[0] == '\0'));
  FZ_CHECK(fz_nul_in(x->value, sizeof x->value));
  FZ_CHECK(fz_nul_in(x->anchor, sizeof x->anchor));
  FZ_CHECK(fz_nul_in(x->freq, sizeof x->freq));
  FZ_CHECK(fz_nul_in(x->quant, sizeof x->quant));
  FZ_CHECK_S(fz_timex_value_ok(x->value), x->value);
  switch (x->type) {
  case DL_TIMEX_DURATION:
    FZ_CHECK_S(fz_timex_duration_ok(x->value), x->value);
    break;
  case DL_TIMEX_DATE:
  case DL_TIMEX_TIME:
    FZ_CHECK_S(x->value[0] != 'P' || strcmp(x->value, "PAST_REF") == 0
               || strcmp(x->value, "PRESENT_REF") == 0, x->value);
    break;
  default:
    FZ_CHECK_S(strstr(x->value, "_REF") == NULL, x->value);
    break;
  }
  /* a DATE names no time of day; a TIME does (or is a reference) */
  if (x->type == DL_TIMEX_DATE && x->value[0] != 'P' && !strstr(x->value, "_REF"))
    FZ_CHECK_S(strchr(x->value, 'T') == NULL, x->value);
  if (x->anchor[0]) FZ_CHECK_S(fz_timex_point_ok(x->anchor), x->anchor);
  if (x->type != DL_TIMEX_SET) {
    FZ_CHECK_S(x->freq[0] == '\0' && x->quant[0] == '\0', x->value);
  }
  if (x->freq[0]) {
    size_t k = 0;
    while (x->freq[k] >= '0' && x->freq[k] <= '9') k++;
    FZ_CHECK_S(k > 0 && x->freq[k] == 'X' && x->freq[k + 1] == '\0', x->freq);
  }
  if (x->quant[0])
    FZ_CHECK_S(!strcmp(x->quant, "EACH") || !strcmp(x->quant, "EVERY"), x->quant);
  /* a known point reads back as a date value */
  if (x->value[0] != 'P' && fz_timex_known(x->value) && !strstr(x->value, "_REF")) {
    dl_status st = dl_datetime_from_timex(x->value, strlen(x->value), &d, &f, &l, &err);
    /* the last days of 9999 may name a time past the range: the weekend
     * of 9999-W52, the midnight ending 9999-12-31 (T24:00) */
    if (st != DL_OK && !strncmp(x->value, "9999-", 5)) return;
    FZ_CHECK_S(st == DL_OK, x->value);
    FZ_CHECK_S(fz_datetime_ok(&d), x->value);
    FZ_CHECK_S(fz_datetime_ok(&f) && fz_datetime_ok(&l), x->value);
    FZ_CHECK_S(f.gran == DL_GRAN_DAY && l.gran == DL_GRAN_DAY, x->value);
    FZ_CHECK_S(dl_datetime_cmp(&f, &l) <= 0, x->value);
  }
}

static void check_list(const dl_timex_list *l, const char *text, size_t n)
{
  size_t i;
  uint32_t prev_end = 0;
  int utf8 = fz_utf8_ok(text, n);
  FZ_CHECK(l->n <= l->cap);
  FZ_CHECK(l->n == 0 || l->items != NULL);
  for (i = 0; i < l->n; i++) {
    const dl_timex *x = &l->items[i];
    check_timex(x, text, n, utf8);
    /* text order, no overlaps */
    FZ_CHECK(x->start >= prev_end);
    prev_end = x->start + x->len;
  }
}

static int same_timex(const dl_timex *a, const dl_timex *b)
{
  return a->start == b->start && a->len == b->len && a->type == b->type
      && a->mod == b->mod && !strcmp(a->value, b->value)
      && !strcmp(a->anchor, b->anchor) && !strcmp(a->freq, b->freq)
      && !strcmp(a->quant, b->quant);
}

static void check_same(const dl_timex_list *a, const dl_timex_list *b)
{
  size_t i;
  FZ_CHECK(a->n == b->n);
  for (i = 0; i < a->n; i++) FZ_CHECK(same_timex(&a->items[i], &b->items[i]));
}

typedef dl_status (*scan_fn)(const char *, size_t, const dl_options *,
                             dl_timex_list *);

static dl_status i18n_fixed(const char *t, size_t n, const dl_options *o,
                            dl_timex_list *out)
{
  return dl_i18n_scan(t, n, o, o->lang, out);
}

/* Run fn twice (the second time appending to a list that already holds
 * the first result) and check both. */
static void run(scan_fn fn, const char *text, size_t n, const dl_options *o,
                dl_timex_list *keep)
{
  dl_timex_list a, b;
  dl_status st;
  size_t k;
  dl_timex_list_init(&a);
  dl_timex_list_init(&b);
  st = fn(text, n, o, &a);
  FZ_CHECK(st == DL_OK || st == DL_ELIMIT || st == DL_ENOMEM);
  if (st == DL_OK) {
    check_list(&a, text, n);
    /* appending: a list that is not empty keeps its items */
    st = fn(text, n, o, &a);
    FZ_CHECK(st == DL_OK);
    FZ_CHECK(a.n % 2 == 0);
    k = a.n / 2;
    if (k) {
      b.items = a.items + k; b.n = k; b.cap = k;
      a.n = k;
      check_same(&a, &b);
    }
    b.items = NULL; b.n = b.cap = 0;
    if (keep) { *keep = a; a.items = NULL; a.n = a.cap = 0; }
  }
  dl_timex_list_free(&a);
  dl_timex_list_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fz_in in;
  dl_options o;
  unsigned mode;
  char *text;
  size_t n;
  in.p = data; in.n = size;
  fz_options(&in, &o);
  mode = fz_byte(&in);
  text = fz_rest(&in, &n);

  switch (mode & 3) {
  case 0: run(dl_timex_scan, text, n, &o, NULL); break;
  case 1: run(dl_timex_scan_lang, text, n, &o, NULL); break;
  case 2:
    o.lang = (int)((mode >> 2) % 7);
    run(i18n_fixed, text, n, &o, NULL);
    break;
  default: {
    dl_timex_list en, lang, none;
    dl_timex_list_init(&en);
    dl_timex_list_init(&lang);
    dl_timex_list_init(&none);
    run(dl_timex_scan, text, n, &o, &en);
    run(i18n_fixed, text, n, &o, NULL);
    run(dl_timex_scan_lang, text, n, &o, &lang);
    if (o.lang == DL_LANG_EN) {
      /* English: scan_lang is scan, and i18n finds nothing */
      check_same(&en, &lang);
      FZ_CHECK(dl_i18n_scan(text, n, &o, DL_LANG_EN, &none) == DL_OK);
      FZ_CHECK(none.n == 0);
    }
    /* NULL options are the defaults */
    if (n < 4096) {
      dl_timex_list a, b;
      dl_options def;
      dl_options_init(&def);
      dl_timex_list_init(&a);
      dl_timex_list_init(&b);
      if (dl_timex_scan(text, n, NULL, &a) == DL_OK
          && dl_timex_scan(text, n, &def, &b) == DL_OK)
        check_same(&a, &b);
      dl_timex_list_free(&a);
      dl_timex_list_free(&b);
    }
    dl_timex_list_free(&en);
    dl_timex_list_free(&lang);
    dl_timex_list_free(&none);
    break;
  }
  }
  free(text);
  return 0;
}
