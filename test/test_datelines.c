/* test_datelines.c -- C tests of csrc/datelines.c (dl_find_dateline).
 *
 * Runs every case of spec/fixtures/datelines.txt (the format is described at
 * the top of that file) straight against dl_find_dateline, then a few cases
 * the fixture format cannot express (offsets, caps, NULL arguments). */
#include "test.h"
#include "dateline.h"
#include "datelines.h"

#include <stdio.h>
#include <string.h>

#define FIXTURE "spec/fixtures/datelines.txt"
#define BODY " Officials said the talks would resume next week."
#define LINE_MAX_BYTES 1024
#define MAX_FIELDS 6

/* Replace the two-character escape "\n" with a line break, in place. */
static void unescape(char *s)
{
  char *o = s;
  for (; *s; s++) {
    if (s[0] == '\\' && s[1] == 'n') { *o++ = '\n'; s++; }
    else *o++ = *s;
  }
  *o = '\0';
}

static void span_str(const char *text, dl_span sp, char *buf, size_t cap)
{
  size_t n = sp.len;
  if (n == 0) { strcpy(buf, "-"); return; }
  if (n >= cap) n = cap - 1;
  memcpy(buf, text + sp.start, n);
  buf[n] = '\0';
}

/* Check one fixture case; prints the line number on failure. */
static void run_case(dl_test_state *ts, int lineno, char *input, char *want,
                     const dl_date *ref)
{
  char para[LINE_MAX_BYTES * 2], got[LINE_MAX_BYTES], span_want[LINE_MAX_BYTES];
  char *field[MAX_FIELDS];
  const char *names[MAX_FIELDS] = {"place", "city", "region", "agency",
                                   "date", "span"};
  int nf = 0, found, i;
  size_t n;
  dl_dateline d;

  unescape(input);
  n = strlen(input);
  memcpy(para, input, n + 1);
  if (n == 0 || input[n - 1] != '\n') strcat(para, " ");
  strcat(para, BODY + 1);

  found = dl_find_dateline(para, 0, strlen(para), ref, &d);
  if (strcmp(want, "none") == 0) {
    if (found) {
      ts->failed++;
      span_str(para, d.span, got, sizeof got);
      fprintf(stderr, "%s:%d: want no dateline, got \"%s\"\n", FIXTURE,
              lineno, got);
    } else {
      ts->passed++;
    }
    return;
  }
  /* split the expected fields on " | " */
  field[nf++] = want;
  for (;;) {
    char *bar = strstr(field[nf - 1], " | ");
    if (!bar || nf == MAX_FIELDS) break;
    *bar = '\0';
    field[nf++] = bar + 3;
  }
  if (nf < 5) {
    ts->failed++;
    fprintf(stderr, "%s:%d: malformed case\n", FIXTURE, lineno);
    return;
  }
  if (nf == 5) {   /* the span defaults to the input, trimmed */
    memcpy(span_want, input, n + 1);
    while (n > 0 && (span_want[n - 1] == ' ' || span_want[n - 1] == '\n'))
      span_want[--n] = '\0';
    field[nf++] = span_want;
  } else {
    unescape(field[5]);
  }
  if (!found) {
    ts->failed++;
    fprintf(stderr, "%s:%d: no dateline found in \"%s\"\n", FIXTURE, lineno,
            input);
    return;
  }
  for (i = 0; i < MAX_FIELDS; i++) {
    switch (i) {
    case 0: span_str(para, d.place, got, sizeof got); break;
    case 1: span_str(para, d.city, got, sizeof got); break;
    case 2: span_str(para, d.region, got, sizeof got); break;
    case 3: span_str(para, d.agency, got, sizeof got); break;
    case 4: strcpy(got, d.iso[0] ? d.iso : "-"); break;
    default:
      if (field[i][0] == '-' && field[i][1] == '\0') strcpy(got, "-");
      else span_str(para, d.span, got, sizeof got);
      break;
    }
    if (strcmp(got, field[i]) == 0) {
      ts->passed++;
    } else {
      ts->failed++;
      fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n", FIXTURE, lineno,
              names[i], got, field[i]);
    }
  }
}

