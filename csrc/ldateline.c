/*
 * ldateline.c -- the Lua binding of the dateline core (module dateline.core).
 *
 * The only file that includes the Lua headers.  Results stay in the core's
 * compact C arrays; Lua values are made only when a script asks for them.
 * Offsets cross the boundary exactly here: 0-based [start, start+len) in C,
 * 1-based inclusive [start, stop] in Lua, like string.find.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lcompat.h"   /* Lua 5.1, 5.2, 5.3 and LuaJIT 2.1 */

#include "dateline.h"
#include "calendar.h"   /* Date values: weekday, ISO week */
#include "gazetteer.h"   /* entities: dl_gaz_match for Gazetteer:match */
#include "tz.h"   /* DL_MAX_TZ_NAME, for the message naming the limit */

#define ARTICLE_MT "dateline.Article"

/* An article as Lua sees it.  Its user values: UV_TEXT the text string, so
 * the spans stay valid as long as the article lives; UV_CACHE a table the
 * Lua layer uses to cache what it has built; UV_GAZ keeps opts.gazetteer
 * alive; UV_QUOTES and UV_ENTITIES the arrays a:_quotes() and
 * a:_entities() built (made once: no cache table, no lookup in Lua).
 * ents: the article's entities once found (article_entities: the entity
 * records and the quotes' speaker links share them), freed with the
 * article. */
enum { UV_TEXT = 1, UV_CACHE, UV_GAZ, UV_QUOTES, UV_ENTITIES, UV_N = UV_ENTITIES };

typedef struct article_ud {
  dl_article *art;
  dl_entities *ents;
  dl_options opts;
} article_ud;

/* --- options ------------------------------------------------------------ */

/* Raise a message about an option without a source position: the
 * position would name the Lua wrapper, not the caller's line. */
static int option_error(lua_State *L, const char *fmt, const char *name, const char *what)
{
  lua_pushfstring(L, fmt, name, what);
  return lua_error(L);
}

/* Why a string shaped like a date ("2024-02-30", "2025-13-01") is none:
 * "" when it is not so shaped or its day exists (the rest is wrong). */
static const char *ref_date_problem(const char *s, size_t len)
{
  static const int digit_at[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  size_t i;
  int y, m, d;
  if (len < 10 || s[4] != '-' || s[7] != '-') return "";
  for (i = 0; i < sizeof digit_at / sizeof digit_at[0]; i++)
    if (s[digit_at[i]] < '0' || s[digit_at[i]] > '9') return "";
  y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  m = (s[5] - '0') * 10 + (s[6] - '0');
  d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1) return ": there is no year 0";
  if (m < 1 || m > 12) return ": no such month";
  if (d < 1 || d > dl_days_in_month(y, m)) return ": no such day in that month";
  return "";
}

static void read_ref(lua_State *L, int idx, const char *name, dl_date *out)
{
  size_t len;
  const char *s = lua_tolstring(L, idx, &len);
  if (dl_date_parse_iso(s, len, out) != DL_OK) {
    lua_pushfstring(L, "bad option '%s' (expected \"YYYY-MM-DD\" or an ISO 8601 "
                    "date-time, got \"%s\"%s)", name, s, ref_date_problem(s, len));
    lua_error(L);
  }
}

/* The options read_options reads, as bits of an opt_present mask.
 * OPT_OTHER: the table may hold a name read_options does not read (an
 * option of dl.corpus, or a misspelt one), which only the Lua layer
 * judges (see args_mask). */
enum { OPT_REF = 1, OPT_DAYFIRST = 2, OPT_ANCHOR = 4, OPT_GAZETTEER = 8, OPT_LANG = 16,
       OPT_CST = 32, OPT_ALL = 63, OPT_OTHER = 64 };

/* A table of options with more entries than this is not walked (see
 * opt_present): every option is looked up as before. */
#define DL_MAX_OPT_WALK 16

/* Which options the table at idx holds.  Most calls pass one or two
 * (dl.timexes(text, {ref = ...})): one walk of the table with lua_next,
 * then only those are looked up, not all six.  A table with a metatable
 * (__index may supply any option) or with many entries gives OPT_ALL
 * (and OPT_OTHER: its names are not known). */
static unsigned opt_present(lua_State *L, int idx)
{
  static const struct { const char *name; size_t len; unsigned bit; } names[] = {
    {"ref", 3, OPT_REF}, {"dayfirst", 8, OPT_DAYFIRST}, {"anchor", 6, OPT_ANCHOR},
    {"gazetteer", 9, OPT_GAZETTEER}, {"lang", 4, OPT_LANG}, {"cst", 3, OPT_CST}
  };
  unsigned have = 0;
  int n = 0;
  size_t k;
  if (lua_getmetatable(L, idx)) {
    lua_pop(L, 1);
    return OPT_ALL | OPT_OTHER;
  }
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    if (++n > DL_MAX_OPT_WALK) {
      lua_pop(L, 2);
      return OPT_ALL | OPT_OTHER;
    }
    lua_pop(L, 1);   /* the value; the key stays for lua_next */
    if (lua_type(L, -1) == LUA_TSTRING) {
      size_t len;
      const char *key = lua_tolstring(L, -1, &len);
      unsigned bit = OPT_OTHER;
      for (k = 0; k < sizeof names / sizeof names[0]; k++)
        if (len == names[k].len && memcmp(key, names[k].name, len) == 0) bit = names[k].bit;
      have |= bit;
    } else {
      have |= OPT_OTHER;   /* {"ref"}, a list: check_args judges it */
    }
  }
  return have;
}

/* The options of the table at idx (nil allowed: none) as an opt_present
 * mask. */
static unsigned opts_mask(lua_State *L, int idx)
{
  if (lua_isnoneornil(L, idx)) return 0;
  luaL_argexpected(L, lua_istable(L, idx), idx, "table of options");
  return opt_present(L, idx) & OPT_ALL;
}

/* The arguments (text [, opts [, checked]]) of core.parse and
 * core.timexes: the mask of opts, or OPT_OTHER when the Lua layer must
 * check them first.  dl.parse and dl.timexes call the core unchecked:
 * a string and nil or a plain table of the options read here (what
 * check_args in dateline/init.lua lets through, the common case) are
 * read at once, with no walk of the table in Lua; anything else comes
 * back to check_args, which raises its message (or lets the names of
 * dl.corpus through) and calls again with checked true. */
static unsigned args_mask(lua_State *L)
{
  unsigned have;
  if (lua_toboolean(L, 3)) {
    luaL_argexpected(L, lua_type(L, 1) == LUA_TSTRING, 1, "string");
    return opts_mask(L, 2);
  }
  if (lua_type(L, 1) != LUA_TSTRING) return OPT_OTHER;
  if (lua_isnoneornil(L, 2)) return 0;
  if (!lua_istable(L, 2)) return OPT_OTHER;
  have = opt_present(L, 2);
  return have & OPT_OTHER ? OPT_OTHER : have;
}

/* Push option `name` of the table at idx and return 1, or push nothing
 * and return 0 when have says it is not there. */
static int opt_field(lua_State *L, int idx, unsigned have, unsigned bit, const char *name)
{
  if (!(have & bit)) return 0;
  lua_getfield(L, idx, name);
  return 1;
}

/* Read the options table at idx (nil allowed) into *o. */
static const dl_gazetteer *check_gazetteer_opt(lua_State *L, int idx);
static void read_date_options(lua_State *L, int idx, unsigned have, dl_options *o);
static int read_ref_date(lua_State *L, int idx, dl_date *out);

/* Read the options of the table at idx that have (opts_mask, args_mask)
 * says it holds. */
static void read_options(lua_State *L, int idx, unsigned have, dl_options *o)
{
  dl_options_init(o);

  if (opt_field(L, idx, have, OPT_REF, "ref")) {
    if (lua_type(L, -1) == LUA_TSTRING) read_ref(L, -1, "ref", &o->ref);
    else if (read_ref_date(L, -1, &o->ref)) {}
    else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (string expected, got %s)", "ref",
                   luaL_typename(L, -1));
    lua_pop(L, 1);
  }

  if (opt_field(L, idx, have, OPT_DAYFIRST, "dayfirst")) {
    if (lua_isboolean(L, -1))
      o->dayfirst = lua_toboolean(L, -1) ? DL_DAYFIRST_YES : DL_DAYFIRST_NO;
    else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (boolean expected, got %s)", "dayfirst",
                   luaL_typename(L, -1));
    lua_pop(L, 1);
  }

  if (opt_field(L, idx, have, OPT_ANCHOR, "anchor")) {
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *s = lua_tostring(L, -1);
      if (strcmp(s, "ref") == 0) o->anchor = DL_ANCHOR_REF;
      else if (strcmp(s, "last") == 0) o->anchor = DL_ANCHOR_LAST;
      else option_error(L, "bad option '%s' (\"ref\" or \"last\" expected, got \"%s\")",
                        "anchor", s);
    } else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (string expected, got %s)", "anchor",
                   luaL_typename(L, -1));
    lua_pop(L, 1);
  }

  /* entities (entities.c, gazetteer.c) */
  if (opt_field(L, idx, have, OPT_GAZETTEER, "gazetteer")) {
    if (!lua_isnil(L, -1)) o->gazetteer = check_gazetteer_opt(L, -1);
    lua_pop(L, 1);
  }

  read_date_options(L, idx, have, o);   /* Date values: lang, cst */
}

static int text_too_long(lua_State *L)
{
  return luaL_error(L, "dateline: text too long (limit is " LCOMPAT_FMT_INT " bytes)",
                    LCOMPAT_INT(DL_MAX_TEXT));
}

static int raise_status(lua_State *L, dl_status st)
{
  return luaL_error(L, "dateline: %s", dl_strerror(st));
}

/* --- spans and records -------------------------------------------------- */

static void set_span(lua_State *L, const char *text, uint32_t start, uint32_t len)
{
  lua_pushlstring(L, text + start, len);
  lua_setfield(L, -2, "text");
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)start + len);
  lua_setfield(L, -2, "stop");
}

static void set_opt_span(lua_State *L, const char *text, dl_span sp, const char *field)
{
  if (sp.len == 0) return;
  lua_pushlstring(L, text + sp.start, sp.len);
  lua_setfield(L, -2, field);
}

static void set_opt_str(lua_State *L, const char *s, const char *field)
{
  if (!s[0]) return;
  lua_pushstring(L, s);
  lua_setfield(L, -2, field);
}

/* The strings push_timexes uses, made once per Lua state: a table in the
 * registry (key: the address of timex_strings_key) holding the field
 * names, the type and mod names, and the reusable timex list of
 * scan_and_push.  Each record is then filled with lua_rawset and keys
 * already on the stack: no lookup of a C string per field. */
static const char timex_strings_key = 'T';
enum {
  TS_TEXT = 1, TS_START, TS_STOP, TS_TYPE, TS_VALUE, TS_MOD, TS_ANCHOR, TS_FREQ, TS_QUANT,
  TS_NKEYS = TS_QUANT,
  TS_TYPES = TS_NKEYS + 1,                 /* 4 type names */
  TS_MODS = TS_TYPES + 4,                  /* 14 mod names, DL_MOD_NONE excluded */
  TS_CACHE = TS_MODS + 14,                 /* the timex_cache userdata */
  TS_RECMT,                                /* the records' metatable (push_timexes) */
  TS_N = TS_RECMT
};

/* The reusable list of scan_and_push.  It starts with the list, so the
 * "dateline.TimexList" metatable's __gc frees it. */
typedef struct timex_cache {
  dl_timex_list tl;
  int busy;   /* a list being pushed (a finalizer may call back in) */
} timex_cache;

/* A list that grew past this many items is freed after use rather than
 * kept for the next call. */
#define DL_TIMEX_CACHE_KEEP 4096

/* Timex, quote and entity records (record_tostring, push_record_mt) */
enum { REC_TIMEX = 1, REC_QUOTE, REC_ENTITY };
static void push_record_mt(lua_State *L, int kind);

