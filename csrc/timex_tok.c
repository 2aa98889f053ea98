/* timex_tok.c -- the tokenizer and lexicon lookup of the temporal-expression
 * recognizer (see timex.h).  Split from timex.c so that the hot per-byte
 * loop lives on its own: everything here runs on every byte of the text,
 * the grammar in timex.c only where an expression can start. */
#include <stdlib.h>
#include <string.h>
#include "timex.h"
#include "text.h"
#include "timex_lex.h"

/* ------------------------------------------------------------------ */
/* Lexicon                                                             */
/* ------------------------------------------------------------------ */

/* The reject mask: can s[0..len) (len 1..15) be in the lexicon? */
int dl_lex_maybe(const char *s, size_t len)
{
  unsigned c = (unsigned char)DL_LOWER(s[0]), d;
  if (c < 'a' || c > 'z') return 0;
  d = len > 1 ? (unsigned char)DL_LOWER(s[1]) : 0;
  d = d >= 'a' && d <= 'z' ? d - 'a' : 26;
  return (dl_lex_mask[(c - 'a') * 27 + d] >> len) & 1u;
}

const dl_lex_entry *dl_lex_lookup(const char *s, size_t len)
{
  char buf[16];
  size_t i;
  uint32_t h = 2166136261u;
  if (len == 0 || len > 15) return NULL;
  if (!dl_lex_maybe(s, len)) return NULL;
  for (i = 0; i < len; i++) {
    buf[i] = DL_LOWER(s[i]);
    h = (h ^ (unsigned char)buf[i]) * 16777619u;
  }
  h &= DL_LEX_HSIZE - 1;
  for (;;) {
    int k = dl_lex_hash[h];
    const dl_lex_entry *e;
    if (k < 0) return NULL;
    e = &dl_lex[k];
    if (e->len == len) {
      for (i = 0; i < len && buf[i] == e->word[i]; i++) {}
      if (i == len) return e;
    }
    h = (h + 1) & (DL_LEX_HSIZE - 1);
  }
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

static int is_word_char(unsigned char c)
{
  return DL_IS_ALPHA(c);
}

/* Is s[0..n) a word that takes a trailing abbreviation dot without ending
 * the sentence? */
static int abbrev_word(const tok *t)
{
  if (t->kind != TK_WORD) return 0;
  if (t->n == 1) return 1;
  if (t->cat == LEX_TITLE) return 1;
  if ((t->cat == LEX_MONTH || t->cat == LEX_WDAY) && t->n <= 5) return 1;
  return 0;
}

static void lex_fill(tok *t, const char *s)
{
  const dl_lex_entry *e;
  t->cat = t->cat2 = 0;
  t->val = t->val2 = 0;
  if (!(t->fl & F_ASCII) || !dl_lex_maybe(s, t->n)) return;
  e = dl_lex_lookup(s, t->n);
  if (e) {
    t->cat = e->cat; t->val = e->val;
    t->cat2 = e->cat2; t->val2 = e->val2;
  }
}

/* Tokenize one sentence chunk starting at *pos; returns the token count
 * and advances *pos past the chunk. */
int dl_timex_tokenize(scan *sc, size_t *pos)
{
  const char *s = sc->text;
  size_t len = sc->len, i = *pos;
  int nt = 0, sp = 1;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    tok *t;
    if (DL_IS_SPACE(c)) {
      /* a blank line ends the chunk */
      if (c == '\n') {
        size_t j = i + 1;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) j++;
        if (j < len && s[j] == '\n' && nt > 0) { i = j + 1; break; }
      }
      sp = 1; i++;
      continue;
    }
    if (nt >= DL_MAX_SENT_TOKENS) break;
    t = &sc->t[nt];
    t->s = (uint32_t)i;
    t->fl = sp ? F_SP : 0;
    t->cat = t->cat2 = 0; t->val = t->val2 = 0;
    t->v = 0; t->nd = 0; t->suf = SUF_NONE;
    sp = 0;
    if (is_word_char(c)) {
      size_t j = i + 1;
      int dots = 0, upper = DL_IS_UPPER(c) ? 1 : 0, letters = 1, ascii = 1;
      for (;;) {
        while (j < len && DL_IS_ALPHA(s[j])) {
          if (DL_IS_UPPER(s[j])) upper++;
          letters++; j++;
        }
        if (j + 1 < len && s[j] == '.' && DL_IS_ALPHA(s[j + 1])
            && (j + 2 >= len || !DL_IS_ALPHA(s[j + 2]) || s[j + 2] == '.')) {
          /* a.m, U.S: single letters between dots */
          dots++; j++;
          continue;
        }
        if (j + 1 < len && s[j] == '\'' && DL_IS_ALPHA(s[j + 1])) {
          /* 's is split off; o'clock, don't stay whole */
          if ((s[j + 1] == 's' || s[j + 1] == 'S')
              && (j + 2 >= len || !DL_IS_ALPHA(s[j + 2]))) break;
          j++;
          continue;
        }
        if (j + 3 < len && (unsigned char)s[j] == 0xE2
            && (unsigned char)s[j + 1] == 0x80 && (unsigned char)s[j + 2] == 0x99
            && DL_IS_ALPHA(s[j + 3])) {
          break;   /* curly apostrophe: split (its 's is handled below) */
        }
        if (j < len && (unsigned char)s[j] >= 0x80) {
          size_t adv;
          int32_t cp = dl_utf8_decode(s + j, len - j, &adv);
          if (!dl_cp_is_space(cp) && !dl_cp_is_dash(cp) && !dl_cp_is_quote(cp)
              && cp != 0xFFFD && cp != 0x2026 && cp >= 0xC0) {
            ascii = 0; j += adv;
            continue;
          }
        }
        break;
      }
      if (dots && j < len && s[j] == '.') j++;
      t->kind = TK_WORD;
      t->n = (uint16_t)(j - i > 0xFFFF ? 0xFFFF : j - i);
      if (upper) t->fl |= F_CAP;
      if (upper == letters && letters > 1) t->fl |= F_UPPER;
      if (ascii && j - i <= 15) t->fl |= F_ASCII;
      /* only the first letter decides F_CAP */
      if (!DL_IS_UPPER(c)) t->fl &= (uint8_t)~F_CAP;
      lex_fill(t, s + i);
      i = j;
      if (!t->cat) {
        /* A run of ordinary words is kept as its first word: the grammar
         * only looks at whether a neighbour is temporal, capitalized, or
         * a tense cue ("-ed", "'ll"), so the rest need no token. */
        int cue = t->n >= 4 && !DL_IS_UPPER(c)
               && ((s[j - 1] == 'd' && s[j - 2] == 'e')
                   || (s[j - 1] == 'l' && s[j - 2] == 'l' && s[j - 3] == '\''));
        if (!cue) {
          if (nt > 0 && (sc->t[nt - 1].fl & F_PLAIN)) continue;
          t->fl |= F_PLAIN;
        }
      }
      nt++;
      continue;
    }
    if (DL_IS_DIGIT(c)) {
      size_t j = i;
      long v = 0;
      int nd = 0;
      while (j < len && DL_IS_DIGIT(s[j])) {
        if (v < 100000000) v = v * 10 + (s[j] - '0');
        nd++; j++;
      }
      t->kind = TK_NUM;
      t->v = (int32_t)v;
      t->nd = (uint8_t)(nd > 255 ? 255 : nd);
      if (j < len && DL_IS_ALPHA(s[j])) {
        size_t k = j;
        while (k < len && DL_IS_ALPHA(s[k])) k++;
        if (k - j == 1 && (s[j] == 's' || s[j] == 'S')) t->suf = SUF_S;
        else if (k - j == 2 && (dl_word_eq(s + j, 2, "st") || dl_word_eq(s + j, 2, "nd")
                                || dl_word_eq(s + j, 2, "rd") || dl_word_eq(s + j, 2, "th")))
          t->suf = SUF_ORD;
        else if (k - j == 2 && dl_word_eq(s + j, 2, "am")) t->suf = SUF_AM;
        else if (k - j == 2 && dl_word_eq(s + j, 2, "pm")) t->suf = SUF_PM;
        else t->suf = SUF_OTHER;
        j = k;
        /* 10a.m. */
        if ((t->suf == SUF_OTHER) && k - (size_t)0 > 0 && k < len && s[k] == '.') t->suf = SUF_OTHER;
      }
      /* money, percent, ids: $5, 5%, #379480, 5.5 */
      if (i > 0) {
        unsigned char p = (unsigned char)s[i - 1];
        if (p == '$' || p == '#' || p == '+' || p == '=' || p == '@' || p == '*'
            || DL_IS_ALPHA(p)) t->fl |= F_CTX;
        else if (p == '\'') t->fl |= F_APOS;
        else if (p >= 0x80 && i >= 2) {
          /* £ (C2 A3), € (E2 82 AC), ¥ (C2 A5) */
          if ((p == 0xA3 || p == 0xA5) && (unsigned char)s[i - 2] == 0xC2) t->fl |= F_CTX;
          if (p == 0xAC && i >= 3 && (unsigned char)s[i - 2] == 0x82) t->fl |= F_CTX;
          if (p == 0x99 && i >= 3 && (unsigned char)s[i - 2] == 0x80
              && (unsigned char)s[i - 3] == 0xE2) t->fl |= F_APOS;
        }
      }
      if (j < len && (s[j] == '%' || s[j] == '$')) t->fl |= F_CTX;
      t->n = (uint16_t)(j - i > 0xFFFF ? 0xFFFF : j - i);
      i = j;
      nt++;
      continue;
    }
    /* punctuation and everything else */
    t->kind = TK_PUNCT;
    t->n = 1;
    t->v = c;
    if (c == '\'' && i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S')
        && (i + 2 >= len || !DL_IS_ALPHA(s[i + 2])) && nt > 0 && !(t->fl & F_SP)) {
      t->v = PUNCT_POSS; t->n = 2;
      i += 2; nt++;
      continue;
    }
    if (c >= 0x80) {
      size_t adv;
      int32_t cp = dl_utf8_decode(s + i, len - i, &adv);
      t->n = (uint16_t)adv;
      if (dl_cp_is_space(cp)) { sp = 1; i += adv; continue; }
      if (dl_cp_is_dash(cp)) t->v = PUNCT_DASH;
      else if (cp == 0x2019 && nt > 0 && !(t->fl & F_SP) && i + 3 < len
               && (s[i + 3] == 's' || s[i + 3] == 'S')
               && (i + 4 >= len || !DL_IS_ALPHA(s[i + 4]))) {
        t->v = PUNCT_POSS; t->n = 4;
        i += 4; nt++;
        continue;
      } else if (dl_cp_is_quote(cp)) t->v = '"';
      else t->v = 0x80;
      i += adv; nt++;
      continue;
    }
    i++;
    nt++;
    if ((c == '.' || c == '!' || c == '?') && (i >= len || DL_IS_SPACE(s[i])
                                               || s[i] == '"' || s[i] == '\'')) {
      if (c != '.' || nt < 2 || !abbrev_word(&sc->t[nt - 2])) break;
    }
    if (c == ';') break;
  }
  *pos = i;
  return nt;
}