static void run_fixture(dl_test_state *ts)
{
  char line[LINE_MAX_BYTES];
  dl_date ref;
  int lineno = 0, ncases = 0;
  FILE *f = fopen(FIXTURE, "r");
  if (!f) {
    ts->failed++;
    fprintf(stderr, "test_datelines: cannot open %s (run from the repository root)\n",
            FIXTURE);
    return;
  }
  memset(&ref, 0, sizeof ref);
  while (fgets(line, sizeof line, f)) {
    char *arrow;
    size_t n = strlen(line);
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
      line[--n] = '\0';
    if (n == 0 || line[0] == '#') continue;
    if (strncmp(line, "@ref ", 5) == 0) {
      memset(&ref, 0, sizeof ref);
      if (strcmp(line + 5, "-") != 0
          && dl_date_parse_iso(line + 5, n - 5, &ref) != DL_OK) {
        ts->failed++;
        fprintf(stderr, "%s:%d: bad @ref\n", FIXTURE, lineno);
      }
      continue;
    }
    arrow = strstr(line, " \xE2\x86\x92 ");   /* " → " */
    if (!arrow) {
      ts->failed++;
      fprintf(stderr, "%s:%d: no arrow\n", FIXTURE, lineno);
      continue;
    }
    *arrow = '\0';
    run_case(ts, lineno, line, arrow + 5, &ref);
    ncases++;
  }
  fclose(f);
  CHECK(ts, ncases >= 200);
}

static void test_offsets(dl_test_state *ts)
{
  /* a paragraph that starts inside a larger text */
  const char *t = "HEADLINE HERE\n\nPORTLAND, Ore., March 2 - Body text.";
  size_t start = 15;
  dl_dateline d;
  dl_date ref = {1987, 3, 1, -1, -1, -1, 0, 0};
  CHECK(ts, dl_find_dateline(t, start, strlen(t), &ref, &d) == 1);
  CHECK(ts, d.span.start == 15 && d.span.len == 25);
  CHECK(ts, d.place.start == 15 && d.place.len == 14);
  CHECK(ts, d.city.start == 15 && d.city.len == 8);
  CHECK(ts, d.region.start == 25 && d.region.len == 4);
  CHECK(ts, d.agency.len == 0);
  CHECK(ts, d.date.year == 1987 && d.date.month == 3 && d.date.day == 2);
  CHECK(ts, d.date.hour == -1);
  CHECK_STR(ts, d.iso, "1987-03-02");
  /* the paragraph end is respected: no date or separator before it */
  CHECK(ts, dl_find_dateline(t, start, start + 21, &ref, &d) == 0);
  CHECK(ts, d.span.len == 0 && d.iso[0] == '\0');
}

static void test_edges(dl_test_state *ts)
{
  dl_dateline d;
  char big[600];
  const char *t;
  dl_date ref = {1987, 2, 26, -1, -1, -1, 0, 0};
  /* NULL ref and empty input */
  t = "LONDON, Feb 26 - Body.";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), NULL, &d) == 1);
  CHECK_STR(ts, d.iso, "XXXX-02-26");
  CHECK(ts, d.date.year == 0 && d.date.month == 2 && d.date.day == 26);
  CHECK(ts, dl_find_dateline(t, 0, 0, &ref, &d) == 0);
  CHECK(ts, dl_find_dateline(t, 5, 5, &ref, &d) == 0);
  /* no date: month 0, iso "" */
  t = "LONDON — Body.";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 1);
  CHECK(ts, d.date.month == 0 && d.iso[0] == '\0');
  /* impossible days are not dates, and such an opening is no dateline */
  t = "LONDON, Feb 30 - Body.";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 0);
  t = "LONDON, Sept 31, 2023 - Body.";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 0);
  t = "LONDON, Feb 29, 2023 - Body.";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 0);
  /* a bad reference date is ignored */
  {
    dl_date bad = {1987, 13, 40, -1, -1, -1, 0, 0};
    t = "LONDON, Feb 26 - Body.";
    CHECK(ts, dl_find_dateline(t, 0, strlen(t), &bad, &d) == 1);
    CHECK_STR(ts, d.iso, "XXXX-02-26");
  }
  /* the scan is capped: a separator far away is not seen */
  memset(big, 'A', sizeof big);
  memcpy(big, "LONDON ", 7);
  memcpy(big + 500, " - x", 4);
  CHECK(ts, dl_find_dateline(big, 0, sizeof big, &ref, &d) == 0);
  /* a long run of capitals is not a place */
  memset(big, 0, sizeof big);
  strcpy(big, "AAA BBB CCC DDD EEE FFF - Body.");
  CHECK(ts, dl_find_dateline(big, 0, strlen(big), &ref, &d) == 0);
  /* invalid UTF-8 never crashes and is not a letter */
  t = "\xC3 LONDON - x";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 0);
  t = "LON\xFF\xFE - x";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 0);
  /* truncated in the middle of a UTF-8 dash */
  t = "LONDON \xE2\x80\x94 x";
  CHECK(ts, dl_find_dateline(t, 0, 8, &ref, &d) == 0);
  CHECK(ts, dl_find_dateline(t, 0, 10, &ref, &d) == 1);
  CHECK(ts, d.span.len == 10);
}