/* Push the strings table (made on first use). */
static void push_timex_strings(lua_State *L)
{
  static const char *const keys[TS_NKEYS] = {
    "text", "start", "stop", "type", "value", "mod", "anchor", "freq", "quant"
  };
  int k;
  timex_cache *c;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &timex_strings_key) == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_createtable(L, TS_N, 0);
  for (k = 0; k < TS_NKEYS; k++) {
    lua_pushstring(L, keys[k]);
    lua_rawseti(L, -2, TS_TEXT + k);
  }
  for (k = 0; k < 4; k++) {
    lua_pushstring(L, dl_timex_type_name(k));
    lua_rawseti(L, -2, TS_TYPES + k);
  }
  for (k = 0; k < 14; k++) {
    lua_pushstring(L, dl_timex_mod_name(k + 1));
    lua_rawseti(L, -2, TS_MODS + k);
  }
  c = (timex_cache *)lua_newuserdatauv(L, sizeof *c, 0);
  dl_timex_list_init(&c->tl);
  c->busy = 0;
  luaL_setmetatable(L, "dateline.TimexCache");
  lua_rawseti(L, -2, TS_CACHE);
  push_record_mt(L, REC_TIMEX);
  lua_rawseti(L, -2, TS_RECMT);
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &timex_strings_key);
}


/* Timex, quote and entity records are plain tables (pairs and cjson see
 * only their fields) with a shared metatable whose __tostring reads well
 * in the REPL: DATE 2024-10-15 "Tuesday" (12-18). */
#define REC_SHOW 48   /* bytes of a quote's text shown */

/* The string field k of the table at index t, or def. */
static const char *rec_str(lua_State *L, int t, const char *k, const char *def)
{
  const char *v;
  lua_pushstring(L, k);
  lua_rawget(L, t);   /* raw: the string stays referenced by the record */
  v = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : def;
  lua_pop(L, 1);
  return v;
}

static int rec_int(lua_State *L, int t, const char *k)
{
  int v;
  lua_pushstring(L, k);
  lua_rawget(L, t);
  v = lua_type(L, -1) == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  return v;
}

static int record_tostring(lua_State *L)
{
  int kind = (int)lua_tointeger(L, lua_upvalueindex(1));
  luaL_checktype(L, 1, LUA_TTABLE);
  if (kind == REC_TIMEX) {
    const char *mod = rec_str(L, 1, "mod", NULL);
    lua_pushfstring(L, "%s %s \"%s\" (%d-%d)%s%s", rec_str(L, 1, "type", "?"),
                    rec_str(L, 1, "value", "?"), rec_str(L, 1, "text", ""),
                    rec_int(L, 1, "start"), rec_int(L, 1, "stop"), mod ? " " : "",
                    mod ? mod : "");
  } else if (kind == REC_QUOTE) {
    const char *text = rec_str(L, 1, "text", "");
    size_t n = strlen(text), cut = n;
    const char *cue = rec_str(L, 1, "cue", NULL);
    int partial;
    lua_pushliteral(L, "partial");
    lua_rawget(L, 1);
    partial = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (n > REC_SHOW) {   /* cut at a character boundary */
      cut = REC_SHOW;
      while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80) cut--;
    }
    /* an unattributed quote says so rather than printing a placeholder name */
    lua_pushfstring(L, "%s%s%s%s: \"", rec_str(L, 1, "speaker", "(no speaker)"), cue ? " (" : "",
                    cue ? cue : "", cue ? ")" : "");
    lua_pushlstring(L, text, cut);
    lua_pushfstring(L, "%s\" (%d-%d)%s", cut < n ? "..." : "", rec_int(L, 1, "start"),
                    rec_int(L, 1, "stop"), partial ? " partial" : "");
    lua_concat(L, 3);
  } else {
    const char *title = rec_str(L, 1, "title", NULL);
    int nm = 0;
    lua_pushliteral(L, "mentions");
    lua_rawget(L, 1);
    if (lua_type(L, -1) == LUA_TTABLE) nm = (int)lua_rawlen(L, -1);
    lua_pop(L, 1);
    lua_pushfstring(L, "%s %s%s%s%s, %d mention%s", rec_str(L, 1, "type", "?"),
                    rec_str(L, 1, "name", "?"), title ? " (" : "", title ? title : "",
                    title ? ")" : "", nm, nm == 1 ? "" : "s");
  }
  return 1;
}

/* Push the metatable of records of this kind (made on first use). */
static void push_record_mt(lua_State *L, int kind)
{
  static const char *const names[] = {
    "", "dateline.Timex", "dateline.Quote", "dateline.Entity"
  };
  if (luaL_newmetatable(L, names[kind])) {
    lua_pushinteger(L, kind);
    lua_pushcclosure(L, record_tostring, 1);
    lua_setfield(L, -2, "__tostring");
  }
}

/* The upvalues of the functions that push timex records (core.timexes,
 * a:_timexes()): 1 the article metatable (check_article), then the
 * entries TS_TEXT .. TS_N of the strings table, so that field names,
 * type and mod names, the reusable list and the records' metatable are
 * read straight from the closure: no registry lookup and no copy onto
 * the stack per call. */
#define TS_UP(k) lua_upvalueindex(1 + (k))

/* Push the array of records of tl (the strings as upvalues, TS_UP). */
static void push_timexes(lua_State *L, const char *text, const dl_timex_list *tl)
{
  size_t i;
  int anchor_at;
  /* the last anchor pushed, kept at anchor_at: most timexes of a text
   * share one (the reference date), which is then not hashed and
   * interned again for each */
  const char *anchor = NULL;
  luaL_checkstack(L, 8, "too many timex fields");
  lua_createtable(L, tl->n > INT32_MAX ? INT32_MAX : (int)tl->n, 0);
  if (tl->n == 0) return;
  lua_pushnil(L);                 /* the last anchor */
  anchor_at = lua_gettop(L);
  for (i = 0; i < tl->n; i++) {
    const dl_timex *t = &tl->items[i];
    int nf = 5 + (t->mod >= 1 && t->mod <= 14) + (t->anchor[0] != '\0')
           + (t->freq[0] != '\0') + (t->quant[0] != '\0');
    lua_createtable(L, 0, nf);
    lua_pushvalue(L, TS_UP(TS_TEXT));
    lua_pushlstring(L, text + t->start, t->len);
    lua_rawset(L, -3);
    lua_pushvalue(L, TS_UP(TS_START));
    lua_pushinteger(L, (lua_Integer)t->start + 1);
    lua_rawset(L, -3);
    lua_pushvalue(L, TS_UP(TS_STOP));
    lua_pushinteger(L, (lua_Integer)t->start + t->len);
    lua_rawset(L, -3);
    lua_pushvalue(L, TS_UP(TS_TYPE));
    if (t->type < 4) lua_pushvalue(L, TS_UP(TS_TYPES + t->type));
    else lua_pushliteral(L, "");
    lua_rawset(L, -3);
    lua_pushvalue(L, TS_UP(TS_VALUE));
    /* lua_pushlstring, not lua_pushstring: the value's address (in the
     * reused list) keys no useful entry of Lua's C-string cache */
    lua_pushlstring(L, t->value, strlen(t->value));
    lua_rawset(L, -3);
    if (t->mod >= 1 && t->mod <= 14) {   /* dl_timex_mod_name: "" otherwise */
      lua_pushvalue(L, TS_UP(TS_MOD));
      lua_pushvalue(L, TS_UP(TS_MODS + t->mod - 1));
      lua_rawset(L, -3);
    }
    if (t->anchor[0]) {
      lua_pushvalue(L, TS_UP(TS_ANCHOR));
      if (!anchor || strcmp(anchor, t->anchor) != 0) {
        lua_pushlstring(L, t->anchor, strlen(t->anchor));   /* (void in Lua 5.1) */
        anchor = lua_tostring(L, -1);
        lua_replace(L, anchor_at);
      }
      lua_pushvalue(L, anchor_at);
      lua_rawset(L, -3);
    }
    if (t->freq[0]) {
      lua_pushvalue(L, TS_UP(TS_FREQ));
      lua_pushlstring(L, t->freq, strlen(t->freq));
      lua_rawset(L, -3);
    }
    if (t->quant[0]) {
      lua_pushvalue(L, TS_UP(TS_QUANT));
      lua_pushlstring(L, t->quant, strlen(t->quant));
      lua_rawset(L, -3);
    }
    lua_pushvalue(L, TS_UP(TS_RECMT));
    lua_setmetatable(L, -2);
    lua_rawseti(L, anchor_at - 1, (lua_Integer)i + 1);
  }
  lua_settop(L, anchor_at - 1);
}

/* The state's reusable timex list: busy while a scan fills it and its
 * records are built; __close (run on return and on a raise) makes it free
 * again and trims it; __gc frees it for good and marks it dead, so a
 * finalizer that scans after it (lua_close) takes the fresh-list path. */
enum { CACHE_FREE = 0, CACHE_BUSY = 1, CACHE_DEAD = 2 };

/* The userdata argument of a __close or __gc made by closing_mt, whose
 * upvalue 1 is the metatable: compared with the argument's metatable,
 * where luaL_checkudata would look the metatable up by its name (a third
 * of the fixed cost of a dl.timexes call).  Anything else raises as
 * luaL_checkudata does. */
static void *check_closing(lua_State *L, const char *tname)
{
  void *p = lua_touserdata(L, 1);
  if (p && lua_getmetatable(L, 1)) {
    int same = lua_rawequal(L, -1, lua_upvalueindex(1));
    lua_pop(L, 1);
    if (same) return p;
  }
  return luaL_checkudata(L, 1, tname);
}

static int timexcache_close(lua_State *L)
{
  timex_cache *c = (timex_cache *)check_closing(L, "dateline.TimexCache");
  c->tl.n = 0;
  if (c->tl.cap > DL_TIMEX_CACHE_KEEP) {
    dl_timex_list_free(&c->tl);
    dl_timex_list_init(&c->tl);
  }
  if (c->busy == CACHE_BUSY) c->busy = CACHE_FREE;
  return 0;
}

static int timexcache_gc(lua_State *L)
{
  timex_cache *c = (timex_cache *)check_closing(L, "dateline.TimexCache");
  dl_timex_list_free(&c->tl);
  dl_timex_list_init(&c->tl);
  c->busy = CACHE_DEAD;
  return 0;
}

/* Scan text for timexes with opts and push the array.  The list is the
 * state's reusable one when it is free (no allocation once it has grown),
 * released by its __close however this function ends; otherwise (a
 * finalizer run while the records are built called back in, or the state
 * is closing) a fresh list lives in a to-be-closed userdata made before
 * the scan, so it is freed even when a Lua allocation raises. */
static int scan_and_push(lua_State *L, const char *text, size_t len, const dl_options *o,
                         const dl_article *art)
{
  timex_cache *c = (timex_cache *)lua_touserdata(L, TS_UP(TS_CACHE));
  dl_timex_list *tl;
  dl_status st;
  int guard;
  if (c && c->busy == CACHE_FREE) {
    c->busy = CACHE_BUSY;
    c->tl.n = 0;
    tl = &c->tl;
    lua_pushvalue(L, TS_UP(TS_CACHE));
  } else {
    tl = (dl_timex_list *)lua_newuserdatauv(L, sizeof *tl, 0);
    dl_timex_list_init(tl);
    luaL_setmetatable(L, "dateline.TimexList");
  }
  guard = lua_gettop(L);
  lua_toclose(L, guard);
  /* + dl_i18n_scan for opts.lang; an article's own date and items */
  st = art ? dl_article_timexes(art, text, len, o, tl) : dl_timex_scan_lang(text, len, o, tl);
  if (st != DL_OK) return raise_status(L, st);
  push_timexes(L, text, tl);
  lcompat_close(L, guard);   /* before 5.4: what the to-be-closed slot does */
  return 1;
}

static int timexlist_close(lua_State *L)
{
  dl_timex_list *tl = (dl_timex_list *)check_closing(L, "dateline.TimexList");
  dl_timex_list_free(tl);
  dl_timex_list_init(tl);   /* __close runs first, then __gc */
  return 0;
}

/* --- module functions --------------------------------------------------- */

/* core.parse(text [, opts [, checked]]) -> Article, or false: see
 * args_mask */
static int parse_with(lua_State *L, unsigned have);

static int l_parse(lua_State *L)
{
  unsigned have = args_mask(L);
  if (have & OPT_OTHER) {
    lua_pushboolean(L, 0);
    return 1;
  }
  return parse_with(L, have);
}

/* dl.parse and dl.timexes (core._public): the core called straight from
 * the script, without a Lua function in between (a tenth of the fixed
 * cost of a call); arguments that args_mask hands back go to the Lua
 * layer's checks, the closure's last upvalue, which raises or calls
 * core.parse / core.timexes with checked true.  A third argument is
 * dropped, as the Lua functions did. */
static int call_checks(lua_State *L, int up)
{
  lua_pushvalue(L, lua_upvalueindex(up));
  lua_insert(L, 1);
  lua_call(L, 2, 1);
  return 1;
}

static int l_parse_public(lua_State *L)
{
  unsigned have;
  lua_settop(L, 2);
  have = args_mask(L);
  if (have & OPT_OTHER) return call_checks(L, 2);
  return parse_with(L, have);
}

