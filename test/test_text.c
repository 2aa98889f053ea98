/* test_text.c -- C tests of csrc/text.c. */
#include "test.h"
#include "text.h"

void test_text(dl_test_state *ts)
{
  size_t adv;
  int i, lower_ok = 1;
  /* dl_lower is DL_LOWER as a table */
  for (i = 0; i < 256; i++)
    if (dl_lower[i] != (unsigned char)DL_LOWER(i)) lower_ok = 0;
  CHECK(ts, lower_ok);
  CHECK(ts, dl_utf8_decode("\xE2\x80\x9C", 3, &adv) == 0x201C && adv == 3);
  CHECK(ts, dl_utf8_decode("\xE2\x80", 2, &adv) == 0xFFFD && adv == 1);
  CHECK(ts, dl_utf8_decode("\xC0\xAF", 2, &adv) == 0xFFFD && adv == 1);
  CHECK(ts, dl_utf8_decode("\xED\xA0\x80", 3, &adv) == 0xFFFD && adv == 1);
  CHECK(ts, dl_utf8_decode("\xF4\x90\x80\x80", 4, &adv) == 0xFFFD);
  CHECK(ts, dl_space_len("\xC2\xA0x", 3) == 2);
  CHECK(ts, dl_space_len("x", 1) == 0);
  CHECK(ts, dl_cp_is_dash(0x2014) && dl_cp_is_quote(0x201D));
  CHECK(ts, dl_word_eq("MArch", 5, "march") && !dl_word_eq("Marc", 4, "march"));
}
