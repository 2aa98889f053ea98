# dateline -- build, test, demo and benchmark.
#
#   make            build the Lua module (build/dateline/core.so)
#   make test       run the busted specs and the C core tests
#                   (LUA=lua5.1|lua5.2|lua5.3|lua5.4|luajit picks the Lua:
#                   headers, build/<lua>/ and the interpreter busted runs on)
#   make demo       the summit timeline of the bundled samples/ corpus
#                   (examples/meetings.lua); make demo-table: the table
#   make bench      throughput of dl.parse and dl.timexes (needs ../shared)
#   make eval       TIMEX3 scores on TimeBank + AQUAINT (needs ../shared, python3)
#   make asan       the specs against an ASan+UBSan build
#   make tsan       two threads and two Lua states at once under ThreadSanitizer
#   make leakcheck  the specs under valgrind
#   make lex        regenerate csrc/timex_lex.h from tools/timex_lex.txt
#   make entlex     regenerate csrc/entities_lexhash.h from entities.c's lexicon
#   make qlex       regenerate csrc/quotes_lexhash.h from quotes.c's lexicon
#   make lint       warnings as errors (gcc and clang), cppcheck, luacheck
#   make install    install with luarocks (offline, Debian's lua packages)
#   make gazetteer  regenerate csrc/gazetteer_data.c (needs iso-codes,
#                   libgeonames-dev, tzdata; never run by make/make test)
#                   and csrc/gazetteer_auto.c
#   make gazetteer-auto  regenerate csrc/gazetteer_auto.c (the compiled
#                   built-in automaton) from the committed seeds alone

LUA      ?= lua5.4
# Debian's include directories: /usr/include/lua5.x, /usr/include/luajit-2.1
LUA_INCDIR = $(if $(filter luajit,$(LUA)),luajit-2.1,$(LUA))
LUA_INC  ?= $(shell pkg-config --cflags $(LUA) 2>/dev/null || echo -I/usr/include/$(LUA_INCDIR))
XML_CFLAGS ?= $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS   ?= $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
CC       ?= cc
WARN      = -std=c99 -Wall -Wextra -pedantic -Wshadow -Wmissing-prototypes \
            -Wstrict-prototypes -Wpointer-arith -Wcast-qual -Wvla
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
ALL_CFLAGS = $(WARN) $(CFLAGS) -fPIC
LDFLAGS  ?=
SHARED   ?= ../shared
# --ignore-lua: we already run busted under $(LUA); without it busted would
# re-exec itself (.busted names lua5.4) and valgrind would watch the wrong
# process.
BUSTED   ?= /usr/bin/busted --ignore-lua
# The hostile-input specs tagged #huge (a 200 MB line, 1 GB through
# `dateline map`) take minutes and gigabytes: make test runs them, the
# sanitizer and valgrind runs leave them out.
NOT_HUGE  = --exclude-tags=huge

