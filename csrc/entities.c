/*
 * entities.c -- people, places, organizations and nationalities, with
 * their mentions merged per text (see entities.h for the stages).
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "calendar.h"
#include "entities.h"
#include "gazetteer.h"
#include "text.h"
#include "util.h"

/* The longest run of capitalized words taken as one name. */
#define DL_MAX_RUN_TOKENS 12
/* How many earlier people dl_entities_last_person looks through for one
 * of the wanted gender. */
#define DL_MAX_PERSON_BACK 64

/* ------------------------------------------------------------------ */
/* Word lists (sorted, lower case; searched by binary search)          */
/* ------------------------------------------------------------------ */

/* Capitalized only because they open a sentence (or a quote): function
 * words, pronouns, common adverbs and openers. */
static const char *const stop_words[] = {
  "a", "about", "above", "according", "across", "after", "afterwards",
  "again", "against", "ahead", "all", "almost", "along", "already", "also",
  "although", "always", "among", "amid", "an", "analysts", "and", "another",
  "any", "anyone", "anything", "are", "around", "as", "asked", "at",
  "because", "before", "being", "below", "besides", "between", "beyond",
  "both", "but", "by", "can", "could", "dear", "despite", "did", "do",
  "does", "during", "each", "earlier", "either", "even", "every",
  "everyone", "except", "few", "finally", "first", "following", "for",
  "former", "from", "further", "furthermore", "given", "had", "has", "have",
  "having", "he", "her", "here", "hers", "him", "his", "how", "however",
  "i", "if", "in", "including", "indeed", "inside", "instead", "is", "it",
  "its", "just", "last", "later", "less", "like", "many", "may", "meanwhile",
  "might", "more", "moreover", "most", "much", "must", "my", "near",
  "neither", "never", "nevertheless", "new", "next", "no", "none", "nor",
  "not", "nothing", "now", "of", "officials", "on", "once", "one", "only",
  "or", "other", "others", "our", "over", "overall", "per", "perhaps",
  "please", "previously", "rather", "recently", "regarding", "same",
  "second", "several", "shall", "she", "should", "similarly", "since",
  "so", "some", "someone", "something", "sources", "still", "such", "than",
  "thank", "thanks", "that", "the", "their", "them", "then", "there",
  "therefore", "these", "they", "third", "this", "those", "though",
  "through", "throughout", "thus", "to", "today", "together", "tomorrow",
  "too", "toward", "towards", "under", "unless", "unlike", "until", "up",
  "upon", "us", "very", "via", "was", "we", "were", "what", "whatever",
  "when", "where", "whether", "which", "while", "who", "whom", "whose",
  "why", "will", "with", "within", "without", "would", "yes", "yesterday",
  "yet", "you", "your"
};

/* Last words that make a name an organization. */
static const char *const org_suffix[] = {
  "academy", "administration", "ag", "agency", "airline", "airlines",
  "airways", "alliance", "army", "assembly", "association", "authority",
  "bancorp", "bancshares", "bank", "board", "brotherhood", "bureau",
  "cabinet", "center", "centre", "chamber", "church", "club", "co",
  "co.", "coalition", "college", "commission", "committee", "communications",
  "company", "conference", "congress", "consortium", "corp", "corp.",
  "corporation", "council", "court", "department", "directorate",
  "electric", "energy", "exchange", "federation", "force", "forces",
  "foundation", "front", "fund", "gmbh", "government", "group", "guard",
  "holding", "holdings", "hospital", "inc", "inc.", "industries",
  "institute", "institution", "insurance", "international", "investments",
  "league", "llc", "llp", "ltd", "ltd.", "magazine", "ministry", "motors",
  "movement", "museum", "navy", "network", "news", "nv", "office",
  "organisation", "organization", "parliament", "partners", "party",
  "petroleum", "pharmaceuticals", "plc", "police", "post", "press",
  "railway", "railways", "reserve", "sa", "school", "secretariat",
  "securities", "senate", "service", "services", "society", "spa",
  "systems", "team", "technologies", "telecom", "times", "trust",
  "tribunal", "union", "university"
};

/* First words that make "X of Y" an organization. */
static const char *const org_head[] = {
  "academy", "association", "bank", "board", "bureau", "chamber", "church",
  "college", "commission", "committee", "confederation", "congress",
  "council", "court", "department", "federation", "fund", "institute",
  "league", "ministry", "office", "organisation", "organization", "party",
  "society", "union", "university"
};

/* Last words that make a name a place. */
static const char *const loc_suffix[] = {
  "airport", "avenue", "basin", "bay", "beach", "boulevard", "bridge",
  "canal", "canyon", "cape", "city", "coast", "county", "creek", "desert",
  "district", "falls", "forest", "gulf", "harbor", "harbour", "heights",
  "highlands", "hill", "hills", "island", "islands", "isle", "lake",
  "mount", "mountain", "mountains", "ocean", "oblast", "palace", "park",
  "peninsula", "plain", "plateau", "port", "prefecture", "province",
  "range", "region", "republic", "river", "road", "sea", "square", "state",
  "strait", "straits", "street", "territory", "township", "valley",
  "village"
};

/* First words that make "X of Y" (or "X Y") a place. */
static const char *const loc_head[] = {
  "bay", "cape", "city", "commonwealth", "duchy", "emirate", "fort",
  "gulf", "isle", "isles", "kingdom", "lake", "mount", "port", "principality",
  "province", "republic", "sea", "state", "strait", "straits"
};

/* Lower-case words that may join two capitalized parts of one name. */
static const char *const particles[] = {
  "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do",
  "dos", "du", "el", "ibn", "la", "le", "van", "von", "y"
};

/* Verbs of saying: a capitalized name right before one is a person. */
static const char *const say_verbs[] = {
  "acknowledged", "added", "admitted", "argued", "asked", "asserted",
  "believes", "claimed", "commented", "complained", "conceded", "declared",
  "emphasised", "emphasized", "explained", "insisted", "noted", "recalled",
  "remarked", "replied", "said", "says", "stated", "stressed", "tells",
  "thinks", "told", "tweeted", "urged", "warned", "wrote"
};

/* Prepositions after which an unknown name is a place. */
static const char *const loc_preps[] = {
  "across", "in", "inside", "near", "outside", "throughout"
};

