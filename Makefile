# dateline -- build, test, demo and benchmark.
#
#   make            build the Lua module (build/dateline/core.so)
#   make test       run the busted specs and the C core tests
#   make demo       parse the bundled samples/ corpus and print a table
#   make bench      throughput of dl.parse and dl.timexes (needs ../shared)
#   make eval       TIMEX3 scores on TimeBank + AQUAINT (needs ../shared, python3)
#   make asan       the specs against an ASan+UBSan build
#   make leakcheck  the specs under valgrind
#   make lex        regenerate csrc/timex_lex.h from tools/timex_lex.txt
#   make lint       warnings as errors, cppcheck (and luacheck when present)
#   make install    install with luarocks (offline, Debian's lua packages)

LUA      ?= lua5.4
LUA_INC  ?= $(shell pkg-config --cflags $(LUA) 2>/dev/null || echo -I/usr/include/$(LUA))
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
BUSTED   ?= /usr/bin/busted

CORE_SRC = $(filter-out csrc/ldateline.c,$(wildcard csrc/*.c))
CORE_HDR = $(wildcard csrc/*.h)
BUILD   ?= build
CORE_OBJ = $(patsubst csrc/%.c,$(BUILD)/obj/%.o,$(CORE_SRC))
MODULE   = $(BUILD)/dateline/core.so
CTEST    = $(BUILD)/ctest

export LUA_PATH  := $(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;$(CURDIR)/spec/?.lua;$(shell $(LUA) -e 'io.write(package.path)' 2>/dev/null)
export LUA_CPATH := $(CURDIR)/$(BUILD)/?.so;$(shell $(LUA) -e 'io.write(package.cpath)' 2>/dev/null)

.PHONY: all deps test ctest demo bench eval asan ubsan leakcheck lint install clean lex

all: $(MODULE)

deps:
	@sh tools/deps.sh

$(BUILD)/obj/%.o: csrc/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(XML_CFLAGS) -c $< -o $@

$(BUILD)/obj/ldateline.o: csrc/ldateline.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LUA_INC) -c $< -o $@

$(MODULE): $(CORE_OBJ) $(BUILD)/obj/ldateline.o
	@mkdir -p $(dir $@)
	$(CC) -shared $(CFLAGS) $(LDFLAGS) -o $@ $^ $(XML_LIBS)

$(CTEST): $(wildcard test/*.c) test/test.h $(CORE_OBJ)
	$(CC) $(WARN) $(CFLAGS) -Icsrc $(XML_CFLAGS) -o $@ $(filter %.c %.o,$^) $(LDFLAGS) $(XML_LIBS)

ctest: $(CTEST)
	./$(CTEST)

test: deps $(MODULE) $(CTEST)
	@sh tools/runtests.sh ./$(CTEST) $(LUA) $(BUSTED) $(BUSTED_ARGS)

demo: deps $(MODULE)
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
	  LUA_CPATH="$(CURDIR)/build-asan/?.so;;" $(LUA) $(BUSTED) $(BUSTED_ARGS)

leakcheck: deps $(MODULE) $(CTEST)
	valgrind --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
	  ./$(CTEST)
	valgrind --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
	  $(LUA) $(BUSTED) $(BUSTED_ARGS)

lint:
	$(MAKE) clean all CFLAGS="-O2 -Werror"
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --suppress=missingIncludeSystem csrc test
	@if command -v luacheck >/dev/null; then luacheck lua spec bench examples; \
	 else echo "luacheck not installed: skipped"; fi

install: deps
	luarocks-5.4 make rockspec/dateline-dev-1.rockspec --deps-mode=none

# Regenerate the timex lexicon table from its word list (committed output).
lex:
	$(LUA) tools/gen_timex_lex.lua tools/timex_lex.txt > csrc/timex_lex.h.tmp
	mv csrc/timex_lex.h.tmp csrc/timex_lex.h

clean:
	rm -rf build build-asan
