/*
 * article.c -- assembles an article: paragraphs, roles, dateline,
 * sentences.  Also the small shared entry points of dateline.h
 * (options, status messages).
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "calendar.h"
#include "datelines.h"
#include "gazetteer.h"
#include "segment.h"
#include "text.h"
#include "util.h"

/* Paragraphs of front matter (standfirst, time stamp, byline) that may
 * stand between the headline and the dateline, and the longest of them. */
#define DL_MAX_FRONT_PARAS 3
#define DL_MAX_FRONT_BYTES 300
/* Longest paragraph that is only a clock time ("14:05", "9:41 am GMT"),
 * the time stamp of a live blog entry. */
#define DL_MAX_CLOCK_LINE 16
/* A byline without "By" over a time stamp ("Jane Doe Health editor"):
 * bytes and words. */
#define DL_MAX_BARE_BYLINE 100
#define DL_MAX_BARE_BYLINE_WORDS 10
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct dl_article {
  dl_para *paras;
  size_t npara;
  dl_sentence *sents;
  size_t nsent, capsent;
  dl_dateline dateline;
  int has_dateline;
  dl_date stamp;   /* a time stamp line's date ("Published 19 February 2022") */
  int has_stamp;
  dl_dateline *items;   /* the datelines of a digest's later items */
  size_t nitems, capitems;
};

const char *dl_strerror(dl_status st)
{
  switch (st) {
    case DL_OK: return "ok";
    case DL_ENOMEM: return "not enough memory";
    case DL_ELIMIT: return "a work limit was reached (see the DL_MAX_* constants)";
    case DL_EARG: return "malformed argument";
  }
  return "unknown status";
}

void dl_options_init(dl_options *o)
{
  memset(o, 0, sizeof *o);
  o->ref.hour = o->ref.min = o->ref.sec = -1;
  o->dayfirst = DL_DAYFIRST_INFER;
  o->anchor = DL_ANCHOR_REF;
}

/* The title at the very top of a plain text over its dateline, in a
 * shape the headline rules of segment.c leave out: with a full stop
 * ("Storm cuts power to 200,000 homes.") or with its deck on the next
 * line.  The first line is short and is no time stamp, label or clause
 * (a comma, colon or semicolon ends it). */
#define DL_MAX_TOP_TITLE 200
static int is_top_title(const char *text, const dl_para *p)
{
  const char *s = text + p->start, *nl;
  size_t n = p->len;
  unsigned char c;
  if (dl_is_stamp(s, n, NULL)) return 0;
  nl = (const char *)memchr(s, '\n', n);
  if (nl) n = (size_t)(nl - s);
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  if (n < 4 || n > DL_MAX_TOP_TITLE) return 0;
  c = (unsigned char)s[n - 1];
  if (c == ',' || c == ';' || c == ':') return 0;
  c = (unsigned char)s[0];
  if (c == '(') {
    /* an agency's kicker in brackets ("(LEAD) N. Korea fires missile",
     * "(2nd LD) ..."), then the title in capitals */
    const char *cl = (const char *)memchr(s, ')', n < 24 ? n : 24);
    if (!cl || cl == s + 1 || (size_t)(cl - s) + 3 > n || cl[1] != ' ') return 0;
    c = (unsigned char)s[1];
    if (!DL_IS_UPPER(c) && !DL_IS_DIGIT(c)) return 0;
    c = (unsigned char)cl[2];
  }
  return DL_IS_UPPER(c) || DL_IS_DIGIT(c) || c == '"' || c == '\'' || c >= 0x80;
}

/* The first paragraph that is body text: not headline, byline or
 * boilerplate.  Returns npara when there is none. */
static size_t first_body(const dl_para *p, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (!(p[i].flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE)))
      return i;
  return n;
}

/* Does s[0..n) open with the first word of a closing stamp line ("First
 * published ...", "Last updated ...", "Updated ...")? */
static int stamp_opener(const char *s, size_t n)
{
  static const char *const openers[] = {
    "first", "last", "modified", "posted", "published", "updated"
  };
  size_t w = 0;
  while (w < n && DL_IS_ALPHA(s[w])) w++;
  return w >= 4 && w <= 9 && dl_word_in(s, w, openers, NELEM(openers));
}

/* "1.05pm", "12.50 pm GMT": a clock time with a dot, which only its
 * am/pm (and a zone in capitals after it) tells from a number. */
static int is_dot_clock(const char *s, size_t n)
{
  size_t i = 0, z;
  while (i < n && i < 2 && DL_IS_DIGIT(s[i])) i++;
  if (i == 0 || i + 3 > n || s[i] != '.' || !DL_IS_DIGIT(s[i + 1])
      || !DL_IS_DIGIT(s[i + 2]))
    return 0;
  i += 3;
  if (i < n && s[i] == ' ') i++;
  if (i + 2 > n || (DL_LOWER(s[i]) != 'a' && DL_LOWER(s[i]) != 'p')
      || DL_LOWER(s[i + 1]) != 'm')
    return 0;
  i += 2;
  if (i == n) return 1;
  if (s[i] != ' ') return 0;
  for (z = i + 1; z < n && DL_IS_UPPER(s[z]); z++) {}
  return z == n && z - i - 1 >= 2 && z - i - 1 <= 5;
}

/* Is s[0..n) only a clock time, a live blog's entry stamp ("14:05",
 * "1.05pm GMT")? */
static int is_clock_line(const char *s, size_t n)
{
  return n <= DL_MAX_CLOCK_LINE && n > 0 && DL_IS_DIGIT(s[0])
         && ((dl_is_stamp(s, n, NULL) && memchr(s, ':', n) != NULL)
             || is_dot_clock(s, n));
}