/* Abbreviations whose dot belongs to the word (Mr. Smith, St. Louis). */
static const char *const abbrevs[] = {
  "adm", "amb", "bros", "brig", "capt", "cmdr", "co", "col", "corp", "dr",
  "ft", "gen", "gov", "inc", "jr", "lt", "ltd", "maj", "mme", "mr", "mrs",
  "ms", "mt", "prof", "rep", "rev", "sen", "sgt", "sr", "st"
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Is s[0..len) (any case) one of the sorted lower-case words of list? */
static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
  size_t lo = 0, hi = n;
  char buf[24];
  size_t i;
  if (len == 0 || len >= sizeof buf) return 0;
  for (i = 0; i < len; i++) buf[i] = DL_LOWER(s[i]);
  buf[len] = '\0';
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(list[mid], buf);
    if (c == 0) return 1;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

#define IN(list, s, len) in_list(list, NELEM(list), s, len)

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

enum {
  T_CAP = 1 << 0,      /* first letter upper case */
  T_LOWER = 1 << 1,    /* first letter lower case */
  T_ALLCAPS = 1 << 2,  /* two or more letters, all upper case */
  T_DIGIT = 1 << 3,    /* starts with a digit */
  T_SSTART = 1 << 4,   /* first word of a sentence, or after a quote/colon */
  T_BREAK = 1 << 5,    /* punctuation (other than a hyphen) before it */
  T_HYPH = 1 << 6,     /* glued to the previous word by a hyphen */
  T_POSS = 1 << 7,     /* followed by 's */
  T_COMMA = 1 << 8,    /* a comma right before it */
  T_ABBR = 1 << 9,     /* the word includes its abbreviation dot */
  T_LOWERCASE = 1 << 10 /* the word has lower-case letters */
};

typedef struct tok {
  uint32_t start, len;
  uint32_t flags;
  int32_t gb, gu;      /* longest built-in / user match starting here, or -1 */
} tok;

/* Per-mention facts while recognizing. */
typedef struct ment {
  uint32_t start, end;          /* whole mention */
  uint32_t nstart, nend;        /* the name */
  uint32_t tstart, tend;        /* title, or tstart == tend */
  uint32_t ostart, oend;        /* nationality */
  uint32_t tok0, ntok;          /* the name's tokens */
  const dl_gazetteer *gz;       /* entry's gazetteer, or NULL */
  uint32_t entry;
  uint8_t type;
  uint8_t strong;               /* typed by gazetteer, title or suffix */
  uint8_t sinit;                /* a single word opening a sentence */
  uint8_t gender;
  int32_t ent;                  /* entity while merging */
} ment;

typedef struct ent {
  int32_t canon;                /* mention giving the canonical name */
  int32_t alias_of;             /* merged into another entity, or -1 */
  uint8_t type, strong, gender;
  const dl_gazetteer *gz;
  uint32_t entry;
  uint32_t first_pos;
} ent;

struct dl_entities {
  dl_entity *ents;
  size_t nents;
  dl_mention *ments;
  size_t nments;
  uint32_t *by_entity;          /* mention indexes grouped by entity */
};

/* Scratch of one run of the recognizer. */
typedef struct ctx {
  const char *text;
  size_t len;
  const dl_gazetteer *gb, *gu;
  tok *toks;
  size_t ntok, captok;
  dl_gaz_match *mb, *mu;
  size_t nmb, capmb, nmu, capmu;
  ment *ms;
  size_t nms, capms;
  uint64_t *lower;              /* hash set of words seen in lower case */
  size_t lowcap;
} ctx;

static uint64_t hash_fold(const char *s, size_t len)
{
  uint64_t h = 1469598103934665603ull;
  size_t i;
  for (i = 0; i < len; i++) {
    h ^= (unsigned char)DL_LOWER(s[i]);
    h *= 1099511628211ull;
  }
  return h | 1;   /* 0 marks an empty slot */
}

static int lower_seen(const ctx *c, const char *s, size_t len)
{
  uint64_t h;
  size_t i;
  if (!c->lower) return 0;
  h = hash_fold(s, len);
  for (i = (size_t)h & (c->lowcap - 1); c->lower[i]; i = (i + 1) & (c->lowcap - 1))
    if (c->lower[i] == h) return 1;
  return 0;
}

/* Is the code point upper case (Latin, Greek, Cyrillic; approximate)? */
static int cp_upper(int32_t cp)
{
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return 1;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;
  if (cp >= 0x391 && cp <= 0x3AB) return 1;
  if (cp >= 0x400 && cp <= 0x42F) return 1;
  return 0;
}

static int cp_letter(int32_t cp)
{
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
      || (cp >= 0x370 && cp <= 0x52F);
}

static int wbyte(unsigned char c)
{
  return (dl_ctype[c] & (DL_C_UPPER | DL_C_LOWER | DL_C_DIGIT)) != 0;
}

/* Length of a letter at s (ASCII alnum or a non-ASCII letter), or 0. */
static size_t letter_at(const char *s, size_t n, int *upper, int *lower)
{
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    if (!wbyte(c)) return 0;
    if (upper) *upper = DL_IS_UPPER(c) != 0;
    if (lower) *lower = DL_IS_LOWER(c) != 0;
    return 1;
  } else {
    size_t adv;
    int32_t cp = dl_utf8_decode(s, n, &adv);
    if (!cp_letter(cp)) return 0;
    if (upper) *upper = cp_upper(cp);
    if (lower) *lower = !cp_upper(cp);
    return adv;
  }
}

static dl_status push_tok(ctx *c, uint32_t start, uint32_t len, uint32_t flags)
{
  if (dl_grow((void **)&c->toks, &c->captok, c->ntok + 1, sizeof *c->toks))
    return DL_ENOMEM;
  c->toks[c->ntok].start = start;
  c->toks[c->ntok].len = len;
  c->toks[c->ntok].flags = flags;
  c->toks[c->ntok].gb = c->toks[c->ntok].gu = -1;
  c->ntok++;
  return DL_OK;
}

