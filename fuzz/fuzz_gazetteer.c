/*
 * fuzz_gazetteer.c -- libFuzzer target for user gazetteers: building one
 * from fuzzed entries (dl_gazetteer_new/add/alias/compile), matching it
 * (dl_gazetteer_scan, against a naive matcher) and finding entities with
 * it (dl_entities_find).
 *
 * Input: 3 option bytes, then entries, a NUL byte, then the text.
 *   b0  bit 0 DL_GAZ_IGNORE_CASE; bit 1 dl_entities_find as well;
 *       bit 2 scan a window of the text (b1, b2 pick its ends)
 *   entries: one per line; the first byte of a line is the type (its
 *   value % 6: 0 is DL_ENT_NONE and 5 out of range, both refused), then
 *   "name|alias|alias", then optionally TAB and an id.  At most 64 lines.
 * Invariants: the calls accept what the documentation allows and refuse
 * the rest (type out of range, empty or overlong names, changes after
 * compiling); dl_gazetteer_size counts the entries added; every match lies
 * in the window, on a pattern of its entry (ASCII case folded, case mode
 * respected), reported in order of its end; and the matches are exactly
 * those a naive search finds: each kept pattern (the first of those equal
 * up to ASCII case) at every word start of the text whose end is a word
 * end.  Entities found with the gazetteer pass fz_check_entities.
 *
 * The naive matcher restates the word-boundary rule of gazetteer.c
 * (gazetteer.h: ASCII letters and digits and multi-byte characters are
 * word bytes; spaces, dashes, quotes, general and CJK punctuation, NBSP,
 * guillemets and U+FFFD are not) in the plainest way: it is the
 * specification the automaton is checked against.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "gazetteer.h"
#include "text.h"

#define MAX_LINES 64
#define MAX_PATS 512

typedef struct pat {
  const char *s;      /* trimmed, inside the input copy */
  size_t len;
  uint32_t entry;
} pat;

static unsigned char fold(unsigned char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static int word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
      || (c >= '0' && c <= '9') || c >= 0x80;
}

static int boundary_cp(int32_t cp)
{
  if (cp == 0xFFFD) return 1;
  if (dl_cp_is_space(cp) || dl_cp_is_dash(cp) || dl_cp_is_quote(cp)) return 1;
  if (cp >= 0x2000 && cp <= 0x206F) return 1;
  if (cp >= 0x3000 && cp <= 0x303F) return 1;
  return cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA7;
}

/* Does a word start at t[i] (window [lo, hi))? */
static int naive_word_start(const char *t, size_t lo, size_t hi, size_t i)
{
  unsigned char c = (unsigned char)t[i];
  size_t adv, k;
  if (!word_byte(c) || (c >= 0x80 && c < 0xC0)) return 0;
  if (c >= 0x80 && boundary_cp(dl_utf8_decode(t + i, hi - i, &adv))) return 0;
  if (i == lo) return 1;
  if ((unsigned char)t[i - 1] < 0x80) return !word_byte((unsigned char)t[i - 1]);
  /* the character ending right before i */
  k = i - 1;
  while (k > lo && i - k < 4 && ((unsigned char)t[k] & 0xC0) == 0x80) k--;
  return boundary_cp(dl_utf8_decode(t + k, i - k, &adv));
}

/* Does a word end right before t[j]? */
static int naive_word_end(const char *t, size_t hi, size_t j)
{
  size_t adv;
  if (j >= hi) return 1;
  if ((unsigned char)t[j] < 0x80) return !word_byte((unsigned char)t[j]);
  return boundary_cp(dl_utf8_decode(t + j, hi - j, &adv));
}

static int case_ok(const pat *p, const char *t, int ignore_case)
{
  size_t i;
  if (ignore_case || memcmp(p->s, t, p->len) == 0) return 1;
  for (i = 0; i < p->len; i++) {          /* or in ALL CAPS */
    unsigned char a = (unsigned char)t[i];
    if (a >= 'a' && a <= 'z') return 0;
    if (fold(a) != fold((unsigned char)p->s[i])) return 0;
  }
  return 1;
}

static int fold_eq(const char *a, const char *b, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (fold((unsigned char)a[i]) != fold((unsigned char)b[i])) return 0;
  return 1;
}

/* Does the pattern hold a non-ASCII boundary character (NBSP, a curly
 * quote, a dash) after its first byte?  The automaton's failure links
 * treat such bytes as word bytes (reported); a long run given
 * FUZZ_KNOWN=gaz-naive skips the comparison for these patterns only. */
static int inner_boundary(const pat *p)
{
  size_t i, adv;
  for (i = 1; i < p->len; i += adv) {
    if ((unsigned char)p->s[i] < 0x80) { adv = 1; continue; }
    if (boundary_cp(dl_utf8_decode(p->s + i, p->len - i, &adv))) return 1;
  }
  return 0;
}