/* Does s[0..n) hold, as a run of letters, one of the nw words? */
static int has_word_in(const char *s, size_t n, const char *const *words, size_t nw)
{
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && DL_IS_ALPHA(s[j])) j++;
    if (j > i && dl_word_in(s + i, j - i, words, nw)) return 1;
    i = j + 1;
  }
  return 0;
}

/* Does s[0..n) hold a word of reporting ("said", "says", "told",
 * "according")?  Front matter does not report; the story does. */
static int has_report_word(const char *s, size_t n)
{
  static const char *const words[] = { "according", "said", "says", "told" };
  return has_word_in(s, n, words, NELEM(words));
}

/* Paragraphs from the top looked at for a time stamp line. */
#define DL_MAX_STAMP_SEARCH 6

/* The end of a bullet or middle dot (U+2022, U+00B7) after the writer's
 * name opening s[0..n): two to four capitalized words before it; else 0. */
static size_t bullet_after_name(const char *s, size_t n)
{
  size_t i, words = 0, b;
  for (i = 0; i < n && i < DL_MAX_BARE_BYLINE; i++) {
    unsigned char c = (unsigned char)s[i];
    b = dl_bullet_len(s + i, n - i);
    if (b) {
      b += i;
      if (words < 2 || words > 4) return 0;
      while (b < n && s[b] == ' ') b++;     /* (the date's first byte) */
      return b < n ? b : 0;
    }
    if (c == ' ') continue;
    if (!DL_IS_ALPHA(c) && c != '-' && c != '.' && c != '\'') return 0;
    if (i == 0 || s[i - 1] == ' ') {
      if (!DL_IS_UPPER(c)) return 0;
      words++;
    }
  }
  return 0;
}

/* Is every capitalized word of s[0..n) outside the expressions of tl a
 * weekday's name ("Mon 4 Mar 2025 06.00 EST": zones and AM are in
 * capitals), or does it open with "By" (a byline's date: "By Ann Lee |
 * March 4, 2025")?  A line with no stamp word must be nothing but its date:
 * "Remembering September 11, 2001", "Jan 3 2024 Arsenal 2 Chelsea 1" (a
 * headline, a table's row) pass dl_is_stamp but date no article. */
static int only_date_words(const char *s, size_t n, const dl_timex_list *tl)
{
  size_t i = 0, k = 0, j;
  /* a byline's date after the name and a bullet ("Min-ji Park \u2022 4
   * June 2025 \u2022 4 min read"): the words from the bullet on */
  j = bullet_after_name(s, n);
  if (j) i = j;
  if (dl_is_dated_credit(s, n)) return 1;   /* "Selin Kaya | 08.05.2025" */
  while (i < n) {
    while (k < tl->n && tl->items[k].start + tl->items[k].len <= i) k++;
    if (k < tl->n && tl->items[k].start <= i) {
      i = tl->items[k].start + tl->items[k].len;
      continue;
    }
    if (!DL_IS_ALPHA(s[i]) || (i > 0 && DL_IS_ALPHA(s[i - 1]))) { i++; continue; }
    for (j = i; j < n && DL_IS_ALPHA(s[j]); j++) {}
    if (i == 0 && j == 2 && s[0] == 'B' && s[1] == 'y') return 1;   /* a byline's date */
    if (DL_IS_UPPER(s[i]) && j - i >= 2 && DL_IS_LOWER(s[i + 1])
        && !dl_weekday_from_name(s + i, j - i))
      return 0;
    i = j;
  }
  return 1;
}

/* The full date of time stamp paragraph p ("Published 19 February 2022",
 * "Updated 4:20 PM EST, March 4, 2025", "Tuesday 4 March 2025 10.05
 * GMT") into *out: the first expression with a year, a month and a day.
 * 0 when it has none (or no memory: a stamp is an extra, never a failure
 * of the parse).  A line with no stamp word counts only in the front
 * matter (front: up to the first body paragraph, or boilerplate): a date
 * on a line of its own further down is a timeline's entry. */
/* Does s[0..n) (a stamp's label: the text before its date) say the date
 * is the publication's ("First published:", "Posted")? */
static int label_published(const char *s, size_t n)
{
  size_t i;
  for (i = 0; i + 5 <= n; i++)
    if (dl_word_eq(s + i, 5, "ublis") || dl_word_eq(s + i, 5, "osted")) return 1;
  return 0;
}

static int stamp_day(const char *text, const dl_para *p, int front, dl_date *out)
{
  dl_timex_list tl;
  size_t i, from = 0;
  int found = 0, keyed;
  if (!dl_is_stamp(text + p->start, p->len, &keyed)) return 0;
  dl_timex_list_init(&tl);
  if (dl_timex_scan(text + p->start, p->len, NULL, &tl) == DL_OK
      && (keyed || (front && only_date_words(text + p->start, p->len, &tl)))) {
    /* the first full date; a later one labelled as the publication's
     * ("Updated: 5 Jun ... First published: 4 Jun ...") over it */
    for (i = 0; i < tl.n; i++) {
      const char *v = tl.items[i].value;
      int k, digits = 1, pub;
      size_t lab = from;
      dl_date d;
      from = tl.items[i].start + tl.items[i].len;
      for (k = 0; k < 10 && digits; k++)
        digits = (k == 4 || k == 7) ? v[k] == '-' : DL_IS_DIGIT(v[k]);
      if (!digits || (v[10] != '\0' && v[10] != 'T')) continue;
      pub = tl.items[i].start > lab
            && label_published(text + p->start + lab, tl.items[i].start - lab);
      if (found && !pub) continue;
      memset(&d, 0, sizeof d);
      d.year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
      d.month = (v[5] - '0') * 10 + (v[6] - '0');
      d.day = (v[8] - '0') * 10 + (v[9] - '0');
      d.hour = d.min = d.sec = -1;
      if (d.year < 1 || !dl_valid_date(d.year, d.month, d.day)) continue;
      *out = d;
      if (found || pub) { found = 1; break; }
      found = 1;
    }
  }
  dl_timex_list_free(&tl);
  return found;
}