/* Parse the text at 1 with the options at 2 that have holds into a new
 * article (upvalue 1: the Article metatable). */
static int parse_with(lua_State *L, unsigned have)
{
  size_t len;
  const char *text;
  article_ud *ud;
  dl_status st;
  text = lua_tolstring(L, 1, &len);
  if (len > DL_MAX_TEXT) return text_too_long(L);
  ud = (article_ud *)lua_newuserdatauv(L, sizeof *ud, UV_N);
  ud->art = NULL;
  ud->ents = NULL;
  lua_pushvalue(L, lua_upvalueindex(1));   /* the Article metatable */
  lua_setmetatable(L, -2);
  read_options(L, 2, have, &ud->opts);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, UV_TEXT);
  if (ud->opts.gazetteer) {   /* keeps opts.gazetteer alive */
    lua_getfield(L, 2, "gazetteer");
    lua_setiuservalue(L, -2, UV_GAZ);
  }
  st = dl_article_parse(text, len, &ud->opts, &ud->art);
  if (st != DL_OK) return raise_status(L, st);
  return 1;
}

/* core.timexes(text [, opts [, checked]]) -> array of timex records, or
 * false: see args_mask */
static int l_timexes(lua_State *L)
{
  size_t len;
  const char *text;
  dl_options o;
  unsigned have = args_mask(L);
  if (have & OPT_OTHER) {
    lua_pushboolean(L, 0);
    return 1;
  }
  text = lua_tolstring(L, 1, &len);
  read_options(L, 2, have, &o);
  if (len > DL_MAX_TEXT) return text_too_long(L);
  return scan_and_push(L, text, len, &o, NULL);
}

/* dl.timexes: see l_parse_public (the checks after the timex strings) */
static int l_timexes_public(lua_State *L)
{
  size_t len;
  const char *text;
  dl_options o;
  unsigned have;
  lua_settop(L, 2);
  have = args_mask(L);
  if (have & OPT_OTHER) return call_checks(L, TS_N + 2);
  text = lua_tolstring(L, 1, &len);
  read_options(L, 2, have, &o);
  if (len > DL_MAX_TEXT) return text_too_long(L);
  return scan_and_push(L, text, len, &o, NULL);
}

/* --- article methods (the Lua layer shapes them into the public API) ---- */

/* The article at stack index 1.  Upvalue 1 of every article method is
 * the Article metatable (see luaopen_dateline_core), compared with the
 * argument's: luaL_checkudata would look it up by name in the registry
 * at each call.  Anything else raises as luaL_checkudata does. */
static article_ud *check_article(lua_State *L)
{
  article_ud *ud = (article_ud *)lua_touserdata(L, 1);
  int same = 0;
  if (ud && lua_getmetatable(L, 1)) {
    same = lua_rawequal(L, -1, lua_upvalueindex(1));
    lua_pop(L, 1);
  }
  if (!same) ud = (article_ud *)luaL_checkudata(L, 1, ARTICLE_MT);
  if (!ud->art) luaL_error(L, "dateline.Article is not initialized");
  return ud;
}

static const char *article_text(lua_State *L, size_t *len)
{
  const char *s;
  lua_getiuservalue(L, 1, UV_TEXT);
  s = lua_tolstring(L, -1, len);
  lua_pop(L, 1);   /* still referenced by the user value */
  return s;
}

static int a_text(lua_State *L)
{
  check_article(L);
  lua_getiuservalue(L, 1, UV_TEXT);
  return 1;
}

/* a:_cache() -> the table the Lua layer keeps its built values in */
static int a_cache(lua_State *L)
{
  check_article(L);
  if (lua_getiuservalue(L, 1, UV_CACHE) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, UV_CACHE);
  }
  return 1;
}

static int a_npara(lua_State *L)
{
  lua_pushinteger(L, (lua_Integer)dl_article_npara(check_article(L)->art));
  return 1;
}

/* a:_para(i) -> start, stop, flags (1-based, inclusive) */
static int a_para(lua_State *L)
{
  article_ud *ud = check_article(L);
  lua_Integer i = luaL_checkinteger(L, 2);
  const dl_para *p;
  if (i < 1 || (size_t)i > dl_article_npara(ud->art)) return 0;
  p = &dl_article_paras(ud->art)[i - 1];
  lua_pushinteger(L, (lua_Integer)p->start + 1);
  lua_pushinteger(L, (lua_Integer)p->start + p->len);
  lua_pushinteger(L, (lua_Integer)p->flags);
  return 3;
}

static int a_nsent(lua_State *L)
{
  lua_pushinteger(L, (lua_Integer)dl_article_nsentences(check_article(L)->art));
  return 1;
}

/* a:_sent(i) -> start, stop, paragraph index (1-based) */
static int a_sent(lua_State *L)
{
  article_ud *ud = check_article(L);
  lua_Integer i = luaL_checkinteger(L, 2);
  const dl_sentence *s;
  if (i < 1 || (size_t)i > dl_article_nsentences(ud->art)) return 0;
  s = &dl_article_sentences(ud->art)[i - 1];
  lua_pushinteger(L, (lua_Integer)s->start + 1);
  lua_pushinteger(L, (lua_Integer)s->start + s->len);
  lua_pushinteger(L, (lua_Integer)s->para + 1);
  return 3;
}

/* a:_dateline() -> table or nil */
static int a_dateline(lua_State *L)
{
  article_ud *ud = check_article(L);
  const dl_dateline *d = dl_article_dateline(ud->art);
  size_t len;
  const char *text = article_text(L, &len);
  if (!d) return 0;
  lua_createtable(L, 0, 8);
  set_span(L, text, d->span.start, d->span.len);
  set_opt_span(L, text, d->place, "place");
  set_opt_span(L, text, d->city, "city");
  set_opt_span(L, text, d->region, "region");
  set_opt_span(L, text, d->agency, "agency");
  set_opt_str(L, d->iso, "date");
  return 1;
}

/* a:_ref() -> the reference date option as given ("" when none) */
/* a:_dayfirst() -> the day/month order of the article's numeric dates:
 * the dayfirst option when given, else what the document shows
 * (dl_timex_dayfirst; month-first when nothing decides). */
static int a_dayfirst(lua_State *L)
{
  article_ud *ud = check_article(L);
  size_t len;
  const char *text;
  if (ud->opts.dayfirst != DL_DAYFIRST_INFER) {
    lua_pushboolean(L, ud->opts.dayfirst == DL_DAYFIRST_YES);
    return 1;
  }
  text = article_text(L, &len);
  lua_pushboolean(L, dl_timex_dayfirst(text, len) == DL_DAYFIRST_YES);
  return 1;
}

/* a:_stamp() -> the date of a time stamp line at the top, or nothing */
static int a_stamp(lua_State *L)
{
  article_ud *ud = check_article(L);
  const dl_date *r = dl_article_stamp(ud->art);
  char buf[32];
  if (!r) return 0;
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", r->year, r->month, r->day);
  lua_pushstring(L, buf);
  return 1;
}

static int a_ref(lua_State *L)
{
  article_ud *ud = check_article(L);
  const dl_date *r = &ud->opts.ref;
  char buf[32];
  if (r->year == 0) return 0;
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", r->year, r->month, r->day);
  lua_pushstring(L, buf);
  return 1;
}

/* a:_timexes() -> array of timex records, resolved against the article's
 * own date: a full dateline date, else the ref option. */
static int a_timexes(lua_State *L)
{
  article_ud *ud = check_article(L);
  size_t len;
  const char *text = article_text(L, &len);
  return scan_and_push(L, text, len, &ud->opts, ud->art);
}

static int a_gc(lua_State *L)
{
  article_ud *ud = (article_ud *)luaL_checkudata(L, 1, ARTICLE_MT);
  dl_article_free(ud->art);
  ud->art = NULL;
  dl_entities_free(ud->ents);
  ud->ents = NULL;
  return 0;
}

/* --- record keys (quotes and entities) ------------------------------------
 * The field names of the quote, entity and mention records and the entity
 * type and gender names, made once per Lua state: a table in the registry
 * (key: the address of record_keys_key).  a:_quotes() and a:_entities()
 * hold them all as upvalues; force_mentions pushes those it needs on the
 * stack (push_record_keys).  Each record is filled with lua_rawset from
 * there: no C string to hash or look up per field. */
static const char record_keys_key = 'K';
enum {   /* the quote keys, then text, start, stop, then the entity keys */
  K_OUTER_START = 1, K_OUTER_STOP, K_PARTIAL, K_SPEAKER, K_SPEAKER_TEXT, K_SPEAKER_START,
  K_SPEAKER_STOP, K_RESOLVED, K_RESOLVED_START, K_RESOLVED_STOP, K_CUE, K_CUE_START,
  K_CUE_STOP, K_VIA_PRONOUN, K_CLOSED, K_INHERITED, K_SPEAKER_ID,
  K_TEXT, K_START, K_STOP,
  K_NAME_START, K_NAME_STOP, K_NAME, K_TYPE, K_ID, K_COUNTRY, K_REGION, K_TIMEZONE,
  K_POPULATION, K_TITLE, K_NATIONALITY, K_GENDER, K_MENTIONS, K_MALE, K_FEMALE,
  K_TYPES,                     /* 4 entity type names: DL_ENT_PERSON .. DL_ENT_MISC */
  K_N = K_TYPES + 3
};

/* Push the keys first..last; returns base, so that key k is at stack
 * index base + k (base >= 1 - K_N).  a:_quotes() and a:_entities() have
 * all K_N keys as upvalues instead (base KEYS_UPVALUES): KI(base, k) is
 * where key k is. */
#define KEYS_UPVALUES LUA_REGISTRYINDEX
#define KI(base, k) ((base) == KEYS_UPVALUES ? lua_upvalueindex(1 + (k)) : (base) + (k))
/* after the Article metatable (upvalue 1) and the keys: the records'
 * metatable of a:_quotes() or a:_entities() */
#define UP_RECMT lua_upvalueindex(K_N + 2)
static int push_record_keys(lua_State *L, int first, int last)
{
  static const char *const names[K_TYPES - 1] = {
    "outer_start", "outer_stop", "partial", "speaker", "speaker_text", "speaker_start",
    "speaker_stop", "resolved", "resolved_start", "resolved_stop", "cue", "cue_start",
    "cue_stop", "via_pronoun", "closed", "inherited", "speaker_id",
    "text", "start", "stop",
    "name_start", "name_stop", "name", "type", "id", "country", "region", "timezone",
    "population", "title", "nationality", "gender", "mentions", "male", "female"
  };
  int k, t;
  luaL_checkstack(L, last - first + 8, "too many record fields");
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &record_keys_key) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_createtable(L, K_N, 0);
    for (k = 1; k < K_TYPES; k++) {
      lua_pushstring(L, names[k - 1]);
      lua_rawseti(L, -2, k);
    }
    for (k = 0; k < 4; k++) {
      lua_pushstring(L, dl_entity_type_name(DL_ENT_PERSON + k));
      lua_rawseti(L, -2, K_TYPES + k);
    }
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &record_keys_key);
  }
  t = lua_gettop(L);
  for (k = first; k <= last; k++) lua_rawgeti(L, t, k);
  lua_remove(L, t);
  return t - first;
}

/* record[key] = value, for the record at the top of the stack and a key
 * pushed by push_record_keys */
static void rset_lstr(lua_State *L, int key, const char *s, size_t n)
{
  lua_pushvalue(L, key);
  lua_pushlstring(L, s, n);
  lua_rawset(L, -3);
}

