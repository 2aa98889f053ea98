/*
 * html.c -- news web pages to main text and metadata, through libxml2.
 *
 * The page is parsed by libxml2's HTML parser (recovering, no network, no
 * external entities).  A linear pre-pass first removes what libxml2 would
 * only tokenize for nothing (script and style bodies but JSON-LD, inline
 * SVG drawings, comment bodies, end tags of nothing open), tokenizing the
 * way libxml2 does and leaving the rest of the page alone wherever that is
 * uncertain (strip_raw below).  The tree is not libxml2's: our SAX
 * callbacks build a compact one from the parser's events (htree below:
 * nodes in blocks, text in one buffer, only the attributes the passes
 * read, no allocation per node), with the shape libxml2's own tree would
 * have.  An element deeper than DL_MAX_HTML_DEPTH open elements is left
 * out of it with everything inside it, as junk, and the parse goes on
 * after it -- linear however deep the page (100,000 unclosed <span>s),
 * and the article around the damage intact (libxml2's tree builder would
 * halt the whole parse past its 256 levels).  The passes check the same
 * cap again.
 * Then three passes over the tree, all iterative and linear:
 *
 *  1. statistics and metadata: per element the visible text, link text,
 *     commas, paragraphs, images and inputs below it, its class/id hints;
 *     paragraph scores spread to the ancestors the way Readability does;
 *     meta tags, JSON-LD (read by the small JSON reader below), <time>,
 *     itemprop, rel=author, bylines, <h1>, <title>.
 *  2. the main container: itemprop=articleBody when it holds real text,
 *     else the best-scoring candidate (score x (1 - link density)), moved
 *     up to its parent when the parent scores better, plus the siblings
 *     that score well or are plain paragraphs.
 *  3. emission: the container's text, one paragraph per block (p, h1-h6,
 *     li, blockquote, pre, ...), blank lines between, white space
 *     collapsed; junk subtrees and link-heavy or form-like blocks dropped.
 *
 * The first run drops everything whose class/id says "comment", "share",
 * "related", "cookie" ...; when that leaves almost nothing the page is
 * scored again without dropping them (class hints then only weigh), and
 * when even that fails, JSON-LD's articleBody is the last resort.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "dateline.h"
#include "html.h"
#include "text.h"
#include "util.h"
#include "calendar.h"
#include "datelines.h"
#include "gazetteer.h"

#define DL_STR_(x) #x
#define DL_STR(x) DL_STR_(x)

/* Body text shorter than this (bytes) counts as a failed extraction. */
#define MIN_BODY 200
/* JSON-LD: nodes of one block. */
#define DL_MAX_JSON_NODES 200000
/* JSON-LD hasPart: the selectors of paywalled parts kept, and their length. */
#define DL_MAX_HTML_PAYWALL 4
#define DL_MAX_HTML_SELECTOR 64
/* A byline's one word in capitals, not in the agencies list, up to this
 * many bytes is read as an outlet's initials ("SUNA", "KUNA"), not a
 * writer; a one-word surname in capitals ("By JONES") is lost with it,
 * rarer than an outlet the list does not know. */
#define DL_MAX_BYLINE_INITIALS 6

/* ===================================================================== */
/* Byte buffers                                                          */
/* ===================================================================== */

typedef struct buf {
  char *p;
  size_t n, cap;
  int oom;
} buf;

static int buf_reserve(buf *b, size_t extra)
{
  if (b->oom) return -1;
  if (b->n + extra + 1 < b->n) { b->oom = 1; return -1; }
  if (dl_grow((void **)&b->p, &b->cap, b->n + extra + 1, 1) != 0) {
    b->oom = 1;
    return -1;
  }
  return 0;
}

static void buf_add(buf *b, const char *s, size_t n)
{
  if (buf_reserve(b, n) != 0) return;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

static void buf_addc(buf *b, char c)
{
  buf_add(b, &c, 1);
}

static void buf_free(buf *b)
{
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

static int ascii_ieq(const char *a, size_t n, const char *b, size_t m)
{
  size_t i;
  if (n != m) return 0;
  for (i = 0; i < n; i++)
    if (DL_LOWER(a[i]) != DL_LOWER(b[i])) return 0;
  return 1;
}

/* Case-insensitive search of the lower-case ASCII word w in s[0..n). */
static const char *ascii_find(const char *s, size_t n, const char *w)
{
  size_t m = strlen(w), i, k;
  if (m == 0 || m > n) return NULL;
  for (i = 0; i + m <= n; i++) {
    for (k = 0; k < m; k++)
      if (DL_LOWER(s[i + k]) != w[k]) break;
    if (k == m) return s + i;
  }
  return NULL;
}

/* ===================================================================== */
/* UTF-8                                                                 */
/* ===================================================================== */

/* Length of the valid UTF-8 prefix of s[0..n) that also has no NUL. */
static size_t utf8_valid_prefix(const char *s, size_t n)
{
  size_t i = 0, adv;
  while (i < n) {
    unsigned char c;
    while (i + 8 <= n) {   /* ASCII without NUL, 8 bytes at a time */
      uint64_t x;
      memcpy(&x, s + i, 8);
      if ((x | ((x - 0x0101010101010101u) & ~x)) & 0x8080808080808080u) break;
      i += 8;
    }
    if (i >= n) break;
    c = (unsigned char)s[i];
    if (c >= 0x01 && c < 0x80) { i++; continue; }
    if (c == 0) return i;
    if (dl_utf8_decode(s + i, n - i, &adv) == 0xFFFD && adv == 1) return i;
    i += adv;
  }
  return n;
}

/* A copy of s[0..n) with every invalid byte and NUL as U+FFFD, into *out;
 * returns -1 on allocation failure. */
static int utf8_fix(const char *s, size_t n, buf *out)
{
  size_t i = 0, adv;
  while (i < n) {
    size_t ok = utf8_valid_prefix(s + i, n - i);
    buf_add(out, s + i, ok);
    i += ok;
    if (i < n) {
      buf_add(out, "\xEF\xBF\xBD", 3);
      if (s[i] == 0) adv = 1;
      else (void)dl_utf8_decode(s + i, n - i, &adv);
      i += adv;
    }
  }
  if (!out->p) buf_add(out, "", 0);
  return out->oom ? -1 : 0;
}

/* Cut the metadata string p (DL_MAX_HTML_META bytes or more) below its
 * cap, on a character boundary and without a space at the end; returns
 * the new length. */
static size_t cap_meta(char *p)
{
  size_t k = DL_MAX_HTML_META - 1;
  while (k > 0 && ((unsigned char)p[k] & 0xC0) == 0x80) k--;
  while (k > 0 && p[k - 1] == ' ') k--;
  p[k] = '\0';
  return k;
}

/* Make the malloc'd NUL-terminated string *ps valid UTF-8 in place (a new
 * copy when it has bad bytes).  Returns -1 on allocation failure. */
static int utf8_fix_str(char **ps, size_t *plen)
{
  size_t n = strlen(*ps);
  buf b = {0};
  if (plen) n = *plen;
  if (utf8_valid_prefix(*ps, n) == n) return 0;
  if (utf8_fix(*ps, n, &b) != 0) { buf_free(&b); return -1; }
  free(*ps);
  *ps = b.p;
  if (plen) *plen = b.n;
  else if (b.n >= DL_MAX_HTML_META) {
    /* a metadata string: U+FFFD (3 bytes) for each bad byte can grow it
     * past its cap, so cap it again */
    (void)cap_meta(b.p);
  }
  return 0;
}

/* Append s[0..n) to b with runs of white space (ASCII, NBSP, Unicode
 * spaces) as one space and invisible characters (soft hyphen, zero-width
 * space and joiners, BOM) removed.  *space carries a pending space across
 * calls; no space is written at the start of b after `from`. */
static void add_collapsed(buf *b, size_t from, const char *s, size_t n, int *space)
{
  size_t i = 0, run;
  if (buf_reserve(b, n + 1) != 0) return;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (DL_IS_SPACE(c) || c == 0) { *space = 1; i++; continue; }
      if (*space && b->n > from) b->p[b->n++] = ' ';
      *space = 0;
      run = i + 1;
      while (run < n && (unsigned char)s[run] < 0x80 && (unsigned char)s[run] > 0x20)
        run++;
      memcpy(b->p + b->n, s + i, run - i);
      b->n += run - i;
      i = run;
      continue;
    }
    {
      size_t sp = dl_space_len(s + i, n - i), adv;
      if (sp) { *space = 1; i += sp; continue; }
      if ((c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAD)) { i += 2; continue; }
      if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
          && ((unsigned char)s[i + 2] >= 0x8B && (unsigned char)s[i + 2] <= 0x8D)) { i += 3; continue; }
      if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB
          && (unsigned char)s[i + 2] == 0xBF) { i += 3; continue; }
      (void)dl_utf8_decode(s + i, n - i, &adv);
      if (*space && b->n > from) b->p[b->n++] = ' ';
      *space = 0;
      memcpy(b->p + b->n, s + i, adv);
      b->n += adv;
      i += adv;
    }
  }
  b->p[b->n] = '\0';
}

/* ===================================================================== */
/* JSON (JSON-LD only needs strings, arrays and objects)                 */
/* ===================================================================== */

typedef struct jparser {
  const char *s;
  size_t n, i;
  dl_json *j;
  dl_status st;
} jparser;

static void jskip(jparser *p)
{
  while (p->i < p->n && DL_IS_SPACE(p->s[p->i])) p->i++;
}

static uint32_t jnew(jparser *p, uint8_t type)
{
  dl_json *j = p->j;
  if (j->n >= DL_MAX_JSON_NODES) { p->st = DL_ELIMIT; return 0; }
  if (dl_grow((void **)&j->nodes, &j->cap, j->n + 1, sizeof *j->nodes) != 0) {
    p->st = DL_ENOMEM;
    return 0;
  }
  memset(&j->nodes[j->n], 0, sizeof j->nodes[0]);
  j->nodes[j->n].type = type;
  return (uint32_t)j->n++;
}

/* Scan a string at p->i (on the opening quote); sets its inner span. */
static int jstring(jparser *p, uint32_t *start, uint32_t *len)
{
  size_t i = p->i + 1;
  while (i < p->n && p->s[i] != '"') {
    if (p->s[i] == '\\') i++;
    i++;
  }
  if (i >= p->n) { p->st = DL_EARG; return -1; }
  *start = (uint32_t)(p->i + 1);
  *len = (uint32_t)(i - p->i - 1);
  p->i = i + 1;
  return 0;
}

static uint32_t jvalue(jparser *p, int depth);

/* Parse the members of an array or object whose node is idx. */
static void jcontainer(jparser *p, uint32_t idx, int depth, int is_obj)
{
  uint32_t last = 0;
  char close = is_obj ? '}' : ']';
  p->i++;   /* '{' or '[' */
  for (;;) {
    uint32_t ks = 0, kl = 0, v;
    jskip(p);
    if (p->i >= p->n) { p->st = DL_EARG; return; }
    if (p->s[p->i] == close) { p->i++; return; }
    if (p->s[p->i] == ',') { p->i++; continue; }   /* lenient: stray commas */
    if (is_obj) {
      if (p->s[p->i] != '"') { p->st = DL_EARG; return; }
      if (jstring(p, &ks, &kl) != 0) return;
      jskip(p);
      if (p->i >= p->n || p->s[p->i] != ':') { p->st = DL_EARG; return; }
      p->i++;
    }
    v = jvalue(p, depth + 1);
    if (p->st != DL_OK) return;
    p->j->nodes[v].key_start = ks;
    p->j->nodes[v].key_len = kl;
    if (last) p->j->nodes[last].next = v;
    else p->j->nodes[idx].first = v;
    last = v;
  }
}

static uint32_t jvalue(jparser *p, int depth)
{
  uint32_t idx;
  char c;
  if (depth > DL_MAX_JSON_DEPTH) { p->st = DL_ELIMIT; return 0; }
  jskip(p);
  if (p->i >= p->n) { p->st = DL_EARG; return 0; }
  c = p->s[p->i];
  if (c == '{' || c == '[') {
    idx = jnew(p, c == '{' ? DL_JSON_OBJECT : DL_JSON_ARRAY);
    if (p->st != DL_OK) return 0;
    jcontainer(p, idx, depth, c == '{');
    return idx;
  }
  if (c == '"') {
    uint32_t s, l;
    idx = jnew(p, DL_JSON_STRING);
    if (p->st != DL_OK) return 0;
    if (jstring(p, &s, &l) == 0) {
      p->j->nodes[idx].start = s;
      p->j->nodes[idx].len = l;
    }
    return idx;
  }
  /* number, true, false, null: a run of word characters */
  {
    size_t b = p->i;
    while (p->i < p->n && (DL_IS_ALNUM(p->s[p->i]) || p->s[p->i] == '-'
                           || p->s[p->i] == '+' || p->s[p->i] == '.'))
      p->i++;
    if (p->i == b) { p->st = DL_EARG; return 0; }
    idx = jnew(p, DL_IS_DIGIT(p->s[b]) || p->s[b] == '-' ? DL_JSON_NUMBER
                  : p->s[b] == 'n' ? DL_JSON_NULL : DL_JSON_BOOL);
    if (p->st != DL_OK) return 0;
    p->j->nodes[idx].start = (uint32_t)b;
    p->j->nodes[idx].len = (uint32_t)(p->i - b);
    return idx;
  }
}

dl_status dl_json_parse(const char *src, size_t len, dl_json *j)
{
  jparser p;
  memset(j, 0, sizeof *j);
  j->src = src;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  p.s = src;
  p.n = len;
  p.i = 0;
  p.j = j;
  p.st = DL_OK;
  while (p.i < len && src[p.i] != '{' && src[p.i] != '[') p.i++;
  if (p.i >= len) return DL_EARG;
  (void)jvalue(&p, 0);
  return p.st;
}

void dl_json_free(dl_json *j)
{
  free(j->nodes);
  j->nodes = NULL;
  j->n = j->cap = 0;
}

uint32_t dl_json_get(const dl_json *j, uint32_t obj, const char *key)
{
  uint32_t c;
  size_t kl = strlen(key);
  if (obj >= j->n || j->nodes[obj].type != DL_JSON_OBJECT) return 0;
  for (c = j->nodes[obj].first; c; c = j->nodes[c].next) {
    const dl_json_node *m = &j->nodes[c];
    if (m->key_len == kl && memcmp(j->src + m->key_start, key, kl) == 0) return c;
  }
  return 0;
}

static int hexval(char c)
{
  if (DL_IS_DIGIT(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static size_t put_utf8(char *o, int32_t cp)
{
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) cp = 0xFFFD;
  if (cp < 0x80) { o[0] = (char)cp; return 1; }
  if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F)); return 3;
  }
  o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* The few named HTML entities JSON-LD writers leave in their strings. */
typedef struct entity { const char *name; int32_t cp; } entity;
static const entity entities[] = {   /* sorted by name */
  {"amp", '&'}, {"apos", '\''}, {"gt", '>'}, {"hellip", 0x2026},
  {"laquo", 0xAB}, {"ldquo", 0x201C}, {"lsquo", 0x2018}, {"lt", '<'},
  {"mdash", 0x2014}, {"nbsp", 0xA0}, {"ndash", 0x2013}, {"quot", '"'},
  {"raquo", 0xBB}, {"rdquo", 0x201D}, {"rsquo", 0x2019},
};

/* Decode an entity at s[0..n) (s[0] == '&'): code point, *adv bytes. */
static int32_t entity_at(const char *s, size_t n, size_t *adv)
{
  size_t i = 1;
  int32_t cp = 0;
  if (n > 2 && s[1] == '#') {
    int hex = (s[2] == 'x' || s[2] == 'X');
    i = hex ? 3 : 2;
    while (i < n && i < 12 && (hex ? hexval(s[i]) >= 0 : DL_IS_DIGIT(s[i]) != 0)) {
      /* saturate past the last code point (put_utf8 makes it U+FFFD) */
      if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + (hex ? hexval(s[i]) : s[i] - '0');
      i++;
    }
    if (i < n && s[i] == ';' && i > (size_t)(hex ? 3 : 2)) { *adv = i + 1; return cp; }
    return -1;
  }
  while (i < n && i < 10 && DL_IS_ALNUM(s[i])) i++;
  if (i < n && s[i] == ';') {
    size_t lo = 0, hi = sizeof entities / sizeof entities[0];
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      int c = strncmp(entities[mid].name, s + 1, i - 1);
      if (c == 0 && entities[mid].name[i - 1] != '\0') c = 1;
      if (c == 0) { *adv = i + 1; return entities[mid].cp; }
      if (c < 0) lo = mid + 1; else hi = mid;
    }
  }
  return -1;
}

/* The string at idx, unescaped, white space collapsed; with lines, a line
 * break becomes a paragraph break ("\n\n") instead of a space. */
static size_t json_str(const dl_json *j, uint32_t idx, char *out, size_t cap,
                       int lines)
{
  const dl_json_node *nd;
  const char *s;
  size_t n, i = 0, o = 0;
  int space = 0, brk = 0;
  if (cap == 0) return 0;
  out[0] = '\0';
  if (idx >= j->n || j->nodes[idx].type != DL_JSON_STRING) return 0;
  nd = &j->nodes[idx];
  s = j->src + nd->start;
  n = nd->len;
  while (i < n && o + 8 < cap) {
    char tmp[8];
    size_t tl = 0;
    unsigned char c = (unsigned char)s[i];
    if (c == '\\' && i + 1 < n) {
      char e = s[i + 1];
      i += 2;
      switch (e) {
        case 'n': case 'r': tmp[0] = '\n'; tl = 1; break;
        case 't': case 'b': case 'f': tmp[0] = ' '; tl = 1; break;
        case 'u': {
          int32_t cp = 0;
          int k;
          for (k = 0; k < 4 && i + (size_t)k < n && hexval(s[i + k]) >= 0; k++)
            cp = cp * 16 + hexval(s[i + k]);
          if (k < 4) { cp = 0xFFFD; }
          i += (size_t)k;
          if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
            int32_t lo = 0;
            for (k = 0; k < 4 && hexval(s[i + 2 + k]) >= 0; k++) lo = lo * 16 + hexval(s[i + 2 + k]);
            if (k == 4 && lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              i += 6;
            }
          }
          tl = put_utf8(tmp, cp);
          break;
        }
        default: tmp[0] = e; tl = 1; break;
      }
    } else if (c == '&') {
      size_t adv = 0;
      int32_t cp = entity_at(s + i, n - i, &adv);
      if (cp >= 0) { tl = put_utf8(tmp, cp); i += adv; }
      else { tmp[0] = '&'; tl = 1; i++; }
    } else {
      size_t adv;
      (void)dl_utf8_decode(s + i, n - i, &adv);
      if (adv > 4) adv = 1;
      memcpy(tmp, s + i, adv);
      tl = adv;
      i += adv;
    }
    /* collapse white space (ASCII and NBSP) */
    if (tl == 1 && (DL_IS_SPACE(tmp[0]) || tmp[0] == 0)) {
      if (lines && (tmp[0] == '\n' || tmp[0] == '\r')) brk = 1;
      space = 1;
      continue;
    }
    if (tl == 2 && (unsigned char)tmp[0] == 0xC2 && (unsigned char)tmp[1] == 0xA0) { space = 1; continue; }
    if (space && o > 0) {
      if (brk) out[o++] = '\n';
      out[o++] = brk ? '\n' : ' ';
    }
    space = brk = 0;
    memcpy(out + o, tmp, tl);
    o += tl;
  }
  /* never end inside a UTF-8 sequence */
  while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80) {
    size_t k = o - 1, adv;
    while (k > 0 && ((unsigned char)out[k] & 0xC0) == 0x80) k--;
    (void)dl_utf8_decode(out + k, o - k, &adv);
    if (k + adv == o) break;
    o = k;
  }
  out[o] = '\0';
  return o;
}

size_t dl_json_str(const dl_json *j, uint32_t idx, char *out, size_t cap)
{
  return json_str(j, idx, out, cap, 0);
}

/* ===================================================================== */
/* Dates                                                                 */
/* ===================================================================== */

static int digits(const char *s, size_t n, size_t at, size_t k, int *v)
{
  size_t i;
  *v = 0;
  if (at + k > n) return 0;
  for (i = 0; i < k; i++) {
    if (!DL_IS_DIGIT(s[at + i])) return 0;
    *v = *v * 10 + (s[at + i] - '0');
  }
  return 1;
}

static int valid_ymd(int y, int m, int d)
{
  static const int mdays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > mdays[m]) return 0;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 0;
  return 1;
}

/* Write "YYYY-MM-DD[THH:MM:SS[Z|+HH:MM]]" (hh < 0: the date only). */
static void fmt_date(char *out, int y, int m, int d, int hh, int mi, int ss,
                     int has_tz, int tz)
{
  char *o = out;
  int v[6], k, a = tz < 0 ? -tz : tz;
  v[0] = y / 100; v[1] = y % 100; v[2] = m; v[3] = d; v[4] = hh; v[5] = mi;
  for (k = 0; k < 4; k++) {
    if (k >= 2) *o++ = '-';
    *o++ = (char)('0' + v[k] / 10 % 10);
    *o++ = (char)('0' + v[k] % 10);
  }
  if (hh >= 0) {
    int t[3];
    t[0] = hh; t[1] = mi; t[2] = ss;
    *o++ = 'T';
    for (k = 0; k < 3; k++) {
      if (k) *o++ = ':';
      *o++ = (char)('0' + t[k] / 10 % 10);
      *o++ = (char)('0' + t[k] % 10);
    }
    if (has_tz && tz == 0) *o++ = 'Z';
    else if (has_tz) {
      *o++ = tz < 0 ? '-' : '+';
      *o++ = (char)('0' + a / 60 / 10 % 10); *o++ = (char)('0' + a / 60 % 10);
      *o++ = ':';
      *o++ = (char)('0' + a % 60 / 10); *o++ = (char)('0' + a % 10);
    }
  }
  *o = '\0';
}

/* ISO-like dates: YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD, then optionally
 * [T ]HH:MM[:SS[.fff]] and Z, +HH:MM, +HHMM, GMT or UTC. */