/* Can paragraph p be front matter above a dateline: a time stamp, or a
 * standfirst (short, at most two lines, and either with no full stop at
 * its end or not a report: one sentence with no "said")?  A lead
 * paragraph above a later dateline stays story. */
static int is_front_matter(const char *text, const dl_para *p)
{
  const char *s = text + p->start, *nl, *dot;
  size_t n = p->len, e = n;
  if (dl_is_stamp(s, n, NULL)) return 1;
  if (n > DL_MAX_FRONT_BYTES) return 0;
  nl = (const char *)memchr(s, '\n', n);
  if (nl && memchr(nl + 1, '\n', (size_t)(s + n - nl - 1))) return 0;
  while (e > 0 && (DL_IS_SPACE(s[e - 1]) || s[e - 1] == '"' || s[e - 1] == '\'')) e--;
  if (e > 0 && s[e - 1] != '.' && s[e - 1] != '!' && s[e - 1] != '?'
      && (unsigned char)s[e - 1] < 0x80)
    return 1;   /* a deck: no sentence ends it */
  if (has_report_word(s, n)) return 0;
  /* two sentences: a full stop inside, followed by a space and a capital */
  for (dot = s; (dot = (const char *)memchr(dot, '.', (size_t)(s + n - dot))) != NULL; dot++)
    if (dot + 2 < s + n && dot[1] == ' ' && DL_IS_UPPER(dot[2]) && dot - s >= 2
        && DL_IS_LOWER(dot[-1]) && DL_IS_LOWER(dot[-2]))
      return 0;
  return 1;
}

/* "Jane Doe Health policy editor", "Jane Doe in Paris": a short line of
 * words opening with a capital, without digits, quotes or a sentence end,
 * in a name's shape: a known given name first, or two capitalized words
 * and a lower-case word of four or more letters later (a role: "Mairi
 * Ross Scotland reporter"), which a title-case subtitle ("Prices Rise
 * Again") never has.  Only read as a byline directly over a time stamp at
 * the top. */
static int is_bare_byline(const char *s, size_t n)
{
  size_t i, words = 0, caps = 0, ws = 0;
  int given = 0, role = 0;
  if (n == 0 || n > DL_MAX_BARE_BYLINE || !DL_IS_UPPER(s[0])) return 0;
  for (i = 0; i <= n; i++) {
    unsigned char c = i < n ? (unsigned char)s[i] : ' ';
    if (DL_IS_DIGIT(c) || c == '"' || c == '\n' || c == '.' || c == '!'
        || c == '?' || c == ':') return 0;
    if (c != ' ') continue;
    if (i > ws) {
      size_t j = ws;
      if (++words > DL_MAX_BARE_BYLINE_WORDS) return 0;
      if (words == 1) given = dl_given_name_find(s + ws, i - ws) != NULL;
      if (DL_IS_UPPER(s[ws]) && words == caps + 1) caps++;
      while (j < i && DL_IS_LOWER(s[j])) j++;
      if (words > 2 && j == i && i - ws >= 4) role = 1;
    }
    ws = i + 1;
  }
  return given || (caps >= 2 && role);
}

/* Last words of an agency's name ("The Canadian Press", "Associated
 * Press", "Anadolu Agency", "Staff and agencies"); lower case.  Not
 * "news": a section label ("World News") stands there too. */
static const char *const CREDIT_TAIL[] = {
  "agencies", "agency", "newswire", "press", "wire", "wires"
};

static int credit_tail(const char *s, size_t n)
{
  return dl_word_in(s, n, CREDIT_TAIL, NELEM(CREDIT_TAIL));
}

/* A credit line over a wire story, naming the agency alone, with no "By"
 * ("The Canadian Press", "Associated Press", "AFP", "Staff and
 * agencies"): up to DL_MAX_CREDIT_WORDS words, no digits or sentence
 * punctuation, each capitalized but "and", "of" and the words of
 * CREDIT_TAIL, ending with a known agency's name or a word of
 * CREDIT_TAIL. */
#define DL_MAX_CREDIT_WORDS 5
#define DL_MAX_CREDIT_BYTES 60
static int is_agency_credit(const char *s, size_t n)
{
  size_t i, ws = 0, words = 0, last = 0, last_len = 0;
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  if (n == 0 || n > DL_MAX_CREDIT_BYTES || !DL_IS_UPPER(s[0])) return 0;
  if (dl_is_agency_name(s, n)) return 1;
  for (i = 0; i <= n; i++) {
    unsigned char c = i < n ? (unsigned char)s[i] : ' ';
    if (c == ' ') {
      if (i > ws) {
        if (++words > DL_MAX_CREDIT_WORDS) return 0;
        if (!DL_IS_UPPER(s[ws]) && !dl_word_eq(s + ws, i - ws, "and")
            && !dl_word_eq(s + ws, i - ws, "of") && !credit_tail(s + ws, i - ws))
          return 0;
        last = ws;
        last_len = i - ws;
      }
      ws = i + 1;
    } else if (!DL_IS_ALPHA(c) && c != '-' && c != '&' && c < 0x80) {
      return 0;
    }
  }
  if (words < 2) return 0;
  return credit_tail(s + last, last_len) || dl_is_agency_name(s + last, last_len);
}

/* Role words of a name's second line ("Nation Correspondent", "Staff
 * Writer", "Bureau Chief"); sorted, lower case. */
