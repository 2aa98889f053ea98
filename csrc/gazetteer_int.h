/*
 * gazetteer_int.h -- the compiled layout of a gazetteer (internal to
 * gazetteer.c, its generated built-in automaton csrc/gazetteer_auto.c and
 * the program that writes it, tools/gen_gazetteer_auto.c).
 *
 * The built-in gazetteer is compiled once, by `make gazetteer`, with
 * gazetteer.c's own dl_gazetteer_compile (tools/gen_gazetteer_auto.c), and
 * its arrays are committed as const data: dl_gazetteer_builtin then points
 * a gazetteer at them instead of compiling ~15,000 patterns in every
 * process.  The ctest compares them with a fresh compile of the seeds, so
 * a stale csrc/gazetteer_auto.c fails the tests.
 */
#ifndef DL_GAZETTEER_INT_H
#define DL_GAZETTEER_INT_H

#include "gazetteer.h"

/* A state with up to GZ_INLINE edges keeps their labels packed in `aux`;
 * a larger one a 256-bit label map of GZ_BM_WORDS words (gazetteer.c). */
#define GZ_INLINE 4
#define GZ_BM_WORDS 5

typedef struct dl_gz_pattern {
  const char *s;        /* as written (arena or static) */
  uint32_t len;
  uint32_t entry;
  uint8_t mode;         /* DL_GAZ_CASE_* */
} dl_gz_pattern;

/* A compiled state (see gazetteer.c for how the fields are read). */
typedef struct dl_gz_state {   /* 16 bytes: what a transition reads */
  uint32_t efirst;      /* first edge */
  int32_t fail;         /* failure link */
  uint32_t aux;         /* packed labels, or bitmap index */
  uint16_t ecount;      /* number of edges (<= 256) */
  uint8_t label;        /* byte on the edge into this state */
  uint8_t hasout;       /* out >= 0 || dict >= 0: read outs[] */
} dl_gz_state;

typedef struct dl_gz_out {     /* outputs, read only where hasout */
  int32_t out;          /* pattern ending here, or -1 */
  int32_t dict;         /* next state on the failure chain with an output, or -1 */
} dl_gz_out;

/* An entry of the built-in gazetteer: the seed it comes from (entries
 * skip the seeds whose name is rejected) and its name's length. */
typedef struct dl_gz_auto_entry {
  uint32_t seed, name_len;
} dl_gz_auto_entry;

/* A pattern of the built-in gazetteer: its bytes are
 * dl_gaz_seeds[seed of entry].names + off. */
typedef struct dl_gz_auto_pattern {
  uint32_t entry;
  uint16_t off, len;
  uint8_t mode;
} dl_gz_auto_pattern;

/* A compiled gazetteer's arrays, as committed (or as exported by
 * dl_gazetteer_view for the generator and the ctest). */
typedef struct dl_gz_auto {
  size_t nseeds;        /* dl_gaz_nseeds it was compiled from; 0: none */
  size_t nstrings;      /* dl_gaz_nstrings it was compiled from */
  uint64_t digest;      /* dl_gaz_digest it was compiled from */
  size_t nentries, npats, nstates, nedges, nbig, nkeys;
  const dl_gz_auto_entry *entries;
  const dl_gz_auto_pattern *pats;
  const dl_gz_state *st;
  const dl_gz_out *outs;
  const uint8_t *labels;
  const uint32_t *targets;
  const uint64_t *bitmaps;   /* GZ_BM_WORDS * nbig */
  const uint64_t *keys;      /* nkeys words */
  uint64_t keymask;
  const uint32_t *root;      /* 256 */
  const uint8_t *first;      /* 256 */
} dl_gz_auto;

/* The committed automaton (csrc/gazetteer_auto.c).  nseeds 0 (the
 * generator's own stub), or a seed count, strings' size or digest other
 * than dl_gaz_nseeds, dl_gaz_nstrings and dl_gaz_digest (seeds
 * regenerated, this file not: the ctest fails too), makes
 * dl_gazetteer_builtin compile the seeds instead. */
extern const dl_gz_auto dl_gaz_auto;

/* The built-in gazetteer compiled from the seeds (what
 * dl_gazetteer_builtin did before the committed automaton). */
dl_status dl_gazetteer_builtin_compile(dl_gazetteer **out);

/* A compiled gazetteer's arrays (entries and pats left NULL: see
 * dl_gazetteer_patterns), for writing or comparing them; DL_EARG when g
 * is not compiled. */
dl_status dl_gazetteer_view(const dl_gazetteer *g, dl_gz_auto *v);

/* g's patterns (*n of them). */
const dl_gz_pattern *dl_gazetteer_patterns(const dl_gazetteer *g, size_t *n);

#endif
