/*
 * lcompat.h -- the Lua 5.4 C API that csrc/ldateline.c uses, for Lua 5.1,
 * 5.2, 5.3 and LuaJIT 2.1 (OpenResty's runtime; LUA_VERSION_NUM 501).
 *
 * Included only by ldateline.c, after lua.h and lauxlib.h.  On Lua 5.4 it
 * defines only LCOMPAT_FMT_INT / LCOMPAT_INT (the %I of lua_pushfstring)
 * and a no-op lcompat_close.  Elsewhere each missing or
 * differently shaped call is a static lcompat_* function and a macro of
 * the 5.4 name pointing at it: a macro never collides with a declaration
 * the older header (LuaJIT's lauxlib.h has luaL_setfuncs, luaL_testudata)
 * already has.  Error messages follow 5.4's wording, so the specs read the
 * same text on every version.
 *
 * What cannot be emulated:
 *   - to-be-closed slots (lua_toclose) exist only in 5.4.  Older versions
 *     rely on __gc (every guard metatable has one there) and the binding
 *     calls lcompat_close(L, idx) before a normal return, so memory is
 *     released as early as on 5.4 unless an error jumps out.  After such
 *     an error the state's reusable timex list stays marked busy, and
 *     later scans take the fresh-list path (correct, one allocation more).
 *   - user values: 5.4 has n per userdata; older versions keep them in one
 *     table set as the userdata's user value (5.2, 5.3) or environment
 *     (5.1, LuaJIT).
 *   - integers: 5.1, 5.2 and LuaJIT have only floats; "integer" means a
 *     whole number there (lua_isinteger, lua_tointegerx).
 */
#ifndef DL_LCOMPAT_H
#define DL_LCOMPAT_H

#include <stddef.h>

#include "lua.h"
#include "lauxlib.h"

/* lua_pushfstring's directive for a lua_Integer (%I is 5.3+; %f prints a
 * whole lua_Number without a fraction on 5.1 and 5.2). */
#if LUA_VERSION_NUM >= 503
#define LCOMPAT_FMT_INT "%I"
#define LCOMPAT_INT(x) ((lua_Integer)(x))
#else
#define LCOMPAT_FMT_INT "%f"
#define LCOMPAT_INT(x) ((lua_Number)(x))
#endif

#if LUA_VERSION_NUM >= 504

/* the slot is closed by the return (or the error) that leaves the function */
#define lcompat_close(L, idx) ((void)0)

#else /* ---- Lua 5.1, 5.2, 5.3, LuaJIT: what 5.4 added --------------------- */

#include <math.h>

/* Call the __close metamethod of the value at idx now (on 5.4 the end of
 * the function's to-be-closed scope does it). */
static inline void lcompat_close(lua_State *L, int idx)
{
  idx = idx < 0 ? lua_gettop(L) + idx + 1 : idx;
  if (luaL_getmetafield(L, idx, "__close")) {
    lua_pushvalue(L, idx);
    lua_call(L, 1, 0);
  }
}
/* lua_toclose: nothing; __gc and lcompat_close do the work */
#define lua_toclose(L, idx) ((void)(L), (void)(idx))

/* "bad argument #n to 'f' (T expected, got U)", U from __name when set */
static inline int lcompat_typeerror(lua_State *L, int arg, const char *tname)
{
  const char *got;
  if (luaL_getmetafield(L, arg, "__name") && lua_type(L, -1) == LUA_TSTRING)
    got = lua_tostring(L, -1);
  else if (lua_type(L, arg) == LUA_TLIGHTUSERDATA)
    got = "light userdata";
  else
    got = luaL_typename(L, arg);
  return luaL_argerror(L, arg, lua_pushfstring(L, "%s expected, got %s", tname, got));
}
#define luaL_typeerror(L, arg, tname) lcompat_typeerror(L, (arg), (tname))
#define luaL_argexpected(L, cond, arg, tname) \
  ((void)((cond) || lcompat_typeerror(L, (arg), (tname))))