static const char *const CREDIT_ROLE[] = {
  "bureau", "columnist", "contributor", "correspondent", "editor", "reporter", "writer"
};

/* A bare byline right over the dateline is a name alone, every word
 * capitalized ("Ngozi Adebayo"), or a name ending with its role ("Ana
 * Ruiz Energy correspondent"): a deck in the same place opens with a given
 * name too but goes on in lower case ("Grace under pressure", "Mark
 * Carney speaks out", "Rose Garden ceremony set"). */
static int name_over_dateline(const char *s, size_t n)
{
  size_t i, ws = 0, last = 0, last_len = 0;
  int all_caps = 1;
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  for (i = 0; i <= n; i++) {
    if (i < n && s[i] != ' ') continue;
    if (i > ws) {
      if (!DL_IS_UPPER(s[ws])) all_caps = 0;
      last = ws;
      last_len = i - ws;
    }
    ws = i + 1;
  }
  return all_caps || dl_word_in(s + last, last_len, CREDIT_ROLE, NELEM(CREDIT_ROLE));
}

/* Does the line s[0..n) name a writer's role or an agency ("Nation
 * Correspondent", "Associated Press")?  A role word counts wherever a run
 * of letters holds it, after a hyphen too ("Senior Co-Editor"). */
static int role_line(const char *s, size_t n)
{
  return is_agency_credit(s, n) || has_word_in(s, n, CREDIT_ROLE, NELEM(CREDIT_ROLE));
}

/* A byline without "By", as Indian, Nigerian, Kenyan and Gulf papers
 * print it: the writer's name or the desk's credit, then ',' '/' or '|'
 * and the outlet, the place or the time ("Rohan Mehta / TNN / Updated:
 * May 6, 2025, 10:41 IST", "Leke Baiyewu, Abuja", "Staff Report, Gulf
 * News"), or a line break and a role line ("Kiprono Langat\nNation
 * Correspondent").  No sentence end closes it; before the separator two
 * to DL_MAX_CREDIT_WORDS capitalized words without digits (not a place's
 * "Lagos, Nigeria", nor a ticker's "Acme/Beta"). */
static int is_name_credit(const char *s, size_t n)
{
  size_t i, words = 0, sep = 0, and_at = 0, bul;
  const char *nl;
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  bul = bullet_after_name(s, n);
  /* after a bullet, only the page's time ("Min-ji Park \u2022 4 June 2025
   * \u2022 4 min read", "Ana Ruiz \u2022 3h ago"; not "Ana Ruiz \u2022 3
   * reasons to go") */
  if (bul && !dl_is_stamp(s + bul, n - bul, NULL) && !dl_is_relative_age(s + bul, n - bul))
    bul = 0;
  if (n == 0 || n > DL_MAX_BARE_BYLINE || !DL_IS_UPPER(s[0])
      || s[n - 1] == '.' || s[n - 1] == '!'
      || s[n - 1] == '?' || s[n - 1] == '"' || (unsigned char)s[n - 1] >= 0x80)
    return 0;
  /* the name over its role or agency ("Kiprono Langat\nNation
   * Correspondent"): the line break is the separator */
  nl = (const char *)memchr(s, '\n', n);
  if (nl) {
    size_t l2 = (size_t)(nl - s) + 1;
    if (memchr(s + l2, '\n', n - l2) || !role_line(s + l2, n - l2)) return 0;
    n = l2;
  }
  for (i = 0; i < n && !sep; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ',' || c == '/' || c == '|' || c == '\n') sep = i;
    else if (bul && dl_bullet_len(s + i, n - i))
      sep = i;                                  /* "Min-ji Park \u2022 ..." */
    else if (c == ' ') continue;
    else if (!DL_IS_ALPHA(c) && c != '.' && c != '-' && c != '\'' && c < 0x80) return 0;
    else if (i > 0 && s[i - 1] == ' ' && words >= 2 && !and_at && i + 4 < n
             && memcmp(s + i, "and ", 4) == 0 && DL_IS_UPPER(s[i + 4])) {
      /* two writers ("Ana Ruiz and Tom Hale | Reuters"): "and" between
       * two names, a capital right after it */
      and_at = i;
      i += 3;
    }
    else if ((i == 0 || s[i - 1] == ' ')
             && (!DL_IS_UPPER(c) || ++words > DL_MAX_CREDIT_WORDS))
      return 0;
  }
  if (!sep || words < 2 || (and_at && words < 4)) return 0;
  /* a place, not a writer, over the page's time ("Sao Paulo | Published
   * 18 October 2025") */
  if (s[sep] != '\n') {
    size_t pe = sep;
    while (pe > 0 && s[pe - 1] == ' ') pe--;
    if (dl_known_place(s, pe)) return 0;
  }
  if (s[sep] == '\n') return 1;
  for (i = sep + 1; i < n && (DL_IS_SPACE(s[i]) || s[i] == '/' || s[i] == '|'); i++) {}
  return i < n;
}

/* Does s[0..n) open with a known given name and another word? */
static int given_first(const char *s, size_t n)
{
  size_t w = 0;
  while (w < n && DL_IS_ALPHA(s[w])) w++;
  return w < n && s[w] == ' ' && dl_given_name_find(s, w) != NULL;
}

/* is_name_credit for a line right under the headline, with no dateline
 * to vouch for it: after a comma the writer's place, a known one ("Leke
 * Baiyewu, Abuja", "Ada Obi, Lagos, Nigeria"), not a deck pairing two
 * things ("Heavy Rain, Strong Winds", "White House, Congress Agree"). */