static void rset_int(lua_State *L, int key, lua_Integer v)
{
  lua_pushvalue(L, key);
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

static void rset_bool(lua_State *L, int key, int v)
{
  lua_pushvalue(L, key);
  lua_pushboolean(L, v);
  lua_rawset(L, -3);
}

static void rset_val(lua_State *L, int key, int idx)
{
  lua_pushvalue(L, key);
  lua_pushvalue(L, idx);
  lua_rawset(L, -3);
}

/* text, start, stop of a span (1-based, inclusive) */
static void rset_span(lua_State *L, int base, const char *text, uint32_t start, uint32_t len)
{
  rset_lstr(L, KI(base, K_TEXT), text + start, len);
  rset_int(L, KI(base, K_START), (lua_Integer)start + 1);
  rset_int(L, KI(base, K_STOP), (lua_Integer)start + len);
}

/* the text of sp as field kt (0: none) and its bounds as kstart, kstart+1
 * (0: none); nothing for an empty span */
static void rset_opt_span(lua_State *L, int base, const char *text, dl_span sp, int kt, int kstart)
{
  if (sp.len == 0) return;
  if (kt) rset_lstr(L, KI(base, kt), text + sp.start, sp.len);
  if (kstart) {
    rset_int(L, KI(base, kstart), (lua_Integer)sp.start + 1);
    rset_int(L, KI(base, kstart + 1), (lua_Integer)sp.start + sp.len);
  }
}

/* s: a string of a gazetteer (an entity's id, country, region, zone), at
 * the same address each time: lua_pushstring finds it in Lua's cache of
 * C strings (keyed by address) without hashing its bytes again */
static void rset_opt_str(lua_State *L, int key, const char *s)
{
  if (!s[0]) return;
  lua_pushvalue(L, key);
  lua_pushstring(L, s);
  lua_rawset(L, -3);
}

/* --- quotes (quotes.c) --------------------------------------------------- */

#define QUOTELIST_MT "dateline.QuoteList"

static int quotelist_close(lua_State *L)
{
  dl_quote_list *ql = (dl_quote_list *)luaL_checkudata(L, 1, QUOTELIST_MT);
  dl_quote_list_free(ql);   /* leaves it empty: safe to run twice */
  return 0;
}

static const dl_entities *article_entities(lua_State *L, article_ud *ud);   /* entities */
static const dl_gazetteer *builtin_gazetteer(lua_State *L);

/* a:_quotes() -> array of {text, start, stop, outer_start, outer_stop,
 * partial, speaker, speaker_start, speaker_stop, speaker_text, cue,
 * cue_start, cue_stop, via_pronoun, resolved_start, resolved_stop,
 * closed, inherited, speaker_id}; start/stop = the content without the
 * marks.  Built once, then the same array (UV_QUOTES).  A speaker whose resolved mention belongs to a merged PERSON
 * entity is named by it: speaker = its canonical name ("Xi", "President
 * Xi" and "he" all give "Xi Jinping"), speaker_id = its id. */
static int a_quotes(lua_State *L)
{
  article_ud *ud = check_article(L);
  size_t len, i;
  const char *text = article_text(L, &len);
  const dl_entities *ents = NULL;
  const dl_entity **speakers = NULL;
  dl_quote_list *ql;
  dl_status st;
  int base, mt;
  if (lua_getiuservalue(L, 1, UV_QUOTES) == LUA_TTABLE) return 1;
  lua_pop(L, 1);
  /* The list is freed by __close when this function returns or raises;
   * no __gc, so the guard costs the collector nothing.  The metatable is
   * registered once, by quotes_open. */
  ql = (dl_quote_list *)lua_newuserdatauv(L, sizeof *ql, 0);
  dl_quote_list_init(ql);
  luaL_setmetatable(L, QUOTELIST_MT);
  lua_toclose(L, -1);
  st = dl_quotes_scan(text, len, dl_article_paras(ud->art), dl_article_npara(ud->art), ql);
  if (st != DL_OK) return raise_status(L, st);
  if (ql->n == 0) {
    lua_createtable(L, 0, 0);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, UV_QUOTES);
    lcompat_close(L, -2);
    return 1;
  }
  for (i = 0; i < ql->n && !ents; i++)
    if (ql->items[i].resolved.len) ents = article_entities(L, ud);   /* kept by the article */
  if (ents) {   /* (the built-in gazetteer was built by article_entities) */
    speakers = (const dl_entity **)lua_newuserdatauv(L, ql->n * sizeof *speakers, 0);
    dl_quotes_speakers(ql, ents, text, builtin_gazetteer(L), ud->opts.gazetteer, speakers);
  }
  base = KEYS_UPVALUES;
  lua_pushvalue(L, UP_RECMT);
  mt = lua_gettop(L);
  lua_createtable(L, ql->n > INT32_MAX ? INT32_MAX : (int)ql->n, 0);
  for (i = 0; i < ql->n; i++) {
    const dl_quote *q = &ql->items[i];
    const dl_entity *who = speakers ? speakers[i] : NULL;
    int via = q->via_pronoun && q->speaker.len < 8;
    /* the hash part sized for the fields present */
    int nf = 4 + 2 * (q->outer.len != 0) + (who ? 1 + (who->id[0] != 0) : q->name.len != 0)
           + 3 * ((q->speaker.len != 0) + (q->resolved.len != 0) + (q->cue.len != 0))
           + via + !q->closed + (q->inherited != 0);
    lua_createtable(L, 0, nf);
    rset_span(L, base, text, q->start, q->len);
    rset_opt_span(L, base, text, q->outer, 0, K_OUTER_START);
    rset_bool(L, KI(base, K_PARTIAL), q->partial);
    /* speaker: the entity's name, else the name without titles;
     * speaker_start/stop: the mention */
    if (who) {
      rset_lstr(L, KI(base, K_SPEAKER), who->name, who->name_len);
      rset_opt_str(L, KI(base, K_SPEAKER_ID), who->id);
    } else {
      rset_opt_span(L, base, text, q->name, K_SPEAKER, 0);
    }
    rset_opt_span(L, base, text, q->speaker, K_SPEAKER_TEXT, K_SPEAKER_START);
    rset_opt_span(L, base, text, q->resolved, K_RESOLVED, K_RESOLVED_START);
    rset_opt_span(L, base, text, q->cue, K_CUE, K_CUE_START);
    if (via) {   /* "he", lower-cased */
      char pron[8];
      uint32_t k;
      for (k = 0; k < q->speaker.len; k++) {
        char ch = text[q->speaker.start + k];
        pron[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
      }
      rset_lstr(L, KI(base, K_VIA_PRONOUN), pron, q->speaker.len);
    }
    if (!q->closed) rset_bool(L, KI(base, K_CLOSED), 0);
    if (q->inherited) rset_bool(L, KI(base, K_INHERITED), 1);
    lua_pushvalue(L, mt);
    lua_setmetatable(L, -2);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_remove(L, mt);
  if (speakers) lua_remove(L, -2);   /* (garbage now) */
  lua_pushvalue(L, -1);
  lua_setiuservalue(L, 1, UV_QUOTES);
  lcompat_close(L, -2);   /* the guard, just below the list */
  return 1;
}

/* Register dateline.QuoteList (called once, from luaopen_dateline_core). */
static void quotes_open(lua_State *L)
{
  luaL_newmetatable(L, QUOTELIST_MT);
  lua_pushcfunction(L, quotelist_close);
  lua_setfield(L, -2, "__close");
#if LUA_VERSION_NUM < 504   /* no to-be-closed slots: __gc frees after a raise */
  lua_pushcfunction(L, quotelist_close);
  lua_setfield(L, -2, "__gc");
#endif
  lua_pop(L, 1);
}

/* --- entities (entities.c, gazetteer.c) --- */

#define GAZ_MT "dateline.Gazetteer"

typedef struct gaz_ud {
  dl_gazetteer *g;
} gaz_ud;

static int gaz_gc(lua_State *L)
{
  gaz_ud *u = (gaz_ud *)luaL_checkudata(L, 1, GAZ_MT);
  dl_gazetteer_free(u->g);
  u->g = NULL;
  return 0;
}

static int gaz_len(lua_State *L)
{
  gaz_ud *u = (gaz_ud *)luaL_checkudata(L, 1, GAZ_MT);
  lua_pushinteger(L, (lua_Integer)dl_gazetteer_size(u->g));
  return 1;
}

static int gaz_tostring(lua_State *L)
{
  gaz_ud *u = (gaz_ud *)luaL_checkudata(L, 1, GAZ_MT);
  size_t n = dl_gazetteer_size(u->g);
  lua_pushfstring(L, "dateline.Gazetteer (%d %s)", (int)n, n == 1 ? "entry" : "entries");
  return 1;
}

static int gaz_match(lua_State *L);

static int gazmatches_close(lua_State *L)
{
  dl_gaz_match **m = (dl_gaz_match **)luaL_checkudata(L, 1, "dateline.GazMatches");
  free(*m);
  *m = NULL;
  return 0;
}

/* The metatable of gazetteers, created on first use. */
static void gaz_metatable(lua_State *L)
{
  if (luaL_newmetatable(L, GAZ_MT)) {
    lua_pushcfunction(L, gaz_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, gaz_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, gaz_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_newtable(L);
    lua_pushcfunction(L, gaz_match);
    lua_setfield(L, -2, "match");
    lua_setfield(L, -2, "__index");
  }
}

static gaz_ud *new_gaz(lua_State *L)
{
  gaz_ud *u;
  gaz_metatable(L);
  lua_pop(L, 1);
  u = (gaz_ud *)lua_newuserdatauv(L, sizeof *u, 0);
  u->g = NULL;
  luaL_setmetatable(L, GAZ_MT);
  return u;
}

static const dl_gazetteer *check_gazetteer_opt(lua_State *L, int idx)
{
  gaz_ud *u = (gaz_ud *)luaL_testudata(L, idx, GAZ_MT);
  if (!u || !u->g) {
    option_error(L, "bad option '%s' (%s expected)", "gazetteer", "dateline.Gazetteer (from dl.gazetteer)");
    return NULL;   /* not reached: option_error raises */
  }
  return u->g;
}

/* The built-in gazetteer of this Lua state, compiled on first use and
 * kept in the registry (one per state: no C globals). */
static const char builtin_key = 'g';

static const dl_gazetteer *builtin_gazetteer(lua_State *L)
{
  gaz_ud *u;
  dl_status st;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &builtin_key) == LUA_TUSERDATA) {
    u = (gaz_ud *)lua_touserdata(L, -1);
    lua_pop(L, 1);
    return u->g;
  }
  lua_pop(L, 1);
  u = new_gaz(L);
  st = dl_gazetteer_builtin(&u->g);
  if (st != DL_OK) raise_status(L, st);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &builtin_key);
  return u->g;
}

static void gaz_entry_error(lua_State *L, lua_Integer i, const char *what)
{
  luaL_error(L, "bad gazetteer entry #%d (%s)", (int)i, what);
}

/* An empty or over-long name or alias (what: "name", "alias"), with the
 * limit; else (a name the gazetteer refuses otherwise) a plain message. */
static void gaz_name_error(lua_State *L, lua_Integer i, const char *what, size_t len)
{
  if (len == 0) luaL_error(L, "bad gazetteer entry #%d (empty %s)", (int)i, what);
  if (len > DL_MAX_GAZ_NAME)
    luaL_error(L, "bad gazetteer entry #%d (too long %s: %d bytes, limit is %d bytes)",
               (int)i, what, (int)(len > 999999999 ? 999999999 : len), (int)DL_MAX_GAZ_NAME);
  luaL_error(L, "bad gazetteer entry #%d (unusable %s)", (int)i, what);
}

/* The fields an entry may have besides its name at [1]. */
static const char *const gaz_entry_fields[] = { "type", "id", "aliases", NULL };

/* A table key for a message, pushed as a string: "[2]", "'alias'",
 * "<boolean>" (luaL_tolstring is not in Lua 5.1's API). */
static const char *key_name(lua_State *L, int idx)
{
  if (lua_type(L, idx) == LUA_TSTRING) return lua_pushfstring(L, "'%s'", lua_tostring(L, idx));
  if (lua_type(L, idx) == LUA_TNUMBER) {
    lua_Number x = lua_tonumber(L, idx);
    if (x >= -1e9 && x <= 1e9 && x == (lua_Number)(int)x) return lua_pushfstring(L, "[%d]", (int)x);
    return lua_pushfstring(L, "[%f]", x);
  }
  return lua_pushfstring(L, "<%s>", luaL_typename(L, idx));
}

/* A key of a gazetteer entry that is not one of its fields raises: a
 * misspelt `alias = {...}` or a second name `{"Xi Jinping", "Xi"}` would
 * otherwise drop the aliases silently. */
static void check_gaz_entry_keys(lua_State *L, int idx, lua_Integer i)
{
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    int ok = 0, k;
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *key = lua_tostring(L, -1);
      for (k = 0; gaz_entry_fields[k]; k++)
        if (strcmp(key, gaz_entry_fields[k]) == 0) ok = 1;
    } else if (lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -1) == 1) {
      ok = 1;
    }
    if (!ok)
      luaL_error(L, "bad gazetteer entry #%d (unknown field %s; the fields are "
                 "[1] (the name), type, id, aliases: more names go in aliases)", (int)i,
                 key_name(L, -1));
  }
}

