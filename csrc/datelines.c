/*
 * datelines.c -- recognize the dateline that opens a news story.
 *
 * Grammar (one forward pass over at most DL_MAX_DATELINE bytes):
 *
 *   dateline := [place] [date] [agency [", " date]] ["."] [separator]
 *   place    := city ("," region){0,2}        city, region: capitalized words
 *   date     := [weekday [","]] (Month[.] D[st] | D[st] Month[.]) [[","] YYYY]
 *             | YYYY-MM-DD
 *   agency   := "(" name ["," date] ")" | "/" name "/"
 *   separator:= "-" | "--" | "---" | "–" | "—" | "―" | ":" | "_"
 *
 * A match counts as a dateline only when it carries real evidence, so that
 * ordinary openings ("Shares fell 5 pct - ...", "Wilcox/Gibbs - ...", "In
 * 2023, ...") are left alone:
 *   - a date followed by a separator or an agency ("PARIS, March 3 -"), or
 *     by the end of the line when the city is in capitals or the date has a
 *     year ("BRUSSELS 1996-08-22"), or after a comma behind a city in
 *     capitals ("TOKYO, March 3 Japan's ...": a wire dateline that lost
 *     its dash);
 *   - an agency followed by a separator, or after a city in capitals, or a
 *     well-known agency ("WASHINGTON (Reuters) -", "KAZAN, Russia (AP) —");
 *   - a city in capitals followed by a separator ("LONDON —").
 *
 * The span covers the dateline up to and including its separator; the
 * white space after the separator and the body text are not part of it
 * (when there is no separator the span ends after the date or agency).
 */
#include "datelines.h"
#include "calendar.h"
#include "gazetteer.h"
#include "i18n.h"
#include "text.h"

#include <string.h>

/* Work caps. */
#define DL_MAX_DATELINE     128  /* bytes scanned from the paragraph start */
#define DL_MAX_PLACE_WORDS  7    /* words in a city or region, particles too */
#define DL_MAX_PLACE_CAPS   5    /* capitalized words in a city or region */
#define DL_MAX_BARE_CAPS    4    /* words of a capitals-only "LONDON —" city */
#define DL_MAX_BARE_CITY_BYTES 40 /* a city alone on its line ("KUALA LUMPUR") */
#define DL_MAX_REGIONS      2    /* ", Calif." / ", Argentina" segments */
#define DL_MAX_AGENCY       48   /* bytes inside "(...)" or "/.../" */
#define DL_MAX_AGENCY_WORDS 5    /* words of an agency name */
#define DL_MAX_SHOUT_BYTES  256  /* bytes after a bare "WORD -" checked for capitals */
#define DL_MAX_MIXED_CAPS   3    /* words of a mixed-case "Cape Town -" city */
#define DL_MAX_ASIDE_WORDS  4    /* lower-case words of "WASHINGTON — the word —" */
#define DL_MIN_STORY_WORDS  8    /* words of the sentence after it */

/* ------------------------------------------------------------------ */
/* Word tables (sorted, lower case, searched by binary search)         */
/* ------------------------------------------------------------------ */

/* Lower-case words that may sit inside a place name: "Rio de Janeiro",
 * "Frankfurt am Main", "Newcastle upon Tyne", "Trinidad and Tobago". */
static const char *const particle_words[] = {
  "a", "al", "am", "an", "and", "au", "aux", "da", "das", "de", "degli",
  "dei", "del", "della", "den", "der", "des", "di", "do", "dos", "du", "e",
  "el", "en", "es", "et", "im", "la", "las", "le", "les", "lo", "los", "of",
  "on", "op", "sur", "the", "upon", "van", "von", "y", "zu"
};

/* Words that open ordinary sentences or label paragraphs; a city never
 * starts with one ("In 2023, ...", "On March 3, ...", "Posted March 3 -",
 * "UPDATE: ...", "CORRECTION - ...", "FOR IMMEDIATE RELEASE -", "Recorded
 * March 3, 2025", "FILE PHOTO: ...", a newspaper's section slug "SPORTS -",
 * "WORLD NEWS -"; not "National" or "International", which open cities:
 * National City, International Falls).  "the" is
 * allowed before another word ("The Hague"). */
static const char *const stop_words[] = {
  "about", "according", "added", "advertisement", "advisory", "after",
  "again", "aired", "alert", "also", "analysis", "and", "around", "arts",
  "as", "at", "attention", "background", "before", "between", "books",
  "breaking", "broadcast", "bulletin", "business", "but", "by",
  "clarification", "climate", "column", "comment", "commentary", "corrected",
  "correction", "created", "culture", "dated", "during", "early", "economy",
  "edited", "editor", "editorial", "editors", "education", "entertainment",
  "environment", "episode", "exclusive", "explained", "explainer", "fact",
  "factbox", "feature", "file", "filed", "flash", "food", "for", "from",
  "graphic", "graphics", "he", "health", "here", "highlights", "however",
  "if", "in", "insight", "interview", "issued", "it", "last", "late", "later",
  "letters", "lifestyle", "listen", "local", "markets", "meanwhile",
  "modified", "money", "next", "note", "notes", "now", "obituaries",
  "obituary", "on", "opinion", "or", "over", "photo", "photos", "podcast",
  "politics", "poll", "posted", "preview", "published", "q&a", "quiz",
  "recap", "recorded", "related", "released", "repeat", "reported", "review",
  "revised", "science", "she", "since", "so", "source", "sources",
  "sponsored", "sport", "style", "summary", "tech", "technology", "the",
  "then", "there", "they", "this", "through", "timeline", "to", "today",
  "tomorrow", "tonight", "transcript", "travel", "under", "until", "update",
  "updated", "urgent", "video", "warning", "watch", "we", "weather", "what",
  "when", "while", "world", "wrapup", "written", "yesterday", "yet"
};

/* Words that end a paragraph label, never a city: "EDITOR'S NOTE:",
 * "MEDIA ADVISORY -", "PRESS RELEASE -", "FACT CHECK:", "LIVE UPDATES -",
 * "TOP STORIES -", "LIVE BLOG:". */
static const char *const label_end_words[] = {
  "advisory", "alert", "blog", "briefs", "bulletin", "check", "correction",
  "highlights", "note", "notes", "release", "stories", "summary", "update",
  "updates"
};

/* Market names and a wire's desk slugs in capitals, never a city: an
 * exchange, an index or an asset class before a separator ("NASDAQ —",
 * "NYSE: ACME shares rose", "SENSEX —", "FOREX -"), a live blog's "LIVE:". */
static const char *const market_words[] = {
  "bonds", "commodities", "crypto", "currencies", "dax", "forex", "ftse",
  "gold", "live", "nasdaq", "nifty", "nikkei", "nyse", "sensex", "stocks"
};

/* A newsroom's flags and section kickers, never a town's name even with a
 * state or country after it, as "EARLY, Texas" is ("BREAKING, Ohio —",
 * "EXCLUSIVE, Kenya —" are a flag over the story) or a date ("ELECTION (May
 * 8) —"). */
static const char *const flag_words[] = {
  "advisory", "alert", "analysis", "breaking", "bulletin", "clarification",
  "commentary", "corrected", "correction", "editorial", "election", "elections",
  "exclusive", "explainer", "factbox", "obituary", "opinion", "podcast",
  "preview", "recap", "sponsored", "transcript", "update", "updated", "urgent",
  "wrapup"
};

/* Words that open a city's name but are never a city alone: "NEW YORK",
 * "The Hague", but "NEW: Officials said ...", "The - ...". */
static const char *const lead_words[] = { "new", "the" };

/* Titles and roles that open a transcript's speaker label, never a city:
 * "MAYOR ELENA VOSS: Good afternoon.", "REPORTER: How many ...". */
static const char *const speaker_label_words[] = {
  "anchor", "announcer", "answer", "audience", "caller", "chairman",
  "chairwoman", "chancellor", "co-host", "cohost", "commissioner",
  "congressman", "congresswoman", "correspondent", "councillor", "councilman",
  "councilwoman", "dr", "gov", "governor", "guest", "host", "interviewer",
  "judge", "mayor", "minister", "moderator", "mr", "mrs", "ms", "narrator",
  "operator", "panelist", "panellist", "president", "prof", "professor",
  "question", "rep", "reporter", "secretary", "sen", "senator", "sheriff",
  "speaker", "spokesman", "spokesperson", "spokeswoman", "superintendent",
  "unidentified"
};

/* Agencies trusted even without a separator after them. */
static const char *const agency_words[] = {
  "aap", "accesswire", "afp", "agencies", "agerpres", "ani", "anp", "ansa",
  "antara", "ap", "apa", "app", "armenpress", "azertac", "azertag", "belga",
  "belta",
  "bernama", "bloomberg", "bna", "bss", "bta", "business wire", "cna", "cnn",
  "cnw", "cp", "ctk", "dpa", "efe", "ena", "fars", "globe newswire", "gna",
  "hina", "ians", "ina", "interfax", "irna", "isna", "itar-tass", "jiji",
  "kazinform", "kcna", "kna", "kpl", "kuna", "kyodo", "lusa", "marketwired",
  "mehr", "mena", "mti", "nan", "nna", "notimex", "ntb", "ona", "pa", "pap",
  "petra", "pna", "pr newswire", "prnewswire", "pti", "qna", "reuters",
  "ria novosti", "rss", "sana", "sapa", "sda", "spa", "sputnik", "stt",
  "tanjug", "tasnim", "tass", "tdi", "telam", "ukrinform", "unb", "upi",
  "vna", "wafa", "wam", "xinhua", "yonhap"
};