static int norm_iso(const char *s, size_t n, char *out)
{
  int y, m, d, hh = -1, mi = 0, ss = 0, tz = 0, has_tz = 0;
  size_t i;
  if (!digits(s, n, 0, 4, &y)) return 0;
  if (n > 4 && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
    char sep = s[4];
    if (!digits(s, n, 5, 2, &m) || n < 8 || s[7] != sep || !digits(s, n, 8, 2, &d)) return 0;
    i = 10;
  } else {
    if (!digits(s, n, 4, 2, &m) || !digits(s, n, 6, 2, &d)) return 0;
    i = 8;
  }
  if (i < n && DL_IS_DIGIT(s[i])) return 0;
  if (!valid_ymd(y, m, d)) return 0;
  if (i + 5 < n + 1 && i < n && (s[i] == 'T' || s[i] == ' ') && digits(s, n, i + 1, 2, &hh)
      && i + 3 < n && s[i + 3] == ':' && digits(s, n, i + 4, 2, &mi)) {
    i += 6;
    if (i < n && s[i] == ':' && digits(s, n, i + 1, 2, &ss)) {
      i += 3;
      if (i < n && (s[i] == '.' || s[i] == ',')) {
        i++;
        while (i < n && DL_IS_DIGIT(s[i])) i++;
      }
    }
    if (hh > 23 || mi > 59 || ss > 60) return 0;
    while (i < n && s[i] == ' ') i++;
    if (i < n && s[i] == 'Z') has_tz = 1;
    else if (i + 2 < n && (s[i] == '+' || s[i] == '-')) {
      int th, tm = 0;
      if (digits(s, n, i + 1, 2, &th)) {
        size_t k = i + 3;
        if (k < n && s[k] == ':') k++;
        if (!digits(s, n, k, 2, &tm)) tm = 0;
        if (th <= 14 && tm < 60) {
          tz = (th * 60 + tm) * (s[i] == '-' ? -1 : 1);
          has_tz = 1;
        }
      }
    } else if (i + 3 <= n && (ascii_ieq(s + i, 3, "GMT", 3) || ascii_ieq(s + i, 3, "UTC", 3)))
      has_tz = 1;
  } else hh = -1;
  fmt_date(out, y, m, d, hh, mi, ss, has_tz, tz);
  return 1;
}

int dl_html_norm_date(const char *s, size_t n, char *out)
{
  dl_timex_list tl;
  size_t i;
  int ok = 0;
  out[0] = '\0';
  while (n > 0 && DL_IS_SPACE(*s)) { s++; n--; }
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  if (n == 0) return 0;
  if (norm_iso(s, n, out)) return 1;
  /* Anything else ("Tue, 22 Oct 2024", "October 22, 2024 3:04 PM"): the
   * first fully specified date the timex recognizer finds. */
  if (n > 400) n = 400;
  dl_timex_list_init(&tl);
  if (dl_timex_scan(s, n, NULL, &tl) == DL_OK) {
    for (i = 0; i < tl.n && !ok; i++) {
      const char *v = tl.items[i].value;
      if (tl.items[i].type == DL_TIMEX_DATE || tl.items[i].type == DL_TIMEX_TIME) {
        int y, m, d;
        if (strlen(v) >= 10 && digits(v, 10, 0, 4, &y) && v[4] == '-'
            && digits(v, 10, 5, 2, &m) && v[7] == '-' && digits(v, 10, 8, 2, &d)
            && valid_ymd(y, m, d)) {
          fmt_date(out, y, m, d, -1, 0, 0, 0, 0);
          ok = 1;
        }
      }
    }
  }
  dl_timex_list_free(&tl);
  return ok;
}

/* A date in a URL path: /2024/10/22/, /2024-10-22/, -20241022- ... */
static int url_date(const char *u, size_t n, char *out)
{
  size_t i;
  for (i = 0; i + 10 <= n; i++) {
    int y, m, d;
    char sep;
    if (u[i] != '/' && u[i] != '-' && u[i] != '_') continue;
    if (!digits(u, n, i + 1, 4, &y) || y < 1990 || y > 2099) continue;
    sep = i + 5 < n ? u[i + 5] : 0;
    if ((sep == '/' || sep == '-') && digits(u, n, i + 6, 2, &m) && i + 8 < n
        && u[i + 8] == sep && digits(u, n, i + 9, 2, &d)
        && (i + 11 >= n || !DL_IS_DIGIT(u[i + 11])) && valid_ymd(y, m, d)) {
      fmt_date(out, y, m, d, -1, 0, 0, 0, 0);
      return 1;
    }
    if (digits(u, n, i + 5, 2, &m) && digits(u, n, i + 7, 2, &d)
        && (i + 9 >= n || !DL_IS_ALNUM(u[i + 9])) && valid_ymd(y, m, d)) {
      fmt_date(out, y, m, d, -1, 0, 0, 0, 0);
      return 1;
    }
  }
  return 0;
}

/* ===================================================================== */
/* Authors                                                               */
/* ===================================================================== */

/* Not people: wire services, broadcasters' news desks, a wire story's
 * closing mark ("(END)", "-- MORE") (lower case, sorted). */
static const char *const agencies[] = {
  "aap", "abc news", "accesswire", "afp", "afp staff", "agence france presse",
  "agence france-presse", "agencies", "al jazeera", "anadolu",
  "anadolu agency", "ani", "ansa", "antara", "ap", "ap staff",
  "associated press", "bbc", "bbc news", "bernama", "bloomberg",
  "bloomberg news", "business wire", "cbs news", "cnbc", "cnn",
  "dow jones", "dow jones newswires", "dpa", "editorial board", "efe", "end",
  "fox news", "globe newswire", "globenewswire", "ians", "kyodo", "kyodo news", "marketwatch", "more",
  "nbc news", "news agencies", "news desk", "newsroom", "npr", "pa",
  "pa media", "pr newswire", "press association", "prnewswire", "pti", "reuters", "reuters staff",
  "sky news", "staff", "staff reporter", "staff writer", "staff writers",
  "tass", "the associated press", "the editorial board", "uni", "upi", "web desk",
  "wire reports", "wire services", "xinhua", "yonhap",
};

/* Words of job titles (lower case, sorted); a part made only of these
 * (and of/the/and/for) is a role, not a name. */
static const char *const role_words[] = {
  "analyst", "and", "associate", "bureau", "business", "chief", "columnist",
  "contributing", "contributor", "correspondent", "deputy", "desk", "economics",
  "editor", "executive", "fellow", "for", "foreign", "intern", "international",
  "journalist", "managing", "national", "news", "of", "photographer",
  "political", "producer", "reporter", "reporters", "senior", "special", "staff",
  "team", "the", "writer", "writers",
};

static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
  size_t lo = 0, hi = n;
  char low[48];
  size_t i;
  if (len == 0 || len >= sizeof low) return 0;
  for (i = 0; i < len; i++) low[i] = DL_LOWER(s[i]);
  low[len] = '\0';
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(list[mid], low);
    if (c == 0) return 1;
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return 0;
}

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

/* The nouns a job title ends with (lower case, sorted): "Local Democracy
 * Reporter", "Courier Staff Writer" are roles whatever comes before, as
 * a desk's "The Hindustan Herald Bureau", a station's "KXYZ Web Team" and
 * an unsigned "Staff Report" are. */
static const char *const role_heads[] = {
  "analyst", "bureau", "columnist", "contributor", "correspondent", "desk", "editor", "intern",
  "journalist", "newsroom", "photographer", "producer", "report", "reporter", "reporters", "reports",
  "staff", "team", "writer", "writers",
};

/* Words of a paper's name (lower case, sorted): "Times Herald" before
 * "Staff Writer" is the paper, not a writer. */
static const char *const paper_words[] = {
  "beacon", "bee", "bulletin", "chronicle", "citizen", "courier", "daily", "democrat",
  "dispatch", "eagle", "enterprise", "examiner", "express", "gazette", "globe", "herald",
  "independent", "inquirer", "journal", "leader", "ledger", "mail", "messenger",
  "observer", "post", "press", "record", "register", "republican", "review", "sentinel",
  "standard", "star", "sun", "telegraph", "times", "tribune", "weekly",
};

/* Is s[0..n) two or three capitalized words, none a role's or a paper's
 * word: a writer's name before "Staff Writer"? */
static int name_before_title(const char *s, size_t n)
{
  size_t i = 0, words = 0;
  while (i < n) {
    size_t b = i;
    while (i < n && s[i] != ' ') i++;
    if (i == b || !DL_IS_UPPER(s[b])) return 0;
    if (in_list(role_words, NELEM(role_words), s + b, i - b)
        || in_list(paper_words, NELEM(paper_words), s + b, i - b)) return 0;
    words++;
    while (i < n && s[i] == ' ') i++;
  }
  return words >= 2 && words <= 3;
}

/* Is s[0..n) two capitalized words, the first a known given name that is
 * no place's name ("Jane Bureau"; not "Austin Bureau", a paper's desk in
 * that city)? */
static int given_then_word(const char *s, size_t n)
{
  size_t i = 0, k;
  char w[32];
  while (i < n && s[i] != ' ') i++;
  if (i == 0 || i + 2 > n || !DL_IS_UPPER(s[0]) || !DL_IS_UPPER(s[i + 1])) return 0;
  if (memchr(s + i + 1, ' ', n - i - 1) || i >= sizeof w) return 0;
  /* in capitals too ("JANE BUREAU"): the name table holds "Jane" */
  for (k = 1; k < i && !DL_IS_LOWER(s[k]); k++) {}
  if (k < i) return dl_given_name_find(s, i) != NULL && !dl_known_place(s, i);
  for (k = 0; k < i; k++) w[k] = k > 0 ? DL_LOWER(s[k]) : s[k];
  return dl_given_name_find(w, i) != NULL && !dl_known_place(s, i);
}

static int is_role(const char *s, size_t n)
{
  size_t i = 0;
  int words = 0;
  while (i < n) {
    size_t b;
    while (i < n && s[i] == ' ') i++;
    b = i;
    while (i < n && s[i] != ' ') i++;
    if (i > b) {
      if (!in_list(role_words, NELEM(role_words), s + b, i - b)) return 0;
      words++;
    }
  }
  return words > 0;
}

/* First words of a time stamp line (lower case, sorted). */
static const char *const stamp_words[] = {
  "last", "modified", "posted", "published", "updated",
};

/* Length of a leading "By", "Written by", "Reporting by" ... or 0
 * ("Von", "Par", "Por": the same in German, French, Spanish). */
static size_t by_prefix(const char *s, size_t n)
{
  static const char *const pre[] = {
    "by:", "by ", "written by ", "reported by ", "reporting by ", "posted by ",
    "words by ", "story by ", "text by ", "from ", "von ", "par ", "por ",
    /* a label with its colon, the name glued on ("Text by:FRANCE 24") */
    "written by:", "reported by:", "story by:", "text by:", "words by:",
  };
  size_t k;
  for (k = 0; k < NELEM(pre); k++) {
    size_t m = strlen(pre[k]);
    if (n >= m && ascii_ieq(s, m, pre[k], m)) return m;
  }
  return 0;
}

static void trim(const char **s, size_t *n)
{
  while (*n > 0 && ((*s)[0] == ' ' || (*s)[0] == '-' || (*s)[0] == ':'
                    || (*s)[0] == '(' || (*s)[0] == '.' || (*s)[0] == '*')) { (*s)++; (*n)--; }
  while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '-' || (*s)[*n - 1] == ':'
                    || (*s)[*n - 1] == ')' || (*s)[*n - 1] == '.' || (*s)[*n - 1] == '*')) (*n)--;
}

/* One part of a byline: clean it and hand it to add() if it is a name. */
static size_t author_part(const char *s, size_t n,
                          void (*add)(void *, const char *, size_t), void *ctx)
{
  size_t i, words = 1, k;
  int given;
  trim(&s, &n);
  for (;;) {
    size_t b = by_prefix(s, n);
    if (!b && n > 4 && ascii_ieq(s, 4, "and ", 4)) b = 4;
    if (!b) break;
    s += b;
    n -= b;
    trim(&s, &n);
  }
  /* "Updated: Aug 14, 2024": a time stamp beside the byline, no name */
  for (i = 0; i < n && DL_IS_ALPHA(s[i]); i++) {}
  if (in_list(stamp_words, NELEM(stamp_words), s, i)) return 0;
  /* "Jane Doe in Kyiv", "Jane Doe - Reuters": cut at " in " + capital,
   * or at a spaced dash */
  for (i = 0; i + 4 < n; i++) {
    if (s[i] == ' ' && s[i + 1] == 'i' && s[i + 2] == 'n' && s[i + 3] == ' '
        && DL_IS_UPPER(s[i + 4])) { n = i; break; }
    if (s[i] == ' ' && s[i + 1] == 'o' && s[i + 2] == 'n' && s[i + 3] == ' ' && i > 3) {
      n = i;
      break;
    }
    if (s[i] == ' ' && (s[i + 1] == '-' || (unsigned char)s[i + 1] == 0xE2) && i > 3) {
      size_t adv;
      int32_t cp = dl_utf8_decode(s + i + 1, n - i - 1, &adv);
      if ((cp == '-' || dl_cp_is_dash(cp)) && i + 1 + adv < n && s[i + 1 + adv] == ' ') { n = i; break; }
    }
  }
  trim(&s, &n);
  /* "Jane Doe 22 July 2025", "Jane Doe Updated March 3": the name ends
   * where a date or a number begins */
  for (i = 0, k = 0; i < n; i++) {
    size_t e = i;
    if (i > 0 && s[i - 1] != ' ') continue;
    while (e < n && s[e] != ' ') e++;
    if (k >= 2 && (DL_IS_DIGIT(s[i]) || dl_month_from_name(s + i, e - i)
                   || dl_weekday_from_name(s + i, e - i)
                   || ascii_ieq(s + i, e - i, "updated", 7)
                   || ascii_ieq(s + i, e - i, "published", 9)
                   || ascii_ieq(s + i, e - i, "posted", 6))) {
      n = i;
      trim(&s, &n);
      break;
    }
    k++;
  }
  for (i = n; i > 0 && s[i - 1] != ' '; i--) {}
  if (in_list(role_heads, NELEM(role_heads), s + i, n - i)) {
    /* "Hollis Grant Staff Writer" (a byline typed in one field): a name
     * of two or three capitalized words before "Staff" and the title;
     * "Courier Staff Writer", "Daily News Staff Writer" and "Times
     * Herald Staff Writer" name the paper */
    size_t b = i, e2;
    if (given_then_word(s, n)) {
      /* "Jane Bureau", "Tom Desk", "Ana Staff": a known given name, then
       * the surname; "Metro Desk", "Reuters Bureau" open with none */
    } else {
      if (b < 7 || !ascii_ieq(s + b - 6, 6, "staff ", 6) || s[b - 7] != ' ') return 0;
      e2 = b - 7;
      if (!name_before_title(s, e2)) return 0;
      n = e2;
    }
  }
  /* "Lindsay Whitehurst Associated Press": an agency after the name (not
   * the surname of "Ana Staff", "Mary Newsroom") */
  given = given_then_word(s, n);   /* once: n holds until the loop ends */
  for (i = n; i > 0; i--) {
    if (s[i - 1] != ' ') continue;
    if (given && in_list(role_heads, NELEM(role_heads), s + i, n - i)) break;
    if (in_list(agencies, NELEM(agencies), s + i, n - i)) {
      n = i - 1;
      trim(&s, &n);
      break;
    }
  }
  if (n < 2 || n > 60) return 0;
  if (in_list(agencies, NELEM(agencies), s, n) || is_role(s, n)) return 0;
  if (dl_month_from_name(s, n) || dl_weekday_from_name(s, n)) return 0;
  for (k = 0; k < n; k++) {
    if (DL_IS_DIGIT(s[k]) || s[k] == '@' || s[k] == '/' || s[k] == '|') return 0;
    if (s[k] == ' ') words++;
  }
  if (words > 5) return 0;
  if (!(DL_IS_UPPER(s[0]) || (unsigned char)s[0] >= 0x80)) return 0;
  {
    /* "MARK SHERMAN" (wire bylines in capitals): "Mark Sherman" */
    char name[64];
    int lower = 0, upper = 0;
    for (k = 0; k < n; k++) {
      if (DL_IS_LOWER(s[k])) lower++;
      else if (DL_IS_UPPER(s[k])) upper++;
    }
    /* "By Hassan Idris, SUNA": one word in capitals, a few letters (the
     * agencies list already tried), is an agency's or outlet's initials,
     * not a writer */
    if (lower == 0 && words == 1 && n <= DL_MAX_BYLINE_INITIALS) return 0;
    if (lower == 0 && upper >= 2) {
      memcpy(name, s, n);
      for (k = 0; k < n; k++) {
        int start = k == 0 || name[k - 1] == ' ' || name[k - 1] == '-' || name[k - 1] == '\'';
        unsigned char b = (unsigned char)name[k];
        if (DL_IS_UPPER(name[k]) && !start) name[k] = DL_LOWER(name[k]);
        else if (b == 0xC3 && k + 1 < n && !start) {   /* Latin-1 capitals: À..Þ but × */
          unsigned char b2 = (unsigned char)name[k + 1];
          if (b2 >= 0x80 && b2 <= 0x9E && b2 != 0x97) name[k + 1] = (char)(b2 + 0x20);
          k++;
        } else if (b >= 0x80) {   /* skip the rest of a multibyte character */
          while (k + 1 < n && ((unsigned char)name[k + 1] & 0xC0) == 0x80) k++;
        }
      }
      add(ctx, name, n);
      return 1;
    }
  }
  add(ctx, s, n);
  return 1;
}

size_t dl_html_split_authors(const char *s, size_t n,
                             void (*add)(void *ctx, const char *name, size_t len),
                             void *ctx)
{
  size_t i = 0, b = 0, count = 0;
  int after_comma = 0;
  while (i <= n) {
    size_t cut = 0;
    if (i == n) cut = 1;
    else if (s[i] == ',' || s[i] == ';' || s[i] == '|' || s[i] == '&' || s[i] == '/'
             || s[i] == '\n')
      cut = 1;
    else if (s[i] == ' ' && i + 5 <= n && (ascii_ieq(s + i, 5, " and ", 5)
                                           || ascii_ieq(s + i, 5, " und ", 5))) cut = 5;
    else if (s[i] == ' ' && i + 4 <= n && ascii_ieq(s + i, 4, " et ", 4)) cut = 4;
    else if (s[i] == ' ' && i + 3 <= n && ascii_ieq(s + i, 3, " y ", 3)) cut = 3;
    else if (s[i] == ' ' && i + 6 <= n && ascii_ieq(s + i, 6, " with ", 6)) cut = 6;
    else if ((unsigned char)s[i] == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
             && ((unsigned char)s[i + 2] == 0xA2 || (unsigned char)s[i + 2] == 0x94))
      cut = 3;   /* bullet, em dash */
    if (cut) {
      /* "Staff Correspondent, Barishal", "Leke Baiyewu, Abuja": one word
       * after a comma is the writer's place (or outlet), not a writer */
      size_t pb = b, pe = i;
      while (pb < pe && s[pb] == ' ') pb++;
      while (pe > pb && s[pe - 1] == ' ') pe--;
      if (pe > pb && !(after_comma && !memchr(s + pb, ' ', pe - pb)))
        count += author_part(s + b, i - b, add, ctx);
      if (i == n) break;
      after_comma = s[i] == ',';
      i += cut;
      b = i;
      continue;
    }
    i++;
  }
  return count;
}

/* ===================================================================== */
/* Tags and class/id hints                                               */
/* ===================================================================== */

enum {
  TF_BLOCK = 1u << 0,   /* starts and ends a paragraph */
  TF_JUNK = 1u << 1,    /* never text (script, style, forms controls...) */
  TF_STRICT = 1u << 2,  /* dropped in the strict run (nav, aside, footer) */
  TF_PARA = 1u << 3,    /* a paragraph to score (p, pre, td) */
  TF_DIVLIKE = 1u << 4, /* scored like a paragraph when it has no blocks */
  TF_HEAD = 1u << 5,    /* h1..h6 */
  TF_CELL = 1u << 6,    /* td, th: a space between cells */
  TF_CLEAN = 1u << 7,   /* cleaned conditionally (div, ul, table...) */
  TF_NODESC = 1u << 8   /* never descended (script, style, svg...) */
};

enum {
  T_A, T_ADDRESS, T_ARTICLE, T_ASIDE, T_AUDIO, T_BLOCKQUOTE, T_BODY, T_BR,
  T_BUTTON, T_CANVAS, T_CAPTION, T_CENTER, T_DD, T_DETAILS, T_DIALOG, T_DIV,
  T_DL, T_DT, T_EMBED, T_FIELDSET, T_FIGCAPTION, T_FIGURE, T_FOOTER, T_FORM,
  T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD, T_HEADER, T_HGROUP, T_HR,
  T_HTML, T_IFRAME, T_IMG, T_INPUT, T_LI, T_LINK, T_MAIN, T_MAP, T_MATH,
  T_MENU, T_META, T_NAV, T_NOSCRIPT, T_OBJECT, T_OL, T_OPTION, T_P,
  T_PICTURE, T_PRE, T_SCRIPT, T_SECTION, T_SELECT, T_STYLE, T_SUMMARY, T_SVG,
  T_TABLE, T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA, T_TFOOT, T_TH, T_THEAD,
  T_TIME, T_TITLE, T_TR, T_UL, T_VIDEO,
  T_OTHER, T_AMP   /* not in the table: unknown tags; amp-* components */
};

typedef struct tagdef {
  const char *name;
  uint16_t flags;
  int8_t base;   /* Readability's initial score for a candidate */
} tagdef;