/* The entries must be a list: a key that is not 1..n would be skipped. */
static void check_gaz_list(lua_State *L, lua_Integer n)
{
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TNUMBER || lua_tonumber(L, -1) < 1
        || lua_tonumber(L, -1) > (lua_Number)n || !lua_isinteger(L, -1))
      luaL_argerror(L, 1, lua_pushfstring(L, "a list of entries expected, got key %s",
                                          key_name(L, -1)));
  }
}

/* core.gazetteer(entries [, opts]) -> dateline.Gazetteer.  entries is a
 * list of { "Name", type = "PERSON", id = "Q1", aliases = {"N", ...} };
 * opts.ignore_case matches names in any case (the only option: another
 * name raises, as in dl.parse). */
static int l_gazetteer(lua_State *L)
{
  gaz_ud *u;
  unsigned flags = 0;
  lua_Integer i, n;
  dl_status st;
  luaL_checktype(L, 1, LUA_TTABLE);
  if (!lua_isnoneornil(L, 2)) {
    luaL_argexpected(L, lua_istable(L, 2), 2, "table of options");
    lua_pushnil(L);
    while (lua_next(L, 2)) {
      lua_pop(L, 1);
      if (lua_type(L, -1) != LUA_TSTRING || strcmp(lua_tostring(L, -1), "ignore_case") != 0)
        luaL_error(L, "bad option %s to 'gazetteer' (unknown; the option is ignore_case)",
                   key_name(L, -1));
    }
    lua_getfield(L, 2, "ignore_case");
    if (!lua_isnil(L, -1) && !lua_isboolean(L, -1))
      option_error(L, "bad option '%s' (boolean expected, got %s)", "ignore_case",
                   luaL_typename(L, -1));
    if (lua_toboolean(L, -1)) flags |= DL_GAZ_IGNORE_CASE;
    lua_pop(L, 1);
  }
  u = new_gaz(L);                     /* freed by __gc if we raise */
  st = dl_gazetteer_new(flags, &u->g);
  if (st != DL_OK) return raise_status(L, st);
  n = (lua_Integer)lua_rawlen(L, 1);
  check_gaz_list(L, n);
  for (i = 1; i <= n; i++) {
    size_t len, idlen = 0;
    const char *name, *id = NULL, *ty;
    int type;
    uint32_t entry;
    if (lua_rawgeti(L, 1, i) != LUA_TTABLE) gaz_entry_error(L, i, "table expected");
    check_gaz_entry_keys(L, lua_gettop(L), i);
    if (lua_rawgeti(L, -1, 1) != LUA_TSTRING) gaz_entry_error(L, i, "name string expected at [1]");
    name = lua_tolstring(L, -1, &len);
    lua_getfield(L, -2, "type");
    ty = lua_tostring(L, -1);
    type = ty ? dl_entity_type_parse(ty, strlen(ty)) : DL_ENT_NONE;
    if (type == DL_ENT_NONE)
      gaz_entry_error(L, i, "type must be \"PERSON\", \"LOCATION\", \"ORGANIZATION\" or \"MISC\"");
    lua_getfield(L, -3, "id");
    if (!lua_isnil(L, -1)) {
      if (lua_type(L, -1) != LUA_TSTRING && lua_type(L, -1) != LUA_TNUMBER)
        gaz_entry_error(L, i, "id must be a string");
      id = lua_tolstring(L, -1, &idlen);
    }
    st = dl_gazetteer_add(u->g, name, len, type, id, idlen, &entry);
    if (st == DL_EARG) gaz_name_error(L, i, "name", len);
    if (st != DL_OK) return raise_status(L, st);
    lua_pop(L, 3);                      /* name, type, id */
    if (lua_getfield(L, -1, "aliases") == LUA_TTABLE) {
      lua_Integer k, na = (lua_Integer)lua_rawlen(L, -1);
      for (k = 1; k <= na; k++) {
        size_t al;
        const char *a;
        if (lua_rawgeti(L, -1, k) != LUA_TSTRING) gaz_entry_error(L, i, "aliases must be strings");
        a = lua_tolstring(L, -1, &al);
        st = dl_gazetteer_alias(u->g, entry, a, al);
        if (st == DL_EARG) gaz_name_error(L, i, "alias", al);
        if (st != DL_OK) return raise_status(L, st);
        lua_pop(L, 1);
      }
    } else if (!lua_isnil(L, -1)) gaz_entry_error(L, i, "aliases must be a list");
    lua_pop(L, 2);                      /* aliases, entry */
  }
  st = dl_gazetteer_compile(u->g);
  if (st != DL_OK) return raise_status(L, st);
  return 1;
}

/* g:match(text) -> array of { text, start, stop, name, type, id } for every
 * occurrence (overlapping ones included), in order of their end. */
