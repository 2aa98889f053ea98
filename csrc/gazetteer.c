/*
 * gazetteer.c -- gazetteers compiled into a word-anchored Aho-Corasick
 * automaton over bytes (see gazetteer.h).
 *
 * Building: patterns are inserted into a trie whose children are sorted
 * sibling lists.  Compiling renumbers the states breadth-first, lays each
 * state's edges out contiguously (labels and targets in two arrays; the
 * root gets a dense 256-entry table, a state with more than GZ_INLINE
 * edges a 256-bit label map whose rank gives the edge: O(1) per byte),
 * and computes the failure and dictionary-suffix links.  After that
 * nothing changes: scans only read.
 *
 * Scanning: between words and inside words that cannot begin a match
 * (mostly lower-case ones: first[] lists the bytes a match can begin
 * with under its case mode) the scan skips ahead on a byte-class table
 * without entering the automaton; dl_gazetteer_scan2 runs the built-in
 * and a user automaton in the same pass.
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "gazetteer.h"
#include "gazetteer_int.h"
#include "text.h"
#include "util.h"

#define ARENA_BLOCK 65536

typedef struct arena_block {
  struct arena_block *next;
  size_t used, size;
  char data[1];
} arena_block;

typedef dl_gz_pattern pattern;   /* (gazetteer_int.h) */

/* A compiled state.  States are numbered depth-first, so a chain of
 * single-child states (most of a name) is contiguous in memory.  A state
 * with up to GZ_INLINE edges keeps their labels packed in `aux` (one
 * compare each); a larger one keeps a 256-bit map of its labels at
 * bitmaps[GZ_BM_WORDS * aux], whose rank below a label is the edge's
 * index: every transition costs O(1), however many entries share a
 * prefix.  The map's fifth word holds the ranks of its 64-bit words
 * (byte w: the labels below word w), so that a rank counts the bits of
 * one word only.  (GZ_INLINE, GZ_BM_WORDS and these layouts are in
 * gazetteer_int.h, shared with the committed built-in automaton.) */
typedef dl_gz_state gstate;
typedef dl_gz_out gout;

typedef struct tnode {  /* trie node while building */
  uint32_t child, sibling;   /* 0 = none (node 0 is the root) */
  int32_t pat;               /* pattern ending here, or -1 */
  uint8_t label;
  uint8_t nkids;             /* children while it has no row (compared with
                                GZ_WIDE_AT only; wraps harmlessly past 255
                                once GZ_MAX_WIDE rows are taken) */
  uint16_t wide;             /* its child index (1 + row of wide), or 0 */
} tnode;

/* A node with GZ_WIDE_AT children or more (the root, the nodes of a
 * first capital letter) gets a row of 256 child ids, by label, while
 * building: adding a pattern finds such a node's child in one step
 * instead of walking its sorted sibling list (which is still kept, in
 * the same order: compile() reads it).  At most GZ_MAX_WIDE rows; past
 * that, the walk as before. */
#define GZ_WIDE_AT 8
#define GZ_MAX_WIDE 4096

struct dl_gazetteer {
  unsigned flags;
  int compiled;
  int borrowed;              /* st .. keys point at the committed built-in
                                automaton (const data): not freed */
  dl_gaz_entry *entries;
  size_t nentries, capentries;
  pattern *pats;
  size_t npats, cappats;
  tnode *nodes;
  size_t nnodes, capnodes;
  uint32_t (*wide)[256];     /* the rows of wide nodes (tnode.wide) */
  size_t nwide, capwide;
  arena_block *arena;
  /* compiled automaton */
  size_t nstates;
  uint32_t root[256];        /* state after the root on a byte, 0 = none */
  uint8_t first[256];        /* can a match begin with this (unfolded) byte?
                                (mostly capitals: lower-case words are
                                skipped without entering the automaton) */
  gstate *st;                /* per state */
  gout *outs;                /* per state */
  uint8_t *labels;           /* per edge */
  uint32_t *targets;         /* per edge */
  uint64_t *bitmaps;         /* GZ_BM_WORDS per state with > GZ_INLINE edges */
  uint64_t *keys;            /* bit set of the hashed first words (keys) */
  uint64_t keymask;          /* its number of bits - 1 */
};

/* ASCII lower-case folding, as a table: one load per byte in the scan.
 * A line break folds to a space: a name that hard-wrapped text breaks
 * over two lines ("Securities and Exchange\nCommission") still matches
 * (a blank line, two breaks, never matches a pattern's one space). */
static const unsigned char fold_tab[256] = {
#define R(i) (unsigned char)((i) >= 'A' && (i) <= 'Z' ? (i) + 32 : (i) == '\n' ? ' ' : (i))
#define R4(i) R(i), R(i + 1), R(i + 2), R(i + 3)
#define R16(i) R4(i), R4(i + 4), R4(i + 8), R4(i + 12)
#define R64(i) R16(i), R16(i + 16), R16(i + 32), R16(i + 48)
  R64(0), R64(64), R64(128), R64(192)
#undef R64
#undef R16
#undef R4
#undef R
};

/* A byte that belongs to a word: ASCII letter or digit, or any byte of a
 * multi-byte character (the punctuation among those is checked apart). */
static int word_byte(unsigned char c)
{
  return (dl_ctype[c] & (DL_C_UPPER | DL_C_LOWER | DL_C_DIGIT | DL_C_HIGH)) != 0;
}

/* Is the non-ASCII code point at/ending near a boundary punctuation or
 * space (curly quotes, dashes, NBSP, ellipsis, ...)? */
static int cp_is_boundary(int32_t cp)
{
  if (cp == 0xFFFD) return 1;
  if (dl_cp_is_space(cp) || dl_cp_is_dash(cp) || dl_cp_is_quote(cp)) return 1;
  if (cp >= 0x2000 && cp <= 0x206F) return 1;       /* general punctuation */
  if (cp >= 0x3000 && cp <= 0x303F) return 1;       /* CJK punctuation */
  if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA7)
    return 1;
  return 0;
}

