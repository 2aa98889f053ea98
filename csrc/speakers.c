/*
 * speakers.c -- the merged entity that speaks each quotation.
 *
 * quotes.c finds a quote's speaker as a mention in the text (its name,
 * "he", "the minister", resolved to the name it stands for); entities.c
 * merges the mentions of one actor into one entity.  This joins the two:
 * the entity whose mention the resolved name is, checked so that a name
 * inside a longer one or an acronym that the entities merged on a guess
 * does not hand the quote to another organization, and with two repairs
 * for surnames that several people share.  Plain C, no allocation: a C
 * program gets the same speakers as the Lua API.
 */
#include <string.h>

#include "dateline.h"
#include "gazetteer.h"   /* dl_gazetteer_scan_sink: the short forms a gazetteer lists */

/* Whether the n capitals at a are the initials of name's capitalized
 * words, in order ("OBR" of "Office for Budget Responsibility", "INEC" of
 * "Independent National Electoral Commission"): the acronym stands for
 * that name, not for another organization the entities merged with it.
 * (The same reading of initials as entities.c's initials(), on a name's
 * bytes rather than its tokens.) */
static int initials_of(const char *a, size_t n, const char *name, size_t len)
{
  size_t i = 0, k = 0;
  if (n < 2) return 0;
  for (i = 0; i < n; i++)
    if (a[i] < 'A' || a[i] > 'Z') return 0;
  for (i = 0; i < len; i++) {
    if (i > 0 && name[i - 1] != ' ' && name[i - 1] != '-') continue;
    if (name[i] < 'A' || name[i] > 'Z') continue;   /* "for", "of" */
    if (k >= n || name[i] != a[k]) return 0;
    k++;
  }
  return k == n;
}

/* Is name[0, n) (an entity's canonical name) the text's t[0, n)?  A
 * line break in the text stands for the name's space: a name that
 * hard-wrapped text breaks over two lines is named with a space. */
static int name_is_text(const char *name, const char *t, size_t n)
{
  size_t i;
  if (memcmp(name, t, n) == 0) return 1;
  for (i = 0; i < n && (name[i] == t[i] || (name[i] == ' ' && t[i] == '\n')); i++) {}
  return i == n;
}

/* Does s[0, n) end with a possessive: "'s", "s'" (or with a right
 * single quotation mark)? */
static int poss_end(const char *s, size_t n)
{
  if (n >= 2 && s[n - 1] == 's' && s[n - 2] == '\'') return 1;
  if (n >= 2 && s[n - 1] == '\'' && s[n - 2] == 's') return 1;
  if (n >= 4 && s[n - 1] == 's' && memcmp(s + n - 4, "\xE2\x80\x99", 3) == 0) return 1;
  return n >= 4 && s[n - 4] == 's' && memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0;
}

/* Matches gaz_alias reads at most: a short name has few. */
#define DL_MAX_ALIAS_MATCHES 8

static int alias_no_grow(dl_gaz_sink *sink, size_t need)
{
  (void)sink;
  (void)need;
  return -1;
}

/* Does gazetteer g (NULL: none) list text[sp] as a form of the
 * organization org, by name ("Fed" for "Federal Reserve")?  Then the
 * entities merged the two because the gazetteer says so, not on a guess
 * (an acronym or a word inside a longer name), and the short form speaks
 * for the organization. */
static int gaz_alias(const dl_gazetteer *g, const char *text, dl_span sp, const dl_entity *org)
{
  dl_gaz_match buf[DL_MAX_ALIAS_MATCHES];
  dl_gaz_sink sink;
  size_t k;
  if (!g || !sp.len) return 0;
  sink.m = buf;
  sink.n = 0;
  sink.cap = DL_MAX_ALIAS_MATCHES;
  sink.grow = alias_no_grow;
  sink.ud = NULL;
  if (dl_gazetteer_scan_sink(g, text, sp.start, (size_t)sp.start + sp.len, &sink) != DL_OK) return 0;
  for (k = 0; k < sink.n; k++) {
    const dl_gaz_entry *x;
    if (buf[k].start != sp.start || buf[k].len != sp.len) continue;
    x = dl_gazetteer_entry(g, buf[k].entry);
    if (x && x->type == DL_ENT_ORGANIZATION && x->name_len == org->name_len
        && memcmp(x->name, org->name, org->name_len) == 0)
      return 1;
  }
  return 0;
}

