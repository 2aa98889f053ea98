/*
 * i18n.c -- temporal expressions of Russian, Chinese, German, French and
 * Spanish text, and the language guesser.
 *
 * European languages: one forward pass over word/number tokens (a window
 * of DL_I18N_WINDOW tokens), each word folded to lower case (ASCII,
 * Latin-1, Cyrillic) and looked up by binary search in its language's
 * table; a handful of small patterns then read
 *   22 марта 2023 года | 22. März 2023 | le 22 mars 2023 | 22 de marzo de 2023
 *   marzo de 2023 | в 2023 году | вчера, gestern, hier, ayer
 *   в прошлом году | letzte Woche | la semaine dernière | el año pasado
 *   в прошлый вторник | mardi dernier | el próximo martes | Dienstag
 *   три дня назад | vor drei Tagen | il y a trois jours | hace tres días
 * Chinese: one pass over code points: 2023年3月22日 (Arabic, full-width or
 * Chinese numerals), 3月22日, 昨天, 去年, 上周二, 下个月, 三天前.
 * Values are built with normalize.c (the recognizer's own arithmetic),
 * against opts->ref; without it they keep X placeholders.
 */
#include <string.h>

#include "i18n.h"
#include "calendar.h"
#include "normalize.h"
#include "text.h"
#include "timex.h"
#include "util.h"

typedef struct i18n_word {
  const char *w;      /* lower case UTF-8 */
  uint8_t kind;       /* IK_* */
  int8_t val;         /* month, weekday, day offset, direction, unit ... */
} i18n_word;

/* Units of IK_UNIT: 1 day, 2 week, 3 month, 4 year.  Tables sorted by
 * UTF-8 bytes (binary search; test_i18n checks the order). */
static const i18n_word words_ru[] = {
  {"авг", IK_MONTH, 8}, {"август", IK_MONTH, 8}, {"августа", IK_MONTH, 8},
  {"августе", IK_MONTH, 8}, {"апр", IK_MONTH, 4}, {"апреле", IK_MONTH, 4},
  {"апрель", IK_MONTH, 4}, {"апреля", IK_MONTH, 4}, {"будущей", IK_REL, 1},
  {"будущем", IK_REL, 1}, {"восемь", IK_NUMW, 8},
  {"воскресенье", IK_WDAY, 7}, {"воскресенья", IK_WDAY, 7},
  {"вторник", IK_WDAY, 2}, {"вторника", IK_WDAY, 2}, {"вчера", IK_DEICT, -1},
  {"г", IK_YEARW, 0}, {"гг", IK_YEARW, 0}, {"год", IK_UNIT, 4},
  {"года", IK_YEARW, 0}, {"году", IK_UNIT, 4}, {"два", IK_NUMW, 2},
  {"две", IK_NUMW, 2}, {"девять", IK_NUMW, 9}, {"дек", IK_MONTH, 12},
  {"декабре", IK_MONTH, 12}, {"декабрь", IK_MONTH, 12},
  {"декабря", IK_MONTH, 12}, {"день", IK_UNIT, 1}, {"десять", IK_NUMW, 10},
  {"дней", IK_UNIT, 1}, {"дня", IK_UNIT, 1}, {"завтра", IK_DEICT, 1},
  {"июл", IK_MONTH, 7}, {"июле", IK_MONTH, 7}, {"июль", IK_MONTH, 7},
  {"июля", IK_MONTH, 7}, {"июн", IK_MONTH, 6}, {"июне", IK_MONTH, 6},
  {"июнь", IK_MONTH, 6}, {"июня", IK_MONTH, 6}, {"лет", IK_UNIT, 4},
  {"мае", IK_MONTH, 5}, {"май", IK_MONTH, 5}, {"мар", IK_MONTH, 3},
  {"март", IK_MONTH, 3}, {"марта", IK_MONTH, 3}, {"марте", IK_MONTH, 3},
  {"мая", IK_MONTH, 5}, {"месяц", IK_UNIT, 3}, {"месяца", IK_UNIT, 3},
  {"месяце", IK_UNIT, 3}, {"месяцев", IK_UNIT, 3}, {"минувшей", IK_REL, -1},
  {"минувшем", IK_REL, -1}, {"минувший", IK_REL, -1},
  {"назад", IK_AGO_AFTER, 0}, {"неделе", IK_UNIT, 2}, {"недели", IK_UNIT, 2},
  {"недель", IK_UNIT, 2}, {"неделю", IK_UNIT, 2}, {"несколько", IK_NUMW, -1},
  {"ноя", IK_MONTH, 11}, {"нояб", IK_MONTH, 11}, {"ноябре", IK_MONTH, 11},
  {"ноябрь", IK_MONTH, 11}, {"ноября", IK_MONTH, 11},
  {"нынешнем", IK_REL, 0}, {"один", IK_NUMW, 1}, {"одна", IK_NUMW, 1},
  {"одну", IK_NUMW, 1}, {"окт", IK_MONTH, 10}, {"октябре", IK_MONTH, 10},
  {"октябрь", IK_MONTH, 10}, {"октября", IK_MONTH, 10},
  {"позавчера", IK_DEICT, -2}, {"понедельник", IK_WDAY, 1},
  {"понедельника", IK_WDAY, 1}, {"послезавтра", IK_DEICT, 2},
  {"прошедшей", IK_REL, -1}, {"прошедшем", IK_REL, -1},
  {"прошлого", IK_REL, -1}, {"прошлой", IK_REL, -1}, {"прошлом", IK_REL, -1},
  {"прошлую", IK_REL, -1}, {"прошлый", IK_REL, -1}, {"пятницу", IK_WDAY, 5},
  {"пять", IK_NUMW, 5}, {"сегодня", IK_DEICT, 0}, {"семь", IK_NUMW, 7},
  {"сен", IK_MONTH, 9}, {"сент", IK_MONTH, 9}, {"сентябре", IK_MONTH, 9},
  {"сентябрь", IK_MONTH, 9}, {"сентября", IK_MONTH, 9},
  {"следующей", IK_REL, 1}, {"следующем", IK_REL, 1},
  {"следующий", IK_REL, 1}, {"следующую", IK_REL, 1}, {"среду", IK_WDAY, 3},
  {"субботу", IK_WDAY, 6}, {"сутки", IK_UNIT, 1}, {"суток", IK_UNIT, 1},
  {"текущей", IK_REL, 0}, {"текущем", IK_REL, 0}, {"три", IK_NUMW, 3},
  {"фев", IK_MONTH, 2}, {"февр", IK_MONTH, 2}, {"феврале", IK_MONTH, 2},
  {"февраль", IK_MONTH, 2}, {"февраля", IK_MONTH, 2}, {"через", IK_IN, 0},
  {"четверг", IK_WDAY, 4}, {"четверга", IK_WDAY, 4}, {"четыре", IK_NUMW, 4},
  {"шесть", IK_NUMW, 6}, {"этой", IK_REL, 0}, {"этом", IK_REL, 0},
  {"этот", IK_REL, 0}, {"эту", IK_REL, 0}, {"янв", IK_MONTH, 1},
  {"январе", IK_MONTH, 1}, {"январь", IK_MONTH, 1}, {"января", IK_MONTH, 1},
};

