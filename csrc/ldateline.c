/*
 * ldateline.c -- the Lua binding of the dateline core (module dateline.core).
 *
 * The only file that includes the Lua headers.  Results stay in the core's
 * compact C arrays; Lua values are made only when a script asks for them.
 * Offsets cross the boundary exactly here: 0-based [start, start+len) in C,
 * 1-based inclusive [start, stop] in Lua, like string.find.
 */
#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"

#include "dateline.h"

#define ARTICLE_MT "dateline.Article"

/* An article as Lua sees it.  User value 1 holds the text string, so the
 * spans stay valid as long as the article lives; user value 2 is a table
 * the Lua layer uses to cache what it has built. */
typedef struct article_ud {
  dl_article *art;
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

static void read_ref(lua_State *L, int idx, const char *name, dl_date *out)
{
  size_t len;
  const char *s = lua_tolstring(L, idx, &len);
  if (dl_date_parse_iso(s, len, out) != DL_OK)
    option_error(L, "bad option '%s' (expected \"YYYY-MM-DD\" or an ISO 8601 "
                 "date-time, got \"%s\")", name, s);
}

/* Read the options table at idx (nil allowed) into *o. */
static void read_options(lua_State *L, int idx, dl_options *o)
{
  dl_options_init(o);
  if (lua_isnoneornil(L, idx)) return;
  luaL_argexpected(L, lua_istable(L, idx), idx, "table of options");

  lua_getfield(L, idx, "ref");
  if (lua_type(L, -1) == LUA_TSTRING) read_ref(L, -1, "ref", &o->ref);
  else if (!lua_isnil(L, -1))
    option_error(L, "bad option '%s' (string expected, got %s)", "ref", luaL_typename(L, -1));
  lua_pop(L, 1);

  lua_getfield(L, idx, "dayfirst");
  if (lua_isboolean(L, -1))
    o->dayfirst = lua_toboolean(L, -1) ? DL_DAYFIRST_YES : DL_DAYFIRST_NO;
  else if (!lua_isnil(L, -1))
    option_error(L, "bad option '%s' (boolean expected, got %s)", "dayfirst", luaL_typename(L, -1));
  lua_pop(L, 1);

  lua_getfield(L, idx, "anchor");
  if (lua_type(L, -1) == LUA_TSTRING) {
    const char *s = lua_tostring(L, -1);
    if (strcmp(s, "ref") == 0) o->anchor = DL_ANCHOR_REF;
    else if (strcmp(s, "last") == 0) o->anchor = DL_ANCHOR_LAST;
    else option_error(L, "bad option '%s' (\"ref\" or \"last\" expected, got \"%s\")", "anchor", s);
  } else if (!lua_isnil(L, -1))
    option_error(L, "bad option '%s' (string expected, got %s)", "anchor", luaL_typename(L, -1));
  lua_pop(L, 1);
}

static int text_too_long(lua_State *L)
{
  return luaL_error(L, "dateline: text too long (limit is %I bytes)",
                    (lua_Integer)DL_MAX_TEXT);
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

static void push_timexes(lua_State *L, const char *text, const dl_timex_list *tl)
{
  size_t i;
  lua_createtable(L, (int)tl->n, 0);
  for (i = 0; i < tl->n; i++) {
    const dl_timex *t = &tl->items[i];
    lua_createtable(L, 0, 7);
    set_span(L, text, t->start, t->len);
    lua_pushstring(L, dl_timex_type_name(t->type));
    lua_setfield(L, -2, "type");
    lua_pushstring(L, t->value);
    lua_setfield(L, -2, "value");
    set_opt_str(L, dl_timex_mod_name(t->mod), "mod");
    set_opt_str(L, t->anchor, "anchor");
    set_opt_str(L, t->freq, "freq");
    set_opt_str(L, t->quant, "quant");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* Scan text for timexes with opts and push the array.  The list lives in
 * a to-be-closed userdata made before the scan, so it is freed even when a
 * Lua allocation raises while the records are built. */
static int scan_and_push(lua_State *L, const char *text, size_t len, const dl_options *o)
{
  dl_timex_list *tl = (dl_timex_list *)lua_newuserdatauv(L, sizeof *tl, 0);
  dl_status st;
  dl_timex_list_init(tl);
  luaL_setmetatable(L, "dateline.TimexList");
  lua_toclose(L, -1);
  st = dl_timex_scan(text, len, o, tl);
  if (st != DL_OK) return raise_status(L, st);
  push_timexes(L, text, tl);
  return 1;
}

static int timexlist_close(lua_State *L)
{
  dl_timex_list *tl = (dl_timex_list *)luaL_checkudata(L, 1, "dateline.TimexList");
  dl_timex_list_free(tl);
  dl_timex_list_init(tl);   /* __close runs first, then __gc */
  return 0;
}

/* --- module functions --------------------------------------------------- */

/* core.parse(text [, opts]) -> Article */
static int l_parse(lua_State *L)
{
  size_t len;
  const char *text;
  article_ud *ud;
  dl_status st;
  luaL_argexpected(L, lua_type(L, 1) == LUA_TSTRING, 1, "string");
  text = lua_tolstring(L, 1, &len);
  if (len > DL_MAX_TEXT) return text_too_long(L);
  ud = (article_ud *)lua_newuserdatauv(L, sizeof *ud, 2);
  ud->art = NULL;
  luaL_setmetatable(L, ARTICLE_MT);
  read_options(L, 2, &ud->opts);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);
  st = dl_article_parse(text, len, &ud->opts, &ud->art);
  if (st != DL_OK) return raise_status(L, st);
  return 1;
}

/* core.timexes(text [, opts]) -> array of timex records */
static int l_timexes(lua_State *L)
{
  size_t len;
  const char *text;
  dl_options o;
  luaL_argexpected(L, lua_type(L, 1) == LUA_TSTRING, 1, "string");
  text = lua_tolstring(L, 1, &len);
  read_options(L, 2, &o);
  if (len > DL_MAX_TEXT) return text_too_long(L);
  return scan_and_push(L, text, len, &o);
}

/* --- article methods (the Lua layer shapes them into the public API) ---- */

static article_ud *check_article(lua_State *L)
{
  article_ud *ud = (article_ud *)luaL_checkudata(L, 1, ARTICLE_MT);
  if (!ud->art) luaL_error(L, "dateline.Article is not initialized");
  return ud;
}

static const char *article_text(lua_State *L, size_t *len)
{
  const char *s;
  lua_getiuservalue(L, 1, 1);
  s = lua_tolstring(L, -1, len);
  lua_pop(L, 1);   /* still referenced by the user value */
  return s;
}

static int a_text(lua_State *L)
{
  check_article(L);
  lua_getiuservalue(L, 1, 1);
  return 1;
}

/* a:_cache() -> the table the Lua layer keeps its built values in */
static int a_cache(lua_State *L)
{
  check_article(L);
  if (lua_getiuservalue(L, 1, 2) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, 2);
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
  dl_options o = ud->opts;
  const dl_dateline *d = dl_article_dateline(ud->art);
  /* the article's own date (a.date): a full dateline date, else ref */
  if (d && d->date.year > 0 && d->date.month > 0 && d->date.day > 0) {
    o.ref = d->date;
    o.ref.hour = o.ref.min = o.ref.sec = -1;
    o.ref.has_tz = 0;
  }
  return scan_and_push(L, text, len, &o);
}

static int a_gc(lua_State *L)
{
  article_ud *ud = (article_ud *)luaL_checkudata(L, 1, ARTICLE_MT);
  dl_article_free(ud->art);
  ud->art = NULL;
  return 0;
}

/* --- quotes (quotes.c) --------------------------------------------------- */

#define QUOTELIST_MT "dateline.QuoteList"

static int quotelist_close(lua_State *L)
{
  dl_quote_list *ql = (dl_quote_list *)luaL_checkudata(L, 1, QUOTELIST_MT);
  dl_quote_list_free(ql);   /* leaves it empty: safe to run twice */
  return 0;
}

static void set_span_field(lua_State *L, const char *text, dl_span sp,
                           const char *field, const char *fstart, const char *fstop)
{
  if (sp.len == 0) return;
  if (field) {
    lua_pushlstring(L, text + sp.start, sp.len);
    lua_setfield(L, -2, field);
  }
  if (fstart) {
    lua_pushinteger(L, (lua_Integer)sp.start + 1);
    lua_setfield(L, -2, fstart);
    lua_pushinteger(L, (lua_Integer)sp.start + sp.len);
    lua_setfield(L, -2, fstop);
  }
}

/* a:_quotes() -> array of {text, start, stop, outer_start, outer_stop,
 * partial, speaker, speaker_start, speaker_stop, speaker_text, cue,
 * cue_start, cue_stop, via_pronoun, resolved_start, resolved_stop,
 * closed, inherited}; start/stop = the content without the marks. */
static int a_quotes(lua_State *L)
{
  article_ud *ud = check_article(L);
  size_t len, i;
  const char *text = article_text(L, &len);
  dl_quote_list *ql;
  dl_status st;
  if (luaL_newmetatable(L, QUOTELIST_MT)) {
    lua_pushcfunction(L, quotelist_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, quotelist_close);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  ql = (dl_quote_list *)lua_newuserdatauv(L, sizeof *ql, 0);
  dl_quote_list_init(ql);
  luaL_setmetatable(L, QUOTELIST_MT);
  lua_toclose(L, -1);
  st = dl_quotes_scan(text, len, dl_article_paras(ud->art), dl_article_npara(ud->art), ql);
  if (st != DL_OK) return raise_status(L, st);
  lua_createtable(L, (int)ql->n, 0);
  for (i = 0; i < ql->n; i++) {
    const dl_quote *q = &ql->items[i];
    lua_createtable(L, 0, 16);
    set_span(L, text, q->start, q->len);
    set_span_field(L, text, q->outer, NULL, "outer_start", "outer_stop");
    lua_pushboolean(L, q->partial);
    lua_setfield(L, -2, "partial");
    /* speaker: the name without titles; speaker_start/stop: the mention */
    set_span_field(L, text, q->name, "speaker", NULL, NULL);
    set_span_field(L, text, q->speaker, "speaker_text", "speaker_start", "speaker_stop");
    set_span_field(L, text, q->resolved, "resolved", "resolved_start", "resolved_stop");
    set_span_field(L, text, q->cue, "cue", "cue_start", "cue_stop");
    if (q->via_pronoun && q->speaker.len < 8) {   /* "he", lower-cased */
      char pron[8];
      uint32_t k;
      for (k = 0; k < q->speaker.len; k++) {
        char ch = text[q->speaker.start + k];
        pron[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
      }
      lua_pushlstring(L, pron, q->speaker.len);
      lua_setfield(L, -2, "via_pronoun");
    }
    if (!q->closed) {
      lua_pushboolean(L, 0);
      lua_setfield(L, -2, "closed");
    }
    if (q->inherited) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "inherited");
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const luaL_Reg article_methods[] = {
  {"_text", a_text}, {"_cache", a_cache}, {"_npara", a_npara},
  {"_para", a_para}, {"_nsent", a_nsent}, {"_sent", a_sent},
  {"_dateline", a_dateline}, {"_ref", a_ref}, {"_timexes", a_timexes},
  {"_quotes", a_quotes},   /* quotes (quotes.c) */
  {NULL, NULL}
};

static const luaL_Reg core_funcs[] = {
  {"parse", l_parse}, {"timexes", l_timexes}, {NULL, NULL}
};

int luaopen_dateline_core(lua_State *L);

int luaopen_dateline_core(lua_State *L)
{
  luaL_newmetatable(L, "dateline.TimexList");
  lua_pushcfunction(L, timexlist_close);
  lua_setfield(L, -2, "__close");
  lua_pushcfunction(L, timexlist_close);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);

  luaL_newlib(L, core_funcs);

  /* core.Article: the metatable; the Lua layer adds __index etc. */
  luaL_newmetatable(L, ARTICLE_MT);
  lua_pushcfunction(L, a_gc);
  lua_setfield(L, -2, "__gc");
  luaL_newlib(L, article_methods);
  lua_setfield(L, -2, "methods");
  lua_setfield(L, -2, "Article");

  lua_pushliteral(L, DL_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushinteger(L, (lua_Integer)DL_MAX_TEXT);
  lua_setfield(L, -2, "max_text");
  return 1;
}
