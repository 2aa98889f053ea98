/* test.h -- the C core's own small test harness (no Lua needed). */
#ifndef DL_TEST_H
#define DL_TEST_H

#include <stdio.h>
#include <string.h>

typedef struct dl_test_state { int passed, failed; } dl_test_state;

#define CHECK(ts, cond) do { \
    if (cond) (ts)->passed++; \
    else { (ts)->failed++; \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
  } while (0)

#define CHECK_STR(ts, got, want) do { \
    const char *g_ = (got), *w_ = (want); \
    if (g_ && w_ && strcmp(g_, w_) == 0) (ts)->passed++; \
    else { (ts)->failed++; \
      fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
              g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
  } while (0)

/* One function per module, each in test/test_<module>.c. */
void test_text(dl_test_state *ts);
void test_calendar(dl_test_state *ts);
void test_segment(dl_test_state *ts);
void test_datelines(dl_test_state *ts);
void test_timex(dl_test_state *ts);
void test_article(dl_test_state *ts);
void test_entities(dl_test_state *ts);
void test_html(dl_test_state *ts);
void test_quotes(dl_test_state *ts);
void test_date(dl_test_state *ts);   /* Date values */
void test_tz(dl_test_state *ts);
void test_i18n(dl_test_state *ts);
void test_gaz_auto(dl_test_state *ts);   /* the committed automaton */

#endif