#define COUNT(a) (sizeof (a) / sizeof *(a))

/* Compare text s[0..n) case-insensitively (ASCII) with the lower-case w. */
static inline int cmp_word(const char *s, size_t n, const char *w)
{
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char a = (unsigned char)DL_LOWER(s[i]), b = (unsigned char)w[i];
    if (b == '\0') return 1;
    if (a != b) return a < b ? -1 : 1;
  }
  return w[n] == '\0' ? 0 : -1;
}

static int in_table(const char *const *tab, size_t n, const char *s,
                    size_t len)
{
  size_t lo = 0, hi = n;
  unsigned char c0;
  if (len == 0) return 0;   /* (no table holds "") */
  /* the first letter lowered once: most steps of the search are decided
   * by it, without cmp_word's loop (which decides them the same way) */
  c0 = (unsigned char)DL_LOWER(s[0]);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    unsigned char b = (unsigned char)tab[mid][0];
    int c = c0 != b ? (b == 0 || c0 > b ? 1 : -1) : cmp_word(s, len, tab[mid]);
    if (c == 0) return 1;
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Scanning                                                            */
/* ------------------------------------------------------------------ */

typedef struct scan {
  const char *s;
  size_t lim;   /* scan cap: min(end, start + DL_MAX_DATELINE) */
  size_t end;   /* the real end of the paragraph */
} scan;

/* The code point at pos (before lim), or -1 with *adv = 0. */
static int32_t peek_to(const scan *sc, size_t pos, size_t stop, size_t *adv)
{
  unsigned char c;
  if (pos >= stop) { *adv = 0; return -1; }
  c = (unsigned char)sc->s[pos];
  if (c < 0x80) { *adv = 1; return c; }
  return dl_utf8_decode(sc->s + pos, stop - pos, adv);
}

static int32_t peek(const scan *sc, size_t pos, size_t *adv)
{
  return peek_to(sc, pos, sc->lim, adv);
}

enum { LC_NONE = 0, LC_UPPER, LC_LOWER, LC_NEUTRAL };

/* Letter case of a code point: ASCII, Latin-1, Latin Extended-A, Greek and
 * Cyrillic are cased; other letters (and combining marks) are "neutral";
 * punctuation, symbols, spaces and U+FFFD are not letters. */
static inline int letter_case(int32_t cp)
{
  if (cp < 0) return LC_NONE;
  if (cp < 0x80)
    return DL_IS_UPPER(cp) ? LC_UPPER : DL_IS_LOWER(cp) ? LC_LOWER : LC_NONE;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return LC_NONE;
  if (cp <= 0xDE) return LC_UPPER;
  if (cp <= 0xFF) return LC_LOWER;
  if (cp <= 0x137) return (cp & 1) ? LC_LOWER : LC_UPPER;
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return LC_LOWER;
  if (cp <= 0x148) return (cp & 1) ? LC_UPPER : LC_LOWER;
  if (cp <= 0x177) return (cp & 1) ? LC_LOWER : LC_UPPER;
  if (cp == 0x178) return LC_UPPER;
  if (cp <= 0x17E) return (cp & 1) ? LC_UPPER : LC_LOWER;
  if (cp >= 0x391 && cp <= 0x3A9) return LC_UPPER;
  if (cp >= 0x3AC && cp <= 0x3CE) return LC_LOWER;
  if (cp >= 0x400 && cp <= 0x42F) return LC_UPPER;
  if (cp >= 0x430 && cp <= 0x45F) return LC_LOWER;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F)
      || (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF20)
      || cp >= 0xFFF0)
    return LC_NONE;
  return LC_NEUTRAL;
}

static int is_hspace(int32_t cp)
{
  return cp == ' ' || cp == '\t' || (cp >= 0x80 && dl_cp_is_space(cp));
}

/* Skip horizontal white space (spaces, tabs, NBSP...). */
static size_t skip_hspace(const scan *sc, size_t pos)
{
  size_t adv;
  for (;;) {
    int32_t cp;
    /* ASCII without a decode: a space or tab goes on, the rest stops */
    if (pos < sc->lim && (unsigned char)sc->s[pos] < 0x80) {
      if (sc->s[pos] != ' ' && sc->s[pos] != '\t') return pos;
      pos++;
      continue;
    }
    cp = peek(sc, pos, &adv);
    if (!is_hspace(cp)) return pos;
    pos += adv;
  }
}

/* Skip white space, line breaks included; *nl is set when one was seen. */
static size_t skip_space(const scan *sc, size_t pos, int *nl)
{
  size_t adv;
  for (;;) {
    int32_t cp = peek(sc, pos, &adv);
    if (cp == '\n' || cp == '\r') *nl = 1;
    else if (!is_hspace(cp)) return pos;
    pos += adv;
  }
}

/* True when pos is the end of the paragraph or starts white space. */
static int at_break(const scan *sc, size_t pos)
{
  size_t adv;
  int32_t cp = peek_to(sc, pos, sc->end, &adv);
  return cp < 0 || cp == '\n' || cp == '\r' || is_hspace(cp);
}

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

typedef struct word {
  size_t start, end;
  int first;          /* LC_* of the first letter */
  int upper, lower;   /* cased letters */
} word;

/* A place word: letters, with inner ' ’ - before a letter and dots
 * ("ST.", "N.J.", "N'DJAMENA", "WINSTON-SALEM", "SÃO"). */
static int read_word(const scan *sc, size_t pos, word *w)
{
  size_t adv, adv2, i = pos;
  int32_t cp = peek(sc, i, &adv);
  int lc = letter_case(cp);
  if (lc == LC_NONE) return 0;
  w->start = pos;
  w->first = lc;
  w->upper = w->lower = 0;
  for (;;) {
    /* ASCII letters, most of a dateline's, without a decode */
    if (i < sc->lim && DL_IS_ALPHA(sc->s[i])) {
      if (DL_IS_UPPER(sc->s[i])) w->upper++;
      else w->lower++;
      i++;
      continue;
    }
    cp = peek(sc, i, &adv);
    lc = letter_case(cp);
    if (lc != LC_NONE) {
      if (lc == LC_UPPER) w->upper++;
      else if (lc == LC_LOWER) w->lower++;
      i += adv;
    } else if (cp == '.') {
      i += adv;
    } else if (cp == '/' && w->upper > 0
               && letter_case(peek(sc, i + adv, &adv2)) == LC_UPPER
               && letter_case(peek(sc, i + adv + adv2, &adv2))
                  == (w->lower == 0 ? LC_UPPER : LC_LOWER)) {
      /* cities in capitals: "BRUSSELS/LONDON", "JERUSALEM/CAIRO"; a city
       * and its river or region in mixed case: "Frankfurt/Main" (dpa) */
      i += adv;
    } else if (cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010
               || cp == 0x2011) {
      if (letter_case(peek(sc, i + adv, &adv2)) == LC_NONE) break;
      i += adv;
    } else {
      break;
    }
  }
  w->end = i;
  return 1;
}

/* Does a word in lower case start at pos?  A capital inside it makes it
 * a name that opens a sentence in lower case ("eBay", "iPhone"). */
static int lower_word_at(const scan *sc, size_t pos)
{
  word w;
  return read_word(sc, pos, &w) && w.first == LC_LOWER && w.upper == 0;
}

/* Does a story's capital come after the separator ending at sep (0: no
 * separator) and before end? */
static int capital_after(const scan *sc, size_t sep, size_t end)
{
  size_t q;
  if (!sep) return 0;
  q = skip_hspace(sc, sep);
  return q < end && DL_IS_UPPER(sc->s[q]);
}

/* Is there a dash (not a hyphen inside a word) at pos? */
static int dash_at(const scan *sc, size_t pos)
{
  size_t adv;
  int32_t cp = peek(sc, pos, &adv);
  if (cp == '-')
    return (pos + 1 < sc->lim && sc->s[pos + 1] == '-')
           || (pos + 1 < sc->lim && is_hspace((unsigned char)sc->s[pos + 1]));
  return cp > 0x7F && dl_cp_is_dash(cp);
}

/* "WASHINGTON — the word — is what ...": a dash at dash, then one to
 * DL_MAX_ASIDE_WORDS words in lower case and a second dash: an aside about
 * the word in capitals, a sentence that opens with it, not a dateline.  A
 * story after a dateline opens with a capital, a name in lower case
 * ("eBay") or a number ("more than 40 — perhaps 50 — people"), and its
 * first clause runs longer. */
static int dash_aside(const scan *sc, size_t dash, size_t sep)
{
  size_t p, words;
  word w;
  if (!dash_at(sc, dash)) return 0;
  p = skip_hspace(sc, sep);
  for (words = 0; words < DL_MAX_ASIDE_WORDS; words++) {
    if (!read_word(sc, p, &w) || w.first != LC_LOWER || w.upper) return 0;
    p = skip_hspace(sc, w.end);
    if (p > w.end && dash_at(sc, p)) return 1;
  }
  return 0;
}