#define B TF_BLOCK
#define J (TF_JUNK | TF_NODESC)
static const tagdef tags[] = {   /* sorted by name, in the order of the enum */
  {"a", 0, 0}, {"address", B, -3}, {"article", B | TF_DIVLIKE, 10},
  {"aside", B | TF_STRICT | TF_CLEAN, 0}, {"audio", J, 0},
  {"blockquote", B, 3}, {"body", B, 0}, {"br", 0, 0}, {"button", J, 0},
  {"canvas", J, 0}, {"caption", B, 0}, {"center", B | TF_DIVLIKE, 0},
  {"dd", B, -3}, {"details", B, 0}, {"dialog", J, 0},
  {"div", B | TF_DIVLIKE | TF_CLEAN, 5}, {"dl", B, -3}, {"dt", B, -3},
  {"embed", J, 0}, {"fieldset", B | TF_CLEAN, 0}, {"figcaption", B | TF_JUNK, 0},
  {"figure", B | TF_CLEAN, 0}, {"footer", B | TF_STRICT | TF_CLEAN, 0},
  {"form", B | TF_CLEAN, -3},
  {"h1", B | TF_HEAD, -5}, {"h2", B | TF_HEAD, -5}, {"h3", B | TF_HEAD, -5},
  {"h4", B | TF_HEAD, -5}, {"h5", B | TF_HEAD, -5}, {"h6", B | TF_HEAD, -5},
  {"head", TF_JUNK, 0}, {"header", B | TF_CLEAN, 0}, {"hgroup", B, 0},
  {"hr", B, 0}, {"html", B, 0}, {"iframe", J, 0}, {"img", 0, 0},
  {"input", J, 0}, {"li", B, -3}, {"link", 0, 0}, {"main", B | TF_DIVLIKE, 5},
  {"map", J, 0}, {"math", J, 0}, {"menu", B | TF_STRICT, -3}, {"meta", 0, 0},
  {"nav", B | TF_JUNK, 0}, {"noscript", J, 0}, {"object", J, 0},
  {"ol", B | TF_CLEAN, -3}, {"option", J, 0}, {"p", B | TF_PARA, 0},
  {"picture", 0, 0}, {"pre", B | TF_PARA, 3}, {"script", TF_JUNK | TF_NODESC, 0},
  {"section", B | TF_DIVLIKE | TF_CLEAN, 0}, {"select", J, 0},
  {"style", J, 0}, {"summary", B, 0}, {"svg", J, 0},
  {"table", B | TF_CLEAN, 0}, {"tbody", B, 0}, {"td", B | TF_CELL | TF_PARA, 3},
  {"template", J, 0}, {"textarea", J, 0}, {"tfoot", B, 0},
  {"th", B | TF_CELL, -5}, {"thead", B, 0}, {"time", 0, 0}, {"title", TF_JUNK, 0},
  {"tr", B, 0}, {"ul", B | TF_CLEAN, -3}, {"video", J, 0},
};
#undef B
#undef J

static int tag_of(const char *name)
{
  size_t lo = 0, hi = NELEM(tags);
  if (name[0] == 'a' && name[1] == 'm' && name[2] == 'p' && name[3] == '-') {
    /* a web story's pages and layers hold its text: plain containers */
    if (strncmp(name + 4, "story", 5) == 0 && strcmp(name + 9, "-bookend") != 0)
      return T_OTHER;
    return T_AMP;
  }
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(tags[mid].name, name);
    if (c == 0) return (int)mid;
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return T_OTHER;
}

static uint16_t tag_flags(int t)
{
  if (t == T_AMP) return TF_JUNK | TF_NODESC;
  if (t == T_OTHER) return 0;
  return tags[t].flags;
}

/* Kinds of class/id words (eight at most, H_UPDATED the last: hints_cached
 * keeps them in a byte, hint_bytes_check). */
enum {
  H_DROP = 1,      /* comment, share, related, cookie...: not the article */
  H_SOFT = 2,      /* byline, date, caption, tags: dropped when short */
  H_POS = 4,       /* article, story, content, entry, body, text... */
  H_HEADER = 8,    /* header, masthead: dropped unless also positive */
  H_BYLINE = 16, H_AUTHOR = 32, H_DATE = 64, H_UPDATED = 128
};

typedef struct hintdef { const char *word; uint8_t kind; } hintdef;

/* Whole words (after splitting on - _ and camelCase), sorted. */
static const hintdef hint_words[] = {
  {"ad", H_DROP}, {"ads", H_DROP}, {"adv", H_DROP}, {"aside", H_DROP},
  {"auteur", H_SOFT | H_AUTHOR}, {"auteurs", H_SOFT | H_AUTHOR},
  {"author", H_SOFT | H_AUTHOR}, {"authors", H_SOFT | H_AUTHOR},
  {"autor", H_SOFT | H_AUTHOR}, {"autoren", H_SOFT | H_AUTHOR},
  {"bio", H_DROP},
  /* a social post embedded in the story ("instagram-media",
   * "tiktok-embed", "bluesky-embed"), like a tweet: its text and its
   * signature are no paragraph of the story */
  {"bluesky", H_DROP},
  {"byline", H_SOFT | H_BYLINE}, {"bylines", H_SOFT | H_BYLINE},
  /* a boxed aside in the text (Ghost's "kg-callout-card"): a tip line or
   * a plug, like <aside> */
  {"callout", H_DROP},
  {"caption", H_SOFT}, {"categories", H_SOFT}, {"category", H_SOFT},
  {"chapo", H_SOFT}, {"community", H_DROP}, {"contributions", H_DROP},
  {"credit", H_SOFT}, {"credits", H_SOFT}, {"cta", H_DROP},
  {"dachzeile", H_SOFT}, {"date", H_SOFT | H_DATE}, {"deck", H_SOFT}, {"dek", H_SOFT},
  {"dialog", H_DROP}, {"donate", H_DROP}, {"donation", H_DROP}, {"eyebrow", H_SOFT},
  {"header", H_HEADER}, {"hidden", H_DROP}, {"instagram", H_DROP},
  {"kicker", H_SOFT},
  {"login", H_DROP}, {"masthead", H_HEADER}, {"meta", H_SOFT}, {"modified", H_SOFT | H_UPDATED},
  {"more", 0}, {"mostread", H_DROP}, {"nav", H_DROP}, {"offscreen", H_DROP},
  {"overlay", H_DROP}, {"pager", H_DROP}, {"player", H_DROP},
  {"popular", H_DROP},
  {"posted", H_SOFT | H_DATE}, {"pubdate", H_SOFT | H_DATE},
  {"published", H_SOFT | H_DATE},
  /* a line of the story repeated large beside it: not a paragraph */
  {"pullquote", H_DROP},
  {"rail", H_DROP}, {"recirc", H_DROP},
  {"replies", H_DROP}, {"reply", H_DROP},
  /* "<div class=reporter>Staff Correspondent, Barishal</div>": a byline */
  {"reporter", H_SOFT | H_BYLINE},
  {"screen", H_DROP}, {"search", H_DROP},
  {"signin", H_DROP},
  {"signup", H_DROP}, {"skip", H_DROP}, {"sr", H_DROP}, {"standfirst", H_SOFT},
  {"strapline", H_SOFT}, {"summary", H_SOFT}, {"tag", H_SOFT},
  {"tags", H_SOFT}, {"teaser", H_SOFT}, {"tiktok", H_DROP},
  {"time", H_SOFT | H_DATE},
  {"timestamp", H_SOFT | H_DATE},
  {"toolbar", H_DROP}, {"tools", H_DROP}, {"tweet", H_DROP},
  {"updated", H_SOFT | H_UPDATED}, {"video", H_DROP}, {"visually", H_DROP},
};

/* Roots found anywhere inside a word ("commentlist", "sharebar"); fewer
 * than 256 (hint_index, hint_bytes_check). */
static const hintdef hint_roots[] = {
  {"advert", H_DROP}, {"article", H_POS}, {"banner", H_DROP},
  {"body", H_POS}, {"breadcrumb", H_DROP}, {"comentario", H_DROP},
  {"comment", H_DROP}, {"consent", H_DROP}, {"content", H_POS}, {"cookie", H_DROP},
  {"disqus", H_DROP}, {"entry", H_POS}, {"footer", H_DROP}, {"gdpr", H_DROP},
  {"kommentar", H_DROP}, {"main", H_POS}, {"menu", H_DROP}, {"modal", H_DROP}, {"navbar", H_DROP},
  {"navigation", H_DROP}, {"newsletter", H_DROP}, {"outbrain", H_DROP},
  {"pagination", H_DROP}, {"popup", H_DROP}, {"post", H_POS}, {"promo", H_DROP},
  {"prose", H_POS}, {"recommend", H_DROP}, {"related", H_DROP},
  {"share", H_DROP}, {"sharing", H_DROP}, {"sidebar", H_DROP},
  {"social", H_DROP}, {"sponsor", H_DROP}, {"story", H_POS},
  {"subscri", H_DROP}, {"taboola", H_DROP}, {"text", H_POS},
  {"trending", H_DROP}, {"widget", H_DROP},
};

/* Where the roots of each first letter are in hint_roots, and their
 * lengths: made once per page (hint_index_init), read at every position
 * of every class and id word. */
typedef struct hint_index {
  uint8_t lo[256], hi[256];
  uint8_t len[NELEM(hint_roots)];
} hint_index;

/* hint_index keeps indexes of hint_roots in a byte, and hcache_kind the
 * H_* kinds of a value: both must fit. */
typedef char hint_bytes_check[(NELEM(hint_roots) < 256 && H_UPDATED <= 0x80) ? 1 : -1];

static void hint_index_init(hint_index *x)
{
  size_t k;
  memset(x->lo, 0, sizeof x->lo);
  memset(x->hi, 0, sizeof x->hi);
  for (k = NELEM(hint_roots); k-- > 0;) {   /* backwards: lo ends at the first */
    unsigned char f = (unsigned char)hint_roots[k].word[0];
    if (!x->hi[f]) x->hi[f] = (uint8_t)(k + 1);
    x->lo[f] = (uint8_t)k;
    x->len[k] = (uint8_t)strlen(hint_roots[k].word);
  }
}

static unsigned hint_word(const hint_index *x, const char *w, size_t n)
{
  size_t lo = 0, hi = NELEM(hint_words), k;
  unsigned kind = 0;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strncmp(hint_words[mid].word, w, n);
    if (c == 0 && hint_words[mid].word[n] != '\0') c = 1;
    if (c == 0) { kind = hint_words[mid].kind; break; }
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  if (n >= 4) {   /* roots anywhere: at each position, the roots of its letter */
    size_t i;
    for (i = 0; i + 4 <= n; i++) {
      unsigned char f = (unsigned char)w[i];
      for (k = x->lo[f]; k < x->hi[f]; k++) {
        size_t m = x->len[k];
        if (i + m <= n && memcmp(w + i, hint_roots[k].word, m) == 0) kind |= hint_roots[k].kind;
      }
    }
  }
  return kind;
}

/* Does s[0..n) go on with "-only", "-premium", "-preview" or "-content"
 * (after one separator, or in camelCase: "subscriberOnly"), the mark of a
 * subscriber's part of the text? */
static int gated_text_word(const char *s, size_t n)
{
  static const char *const words[] = { "content", "only", "premium", "preview" };
  size_t k, b, e;
  if (n == 0 || (DL_IS_ALNUM(s[0]) && !DL_IS_UPPER(s[0]))) return 0;
  b = DL_IS_UPPER(s[0]) ? 0 : 1;
  for (e = b + 1; e < n && DL_IS_ALNUM(s[e]) && !DL_IS_UPPER(s[e]); e++) {}
  if (e > n) return 0;
  for (k = 0; k < NELEM(words); k++)
    if (ascii_ieq(s + b, e - b, words[k], strlen(words[k]))) return 1;
  return 0;
}

/* Classify a class or id attribute: an OR of H_* kinds; *pos and *neg
 * tell whether it counts as a positive or negative hint. */
static unsigned hints_of(const hint_index *x, const char *s, int *pos, int *neg)
{
  unsigned all = 0;
  size_t i = 0;
  while (s[i]) {
    size_t wb, we;
    int skip_word = 0, first = 1, prev_label = 0, prev_pull = 0;
    while (s[i] && DL_IS_SPACE(s[i])) i++;
    wb = i;
    while (s[i] && !DL_IS_SPACE(s[i])) i++;
    we = i;
    /* WordPress post classes: "category-social", "tag-comments" name
     * taxonomy terms, not page parts */
    {
      size_t j = wb;
      while (j < we) {
        char tok[32];
        size_t tn = 0;
        unsigned k;
        while (j < we && !DL_IS_ALNUM(s[j])) j++;
        while (j < we && DL_IS_ALNUM(s[j])) {
          if (tn > 0 && DL_IS_UPPER(s[j]) && DL_IS_LOWER(s[j - 1])) break;  /* camelCase */
          if (tn < sizeof tok) tok[tn++] = DL_LOWER(s[j]);
          j++;
        }
        if (tn == 0 || tn >= sizeof tok) continue;
        /* "field--label-hidden" (Drupal): the element's label is hidden,
         * not the element */
        if (tn == 6 && memcmp(tok, "hidden", 6) == 0 && prev_label) continue;
        prev_label = tn == 5 && memcmp(tok, "label", 5) == 0;
        /* "pull-quote", "pull_quote", "pullQuote": the split word
         * "pullquote", a line of the story repeated large beside it */
        if (tn == 5 && memcmp(tok, "quote", 5) == 0 && prev_pull) all |= H_DROP;
        prev_pull = tn == 4 && memcmp(tok, "pull", 4) == 0;
        /* "elementor-widget-text-editor": every block of an Elementor
         * page is a "widget", not a sidebar's; but a WordPress widget
         * placed in one is ("elementor-widget-wp-widget-recent-posts") */
        if (tn == 6 && memcmp(tok, "widget", 6) == 0 && we - wb >= 10
            && j - tn == wb + 10 && ascii_ieq(s + wb, 10, "elementor-", 10))
          continue;
        /* "dialog-off-canvas-main-canvas": the wrapper of every Drupal
         * page, not a dialog */
        if (tn == 6 && memcmp(tok, "dialog", 6) == 0 && we - j >= 11
            && memcmp(s + j, "-off-canvas", 11) == 0)
          break;
        /* "subscriber-only", "subscriber-premium", "subscriber-preview"
         * (TownNews/BLOX): the story's own text, the part shown to
         * subscribers or before the wall, not an offer to subscribe */
        if ((tn == 10 || tn == 11) && memcmp(tok, "subscriber", 10) == 0
            && (tn == 10 || tok[10] == 's') && gated_text_word(s + j, we - j))
          continue;
        if (first && j < we && ((tn == 8 && memcmp(tok, "category", 8) == 0)
                                || (tn == 3 && memcmp(tok, "tag", 3) == 0))) {
          skip_word = 1;
        }
        first = 0;
        if (skip_word) break;
        k = hint_word(x, tok, tn);
        all |= k;
      }
    }
  }
  if (all & H_POS) *pos = 1;
  if (all & (H_DROP | H_HEADER)) *neg = 1;
  return all;
}

/* ===================================================================== */
/* Extraction context                                                    */
/* ===================================================================== */

enum {
  NF_JUNK = 1,      /* hidden or junk tag: never text */
  NF_DROP = 2,      /* dropped in the strict run */
  NF_SOFT = 4,      /* dropped when short */
  NF_CAND = 8,      /* received paragraph score */
  NF_BLOCKKID = 16, /* has a block child */
  NF_BODY = 32,     /* itemprop=articleBody */
  NF_MJ = 64,       /* junk in the current run (inherited) */
  NF_INMAIN = 128   /* inside <article>, <main> or a positive hint */
};

/* The page's tree (built by the SAX callbacks further down). */
enum { HN_DOC, HN_ELEM, HN_TEXT, HN_CDATA, HN_OTHER };

/* The kept attributes (kept_attrs, same order). */
enum { A_ARIA_HIDDEN, A_CLASS, A_CONTENT, A_DATETIME, A_HIDDEN, A_HREF,
       A_HTTP_EQUIV, A_ID, A_ITEMPROP, A_ITEMSCOPE, A_LANG, A_NAME, A_PROPERTY,
       A_PUBDATE, A_REL, A_ROLE, A_STYLE, A_TITLE, A_TYPE, A_XML_LANG };

typedef struct hattr {
  const char *v;    /* the value, NUL-terminated ("" when none) */
  uint32_t off;     /* while parsing: the value's offset */
  uint8_t id;       /* A_* */
} hattr;

typedef struct hnode {
  struct hnode *parent, *children, *last, *next;
  const char *content;   /* text and CDATA: NUL-terminated */
  const hattr *attrs;    /* elements: nattr kept attributes */
  uint32_t off, len;     /* while parsing: offset of the text (len bytes) or attributes */
  uint32_t priv;         /* the element's nstat index + 1, 0 = none yet */
  uint8_t type, tag, nattr;
} hnode;

typedef struct nstat {
  hnode *node;
  uint32_t text, link, commas, np, nimg, ninput, nh, nembed;
  uint32_t ptext;        /* text in scored paragraphs */
  float pscore;
  int16_t weight;
  uint8_t tag, flags;
} nstat;

enum { F_TITLE, F_H1, F_TITLETAG, F_SITE, F_URL, F_DESC, F_PUB, F_MOD,
       F_LANG, F_VISDATE, F_H1DROP, NFIELD };

typedef struct frame {
  uint32_t idx;   /* node index + 1, 0 for the document */
  uint32_t scope; /* node index + 1 of the nearest itemscope, self included */
  uint8_t junk, inlink, inmain;
  uint8_t dropped; /* junk only because the strict run drops a part */
  uint8_t others;  /* inside a part that lists other items: comments, related */
} frame;

#define DL_HTML_HINT_SLOTS 128

/* JSON-LD bodies the pre-pass takes out of the page (strip_raw): libxml2
 * reads script text a character at a time and the metadata pass only
 * needs the bytes.  In the page libxml2 sees, body k is replaced by the
 * marker "@dl-ld:<k>:<hash of the body, 8 hex digits>"; the script's
 * text node then names it (ld_marker). */
typedef struct ld_span {
  size_t off, len;
  uint32_t hash;
  int read;   /* its marker met: a page's own copies of a marker name it
               * again, and must not have it parsed again and again */
} ld_span;
typedef struct ld_spans { ld_span *v; size_t n, cap; } ld_spans;
#define DL_LD_MARKER_MAX 40   /* "@dl-ld:" + 20 digits + ':' + 8 hex digits */

typedef struct hctx {
  nstat *ns;
  size_t nn, ncap;
  int strict, collect;
  dl_status st;
  const char *err;
  char *fv[NFIELD];
  int fp[NFIELD];
  char **authors;
  size_t nauth;
  int auth_prio;
  int ld_article;       /* an article object of JSON-LD was read */
  int og_website;       /* og:type says the page is a website, not an article */
  int title_from_tag;   /* the title is <title> with its site removed */
  char *ld_body;        /* JSON-LD articleBody */
  /* ".class" or "#id" of the parts JSON-LD marks as paywalled: hidden
   * from the reader by the page's script, but the article's own text */
  char paywall[DL_MAX_HTML_PAYWALL][DL_MAX_HTML_SELECTOR];
  int npaywall;
  /* a hidden element was met before any hasPart selector was known (the
   * JSON-LD comes after it in the page): the first pass is run again */
  int hidden_early;
  frame stack[DL_MAX_HTML_DEPTH + 2];
  int depth;
  uint32_t body_scope;  /* node index + 1 of the itemscope holding articleBody */
  buf tmp;              /* node_text's scratch buffer, reused */
  const xmlChar *tcache_name[64];   /* tag of an interned element name */
  uint8_t tcache_tag[64];
  const xmlChar *acache_name[64];   /* A_* id (or -1) of an interned attribute name */
  int8_t acache_id[64];
  /* hints_of of class and id values met, by the value's hash: a page
   * gives the same few values to many elements */
  hint_index hints;
  const char *ld_src;   /* the page strip_raw read: ld's offsets are into it */
  ld_spans ld;
  const char *hcache_val[DL_HTML_HINT_SLOTS];
  uint8_t hcache_kind[DL_HTML_HINT_SLOTS];
  char scratch[DL_MAX_HTML_META];
} hctx;

#define NS(c, node) (&(c)->ns[(size_t)(node)->priv - 1])

static void fail(hctx *c, dl_status st, const char *msg)
{
  if (c->st == DL_OK) { c->st = st; c->err = msg; }
}

/* Keep s[0..n) (white space collapsed, trimmed, capped) as field f when
 * prio beats what it has (lower is better; the first wins a tie). */
static void set_field(hctx *c, int f, int prio, const char *s, size_t n)
{
  buf b = {0};
  int space = 0;
  if (c->fv[f] && c->fp[f] <= prio) return;
  if (n > DL_MAX_HTML_META * 2) n = DL_MAX_HTML_META * 2;
  add_collapsed(&b, 0, s, n, &space);
  if (b.oom) { buf_free(&b); fail(c, DL_ENOMEM, "not enough memory"); return; }
  if (b.n == 0) { buf_free(&b); return; }
  if (b.n >= DL_MAX_HTML_META) b.n = cap_meta(b.p);
  free(c->fv[f]);
  c->fv[f] = b.p;
  c->fp[f] = prio;
}

static void set_date(hctx *c, int f, int prio, const char *s, size_t n)
{
  char iso[32];
  if (c->fv[f] && c->fp[f] <= prio) return;
  if (dl_html_norm_date(s, n, iso)) set_field(c, f, prio, iso, strlen(iso));
}

/* Is name[0..n) the site's own name ("FRANCE 24", "Metro Daily" for "The
 * Metro Daily")?  The outlet credited as the writer is no writer. */
static int is_site_name(const char *site, const char *name, size_t n)
{
  size_t sn;
  if (!site) return 0;
  sn = strlen(site);
  return ascii_ieq(name, n, site, sn)
         || (sn > 4 && ascii_ieq(site, 4, "the ", 4) && ascii_ieq(name, n, site + 4, sn - 4));
}

static void add_author(void *ctx, const char *name, size_t n)
{
  hctx *c = (hctx *)ctx;
  size_t i;
  char *copy;
  if (is_site_name(c->fv[F_SITE], name, n)) return;
  for (i = 0; i < c->nauth; i++)
    if (ascii_ieq(c->authors[i], strlen(c->authors[i]), name, n)) return;
  if (c->nauth >= DL_MAX_HTML_AUTHORS) return;
  copy = (char *)malloc(n + 1);
  if (!copy) { fail(c, DL_ENOMEM, "not enough memory"); return; }
  memcpy(copy, name, n);
  copy[n] = '\0';
  c->authors[c->nauth++] = copy;
}

/* Authors from a source of priority prio: a better source replaces the
 * list, an equal one adds to it, a worse one is ignored. */
static void set_authors(hctx *c, int prio, const char *s, size_t n)
{
  buf b = {0};
  int space = 0;
  size_t i;
  if (c->nauth && prio > c->auth_prio) return;
  if (!c->authors) {
    c->authors = (char **)calloc(DL_MAX_HTML_AUTHORS, sizeof *c->authors);
    if (!c->authors) { fail(c, DL_ENOMEM, "not enough memory"); return; }
  }
  if (n > DL_MAX_HTML_META) n = DL_MAX_HTML_META;
  add_collapsed(&b, 0, s, n, &space);
  if (b.oom) { buf_free(&b); fail(c, DL_ENOMEM, "not enough memory"); return; }
  if (b.n == 0) { buf_free(&b); return; }
  if (c->nauth && prio < c->auth_prio) {
    for (i = 0; i < c->nauth; i++) free(c->authors[i]);
    c->nauth = 0;
  }
  {
    size_t before = c->nauth;
    (void)dl_html_split_authors(b.p, b.n, add_author, c);
    if (c->nauth > before || c->nauth == 0) c->auth_prio = prio;
  }
  buf_free(&b);
}

