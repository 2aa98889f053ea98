/*
 * quotes.h -- direct quotations and their speakers (internal).
 *
 * The public entry points (dl_quotes_scan, dl_quote_list_*) are declared in
 * dateline.h; this header exposes the pieces the tests and other modules
 * reuse.
 */
#ifndef DL_QUOTES_H
#define DL_QUOTES_H

#include "dateline.h"

/* Words of a name read for a given name that tells its gender ("Greens
 * senator Sarah Lee"). */
#define DL_MAX_GIVEN_LOOK 4

/* Surnames whose gender the quote scan remembers across the article. */
#define DL_MAX_GENDER_NAMES 32

/* The name inside a person mention without its leading titles and
 * nationality: "Chinese President Xi Jinping" -> "Xi Jinping",
 * "Secretary of State Antony Blinken" -> "Antony Blinken", "Mr. Smith" ->
 * "Smith".  A mention that is all title ("President") is kept whole. */
dl_span dl_quote_strip_title(const char *text, dl_span mention);

/* The word token at the start of word[0..n) as the quote scanner reads it:
 * returns its length in bytes and *base the bytes before its possessive
 * 's / ’s wherever that is ("Kerr's" 4, "Xi's-led" 2), or the length when
 * there is none. */
size_t dl_quote_word(const char *word, size_t n, size_t *base);

/* For the tests: 1 when the quotes lexicon is sorted and well-formed. */
int dl_quotes_lexicon_ok(void);

#endif
