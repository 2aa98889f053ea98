/*
 * entities.h -- people, places, organizations and nationalities (internal).
 *
 * The public API is in dateline.h ("Entities"): dl_entities_find,
 * dl_article_entities and the accessors.  The recognizer works on the
 * sentences of an article in one forward pass per stage:
 *
 *   1. tokens: words with their shape (Capitalized, ALL CAPS, lower), the
 *      punctuation between them, possessives and abbreviation dots;
 *   2. gazetteer matches (built-in and user automata, gazetteer.h);
 *   3. runs: capitalized sequences, joined over "of"/"and"/"de" only where
 *      an organization or place head calls for it;
 *   4. each run: leading function words and dates dropped, nationality and
 *      titles peeled off a person ("Russian President Vladimir Putin"),
 *      then typed by gazetteer, suffix/head words, given names and
 *      context (said/who -> person, in/near -> place);
 *   5. merging per text: same gazetteer entry or same name, a surname or
 *      given name alone to the person it belongs to, an acronym to the
 *      organization whose initials it spells, "X and Y" to the type of a
 *      known partner;
 *   6. a nationality inside a person's mention ("Chinese Premier Li Peng")
 *      also made a mention of its MISC entity (the only overlap).
 * Everything is linear in the text: hash tables, no rescans.  The scratch
 * of a call comes from one arena (a block on the stack, enough for a
 * typical story, then heap blocks), and the result is one allocation.
 */
#ifndef DL_ENTITIES_H
#define DL_ENTITIES_H

#include "dateline.h"

/* For the tests: 1 when the word tables are sorted and searchable. */
int dl_entities_tables_ok(void);

/* 1 when w[0, n) (any case) splits into exactly `want` pinyin syllables
 * (1 <= want <= 3): "Yadong" two, "fang" one.  The quotes tell the surname
 * "He" of "He Yadong" from the pronoun with it, as the entities do. */
int dl_pinyin_split(const char *w, size_t n, int want);

#endif