/* The slot of an interned name in the 64-slot caches keyed by its
 * address (tag_cached, attr_id_cached). */
static size_t interned_slot(const xmlChar *name)
{
  return (size_t)(((uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15u) >> 58);
}

/* The tag of an element: element names are interned in the document's
 * dictionary, so a small cache keyed by the name's address saves most
 * lookups. */
static int tag_cached(hctx *c, const xmlChar *name)
{
  size_t h = interned_slot(name);
  int t;
  if (c->tcache_name[h] == name) return c->tcache_tag[h];
  t = tag_of((const char *)name);
  c->tcache_name[h] = name;
  c->tcache_tag[h] = (uint8_t)t;
  return t;
}

/* hints_of(v), from the cache when v was met before.  v stays valid for
 * the whole extraction (the tree's attribute values). */
static unsigned hints_cached(hctx *c, const char *v, int *pos, int *neg)
{
  uint32_t h = 2166136261u;
  const char *p;
  unsigned all;
  size_t slot;
  for (p = v; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
  slot = (h ^ (h >> 16)) & (DL_HTML_HINT_SLOTS - 1);
  if (c->hcache_val[slot] && strcmp(c->hcache_val[slot], v) == 0) {
    all = c->hcache_kind[slot];
    if (all & H_POS) *pos = 1;
    if (all & (H_DROP | H_HEADER)) *neg = 1;
    return all;
  }
  all = hints_of(&c->hints, v, pos, neg);
  c->hcache_val[slot] = v;
  c->hcache_kind[slot] = (uint8_t)all;
  return all;
}

/* The value of the attribute id (A_*) of node, or NULL. */
static const char *attr(const hnode *node, int id)
{
  size_t i;
  for (i = 0; i < node->nattr; i++)
    if (node->attrs[i].id == id) return node->attrs[i].v;
  return NULL;
}

/* Is w one of the whitespace-separated names of the attribute value v?
 * itemprop may list several: itemprop="description articleBody". */
static int has_token(const char *v, const char *w)
{
  size_t m = strlen(w);
  while (v && *v) {
    size_t b = 0;
    while (DL_IS_SPACE(*v)) v++;
    while (v[b] && !DL_IS_SPACE(v[b])) b++;
    if (b == m && memcmp(v, w, m) == 0) return 1;
    v += b;
  }
  return 0;
}

static int attr_has_word(const char *v, const char *w)
{
  return v && ascii_find(v, strlen(v), w) != NULL;
}

/* Does a class or id name a part that lists other items, whose authors
 * and dates are theirs ("comment-list", "related-posts"), even when a
 * careless template leaves them in the article's itemscope? */
static int holds_others(const char *v)
{
  return attr_has_word(v, "comment") || attr_has_word(v, "related")
         || attr_has_word(v, "recommend");
}

/* The visible text of a small subtree into c->scratch (collapsed, capped);
 * returns its length.  parts: a line break or a block inside becomes ';',
 * so that "By Jane Doe<br>Health Correspondent" splits into its parts. */
static size_t node_text_parts(hctx *c, hnode *root, int parts)
{
  buf *bp = &c->tmp;
  int space = 0;
  size_t visits = 0, n;
  hnode *cur = root->children;
  bp->n = 0;
  if (buf_reserve(bp, 256) != 0) { fail(c, DL_ENOMEM, "not enough memory"); return 0; }
  while (cur && cur != root && visits++ < 4096 && bp->n < DL_MAX_HTML_META) {
    int desc = 0;
    if (cur->type == HN_TEXT || cur->type == HN_CDATA) {
      if (cur->content) {   /* at most what can still be kept */
        const char *tx = (const char *)cur->content;
        size_t l = 0;
        while (l < DL_MAX_HTML_META && tx[l]) l++;
        add_collapsed(bp, 0, tx, l, &space);
      }
    } else if (cur->type == HN_ELEM) {
      int t = cur->tag;
      desc = !(tag_flags(t) & TF_JUNK);
      if (tag_flags(t) & (TF_BLOCK | TF_CELL) || t == T_BR) {
        if (parts && bp->n > 0 && bp->p[bp->n - 1] != ';') buf_addc(bp, ';');
        space = 1;
      }
    }
    if (desc && cur->children) { cur = cur->children; continue; }
    /* leaving a block ends a part too: "<p>By Ann Lee</p><time>Sept. 3" */
    for (;;) {
      if (cur->type == HN_ELEM && (tag_flags(cur->tag) & (TF_BLOCK | TF_CELL))) {
        if (parts && bp->n > 0 && bp->p[bp->n - 1] != ';') buf_addc(bp, ';');
        space = 1;
      }
      if (cur->next) break;
      cur = cur->parent;
      if (cur == root) break;
    }
    if (cur == root) break;
    cur = cur->next;
  }
  n = bp->n < DL_MAX_HTML_META ? bp->n : DL_MAX_HTML_META - 1;
  while (n > 0 && n < bp->n && ((unsigned char)bp->p[n] & 0xC0) == 0x80) n--;
  if (n) memcpy(c->scratch, bp->p, n);
  c->scratch[n] = '\0';
  if (bp->oom) fail(c, DL_ENOMEM, "not enough memory");
  return n;
}

static size_t node_text(hctx *c, hnode *root)
{
  return node_text_parts(c, root, 0);
}

/* ===================================================================== */
/* Metadata: meta tags and JSON-LD                                       */
/* ===================================================================== */

#define F_AUTHOR 100

typedef struct metadef { const char *key; int field, prio; } metadef;

static const metadef meta_keys[] = {   /* sorted by key (lower case) */
  {"application-name", F_SITE, 3},
  {"article.published", F_PUB, 4}, {"article.updated", F_MOD, 4},
  {"article:author", F_AUTHOR, 2}, {"article:modified_time", F_MOD, 2},
  {"article:published_time", F_PUB, 2}, {"article_date_original", F_PUB, 4},
  {"author", F_AUTHOR, 2}, {"byl", F_AUTHOR, 2}, {"content-language", F_LANG, 2},
  {"cxenseparse:recs:publishtime", F_PUB, 4}, {"date", F_PUB, 5},
  {"datemodified", F_MOD, 3}, {"datepublished", F_PUB, 3},
  {"dc.creator", F_AUTHOR, 3}, {"dc.date", F_PUB, 4}, {"dc.date.created", F_PUB, 4},
  {"dc.date.issued", F_PUB, 4}, {"dc.date.modified", F_MOD, 4},
  {"dc.description", F_DESC, 3}, {"dc.language", F_LANG, 3}, {"dc.title", F_TITLE, 4},
  {"dcterms.created", F_PUB, 4}, {"dcterms.creator", F_AUTHOR, 3},
  {"dcterms.date", F_PUB, 4}, {"dcterms.issued", F_PUB, 4},
  {"dcterms.modified", F_MOD, 4}, {"description", F_DESC, 2}, {"headline", F_TITLE, 3},
  {"last-modified", F_MOD, 5}, {"og:article:author", F_AUTHOR, 2},
  {"og:article:modified_time", F_MOD, 2}, {"og:article:published_time", F_PUB, 2},
  {"og:description", F_DESC, 1}, {"og:locale", F_LANG, 3},
  {"og:published_time", F_PUB, 2}, {"og:site_name", F_SITE, 1},
  {"og:title", F_TITLE, 1}, {"og:updated_time", F_MOD, 3}, {"og:url", F_URL, 2},
  {"originalpublicationdate", F_PUB, 4}, {"parsely-author", F_AUTHOR, 3},
  {"parsely-pub-date", F_PUB, 4}, {"pubdate", F_PUB, 4}, {"publish-date", F_PUB, 4},
  {"publish_date", F_PUB, 4}, {"publishdate", F_PUB, 4},
  {"sailthru.author", F_AUTHOR, 3}, {"sailthru.date", F_PUB, 4},
  {"twitter:description", F_DESC, 4}, {"twitter:title", F_TITLE, 5},
  {"twitter:url", F_URL, 4},
};

static void set_any(hctx *c, int field, int prio, const char *v, size_t n)
{
  if (field == F_AUTHOR) {
    if (n >= 4 && ascii_ieq(v, 4, "http", 4)) return;   /* a profile URL */
    set_authors(c, prio, v, n);
  } else if (field == F_PUB || field == F_MOD) set_date(c, field, prio, v, n);
  else if (field == F_LANG) {
    char lang[24];
    size_t i;
    if (n == 0 || n >= sizeof lang) return;
    for (i = 0; i < n; i++) lang[i] = v[i] == '_' ? '-' : v[i];
    set_field(c, F_LANG, prio, lang, n);
  } else set_field(c, field, prio, v, n);
}

static void parsely_page(hctx *c, const char *s, size_t len);

static void handle_meta(hctx *c, const hnode *n)
{
  const char *keys[4], *content = attr(n, A_CONTENT);
  size_t k;
  if (!content) return;
  keys[0] = attr(n, A_PROPERTY);
  keys[1] = attr(n, A_NAME);
  keys[2] = attr(n, A_ITEMPROP);
  keys[3] = attr(n, A_HTTP_EQUIV);
  for (k = 0; k < 4; k++) {
    char low[40];
    size_t i, lo = 0, hi = NELEM(meta_keys);
    if (!keys[k] || !keys[k][0]) continue;
    for (i = 0; keys[k][i] && i + 1 < sizeof low; i++) low[i] = DL_LOWER(keys[k][i]);
    if (keys[k][i]) continue;
    low[i] = '\0';
    if (k == 2 && strcmp(low, "author") == 0) {
      set_authors(c, 3, content, strlen(content));
      continue;
    }
    if (k == 0 && strcmp(low, "og:type") == 0) {
      c->og_website = strcmp(content, "website") == 0;
      continue;
    }
    if (k == 1 && strcmp(low, "parsely-page") == 0) {
      parsely_page(c, content, strlen(content));
      continue;
    }
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      int cmp = strcmp(meta_keys[mid].key, low);
      if (cmp == 0) {
        set_any(c, meta_keys[mid].field, meta_keys[mid].prio, content, strlen(content));
        break;
      }
      if (cmp < 0) lo = mid + 1; else hi = mid;
    }
  }
}

/* schema.org types: 1 = an article, 2 = a web page, 3 = the site. */
static int ld_kind_of(const char *t, size_t n)
{
  static const char *const articles[] = {
    "AnalysisNewsArticle", "Article", "AskPublicNewsArticle",
    "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "NewsArticle",
    "OpinionNewsArticle", "Report", "ReportageNewsArticle", "ReviewNewsArticle",
    "SatiricalArticle", "ScholarlyArticle", "SocialMediaPosting", "TechArticle",
  };
  size_t k;
  for (k = 0; k < NELEM(articles); k++)
    if (strlen(articles[k]) == n && memcmp(articles[k], t, n) == 0) return 1;
  if ((n == 7 && memcmp(t, "WebPage", 7) == 0) || (n == 8 && memcmp(t, "ItemPage", 8) == 0))
    return 2;
  if ((n == 7 && memcmp(t, "WebSite", 7) == 0)
      || (n == 21 && memcmp(t, "NewsMediaOrganization", 21) == 0))
    return 3;
  return 0;
}

static int ld_kind(const dl_json *j, uint32_t obj)
{
  uint32_t t = dl_json_get(j, obj, "@type"), e;
  int best = 0;
  if (!t) return 0;
  if (j->nodes[t].type == DL_JSON_STRING)
    return ld_kind_of(j->src + j->nodes[t].start, j->nodes[t].len);
  if (j->nodes[t].type != DL_JSON_ARRAY) return 0;
  for (e = j->nodes[t].first; e; e = j->nodes[e].next) {
    int k;
    if (j->nodes[e].type != DL_JSON_STRING) continue;
    k = ld_kind_of(j->src + j->nodes[e].start, j->nodes[e].len);
    if (k && (!best || k < best)) best = k;
  }
  return best;
}

/* Field f from the string member key of obj. */
static void ld_field(hctx *c, const dl_json *j, uint32_t obj, const char *key, int f, int prio)
{
  uint32_t v = dl_json_get(j, obj, key);
  size_t n;
  if (!v) return;
  if (j->nodes[v].type == DL_JSON_OBJECT) {   /* {"@id": ...} or {"name": ...} */
    uint32_t w = dl_json_get(j, v, f == F_URL ? "@id" : "name");
    if (!w && f == F_URL) w = dl_json_get(j, v, "url");
    v = w;
  }
  if (!v) return;
  n = dl_json_str(j, v, c->scratch, sizeof c->scratch);
  if (n) set_any(c, f, prio, c->scratch, n);
}

static void ld_person(hctx *c, const dl_json *j, uint32_t v)
{
  size_t n;
  if (j->nodes[v].type == DL_JSON_OBJECT) {
    uint32_t t = dl_json_get(j, v, "@type");
    if (t && j->nodes[t].type == DL_JSON_STRING && j->nodes[t].len >= 12
        && ascii_find(j->src + j->nodes[t].start, j->nodes[t].len, "organization"))
      return;
    v = dl_json_get(j, v, "name");
    if (!v) return;
  }
  n = dl_json_str(j, v, c->scratch, sizeof c->scratch);
  if (n) set_authors(c, 1, c->scratch, n);
}

/* <meta name="parsely-page" content='{"pub_date": ..., "author": ...}'>:
 * the page metadata the Parse.ly analytics tag reads, a JSON object. */
static void parsely_page(hctx *c, const char *s, size_t len)
{
  dl_json j;
  uint32_t v;
  dl_status st = dl_json_parse(s, len, &j);
  if (st == DL_ENOMEM) fail(c, st, "not enough memory");
  if (st != DL_OK || j.n == 0 || j.nodes[0].type != DL_JSON_OBJECT) { dl_json_free(&j); return; }
  ld_field(c, &j, 0, "pub_date", F_PUB, 4);
  ld_field(c, &j, 0, "title", F_TITLE, 4);
  v = dl_json_get(&j, 0, "authors");
  if (!v) v = dl_json_get(&j, 0, "author");
  if (v) {
    /* one name, or an array of names */
    int many = j.nodes[v].type == DL_JSON_ARRAY;
    for (v = many ? j.nodes[v].first : v; v; v = many ? j.nodes[v].next : 0) {
      size_t n = j.nodes[v].type == DL_JSON_STRING
               ? dl_json_str(&j, v, c->scratch, sizeof c->scratch) : 0;
      if (n) set_authors(c, 3, c->scratch, n);
    }
  }
  dl_json_free(&j);
}

/* hasPart: {"@type":"WebPageElement","isAccessibleForFree":false,
 * "cssSelector":".paywall"}, one or an array: Google's markup for text
 * that is in the page but hidden until the reader subscribes. */
static void ld_paywall(hctx *c, const dl_json *j, uint32_t v)
{
  int many = j->nodes[v].type == DL_JSON_ARRAY;
  for (v = many ? j->nodes[v].first : v; v; v = many ? j->nodes[v].next : 0) {
    uint32_t sel;
    size_t n, k;
    if (j->nodes[v].type != DL_JSON_OBJECT || c->npaywall >= DL_MAX_HTML_PAYWALL) continue;
    sel = dl_json_get(j, v, "cssSelector");
    if (!sel || j->nodes[sel].type != DL_JSON_STRING
        || j->nodes[sel].len + 8 >= DL_MAX_HTML_SELECTOR) continue;
    n = dl_json_str(j, sel, c->paywall[c->npaywall], DL_MAX_HTML_SELECTOR);
    /* one plain class or id; a compound selector is not matched */
    if (n < 2) continue;
    if (c->paywall[c->npaywall][0] != '.' && c->paywall[c->npaywall][0] != '#') continue;
    for (k = 1; k < n; k++) {
      char ch = c->paywall[c->npaywall][k];
      if (!(DL_IS_ALNUM(ch) || ch == '-' || ch == '_')) break;
    }
    if (k == n) c->npaywall++;
  }
}

static void jsonld(hctx *c, const char *s, size_t len)
{
  dl_json j;
  size_t i;
  dl_status st = dl_json_parse(s, len, &j);
  if (st == DL_ENOMEM) fail(c, st, "not enough memory");
  if (st != DL_OK) { dl_json_free(&j); return; }
  for (i = 0; i < j.n; i++) {
    uint32_t o = (uint32_t)i, v;
    int kind;
    if (j.nodes[i].type != DL_JSON_OBJECT) continue;
    kind = ld_kind(&j, o);
    if (kind == 1 && !c->ld_article) {
      c->ld_article = 1;
      ld_field(c, &j, o, "headline", F_TITLE, 2);
      ld_field(c, &j, o, "datePublished", F_PUB, 1);
      ld_field(c, &j, o, "dateModified", F_MOD, 1);
      ld_field(c, &j, o, "publisher", F_SITE, 2);
      ld_field(c, &j, o, "description", F_DESC, 3);
      ld_field(c, &j, o, "url", F_URL, 3);
      ld_field(c, &j, o, "mainEntityOfPage", F_URL, 3);
      ld_field(c, &j, o, "inLanguage", F_LANG, 4);
      v = dl_json_get(&j, o, "author");
      if (v && j.nodes[v].type == DL_JSON_ARRAY) {
        uint32_t e;
        for (e = j.nodes[v].first; e; e = j.nodes[e].next) ld_person(c, &j, e);
      } else if (v) ld_person(c, &j, v);
      v = dl_json_get(&j, o, "hasPart");
      if (v) ld_paywall(c, &j, v);
      v = dl_json_get(&j, o, "articleBody");
      if (v && j.nodes[v].type == DL_JSON_STRING && !c->ld_body) {
        size_t cap = (size_t)j.nodes[v].len + 16;
        c->ld_body = (char *)malloc(cap);
        if (!c->ld_body) fail(c, DL_ENOMEM, "not enough memory");
        else (void)json_str(&j, v, c->ld_body, cap, 1);
      }
    } else if (kind == 2) {
      ld_field(c, &j, o, "datePublished", F_PUB, 6);
      ld_field(c, &j, o, "dateModified", F_MOD, 6);
    } else if (kind == 3) {
      ld_field(c, &j, o, "name", F_SITE, 3);
    }
  }
  dl_json_free(&j);
}

/* The body a script's text s[0..n) names when it is a marker of the
 * pre-pass (ld_spans) met for the first time, else NULL (the text is then
 * read as it is).  A page may write a marker itself, in a script too short
 * to be taken out: named once, a body costs its length once. */
static const ld_span *ld_marker(hctx *c, const char *s, size_t n)
{
  size_t i = 7, k = 0;
  uint32_t h = 0;
  int d;
  if (n < 7 + 1 + 1 + 8 || memcmp(s, "@dl-ld:", 7) != 0) return NULL;
  while (i < n && DL_IS_DIGIT(s[i]) && i < 7 + 19) k = k * 10 + (size_t)(s[i++] - '0');
  if (i == 7 || i + 9 != n || s[i] != ':') return NULL;
  for (i++; i < n; i++) {
    if ((d = hexval(s[i])) < 0) return NULL;
    h = h << 4 | (uint32_t)d;
  }
  if (k >= c->ld.n || c->ld.v[k].hash != h || c->ld.v[k].read) return NULL;
  c->ld.v[k].read = 1;
  return &c->ld.v[k];
}

/* Text of a <script> (one text child, or several). */
static void script_jsonld(hctx *c, hnode *n)
{
  hnode *k;
  buf b = {0};
  for (k = n->children; k; k = k->next)
    if (k->content && (k->type == HN_TEXT || k->type == HN_CDATA))
      buf_add(&b, (const char *)k->content, strlen((const char *)k->content));
  if (b.oom) fail(c, DL_ENOMEM, "not enough memory");
  else if (b.n) {
    const ld_span *sp = ld_marker(c, b.p, b.n);
    if (sp) jsonld(c, c->ld_src + sp->off, sp->len);
    else jsonld(c, b.p, b.n);
  }
  buf_free(&b);
}

/* ===================================================================== */
/* Pass 1: statistics (and metadata on the first run)                    */
/* ===================================================================== */

/* Is n an element JSON-LD's hasPart names as the paywalled text? */
static int paywalled(const hctx *c, const hnode *n)
{
  int k;
  for (k = 0; k < c->npaywall; k++) {
    const char *sel = c->paywall[k] + 1;
    if (has_token(attr(n, c->paywall[k][0] == '.' ? A_CLASS : A_ID), sel)) return 1;
  }
  return 0;
}

/* Read the attributes of a new element: class/id hints, hidden, role,
 * itemprop.  Returns the H_* bits of its class and id. */
static unsigned init_node(hctx *c, nstat *s, const hnode *n, int t)
{
  size_t i;
  unsigned all = 0;
  int w = 0, hidden = 0;
  for (i = 0; i < n->nattr; i++) {
    int id = n->attrs[i].id;
    const char *v = n->attrs[i].v;
    if (id == A_CLASS || id == A_ID) {
      int pos = 0, neg = 0;
      unsigned h = hints_cached(c, v, &pos, &neg);
      all |= h;
      if (neg) w -= 25;
      else if (pos) w += 25;
    } else if (id == A_HIDDEN) {
      hidden = 1;
    } else if (id == A_ARIA_HIDDEN) {
      if (strcmp(v, "true") == 0) hidden = 1;
    } else if (id == A_STYLE) {
      size_t vl = strlen(v);
      const char *d = ascii_find(v, vl, "display");
      const char *h = ascii_find(v, vl, "visibility");
      if (d) {
        d += 7;
        while (*d == ' ' || *d == ':') d++;
        if (ascii_ieq(d, 4, "none", 4)) hidden = 1;
      }
      if (h) {
        h += 10;
        while (*h == ' ' || *h == ':') h++;
        if (ascii_ieq(h, 6, "hidden", 6)) hidden = 1;
      }
    } else if (id == A_ROLE) {
      static const char *const bad[] = {
        "alertdialog", "banner", "complementary", "contentinfo", "dialog",
        "menu", "menubar", "navigation", "search",
      };
      size_t k;
      for (k = 0; k < NELEM(bad); k++)
        if (strcmp(v, bad[k]) == 0) { all |= H_DROP; w -= 25; }
      if (strcmp(v, "main") == 0 || strcmp(v, "article") == 0) { all |= H_POS; w += 25; }
    } else if (id == A_ITEMPROP) {
      if (has_token(v, "articleBody")) { s->flags |= NF_BODY; w += 25; all |= H_POS; }
    }
  }
  if (hidden && !(c->npaywall && paywalled(c, n))) {
    s->flags |= NF_JUNK;
    if (!c->npaywall) c->hidden_early = 1;
  }
  if (((all & H_DROP) || ((all & H_HEADER) && !(all & H_POS)))
      && t != T_HTML && t != T_BODY && t != T_ARTICLE && t != T_MAIN && !(s->flags & NF_BODY))
    s->flags |= NF_DROP;
  if ((all & H_SOFT) && !(all & H_DROP)) s->flags |= NF_SOFT;
  if (w < -100) w = -100;
  if (w > 100) w = 100;
  s->weight = (int16_t)w;
  return all;
}

/* Metadata from one element (first run only). */
static void collect_meta(hctx *c, hnode *n, int t, unsigned hints, int junk, int dropped,
                         int inmain)
{
  const char *v, *ip;
  switch (t) {
    case T_HTML:
      if ((v = attr(n, A_LANG)) != NULL || (v = attr(n, A_XML_LANG)) != NULL)
        set_any(c, F_LANG, 1, v, strlen(v));
      return;
    case T_TITLE:
      if (!c->fv[F_TITLETAG]) {
        size_t k = node_text(c, n);
        set_field(c, F_TITLETAG, 1, c->scratch, k);
      }
      return;
    case T_META:
      handle_meta(c, n);
      return;
    case T_LINK:
      v = attr(n, A_REL);
      if (v && ascii_ieq(v, strlen(v), "canonical", 9) && (v = attr(n, A_HREF)) != NULL)
        set_field(c, F_URL, 1, v, strlen(v));
      /* microdata: the page the article is the main entity of */
      else if ((v = attr(n, A_ITEMPROP)) != NULL && has_token(v, "mainEntityOfPage")
               && (v = attr(n, A_HREF)) != NULL)
        set_field(c, F_URL, 3, v, strlen(v));
      return;
    case T_SCRIPT:
      v = attr(n, A_TYPE);
      if (v && ascii_find(v, strlen(v), "ld+json")) script_jsonld(c, n);
      return;
    default:
      break;
  }
  if (dropped && t == T_H1) {
    /* an <h1> in a part the strict run drops ("<div class=header>"): kept
     * aside, the headline only when <title> confirms it (choose_title) */
    size_t k = node_text(c, n);
    set_field(c, F_H1DROP, 1, c->scratch, k);
  }
  if (junk && t != T_TIME) return;
  ip = attr(n, A_ITEMPROP);
  if (t == T_TIME) {
    const char *dt = attr(n, A_DATETIME);
    const char *cls = attr(n, A_CLASS);
    size_t k = 0;
    int f = F_PUB, prio = 7;
    if (junk) return;
    if (!dt) { k = node_text(c, n); dt = c->scratch; } else k = strlen(dt);
    if (has_token(ip, "dateModified")) { f = F_MOD; prio = 3; }
    else if (has_token(ip, "datePublished")) prio = 3;
    else if (attr(n, A_PUBDATE)) prio = 5;
    else if (attr_has_word(cls, "updated") || attr_has_word(cls, "modified")) { f = F_MOD; prio = 5; }
    else if (attr_has_word(cls, "publish") || attr_has_word(cls, "posted")
             || attr_has_word(cls, "created")) prio = 5;
    set_date(c, f, prio, dt, k);
    return;
  }
  if (ip && t != T_META) {
    int pub = has_token(ip, "datePublished");
    if (pub || has_token(ip, "dateModified")) {
      int f = pub ? F_PUB : F_MOD;
      size_t k;
      if ((v = attr(n, A_CONTENT)) != NULL || (v = attr(n, A_DATETIME)) != NULL) k = strlen(v);
      /* the abbr pattern of microformats: <abbr title="2025-05-17T08:12:00-04:00">8:12 AM</abbr> */
      else if ((v = attr(n, A_TITLE)) != NULL && DL_IS_DIGIT(v[0])) k = strlen(v);
      else { k = node_text(c, n); v = c->scratch; }
      set_date(c, f, 3, v, k);
    } else if (has_token(ip, "author") || has_token(ip, "creator")) {
      hnode *k;
      const hnode *name = NULL;
      size_t len;
      if ((v = attr(n, A_CONTENT)) != NULL) { set_authors(c, 3, v, strlen(v)); return; }
      for (k = n->children; k && !name; k = k->next) {   /* itemprop=name, two levels */
        hnode *g;
        if (k->type != HN_ELEM) continue;
        if ((v = attr(k, A_ITEMPROP)) && has_token(v, "name")) name = k;
        for (g = k->children; g && !name; g = g->next)
          if (g->type == HN_ELEM && (v = attr(g, A_ITEMPROP)) && has_token(v, "name"))
            name = g;
      }
      len = node_text(c, name ? (hnode *)(uintptr_t)name : n);
      set_authors(c, 3, c->scratch, len);
    } else if (has_token(ip, "headline")) {
      size_t k = node_text(c, n);
      set_field(c, F_TITLE, 3, c->scratch, k);
    }
  }
  if (t == T_A) {
    v = attr(n, A_REL);
    if (v && ascii_find(v, strlen(v), "author")) {
      size_t k = node_text(c, n);
      set_authors(c, 4, c->scratch, k);
    }
  } else if (t == T_H1) {
    size_t k = node_text(c, n);
    set_field(c, F_H1, inmain ? 1 : 2, c->scratch, k);
  }
  /* a short block (or an inline element: <i>By ...</i> on old pages)
   * that starts "By ..." or "Posted by ..." */
  if (!(hints & (H_BYLINE | H_AUTHOR)) && ((tag_flags(t) & TF_BLOCK) || t == T_OTHER)
      && n->children
      && n->children->type == HN_TEXT && n->children->content) {
    const char *tx = (const char *)n->children->content;
    size_t tl = 0;
    while (DL_IS_SPACE(*tx)) tx++;
    while (tl < 16 && tx[tl]) tl++;   /* by_prefix reads at most 13 bytes */
    if ((tl >= 3 && by_prefix(tx, tl) && (tx[0] == 'B' || tx[0] == 'b' || tx[0] == 'P'
                                          || tx[0] == 'p' || tx[0] == 'W' || tx[0] == 'w'
                                          || tx[0] == 'V' || tx[0] == 'v'))) {
      size_t k = node_text_parts(c, n, 1);
      if (k > 0 && k <= 160) {
        set_authors(c, 7, c->scratch, k);
        set_field(c, F_VISDATE, 3, c->scratch, k);
      }
    }
  }
  if (hints & (H_BYLINE | H_AUTHOR | H_DATE)) {
    size_t k = node_text_parts(c, n, 1);
    if (k == 0 || k > 300) return;
    if (hints & H_BYLINE) {
      set_authors(c, 5, c->scratch, k);
      set_field(c, F_VISDATE, 2, c->scratch, k);
    } else if (hints & H_AUTHOR) set_authors(c, 6, c->scratch, k);
    if ((hints & H_DATE) && !(hints & H_UPDATED)) set_field(c, F_VISDATE, 1, c->scratch, k);
  }
}

static void count_text(nstat *s, const frame *f, const char *t)
{
  uint32_t n = 0, commas = 0;
  for (; *t; t++) {
    unsigned char ch = (unsigned char)*t;
    if (ch > 0x20) {
      n++;
      if (ch == ',') commas++;
    }
  }
  s->text += n;
  s->commas += commas;
  if (f->inlink) s->link += n;
}

/* Enter an element; returns 1 to descend into it. */
static int stats_pre(hctx *c, hnode *n)
{
  frame *pf = &c->stack[c->depth], *f;
  nstat *s;
  int t, junk, hard;
  uint16_t tf;
  unsigned hints = 0;
  if (!n->priv) {
    if (dl_grow((void **)&c->ns, &c->ncap, c->nn < 128 ? 128 : c->nn + 1, sizeof *c->ns) != 0) {
      fail(c, DL_ENOMEM, "not enough memory");
      return 0;
    }
    s = &c->ns[c->nn++];
    memset(s, 0, sizeof *s);
    n->priv = (uint32_t)c->nn;
    s->node = n;
    t = n->tag;
    s->tag = (uint8_t)t;
    hints = init_node(c, s, n, t);
  } else {
    s = NS(c, n);
    t = s->tag;
    s->text = s->link = s->commas = s->np = s->nimg = s->ninput = s->nh = s->nembed = 0;
    s->ptext = 0;
    s->pscore = 0;
    s->flags &= (uint8_t)~(NF_CAND | NF_BLOCKKID | NF_MJ | NF_INMAIN);
    /* only hidden elements are NF_JUNK: the paywalled part is read once
     * the JSON-LD that names it has been seen */
    if ((s->flags & NF_JUNK) && c->npaywall && paywalled(c, n)) s->flags &= (uint8_t)~NF_JUNK;
  }
  tf = tag_flags(t);
  hard = (pf->junk && !pf->dropped) || (s->flags & NF_JUNK) || (tf & TF_JUNK);
  junk = hard
         || (c->strict && (pf->junk || (s->flags & NF_DROP) || (tf & TF_STRICT)
                           || (t == T_HEADER && !pf->inmain)));
  if (junk) s->flags |= NF_MJ;
  if (pf->idx && (tf & TF_BLOCK)) c->ns[pf->idx - 1].flags |= NF_BLOCKKID;
  f = &c->stack[++c->depth];
  f->idx = n->priv;
  f->junk = (uint8_t)(junk != 0);
  f->dropped = (uint8_t)(junk && !hard);
  f->others = (uint8_t)(pf->others || holds_others(attr(n, A_CLASS))
                        || holds_others(attr(n, A_ID)));
  f->scope = attr(n, A_ITEMSCOPE) ? n->priv : pf->scope;
  if ((s->flags & NF_BODY) && pf->scope && !c->body_scope) c->body_scope = pf->scope;
  f->inlink = (uint8_t)(pf->inlink || t == T_A);
  f->inmain = (uint8_t)(pf->inmain || t == T_ARTICLE || t == T_MAIN
                        || (s->flags & NF_BODY) || (s->weight > 0 && !junk));
  if (f->inmain) s->flags |= NF_INMAIN;
  /* a property of the article's own item (the itemscope that holds its
   * articleBody) counts even in a part the strict run drops: Blogger's
   * "post-footer" holds the post's author and date */
  if (f->dropped && c->body_scope && pf->scope == c->body_scope
      && !f->others && attr(n, A_ITEMPROP))
    junk = 0;
  if (c->collect) collect_meta(c, n, t, hints, junk, junk && !hard, f->inmain);
  return !(tf & TF_NODESC);
}

static void stats_post(hctx *c, hnode *n)
{
  frame f = c->stack[c->depth--];
  frame *pf = &c->stack[c->depth];
  nstat *s = &c->ns[f.idx - 1], *p = pf->idx ? &c->ns[pf->idx - 1] : NULL;
  int t = s->tag;
  uint16_t tf = tag_flags(t);
  (void)n;
  if (f.junk) {
    if (p && !pf->junk) {
      if (t == T_INPUT || t == T_SELECT || t == T_TEXTAREA) p->ninput++;
      if (t == T_IFRAME || t == T_EMBED || t == T_OBJECT || t == T_VIDEO || t == T_AUDIO)
        p->nembed++;
    }
    return;
  }
  if (((tf & TF_PARA) || ((tf & TF_DIVLIKE) && !(s->flags & NF_BLOCKKID))) && s->text >= 25) {
    float sc = 1.0f + (float)s->commas + (s->text >= 300 ? 3.0f : (float)(s->text / 100));
    int level;
    s->ptext = s->text;
    for (level = 0; level < 5 && c->depth - level >= 1; level++) {
      const frame *a = &c->stack[c->depth - level];
      nstat *as;
      if (!a->idx) break;
      as = &c->ns[a->idx - 1];
      as->pscore += sc / (float)(level == 0 ? 1 : level == 1 ? 2 : level * 3);
      as->flags |= NF_CAND;
    }
  }
  if (p) {
    p->text += s->text;
    p->ptext += s->ptext;
    p->link += s->link;
    p->commas += s->commas;
    p->np += s->np + (t == T_P);
    p->nimg += s->nimg + (t == T_IMG);
    p->ninput += s->ninput;
    p->nh += s->nh + ((tf & TF_HEAD) != 0);
    p->nembed += s->nembed;
  }
}

static void stats_pass(hctx *c, hnode *root, int strict, int collect)
{
  hnode *cur = root->children;
  c->strict = strict;
  c->collect = collect;
  c->depth = 0;
  memset(&c->stack[0], 0, sizeof c->stack[0]);
  while (cur && c->st == DL_OK) {
    int desc = 0, entered = 0;
    if (cur->type == HN_ELEM) {
      /* deeper than the cap: junk, its subtree never visited (no
       * statistics, so emission skips it too) */
      if (c->depth < DL_MAX_HTML_DEPTH) { desc = stats_pre(c, cur); entered = 1; }
    } else if ((cur->type == HN_TEXT || cur->type == HN_CDATA)
             && cur->content) {
      const frame *f = &c->stack[c->depth];
      if (f->idx && !f->junk) count_text(&c->ns[f->idx - 1], f, (const char *)cur->content);
    }
    if (c->st != DL_OK) break;
    if (desc && cur->children) { cur = cur->children; continue; }
    for (;;) {
      if (cur->type == HN_ELEM && entered) stats_post(c, cur);
      entered = 1;   /* the ancestors were all entered */
      if (cur->next) { cur = cur->next; break; }
      cur = cur->parent;
      if (!cur || cur == root) { cur = NULL; break; }
    }
  }
}

/* ===================================================================== */
/* Pass 2: the main container                                            */
/* ===================================================================== */

#define MAX_ROOTS 256

static float final_score(const nstat *s)
{
  float ld = s->text ? (float)s->link / (float)s->text : 0.0f;
  float base = (float)(s->tag < T_OTHER ? tags[s->tag].base : 0) + (float)s->weight + s->pscore;
  return base * (1.0f - ld);
}

static nstat *parent_stat(hctx *c, const nstat *s)
{
  hnode *p = s->node->parent;
  if (!p || p->type != HN_ELEM || !p->priv) return NULL;
  return NS(c, p);
}

static int keep_node(const hctx *c, const nstat *s);

/* Choose the roots to emit (indexes into c->ns, document order). */
static size_t pick_roots(hctx *c, size_t *roots)
{
  size_t i, nr = 0;
  nstat *top = NULL, *par;
  float best = 0;
  /* schema.org articleBody, when it holds real text */
  for (i = 0; i < c->nn && nr < MAX_ROOTS; i++) {
    const nstat *s = &c->ns[i];
    if ((s->flags & NF_BODY) && !(s->flags & NF_MJ) && s->text >= 150) {
      const nstat *a = parent_stat(c, s);
      int nested = 0;
      for (; a; a = parent_stat(c, a))
        if (a->flags & NF_BODY) { nested = 1; break; }
      if (!nested) roots[nr++] = i;
    }
  }
  if (nr) return nr;
  for (i = 0; i < c->nn; i++) {
    const nstat *s = &c->ns[i];
    float sc;
    if (!(s->flags & NF_CAND) || (s->flags & NF_MJ)) continue;
    sc = final_score(s);
    if (!top || sc > best) { top = &c->ns[i]; best = sc; }
  }
  if (!top) return 0;
  /* move up while a parent scores better (Readability) */
  {
    float last = best, threshold = best / 3;
    nstat *p = parent_stat(c, top);
    while (p && p->tag != T_BODY && p->tag != T_HTML) {
      float ps;
      if (!(p->flags & NF_CAND)) { p = parent_stat(c, p); continue; }
      ps = final_score(p);
      if (ps < threshold) break;
      if (ps > last) { top = p; break; }
      last = ps;
      p = parent_stat(c, p);
    }
  }
  /* the article split in several blocks (live blog updates, sections):
   * the highest near ancestor with clearly more paragraph text, little
   * else and few links */
  {
    nstat *a = parent_stat(c, top), *pick = NULL;
    int level;
    for (level = 0; a && level < 4; level++, a = parent_stat(c, a)) {
      if (a->tag == T_BODY || a->tag == T_HTML || (a->flags & NF_MJ)) break;
      if ((float)a->ptext >= 1.25f * (float)top->ptext && a->text - a->ptext < a->ptext
          && (float)a->link < 0.3f * (float)a->text)
        pick = a;
    }
    if (pick) top = pick;
  }
  /* a lone child stands for its parent */
  for (;;) {
    hnode *k;
    int kids = 0;
    par = parent_stat(c, top);
    if (!par || par->tag == T_BODY || par->tag == T_HTML || (par->flags & NF_MJ)) break;
    for (k = par->node->children; k; k = k->next)
      if (k->type == HN_ELEM && k->priv && !(NS(c, k)->flags & NF_MJ)) kids++;
    if (kids != 1) break;
    top = par;
  }
  /* siblings that score well or are plain paragraphs */
  par = parent_stat(c, top);
  if (!par) { roots[0] = (size_t)(top - c->ns); return 1; }
  {
    float tops = final_score(top);
    float threshold = tops * 0.2f > 10 ? tops * 0.2f : 10;
    hnode *k;
    for (k = par->node->children; k && nr < MAX_ROOTS; k = k->next) {
      nstat *s;
      int take = 0;
      if (k->type != HN_ELEM || !k->priv) continue;
      s = NS(c, k);
      if (s->flags & NF_MJ) continue;
      if (s == top) take = 1;
      else if (!keep_node(c, s)) continue;   /* what emission would drop inside a root */
      else if ((s->flags & NF_CAND) && final_score(s) >= threshold) take = 1;
      else if (s->tag == T_P && s->text > 80 && (float)s->link < 0.25f * (float)s->text) take = 1;
      if (take) roots[nr++] = (size_t)(s - c->ns);
    }
  }
  return nr;
}

/* ===================================================================== */
/* Pass 3: emission                                                      */
/* ===================================================================== */

typedef struct emitter {
  hctx *c;
  buf *out;
  const char *title;
  size_t sep_pos, para_start;
  uint32_t link_bytes;
  int open, space, br, link_depth, heading;
} emitter;

/* How a station's or site's sign-off line ends ("Stay with KPQR 7 News for
 * updates on this developing story.", "Check back for updates."). */
static const char *const furniture_end[] = {
  "developing story.", "for the latest.", "for updates.", "for more updates.",
};

/* The number of words of s[0..n), separated by spaces or line breaks. */
static size_t count_words(const char *s, size_t n)
{
  size_t i, w = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == ' ' || s[i] == '\n') in = 0;   /* (a paragraph may hold line breaks) */
    else if (!in) { in = 1; w++; }
  }
  return w;
}