/* Is text[i] the start of a word (scan window text[lo..hi))? */
static int word_start(const char *text, size_t lo, size_t hi, size_t i)
{
  unsigned char c = (unsigned char)text[i], p;
  size_t k;
  if (!word_byte(c)) return 0;
  if (c >= 0x80 && c < 0xC0) return 0;              /* continuation byte */
  if (c >= 0x80) {
    size_t adv;
    int32_t cp = dl_utf8_decode(text + i, hi - i < 4 ? hi - i : 4, &adv);
    if (cp_is_boundary(cp)) return 0;
  }
  if (i == lo) return 1;
  p = (unsigned char)text[i - 1];
  if (p < 0x80) return !word_byte(p);
  /* the code point ending at i - 1 */
  k = i - 1;
  while (k > lo && k + 4 > i && ((unsigned char)text[k] & 0xC0) == 0x80) k--;
  {
    size_t adv;
    int32_t cp = dl_utf8_decode(text + k, i - k, &adv);
    return cp_is_boundary(cp);
  }
}

/* Does a match end at a word end (text[j] is the byte after it)? */
static int word_end(const char *text, size_t j, size_t hi)
{
  unsigned char c;
  size_t adv;
  if (j >= hi) return 1;
  c = (unsigned char)text[j];
  if (c < 0x80) return !word_byte(c);
  return cp_is_boundary(dl_utf8_decode(text + j, hi - j, &adv));
}

/* --- building ------------------------------------------------------------ */

static char *arena_copy(dl_gazetteer *g, const char *s, size_t len)
{
  arena_block *b = g->arena;
  char *p;
  if (!b || b->size - b->used < len + 1) {
    size_t size = len + 1 > ARENA_BLOCK ? len + 1 : ARENA_BLOCK;
    b = (arena_block *)malloc(sizeof *b + size);
    if (!b) return NULL;
    b->next = g->arena;
    b->used = 0;
    b->size = size;
    g->arena = b;
  }
  p = b->data + b->used;
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  b->used += len + 1;
  return p;
}

dl_status dl_gazetteer_new(unsigned flags, dl_gazetteer **out)
{
  dl_gazetteer *g = (dl_gazetteer *)calloc(1, sizeof *g);
  *out = NULL;
  if (!g) return DL_ENOMEM;
  g->flags = flags;
  g->nodes = (tnode *)malloc(sizeof *g->nodes * 64);
  if (!g->nodes) { free(g); return DL_ENOMEM; }
  g->capnodes = 64;
  g->nnodes = 1;
  g->nodes[0].child = g->nodes[0].sibling = 0;
  g->nodes[0].pat = -1;
  g->nodes[0].label = 0;
  g->nodes[0].nkids = 0;
  g->nodes[0].wide = 0;
  *out = g;
  return DL_OK;
}

void dl_gazetteer_free(dl_gazetteer *g)
{
  arena_block *b, *next;
  if (!g) return;
  for (b = g->arena; b; b = next) { next = b->next; free(b); }
  free(g->entries);
  free(g->pats);
  free(g->nodes);
  free(g->wide);
  if (!g->borrowed) {
    free(g->st);
    free(g->outs);
    free(g->labels);
    free(g->targets);
    free(g->bitmaps);
    free(g->keys);
  }
  free(g);
}

size_t dl_gazetteer_size(const dl_gazetteer *g) { return g ? g->nentries : 0; }

const dl_gaz_entry *dl_gazetteer_entry(const dl_gazetteer *g, uint32_t i)
{
  return i < g->nentries ? &g->entries[i] : NULL;
}

dl_status dl_gazetteer_add_entry(dl_gazetteer *g, const dl_gaz_entry *e,
                                 int case_mode, uint32_t *index)
{
  dl_status st;
  if (g->compiled) return DL_EARG;
  if (g->nentries >= 0x7FFFFFFF) return DL_ELIMIT;
  if (dl_grow((void **)&g->entries, &g->capentries, g->nentries + 1,
              sizeof *g->entries))
    return DL_ENOMEM;
  g->entries[g->nentries] = *e;
  if (index) *index = (uint32_t)g->nentries;
  g->nentries++;
  st = dl_gazetteer_add_pattern(g, (uint32_t)(g->nentries - 1), e->name,
                                e->name_len, case_mode);
  if (st != DL_OK) g->nentries--;
  return st;
}