/* n user values per userdata: a table of them as the one user value */
static inline void *lcompat_newuserdatauv(lua_State *L, size_t sz, int nuv)
{
  void *p = lua_newuserdata(L, sz);
  if (nuv > 0) {
    lua_createtable(L, nuv, 0);
#if LUA_VERSION_NUM >= 502
    lua_setuservalue(L, -2);
#else
    lua_setfenv(L, -2);
#endif
  }
  return p;
}
#define lua_newuserdatauv(L, sz, nuv) lcompat_newuserdatauv(L, (sz), (nuv))

/* push the table of user values of the userdata at idx; 0 if it has none */
static inline int lcompat_uvtable(lua_State *L, int idx)
{
#if LUA_VERSION_NUM >= 502
  lua_getuservalue(L, idx);
#else
  lua_getfenv(L, idx);
#endif
  return lua_type(L, -1) == LUA_TTABLE;
}

static inline int lcompat_getiuservalue(lua_State *L, int idx, int n)
{
  if (!lcompat_uvtable(L, idx)) {
    lua_pop(L, 1);
    lua_pushnil(L);
    return LUA_TNONE;
  }
  lua_rawgeti(L, -1, n);
  lua_remove(L, -2);
  return lua_type(L, -1);
}
#define lua_getiuservalue(L, idx, n) lcompat_getiuservalue(L, (idx), (n))

static inline int lcompat_setiuservalue(lua_State *L, int idx, int n)
{
  idx = idx < 0 ? lua_gettop(L) + idx + 1 : idx;
  if (!lcompat_uvtable(L, idx)) {
    lua_pop(L, 2);   /* the nil and the value */
    return 0;
  }
  lua_insert(L, -2);
  lua_rawseti(L, -2, n);
  lua_pop(L, 1);
  return 1;
}
#define lua_setiuservalue(L, idx, n) lcompat_setiuservalue(L, (idx), (n))

#endif /* LUA_VERSION_NUM < 504 */

#if LUA_VERSION_NUM < 503 /* ---- 5.1, 5.2, LuaJIT: what 5.3 added -------- */

/* whole numbers count as integers where every number is a float */
#define LCOMPAT_MAX_EXACT 9007199254740992.0   /* 2^53 */

static inline int lcompat_isinteger(lua_State *L, int idx)
{
  lua_Number x;
  if (lua_type(L, idx) != LUA_TNUMBER) return 0;
  x = lua_tonumber(L, idx);
  return x == floor(x) && x >= -LCOMPAT_MAX_EXACT && x <= LCOMPAT_MAX_EXACT;
}
#define lua_isinteger(L, idx) lcompat_isinteger(L, (idx))

/* 5.3's lua_tointegerx: *isnum only for a number (or numeric string) of
 * exact integer value (5.2's and LuaJIT's truncate 1.5 to 1 and say yes) */
static inline lua_Integer lcompat_tointegerx(lua_State *L, int idx, int *isnum)
{
  lua_Number x = lua_tonumber(L, idx);
  int ok = lua_isnumber(L, idx) && x == floor(x)
           && x >= -LCOMPAT_MAX_EXACT && x <= LCOMPAT_MAX_EXACT;
  if (isnum) *isnum = ok;
  return ok ? (lua_Integer)x : 0;
}
#define lua_tointegerx(L, idx, isnum) lcompat_tointegerx(L, (idx), (isnum))

/* lua_getfield, lua_rawgeti and lua_rawgetp return the type they pushed
 * (the parenthesized names call the real functions, not these macros) */
static inline int lcompat_getfield(lua_State *L, int idx, const char *k)
{
  (lua_getfield)(L, idx, k);
  return lua_type(L, -1);
}
#define lua_getfield(L, idx, k) lcompat_getfield(L, (idx), (k))

static inline int lcompat_rawgeti(lua_State *L, int idx, lua_Integer n)
{
  (lua_rawgeti)(L, idx, (int)n);
  return lua_type(L, -1);
}
#define lua_rawgeti(L, idx, n) lcompat_rawgeti(L, (idx), (n))

static inline int lcompat_rawgetp(lua_State *L, int idx, const void *p)
{
#if LUA_VERSION_NUM >= 502
  (lua_rawgetp)(L, idx, p);
#else
  idx = idx < 0 && idx > LUA_REGISTRYINDEX ? lua_gettop(L) + idx + 1 : idx;
  lua_pushlightuserdata(L, (void *)(size_t)p);
  lua_rawget(L, idx);
#endif
  return lua_type(L, -1);
}
#define lua_rawgetp(L, idx, p) lcompat_rawgetp(L, (idx), (p))

