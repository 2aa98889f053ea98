/*
 * tsan_threads.c -- the core is reentrant: run it from several threads at
 * once under ThreadSanitizer (`make tsan`).
 *
 * Four threads start together:
 *   - two call the C API of dateline.h directly (article structure, timexes,
 *     quotes, entities with one shared built-in gazetteer, HTML extraction),
 *   - two each create their own lua_State and `require "dateline"` from the
 *     ThreadSanitizer build of dateline/core.so.
 * Each thread parses the same and different articles ROUNDS times and
 * compares a digest of every result with the one a single-threaded run
 * computed first.  Exit status 0 when every digest matches; ThreadSanitizer
 * itself fails the run (TSAN_OPTIONS exitcode) on any data race.
 *
 * In its own folder: the plain C harness (build/ctest) links every
 * .c file directly under test/ and needs neither Lua nor pthreads.
 *
 * usage: tsan_threads REPO_ROOT BUILD_DIR
 *   REPO_ROOT holds lua/dateline/ (the Lua modules), BUILD_DIR holds
 *   dateline/core.so.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "dateline.h"

#define ROUNDS 200
#define NARTICLES 4
#define NTHREADS 4
#define MAX_LUA_DIGEST 65536

static const char *const articles[NARTICLES] = {
  "Harbour deal signed\n\n"
  "By Tom Vale, Reuters\n\n"
  "LISBON, March 3 (Reuters) - Portugal signed a harbour deal on Monday, "
  "two weeks after talks began. \"We are pleased,\" said Prime Minister "
  "Ana Costa. She added that work would start in June 2025.\n\n"
  "The port authority said on Tuesday it would hire 200 people by 2026.\n",

  "NAIROBI, Oct 22 (Reuters) - Kenya's central bank held its key rate at "
  "10.5 percent on Tuesday. \"Inflation is easing,\" Governor Paul Mwangi "
  "told reporters, adding the bank would meet again in December.\n\n"
  "Analysts had expected a cut last month.\n",

  "Storm closes schools\n\n"
  "OSLO - Schools in western Norway closed on Friday morning as a storm "
  "brought winds of 120 km per hour. The weather service said the storm "
  "would ease by Saturday evening.\n\n"
  "\"Stay indoors,\" police said in a statement at 3:15 p.m. local time.\n",

  /* damaged bytes around a real story */
  "\xff\xfe TOKYO, May 1 (Reuters) - Shares rose 2 percent\x80 on Thursday"
  "\xc0\xaf after the holiday. \"Buyers came back,\" said trader Ken Sato."
  "\xed\xa0\x80 Markets close on May 5.\n",
};

static const char html_page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><title>Bridge reopens</title>"
  "<meta property=\"article:published_time\" content=\"2024-06-02T08:00:00Z\">"
  "</head><body><article><h1>Bridge reopens</h1>"
  "<p>CAIRO, June 2 (Reuters) - The old bridge reopened on Sunday after "
  "three years of repairs, the ministry said.</p>"
  "<p>\"It is a good day,\" said engineer Omar Farid, who led the work "
  "since 2021.</p></article></body></html>";

/* ---- C API digest ------------------------------------------------------ */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
  const unsigned char *b = (const unsigned char *)p;
  size_t i;
  for (i = 0; i < n; i++) { h ^= b[i]; h *= 1099511628211ull; }
  return h;
}

static uint64_t fnv_u32(uint64_t h, uint32_t v) { return fnv(h, &v, sizeof v); }