static int cmp_match(const void *x, const void *y)
{
  const dl_gaz_match *a = (const dl_gaz_match *)x, *b = (const dl_gaz_match *)y;
  uint64_t ea = (uint64_t)a->start + a->len, eb = (uint64_t)b->start + b->len;
  if (ea != eb) return ea < eb ? -1 : 1;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->entry != b->entry) return a->entry < b->entry ? -1 : 1;
  return 0;
}

static void trim(const char **s, size_t *n)
{
  while (*n && DL_IS_SPACE((*s)[0])) { (*s)++; (*n)--; }
  while (*n && DL_IS_SPACE((*s)[*n - 1])) (*n)--;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fz_in in;
  unsigned b0, b1, b2;
  char *all;
  size_t alen, tlen, lo, hi, i, k;
  const char *nul;
  char *text;
  dl_gazetteer *g = NULL;
  pat *pats;
  unsigned char *kept;
  size_t npats = 0, nentries = 0, lines = 0;
  int ignore_case, skip;
  dl_gaz_match *got = NULL, *want = NULL;
  size_t ngot = 0, capgot = 0, nwant = 0, capwant = 0;
  dl_status st;

  in.p = data; in.n = size;
  b0 = fz_byte(&in); b1 = fz_byte(&in); b2 = fz_byte(&in);
  ignore_case = (int)(b0 & 1);
  all = fz_rest(&in, &alen);
  nul = (const char *)memchr(all, '\0', alen);
  /* the text in a block of its own: ASan sees reads on either side */
  tlen = nul ? alen - (size_t)(nul + 1 - all) : 0;
  text = (char *)malloc(tlen ? tlen : 1);
  pats = (pat *)malloc(MAX_PATS * sizeof *pats);
  kept = (unsigned char *)malloc(MAX_PATS);
  if (!text || !pats || !kept) abort();
  if (tlen) memcpy(text, nul + 1, tlen);

  FZ_CHECK(dl_gazetteer_new(ignore_case ? DL_GAZ_IGNORE_CASE : 0, &g) == DL_OK);
  FZ_CHECK(g != NULL);

  /* ---- entries ---- */
  {
    const char *p = all, *end = nul ? nul : all + alen;
    while (p < end && lines < MAX_LINES) {
      const char *eol = (const char *)memchr(p, '\n', (size_t)(end - p));
      const char *le = eol ? eol : end, *tab, *f;
      int type = (int)((unsigned char)p[0] % 6);
      const char *id = NULL;
      size_t idlen = 0;
      uint32_t entry = 0;
      int first = 1;
      lines++;
      if (le == p) { p = eol ? eol + 1 : end; continue; }   /* an empty line */
      f = p + 1;
      tab = (const char *)memchr(f, '\t', (size_t)(le - f));
      if (tab) { id = tab + 1; idlen = (size_t)(le - id); le = tab; }
      /* name|alias|alias */
      while (f <= le) {
        const char *bar = (const char *)memchr(f, '|', (size_t)(le - f));
        const char *fe = bar ? bar : le, *ts = f;
        size_t flen = (size_t)(fe - f), tl = flen;
        trim(&ts, &tl);
        if (first) {
          st = dl_gazetteer_add(g, f, flen, type, id, idlen, &entry);
          FZ_CHECK(st == DL_OK || st == DL_EARG || st == DL_ENOMEM);
          if (type < DL_ENT_PERSON || type > DL_ENT_MISC || tl == 0
              || tl > DL_MAX_GAZ_NAME)
            FZ_CHECK(st == DL_EARG);
          if (st != DL_OK) break;
          FZ_CHECK(entry == nentries);
          nentries++;
          FZ_CHECK(dl_gazetteer_size(g) == nentries);
          {
            const dl_gaz_entry *ge = dl_gazetteer_entry(g, entry);
            FZ_CHECK(ge != NULL);
            if (ge) {
              FZ_CHECK(ge->name_len == tl && memcmp(ge->name, ts, tl) == 0);
              FZ_CHECK(ge->type == type);
              if (id) FZ_CHECK(strlen(ge->id) <= idlen);
            }
          }
          first = 0;
        } else {
          st = dl_gazetteer_alias(g, entry, f, flen);
          FZ_CHECK(st == DL_OK || st == DL_EARG || st == DL_ENOMEM);
          if (flen == 0 || tl == 0 || flen > DL_MAX_GAZ_NAME) FZ_CHECK(st == DL_EARG);
        }
        if (st == DL_OK && npats < MAX_PATS) {
          FZ_CHECK(tl > 0 && word_byte((unsigned char)ts[0]));
          pats[npats].s = ts;
          pats[npats].len = tl;
          pats[npats].entry = entry;
          npats++;
        }
        if (!bar) break;
        f = bar + 1;
      }
      p = eol ? eol + 1 : end;
    }
  }
  /* an alias for an entry that does not exist */
  FZ_CHECK(dl_gazetteer_alias(g, (uint32_t)nentries, "Name", 4) == DL_EARG);

  st = dl_gazetteer_compile(g);
  FZ_CHECK(st == DL_OK || st == DL_ENOMEM);
  if (st != DL_OK) goto out;
  /* read-only after compiling */
  FZ_CHECK(dl_gazetteer_add(g, "Late Name", 9, DL_ENT_PERSON, NULL, 0, NULL) == DL_EARG);
  if (nentries) FZ_CHECK(dl_gazetteer_alias(g, 0, "Late", 4) == DL_EARG);
  FZ_CHECK(dl_gazetteer_size(g) == nentries);

  /* ---- matching ---- */
  lo = 0; hi = tlen;
  if ((b0 & 4) && tlen) {
    lo = (size_t)b1 * tlen / 256;
    hi = lo + (size_t)b2 * (tlen - lo) / 255;
  }
  st = dl_gazetteer_scan(g, text, lo, hi, &got, &ngot, &capgot);
  FZ_CHECK(st == DL_OK || st == DL_ENOMEM);
  if (st != DL_OK) goto out;
  for (i = 0; i < ngot; i++) {
    const dl_gaz_match *m = &got[i];
    int found = 0;
    FZ_CHECK(m->start >= lo && m->len > 0 && (size_t)m->start + m->len <= hi);
    FZ_CHECK(m->entry < nentries);
    if (i) FZ_CHECK((uint64_t)m->start + m->len >= (uint64_t)got[i - 1].start + got[i - 1].len);
    for (k = 0; k < npats && !found; k++)
      if (pats[k].entry == m->entry && pats[k].len == m->len
          && fold_eq(pats[k].s, text + m->start, m->len))
        found = 1;
    if (npats < MAX_PATS) FZ_CHECK(found);
  }
  /* the naive search (skipped when patterns were dropped for room) */
  skip = npats >= MAX_PATS;
  if (fz_known("gaz-naive"))
    for (k = 0; k < npats && !skip; k++) skip = inner_boundary(&pats[k]);
  if (!skip) {
    /* the first pattern equal up to case is the one kept */
    for (k = 0; k < npats; k++) {
      size_t j;
      kept[k] = 1;
      for (j = 0; j < k && kept[k]; j++)
        if (pats[j].len == pats[k].len && fold_eq(pats[j].s, pats[k].s, pats[k].len))
          kept[k] = 0;
    }
    for (i = lo; i < hi; i++) {
      if (!naive_word_start(text, lo, hi, i)) continue;
      for (k = 0; k < npats; k++) {
        const pat *p = &pats[k];
        if (!kept[k]) continue;
        if (p->len > hi - i || !fold_eq(p->s, text + i, p->len)) continue;
        if (!naive_word_end(text, hi, i + p->len)) continue;
        if (!case_ok(p, text + i, ignore_case)) continue;
        if (nwant == capwant) {
          size_t nc = capwant ? capwant * 2 : 16;
          dl_gaz_match *w = (dl_gaz_match *)realloc(want, nc * sizeof *want);
          if (!w) abort();
          want = w;
          capwant = nc;
        }
        want[nwant].start = (uint32_t)i;
        want[nwant].len = (uint32_t)p->len;
        want[nwant].entry = p->entry;
        nwant++;
      }
    }
    if (ngot) qsort(got, ngot, sizeof *got, cmp_match);
    if (nwant) qsort(want, nwant, sizeof *want, cmp_match);
    if (ngot != nwant || (ngot && memcmp(got, want, ngot * sizeof *got) != 0)) {
      /* show both lists before failing */
      for (i = 0; i < ngot; i++)
        fprintf(stderr, "scan:  %u+%u entry %u\n", got[i].start, got[i].len, got[i].entry);
      for (i = 0; i < nwant; i++)
        fprintf(stderr, "naive: %u+%u entry %u\n", want[i].start, want[i].len, want[i].entry);
    }
    FZ_CHECK(ngot == nwant);
    for (i = 0; i < ngot; i++) FZ_CHECK(cmp_match(&got[i], &want[i]) == 0);
  }

  /* ---- entities ---- */
  if (b0 & 2) {
    dl_entities *e = NULL;
    dl_sentence s;
    s.start = (uint32_t)lo;
    s.len = (uint32_t)(hi - lo);
    s.para = 0;
    st = dl_entities_find(text, tlen, &s, hi > lo ? 1 : 0, NULL, g, &e);
    FZ_CHECK(st == DL_OK || st == DL_ENOMEM || st == DL_ELIMIT);
    if (st == DL_OK) fz_check_entities(e, text, tlen);
    dl_entities_free(e);
  }

out:
  dl_gazetteer_free(g);
  free(got);
  free(want);
  free(pats);
  free(kept);
  free(text);
  free(all);
  return 0;
}