/* The merged entity a speaker's resolved mention belongs to: the last
 * PERSON mention starting before the resolved mention ends, if it reaches
 * into it (mentions do not overlap); else the ORGANIZATION one of whose
 * mentions covers it, when its name begins with the speaker's ("Royal
 * College" inside "Royal College of Nursing").
 * A resolved phrase ending in a lower-case noun is an organization's
 * ("Trump administration", "Chilean army"), never the person in it; a
 * mention with a title (name shorter than resolved: "Deputy Raul Lee")
 * is a person's, never an organization's. */
static const dl_entity *speaker_entity(const dl_entities *e, const char *text, const dl_quote *q,
                                       const dl_gazetteer *g1, const dl_gazetteer *g2)
{
  dl_span r = q->resolved;
  long i;
  const dl_mention *m;
  const dl_entity *org;
  uint32_t w = r.len;
  int lower_noun = 1;   /* a last word with no capital ("army", not "al-Nasser") */
  while (w > 0 && text[r.start + w - 1] != ' ') {
    char ch = text[r.start + --w];
    if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) lower_noun = 0;
  }
  /* a word opening with a letter beyond ASCII was a capital to the
   * scanner ("Šefčovič") */
  if (w < r.len && (unsigned char)text[r.start + w] >= 0xC0)
    lower_noun = 0;
  if (!lower_noun) {
    i = dl_entities_last_person(e, r.start + r.len, 0);
    if (i >= 0) {
      m = &dl_entities_mentions(e)[i];
      if (m->start + m->len > r.start) return dl_entities_get(e, m->entity);
    }
  }
  if (q->name.len != r.len) return NULL;
  i = dl_entities_at(e, r.start, r.len);
  org = i >= 0 ? dl_entities_get(e, (size_t)i) : NULL;
  /* only a fuller form of the name the attribution used ("Drexel" ->
   * "Drexel Burnham Lambert Inc"): an acronym's expansion or a name
   * inside a longer one ("Reuters" in "Thomson Reuters Foundation") may be
   * another organization merged into it; an acronym only for the name it
   * spells */
  if (!org || org->type != DL_ENT_ORGANIZATION) return NULL;
  /* (a one-word short form only: "Doctors Without Borders" stays as
   * written rather than become "Medecins Sans Frontieres") */
  if (q->name.len < org->name_len && !memchr(text + q->name.start, ' ', q->name.len)
      && (gaz_alias(g1, text, q->name, org) || gaz_alias(g2, text, q->name, org)))
    return org;
  if (initials_of(text + q->name.start, q->name.len, org->name, org->name_len)) return org;
  /* "Institute" of "the Women's Institute said": the attribution's name
   * starts after a possessive inside the organization's ("Children's
   * Society", "Workers' Party"), which ends with it */
  if (org->name_len > q->name.len + 3 && r.start >= 3
      && name_is_text(org->name + org->name_len - q->name.len, text + q->name.start, q->name.len)
      && org->name[org->name_len - q->name.len - 1] == ' ' && text[r.start - 1] == ' '
      && poss_end(org->name, org->name_len - q->name.len - 1) && poss_end(text, r.start - 1))
    return org;
  if (org->name_len < q->name.len
      || !name_is_text(org->name, text + q->name.start, q->name.len)
      || (org->name_len > q->name.len && org->name[q->name.len] != ' '))
    return NULL;
  return org;
}

/* How many earlier PERSON mentions surname_person looks back over. */
#define DL_MAX_SURNAME_BACK 32

/* "Financial Secretary Paul Chan Mo-po … "…," Chan said" with a "Chan
 * Hak-kan" named later: a one-word speaker the entities left to no
 * person (a surname two people share) is the latest person named before
 * the quote whose name has that word. */