static int is_name_credit_deck(const char *s, size_t n)
{
  size_t i, a, e;
  if (!is_name_credit(s, n)) return 0;
  for (i = 0; i < n && s[i] != ',' && s[i] != '/' && s[i] != '|' && s[i] != '\n'; i++) {}
  if (i == n || s[i] != ',') return 1;
  for (a = i + 1; a < n && DL_IS_SPACE(s[a]); a++) {}
  for (e = a; e < n && s[e] != ',' && s[e] != '\n'; e++) {}
  while (e > a && DL_IS_SPACE(s[e - 1])) e--;
  if (dl_known_place(s + a, e - a)) return 1;
  /* or two writers, each with a known given name ("Ana Ruiz, Tom Lee") */
  return given_first(s, i) && given_first(s + a, e - a);
}

/* Does the paragraph end as a story's sentence does (a full stop, or a
 * closing quote after one)? */
static int ends_as_sentence(const char *text, const dl_para *p)
{
  size_t e = p->len;
  const char *s = text + p->start;
  while (e > 0 && DL_IS_SPACE(s[e - 1])) e--;
  while (e > 0 && (s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')'
                   || (unsigned char)s[e - 1] >= 0x80)) {
    if ((unsigned char)s[e - 1] == 0xE2) break;
    e--;
  }
  return e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
}

/* Is q a story's first paragraph under a dateline line of its own: body
 * text opening with a capital (or a letter of UTF-8, a quote) and ending
 * a sentence, and no dateline of its own? */
static int story_under(const char *text, const dl_para *q, const dl_date *ref)
{
  unsigned char c = (unsigned char)text[q->start];
  dl_dateline d;
  if (q->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE)) return 0;
  if (!(DL_IS_UPPER(c) || c >= 0x80 || c == '"')) return 0;
  if (!ends_as_sentence(text, q)) return 0;
  return !dl_find_dateline(text, q->start, (size_t)q->start + q->len, ref, &d);
}

/* A text with no dateline that opens with its title, then at most one
 * byline and a date line ("Library extends weekend hours", "June 3,
 * 2025"), each on a line of its own, then the story: the index of the
 * story's first paragraph, else 0.  Not a timeline (another date line
 * among the paragraphs after), nor a sentence over a date. */
#define DL_MAX_TIMELINE_LOOK 4
static size_t title_over_stamp(const char *text, const dl_para *paras, size_t n)
{
  size_t k, stamps = 0, i;
  dl_date d;
  if (n < 3 || (paras[0].flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
      || memchr(text + paras[0].start, '\n', paras[0].len)
      || !is_top_title(text, &paras[0]) || ends_as_sentence(text, &paras[0]))
    return 0;
  for (k = 1; k < n && k <= 2; k++) {
    const dl_para *p = &paras[k];
    if (p->flags & DL_PARA_BYLINE) continue;
    if (p->len > DL_MAX_STAMP_LINE || !stamp_day(text, p, 1, &d)) break;
    stamps++;
  }
  if (stamps != 1 || k >= n || (paras[k].flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE
                                                  | DL_PARA_BOILERPLATE))
      || !ends_as_sentence(text, &paras[k]))
    return 0;
  for (i = k + 1; i < n && i <= k + DL_MAX_TIMELINE_LOOK; i++)
    if (paras[i].len <= DL_MAX_STAMP_LINE && stamp_day(text, &paras[i], 1, &d)) return 0;
  return k;
}

/* A newsletter's top: under the headline a deck (a short line that no
 * sentence end closes: "Why governments are picking winners again"), the
 * writer's bare name, then a time stamp ("Mar 4, 2025").  Returns
 * the index of that stamp, or body when paragraph body does not open such
 * a block.  The deck and the name are no story. */
static size_t deck_top(const char *text, const dl_para *paras, size_t n,
                       size_t body)
{
  const dl_para *p = &paras[body];
  const char *s = text + p->start;
  size_t e = p->len, k;
  /* the cheap tests first: most first paragraphs end with a full stop */
  if (body == 0 || body + 2 >= n || p->len > DL_MAX_FRONT_BYTES
      || !(paras[body - 1].flags & DL_PARA_HEADLINE))
    return body;
  while (e > 0 && DL_IS_SPACE(s[e - 1])) e--;
  if (e == 0 || s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?'
      || s[e - 1] == '"' || s[e - 1] == ':'            /* "The main events:" */
      || (unsigned char)s[e - 1] >= 0x80)
    return body;
  for (k = body + 1; k <= body + 2; k++)
    if (paras[k].flags & (DL_PARA_HEADLINE | DL_PARA_BOILERPLATE)) return body;
  /* the date line, then the name (needed: a deck or a timeline's heading
   * straight over a date line is ambiguous), then the deck itself */
  k = body + 1;
  if (paras[k + 1].len > DL_MAX_STAMP_LINE
      || !dl_is_stamp(text + paras[k + 1].start, paras[k + 1].len, NULL)
      || !((paras[k].flags & DL_PARA_BYLINE)
           || is_bare_byline(text + paras[k].start, paras[k].len)))
    return body;
  if (memchr(s, '\n', p->len) || (p->flags & DL_PARA_BYLINE)
      || dl_is_stamp(s, p->len, NULL) || is_bare_byline(s, p->len))
    return body;                 /* (a name over a stamp is handled apart) */
  return k + 1;
}

static int has_byline(const dl_para *p, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (p[i].flags & DL_PARA_BYLINE) return 1;
  return 0;
}

/* Items of a digest of wire stories past this many keep the date of the
 * last one. */
#define DL_MAX_ITEM_DATELINES 256

/* A digest ("BERLIN, March 3 (Reuters) - ...", then "NAIROBI, March 3
 * (Reuters) - ..." a few paragraphs on): the datelines, with an agency
 * and a day, that open later body paragraphs of an article that opens
 * with one.  Each item's relative dates ("on Tuesday") are its own. */