/* Tokenize text[s, e) (one sentence) onto c->toks. */
static dl_status tokenize(ctx *c, size_t s, size_t e)
{
  const char *t = c->text;
  size_t i = s;
  uint32_t pending = T_SSTART;
  int first = 1;
  while (i < e) {
    unsigned char ch = (unsigned char)t[i];
    size_t ws, k;
    int up = 0, lo = 0, any_lower = 0, all_upper = 1, letters = 0;
    uint32_t flags;
    if (ch < 0x80 && !wbyte(ch)) {
      if (ch == '-' && i > s && i + 1 < e && wbyte((unsigned char)t[i - 1])
          && wbyte((unsigned char)t[i + 1]))
        pending |= T_HYPH;
      else if (ch == ',') pending |= T_BREAK | T_COMMA;
      else if (ch == ':' || ch == '"' || ch == '(' || ch == '[')
        pending |= T_BREAK | T_SSTART;
      else if (!DL_IS_SPACE(ch)) pending |= T_BREAK;
      i++;
      continue;
    }
    if (ch >= 0x80 && !letter_at(t + i, e - i, NULL, NULL)) {
      size_t adv;
      int32_t cp = dl_utf8_decode(t + i, e - i, &adv);
      if (dl_cp_is_open_quote(cp) || cp == 0x201C) pending |= T_BREAK | T_SSTART;
      else if (!dl_cp_is_space(cp)) pending |= T_BREAK;
      i += adv;
      continue;
    }
    /* a word: letters/digits, with ' . & inside */
    ws = i;
    k = i;
    while (k < e) {
      size_t n;
      unsigned char b0 = (unsigned char)t[k];
      if (b0 < 0x80 && wbyte(b0)) {
        if (DL_IS_LOWER(b0)) { any_lower = 1; all_upper = 0; letters++; }
        else if (DL_IS_UPPER(b0)) letters++;
        k++;
        continue;
      }
      n = letter_at(t + k, e - k, &up, &lo);
      if (n) {
        if (letters == 0 && !DL_IS_DIGIT(t[k])) {
          /* first letter decides the shape */
        }
        if (lo) { any_lower = 1; all_upper = 0; }
        if (!DL_IS_DIGIT(t[k])) letters++;
        k += n;
        continue;
      }
      if ((t[k] == '\'' || t[k] == '.' || t[k] == '&') && k + 1 < e
          && wbyte((unsigned char)t[k + 1])) {
        /* possessive 's ends the word */
        if (t[k] == '\'' && (t[k + 1] == 's' || t[k + 1] == 'S')
            && (k + 2 >= e || !wbyte((unsigned char)t[k + 2])))
          break;
        k++;
        continue;
      }
      if ((unsigned char)t[k] == 0xE2 && k + 3 < e && (unsigned char)t[k + 1] == 0x80
          && (unsigned char)t[k + 2] == 0x99 && wbyte((unsigned char)t[k + 3])) {
        if ((t[k + 3] == 's' || t[k + 3] == 'S')
            && (k + 4 >= e || !wbyte((unsigned char)t[k + 4])))
          break;
        k += 3;
        continue;
      }
      break;
    }
    flags = pending;
    pending = 0;
    if (first) { flags |= T_SSTART; first = 0; }
    {
      int u0 = 0, l0 = 0;
      letter_at(t + ws, e - ws, &u0, &l0);
      if (DL_IS_DIGIT(t[ws])) flags |= T_DIGIT;
      else if (u0) flags |= T_CAP;
      else flags |= T_LOWER;
    }
    if (any_lower) flags |= T_LOWERCASE;
    if (all_upper && letters >= 2) flags |= T_ALLCAPS;
    /* "U.S." and abbreviations keep their final dot */
    if (k < e && t[k] == '.') {
      size_t wl = k - ws;
      if ((wl >= 3 && t[k - 2] == '.') || (wl == 1 && DL_IS_UPPER(t[ws]))
          || in_list(abbrevs, NELEM(abbrevs), t + ws, wl)) {
        k++;
        flags |= T_ABBR;
      }
    }
    /* possessive */
    if (k + 1 < e && t[k] == '\'' && (t[k + 1] == 's' || t[k + 1] == 'S')) {
      flags |= T_POSS;
      pending |= T_BREAK;
    } else if (k + 3 < e && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80
               && (unsigned char)t[k + 2] == 0x99 && (t[k + 3] == 's' || t[k + 3] == 'S')) {
      flags |= T_POSS;
      pending |= T_BREAK;
    }
    if (push_tok(c, (uint32_t)ws, (uint32_t)(k - ws), flags) != DL_OK) return DL_ENOMEM;
    i = k;
    if (flags & T_POSS) i += (unsigned char)t[k] == '\'' ? 2 : 4;
  }
  return DL_OK;
}

static dl_status lower_add(ctx *c, const char *s, size_t len, size_t *n)
{
  uint64_t h = hash_fold(s, len);
  size_t i;
  if (*n * 2 >= c->lowcap) {
    size_t ncap = c->lowcap ? c->lowcap * 2 : 1024, j;
    uint64_t *nt = (uint64_t *)calloc(ncap, sizeof *nt);
    if (!nt) return DL_ENOMEM;
    for (j = 0; j < c->lowcap; j++) {
      uint64_t v = c->lower[j];
      size_t p;
      if (!v) continue;
      for (p = (size_t)v & (ncap - 1); nt[p]; p = (p + 1) & (ncap - 1)) {}
      nt[p] = v;
    }
    free(c->lower);
    c->lower = nt;
    c->lowcap = ncap;
  }
  for (i = (size_t)h & (c->lowcap - 1); c->lower[i]; i = (i + 1) & (c->lowcap - 1))
    if (c->lower[i] == h) return DL_OK;
  c->lower[i] = h;
  (*n)++;
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Gazetteer matches per token                                         */
/* ------------------------------------------------------------------ */

static int match_cmp(const void *a, const void *b)
{
  const dl_gaz_match *x = (const dl_gaz_match *)a, *y = (const dl_gaz_match *)b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  return 0;
}

/* Point every token at the longest match starting at it (tokens and
 * matches are both in text order once the matches are sorted). */
static void attach(ctx *c, dl_gaz_match *m, size_t n, size_t tok0, int user)
{
  size_t i = 0, k;
  if (n == 0) return;
  qsort(m, n, sizeof *m, match_cmp);
  for (k = tok0; k < c->ntok && i < n; k++) {
    while (i < n && m[i].start < c->toks[k].start) i++;
    if (i < n && m[i].start == c->toks[k].start) {
      if (user) c->toks[k].gu = (int32_t)i;
      else c->toks[k].gb = (int32_t)i;
    }
  }
}

/* End (byte) of token k's match; 0 when none. */
static uint32_t gb_end(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return t->gb >= 0 ? c->mb[t->gb].start + c->mb[t->gb].len : 0;
}

static const dl_gaz_entry *gb_entry(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return t->gb >= 0 ? dl_gazetteer_entry(c->gb, c->mb[t->gb].entry) : NULL;
}

/* The token index whose end is byte `end` (or the last before it). */
static size_t tok_upto(const ctx *c, size_t k, size_t b, uint32_t end)
{
  while (k < b && c->toks[k].start + c->toks[k].len <= end) k++;
  return k;
}

/* ------------------------------------------------------------------ */
/* Runs                                                                */
/* ------------------------------------------------------------------ */

static int tok_is(const ctx *c, size_t k, const char *const *list, size_t n)
{
  const tok *t = &c->toks[k];
  size_t len = t->len;
  if (t->flags & T_ABBR) len--;
  return in_list(list, n, c->text + t->start, len);
}

#define TOK_IN(c, k, list) tok_is(c, k, list, NELEM(list))

static int is_date_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t len = t->len - ((t->flags & T_ABBR) ? 1 : 0);
  if (len < 3 || len > 9 || !(t->flags & T_CAP)) return 0;
  switch (c->text[t->start]) {
    case 'A': case 'D': case 'F': case 'J': case 'M': case 'N': case 'O':
    case 'S': case 'T': case 'W': break;
    default: return 0;
  }
  return dl_month_from_name(c->text + t->start, len) != 0
      || dl_weekday_from_name(c->text + t->start, len) != 0;
}