/* Trim the pattern of surrounding spaces; reject empty or too long. */
dl_status dl_gazetteer_add_pattern(dl_gazetteer *g, uint32_t entry,
                                   const char *s, size_t len, int case_mode)
{
  uint32_t node = 0;
  size_t i;
  if (g->compiled || entry >= g->nentries) return DL_EARG;
  while (len && DL_IS_SPACE(s[0])) { s++; len--; }
  while (len && DL_IS_SPACE(s[len - 1])) len--;
  if (len == 0 || len > DL_MAX_GAZ_PATTERN) return DL_EARG;
  /* a pattern must begin and end inside a word, so that word-boundary
   * checks at both ends make sense */
  if (!word_byte((unsigned char)s[0])) return DL_EARG;
  /* nor can it begin inside a character or with a separator (NBSP, a
   * dash, a quote mark): no word starts there, it could never match */
  if ((unsigned char)s[0] >= 0x80) {
    size_t adv;
    if ((unsigned char)s[0] < 0xC0
        || cp_is_boundary(dl_utf8_decode(s, len < 4 ? len : 4, &adv)))
      return DL_EARG;
  }
  for (i = 0; i < len; i++) {
    unsigned char c = fold_tab[(unsigned char)s[i]];
    uint32_t prev = 0, cur;
    if (g->nodes[node].wide && g->wide[g->nodes[node].wide - 1][c]) {
      node = g->wide[g->nodes[node].wide - 1][c];
      continue;
    }
    cur = g->nodes[node].child;
    while (cur && g->nodes[cur].label < c) { prev = cur; cur = g->nodes[cur].sibling; }
    if (cur && g->nodes[cur].label == c) { node = cur; continue; }
    if (g->nnodes >= 0x7FFFFFFF) return DL_ELIMIT;
    if (dl_grow((void **)&g->nodes, &g->capnodes, g->nnodes + 1, sizeof *g->nodes))
      return DL_ENOMEM;
    {
      uint32_t n = (uint32_t)g->nnodes++;
      g->nodes[n].child = 0;
      g->nodes[n].sibling = cur;
      g->nodes[n].pat = -1;
      g->nodes[n].label = c;
      g->nodes[n].nkids = 0;
      g->nodes[n].wide = 0;
      if (prev) g->nodes[prev].sibling = n;
      else g->nodes[node].child = n;
      if (g->nodes[node].wide) {
        g->wide[g->nodes[node].wide - 1][c] = n;
      } else if (++g->nodes[node].nkids >= GZ_WIDE_AT && g->nwide < GZ_MAX_WIDE
                 && !dl_grow((void **)&g->wide, &g->capwide, g->nwide + 1, sizeof *g->wide)) {
        /* (out of memory: no row, the walk still finds the children) */
        uint32_t *row = g->wide[g->nwide], k;
        memset(row, 0, sizeof *g->wide);
        for (k = g->nodes[node].child; k; k = g->nodes[k].sibling) row[g->nodes[k].label] = k;
        g->nodes[node].wide = (uint16_t)++g->nwide;
      }
      node = n;
    }
  }
  if (g->nodes[node].pat >= 0) return DL_OK;   /* first one added wins */
  if (g->npats >= 0x7FFFFFFF) return DL_ELIMIT;
  if (dl_grow((void **)&g->pats, &g->cappats, g->npats + 1, sizeof *g->pats))
    return DL_ENOMEM;
  {
    /* the bytes a match can begin with under the pattern's case mode
     * (case_ok): as written; its capital (ALL CAPS); either case */
    unsigned char f0 = (unsigned char)s[0];
    g->first[f0] = 1;
    if (case_mode != DL_GAZ_CASE_EXACT && DL_IS_LOWER(f0)) g->first[f0 - 32] = 1;
    if (case_mode == DL_GAZ_CASE_ANY && DL_IS_UPPER(f0)) g->first[f0 + 32] = 1;
  }
  g->pats[g->npats].s = s;
  g->pats[g->npats].len = (uint32_t)len;
  g->pats[g->npats].entry = entry;
  g->pats[g->npats].mode = (uint8_t)case_mode;
  g->nodes[node].pat = (int32_t)g->npats++;
  return DL_OK;
}

dl_status dl_gazetteer_add(dl_gazetteer *g, const char *name, size_t len,
                           int type, const char *id, size_t idlen,
                           uint32_t *entry)
{
  dl_gaz_entry e;
  const char *nm, *idc;
  dl_status st;
  if (!g || g->compiled || !name) return DL_EARG;
  if (type <= DL_ENT_NONE || type > DL_ENT_MISC) return DL_EARG;
  while (len && DL_IS_SPACE(name[0])) { name++; len--; }
  while (len && DL_IS_SPACE(name[len - 1])) len--;
  if (len == 0 || len > DL_MAX_GAZ_NAME) return DL_EARG;
  nm = arena_copy(g, name, len);
  idc = arena_copy(g, id ? id : "", id ? idlen : 0);
  if (!nm || !idc) return DL_ENOMEM;
  memset(&e, 0, sizeof e);
  e.name = nm;
  e.name_len = (uint32_t)len;
  e.id = idc;
  e.country = e.region = e.tz = "";
  e.kind = DL_GK_USER;
  e.type = (uint8_t)type;
  st = dl_gazetteer_add_entry(g, &e, (g->flags & DL_GAZ_IGNORE_CASE)
                              ? DL_GAZ_CASE_ANY : DL_GAZ_CASE_UPPER, entry);
  return st;
}

dl_status dl_gazetteer_alias(dl_gazetteer *g, uint32_t entry,
                             const char *alias, size_t len)
{
  const char *s;
  if (!g || g->compiled || !alias || entry >= g->nentries) return DL_EARG;
  if (len == 0 || len > DL_MAX_GAZ_NAME) return DL_EARG;
  s = arena_copy(g, alias, len);
  if (!s) return DL_ENOMEM;
  return dl_gazetteer_add_pattern(g, entry, s, len,
                                  (g->flags & DL_GAZ_IGNORE_CASE)
                                  ? DL_GAZ_CASE_ANY : DL_GAZ_CASE_UPPER);
}

/* --- compiling ----------------------------------------------------------- */