static int gaz_match(lua_State *L)
{
  gaz_ud *u = (gaz_ud *)luaL_checkudata(L, 1, GAZ_MT);
  size_t len, i, n = 0, cap = 0;
  const char *text = luaL_checklstring(L, 2, &len);
  dl_gaz_match **guard;
  dl_status st;
  if (len > DL_MAX_TEXT) return text_too_long(L);
  /* the match array lives in a to-be-closed userdata */
  guard = (dl_gaz_match **)lua_newuserdatauv(L, sizeof *guard, 0);
  *guard = NULL;
  if (luaL_newmetatable(L, "dateline.GazMatches")) {
    lua_pushcfunction(L, gazmatches_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, gazmatches_close);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  lua_toclose(L, -1);
  st = dl_gazetteer_scan(u->g, text, 0, len, guard, &n, &cap);
  if (st != DL_OK) return raise_status(L, st);
  lua_createtable(L, (int)n, 0);
  for (i = 0; i < n; i++) {
    const dl_gaz_match *m = &(*guard)[i];
    const dl_gaz_entry *e = dl_gazetteer_entry(u->g, m->entry);
    lua_createtable(L, 0, 6);
    set_span(L, text, m->start, m->len);
    lua_pushlstring(L, e->name, e->name_len);
    lua_setfield(L, -2, "name");
    set_opt_str(L, dl_entity_type_name(e->type), "type");
    set_opt_str(L, e->id, "id");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lcompat_close(L, -2);
  return 1;
}

/* The article's entities (article at stack index 1), found on first use
 * with the built-in gazetteer and opts.gazetteer and kept in the article
 * (freed by its __gc). */
static const dl_entities *article_entities(lua_State *L, article_ud *ud)
{
  size_t len;
  const char *text;
  const dl_gazetteer *builtin;
  dl_entities *e = NULL;
  dl_status st;
  if (ud->ents) return ud->ents;
  text = article_text(L, &len);
  builtin = builtin_gazetteer(L);
  st = dl_article_entities_lang(ud->art, text, builtin, ud->opts.gazetteer,
                                ud->opts.lang, &e);
  if (st != DL_OK) { raise_status(L, st); return NULL; }
  ud->ents = e;
  return e;
}

/* Push the array of the mention records of entity i: {text, start, stop,
 * name_start, name_stop}.  name: the stack index of the entity's name.
 * What these records cost (callgrind with Lua's hash seed fixed, 3 passes
 * of reuters-dev, dl.parse + quotes + entities): about 30% of the
 * instructions and a quarter of the time of the whole loop, at the C API's
 * floor for one table per entity, mention list and mention: some 750
 * instructions a table (two mallocs, the collector's share included) and
 * 180 a field (lua_rawset: a lookup, then luaH_newkey).  Tried without
 * gain: reusing the previous mention's string when it repeats (the stack
 * slot's pushnil/replace/remove cost more than the interning saved) and
 * the keys in stack slots rather than upvalues (0.07%).  Fewer tables
 * would take another shape of record, an API change. */
static void push_mentions(lua_State *L, int base, const char *text, const dl_entities *e,
                          size_t i, int name)
{
  size_t nm, j;
  const uint32_t *idx = dl_entities_entity_mentions(e, i, &nm);
  const dl_mention *ms = dl_entities_mentions(e);
  const dl_entity *ent = dl_entities_get(e, i);
  lua_createtable(L, nm > INT32_MAX ? INT32_MAX : (int)nm, 0);
  for (j = 0; j < nm; j++) {
    const dl_mention *m = &ms[idx[j]];
    lua_createtable(L, 0, 5);
    /* most mentions read as the name itself ("Chile", "Reuters"): the
     * name's string, on the stack, spares hashing and interning the same
     * bytes once more */
    if (m->len && m->len == ent->name_len && memcmp(text + m->start, ent->name, m->len) == 0) {
      rset_val(L, KI(base, K_TEXT), name);
      rset_int(L, KI(base, K_START), (lua_Integer)m->start + 1);
      rset_int(L, KI(base, K_STOP), (lua_Integer)m->start + m->len);
    } else {
      rset_span(L, base, text, m->start, m->len);
    }
    rset_int(L, KI(base, K_NAME_START), (lua_Integer)m->name_start + 1);
    rset_int(L, KI(base, K_NAME_STOP), (lua_Integer)m->name_start + m->name_len);
    lua_rawseti(L, -2, (lua_Integer)j + 1);
  }
}

/* a:_entities() -> array of { name, type, id, title, nationality, country,
 * region, timezone, population, gender, mentions = { {text, start, stop,
 * name_start, name_stop}, ... } }, with the built-in gazetteer and
 * opts.gazetteer.  Built once, then the same array (UV_ENTITIES).  The
 * records are plain tables, mentions included: they go to cjson, pairs
 * and rawget as they are. */
static int a_entities(lua_State *L)
{
  article_ud *ud = check_article(L);
  size_t len, i, n;
  const char *text = article_text(L, &len);
  const dl_entities *ents;
  int base, list, mt, name;
  if (lua_getiuservalue(L, 1, UV_ENTITIES) == LUA_TTABLE) return 1;
  lua_pop(L, 1);
  ents = article_entities(L, ud);
  n = dl_entities_count(ents);
  lua_pushvalue(L, UP_RECMT);
  mt = lua_gettop(L);
  lua_createtable(L, n > INT32_MAX ? INT32_MAX : (int)n, 0);
  list = lua_gettop(L);
  base = KEYS_UPVALUES;
  for (i = 0; i < n; i++) {
    const dl_entity *e = dl_entities_get(ents, i);
    /* the hash part sized for the fields present and mentions (most have
     * 3 to 5) */
    int nf = 3 + (e->id[0] != 0) + (e->country[0] != 0) + (e->region[0] != 0)
           + (e->tz[0] != 0) + (e->population != 0) + (e->title.len != 0)
           + (e->nationality.len != 0) + (e->gender != 0);
    lua_pushlstring(L, e->name, e->name_len);   /* (push_mentions reuses it) */
    name = lua_gettop(L);
    lua_createtable(L, 0, nf);
    rset_val(L, KI(base, K_NAME), name);
    if (e->type >= DL_ENT_PERSON && e->type <= DL_ENT_MISC)
      rset_val(L, KI(base, K_TYPE), KI(base, K_TYPES + e->type - DL_ENT_PERSON));
    else
      rset_lstr(L, KI(base, K_TYPE), "", 0);
    rset_opt_str(L, KI(base, K_ID), e->id);
    rset_opt_str(L, KI(base, K_COUNTRY), e->country);
    rset_opt_str(L, KI(base, K_REGION), e->region);
    rset_opt_str(L, KI(base, K_TIMEZONE), e->tz);
    if (e->population) rset_int(L, KI(base, K_POPULATION), (lua_Integer)e->population);
    rset_opt_span(L, base, text, e->title, K_TITLE, 0);
    rset_opt_span(L, base, text, e->nationality, K_NATIONALITY, 0);
    if (e->gender) rset_val(L, KI(base, K_GENDER), KI(base, e->gender == 1 ? K_MALE : K_FEMALE));
    lua_pushvalue(L, KI(base, K_MENTIONS));
    push_mentions(L, base, text, ents, i, name);
    lua_rawset(L, -3);
    lua_pushvalue(L, mt);
    lua_setmetatable(L, -2);
    lua_rawseti(L, list, (lua_Integer)i + 1);
    lua_pop(L, 1);   /* the name */
  }
  lua_settop(L, list);
  /* cached only once complete (a memory error above leaves no half list) */
  lua_pushvalue(L, list);
  lua_setiuservalue(L, 1, UV_ENTITIES);
  return 1;
}

static const luaL_Reg article_methods[] = {
  {"_text", a_text}, {"_cache", a_cache}, {"_npara", a_npara},
  {"_para", a_para}, {"_nsent", a_nsent}, {"_sent", a_sent},
  {"_dateline", a_dateline}, {"_ref", a_ref}, {"_stamp", a_stamp}, {"_dayfirst", a_dayfirst},
  {NULL, NULL}
};

/* --- HTML (html.c) --- */

#define HTMLDOC_MT "dateline.HtmlDoc"

static int htmldoc_close(lua_State *L)
{
  dl_html_doc *d = (dl_html_doc *)luaL_checkudata(L, 1, HTMLDOC_MT);
  dl_html_doc_free(d);   /* zeroes it: __close runs first, then __gc */
  return 0;
}

static void set_opt_cstr(lua_State *L, const char *s, const char *field)
{
  if (!s) return;
  lua_pushstring(L, s);
  lua_setfield(L, -2, field);
}

/* core.html_extract(html [, opts]) -> text, metadata table
 * {title=, authors={...}, published=, modified=, site=, lang=, url=,
 * description=}.  opts.title = false leaves the title out of the text.
 * The C result lives in a to-be-closed userdata, so a Lua error while
 * building the results cannot leak it. */
static int l_html_extract(lua_State *L)
{
  size_t len, i;
  const char *html;
  dl_html_options o;
  dl_html_doc *d;
  dl_status st;
  luaL_argexpected(L, lua_type(L, 1) == LUA_TSTRING, 1, "string");
  html = lua_tolstring(L, 1, &len);
  dl_html_options_init(&o);
  if (!lua_isnoneornil(L, 2)) {
    luaL_argexpected(L, lua_istable(L, 2), 2, "table of options");
    lua_getfield(L, 2, "title");
    if (lua_isboolean(L, -1)) o.title = lua_toboolean(L, -1);
    else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (boolean expected, got %s)", "title", luaL_typename(L, -1));
    lua_pop(L, 1);
  }
  d = (dl_html_doc *)lua_newuserdatauv(L, sizeof *d, 0);   /* metatable: html_open */
  memset(d, 0, sizeof *d);
  luaL_setmetatable(L, HTMLDOC_MT);
  lua_toclose(L, -1);
  st = dl_html_extract(html, len, &o, d);
  if (st != DL_OK)
    return luaL_error(L, "dateline: %s", d->error ? d->error : dl_strerror(st));
  lua_pushlstring(L, d->text, d->len);
  lua_createtable(L, 0, 8);
  set_opt_cstr(L, d->title, "title");
  set_opt_cstr(L, d->published, "published");
  set_opt_cstr(L, d->modified, "modified");
  set_opt_cstr(L, d->site, "site");
  set_opt_cstr(L, d->lang, "lang");
  set_opt_cstr(L, d->url, "url");
  set_opt_cstr(L, d->description, "description");
  lua_createtable(L, (int)d->nauthors, 0);
  for (i = 0; i < d->nauthors; i++) {
    lua_pushstring(L, d->authors[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_setfield(L, -2, "authors");
  lcompat_close(L, -3);
  return 2;
}

/* Register dateline.HtmlDoc (called once, from luaopen_dateline_core). */
static void html_open(lua_State *L)
{
  luaL_newmetatable(L, HTMLDOC_MT);
  lua_pushcfunction(L, htmldoc_close);
  lua_setfield(L, -2, "__close");
  lua_pushcfunction(L, htmldoc_close);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
}

/* --- Date values (date.c, tz.c, i18n.c) --- */

#define DATE_MT "dateline.Date"

/* Longest d:format() pattern, in bytes (the output buffer is sized from it:
 * a directive expands at most 5 times). */
#define DL_MAX_DATE_FORMAT 4096
#define DATE_STR_(x) #x
#define DATE_STR(x) DATE_STR_(x)

/* opts.lang ("en" default, "ru", "zh", "de", "fr", "es", "auto") and
 * opts.cst ("us" default, "china"): part of read_options. */
static void read_date_options(lua_State *L, int idx, unsigned have, dl_options *o)
{
  if (opt_field(L, idx, have, OPT_LANG, "lang")) {
    if (lua_type(L, -1) == LUA_TSTRING) {
      size_t n;
      const char *s = lua_tolstring(L, -1, &n);
      int lang = dl_lang_parse(s, n);
      if (lang < 0)
        option_error(L, "bad option '%s' (\"en\", \"ru\", \"zh\", \"de\", \"fr\", \"es\" "
                     "or \"auto\" expected, got \"%s\")", "lang", s);
      o->lang = lang;
    } else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (string expected, got %s)", "lang", luaL_typename(L, -1));
    lua_pop(L, 1);
  }

  if (opt_field(L, idx, have, OPT_CST, "cst")) {
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *s = lua_tostring(L, -1);
      if (strcmp(s, "china") == 0) o->tz_flags |= DL_TZ_CST_CHINA;
      else if (strcmp(s, "us") != 0)
        option_error(L, "bad option '%s' (\"us\" or \"china\" expected, got \"%s\")", "cst", s);
    } else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (string expected, got %s)", "cst", luaL_typename(L, -1));
    lua_pop(L, 1);
  }
}

/* Push a Date's ISO form (what tostring gives). */
static void push_iso(lua_State *L, const dl_datetime *d)
{
  char buf[DL_DATETIME_ISO_MAX];
  size_t n = dl_datetime_iso(d, buf, sizeof buf);
  lua_pushlstring(L, buf, n);
}

/* A dateline.Date at idx as the ref (`ref = d:add{days = 1}`): read as
 * its ISO form would be, so that a Date of a day or finer is taken and a
 * coarser one (`2025-06`) refused with the string's message; 0 when idx
 * holds no Date. */
static int read_ref_date(lua_State *L, int idx, dl_date *out)
{
  const dl_datetime *d = (const dl_datetime *)luaL_testudata(L, idx, DATE_MT);
  if (!d) return 0;
  push_iso(L, d);
  read_ref(L, -1, "ref", out);
  lua_pop(L, 1);
  return 1;
}

static dl_datetime *check_date(lua_State *L, int idx)
{
  return (dl_datetime *)luaL_checkudata(L, idx, DATE_MT);
}

static dl_datetime *push_date(lua_State *L, const dl_datetime *d)
{
  dl_datetime *ud = (dl_datetime *)lua_newuserdatauv(L, sizeof *ud, 0);
  *ud = *d;
  luaL_setmetatable(L, DATE_MT);
  return ud;
}

static int date_fail(lua_State *L, const dl_date_error *e)
{
  lua_pushnil(L);
  lua_pushstring(L, e->msg ? e->msg : "not a date");
  lua_pushinteger(L, (lua_Integer)e->pos + 1);
  return 3;
}

/* core.date(s [, opts]) -> Date | nil, message, position */
static int l_date(lua_State *L)
{
  dl_options o;
  dl_datetime d;
  dl_date_error e;
  unsigned flags = 0;
  size_t len;
  const char *s;
  dl_status st;
  read_options(L, 2, opts_mask(L, 2), &o);   /* lang and cst included */
  if (lua_istable(L, 2)) {
    lua_getfield(L, 2, "epoch");
    if (lua_isboolean(L, -1)) { if (lua_toboolean(L, -1)) flags |= DL_DATE_EPOCH; }
    else if (!lua_isnil(L, -1))
      option_error(L, "bad option '%s' (boolean expected, got %s)", "epoch", luaL_typename(L, -1));
    lua_pop(L, 1);
  }
  if (lua_type(L, 1) == LUA_TNUMBER && (flags & DL_DATE_EPOCH)) {
    lua_Number x = lua_tonumber(L, 1);
    int64_t secs;
    int32_t nsec = 0;
    if (!(x >= -62135596800.0 && x < 253402300800.0)) {
      e.msg = "epoch seconds out of range (years 1..9999)"; e.pos = 0;
      return date_fail(L, &e);
    }
    secs = (int64_t)x;
    if ((lua_Number)secs > x) secs--;
    if (!lua_isinteger(L, 1)) {
      /* the fraction can round up to a whole second (-1e-17): carry it */
      nsec = (int32_t)((x - (lua_Number)secs) * 1e9);
      if (nsec >= 1000000000) { secs++; nsec = 0; }
      if (nsec < 0) nsec = 0;
    }
    if (dl_datetime_from_epoch(secs, 0, 1, &d) != DL_OK) {
      e.msg = "epoch seconds out of range (years 1..9999)"; e.pos = 0;
      return date_fail(L, &e);
    }
    d.nsec = nsec;
    push_date(L, &d);
    return 1;
  }
  luaL_argexpected(L, lua_type(L, 1) == LUA_TSTRING, 1, "string");
  s = lua_tolstring(L, 1, &len);
  st = dl_datetime_parse(s, len, &o, flags, &d, &e);
  if (st == DL_OK) { push_date(L, &d); return 1; }
  if (st == DL_EARG || st == DL_ELIMIT) return date_fail(L, &e);
  return raise_status(L, st);
}

/* core.date_from_timex(v) -> Date, first, last | nil, message, position */
static int l_date_from_timex(lua_State *L)
{
  size_t len;
  const char *v = luaL_checklstring(L, 1, &len);
  dl_datetime d, f, l;
  dl_date_error e;
  if (dl_datetime_from_timex(v, len, &d, &f, &l, &e) != DL_OK) return date_fail(L, &e);
  push_date(L, &d);
  push_date(L, &f);
  push_date(L, &l);
  return 3;
}

/* core.tz_offset(zone, date [, root]) -> offset in minutes | nil, message */
/* nil and a message for a zone name longer than DL_MAX_TZ_NAME: 1 if so */
static int tz_name_too_long(lua_State *L, size_t zlen)
{
  if (zlen <= DL_MAX_TZ_NAME) return 0;
  lua_pushnil(L);
  lua_pushfstring(L, "time zone name too long (%d bytes, limit is %d bytes)",
                  (int)(zlen > 999999999 ? 999999999 : zlen), (int)DL_MAX_TZ_NAME);
  return 1;
}

/* The zone and root go to the C core as C strings: a NUL inside one
 * ("Europe/Paris\0junk") would silently name a shorter zone or folder. */
static int tz_name_has_nul(lua_State *L, const char *zone, size_t zlen,
                           const char *root, size_t rlen)
{
  if (memchr(zone, '\0', zlen) == NULL && (root == NULL || memchr(root, '\0', rlen) == NULL))
    return 0;
  lua_pushnil(L);
  lua_pushstring(L, root != NULL && memchr(root, '\0', rlen) != NULL
                 ? "time zone folder contains a NUL byte" : "time zone name contains a NUL byte");
  return 1;
}

static int l_tz_offset(lua_State *L)
{
  size_t zlen;
  const char *zone = luaL_checklstring(L, 1, &zlen);
  const dl_datetime *d = check_date(L, 2);
  size_t rlen = 0;
  const char *root = luaL_optlstring(L, 3, NULL, &rlen);
  int off = 0;
  dl_status st;
  if (tz_name_too_long(L, zlen)) return 2;
  if (tz_name_has_nul(L, zone, zlen, root, rlen)) return 2;
  st = dl_tz_offset(root, zone, dl_datetime_epoch(d), &off);
  if (st == DL_ENOMEM) return raise_status(L, st);
  if (st != DL_OK) {
    lua_pushnil(L);
    lua_pushfstring(L, st == DL_ELIMIT ? "time zone file too large: %s"
                    : "unknown time zone or unreadable file: %s", zone);
    return 2;
  }
  lua_pushinteger(L, off / 60);
  return 1;
}

static int d_iso(lua_State *L)
{
  push_iso(L, check_date(L, 1));
  return 1;
}

static int d_format(lua_State *L)
{
  const dl_datetime *d = check_date(L, 1);
  size_t flen, n = 0, cap;
  const char *fmt = luaL_checklstring(L, 2, &flen);
  luaL_Buffer b;
  char *out;
  dl_date_error e;
  dl_status st;
  if (flen > DL_MAX_DATE_FORMAT)
    return luaL_argerror(L, 2, "format longer than " DATE_STR(DL_MAX_DATE_FORMAT) " bytes");
  cap = flen * 5 + 16;
  out = luaL_buffinitsize(L, &b, cap);
  st = dl_datetime_format(d, fmt, flen, out, cap, &n, &e);
  if (st == DL_EARG)
    return luaL_error(L, "bad argument #1 to 'format' (%s at position %d)",
                      e.msg, (int)e.pos + 1);
  if (st != DL_OK) return raise_status(L, st);
  luaL_pushresultsize(&b, n);
  return 1;
}

/* d:add{years=, months=, weeks=, days=, hours=, minutes=, seconds=} */
static int d_add(lua_State *L)
{
  static const char *const keys[] = {"years", "months", "weeks", "days", "hours",
                                     "minutes", "seconds", NULL};
  dl_datetime r = *check_date(L, 1);
  int64_t v[7] = {0, 0, 0, 0, 0, 0, 0};
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, 2)) {
    int k, isint;
    lua_Integer x;
    if (lua_type(L, -2) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'add' (keys are years, months, weeks, "
                        "days, hours, minutes, seconds)");
    for (k = 0; keys[k]; k++)
      if (strcmp(lua_tostring(L, -2), keys[k]) == 0) break;
    if (!keys[k])
      return luaL_error(L, "bad argument #1 to 'add' (unknown unit '%s')", lua_tostring(L, -2));
    x = lua_tointegerx(L, -1, &isint);
    if (!isint)
      return luaL_error(L, "bad argument #1 to 'add' (%s: integer expected)", keys[k]);
    if (x < -4000000000000LL || x > 4000000000000LL)
      return luaL_error(L, "dateline: date out of range (years 1..9999)");
    v[k] = (int64_t)x;
    lua_pop(L, 1);
  }
  if (dl_datetime_add(&r, v[0], v[1], v[2] * 7 + v[3],
                      v[4] * 3600 + v[5] * 60 + v[6]) != DL_OK)
    return luaL_error(L, "dateline: date out of range (years 1..9999)");
  push_date(L, &r);
  return 1;
}

static int d_weekday(lua_State *L)
{
  const dl_datetime *d = check_date(L, 1);
  lua_pushinteger(L, dl_weekday(d->year, d->month, d->day));
  return 1;
}

/* d:isoweek() -> week, ISO year */
static int d_isoweek(lua_State *L)
{
  const dl_datetime *d = check_date(L, 1);
  int iy, wk = dl_iso_week(d->year, d->month, d->day, &iy);
  lua_pushinteger(L, wk);
  lua_pushinteger(L, iy);
  return 2;
}

/* d:utc() / d:at_offset(minutes) */
static int d_utc(lua_State *L)
{
  dl_datetime r = *check_date(L, 1);
  lua_Integer off = luaL_optinteger(L, 2, 0);
  if (off < -1439 || off > 1439 || dl_datetime_to_offset(&r, (int)off) != DL_OK)
    return luaL_error(L, "dateline: date or offset out of range");
  push_date(L, &r);
  return 1;
}

/* d:tz(zone [, root]) -> the same instant at the zone's offset then */
static int d_tz(lua_State *L)
{
  dl_datetime r = *check_date(L, 1);
  size_t zlen;
  const char *zone = luaL_checklstring(L, 2, &zlen);
  size_t rlen = 0;
  const char *root = luaL_optlstring(L, 3, NULL, &rlen);
  int off = 0;
  dl_status st;
  if (tz_name_too_long(L, zlen)) return 2;
  if (tz_name_has_nul(L, zone, zlen, root, rlen)) return 2;
  st = dl_tz_offset(root, zone, dl_datetime_epoch(&r), &off);
  if (st == DL_ENOMEM) return raise_status(L, st);
  if (st != DL_OK) {
    lua_pushnil(L);
    lua_pushfstring(L, "unknown time zone or unreadable file: %s", zone);
    return 2;
  }
  if (dl_datetime_to_offset(&r, off / 60) != DL_OK)
    return luaL_error(L, "dateline: date out of range (years 1..9999)");
  push_date(L, &r);
  return 1;
}

static int d_bound(lua_State *L, int last)
{
  dl_datetime f, l;
  dl_datetime_bounds(check_date(L, 1), &f, &l);
  push_date(L, last ? &l : &f);
  return 1;
}
static int d_first(lua_State *L) { return d_bound(L, 0); }
static int d_last(lua_State *L) { return d_bound(L, 1); }

static int d_epoch(lua_State *L)
{
  const dl_datetime *d = check_date(L, 1);
  int64_t t = dl_datetime_epoch(d);
  if (d->nsec) lua_pushnumber(L, (lua_Number)t + d->nsec / 1e9);
  else lua_pushinteger(L, (lua_Integer)t);
  return 1;
}

static int d_eq(lua_State *L)
{
  lua_pushboolean(L, dl_datetime_cmp(check_date(L, 1), check_date(L, 2)) == 0);
  return 1;
}
static int d_lt(lua_State *L)
{
  lua_pushboolean(L, dl_datetime_cmp(check_date(L, 1), check_date(L, 2)) < 0);
  return 1;
}
static int d_le(lua_State *L)
{
  lua_pushboolean(L, dl_datetime_cmp(check_date(L, 1), check_date(L, 2)) <= 0);
  return 1;
}

/* `d + 1` and `d.day = 5` would raise Lua's "attempt to perform arithmetic
 * on a dateline.Date value" / "attempt to index ...", which do not say what
 * to write instead; a Date is an immutable value, so name the method that
 * makes a new one.  Raised at the line that used the operator (level 1:
 * the code that called this metamethod). */
static int date_misuse(lua_State *L, const char *msg)
{
  luaL_where(L, 1);
  lua_pushstring(L, msg);
  lua_concat(L, 2);
  return lua_error(L);
}

static int d_sub(lua_State *L)
{
  double days;
  /* `d - 1` said "bad argument #2 to 'sub'", naming no method to use */
  if (!luaL_testudata(L, 1, DATE_MT) || !luaL_testudata(L, 2, DATE_MT)) {
    int bad = luaL_testudata(L, 1, DATE_MT) ? 2 : 1;
    lua_pushfstring(L, "d1 - d2 (the days between two dates): dateline.Date expected, got %s; "
                       "d:add{days = -n} gives a Date n days earlier", luaL_typename(L, bad));
    return date_misuse(L, lua_tostring(L, -1));
  }
  days = dl_datetime_diff_days(check_date(L, 1), check_date(L, 2));
  /* whole days as an integer, so that two days' difference prints 11 and
   * not 11.0 (Lua 5.3+) and serves as a table key (|days| < 4e6 for the
   * years 1-9999; the bound keeps the cast defined whatever comes) */
  if (days > -1e9 && days < 1e9 && days == (double)(long)days)
    lua_pushinteger(L, (lua_Integer)days);
  else lua_pushnumber(L, days);
  return 1;
}

static int d_arith(lua_State *L)
{
  return date_misuse(L, "a dateline.Date takes no arithmetic but d1 - d2 (days): "
                        "d:add{days = n} gives a new Date");
}
static int d_newindex(lua_State *L)
{
  return date_misuse(L, "a dateline.Date is read-only: d:add{...} or dl.date(...) "
                        "gives a new Date");
}

/* "on " .. d: a Date concatenates as its ISO form (what tostring gives),
 * strings and numbers as Lua concatenates them. */
static int d_concat(lua_State *L)
{
  int i;
  for (i = 1; i <= 2; i++) {
    if (luaL_testudata(L, i, DATE_MT)) {
      push_iso(L, (const dl_datetime *)lua_touserdata(L, i));
    } else if (lua_type(L, i) == LUA_TSTRING || lua_type(L, i) == LUA_TNUMBER) {
      lua_pushvalue(L, i);
    } else {
      luaL_where(L, 1);
      lua_pushfstring(L, "attempt to concatenate a %s value", luaL_typename(L, i));
      lua_concat(L, 2);
      return lua_error(L);
    }
  }
  lua_concat(L, 2);
  return 1;
}

/* __index: the fields, then the methods (upvalue 1). */
static int d_index(lua_State *L)
{
  const dl_datetime *d = check_date(L, 1);
  const char *k = lua_tostring(L, 2);
  if (!k) return 0;
  switch (k[0]) {
    case 'y': if (!strcmp(k, "year")) { lua_pushinteger(L, d->year); return 1; } break;
    case 'm':
      if (!strcmp(k, "month")) { lua_pushinteger(L, d->month); return 1; }
      if (!strcmp(k, "min")) { lua_pushinteger(L, d->min); return 1; }
      break;
    case 'd': if (!strcmp(k, "day")) { lua_pushinteger(L, d->day); return 1; } break;
    case 'h': if (!strcmp(k, "hour")) { lua_pushinteger(L, d->hour); return 1; } break;
    case 's':
      if (!strcmp(k, "sec")) {
        if (d->nsec) lua_pushnumber(L, d->sec + d->nsec / 1e9);
        else lua_pushinteger(L, d->sec);
        return 1;
      }
      break;
    case 'o':
      if (!strcmp(k, "offset")) {
        if (!d->has_offset) return 0;
        lua_pushinteger(L, d->offset_min);
        return 1;
      }
      break;
    case 'g':
      if (!strcmp(k, "granularity")) { lua_pushstring(L, dl_granularity_name(d->gran)); return 1; }
      break;
    default: break;
  }
  lua_getfield(L, lua_upvalueindex(1), k);
  return 1;
}

static const luaL_Reg date_methods[] = {
  {"iso", d_iso}, {"format", d_format}, {"add", d_add}, {"weekday", d_weekday},
  {"isoweek", d_isoweek}, {"utc", d_utc}, {"tz", d_tz}, {"first", d_first},
  {"last", d_last}, {"epoch", d_epoch}, {NULL, NULL}
};

static const luaL_Reg date_meta[] = {
  {"__tostring", d_iso}, {"__eq", d_eq}, {"__lt", d_lt}, {"__le", d_le},
  {"__sub", d_sub}, {"__add", d_arith}, {"__mul", d_arith}, {"__div", d_arith},
  {"__idiv", d_arith}, {"__mod", d_arith}, {"__pow", d_arith}, {"__unm", d_arith},
  {"__concat", d_concat},
  {"__newindex", d_newindex}, {NULL, NULL}
};

/* Register dateline.Date; leaves core.Date (the metatable) in the module
 * table at the top of the stack. */
static void date_open(lua_State *L)
{
  luaL_newmetatable(L, DATE_MT);
  luaL_setfuncs(L, date_meta, 0);
  luaL_newlib(L, date_methods);
  lua_pushcclosure(L, d_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "dateline.Date");
  lua_setfield(L, -2, "__name");
  lua_setfield(L, -2, "Date");
}

/* --- end of Date values --- */

/* --- JSON output (core.json) ----------------------------------------------
 * core.json(v) -> the JSON text of a Lua value, object keys sorted: the
 * writer of `dateline map` and the CLI (dateline.corpus's json).  The
 * same bytes as the pure-Lua writer it replaces: strings escaped as
 * lua-cjson does for '"', '\\', \b \f \n \r \t, other control bytes (and
 * 0x7F) as \u00XX, everything else raw; integers "%d", other numbers
 * "%.14g" (NaN and infinities null); a table with a border #t > 0, or
 * empty, is an array of t[1..#t]; else an object of its string keys,
 * sorted bytewise (Lua's `<` on strings); any other value null.  Tables
 * are read raw (no metamethods).  Linear in the output plus the sorts. */

#define DL_MAX_JSON_NESTING 1000   /* tables nested in one value (cycles hit it) */
#define JSON_SMALL_SORT 16         /* key lists up to this size: insertion sort */

typedef struct json_key { const char *s; size_t len; } json_key;

typedef struct json_buf {
  char *p;             /* output bytes */
  size_t len, cap;
  json_key *keys;      /* a stack of the key lists being written */
  size_t nkeys, capkeys;
} json_buf;

static int jsonbuf_close(lua_State *L)
{
  json_buf *b = (json_buf *)luaL_checkudata(L, 1, "dateline.JsonBuf");
  free(b->p);
  free(b->keys);
  memset(b, 0, sizeof *b);   /* __close runs first, then __gc */
  return 0;
}

/* room for n more bytes (raises a memory error on failure) */
static char *json_reserve(lua_State *L, json_buf *b, size_t n)
{
  if (b->cap - b->len < n) {
    size_t cap = b->cap ? b->cap : 4096;
    char *p;
    while (cap - b->len < n) {
      if (cap > ((size_t)-1) / 2) { luaL_error(L, "dateline: JSON text too large"); return NULL; }
      cap *= 2;
    }
    p = (char *)realloc(b->p, cap);
    if (!p) { luaL_error(L, "dateline: out of memory"); return NULL; }
    b->p = p;
    b->cap = cap;
  }
  return b->p + b->len;
}

static void json_put(lua_State *L, json_buf *b, const char *s, size_t n)
{
  char *d = json_reserve(L, b, n);
  memcpy(d, s, n);
  b->len += n;
}

/* 0: byte written as is; 'u': \u00XX; else the letter after the backslash */
static const unsigned char json_esc[256] = {
  'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
  'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
  0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'u'
  /* 0x80..0xFF: 0 */
};

static void json_string(lua_State *L, json_buf *b, const char *s, size_t n)
{
  static const char hex[] = "0123456789abcdef";
  size_t i, run = 0, extra = 0;
  char *d;
  for (i = 0; i < n; i++) {   /* the exact size first: \X is 2 bytes, \u00XX 6 */
    unsigned char e = json_esc[(unsigned char)s[i]];
    if (e) extra += e == 'u' ? 5 : 1;
  }
  if (n > ((size_t)-1) / 8 - 2) { luaL_error(L, "dateline: JSON text too large"); return; }
  d = json_reserve(L, b, n + extra + 2);
  *d++ = '"';
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i], e = json_esc[c];
    if (!e) continue;
    memcpy(d, s + run, i - run);
    d += i - run;
    run = i + 1;
    *d++ = '\\';
    if (e == 'u') {
      *d++ = 'u'; *d++ = '0'; *d++ = '0';
      *d++ = hex[c >> 4]; *d++ = hex[c & 15];
    } else *d++ = (char)e;
  }
  memcpy(d, s + run, n - run);
  d += n - run;
  *d++ = '"';
  b->len = (size_t)(d - b->p);
}

static void json_number(lua_State *L, json_buf *b, int idx)
{
  char num[64];
  int k;
  lua_Number x;
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(L, idx)) {
    k = snprintf(num, sizeof num, LUA_INTEGER_FMT, (LUAI_UACINT)lua_tointeger(L, idx));
    json_put(L, b, num, (size_t)k);
    return;
  }
  x = lua_tonumber(L, idx);
#else
  /* every number is a float: a whole one strictly inside +-2^53 is an
   * integer (dateline.corpus's math.type fallback) */
  x = lua_tonumber(L, idx);
  if (x == floor(x) && x > -9007199254740992.0 && x < 9007199254740992.0) {
    k = snprintf(num, sizeof num, "%.0f", (double)x);
    if (k == 2 && num[0] == '-' && num[1] == '0') k = snprintf(num, sizeof num, "0");
    json_put(L, b, num, (size_t)k);
    return;
  }
#endif
  if (x != x || x - x != 0) { json_put(L, b, "null", 4); return; }   /* NaN, inf */
  k = snprintf(num, sizeof num, "%.14g", (double)x);
  if (k < 0 || k >= (int)sizeof num) k = 0;
  {
    int i;   /* a decimal comma (some locale): JSON wants a point */
    for (i = 0; i < k; i++) if (num[i] == ',') num[i] = '.';
  }
  json_put(L, b, num, (size_t)k);
}

