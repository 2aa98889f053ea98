/*
 * gazetteer.h -- multi-pattern name matching (internal).
 *
 * A gazetteer is a list of entries (a canonical name, aliases, a type, an
 * id and, for places, country/region/time zone/population) compiled into
 * one Aho-Corasick automaton over bytes.  The automaton is word-anchored:
 * a pattern can only start at a word start of the text, so failure links
 * only lead to suffixes that begin at a word start of the pattern, and
 * while the automaton sits at its root inside a word it skips ahead.  The
 * scan is one forward pass, linear in the text, and its cost per byte does
 * not depend on the number of entries (100,000 entries cost about what 10
 * do: only the number of matches reported grows).  In front of the
 * automaton, a bit set of the patterns' first words (hashed) turns away
 * most word starts without touching its states.
 *
 * Matching folds ASCII case; each pattern then checks its own case mode on
 * the matched bytes (exact, exact or ALL CAPS, any case).
 *
 * A compiled gazetteer is read-only and may be shared by any number of
 * threads.
 */
#ifndef DL_GAZETTEER_H
#define DL_GAZETTEER_H

#include "dateline.h"

/* The longest pattern (name or alias) in bytes. */
#define DL_MAX_GAZ_PATTERN 256

/* Entry kinds: what a gazetteer entry is (finer than its entity type). */
enum {
  DL_GK_NONE = 0,
  DL_GK_COUNTRY,     /* LOCATION: ISO 3166-1 country */
  DL_GK_REGION,      /* LOCATION: ISO 3166-2 subdivision */
  DL_GK_CITY,        /* LOCATION: GeoNames city */
  DL_GK_PLACE,       /* LOCATION: continent, sea, landmark (curated) */
  DL_GK_ORG,         /* ORGANIZATION (curated international bodies) */
  DL_GK_AGENCY,      /* ORGANIZATION: news agency */
  DL_GK_DEMONYM,     /* MISC: "Chinese" -> country */
  DL_GK_TITLE,       /* not an entity: "President", "Sen.", "Mr." */
  DL_GK_GIVEN,       /* not an entity alone: a given name ("John") */
  DL_GK_USER         /* a user entry: its type says what it is */
};

/* Case modes of a pattern. */
enum {
  DL_GAZ_CASE_EXACT = 0,   /* bytes as written */
  DL_GAZ_CASE_UPPER = 1,   /* as written, or in ALL CAPS ("MOSCOW") */
  DL_GAZ_CASE_ANY = 2      /* any ASCII case */
};

/* Gender hints carried by titles and given names (dl_gaz_entry.flags). */
enum { DL_GAZ_MALE = 1, DL_GAZ_FEMALE = 2 };

/* One entry.  Strings are NUL-terminated, owned by the gazetteer (or
 * static for the built-in one); absent ones are "". */
typedef struct dl_gaz_entry {
  const char *name;      /* canonical name */
  const char *id;        /* the entry's own code, or "": ISO 3166-1 for a
                            country ("CN"), ISO 3166-2 for a subdivision
                            ("RU-TA"), a curated organization's id, a user
                            entry's id ("Q15031"); never another entry's
                            code (a demonym or landmark names its country
                            in `country`; cities have none) */
  const char *country;   /* country name for places and demonyms, or "" */
  const char *region;    /* first-level region of a city, or "" */
  const char *tz;        /* IANA time zone, or "" */
  uint32_t name_len;
  uint32_t population;
  uint8_t kind;          /* DL_GK_* */
  uint8_t type;          /* dl_entity_type (0 when not an entity) */
  uint8_t flags;         /* DL_GAZ_MALE / DL_GAZ_FEMALE */
} dl_gaz_entry;

/* A match: text[start, start + len) is a pattern of entry `entry`. */
typedef struct dl_gaz_match {
  uint32_t start, len;
  uint32_t entry;
} dl_gaz_match;

/* One line of the generated built-in table (csrc/gazetteer_data.c):
 * names is "Canonical|alias|alias".  The strings are offsets into
 * dl_gaz_strings (DL_GAZ_STR), not pointers: ~13,000 seeds of five
 * pointers each would cost every process that loads the module as many
 * relocations. */
typedef struct dl_gaz_seed {
  uint32_t names;
  uint32_t id;
  uint32_t country;
  uint32_t region;
  uint32_t tz;
  uint32_t population;
  uint8_t kind;
  uint8_t flags;
} dl_gaz_seed;

extern const dl_gaz_seed dl_gaz_seeds[];
extern const size_t dl_gaz_nseeds;

/* The seeds' NUL-terminated strings, one after the other (each once). */
extern const char dl_gaz_strings[];
extern const size_t dl_gaz_nstrings;   /* its size in bytes */
/* A digest of the seeds and strings above, written by the generator
 * (compared with the one the committed automaton was made from). */
extern const uint64_t dl_gaz_digest;
#define DL_GAZ_STR(off) (dl_gaz_strings + (off))

/* The names of the country, subdivision and city seeds, each as its seed's
 * index * 32 + its place in the seed's '|' list, sorted by the name with
 * ASCII letters folded to lower case: a case-insensitive binary search. */
extern const uint32_t dl_gaz_place_index[];
extern const size_t dl_gaz_nplace_index;