static int word_is_caps(const word *w)
{
  return w->lower == 0 && w->upper > 0;
}

/* A lower-case word allowed inside a place name. */
static int is_particle(const scan *sc, const word *w)
{
  return w->first == LC_LOWER && w->upper == 0
      && in_table(particle_words, COUNT(particle_words), sc->s + w->start,
                  w->end - w->start);
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

typedef struct dmy {
  int y, m, d;
  size_t end;
} dmy;

/* Up to max ASCII digits at pos; returns how many were read. */
static int read_digits(const scan *sc, size_t pos, int max, int *val)
{
  int n = 0, v = 0;
  while (n < max && pos + (size_t)n < sc->lim
         && DL_IS_DIGIT(sc->s[pos + (size_t)n])) {
    v = v * 10 + (sc->s[pos + (size_t)n] - '0');
    n++;
  }
  *val = v;
  return n;
}

static int is_digit_at(const scan *sc, size_t pos)
{
  return pos < sc->lim && DL_IS_DIGIT(sc->s[pos]);
}

/* End of the ASCII letters starting at pos. */
static size_t letters_end(const scan *sc, size_t pos)
{
  while (pos < sc->lim && DL_IS_ALPHA(sc->s[pos])) pos++;
  return pos;
}

/* A day number of 1-2 digits with an optional ordinal suffix ("3", "22nd");
 * returns the end or 0. */
static size_t read_day(const scan *sc, size_t pos, int *day)
{
  int n = read_digits(sc, pos, 2, day);
  size_t i = pos + (size_t)n, e;
  if (n == 0 || is_digit_at(sc, i) || *day < 1 || *day > 31) return 0;
  e = letters_end(sc, i);
  if (e == i + 2 && (cmp_word(sc->s + i, 2, "st") == 0
                     || cmp_word(sc->s + i, 2, "nd") == 0
                     || cmp_word(sc->s + i, 2, "rd") == 0
                     || cmp_word(sc->s + i, 2, "th") == 0))
    return e;
  return e == i ? i : 0;
}

/* A month name of German, French, Spanish or Russian at pos (a wire
 * dateline in the story's language: "PARIS, 5 février (AFP) -",
 * "BERLIN, 3. März (dpa) -", "MADRID, 5 de febrero (EFE) -"), with an
 * optional dot; returns the end or 0. */
static size_t read_month_i18n(const scan *sc, size_t pos, int *month)
{
  static const int langs[] = { DL_LANG_DE, DL_LANG_FR, DL_LANG_ES, DL_LANG_RU };
  char buf[DL_MAX_I18N_WORD];
  size_t i = pos, n = 0, adv, k;
  for (;;) {   /* the word, ASCII capitals folded */
    int32_t cp = peek(sc, i, &adv);
    if (letter_case(cp) == LC_NONE || n + adv > sizeof buf) break;
    for (k = 0; k < adv; k++) buf[n + k] = sc->s[i + k];
    if (adv == 1) buf[n] = (char)DL_LOWER(buf[n]);
    n += adv;
    i += adv;
  }
  if (n < 3) return 0;
  for (k = 0; k < sizeof langs / sizeof langs[0]; k++) {
    int val;
    if (dl_i18n_lookup(langs[k], buf, n, &val) == IK_MONTH && val >= 1 && val <= 12) {
      *month = val;
      return i < sc->lim && sc->s[i] == '.' ? i + 1 : i;
    }
  }
  return 0;
}

/* A month name or abbreviation at pos, with an optional dot. */
static size_t read_month(const scan *sc, size_t pos, int *month)
{
  size_t e = letters_end(sc, pos);
  if (e == pos) return 0;
  *month = dl_month_from_name(sc->s + pos, e - pos);
  if (!*month) return 0;
  if (e < sc->lim && sc->s[e] == '.') e++;
  return e;
}

/* An optional year after a day: [","] spaces YYYY.  Returns the end of the
 * year, or pos when there is none. */
static size_t read_year(const scan *sc, size_t pos, int *year)
{
  size_t i = pos, j;
  int n, v;
  if (i < sc->lim && sc->s[i] == ',') i++;
  j = skip_hspace(sc, i);
  if (j == pos) return pos;
  n = read_digits(sc, j, 4, &v);
  if (n != 4 || is_digit_at(sc, j + 4) || v < 1000 || v > 2999) return pos;
  if (j + 4 < sc->lim && sc->s[j + 4] == ':' && is_digit_at(sc, j + 5))
    return pos;                                    /* a time: "1030:45" */
  *year = v;
  return j + 4;
}

/* A date at pos ("Oct 3", "Oct. 22", "March 3, 2023", "22 March 2023",
 * "2 March", "1996-08-22", "Tuesday, March 3").  Returns 1 and fills *out. */
static int read_date(const scan *sc, size_t pos, dmy *out)
{
  size_t i = pos, e;
  int v, n;
  out->y = out->m = out->d = 0;
  if (i < sc->lim && DL_IS_ALPHA(sc->s[i])) {
    e = letters_end(sc, i);
    if (dl_weekday_from_name(sc->s + i, e - i)) {
      i = e;
      if (i < sc->lim && sc->s[i] == '.') i++;
      if (i < sc->lim && sc->s[i] == ',') i++;
      i = skip_hspace(sc, i);
    }
  }
  if (is_digit_at(sc, i)) {
    n = read_digits(sc, i, 4, &v);
    if (n == 4) {   /* YYYY-MM-DD */
      int m, d;
      if (i + 10 > sc->lim || sc->s[i + 4] != '-' || sc->s[i + 7] != '-'
          || read_digits(sc, i + 5, 2, &m) != 2
          || read_digits(sc, i + 8, 2, &d) != 2 || is_digit_at(sc, i + 10))
        return 0;
      if (v < 1000 || !dl_valid_date(v, m, d)) return 0;
      out->y = v; out->m = m; out->d = d; out->end = i + 10;
      return 1;
    }
    /* "08.05.2025": a numeric date with full stops is day-first
     * wherever it is written (Turkish, German, Russian wires); only with
     * its four-digit year, not a decimal ("3.5") */
    if (n <= 2 && i + n < sc->lim && sc->s[i + n] == '.') {
      int m, y, k;
      size_t j = i + n + 1;
      k = read_digits(sc, j, 2, &m);
      if (k && j + k < sc->lim && sc->s[j + k] == '.'
          && read_digits(sc, j + k + 1, 4, &y) == 4 && !is_digit_at(sc, j + k + 5)) {
        if (y < 1000 || !dl_valid_date(y, m, v)) return 0;
        out->y = y; out->m = m; out->d = v; out->end = j + k + 5;
        return 1;
      }
    }
    e = read_day(sc, i, &out->d);           /* D Month [YYYY] */
    if (!e) return 0;
    if (e < sc->lim && sc->s[e] == '.') e++;   /* German "3. März" */
    i = skip_hspace(sc, e);
    if (i == e) return 0;
    e = read_month(sc, i, &out->m);
    if (!e && i + 3 < sc->lim && sc->s[i] == 'd' && sc->s[i + 1] == 'e' && sc->s[i + 2] == ' ')
      i = skip_hspace(sc, i + 3);              /* Spanish "5 de febrero" */
    if (!e) e = read_month_i18n(sc, i, &out->m);
    if (!e) return 0;
  } else {
    e = read_month(sc, i, &out->m);         /* Month D [YYYY] */
    if (!e) return 0;
    i = skip_hspace(sc, e);   /* "Oct 3", "Oct.3", wire typo "Feb26" */
    e = read_day(sc, i, &out->d);
    if (!e) return 0;
  }
  e = read_year(sc, e, &out->y);
  if (out->d > dl_days_in_month(out->y ? out->y : 2000, out->m)) return 0;
  out->end = e;
  return 1;
}

/* ------------------------------------------------------------------ */
/* Places                                                              */
/* ------------------------------------------------------------------ */

typedef struct seg {
  size_t start, end;
  size_t first_end;  /* end of the first word */
  size_t last_start; /* start of the last word */
  int nwords;      /* words, particles inside included */
  int ncaps;       /* capitalized words */
  int caps;        /* every capitalized word is in capitals */
  int upper;       /* upper-case letters */
} seg;

/* The first word of a ship's dateline, s[0..n): 1 for "aboard", 2 for
 * "on" (of "ON BOARD", which aboard_words checks whole), else 0. */
static int aboard_lead(const char *s, size_t n)
{
  if (cmp_word(s, n, "aboard") == 0) return 1;
  if (cmp_word(s, n, "on") == 0) return 2;
  return 0;
}

/* A city or region: up to DL_MAX_PLACE_CAPS capitalized words on one line,
 * with lower-case particles inside ("Rio de Janeiro").  Stops before a
 * date ("LONDON March 3", "BRUSSELS 1996-08-22").  Returns 0 when there is
 * no such segment or it is too long to be a place.  no_date: the caller
 * found no date at pos already (read_date is not asked again there). */
static int read_seg_at(const scan *sc, size_t pos, seg *g, int no_date)
{
  word w;
  dmy d;
  size_t j;
  int ncaps = 1, nwords = 1, extra = 0;
  g->ncaps = 1;
  if (!read_word(sc, pos, &w) || w.first == LC_LOWER) return 0;
  if (!no_date && read_date(sc, pos, &d)) return 0;
  /* a ship's dateline names the ship after "ABOARD" or "ON BOARD" (see
   * aboard_words): those words do not count against the place's length */
  if (word_is_caps(&w)) extra = aboard_lead(sc->s + pos, w.end - pos);
  g->start = g->last_start = pos;
  g->end = g->first_end = w.end;
  g->nwords = 1;
  g->caps = word_is_caps(&w);
  g->upper = w.upper;
  for (;;) {
    j = skip_hspace(sc, w.end);
    /* "ISTANBUL / ANKARA (AA) -": cities in capitals joined by a slash set
     * off by spaces, read as one place as "BRUSSELS/LONDON" is */
    if (g->caps && j > w.end && j + 1 < sc->lim && sc->s[j] == '/'
        && is_hspace((unsigned char)sc->s[j + 1])) {
      word w2;
      size_t k = skip_hspace(sc, j + 1);
      if (read_word(sc, k, &w2) && word_is_caps(&w2) && w2.upper >= 2) j = k;
    }
    if (j == w.end || !read_word(sc, j, &w)) break;
    if (w.first == LC_LOWER && w.upper == 0) {
      if (!is_particle(sc, &w)) break;
    } else {
      if (read_date(sc, j, &d)) break;
      /* a ship's middle initial ("ABOARD THE USS GERALD R. FORD —") does
       * not count against the name's length */
      if (!(extra && w.end == j + 2 && sc->s[j + 1] == '.')
          && ++ncaps > DL_MAX_PLACE_CAPS + extra)
        return 0;
      if (!word_is_caps(&w)) g->caps = 0;
      g->upper += w.upper;
      g->end = w.end;      /* a place never ends with a particle */
      g->last_start = w.start;
      g->nwords = nwords + 1;
      g->ncaps = ncaps;
    }
    if (++nwords > DL_MAX_PLACE_WORDS + extra) return 0;
  }
  return 1;
}

/* read_seg_at for a caller that has not tested pos for a date. */
static int read_seg(const scan *sc, size_t pos, seg *g)
{
  return read_seg_at(sc, pos, g, 0);
}

/* Is s[0..n) a word of the table, or one of its forms a label takes: a
 * plural or possessive ("POLLS —", "UPDATES:", "WHAT'S NEXT:") or the
 * first part of three letters or more of a compound ("FACT-CHECK:")?
 * (when `compound`) */
static int label_form(const char *const *tab, size_t count, const char *s,
                      size_t n, int compound)
{
  size_t k;
  if (in_table(tab, count, s, n)) return 1;
  if (n > 3 && (s[n - 1] == 's' || s[n - 1] == 'S')) {
    if (s[n - 2] == '\'') return in_table(tab, count, s, n - 2);
    if (n > 4 && (unsigned char)s[n - 2] == 0x99 && (unsigned char)s[n - 3] == 0x80
        && (unsigned char)s[n - 4] == 0xE2)
      return in_table(tab, count, s, n - 4);            /* "WHAT’S" */
    if (in_table(tab, count, s, n - 1)) return 1;
  }
  if (compound) {   /* not "As-Suwayda", "At-Tur": an Arabic article */
    for (k = 3; k + 1 < n; k++)
      if (s[k] == '-') return in_table(tab, count, s, k);
  }
  return 0;
}

/* Is the word s[0..n) an instrument's code: a root of two letters or
 * digits or more, one dot and an exchange suffix of one to three letters
 * ("AAPL.O", "VOD.L", "BP.L", "7203.T", "AAPL.OQ": Reuters instrument
 * codes)?  Not a dotted abbreviation ("ST.", "N.Y.", "D.C.") nor a dotted
 * town ("ST.LOUIS", "STE.GENEVIEVE": the part after the dot is a name). */
static int instrument_code(const char *s, size_t n)
{
  const char *dot = memchr(s, '.', n);
  size_t root, k;
  if (!dot) return 0;
  root = (size_t)(dot - s);
  if (root < 2 || n - root - 1 < 1 || n - root - 1 > 3) return 0;
  for (k = root + 1; k < n; k++)
    if (!DL_IS_ALPHA(s[k])) return 0;
  return 1;
}

/* How many words of a ship's dateline open the place in capitals ("ABOARD
 * THE USS NIMITZ —" 1, "ON BOARD THE HMS QUEEN ELIZABETH —" 2), else 0: the
 * ship's name after them is the place, however many words it has. */
static int aboard_words(const char *text, const seg *g)
{
  static const char on_board[] = "on board ";   /* (then the ship) */
  const size_t n = sizeof on_board - 1;
  const char *s = text + g->start;
  int lead;
  if (!g->caps || g->nwords < 2) return 0;
  /* "AT SEA, May 7 —": a ship's place when it will not be named */
  if (g->nwords == 2 && g->end - g->start == 6 && cmp_word(s, 6, "at sea") == 0)
    return 1;
  lead = aboard_lead(s, g->first_end - g->start);
  if (lead == 2 && !(g->nwords >= 3 && g->end - g->start > n
                     && cmp_word(s, n, on_board) == 0))
    return 0;
  return lead;
}

/* A city does not start with a sentence opener or label word, does not
 * end with a label word, is not a market's name, an instrument's code or
 * a lone weekday or month name.  Returns 1, 0, PLACE_IF_REGION: a name of
 * two words or more in capitals whose first is a sentence opener ("WHAT
 * CHEER, Iowa —") is a place only when a region follows it, or
 * PLACE_IF_KNOWN_REGION: one such word in capitals ("EARLY, Texas —",
 * "AFTER, S.D. —": towns named by an English word) only when a state or
 * country of the gazetteer follows it, not a label's comma ("WARNING,
 * Graphic Content —"). */
#define PLACE_IF_REGION 2
#define PLACE_IF_KNOWN_REGION 3
static int place_ok(const char *text, const seg *g)
{
  size_t n1 = g->first_end - g->start, nl = g->end - g->last_start;
  int lead = in_table(lead_words, COUNT(lead_words), text + g->start, n1);
  int res = 1;
  if (g->nwords == 1 && lead) return 0;
  if (g->nwords == 1 && in_table(flag_words, COUNT(flag_words), text + g->start, n1))
    return 0;
  if (aboard_words(text, g)) return 1;
  if (label_form(stop_words, COUNT(stop_words), text + g->start, n1, 1)
      && !(g->nwords > 1 && lead)) {
    if (!g->caps) return 0;
    res = g->nwords > 1 ? PLACE_IF_REGION : PLACE_IF_KNOWN_REGION;
  }
  if (label_form(label_end_words, COUNT(label_end_words), text + g->last_start,
                 nl, 0)
      || label_form(market_words, COUNT(market_words), text + g->last_start, nl, 0)
      || instrument_code(text + g->last_start, nl))
    return 0;
  if (in_table(speaker_label_words, COUNT(speaker_label_words), text + g->start,
               n1 > 1 && text[g->start + n1 - 1] == '.' ? n1 - 1 : n1))   /* "SEN." */
    return 0;
  if (g->nwords == 1 && (dl_weekday_from_name(text + g->start, n1)
                         || dl_month_from_name(text + g->start, n1)))
    return 0;
  return res;
}

/* ------------------------------------------------------------------ */
/* Agencies and separators                                             */
/* ------------------------------------------------------------------ */

int dl_is_agency_name(const char *s, size_t n)
{
  return n > 0 && in_table(agency_words, COUNT(agency_words), s, n);
}

/* Is the agency's name s[0..n) one of the built-in list, or a desk's
 * after it ("dpa/lno"), or written in capitals ("AP", "BUSINESS WIRE")? */
static int agency_evident(const char *s, size_t n)
{
  const char *slash = (const char *)memchr(s, '/', n);
  size_t i, upper = 0;
  if (in_table(agency_words, COUNT(agency_words), s, slash ? (size_t)(slash - s) : n))
    return 1;
  for (i = 0; i < n; i++) {
    if (DL_IS_LOWER(s[i])) return 0;
    if (DL_IS_UPPER(s[i])) upper++;
  }
  return upper >= 2;
}

typedef struct agency {
  size_t open;         /* the opening bracket */
  size_t start, end;   /* the name, without the brackets */
  size_t stop;         /* after the closing bracket */
  dmy date;            /* "(Reuters, Oct 3)"; m = 0 when absent */
} agency;

/* "(Reuters)", "(BUSINESS WIRE)", "(dpa)", "/PRNewswire/", "(Reuters, Oct 3)". */
static int read_agency(const scan *sc, size_t pos, agency *ag)
{
  size_t adv, i, last;
  int32_t cp;
  int open, close, words = 0, inword = 0, upper = 0;
  if (pos >= sc->lim) return 0;
  open = (unsigned char)sc->s[pos];
  if (open == '(') close = ')';
  else if (open == '/') close = '/';
  else return 0;
  ag->open = pos;
  i = pos + 1;
  if (close == ')') i = skip_hspace(sc, i);   /* tokenized: "( Reuters )" */
  if (letter_case(peek(sc, i, &adv)) == LC_NONE) return 0;
  ag->start = i;
  ag->date.m = 0;
  last = i;
  for (;;) {
    if (i - ag->start > DL_MAX_AGENCY) return 0;
    cp = peek(sc, i, &adv);
    if (cp < 0) return 0;
    if (cp == close || cp == ',') break;
    if (letter_case(cp) != LC_NONE || DL_IS_DIGIT(cp) || cp == '-'
        || cp == '.' || cp == '&' || cp == '\'' || cp == 0x2019
        || (cp == '/' && close == ')')) {
      if (letter_case(cp) == LC_UPPER) upper = 1;
      if (!inword && ++words > DL_MAX_AGENCY_WORDS) return 0;
      inword = 1;
      i += adv;
      last = i;
    } else if (is_hspace(cp)) {
      inword = 0;
      i += adv;
    } else {
      return 0;
    }
  }
  ag->end = last;
  if (!upper && !in_table(agency_words, COUNT(agency_words),
                          sc->s + ag->start, ag->end - ag->start)) {
    /* "(dpa/lno)", "(dpa/tmn)": a known agency and its regional or
     * service desk after a slash */
    const char *slash = memchr(sc->s + ag->start, '/', ag->end - ag->start);
    if (!slash || !in_table(agency_words, COUNT(agency_words), sc->s + ag->start,
                            (size_t)(slash - (sc->s + ag->start))))
      return 0;
  }
  if (cp == ',') {
    if (close != ')') return 0;
    i = skip_hspace(sc, i + 1);
    if (!read_date(sc, i, &ag->date)) return 0;
    i = skip_hspace(sc, ag->date.end);
    if (i >= sc->lim || sc->s[i] != ')') return 0;
  }
  ag->stop = i + 1;
  return 1;
}

/* A separator at pos; returns its end or 0. */
static size_t read_sep(const scan *sc, size_t pos)
{
  size_t adv, i = pos;
  int32_t cp = peek(sc, i, &adv);
  if (cp == '-') {
    while (i < sc->lim && sc->s[i] == '-' && i - pos < 3) i++;
    if (i < sc->lim && sc->s[i] == '-') return 0;
    /* a lone hyphen needs space after it: not "UPDATE 1-Foo" */
    if (i - pos == 1 && !at_break(sc, i)) return 0;
    return i;
  }
  if (cp > 0x7F && dl_cp_is_dash(cp)) {
    i += adv;
    while (i < sc->lim) {   /* "——", "—-" */
      cp = peek(sc, i, &adv);
      if (cp != '-' && !(cp > 0x7F && dl_cp_is_dash(cp))) break;
      i += adv;
    }
    return i;
  }
  if (cp == ':' || cp == '_') {
    i += 1;
    return at_break(sc, i) ? i : 0;
  }
  /* "ABU DHABI // The ministry ...": a double slash set off by spaces */
  if (cp == '/' && i + 1 < sc->lim && sc->s[i + 1] == '/' && i > 0
      && is_hspace((unsigned char)sc->s[i - 1])) {
    i += 2;
    return at_break(sc, i) ? i : 0;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* The date of the dateline                                            */
/* ------------------------------------------------------------------ */

/* Fill out->date and out->iso from a day and month, the dateline's year
 * (0 = none) and the reference date.  Without a year in the dateline the
 * year is the one that puts the date nearest the reference (a "Dec 31"
 * dateline on a Jan 2 story belongs to the year before). */
static void set_date(dl_dateline *out, const dmy *d, const dl_date *ref)
{
  int y = d->y;
  if (!y && ref && ref->year >= 1 && ref->year <= 9999
      && dl_valid_date(ref->year, ref->month, ref->day)) {
    int64_t r = dl_days_from_civil(ref->year, ref->month, ref->day);
    int64_t best = -1;
    int k;
    for (k = -1; k <= 1; k++) {
      int cy = ref->year + k;
      int64_t dist;
      if (cy < 1 || cy > 9999 || !dl_valid_date(cy, d->m, d->d)) continue;
      dist = dl_days_from_civil(cy, d->m, d->d) - r;
      if (dist < 0) dist = -dist;
      if (best < 0 || dist < best) { best = dist; y = cy; }
    }
  }
  out->date.year = y;
  out->date.month = d->m;
  out->date.day = d->d;
  if (y) {
    out->iso[0] = (char)('0' + y / 1000);
    out->iso[1] = (char)('0' + y / 100 % 10);
    out->iso[2] = (char)('0' + y / 10 % 10);
    out->iso[3] = (char)('0' + y % 10);
  } else {
    memcpy(out->iso, "XXXX", 4);
  }
  out->iso[4] = '-';
  out->iso[5] = (char)('0' + d->m / 10);
  out->iso[6] = (char)('0' + d->m % 10);
  out->iso[7] = '-';
  out->iso[8] = (char)('0' + d->d / 10);
  out->iso[9] = (char)('0' + d->d % 10);
  out->iso[10] = '\0';
}

/* The last day of ISO weekday wd (1..7) on or before the reference date
 * into *out; 0 without a usable reference. */
static int weekday_date(const dl_date *ref, int wd, dmy *out)
{
  int y, m, d, back;
  if (!ref || ref->year < 1 || ref->year > 9999
      || !dl_valid_date(ref->year, ref->month, ref->day))
    return 0;
  y = ref->year; m = ref->month; d = ref->day;
  back = (dl_weekday(y, m, d) - wd + 7) % 7;
  dl_add_days(&y, &m, &d, -back);
  if (y < 1) return 0;
  out->y = y; out->m = m; out->d = d; out->end = 0;
  return 1;
}

static dl_span mkspan(size_t a, size_t b)
{
  dl_span sp;
  sp.start = (uint32_t)a;
  sp.len = (uint32_t)(b - a);
  return sp;
}

/* The name at place j of seed k's '|' list: its first byte, *len its
 * length. */
static const char *seed_name(size_t k, unsigned j, size_t *len)
{
  const char *p = DL_GAZ_STR(dl_gaz_seeds[k].names), *bar;
  while (j-- > 0) p = strchr(p, '|') + 1;
  bar = strchr(p, '|');
  *len = bar ? (size_t)(bar - p) : strlen(p);
  return p;
}

/* s[0..n) against the name p[0..m), ASCII letters folded: <0, 0, >0 as
 * the folded bytes compare (the order of dl_gaz_place_index). */
static int folded_cmp(const char *s, size_t n, const char *p, size_t m)
{
  size_t i;
  for (i = 0; i < n && i < m; i++) {
    unsigned a = (unsigned char)DL_LOWER(s[i]), b = (unsigned char)DL_LOWER(p[i]);
    if (a != b) return a < b ? -1 : 1;
  }
  return n < m ? -1 : n > m;
}

/* Is s[0..n), in any case (ASCII letters folded), a name or alias of a
 * place of the built-in gazetteer whose kind is in the mask (bits 1 <<
 * DL_GK_*)?  For the openings that need it ("Cape Town -", "MOSCOW.
 * March 22", "EARLY, Texas —", "LONDON/PARIS —"): a binary search of the
 * folded names, so that a text of many such lines costs no pass over the
 * gazetteer for each. */
/* The first name of the place index not below s[0..n) (binary search). */
static size_t place_lower_bound(const char *s, size_t n)
{
  size_t lo = 0, hi = dl_gaz_nplace_index, len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t code = dl_gaz_place_index[mid];
    const char *p = seed_name(code / 32, code % 32, &len);
    if (folded_cmp(s, n, p, len) > 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* A city-state: a country that is one city, its own dateline ("SINGAPORE",
 * "HONG KONG/LONDON"), by ISO 3166 code.  A curated list, not the tz
 * zone's name: the tz database names "Asia/Qatar", "Asia/Kuwait",
 * "America/Panama" after the country too, yet their capitals are Doha,
 * Kuwait City and Panama City, and "QATAR/LONDON" is a kicker like
 * "UKRAINE/KYIV". */
static const char *const city_state_iso[] = { "GI", "HK", "MC", "MO", "SG", "VA" };

static int is_city_state(const dl_gaz_seed *g)
{
  size_t k;
  if (g->kind != DL_GK_COUNTRY) return 0;
  for (k = 0; k < COUNT(city_state_iso); k++)
    if (strcmp(DL_GAZ_STR(g->id), city_state_iso[k]) == 0) return 1;
  return 0;
}

/* Is a place named s[0..n) of one of kinds (and, with states, a
 * city-state)?  One pass over the names equal to s. */
static int place_named(const char *s, size_t n, unsigned kinds, int states)
{
  size_t lo, len;
  if (n == 0) return 0;
  for (lo = place_lower_bound(s, n); lo < dl_gaz_nplace_index; lo++) {
    uint32_t code = dl_gaz_place_index[lo];
    const dl_gaz_seed *g = &dl_gaz_seeds[code / 32];
    const char *p = seed_name(code / 32, code % 32, &len);
    if (folded_cmp(s, n, p, len) != 0) break;
    if ((kinds & (1u << g->kind)) && (!states || is_city_state(g))) return 1;
  }
  return 0;
}

static int known_place(const char *s, size_t n, unsigned kinds)
{
  return place_named(s, n, kinds, 0);
}

int dl_known_place(const char *s, size_t n)
{
  return known_place(s, n, 1u << DL_GK_CITY | 1u << DL_GK_REGION | 1u << DL_GK_COUNTRY);
}

int dl_known_region(const char *s, size_t n)
{
  return known_place(s, n, 1u << DL_GK_REGION | 1u << DL_GK_COUNTRY);
}

static int known_city(const char *s, size_t n)
{
  return known_place(s, n, 1u << DL_GK_CITY);
}

static int city_state(const char *s, size_t n)
{
  return place_named(s, n, 1u << DL_GK_COUNTRY, 1);
}

/* Is every part of the city s[0..n) joined by slashes ("LONDON/PARIS",
 * "ISTANBUL / ANKARA") a known city?  Not a desk slug ("GOLD/FOREX").  A
 * city-state, which the gazetteer has as a country, counts beside a city
 * ("HONG KONG/LONDON", "SINGAPORE/JAKARTA") or another city-state, not
 * alone nor any other country (a kicker's "ISRAEL/GAZA", "FRANCE/PARIS"). */
static int known_cities(const char *s, size_t n)
{
  size_t a = 0, b, e;
  int cities = 0, states = 0;
  for (;;) {
    const char *slash = memchr(s + a, '/', n - a);
    b = slash ? (size_t)(slash - s) : n;
    e = b;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    while (a < e && (s[a] == ' ' || s[a] == '\t')) a++;
    if (known_city(s + a, e - a)) cities++;
    else if (!slash && a == 0) return 0;
    else if (city_state(s + a, e - a)) states++;
    else return 0;
    /* a city beside them, or two city-states ("HONG KONG/SINGAPORE") */
    if (!slash) return cities > 0 || states > 1;
    a = b + 1;
  }
}

/* Is the text from pos on in capitals (a headline, a slug's title), judged
 * on its first DL_MAX_SHOUT_BYTES bytes? */
static int shouted_from(const char *text, size_t pos, size_t end)
{
  return dl_is_shouted(text + pos, end - pos > DL_MAX_SHOUT_BYTES ? DL_MAX_SHOUT_BYTES
                                                                  : end - pos);
}

/* First words of a speaker's turn in a transcript ("Houston: we have a
 * problem", "Darwin: welcome back"): a story in lower case after a city's
 * colon never opens with a pronoun of the first or second person or a
 * greeting.  Sorted, lower case. */
static const char *const TURN_OPENERS[] = {
  "good", "hello", "hi", "i", "i'm", "let's", "my", "no", "oh", "ok", "okay", "our",
  "so", "thank", "thanks", "we", "we're", "welcome", "well", "yeah", "yes", "you",
  "you're", "your"
};

/* Does a story sentence follow the separator ending at pos: a capitalized
 * word (with lower_ok, a lower-case one or a number too, "Chennai: 12
 * people were hurt", but not a speaker's turn: TURN_OPENERS),
 * DL_MIN_STORY_WORDS words or more with lower-case ones among them, and
 * the paragraph ending as a sentence does (not a headline's "Cape Town
 * - fire destroys homes")?  Reads the paragraph text[pos..end) once. */
static int story_follows_min(const char *text, size_t pos, size_t end, int lower_ok,
                             size_t min_words)
{
  size_t i = pos, words = 0, lower = 0, last = end;
  while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
  if (i >= end) return 0;
  if (!DL_IS_UPPER(text[i])) {
    size_t w = i;
    if (!lower_ok || !(DL_IS_LOWER(text[i]) || DL_IS_DIGIT(text[i]))) return 0;
    while (w < end && (DL_IS_ALPHA(text[w]) || text[w] == '\'')) w++;
    if (w > i && dl_word_in(text + i, w - i, TURN_OPENERS, COUNT(TURN_OPENERS))) return 0;
  }
  for (; i < end; i++) {
    unsigned char c = (unsigned char)text[i];
    if (!DL_IS_SPACE(c) && (i == pos || DL_IS_SPACE(text[i - 1]))) {
      words++;
      if (DL_IS_LOWER(c)) lower++;
    }
  }
  while (last > pos && DL_IS_SPACE(text[last - 1])) last--;
  if (words < min_words || lower < 2 || last == pos) return 0;
  i = last - 1;
  while (i > pos && (text[i] == '"' || text[i] == ')' || text[i] == '\''
                     || (unsigned char)text[i] >= 0x80)) {
    if ((unsigned char)text[i] == 0xE2) break;
    i--;
  }
  return text[i] == '.' || text[i] == '!' || text[i] == '?'
         || (unsigned char)text[i] >= 0x80;
}

/* The usual case: DL_MIN_STORY_WORDS words or more. */
static int story_follows(const char *text, size_t pos, size_t end, int lower_ok)
{
  return story_follows_min(text, pos, end, lower_ok, DL_MIN_STORY_WORDS);
}

/* ------------------------------------------------------------------ */
/* The dateline                                                        */
/* ------------------------------------------------------------------ */

/* Words of the story sentence after a lower-case city whose agency in
 * brackets vouches for the dateline ("paris (afp) - Rail workers walked
 * out on Tuesday."). */
#define DL_MIN_AGENCY_STORY_WORDS 4

/* "washington — Congressional leaders agreed ...": a city written in lower
 * case (a feed that lowers its datelines, or a whole text in lower case),
 * one to DL_MAX_MIXED_CAPS words of lower-case letters, perhaps a comma
 * and a date and an agency in brackets ("kyiv, may 8 (reuters) -"), then a
 * dash and a story sentence.  Only a city of the gazetteer ("memo — the
 * meeting has moved" is no dateline), and only before a dash: a colon after
 * a lower-case word is a transcript's or a list's. */
static int lower_city_dateline(const scan *sc, size_t pos, size_t end,
                               const dl_date *ref, unsigned need, dl_dateline *out)
{
  const char *t = sc->s;
  size_t i = pos, last = pos, sep, q;
  int words = 0, has_date = 0, has_agency = 0;
  int32_t cp;
  size_t adv;
  dmy d;
  agency ag;
  for (;;) {
    size_t b = i;
    while (i < sc->lim && DL_IS_LOWER(t[i])) i++;
    if (i == b || ++words > DL_MAX_MIXED_CAPS) return 0;
    last = i;
    if (i + 1 < sc->lim && t[i] == ' ' && DL_IS_LOWER(t[i + 1])) { i++; continue; }
    break;
  }
  q = last;
  if (q < sc->lim && t[q] == ',') {
    if (!read_date(sc, skip_hspace(sc, q + 1), &d)) return 0;
    has_date = 1;
    q = d.end;
  }
  i = skip_hspace(sc, q);
  if (i > q && i < sc->lim && t[i] == '(' && read_agency(sc, i, &ag)) {
    has_agency = 1;
    q = ag.stop;
  }
  i = q;
  q = skip_hspace(sc, q);
  if (q == i || q >= sc->lim) return 0;
  cp = peek(sc, q, &adv);
  if (cp != '-' && !(cp > 0x7F && dl_cp_is_dash(cp))) return 0;
  sep = read_sep(sc, q);
  if (!sep || !at_break(sc, sep)) return 0;
  if (!story_follows_min(t, skip_hspace(sc, sep), end, 1,
                         has_agency ? DL_MIN_AGENCY_STORY_WORDS : DL_MIN_STORY_WORDS))
    return 0;
  if (!known_cities(t + pos, last - pos)) return 0;
  if (((need & DL_DATELINE_NEED_AGENCY) && !has_agency)
      || ((need & DL_DATELINE_NEED_DATE) && !has_date))
    return 0;
  out->span = mkspan(pos, sep);
  out->city = out->place = mkspan(pos, last);
  if (has_agency) out->agency = mkspan(ag.start, ag.end);
  if (has_date) set_date(out, &d, ref);
  return 1;
}

int dl_find_dateline_need(const char *text, size_t start, size_t end,
                          const dl_date *ref, unsigned need, dl_dateline *out)
{
  scan sc;
  seg city, reg;
  agency ag;
  dmy date;
  size_t pos, q, e, stop, sep, region_start = 0, region_end = 0, place_end = 0;
  int has_place = 0, has_date = 0, comma_date = 0, has_agency = 0, nregions = 0, nl = 0;
  int ok, place_kind = 0, date_first = 0, dot_city = 0;
  size_t date_start = 0;
  seg inner;

  memset(out, 0, sizeof *out);
  out->date.hour = out->date.min = out->date.sec = -1;
  if (!text || start >= end) return 0;
  sc.s = text;
  sc.end = end;
  sc.lim = end - start > DL_MAX_DATELINE ? start + DL_MAX_DATELINE : end;
  date.m = 0;

  pos = skip_hspace(&sc, start);
  if (pos < sc.lim && DL_IS_LOWER(text[pos])
      && lower_city_dateline(&sc, pos, end, ref, need, out))
    return 1;
  city.start = city.end = pos;
  reg.start = reg.end = 0;
  city.caps = 0;
  city.upper = 0;

  /* place: city [, region [, region]] -- a date may follow any comma */
  if (read_seg(&sc, pos, &city)) {
    has_place = 1;
    place_kind = place_ok(text, &city);
    if (!place_kind) return 0;
    /* "Washington CNN —": a known agency as the last word of the place,
     * right before the separator, is the agency (a web page's dateline
     * whose line breaks were flattened) */
    if (city.ncaps >= 2 && city.end - city.last_start >= 3
        && in_table(agency_words, COUNT(agency_words), text + city.last_start,
                    city.end - city.last_start)
        && read_sep(&sc, skip_hspace(&sc, city.end))) {
      e = city.last_start;
      while (e > city.start && (text[e - 1] == ' ' || text[e - 1] == '\t')) e--;
      if (e > city.start && e < city.last_start) {
        has_agency = 1;
        ag.open = ag.start = city.last_start;
        ag.end = ag.stop = city.end;
        ag.date.m = 0;
        city.end = e;
        city.ncaps--;
      }
    }
    pos = city.end;
    /* "MOSCOW. March 22 (Interfax) -", "ALMATY. March 22. KAZINFORM -": a
     * full stop between a city and its date (read with the city's word, as
     * "ST." keeps its stop).  The city must be a known city or city-state,
     * in any case ("Moscow. March 22 (Interfax)", "ATLANTA. March 22
     * (AP)", "HONG KONG. July 9"); else its word with a full stop is a
     * one-word sentence ("Thanks. March 22 suits us", "HELP. May 2 - Call
     * the desk", "Help." on a line of its own), no place.  The city table
     * is searched only for this shape. */
    if (!has_agency && city.end - city.last_start >= 4
        && text[city.end - 1] == '.'
        && !memchr(text + city.last_start, '.', city.end - 1 - city.last_start)) {
      q = skip_hspace(&sc, city.end);
      if (q > city.end && read_date(&sc, q, &date)) {
        dot_city = 1;   /* looked up below, after what the caller needs */
        city.end--;
        has_date = 1;
        pos = date.end;
      } else if (!city.caps) {
        return 0;
      }
    }
    /* "New Delhi [India], March 5 (ANI):": the region in brackets, perhaps
     * after a state in parentheses ("Srinagar (Jammu and Kashmir) [India]");
     * a country or state of the gazetteer in parentheses before a comma
     * ("NEW DELHI (India), May 6 (ANI):"), not an agency's "(Reuters)" */
    q = skip_hspace(&sc, pos);
    if (!has_agency && q < sc.lim && text[q] == '(' && read_seg(&sc, q + 1, &inner)
        && inner.end < sc.lim && text[inner.end] == ')') {
      e = skip_hspace(&sc, inner.end + 1);
      if (e < sc.lim && text[e] == '[') {
        q = e;
      } else {
        if (e < sc.lim && text[e] == ','
            && known_place(text + inner.start, inner.end - inner.start,
                           1u << DL_GK_COUNTRY | 1u << DL_GK_REGION)) {
          reg = inner;
          region_start = inner.start;
          region_end = inner.end;
          nregions = 1;
          pos = place_end = inner.end + 1;
        }
        inner.start = inner.end = 0;
      }
    } else {
      inner.start = inner.end = 0;
    }
    if (!has_agency && q < sc.lim && text[q] == '[' && read_seg(&sc, q + 1, &reg)
        && reg.end < sc.lim && text[reg.end] == ']') {
      region_start = inner.end ? inner.start : reg.start;
      region_end = inner.end ? inner.end : reg.end;
      nregions = 1;
      pos = place_end = reg.end + 1;
    }
    while (!has_date) {
      int wd;
      /* "WOLFSBURG , Germany 1996-08-22": tokenized text has a space
       * before the comma */
      q = skip_hspace(&sc, pos);
      if (q >= sc.lim || text[q] != ',') break;
      pos = q;
      q = skip_hspace(&sc, pos + 1);
      if (read_date(&sc, q, &date)) {
        has_date = comma_date = 1;
        pos = date.end;
        break;
      }
      /* "WASHINGTON, Tuesday (AP) -", "ABUJA, TUESDAY —": a weekday is
       * the day of the week the story was filed, the last such day on or
       * before the reference date (none without one); "LONDON, March -"
       * gives no date */
      e = letters_end(&sc, q);
      wd = e > q ? dl_weekday_from_name(text + q, e - q) : 0;
      if (e > q && (wd || dl_month_from_name(text + q, e - q))) {
        pos = e < sc.lim && text[e] == '.' ? e + 1 : e;
        if (wd && weekday_date(ref, wd, &date)) has_date = 1;
        break;
      }
      /* "HARARE, (CAJ News) -": the agency straight after the comma */
      if (q < sc.lim && text[q] == '(') {
        if (read_agency(&sc, q, &ag)) pos = q;
        break;
      }
      /* "Damascus, SANA- ", "Tehran, IRNA -- ": a known agency's bare
       * name after the comma, right before the separator (three letters at
       * least: "PITTSBURGH, PA -" is a state); e is the word's end */
      if (!has_agency && e >= q + 3 && read_sep(&sc, skip_hspace(&sc, e))
          && in_table(agency_words, COUNT(agency_words), text + q, e - q)) {
        has_agency = 1;
        ag.open = ag.start = q;
        ag.end = ag.stop = e;
        ag.date.m = 0;
        pos = e;
        break;
      }
      /* (read_date found no date at q above) */
      if (has_agency || nregions == DL_MAX_REGIONS || !read_seg_at(&sc, q, &reg, 1)) break;
      if (!nregions) region_start = reg.start;
      region_end = place_end = reg.end;
      nregions++;
      pos = reg.end;
    }
    if ((place_kind == PLACE_IF_REGION || place_kind == PLACE_IF_KNOWN_REGION)
        && !nregions)
      return 0;
    if (!has_date && !has_agency) {   /* "BRUSSELS 1996-08-22", "LONDON March 3" */
      dmy pd;
      q = skip_hspace(&sc, pos);
      if (q > pos && read_date(&sc, q, &date)) {
        has_date = 1;
        pos = date.end;
      } else if (q < sc.lim && text[q] == '('
                 && read_date(&sc, skip_hspace(&sc, q + 1), &pd)
                 && (e = skip_hspace(&sc, pd.end)) < sc.lim && text[e] == ')') {
        /* "MANILA (May 8) —": the date in parentheses, not an agency */
        date = pd;
        has_date = 1;
        pos = e + 1;
      }
    }
  }

  /* "May 6 (Reuters) - The government ...": a factbox's date and agency
   * without a place (the agency is needed, and a story's capital after
   * the separator: below) */
  if (!has_place && read_date(&sc, pos, &date)) {
    q = skip_hspace(&sc, date.end);
    if (q > date.end && q < sc.lim && text[q] == '(') {
      date_first = has_date = 1;
      date_start = pos;
      pos = q;
    }
  }

  /* agency: "(Reuters)", "/PRNewswire/", "(Reuters, Oct 3)"; after a
   * dated place a full stop may come first ("ASTANA, May 8. /TASS/.") */
  q = has_place ? skip_hspace(&sc, pos) : pos;
  if (has_date && q == pos && q + 1 < sc.lim && text[q] == '.'
      && is_hspace((unsigned char)text[q + 1])) {
    size_t after = skip_hspace(&sc, q + 1);
    if (after < sc.lim && text[after] == '/') q = after;
  }
  if (has_agency) {
    pos = ag.stop;   /* read with the place ("Washington CNN —") */
  } else if (q < sc.lim && (q > pos || !has_place || text[q] == '(')
      && read_agency(&sc, q, &ag)) {
    has_agency = 1;
    pos = ag.stop;
    if (ag.date.m && !has_date) { date = ag.date; has_date = 1; }
    if (!has_date && pos < sc.lim && text[pos] == ',') {
      q = skip_hspace(&sc, pos + 1);
      if (read_date(&sc, q, &date)) { has_date = 1; pos = date.end; }
    }
  } else if (has_date && (q > pos || (q + 1 < sc.lim && (text[q] == ','
                                     || (text[q] == '.' && is_hspace((unsigned char)text[q + 1])))))) {
    /* "TOKYO, Dec. 8 Kyodo -", "Riyadh, March 22, 2023, SPA --", "ALMATY.
     * March 22. KAZINFORM -": a known agency without brackets, trusted
     * only between the date and a separator, or a full stop that ends the
     * line or comes before the story ("YEREVAN, MARCH 22, ARMENPRESS.") */
    if (q < sc.lim && (text[q] == ',' || text[q] == '.')) q = skip_hspace(&sc, q + 1);
    e = letters_end(&sc, q);
    if (e > q && in_table(agency_words, COUNT(agency_words), text + q, e - q)
        && (read_sep(&sc, skip_hspace(&sc, e))
            || (e < sc.lim && text[e] == '.' && at_break(&sc, e + 1)))) {
      has_agency = 1;
      ag.open = ag.start = q;
      ag.end = ag.stop = e;
      ag.date.m = 0;
      pos = e;
    }
  }
  if (!has_place && !has_agency) return 0;
  if (date_first && ag.date.m) return 0;   /* "May 6 (Reuters, May 5)" */
  /* with no place the agency is all the evidence: a known agency or a
   * name in capitals ("(AP)", "(BUSINESS WIRE)"), not a weekday or a note
   * in brackets ("May 6 (Friday) - The ship docked") */
  if (date_first && !agency_evident(text + ag.start, ag.end - ag.start)) return 0;

  /* separator, perhaps after an old-style full stop ("March 3.—") or a
   * stray comma ("March 3, -") */
  stop = pos;
  q = pos;
  if (q < sc.lim && (text[q] == '.' || text[q] == ',')
      && (has_date || has_agency))
    q++;
  q = skip_space(&sc, q, &nl);
  sep = read_sep(&sc, q);
  /* "NEW YORK--(BUSINESS WIRE)--": a wire release's agency between two
   * separators */
  if (sep && has_place && !has_agency && sep < sc.lim && text[sep] == '('
      && read_agency(&sc, sep, &ag)) {
    e = read_sep(&sc, skip_hspace(&sc, ag.stop));
    if (e) {
      has_agency = 1;
      sep = e;
      if (ag.date.m && !has_date) { date = ag.date; has_date = 1; }
      /* "CAMBRIDGE, Mass.--(BUSINESS WIRE)--May 6, 2025--": the release's
       * date between the agency and a third separator */
      if (!has_date && read_date(&sc, skip_hspace(&sc, sep), &date)
          && (e = read_sep(&sc, skip_hspace(&sc, date.end))) != 0) {
        has_date = 1;
        sep = e;
      }
    }
  }
  if (sep) stop = sep;
  else if (q > pos && text[pos] == '.' && at_break(&sc, pos + 1))
    stop = pos + 1;   /* "WASHINGTON, March 3. The ...": the stop is the
                         dateline's, not a sentence of the body */

  /* what the caller needs, before the evidence: a mixed-case place (no
   * agency, no date) costs a pass over the city table (known_city); the
   * agency first ("(ANSA) - ROME, MAR 4 -") has its date further on */
  if ((need & DL_DATELINE_NEED_AGENCY) && !has_agency) return 0;
  if ((need & DL_DATELINE_NEED_DATE) && !has_date && (has_place || !has_agency)) return 0;
  /* the gazetteer's look-ups only now, so that a caller trying every
   * paragraph ("HELP. May 2 - Call the desk" on each line) pays them only
   * for a dateline it could take: a city before its full stop and date must be
   * a known city or city-state ("HONG KONG."); a one-word opener in
   * capitals, a known state or country ("EARLY, Texas —"), and a story's
   * capital after the separator ("SO, Ohio — what now?" is a sentence) */
  if (dot_city && !known_place(text + city.start, city.end - city.start,
                               1u << DL_GK_CITY | 1u << DL_GK_COUNTRY))
    return 0;
  if (place_kind == PLACE_IF_KNOWN_REGION
      && (!capital_after(&sc, sep, end)
          || !known_place(text + reg.start, reg.end - reg.start,
                          1u << DL_GK_REGION | 1u << DL_GK_COUNTRY)))
    return 0;

  /* evidence */
  if (has_date)
    /* a place in mixed case with a date is a dateline before a separator,
     * unless a lower-case word follows it ("Paris Hilton, June 3 - the
     * star arrived"): a story's sentence opens with a capital */
    ok = (sep && !(has_place && !city.caps && !has_agency
                   && lower_word_at(&sc, skip_hspace(&sc, sep))))
      || has_agency
      || ((nl || q >= sc.end) && (city.caps || date.y)
          /* alone on its line, a word in mixed case right before the
           * date (no comma) is a place only when the gazetteer knows it:
           * "London 4 June 2024", not "Celebrating July 4, 2025" */
          && (city.caps || comma_date || !has_place
              || known_place(text + city.start, city.end - city.start,
                             1u << DL_GK_CITY | 1u << DL_GK_REGION | 1u << DL_GK_COUNTRY)))
      || (comma_date && city.caps && city.upper >= 2);   /* "TOKYO, March 3 Japan" */
  else if (has_agency)
    /* without a separator a city in capitals vouches for an unknown
     * agency only before a story's text, not inside a headline in
     * capitals ("ACME STEEL (ACS) CUTS PRICES": the ticker of a company) */
    ok = sep || (has_place && city.caps
                 && !shouted_from(text, q, end))
      || in_table(agency_words, COUNT(agency_words), text + ag.start,
                  ag.end - ag.start);
  else if (sep && has_place && city.caps)
    ok = city.upper >= 2 && city.ncaps <= DL_MAX_BARE_CAPS + aboard_words(text, &city)
      /* not a wire's desk slug joining two words by a slash ("GOLD/FOREX
       * -") nor a memo's label before a lower-case sentence ("MEMO — the
       * meeting has moved"): with a region, or all known cities
       * ("LONDON/PARIS —", "KOCHI: two fishermen were rescued"), one
       * look-up for both */
      && (nregions
          || (!memchr(text + city.start, '/', city.end - city.start)
              && !lower_word_at(&sc, skip_hspace(&sc, sep)))
          || (known_cities(text + city.start, city.end - city.start)
              && !dash_aside(&sc, q, sep)))
      /* not a section slug over a title in capitals ("SOCCER - JAPAN WIN"):
       * a story's first sentence has lower-case letters */
      && !shouted_from(text, sep, end);
  else
    /* "Cape Town - Eskom has warned ...", "Abu Dhabi: The UAE has ...": a
     * city in mixed case must be a known one with a story sentence after
     * it, and before a colon not a given name too (a transcript's
     * "Sydney: Welcome back.") */
    ok = sep && has_place && city.ncaps <= DL_MAX_MIXED_CAPS
      /* Indian papers' "Hyderabad: the state government ...": after a
       * colon the story may open in lower case, for a one-word city */
      && story_follows(text, sep, end, text[sep - 1] == ':' && city.nwords == 1)
      && !(text[sep - 1] == ':'
           && dl_given_name_find(text + city.start, city.first_end - city.start))
      && known_cities(text + city.start, city.end - city.start);   /* "Lagos/Abuja" */
  if (!ok) return 0;
  /* the date first: a separator and a story's capital after it ("Feb 26
   * (Reuters) - prices rose" is a fragment of a sentence) */
  if (date_first && !capital_after(&sc, sep, end)) return 0;

  /* "(ANSA) - ROME, MAR 4 - ": the agency first, then the place and date
   * with their own separator */
  if (!has_place && has_agency && sep && !date_first) {
    dl_dateline rest;
    q = skip_hspace(&sc, sep);
    if (q < sc.lim && text[q] != '(' && text[q] != '/'
        && dl_find_dateline_need(text, q, end, ref, need & DL_DATELINE_NEED_DATE, &rest)
        && rest.place.len
        && !rest.agency.len) {
      out->span = mkspan(ag.open, rest.span.start + rest.span.len);
      out->city = rest.city;
      out->place = rest.place;
      out->region = rest.region;
      out->agency = mkspan(ag.start, ag.end);
      out->date = rest.date;
      memcpy(out->iso, rest.iso, sizeof out->iso);
      return 1;
    }
  }
  if ((need & DL_DATELINE_NEED_DATE) && !has_date) return 0;

  out->span = mkspan(has_place ? city.start
                     : date_first ? date_start : (has_agency ? ag.open : pos),
                     stop);
  if (has_place) {
    out->city = mkspan(city.start, city.end);
    out->place = mkspan(city.start, nregions ? place_end : city.end);
    if (nregions) out->region = mkspan(region_start, region_end);
  }
  if (has_agency) out->agency = mkspan(ag.start, ag.end);
  if (has_date) set_date(out, &date, ref);
  return 1;
}

int dl_find_city_line(const char *text, size_t start, size_t end, dl_dateline *out)
{
  size_t i, words = 0, upper = 0;
  memset(out, 0, sizeof *out);
  while (end > start && DL_IS_SPACE(text[end - 1])) end--;
  if (end <= start || end - start > DL_MAX_BARE_CITY_BYTES || !DL_IS_UPPER(text[start])) return 0;
  /* (a capital first: the loop below reads the byte before a space) */
  /* capitals, and the spaces, dots, hyphens and apostrophes of a city's
   * name ("ANKARA", "KUALA LUMPUR", "ST. JOHN'S"): no date, no separator */
  for (i = start; i < end; i++) {
    unsigned char c = (unsigned char)text[i];
    if (DL_IS_UPPER(c)) {
      upper++;
      if (i == start || text[i - 1] == ' ') words++;
    } else if (c >= 0x80) {
      continue;   /* a letter of UTF-8 ("MALMÖ"): the gazetteer judges */
    } else if (c == ' ') {
      if (text[i - 1] == ' ') return 0;
    } else if (c != '.' && c != '-' && c != '\'') {
      return 0;
    }
  }
  if (upper < 3 || words == 0 || words > DL_MAX_BARE_CAPS
      || !known_city(text + start, end - start))
    return 0;
  out->span = mkspan(start, end);
  out->place = out->span;
  out->city = out->span;
  return 1;
}

int dl_find_dateline(const char *text, size_t start, size_t end,
                     const dl_date *ref, dl_dateline *out)
{
  return dl_find_dateline_need(text, start, end, ref, 0, out);
}