static int json_key_less(const json_key *x, const json_key *y)
{
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);
  return c < 0 || (c == 0 && x->len < y->len);
}

static int json_key_cmp(const void *x, const void *y)
{
  const json_key *a = (const json_key *)x, *c = (const json_key *)y;
  return json_key_less(a, c) ? -1 : json_key_less(c, a) ? 1 : 0;
}

static void json_value(lua_State *L, json_buf *b, int idx, int depth);

/* the table at idx (absolute) */
static void json_table(lua_State *L, json_buf *b, int idx, int depth)
{
  size_t n = (size_t)lua_rawlen(L, idx), i, base, nk;
  if (depth >= DL_MAX_JSON_NESTING) {
    luaL_error(L, "dateline: JSON nesting deeper than %d tables (a cycle?)", DL_MAX_JSON_NESTING);
    return;
  }
  luaL_checkstack(L, 4, "JSON nesting");
  lua_pushnil(L);
  if (n > 0 || lua_next(L, idx) == 0) {   /* an array (or empty) */
    if (n == 0) { json_put(L, b, "[]", 2); return; }
    lua_pop(L, 1);
    json_put(L, b, "[", 1);
    for (i = 1; i <= n; i++) {
      if (i > 1) json_put(L, b, ",", 1);
      lua_rawgeti(L, idx, (lua_Integer)i);
      json_value(L, b, lua_gettop(L), depth + 1);
      lua_pop(L, 1);
    }
    json_put(L, b, "]", 1);
    return;
  }
  /* an object: the first key and value are on the stack */
  base = b->nkeys;
  do {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      json_key *k;
      if (b->nkeys == b->capkeys) {
        size_t cap = b->capkeys ? 2 * b->capkeys : 64;
        json_key *p;
        if (cap > ((size_t)-1) / sizeof *p) { luaL_error(L, "dateline: too many keys"); return; }
        p = (json_key *)realloc(b->keys, cap * sizeof *p);
        if (!p) { luaL_error(L, "dateline: out of memory"); return; }
        b->keys = p;
        b->capkeys = cap;
      }
      k = &b->keys[b->nkeys++];
      /* the string stays alive: the table (on the stack) holds it */
      k->s = lua_tolstring(L, -1, &k->len);
    }
  } while (lua_next(L, idx) != 0);
  nk = b->nkeys - base;
  if (nk <= JSON_SMALL_SORT) {
    json_key *k = b->keys + base;
    for (i = 1; i < nk; i++) {
      json_key t = k[i];
      size_t j = i;
      while (j > 0 && json_key_less(&t, &k[j - 1])) { k[j] = k[j - 1]; j--; }
      k[j] = t;
    }
  } else {
    qsort(b->keys + base, nk, sizeof *b->keys, json_key_cmp);
  }
  json_put(L, b, "{", 1);
  for (i = 0; i < nk; i++) {
    /* b->keys may move (realloc) while the values are written */
    const json_key k = b->keys[base + i];
    if (i > 0) json_put(L, b, ",", 1);
    json_string(L, b, k.s, k.len);
    json_put(L, b, ":", 1);
    lua_pushlstring(L, k.s, k.len);
    lua_rawget(L, idx);
    json_value(L, b, lua_gettop(L), depth + 1);
    lua_pop(L, 1);
  }
  json_put(L, b, "}", 1);
  b->nkeys = base;
}