/* Everything the core says about one article, hashed; 0 on any failure. */
static uint64_t c_digest(const char *text, size_t len, const dl_gazetteer *builtin)
{
  uint64_t h = 14695981039346656037ull;
  dl_options o;
  dl_article *a = NULL;
  dl_timex_list tl;
  dl_quote_list ql;
  dl_entities *e = NULL;
  const dl_para *p;
  const dl_sentence *s;
  const dl_dateline *d;
  size_t i, n;
  int ok = 1;

  dl_options_init(&o);
  if (dl_date_parse_iso("2024-05-02", 10, &o.ref) != DL_OK) return 0;
  dl_timex_list_init(&tl);
  dl_quote_list_init(&ql);
  if (dl_article_parse(text, len, &o, &a) != DL_OK) return 0;
  n = dl_article_npara(a);
  p = dl_article_paras(a);
  for (i = 0; i < n; i++) {
    h = fnv_u32(h, p[i].start); h = fnv_u32(h, p[i].len); h = fnv_u32(h, p[i].flags);
  }
  n = dl_article_nsentences(a);
  s = dl_article_sentences(a);
  for (i = 0; i < n; i++) { h = fnv_u32(h, s[i].start); h = fnv_u32(h, s[i].len); }
  d = dl_article_dateline(a);
  if (d) { h = fnv_u32(h, d->place.start); h = fnv_u32(h, d->place.len); h = fnv(h, d->iso, strlen(d->iso)); }
  if (dl_timex_scan_lang(text, len, &o, &tl) != DL_OK) ok = 0;
  for (i = 0; ok && i < tl.n; i++) {
    h = fnv_u32(h, tl.items[i].start);
    h = fnv(h, tl.items[i].value, strlen(tl.items[i].value));
  }
  if (ok && dl_quotes_scan(text, len, dl_article_paras(a), dl_article_npara(a), &ql) != DL_OK) ok = 0;
  for (i = 0; ok && i < ql.n; i++) {
    h = fnv_u32(h, ql.items[i].start); h = fnv_u32(h, ql.items[i].len);
    h = fnv_u32(h, ql.items[i].speaker.start); h = fnv_u32(h, ql.items[i].name.len);
  }
  if (ok && dl_article_entities(a, text, builtin, NULL, &e) != DL_OK) ok = 0;
  for (i = 0; ok && i < dl_entities_count(e); i++) {
    const dl_entity *en = dl_entities_get(e, i);
    h = fnv(h, en->name, en->name_len);
    h = fnv(h, en->id, strlen(en->id));
    h = fnv_u32(h, en->type);
  }
  dl_entities_free(e);
  dl_quote_list_free(&ql);
  dl_timex_list_free(&tl);
  dl_article_free(a);
  return ok ? (h ? h : 1) : 0;
}

static uint64_t html_digest(void)
{
  dl_html_doc doc;
  uint64_t h = 14695981039346656037ull;
  size_t i;
  if (dl_html_extract(html_page, sizeof html_page - 1, NULL, &doc) != DL_OK) {
    dl_html_doc_free(&doc);
    return 0;
  }
  h = fnv(h, doc.text, doc.len);
  if (doc.title) h = fnv(h, doc.title, strlen(doc.title));
  if (doc.published) h = fnv(h, doc.published, strlen(doc.published));
  for (i = 0; i < doc.nauthors; i++) h = fnv(h, doc.authors[i], strlen(doc.authors[i]));
  dl_html_doc_free(&doc);
  return h;
}

/* ---- Lua digest ---------------------------------------------------------- */

/* Runs in a fresh lua_State: returns one string describing every article. */
static const char lua_digest_code[] =
  "local dl = require 'dateline'\n"
  "local texts, html = ...\n"
  "local out = {}\n"
  "local function add(...) for i = 1, select('#', ...) do out[#out + 1] = tostring((select(i, ...))) end end\n"
  "for _, text in ipairs(texts) do\n"
  "  local a = dl.parse(text, { ref = '2024-05-02' })\n"
  "  local d = a.dateline\n"
  "  add('D', d and d.place, d and d.date, a.headline)\n"
  "  for s in a:sentences() do add('S', s.start, s.stop) end\n"
  "  for t in a:timexes() do add('T', t.start, t.value) end\n"
  "  for q in a:quotes() do add('Q', q.start, q.stop, q.speaker) end\n"
  "  for e in a:entities() do add('E', e.name, e.type, e.id) end\n"
  "  for _, t in ipairs(dl.timexes(text, { ref = '2024-05-02' })) do add('t', t.value) end\n"
  "end\n"
  "local h = dl.parse_html(html)\n"
  "add('H', h.title, h.published, h.text)\n"
  "add('d', dl.date('2024-10-22T14:05+02:00'):utc():iso(), dl.date('next Friday', { ref = '2024-05-02' }))\n"
  "return table.concat(out, '|')\n";