static dl_status add_ment(ctx *c, const ment *m)
{
  if (c->nms >= DL_MAX_MENTIONS) return DL_OK;
  if (dl_grow((void **)&c->ms, &c->capms, c->nms + 1, sizeof *c->ms))
    return DL_ENOMEM;
  c->ms[c->nms++] = *m;
  return DL_OK;
}

static void ment_init(ment *m, const ctx *c, size_t a, size_t b)
{
  memset(m, 0, sizeof *m);
  m->start = m->nstart = c->toks[a].start;
  m->end = m->nend = c->toks[b - 1].start + c->toks[b - 1].len;
  m->tok0 = (uint32_t)a;
  m->ntok = (uint32_t)(b - a);
  m->ent = -1;
}

/* Does the word after token b-1 (same sentence) say "said"? */
static int next_is(const ctx *c, size_t b, size_t send, const char *const *list, size_t n)
{
  if (b >= send) return 0;
  if (!(c->toks[b].flags & T_LOWER)) return 0;
  if (c->toks[b].flags & T_BREAK && !(c->toks[b].flags & T_COMMA)) return 0;
  return tok_is(c, b, list, n);
}

/* Classify and record the name tokens [a, b) of a run whose first token
 * of the whole run was r0 (for context) and sentence tokens end at send. */
