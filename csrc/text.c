/* text.c -- UTF-8 decoding and locale-free character classes. */
#include "text.h"

#define U DL_C_UPPER
#define L DL_C_LOWER
#define D DL_C_DIGIT
#define S DL_C_SPACE
#define P DL_C_PUNCT
#define H DL_C_HIGH
const unsigned char dl_ctype[256] = {
  0,0,0,0,0,0,0,0, 0,S,S,S,S,S,0,0,  0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
  S,P,P,P,P,P,P,P, P,P,P,P,P,P,P,P,  D,D,D,D,D,D,D,D, D,D,P,P,P,P,P,P,
  P,U,U,U,U,U,U,U, U,U,U,U,U,U,U,U,  U,U,U,U,U,U,U,U, U,U,U,P,P,P,P,P,
  P,L,L,L,L,L,L,L, L,L,L,L,L,L,L,L,  L,L,L,L,L,L,L,L, L,L,L,P,P,P,P,0,
  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,
  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,
  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,
  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H,  H,H,H,H,H,H,H,H, H,H,H,H,H,H,H,H
};
#undef U
#undef L
#undef D
#undef S
#undef P
#undef H

const unsigned char dl_lower[256] = {
#define C(i) (unsigned char)((i) >= 'A' && (i) <= 'Z' ? (i) + 32 : (i))
  DL_BYTES256(C)
#undef C
};

int32_t dl_utf8_decode(const char *str, size_t len, size_t *adv)
{
  const unsigned char *s = (const unsigned char *)str;
  int32_t cp;
  size_t need, i;
  if (len == 0) { *adv = 0; return -1; }
  if (s[0] < 0x80) { *adv = 1; return s[0]; }
  if (s[0] >= 0xC2 && s[0] <= 0xDF) { need = 1; cp = s[0] & 0x1F; }
  else if (s[0] >= 0xE0 && s[0] <= 0xEF) { need = 2; cp = s[0] & 0x0F; }
  else if (s[0] >= 0xF0 && s[0] <= 0xF4) { need = 3; cp = s[0] & 0x07; }
  else { *adv = 1; return 0xFFFD; }
  if (len <= need) { *adv = 1; return 0xFFFD; }
  for (i = 1; i <= need; i++) {
    if ((s[i] & 0xC0) != 0x80) { *adv = 1; return 0xFFFD; }
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  /* reject overlongs, surrogates and values past U+10FFFF */
  if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))
      || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *adv = 1; return 0xFFFD;
  }
  *adv = need + 1;
  return cp;
}

int dl_cp_is_space(int32_t cp)
{
  /* Zero-width spaces, word joiner and the byte-order mark are read as
   * space too: a BOM or U+200B before "LONDON" must not become part of
   * a word. */
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f'
      || cp == '\v' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200D)
      || cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000
      || cp == 0xFEFF;
}

int dl_cp_is_dash(int32_t cp)
{
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

int dl_cp_is_open_quote(int32_t cp)
{
  return cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E
      || cp == 0x201A;
}

int dl_cp_is_close_quote(int32_t cp)
{
  return cp == 0x201D || cp == 0x2019 || cp == 0x00BB;
}

int dl_cp_is_quote(int32_t cp)
{
  return cp == '"' || cp == '\'' || dl_cp_is_open_quote(cp)
      || dl_cp_is_close_quote(cp);
}

size_t dl_space_len(const char *s, size_t len)
{
  size_t adv;
  int32_t cp;
  if (len == 0) return 0;
  if ((unsigned char)s[0] < 0x80) return DL_IS_SPACE(s[0]) ? 1 : 0;
  cp = dl_utf8_decode(s, len, &adv);
  return dl_cp_is_space(cp) ? adv : 0;
}

/* Is the word at s[i] a name's prefix kept in mixed case in a line of
 * capitals ("McCOIST", "MacLEAN", "DeGRUCHY", "LaROCHE"): a capital, one or
 * two small letters, then capitals to the word's end (two at least)?
 * "McCoist" or "Mac" is none. */
static int shouted_prefix_word(const char *s, size_t i, size_t n)
{
  size_t j = i + 1, k;
  if (i > 0 && DL_IS_ALPHA(s[i - 1])) return 0;
  if (!DL_IS_UPPER(s[i])) return 0;
  while (j < n && j < i + 3 && DL_IS_LOWER(s[j])) j++;
  if (j == i + 1 || j >= n || !DL_IS_UPPER(s[j])) return 0;
  for (k = j; k < n && DL_IS_UPPER(s[k]); k++) {}
  if (k - j < 2) return 0;
  return k == n || !DL_IS_ALPHA(s[k]);
}

/* Length of the small letters at s[i] that a title in capitals keeps:
 * a unit or an ordinal after a number ("200m", "10km", "21st"), "v" or
 * "vs" between teams, a possessive's "s" ("McCOIST's"), a brand's first
 * letter ("eBAY", "iPHONE"); else 0. */
static size_t shouted_small(const char *s, size_t i, size_t n)
{
  size_t j = i;
  while (j < n && DL_IS_LOWER(s[j])) j++;
  if (j < n && DL_IS_ALPHA(s[j])) {
    /* "eBAY": one small letter, then capitals to the word's end */
    size_t k = j;
    if (j - i != 1 || (i > 0 && DL_IS_ALPHA(s[i - 1]))) return 0;
    while (k < n && DL_IS_UPPER(s[k])) k++;
    return k - j >= 2 && (k == n || !DL_IS_ALPHA(s[k])) ? 1 : 0;
  }
  if (i > 0 && DL_IS_DIGIT(s[i - 1])) return j - i <= 3 ? j - i : 0;
  if (i > 1 && j - i == 1 && s[i] == 's' && s[i - 1] == '\'' && DL_IS_UPPER(s[i - 2]))
    return 1;
  if ((i == 0 || s[i - 1] == ' ') && (j == n || s[j] == ' ' || s[j] == '.')
      && ((j - i == 1 && s[i] == 'v') || (j - i == 2 && s[i] == 'v' && s[i + 1] == 's')))
    return j - i;
  return 0;
}

int dl_words_sorted(const char *const *tab, size_t n)
{
  size_t i;
  for (i = 1; i < n; i++)
    if (strcmp(tab[i - 1], tab[i]) >= 0) return 0;
  return 1;
}

int dl_is_shouted(const char *s, size_t n)
{
  size_t i;
  int upper = 0;
  for (i = 0; i < n && s[i] != '\n'; i++) {
    if (DL_IS_LOWER(s[i])) {
      size_t k = shouted_small(s, i, n);
      if (!k) return 0;
      i += k - 1;
      continue;
    }
    if (DL_IS_UPPER(s[i])) {
      upper++;
      /* a mixed-case name in the capitals: skip its small letters */
      if (shouted_prefix_word(s, i, n)) {
        while (i + 1 < n && DL_IS_LOWER(s[i + 1])) i++;
      }
    }
  }
  return upper >= 4;
}
