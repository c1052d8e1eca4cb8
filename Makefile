# lede: make [all] | test | demo | asan | bench | eval | fuzz | data |
#       install | uninstall | clean
# User flags go in CFLAGS/LDFLAGS; the flags lede needs are kept apart.

PREFIX ?= /usr/local
DESTDIR ?=
libdir ?= $(PREFIX)/lib
includedir ?= $(PREFIX)/include
pkgconfigdir ?= $(libdir)/pkgconfig
bindir ?= $(PREFIX)/bin
mandir ?= $(PREFIX)/share/man
luadir ?= $(PREFIX)/lib/lua/5.4

CC ?= cc
CFLAGS ?= -O2 -g
LDFLAGS ?=
LUA ?= lua5.4
BUSTED ?= $(LUA) /usr/bin/busted
BUILD ?= build
EVAL_DATA ?= ../shared/data
EVAL_SCORER ?= ../shared/eval/score.py

VERSION = 0.1.0
# ABI version: bump MAJOR on an incompatible change of lede.h.
SOMAJOR = 0
SONAME = liblede.so.$(SOMAJOR)

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wcast-qual -Wwrite-strings \
       -Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith -Wundef \
       -Wredundant-decls -Wnested-externs -Wformat=2
PKGS = lua5.4 libutf8proc
LUA_CFLAGS = $(shell pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
LUA_LIBS = $(shell pkg-config --libs lua5.4 2>/dev/null || echo -llua5.4)
UTF8PROC_LIBS = $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc)
JANSSON_LIBS = $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson)
GUMBO_LIBS = $(shell pkg-config --libs gumbo 2>/dev/null || echo -lgumbo)
ZLIB_LIBS = $(shell pkg-config --libs zlib 2>/dev/null || echo -lz)
CRITERION_LIBS = $(shell pkg-config --libs criterion 2>/dev/null || echo -lcriterion)
LEDE_CFLAGS = -std=c11 -fPIC -fvisibility=hidden $(WARN) -Icore