static dl_status classify(ctx *c, size_t r0, size_t a, size_t b, size_t send,
                          ment *m)
{
  const dl_gaz_entry *ge;
  size_t n = b - a;
  const tok *last = &c->toks[b - 1];
  m->nstart = c->toks[a].start;
  m->nend = last->start + last->len;
  m->tok0 = (uint32_t)a;
  m->ntok = (uint32_t)n;

  /* a user entry covering the name */
  if (c->toks[a].gu >= 0) {
    const dl_gaz_match *g = &c->mu[c->toks[a].gu];
    if (g->start + g->len == m->nend) {
      const dl_gaz_entry *e = dl_gazetteer_entry(c->gu, g->entry);
      m->gz = c->gu;
      m->entry = g->entry;
      m->type = e->type;
      m->strong = 1;
      return add_ment(c, m);
    }
  }
  /* a built-in entry covering the name ("SEC" and the full name merge) */
  ge = gb_entry(c, a);
  if (ge && gb_end(c, a) == m->nend && ge->type != DL_ENT_NONE
      && !(m->tend > m->tstart && ge->kind != DL_GK_CITY && ge->kind != DL_GK_REGION)) {
    m->gz = c->gb;
    m->entry = c->mb[c->toks[a].gb].entry;
    m->type = ge->type;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (m->tend > m->tstart) {          /* a title: a person */
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (TOK_IN(c, b - 1, org_suffix) && (n > 1 || c->toks[b - 1].flags & T_ABBR)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (n > 1 && (TOK_IN(c, b - 1, loc_suffix)
                || (TOK_IN(c, a, loc_head) && (n > 2 || !(c->toks[a + 1].flags & T_LOWER))))) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (n > 2 && TOK_IN(c, a, org_head) && (c->toks[a + 1].flags & T_LOWER)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (ge && ge->kind == DL_GK_GIVEN) {
    m->type = DL_ENT_PERSON;
    m->strong = n > 1;
    m->gender = ge->flags;
    return add_ment(c, m);
  }
  /* context */
  if (next_is(c, b, send, say_verbs, NELEM(say_verbs)) && n >= 2 && n <= 4
      && !(c->toks[a].flags & T_ALLCAPS)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (b < send && (c->toks[b].flags & T_COMMA) && n >= 2 && n <= 4
      && (c->text[c->toks[b].start] == 'w' || c->text[c->toks[b].start] == 'a')
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "who")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "a")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "aged"))) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (r0 > 0 && r0 == a && (c->toks[r0 - 1].flags & T_LOWER)
      && !(c->toks[r0].flags & T_BREAK) && TOK_IN(c, r0 - 1, loc_preps)) {
    m->type = DL_ENT_LOCATION;
    return add_ment(c, m);
  }
  if (n == 1 && (c->toks[a].flags & T_ALLCAPS) && c->toks[a].len <= 6) {
    m->type = DL_ENT_ORGANIZATION;
    return add_ment(c, m);
  }
  if (n >= 2 && n <= 3) {
    size_t k;
    int names = 1;
    for (k = a; k < b; k++)
      if (!(c->toks[k].flags & T_CAP) || !(c->toks[k].flags & T_LOWERCASE)) names = 0;
    m->type = names ? DL_ENT_PERSON : DL_ENT_ORGANIZATION;
    return add_ment(c, m);
  }
  m->type = DL_ENT_ORGANIZATION;     /* a guess, revised when merging */
  return add_ment(c, m);
}

/* Record the run of tokens [a, b) in the sentence of tokens [sent0, send). */
static dl_status run(ctx *c, size_t sent0, size_t a, size_t b, size_t send,
                     int caps_sentence)
{
  size_t r0 = a;
  ment m;
  dl_status st;
  const dl_gaz_entry *ge;

  /* leading function words, dates, lone pronouns */
  while (a < b) {
    const tok *t = &c->toks[a];
    if (t->gu >= 0) break;
    if (is_date_word(c, a) && !(t->gb >= 0 && gb_end(c, a) > t->start + t->len)) { a++; continue; }
    if (t->gb >= 0 && gb_entry(c, a)->kind != DL_GK_GIVEN) break;
    if (TOK_IN(c, a, stop_words)) { a++; continue; }
    /* "Reflecting on ...": a sentence's first word seen in lower case
     * elsewhere (after a quote mark only when it stands alone) */
    if ((t->flags & T_SSTART) && (a == sent0 || b - a == 1)
        && lower_seen(c, c->text + t->start, t->len)) { a++; continue; }
    break;
  }
  while (b > a && is_date_word(c, b - 1) && c->toks[b - 1].gb < 0 && c->toks[b - 1].gu < 0) b--;
  if (a >= b) return DL_OK;
  if (caps_sentence) {
    /* headline or ALL CAPS text: only what a gazetteer knows */
    size_t k = a;
    while (k < b) {
      const dl_gaz_entry *e = gb_entry(c, k);
      if (c->toks[k].gu >= 0 || (e && e->type != DL_ENT_NONE)) {
        const dl_gaz_match *g = c->toks[k].gu >= 0 ? &c->mu[c->toks[k].gu] : &c->mb[c->toks[k].gb];
        size_t k2 = tok_upto(c, k, b, g->start + g->len);
        if (k2 == k) k2 = k + 1;
        ment_init(&m, c, k, k2);
        m.gz = c->toks[k].gu >= 0 ? c->gu : c->gb;
        m.entry = g->entry;
        m.type = dl_gazetteer_entry(m.gz, g->entry)->type;
        m.strong = 1;
        st = add_ment(c, &m);
        if (st != DL_OK) return st;
        k = k2;
      } else k++;
    }
    return DL_OK;
  }

  ment_init(&m, c, a, b);
  /* an organization named whole ("Russian Foreign Ministry") */
  if (b - a > 1 && TOK_IN(c, b - 1, org_suffix)) {
    if (!(c->toks[a].gu >= 0)) return classify(c, r0, a, b, b, &m);
  }
  /* peel nationality, affiliation and titles off the front */
  for (;;) {
    size_t k2;
    if (a >= b) break;
    ge = gb_entry(c, a);
    if (c->toks[a].gu >= 0) break;
    if (!ge) break;
    k2 = tok_upto(c, a, b, gb_end(c, a));
    if (k2 >= b) {
      if (ge->kind == DL_GK_TITLE) { a = k2; }
      break;
    }
    if (ge->kind == DL_GK_TITLE) {
      if (m.tend == m.tstart) m.tstart = c->toks[a].start;
      m.tend = gb_end(c, a);
      if (ge->flags) m.gender = ge->flags;
      a = k2;
      continue;
    }
    if ((ge->kind == DL_GK_DEMONYM || ge->kind == DL_GK_COUNTRY)
        && m.tend == m.tstart && m.oend == m.ostart) {
      const dl_gaz_entry *nx = gb_entry(c, k2);
      if (nx && nx->kind == DL_GK_TITLE) {
        m.ostart = c->toks[a].start;
        m.oend = gb_end(c, a);
        a = k2;
        continue;
      }
    }
    if ((ge->kind == DL_GK_ORG || ge->kind == DL_GK_AGENCY
         || ge->kind == DL_GK_DEMONYM || ge->kind == DL_GK_COUNTRY)
        && m.tend == m.tstart) {
      const dl_gaz_entry *nx = gb_entry(c, k2);
      /* "UN Secretary-General Antonio Guterres", "Chinese Xi": the front
       * part is its own mention */
      if ((nx && nx->kind == DL_GK_TITLE) || ge->kind == DL_GK_DEMONYM) {
        ment o;
        ment_init(&o, c, a, k2);
        o.gz = c->gb;
        o.entry = c->mb[c->toks[a].gb].entry;
        o.type = ge->type;
        o.strong = 1;
        st = add_ment(c, &o);
        if (st != DL_OK) return st;
        a = k2;
        m.start = c->toks[a].start;
        m.ostart = m.oend = 0;
        continue;
      }
    }
    break;
  }
  if (a >= b) {
    /* "Chinese President": only a nationality is left to report */
    if (m.oend > m.ostart) {
      size_t k = tok_upto(c, r0, b, m.ostart);
      const dl_gaz_entry *e = gb_entry(c, k);
      if (e) {
        ment o;
        ment_init(&o, c, k, tok_upto(c, k, b, m.oend));
        o.gz = c->gb;
        o.entry = c->mb[c->toks[k].gb].entry;
        o.type = e->type;
        o.strong = 1;
        return add_ment(c, &o);
      }
    }
    return DL_OK;
  }
  /* "Mr", "I" and friends alone are not names */
  if (b - a == 1 && c->toks[a].len == 1 && !(c->toks[a].flags & T_ABBR)) return DL_OK;
  m.sinit = (b - a == 1 && (c->toks[a].flags & T_SSTART) && m.tend == m.tstart) ? 1 : 0;
  return classify(c, r0, a, b, send, &m);
}

/* Does the run continue from token k-1 over connector k to k+1? */
static int joins_over(const ctx *c, size_t a, size_t k, size_t send)
{
  const tok *t = &c->toks[k];
  const char *s = c->text + t->start;
  size_t j;
  if (k + 1 >= send || !(c->toks[k + 1].flags & T_CAP)) return 0;
  if (c->toks[k + 1].flags & T_BREAK) return 0;
  if (t->flags & T_BREAK) return 0;
  if (TOK_IN(c, k, particles)) return 1;
  if (dl_word_eq(s, t->len, "of") || dl_word_eq(s, t->len, "for")
      || dl_word_eq(s, t->len, "on")) {
    /* "Ministry of Foreign Affairs", "Republic of Tatarstan" */
    for (j = a; j < k; j++)
      if (TOK_IN(c, j, org_head) || TOK_IN(c, j, loc_head)) return 1;
    return 0;
  }
  if (dl_word_eq(s, t->len, "and") || (t->len == 1 && s[0] == '&')) {
    /* "Securities and Exchange Commission": the right side ends as an
     * organization */
    for (j = k + 1; j < send && j < k + 5; j++) {
      if (!(c->toks[j].flags & T_CAP) || (j > k + 1 && c->toks[j].flags & T_BREAK)) break;
      if (TOK_IN(c, j, org_suffix)) return 1;
    }
    return 0;
  }
  return 0;
}

/* Find the runs of the sentence tokens [s0, send). */
static dl_status runs(ctx *c, size_t s0, size_t send)
{
  size_t k = s0, ncap = 0, nlow = 0;
  int caps_sentence;
  for (k = s0; k < send; k++) {
    if (c->toks[k].flags & T_LOWERCASE) nlow++;
    if (c->toks[k].flags & T_ALLCAPS) ncap++;
  }
  caps_sentence = ncap >= 3 && ncap > nlow;
  k = s0;
  while (k < send) {
    size_t a = k, b;
    uint32_t gend = 0;
    const tok *t = &c->toks[k];
    if (!(t->flags & T_CAP) && t->gu < 0) { k++; continue; }
    b = k + 1;
    if (t->gu >= 0) gend = c->mu[t->gu].start + c->mu[t->gu].len;
    if (t->gb >= 0 && gb_end(c, k) > gend) gend = gb_end(c, k);
    while (b < send) {
      const tok *u = &c->toks[b];
      if (u->start < gend) { b++; continue; }           /* inside a match */
      if ((u->flags & T_BREAK) || (c->toks[b - 1].flags & T_POSS)) break;
      if (b - a >= DL_MAX_RUN_TOKENS) break;
      if (u->flags & T_CAP) {
        /* "China-Russia": split where both sides are known places */
        if ((u->flags & T_HYPH) && gb_end(c, b - 1) == c->toks[b - 1].start + c->toks[b - 1].len
            && u->gb >= 0)
          break;
        if (u->gu >= 0 && c->mu[u->gu].start + c->mu[u->gu].len > gend)
          gend = c->mu[u->gu].start + c->mu[u->gu].len;
        if (u->gb >= 0 && gb_end(c, b) > gend) gend = gb_end(c, b);
        b++;
        continue;
      }
      if ((u->flags & T_LOWER) && joins_over(c, a, b, send)) { b += 1; continue; }
      break;
    }
    {
      dl_status st = run(c, s0, a, b, send, caps_sentence);
      if (st != DL_OK) return st;
    }
    k = b;
  }
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Merging                                                             */
/* ------------------------------------------------------------------ */

typedef struct hmap {
  uint64_t *keys;
  int32_t *vals;
  size_t cap, n;
} hmap;

static dl_status hmap_init(hmap *h, size_t want)
{
  size_t cap = 64;
  while (cap < want * 2) cap *= 2;
  h->keys = (uint64_t *)calloc(cap, sizeof *h->keys);
  h->vals = (int32_t *)malloc(cap * sizeof *h->vals);
  h->cap = cap;
  h->n = 0;
  if (!h->keys || !h->vals) return DL_ENOMEM;
  return DL_OK;
}

static void hmap_free(hmap *h)
{
  free(h->keys);
  free(h->vals);
}

/* The slot of key (empty or holding it). */
static size_t hmap_slot(const hmap *h, uint64_t key)
{
  size_t i = (size_t)(key ^ (key >> 29)) & (h->cap - 1);
  while (h->keys[i] && h->keys[i] != key) i = (i + 1) & (h->cap - 1);
  return i;
}

static uint64_t ment_key(const ctx *c, const ment *m)
{
  if (m->gz) {
    uint64_t k = ((uint64_t)m->entry << 2) | (m->gz == c->gu ? 2u : 0u);
    return (k * 0x9E3779B97F4A7C15ull) | 1;
  }
  return hash_fold(c->text + m->nstart, m->nend - m->nstart) ^ ((uint64_t)m->type << 60);
}

static int32_t find_root(ent *e, int32_t i)
{
  while (e[i].alias_of >= 0) i = e[i].alias_of;
  return i;
}

static const char *const connectors[] = { "and", "de", "for", "of", "the" };

/* Initials of mention m's name ("Securities and Exchange Commission" ->
 * "SEC"), or 0 when it has fewer than two. */
static size_t initials(const ctx *c, const ment *m, char *buf, size_t cap)
{
  size_t k, n = 0;
  for (k = m->tok0; k < m->tok0 + m->ntok && n + 1 < cap; k++) {
    const tok *t = &c->toks[k];
    if (TOK_IN(c, k, connectors)) continue;
    if (!(t->flags & T_CAP)) continue;
    buf[n++] = c->text[t->start];
  }
  buf[n] = '\0';
  return n >= 2 ? n : 0;
}

static dl_status merge(ctx *c, ent **out, size_t *nout)
{
  hmap h, names, acr;
  ent *e = NULL;
  size_t ne = 0, i;
  dl_status st = DL_ENOMEM;
  *out = NULL;
  *nout = 0;
  memset(&names, 0, sizeof names);
  memset(&acr, 0, sizeof acr);
  if (hmap_init(&h, c->nms) != DL_OK) { hmap_free(&h); return DL_ENOMEM; }
  if (hmap_init(&names, c->nms * 2) != DL_OK || hmap_init(&acr, c->nms) != DL_OK)
    goto done;
  e = (ent *)malloc((c->nms ? c->nms : 1) * sizeof *e);
  if (!e) goto done;

  /* 1. same gazetteer entry, or same name and type */
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    uint64_t key = ment_key(c, m);
    size_t slot = hmap_slot(&h, key);
    if (h.keys[slot]) {
      ent *x = &e[h.vals[slot]];
      m->ent = h.vals[slot];
      if (m->strong && !x->strong) { x->strong = 1; x->type = m->type; }
      if (m->ntok > c->ms[x->canon].ntok
          || (m->ntok == c->ms[x->canon].ntok && m->nend - m->nstart > c->ms[x->canon].nend - c->ms[x->canon].nstart))
        x->canon = (int32_t)i;
      if (!x->gender) x->gender = m->gender;
    } else {
      h.keys[slot] = key;
      h.vals[slot] = (int32_t)ne;
      e[ne].canon = (int32_t)i;
      e[ne].alias_of = -1;
      e[ne].type = m->type;
      e[ne].strong = m->strong;
      e[ne].gender = m->gender;
      e[ne].gz = m->gz;
      e[ne].entry = m->entry;
      e[ne].first_pos = m->start;
      m->ent = (int32_t)ne;
      ne++;
    }
  }

  /* 2. a given name or surname alone -> the person it belongs to; an
   * acronym -> the organization whose initials it spells */
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    if (e[i].type == DL_ENT_PERSON && m->ntok >= 2 && !m->gz) {
      size_t ks[2], j;
      ks[0] = m->tok0;
      ks[1] = m->tok0 + m->ntok - 1;
      for (j = 0; j < 2; j++) {
        const tok *t = &c->toks[ks[j]];
        uint64_t key = hash_fold(c->text + t->start, t->len);
        size_t slot = hmap_slot(&names, key);
        if (!names.keys[slot]) { names.keys[slot] = key; names.vals[slot] = (int32_t)i; }
        else if (names.vals[slot] != (int32_t)i) names.vals[slot] = -1;   /* ambiguous */
      }
    }
    if (e[i].type == DL_ENT_ORGANIZATION || e[i].type == DL_ENT_LOCATION) {
      char buf[16];
      if (m->ntok >= 2 && initials(c, m, buf, sizeof buf)) {
        uint64_t key = hash_fold(buf, strlen(buf));
        size_t slot = hmap_slot(&acr, key);
        if (!acr.keys[slot]) { acr.keys[slot] = key; acr.vals[slot] = (int32_t)i; }
      }
    }
  }
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    if (m->ntok != 1) continue;
    if (e[i].gz && e[i].gz == c->gu) continue;
    {
      const tok *t = &c->toks[m->tok0];
      const dl_gaz_entry *ge = e[i].gz ? dl_gazetteer_entry(e[i].gz, e[i].entry) : NULL;
      uint64_t key = hash_fold(c->text + t->start, t->len - ((t->flags & T_ABBR) ? 1 : 0));
      size_t slot;
      if (!ge || ge->kind == DL_GK_CITY || ge->kind == DL_GK_REGION || ge->kind == DL_GK_GIVEN) {
        slot = hmap_slot(&names, key);
        if (names.keys[slot] && names.vals[slot] >= 0 && names.vals[slot] != (int32_t)i
            && (e[i].type == DL_ENT_PERSON || !e[i].strong || !ge || ge->kind != DL_GK_COUNTRY)) {
          e[i].alias_of = names.vals[slot];
          continue;
        }
      }
      if (t->flags & T_ALLCAPS) {
        slot = hmap_slot(&acr, key);
        if (acr.keys[slot] && acr.vals[slot] != (int32_t)i && (!ge || !e[i].strong))
          e[i].alias_of = acr.vals[slot];
      }
    }
  }
  for (i = 0; i < c->nms; i++) c->ms[i].ent = find_root(e, c->ms[i].ent);

  /* 3. "Xi and Putin": a guessed type follows a known partner */
  for (i = 0; i + 1 < c->nms; i++) {
    ment *x = &c->ms[i], *y = &c->ms[i + 1];
    ent *ex = &e[x->ent], *ey = &e[y->ent];
    uint32_t gap_s = x->end, gap_e = y->start, p;
    int ok = 0;
    int px = ex->type == DL_ENT_PERSON && (ex->strong || c->ms[ex->canon].ntok >= 2);
    int py = ey->type == DL_ENT_PERSON && (ey->strong || c->ms[ey->canon].ntok >= 2);
    if (x->ent == y->ent || px == py) continue;
    if ((px && ey->strong) || (py && ex->strong)) continue;
    if (gap_e <= gap_s || gap_e - gap_s > 6) continue;
    p = gap_s;
    while (p < gap_e && c->text[p] == ' ') p++;
    if (p + 3 <= gap_e && dl_word_eq(c->text + p, 3, "and")) { p += 3; ok = 1; }
    else if (p < gap_e && c->text[p] == ',') { p++; ok = 1; }
    while (p < gap_e && c->text[p] == ' ') p++;
    if (!ok || p != gap_e) continue;
    if (px) { ey->type = DL_ENT_PERSON; ey->strong = 1; }
    else { ex->type = DL_ENT_PERSON; ex->strong = 1; }
  }
  st = DL_OK;
