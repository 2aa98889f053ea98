/* timex.c -- find and normalize temporal expressions (TIMEX3) in English.
 *
 * One forward pass: the text is cut into sentence chunks, each chunk is
 * tokenized into a fixed array (no allocation per token), every word is
 * looked up in the lexicon behind a first-letter/length mask (most words
 * are rejected by one table load), and the grammar is tried only at tokens
 * that can start an expression.  Each match is bounded (a few tokens of
 * lookahead), so the whole scan is linear in the input. */
#include <stdlib.h>
#include <string.h>
#include "timex.h"
#include "normalize.h"
#include "calendar.h"
#include "text.h"
#include "util.h"
#include "timex_lex.h"

/* ------------------------------------------------------------------ */
/* Token predicates                                                    */
/* ------------------------------------------------------------------ */

#define T(i) (&sc->t[i])
/* (one unsigned compare: a negative index wraps to a large one) */
#define IN(i) ((unsigned)(i) < (unsigned)sc->nt)

/* Is token i a word of the category cat (never LEX_NONE)?  A number or
 * a punctuation mark has the categories LEX_NONE (the tokenizer sets
 * them), so the kind needs no test of its own. */
static int tcat(const scan *sc, int i, int cat)
{
  const tok *t;
  if (!IN(i)) return 0;
  t = &sc->t[i];
  return t->cat == cat || t->cat2 == cat;
}

static int tval(const scan *sc, int i, int cat)
{
  const tok *t = &sc->t[i];
  return t->cat == cat ? t->val : t->val2;
}

/* token i is the word with the id w (W_* of timex_lex.h: a word of the
 * lexicon, any case; a token for a run of ordinary words is its first
 * word) */
static inline int isw(const scan *sc, int i, unsigned w)
{
  return IN(i) && sc->t[i].w == w;
}

/* token i is "fiscal", or "financial" before "year" (the financial year
 * of British and Indian reports; "current financial difficulties" is no
 * fiscal period) */
static int fiscal_at(const scan *sc, int i)
{
  return IN(i) && (sc->t[i].w == W_FISCAL
                   || ((sc->t[i].w == W_FINANCIAL || sc->t[i].w == W_CALENDAR) && isw(sc, i + 1, W_YEAR)));
}

/* Byte e moved back over the spaces, tabs and line breaks right before it. */
static size_t space_back(const scan *sc, size_t e)
{
  while (e > 0 && (sc->text[e - 1] == ' ' || sc->text[e - 1] == '\t' || sc->text[e - 1] == '\n'))
    e--;
  return e;
}

/* The start of the run of letters that ends where the white space right
 * before byte e begins (e itself when there is no such word); as
 * word_start_before, also past tabs and line breaks. */
static size_t prev_word_start(const scan *sc, size_t e)
{
  size_t b;
  for (b = e = space_back(sc, e); b > 0 && DL_IS_ALPHA(sc->text[b - 1]); b--) {}
  return b;
}

/* The word right before token i in the text is w (lower case): reads
 * the source, so it also sees words folded into a run of plain words
 * ("the case is heard": "is" has no token of its own). */
static int word_before(const scan *sc, int i, const char *w)
{
  size_t e, n = strlen(w), k;
  if (!IN(i)) return 0;
  e = space_back(sc, sc->t[i].s);
  if (e < n || (e > n && DL_IS_ALPHA(sc->text[e - n - 1]))) return 0;
  for (k = 0; k < n; k++)
    if (DL_LOWER(sc->text[e - n + k]) != w[k]) return 0;
  return 1;
}

/* Words after which "over" + a duration is "more than" it: verbs and
 * prepositions that take an amount of time. */
static const char *const OVER_MORE_BEFORE[] = {
  "for", "lasted", "lasting", "lasts", "last", "took", "take", "takes", "taking",
  "spent", "spend", "spending", "in", "after", "of", "within", "served", "serve",
  "serving", "ran", "run", "runs", "lived", "worked", "stayed", "waited", "wait",
  "is", "was", "be", "been", "are", "were"
};

/* Words after a "to" that make it a preposition ("restored to most
 * streets by Sunday"), no infinitive's. */
static const char *const TO_NOT_VERB[] = {
  "a", "about", "all", "almost", "an", "any", "around", "both", "each", "every", "her", "his",
  "its", "many", "more", "most", "my", "nearly", "no", "other", "our", "some", "that", "the",
  "their", "these", "this", "those", "your"
};

/* Verbs whose "to" names the place or level reached, no infinitive's
 * ("returned to work by Friday", "fell to zero by June", "rose to record
 * highs by May"): a "by" date after them was met, as after a past verb. */
static const char *const TO_REACHED_BEFORE[] = {
  "came", "climbed", "declined", "dropped", "fell", "jumped", "plunged", "recovered", "restored",
  "returned", "rose", "sank", "slid", "slipped", "soared", "surged", "switched", "went"
};

/* Words before "to" + a verb that tell of the doing itself or of an
 * attempt or wish ("managed to", "failed to", "tried to", "wanted to"),
 * no order or decision: a "by" date after them is the doer's aim or
 * what was met, not a deadline set ahead ("managed to sell it by June"). */
static const char *const TO_DONE_BEFORE_BY[] = {
  "able", "failed", "managed", "tried", "used", "wanted"
};

/* Words after which "last" is the verb ("could last decades", "did not
 * last weeks", "won't last months"): modals, auxiliaries, negation and
 * the adverbs that sit between them and a verb.  "t" is the tail of
 * "won't" / "can't" once the apostrophe ends the letter run. */
static const char *const LAST_VERB_BEFORE[] = {
  "could", "would", "will", "may", "might", "can", "to", "should", "shall",
  "must", "did", "does", "do", "not", "t", "never", "rarely", "seldom",
  "often", "usually", "typically", "still", "also", "only", "likely"
};

/* Is the word right before token i one of the n words of list (lower
 * case letters)?  As word_before for each, with the word found once: the
 * run of letters that ends where the white space before token i begins. */
static int word_before_any_at(const scan *sc, size_t e, const char *const *list, size_t n);

static int word_before_any(const scan *sc, int i, const char *const *list, size_t n)
{
  if (!IN(i)) return 0;
  return word_before_any_at(sc, sc->t[i].s, list, n);
}

/* As word_before_any, for the word ending before byte e. */
static int word_before_any_at(const scan *sc, size_t e, const char *const *list, size_t n)
{
  size_t b;
  e = space_back(sc, e);
  b = prev_word_start(sc, e);
  return b < e && dl_word_in(sc->text + b, e - b, list, n);
}

/* The start of the run of letters after the white space from byte p;
 * its end in *e (the start itself when there is no such word). */
static size_t next_word_at(const scan *sc, size_t p, size_t *e)
{
  size_t b = p, q;
  while (b < sc->len && (sc->text[b] == ' ' || sc->text[b] == '\t' || sc->text[b] == '\n')) b++;
  for (q = b; q < sc->len && DL_IS_ALPHA(sc->text[q]); q++) {}
  *e = q;
  return b;
}

/* Is the word right after token i one of the n words of list (lower
 * case letters)?  Reads the source, as word_before_any. */
static int word_after_any(const scan *sc, int i, const char *const *list, size_t n)
{
  size_t b, e;
  if (!IN(i)) return 0;
  b = next_word_at(sc, sc->t[i].s + sc->t[i].n, &e);
  return b < e && dl_word_in(sc->text + b, e - b, list, n);
}

/* Words after "quarter-" that make it a round of a tournament ("the
 * quarter-finals"), no quarter of a year. */
static const char *const QUARTER_ROUND_AFTER[] = {
  "final", "finalist", "finalists", "finals"
};

/* Money-market nouns an "overnight" qualifies ("the overnight lending
 * rate", "overnight repo"): a term of the loan, no time. */
static const char *const OVERNIGHT_FINANCE[] = {
  "rate", "rates", "lending", "loan", "loans", "repo", "repos", "deposit", "deposits",
  "index", "funds", "borrowing", "borrowings", "interbank", "money", "facility", "swap",
  "swaps", "libor", "sofr", "call", "reverse"
};

/* Street words after a house number and a street name: "1999 Elm
 * Avenue" is an address, not a year (sorted; as written, capitalized). */
static const char *const STREET_WORDS[] = {"Ave", "Avenue", "Blvd", "Boulevard", "Dr", "Drive", "Lane",
                                           "Rd", "Road", "St", "Street"};

/* Words before a house number: "lives at 1999 Elm Avenue", "near",
 * "outside", "to" (a year follows "in", "since", a determiner or a verb:
 * "the 2008 Wall Street crash") */
static const char *const ADDRESS_BEFORE[] = {"at", "near", "on", "outside", "to"};

/* Is token i (a number) followed by a capitalized word and a street word? */
static int street_after(const scan *sc, int i)
{
  size_t b, e, k, n;
  if (!IN(i)) return 0;
  b = sc->t[i].s + sc->t[i].n;
  if (b >= sc->len || sc->text[b] != ' ') return 0;
  b++;
  if (b >= sc->len || !DL_IS_UPPER(sc->text[b])) return 0;
  for (e = b; e < sc->len && DL_IS_ALPHA(sc->text[e]); e++) {}
  if (e >= sc->len || sc->text[e] != ' ') return 0;
  b = e + 1;
  for (e = b; e < sc->len && DL_IS_ALPHA(sc->text[e]); e++) {}
  n = sizeof STREET_WORDS / sizeof STREET_WORDS[0];
  for (k = 0; k < n; k++)
    if (e - b == strlen(STREET_WORDS[k]) && memcmp(sc->text + b, STREET_WORDS[k], e - b) == 0) return 1;
  return 0;
}

/* Makers whose name after a year makes it a model year. */
static const char *const VEHICLE_MAKERS[] = {
  "toyota", "honda", "ford", "chevrolet", "chevy", "nissan", "bmw", "mercedes", "audi",
  "volkswagen", "vw", "tesla", "hyundai", "kia", "subaru", "mazda", "jeep", "dodge",
  "chrysler", "lexus", "porsche", "ferrari", "volvo", "buick", "cadillac", "gmc",
  "mitsubishi", "jaguar", "lamborghini", "fiat", "peugeot", "renault", "acura", "infiniti",
  "pontiac", "oldsmobile", "saab", "suzuki", "yamaha", "harley", "boeing", "airbus", "cessna"
};

/* Words after a month that make it a futures delivery month. */
static const char *const CONTRACT_WORDS[] = {
  "contract", "contracts", "futures", "delivery", "deliveries", "options", "expiry",
  "expiration"
};

/* The most tokens between a contract word and the "for" of its month
 * ("futures on the Nikkei index for December"). */
#define DL_CONTRACT_FOR_WINDOW 5

/* Is token i a "for" that a contract word ("futures", "options") before
 * it in its clause governs ("futures on the index for December fell"):
 * the month after it is a delivery month? */
static int contract_for(const scan *sc, int i)
{
  int k;
  if (!isw(sc, i, W_FOR)) return 0;
  for (k = i - 1; k >= 0 && k >= i - DL_CONTRACT_FOR_WINDOW; k--) {
    const tok *t = &sc->t[k];
    /* (a verb between makes the contract a subject: "the contract runs
     * for May") */
    if (t->kind != TK_WORD || t->cat == LEX_TENSE) return 0;
    if (dl_word_in(sc->text + t->s, t->n, CONTRACT_WORDS, sizeof CONTRACT_WORDS / sizeof CONTRACT_WORDS[0])
        /* the last word of a run of ordinary words, which has no token of
         * its own ("gold futures for June": "gold" stands for both) */
        || word_before_any(sc, k + 1, CONTRACT_WORDS, sizeof CONTRACT_WORDS / sizeof CONTRACT_WORDS[0]))
      return 1;
  }
  return 0;
}

/* Words after "current" that make it no present: the balance of
 * payments' account, an electric or water current's verbs. */
static const char *const CURRENT_NOT_NOW[] = {
  "account", "accounts", "are", "can", "carried", "carries", "could", "flow", "flowed", "flowing",
  "flows", "had", "has", "is", "may", "swept", "sweeps", "was", "were", "will", "would"
};

/* Adjectives "current and" / "current or" pairs with ("current and
 * former staff"). */
static const char *const CURRENT_PAIRED[] = {"former", "future", "past", "previous", "prospective"};

/* Traded goods before "for" + a month, which is then their delivery
 * month still to come ("Arabica coffee for July fell 2 percent", "white
 * sugar for August was steady"). */
static const char *const COMMODITY_WORDS[] = {
  "aluminium", "aluminum", "arabica", "barley", "brent", "cattle", "cocoa", "coffee", "copper",
  "corn", "cotton", "crude", "gasoil", "gasoline", "gold", "hogs", "lumber", "nickel", "oats",
  "palladium", "platinum", "robusta", "rubber", "silver", "soybeans", "soyoil", "sugar", "tin",
  "wheat", "zinc"
};

/* Weather words between "a" / "the" and May or March: the month as a
 * season of its weather ("after a dry March", "the wet May of 2024"). */
static const char *const MONTH_WEATHER_ADJ[] = {
  "chilly", "cold", "cool", "dry", "hot", "mild", "rainy", "snowy", "stormy", "sunny", "warm",
  "wet", "windy"
};

/* Nouns of a dated event after "the" / a possessive + May or March that
 * make the word the month ("the March meeting", "the Fed's May
 * decision"). */
static const char *const MONTH_EVENT_NOUNS[] = {
  "accident", "attack", "attacks", "auction", "bombing", "crash", "decision", "deadline",
  "election", "elections", "event", "figures", "flood", "floods", "incident", "meeting",
  "meetings", "minutes", "outage", "primary", "quake", "raid", "referendum", "report", "review",
  "session", "shooting", "storm", "summit", "vote"
};

/* Nouns of figures reported for a month before "for" + May or March
 * ("payroll numbers for May", "the data for March"); not "voted for May",
 * "support for May". */
static const char *const MONTH_DATA_NOUNS[] = {
  "data", "estimate", "estimates", "figure", "figures", "forecast", "inflation", "numbers", "orders",
  "output", "payrolls", "prices", "reading", "readings", "report", "results", "sales", "statistics"
};

/* The most lower-case words from a month to the noun of figures it
 * qualifies ("January consumer prices", "October retail sales data"). */
#define DL_MONTH_DATA_WORDS 3

/* Words that end the noun phrase a month opens: what follows them is no
 * figures of the month ("will reopen in August and report output", "in
 * September with new data", "in August as orders fall"). */
static const char *const MONTH_DATA_STOPS[] = {
  "a", "an", "and", "are", "as", "at", "by", "for", "from", "had", "has", "in", "into", "is", "of",
  "on", "or", "than", "that", "the", "to", "was", "were", "will", "with", "would"
};

/* Is the month ending before token b the month of figures: a noun of
 * figures among the few lower-case words right after it, in its noun
 * phrase?  (Read from the source word by word: a token of ordinary words
 * stands for a run of them.) */
static int month_data_after(const scan *sc, int b)
{
  size_t p, e;
  int w;
  if (!IN(b - 1)) return 0;
  p = sc->t[b - 1].s + sc->t[b - 1].n;
  for (w = 0; w < DL_MONTH_DATA_WORDS; w++, p = e) {
    p = next_word_at(sc, p, &e);
    if (e == p || !DL_IS_LOWER(sc->text[p])) return 0;
    if (dl_word_in(sc->text + p, e - p, MONTH_DATA_NOUNS, sizeof MONTH_DATA_NOUNS / sizeof MONTH_DATA_NOUNS[0]))
      return 1;
    if (dl_word_in(sc->text + p, e - p, MONTH_DATA_STOPS, sizeof MONTH_DATA_STOPS / sizeof MONTH_DATA_STOPS[0]))
      return 0;
  }
  return 0;
}

/* "just over two years", "just under a week": the bytes from "just" to
 * token i (0: no "just" right before it). */
static size_t just_before(const scan *sc, int i)
{
  size_t e = sc->t[i].s, b;
  while (e > 0 && sc->text[e - 1] == ' ') e--;
  for (b = e; b > 0 && DL_IS_ALPHA(sc->text[b - 1]); b--) {}
  if (b > 0 && DL_IS_ALNUM(sc->text[b - 1])) return 0;
  return dl_word_eq(sc->text + b, e - b, "just") ? sc->t[i].s - b : 0;
}

/* Verbs whose particle "in" is no preposition: "phased in over 15
 * years" spreads over the years ("in over 15 years" is more than them). */
static const char *const IN_PARTICLE_VERBS[] = {
  "bring", "bringing", "brings", "brought", "phase", "phased", "phases", "phasing", "usher",
  "ushered", "ushering", "ushers"
};

static int over_means_more(const scan *sc, int i)
{
  size_t e = sc->t[i].s - just_before(sc, i);
  static const char *const in_[] = { "in" };
  if (!word_before_any_at(sc, e, OVER_MORE_BEFORE, sizeof OVER_MORE_BEFORE / sizeof OVER_MORE_BEFORE[0]))
    return 0;
  if (!word_before_any_at(sc, e, in_, 1)) return 1;
  /* the start of that "in", then the word before it ("phased in\nover") */
  return !word_before_any_at(sc, prev_word_start(sc, e), IN_PARTICLE_VERBS,
                             sizeof IN_PARTICLE_VERBS / sizeof IN_PARTICLE_VERBS[0]);
}

static int ispu(const scan *sc, int i, int c)
{
  return IN(i) && sc->t[i].kind == TK_PUNCT && sc->t[i].v == c;
}

/* token i is "tonight" */
static int is_tonight(const scan *sc, int i)
{
  return tcat(sc, i, LEX_DEICT) && tval(sc, i, LEX_DEICT) == D_TONIGHT;
}

/* token i is attached (no space before it) */
static int att(const scan *sc, int i)
{
  return IN(i) && !(sc->t[i].fl & F_SP);
}

static int hyph(const scan *sc, int i)
{
  return ispu(sc, i, '-') && att(sc, i) && att(sc, i + 1);
}

/* A plain number: no suffix, not money/percent, not part of 1,000 / 2.5. */
static int plain_num(const scan *sc, int i)
{
  const tok *t;
  if (!IN(i)) return 0;
  t = &sc->t[i];
  if (t->kind != TK_NUM || t->suf != SUF_NONE || (t->fl & (F_CTX | F_APOS))) return 0;
  if (att(sc, i) && IN(i - 2) && (ispu(sc, i - 1, ',') || ispu(sc, i - 1, '.'))
      && sc->t[i - 2].kind == TK_NUM) return 0;
  if (att(sc, i + 1) && att(sc, i + 2) && (ispu(sc, i + 1, ',') || ispu(sc, i + 1, '.'))
      && IN(i + 2) && sc->t[i + 2].kind == TK_NUM) return 0;
  return 1;
}

/* LEX_MEASURE values: a unit or a counted noun after a number ("1998
 * kilograms"); a label before a number ("Room 2024", "Flight 2019"). */
enum { MEAS_UNIT = 1, MEAS_LABEL = 2 };

static int measure_after(const scan *sc, int i)
{
  return (tcat(sc, i, LEX_MEASURE) && tval(sc, i, LEX_MEASURE) == MEAS_UNIT) || ispu(sc, i, '%');
}

/* A quantity ends right before token i: "$5", "10%", "2 million",
 * "10,000 units" -- what makes "a year" / "annually" after it a rate. */
static int rate_before(const scan *sc, int i)
{
  return IN(i - 1) && (sc->t[i - 1].kind == TK_NUM || ispu(sc, i - 1, '%')
                       || (tcat(sc, i - 1, LEX_MEASURE) && tval(sc, i - 1, LEX_MEASURE) == MEAS_UNIT));
}

/* ------------------------------------------------------------------ */
/* Results                                                             */
/* ------------------------------------------------------------------ */

enum { V_POINT = 1, V_DUR, V_STR };

typedef struct mres {
  /* (the pointers first: no padding, and the struct stays at 152 bytes,
   * which the compilers still set up with a few vector stores; res_init
   * runs before every matcher tried) */
  const char *str;       /* V_STR */
  const char *quant;     /* SET quantifier or NULL */
  int end;               /* token index after the match */
  int type, mod;
  int kind;              /* V_* */
  dl_tv tv;              /* V_POINT */
  int dn, dhalf, dunit;  /* V_DUR */
  int anchored;          /* resolved against anchor */
  dl_tv anchor;
  int freq;              /* SET: times per unit (0 = none) */
  unsigned char absolute;  /* a full date written out: becomes "last" */
  unsigned char keep_last; /* a comparison ("a year earlier"): not a new anchor */
  unsigned char lead;    /* bytes before the first token that belong to the
                          * expression: the Q of Q3, the FY of FY2024 */
  /* V_DUR extras, in what was padding: a count of the next smaller unit
   * ("one hour and 41 minutes": 41), and the decimal digits of a count of
   * seconds ("9.58 seconds": 58, two digits) */
  unsigned char dsub, dfrac_nd;
  unsigned short dfrac;
  unsigned char dzeros;  /* zeros after the count ("4.6 billion years": 4600, 6) */
} mres;

/* An unset point: what dl_tv_day(v, 0, 0, 0) makes. */
#define TV_NONE {TG_DAY, 0, 0, 0, 0, 0, -1, -1, -1, 0, 0}

/* The empty result every matcher starts from, copied in by res_init
 * (called before each of the matchers tried at a token, most of which
 * fail at once). */
static const mres res_empty = {
  NULL, NULL, 0, 0, 0, 0, TV_NONE, 0, 0, 0, 0, TV_NONE, 0, 0, 0, 0, 0, 0, 0, 0
};

/* (a macro: every matcher has its scanner `sc` at hand) */
#define res_init(r) (*(r) = *(const mres *)sc->empty)

static void res_point(mres *r, int end, int type, const dl_tv *v)
{
  r->end = end; r->type = type; r->kind = V_POINT; r->tv = *v;
}

static void res_dur(mres *r, int end, int n, int half, int unit)
{
  r->end = end; r->type = DL_TIMEX_DURATION; r->kind = V_DUR;
  r->dn = n; r->dhalf = half; r->dunit = unit;
}

static void res_str(mres *r, int end, const char *s)
{
  r->end = end; r->type = DL_TIMEX_DATE; r->kind = V_STR; r->str = s;
}

/* ------------------------------------------------------------------ */
/* Context: anchors and tense                                          */
/* ------------------------------------------------------------------ */

/* The point relative expressions ("yesterday", "last week") resolve
 * against: the reference date, or the last date in narrative mode. */
static int base_rel(const scan *sc, dl_tv *b)
{
  if (sc->o.anchor == DL_ANCHOR_LAST && sc->has_last && sc->last.y) {
    *b = sc->last;
    if (b->gran < TG_DAY && sc->has_ref) { *b = sc->ref; }
    return 1;
  }
  if (sc->has_ref) { *b = sc->ref; return 1; }
  if (sc->has_last && sc->last.y && sc->last.gran >= TG_DAY) { *b = sc->last; return 1; }
  return 0;
}

/* Anaphoric expressions ("the next day") resolve against the last date. */
static int base_ana(const scan *sc, dl_tv *b)
{
  if (sc->has_last && sc->last.y) { *b = sc->last; return 1; }
  if (sc->has_ref) { *b = sc->ref; return 1; }
  return 0;
}

/* The day an undated clock time ("at 10 p.m.", "noon", "dawn") is on:
 * the last day mentioned in its paragraph.  Past a paragraph break a
 * news story's clock times are back on the story's day (the first day
 * its text names that is not after the reference date: the lede's), not
 * on a background date ("died on Dec. 5") the paragraph before named.
 * early: the time is in the small hours (before 6 a.m., dawn). */
static int tense_at(const scan *sc, int a, int b);
static int clock_start(const scan *sc, int k);

/* Is there a blank line between the last date and byte pos? */
static int blank_line_since_last(const scan *sc, size_t pos)
{
  struct para_memo *m = sc->para;
  size_t k = m->upto;
  while (!m->broke && k < pos) {
    if (sc->text[k++] == '\n') {
      size_t j = k;
      while (j < pos && (sc->text[j] == ' ' || sc->text[j] == '\t' || sc->text[j] == '\r')) j++;
      if (j < pos && sc->text[j] == '\n') m->broke = 1;
      k = j;
    }
  }
  if (k > m->upto) m->upto = k;
  return m->broke;
}

/* Is the last date after the reference day while the expression at
 * [a, e) is told in the past ("a warning until 8 p.m. Friday. ... Crews
 * arrived overnight", "have been dropping water since dawn")?  Then the
 * expression is not on that day ahead. */
static int last_ahead_of_past(const scan *sc, int a, int e)
{
  /* "issued a warning for Sunday from 09:00 GMT", "on Sunday at 10
   * a.m.": a clock time right after the day names its hours, whatever
   * the tense of the verb */
  if (IN(a - 2) && sc->last_day_chunk == sc->chunk
      && sc->t[a - 2].s + sc->t[a - 2].n == sc->last_end
      && (isw(sc, a - 1, W_FROM) || isw(sc, a - 1, W_AT)
          /* "... from 9 a.m. to 9 p.m.": the end of the hours too */
          || (sc->last.gran == TG_TIME && (isw(sc, a - 1, W_TO) || isw(sc, a - 1, W_UNTIL)
                                           || isw(sc, a - 1, W_TILL) || isw(sc, a - 1, W_AND)))))
    return 0;
  return sc->has_ref && sc->has_last && dl_tv_cmp_day(&sc->last, &sc->ref) > 0
         && (isw(sc, a - 1, W_SINCE) || tense_at(sc, a, e) < 0);
}

/* The most bytes between the last date and a clock time that opens the
 * next paragraph for the time to still be on that date. */
#define DL_CLOCK_NEXT_PARA_BYTES 600

/* Does the clock time at token a open the paragraph right after the one
 * the last date is in ("... sank on March 8. // At about 8:11 a.m., the
 * crew ...": a timeline goes on), with no other paragraph between? */
static int clock_opens_next_para(const scan *sc, int a)
{
  size_t s = sc->t[a].s, k, breaks = 0;
  int q = a - 1;
  /* "At 8:11 a.m.", "At about 8:11 a.m.", "Shortly before 8 a.m." */
  if (q >= 0 && sc->t[q].kind == TK_WORD && !(sc->t[q].fl & F_CAP)) q--;
  if (q >= 0 && sc->t[q].kind == TK_WORD && (sc->t[q].fl & F_CAP)) s = sc->t[q].s;
  if (sc->last_end >= s || s - sc->last_end > DL_CLOCK_NEXT_PARA_BYTES) return 0;
  /* the line before it is blank */
  k = s;
  while (k > 0 && (sc->text[k - 1] == ' ' || sc->text[k - 1] == '\t')) k--;
  if (k < 2 || sc->text[k - 1] != '\n') return 0;
  for (k = sc->last_end; k + 1 < s; k++)
    if (sc->text[k] == '\n') {
      size_t j = k + 1;
      while (j < s && (sc->text[j] == ' ' || sc->text[j] == '\t' || sc->text[j] == '\r')) j++;
      if (j < s && sc->text[j] == '\n') { breaks++; k = j; }
    }
  return breaks == 1;
}

static int clock_day(const scan *sc, int a, int e, int early, dl_tv *b)
{
  int last_day = sc->has_last && sc->last.y && sc->last.mo && sc->last.d
                 && sc->last.gran >= TG_DAY && sc->last.gran != TG_WE && !sc->last_since
                 && !last_ahead_of_past(sc, a, e);
  /* a paragraph on, a day decades back ("On this day in 1950") no longer
   * dates a clock time: the reference day does */
  if (last_day && sc->has_ref && sc->last.y < sc->ref.y - 1 && !sc->has_story
      && blank_line_since_last(sc, sc->t[a].s))
    last_day = 0;
  if (last_day && (!blank_line_since_last(sc, sc->t[a].s) || !sc->has_story
                   || sc->o.anchor == DL_ANCHOR_LAST || clock_opens_next_para(sc, a)
                   /* "(he) will leave at 4 a.m." after a day still ahead:
                    * the plan is on that day */
                   || (sc->has_ref && dl_tv_cmp_day(&sc->last, &sc->ref) > 0
                       && tense_at(sc, a, e) > 0))) {
    *b = sc->last;
    /* "a night like last night," he said at dawn: the small hours after
     * a night named are the next day's */
    if (early && b->gran == TG_POD
        && (b->pod == P_NI
            /* "Tuesday evening ... conceded at about 2 a.m.": a clock
             * time in the small hours after an evening is the next day's */
            || (b->pod == P_EV && clock_start(sc, a)))) {
      dl_tv_day(b, b->y, b->mo, b->d);
      dl_tv_shift(b, U_DAY, 1);
      /* not past the reference day for an act told in the past ("arrived
       * overnight ... have dropped water since dawn") */
      if (sc->has_ref && dl_tv_cmp_day(b, &sc->ref) > 0
          && (isw(sc, a - 1, W_SINCE) || tense_at(sc, a, e) < 0))
        dl_tv_shift(b, U_DAY, -1);
    }
    /* a timeline: "took off at 22:47 on July 4 ... at 02:31 the crew
     * radioed": the small hours after a late-evening time of the same day
     * are the next day's (in a sentence of their own: "a curfew from 8
     * p.m. to 4 a.m." names the hours of one day) */
    else if (early && sc->has_clock && sc->clock_chunk != sc->chunk && sc->clock.hh >= 18
             && sc->clock.y == b->y
             && sc->clock.mo == b->mo && sc->clock.d == b->d) {
      dl_tv_day(b, b->y, b->mo, b->d);
      dl_tv_shift(b, U_DAY, 1);
    }
    return 1;
  }
  if (sc->has_story && sc->o.anchor != DL_ANCHOR_LAST) {
    *b = sc->story;
    /* "killed 23 overnight Tuesday ... (a paragraph on) banks burst at 3
     * a.m.": the small hours of that night are the next day's, not past
     * the reference day */
    if (early && sc->story_night) {
      dl_tv_shift(b, U_DAY, 1);
      if (sc->has_ref && dl_tv_cmp_day(b, &sc->ref) > 0) dl_tv_shift(b, U_DAY, -1);
    }
    return 1;
  }
  if (last_day) { *b = sc->last; return 1; }
  return base_rel(sc, b);
}

/* "the next summer Olympics", "the Winter Games", "spring training" (of
 * baseball): the season names an event, no time. */
static const char *const SEASON_EVENTS[] = {"games", "olympic", "olympics", "paralympics", "training"};

static int season_event(const scan *sc, int k)
{
  return word_after_any(sc, k, SEASON_EVENTS, sizeof SEASON_EVENTS / sizeof SEASON_EVENTS[0]);
}

/* Words after a season that go on the sentence, not name a thing: "into
 * the autumn unless", "into the summer and beyond", "into the summer
 * too" (sorted). */
static const char *const SEASON_CLAUSE_WORDS[] = {
  "after", "again", "also", "already", "and", "anyway", "as", "at", "because", "before", "but",
  "by", "even", "for", "if", "in", "now", "of", "on", "or", "so", "than", "then", "to", "too",
  "unless", "until", "when", "while", "with", "yet"
};


/* Words of plan, season or closing before "for the fall" ("closed for
 * the fall", "ready new models for the fall", "scheduled for the fall"):
 * with no such cue "the fall" is as likely a drop ("no explanation for
 * the fall", "blamed for the fall"), so the season needs one (sorted). */
static const char *const FALL_PLAN_CUES[] = {
  "booked", "close", "closed", "closes", "closing", "due", "open", "opens", "plan", "planned",
  "plans", "prepared", "preparing", "readies", "ready", "readying", "reopen", "reopens",
  "scheduled", "set", "shut", "slated"
};

/* How many words before the "for" may sit between it and its cue ("ready
 * new models for"): a bounded look, constant time. */
#define DL_FALL_CUE_WORDS 4

/* Does a plan or closing cue stand among the few words before the "for"
 * at token f, within its clause? */
static int fall_plan_before(const scan *sc, int f)
{
  size_t e, b;
  int n;
  if (!IN(f)) return 0;
  e = sc->t[f].s;
  for (n = 0; n < DL_FALL_CUE_WORDS; n++) {
    e = space_back(sc, e);
    b = prev_word_start(sc, e);
    if (b == e) return 0;   /* punctuation: the clause starts here */
    if (dl_word_in(sc->text + b, e - b, FALL_PLAN_CUES, sizeof FALL_PLAN_CUES / sizeof FALL_PLAN_CUES[0]))
      return 1;
    e = b;
  }
  return 0;
}
/* Words between "the" and "weekend" that keep it the weekend at hand. */
static const char *const WEEKEND_ADJ[] = { "holiday", "long" };

/* Forms of "spend" before "the summer": the season is the time spent. */
static const char *const SPEND_WORDS[] = { "spend", "spending", "spends", "spent" };

/* Is the season word at k followed by an ordinary lower-case word that
 * it qualifies ("the summer palace", "the winter quarters")? */
static int noun_after_season(const scan *sc, int k)
{
  return IN(k + 1) && T(k + 1)->kind == TK_WORD && !(T(k + 1)->fl & F_CAP)
         && (((T(k + 1)->fl & F_PLAIN) && T(k + 1)->cat == LEX_NONE)
             /* (a plural "quarters" is lodgings: "the winter quarters") */
             || (tcat(sc, k + 1, LEX_UNITS) && tval(sc, k + 1, LEX_UNITS) == U_QUARTER))
         && !word_after_any(sc, k, SEASON_CLAUSE_WORDS, sizeof SEASON_CLAUSE_WORDS / sizeof SEASON_CLAUSE_WORDS[0]);
}

static int ends_with(const scan *sc, const tok *t, const char *suf, size_t n)
{
  size_t k;
  if (t->n < n + 2) return 0;
  for (k = 0; k < n; k++)
    if (DL_LOWER(sc->text[t->s + t->n - n + k]) != suf[k]) return 0;
  return 1;
}

/* A counted plural noun ends right before token i: "300 million phones",
 * "20 patients" -- a rate again ("... a year"), as after "$5". */
static int counted_before(const scan *sc, int i)
{
  const tok *p;
  if (!IN(i - 1)) return 0;
  p = &sc->t[i - 1];
  if (!(p->kind == TK_WORD && p->cat == LEX_NONE && !(p->fl & F_CAP) && (p->fl & F_ASCII)
        && sc->t[i].s == p->s + p->n + 1))
    return 0;
  /* "one train an hour": a count of one, the noun singular */
  if (tcat(sc, i - 2, LEX_NUMW) && tval(sc, i - 2, LEX_NUMW) == 1) return 1;
  /* "20 patients a day", "two trains an hour" */
  return ends_with(sc, p, "s", 1) && !ends_with(sc, p, "ss", 2)
         && (rate_before(sc, i - 1) || (tcat(sc, i - 2, LEX_NUMW) && tval(sc, i - 2, LEX_NUMW) > 1));
}

/* A place between an amount and token i: "16,000 people in Britain a
 * year", "300 trucks in the United States a month" (up to three
 * capitalized words, "the" before them): 1 when a counted noun comes
 * before it (a SET, as counted_before), 2 when an amount does (a rate,
 * as rate_before), else 0. */
static int amount_before_place(const scan *sc, int i)
{
  int k = i - 1, n = 0;
  while (n < 3 && IN(k) && T(k)->kind == TK_WORD && (T(k)->fl & F_CAP) && T(k)->cat == LEX_NONE) {
    k--; n++;
  }
  if (n && isw(sc, k, W_THE)) k--;
  if (!n || !isw(sc, k, W_IN)) return 0;
  return rate_before(sc, k) ? 2 : counted_before(sc, k) ? 1 : 0;
}

/* Ordinary lowercase words between an amount and token i (up to three
 * tokens; a run of ordinary words is one token), as amount_before_place:
 * 2 after "in" right after an amount ("$2 billion in military aid a
 * year": a rate, untagged) or "of" right after a measure, 1 after "and" after a counted noun ("20
 * floods and mudslides a year": a SET, as "20 floods a year"), else 0. */
#define DL_MAX_RATE_NOUN_TOKENS 3
static const char *const MONEY_WORDS[] = {
  "billion", "bln", "cents", "dlrs", "dollars", "euros", "francs", "marks", "million", "mln",
  "pesos", "pounds", "roubles", "rubles", "rupees", "trillion", "yen", "yuan"
};
static int amount_before_phrase(const scan *sc, int i)
{
  int k = i - 1, n = 0;
  while (n < DL_MAX_RATE_NOUN_TOKENS && IN(k) && T(k)->kind == TK_WORD && T(k)->cat == LEX_NONE
         && !(T(k)->fl & F_CAP) && (T(k)->fl & F_ASCII)) {
    k--; n++;
  }
  if (!n) return 0;
  if (isw(sc, k, W_IN)) return rate_before(sc, k) ? 2 : 0;
  /* "$1 billion of aid a year": money, a rate as well (2); "6 million
   * tonnes of coal a year": goods counted, a SET as "20 patients a day" */
  if (isw(sc, k, W_OF) && tcat(sc, k - 1, LEX_MEASURE) && tval(sc, k - 1, LEX_MEASURE) == MEAS_UNIT
      && rate_before(sc, k))
    return word_before_any(sc, k, MONEY_WORDS, sizeof MONEY_WORDS / sizeof MONEY_WORDS[0]) ? 2 : 1;
  /* "175 days of instruction a year", "40 hours of overtime a week": a
   * count of time units of something each period, a SET */
  if (isw(sc, k, W_OF) && tcat(sc, k - 1, LEX_UNITS) && IN(k - 2)
      && ((T(k - 2)->kind == TK_NUM && !(T(k - 2)->fl & F_CTX)) || tcat(sc, k - 2, LEX_NUMW)))
    return 1;
  return isw(sc, k, W_AND) && counted_before(sc, k) ? 1 : 0;
}

static int tense_of(const scan *sc, const tok *t)
{
  if (t->kind != TK_WORD) return 0;
  if (t->cat == LEX_TENSE) return t->val;
  if (t->cat == LEX_REL && t->val == R_AGO) return -1;
  /* "prices may rise on Friday": "may" in lower case before a verb is the
   * modal (the month is written with a capital) */
  if (t->cat == LEX_MONTH && t->val == 5 && !(t->fl & F_CAP) && t->n == 3 && t + 1 < sc->t + sc->nt
      && t[1].kind == TK_WORD && !(t[1].fl & F_CAP) && t[1].cat != LEX_MONTH)
    /* ("may have seen her on Monday": a past possibility) */
    return word_after_any(sc, (int)(t - sc->t), (const char *const[]){"have"}, 1) ? 0 : 6;
  if (t->cat != 0) return 0;
  /* "We'll get a day off Thursday": a sentence's first word is capital */
  if ((t->fl & F_CAP) && (t->fl & F_ASCII)) return ends_with(sc, t, "'ll", 3) ? 1 : 0;
  if ((t->fl & F_CAP) || !(t->fl & F_ASCII)) return 0;
  {
    /* most words end in neither -d nor -l: no suffix below to test */
    unsigned last = (unsigned char)DL_LOWER(sc->text[t->s + t->n - 1]);
    if (last != 'd' && last != 'l') return 0;
  }
  /* (tested on the whole word: ends_with wants two more letters, and
   * "need" must not fall through to the -ed test below) */
  if (t->n >= 4 && DL_LOWER(sc->text[t->s + t->n - 3]) == 'e'
      && DL_LOWER(sc->text[t->s + t->n - 2]) == 'e' && DL_LOWER(sc->text[t->s + t->n - 1]) == 'd') {
    /* succeed, need, proceed, exceed, indeed: not past forms, except a
     * few verbs in -ee */
    switch (t->w) {
    case W_AGREED: case W_FREED: case W_DECREED: case W_GUARANTEED: return -1;
    default: return 0;
    }
  }
  if (ends_with(sc, t, "ed", 2)) return -1;
  if (ends_with(sc, t, "'ll", 3)) return 1;
  return 0;
}

#define DL_TENSE_WINDOW 12
/* how far back a future cue with no other cue after it still reaches */
#define DL_TENSE_FAR 28
/* the most tokens between two clock times that share the day after the
 * second ("at 7 a.m. and closed at 8 p.m. on Tuesday") */
#define DL_MAX_CLOCK_GAP 6
/* the longest aside in parentheses between a clock time and its day */
#define DL_MAX_ASIDE_TOKENS 6
/* A cue after the expression counts as this many times farther away than
 * one before it: the verb that governs a date mostly precedes it. */
#define DL_TENSE_RIGHT 2

/* Does the word before k read as the subject of a present verb at k: a
 * name ("Liverpool play"), a plural noun ("Polls close", "the Lakers
 * host") or they/we?  Not a determiner or a possessive ("the start",
 * "the league's open"), so nouns of the same spelling stay out. */
/* The most words between a plural subject and its present verb when a
 * prepositional phrase qualifies it ("Tickets for the opening match go"). */
#define DL_PP_SUBJECT_WORDS 4

/* The first byte of the run of letters that ends at byte e of x (e when
 * there is none): the back-scans over the text read words with it. */
static size_t letters_start(const char *x, size_t e)
{
  while (e > 0 && DL_IS_ALPHA(x[e - 1])) e--;
  return e;
}

/* Is the word of text[b..e) a preposition that can qualify a subject? */
static int pp_word(const char *w, size_t n)
{
  static const char *const pp[] = {"for", "of", "in", "at", "on", "to", "from", "between", "with"};
  return dl_word_in(w, n, pp, sizeof pp / sizeof pp[0]);
}

/* Does a plural noun with a prepositional phrase end right before token
 * k ("Tickets for the concert go on sale", "Talks with the union resume
 * Monday")?  Reads back over the text, at most DL_PP_SUBJECT_WORDS words
 * after the preposition, none of them an auxiliary. */
static int pp_subject_before(const scan *sc, int k)
{
  static const char *const aux[] = {"is", "was", "are", "were", "has", "have", "had",
                                    "will", "would", "be", "been", "that", "which", "who"};
  static const char *const dets[] = {"the", "a", "an", "this", "its", "their", "his", "her",
                                     "our", "my", "your", "every", "each", "to"};
  const char *x = sc->text;
  size_t e = sc->t[k].s, b;
  int words = 0;
  while (words <= DL_PP_SUBJECT_WORDS) {
    if (e == 0 || x[e - 1] != ' ') return 0;
    e--;
    /* a possessive is one word of the phrase: "Hearings in the nephew's
     * case resume", "Members of the drivers' union strike" */
    if (words > 0 && e > 1 && x[e - 1] == '\'' && DL_IS_ALPHA(x[e - 2])) e--;
    b = letters_start(x, e);
    if (words > 0 && e - b == 1 && x[b] == 's' && b > 1 && x[b - 1] == '\'' && DL_IS_ALPHA(x[b - 2]))
      b = letters_start(x, b - 1);
    if (b == e || (b > 0 && x[b - 1] != ' ' && x[b - 1] != '\n')) return 0;
    if (words > 0 && pp_word(x + b, e - b)) {
      /* the head before the preposition: a plural noun */
      size_t he = b, hb;
      if (he == 0 || x[he - 1] != ' ') return 0;
      he--;
      hb = letters_start(x, he);
      return he - hb >= 4 && x[he - 1] == 's' && x[he - 2] != 's' && x[he - 2] != 'u'
             && x[he - 2] != 'i';
    }
    if (dl_word_in(x + b, e - b, aux, sizeof aux / sizeof aux[0])) return 0;
    /* "tons at the end of December": after a determiner the word is a
     * noun, no verb; "orders in the morning to start": an infinitive,
     * whose subject is no plural before it */
    if (words == 0 && dl_word_in(x + b, e - b, dets, sizeof dets / sizeof dets[0])) return 0;
    /* "workers at the plant went on strike on Sunday": after a
     * preposition the word is its object, a noun, no present verb */
    if (words == 0 && pp_word(x + b, e - b)) return 0;
    words++;
    e = b;
  }
  return 0;
}

/* Is the counted noun w (a LEX_MEASURE word) one that names people? */
static int measure_names_people(unsigned w)
{
  switch (w) {
  case W_PEOPLE: case W_EMPLOYEES: case W_WORKERS: case W_TROOPS: case W_PASSENGERS: case W_STUDENTS:
    return 1;
  default:
    return 0;
  }
}

static int subject_before(const scan *sc, int k)
{
  const tok *p;
  if (k < 1) return 0;
  if (pp_subject_before(sc, k)) return 1;
  p = &sc->t[k - 1];
  if (p->kind != TK_WORD) return 0;
  if (sc->t[k].s != p->s + p->n + 1) {
    /* a run of ordinary words, whose token is its first word ("spending
     * cuts take effect"): the last word of the run, read from the text */
    size_t we = sc->t[k].s - 1, ws = we;
    const char *x = sc->text;
    if (!(p->fl & F_PLAIN) || x[we] != ' ' || we <= p->s + p->n) return 0;
    while (ws > p->s && DL_IS_ALPHA(x[ws - 1])) ws--;
    if (x[ws - 1] != ' ' || we - ws < 3) return 0;
    if (DL_IS_UPPER(x[ws])) return 1;
    return x[we - 1] == 's' && x[we - 2] != 's' && x[we - 2] != 'u' && x[we - 2] != 'i';
  }
  if (word_before(sc, k, "they") || word_before(sc, k, "we")) return 1;
  /* "the playoffs, which begin in late April" */
  if (word_before(sc, k, "which") || word_before(sc, k, "who")) return 1;
  /* "Workers return on Monday", "Students sit the exam on Friday": the
   * measure words that name people are plural subjects too */
  if (p->cat == LEX_MEASURE && measure_names_people(p->w)) return 1;
  if (p->cat != 0) return 0;
  if (p->fl & F_CAP) return !tcat(sc, k - 2, LEX_DET) || ends_with(sc, p, "s", 1);
  return (p->fl & F_ASCII) && ends_with(sc, p, "s", 1) && !ends_with(sc, p, "ss", 2)
         && !ends_with(sc, p, "us", 2) && !ends_with(sc, p, "is", 2);
}

/* The tense cue of token k, skipping participles after a form of "be"
 * or "have" ("would be paid", "will have finished": the auxiliary
 * before them decides). */
/* "is" / "are" / "'re" / "am" right before token k, or before one
 * adverb before it ("are now betting", "are increasingly pricing"). */
static int progressive_be_at(const scan *sc, size_t e);

static int progressive_be(const scan *sc, int k)
{
  return progressive_be_at(sc, sc->t[k].s);
}

/* As progressive_be, before byte e. */
static int progressive_be_at(const scan *sc, size_t e)
{
  static const char *const be[] = {"is", "are", "re", "am"};
  size_t b;
  int hop;
  for (hop = 0; hop < 2; hop++) {
    while (e > 0 && sc->text[e - 1] == ' ') e--;
    for (b = e; b > 0 && DL_IS_ALPHA(sc->text[b - 1]); b--) {}
    if (b == e) return 0;
    {
      size_t q;
      for (q = 0; q < sizeof be / sizeof be[0]; q++)
        if (dl_word_eq(sc->text + b, e - b, be[q])) return 1;
    }
    /* one adverb: an -ly word, "now", "still", "already", "also" */
    if (!((e - b > 3 && sc->text[e - 2] == 'l' && sc->text[e - 1] == 'y')
          || dl_word_eq(sc->text + b, e - b, "now") || dl_word_eq(sc->text + b, e - b, "still")
          || dl_word_eq(sc->text + b, e - b, "already") || dl_word_eq(sc->text + b, e - b, "also")))
      return 0;
    e = b;
  }
  return 0;
}

/* Does a morning follow midnight at i in its sentence ("broke out about
 * midnight and was under control by 5 a.m.", "until dawn")?  Then the
 * midnight is the one that began the day, not the one ending it. */
static int morning_after(const scan *sc, int i)
{
  int k;
  for (k = i + 1; k < sc->nt && k <= i + DL_TENSE_FAR; k++) {
    const tok *t = T(k);
    if (tcat(sc, k, LEX_POD) && tval(sc, k, LEX_POD) == P_MO) return 1;
    if (t->kind == TK_NUM && t->nd <= 2 && t->v >= 1 && t->v < 12
        && (t->suf == SUF_AM || (tcat(sc, k + 1, LEX_AMPM) && tval(sc, k + 1, LEX_AMPM) == 0)))
      return 1;
  }
  return 0;
}

/* Does a clock time start at token k: "7 p.m.", "7pm", "19:30", noon,
 * midnight (not a bare number: "is at 5 percent")? */
static int clock_start(const scan *sc, int k)
{
  const tok *t;
  if (!IN(k)) return 0;
  t = T(k);
  if (t->kind == TK_WORD)
    return tcat(sc, k, LEX_POD) && (tval(sc, k, LEX_POD) == P_NOON || tval(sc, k, LEX_POD) == P_MIDNIGHT);
  if (t->kind != TK_NUM || t->nd > 2) return 0;
  return t->suf == SUF_AM || t->suf == SUF_PM || (tcat(sc, k + 1, LEX_AMPM) && tval(sc, k + 1, LEX_AMPM) >= 0)
         || (ispu(sc, k + 1, ':') && att(sc, k + 1));
}

/* Words before "plan" that make it the noun. */
static const char *const PLAN_OWNERS[] = {
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
  "new", "peace", "rescue", "business", "pension", "health", "payment"
};

/* Particles of a phrasal "set" ("set out plans", "set up a panel",
 * "set aside funds"): no intention, and after a weekday the past
 * (sorted). */
static const char *const SET_PARTICLES[] = {
  "about", "aside", "down", "forth", "off", "out", "up"
};

/* Participles after "every 30 hours" that make it time put in, not a
 * recurrence ("for every 30 hours worked") (sorted). */
static const char *const TIME_PUT_IN[] = {
  "flown", "served", "spent", "volunteered", "worked"
};

/* Words after an adverb "quarterly" that close what it qualifies ("meets
 * quarterly to review", "paid quarterly in arrears") (sorted). */
static const char *const QUARTERLY_ADV_AFTER[] = {
  "at", "beginning", "in", "starting", "through", "to", "until"
};

/* Words after "plans" that make it the noun ("vacation plans for",
 * "plans that were dropped"). */
static const char *const PLAN_NOUN_AFTER[] = {
  "for", "of", "with", "that", "which", "were", "was", "are", "is", "had", "have", "has",
  "would", "could", "might", "and", "or", "but", "in", "on", "at", "by", "from", "to"
};

/* Nouns whose "N-year-old" is how long they have lasted, not an age
 * of a person: "the two-year-old conflict", "a 30-year-old law". */
static const char *const OLD_THINGS[] = {
  "accord", "alliance", "ban", "blockade", "boom", "boycott", "campaign", "ceasefire",
  "coalition", "conflict", "crisis", "deal", "dispute", "downturn", "drought", "embargo",
  "feud", "government", "insurgency", "investigation", "law", "moratorium", "occupation",
  "offensive", "pact", "policy", "probe", "programme", "program", "rebellion", "recession",
  "regime", "revolt", "rule", "sanctions", "siege", "slump", "stalemate", "standoff",
  "strike", "treaty", "truce", "uprising", "war"
};

/* Is the word after "old" at token k a noun of OLD_THINGS that ends its
 * noun phrase?  "the two-year-old war has", "a 30-year-old law." -- not a
 * noun that qualifies the next one, a person's age: "a 30-year-old law
 * student", "a 90-year-old war veteran", "the 50-year-old government
 * official".  What may follow: no word, a word of MONTH_DATA_STOPS or
 * OLD_THING_NEXT, a capital, or a verb's -ed or -ing ("the two-year-old
 * truce collapsed"). */
static const char *const OLD_THING_NEXT[] = {
  "against", "between", "but", "can", "could", "may", "might", "over", "should", "there",
  "which", "who"
};

static int old_thing_after(const scan *sc, int k)
{
  size_t b, e;
  if (!word_after_any(sc, k, OLD_THINGS, sizeof OLD_THINGS / sizeof OLD_THINGS[0])) return 0;
  /* past the noun (word_after_any found it) to the word after it */
  next_word_at(sc, sc->t[k].s + sc->t[k].n, &e);
  b = next_word_at(sc, e, &e);
  if (e == b || !DL_IS_LOWER(sc->text[b])) return 1;
  if (e - b > 3 && ((sc->text[e - 2] == 'e' && sc->text[e - 1] == 'd')
                    || (sc->text[e - 3] == 'i' && sc->text[e - 2] == 'n' && sc->text[e - 1] == 'g')))
    return 1;
  return dl_word_in(sc->text + b, e - b, MONTH_DATA_STOPS, sizeof MONTH_DATA_STOPS / sizeof MONTH_DATA_STOPS[0])
         || dl_word_in(sc->text + b, e - b, OLD_THING_NEXT, sizeof OLD_THING_NEXT / sizeof OLD_THING_NEXT[0]);
}

/* Verbs of a scheduled act after "is due to" / "are due to" ("is due to
 * release results Friday"); any other word after it is more likely a
 * cause ("is due to lower prices"). */
static const char *const DUE_VERBS[] = {
  "announce", "appear", "arrive", "attend", "begin", "close", "complete", "conclude",
  "convene", "decide", "deliver", "depart", "dock", "elect", "end", "expire", "face",
  "finish", "fly", "give", "hear", "hold", "host", "land", "launch", "leave", "meet",
  "open", "present", "publish", "release", "reopen", "report", "resume", "return", "rule",
  "sail", "sign", "speak", "start", "submit", "take", "testify", "travel", "unveil",
  "visit", "vote"
};

static int due_verb(const scan *sc, int k)
{
  return (isw(sc, k - 1, W_IS) || isw(sc, k - 1, W_ARE) || isw(sc, k - 1, W_WAS)
          || isw(sc, k - 1, W_WERE))
         && word_after_any(sc, k + 1, DUE_VERBS, sizeof DUE_VERBS / sizeof DUE_VERBS[0]);
}

/* Does "to" before token k lead to a place or a thing rather than a verb:
 * a determiner, a capitalized name, a plural noun ("flocked to malls",
 * "rushed to the exits", "moved to Paris")?  Then the past verb before it
 * is the event's own, not a report of an intention ("agreed to pay"). */
static int to_place(const scan *sc, int k)
{
  const tok *t;
  size_t e;
  if (!IN(k)) return 0;
  t = T(k);
  /* "slipped to December": a date, the later one it moved to */
  if (t->kind != TK_WORD || t->cat == LEX_MONTH || t->cat == LEX_WDAY || t->cat == LEX_HOLIDAY)
    return 0;
  /* "the exits", not "the last week of March", "the end of June" */
  if (tcat(sc, k, LEX_DET))
    return IN(k + 1) && T(k + 1)->kind == TK_WORD && T(k + 1)->cat == LEX_NONE && T(k + 1)->w == 0;
  if (t->fl & F_CAP) return 1;
  if (!(t->fl & F_ASCII)) return 0;
  /* the first word of the token (a run of ordinary words is one token) */
  for (e = t->s; e < sc->len && DL_IS_ALPHA(sc->text[e]); e++) {}
  return e - t->s >= 4 && sc->text[e - 1] == 's' && sc->text[e - 2] != 's' && sc->text[e - 2] != 'u'
         && sc->text[e - 2] != 'i';
}

/* A verb of saying before token k in its sentence, no farther back than
 * the tense window ("he said the talks were due to ..."). */
static int said_before(const scan *sc, int k)
{
  int d;
  for (d = k - 1; d >= 0 && k - d <= DL_TENSE_WINDOW; d--) {
    if (ispu(sc, d, '.') || ispu(sc, d, ';')) return 0;
    switch (sc->t[d].w) {
    case W_SAID: case W_SAYS: case W_TOLD: case W_REPORTED: case W_ANNOUNCED: case W_ADDED:
      return 1;
    default: break;
    }
  }
  return 0;
}

/* Is token k a verb of reporting ("said", "told reporters", "announced")? */
static int report_verb_at(const scan *sc, int k)
{
  if (!IN(k)) return 0;
  switch (sc->t[k].w) {
  case W_SAID: case W_SAYS: case W_TOLD: case W_REPORTED: case W_ANNOUNCED: case W_ADDED:
    return 1;
  default: break;
  }
  /* "told reporters on Monday" */
  return word_before(sc, k, "told") && (sc->t[k].fl & F_PLAIN) && !(sc->t[k].fl & F_CAP);
}

/* Is token k ("on" of "figures showed on Thursday") right after a
 * verb that brings out statistics, set off by a comma in the sentence
 * of the last date ("in August, data showed on Thursday")? */
static const char *const STAT_VERBS[] = { "showed", "shows" };
static const char *const STAT_NOUNS[] = { "data", "figures", "statistics" };
#define DL_STAT_GAP_BYTES 40
static int stat_report_at(const scan *sc, int k)
{
  size_t e, b, q;
  if (!IN(k) || k < 1) return 0;
  e = space_back(sc, sc->t[k].s);
  b = prev_word_start(sc, e);
  if (!dl_word_in(sc->text + b, e - b, STAT_VERBS, sizeof STAT_VERBS / sizeof STAT_VERBS[0])) return 0;
  e = space_back(sc, b);
  b = prev_word_start(sc, e);
  if (!dl_word_in(sc->text + b, e - b, STAT_NOUNS, sizeof STAT_NOUNS / sizeof STAT_NOUNS[0])) return 0;
  /* the noun opens an aside right after the last date: "in August, data" */
  e = space_back(sc, b);
  if (e == 0 || sc->text[e - 1] != ',' || sc->last_end > e || e - sc->last_end > DL_STAT_GAP_BYTES) return 0;
  for (q = sc->last_end; q < e; q++)
    if (sc->text[q] == '.' || sc->text[q] == '\n' || sc->text[q] == ';') return 0;
  return 1;
}

/* Verbs of staying before a participle: "stay closed", "remain shut". */
static const char *const STAY_VERBS[] = {"stay", "stays", "remain", "remains"};

/* Verbs whose "on" takes an object, not a time: "rates depend on
 * weekends booked" */
static const char *const ON_OBJECT_VERBS[] = { "depend", "depended", "depending", "depends", "focus", "focused",
                                               "focuses", "focusing", "relied", "relies", "rely", "relying" };
/* Words that may follow a bare "midmorning" without making it a
 * modifier: a conjunction, a preposition or a pronoun ("by midmorning
 * on Monday", "until midafternoon, when", "By midmorning they had") */
static const char *const MID_POD_NEXT[] = { "and", "as", "before", "he", "it", "local", "on", "or", "she",
                                             "that", "there", "they", "today", "we", "when", "while", "with" };
/* Market sessions after "in morning": "in morning trade". */
static const char *const SESSION_WORDS[] = {"deals", "dealings", "trade", "trading"};

/* Possessive pronouns: an -ed word after one is an adjective. */
static const char *const POSS_PRONOUNS[] = {"their", "its", "his", "her", "our", "my", "your"};

/* Words after "could" that make it a past possibility. */
static const char *const COULD_PAST_AFTER[] = {"not", "have"};

/* Negative words before a modal in its clause ("Neither he nor his
 * parents could be located"). */
static const char *const NEGATION_WORDS[] = {"neither", "nor", "no", "nobody", "none", "never"};

/* Is one of NEGATION_WORDS among the DL_NEG_BYTES bytes before token k,
 * with no sentence or clause end between? */
#define DL_NEG_BYTES 64
static int negation_before(const scan *sc, int k)
{
  size_t e = sc->t[k].s, stop = e > DL_NEG_BYTES ? e - DL_NEG_BYTES : 0;
  while (e > stop) {
    size_t b = e, q;
    char c = sc->text[e - 1];
    if (c == '.' || c == ';' || c == ',' || c == '\n') return 0;
    if (!DL_IS_ALPHA(c)) { e--; continue; }
    while (b > 0 && DL_IS_ALPHA(sc->text[b - 1])) b--;
    for (q = 0; q < sizeof NEGATION_WORDS / sizeof NEGATION_WORDS[0]; q++)
      if (dl_word_eq(sc->text + b, e - b, NEGATION_WORDS[q])) return 1;
    e = b;
  }
  return 0;
}

/* Bodies that vote, sit and decide, singular before a present verb
 * ("the committee votes on Tuesday"). */
static const char *const VOTING_BODIES[] = {
  "assembly", "board", "cabinet", "commission", "committee", "council", "court", "house",
  "jury", "legislature", "panel", "parliament", "senate", "union"
};

/* A word that is both a counted noun and a present verb ("10,000 votes",
 * "the Senate votes on Tuesday"): the verb right after a voting body's
 * noun (a number, a determiner or an adjective before it makes it the
 * noun). */
static int present_after_body(const scan *sc, int k)
{
  const tok *p;
  if (k < 1 || sc->t[k].cat2 != LEX_TENSE) return 0;
  p = &sc->t[k - 1];
  if (p->kind != TK_WORD || sc->t[k].s != p->s + p->n + 1) return 0;
  /* (a name before it is no sign: "the Republican votes on Tuesday
   * were decisive" is the noun) */
  return word_before_any(sc, k, VOTING_BODIES, sizeof VOTING_BODIES / sizeof VOTING_BODIES[0])
             ? sc->t[k].val2 : 0;
}

/* Possessive determiners: the word after them is a noun ("its
 * setting", "their sets"). */
static const char *const POSS_DETERMINERS[] = { "her", "his", "its", "my", "our", "their", "your" };

/* The most tokens read back from a reduced passive's comma for the verb
 * of the clause before it. */
#define DL_MAX_PASSIVE_CLAUSE 12

/* Is the word before k "it", "he" or "she", or one of them before an
 * adverb of time ("it first set", "he originally forecast")?  Then a
 * verb at k with one form for present and past ("set", "forecast") is
 * the past: the present would take an -s. */
static const char *const SUBJECT_ADVERBS[] = { "already", "first", "initially", "last", "originally" };
static const char *const SINGULAR_PRONOUNS[] = { "he", "it", "she" };
static int singular_subject_before(const scan *sc, int k)
{
  /* (not "the growth it forecast for 2026": "for" names the date the
   * forecast or the target is for, which tense does not place) */
  if (isw(sc, k + 1, W_FOR)) return 0;
  if (word_before_any(sc, k, SUBJECT_ADVERBS, sizeof SUBJECT_ADVERBS / sizeof SUBJECT_ADVERBS[0])) k--;
  return word_before_any(sc, k, SINGULAR_PRONOUNS, sizeof SINGULAR_PRONOUNS / sizeof SINGULAR_PRONOUNS[0]);
}

/* Irregular past participles of events, no -ed to tell them by: "were
 * hit in May", "homes hit by the storm on Friday" (sorted). */
static const char *const PASSIVE_PAST[] = {
  "beaten", "broken", "caught", "cut", "held", "hit", "hurt", "shot", "shut", "sold", "stolen",
  "struck", "thrown", "torn"
};

static int passive_past(const char *w, size_t n)
{
  return dl_word_in(w, n, PASSIVE_PAST, sizeof PASSIVE_PAST / sizeof PASSIVE_PAST[0]);
}

/* Verbs of an estimate that "had" puts in the past ("had expected"). */
static const char *const HAD_ESTIMATE_VERBS[] = {
  "anticipated", "estimated", "expected", "forecast", "predicted", "projected"
};

static int tense_cue(const scan *sc, int k)
{
  int x = sc->t[k].cat == LEX_MEASURE ? present_after_body(sc, k) : tense_of(sc, &sc->t[k]);
  unsigned w = sc->t[k].w;
  /* "the Australian Open in January", "the Grand Rapids Open": a verb
   * capitalized after "the" and a capitalized word, before a word in
   * lower case, ends a name, no verb */
  if (x != 0 && k >= 2 && (sc->t[k].fl & F_CAP) && !(sc->t[k].fl & F_UPPER)
      && sc->t[k - 1].kind == TK_WORD && (sc->t[k - 1].fl & F_CAP)
      && (isw(sc, k - 2, W_THE) || (sc->t[k - 2].kind == TK_WORD && (sc->t[k - 2].fl & F_CAP)
                                    && isw(sc, k - 3, W_THE)))
      && IN(k + 1) && sc->t[k + 1].kind == TK_WORD && !(sc->t[k + 1].fl & F_CAP))
    return 0;
  /* Most tokens have no tense and are none of the words read below
   * without one: done (tense_prepare asks this of every token of a
   * date-dense chunk). */
  /* a passive of such a participle is the event itself, past: after
   * "was" / "were", or before "by" with no "be" ahead of it ("could be
   * hit by floods on Sunday" is still to come) */
  if (x == 0 && sc->t[k].kind == TK_WORD && sc->t[k].cat == 0
      && (isw(sc, k - 1, W_WAS) || isw(sc, k - 1, W_WERE)
          || (isw(sc, k + 1, W_BY) && !isw(sc, k - 1, W_BE) && !isw(sc, k - 1, W_BEEN)
              && !isw(sc, k - 1, W_BEING)
              /* ("lows will hit zero by Thursday": the active verb after
               * "will" or a modal, ahead) */
              && !(k >= 1 && tense_of(sc, &sc->t[k - 1]) > 0)))
      && passive_past(sc->text + sc->t[k].s, sc->t[k].n))
    return -2;
  /* the same participle at the end of a run of plain words before "by"
   * ("farmers hit by the floods in May"): the cue sits on "by" */
  if (x == 0 && w == W_BY && k >= 1 && sc->t[k - 1].kind == TK_WORD && sc->t[k - 1].cat == 0) {
    const char *tx = sc->text;
    size_t e = sc->t[k].s, b, pb;
    if (e > 0 && tx[e - 1] == ' ') {
      e--;
      b = letters_start(tx, e);
      if (b > sc->t[k - 1].s && b < e && tx[b - 1] == ' '
          && passive_past(tx + b, e - b)) {
        static const char *const be[] = {"be", "been", "being"};
        pb = letters_start(tx, b - 1);
        if (!dl_word_in(tx + pb, b - 1 - pb, be, sizeof be / sizeof be[0])) return -2;
      }
    }
  }
  /* "showers are possible Wednesday", "storms are possible on Friday":
   * a forecast's chance of a day still to come, as "likely" (not "were
   * possible") */
  if (x == 0 && sc->t[k].kind == TK_WORD && sc->t[k].cat == 0
      && (tcat(sc, k + 1, LEX_WDAY) || (isw(sc, k + 1, W_ON) && tcat(sc, k + 2, LEX_WDAY)))
      && word_before(sc, k + 1, "possible")) {
    static const char *const now_be[] = {"are", "is"};
    size_t pb = prev_word_start(sc, space_back(sc, sc->t[k + 1].s));
    if (word_before_any_at(sc, pb, now_be, 2)) return 1;
  }
  if (x == 0 && w != W_TO && w != W_START && w != W_END && w != W_CLOSE) return 0;
  /* "value-added", "state-owned", "long-awaited": an -ed word hyphened
   * to the one before is an adjective, no past */
  if (x == -1 && k >= 2 && ispu(sc, k - 1, '-') && att(sc, k - 1) && att(sc, k)
      && sc->t[k - 2].kind == TK_WORD)
    return 0;
  /* a modal (value 6): ahead, but "could have", "could not confirm on
   * Monday" and "Neither he nor she could be located Wednesday" tell a
   * past possibility */
  if (x == 6)
    return w == W_COULD && (word_after_any(sc, k, COULD_PAST_AFTER, 2) || negation_before(sc, k)) ? 0 : 1;
  /* "more than forecast in December", "faster than expected": the
   * forecast was made before, it sets no time ahead */
  if (x == 1 && word_before(sc, k, "than")) return 0;
  /* "had been scheduled to expire at midnight Friday", "had been expected
   * on Monday": a plan told in the past perfect was for a time already
   * past (as "had been due to") */
  if (x == 1 && isw(sc, k - 1, W_BEEN) && isw(sc, k - 2, W_HAD)) return -1;
  /* "analysts had expected earnings of $1.05 a share for the quarter":
   * an estimate told in the past perfect was for the period since
   * reported, not one still ahead */
  if (x == 1 && isw(sc, k - 1, W_HAD)
      && word_after_any(sc, k - 1, HAD_ESTIMATE_VERBS, sizeof HAD_ESTIMATE_VERBS / sizeof HAD_ESTIMATE_VERBS[0]))
    return -1;
  /* "the $15.5 billion it forecast in July": after a singular subject the
   * present would be "forecasts"; this is the past */
  if (x == 1 && isw(sc, k, W_FORECAST) && singular_subject_before(sc, k)) return -1;
  /* "raised its forecast after third-quarter sales", "the forecast for
   * March": after a determiner or a possessive, the noun -- no tense */
  if (x == 1 && isw(sc, k, W_FORECAST)
      && (tcat(sc, k - 1, LEX_DET) || ispu(sc, k - 1, PUNCT_POSS)
          || word_before_any(sc, k, POSS_PRONOUNS, sizeof POSS_PRONOUNS / sizeof POSS_PRONOUNS[0])))
    return 0;
  /* a headline's "to" + verb is its future: "Biden to meet Xi Friday" */
  if (sc->headline && isw(sc, k, W_TO) && k + 1 < sc->nt && sc->t[k + 1].kind == TK_WORD
      && !(sc->t[k + 1].fl & F_CAP)
      && (sc->t[k + 1].cat == LEX_NONE || sc->t[k + 1].cat == LEX_TENSE))
    return 1;
  /* "Polls close on Sunday", "Liverpool play Everton on Saturday": the
   * plural present of a scheduled event (value 3) */
  if (x == 3 || (isw(sc, k, W_START) || isw(sc, k, W_END) || isw(sc, k, W_CLOSE)))
    return !sc->headline && subject_before(sc, k) ? 1 : 0;
  /* "the summit opens Monday" (value 4): ahead, but a headline's present
   * tells what happened ("Biden meets Xi Wednesday") */
  if (x == 4) return sc->headline ? 0 : 1;
  /* "traders are betting on", "are now pricing in": an expectation
   * (value 5) */
  if (x == 5) return !sc->headline && progressive_be(sc, k) ? 1 : 0;
  /* "plans to", "set to", "due to", "likely to": an intention (value 2
   * in the lexicon: a cue only before "to") */
  if (x == 2) {
    /* the forms of "set" that may tell an intention: "set", "sets",
     * "setting" */
    int set = isw(sc, k, W_SET) || isw(sc, k, W_SETS) || isw(sc, k, W_SETTING);
    /* "the final is on Wednesday", "the vote is Tuesday", "snow is
     * likely on Saturday": a day still to come (a past one is told with
     * "was") */
    if ((isw(sc, k, W_IS) || isw(sc, k, W_ARE) || isw(sc, k, W_LIKELY))
        && (tcat(sc, k + 1, LEX_WDAY) || tcat(sc, k + 1, LEX_MONTH)
            || (isw(sc, k + 1, W_ON) && (tcat(sc, k + 2, LEX_WDAY) || tcat(sc, k + 2, LEX_MONTH)))
            || (isw(sc, k + 1, W_IN) && tcat(sc, k + 2, LEX_MONTH) && (T(k + 2)->fl & F_CAP))
            /* "kickoff is at 7 p.m. on Tuesday": the time of an event */
            || (isw(sc, k + 1, W_AT) && clock_start(sc, k + 2))
            /* "the deadline is midnight Friday", "the vote is 5 p.m." */
            || (!isw(sc, k, W_LIKELY) && clock_start(sc, k + 1))))
      return 1;
    /* "due to" is mostly a cause ("due to the storm"); "due to be" and
     * "due to" before a bare verb ("due to expire", "due to begin": the
     * plural present, value 3) are a schedule */
    if (isw(sc, k, W_DUE)) {
      if (isw(sc, k + 1, W_TO) && !isw(sc, k + 2, W_BE)
          && !(tcat(sc, k + 2, LEX_TENSE) && tval(sc, k + 2, LEX_TENSE) == 3)
          && !isw(sc, k + 2, W_START) && !isw(sc, k + 2, W_END) && !isw(sc, k + 2, W_CLOSE)
          && !due_verb(sc, k))
        return 0;
      /* "it had been due to expire Friday", "were due to meet Friday
       * but": a schedule already past */
      if (isw(sc, k - 1, W_BEEN)) return -1;
      /* (not a report's: "he said the talks were due to be held in
       * April" is "are due" told back) */
      if ((isw(sc, k - 1, W_WAS) || isw(sc, k - 1, W_WERE)) && !said_before(sc, k - 1)) return -1;
      return 1;
    }
    /* "the setting for Friday's concert", "its TV sets": after a
     * determiner or a possessive the word is a noun, no intention */
    if ((isw(sc, k, W_SETS) || isw(sc, k, W_SETTING))
        && (tcat(sc, k - 1, LEX_DET) || word_before_any(sc, k, POSS_DETERMINERS,
                                                         sizeof POSS_DETERMINERS / sizeof POSS_DETERMINERS[0])))
      return 0;
    if (word_before(sc, k + 2, "for") && (set || isw(sc, k, W_SLATED))) return 1;
    /* "set sentencing for June 20", "set a hearing for Friday": what was
     * set is ahead */
    if (set) {
      int q = k + 1;
      /* "the minister on Wednesday set out plans to raise taxes": the
       * day the plans were set out, not the "plans to" after them (the
       * present would be "sets out") */
      if (isw(sc, k, W_SET) && tcat(sc, k - 1, LEX_WDAY)
          && word_after_any(sc, k, SET_PARTICLES, sizeof SET_PARTICLES / sizeof SET_PARTICLES[0]))
        return -1;
      /* "sets June hearing", "set a March trial": a month before the
       * noun of the event set */
      if (tcat(sc, q, LEX_DET)) q++;
      /* "set Oct. 14 as the start date", "set Oct. 14 for the retrial":
       * the day named as what was set lies ahead (not a weekday: "set
       * Friday as the deadline" told on Monday is as often the one past) */
      if (q == k + 1 && tcat(sc, q, LEX_MONTH) && (T(q)->fl & F_CAP)) {
        int e = q + 1;
        if (ispu(sc, e, '.')) e++;
        if (IN(e) && T(e)->kind == TK_NUM && T(e)->nd <= 2 && (isw(sc, e + 1, W_AS) || isw(sc, e + 1, W_FOR)))
          return 1;
      }
      if (tcat(sc, q, LEX_MONTH) && (T(q)->fl & F_CAP) && T(q)->n >= 3 && IN(q + 1)
          && T(q + 1)->kind == TK_WORD && (T(q + 1)->fl & F_PLAIN) && !(T(q + 1)->fl & F_CAP)
          && T(q + 1)->cat == LEX_NONE)
        return 1;
      for (q = k + 1; q <= k + 3 && IN(q) && T(q)->kind == TK_WORD && !(T(q)->fl & F_CAP); q++) {
        if (isw(sc, q, W_FOR)) return q > k + 1 && (tcat(sc, q + 1, LEX_MONTH) || tcat(sc, q + 1, LEX_WDAY)) ? 1 : 0;
        /* "set a trial date of March 7": the date set, as "for" */
        if (isw(sc, q, W_OF) && word_before(sc, q, "date")
            && (tcat(sc, q + 1, LEX_MONTH) || tcat(sc, q + 1, LEX_WDAY)))
          return 1;
      }
    }
    /* "a target it first set in February", "the date he set in June": as
     * "forecast" above, the past (an intention is "is set to"; "set ...
     * for June" is read above) */
    if (isw(sc, k, W_SET) && !isw(sc, k + 1, W_TO) && singular_subject_before(sc, k)) return -1;
    /* "unions plan further strikes over Christmas": the verb with its
     * object (not the noun: "the plan", "his plan") */
    if ((isw(sc, k, W_PLAN) || isw(sc, k, W_PLANS)) && !sc->headline && IN(k + 1)
        && T(k + 1)->kind == TK_WORD && !(T(k + 1)->fl & F_CAP) && T(k + 1)->w == 0
        && !word_after_any(sc, k, PLAN_NOUN_AFTER, sizeof PLAN_NOUN_AFTER / sizeof PLAN_NOUN_AFTER[0])
        && IN(k - 1) && T(k - 1)->kind == TK_WORD && !tcat(sc, k - 1, LEX_DET)
        && !word_before_any(sc, k, PLAN_OWNERS, sizeof PLAN_OWNERS / sizeof PLAN_OWNERS[0]))
      return 1;
    return isw(sc, k + 1, W_TO) ? 1 : 0;
  }
  /* "would hold extended sittings", "will face renewed protests": an -ed
   * word after a modal and its verb qualifies a noun, no past */
  if (x < 0 && k >= 2 && (sc->t[k - 1].fl & F_PLAIN) && !(sc->t[k - 1].fl & F_CAP)
      && sc->t[k - 1].cat == LEX_NONE
      && ((tcat(sc, k - 2, LEX_TENSE) && tval(sc, k - 2, LEX_TENSE) == 6) || isw(sc, k - 2, W_WILL)
          || isw(sc, k - 2, W_WOULD))
      && ends_with(sc, &sc->t[k], "ed", 2) && IN(k + 1) && (T(k + 1)->fl & F_PLAIN)
      && !(T(k + 1)->fl & F_CAP))
    return 0;
  /* ", followed by a minute of silence at 11:52", ", led by": a participle
   * after a comma and before "by" opens a reduced passive, whose time is
   * the clause's before it -- no tense of its own */
  if (x < 0 && k >= 1 && ispu(sc, k - 1, ',') && isw(sc, k + 1, W_BY) && ends_with(sc, &sc->t[k], "ed", 2)) {
    /* (only after a clause with a verb of its own: after a bare subject,
     * "The bill, passed by the Senate on Friday, now goes", the
     * participle tells what was done, past) */
    int p;
    for (p = k - 2; p >= 0 && k - p <= DL_MAX_PASSIVE_CLAUSE; p--) {
      if (ispu(sc, p, '.') || ispu(sc, p, ';') || ispu(sc, p, ':')) break;
      if (tense_of(sc, &sc->t[p]) != 0) return 0;
    }
  }
  /* an irregular past form right after an article is an adjective too:
   * "a paid tier", "the lost years" */
  if (x < 0 && k >= 1 && tcat(sc, k - 1, LEX_DET)
      && (tval(sc, k - 1, LEX_DET) == 1 || tval(sc, k - 1, LEX_DET) == 2))
    return 0;
  /* an -ed word after a determiner is an adjective: "the planned trip",
   * "a still unspecified date", "the company's proposed sale" */
  if (x && sc->t[k].n > 3 && ends_with(sc, &sc->t[k], "ed", 2)) {
    int p = k - 1;
    /* one adverb may come between: "the hastily planned trip" */
    if (IN(p) && (sc->t[p].fl & F_PLAIN) && !(sc->t[p].fl & F_CAP)
        && sc->t[k].s == sc->t[p].s + sc->t[p].n + 1
        && (ends_with(sc, &sc->t[p], "ly", 2) || isw(sc, p, W_STILL) || isw(sc, p, W_LONG)
            || isw(sc, p, W_WELL) || isw(sc, p, W_MUCH)))
      p--;
    if (tcat(sc, p, LEX_DET) || ispu(sc, p, PUNCT_POSS)) return 0;
    /* "their revised plans", "its proposed sale" */
    if (p == k - 1 && word_before_any(sc, k, POSS_PRONOUNS, sizeof POSS_PRONOUNS / sizeof POSS_PRONOUNS[0]))
      return 0;
    /* after a preposition, before a plain noun: "a duty on refined
     * copper", "imports of processed food" */
    if (p == k - 1 && (isw(sc, p, W_ON) || isw(sc, p, W_OF) || isw(sc, p, W_FOR)
                       || isw(sc, p, W_IN) || isw(sc, p, W_AT) || isw(sc, p, W_FROM)
                       || word_before(sc, k, "with"))
        && IN(k + 1) && (T(k + 1)->fl & F_PLAIN) && !(T(k + 1)->fl & F_CAP)
        && T(k + 1)->s == sc->t[k].s + sc->t[k].n + 1)
      return 0;
    /* after a number word, before a plain noun: "three televised
     * debates", "two armed men" (not "the two agreed Monday") */
    if (tcat(sc, p, LEX_NUMW) && IN(k + 1) && (T(k + 1)->fl & F_PLAIN)
        && !(T(k + 1)->fl & F_CAP) && T(k + 1)->s == sc->t[k].s + sc->t[k].n + 1)
      return 0;
  }
  /* a passive infinitive looks ahead: "expects the cable to be repaired
   * by early August", "is expected to be completed" -- unless a past verb
   * governs it: "Residents had to be evacuated on Friday" */
  if (x < 0 && k >= 2 && isw(sc, k - 1, W_BE) && isw(sc, k - 2, W_TO)
      && ends_with(sc, &sc->t[k], "ed", 2) && (k < 3 || tense_of(sc, &sc->t[k - 3]) >= 0))
    return 1;
  /* "are favored to win", "is projected to reach": a present passive
   * before "to" looks ahead, as "is expected to" does */
  if (x < 0 && !(sc->t[k].cat == LEX_TENSE) && isw(sc, k + 1, W_TO)
      && (word_before(sc, k, "is") || word_before(sc, k, "are")) && !sc->headline)
    return 1;
  /* "will stay closed", "will remain suspended": a participle after a
   * verb of staying -- the auxiliary decides */
  if (x < 0 && sc->t[k].cat == 0
      && word_before_any(sc, k, STAY_VERBS, sizeof STAY_VERBS / sizeof STAY_VERBS[0]))
    return 0;
  if (x < 0 && k >= 1 && !(sc->t[k].cat == LEX_TENSE)
      && (isw(sc, k - 1, W_BE) || isw(sc, k - 1, W_BEEN) || isw(sc, k - 1, W_BEING)
          || isw(sc, k - 1, W_HAVE) || word_before(sc, k, "is") || word_before(sc, k, "are")))
    return 0;
  /* the same with one -ly adverb between: "will be formally nominated",
   * "has been quietly dropped" */
  if (x < 0 && k >= 2 && (sc->t[k - 1].fl & F_PLAIN) && !(sc->t[k - 1].fl & F_CAP)
      && sc->t[k].s == sc->t[k - 1].s + sc->t[k - 1].n + 1 && sc->t[k - 1].n > 3
      && ends_with(sc, &sc->t[k - 1], "ly", 2)
      && (isw(sc, k - 2, W_BE) || isw(sc, k - 2, W_BEEN) || isw(sc, k - 2, W_BEING)
          || isw(sc, k - 2, W_HAVE) || word_before(sc, k - 1, "is") || word_before(sc, k - 1, "are")))
    return 0;
  /* a participle after "but" / "and" with no subject of its own shares
   * the auxiliary before it: "will be open on Monday but closed on Jan.
   * 19" (a "will" no farther back than the tense window) */
  if (x < 0 && ends_with(sc, &sc->t[k], "ed", 2) && (word_before(sc, k, "but") || word_before(sc, k, "and"))) {
    int d;
    for (d = k - 2; d >= 0 && k - d <= DL_TENSE_WINDOW; d--) {
      int y = tense_of(sc, &sc->t[d]);
      if (ispu(sc, d, '.') || ispu(sc, d, ';')) break;
      if (y == 1 && isw(sc, d, W_WILL)) return 1;
      if (y == 1 || y < 0) break;   /* (not "open", "plans": cues only in context) */
    }
  }
  if (x < 0 && k >= 1 && sc->t[k].cat == LEX_TENSE
      && (isw(sc, k - 1, W_BE) || isw(sc, k - 1, W_HAVE) || word_before(sc, k, "is")
          || word_before(sc, k, "are")))
    return 0;
  /* "two years ago in March": the past of the date after it, as a verb
   * of saying sets it (not an event's verb, which would fix it) */
  if (x < 0 && sc->t[k].cat == LEX_REL) return -1;
  if (x < 0) {
    /* a verb of saying or an auxiliary only sets the time of the report
     * ("said it will close in November"): -1; any other past verb puts
     * the event itself in the past: -2 */
    switch (sc->t[k].w) {
    case W_SAID: case W_SAYS: case W_TOLD: case W_WAS: case W_WERE: case W_HAD:
    case W_DID: case W_REPORTED: case W_ANNOUNCED: case W_ADDED: case W_NOTED:
    case W_STATED: case W_PREDICTED: case W_ESTIMATED: case W_INDICATED:
    case W_SUGGESTED: case W_WARNED: case W_AGREED: case W_DECIDED: case W_HOPED:
    case W_PROMISED: case W_PLEDGED: case W_VOWED:
      return -1;
    default: break;
    }
    /* "supposed to", "agreed to" + a verb, "slipped to" a later date;
     * an irregular past of going is the event: "went to the polls" */
    if (isw(sc, k + 1, W_TO) && !(sc->t[k].cat == LEX_TENSE && tcat(sc, k + 2, LEX_DET))
        && !to_place(sc, k + 2))
      return -1;
    return -2;
  }
  return x;
}

/* Past verbs of going on right before "until": the end of a span already
 * over ("fighting continued until Friday"), not a deadline. */
static const char *const CONTINUED_PAST[] = {
  "continued", "dragged", "lasted", "lingered", "persisted", "raged", "remained", "stayed"
};

/* Verbs that move a date ("delayed the vote to March", "pushed the
 * launch back to May"): the date after their "to" is the new one. */
static const char *const SHIFT_VERBS[] = {
  "adjourned", "brought", "deferred", "delayed", "extended", "moved", "postponed", "pushed",
  "rescheduled", "shifted"
};

/* The most bytes from a shifting verb to its "to" ("postponed the
 * second round of the presidential vote to"). */
#define DL_SHIFT_OBJECT_BYTES 48

/* Verbs after which "through" gives a new end, ahead ("extended the
 * loans through January", "postponed the vote through July");
 * "delayed trains through Monday" tells a delay that lasted. */
static const char *const THROUGH_AHEAD_VERBS[] = {"deferred", "extend", "extended", "extends",
                                                  "postponed", "prolonged", "renewed"};

/* Is a verb of list[0..n) in the clause before token k, no farther back
 * than DL_SHIFT_OBJECT_BYTES? */
static int clause_verb_before(const scan *sc, int k, const char *const *list, size_t n)
{
  size_t e = sc->t[k].s, stop = e > DL_SHIFT_OBJECT_BYTES ? e - DL_SHIFT_OBJECT_BYTES : 0;
  while (e > stop) {
    size_t b = e;
    char c = sc->text[e - 1];
    if (c == '.' || c == ';' || c == ',' || c == '\n' || c == '"') return 0;
    if (!DL_IS_ALPHA(c)) { e--; continue; }
    while (b > 0 && DL_IS_ALPHA(sc->text[b - 1])) b--;
    if (dl_word_in(sc->text + b, e - b, list, n)) return 1;
    e = b;
  }
  return 0;
}

/* The past of "be" and "have" before a shifting verb ("was moved to",
 * "had been pushed back to"): a shift already made. */
static const char *const PAST_BE[] = {"had", "was", "were"};

/* Is one of SHIFT_VERBS in the clause before the "to" at token k? */
static int shift_verb_before(const scan *sc, int k)
{
  return clause_verb_before(sc, k, SHIFT_VERBS, sizeof SHIFT_VERBS / sizeof SHIFT_VERBS[0]);
}

/* "as soon as" / "as early as" / "until" right before: the future. */
/* A present state before token k: "is funded", "are valid", "remains
 * open" -- read from the text, as the words may be folded into a run of
 * plain words.  "through" + a date after one is the end of the state,
 * still ahead ("The government is funded through March 14"). */
static const char *const state_be[] = {"is", "are", "remains", "remain", "stays", "stay"};
static const char *const state_adj[] = {"valid", "open", "available", "closed"};
static const char *const state_in[] = {"effect", "force", "place"};

/* Notices a forecaster or an authority issues for a stretch of time:
 * "through" + a date after one is the notice's end, still ahead ("issued
 * a heat advisory through Saturday"); not "watch", also a verb's object
 * ("kept watch through Saturday"). */
static const char *const NOTICE_NOUNS[] = {
  "advisories", "advisory", "alert", "alerts", "warning", "warnings"
};

/* "on view through Sept. 22", "are on display through March": a show
 * still running (not "was on view through"): the end is ahead.  k: the
 * "through". */
static int on_view_before(const scan *sc, int k)
{
  static const char *const shown[] = {"display", "show", "view"};
  static const char *const past[] = {"been", "had", "was", "were"};
  size_t e = space_back(sc, sc->t[k].s), b = prev_word_start(sc, e), e2, b2;
  if (b >= e || !dl_word_in(sc->text + b, e - b, shown, sizeof shown / sizeof shown[0])) return 0;
  e2 = space_back(sc, b);
  b2 = prev_word_start(sc, e2);
  if (b2 >= e2 || !dl_word_eq(sc->text + b2, e2 - b2, "on")) return 0;
  return !word_before_any_at(sc, b2, past, sizeof past / sizeof past[0]);
}

static int present_state_before(const scan *sc, int k)
{
  size_t e = sc->t[k].s, b, e2, b2, q;
  int ok = 0;
  while (e > 0 && sc->text[e - 1] == ' ') e--;
  for (b = e; b > 0 && DL_IS_ALPHA(sc->text[b - 1]); b--) {}
  /* "is in effect through", "remains in place through": the phrase as
   * one state adjective */
  if (dl_word_in(sc->text + b, e - b, state_in, sizeof state_in / sizeof state_in[0])) {
    size_t ie = b, ib;
    while (ie > 0 && sc->text[ie - 1] == ' ') ie--;
    for (ib = ie; ib > 0 && DL_IS_ALPHA(sc->text[ib - 1]); ib--) {}
    if (dl_word_eq(sc->text + ib, ie - ib, "in")) { b = ib; ok = 1; }
  }
  if (!ok && e - b < 4) return 0;
  if (sc->text[e - 2] == 'e' && sc->text[e - 1] == 'd') ok = 1;
  for (q = 0; !ok && q < sizeof state_adj / sizeof state_adj[0]; q++)
    if (dl_word_eq(sc->text + b, e - b, state_adj[q])) ok = 1;
  if (!ok) return 0;
  e2 = b;
  while (e2 > 0 && sc->text[e2 - 1] == ' ') e2--;
  for (b2 = e2; b2 > 0 && DL_IS_ALPHA(sc->text[b2 - 1]); b2--) {}
  if (b2 == e2 || (b2 > 0 && sc->text[b2 - 1] != ' ' && sc->text[b2 - 1] != '\n')) return 0;
  for (q = 0; q < sizeof state_be / sizeof state_be[0]; q++)
    if (dl_word_eq(sc->text + b2, e2 - b2, state_be[q])) return 1;
  return 0;
}

/* The most words read back from "until" for the verb of its clause. */
#define DL_UNTIL_VERB_WORDS 6

/* Is the clause before byte e past ("He worked there until", "the mine
 * was open until")?  Reads back over the text, at most
 * DL_UNTIL_VERB_WORDS words, to the first verb: "was", "were", "had" or
 * an -ed word is past; a present, "will", a modal, an infinitive's "to"
 * or a determiner ends the look ("is valid until", "will stay shut
 * until", "wanted to wait until", "issued a warning until"). */
static int past_clause_before(const scan *sc, size_t e)
{
  static const char *const past[] = {"was", "were", "had"};
  static const char *const now[] = {"is", "are", "will", "be", "remain", "remains", "stay", "stays",
                                    "can", "may", "must", "should", "could", "would", "shall",
                                    "has", "have", "runs", "run", "lasts", "last", "s",
                                    /* "wanted to wait until": the infinitive's span */
                                    "to",
                                    /* an object before "until" ("issued a warning until 6
                                     * p.m."): the span is the object's, ahead */
                                    "a", "an", "the", "its", "their", "his", "her", "our"};
  const char *x = sc->text;
  int words;
  for (words = 0; words < DL_UNTIL_VERB_WORDS; words++) {
    size_t b;
    while (e > 0 && x[e - 1] == ' ') e--;
    b = letters_start(x, e);
    if (b == e) return 0;
    if (dl_word_in(x + b, e - b, past, sizeof past / sizeof past[0])) return 1;
    if (dl_word_in(x + b, e - b, now, sizeof now / sizeof now[0])) return 0;
    if (e - b > 4 && x[e - 2] == 'e' && x[e - 1] == 'd' && x[e - 3] != 'e') {
      /* a participle after a present "be" or a modal ("are suspended
       * until", "will be closed until") is no past verb */
      size_t pe = b, pb;
      /* "postponed until Tuesday any action": the new date is ahead */
      if (dl_word_in(x + b, e - b, SHIFT_VERBS, sizeof SHIFT_VERBS / sizeof SHIFT_VERBS[0])) return 0;
      while (pe > 0 && x[pe - 1] == ' ') pe--;
      pb = letters_start(x, pe);
      return !(pb < pe && (dl_word_in(x + pb, pe - pb, now, sizeof now / sizeof now[0])
                           || dl_word_eq(x + pb, pe - pb, "been")));
    }
    e = b;
  }
  return 0;
}

static int future_marker(const scan *sc, int a)
{
  /* the marker may stand before a modifier: "until early June" */
  if (a >= 1 && tcat(sc, a - 1, LEX_MOD)) a--;
  else if (a >= 2 && hyph(sc, a - 1) && tcat(sc, a - 2, LEX_MOD)) a -= 2;
  if (isw(sc, a - 1, W_AS) && (isw(sc, a - 2, W_SOON) || isw(sc, a - 2, W_EARLY))
      && isw(sc, a - 3, W_AS))
    return 1;
  /* deadlines and due dates: "until Nov. 20", "payable Dec. 1",
   * "effective Jan. 1", "extended to Nov. 16" */
  /* "extended until at least Monday": the bound after "until" */
  if (isw(sc, a - 1, W_LEAST) && isw(sc, a - 2, W_AT) && (isw(sc, a - 3, W_UNTIL) || isw(sc, a - 3, W_TILL)))
    a -= 2;
  if ((isw(sc, a - 1, W_UNTIL) && !(sc->t[a - 1].fl & F_CAP)) || isw(sc, a - 1, W_TILL)) {
    /* past verbs of going on before: the end of a span already over */
    if (word_before_any(sc, a - 1, CONTINUED_PAST, sizeof CONTINUED_PAST / sizeof CONTINUED_PAST[0]))
      return 0;
    /* "the roads were closed until Sunday": a state told as past */
    if ((isw(sc, a - 3, W_WAS) || isw(sc, a - 3, W_WERE)) && T(a - 2)->cat == 0
        && tense_of(sc, T(a - 2)) < 0)
      return 0;
    if (past_clause_before(sc, T(a - 1)->s)) return 0;
    return 1;
  }
  if (isw(sc, a - 1, W_PAYABLE) || isw(sc, a - 1, W_EFFECTIVE)) return 1;
  /* "no earlier than July 20": the first day a schedule allows (not
   * after a past verb, an estimate of when something happened: "the man
   * had died no earlier than Friday"; "will be held no earlier than" is
   * still a schedule) */
  if (isw(sc, a - 1, W_THAN) && isw(sc, a - 2, W_EARLIER) && isw(sc, a - 3, W_NO))
    return !(IN(a - 4) && tense_of(sc, T(a - 4)) < 0 && !isw(sc, a - 5, W_BE) && !isw(sc, a - 5, W_BEEN));
  if (isw(sc, a - 1, W_THROUGH) && present_state_before(sc, a - 1)) return 1;
  if (isw(sc, a - 1, W_THROUGH)
      && (word_before_any(sc, a - 1, NOTICE_NOUNS, sizeof NOTICE_NOUNS / sizeof NOTICE_NOUNS[0])
          || on_view_before(sc, a - 1)))
    return 1;
  if (isw(sc, a - 1, W_TO) && (isw(sc, a - 2, W_EXTENDED) || isw(sc, a - 2, W_POSTPONED)
                               || isw(sc, a - 2, W_DELAYED) || isw(sc, a - 2, W_ADJOURNED)
                               || word_before(sc, a - 1, "back")))
    return 1;   /* "pushed back to June 26", "moved back to Friday" */
  /* "delayed the vote to March"; "extended the loans through January":
   * the new end lies ahead */
  if (isw(sc, a - 1, W_TO) && shift_verb_before(sc, a - 1)) return 1;
  if (isw(sc, a - 1, W_THROUGH)
      && clause_verb_before(sc, a - 1, THROUGH_AHEAD_VERBS, sizeof THROUGH_AHEAD_VERBS / sizeof THROUGH_AHEAD_VERBS[0]))
    return 1;
  return 0;
}

#define TENSE_UNKNOWN 127

/* A verb of saying or promising at k, whose "by" date is a deadline
 * ahead of the report ("promised a plan by the summer", "agreed to pay
 * by Friday"); not a past event's own verb ("was restored to homes by
 * Sunday"). */
static int promise_verb(const scan *sc, int k)
{
  switch (sc->t[k].w) {
  case W_SAID: case W_TOLD: case W_ANNOUNCED: case W_AGREED: case W_DECIDED: case W_WARNED:
  case W_PREDICTED: case W_HOPED: case W_ESTIMATED: case W_PROMISED: case W_PLEDGED:
  case W_VOWED:
    return 1;
  default:
    return 0;
  }
}

/* tense_cue, computed once per token of the chunk. */
static int tense_cue_memo(const scan *sc, int k)
{
  int x = sc->tense->cue[k];
  if (x == TENSE_UNKNOWN) {
    x = tense_cue(sc, k);
    sc->tense->cue[k] = (int8_t)x;
  }
  return x;
}

/* Every cue of the chunk, and the nearest cue on either side of each
 * token. */
static void tense_prepare(const scan *sc)
{
  struct tense_memo *m = sc->tense;
  int k, last = -1;
  for (k = 0; k < sc->nt; k++) {
    if (tense_cue_memo(sc, k)) last = k;
    m->left[k] = (int16_t)last;
  }
  last = sc->nt;
  for (k = sc->nt - 1; k >= 0; k--) {
    if (m->cue[k]) last = k;
    m->right[k] = (int16_t)last;
  }
  m->full = 1;
}

/* Comma asides skipped back from a date to its verb: a bound, so a text
 * of nothing but asides stays linear. */
#define DL_MAX_TENSE_ASIDES 2

/* The distance back from a to the cue that governs it, given the
 * nearest cue jl tokens back: while that cue opens a comma aside that
 * closes before a (", launched in 2019,"), the nearest cue before the
 * aside, no farther than DL_TENSE_WINDOW tokens outside asides; 0 if
 * none. */
static int skip_aside_cues(const scan *sc, int a, int jl)
{
  int k = a - jl, skipped = 0, asides = 0;
  while (k >= 1 && asides++ < DL_MAX_TENSE_ASIDES && ispu(sc, k - 1, ',') && sc->tense->cue[k] < 0) {
    int c, d;
    for (c = k + 1; c < a && !ispu(sc, c, ','); c++) {}
    if (c >= a) break;
    skipped += c - k + 2;   /* the aside and its two commas */
    for (d = k - 2; d >= 0 && a - d - skipped <= DL_TENSE_WINDOW; d--)
      if (tense_cue_memo(sc, d)) break;
    if (d < 0 || a - d - skipped > DL_TENSE_WINDOW) return jl;
    k = d;
  }
  return a - k;
}

/* Adverbs between a relative pronoun and its verb ("who also won"). */
static const char *const REL_ADVERBS[] = {
  "already", "also", "earlier", "first", "just", "last", "once", "only", "previously", "recently"
};

static const char *const REL_PRONOUNS[] = {"that", "which", "who"};

/* Is the word right before token k "who", "which" or "that"? */
static int rel_pronoun_before(const scan *sc, int k)
{
  return word_before_any(sc, k, REL_PRONOUNS, sizeof REL_PRONOUNS / sizeof REL_PRONOUNS[0]);
}

/* Does a sentence end between tokens k and e: a full stop before a
 * capital (not the dot of an abbreviated month, "Dec. 19"; "in April.
 * It" ends one), a '?' or a '!'? */
static int sentence_end_between(const scan *sc, int k, int e)
{
  for (; k < e; k++)
    if ((ispu(sc, k, '.')
         && !(tcat(sc, k - 1, LEX_MONTH) && sc->t[k - 1].n <= 4 && !isw(sc, k - 1, W_MAY)
              && !isw(sc, k - 1, W_JUNE) && !isw(sc, k - 1, W_JULY))
         && IN(k + 1) && (sc->t[k + 1].fl & F_CAP))
        || ispu(sc, k, '?') || ispu(sc, k, '!'))
      return 1;
  return 0;
}

/* Is there a semicolon among tokens [k, e)? */
static int semicolon_between(const scan *sc, int k, int e)
{
  for (; k < e; k++)
    if (ispu(sc, k, ';')) return 1;
  return 0;
}

/* How far before a quarter's end day the bulk of it lies. */
#define DL_QUARTER_BULK_DAYS 45

/* Is the cue at k a modal (lexicon value 6) with a comma between it and
 * token a? */
static int modal_across_comma(const scan *sc, int k, int a)
{
  if (!tcat(sc, k, LEX_TENSE) || tval(sc, k, LEX_TENSE) != 6) return 0;
  for (k++; k < a; k++)
    if (ispu(sc, k, ',')) return 1;
  return 0;
}

/* The most words read back from an "and" to the "be" of the passive it
 * continues. */
#define DL_PASSIVE_AND_WORDS 10

/* Is the past cue at k a participle after "and" / "or" that shares the
 * "be" of a modal passive before it ("must be postmarked by Election Day
 * and received by Nov. 17", "should be signed and returned by Friday")?
 * Then it is ahead as the first one, not a past verb.  Reads the source
 * back word by word to that "be", within the sentence. */
static int modal_passive_and(const scan *sc, int k)
{
  static const char *const modals[] = {
    "must", "will", "would", "should", "shall", "can", "could", "may", "might"
  };
  size_t e, b;
  int words;
  if (!IN(k) || !(word_before(sc, k, "and") || word_before(sc, k, "or"))) return 0;
  e = prev_word_start(sc, sc->t[k].s);   /* the start of "and" */
  for (words = 0; words < DL_PASSIVE_AND_WORDS; words++) {
    size_t q = e;
    while (q > 0 && (sc->text[q - 1] == ' ' || sc->text[q - 1] == '\n')) q--;
    if (q == 0 || !DL_IS_ALPHA(sc->text[q - 1])) {
      /* a figure or an abbreviation's dot ("by Dec. 5"); a sentence or
       * clause mark ends the look */
      if (q == 0 || sc->text[q - 1] == ';' || sc->text[q - 1] == '!' || sc->text[q - 1] == '?'
          || sc->text[q - 1] == '"' || sc->text[q - 1] == ':'
          || (sc->text[q - 1] == '.' && DL_IS_UPPER(sc->text[e])))
        return 0;
      q--;
      while (q > 0 && !DL_IS_ALPHA(sc->text[q - 1]) && sc->text[q - 1] != ' ') q--;
    }
    b = prev_word_start(sc, q);
    if (b >= q) return 0;
    if (dl_word_eq(sc->text + b, q - b, "be"))
      return word_before_any_at(sc, b, modals, sizeof modals / sizeof modals[0]);
    e = b;
  }
  return 0;
}

static int verb_after_to(const scan *sc, int k);
static int year_at(const scan *sc, int i, int strict);
static int skip_dot(const scan *sc, int i);
static int mday_at(const scan *sc, int i);
static int month_tok(const scan *sc, int i);

/* Past verbs of a decision or a promise whose "to" + verb opens the
 * thing decided ("voted to hold a referendum in January"). */
static const char *const DECIDED_TO[] = {
  "agreed", "decided", "offered", "planned", "pledged", "promised", "proposed", "resolved",
  "voted", "vowed"
};

/* Is the expression at a (a month after "in") inside the
 * infinitive a decision verb at k opens ("voted late on Tuesday to hold
 * a referendum on a new law in January")?  What was decided lies ahead:
 * not "voted in January to hold" (the date before the "to" is the
 * vote's), nor across a comma or a clause. */
static int decided_to_month(const scan *sc, int k, int a)
{
  int j, to = 0;
  int ahead;
  if (!isw(sc, a - 1, W_IN) || !(month_tok(sc, a) && (T(a)->fl & F_CAP))
      || mday_at(sc, skip_dot(sc, a + 1)) || year_at(sc, skip_dot(sc, a + 1), 0) || !sc->has_ref)
    return 0;
  /* (only when the month ahead is the nearer one: "voters decided to
   * reject the plan in July", told in October, is the July before) */
  ahead = (month_tok(sc, a) - sc->ref.mo + 12) % 12;
  if (ahead < 1 || ahead > 6) return 0;
  if (!IN(k) || !dl_word_in(sc->text + T(k)->s, T(k)->n, DECIDED_TO, sizeof DECIDED_TO / sizeof DECIDED_TO[0]))
    return 0;
  for (j = k + 1; j < a - 1; j++) {
    if (ispu(sc, j, ',') || ispu(sc, j, ';') || ispu(sc, j, '.') || ispu(sc, j, ':')) return 0;
    if (tcat(sc, j, LEX_MONTH) || tcat(sc, j, LEX_SEASON) || T(j)->kind == TK_NUM) {
      if (!to) continue;   /* "voted late on Tuesday to ..." */
      return 0;
    }
    if (!to && isw(sc, j, W_TO) && verb_after_to(sc, j) && !to_place(sc, j + 1)) to = 1;
  }
  return to;
}

/* -2 past (of the event), -1 past (of a report), +1 future, 0 unknown:
 * the nearest tense cue around [a, b).  Nearest: a cue j tokens before a
 * is as near as one 2j tokens after the expression (DL_TENSE_RIGHT) and
 * wins a tie; none farther than DL_TENSE_WINDOW tokens on either side
 * counts.  An event verb in the past (-2) decides firmly only close
 * before the expression ("closed in March"); farther away, or after it,
 * it is a report (-1). */
/* Is token i a double quote mark ("\"", curly, guillemet), not an
 * apostrophe (the tokenizer reads curly single quotes as quotes too)? */
static int dquote(const scan *sc, int i)
{
  const unsigned char *u;
  if (!ispu(sc, i, '"')) return 0;
  u = (const unsigned char *)sc->text + sc->t[i].s;
  if (u[0] == '"') return 1;
  if (sc->t[i].n == 3) return u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D);
  return sc->t[i].n == 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB);
}

/* For an expression at tokens a..b-1 inside a direct quote, the tokens
 * of the quote's marks: *qo the opening one before a, *qc the closing one
 * at or after b (nt when the quote runs on); 0 when the expression is
 * not quoted (an even number of marks before it in the chunk).  The
 * reporting verb outside ("…, he said") is not the quoted clause's. */
static int quoted_span(const scan *sc, int a, int b, int *qo, int *qc)
{
  int k, n = 0, last = -1;
  for (k = 0; k < a && k < sc->nt; k++)
    if (dquote(sc, k)) { n++; last = k; }
  if (!(n & 1)) return 0;
  *qo = last;
  for (k = b; k < sc->nt && !dquote(sc, k); k++) {}
  *qc = k;
  return 1;
}

/* Present verbs of a scheduled change after "when" ("in September,
 * when his term ends"): a clause about an event still ahead. */
static const char *const WHEN_AHEAD_VERBS[] = {
  "begins", "closes", "comes", "concludes", "ends", "expires", "finishes", "lapses", "leaves",
  "matures", "opens", "reconvenes", "reopens", "resumes", "retires", "returns", "runs", "starts",
  "steps", "takes", "will"
};

/* The most bytes from "when" to its verb ("when the current contract
 * with the union expires"). */
#define DL_WHEN_CLAUSE_BYTES 48

/* Do ", when" + a present verb of WHEN_AHEAD_VERBS follow the
 * expression that ends with token b - 1, in the same clause? */
static int when_clause_ahead(const scan *sc, int b)
{
  size_t e, lim;
  /* (the comma token first: most expressions have none after them) */
  if (!ispu(sc, b, ',') || !IN(b + 1) || T(b + 1)->kind != TK_WORD) return 0;
  e = T(b + 1)->s;
  if (e + 5 > sc->len || !dl_word_eq(sc->text + e, 4, "when") || DL_IS_ALPHA(sc->text[e + 4]))
    return 0;
  e += 4;
  lim = e + DL_WHEN_CLAUSE_BYTES < sc->len ? e + DL_WHEN_CLAUSE_BYTES : sc->len;
  while (e < lim) {
    size_t w, q;
    char c = sc->text[e];
    if (c == '.' || c == ',' || c == ';' || c == '\n' || c == '"') return 0;
    if (!DL_IS_ALPHA(c)) { e++; continue; }
    for (w = e; w < sc->len && DL_IS_ALPHA(sc->text[w]); w++) {}
    for (q = 0; q < sizeof WHEN_AHEAD_VERBS / sizeof WHEN_AHEAD_VERBS[0]; q++)
      if (dl_word_eq(sc->text + e, w - e, WHEN_AHEAD_VERBS[q])) return 1;
    e = w;
  }
  return 0;
}

/* Verbs of calling for an event ("called for a general strike on
 * Monday", "urged supporters to rally on Sunday") and the events
 * whose date then lies ahead of the call. */
static const char *const CALL_VERBS[] = {"appealed", "called", "urged"};
/* (not a ceasefire, a vote, elections: "called for a ceasefire on
 * Tuesday" mostly dates the call) */
static const char *const CALLED_EVENTS[] = {
  "boycott", "demonstration", "demonstrations", "march", "marches", "protest", "protests",
  "rallies", "rally", "shutdown", "sit", "stoppage", "strike", "strikes", "vigil", "walkout"
};

/* Is the expression at token a the date of an event called for by the
 * past cue at token k (a call verb) with a noun of CALLED_EVENTS right
 * before the expression, or before "on" / "for" before it? */
static int called_event(const scan *sc, int k, int a)
{
  size_t e;
  /* (the verb ends token k: a run of ordinary words is one token; all
   * three end in -ed, which said, was, told do not) */
  if (!ends_with(sc, T(k), "ed", 2)
      || !word_before_any(sc, k + 1, CALL_VERBS, sizeof CALL_VERBS / sizeof CALL_VERBS[0]))
    return 0;
  e = sc->t[a].s;
  if (isw(sc, a - 1, W_ON) || isw(sc, a - 1, W_FOR)) e = sc->t[a - 1].s;
  return word_before_any_at(sc, e, CALLED_EVENTS, sizeof CALLED_EVENTS / sizeof CALLED_EVENTS[0]);
}

/* "agreed on Wednesday to hold talks on Friday": a past verb of deciding
 * or promising at k, dated by a weekday or month of its own before a "to"
 * and a bare verb, all before the expression at a; the expression then
 * dates the plan (the one still ahead), not the decision.  Without a date
 * of its own the verb's time is unknown ("agreed to buy the firm in
 * March" mostly dates the agreement). */
static int dated_plan(const scan *sc, int k, int a)
{
  int j, dated = 0;
  if (!promise_verb(sc, k) || sc->t[k].w == W_SAID || sc->t[k].w == W_TOLD
      || sc->t[k].w == W_ANNOUNCED || sc->t[k].w == W_WARNED)
    return 0;
  for (j = k + 1; j + 1 < a; j++) {
    if (ispu(sc, j, '.') || ispu(sc, j, ';') || ispu(sc, j, ',')) return 0;
    if (tcat(sc, j, LEX_WDAY) || tcat(sc, j, LEX_MONTH)) dated = 1;
    else if (dated && isw(sc, j, W_TO) && IN(j + 1) && T(j + 1)->kind == TK_WORD
             && !(T(j + 1)->fl & F_CAP) && !tcat(sc, j + 1, LEX_DET)
             && !ends_with(sc, T(j + 1), "ed", 2))
      return 1;
  }
  return 0;
}

/* Can the word after the "to" at token k be an infinitive's verb?  Not a
 * determiner or quantifier, nor a plural noun's "-s" ("to voters"; "to
 * pass", "to address" keep theirs). */
static int verb_after_to(const scan *sc, int k)
{
  const tok *w = IN(k + 1) ? &sc->t[k + 1] : NULL;
  const char *s;
  if (!w || w->kind != TK_WORD || w->n < 2) return 0;
  if (word_after_any(sc, k, TO_NOT_VERB, sizeof TO_NOT_VERB / sizeof TO_NOT_VERB[0])) return 0;
  s = sc->text + w->s;
  return !(s[w->n - 1] == 's' && s[w->n - 2] != 's');
}

/* Does a comma close the clause that runs from token v within
 * DL_ASIDE_MAX tokens ("which will include Japan, are ...")?  Bounded,
 * so constant time. */
#define DL_ASIDE_MAX 12
static int aside_closes(const scan *sc, int v)
{
  int k;
  for (k = v + 1; k < sc->nt && k <= v + DL_ASIDE_MAX; k++) {
    if (ispu(sc, k, ',')) return 1;
    if (ispu(sc, k, '.') || ispu(sc, k, ';') || ispu(sc, k, ':')) return 0;
  }
  return 0;
}

/* Is the verb jr tokens after the date ending at b (token b - 1 + jr)
 * led by a "which" right after the date or its comma, in an aside that
 * closes before the main verb ("talks on Thursday, which will include
 * Japan, are ...")?  jr == 2: the "which" right after the date; jr == 3:
 * after its comma. */
static int which_aside(const scan *sc, int b, int jr)
{
  int v = b - 1 + jr;
  return word_before(sc, v, "which") && (jr == 2 || (jr == 3 && ispu(sc, b, ',')))
         && aside_closes(sc, v);
}

/* Words before "a December forecast", "its June forecast": the forecast
 * a noun */
static const char *const FORECAST_DETS[] = {
  "a", "an", "her", "his", "its", "our", "the", "their", "this", "that"
};

/* Is token k a piece of a number written with glue ("1-1/4", "38-7/8",
 * "1,250.75"): a '-', '/', '.' or ',' between two numbers, with no
 * space on either side, or the number after one?  Such a number reads as
 * one word when counting how far a verb is ("rose 1-1/4 to 38-7/8 by
 * midafternoon": the verb is four words back, not twelve tokens). */
static int num_piece(const scan *sc, int k)
{
  if (!IN(k - 1) || !att(sc, k)) return 0;
  if (sc->t[k].kind == TK_NUM)
    return (ispu(sc, k - 1, '-') || ispu(sc, k - 1, '/') || ispu(sc, k - 1, '.') || ispu(sc, k - 1, ','))
           && IN(k - 2) && sc->t[k - 2].kind == TK_NUM && att(sc, k - 1);
  return (ispu(sc, k, '-') || ispu(sc, k, '/') || ispu(sc, k, '.') || ispu(sc, k, ','))
         && sc->t[k - 1].kind == TK_NUM && att(sc, k + 1) && sc->t[k + 1].kind == TK_NUM;
}

/* The distance in words from token k back before a to a: a - k less the
 * number pieces between (num_piece). */
static int words_back(const scan *sc, int k, int a)
{
  int d = a - k, q;
  for (q = k + 1; q < a; q++)
    if (num_piece(sc, q)) d--;
  return d;
}

static int tense_at(const scan *sc, int a, int b)
{
  struct tense_memo *m = sc->tense;
  int jl = 0, jr = 0, x, p = a;
  m->event = 0;
  /* "valid until the end of October", "since the start of March": the
   * marker stands before the part of the period */
  if (isw(sc, a - 1, W_OF) && isw(sc, a - 3, W_THE)
      && (isw(sc, a - 2, W_END) || isw(sc, a - 2, W_BEGINNING) || isw(sc, a - 2, W_MIDDLE)
          || isw(sc, a - 2, W_START)))
    p = a - 3;
  if (future_marker(sc, p) || ((isw(sc, p - 1, W_ON) || isw(sc, p - 1, W_THE)) && future_marker(sc, p - 1)))
    return 1;   /* "until Friday", "until the second quarter" */
  /* "on patrol since March (and due home soon)": a span's start that
   * "since" gives is never ahead, whatever verb is near: a firm past, so
   * "have fallen since Christmas" written on Dec. 3 is last year's */
  if (isw(sc, p - 1, W_SINCE)) return -2;
  /* "since at least the summer" */
  if (isw(sc, a - 1, W_LEAST) && isw(sc, a - 2, W_AT) && isw(sc, a - 3, W_SINCE)) return -1;
  /* "in September, when his term ends": the present of a clause about
   * the date's event puts it ahead, whatever the main verb's tense */
  if (when_clause_ahead(sc, b)) return 1;
  if (m->calls++ == 0) {
    memset(m->cue, TENSE_UNKNOWN, (size_t)sc->nt);
    m->full = 0;
  }
  if (m->calls > 2 && !m->full) tense_prepare(sc);
  if (m->full) {
    if (a >= 1 && a - 1 < sc->nt && m->left[a - 1] >= 0
        && (a - m->left[a - 1] <= DL_TENSE_WINDOW
            || (a - m->left[a - 1] <= 2 * DL_TENSE_WINDOW
                && words_back(sc, m->left[a - 1], a) <= DL_TENSE_WINDOW)))
      jl = a - m->left[a - 1];
    if (b >= 0 && b < sc->nt && m->right[b] < sc->nt && m->right[b] - b + 1 <= DL_TENSE_WINDOW)
      jr = m->right[b] - b + 1;
  } else {
    /* the nearest cue on the left, then one on the right only where it
     * can be nearer (the rules below may set the right one aside) */
    int d, rmax = DL_TENSE_WINDOW;
    int w = 0;
    for (d = 1; w < DL_TENSE_WINDOW && d <= 2 * DL_TENSE_WINDOW && a - d >= 0; d++) {
      if (!num_piece(sc, a - d)) w++;
      if (tense_cue_memo(sc, a - d)) { jl = d; rmax = (d - 1) / DL_TENSE_RIGHT; break; }
    }
    for (d = 1; d <= rmax && b - 1 + d < sc->nt; d++)
      if (tense_cue_memo(sc, b - 1 + d)) { jr = d; break; }
  }
  /* a cue after the end of the sentence is another sentence's ("...
   * given in April. It expects ...") */
  if (jr && sentence_end_between(sc, b, b - 1 + jr)) jr = 0;
  /* ""We see demand recovering by June," he said": a cue outside the
   * quote that holds the expression is the report's, not the quoted
   * clause's (a quote opens its own clause) */
  if (jl || jr) {
    int qo, qc;
    if (quoted_span(sc, a, b, &qo, &qc)) {
      if (jl && a - jl < qo) jl = 0;
      if (jr && b - 1 + jr > qc) jr = 0;
    }
  }
  /* "said it would end sales of the hub, launched in 2019, at the end of
   * March": a past participle that opens an aside between commas
   * describes a noun; the verb before the aside governs the date */
  if (jl) jl = skip_aside_cues(sc, a, jl);
  /* a semicolon ends a clause ("Launch scrubbed; new try Thursday") */
  if (jl && semicolon_between(sc, a - jl, a)) jl = 0;
  if (jr && semicolon_between(sc, b, b - 1 + jr)) jr = 0;
  /* a modal governs its own clause only: "must be returned to his
   * father, Juan Gonzalez, and set Friday as the deadline" */
  if (jl && modal_across_comma(sc, a - jl, a)) jl = 0;
  /* a verb after "and" / "but" heads a clause of its own ("began
   * enrolling in March and will assign"): not the expression's */
  if (jr && (word_before(sc, b - 1 + jr, "and") || word_before(sc, b - 1 + jr, "but"))) jr = 0;
  /* so does one of a relative clause after it ("on Tuesday, launching a
   * campaign that will decide ..."): it tells of a noun, not the date */
  if (jr && (word_before(sc, b - 1 + jr, "that") || word_before(sc, b - 1 + jr, "which")
             || word_before(sc, b - 1 + jr, "who"))
      /* (but a "which" right after the date, or its comma, tells of the
       * phrase that holds it when no verb came before and a comma closes
       * the clause, the main verb still to come: "talks on Thursday,
       * which will include Japan, are ..."; not "cut jobs on Tuesday,
       * which will save ...") */
      && !(!jl && which_aside(sc, b, jr)))
    jr = 0;
  /* the same with its auxiliary: "cut rates in May and is expected to
   * cut them again" */
  if (jr >= 2
      && (isw(sc, b - 2 + jr, W_IS) || isw(sc, b - 2 + jr, W_ARE) || isw(sc, b - 2 + jr, W_WILL)
          || isw(sc, b - 2 + jr, W_HAVE))
      && (word_before(sc, b - 2 + jr, "and") || word_before(sc, b - 2 + jr, "but")))
    jr = 0;
  /* an "ago" after the expression dates its own ("the June meeting, up
   * from 45 percent a week ago"), not this one */
  if (jr && sc->t[b - 1 + jr].cat == LEX_REL) jr = 0;
  /* a relative clause holds its verb and its date ("fans who were there
   * on Sunday will remember"): the main verb after it is not the date's */
  if (jl && jr && (rel_pronoun_before(sc, a - jl)
                   /* "who also won ...", "which already had ..." */
                   || (word_before_any(sc, a - jl, REL_ADVERBS, sizeof REL_ADVERBS / sizeof REL_ADVERBS[0])
                       && word_before_any_at(sc, prev_word_start(sc, sc->t[a - jl].s), REL_PRONOUNS,
                                             sizeof REL_PRONOUNS / sizeof REL_PRONOUNS[0]))))
    jr = 0;
  /* "will leave the church at 10 a.m. on Saturday, the family said": a
   * report verb after a comma names the source; the future verb before
   * the date governs it */
  if (jl && jr && m->cue[a - jl] == 1 && m->cue[b - 1 + jr] == -1) {
    int k;
    for (k = b; k < b - 1 + jr && !ispu(sc, k, ','); k++) {}
    if (k < b - 1 + jr) jr = 0;
  }
  /* "the new fares apply from April 1, the ministry said": a start with
   * no past verb of its own is still ahead (not "from April 1 to 3") */
  if ((!jl || ispu(sc, a - 2, ',')) && isw(sc, a - 1, W_FROM) && (!jr || m->cue[b - 1 + jr] == -1)
      && !(isw(sc, b, W_TO) || isw(sc, b, W_UNTIL) || isw(sc, b, W_TILL) || isw(sc, b, W_THROUGH)
           || hyph(sc, b) || ispu(sc, b, PUNCT_DASH) || isw(sc, b, W_AND)))
    return 1;
  /* "will release an album on June 19 and embark on a tour in the fall,
   * her label announced": past the window, a "will" still governs the
   * clause its "and" continues, over a report verb after the date */
  if (!jl && !(m->full && (a < 1 || m->left[a - 1] < 0)) && (!jr || m->cue[b - 1 + jr] == -1)
      && !isw(sc, a - 1, W_SINCE)) {
    /* the nearest cue before the window: read from the memo once it is
     * full (a date-dense text with no verb near asks this of every date) */
    int k = -1, d;
    if (m->full) {
      if (a - 1 < sc->nt) k = m->left[a - 1];
    } else {
      for (d = DL_TENSE_WINDOW + 1; d <= DL_TENSE_FAR && a - d >= 0; d++)
        if (tense_cue_memo(sc, a - d)) { k = a - d; break; }
    }
    /* ("voted late on Tuesday to hold a referendum on a new mining law
     * in January": the decision far before) */
    if (k >= 0 && a - k <= DL_TENSE_FAR && m->cue[k] < 0 && decided_to_month(sc, k, a)) return 1;
    if (k >= 0 && a - k <= DL_TENSE_FAR && m->cue[k] == 1 && !modal_across_comma(sc, k, a)) {
      /* no sentence ends in between: a full stop before a capital (not
       * the dot of "Dec. 19") */
      for (d = k + 1; d < a; d++)
        if ((ispu(sc, d, '.') && !tcat(sc, d - 1, LEX_MONTH) && IN(d + 1) && (T(d + 1)->fl & F_CAP))
            || ispu(sc, d, ';') || ispu(sc, d, '?') || ispu(sc, d, '!'))
          break;
      if (d == a) return 1;
    }
  }
  if (jl && (!jr || jl <= DL_TENSE_RIGHT * jr)) {
    x = m->cue[a - jl];
    if (x < 0 && modal_passive_and(sc, a - jl)) return 1;
    if (x < 0 && decided_to_month(sc, a - jl, a)) return 1;
    /* "set a hearing for March 7 on Wednesday": the date set came
     * between; a second one tells when it was set */
    if (x == 1 && isw(sc, a - jl, W_SET) && !isw(sc, a - jl + 1, W_TO)) {
      int k;
      for (k = a - jl + 1; k < a && !(tcat(sc, k, LEX_MONTH) || tcat(sc, k, LEX_WDAY)); k++) {}
      if (k < a) x = -1;
    }
    if (x == -1 && dated_plan(sc, a - jl, a)) return 1;
    /* "by" a date after a report or a promise ("promised a plan by the
     * summer"): a deadline still ahead; "had ... by" stays past */
    if (x == -1 && isw(sc, a - 1, W_BY) && promise_verb(sc, a - jl)) return 1;
    /* "called for another general strike on Monday": the event called
     * for lies ahead of the call */
    if (x < 0 && called_event(sc, a - jl, a)) return 1;
    /* "voted to keep the government open through Dec. 20": the end of
     * what was decided lies ahead of the decision; so does a deadline
     * set for it ("were told to leave by 6 p.m. Friday"), not one met
     * ("managed to sell the plant by June") */
    if (x < 0 && (isw(sc, a - 1, W_THROUGH) || isw(sc, a - 1, W_BY))) {
      int k;
      for (k = a - jl + 1; k < a - 1; k++)
        if (isw(sc, k, W_TO) && IN(k + 1) && T(k + 1)->kind == TK_WORD && !(T(k + 1)->fl & F_CAP)
            && !to_place(sc, k + 1)
            && !(isw(sc, a - 1, W_BY)
                 && (word_before_any(sc, k, TO_DONE_BEFORE_BY, sizeof TO_DONE_BEFORE_BY / sizeof TO_DONE_BEFORE_BY[0])
                     || word_before_any(sc, k, TO_REACHED_BEFORE, sizeof TO_REACHED_BEFORE / sizeof TO_REACHED_BEFORE[0])
                     || !verb_after_to(sc, k))))
          return 1;
    }
    m->event = x == -2;
    return x == -2 && jl > 3 ? -1 : x;
  }
  if (jr) {
    x = m->cue[b - 1 + jr];
    /* "compared with a December forecast", "cut its June forecast": the
     * noun the date qualifies, not the verb "forecast", tells no
     * direction */
    if (x == 1 && jr == 1 && isw(sc, b, W_FORECAST)
        && word_before_any(sc, a, FORECAST_DETS, sizeof FORECAST_DETS / sizeof FORECAST_DETS[0]))
      x = 0;
    /* "a judge on Wednesday set a hearing for March 7": what "set" set
     * is ahead, not the day before the verb, when it was set (the past
     * of "set"; "sets" tells no direction) */
    if (x == 1 && !isw(sc, b + jr, W_TO)) {
      if (isw(sc, b - 1 + jr, W_SET)) x = -1;
      else if (isw(sc, b - 1 + jr, W_SETS) || isw(sc, b - 1 + jr, W_SETTING)) x = 0;
    }
    m->event = x == -2;
    return x == -2 ? -1 : x;
  }
  /* "by February", "until Tuesday" with no verb to go by: a deadline;
   * so is "no later than" a date (a quote that opens with it: "... would
   * take place "no later than the second Sunday in January"") */
  if (isw(sc, a - 1, W_BY) || isw(sc, a - 1, W_UNTIL) || isw(sc, a - 1, W_TILL)) return 1;
  if (isw(sc, a - 1, W_THAN) && isw(sc, a - 2, W_LATER) && isw(sc, a - 3, W_NO)) return 1;
  /* "with pre-orders starting (on) Friday": from then on */
  if (isw(sc, a - 1, W_STARTING) || (isw(sc, a - 1, W_ON) && isw(sc, a - 2, W_STARTING))) return 1;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Resolution helpers                                                  */
/* ------------------------------------------------------------------ */

/* The weekday wd nearest to base in the direction dir (-1: on or before,
 * +1: on or after, 0: on or before). */
static void resolve_wday(dl_tv *v, const dl_tv *base, int wd, int dir)
{
  int bw = dl_weekday(base->y, base->mo, base->d);
  int diff;
  dl_tv_day(v, base->y, base->mo, base->d);
  if (dir > 0) { diff = (wd - bw + 7) % 7; }
  else { diff = -((bw - wd + 7) % 7); }
  dl_add_days(&v->y, &v->mo, &v->d, diff);
}

/* How far back (in the month-of-31-days measure of resolve_year) a day
 * may lie and still be the one a future verb means (a slip of tense). */
#define DL_PAST_DAY_AHEAD 31

/* Year for month mo (and day d, 0 = any) relative to base and tense. */
static int resolve_year(const dl_tv *base, int mo, int d, int dir)
{
  int y = base->y;
  int bm = base->mo, bd = base->d;
  /* distance in months (with days as a fraction): the nearest such date
   * is taken, unless the tense points away from it by more than two
   * months ("said it fell in October" written in February) */
  int diff = (mo - bm) * 31 + (d ? d - bd : 0);
  if (diff > 183) { y--; diff -= 372; }
  else if (diff < -183) { y++; diff += 372; }
  if (dir < -1 && diff > 7) y--;          /* "the bill passed in November" */
  else if (dir < 0 && diff > 62) y--;
  /* a month alone that ended more than six weeks ago is over: a future
   * verb means next year ("will change in July" written on Sept. 24) */
  else if (dir > 0 && (diff < -62 || (!d && diff == -62 && bd > 14))) y++;
  /* a day more than a month past with a future verb: next year's ("will
   * be held on December 6" written on Jan. 20) */
  else if (dir > 0 && d && diff < -DL_PAST_DAY_AHEAD) y++;
  else if (dir == 0 && diff > 62) y--;   /* news is mostly past */
  /* past year 1 or 9999 (a reference date at the edge of the range):
   * the year is unknown, the month and day are still right */
  return y >= 1 && y <= 9999 ? y : 0;
}

/* The first token of token i's clause that a rule reading back from i
 * looks at: within the tense window, after the nearest '.' or ';' (and
 * '?' or '!', with marks) before i. */
static int clause_back(const scan *sc, int i, int marks)
{
  int k, lo = i - DL_TENSE_WINDOW < 0 ? 0 : i - DL_TENSE_WINDOW;
  for (k = i - 1; k >= lo; k--)
    if (ispu(sc, k, '.') || ispu(sc, k, ';') || (marks && (ispu(sc, k, '?') || ispu(sc, k, '!'))))
      return k + 1;
  return lo;
}

/* A "will" before token a in its sentence, within the tense window. */
static int will_before(const scan *sc, int a)
{
  int k, lo = clause_back(sc, a, 1);
  for (k = a - 1; k >= lo; k--)
    if (isw(sc, k, W_WILL)) return 1;
  return 0;
}

/* A "will" before token a in its sentence with no determiner between:
 * the day is the plan's own ("will open on Sept. 23", "will be held Sept.
 * 23"), not a day a noun phrase after the verb names ("will examine the
 * events of Sept. 23", "will discuss the Sept. 23 report", "will be asked
 * about his remarks on Sept. 23": days gone by). */
static int will_governs(const scan *sc, int a)
{
  int k, lo = clause_back(sc, a, 1);
  for (k = a - 1; k >= lo; k--) {
    if (isw(sc, k, W_WILL)) return 1;
    if (T(k)->kind == TK_WORD
        && dl_word_in(sc->text + T(k)->s, T(k)->n, FORECAST_DETS, sizeof FORECAST_DETS / sizeof FORECAST_DETS[0]))
      return 0;
  }
  return 0;
}

/* A "will" or a modal of possibility ("may", "might", "could", "should",
 * "must"; not "would", which also reports a past plan) before token a in
 * its sentence, within the tense window, not before "have" ("could have
 * happened in March" is a past possibility).  "may" in lower case before
 * a verb is the modal, not the month. */
static int modal_ahead_before(const scan *sc, int a)
{
  static const char *const past_after[] = {"have", "not"};
  int k, lo = clause_back(sc, a, 1);
  for (k = a - 1; k >= lo; k--) {
    const tok *t = T(k);
    if (t->kind != TK_WORD) continue;
    /* "will be the first since the vote in May": a span from the past */
    if (isw(sc, k, W_SINCE)) return 0;
    if (isw(sc, k, W_WILL)
        || (tcat(sc, k, LEX_TENSE) && tval(sc, k, LEX_TENSE) == 6)
        || (isw(sc, k, W_MAY) && !(t->fl & F_CAP) && IN(k + 1) && T(k + 1)->kind == TK_WORD
            && !(T(k + 1)->fl & F_CAP)))
      return !word_after_any(sc, k, past_after, sizeof past_after / sizeof past_after[0]);
    /* a past verb nearer the date governs it ("could say whether it
     * happened in March") */
    if (tense_of(sc, t) < 0 && !isw(sc, k - 1, W_BE) && !isw(sc, k - 1, W_BEEN)) return 0;
  }
  return 0;
}

/* "(said it would decide) at its next meeting in June", "the next board
 * meeting in March": "next" and a noun or two before "in" and the month
 * at a put it ahead, whatever tense reports it. */
static int next_noun_in(const scan *sc, int a)
{
  int k = a - 2;
  if (!isw(sc, a - 1, W_IN) || !IN(k) || !(T(k)->fl & F_PLAIN)) return 0;
  if (IN(k - 1) && (T(k - 1)->fl & F_PLAIN)) k--;
  return isw(sc, k - 1, W_NEXT);
}

/* "ahead of" right before token a ("positioned ahead of June"). */
static int ahead_of_before(const scan *sc, int a)
{
  return isw(sc, a - 1, W_OF) && word_before(sc, a - 1, "ahead");
}

/* How far ahead (in resolve_year's month-of-31-days measure) a month
 * after "ahead of" may lie and still be the one a past verb waited for:
 * two months. */
#define DL_AHEAD_OF_SPAN 62

/* Nouns of an event set for a date after a month ("the June vote",
 * "a March cut"): with no tense, the month is the nearest one. */
static const char *const SCHEDULED_NOUNS[] = {
  "auction", "ballot", "conference", "cut", "deadline", "decision", "election", "elections",
  "hearing", "hike", "launch", "meeting", "primary", "referendum", "summit", "talks", "trial",
  "visit", "vote"
};

/* Past forms the tense reader does not take as cues, read after a
 * scheduled event's noun ("the June meeting ended", "the March vote
 * drew"): sorted. */
static const char *const SCHEDULED_PAST[] = {
  "began", "came", "drew", "fell", "got", "had", "held", "left", "lost", "made", "met", "rose",
  "saw", "showed", "took", "was", "went", "were", "won"
};

/* Is the month ending before token b, at token a, the date of an event
 * still to come by its noun alone: a noun of SCHEDULED_NOUNS right after
 * it, no past form after that noun ("the June meeting ended") and no
 * "since" before it in its clause ("Since the June vote, ...")? */
static int scheduled_month(const scan *sc, int a, int b)
{
  size_t p, e;
  int k;
  if (!word_after_any(sc, b - 1, SCHEDULED_NOUNS, sizeof SCHEDULED_NOUNS / sizeof SCHEDULED_NOUNS[0]))
    return 0;
  for (k = clause_back(sc, a, 1); k < a; k++)
    if (isw(sc, k, W_SINCE)) return 0;
  /* the word after the noun, read from the source (a token may stand
   * for a run of ordinary words) */
  p = sc->t[b - 1].s + sc->t[b - 1].n;
  for (k = 0; k < 2; k++) {
    p = next_word_at(sc, p, &e);
    if (e == p) return 1;
    if (k == 1)
      return !(e - p > 3 && sc->text[e - 1] == 'd' && sc->text[e - 2] == 'e')
             && !dl_word_in(sc->text + p, e - p, SCHEDULED_PAST,
                            sizeof SCHEDULED_PAST / sizeof SCHEDULED_PAST[0]);
    p = e;
  }
  return 1;
}

/* resolve_year for the expression at tokens a..b, the tense read only
 * when it can change the year: a date from a week ahead to two months
 * back gets the same year whatever the verb (most dates of a story are
 * that near its reference date, and the tense costs a look at the
 * sentence's verbs). */
static int resolve_year_at(const scan *sc, const dl_tv *base, int mo, int d, int a, int b)
{
  int diff = (mo - base->mo) * 31 + (d ? d - base->d : 0);
  if (diff > 183) diff -= 372;
  else if (diff < -183) diff += 372;
  int dir;
  /* "the Dec. 15 expiry", "the June 30 delivery": the day a contract runs
   * out is still to come, whatever verb reports it ("has added to
   * volatility") */
  if (d && word_after_any(sc, b - 1, CONTRACT_WORDS, sizeof CONTRACT_WORDS / sizeof CONTRACT_WORDS[0]))
    return resolve_year(base, mo, d, 1);
  if (next_noun_in(sc, a)) {
    int y = base->y + (mo < base->mo || (mo == base->mo && d && d < base->d));
    return y <= 9999 ? y : 0;
  }
  /* "may set a date in February", "will vote in March" written in
   * April: a month alone already over holds no possibility or plan still
   * ahead; the next one does ("will release figures for March",
   * "results from March" name data of the month gone) */
  if (!d && diff < 0 && diff >= -62 && !isw(sc, a - 1, W_FOR) && !isw(sc, a - 1, W_FROM)
      && !isw(sc, a - 1, W_OF) && !isw(sc, a - 1, W_SINCE) && !month_data_after(sc, b)
      && modal_ahead_before(sc, a)) {
    int y = base->y + (mo < base->mo);
    return y <= 9999 ? y : 0;
  }
  /* "the trial will open on Sept. 23" written on Oct. 15: a day gone by
   * more than a week cannot be the one a "will" plans, so it is next
   * year's (the present, "the store opens at 9 a.m. on Oct. 5", may tell
   * of a day gone by and keeps the nearest) */
  if (d && diff < -7 && diff > -DL_PAST_DAY_AHEAD && will_governs(sc, a) && modal_ahead_before(sc, a)
      && tense_at(sc, a, b) > 0) {
    int y = resolve_year(base, mo, d, 0);
    return y && y < 9999 ? y + 1 : 0;
  }
  if (diff <= 7 && diff > (d ? -DL_PAST_DAY_AHEAD : -62)) return resolve_year(base, mo, d, 0);
  /* "will release September export figures": figures of a month gone,
   * whatever the verb */
  if (!d && diff < 0 && month_data_after(sc, b)) return resolve_year(base, mo, d, -1);
  dir = tense_at(sc, a, b);
  /* "the tax rises to 23 percent from July 1": a change told in the
   * present from a day not yet come, ahead */
  if (dir == 0 && d && diff > 7 && isw(sc, a - 1, W_FROM) && !sc->headline) dir = 1;
  /* "campaigning ahead of November midterms" with no verb to go by: what
   * something is ahead of has not come yet */
  if (dir == 0 && ahead_of_before(sc, a)) dir = 1;
  /* "ECB signals June cut", "the March vote is key" written in January:
   * with no verb to go by, a month naming a scheduled event is the
   * nearest one, not the past one news mostly tells of */
  if (dir == 0 && !d && diff > 62 && scheduled_month(sc, a, b)) dir = 1;
  /* "traders positioned themselves ahead of June" written in May: a past
   * verb tells of the wait, not the month, which may be the next one */
  if (dir < 0 && !d && diff > 0 && diff <= DL_AHEAD_OF_SPAN && ahead_of_before(sc, a))
    dir = 0;
  /* "will face him in November" written on Jan. 4: the month before last
   * is over, and "will" (not a plan told in the past, "originally
   * planned for March") puts it in the coming year */
  if (!d && dir > 0 && diff == -62 && base->d <= 14 && will_before(sc, a)) {
    int y = resolve_year(base, mo, d, dir) + 1;
    return y <= 9999 ? y : 0;
  }
  /* "he said on Nov. 2 that ...", "announced Nov. 2" written on Oct. 15:
   * a day right after a past verb of saying dates the saying itself, an
   * event gone by, so a day more than a week on is last year's */
  if (d && dir == -1 && diff > 7) {
    static const char *const that_[] = {"that"};
    int on = isw(sc, a - 1, W_ON), k = on ? a - 2 : a - 1;
    /* (bare, only before "that" or the sentence's end: "said Nov. 20 is
     * the deadline" names the day ahead) */
    if ((on || word_after_any(sc, b - 1, that_, 1) || ispu(sc, b, '.') || !IN(b))
        && (isw(sc, k, W_SAID) || isw(sc, k, W_ANNOUNCED) || isw(sc, k, W_REPORTED) || isw(sc, k, W_STATED)
            || isw(sc, k, W_NOTED) || isw(sc, k, W_WARNED)))
      dir = -2;
  }
  /* a month not yet begun cannot hold a past event, however far its verb
   * ("voters went to the polls in January" written on Dec. 30) */
  if (!d && diff > 0 && dir == -1 && sc->tense->event) dir = -2;
  return resolve_year(base, mo, d, dir);
}

/* How far a one-date narrative reaches: a day up to a fortnight after its
 * day, when the reference date lies two months or more after that day. */
#define DL_NARR_FOLLOW_DAYS 14
#define DL_NARR_BACK_DAYS 62

/* The days from month-day (mo1, d1) forward to (mo2, d2), within a year,
 * counted on months of 31 days: a rough distance, which is all the
 * thresholds above need, and it needs no year (neither day has one yet). */
static int md_ahead(int mo1, int d1, int mo2, int d2)
{
  int days = (mo2 - mo1) * 31 + (d2 - d1);
  return days < 0 ? days + 12 * 31 : days;
}

/* A story retelling a past year ("On Dec. 29, 1962, a blizzard hit ...
 * On January 20 the Thames froze"): while the
 * last date named lies three years or more before the reference date and
 * the sentence is past, a month or day named without a year is the
 * narrative's, as TimeBank's annotators read it.
 * A present or future sentence, or any date near the reference date,
 * ends it.  Returns the year, or 0 outside such a narrative. */
static int narr_year(const scan *sc, int mo, int d, int a, int b)
{
  int diff;
  const dl_tv *n = &sc->narr;
  if (sc->o.anchor == DL_ANCHOR_LAST || !n->y || !n->mo || sc->narr_n < 1) return 0;
  /* one past date is background ("the Dec. 21, 1988, bombing"); two in
   * a row are a narrative -- or one day and a day up to a fortnight after
   * it told in the past ("On the night of Dec. 22, 1989, the lines came
   * down ... power returned on Dec. 27"), when the last such day before
   * the reference date lies two months or more back (a day just gone is
   * the news's: "the 1988 bombing ... On Dec. 27 the court ruled") */
  if (sc->narr_n < 2) {
    if (!n->d || !d || !sc->has_ref) return 0;
    if (md_ahead(n->mo, n->d, mo, d) > DL_NARR_FOLLOW_DAYS
        || md_ahead(mo, d, sc->ref.mo, sc->ref.d) < DL_NARR_BACK_DAYS
        || tense_at(sc, a, b) >= 0) return 0;
    return n->y + (mo < n->mo);
  }
  if (tense_at(sc, a, b) >= 0) return 0;
  /* a narrative runs forward: up to nine months on is the same year, a
   * month more than three back is the next ("Dec. 29 ... January 20") */
  diff = mo - n->mo;
  if (diff > 9) return n->y - 1;
  if (diff < -3) return n->y + 1;
  return n->y;
}

/* Words before a sentence-opening "in" + year that keep it a frame
 * ("Back in 2012, ...", "Later in 2012, ..."; sorted). */
static const char *const YEAR_FRAME_BEFORE_IN[] = { "back", "earlier", "early", "late", "later" };

/* Does the year at [a, e) frame its sentence: at its head, bare or after
 * "in", "by" or "during", before a comma ("In 1936, ...", "That year,
 * the crop ..."), or before a "when" clause ("compared it to 1936, when
 * ...")?  A year told in passing ("the firm, founded in 1998, said on
 * March 3") frames nothing. */
static int year_frames(const scan *sc, int a, int e)
{
  static const char *const WHEN = "when";
  int k = ispu(sc, e, ',') ? e : e - 1;
  int head;
  if (word_after_any(sc, k, &WHEN, 1)) return 1;
  /* "In 2012, ...", and "Back in 2012, ..." / "Later in 2012, ..." */
  head = a == 1 && (isw(sc, 0, W_IN) || isw(sc, 0, W_BY) || isw(sc, 0, W_DURING));
  if (a == 2 && isw(sc, 1, W_IN)
      && word_before_any(sc, 1, YEAR_FRAME_BEFORE_IN, sizeof YEAR_FRAME_BEFORE_IN / sizeof YEAR_FRAME_BEFORE_IN[0]))
    head = 1;
  /* "In 2012 the team won ...", "Last year the budget was signed ...":
   * no comma, the clause's article right after it (not "In 2019
   * dollars, ...") */
  if ((head || a == 0) && isw(sc, e, W_THE)) return 1;
  if (!ispu(sc, e, ',')) return 0;
  return a == 0 || head;
}

/* The year a framing year of this sentence gives a month or day at
 * [a, b) named without one, when nothing dated came between and the
 * sentence does not look ahead (an "until" or "by" before it is the
 * end of the year's own span: "That year, the river did not crest until
 * late May"); 0 otherwise. */
static int frame_year(const scan *sc, int a, int b)
{
  int k = a - 1;
  if (sc->yframe_chunk != sc->chunk || !sc->yframe_y) return 0;
  if (!sc->has_last || sc->last.gran != TG_YEAR || sc->last.y != sc->yframe_y) return 0;
  if (isw(sc, k, W_EARLY) || isw(sc, k, W_LATE) || isw(sc, k, W_MID)) k--;
  /* a report of the whole after a comma ("In 2020 the firm lost money,
   * it said on March 3"): the report's day, not the framed year's (a
   * comma right after the year is the frame's own: "In 1936, officials
   * said on July 24") */
  {
    int rv = isw(sc, a - 1, W_ON) ? a - 2 : a - 1, c;
    if (report_verb_at(sc, rv))
      for (c = rv - 1; c >= 0 && c >= rv - 4; c--)
        if (ispu(sc, c, ',')) {
          if (!(IN(c - 1) && (T(c - 1)->kind == TK_NUM || isw(sc, c - 1, W_YEAR)))) return 0;
          break;
        }
  }
  /* a year still to come frames whatever the tense ("In 2030, the line
   * will open in June") */
  if (sc->has_ref && sc->yframe_y > sc->ref.y) return sc->yframe_y;
  /* "In 2020, the race was moved to September": the new date a past
   * shift gave lies in the year framed, not ahead of the story */
  if (isw(sc, k, W_TO) && shift_verb_before(sc, k) && sc->has_ref && sc->yframe_y < sc->ref.y
      && clause_verb_before(sc, k, PAST_BE, sizeof PAST_BE / sizeof PAST_BE[0]))
    return sc->yframe_y;
  if (!(isw(sc, k, W_UNTIL) || isw(sc, k, W_TILL) || isw(sc, k, W_BY)) && tense_at(sc, a, b) > 0)
    return 0;
  return sc->yframe_y;
}

/* The most bytes from a year to the "to" of a shift after it in the same
 * sentence ("last year's edition of the race was moved to"). */
#define DL_SHIFT_YEAR_BYTES 80

/* The year of a month after a past shift's "to" at a - 1 when the last
 * date, in the same sentence, is a year already over ("last year's race
 * was moved to September", "the 2019 vote was delayed to March"): the
 * month is that year's, not one ahead of the story; 0 otherwise. */
static int shift_past_year(const scan *sc, int a)
{
  size_t s, q;
  if (!isw(sc, a - 1, W_TO) || !sc->has_last || sc->last.gran != TG_YEAR || !sc->has_ref
      || sc->last.y >= sc->ref.y)
    return 0;
  s = sc->t[a - 1].s;
  if (sc->last_end > s || s - sc->last_end > DL_SHIFT_YEAR_BYTES) return 0;
  for (q = sc->last_end; q < s; q++)
    if (sc->text[q] == '.' || sc->text[q] == ';' || sc->text[q] == '\n') return 0;
  if (!shift_verb_before(sc, a - 1) || !clause_verb_before(sc, a - 1, PAST_BE, sizeof PAST_BE / sizeof PAST_BE[0]))
    return 0;
  return sc->last.y;
}

/* ------------------------------------------------------------------ */
/* Grammar pieces                                                      */
/* ------------------------------------------------------------------ */

static int decade_adj_at(const scan *sc, int e);

/* Comma groups a count may have ("1,012 minutes", "2,000 years"): one
 * or two, so the value stays below a billion. */
#define DL_MAX_THOUSANDS_GROUPS 2

/* A count written with thousands commas, i at its first group: 1-3
 * digits, then one or two attached ",ddd" groups.  Sets *n; returns the
 * index after it, or -1. */
static int thousands_num(const scan *sc, int i, int *n)
{
  const tok *t = &sc->t[i];
  int j = i + 1, groups = 0;
  long v;
  if (t->kind != TK_NUM || t->suf != SUF_NONE || (t->fl & (F_CTX | F_APOS))
      || t->nd > 3 || t->v < 1)
    return -1;
  /* not the tail of a longer run ("1,234,567" read from "234") */
  if (att(sc, i) && IN(i - 2) && (ispu(sc, i - 1, ',') || ispu(sc, i - 1, '.'))
      && sc->t[i - 2].kind == TK_NUM)
    return -1;
  v = t->v;
  while (groups < DL_MAX_THOUSANDS_GROUPS && ispu(sc, j, ',') && att(sc, j) && att(sc, j + 1)
         && IN(j + 1) && sc->t[j + 1].kind == TK_NUM && sc->t[j + 1].nd == 3
         && !(sc->t[j + 1].fl & (F_CTX | F_APOS))) {
    v = v * 1000 + sc->t[j + 1].v;
    groups++;
    j += 2;
    if (sc->t[j - 1].suf != SUF_NONE) return -1;   /* 1,000th, 2,000s */
  }
  if (!groups) return -1;
  /* 1,234.5 or a third group: not a plain count */
  if ((ispu(sc, j, ',') || ispu(sc, j, '.')) && att(sc, j) && att(sc, j + 1)
      && IN(j + 1) && sc->t[j + 1].kind == TK_NUM)
    return -1;
  *n = (int)v;
  return j;
}

/* A cardinal: 3, three, twenty-four, a, a few, several, a couple of,
 * 2 1/2, 2.5, one and a half.  *n = -1 for vague amounts.  Returns the
 * index after it, or -1. */
static int parse_card(const scan *sc, int i, int *n, int *half)
{
  *half = 0;
  if (!IN(i)) return -1;
  if (sc->t[i].kind == TK_NUM) {
    int g = thousands_num(sc, i, n);
    if (g > 0) return g;
    if (!plain_num(sc, i)) {
      /* 2.5 */
      if (sc->t[i].kind == TK_NUM && sc->t[i].suf == SUF_NONE && !(sc->t[i].fl & F_CTX)
          && ispu(sc, i + 1, '.') && att(sc, i + 1) && att(sc, i + 2)
          && IN(i + 2) && sc->t[i + 2].kind == TK_NUM && sc->t[i + 2].v == 5
          && sc->t[i + 2].nd == 1
          && !(att(sc, i) && (ispu(sc, i - 1, '.') || ispu(sc, i - 1, ',')))) {
        *n = sc->t[i].v; *half = 1;
        return i + 3;
      }
      return -1;
    }
    if (sc->t[i].nd > 6) return -1;
    *n = sc->t[i].v;
    /* 2 1/2 */
    if (IN(i + 3) && sc->t[i + 1].kind == TK_NUM && sc->t[i + 1].v == 1
        && ispu(sc, i + 2, '/') && att(sc, i + 2) && att(sc, i + 3)
        && sc->t[i + 3].kind == TK_NUM && sc->t[i + 3].v == 2) {
      *half = 1;
      return i + 4;
    }
    return i + 1;
  }
  if (tcat(sc, i, LEX_DET) && tval(sc, i, LEX_DET) == 2) {        /* a, an */
    if (tcat(sc, i + 1, LEX_NUMW)) {
      int v = tval(sc, i + 1, LEX_NUMW);
      if (v == -1 && isw(sc, i + 1, W_FEW)) { *n = -1; return i + 2; }
      if (isw(sc, i + 1, W_COUPLE)) { *n = 2; return isw(sc, i + 2, W_OF) ? i + 3 : i + 2; }
      if (v == 12 || v == 100 || v == 1000) { *n = v; return i + 2; }
      return -1;
    }
    if (isw(sc, i + 1, W_HALF)) return -1;
    *n = 1;
    /* "in a single week": one */
    if (IN(i + 2) && sc->t[i + 1].kind == TK_WORD && !sc->t[i + 1].cat
        && dl_word_eq(sc->text + sc->t[i + 1].s, sc->t[i + 1].n, "single")
        && tcat(sc, i + 2, LEX_UNIT))
      return i + 2;
    return i + 1;
  }
  if (tcat(sc, i, LEX_NUMW)) {
    int v = tval(sc, i, LEX_NUMW), j = i + 1;
    if (v == -1) {
      if (isw(sc, i, W_MANY) || isw(sc, i, W_NUMEROUS)) return -1;
      *n = -1; return i + 1;
    }
    if (v == 12 && !isw(sc, i, W_DOZEN)) { /* twelve */ }
    if (isw(sc, i, W_COUPLE) || isw(sc, i, W_DOZEN) || v == 100 || v == 1000) {
      if (isw(sc, i, W_COUPLE)) return -1;   /* needs "a" */
    }
    if (v >= 20 && v <= 90 && v % 10 == 0) {
      int k = j;
      if (hyph(sc, k)) k++;
      if (tcat(sc, k, LEX_NUMW)) {
        int u = tval(sc, k, LEX_NUMW);
        if (u >= 1 && u <= 9) { v += u; j = k + 1; }
      }
    }
    if (tcat(sc, j, LEX_NUMW) && (tval(sc, j, LEX_NUMW) == 100 || tval(sc, j, LEX_NUMW) == 1000)) {
      v *= tval(sc, j, LEX_NUMW); j++;
    }
    *n = v;
    if (isw(sc, j, W_AND) && isw(sc, j + 1, W_A) && isw(sc, j + 2, W_HALF)) {
      *half = 1; j += 3;
    }
    /* "a five-and-a-half-year contract": the hyphenated form */
    else if (hyph(sc, j) && isw(sc, j + 1, W_AND) && hyph(sc, j + 2) && isw(sc, j + 3, W_A)
             && hyph(sc, j + 4) && isw(sc, j + 5, W_HALF)) {
      *half = 1; j += 6;
    }
    return j;
  }
  return -1;
}

/* A unit word at i: sets *unit, *plural; returns i + 1 or -1. */
static int parse_unit(const scan *sc, int i, int *unit, int *plural)
{
  if (tcat(sc, i, LEX_UNIT)) { *unit = tval(sc, i, LEX_UNIT); *plural = 0; return i + 1; }
  if (tcat(sc, i, LEX_UNITS)) { *unit = tval(sc, i, LEX_UNITS); *plural = 1; return i + 1; }
  return -1;
}

/* A four-digit year at i (1000..2999), plain. */
static int year_at(const scan *sc, int i, int strict)
{
  const tok *t;
  if (!plain_num(sc, i)) return 0;
  t = &sc->t[i];
  if (t->nd != 4 || t->v < 1000 || t->v > 2999) return 0;
  if (measure_after(sc, i + 1)) return 0;
  if (strict && (t->v < 1900 || t->v > 2099)) return 0;
  return t->v;
}

/* A day-of-month number at i: 1..31, plain or with st/nd/rd/th. */
static int mday_at(const scan *sc, int i)
{
  const tok *t;
  if (!IN(i)) return 0;
  t = &sc->t[i];
  if (t->kind != TK_NUM || t->nd > 2 || t->v < 1 || t->v > 31) return 0;
  if (t->fl & (F_CTX | F_APOS)) return 0;
  if (t->suf != SUF_NONE && t->suf != SUF_ORD) return 0;
  if (t->suf == SUF_NONE && !plain_num(sc, i)) return 0;
  if (ispu(sc, i + 1, ':') && att(sc, i + 1) && att(sc, i + 2) && IN(i + 2)
      && sc->t[i + 2].kind == TK_NUM) return 0;   /* 10:30, not "April 25:" */
  if (measure_after(sc, i + 1)) return 0;
  return t->v;
}

/* A day of the month spelled as an ordinal at i: "eighth", "twenty-second",
 * "thirty first".  Sets *end past it; 0 when there is none.  Not when a
 * noun it qualifies follows ("the first quarter", "a second-term"). */
static int spelled_mday(const scan *sc, int i, int *end)
{
  int d = 0, k = i;
  if (tcat(sc, i, LEX_ORD)) {
    d = tval(sc, i, LEX_ORD);
    k = i + 1;
  } else if (tcat(sc, i, LEX_NUMW) && (tval(sc, i, LEX_NUMW) == 20 || tval(sc, i, LEX_NUMW) == 30)) {
    k = i + 1;
    if (hyph(sc, k)) k++;
    if (!tcat(sc, k, LEX_ORD) || tval(sc, k, LEX_ORD) < 1 || tval(sc, k, LEX_ORD) > 9) return 0;
    d = tval(sc, i, LEX_NUMW) + tval(sc, k, LEX_ORD);
    k++;
  }
  if (d < 1 || d > 31) return 0;
  if (hyph(sc, k) || tcat(sc, k, LEX_UNIT) || tcat(sc, k, LEX_UNITS) || isw(sc, k, W_HALF)) return 0;
  *end = k;
  return d;
}

static int month_tok(const scan *sc, int i)
{
  return tcat(sc, i, LEX_MONTH) ? tval(sc, i, LEX_MONTH) : 0;
}

/* After a month abbreviation, skip its dot. */
static int skip_dot(const scan *sc, int i)
{
  const tok *w;
  if (!(ispu(sc, i, '.') && att(sc, i)) || !IN(i - 1)) return i;
  w = &sc->t[i - 1];
  if (w->kind != TK_WORD || w->n > 5) return i;
  if (isw(sc, i - 1, W_MAY) || isw(sc, i - 1, W_JUNE) || isw(sc, i - 1, W_JULY)
      || isw(sc, i - 1, W_MARCH) || isw(sc, i - 1, W_APRIL)) return i;
  return i + 1;
}

static int two_digit_year(const scan *sc, int yy)
{
  int y = 2000 + yy;
  if (sc->has_ref) { if (y > sc->ref.y + 10) y -= 100; }
  else if (yy >= 50) y -= 100;
  return y;
}

/* Does the text have a numeric date whose first field is over 12? */
int dl_timex_dayfirst(const char *text, size_t len)
{
  const char *s = text;
  size_t i, n = len;
  for (i = 0; i + 4 < n; i++) {
    if ((s[i] == '/' || s[i] == '.') && i >= 1 && DL_IS_DIGIT(s[i - 1])) {
      size_t a = i;
      int first = 0, mul = 1, k = 0;
      while (a > 0 && DL_IS_DIGIT(s[a - 1]) && k < 3) { a--; k++; }
      if (k == 0 || k > 2 || (a > 0 && (DL_IS_ALNUM(s[a - 1]) || s[a - 1] == '/' || s[a - 1] == '.'))) continue;
      for (k = (int)(i - a) - 1; k >= 0; k--) { first += (s[a + (size_t)k] - '0') * mul; mul *= 10; }
      {
        size_t b = i + 1;
        int second = 0, nd = 0;
        while (b < n && DL_IS_DIGIT(s[b]) && nd < 3) { second = second * 10 + (s[b] - '0'); b++; nd++; }
        if (nd == 0 || nd > 2 || b >= n || s[b] != s[i]) continue;
        if (b + 1 >= n || !DL_IS_DIGIT(s[b + 1])) continue;
        if (first > 12 && first <= 31 && second >= 1 && second <= 12) return DL_DAYFIRST_YES;
        if (second > 12) return DL_DAYFIRST_NO;
      }
    }
  }
  return DL_DAYFIRST_INFER;
}

/* A document with no numeric date that shows its order (scan.dayfirst,
 * besides the DL_DAYFIRST_* values): month-first, unless only the
 * day-first reading of a date lies near the reference date. */
#define DAYFIRST_UNSEEN 2
/* "Near": a date within this many days of the reference date (a dateline
 * or a "published" stamp, the events of the week). */
#define DL_NUMDATE_NEAR_DAYS 7

static int infer_dayfirst(const scan *sc)
{
  int d = dl_timex_dayfirst(sc->text, sc->len);
  return d == DL_DAYFIRST_INFER ? DAYFIRST_UNSEEN : d;
}

/* Is y-m-d within DL_NUMDATE_NEAR_DAYS of the reference date? */
static int near_ref(const scan *sc, int y, int m, int d)
{
  int64_t k;
  if (!sc->has_ref || !dl_valid_date(y, m, d)) return 0;
  k = dl_days_from_civil(y, m, d) - dl_days_from_civil(sc->ref.y, sc->ref.mo, sc->ref.d);
  return k >= -DL_NUMDATE_NEAR_DAYS && k <= DL_NUMDATE_NEAR_DAYS;
}

/* ------------------------------------------------------------------ */
/* Matchers.  Each returns the end token (exclusive) or -1.            */
/* ------------------------------------------------------------------ */

static int m_time_tail(scan *sc, int j, mres *r, int tense);
static int m_holiday(scan *sc, int i, mres *r);
static int m_relunit(scan *sc, int i, mres *r, int has_the);

/* The US zones news names by region after a clock time ("9 p.m.
 * Eastern", "6 a.m. Pacific time"): capitalized, or lower case before
 * "time"; not the first word of a name ("Eastern Europe", "Central
 * Park"). Returns the bytes the zone words take (the zone, and " time"
 * after it), or 0. */
static const char *const region_zones[] = {"eastern", "central", "mountain", "pacific"};

static size_t region_zone_at(const scan *sc, int j)
{
  const char *x = sc->text;
  size_t s, n = 0, k, m = 0;
  if (!IN(j) || sc->t[j].kind != TK_WORD) return 0;
  s = sc->t[j].s;
  while (s + n < sc->len && DL_IS_ALPHA(x[s + n])) n++;
  for (k = 0; k < sizeof region_zones / sizeof region_zones[0]; k++)
    if (dl_word_eq(x + s, n, region_zones[k])) break;
  if (k == sizeof region_zones / sizeof region_zones[0]) return 0;
  if (s + n + 1 < sc->len && x[s + n] == ' ')
    while (s + n + 1 + m < sc->len && DL_IS_ALPHA(x[s + n + 1 + m])) m++;
  if (m == 4 && dl_word_eq(x + s + n + 1, 4, "time")) return n + 5;
  if (!(sc->t[j].fl & F_CAP) || (m > 0 && DL_IS_UPPER(x[s + n + 1]))) return 0;
  return n;
}

/* Words that make a compound with "time" and no city ("prime time",
 * "extra time", "lunch time"). */
static const char *const TIME_COMPOUND_WORDS[] = {
  "added", "any", "bed", "dinner", "extra", "full", "game", "half", "injury", "lunch", "nap",
  "part", "peak", "playing", "prime", "question", "record", "screen", "show", "some", "stoppage",
  "story", "tea"
};

/* The most capitalized words of a city before "time" after a clock time
 * ("8:20 a.m. New York time", "9 p.m. Beijing time"). */
#define DL_MAX_CITY_TIME_WORDS 2

/* A city's time after a clock time: one or two capitalized words and
 * "time" (the zone is the city's; the value keeps no offset, as for
 * "Pacific time").  Returns the bytes the words take, or 0. */
static size_t city_time_at(const scan *sc, int j)
{
  const char *x = sc->text;
  size_t s, e, n;
  int w = 0;
  /* (a day or a month is no city: "10 a.m. Sunday time") */
  if (!IN(j) || sc->t[j].kind != TK_WORD || !(sc->t[j].fl & F_CAP) || tcat(sc, j, LEX_WDAY)
      || month_tok(sc, j))
    return 0;
  /* (nor a word of the lexicon or of a compound with "time" opening the
   * next sentence after "a.m.": "at 6 a.m. Every time she did", "at 5
   * p.m. Prime time shows followed") */
  if (sc->t[j].cat != LEX_NONE && sc->t[j].cat != LEX_HOLIDAY) return 0;   /* (New York) */
  for (e = sc->t[j].s; e < sc->len && DL_IS_ALPHA(x[e]); e++) {}
  if (dl_word_in(x + sc->t[j].s, e - sc->t[j].s, TIME_COMPOUND_WORDS,
              sizeof TIME_COMPOUND_WORDS / sizeof TIME_COMPOUND_WORDS[0]))
    return 0;
  s = e = sc->t[j].s;
  while (w < DL_MAX_CITY_TIME_WORDS && e < sc->len && DL_IS_UPPER(x[e])) {
    for (n = 0; e + n < sc->len && DL_IS_ALPHA(x[e + n]); n++) {}
    if (n < 2 || e + n + 1 >= sc->len || x[e + n] != ' ') return 0;
    e += n + 1; w++;
  }
  if (!w || e + 4 > sc->len || !dl_word_eq(x + e, 4, "time")
      || (e + 4 < sc->len && DL_IS_ALPHA(x[e + 4])))
    return 0;
  return e + 4 - s;
}

/* A clock time at i: 3 p.m., 15:00 GMT, 3:30pm, 10 o'clock. */
/* A preposition at k that puts a bare clock time after it ("at 15:00",
 * "until 0600 local time"; not "in 2015 local time"). */
static int clock_prep(const scan *sc, int k)
{
  return isw(sc, k, W_AT) || isw(sc, k, W_BY) || isw(sc, k, W_UNTIL) || isw(sc, k, W_BEFORE)
         || isw(sc, k, W_AFTER) || isw(sc, k, W_FROM) || isw(sc, k, W_AROUND) || isw(sc, k, W_ABOUT);
}

/* "at 2300 hours", "until 0600 hours": the military and police clock,
 * four digits at i and "hours" after them, at, until or from before them
 * (not "after 1000 hours of testing", a length). */
static int military_hours(const scan *sc, int i)
{
  return IN(i) && sc->t[i].kind == TK_NUM && sc->t[i].nd == 4 && sc->t[i].suf == SUF_NONE
         && sc->t[i].v / 100 <= 23 && sc->t[i].v % 100 <= 59 && isw(sc, i + 1, W_HOURS)
         && !isw(sc, i + 2, W_OF)
         && (isw(sc, i - 1, W_AT) || isw(sc, i - 1, W_UNTIL) || isw(sc, i - 1, W_FROM));
}

static int m_clock(scan *sc, int i, int *hh, int *mm, int *ss, int *has_tz, int *tz)
{
  const tok *t;
  int j, h, m = 0, s = -1, ampm = -2, explicit_ = 0;
  size_t zn;
  if (!IN(i)) return -1;
  t = &sc->t[i];
  if (t->kind != TK_NUM || (t->fl & (F_CTX | F_APOS))) return -1;
  if (att(sc, i) && IN(i - 1) && sc->t[i - 1].kind == TK_PUNCT
      && (sc->t[i - 1].v == '.' || sc->t[i - 1].v == ',' || sc->t[i - 1].v == ':')) return -1;
  h = t->v;
  j = i + 1;
  if (t->nd == 4) {
    /* 0600 GMT: four digits are a time only before a zone with an offset,
     * or before "local time" (0600 local time) */
    int mil = military_hours(sc, i);
    if (t->suf != SUF_NONE || t->v / 100 > 23 || t->v % 100 > 59
        || (!(tcat(sc, j, LEX_TZ) && (sc->t[j].fl & F_UPPER) && tval(sc, j, LEX_TZ) != DL_TZ_UNFIXED)
            && !(isw(sc, j, W_LOCAL) && isw(sc, j + 1, W_TIME) && clock_prep(sc, i - 1))
            && !mil))
      return -1;
    h = t->v / 100; m = t->v % 100;
    explicit_ = 1;
    if (mil) j++;
  } else if (t->nd > 2) {
    return -1;
  } else if (t->suf == SUF_AM || t->suf == SUF_PM) {
    ampm = t->suf == SUF_AM ? 0 : 12;
  } else if (t->suf != SUF_NONE) {
    return -1;
  } else if (ispu(sc, j, ':') && att(sc, j) && att(sc, j + 1) && IN(j + 1)
             && sc->t[j + 1].kind == TK_NUM && sc->t[j + 1].nd == 2 && sc->t[j + 1].v < 60
             && !(sc->t[j + 1].fl & F_CTX)) {
    m = sc->t[j + 1].v;
    explicit_ = 1;
    j += 2;
    if (sc->t[j - 1].suf == SUF_AM) ampm = 0;
    else if (sc->t[j - 1].suf == SUF_PM) ampm = 12;
    else if (sc->t[j - 1].suf != SUF_NONE) return -1;
    if (ampm == -2 && ispu(sc, j, ':') && att(sc, j) && att(sc, j + 1) && IN(j + 1)
        && sc->t[j + 1].kind == TK_NUM && sc->t[j + 1].nd == 2 && sc->t[j + 1].v < 61) {
      s = sc->t[j + 1].v;
      j += 2;
    }
    if (ispu(sc, j, ':') && att(sc, j)) return -1;   /* 1:2:3:4 */
  } else if (ispu(sc, j, '.') && att(sc, j) && att(sc, j + 1) && IN(j + 1)
             && sc->t[j + 1].kind == TK_NUM && sc->t[j + 1].nd == 2 && sc->t[j + 1].v < 60
             && !(sc->t[j + 1].fl & F_CTX)
             && (sc->t[j + 1].suf == SUF_AM || sc->t[j + 1].suf == SUF_PM
                 || (sc->t[j + 1].suf == SUF_NONE && tcat(sc, j + 2, LEX_AMPM)
                     && tval(sc, j + 2, LEX_AMPM) >= 0))) {
    /* 11.45pm, 9.30 a.m.: British clock times (a decimal takes no am/pm) */
    m = sc->t[j + 1].v;
    explicit_ = 1;
    j += 2;
    if (sc->t[j - 1].suf == SUF_AM) ampm = 0;
    else if (sc->t[j - 1].suf == SUF_PM) ampm = 12;
  }
  if (ampm == -2 && tcat(sc, j, LEX_AMPM)) {
    int a = tval(sc, j, LEX_AMPM);
    if (a == -1) { if (explicit_) return -1; ampm = -1; }
    else ampm = a;
    j++;
  }
  /* "4 in the morning", "5:30 in the afternoon", "10 at night", "11
   * o'clock at night": the part of the day says a.m. or p.m. */
  if ((ampm == -2 || ampm == -1) && h >= 1 && h <= 12) {
    if (isw(sc, j, W_IN) && isw(sc, j + 1, W_THE)
        && (isw(sc, j + 2, W_MORNING) || isw(sc, j + 2, W_AFTERNOON) || isw(sc, j + 2, W_EVENING))) {
      ampm = isw(sc, j + 2, W_MORNING) ? 0 : 12;
      j += 3;
    } else if (isw(sc, j, W_AT) && isw(sc, j + 1, W_NIGHT)) {
      ampm = h == 12 || h < 5 ? 0 : 12;   /* "2 at night" is 2 a.m. */
      j += 2;
    }
  }
  /* "tonight at 11", "at 11 tonight": a bare evening hour, read as p.m.
   * by the caller (tonight names the evening) */
  if (ampm == -2 && !explicit_ && t->suf == SUF_NONE && h >= 6 && h <= 11 && isw(sc, i - 1, W_AT)
      && (is_tonight(sc, j) || is_tonight(sc, i - 2)
          /* "tomorrow night at 9", "Thursday evening at 8" */
          || (tcat(sc, i - 2, LEX_POD) && (tval(sc, i - 2, LEX_POD) == P_NI || tval(sc, i - 2, LEX_POD) == P_EV)
              && (tcat(sc, i - 3, LEX_WDAY) || tcat(sc, i - 3, LEX_DEICT)))))
    ampm = -1;
  if (ampm >= 0) {
    if (h < 1 || h > 12) return -1;
    if (h == 12) h = 0;
    h += ampm;
  } else if (ampm == -1) {
    if (h < 1 || h > 12) return -1;
  } else {
    /* 24:00 is the end of a day (ISO 8601); 24:30 is no time */
    if (!explicit_ || h > 24 || (h == 24 && (m > 0 || s > 0))) return -1;
  }
  *hh = h; *mm = m; *ss = s; *has_tz = 0; *tz = 0;
  if (tcat(sc, j, LEX_TZ) && tval(sc, j, LEX_TZ) == DL_TZ_UNFIXED) {
    /* ET, PT, CT: the zone is named, but its offset depends on daylight
     * saving; the value keeps none */
    if (!(sc->t[j].fl & F_UPPER)) return ampm == -2 ? -1 : j;
    j++;
  } else if (tcat(sc, j, LEX_TZ) && (sc->t[j].fl & F_UPPER)) {
    /* (in capitals only: a title-case word after the clock starts the next
     * phrase, "6pm Eat Street", "9am Wet Weather Warning") */
    *has_tz = 1; *tz = tval(sc, j, LEX_TZ);
    j++;
    /* GMT+3 */
    if (IN(j + 1) && (ispu(sc, j, '+') || ispu(sc, j, '-')) && att(sc, j)
        && sc->t[j + 1].kind == TK_NUM && sc->t[j + 1].nd <= 2 && sc->t[j + 1].v <= 14) {
      *tz += (sc->t[j].v == '-' ? -60 : 60) * sc->t[j + 1].v;
      j += 2;
    }
  } else if (ampm == -2 && !explicit_) {
    return -1;
  }
  else if (ampm >= 0 && (zn = region_zone_at(sc, j)) > 0) {
    /* "9 p.m. Eastern", "6 a.m. Pacific time": a named US zone, no offset
     * kept (as ET); the tokens the zone words cover */
    size_t ze = sc->t[j].s + zn;
    while (IN(j) && sc->t[j].s < ze) j++;
  }
  else if (ampm >= 0 && (zn = city_time_at(sc, j)) > 0) {
    size_t ze = sc->t[j].s + zn;
    while (IN(j) && sc->t[j].s < ze) j++;
  }
  if (isw(sc, j, W_LOCAL) && isw(sc, j + 1, W_TIME)) j += 2;
  if (ampm == -2) {
    /* bare 15:00: needs a zone, "local time", or a preposition before */
    if (!*has_tz && !(j >= 2 && isw(sc, j - 1, W_TIME)) && !clock_prep(sc, i - 1))
      return -1;
  }
  return j;
}

/* The letter a number token ends in (09T, 00Z), or 0: one letter only. */
static int num_letter(const scan *sc, int i)
{
  const tok *t = &sc->t[i];
  if (t->kind != TK_NUM || t->suf != SUF_OTHER || t->n != t->nd + 1) return 0;
  return DL_LOWER(sc->text[t->s + t->nd]);
}

/* A two-digit number token attached at k, below lim: its value, or -1.
 * The number may end in the letter z (14:30Z) when z_ok. */
static int iso_field(const scan *sc, int k, int lim, int z_ok)
{
  const tok *t;
  if (!att(sc, k)) return -1;
  t = &sc->t[k];
  if (t->kind != TK_NUM || t->nd != 2 || t->v >= lim) return -1;
  if (t->suf != SUF_NONE && !(z_ok && num_letter(sc, k) == 'z')) return -1;
  return t->v;
}

/* The time of an ISO 8601 date-time after the T of 2023-08-09T14:30:00Z:
 * k at the hour; the clock, seconds and zone (Z, +01:00, -0400) go into
 * v.  Returns the end, or -1. */
static int iso_time(const scan *sc, int k, dl_tv *v)
{
  int hh = iso_field(sc, k, 24, 0), mm, ss = -1, last;
  if (hh < 0 || !ispu(sc, k + 1, ':') || !att(sc, k + 1)) return -1;
  mm = iso_field(sc, k + 2, 60, 1);
  if (mm < 0) return -1;
  last = k + 2;
  if (!num_letter(sc, last) && ispu(sc, k + 3, ':') && att(sc, k + 3)) {
    ss = iso_field(sc, k + 4, 61, 1);
    if (ss < 0) return -1;
    last = k + 4;
    /* fractions of a second are dropped: 14:30:00.250Z */
    if (!num_letter(sc, last) && ispu(sc, last + 1, '.') && att(sc, last + 1) && att(sc, last + 2)
        && IN(last + 2) && T(last + 2)->kind == TK_NUM
        && (T(last + 2)->suf == SUF_NONE || num_letter(sc, last + 2) == 'z'))
      last += 2;
  }
  v->gran = TG_TIME; v->hh = hh; v->mm = mm; v->ss = ss;
  v->has_tz = 0; v->tz_min = 0;
  if (num_letter(sc, last) == 'z') { v->has_tz = 1; return last + 1; }
  if ((ispu(sc, last + 1, '+') || ispu(sc, last + 1, '-')) && att(sc, last + 1)
      && att(sc, last + 2) && IN(last + 2) && T(last + 2)->kind == TK_NUM
      && T(last + 2)->suf == SUF_NONE) {
    int sign = T(last + 1)->v == '-' ? -1 : 1, oh, om = 0, e = last + 3;
    if (T(last + 2)->nd == 4) { oh = T(last + 2)->v / 100; om = T(last + 2)->v % 100; }
    else if (T(last + 2)->nd == 2) {
      oh = T(last + 2)->v;
      if (ispu(sc, e, ':') && att(sc, e)) {
        om = iso_field(sc, e + 1, 60, 0);
        if (om < 0) return -1;
        e += 2;
      }
    } else return -1;
    if (oh > 14 || om > 59) return -1;
    v->has_tz = 1; v->tz_min = sign * (oh * 60 + om);
    return e;
  }
  return last + 1;
}

/* Numeric dates: 2023-03-22, 3/22/2023, 22.03.2023; ISO date-times
 * 2023-03-22T14:30:00Z. */
static int m_numdate(scan *sc, int i, mres *r)
{
  const tok *a = T(i);
  if (a->suf != SUF_NONE || (a->fl & (F_CTX | F_APOS))) return -1;
  if (att(sc, i) && IN(i - 1) && sc->t[i - 1].kind == TK_PUNCT
      && (sc->t[i - 1].v == '/' || sc->t[i - 1].v == '-' || sc->t[i - 1].v == '.')) return -1;
  if (!IN(i + 4) || !att(sc, i + 1) || !att(sc, i + 2) || !att(sc, i + 3) || !att(sc, i + 4))
    return -1;
  if (T(i + 2)->kind != TK_NUM || T(i + 4)->kind != TK_NUM) return -1;
  if (T(i + 1)->kind != TK_PUNCT || T(i + 3)->kind != TK_PUNCT || T(i + 1)->v != T(i + 3)->v)
    return -1;
  if (T(i + 2)->suf != SUF_NONE) return -1;
  if (T(i + 4)->suf != SUF_NONE) {
    /* 2023-08-09T14:30:00Z */
    dl_tv v;
    int e;
    if (num_letter(sc, i + 4) != 't' || T(i + 1)->v != '-' || a->nd != 4 || T(i + 2)->nd != 2
        || T(i + 4)->nd != 2 || !dl_valid_date(a->v, T(i + 2)->v, T(i + 4)->v))
      return -1;
    dl_tv_day(&v, a->v, T(i + 2)->v, T(i + 4)->v);
    e = iso_time(sc, i + 5, &v);
    if (e < 0) return -1;
    res_point(r, e, DL_TIMEX_TIME, &v);
    r->absolute = 1;
    return e;
  }
  /* not part of a longer run: 1/2/3/4, 1-2-3-4 */
  if (IN(i + 5) && att(sc, i + 5) && T(i + 5)->kind == TK_PUNCT
      && (T(i + 5)->v == T(i + 1)->v) && IN(i + 6) && att(sc, i + 6) && T(i + 6)->kind == TK_NUM)
    return -1;
  {
    int sep = T(i + 1)->v, y, m, d;
    dl_tv v;
    if (sep == '-' && a->nd == 4 && T(i + 2)->nd == 2 && T(i + 4)->nd == 2) {
      y = a->v; m = T(i + 2)->v; d = T(i + 4)->v;
    } else if ((sep == '/' || sep == '.' || sep == '-') && a->nd <= 2 && T(i + 2)->nd <= 2
               && (T(i + 4)->nd == 4 || (T(i + 4)->nd == 2 && sep == '/'))) {
      int f = a->v, g = T(i + 2)->v, df;
      y = T(i + 4)->nd == 4 ? T(i + 4)->v : two_digit_year(sc, T(i + 4)->v);
      if (sep == '.') df = 1;
      else {
        if (sc->dayfirst == DL_DAYFIRST_INFER) sc->dayfirst = infer_dayfirst(sc);
        df = sc->dayfirst == DL_DAYFIRST_YES;
        /* 09/08/2023 in a story of 9 August 2023 */
        if (sc->dayfirst == DAYFIRST_UNSEEN && f != g && near_ref(sc, y, g, f)
            && !near_ref(sc, y, f, g))
          df = 1;
        if (f > 12) df = 1; else if (g > 12) df = 0;
      }
      if (df) { d = f; m = g; } else { m = f; d = g; }
    } else return -1;
    if (!dl_valid_date(y, m, d)) return -1;
    dl_tv_day(&v, y, m, d);
    res_point(r, i + 5, DL_TIMEX_DATE, &v);
    r->absolute = 1;
    return i + 5;
  }
}

/* MONTH [.] DAY [,] [YEAR] | MONTH [,|of] YEAR | MONTH [this|last|next year] | MONTH */
static int m_spelled_year(scan *sc, int i, mres *r, int need_ctx);

/* A year at k where a date or season takes one: four digits, or written
 * out as broadcast transcripts do ("January nineteen ninety-seven", "the
 * winter of nineteen ninety-four"; not "two thousand", which after a
 * month is more often a count: "in May two thousand workers").  Sets
 * *end past it; 0 when there is none. */
static int year_ext(scan *sc, int k, int *end)
{
  int y = year_at(sc, k, 0);
  if (y) { *end = k + 1; return y; }
  if (tcat(sc, k, LEX_NUMW)) {
    mres r_;
    int e;
    res_init(&r_);
    e = m_spelled_year(sc, k, &r_, 0);
    if (e > k) { *end = e; return r_.tv.y; }
  }
  return 0;
}

/* The year of a season: "summer 1998", "the summer of 1998" (either
 * form of year_ext) at e; sets *end past it, 0 when there is none. */
static int year_pair_end(const scan *sc, int k, int y);

/* The year of a season ending before e: "of 2023", "2023", and the
 * winter's two years "(of) 2022-23" (dated by the first, as TimeML's
 * 2022-WI). */
static int season_year(scan *sc, int e, int *end)
{
  int y, k;
  if (!(isw(sc, e, W_OF) && (y = year_ext(sc, e + 1, end))) && !(y = year_ext(sc, e, end)))
    return 0;
  if ((k = year_pair_end(sc, *end, y)) > 0) *end = k;
  return y;
}

/* "this year", "last year", "next year" at k after a date that has no
 * year ("4 March next year", "July last year"): the year it names, or 0 */
static int rel_year_at(const scan *sc, int k, dl_tv *b)
{
  int dy;
  if (!isw(sc, k + 1, W_YEAR)) return 0;
  if (isw(sc, k, W_THIS)) dy = 0;
  else if (isw(sc, k, W_LAST)) dy = -1;
  else if (isw(sc, k, W_NEXT)) dy = 1;
  else return 0;
  return base_rel(sc, b) ? b->y + dy : 0;
}

/* The year named at token k after a month and "of": "last year" as
 * rel_year_at, or the anaphoric "the following year", "the previous
 * year", "that year", "the same year" (the year of the last date named:
 * "in 1876 ... in March of the following year"); its end in *end, or 0 */
static int of_rel_year(const scan *sc, int k, dl_tv *b, int *end)
{
  int y = rel_year_at(sc, k, b), rel, dy;
  if (y) { *end = k + 2; return y; }
  if (isw(sc, k, W_THE) && IN(k + 1) && tcat(sc, k + 1, LEX_REL) && isw(sc, k + 2, W_YEAR)) {
    rel = tval(sc, k + 1, LEX_REL);
    if (rel == R_FOLLOWING || rel == R_NEXT) dy = 1;
    else if (rel == R_PREVIOUS) dy = -1;
    else if (rel == R_SAME) dy = 0;
    else return 0;
    *end = k + 3;
  } else if (isw(sc, k, W_THAT) && isw(sc, k + 1, W_YEAR)) {
    dy = 0; *end = k + 2;
  } else if (isw(sc, k, W_THAT) && isw(sc, k + 1, W_SAME) && isw(sc, k + 2, W_YEAR)) {
    dy = 0; *end = k + 3;
  } else return 0;
  if (!base_ana(sc, b) || !b->y) return 0;
  return b->y + dy;
}

/* Month mo, day d and the year word at token k ("4 March next year",
 * "March 9 last year"): the end of the expression in r, or -1. */
static int day_rel_year(const scan *sc, int k, int mo, int d, mres *r)
{
  dl_tv v, b;
  int y = rel_year_at(sc, k, &b), e = k + 2;
  /* "on June 10 of that year", "March 3 of the following year": one
   * expression, as "March of the following year" */
  if (!y && isw(sc, k, W_OF)) y = of_rel_year(sc, k + 1, &b, &e);
  if (!y || !dl_valid_date(y, mo, d)) return -1;
  dl_tv_day(&v, y, mo, d);
  res_point(r, e, DL_TIMEX_DATE, &v);
  r->anchored = 1;
  r->anchor = b;
  return e;
}

/* The second day of a range of days whose first, the day of the month
 * d, ends before token k: "Oct. 28-29", "March 3 to 5", "April 24 and
 * 25".  TimeML marks the two days apart ("April 24" and "25", each a
 * date).  Returns the token of the second day, or -1. */
static int range_day_at(const scan *sc, int k, int d)
{
  int d2;
  const tok *n;
  if (!IN(k + 1)) return -1;
  if (!((ispu(sc, k, '-') && att(sc, k) && att(sc, k + 1)) || ispu(sc, k, PUNCT_DASH)
        || isw(sc, k, W_TO) || isw(sc, k, W_THROUGH) || isw(sc, k, W_AND)))
    return -1;
  d2 = mday_at(sc, k + 1);
  if (d2 <= d || (T(k + 1)->suf != SUF_NONE && T(k + 1)->suf != SUF_ORD)) return -1;
  /* "from March 3 to 5 p.m.", "June 4 to 6 weeks", a score "May 2 3-1" */
  if (IN(k + 2)) {
    n = T(k + 2);
    if (n->kind == TK_PUNCT ? att(sc, k + 2) && (n->v == '-' || n->v == ':' || n->v == '/' || n->v == '.')
                              && att(sc, k + 3) && IN(k + 3) && T(k + 3)->kind == TK_NUM
        : n->kind == TK_NUM || tcat(sc, k + 2, LEX_AMPM) || tcat(sc, k + 2, LEX_UNIT)
          || tcat(sc, k + 2, LEX_UNITS) || tcat(sc, k + 2, LEX_TZ) || tcat(sc, k + 2, LEX_MONTH)
          || tcat(sc, k + 2, LEX_POD))
      return -1;
  }
  return k + 1;
}

/* The year written after the second day of a range (k2 from
 * range_day_at): "Oct. 28-29, 2025"; 0 when none.  *end: past it. */
static int range_year(const scan *sc, int k2, int *end)
{
  int k = k2 + 1, y;
  if (ispu(sc, k, ',')) k++;
  y = year_at(sc, k, 0);
  if (y) *end = k + 1;
  return y;
}

/* Note the second part of a range: token k, valued tv, ending before
 * token end; m_core matches it when the scan gets there. */
static void set_pending_range(scan *sc, int k, int end, const dl_tv *tv)
{
  sc->range_tv = *tv;
  sc->range_tok = k;
  sc->range_end = end;
}

/* A month and day r ending before e ("Oct. 28"): when the second day of
 * a range follows ("Oct. 28-29", "March 3 to 5, 2025"), note its token,
 * value and end, which m_core matches when the scan gets there (TimeML
 * marks the two days apart: "April 24" and "25"). */
static void range_pending(scan *sc, int e, const mres *r)
{
  int k2, end = -1;
  dl_tv v;
  if (!(IN(e) && (T(e)->kind == TK_PUNCT ? T(e)->v == '-' || T(e)->v == PUNCT_DASH
                  : T(e)->w == W_TO || T(e)->w == W_THROUGH || T(e)->w == W_AND)))
    return;
  if (!(r->tv.d > 0 && (k2 = range_day_at(sc, e, r->tv.d)) > 0
        && (!r->tv.y || dl_valid_date(r->tv.y, r->tv.mo, T(k2)->v))))
    return;
  v = r->tv;
  v.d = T(k2)->v;
  if (range_year(sc, k2, &end) != r->tv.y || end < 0) end = k2 + 1;
  set_pending_range(sc, k2, end, &v);
}

/* The year of a range's first day (month mo, day d, ending before k)
 * when the range ends in another month's day with a year: "to May 23
 * next year", "through April 5, 2027" (a year back when the end's day
 * comes before the first's: "Dec. 28 to Jan. 3, 2027"); else 0. */
/* A range's end with no year at token k: "to" / "through" / "until" / a
 * dash, a month and a day ("from June 1 to Nov. 30").  Sets its month,
 * day and the token after it. */
static int range_end_md(scan *sc, int k, int *mo2, int *d2, int *kend)
{
  int ye;
  dl_tv b;
  if (!(isw(sc, k, W_TO) || isw(sc, k, W_THROUGH) || isw(sc, k, W_UNTIL) || ispu(sc, k, PUNCT_DASH)
        || (ispu(sc, k, '-') && att(sc, k) && att(sc, k + 1))))
    return 0;
  if (!(*mo2 = month_tok(sc, k + 1))) return 0;
  k = skip_dot(sc, k + 2);
  if (!(*d2 = mday_at(sc, k)) || *d2 > dl_days_in_month(2000, *mo2)) return 0;
  k++;
  /* (a year after it is range_end_year's) */
  if ((ispu(sc, k, ',') && year_ext(sc, k + 1, &ye)) || rel_year_at(sc, k, &b) || year_ext(sc, k, &ye))
    return 0;
  *kend = k;
  return 1;
}

static int range_end_year(scan *sc, int k, int mo, int d)
{
  int mo2, d2, y = 0, ye;
  dl_tv b;
  if (!(isw(sc, k, W_TO) || isw(sc, k, W_THROUGH) || isw(sc, k, W_UNTIL) || ispu(sc, k, PUNCT_DASH)
        || (ispu(sc, k, '-') && att(sc, k) && att(sc, k + 1))))
    return 0;
  if (!(mo2 = month_tok(sc, k + 1))) return 0;
  k = skip_dot(sc, k + 2);
  if (!(d2 = mday_at(sc, k))) return 0;
  k++;
  if (ispu(sc, k, ',')) { k++; y = year_ext(sc, k, &ye); }
  else if (!(y = rel_year_at(sc, k, &b))) y = year_ext(sc, k, &ye);
  if (!y) return 0;
  if (mo2 < mo || (mo2 == mo && d2 < d)) y--;
  return y;
}

/* A lower-case superlative at k ("wettest", "busiest"): an -est word
 * outside the lexicon, longer than "best" and none of the nouns that end
 * so ("protest", "interest", "harvest", "forest"). */
static const char *const EST_NOUNS[] = {
  "arrest", "behest", "bequest", "chest", "conquest", "contest", "digest", "earnest", "forest",
  "guest", "harvest", "honest", "interest", "invest", "manifest", "midwest", "modest", "priest",
  "protest", "quest", "request", "suggest", "unrest"
};

static int superlative_at(const scan *sc, int k)
{
  const tok *t;
  size_t q;
  if (!IN(k)) return 0;
  t = T(k);
  /* (capitalized only where a sentence or title opens: "Wettest March
   * on record ...") */
  if (t->kind != TK_WORD || ((t->fl & F_CAP) && k > 0) || t->cat != LEX_NONE
      || !ends_with(sc, t, "est", 3))
    return 0;
  for (q = 0; q < sizeof EST_NOUNS / sizeof EST_NOUNS[0]; q++)
    if (dl_word_eq(sc->text + t->s, t->n, EST_NOUNS[q])) return 0;
  return 1;
}

/* Before a month at token i, the token of a word joining it to an
 * earlier or a later month: "October and November", "late October and
 * early November", "in January and in March" (a modifier or "in" may
 * stand between); -1 when none. */
static int month_join_before(const scan *sc, int i)
{
  int k = i - 1;
  if (isw(sc, k, W_EARLY) || isw(sc, k, W_LATE) || isw(sc, k, W_MID)) k--;
  else if (hyph(sc, k) && isw(sc, k - 1, W_MID)) k -= 2;
  if (isw(sc, k, W_IN) && k < i - 1) return -1;   /* "early in March" */
  if (isw(sc, k, W_IN)) k--;
  if (!IN(k)) return -1;
  switch (T(k)->w) {
  case W_THROUGH: case W_TO: case W_UNTIL: case W_TILL: case W_OR: case W_AND: return k;
  default: return k == i - 1 && hyph(sc, k) && att(sc, k) ? k : -1;
  }
}

/* A month value ("2025-10"): what a timex emitted for a month holds. */
static int month_valued(const dl_timex *x)
{
  const char *v = x->value;
  return DL_IS_DIGIT(v[0]) && DL_IS_DIGIT(v[3]) && v[4] == '-' && DL_IS_DIGIT(v[5])
      && DL_IS_DIGIT(v[6]) && v[7] == '\0';
}

/* "December through February", "in January or February": a month
 * alone joined to the month just named runs on from it, in its year or
 * the next.  0 when the word before i joins no month. */
static int month_pair_year(const scan *sc, int i, int mo)
{
  const dl_timex *x;
  int k;
  if (!sc->has_last || sc->last.gran != TG_MONTH || !sc->last.y || sc->out->n <= sc->out0) return 0;
  if ((k = month_join_before(sc, i)) < 0) return 0;
  x = &sc->out->items[sc->out->n - 1];
  /* the month last emitted ends right before the joining word (not "the
   * three months to May" before "to April") */
  if (x->start + x->len + 1 < sc->t[k].s || x->start + x->len > sc->t[k].s || !month_valued(x))
    return 0;
  return mo < sc->last.mo ? sc->last.y + 1 : sc->last.y;
}

/* "in January and in October 2025", "between March and June 2024": a
 * month with no year joined to a later month that has one (the pair
 * ends at j) runs in that year, or the year before when it is the later
 * month of the calendar; 0 when no such pair follows. */
static int month_pair_ahead(const scan *sc, int j, int mo)
{
  int k = j, mo2, y;
  if (!IN(k)) return 0;
  switch (T(k)->w) {
  case W_THROUGH: case W_TO: case W_UNTIL: case W_TILL: case W_OR: case W_AND: break;
  default:
    if (T(k)->kind != TK_PUNCT || !hyph(sc, k)) return 0;
  }
  k++;
  if (isw(sc, k, W_IN)) k++;
  if (isw(sc, k, W_EARLY) || isw(sc, k, W_LATE) || isw(sc, k, W_MID)) k++;
  if (hyph(sc, k)) k++;
  if (!(mo2 = month_tok(sc, k)) || !(T(k)->fl & F_CAP)) return 0;
  k = skip_dot(sc, k + 1);
  if (ispu(sc, k, ',')) k++;
  if (!(y = year_at(sc, k, 0))) return 0;
  return mo > mo2 ? y - 1 : y;
}

static int m_month(scan *sc, int i, mres *r, int need_ctx)
{
  int mo = month_tok(sc, i), j, d, y, dend;
  const tok *t = T(i);
  int full = t->n >= 5 || isw(sc, i, W_JUNE) || isw(sc, i, W_JULY) || isw(sc, i, W_MAY);
  int strong = mo != 5 && mo != 3 && full;   /* not May / March / Mar. */
  dl_tv v, b;
  if (!mo || !(t->fl & F_CAP)) return -1;
  /* May Day, April Fools' Day: holidays on the first of the month */
  if ((mo == 5 && isw(sc, i + 1, W_DAY) && (T(i + 1)->fl & F_CAP))
      || (mo == 4 && (isw(sc, i + 1, W_FOOLS) || isw(sc, i + 1, W_FOOL)) && (T(i + 1)->fl & F_CAP))) {
    int e = i + 2, dir;
    if (mo == 4) {
      if (ispu(sc, e, '\'') || ispu(sc, e, PUNCT_POSS)) e++;
      /* "an April Fools' prank" names no day */
      if (!isw(sc, e, W_DAY)) return -1;
      e++;
    }
    if ((y = year_at(sc, e, 0))) {
      dl_tv_day(&v, y, mo, 1);
      res_point(r, e + 1, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      return e + 1;
    }
    if (base_rel(sc, &b)) {
      dir = tense_at(sc, i, e);
      y = resolve_year(&b, mo, 1, dir ? dir : -1);
      r->anchored = 1; r->anchor = b;
    } else y = 0;
    dl_tv_day(&v, y, mo, 1);
    res_point(r, e, DL_TIMEX_DATE, &v);
    return e;
  }
  if (!full && !(ispu(sc, i + 1, '.') && att(sc, i + 1)) && !mday_at(sc, i + 1)
      && !year_at(sc, i + 1, 0)) return -1;
  j = skip_dot(sc, i + 1);
  if (isw(sc, i + 1, W_THE) && (d = mday_at(sc, i + 2)) && T(i + 2)->suf == SUF_ORD) j = i + 2;
  d = mday_at(sc, j);
  dend = j + 1;
  if (!d) d = spelled_mday(sc, j, &dend);   /* March eighth */
  if (d && !(ispu(sc, j + 1, '-') && att(sc, j + 1) && IN(j + 2) && T(j + 2)->kind == TK_NUM
             && T(j + 2)->nd == 4)) {
    int k = dend;
    int ye;
    if (ispu(sc, k, ',')) k++;
    y = year_ext(sc, k, &ye);
    if (y && dl_valid_date(y, mo, d)) {
      dl_tv_day(&v, y, mo, d);
      res_point(r, ye, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      return ye;
    }
    if (!y && (ye = range_day_at(sc, dend, d)) > 0 && (y = range_year(sc, ye, &ye))
        && dl_valid_date(y, mo, d)) {
      /* Oct. 28-29, 2025: the year of both days */
      dl_tv_day(&v, y, mo, d);
      res_point(r, dend, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      range_pending(sc, dend, r);
      return dend;
    }
    if (IN(k) && T(k)->kind == TK_PUNCT && T(k)->v == '\'' && IN(k + 1) && T(k + 1)->nd == 2) {
      y = two_digit_year(sc, T(k + 1)->v);
      dl_tv_day(&v, y, mo, d);
      res_point(r, k + 2, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      return k + 2;
    }
    if (d > dl_days_in_month(2000, mo)) return -1;
    /* "the Sept. 11 attacks": the day of 2001 news names so, as 9/11 */
    if (mo == 9 && d == 11 && IN(dend) && T(dend)->kind == TK_WORD
        && (dl_word_eq(sc->text + T(dend)->s, T(dend)->n, "attacks")
            || dl_word_eq(sc->text + T(dend)->s, T(dend)->n, "attack"))) {
      dl_tv_day(&v, 2001, 9, 11);
      res_point(r, dend, DL_TIMEX_DATE, &v);
      return dend;
    }
    if ((y = day_rel_year(sc, dend, mo, d, r)) > 0) return y;
    /* "from May 12 to May 23 next year", "March 3 to April 5, 2027": the
     * range's end names the year of both */
    if ((y = range_end_year(sc, dend, mo, d)) > 0 && dl_valid_date(y, mo, d)) {
      dl_tv_day(&v, y, mo, d);
      res_point(r, dend, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      return dend;
    }
    /* no year: resolve */
    if (base_rel(sc, &b)) {
      int mo2, d2, ke;
      y = frame_year(sc, i, dend);
      if (!y) y = narr_year(sc, mo, d, i, dend);
      /* "runs from July 1 to Oct. 1" told on Sept. 2: the range is read
       * from its end, the start the last such day not after it -- never
       * a start a year past its end */
      if (!y && range_end_md(sc, dend, &mo2, &d2, &ke)) {
        /* (the verb before the start governs both: "were held from Oct. 3
         * to Oct. 5"; the end is noted for when the scan reaches it) */
        int y2 = resolve_year_at(sc, &b, mo2, d2, i, dend);
        if (y2 && dl_valid_date(y2, mo2, d2)) {
          dl_tv v2;
          y = y2 - (mo > mo2 || (mo == mo2 && d > d2));
          dl_tv_day(&v2, y2, mo2, d2);
          set_pending_range(sc, dend + 1, ke, &v2);
        }
      }
      if (!y) y = resolve_year_at(sc, &b, mo, d, i, dend);
      dl_tv_day(&v, y, mo, d);
      if (y && !dl_valid_date(y, mo, d)) dl_tv_day(&v, y, mo, 28);   /* Feb 29 */
      r->anchored = 1; r->anchor = b;
    } else dl_tv_day(&v, 0, mo, d);
    res_point(r, dend, DL_TIMEX_DATE, &v);
    range_pending(sc, dend, r);
    return dend;
  }
  /* MONTH [,|of] YEAR */
  {
    int k = j, ye;
    if (ispu(sc, k, ',') || isw(sc, k, W_OF)) k++;
    y = year_ext(sc, k, &ye);
    if (y) {
      dl_tv_day(&v, y, mo, 1);
      v.gran = TG_MONTH;
      res_point(r, ye, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      return ye;
    }
  }
  if (need_ctx && !strong) {
    /* May / March alone need a preposition or a modifier before them */
    if (!(isw(sc, i - 1, W_IN) || isw(sc, i - 1, W_SINCE) || isw(sc, i - 1, W_UNTIL)
          || isw(sc, i - 1, W_BY) || isw(sc, i - 1, W_FROM) || isw(sc, i - 1, W_THROUGH)
          || isw(sc, i - 1, W_DURING) || isw(sc, i - 1, W_OF) || isw(sc, i - 1, W_BEFORE)
          || isw(sc, i - 1, W_AFTER) || isw(sc, i - 1, W_TO) || isw(sc, i - 1, W_EARLY)
          || isw(sc, i - 1, W_LATE) || isw(sc, i - 1, W_MID) || isw(sc, i - 1, W_AND)
          || isw(sc, i - 1, W_OR) || isw(sc, i - 1, W_LAST) || isw(sc, i - 1, W_NEXT)
          || isw(sc, i - 1, W_THIS) || isw(sc, i - 1, W_TILL) || isw(sc, i - 1, W_BETWEEN)
          /* "planned for March", "set for May"; not "voted for May" */
          || (isw(sc, i - 1, W_FOR) && tcat(sc, i - 2, LEX_TENSE))
          || (isw(sc, i - 1, W_FOR)
              && word_before_any(sc, i - 1, MONTH_DATA_NOUNS, sizeof MONTH_DATA_NOUNS / sizeof MONTH_DATA_NOUNS[0]))
          /* "the jobs report, for May, is due": the same set off by a comma */
          || (isw(sc, i - 1, W_FOR) && ispu(sc, i - 2, ',') && ispu(sc, i + 1, ',')
              && !word_after_any(sc, i + 1, (const char *const[]){"who"}, 1)
              && word_before_any(sc, i - 2, MONTH_DATA_NOUNS, sizeof MONTH_DATA_NOUNS / sizeof MONTH_DATA_NOUNS[0]))
          /* "crude for May delivery", "the May contract": a delivery
           * month (a contract word in lower case right after it) */
          || ((isw(sc, i - 1, W_FOR) || isw(sc, i - 1, W_THE) || ispu(sc, i - 1, PUNCT_POSS))
              && IN(i + 1) && T(i + 1)->kind == TK_WORD && !(T(i + 1)->fl & F_CAP)
              && word_after_any(sc, i, CONTRACT_WORDS, sizeof CONTRACT_WORDS / sizeof CONTRACT_WORDS[0]))
          /* "silver for March was quoted at", "futures on the index for
           * March": a delivery month */
          || (isw(sc, i - 1, W_FOR)
              && word_before_any(sc, i - 1, COMMODITY_WORDS, sizeof COMMODITY_WORDS / sizeof COMMODITY_WORDS[0]))
          || contract_for(sc, i - 1)
          /* "the wettest March since 1910", "the coldest May on record" */
          || ((isw(sc, i - 2, W_THE)
               /* opening a title in sentence case ("Wettest March on
                * record"), not a name in title case ("Budapest May Host
                * Summit") */
               || (i == 1 && !(IN(i + 1) && T(i + 1)->kind == TK_WORD && (T(i + 1)->fl & F_CAP))))
              && superlative_at(sc, i - 1))
          /* "after a dry March" */
          || ((isw(sc, i - 2, W_THE) || isw(sc, i - 2, W_A))
              && word_before_any(sc, i, MONTH_WEATHER_ADJ, sizeof MONTH_WEATHER_ADJ / sizeof MONTH_WEATHER_ADJ[0]))
          /* "as early as March", "as soon as May" */
          || (isw(sc, i - 1, W_AS) && (isw(sc, i - 2, W_EARLY) || isw(sc, i - 2, W_SOON)
                                       || isw(sc, i - 2, W_LATE)) && isw(sc, i - 3, W_AS))
          /* "the March meeting", "the Fed's May decision" */
          || ((isw(sc, i - 1, W_THE) || ispu(sc, i - 1, PUNCT_POSS))
              && word_after_any(sc, i, MONTH_EVENT_NOUNS, sizeof MONTH_EVENT_NOUNS / sizeof MONTH_EVENT_NOUNS[0]))
          /* "March's figures", "May's sales": figures of the month (not
           * "Theresa May's", "Ms. May's": a capitalized name or a title
           * before it) */
          || (ispu(sc, i + 1, PUNCT_POSS)
              && !(IN(i - 1) && T(i - 1)->kind == TK_WORD && (T(i - 1)->fl & F_CAP))
              && !(ispu(sc, i - 1, '.') && IN(i - 2) && T(i - 2)->kind == TK_WORD && (T(i - 2)->fl & F_CAP)
                   && T(i - 2)->n <= 3 && T(i - 1)->s == T(i - 2)->s + T(i - 2)->n)
              && word_after_any(sc, i + 1, MONTH_DATA_NOUNS, sizeof MONTH_DATA_NOUNS / sizeof MONTH_DATA_NOUNS[0]))))
      return -1;
    /* "from April to May", and "the year to March" of British reports */
    if (isw(sc, i - 1, W_TO) && !(isw(sc, i - 2, W_FROM) || month_tok(sc, i - 2) || month_tok(sc, i - 3)
                                  || tcat(sc, i - 2, LEX_UNIT) || tcat(sc, i - 2, LEX_UNITS)
                                  /* "delayed the vote to March" */
                                  || ((T(i)->fl & F_CAP) && shift_verb_before(sc, i - 1))))
      return -1;
  }
  if (need_ctx && !full) return -1;
  /* "August Wilson wrote", "playwright April Ryan": a month alone before a
   * capitalized ordinary word, with no word of the lexicon (a preposition,
   * a determiner: "in August Apple", "the September Fed meeting") before
   * it, is a first name */
  if (j == i + 1 && IN(j) && T(j)->kind == TK_WORD && (T(j)->fl & F_CAP) && (T(j)->fl & F_SP)
      && !(T(j)->fl & F_UPPER) && T(j)->cat == 0
      && !(IN(i - 1) && T(i - 1)->kind == TK_WORD && T(i - 1)->w != 0))
    return -1;
  /* MONTH this/last/next year */
  if ((y = rel_year_at(sc, j, &b))) {
    dl_tv_day(&v, y, mo, 1);
    v.gran = TG_MONTH;
    res_point(r, j + 2, DL_TIMEX_DATE, &v);
    r->anchored = 1; r->anchor = b;
    return j + 2;
  }
  /* MONTH of last year, of the following year, of that year: one
   * expression, the month in the year the phrase names */
  if (isw(sc, j, W_OF) && (y = of_rel_year(sc, j + 1, &b, &dend)) != 0) {
    dl_tv_day(&v, y, mo, 1);
    v.gran = TG_MONTH;
    res_point(r, dend, DL_TIMEX_DATE, &v);
    r->anchored = 1; r->anchor = b;
    return dend;
  }
  if (base_rel(sc, &b)) {
    /* "the December contract", "May futures": a delivery month still
     * to come; no time of the story, so no anchor for "later in the
     * month" */
    if ((IN(j) && T(j)->kind == TK_WORD && T(j)->cat == LEX_NONE && !(T(j)->fl & F_CAP)
         && word_after_any(sc, j - 1, CONTRACT_WORDS, sizeof CONTRACT_WORDS / sizeof CONTRACT_WORDS[0]))
        || (isw(sc, i - 1, W_FOR)
            && word_before_any(sc, i - 1, COMMODITY_WORDS, sizeof COMMODITY_WORDS / sizeof COMMODITY_WORDS[0]))
        || contract_for(sc, i - 1)) {
      y = resolve_year(&b, mo, 0, 1);
      r->keep_last = 1;
    }
    /* "JANUARY" on a line of its own (a section of a year in review):
     * a month already past */
    else if (i == 0 && sc->nt == 1 && (t->fl & F_UPPER)) y = resolve_year(&b, mo, 0, -2);
    else if ((y = month_pair_year(sc, i, mo)) != 0) { /* the year the pair runs in */ }
    else if ((y = month_pair_ahead(sc, j, mo)) != 0) { /* the year the next month names */ }
    else if ((y = frame_year(sc, i, j)) != 0) { /* "That year, ... in June" */ }
    else if ((y = shift_past_year(sc, i)) != 0) { /* "last year's race was moved to June" */ }
    else if ((y = narr_year(sc, mo, 0, i, j)) != 0) { /* a past year retold */ }
    else y = resolve_year_at(sc, &b, mo, 0, i, j);
    dl_tv_day(&v, y, mo, 1);
    r->anchored = 1; r->anchor = b;
  } else dl_tv_day(&v, 0, mo, 1);
  v.gran = TG_MONTH;
  res_point(r, j, DL_TIMEX_DATE, &v);
  return j;
}

/* "(the strike entered) its ninth day", "(now in) its 26th day": the day
 * the count has reached, in news the day of the story (TimeBank tags
 * such ordinal days, valued as that day); not "its first day of
 * trading", nor a debut ("on its first day the shop sold out"). */
static int m_nth_day(scan *sc, int i, mres *r)
{
  dl_tv b, v;
  int n = T(i)->kind == TK_NUM ? (T(i)->suf == SUF_ORD ? T(i)->v : 0) : tval(sc, i, LEX_ORD);
  if (n < 2 || !word_before(sc, i, "its") || isw(sc, i + 2, W_OF) || !base_rel(sc, &b)
      || b.gran < TG_DAY)
    return -1;
  dl_tv_day(&v, b.y, b.mo, b.d);
  res_point(r, i + 2, DL_TIMEX_DATE, &v);
  r->anchored = 1; r->anchor = b;
  r->keep_last = 1;
  return i + 2;
}

/* DAY [of] MONTH [,] [YEAR] */
static int m_daymonth(scan *sc, int i, mres *r)
{
  int d = mday_at(sc, i), j = i + 1, mo, y;
  dl_tv v, b;
  if (!d) {
    /* the eighth of March: a spelled day needs the "of" */
    d = spelled_mday(sc, i, &j);
    if (!d || !isw(sc, j, W_OF))
      return isw(sc, i + 1, W_DAY) ? m_nth_day(sc, i, r) : -1;   /* its ninth day */
  }
  if (isw(sc, j, W_OF)) j++;
  mo = month_tok(sc, j);
  if (!mo || !(T(j)->fl & F_CAP))
    return j == i + 1 && isw(sc, j, W_DAY) ? m_nth_day(sc, i, r) : -1;   /* its 26th day */
  if (d > dl_days_in_month(2000, mo)) return -1;
  j = skip_dot(sc, j + 1);
  /* "beat Hull 3-1 May 4", "the score was 2-4 June 1": a day-first read
   * of a score's second number when a day follows the month; the month
   * is that day's ("May 4") */
  if (j == i + 2 && i >= 2 && ispu(sc, i - 1, '-') && att(sc, i - 1) && att(sc, i)
      && T(i - 2)->kind == TK_NUM && mday_at(sc, j))
    return -1;
  {
    int k = j;
    int ye;
    if (ispu(sc, k, ',')) k++;
    y = year_ext(sc, k, &ye);
    if (y && dl_valid_date(y, mo, d)) {
      dl_tv_day(&v, y, mo, d);
      res_point(r, ye, DL_TIMEX_DATE, &v);
      r->absolute = 1;
      return ye;
    }
  }
  if ((y = day_rel_year(sc, j, mo, d, r)) > 0) return y;
  if (base_rel(sc, &b)) {
    y = frame_year(sc, i, j);
    if (!y) y = narr_year(sc, mo, d, i, j);
    if (!y) y = resolve_year_at(sc, &b, mo, d, i, j);
    if (y && !dl_valid_date(y, mo, d)) return -1;
    dl_tv_day(&v, y, mo, d);
    r->anchored = 1; r->anchor = b;
  } else dl_tv_day(&v, 0, mo, d);
  res_point(r, j, DL_TIMEX_DATE, &v);
  return j;
}

/* "would be given on the 14th", "had fallen by the 5th": a day of the
 * month with no month named, after a preposition and "the", ending its
 * phrase (not "on the 14th floor", "by the 5th round").  The month is the
 * reference date's, or the one before (after) when the tense looks back
 * (ahead) past that day. */
static int m_ordday(scan *sc, int i, mres *r)
{
  const tok *t = T(i);
  int d = t->v, y, mo, dir;
  dl_tv b, v;
  if (t->kind != TK_NUM || t->suf != SUF_ORD || t->nd > 2 || d < 1 || d > 31) return -1;
  if (!isw(sc, i - 1, W_THE)
      || !(isw(sc, i - 2, W_ON) || isw(sc, i - 2, W_BY) || isw(sc, i - 2, W_UNTIL)
           || isw(sc, i - 2, W_TILL) || isw(sc, i - 2, W_SINCE) || isw(sc, i - 2, W_FROM)
           || isw(sc, i - 2, W_BEFORE) || isw(sc, i - 2, W_AFTER)))
    return -1;
  if (IN(i + 1) && !(ispu(sc, i + 1, '.') || ispu(sc, i + 1, ',') || ispu(sc, i + 1, ';')
                     || ispu(sc, i + 1, ')') || ispu(sc, i + 1, '"') || ispu(sc, i + 1, PUNCT_DASH)
                     || isw(sc, i + 1, W_AND) || isw(sc, i + 1, W_OR) || isw(sc, i + 1, W_AT)
                     || isw(sc, i + 1, W_FOR) || isw(sc, i + 1, W_IN)))
    return -1;
  if (!base_rel(sc, &b) || !b.y || !b.mo) return -1;
  y = b.y; mo = b.mo;
  /* (from "the": the tense reads the preposition, "from the 2nd") */
  dir = tense_at(sc, i - 1, i + 1);
  if (dir < 0 && d > b.d) { if (--mo == 0) { mo = 12; y--; } }
  else if (dir > 0 && d < b.d) { if (++mo == 13) { mo = 1; y++; } }
  if (y < 1 || y > 9999 || !dl_valid_date(y, mo, d)) return -1;
  dl_tv_day(&v, y, mo, d);
  r->anchored = 1; r->anchor = b;
  res_point(r, i + 1, DL_TIMEX_DATE, &v);
  return i + 1;
}

/* Newspaper names that end "on Sunday". */
static const char *const SUNDAY_PAPERS[] = {"mail", "independent"};

/* A weekday name usable as a date (not "Mr. Sunday", not "Sun" alone). */
static int wday_ok(const scan *sc, int i)
{
  const tok *t = T(i);
  if (!tcat(sc, i, LEX_WDAY) || !(t->fl & F_CAP)) return 0;
  if (t->n <= 5) {
    /* Mon. Tue. Sun: only as part of a written date ("Sun., Oct. 3") */
    int k = i + 1;
    if (ispu(sc, k, '.') && att(sc, k)) k++;
    if (ispu(sc, k, ',')) k++;
    if (!(month_tok(sc, k) || mday_at(sc, k))) return 0;
    /* with no stop or comma, a listing's "Wed 17 Aug", "Sat Oct 3": the
     * month right after the day (or the weekday) */
    if (k == i + 1 && !month_tok(sc, k) && !month_tok(sc, k + 1)) return 0;
    /* but "The Sun 5 May edition", "the Sun Oct 3 issue": a bare Sun
     * after "the" is the paper ("the Wed 17 Aug matinee" stays a day) */
    if (k == i + 1 && t->val == 7 && isw(sc, i - 1, W_THE)) return 0;
  }
  if (tcat(sc, i - 1, LEX_TITLE) && tval(sc, i - 1, LEX_TITLE) == 1) return 0;
  if (ispu(sc, i - 1, '.') && tcat(sc, i - 2, LEX_TITLE) && tval(sc, i - 2, LEX_TITLE) == 1)
    return 0;
  /* "the Mail on Sunday", "the Independent on Sunday": newspapers */
  if (t->val == 7 && isw(sc, i - 1, W_ON) && IN(i - 2) && (T(i - 2)->fl & F_CAP)
      && word_before_any(sc, i - 1, SUNDAY_PAPERS, sizeof SUNDAY_PAPERS / sizeof SUNDAY_PAPERS[0]))
    return 0;
  /* Sunday Times, Black Monday? names: a capitalized non-temporal word next */
  if (IN(i + 1) && T(i + 1)->kind == TK_WORD && (T(i + 1)->fl & F_CAP)
      && (!T(i + 1)->cat || tcat(sc, i + 1, LEX_FREQ) || tcat(sc, i + 1, LEX_MISC))
      && (T(i + 1)->fl & F_SP) && !(t->fl & F_UPPER)
      /* (not the pronoun: "By Monday I was making calls") */
      && !(T(i + 1)->n == 1 && sc->text[T(i + 1)->s] == 'I'))
    return 0;   /* The Sunday Times, Monday Night Football */
  return 1;
}

/* Verbs that move a planned event to another day: the days on either
 * side of "from ... to" are ahead ("was moved from Tuesday to Friday",
 * "postponed the debate to Thursday"). */
static const char *const MOVE_VERBS[] = {
  "moved", "postponed", "delayed", "pushed", "rescheduled", "shifted", "brought", "put", "deferred"
};

/* Nouns of a warning whose "of" names what is ahead ("warned of heavy
 * rain on Sunday"). */
static const char *const WARN_WORDS[] = {
  "warned", "warn", "warns", "warning", "warnings", "alert", "alerts", "forecast", "forecasts"
};

/* Verbs of getting ready whose "for" names what is ahead ("told to
 * prepare for heavy rain from Friday evening"); not the past forms
 * ("prepared for the worst on Monday" tells when they did). */
static const char *const PREPARE_WORDS[] = {
  "prepare", "prepares", "preparing", "brace", "braces", "bracing"
};

/* Participles of a start before "on" / "from" and a weekday: "an
 * exhibit, opening on Saturday, tells", "with sales starting from
 * Friday" -- the start is ahead. */
static const char *const START_PARTICIPLES[] = {
  "beginning", "opening", "resuming", "starting"
};

/* Prepositions that make the -ing word after them a gerund, with the
 * tense of its clause ("jumped after opening on Friday"). */
static const char *const GERUND_PREPS[] = { "after", "before", "since", "upon" };

/* The most tokens between a warning's "of" or a moving verb and the
 * weekday it governs ("warned of heavy rain and strong winds on Sunday"). */
#define DL_MAX_PLAN_GAP 6

/* Is the weekday at i planned, forecast or moved ahead whatever the
 * sentence's tense ("issued a warning for Sunday", "set a hearing for
 * Monday", "warned of heavy rain on Sunday", "was moved from Tuesday to
 * Friday")?  +1; -1 for a plan told as over ("had been scheduled for
 * Saturday"); 0 when the tense decides.  j: the end of the weekday. */
static int wday_plan_dir(const scan *sc, int i, int j)
{
  int k;
  unsigned pw;
  /* (all five words are MISC in the lexicon: one test for most days) */
  if (!IN(i - 1) || T(i - 1)->cat != LEX_MISC) return 0;
  pw = T(i - 1)->w;
  if (pw != W_FOR && pw != W_TO && pw != W_FROM && pw != W_ON && pw != W_AND) return 0;
  /* "Friday's strike": the day names the event (m_wday reads it) */
  if (ispu(sc, j, PUNCT_POSS)) return 0;
  /* "for Sunday and Monday": the second day as the first */
  if (isw(sc, i - 1, W_AND) && tcat(sc, i - 2, LEX_WDAY)) i -= 2;
  if (isw(sc, i - 1, W_FOR)) {
    if ((isw(sc, i - 3, W_BEEN) && isw(sc, i - 4, W_HAD))
        || (isw(sc, i - 4, W_BEEN) && isw(sc, i - 5, W_HAD)))
      return -1;
    /* "a service planned for Saturday was canceled": the plan ends a
     * subject whose own verb is past; the tense decides */
    if (isw(sc, j, W_WAS) || isw(sc, j, W_WERE) || isw(sc, j, W_HAD)) return 0;
    return 1;
  }
  if (isw(sc, i - 1, W_TO) || (isw(sc, i - 1, W_FROM) && isw(sc, j, W_TO))) {
    for (k = i - 1; k >= 0 && i - k <= DL_MAX_PLAN_GAP; k--) {
      if (T(k)->kind == TK_PUNCT) break;
      if (word_before_any(sc, k, MOVE_VERBS, sizeof MOVE_VERBS / sizeof MOVE_VERBS[0])) return 1;
    }
    return 0;
  }
  /* (a gerund after a preposition has the tense of its clause: "the
   * shares jumped after opening on Friday") */
  if ((isw(sc, i - 1, W_ON) || isw(sc, i - 1, W_FROM))
      && word_before_any(sc, i - 1, START_PARTICIPLES, sizeof START_PARTICIPLES / sizeof START_PARTICIPLES[0])) {
    size_t e = sc->t[i - 1].s;
    while (e > 0 && sc->text[e - 1] == ' ') e--;
    while (e > 0 && DL_IS_ALPHA(sc->text[e - 1])) e--;   /* the participle's start */
    return word_before_any_at(sc, e, GERUND_PREPS, sizeof GERUND_PREPS / sizeof GERUND_PREPS[0]) ? 0 : 1;
  }
  /* "warned of heavy rain on Sunday", "warned of disruption from Friday" */
  if (isw(sc, i - 1, W_ON) || isw(sc, i - 1, W_FROM)) {
    for (k = i - 2; k >= 1 && i - k <= DL_MAX_PLAN_GAP; k--) {
      if (T(k)->kind == TK_PUNCT) break;
      if (isw(sc, k, W_OF))
        return word_before_any(sc, k, WARN_WORDS, sizeof WARN_WORDS / sizeof WARN_WORDS[0]);
      if (isw(sc, k, W_FOR))
        return word_before_any(sc, k, PREPARE_WORDS, sizeof PREPARE_WORDS / sizeof PREPARE_WORDS[0]);
    }
  }
  return 0;
}

/* The day of the report a weekday ahead is told from: "officials said
 * (on) Thursday (that) the road would reopen on Saturday" -- the Saturday
 * after that Thursday, even when the reference date is past it.  The
 * weekday of "said on" earlier in the sentence, with a "would" between
 * it and i, resolved on or before base into *said; 0 if none. */
static int wday_report_day(const scan *sc, int i, const dl_tv *base, dl_tv *said)
{
  int k, would = 0, lo = clause_back(sc, i, 0);
  for (k = i - 1; k >= lo; k--) {
    if (isw(sc, k, W_WOULD)) would = 1;
    /* "said last week that he would testify on Monday": the Monday after
     * last week (this week's Monday on or before its Sunday) */
    if (isw(sc, k, W_WEEK) && isw(sc, k - 1, W_LAST) && IN(k - 2)) {
      if (!would || !(isw(sc, k - 2, W_SAID) || isw(sc, k - 2, W_ANNOUNCED) || isw(sc, k - 2, W_TOLD)))
        return 0;
      resolve_wday(said, base, 1, -1);
      dl_tv_shift(said, U_DAY, -1);
      return 1;
    }
    if (tcat(sc, k, LEX_WDAY)) {
      int v = isw(sc, k - 1, W_ON) ? k - 2 : k - 1;   /* "said Thursday", "said on Thursday" */
      if (!would || !(isw(sc, v, W_SAID) || isw(sc, v, W_ANNOUNCED) || isw(sc, v, W_TOLD)))
        return 0;
      resolve_wday(said, base, tval(sc, k, LEX_WDAY), -1);
      return 1;
    }
  }
  return 0;
}

/* Is the day of x after the day of y (fields compared: no day count)? */
static int day_after(const dl_tv *x, const dl_tv *y)
{
  if (x->y != y->y) return x->y > y->y;
  if (x->mo != y->mo) return x->mo > y->mo;
  return x->d > y->d;
}

/* After "Sunday's" at j: is the event named the subject of a future
 * passive of its own ("Sunday's final will be played in Lisbon"), not of
 * one that a later act follows ("Tuesday's rally will be followed by a
 * march")?  A "will" within a few words, no "by" after it. */
#define DL_POSS_VERB_REACH 4
static int poss_event_ahead(const scan *sc, int j)
{
  int q, w = -1;
  for (q = j + 1; q <= j + DL_POSS_VERB_REACH && IN(q) && T(q)->kind == TK_WORD; q++)
    if (isw(sc, q, W_WILL)) { w = q; break; }
  if (w < 0) return 0;
  for (q = w + 1; q <= w + DL_POSS_VERB_REACH && IN(q) && T(q)->kind == TK_WORD; q++)
    if (isw(sc, q, W_BY)) return 0;
  return 1;
}

/* The date a weekday denotes at i (resolved); returns the end. */
/* Scheduled events a weekday's possessive names ("Sunday's home game
 * is sold out", "Friday's final is expected to draw"): followed by a
 * present "is" / "are", a verb of SCHEDULED_START_VERBS or a "will" /
 * "would", a day still ahead. */
static const char *const POSS_SCHEDULED[] = {
  "bout", "ceremony", "concert", "debate", "derby", "fight", "final", "fixture", "game", "hearing",
  "kickoff", "launch", "match", "opener", "parade", "race", "show", "showdown", "summit"
};

/* Verbs of the start of a scheduled event after its noun ("Saturday's
 * match kicks off at 7:35 p.m.", "Friday's ceremony would begin at 10
 * a.m."): the present or a modal tells a time still to come. */
static const char *const SCHEDULED_START_VERBS[] = {
  "are", "begins", "is", "kicks", "opens", "starts", "will", "would"
};

/* The most bytes read after a weekday's possessive for its event and
 * verb. */
#define DL_POSS_EVENT_BYTES 64

/* After the possessive at token j, a noun of POSS_SCHEDULED and then
 * "is" / "are" in the same clause, no past verb before it? */
static int poss_scheduled(const scan *sc, int j)
{
  size_t e = sc->t[j].s + sc->t[j].n, lim;
  int noun = 0;
  lim = e + DL_POSS_EVENT_BYTES < sc->len ? e + DL_POSS_EVENT_BYTES : sc->len;
  while (e < lim) {
    size_t w;
    char c = sc->text[e];
    if (c == '.' || c == ',' || c == ';' || c == '\n' || c == '"' || c == '(') return 0;
    if (!DL_IS_ALPHA(c)) { e++; continue; }
    for (w = e; w < sc->len && DL_IS_ALPHA(sc->text[w]); w++) {}
    if (noun && dl_word_in(sc->text + e, w - e, SCHEDULED_START_VERBS,
                        sizeof SCHEDULED_START_VERBS / sizeof SCHEDULED_START_VERBS[0]))
      return 1;
    if (dl_word_eq(sc->text + e, w - e, "was") || dl_word_eq(sc->text + e, w - e, "were")
        || (w - e > 3 && sc->text[w - 2] == 'e' && sc->text[w - 1] == 'd'))
      return 0;
    if (!noun && dl_word_in(sc->text + e, w - e, POSS_SCHEDULED, sizeof POSS_SCHEDULED / sizeof POSS_SCHEDULED[0]))
      noun = 1;
    e = w;
  }
  return 0;
}

/* Does token k join the weekday at token first to the one after k as
 * a range: "from Monday to Thursday", "through", "until", "between
 * Monday and Thursday" (a plain "and" joins two days, no range)? */
static int wday_range_link(const scan *sc, int k, int first)
{
  return isw(sc, k, W_TO) || isw(sc, k, W_THROUGH) || isw(sc, k, W_UNTIL)
         || (isw(sc, k, W_AND) && isw(sc, first - 1, W_BETWEEN));
}

static int m_wday(scan *sc, int i, mres *r, int dir_override)
{
  int wd = tval(sc, i, LEX_WDAY), j = skip_dot(sc, i + 1), k;
  dl_tv v, b;
  if (!wday_ok(sc, i)) return -1;
  /* "every Friday and Saturday (night)": the second day recurs too */
  if ((isw(sc, i - 1, W_AND) || isw(sc, i - 1, W_OR)) && tcat(sc, i - 2, LEX_WDAY)
      && tcat(sc, i - 3, LEX_QUANT) && tval(sc, i - 3, LEX_QUANT) != 3 && !dir_override) {
    dl_tv_day(&v, 0, 0, 0);
    v.wd = wd;
    res_point(r, j, DL_TIMEX_SET, &v);
    if (tcat(sc, j, LEX_POD)) { r->tv.gran = TG_POD; r->tv.pod = tval(sc, j, LEX_POD); r->end = j + 1; }
    r->quant = "EACH";
    return r->end;
  }
  /* Weekday, Month Day [, Year] */
  k = j;
  if (ispu(sc, k, ',')) k++;
  if (month_tok(sc, k) || mday_at(sc, k)) {
    mres r2;
    int e;
    res_init(&r2);
    e = month_tok(sc, k) ? m_month(sc, k, &r2, 0) : m_daymonth(sc, k, &r2);
    if (e > 0 && r2.tv.gran == TG_DAY) { *r = r2; r->end = e; return e; }
  }
  /* "Thursday next week", "Monday last week": that day of the week
   * before or after the reference's (this week's: "Friday this week") */
  if (k == j && (isw(sc, j, W_NEXT) || isw(sc, j, W_LAST) || isw(sc, j, W_THIS))
      && isw(sc, j + 1, W_WEEK) && !hyph(sc, j + 2) && !ispu(sc, j + 2, PUNCT_POSS)
      && !dir_override && base_rel(sc, &b) && b.y > 0 && b.mo > 0 && b.d > 0) {
    int y = b.y, m = b.mo, d = b.d;
    dl_add_days(&y, &m, &d, (isw(sc, j, W_NEXT) ? 7 : isw(sc, j, W_LAST) ? -7 : 0)
                            + wd - dl_weekday(b.y, b.mo, b.d));
    if (y >= 1 && y <= 9999) {
      dl_tv_day(&v, y, m, d);
      res_point(r, j + 2, DL_TIMEX_DATE, &v);
      r->anchored = 1; r->anchor = b;
      return j + 2;
    }
  }
  /* British "Sunday 21st", "Friday the 3rd": the day of that number, in
   * the month nearest the reference, that falls on this weekday */
  {
    int q = isw(sc, k, W_THE) ? k + 1 : k;
    if (k == j && IN(q) && T(q)->kind == TK_NUM && T(q)->suf == SUF_ORD && T(q)->v >= 1
        && T(q)->v <= 31 && !(T(q)->fl & F_CTX) && !month_tok(sc, q + 1) && !isw(sc, q + 1, W_OF)
        && !(IN(q + 1) && T(q + 1)->kind == TK_WORD && (!(T(q + 1)->fl & F_SP) || !T(q + 1)->cat))
        && base_rel(sc, &b)) {   /* (not "Sunday 2nd round") */
      int dm, best_dm = 99, by = 0, bm = 0;
      for (dm = -2; dm <= 2; dm++) {
        int y = b.y, m = b.mo + dm;
        if (m < 1) { m += 12; y--; } else if (m > 12) { m -= 12; y++; }
        if (y < 1 || y > 9999 || T(q)->v > dl_days_in_month(y, m)) continue;
        if (dl_weekday(y, m, T(q)->v) != wd) continue;
        if ((dm < 0 ? -dm : dm) < best_dm) { best_dm = dm < 0 ? -dm : dm; by = y; bm = m; }
      }
      if (by) {
        dl_tv_day(&v, by, bm, T(q)->v);
        res_point(r, q + 1, DL_TIMEX_DATE, &v);
        r->anchored = 1; r->anchor = b;
        return q + 1;
      }
    }
  }
  /* "on a Thursday in March": some Thursday, no day of the calendar */
  if (isw(sc, i - 1, W_A) && !dir_override) {
    dl_tv_day(&v, 0, 0, 0);
    v.wd = wd;
    res_point(r, j, DL_TIMEX_DATE, &v);
    return j;
  }
  if (base_rel(sc, &b)) {
    int dir = dir_override ? dir_override : wday_plan_dir(sc, i, j);
    if (!dir) dir = tense_at(sc, i, j);
    /* no verb to go by, in a paragraph about a day still ahead
     * ("Thursday's window opens at 6 p.m. ... 80 percent for a backup
     * opportunity on Friday"): ahead too */
    if (!dir && !dir_override && sc->has_last && sc->last.y && sc->last.d && sc->last.gran >= TG_DAY
        && sc->last.gran != TG_WE && sc->has_ref && day_after(&sc->last, &sc->ref)
        && !blank_line_since_last(sc, T(i)->s))
      dir = 1;
    /* "Tuesday's rally will be followed by...": the day names the event,
     * whose own time the verb does not tell; the nearer Tuesday, unless
     * the sentence is past */
    if (!dir_override && ispu(sc, j, PUNCT_POSS) && poss_scheduled(sc, j))
      dir = 1;
    else if (!dir_override && dir >= 0 && ispu(sc, j, PUNCT_POSS)) {
      int ahead = (wd - dl_weekday(b.y, b.mo, b.d) + 7) % 7;
      dir = ahead != 0 && (ahead <= 3 || (dir > 0 && poss_event_ahead(sc, j))) ? 1 : -1;
    }
    /* British "on Monday week": a week after the coming Monday; "week"
     * closes the phrase (not "Monday week's vote" or "the Monday week of") */
    if (!dir_override && isw(sc, j, W_WEEK) && !(T(j)->fl & F_CAP)
        && (!IN(j + 1) || (T(j + 1)->kind == TK_PUNCT && T(j + 1)->v != PUNCT_POSS))) {
      resolve_wday(&v, &b, wd, 1);
      dl_tv_shift(&v, U_DAY, 7);
      r->anchored = 1; r->anchor = b;
      res_point(r, j + 1, DL_TIMEX_DATE, &v);
      return j + 1;
    }
    {
      dl_tv said;
      if (dir > 0 && !dir_override && wday_report_day(sc, i, &b, &said)) {
        dl_tv_shift(&said, U_DAY, 1);
        resolve_wday(&v, &said, wd, 1);
      } else
        resolve_wday(&v, &b, wd, dir);
    }
    /* "was held from Sunday to Wednesday" told on a Tuesday: a past range
     * is over by the reference day, so its start is the one a week
     * earlier when the first end after this start would still be ahead
     * (the end itself is resolved from this start, below) */
    if (!dir_override && dir < 0 && sc->has_ref && IN(j + 1)
        && wday_range_link(sc, j, i) && tcat(sc, j + 1, LEX_WDAY) && tval(sc, j + 1, LEX_WDAY) != wd) {
      dl_tv after = v, end;
      dl_tv_shift(&after, U_DAY, 1);
      resolve_wday(&end, &after, tval(sc, j + 1, LEX_WDAY), 1);
      if (day_after(&end, &sc->ref)) dl_tv_shift(&v, U_DAY, -7);
    }
    /* "from Monday to Thursday", "between Monday and Thursday": the end
     * of a range of weekdays is the first such day after its start (the
     * date just given to it) */
    if (!dir_override && wday_range_link(sc, i - 1, i - 2) && tcat(sc, i - 2, LEX_WDAY)
        && sc->has_last && sc->last.y && sc->last.d && sc->last.gran == TG_DAY
        && dl_weekday(sc->last.y, sc->last.mo, sc->last.d) == tval(sc, i - 2, LEX_WDAY)
        && wd != tval(sc, i - 2, LEX_WDAY)) {
      dl_tv start = sc->last, end;
      dl_tv_shift(&start, U_DAY, 1);
      resolve_wday(&end, &start, wd, 1);
      /* (not past the reference day in a past sentence: "were shut from
       * Thursday to Sunday" told on a Thursday keeps its Sunday behind) */
      if (!(dir < 0 && sc->has_ref && day_after(&end, &sc->ref))) v = end;
    }
    r->anchored = 1; r->anchor = b;
  } else {
    dl_tv_day(&v, 0, 0, 0);
    v.wd = wd;
  }
  res_point(r, j, DL_TIMEX_DATE, &v);
  return j;
}

/* Part of day after a date: "Friday morning", "yesterday afternoon". */
static int pod_tail(scan *sc, int j, mres *r)
{
  if (tcat(sc, j, LEX_POD) && r->kind == V_POINT && r->tv.gran == TG_DAY) {
    int p = tval(sc, j, LEX_POD);
    if (p == P_NOON || p == P_MIDNIGHT) {
      r->tv.gran = TG_TIME; r->tv.hh = p == P_NOON ? 12 : 24; r->tv.mm = 0;
    } else {
      r->tv.gran = TG_POD; r->tv.pod = p;
    }
    r->type = DL_TIMEX_TIME;
    r->end = j + 1;
    return j + 1;
  }
  return j;
}

/* The start of the word that ends before byte e (white space between),
 * and its end in *we; e itself when there is none. */
static size_t word_start_before(const scan *sc, size_t e, size_t *we)
{
  size_t b;
  while (e > 0 && sc->text[e - 1] == ' ') e--;
  for (b = e; b > 0 && DL_IS_ALPHA(sc->text[b - 1]); b--) {}
  *we = e;
  return b;
}

/* Verbs before "like" that make "like yesterday" a figure of speech. */
static const char *const FIGURE_VERBS[] = {
  "feel", "feels", "felt", "look", "looked", "looks", "seem", "seemed", "seems"
};

/* "feels like (only) yesterday" before token i. */
static int figure_like(const scan *sc, int i)
{
  size_t we, b = word_start_before(sc, sc->t[i].s, &we);
  if (dl_word_eq(sc->text + b, we - b, "only")) b = word_start_before(sc, b, &we);
  if (!dl_word_eq(sc->text + b, we - b, "like")) return 0;
  return word_before_any_at(sc, b, FIGURE_VERBS, sizeof FIGURE_VERBS / sizeof FIGURE_VERBS[0]);
}

static int m_deict(scan *sc, int i, mres *r)
{
  int d = tval(sc, i, LEX_DEICT);
  dl_tv v, b;
  /* "it feels like yesterday", "seems like only yesterday": a figure */
  if (d == D_YESTERDAY && figure_like(sc, i)) return -1;
  if (!base_rel(sc, &b)) { dl_tv_day(&b, 0, 0, 0); }
  v = b;
  v.gran = TG_DAY; v.hh = v.mm = v.ss = -1; v.has_tz = 0;
  if (b.y) {
    if (d == D_YESTERDAY) dl_tv_shift(&v, U_DAY, -1);
    else if (d == D_TOMORROW) dl_tv_shift(&v, U_DAY, 1);
    r->anchored = 1; r->anchor = b;
  } else { v.mo = 0; v.d = 0; }
  res_point(r, i + 1, DL_TIMEX_DATE, &v);
  if (d == D_TONIGHT) {
    r->tv.gran = TG_POD; r->tv.pod = P_NI; r->type = DL_TIMEX_TIME;
    return i + 1;
  }
  return pod_tail(sc, i + 1, r);
}

/* v as the part of its day named by pod ("Tuesday night", "the
 * morning"): no clock time, no zone. */
static void tv_pod(dl_tv *v, int pod)
{
  v->hh = v->mm = v->ss = -1; v->has_tz = 0;
  v->gran = TG_POD; v->pod = pod;
}

/* Period of unit u around base shifted by n units, at the unit's grain. */
static void period_of(dl_tv *v, const dl_tv *base, int unit, int n)
{
  *v = *base;
  v->hh = v->mm = v->ss = -1; v->has_tz = 0;
  if (v->gran > TG_DAY) v->gran = TG_DAY;
  if (unit == U_WEEKEND) {
    dl_tv_shift(v, U_WEEK, n);
    dl_tv_coarsen(v, TG_WE);
    return;
  }
  dl_tv_shift(v, unit == U_FORTNIGHT ? U_WEEK : unit, unit == U_FORTNIGHT ? 2 * n : n);
  dl_tv_coarsen(v, dl_unit_gran(unit));
}

/* The last quarter mentioned, or the one before the reference date. */
/* The quarter the text is talking about, for "the quarter", "a year ago":
 * the last quarter mentioned, unless it lies after the reference date's
 * quarter, or is that quarter named in an outlook ("will result in a
 * fourth-quarter charge"): reports are about quarters already closed. */
static int last_quarter(const scan *sc, dl_tv *v)
{
  int lq, rq;
  if (!(sc->has_last && sc->last.y && sc->last.gran == TG_QUART)) return 0;
  lq = sc->last.y * 4 + (sc->last.mo - 1) / 3;
  rq = sc->ref.y * 4 + (sc->ref.mo - 1) / 3;
  if (sc->has_ref && sc->o.anchor != DL_ANCHOR_LAST
      && (lq > rq || (lq == rq && sc->has_last == 2)))
    return 0;
  *v = sc->last;
  return 1;
}

/* A quarter named earlier in the sentence being read or in one of the
 * few before it ("second-quarter profit fell ... Revenue rose 4 percent,
 * down from 9 billion a year earlier": the report's quarter), not after
 * the reference date's quarter (see last_quarter). */
#define DL_QUARTER_SENTENCES 2
/* How many days either side of the reference date a day named in the
 * sentence is the story's own (chunk_quarter). */
#define DL_STORY_WEEK_DAYS 7
/* How far around "a year ago" an amount is looked for (tokens). */
#define DL_QUARTER_AMOUNT_GAP 10

/* Words right before "a year ago" that make it the second term of a
 * comparison: "higher than a year ago", "compared with a year earlier". */
static const char *const COMPARE_WORDS[] = { "against", "from", "over", "than", "versus", "with" };

/* Is "a year ago" at i a comparison: a comparing word before it, or a
 * figure in the few tokens around it ("3 million a year earlier", "10
 * cents a share, a year ago", "A year earlier it earned $2 million")?
 * Then it is the report's period; otherwise it dates an event ("hired a
 * year ago", "A year ago, it lost a client"). */
static int comparison_at(const scan *sc, int i)
{
  int k;
  if (word_before_any(sc, i, COMPARE_WORDS, sizeof COMPARE_WORDS / sizeof COMPARE_WORDS[0])) return 1;
  for (k = i - DL_QUARTER_AMOUNT_GAP; k <= i + DL_QUARTER_AMOUNT_GAP; k++)
    if (IN(k) && (T(k)->kind == TK_NUM || ispu(sc, k, '%'))) return 1;
  return 0;
}

static int chunk_quarter(const scan *sc, dl_tv *v, int i)
{
  if (sc->quart_chunk < 0 || sc->chunk - sc->quart_chunk > DL_QUARTER_SENTENCES || !sc->quart.y) return 0;
  if (sc->quart_chunk != sc->chunk && !comparison_at(sc, i)) return 0;
  /* (from a sentence before, only while no other period has been named
   * since: "For the first half, sales rose from ... a year before" is the
   * half's year; a day, "the quarter ended Sept. 30", names none) */
  if (sc->quart_chunk != sc->chunk && sc->has_last && sc->last.gran < TG_DAY
      && !(sc->last.gran == TG_QUART && sc->last.y == sc->quart.y && sc->last.mo == sc->quart.mo))
    return 0;
  /* (nor after a day of the story's own week named in this sentence:
   * "sales on Monday rose 18 percent from a year earlier" compare that
   * day's, not the quarter's; a period's end, "the three months to Sept.
   * 30", lies further back) */
  if (sc->quart_chunk != sc->chunk && sc->has_ref && sc->has_last_day && sc->last_day_chunk == sc->chunk
      && sc->last_day.y && sc->last_day.mo && sc->last_day.d) {
    int64_t dd = dl_days_from_civil(sc->last_day.y, sc->last_day.mo, sc->last_day.d)
                 - dl_days_from_civil(sc->ref.y, sc->ref.mo, sc->ref.d);
    if (dd >= -DL_STORY_WEEK_DAYS && dd <= DL_STORY_WEEK_DAYS) return 0;
  }
  if (sc->has_ref && sc->o.anchor != DL_ANCHOR_LAST
      && sc->quart.y * 4 + (sc->quart.mo - 1) / 3 > sc->ref.y * 4 + (sc->ref.mo - 1) / 3)
    return 0;
  *v = sc->quart;
  return 1;
}

static int cur_quarter(const scan *sc, dl_tv *v, int dir)
{
  dl_tv b;
  if (last_quarter(sc, v)) return 1;
  if (!base_rel(sc, &b)) return 0;
  *v = b;
  dl_tv_coarsen(v, TG_QUART);
  if (dir < 0) dl_tv_shift(v, U_QUARTER, -1);
  return 1;
}

/* The most bytes from a half or quarter of a game to a later one that is
 * that game's too, with no word of a match near it. */
#define DL_SPORT_HALF_BYTES 600

/* Tokens either side of a quarter or half searched for words of a match. */
#define DL_SPORT_WINDOW 16

/* Is the expression [a, b) near a word of a match report ("goals",
 * "half-time", "the referee") or a score ("2-0")? */
static int sports_near(const scan *sc, int a, int b)
{
  int k, lo = a > DL_SPORT_WINDOW ? a - DL_SPORT_WINDOW : 0;
  int hi = b + DL_SPORT_WINDOW < sc->nt ? b + DL_SPORT_WINDOW : sc->nt;
  for (k = lo; k < hi; k++) {
    const tok *t = &sc->t[k];
    if (t->kind == TK_WORD) {
      if (t->cat == LEX_MISC && t->val == X_SPORT) return 1;
      if (isw(sc, k, W_HALF) && hyph(sc, k + 1) && isw(sc, k + 2, W_TIME)) return 1;
    } else if (t->kind == TK_NUM && t->nd <= 3 && t->suf == SUF_NONE && !(t->fl & F_CTX)
               && k + 2 < hi && ispu(sc, k + 1, '-') && att(sc, k + 1)
               && sc->t[k + 2].kind == TK_NUM && sc->t[k + 2].nd <= 3
               && sc->t[k + 2].s == sc->t[k + 1].s + 1) {
      return 1;   /* a score: 2-0, 112-104 */
    }
  }
  return 0;
}

/* ORD quarter / ORD half [of YEAR | of next year ...]; i at the ordinal. */
static int part_year(scan *sc, int i, int j, int q, int unit, int year, mres *r);

/* Does "in a row" or "running" + a punctuation mark follow token k
 * ("fell for the third quarter in a row", "for the fourth quarter
 * running.")?  Then the ordinal counts periods, it names none. */
static int in_a_row_after(const scan *sc, int k)
{
  static const char *const words[] = { "in", "a", "row" };
  size_t b, e;
  int w;
  if (!IN(k)) return 0;
  b = sc->t[k].s + sc->t[k].n;
  for (w = 0; w < 3; w++) {
    while (b < sc->len && sc->text[b] == ' ') b++;
    for (e = b; e < sc->len && DL_IS_ALPHA(sc->text[e]); e++) {}
    if (w == 0 && dl_word_eq(sc->text + b, e - b, "running"))
      return e >= sc->len || sc->text[e] == ',' || sc->text[e] == '.' || sc->text[e] == ';';
    if (!dl_word_eq(sc->text + b, e - b, words[w])) return 0;
    b = e;
  }
  return 1;
}

/* Words before "the first quarter" told as still to come that make it a
 * time of the event (sorted). */
static const char *const QUARTER_AHEAD_BEFORE[] = { "by", "during", "for", "in", "through", "until" };

static int m_ordpart(scan *sc, int i, mres *r, int year)
{
  int q, j = i + 1, unit, pl;
  if (tcat(sc, i, LEX_ORD)) q = tval(sc, i, LEX_ORD);
  else if (IN(i) && T(i)->kind == TK_NUM && T(i)->suf == SUF_ORD) q = T(i)->v;
  else if (isw(sc, i, W_LAST) && (isw(sc, i + 1, W_HALF) || isw(sc, i + 1, W_QUARTER))
           && isw(sc, i + 2, W_OF) && year_at(sc, i + 3, 0))
    q = -1;   /* the last half of 1989 (not "last quarter": the previous one) */
  else return -1;
  if (hyph(sc, j)) j++;
  if (fiscal_at(sc, j)) j++;
  if (hyph(sc, j)) j++;
  if (parse_unit(sc, j, &unit, &pl) < 0 || pl) return -1;
  if (unit != U_QUARTER && unit != U_HALF) return -1;
  if (q > 0 && in_a_row_after(sc, j)) return -1;
  if (q == -1) q = unit == U_QUARTER ? 4 : 2;
  if (q < 1 || q > (unit == U_QUARTER ? 4 : 2)) return -1;
  return part_year(sc, i, j + 1, q, unit, year, r);
}

/* The year of an "FY26" / "FY2026" token at k (the number, written right
 * after the capitals FY), or 0. */
static int fy_code_year(const scan *sc, int k)
{
  const tok *t;
  const char *p;
  if (!IN(k) || sc->t[k].kind != TK_NUM) return 0;
  t = T(k);
  p = sc->text + t->s;
  if ((t->nd != 4 && t->nd != 2) || t->suf != SUF_NONE || t->s < 2 || p[-2] != 'F' || p[-1] != 'Y'
      || (t->s > 2 && (DL_IS_ALNUM(p[-3]) || (unsigned char)p[-3] >= 0x80))
      || (t->s + t->n < sc->len && DL_IS_ALNUM(sc->text[t->s + t->n])))
    return 0;
  return t->nd == 4 ? t->v : two_digit_year(sc, t->v);
}

/* After a fiscal year y ending at k: "-25" of "2024-25" names the year it
 * runs into, part of the same expression; returns the new end. */
static int fy_span_end(const scan *sc, int k, int y)
{
  /* (FY2011/12: a slash as well) */
  if ((hyph(sc, k) || (ispu(sc, k, '/') && att(sc, k) && att(sc, k + 1))) && IN(k + 1)
      && sc->t[k + 1].kind == TK_NUM && sc->t[k + 1].nd == 2
      && sc->t[k + 1].v == (y + 1) % 100 && sc->t[k + 1].suf == SUF_NONE
      && !(k + 2 < sc->nt && att(sc, k + 2) && sc->t[k + 2].kind != TK_PUNCT))
    return k + 2;
  return k;
}

/* After a year y ending before k: "-26" of "2025-26", "/25" of
 * "2024/25", "-2025" of "2024-2025" (the next year, nothing attached
 * after it); returns the new end, or -1. */
static int year_pair_end(const scan *sc, int k, int y)
{
  const tok *t;
  if (!IN(k + 1) || !att(sc, k) || !att(sc, k + 1)
      || !(ispu(sc, k, '-') || ispu(sc, k, '/') || ispu(sc, k, PUNCT_DASH)))
    return -1;
  t = T(k + 1);
  if (t->kind != TK_NUM || t->suf != SUF_NONE || (t->fl & (F_CTX | F_APOS))
      || !(t->nd == 2 ? t->v == (y + 1) % 100 : t->nd == 4 && t->v == y + 1))
    return -1;
  if (att(sc, k + 2) && T(k + 2)->kind != TK_PUNCT) return -1;
  if (att(sc, k + 2) && (ispu(sc, k + 2, '-') || ispu(sc, k + 2, '/') || ispu(sc, k + 2, '.'))
      && att(sc, k + 3)) return -1;
  return k + 2;
}

/* Figures of a closed period before "for the" + a quarter ("results for
 * the fourth quarter", "earnings for the third quarter"): a report, like
 * "fourth-quarter results" (sorted). */
static const char *const PART_REPORT_NOUNS[] = {
  "earnings", "figures", "income", "loss", "losses", "numbers", "profit", "profits", "results",
  "revenue", "revenues", "sales"
};

/* Is the ordinal at i in "NOUN for the ORD quarter" with NOUN a report's
 * figures? */
static int report_for_part(const scan *sc, int i)
{
  return isw(sc, i - 1, W_THE) && isw(sc, i - 2, W_FOR)
         && word_before_any(sc, i - 2, PART_REPORT_NOUNS, sizeof PART_REPORT_NOUNS / sizeof PART_REPORT_NOUNS[0]);
}

/* The year of quarter or half q (unit) whose words run [i, j): written
 * after it ("of 1989", ", fiscal 1990", "2025"), said ("of next year"), or
 * from the anchor and the tense. */
static int part_year(scan *sc, int i, int j, int q, int unit, int year, mres *r)
{
  int y = year;
  dl_tv v, b;
  if (!y) {
    if (isw(sc, j, W_OF) || ispu(sc, j, ',')) {
      int k = j + 1, yy;
      if (fiscal_at(sc, k)) k++;
      yy = year_at(sc, k, 0);
      if (yy) { y = yy; j = k + 1; }
      else if ((isw(sc, k, W_THIS) || isw(sc, k, W_LAST) || isw(sc, k, W_NEXT)
                || isw(sc, k, W_THE))
               && (isw(sc, k + 1, W_YEAR) || (fiscal_at(sc, k + 1) && isw(sc, k + 2, W_YEAR)))
               && base_rel(sc, &b)) {
        int dy = isw(sc, k, W_LAST) ? -1 : isw(sc, k, W_NEXT) ? 1 : 0;
        /* ("the second half of the fiscal year": the year, one word on) */
        if (!isw(sc, k + 1, W_YEAR)) k++;
        /* "the year": the one a date before named, else the story's own
         * ("margins will narrow in the second half of the year"); not a
         * horizon years ahead in an earlier paragraph ("could double by
         * 2050. \n\n ... approval in the second half of the year") */
        if (isw(sc, k, W_THE) && sc->has_last && sc->last.y
            && !(sc->last.y > b.y + 1 && blank_line_since_last(sc, T(i)->s)))
          b = sc->last;
        y = b.y + dy; j = k + 2;
        r->anchored = 1; r->anchor = b;
      }
    } else if (year_at(sc, j, 0)) {
      y = T(j)->v; j++;
    } else if ((y = fy_code_year(sc, j))) {
      j = fy_span_end(sc, j + 1, y);   /* Q1 FY26 */
    } else if (IN(j + 1) && T(j + 1)->s == T(j)->s + 2 && (y = fy_code_year(sc, j + 1))) {
      j = fy_span_end(sc, j + 2, y);   /* the same, "FY" a word token of its own */
    }
  }
  /* "the second half of the run", "the third quarter of the game", "the
   * first half of the month": a half or quarter of something other than
   * a year is no part of the calendar year */
  if (!y && isw(sc, j, W_OF)) {
    int k = j + 1;
    /* (a possessive and its noun are one token of plain words) */
    if (tcat(sc, k, LEX_DET) || isw(sc, k, W_THIS) || isw(sc, k, W_LAST) || isw(sc, k, W_NEXT)) k++;
    if (IN(k) && T(k)->kind == TK_WORD && !(T(k)->fl & F_UPPER)
        && (T(k)->cat == LEX_NONE || (T(k)->fl & F_PLAIN))) {
      /* ... unless that noun is a year after all: "of its fiscal year",
       * "of the company's fiscal year" (the owner's words, then the year) */
      int h = k + 1;
      while (h < k + 3 && (ispu(sc, h, PUNCT_POSS) || (IN(h) && T(h)->kind == TK_WORD && T(h)->cat == LEX_NONE)))
        h++;
      if (!fiscal_at(sc, h) && !(tcat(sc, h, LEX_UNIT) && tval(sc, h, LEX_UNIT) == U_YEAR))
        return -1;
    }
    if (tcat(sc, k, LEX_UNIT) && (tval(sc, k, LEX_UNIT) == U_DAY || tval(sc, k, LEX_UNIT) == U_WEEK
                                  || tval(sc, k, LEX_UNIT) == U_MONTH)) {
      /* "the second half of the month": the story's month, its end */
      if (unit == U_HALF && isw(sc, j + 1, W_THE) && base_rel(sc, &b)) {
        period_of(&v, &b, tval(sc, k, LEX_UNIT), 0);
        res_point(r, k + 1, DL_TIMEX_DATE, &v);
        r->mod = q == 1 ? DL_MOD_START : DL_MOD_END;
        r->anchored = 1; r->anchor = b;
        return k + 1;
      }
      return -1;
    }
    /* "the second half of the decade", "the first quarter of the
     * century", "the second half of the 1990s": a part of a longer span,
     * no half of a year */
    if ((tcat(sc, k, LEX_UNIT) && tval(sc, k, LEX_UNIT) > U_YEAR)
        || (IN(k) && T(k)->kind == TK_NUM && T(k)->suf == SUF_S)
        || (ispu(sc, k, '\'') && IN(k + 1) && T(k + 1)->kind == TK_NUM && T(k + 1)->suf == SUF_S))
      return -1;
  }
  /* "scored in the second half", "led 21-7 in the third quarter": a
   * part of the game */
  if (!y && sports_near(sc, i, j)) { sc->sport_half_at = T(i)->s + 1; return -1; }
  /* "we dominated the first half ... showed character in the second
   * half": a half or quarter soon after one of a game is the game's too */
  if (!y && sc->sport_half_at && T(i)->s + 1 - sc->sport_half_at < DL_SPORT_HALF_BYTES) return -1;
  if (!y) {
    if (base_rel(sc, &b)) {
      int dir = tense_at(sc, i, j), bq = (b.mo - 1) / 3 + 1;
      y = b.y;
      if (sc->has_last && sc->last.y && sc->last.gran >= TG_YEAR && sc->last.gran <= TG_QUART
          && sc->o.anchor == DL_ANCHOR_LAST) y = sc->last.y;
      else if (unit == U_QUARTER) {
        /* "the fourth-quarter earnings season begins next week" (in
         * January): with no future cue, a quarter two or more ahead of
         * the current one is last year's, the one closed most recently */
        if ((dir < 0 && q > bq) || (dir == 0 && q - bq >= 2)) y--;
        /* "will report fourth-quarter results" (in January): the
         * adjective of a report names a quarter closed */
        else if (dir > 0 && q - bq >= 2 && hyph(sc, i + 1)) y--;
        /* "results for the fourth quarter" in the first: the last
         * year's, about to be reported (the third is months past) */
        else if (dir > 0 && q - bq >= 3 && report_for_part(sc, i)) y--;
        /* "prices will fall in the first quarter" (in December): a
         * quarter two or more behind the current one, told as still to
         * come, is next year's (not a comparison: "rise from the first
         * quarter", "lower than in the first quarter") */
        else if (dir > 0 && bq - q >= 2 && !hyph(sc, i + 1) && isw(sc, i - 1, W_THE)
                 && word_before_any(sc, i - 1, QUARTER_AHEAD_BEFORE,
                                    sizeof QUARTER_AHEAD_BEFORE / sizeof QUARTER_AHEAD_BEFORE[0])
                 && !word_before(sc, i - 2, "than"))
          y++;
      } else {
        int bh = b.mo <= 6 ? 1 : 2;
        if (dir < 0 && q > bh) y--;
      }
      r->anchored = 1; r->anchor = b;
    }
  }
  dl_tv_day(&v, y, unit == U_QUARTER ? (q - 1) * 3 + 1 : (q - 1) * 6 + 1, 1);
  v.gran = unit == U_QUARTER ? TG_QUART : TG_HALF;
  res_point(r, j, DL_TIMEX_DATE, &v);
  return j;
}

/* The business shorthands Q3, H1 and FY2024 / FY24, with a year after
 * them or not ("Q3 2025", "H1 of 2025"); i at the number, which follows
 * its capital letters with nothing between. */
static int m_period_code(scan *sc, int i, mres *r)
{
  const tok *t = T(i);
  const char *p = sc->text + t->s;
  size_t lead = 0;
  int y;
  if (t->suf != SUF_NONE || (t->s + t->n < sc->len && DL_IS_ALNUM(sc->text[t->s + t->n])))
    return -1;
  while (lead < t->s && lead < 3 && DL_IS_ALPHA(p[-(long)lead - 1])) lead++;
  if (lead == 0 || lead > 2 || (lead < t->s && (DL_IS_ALNUM(p[-(long)lead - 1])
                                               || (unsigned char)p[-(long)lead - 1] >= 0x80)))
    return -1;
  r->lead = (int)lead;
  if (lead == 1 && (p[-1] == 'Q' || p[-1] == 'H') && t->nd == 1) {
    int unit = p[-1] == 'Q' ? U_QUARTER : U_HALF;
    if (t->v < 1 || t->v > (unit == U_QUARTER ? 4 : 2)) return -1;
    y = part_year(sc, i, i + 1, t->v, unit, 0, r);
    /* H2 alone is also hydrogen: a half needs its year written */
    return unit == U_HALF && y == i + 1 ? -1 : y;
  }
  if (lead == 2 && p[-2] == 'F' && p[-1] == 'Y' && (t->nd == 4 || t->nd == 2)) {
    dl_tv v;
    int e, qk;
    y = t->nd == 4 ? t->v : two_digit_year(sc, t->v);
    if (y < 1000) return -1;
    e = fy_span_end(sc, i + 1, y);
    /* FY26 Q1, FY2026 H2: a part of that year (the Q may be a word token
     * of its own before the number) */
    qk = IN(i + 1) && T(i + 1)->kind == TK_NUM ? i + 1
       : IN(i + 2) && T(i + 2)->kind == TK_NUM && T(i + 2)->s == T(i + 1)->s + 1 ? i + 2 : -1;
    if (e == i + 1 && qk > 0 && T(qk)->nd == 1) {
      const tok *q = T(qk);
      char c = sc->text[q->s - 1];
      int unit = c == 'Q' ? U_QUARTER : c == 'H' ? U_HALF : 0;
      if (unit && q->s >= 2 && sc->text[q->s - 2] == ' ' && q->suf == SUF_NONE
          && q->v >= 1 && q->v <= (unit == U_QUARTER ? 4 : 2)
          && !(q->s + q->n < sc->len && DL_IS_ALNUM(sc->text[q->s + q->n]))) {
        dl_tv_day(&v, y, unit == U_QUARTER ? (q->v - 1) * 3 + 1 : (q->v - 1) * 6 + 1, 1);
        v.gran = unit == U_QUARTER ? TG_QUART : TG_HALF;
        res_point(r, qk + 1, DL_TIMEX_DATE, &v);
        return qk + 1;
      }
    }
    dl_tv_day(&v, y, 1, 1);
    v.gran = TG_YEAR;
    res_point(r, e, DL_TIMEX_DATE, &v);
    return e;
  }
  return -1;
}

/* The analysts' half and quarter codes with the part first: "1H24",
 * "2H2023", "3Q24" (as "H1 2024", "Q3 2024"); i at the digit of the part,
 * which the capital H or Q follows, then two or four digits of the year
 * and no more letters or digits. */
static int m_part_year_code(scan *sc, int i, mres *r)
{
  const tok *t = T(i);
  size_t p = t->s + 1, q, nd;
  int unit, y = 0, k;
  dl_tv v;
  if (t->nd != 1 || p + 2 >= sc->len || (sc->text[p] != 'H' && sc->text[p] != 'Q')
      || (t->s > 0 && DL_IS_ALNUM(sc->text[t->s - 1])))
    return -1;
  unit = sc->text[p] == 'Q' ? U_QUARTER : U_HALF;
  if (t->v < 1 || t->v > (unit == U_QUARTER ? 4 : 2)) return -1;
  /* (five digits at most: a longer run is no year, and y stays small) */
  for (q = p + 1; q < sc->len && q < p + 6 && DL_IS_DIGIT(sc->text[q]); q++) y = y * 10 + (sc->text[q] - '0');
  nd = q - p - 1;
  if ((nd != 2 && nd != 4) || (q < sc->len && DL_IS_ALNUM(sc->text[q]))) return -1;
  /* a part number's piece: "3Q24-B", "1H24/C", "XR-3Q24" (a range of
   * codes, "1Q24-3Q24", has a digit after its hyphen) */
  if (q + 1 < sc->len && (sc->text[q] == '-' || sc->text[q] == '/') && DL_IS_ALPHA(sc->text[q + 1]))
    return -1;
  if (t->s >= 2 && sc->text[t->s - 1] == '-' && sc->text[t->s - 2] >= 'A' && sc->text[t->s - 2] <= 'Z')
    return -1;
  if (nd == 2) y = two_digit_year(sc, y);
  if (y < 1000) return -1;
  for (k = i + 1; IN(k) && T(k)->s < q; k++) {}
  if (T(k - 1)->s + T(k - 1)->n != q) return -1;
  dl_tv_day(&v, y, unit == U_QUARTER ? (t->v - 1) * 3 + 1 : (t->v - 1) * 6 + 1, 1);
  v.gran = unit == U_QUARTER ? TG_QUART : TG_HALF;
  res_point(r, k, DL_TIMEX_DATE, &v);
  r->absolute = 1;
  return k;
}

/* "90 working days", "10 business days", "five trading days", "ten
 * sitting days" (of a parliament): days counted on a calendar of their
 * own, still the length P90D.  (Matched
 * by their letters: common words, which as words of the lexicon would
 * end the tokenizer's runs of ordinary words.) */
static const char *const DAY_KIND_WORDS[] = { "business", "school", "sitting", "trading", "working" };

static int day_kind(const scan *sc, int j)
{
  if (!IN(j) || T(j)->kind != TK_WORD || T(j)->w
      || !(isw(sc, j + 1, W_DAYS) || isw(sc, j + 1, W_DAY) || (hyph(sc, j + 1) && isw(sc, j + 2, W_DAY))))
    return 0;
  return dl_word_in(sc->text + T(j)->s, T(j)->n, DAY_KIND_WORDS, sizeof DAY_KIND_WORDS / sizeof DAY_KIND_WORDS[0]);
}

/* A word between a count and its unit that leaves the length as it is:
 * two more weeks, an additional year, 35 straight days. */
static int count_filler(const scan *sc, int j)
{
  return (isw(sc, j, W_MORE) && !isw(sc, j + 1, W_THAN)) || isw(sc, j, W_ADDITIONAL)
      || isw(sc, j, W_EXTRA) || isw(sc, j, W_STRAIGHT) || isw(sc, j, W_CONSECUTIVE)
      || isw(sc, j, W_SUCCESSIVE) || isw(sc, j, W_FULL);
}

/* The second count of a range of lengths, "three to four days", "2-3
 * weeks", "between two and three years", after the first count ends at
 * j: returns where the second count ends (its unit follows), or -1.
 * TimeML marks the range as one duration of its lower bound, at least
 * (TimeBank: "two to three weeks", P2W, EQUAL_OR_MORE). */
static int range_count(const scan *sc, int i, int j, int n)
{
  int n2, half2, k, unit, pl;
  if (n <= 0 || (T(i)->kind == TK_NUM && T(i)->nd > 3)) return -1;   /* 2010 to 2015 */
  if (isw(sc, j, W_TO) || isw(sc, j, W_OR)
      || (isw(sc, j, W_AND) && isw(sc, i - 1, W_BETWEEN))
      || (T(i)->kind == TK_NUM && hyph(sc, j) && T(j + 1)->kind == TK_NUM)) {
    k = parse_card(sc, j + 1, &n2, &half2);
    /* words and digits mix after "to" / "and" ("two to 14 days"), not
     * around a hyphen */
    if (k < 0 || n2 <= n || (T(j + 1)->kind != T(i)->kind && hyph(sc, j))) return -1;
    if (parse_unit(sc, k, &unit, &pl) < 0 || !pl) return -1;
    return k;
  }
  return -1;
}

/* card unit [ago|earlier|later|before|after|from now] ; durations and
 * their anchored points.  i at the cardinal. */
/* Does a word of relation follow the unit at token j ("ago", "later",
 * "from now")?  After one, "a year" is a length counted back or on, no
 * SET. */
static int rel_after(const scan *sc, int j)
{
  return tcat(sc, j + 1, LEX_REL) || (isw(sc, j + 1, W_FROM) && isw(sc, j + 2, W_NOW));
}

/* A relative word after the unit at j that makes it a length ("a month
 * ago", "a year later"), not one that opens a period of its own ("205,000
 * a month this year", "2% a month last year": still a rate). */
static int rel_not_period(const scan *sc, int j)
{
  return tcat(sc, j + 1, LEX_REL) && !tcat(sc, j + 2, LEX_UNIT);
}

/* "into" after a unit: the time gone by in an event ("was 10-2 a month
 * into the season") or a rate of motion ("pumped 500 barrels a day into
 * the sea"); after a bare count ("40 a week into the war") nothing
 * tells which, and no SET is made. */
static const char *const INTO_WORD[] = { "into" };

/* "half hour" or "half-hour" at k: the token of "hour", else 0. */
static int half_hour_at(const scan *sc, int k)
{
  if (!isw(sc, k, W_HALF)) return 0;
  if (isw(sc, k + 1, W_HOUR)) return k + 1;
  return hyph(sc, k + 1) && isw(sc, k + 2, W_HOUR) ? k + 2 : 0;
}

static void season_point(scan *sc, dl_tv *v, int season, int y, int dir, mres *r);

/* The seasons counted back ("two winters ago"), each with its season
 * (1 spring .. 4 winter, as season_point counts them). */
static const struct { const char *name; int season; } SEASONS_PLURAL[] = {
  {"autumns", 3}, {"falls", 3}, {"springs", 1}, {"summers", 2}, {"winters", 4}
};

/* Whether the decimals at token f may be kept on a count of unit: any
 * of a count of seconds ("9.58 seconds"), one or two of a count of
 * minutes to years ("followed for a median of 4.2 years", "1.8 days":
 * trial and survey figures, P4.2Y).  A half stays with parse_card
 * ("2.5 years": P2Y6M); weekends, quarters and longer units have no
 * decimal value of their own. */
static int decimal_unit_ok(const scan *sc, int f, int unit)
{
  const tok *d = T(f);
  if (unit == U_SEC) return 1;
  if (d->nd > 2 || (d->nd == 1 && d->v == 5)) return 0;
  /* "at 14.30 hours", "06.15 hours": a clock time written the military
   * way, no length */
  if (unit == U_HOUR && d->nd == 2 && d->v < 60 && f >= 2 && T(f - 2)->kind == TK_NUM
      && T(f - 2)->nd == 2 && T(f - 2)->v <= 24
      && (T(f - 2)->v < 10 || isw(sc, f - 3, W_AT) || isw(sc, f - 3, W_BY)
          || isw(sc, f - 3, W_UNTIL) || isw(sc, f - 3, W_FROM) || isw(sc, f - 3, W_SINCE)))
    return 0;
  return unit == U_MIN || unit == U_HOUR || unit == U_DAY || unit == U_WEEK || unit == U_MONTH
         || unit == U_YEAR;
}

/* "4.6 billion years", "66 million years old", "a 4.6-billion-year-old
 * rock": the ages of science stories, their count written out in full
 * (P4600000000Y).  A count that dates something ("66 million years
 * ago") names no year a value can hold, and stays out. */
static int eon_years(scan *sc, int i, mres *r)
{
  int j = i + 1, n = T(i)->v, zeros, e;
  if (T(i)->kind != TK_NUM || T(i)->suf != SUF_NONE || (T(i)->fl & F_CTX) || T(i)->nd > 3 || n < 1)
    return -1;
  if (att(sc, i) && (ispu(sc, i - 1, '.') || ispu(sc, i - 1, ',')))   /* "1.4.6", "2,4" */
    return -1;
  zeros = 0;
  if (ispu(sc, j, '.') && att(sc, j) && att(sc, j + 1) && IN(j + 1) && T(j + 1)->kind == TK_NUM
      && T(j + 1)->suf == SUF_NONE && T(j + 1)->nd <= 2) {
    int k;
    for (k = 0; k < T(j + 1)->nd; k++) n *= 10;
    n += T(j + 1)->v;
    zeros = -T(j + 1)->nd;
    j += 2;
  }
  if (hyph(sc, j)) j++;
  if (isw(sc, j, W_BILLION)) zeros += 9;
  else if (isw(sc, j, W_MILLION)) zeros += 6;
  else return -1;
  j++;
  if (hyph(sc, j) && isw(sc, j + 1, W_YEAR) && hyph(sc, j + 2) && isw(sc, j + 3, W_OLD)) e = j + 4;
  else if (!hyph(sc, j) && tcat(sc, j, LEX_UNITS) && tval(sc, j, LEX_UNITS) == U_YEAR
           && !isw(sc, j + 1, W_AGO) && !isw(sc, j + 1, W_EARLIER) && !isw(sc, j + 1, W_LATER)
           && !isw(sc, j + 1, W_BEFORE) && !isw(sc, j + 1, W_AFTER))
    e = j + 1;
  else return -1;
  res_dur(r, e, n, 0, U_YEAR);
  r->dzeros = (unsigned char)zeros;
  return e;
}

/* The most tokens back from a bare "N days after" to look for the
 * "N days before <event>" of its sentence. */
#define DL_EVENT_OFFSET_TOKENS 24

/* Is there, earlier in the sentence of token i, a count of units before
 * "before" or "after" and an event after it ("four days before the rash
 * appears")? */
static int event_offset_before(const scan *sc, int i)
{
  int m, lo = i - DL_EVENT_OFFSET_TOKENS;
  for (m = i - 1; m > 0 && m > lo; m--) {
    if (T(m)->kind == TK_PUNCT && (T(m)->v == '.' || T(m)->v == ';' || T(m)->v == '?' || T(m)->v == '!'))
      return 0;
    if ((isw(sc, m, W_BEFORE) || isw(sc, m, W_AFTER))
        && (tcat(sc, m - 1, LEX_UNITS) || tcat(sc, m - 1, LEX_UNIT))
        /* (an event, not a day: "before Christmas", "before Monday") */
        && IN(m + 1) && T(m + 1)->kind == TK_WORD && !(T(m + 1)->fl & F_CAP)
        && !tcat(sc, m + 1, LEX_MONTH) && !tcat(sc, m + 1, LEX_WDAY) && !tcat(sc, m + 1, LEX_DEICT)
        && !tcat(sc, m + 1, LEX_HOLIDAY))
      return 1;
  }
  return 0;
}

static int m_duration(scan *sc, int i, mres *r)
{
  int n, half, j, unit, pl, adj = 0, range = 0, place = 0;
  dl_tv v, b;
  if (IN(i + 2) && T(i)->kind == TK_NUM && (j = eon_years(sc, i, r)) > 0) return j;
  /* "in 9.58 seconds", "0.146 seconds": a race time or a reaction time,
   * its decimals kept (PT9.58S); not the tail of a figure ("1.9.58") */
  if (IN(i + 3) && T(i)->kind == TK_NUM && T(i)->suf == SUF_NONE && !(T(i)->fl & F_CTX)
      && T(i)->nd <= 4 && ispu(sc, i + 1, '.') && att(sc, i + 1) && att(sc, i + 2)
      && T(i + 2)->kind == TK_NUM && T(i + 2)->suf == SUF_NONE && T(i + 2)->nd <= 3
      && !(ispu(sc, i + 3, '.') && att(sc, i + 3))
      && tcat(sc, i + 3, LEX_UNITS) && decimal_unit_ok(sc, i + 2, tval(sc, i + 3, LEX_UNITS))
      && !(att(sc, i) && (ispu(sc, i - 1, '.') || ispu(sc, i - 1, ',')))) {
    res_dur(r, i + 4, T(i)->v, 0, tval(sc, i + 3, LEX_UNITS));
    r->dfrac = (unsigned short)T(i + 2)->v;
    r->dfrac_nd = (unsigned char)T(i + 2)->nd;
    return i + 4;
  }
  /* "a 4.2-year study", "a 6.8-day stay": the same count as an adjective
   * (not an age: "a 2.3-year-old", nor "a 4.2-year-average") */
  if (IN(i + 5) && T(i)->kind == TK_NUM && T(i)->suf == SUF_NONE && !(T(i)->fl & F_CTX)
      && T(i)->nd <= 3 && ispu(sc, i + 1, '.') && att(sc, i + 1) && att(sc, i + 2)
      && T(i + 2)->kind == TK_NUM && T(i + 2)->suf == SUF_NONE && hyph(sc, i + 3)
      && tcat(sc, i + 4, LEX_UNIT) && tval(sc, i + 4, LEX_UNIT) != U_SEC
      && decimal_unit_ok(sc, i + 2, tval(sc, i + 4, LEX_UNIT)) && !hyph(sc, i + 5)
      && !(att(sc, i) && (ispu(sc, i - 1, '.') || ispu(sc, i - 1, ',')))) {
    res_dur(r, i + 5, T(i)->v, 0, tval(sc, i + 4, LEX_UNIT));
    r->dfrac = (unsigned short)T(i + 2)->v;
    r->dfrac_nd = (unsigned char)T(i + 2)->nd;
    return i + 5;
  }
  j = parse_card(sc, i, &n, &half);
  if (j < 0) {
    /* "half an hour" */
    if (isw(sc, i, W_HALF) && tcat(sc, i + 1, LEX_DET) && tval(sc, i + 1, LEX_DET) == 2) {
      n = 0; half = 1; j = i + 2;
    } else if (isw(sc, i, W_A) && (j = half_hour_at(sc, i + 1)) > 0) {
      /* "a half hour", "a half-hour": thirty minutes */
      n = 0; half = 1;
    } else return -1;
  }
  /* "two winters ago", "three summers ago": that season so many years
   * before the last one (as "last winter") */
  if (n >= 1 && !half && IN(j) && T(j)->kind == TK_WORD && T(j)->cat == LEX_NONE && isw(sc, j + 1, W_AGO)) {
    size_t w = 0;
    while (w < sizeof SEASONS_PLURAL / sizeof SEASONS_PLURAL[0]
           && !dl_word_eq(sc->text + T(j)->s, T(j)->n, SEASONS_PLURAL[w].name))
      w++;
    if (w < sizeof SEASONS_PLURAL / sizeof SEASONS_PLURAL[0] && base_rel(sc, &b)) {
      dl_tv cur = b, anchor0 = r->anchor;
      int anchored0 = r->anchored;
      season_point(sc, &v, SEASONS_PLURAL[w].season, 0, -1, r);
      dl_tv_coarsen(&cur, TG_SEAS);
      if (cur.y == v.y && cur.mo == v.mo) v.y--;
      v.y -= n - 1;
      /* (a failed match leaves r as it found it) */
      if (v.y < 1) { r->anchored = anchored0; r->anchor = anchor0; return -1; }
      res_point(r, j + 2, DL_TIMEX_DATE, &v);
      return j + 2;
    }
  }
  /* "the Seven Years' War", "the Hundred Years' War": a plural unit's
   * possessive before a capitalized word names an event */
  if (IN(j) && (tcat(sc, j, LEX_UNITS) || tcat(sc, j, LEX_UNIT))) {
    size_t x = sc->t[j].s + sc->t[j].n;
    if (x + 2 < sc->len && sc->text[x] == '\'' && sc->text[x + 1] == ' ' && DL_IS_UPPER(sc->text[x + 2]))
      return -1;
  }
  /* (cheap tests first: dense digit text has many "12-15") */
  if (!half && IN(j + 2) && (sc->t[j].w == W_TO || sc->t[j].w == W_AND || sc->t[j].w == W_OR
                             || ispu(sc, j, '-'))
      && (T(j + 1)->kind == TK_NUM
              /* "1,000 to 2,000 years": the second number in thousands */
              ? tcat(sc, j + 2, LEX_UNITS) || (ispu(sc, j + 2, ',') && tcat(sc, j + 4, LEX_UNITS))
              : tcat(sc, j + 1, LEX_NUMW))) {
    int k = range_count(sc, i, j, n);
    if (k > 0) { j = k; range = 1; }
  }
  if (!range && hyph(sc, j)) {
    adj = 1; j++;
    if (IN(j) && T(j)->n >= 6 && T(j)->n <= 8 && day_kind(sc, j) && hyph(sc, j + 1)) j += 2;   /* a 25-working-day review */
  }
  else if (count_filler(sc, j)) j++;
  if (parse_unit(sc, j, &unit, &pl) < 0) {
    /* "a year and a half" handled below; "two and a half years" by parse_card */
    if (adj || !IN(j) || T(j)->n < 6 || T(j)->n > 8 || !day_kind(sc, j)
        || parse_unit(sc, ++j, &unit, &pl) < 0)
      return -1;
  }
  if (unit == U_HALF) return -1;
  /* "two quarter-point cuts", "three day-care centres": the unit begins
   * a compound noun, no length */
  if (!adj && !pl && hyph(sc, j + 1) && IN(j + 2) && T(j + 2)->kind == TK_WORD && T(j + 2)->cat == LEX_NONE)
    return -1;
  /* "a day-by-day schedule", "a year-to-year change": the unit opens an
   * adjective of repetition, no length */
  if (!adj && hyph(sc, j + 1) && (isw(sc, j + 2, W_BY) || isw(sc, j + 2, W_TO)) && hyph(sc, j + 3))
    return -1;
  /* "a year-earlier loss", "a year-ago quarter": the compound is the date */
  if (!adj && hyph(sc, j + 1) && (isw(sc, j + 2, W_EARLIER) || isw(sc, j + 2, W_AGO)))
    return -1;
  if (isw(sc, i, W_A) || isw(sc, i, W_AN)) {
    /* "a second term", "a quarter of": the unit must stand alone */
    if ((unit == U_SEC || unit == U_QUARTER) && IN(j + 1) && T(j + 1)->kind == TK_WORD
        && !tcat(sc, j + 1, LEX_REL) && !isw(sc, j + 1, W_OR) && !isw(sc, j + 1, W_AND))
      return -1;
    /* "a second-quarter loss", "a second-half rally": the ordinal of a
     * compound, no length */
    if (unit == U_SEC && hyph(sc, j + 1) && IN(j + 2) && T(j + 2)->kind == TK_WORD) return -1;
    /* "averaged 16 a day", "compared with nine a day": a bare count (no
     * money, percent or unit: those make a rate, below) of things each
     * period, a SET as "20 patients a day" */
    if (!adj && !pl && n == 1 && !rel_after(sc, j) && !word_after_any(sc, j, INTO_WORD, 1)
        && IN(i - 1) && T(i - 1)->s + T(i - 1)->n + 1 == T(i)->s
        && ((plain_num(sc, i - 1) && T(i - 1)->nd <= 3) || tcat(sc, i - 1, LEX_NUMW))) {
      res_dur(r, j + 1, 1, 0, unit);
      r->type = DL_TIMEX_SET;
      return j + 1;
    }
    /* "$5 a year", "10% a month": a rate, which TimeML annotators leave
     * untagged */
    if (!adj && !rel_not_period(sc, j) && (rate_before(sc, i) || (place = amount_before_place(sc, i)) == 2))
      return -1;
    /* ("$2 billion in aid a year": the same, a noun between) */
    if (!adj && !place && !rel_not_period(sc, j) && (place = amount_before_phrase(sc, i)) == 2)
      return -1;
    /* "300 million phones a year", "20 patients a day": how many of a
     * thing each period, a SET (not the length of one) */
    if (!adj && !pl && n == 1 && (counted_before(sc, i) || place == 1) && !rel_after(sc, j)) {
      res_dur(r, j + 1, 1, 0, unit);
      r->type = DL_TIMEX_SET;
      return j + 1;
    }
  }
  if (IN(i) && T(i)->kind == TK_NUM && measure_after(sc, i + 1)) return -1;
  if (IN(i) && T(i)->kind == TK_NUM && T(i)->nd >= 4 && !pl) return -1;
  if (military_hours(sc, i)) return -1;   /* a clock time (m_clock) */
  if (adj && pl) return -1;
  if (unit == U_SEC && (isw(sc, j + 1, W_QUARTER) || isw(sc, j + 1, W_HALF))) return -1;
  if (n == 1 && pl && !adj && T(i)->kind == TK_NUM) { /* "1 years" ok */ }
  if (n > 1 && !pl && !adj && T(i)->kind != TK_NUM && !isw(sc, i, W_A)) {
    /* "two year" (spoken) is still a duration */
  }
  j++;
  if (hyph(sc, j) && isw(sc, j + 1, W_LONG)) {
    /* two-day-long; "a day-long" is matched from "day" (m_at), without
     * the article */
    if (isw(sc, i, W_A) || isw(sc, i, W_AN)) return -1;
    adj = 1; j += 2;
  }
  if (isw(sc, j, W_AND) && isw(sc, j + 1, W_A) && isw(sc, j + 2, W_HALF)) { half = 1; j += 3; }
  else if (!adj && n > 0 && !half
           && (isw(sc, j, W_AND) || (unit == U_HOUR && ispu(sc, j, ',') && att(sc, j)))) {
    /* "one hour and 41 minutes", "two years and three months": one
     * length in a unit and the next smaller one, fewer of it than make
     * one of the larger; a race's time with a comma, "in two hours, 5
     * minutes" */
    int n2, h2, u2, pl2, k2 = parse_card(sc, j + 1, &n2, &h2);
    int sub = unit == U_HOUR ? U_MIN : unit == U_MIN ? U_SEC : unit == U_YEAR ? U_MONTH
            : unit == U_DAY ? U_HOUR : 0;
    int lim = unit == U_YEAR ? 12 : unit == U_DAY ? 24 : 60;
    if (sub && k2 > 0 && !h2 && n2 > 0 && n2 < lim && IN(k2)
        && parse_unit(sc, k2, &u2, &pl2) > 0 && u2 == sub && !hyph(sc, k2 + 1)
        /* ("an hour and 20 minutes later": a point, read as before) */
        && !tcat(sc, k2 + 1, LEX_REL) && !(isw(sc, k2 + 1, W_FROM) && isw(sc, k2 + 2, W_NOW))) {
      res_dur(r, k2 + 1, n, 0, unit);
      r->dsub = (unsigned char)n2;
      return k2 + 1;
    }
  }
  /* "a year to the day after the invasion": the exact length */
  if (!adj && unit >= U_WEEK && isw(sc, j, W_TO) && isw(sc, j + 1, W_THE) && isw(sc, j + 2, W_DAY)
      && !isw(sc, j + 3, W_OF)) {
    res_dur(r, j + 3, n, half, unit);
    return j + 3;
  }
  if (!adj && isw(sc, j, W_OR) && isw(sc, j + 1, W_SO)) j += 2;   /* a week or so (ago) */
  /* two years or more, a week or less: the length is a bound */
  if (!adj && isw(sc, j, W_OR) && !tcat(sc, j + 2, LEX_UNITS)
      && (isw(sc, j + 1, W_MORE) || isw(sc, j + 1, W_LONGER) || isw(sc, j + 1, W_LESS)
          || isw(sc, j + 1, W_FEWER))
      && (isw(sc, j + 1, W_LONGER)   /* "or more people": more of a noun */
          || !(IN(j + 2) && T(j + 2)->kind == TK_WORD && (T(j + 2)->fl & F_PLAIN)))) {
    r->mod = isw(sc, j + 1, W_MORE) || isw(sc, j + 1, W_LONGER) ? DL_MOD_EQUAL_OR_MORE
                                                                 : DL_MOD_EQUAL_OR_LESS;
    res_dur(r, j + 2, n, half, unit);
    return j + 2;
  }
  /* "24 hours a day", "seven days a week", "40 hours a week": how much
   * of each longer period, a SET of that period (a range of counts too,
   * "two or three days a week") */
  if (!adj && n > 0 && (isw(sc, j, W_A) || isw(sc, j, W_PER)) && tcat(sc, j + 1, LEX_UNIT)
      && !tcat(sc, j + 2, LEX_REL)) {   /* not "10 years a decade ago" */
    int per = tval(sc, j + 1, LEX_UNIT);
    if (dl_unit_gran(per) < dl_unit_gran(unit) && per != U_HALF && per != U_WEEKEND) {
      res_dur(r, j + 2, 1, 0, per);
      r->type = DL_TIMEX_SET;
      return j + 2;
    }
  }
  if (range) {
    /* "three to four years ago", "two or three days later": one point,
     * from the lower count (as the length of a range is its lower bound);
     * "two to 14 days after infection" is still the length */
    int rel = tcat(sc, j, LEX_REL) ? tval(sc, j, LEX_REL) : 0;
    if (rel != R_AGO && rel != R_LATER && rel != R_EARLIER
        && !(isw(sc, j, W_FROM) && isw(sc, j + 1, W_NOW))) {
      if (rel && rel != R_AFTER && rel != R_BEFORE) return -1;
      r->mod = DL_MOD_EQUAL_OR_MORE;
      res_dur(r, j, n, half, unit);
      return j;
    }
  }
  /* ages: "52 years old" */
  if (!adj && pl && unit == U_YEAR && isw(sc, j, W_OLD)) return -1;
  if (adj) {
    /* ages ("a 42-year-old trader"), but the age of a conflict, a
     * truce or a law is the length it has lasted: "the two-year-old
     * conflict", "an 8-month-old truce" (TimeBank DURATION) */
    if (hyph(sc, j) && isw(sc, j + 1, W_OLD)) {
      if (!old_thing_after(sc, j + 1)) return -1;
      res_dur(r, j + 2, n, half, unit);
      return j + 2;
    }
    res_dur(r, j, n, half, unit);
    return j;
  }
  /* anchored points: N units ago / earlier / later / before / after / from now */
  /* "Four years on, the savers have an answer", "a decade on from the
   * crash": as "later" (not "three years on the board") */
  int on_later = isw(sc, j, W_ON) && n > 0 && unit >= U_DAY && unit != U_WEEKEND
                 && (ispu(sc, j + 1, ',') || ispu(sc, j + 1, '.') || isw(sc, j + 1, W_FROM));
  /* in the present ("Four years on, the savers finally have an answer")
   * it is the time of the story, N units after its event: the reference
   * date; a past narrative counts on from its last date */
  if (on_later && !base_rel(sc, &b)) on_later = 0;
  if (on_later) {
    int t_ = tense_at(sc, i, j + 1);
    /* (a past narrative only with a date before to count from: the past
     * verb of a headline's "Fifty years on, a town remembers the night
     * the dam gave way" is the event's) */
    if ((t_ < -1 || (t_ == -1 && sc->tense->event)) && sc->has_last && sc->last.y)
      on_later = 2;   /* past narrative */
  }
  if (on_later == 1) {
    v = b;
    v.hh = v.mm = v.ss = -1; v.has_tz = 0;
    dl_tv_coarsen(&v, unit == U_DAY ? TG_DAY : unit == U_WEEK ? TG_WEEK : dl_unit_gran(unit));
    r->anchored = 1; r->anchor = b;
    res_point(r, j + 1, DL_TIMEX_DATE, &v);
    r->keep_last = 1;
    return j + 1;
  }
  if (tcat(sc, j, LEX_REL) || (isw(sc, j, W_FROM) && isw(sc, j + 1, W_NOW)) || on_later) {
    int rel = tcat(sc, j, LEX_REL) ? tval(sc, j, LEX_REL) : R_LATER;
    int sign = 0, ana = 0, k = j + 1;
    if (isw(sc, j, W_FROM)) { sign = 1; k = j + 2; }
    else if (rel == R_AGO) sign = -1;
    else if (rel == R_EARLIER || rel == R_BEFORE) { sign = -1; ana = 1; }
    else if (rel == R_LATER || rel == R_AFTER) { sign = 1; ana = 1; }
    if (sign && !half) {
      int got;
      /* "before"/"after" followed by something: "two days before the vote",
       * "a year before 2040" */
      if ((rel == R_BEFORE || rel == R_AFTER) && IN(k)
          && (T(k)->kind == TK_WORD || T(k)->kind == TK_NUM)) {
        res_dur(r, j, n, half, unit);
        return j;
      }
      /* "from four days before the rash appears until four days after":
       * the bare one counts from the same event, a length as well */
      if ((rel == R_BEFORE || rel == R_AFTER) && event_offset_before(sc, i)) {
        res_dur(r, j, n, half, unit);
        return j;
      }
      /* "six months later than planned", "a week earlier than usual": a
       * gap between two times, no point anchored on the last date */
      if ((rel == R_LATER || rel == R_EARLIER) && isw(sc, k, W_THAN)) {
        res_dur(r, j, n, half, unit);
        return j;
      }
      if (ana) got = base_ana(sc, &b);
      else got = base_rel(sc, &b);
      /* "in the late 1950s ... A decade later": decades count from the
       * decade named since the last date, not from that date */
      if (ana && unit == U_DECADE && sc->dec.y && sc->dec_end > sc->last_end) { b = sc->dec; got = 1; }
      /* "told lawyers on Tuesday she would bar a 1991 loan. A day
       * earlier ...": days (weeks, hours) count from a day; a year named
       * since in passing, not after that day, is no anchor for them */
      if (got && ana && b.gran <= TG_YEAR && dl_unit_gran(unit) >= TG_WEEK && sc->has_last_day
          && sc->last_day.y >= b.y && sc->last_day.mo && sc->last_day.d)
        b = sc->last_day;
      /* "a 40 percent chance of a rise by the end of 2013, down from 70
       * percent a month earlier": a last date coarser than the count and
       * still ahead of the reference is a forecast's, no point to count
       * from; the comparison is with the reference date */
      if (got && ana && b.gran < dl_unit_gran(unit) && b.gran < TG_DAY && sc->has_ref
          && b.y > sc->ref.y)
        got = base_rel(sc, &b);
      if (got && n >= 0) {
        /* "in August, data showed on Thursday, up from 18 percent a year
         * earlier (ago)": the month of the figures a year back, not the
         * day they came out */
        if (unit == U_YEAR && n == 1 && (ana || rel == R_AGO) && sc->stat_chunk == sc->chunk
            && comparison_at(sc, i)) {
          v = sc->stat;
          dl_tv_shift(&v, U_YEAR, sign);
        }
        /* "a year ago" in a report on a quarter: the same quarter */
        else if ((unit == U_YEAR) && (ana || sc->o.anchor == DL_ANCHOR_REF)
            && ((last_quarter(sc, &v) && (sc->quart_chunk == sc->chunk || comparison_at(sc, i)))
                || (n == 1 && chunk_quarter(sc, &v, i)))) {
          dl_tv_shift(&v, U_YEAR, sign * n);
        } else if (ana && b.gran != TG_DAY && b.gran < dl_unit_gran(unit)) {
          v = b;
          dl_tv_shift(&v, unit, sign * n);
        } else {
          v = b;
          if (v.gran > TG_DAY) { v.gran = TG_DAY; v.hh = v.mm = v.ss = -1; v.has_tz = 0; }
          /* "a year earlier" after a month, quarter or season: the same
           * period a year away (the comparison of company and economic
           * reports); a count of years or decades after a month or a week
           * is a year (or decade), as after a day ("married in June 1955,
           * divorced three years later") */
          if (ana && v.gran <= TG_DAY && v.gran != TG_DAY && v.gran > dl_unit_gran(unit)
              && !(v.gran >= TG_MONTH && dl_unit_gran(unit) <= TG_YEAR && !(unit == U_YEAR && n == 1))) {
            dl_tv_shift(&v, unit, sign * n);
          } else {
            dl_tv_shift(&v, unit, sign * n);
            if (unit == U_HOUR || unit == U_MIN || unit == U_SEC) {
              if (b.gran == TG_TIME) { v = b; dl_tv_shift(&v, unit, sign * n); }
              else v.gran = TG_DAY;
            } else if (unit == U_WEEK || unit == U_FORTNIGHT || unit == U_WEEKEND) {
              if (!ana || unit == U_WEEKEND) dl_tv_coarsen(&v, unit == U_WEEKEND ? TG_WE : TG_WEEK);
              else v.gran = TG_DAY;
            } else if (unit == U_DECADE && rel == R_AGO) {
              dl_tv_coarsen(&v, TG_YEAR);   /* "a decade ago": a year, as TimeBank */
            } else if (unit != U_DAY) {
              dl_tv_coarsen(&v, dl_unit_gran(unit));
            }
          }
        }
        r->anchored = 1; r->anchor = b;
      } else {
        dl_tv_day(&v, 0, 0, 0);
        v.gran = unit == U_DAY ? TG_DAY : dl_unit_gran(unit);
        if (v.gran == TG_TIME) v.gran = TG_DAY;
      }
      if (n < 0 && got) {
        /* "a few years ago": the past */
        res_str(r, k, "PAST_REF");
        if (sign > 0) r->str = "FUTURE_REF";
        return k;
      }
      /* "fifty years ago today": that very day */
      if (rel == R_AGO && got && unit >= U_DAY && tcat(sc, k, LEX_DEICT) && tval(sc, k, LEX_DEICT) == D_TODAY
          && b.gran >= TG_DAY && b.d) {
        v = b;
        v.gran = TG_DAY; v.hh = v.mm = v.ss = -1; v.has_tz = 0;
        dl_tv_shift(&v, unit, -n);
        k++;
      }
      /* "fifty years ago this month", "twenty years ago this week": that
       * month (the week of that day) then; the year stays in 1..b.y */
      else if (rel == R_AGO && got && unit == U_YEAR && isw(sc, k, W_THIS) && b.mo && n >= 1
               && b.y - n >= 1
               && ((isw(sc, k + 1, W_MONTH) && b.gran >= TG_MONTH)
                   || (isw(sc, k + 1, W_WEEK) && b.gran >= TG_DAY && b.d))) {
        v = b;
        v.hh = v.mm = v.ss = -1; v.has_tz = 0;
        dl_tv_shift(&v, U_YEAR, -n);
        dl_tv_coarsen(&v, isw(sc, k + 1, W_MONTH) ? TG_MONTH : TG_WEEK);
        k += 2;
      }
      res_point(r, k, v.gran == TG_TIME ? DL_TIMEX_TIME : DL_TIMEX_DATE, &v);
      /* a narrative moving on ("on Sept. 14 ... Three days later ... The
       * next morning"): a point counted forward from the last date is the
       * new last date; a comparison back ("a year earlier") is not */
      if (!(ana && sign > 0 && got && sc->has_last && sc->last.y)) r->keep_last = 1;
      return k;
    }
  }
  res_dur(r, j, n, half, unit);
  return j;
}

/* A clock time at i followed by an optional day: "10 p.m. Wednesday",
 * "5 p.m. EST Nov. 9", "3 p.m. today". */
/* Does a recurring day or part of day end at token k ("every Tuesday",
 * "every other Sunday", "Tuesdays", "each morning", "daily")? */
static int set_ends_at(const scan *sc, int k)
{
  int q;
  if (tcat(sc, k, LEX_WDAYS) || tcat(sc, k, LEX_PODS) || tcat(sc, k, LEX_SETADV)) return 1;
  /* "open on weekdays from 9 a.m." */
  if (tcat(sc, k, LEX_MISC) && tval(sc, k, LEX_MISC) == X_WEEKDAYS && isw(sc, k - 1, W_ON)) return 1;
  /* "every weekday at 7:45 a.m.", "each day from 6 a.m.": the
   * quantifier before makes the day a recurring one */
  if ((isw(sc, k, W_DAY) || isw(sc, k, W_WEEKDAY)) && tcat(sc, k - 1, LEX_QUANT))
    return tval(sc, k - 1, LEX_QUANT) != 3;
  if (!((tcat(sc, k, LEX_WDAY) && (T(k)->fl & F_CAP)) || tcat(sc, k, LEX_POD))) return 0;
  q = k - 1;
  if (tcat(sc, k, LEX_POD) && tcat(sc, q, LEX_WDAY)) q--;   /* every Tuesday evening */
  if (isw(sc, q, W_OTHER)) q--;
  return tcat(sc, q, LEX_QUANT) && tval(sc, q, LEX_QUANT) != 3;
}

/* Does a recurring day start at token k, after a clock time ("11:30
 * a.m. each day", "2:15 p.m. daily", "6 p.m. every Friday", "9 a.m.
 * each school day")? */
static const char *const DAY_PLURALS[] = { "weekdays", "weeknights" };
static int day_set_at(const scan *sc, int k)
{
  /* (a capital opens the next sentence after "a.m.": "at 3 p.m. Each
   * day since, rescuers have searched") */
  if (IN(k) && (T(k)->fl & F_CAP)) return 0;
  /* "closes at 1 p.m. on Fridays", "opens at 8 a.m. on weekdays" (or
   * "on weekends"): the plural day recurs */
  if (isw(sc, k, W_ON)
      && (tcat(sc, k + 1, LEX_WDAYS) || word_after_any(sc, k, DAY_PLURALS, sizeof DAY_PLURALS / sizeof DAY_PLURALS[0])
          || (tcat(sc, k + 1, LEX_UNITS) && tval(sc, k + 1, LEX_UNITS) == U_WEEKEND)))
    return 1;
  if (tcat(sc, k, LEX_SETADV)) return tval(sc, k, LEX_SETADV) == S_DAILY || tval(sc, k, LEX_SETADV) == S_NIGHTLY;
  if (!tcat(sc, k, LEX_QUANT) || tval(sc, k, LEX_QUANT) == 3) return 0;   /* (not "per") */
  k++;
  if (IN(k) && T(k)->n >= 6 && T(k)->n <= 8 && day_kind(sc, k)) k++;
  return isw(sc, k, W_DAY) || isw(sc, k, W_WEEKDAY) || (tcat(sc, k, LEX_WDAY) && (T(k)->fl & F_CAP))
         || tcat(sc, k, LEX_POD);
}

/* Is token p the "from" / "at" of a clock time after a count of units
 * each period ("seven days a week from 8 a.m.", "24 hours a day at")? */
static int count_each_before(const scan *sc, int p)
{
  return (isw(sc, p, W_AT) || isw(sc, p, W_FROM)) && tcat(sc, p - 1, LEX_UNIT)
         && (isw(sc, p - 2, W_A) || isw(sc, p - 2, W_PER)) && tcat(sc, p - 3, LEX_UNITS);
}

/* Adverbs of habit that make a clock time a few words on in their
 * clause one of each day (clock_recurs). */
static const char *const HABIT_ADVS[] = { "customarily", "generally", "normally", "ordinarily",
                                          "routinely", "typically", "usually" };
/* Words between such an adverb and the clock time that tell one event
 * (a past auxiliary or an irregular past: "the usually quiet port was
 * shut at 6 a.m.") or open a clause of its own ("but"), sorted. */
static const char *const HABIT_BREAKS[] = { "began", "broke", "but", "came", "did", "fell", "got",
                                            "had", "left", "made", "met", "ran", "rose", "sat",
                                            "shut", "stood", "took", "was", "went", "were" };

/* Is the clock time at tokens i..j) one of each day of a recurring kind
 * ("every Tuesday at 6 p.m.", "daily at 9 a.m.")?  Also with the
 * recurring day after it, "ends at 11:30 a.m. each day", or after a
 * second clock time, "from 8 a.m. to 8 p.m. daily". */
static int clock_recurs(scan *sc, int i, int j)
{
  int q = j, p, h, m, s, z, t;
  if ((isw(sc, i - 1, W_AT) || isw(sc, i - 1, W_FROM)) && set_ends_at(sc, i - 2)) return 1;
  /* "committees usually meet at 8 a.m.", "trading normally ends at 4
   * p.m.": a habit's clock time, a few words on in its clause, is that
   * of each day (not with a day of its own: "usually meets at 7 p.m.
   * Tuesday" is dated by the caller) */
  if (isw(sc, i - 1, W_AT) && !(IN(j) && (tcat(sc, j, LEX_WDAY) || tcat(sc, j, LEX_DEICT)
                                          || tcat(sc, j, LEX_MONTH) || isw(sc, j, W_ON)))) {
    /* (the text's words, not tokens: the scanner keeps few plain words) */
    size_t e = T(i - 1)->s, b;
    int w;
    for (w = 0; w < 5; w++) {
      e = space_back(sc, e);
      b = prev_word_start(sc, e);
      if (b == e) break;
      if (dl_word_in(sc->text + b, e - b, HABIT_ADVS, sizeof HABIT_ADVS / sizeof HABIT_ADVS[0])) return 1;
      /* (a past verb after it tells one event: "the usually busy market
       * closed at 3 p.m.") */
      if (e - b > 3 && sc->text[e - 2] == 'e' && sc->text[e - 1] == 'd') break;
      if (dl_word_in(sc->text + b, e - b, HABIT_BREAKS, sizeof HABIT_BREAKS / sizeof HABIT_BREAKS[0])) break;
      e = b;
    }
  }
  /* "briefings are held daily, at 4 p.m.": the same after a comma */
  if ((isw(sc, i - 1, W_AT) || isw(sc, i - 1, W_FROM)) && ispu(sc, i - 2, ',')
      && tcat(sc, i - 3, LEX_SETADV)) return 1;
  /* "open seven days a week from 8 a.m. to 8 p.m.", "24 hours a day
   * at ...": a count of units each period before the clock time, or
   * before the first of two */
  if (count_each_before(sc, i - 1)) return 1;
  if (isw(sc, i - 1, W_TO) || isw(sc, i - 1, W_UNTIL) || isw(sc, i - 1, W_AND)) {
    /* (the first clock right after it: not "24 hours a day at the
     * site until 5 p.m. Friday") */
    for (p = i - 2; p >= 0 && i - p <= DL_MAX_CLOCK_GAP && !ispu(sc, p, ',') && !ispu(sc, p, ';'); p--)
      if (count_each_before(sc, p)
          || ((isw(sc, p, W_AT) || isw(sc, p, W_FROM)) && set_ends_at(sc, p - 1))) {
        if (IN(p + 1) && T(p + 1)->kind == TK_NUM && m_clock(sc, p + 1, &h, &m, &s, &z, &t) == i - 1)
          return 1;
        break;
      }
  }
  if ((isw(sc, q, W_TO) || isw(sc, q, W_UNTIL) || isw(sc, q, W_AND)) && IN(q + 1)
      && T(q + 1)->kind == TK_NUM)
    q = m_clock(sc, q + 1, &h, &m, &s, &z, &t);
  return q > 0 && day_set_at(sc, q);
}

/* Nouns after "the 9 o'clock": a broadcast's name, no time of the text. */
static const char *const BROADCAST_NOUNS[] = {
  "bulletin", "bulletins", "news", "newscast", "programme", "show", "watershed"
};

/* After a clock time, at k: "and" / "to" / "until" and a second clock
 * time with its day ("opened at 7 a.m. and closed at 8 p.m. on Tuesday",
 * "between 3 a.m. and 9 a.m. Friday", "from noon to 6 p.m. today"): the
 * token of that day, which dates the first time too; 0 when none. */
static int clock_pair_day(scan *sc, int k, int *hour2)
{
  int q, h2, m2, s2, z2, t2;
  if (!(isw(sc, k, W_AND) || isw(sc, k, W_TO) || isw(sc, k, W_UNTIL))) return 0;
  for (q = k + 1; q < sc->nt && q <= k + DL_MAX_CLOCK_GAP && T(q)->kind != TK_PUNCT; q++) {
    if (T(q)->kind != TK_NUM) continue;
    q = m_clock(sc, q, &h2, &m2, &s2, &z2, &t2);
    /* (h2 is set only when a clock time was read) */
    if (q > 0 && hour2) *hour2 = h2;
    if (q > 0 && isw(sc, q, W_ON) && (tcat(sc, q + 1, LEX_WDAY) || month_tok(sc, q + 1))) return q + 1;
    /* the day right after the second clock time, as after "on" */
    if (q > 0 && tcat(sc, q, LEX_WDAY) && (T(q)->fl & F_CAP)) return q;
    if (q > 0 && tcat(sc, q, LEX_DEICT) && tval(sc, q, LEX_DEICT) != D_TONIGHT) return q;
    return 0;
  }
  return 0;
}

static int m_time(scan *sc, int i, mres *r)
{
  int hh, mm, ss, has_tz, tz, j;
  dl_tv v, b;
  j = m_clock(sc, i, &hh, &mm, &ss, &has_tz, &tz);
  if (j < 0) return -1;
  if (word_before(sc, i, "the")
      && word_after_any(sc, j - 1, BROADCAST_NOUNS, sizeof BROADCAST_NOUNS / sizeof BROADCAST_NOUNS[0]))
    return -1;
  /* "every Tuesday at 6 p.m.", "daily at 9 a.m.": the clock time of each
   * such day, no date of its own (T18:00) */
  if (clock_recurs(sc, i, j)) {
    dl_tv_day(&v, 0, 0, 0);
    v.gran = TG_CLOCK;
    v.hh = hh; v.mm = mm; v.ss = ss; v.has_tz = has_tz; v.tz_min = tz;
    res_point(r, j, DL_TIMEX_TIME, &v);
    r->keep_last = 1;
    return j;
  }
  {
    mres r2;
    int e = -1, k = j, kd, h2 = -1, eve = 0;
    res_init(&r2);
    int on = 0;
    if (ispu(sc, k, ',')) k++;
    /* "6 a.m. local time (0300 GMT) on Sunday": the day after a short
     * aside still dates the time */
    else if (ispu(sc, k, '(')) {
      int q;
      for (q = k + 1; q < sc->nt && q <= k + DL_MAX_ASIDE_TOKENS && !ispu(sc, q, ')'); q++) {}
      if (ispu(sc, q, ')') && isw(sc, q + 1, W_ON)
          && (tcat(sc, q + 2, LEX_WDAY) || month_tok(sc, q + 2))) { k = q + 2; on = 1; }
      /* "10:35 a.m. (0735 GMT) Friday": the day right after the aside */
      else if (ispu(sc, q, ')') && tcat(sc, q + 1, LEX_WDAY)) { k = q + 1; on = 1; }
    }
    /* "at 20:00 GMT on Sunday", "3 p.m. on Oct. 5": two expressions (the
     * preposition stays outside), the day giving the time its date */
    else if (isw(sc, k, W_ON) && (tcat(sc, k + 1, LEX_WDAY) || month_tok(sc, k + 1)
                                  || tcat(sc, k + 1, LEX_HOLIDAY))) { k++; on = 1; }
    /* "at 8:52 a.m. on the morning of Dec. 8": that day dates the time */
    else if (isw(sc, k, W_ON) && isw(sc, k + 1, W_THE) && tcat(sc, k + 2, LEX_POD) && isw(sc, k + 3, W_OF)
             && (tcat(sc, k + 4, LEX_WDAY) || month_tok(sc, k + 4))) { k += 4; on = 1; }
    /* "opened at 7 a.m. and closed at 8 p.m. on Tuesday": the day after
     * the second clock time dates the first one too */
    else if ((kd = clock_pair_day(sc, k, &h2)) > 0) {
      k = kd; on = 1;
      /* "from 11 p.m. to 2 a.m. Saturday": a second time earlier in the
       * day than the first crossed midnight, the first is the eve's */
      eve = h2 >= 0 && h2 < hh;
    }
    /* "until 6 p.m. Wednesday": the deadline before the clock time
     * sends the day ahead, as it does for "until Wednesday"; a "by"
     * before it is read as before the day ("told to leave by 6 p.m.
     * Friday" as "told to leave by Friday") */
    if (tcat(sc, k, LEX_WDAY))
      e = m_wday(sc, k, &r2, future_marker(sc, i) ? 1 : isw(sc, i - 1, W_BY) ? tense_at(sc, i, k) : 0);
    /* "at 7:15 a.m. last Friday", "5 p.m. next Tuesday" */
    else if (tcat(sc, k, LEX_REL) && tcat(sc, k + 1, LEX_WDAY)) e = m_relunit(sc, k, &r2, 0);
    /* "at 6 o'clock this morning", "10 p.m. last night": the part of
     * the day only dates the clock time */
    else if (!on && tcat(sc, k, LEX_REL) && (tval(sc, k, LEX_REL) == R_THIS || tval(sc, k, LEX_REL) == R_LAST)
             && tcat(sc, k + 1, LEX_POD)) {
      e = m_relunit(sc, k, &r2, 0);
      if (e > 0 && r2.kind == V_POINT && r2.tv.gran == TG_POD && r2.tv.d) r2.tv.gran = TG_DAY;
    }
    else if (tcat(sc, k, LEX_DEICT) && tval(sc, k, LEX_DEICT) != D_TONIGHT) {
      e = m_deict(sc, k, &r2);
      /* "2 a.m. yesterday morning" */
      if (e > 0 && r2.kind == V_POINT && r2.tv.gran == TG_POD && r2.tv.d) r2.tv.gran = TG_DAY;
    }
    /* "until 11:59 tonight", "10:30 tonight": the evening of the story's
     * day, a bare hour after six read as p.m. */
    else if (!on && is_tonight(sc, k)) {
      e = m_deict(sc, k, &r2);
      if (e > 0 && r2.kind == V_POINT && r2.tv.gran == TG_POD && r2.tv.d) {
        r2.tv.gran = TG_DAY;
        if (hh >= 6 && hh < 12 && T(j - 1)->kind == TK_NUM) hh += 12;
      }
    }
    else if (month_tok(sc, k)) e = m_month(sc, k, &r2, 1);
    else if (mday_at(sc, k)) e = m_daymonth(sc, k, &r2);
    /* "6 p.m. on Thanksgiving Day": the holiday dates the time */
    else if (on && tcat(sc, k, LEX_HOLIDAY)) e = m_holiday(sc, k, &r2);
    if (e > 0 && r2.kind == V_POINT && r2.tv.gran == TG_DAY) {
      v = r2.tv; *r = r2;
      if (eve) dl_tv_shift(&v, U_DAY, -1);
      if (!on) j = e;
    } else if (clock_day(sc, i, j, hh < 6, &b)) {
      /* "at 10 p.m." in a story about a day: that day */
      v = b; r->anchored = 1; r->anchor = b;
    } else {
      dl_tv_day(&v, 0, 0, 0);
    }
  }
  /* "7 p.m. Friday local time": the zone word after the day */
  if (!has_tz && isw(sc, j, W_LOCAL) && isw(sc, j + 1, W_TIME)) j += 2;
  v.gran = TG_TIME;
  v.hh = hh; v.mm = mm; v.ss = ss; v.has_tz = has_tz; v.tz_min = tz;
  res_point(r, j, DL_TIMEX_TIME, &v);
  return j;
}

static int m_time_tail(scan *sc, int j, mres *r, int tense)
{
  int hh, mm, ss, has_tz, tz, e, tonight;
  (void)tense;
  if (!IN(j + 1) || T(j + 1)->kind != TK_NUM || r->kind != V_POINT) return j;
  /* "Wednesday at 3 p.m." -> one TIME */
  if ((isw(sc, j, W_AT) || isw(sc, j, W_AROUND)) && r->tv.gran == TG_DAY) tonight = 0;
  /* "tonight at 11": the evening's clock time, a bare hour as p.m. */
  else if (isw(sc, j, W_AT) && r->tv.gran == TG_POD && r->tv.d && is_tonight(sc, j - 1)) tonight = 1;
  /* "tomorrow night at 9", "Thursday evening at 8": the same, for the
   * evening or night of a day named (a small hour, "Friday night at 2",
   * is the next day's: left apart) */
  else if (isw(sc, j, W_AT) && r->tv.gran == TG_POD && r->tv.d && (r->tv.pod == P_NI || r->tv.pod == P_EV)
           && tcat(sc, j - 1, LEX_POD))
    tonight = 2;
  else return j;
  e = m_clock(sc, j + 1, &hh, &mm, &ss, &has_tz, &tz);
  if (e <= 0) return j;
  if (tonight == 2 && (hh < 6 || tcat(sc, e, LEX_UNITS) || tcat(sc, e, LEX_UNIT) || measure_after(sc, e)
                       || isw(sc, e, W_PER)))
    return j;   /* (nor "Thursday night at 10 minutes in", "at 9 per cent": a count) */
  if (tonight) {
    /* a bare hour, a dot and a number attached to both ("11.30") */
    if (e == j + 2 && ispu(sc, e, '.') && att(sc, e) && att(sc, e + 1) && T(e + 1)->kind == TK_NUM) {
      const tok *m = T(e + 1);
      /* "tonight at 11.30": after tonight the dotted minutes are a clock
       * time's, no decimal (m_clock reads them only before am/pm) */
      if (m->nd == 2 && m->v < 60 && m->suf == SUF_NONE && !(m->fl & F_CTX)) {
        mm = m->v;
        e += 2;
      }
      /* "tonight at 10.5 million homes": a decimal, no clock */
      else
        return j;
    }
    /* (a bare hour only: "tonight at 7am" keeps its a.m.) */
    if (hh >= 6 && hh < 12 && T(e - 1)->kind == TK_NUM && T(e - 1)->suf == SUF_NONE) hh += 12;
  }
  r->tv.gran = TG_TIME; r->tv.hh = hh; r->tv.mm = mm; r->tv.ss = ss;
  r->tv.has_tz = has_tz; r->tv.tz_min = tz;
  r->type = DL_TIMEX_TIME; r->end = e;
  return e;
}

/* Seasons: i at the season word; y = year or 0 (resolve with dir). */
static void season_point(scan *sc, dl_tv *v, int season, int y, int dir, mres *r)
{
  dl_tv b;
  int mo = season == 1 ? 3 : season == 2 ? 6 : season == 3 ? 9 : 12;
  if (!y && base_rel(sc, &b)) {
    dl_tv cur = b;
    int smo;
    dl_tv_coarsen(&cur, TG_SEAS);
    smo = cur.mo;
    y = cur.y;
    if (mo == 12 && smo != 12) y = dir > 0 ? y : y - 1;
    else if (dir < 0 && mo > smo && smo != 12) y--;
    else if (dir > 0 && mo < smo) y++;
    r->anchored = 1; r->anchor = b;
  }
  dl_tv_day(v, y, mo, 1);
  v->gran = TG_SEAS;
}

/* Words after "to" that keep "the last year to" a span up to now. */
static const char *const TO_SPAN_WORDS[] = { "date", "now", "today" };

/* After "the last <unit>", at k: "to" + a verb, or "of the/his/its ..." +
 * a plain noun -- "last" then means "final". */
static int last_means_final(const scan *sc, int k)
{
  if (isw(sc, k, W_TO))
    return IN(k + 1) && T(k + 1)->kind == TK_WORD && !(T(k + 1)->fl & F_CAP)
           && (T(k + 1)->cat == LEX_NONE || T(k + 1)->cat == LEX_TENSE)
           && !word_after_any(sc, k, TO_SPAN_WORDS, sizeof TO_SPAN_WORDS / sizeof TO_SPAN_WORDS[0]);
  if (isw(sc, k, W_OF) && IN(k + 2)
      && (tcat(sc, k + 1, LEX_DET) || word_before(sc, k + 2, "his") || word_before(sc, k + 2, "her")
          || word_before(sc, k + 2, "its") || word_before(sc, k + 2, "their"))
      && !tcat(sc, k + 1, LEX_REL))
    return T(k + 2)->kind == TK_WORD && T(k + 2)->cat == LEX_NONE && !(T(k + 2)->fl & F_CAP);
  /* "the last day of school", "the last day for students": of a day,
   * "of" or "for" and a plain lower-case noun (not "over the last year
   * of trading", "over the last year for most goods": the past year) */
  if ((isw(sc, k, W_OF) || isw(sc, k, W_FOR)) && isw(sc, k - 1, W_DAY) && IN(k + 1)
      && T(k + 1)->kind == TK_WORD && (T(k + 1)->cat == LEX_NONE || T(k + 1)->cat == LEX_MEASURE)
      && !(T(k + 1)->fl & F_CAP))
    return 1;
  return 0;
}

/* The words of a year back after a period of a report, at k: "last
 * year", "of last year", "a year ago", "a year earlier", "the previous
 * year" -- "the same quarter a year earlier" is one expression, as "the
 * same quarter last year".  Returns how many tokens they take, or 0. */
static int year_back_len(const scan *sc, int k)
{
  int n = 0;
  if (isw(sc, k, W_OF)) { k++; n = 1; }
  if (isw(sc, k, W_LAST) && isw(sc, k + 1, W_YEAR) && !hyph(sc, k + 2)) return n + 2;
  if (!n && (isw(sc, k, W_A) || isw(sc, k, W_ONE)) && isw(sc, k + 1, W_YEAR)
      && (isw(sc, k + 2, W_AGO) || isw(sc, k + 2, W_EARLIER)) && !hyph(sc, k + 3)
      && !isw(sc, k + 3, W_THAN))   /* (not "a year earlier than planned") */
    return 3;
  if (isw(sc, k, W_THE) && (isw(sc, k + 1, W_PREVIOUS) || isw(sc, k + 1, W_PRIOR) || isw(sc, k + 1, W_PRECEDING))
      && isw(sc, k + 2, W_YEAR) && !hyph(sc, k + 3))
    return n + 3;
  return 0;
}

/* REL + unit/weekday/month/season/pod: last week, next Friday, this
 * morning, the previous day, that year.  i at the REL word; ana = the
 * expression is anaphoric ("the next day"). */
static int m_relunit(scan *sc, int i, mres *r, int has_the)
{
  int rel = tval(sc, i, LEX_REL), j = i + 1, unit, pl, n, got, fiscal = 0, yb, corr = 0;
  dl_tv v, b;
  int shift;
  /* "the corresponding period last year", "the comparable quarter a year
   * ago": as "the same ..." with its year back, and only so (m_the asks
   * only with a year back after) */
  if (has_the && (isw(sc, i, W_CORRESPONDING) || isw(sc, i, W_COMPARABLE))) { rel = R_SAME; corr = 1; }
  switch (rel) {
  case R_LAST: case R_PAST: case R_PREVIOUS: shift = -1; break;
  case R_NEXT: case R_COMING: case R_FOLLOWING: shift = 1; break;
  case R_THIS: case R_CURRENT: case R_SAME: case R_THAT: case R_LATEST: shift = 0; break;
  default: return -1;
  }
  /* this coming Monday, this past weekend: as "next" / "last" */
  if (rel == R_THIS && (isw(sc, j, W_COMING) || isw(sc, j, W_PAST)) && IN(j + 1)
      && (tcat(sc, j + 1, LEX_WDAY) || tcat(sc, j + 1, LEX_SEASON) || tcat(sc, j + 1, LEX_UNIT))) {
    rel = isw(sc, j, W_COMING) ? R_COMING : R_PAST;
    shift = rel == R_COMING ? 1 : -1;
    j++;
    if (rel == R_PAST && tcat(sc, j, LEX_WDAY)) rel = R_LAST;
    if (rel == R_PAST && tcat(sc, j, LEX_UNIT)) {
      /* this past week: the last one */
      rel = R_LAST;
    }
  }
  /* "that same evening", "that very day": "that" + the anaphor */
  if (rel == R_THAT && (isw(sc, j, W_SAME) || isw(sc, j, W_VERY)) && IN(j + 1)
      && (tcat(sc, j + 1, LEX_POD) || tcat(sc, j + 1, LEX_UNIT))) {
    rel = R_SAME;
    j++;
  }
  if (fiscal_at(sc, j)) { fiscal = 1; j++; }
  /* weekday */
  if (tcat(sc, j, LEX_WDAY) && (rel == R_LAST || rel == R_NEXT || rel == R_THIS || rel == R_COMING
                                || (has_the && (rel == R_PREVIOUS || rel == R_FOLLOWING)))
      && wday_ok(sc, j)) {
    int wd = tval(sc, j, LEX_WDAY), e = skip_dot(sc, j + 1);
    /* the previous Friday, the following Monday: from the last date */
    if (rel == R_PREVIOUS || rel == R_FOLLOWING) {
      if (!base_ana(sc, &b) || b.gran < TG_DAY || !b.d) return -1;
      b.gran = TG_DAY;
    } else if (!base_rel(sc, &b)) return -1;
    if (rel == R_LAST || rel == R_PREVIOUS) { dl_tv t2 = b; dl_tv_shift(&t2, U_DAY, -1); resolve_wday(&v, &t2, wd, -1); }
    else if (rel == R_NEXT || rel == R_COMING || rel == R_FOLLOWING) { dl_tv t2 = b; dl_tv_shift(&t2, U_DAY, 1); resolve_wday(&v, &t2, wd, 1); }
    else {
      int bw = dl_weekday(b.y, b.mo, b.d);
      dl_tv_day(&v, b.y, b.mo, b.d);
      dl_add_days(&v.y, &v.mo, &v.d, wd - bw);
    }
    r->anchored = 1; r->anchor = b;
    res_point(r, e, DL_TIMEX_DATE, &v);
    /* this coming Sunday, March 8: the date in apposition, when it is
     * that weekday */
    if (ispu(sc, e, ',') && month_tok(sc, e + 1)) {
      mres r2; int e2;
      res_init(&r2);
      e2 = m_month(sc, e + 1, &r2, 0);
      if (e2 > 0 && r2.kind == V_POINT && r2.tv.gran == TG_DAY && r2.tv.y > 0
          && dl_weekday(r2.tv.y, r2.tv.mo, r2.tv.d) == wd) {
        r->tv = r2.tv;
        r->end = e2;
        return e2;
      }
    }
    return pod_tail(sc, e, r);
  }
  /* "the following February", "the previous November", "the next
   * March": the first such month after (before) the period of the last
   * date, as "the following autumn" (a day number after it is a date of
   * its own: "the following February 12 meeting") */
  if (month_tok(sc, j) && (T(j)->fl & F_CAP) && has_the
      && (rel == R_FOLLOWING || rel == R_PREVIOUS || rel == R_NEXT)
      && !mday_at(sc, skip_dot(sc, j + 1))) {
    int mo = month_tok(sc, j), lo, hi, len;
    if (!base_ana(sc, &b) || b.y < 2 || b.gran < TG_YEAR) return -1;
    /* the anchor's first and last months, as months since year 0 */
    len = b.gran == TG_YEAR ? 12 : b.gran == TG_HALF ? 6
        : b.gran == TG_QUART || b.gran == TG_SEAS ? 3 : 1;
    lo = b.y * 12 + (b.gran == TG_YEAR ? 0 : b.mo - 1);
    hi = lo + len - 1;
    if (rel == R_PREVIOUS) {
      int y = lo / 12;
      if (mo - 1 >= lo % 12) y--;
      dl_tv_day(&v, y, mo, 1);
    } else {
      int y = hi / 12;
      if (mo - 1 <= hi % 12) y++;
      dl_tv_day(&v, y, mo, 1);
    }
    v.gran = TG_MONTH;
    r->anchored = 1; r->anchor = b;
    res_point(r, skip_dot(sc, j + 1), DL_TIMEX_DATE, &v);
    return r->end;
  }
  /* month */
  if (month_tok(sc, j) && (T(j)->fl & F_CAP) && (rel == R_LAST || rel == R_NEXT || rel == R_THIS)) {
    int mo = month_tok(sc, j);
    if (!base_rel(sc, &b)) return -1;
    v = b;
    if (rel == R_LAST) v.y = mo >= b.mo ? b.y - 1 : b.y;
    else if (rel == R_NEXT) v.y = mo <= b.mo ? b.y + 1 : b.y;
    {
      /* last Oct. 23: that day of the most recent such month */
      int k = skip_dot(sc, j + 1), d = mday_at(sc, k);
      if (d && d <= dl_days_in_month(2000, mo)) {
        int y = b.y;
        if (rel == R_LAST && (mo > b.mo || (mo == b.mo && d >= b.d))) y--;
        else if (rel == R_NEXT && (mo < b.mo || (mo == b.mo && d <= b.d))) y++;
        if (!dl_valid_date(y, mo, d)) d = 28;
        dl_tv_day(&v, y, mo, d);
        r->anchored = 1; r->anchor = b;
        res_point(r, k + 1, DL_TIMEX_DATE, &v);
        return k + 1;
      }
    }
    dl_tv_day(&v, v.y, mo, 1);
    v.gran = TG_MONTH;
    r->anchored = 1; r->anchor = b;
    res_point(r, skip_dot(sc, j + 1), DL_TIMEX_DATE, &v);
    return r->end;
  }
  /* the following autumn, the previous winter, the next spring: the
   * season after (before) the one of the last date */
  if (tcat(sc, j, LEX_SEASON) && has_the && (rel == R_FOLLOWING || rel == R_PREVIOUS || rel == R_NEXT)) {
    int s = tval(sc, j, LEX_SEASON), mo = s == 1 ? 3 : s == 2 ? 6 : s == 3 ? 9 : 12;
    dl_tv cur;
    if (season_event(sc, j) || !base_ana(sc, &b) || b.y < 2) return -1;
    cur = b;
    if (cur.gran >= TG_SEAS) dl_tv_coarsen(&cur, TG_SEAS);
    else cur.mo = rel != R_PREVIOUS ? 13 : 0;   /* a year: past all its seasons */
    dl_tv_day(&v, cur.y, mo, 1);
    if (rel != R_PREVIOUS && mo <= cur.mo) v.y++;
    if (rel == R_PREVIOUS && mo >= cur.mo) v.y--;
    v.gran = TG_SEAS;
    r->anchored = 1; r->anchor = b;
    res_point(r, j + 1, DL_TIMEX_DATE, &v);
    return j + 1;
  }
  /* season */
  if (tcat(sc, j, LEX_SEASON) && (rel == R_LAST || rel == R_NEXT || rel == R_THIS
                                  || rel == R_PAST || rel == R_COMING)) {
    int s = tval(sc, j, LEX_SEASON);
    if (season_event(sc, j)) return -1;
    season_point(sc, &v, s, 0, shift < 0 ? -1 : shift > 0 ? 1 : 0, r);
    if (rel == R_THIS && v.y && base_rel(sc, &b)) {
      /* this summer: the one of this year */
      v.y = b.y - (s == 4 && b.mo <= 2 ? 1 : 0);
    } else if (shift != 0 && v.y && base_rel(sc, &b)) {
      /* next summer said in July is the one of next year, last winter
       * said in January the one before the current winter */
      dl_tv_coarsen(&b, TG_SEAS);
      if (b.y == v.y && b.mo == v.mo) v.y += shift > 0 ? 1 : -1;
    }
    res_point(r, j + 1, DL_TIMEX_DATE, &v);
    return j + 1;
  }
  /* part of day: this morning, last night, this afternoon */
  if (tcat(sc, j, LEX_POD) && (rel == R_THIS || rel == R_LAST || rel == R_THAT
                               || rel == R_SAME || rel == R_NEXT
                               || (has_the && (rel == R_FOLLOWING || rel == R_PREVIOUS)))) {
    int p = tval(sc, j, LEX_POD);
    int ana = rel == R_THAT || rel == R_SAME || has_the;
    if (p == P_NOON || p == P_MIDNIGHT) return -1;
    if (rel == R_LAST && p != P_NI && p != P_EV) return -1;
    /* the next morning, that night: the day of the story */
    got = ana ? base_ana(sc, &b) : base_rel(sc, &b);
    if (got && ana && (b.gran < TG_DAY || !b.d)) got = base_rel(sc, &b);
    if (got) {
      v = b;
      v.hh = v.mm = v.ss = -1; v.has_tz = 0;
      if (v.gran > TG_DAY) v.gran = TG_DAY;
      if (rel == R_LAST || rel == R_PREVIOUS) dl_tv_shift(&v, U_DAY, -1);
      if (rel == R_NEXT || rel == R_FOLLOWING) dl_tv_shift(&v, U_DAY, 1);
      r->anchored = 1; r->anchor = b;
    } else dl_tv_day(&v, 0, 0, 0);
    v.gran = TG_POD; v.pod = p;
    res_point(r, j + 1, DL_TIMEX_TIME, &v);
    return j + 1;
  }
  /* unit */
  if (parse_unit(sc, j, &unit, &pl) < 0) {
    /* "(September ...) compared with the same period last year": the
     * period last named, a year back, as one expression */
    if (isw(sc, j, W_PERIOD) && rel == R_SAME && has_the && (yb = year_back_len(sc, j + 1)) > 0
        && sc->has_last && sc->last.y && sc->last.gran > TG_YEAR
        && sc->last.gran <= TG_WEEK) {
      v = sc->last;
      dl_tv_shift(&v, U_YEAR, -1);
      r->keep_last = 1;
      res_point(r, j + 1 + yb, DL_TIMEX_DATE, &v);
      return j + 1 + yb;
    }
    /* the report's quarter, when a day has been named since ("profit
     * for the third quarter on Friday ... against the same period last
     * year") */
    if (isw(sc, j, W_PERIOD) && rel == R_SAME && has_the && (yb = year_back_len(sc, j + 1)) > 0
        && sc->has_last && sc->last.gran >= TG_DAY
        && chunk_quarter(sc, &v, i)) {
      dl_tv_shift(&v, U_YEAR, -1);
      r->keep_last = 1;
      res_point(r, j + 1 + yb, DL_TIMEX_DATE, &v);
      return j + 1 + yb;
    }
    if (corr) return -1;
    if (isw(sc, j, W_PERIOD) && (rel == R_LATEST || rel == R_SAME || rel == R_PREVIOUS
                                 || rel == R_CURRENT || rel == R_THAT)) {
      if (!(sc->has_last && sc->last.y && sc->last.gran == TG_QUART) && rel != R_LATEST) return -1;
      if (!cur_quarter(sc, &v, -1)) return -1;
      if (rel == R_PREVIOUS) dl_tv_shift(&v, U_YEAR, -1);
      res_point(r, j + 1, DL_TIMEX_DATE, &v);
      return j + 1;
    }
    return -1;
  }
  /* "on this day in 1950", "on the same day in 1991": the reference
   * day's date in that year (an anniversary) */
  if (!pl && unit == U_DAY && (rel == R_THIS || (rel == R_SAME && has_the)) && isw(sc, j + 1, W_IN) && year_at(sc, j + 2, 1)
      && base_rel(sc, &b) && b.mo && b.d) {
    int y = year_at(sc, j + 2, 1);
    dl_tv_day(&v, y, b.mo, b.d);
    if (!dl_valid_date(y, b.mo, b.d)) dl_tv_day(&v, y, b.mo, 28);
    r->anchored = 1; r->anchor = b;
    r->absolute = 1;
    res_point(r, j + 3, DL_TIMEX_DATE, &v);
    return j + 3;
  }
  /* "the same quarter last year", "the same month last year": the
   * quarter (month, half, week) last named, a year back, as one expression --
   * as "the same period last year" */
  if (!pl && rel == R_SAME && has_the
      && (unit == U_QUARTER || unit == U_MONTH || unit == U_HALF || unit == U_WEEK)
      && (yb = year_back_len(sc, j + 1)) > 0 && sc->has_last && sc->last.y
      && sc->last.gran >= dl_unit_gran(unit) && sc->last.gran <= TG_DAY) {
    if (unit == U_WEEK) {
      /* the week of the same number a year back: 52 weeks keep the
       * weekday, where a year's 365 days move a Monday into the week
       * before */
      v = sc->last;
      dl_tv_shift(&v, U_WEEK, -52);
      if (!v.y) return -1;
      dl_tv_coarsen(&v, TG_WEEK);
    } else {
      /* (a quarter: the one the story reports, when it named one, not the
       * day of the report) */
      if (!(unit == U_QUARTER && (last_quarter(sc, &v) || chunk_quarter(sc, &v, i)))) {
        v = sc->last;
        dl_tv_coarsen(&v, dl_unit_gran(unit));
        /* "will report third-quarter results on Nov. 4. In the same
         * quarter a year earlier ...": the quarter named a sentence or
         * two before, as for "the same quarter" alone */
        if (unit == U_QUARTER && sc->last.gran != TG_QUART && sc->anyq_chunk >= 0 && sc->anyq.y
            && sc->chunk - sc->anyq_chunk <= DL_QUARTER_SENTENCES)
          v = sc->anyq;
      }
      dl_tv_shift(&v, U_YEAR, -1);
    }
    r->keep_last = 1;
    res_point(r, j + 1 + yb, DL_TIMEX_DATE, &v);
    return j + 1 + yb;
  }
  if (corr) return -1;
  if (pl) {
    if (rel == R_RECENT) return -1;
    if ((rel == R_COMING || rel == R_NEXT) && has_the) {
      res_str(r, j + 1, "FUTURE_REF");
      return j + 1;
    }
    if (rel == R_PAST || rel == R_LAST) {
      /* "could last decades": the verb and a bare plural, no date word */
      if (rel == R_LAST && !has_the
          && word_before_any(sc, i, LAST_VERB_BEFORE,
                             sizeof LAST_VERB_BEFORE / sizeof LAST_VERB_BEFORE[0]))
        return -1;
      res_dur(r, j + 1, -1, 0, unit);
      return j + 1;
    }
    return -1;
  }
  if (unit == U_HALF) return -1;
  /* "the last month to come close", "the last day of the trial": "last"
   * is "final" before a to-infinitive or an "of" + a noun that is no
   * time ("the last week of March" is matched on its own) */
  if ((has_the || isw(sc, i - 1, W_THE)) && rel == R_LAST && last_means_final(sc, j + 1)) return -1;
  /* the past decade: the ten years up to now (TimeBank); "the last
   * decade" stays the decade before this one; so "the past century",
   * the hundred years up to now */
  if (has_the && (unit == U_DECADE || unit == U_CENTURY) && rel == R_PAST) {
    res_dur(r, j + 1, 1, 0, unit);
    return j + 1;
  }
  (void)n;
  /* anaphoric: the next day, the following week, the previous year, that day */
  if (rel == R_THAT || rel == R_SAME || (has_the && (rel == R_NEXT || rel == R_FOLLOWING
                                                     || rel == R_PREVIOUS))
      || rel == R_FOLLOWING) {
    if (!base_ana(sc, &b)) return -1;
    if (unit == U_QUARTER && !has_the && rel != R_THAT) return -1;
    /* "profit for the third quarter on Friday ... up 3 percent from the
     * previous quarter": the quarter before the report's, not before the
     * day it was reported */
    if (unit == U_QUARTER && b.gran != TG_QUART) {
      dl_tv q;
      /* (the report's quarter stays the one the story is about) */
      if (chunk_quarter(sc, &q, i)) { b = q; r->keep_last = 1; }
      /* "will report third-quarter results on Nov. 4. In the same
       * quarter a year earlier ...": the quarter named a sentence or two
       * before, not the one of the day named since */
      else if (rel == R_SAME && sc->anyq_chunk >= 0 && sc->anyq.y
               && sc->chunk - sc->anyq_chunk <= DL_QUARTER_SENTENCES)
        b = sc->anyq;
      /* "so far this year ... weaker than in the previous quarter": a
       * quarter before the report's, not the year before the one named
       * last (a quarter is never a year) */
      else if (b.gran < TG_QUART && sc->has_ref && b.y == sc->ref.y && cur_quarter(sc, &q, -1))
        b = q;
    }
    /* "in the 1950s and ... the following decade": a decade named last
     * (decades are no last date: read from the value emitted) */
    if (unit == U_DECADE && rel != R_NEXT && sc->out->n > sc->out0) {
      const char *x = sc->out->items[sc->out->n - 1].value;
      if (DL_IS_DIGIT(x[0]) && DL_IS_DIGIT(x[1]) && DL_IS_DIGIT(x[2]) && x[3] == '\0') {
        dl_tv_day(&b, ((x[0] - '0') * 100 + (x[1] - '0') * 10 + (x[2] - '0')) * 10, 1, 1);
        b.gran = TG_DEC;
      }
    }
    /* "will be closed that day" after "until the end of the month", "the
     * following day" after "planned for October": the day last named,
     * not the month */
    if (unit == U_DAY && b.gran < TG_DAY && sc->has_last_day)
      b = sc->last_day;
    /* the following weekend after a Tuesday is the one of its own week */
    if (unit == U_WEEKEND && shift > 0 && b.gran == TG_DAY && b.y && b.mo && b.d
        && dl_weekday(b.y, b.mo, b.d) <= 5)
      shift = 0;
    v = b;
    if (v.gran > TG_DAY) v.gran = TG_DAY;
    if (v.gran < dl_unit_gran(unit) && !(unit == U_DAY && v.gran == TG_DAY)) {
      /* anchor coarser than the unit: keep its grain */
      if (shift) dl_tv_shift(&v, unit, shift);
    } else {
      period_of(&v, &b, unit, shift);
    }
    r->anchored = 1; r->anchor = b;
    res_point(r, j + 1, DL_TIMEX_DATE, &v);
    return j + 1;
  }
  if (rel == R_LATEST || (rel == R_CURRENT && unit == U_QUARTER)) {
    if (unit == U_QUARTER) {
      if (!cur_quarter(sc, &v, rel == R_LATEST ? -1 : 0)) return -1;
      if (rel == R_CURRENT && base_rel(sc, &b)) { v = b; dl_tv_coarsen(&v, TG_QUART); }
      res_point(r, j + 1, DL_TIMEX_DATE, &v);
      return j + 1;
    }
    if (unit == U_YEAR && fiscal && base_rel(sc, &b)) {
      v = b; dl_tv_coarsen(&v, TG_YEAR);
      if (rel == R_LATEST) dl_tv_shift(&v, U_YEAR, -1);
      r->anchored = 1; r->anchor = b;
      res_point(r, j + 1, DL_TIMEX_DATE, &v);
      return j + 1;
    }
    /* "reserves averaged $310 million a day in the latest week", "sales
     * in the latest month": the last whole week (month) a report covers,
     * the one before the story's */
    if (rel == R_LATEST && has_the && (unit == U_WEEK || unit == U_MONTH) && !isw(sc, j + 1, W_OF)
        && !hyph(sc, j + 1) && base_rel(sc, &b)) {
      v = b;
      dl_tv_coarsen(&v, dl_unit_gran(unit));
      dl_tv_shift(&v, unit, -1);
      r->anchored = 1; r->anchor = b;
      res_point(r, j + 1, DL_TIMEX_DATE, &v);
      return j + 1;
    }
    if (rel == R_LATEST) return -1;
  }
  if (rel == R_PAST && !has_the) return -1;
  if (!base_rel(sc, &b)) {
    dl_tv_day(&v, 0, 0, 0);
    v.gran = dl_unit_gran(unit);
    if (v.gran == TG_TIME) return -1;
  } else {
    if (unit == U_SEC || unit == U_MIN || unit == U_HOUR) {
      if (rel == R_PAST || rel == R_LAST) { res_dur(r, j + 1, 1, 0, unit); return j + 1; }
      return -1;
    }
    /* "next weekend" said on a Monday: the coming one, as the last
     * weekend is the one just over (as "the following weekend" after a
     * weekday is its own week's) */
    if (unit == U_WEEKEND && rel == R_NEXT && shift == 1 && b.gran >= TG_DAY && b.y && b.mo && b.d
        && dl_weekday(b.y, b.mo, b.d) == 1)
      period_of(&v, &b, unit, 0);
    else
      period_of(&v, &b, unit, shift);
    r->anchored = 1; r->anchor = b;
  }
  res_point(r, j + 1, DL_TIMEX_DATE, &v);
  j++;
  /* this year's third quarter */
  if (ispu(sc, j, PUNCT_POSS) && unit == U_YEAR && v.y) {
    mres r2;
    int e;
    res_init(&r2);
    e = m_ordpart(sc, j + 1, &r2, v.y);
    if (e < 0 && isw(sc, j + 1, W_QUARTER) && base_rel(sc, &b)) {
      /* last year's quarter: same quarter, that year */
      dl_tv q;
      if (cur_quarter(sc, &q, -1)) { q.y = v.y; r2.tv = q; r2.kind = V_POINT; e = j + 2; }
    }
    if (e > 0) { r->tv = r2.tv; r->end = e; return e; }
  }
  return j;
}

/* "the 60s" with no apostrophe is as often a temperature, an age or a
 * score ("highs in the 60s", "shot in the 60s"): a decade only after
 * words that take a time, "during the 60s", "since the 60s", "back in
 * the 60s", "back then, in the 60s". */
static int decade_cue_at(const scan *sc, int i)
{
  if (!isw(sc, i - 1, W_THE)) return 0;
  if (isw(sc, i - 2, W_DURING) || isw(sc, i - 2, W_SINCE)) return 1;
  /* "Back in the 80s, ..." opening a clause, not "fell back in the 50s"
   * (a level regained); "back" a token of its own, so that the token
   * before it is the word before it (in "temperatures back in the 90s"
   * it continues a run of ordinary words, which has one token) */
  if (isw(sc, i - 2, W_IN) && word_before(sc, i - 2, "back"))
    return IN(i - 3) && dl_word_eq(sc->text + T(i - 3)->s, T(i - 3)->n, "back")
           && (!IN(i - 4) || T(i - 4)->kind == TK_PUNCT);
  /* "back then, in the 60s" (not "it was hot then, in the 90s") */
  {
    static const char *const back[] = { "back" };
    return isw(sc, i - 2, W_IN) && ispu(sc, i - 3, ',') && word_before(sc, i - 3, "then")
           && word_before_any_at(sc, prev_word_start(sc, sc->t[i - 3].s), back, 1);
  }
}

/* Decades: 1980s, '80s, the 1980s. */
static int m_decade(scan *sc, int i, mres *r)
{
  const tok *t = T(i);
  dl_tv v;
  int y;
  if (!IN(i) || t->kind != TK_NUM || t->suf != SUF_S) return -1;
  if (t->nd == 4 && t->v % 10 == 0 && t->v >= 1000 && t->v <= 2990) y = t->v;
  else if (t->nd == 2 && (t->fl & F_APOS) && t->v % 10 == 0) y = 1900 + t->v;
  else if (t->nd == 2 && t->v % 10 == 0 && t->v >= 20 && decade_cue_at(sc, i)) y = 1900 + t->v;
  else if (t->nd == 3 && t->v % 100 == 0 && t->v >= 100 && !(t->fl & F_CTX)) {
    /* the 1800s?  "1800s" is nd 4; "100s" is not a date */
    return -1;
  } else return -1;
  if (t->fl & F_CTX) return -1;
  dl_tv_day(&v, y, 1, 1);
  /* the 1800s, the 1900s: the century (TimeML "18", "19"); the 2000s
   * are mostly the decade 2000-2009 */
  if (y % 100 == 0 && t->nd == 4 && y < 2000) v.gran = TG_CENT;
  else v.gran = TG_DEC;
  res_point(r, i + 1, DL_TIMEX_DATE, &v);
  return i + 1;
}

/* Decades spelled out after "the" or a modifier: the nineties, the
 * early eighties (the 1900s' decades). */
/* "by midweek", "fell midweek": the middle of the week whose Wednesday
 * the sentence points to (the coming one, or the last one). */
static int m_midweek(scan *sc, int i, mres *r)
{
  dl_tv v, b;
  /* "a midweek game", "the midweek fixture": a kind of day, not a date */
  if (tcat(sc, i - 1, LEX_DET) || ispu(sc, i - 1, PUNCT_POSS)) return -1;
  if (base_rel(sc, &b)) {
    resolve_wday(&v, &b, 3, tense_at(sc, i, i + 1));
    r->anchored = 1; r->anchor = b;
  } else dl_tv_day(&v, 0, 0, 0);
  v.gran = TG_WEEK;
  res_point(r, i + 1, DL_TIMEX_DATE, &v);
  r->mod = DL_MOD_MID;
  return i + 1;
}

/* "by midyear", "at mid-year" ([i, e)): the middle of the year of the
 * story, the one before in a past sentence early in the year ("prices
 * had doubled by midyear" in March), the next in a future one late in
 * it.  Only after a preposition of time and not before a plain noun or
 * a number: "a midyear review", "in midyear elections" name a kind of
 * thing (so does "by midyear prices", without its comma), "mid-year
 * 2020" is another year's. */
static const char *const MIDYEAR_BEFORE[] = {
  "after", "around", "at", "before", "by", "from", "in", "near", "since", "through", "until"
};

static int m_midyear(scan *sc, int i, int e, mres *r)
{
  dl_tv v, b;
  int dir;
  if (!word_before_any(sc, i, MIDYEAR_BEFORE, sizeof MIDYEAR_BEFORE / sizeof MIDYEAR_BEFORE[0])) return -1;
  if (IN(e) && (T(e)->kind == TK_NUM || hyph(sc, e)
                || (T(e)->kind == TK_WORD && T(e)->cat == LEX_NONE && !(T(e)->fl & F_CAP))))
    return -1;
  if (!base_rel(sc, &b)) return -1;
  dir = tense_at(sc, i, e);
  v = b; dl_tv_coarsen(&v, TG_YEAR);
  if (dir < 0 && b.mo < 7) dl_tv_shift(&v, U_YEAR, -1);
  else if (dir > 0 && b.mo > 7) dl_tv_shift(&v, U_YEAR, 1);
  res_point(r, e, DL_TIMEX_DATE, &v);
  r->mod = DL_MOD_MID; r->anchored = 1; r->anchor = b;
  return e;
}

static int m_decade_word(scan *sc, int i, mres *r)
{
  static const unsigned short w[] = {W_TWENTIES, W_THIRTIES, W_FORTIES, W_FIFTIES,
                                     W_SIXTIES, W_SEVENTIES, W_EIGHTIES, W_NINETIES};
  size_t k;
  dl_tv v;
  if (!(isw(sc, i - 1, W_THE) || tcat(sc, i - 1, LEX_MOD) || hyph(sc, i - 1))) return -1;
  for (k = 0; k < sizeof w / sizeof w[0]; k++)
    if (isw(sc, i, w[k])) {
      dl_tv_day(&v, 1920 + 10 * (int)k, 1, 1);
      v.gran = TG_DEC;
      res_point(r, i + 1, DL_TIMEX_DATE, &v);
      return i + 1;
    }
  return -1;
}

/* Centuries: the 20th century, the twentieth century. */
static int m_century(scan *sc, int i, mres *r)
{
  int c;
  dl_tv v;
  if (tcat(sc, i, LEX_ORD)) c = tval(sc, i, LEX_ORD);
  else if (IN(i) && T(i)->kind == TK_NUM && T(i)->suf == SUF_ORD) c = T(i)->v;
  else return -1;
  if (c < 1 || c > 30) return -1;
  if (hyph(sc, i + 1) && isw(sc, i + 2, W_CENTURY)) i += 1;
  if (!isw(sc, i + 1, W_CENTURY)) return -1;
  /* "21st Century Fox", "20th Century Studios": with no "the" before it,
   * a capital Century followed by a capitalized word is a firm's name */
  if ((T(i + 1)->fl & F_CAP) && !(T(i + 1)->fl & F_UPPER) && IN(i + 2) && T(i + 2)->kind == TK_WORD
      && (T(i + 2)->fl & F_CAP) && (T(i + 2)->fl & F_SP) && !T(i + 2)->cat && !isw(sc, i - 1, W_THE))
    return -1;
  dl_tv_day(&v, (c - 1) * 100 > 0 ? (c - 1) * 100 : 1, 1, 1);
  v.gran = TG_CENT;
  if (c == 1) v.y = 1;
  res_point(r, i + 2, DL_TIMEX_DATE, &v);
  return i + 2;
}

/* A year written out: nineteen ninety-six, two thousand (and) one. */
static int m_spelled_year(scan *sc, int i, mres *r, int need_ctx)
{
  int a = tval(sc, i, LEX_NUMW), j = i + 1, b, half, y;
  dl_tv v;
  if (a >= 11 && a <= 20 && tcat(sc, j, LEX_NUMW)) {
    int e = parse_card(sc, j, &b, &half);
    if (e < 0 || half || b < 10 || b > 99 || tval(sc, j, LEX_NUMW) < 10) return -1;
    y = a * 100 + b;
    j = e;
  } else if (a == 2 && isw(sc, j, W_THOUSAND) && need_ctx) {
    y = 2000; j++;
    if (isw(sc, j, W_AND) && tcat(sc, j + 1, LEX_NUMW)) j++;
    if (tcat(sc, j, LEX_NUMW)) {
      int e = parse_card(sc, j, &b, &half);
      if (e > 0 && b > 0 && b < 100) { y += b; j = e; }
    }
  } else return -1;
  dl_tv_day(&v, y, 1, 1);
  v.gran = TG_YEAR;
  res_point(r, j, DL_TIMEX_DATE, &v);
  r->absolute = 1;
  return j;
}

/* The most years a written range "2009-2011" spans (an id such as
 * "1204-1987" is no range). */
#define DL_MAX_YEAR_RANGE 60

/* Is year y at i the end of a range "2009-2011" / "1998-2003", written
 * with a hyphen and no spaces: a year before it, earlier and not far,
 * that nothing else is attached to?  Each year is then an expression of
 * its own, as when the range is spelled "from 2009 to 2011". */
static int year_range_end(const scan *sc, int i, int y)
{
  int y0;
  if (!att(sc, i - 1) || i < 2 || !(y0 = year_at(sc, i - 2, 0))) return 0;
  if (y <= y0 || y - y0 > DL_MAX_YEAR_RANGE) return 0;
  if (att(sc, i - 2) && IN(i - 3) && T(i - 3)->kind != TK_WORD) return 0;
  if (att(sc, i + 1) && IN(i + 1) && T(i + 1)->kind != TK_PUNCT) return 0;
  if (att(sc, i + 1) && (ispu(sc, i + 1, '-') || ispu(sc, i + 1, '/'))) return 0;
  /* "recalls 2009-2011 models": the model years name the cars */
  if (IN(i + 1) && T(i + 1)->kind == TK_WORD
      && (dl_word_eq(sc->text + T(i + 1)->s, T(i + 1)->n, "model")
          || dl_word_eq(sc->text + T(i + 1)->s, T(i + 1)->n, "models")))
    return 0;
  return 1;
}

/* year [s] at i, with the checks a bare number needs. */
static int m_year(scan *sc, int i, mres *r, int ctx)
{
  int y = year_at(sc, i, 0);
  dl_tv v;
  if (!y) return -1;
  if (!ctx && y > 2099) return -1;
  /* ranges and codes: 1989-90 is fine, 1234-5678 / 2000/2001 ids not; a
   * colon with a space after it ends the clause ("every recession since
   * 1970: the ...") */
  if (att(sc, i + 1) && (ispu(sc, i + 1, '/') || (ispu(sc, i + 1, ':') && att(sc, i + 2)))
      && year_pair_end(sc, i + 1, y) < 0)
    return -1;
  if (att(sc, i) && (ispu(sc, i - 1, '/') || ispu(sc, i - 1, ':')
                     || (ispu(sc, i - 1, '-') && !tcat(sc, i - 2, LEX_MOD)
                         && !year_range_end(sc, i, y))))   /* mid-1996 */
    return -1;
  {
    mres r2;
    int e;
    res_init(&r2);
    e = m_ordpart(sc, i + 1, &r2, y);
    /* "2025's second quarter": the part of the year named */
    if (e < 0 && ispu(sc, i + 1, PUNCT_POSS)) { res_init(&r2); e = m_ordpart(sc, i + 2, &r2, y); }
    if (e > 0) { *r = r2; r->absolute = 1; r->end = e; return e; }
  }
  if (tcat(sc, i + 1, LEX_UNIT) || tcat(sc, i + 1, LEX_UNITS)) return -1;
  /* "at 1999 Elm Avenue": a house number opens the address, after a
   * place's preposition or nothing (but "in 1999 Main Street was paved",
   * "the 2008 Wall Street crash") */
  if (street_after(sc, i)
      && (!IN(i - 1) || T(i - 1)->kind == TK_PUNCT
          || word_before_any(sc, i, ADDRESS_BEFORE, sizeof ADDRESS_BEFORE / sizeof ADDRESS_BEFORE[0])))
    return -1;
  /* "a 2015 Toyota Camry": a model year names the car, no date (but "a
   * 1971 Convention" is that year's) */
  if (IN(i + 1) && (T(i + 1)->fl & F_CAP)
      && word_after_any(sc, i, VEHICLE_MAKERS, sizeof VEHICLE_MAKERS / sizeof VEHICLE_MAKERS[0]))
    return -1;
  if (IN(i - 1) && T(i - 1)->kind == TK_NUM) return -1;
  if (tcat(sc, i - 1, LEX_TITLE) && tval(sc, i - 1, LEX_TITLE) == 2) return -1;
  if (ispu(sc, i - 1, '.') && tcat(sc, i - 2, LEX_TITLE)) return -1;
  if (tcat(sc, i - 1, LEX_MEASURE) && tval(sc, i - 1, LEX_MEASURE) == MEAS_LABEL) return -1;
  /* a year before 1900 needs a preposition: "from 1215", "in 1066" */
  if (!ctx && y < 1900 && !(isw(sc, i - 1, W_IN) || isw(sc, i - 1, W_SINCE) || isw(sc, i - 1, W_OF)
                            || isw(sc, i - 1, W_BY) || isw(sc, i - 1, W_FROM) || isw(sc, i - 1, W_UNTIL)
                            || isw(sc, i - 1, W_TO) || isw(sc, i - 1, W_BEFORE) || isw(sc, i - 1, W_AFTER)
                            || isw(sc, i - 1, W_DURING) || isw(sc, i - 1, W_AROUND)))
    return -1;
  dl_tv_day(&v, y, 1, 1);
  v.gran = TG_YEAR;
  res_point(r, i + 1, DL_TIMEX_DATE, &v);
  r->absolute = 1;
  {
    /* the 2025-26 school year, the 2024/25 season: one span of two
     * years, dated by the first, as a fiscal 2024-25 */
    int e = year_pair_end(sc, i + 1, y);
    if (e > 0) { r->end = e; return e; }
    /* "from 2019-21", a span of years not back to back: the second year
     * is an expression of its own (as a range of days), noted for the
     * scan to match there; not 2005-12, a month of 2005 */
    if (hyph(sc, i + 1) && IN(i + 2) && T(i + 2)->kind == TK_NUM && T(i + 2)->nd == 2
        && T(i + 2)->suf == SUF_NONE && !(T(i + 2)->fl & (F_CTX | F_APOS)) && T(i + 2)->v > 12
        && T(i + 2)->v > y % 100 + 1 && !(att(sc, i + 3) && T(i + 3)->kind != TK_PUNCT)
        && !(att(sc, i + 3) && (ispu(sc, i + 3, '-') || ispu(sc, i + 3, '/') || ispu(sc, i + 3, '.'))
             && att(sc, i + 4))) {
      dl_tv v2 = v;
      v2.y = y / 100 * 100 + T(i + 2)->v;
      set_pending_range(sc, i + 2, i + 3, &v2);
    }
  }
  if (isw(sc, i + 1, W_PERIOD)) {
    /* "the 1988 period" in a quarterly report: that quarter of 1988 */
    r->end = i + 2;
    if (sc->has_last && sc->last.y && (sc->last.gran == TG_QUART || sc->last.gran == TG_HALF)) {
      r->tv = sc->last;
      r->tv.y = y;
      r->keep_last = 1;
    }
  }
  return r->end;
}

/* Every / each + unit / weekday / part of day; once a week; daily. */
/* The period of each LEX_SETADV word (S_*). */
static const int setadv_unit[] = {
  0, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_YEAR, U_HOUR, U_DAY, U_QUARTER, U_FORTNIGHT
};

static int m_set(scan *sc, int i, mres *r)
{
  int j, unit, pl, n = 1, half, hr;
  dl_tv v;
  if (tcat(sc, i, LEX_SETADV)) {
    int s = tval(sc, i, LEX_SETADV);
    if (s == S_ANNUAL) return -1;
    /* "quarterly" qualifies a noun in news ("quarterly profit", "the
     * quarterly report"); only the adverb closing its clause is a set
     * ("must inspect the wells quarterly.") */
    if (s == S_QUARTERLY
        && ((T(i)->fl & F_CAP) || !IN(i + 1) || hyph(sc, i + 1)
            || (T(i + 1)->kind != TK_PUNCT
                && !word_after_any(sc, i, QUARTERLY_ADV_AFTER, sizeof QUARTERLY_ADV_AFTER / sizeof QUARTERLY_ADV_AFTER[0]))
            || !IN(i - 1) || T(i - 1)->kind != TK_WORD || tcat(sc, i - 1, LEX_DET) || tcat(sc, i - 1, LEX_ORD)
            /* "the best quarterly.", "the latest quarterly": the noun (not
             * "update the forecast quarterly.") */
            || (isw(sc, i - 2, W_THE) && (superlative_at(sc, i - 1) || word_before(sc, i, "best")
                                            || word_before(sc, i, "latest")))))
      return -1;
    if (rate_before(sc, i)) return -1;     /* "rise 8% annually" */
    /* "the Canton Daily Record", "Weekly Standard": a title's word */
    if ((T(i)->fl & F_CAP) && !(T(i)->fl & F_UPPER) && IN(i + 1) && T(i + 1)->kind == TK_WORD
        && (T(i + 1)->fl & F_CAP) && !(T(i + 1)->fl & F_UPPER)
        && T(i + 1)->cat == LEX_NONE && T(i + 1)->s == T(i)->s + T(i)->n + 1)
      return -1;
    res_dur(r, i + 1, 1, 0, setadv_unit[s]);
    r->type = DL_TIMEX_SET;
    if (s == S_NIGHTLY) { r->kind = V_STR; r->str = "XXXX-XX-XXTNI"; }
    return i + 1;
  }
  if (tcat(sc, i, LEX_WDAYS)) {
    if (!(T(i)->fl & F_CAP)) return -1;
    dl_tv_day(&v, 0, 0, 0);
    v.wd = tval(sc, i, LEX_WDAYS);
    res_point(r, i + 1, DL_TIMEX_SET, &v);
    r->type = DL_TIMEX_SET;
    if (tcat(sc, i + 1, LEX_PODS) || tcat(sc, i + 1, LEX_POD)) {
      r->tv.gran = TG_POD;
      r->tv.pod = tcat(sc, i + 1, LEX_POD) ? tval(sc, i + 1, LEX_POD) : tval(sc, i + 1, LEX_PODS);
      r->end = i + 2;
    }
    return r->end;
  }
  if (tcat(sc, i, LEX_FREQ)) {
    int f = tval(sc, i, LEX_FREQ);
    if (f == 0) return -1;
    j = i + 1;
    /* twice daily, once weekly; twice-yearly, once-monthly as one word */
    if (hyph(sc, j)) j++;
    if (tcat(sc, j, LEX_SETADV) && tval(sc, j, LEX_SETADV) != S_NIGHTLY) {
      res_dur(r, j + 1, 1, 0, setadv_unit[tval(sc, j, LEX_SETADV)]);
      r->type = DL_TIMEX_SET;
      r->freq = f;
      return j + 1;
    }
    if (j != i + 1) return -1;
    if (!(isw(sc, j, W_A) || isw(sc, j, W_AN) || isw(sc, j, W_PER) || isw(sc, j, W_EVERY)
          || isw(sc, j, W_EACH))) return -1;
    if (parse_unit(sc, j + 1, &unit, &pl) < 0 || pl) return -1;
    res_dur(r, j + 2, 1, 0, unit);
    r->type = DL_TIMEX_SET;
    r->freq = f;
    return j + 2;
  }
  if (tcat(sc, i, LEX_QUANT)) {
    int q = tval(sc, i, LEX_QUANT);
    if (q == 3) {
      /* "1,000 steps per day", as "20 patients a day": how many of a
       * thing each day, week, month or year, a SET; after an amount ("$5
       * per day") a rate, untagged (as "$5 a year" in m_duration); "cubic
       * feet per second" a measure's rate (TimeBank leaves it untagged) */
      if (counted_before(sc, i) && parse_unit(sc, i + 1, &unit, &pl) > 0 && !pl
          && (unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_YEAR)
          && !rel_after(sc, i + 1)) {
        res_dur(r, i + 2, 1, 0, unit);
        r->type = DL_TIMEX_SET;
        return i + 2;
      }
      return -1;
    }
    j = i + 1;
    /* every other week; "each other" is the reciprocal pronoun */
    if (isw(sc, j, W_OTHER)) {
      if (q != 1) return -1;
      n = 2; j++;
    }
    if (tcat(sc, j, LEX_WDAY) && (T(j)->fl & F_CAP)) {
      dl_tv_day(&v, 0, 0, 0);
      v.wd = tval(sc, j, LEX_WDAY);
      res_point(r, j + 1, DL_TIMEX_SET, &v);
      if (tcat(sc, j + 1, LEX_POD)) { r->tv.gran = TG_POD; r->tv.pod = tval(sc, j + 1, LEX_POD); r->end = j + 2; }
      /* "every Friday and Saturday night": the part of the day is both
       * days' (the second day is read as a set in m_wday) */
      else if ((isw(sc, j + 1, W_AND) || isw(sc, j + 1, W_OR)) && tcat(sc, j + 2, LEX_WDAY)
               && tcat(sc, j + 3, LEX_POD)) {
        r->tv.gran = TG_POD; r->tv.pod = tval(sc, j + 3, LEX_POD);
      }
      r->quant = "EACH";
      return r->end;
    }
    /* each weekday: Monday to Friday of every week (as -WE is the
     * weekend of a week) */
    if (isw(sc, j, W_WEEKDAY) && n == 1) {
      /* every weekday morning: that part of each of those days */
      static const char *const wd_pod[] = {
        "XXXX-WXX-WD", "XXXX-WXX-WDTMO", "XXXX-WXX-WDTAF", "XXXX-WXX-WDTEV", "XXXX-WXX-WDTNI"
      };
      int p = tcat(sc, j + 1, LEX_POD) ? tval(sc, j + 1, LEX_POD) : 0;
      if (p > P_NI) p = 0;
      res_str(r, j + 1 + (p > 0), wd_pod[p]);
      r->type = DL_TIMEX_SET; r->quant = "EACH";
      return r->end;
    }
    if (tcat(sc, j, LEX_POD)) {
      int p = tval(sc, j, LEX_POD);
      if (p == P_NOON || p == P_MIDNIGHT) return -1;
      res_str(r, j + 1, p == P_MO ? "XXXX-XX-XXTMO" : p == P_AF ? "XXXX-XX-XXTAF"
                                 : p == P_EV ? "XXXX-XX-XXTEV" : "XXXX-XX-XXTNI");
      r->type = DL_TIMEX_SET; r->quant = "EACH";
      return j + 1;
    }
    /* every weekend: the weekend of each week (as "every Saturday" is a
     * day of each week), not a period "P1WE" */
    if (tcat(sc, j, LEX_UNIT) && tval(sc, j, LEX_UNIT) == U_WEEKEND && n == 1 && !hyph(sc, j + 1)) {
      res_str(r, j + 1, "XXXX-WXX-WE");
      r->type = DL_TIMEX_SET; r->quant = "EACH";
      return j + 1;
    }
    /* every summer, each spring: that season of every year */
    if (tcat(sc, j, LEX_SEASON) && n == 1 && !hyph(sc, j + 1)) {
      static const char *const every_season[] = {"XXXX-SP", "XXXX-SU", "XXXX-FA", "XXXX-WI"};
      int se = tval(sc, j, LEX_SEASON);
      if (se < 1 || se > 4) return -1;
      res_str(r, j + 1, every_season[se - 1]);
      r->type = DL_TIMEX_SET; r->quant = "EACH";
      return j + 1;
    }
    /* (an abbreviated month only with its day: "each Jan. 1") */
    if (month_tok(sc, j) && (T(j)->fl & F_CAP)
        && (T(j)->n >= 4 || isw(sc, j, W_MAY) || mday_at(sc, skip_dot(sc, j + 1)))) {
      /* every June 25: that day of every year (an anniversary) */
      int mo = month_tok(sc, j), k = skip_dot(sc, j + 1), d = mday_at(sc, k);
      if (d && d <= dl_days_in_month(2000, mo)) {
        dl_tv_day(&v, 0, mo, d);
        res_point(r, k + 1, DL_TIMEX_SET, &v);
        r->quant = "EACH";
        return k + 1;
      }
      dl_tv_day(&v, 0, mo, 0);
      v.gran = TG_MONTH;
      res_point(r, j + 1, DL_TIMEX_SET, &v);
      r->quant = "EACH";
      return j + 1;
    }
    {
      int e = parse_card(sc, j, &n, &half);
      if (e > 0 && !tcat(sc, j, LEX_DET)) j = e; else if (e < 0) n = n == 2 ? 2 : 1;
      else n = 1;
    }
    /* "every school day", "each working day": a day of that calendar,
     * one in each (P1D) */
    if (IN(j) && T(j)->n >= 6 && T(j)->n <= 8 && day_kind(sc, j)) j++;
    /* every half hour, every half-hour: each thirty minutes */
    if (n == 1 && (hr = half_hour_at(sc, j)) > 0) {
      res_dur(r, hr + 1, 0, 1, U_HOUR);
      r->type = DL_TIMEX_SET;
      r->quant = "EACH";
      return r->end;
    }
    if (parse_unit(sc, j, &unit, &pl) < 0) return -1;
    if (unit == U_HALF) return -1;
    /* "an hour of sick leave for every 30 hours worked": a ratio of time
     * put in, whose count is a length, no recurrence */
    if (pl && word_after_any(sc, j, TIME_PUT_IN, sizeof TIME_PUT_IN / sizeof TIME_PUT_IN[0])) return -1;
    res_dur(r, j + 1, n < 0 ? 1 : n, 0, unit);
    r->type = DL_TIMEX_SET;
    r->quant = "EACH";
    /* "every day of the year", "every week of the season": the rest says
     * the days are all of them, no date of its own */
    if (n == 1 && !pl && isw(sc, j + 1, W_OF) && isw(sc, j + 2, W_THE) && tcat(sc, j + 3, LEX_UNIT)
        && tval(sc, j + 3, LEX_UNIT) > unit && !hyph(sc, j + 4) && !ispu(sc, j + 4, PUNCT_POSS))
      r->end = j + 4;
    return r->end;
  }
  return -1;
}

/* Holidays with a fixed or computable date. */

/* The day of the n-th weekday wd (1 = Monday .. 7 = Sunday) of y-mo;
 * n = -1: the last one. */
static int nth_wday(int y, int mo, int wd, int n)
{
  if (n < 0) {
    int last = dl_days_in_month(y, mo);
    return last - (dl_weekday(y, mo, last) - wd + 7) % 7;
  }
  return 1 + (wd - dl_weekday(y, mo, 1) + 7) % 7 + 7 * (n - 1);
}

/* Easter Sunday of y (the anonymous Gregorian algorithm). */
static void easter(int y, int *mo, int *d)
{
  int a = y % 19, bb = y / 100, c = y % 100, dd = bb / 4, e = bb % 4;
  int f = (bb + 8) / 25, g = (bb - f + 1) / 3, hh = (19 * a + bb - dd - g + 15) % 30;
  int ii = c / 4, k = c % 4, l = (32 + 2 * e + 2 * ii - hh - k) % 7;
  int m = (a + 11 * hh + 22 * l) / 451;
  *mo = (hh + l - 7 * m + 114) / 31;
  *d = (hh + l - 7 * m + 114) % 31 + 1;
}

/* Orthodox Easter Sunday of y: the Julian computus (Meeus), moved to the
 * Gregorian calendar (13 days from 1900 to 2099, 12 before, 14 after). */
static void orthodox_easter(int y, int *mo, int *d)
{
  int a = y % 4, b = y % 7, c = y % 19, dd = (19 * c + 15) % 30;
  int e = (2 * a + 4 * b - dd + 34) % 7, mm;
  int gap = y < 1900 ? 12 : y < 2100 ? 13 : 14;
  mm = (dd + e + 114) / 31;
  *d = (dd + e + 114) % 31 + 1;
  dl_add_days(&y, &mm, d, gap);
  *mo = mm;
}

/* The holidays: what must follow the first word, and the month and day
 * (exact for a fixed date; for one computed by rule, about when it falls,
 * which chooses the year when none is given). */
enum { H_NEED_NONE, H_NEED_YEAR, H_NEED_POSS_DAY, H_NEED_DAY, H_NEED_FRIDAY, H_NEED_WDAY,
       H_NEED_NEW_YEAR, H_NEED_SUNDAY };
static const struct holiday {
  uint8_t need;   /* H_NEED_* */
  uint8_t fixed;  /* mo, d is the date */
  uint8_t mo, d;
} holidays[] = {
  { H_NEED_NONE, 0, 0, 0 },
  /* H_XMAS: Christmas [Day | Eve] */ { H_NEED_NONE, 1, 12, 25 },
  /* H_THANKS: the fourth Thursday of November */ { H_NEED_NONE, 0, 11, 25 },
  /* H_HALLOWEEN */ { H_NEED_NONE, 1, 10, 31 },
  /* H_EASTER: Easter [Sunday | Monday] */ { H_NEED_NONE, 0, 4, 10 },
  /* H_NEWYEAR: New Year ['s [Day | Eve]] */ { H_NEED_YEAR, 1, 1, 1 },
  /* H_VALENTINE: Valentine's Day */ { H_NEED_POSS_DAY, 1, 2, 14 },
  /* H_LABOR: Labor Day, the first Monday of September (US) */ { H_NEED_DAY, 0, 9, 4 },
  /* H_MEMORIAL: Memorial Day, the last Monday of May (US) */ { H_NEED_DAY, 0, 5, 28 },
  /* H_VETERANS: Veterans Day */ { H_NEED_DAY, 1, 11, 11 },
  /* H_ELECTION: Election Day, the Tuesday after the first Monday of
   * November (US) */ { H_NEED_DAY, 0, 11, 5 },
  /* H_BOXING: Boxing Day */ { H_NEED_DAY, 1, 12, 26 },
  /* H_GOODFRIDAY: Good Friday, two days before Easter */ { H_NEED_FRIDAY, 0, 4, 8 },
  /* H_MOTHERS: Mother's Day, the second Sunday of May */ { H_NEED_POSS_DAY, 0, 5, 10 },
  /* H_FATHERS: Father's Day, the third Sunday of June */ { H_NEED_POSS_DAY, 0, 6, 17 },
  /* H_SUPERTUE: Super Tuesday, the first Tuesday of March (the US
   * primaries of a presidential year) */ { H_NEED_WDAY, 2, 3, 4 },
  /* H_BLACKFRI: Black Friday, the day after Thanksgiving */ { H_NEED_WDAY, 5, 11, 26 },
  /* H_CYBERMON: Cyber Monday, the Monday after Thanksgiving */ { H_NEED_WDAY, 1, 11, 29 },
  /* H_LUNARNY: the Lunar / Chinese New Year (lunar_new_year) */ { H_NEED_NEW_YEAR, 0, 2, 1 },
  /* H_PALMSUN: Palm Sunday, a week before Easter */ { H_NEED_SUNDAY, 0, 4, 3 },
};

/* The Lunar New Year, from 1990 (a lunisolar date: a table, not a rule):
 * days after January 21. */
#define DL_LUNAR_FIRST_YEAR 1990
static const uint8_t lunar_new_year[] = {
  6, 25, 14, 2, 20, 10, 29, 17, 7, 26,     /* 1990-1999 */
  15, 3, 22, 11, 1, 19, 8, 28, 17, 5,      /* 2000-2009 */
  24, 13, 2, 20, 10, 29, 18, 7, 26, 15,    /* 2010-2019 */
  4, 22, 11, 1, 20, 8, 27, 16, 5, 23, 13   /* 2020-2030 */
};

/* The day of month of a holiday computed by rule, in year y (sets *mo
 * for the Easter ones). */
static int holiday_day(int h, int y, int *mo)
{
  int d;
  switch (h) {
  case H_THANKS: return nth_wday(y, 11, 4, 4);
  case H_EASTER: case H_GOODFRIDAY: case H_PALMSUN: easter(y, mo, &d); return d;
  case H_LABOR: return nth_wday(y, 9, 1, 1);
  case H_MEMORIAL: return nth_wday(y, 5, 1, -1);
  case H_ELECTION: return nth_wday(y, 11, 1, 1) + 1;
  case H_MOTHERS: return nth_wday(y, 5, 7, 2);
  case H_FATHERS: return nth_wday(y, 6, 7, 3);
  case H_SUPERTUE: return nth_wday(y, 3, 2, 1);
  case H_BLACKFRI: case H_CYBERMON: {
    int mm = 11;
    d = nth_wday(y, 11, 4, 4);
    dl_add_days(&y, &mm, &d, h == H_BLACKFRI ? 1 : 4);
    *mo = mm;
    return d;
  }
  case H_LUNARNY:
    if (y < DL_LUNAR_FIRST_YEAR
        || y >= DL_LUNAR_FIRST_YEAR + (int)(sizeof lunar_new_year / sizeof lunar_new_year[0]))
      return 0;
    d = 21 + lunar_new_year[y - DL_LUNAR_FIRST_YEAR];
    if (d > 31) { *mo = 2; d -= 31; } else *mo = 1;
    return d;
  default: return 0;
  }
}

/* Capitalized words after a holiday that make it part of a name. */
static const char *const HOLIDAY_NAME_HEADS[] = {
  "agreement", "accord", "accords", "island", "islands", "offensive", "rising", "uprising"
};

/* Nouns after "New Year's" that make it a habit of the season, no day:
 * "a New Year's resolution to cut debt". */
static const char *const HOLIDAY_HABIT_HEADS[] = {"resolution", "resolutions"};

/* Does the last date close an aside of its sentence ("The plant, built
 * in 1990, closed by Christmas"): a comma right after it and one before
 * it in the sentence?  Then it dates a noun, not the story's time. */
static int date_closes_aside(const scan *sc)
{
  size_t k;
  if (sc->last_end >= sc->len || sc->text[sc->last_end] != ',' || sc->nt < 1) return 0;
  for (k = sc->t[0].s; k < sc->last_end; k++)
    if (sc->text[k] == ',') return 1;
  return 0;
}

static int m_holiday(scan *sc, int i, mres *r)
{
  int h = tval(sc, i, LEX_HOLIDAY), j = i + 1, mo, d, y = 0, dir, shift = 0, given = 0;
  const struct holiday *hd;
  dl_tv v, b;
  if (!(T(i)->fl & F_CAP)) return -1;
  if (h < 1 || h >= (int)(sizeof holidays / sizeof holidays[0])) return -1;
  hd = &holidays[h];
  switch (hd->need) {
  case H_NEED_YEAR:
    if (!isw(sc, j, W_YEAR) || !(T(j)->fl & F_CAP)) return -1;
    /* the Lunar / Chinese / Jewish / Persian New Year is not January 1 */
    if (IN(i - 1) && T(i - 1)->kind == TK_WORD && (T(i - 1)->fl & F_CAP)
        && !(T(i - 1)->fl & F_UPPER) && T(i - 1)->cat != LEX_DET && T(i - 1)->cat != LEX_MISC
        && T(i - 1)->cat != LEX_REL && !tcat(sc, i - 1, LEX_MONTH))
      return -1;
    j++;
    if (ispu(sc, j, PUNCT_POSS)) {
      j++;
      if (isw(sc, j, W_EVE)) { shift = -1; j++; }
      else if (isw(sc, j, W_DAY)) j++;
    }
    break;
  case H_NEED_POSS_DAY:
    if (!ispu(sc, j, PUNCT_POSS) || !isw(sc, j + 1, W_DAY)) return -1;
    j += 2;
    break;
  case H_NEED_DAY:   /* Labor Day; Veterans' Day */
    if (ispu(sc, j, '\'') && att(sc, j)) j++;
    if (!isw(sc, j, W_DAY)) return -1;
    j++;
    break;
  case H_NEED_FRIDAY:
    if (!tcat(sc, j, LEX_WDAY) || tval(sc, j, LEX_WDAY) != 5 || !(T(j)->fl & F_CAP)) return -1;
    shift = -2;
    j++;
    break;
  case H_NEED_WDAY:   /* Super Tuesday: the weekday is in the fixed field */
    if (!tcat(sc, j, LEX_WDAY) || tval(sc, j, LEX_WDAY) != hd->fixed || !(T(j)->fl & F_CAP)
        || T(j)->n <= 5)
      return -1;
    j++;
    break;
  case H_NEED_SUNDAY:   /* Palm Sunday */
    if (!tcat(sc, j, LEX_WDAY) || tval(sc, j, LEX_WDAY) != 7 || !(T(j)->fl & F_CAP)) return -1;
    shift = -7;
    j++;
    break;
  case H_NEED_NEW_YEAR:   /* Lunar New Year, Chinese New Year */
    if (!isw(sc, j, W_NEW) || !(T(j)->fl & F_CAP) || !isw(sc, j + 1, W_YEAR)
        || !(T(j + 1)->fl & F_CAP))
      return -1;
    j += 2;
    break;
  default:   /* Christmas [Day | Eve], Easter [Sunday | Monday] */
    if (isw(sc, j, W_EVE) || isw(sc, j, W_DAY)) {
      if (isw(sc, j, W_EVE)) { if (h != H_XMAS) return -1; shift = -1; }
      j++;
    } else if (h == H_EASTER && tcat(sc, j, LEX_WDAY) && (T(j)->fl & F_CAP)
               && (tval(sc, j, LEX_WDAY) == 7 || tval(sc, j, LEX_WDAY) == 1)) {
      if (tval(sc, j, LEX_WDAY) == 1) shift = 1;
      j++;
    }
    break;
  }
  /* "the Good Friday Agreement", "Christmas Island", "the Tet Offensive":
   * the holiday names a treaty, a place or an event */
  if (IN(j) && (T(j)->fl & F_CAP)
      && word_after_any(sc, j - 1, HOLIDAY_NAME_HEADS, sizeof HOLIDAY_NAME_HEADS / sizeof HOLIDAY_NAME_HEADS[0]))
    return -1;
  if (word_after_any(sc, j - 1, HOLIDAY_HABIT_HEADS, sizeof HOLIDAY_HABIT_HEADS / sizeof HOLIDAY_HABIT_HEADS[0]))
    return -1;
  if (year_at(sc, j, 0)) { y = T(j)->v; j++; given = 1; }
  /* "on New Year's Day in 2019": the year after "in" dates the holiday
   * (two expressions, the preposition outside) */
  else if (isw(sc, j, W_IN) && year_at(sc, j + 1, 0)) { y = T(j + 1)->v; given = 1; }
  dir = tense_at(sc, i, j);
  if (dir == 0) dir = -1;
  /* a fixed holiday in a past year retold ("On Dec. 22, 1989, ... On
   * Christmas Eve she cooked"): the narrative's year, as a day named */
  if (!y && hd->fixed && hd->need != H_NEED_WDAY && hd->d && base_rel(sc, &b)
      && (y = narr_year(sc, hd->mo, hd->d, i, j)) != 0) {
    r->anchored = 1; r->anchor = b;
  }
  /* "was founded in March 1995, and by Christmas it had 40 workers": a
   * fixed holiday told in the past in the sentence of a year two or more
   * back is that year's (the next one's when it falls before the month
   * or day named) */
  if (!y && hd->fixed && hd->need != H_NEED_WDAY && hd->d && dir < 0 && !given
      && sc->has_last && sc->last.y > 0 && sc->has_ref && sc->last.y < sc->ref.y - 1
      && sc->last.gran >= TG_YEAR && sc->last_end >= sc->t[0].s && sc->last_end <= T(i)->s
      && !date_closes_aside(sc)) {
    y = sc->last.y;
    if (sc->last.gran >= TG_MONTH && sc->last.gran != TG_WEEK && sc->last.gran != TG_WE
        && (hd->mo < sc->last.mo || (hd->mo == sc->last.mo && sc->last.d && hd->d < sc->last.d)))
      y++;
    r->anchored = 1; r->anchor = sc->last;
  }
  /* "between Thanksgiving and Christmas", "from Nov. 28 to Christmas":
   * the second end of a span is the first such day on or after the day
   * that opens it, whatever the tense (not before a year of its own,
   * "from Nov. 28 to Christmas last year": that year's) */
  if (!y && hd->fixed && hd->need != H_NEED_WDAY && hd->d && sc->has_last && sc->last.y && sc->last.mo
      && sc->last.d && sc->last.gran == TG_DAY && IN(i - 2) && sc->t[i - 2].s + sc->t[i - 2].n == sc->last_end
      && (isw(sc, i - 1, W_AND) || isw(sc, i - 1, W_TO) || isw(sc, i - 1, W_UNTIL))
      && !((isw(sc, j, W_LAST) || isw(sc, j, W_NEXT) || isw(sc, j, W_THIS))
           && tcat(sc, j + 1, LEX_UNIT) && tval(sc, j + 1, LEX_UNIT) == U_YEAR)) {
    int k;
    for (k = i - 3; k >= 0 && k >= i - 6 && !ispu(sc, k, ';'); k--)
      if (isw(sc, k, isw(sc, i - 1, W_AND) ? W_BETWEEN : W_FROM)) {
        y = sc->last.y;
        if (hd->mo < sc->last.mo || (hd->mo == sc->last.mo && hd->d < sc->last.d)) y++;
        r->anchored = 1; r->anchor = sc->last;
        break;
      }
  }
  if (!y && base_rel(sc, &b)) {
    y = resolve_year(&b, hd->mo, hd->d, dir);
    /* "the bridge opened on New Year's Day" written two days before it:
     * a past event (its verb near or far) on a fixed holiday a few days
     * ahead (resolve_year
     * keeps dates within a week) is last year's -- unless the holiday is
     * what the event came before ("gathered ahead of Easter") */
    if ((dir < -1 || (dir == -1 && sc->tense->event)) && hd->fixed
        && !isw(sc, i - 1, W_BEFORE) && !word_before(sc, i, "of")
        && y == b.y + (hd->mo < b.mo ? 1 : 0)
        && (hd->mo - b.mo) * 31 + (hd->d - b.d) + (y > b.y ? 372 : 0) > 1)
      y--;
    r->anchored = 1; r->anchor = b;
  }
  mo = hd->mo;
  if (hd->fixed && hd->need != H_NEED_WDAY) d = hd->d;
  else if (y) {
    d = holiday_day(h, y, &mo);
    if (!d && h == H_LUNARNY) mo = 0;   /* a year the table does not hold */
  }
  else { d = 0; if (h == H_EASTER || h == H_GOODFRIDAY || h == H_PALMSUN) mo = 0; }
  /* "Orthodox Easter falls on April 12": the Julian computus' Sunday */
  if (h == H_EASTER && y && shift == 0 && IN(i - 1) && (T(i - 1)->fl & F_CAP)
      && word_before(sc, i, "orthodox"))
    orthodox_easter(y, &mo, &d);   /* no year: the month if it is known */
  /* New Year's Eve 1999 is 1999-12-31; a resolved one is the eve of the
   * New Year resolved */
  if (h == H_NEWYEAR && shift && y && !given) y--;
  if (h == H_NEWYEAR && shift) { mo = 12; d = 31; shift = 0; }
  if (shift && d) {
    if (y) dl_add_days(&y, &mo, &d, shift);
    else d += shift;   /* Christmas Eve: within the month */
  }
  dl_tv_day(&v, y, mo, d);
  /* the Labor Day weekend, the Easter weekend: the weekend of the
   * holiday's week, or the one just before a Monday holiday */
  if (y && d && tcat(sc, j, LEX_UNIT) && tval(sc, j, LEX_UNIT) == U_WEEKEND) {
    if (dl_weekday(y, mo, d) == 1) dl_add_days(&v.y, &v.mo, &v.d, -2);
    dl_tv_coarsen(&v, TG_WE);
    j++;
  }
  res_point(r, j, DL_TIMEX_DATE, &v);
  return j;
}


/* Can the word at token k go on from a number before it (a unit, a month,
 * a time word ... or a filler of a count: "three more years")? */
static int num_may_continue(const scan *sc, int k)
{
  const tok *n = T(k);
  return (n->cat != LEX_NONE && n->cat != LEX_MEASURE && n->cat != LEX_TENSE && n->cat != LEX_TITLE)
         || (n->w && count_filler(sc, k)) || (n->n >= 6 && n->n <= 8 && day_kind(sc, k));
}

/* early / late / mid + a date: early 1990, late last year, mid-March. */
static int m_modded(scan *sc, int i, mres *r, int (*core)(scan *, int, mres *));

static int m_core(scan *sc, int i, mres *r);
static int m_at(scan *sc, int i, mres *r);

/* ------------------------------------------------------------------ */
/* The dispatcher                                                      */
/* ------------------------------------------------------------------ */

/* Expressions that start with a content token (no determiner/modifier). */
/* Verbs whose object is a length of time: "could take weeks", "spent
 * months courting voters", "waited years" -- a bare plural unit after
 * one is a vague duration, as after "for". */
static const char *const length_verbs[] = {
  "take", "takes", "took", "taking", "taken", "spend", "spends", "spent",
  "spending", "last", "lasts", "lasted", "lasting", "waited", "waiting"
};

/* Words before "years of" that make the years someone's or a counted
 * set ("his years of service", "those years of war"), not a length. */
static const char *const units_of_owners[] = {
  "his", "her", "their", "its", "our", "my", "your", "those", "these", "many", "few",
  "several", "some", "light",
  /* "within weeks or months of his capture": after it, not a length */
  "within", "or", "and"
};

static const char *const APART[] = {"apart"};

/* The word right before token i ends in "ing" ("opening hours"). */
static int ing_before(const scan *sc, int i)
{
  size_t e = sc->t[i].s;
  while (e > 0 && sc->text[e - 1] == ' ') e--;
  return e >= 5 && DL_LOWER(sc->text[e - 3]) == 'i' && DL_LOWER(sc->text[e - 2]) == 'n'
      && DL_LOWER(sc->text[e - 1]) == 'g';
}

static int units_of_owner(const scan *sc, int i)
{
  size_t k;
  for (k = 0; k < sizeof units_of_owners / sizeof units_of_owners[0]; k++)
    if (word_before(sc, i, units_of_owners[k])) return 1;
  return 0;
}

static int vague_length_verb(const scan *sc, int i)
{
  return word_before_any(sc, i, length_verbs, sizeof length_verbs / sizeof length_verbs[0]);
}

/* "could take weeks, maybe months", "for days or even weeks": a bare
 * plural unit that a hedge or "or" adds to a vague length before it is
 * one too; so is one set against it ("for months, not weeks": a length
 * tagged though negated, as TimeBank tags them). */
static const char *const unit_hedges[] = {"or", "maybe", "perhaps", "possibly", "even", "not"};

static int vague_unit_pair(const scan *sc, int i)
{
  int k = i - 1;
  /* "within weeks or months of his capture": TimeBank tags the first only */
  if (isw(sc, i + 1, W_OF)) return 0;
  if (!IN(k) || T(k)->kind != TK_WORD
      || !word_before_any(sc, i, unit_hedges, sizeof unit_hedges / sizeof unit_hedges[0]))
    return 0;
  if (isw(sc, k - 1, W_OR) && T(k)->cat == 0) k--;   /* "or even" */
  k--;
  if (ispu(sc, k, ',')) k--;
  return tcat(sc, k, LEX_UNITS) && sc->t[k].val >= U_MIN
         && (word_before(sc, k, "for") || word_before(sc, k, "within") || vague_length_verb(sc, k));
}

/* N times a week / per year / every day / daily, i at N: a SET of the
 * period with freq N. */

static int times_per(scan *sc, int i, mres *r, int n)
{
  int unit, pl, e;
  if (tcat(sc, i + 2, LEX_SETADV) && tval(sc, i + 2, LEX_SETADV) != S_NIGHTLY) {
    unit = setadv_unit[tval(sc, i + 2, LEX_SETADV)];
    e = i + 3;
  } else if ((isw(sc, i + 2, W_A) || isw(sc, i + 2, W_PER) || isw(sc, i + 2, W_EVERY)
              || isw(sc, i + 2, W_EACH))
             && parse_unit(sc, i + 3, &unit, &pl) > 0 && !pl) {
    e = i + 4;
  } else return -1;
  res_dur(r, e, 1, 0, unit);
  r->type = DL_TIMEX_SET; r->freq = n;
  return e;
}

/* "at dawn", "at dawn on Tuesday", "at dusk Sunday": the morning
 * (evening) of the day named after it, else of the day the story is
 * at; i at the word, p its part of day. */
static int m_dawn(scan *sc, int i, mres *r, int p)
{
  mres r_;
  int e_ = -1, k = i + 1, on = 0;
  dl_tv b;
  res_init(&r_);
  if (isw(sc, k, W_ON)) { k++; on = 1; }
  if (tcat(sc, k, LEX_WDAY)) e_ = m_wday(sc, k, &r_, future_marker(sc, i) ? 1 : 0);
  else if (tcat(sc, k, LEX_DEICT) && tval(sc, k, LEX_DEICT) != D_TONIGHT) e_ = m_deict(sc, k, &r_);
  /* "at dawn on Feb. 5": two expressions, the day dating the dawn */
  else if (on && month_tok(sc, k)) e_ = m_month(sc, k, &r_, 1);
  if (!(e_ > 0 && r_.kind == V_POINT && r_.tv.gran == TG_DAY)) {
    res_init(&r_);
    e_ = i + 1;
    if (clock_day(sc, i, i + 1, p == P_MO, &b)) { r_.tv = b; r_.anchored = 1; r_.anchor = b; }
    else dl_tv_day(&r_.tv, 0, 0, 0);
    r_.tv.hh = r_.tv.mm = r_.tv.ss = -1; r_.tv.has_tz = 0;
  } else if (on) e_ = i + 1;   /* "dawn on Tuesday": two expressions */
  r_.tv.gran = TG_POD; r_.tv.pod = p;
  res_point(&r_, e_, DL_TIMEX_TIME, &r_.tv);
  *r = r_;
  return e_;
}

/* Whether the number at i, followed by an attached '.', can start an
 * expression.  A decimal ("5.5 pct", "1.25 billion") starts only what
 * the matchers of m_core accept with a point: "2.5 years", "1.5-hour"
 * (m_duration, through parse_card: halves only), "9.30 pm" (m_time,
 * British clock times) and "22.03.2023" (m_numdate); m_daymonth and
 * times_per take no decimal (plain_num).  A new rule that reads a
 * decimal must be let through here.  Anything else after the point
 * ("5.", "Jan. 5.") is left to the matchers. */
static int decimal_may_start(const scan *sc, int i)
{
  const tok *f;
  if (!att(sc, i + 2) || T(i + 2)->kind != TK_NUM) return 1;
  if (ispu(sc, i + 3, '.') && att(sc, i + 3)) return 1;
  f = T(i + 2);
  /* "9.58 seconds": m_duration's decimal seconds */
  if (f->nd <= 3 && tcat(sc, i + 3, LEX_UNITS) && decimal_unit_ok(sc, i + 2, tval(sc, i + 3, LEX_UNITS)))
    return 1;
  /* "a 4.2-year study" (m_duration) */
  if (f->nd <= 2 && hyph(sc, i + 3) && tcat(sc, i + 4, LEX_UNIT)) return 1;
  /* "4.6 billion years": eon_years */
  if (f->nd <= 2 && (isw(sc, i + 3 + hyph(sc, i + 3), W_MILLION) || isw(sc, i + 3 + hyph(sc, i + 3), W_BILLION)))
    return 1;
  if (f->nd == 1 && f->v == 5)   /* the unit may follow a hyphen or "more" */
    return tcat(sc, i + 3, LEX_UNIT) || tcat(sc, i + 3, LEX_UNITS)
        || tcat(sc, i + 4, LEX_UNIT) || tcat(sc, i + 4, LEX_UNITS);
  return f->nd == 2 && (f->suf == SUF_AM || f->suf == SUF_PM || tcat(sc, i + 3, LEX_AMPM));
}


/* "agreed on Thursday to a truce starting at midnight Friday", told that
 * Thursday: "starting at" before token i, in a sentence whose last day is
 * the reference day.  The start an announcement of that day sets is
 * ahead, whatever the verb's tense (with no such day in the sentence, "an
 * ultimatum ... starting at noon Saturday" may be past). */
static int start_set_today(const scan *sc, int i)
{
  return isw(sc, i - 1, W_AT)
         && word_before_any(sc, i - 1, START_PARTICIPLES, sizeof START_PARTICIPLES / sizeof START_PARTICIPLES[0])
         && sc->has_ref && sc->has_last_day && sc->last_day_chunk == sc->chunk
         && dl_tv_cmp_day(&sc->last_day, &sc->ref) == 0;
}

/* Words that may follow "at present" used as the present: a clause
 * going on, not a noun ("at present prices") */
static const char *const AT_PRESENT_NEXT[] = {
  "a", "about", "all", "almost", "an", "and", "are", "around", "as", "both", "but", "few", "for",
  "from", "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "many", "more", "most",
  "nearly", "no", "not", "on", "only", "our", "over", "she", "so", "some", "the", "their",
  "there", "these", "they", "this", "those", "though", "under", "was", "we", "were", "with", "you"
};

/* The part of the day p at token i alone ("in the morning session", "by
 * midmorning"): of the day the clause speaks of (clock_day), else of no
 * day.  Returns the end, i + 1. */
static int pod_point(const scan *sc, int i, int p, mres *r)
{
  dl_tv b, v;
  res_init(r);
  if (clock_day(sc, i, i + 1, 0, &b)) { v = b; r->anchored = 1; r->anchor = b; }
  else dl_tv_day(&v, 0, 0, 0);
  tv_pod(&v, p);
  res_point(r, i + 1, DL_TIMEX_TIME, &v);
  return i + 1;
}

static int m_core(scan *sc, int i, mres *r)
{
  const tok *t;
  int best = -1;
  if (!IN(i)) return -1;   /* callers may pass the token after a modifier */
  t = T(i);
  /* the second day of a range (range_pending), or its end read with its
   * start ("from June 1 to Nov. 30") */
  if (i == sc->range_tok) {
    res_point(r, sc->range_end, DL_TIMEX_DATE, &sc->range_tv);
    return sc->range_end;
  }
  if (t->kind == TK_NUM) {
    /* "in '99", "since '87": a year written short after its apostrophe,
     * where a preposition asks for a year (the decades, "'80s", are
     * m_decade's; "'99ers" is a word) */
    /* (not a title in quotes: "starred in '24 Hours in Paris'") */
    if ((t->fl & F_APOS) && t->nd == 2 && t->suf == SUF_NONE
        && !(IN(i + 1) && T(i + 1)->kind != TK_PUNCT && att(sc, i + 1))
        && !(IN(i + 1) && T(i + 1)->kind == TK_WORD && ((T(i + 1)->fl & F_CAP) || tcat(sc, i + 1, LEX_UNITS)))) {
      int k = i - 1;
      if (IN(k) && T(k)->kind == TK_PUNCT && T(k)->s + T(k)->n == t->s) k--;
      if (isw(sc, k, W_IN) || isw(sc, k, W_SINCE) || isw(sc, k, W_UNTIL)) {
        dl_tv v;
        dl_tv_day(&v, two_digit_year(sc, t->v), 0, 0);
        v.gran = TG_YEAR;
        res_point(r, i + 1, DL_TIMEX_DATE, &v);
        r->absolute = 1;
        return i + 1;
      }
    }
    /* "1H24", "3Q2023" (the matcher makes its own tests and leaves r
     * alone when they fail) */
    {
      int e_ = m_part_year_code(sc, i, r);
      if (e_ > 0) return e_;
    }
    /* cheap rejects first: money and percentages, and numbers followed by
     * nothing a date, time or duration can continue with */
    if (t->fl & F_CTX)   /* "5%" at the very start has no byte before it */
      return t->s > 0 && DL_IS_ALPHA(sc->text[t->s - 1]) ? m_period_code(sc, i, r) : -1;
    if (t->suf == SUF_NONE && t->nd != 4 && IN(i + 1)) {
      const tok *n = T(i + 1);
      int ok = 0, tn, tj;
      if (n->kind == TK_PUNCT) ok = (!(n->fl & F_SP) && (n->v == '/' || n->v == '-' || n->v == ':'
                                                        || (n->v == '.' && decimal_may_start(sc, i))
                                                        /* "1,012 minutes": a count, when a word
                                                         * that can go on from a number follows */
                                                        || (n->v == ',' && (tj = thousands_num(sc, i, &tn)) > 0
                                                            && IN(tj) && T(tj)->kind != TK_PUNCT
                                                            && T(tj)->kind != TK_NUM
                                                            && num_may_continue(sc, tj))))
                                    /* "12–14 September": an en dash, spaced or not, before
                                     * the second day of a range */
                                    || (n->v == PUNCT_DASH && IN(i + 2) && T(i + 2)->kind == TK_NUM);
      else if (n->kind == TK_NUM) ok = n->v == 1 || n->nd == 4;
      else ok = num_may_continue(sc, i + 1)
                /* "4 billion years", "500 million years" (eon_years) */
                || ((n->w == W_MILLION || n->w == W_BILLION) && tcat(sc, i + 2, LEX_UNITS));
      if (!ok) return -1;
    } else if (t->suf == SUF_NONE && t->nd != 4) return -1;
    else if (t->suf == SUF_OTHER) return -1;
    /* each matcher only where its first test lets a number through (the
     * tests it starts with, here before the result is set up for it) */
    if (t->suf == SUF_NONE && IN(i + 4)) {
      mres r_; int e_; res_init(&r_); e_ = m_numdate(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; }
    }
    /* 9/11: the day of the 2001 attacks, as news names it */
    if (t->v == 9 && t->nd == 1 && t->suf == SUF_NONE && ispu(sc, i + 1, '/') && att(sc, i + 1)
        && att(sc, i + 2) && T(i + 2)->kind == TK_NUM && T(i + 2)->v == 11 && T(i + 2)->nd == 2
        && T(i + 2)->suf == SUF_NONE && !(att(sc, i + 3) && (ispu(sc, i + 3, '/') || ispu(sc, i + 3, '-')))
        && !(att(sc, i) && (ispu(sc, i - 1, '/') || ispu(sc, i - 1, '-') || ispu(sc, i - 1, '.')))) {
      dl_tv v;
      dl_tv_day(&v, 2001, 9, 11);
      res_point(r, i + 3, DL_TIMEX_DATE, &v);
      return i + 3;
    }
    if (t->nd <= 2) {
      { mres r_; int e_; res_init(&r_); e_ = m_time(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; } }
      { mres r_; int e_; res_init(&r_); e_ = m_daymonth(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; } }
      /* the first day of a day-first range, "1-3 June", "12–14 September
       * 2019": its own date, in the month (and year) of the second, which
       * m_daymonth reads next (TimeML marks the two apart) */
      if (best < 0 && mday_at(sc, i) && t->suf == SUF_NONE && IN(i + 3)
          && ((ispu(sc, i + 1, '-') && att(sc, i + 1) && att(sc, i + 2)) || ispu(sc, i + 1, PUNCT_DASH))
          && mday_at(sc, i + 2) > t->v && T(i + 2)->suf == SUF_NONE && month_tok(sc, i + 3)) {
        mres r_; int e_; res_init(&r_); e_ = m_daymonth(sc, i + 2, &r_);
        if (e_ > 0 && r_.kind == V_POINT && r_.tv.gran == TG_DAY && r_.tv.mo > 0
            && (!r_.tv.y || dl_valid_date(r_.tv.y, r_.tv.mo, t->v))) {
          *r = r_;
          r->tv.d = t->v;
          r->end = i + 1;
          best = i + 1;
        }
      }
    }
    if (t->nd == 4) {
      mres r_; int e_; res_init(&r_); e_ = m_year(sc, i, &r_, 0); if (e_ > best) { best = e_; *r = r_; }
      if (tcat(sc, i + 1, LEX_TZ) || (isw(sc, i + 1, W_LOCAL) && isw(sc, i + 2, W_TIME))
          || military_hours(sc, i)) {
        /* 0600 GMT, 0600 local time, at 0600 hours */
        res_init(&r_); e_ = m_time(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; }
      }
    }
    if (t->suf == SUF_S) {
      mres r_; int e_; res_init(&r_); e_ = m_decade(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; }
    }
    { mres r_; int e_; res_init(&r_); e_ = m_duration(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; } }
    if (t->suf == SUF_ORD) {
      { mres r_; int e_; res_init(&r_); e_ = m_ordpart(sc, i, &r_, 0); if (e_ > best) { best = e_; *r = r_; } }
      { mres r_; int e_; res_init(&r_); e_ = m_century(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; } }
      if (best < 0) {
        mres r_; int e_; res_init(&r_); e_ = m_ordday(sc, i, &r_); if (e_ > best) { best = e_; *r = r_; }
      }
    }
    if (best > 0) { r->end = best; return best; }
    /* N times a week */
    if (plain_num(sc, i) && isw(sc, i + 1, W_TIMES)) return times_per(sc, i, r, t->v);
    return -1;
  }
  if (t->kind != TK_WORD || !t->cat) return -1;
  switch (t->cat) {
  case LEX_UNITS:
    /* "opens at 6 a.m. on weekends", "works on weekends": Saturday and
     * Sunday of every week, as "on weekdays" (not "on the weekends") */
    if (t->val == U_WEEKEND && isw(sc, i - 1, W_ON) && !(t->fl & F_CAP)
        && !word_before_any(sc, i - 1, ON_OBJECT_VERBS, sizeof ON_OBJECT_VERBS / sizeof ON_OBJECT_VERBS[0])) {
      res_str(r, i + 1, "XXXX-WXX-WE");
      r->type = DL_TIMEX_SET;
      return i + 1;
    }
    /* for years, within weeks, in months, within hours: a vague
     * duration; a place or a scene may follow ("for hours in the rain") */
    if ((word_before(sc, i, "for") || word_before(sc, i, "within") || isw(sc, i - 1, W_IN)
         || vague_length_verb(sc, i) || vague_unit_pair(sc, i)
         /* "fled with only minutes of warning", "just weeks from now" */
         || ((word_before(sc, i, "only") || word_before(sc, i, "just"))
             && !isw(sc, i - 2, W_THE)      /* not "the only days off" */
             /* "only minutes apart": a gap between two events, which
              * TimeBank leaves untagged (2 of 2) */
             && !word_after_any(sc, i, APART, sizeof APART / sizeof APART[0])))
        && t->val >= U_MIN && t->val != U_WEEKEND && t->val != U_QUARTER
        /* (a capital inside a sentence is a title's or a name's: "For
         * Days Inn", "the album For Hours") */
        && (!(t->fl & F_CAP) || sc->headline)
        /* "For decades the dam was ...": a sentence that opens with the
         * length goes on with its subject, whatever word that is (a
         * word: not "For years 2019 to 2021", "For months April to June") */
        && ((isw(sc, i - 1, W_FOR) && (T(i - 1)->fl & F_CAP) && IN(i + 1) && T(i + 1)->kind == TK_WORD
             && !tcat(sc, i + 1, LEX_MONTH) && !tcat(sc, i + 1, LEX_WDAY))
            || !(IN(i + 1) && (T(i + 1)->kind == TK_WORD || T(i + 1)->kind == TK_NUM)
             && !(T(i + 1)->fl & F_PLAIN) && !isw(sc, i + 1, W_AND) && !isw(sc, i + 1, W_OR)
             && !isw(sc, i + 1, W_FOR) && !isw(sc, i + 1, W_OF) && !isw(sc, i + 1, W_TO)
             && !isw(sc, i + 1, W_ON)
             && !isw(sc, i + 1, W_ONCE)   /* "within weeks once the checks end" */
             && !isw(sc, i + 1, W_AS)     /* "faded within months as rivals cut prices" */
             /* "have warned for years that prices would rise": the clause
              * the verb reports (not "the first time in years that") */
             && !(isw(sc, i + 1, W_THAT) && word_before(sc, i, "for"))
             /* "queued for hours before the gates opened" */
             && !((isw(sc, i + 1, W_BEFORE) || isw(sc, i + 1, W_AFTER))
                  && (word_before(sc, i, "for") || word_before(sc, i, "within")))
             /* "within hours had found": a verb after it ends the phrase */
             && T(i + 1)->cat != LEX_TENSE
             && !((isw(sc, i + 1, W_IN) || isw(sc, i + 1, W_AT))
                  && ((isw(sc, i + 2, W_THE) && IN(i + 3) && (T(i + 3)->fl & F_PLAIN))
                      /* "queued for hours in the election" */
                      || (isw(sc, i + 2, W_THE) && tcat(sc, i + 3, LEX_HOLIDAY)
                          && !(T(i + 3)->fl & F_CAP))
                      /* "for hours in Monday's election": a day's event */
                      || ((tcat(sc, i + 2, LEX_WDAY) || tcat(sc, i + 2, LEX_DEICT))
                          && ispu(sc, i + 3, PUNCT_POSS))
                      || (IN(i + 2) && (T(i + 2)->fl & F_PLAIN))))))) {
      res_dur(r, i + 1, -1, 0, t->val);
      return i + 1;
    }
    /* "arrived minutes after the blast", "hours before the polls
     * closed": a vague length between two events (not "the hours
     * before", "opening hours", "two hours") */
    if ((((t->val == U_HOUR || t->val == U_MIN) && (isw(sc, i + 1, W_BEFORE) || isw(sc, i + 1, W_AFTER)))
         /* "cut the corn weeks ahead of schedule", "days before the vote" */
         || ((t->val == U_DAY || t->val == U_WEEK || t->val == U_MONTH)
             && (isw(sc, i + 1, W_BEFORE) || isw(sc, i + 1, W_AFTER)
                 || (isw(sc, i + 1, W_AHEAD) && isw(sc, i + 2, W_OF)))))
        && IN(i + 2) && !ispu(sc, i + 2, '.') && !ispu(sc, i + 2, ',') && IN(i - 1)
        && (ispu(sc, i - 1, ',')
            || (T(i - 1)->kind == TK_WORD && !(T(i - 1)->fl & F_CAP)
                && (T(i - 1)->cat == LEX_NONE || T(i - 1)->cat == LEX_TENSE))
            /* "forced him out of the Beijing Olympics minutes before his
             * race": a name inside the sentence ends the object before */
            || (T(i - 1)->kind == TK_WORD && (T(i - 1)->fl & F_CAP) && T(i - 1)->cat == LEX_NONE
                && !(t->fl & F_CAP) && IN(i - 2) && T(i - 2)->kind == TK_WORD && !sc->headline
                /* (a name's word right before: not a plain word read
                 * into the name's token, "the US border days after") */
                && DL_IS_UPPER(sc->text[prev_word_start(sc, t->s)])))
        && !units_of_owner(sc, i)
        && !ing_before(sc, i) && !word_before(sc, i, "the")
        && !word_before(sc, i, "of") && !word_before(sc, i, "a")) {
      res_dur(r, i + 1, -1, 0, t->val);
      return i + 1;
    }
    /* "reversing decades of US policy", "after years of talks": a bare
     * plural unit that measures what follows "of" (not "the years of",
     * "two years of", "his years of") */
    if (t->val >= U_WEEK && t->val != U_WEEKEND && t->val != U_QUARTER && t->val != U_HALF
        && isw(sc, i + 1, W_OF) && IN(i + 2) && T(i + 2)->kind == TK_WORD
        && IN(i - 1) && T(i - 1)->kind == TK_WORD
        && (T(i - 1)->cat == LEX_NONE || T(i - 1)->cat == LEX_TENSE
            || T(i - 1)->cat == LEX_MISC || isw(sc, i - 1, W_AFTER) || isw(sc, i - 1, W_FOR) || isw(sc, i - 1, W_OF)
            || isw(sc, i - 1, W_IN) || isw(sc, i - 1, W_DURING))
        && !units_of_owner(sc, i)) {
      res_dur(r, i + 1, -1, 0, t->val);
      return i + 1;
    }
    break;
  case LEX_MISC: {
    int e_;
    if (t->val == X_MIDWEEK) return m_midweek(sc, i, r);
    if (t->val == X_MIDYEAR) return m_midyear(sc, i, i + 1, r);
    /* "a yearlong inquiry": as "year-long", one unit's length */
    if (t->val == X_LONG) {
      int unit = isw(sc, i, W_HOURLONG) ? U_HOUR : isw(sc, i, W_DAYLONG) ? U_DAY
               : isw(sc, i, W_WEEKLONG) ? U_WEEK : isw(sc, i, W_MONTHLONG) ? U_MONTH
               : isw(sc, i, W_YEARLONG) ? U_YEAR : isw(sc, i, W_DECADELONG) ? U_DECADE : U_CENTURY;
      res_dur(r, i + 1, 1, 0, unit);
      return i + 1;
    }
    if (t->val == X_THESE) {
      if (!isw(sc, i + 1, W_DAYS)) return -1;
      res_str(r, i + 2, "PRESENT_REF");
      return i + 2;
    }
    /* "At present, a third is irrigated", "at present there are": the
     * present (not the adjective of "at present prices", "at present
     * levels": a noun after it) */
    if (t->val == X_PRESENT) {
      if (!isw(sc, i - 1, W_AT)) return -1;
      if (IN(i + 1) && T(i + 1)->kind != TK_PUNCT && !(T(i + 1)->fl & F_CAP)
          && !word_after_any(sc, i, AT_PRESENT_NEXT, sizeof AT_PRESENT_NEXT / sizeof AT_PRESENT_NEXT[0]))
        return -1;
      res_str(r, i + 1, "PRESENT_REF");
      return i + 1;
    }
    /* "trains on weekdays": Monday to Friday of every week, as "each
     * weekday" */
    if (t->val == X_WEEKDAYS) {
      if (!isw(sc, i - 1, W_ON)) return -1;
      res_str(r, i + 1, "XXXX-WXX-WD");
      r->type = DL_TIMEX_SET;
      return i + 1;
    }
    e_ = m_decade_word(sc, i, r);
    if (e_ > 0) return e_;
    break;
  }
  case LEX_MONTH: {
    mres r_; int e_; res_init(&r_); e_ = m_month(sc, i, &r_, 1);
    if (e_ > best) { best = e_; *r = r_; }
    break;
  }
  case LEX_WDAY: {
    mres r_; int e_;
    if (tcat(sc, i + 1, LEX_PODS) && wday_ok(sc, i)) {
      /* Sunday mornings: every such morning */
      dl_tv v;
      dl_tv_day(&v, 0, 0, 0);
      v.wd = t->val;
      v.gran = TG_POD; v.pod = tval(sc, i + 1, LEX_PODS);
      res_point(r, i + 2, DL_TIMEX_SET, &v);
      return i + 2;
    }
    res_init(&r_); e_ = m_wday(sc, i, &r_, 0);
    if (e_ > 0) { e_ = pod_tail(sc, e_, &r_); e_ = m_time_tail(sc, e_, &r_, 0); }
    if (e_ > best) { best = e_; *r = r_; }
    break;
  }
  case LEX_DEICT: {
    mres r_; int e_; res_init(&r_); e_ = m_deict(sc, i, &r_);
    if (e_ > 0) e_ = m_time_tail(sc, e_, &r_, 0);
    if (e_ > best) { best = e_; *r = r_; }
    break;
  }
  case LEX_GEN: {
    int g = t->val;
    if (isw(sc, i, W_FUTURE)) break;
    if (isw(sc, i, W_NOW) && (isw(sc, i - 1, W_FROM) || isw(sc, i - 1, W_RIGHT) == 0 ? 0 : 0)) break;
    res_str(r, i + 1, g == G_PRESENT ? "PRESENT_REF" : g == G_PAST ? "PAST_REF" : "FUTURE_REF");
    best = i + 1;
    break;
  }
  case LEX_POD: {
    int p = t->val;
    if (isw(sc, i, W_OVERNIGHT)
        && word_after_any(sc, i, OVERNIGHT_FINANCE, sizeof OVERNIGHT_FINANCE / sizeof OVERNIGHT_FINANCE[0]))
      return -1;
    if (isw(sc, i, W_OVERNIGHT) && !tcat(sc, i - 1, LEX_DET)) {
      /* overnight: the night of the day under discussion */
      dl_tv b, v;
      res_init(r);
      mres r_;
      res_init(&r_);
      if (tcat(sc, i + 2, LEX_WDAY) && (T(i + 2)->fl & F_CAP)
          && (isw(sc, i + 1, W_TO) || word_before(sc, i + 2, "into"))
          && m_wday(sc, i + 2, &r_, 0) > 0 && r_.tv.gran == TG_DAY && r_.tv.y) {
        /* "overnight into Tuesday": the night before that day */
        b = r_.tv;
        dl_tv_shift(&b, U_DAY, -1);
      } else if (tcat(sc, i + 1, LEX_WDAY) && (T(i + 1)->fl & F_CAP)
                 && m_wday(sc, i + 1, &r_, 0) == i + 2 && r_.tv.gran == TG_DAY) {
        /* "fighting raged overnight Tuesday": that day's night, one
         * expression (as "Tuesday night"), the weekday's tense rules */
        v = r_.tv;
        tv_pod(&v, P_NI);
        *r = r_;
        res_point(r, i + 2, DL_TIMEX_TIME, &v);
        return i + 2;
      } else if (sc->has_last && sc->last.y && sc->last.d && sc->last.gran >= TG_DAY
                 && !last_ahead_of_past(sc, i, i + 1))
        b = sc->last;
      else if (!base_rel(sc, &b)) dl_tv_day(&b, 0, 0, 0);
      v = b;
      if (b.y) { r->anchored = 1; r->anchor = b; } else { v.mo = 0; v.d = 0; }
      tv_pod(&v, P_NI);
      res_point(r, i + 1, DL_TIMEX_TIME, &v);
      return i + 1;
    }
    /* "fell 2 percent in morning trade": the part of the story's day a
     * market session names */
    if ((p == P_MO || p == P_AF) && !(t->fl & F_CAP) && isw(sc, i - 1, W_IN)
        && word_after_any(sc, i, SESSION_WORDS, sizeof SESSION_WORDS / sizeof SESSION_WORDS[0])) {
      return pod_point(sc, i, p, r);
    }
    /* "by midmorning", "at midafternoon Monday": a point of the day, as
     * "by midday" is (a bare "morning" is not: "by morning" is any
     * morning; a noun after it is a modifier's, "a midmorning break") */
    if ((p == P_MO || p == P_AF) && !(t->fl & F_CAP) && T(i)->n > 3
        && dl_word_eq(sc->text + T(i)->s, 3, "mid")
        && (isw(sc, i - 1, W_BY) || isw(sc, i - 1, W_AT) || isw(sc, i - 1, W_UNTIL)
            || isw(sc, i - 1, W_SINCE) || isw(sc, i - 1, W_AROUND) || isw(sc, i - 1, W_AFTER)
            || isw(sc, i - 1, W_BEFORE))) {
      dl_tv v;
      mres r_;
      res_init(&r_);
      if (tcat(sc, i + 1, LEX_WDAY) && (T(i + 1)->fl & F_CAP)
          && m_wday(sc, i + 1, &r_, 0) == i + 2 && r_.tv.gran == TG_DAY) {
        v = r_.tv;
        tv_pod(&v, p);
        *r = r_;
        res_point(r, i + 2, DL_TIMEX_TIME, &v);
        return i + 2;
      }
      if (!(IN(i + 1) && T(i + 1)->kind == TK_WORD && T(i + 1)->cat == LEX_NONE && !(T(i + 1)->fl & F_CAP)
            && !word_after_any(sc, i, MID_POD_NEXT, sizeof MID_POD_NEXT / sizeof MID_POD_NEXT[0])))
        return pod_point(sc, i, p, r);
    }
    /* "at dawn", "since dawn", "shortly after dusk": the part of a day
     * an event is at or starts from; "before dawn", "until dusk" only
     * bound it (left unmarked, as TimeBank does) */
    if ((isw(sc, i, W_DAWN) || isw(sc, i, W_DAYBREAK) || isw(sc, i, W_DUSK)) && !(t->fl & F_CAP)
        && (isw(sc, i - 1, W_AT) || isw(sc, i - 1, W_SINCE) || isw(sc, i - 1, W_AFTER)
            || isw(sc, i - 1, W_FROM)))
      return m_dawn(sc, i, r, p);
    if ((p == P_NOON || p == P_MIDNIGHT) && isw(sc, i - 1, W_AT) && set_ends_at(sc, i - 2)) {
      /* "Tuesdays at noon": the time of each such day (as m_time) */
      dl_tv v;
      dl_tv_day(&v, 0, 0, 0);
      v.gran = TG_CLOCK; v.hh = p == P_NOON ? 12 : 24; v.mm = 0;
      res_point(r, i + 1, DL_TIMEX_TIME, &v);
      r->keep_last = 1;
      return i + 1;
    }
    /* "wrote Midnight's Children", "a Midnight Oil song": a capital
     * inside a sentence, before a name's next word, heads a title */
    if ((p == P_NOON || p == P_MIDNIGHT) && (t->fl & F_CAP) && IN(i - 1) && T(i - 1)->kind == TK_WORD
        && (ispu(sc, i + 1, PUNCT_POSS) ? IN(i + 2) && T(i + 2)->kind == TK_WORD && (T(i + 2)->fl & F_CAP)
                                         && T(i + 2)->cat == LEX_NONE
                                       : IN(i + 1) && T(i + 1)->kind == TK_WORD && (T(i + 1)->fl & F_CAP)
                                         && T(i + 1)->cat == LEX_NONE))
      return -1;
    if (p == P_NOON || p == P_MIDNIGHT) {
      mres r_; int e_ = -1, k = i + 1, on = 0, local = 0, tzk = -1, kd;
      dl_tv b;
      res_init(&r_);
      /* "noon local time Friday", "midday Friday local time" */
      if (isw(sc, k, W_LOCAL) && isw(sc, k + 1, W_TIME)) { k += 2; local = 2; }
      /* "noon EDT Friday", "midnight GMT": a zone in capitals, as after
       * "5 p.m." (ET, PT: named, no fixed offset) */
      else if (tcat(sc, k, LEX_TZ) && (T(k)->fl & F_UPPER) && T(k)->n >= 2) { tzk = k; k++; local = 1; }
      /* "noon on Monday": two expressions, as "3 p.m. on Oct. 5" */
      if (isw(sc, k, W_ON)) { k++; on = 1; }
      /* "between noon and 6 p.m. today": the day after the second time */
      else if (!local && (kd = clock_pair_day(sc, k, NULL)) > 0) { k = kd; on = 1; }
      /* "has until midnight Friday": the deadline sends the day ahead,
       * as for "until 6 p.m. Wednesday"; so does a start set today */
      if (tcat(sc, k, LEX_WDAY))
        e_ = m_wday(sc, k, &r_, future_marker(sc, i) || start_set_today(sc, i) ? 1 : 0);
      else if (on && tcat(sc, k, LEX_HOLIDAY)) e_ = m_holiday(sc, k, &r_);
      /* "at midnight on Oct. 1", "midnight Oct. 17": that day's */
      else if (tcat(sc, k, LEX_MONTH) && (T(k)->fl & F_CAP)) e_ = m_core(sc, k, &r_);
      else if (tcat(sc, k, LEX_DEICT) && tval(sc, k, LEX_DEICT) != D_TONIGHT) e_ = m_deict(sc, k, &r_);
      else if (p == P_MIDNIGHT && tcat(sc, k, LEX_DEICT) && base_rel(sc, &b)) {
        /* "midnight tonight": the end of the day of the story */
        res_point(&r_, k + 1, DL_TIMEX_DATE, &b);
        dl_tv_day(&r_.tv, b.y, b.mo, b.d);
        r_.anchored = 1; r_.anchor = b;
        e_ = k + 1;
      }
      if (e_ > 0 && r_.kind == V_POINT && r_.tv.gran == TG_DAY) {
        r_.tv.gran = TG_TIME; r_.tv.hh = p == P_NOON ? 12 : 24; r_.tv.mm = 0;
        r_.type = DL_TIMEX_TIME;
        if (tzk >= 0 && tval(sc, tzk, LEX_TZ) != DL_TZ_UNFIXED) { r_.tv.has_tz = 1; r_.tv.tz_min = tval(sc, tzk, LEX_TZ); }
        if (on) e_ = i + 1 + local;
        else if (!local && isw(sc, e_, W_LOCAL) && isw(sc, e_ + 1, W_TIME)) e_ += 2;
        r_.end = e_;
        best = e_; *r = r_;
      } else {
        res_init(&r_);
        /* "late Friday, hours before a midnight deadline": the day the
         * story is at, as for "at 10 p.m." */
        if (clock_day(sc, i, i + 1 + local, 0, &b)) { r_.tv = b; r_.anchored = 1; r_.anchor = b; }
        r_.tv.gran = TG_TIME; r_.tv.hh = p == P_NOON ? 12 : 24; r_.tv.mm = 0;
        r_.tv.ss = -1; r_.tv.has_tz = 0;
        if (tzk >= 0 && tval(sc, tzk, LEX_TZ) != DL_TZ_UNFIXED) { r_.tv.has_tz = 1; r_.tv.tz_min = tval(sc, tzk, LEX_TZ); }
        /* "the fire broke out shortly after midnight" on the story's own
         * day: just after the midnight it began with (the one that ends it
         * is still ahead), and "had left just before midnight" too: the
         * night before the story's day; "was arrested around midnight"
         * stays T24 */
        if (p == P_MIDNIGHT && r_.anchored && sc->has_ref && r_.tv.y
            && (isw(sc, i - 1, W_AFTER) || isw(sc, i - 1, W_BEFORE) || word_before(sc, i, "past")
                || morning_after(sc, i))
            && dl_tv_cmp_day(&r_.tv, &sc->ref) == 0 && tense_at(sc, i, i + 1 + local) < 0)
          r_.tv.hh = 0;
        res_point(&r_, i + 1 + local, DL_TIMEX_TIME, &r_.tv);
        best = i + 1 + local; *r = r_;
      }
    }
    break;
  }
  case LEX_HOLIDAY: {
    mres r_; int e_; res_init(&r_); e_ = m_holiday(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
    break;
  }
  case LEX_SETADV: case LEX_WDAYS: case LEX_FREQ: case LEX_QUANT: {
    mres r_; int e_; res_init(&r_); e_ = m_set(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
    break;
  }
  default: break;
  }
  if (best > 0) return best;
  /* second pass on secondary categories and the rest */
  /* "a few times a month" */
  if (isw(sc, i, W_A) && tcat(sc, i + 1, LEX_NUMW) && tval(sc, i + 1, LEX_NUMW) == -1
      && isw(sc, i + 2, W_TIMES)) {
    int e_ = times_per(sc, i + 1, r, 0);
    if (e_ > 0) return e_;
  }
  /* (and "several times a year": a frequency of no count) */
  if (tcat(sc, i, LEX_NUMW) && tval(sc, i, LEX_NUMW) >= -1 && tval(sc, i, LEX_NUMW) != 0
      && isw(sc, i + 1, W_TIMES)) {
    int e_ = times_per(sc, i, r, tval(sc, i, LEX_NUMW) > 0 ? tval(sc, i, LEX_NUMW) : 0);
    if (e_ > 0) return e_;
  }
  if (tcat(sc, i, LEX_NUMW) || tcat(sc, i, LEX_DET)) {
    mres r_; int e_;
    if (tcat(sc, i, LEX_NUMW)) {
      res_init(&r_); e_ = m_spelled_year(sc, i, &r_, isw(sc, i - 1, W_YEAR) || isw(sc, i - 1, W_IN));
      if (e_ > best) { best = e_; *r = r_; }
    }
    res_init(&r_); e_ = m_duration(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
  }
  if (tcat(sc, i, LEX_ORD) || (tcat(sc, i, LEX_NUMW) && hyph(sc, i + 1))) {
    mres r_; int e_;
    res_init(&r_); e_ = m_daymonth(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
  }
  if (tcat(sc, i, LEX_ORD)) {
    mres r_; int e_;
    res_init(&r_); e_ = m_ordpart(sc, i, &r_, 0);
    if (e_ > best) { best = e_; *r = r_; }
    res_init(&r_); e_ = m_century(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
  }
  if (tcat(sc, i, LEX_REL)) {
    mres r_; int e_;
    res_init(&r_); e_ = m_relunit(sc, i, &r_, 0);
    if (e_ > best) { best = e_; *r = r_; }
    if (t->val == R_LAST) {
      res_init(&r_); e_ = m_ordpart(sc, i, &r_, 0);
      if (e_ > best) { best = e_; *r = r_; }
    }
  }
  if (isw(sc, i, W_HALF) && tcat(sc, i + 1, LEX_DET)) {
    mres r_; int e_;
    res_init(&r_); e_ = m_duration(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
  }
  if (best > 0) r->end = best;
  return best;
}

/* "ended", "ending", "that ended", "which ends" at k: after "the
 * (fiscal) year", the year-long period up to a date. */
static int year_end_after(const scan *sc, int k)
{
  if (isw(sc, k, W_ENDED) || isw(sc, k, W_ENDING)) return 1;
  /* "in the year to March", "the decade to 2021" of statistics releases */
  if (isw(sc, k, W_TO) && (month_tok(sc, k + 1) || year_at(sc, k + 1, 0))) return 1;
  /* "the year through March", "the decade through 2020", "the year to
   * the end of June": the same span, as "the 12 months through May" */
  if ((isw(sc, k, W_THROUGH) && ((month_tok(sc, k + 1) && (T(k + 1)->fl & F_CAP)) || year_at(sc, k + 1, 0)))
      || ((isw(sc, k, W_TO) || isw(sc, k, W_THROUGH)) && isw(sc, k + 1, W_THE) && isw(sc, k + 2, W_END)
          && isw(sc, k + 3, W_OF) && month_tok(sc, k + 4) && (T(k + 4)->fl & F_CAP)))
    return !isw(sc, k - 2, W_OF) && !isw(sc, k - 3, W_OF);   /* not "the rest of the year through June" */
  /* "the year starting July 1", "the fiscal year beginning Oct. 1": the
   * year-long period from that date (the word alone is token k) */
  if (IN(k) && (T(k)->n == 8 || T(k)->n == 9) && month_tok(sc, k + 1)
      && (word_before(sc, k + 1, "starting") || word_before(sc, k + 1, "beginning")))
    return 1;
  if (!(isw(sc, k, W_THAT) || (IN(k) && T(k)->n == 5 && word_before(sc, k + 1, "which"))))
    return 0;
  return isw(sc, k + 1, W_ENDED) || isw(sc, k + 1, W_ENDING) || isw(sc, k + 1, W_ENDS);
}

/* Words of a price move: before "the previous session" they make it a
 * market's trading day, not a parliament's sitting. */
static const char *const market_moves[] = {
  "rose", "fell", "gained", "lost", "closed", "close", "edged", "settled", "slipped", "jumped",
  "dropped", "climbed", "percent", "pct", "%"
};

static int market_move_before(const scan *sc, int i)
{
  int k, lo = clause_back(sc, i, 0);
  for (k = i - 1; k >= lo; k--) {
    size_t m;
    for (m = 0; m < sizeof market_moves / sizeof market_moves[0]; m++)
      if (dl_word_eq(sc->text + T(k)->s, T(k)->n, market_moves[m])) return 1;
  }
  return 0;
}

/* the + ...  (i at "the") */
/* "the second week of January", "the first weekend of May", "the last
 * week of March [2025]", "the first weekend in September": i at "the", j
 * at the ordinal or "last".  The n-th week is the one holding day 7n-6
 * of the month (the last: its last day), the n-th weekend starts on the
 * month's n-th Saturday. */
static int m_week_of_month(scan *sc, int i, int j, mres *r)
{
  int n, unit, pl, mo, k, y, dim, d, wd;
  dl_tv v, b;
  if (isw(sc, j, W_LAST)) n = -1;
  else if (tcat(sc, j, LEX_ORD)) n = tval(sc, j, LEX_ORD);
  else return -1;
  if (n == 0 || n > 5 || parse_unit(sc, j + 1, &unit, &pl) < 0 || pl
      || (unit != U_WEEK && unit != U_WEEKEND) || !(isw(sc, j + 2, W_OF) || isw(sc, j + 2, W_IN)))
    return -1;
  mo = month_tok(sc, j + 3);
  if (!mo || !(T(j + 3)->fl & F_CAP)) return -1;
  k = skip_dot(sc, j + 4);
  if ((y = year_at(sc, k + ispu(sc, k, ','), 0))) {
    k += ispu(sc, k, ',') + 1;
    r->absolute = 1;
  } else if (base_rel(sc, &b)) {
    y = resolve_year_at(sc, &b, mo, 0, i, k);
    r->anchored = 1; r->anchor = b;
  }
  if (!y) return -1;
  dim = dl_days_in_month(y, mo);
  if (unit == U_WEEK) d = n > 0 ? 7 * n - 6 : dim;
  else if (n > 0) {
    wd = dl_weekday(y, mo, 1);
    d = 1 + (6 - wd + 7) % 7 + 7 * (n - 1);
  } else {
    wd = dl_weekday(y, mo, dim);
    d = dim - (wd + 1) % 7;
  }
  if (d > dim) return -1;
  dl_tv_day(&v, y, mo, d);
  dl_tv_coarsen(&v, unit == U_WEEK ? TG_WEEK : TG_WE);
  res_point(r, k, DL_TIMEX_DATE, &v);
  return k;
}

/* Does the chunk open with a date and a dash or colon, as the entries of
 * a chronology do ("March 3 - ...", "Oct. 5, 2024: ...")? */
static int entry_dated(const scan *sc)
{
  int k;
  if (!month_tok(sc, 0) && !(IN(0) && T(0)->kind == TK_NUM)) return 0;
  for (k = 1; k < sc->nt && k <= 6; k++) {
    const tok *t = T(k);
    if (t->kind == TK_PUNCT && (t->v == '-' || t->v == PUNCT_DASH || t->v == ':'))
      return (t->fl & F_SP) != 0;
    if (!(t->kind == TK_NUM || month_tok(sc, k) || ispu(sc, k, ',') || ispu(sc, k, '.')))
      return 0;
  }
  return 0;
}

/* "the April-June quarter", "the July-to-September period": a calendar
 * quarter named by its first and last months, one DATE (2024-Q2); j at
 * the first month.  A year may follow ("... quarter of 2013"). */
static int m_month_quarter(scan *sc, int i, int j, mres *r)
{
  int m1 = month_tok(sc, j), m2, k = j + 1, y = 0, ye;
  dl_tv v, b;
  if (!m1 || (m1 - 1) % 3 || !(T(j)->fl & F_CAP) || !hyph(sc, k)) return -1;
  k++;
  if (isw(sc, k, W_TO) && hyph(sc, k + 1)) k += 2;
  if ((m2 = month_tok(sc, k)) != m1 + 2 || !(T(k)->fl & F_CAP)) return -1;
  k++;
  if (!(isw(sc, k, W_QUARTER) || isw(sc, k, W_PERIOD))) return -1;
  k++;
  if (isw(sc, k, W_OF) && (y = year_ext(sc, k + 1, &ye))) k = ye;
  else if (base_rel(sc, &b)) {
    y = resolve_year_at(sc, &b, m2, 0, i, k);
    r->anchored = 1; r->anchor = b;
  }
  dl_tv_day(&v, y, m1, 1);
  v.gran = TG_QUART;
  res_point(r, k, DL_TIMEX_DATE, &v);
  return k;
}

/* Is token k "rest" or "remainder" (the rest of a period)? */
static int rest_word(const scan *sc, int k)
{
  const tok *n;
  if (!IN(k)) return 0;
  n = T(k);
  return n->kind == TK_WORD && n->w == 0
         && (dl_word_eq(sc->text + n->s, n->n, "rest") || dl_word_eq(sc->text + n->s, n->n, "remainder"));
}

/* "the rest of the decade" / "the remainder of the year" at token i,
 * unit_w the word after the second "the". */
static int rest_of_unit(const scan *sc, int i, unsigned unit_w)
{
  if (!isw(sc, i + 2, W_OF) || !isw(sc, i + 3, W_THE) || !isw(sc, i + 4, unit_w)) return 0;
  return rest_word(sc, i + 1);
}

/* Does the verb before the "through" at token t say the night is going
 * on: a progressive ("are working through the night") or "continue(s)"? */
static int night_going_on(const scan *sc, int t)
{
  static const char *const cont[] = {"continue", "continues"};
  size_t e = space_back(sc, sc->t[t].s), b = prev_word_start(sc, e);
  if (b >= e) return 0;
  if (dl_word_in(sc->text + b, e - b, cont, sizeof cont / sizeof cont[0])) return 1;
  return e - b > 4 && DL_LOWER(sc->text[e - 3]) == 'i' && DL_LOWER(sc->text[e - 2]) == 'n'
         && DL_LOWER(sc->text[e - 1]) == 'g' && progressive_be_at(sc, b);
}

/* "the night" after a day this sentence dated ("the ship sank on July 4,
 * and the crew spent the night in lifeboats", "burned through the
 * night"): the night of that day.  Only where nothing names the night
 * as a noun's modifier ("the night shift", "the night sky"): the phrase
 * ends, or a preposition or a past verb follows. */
static int m_the_night(scan *sc, int i, mres *r)
{
  int j = i + 1;
  dl_tv v;
  if (!tcat(sc, j, LEX_POD) || tval(sc, j, LEX_POD) != P_NI || (T(j)->fl & F_CAP))
    return -1;
  if (IN(j + 1) && T(j + 1)->kind == TK_WORD
      && !(isw(sc, j + 1, W_IN) || isw(sc, j + 1, W_AT) || isw(sc, j + 1, W_AS)
           || isw(sc, j + 1, W_TO) || tense_of(sc, T(j + 1)) == -1))
    return -1;
  /* "crews will work through the night to restore power", "coverage
   * continues through the night": with no day in the sentence, a night
   * still to come or going on is tonight (not a habit's present: "the
   * baby sleeps through the night") */
  if (!(sc->has_last_day && sc->last_day_chunk == sc->chunk) && isw(sc, i - 1, W_THROUGH)
      && (tense_at(sc, i, j + 1) > 0 || night_going_on(sc, i - 1)) && base_rel(sc, &v)) {
    r->anchored = 1; r->anchor = v;
    tv_pod(&v, P_NI);
    res_point(r, j + 1, DL_TIMEX_TIME, &v);
    return j + 1;
  }
  if (!(sc->has_last_day && sc->last_day_chunk == sc->chunk) || !sc->last_day.d)
    return -1;
  v = sc->last_day;
  v.hh = v.mm = v.ss = -1; v.has_tz = 0;
  if (v.gran > TG_DAY) v.gran = TG_DAY;
  /* "reached on Friday after talks that ran through the night": what
   * came after the night is on the day dated; the night is the one
   * before it */
  {
    int k;
    for (k = i - 1; k >= 0 && k >= i - DL_TENSE_FAR && T(k)->s >= sc->last_end; k--)
      if (isw(sc, k, W_AFTER)) { dl_tv_shift(&v, U_DAY, -1); break; }
  }
  v.gran = TG_POD; v.pod = P_NI;
  r->anchored = 1; r->anchor = sc->last_day;
  res_point(r, j + 1, DL_TIMEX_TIME, &v);
  return j + 1;
}

/* Words that may follow "the first day" and leave it a day ("on the
 * first day alone", "On the fifth day there will be"; not "running":
 * "fell on the third day running" counts back to the day named). */
static const char *const NTH_DAY_AFTER[] = {"alone", "itself", "again", "too", "also", "there"};

/* The most days an event's "n-th day" counts on from its first. */
#define DL_MAX_NTH_DAY 31

/* "on the first day", "On the third day, the envoys walked out": the
 * n-th day of the event that began on the day last named (TimeBank dates
 * it; "the first day of trading" is read elsewhere). */
static int m_the_nth_day(scan *sc, int i, mres *r)
{
  int j = i + 1, n;
  dl_tv v;
  if (!isw(sc, i - 1, W_ON) || !isw(sc, j + 1, W_DAY) || isw(sc, j + 2, W_OF) || hyph(sc, j + 2)
      || !sc->has_last_day || !sc->last_day.y || !sc->last_day.mo || !sc->last_day.d)
    return -1;
  if (T(j)->kind == TK_NUM) n = T(j)->suf == SUF_ORD ? T(j)->v : 0;
  else n = tcat(sc, j, LEX_ORD) ? tval(sc, j, LEX_ORD) : 0;
  if (n < 1 || n > DL_MAX_NTH_DAY) return -1;
  /* (a plain noun after it makes "day" a modifier: "on the first day
   * trip") */
  if (IN(j + 2) && T(j + 2)->kind == TK_WORD && (T(j + 2)->fl & F_PLAIN) && !(T(j + 2)->fl & F_CAP)
      && T(j + 2)->cat == LEX_NONE && T(j + 2)->w == 0 && T(j + 2)->s == T(j + 1)->s + T(j + 1)->n + 1
      && !word_after_any(sc, j + 1, NTH_DAY_AFTER, sizeof NTH_DAY_AFTER / sizeof NTH_DAY_AFTER[0]))
    return -1;
  v = sc->last_day;
  v.hh = v.mm = v.ss = -1; v.has_tz = 0;
  v.gran = TG_DAY;
  dl_tv_shift(&v, U_DAY, n - 1);
  r->anchored = 1; r->anchor = sc->last_day;
  res_point(r, j + 2, DL_TIMEX_DATE, &v);
  return j + 2;
}

/* Words after "the day before" / "the week after" that leave it
 * nothing to govern ("use them on the day before instead", "the day
 * before and the day after"); a preposition or a conjunction of its own
 * can be no object either ("fired the day before after six years on the
 * job", "arrived the week before with his family"). */
static const char *const UNIT_BEFORE_ENDS[] = {
  "instead", "too", "also", "and", "or", "but",
  "after", "at", "because", "by", "for", "from", "in", "on", "when", "while", "with"
};
static const char *const UNIT_BEFORE_OR[] = {"or"};

/* Is token j + 1 a "before" / "after" with nothing to govern ("the year
 * before.", "the night after,")?  Not where a coordinated before/after
 * shares an object ("the week before or after Easter", "the day before
 * and after the vote"). */
static int before_governs_nothing(const scan *sc, int j)
{
  if (!(isw(sc, j + 1, W_BEFORE) || isw(sc, j + 1, W_AFTER))) return 0;
  if (!(!IN(j + 2) || ispu(sc, j + 2, '.') || ispu(sc, j + 2, ',') || ispu(sc, j + 2, ';')
        || word_after_any(sc, j + 1, UNIT_BEFORE_ENDS, sizeof UNIT_BEFORE_ENDS / sizeof UNIT_BEFORE_ENDS[0])))
    return 0;
  return !((isw(sc, j + 2, W_AND) || isw(sc, j + 2, W_OR))
           && (isw(sc, j + 3, W_BEFORE) || isw(sc, j + 3, W_AFTER))
           && IN(j + 4) && !ispu(sc, j + 4, '.') && !ispu(sc, j + 4, ',') && !ispu(sc, j + 4, ';'));
}

/* Words for an election, any of which names the event of another ("The
 * election is on Sunday. ... the day before the vote"; sorted). */
static const char *const ELECTION_WORDS[] = {
  "ballot", "election", "elections", "polls", "referendum", "runoff", "vote", "voting"
};

/* The most bytes before the last day's end that may hold the word for
 * its event ("the summit ended on Tuesday": the clause the day is in). */
#define DL_EVENT_WORD_BYTES 160
/* The most bytes from there to the phrase for the day still to date it. */
#define DL_EVENT_SPAN_BYTES 1000

/* Is the word at bytes [s, s + n) in the text from byte lo to byte hi, as
 * a word of its own, in any case?  A word of ELECTION_WORDS matches any
 * other of them. */
static int event_word_in(const scan *sc, size_t s, size_t n, size_t lo, size_t hi)
{
  const size_t ne = sizeof ELECTION_WORDS / sizeof ELECTION_WORDS[0];
  int elect = dl_word_in(sc->text + s, n, ELECTION_WORDS, ne);
  size_t k = lo, q;
  while (k < hi) {
    size_t b;
    while (k < hi && !DL_IS_ALPHA(sc->text[k])) k++;
    b = k;
    while (k < hi && DL_IS_ALPHA(sc->text[k])) k++;
    if (k == b) continue;
    if (elect && dl_word_in(sc->text + b, k - b, ELECTION_WORDS, ne)) return 1;
    if (k - b != n) continue;
    for (q = 0; q < n && DL_LOWER(sc->text[b + q]) == DL_LOWER(sc->text[s + q]); q++) {}
    if (q == n) return 1;
  }
  return 0;
}

/* "the day before the vote", "the week after the summit": TimeBank marks
 * "the day" (the event is no part of it) and dates it from the event's
 * day.  That day is known in two cases: right after a day and its comma
 * ("on Oct. 12, the day before the plunge": the day restated), or when the
 * event's noun (the one or two words after the second "the") is said
 * near the last day, named in this sentence or the one before ("The
 * summit ended on Tuesday. The day after the summit, ...").  Else
 * nothing is marked. */
static int m_unit_before_event(scan *sc, int i, mres *r)
{
  int j = i + 1, unit, shift, k;
  dl_tv b, v;
  size_t lo;
  if (!tcat(sc, j, LEX_UNIT) || !(isw(sc, j + 1, W_BEFORE) || isw(sc, j + 1, W_AFTER))
      || !isw(sc, j + 2, W_THE) || !sc->has_last_day)
    return -1;
  unit = tval(sc, j, LEX_UNIT);
  if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH) return -1;
  b = sc->last_day;
  if (!(b.y && b.mo && b.d)) return -1;
  shift = isw(sc, j + 1, W_BEFORE) ? -1 : 1;
  /* "Oct. 12, the day before the plunge": that day */
  if (unit == U_DAY && ispu(sc, i - 1, ',') && IN(i - 2) && sc->has_last
      && sc->t[i - 2].s + sc->t[i - 2].n == sc->last_end && sc->last.gran == TG_DAY
      && dl_tv_cmp_day(&sc->last, &b) == 0) {
    v = b;
    r->anchored = 1; r->anchor = b;
    res_point(r, j + 1, DL_TIMEX_DATE, &v);
    return j + 1;
  }
  if (sc->last_day_chunk < sc->chunk - 1 || sc->last_end >= sc->t[i].s) return -1;
  lo = sc->last_end > DL_EVENT_WORD_BYTES ? sc->last_end - DL_EVENT_WORD_BYTES : 0;
  /* (a bounded read: many such phrases far from their day cost no more) */
  if (sc->t[i].s - lo > DL_EVENT_SPAN_BYTES) return -1;
  /* (the noun, not the subject of a clause: "the day after the company
   * reported" tells of no day named) */
  for (k = j + 3; k <= j + 4; k++) {
    if (!IN(k) || T(k)->kind != TK_WORD || (T(k)->fl & F_CAP)) return -1;
    if (IN(k + 1) && (ispu(sc, k + 1, PUNCT_POSS) || tense_of(sc, T(k + 1)) != 0)) continue;
    if (event_word_in(sc, T(k)->s, T(k)->n, lo, sc->t[i].s)) break;
  }
  if (k > j + 4) return -1;
  v = b;
  if (unit == U_DAY) dl_tv_shift(&v, U_DAY, shift);
  else period_of(&v, &b, unit, shift);
  if (v.y < 1 || v.y > 9999) return -1;
  r->anchored = 1; r->anchor = b;
  res_point(r, j + 1, DL_TIMEX_DATE, &v);
  return j + 1;
}

static int m_the(scan *sc, int i, mres *r)
{
  int j = i + 1, best = -1;
  dl_tv v, b;
  if (!IN(j)) return -1;
  /* "the yearlong inquiry": the adjective alone (as "the year-long") */
  if (tcat(sc, j, LEX_MISC) && tval(sc, j, LEX_MISC) == X_LONG) return -1;
  if (month_tok(sc, j) && (best = m_month_quarter(sc, i, j, r)) > 0) return best;
  if ((best = m_the_night(sc, i, r)) > 0) return best;
  if ((best = m_the_nth_day(sc, i, r)) > 0) return best;
  /* "the second half of the month": the month part_year dates, "the"
   * and all */
  if (tcat(sc, j, LEX_ORD) && isw(sc, j + 1, W_HALF) && isw(sc, j + 2, W_OF)) {
    mres r_; int e_;
    res_init(&r_);
    e_ = m_ordpart(sc, j, &r_, 0);
    if (e_ > 0 && r_.mod) { *r = r_; r->end = e_; return e_; }
  }
  /* "the 2024-25 financial year": a split fiscal year is one expression
   * with its noun, as "the financial year 2024-25", dated (as the bare
   * pair) by the first year; a season or a school year keeps the pair
   * alone ("the 2024/25 season": "season" is no unit of time) */
  if (IN(j + 3) && T(j)->kind == TK_NUM && year_at(sc, j, 0)) {
    mres r_; int e_, k;
    res_init(&r_);
    e_ = m_year(sc, j, &r_, 1);
    if (e_ == j + 3) {
      const tok *n = T(e_);
      k = -1;
      if (fiscal_at(sc, e_) && isw(sc, e_ + 1, W_YEAR)) k = e_ + 2;
      else if (n->kind == TK_WORD && isw(sc, e_ + 1, W_YEAR) && dl_word_eq(sc->text + n->s, n->n, "tax"))
        k = e_ + 2;
      if (k > 0 && !hyph(sc, k)) { *r = r_; r->end = k; return k; }
    }
  }
  /* "the holiday quarter" of a retailer's or a phone maker's report: the
   * October-December quarter, dated as "the fourth quarter" */
  if (isw(sc, j + 1, W_QUARTER) && T(j)->kind == TK_WORD && T(j)->w == 0
      && dl_word_eq(sc->text + T(j)->s, T(j)->n, "holiday") && !isw(sc, j + 2, W_OF)
      && !hyph(sc, j + 2))
    return part_year(sc, i, j + 2, 4, U_QUARTER, 0, r);
  /* "for the rest of the decade", "the remainder of the decade": the
   * decade the story is in, the whole phrase */
  if (rest_of_unit(sc, i, W_DECADE) && !isw(sc, i + 5, W_OF) && !hyph(sc, i + 5) && base_rel(sc, &b)) {
    period_of(&v, &b, U_DECADE, 0);
    res_point(r, i + 5, DL_TIMEX_DATE, &v);
    r->anchored = 1; r->anchor = b; r->keep_last = 1;
    return i + 5;
  }
  /* "for the rest of the year", "the remainder of the year": the year
   * "the year" names, the whole phrase (as the decade above) */
  if (rest_of_unit(sc, i, W_YEAR) && !isw(sc, i + 5, W_OF) && !hyph(sc, i + 5)) {
    mres r_;
    int e_;
    res_init(&r_);
    e_ = m_the(sc, i + 3, &r_);
    if (e_ == i + 5 && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE) {
      *r = r_;
      return e_;
    }
  }
  /* "the rest of 2025", "the remainder of this year": the year named,
   * the whole phrase, as "the rest of the year" */
  if (isw(sc, i + 2, W_OF) && !isw(sc, i + 3, W_THE) && rest_word(sc, i + 1)) {
    mres r_;
    int e_;
    res_init(&r_);
    e_ = m_core(sc, i + 3, &r_);
    if (e_ > i + 3 && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE && r_.tv.gran == TG_YEAR
        && !isw(sc, e_, W_OF) && !hyph(sc, e_) && !ispu(sc, e_, PUNCT_POSS)) {
      *r = r_;
      return e_;
    }
  }
  /* the future / the near future / the past / the present */
  if (isw(sc, j, W_FUTURE)) { res_str(r, j + 1, "FUTURE_REF"); return j + 1; }
  /* "(claims rose) in the week ended April 14", "for the week ending
   * Friday": the seven days up to that day, valued as the calendar week
   * that holds most of them (the one of the day three days before) */
  if (isw(sc, j, W_WEEK) && !(T(i)->fl & F_CAP)) {
    mres d_;
    /* "the week that (which) ended Oct. 12" as "the week ended Oct. 12" */
    int e = isw(sc, j + 1, W_THAT) || (IN(j + 1) && dl_word_eq(sc->text + T(j + 1)->s, T(j + 1)->n, "which"))
            ? j + 2 : j + 1;
    int de;
    res_init(&d_);
    /* (British and wire style: "in the week to March 11", "the week
     * through Friday"; not a thing of the day's after "to": "looked
     * past the week to Friday's jobs report") */
    if ((isw(sc, e, W_ENDED) || isw(sc, e, W_ENDING) || (e == j + 1 && !isw(sc, i - 1, W_FROM)
                                                         && (isw(sc, e, W_TO) || isw(sc, e, W_THROUGH))))
        && (de = m_core(sc, e + 1, &d_)) > e + 1
        && (isw(sc, e, W_ENDED) || isw(sc, e, W_ENDING) || !ispu(sc, de, PUNCT_POSS))
        && d_.kind == V_POINT && d_.tv.gran == TG_DAY && d_.tv.y) {
      v = d_.tv;
      dl_tv_shift(&v, U_DAY, -3);
      dl_tv_coarsen(&v, TG_WEEK);
      res_point(r, j + 1, DL_TIMEX_DATE, &v);
      r->keep_last = 1;
      return j + 1;
    }
  }
  /* "rose 2 percent for the week", "lost 3 percent on the week": a
   * market report's week, the one the story is in */
  if (isw(sc, j, W_WEEK) && !(T(i)->fl & F_CAP)
      && (isw(sc, i - 1, W_FOR) || isw(sc, i - 1, W_ON)
          /* "the Dow fell 7 percent in the week, its worst since 1933":
           * a move over the week, the phrase closed there */
          || (isw(sc, i - 1, W_IN) && (ispu(sc, j + 1, ',') || ispu(sc, j + 1, '.') || !IN(j + 1))
              && market_move_before(sc, i)))
      && !isw(sc, j + 1, W_OF) && !isw(sc, j + 1, W_BEFORE) && !isw(sc, j + 1, W_AFTER)
      && !isw(sc, j + 1, W_COMMENCING) && !isw(sc, j + 1, W_BEGINNING) && !isw(sc, j + 1, W_STARTING)
      && !hyph(sc, j + 1) && !ispu(sc, j + 1, PUNCT_POSS) && base_rel(sc, &b)) {
    v = b;
    dl_tv_coarsen(&v, TG_WEEK);
    res_point(r, j + 1, DL_TIMEX_DATE, &v);
    r->anchored = 1; r->anchor = b; r->keep_last = 1;
    return j + 1;
  }
  /* "had edged up in the previous session": a market report's last
   * trading day before the story's, a weekend skipped */
  if ((isw(sc, j, W_PREVIOUS) || isw(sc, j, W_PRIOR)) && IN(j + 1) && T(j + 1)->kind == TK_WORD
      && dl_word_eq(sc->text + T(j + 1)->s, T(j + 1)->n, "session") && !(T(i)->fl & F_CAP)
      && !isw(sc, j + 2, W_OF) && market_move_before(sc, i) && base_rel(sc, &b)) {
    int wd;
    v = b;
    v.gran = TG_DAY; v.hh = v.mm = v.ss = -1; v.has_tz = 0;
    dl_tv_shift(&v, U_DAY, -1);
    wd = dl_weekday(v.y, v.mo, v.d);
    if (wd == 7) dl_tv_shift(&v, U_DAY, -2);
    else if (wd == 6) dl_tv_shift(&v, U_DAY, -1);
    res_point(r, j + 2, DL_TIMEX_DATE, &v);
    r->anchored = 1; r->anchor = b; r->keep_last = 1;
    return j + 2;
  }
  /* "climbed in the afternoon", "during the evening", "by the evening
   * crowds had gathered": that part of the day the story is on
   * (TimeBank: "in the morning") */
  if ((isw(sc, j, W_MORNING) || isw(sc, j, W_AFTERNOON) || isw(sc, j, W_EVENING))
      && (isw(sc, i - 1, W_IN) || isw(sc, i - 1, W_DURING) || isw(sc, i - 1, W_BY)
          /* "snow will spread through the evening", "rain continued
           * through the morning": a told or foreseen stretch, not a
           * habit's present ("the cafe stays busy through the evening") */
          || (isw(sc, i - 1, W_THROUGH) && (tense_at(sc, i, j + 1) != 0 || night_going_on(sc, i - 1))))
      && !(T(i)->fl & F_CAP)
      && !isw(sc, j + 1, W_OF) && !hyph(sc, j + 1) && !ispu(sc, j + 1, PUNCT_POSS)
      && !(IN(j + 1) && T(j + 1)->kind == TK_WORD && T(j + 1)->cat == LEX_NONE
           && T(j + 1)->s == T(j)->s + T(j)->n + 1)) {
    dl_tv_day(&v, 0, 0, 0);
    /* (a stretch "through the evening" is of a day this sentence names,
     * else of the story's, as "through the night") */
    if (isw(sc, i - 1, W_THROUGH) && !(sc->has_last_day && sc->last_day_chunk == sc->chunk)) {
      if (base_rel(sc, &b)) { v = b; r->anchored = 1; r->anchor = b; }
    } else if (clock_day(sc, i, j + 1, 0, &b)) { v = b; r->anchored = 1; r->anchor = b; }
    if (!v.y) { v.mo = 0; v.d = 0; }
    tv_pod(&v, tval(sc, j, LEX_POD));
    res_point(r, j + 1, DL_TIMEX_TIME, &v);
    return j + 1;
  }
  if ((isw(sc, j + 1, W_WEEK) || isw(sc, j + 1, W_WEEKEND)) && (isw(sc, j + 2, W_OF) || isw(sc, j + 2, W_IN))) {
    int e_ = m_week_of_month(sc, i, j, r);
    if (e_ > 0) return e_;
  }
  /* the January-March quarter, the October-December period: the
   * calendar quarter those three months make */
  if (month_tok(sc, j) && (T(j)->fl & F_CAP) && (hyph(sc, j + 1) || ispu(sc, j + 1, PUNCT_DASH))
      && month_tok(sc, j + 2) && (isw(sc, j + 3, W_QUARTER) || isw(sc, j + 3, W_PERIOD))) {
    int m1 = month_tok(sc, j), m2 = month_tok(sc, j + 2), y = 0;
    if (m1 % 3 == 1 && m2 == m1 + 2) {
      int e = j + 4;
      if (isw(sc, e, W_OF) && year_at(sc, e + 1, 0)) { y = year_at(sc, e + 1, 0); e += 2; }
      else if (base_rel(sc, &b)) {
        y = resolve_year_at(sc, &b, m2, 0, i, j + 4);
        r->anchored = 1; r->anchor = b;
      }
      if (y) {
        dl_tv_day(&v, y, m1, 1);
        dl_tv_coarsen(&v, TG_QUART);
        res_point(r, e, DL_TIMEX_DATE, &v);
        return e;
      }
    }
  }
  /* the week of March 10, the weekend of Aug. 16: the one holding it;
   * British "the week commencing (beginning, starting) 6 May" too */
  if ((isw(sc, j, W_WEEK) || isw(sc, j, W_WEEKEND))
      && (isw(sc, j + 1, W_OF) || isw(sc, j + 1, W_COMMENCING) || isw(sc, j + 1, W_BEGINNING)
          || isw(sc, j + 1, W_STARTING))
      && (month_tok(sc, j + 2) || mday_at(sc, j + 2))) {
    mres r_; int e_;
    res_init(&r_);
    e_ = m_at(sc, j + 2, &r_);
    if (e_ > 0 && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE && r_.tv.gran == TG_DAY
        && r_.tv.y > 0 && !r_.mod) {
      *r = r_;
      dl_tv_coarsen(&r->tv, isw(sc, j, W_WEEK) ? TG_WEEK : TG_WE);
      r->end = e_;
      return e_;
    }
  }
  /* the weeks ahead, the months ahead: as "the coming weeks" */
  if (tcat(sc, j, LEX_UNITS) && tval(sc, j, LEX_UNITS) >= U_DAY && isw(sc, j + 1, W_AHEAD)) {
    res_str(r, j + 2, "FUTURE_REF");
    return j + 2;
  }
  /* the day before yesterday, the day after Christmas: a day from a day */
  if (isw(sc, j, W_DAY) && (isw(sc, j + 1, W_BEFORE) || isw(sc, j + 1, W_AFTER)) && IN(j + 2)
      && !isw(sc, j + 2, W_THE)) {
    mres r_; int e_;
    res_init(&r_);
    e_ = m_at(sc, j + 2, &r_);
    if (e_ > 0 && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE && r_.tv.gran == TG_DAY
        && r_.tv.y > 0 && r_.tv.mo > 0 && r_.tv.d > 0 && !r_.mod) {
      *r = r_;
      dl_add_days(&r->tv.y, &r->tv.mo, &r->tv.d, isw(sc, j + 1, W_BEFORE) ? -1 : 1);
      if (r->tv.y < 1 || r->tv.y > 9999) return -1;
      r->end = e_;
      return e_;
    }
  }
  if (isw(sc, j, W_NEAR) && isw(sc, j + 1, W_FUTURE)) { res_str(r, j + 2, "FUTURE_REF"); return j + 2; }
  if ((best = m_unit_before_event(sc, i, r)) > 0) return best;
  /* "the year before.", "the week after,": the one before (after) the
   * last date, when nothing follows "before" for it to govern */
  if (tcat(sc, j, LEX_UNIT) && before_governs_nothing(sc, j)) {
    int unit = tval(sc, j, LEX_UNIT), shift = isw(sc, j + 1, W_BEFORE) ? -1 : 1;
    if ((unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_YEAR) && base_ana(sc, &b)) {
      /* "the day before" after "planned for October": a day counts from
       * the day last named, not from a month */
      if (unit == U_DAY && b.gran < TG_DAY && sc->has_last_day) b = sc->last_day;
      /* so does a week after a year ("trial set for Oct. 14, not early
       * 2026 ... jury selection begins the week before"): no week of a
       * year's (a month's week before is the one before it starts) */
      if (unit == U_WEEK && b.gran < TG_MONTH && sc->has_last_day) b = sc->last_day;
      v = b;
      if (v.gran > TG_DAY) v.gran = TG_DAY;
      if (v.gran < dl_unit_gran(unit)) dl_tv_shift(&v, unit, shift);
      else period_of(&v, &b, unit, shift);
      r->anchored = 1; r->anchor = b;
      res_point(r, j + 2, DL_TIMEX_DATE, &v);
      /* "the day before and the day after": both count from the same day */
      if (isw(sc, j + 2, W_AND) || word_after_any(sc, j + 1, UNIT_BEFORE_OR, 1)) r->keep_last = 1;
      return j + 2;
    }
  }
  /* "the night before,", "the morning after.": that part of the day
   * before (after) the day last named, when nothing follows for "before"
   * to govern (as "the day before") */
  if (tcat(sc, j, LEX_POD) && before_governs_nothing(sc, j)) {
    int p = tval(sc, j, LEX_POD);
    if (p != P_NOON && p != P_MIDNIGHT && base_ana(sc, &b)) {
      if (b.gran < TG_DAY && sc->has_last_day) b = sc->last_day;
      if (b.y && b.mo && b.d) {
        dl_tv_day(&v, b.y, b.mo, b.d);
        dl_add_days(&v.y, &v.mo, &v.d, isw(sc, j + 1, W_BEFORE) ? -1 : 1);
        if (v.y >= 1 && v.y <= 9999) {
          v.gran = TG_POD; v.pod = p;
          r->anchored = 1; r->anchor = b;
          res_point(r, j + 2, DL_TIMEX_TIME, &v);
          return j + 2;
        }
      }
    }
  }
  /* the Labor Day weekend: "the" belongs to it, as to "the weekend" */
  if (tcat(sc, j, LEX_HOLIDAY)) {
    mres r_; int e_;
    res_init(&r_);
    e_ = m_holiday(sc, j, &r_);
    if (e_ > 0 && r_.kind == V_POINT && r_.tv.gran == TG_WE) { *r = r_; return e_; }
  }
  /* the June quarter, the December half: the quarter (half) that ends
   * with the month, as Australian and company reports name them */
  if (month_tok(sc, j) && (T(j)->fl & F_CAP)) {
    int mo = month_tok(sc, j), k = skip_dot(sc, j + 1), unit, pl;
    if (parse_unit(sc, k, &unit, &pl) > 0 && !pl
        && ((unit == U_QUARTER && mo % 3 == 0) || (unit == U_HALF && mo % 6 == 0))) {
      int y, ye;
      dl_tv_day(&v, 0, mo, 1);
      /* "the June quarter of 2011": its year written after it */
      if (isw(sc, k + 1, W_OF) && (y = year_ext(sc, k + 2, &ye))) {
        v.y = y;
        dl_tv_coarsen(&v, unit == U_QUARTER ? TG_QUART : TG_HALF);
        res_point(r, ye, DL_TIMEX_DATE, &v);
        r->absolute = 1;
        return ye;
      }
      if (base_rel(sc, &b)) {
        v.y = resolve_year(&b, mo, 0, tense_at(sc, i, k + 1));
        r->anchored = 1; r->anchor = b;
      }
      dl_tv_coarsen(&v, unit == U_QUARTER ? TG_QUART : TG_HALF);
      res_point(r, k + 1, DL_TIMEX_DATE, &v);
      return k + 1;
    }
  }
  if (isw(sc, j, W_PAST) || isw(sc, j, W_LAST) || isw(sc, j, W_NEXT) || isw(sc, j, W_COMING)
      || isw(sc, j, W_PREVIOUS) || isw(sc, j, W_PRIOR) || isw(sc, j, W_FIRST) || isw(sc, j, W_FOLLOWING)
      || isw(sc, j, W_FINAL)       /* "the final three months" (of 2023: as TimeBank's "the first nine months") */
      || isw(sc, j, W_TRAILING)) {   /* "the trailing twelve months" of company reports */
    int n, half, k, unit, pl;
    k = parse_card(sc, j + 1, &n, &half);
    if (k < 0 && isw(sc, j + 1, W_COUPLE)) {   /* the next couple of days */
      n = 2; half = 0; k = j + 2 + isw(sc, j + 2, W_OF);
    }
    /* "the past 4.2 years", "the past 66 million years": a decimal count
     * or an eon's, which m_duration reads (its span then takes "the
     * past", as "the past ten years" does) */
    if (IN(j + 2) && T(j + 1)->kind == TK_NUM
        && ((k < 0 && ispu(sc, j + 2, '.')) || isw(sc, j + 2, W_MILLION)
            || isw(sc, j + 2, W_BILLION)
            || (ispu(sc, j + 2, '.') && (isw(sc, j + 4, W_MILLION) || isw(sc, j + 4, W_BILLION))))) {
      mres d_;
      int e_;
      res_init(&d_);
      e_ = m_duration(sc, j + 1, &d_);
      if (e_ > 0 && (d_.dfrac_nd || d_.dzeros)) { *r = d_; return e_; }
    }
    /* "the past three fiscal years": a count of fiscal years */
    if (k > 0 && fiscal_at(sc, k) && tcat(sc, k + 1, LEX_UNITS) && tval(sc, k + 1, LEX_UNITS) == U_YEAR) k++;
    /* "the past two trading days", "the next 10 business days" */
    else if (k > 0 && IN(k) && T(k)->n >= 6 && T(k)->n <= 8 && day_kind(sc, k)) k++;
    if (k > 0 && !tcat(sc, j + 1, LEX_DET) && parse_unit(sc, k, &unit, &pl) > 0 && unit != U_HALF) {
      res_dur(r, k + 1, n, half, unit);
      if (isw(sc, k + 1, W_OR) && isw(sc, k + 2, W_SO)) r->end = k + 3;
      return r->end;
    }
    if (isw(sc, j, W_PAST) && !(IN(j + 1) && (tcat(sc, j + 1, LEX_UNIT) || tcat(sc, j + 1, LEX_UNITS)
                                              || tcat(sc, j + 1, LEX_NUMW) || T(j + 1)->kind == TK_NUM
                                              || tcat(sc, j + 1, LEX_SEASON) || fiscal_at(sc, j + 1)))) {
      res_str(r, j + 1, "PAST_REF");
      return j + 1;
    }
  }
  /* the same/next/following/previous + unit (anaphoric); "the
   * corresponding period last year" as "the same period last year" */
  if (tcat(sc, j, LEX_REL)
      || ((isw(sc, j, W_CORRESPONDING) || isw(sc, j, W_COMPARABLE))
          && (isw(sc, j + 1, W_PERIOD) || isw(sc, j + 1, W_QUARTER) || isw(sc, j + 1, W_MONTH)
              || isw(sc, j + 1, W_HALF) || isw(sc, j + 1, W_WEEK))
          && year_back_len(sc, j + 2) > 0)) {
    mres r_; int e_;
    res_init(&r_); e_ = m_relunit(sc, j, &r_, 1);
    if (e_ > best) { best = e_; *r = r_; }
  }
  /* "by the turn of the century": the year the centuries meet nearest
   * the story -- the one after the last year of a past narrative ("was
   * widened in 1971 ... by the turn of the century": 2000), the one
   * ahead in the future, else the one before the reference date */
  if (isw(sc, j, W_TURN) && isw(sc, j + 1, W_OF) && isw(sc, j + 2, W_THE) && isw(sc, j + 3, W_CENTURY)
      && !hyph(sc, j + 4) && !isw(sc, j + 4, W_OF) && sc->has_ref && j + 4 > best) {
    int t_ = tense_at(sc, j, j + 4), y = sc->ref.y;
    mres r_;
    res_init(&r_);
    if (t_ > 0) y = (y / 100 + 1) * 100;
    else if (t_ < 0 && sc->has_last && sc->last.y > 0 && sc->last.y < sc->ref.y && sc->last.gran >= TG_YEAR)
      y = (sc->last.y + 99) / 100 * 100;
    else y = y / 100 * 100;
    if (y >= 100 && y <= 9900) {
      dl_tv_day(&v, y, 1, 1);
      v.gran = TG_YEAR;
      res_point(&r_, j + 4, DL_TIMEX_DATE, &v);
      best = j + 4; *r = r_;
    }
  }
  /* the end / beginning / middle of X; the afternoon of October 22 */
  if ((isw(sc, j, W_END) || isw(sc, j, W_BEGINNING) || isw(sc, j, W_MIDDLE) || isw(sc, j, W_START)
       || isw(sc, j, W_TURN)) && isw(sc, j + 1, W_OF)) {
    mres r_; int e_, k = j + 2, mod = isw(sc, j, W_END) ? DL_MOD_END : isw(sc, j, W_MIDDLE) ? DL_MOD_MID
                                                                    : DL_MOD_START;
    res_init(&r_);
    if (isw(sc, k, W_THE) && (isw(sc, k + 1, W_YEAR) || isw(sc, k + 1, W_MONTH) || isw(sc, k + 1, W_WEEK)
                              || isw(sc, k + 1, W_QUARTER) || isw(sc, k + 1, W_CENTURY)
                              || isw(sc, k + 1, W_DECADE))) {
      int unit, pl;
      parse_unit(sc, k + 1, &unit, &pl);
      if (base_rel(sc, &b)) {
        /* "will start on Nov. 8 and last until the end of the month": the
         * month of a day its sentence named, not the story's */
        if (unit == U_MONTH && sc->has_last_day && sc->last_day_chunk == sc->chunk
            && sc->last_day.y && sc->last_day.mo && sc->last_day.d
            && (sc->last_day.y != b.y || sc->last_day.mo != b.mo))
          b = sc->last_day;
        /* "became director in 1958; two years later he bought a rival,
         * and by the end of the decade ...": told in the past after a
         * year of an earlier decade in its paragraph (or after that
         * decade itself), the decade of that year, not the story's */
        if (unit == U_DECADE && sc->has_ref && tense_at(sc, k, k + 2) < 0) {
          const char *x = sc->out->n > sc->out0 ? sc->out->items[sc->out->n - 1].value : "";
          if (DL_IS_DIGIT(x[0]) && DL_IS_DIGIT(x[1]) && DL_IS_DIGIT(x[2]) && x[3] == '\0') {
            dl_tv_day(&b, ((x[0] - '0') * 100 + (x[1] - '0') * 10 + (x[2] - '0')) * 10, 1, 1);
            b.gran = TG_DEC;
          } else if (sc->has_last && sc->last.y > 0 && sc->last.gran >= TG_YEAR
                     && sc->last.y / 10 < sc->ref.y / 10 && !blank_line_since_last(sc, T(i)->s))
            b = sc->last;
        }
        period_of(&v, &b, unit, 0); r_.anchored = 1; r_.anchor = b;
      }
      else { dl_tv_day(&v, 0, 0, 0); v.gran = dl_unit_gran(unit); }
      if (unit == U_QUARTER && cur_quarter(sc, &v, 0)) { /* the reported quarter */ }
      res_point(&r_, k + 2, DL_TIMEX_DATE, &v);
      e_ = k + 2;
    } else if (isw(sc, k, W_THE) && m_the(sc, k, &r_) > 0) e_ = r_.end;
    else {
      /* "the end of last year": m_the reads its first token as "the" */
      res_init(&r_);
      e_ = m_core(sc, k, &r_);
      /* "by the end of fiscal 1990" (m_at reads the fiscal year) */
      if (e_ <= 0 && fiscal_at(sc, k)) { res_init(&r_); e_ = m_at(sc, k, &r_); }
    }
    if (e_ > 0 && r_.kind == V_POINT) {
      r_.mod = mod; r_.end = e_;
      if (e_ > best) { best = e_; *r = r_; }
    }
  }
  /* "the final days of 2012", "the last weeks of January", "the first
   * months of 2020": the end (start) of the period named after "of" */
  if ((isw(sc, j, W_FINAL) || isw(sc, j, W_LAST) || isw(sc, j, W_FIRST)) && tcat(sc, j + 1, LEX_UNITS)
      && isw(sc, j + 2, W_OF)) {
    mres r_; int e_, unit = tval(sc, j + 1, LEX_UNITS);
    res_init(&r_);
    e_ = m_core(sc, j + 3, &r_);
    if (e_ > best && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE && r_.mod == 0
        && (r_.tv.gran == TG_YEAR || r_.tv.gran == TG_MONTH) && (unit == U_DAY || unit == U_WEEK
                                                               || (unit == U_MONTH && r_.tv.gran == TG_YEAR))) {
      r_.mod = isw(sc, j, W_FIRST) ? DL_MOD_START : DL_MOD_END;
      r_.end = e_;
      best = e_; *r = r_;
    }
  }
  if (tcat(sc, j, LEX_POD) && isw(sc, j + 1, W_OF)) {
    mres r_; int e_, p = tval(sc, j, LEX_POD);
    res_init(&r_);
    e_ = m_core(sc, j + 2, &r_);
    if (e_ > 0 && r_.kind == V_POINT && r_.tv.gran == TG_DAY && p != P_NOON && p != P_MIDNIGHT) {
      r_.tv.gran = TG_POD; r_.tv.pod = p; r_.type = DL_TIMEX_TIME; r_.end = e_;
      if (e_ > best) { best = e_; *r = r_; }
    }
  }
  /* the early (small, wee) hours of Tuesday: a morning */
  if ((isw(sc, j, W_EARLY) || isw(sc, j, W_SMALL) || isw(sc, j, W_WEE)) && tcat(sc, j + 1, LEX_UNITS) && tval(sc, j + 1, LEX_UNITS) == U_HOUR
      && isw(sc, j + 2, W_OF)) {
    mres r_; int e_;
    res_init(&r_);
    e_ = m_core(sc, j + 3, &r_);
    if (e_ > best && r_.kind == V_POINT && r_.tv.gran == TG_DAY) {
      r_.tv.gran = TG_POD; r_.tv.pod = P_MO; r_.type = DL_TIMEX_TIME; r_.end = e_;
      best = e_; *r = r_;
    }
    /* "in the early hours of the morning": the small hours of the day
     * the story is at, as "at dawn" */
    else if (isw(sc, j + 3, W_THE) && isw(sc, j + 4, W_MORNING) && j + 5 > best) {
      res_init(&r_);
      if (clock_day(sc, i, j + 5, 1, &b)) {
        r_.anchored = 1; r_.anchor = b;
        dl_tv_day(&v, b.y, b.mo, b.d);
      } else dl_tv_day(&v, 0, 0, 0);
      v.gran = TG_POD; v.pod = P_MO;
      res_point(&r_, j + 5, DL_TIMEX_TIME, &v);
      best = j + 5; *r = r_;
    }
  }
  /* the weekend; "the holiday weekend", "the long weekend": the same
   * weekend, named for its days off */
  if (!isw(sc, j, W_WEEKEND) && isw(sc, j + 1, W_WEEKEND) && IN(j) && !(T(j)->fl & F_CAP)
      && word_after_any(sc, j - 1, WEEKEND_ADJ, sizeof WEEKEND_ADJ / sizeof WEEKEND_ADJ[0]))
    j++;
  if (isw(sc, j, W_WEEKEND) && base_rel(sc, &b)) {
    int dir, bw;
    /* "March 3 - Talks collapsed over the weekend": in a dated entry of
     * a chronology, the entry's day */
    if (entry_dated(sc) && sc->has_last_day && sc->last_day_chunk == sc->chunk) b = sc->last_day;
    dir = tense_at(sc, i, j + 1);
    bw = dl_weekday(b.y, b.mo, b.d);
    v = b;
    v.gran = TG_DAY; v.hh = v.mm = v.ss = -1; v.has_tz = 0;
    if (dir < 0 && bw < 6) dl_tv_shift(&v, U_WEEK, -1);
    dl_tv_coarsen(&v, TG_WE);
    r->anchored = 1; r->anchor = b;
    if (j + 1 > best) { res_point(r, j + 1, DL_TIMEX_DATE, &v); best = j + 1; }
  }
  /* the quarter / the year-earlier quarter / the year-ago period ("the
   * quarter-finals" is a round of a tournament) */
  if ((isw(sc, j, W_QUARTER) && !(hyph(sc, j + 1) && word_after_any(sc, j + 1, QUARTER_ROUND_AFTER,
                                                                      sizeof QUARTER_ROUND_AFTER / sizeof QUARTER_ROUND_AFTER[0])))
      || isw(sc, j, W_PERIOD)) {
    if (isw(sc, j, W_QUARTER) || (sc->has_last && sc->last.gran == TG_QUART)) {
      /* "the quarter that ended Dec. 31": a closed quarter, whatever
       * the verb of the sentence ("expects revenue for ...") */
      int ended = isw(sc, j + 1, W_ENDED) || (isw(sc, j + 2, W_ENDED) && year_end_after(sc, j + 1));
      mres r2;
      res_init(&r2);
      /* "the quarter ended Feb. 1" (a retailer's fiscal fourth), "the
       * quarter ending March 31": the calendar quarter most of it lies
       * in, six weeks before its end */
      if (isw(sc, j, W_QUARTER) && (isw(sc, j + 1, W_ENDED) || isw(sc, j + 1, W_ENDING)) && month_tok(sc, j + 2)
          && m_month(sc, j + 2, &r2, 0) > 0 && r2.tv.gran == TG_DAY && r2.tv.y && j + 1 > best) {
        v = r2.tv;
        dl_add_days(&v.y, &v.mo, &v.d, -DL_QUARTER_BULK_DAYS);
        dl_tv_coarsen(&v, TG_QUART);
        res_init(r);
        res_point(r, j + 1, DL_TIMEX_DATE, &v);
        best = j + 1;
      } else if (cur_quarter(sc, &v, ended || tense_at(sc, i, j + 1) <= 0 ? -1 : 0) && j + 1 > best) {
        /* "for the quarter a year ago": that quarter a year back, one
         * expression (as "the same quarter a year earlier"); a bare "last
         * year" after it only at the end of a clause ("rose in the quarter
         * last year."), not "in the quarter last year's cuts ..." */
        int yb = ended ? 0 : year_back_len(sc, j + 1);
        if (yb && isw(sc, j + 1, W_LAST) && IN(j + 3) && T(j + 3)->kind != TK_PUNCT) yb = 0;
        if (yb && ispu(sc, j + 1 + yb, PUNCT_POSS)) yb = 0;
        if (yb) dl_tv_shift(&v, U_YEAR, -1);
        res_init(r);
        res_point(r, j + 1 + yb, DL_TIMEX_DATE, &v);
        if (yb) r->keep_last = 1;
        best = j + 1 + yb;
      }
    }
  }
  {
    int k = j;
    if (isw(sc, k, W_COMPARABLE) || isw(sc, k, W_CORRESPONDING)) k++;
    /* "the prior-year period", "the prior-year quarter": the year-ago one */
    if ((isw(sc, k, W_YEAR) && hyph(sc, k + 1) && (isw(sc, k + 2, W_EARLIER) || isw(sc, k + 2, W_AGO)))
        || (isw(sc, k, W_PRIOR) && hyph(sc, k + 1) && isw(sc, k + 2, W_YEAR)
            && (isw(sc, k + 3, W_QUARTER) || isw(sc, k + 3, W_PERIOD)
                || (tcat(sc, k + 3, LEX_ORD) && isw(sc, k + 4, W_QUARTER))
                /* "the prior-year nine months" */
                || (tcat(sc, k + 3, LEX_NUMW) && tcat(sc, k + 4, LEX_UNITS))))) {
      int e = k + 3, n_, half_, ke, unit_, pl_;
      /* "the year-earlier nine months": the length of the period a year
       * before (TimeBank), the whole phrase */
      if ((ke = parse_card(sc, e, &n_, &half_)) > e && parse_unit(sc, ke, &unit_, &pl_) > 0 && pl_
          && unit_ != U_HALF && ke + 1 > best) {
        res_init(r);
        res_dur(r, ke + 1, n_, half_, unit_);
        best = ke + 1;
      } else if (tcat(sc, e, LEX_ORD) && isw(sc, e + 1, W_QUARTER)) {
        mres r2; res_init(&r2);
        if (m_ordpart(sc, e, &r2, 0) > 0) {
          v = r2.tv; dl_tv_shift(&v, U_YEAR, -1);
          if (e + 2 > best) { res_init(r); res_point(r, e + 2, DL_TIMEX_DATE, &v); r->keep_last = 1; best = e + 2; }
        }
      } else if (isw(sc, e, W_QUARTER) || isw(sc, e, W_PERIOD) || isw(sc, e, W_LEVEL)
                 || isw(sc, e, W_YEAR) || isw(sc, e, W_MONTH)) {
        int ok = 1;
        if (isw(sc, e, W_YEAR)) {
          ok = base_ana(sc, &v); if (ok) { dl_tv_coarsen(&v, TG_YEAR); }
        } else if (isw(sc, e, W_MONTH)) {
          ok = base_ana(sc, &v); if (ok) { dl_tv_coarsen(&v, TG_MONTH); }
        } else if (sc->has_last == 2 && sc->last.y && sc->last.gran == TG_QUART && sc->has_ref
                   && sc->last.y == sc->ref.y && (sc->last.mo - 1) / 3 == (sc->ref.mo - 1) / 3) {
          /* "expects revenue for the first quarter, down from ... in the
           * year-earlier quarter" (in March): a year before the quarter
           * under way, named in the outlook, not before the last one
           * closed (a quarter further ahead is a forecast's, no report's) */
          v = sc->last;
        } else ok = cur_quarter(sc, &v, -1);
        if (ok) {
          dl_tv_shift(&v, U_YEAR, -1);
          if (e + 1 > best) { res_init(r); res_point(r, e + 1, DL_TIMEX_DATE, &v); r->keep_last = 1; best = e + 1; }
        }
      }
    }
  }
  /* the fiscal year / the fiscal first quarter */
  if (fiscal_at(sc, j)) {
    if (isw(sc, j + 1, W_YEAR) && !year_at(sc, j + 2, 0) && base_rel(sc, &b)) {
      v = b; dl_tv_coarsen(&v, TG_YEAR);
      if (j + 2 > best) { res_init(r); res_point(r, j + 2, DL_TIMEX_DATE, &v); r->anchored = 1; r->anchor = b; best = j + 2; }
    }
  }
  /* the year 2030 */
  if (isw(sc, j, W_YEAR)) {
    mres r_; int e_ = -1;
    res_init(&r_);
    if (year_at(sc, j + 1, 0)) e_ = m_year(sc, j + 1, &r_, 1);
    else if (tcat(sc, j + 1, LEX_NUMW)) e_ = m_spelled_year(sc, j + 1, &r_, 1);
    else if (plain_num(sc, j + 1) && T(j + 1)->nd == 4 && T(j + 1)->v >= 3000 && !measure_after(sc, j + 2)) {
      /* "the year 3000": past year_at's range, named as a year */
      dl_tv_day(&v, T(j + 1)->v, 1, 1);
      v.gran = TG_YEAR;
      res_point(&r_, j + 2, DL_TIMEX_DATE, &v);
      e_ = j + 2;
    }
    if (e_ > best) { best = e_; *r = r_; }
  }
  /* the (fiscal) year ended Sept. 30: a year-long period; the year (of
   * the story): the year of the last date, or of the reference */
  {
    int k = j, full = 0;
    if (fiscal_at(sc, k)) k++;
    else if (isw(sc, k, W_FULL) && isw(sc, k + 1, W_YEAR)) { k++; full = 1; }
    if (isw(sc, k, W_YEAR) && !(IN(k + 1) && T(k + 1)->kind == TK_NUM) && !hyph(sc, k + 1)
        && !ispu(sc, k + 1, PUNCT_POSS)
        && (k + 1 > best || year_end_after(sc, k + 1))) {
      if (year_end_after(sc, k + 1)) {
        res_init(r);
        res_dur(r, k + 1, 1, 0, U_YEAR);
        best = k + 1;
      } else if ((k == j || full) && !isw(sc, k + 1, W_BEFORE) && !isw(sc, k + 1, W_AFTER)
                 && !tcat(sc, k + 1, LEX_NUMW) && (full ? base_rel(sc, &b) : base_ana(sc, &b))) {
        v = b;
        dl_tv_coarsen(&v, TG_YEAR);
        /* "For the full year, it earned $3.10 a share" after a closed
         * fourth quarter: that quarter's year */
        if (full && sc->q4_year && tense_at(sc, i, k + 1) < 0) v.y = sc->q4_year;
        res_init(r);
        res_point(r, k + 1, DL_TIMEX_DATE, &v);
        r->anchored = 1; r->anchor = b; r->keep_last = 1;
        best = k + 1;
      }
    }
  }
  /* "the decade to 2021": the ten years up to that year */
  if (isw(sc, j, W_DECADE) && year_end_after(sc, j + 1) && j + 1 > best) {
    res_init(r);
    res_dur(r, j + 1, 10, 0, U_YEAR);
    best = j + 1;
  }
  /* the 1980s, the 20th century, the third quarter, the nine months,
   * the early 1980s, the summer of 1998 */
  {
    mres r_; int e_ = -1, k = j;
    res_init(&r_);
    if (isw(sc, k, W_THE)) e_ = -1;
    else if (tcat(sc, k, LEX_MOD)) e_ = m_modded(sc, k, &r_, m_core);
    else if (tcat(sc, k, LEX_SEASON)) {
      int s = tval(sc, k, LEX_SEASON), y = 0, e = k + 1, e_year;
      if ((y = season_year(sc, e, &e_year))) e = e_year;
      else if (!(isw(sc, i - 1, W_IN) || isw(sc, i - 1, W_DURING) || isw(sc, i - 1, W_SINCE)
                 || isw(sc, i - 1, W_BY) || isw(sc, i - 1, W_UNTIL) || isw(sc, i - 1, W_THROUGH)
                 || isw(sc, i - 1, W_OVER) || isw(sc, i - 1, W_THROUGHOUT)
                 || isw(sc, i - 1, W_BEFORE) || isw(sc, i - 1, W_AFTER) || isw(sc, i - 1, W_FROM)
                 /* "closed for the summer", "ready models for the fall";
                  * not "blamed for the fall in sales", "no explanation
                  * for the fall" (a drop: "fall" needs a plan cue) */
                 || (isw(sc, i - 1, W_FOR) && !noun_after_season(sc, k)
                     && !(isw(sc, k, W_FALL) && !fall_plan_before(sc, i - 1))
                     && !(isw(sc, k, W_FALL) && (isw(sc, k + 1, W_IN) || isw(sc, k + 1, W_OF)
                                                 || isw(sc, k + 1, W_FROM) || isw(sc, k + 1, W_TO))))
                 /* "push the vote into the autumn unless ..." (not "into
                  * the summer palace": a noun after it, the season names
                  * a kind of palace) */
                 || (word_before(sc, i, "into") && !noun_after_season(sc, k))
                 /* "as early as the autumn", "as soon as the summer" */
                 || (isw(sc, i - 1, W_AS) && isw(sc, i - 3, W_AS)
                     && (isw(sc, i - 2, W_EARLY) || isw(sc, i - 2, W_SOON) || isw(sc, i - 2, W_LATE)))
                 /* "since at least the summer" */
                 || (isw(sc, i - 1, W_LEAST) && isw(sc, i - 2, W_AT))
                 /* "is spending the summer in Scotland": the time spent */
                 || (word_before_any(sc, i, SPEND_WORDS, sizeof SPEND_WORDS / sizeof SPEND_WORDS[0])
                     && !noun_after_season(sc, k) && !ispu(sc, k + 1, PUNCT_POSS)
                     && !(isw(sc, k, W_FALL) && (isw(sc, k + 1, W_IN) || isw(sc, k + 1, W_OF))))
                 /* "say the summer, when the sea is calm, ...": a season
                  * word no other sense shares, closing its phrase */
                 || ((isw(sc, k, W_SUMMER) || isw(sc, k, W_WINTER) || isw(sc, k, W_AUTUMN))
                     && (ispu(sc, k + 1, ',') || ispu(sc, k + 1, '.') || ispu(sc, k + 1, ';')))))
        s = 0;
      /* "after the fall of Tunisia's president": the noun, not the season */
      else if (!y && isw(sc, k, W_FALL) && isw(sc, k + 1, W_OF) && !isw(sc, k + 3, W_YEAR)) s = 0;
      if (season_event(sc, k)) s = 0;
      if (s) {
        /* "came in 2020, when the store closed in the spring": the
         * season of the year that frames the sentence, as a month's */
        if (!y) y = frame_year(sc, i, e);
        season_point(sc, &v, s, y, tense_at(sc, i, e), &r_);
        res_point(&r_, e, DL_TIMEX_DATE, &v);
        e_ = e;
      }
    } else {
      e_ = m_at(sc, k, &r_);
      /* "the" belongs to quarters, halves, decades, centuries, fiscal
       * years and plain durations ("the nine months"), not to dates
       * ("the Oct. 23 meeting") or adjectives ("the two-week strike") */
      if (e_ > 0) {
        int keep = 0;
        if (r_.kind == V_POINT && (r_.tv.gran == TG_QUART || r_.tv.gran == TG_HALF
                                   || r_.tv.gran == TG_DEC || r_.tv.gran == TG_CENT))
          keep = !(IN(k + 1) && hyph(sc, k + 1) && r_.tv.gran == TG_QUART && !fiscal_at(sc, k));
        if (fiscal_at(sc, k)) keep = 1;
        if (r_.kind == V_POINT && isw(sc, e_ - 1, W_PERIOD)) keep = 1;
        if (r_.kind == V_DUR && r_.type == DL_TIMEX_DURATION && !tcat(sc, k, LEX_DET)) {
          int q, adj = 0;
          for (q = k; q < e_; q++) if (ispu(sc, q, '-')) adj = 1;
          keep = !adj;
        }
        if (r_.kind == V_POINT && r_.mod && r_.tv.gran <= TG_DEC) keep = 1;
        /* "The 1970s sitcom": a decade before a noun is an adjective and
         * "the" belongs to the noun */
        if (keep && r_.kind == V_POINT && r_.tv.gran == TG_DEC && !r_.mod && decade_adj_at(sc, e_))
          keep = 0;
        if (!keep) e_ = -1;
      }
    }
    if (e_ > 0 && r_.kind != V_STR && e_ > best) { best = e_; *r = r_; }
  }
  if (best > 0) r->end = best;
  return best;
}

/* Words that follow a decade without it modifying them ("in the 1970s
 * when", "the 1960s saw"). */
static const char *const DECADE_NOT_NOUN[] = {
  "when", "where", "while", "which", "who", "whose", "because", "but", "or",
  "nor", "than", "then", "onward", "onwards", "through", "until", "saw", "see",
  "seemed", "brought", "became", "gave", "got", "made", "went", "began",
  "ended", "remain", "still", "also", "alone", "too", "itself", "now", "so", "yet",
  "across", "among", "amid", "against", "along", "around", "behind", "beyond",
  "despite", "into", "onto", "toward", "towards", "upon", "with", "without", "within",
  "from", "about", "like", "unlike", "including", "especially", "mostly", "per", "via"
};

/* Token e is a lower-case word that a decade before it modifies ("the
 * 1970s sitcom"), not a verb or a function word. */
static int decade_adj_at(const scan *sc, int e)
{
  size_t s, n = 0, k;
  if (!IN(e) || sc->t[e].kind != TK_WORD || !(sc->t[e].fl & F_PLAIN) || (sc->t[e].fl & F_CAP)
      || sc->t[e].cat != LEX_NONE || sc->t[e].s != sc->t[e - 1].s + sc->t[e - 1].n + 1)
    return 0;
  s = sc->t[e].s;
  while (s + n < sc->len && DL_IS_ALPHA(sc->text[s + n])) n++;
  if (n < 3) return 0;
  if (DL_LOWER(sc->text[s + n - 2]) == 'e' && DL_LOWER(sc->text[s + n - 1]) == 'd') return 0;
  if (DL_LOWER(sc->text[s + n - 2]) == 'l' && DL_LOWER(sc->text[s + n - 1]) == 'y') return 0;
  for (k = 0; k < sizeof DECADE_NOT_NOUN / sizeof DECADE_NOT_NOUN[0]; k++)
    if (strlen(DECADE_NOT_NOUN[k]) == n && dl_word_eq(sc->text + s, n, DECADE_NOT_NOUN[k])) return 0;
  return 1;
}

/* early / late / mid / middle (i at the word) + a date */
static int m_modded(scan *sc, int i, mres *r, int (*core)(scan *, int, mres *))
{
  int m = tval(sc, i, LEX_MOD), j = i + 1, e, mod;
  mres r2;
  /* "by end-2025", "at end-June": the analysts' and central banks' end of
   * a year or month, written as one word (no "end" alone: "the end" is
   * m_the's) */
  int end_dash = m == M_END && hyph(sc, j) && IN(j + 1)
                 && ((T(j + 1)->kind == TK_NUM && T(j + 1)->nd == 4 && year_at(sc, j + 1, 0))
                     || month_tok(sc, j + 1));
  if ((m == M_START || m == M_END) && !end_dash) return -1;
  if (m == M_MIDDLE) { if (!isw(sc, j, W_OF)) return -1; j++; }
  /* late on Thursday, early on Monday ("early on" alone is no date) */
  if ((m == M_EARLY || m == M_LATE) && isw(sc, j, W_ON) && tcat(sc, j + 1, LEX_WDAY)) j++;
  /* "the early '70s": the apostrophe, a token of its own here, belongs
   * to the decade */
  if (IN(j + 1) && T(j)->kind == TK_PUNCT && T(j + 1)->kind == TK_NUM && (T(j + 1)->fl & F_APOS)
      && T(j + 1)->suf == SUF_S)
    j++;
  if (hyph(sc, j)) {
    j++;
    /* "the mid-'70s" */
    if (IN(j + 1) && T(j)->kind == TK_PUNCT && T(j + 1)->kind == TK_NUM && (T(j + 1)->fl & F_APOS)
        && T(j + 1)->suf == SUF_S)
      j++;
  }
  else if (m == M_MID && !(IN(j) && (T(j)->fl & F_SP))) return -1;
  /* "ended a day early on Tuesday": early qualifies the length before it
   * (not a period named with "the" or "fiscal": "passed the budget for
   * the fiscal year late Monday") */
  if ((m == M_EARLY || m == M_LATE) && (tcat(sc, i - 1, LEX_UNIT) || tcat(sc, i - 1, LEX_UNITS))
      && !((isw(sc, i - 2, W_THE) || isw(sc, i - 2, W_FISCAL)) && tcat(sc, j, LEX_WDAY)))
    return -1;
  mod = m == M_EARLY ? DL_MOD_EARLY : m == M_LATE ? DL_MOD_LATE : m == M_END ? DL_MOD_END : DL_MOD_MID;
  res_init(&r2);
  if (isw(sc, j, W_THE)) e = m_the(sc, j, &r2);
  else if (tcat(sc, j, LEX_POD)) {
    /* early morning, mid-afternoon, late night: a part of the day */
    dl_tv b, v;
    int p = tval(sc, j, LEX_POD);
    if (p == P_NOON || p == P_MIDNIGHT) return -1;
    if (base_rel(sc, &b)) { v = b; r2.anchored = 1; r2.anchor = b; } else dl_tv_day(&v, 0, 0, 0);
    v.hh = v.mm = v.ss = -1; v.has_tz = 0;
    v.gran = TG_DAY;
    res_point(&r2, j + 1, DL_TIMEX_DATE, &v);
    e = j + 1;
    {
      /* mid-afternoon yesterday */
      mres r3; int e3;
      res_init(&r3);
      if (tcat(sc, e, LEX_DEICT) || tcat(sc, e, LEX_WDAY)) {
        e3 = tcat(sc, e, LEX_DEICT) ? m_deict(sc, e, &r3) : m_wday(sc, e, &r3, 0);
        if (e3 > 0 && r3.tv.gran == TG_DAY) { r2 = r3; e = e3; }
      }
    }
    r2.tv.gran = TG_POD; r2.tv.pod = p; r2.type = DL_TIMEX_TIME;
    r2.end = e;
  } else if (tcat(sc, j, LEX_SEASON)) {
    dl_tv v;
    int s = tval(sc, j, LEX_SEASON), y = 0, e_year;
    e = j + 1;
    if ((y = season_year(sc, e, &e_year))) e = e_year;
    season_point(sc, &v, s, y, tense_at(sc, i, e), &r2);
    res_point(&r2, e, DL_TIMEX_DATE, &v);
  } else if (T(j) && IN(j) && T(j)->kind == TK_NUM && year_at(sc, j, 0)) {
    e = m_year(sc, j, &r2, 1);
  } else if (month_tok(sc, j)) e = m_month(sc, j, &r2, 0);
  else if (m == M_MID && isw(sc, j, W_CENTURY)) {
    /* "by mid-century": the middle of the current century ("mid-century
     * furniture", before a noun, is a style) */
    dl_tv b, v;
    if (IN(j + 1) && T(j + 1)->kind == TK_WORD && T(j + 1)->cat == LEX_NONE && !(T(j + 1)->fl & F_CAP))
      return -1;
    if (base_rel(sc, &b)) { period_of(&v, &b, U_CENTURY, 0); r2.anchored = 1; r2.anchor = b; }
    else { dl_tv_day(&v, 0, 0, 0); v.gran = TG_CENT; }
    res_point(&r2, j + 1, DL_TIMEX_DATE, &v);
    e = j + 1;
  }
  else e = core(sc, j, &r2);
  if (e < 0 || r2.kind != V_POINT) return -1;
  if (r2.type == DL_TIMEX_SET) return -1;
  *r = r2;
  r->mod = mod;
  r->end = e;
  return e;
}

/* Words that open a clause after "That spring" ("That spring he left",
 * "That fall their house flooded", "That winter there was snow"): subject
 * pronouns, possessives before a subject noun, and "there". */
static const char *const CLAUSE_OPENERS[] = {
  "he", "her", "his", "i", "it", "its", "my", "our", "she", "their", "there", "they", "we"
};

/* "a while" and the words before it that ask for a length of time */
static const char *const WHILE_W[] = { "while" };
static const char *const WHILE_CUES[] = {
  "after", "for", "last", "lasted", "lasts", "take", "taken", "takes", "taking", "took",
  "wait", "waited", "waiting"
};
static const char *const WHILE_AGO[] = { "ago", "back" };

/* The top level: modifiers, approximators, "earlier/later" + date,
 * determiners, then the core. */
static int m_at(scan *sc, int i, mres *r)
{
  const tok *t = T(i);
  int best = -1, year_end;   /* year_end: where a year after a season ends */
  if (t->kind == TK_NUM) return m_core(sc, i, r);
  if (t->kind != TK_WORD || !t->cat) return -1;
  /* this time last year, this time next week: the same day a unit away */
  if (isw(sc, i, W_THIS) && isw(sc, i + 1, W_TIME)
      && (isw(sc, i + 2, W_LAST) || isw(sc, i + 2, W_NEXT)) && tcat(sc, i + 3, LEX_UNIT)) {
    int unit = tval(sc, i + 3, LEX_UNIT);
    dl_tv b, v;
    if ((unit == U_WEEK || unit == U_MONTH || unit == U_YEAR) && base_rel(sc, &b)) {
      dl_tv_day(&v, b.y, b.mo, b.d);
      dl_tv_shift(&v, unit, isw(sc, i + 2, W_LAST) ? -1 : 1);
      res_point(r, i + 4, DL_TIMEX_DATE, &v);
      r->anchored = 1; r->anchor = b;
      r->keep_last = 1;
      return i + 4;
    }
  }
  /* "w/c 6 May": British listings' "week commencing", the week of that day */
  if (tcat(sc, i, LEX_MISC) && tval(sc, i, LEX_MISC) == X_WC) {
    mres r_; int e_;
    if (!(ispu(sc, i + 1, '/') && att(sc, i + 1) && att(sc, i + 2) && IN(i + 2)
          && T(i + 2)->n == 1 && (sc->text[T(i + 2)->s] | 0x20) == 'c' && IN(i + 3)))
      return -1;
    res_init(&r_);
    e_ = m_at(sc, i + 3, &r_);
    if (e_ > 0 && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE && r_.tv.gran == TG_DAY
        && r_.tv.y > 0 && !r_.mod) {
      *r = r_;
      dl_tv_coarsen(&r->tv, TG_WEEK);
      r->end = e_;
      return e_;
    }
    return -1;
  }
  /* "for a while", "took a while", "after a while": a length of time
   * of no stated size (TimeBank's PXX); not "once in a while", nor "a
   * while ago" (a past point), nor "a while-loop" */
  if (isw(sc, i, W_A) && word_after_any(sc, i, WHILE_W, 1)) {
    if (hyph(sc, i + 2) || !word_before_any(sc, i, WHILE_CUES, sizeof WHILE_CUES / sizeof WHILE_CUES[0])
        || word_after_any(sc, i + 1, WHILE_AGO, sizeof WHILE_AGO / sizeof WHILE_AGO[0]))
      return -1;
    res_str(r, i + 2, "PXX");
    r->type = DL_TIMEX_DURATION;
    return i + 2;
  }
  if (tcat(sc, i, LEX_DET) && tval(sc, i, LEX_DET) == 1) {
    best = m_the(sc, i, r);
    /* the third Monday in April, the last Thursday of November [2025] */
    if (isw(sc, i, W_THE) && (tcat(sc, i + 1, LEX_ORD) || isw(sc, i + 1, W_LAST))
        && tcat(sc, i + 2, LEX_WDAY) && (T(i + 2)->fl & F_CAP)
        && (isw(sc, i + 3, W_IN) || isw(sc, i + 3, W_OF)) && month_tok(sc, i + 4)
        && (T(i + 4)->fl & F_CAP)) {
      int n = isw(sc, i + 1, W_LAST) ? -1 : tval(sc, i + 1, LEX_ORD);
      int mo = month_tok(sc, i + 4), wd = tval(sc, i + 2, LEX_WDAY), e = i + 5, y, ye;
      dl_tv b;
      if (n != 0 && n <= 5) {
        mres r_;
        res_init(&r_);
        if (ispu(sc, e, ',') && year_ext(sc, e + 1, &ye)) e++;
        if ((y = year_ext(sc, e, &ye))) { e = ye; r_.absolute = 1; }
        else if (base_rel(sc, &b)) {
          y = resolve_year_at(sc, &b, mo, 0, i, e);
          r_.anchored = 1; r_.anchor = b;
        }
        if (y) {
          int d = nth_wday(y, mo, wd, n);
          if (d >= 1 && d <= dl_days_in_month(y, mo) && e > best) {
            dl_tv_day(&r_.tv, y, mo, d);
            res_point(&r_, e, DL_TIMEX_DATE, &r_.tv);
            best = e; *r = r_;
          }
        }
      }
    }
    /* "the week of March 6": the week that holds the day */
    if (isw(sc, i, W_THE) && isw(sc, i + 1, W_WEEK) && isw(sc, i + 2, W_OF) && IN(i + 3)) {
      mres r_; int e_;
      res_init(&r_); e_ = m_core(sc, i + 3, &r_);
      if (e_ > best && r_.kind == V_POINT && r_.type == DL_TIMEX_DATE && r_.tv.gran == TG_DAY
          && r_.tv.y > 0) {
        r_.tv.gran = TG_WEEK;
        r_.end = e_;
        best = e_; *r = r_;
      }
    }
    return best;
  }
  if (tcat(sc, i, LEX_MOD)) {
    mres r_; int e_;
    res_init(&r_); e_ = m_modded(sc, i, &r_, m_core);
    if (e_ > 0 && isw(sc, i + 1, W_THE)) {
      /* "late the next day": fine */
    }
    if (e_ > best) { best = e_; *r = r_; }
  }
  if (tcat(sc, i, LEX_APPROX) || (isw(sc, i, W_AT) && isw(sc, i + 1, W_LEAST))) {
    int j = i + 1, mod = tcat(sc, i, LEX_APPROX) ? tval(sc, i, LEX_APPROX) : DL_MOD_EQUAL_OR_MORE;
    mres r_; int e_;
    if (isw(sc, i, W_AT)) j = i + 2;
    /* "over" is "more than" only where an amount of time is asked for
     * ("lasted over three days", "for over a decade"); elsewhere it is
     * "during" ("rebuilt over three days"): the duration alone, no mod */
    if (isw(sc, i, W_OVER) && !over_means_more(sc, i)) return best;
    if (isw(sc, i, W_MORE) || isw(sc, i, W_LESS) || isw(sc, i, W_FEWER)) {
      if (!isw(sc, j, W_THAN)) return best;
      j++;
    }
    if (isw(sc, i, W_UP)) { if (!isw(sc, j, W_TO)) return best; j++; }
    if (isw(sc, i, W_LEAST) && !isw(sc, i - 1, W_AT)) return best;
    /* "spoke about that night", "asked about the weekend", "about this
     * year's budget": "about" before a determiner is the preposition of a
     * topic, no approximation ("about noon", "about 6 p.m." are) */
    if (isw(sc, i, W_ABOUT) && (isw(sc, j, W_THAT) || isw(sc, j, W_THIS) || isw(sc, j, W_THE)
                                || isw(sc, j, W_THESE) || isw(sc, j, W_LAST) || isw(sc, j, W_NEXT)))
      return best;
    res_init(&r_);
    e_ = m_core(sc, j, &r_);
    /* "more than a decade ago" lies before the date it names, "less than
     * a year ago" after it: the TimeML mods of points (BEFORE, AFTER);
     * "more than a week later" the other way round */
    if (e_ > 0 && r_.kind == V_POINT && r_.anchored && (isw(sc, i, W_MORE) || isw(sc, i, W_LESS))
        && (isw(sc, e_ - 1, W_AGO) || isw(sc, e_ - 1, W_EARLIER) || isw(sc, e_ - 1, W_LATER))) {
      int back = !isw(sc, e_ - 1, W_LATER);
      r_.mod = (mod == DL_MOD_MORE_THAN) == back ? DL_MOD_BEFORE : DL_MOD_AFTER;
      r_.end = e_;
      if (e_ > best) { best = e_; *r = r_; }
      return best;
    }
    if (e_ > 0 && (r_.kind == V_DUR || (r_.kind == V_POINT && (r_.anchored || r_.tv.gran == TG_TIME)
                                        && (mod == DL_MOD_APPROX)))
        && r_.type != DL_TIMEX_SET) {
      if (isw(sc, i, W_SOME) || isw(sc, i, W_OVER) || isw(sc, i, W_UNDER)) {
        if (r_.kind != V_DUR) e_ = -1;
      }
      /* "about three years" is one TIMEX3 with mod APPROX, as the
       * TimeML guidelines extend it (TimeBank often leaves "about"
       * outside: a strict-match cost there, the same value) */
      if (e_ > 0) {
        r_.mod = mod; r_.end = e_;
        if (isw(sc, i, W_OVER) || isw(sc, i, W_UNDER)) {
          size_t jb = just_before(sc, i);
          if (jb > 0 && jb + r_.lead <= 255) r_.lead = (unsigned char)(r_.lead + jb);
        }
        /* "no more than five years" may reach the length, not pass it: one
         * span with EQUAL_OR_LESS (TimeBank "no more than sixty days"),
         * "no less than" the other way round */
        if (i > 0 && isw(sc, i - 1, W_NO) && r_.kind == V_DUR
            && (mod == DL_MOD_MORE_THAN || mod == DL_MOD_LESS_THAN)) {
          size_t nb = sc->t[i].s - sc->t[i - 1].s;
          if (nb + r_.lead <= 255) {
            r_.lead = (unsigned char)(r_.lead + nb);
            r_.mod = mod == DL_MOD_MORE_THAN ? DL_MOD_EQUAL_OR_LESS : DL_MOD_EQUAL_OR_MORE;
          }
        }
        if (e_ > best) { best = e_; *r = r_; }
      }
    }
  }
  /* earlier / later + this year / today / Sunday: the inner value */
  if (tcat(sc, i, LEX_REL) && (t->val == R_EARLIER || t->val == R_LATER)) {
    mres r_; int e_ = -1, j = i + 1;
    res_init(&r_);
    /* "later this week" (this summer) as "later this month": the word
     * belongs to the span, the value is the week's ("earlier this week"
     * TimeBank leaves out of it) */
    if ((isw(sc, j, W_THIS) || isw(sc, j, W_LAST) || isw(sc, j, W_NEXT))
        && (isw(sc, j + 1, W_YEAR) || isw(sc, j + 1, W_MONTH)
            || ((isw(sc, j + 1, W_WEEK) || tcat(sc, j + 1, LEX_SEASON)) && t->val == R_LATER)))
      e_ = m_relunit(sc, j, &r_, 0);
    else if (tcat(sc, j, LEX_DEICT)
             || (isw(sc, j, W_THAT) && IN(j + 1) && (tcat(sc, j + 1, LEX_UNIT) || tcat(sc, j + 1, LEX_POD)))
             || (isw(sc, j, W_THIS) && tcat(sc, j + 1, LEX_POD)))
      e_ = m_at(sc, j, &r_);
    if (e_ > 0 && r_.kind == V_POINT && r_.type != DL_TIMEX_SET && e_ > best) {
      best = e_; *r = r_; r->end = e_;
      /* earlier this year / this month: its start (TimeBank marks it so) */
      if (t->val == R_EARLIER && !r->mod && (isw(sc, j + 1, W_YEAR) || isw(sc, j + 1, W_MONTH)))
        r->mod = DL_MOD_START;
    }
    /* earlier in the day, later in the year: a part of the day (or week,
     * month, year) the story is about */
    if (isw(sc, j, W_IN) && isw(sc, j + 1, W_THE) && tcat(sc, j + 2, LEX_UNIT) && j + 3 > best) {
      int unit = tval(sc, j + 2, LEX_UNIT);
      dl_tv b, br;
      int ok = base_ana(sc, &b);
      /* a last date too coarse for the unit ("since 1996. ... later in
       * the month"), or one ahead told of in the past ("a deadline of
       * Dec. 7. ... Earlier in the week, the company reported"), is no
       * anchor: the story's own day is */
      if (ok && (dl_unit_gran(unit) > b.gran || last_ahead_of_past(sc, i, j + 3))
          && base_rel(sc, &br) && dl_unit_gran(unit) <= br.gran)
        b = br;
      /* "He was expected to be released later in the week", a paragraph
       * after a night of the search told back: ahead of the story's own
       * day, not of a date told in a paragraph before */
      else if (ok && t->val == R_LATER && sc->has_ref && sc->has_last
               && dl_tv_cmp_day(&sc->last, &sc->ref) < 0 && blank_line_since_last(sc, T(i)->s)
               && tense_at(sc, i, j + 3) > 0 && base_rel(sc, &br) && dl_unit_gran(unit) <= br.gran)
        b = br;
      if ((unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_YEAR)
          && ok && dl_unit_gran(unit) <= b.gran) {
        period_of(&r_.tv, &b, unit, 0);
        res_point(r, j + 3, DL_TIMEX_DATE, &r_.tv);
        r->anchored = 1; r->anchor = b;
        r->mod = t->val == R_EARLIER ? DL_MOD_START : DL_MOD_END;
        r->keep_last = 1;
        best = j + 3;
      }
    }
  }
  /* "that winter", "that summer": the season of the year the story is
   * in ("In the summer of 1969 ... That winter"); "that fall" and "that
   * spring" only before a comma or the sentence's end, being verbs too
   * ("prices that fall", "ideas that spring from"; "the family left that
   * spring." has no object or clause after the verb it would be, unless a
   * plural noun stands before "that": "prices that fall.") */
  if (isw(sc, i, W_THAT) && tcat(sc, i + 1, LEX_SEASON) && sc->has_last && sc->last.y
      && (!(isw(sc, i + 1, W_FALL) || isw(sc, i + 1, W_SPRING)) || ispu(sc, i + 2, ',')
          /* "That spring the creek flooded", "That fall he left": a
           * capital "That" relates to no noun before it, and an article
           * or a clause opener after the season is no verb's object */
          || ((T(i)->fl & F_CAP) && (tcat(sc, i + 2, LEX_DET)
                                     || word_after_any(sc, i + 1, CLAUSE_OPENERS,
                                                       sizeof CLAUSE_OPENERS / sizeof CLAUSE_OPENERS[0])))
          || ((ispu(sc, i + 2, '.') || ispu(sc, i + 2, ';'))
              && !(IN(i - 1) && T(i - 1)->kind == TK_WORD && !(T(i - 1)->fl & F_CAP)
                   && sc->text[T(i - 1)->s + T(i - 1)->n - 1] == 's')))
      && i + 2 > best) {
    dl_tv v;
    res_init(r);
    season_point(sc, &v, tval(sc, i + 1, LEX_SEASON), sc->last.y, 0, r);
    res_point(r, i + 2, DL_TIMEX_DATE, &v);
    r->anchored = 1; r->anchor = sc->last;
    r->keep_last = 1;
    best = i + 2;
  }
  /* "current" before an ordinary noun: the present ("current market
   * conditions", "its current share") */
  if (tcat(sc, i, LEX_REL) && t->val == R_CURRENT && IN(i + 1) && T(i + 1)->kind == TK_WORD
      && !tcat(sc, i + 1, LEX_UNIT) && !tcat(sc, i + 1, LEX_UNITS) && !fiscal_at(sc, i + 1)
      && !isw(sc, i + 1, W_PERIOD) && !(T(i + 1)->fl & F_CAP)
      /* the noun: "a current of 400 amps", "the current was strong",
       * "the current and the wind"; and the balance of payments' "current
       * account", no present (a verb that is a noun too stays: "no
       * current plans") */
      && !(tcat(sc, i + 1, LEX_MISC)
           && (tval(sc, i + 1, LEX_MISC) == X_OF || tval(sc, i + 1, LEX_MISC) == X_IN
               || tval(sc, i + 1, LEX_MISC) == X_AND || tval(sc, i + 1, LEX_MISC) == X_OR
               || tval(sc, i + 1, LEX_MISC) == X_TO || tval(sc, i + 1, LEX_MISC) == X_AT
               || tval(sc, i + 1, LEX_MISC) == X_FROM || tval(sc, i + 1, LEX_MISC) == X_THAN)
           /* "current and former officials": an adjective still */
           && !((isw(sc, i + 1, W_AND) || isw(sc, i + 1, W_OR))
                && word_after_any(sc, i + 1, CURRENT_PAIRED, sizeof CURRENT_PAIRED / sizeof CURRENT_PAIRED[0])))
      && !word_after_any(sc, i, CURRENT_NOT_NOW, sizeof CURRENT_NOT_NOW / sizeof CURRENT_NOT_NOW[0])
      && best < i + 1) {
    res_str(r, i + 1, "PRESENT_REF");
    best = i + 1;
  }
  /* recent years / recent months: the past */
  if (tcat(sc, i, LEX_REL) && t->val == R_RECENT && tcat(sc, i + 1, LEX_UNITS)) {
    if (i + 2 > best) {
      /* TimeBank: "recent years" / "recent days" the past, "recent
       * months" / "recent weeks" a vague duration */
      int u = tval(sc, i + 1, LEX_UNITS);
      if (u == U_MONTH || u == U_WEEK || u == U_QUARTER) {
        res_init(r);
        res_dur(r, i + 2, -1, 0, u);
      } else res_str(r, i + 2, "PAST_REF");
      best = i + 2;
    }
  }
  /* fiscal 1988, fiscal year 1989, fiscal 1989 first quarter */
  if (fiscal_at(sc, i)) {
    int j = i + 1, y;
    if (isw(sc, j, W_YEAR)) j++;
    y = year_at(sc, j, 0);
    if (!y && IN(j) && T(j)->kind == TK_NUM && T(j)->nd == 2 && (T(j)->fl & F_APOS))
      y = two_digit_year(sc, T(j)->v);
    if (y) {
      mres r_; dl_tv v;
      res_init(&r_);
      dl_tv_day(&v, y, 1, 1); v.gran = TG_YEAR;
      res_point(&r_, fy_span_end(sc, j + 1, y), DL_TIMEX_DATE, &v);
      r_.absolute = 1;
      {
        mres r2; int e2; res_init(&r2);
        e2 = m_ordpart(sc, j + 1, &r2, y);
        /* "fiscal 2025's second quarter": that quarter of the fiscal year */
        if (e2 < 0 && ispu(sc, j + 1, PUNCT_POSS)) { res_init(&r2); e2 = m_ordpart(sc, j + 2, &r2, y); }
        if (e2 > 0) { r_ = r2; r_.end = e2; }
      }
      if (r_.end > best) { best = r_.end; *r = r_; }
    } else if (tcat(sc, j, LEX_ORD)) {
      mres r_; int e_; res_init(&r_);
      e_ = m_ordpart(sc, j, &r_, 0);
      if (e_ > best) { best = e_; *r = r_; }
    }
  }
  /* day-long, decades-long: a duration of one, or of some, units */
  if ((tcat(sc, i, LEX_UNIT) || tcat(sc, i, LEX_UNITS)) && hyph(sc, i + 1) && isw(sc, i + 2, W_LONG)
      && i + 3 > best) {
    int unit, pl;
    if (parse_unit(sc, i, &unit, &pl) > 0 && unit != U_HALF && unit != U_WEEKEND) {
      res_init(r);
      res_dur(r, i + 3, pl ? -1 : 1, 0, unit);
      best = i + 3;
    }
  }
  /* right now; post-1959, pre-1990 */
  if (isw(sc, i, W_RIGHT) && isw(sc, i + 1, W_NOW) && i + 2 > best) {
    res_init(r);
    res_str(r, i + 2, "PRESENT_REF");
    best = i + 2;
  }
  if ((isw(sc, i, W_POST) || isw(sc, i, W_PRE)) && hyph(sc, i + 1) && IN(i + 2)
      && T(i + 2)->kind == TK_NUM && T(i + 2)->nd == 4 && T(i + 2)->suf == SUF_NONE
      && T(i + 2)->v >= 1000 && T(i + 2)->v <= 2999 && i + 3 > best) {
    dl_tv v;
    res_init(r);
    dl_tv_day(&v, T(i + 2)->v, 1, 1); v.gran = TG_YEAR;
    res_point(r, i + 3, DL_TIMEX_DATE, &v);
    r->absolute = 1;
    best = i + 3;
  }
  /* "by mid-year": as "by midyear" */
  if (isw(sc, i, W_MID) && hyph(sc, i + 1) && isw(sc, i + 2, W_YEAR) && !hyph(sc, i + 3) && i + 3 > best) {
    mres r_;
    res_init(&r_);
    if (m_midyear(sc, i, i + 3, &r_) > 0) { *r = r_; best = i + 3; }
  }
  /* year end, year's end: as year-end */
  if (isw(sc, i, W_YEAR) && (isw(sc, i + 1, W_END)
                             || (ispu(sc, i + 1, PUNCT_POSS) && isw(sc, i + 2, W_END)))) {
    dl_tv v, b;
    int e = isw(sc, i + 1, W_END) ? i + 2 : i + 3;
    if (base_rel(sc, &b) && e > best) {
      int dir = tense_at(sc, i, e);
      v = b; dl_tv_coarsen(&v, TG_YEAR);
      if (dir < 0 && b.mo < 6) dl_tv_shift(&v, U_YEAR, -1);
      res_init(r); res_point(r, e, DL_TIMEX_DATE, &v);
      r->mod = DL_MOD_END; r->anchored = 1; r->anchor = b; best = e;
    }
  }
  /* "cut its full-year forecast", "full-year profit": the year of the
   * story, as "the full year" is (a closed fourth quarter before a past
   * verb: that quarter's year) */
  if (isw(sc, i, W_FULL) && hyph(sc, i + 1) && isw(sc, i + 2, W_YEAR) && !hyph(sc, i + 3)
      && !year_at(sc, i + 3, 0) && i + 3 > best) {   /* "full-year 2023 results": that year's */
    dl_tv v, b;
    if (base_rel(sc, &b)) {
      v = b; dl_tv_coarsen(&v, TG_YEAR);
      if (sc->q4_year && tense_at(sc, i, i + 3) < 0) v.y = sc->q4_year;
      res_init(r); res_point(r, i + 3, DL_TIMEX_DATE, &v);
      r->anchored = 1; r->anchor = b; r->keep_last = 1; best = i + 3;
    }
  }
  /* year-end, year-earlier, year-ago */
  if (isw(sc, i, W_YEAR) && hyph(sc, i + 1)) {
    dl_tv v, b;
    if (isw(sc, i + 2, W_END) && base_rel(sc, &b)) {
      int dir = tense_at(sc, i, i + 3);
      v = b; dl_tv_coarsen(&v, TG_YEAR);
      if (dir < 0 && b.mo < 6) dl_tv_shift(&v, U_YEAR, -1);
      if (i + 3 > best) {
        res_init(r); res_point(r, i + 3, DL_TIMEX_DATE, &v);
        r->mod = DL_MOD_END; r->anchored = 1; r->anchor = b; best = i + 3;
      }
    } else if ((isw(sc, i + 2, W_EARLIER) || isw(sc, i + 2, W_AGO))) {
      int e = i + 3, ok;
      if (isw(sc, e, W_QUARTER) || isw(sc, e, W_PERIOD)) e++;
      if (last_quarter(sc, &v)) ok = 1;
      else { ok = base_ana(sc, &v); if (ok) dl_tv_coarsen(&v, TG_YEAR); }
      if (ok && e > best) {
        /* "results for the 1988 period ... the year-ago results" in a 1989
         * report: the last year named is already the year before */
        if (!(sc->has_ref && sc->o.anchor != DL_ANCHOR_LAST && v.gran == TG_YEAR
              && v.y == sc->ref.y - 1))
          dl_tv_shift(&v, U_YEAR, -1);
        res_init(r); res_point(r, e, DL_TIMEX_DATE, &v); r->keep_last = 1; best = e;
      }
    }
  }
  {
    mres r_; int e_;
    res_init(&r_); e_ = m_core(sc, i, &r_);
    if (e_ > best) { best = e_; *r = r_; }
  }
  /* this/last/next + season etc. are in m_core via m_relunit; seasons
   * after "in": in the spring / in summer */
  /* "set money aside for rebuilding before winter.", "until spring,":
   * after "before" / "until" with no noun after it ("before winter
   * storms" is the storms') */
  int bare_end = (isw(sc, i - 1, W_BEFORE) || isw(sc, i - 1, W_UNTIL) || isw(sc, i - 1, W_TILL))
                 && tcat(sc, i, LEX_SEASON) && !(T(i)->fl & F_CAP)
                 && (!IN(i + 1) || ispu(sc, i + 1, '.') || ispu(sc, i + 1, ',') || ispu(sc, i + 1, ';'));
  if (tcat(sc, i, LEX_SEASON) && (isw(sc, i - 1, W_IN) || isw(sc, i - 1, W_DURING) || bare_end
                                  || isw(sc, i - 1, W_SINCE) || isw(sc, i - 1, W_BY)
                                  || year_ext(sc, i + 1, &year_end) || isw(sc, i + 1, W_OF)
                                  /* "the driest summer in a decade" */
                                  || (isw(sc, i - 2, W_THE) && superlative_at(sc, i - 1)))) {
    int y = 0, e = i + 1, e_year;
    dl_tv v;
    mres r_;
    res_init(&r_);
    if ((y = season_year(sc, e, &e_year))) e = e_year;
    if (isw(sc, e - 1, W_OF) || (isw(sc, i, W_FALL) && !y && isw(sc, i + 1, W_OF))) return best;
    if (!y && (isw(sc, i, W_FALL) || isw(sc, i, W_SPRING)) && !bare_end
        /* "cut rates by spring.", "until fall, when": after a preposition
         * of time and before no noun it could qualify ("by spring water") */
        && !((isw(sc, i - 1, W_BY) || isw(sc, i - 1, W_SINCE)) && !(T(i)->fl & F_CAP)
             && (!IN(i + 1) || T(i + 1)->kind != TK_WORD || (T(i + 1)->w != 0 && !(T(i + 1)->fl & F_CAP)))
             && !isw(sc, i + 1, W_OF))
        /* "trained for six weeks in spring, then ...": after "in", at a
         * clause's end (no noun after it: "a dip in spring sales") */
        && !(isw(sc, i - 1, W_IN) && !(T(i)->fl & F_CAP) && (!IN(i + 1) || ispu(sc, i + 1, ',')
                                                              || ispu(sc, i + 1, '.') || ispu(sc, i + 1, ';')))) {
      /* "fall" / "spring" alone are too often verbs/nouns */
      return best;
    }
    season_point(sc, &v, tval(sc, i, LEX_SEASON), y, tense_at(sc, i, e), &r_);
    res_point(&r_, e, DL_TIMEX_DATE, &v);
    if (e > best) { best = e; *r = r_; }
  }
  return best;
}

/* m_at and what may follow any expression: "the next year or so" */
static int m_expr(scan *sc, int i, mres *r)
{
  /* a number goes straight to the core (m_at would pass it on: its
   * frame, made for the words, is not set up for every number) */
  int e = T(i)->kind == TK_NUM ? m_core(sc, i, r) : m_at(sc, i, r);
  if (e > 0 && (tcat(sc, e - 1, LEX_UNIT) || tcat(sc, e - 1, LEX_UNITS))
      && isw(sc, e, W_OR) && isw(sc, e + 1, W_SO)) {
    e += 2;
    r->end = e;
  }
  return e;
}

/* ------------------------------------------------------------------ */
/* Emitting                                                            */
/* ------------------------------------------------------------------ */

static void copy_str(char *dst, size_t cap, const char *src)
{
  size_t k = 0;
  while (src[k] && k + 1 < cap) { dst[k] = src[k]; k++; }
  dst[k] = '\0';
}

/* The extras of a duration value value[0..n) that dl_dur_format does not
 * write: the decimals of its seconds ("PT9S" -> "PT9.58S") and a count
 * of the next smaller unit ("PT1H" -> "PT1H41M", "P2D" -> "P2DT5H").
 * The caller leaves 8 bytes free after n. */
static void dur_extra(const mres *r, char *value, size_t n)
{
  char u = value[n - 1];
  if (r->dzeros) {
    int k;
    for (k = 0; k < r->dzeros; k++) value[n - 1 + (size_t)k] = '0';
    value[n - 1 + r->dzeros] = u; value[n + r->dzeros] = '\0';
    return;
  }
  if (r->dfrac_nd) {
    unsigned f = r->dfrac;
    int k;
    value[n - 1] = '.';   /* the unit letter moves after the digits */
    for (k = r->dfrac_nd - 1; k >= 0; k--) { value[n + (size_t)k] = (char)('0' + f % 10); f /= 10; }
    n += r->dfrac_nd;
    value[n] = u; value[n + 1] = '\0';
    return;
  }
  if (r->dunit == U_DAY) value[n++] = 'T';
  if (r->dsub >= 10) value[n++] = (char)('0' + r->dsub / 10);
  value[n++] = (char)('0' + r->dsub % 10);
  value[n++] = r->dunit == U_YEAR || r->dunit == U_HOUR ? 'M' : r->dunit == U_MIN ? 'S' : 'H';
  value[n] = '\0';
}

/* Do two points format the same (the fields dl_tv_format reads)? */
static int tv_same(const dl_tv *a, const dl_tv *b)
{
  return a->gran == b->gran && a->y == b->y && a->mo == b->mo && a->d == b->d
      && a->wd == b->wd && a->pod == b->pod && a->hh == b->hh && a->mm == b->mm
      && a->ss == b->ss && a->has_tz == b->has_tz && a->tz_min == b->tz_min;
}

static dl_status emit(scan *sc, int a, mres *r)
{
  dl_timex *x;
  uint32_t s, e;
  /* arithmetic near the ends of the calendar (a month after December
   * 9999) leaves the supported years 1..9999: no value, no timex */
  if (r->kind == V_POINT && r->tv.y != 0 && (r->tv.y < 1 || r->tv.y > 9999))
    return DL_OK;
  if (sc->out->n >= DL_MAX_TIMEXES) return DL_ELIMIT;
  if (dl_grow((void **)&sc->out->items, &sc->out->cap, sc->out->n + 1, sizeof(dl_timex)))
    return DL_ENOMEM;
  x = &sc->out->items[sc->out->n++];
  memset(x, 0, sizeof *x);
  s = sc->t[a].s;
  e = sc->t[r->end - 1].s + sc->t[r->end - 1].n;
  /* '80s: the apostrophe belongs to the number (ASCII or U+2019) */
  if (sc->t[a].kind == TK_NUM && (sc->t[a].fl & F_APOS)) {
    if (s >= 1 && sc->text[s - 1] == '\'') s -= 1;
    else if (s >= 3 && (unsigned char)sc->text[s - 1] == 0x99) s -= 3;
  }
  s -= (uint32_t)r->lead;
  /* a trailing possessive or dot is not part of the expression, except
   * the dot of an abbreviation ("Oct.") which ends on a word */
  x->start = s;
  x->len = e - s;
  x->type = (uint8_t)r->type;
  x->mod = (uint8_t)r->mod;
  if (r->kind == V_POINT) {
    if (r->tv.gran == TG_POD || r->tv.gran == TG_TIME) {
      if (x->type == DL_TIMEX_DATE) x->type = DL_TIMEX_TIME;
    }
    dl_tv_format(&r->tv, x->value, sizeof x->value);
  } else if (r->kind == V_DUR) {
    size_t n = dl_dur_format(r->dn, r->dhalf, r->dunit, x->value, sizeof x->value);
    if ((r->dfrac_nd || r->dsub || r->dzeros) && n > 0 && n + 10 < sizeof x->value) dur_extra(r, x->value, n);
  } else {
    copy_str(x->value, sizeof x->value, r->str);
  }
  if (r->anchored) {
    dl_tv a2 = r->anchor;
    if (a2.gran > TG_DAY && a2.gran != TG_TIME) a2.gran = TG_DAY;
    if (!(sc->anchor_cached && tv_same(&a2, &sc->anchor_tv))) {
      dl_tv_format(&a2, sc->anchor_str, sizeof sc->anchor_str);
      sc->anchor_tv = a2;
      sc->anchor_cached = 1;
    }
    memcpy(x->anchor, sc->anchor_str, sizeof x->anchor);
  }
  if (r->type == DL_TIMEX_SET) {
    if (r->freq) {
      char *f = x->freq;
      int v = r->freq, k = 0;
      char tmp[8];
      do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v && k < 6);
      while (k) *f++ = tmp[--k];
      *f++ = 'X';
      *f = '\0';
    }
    if (r->quant) copy_str(x->quant, sizeof x->quant, r->quant);
  }
  if (r->kind == V_POINT && r->type != DL_TIMEX_SET && r->tv.y && r->tv.gran == TG_DEC) {
    sc->dec = r->tv;
    sc->dec_end = e;
  }
  /* remember the last date mentioned; not a clock time restated in
   * another zone in parentheses ("6:44 p.m. EST (2344 GMT)"): later
   * times count from the first */
  if (r->kind == V_POINT && r->type != DL_TIMEX_SET && r->tv.y
      && r->tv.gran >= TG_YEAR && !r->keep_last
      && !(r->tv.gran == TG_TIME && ispu(sc, a - 1, '(') && IN(a - 2) && sc->last.gran == TG_TIME
           && sc->t[a - 2].s + sc->t[a - 2].n == sc->last_end)) {
    /* "will lift off on Friday ..., the company said on Wednesday": the
     * day of the report after the day of its news in one sentence; "the
     * following day" later counts from the news */
    int report_day = sc->has_last_day && sc->last_day_chunk == sc->chunk && r->tv.gran == TG_DAY
                     && report_verb_at(sc, isw(sc, a - 1, W_ON) ? a - 2 : a - 1);
    /* "unemployment rose to 25 percent in August, figures showed on
     * Thursday, up from 18 percent a year earlier": the day the figures
     * came out, set off in the sentence of the month they are for, is
     * no period to compare with; the month is kept for that */
    if (!report_day && r->tv.gran == TG_DAY && sc->has_last
        && (sc->last.gran == TG_MONTH || sc->last.gran == TG_QUART)
        && isw(sc, a - 1, W_ON) && stat_report_at(sc, a - 1)) {
      sc->stat = sc->last;
      sc->stat_chunk = sc->chunk;
    }
    if (!report_day) sc->last = r->tv;
    if (IN(a - 1)) {
      unsigned pw = T(a - 1)->w;
      sc->last_since = pw == W_SINCE || pw == W_THROUGH || (pw == W_UNTIL && !(T(a - 1)->fl & F_CAP));
    } else
      sc->last_since = 0;
    if (a == sc->part_tok && r->tv.gran == TG_YEAR) {
      sc->last.mo = sc->part_q == 4 ? 10 : 1;
      sc->last.gran = TG_QUART;
    }
    sc->para->upto = e;
    sc->para->broke = 0;
    sc->last_end = e;
    if (sc->has_ref && r->tv.y <= sc->ref.y - 3) {
      if (r->tv.gran >= TG_SEAS && r->tv.gran != TG_WE) {
        sc->narr_n = sc->narr.y && r->tv.y - sc->narr.y <= 2 && sc->narr.y - r->tv.y <= 2
                     ? sc->narr_n + 1 : 1;
        sc->narr = r->tv;
      }
    } else { sc->narr.y = 0; sc->narr_n = 0; }
    if (r->tv.gran == TG_YEAR && year_frames(sc, a, r->end)) {
      sc->yframe_chunk = sc->chunk;
      sc->yframe_y = r->tv.y;
    }
    if (r->tv.gran == TG_TIME && r->tv.hh >= 0 && r->tv.mo && r->tv.d) {
      sc->clock = r->tv;
      sc->has_clock = 1;
      sc->clock_chunk = sc->chunk;
    }
    if (r->tv.mo && r->tv.d && r->tv.gran >= TG_DAY && r->tv.gran != TG_WE && !report_day) {
      sc->last_day = r->tv;
      sc->has_last_day = 1;
      sc->last_day_chunk = sc->chunk;
    }
    if (!sc->has_story && !sc->headline && r->tv.mo && r->tv.d && r->tv.gran >= TG_DAY
        && r->tv.gran != TG_WE && !(sc->has_ref && dl_tv_cmp_day(&r->tv, &sc->ref) > 0)
        /* "On this day in 1950, ...": a day decades back opens a
         * retrospective, whose story is still told on the reference day */
        && !(sc->has_ref && r->tv.y < sc->ref.y - 1) && !isw(sc, a - 1, W_SINCE)
        /* "SEATTLE, July 9 (Wire) -": the dateline's day of filing, not
         * the day the lede's events are on */
        && !(ispu(sc, a - 1, ',') && IN(a - 2)
             && ((T(a - 2)->fl & F_UPPER)
                 /* "CAPE CANAVERAL, Fla., Feb 10 (Reuters)", "PORTLAND,
                  * Maine, March 16": the state after the place */
                 || (ispu(sc, a - 2, '.') && IN(a - 5) && (T(a - 3)->fl & F_CAP) && ispu(sc, a - 4, ',')
                     && (T(a - 5)->fl & F_UPPER))
                 || (IN(a - 4) && (T(a - 2)->fl & F_CAP) && ispu(sc, a - 3, ',') && (T(a - 4)->fl & F_UPPER)))
             && (ispu(sc, r->end, '(') || ispu(sc, r->end, '-') || ispu(sc, r->end, PUNCT_DASH)))) {
      dl_tv_day(&sc->story, r->tv.y, r->tv.mo, r->tv.d);
      sc->has_story = 1;
      sc->story_night = r->tv.gran == TG_POD && r->tv.pod == P_NI;
    }
    /* has_last 2: a quarter in a sentence about the future (an outlook) */
    sc->has_last = r->tv.gran == TG_QUART && tense_at(sc, a, r->end) > 0 ? 2 : 1;
    if (sc->has_last == 1 && r->tv.gran == TG_QUART) { sc->quart = r->tv; sc->quart_chunk = sc->chunk; }
    if (r->tv.gran == TG_QUART && !(r->anchored && r->anchor.gran == TG_QUART)) {
      sc->anyq = r->tv; sc->anyq_chunk = sc->chunk;
    }
    if (sc->has_last == 1 && r->tv.gran == TG_QUART && r->tv.mo >= 10 && sc->has_ref
        && r->tv.y == sc->ref.y - 1 && sc->ref.mo <= 3)
      sc->q4_year = r->tv.y;
  }
  /* "the first / last / final three months of" + a year: a quarter */
  sc->part_tok = -1;
  if (r->kind == V_DUR && r->dunit == U_MONTH && r->dn == 3 && !r->dhalf && isw(sc, r->end, W_OF)
      && isw(sc, a, W_THE) && (isw(sc, a + 1, W_FIRST) || isw(sc, a + 1, W_LAST) || isw(sc, a + 1, W_FINAL))) {
    sc->part_tok = r->end + 1;
    sc->part_q = isw(sc, a + 1, W_FIRST) ? 1 : 4;
  }
  return DL_OK;
}

/* Can an expression start at token i?  Most tokens are rejected by
 * their category alone; function words need a temporal word after them. */
static int can_start(const scan *sc, int i)
{
  const tok *t = &sc->t[i], *n;
  if (t->kind == TK_NUM) return 1;
  if (t->kind != TK_WORD) return 0;
  switch (t->cat) {
  case LEX_NONE: case LEX_TZ: case LEX_AMPM: case LEX_TITLE: case LEX_MEASURE:
  case LEX_TENSE:
    return 0;
  case LEX_MISC:
    return t->val == X_FISCAL || (t->val == X_AT && isw(sc, i + 1, W_LEAST))
        || (t->val == X_RIGHT && isw(sc, i + 1, W_NOW))
        || ((t->val == X_POST || t->val == X_PRE) && hyph(sc, i + 1)) || t->val == X_MIDWEEK
        || t->val == X_MIDYEAR
        || (t->val == X_THESE && isw(sc, i + 1, W_DAYS))
        || (t->val == X_FULL && hyph(sc, i + 1) && isw(sc, i + 2, W_YEAR))   /* full-year */
        || t->val == X_WC
        || (t->val == X_PRESENT && isw(sc, i - 1, W_AT))     /* at present */
        || (t->val == X_WEEKDAYS && isw(sc, i - 1, W_ON))   /* on weekdays */
        || t->val == X_LONG;                                /* yearlong */
  case LEX_DET: case LEX_REL: case LEX_APPROX:
    if (i + 1 >= sc->nt) return 0;
    if (t->cat == LEX_REL && t->val == R_CURRENT) return 1;
    n = &sc->t[i + 1];
    if (n->kind == TK_NUM) return 1;
    if (n->kind == TK_PUNCT) return 0;
    if (isw(sc, i + 1, W_ADDITIONAL) || isw(sc, i + 1, W_EXTRA)) return 1;   /* an extra day */
    if (isw(sc, i + 1, W_TRAILING)) return 1;   /* the trailing 12 months */
    if (n->cat == LEX_NONE) {
      /* the holiday quarter, the rest of the decade (m_the) */
      unsigned w2 = IN(i + 2) ? T(i + 2)->w : 0;
      /* the corresponding period last year, the comparable year-ago
       * quarter (m_the) */
      if (n->w == W_CORRESPONDING || n->w == W_COMPARABLE) {
        if (w2 == W_PERIOD || w2 == W_QUARTER || w2 == W_MONTH || w2 == W_HALF || w2 == W_WEEK)
          return year_back_len(sc, i + 3) > 0;
        return (w2 == W_YEAR && hyph(sc, i + 3) && (isw(sc, i + 4, W_AGO) || isw(sc, i + 4, W_EARLIER)))
               || (w2 == W_PRIOR && hyph(sc, i + 3) && isw(sc, i + 4, W_YEAR));
      }
      if (w2 == W_QUARTER) return dl_word_eq(sc->text + n->s, n->n, "holiday");
      /* the holiday weekend, the long weekend (m_the) */
      if (w2 == W_WEEKEND) return dl_word_in(sc->text + n->s, n->n, WEEKEND_ADJ, sizeof WEEKEND_ADJ / sizeof WEEKEND_ADJ[0]);
      /* a single week (parse_card) */
      if (t->cat == LEX_DET && t->val == 2 && tcat(sc, i + 2, LEX_UNIT))
        return dl_word_eq(sc->text + n->s, n->n, "single");
      /* for a while (m_at) */
      if (t->cat == LEX_DET && t->val == 2) return dl_word_eq(sc->text + n->s, n->n, "while");
      /* the turn of the century (m_the) */
      if (n->w == W_TURN) return w2 == W_OF && isw(sc, i + 3, W_THE) && isw(sc, i + 4, W_CENTURY);
      if (w2 == W_OF && !isw(sc, i + 3, W_THE) && rest_word(sc, i + 1))
        return 1;   /* the rest of 2025, of this year (m_the) */
      return w2 == W_OF && (isw(sc, i + 4, W_DECADE) || isw(sc, i + 4, W_YEAR))
             && rest_of_unit(sc, i, T(i + 4)->w);
    }
    return n->cat != LEX_NONE && n->cat != LEX_TITLE && n->cat != LEX_MEASURE
        && n->cat != LEX_TENSE;
  default:
    return 1;
  }
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

void dl_timex_list_init(dl_timex_list *l)
{
  l->items = NULL;
  l->n = l->cap = 0;
}

void dl_timex_list_free(dl_timex_list *l)
{
  if (!l) return;
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}

const char *dl_timex_type_name(int type)
{
  static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
  return type >= 0 && type <= 3 ? names[type] : "";
}

const char *dl_timex_mod_name(int mod)
{
  static const char *const names[] = {
    "", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
    "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END",
    "APPROX", "EARLY", "LATE"
  };
  return mod >= 0 && mod <= 14 ? names[mod] : "";
}

/* Do the first chunk's tokens (the chunk ends at end) make one line of
 * at most DL_MAX_TITLE bytes without closing punctuation?  The end of
 * its last token in *b. */
#define DL_MAX_TITLE 200
static int one_bare_line(const char *text, size_t end, const scan *sc, size_t *b)
{
  size_t a;
  const tok *last;
  if (sc->nt == 0) return 0;
  a = sc->t[0].s;
  last = &sc->t[sc->nt - 1];
  *b = (size_t)last->s + last->n;
  if (*b > end || *b - a > DL_MAX_TITLE) return 0;
  if (last->kind == TK_PUNCT && (last->v == '.' || last->v == '!' || last->v == '?'
                                 || last->v == ':' || last->v == ';' || last->v == ','))
    return 0;
  return memchr(text + a, '\n', *b - a) == NULL;   /* (up to DL_MAX_TITLE bytes, every text) */
}

/* Is the first chunk, which ends at end, the text's title: one bare line,
 * then a blank line?  Headlines tell past events in the present ("Stocks
 * close higher Friday"). */
static int is_title_line(const char *text, size_t end, const scan *sc)
{
  size_t b, i, nl = 0;
  if (!one_bare_line(text, end, sc, &b)) return 0;
  for (i = b; i < end; i++) nl += text[i] == '\n';
  return nl >= 2;
}

/* A whole text that is one unpunctuated line ("Storm to hit coast
 * Friday", given alone) is a headline as one followed by a blank line
 * is: nothing but blanks may follow its last token. */
static int is_lone_title(const char *text, size_t len, size_t end, const scan *sc)
{
  size_t b, i;
  for (i = end; i < len; i++)
    if (text[i] != ' ' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') return 0;
  if (!one_bare_line(text, end, sc, &b)) return 0;
  /* "Polls close on Sunday at 8 p.m.": a sentence whose last word ends
   * in its own full stop */
  return !(text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?' || text[b - 1] == '"');
}

/* The end of the text's first line when it is a title whose parts a
 * semicolon joins ("Launch scrubbed; new try Thursday", then a blank
 * line): every chunk of it is the headline; 0 if it is none. */
/* Verbs of spending time: "will spend the next month chasing votes" is
 * a stretch of time, not the calendar month. */
static const char *const SPEND_VERBS[] = {"spend", "spends", "spending", "spent"};

/* "the next / past / last / coming + unit" at i (three tokens) after a
 * verb of spending time: a duration of one unit. */
static void spent_period(const scan *sc, int i, mres *r)
{
  int rel, unit;
  if (r->kind != V_POINT || !isw(sc, i, W_THE) || !tcat(sc, i + 1, LEX_REL) || !tcat(sc, i + 2, LEX_UNIT))
    return;
  rel = tval(sc, i + 1, LEX_REL);
  unit = tval(sc, i + 2, LEX_UNIT);
  if ((rel == R_NEXT || rel == R_PAST || rel == R_LAST || rel == R_COMING)
      && (unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_YEAR)
      && word_before_any(sc, i, SPEND_VERBS, sizeof SPEND_VERBS / sizeof SPEND_VERBS[0]))
    res_dur(r, i + 3, 1, 0, unit);
}

static size_t title_line_end(const char *text, size_t len)
{
  size_t a = 0, e, k, nl = 0;
  while (a < len && (text[a] == ' ' || text[a] == '\n' || text[a] == '\r' || text[a] == '\t')) a++;
  for (e = a; e < len && e - a <= DL_MAX_TITLE && text[e] != '\n'; e++) {}
  if (e >= len || e - a > DL_MAX_TITLE || !memchr(text + a, ';', e - a)) return 0;
  for (k = e; k > a && (text[k - 1] == ' ' || text[k - 1] == '\r'); k--) {}
  if (k == a || memchr(".!?:;,", text[k - 1], 6)) return 0;
  for (k = e; k < len && (text[k] == '\n' || text[k] == ' ' || text[k] == '\r'); k++) nl += text[k] == '\n';
  return nl >= 2 ? e : 0;
}

dl_status dl_timex_scan(const char *text, size_t len, const dl_options *opts,
                        dl_timex_list *out)
{
  /* the scanner state lives on the stack (about 12 KB: the token array
   * of one sentence chunk): no allocation per call */
  scan sc_;
  scan *sc = &sc_;
  /* A short text (a sentence, a headline) is read from a copy followed
   * by zero bytes: the tokenizer's fast path, which loads sixteen bytes
   * at a time, then takes its words to the end, where it would leave the
   * last ones of every text to the general path (most of a short text). */
  char padded[DL_MAX_PADDED + DL_TEXT_PAD];
  size_t pos = 0, title_end;
  dl_status st = DL_OK;
  if (!out || (!text && len)) return DL_EARG;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  sc->text = text;
  sc->len = len;
  sc->avail = len;
  if (len > 0 && len <= DL_MAX_PADDED) {
    memcpy(padded, text, len);
    memset(padded + len, 0, DL_TEXT_PAD);
    sc->text = padded;
    sc->avail = len + DL_TEXT_PAD;
  }
  sc->empty = &res_empty;
  if (opts) sc->o = *opts;
  else {
    memset(&sc->o, 0, sizeof sc->o);
    sc->o.dayfirst = DL_DAYFIRST_INFER;
    sc->o.anchor = DL_ANCHOR_REF;
  }
  sc->out = out;
  sc->out0 = out->n;
  sc->has_ref = 0;
  dl_tv_day(&sc->ref, 0, 0, 0);
  if (sc->o.ref.year >= 1 && sc->o.ref.year <= 9999) {
    const dl_date *d = &sc->o.ref;
    if (d->month >= 1 && d->month <= 12 && d->day >= 1 && dl_valid_date(d->year, d->month, d->day)) {
      dl_tv_from_date(&sc->ref, d);
      sc->has_ref = 1;
    }
  }
  sc->has_last = sc->last_since = 0;
  dl_tv_day(&sc->last, 0, 0, 0);
  dl_tv_day(&sc->narr, 0, 0, 0);
  sc->narr_n = 0;
  sc->yframe_chunk = -1;
  sc->yframe_y = 0;
  sc->sport_half_at = 0;
  sc->has_story = sc->has_last_day = sc->has_clock = sc->clock_chunk = 0;
  sc->story_night = 0;
  dl_tv_day(&sc->clock, 0, 0, 0);
  sc->chunk = sc->last_day_chunk = 0;
  sc->last_end = 0;
  dl_tv_day(&sc->dec, 0, 0, 0);
  sc->dec_end = 0;
  sc->quart_chunk = -1;
  sc->stat_chunk = -1;
  sc->anyq_chunk = -1;
  sc->q4_year = 0;
  dl_tv_day(&sc->quart, 0, 0, 0);
  sc->para = &sc->para_;
  sc->para->upto = 0;
  sc->para->broke = 0;
  dl_tv_day(&sc->last_day, 0, 0, 0);
  dl_tv_day(&sc->story, 0, 0, 0);
  sc->dayfirst = sc->o.dayfirst;
  sc->tense = &sc->tense_;
  sc->anchor_cached = 0;
  title_end = 0;
  while (pos < len && st == DL_OK) {
    int next = 0, c;
    size_t pos0 = pos;
    sc->nt = dl_timex_tokenize(sc, &pos);
    /* (a first chunk ending in a semicolon may be a title's first part) */
    if (pos0 == 0 && sc->nt && ispu(sc, sc->nt - 1, ';')) title_end = title_line_end(sc->text, len);
    sc->headline = (pos0 == 0 && (is_title_line(text, pos, sc) || is_lone_title(text, len, pos, sc))) || pos0 < title_end;
    sc->chunk++;
    sc->tense->calls = 0;
    sc->range_tok = -1;
    sc->part_tok = -1;
    /* only the tokens the tokenizer listed can start an expression (every
     * other one can_start rejects) */
    for (c = 0; c < sc->nc; c++) {
      int i = sc->c[c], e;
      mres r;
      if (i < next || !can_start(sc, i)) continue;
      res_init(&r);
      e = m_expr(sc, i, &r);
      if (e == i + 3) spent_period(sc, i, &r);
      if (e > i && e <= sc->nt) {
        st = emit(sc, i, &r);
        if (st != DL_OK) break;
        next = e;
      }
    }
  }
  return st;
}