static const i18n_word words_de[] = {
  {"acht", IK_NUMW, 8}, {"apr", IK_MONTH, 4}, {"april", IK_MONTH, 4},
  {"aug", IK_MONTH, 8}, {"august", IK_MONTH, 8}, {"dez", IK_MONTH, 12},
  {"dezember", IK_MONTH, 12}, {"dienstag", IK_WDAY, 2}, {"diese", IK_REL, 0},
  {"diesen", IK_REL, 0}, {"dieser", IK_REL, 0}, {"dieses", IK_REL, 0},
  {"donnerstag", IK_WDAY, 4}, {"drei", IK_NUMW, 3}, {"ein", IK_NUMW, 1},
  {"eine", IK_NUMW, 1}, {"einem", IK_NUMW, 1}, {"einer", IK_NUMW, 1},
  {"feb", IK_MONTH, 2}, {"februar", IK_MONTH, 2}, {"freitag", IK_WDAY, 5},
  {"fünf", IK_NUMW, 5}, {"gestern", IK_DEICT, -1}, {"heute", IK_DEICT, 0},
  {"jahr", IK_UNIT, 4}, {"jahre", IK_UNIT, 4}, {"jahren", IK_UNIT, 4},
  {"jahres", IK_UNIT, 4}, {"jan", IK_MONTH, 1}, {"januar", IK_MONTH, 1},
  {"jul", IK_MONTH, 7}, {"juli", IK_MONTH, 7}, {"jun", IK_MONTH, 6},
  {"juni", IK_MONTH, 6}, {"jänner", IK_MONTH, 1}, {"kommende", IK_REL, 1},
  {"kommenden", IK_REL, 1}, {"kommendes", IK_REL, 1}, {"letzte", IK_REL, -1},
  {"letzten", IK_REL, -1}, {"letzter", IK_REL, -1}, {"letztes", IK_REL, -1},
  {"maerz", IK_MONTH, 3}, {"mai", IK_MONTH, 5}, {"mittwoch", IK_WDAY, 3},
  {"monat", IK_UNIT, 3}, {"monate", IK_UNIT, 3}, {"monaten", IK_UNIT, 3},
  {"monats", IK_UNIT, 3}, {"montag", IK_WDAY, 1}, {"morgen", IK_DEICT, 1},
  {"mär", IK_MONTH, 3}, {"märz", IK_MONTH, 3}, {"neun", IK_NUMW, 9},
  {"nov", IK_MONTH, 11}, {"november", IK_MONTH, 11}, {"nächste", IK_REL, 1},
  {"nächsten", IK_REL, 1}, {"nächster", IK_REL, 1}, {"nächstes", IK_REL, 1},
  {"okt", IK_MONTH, 10}, {"oktober", IK_MONTH, 10}, {"samstag", IK_WDAY, 6},
  {"sechs", IK_NUMW, 6}, {"sep", IK_MONTH, 9}, {"sept", IK_MONTH, 9},
  {"september", IK_MONTH, 9}, {"sieben", IK_NUMW, 7},
  {"sonnabend", IK_WDAY, 6}, {"sonntag", IK_WDAY, 7}, {"tag", IK_UNIT, 1},
  {"tage", IK_UNIT, 1}, {"tagen", IK_UNIT, 1}, {"vergangene", IK_REL, -1},
  {"vergangenen", IK_REL, -1}, {"vergangener", IK_REL, -1},
  {"vergangenes", IK_REL, -1}, {"vier", IK_NUMW, 4},
  {"vor", IK_AGO_BEFORE, 0}, {"vorgestern", IK_DEICT, -2},
  {"vorige", IK_REL, -1}, {"vorigen", IK_REL, -1}, {"voriges", IK_REL, -1},
  {"woche", IK_UNIT, 2}, {"wochen", IK_UNIT, 2}, {"zehn", IK_NUMW, 10},
  {"zwei", IK_NUMW, 2}, {"übermorgen", IK_DEICT, 2},
};

static const i18n_word words_fr[] = {
  {"an", IK_UNIT, 4}, {"annee", IK_UNIT, 4}, {"annees", IK_UNIT, 4},
  {"année", IK_UNIT, 4}, {"années", IK_UNIT, 4}, {"ans", IK_UNIT, 4},
  {"aout", IK_MONTH, 8}, {"août", IK_MONTH, 8},
  {"après-demain", IK_DEICT, 2}, {"aujourd'hui", IK_DEICT, 0},
  {"avant-hier", IK_DEICT, -2}, {"avr", IK_MONTH, 4}, {"avril", IK_MONTH, 4},
  {"ce", IK_REL, 0}, {"cet", IK_REL, 0}, {"cette", IK_REL, 0},
  {"cinq", IK_NUMW, 5}, {"dans", IK_IN, 0}, {"dec", IK_MONTH, 12},
  {"decembre", IK_MONTH, 12}, {"demain", IK_DEICT, 1},
  {"dernier", IK_REL, -1}, {"derniere", IK_REL, -1},
  {"dernière", IK_REL, -1}, {"deux", IK_NUMW, 2}, {"dimanche", IK_WDAY, 7},
  {"dix", IK_NUMW, 10}, {"déc", IK_MONTH, 12}, {"décembre", IK_MONTH, 12},
  {"fevr", IK_MONTH, 2}, {"fevrier", IK_MONTH, 2}, {"févr", IK_MONTH, 2},
  {"février", IK_MONTH, 2}, {"hier", IK_DEICT, -1}, {"huit", IK_NUMW, 8},
  {"il", IK_AGO_BEFORE, 0}, {"janv", IK_MONTH, 1}, {"janvier", IK_MONTH, 1},
  {"jeudi", IK_WDAY, 4}, {"jour", IK_UNIT, 1}, {"jours", IK_UNIT, 1},
  {"juil", IK_MONTH, 7}, {"juillet", IK_MONTH, 7}, {"juin", IK_MONTH, 6},
  {"l'", IK_ART, 0}, {"la", IK_ART, 0}, {"le", IK_ART, 0},
  {"les", IK_ART, 0}, {"lundi", IK_WDAY, 1}, {"mai", IK_MONTH, 5},
  {"mardi", IK_WDAY, 2}, {"mars", IK_MONTH, 3}, {"mercredi", IK_WDAY, 3},
  {"mois", IK_UNIT, 3}, {"neuf", IK_NUMW, 9}, {"nov", IK_MONTH, 11},
  {"novembre", IK_MONTH, 11}, {"oct", IK_MONTH, 10},
  {"octobre", IK_MONTH, 10}, {"passe", IK_REL, -1}, {"passee", IK_REL, -1},
  {"passé", IK_REL, -1}, {"passée", IK_REL, -1}, {"prochain", IK_REL, 1},
  {"prochaine", IK_REL, 1}, {"quatre", IK_NUMW, 4}, {"samedi", IK_WDAY, 6},
  {"semaine", IK_UNIT, 2}, {"semaines", IK_UNIT, 2}, {"sept", IK_MONTH, 9},
  {"septembre", IK_MONTH, 9}, {"six", IK_NUMW, 6}, {"trois", IK_NUMW, 3},
  {"un", IK_NUMW, 1}, {"une", IK_NUMW, 1}, {"vendredi", IK_WDAY, 5},
};