done:
  hmap_free(&h);
  hmap_free(&names);
  hmap_free(&acr);
  if (st != DL_OK) { free(e); return st; }
  *out = e;
  *nout = ne;
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Result                                                              */
/* ------------------------------------------------------------------ */

static dl_status build_result(ctx *c, ent *e, size_t ne, dl_entities **out)
{
  dl_entities *r;
  size_t i, nm = 0, nk = 0;
  int32_t *newid = NULL;
  uint32_t *count = NULL;
  int32_t last_person = -1;
  r = (dl_entities *)calloc(1, sizeof *r);
  if (!r) return DL_ENOMEM;
  newid = (int32_t *)malloc((ne ? ne : 1) * sizeof *newid);
  count = (uint32_t *)calloc(ne ? ne : 1, sizeof *count);
  if (!newid || !count) goto nomem;

  /* drop single guessed words that only ever open a sentence */
  for (i = 0; i < ne; i++) newid[i] = -2;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (!(m->sinit && !e[m->ent].strong)) newid[m->ent] = -1;
  }
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (newid[m->ent] == -1) newid[m->ent] = (int32_t)nk++;
    if (newid[m->ent] >= 0) { nm++; count[newid[m->ent]]++; }
  }
  r->ents = (dl_entity *)calloc(nk ? nk : 1, sizeof *r->ents);
  r->ments = (dl_mention *)calloc(nm ? nm : 1, sizeof *r->ments);
  r->by_entity = (uint32_t *)malloc((nm ? nm : 1) * sizeof *r->by_entity);
  if (!r->ents || !r->ments || !r->by_entity) goto nomem;
  r->nents = nk;

  for (i = 0; i < ne; i++) {
    dl_entity *d;
    const ment *cm;
    if (newid[i] < 0) continue;
    d = &r->ents[newid[i]];
    cm = &c->ms[e[i].canon];
    d->type = e[i].type;
    d->gender = e[i].gender;
    d->id = d->country = d->region = d->tz = "";
    if (e[i].gz) {
      const dl_gaz_entry *ge = dl_gazetteer_entry(e[i].gz, e[i].entry);
      d->name = ge->name;
      d->name_len = ge->name_len;
      d->id = ge->id;
      d->country = ge->country;
      d->region = ge->region;
      d->tz = ge->tz;
      d->population = ge->population;
      if (ge->kind == DL_GK_CITY) d->id = "";
    } else {
      d->name = c->text + cm->nstart;
      d->name_len = cm->nend - cm->nstart;
    }
  }
  /* mentions in text order; titles and nationalities from the first that
   * has one */
  {
    uint32_t *fill = count;    /* reuse: prefix sums */
    uint32_t acc = 0;
    for (i = 0; i < nk; i++) {
      uint32_t n = fill[i];
      r->ents[i].first = acc;
      r->ents[i].nmentions = 0;
      acc += n;
    }
    nm = 0;
    for (i = 0; i < c->nms; i++) {
      const ment *m = &c->ms[i];
      int32_t id = newid[m->ent];
      dl_mention *d;
      dl_entity *en;
      if (id < 0) continue;
      en = &r->ents[id];
      d = &r->ments[nm];
      d->start = m->start;
      d->len = m->end - m->start;
      d->name_start = m->nstart;
      d->name_len = m->nend - m->nstart;
      d->entity = (uint32_t)id;
      d->type = en->type;
      d->prev_person = last_person;
      if (en->type == DL_ENT_PERSON) last_person = (int32_t)nm;
      if (m->tend > m->tstart && en->title.len == 0) {
        en->title.start = m->tstart;
        en->title.len = m->tend - m->tstart;
      }
      if (m->oend > m->ostart && en->nationality.len == 0) {
        en->nationality.start = m->ostart;
        en->nationality.len = m->oend - m->ostart;
      }
      if (!en->gender && m->gender) en->gender = m->gender;
      r->by_entity[en->first + en->nmentions++] = (uint32_t)nm;
      nm++;
    }
    r->nments = nm;
  }
  free(newid);
  free(count);
  *out = r;
  return DL_OK;