/* Set bits below bit k of w, counted (SWAR: no compiler builtins). */
static unsigned popcount64(uint64_t w)
{
  w = w - ((w >> 1) & 0x5555555555555555ull);
  w = (w & 0x3333333333333333ull) + ((w >> 2) & 0x3333333333333333ull);
  w = (w + (w >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return (unsigned)((w * 0x0101010101010101ull) >> 56);
}

/* The state reached from state si (not the root) on folded byte c, or 0.
 * The only child of a state is the next state (depth-first numbering:
 * it is visited right after its parent), so the chain of single-child
 * states that spells most of a name is read sequentially, without
 * touching the edge arrays. */
static inline uint32_t go(const dl_gazetteer *g, uint32_t si, unsigned char c)
{
  const gstate *s = &g->st[si];
  uint32_t n = s->ecount;
  if (n == 1) return (s->aux & 0xFF) == c ? si + 1 : 0;
  if (n <= GZ_INLINE) {
    uint32_t aux = s->aux, k;
    for (k = 0; k < n; k++, aux >>= 8)
      if ((aux & 0xFF) == c) return g->targets[s->efirst + k];
    return 0;
  } else {
    const uint64_t *bm = g->bitmaps + GZ_BM_WORDS * (size_t)s->aux;
    unsigned w = c >> 6;
    uint64_t bit = (uint64_t)1 << (c & 63);
    if (!(bm[w] & bit)) return 0;
    return g->targets[s->efirst + (unsigned)((bm[4] >> (8 * w)) & 0xFF)
                      + popcount64(bm[w] & (bit - 1))];
  }
}

static uint32_t go_any(const dl_gazetteer *g, uint32_t s, unsigned char c)
{
  return s == 0 ? g->root[c] : go(g, s, c);
}

/* Release what a failed compile allocated, so that it can be retried. */
static void free_compiled(dl_gazetteer *g)
{
  free(g->st); free(g->outs); free(g->labels); free(g->targets); free(g->bitmaps);
  free(g->keys);
  g->st = NULL; g->outs = NULL; g->labels = NULL; g->targets = NULL; g->bitmaps = NULL;
  g->keys = NULL;
}

/* --- keys: a filter in front of the automaton ------------------------------
 *
 * The key of a pattern, or of a place in the text, is its first ASCII
 * word: the bytes up to the first one that is neither an ASCII letter nor
 * a digit (folded).  A pattern that occurs at a word start has the key of
 * that place: where the pattern's key stops at one of its own bytes, the
 * text has the same byte; where it stops at the pattern's end, the match
 * must end at a word end, so the text's next byte is no ASCII letter or
 * digit either.  The compiled gazetteer keeps a bit set of the hashes of
 * its keys (about 16 bits per key: 1 in 16 keys a false positive); at a
 * word start whose key is not in it no match can begin, and the scan
 * skips the word without walking the automaton (whose states, for a big
 * gazetteer, are mostly outside the cache). */

static uint64_t key_hash_step(uint64_t h, unsigned char c)
{
  return (h ^ fold_tab[c]) * 1099511628211ull;
}

static uint64_t key_final(uint64_t h)
{
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

#define KEY_SEED 1469598103934665603ull

static dl_status build_keys(dl_gazetteer *g)
{
  size_t i, nbits = 4096;
  while (nbits < 16 * g->npats && nbits < ((size_t)1 << 30)) nbits *= 2;
  g->keys = (uint64_t *)calloc(nbits / 64, sizeof *g->keys);
  if (!g->keys) return DL_ENOMEM;
  g->keymask = (uint64_t)nbits - 1;
  for (i = 0; i < g->npats; i++) {
    const pattern *p = &g->pats[i];
    uint64_t h = KEY_SEED, b;
    uint32_t k;
    for (k = 0; k < p->len && DL_IS_ALNUM(p->s[k]) && (unsigned char)p->s[k] < 0x80; k++)
      h = key_hash_step(h, (unsigned char)p->s[k]);
    b = key_final(h) & g->keymask;
    g->keys[b >> 6] |= (uint64_t)1 << (b & 63);
  }
  return DL_OK;
}

/* May a pattern of g have the key hashed to h? */
static int key_maybe(const dl_gazetteer *g, uint64_t h)
{
  uint64_t b = h & g->keymask;
  return (g->keys[b >> 6] >> (b & 63)) & 1;
}

/* Does the code point ending with the last byte of tb (the last four
 * bytes of a pattern prefix, the most recent lowest) separate words (NBSP,
 * an en dash, an invalid byte read as U+FFFD)?  A failure link may anchor
 * a suffix after it.  The same reading as word_start at scan time: back
 * over at most three continuation bytes, then one decode. */
static int tail_boundary(uint32_t tb)
{
  unsigned char b[4];
  size_t k, adv;
  for (k = 0; k < 4; k++) b[k] = (unsigned char)(tb >> (8 * (3 - k)));
  k = 3;
  while (k > 0 && (b[k] & 0xC0) == 0x80) k--;
  return cp_is_boundary(dl_utf8_decode((const char *)b + k, 4 - k, &adv));
}

dl_status dl_gazetteer_compile(dl_gazetteer *g)
{
  size_t n, top, nedges = 0, i, head, tail, nbig = 0;
  uint32_t *order = NULL, *newid = NULL, *stack = NULL, *tails = NULL, next = 0;
  gstate *st;
  if (!g) return DL_EARG;
  if (g->compiled) return DL_OK;
  n = g->nnodes;
  if (n >= 0x7FFFFFFFu) return DL_ELIMIT;
  order = (uint32_t *)malloc(n * sizeof *order);   /* new id -> old node */
  newid = (uint32_t *)malloc(n * sizeof *newid);
  stack = (uint32_t *)malloc(n * sizeof *stack);
  g->st = (gstate *)calloc(n, sizeof *g->st);
  g->outs = (gout *)calloc(n, sizeof *g->outs);
  g->labels = (uint8_t *)malloc(n);
  g->targets = (uint32_t *)malloc(n * sizeof *g->targets);
  if (!order || !newid || !stack || !g->st || !g->outs || !g->labels || !g->targets) {
    free(order); free(newid); free(stack);
    free_compiled(g);   /* a later retry starts clean */
    return DL_ENOMEM;
  }
  st = g->st;
  /* depth-first numbering */
  top = 0;
  stack[top++] = 0;
  while (top > 0) {
    uint32_t old = stack[--top], c;
    newid[old] = next;
    order[next++] = old;
    for (c = g->nodes[old].child; c; c = g->nodes[c].sibling) stack[top++] = c;
  }
  /* states and their edges, in id order */
  for (i = 0; i < n; i++) {
    uint32_t old = order[i], c, cnt = 0, aux = 0;
    st[i].efirst = (uint32_t)nedges;
    st[i].label = g->nodes[old].label;
    g->outs[i].out = g->nodes[old].pat;
    g->outs[i].dict = -1;
    for (c = g->nodes[old].child; c; c = g->nodes[c].sibling) {
      g->labels[nedges] = g->nodes[c].label;
      g->targets[nedges] = newid[c];
      /* the first GZ_INLINE labels packed as they come, the first lowest */
      if (cnt < GZ_INLINE) aux |= (uint32_t)g->nodes[c].label << (8 * cnt);
      nedges++;
      cnt++;
    }
    st[i].ecount = (uint16_t)cnt;
    if (cnt > GZ_INLINE) nbig++;
    else st[i].aux = aux;
  }
  g->nstates = n;
  /* label bitmaps of the states with many edges */
  g->bitmaps = (uint64_t *)calloc(nbig ? GZ_BM_WORDS * nbig : 1, sizeof *g->bitmaps);
  if (!g->bitmaps) {
    free(order); free(newid); free(stack);
    free_compiled(g);
    return DL_ENOMEM;
  }
  nbig = 0;
  for (i = 0; i < n; i++) {
    uint32_t k, below = 0;
    uint64_t *bm;
    if (st[i].ecount <= GZ_INLINE) continue;
    st[i].aux = (uint32_t)nbig;
    bm = g->bitmaps + GZ_BM_WORDS * nbig++;
    for (k = 0; k < st[i].ecount; k++) {
      unsigned char c = g->labels[st[i].efirst + k];
      bm[c >> 6] |= (uint64_t)1 << (c & 63);
    }
    /* the ranks of words 1..3 (at most 3 * 64 labels below: a byte each) */
    for (k = 1; k < 4; k++) {
      below += popcount64(bm[k - 1]);
      bm[4] |= (uint64_t)below << (8 * k);
    }
  }
  memset(g->root, 0, sizeof g->root);
  for (i = 0; i < st[0].ecount; i++)
    g->root[g->labels[st[0].efirst + i]] = g->targets[st[0].efirst + i];

  /* failure links, breadth-first (the stack array is the queue); a suffix
   * only counts when it starts at a word start of the pattern: after an
   * ASCII non-word byte, or after a non-ASCII separator (the last bytes
   * of each state's prefix, in tails) */
  tails = (uint32_t *)calloc(n ? n : 1, sizeof *tails);
  if (!tails) {
    free(order); free(newid); free(stack);
    free_compiled(g);
    return DL_ENOMEM;
  }
  head = 0;
  tail = 0;
  stack[tail++] = 0;
  while (head < tail) {
    uint32_t s = stack[head++], k;
    for (k = 0; k < st[s].ecount; k++) {
      uint32_t t = g->targets[st[s].efirst + k];
      unsigned char c = g->labels[st[s].efirst + k];
      uint32_t f = 0;
      tails[t] = (tails[s] << 8) | c;
      if (s != 0) {
        uint32_t u = (uint32_t)st[s].fail;
        for (;;) {
          uint32_t v = u ? go_any(g, u, c) : 0;
          if (v) { f = v; break; }
          if (u == 0) {
            /* the one-byte suffix c: anchored when the byte before it
             * (the label of s) is not a word byte */
            if ((!word_byte(st[s].label) || (st[s].label >= 0x80 && tail_boundary(tails[s])))
                && word_byte(c))
              f = g->root[c];
            break;
          }
          u = (uint32_t)st[u].fail;
        }
      }
      st[t].fail = (int32_t)f;
      g->outs[t].dict = f == 0 ? -1 : (g->outs[f].out >= 0 ? (int32_t)f : g->outs[f].dict);
      st[t].hasout = g->outs[t].out >= 0 || g->outs[t].dict >= 0;
      stack[tail++] = t;
    }
  }
  free(order);
  free(newid);
  free(stack);
  free(tails);
  if (build_keys(g) != DL_OK) {
    free_compiled(g);
    return DL_ENOMEM;
  }
  free(g->nodes);
  g->nodes = NULL;
  g->capnodes = g->nnodes = 0;
  free(g->wide);
  g->wide = NULL;
  g->capwide = g->nwide = 0;
  g->compiled = 1;
  return DL_OK;
}

/* --- matching ------------------------------------------------------------ */

static int case_ok(const pattern *p, const char *t)
{
  uint32_t i;
  if (p->mode == DL_GAZ_CASE_ANY) return 1;
  if (memcmp(p->s, t, p->len) == 0) return 1;
  if (memchr(t, '\n', p->len)) {
    /* a name over a line break: the break stands for the pattern's space */
    for (i = 0; i < p->len && (t[i] == p->s[i] || (t[i] == '\n' && p->s[i] == ' ')); i++) {}
    if (i == p->len) return 1;
  }
  if (p->mode != DL_GAZ_CASE_UPPER) return 0;
  /* ALL CAPS: every ASCII letter upper, equal to the pattern folded */
  for (i = 0; i < p->len; i++) {
    unsigned char a = (unsigned char)t[i], b = (unsigned char)p->s[i];
    if (DL_IS_LOWER(a)) return 0;
    if (fold_tab[a] != fold_tab[b]) return 0;
  }
  return 1;
}

static dl_status report(const dl_gazetteer *g, const char *text, size_t i,
                        size_t hi, int32_t pi, dl_gaz_sink *out)
{
  const pattern *p = &g->pats[pi];
  size_t start = i + 1 - p->len;
  dl_gaz_match *m;
  if (!word_end(text, i + 1, hi)) return DL_OK;
  if (!case_ok(p, text + start)) return DL_OK;
  if (out->n >= out->cap && out->grow(out, out->n + 1) != 0) return DL_ENOMEM;
  m = &out->m[out->n++];
  m->start = (uint32_t)start;
  m->len = p->len;
  m->entry = p->entry;
  return DL_OK;
}

/* Byte classes of the scan: ASCII outside words, ASCII letter or digit,
 * any byte >= 0x80 (decoded where it matters). */
enum { B_GAP = 0, B_WORD = 1, B_HIGH = 2 };
static const unsigned char byte_class[256] = {
#define C(i) (unsigned char)((i) >= 0x80 ? B_HIGH \
  : (((i) >= 'a' && (i) <= 'z') || ((i) >= 'A' && (i) <= 'Z') \
     || ((i) >= '0' && (i) <= '9')) ? B_WORD : B_GAP)
  DL_BYTES256(C)
#undef C
};

/* The index after the ASCII letters and digits from text[i]. */
static size_t skip_ascii_word(const unsigned char *t, size_t i, size_t end)
{
  while (i < end && byte_class[t[i]] == B_WORD) i++;
  return i;
}

/* grow for dl_gazetteer_scan: realloc */
static int grow_heap(dl_gaz_sink *s, size_t need)
{
  return dl_grow((void **)&s->m, &s->cap, need, sizeof *s->m);
}

dl_status dl_gazetteer_scan(const dl_gazetteer *g, const char *text,
                            size_t start, size_t end,
                            dl_gaz_match **out, size_t *n, size_t *cap)
{
  dl_gaz_sink sink;
  dl_status st;
  sink.m = *out;
  sink.n = *n;
  sink.cap = *cap;
  sink.grow = grow_heap;
  sink.ud = NULL;
  st = dl_gazetteer_scan_sink(g, text, start, end, &sink);
  *out = sink.m;
  *n = sink.n;
  *cap = sink.cap;
  return st;
}

/* Is text[i] (class cls, not B_GAP) a word start?  The ASCII cases of
 * word_start, decided from the byte before without decoding. */
static inline int is_word_start(const unsigned char *t, const char *text,
                                size_t start, size_t end, size_t i, unsigned cls)
{
  if (cls == B_WORD)
    return i == start || byte_class[t[i - 1]] == B_GAP
           || (byte_class[t[i - 1]] == B_HIGH && word_start(text, start, end, i));
  return word_start(text, start, end, i);
}

/* One step of g from state s (not the root) on folded byte c, following
 * failure links: the new state, or 0 when the links reach the root (the
 * caller then enters the root at a word start).  Few arguments: this runs
 * for most bytes inside a candidate match. */
static uint32_t step(const dl_gazetteer *g, uint32_t s, unsigned char c)
{
  const gstate *st = g->st;
  for (;;) {
    uint32_t nx = go(g, s, c);
    if (nx) return nx;
    s = (uint32_t)st[s].fail;
    if (s == 0) return 0;
  }
}

/* The next state when s has one edge and it is labelled c (go's first
 * case: most bytes inside a name), else 0 (then step decides).  Tested
 * in the scan loop, so that the common step costs no call. */
static uint32_t chain_next(const dl_gazetteer *g, uint32_t s, unsigned char c)
{
  const gstate *st = &g->st[s];
  return st->ecount == 1 && (st->aux & 0xFF) == c ? s + 1 : 0;
}

/* The matches of state s (ending at text[i]) into out. */
static dl_status outputs(const dl_gazetteer *g, uint32_t s, const char *text,
                         size_t i, size_t end, dl_gaz_sink *out)
{
  const gout *ou = g->outs;
  int32_t d;
  dl_status rs;
  if (ou[s].out >= 0) {
    rs = report(g, text, i, end, ou[s].out, out);
    if (rs != DL_OK) return rs;
  }
  for (d = ou[s].dict; d >= 0; d = ou[d].dict) {
    rs = report(g, text, i, end, ou[d].out, out);
    if (rs != DL_OK) return rs;
  }
  return DL_OK;
}

static int usable(const dl_gazetteer *g)
{
  return g && g->compiled && g->nstates > 1;
}

/* The scan of dl_gazetteer_scan2 and dl_gazetteer_scan2_at: with starts,
 * the automata are entered from their roots only at those offsets. */
static dl_status scan2(const dl_gazetteer *g1, dl_gaz_sink *out1,
                       const dl_gazetteer *g2, dl_gaz_sink *out2,
                       const char *text, size_t start, size_t end,
                       const char *starts, size_t nstarts, size_t stride)
{
  const unsigned char *t = (const unsigned char *)text;
  size_t i = start, si = 0;
  uint32_t s1 = 0, s2 = 0;
  dl_status rs;
  if (!usable(g1)) { g1 = g2; out1 = out2; g2 = NULL; }
  if (!usable(g2)) g2 = NULL;
  if (!usable(g1)) return DL_OK;
  while (i < end) {
    unsigned char b, c;
    if (starts && s1 == 0 && s2 == 0) {
      /* at the roots: on to the next offset where a match may begin */
      uint32_t at = 0;
      /* memcpy: starts + si * stride need not be aligned */
      while (si < nstarts && (memcpy(&at, starts + si * stride, sizeof at), at) < i)
        si++;
      if (si >= nstarts || at >= end) break;
      i = at;
      si++;
    }
    b = t[i];
    c = fold_tab[b];
    if (s1 == 0 && s2 == 0) {
      /* at the root: only a word start can begin a match, and only with
       * a byte some pattern can begin with; the rest of a word, and
       * everything between words, is skipped without the automata */
      unsigned cls = byte_class[b];
      if (cls == B_GAP) { i++; continue; }
      if (starts && !g1->first[b] && !(g2 && g2->first[b])) { i++; continue; }
      if (!is_word_start(t, text, start, end, i, cls)) {
        i = cls == B_WORD ? skip_ascii_word(t, i + 1, end) : i + 1;
        continue;
      }
      s1 = g1->first[b] ? g1->root[c] : 0;
      s2 = g2 && g2->first[b] ? g2->root[c] : 0;
      if ((s1 || s2) && cls == B_WORD) {
        /* the key of this word start (see build_keys): a pattern longer
         * than DL_MAX_GAZ_PATTERN cannot be, so the hash stops there */
        uint64_t h = KEY_SEED;
        size_t k, kend = end - i > DL_MAX_GAZ_PATTERN ? i + DL_MAX_GAZ_PATTERN + 1 : end;
        for (k = i; k < kend && byte_class[t[k]] == B_WORD; k++) h = key_hash_step(h, t[k]);
        if (k - i > DL_MAX_GAZ_PATTERN) s1 = s2 = 0;
        else {
          h = key_final(h);
          if (s1 && !key_maybe(g1, h)) s1 = 0;
          if (s2 && !key_maybe(g2, h)) s2 = 0;
        }
      }
      if (!s1 && !s2) {
        /* (with starts, the next one is past this word anyway) */
        i = starts ? i + 1 : skip_ascii_word(t, i + 1, end);
        continue;
      }
    } else {
      /* inside a match of one automaton: the other (if at its root)
       * steps byte by byte, as its own scan would */
      if (s1) {
        uint32_t nx = chain_next(g1, s1, c);
        if (!nx) nx = step(g1, s1, c);
        if (!nx && g1->first[b] && word_start(text, start, end, i)) nx = g1->root[c];
        s1 = nx;
      } else if (g1->first[b] && byte_class[b] != B_GAP
                 && is_word_start(t, text, start, end, i, byte_class[b]))
        s1 = g1->root[c];
      if (g2) {
        if (s2) {
          uint32_t nx = chain_next(g2, s2, c);
          if (!nx) nx = step(g2, s2, c);
          if (!nx && g2->first[b] && word_start(text, start, end, i)) nx = g2->root[c];
          s2 = nx;
        } else if (g2->first[b] && byte_class[b] != B_GAP
                   && is_word_start(t, text, start, end, i, byte_class[b]))
          s2 = g2->root[c];
      }
    }
    if (s1 && g1->st[s1].hasout) {
      rs = outputs(g1, s1, text, i, end, out1);
      if (rs != DL_OK) return rs;
    }
    if (s2 && g2->st[s2].hasout) {
      rs = outputs(g2, s2, text, i, end, out2);
      if (rs != DL_OK) return rs;
    }
    i++;
  }
  return DL_OK;
}

dl_status dl_gazetteer_scan2(const dl_gazetteer *g1, dl_gaz_sink *out1,
                             const dl_gazetteer *g2, dl_gaz_sink *out2,
                             const char *text, size_t start, size_t end)
{
  return scan2(g1, out1, g2, out2, text, start, end, NULL, 0, 0);
}

dl_status dl_gazetteer_scan2_at(const dl_gazetteer *g1, dl_gaz_sink *out1,
                                const dl_gazetteer *g2, dl_gaz_sink *out2,
                                const char *text, size_t start, size_t end,
                                const uint32_t *starts, size_t nstarts,
                                size_t stride)
{
  if (!starts) nstarts = 0;
  return scan2(g1, out1, g2, out2, text, start, end,
               (const char *)(const void *)starts, nstarts, stride ? stride : sizeof *starts);
}

void dl_gazetteer_first_bytes(const dl_gazetteer *g, uint8_t first[256])
{
  size_t i;
  if (!usable(g)) return;
  for (i = 0; i < 256; i += 8) {   /* eight bytes at a time */
    uint64_t a, b;
    memcpy(&a, first + i, 8);
    memcpy(&b, g->first + i, 8);
    a |= b;
    memcpy(first + i, &a, 8);
  }
}

dl_status dl_gazetteer_scan_sink(const dl_gazetteer *g, const char *text,
                                 size_t start, size_t end, dl_gaz_sink *out)
{
  return dl_gazetteer_scan2(g, out, NULL, NULL, text, start, end);
}

/* --- the built-in gazetteer ------------------------------------------------ */

static uint8_t kind_type(int kind)
{
  switch (kind) {
    case DL_GK_COUNTRY: case DL_GK_REGION: case DL_GK_CITY: case DL_GK_PLACE:
      return DL_ENT_LOCATION;
    case DL_GK_ORG: case DL_GK_AGENCY: return DL_ENT_ORGANIZATION;
    case DL_GK_DEMONYM: return DL_ENT_MISC;
    default: return DL_ENT_NONE;
  }
}

/* Acronyms ("UN", "WHO", "U.S.") match as written; other names as written
 * or in ALL CAPS. */
static int seed_case(const char *s, size_t len)
{
  size_t i, letters = 0;
  for (i = 0; i < len; i++) {
    if (DL_IS_LOWER(s[i])) return DL_GAZ_CASE_UPPER;
    if (DL_IS_UPPER(s[i])) letters++;
  }
  return letters <= 5 ? DL_GAZ_CASE_EXACT : DL_GAZ_CASE_UPPER;
}

/* The entry of seed sd (name_len: its first name's length). */
static void seed_entry(const dl_gaz_seed *sd, size_t name_len, dl_gaz_entry *e)
{
  memset(e, 0, sizeof *e);
  e->name = DL_GAZ_STR(sd->names);
  e->name_len = (uint32_t)name_len;
  e->id = DL_GAZ_STR(sd->id);
  e->country = DL_GAZ_STR(sd->country);
  e->region = DL_GAZ_STR(sd->region);
  e->tz = DL_GAZ_STR(sd->tz);
  e->population = sd->population;
  e->kind = sd->kind;
  e->type = kind_type(sd->kind);
  e->flags = sd->flags;
}

dl_status dl_gazetteer_builtin_compile(dl_gazetteer **out)
{
  dl_gazetteer *g;
  dl_status st;
  size_t i;
  *out = NULL;
  st = dl_gazetteer_new(0, &g);
  if (st != DL_OK) return st;
  for (i = 0; i < dl_gaz_nseeds; i++) {
    const dl_gaz_seed *sd = &dl_gaz_seeds[i];
    const char *p = DL_GAZ_STR(sd->names), *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    dl_gaz_entry e;
    uint32_t idx;
    seed_entry(sd, len, &e);
    st = dl_gazetteer_add_entry(g, &e, seed_case(p, len), &idx);
    if (st == DL_EARG) continue;
    if (st != DL_OK) goto fail;
    while (bar) {
      p = bar + 1;
      bar = strchr(p, '|');
      len = bar ? (size_t)(bar - p) : strlen(p);
      st = dl_gazetteer_add_pattern(g, idx, p, len, seed_case(p, len));
      if (st != DL_OK && st != DL_EARG) goto fail;
    }
  }
  st = dl_gazetteer_compile(g);
  if (st != DL_OK) goto fail;
  *out = g;
  return DL_OK;
fail:
  dl_gazetteer_free(g);
  return st;
}

/* A const pointer of the committed automaton in a gazetteer's field.
 * The field is not const because compile() writes through it; a borrowed
 * gazetteer is compiled, so nothing writes (or frees) it. */
static void *unconst(const void *p)
{
  union { const void *c; void *m; } u;
  u.c = p;
  return u.m;
}

/* The committed automaton (csrc/gazetteer_auto.c) as a gazetteer: its
 * entries and patterns rebuilt from the seeds (they hold pointers into
 * them: a linear pass, no trie), its states, edges, bitmaps and keys
 * borrowed as they are.  The same gazetteer, array for array, as
 * dl_gazetteer_builtin_compile makes (the ctest checks it). */
static dl_status builtin_borrowed(const dl_gz_auto *a, dl_gazetteer **out)
{
  dl_gazetteer *g;
  size_t i;
  *out = NULL;
  g = (dl_gazetteer *)calloc(1, sizeof *g);
  if (!g) return DL_ENOMEM;
  g->entries = (dl_gaz_entry *)malloc((a->nentries ? a->nentries : 1) * sizeof *g->entries);
  g->pats = (pattern *)malloc((a->npats ? a->npats : 1) * sizeof *g->pats);
  if (!g->entries || !g->pats) {
    dl_gazetteer_free(g);
    return DL_ENOMEM;
  }
  g->borrowed = 1;
  g->compiled = 1;
  for (i = 0; i < a->nentries; i++) {
    const dl_gz_auto_entry *ae = &a->entries[i];
    if (ae->seed >= dl_gaz_nseeds) { dl_gazetteer_free(g); return DL_EARG; }
    seed_entry(&dl_gaz_seeds[ae->seed], ae->name_len, &g->entries[i]);
  }
  g->nentries = g->capentries = a->nentries;
  /* The indexes into arrays of this library are checked; the offsets,
   * states and targets are trusted as the generator wrote them from these
   * seeds (the seed count and strings' size match, and the gaz_auto ctest
   * compares every array with a fresh compile).  An alias's offset may
   * pass name_len: aliases follow the canonical name in the seed. */
  for (i = 0; i < a->npats; i++) {
    const dl_gz_auto_pattern *ap = &a->pats[i];
    if (ap->entry >= a->nentries) { dl_gazetteer_free(g); return DL_EARG; }
    g->pats[i].s = g->entries[ap->entry].name + ap->off;
    g->pats[i].len = ap->len;
    g->pats[i].entry = ap->entry;
    g->pats[i].mode = ap->mode;
  }
  g->npats = g->cappats = a->npats;
  g->nstates = a->nstates;
  memcpy(g->root, a->root, sizeof g->root);
  memcpy(g->first, a->first, sizeof g->first);
  g->st = (gstate *)unconst(a->st);
  g->outs = (gout *)unconst(a->outs);
  g->labels = (uint8_t *)unconst(a->labels);
  g->targets = (uint32_t *)unconst(a->targets);
  g->bitmaps = (uint64_t *)unconst(a->bitmaps);
  g->keys = (uint64_t *)unconst(a->keys);
  g->keymask = a->keymask;
  *out = g;
  return DL_OK;
}

dl_status dl_gazetteer_builtin(dl_gazetteer **out)
{
  /* the committed automaton when it was made from these seeds (the
   * generator links a stub with none; a stale one, which the ctest
   * reports, differs in the seeds' digest) */
  if (dl_gaz_auto.nseeds != 0 && dl_gaz_auto.nseeds == dl_gaz_nseeds
      && dl_gaz_auto.nstrings == dl_gaz_nstrings && dl_gaz_auto.digest == dl_gaz_digest)
    return builtin_borrowed(&dl_gaz_auto, out);
  return dl_gazetteer_builtin_compile(out);
}

dl_status dl_gazetteer_view(const dl_gazetteer *g, dl_gz_auto *v)
{
  memset(v, 0, sizeof *v);
  if (!g || !g->compiled) return DL_EARG;
  v->nseeds = dl_gaz_nseeds;
  v->nstrings = dl_gaz_nstrings;
  v->digest = dl_gaz_digest;
  v->nentries = g->nentries;
  v->npats = g->npats;
  v->nstates = g->nstates;
  v->nedges = g->nstates ? g->st[g->nstates - 1].efirst + g->st[g->nstates - 1].ecount : 0;
  {
    size_t i;
    for (i = 0; i < g->nstates; i++) if (g->st[i].ecount > GZ_INLINE) v->nbig++;
  }
  v->nkeys = (size_t)(g->keymask + 1) / 64;
  v->st = g->st;
  v->outs = g->outs;
  v->labels = g->labels;
  v->targets = g->targets;
  v->bitmaps = g->bitmaps;
  v->keys = g->keys;
  v->keymask = g->keymask;
  v->root = g->root;
  v->first = g->first;
  return DL_OK;
}

const dl_gz_pattern *dl_gazetteer_patterns(const dl_gazetteer *g, size_t *n)
{
  *n = g->npats;
  return g->pats;
}

/* A hash table rather than a bisection: this runs for most capitalized
 * words of a story (quotes and entities), most of them no given name, and
 * a miss usually ends on the first, empty, slot. */
const dl_given_name *dl_given_name_find(const char *s, size_t n)
{
  const unsigned bits = dl_given_hash_bits;
  const size_t mask = ((size_t)1 << bits) - 1;
  uint32_t h = 2166136261u;
  size_t i, k;
  if (n == 0 || n > dl_given_name_max) return NULL;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  for (k = h >> (32 - bits); dl_given_slots[k]; k = (k + 1) & mask) {
    const unsigned char *g = (const unsigned char *)dl_given_names[dl_given_slots[k] - 1].name;
    /* the name's NUL ends the comparison (the text may hold a NUL too) */
    for (i = 0; i < n && g[i] && g[i] == (unsigned char)s[i]; i++)
      ;
    if (i == n && g[n] == 0) return &dl_given_names[dl_given_slots[k] - 1];
  }
  return NULL;
}

/* strcmp of the NUL-terminated g with s[0, n): reads no byte of g past
 * its NUL, whatever s holds. */
static int name_cmp(const char *g, const char *s, size_t n)
{
  const unsigned char *u = (const unsigned char *)g;
  size_t i;
  for (i = 0; i < n; i++)
    if (!u[i] || u[i] != (unsigned char)s[i])
      return !u[i] || u[i] < (unsigned char)s[i] ? -1 : 1;
  return u[n] != 0;
}

const dl_gaz_alt *dl_gaz_alts_find(const char *s, size_t n, size_t *count)
{
  size_t lo = 0, hi = dl_gaz_nalts, end;
  /* the first row not below s, then the run of rows equal to it */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (name_cmp(dl_gaz_alts[mid].name, s, n) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (end = lo; end < dl_gaz_nalts && name_cmp(dl_gaz_alts[end].name, s, n) == 0; end++) {}
  *count = end - lo;
  return end > lo ? &dl_gaz_alts[lo] : NULL;
}