static const i18n_word words_es[] = {
  {"abr", IK_MONTH, 4}, {"abril", IK_MONTH, 4}, {"ago", IK_MONTH, 8},
  {"agosto", IK_MONTH, 8}, {"anteayer", IK_DEICT, -2},
  {"anterior", IK_REL, -1}, {"antier", IK_DEICT, -2}, {"ayer", IK_DEICT, -1},
  {"año", IK_UNIT, 4}, {"años", IK_UNIT, 4}, {"cinco", IK_NUMW, 5},
  {"cuatro", IK_NUMW, 4}, {"de", IK_FILL, 0}, {"del", IK_FILL, 0},
  {"dentro", IK_IN, 0}, {"dia", IK_UNIT, 1}, {"dias", IK_UNIT, 1},
  {"dic", IK_MONTH, 12}, {"diciembre", IK_MONTH, 12}, {"diez", IK_NUMW, 10},
  {"domingo", IK_WDAY, 7}, {"dos", IK_NUMW, 2}, {"día", IK_UNIT, 1},
  {"días", IK_UNIT, 1}, {"el", IK_ART, 0}, {"ene", IK_MONTH, 1},
  {"enero", IK_MONTH, 1}, {"esta", IK_REL, 0}, {"este", IK_REL, 0},
  {"feb", IK_MONTH, 2}, {"febrero", IK_MONTH, 2}, {"hace", IK_AGO_BEFORE, 0},
  {"hoy", IK_DEICT, 0}, {"jueves", IK_WDAY, 4}, {"jul", IK_MONTH, 7},
  {"julio", IK_MONTH, 7}, {"jun", IK_MONTH, 6}, {"junio", IK_MONTH, 6},
  {"la", IK_ART, 0}, {"las", IK_ART, 0}, {"los", IK_ART, 0},
  {"lunes", IK_WDAY, 1}, {"mar", IK_MONTH, 3}, {"martes", IK_WDAY, 2},
  {"marzo", IK_MONTH, 3}, {"may", IK_MONTH, 5}, {"mayo", IK_MONTH, 5},
  {"mañana", IK_DEICT, 1}, {"mes", IK_UNIT, 3}, {"meses", IK_UNIT, 3},
  {"miercoles", IK_WDAY, 3}, {"miércoles", IK_WDAY, 3},
  {"nov", IK_MONTH, 11}, {"noviembre", IK_MONTH, 11}, {"nueve", IK_NUMW, 9},
  {"ocho", IK_NUMW, 8}, {"oct", IK_MONTH, 10}, {"octubre", IK_MONTH, 10},
  {"pasada", IK_REL, -1}, {"pasado", IK_REL, -1}, {"proxima", IK_REL, 1},
  {"proximo", IK_REL, 1}, {"próxima", IK_REL, 1}, {"próximo", IK_REL, 1},
  {"que", IK_FILL, 0}, {"sabado", IK_WDAY, 6}, {"seis", IK_NUMW, 6},
  {"semana", IK_UNIT, 2}, {"semanas", IK_UNIT, 2}, {"sep", IK_MONTH, 9},
  {"sept", IK_MONTH, 9}, {"septiembre", IK_MONTH, 9},
  {"setiembre", IK_MONTH, 9}, {"siete", IK_NUMW, 7},
  {"siguiente", IK_REL, 1}, {"sábado", IK_WDAY, 6}, {"tres", IK_NUMW, 3},
  {"un", IK_NUMW, 1}, {"una", IK_NUMW, 1}, {"uno", IK_NUMW, 1},
  {"viene", IK_REL, 1}, {"viernes", IK_WDAY, 5},
};


typedef struct wtab { const i18n_word *w; size_t n; } wtab;

static wtab table_of(int lang)
{
  wtab t;
  t.w = NULL; t.n = 0;
  switch (lang) {
    case DL_LANG_RU: t.w = words_ru; t.n = sizeof words_ru / sizeof *words_ru; break;
    case DL_LANG_DE: t.w = words_de; t.n = sizeof words_de / sizeof *words_de; break;
    case DL_LANG_FR: t.w = words_fr; t.n = sizeof words_fr / sizeof *words_fr; break;
    case DL_LANG_ES: t.w = words_es; t.n = sizeof words_es / sizeof *words_es; break;
    default: break;
  }
  return t;
}

/* Compare the bytes s[0..len) with the NUL-terminated w. */
static int cmp_word(const char *s, size_t len, const char *w)
{
  size_t i;
  for (i = 0; i < len; i++) {
    if (w[i] == '\0') return 1;
    if (s[i] != w[i]) return (unsigned char)s[i] < (unsigned char)w[i] ? -1 : 1;
  }
  return w[len] == '\0' ? 0 : -1;
}

static const i18n_word *lookup(const wtab *t, const char *s, size_t len)
{
  size_t lo = 0, hi = t->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_word(s, len, t->w[mid].w);
    if (c == 0) return &t->w[mid];
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return NULL;
}

int dl_i18n_lookup(int lang, const char *w, size_t len, int *val)
{
  wtab t = table_of(lang);
  const i18n_word *e = lookup(&t, w, len);
  if (!e) return IK_NONE;
  if (val) *val = e->val;
  return e->kind;
}

int dl_i18n_table_sorted(int lang)
{
  wtab t = table_of(lang);
  size_t i;
  for (i = 1; i < t.n; i++)
    if (cmp_word(t.w[i].w, strlen(t.w[i].w), t.w[i - 1].w) <= 0) return 0;
  return 1;
}

static const char *const lang_names[] = {"en", "ru", "zh", "de", "fr", "es", "auto"};

const char *dl_lang_name(int lang)
{
  if (lang < 0 || lang > DL_LANG_AUTO) return "";
  return lang_names[lang];
}

int dl_lang_parse(const char *s, size_t len)
{
  int i;
  for (i = 0; i <= DL_LANG_AUTO; i++)
    if (dl_word_eq(s, len, lang_names[i])) return i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

static int cp_is_letter(int32_t cp)
{
  if (cp < 0x80) return DL_IS_ALPHA((char)cp) != 0;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x52F);
}

static int cp_is_cjk(int32_t cp)
{
  return (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x4E00 && cp <= 0x9FFF)
      || (cp >= 0x3400 && cp <= 0x4DBF);
}

static int32_t cp_lower(int32_t cp)
{
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if (cp == 0x2019 || cp == 0x2018) return '\'';
  return cp;
}

