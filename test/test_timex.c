/* test_timex.c -- C tests of csrc/timex.c and csrc/normalize.c. */
#include <string.h>
#include "test.h"
#include "dateline.h"
#include "timex.h"
#include "normalize.h"

/* Scan text with ref (NULL: none); the k-th timex, or NULL. */
static const dl_timex *nth(dl_timex_list *l, const char *text, const char *ref, size_t k)
{
  dl_options o;
  dl_options_init(&o);
  if (ref) dl_date_parse_iso(ref, strlen(ref), &o.ref);
  dl_timex_list_free(l);
  dl_timex_list_init(l);
  if (dl_timex_scan(text, strlen(text), &o, l) != DL_OK) return NULL;
  return k < l->n ? &l->items[k] : NULL;
}

static void check_one(dl_test_state *ts, const char *text, const char *ref,
                      const char *span, const char *type, const char *value)
{
  dl_timex_list l;
  const dl_timex *x;
  char buf[128];
  dl_timex_list_init(&l);
  x = nth(&l, text, ref, 0);
  CHECK(ts, x != NULL);
  if (x) {
    size_t n = x->len < sizeof buf - 1 ? x->len : sizeof buf - 1;
    memcpy(buf, text + x->start, n);
    buf[n] = '\0';
    CHECK_STR(ts, buf, span);
    CHECK_STR(ts, dl_timex_type_name(x->type), type);
    CHECK_STR(ts, x->value, value);
  }
  dl_timex_list_free(&l);
}