/* Short paragraphs that are page furniture, not the article: how they
 * open. */
static const char *const furniture[] = {
  "advertisement", "already a subscriber", "already have an account", "also read",
  "article content", "click here", "continue reading", "download our",
  "download the", "follow us", "get the latest", "listen:", "read also",
  "read more",
  "recommended", "related:", "share this", "share on", "sign up", "skip to",
  "story continues", "subscribe",
  /* a paywall's notice over the locked rest of the story */
  "this article is for subscribers", "this content is for subscribers",
  "this story is for subscribers", "watch:",
};

/* A paywall's offer ("Get unlimited access to The Ledger for $1 a week.",
 * "Start your free trial"): furniture unless the paragraph reports what
 * someone said, as a story about subscriptions does ("Unlimited access
 * will cost $18 a month, the company said."). */
static const char *const paywall_offer[] = {
  "get unlimited", "start your free", "unlimited access",
};

/* Does p[0..n) hold needle (lower case), in any case?  n is under a
 * short paragraph's 160 bytes where it is called. */
static int ascii_icontains(const char *p, size_t n, const char *needle)
{
  size_t m = strlen(needle), i;
  for (i = 0; i + m <= n; i++)
    if (ascii_ieq(p + i, m, needle, m)) return 1;
  return 0;
}

/* Does p[0..n) hold the word w (lower case), in any case? */
static int ascii_has_word(const char *p, size_t n, const char *w)
{
  size_t m = strlen(w), i;
  for (i = 0; i + m <= n; i++)
    if ((i == 0 || !DL_IS_ALPHA(p[i - 1])) && (i + m == n || !DL_IS_ALPHA(p[i + m]))
        && ascii_ieq(p + i, m, w, m))
      return 1;
  return 0;
}

/* An offer to the paper's subscribers inside a paragraph ("Subscribers get
 * unlimited access to The Ledger Review on any device."), not opening it.
 * An advert speaks to the reader: it opens "Subscribers get", says "you"
 * or bids "cancel anytime"; a telecom story's "The new plan gives
 * subscribers unlimited access to 5G data" does none of these. */
static int is_subscriber_offer(const char *p, size_t n)
{
  static const char opener[] = "subscribers get ";
  if (!ascii_icontains(p, n, "unlimited access") || !ascii_icontains(p, n, "subscri"))
    return 0;
  return (n >= sizeof opener - 1 && ascii_ieq(p, sizeof opener - 1, opener, sizeof opener - 1))
         || ascii_has_word(p, n, "you") || ascii_has_word(p, n, "your")
         || ascii_icontains(p, n, "cancel anytime");
}

/* Does p[0..n) hold the word "said" or "says"? */
static int reports_speech(const char *p, size_t n)
{
  size_t i;
  for (i = 0; i + 4 <= n; i++)
    if ((i == 0 || p[i - 1] == ' ') && (i + 4 == n || !DL_IS_ALPHA(p[i + 4]))
        && (ascii_ieq(p + i, 4, "said", 4) || ascii_ieq(p + i, 4, "says", 4)))
      return 1;
  return 0;
}

enum {
  OPEN_WORD = 1,            /* the entry ends a word of the paragraph */
  OPEN_UNLESS_SPEECH = 2    /* not when the paragraph reports speech */
};

/* Does the paragraph p[0..n) open with an entry of list[0..nl), in any
 * case (flags OPEN_*)? */
static int para_opens_with(const char *p, size_t n, const char *const *list, size_t nl,
                           unsigned flags)
{
  size_t k;
  for (k = 0; k < nl; k++) {
    size_t m = strlen(list[k]);
    if (n < m || !ascii_ieq(p, m, list[k], m)) continue;
    if ((flags & OPEN_WORD) && n > m && DL_IS_ALPHA(list[k][m - 1]) && DL_IS_ALPHA(p[m]))
      continue;
    if ((flags & OPEN_UNLESS_SPEECH) && reports_speech(p, n)) continue;
    return 1;
  }
  return 0;
}

/* Credit lines ("Editor: Liu Mei"): furniture only when short (five words
 * at most) and not a question, since an interview's "Editor: Why did you
 * ...?" is the text. */
static const char *const credit_label[] = { "editor:" };

/* Headings that open a list of other stories ("More from Dana Whitlock"
 * under a blog post): a short heading that opens so is not the story's. */