typedef struct lua_job {
  const char *root, *build;
  char digest[MAX_LUA_DIGEST];
  char error[512];
} lua_job;

/* One fresh state, the module loaded from root/lua and build/: fills
 * job->digest (or job->error).  Returns 0 on success. */
static int lua_run(lua_job *job, lua_State **keep)
{
  lua_State *L = *keep;
  int i;
  size_t n;
  const char *s;

  if (!L) {
    L = luaL_newstate();
    if (!L) { snprintf(job->error, sizeof job->error, "luaL_newstate failed"); return 1; }
    *keep = L;
    luaL_openlibs(L);
    lua_getglobal(L, "package");
    lua_pushfstring(L, "%s/lua/?.lua;%s/lua/?/init.lua", job->root, job->root);
    lua_setfield(L, -2, "path");
    lua_pushfstring(L, "%s/dateline/?.so;%s/?.so", job->build, job->build);
    lua_setfield(L, -2, "cpath");
    lua_pop(L, 1);
  }
  if (luaL_loadbufferx(L, lua_digest_code, sizeof lua_digest_code - 1, "=digest", "t") != LUA_OK)
    goto fail;
  lua_createtable(L, NARTICLES, 0);
  for (i = 0; i < NARTICLES; i++) {
    lua_pushstring(L, articles[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_pushlstring(L, html_page, sizeof html_page - 1);
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) goto fail;
  s = lua_tolstring(L, -1, &n);
  if (!s || n >= sizeof job->digest) {
    snprintf(job->error, sizeof job->error, "digest missing or too long");
    lua_pop(L, 1);
    return 1;
  }
  memcpy(job->digest, s, n);
  job->digest[n] = '\0';
  lua_pop(L, 1);
  return 0;
fail:
  s = lua_tostring(L, -1);
  snprintf(job->error, sizeof job->error, "%s", s ? s : "(error object is not a string)");
  lua_pop(L, 1);
  return 1;
}

/* ---- threads ------------------------------------------------------------- */

typedef struct shared {
  const dl_gazetteer *builtin;
  uint64_t want[NARTICLES];
  uint64_t want_html;
  const char *want_lua;
  const char *root, *build;
  pthread_barrier_t start;
} shared;

typedef struct worker {
  shared *sh;
  int id;
  int failures;
  char msg[512];
} worker;

static void *c_worker(void *arg)
{
  worker *w = (worker *)arg;
  int r, k;
  pthread_barrier_wait(&w->sh->start);
  for (r = 0; r < ROUNDS; r++) {
    /* the same article in both threads, and a different one */
    for (k = 0; k < 2; k++) {
      int i = k == 0 ? r % NARTICLES : (r + w->id + 1) % NARTICLES;
      if (c_digest(articles[i], strlen(articles[i]), w->sh->builtin) != w->sh->want[i]) {
        w->failures++;
        snprintf(w->msg, sizeof w->msg, "C thread %d: article %d differs in round %d", w->id, i, r);
      }
    }
    if (r % 10 == 0 && html_digest() != w->sh->want_html) {
      w->failures++;
      snprintf(w->msg, sizeof w->msg, "C thread %d: HTML page differs in round %d", w->id, r);
    }
  }
  return NULL;
}

static void *lua_worker(void *arg)
{
  worker *w = (worker *)arg;
  lua_State *L = NULL;
  lua_job *job = (lua_job *)calloc(1, sizeof *job);
  int r, rounds = ROUNDS / 4;   /* each round parses every article (x2) */

  pthread_barrier_wait(&w->sh->start);
  if (!job) { w->failures++; snprintf(w->msg, sizeof w->msg, "out of memory"); return NULL; }
  job->root = w->sh->root;
  job->build = w->sh->build;
  for (r = 0; r < rounds; r++) {
    /* every 10 rounds a brand-new state: require "dateline" in parallel */
    if (r % 10 == 0 && L) { lua_close(L); L = NULL; }
    if (lua_run(job, &L) != 0) {
      w->failures++;
      snprintf(w->msg, sizeof w->msg, "Lua thread %d: %.400s", w->id, job->error);
      break;
    }
    if (strcmp(job->digest, w->sh->want_lua) != 0) {
      w->failures++;
      snprintf(w->msg, sizeof w->msg, "Lua thread %d: results differ in round %d", w->id, r);
    }
  }
  if (L) lua_close(L);
  free(job);
  return NULL;
}

int main(int argc, char **argv)
{
  shared sh;
  worker w[NTHREADS];
  pthread_t t[NTHREADS];
  dl_gazetteer *builtin = NULL;
  lua_State *L = NULL;
  lua_job *ref = NULL;
  int i, failures = 0, started = 0;

  if (argc != 3) {
    fprintf(stderr, "usage: %s REPO_ROOT BUILD_DIR\n", argv[0]);
    return 2;
  }
  memset(&sh, 0, sizeof sh);
  sh.root = argv[1];
  sh.build = argv[2];

  /* single-threaded reference run (also initializes libxml2 once, as its
   * documentation asks before threads use it) */
  if (dl_gazetteer_builtin(&builtin) != DL_OK) { fprintf(stderr, "no gazetteer\n"); return 1; }
  sh.builtin = builtin;
  for (i = 0; i < NARTICLES; i++) {
    sh.want[i] = c_digest(articles[i], strlen(articles[i]), builtin);
    if (!sh.want[i]) { fprintf(stderr, "article %d: the C API failed\n", i); failures++; }
  }
  sh.want_html = html_digest();
  if (!sh.want_html) { fprintf(stderr, "HTML page: the C API failed\n"); failures++; }
  ref = (lua_job *)calloc(1, sizeof *ref);
  if (!ref) { dl_gazetteer_free(builtin); return 1; }
  ref->root = sh.root;
  ref->build = sh.build;
  if (lua_run(ref, &L) != 0) { fprintf(stderr, "Lua reference run: %s\n", ref->error); failures++; }
  if (L) lua_close(L);
  sh.want_lua = ref->digest;
  printf("tsan_threads: reference digest of %zu bytes from Lua\n", strlen(ref->digest));

  if (failures == 0) {
    if (pthread_barrier_init(&sh.start, NULL, NTHREADS) != 0) { failures++; goto out; }
    for (i = 0; i < NTHREADS; i++) {
      memset(&w[i], 0, sizeof w[i]);
      w[i].sh = &sh;
      w[i].id = i;
      if (pthread_create(&t[i], NULL, i < 2 ? c_worker : lua_worker, &w[i]) != 0) {
        fprintf(stderr, "pthread_create failed\n");
        failures++;
        break;
      }
      started++;
    }
    if (started < NTHREADS) {
      /* the barrier would never open: nothing sensible left to do */
      fprintf(stderr, "could not start %d threads\n", NTHREADS);
      return 1;
    }
    for (i = 0; i < started; i++) {
      pthread_join(t[i], NULL);
      if (w[i].failures) { fprintf(stderr, "%s\n", w[i].msg); failures += w[i].failures; }
    }
    pthread_barrier_destroy(&sh.start);
  }
out:
  printf("tsan_threads: %d threads (2 C API, 2 lua_State), %d rounds: %s\n",
         NTHREADS, ROUNDS, failures ? "FAILED" : "results equal the single-threaded run");
  free(ref);
  dl_gazetteer_free(builtin);
  return failures ? 1 : 0;
}