CORE_SRC = $(filter-out csrc/ldateline.c,$(wildcard csrc/*.c))
CORE_HDR = $(wildcard csrc/*.h)
# Lua 5.4 builds into build/ (what the demos, bench and docs load); any
# other LUA into build/$(LUA)/, so versions never share an object.
BUILD   ?= $(if $(filter lua5.4,$(LUA)),build,build/$(LUA))
CORE_OBJ = $(patsubst csrc/%.c,$(BUILD)/obj/%.o,$(CORE_SRC))
MODULE   = $(BUILD)/dateline/core.so
CTEST    = $(BUILD)/ctest

# ";;" appends Lua's default path (no shell call: Lua may not be installed
# yet when make reads this file; `deps` installs it).
export LUA_PATH  := $(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;$(CURDIR)/spec/?.lua;;
export LUA_CPATH := $(CURDIR)/$(BUILD)/?.so;;

.PHONY: all deps lua-deps test ctest demo demo-table bench eval asan ubsan leakcheck lint install clean gazetteer gazetteer-auto lex entlex qlex

all: $(MODULE)

deps:
	@sh tools/deps.sh

# the interpreter and headers of a LUA other than 5.4 (Debian packages)
lua-deps:
	@case "$(LUA)" in \
	  lua5.4) ;; \
	  lua5.1) sh tools/deps.sh lua5.1 liblua5.1-0-dev ;; \
	  lua5.2|lua5.3) sh tools/deps.sh $(LUA) lib$(LUA)-dev ;; \
	  luajit) sh tools/deps.sh luajit libluajit-5.1-dev ;; \
	esac

$(BUILD)/obj/%.o: csrc/%.c $(CORE_HDR) | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(XML_CFLAGS) -c $< -o $@

# entities.c: its rule chains (run, classify and ~80 small helpers, no
# hot spot above 20%) take 6% fewer instructions with -O3's inlining and
# cloning (callgrind, bench/bench_entities.c); the other files gain
# nothing from it.  A CFLAGS or OPT given to make still wins.
$(BUILD)/obj/entities.o: OPT = -O3

$(BUILD)/obj/ldateline.o: csrc/ldateline.c $(CORE_HDR) | deps lua-deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -c $< -o $@

$(MODULE): $(CORE_OBJ) $(BUILD)/obj/ldateline.o
	@mkdir -p $(dir $@)
	$(CC) -shared $(CFLAGS) $(LDFLAGS) -o $@ $^ $(XML_LIBS)

$(CTEST): $(wildcard test/*.c) test/test.h $(CORE_OBJ)
	$(CC) $(WARN) $(CFLAGS) -Icsrc $(XML_CFLAGS) -o $@ $(filter %.c %.o,$^) $(LDFLAGS) $(XML_LIBS)

ctest: $(CTEST)
	./$(CTEST)

test: deps lua-deps $(MODULE) $(CTEST)
	@sh tools/runtests.sh ./$(CTEST) $(LUA) $(BUSTED) $(BUSTED_ARGS)

demo: deps $(MODULE)
	$(LUA) examples/meetings.lua samples

demo-table: deps $(MODULE)
	$(LUA) examples/demo.lua samples

bench: deps $(MODULE)
	$(LUA) bench/bench.lua $(SHARED)

eval: deps $(MODULE)
	sh tools/eval.sh $(SHARED)

asan:
	$(MAKE) BUILD=build-asan OPT=-O1 \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/dateline/core.so build-asan/ctest
	./build-asan/ctest
	LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=0 \
	  LUA_CPATH="$(CURDIR)/build-asan/?.so;;" $(LUA) $(BUSTED) $(NOT_HUGE) $(BUSTED_ARGS)

leakcheck: deps $(MODULE) $(CTEST)
	@sh tools/deps.sh valgrind
	valgrind --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
	  ./$(CTEST)
	valgrind --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
	  $(LUA) $(BUSTED) $(NOT_HUGE) $(BUSTED_ARGS)

# The binding is compiled against every Lua's headers (no link needed),
# with gcc and with clang.
LINT_LUAS ?= lua5.1 lua5.2 lua5.3 lua5.4 luajit
lint:
	$(MAKE) clean all CFLAGS="-O2 -Werror"
	@sh tools/deps.sh clang liblua5.1-0-dev liblua5.2-dev liblua5.3-dev libluajit-5.1-dev
	$(MAKE) BUILD=build/lint-clang CC=clang CFLAGS="-O2 -Werror" build/lint-clang/dateline/core.so
	@for l in $(LINT_LUAS); do for cc in $(CC) clang; do \
	  echo "$$cc ldateline.c with $$l"; \
	  $(MAKE) -s --no-print-directory LUA=$$l CC=$$cc BUILD=build/lint-$$cc-$$l \
	    CFLAGS="-O2 -Werror" build/lint-$$cc-$$l/obj/ldateline.o || exit 1; \
	done; done
	@sh tools/deps.sh cppcheck
	# timex.c reads its token array only behind IN() bounds guards (and the
	# array has slack slots past the last token); cppcheck cannot follow
	# the macro and reports those reads as possible out-of-bounds.
	# gazetteer_auto.c is generated const arrays (3 MB): nothing to check,
	# and cppcheck spends minutes on it.
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --suppress=missingIncludeSystem --suppress=negativeIndex:csrc/timex.c \
	  --suppress=arrayIndexOutOfBoundsCond:csrc/timex.c -icsrc/gazetteer_auto.c -Icsrc csrc test
	@sh tools/deps.sh lua-check
	luacheck lua bin/dateline spec bench examples tools
	# luacheck reads Lua 5.4: the other installed interpreters must parse
	# every file too (no //, bit operators, \u{...}; goto not on 5.1).
	# Not tools/*.lua: the generators (make lex, entlex, qlex) use 5.3's
	# bit operators and run on the Lua that builds, as eval.lua does.
	@for l in lua5.1 lua5.2 lua5.3 luajit; do command -v $$l >/dev/null || continue; \
	  ls lua/dateline/*.lua bin/dateline spec/*.lua spec/support/*.lua bench/*.lua examples/*.lua | \
	  $$l -e 'for f in io.lines() do assert(loadfile(f)) end' || exit 1; done

install: deps
	@sh tools/deps.sh luarocks
	luarocks-5.4 make rockspec/dateline-dev-1.rockspec --deps-mode=none

# Regenerate the timex lexicon table from its word list (committed output).
lex:
	$(LUA) tools/gen_timex_lex.lua tools/timex_lex.txt > csrc/timex_lex.h.tmp
	mv csrc/timex_lex.h.tmp csrc/timex_lex.h

# The hash table of entities.c's word lists (committed output), from the
# lexicon[] table in entities.c itself.
entlex:
	$(LUA) tools/gen_lexhash.lua entities csrc/entities.c > csrc/entities_lexhash.h.tmp
	mv csrc/entities_lexhash.h.tmp csrc/entities_lexhash.h

qlex:
	$(LUA) tools/gen_lexhash.lua quotes csrc/quotes.c > csrc/quotes_lexhash.h.tmp
	mv csrc/quotes_lexhash.h.tmp csrc/quotes_lexhash.h

# The built-in gazetteer: regenerated from Debian data, committed (cmark's
# way), so that building dateline needs none of these packages.
GAZ_MIN_POP ?= 50000
gazetteer:
	@mkdir -p $(BUILD)
	$(CC) -O2 -o $(BUILD)/gen_gazetteer_geonames tools/gen_gazetteer_geonames.c \
	  $$(pkg-config --cflags --libs geonames)
	./$(BUILD)/gen_gazetteer_geonames 15000 > $(BUILD)/geonames_cities.tsv
	GAZ_MIN_POP=$(GAZ_MIN_POP) $(LUA) tools/gen_gazetteer.lua $(BUILD)/geonames_cities.tsv \
	  tools/gazetteer_curated.txt /usr/share/iso-codes/json \
	  /usr/share/zoneinfo/zone1970.tab > csrc/gazetteer_data.c.tmp
	mv csrc/gazetteer_data.c.tmp csrc/gazetteer_data.c
	$(MAKE) gazetteer-auto

# The built-in automaton compiled from those seeds by gazetteer.c itself
# (tools/gen_gazetteer_auto.c), committed as const arrays so that no
# process compiles it (the ctest checks it is current).  Needs only the
# committed sources: after a merge conflict in csrc/gazetteer_auto.c,
# take either side and run this.
# the generator needs only the gazetteer, its seeds and the UTF-8 helpers
GEN_AUTO_SRC = csrc/gazetteer.c csrc/gazetteer_data.c csrc/text.c
gazetteer-auto:
	@mkdir -p $(BUILD)
	$(CC) $(WARN) -O2 -Icsrc -o $(BUILD)/gen_gazetteer_auto \
	  tools/gen_gazetteer_auto.c $(GEN_AUTO_SRC)
	./$(BUILD)/gen_gazetteer_auto > csrc/gazetteer_auto.c.tmp
	mv csrc/gazetteer_auto.c.tmp csrc/gazetteer_auto.c

clean:
	rm -rf build build-asan

# ---- fuzzing (fuzz/) ---------------------------------------------------------
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="timex date"]
#       build every target with clang -fsanitize=fuzzer,address,undefined and
#       run each FUZZ_SECONDS seconds, one after the other.  New inputs go to
#       the scratch corpus build/fuzz-clang/corpus/<target>/ (fuzz/corpus/ is
#       only read); a crash, leak or timeout leaves its reproducer under
#       fuzz/crashes/<target>/ and makes the target fail.
#   make fuzz-replay
#       build the same targets with $(CC) and ASan/UBSan around the plain
#       main() of fuzz/replay.c and run fuzz/corpus/ and fuzz/crashes/ (each
#       input in a child process; failures listed): no clang needed (CI).
#   make fuzz-merge [FUZZ_CORPUS_MAX=200]
#       keep fuzz/corpus/<target>/ small: its hand-written seeds, plus the
#       inputs of it and of the scratch corpus that a greedy set cover of
#       their features picks (fuzz/corpus_cover.py), FUZZ_CORPUS_MAX in all.
FUZZ_TARGETS ?= article timex date html gazetteer
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
                -fno-omit-frame-pointer
FUZZ_OPTS    ?= -timeout=10 -rss_limit_mb=2560 -print_final_stats=1
FUZZ_MAIN_SRC ?=
FUZZ_LINK    ?=
FUZZ_DIR      = build/fuzz-clang
REPLAY_DIR    = build/fuzz-replay

.PHONY: fuzz fuzz-build fuzz-replay fuzz-merge

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_check.c fuzz/fuzz_check.h \
                      $(FUZZ_MAIN_SRC) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -Icsrc -Ifuzz $(XML_CFLAGS) -o $@ \
	  $(filter %.c %.o,$^) $(FUZZ_LINK) $(XML_LIBS)

fuzz-build:
	@sh tools/deps.sh clang libclang-rt-dev
	$(MAKE) BUILD=$(FUZZ_DIR) CC=$(FUZZ_CC) \
	  CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
	  FUZZ_LINK="-fsanitize=fuzzer $(FUZZ_SAN)" FUZZ_MAIN_SRC= \
	  $(patsubst %,$(FUZZ_DIR)/fuzz/fuzz_%,$(FUZZ_TARGETS))

# -max_len: HTML pages need room; the other targets read a few KiB.
fuzz: fuzz-build
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$t fuzz/crashes/$$t; \
	  case $$t in html) len=32768;; *) len=8192;; esac; \
	  echo "== fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  ./$(FUZZ_DIR)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=$$len \
	    -dict=fuzz/dateline.dict -artifact_prefix=fuzz/crashes/$$t/ $(FUZZ_OPTS) \
	    $(FUZZ_DIR)/corpus/$$t fuzz/corpus/$$t || status=1; \
	done; exit $$status

FUZZ_CORPUS_MAX ?= 200
fuzz-merge: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  rm -rf $(FUZZ_DIR)/merge && mkdir -p $(FUZZ_DIR)/merge/out fuzz/corpus/$$t $(FUZZ_DIR)/corpus/$$t; \
	  ./$(FUZZ_DIR)/fuzz/fuzz_$$t -set_cover_merge=1 -use_counters=0 -use_cmp=0 \
	    -use_value_profile=0 -timeout=10 -merge_control_file=$(FUZZ_DIR)/merge/ctl \
	    -artifact_prefix=$(FUZZ_DIR)/merge/ \
	    $(FUZZ_DIR)/merge/out fuzz/corpus/$$t $(FUZZ_DIR)/corpus/$$t >$(FUZZ_DIR)/merge/log 2>&1 \
	    || { tail -n 20 $(FUZZ_DIR)/merge/log; exit 1; }; \
	  python3 fuzz/corpus_cover.py $(FUZZ_DIR)/merge/ctl fuzz/corpus/$$t $(FUZZ_CORPUS_MAX) || exit 1; \
	done

fuzz-replay:
	$(MAKE) BUILD=$(REPLAY_DIR) \
	  CFLAGS="-O1 -g $(FUZZ_SAN)" FUZZ_LINK="$(FUZZ_SAN)" FUZZ_MAIN_SRC=fuzz/replay.c \
	  $(patsubst %,$(REPLAY_DIR)/fuzz/fuzz_%,$(FUZZ_TARGETS))
	@status=0; for t in $(FUZZ_TARGETS); do \
	  ./$(REPLAY_DIR)/fuzz/fuzz_$$t fuzz/corpus/$$t fuzz/crashes/$$t || status=1; \
	done; exit $$status

# ---- ThreadSanitizer (test/tsan/) --------------------------------------------
#   make tsan
#       build the core and dateline/core.so with -fsanitize=thread into
#       build-tsan/, then run test/tsan/tsan_threads.c: four threads at once,
#       two on the C API, two with their own lua_State requiring dateline;
#       results must equal a single-threaded run and TSan must see no race.
#       Also checks that no core object has writable static data.
TSAN_BUILD ?= build-tsan
TSAN_CC    ?= $(CC)
TSAN_SAN    = -fsanitize=thread -fno-omit-frame-pointer
TSAN_OBJ    = $(patsubst csrc/%.c,$(TSAN_BUILD)/obj/%.o,$(CORE_SRC))

.PHONY: tsan

$(TSAN_BUILD)/tsan_threads: test/tsan/tsan_threads.c $(CORE_HDR) $(TSAN_OBJ)
	$(TSAN_CC) $(WARN) -O1 -g $(TSAN_SAN) -Icsrc $(LUA_INC) -o $@ \
	  test/tsan/tsan_threads.c $(TSAN_OBJ) $(TSAN_SAN) -pthread \
	  $$(pkg-config --libs $(LUA) 2>/dev/null || echo -l$(LUA)) $(XML_LIBS)

tsan:
	$(MAKE) BUILD=$(TSAN_BUILD) CC=$(TSAN_CC) CFLAGS="-O1 -g $(TSAN_SAN)" \
	  LDFLAGS="$(TSAN_SAN)" $(TSAN_BUILD)/dateline/core.so $(TSAN_BUILD)/tsan_threads
	@for o in $(TSAN_OBJ); do \
	  if size -A $$o | awk '($$1==".data"||$$1==".bss") && $$2>0 {f=1} END {exit !f}'; then \
	    echo "$$o: writable static data (.data/.bss): the core must have no mutable globals"; exit 1; fi; \
	done
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 $(TSAN_OPTIONS)" \
	  ./$(TSAN_BUILD)/tsan_threads $(CURDIR) $(CURDIR)/$(TSAN_BUILD)
