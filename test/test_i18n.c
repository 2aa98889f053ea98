/* test_i18n.c -- dates in ru/zh/de/fr/es text, the language guesser,
 * and the merge with the English recognizer (i18n.c). */
#include <string.h>

#include "test.h"
#include "dateline.h"
#include "i18n.h"

typedef struct i18n_case {
  int lang;
  const char *text;
  const char *want;     /* the expression's text */
  const char *value;
} i18n_case;

static const i18n_case cases[] = {
  {DL_LANG_RU, "Встреча прошла 22 марта 2023 года в Казани.", "22 марта 2023 года", "2023-03-22"},
  {DL_LANG_RU, "Он приехал вчера.", "вчера", "2024-10-21"},
  {DL_LANG_RU, "Цены выросли в прошлом году.", "прошлом году", "2023"},
  {DL_LANG_RU, "Это случилось три дня назад.", "три дня назад", "2024-10-19"},
  {DL_LANG_RU, "Заседание на следующей неделе.", "следующей неделе", "2024-W44"},
  {DL_LANG_RU, "Указ подписан в 2021 году.", "2021 году", "2021"},
  {DL_LANG_RU, "Совещание в среду.", "среду", "2024-10-23"},
  {DL_LANG_ZH, "会议于2023年3月22日举行。", "2023年3月22日", "2023-03-22"},
  {DL_LANG_ZH, "他昨天到达北京。", "昨天", "2024-10-21"},
  {DL_LANG_ZH, "上周二发布了报告。", "上周二", "2024-10-15"},
  {DL_LANG_ZH, "去年3月经济回升。", "去年3月", "2023-03"},
  {DL_LANG_ZH, "二〇二三年三月二十二日", "二〇二三年三月二十二日", "2023-03-22"},
  {DL_LANG_ZH, "下个月开始。", "下个月", "2024-11"},
  {DL_LANG_ZH, "三天前发生地震。", "三天前", "2024-10-19"},
  {DL_LANG_DE, "Am 22. März 2023 wurde entschieden.", "22. März 2023", "2023-03-22"},
  {DL_LANG_DE, "Er kam gestern an.", "gestern", "2024-10-21"},
  {DL_LANG_DE, "Das Treffen ist letzte Woche gewesen.", "letzte Woche", "2024-W42"},
  {DL_LANG_DE, "Das war vor drei Tagen.", "vor drei Tagen", "2024-10-19"},
  {DL_LANG_FR, "Il est arrivé le 22 mars 2023 à Paris.", "22 mars 2023", "2023-03-22"},
  {DL_LANG_FR, "Il est parti hier.", "hier", "2024-10-21"},
  {DL_LANG_FR, "Les ventes ont chuté la semaine dernière.", "la semaine dernière", "2024-W42"},
  {DL_LANG_FR, "Le sommet a eu lieu mardi dernier.", "mardi dernier", "2024-10-15"},
  {DL_LANG_FR, "Il y a deux ans, l'usine a fermé.", "Il y a deux ans", "2022"},
  {DL_LANG_ES, "Llegó el 22 de marzo de 2023 a Madrid.", "22 de marzo de 2023", "2023-03-22"},
  {DL_LANG_ES, "Llegó ayer por la tarde.", "ayer", "2024-10-21"},
  {DL_LANG_ES, "Los precios subieron el año pasado.", "el año pasado", "2023"},
  {DL_LANG_ES, "Se reunirán el mes que viene.", "el mes que viene", "2024-11"},
  {DL_LANG_ES, "Salió por la mañana.", NULL, NULL},
  {DL_LANG_DE, "Guten Morgen, Berlin.", NULL, NULL},
};

static void test_scan(dl_test_state *ts)
{
  size_t i, k;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    const i18n_case *c = &cases[i];
    dl_options o;
    dl_timex_list l;
    int found = 0;
    dl_options_init(&o);
    dl_date_parse_iso("2024-10-22", 10, &o.ref);
    dl_timex_list_init(&l);
    CHECK(ts, dl_i18n_scan(c->text, strlen(c->text), &o, c->lang, &l) == DL_OK);
    for (k = 0; k < l.n; k++) {
      const dl_timex *t = &l.items[k];
      if (c->want && t->len == strlen(c->want)
          && memcmp(c->text + t->start, c->want, t->len) == 0) {
        found = 1;
        CHECK_STR(ts, t->value, c->value);
      }
    }
    if (c->want && !found) {
      ts->failed++;
      fprintf(stderr, "test_i18n: \"%s\" not found in \"%s\" (%zu found)\n", c->want, c->text, l.n);
    } else if (!c->want && l.n) {
      ts->failed++;
      fprintf(stderr, "test_i18n: spurious timex in \"%s\"\n", c->text);
    } else ts->passed++;
    dl_timex_list_free(&l);
  }
}