static void json_value(lua_State *L, json_buf *b, int idx, int depth)
{
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    json_string(L, b, s, n);
    break;
  }
  case LUA_TNUMBER: json_number(L, b, idx); break;
  case LUA_TBOOLEAN:
    if (lua_toboolean(L, idx)) json_put(L, b, "true", 4);
    else json_put(L, b, "false", 5);
    break;
  case LUA_TTABLE: json_table(L, b, idx, depth); break;
  case LUA_TUSERDATA:
    /* a Date in a script's own table ({met = dl.date(a.date)}) went out
     * as null: write its ISO form, as tostring gives it */
    if (luaL_testudata(L, idx, DATE_MT)) {
      char iso[DL_DATETIME_ISO_MAX];
      size_t n = dl_datetime_iso((const dl_datetime *)lua_touserdata(L, idx), iso, sizeof iso);
      json_string(L, b, iso, n);
      break;
    }
    json_put(L, b, "null", 4);
    break;
  default: json_put(L, b, "null", 4); break;
  }
}

static int l_json(lua_State *L)
{
  json_buf *b;
  luaL_checkany(L, 1);
  lua_settop(L, 1);
  b = (json_buf *)lua_newuserdatauv(L, sizeof *b, 0);
  memset(b, 0, sizeof *b);
  luaL_setmetatable(L, "dateline.JsonBuf");
  lua_toclose(L, 2);
  json_value(L, b, 1, 0);
  lua_pushlstring(L, b->p ? b->p : "", b->len);
  lcompat_close(L, 2);
  return 1;
}

/* --- end of JSON output --- */

/* The iterator of core._each: the next item of the list (upvalue 1),
 * whose last index given is upvalue 2. */
static int each_next(lua_State *L)
{
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2)) + 1;
  lua_pushinteger(L, i);
  lua_replace(L, lua_upvalueindex(2));
  lua_rawgeti(L, lua_upvalueindex(1), i);
  return 1;
}

/* core._each(list) -> an iterator over the items of a plain list, for a
 * generic for: a:timexes(), a:quotes(), a:entities().  A C function: a
 * call per item costs about half a Lua closure's. */
static int l_each(lua_State *L)
{
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, each_next, 2);
  return 1;
}

static int l_public(lua_State *L);   /* dl.parse and dl.timexes */

static const luaL_Reg core_funcs[] = {
  {"html_extract", l_html_extract},   /* HTML (html.c) */
  {"gazetteer", l_gazetteer},   /* entities (entities.c, gazetteer.c) */
  {"date", l_date}, {"date_from_timex", l_date_from_timex},   /* Date values */
  {"tz_offset", l_tz_offset},
  {"json", l_json},   /* JSON output (dateline map, the CLI) */
  {"_each", l_each}, {"_public", l_public},
  {NULL, NULL}
};

/* The metatable `name` of a userdata released by __close (Lua 5.4's
 * to-be-closed variables) and by __gc.  Both functions get the metatable
 * as upvalue 1 (see check_closing). */
static void closing_mt(lua_State *L, const char *name, lua_CFunction close, lua_CFunction gc)
{
  luaL_newmetatable(L, name);
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, close, 1);
  lua_setfield(L, -2, "__close");
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, gc, 1);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
}

int luaopen_dateline_core(lua_State *L);

/* Push the upvalues of push_timexes (TS_UP): the Article metatable at
 * stack index mt, then the timex strings; returns how many. */
static int push_timex_upvalues(lua_State *L, int mt)
{
  int k, t;
  lua_pushvalue(L, mt);
  push_timex_strings(L);
  t = lua_gettop(L);
  luaL_checkstack(L, TS_N, "too many timex strings");
  for (k = 1; k <= TS_N; k++) lua_rawgeti(L, t, k);
  lua_remove(L, t);
  return 1 + TS_N;
}

static void push_timex_closure(lua_State *L, int mt, lua_CFunction fn)
{
  lua_pushcclosure(L, fn, push_timex_upvalues(L, mt));
}

/* core._public(name, checks) -> dl.parse or dl.timexes (name "parse" or
 * "timexes"), calling the Lua function checks for the arguments the core
 * does not read itself (see l_parse_public). */
static int l_public(lua_State *L)
{
  const char *name = luaL_checkstring(L, 1);
  int n;
  luaL_checktype(L, 2, LUA_TFUNCTION);
  luaL_getmetatable(L, ARTICLE_MT);
  if (strcmp(name, "parse") == 0) {
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, l_parse_public, 2);
  } else if (strcmp(name, "timexes") == 0) {
    n = push_timex_upvalues(L, 3);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, l_timexes_public, n + 1);
  } else {
    return luaL_argerror(L, 1, "\"parse\" or \"timexes\" expected");
  }
  return 1;
}

int luaopen_dateline_core(lua_State *L)
{
  int mt;
  closing_mt(L, "dateline.TimexCache", timexcache_close, timexcache_gc);
  closing_mt(L, "dateline.JsonBuf", jsonbuf_close, jsonbuf_close);
  closing_mt(L, "dateline.TimexList", timexlist_close, timexlist_close);

  luaL_newlib(L, core_funcs);
  date_open(L);   /* Date values: core.Date */

  /* core.Article: the metatable; the Lua layer adds __index etc.  It is
   * upvalue 1 of core.parse and of every article method (check_article);
   * core.timexes and a:_timexes() then hold the timex strings
   * (TS_UP), a:_quotes() and a:_entities() the record keys (KI) and
   * their records' metatable (UP_RECMT). */
  luaL_newmetatable(L, ARTICLE_MT);
  mt = lua_gettop(L);
  lua_pushcfunction(L, a_gc);
  lua_setfield(L, -2, "__gc");
  lua_pushvalue(L, mt);
  lua_pushcclosure(L, l_parse, 1);
  lua_setfield(L, mt - 1, "parse");
  push_timex_closure(L, mt, l_timexes);
  lua_setfield(L, mt - 1, "timexes");
  lua_createtable(L, 0, (int)(sizeof article_methods / sizeof article_methods[0]) + 2);
  lua_pushvalue(L, mt);
  luaL_setfuncs(L, article_methods, 1);
  push_timex_closure(L, mt, a_timexes);
  lua_setfield(L, -2, "_timexes");
  lua_pushvalue(L, mt);
  push_record_keys(L, 1, K_N);
  push_record_mt(L, REC_QUOTE);
  lua_pushcclosure(L, a_quotes, K_N + 2);
  lua_setfield(L, -2, "_quotes");
  lua_pushvalue(L, mt);
  push_record_keys(L, 1, K_N);
  push_record_mt(L, REC_ENTITY);
  lua_pushcclosure(L, a_entities, K_N + 2);
  lua_setfield(L, -2, "_entities");
  lua_setfield(L, -2, "methods");
  lua_setfield(L, -2, "Article");

  lua_pushliteral(L, DL_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushinteger(L, (lua_Integer)DL_MAX_TEXT);
  lua_setfield(L, -2, "max_text");
  quotes_open(L); html_open(L);   /* metatables of quotes.c and html.c, once */
  return 1;
}