nomem:
  free(newid);
  free(count);
  dl_entities_free(r);
  return DL_ENOMEM;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

static void ctx_free(ctx *c)
{
  free(c->toks);
  free(c->mb);
  free(c->mu);
  free(c->ms);
  free(c->lower);
}

static int sent_cmp(const void *a, const void *b)
{
  const dl_sentence *x = (const dl_sentence *)a, *y = (const dl_sentence *)b;
  return x->start < y->start ? -1 : x->start > y->start;
}

dl_status dl_entities_find(const char *text, size_t len,
                           const dl_sentence *sents, size_t nsent,
                           const dl_gazetteer *builtin,
                           const dl_gazetteer *user, dl_entities **out)
{
  ctx c;
  dl_status st = DL_OK;
  size_t i, nlow = 0;
  size_t *bounds = NULL;
  ent *e = NULL;
  size_t ne = 0;
  *out = NULL;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  memset(&c, 0, sizeof c);
  c.text = text;
  c.len = len;
  c.gb = builtin;
  c.gu = user;
  bounds = (size_t *)malloc((nsent + 1) * sizeof *bounds);
  if (!bounds) return DL_ENOMEM;

  /* 1. tokens, and the words seen in lower case */
  for (i = 0; i < nsent; i++) {
    size_t s = sents[i].start, en = s + sents[i].len, k0 = c.ntok, k;
    bounds[i] = c.ntok;
    if (en > len) { st = DL_EARG; goto done; }
    st = tokenize(&c, s, en);
    if (st != DL_OK) goto done;
    (void)k0;
    (void)k;
    /* 2. gazetteer matches of the sentence */
    if (builtin) {
      size_t m0 = c.nmb;
      st = dl_gazetteer_scan(builtin, text, s, en, &c.mb, &c.nmb, &c.capmb);
      if (st != DL_OK) goto done;
      (void)m0;
    }
    if (user) {
      st = dl_gazetteer_scan(user, text, s, en, &c.mu, &c.nmu, &c.capmu);
      if (st != DL_OK) goto done;
    }
  }
  bounds[nsent] = c.ntok;
  /* the words seen in lower case, among those that open a sentence
   * capitalized: a (first letter, length) filter keeps this cheap */
  {
    uint32_t mask[26];
    size_t k;
    memset(mask, 0, sizeof mask);
    for (k = 0; k < c.ntok; k++) {
      const tok *t = &c.toks[k];
      if ((t->flags & (T_SSTART | T_CAP)) == (T_SSTART | T_CAP) && t->len >= 3
          && DL_IS_UPPER(text[t->start]))
        mask[text[t->start] - 'A'] |= 1u << (t->len < 31 ? t->len : 31);
    }
    for (k = 0; k < c.ntok; k++) {
      const tok *t = &c.toks[k];
      if ((t->flags & T_LOWER) && t->len >= 3 && DL_IS_LOWER(text[t->start])
          && (mask[text[t->start] - 'a'] & (1u << (t->len < 31 ? t->len : 31)))) {
        st = lower_add(&c, text + t->start, t->len, &nlow);
        if (st != DL_OK) goto done;
      }
    }
  }
  /* matches of all sentences, in text order (sentences are in order) */
  attach(&c, c.mb, c.nmb, 0, 0);
  attach(&c, c.mu, c.nmu, 0, 1);

  /* 3. runs and mentions */
  for (i = 0; i < nsent; i++) {
    st = runs(&c, bounds[i], bounds[i + 1]);
    if (st != DL_OK) goto done;
  }
  /* 4. merge */
  st = merge(&c, &e, &ne);
  if (st != DL_OK) goto done;
  st = build_result(&c, e, ne, out);
done:
  free(e);
  free(bounds);
  ctx_free(&c);
  return st;
}