/* luaL_newmetatable sets __name, so type errors can name the type */
static inline int lcompat_newmetatable(lua_State *L, const char *tname)
{
  if (!(luaL_newmetatable)(L, tname)) return 0;
  lua_pushstring(L, tname);
  lua_setfield(L, -2, "__name");
  return 1;
}
#define luaL_newmetatable(L, tname) lcompat_newmetatable(L, (tname))

#if LUA_VERSION_NUM < 502 /* ---- 5.1, LuaJIT: what 5.2 added ------------- */

#ifndef LUA_OK
#define LUA_OK 0
#endif

#define lua_rawlen(L, idx) lua_objlen(L, (idx))

static inline void lcompat_rawsetp(lua_State *L, int idx, const void *p)
{
  idx = idx < 0 && idx > LUA_REGISTRYINDEX ? lua_gettop(L) + idx + 1 : idx;
  lua_pushlightuserdata(L, (void *)(size_t)p);
  lua_insert(L, -2);
  lua_rawset(L, idx);
}
#define lua_rawsetp(L, idx, p) lcompat_rawsetp(L, (idx), (p))

static inline void lcompat_setmetatable(lua_State *L, const char *tname)
{
  lua_getfield(L, LUA_REGISTRYINDEX, tname);
  lua_setmetatable(L, -2);
}
#define luaL_setmetatable(L, tname) lcompat_setmetatable(L, (tname))

static inline void *lcompat_testudata(lua_State *L, int idx, const char *tname)
{
  void *p = lua_touserdata(L, idx);
  int same;
  if (!p || !lua_getmetatable(L, idx)) return NULL;
  lua_getfield(L, LUA_REGISTRYINDEX, tname);
  same = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return same ? p : NULL;
}
#define luaL_testudata(L, idx, tname) lcompat_testudata(L, (idx), (tname))

static inline void lcompat_setfuncs(lua_State *L, const luaL_Reg *l, int nup)
{
  int i;
  luaL_checkstack(L, nup + 1, "too many upvalues");
  for (; l->name; l++) {
    for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
    lua_pushcclosure(L, l->func, nup);
    lua_setfield(L, -(nup + 2), l->name);
  }
  lua_pop(L, nup);
}
#define luaL_setfuncs(L, l, nup) lcompat_setfuncs(L, (l), (nup))

#ifndef luaL_newlib   /* LuaJIT 2.1 has it */
#define luaL_newlib(L, l) \
  (lua_createtable(L, 0, (int)(sizeof(l) / sizeof((l)[0]) - 1)), luaL_setfuncs(L, (l), 0))
#endif

/* A contiguous buffer of sz bytes: a scratch userdata on the stack (5.1's
 * luaL_Buffer holds LUAL_BUFFERSIZE bytes); the result string replaces it. */
static inline char *lcompat_buffinitsize(lua_State *L, luaL_Buffer *B, size_t sz)
{
  luaL_buffinit(L, B);   /* sets B->L; pushes nothing */
  return (char *)lua_newuserdata(L, sz);
}
#define luaL_buffinitsize(L, B, sz) lcompat_buffinitsize(L, (B), (sz))

static inline void lcompat_pushresultsize(luaL_Buffer *B, size_t sz)
{
  lua_State *L = B->L;
  lua_pushlstring(L, (const char *)lua_touserdata(L, -1), sz);
  lua_remove(L, -2);
}
#define luaL_pushresultsize(B, sz) lcompat_pushresultsize((B), (sz))

#endif /* LUA_VERSION_NUM < 502 */

/* luaL_checkudata with 5.4's message (5.1 and 5.2 say "got userdata") */
static inline void *lcompat_checkudata(lua_State *L, int idx, const char *tname)
{
  void *p = luaL_testudata(L, idx, tname);
  if (!p) lcompat_typeerror(L, idx, tname);
  return p;
}
#define luaL_checkudata(L, idx, tname) lcompat_checkudata(L, (idx), (tname))

#endif /* LUA_VERSION_NUM < 503 */

#endif /* DL_LCOMPAT_H */