static const char *const furniture_heading[] = {
  "more from ", "more on this", "more stories", "you may also like",
  "you might also like",
};

/* "By Jane Doe<br>Staff Writer" in the text itself (no class says it is
 * a byline): the byline already read into the authors, not the story. */
static int is_byline_para(const hctx *c, const char *p, size_t n)
{
  size_t b = by_prefix(p, n), k;
  if (!b || !DL_IS_UPPER(p[0])) return 0;
  for (k = 0; k < c->nauth; k++) {
    size_t m = strlen(c->authors[k]);
    if (b + m <= n && ascii_ieq(p + b, m, c->authors[k], m)) return 1;
  }
  return 0;
}

/* Words outside the tags of markup shown as text that make it a story's
 * paragraph escaped twice ("<p>The council voted on Monday to ...</p>"),
 * with a full stop, '?' or '!' before its closing tag. */
#define DL_MIN_ESCAPED_STORY_WORDS 6

/* Does markup shown as text, p[0, n), hold a sentence outside its tags:
 * DL_MIN_ESCAPED_STORY_WORDS words or more, the last text before the
 * closing tag ending with a sentence's mark?  (An embed code holds none;
 * a promo slot a word or two.) */
static int markup_holds_sentence(const char *p, size_t n)
{
  size_t i, words = 0;
  int in_tag = 0, in_word = 0;
  char last = 0;
  for (i = 0; i < n; i++) {
    char ch = p[i];
    if (ch == '<') { in_tag = 1; in_word = 0; continue; }
    if (in_tag) { if (ch == '>') in_tag = 0; continue; }
    if (DL_IS_ALPHA(ch)) { if (!in_word) words++; in_word = 1; }
    else if (ch == ' ' || ch == '\n') in_word = 0;
    if (ch != ' ' && ch != '\n') last = ch;
  }
  return words >= DL_MIN_ESCAPED_STORY_WORDS && (last == '.' || last == '?' || last == '!');
}

/* A paragraph that is markup shown as text, a tag first and a closing tag
 * last ("<script>track()</script>", "<iframe src=\"...\"></iframe>",
 * "<img src=\"...\" />"): an embed code or a template escaped twice by
 * the site, never the story's words. A story about markup opens with a
 * word ("The <blink> tag ...") or ends with one; a bracketed note
 * ("<Updated at 10:00>") is no lower-case tag and has no closing one. */
static int is_markup_text(const char *p, size_t n)
{
  size_t i = 1, j;
  if (n < 4 || p[0] != '<' || p[n - 1] != '>' || !DL_IS_LOWER(p[1])) return 0;
  while (i < n && (DL_IS_LOWER(p[i]) || DL_IS_DIGIT(p[i]))) i++;
  if (i >= n || (p[i] != '>' && p[i] != ' ')) return 0;
  if (p[n - 2] == '/') return 1;
  /* "</name>" closing the paragraph */
  for (j = n - 2; j > i && DL_IS_ALNUM(p[j]); j--) {}
  return j > i && j + 1 < n - 1 && p[j] == '/' && p[j - 1] == '<' && !markup_holds_sentence(p, n);
}

static void flush(emitter *e)
{
  buf *o = e->out;
  size_t plen;
  int keep = 1;
  if (!e->open) return;
  e->open = 0;
  e->br = 0;
  while (o->n > e->para_start && (o->p[o->n - 1] == ' ' || o->p[o->n - 1] == '\n')) o->n--;
  plen = o->n - e->para_start;
  if (e->title && plen > strlen(e->title) + 1 && o->p[e->para_start + strlen(e->title)] == '\n'
      && ascii_ieq(o->p + e->para_start, strlen(e->title), e->title, strlen(e->title))) {
    /* "Headline<br>date": keep what follows the headline */
    size_t tl = strlen(e->title) + 1;
    memmove(o->p + e->para_start, o->p + e->para_start + tl, plen - tl);
    o->n -= tl;
    plen -= tl;
  }
  if (plen == 0) keep = 0;
  else if (is_markup_text(o->p + e->para_start, plen)) keep = 0;
  else if (e->title && ascii_ieq(o->p + e->para_start, plen, e->title, strlen(e->title)))
    keep = 0;
  else if (plen < 200 && is_byline_para(e->c, o->p + e->para_start, plen)) keep = 0;
  else if (!e->heading && e->link_bytes * 10 > plen * 7 && plen < 400) keep = 0;
  else if (plen < 160) {
    size_t k;
    /* the whole word: "Subscribe now", not a story's "Subscribers rose
     * 5% to 40 million." */
    if (para_opens_with(o->p + e->para_start, plen, furniture, NELEM(furniture), OPEN_WORD))
      keep = 0;
    else if (para_opens_with(o->p + e->para_start, plen, paywall_offer, NELEM(paywall_offer),
                             OPEN_UNLESS_SPEECH))
      keep = 0;
    if (keep && is_subscriber_offer(o->p + e->para_start, plen)
        && !reports_speech(o->p + e->para_start, plen))
      keep = 0;
    for (k = 0; k < NELEM(credit_label) && keep; k++) {
      size_t m = strlen(credit_label[k]);
      if (plen >= m && ascii_ieq(o->p + e->para_start, m, credit_label[k], m)
          && count_words(o->p + e->para_start, plen) <= 5
          && o->p[e->para_start + plen - 1] != '?')
        keep = 0;
    }
    for (k = 0; k < NELEM(furniture_heading) && keep && e->heading && plen < 80; k++) {
      size_t m = strlen(furniture_heading[k]);
      if (plen >= m && ascii_ieq(o->p + e->para_start, m, furniture_heading[k], m)) keep = 0;
    }
    for (k = 0; k < NELEM(furniture_end) && keep && plen < 100; k++) {
      size_t m = strlen(furniture_end[k]);
      if (plen >= m && ascii_ieq(o->p + e->para_start + plen - m, m, furniture_end[k], m))
        keep = 0;
    }
  }
  if (!keep) o->n = e->sep_pos;
  if (o->p) o->p[o->n] = '\0';
}

static void emit_text(emitter *e, const char *s, size_t n)
{
  buf *o = e->out;
  size_t before, i;
  for (i = 0; i < n; i++)
    if (!DL_IS_SPACE(s[i])) break;
  if (i == n) { e->space = 1; return; }
  if (!e->open) {
    e->sep_pos = o->n;
    if (o->n) buf_add(o, "\n\n", 2);
    e->para_start = o->n;
    e->open = 1;
    e->space = 0;
    e->link_bytes = 0;
    e->br = 0;
  }
  if (e->br) {
    if (o->n > e->para_start) buf_addc(o, '\n');
    e->space = 0;
    e->br = 0;
  }
  before = o->n;
  add_collapsed(o, e->para_start, s, n, &e->space);
  if (e->link_depth) e->link_bytes += (uint32_t)(o->n - before);
}

/* Should the element s (not a root) be emitted? */
static int keep_node(const hctx *c, const nstat *s)
{
  uint16_t tf;
  float ld;
  if (s->flags & NF_MJ) return 0;
  if ((s->flags & NF_SOFT) && s->text < 300 && s->np == 0) return 0;
  /* <details> with a line or two and no paragraph: a date or credit
   * folded open on click, not the story */
  if (s->tag == T_DETAILS && s->text < 300 && s->np == 0) return 0;
  tf = tag_flags(s->tag);
  if (!(tf & TF_CLEAN)) return 1;
  if ((float)s->weight + s->pscore < 0) return 0;
  if (s->commas >= 10) return 1;
  ld = s->text ? (float)s->link / (float)s->text : 0;
  if (s->nimg > 1 && (float)s->np / (float)s->nimg < 0.5f && s->text < 200) return 0;
  if (s->ninput > s->np / 3 && s->ninput > 0) return 0;
  if (s->text < 25 && s->np == 0 && s->nh == 0) return 0;
  if ((s->weight < 25 && ld > 0.2f) || (s->weight >= 25 && ld > 0.5f)) return 0;
  if ((s->nembed == 1 && s->text < 75) || s->nembed > 1) return 0;
  (void)c;
  return 1;
}

/* A short table cell with no blocks inside is a datum of a data table:
 * its row is one paragraph, cells separated by spaces.  A cell holding
 * paragraphs or long text is a layout table's column, a block. */
static int inline_cell(const nstat *s)
{
  return (tag_flags(s->tag) & TF_CELL) && !(s->flags & NF_BLOCKKID) && s->text < 200;
}

static int emit_pre(emitter *e, hnode *n, int is_root)
{
  nstat *s;
  uint16_t tf;
  if (n->type == HN_TEXT || n->type == HN_CDATA) {
    if (n->content) emit_text(e, (const char *)n->content, strlen((const char *)n->content));
    return 0;
  }
  if (n->type != HN_ELEM || !n->priv) return 0;
  s = NS(e->c, n);
  if (!is_root && !keep_node(e->c, s)) return 0;
  tf = tag_flags(s->tag);
  if ((tf & TF_BLOCK) && !inline_cell(s)) {
    flush(e);
    e->heading = (tf & TF_HEAD) != 0;
  }
  if (tf & TF_CELL) e->space = 1;
  if (s->tag == T_BR) {
    if (e->br) flush(e);
    else if (e->open) e->br = 1;
  }
  if (s->tag == T_A) e->link_depth++;
  return !(tf & TF_NODESC);
}

static void emit_post(emitter *e, hnode *n, int is_root)
{
  nstat *s;
  if (n->type != HN_ELEM || !n->priv) return;
  s = NS(e->c, n);
  if (!is_root && !keep_node(e->c, s)) return;
  if (s->tag == T_A && e->link_depth > 0) e->link_depth--;
  if ((tag_flags(s->tag) & TF_BLOCK) && !inline_cell(s)) flush(e);
}

static void emit_tree(emitter *e, hnode *root)
{
  hnode *cur = root;
  while (cur) {
    int desc = emit_pre(e, cur, cur == root);
    if (desc && cur->children) { cur = cur->children; continue; }
    for (;;) {
      if (desc || cur->type != HN_ELEM) emit_post(e, cur, cur == root);
      desc = 1;
      if (cur == root) return;
      if (cur->next) { cur = cur->next; break; }
      cur = cur->parent;
    }
  }
}

/* Body text of one run into out (after the title paragraph, if any).
 * Returns the bytes of body text. */
static size_t extract_run(hctx *c, buf *out, const char *title)
{
  size_t roots[MAX_ROOTS], nr, i, start;
  emitter e;
  if (c->st != DL_OK) return 0;
  memset(&e, 0, sizeof e);
  e.c = c;
  e.out = out;
  e.title = title;
  out->n = 0;
  if (out->p) out->p[0] = '\0';
  if (title) {
    buf_add(out, title, strlen(title));
  }
  start = out->n;
  nr = pick_roots(c, roots);
  if (nr == 0) {   /* nothing scored: the whole body, cleaned */
    for (i = 0; i < c->nn; i++)
      if (c->ns[i].tag == T_BODY) { roots[0] = i; nr = 1; break; }
  }
  for (i = 0; i < nr; i++) {
    emit_tree(&e, c->ns[roots[i]].node);
    flush(&e);
  }
  if (out->oom) fail(c, DL_ENOMEM, "not enough memory");
  return out->n > start ? out->n - start : 0;
}

/* ===================================================================== */
/* Metadata: final choices                                               */
/* ===================================================================== */

/* Does every word of s[0..n) open with a capital or a digit ("Hill
 * Valley Notes", "The Coastline")? */
static int words_capitalized(const char *s, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if ((i == 0 || s[i - 1] == ' ') && s[i] != ' '
        && !DL_IS_UPPER(s[i]) && !DL_IS_DIGIT(s[i]) && (unsigned char)s[i] < 0x80)
      return 0;
  return 1;
}

/* Find the first (last != 0: the last) title separator " | ", " - ",
 * " – ", " — ", " :: ", " · ", " • ", " » " in t; its start and length. */
static int find_sep(const char *t, size_t n, int last, size_t *at, size_t *len)
{
  static const char *const seps[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
    " \xE2\x80\xA2 ", " \xC2\xBB ",
  };
  size_t i, k;
  int found = 0;
  for (i = 0; i < n; i++) {
    if (t[i] != ' ') continue;
    for (k = 0; k < NELEM(seps); k++) {
      size_t m = strlen(seps[k]);
      if (i + m <= n && memcmp(t + i, seps[k], m) == 0) {
        *at = i;
        *len = m;
        found = 1;
        if (!last) return 1;
        break;
      }
    }
  }
  return found;
}

/* Does a[0..n) name the site ("The Daily Planet" ~ "Daily Planet")? */
static int same_site(const char *a, size_t n, const char *site)
{
  size_t m, i;
  char low[64];
  if (!site || n == 0) return 0;
  m = strlen(site);
  if (ascii_ieq(a, n, site, m)) return 1;
  if (m >= sizeof low || n >= sizeof low || m < 4 || n < 4) return 0;
  if (n > m) {   /* the shorter inside the longer, lower-cased */
    for (i = 0; i < m; i++) low[i] = DL_LOWER(site[i]);
    low[m] = '\0';
    return n - m <= 4 && ascii_find(a, n, low) != NULL;
  }
  for (i = 0; i < n; i++) low[i] = DL_LOWER(a[i]);
  low[n] = '\0';
  return m - n <= 4 && ascii_find(site, m, low) != NULL;
}

/* Does the <title> tt open with the <h1> h, and what follows it is a
 * site's name of four words at most, each capitalized ("Satellites
 * launched-Xinhua")?  A site's logo in an <h1> fails: the headline after
 * it is longer, or in lower case ("Lakeshore Daily Ledger - Barn fire
 * spreads"), or the <h1> is the site's known name. */
static int h1_heads_title(const char *h, const char *tt, const char *site)
{
  size_t hn = strlen(h), tn = strlen(tt), r;
  if (!(count_words(h, hn) >= 3 && tn > hn && ascii_ieq(tt, hn, h, hn)
        && !DL_IS_ALNUM(tt[hn]) && count_words(tt + hn, tn - hn) <= 4))
    return 0;
  if (site && same_site(h, hn, site)) return 0;
  for (r = hn; r < tn && (unsigned char)tt[r] < 0x80 && !DL_IS_ALNUM(tt[r]); r++) {}
  return words_capitalized(tt + r, tn - r);
}

/* Remove the site name from a title: "Headline | Site", "Site - Headline".
 * guess: no site known, the title comes from <title>: a short last part
 * after a separator is taken as the site (returned in *site_len). */
static size_t clean_title(const char *t, size_t n, const char *site, int guess,
                          size_t *start, size_t *site_at, size_t *site_len)
{
  size_t at, sl;
  *start = 0;
  *site_len = 0;
  if (find_sep(t, n, 1, &at, &sl)) {
    const char *suf = t + at + sl;
    size_t sufn = n - at - sl;
    if (same_site(suf, sufn, site)) return at;
    if (guess && !site && count_words(suf, sufn) <= 4 && count_words(t, at) >= 3) {
      *site_at = at + sl;
      *site_len = sufn;
      return at;
    }
  }
  if (site && find_sep(t, n, 0, &at, &sl) && same_site(t, at, site)) {
    *start = at + sl;
    return n - at - sl;
  }
  return n;
}

static void finalize_meta(hctx *c)
{
  const char *src = NULL;
  int from_tag = 0;
  /* site: from the <title> suffix as the last resort, below */
  if (c->fv[F_TITLE] && c->fp[F_TITLE] <= 3) {
    src = c->fv[F_TITLE];
    /* og:title is often a shorter headline written for sharing; when the
     * page's <h1> differs from it and <title> says what the <h1> says, the
     * <h1> is the headline the reader sees (without a <title> to say so,
     * og:title stays) */
    if (c->fv[F_H1] && c->fv[F_TITLETAG] && strcmp(src, c->fv[F_H1]) != 0) {
      const char *h = c->fv[F_H1], *tt = c->fv[F_TITLETAG];
      size_t hn = strlen(h), tn = strlen(tt);
      if (hn >= 12 && hn <= tn
          && (ascii_ieq(tt, hn, h, hn) || ascii_ieq(tt + tn - hn, hn, h, hn)))
        src = h;
    }
  }
  else if (c->fv[F_H1]) src = c->fv[F_H1];
  else if (c->fv[F_TITLE]) src = c->fv[F_TITLE];
  else if (c->fv[F_H1DROP] && c->fv[F_TITLETAG]
           && h1_heads_title(c->fv[F_H1DROP], c->fv[F_TITLETAG], c->fv[F_SITE]))
    src = c->fv[F_H1DROP];   /* "Headline-Site": the <h1> is the headline */
  else if (c->fv[F_TITLETAG]) {
    src = c->fv[F_TITLETAG];
    from_tag = 1;
    /* the dropped header's <h1> opens <title> before a separator: that
     * logo names the site ("Lakeshore Daily Ledger - Barn fire spreads"),
     * however short the headline after it */
    if (!c->fv[F_SITE] && c->fv[F_H1DROP]) {
      const char *h = c->fv[F_H1DROP];
      size_t hn = strlen(h), at, sl;
      if (hn > 0 && find_sep(src, strlen(src), 0, &at, &sl) && at == hn
          && ascii_ieq(src, hn, h, hn))
        set_field(c, F_SITE, 5, h, hn);
    }
  }
  c->title_from_tag = from_tag;
  if (src) {
    size_t start, site_at = 0, site_len = 0, n;
    char *copy;
    n = clean_title(src, strlen(src), c->fv[F_SITE], from_tag, &start, &site_at, &site_len);
    if (site_len && !c->fv[F_SITE]) set_field(c, F_SITE, 5, src + site_at, site_len);
    if (n == 0) { n = strlen(src); start = 0; }
    copy = (char *)malloc(n + 1);
    if (!copy) { fail(c, DL_ENOMEM, "not enough memory"); return; }
    memcpy(copy, src + start, n);
    copy[n] = '\0';
    free(c->fv[F_TITLE]);
    c->fv[F_TITLE] = copy;
    c->fp[F_TITLE] = 0;
  }
  if (!c->fv[F_SITE] && c->fv[F_TITLETAG]) {
    const char *t = c->fv[F_TITLETAG];
    size_t start, site_at = 0, site_len = 0;
    size_t tn = strlen(t);
    (void)clean_title(t, tn, NULL, 1, &start, &site_at, &site_len);
    if (site_len) set_field(c, F_SITE, 5, t + site_at, site_len);
    else if (c->fv[F_TITLE]) {
      /* "Hill Valley Notes: Quarry hearing draws a crowd" (Blogger):
       * <title> is a short name, a colon or a separator, then the
       * headline itself */
      const char *h = c->fv[F_TITLE];
      size_t hn = strlen(h), pn;
      if (hn >= 12 && tn > hn + 3 && memcmp(t + tn - hn, h, hn) == 0) {
        pn = tn - hn;
        while (pn > 0 && t[pn - 1] == ' ') pn--;
        if (pn > 0 && (t[pn - 1] == ':' || t[pn - 1] == '|' || t[pn - 1] == '-')) {
          pn--;
          while (pn > 0 && t[pn - 1] == ' ') pn--;
          /* a name of two words or more, each capitalized: one word
           * before a colon is a kicker or a speaker ("Opinion: ...",
           * "Mayor: We will rebuild"), and so is a phrase in lower case
           * ("Live updates: ...") */
          if (pn > 0 && pn < tn - hn && count_words(t, pn) <= 4
              && count_words(t, pn) >= 2 && words_capitalized(t, pn))
            set_field(c, F_SITE, 6, t, pn);
        }
      }
    }
  }
  if (!c->fv[F_PUB] && c->fv[F_URL]) {
    char iso[32];
    if (url_date(c->fv[F_URL], strlen(c->fv[F_URL]), iso)) set_field(c, F_PUB, 8, iso, strlen(iso));
  }
  if (!c->fv[F_PUB] && c->fv[F_VISDATE])
    set_date(c, F_PUB, 9, c->fv[F_VISDATE], strlen(c->fv[F_VISDATE]));
}

/* ===================================================================== */
/* Entry points                                                          */
/* ===================================================================== */

void dl_html_options_init(dl_html_options *o)
{
  o->title = 1;
}

/* Our tree, built from the SAX events of libxml2's HTML parser.  The
 * parser does all of HTML's implied starts and ends and sends matching
 * start and end events, so a tree built from them has the shape of the
 * one libxml2's own tree builder (SAX2.c) would build; the callbacks below
 * follow its placement rules (an element opened when nothing is open goes
 * under the first top-level node when that is an element; text only goes
 * into an open element and joins a text node just before it; CDATA joins
 * CDATA; the doctype is put first; comments and processing instructions
 * are nodes, so text on both sides stays two nodes).  What is not built:
 * elements deeper than DL_MAX_HTML_DEPTH open elements, left out with
 * their content; the content of elements no pass descends into
 * (TF_NODESC: script, style, svg, iframe, noscript, amp-*) but a <script>
 * of JSON-LD's; attributes no pass reads (kept_attrs).  Nodes live in
 * blocks of DL_HTML_NODE_BLOCK (never moved, so they link by pointer),
 * text in one buffer (each node's text NUL-terminated), kept attribute
 * values in another: no allocation per node, one free of each at the end.
 * Start and end events come in pairs, so counts of open elements are all
 * the filter needs.  Past DL_MAX_HTML_NODES nodes the rest of the page is
 * left out the same way as deep elements. */
#define DL_HTML_NODE_BLOCK 1024

typedef struct htree {
  hnode **blocks;          /* blocks of DL_HTML_NODE_BLOCK nodes */
  size_t nblocks, bcap, bused, nnodes;
  hnode doc;               /* the document: top-level nodes are its children */
  hnode *open[DL_MAX_HTML_DEPTH + 1];   /* open elements (libxml2's node stack) */
  size_t depth;
  hnode *dtd;              /* the doctype's node, once there is one */
  buf text;                /* text of text and CDATA nodes, each NUL-terminated */
  buf vals;                /* values of kept attributes, each NUL-terminated */
  hattr *attrs;            /* kept attributes, an element's together */
  size_t na, acap;
  unsigned long skipped;   /* open elements left out */
  unsigned long inner;     /* 1 + open elements inside a never-descended one */
  hctx *c;                 /* for its tag cache */
  int oom;
} htree;

static void tree_free(htree *t)
{
  size_t i;
  for (i = 0; i < t->nblocks; i++) free(t->blocks[i]);
  free(t->blocks);
  free(t->attrs);
  buf_free(&t->text);
  buf_free(&t->vals);
}