void test_timex(dl_test_state *ts)
{
  dl_timex_list l;
  dl_tv v;
  char buf[DL_TIMEX_VALUE_MAX];

  /* tokenizer: a word the fast path gives up on (an apostrophe after
   * seven letters) and that is then too long for the lexicon has no
   * category, whatever its first letters spell */
  {
    static scan sc;
    static const char w[] = "Mondays'extraordinarily long day";
    size_t pos = 0;
    int nt;
    sc.text = w;
    sc.len = sizeof w - 1;
    sc.avail = sc.len;
    nt = dl_timex_tokenize(&sc, &pos);
    /* "long" is folded into the run the first word starts */
    CHECK(ts, nt == 2 && sc.t[0].n == 23 && sc.t[0].cat == LEX_NONE && sc.t[0].w == 0);
    CHECK(ts, nt == 2 && sc.t[1].cat == LEX_UNIT && sc.c[0] == 1 && sc.nc == 1);
  }

  /* lexicon (and the word ids the grammar compares) */
  CHECK(ts, dl_lex_lookup("Period", 6) && dl_lex_lookup("Period", 6)->cat == LEX_NONE);
  CHECK(ts, dl_lex_lookup("October", 7) && dl_lex_lookup("October", 7)->cat == LEX_MONTH);
  CHECK(ts, dl_lex_lookup("SEPT", 4) && dl_lex_lookup("SEPT", 4)->val == 9);
  CHECK(ts, dl_lex_lookup("house", 5) == NULL);
  CHECK(ts, dl_lex_lookup("", 0) == NULL);

  /* value strings */
  dl_tv_day(&v, 1989, 8, 15);
  dl_tv_coarsen(&v, TG_QUART);
  dl_tv_format(&v, buf, sizeof buf);
  CHECK_STR(ts, buf, "1989-Q3");
  dl_tv_day(&v, 1998, 2, 27);
  dl_tv_coarsen(&v, TG_WEEK);
  dl_tv_format(&v, buf, sizeof buf);
  CHECK_STR(ts, buf, "1998-W09");
  dl_tv_day(&v, 0, 10, 22);
  dl_tv_format(&v, buf, sizeof buf);
  CHECK_STR(ts, buf, "XXXX-10-22");
  dl_dur_format(3, 0, U_DAY, buf, sizeof buf);
  CHECK_STR(ts, buf, "P3D");
  dl_dur_format(2, 0, U_HOUR, buf, sizeof buf);
  CHECK_STR(ts, buf, "PT2H");
  dl_dur_format(1, 0, U_DECADE, buf, sizeof buf);
  CHECK_STR(ts, buf, "P10Y");
  dl_dur_format(-1, 0, U_YEAR, buf, sizeof buf);
  CHECK_STR(ts, buf, "PXY");

  /* the seeds' expressions, in sentences of our own */
  check_one(ts, "They met on the afternoon of October 22 in Kazan.", "2024-10-22",
            "the afternoon of October 22", "TIME", "2024-10-22TAF");
  check_one(ts, "Approximately 400 years ago a fort stood here.", "2024-10-22",
            "Approximately 400 years ago", "DATE", "1624");
  check_one(ts, "Over the past 75 years the town grew.", "2024-10-22",
            "the past 75 years", "DURATION", "P75Y");
  check_one(ts, "Signed on 22 March 2023 in Moscow.", "2023-03-22",
            "22 March 2023", "DATE", "2023-03-22");
  check_one(ts, "The plan runs until 2030.", "2023-03-22", "2030", "DATE", "2030");
  check_one(ts, "The vote was held Tuesday.", NULL, "Tuesday", "DATE", "XXXX-WXX-2");
  check_one(ts, "He said the quake struck at 3:15 p.m. EST.", "1998-02-27",
            "3:15 p.m. EST", "TIME", "1998-02-27T15:15-05");
  check_one(ts, "Sales rose in the fourth quarter.", "1998-02-27",
            "the fourth quarter", "DATE", "1997-Q4");
  check_one(ts, "They meet every Monday.", "1998-02-27", "every Monday", "SET", "XXXX-WXX-1");
  /* direction from the sentence: intentions point ahead, an adjective in
   * -ed is no past tense, a past event verb right before a month wins */
  check_one(ts, "The talks are set to resume Monday.", "2024-10-22", "Monday", "DATE", "2024-10-28");
  check_one(ts, "The hastily planned trip began Sunday.", "2024-10-22", "Sunday", "DATE", "2024-10-20");
  check_one(ts, "The bill passed in November.", "2024-10-22", "November", "DATE", "2023-11");
  check_one(ts, "The split is payable Dec. 1 to holders.", "1989-10-26", "Dec. 1", "DATE", "1989-12-01");
  check_one(ts, "It was effective Feb. 1.", "1989-10-26", "Feb. 1", "DATE", "1990-02-01");
  /* rates and ages are not timexes; the apostrophe is part of '80s */
  {
    dl_timex_list l2;
    dl_timex_list_init(&l2);
    CHECK(ts, nth(&l2, "It saves $5 million a year; he is 52 years old.", "2024-10-22", 0) == NULL);
    dl_timex_list_free(&l2);
  }
  check_one(ts, "Prices rose in the '80s.", "2024-10-22", "'80s", "DATE", "198");
  check_one(ts, "It shrank in recent months.", "2024-10-22", "recent months", "DURATION", "PXM");
  check_one(ts, "He was arrested last Oct. 23 at home.", "1999-04-19", "last Oct. 23", "DATE", "1998-10-23");
  /* an initial folded into a run of ordinary words does not end the
   * sentence: the verb before it still decides the direction */
  check_one(ts, "She will replace Robert J. Sampson Feb. 1, the bank said.", "1989-10-26",
            "Feb. 1", "DATE", "1990-02-01");
  check_one(ts, "The plant will open under plan B. On Tuesday it was closed.", "2024-10-23",
            "Tuesday", "DATE", "2024-10-22");

  /* wire-copy shorthands: an ISO date-time is one TIME, the Q of Q3 is
   * inside the span, a scheduled event in the present looks ahead */
  check_one(ts, "Updated 2023-08-09T14:30:00Z by the desk.", "2023-08-09",
            "2023-08-09T14:30:00Z", "TIME", "2023-08-09T14:30:00Z");
  check_one(ts, "The firm posted Q3 revenue of $12.3 billion.", "2025-05-02", "Q3", "DATE", "2024-Q3");
  check_one(ts, "The tournament starts Thursday in Moscow.", "2018-06-12", "Thursday", "DATE", "2018-06-14");
  check_one(ts, "Police were called at 11.45pm on Wednesday.", "2025-05-02",
            "11.45pm", "TIME", "2025-04-30T23:45");

  /* no false positives */
  dl_timex_list_init(&l);
  CHECK(ts, nth(&l, "They may march on the capital.", "2024-10-22", 0) == NULL);
  CHECK(ts, nth(&l, "He seeks a second term.", "2024-10-22", 0) == NULL);
  CHECK(ts, nth(&l, "Mr. Sunday spoke; the score was 5-3; id 379480.", "2024-10-22", 0) == NULL);
  CHECK(ts, nth(&l, "Profit was 100 mln dlrs, up 12.5 pct, at $1,987.", "2024-10-22", 0) == NULL);

  /* a range of days: two dates, the second at its own bytes */
  {
    static const char txt[] = "Talks run Oct. 28-29, 2025, in Baku.";
    const dl_timex *x = nth(&l, txt, "2024-10-22", 1);
    CHECK(ts, l.n == 2 && x && x->start == 18 && x->len == 8 && strcmp(x->value, "2025-10-29") == 0);
    x = nth(&l, txt, "2024-10-22", 0);
    CHECK(ts, x && x->start == 10 && x->len == 7 && strcmp(x->value, "2025-10-28") == 0);
  }

  /* "the week to Friday's report": the day's report, no week up to it */
  {
    const dl_timex *x = nth(&l, "Traders looked past the week to Friday's jobs report.", "2025-03-14", 0);
    CHECK(ts, l.n == 1 && x && x->len == 6 && strcmp(x->value, "2025-03-14") == 0);
    x = nth(&l, "Claims fell in the week to Friday, data showed.", "2025-03-14", 0);
    CHECK(ts, l.n == 2 && x && x->len == 8 && strcmp(x->value, "2025-W11") == 0);
  }

  /* sets carry freq and quant */
  {
    const dl_timex *x = nth(&l, "She calls twice a week.", "2024-10-22", 0);
    CHECK(ts, x && strcmp(x->freq, "2X") == 0 && strcmp(x->value, "P1W") == 0);
    x = nth(&l, "She calls every day.", "2024-10-22", 0);
    CHECK(ts, x && strcmp(x->quant, "EACH") == 0);
  }

  /* adversarial input stays in bounds */
  {
    static const char junk[] = "1/1/1/1/1/1 ::::: 12:12:12:12 -- 'Oct. 99, 12345 \xe2\x80\x94 \xff\xfe Jan.";
    const dl_timex *x;
    size_t i;
    nth(&l, junk, "2024-10-22", 0);
    for (i = 0; i < l.n; i++) {
      x = &l.items[i];
      CHECK(ts, x->start + x->len <= sizeof junk - 1);
    }
  }
  dl_timex_list_free(&l);

  CHECK_STR(ts, dl_timex_mod_name(DL_MOD_APPROX), "APPROX");
  CHECK_STR(ts, dl_timex_mod_name(DL_MOD_NONE), "");
  CHECK_STR(ts, dl_timex_type_name(DL_TIMEX_SET), "SET");
}