# core/tagger_weights.c is the tagger's model packed; the library holds the
# tables the build makes from it ($(BUILD)/gen/tagger_table.c, tagger_words.c).
CORE_SRC = $(filter-out core/tagger_weights.c,$(wildcard core/*.c))
TAGGER_GEN_OBJ = $(BUILD)/gen/tagger_table.o $(BUILD)/gen/tagger_words.o
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o) $(TAGGER_GEN_OBJ)
BIND_SRC = $(filter-out bindings/cli.c,$(wildcard bindings/*.c))
BIND_OBJ = $(BIND_SRC:%.c=$(BUILD)/%.o)
TEST_SRC = $(wildcard tests/test_*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
LEX_TXT = $(wildcard data/lex/*.txt)

DEBIAN_PKGS = build-essential liblua5.4-dev lua5.4 libutf8proc-dev libcriterion-dev lua-busted pkg-config valgrind \
  luarocks libreadline-dev python3 libjansson-dev libgumbo-dev zlib1g-dev

.PHONY: all setup test check ctest luatest demo asan tsan valgrind bench eval fuzz data gazetteer train train-check \
        install uninstall clean module install-module

all: $(BUILD)/liblede.a $(BUILD)/$(SONAME) $(BUILD)/lede.so $(BUILD)/lede.pc \
     $(BUILD)/lede

# Installs what is missing when run as root; otherwise says what to run.
setup:
	@missing=""; for p in $(DEBIAN_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq $$missing) >/dev/null || exit 1; \
	  else \
	    echo "Missing packages. Run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

# Every core source may include any of the core's headers.
CORE_HDR = $(wildcard core/*.h)

$(BUILD)/core/%.o: core/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) $(CFLAGS) $(HOT_CFLAGS) -c $< -o $@

# The tagger's inner loops (feature sums, Viterbi) run about 1% fewer
# instructions at -O3 over the whole parse, and 0.2% fewer again with
# their loops unrolled; the rest gains nothing from it.
# `make TAGGER_CFLAGS=` leaves it at CFLAGS.
TAGGER_CFLAGS ?= -O3 -funroll-loops
$(BUILD)/core/tagger.o: HOT_CFLAGS = $(TAGGER_CFLAGS)

# The tagger's committed model is packed (core/tagger.h says how); a tool
# built for this machine unpacks it into C tables. HOSTCC builds it.
HOSTCC ?= $(CC)
$(BUILD)/gen/unpack_tagger: tools/unpack_tagger.c core/tagger_weights.c core/tagger.h \
  core/internal.h core/lede.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LEDE_CFLAGS) -O1 tools/unpack_tagger.c core/tagger_weights.c -o $@
$(BUILD)/gen/tagger_table.c: $(BUILD)/gen/unpack_tagger
	$(BUILD)/gen/unpack_tagger > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/tagger_table.o: $(BUILD)/gen/tagger_table.c core/tagger.h core/internal.h core/lede.h
	$(CC) $(LEDE_CFLAGS) $(CFLAGS) -c $< -o $@

# The entries of the model's frequent word forms and of a few more (their
# look-ups and sums) are made by the tagger's own code: a tool linked with the library's
# objects (built for this machine: HOSTCC's own copies if it is not CC).
$(BUILD)/gen/tagger_forms.txt: $(BUILD)/gen/unpack_tagger
	$(BUILD)/gen/unpack_tagger --forms > $@.tmp && mv $@.tmp $@
ifeq ($(HOSTCC),$(CC))
GEN_WORDS_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/tagger_table.o
$(BUILD)/gen/gen_tagger_words: tools/gen_tagger_words.c $(GEN_WORDS_OBJ)
	$(CC) $(LEDE_CFLAGS) $(CFLAGS) $^ -o $@ $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm -pthread $(LDFLAGS)
else
GEN_WORDS_OBJ = $(CORE_SRC:%.c=$(BUILD)/host/%.o) $(BUILD)/host/gen/tagger_table.o
$(BUILD)/host/core/%.o: core/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LEDE_CFLAGS) -O1 -c $< -o $@
$(BUILD)/host/gen/tagger_table.o: $(BUILD)/gen/tagger_table.c core/tagger.h core/internal.h core/lede.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LEDE_CFLAGS) -O1 -c $< -o $@
$(BUILD)/gen/gen_tagger_words: tools/gen_tagger_words.c $(GEN_WORDS_OBJ)
	$(HOSTCC) $(LEDE_CFLAGS) -O1 $^ -o $@ $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm -pthread
endif
$(BUILD)/gen/tagger_words.c: $(BUILD)/gen/gen_tagger_words $(BUILD)/gen/tagger_forms.txt
	$(BUILD)/gen/gen_tagger_words $(BUILD)/gen/tagger_forms.txt > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/tagger_words.o: $(BUILD)/gen/tagger_words.c core/tagger.h core/internal.h core/lede.h
	$(CC) $(LEDE_CFLAGS) $(CFLAGS) -c $< -o $@

# corpus.lua is built into the module as C strings.
$(BUILD)/bindings/corpus_lua.h: bindings/corpus.lua tools/embed_lua.lua
	@mkdir -p $(dir $@)
	$(LUA) tools/embed_lua.lua bindings/corpus.lua S_corpus_lua > $@
$(BUILD)/bindings/corpus.o: $(BUILD)/bindings/corpus_lua.h

$(BUILD)/bindings/%.o: bindings/%.c bindings/binding.h bindings/inputs.h bindings/filter.h \
  core/lede.h
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L -I$(BUILD)/bindings $(LUA_CFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/liblede.a: $(CORE_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/$(SONAME): $(CORE_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) $(LDFLAGS) -o $(BUILD)/liblede.so.$(VERSION) $^ $(UTF8PROC_LIBS) $(GUMBO_LIBS)
	ln -sf liblede.so.$(VERSION) $@
	ln -sf $(SONAME) $(BUILD)/liblede.so

# The Lua module carries the core inside it and does not link liblua.
$(BUILD)/lede.so: $(BIND_OBJ) $(CORE_OBJ)
	$(CC) -shared $(LDFLAGS) -o $@ $^ $(UTF8PROC_LIBS) $(JANSSON_LIBS) $(GUMBO_LIBS) $(ZLIB_LIBS)

# The command embeds Lua and the module; scripts are found next to it.
$(BUILD)/lede: bindings/cli.c $(BIND_OBJ) $(CORE_OBJ)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(LUA_CFLAGS) \
	  -DLEDE_SCRIPTS_DIR='"$(PREFIX)/share/lede/scripts"' $(CFLAGS) \
	  bindings/cli.c $(BIND_OBJ) $(CORE_OBJ) -o $@ $(LDFLAGS) \
	  $(LUA_LIBS) $(UTF8PROC_LIBS) $(JANSSON_LIBS) $(GUMBO_LIBS) $(ZLIB_LIBS) -lreadline -lpthread -lm

# Made again at install time, so `make install PREFIX=/x` after a plain
# `make` writes /x into it.
PC_SED = sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(libdir)|' \
	    -e 's|@INCLUDEDIR@|$(includedir)|' -e 's|@VERSION@|$(VERSION)|'
$(BUILD)/lede.pc: lede.pc.in Makefile
	$(PC_SED) $< > $@

# Word lists -> committed C tables. The gazetteer needs node, npm and the
# npm registry, so it is a step of its own: make gazetteer.
data:
	$(LUA) tools/gen_lexicon.lua data/lex core
	$(LUA) tools/gen_quote_verbs.lua data/lex/speech_verbs.txt \
	  data/lex/cue_action_verbs.txt core/quote_verbs.h
	$(LUA) tools/gen_date_vocab.lua data/lex/date_vocab.tab core

gazetteer:
	sh tools/gen_gazetteer.sh

# The name tagger's weights -> committed C table. Reads the CoNLL-2003
# training set from $(EVAL_DATA) (never the set make eval measures on).
TRAIN_DATA ?= $(EVAL_DATA)/conll2003-train
TRAIN_EPOCHS ?= 12
$(BUILD)/train_tagger: tools/train_tagger.c core/tagger.h $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L -O2 -g $< -o $@ \
	  $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm $(LDFLAGS)

# The frame model (core/quotes_frames.c) learns from the train half of a
# quote set (tools/frame_data.lua keeps it; make eval's held-out half is
# the other).
FRAME_DATA ?= $(EVAL_DATA)/polnear
$(BUILD)/train_frames: tools/train_frames.c core/frame_weights.h $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L -O2 -g $< -o $@ \
	  $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm $(LDFLAGS)

train: $(BUILD)/train_tagger
	@if [ ! -d "$(TRAIN_DATA)" ]; then \
	  echo "make train: no training data at $(TRAIN_DATA) (set TRAIN_DATA)"; exit 1; fi
	$(LUA) tools/tagger_data.lua $(TRAIN_DATA) > $(BUILD)/tagger_train.txt
	nice -n 10 $(BUILD)/train_tagger $(BUILD)/tagger_train.txt core/tagger_weights.c \
	  --epochs $(TRAIN_EPOCHS) $(TRAIN_FLAGS)
	@$(MAKE) --no-print-directory all $(BUILD)/train_frames
	@if [ ! -d "$(FRAME_DATA)" ]; then \
	  echo "make train: no quote data at $(FRAME_DATA) (set FRAME_DATA)"; exit 1; fi
	$(LUA) tools/frame_data.lua $(FRAME_DATA) > $(BUILD)/frame_train.txt
	nice -n 10 $(BUILD)/train_frames $(BUILD)/frame_train.txt core/frame_weights.c
	@$(MAKE) --no-print-directory all

# Does make train still give the committed table? A change to the tokens
# or the lines the tagger reads makes it stale (make eval runs this).
train-check: $(BUILD)/train_tagger $(BUILD)/train_frames
	@if [ ! -d "$(FRAME_DATA)" ]; then \
	  echo "make train-check: no quote data at $(FRAME_DATA)"; exit 0; fi; \
	$(LUA) tools/frame_data.lua $(FRAME_DATA) > $(BUILD)/frame_train.txt && \
	nice -n 10 $(BUILD)/train_frames $(BUILD)/frame_train.txt $(BUILD)/frame_weights_check.c \
	  2>/dev/null && \
	if cmp -s $(BUILD)/frame_weights_check.c core/frame_weights.c; then \
	  echo "frame weights: make train reproduces core/frame_weights.c"; \
	else echo "frame weights: STALE, make train no longer gives core/frame_weights.c (run make train)"; fi
	@if [ ! -d "$(TRAIN_DATA)" ]; then \
	  echo "make train-check: no training data at $(TRAIN_DATA)"; exit 0; fi; \
	$(LUA) tools/tagger_data.lua $(TRAIN_DATA) > $(BUILD)/tagger_train.txt && \
	nice -n 10 $(BUILD)/train_tagger $(BUILD)/tagger_train.txt $(BUILD)/tagger_weights_check.c \
	  --epochs $(TRAIN_EPOCHS) $(TRAIN_FLAGS) 2>/dev/null && \
	if cmp -s $(BUILD)/tagger_weights_check.c core/tagger_weights.c; then \
	  echo "tagger weights: make train reproduces core/tagger_weights.c"; \
	else echo "tagger weights: STALE, make train no longer gives core/tagger_weights.c (run make train)"; fi

$(BUILD)/tests/%: tests/%.c tests/helpers.h $(BUILD)/liblede.a
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread $(LDFLAGS)

# The allocation-failure test links a library whose arena makes small
# chunks (LEDE_ARENA_CHUNK), so every article has hundreds of failure
# points; only arena.c differs.
ALLOCFAIL_CHUNK = 32
$(BUILD)/small/arena.o: core/arena.c core/lede.h core/internal.h
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -DLEDE_ARENA_CHUNK=$(ALLOCFAIL_CHUNK) $(CFLAGS) -c $< -o $@

$(BUILD)/liblede-small.a: $(filter-out $(BUILD)/core/arena.o,$(CORE_OBJ)) $(BUILD)/small/arena.o
	rm -f $@
	ar rcs $@ $^

$(BUILD)/tests/test_allocfail: tests/test_allocfail.c tests/helpers.h $(BUILD)/liblede-small.a
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(BUILD)/liblede-small.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread $(LDFLAGS)

# test_json, test_sentences, test_layout and test_quotes_marks again over
# their files built without SSE2 (the JSON writer's portable escape scan,
# the tokenizer's byte-by-byte word scan and eight-byte stop scan,
# layout's word count eight bytes a step, the quotation marks' scan eight
# bytes a step): only
# that one object differs. The objects are kept (.SECONDARY), not deleted
# as intermediates and built again by the next make.
NOSSE2 = json sentences layout quotes_marks
TEST_BIN += $(NOSSE2:%=$(BUILD)/tests/test_%_nosse2)
.SECONDARY: $(NOSSE2:%=$(BUILD)/nosse2/%.o)
$(BUILD)/nosse2/%.o: core/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -DLEDE_NO_SSE2 $(CFLAGS) -c $< -o $@

$(BUILD)/tests/test_%_nosse2: tests/test_%.c tests/helpers.h $(CORE_OBJ) \
  $(BUILD)/nosse2/%.o
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(filter-out $(BUILD)/core/$*.o,$(CORE_OBJ)) $(BUILD)/nosse2/$*.o \
	  $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread -lm $(LDFLAGS)

# test_entities again over pass 1's and the modes' files built without
# SSE2 (the tokens pass 1 passes over and the sports words counted one by
# one rather than four at a time).
ENT_NOSSE2 = entities_names entities_link
TEST_BIN += $(BUILD)/tests/test_entities_nosse2
.SECONDARY: $(ENT_NOSSE2:%=$(BUILD)/nosse2/%.o)
$(BUILD)/tests/test_entities_nosse2: tests/test_entities.c tests/helpers.h $(CORE_OBJ) \
  $(ENT_NOSSE2:%=$(BUILD)/nosse2/%.o)
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(filter-out $(ENT_NOSSE2:%=$(BUILD)/core/%.o),$(CORE_OBJ)) $(ENT_NOSSE2:%=$(BUILD)/nosse2/%.o) \
	  $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread -lm $(LDFLAGS)

# test_date_fill again over dates_tokens.c built without SSE2 (the short
# tokens read in two eight-byte words).
TEST_BIN += $(BUILD)/tests/test_date_fill_nosse2
.SECONDARY: $(BUILD)/nosse2/dates_tokens.o
$(BUILD)/tests/test_date_fill_nosse2: tests/test_date_fill.c tests/helpers.h $(CORE_OBJ) \
  $(BUILD)/nosse2/dates_tokens.o
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(filter-out $(BUILD)/core/dates_tokens.o,$(CORE_OBJ)) $(BUILD)/nosse2/dates_tokens.o \
	  $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread -lm $(LDFLAGS)

# test_entities again over tagger.c built without the decoding for
# popcount, AVX2 and BMI2 (LEDE_NO_HW): what processors without them
# run, which the run-time choice passes over where they are.
TEST_BIN += $(BUILD)/tests/test_entities_nohw
$(BUILD)/nohw/tagger.o: core/tagger.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -DLEDE_NO_HW $(CFLAGS) $(TAGGER_CFLAGS) -c $< -o $@
$(BUILD)/tests/test_%_nohw: tests/test_%.c tests/helpers.h $(CORE_OBJ) $(BUILD)/nohw/tagger.o
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(filter-out $(BUILD)/core/tagger.o,$(CORE_OBJ)) $(BUILD)/nohw/tagger.o \
	  $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread -lm $(LDFLAGS)

# test_entities again over the entities stage built to keep its word
# records in a small cache (S_WID_FULL, S_WID_CACHE), as texts of over a
# million tokens do: the cache must answer as one slot a token does
# (S_wid's inline test reads that slot alone).
ENT_WC = entities entities_link entities_names entities_tagger entities_words
TEST_BIN += $(BUILD)/tests/test_entities_widcache
.SECONDARY: $(ENT_WC:%=$(BUILD)/widcache/%.o)
$(BUILD)/widcache/%.o: core/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -DS_WID_FULL=64 -DS_WID_CACHE=16 $(CFLAGS) -c $< -o $@
$(BUILD)/tests/test_entities_widcache: tests/test_entities.c tests/helpers.h $(CORE_OBJ) \
  $(ENT_WC:%=$(BUILD)/widcache/%.o)
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -Itests $< -o $@ \
	  $(filter-out $(ENT_WC:%=$(BUILD)/core/%.o),$(CORE_OBJ)) $(ENT_WC:%=$(BUILD)/widcache/%.o) \
	  $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(CRITERION_LIBS) -pthread -lm $(LDFLAGS)

# The Lua module with an allocator that fails: embeds Lua and the module.
$(BUILD)/tests/test_luaalloc: tests/test_luaalloc.c tests/helpers.h $(BIND_OBJ) $(BUILD)/liblede.a
	@mkdir -p $(dir $@)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(LUA_CFLAGS) $(CFLAGS) -Itests $< -o $@ \
	  $(BIND_OBJ) $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(JANSSON_LIBS) $(GUMBO_LIBS) \
	  $(ZLIB_LIBS) $(LUA_LIBS) $(CRITERION_LIBS) -pthread -lm $(LDFLAGS)

# Joins inputs into one text and parses it with the checker (make eval).
$(BUILD)/joincheck: tests/joincheck.c $(BIND_OBJ) $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(LUA_CFLAGS) $(CFLAGS) -Ibindings tests/joincheck.c \
	  $(BIND_OBJ) -o $@ $(BUILD)/liblede.a \
	  $(UTF8PROC_LIBS) $(JANSSON_LIBS) $(GUMBO_LIBS) $(ZLIB_LIBS) $(LUA_LIBS) -lm $(LDFLAGS)

$(BUILD)/fuzz_replay: tests/fuzz/lede_fuzz.c tests/fuzz/replay_main.c $(BUILD)/liblede.a | tests/fuzz/json_check.h
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) $^ -o $@ $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(LDFLAGS)

# lede.open with each Lua allocation failing in turn: no FILE is left open.
$(BUILD)/lua_oom: tests/lua_oom.c $(BIND_OBJ) $(CORE_OBJ)
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(LUA_CFLAGS) $(CFLAGS) \
	  tests/lua_oom.c $(BIND_OBJ) $(CORE_OBJ) -o $@ $(LDFLAGS) $(LUA_LIBS) \
	  $(UTF8PROC_LIBS) $(JANSSON_LIBS) $(GUMBO_LIBS) $(ZLIB_LIBS) -lm

test: setup
	@$(MAKE) --no-print-directory check

check: all $(TEST_BIN) $(BUILD)/fuzz_replay $(BUILD)/lua_oom
	@LUA=$(LUA) sh tests/lexicon_fresh.sh
	@$(MAKE) --no-print-directory ctest luatest
	@$(BUILD)/lua_oom examples/articles/bajwa-bahrain-2021-03-10.txt
	@sh tests/install/check.sh
	@python3 tests/repl/pty_session.py $(BUILD)/lede examples/articles/bajwa-bahrain-2021-03-10.txt
	@LEDE=$(BUILD)/lede sh tests/cluster/mapper.sh

ctest: $(TEST_BIN) $(BUILD)/fuzz_replay
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; $$t --jobs 2; done
	@$(BUILD)/fuzz_replay tests/fuzz/corpus/* examples/articles/*

luatest: $(BUILD)/lede.so
	@LUA_CPATH="$(BUILD)/?.so;;" LUA_PATH="tests/lua/?.lua;;" \
	  $(BUSTED) --lpath="tests/lua/?.lua" --cpath="$(BUILD)/?.so" tests/lua

# Everything under AddressSanitizer and UBSan (gcc). The Lua module runs in
# the stock interpreter, so the sanitizer runtime is preloaded there.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan: setup
	@$(MAKE) --no-print-directory BUILD=build-asan CC=gcc \
	  CFLAGS="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" all
	@$(MAKE) --no-print-directory BUILD=build-asan CC=gcc \
	  CFLAGS="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" \
	  $(TEST_SRC:tests/%.c=build-asan/tests/%) build-asan/fuzz_replay
	@set -e; for t in $(TEST_SRC:tests/%.c=build-asan/tests/%); do \
	  echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $$t --jobs 2; done
	@build-asan/fuzz_replay tests/fuzz/corpus/* examples/articles/*
	@LD_PRELOAD="$$(gcc -print-file-name=libasan.so) $$(gcc -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=0 LUA_CPATH="build-asan/?.so;;" \
	  $(BUSTED) --lpath="tests/lua/?.lua" --cpath="build-asan/?.so" tests/lua

# ThreadSanitizer over threads parsing at once (tests/tsan_threads.c; the
# Criterion runner does not start under TSan) and over `lede json --jobs`.
TSAN_FLAGS = -O1 -g -fsanitize=thread -fno-omit-frame-pointer
tsan: setup
	@$(MAKE) --no-print-directory BUILD=build-tsan CC=gcc CFLAGS="$(TSAN_FLAGS)" \
	  LDFLAGS="-fsanitize=thread" build-tsan/liblede.a build-tsan/lede
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(TSAN_FLAGS) tests/tsan_threads.c \
	  build-tsan/liblede.a -o build-tsan/tsan_threads $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm -pthread
	@TSAN_OPTIONS="halt_on_error=1" build-tsan/tsan_threads examples/articles/*.txt tests/articles/*.txt
	@TSAN_OPTIONS="halt_on_error=1" build-tsan/lede json --jobs 4 examples/articles tests/articles >/dev/null
	@echo "tsan: lede json --jobs 4: no race"

# Valgrind's memcheck over the Lua specs (the module in the stock
# interpreter; commands the specs start are not traced).
valgrind: all
	@LUA_CPATH="$(BUILD)/?.so;;" LUA_PATH="tests/lua/?.lua;;" valgrind -q --error-exitcode=99 \
	  --leak-check=full --errors-for-leak-kinds=definite \
	  $(BUSTED) --lpath="tests/lua/?.lua" --cpath="$(BUILD)/?.so" tests/lua

demo: setup
	@$(MAKE) --no-print-directory all >/dev/null
	@$(BUILD)/lede report examples/articles/bajwa-bahrain-2021-03-10.txt

$(BUILD)/bench: tests/bench.c $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) $< -o $@ $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(LDFLAGS)

# The same benchmark with a tagger that finds nothing (its cost, same run).
$(BUILD)/bench_notagger: tests/bench.c tests/bench_notagger.c core/tagger.h $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) tests/bench.c tests/bench_notagger.c -o $@ $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(LDFLAGS)

$(BUILD)/bench_html: tests/bench_html.c $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) $< -o $@ $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(ZLIB_LIBS) $(LDFLAGS)

# Article bodies of web pages, for the article-extraction benchmark's scorer.
$(BUILD)/aeb: tests/eval/aeb.c $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) $< -o $@ $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(ZLIB_LIBS) $(LDFLAGS)

$(BUILD)/bench_tagger: tests/bench_tagger.c core/tagger.h $(BUILD)/liblede.a
	$(CC) $(LEDE_CFLAGS) -D_POSIX_C_SOURCE=200809L $(CFLAGS) $< -o $@ $(BUILD)/liblede.a $(UTF8PROC_LIBS) $(GUMBO_LIBS) $(LDFLAGS)

bench: setup
	@$(MAKE) --no-print-directory CFLAGS="-O2 -g -DNDEBUG" $(BUILD)/bench_tagger >/dev/null
	@$(BUILD)/bench_tagger examples/articles/*.txt $(wildcard tests/articles/*.txt)
	@$(MAKE) --no-print-directory CFLAGS="-O2 -g -DNDEBUG" $(BUILD)/bench $(BUILD)/bench_notagger >/dev/null
	@$(MAKE) --no-print-directory $(BUILD)/lede >/dev/null
	@BUILD=$(BUILD) EVAL_DATA=$(EVAL_DATA) sh tests/bench.sh
	@$(MAKE) --no-print-directory CFLAGS="-O2 -g -DNDEBUG" $(BUILD)/bench_html >/dev/null
	@$(BUILD)/bench_html $$(ls $(EVAL_DATA)/aeb/html/*.html.gz 2>/dev/null || ls tests/html/*.html)

# eval and train-check write build files and call make again for what they
# run: with -j, another goal built beside them (make -j2 all eval, or eval
# train-check) would build or write the same files at once. Those goals then
# run one after another; the makes they call still run -j.
ifneq ($(filter eval train-check,$(MAKECMDGOALS)),)
.NOTPARALLEL:
endif

eval: setup
	@$(MAKE) --no-print-directory all $(BUILD)/joincheck $(BUILD)/aeb $(BUILD)/train_tagger >/dev/null
	@if [ ! -d "$(EVAL_DATA)" ]; then \
	  echo "make eval: no evaluation data at $(EVAL_DATA) (set EVAL_DATA); nothing to do."; \
	  exit 0; fi; \
	mkdir -p $(BUILD)/eval; \
	for d in $(EVAL_DATA)/*/; do \
	  set=$$(basename $$d); [ -f $$d/docs.jsonl ] || continue; \
	  case $$set in *-train) echo "== $$set (training data of the tagger: not a measure)";; \
	    *) echo "== $$set";; esac; \
	  LUA_CPATH="$(BUILD)/?.so;;" $(LUA) tests/eval/predict.lua $$d/docs.jsonl > $(BUILD)/eval/$$set.jsonl || exit 1; \
	  python3 $(EVAL_SCORER) $$d/gold.jsonl $(BUILD)/eval/$$set.jsonl | grep -v '^JSON'; \
	  printf 'joined into one input: '; $(BUILD)/joincheck $$d/docs.jsonl || exit 1; \
	  if [ $$set = polnear ]; then \
	    echo "== $$set, held-out half (cue words are chosen on the other half)"; \
	    python3 tests/eval/half.py held $$d $(BUILD)/eval/$$set.jsonl $(BUILD)/eval/$$set-held && \
	    python3 $(EVAL_SCORER) $(BUILD)/eval/$$set-held/gold.jsonl \
	      $(BUILD)/eval/$$set-held/pred.jsonl --task quotes | grep -v '^JSON'; fi; \
	done; \
	if [ -f $(EVAL_DATA)/aeb/ground-truth.json ]; then \
	  echo "== aeb (article bodies of web pages)"; \
	  $(BUILD)/aeb $(BUILD)/eval/aeb.json $(EVAL_DATA)/aeb/html/*.html.gz && \
	  python3 $(dir $(EVAL_SCORER))score_body.py $(EVAL_DATA)/aeb/ground-truth.json \
	    $(BUILD)/eval/aeb.json | grep -v '^JSON'; \
	fi
	@$(MAKE) --no-print-directory train-check

# libFuzzer (clang): the parser (with paragraph splicing, tests/fuzz/splice.c),
# the JSON string writer and the JSON Lines reader, each FUZZ_SECONDS
# seconds. Crashes land in $(BUILD)/fuzz-artifacts/; new inputs in
# $(BUILD)/fuzz-corpus/<target>/. Seeds: the fuzz corpus and the articles.
FUZZ_SECONDS ?= 60
FUZZ_SAN = address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_FLAGS = -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -Icore -Itests/fuzz
FUZZ_SEEDS = tests/fuzz/corpus tests/articles examples/articles
FUZZ_OBJ = $(CORE_SRC:%.c=$(BUILD)/fuzz/%.o) $(TAGGER_GEN_OBJ:$(BUILD)/%=$(BUILD)/fuzz/%)
$(BUILD)/fuzz/core/%.o: core/%.c core/lede.h core/internal.h
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link,$(FUZZ_SAN) -c $< -o $@
$(BUILD)/fuzz/gen/%.o: $(BUILD)/gen/%.c core/tagger.h
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link,$(FUZZ_SAN) -c $< -o $@
$(BUILD)/fuzz/lede_fuzz: tests/fuzz/lede_fuzz.c tests/fuzz/splice.c tests/fuzz/json_check.h $(FUZZ_OBJ)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer,$(FUZZ_SAN) tests/fuzz/lede_fuzz.c tests/fuzz/splice.c $(FUZZ_OBJ) -o $@ $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm
$(BUILD)/fuzz/json_fuzz: tests/fuzz/json_fuzz.c tests/fuzz/json_check.h $(FUZZ_OBJ)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer,$(FUZZ_SAN) tests/fuzz/json_fuzz.c $(FUZZ_OBJ) -o $@ $(UTF8PROC_LIBS) $(GUMBO_LIBS) -lm
$(BUILD)/fuzz/jsonl_fuzz: tests/fuzz/jsonl_fuzz.c $(BIND_SRC) bindings/inputs.h $(BUILD)/bindings/corpus_lua.h $(FUZZ_OBJ)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer,$(FUZZ_SAN) -Ibindings -I$(BUILD)/bindings $(LUA_CFLAGS) \
	  tests/fuzz/jsonl_fuzz.c $(BIND_SRC) $(FUZZ_OBJ) -o $@ $(UTF8PROC_LIBS) $(JANSSON_LIBS) \
	  $(GUMBO_LIBS) $(ZLIB_LIBS) $(LUA_LIBS) -lm

FUZZ_TARGETS ?= lede json jsonl
fuzz: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%_fuzz)
	@mkdir -p $(BUILD)/fuzz-artifacts
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(BUILD)/fuzz-corpus/$$t; echo "== $${t}_fuzz ($(FUZZ_SECONDS) s)"; \
	  $(BUILD)/fuzz/$${t}_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	    -dict=tests/fuzz/lede.dict -artifact_prefix=$(BUILD)/fuzz-artifacts/ \
	    -print_final_stats=1 $(BUILD)/fuzz-corpus/$$t $(FUZZ_SEEDS) \
	    $$([ -d tests/fuzz/$$t ] && echo tests/fuzz/$$t) \
	    >$(BUILD)/fuzz/$$t.log 2>&1; rc=$$?; \
	  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number|average|new)' \
	    $(BUILD)/fuzz/$$t.log; \
	  if [ $$rc != 0 ]; then tail -n 60 $(BUILD)/fuzz/$$t.log; exit $$rc; fi; \
	done

install: all
	install -d $(DESTDIR)$(libdir) $(DESTDIR)$(includedir) \
	  $(DESTDIR)$(pkgconfigdir) $(DESTDIR)$(luadir) $(DESTDIR)$(bindir) \
	  $(DESTDIR)$(mandir)/man1 $(DESTDIR)$(PREFIX)/share/lede/scripts
	install -m 755 $(BUILD)/lede $(DESTDIR)$(bindir)/lede
	install -m 644 doc/lede.1 $(DESTDIR)$(mandir)/man1/lede.1
	install -m 644 scripts/*.lua $(DESTDIR)$(PREFIX)/share/lede/scripts/
	install -m 644 core/lede.h $(DESTDIR)$(includedir)/lede.h
	install -m 644 $(BUILD)/liblede.a $(DESTDIR)$(libdir)/liblede.a
	install -m 755 $(BUILD)/liblede.so.$(VERSION) $(DESTDIR)$(libdir)/liblede.so.$(VERSION)
	ln -sf liblede.so.$(VERSION) $(DESTDIR)$(libdir)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(libdir)/liblede.so
	$(PC_SED) lede.pc.in > $(DESTDIR)$(pkgconfigdir)/lede.pc
	chmod 644 $(DESTDIR)$(pkgconfigdir)/lede.pc
	install -m 755 $(BUILD)/lede.so $(DESTDIR)$(luadir)/lede.so

# For luarocks (lede-scm-1.rockspec): only the Lua module, into the rock's
# tree. LUA_CFLAGS and CFLAGS come from luarocks.
ROCK_LIBDIR ?= $(luadir)
module: $(BUILD)/lede.so
install-module: $(BUILD)/lede.so
	install -d $(DESTDIR)$(ROCK_LIBDIR)
	install -m 755 $(BUILD)/lede.so $(DESTDIR)$(ROCK_LIBDIR)/lede.so

uninstall:
	rm -f $(DESTDIR)$(includedir)/lede.h $(DESTDIR)$(libdir)/liblede.a \
	  $(DESTDIR)$(libdir)/liblede.so.$(VERSION) $(DESTDIR)$(libdir)/$(SONAME) \
	  $(DESTDIR)$(libdir)/liblede.so $(DESTDIR)$(pkgconfigdir)/lede.pc \
	  $(DESTDIR)$(luadir)/lede.so $(DESTDIR)$(bindir)/lede \
	  $(DESTDIR)$(mandir)/man1/lede.1
	rm -rf $(DESTDIR)$(PREFIX)/share/lede

clean:
	rm -rf build build-asan build-tsan