static void test_guess(dl_test_state *ts)
{
  CHECK(ts, dl_lang_guess("Встреча прошла вчера", strlen("Встреча прошла вчера")) == DL_LANG_RU);
  CHECK(ts, dl_lang_guess("他昨天到达北京", strlen("他昨天到达北京")) == DL_LANG_ZH);
  CHECK(ts, dl_lang_guess("Der Vertrag wurde gestern unterzeichnet", 39) == DL_LANG_DE);
  CHECK(ts, dl_lang_guess("Le contrat a été signé hier dans la ville", 42) == DL_LANG_FR);
  CHECK(ts, dl_lang_guess("El contrato se firmó ayer en la ciudad", 39) == DL_LANG_ES);
  CHECK(ts, dl_lang_guess("The contract was signed yesterday", 33) == DL_LANG_EN);
  /* names' accents are no French nor Spanish */
  {
    const char *en = "Corrêa met Peña in Brasília. Corrêa said he was pleased.";
    CHECK(ts, dl_lang_guess(en, strlen(en)) == DL_LANG_EN);
  }
  CHECK(ts, dl_lang_guess("Die Straße wurde gestern geöffnet", strlen("Die Straße wurde gestern geöffnet"))
                == DL_LANG_DE);
  CHECK(ts, dl_lang_guess("", 0) == DL_LANG_EN);
  CHECK(ts, dl_lang_parse("ru", 2) == DL_LANG_RU && dl_lang_parse("auto", 4) == DL_LANG_AUTO);
  CHECK(ts, dl_lang_parse("xx", 2) == -1);
  CHECK_STR(ts, dl_lang_name(DL_LANG_ZH), "zh");
}

static void test_tables(dl_test_state *ts)
{
  int lang, v = 0;
  for (lang = DL_LANG_RU; lang <= DL_LANG_ES; lang++)
    if (lang != DL_LANG_ZH) CHECK(ts, dl_i18n_table_sorted(lang));
  CHECK(ts, dl_i18n_lookup(DL_LANG_RU, "марта", strlen("марта"), &v) == IK_MONTH && v == 3);
  CHECK(ts, dl_i18n_lookup(DL_LANG_FR, "août", strlen("août"), &v) == IK_MONTH && v == 8);
  CHECK(ts, dl_i18n_lookup(DL_LANG_DE, "märz", strlen("märz"), &v) == IK_MONTH && v == 3);
  CHECK(ts, dl_i18n_lookup(DL_LANG_ES, "sábado", strlen("sábado"), &v) == IK_WDAY && v == 6);
  CHECK(ts, dl_i18n_lookup(DL_LANG_ES, "nada", 4, &v) == IK_NONE);
}

static void test_merge(dl_test_state *ts)
{
  static const char t[] = "Le 22 mars 2023, puis le 2024-01-05 et hier.";
  dl_options o;
  dl_timex_list l;
  size_t k;
  dl_options_init(&o);
  dl_date_parse_iso("2024-10-22", 10, &o.ref);
  o.lang = DL_LANG_FR;
  dl_timex_list_init(&l);
  CHECK(ts, dl_timex_scan_lang(t, strlen(t), &o, &l) == DL_OK);
  CHECK(ts, l.n == 3);
  for (k = 1; k < l.n; k++) CHECK(ts, l.items[k - 1].start + l.items[k - 1].len <= l.items[k].start);
  if (l.n == 3) {
    CHECK_STR(ts, l.items[0].value, "2023-03-22");
    CHECK_STR(ts, l.items[1].value, "2024-01-05");
    CHECK_STR(ts, l.items[2].value, "2024-10-21");
  }
  dl_timex_list_free(&l);
}

/* Random bytes in every language: spans inside the text, in order. */
static void test_garbage(dl_test_state *ts)
{
  static const char *const pieces[] = {
    "22", " ", "марта", "2023", "года", "年", "月", "日", "上周", "二", "十", ".",
    "de", "mars", "hier", "l'", "il y a", "\xff", "\xe5\xb9", "vor", "назад", "-", "Mai"
  };
  unsigned long seed = 99;
  int k, lang, ok = 1;
  for (k = 0; k < 3000; k++) {
    char buf[256];
    size_t n = 0, j;
    dl_timex_list l;
    dl_options o;
    while (n < 200) {
      const char *p;
      seed = seed * 1103515245UL + 12345UL;
      p = pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
      if (n + strlen(p) >= sizeof buf) break;
      memcpy(buf + n, p, strlen(p));
      n += strlen(p);
      if ((seed >> 8) % 7 == 0) break;
    }
    dl_options_init(&o);
    if (k & 1) dl_date_parse_iso("2024-10-22", 10, &o.ref);
    for (lang = DL_LANG_EN; lang <= DL_LANG_AUTO; lang++) {
      dl_timex_list_init(&l);
      if (dl_i18n_scan(buf, n, &o, lang, &l) != DL_OK) ok = 0;
      for (j = 0; j < l.n; j++) {
        if (l.items[j].start + l.items[j].len > n || l.items[j].len == 0) ok = 0;
        if (j && l.items[j - 1].start + l.items[j - 1].len > l.items[j].start) ok = 0;
      }
      dl_timex_list_free(&l);
    }
  }
  CHECK(ts, ok);
}

void test_i18n(dl_test_state *ts)
{
  test_garbage(ts);
  test_tables(ts);
  test_scan(ts);
  test_guess(ts);
  test_merge(ts);
}
