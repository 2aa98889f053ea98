/* ctest.c -- runs the C core's tests without Lua. */
#include "test.h"

int main(void)
{
  dl_test_state ts = {0, 0};
  test_text(&ts);
  test_calendar(&ts);
  test_segment(&ts);
  test_datelines(&ts);
  test_timex(&ts);
  test_article(&ts);
  printf("C core: %d passed, %d failed\n", ts.passed, ts.failed);
  return ts.failed ? 1 : 0;
}