static const dl_entity *surname_person(const dl_entities *e, const char *text, const dl_quote *q)
{
  dl_span r = q->resolved;
  const dl_mention *ms = dl_entities_mentions(e);
  long i;
  int steps;
  if (r.len < 2 || text[r.start] < 'A' || text[r.start] > 'Z'
      || memchr(text + r.start, ' ', r.len))
    return NULL;
  i = dl_entities_last_person(e, r.start, 0);
  for (steps = 0; i >= 0 && steps < DL_MAX_SURNAME_BACK; steps++, i = ms[i].prev_person) {
    const dl_entity *x = dl_entities_get(e, ms[i].entity);
    const char *n = x->name;
    uint32_t p = 0;
    if (x->type != DL_ENT_PERSON) continue;
    while (p < x->name_len) {   /* each word of the name */
      uint32_t w = p;
      while (w < x->name_len && n[w] != ' ') w++;
      if (w - p == r.len && memcmp(n + p, text + r.start, r.len) == 0) return x;
      p = w + 1;
    }
  }
  return NULL;
}

/* How many entities pronoun_fit may look at per article, all quotes
 * together (it runs only on a pronoun whose person has the other gender:
 * the article's cost stays linear). */
#define DL_MAX_PRONOUN_FIT_SCAN 4096

/* "Megan and Gareth Llewellyn … Llewellyn shrugs. "…," she says": a he or
 * she resolved to a bare surname that the entities gave to a person not
 * known to be of the pronoun's gender is the one person of that surname
 * who is (who otherwise).  *budget counts the entities looked at. */
static const dl_entity *pronoun_fit(const dl_entities *e, const char *text,
                                    const dl_quote *q, const dl_entity *who,
                                    size_t *budget)
{
  dl_span r = q->resolved, p = q->speaker;
  const dl_entity *fit = NULL;
  size_t i, n;
  int g;
  if (!q->via_pronoun || !who || who->type != DL_ENT_PERSON || r.len == 0) return who;
  if (p.len == 2 && (text[p.start] | 0x20) == 'h' && text[p.start + 1] == 'e') g = 1;
  else if (p.len == 3 && (text[p.start] | 0x20) == 's' && text[p.start + 1] == 'h'
           && text[p.start + 2] == 'e') g = 2;
  else return who;
  /* (not a person of unknown gender: "Gavin Roache … Roache is unsure.
   * "…," he said" stays his, whoever else of that surname is a man) */
  if (who->gender == g || !who->gender) return who;
  if (memchr(text + r.start, ' ', r.len)) return who;   /* a surname alone */
  n = dl_entities_count(e);
  for (i = 0; i < n && *budget > 0; i++, (*budget)--) {
    const dl_entity *x = dl_entities_get(e, i);
    if (x == who || x->type != DL_ENT_PERSON || x->gender != g || x->name_len <= r.len
        || x->name[x->name_len - r.len - 1] != ' '
        || memcmp(x->name + x->name_len - r.len, text + r.start, r.len) != 0)
      continue;
    if (fit) return who;   /* two of them: no way to tell */
    fit = x;
  }
  return fit ? fit : who;
}

void dl_quotes_speakers(const dl_quote_list *ql, const dl_entities *e, const char *text,
                        const dl_gazetteer *builtin, const dl_gazetteer *user,
                        const dl_entity **who)
{
  size_t i, fit_budget = DL_MAX_PRONOUN_FIT_SCAN;   /* for the whole article */
  for (i = 0; i < ql->n; i++) {
    const dl_quote *q = &ql->items[i];
    const dl_entity *w = NULL;
    if (q->resolved.len && e) {
      w = speaker_entity(e, text, q, builtin, user);
      if (w) w = pronoun_fit(e, text, q, w, &fit_budget);
      if (!w || w->type != DL_ENT_PERSON) {
        const dl_entity *sp = surname_person(e, text, q);
        if (sp) w = sp;
      }
    }
    who[i] = w;
  }
}