static dl_status find_items(dl_article *a, const char *text, size_t body,
                            const dl_options *opts)
{
  size_t i;
  const dl_dateline *first = &a->dateline;
  dl_date ref;
  if (!a->has_dateline || !first->agency.len || first->date.month == 0 || first->date.day == 0)
    return DL_OK;
  /* an item's "March 9" takes the year nearest the item before it
   * ("BERLIN, March 3, 2025 (Reuters)" with no reference date given) */
  ref = first->date.year > 0 ? first->date : opts->ref;
  for (i = body + 1; i < a->npara && a->nitems < DL_MAX_ITEM_DATELINES; i++) {
    const dl_para *p = &a->paras[i];
    dl_dateline d;
    if (p->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE)) continue;
    if (!DL_IS_UPPER(text[p->start])) continue;   /* a place opens a dateline */
    if (!dl_find_dateline_need(text, p->start, (size_t)p->start + p->len, &ref,
                               DL_DATELINE_NEED_AGENCY | DL_DATELINE_NEED_DATE, &d)
        || !d.agency.len || d.date.month == 0 || d.date.day == 0 || d.span.start != p->start)
      continue;
    if (dl_grow((void **)&a->items, &a->capitems, a->nitems + 1, sizeof *a->items))
      return DL_ENOMEM;
    a->items[a->nitems++] = d;
    if (d.date.year > 0) ref = d.date;
  }
  return DL_OK;
}

static dl_status article_parse(const char *text, size_t len,
                               const dl_options *opts, dl_article **out);

/* Old Mac files end their lines with a lone CR: the paragraphs, the
 * headline and the dateline are found in a copy where each CR not
 * followed by LF is a LF (the same length, so every position holds for
 * the text as given); CRLF and LF texts are parsed as they are. */
dl_status dl_article_parse(const char *text, size_t len,
                           const dl_options *opts, dl_article **out)
{
  const char *cr;
  char *copy;
  size_t i;
  dl_status st;
  /* (the size cap first: nothing past it is read) */
  if (!text || len > DL_MAX_TEXT) return article_parse(text, len, opts, out);
  cr = (const char *)memchr(text, '\r', len);
  while (cr && (size_t)(cr - text) + 1 < len && cr[1] == '\n')
    cr = (const char *)memchr(cr + 2, '\r', len - (size_t)(cr + 2 - text));
  if (!cr) return article_parse(text, len, opts, out);
  copy = (char *)malloc(len);
  if (!copy) { *out = NULL; return DL_ENOMEM; }
  memcpy(copy, text, len);
  for (i = (size_t)(cr - text); i < len; i++)
    if (copy[i] == '\r' && (i + 1 == len || copy[i + 1] != '\n')) copy[i] = '\n';
  st = article_parse(copy, len, opts, out);
  free(copy);
  return st;
}

