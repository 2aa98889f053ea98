/* test_gaz_auto.c -- the committed built-in automaton
 * (csrc/gazetteer_auto.c) is the one dl_gazetteer_compile makes from the
 * seeds of csrc/gazetteer_data.c: a stale file (seeds or compile changed,
 * `make gazetteer` not rerun) fails here, not in users' hands. */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "gazetteer.h"
#include "gazetteer_int.h"
#include "test.h"

/* n elements of size sz at a and b equal (both may be NULL when n 0) */
static int same(const void *a, const void *b, size_t n, size_t sz)
{
  return n == 0 || (a && b && memcmp(a, b, n * sz) == 0);
}

/* Field by field: the structs have padding. */
static int same_states(const dl_gz_state *a, const dl_gz_state *b, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (a[i].efirst != b[i].efirst || a[i].fail != b[i].fail || a[i].aux != b[i].aux
        || a[i].ecount != b[i].ecount || a[i].label != b[i].label
        || a[i].hasout != b[i].hasout)
      return 0;
  return 1;
}

void test_gaz_auto(dl_test_state *ts)
{
  dl_gazetteer *fresh = NULL, *built = NULL;
  dl_gz_auto a, b;
  const dl_gz_pattern *pa, *pb;
  size_t npa, npb, i, bad;
  /* the committed file was made from these seeds */
  CHECK(ts, dl_gaz_auto.nseeds == dl_gaz_nseeds && dl_gaz_auto.nstrings == dl_gaz_nstrings);
  CHECK(ts, dl_gaz_auto.digest == dl_gaz_digest);
  CHECK(ts, dl_gazetteer_builtin_compile(&fresh) == DL_OK);
  CHECK(ts, dl_gazetteer_builtin(&built) == DL_OK);
  if (!fresh || !built) {
    dl_gazetteer_free(fresh);
    dl_gazetteer_free(built);
    return;
  }
  CHECK(ts, dl_gazetteer_view(fresh, &a) == DL_OK);
  CHECK(ts, dl_gazetteer_view(built, &b) == DL_OK);
  CHECK(ts, a.nentries == b.nentries && a.nentries == dl_gazetteer_size(built));
  CHECK(ts, a.nstates == b.nstates && a.nedges == b.nedges && a.nbig == b.nbig);
  CHECK(ts, a.nkeys == b.nkeys && a.keymask == b.keymask);
  /* the committed arrays themselves are borrowed, not copies */
  CHECK(ts, b.st == dl_gaz_auto.st && b.targets == dl_gaz_auto.targets);
  CHECK(ts, a.nstates == dl_gaz_auto.nstates && a.npats == dl_gaz_auto.npats);
  if (a.nstates == b.nstates && a.nedges == b.nedges && a.nbig == b.nbig
      && a.nkeys == b.nkeys) {
    CHECK(ts, same_states(a.st, b.st, a.nstates));
    CHECK(ts, same(a.outs, b.outs, a.nstates, sizeof *a.outs));
    CHECK(ts, same(a.labels, b.labels, a.nedges, 1));
    CHECK(ts, same(a.targets, b.targets, a.nedges, sizeof *a.targets));
    CHECK(ts, same(a.bitmaps, b.bitmaps, GZ_BM_WORDS * a.nbig, sizeof *a.bitmaps));
    CHECK(ts, same(a.keys, b.keys, a.nkeys, sizeof *a.keys));
    CHECK(ts, same(a.root, b.root, 256, sizeof *a.root));
    CHECK(ts, same(a.first, b.first, 256, 1));
  }
  /* entries: every field, pointers included (they point into the seeds) */
  if (a.nentries == b.nentries) {
    for (bad = 0, i = 0; i < a.nentries; i++) {
      const dl_gaz_entry *x = dl_gazetteer_entry(fresh, (uint32_t)i);
      const dl_gaz_entry *y = dl_gazetteer_entry(built, (uint32_t)i);
      if (x->name != y->name || x->id != y->id || x->country != y->country
          || x->region != y->region || x->tz != y->tz || x->name_len != y->name_len
          || x->population != y->population || x->kind != y->kind
          || x->type != y->type || x->flags != y->flags)
        bad++;
    }
    CHECK(ts, bad == 0);
  }
  pa = dl_gazetteer_patterns(fresh, &npa);
  pb = dl_gazetteer_patterns(built, &npb);
  CHECK(ts, npa == npb);
  if (npa == npb) {
    for (bad = 0, i = 0; i < npa; i++)
      if (pa[i].s != pb[i].s || pa[i].len != pb[i].len || pa[i].entry != pb[i].entry
          || pa[i].mode != pb[i].mode)
        bad++;
    CHECK(ts, bad == 0);
  }
  /* the same matches on a text (and freeing a borrowed one frees no
   * committed array: ASan and valgrind would say) */
  {
    static const char text[] = "PARIS (Reuters) - The United Nations and NATO met "
                               "in New York, Sao Paulo and BEIJING on Tuesday.";
    dl_gaz_match *ma = NULL, *mb = NULL;
    size_t na = 0, nb = 0, ca = 0, cb = 0;
    CHECK(ts, dl_gazetteer_scan(fresh, text, 0, sizeof text - 1, &ma, &na, &ca) == DL_OK);
    CHECK(ts, dl_gazetteer_scan(built, text, 0, sizeof text - 1, &mb, &nb, &cb) == DL_OK);
    CHECK(ts, na >= 5 && na == nb && same(ma, mb, na, sizeof *ma));
    free(ma);
    free(mb);
  }
  dl_gazetteer_free(fresh);
  dl_gazetteer_free(built);
  /* the given names' hash table was made with them: each name is found
   * at its own entry, and a prefix, a longer word or a case change is no
   * name */
  for (bad = 0, i = 0; i < dl_ngiven_names; i++) {
    const char *g = dl_given_names[i].name;
    size_t n = strlen(g);
    if (dl_given_name_find(g, n) != &dl_given_names[i] || n > dl_given_name_max) bad++;
  }
  CHECK(ts, bad == 0);
  CHECK(ts, dl_given_name_find("John", 4) != NULL);
  CHECK(ts, dl_given_name_find("Johnx", 4) != NULL);
  CHECK(ts, dl_given_name_find("Joh", 3) == NULL);
  CHECK(ts, dl_given_name_find("JOHN", 4) == NULL);
  CHECK(ts, dl_given_name_find("John\0", 5) == NULL);
  CHECK(ts, dl_given_name_find("", 0) == NULL);
}