static hnode *tree_new(htree *t, uint8_t type)
{
  hnode *n;
  if (t->oom || t->nnodes >= DL_MAX_HTML_NODES) return NULL;
  if (t->nblocks == 0 || t->bused == DL_HTML_NODE_BLOCK) {
    hnode *b;
    if (dl_grow((void **)&t->blocks, &t->bcap, t->nblocks + 1, sizeof *t->blocks) != 0) {
      t->oom = 1;
      return NULL;
    }
    b = (hnode *)malloc(DL_HTML_NODE_BLOCK * sizeof *b);
    if (!b) { t->oom = 1; return NULL; }
    t->blocks[t->nblocks++] = b;
    t->bused = 0;
  }
  n = &t->blocks[t->nblocks - 1][t->bused++];
  t->nnodes++;
  memset(n, 0, sizeof *n);
  n->type = type;
  return n;
}

static void tree_link(hnode *parent, hnode *n)
{
  n->parent = parent;
  if (parent->last) parent->last->next = n;
  else parent->children = n;
  parent->last = n;
}

static hnode *tree_cur(const htree *t)
{
  return t->depth ? t->open[t->depth - 1] : NULL;
}

/* A comment or processing instruction: into the open element, else at
 * the end of the top level. */
static void tree_other(htree *t)
{
  hnode *n = tree_new(t, HN_OTHER), *cur = tree_cur(t);
  if (n) tree_link(cur ? cur : &t->doc, n);
}

/* Text or CDATA s[0..len) into the open element. */
static void tree_text(htree *t, uint8_t type, const xmlChar *s, int len)
{
  hnode *cur = tree_cur(t), *last;
  if (!cur || len < 0) return;
  last = cur->last;
  if (last && last->type == type) {
    /* joins the node before it, whose text ends the buffer (nothing is
     * added to the buffer but at the open element) */
    if ((size_t)last->off + last->len + 1 != t->text.n) {
      /* not expected: copy its text to the end first */
      if (buf_reserve(&t->text, (size_t)last->len + (size_t)len + 1) != 0) { t->oom = 1; return; }
      memcpy(t->text.p + t->text.n, t->text.p + last->off, last->len);
      last->off = (uint32_t)t->text.n;
      t->text.n += last->len;
    } else {
      t->text.n--;   /* over its NUL */
    }
    buf_add(&t->text, (const char *)s, (size_t)len);
    buf_addc(&t->text, '\0');
    last->len += (uint32_t)len;
  } else {
    hnode *n = tree_new(t, type);
    if (!n) return;
    n->off = (uint32_t)t->text.n;
    n->len = (uint32_t)len;
    buf_add(&t->text, (const char *)s, (size_t)len);
    buf_addc(&t->text, '\0');
    tree_link(cur, n);
  }
  if (t->text.oom || t->text.n > UINT32_MAX) t->oom = 1;
}

/* The attributes the passes read (init_node, attr): sorted, in the order
 * of the A_* ids.  Every other attribute (src, srcset, alt, data-*, on*,
 * width ...) is left out of the tree -- on news pages most attributes are
 * of that kind. */
static const char *const kept_attrs[] = {
  "aria-hidden", "class", "content", "datetime", "hidden", "href",
  "http-equiv", "id", "itemprop", "itemscope", "lang", "name", "property",
  "pubdate", "rel", "role", "style", "title", "type", "xml:lang",
};

/* The A_* id of a kept attribute name, or -1. */
static int attr_id(const char *name)
{
  size_t lo = 0, hi = NELEM(kept_attrs);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int d = strcmp(name, kept_attrs[mid]);
    if (d == 0) return (int)mid;
    if (d < 0) hi = mid;
    else lo = mid + 1;
  }
  return -1;
}

/* attr_id of an attribute name: libxml2 interns attribute names in the
 * document's dictionary as it does element names (tag_cached). */
static int attr_id_cached(hctx *c, const xmlChar *name)
{
  size_t h = interned_slot(name);
  int id;
  if (c->acache_name[h] == name) return c->acache_id[h];
  id = attr_id((const char *)name);
  c->acache_name[h] = name;
  c->acache_id[h] = (int8_t)id;
  return id;
}

static void tree_start(htree *t, const xmlChar *name, const xmlChar **atts)
{
  hnode *n = tree_new(t, HN_ELEM), *cur = tree_cur(t);
  size_t i;
  const char *colon = strchr((const char *)name, ':');
  if (!n) return;
  /* libxml2's tree names an element "a:b" by its local part "b" (a
   * prefix is split off unless the name starts with ':') */
  if (colon && colon != (const char *)name) n->tag = (uint8_t)tag_of(colon + 1);
  else n->tag = (uint8_t)tag_cached(t->c, name);
  n->off = (uint32_t)t->na;
  for (i = 0; atts && atts[i] && n->nattr < DL_MAX_HTML_ATTRS; i += 2) {
    int id = attr_id_cached(t->c, atts[i]);
    const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
    hattr *a;
    if (id < 0) continue;
    if (dl_grow((void **)&t->attrs, &t->acap, t->na + 1, sizeof *t->attrs) != 0) {
      t->oom = 1;
      return;
    }
    a = &t->attrs[t->na++];
    a->id = (uint8_t)id;
    a->off = (uint32_t)t->vals.n;
    buf_add(&t->vals, v, strlen(v) + 1);
    if (t->vals.oom || t->vals.n > UINT32_MAX) { t->oom = 1; return; }
    n->nattr++;
  }
  /* libxml2: the first top-level node is the root; with nothing open, a
   * later element goes into the root when the root is an element, else
   * after the last top-level node */
  if (!t->doc.children) tree_link(&t->doc, n);
  else if (cur) tree_link(cur, n);
  else if (t->doc.children->type == HN_ELEM) tree_link(t->doc.children, n);
  else tree_link(&t->doc, n);
  t->open[t->depth++] = n;
}

/* After the parse: text and attribute pointers into the final buffers. */
static void tree_finish(htree *t)
{
  size_t b, i;
  for (b = 0; b < t->nblocks; b++) {
    size_t used = b + 1 == t->nblocks ? t->bused : DL_HTML_NODE_BLOCK;
    for (i = 0; i < used; i++) {
      hnode *n = &t->blocks[b][i];
      if (n->type == HN_TEXT || n->type == HN_CDATA) n->content = t->text.p + n->off;
      else if (n->type == HN_ELEM && n->nattr) n->attrs = t->attrs + n->off;
    }
  }
  for (i = 0; i < t->na; i++) t->attrs[i].v = t->vals.p + t->attrs[i].off;
}

/* ---- the SAX callbacks: the filter, then the tree ---- */

static htree *sax_tree(void *ctx)
{
  return (htree *)((xmlParserCtxtPtr)ctx)->_private;
}

static void sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
  htree *t = sax_tree(ctx);
  size_t i, before;
  if (t->skipped || t->depth >= DL_MAX_HTML_DEPTH || t->nnodes >= DL_MAX_HTML_NODES || t->oom) {
    t->skipped++;
    return;
  }
  if (t->inner) { t->inner++; return; }
  if (tag_flags(tag_cached(t->c, name)) & TF_NODESC) {
    t->inner = 1;
    if (atts && name[0] == 's' && strcmp((const char *)name, "script") == 0) {
      for (i = 0; atts[i]; i += 2)
        if (strcmp((const char *)atts[i], "type") == 0) {
          const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
          if (ascii_find(v, strlen(v), "ld+json")) t->inner = 0;
          break;
        }
    }
  }
  before = t->depth;
  tree_start(t, name, atts);
  if (t->depth == before) {   /* not built (out of memory): nor is its content */
    t->inner = 0;
    t->skipped++;
  }
}

static void sax_end(void *ctx, const xmlChar *name)
{
  htree *t = sax_tree(ctx);
  (void)name;
  if (t->skipped) { t->skipped--; return; }
  if (t->inner > 1) { t->inner--; return; }
  t->inner = 0;
  if (t->depth) t->depth--;
}

static void sax_chars(void *ctx, const xmlChar *ch, int len)
{
  htree *t = sax_tree(ctx);
  if (!t->skipped && !t->inner) tree_text(t, HN_TEXT, ch, len);
}

static void sax_cdata(void *ctx, const xmlChar *ch, int len)
{
  htree *t = sax_tree(ctx);
  if (!t->skipped && !t->inner) tree_text(t, HN_CDATA, ch, len);
}

static void sax_comment(void *ctx, const xmlChar *value)
{
  htree *t = sax_tree(ctx);
  (void)value;
  if (!t->skipped && !t->inner) tree_other(t);
}

/* Processing instructions were never filtered: they go into the open
 * element whatever is left out around them. */
static void sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
  (void)target;
  (void)data;
  tree_other(sax_tree(ctx));
}

/* The doctype (the first one only) is put first in the document. */
static void sax_doctype(void *ctx, const xmlChar *name, const xmlChar *eid, const xmlChar *sid)
{
  htree *t = sax_tree(ctx);
  hnode *n;
  (void)name; (void)eid; (void)sid;
  if (t->dtd || !(n = tree_new(t, HN_OTHER))) return;
  n->parent = &t->doc;
  n->next = t->doc.children;
  t->doc.children = n;
  if (!t->doc.last) t->doc.last = n;
  t->dtd = n;
}

static void sax_blank(void *ctx, const xmlChar *ch, int len)
{
  (void)ctx; (void)ch; (void)len;
}

/* Our callbacks on the parser context p, with the tree t (both owned by
 * the caller) as its _private (the user's field).  No document of
 * libxml2's is made. */
static void tree_install(htmlParserCtxtPtr p, htree *t, hctx *c)
{
  xmlSAXHandler *h = p->sax;
  memset(t, 0, sizeof *t);
  t->doc.type = HN_DOC;
  t->c = c;
  h->startDocument = NULL;
  h->endDocument = NULL;
  h->internalSubset = sax_doctype;
  h->externalSubset = NULL;
  h->startElement = sax_start;
  h->endElement = sax_end;
  h->characters = sax_chars;
  h->cdataBlock = sax_cdata;
  h->ignorableWhitespace = sax_blank;
  h->comment = sax_comment;
  h->processingInstruction = sax_pi;
  h->startElementNs = NULL;
  h->endElementNs = NULL;
  h->reference = NULL;
  p->_private = t;
}

/* ---- pre-pass ---------------------------------------------------------
 * News pages are often more script, style and comments than anything else
 * by bytes; libxml2 reads raw text one character at a time, and nothing of
 * it is read by the passes (the filter above drops it from the tree).  So
 * before libxml2 sees the page, one forward scan that tokenizes the way
 * libxml2's HTML parser does (2.9: tags with quoted attribute values,
 * comments to the first "-->", <script> and <style> raw to the first
 * "</script" or "</style", case-insensitive) removes the bodies of
 * <script> (but JSON-LD's, which the metadata reads) and <style>, and
 * empties comments.  Tags stay where they were, so the tree is the same.
 * Wherever the scan is not sure to agree with libxml2 (a quote or a tag
 * left open at the end, a name past libxml2's 100 bytes, <! or <? other
 * than a comment or doctype, odd comment ends), it copies the rest of the
 * page unchanged: the page is then parsed as is from there.  Linear: each
 * byte is looked at a bounded number of times. */

#define IS_BLANK(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')
#define IS_NAME0(c) (DL_IS_ALPHA(c) || (c) == '_' || (c) == ':' || (c) == '.')
#define IS_NAMEC(c) (DL_IS_ALNUM(c) || (c) == '_' || (c) == ':' || (c) == '.' || (c) == '-')
/* libxml2's HTML_PARSER_BUFFER_SIZE: longer names are cut there. */
#define DL_HTML_NAME_MAX 100

/* The end tag "</" + name that closes raw text starting at from; n when
 * none.  Raw text ends at "</" + name followed by space, '/' or '>', as
 * browsers read it (libxml2 would stop at any other character too, in the
 * middle of a string of script); when the tag's name is longer
 * ("</scriptx") it is an unknown end tag, read to its '>', and the raw
 * text goes on after it. */
static size_t find_close(const char *s, size_t n, size_t from, const char *name, size_t m)
{
  while (from < n) {
    /* where a piece of raw text starts, libxml2 first reads a tag: an end
     * tag there may close other elements, a start tag may close this one */
    if (s[from] == '<' && from + 1 < n
        && (s[from + 1] == '/' || IS_NAME0(s[from + 1]))
        && !(from + 2 + m < n && s[from + 1] == '/' && ascii_ieq(s + from + 2, m, name, m)
             && !IS_NAMEC(s[from + 2 + m])))
      return n;
    const char *p = (const char *)memchr(s + from, '<', n - from);
    size_t i;
    if (!p) return n;
    i = (size_t)(p - s);
    from = i + 1;
    if (i + 2 + m <= n && s[i + 1] == '/' && ascii_ieq(s + i + 2, m, name, m)) {
      char after;
      if (i + 2 + m == n) return n;
      after = s[i + 2 + m];
      /* as browsers read script data: only "</script" followed by space,
       * '/' or '>' ends it; "'</script' + '>'" in a string is text */
      if (DL_IS_SPACE(after) || after == '/' || after == '>') return i;
      if (IS_NAMEC(after)) {   /* "</scriptx": an unknown end tag */
        p = (const char *)memchr(s + i, '>', n - i);
        if (!p) return n;
        from = (size_t)(p - s) + 1;
      }
    }
  }
  return n;
}

/* The end of the start tag whose name ends at j (attributes as libxml2's
 * htmlParseStartTag reads them): the index of its '>' (or of the '/' of
 * "/>", *empty set), or n when the tag does not end. */
static size_t start_tag_end(const char *s, size_t n, size_t j, int *empty)
{
  *empty = 0;
  for (;;) {
    while (j < n && IS_BLANK(s[j])) j++;
    if (j >= n || s[j] == '<') return n;   /* libxml2 recovers its own way */
    if (s[j] == '>') return j;
    if (s[j] == '/' && j + 1 < n && s[j + 1] == '>') { *empty = 1; return j; }
    if (IS_NAME0(s[j])) {
      size_t k = j;
      while (j < n && IS_NAMEC(s[j])) j++;
      if (j - k >= DL_HTML_NAME_MAX) return n;
      while (j < n && IS_BLANK(s[j])) j++;
      if (j < n && s[j] == '=') {
        j++;
        while (j < n && IS_BLANK(s[j])) j++;
        if (j < n && (s[j] == '"' || s[j] == '\'')) {
          const char *q = (const char *)memchr(s + j + 1, s[j], n - j - 1);
          if (!q) return n;
          j = (size_t)(q - s) + 1;
        } else {
          while (j < n && !IS_BLANK(s[j]) && s[j] != '>' && s[j] != '<') j++;
        }
      }
    } else {   /* a bogus attribute: skipped to a blank or the tag's end */
      while (j < n && !IS_BLANK(s[j]) && s[j] != '>' && s[j] != '<'
             && !(s[j] == '/' && j + 1 < n && s[j + 1] == '>'))
        j++;
    }
  }
}

/* Is the attribute name s[0..n) one the tree keeps (kept_attrs)?  href
 * only when keep_href: the passes read it on <link> only. */
static int attr_kept(const char *s, size_t n, int keep_href)
{
  char low[16];
  size_t k;
  if (n >= sizeof low) return 0;   /* longer than every kept name */
  for (k = 0; k < n; k++) low[k] = DL_LOWER(s[k]);
  low[n] = '\0';
  /* by the first letter, then the name: cheaper than attr_id's bisection
   * for a table this small, at every attribute of the page */
  for (k = 0; k < NELEM(kept_attrs) && kept_attrs[k][0] <= low[0]; k++)
    if (kept_attrs[k][0] == low[0] && strcmp(low, kept_attrs[k]) == 0)
      return keep_href || k != A_HREF;
  return 0;
}

/* Cuts the attributes the tree would leave out (attr_kept) from the
 * start tag whose name ends at j and whose end start_tag_end found at e,
 * copying the page up to each cut into out (*copied as in strip_raw).
 * libxml2 copies every attribute value a character at a time into a
 * buffer of its own, and pages carry long src, srcset, data-* and
 * on* values nobody reads.  The walk is start_tag_end's; only an
 * attribute with a blank before it and a blank or the tag's end after it
 * is cut, so no tokens around it join, and not one followed by a bogus
 * "=...": with it gone, an attribute without a value before it would
 * take that as its value ('class onclick=x ="a>b"'). */
static int eq_follows(const char *s, size_t j, size_t e)
{
  while (j < e && IS_BLANK(s[j])) j++;
  return j < e && s[j] == '=';
}

static void drop_attrs(const char *s, size_t j, size_t e, int keep_href,
                       buf *out, size_t *copied)
{
  if (memchr(s + j, '\0', e - j)) return;   /* libxml2 stops at a NUL */
  while (j < e) {
    size_t a, name_end;
    while (j < e && IS_BLANK(s[j])) j++;
    if (j >= e) break;
    a = j;
    if (!IS_NAME0(s[j])) {   /* bogus: to a blank, as start_tag_end skips it */
      while (j < e && !IS_BLANK(s[j])) j++;
      continue;
    }
    while (j < e && IS_NAMEC(s[j])) j++;
    name_end = j;
    while (j < e && IS_BLANK(s[j])) j++;
    if (j < e && s[j] == '=') {
      j++;
      while (j < e && IS_BLANK(s[j])) j++;
      if (j < e && (s[j] == '"' || s[j] == '\'')) {
        const char *q = (const char *)memchr(s + j + 1, s[j], e - j - 1);
        if (!q) return;   /* not expected: start_tag_end found the tag's end */
        j = (size_t)(q - s) + 1;
      } else {
        while (j < e && !IS_BLANK(s[j])) j++;
      }
    } else {
      j = name_end;
    }
    if (IS_BLANK(s[a - 1]) && (j == e || IS_BLANK(s[j])) && !eq_follows(s, j, e)
        && !attr_kept(s + a, name_end - a, keep_href)) {
      buf_add(out, s + *copied, a - *copied);
      *copied = j;
    }
  }
}

/* Element names of SVG icons and drawings (lower case, sorted): an inline
 * <svg> holding only these is emptied.  None of them opens or closes
 * anything around it in libxml2's HTML parser (unknown tags, or <title>
 * deep in the body), so the page's structure stays the same. */
static const char *const svg_names[] = {
  "animate", "animatetransform", "circle", "clippath", "defs", "desc",
  "ellipse", "feblend", "fecolormatrix", "fecomposite", "feflood",
  "fegaussianblur", "femerge", "femergenode", "feoffset", "filter", "g",
  "line", "lineargradient", "marker", "mask", "metadata", "path", "pattern",
  "polygon", "polyline", "radialgradient", "rect", "stop", "symbol", "text",
  "textpath", "title", "tspan", "use",
};