static dl_status article_parse(const char *text, size_t len,
                               const dl_options *opts, dl_article **out)
{
  dl_article *a;
  dl_options defaults;
  dl_status st;
  size_t i, body, deck;
  dl_options stamped;

  *out = NULL;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  if (!opts) { dl_options_init(&defaults); opts = &defaults; }
  a = (dl_article *)calloc(1, sizeof *a);
  if (!a) return DL_ENOMEM;

  st = dl_split_paragraphs(text, len, &a->paras, &a->npara);
  if (st != DL_OK) goto fail;
  dl_mark_roles(text, len, a->paras, a->npara);

  /* Without a reference date, a time stamp at the top of a page copied
   * as text is the article's date: the dateline's "July 14" takes its
   * year, and relative dates resolve against it (a_timexes). */
  body = first_body(a->paras, a->npara);
  deck = body < a->npara ? deck_top(text, a->paras, a->npara, body) : body;
  if (opts->ref.year == 0) {
    body = deck;
    for (i = 0; i < a->npara && i < DL_MAX_STAMP_SEARCH && !a->has_stamp; i++)
      a->has_stamp = stamp_day(text, &a->paras[i],
                               i <= body || (a->paras[i].flags & DL_PARA_BOILERPLATE)
                               /* a date alone under the writer's name line
                                * ("Jo Lee, Tokyo", then "July 21, 2025") */
                               || (i == body + 1
                                   && (is_name_credit(text + a->paras[body].start,
                                                      a->paras[body].len)
                                       || is_bare_byline(text + a->paras[body].start,
                                                         a->paras[body].len)))
                               /* the writer's name, a bullet, the date
                                * ("Min-ji Park \u2022 4 June 2025"), under
                                * the headline in its block too */
                               || bullet_after_name(text + a->paras[i].start,
                                                    a->paras[i].len) > 0,
                               &a->stamp);
    if (a->has_stamp) {
      stamped = *opts;
      stamped.ref = a->stamp;
      opts = &stamped;
    }
  }

  /* A short first line that opens with a dateline ("BRUSSELS 1996-08-22",
   * "MILWAUKEE, Wis., March 2- Oper shr 18 cts") is the start of the body,
   * not a headline (under a corpus's marker line too, "-DOCSTART-"). */
  i = 0;
  while (i + 1 < a->npara && (a->paras[i].flags & DL_PARA_BOILERPLATE)) i++;
  if (a->npara > 0 && (a->paras[i].flags & DL_PARA_HEADLINE)
      && dl_find_dateline(text, a->paras[i].start,
                          (size_t)a->paras[i].start + a->paras[i].len,
                          &opts->ref, &a->dateline)) {
    a->paras[i].flags &= ~(uint32_t)DL_PARA_HEADLINE;
    a->has_dateline = 1;
  }

  body = first_body(a->paras, a->npara);
  if (body < a->npara && !a->has_dateline) {
    /* The dateline opens the story.  A web page may put front matter
     * above it: a standfirst, a time stamp ("Updated 4:20 PM EST, March 4,
     * 2025"), the byline.  Those short paragraphs are not the story. */
    size_t j, seen = 0;
    int sentence_above = 0;
    for (j = body; j < a->npara && seen < DL_MAX_FRONT_PARAS; j++) {
      const dl_para *p = &a->paras[j];
      if (p->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
        continue;
      seen++;
      if (dl_find_dateline(text, p->start, (size_t)p->start + p->len,
                           &opts->ref, &a->dateline)) {
        a->has_dateline = 1;
        break;
      }
      /* a city alone on its line in capitals ("ANKARA") over the story's
       * first paragraph is its dateline, under nothing but a title, a
       * deck, a credit or a stamp (not under a lead's sentence) */
      if (j + 1 < a->npara && !sentence_above
          && dl_find_city_line(text, p->start, (size_t)p->start + p->len, &a->dateline)
          && story_under(text, &a->paras[j + 1], &opts->ref)) {
        a->has_dateline = 1;
        break;
      }
      if (!is_front_matter(text, p)) break;
      if (ends_as_sentence(text, p)) sentence_above = 1;
    }
    if (a->has_dateline) {
      size_t front = body;
      int credited = has_byline(a->paras, a->npara);
      for (; body < j; body++) {
        dl_para *p = &a->paras[body];
        if (p->flags & DL_PARA_BYLINE) continue;
        /* an agency's credit line over the dateline, or a writer's name
         * without "By", is the byline of a story that has none ("The
         * Canadian Press", "Rohan Mehta / TNN / Updated: …") */
        if (!credited && (is_agency_credit(text + p->start, p->len)
                          || is_name_credit(text + p->start, p->len)
                          /* a name alone right over the dateline
                           * ("Ngozi Adebayo"): in capitals word by word
                           * or ending with a role, unlike a deck */
                          || (body + 1 == j && is_bare_byline(text + p->start, p->len)
                              && name_over_dateline(text + p->start, p->len)))) {
          p->flags |= DL_PARA_BYLINE;
          credited = 1;
        } else {
          p->flags |= DL_PARA_BOILERPLATE;
        }
      }
      /* nothing above the front matter: its first paragraph is the
       * headline when it has a title's shape */
      if (front == 0 && j > 0 && !(a->paras[0].flags & DL_PARA_BYLINE)
          && is_top_title(text, &a->paras[0])) {
        a->paras[0].flags &= ~(uint32_t)DL_PARA_BOILERPLATE;
        a->paras[0].flags |= DL_PARA_HEADLINE;
      }
      /* the front matter known only now (a date line between the title
       * and the dateline, each on a line of its own with no blank line
       * between): its date is the article's, and gives the dateline's
       * "May 3" its year */
      if (opts->ref.year == 0 && !a->has_stamp) {
        for (i = 0; i < body && i < DL_MAX_STAMP_SEARCH && !a->has_stamp; i++)
          if (a->paras[i].flags & DL_PARA_BOILERPLATE)
            a->has_stamp = stamp_day(text, &a->paras[i], 1, &a->stamp);
        if (a->has_stamp) {
          stamped = *opts;
          stamped.ref = a->stamp;
          opts = &stamped;
          if (a->dateline.date.year == 0 && a->dateline.date.month > 0)
            dl_find_dateline(text, a->paras[body].start,
                             (size_t)a->paras[body].start + a->paras[body].len,
                             &opts->ref, &a->dateline);
        }
      }
    } else {
      /* no dateline: time stamps at the top are still no story, nor is
       * the writer's name line just above one, nor a newsletter's deck
       * over them */
      if (deck > body && deck_top(text, a->paras, a->npara, body) > body)
        a->paras[body++].flags |= DL_PARA_BOILERPLATE;
      else if (body == 0 && (j = title_over_stamp(text, a->paras, a->npara)) > 0) {
        /* the title, its byline and the page's date line each on a line
         * of its own over the story */
        a->paras[0].flags |= DL_PARA_HEADLINE;
        for (body = 1; body < j; body++)
          if (!(a->paras[body].flags & DL_PARA_BYLINE)) {
            a->paras[body].flags |= DL_PARA_BOILERPLATE;
            if (opts->ref.year == 0 && !a->has_stamp
                && (a->has_stamp = stamp_day(text, &a->paras[body], 1, &a->stamp))) {
              stamped = *opts;
              stamped.ref = a->stamp;
              opts = &stamped;
            }
          }
      }
      for (; body < a->npara; body++) {
        const dl_para *p = &a->paras[body];
        if (p->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
          continue;
        if (!dl_is_stamp(text + p->start, p->len, NULL)
            && !dl_is_relative_age(text + p->start, p->len)) {
          const dl_para *q = p + 1;
          if (body + 1 >= a->npara
              || (q->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
              || !dl_is_stamp(text + q->start, q->len, NULL)
              /* the name alone, or over its role ("Helena Marsh\nEnvironment
               * correspondent"): the stamp under it vouches for either */
              || !(is_bare_byline(text + p->start, p->len)
                   || is_name_credit_deck(text + p->start, p->len))) break;
          a->paras[body].flags |= has_byline(a->paras, a->npara)
                                  ? DL_PARA_BOILERPLATE : DL_PARA_BYLINE;
          continue;
        }
        a->paras[body].flags |= DL_PARA_BOILERPLATE;
      }
      /* a writer's name without "By" right under the headline, over the
       * story's first paragraph ("Leke Baiyewu, Abuja") */
      if (body > 0 && body + 1 < a->npara
          && (a->paras[body - 1].flags & DL_PARA_HEADLINE)
          && !has_byline(a->paras, a->npara)
          && !(a->paras[body + 1].flags
               & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
          && is_name_credit_deck(text + a->paras[body].start, a->paras[body].len)
          && ends_as_sentence(text, &a->paras[body + 1]))
        a->paras[body++].flags |= DL_PARA_BYLINE;
    }
  }
  if (a->has_dateline) a->paras[body].flags |= DL_PARA_DATELINE;
  st = find_items(a, text, body, opts);
  if (st != DL_OK) goto fail;
  for (i = body; i < a->npara; i++) {
    dl_para *p = &a->paras[i];
    int keyed;
    if (is_clock_line(text + p->start, p->len))
      p->flags |= DL_PARA_BOILERPLATE;
    /* a page's "Published: 12:30pm, 12 Mar 2025" line below a summary's
     * bullets, past the front matter: a stamp word opens it and nothing
     * but its date follows */
    else if (p->len <= DL_MAX_STAMP_LINE && stamp_opener(text + p->start, p->len)
             && dl_is_stamp(text + p->start, p->len, &keyed) && keyed)
      p->flags |= DL_PARA_BOILERPLATE;
  }
  /* "First published on Tue 4 Mar 2025 07.00 GMT" closing the page */
  for (i = a->npara; i > body + 1; i--) {
    dl_para *p = &a->paras[i - 1];
    int keyed;
    if (p->flags & DL_PARA_BOILERPLATE) continue;
    if (p->len > DL_MAX_STAMP_LINE || !stamp_opener(text + p->start, p->len)
        || !dl_is_stamp(text + p->start, p->len, &keyed) || !keyed) break;
    p->flags |= DL_PARA_BOILERPLATE;
  }

  for (i = 0; i < a->npara; i++) {
    const dl_para *p = &a->paras[i];
    size_t start = p->start, end = (size_t)p->start + p->len;
    if (p->flags & (DL_PARA_HEADLINE | DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
      continue;
    if (p->flags & DL_PARA_DATELINE) {
      /* the body starts after the dateline and the space behind it */
      start = (size_t)a->dateline.span.start + a->dateline.span.len;
      while (start < end) {
        size_t sp = dl_space_len(text + start, end - start);
        if (!sp) break;
        start += sp;
      }
    }
    if (start >= end) continue;
    st = dl_split_sentences(text, start, end, (uint32_t)i, &a->sents,
                            &a->nsent, &a->capsent);
    if (st != DL_OK) goto fail;
  }
  *out = a;
  return DL_OK;

fail:
  dl_article_free(a);
  return st;
}

void dl_article_free(dl_article *a)
{
  if (!a) return;
  free(a->items);
  free(a->paras);
  free(a->sents);
  free(a);
}

size_t dl_article_npara(const dl_article *a) { return a->npara; }
const dl_para *dl_article_paras(const dl_article *a) { return a->paras; }
size_t dl_article_nsentences(const dl_article *a) { return a->nsent; }
const dl_sentence *dl_article_sentences(const dl_article *a) { return a->sents; }

const dl_dateline *dl_article_dateline(const dl_article *a)
{
  return a->has_dateline ? &a->dateline : NULL;
}

const dl_date *dl_article_stamp(const dl_article *a)
{
  return a->has_stamp ? &a->stamp : NULL;
}

const dl_dateline *dl_article_item_datelines(const dl_article *a, size_t *n)
{
  *n = a->nitems;
  return a->items;
}

/* Scan text[s, e) for timexes resolved against ref, appended to out with
 * their offsets in the whole text. */
static dl_status scan_part(const char *text, size_t s, size_t e, const dl_options *o,
                           dl_timex_list *out)
{
  size_t first = out->n, i;
  dl_status st = dl_timex_scan_lang(text + s, e - s, o, out);
  for (i = first; i < out->n; i++) out->items[i].start += (uint32_t)s;
  return st;
}

/* The reference of a dateline's date: the day, no time of day. */
static void day_ref(dl_date *ref, const dl_date *d)
{
  *ref = *d;
  ref->hour = ref->min = ref->sec = -1;
  ref->has_tz = 0;
}

dl_status dl_article_timexes(const dl_article *a, const char *text, size_t len,
                             const dl_options *opts, dl_timex_list *out)
{
  dl_options o = *opts;
  const dl_dateline *d = a->has_dateline ? &a->dateline : NULL;
  size_t k, s = 0;
  dl_status st;
  /* (each part's offsets are moved by its start in 32 bits: a text longer
   * than any the article could be parsed from is refused whole) */
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  /* the article's own date (a.date): a full dateline date, else ref,
   * else a time stamp line's date */
  if (d && d->date.year > 0 && d->date.month > 0 && d->date.day > 0)
    day_ref(&o.ref, &d->date);
  else if (o.ref.year == 0 && a->has_stamp)
    o.ref = a->stamp;
  if (a->nitems == 0) return dl_timex_scan_lang(text, len, &o, out);
  /* a digest: each item from its dateline on against the item's date;
   * the order of numeric dates is the whole text's */
  if (o.dayfirst == DL_DAYFIRST_INFER) o.dayfirst = dl_timex_dayfirst(text, len);
  for (k = 0; k <= a->nitems; k++) {
    size_t e = k < a->nitems ? a->items[k].span.start : len;
    if (e > len) e = len;
    if (e > s && (st = scan_part(text, s, e, &o, out)) != DL_OK) return st;
    if (k < a->nitems) {
      if (a->items[k].date.year > 0) day_ref(&o.ref, &a->items[k].date);
      s = e;
    }
  }
  return DL_OK;
}