/* A namesake of a built-in city or subdivision entry: another GeoNames
 * city of that name (tools/gen_gazetteer.lua, step 7).  Not a pattern of
 * the automaton: looked up by the entry's canonical name, when the text
 * places a mention in another country or subdivision ("Valencia, Spain",
 * "Cambridge, Mass.").  Strings as in dl_gaz_entry; sub is the ISO 3166-2
 * code of its subdivision (the id of that region's entry), or "". */
typedef struct dl_gaz_alt {
  const char *name;      /* the entry's canonical name */
  const char *country;
  const char *region;
  const char *sub;
  const char *tz;
  uint32_t population;
} dl_gaz_alt;

/* Sorted by strcmp of name, then most populous first. */
extern const dl_gaz_alt dl_gaz_alts[];
extern const size_t dl_gaz_nalts;

/* The namesakes of the built-in entry named s[0, n) (case kept): the
 * first of them, *count set to their number; NULL (and 0) when none. */
const dl_gaz_alt *dl_gaz_alts_find(const char *s, size_t n, size_t *count);

/* The given names of the seeds, sorted by strcmp, with their gender
 * (DL_GAZ_MALE / DL_GAZ_FEMALE, 0 for both): a pronoun's antecedent. */
typedef struct dl_given_name {
  const char *name;
  uint8_t flags;
} dl_given_name;

extern const dl_given_name dl_given_names[];
extern const size_t dl_ngiven_names;
/* Their hash table (generated with them): slot s holds the index + 1 of
 * the name whose 32-bit FNV-1a hash, shifted right by 32 minus
 * dl_given_hash_bits, probes to it (linear probing), 0 when empty; no name
 * is longer than dl_given_name_max bytes. */
extern const unsigned dl_given_hash_bits;
extern const size_t dl_given_name_max;
extern const uint16_t dl_given_slots[];

/* The given name s[0, n) exactly (case kept), or NULL.  Looks it up in
 * dl_given_slots; reads no byte of a name past its NUL, whatever s holds. */
const dl_given_name *dl_given_name_find(const char *s, size_t n);

/* Building (see dateline.h for the public part: dl_gazetteer_new, _add,
 * _alias, _compile, _free, dl_gazetteer_builtin). */
dl_status dl_gazetteer_add_entry(dl_gazetteer *g, const dl_gaz_entry *e,
                                 int case_mode, uint32_t *index);
dl_status dl_gazetteer_add_pattern(dl_gazetteer *g, uint32_t entry,
                                   const char *s, size_t len, int case_mode);

const dl_gaz_entry *dl_gazetteer_entry(const dl_gazetteer *g, uint32_t i);

/* Append every match inside text[start, end) to *out (n used, cap
 * allocated; grown with dl_grow), in order of their end.  Matches start
 * and end at word boundaries of the text. */
dl_status dl_gazetteer_scan(const dl_gazetteer *g, const char *text,
                            size_t start, size_t end,
                            dl_gaz_match **out, size_t *n, size_t *cap);

/* Where dl_gazetteer_scan_sink appends: m[0..n) with room for cap.  When
 * it is full, grow(sink, need) must make room for `need` matches (moving
 * m if it likes) and return 0, or return -1 (the scan fails with
 * DL_ENOMEM).  Lets a caller keep matches in its own scratch memory. */
typedef struct dl_gaz_sink {
  dl_gaz_match *m;
  size_t n, cap;
  int (*grow)(struct dl_gaz_sink *sink, size_t need);
  void *ud;                 /* for grow */
} dl_gaz_sink;

dl_status dl_gazetteer_scan_sink(const dl_gazetteer *g, const char *text,
                                 size_t start, size_t end, dl_gaz_sink *out);

/* Two gazetteers in one pass (either may be NULL): the same matches, in
 * the same order, as dl_gazetteer_scan_sink of each, for the cost of
 * about one scan (most of the text is skipped once for both). */
dl_status dl_gazetteer_scan2(const dl_gazetteer *g1, dl_gaz_sink *out1,
                             const dl_gazetteer *g2, dl_gaz_sink *out2,
                             const char *text, size_t start, size_t end);

/* dl_gazetteer_scan2 where the automata may leave their roots only at
 * the offsets starts[0..nstarts) (ascending; successive ones `stride`
 * bytes apart in memory, so that the start field of an array of structs
 * can be passed; 0 means sizeof(uint32_t)).  Every match that begins at
 * one of those offsets is found, as dl_gazetteer_scan2 finds it; matches
 * beginning elsewhere may or may not be reported.  The words between the
 * offsets are never read: a caller that has tokenized the text passes the
 * starts of the words whose first byte dl_gazetteer_first_bytes admits. */
dl_status dl_gazetteer_scan2_at(const dl_gazetteer *g1, dl_gaz_sink *out1,
                                const dl_gazetteer *g2, dl_gaz_sink *out2,
                                const char *text, size_t start, size_t end,
                                const uint32_t *starts, size_t nstarts,
                                size_t stride);

/* Set first[b] to 1 for every byte b that a match of g can begin with
 * (the others are left as they are, so that two calls merge two
 * gazetteers; g NULL or empty sets none). */
void dl_gazetteer_first_bytes(const dl_gazetteer *g, uint8_t first[256]);

#endif