static int is_svg_name(const char *s, size_t n)
{
  char low[24];
  size_t i, lo = 0, hi = NELEM(svg_names);
  if (n == 0 || n >= sizeof low) return 0;
  for (i = 0; i < n; i++) low[i] = DL_LOWER(s[i]);
  low[n] = '\0';
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int d = strcmp(low, svg_names[mid]);
    if (d == 0) return 1;
    if (d < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

/* Open elements by name, as the pre-pass counts them: +1 at a start tag,
 * -1 at an end tag (never below 0).  libxml2 can only have closed more
 * (implied ends), so an end tag whose name counts 0 here is one libxml2
 * ignores ("Unexpected end tag") -- after a scan of its whole stack of
 * open elements, which makes thousands of unclosed tags followed by
 * thousands of stray end tags quadratic.  The pre-pass replaces such tags
 * by empty comments.
 * Names up to 15 bytes, in an open-addressing table of DL_HTML_NAME_SLOTS;
 * a name that finds no slot is never dropped. */
#define DL_HTML_NAME_SLOTS 512
typedef struct name_slot { char name[16]; uint32_t open; } name_slot;

static name_slot *name_find(name_slot *tab, const char *s, size_t n)
{
  char low[16];
  size_t i, h = 2166136261u, k;
  if (!tab || n == 0 || n >= sizeof low) return NULL;
  memset(low, 0, sizeof low);
  for (i = 0; i < n; i++) {
    low[i] = DL_LOWER(s[i]);
    h = (h ^ (unsigned char)low[i]) * 16777619u;
  }
  for (k = 0; k < 8; k++) {   /* a few probes, then give up on the name */
    name_slot *e = &tab[(h + k) & (DL_HTML_NAME_SLOTS - 1)];
    if (e->name[0] == '\0') { memcpy(e->name, low, sizeof low); return e; }
    if (memcmp(e->name, low, sizeof low) == 0) return e;
  }
  return NULL;
}

/* End tags never dropped: libxml2 gives these meaning even when nothing
 * of the name is open (</p>, </br>) or handles them on its own. */
static int end_tag_kept(const char *s, size_t n)
{
  return ascii_ieq(s, n, "p", 1) || ascii_ieq(s, n, "br", 2) || ascii_ieq(s, n, "html", 4)
         || ascii_ieq(s, n, "body", 4) || ascii_ieq(s, n, "head", 4);
}

/* Inline formatting elements without meaning for the extraction (no
 * span: its classes name bylines and dates): nested in themselves as
 * often as written (libxml2 closes none of them when another starts). */
static int inline_tag(const char *s, size_t n)
{
  /* with their lengths: this runs at every tag of the page */
#define NAME_LEN(w) { w, sizeof w - 1 }
  static const struct { const char *name; size_t len; } names[] = {
    NAME_LEN("b"), NAME_LEN("big"), NAME_LEN("em"), NAME_LEN("i"), NAME_LEN("s"),
    NAME_LEN("small"), NAME_LEN("strike"), NAME_LEN("strong"), NAME_LEN("sub"),
    NAME_LEN("sup"), NAME_LEN("tt"), NAME_LEN("u"),
  };
#undef NAME_LEN
  /* their first letters: b e i s t u */
  const uint32_t first = 1u << ('b' - 'a') | 1u << ('e' - 'a') | 1u << ('i' - 'a')
                         | 1u << ('s' - 'a') | 1u << ('t' - 'a') | 1u << ('u' - 'a');
  size_t k;
  if (n == 0 || n > 6 || !DL_IS_ALPHA(s[0]) || !(first >> (DL_LOWER(s[0]) - 'a') & 1u)) return 0;
  for (k = 0; k < NELEM(names); k++)
    if (names[k].len == n && ascii_ieq(s, n, names[k].name, n)) return 1;
  return 0;
}

/* Is s[0..i) only a byte order mark and blanks? */
static int lead_blank(const char *s, size_t i)
{
  size_t k = 0;
  if (i >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB
      && (unsigned char)s[2] == 0xBF) k = 3;
  while (k < i && IS_BLANK(s[k])) k++;
  return k == i;
}

/* Does the start tag s[from..to) have a type attribute naming JSON-LD? */
static int tag_is_jsonld(const char *s, size_t from, size_t to)
{
  return ascii_find(s + from, to - from, "ld+json") != NULL;
}

/* The page s[0..n) without raw text nobody reads, into out.  Returns -1
 * when out ran out of memory. */
/* Can the script body s[0..n) go out of the page (strip_raw's ld)?  When
 * libxml2 would hand it over byte for byte: no character it drops
 * (controls, U+FFFE, U+FFFF, surrogates) or may fold (CR), and no '<'
 * (where libxml2 and find_close could end it apart).  *hash: its FNV-1a. */
static int ld_verbatim(const char *s, size_t n, uint32_t *hash)
{
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    if ((b < 0x20 && b != '\t' && b != '\n') || b == '<') return 0;
    if (b >= 0xED) {
      unsigned char b1 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
      unsigned char b2 = i + 2 < n ? (unsigned char)s[i + 2] : 0;
      if (b == 0xED && b1 >= 0xA0) return 0;
      if (b == 0xEF && b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) return 0;
      if (b >= 0xF4 && !(b == 0xF4 && b1 < 0x90)) return 0;
    }
    h = (h ^ b) * 16777619u;
  }
  *hash = h;
  return 1;
}

/* Takes the JSON-LD body s[from..to) out into ld, its marker into out
 * (after the page up to it).  Returns 0 (and does nothing) when the body
 * stays: not verbatim, shorter than its marker, or out of memory. */
static int ld_take(const char *s, size_t from, size_t to, ld_spans *ld,
                   buf *out, size_t copied)
{
  char mark[DL_LD_MARKER_MAX];
  char digits[24];
  size_t m = 0, nd = 0, k = ld->n;
  uint32_t h;
  int i;
  if (!ld_verbatim(s + from, to - from, &h)) return 0;
  memcpy(mark, "@dl-ld:", 7);
  m = 7;
  do { digits[nd++] = (char)('0' + k % 10); k /= 10; } while (k);
  while (nd) mark[m++] = digits[--nd];
  mark[m++] = ':';
  for (i = 28; i >= 0; i -= 4) mark[m++] = "0123456789abcdef"[(h >> i) & 15];
  if (to - from < m) return 0;   /* the page never grows */
  if (dl_grow((void **)&ld->v, &ld->cap, ld->n + 1, sizeof *ld->v) != 0) return 0;
  ld->v[ld->n].off = from;
  ld->v[ld->n].len = to - from;
  ld->v[ld->n].hash = h;
  ld->v[ld->n].read = 0;
  ld->n++;
  buf_add(out, s + copied, from - copied);
  buf_add(out, mark, m);
  return 1;
}

static int strip_raw(const char *s, size_t n, buf *out, ld_spans *ld)
{
  size_t i = 0, copied = 0;   /* s[copied..i) is still to be copied */
  size_t svg_mark = 0;        /* out->n where the open <svg>'s content starts */
  int in_svg = 0;             /* inside an <svg> that may still be emptied */
  /* inline formatting elements open since the last other end tag kept
   * (libxml2 closes open <b>, <i>, ... at </p>, </div>, </li>: counting
   * from there never overstates) */
  size_t inline_open = 0;
  name_slot *names = (name_slot *)calloc(DL_HTML_NAME_SLOTS, sizeof *names);
  if (!names || buf_reserve(out, n) != 0) { free(names); return -1; }
  while (i < n) {
    const char *p = (const char *)memchr(s + i, '<', n - i);
    size_t j;
    if (!p) break;
    i = (size_t)(p - s);
    if (i + 1 >= n) break;
    if (s[i + 1] == '!') {
      if (i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-') {   /* comment */
        size_t k = i + 4, e;
        if (k < n && (s[k] == '>' || (s[k] == '-' && k + 1 < n && s[k + 1] == '>'))) break;
        for (e = k;;) {   /* the first "-->" starting at k or later */
          const char *g = (const char *)memchr(s + e, '>', n - e);
          if (!g) { e = n; break; }
          e = (size_t)(g - s);
          if (e >= k + 2 && s[e - 1] == '-' && s[e - 2] == '-') break;
          e++;
        }
        if (e >= n) break;
        {
          size_t b;   /* "--!>" inside: ends the comment early in newer libxml2 */
          for (b = k; b + 3 < e; b++)
            if (s[b] == '-' && s[b + 1] == '-' && s[b + 2] == '!' && s[b + 3] == '>') break;
          if (b + 3 < e) break;
        }
        if (e - 2 > k) {   /* "<!--" kept, the body dropped, "-->" kept */
          buf_add(out, s + copied, k - copied);
          copied = e - 2;
        }
        i = e + 1;
        continue;
      }
      if (i + 11 <= n && ascii_ieq(s + i + 2, 7, "doctype", 7) && IS_BLANK(s[i + 9])
          && DL_IS_ALPHA(s[i + 10]) && lead_blank(s, i)) {
        /* the doctype first in the page: to its '>', past quoted ids */
        for (j = i + 10; j < n && s[j] != '>' && s[j] != '<'; j++) {
          if (s[j] == '"' || s[j] == '\'') {
            const char *q = (const char *)memchr(s + j + 1, s[j], n - j - 1);
            if (!q) { j = n; break; }
            j = (size_t)(q - s);
          }
        }
        if (j >= n || s[j] != '>') break;
        i = j + 1;
        continue;
      }
      break;
    }
    if (s[i + 1] == '?') break;
    if (s[i + 1] == '/') {   /* end tag: to the next '>' */
      const char *g;
      if (i + 2 >= n || !IS_NAME0(s[i + 2])) { i += 2; continue; }
      g = (const char *)memchr(s + i, '>', n - i);
      if (!g || memchr(s + i + 2, '<', (size_t)(g - s) - i - 2)) break;
      {
        size_t b = i + 2;
        name_slot *e;
        j = b;
        while (j < n && IS_NAMEC(s[j])) j++;
        e = name_find(names, s + b, j - b);
        if (inline_tag(s + b, j - b)) { if (inline_open) inline_open--; }
        else inline_open = 0;
        if (e && e->open) e->open--;
        else if (e && !end_tag_kept(s + b, j - b)) {
          /* stray: an empty comment instead, so that nothing around it
           * joins into a new token ("<</i>p", "&amp</i>;") */
          buf_add(out, s + copied, i - copied);
          buf_add(out, "<!---->", 7);
          copied = (size_t)(g - s) + 1;
          i = copied;
          continue;
        }
      }
      if (in_svg) {
        size_t b = i + 2;
        j = b;
        while (j < n && IS_NAMEC(s[j])) j++;
        if (ascii_ieq(s + b, j - b, "svg", 3)) {   /* its content dropped */
          out->n = svg_mark;
          copied = i;
          in_svg = 0;
        } else if (!is_svg_name(s + b, j - b)) {
          in_svg = 0;
        }
      }
      i = (size_t)(g - s) + 1;
      continue;
    }
    if (IS_NAME0(s[i + 1]) && !DL_IS_ALPHA(s[i + 1])) break;   /* "<_x": tag or text? */
    if (!DL_IS_ALPHA(s[i + 1])) { i++; continue; }
    {
      size_t name = i + 1, nl, e, close;
      int empty, kind;
      j = name;
      while (j < n && IS_NAMEC(s[j])) j++;
      nl = j - name;
      if (nl >= DL_HTML_NAME_MAX) break;
      e = start_tag_end(s, n, j, &empty);
      if (e >= n) break;
      kind = ascii_ieq(s + name, nl, "script", 6) ? 1 : ascii_ieq(s + name, nl, "style", 5) ? 2 : 0;
      i = e + (empty ? 2 : 1);
      if (!empty) {
        name_slot *ns = name_find(names, s + name, nl);
        int inl = inline_tag(s + name, nl);
        if (inl && inline_open >= DL_MAX_HTML_DEPTH) {
          /* more unclosed <b> (or <i>, <em>, ...) than the tree keeps
           * levels: libxml2 would close each of them with an error
           * message at the end (the cost of thousands of them); the tag
           * goes, its text stays */
          buf_add(out, s + copied, name - 1 - copied);
          buf_add(out, "<!---->", 7);
          copied = i;
          continue;
        }
        if (ns && ns->open < UINT32_MAX) ns->open++;
        if (inl) inline_open++;
      }
      drop_attrs(s, j, e, ascii_ieq(s + name, nl, "link", 4) || memchr(s + name, ':', nl),
                 out, &copied);
      if (in_svg && !is_svg_name(s + name, nl)) in_svg = 0;   /* also a nested <svg> */
      else if (!in_svg && !empty && ascii_ieq(s + name, nl, "svg", 3)) {
        buf_add(out, s + copied, i - copied);
        copied = i;
        svg_mark = out->n;
        in_svg = 1;
        continue;
      }
      if (!kind || empty) continue;
      close = find_close(s, n, i, kind == 1 ? "script" : "style", kind == 1 ? 6u : 5u);
      if (close >= n) break;   /* unclosed: the rest is raw text, left as it is */
      if (!(kind == 1 && tag_is_jsonld(s, j, e)) && close > i) {
        buf_add(out, s + copied, i - copied);
        copied = close;
      } else if (ld && close > i && ld_take(s, i, close, ld, out, copied)) {
        copied = close;
      }
      i = close;
    }
  }
  buf_add(out, s + copied, n - copied);
  free(names);
  return out->oom ? -1 : 0;
}

dl_status dl_html_strip_raw(const char *s, size_t n, char **out, size_t *out_len)
{
  buf b = {0};
  *out = NULL;
  *out_len = 0;
  if (strip_raw(s, n, &b, NULL) != 0) { buf_free(&b); return DL_ENOMEM; }
  *out = b.p;
  *out_len = b.n;
  return DL_OK;
}

/* Is the page UTF-8 (declared so, or nothing declared)? */
static int page_is_utf8(const char *s, size_t n)
{
  size_t lim = n < 4096 ? n : 4096, i;
  static const char *const keys[] = { "charset", "encoding" };
  size_t k;
  if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB
      && (unsigned char)s[2] == 0xBF) return 1;
  if (n >= 2 && (((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE)
                 || ((unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF))) return 0;
  for (k = 0; k < NELEM(keys); k++) {
    const char *p = ascii_find(s, lim, keys[k]);
    if (!p) continue;
    i = (size_t)(p - s) + strlen(keys[k]);
    while (i < lim && (s[i] == ' ' || s[i] == '=' || s[i] == '"' || s[i] == '\'')) i++;
    if ((i + 5 <= lim && ascii_ieq(s + i, 5, "utf-8", 5))
        || (i + 4 <= lim && ascii_ieq(s + i, 4, "utf8", 4)))
      return 1;
    if (i < lim && DL_IS_ALPHA(s[i])) return 0;
  }
  return 1;
}

static void ctx_free(hctx *c)
{
  size_t i;
  for (i = 0; i < NFIELD; i++) free(c->fv[i]);
  if (c->authors) {
    for (i = 0; i < c->nauth; i++) free(c->authors[i]);
    free(c->authors);
  }
  free(c->ld_body);
  free(c->ld.v);
  free(c->ns);
  buf_free(&c->tmp);
  free(c);
}

static char *take(hctx *c, int f)
{
  char *s = c->fv[f];
  c->fv[f] = NULL;
  return s;
}

void dl_html_doc_free(dl_html_doc *d)
{
  size_t i;
  if (!d) return;
  free(d->text);
  free(d->title);
  free(d->published);
  free(d->modified);
  free(d->site);
  free(d->lang);
  free(d->url);
  free(d->description);
  if (d->authors) {
    for (i = 0; i < d->nauthors; i++) free(d->authors[i]);
    free(d->authors);
  }
  memset(d, 0, sizeof *d);
}

/* A title from <title> whose site part was guessed: when the first body
 * paragraph is one side of "A - B", that side is the headline (it is
 * shown on the page) and the other is the site. */
static void retitle(hctx *c, buf *text, const char **title)
{
  const char *tt = c->fv[F_TITLETAG], *bp, *e;
  size_t tn, tl = strlen(*title), bn, at, sl, k;
  const char *pick = NULL, *site = NULL;
  size_t pn = 0, sn = 0;
  if (!tt || text->n <= tl + 2) return;
  tn = strlen(tt);
  bp = text->p + tl + 2;
  e = strchr(bp, '\n');   /* the first line of the first paragraph */
  bn = e ? (size_t)(e - bp) : text->n - tl - 2;
  for (k = 0; k < 3 && !pick; k++) {
    if (k == 2) {   /* "Printer friendly: Headline" */
      const char *colon = (const char *)memchr(tt, ':', tn);
      if (!colon || colon + 1 >= tt + tn || colon[1] != ' ') continue;
      at = (size_t)(colon - tt);
      sl = 2;
      if (ascii_ieq(tt + at + sl, tn - at - sl, bp, bn)) {
        pick = tt + at + sl; pn = tn - at - sl; site = NULL; sn = 0;
      }
      continue;
    }
    if (!find_sep(tt, tn, (int)k, &at, &sl)) continue;
    if (ascii_ieq(tt + at + sl, tn - at - sl, bp, bn)) {
      pick = tt + at + sl; pn = tn - at - sl; site = tt; sn = at;
    } else if (ascii_ieq(tt, at, bp, bn)) {
      pick = tt; pn = at; site = tt + at + sl; sn = tn - at - sl;
    }
  }
  if (!pick) return;
  {
    buf nb = {0};
    char *nt = (char *)malloc(pn + 1);
    if (!nt) { fail(c, DL_ENOMEM, "not enough memory"); return; }
    memcpy(nt, pick, pn);
    nt[pn] = '\0';
    buf_add(&nb, nt, pn);
    if (e && e[1] != '\n') {
      /* the rest of the headline's paragraph: a byline the authors
       * already have is dropped, as flush() drops one of its own */
      const char *rest = e + 1, *end = strstr(rest, "\n\n");
      size_t rn = end ? (size_t)(end - rest) : strlen(rest);
      if (rn < 200 && is_byline_para(c, rest, rn)) e = end;
      else buf_add(&nb, "\n\n", 2);
    }
    if (e) buf_add(&nb, e + (e[1] != '\n'), (size_t)(text->p + text->n - e - (e[1] != '\n')));
    if (nb.oom) { free(nt); buf_free(&nb); fail(c, DL_ENOMEM, "not enough memory"); return; }
    if (site && (!c->fv[F_SITE] || c->fp[F_SITE] >= 5)) {
      free(c->fv[F_SITE]);
      c->fv[F_SITE] = NULL;
      set_field(c, F_SITE, 5, site, sn);
    }
    free(c->fv[F_TITLE]);
    c->fv[F_TITLE] = nt;
    *title = nt;
    buf_free(text);
    *text = nb;
  }
}

static const char too_large[] = "HTML too large (limit is " DL_STR(DL_MAX_HTML) " bytes)";

/* Is the table of n records of size stride at base, each opening with its
 * name (a const char *), in strictly increasing strcmp order?  A name out
 * of order would silently never be found by the bisections above. */
static int sorted_names(const void *base, size_t n, size_t stride)
{
  const char *p = (const char *)base;
  size_t i;
  for (i = 1; i < n; i++) {
    const char *a = *(const char *const *)(p + (i - 1) * stride);
    const char *b = *(const char *const *)(p + i * stride);
    if (strcmp(a, b) >= 0) return 0;
  }
  return 1;
}

int dl_html_tables_ok(void)
{
#define SORTED(t) sorted_names((t), NELEM(t), sizeof (t)[0])
  return SORTED(entities) && SORTED(agencies) && SORTED(role_words) && SORTED(role_heads)
      && SORTED(tags) && SORTED(hint_words) && SORTED(hint_roots) && SORTED(meta_keys)
      && SORTED(kept_attrs) && SORTED(svg_names);
#undef SORTED
}

dl_status dl_html_extract(const char *html, size_t len, const dl_html_options *opts,
                          dl_html_doc *out)
{
  dl_html_options defaults;
  hctx *c;
  buf fixed = {0}, stripped = {0}, text = {0}, alt = {0};
  htmlParserCtxtPtr pctx = NULL;
  htree *tree = NULL;
  int parsed = 0;
  const char *src = html;
  const char *title = NULL;
  size_t body = 0, i;
  dl_status st;
  int utf8;

  memset(out, 0, sizeof *out);
  if (!opts) { dl_html_options_init(&defaults); opts = &defaults; }
  if (len > DL_MAX_HTML) { out->error = too_large; return DL_ELIMIT; }
  c = (hctx *)calloc(1, sizeof *c);
  if (!c) { out->error = "not enough memory"; return DL_ENOMEM; }
  c->st = DL_OK;
  hint_index_init(&c->hints);

  utf8 = page_is_utf8(html, len);
  if (utf8 && len && utf8_valid_prefix(html, len) != len) {
    if (utf8_fix(html, len, &fixed) != 0) { fail(c, DL_ENOMEM, "not enough memory"); goto done; }
    src = fixed.p;
    len = fixed.n;
    if (len > DL_MAX_HTML) { fail(c, DL_ELIMIT, too_large); goto done; }
  }
  if (utf8 && len > 0) {
    c->ld_src = src;   /* html or fixed: both live to the end */
    if (strip_raw(src, len, &stripped, &c->ld) != 0) { fail(c, DL_ENOMEM, "not enough memory"); goto done; }
    src = stripped.p;
    len = stripped.n;
  }
  if (len > 0) {
    htmlDocPtr doc;
    pctx = htmlNewParserCtxt();
    tree = (htree *)calloc(1, sizeof *tree);   /* freed at done: even if never installed */
    if (!pctx || !pctx->sax || !tree) { fail(c, DL_ENOMEM, "not enough memory"); goto done; }
    tree_install(pctx, tree, c);
    doc = htmlCtxtReadMemory(pctx, src, (int)len, NULL, utf8 ? "UTF-8" : NULL,
                             HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                             | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
    if (doc) xmlFreeDoc(doc);   /* not made: no startDocument callback */
    if (tree->oom) { fail(c, DL_ENOMEM, "not enough memory"); goto done; }
    tree_finish(tree);
    parsed = 1;
  }
  if (parsed) {
    hnode *root = &tree->doc;
    stats_pass(c, root, 1, 1);
    if (c->st == DL_OK && c->hidden_early && c->npaywall) stats_pass(c, root, 1, 0);
    if (c->st == DL_OK) finalize_meta(c);
    if (c->st == DL_OK && c->fv[F_TITLE] && opts->title) title = c->fv[F_TITLE];
    body = extract_run(c, &text, title);
    if (c->st == DL_OK && body < MIN_BODY) {
      size_t body2;
      stats_pass(c, root, 0, 0);
      body2 = extract_run(c, &alt, title);
      if (body2 > body) {
        buf t = text;
        text = alt;
        alt = t;
        body = body2;
      }
    }
  }
  if (c->st != DL_OK) goto done;
  if (title && c->title_from_tag) {
    /* the visible date near the title (the last resort, below) before
     * retitle drops a byline paragraph that may hold it */
    if (!c->fv[F_PUB] && !c->fv[F_MOD] && body > 0 && body >= MIN_BODY) {
      size_t start = strlen(title);
      size_t n = text.n - start < 400 ? text.n - start : 400;
      set_date(c, F_PUB, 10, text.p + start, n);
    }
    retitle(c, &text, &title);
  }
  if (c->st != DL_OK) goto done;
  /* JSON-LD articleBody when the page itself gave next to nothing */
  if (body < MIN_BODY && c->ld_body && strlen(c->ld_body) > body) {
    text.n = 0;
    if (title) { buf_add(&text, title, strlen(title)); buf_add(&text, "\n\n", 2); }
    buf_add(&text, c->ld_body, strlen(c->ld_body));
    body = strlen(c->ld_body);
  }
  /* a section front or an index (og:type website, no article metadata,
   * no date) whose best block is a few teasers: there is no story, and
   * the teasers are not one: no text, the title stays in the metadata */
  if (body < MIN_BODY && c->og_website && !c->ld_article && !c->fv[F_PUB] && !c->fv[F_MOD]) {
    text.n = 0;
    if (text.p) text.p[0] = '\0';
    body = 0;
  }
  if (!text.p) buf_add(&text, "", 0);
  if (text.oom) { fail(c, DL_ENOMEM, "not enough memory"); goto done; }
  /* the visible date near the title, as the last resort */
  if (!c->fv[F_PUB] && !c->fv[F_MOD] && body > 0) {
    size_t start = title ? strlen(title) : 0;
    size_t n = text.n - start < 400 ? text.n - start : 400;
    set_date(c, F_PUB, 10, text.p + start, n);
  }

  out->text = text.p;
  out->len = text.n;
  text.p = NULL;
  out->title = take(c, F_TITLE);
  out->published = take(c, F_PUB);
  out->modified = take(c, F_MOD);
  out->site = take(c, F_SITE);
  out->lang = take(c, F_LANG);
  out->url = take(c, F_URL);
  out->description = take(c, F_DESC);
  /* the outlet credited as the writer, read before the page named the
   * site (add_author drops it when the site came first) */
  if (out->site && c->nauth) {
    size_t ai, kept;
    for (ai = kept = 0; ai < c->nauth; ai++) {
      if (is_site_name(out->site, c->authors[ai], strlen(c->authors[ai])))
        free(c->authors[ai]);
      else c->authors[kept++] = c->authors[ai];
    }
    c->nauth = kept;
  }
  out->authors = c->authors;
  out->nauthors = c->nauth;
  c->authors = NULL;
  c->nauth = 0;
  /* everything valid UTF-8, whatever the page's encoding did */
  {
    char **strs[8];
    int bad = 0;
    strs[0] = &out->title; strs[1] = &out->published; strs[2] = &out->modified;
    strs[3] = &out->site; strs[4] = &out->lang; strs[5] = &out->url;
    strs[6] = &out->description; strs[7] = NULL;
    if (utf8_fix_str(&out->text, &out->len) != 0) bad = 1;
    for (i = 0; strs[i]; i++)
      if (*strs[i] && utf8_fix_str(strs[i], NULL) != 0) bad = 1;
    for (i = 0; i < out->nauthors; i++)
      if (utf8_fix_str(&out->authors[i], NULL) != 0) bad = 1;
    if (bad) fail(c, DL_ENOMEM, "not enough memory");
  }

done:
  st = c->st;
  if (st != DL_OK) out->error = c->err;
  if (tree) { tree_free(tree); free(tree); }
  if (pctx) htmlFreeParserCtxt(pctx);
  buf_free(&fixed);
  buf_free(&stripped);
  buf_free(&text);
  buf_free(&alt);
  ctx_free(c);
  return st;
}