dl_status dl_article_entities(const dl_article *a, const char *text,
                              const dl_gazetteer *builtin,
                              const dl_gazetteer *user, dl_entities **out)
{
  size_t n = dl_article_nsentences(a), i;
  const dl_sentence *s = dl_article_sentences(a);
  const dl_dateline *d = dl_article_dateline(a);
  dl_sentence *all;
  dl_status st;
  size_t len = 0;
  /* the text length: the end of the last paragraph bounds every span */
  if (dl_article_npara(a) > 0) {
    const dl_para *p = &dl_article_paras(a)[dl_article_npara(a) - 1];
    len = (size_t)p->start + p->len;
  }
  all = (dl_sentence *)malloc((n + 1) * sizeof *all);
  if (!all) return DL_ENOMEM;
  for (i = 0; i < n; i++) all[i] = s[i];
  if (d && d->place.len) {
    /* the dateline place ("KAZAN, Russia") reads as its own sentence */
    all[n].start = d->place.start;
    all[n].len = d->place.len;
    all[n].para = 0;
    n++;
    qsort(all, n, sizeof *all, sent_cmp);
  }
  for (i = 0; i < n; i++)
    if ((size_t)all[i].start + all[i].len > len) len = (size_t)all[i].start + all[i].len;
  st = dl_entities_find(text, len, all, n, builtin, user, out);
  free(all);
  return st;
}

void dl_entities_free(dl_entities *e)
{
  if (!e) return;
  free(e->ents);
  free(e->ments);
  free(e->by_entity);
  free(e);
}

size_t dl_entities_count(const dl_entities *e) { return e ? e->nents : 0; }

const dl_entity *dl_entities_get(const dl_entities *e, size_t i)
{
  return e && i < e->nents ? &e->ents[i] : NULL;
}

size_t dl_entities_nmentions(const dl_entities *e) { return e ? e->nments : 0; }
const dl_mention *dl_entities_mentions(const dl_entities *e) { return e ? e->ments : NULL; }

const uint32_t *dl_entities_entity_mentions(const dl_entities *e, size_t i, size_t *n)
{
  if (!e || i >= e->nents) { *n = 0; return NULL; }
  *n = e->ents[i].nmentions;
  return e->by_entity + e->ents[i].first;
}

/* The index of the last mention starting at or before pos, or -1. */
static long last_at_or_before(const dl_entities *e, uint32_t pos)
{
  size_t lo = 0, hi = e->nments;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (e->ments[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return (long)lo - 1;
}

long dl_entities_at(const dl_entities *e, uint32_t start, uint32_t len)
{
  long i;
  if (!e) return -1;
  i = last_at_or_before(e, start);
  if (i < 0) return -1;
  {
    const dl_mention *m = &e->ments[i];
    if ((uint64_t)start + len <= (uint64_t)m->start + m->len) return (long)m->entity;
  }
  return -1;
}

long dl_entities_last_person(const dl_entities *e, uint32_t pos, int gender)
{
  long i;
  int steps;
  if (!e || pos == 0) return -1;
  i = last_at_or_before(e, pos - 1);
  if (i < 0) return -1;
  if (e->ments[i].type != DL_ENT_PERSON) i = e->ments[i].prev_person;
  for (steps = 0; i >= 0 && steps < DL_MAX_PERSON_BACK; steps++) {
    int g = e->ents[e->ments[i].entity].gender;
    if (gender == 0 || g == 0 || g == gender) return i;
    i = e->ments[i].prev_person;
  }
  return -1;
}

const char *dl_entity_type_name(int type)
{
  switch (type) {
    case DL_ENT_PERSON: return "PERSON";
    case DL_ENT_LOCATION: return "LOCATION";
    case DL_ENT_ORGANIZATION: return "ORGANIZATION";
    case DL_ENT_MISC: return "MISC";
    default: return "";
  }
}

int dl_entity_type_parse(const char *s, size_t len)
{
  static const char *const names[] = { "", "PERSON", "LOCATION", "ORGANIZATION", "MISC" };
  int i;
  for (i = 1; i < 5; i++)
    if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) return i;
  return DL_ENT_NONE;
}
