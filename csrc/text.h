/*
 * text.h -- UTF-8 and character classes, locale-free (internal).
 *
 * The core never calls isalpha/tolower: those depend on the C locale.
 * ASCII classes come from a 256-entry table; the few non-ASCII characters
 * news text relies on (curly quotes, dashes, NBSP, ellipsis) are recognized
 * by their code points.
 */
#ifndef DL_TEXT_H
#define DL_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Bits of dl_ctype[] for a byte. */
enum {
  DL_C_UPPER = 1, DL_C_LOWER = 2, DL_C_DIGIT = 4, DL_C_SPACE = 8,
  DL_C_PUNCT = 16, DL_C_HIGH = 32 /* byte >= 0x80 */
};
extern const unsigned char dl_ctype[256];

/* The 256 entries of a byte table, C(0) .. C(255), for a macro C the
 * table defines: tables derived by rule, not typed by hand. */
#define DL_BYTES4(C, i) C(i), C((i) + 1), C((i) + 2), C((i) + 3)
#define DL_BYTES16(C, i) DL_BYTES4(C, i), DL_BYTES4(C, (i) + 4), DL_BYTES4(C, (i) + 8), \
  DL_BYTES4(C, (i) + 12)
#define DL_BYTES64(C, i) DL_BYTES16(C, i), DL_BYTES16(C, (i) + 16), DL_BYTES16(C, (i) + 32), \
  DL_BYTES16(C, (i) + 48)
#define DL_BYTES256(C) DL_BYTES64(C, 0), DL_BYTES64(C, 64), DL_BYTES64(C, 128), \
  DL_BYTES64(C, 192)
/* ASCII lower case as a table (DL_LOWER): one load a byte in the hot
 * loops of the lexicon lookups; bytes outside A-Z map to themselves. */
extern const unsigned char dl_lower[256];

#define DL_IS_UPPER(c) (dl_ctype[(unsigned char)(c)] & DL_C_UPPER)
#define DL_IS_LOWER(c) (dl_ctype[(unsigned char)(c)] & DL_C_LOWER)
#define DL_IS_ALPHA(c) (dl_ctype[(unsigned char)(c)] & (DL_C_UPPER | DL_C_LOWER))
#define DL_IS_DIGIT(c) (dl_ctype[(unsigned char)(c)] & DL_C_DIGIT)
#define DL_IS_ALNUM(c) (dl_ctype[(unsigned char)(c)] & (DL_C_UPPER | DL_C_LOWER | DL_C_DIGIT))
#define DL_IS_SPACE(c) (dl_ctype[(unsigned char)(c)] & DL_C_SPACE)
#define DL_IS_PUNCT(c) (dl_ctype[(unsigned char)(c)] & DL_C_PUNCT)
#define DL_LOWER(c) (DL_IS_UPPER(c) ? (char)((c) + 32) : (char)(c))

/* Decode one code point at s[0..len).  Returns it and sets *adv to the
 * bytes consumed (>= 1 when len > 0).  Malformed or truncated sequences,
 * overlongs and surrogates decode as U+FFFD with *adv = 1, so a scan always
 * makes progress and never reads past len. */
int32_t dl_utf8_decode(const char *s, size_t len, size_t *adv);

/* Code point classes for the non-ASCII characters news text relies on. */
int dl_cp_is_space(int32_t cp);        /* NBSP, thin/em/zero-width spaces, BOM */
int dl_cp_is_dash(int32_t cp);         /* U+2010..U+2015, U+2212 */
int dl_cp_is_open_quote(int32_t cp);   /* “ ‘ « „ ‚ */
int dl_cp_is_close_quote(int32_t cp);  /* ” ’ » */
int dl_cp_is_quote(int32_t cp);        /* any of the above, or " ' */

/* Length in bytes of the white space (ASCII, or a code point for which
 * dl_cp_is_space holds) starting at s, or 0. */
size_t dl_space_len(const char *s, size_t len);

/* Is s[0..n) written in capitals: no lower-case ASCII letter, and four
 * upper-case ones or more ("SOCCER - JAPAN WIN")?  Stops at a line break. */
int dl_is_shouted(const char *s, size_t n);

/* Is tab[0..n) in strictly increasing strcmp order?  The word lists the
 * scanners search by halves check themselves with it (a word out of order
 * would silently never be found). */
int dl_words_sorted(const char *const *tab, size_t n);

/* Case-insensitive ASCII comparison of a[0..n) with the NUL-terminated
 * lower-case word w; true when equal and w has exactly n characters. */
static inline int dl_word_eq(const char *a, size_t n, const char *w)
{
  size_t i;
  for (i = 0; i < n; i++) {
    if (w[i] == '\0' || DL_LOWER(a[i]) != w[i]) return 0;
  }
  return w[n] == '\0';
}

/* Is a[0..n) (any case) one of the `count` lower-case words of list?  A
 * linear pass, for the short lists a module keeps at hand. */
static inline int dl_word_in(const char *a, size_t n, const char *const *list, size_t count)
{
  size_t k;
  for (k = 0; k < count; k++)
    if (dl_word_eq(a, n, list[k])) return 1;
  return 0;
}

/* SWAR: eight bytes in a uint64_t (loaded with memcpy, so byte order
 * does not matter: only per-byte masks are combined). */
#define DL_SWAR_ONES 0x0101010101010101u
#define DL_SWAR_HI 0x8080808080808080u
#define DL_SWAR_LO7 0x7F7F7F7F7F7F7F7Fu

/* 0x80 in each byte of x equal to c, 0 elsewhere (exact, no carries). */
static inline uint64_t dl_swar_eq(uint64_t x, unsigned char c)
{
  uint64_t t = x ^ (DL_SWAR_ONES * c);
  return ~(((t & DL_SWAR_LO7) + DL_SWAR_LO7) | t | DL_SWAR_LO7);
}

/* Skip plain text: the first i' >= i such that t[i'..i'+16) holds a, b
 * or c or a byte >= 0x80, or else the start of the tail of [i, end)
 * shorter than sixteen bytes.  The scans for a few ASCII marks in prose
 * (quote marks, sentence stops) step over the text between marks
 * sixteen bytes at a time with it, then look at the block it stops at
 * byte by byte: a non-ASCII byte is no mark by itself ("é"), but it
 * may start one (a curly quote, an ellipsis), so it stops the skip. */
static inline size_t dl_skip_plain(const unsigned char *t, size_t i, size_t end,
                                   unsigned char a, unsigned char b, unsigned char c)
{
#ifdef __SSE2__
  const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b),
                vc = _mm_set1_epi8((char)c);
  while (i + 16 <= end) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    /* a byte >= 0x80 sets its own bit of the mask */
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, vc), v));
    if (_mm_movemask_epi8(m)) break;
    i += 16;
  }
#else
  while (i + 16 <= end) {
    uint64_t x, y;
    memcpy(&x, t + i, 8);
    memcpy(&y, t + i + 8, 8);
    if ((dl_swar_eq(x, a) | dl_swar_eq(x, b) | dl_swar_eq(x, c) | x
         | dl_swar_eq(y, a) | dl_swar_eq(y, b) | dl_swar_eq(y, c) | y) & DL_SWAR_HI) break;
    i += 16;
  }
#endif
  return i;
}

#endif