/* dl_find_dateline_need: a digest item's opening needs an agency and a
 * date, a dateline line a date; a mixed-case city with neither ("Cape
 * Town - ...") is left to dl_find_dateline, which alone looks it up in
 * the city table. */
static void test_need(dl_test_state *ts)
{
  dl_dateline d;
  dl_date ref = {2025, 3, 4, -1, -1, -1, 0, 0};
  const unsigned wire = DL_DATELINE_NEED_AGENCY | DL_DATELINE_NEED_DATE;
  const char *t = "Cape Town - Eskom has warned that power cuts will go on this week.";
  CHECK(ts, dl_find_dateline(t, 0, strlen(t), &ref, &d) == 1);
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, wire, &d) == 0);
  CHECK(ts, d.span.len == 0);
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, DL_DATELINE_NEED_DATE, &d) == 0);
  t = "LONDON - The talks went on.";
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, DL_DATELINE_NEED_AGENCY, &d) == 0);
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, 0, &d) == 1);
  t = "NAIROBI, March 3 (Reuters) - Kenya will vote on Tuesday.";
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, wire, &d) == 1);
  CHECK(ts, d.agency.len == 7 && d.date.month == 3 && d.date.day == 3);
  t = "(ANSA) - ROME, MAR 4 - The vote was put off.";
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, wire, &d) == 1);
  CHECK(ts, d.agency.len == 4 && d.city.len == 4 && d.date.day == 4);
  t = "(ANSA) - ROME - The vote was put off.";
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), &ref, wire, &d) == 0);
  t = "ROME 1996-12-06";
  CHECK(ts, dl_find_dateline_need(t, 0, strlen(t), NULL, DL_DATELINE_NEED_DATE, &d) == 1);
  CHECK(ts, d.date.year == 1996 && d.date.day == 6);
}

/* dl_known_place: any case, every name of a seed, whole names only */
static void test_known_place(dl_test_state *ts)
{
  CHECK(ts, dl_known_place("Paris", 5) == 1);
  CHECK(ts, dl_known_place("PARIS", 5) == 1);
  CHECK(ts, dl_known_place("paris", 5) == 1);
  CHECK(ts, dl_known_place("Texas", 5) == 1);          /* a subdivision */
  CHECK(ts, dl_known_place("UAE", 3) == 1);            /* a country's second name */
  CHECK(ts, dl_known_place("CAPE TOWN", 9) == 1);
  CHECK(ts, dl_known_place("Pari", 4) == 0);
  CHECK(ts, dl_known_place("Pariss", 6) == 0);
  CHECK(ts, dl_known_place("Zzzq", 4) == 0);
  CHECK(ts, dl_known_place("", 0) == 0);
  CHECK(ts, dl_known_place("\377\377", 2) == 0);
  CHECK(ts, dl_known_place("Paris|Texas", 5) == 1);    /* only n bytes are read */
}

/* A city alone on its line: capitals of a known city, nothing before the
 * span read (a line opening with a space is none). */
static void test_city_line(dl_test_state *ts)
{
  dl_dateline d;
  CHECK(ts, dl_find_city_line("ANKARA\n", 0, 7, &d) == 1 && d.city.start == 0 && d.city.len == 6);
  CHECK(ts, dl_find_city_line(" ANKARA", 0, 7, &d) == 0);
  CHECK(ts, dl_find_city_line("Ankara", 0, 6, &d) == 0);
  CHECK(ts, dl_find_city_line("ANKARA, May 3", 0, 13, &d) == 0);
}

void test_datelines(dl_test_state *ts)
{
  run_fixture(ts);
  test_offsets(ts);
  test_edges(ts);
  test_need(ts);
  test_known_place(ts);
  test_city_line(ts);
}
