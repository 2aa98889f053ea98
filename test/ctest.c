/* ctest.c -- runs the C core's tests without Lua. */
#include "test.h"

typedef struct test_module {
  const char *name;
  void (*run)(dl_test_state *ts);
} test_module;

static const test_module modules[] = {
  {"text", test_text}, {"calendar", test_calendar}, {"segment", test_segment},
  {"datelines", test_datelines}, {"timex", test_timex}, {"article", test_article},
  {"entities", test_entities}, {"html", test_html}, {"quotes", test_quotes},
  {"date", test_date}, {"tz", test_tz}, {"i18n", test_i18n},
  {"gaz_auto", test_gaz_auto},
};

int main(void)
{
  dl_test_state ts = {0, 0};
  size_t i;
  for (i = 0; i < sizeof modules / sizeof *modules; i++) {
    dl_test_state m = {0, 0};
    modules[i].run(&m);
    printf("  %-10s %6d passed, %d failed\n", modules[i].name, m.passed, m.failed);
    ts.passed += m.passed;
    ts.failed += m.failed;
  }
  printf("C core: %d passed, %d failed\n", ts.passed, ts.failed);
  return ts.failed ? 1 : 0;
}