/* Append cp to buf (UTF-8); 0 when it does not fit. */
static int put_cp(char *buf, size_t *n, size_t cap, int32_t cp)
{
  char tmp[4];
  size_t k = 0;
  if (cp < 0x80) tmp[k++] = (char)cp;
  else if (cp < 0x800) {
    tmp[k++] = (char)(0xC0 | (cp >> 6)); tmp[k++] = (char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    tmp[k++] = (char)(0xE0 | (cp >> 12)); tmp[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
    tmp[k++] = (char)(0x80 | (cp & 0x3F));
  } else {
    tmp[k++] = (char)(0xF0 | (cp >> 18)); tmp[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
    tmp[k++] = (char)(0x80 | ((cp >> 6) & 0x3F)); tmp[k++] = (char)(0x80 | (cp & 0x3F));
  }
  if (*n + k > cap) return 0;
  memcpy(buf + *n, tmp, k);
  *n += k;
  return 1;
}

/* ------------------------------------------------------------------ */
/* Tokens of the European languages                                    */
/* ------------------------------------------------------------------ */

enum { IT_END = 0, IT_NUM, IT_WORD, IT_PUNCT };

#define DL_I18N_WINDOW 8    /* tokens of lookahead the patterns see */

typedef struct itok {
  uint32_t s, e;          /* bytes [s, e) */
  uint8_t t;              /* IT_* */
  uint8_t kind;           /* IK_* of a word */
  int8_t val;
  uint8_t nd;             /* digits of a number */
  uint8_t sp;             /* white space before it */
  uint8_t cap;            /* a word beginning with an upper-case letter */
  char p;                 /* the punctuation character (ASCII) or 0 */
  int32_t num;
  uint8_t flen;           /* bytes of f */
  char f[DL_MAX_I18N_WORD];   /* the folded word */
} itok;

typedef struct iscan {
  const char *text;
  size_t len, pos;
  wtab tab;
  int lang;
  int has_ref;
  dl_tv ref;
  dl_timex_list *out;
  itok w[DL_I18N_WINDOW];
  int nw;
} iscan;

/* Read the token at sc->pos into *t and advance sc->pos. */
static void read_tok(iscan *sc, itok *t)
{
  const char *s = sc->text;
  size_t n = sc->len, p = sc->pos, adv, sl, split = 0;
  int32_t cp;
  t->sp = 0;
  for (;;) {
    if (p >= n) { t->t = IT_END; t->s = t->e = (uint32_t)n; sc->pos = n; return; }
    sl = dl_space_len(s + p, n - p);
    if (!sl) break;
    p += sl;
    t->sp = 1;
  }
  t->s = (uint32_t)p;
  t->kind = IK_NONE; t->val = 0; t->nd = 0; t->num = 0; t->p = 0; t->flen = 0;
  t->cap = 0;
  if (DL_IS_DIGIT(s[p])) {
    int32_t v = 0;
    int k = 0;
    while (p < n && DL_IS_DIGIT(s[p])) {
      if (v < 100000000) v = v * 10 + (s[p] - '0');
      p++; k++;
    }
    t->t = IT_NUM; t->num = v; t->nd = (uint8_t)(k > 255 ? 255 : k);
    t->e = (uint32_t)p; sc->pos = p;
    return;
  }
  cp = dl_utf8_decode(s + p, n - p, &adv);
  if (cp_is_letter(cp)) {
    size_t fl = 0, letters = 0;
    int over = 0;
    t->cap = cp < 0x80 ? DL_IS_UPPER((char)cp) != 0 : cp_lower(cp) != cp;
    t->t = IT_WORD;
    for (;;) {
      if (p >= n) break;
      cp = dl_utf8_decode(s + p, n - p, &adv);
      if (cp_is_letter(cp)) {
        if (!over && !put_cp(t->f, &fl, sizeof t->f, cp_lower(cp))) over = 1;
        p += adv; letters++;
        continue;
      }
      if (cp == '\'' || cp == 0x2019 || cp == '-') {
        size_t a2;
        int32_t nx = p + adv < n ? dl_utf8_decode(s + p + adv, n - p - adv, &a2) : 0;
        if (cp != '-' && letters <= 2) {          /* l', d', qu' (elision) */
          if (!over && !put_cp(t->f, &fl, sizeof t->f, '\'')) over = 1;
          p += adv;
          break;
        }
        if (cp_is_letter(nx)) {
          if (cp == '-' && !split) split = fl;
          if (!over && !put_cp(t->f, &fl, sizeof t->f, cp_lower(cp))) over = 1;
          p += adv;
          continue;
        }
      }
      break;
    }
    t->e = (uint32_t)p;
    sc->pos = p;
    if (over) return;
    t->flen = (uint8_t)fl;
    {
      const i18n_word *e = lookup(&sc->tab, t->f, fl);
      if (!e && split) {                  /* "mois-ci": the word before '-' */
        e = lookup(&sc->tab, t->f, split);
        if (e) {
          size_t k2 = t->s, bytes = 0;
          /* end the token at its first '-' */
          while (k2 < t->e && s[k2] != '-') k2++;
          bytes = k2;
          t->e = (uint32_t)bytes; sc->pos = bytes; t->flen = (uint8_t)split;
        }
      }
      if (e) { t->kind = e->kind; t->val = e->val; }
    }
    return;
  }
  t->t = IT_PUNCT;
  t->p = cp < 0x80 ? (char)cp : 0;
  t->e = (uint32_t)(p + adv);
  sc->pos = p + adv;
}

static void fill(iscan *sc)
{
  while (sc->nw < DL_I18N_WINDOW) {
    if (sc->nw > 0 && sc->w[sc->nw - 1].t == IT_END) return;
    read_tok(sc, &sc->w[sc->nw]);
    sc->nw++;
  }
}

static void shift(iscan *sc, int k)
{
  if (k > sc->nw) k = sc->nw;
  memmove(sc->w, sc->w + k, (size_t)(sc->nw - k) * sizeof sc->w[0]);
  sc->nw -= k;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

static dl_status emit_dur(dl_timex_list *out, uint32_t s, uint32_t e, int n, int unit)
{
  dl_timex *t;
  if (out->n >= DL_MAX_TIMEXES) return DL_ELIMIT;
  if (dl_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items))
    return DL_ENOMEM;
  t = &out->items[out->n++];
  memset(t, 0, sizeof *t);
  t->start = s; t->len = e - s;
  t->type = DL_TIMEX_DURATION;
  dl_dur_format(n, 0, unit, t->value, sizeof t->value);
  return DL_OK;
}

static dl_status emit(dl_timex_list *out, uint32_t s, uint32_t e, const dl_tv *v)
{
  dl_timex *t;
  if (out->n >= DL_MAX_TIMEXES) return DL_ELIMIT;
  if (dl_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items))
    return DL_ENOMEM;
  t = &out->items[out->n++];
  memset(t, 0, sizeof *t);
  t->start = s; t->len = e - s;
  t->type = DL_TIMEX_DATE;
  dl_tv_format(v, t->value, sizeof t->value);
  return DL_OK;
}

/* The reference date at a granularity shifted by n units, or X. */
static void rel_value(const iscan *sc, dl_tv *v, int unit, int n)
{
  if (sc->has_ref) *v = sc->ref;
  else { dl_tv_day(v, 0, 0, 0); }
  dl_tv_coarsen(v, dl_unit_gran(unit));
  if (sc->has_ref) dl_tv_shift(v, unit, n);
}

static int unit_of(int val)
{
  switch (val) {
    case 1: return U_DAY;
    case 2: return U_WEEK;
    case 3: return U_MONTH;
    default: return U_YEAR;
  }
}

/* A weekday: dir -1 the last one before ref, +1 the next one after, 0
 * the one of ref's week (this_week) or the nearest (within 3 days). */
static void wday_value(const iscan *sc, dl_tv *v, int wd, int dir, int this_week)
{
  int rw, diff;
  if (!sc->has_ref) {
    dl_tv_day(v, 0, 0, 0);
    v->wd = wd;
    return;
  }
  *v = sc->ref;
  dl_tv_coarsen(v, TG_DAY);
  rw = dl_weekday(v->y, v->mo, v->d);
  diff = wd - rw;
  if (this_week) { /* Monday-based week of ref */ }
  else if (dir < 0) { if (diff >= 0) diff -= 7; }
  else if (dir > 0) { if (diff <= 0) diff += 7; }
  else { if (diff > 3) diff -= 7; else if (diff < -3) diff += 7; }
  dl_tv_shift(v, U_DAY, diff);
}

/* A day and month with an optional year (0: ref's year or XXXX). */
static int date_value(const iscan *sc, dl_tv *v, int y, int m, int d)
{
  if (m < 1 || m > 12 || d < 1) return 0;
  if (y) {
    if (!dl_valid_date(y, m, d)) return 0;
  } else {
    if (d > dl_days_in_month(2000, m)) return 0;
    if (sc->has_ref) {
      y = sc->ref.y;
      if (!dl_valid_date(y, m, d)) return 0;
    }
  }
  dl_tv_day(v, y, m, d);
  return 1;
}

/* ------------------------------------------------------------------ */
/* The European patterns                                               */
/* ------------------------------------------------------------------ */

static int is_word(const itok *t, const char *w)
{
  return t->t == IT_WORD && cmp_word(t->f, t->flen, w) == 0;
}

/* Try the patterns at the window's first token; on a match emit it and
 * return the number of tokens used, else 0. */
static int match_eu(iscan *sc, dl_status *st, const itok *prev)
{
  const itok *w = sc->w;
  int i = 0, n = sc->nw;
  dl_tv v;
  uint32_t s0 = w[0].s, e0 = 0;

  /* 22 марта 2023 года / 22. März 2023 / 1er mars / 22 de marzo de 2023 */
  if (w[0].t == IT_NUM && w[0].nd <= 2 && w[0].num >= 1 && w[0].num <= 31) {
    int d = w[0].num, m, y = 0;
    i = 1;
    if (i < n && w[i].t == IT_PUNCT && w[i].p == '.' && !w[i].sp) i++;
    else if (i < n && !w[i].sp && (is_word(&w[i], "er") || is_word(&w[i], "re"))) i++;
    if (i < n && w[i].kind == IK_FILL && is_word(&w[i], "de")) i++;
    if (i < n && w[i].kind == IK_MONTH) {
      m = w[i].val;
      e0 = w[i].e;
      i++;
      {
        int j = i;
        if (j < n && w[j].t == IT_PUNCT && w[j].p == '.' && !w[j].sp) j++;
        if (j < n && ((w[j].kind == IK_FILL && is_word(&w[j], "de"))
                      || (w[j].t == IT_PUNCT && w[j].p == ','))) j++;
        if (j < n && w[j].t == IT_NUM && w[j].nd == 4) {
          y = w[j].num;
          e0 = w[j].e;
          i = j + 1;
          if (i < n && w[i].kind == IK_YEARW) {
            e0 = w[i].e; i++;
            if (i < n && w[i].t == IT_PUNCT && w[i].p == '.' && !w[i].sp
                && w[i - 1].flen <= 2) { e0 = w[i].e; i++; }
          }
        }
      }
      if (y == 0 || y <= 9999) {
        if (date_value(sc, &v, y, m, d)) {
          *st = emit(sc->out, s0, e0, &v);
          return i;
        }
      }
    }
  }
  /* marzo de 2023 / März 2023 / марте 2023 года */
  if (w[0].kind == IK_MONTH) {
    i = 1;
    if (i < n && w[i].t == IT_PUNCT && w[i].p == '.' && !w[i].sp) i++;
    if (i < n && w[i].kind == IK_FILL && is_word(&w[i], "de")) i++;
    if (i < n && w[i].t == IT_NUM && w[i].nd == 4 && w[i].num >= 1) {
      e0 = w[i].e;
      i++;
      if (i < n && w[i].kind == IK_YEARW) { e0 = w[i].e; i++; }
      dl_tv_day(&v, w[i - 1].kind == IK_YEARW ? w[i - 2].num : w[i - 1].num, w[0].val, 1);
      dl_tv_coarsen(&v, TG_MONTH);
      *st = emit(sc->out, s0, e0, &v);
      return i;
    }
  }
  /* в 2023 году / 2023 года / 2023 г. */
  if (w[0].t == IT_NUM && w[0].nd == 4 && w[0].num >= 1 && n > 1
      && (w[1].kind == IK_YEARW || (w[1].kind == IK_UNIT && w[1].val == 4))
      && sc->lang == DL_LANG_RU) {
    e0 = w[1].e;
    i = 2;
    if (i < n && w[i].t == IT_PUNCT && w[i].p == '.' && !w[i].sp && w[1].flen <= 2) { e0 = w[i].e; i++; }
    dl_tv_day(&v, w[0].num, 1, 1);
    dl_tv_coarsen(&v, TG_YEAR);
    *st = emit(sc->out, s0, e0, &v);
    return i;
  }
  /* вчера, gestern, hier, ayer */
  if (w[0].kind == IK_DEICT) {
    int off = w[0].val;
    if (sc->lang == DL_LANG_ES && off == 1 && prev
        && (is_word(prev, "la") || is_word(prev, "esta") || is_word(prev, "por")))
      return 0;                               /* la mañana: the morning */
    if (sc->lang == DL_LANG_DE && off == 1 && w[0].cap && prev && prev->t != IT_END
        && !(prev->t == IT_PUNCT && (prev->p == '.' || prev->p == '!' || prev->p == '?')))
      return 0;                               /* der Morgen: the morning */
    rel_value(sc, &v, U_DAY, off);
    *st = emit(sc->out, s0, w[0].e, &v);
    return 1;
  }
  /* [article] REL UNIT | [article] REL WEEKDAY | pasado mañana */
  i = 0;
  if (w[0].kind == IK_ART) i = 1;
  if (i < n && w[i].kind == IK_REL && i + 1 < n) {
    const itok *x = &w[i + 1];
    if (x->kind == IK_UNIT && x->val >= 2) {
      rel_value(sc, &v, unit_of(x->val), w[i].val);
      *st = emit(sc->out, s0, x->e, &v);
      return i + 2;
    }
    if (x->kind == IK_WDAY) {
      wday_value(sc, &v, x->val, w[i].val, w[i].val == 0);
      *st = emit(sc->out, s0, x->e, &v);
      return i + 2;
    }
    if (x->kind == IK_DEICT && x->val == 1 && w[i].val < 0 && i == 0) {
      rel_value(sc, &v, U_DAY, 2);            /* pasado mañana */
      *st = emit(sc->out, s0, x->e, &v);
      return 2;
    }
  }
  /* [article] UNIT [que] REL | [article] WEEKDAY [que] REL */
  if (i < n && (w[i].kind == IK_UNIT || w[i].kind == IK_WDAY) && i + 1 < n) {
    int j = i + 1;
    if (j < n && w[j].kind == IK_FILL && is_word(&w[j], "que")) j++;
    if (j < n && w[j].kind == IK_REL && w[j].val != 0) {
      if (w[i].kind == IK_UNIT && w[i].val >= 2)
        rel_value(sc, &v, unit_of(w[i].val), w[j].val);
      else if (w[i].kind == IK_WDAY)
        wday_value(sc, &v, w[i].val, w[j].val, 0);
      else return 0;
      *st = emit(sc->out, s0, w[j].e, &v);
      return j + 1;
    }
  }
  /* a weekday alone: the nearest one; before a date ("lundi 22 mars
   * 2023") the date says which */
  if (w[0].kind == IK_WDAY) {
    int j = 1;
    if (j < n && w[j].t == IT_PUNCT && w[j].p == ',') j++;
    if (j < n && w[j].t == IT_NUM) return 0;
    wday_value(sc, &v, w[0].val, 0, 0);
    *st = emit(sc->out, s0, w[0].e, &v);
    return 1;
  }
  /* три дня назад | vor drei Tagen | hace tres días | il y a trois jours |
   * через три дня | dans trois jours | dentro de tres días */
  {
    int dir = 0, k = 0, num = 1, unit;
    if (w[0].kind == IK_AGO_BEFORE) {
      dir = -1; k = 1;
      if (sc->lang == DL_LANG_FR) {
        if (n > 2 && is_word(&w[1], "y") && is_word(&w[2], "a")) k = 3;
        else return 0;
      }
    } else if (w[0].kind == IK_IN) {
      dir = 1; k = 1;
      if (sc->lang == DL_LANG_ES) {
        if (n > 1 && is_word(&w[1], "de")) k = 2;
        else return 0;
      }
    }
    if (k < n && w[k].t == IT_NUM && w[k].nd <= 4) { num = w[k].num; k++; }
    else if (k < n && w[k].kind == IK_NUMW && w[k].val > 0) { num = w[k].val; k++; }
    else if (dir == 0) return 0;
    if (k >= n) return 0;
    if (w[k].kind == IK_UNIT) unit = unit_of(w[k].val);
    else if (w[k].kind == IK_YEARW && sc->lang == DL_LANG_RU && w[k].flen > 2) unit = U_YEAR;
    else return 0;
    k++;
    if (dir == 0) {
      if (k < n && w[k].kind == IK_AGO_AFTER) { dir = -1; k++; }
      else return 0;
    }
    if (num < 1 || num > 9999) return 0;
    rel_value(sc, &v, unit, dir * num);
    *st = emit(sc->out, s0, w[k - 1].e, &v);
    return k;
  }
}

static dl_status scan_eu(iscan *sc)
{
  dl_status st = DL_OK;
  itok prev;
  int have_prev = 0;
  sc->nw = 0;
  sc->pos = 0;
  for (;;) {
    int k;
    fill(sc);
    if (sc->nw == 0 || sc->w[0].t == IT_END) break;
    k = 0;
    if (sc->w[0].t != IT_PUNCT) k = match_eu(sc, &st, have_prev ? &prev : NULL);
    if (st != DL_OK) return st;
    if (k <= 0) k = 1;
    prev = sc->w[k - 1];
    have_prev = 1;
    shift(sc, k);
  }
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Chinese                                                             */
/* ------------------------------------------------------------------ */

enum { ZK_DAY = 1, ZK_YEAR, ZK_MONTH, ZK_WEEK, ZK_WDAY };

typedef struct zh_phrase { const char *p; uint8_t kind; int8_t val; } zh_phrase;

/* Longest first where one is a prefix of another. */
static const zh_phrase zh_phrases[] = {
  {"昨天", ZK_DAY, -1}, {"今天", ZK_DAY, 0}, {"明天", ZK_DAY, 1},
  {"前天", ZK_DAY, -2}, {"后天", ZK_DAY, 2}, {"昨日", ZK_DAY, -1},
  {"今日", ZK_DAY, 0}, {"明日", ZK_DAY, 1},
  {"去年", ZK_YEAR, -1}, {"今年", ZK_YEAR, 0}, {"明年", ZK_YEAR, 1},
  {"前年", ZK_YEAR, -2}, {"后年", ZK_YEAR, 2},
  {"上个月", ZK_MONTH, -1}, {"上月", ZK_MONTH, -1}, {"本月", ZK_MONTH, 0},
  {"这个月", ZK_MONTH, 0}, {"下个月", ZK_MONTH, 1}, {"下月", ZK_MONTH, 1},
  {"上个星期", ZK_WEEK, -1}, {"下个星期", ZK_WEEK, 1}, {"这个星期", ZK_WEEK, 0},
  {"上星期", ZK_WEEK, -1}, {"下星期", ZK_WEEK, 1}, {"本星期", ZK_WEEK, 0},
  {"上礼拜", ZK_WEEK, -1}, {"下礼拜", ZK_WEEK, 1},
  {"上周", ZK_WEEK, -1}, {"本周", ZK_WEEK, 0}, {"这周", ZK_WEEK, 0},
  {"下周", ZK_WEEK, 1},
  {"星期", ZK_WDAY, 0}, {"礼拜", ZK_WDAY, 0}, {"周", ZK_WDAY, 0}
};

/* Can a phrase of zh_phrases begin with cp?  (A reject filter: most
 * characters of a text begin none.) */
static int zh_phrase_start(int32_t cp)
{
  switch (cp) {
    case 0x6628: case 0x4ECA: case 0x660E: case 0x524D: case 0x540E:   /* 昨今明前后 */
    case 0x53BB: case 0x4E0A: case 0x672C: case 0x8FD9: case 0x4E0B:   /* 去上本这下 */
    case 0x661F: case 0x793C: case 0x5468:                             /* 星礼周 */
      return 1;
    default:
      return 0;
  }
}

/* A Chinese weekday character after 周/星期: 一..六 = 1..6, 日/天 = 7. */
static int zh_wday(int32_t cp)
{
  switch (cp) {
    case 0x4E00: return 1; case 0x4E8C: return 2; case 0x4E09: return 3;
    case 0x56DB: return 4; case 0x4E94: return 5; case 0x516D: return 6;
    case 0x65E5: case 0x5929: return 7;
    default: return 0;
  }
}

/* Digit value of a Chinese numeral (〇零一..九 0..9, 十 10, 两 2), -1. */
static int zh_digit(int32_t cp)
{
  switch (cp) {
    case 0x3007: case 0x96F6: return 0;
    case 0x4E00: return 1; case 0x4E8C: case 0x4E24: return 2;
    case 0x4E09: return 3; case 0x56DB: return 4; case 0x4E94: return 5;
    case 0x516D: return 6; case 0x4E03: return 7; case 0x516B: return 8;
    case 0x4E5D: return 9; case 0x5341: return 10;
    default: return -1;
  }
}

/* A number at p: ASCII or full-width digits, or Chinese numerals (digit
 * by digit: 二〇二三; with 十: 二十二).  Returns the bytes used (0 none);
 * *v the value, *nd the digits written digit by digit (for years), 0 for
 * a number written with 十 (二十 is twenty, never a year). */
static size_t zh_number(const char *s, size_t n, size_t p, int *v, int *nd)
{
  size_t q = p, adv;
  int val = 0, k = 0, tens = 0, cur = 0, chinese = 0;
  while (q < n && k < 6) {
    int32_t cp = dl_utf8_decode(s + q, n - q, &adv);
    int dgt;
    if (cp >= '0' && cp <= '9') dgt = cp - '0';
    else if (cp >= 0xFF10 && cp <= 0xFF19) dgt = cp - 0xFF10;
    else if ((dgt = zh_digit(cp)) >= 0) chinese = 1;
    else break;
    if (dgt == 10) {
      if (!chinese || tens) break;
      tens = (cur ? cur : 1) * 10;
      cur = 0;
    } else {
      val = val * 10 + dgt;
      cur = dgt;
    }
    k++;
    q += adv;
  }
  if (k == 0) return 0;
  *v = tens ? tens + cur : val;
  *nd = tens ? 0 : k;
  return q - p;
}

static int starts(const char *s, size_t n, size_t p, const char *w, size_t *wl)
{
  size_t l = strlen(w);
  *wl = l;
  return n - p >= l && memcmp(s + p, w, l) == 0;
}

/* After a year (y, or 0 with ref's year), read [N月[N日|号]]: the end of
 * the match and the value; returns 0 when there is no month. */
static size_t zh_month_day(const iscan *sc, size_t p, int y, dl_tv *v)
{
  const char *s = sc->text;
  size_t n = sc->len, q, l, l2;
  int m, nd, d;
  q = p + zh_number(s, n, p, &m, &nd);
  if (q == p || !starts(s, n, q, "月", &l) || m < 1 || m > 12) return 0;
  q += l;
  l2 = zh_number(s, n, q, &d, &nd);
  if (l2 && (starts(s, n, q + l2, "日", &l) || starts(s, n, q + l2, "号", &l))) {
    if (!date_value(sc, v, y, m, d)) return 0;
    return q + l2 + l;
  }
  if (!y && sc->has_ref) y = sc->ref.y;
  dl_tv_day(v, y, m, 1);
  if (!y) v->d = 0;
  dl_tv_coarsen(v, TG_MONTH);
  v->mo = m;
  return q;
}

static dl_status scan_zh(iscan *sc)
{
  const char *s = sc->text;
  size_t n = sc->len, p = 0, adv, l;
  dl_status st = DL_OK;
  dl_tv v;
  while (p < n) {
    int32_t cp = dl_utf8_decode(s + p, n - p, &adv);
    size_t e = 0, q, k;
    int num, nd;
    if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || zh_digit(cp) >= 0) {
      /* an ASCII number inside a longer one is not a date */
      if (cp >= '0' && cp <= '9' && p > 0 && (DL_IS_DIGIT(s[p - 1]) || s[p - 1] == '.')) {
        p += adv;
        continue;
      }
      q = p + zh_number(s, n, p, &num, &nd);
      if (starts(s, n, q, "年前", &l) || starts(s, n, q, "天前", &l)
          || starts(s, n, q, "日前", &l) || starts(s, n, q, "周前", &l)
          || starts(s, n, q, "个月前", &l) || starts(s, n, q, "个星期前", &l)
          || starts(s, n, q, "年后", &l) || starts(s, n, q, "天后", &l)
          || starts(s, n, q, "个月后", &l) || starts(s, n, q, "周后", &l)) {
        const char *u = s + q;
        int unit = (memcmp(u, "年", 3) == 0) ? U_YEAR
                 : (memcmp(u, "天", 3) == 0 || memcmp(u, "日", 3) == 0) ? U_DAY
                 : (memcmp(u, "周", 3) == 0 || memcmp(u + 3, "星", 3) == 0) ? U_WEEK
                 : U_MONTH;
        int dir = memcmp(s + q + l - 3, "前", 3) == 0 ? -1 : 1;
        if (num >= 1 && num <= 9999) {
          rel_value(sc, &v, unit, dir * num);
          e = q + l;
        }
      } else if (starts(s, n, q, "年代", &l)) {
        /* a decade: 三十年代, 90年代 the 1930s, 1990s (two digits or 十:
         * the 1900s, as Chinese writes them); 2010年代 */
        int y = (nd == 4 || num >= 1000) ? num : (num >= 10 && num <= 90) ? 1900 + num : 0;
        if (y >= 1000 && y <= 9999 && y % 10 == 0) {
          dl_tv_day(&v, y, 1, 1);
          dl_tv_coarsen(&v, TG_DEC);
          e = q + l;
        }
      } else if (starts(s, n, q, "年", &l) && (nd == 0 || nd == 1 || (nd <= 2 && cp >= '0' && cp <= '9'))
                 && num >= 1 && num <= 999 && !starts(s, n, q, "年级", &k)
                 && !zh_month_day(sc, q + l, 0, &v)) {
        /* a count of years: 十年, 二十年, 三年, 15年 (not a year: years are
         * written digit by digit, 二〇二〇年, 2020年); not 三年级 (a school
         * grade) nor 23年3月 (a year, short) */
        st = emit_dur(sc->out, (uint32_t)p, (uint32_t)(q + l), num, U_YEAR);
        if (st != DL_OK) return st;
        p = q + l;
        continue;
      } else if (starts(s, n, q, "年", &l) && (nd == 4 || nd == 2 || nd == 3) && num >= 1
                 && (nd == 4 || (cp < '0' || cp > '9'))) {
        int y = num;
        if (nd == 2) y += y < 50 ? 2000 : 1900;
        if (y <= 9999) {
          e = zh_month_day(sc, q + l, y, &v);
          if (!e) {
            dl_tv_day(&v, y, 1, 1);
            dl_tv_coarsen(&v, TG_YEAR);
            e = q + l;
          }
        }
      } else {
        e = zh_month_day(sc, p, 0, &v);
      }
      if (e) {
        st = emit(sc->out, (uint32_t)p, (uint32_t)e, &v);
        if (st != DL_OK) return st;
        p = e;
      } else p = q > p ? q : p + adv;
      continue;
    }
    if (!zh_phrase_start(cp)) { p += adv; continue; }
    for (k = 0; k < sizeof zh_phrases / sizeof *zh_phrases; k++) {
      const zh_phrase *z = &zh_phrases[k];
      if (!starts(s, n, p, z->p, &l)) continue;
      q = p + l;
      switch (z->kind) {
        case ZK_DAY: rel_value(sc, &v, U_DAY, z->val); e = q; break;
        case ZK_YEAR:
          rel_value(sc, &v, U_YEAR, z->val);
          e = q;
          if (sc->has_ref) {                           /* 去年3月 */
            dl_tv md;
            size_t e2 = zh_month_day(sc, q, v.y, &md);
            if (e2) { v = md; e = e2; }
          }
          break;
        case ZK_MONTH: rel_value(sc, &v, U_MONTH, z->val); e = q; break;
        case ZK_WEEK: case ZK_WDAY: {
          size_t a2;
          int wd = q < n ? zh_wday(dl_utf8_decode(s + q, n - q, &a2)) : 0;
          if (wd) {
            if (z->kind == ZK_WEEK) {
              rel_value(sc, &v, U_WEEK, z->val);       /* the week's Monday */
              if (sc->has_ref) dl_tv_shift(&v, U_DAY, wd - 1);
              v.gran = TG_DAY;
              if (!sc->has_ref) v.wd = wd;
            } else {
              wday_value(sc, &v, wd, 0, 0);
            }
            e = q + a2;
          } else if (z->kind == ZK_WEEK) {
            rel_value(sc, &v, U_WEEK, z->val);
            e = q;
          }
          break;
        }
        default: break;
      }
      break;
    }
    if (e) {
      st = emit(sc->out, (uint32_t)p, (uint32_t)e, &v);
      if (st != DL_OK) return st;
      p = e;
    } else p += adv;
  }
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

/* Common words that tell the languages apart (lower case). */
static const char *const stop_de[] = {"der", "die", "das", "und", "nicht", "ist", "mit", "ein", "eine", "den", "dem", "von", "zu", "auf", "wurde", NULL};
static const char *const stop_fr[] = {"le", "la", "les", "et", "est", "une", "des", "du", "dans", "pour", "pas", "qui", "sur", "au", "été", NULL};
static const char *const stop_es[] = {"el", "los", "las", "y", "es", "una", "del", "por", "para", "con", "que", "fue", "se", "en", "al", NULL};
static const char *const stop_en[] = {"the", "and", "of", "to", "is", "was", "in", "on", "for", "with", "that", "said", "it", "by", "at", NULL};

static int in_list(const char *const *l, const char *w, size_t n)
{
  for (; *l; l++)
    if (cmp_word(w, n, *l) == 0) return 1;
  return 0;
}

int dl_lang_guess(const char *text, size_t len)
{
  size_t p = 0, adv;
  long cyr = 0, han = 0, latin = 0;
  long sc_de = 0, sc_fr = 0, sc_es = 0, sc_en = 0;
  if (len > DL_MAX_LANG_GUESS) len = DL_MAX_LANG_GUESS;
  while (p < len) {
    int32_t cp = dl_utf8_decode(text + p, len - p, &adv);
    if (cp_is_letter(cp)) {
      char f[DL_MAX_I18N_WORD];
      size_t fl = 0;
      int over = 0, has_cyr = 0;
      /* French and Spanish accents in a capitalized word are a name's
       * ("Corrêa met Lula", "Peña said" in English), no sign of the
       * language; German capitalizes its nouns ("Straße"), so its letters
       * count everywhere */
      int name = (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE);
      while (p < len) {
        cp = dl_utf8_decode(text + p, len - p, &adv);
        if (!cp_is_letter(cp) && !(cp == '\'' && fl > 0 && fl <= 2)) break;
        if (cp >= 0x400 && cp <= 0x52F) has_cyr = 1;
        if (cp == 0xDF || cp == 0xE4 || cp == 0xF6 || cp == 0xFC) sc_de += 2;
        if (!name && (cp == 0xE7 || cp == 0xE8 || cp == 0xEA || cp == 0xE0 || cp == 0xE2)) sc_fr += 2;
        if (!name && (cp == 0xF1 || cp == 0xBF || cp == 0xA1)) sc_es += 2;
        if (!over && !put_cp(f, &fl, sizeof f, cp_lower(cp))) over = 1;
        p += adv;
        if (cp == '\'') break;
      }
      if (has_cyr) { cyr++; continue; }
      latin++;
      if (over) continue;
      if (in_list(stop_de, f, fl) || dl_i18n_lookup(DL_LANG_DE, f, fl, NULL) > IK_NONE) sc_de++;
      if (in_list(stop_fr, f, fl) || dl_i18n_lookup(DL_LANG_FR, f, fl, NULL) > IK_NONE) sc_fr++;
      if (in_list(stop_es, f, fl) || dl_i18n_lookup(DL_LANG_ES, f, fl, NULL) > IK_NONE) sc_es++;
      if (in_list(stop_en, f, fl) || dl_month_from_name(f, fl) || dl_weekday_from_name(f, fl)
          || dl_word_eq(f, fl, "yesterday") || dl_word_eq(f, fl, "today")
          || dl_word_eq(f, fl, "tomorrow")) sc_en++;
      continue;
    }
    if (cp_is_cjk(cp)) han++;
    p += adv;
  }
  if (han > 0 && han * 2 >= latin + cyr) return DL_LANG_ZH;
  if (cyr > 0 && cyr >= latin) return DL_LANG_RU;
  if (sc_en >= sc_de && sc_en >= sc_fr && sc_en >= sc_es) return DL_LANG_EN;
  if (sc_de >= sc_fr && sc_de >= sc_es) return DL_LANG_DE;
  if (sc_fr >= sc_es) return DL_LANG_FR;
  return DL_LANG_ES;
}

dl_status dl_i18n_scan(const char *text, size_t len, const dl_options *opts,
                       int lang, dl_timex_list *out)
{
  iscan sc;
  if (!text || !out) return DL_EARG;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  if (lang == DL_LANG_AUTO) lang = dl_lang_guess(text, len);
  if (lang <= DL_LANG_EN || lang >= DL_LANG_AUTO) return DL_OK;
  memset(&sc, 0, sizeof sc);
  sc.text = text; sc.len = len; sc.lang = lang; sc.out = out;
  sc.tab = table_of(lang);
  if (opts && opts->ref.year >= 1 && opts->ref.year <= 9999) {
    sc.has_ref = 1;
    dl_tv_from_date(&sc.ref, &opts->ref);
  }
  return lang == DL_LANG_ZH ? scan_zh(&sc) : scan_eu(&sc);
}

static int overlaps(const dl_timex *a, const dl_timex *b)
{
  return a->start < b->start + b->len && b->start < a->start + a->len;
}

dl_status dl_timex_scan_lang(const char *text, size_t len,
                             const dl_options *opts, dl_timex_list *out)
{
  int lang = opts ? opts->lang : DL_LANG_EN;
  dl_timex_list en, xx;
  dl_status st;
  size_t i = 0, j = 0, first = out->n;   /* items already in out are kept */
  if (lang == DL_LANG_AUTO) lang = dl_lang_guess(text, len);
  if (lang <= DL_LANG_EN || lang >= DL_LANG_AUTO) return dl_timex_scan(text, len, opts, out);
  dl_timex_list_init(&en);
  dl_timex_list_init(&xx);
  st = dl_timex_scan(text, len, opts, &en);
  if (st == DL_OK) st = dl_i18n_scan(text, len, opts, lang, &xx);
  /* merge in text order; of two overlapping items the longer one stays
   * (the language's own on a tie) */
  while (st == DL_OK && (i < en.n || j < xx.n)) {
    const dl_timex *c;
    int from_xx = j < xx.n && (i >= en.n || xx.items[j].start <= en.items[i].start);
    c = from_xx ? &xx.items[j++] : &en.items[i++];
    if (out->n > first && overlaps(&out->items[out->n - 1], c)) {
      dl_timex *last = &out->items[out->n - 1];
      if (c->len > last->len || (c->len == last->len && from_xx)) *last = *c;
      continue;
    }
    if (out->n >= DL_MAX_TIMEXES) { st = DL_ELIMIT; break; }
    if (dl_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items)) {
      st = DL_ENOMEM;
      break;
    }
    out->items[out->n++] = *c;
  }
  dl_timex_list_free(&en);
  dl_timex_list_free(&xx);
  return st;
}

/* Words that may lead a whole-string date without being part of the
 * expression ("в прошлом году", "le 22 mars 2023", "am Dienstag"). */
static const char *const lead_en[] = {"on", "in", "at", "since", NULL};
static const char *const lead_ru[] = {"в", "во", "на", "с", NULL};
static const char *const lead_zh[] = {"在", "于", NULL};
static const char *const lead_de[] = {"am", "im", "an", "in", "seit", NULL};
static const char *const lead_fr[] = {"le", "en", "au", "depuis", NULL};
static const char *const lead_es[] = {"el", "en", "desde", NULL};

size_t dl_i18n_lead(const char *s, size_t len, int lang)
{
  static const char *const *const leads[] = {lead_en, lead_ru, lead_zh, lead_de, lead_fr, lead_es};
  const char *const *l;
  char f[DL_MAX_I18N_WORD];
  size_t p = 0, fl = 0, adv, sp;
  if (lang < 0 || lang >= DL_LANG_AUTO) return 0;
  while (p < len) {
    int32_t cp = dl_utf8_decode(s + p, len - p, &adv);
    if (!cp_is_letter(cp) && !cp_is_cjk(cp)) break;
    if (!put_cp(f, &fl, sizeof f, cp_lower(cp))) return 0;
    p += adv;
    if (lang == DL_LANG_ZH) break;          /* one character */
  }
  if (fl == 0) return 0;
  for (l = leads[lang]; *l; l++) {
    if (cmp_word(f, fl, *l) == 0) {
      while (p < len && (sp = dl_space_len(s + p, len - p)) > 0) p += sp;
      return p < len ? p : 0;
    }
  }
  return 0;
}
