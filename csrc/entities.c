/*
 * entities.c -- people, places, organizations and nationalities, with
 * their mentions merged per text (see entities.h for the stages).
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "calendar.h"
#include "entities.h"
#include "gazetteer.h"
#include "text.h"
#include "tz.h"
#include "util.h"

/* Bytes of the sentences read to guess their language (dl_lang_guess). */
#define DL_MAX_ENT_LANG_GUESS 4096
/* The longest run of capitalized words taken as one name. */
#define DL_MAX_RUN_TOKENS 12
/* The most words of a body's name looked for in the headline. */
#define DL_MAX_HEAD_NAME 5
/* A city the body does not name is taken from the headline only when
 * this big: a headline's capitals make any word a candidate, and small
 * cities are named like common words ("Reading", "Mobile"). */
#define DL_MIN_HEAD_CITY_POP 1000000
/* Bytes of a name in parentheses after a player ("( Real Sociedad )"),
 * and tokens back to a scorers line's own word ("Leading scorers :"). */
#define DL_MAX_PAREN_NAME 40
/* Bytes of "Justice Department" spelled from "Department of Justice". */
#define DL_MAX_SWAP_NAME 48
/* Party tags ("Sen. Jane Roe, D-Wash.") a story's "the Washington
 * Democrat" is compared with: the first ones, so the work stays linear. */
#define DL_MAX_PARTY_TAGS 32
/* Titled people remembered while reading, for "the Saudi crown prince":
 * the first ones, so the check stays linear. */
#define DL_MAX_TITLED_SEEN 32
/* Lower-case words of a title read after "the" and a nationality. */
#define DL_MAX_NAT_TITLE_WORDS 3
#define DL_MAX_SCORERS_BACK 48
/* The most tokens from a person's name to "known as X" after it. */
#define DL_MAX_KNOWN_AS 12
/* The most names read after "known as" in one text (each retypes its
 * other mentions: a short list, so the pass stays linear). */
#define DL_MAX_KNOWN_AS_NAMES 8
/* Firms named "X and Y" after a firm's noun ("accounting firm Ernst and
 * Young") remembered for the text's other mentions of them: the first
 * ones, so the check in joins_over stays linear. */
#define DL_MAX_AND_FIRMS 8
/* How many earlier people dl_entities_last_person looks through for one
 * of the wanted gender. */
#define DL_MAX_PERSON_BACK 64

/* How far into a text without a headline a sport label ("TENNIS - WIN")
 * is looked for: its first line, up to this many bytes. */
#define DL_MAX_LABEL 80
/* the most words of a title in quotes ("Sense and Sensibility") */
#define DL_MAX_TITLE_WORDS 8
/* How far back from a ship's name in a list ("vessels, including the
 * X and the Y") the word for craft is looked for, in tokens. */
#define DL_MAX_CRAFT_LIST 12

/* Lower-case words, hyphenated parts counted one by one, between a
 * race's name and its noun ("single-handed round-the-world race"). */
#define DL_MAX_RACE_WORDS 8

/* A line shorter than this many bytes is a heading or a table's row, not
 * wrapped prose: a name does not run on over its end. */
#define DL_MAX_SHORT_LINE 40
/* Bytes of a scorer's minutes in parentheses ("( 12 , 67 , 88 pen )"). */
#define DL_MAX_MINUTES_SPAN 40
/* Bytes from a scorers row's start to its last scorer ("Valencia -
 * Leandro ( 55 ) , Suker ( 80 )": a line of a results table), so that the
 * look back over the row from each name of a long line stays bounded. */
#define DL_MAX_SCORER_ROW 600
/* Bytes of a live blog's time stamp before its dash ("10:42 a.m. EDT —"). */
#define DL_MAX_STAMP_LEAD 20

/* ------------------------------------------------------------------ */
/* Word lists: one sorted table, each word with the lists it is in     */
/* ------------------------------------------------------------------ */

enum {
  L_STOP = 1 << 0,        /* capitalized only because it opens a sentence
                             (or a quote): function words, pronouns,
                             common adverbs and openers */
  L_ORG_SUFFIX = 1 << 1,  /* a last word that makes a name an organization */
  L_ORG_HEAD = 1 << 2,    /* a first word that makes "X of Y" one */
  L_LOC_SUFFIX = 1 << 3,  /* a last word that makes a name a place */
  L_LOC_HEAD = 1 << 4,    /* a first word that makes "X of Y" (or "X Y") one */
  L_PARTICLE = 1 << 5,    /* lower case, may join two parts of one name */
  L_SAY = 1 << 6,         /* a verb of saying: a name right before is a person */
  L_LOC_PREP = 1 << 7,    /* a preposition after which a name is a place */
  L_ABBREV = 1 << 8,      /* an abbreviation whose dot belongs to the word */
  L_CONNECTOR = 1 << 9,   /* skipped when spelling initials ("SEC") */
  L_NOTPER = 1 << 10,     /* a word that makes a guessed name no person
                             ("Video Bingo", "Senate Majority") */
  L_ROLE = 1 << 11,       /* a role word before a name, besides the
                             gazetteer's titles ("Undersecretary") */
  L_NAMESUF = 1 << 12,    /* a suffix that ends a person's name ("Jr.") */
  L_NOTENT = 1 << 13,     /* alone, never an entity: units, tickers and
                             adjectives ("ADR", "Btu", "Republican") */
  L_COMPASS = 1 << 14,    /* "West", "Southern": before a place, a place */
  L_PLACE_NOUN = 1 << 15  /* "the village of X": X is a place */
};

#define LEX_WORD 16       /* the longest word is 15 letters */
#define LEX_ABBREV_MAX 4  /* the longest L_ABBREV word (dl_entities_tables_ok) */

typedef struct lexword {
  char w[LEX_WORD];       /* lower case, NUL-padded: kept inline, so a
                             bisection step touches one small record */
  uint16_t lists;         /* L_* */
} lexword;

/* Sorted by strcmp (dl_entities_tables_ok checks it).  lexicon_lists
 * finds a word through a hash table generated from this table: after an
 * edit, run `make entlex` (a stale table fails make ctest). */
static const lexword lexicon[] = {
  {"a", L_STOP},
  {"ab", L_ORG_SUFFIX},
  {"abbey", L_LOC_SUFFIX},
  {"about", L_STOP},
  {"above", L_STOP},
  {"academy", L_ORG_SUFFIX | L_ORG_HEAD},
  {"accord", L_NOTPER},
  {"according", L_STOP},
  {"acknowledged", L_SAY},
  {"across", L_STOP | L_LOC_PREP},
  {"act", L_NOTPER},
  {"activist", L_ROLE},
  {"actor", L_ROLE},
  {"actress", L_ROLE},
  {"added", L_SAY},
  {"adm", L_ABBREV},
  {"administration", L_ORG_SUFFIX},
  {"administrator", L_ROLE},
  {"admitted", L_SAY},
  {"adr", L_NOTENT},
  {"adrs", L_NOTENT},
  {"advertising", L_NOTPER},
  {"adviser", L_ROLE},
  {"advisor", L_ROLE},
  {"aerospace", L_ORG_SUFFIX},
  {"after", L_STOP},
  {"afterwards", L_STOP},
  {"ag", L_ORG_SUFFIX},
  {"again", L_STOP},
  {"against", L_STOP},
  {"agency", L_ORG_SUFFIX},
  {"agreement", L_NOTPER},
  {"ahead", L_STOP},
  {"ai", L_NOTENT},
  {"air", L_ORG_SUFFIX},
  {"airline", L_ORG_SUFFIX},
  {"airlines", L_ORG_SUFFIX},
  {"airport", L_LOC_SUFFIX},
  {"airways", L_ORG_SUFFIX},
  {"al", L_PARTICLE},
  {"albion", L_NOTPER},
  {"ald", L_ABBREV},
  {"all", L_STOP},
  {"alliance", L_ORG_SUFFIX},
  {"almost", L_STOP},
  {"along", L_STOP},
  {"already", L_STOP},
  {"also", L_STOP},
  {"although", L_STOP},
  {"always", L_STOP},
  {"amb", L_ABBREV},
  {"american", L_NOTPER},
  {"amid", L_STOP},
  {"among", L_STOP},
  {"an", L_STOP},
  {"analyst", L_ROLE},
  {"analysts", L_STOP},
  {"and", L_STOP | L_CONNECTOR},
  {"another", L_STOP},
  {"any", L_STOP},
  {"anybody", L_STOP},
  {"anyone", L_STOP},
  {"anything", L_STOP},
  {"arabica", L_NOTENT},
  {"arap", L_PARTICLE},
  {"are", L_STOP},
  {"arena", L_LOC_SUFFIX},
  {"argued", L_SAY},
  {"army", L_ORG_SUFFIX},
  {"around", L_STOP},
  {"as", L_STOP},
  {"asa", L_ORG_SUFFIX},
  {"asked", L_STOP | L_SAY},
  {"assembly", L_ORG_SUFFIX | L_ORG_HEAD},
  {"asserted", L_SAY},
  {"associates", L_ORG_SUFFIX | L_NOTPER},
  {"association", L_ORG_SUFFIX | L_ORG_HEAD},
  {"at", L_STOP},
  {"athletics", L_NOTENT},
  {"atoll", L_LOC_SUFFIX},
  {"attendance", L_NOTENT},
  {"attorney", L_ROLE},
  {"author", L_ROLE},
  {"authority", L_ORG_SUFFIX},
  {"automaker", L_STOP},
  {"automobile", L_ORG_SUFFIX},
  {"automobiles", L_ORG_SUFFIX},
  {"avenida", L_LOC_HEAD},
  {"avenue", L_LOC_SUFFIX},
  {"avg", L_NOTENT},
  {"badminton", L_NOTENT},
  {"ballet", L_ORG_SUFFIX},
  {"bancorp", L_ORG_SUFFIX},
  {"bancshares", L_ORG_SUFFIX},
  {"bank", L_ORG_SUFFIX | L_ORG_HEAD},
  {"baptist", L_NOTENT},
  {"barr", L_ABBREV},
  {"baseball", L_NOTENT},
  {"basilica", L_LOC_SUFFIX | L_LOC_HEAD},
  {"basin", L_LOC_SUFFIX},
  {"basketball", L_NOTENT},
  {"battalion", L_ORG_SUFFIX},
  {"bay", L_LOC_SUFFIX | L_LOC_HEAD},
  {"beach", L_LOC_SUFFIX},
  {"because", L_STOP},
  {"before", L_STOP},
  {"being", L_STOP},
  {"believes", L_SAY},
  {"below", L_STOP},
  {"berhad", L_ORG_SUFFIX},
  {"besides", L_STOP},
  {"between", L_STOP},
  {"beyond", L_STOP},
  {"bhavan", L_LOC_SUFFIX},
  {"bhawan", L_LOC_SUFFIX},
  {"bhd", L_ORG_SUFFIX},
  {"bin", L_PARTICLE},
  {"bint", L_PARTICLE},
  {"biosciences", L_ORG_SUFFIX},
  {"biotech", L_ORG_SUFFIX},
  {"bln", L_NOTENT},
  {"board", L_ORG_SUFFIX | L_ORG_HEAD},
  {"bookmakers", L_STOP},
  {"both", L_STOP},
  {"boulevard", L_LOC_SUFFIX},
  {"bourse", L_ORG_SUFFIX},
  {"bowling", L_NOTENT},
  {"boxing", L_NOTENT},
  {"breweries", L_ORG_SUFFIX},
  {"brewery", L_ORG_SUFFIX},
  {"brewing", L_NOTPER},
  {"bridge", L_LOC_SUFFIX},
  {"brig", L_ABBREV},
  {"brigade", L_ORG_SUFFIX},
  {"brokers", L_STOP},
  {"bros", L_ABBREV},
  {"brotherhood", L_ORG_SUFFIX},
  {"brothers", L_ORG_SUFFIX},
  {"btu", L_NOTENT},
  {"bureau", L_ORG_SUFFIX | L_ORG_HEAD},
  {"business", L_NOTPER},
  {"businessman", L_ROLE},
  {"businesswoman", L_ROLE},
  {"but", L_STOP},
  {"by", L_STOP},
  {"cabinet", L_ORG_SUFFIX},
  {"calle", L_LOC_HEAD},
  {"campaign", L_ORG_HEAD},
  {"can", L_STOP},
  {"canal", L_LOC_SUFFIX},
  {"canyon", L_LOC_SUFFIX},
  {"cape", L_LOC_SUFFIX | L_LOC_HEAD},
  {"capital", L_NOTPER | L_PLACE_NOUN},
  {"caps", L_NOTENT},
  {"capt", L_ABBREV},
  {"cargo", L_ORG_SUFFIX},
  {"carmaker", L_STOP},
  {"category", L_NOTPER | L_NOTENT},
  {"cathedral", L_LOC_SUFFIX | L_LOC_HEAD},
  {"cd", L_NOTENT},
  {"celsius", L_NOTENT},
  {"cement", L_NOTPER},
  {"center", L_ORG_SUFFIX | L_ORG_HEAD},
  {"central", L_NOTPER | L_COMPASS},
  {"centre", L_ORG_SUFFIX | L_ORG_HEAD},
  {"chairman", L_ROLE},
  {"chairwoman", L_ROLE},
  {"chamber", L_ORG_SUFFIX | L_ORG_HEAD},
  {"chartered", L_NOTPER},      /* "Standard Chartered": a bank, no surname */
  {"chemical", L_NOTPER},
  {"chemicals", L_NOTPER},
  {"chief", L_ROLE},
  {"chipmaker", L_STOP},
  {"chowk", L_LOC_SUFFIX},
  {"christmas", L_NOTENT},
  {"church", L_ORG_SUFFIX | L_ORG_HEAD},
  {"city", L_LOC_SUFFIX | L_LOC_HEAD | L_PLACE_NOUN},
  {"claimant", L_ROLE},
  {"claimed", L_SAY},
  {"cloud", L_NOTPER},
  {"club", L_ORG_SUFFIX},
  {"cmdr", L_ABBREV},
  {"co", L_ORG_SUFFIX | L_ABBREV},
  {"co.", L_ORG_SUFFIX},
  {"coal", L_NOTPER},
  {"coalition", L_ORG_SUFFIX},
  {"coast", L_LOC_SUFFIX},
  {"col", L_ABBREV},
  {"collective", L_ORG_SUFFIX},
  {"college", L_ORG_SUFFIX | L_ORG_HEAD},
  {"columnist", L_ROLE},
  {"comedian", L_ROLE},
  {"commented", L_SAY},
  {"commission", L_ORG_SUFFIX | L_ORG_HEAD},
  {"commissioner", L_ROLE},
  {"committee", L_ORG_SUFFIX | L_ORG_HEAD},
  {"commonwealth", L_LOC_HEAD},
  {"communications", L_ORG_SUFFIX | L_NOTPER},
  {"communist", L_NOTPER | L_NOTENT},
  {"community", L_ORG_SUFFIX | L_ORG_HEAD},
  {"company", L_ORG_SUFFIX},
  {"compatriot", L_ROLE},
  {"complained", L_SAY},
  {"composer", L_ROLE},
  {"comptroller", L_ROLE},
  {"computer", L_NOTPER},
  {"computers", L_NOTPER},
  {"comr", L_ABBREV},
  {"conceded", L_SAY},
  {"confederation", L_ORG_SUFFIX | L_ORG_HEAD},
  {"conference", L_ORG_SUFFIX},
  {"congress", L_ORG_SUFFIX | L_ORG_HEAD},
  {"congressional", L_NOTPER | L_NOTENT},
  {"congressman", L_ROLE},
  {"congresswoman", L_ROLE},
  {"consortium", L_ORG_SUFFIX},
  {"construction", L_NOTPER},
  {"consultants", L_ORG_SUFFIX | L_NOTPER},
  {"convention", L_NOTPER},
  {"conversion", L_NOTENT},
  {"conversions", L_NOTENT},
  {"corp", L_ORG_SUFFIX | L_ABBREV},
  {"corp.", L_ORG_SUFFIX},
  {"corporation", L_ORG_SUFFIX},
  {"cos", L_ORG_SUFFIX | L_ABBREV},
  {"could", L_STOP},
  {"council", L_ORG_SUFFIX | L_ORG_HEAD},
  {"countries", L_ORG_SUFFIX},
  {"countryman", L_ROLE},
  {"county", L_LOC_SUFFIX | L_PLACE_NOUN},
  {"court", L_ORG_SUFFIX | L_ORG_HEAD},
  {"cpi", L_NOTENT},
  {"creek", L_LOC_SUFFIX},
  {"cricket", L_NOTENT},
  {"cts", L_NOTENT},
  {"cycling", L_NOTENT},
  {"da", L_PARTICLE},
  {"dal", L_ORG_SUFFIX},
  {"das", L_PARTICLE},
  {"data", L_NOTPER},
  {"de", L_PARTICLE | L_CONNECTOR},
  {"dealers", L_STOP},
  {"dear", L_STOP},
  {"declared", L_SAY},
  {"defendant", L_ROLE},
  {"del", L_PARTICLE},
  {"dela", L_PARTICLE},
  {"della", L_PARTICLE},
  {"delos", L_PARTICLE},
  {"democrat", L_NOTPER | L_NOTENT},
  {"democratic", L_NOTPER | L_NOTENT},
  {"democrats", L_NOTPER | L_NOTENT},
  {"den", L_PARTICLE},
  {"department", L_ORG_SUFFIX | L_ORG_HEAD},
  {"der", L_PARTICLE},
  {"des", L_PARTICLE},
  {"desert", L_LOC_SUFFIX},
  {"despite", L_STOP},
  {"di", L_PARTICLE},
  {"did", L_STOP},
  {"diplomat", L_ROLE},
  {"director", L_ROLE},
  {"directorate", L_ORG_SUFFIX},
  {"district", L_LOC_SUFFIX | L_LOC_HEAD | L_PLACE_NOUN},
  {"div", L_NOTENT},
  {"division", L_NOTPER},
  {"diwali", L_NOTENT},
  {"dlr", L_NOTENT},
  {"dlrs", L_NOTENT},
  {"do", L_STOP | L_PARTICLE},
  {"does", L_STOP},
  {"dos", L_PARTICLE},
  {"dozens", L_STOP},
  {"dr", L_ABBREV},
  {"dram", L_NOTENT},
  {"du", L_PARTICLE},
  {"duchy", L_LOC_HEAD},
  {"during", L_STOP},
  {"each", L_STOP},
  {"earlier", L_STOP},
  {"earnings", L_NOTPER | L_NOTENT},
  {"east", L_NOTPER | L_COMPASS},
  {"easter", L_NOTENT},
  {"eastern", L_NOTPER | L_COMPASS},
  {"economist", L_ROLE},
  {"economists", L_STOP},
  {"ecu", L_NOTENT},
  {"ecus", L_NOTENT},
  {"either", L_STOP},
  {"el", L_PARTICLE},
  {"electric", L_ORG_SUFFIX | L_NOTPER},
  {"electronics", L_ORG_SUFFIX | L_NOTPER},
  {"elsewhere", L_STOP},
  {"emirate", L_LOC_HEAD},
  {"emphasised", L_SAY},
  {"emphasized", L_SAY},
  {"enclave", L_PLACE_NOUN},
  {"energy", L_ORG_SUFFIX | L_NOTPER},
  {"engineering", L_NOTPER},
  {"engr", L_ABBREV},
  {"entertainment", L_ORG_SUFFIX | L_NOTPER},
  {"envoy", L_ROLE},
  {"eps", L_NOTENT},
  {"eurobond", L_NOTENT},
  {"eurobonds", L_NOTENT},
  {"eurodollar", L_NOTENT},
  {"eurodollars", L_NOTENT},
  {"even", L_STOP},
  {"every", L_STOP},
  {"everybody", L_STOP},
  {"everyone", L_STOP},
  {"except", L_STOP},
  {"exchange", L_ORG_SUFFIX},
  {"explained", L_SAY},
  {"express", L_ORG_SUFFIX},
  {"extras", L_NOTENT},
  {"fahrenheit", L_NOTENT},
  {"falls", L_LOC_SUFFIX},
  {"federal", L_NOTPER},
  {"federation", L_ORG_SUFFIX | L_ORG_HEAD},
  {"ferries", L_ORG_SUFFIX},
  {"fertilizer", L_NOTPER},
  {"fertilizers", L_NOTPER},
  {"few", L_STOP},
  {"filmmaker", L_ROLE},
  {"final", L_NOTPER},
  {"finally", L_STOP},
  {"financial", L_NOTPER},
  {"first", L_STOP},
  {"fleet", L_ORG_SUFFIX},
  {"following", L_STOP},
  {"foods", L_NOTPER},
  {"football", L_NOTENT},
  {"for", L_STOP | L_CONNECTOR},
  {"force", L_ORG_SUFFIX},
  {"forces", L_ORG_SUFFIX},
  {"forest", L_LOC_SUFFIX},
  {"former", L_STOP},
  {"fort", L_LOC_HEAD},
  {"forum", L_ORG_SUFFIX},
  {"foundation", L_ORG_SUFFIX},
  {"from", L_STOP},
  {"front", L_ORG_SUFFIX},
  {"ft", L_ABBREV},
  {"fund", L_ORG_SUFFIX | L_ORG_HEAD},
  {"further", L_STOP},
  {"furthermore", L_STOP},
  {"garden", L_LOC_SUFFIX},
  {"gardens", L_LOC_SUFFIX},
  {"gas", L_NOTPER},
  {"gdp", L_NOTENT},
  {"gen", L_ABBREV},
  {"general", L_NOTPER},
  {"given", L_STOP},
  {"gmbh", L_ORG_SUFFIX},
  {"gmt", L_NOTENT},
  {"gnp", L_NOTENT},
  {"golf", L_NOTENT},
  {"gov", L_ABBREV},
  {"government", L_ORG_SUFFIX},
  {"governor", L_ROLE},
  {"grain", L_NOTPER},
  {"group", L_ORG_SUFFIX | L_ORG_HEAD},
  {"guard", L_ORG_SUFFIX},
  {"guards", L_ORG_SUFFIX},
  {"guitarist", L_ROLE},
  {"gulf", L_LOC_SUFFIX | L_LOC_HEAD},
  {"had", L_STOP},
  {"halftime", L_NOTENT},
  {"halloween", L_NOTENT},
  {"hamlet", L_PLACE_NOUN},
  {"hanukkah", L_NOTENT},
  {"harbor", L_LOC_SUFFIX},
  {"harbour", L_LOC_SUFFIX},
  {"has", L_STOP},
  {"have", L_STOP},
  {"having", L_STOP},
  {"he", L_STOP},
  {"heights", L_LOC_SUFFIX},
  {"her", L_STOP},
  {"herald", L_ORG_SUFFIX},
  {"here", L_STOP},
  {"hers", L_STOP},
  {"highlands", L_LOC_SUFFIX},
  {"hill", L_LOC_SUFFIX},
  {"hills", L_LOC_SUFFIX},
  {"him", L_STOP},
  {"his", L_STOP},
  {"historian", L_ROLE},
  {"hockey", L_NOTENT},
  {"holding", L_ORG_SUFFIX},
  {"holdings", L_ORG_SUFFIX | L_NOTPER},
  {"hon", L_ABBREV},
  {"hooker", L_ROLE},
  {"hospital", L_ORG_SUFFIX},
  {"hotspur", L_NOTPER},
  {"house", L_ORG_HEAD | L_NOTPER},
  {"how", L_STOP},
  {"however", L_STOP},
  {"hundreds", L_STOP},
  {"i", L_STOP},
  {"ibn", L_PARTICLE},
  {"if", L_STOP},
  {"ii", L_NAMESUF},
  {"iii", L_NAMESUF},
  {"in", L_STOP | L_LOC_PREP},
  {"inc", L_ORG_SUFFIX | L_ABBREV},
  {"inc.", L_ORG_SUFFIX},
  {"including", L_STOP},
  {"indeed", L_STOP},
  {"index", L_NOTPER},
  {"industries", L_ORG_SUFFIX | L_NOTPER},
  {"initiative", L_ORG_SUFFIX},
  {"inside", L_STOP | L_LOC_PREP},
  {"insisted", L_SAY},
  {"instead", L_STOP},
  {"institute", L_ORG_SUFFIX | L_ORG_HEAD},
  {"institution", L_ORG_SUFFIX},
  {"instruments", L_NOTPER},
  {"insurance", L_ORG_SUFFIX},
  {"insurer", L_STOP},
  {"insurers", L_STOP},
  {"international", L_ORG_SUFFIX | L_NOTPER},
  {"investment", L_NOTPER},
  {"investments", L_ORG_SUFFIX},
  {"investors", L_NOTPER},
  {"ipo", L_NOTENT},
  {"is", L_STOP},
  {"islamic", L_NOTPER},
  {"islamist", L_NOTPER | L_NOTENT},
  {"island", L_LOC_SUFFIX | L_PLACE_NOUN},
  {"islands", L_LOC_SUFFIX},
  {"isle", L_LOC_SUFFIX | L_LOC_HEAD},
  {"isles", L_LOC_HEAD},
  {"it", L_STOP},
  {"its", L_STOP},
  {"iv", L_NAMESUF},
  {"jr", L_ABBREV | L_NAMESUF},
  {"judo", L_NOTENT},
  {"junction", L_LOC_SUFFIX},
  {"just", L_STOP},
  {"kelvin", L_NOTENT},
  {"kgaa", L_ORG_SUFFIX},
  {"kibbutz", L_LOC_HEAD},
  {"kingdom", L_LOC_HEAD},
  {"la", L_PARTICLE},
  {"laboratories", L_ORG_SUFFIX},
  {"labs", L_ORG_SUFFIX | L_NOTPER},
  {"lake", L_LOC_SUFFIX | L_LOC_HEAD},
  {"lakes", L_LOC_SUFFIX},
  {"last", L_STOP},
  {"later", L_STOP},
  {"law", L_NOTPER},
  {"lawmaker", L_ROLE},
  {"lawyer", L_ROLE},
  {"le", L_PARTICLE},
  {"leader", L_ROLE},
  {"league", L_ORG_SUFFIX | L_ORG_HEAD},
  {"legislature", L_ORG_SUFFIX},
  {"less", L_STOP},
  {"libor", L_NOTENT},
  {"like", L_STOP},
  {"line", L_LOC_HEAD},
  {"lines", L_ORG_SUFFIX},
  {"llc", L_ORG_SUFFIX},
  {"llp", L_ORG_SUFFIX},
  {"loan", L_NOTPER},
  {"lock", L_ROLE},
  {"logistics", L_ORG_SUFFIX},
  {"los", L_PARTICLE},
  {"lt", L_ABBREV},
  {"ltd", L_ORG_SUFFIX | L_ABBREV},
  {"ltd.", L_ORG_SUFFIX},
  {"machines", L_NOTPER},
  {"magazine", L_ORG_SUFFIX},
  {"maidan", L_LOC_SUFFIX},
  {"maj", L_ABBREV},
  {"majority", L_NOTPER},
  {"many", L_STOP},
  {"market", L_NOTPER},
  {"markets", L_NOTPER},
  {"may", L_STOP},
  {"meanwhile", L_STOP},
  {"metals", L_NOTPER},
  {"might", L_STOP},
  {"minerals", L_NOTPER},
  {"mining", L_NOTPER},
  {"minister", L_ROLE},
  {"ministry", L_ORG_SUFFIX | L_ORG_HEAD},
  {"minority", L_NOTPER},
  {"mln", L_NOTENT},
  {"mme", L_ABBREV},
  {"money", L_NOTPER | L_NOTENT},
  {"more", L_STOP},
  {"moreover", L_STOP},
  {"mosque", L_LOC_SUFFIX},
  {"most", L_STOP},
  {"motor", L_ORG_SUFFIX},
  {"motors", L_ORG_SUFFIX},
  {"motorsports", L_ORG_SUFFIX},
  {"mount", L_LOC_SUFFIX | L_LOC_HEAD},
  {"mountain", L_LOC_SUFFIX},
  {"mountains", L_LOC_SUFFIX},
  {"movement", L_ORG_SUFFIX | L_ORG_HEAD},
  {"mr", L_ABBREV},
  {"mrs", L_ABBREV},
  {"ms", L_ABBREV},
  {"mt", L_ABBREV},
  {"much", L_STOP},
  {"municipality", L_PLACE_NOUN},
  {"museum", L_ORG_SUFFIX},
  {"music", L_ORG_SUFFIX | L_NOTPER},
  {"must", L_STOP},
  {"my", L_STOP},
  {"national", L_NOTPER},
  {"navy", L_ORG_SUFFIX},
  {"near", L_STOP | L_LOC_PREP},
  {"negotiator", L_ROLE},
  {"neighboring", L_STOP},
  {"neighbouring", L_STOP},
  {"neither", L_STOP},
  {"network", L_ORG_SUFFIX},
  {"never", L_STOP},
  {"nevertheless", L_STOP},
  {"new", L_STOP},
  {"news", L_ORG_SUFFIX},
  {"newsroom", L_ORG_SUFFIX},
  {"next", L_STOP},
  {"no", L_STOP},
  {"nobody", L_STOP},
  {"none", L_STOP},
  {"nor", L_STOP},
  {"nordic", L_NOTENT},
  {"north", L_NOTPER | L_COMPASS},
  {"northern", L_NOTPER | L_COMPASS},
  {"not", L_STOP},
  {"noted", L_SAY},
  {"nothing", L_STOP},
  {"novelist", L_ROLE},
  {"now", L_STOP},
  {"nurse", L_ROLE},
  {"nv", L_ORG_SUFFIX},
  {"oblast", L_LOC_SUFFIX},
  {"ocean", L_LOC_SUFFIX},
  {"of", L_STOP | L_CONNECTOR},
  {"office", L_ORG_SUFFIX | L_ORG_HEAD},
  {"official", L_NOTPER},
  {"officials", L_STOP | L_NOTPER | L_NOTENT},
  {"oil", L_NOTPER},
  {"on", L_STOP},
  {"once", L_STOP},
  {"one", L_STOP},
  {"only", L_STOP},
  {"opener", L_ROLE},
  {"opera", L_ORG_SUFFIX},
  {"or", L_STOP},
  {"orchestra", L_ORG_SUFFIX},
  {"organisation", L_ORG_SUFFIX | L_ORG_HEAD},
  {"organization", L_ORG_SUFFIX | L_ORG_HEAD},
  {"other", L_STOP},
  {"others", L_STOP},
  {"our", L_STOP},
  {"outside", L_LOC_PREP},
  {"over", L_STOP},
  {"overall", L_STOP},
  {"oy", L_ORG_SUFFIX},
  {"oyj", L_ORG_SUFFIX},
  {"pact", L_NOTPER},
  {"painter", L_ROLE},
  {"palace", L_LOC_SUFFIX},
  {"park", L_LOC_SUFFIX},
  {"parliament", L_ORG_SUFFIX},
  {"partners", L_ORG_SUFFIX | L_NOTPER},
  {"party", L_ORG_SUFFIX | L_ORG_HEAD},
  {"paseo", L_LOC_HEAD},
  {"pass", L_LOC_SUFFIX},
  {"passenger", L_ROLE},
  {"passover", L_NOTENT},
  {"pc", L_NOTENT},
  {"pcs", L_NOTENT},
  {"pct", L_NOTENT},
  {"peak", L_LOC_SUFFIX},
  {"penalties", L_NOTENT},
  {"penalty", L_NOTENT},
  {"peninsula", L_LOC_SUFFIX},
  {"pensioner", L_ROLE},
  {"per", L_STOP},
  {"perhaps", L_STOP},
  {"personal", L_NOTPER},
  {"petrochemical", L_NOTPER},
  {"petrochemicals", L_NOTPER},
  {"petroleum", L_ORG_SUFFIX | L_NOTPER},
  {"pharma", L_ORG_SUFFIX},
  {"pharmaceuticals", L_ORG_SUFFIX},
  {"philharmonic", L_ORG_SUFFIX},
  {"photographer", L_ROLE},
  {"pianist", L_ROLE},
  {"piazza", L_LOC_HEAD},
  {"plain", L_LOC_SUFFIX},
  {"plaintiff", L_ROLE},
  {"plan", L_NOTPER},
  {"plateau", L_LOC_SUFFIX},
  {"platforms", L_ORG_SUFFIX},
  {"playwright", L_ROLE},
  {"plaza", L_LOC_HEAD},
  {"plc", L_ORG_SUFFIX},
  {"please", L_STOP},
  {"poet", L_ROLE},
  {"point", L_LOC_SUFFIX},
  {"police", L_ORG_SUFFIX},
  {"policy", L_NOTPER},
  {"por", L_PARTICLE},
  {"port", L_LOC_SUFFIX | L_LOC_HEAD | L_PLACE_NOUN},
  {"post", L_ORG_SUFFIX},
  {"pour", L_PARTICLE},
  {"praca", L_LOC_HEAD},
  {"prefecture", L_LOC_SUFFIX | L_PLACE_NOUN},
  {"president", L_ROLE},
  {"press", L_ORG_SUFFIX},
  {"previously", L_STOP},
  {"principality", L_LOC_HEAD},
  {"products", L_NOTPER},
  {"prof", L_ABBREV},
  {"program", L_NOTPER},
  {"programme", L_NOTPER},
  {"project", L_ORG_SUFFIX},
  {"promoter", L_ROLE},
  {"prop", L_ROLE},
  {"protester", L_ROLE},
  {"protocol", L_NOTPER},
  {"province", L_LOC_SUFFIX | L_LOC_HEAD | L_PLACE_NOUN},
  {"qtly", L_NOTENT},
  {"qtr", L_NOTENT},
  {"racing", L_ORG_SUFFIX},
  {"radio", L_ORG_SUFFIX},
  {"railway", L_ORG_SUFFIX},
  {"railways", L_ORG_SUFFIX},
  {"rally", L_ORG_HEAD},
  {"ram", L_NOTENT},
  {"ramadan", L_NOTENT},
  {"range", L_LOC_SUFFIX},
  {"rangers", L_NOTPER},
  {"rapper", L_ROLE},
  {"rather", L_STOP},
  {"real", L_NOTPER},
  {"realty", L_ORG_SUFFIX},
  {"recalled", L_SAY},
  {"recently", L_STOP},
  {"records", L_ORG_SUFFIX | L_NOTPER},
  {"reef", L_LOC_SUFFIX},
  {"referee", L_ROLE},
  {"regarding", L_STOP},
  {"regiment", L_ORG_SUFFIX},
  {"region", L_LOC_SUFFIX | L_PLACE_NOUN},
  {"registrar", L_ROLE},
  {"remarked", L_SAY},
  {"rep", L_ABBREV},
  {"replied", L_SAY},
  {"report", L_NOTPER},
  {"reps", L_ABBREV},
  {"republic", L_LOC_SUFFIX | L_LOC_HEAD},
  {"republican", L_NOTPER | L_NOTENT},
  {"republicans", L_NOTPER | L_NOTENT},
  {"reserve", L_ORG_SUFFIX},
  {"resident", L_ROLE},
  {"resorts", L_ORG_SUFFIX | L_NOTPER},
  {"resources", L_ORG_SUFFIX | L_NOTPER},
  {"results", L_STOP},
  {"retailer", L_STOP},
  {"retiree", L_ROLE},
  {"rev", L_ABBREV},
  {"review", L_ORG_SUFFIX},
  {"revs", L_NOTENT},
  {"rival", L_STOP},
  {"rivals", L_STOP},
  {"river", L_LOC_SUFFIX},
  {"road", L_LOC_SUFFIX},
  {"robusta", L_NOTENT},
  {"rom", L_NOTENT},
  {"rovers", L_NOTPER},
  {"rowing", L_NOTENT},
  {"rt", L_ORG_SUFFIX},
  {"rua", L_LOC_HEAD},
  {"rugby", L_NOTENT},
  {"sa", L_ORG_SUFFIX},
  {"sae", L_ORG_SUFFIX},
  {"said", L_SAY},
  {"sailing", L_NOTENT},
  {"same", L_STOP},
  {"savings", L_NOTPER},
  {"says", L_SAY},
  {"school", L_ORG_SUFFIX | L_ORG_HEAD},
  {"sea", L_LOC_SUFFIX | L_LOC_HEAD},
  {"second", L_STOP},
  {"secretariat", L_ORG_SUFFIX | L_ORG_HEAD},
  {"secretary", L_ROLE},
  {"securities", L_ORG_SUFFIX},
  {"semiconductor", L_ORG_SUFFIX | L_NOTPER},
  {"semiconductors", L_ORG_SUFFIX | L_NOTPER},
  {"sen", L_ABBREV},
  {"senate", L_ORG_SUFFIX | L_NOTPER},
  {"sens", L_ABBREV},
  {"separately", L_STOP},
  {"service", L_ORG_SUFFIX | L_NOTPER},
  {"services", L_ORG_SUFFIX | L_NOTPER},
  {"settlement", L_PLACE_NOUN},
  {"several", L_STOP},
  {"sgt", L_ABBREV},
  {"shall", L_STOP},
  {"she", L_STOP},
  {"shipbuilding", L_ORG_SUFFIX},
  {"shipping", L_ORG_SUFFIX},
  {"shoal", L_LOC_SUFFIX},
  {"shopkeeper", L_ROLE},
  {"shore", L_LOC_SUFFIX},
  {"shores", L_LOC_SUFFIX},
  {"should", L_STOP},
  {"shr", L_NOTENT},
  {"shrine", L_LOC_SUFFIX},
  {"shrs", L_NOTENT},
  {"similarly", L_STOP},
  {"since", L_STOP},
  {"singer", L_ROLE},
  {"skiing", L_NOTENT},
  {"smt", L_ABBREV},
  {"so", L_STOP},
  {"soccer", L_NOTENT},
  {"socialist", L_NOTPER | L_NOTENT},
  {"society", L_ORG_SUFFIX | L_ORG_HEAD},
  {"solutions", L_ORG_SUFFIX},
  {"some", L_STOP},
  {"somebody", L_STOP},
  {"someone", L_STOP},
  {"something", L_STOP},
  {"songwriter", L_ROLE},
  {"sources", L_STOP},
  {"south", L_NOTPER | L_COMPASS},
  {"southern", L_NOTPER | L_COMPASS},
  {"sox", L_NOTPER},
  {"spa", L_ORG_SUFFIX},
  {"spokesman", L_ROLE},
  {"spokesperson", L_ROLE},
  {"spokeswoman", L_ROLE},
  {"sports", L_ORG_SUFFIX},
  {"springs", L_LOC_SUFFIX},
  {"squadron", L_ORG_SUFFIX},
  {"square", L_LOC_SUFFIX},
  {"sr", L_ABBREV | L_NAMESUF},
  {"st", L_ABBREV},
  {"stadium", L_LOC_SUFFIX},
  {"standings", L_STOP},
  {"state", L_LOC_SUFFIX | L_LOC_HEAD | L_NOTPER},
  {"stated", L_SAY},
  {"states", L_NOTPER},
  {"steel", L_NOTPER},
  {"still", L_STOP},
  {"stores", L_ORG_SUFFIX},
  {"strait", L_LOC_SUFFIX | L_LOC_HEAD},
  {"straits", L_LOC_SUFFIX | L_LOC_HEAD},
  {"strategist", L_ROLE},
  {"street", L_LOC_SUFFIX},
  {"stressed", L_SAY},
  {"strip", L_LOC_SUFFIX},
  {"stronghold", L_PLACE_NOUN},
  {"student", L_ROLE},
  {"suburb", L_PLACE_NOUN},
  {"such", L_STOP},
  {"superintendent", L_ROLE},
  {"surgeon", L_ROLE},
  {"survivor", L_ROLE},
  {"swimming", L_NOTENT},
  {"system", L_NOTPER},
  {"systems", L_ORG_SUFFIX | L_NOTPER},
  {"teacher", L_ROLE},
  {"team", L_ORG_SUFFIX},
  {"teammate", L_ROLE},
  {"technologies", L_ORG_SUFFIX},
  {"technology", L_NOTPER},
  {"telecom", L_ORG_SUFFIX},
  {"telegraph", L_ORG_SUFFIX},
  {"telekom", L_ORG_SUFFIX},
  {"telephone", L_ORG_SUFFIX},
  {"tells", L_SAY},
  {"ten", L_PARTICLE},
  {"tenant", L_ROLE},
  {"tennis", L_NOTENT},
  {"ter", L_PARTICLE},
  {"territory", L_LOC_SUFFIX},
  {"textiles", L_NOTPER},
  {"than", L_STOP},
  {"thank", L_STOP},
  {"thanks", L_STOP},
  {"thanksgiving", L_NOTENT},
  {"that", L_STOP},
  {"the", L_STOP | L_CONNECTOR},
  {"their", L_STOP},
  {"them", L_STOP},
  {"then", L_STOP},
  {"therapeutics", L_ORG_SUFFIX},
  {"there", L_STOP},
  {"therefore", L_STOP},
  {"these", L_STOP},
  {"they", L_STOP},
  {"thinks", L_SAY},
  {"third", L_STOP},
  {"this", L_STOP},
  {"those", L_STOP},
  {"though", L_STOP},
  {"thousands", L_STOP},
  {"through", L_STOP},
  {"throughout", L_STOP | L_LOC_PREP},
  {"thus", L_STOP},
  {"times", L_ORG_SUFFIX},
  {"to", L_STOP},
  {"tobacco", L_ORG_SUFFIX},
  {"today", L_STOP},
  {"together", L_STOP},
  {"told", L_SAY},
  {"tomorrow", L_STOP},
  {"too", L_STOP},
  {"toward", L_STOP},
  {"towards", L_STOP},
  {"town", L_PLACE_NOUN},
  {"township", L_LOC_SUFFIX | L_PLACE_NOUN},
  {"traders", L_STOP},
  {"trainer", L_ROLE},
  {"treasurer", L_ROLE},
  {"treaty", L_NOTPER},
  {"tribunal", L_ORG_SUFFIX},
  {"tries", L_NOTENT},
  {"trust", L_ORG_SUFFIX | L_NOTPER},
  {"try", L_NOTENT},
  {"tv", L_NOTENT},
  {"tweeted", L_SAY},
  {"uhf", L_NOTENT},
  {"umpire", L_ROLE},
  {"under", L_STOP},
  {"undersecretary", L_ROLE},
  {"union", L_ORG_SUFFIX | L_ORG_HEAD},
  {"unit", L_ORG_SUFFIX | L_NOTPER},
  {"united", L_NOTPER},
  {"university", L_ORG_SUFFIX | L_ORG_HEAD},
  {"unless", L_STOP},
  {"unlike", L_STOP},
  {"until", L_STOP},
  {"up", L_STOP},
  {"upon", L_STOP},
  {"urged", L_SAY},
  {"us", L_STOP},
  {"valley", L_LOC_SUFFIX},
  {"van", L_PARTICLE},
  {"very", L_STOP},
  {"veteran", L_ROLE},
  {"vhf", L_NOTENT},
  {"via", L_STOP},
  {"video", L_NOTPER},
  {"village", L_LOC_SUFFIX | L_PLACE_NOUN},
  {"villager", L_ROLE},
  {"volunteer", L_ROLE},
  {"von", L_PARTICLE},
  {"voter", L_ROLE},
  {"vs", L_NOTENT},
  {"wa", L_PARTICLE},
  {"wanderers", L_NOTPER},
  {"warned", L_SAY},
  {"was", L_STOP},
  {"we", L_STOP},
  {"were", L_STOP},
  {"west", L_NOTPER | L_COMPASS},
  {"western", L_NOTPER | L_COMPASS | L_NOTENT},
  {"what", L_STOP},
  {"whatever", L_STOP},
  {"when", L_STOP},
  {"where", L_STOP},
  {"whether", L_STOP},
  {"which", L_STOP},
  {"while", L_STOP},
  {"whip", L_ROLE},
  {"who", L_STOP},
  {"whom", L_STOP},
  {"whose", L_STOP},
  {"why", L_STOP},
  {"will", L_STOP},
  {"wing", L_ROLE},
  {"with", L_STOP},
  {"within", L_STOP},
  {"without", L_STOP},
  {"witness", L_ROLE},
  {"workers", L_ORG_SUFFIX},
  {"would", L_STOP},
  {"wrote", L_SAY},
  {"y", L_PARTICLE},
  {"yes", L_STOP},
  {"yesterday", L_STOP},
  {"yet", L_STOP},
  {"you", L_STOP},
  {"your", L_STOP},
  {"yr", L_NOTENT},
  {"zu", L_PARTICLE},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
/* a lower-case letter's bit in a set of letters (the first letters of a
 * word table: lower_in) */
#define LB(ch) (1u << ((ch) - 'a'))

/* Is the byte ch, in any case, a letter of the set firsts (LB)?  A test
 * before a word_in bisection that most words fail. */
static int first_in(uint32_t firsts, char ch)
{
  unsigned char f = dl_lower[(unsigned char)ch];
  return f >= 'a' && f <= 'z' && (firsts >> (f - 'a') & 1u);
}

/* lexicon_second[k]: the second letters of the words beginning with 'a' + k
 * (bit j: 'a' + j; bit 26: the word ends there; bit 27: any other byte),
 * so that most words are turned away before they are hashed.  Checked by
 * dl_entities_tables_ok. */
static const uint32_t lexicon_second[26] = {
  0x43e39fe, 0x11a4991, 0x10ad999, 0x0124911, 0x0b0b905, 0x01a4911,
  0x0127119, 0x0104111, 0x42ca122, 0x0120000, 0x0000150, 0x0084911,
  0x11e5911, 0x0304011, 0x13aa126, 0x0024995, 0x0080000, 0x0184111,
  0x15bd5d5, 0x0624190, 0x006b080, 0x0044191, 0x0024191, 0x0000000,
  0x4024010, 0x0100000
};

/* The slots of the lexicon's hash table (lexicon_slots, generated). */
#include "entities_lexhash.h"

/* The lists (L_*) the word s[0..len) (any case) is in, or 0.  A hash
 * table (32-bit FNV-1a of the lower-case word, linear probing) instead of
 * a bisection: this runs for most tokens, and a miss usually ends on the
 * first, empty, slot. */
static unsigned lexicon_lists(const char *s, size_t len)
{
  /* the key NUL-padded like the lexicon's words: compared as two words */
  union { char c[LEX_WORD]; uint64_t u[2]; } key;
  uint32_t h = 2166136261u;
  size_t i;
  unsigned char c0;
  if (len == 0 || len >= LEX_WORD) return 0;
  c0 = dl_lower[(unsigned char)s[0]];
  if (c0 < 'a' || c0 > 'z') return 0;
  {
    unsigned char c1 = len > 1 ? dl_lower[(unsigned char)s[1]] : 0;
    unsigned bit = len == 1 ? 26u : (c1 >= 'a' && c1 <= 'z') ? (unsigned)(c1 - 'a') : 27u;
    if (!(lexicon_second[c0 - 'a'] >> bit & 1u)) return 0;
  }
  key.u[0] = key.u[1] = 0;
  for (i = 0; i < len; i++) {
    unsigned char ch = dl_lower[(unsigned char)s[i]];
    if (ch == '\0') return 0;
    key.c[i] = (char)ch;
    h = (h ^ ch) * 16777619u;
  }
  for (i = h >> (32 - LEX_HASH_BITS); lexicon_slots[i]; i = (i + 1) & ((1u << LEX_HASH_BITS) - 1)) {
    const lexword *w = &lexicon[lexicon_slots[i] - 1];
    if (memcmp(w->w, key.c, LEX_WORD) == 0) return w->lists;
  }
  return 0;
}

/* Titles before a name in the other languages of dl_options.lang (German
 * capitalized, French, Spanish and Russian in lower case), as written.
 * Outside English only these anchor a person: the English rules would
 * read every capitalized noun and sentence opener as a name.  Sorted by
 * strcmp (bytes). */
static const char *const foreign_titles[] = {
  "Au\303\237enminister", "Au\303\237enministerin", "Bundeskanzler", "Bundeskanzlerin",
  "Bundespr\303\244sident", "Bundespr\303\244sidentin", "B\303\274rgermeister", "B\303\274rgermeisterin",
  "Finanzminister", "Finanzministerin", "Frau", "Generalsekret\303\244r",
  "Herr", "Innenminister", "Innenministerin", "Kanzler",
  "Kanzlerin", "K\303\266nig", "K\303\266nigin", "M.",
  "Minister", "Ministerin", "Ministerpr\303\244sident", "Ministerpr\303\244sidentin",
  "Mme", "Papst", "Premierminister", "Premierministerin",
  "Pr\303\244sident", "Pr\303\244sidenten", "Pr\303\244sidentin", "Regierungschef",
  "Regierungschefin", "Sprecher", "Sprecherin", "Staatschef",
  "Staatschefin", "Verteidigungsminister", "Verteidigungsministerin", "alcalde",
  "alcaldesa", "canciller", "chancelier", "chanceli\303\250re",
  "g\303\251n\303\251ral", "maire", "ministra", "ministre",
  "ministro", "papa", "pape", "portavoz",
  "presidenta", "presidente", "pr\303\251sident", "pr\303\251sidente",
  "reina", "reine", "rey", "roi",
  "secretaria", "secretario", "secr\303\251taire", "se\303\261or",
  "se\303\261ora", "\320\263\320\273\320\260\320\262\320\260", "\320\272\320\260\320\275\321\206\320\273\320\265\321\200", "\320\274\320\270\320\275\320\270\321\201\321\202\321\200",
  "\320\274\321\215\321\200", "\320\277\321\200\320\265\320\264\321\201\320\265\320\264\320\260\321\202\320\265\320\273\321\214", "\320\277\321\200\320\265\320\267\320\270\320\264\320\265\320\275\321\202"
};

static int foreign_title(const char *s, size_t len)
{
  size_t lo = 0, hi = sizeof foreign_titles / sizeof foreign_titles[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *w = foreign_titles[mid];
    size_t wl = strlen(w);
    int r = memcmp(s, w, len < wl ? len : wl);
    if (r == 0) r = len < wl ? -1 : len > wl ? 1 : 0;
    if (r == 0) return 1;
    if (r < 0) hi = mid; else lo = mid + 1;
  }
  return 0;
}

/* Last words of a treaty's name ("criteria": "the Maastricht criteria",
 * the treaty's terms), sorted by strcmp. */
static const char *const treaty_words[] = {
  "accord", "accords", "agreement", "criteria", "protocol", "treaty"
};

/* Last words that make a name an event, a MISC in the CoNLL manner
 * ("World Cup", "German Open", "Gulf War", "Winter Olympics", "Super
 * Bowl"; a policy or a law too, "Common Agricultural Policy", "Clean Air
 * Act"; a prize, "Nobel Peace Prize", "Academy Awards"), sorted by
 * strcmp. */
static const char *const event_words[] = {
  "act", "award", "awards", "bowl", "championship", "championships", "classic", "convention",
  "cup", "festival", "final", "games",
  "handicap", "marathon", "masters", "olympiad", "olympics", "open", "policy", "prix", "prize",
  "series", "shield", "slam", "stakes", "trophy", "war"
};
static const uint32_t event_words_first = LB('a') | LB('b') | LB('c') | LB('f') | LB('g') | LB('h')
  | LB('m') | LB('o') | LB('p') | LB('s') | LB('t') | LB('w');

/* Last words of an event's name in a sport story only ("Million Dollar
 * Challenge"; elsewhere a challenge is a bid), sorted by strcmp. */
static const char *const sport_event_words[] = {
  "challenge", "invitational"
};

/* Last words of an event named after its giver with a possessive ("the
 * Emperor's Cup", "the Queen's Vase"), sorted by strcmp. */
static const char *const poss_event_words[] = {
  "cup", "shield", "stakes", "trophy", "vase"
};

/* Numbers of the nations of a championship ("Five Nations", "Tri
 * Nations"), sorted by strcmp. */
static const char *const nation_counts[] = {
  "five", "four", "home", "six", "three", "tri"
};

/* Plurals of a happening after a place ("the California Wildfires", "the
 * Los Angeles Riots"): no team's name, sorted by strcmp. */
static const char *const happening_plurals[] = {
  "attacks", "blizzards", "bombings", "earthquakes", "elections", "fires", "floods",
  "killings", "massacres", "protests", "quakes", "riots", "storms", "wildfires"
};

/* Second words of a prize named "Golden X" ("the Golden Bear", "the
 * Golden Globes"), sorted by strcmp. */
static const char *const golden_prizes[] = {
  "ball", "bear", "boot", "globe", "globes", "lion", "palm", "shoe"
};

/* Verbs of winning before "a"/"an" and a prize ("won an Oscar", "win a
 * Grammy"), sorted by strcmp. */
static const char *const win_verbs[] = {
  "awarded", "collected", "received", "win", "winning", "wins", "won"
};
static const uint32_t win_verbs_first = LB('a') | LB('c') | LB('r') | LB('w');

/* First words of an event named "X of Y" ("Tour of Spain", "Battle of
 * Britain"; a treaty too, "Treaty of Rome"), sorted by strcmp. */
static const char *const event_heads[] = {
  "battle", "giro", "prix", "tour", "treaty"
};
static const uint32_t event_heads_first = LB('b') | LB('g') | LB('p') | LB('t');

/* Market indices and price benchmarks, a MISC in the CoNLL manner ("the
 * Nikkei average", "FTSE 100", "Brent crude"), sorted by strcmp.  "dow"
 * and "hang" need their second word ("Dow Jones", "Hang Seng"); "brent",
 * "dow", "forties" and "nasdaq", also a given name, a firm, an age and a
 * market, need a market word after them (market_words). */
static const char *const index_names[] = {
  "brent", "cac", "dax", "dow", "forties", "ftse", "hang", "kospi", "nasdaq", "nikkei",
  "sensex", "topix"
};

/* index_second[k]: the second letters of index_names beginning with
 * 'a' + k (bit j: 'a' + j), so that most runs are turned away before the
 * bisection (checked by dl_entities_tables_ok). */
static const uint32_t index_second[26] = {
  0x0, 0x20000, 0x1, 0x4001, 0x0, 0x84000, 0x0, 0x1, 0x0, 0x0, 0x4000, 0x0, 0x0,
  0x101, 0x0, 0x0, 0x0, 0x0, 0x10, 0x4000, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0
};

/* Words after an index or a benchmark that show it is one ("Dow Jones
 * industrial average", "Brent crude"), sorted by strcmp. */
static const char *const market_words[] = {
  "average", "blend", "composite", "crude", "futures", "index", "industrial",
  "industrials", "oil", "transportation", "transports", "utilities"
};

/* Words after a club named after its city that show the club ("Salzburg
 * striker", "Leeds manager"), sorted by strcmp. */
static const char *const club_words[] = {
  "batsman", "bowler", "captain", "catcher", "center", "centre", "coach", "defenceman",
  "defender", "defenseman", "fans", "flanker", "fly-half", "flyhalf", "forward", "full-back",
  "fullback", "goalie",
  "goalkeeper", "goaltender", "guard", "hooker", "infielder", "keeper", "linebacker", "lock",
  "manager", "midfielder", "netminder", "opener", "outfielder", "paceman", "pitcher", "player",
  "players", "playmaker", "prop", "quarterback", "reliever", "rounder", "scrum-half", "seamer",
  "shortstop",
  "skipper", "spinner", "squad", "striker", "wicketkeeper", "wing", "winger"
};

/* The first words of a post in a firm or body that a capitalized name
 * before it belongs to ("Apple CEO Tim Cook", "BOJ Governor Kazuo Ueda",
 * "OpenAI chief executive Sam Altman"), sorted by strcmp.  Not the
 * posts a department or a function word opens ("Finance Minister",
 * "Sporting Director"). */
static const char *const firm_posts[] = {
  "administrator", "boss", "ceo", "cfo", "chair", "chairman", "chairwoman", "chief",
  "cofounder", "commissioner", "coo", "cto", "founder", "governor", "managing",
  "president", "spokesman", "spokesperson", "spokeswoman"
};

/* Of firm_posts, those only a firm has (a place has a governor and a
 * president, and "Amazon founder Jeff Bezos" is the company, though the
 * gazetteer knows the river), sorted by strcmp. */
static const char *const firm_only_posts[] = {
  "boss", "ceo", "cfo", "chief", "cofounder", "coo", "cto", "founder"
};

/* The second words of "chief ..." posts in a firm, sorted by strcmp. */
static const char *const chief_posts[] = {
  "constable", "economist", "executive", "financial", "investment", "operating", "strategist",
  "technology"
};

/* Capitalized words before a post that qualify the post, not name a body
 * ("Acting CEO", "Group Chief Executive", "Sporting Director"), sorted
 * by strcmp. */
static const char *const post_modifiers[] = {
  "acting", "assistant", "associate", "board", "caretaker", "chief", "club", "co", "commercial",
  "creative", "deputy", "executive", "financial", "first", "former", "founding",
  "global", "group", "honorary", "incoming", "interim", "joint", "lead", "new",
  "outgoing", "party", "provisional", "regional", "senior", "sporting", "state", "student",
  "technical", "then", "transitional", "union", "vice"
};

/* Words after a cricket total ("Kent 251 and 198", "Surrey 189 all out",
 * "406 for 8 declared"), sorted by strcmp. */
static const char *const innings_words[] = {
  "all", "and", "declared", "for"
};

/* Party words that name a member or follower alone ("Republican leaders",
 * "liberal Democrats"): a MISC in the CoNLL manner, sorted by strcmp. */
static const char *const party_words[] = {
  "communist", "communists", "conservative", "conservatives", "democrat", "democratic",
  "democrats", "loyalist", "loyalists", "nationalist", "nationalists", "republican",
  "republicans", "socialist", "socialists", "unionist", "unionists"
};
static const uint32_t party_words_first = LB('c') | LB('d') | LB('l') | LB('n') | LB('r') | LB('s')
  | LB('u');

/* Faiths and their followers alone ("Moslem refugees", "Anglican
 * bishops"): a MISC in the CoNLL manner, sorted by strcmp.  Not
 * "christian", also a given name. */
static const char *const creed_words[] = {
  "anglican", "anglicans", "buddhist", "buddhists", "catholic", "catholics", "hindu",
  "hindus", "islamic", "jewish", "lutheran", "maoist", "maoists", "marxist", "marxists",
  "methodist", "moslem", "moslems", "muslim",
  "muslims", "orthodox", "protestant", "protestants", "shi'ite", "shi'ites", "shiite",
  "shiites", "sikh", "sikhs", "sunni", "sunnis"
};
static const uint32_t creed_words_first = LB('a') | LB('b') | LB('c') | LB('h') | LB('i') | LB('j')
  | LB('l') | LB('m') | LB('o') | LB('p') | LB('s');

/* Armed groups' members after the group's name ("Tupac Amaru
 * guerrillas", "Abu Sayyaf rebels"), sorted by strcmp. */
static const char *const fighter_nouns[] = {
  "fighters", "guerrilla", "guerrillas", "insurgents", "militants", "rebels"
};

/* Last words of a standings table's group ("EASTERN CONFERENCE",
 * "Atlantic Division"): in a sport story a MISC, not a body, sorted by
 * strcmp. */
static const char *const group_words[] = {
  "conference", "division"
};

/* Seats of power that stand for the government in them ("The Kremlin
 * said", "White House spokesman"): an organization, a place only after
 * "at the", "outside the" ...; canonical names of the gazetteer, sorted by
 * strcmp. */
static const char *const seat_names[] = {
  "downing street", "elysee palace", "kremlin", "white house"
};

/* Team sports: a headline opening with one ("SOCCER - ...", or its
 * second word: "AUSTRALIAN RULES -", "GAELIC FOOTBALL -") makes the
 * story one where cities play (CoNLL: "Parma won 2-1" is an
 * organization), sorted by strcmp. */
static const char *const team_sports[] = {
  "baseball", "basketball", "cricket", "football", "handball", "hockey", "hurling", "netball",
  "rugby", "rules", "soccer", "volleyball"
};

/* Sports whose clubs are named city first ("Chicago Bulls"), never
 * "Inter Milan", sorted by strcmp. */
static const char *const city_first_sports[] = {
  "baseball", "basketball", "hockey"
};

/* Sports of one player or driver: a headline opening with one
 * ("TENNIS - ...", "MOTOR RACING - ...") makes a sport story too, where
 * "at X" is a venue, sorted by strcmp. */
static const char *const other_sports[] = {
  "athletics", "badminton", "boxing", "cycling", "golf", "gymnastics", "judo", "motor",
  "motorcycling", "racing", "rowing", "sailing", "skating", "skiing", "snooker", "squash",
  "swimming", "tennis", "wrestling", "yachting"
};

/* Lower-case words right before a horse's name in a racing story ("the
 * colt Celtic Swing", "Dettori rides Lammtarra"), sorted by strcmp. */
static const char *const horse_fronts[] = {
  "colt", "favourite", "filly", "gelding", "horse", "mare", "mount", "partner", "partners",
  "ride", "rides", "riding", "rode", "stallion"
};

/* Past participles before "by" after a horse's name in a racing story
 * ("Lammtarra, trained by Saeed bin Suroor"), sorted by strcmp. */
static const char *const horse_afters[] = {
  "bred", "owned", "ridden", "trained"
};

/* Verbs in the past or the present that only a person does, after a
 * name ("Mercedes Sosa sang"), sorted by strcmp. */
static const char *const human_verbs[] = {
  "died", "divorced", "laughed", "married", "sang", "sings", "smiled", "wept"
};

/* States only a person is in, after "was" or "is" and a name ("Yeltsin
 * was resting"), sorted by strcmp. */
static const char *const human_states[] = {
  "arrested", "born", "buried", "hospitalised", "hospitalized", "ill", "injured", "jailed",
  "resting", "sentenced", "sleeping", "wounded"
};

/* Lower-case words of a town's see or office before "of" and the town
 * ("bishop of Mbala", "the mayor of Tarnowo"), sorted by strcmp. */
static const char *const see_words[] = {
  "archbishop", "archdiocese", "bishop", "diocese", "mayor"
};

/* Races known by one word in a racing story ("the Derby", "the Oaks"),
 * sorted by strcmp. */
static const char *const race_names[] = {
  "derby", "guineas", "oaks"
};

/* Last words of a race's name ("Tingle Creek Chase", "Champion Hurdle",
 * "Coronation Stakes", Japanese "Arima Kinen", "Tenno Sho"), in a racing
 * story, sorted by strcmp. */
static const char *const race_ends[] = {
  "chase", "guineas", "handicap", "hurdle", "kinen", "novices", "oaks", "sho", "stakes"
};

/* Rulers' titles that news writes in lower case before a name ("king
 * Clovis", "emperor Akihito"), sorted by strcmp. */
static const char *const ruler_words[] = {
  "czar", "emir", "emperor", "empress", "king", "pharaoh", "pope", "prince", "princess",
  "queen", "sheikh", "sultan", "tsar"
};

/* Bodies named both "Department of Justice" and "Justice Department",
 * sorted by strcmp. */
static const char *const dept_words[] = {
  "department", "ministry"
};

/* English given names and their usual short forms ("Greg" of
 * "Gregory", "Bill" of "William"): a story may name one person both
 * ways ("Gregory Voss ... Greg Voss").  Only true short forms, not every
 * name a longer one begins with ("Dan" is not "Dana"); a short form of
 * two names is listed twice.  Sorted by strcmp on the short form, then
 * the full one. */
static const struct { const char *nick, *full; } given_short_forms[] = {
  {"abby", "abigail"}, {"al", "albert"}, {"al", "alfred"}, {"alex", "alexander"},
  {"andy", "andrew"}, {"barb", "barbara"}, {"ben", "benjamin"}, {"beth", "elizabeth"},
  {"betsy", "elizabeth"}, {"betty", "elizabeth"}, {"bill", "william"}, {"billy", "william"},
  {"bob", "robert"}, {"bobby", "robert"}, {"brad", "bradley"}, {"cathy", "catherine"},
  {"charlie", "charles"}, {"chris", "christopher"}, {"chuck", "charles"}, {"cindy", "cynthia"},
  {"dan", "daniel"}, {"danny", "daniel"}, {"dave", "david"}, {"deb", "deborah"},
  {"debbie", "deborah"}, {"dick", "richard"}, {"don", "donald"}, {"doug", "douglas"},
  {"ed", "edward"}, {"eddie", "edward"}, {"fred", "frederick"}, {"gene", "eugene"},
  {"greg", "gregory"}, {"hank", "henry"}, {"jack", "john"}, {"jake", "jacob"}, {"jeff", "jeffrey"},
  {"jen", "jennifer"}, {"jenny", "jennifer"}, {"jerry", "gerald"}, {"jim", "james"},
  {"jimmy", "james"}, {"joe", "joseph"}, {"jon", "jonathan"}, {"josh", "joshua"},
  {"kate", "catherine"}, {"kate", "katherine"}, {"kathy", "katherine"}, {"katie", "katherine"},
  {"ken", "kenneth"}, {"larry", "lawrence"}, {"len", "leonard"}, {"liz", "elizabeth"},
  {"maggie", "margaret"}, {"matt", "matthew"}, {"meg", "margaret"}, {"mike", "michael"},
  {"mitch", "mitchell"}, {"nate", "nathan"}, {"nick", "nicholas"}, {"pam", "pamela"},
  {"pat", "patricia"}, {"pat", "patrick"}, {"peggy", "margaret"}, {"pete", "peter"},
  {"phil", "philip"}, {"ray", "raymond"}, {"rich", "richard"}, {"rick", "richard"},
  {"rob", "robert"}, {"ron", "ronald"}, {"sam", "samuel"}, {"sandy", "sandra"},
  {"steve", "stephen"}, {"steve", "steven"}, {"sue", "susan"}, {"susie", "susan"},
  {"ted", "edward"}, {"ted", "theodore"}, {"terry", "terence"}, {"tim", "timothy"},
  {"tom", "thomas"}, {"tommy", "thomas"}, {"tony", "anthony"}, {"vicky", "victoria"},
  {"vince", "vincent"}, {"walt", "walter"}, {"will", "william"}, {"zach", "zachary"}
};

/* Lower-case words after "a town" that end its noun phrase ("Swannanoa,
 * a town of 5,000", "..., a village near Kyiv"), sorted by strcmp. */
static const char *const after_place_noun[] = {
  "about", "east", "in", "near", "north", "of", "on", "outside", "south", "that", "west",
  "where", "which", "with"
};

/* A football club's word before its city ("Bayern Munich", "Eintracht
 * Frankfurt", "Real Madrid"), sorted by strcmp. */
static const char *const club_before_city[] = {
  "atletico", "bayer", "bayern", "borussia", "deportivo", "dinamo", "dynamo", "eintracht",
  "hapoel", "hertha", "inter", "lokomotiv", "maccabi", "olympique", "rapid", "real", "slavia",
  "spartak", "sporting", "steaua"
};

/* A football club's word after its city ("Manchester City", "Newcastle
 * United"), sorted by strcmp. */
static const char *const club_after_city[] = {
  "albion", "athletic", "city", "hotspur", "rovers", "united", "wanderers"
};

/* Languages the gazetteer knows no people of ("said in Hindi", "in
 * Mandarin"): alone, a MISC as CoNLL has it, sorted by strcmp. */
static const char *const language_words[] = {
  "amharic", "bengali", "cantonese", "dari", "farsi", "gujarati", "hausa", "hebrew", "hindi",
  "igbo", "javanese", "malay", "mandarin", "marathi", "pashto", "punjabi", "sinhala",
  "swahili", "tagalog", "tamil", "telugu", "tigrinya", "urdu", "yoruba", "zulu"
};

/* Words that name a storm before its given name ("Hurricane Helene",
 * "Typhoon Hagibis"), sorted by strcmp. */
static const char *const storm_words[] = {
  "cyclone", "hurricane", "storm", "superstorm", "typhoon"
};

/* Verbs after a team that plays, sorted by strcmp. */
static const char *const team_verbs[] = {
  "beat", "beats", "clinched", "completed", "conceded", "crushed", "defeated", "draw",
  "drew", "edged", "face", "faced", "faces", "hammered", "host", "hosted", "hosts", "lead",
  "leads", "led", "lose", "loses", "lost", "meet", "meets", "overcame", "play", "played",
  "plays", "retained", "routed", "signed", "signs", "stunned", "thrashed", "trail", "trailed",
  "trails", "win", "wins", "won"
};

/* Words before "for" or "with" and a team ("scored for Leeds", "played
 * for Ajax", "a draw with Everton"), sorted by strcmp. */
static const char *const club_acts[] = {
  "draw", "drew", "goal", "goals", "impressed", "kicked", "played", "playing", "plays", "score",
  "scored", "scores", "signed", "signs", "starred", "tie", "tied"
};

/* Modal verbs before a team's verb ("Wigan will play"), sorted by strcmp. */
static const char *const modal_words[] = {
  "can", "could", "must", "should", "will", "would"
};

/* Verbs before "by" and a team that did not lose ("held 0-0 by Braga",
 * "beaten by Ajax"), sorted by strcmp. */
static const char *const loss_verbs[] = {
  "beaten", "crushed", "defeated", "edged", "hammered", "held", "routed", "stunned",
  "thrashed", "upset"
};

/* Legal forms of continental European companies, last in their names,
 * sorted by strcmp. */
static const char *const legal_forms[] = {
  "ab", "ag", "asa", "gmbh", "nv", "oyj", "sa", "spa"
};

/* Words before "from" and the club a player leaves ("signed from
 * Parma", "on loan from Lazio"), sorted by strcmp. */
static const char *const transfer_words[] = {
  "bought", "joined", "loan", "signed", "signing", "transfer", "transferred"
};

/* Verbs of a price after "shares" or "stock" ("X shares rose"), sorted
 * by strcmp. */
static const char *const stock_verbs[] = {
  "added", "climbed", "closed", "dipped", "dropped", "eased", "ended", "fell", "finished",
  "firmed", "gained", "jumped", "lost", "plunged", "rallied", "rose", "sank", "shed", "slid",
  "slipped", "slumped", "soared", "surged", "traded", "tumbled", "were"
};

/* Words after a share price's change ("rose 1.20 marks to 71.50",
 * "added 0.85 to 88.40"), sorted by strcmp; "to" and "at" only after a
 * price with decimals. */
static const char *const price_units[] = {
  "at", "cents", "crowns", "dollars", "francs", "guilders", "lire", "marks", "pence", "pesos",
  "pfennig", "pfennigs", "to", "yen"
};

/* Words before "the X League" that make it the competition ("in the
 * Champions League", "won the Premier League", "top the ..."), sorted by
 * strcmp. */
static const char *const league_verbs[] = {
  "in", "lead", "leads", "led", "top", "topped", "tops", "win", "winning", "wins", "won"
};

/* Words before a team ahead or behind in a table, then "by", "with"
 * or "in" ("lead Seattle by two games", "led Miami with 25 points",
 * "two points behind Florida in the ..."), sorted by strcmp. */
static const char *const chase_words[] = {
  "behind", "lead", "leads", "led", "trail", "trailed", "trails"
};

/* Words after a chase_words team that show the margin or the table,
 * sorted by strcmp. */
static const char *const margin_words[] = {
  "by", "in", "with"
};

/* Lower-case nouns for where a race or a round is run after its name in
 * a sport story ("the Saslong course", "the Suzuka circuit"), sorted by
 * strcmp. */
static const char *const course_nouns[] = {
  "circuit", "course", "piste", "track"
};

/* Last words of a sport venue after "at" ("at the United Center", "at
 * the Harare Sports Club"): in a sport story where it is played, sorted
 * by strcmp. */
static const char *const venue_words[] = {
  "arena", "center", "centre", "club", "coliseum", "dome", "garden", "gardens", "stadium"
};

/* Verbs of a bout or a match before the opponent in a sport of one
 * player ("will fight Holyfield", "meets Sampras"), besides team_preps,
 * sorted by strcmp. */
static const char *const bout_verbs[] = {
  "face", "faced", "faces", "fight", "fights", "fought", "meet", "meets", "met", "stopped"
};

/* Sports where one player meets another (not motor racing or cycling,
 * where "beat Williams" is a team): a headline opening with one, sorted
 * by strcmp. */
static const char *const duel_sports[] = {
  "badminton", "boxing", "chess", "golf", "judo", "snooker", "squash", "tennis", "wrestling"
};

/* A sport whose sides the gazetteer knows (countries, counties): a
 * headline opening with it. */
static const char *const cricket_sport[] = { "cricket" };

/* Last words of a sport's event in a headline ("WORLD CUP", "U.S.
 * OPEN", "ASIAN GAMES"), sorted by strcmp. */
static const char *const head_event_words[] = {
  "championship", "championships", "cup", "games", "masters", "open", "prix", "trophy"
};

/* Words of an event's name before its last word in a headline that the
 * gazetteer does not know ("WORLD CUP", "GRAND PRIX", "DAVIS CUP"),
 * sorted by strcmp. */
static const char *const head_event_fronts[] = {
  "davis", "grand", "olympic", "ryder", "stanley", "world"
};

/* Leagues named by one word ("the Bundesliga"), sorted by strcmp. */
static const char *const league_names[] = {
  "bundesliga", "eredivisie", "euroleague", "premiership", "superleague"
};

/* Words before a team that plays, sorted by strcmp. */
static const char *const team_preps[] = {
  "against", "beat", "beating", "over", "v", "versus", "vs"
};

/* The word between the two sides of a fixture ("Ajax v PSV"), sorted by
 * strcmp. */
static const char *const fixture_words[] = { "v", "versus", "vs", "vs." };

/* Lower-case words right before a team's name ("Spanish club
 * Barcelona", "Dutch champions Ajax"), sorted by strcmp. */
static const char *const team_fronts[] = {
  "champions", "club", "holders", "side"
};

/* Roles that open a sentence before a team's name in a sport story
 * ("Champions Juventus lost"), sorted by strcmp. */
static const char *const team_roles[] = {
  "champions", "holders", "hosts", "leaders", "visitors"
};

/* Labels of a bond's or a result's term sheet ("Borrower Toyota Motor
 * Credit Corp", "Coupon 6.25 pct", "Denoms 1,000"): a row's label, no
 * part of a name, sorted by strcmp. */
static const char *const term_labels[] = {
  "amt", "borrower", "coupon", "denoms", "guarantor", "issuer", "launched",
  "listing", "maturity", "payment", "reoffer"
};

/* Lower-case nouns for a craft before its name ("the space shuttle
 * Columbia", "the tanker Exxon Valdez"): a vehicle's name is a MISC in
 * the CoNLL manner, sorted by strcmp. */
static const char *const craft_nouns[] = {
  "barge", "battleship", "cruiser", "destroyer", "ferry", "freighter", "frigate", "liner",
  "probe", "satellite", "schooner", "ship", "shuttle", "spacecraft", "submarine", "tanker",
  "trawler", "vessel", "warship", "yacht"
};
static const uint32_t craft_nouns_first = LB('b') | LB('c') | LB('d') | LB('f') | LB('l')
  | LB('p') | LB('s') | LB('t') | LB('v') | LB('w') | LB('y');

/* Lower-case nouns for a weapon or an instrument after its name ("Patriot
 * missiles", "Leopard tanks", "the Ariane rocket"): a MISC in the CoNLL
 * manner, sorted by strcmp. */
static const char *const weapon_nouns[] = {
  "aircraft", "bomber", "bombers", "capsule", "helicopter", "helicopters", "interceptor",
  "interceptors", "jets", "lander", "missile", "missiles", "probe", "rocket", "rockets", "rover",
  "tank", "tanks", "telescope", "torpedo", "torpedoes"
};
static const uint32_t weapon_nouns_first = LB('a') | LB('b') | LB('c') | LB('h') | LB('i') | LB('j')
  | LB('l') | LB('m') | LB('p') | LB('r') | LB('t');

/* Lower-case words of a space mission after its name ("the Artemis II
 * crew"), sorted by strcmp. */
static const char *const mission_words[] = {
  "astronauts", "crew", "flight", "launch", "mission"
};

/* Lower-case words near a credit rating's grade ("rated AA", "the AAA
 * rating"), sorted by strcmp. */
static const char *const grade_words[] = {
  "downgraded", "grade", "outlook", "rated", "rating", "ratings", "upgraded"
};

/* Lower-case words right before a quoted title ("Jordan's film " X "",
 * "an award for " X "", "starred in " X ""), sorted by strcmp. */
static const char *const title_fronts[] = {
  "album", "and", "book", "entitled", "film", "for", "in", "movie", "musical", "novel", "of",
  "opera", "performed", "play", "sang", "sing", "singing", "single", "sings", "song", "titled",
  "with"
};
static const uint32_t title_fronts_first = LB('a') | LB('b') | LB('e') | LB('f') | LB('i')
  | LB('m') | LB('n') | LB('o') | LB('p') | LB('s') | LB('t') | LB('w');

/* Lower-case nouns for a site before "at" and a place's name ("the camp
 * at Teza", "a checkpoint near Zenica"), besides L_PLACE_NOUN's, sorted
 * by strcmp. */
/* Lower-case words for a part of a town after its name ("the Harehills
 * area of Leeds", "the Bronx neighborhood"), sorted by strcmp. */
static const char *const district_nouns[] = {
  "area", "district", "estate", "neighborhood", "neighbourhood", "quarter", "suburb",
  "township"
};

static const char *const site_nouns[] = {
  "airbase", "airport", "barracks", "base", "camp", "camps", "checkpoint", "factory",
  "garrison", "mine", "outpost", "plant", "prison", "refinery", "terminal"
};
static const uint32_t site_nouns_first = LB('a') | LB('b') | LB('c') | LB('f') | LB('g') | LB('m')
  | LB('o') | LB('p') | LB('r') | LB('t');

/* Lower-case plural nouns for the states or trades of a region, after
 * the region's name used as an adjective ("Caribbean producers",
 * "African, Caribbean and Pacific states"): then a MISC in the CoNLL
 * manner, sorted by strcmp. */
static const char *const region_members[] = {
  "countries", "exporters", "governments", "growers", "leaders", "members", "ministers",
  "nations", "neighbours", "producers", "states"
};

/* Verbs of a team moving in a table before "to" and a rank ("Newcastle
 * slipped to third"), sorted by strcmp. */
static const char *const table_moves[] = {
  "climbed", "dropped", "fell", "jumped", "moved", "rose", "slid", "slipped", "slumped", "went"
};
static const uint32_t table_moves_first = LB('c') | LB('d') | LB('f') | LB('j') | LB('m')
  | LB('r') | LB('s') | LB('w');

/* Ranks in a table after a move and "to" ("slipped to third", "went
 * top"), sorted by strcmp. */
static const char *const table_ranks[] = {
  "bottom", "eighth", "fifth", "fourth", "ninth", "second", "seventh", "sixth", "tenth",
  "third", "top"
};
static const uint32_t table_ranks_first = LB('b') | LB('e') | LB('f') | LB('n') | LB('s')
  | LB('t');

/* Endings of adverbs ("-ately", "-ously", "-ntly"), not of surnames
 * ("Kelly", "Donnelly", "Connolly"). */
static const char *const adverb_endings[] = {
  "ally", "ately", "edly", "ingly", "ively", "ously", "ntly", "arly", "ssly"
};

/* Does the word w[0..n) end like an adverb (adverb_endings)? */
static int adverb_ending(const char *w, size_t n)
{
  size_t i;
  for (i = 0; i < NELEM(adverb_endings); i++) {
    size_t e = strlen(adverb_endings[i]);
    if (e + 3 <= n && dl_word_eq(w + n - e, e, adverb_endings[i])) return 1;
  }
  return 0;
}

/* Endings of town names ("-ivka", "-ovsk", "-abad"): a word the
 * gazetteer does not know ending so is a place. */
static const char *const place_endings[] = {
  "abad", "aiv", "ansk", "ensk", "evsk", "garh", "grad", "insk", "ivka", "ivsk", "ivtsi",
  "nagar", "onsk", "ovka", "ovsk", "ynsk", "zhia"
};

/* Words for a medicine before its name ("the drug Wegovy"), sorted by
 * strcmp. */
static const char *const medicine_nouns[] = {
  "antibiotic", "drug", "medication", "medicine", "pill", "treatment", "vaccine"
};

/* Words for a place after its name and a possessive ("its Fordow site",
 * "his Ladwa constituency"), sorted by strcmp. */
static const char *const place_nouns_after[] = {
  "constituency", "district", "hometown", "mine", "plant", "province", "refinery", "region",
  "site", "smelter", "village"
};

/* Nouns for people whose possessive goes on inside a name ("People's
 * Party", "Children's Hospital"), sorted by strcmp. */
static const char *const poss_nouns[] = { "children", "people", "women" };

/* The last words of a military unit numbered by an ordinal ("47th
 * Mechanized Brigade", "Fifth Fleet", "82nd Airborne Division"), sorted by
 * strcmp. */
static const char *const unit_nouns[] = {
  "army", "battalion", "brigade", "corps", "division", "fleet", "regiment", "squadron"
};

/* A city's or a state's numbered districts after an ordinal ("the 35th
 * Ward", "the 12th Congressional District", "the 5th Precinct"), sorted
 * by strcmp. */
static const char *const numbered_districts[] = {
  "district", "precinct", "ward"
};

/* Lower-case words between a craft's name and its noun ("Tomahawk cruise
 * missiles", "Cluster science satellites"), sorted by strcmp. */
static const char *const craft_mods[] = {
  "anti-aircraft", "anti-tank", "attack", "ballistic", "battle", "cruise", "fighter",
  "science", "space", "transport", "weather"
};
static const uint32_t craft_mods_first = LB('a') | LB('b') | LB('c') | LB('f') | LB('s') | LB('t')
  | LB('w');

/* People of the markets before "at" and their firm ("a dealer at
 * Rudolf Wolff", "an analyst at Jardine Fleming": a firm even when it
 * is named after people), sorted by strcmp. */
static const char *const market_jobs[] = {
  "analyst", "analysts", "broker", "brokers", "dealer", "dealers", "economist", "economists",
  "strategist", "strategists", "trader", "traders"
};

/* People of a firm before "at" and its name ("executives at Siemens in
 * Germany", "workers at Renault in France"): the name is their employer,
 * not a town, sorted by strcmp (market_jobs holds "analysts" etc). */
static const char *const staff_jobs[] = {
  "director", "directors", "employee", "employees", "engineer", "engineers", "executive",
  "executives", "manager", "managers", "official", "officials", "researcher", "researchers",
  "scientist", "scientists", "spokesman", "spokeswoman", "staff", "worker", "workers"
};

/* Capitalized first words of a party named by its members ("the Free
 * Democrats", "the Christian Democrats"), which the gazetteer may know
 * as a place or a given name, sorted by strcmp. */
static const char *const party_fronts[] = {
  "christian", "free", "liberal", "social"
};

/* Words before "Time" that name a clock ("Eastern Time", "Greenwich Mean
 * Time", "Pacific Daylight Time"), sorted by strcmp. */
static const char *const zone_words[] = {
  "atlantic", "central", "daylight", "eastern", "mean", "mountain", "pacific", "standard",
  "summer", "universal"
};

/* Words that make "X League" a sport's ("Premier League", "Super
 * League", "National Rugby League"), sorted by strcmp. */
static const char *const league_sports[] = {
  "baseball", "basketball", "champions", "cricket", "europa", "football", "handball",
  "hockey", "netball", "premier", "rugby", "soccer", "super", "volleyball"
};

/* Lower-case words after "X League" that make it the competition played
 * ("Major League baseball"), sorted by strcmp. */
static const char *const league_games[] = {
  "baseball", "basketball", "football", "game", "games", "hockey", "match", "matches",
  "soccer"
};

/* Holdings before "in" and a company ("a stake in Renault"), sorted by
 * strcmp.  Not "interest" or "investment": one takes an interest in a
 * composer and invests in a region ("interest in Mozart"). */
static const char *const holding_words[] = {
  "holding", "holdings", "share", "shareholding", "shares", "stake", "stakes"
};

/* Number words that name a class of motor racing after "Formula"
 * ("Formula One", "Formula Three"), sorted by strcmp. */
static const char *const formula_classes[] = {
  "five", "four", "one", "three", "two"
};

/* Counts that open a sentence before a nationality or a faith ("Two
 * French soldiers"), sorted by strcmp. */
static const char *const count_words[] = {
  "eight", "eleven", "five", "four", "nine", "seven", "six", "ten", "three", "twelve", "two"
};

/* Words of travel before "to" that make it a place's preposition ("flew
 * to Florence, Italy", "the road to Gorazde"; a prize "went to Lindqvist,
 * Sweden" is a person's), sorted by strcmp. */
static const char *const travel_words[] = {
  "bound", "drove", "fled", "flew", "flight", "flights", "highway", "journey", "moved",
  "returned", "road", "route", "sailed", "travel", "traveled", "travelled", "trip", "trips",
  "visit", "visits", "way"
};
static const uint32_t travel_words_first = LB('b') | LB('d') | LB('f') | LB('h') | LB('j')
  | LB('m') | LB('r') | LB('s') | LB('t') | LB('v') | LB('w');

/* Lines of business that "and" joins inside one company's name
 * ("Florida Power and Light Co", "Harris Trust and Savings Bank"),
 * sorted by strcmp. */
static const char *const business_lines[] = {
  "banking", "chemical", "chemicals", "development", "electric", "exchange", "gas",
  "industries", "industry", "investment", "light", "loan", "mining", "power", "research",
  "savings", "steel", "telegraph", "telephone", "trading", "transport", "trust", "water"
};

/* A carmaker's word before its "Co", "Corp" (if any) that a headline
 * drops with it: "FORD" for "Ford Motor Co", "MAZDA" for "Mazda Motor
 * Corp", sorted by strcmp.  (Not "Group", "Electric", "Steel": an
 * English word opens those as often as a brand, "Standard Electric".) */
static const char *const firm_short_tails[] = {
  "motor", "motors"
};

/* Words of a firm's accounts after "its" ("said its losses narrowed"),
 * sorted by strcmp. */
static const char *const its_accounts[] = {
  "earnings", "loss", "losses", "profit", "profits", "revenue", "revenues", "sales", "shares",
  "stake", "subsidiary", "unit"
};

/* Lower-case words for aircraft after a model's code ("A340 aircraft",
 * "MD-11 jets"), sorted by strcmp. */
static const char *const aircraft_nouns[] = {
  "aircraft", "airliner", "airliners", "bomber", "bombers", "fighter", "fighters",
  "freighter", "freighters", "helicopter", "helicopters", "jet", "jetliner", "jetliners",
  "jets", "plane", "planes"
};
static const uint32_t aircraft_nouns_first = LB('a') | LB('b') | LB('f') | LB('h') | LB('j')
  | LB('p');

/* Lower-case nouns for a company right before its name ("oil group Elf
 * Aquitaine", "software giant Microsoft", "brokerage Smith Barney"),
 * sorted by strcmp.  Not "publisher", "developer", "producer": also a
 * person's role. */
static const char *const firm_nouns[] = {
  "affiliate", "airline", "automaker", "bank", "brokerage", "carmaker", "carrier", "chipmaker",
  "company", "conglomerate", "drugmaker", "firm", "giant", "group", "insurer", "lender",
  "planemaker", "retailer", "startup", "subsidiary", "unit", "venture"
};
/* the shortest and longest of firm_nouns ("bank", "conglomerate"): a
 * cheap length test before the list's */
#define FIRM_NOUN_MIN 4
#define FIRM_NOUN_MAX 12

/* Nouns for a firm by what it makes or sells ("gold producer Gold
 * Fields", "chip maker Intel") that read as firm_nouns before a name,
 * but not in apposition ("Ann Lee, a film producer,"), sorted by
 * strcmp. */
static const char *const maker_nouns[] = {
  "exporter", "maker", "manufacturer", "miner", "producer"
};

/* Words before "producer" that make it a person's trade ("film producer
 * Quincy Jones"), sorted by strcmp. */
static const char *const show_words[] = {
  "documentary", "executive", "film", "movie", "music", "record", "stage", "television", "theater",
  "theatre", "tv"
};

/* First words of a company's name in Romance languages ("Banco Itau",
 * "Banque Indosuez", "Grupo Modelo"), sorted by strcmp. */
static const char *const firm_heads[] = {
  "banca", "banco", "bankhaus", "banque", "caisse", "compagnie", "companhia", "compania", "groupe",
  "grupo", "sociedad", "societe"
};

/* First words of a political party's name in other languages ("Partido
 * Popular", "Parti Socialiste", "Partij van de Arbeid"), sorted by
 * strcmp. */
static const char *const party_firsts[] = {
  "partei", "parti", "partido", "partij", "partito"
};

/* Last words of a government body that a nationality before it does not
 * belong to ("Chinese Foreign Ministry": MISC "Chinese", ORGANIZATION
 * "Foreign Ministry"), sorted by strcmp. */
static const char *const gov_bodies[] = {
  "embassy", "government", "ministry"
};

/* Last words of a state's body ("U.S. Federal Trade Commission"),
 * sorted by strcmp. */
static const char *const state_bodies[] = {
  "administration", "agency", "board", "bureau", "commission", "congress", "court",
  "department", "reserve", "senate", "treasury"
};

/* The last words of a minister's portfolio, where the name after it
 * starts ("Minister for Foreign Affairs Mesfin Tadesse Alemu",
 * "Minister for Climate Change and Energy"), sorted by strcmp. */
static const char *const portfolio_ends[] = {
  "affairs", "agriculture", "change", "commerce", "communications", "communities", "culture", "currency",
  "defence", "defense", "development", "economy", "education", "employment",
  "energy", "environment", "exchequer", "finance", "fisheries", "forestry", "health", "heritage",
  "housing", "immigration", "industry", "infrastructure", "innovation", "institutions",
  "interior", "justice", "labor", "labour", "planning", "relations", "resources",
  "safety", "science", "security", "services", "sport", "tourism", "trade",
  "transport", "transportation", "treasury", "water", "welfare"
};

/* Last words of a body a title's "of the" or "in the" names before the
 * holder ("Speaker of the National Assembly Ann Lee", "Chairman of the
 * Senate Foreign Relations Committee Tom Ito"), sorted by strcmp. */
static const char *const title_bodies[] = {
  "assembly", "cabinet", "commission", "committee", "congress", "council", "court",
  "house", "legislature", "opposition", "parliament", "party", "senate"
};

/* Lower-case words that end hyphenated compounds after a name
 * ("New York-based", "Trump-era"), sorted by strcmp. */
static const char *const hyphen_suffixes[] = {
  "area", "back", "born", "bound", "class", "day", "down", "era", "free",
  "front", "hand", "held", "high", "hit", "hour", "in", "led", "less", "level",
  "like", "line", "long", "low", "made", "mile", "month", "off", "old", "on",
  "only", "out", "over", "party", "plus", "point", "proof", "rich", "run",
  "scale", "side", "size", "state", "style", "term", "tier", "time", "type",
  "up", "week", "wide", "year", "zone"
};

/* US state and Canadian province abbreviations of news copy, lower case
 * without their dots ("Md.", "N.J.", "W.Va.", "MICH"), sorted by strcmp.
 * Many are also words or titles ("Miss.", "Ind."): they are read as
 * places only after "City," or in "(D-Okla.)" and in a dateline. */
static const char *const region_abbrevs[] = {
  "ala", "alta", "ariz", "ark", "bc", "calif", "colo", "conn", "dc", "del",
  "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "man", "mass", "md",
  "me", "mich", "minn", "miss", "mo", "mont", "nb", "nc", "nd", "neb", "nebr", "nev",
  "nfld", "nh", "nj", "nm", "ns", "ny", "okla", "ont", "ore", "pa", "que", "ri",
  "sask", "sc", "sd", "tenn", "tex", "va", "vt", "wash", "wis", "wva", "wyo"
};

/* Is s[0..len), in any case, one of the n words of tab (lower case,
 * sorted by strcmp)? */
/* Land forms and territories after a place's name in lower case ("the
 * Taquari valley"), sorted for word_in. */
static const char *const geo_nouns[] = {
  "basin", "bay", "border", "canyon", "coast", "county", "crossing", "delta", "desert", "district", "gulf",
  "highlands", "island", "islands", "lake", "mountains", "oblast", "peninsula", "plateau",
  "prefecture", "province", "region", "river", "sea", "stadium", "strait", "territory", "tunnel", "valley",
};
/* Kinds of land in lower case between a place's name and a territory's
 * noun ("the Wanni jungle region", "the Sirnak border province"), sorted
 * for word_in. */
static const char *const land_kinds[] = {
  "border", "coastal", "desert", "forest", "frontier", "jungle", "mountain", "tribal"
};
static const uint32_t geo_nouns_first = LB('b') | LB('c') | LB('d') | LB('g') | LB('h') | LB('i')
  | LB('l') | LB('m') | LB('o') | LB('p') | LB('r') | LB('s') | LB('t') | LB('v');

static int word_in(const char *const *tab, size_t n, const char *s, size_t len)
{
  size_t i, lo = 0, hi = n;
  unsigned char c0;
  if (len == 0 || len >= 16) return 0;
  c0 = dl_lower[(unsigned char)s[0]];
  /* strcmp order against the word in lower case, lowered as compared
   * (no copy): most steps differ in the first letter, where the loop
   * costs more than the test */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const unsigned char *w = (const unsigned char *)tab[mid];
    unsigned char k = c0;
    if (w[0] == c0 && c0)
      for (i = 1;; i++) {
        k = i < len ? dl_lower[(unsigned char)s[i]] : 0;
        if (!w[i] || w[i] != k) { w += i; break; }
      }
    if (*w == k) return 1;
    if (*w < k) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/* The first entry of given_short_forms whose short form is s[0..len)
 * in any case, or NELEM(given_short_forms) when none is. */
static size_t short_form_at(const char *s, size_t len)
{
  char w[8];
  size_t i, lo = 0, hi = NELEM(given_short_forms);
  if (len < 2 || len >= sizeof w) return NELEM(given_short_forms);
  for (i = 0; i < len; i++) w[i] = (char)dl_lower[(unsigned char)s[i]];
  w[len] = 0;
  while (lo < hi) {               /* the first not below w */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(given_short_forms[mid].nick, w) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < NELEM(given_short_forms) && !strcmp(given_short_forms[lo].nick, w)
         ? lo : NELEM(given_short_forms);
}

/* Is s[0..len) (any case, dots ignored) one of region_abbrevs? */
static int region_abbrev(const char *s, size_t len)
{
  char key[8];
  size_t i, n = 0;
  for (i = 0; i < len; i++) {
    if (s[i] == '.') continue;
    if (!DL_IS_ALPHA(s[i]) || n + 1 >= sizeof key) return 0;
    key[n++] = s[i];
  }
  return n >= 2 && word_in(region_abbrevs, NELEM(region_abbrevs), key, n);
}

/* Lower-case words that may follow "City, Country" when the country is
 * the city's ("in Cambridge, Massachusetts on Monday", "Valencia, Spain
 * last week"), not the subject of a clause ("After talks in Santiago,
 * Mexico sent troops"), sorted. */
static const char *const after_qualifier[] = {
  "after", "and", "as", "at", "before", "but", "by", "during", "earlier", "early",
  "for", "from", "in", "last", "late", "later", "near", "next", "of", "on", "or",
  "over", "since", "this", "to", "today", "until", "when", "where", "which", "while",
  "who", "with", "yesterday",
};

/* Function words that are also given names (the built-in list leaves
 * them out), read as names by given_stop_word.  Sorted. */
static const char *const stop_givens[] = { "per", "will" };

/* Units of measure after a number, in two capitals ("64 GB", "300 MW")
 * or capitals and small letters ("10 Gbps", "2.4 GHz", "500 MWh"),
 * sorted. */
static const char *const measure_units[] = {
  "gb", "gbps", "ghz", "gw", "gwh", "kb", "kbps", "km", "kw", "kwh", "mb", "mbps", "mhz", "mw",
  "mwh", "tb", "twh"
};

/* Words after "Per" that make it the Latin preposition of a title-case
 * line ("5 Per Cent", "Income Per Capita"), not a given name.  Sorted. */
static const char *const per_objects[] = { "annum", "capita", "cent", "cents", "share" };

/* Words of four letters or more that title case leaves in lower case
 * (prepositions and conjunctions, "Talks Resume After Deal With Rebels"
 * in one style, "Talks Resume after Deal with Rebels" in another), sorted:
 * sentence_case() does not count them. */
static const char *const title_lower_words[] = {
  "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before",
  "behind", "below", "beside", "between", "beyond", "despite", "down", "during", "except",
  "from", "inside", "into", "near", "onto", "over", "past", "since", "than", "that", "then",
  "through", "toward", "towards", "under", "until", "upon", "versus", "when", "with", "within",
  "without"
};

/* Kinship nouns that introduce a relative of the story's person ("His
 * grandfather, Walter Dell,"), sorted. */
/* Plural nouns for a body's members or backers: before them the words
 * of a name are another body's ("Ford Workers Union" is not Ford's,
 * "Manchester United Supporters' Trust" not the club's). */
static const char *const member_nouns[] = {
  "dealers", "employees", "fans", "investors", "members", "owners", "pilots", "players",
  "retirees", "shareholders", "supporters", "workers"
};

/* Titles a royal style opens ("the Prince of Wales"), sorted. */
static const char *const royal_styles[] = {
  "duchess", "duke", "earl", "prince", "princess"
};

/* Titles in the plural before a list of people ("Justices Ann Lee and
 * Tom Ito"): each person's title is the word without its "s". */
static const char *const plural_titles[] = {
  "ambassadors", "directors", "generals", "governors", "judges", "justices", "kings",
  "leaders", "mayors", "ministers", "presidents", "queens", "senators"
};

/* Possessive determiners before a kinship noun and a name ("whose son
 * Matan"), sorted by strcmp. */
static const char *const kin_owners[] = { "her", "his", "my", "our", "their", "whose", "your" };

static const char *const kin_words[] = {
  "aunt", "brother", "cousin", "daughter", "father", "granddaughter", "grandfather",
  "grandmother", "grandson", "husband", "mother", "nephew", "niece", "sister", "son",
  "uncle", "widow", "widower", "wife",
};

/* Posts that head a role set off by commas ("Ann Lee, a senior
 * official,") but are no role word before a name (L_ROLE): "Alaska
 * Airlines Chief Executive Ben Minicucci" keeps the firm's name whole.
 * Sorted. */
static const char *const appositive_heads[] = {
  "ambassador", "candidate", "correspondent", "editor", "engineer", "executive",
  "founder", "judge", "manager", "mayor", "officer", "official", "owner",
  "professor", "prosecutor", "researcher", "scientist", "senator"
};

/* Words that take a title's post after it ("Ambassador to France",
 * "Minister for Sport"), sorted. */
static const char *const post_words[] = { "at", "for", "of", "to" };

/* Words before an organization that a name after it, a comma between,
 * stands in apposition to ("the chief of Brightline, Tom Ito."), sorted. */
static const char *const apposition_preps[] = { "at", "for", "of" };

/* Nouns after a team's name in capitals in a race report ("ONCE
 * rider", "ONCE team"), sorted. */
static const char *const racer_nouns[] = { "driver", "rider", "riders", "team" };

/* Words for a competition or its meetings after "League" / "Tour"
 * (series_after), sorted. */
static const char *const series_words[] = {
  "circuit", "event", "events", "final", "meeting", "meetings", "series", "title", "tournament",
  "tournaments"
};

/* A county's last word ("Orange County", "Jefferson Parish"), sorted by
 * strcmp. */
static const char *const county_words[] = {
  "borough", "county", "parish", "township"
};

/* Lower-case prefixes that a hyphen joins to a capitalized word making
 * an adjective ("ultra-Orthodox", "pro-Western"), sorted by strcmp. */
static const char *const hyphen_prefixes[] = {
  "anti", "neo", "non", "post", "pre", "pro", "ultra"
};

static int word_class_ok(void);

int dl_entities_tables_ok(void)
{
#define WORD_TABLE(t) { t, NELEM(t) }
  static const struct { const char *const *w; size_t n; } word_tables[] = {
    WORD_TABLE(region_abbrevs),
    WORD_TABLE(plural_titles),
    WORD_TABLE(member_nouns),
    WORD_TABLE(royal_styles),
    WORD_TABLE(after_qualifier),
    WORD_TABLE(storm_words),
    WORD_TABLE(language_words),
    WORD_TABLE(club_before_city),
    WORD_TABLE(club_after_city),
    WORD_TABLE(after_place_noun),
    WORD_TABLE(district_nouns),
    WORD_TABLE(numbered_districts),
    WORD_TABLE(dept_words),
    WORD_TABLE(hyphen_suffixes),
    WORD_TABLE(event_words),
    WORD_TABLE(golden_prizes),
    WORD_TABLE(win_verbs),
    WORD_TABLE(firm_nouns),
    WORD_TABLE(maker_nouns),
    WORD_TABLE(show_words),
    WORD_TABLE(business_lines),
    WORD_TABLE(firm_short_tails),
    WORD_TABLE(its_accounts),
    WORD_TABLE(firm_heads),
    WORD_TABLE(party_firsts),
    WORD_TABLE(craft_nouns),
    WORD_TABLE(weapon_nouns),
    WORD_TABLE(mission_words),
    WORD_TABLE(grade_words),
    WORD_TABLE(craft_mods),
    WORD_TABLE(title_fronts),
    WORD_TABLE(site_nouns),
    WORD_TABLE(region_members),
    WORD_TABLE(table_moves),
    WORD_TABLE(table_ranks),
    WORD_TABLE(unit_nouns),
    WORD_TABLE(poss_nouns),
    WORD_TABLE(medicine_nouns),
    WORD_TABLE(place_nouns_after),
    WORD_TABLE(place_endings),
    WORD_TABLE(league_verbs),
    WORD_TABLE(loss_verbs),
    WORD_TABLE(transfer_words),
    WORD_TABLE(modal_words),
    WORD_TABLE(club_acts),
    WORD_TABLE(stock_verbs),
    WORD_TABLE(price_units),
    WORD_TABLE(post_words),
    WORD_TABLE(apposition_preps),
    WORD_TABLE(series_words),
    WORD_TABLE(county_words),
    WORD_TABLE(fixture_words),
    WORD_TABLE(hyphen_prefixes),
    WORD_TABLE(racer_nouns),
    WORD_TABLE(kin_words),
    WORD_TABLE(kin_owners),
    WORD_TABLE(aircraft_nouns),
    WORD_TABLE(holding_words),
    WORD_TABLE(market_jobs),
    WORD_TABLE(staff_jobs),
    WORD_TABLE(party_fronts),
    WORD_TABLE(league_games),
    WORD_TABLE(zone_words),
    WORD_TABLE(happening_plurals),
    WORD_TABLE(nation_counts),
    WORD_TABLE(travel_words),
    WORD_TABLE(count_words),
    WORD_TABLE(formula_classes),
    WORD_TABLE(event_heads),
    WORD_TABLE(treaty_words),
    WORD_TABLE(party_words),
    WORD_TABLE(creed_words),
    WORD_TABLE(fighter_nouns),
    WORD_TABLE(league_sports),
    WORD_TABLE(seat_names),
    WORD_TABLE(gov_bodies),
    WORD_TABLE(state_bodies),
    WORD_TABLE(portfolio_ends),
    WORD_TABLE(title_bodies),
    WORD_TABLE(ruler_words),
    WORD_TABLE(horse_fronts),
    WORD_TABLE(human_verbs),
    WORD_TABLE(human_states),
    WORD_TABLE(see_words),
    WORD_TABLE(horse_afters),
    WORD_TABLE(race_names),
    WORD_TABLE(race_ends),
    WORD_TABLE(other_sports),
    WORD_TABLE(team_fronts),
    WORD_TABLE(team_sports),
    WORD_TABLE(team_verbs),
    WORD_TABLE(team_preps),
    WORD_TABLE(league_names),
    WORD_TABLE(sport_event_words),
    WORD_TABLE(poss_event_words),
    WORD_TABLE(chase_words),
    WORD_TABLE(bout_verbs),
    WORD_TABLE(duel_sports),
    WORD_TABLE(head_event_words),
    WORD_TABLE(head_event_fronts),
    WORD_TABLE(city_first_sports),
    WORD_TABLE(margin_words),
    WORD_TABLE(course_nouns),
    WORD_TABLE(venue_words),
    WORD_TABLE(team_roles),
    WORD_TABLE(term_labels),
    WORD_TABLE(index_names),
    WORD_TABLE(market_words),
    WORD_TABLE(club_words),
    WORD_TABLE(firm_posts),
    WORD_TABLE(firm_only_posts),
    WORD_TABLE(chief_posts),
    WORD_TABLE(post_modifiers),
    WORD_TABLE(innings_words),
    WORD_TABLE(geo_nouns),
    WORD_TABLE(land_kinds),
    WORD_TABLE(group_words),
    WORD_TABLE(foreign_titles),
    WORD_TABLE(appositive_heads),
    WORD_TABLE(stop_givens),
    WORD_TABLE(title_lower_words),
    WORD_TABLE(per_objects),
    WORD_TABLE(measure_units)
  };
#undef WORD_TABLE
#define FIRST_SET(t) { t, NELEM(t), t##_first }
  static const struct { const char *const *w; size_t n; uint32_t first; } first_sets[] = {
    FIRST_SET(table_moves),
    FIRST_SET(table_ranks),
    FIRST_SET(craft_nouns),
    FIRST_SET(aircraft_nouns),
    FIRST_SET(craft_mods),
    FIRST_SET(weapon_nouns),
    FIRST_SET(win_verbs),
    FIRST_SET(site_nouns),
    FIRST_SET(travel_words),
    FIRST_SET(title_fronts),
    FIRST_SET(event_words),
    FIRST_SET(event_heads),
    FIRST_SET(geo_nouns),
    FIRST_SET(creed_words),
    FIRST_SET(party_words)
  };
#undef FIRST_SET
  size_t i, k, n = sizeof foreign_titles / sizeof foreign_titles[0];
  for (i = 0; i < NELEM(lexicon); i++) {
    const char *w = lexicon[i].w;
    if (w[0] < 'a' || w[0] > 'z' || w[LEX_WORD - 1] != '\0') return 0;
    if (i > 0 && strcmp(lexicon[i - 1].w, w) >= 0) return 0;
    if (lexicon_lists(w, strlen(w)) != lexicon[i].lists) return 0;
    if ((lexicon[i].lists & L_ABBREV) && strlen(w) > LEX_ABBREV_MAX) return 0;
  }
  /* the generated hash table holds this lexicon (make entlex) */
  if (LEX_HASH_WORDS != NELEM(lexicon)) return 0;
  if (!word_class_ok()) return 0;
  for (k = 0; k < 26; k++) {
    uint32_t second = 0;
    for (i = 0; i < NELEM(lexicon); i++) {
      unsigned char c1 = (unsigned char)lexicon[i].w[1];
      if ((size_t)(lexicon[i].w[0] - 'a') != k) continue;
      second |= 1u << (c1 == 0 ? 26 : (c1 >= 'a' && c1 <= 'z') ? c1 - 'a' : 27);
    }
    if (lexicon_second[k] != second) return 0;
  }
  for (i = 0; i < NELEM(word_tables); i++)
    if (!dl_words_sorted(word_tables[i].w, word_tables[i].n)) return 0;
  for (i = 0; i < NELEM(first_sets); i++)
    for (k = 0; k < first_sets[i].n; k++)
      if (!(first_sets[i].first >> (first_sets[i].w[k][0] - 'a') & 1u)) return 0;
  for (k = 0; k < 26; k++) {
    uint32_t second = 0;
    for (i = 0; i < NELEM(index_names); i++)
      if ((size_t)(index_names[i][0] - 'a') == k) second |= 1u << (index_names[i][1] - 'a');
    if (index_second[k] != second) return 0;
  }
  for (i = 0; i < NELEM(firm_only_posts); i++)
    if (!word_in(firm_posts, NELEM(firm_posts), firm_only_posts[i], strlen(firm_only_posts[i])))
      return 0;
  for (i = 0; i < n; i++)
    if (!foreign_title(foreign_titles[i], strlen(foreign_titles[i]))) return 0;
  return 1;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

enum {
  T_CAP = 1 << 0,      /* first letter upper case */
  T_LOWER = 1 << 1,    /* first letter lower case */
  T_ALLCAPS = 1 << 2,  /* two or more letters, all upper case */
  T_DIGIT = 1 << 3,    /* starts with a digit */
  T_SSTART = 1 << 4,   /* first word of a sentence, or after a quote/colon */
  T_BREAK = 1 << 5,    /* punctuation (other than a hyphen) before it */
  T_HYPH = 1 << 6,     /* glued to the previous word by a hyphen */
  T_POSS = 1 << 7,     /* followed by 's */
  T_COMMA = 1 << 8,    /* a comma right before it */
  T_ABBR = 1 << 9,     /* the word includes its abbreviation dot */
  T_LOWERCASE = 1 << 10, /* the word has lower-case letters */
  T_TITLE = 1 << 11      /* a word of a title in quotes, read whole (run) */
};

typedef struct tok {
  uint32_t start, len;
  uint32_t flags;
  int32_t gb, gu;      /* longest built-in / user match starting here, or -1 */
  uint16_t lex;        /* word lists (L_*) it is in, once lexok */
  uint16_t lexok;
} tok;

/* Per-mention facts while recognizing. */
typedef struct ment {
  uint32_t start, end;          /* whole mention */
  uint32_t nstart, nend;        /* the name */
  uint32_t tstart, tend;        /* title, or tstart == tend */
  uint32_t ostart, oend;        /* nationality */
  uint32_t tok0, ntok;          /* the name's tokens */
  const dl_gazetteer *gz;       /* entry's gazetteer, or NULL */
  uint32_t entry;
  uint8_t type;
  uint8_t strong;               /* typed by gazetteer, title or suffix */
  uint8_t sinit;                /* a single word opening a sentence */
  uint8_t gender;
  uint8_t counterpart;          /* "his Chinese counterpart" (1): joins the
                                   one person of that nationality, if any;
                                   "the Washington Democrat" (2): the one
                                   person tagged "D-Wash." (ostart, oend:
                                   the state), if any; "the Saudi crown
                                   prince" (3): the one person with that
                                   title (tok0, ntok: its words) and
                                   nationality, or none, if any */
  uint8_t surname_only;         /* a title word alone ("Bishop"): kept only
                                   as the surname of a person named whole */
  uint8_t ontok;                /* the nationality is a demonym of the
                                   gazetteer, tokens [otok, otok + ontok):
                                   also a MISC mention (nat_misc) */
  uint32_t otok;
  const char *nat;              /* country of the nationality, or NULL */
  int32_t ent;                  /* entity while merging (-1: none) */
} ment;

typedef struct ent {
  int32_t canon;                /* mention giving the canonical name */
  int32_t alias_of;             /* merged into another entity, or -1 */
  uint8_t type, strong, gender;
  uint8_t shared;               /* one word of two people's names ("Souza"
                                   of two Souzas): each mention goes to the
                                   one named last before it */
  const dl_gazetteer *gz;
  uint32_t entry;
  uint32_t first_pos;
  const dl_gaz_alt *alt;        /* the namesake of the built-in entry the
                                   text places it in ("Valencia, Spain"),
                                   or NULL (namesakes()) */
} ent;

struct dl_entities {
  dl_entity *ents;
  size_t nents;
  dl_mention *ments;
  size_t nments;
  uint32_t *by_entity;          /* mention indexes grouped by entity */
};

/* ------------------------------------------------------------------ */
/* Scratch memory                                                      */
/* ------------------------------------------------------------------ */

/* All the scratch of one call comes from one arena: a block on the
 * caller's stack (enough for a typical news story: no malloc at all),
 * then heap blocks of growing size, all freed at the end.  Arrays that
 * grow are extended in place when they are the last allocation. */
#ifndef DL_ENT_STACK_ARENA
#define DL_ENT_STACK_ARENA 16384
#endif
#define ARENA_ALIGN 8
/* Heap blocks double up to this size and stay there: a block as large as
 * an exact-sized big array before it (a 20 MB text's tokens) was mostly
 * never used, and whatever an untouched tail costs, a 1 GB request can
 * fail where 64 MB would not.  Larger requests get a block of their own. */
#define ARENA_MAX_BLOCK ((size_t)4 << 20)

typedef struct ablock {
  struct ablock *next;
  size_t cap;
} ablock;

typedef struct arena {
  char *p;                      /* current block */
  size_t used, cap;
  char *last;                   /* the last allocation, or NULL */
  ablock *heap;                 /* heap blocks (freed by arena_free) */
} arena;

static void arena_init(arena *a, void *buf, size_t cap)
{
  a->p = (char *)buf;
  a->used = 0;
  a->cap = cap;
  a->last = NULL;
  a->heap = NULL;
}

static void arena_free(arena *a)
{
  ablock *b, *next;
  for (b = a->heap; b; b = next) { next = b->next; free(b); }
  a->heap = NULL;
}

static size_t round_up(size_t n)
{
  return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

/* size bytes (aligned), or NULL when out of memory or too large. */
static void *arena_alloc(arena *a, size_t size)
{
  char *r;
  if (size > ((size_t)-1) / 4) return NULL;
  size = round_up(size ? size : 1);
  if (a->cap - a->used < size) {
    size_t cap = a->cap < ARENA_MAX_BLOCK / 2 ? a->cap * 2 : ARENA_MAX_BLOCK,
           hdr = round_up(sizeof(ablock));
    ablock *b;
    if (cap < size) cap = size;
    if (cap < 65536) cap = 65536;
    b = (ablock *)malloc(hdr + cap);
    if (!b) return NULL;
    b->next = a->heap;
    b->cap = cap;
    a->heap = b;
    a->p = (char *)b + hdr;
    a->used = 0;
    a->cap = cap;
  }
  r = a->p + a->used;
  a->used += size;
  a->last = r;
  return r;
}

/* The state of an arena, to give back (arena_release) what a step
 * allocated for itself alone: shared_names' three tables of every name
 * word stayed with the run's scratch after it returned, about a fifth of
 * the peak on long texts. */
typedef struct arena_mark {
  char *p, *last;
  size_t used, cap;
  ablock *heap;
} arena_mark;

static arena_mark arena_save(const arena *a)
{
  arena_mark m;
  m.p = a->p; m.last = a->last; m.used = a->used; m.cap = a->cap; m.heap = a->heap;
  return m;
}

/* Free what was allocated since m: nothing allocated after it may be
 * used again (the step kept no array of its own that grew). */
static void arena_release(arena *a, const arena_mark *m)
{
  ablock *b, *next;
  for (b = a->heap; b && b != m->heap; b = next) { next = b->next; free(b); }
  a->heap = m->heap;
  a->p = m->p; a->last = m->last; a->used = m->used; a->cap = m->cap;
}

/* Room for `need` elements of `elem` bytes in *items (capacity *capn):
 * 0, or -1 when out of memory (*items unchanged). */
static int arena_grow(arena *a, void **items, size_t *capn, size_t need, size_t elem)
{
  size_t ncap;
  void *p;
  if (need <= *capn) return 0;
  ncap = *capn ? *capn : 16;
  while (ncap < need) {
    if (ncap > ((size_t)-1) / 8 / elem) return -1;
    ncap *= 2;
  }
  if (*items && (char *)*items == a->last
      && (size_t)(a->p + a->cap - (char *)*items) >= ncap * elem) {
    /* the last allocation: extend it where it is */
    a->used = (size_t)((char *)*items - a->p) + round_up(ncap * elem);
    *capn = ncap;
    return 0;
  }
  p = arena_alloc(a, ncap * elem);
  if (!p) return -1;
  if (*capn) memcpy(p, *items, *capn * elem);
  *items = p;
  *capn = ncap;
  return 0;
}

/* Scratch of one run of the recognizer. */
typedef struct ctx {
  const char *text;
  size_t len;
  const dl_gazetteer *gb, *gu;
  arena *ar;
  tok *toks;
  size_t ntok, captok;
  dl_gaz_sink mb, mu;           /* built-in and user matches */
  const dl_gaz_entry **gbent;   /* the entry of each of mb's matches (gb_entry) */
  ment *ms;
  size_t nms, capms;
  uint64_t *lower;              /* hash set of words seen in lower case */
  size_t lowcap, nlower;
  int foreign;                  /* not English: gazetteer names and
                                   title-anchored people only */
  uint32_t smask[26];           /* lengths of the capitalized words opening
                                   a sentence, by first letter (tokenize) */
  uint8_t gfirst[256];          /* bytes a gazetteer match can begin with */
  uint32_t *gstarts;            /* starts of the words beginning with one */
  size_t ngstarts, capgstarts;
  size_t place_start;           /* the dateline's place ("ROCKVILLE, Md."),
                                   read as its own sentence, or SIZE_MAX */
  uint32_t town_start, town_len;  /* its first name ("ROCKVILLE"), or 0 */
  int row;                      /* the sentence is a results or standings
                                   line (runs) */
  size_t head_start, head_end;  /* bytes of the headline (read last, in
                                   headline(): no guessing from capitals) */
  int clubs_league;             /* the headline names a clubs' league
                                   (clubs_league), read once */
  const dl_sentence *sents;     /* the sentences, in text order, with their
                                   paragraphs (shared_names) */
  size_t nsent;
  int sport;                    /* the headline opens with a team sport:
                                   cities that play are teams */
  int games;                    /* the headline opens with any sport
                                   (tennis, motor racing too): "at X" is
                                   where it is played */
  int turf;                     /* the headline opens "HORSE RACING -":
                                   names of horses and races are MISC */
  int party_tags;               /* a lawmaker's tag ("D-Wash.") was read:
                                   "the Washington Democrat" may follow */
  size_t list_sent, list_at;    /* in_player_list(): the first byte of the
                                   sentence its last backward scan was in
                                   and the byte it began at (+1; 0 for none
                                   yet), */
  int list_open;                /* and whether a list was open there */
  uint32_t and_firms[DL_MAX_AND_FIRMS];  /* the "and" tokens of "X and Y"
                                   firms (and_firms_scan) */
  size_t nand_firms;
  uint32_t *ands;               /* the tokens that pass and_firms_scan's
                                   first test ("and" or "&" in lower case),
                                   in text order (tokenize) */
  size_t nands, capands;
  struct { uint32_t start, len; } titled[DL_MAX_TITLED_SEEN];
  size_t ntitled;               /* the titles of the first people read with
                                   one ("Crown Prince" of "Crown Prince
                                   Mohammed bin Salman") */
} ctx;

/* grow of the match sinks: from the arena */
static int sink_grow(dl_gaz_sink *s, size_t need)
{
  return arena_grow((arena *)s->ud, (void **)&s->m, &s->cap, need, sizeof *s->m);
}

/* A 64-bit hash of s[0..len) with the ASCII letters folded to lower case:
 * the key of the sets and maps of words and names below (equal keys are
 * taken for equal words).  Eight bytes a step, the upper-case letters of
 * each eight found at once (SWAR) and or-ed with 0x20: names are hashed
 * several times each while merging. */
static uint64_t hash_fold_ws(const char *s, size_t len);
static uint64_t hash_fold_n(const char *s, size_t len, int ws)
{
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  uint64_t h = 1469598103934665603ull ^ len, ctl = 0;
  size_t i = 0;
  while (i < len) {
    uint64_t x, y;
    size_t n = len - i;
    if (n >= 8) {
      memcpy(&x, s + i, 8);
      n = 8;
    } else if (n >= 4) {
      /* the last four to seven bytes: two loads that overlap (with the
       * length in h, the words they make are unique) */
      uint32_t lo, hi;
      memcpy(&lo, s + i, 4);
      memcpy(&hi, s + i + n - 4, 4);
      x = lo | (uint64_t)hi << 32;
    } else {
      const unsigned char *b = (const unsigned char *)s + i;
      x = b[0] | (uint64_t)b[n / 2] << 8 | (uint64_t)b[n - 1] << 16;
    }
    /* a byte below 0x20: a line break or a tab inside a name (two
     * spaces in a row, in tables' rows mostly, are not looked for: the
     * test cost 0.5% of a parse); in the last one to three bytes
     * ("Kim Jong\nUn") only the three low bytes of x are the name's */
    ctl |= (x - ones * 0x20) & ~x & (n >= 4 ? highs : 0x808080ull);
    /* 0x80 in the bytes from 'A' to 'Z' (bytes >= 0x80 excluded), moved
     * to 0x20 */
    y = x & ~highs;
    x |= ((y + ones * (0x80 - 'A')) & ~(y + ones * (0x7F - 'Z')) & ~x & highs) >> 2;
    h = (h ^ x) * 1099511628211ull;
    h ^= h >> 29;
    i += n;
  }
  if (ctl && ws) return hash_fold_ws(s, len);
  h *= 0xBF58476D1CE4E5B9ull;   /* the low bits pick the slot */
  h ^= h >> 32;
  return h | 1;   /* 0 marks an empty slot */
}

static uint64_t hash_fold(const char *s, size_t len)
{
  return hash_fold_n(s, len, 1);
}

/* hash_fold of a name with a line break or a tab: each run of spaces,
 * tabs and line breaks hashed as one space, so that hard-wrapped text's
 * "Angela\nMerkel" is the "Angela Merkel" named elsewhere (the words of
 * a name have no such bytes: the common case never comes here). */
/* Name s[0..len) into out with each run of spaces, tabs and line breaks
 * made one space (the canonical name of an entity that hard-wrapped text
 * breaks over two lines); returns its length, at most len. */
static size_t name_squeeze(const char *s, size_t len, char *out)
{
  size_t i, n = 0;
  for (i = 0; i < len; i++) {
    char b = s[i];
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
      if (n > 0 && out[n - 1] == ' ') continue;
      b = ' ';
    }
    out[n++] = b;
  }
  return n;
}

#define DL_MAX_WS_NAME 256
static uint64_t hash_fold_ws(const char *s, size_t len)
{
  char buf[DL_MAX_WS_NAME];
  if (len > DL_MAX_WS_NAME) return hash_fold_n(s, len, 0);   /* (no name) */
  /* (other bytes below 0x20 stay: the copy is hashed without the test) */
  return hash_fold_n(buf, name_squeeze(s, len, buf), 0);
}

static int lower_seen(const ctx *c, const char *s, size_t len)
{
  uint64_t h;
  size_t i;
  if (!c->lower) return 0;
  h = hash_fold(s, len);
  for (i = (size_t)h & (c->lowcap - 1); c->lower[i]; i = (i + 1) & (c->lowcap - 1))
    if (c->lower[i] == h) return 1;
  return 0;
}

/* Is the code point upper case (Latin, Greek, Cyrillic; approximate)? */
static int cp_upper(int32_t cp)
{
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return 1;
  /* Latin Extended-A pairs capital then small, except where the pairing
   * shifts by one ("Łukasz", "Żurek") */
  if (cp >= 0x139 && cp <= 0x148) return (cp & 1) != 0;
  if (cp >= 0x178 && cp <= 0x17E) return cp == 0x178 || (cp & 1) != 0;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0 && cp != 0x138;
  if (cp >= 0x391 && cp <= 0x3AB) return 1;
  if (cp >= 0x400 && cp <= 0x42F) return 1;
  return 0;
}

static int cp_letter(int32_t cp)
{
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
      || (cp >= 0x370 && cp <= 0x52F);
}

static int wbyte(unsigned char c)
{
  return (dl_ctype[c] & (DL_C_UPPER | DL_C_LOWER | DL_C_DIGIT)) != 0;
}

/* Length of a letter at s (ASCII alnum or a non-ASCII letter), or 0. */
static size_t letter_at(const char *s, size_t n, int *upper, int *lower)
{
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    if (!wbyte(c)) return 0;
    if (upper) *upper = DL_IS_UPPER(c) != 0;
    if (lower) *lower = DL_IS_LOWER(c) != 0;
    return 1;
  } else {
    size_t adv;
    int32_t cp = dl_utf8_decode(s, n, &adv);
    if (!cp_letter(cp)) return 0;
    if (upper) *upper = cp_upper(cp);
    if (lower) *lower = !cp_upper(cp);
    return adv;
  }
}

/* The words of one sentence in lower case (T_LOWERCASE) and in ALL CAPS
 * (T_ALLCAPS), counted by tokenize for runs. */
typedef struct scount {
  uint32_t nlow, ncap;
} scount;

/* The classes of the ASCII bytes that make words. */
#define WORD_CLASSES (DL_C_UPPER | DL_C_LOWER | DL_C_DIGIT)

/* Is the dash at t[i] the end of a live blog's time stamp opening its
 * line ("10:42 GMT — Turnout rose"): only digits, a colon, a zone's or
 * "am"'s letters and spaces from the line's (or the sentence's) start?
 * The word after it then opens a sentence.  (At most DL_MAX_STAMP_LEAD
 * bytes back: the test stays bounded.) */
static int stamp_dash(const char *t, size_t s, size_t i)
{
  size_t j = i, colon = 0;
  /* (most dashes follow a word: the stamp ends in a digit or a zone) */
  if (i < s + 2 || !(DL_IS_DIGIT(t[i - 2]) || DL_IS_UPPER(t[i - 2]) || t[i - 2] == '.')) return 0;
  while (j > s && i - j < DL_MAX_STAMP_LEAD && t[j - 1] != '\n') {
    unsigned char b = (unsigned char)t[j - 1];
    if (b == ':') colon++;
    else if (!DL_IS_ALNUM(b) && b != ' ' && b != '.') return 0;
    j--;
  }
  if (j > s && t[j - 1] != '\n') return 0;
  return colon == 1 && DL_IS_DIGIT(t[j]);
}

/* Is the line that ends at t[i] (a newline after a figure) a short row
 * of a table with a word in lower case ("Sales 251.32 vs 240.10", "Extras
 * ( b-2 lb-8 ) 16"), not a results row of names and scores ("Arsenal 2
 * Derby 2")?  Looks back at most DL_MAX_SHORT_LINE bytes. */
static int row_label_line(const char *t, size_t s, size_t i)
{
  size_t j = i, back = 0;
  int low = 0;
  while (j > s && back < DL_MAX_SHORT_LINE && t[j - 1] != '\n') {
    j--;
    back++;
    if (DL_IS_LOWER(t[j]) && (j == s || t[j - 1] == ' ')) low = 1;
  }
  return low && back < DL_MAX_SHORT_LINE && (j == s || t[j - 1] == '\n') && DL_IS_UPPER(t[j]);
}

/* Is the line that ends at the line break t[i] shorter than
 * DL_MAX_SHORT_LINE bytes (a heading, a table's row), not a line of
 * wrapped prose?  Looks back at most that far. */
static int short_line_before(const char *t, size_t i)
{
  size_t j = i, back = 0;
  while (j > 0 && back < DL_MAX_SHORT_LINE && t[j - 1] != '\n') { j--; back++; }
  return back < DL_MAX_SHORT_LINE;
}

/* A byte outside words at t[i] (not a space): the flags it gives the next
 * word (*pending), and the bytes it takes. */
static size_t gap_byte(const char *t, size_t s, size_t i, size_t e, uint32_t *pending)
{
  const unsigned char *u = (const unsigned char *)t;
  unsigned char b0 = u[i];
  if (b0 < 0x80) {
    if (b0 == '-' && i > s && i + 1 < e && wbyte(u[i - 1]) && wbyte(u[i + 1]))
      *pending |= T_HYPH;
    else if (b0 == '-' && i >= s + 2 && t[i - 1] == ' ' && t[i - 2] == ')')
      *pending |= T_BREAK | T_SSTART;    /* "(Reuters) - The": a story opens */
    else if (b0 == '-' && i > s && t[i - 1] == ' ' && stamp_dash(t, s, i))
      *pending |= T_BREAK | T_SSTART;
    else if (b0 == ',') *pending |= T_BREAK | T_COMMA;
    else if (b0 == ':' || b0 == '"' || b0 == '(' || b0 == '[')
      *pending |= T_BREAK | T_SSTART;
    else if (b0 == '\n' && i > s && i + 1 < e && DL_IS_ALNUM(t[i - 1]) && DL_IS_UPPER(t[i + 1])) {
      if (DL_IS_DIGIT(t[i - 1])) {
        /* a table's row of figures ("Sales 251.32 vs 240.10", "Extras (
         * b-2 ) 16"): the next row's label ("Net", "Total") opens a row
         * as a sentence opens, a common word and no name */
        if (row_label_line(t, s, i)) *pending |= T_BREAK | T_SSTART;
      } else {
        /* after a short line (a table's row or heading, "NATIONAL
         * LEAGUE"), not a line of wrapped prose, a name does not go on
         * (looked at only between a letter and a capital) */
        if (short_line_before(t, i)) *pending |= T_BREAK;
      }
    }
    else if (!DL_IS_SPACE(b0)) *pending |= T_BREAK;
    return 1;
  } else {
    size_t adv;
    int32_t cp = dl_utf8_decode(t + i, e - i, &adv);
    if (dl_cp_is_open_quote(cp) || cp == 0x201C) *pending |= T_BREAK | T_SSTART;
    else if ((cp == 0x2014 || cp == 0x2013) && stamp_dash(t, s, i))
      *pending |= T_BREAK | T_SSTART;
    else if (!dl_cp_is_space(cp)) *pending |= T_BREAK;
    return adv;
  }
}

/* Inside a word, at t[k] (no ASCII letter or digit): the bytes of a letter
 * outside ASCII (its case into *seen, *letters), or of a ' . & ’ that
 * joins two parts; 0 where the word ends (a possessive 's ends it). */
static size_t word_joint(const char *t, size_t k, size_t e, unsigned *seen,
                         unsigned *letters)
{
  const unsigned char *u = (const unsigned char *)t;
  if (u[k] >= 0x80) {   /* (an ASCII byte here is no letter: not in word_class) */
    int up = 0, lo = 0;
    size_t n = letter_at(t + k, e - k, &up, &lo);
    if (n) {
      if (lo) *seen |= DL_C_LOWER;
      (*letters)++;
      return n;
    }
  }
  if ((u[k] == '\'' || u[k] == '.' || u[k] == '&') && k + 1 < e && wbyte(u[k + 1])) {
    if (u[k] == '\'' && (u[k + 1] == 's' || u[k + 1] == 'S')
        && (k + 2 >= e || !wbyte(u[k + 2])))
      return 0;
    return 1;
  }
  if (u[k] == 0xE2 && k + 3 < e && u[k + 1] == 0x80 && u[k + 2] == 0x99 && wbyte(u[k + 3])) {
    if ((u[k + 3] == 's' || u[k + 3] == 'S') && (k + 4 >= e || !wbyte(u[k + 4])))
      return 0;
    return 3;
  }
  /* "OPEC+": a plus closing a name in capitals is part of it (a group
   * wider than the one named without it; not "A+", a grade) */
  if (u[k] == '+' && k > 1 && DL_IS_UPPER(u[k - 1]) && DL_IS_UPPER(u[k - 2])
      && (k + 1 >= e || (!wbyte(u[k + 1]) && u[k + 1] != '+')))
    return 1;
  return 0;
}

/* "Workers' Party", "Farmers' Union": the apostrophe at t[i] right after
 * the capitalized plural last (the word before it), then an
 * organization's word, is inside the name (not a break between two). */
static int plural_poss_name(const tok *last, const char *t, size_t i, size_t e)
{
  size_t j = i + 2, n = 0;
  if (!(last->flags & T_CAP) || t[i - 1] != 's' || last->start + last->len != i
      || i + 3 >= e || t[i + 1] != ' ' || !DL_IS_UPPER(t[j]))
    return 0;
  while (j + n < e && n < LEX_WORD && wbyte((unsigned char)t[j + n])) n++;
  return (lexicon_lists(t + j, n) & L_ORG_SUFFIX) != 0;
}

/* The rest of a word after its first ASCII letters and digits (tokenize's
 * common case ends there, at a space): its joints and letters outside
 * ASCII, an abbreviation's dot, a possessive.  The word starts at ws; k is
 * where its first run of ASCII letters and digits ends (ws when it starts
 * outside ASCII), seen and letters what that run had (word_joint).  Sets
 * the rest of *flags, and tk's word lists when looked up here; returns the
 * word's end. */
static size_t word_tail(const char *t, size_t ws, size_t k, size_t e, unsigned seen,
                        unsigned letters, uint32_t *flags, tok *tk)
{
  const unsigned char *u = (const unsigned char *)t;
  for (;;) {
    unsigned cl = dl_ctype[u[k]];
    if (cl & WORD_CLASSES) {
      unsigned run = 0;
      size_t k0 = k;
      do {
        run |= cl;
        if (++k >= e) break;
        cl = dl_ctype[u[k]];
      } while (cl & WORD_CLASSES);
      if ((run & (DL_C_UPPER | DL_C_LOWER)) == DL_C_UPPER) {
        size_t j;
        for (j = k0; j < k; j++) letters += DL_IS_UPPER(u[j]) != 0;
      }
      seen |= run;
      if (k >= e || u[k] == ' ') break;
    } else {
      size_t n = word_joint(t, k, e, &seen, &letters);
      if (!n) break;
      k += n;
      if (k >= e) break;
    }
  }
  /* "d'Estaing", "l'Arc", "Val d'Isere": an elided French article
   * glued to a capitalized word is a name's word */
  if (k - ws >= 4 && u[ws + 1] == '\'' && (*flags & T_LOWER) && (u[ws] == 'd' || u[ws] == 'l')
      && DL_IS_UPPER(u[ws + 2]))
    *flags = (*flags & ~(unsigned)T_LOWER) | T_CAP;
  if (seen & DL_C_LOWER) *flags |= T_LOWERCASE;
  else if (letters >= 2) *flags |= T_ALLCAPS;
  if (k < e && u[k] != ' ') {   /* (a space, the usual end, needs no look) */
    if (u[k] == '.') {
      /* "U.S." and abbreviations keep their final dot */
      size_t wl = k - ws;
      int abbr = (wl >= 3 && u[k - 2] == '.') || (wl == 1 && DL_IS_UPPER(u[ws]));
      /* (not an acronym's last letter after a hyphen, "the PML-N.":
       * the sentence's dot, no initial's) */
      if (wl == 1 && ws >= 2 && u[ws - 1] == '-' && DL_IS_UPPER(u[ws - 2])) abbr = 0;
      if (!abbr && wl <= LEX_ABBREV_MAX) {
        /* looked up here, remembered for tok_is (same word, no dot); a
         * longer word ("year.") is no abbreviation, looked up on use */
        tk->lex = (uint16_t)lexicon_lists(t + ws, wl);
        tk->lexok = 1;
        abbr = (tk->lex & L_ABBREV) != 0;
      }
      if (abbr) {
        k++;
        *flags |= T_ABBR;
      }
    }
    /* possessive */
    if (k + 1 < e && u[k] == '\'' && (u[k + 1] == 's' || u[k + 1] == 'S'))
      *flags |= T_POSS;
    else if (k + 3 < e && u[k] == 0xE2 && u[k + 1] == 0x80 && u[k + 2] == 0x99
             && (u[k + 3] == 's' || u[k + 3] == 'S'))
      *flags |= T_POSS;
  }
  return k;
}

/* dl_ctype & WORD_CLASSES, for the loop over a word's bytes (tokenize):
 * one test per byte. */
static const unsigned char word_class[256] = {
#define C(i) (unsigned char)(((i) >= 'A' && (i) <= 'Z') ? DL_C_UPPER \
  : ((i) >= 'a' && (i) <= 'z') ? DL_C_LOWER : ((i) >= '0' && (i) <= '9') ? DL_C_DIGIT : 0)
  DL_BYTES256(C)
#undef C
};

/* Does word_class agree with dl_ctype (dl_entities_tables_ok)? */
static int word_class_ok(void)
{
  int i;
  for (i = 0; i < 256; i++)
    if (word_class[i] != (dl_ctype[i] & WORD_CLASSES)) return 0;
  return 1;
}

/* The shape a word's first ASCII byte gives it, by its classes (dl_ctype &
 * WORD_CLASSES: one of upper, lower, digit). */
static const uint8_t first_shape[8] = {
  0, T_CAP, T_LOWER, 0, T_DIGIT, 0, 0, 0
};

/* Tokenize text[s, e) (one sentence) onto c->toks; *sc: its counts.
 * This runs over every byte of the text: the common word (ASCII letters
 * and digits, then a space) costs one table lookup per byte and a few
 * tests per word; the rest goes to gap_byte and word_tail.  The tokens,
 * their count and the counters live in locals: fewer loads and stores per
 * word. */
static dl_status tokenize(ctx *c, size_t s, size_t e, scount *sc)
{
  const char *t = c->text;
  const unsigned char *u = (const unsigned char *)t;
  tok *toks = c->toks;
  size_t i = s, ntok = c->ntok;
  uint32_t pending = T_SSTART;   /* the first word opens the sentence */
  uint32_t nlow = 0, ncap = 0;
  dl_status st = DL_OK;
  /* the last byte of the sentence outside ASCII letters and digits (s when
   * none): a word starting before it ends by it, so its loop below needs
   * no test of the sentence's end */
  size_t stop = e;
  while (stop > s && word_class[u[stop - 1]]) stop--;
  stop = stop > s ? stop - 1 : s;
  while (i < e) {
    unsigned cl = dl_ctype[u[i]];
    size_t ws = i, k = i;
    uint32_t flags;
    tok *tk;
    if (!(cl & WORD_CLASSES)) {
      if (u[i] == ' ') { i++; continue; }
      if (u[i] == '\'' && ntok > 0 && plural_poss_name(&toks[ntok - 1], t, i, e)) {
        i++;
        continue;
      }
      if (u[i] < 0x80 || !letter_at(t + i, e - i, NULL, NULL)) {
        i += gap_byte(t, s, i, e, &pending);
        continue;
      }
    }
    if (ntok >= c->captok) {
      c->toks = toks;
      if (arena_grow(c->ar, (void **)&c->toks, &c->captok, ntok + 1, sizeof *c->toks)) {
        st = DL_ENOMEM;
        break;
      }
      toks = c->toks;
    }
    tk = &toks[ntok++];
    tk->start = (uint32_t)ws;
    tk->gb = tk->gu = -1;
    tk->lex = 0;
    tk->lexok = 0;
    /* a word: letters/digits, with ' . & inside; its first letter gives
     * its shape */
    flags = pending;
    pending = 0;
    if (cl & WORD_CLASSES) {
      /* ASCII letters and digits, the common case: the classes are or-ed,
       * the case decided after the loop */
      unsigned run = 0;
      flags |= first_shape[cl & WORD_CLASSES];
      cl &= WORD_CLASSES;
      if (k < stop && cl == DL_C_LOWER) {
        /* (a word in lower case: no later class changes what it is) */
        run = DL_C_LOWER;
        while (word_class[u[++k]]) {}
        if (u[k] == ' ') {
          /* (then a space, the most common word: the tests below for a
           * word's tail, digits and capitals cannot hold) */
          flags |= T_LOWERCASE;
          nlow++;
          tk->len = (uint32_t)(k - ws);
          tk->flags = flags;
          goto lower_word;
        }
      } else if (k < stop) {
        do {
          run |= cl;
          cl = word_class[u[++k]];
        } while (cl);
      } else {
        do {
          run |= cl;
          if (++k >= e) break;
          cl = word_class[u[k]];
        } while (cl);
      }
      if (k < e && u[k] != ' ') {
        /* the letters count only for ALL CAPS (acronyms): counted where
         * there is no lower case */
        unsigned letters = 0;
        if ((run & (DL_C_UPPER | DL_C_LOWER)) == DL_C_UPPER) {
          size_t j;
          for (j = ws; j < k; j++) letters += DL_IS_UPPER(u[j]) != 0;
        }
        k = word_tail(t, ws, k, e, run, letters, &flags, tk);
        nlow += (flags & T_LOWERCASE) != 0;
        ncap += (flags & T_ALLCAPS) != 0;
      } else if (run & DL_C_LOWER) {
        flags |= T_LOWERCASE;
        nlow++;
      } else if (run & DL_C_UPPER) {
        size_t j, letters = 0;
        for (j = ws; j < k; j++) letters += DL_IS_UPPER(u[j]) != 0;
        if (letters >= 2) {
          flags |= T_ALLCAPS;
          ncap++;
        }
      }
    } else {
      int u0 = 0, l0 = 0;
      letter_at(t + i, e - i, &u0, &l0);
      flags |= u0 ? T_CAP : T_LOWER;
      k = word_tail(t, ws, ws, e, 0, 0, &flags, tk);
      nlow += (flags & T_LOWERCASE) != 0;
      ncap += (flags & T_ALLCAPS) != 0;
    }
    /* "76ers", "49ers": a team's nickname spelled with a number is a
     * capitalized word, no number */
    if ((flags & T_DIGIT) && k - ws == 5 && DL_IS_DIGIT(u[ws + 1])
        && DL_LOWER(u[ws + 2]) == 'e' && DL_LOWER(u[ws + 3]) == 'r' && DL_LOWER(u[ws + 4]) == 's')
      flags = (flags & ~(uint32_t)T_DIGIT) | T_CAP
              | (DL_IS_UPPER(u[ws + 2]) ? T_ALLCAPS : T_LOWERCASE);
    /* "MONDAY 'S RESULTS": the possessive split off in the tokenized
     * manner, in capitals, is the clitic "'s", no name's first word */
    if (k - ws == 1 && u[ws] == 'S' && ws >= s + 2 && u[ws - 1] == '\'' && u[ws - 2] == ' '
        && ntok >= 2)
      flags = (flags & ~(uint32_t)T_CAP) | T_LOWER;
    tk->len = (uint32_t)(k - ws);
    tk->flags = flags;
  lower_word:
    /* and_firms_scan's first test, made here where the word is at hand:
     * that scan then visits these tokens only (its own test kept).  A
     * token in lower case opens with its lower-case letter ('a', not 'A';
     * x | 0x20 is 'n' for "n" and "N" only). */
    if (k - ws == 3 && u[ws] == 'a' && (u[ws + 1] | 0x20) == 'n' && (u[ws + 2] | 0x20) == 'd'
        && (flags & T_LOWER)) {
      if (c->nands >= c->capands
          && arena_grow(c->ar, (void **)&c->ands, &c->capands, c->nands + 1, sizeof *c->ands)) {
        st = DL_ENOMEM;
        break;
      }
      c->ands[c->nands++] = (uint32_t)(ntok - 1);
    }
    {
      unsigned char b0 = u[ws];
      /* the (first letter, length) filter of the words seen in lower case
       * (find): the capitalized words that open a sentence */
      if ((flags & (T_SSTART | T_ALLCAPS)) && k - ws >= 3 && DL_IS_UPPER(b0)
          && ((flags & T_SSTART) || k - ws >= 4))       /* and words in capitals */
        c->smask[b0 - 'A'] |= 1u << (k - ws < 31 ? k - ws : 31);
      /* where the gazetteers may begin a match (mostly capitalized words) */
      if (c->gfirst[b0]) {
        if (c->ngstarts >= c->capgstarts
            && arena_grow(c->ar, (void **)&c->gstarts, &c->capgstarts, c->ngstarts + 1,
                          sizeof *c->gstarts)) {
          st = DL_ENOMEM;
          break;
        }
        c->gstarts[c->ngstarts++] = (uint32_t)ws;
      }
    }
    i = k;
    if (i < e && u[i] == ' ') {
      i++;   /* (the space after a word: the usual gap) */
    } else if (flags & T_POSS) {   /* (at ' or U+2019, never a space) */
      pending |= T_BREAK;
      i += u[k] == '\'' ? 2 : 4;
    }
  }
  c->toks = toks;
  c->ntok = ntok;
  sc->nlow = nlow;
  sc->ncap = ncap;
  return st;
}

/* Add a word to the set (sized by the caller for all its words). */
#define DL_LOWER_FIRST 256   /* first slots of the lower-case word set */

/* Add a word to the set of words seen in lower case, kept at most half
 * full by doubling: it was sized for every occurrence of a candidate
 * word, 4 M slots (32 MB, all cleared) for a 20 MB text of ~20,000
 * distinct words.  -1 when out of memory. */
static int lower_add(ctx *c, const char *s, size_t len)
{
  uint64_t h = hash_fold(s, len);
  size_t i;
  if (c->lower)
    for (i = (size_t)h & (c->lowcap - 1); c->lower[i]; i = (i + 1) & (c->lowcap - 1))
      if (c->lower[i] == h) return 0;
  if ((c->nlower + 1) * 2 > c->lowcap) {
    size_t cap = c->lowcap ? c->lowcap * 2 : DL_LOWER_FIRST, k;
    uint64_t *t;
    if (cap > ((size_t)-1) / 2 / sizeof *t) return -1;
    t = (uint64_t *)arena_alloc(c->ar, cap * sizeof *t);
    if (!t) return -1;
    memset(t, 0, cap * sizeof *t);
    for (k = 0; k < c->lowcap; k++)
      if (c->lower[k]) {
        for (i = (size_t)c->lower[k] & (cap - 1); t[i]; i = (i + 1) & (cap - 1)) {}
        t[i] = c->lower[k];
      }
    c->lower = t;
    c->lowcap = cap;
  }
  for (i = (size_t)h & (c->lowcap - 1); c->lower[i]; i = (i + 1) & (c->lowcap - 1)) {}
  c->lower[i] = h;
  c->nlower++;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Gazetteer matches per token                                         */
/* ------------------------------------------------------------------ */

static int match_cmp(const void *a, const void *b)
{
  const dl_gaz_match *x = (const dl_gaz_match *)a, *y = (const dl_gaz_match *)b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  return 0;
}

/* Point every token at the longest match starting at it (tokens and
 * matches are both in text order once the matches are sorted). */
/* Does the match text[start..start+len) run on over the end of a short
 * line (a heading, a table's row, a headline over its dateline)?  A name
 * goes on over a line break of wrapped prose only (as gap_byte has it
 * for the names guessed), and the gazetteer matches over one. */
static int match_over_short_line(const ctx *c, uint32_t start, uint32_t len)
{
  const char *t = c->text, *nl = (const char *)memchr(t + start, '\n', len);
  while (nl) {
    if (short_line_before(t, (size_t)(nl - t))) return 1;
    nl = (const char *)memchr(nl + 1, '\n', start + len - (size_t)(nl + 1 - t));
  }
  return 0;
}

static void attach(ctx *c, dl_gaz_match *m, size_t n, size_t tok0, int user)
{
  size_t i = 0, k;
  uint32_t taken = UINT32_MAX;   /* the start of the last match taken */
  if (n == 0) return;
  /* matches come in order of their end: usually already sorted (a
   * (start, len) pair is unique, so skipping qsort changes nothing) */
  for (i = 1; i < n && match_cmp(&m[i - 1], &m[i]) < 0; i++) {}
  if (i < n) qsort(m, n, sizeof *m, match_cmp);
  /* a document has many more tokens than matches: each match start is
   * looked up by bisection among the tokens after the last one found
   * (the first match of a start is its longest) */
  k = tok0;
  for (i = 0; i < n; i++) {
    size_t hi = c->ntok;
    if (m[i].start == taken) continue;
    if (match_over_short_line(c, m[i].start, m[i].len)) continue;
    taken = m[i].start;
    while (k < hi) {
      size_t mid = k + (hi - k) / 2;
      if (c->toks[mid].start < m[i].start) k = mid + 1;
      else hi = mid;
    }
    if (k >= c->ntok) break;
    if (c->toks[k].start == m[i].start) {
      if (user) c->toks[k].gu = (int32_t)i;
      else c->toks[k].gb = (int32_t)i;
    }
  }
}

/* End (byte) of token k's match; 0 when none. */
static uint32_t gb_end(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return t->gb >= 0 ? c->mb.m[t->gb].start + c->mb.m[t->gb].len : 0;
}

static const dl_gaz_entry *gb_entry(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return t->gb >= 0 ? c->gbent[t->gb] : NULL;
}

/* The token index whose end is byte `end` (or the last before it). */
static size_t tok_upto(const ctx *c, size_t k, size_t b, uint32_t end)
{
  while (k < b && c->toks[k].start + c->toks[k].len <= end) k++;
  return k;
}

/* ------------------------------------------------------------------ */
/* Runs                                                                */
/* ------------------------------------------------------------------ */

/* Is token k in one of the word lists (L_*)?  Looked up once per token
 * (without an abbreviation's dot), then remembered. */
static inline int tok_is(ctx *c, size_t k, unsigned lists)
{
  tok *t = &c->toks[k];
  if (!t->lexok) {
    t->lex = (uint16_t)lexicon_lists(c->text + t->start,
                                     t->len - ((t->flags & T_ABBR) ? 1 : 0));
    t->lexok = 1;
  }
  return (t->lex & lists) != 0;
}

#define TOK_IN(c, k, lists) tok_is(c, k, lists)

/* Is token k a capitalized event word: the last word of an event's name
 * ("Cup", "Open"), or with head the first of "Tour of Spain"? */
static int tok_event(const ctx *c, size_t k, int head)
{
  const tok *t = &c->toks[k];
  if (!(t->flags & T_CAP) || t->len < 3
      || !first_in(head ? event_heads_first : event_words_first, c->text[t->start]))
    return 0;
  return head ? word_in(event_heads, NELEM(event_heads), c->text + t->start, t->len)
              : word_in(event_words, NELEM(event_words), c->text + t->start, t->len);
}

static int of_for(const ctx *c, size_t k);
static int roman_letters(const char *s, size_t len);
static int and_firm_at(const ctx *c, size_t k, size_t send);

/* Is [a, b) an event's name: "World Cup", "German Open", "Olympics",
 * "Tour of Spain"? */
static int event_name(ctx *c, size_t a, size_t b)
{
  size_t k;
  if (b - a == 1) {
    const tok *t = &c->toks[a];
    /* "the former Masters champion", "won the Open": in a sport story
     * the tournament known by its one word ("Open" after "the") */
    if (c->games && (t->flags & T_CAP) && !(t->flags & T_ALLCAPS)
        && ((t->len == 7 && dl_word_eq(c->text + t->start, 7, "masters"))
            || (t->len == 4 && dl_word_eq(c->text + t->start, 4, "open") && a > 0
                && !(t->flags & T_BREAK) && c->toks[a - 1].len == 3
                && (c->toks[a - 1].flags & T_LOWER)
                && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the"))))
      return 1;
    /* "won the Vuelta", "the Giro": in a sport story cycling's tours of
     * Spain and Italy known by their one word after "the" (not "striker
     * Giro", a player) */
    if (c->games && (t->flags & T_CAP) && !(t->flags & T_BREAK) && a > 0
        && c->toks[a - 1].len == 3 && (c->toks[a - 1].flags & T_LOWER)
        && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")
        && ((t->len == 6 && dl_word_eq(c->text + t->start, 6, "vuelta"))
            || (t->len == 4 && dl_word_eq(c->text + t->start, 4, "giro"))))
      return 1;
    return t->len == 8
           && (dl_word_eq(c->text + t->start, 8, "olympics")
               || dl_word_eq(c->text + t->start, 8, "olympiad"));
  }
  /* "Office of Science and Technology Policy", "Ministry of War": a
   * body's head word and "of" or "for" name the body, whatever its last
   * word (in a sport story "Bank of America Championship" is an event) */
  if (!c->games && b - a > 2 && TOK_IN(c, a, L_ORG_HEAD) && of_for(c, a + 1)) return 0;
  if (tok_event(c, b - 1, 0)) return 1;
  /* "World War II", "Super Bowl XXV": an event's name numbered with a
   * Roman numeral is still the event, not a king's regnal number */
  if (b - a > 2 && (c->toks[b - 1].flags & T_ALLCAPS)
      && roman_letters(c->text + c->toks[b - 1].start, c->toks[b - 1].len)
      && tok_event(c, b - 2, 0))
    return 1;
  /* "Million Dollar Challenge", "Bay Hill Invitational": in a sport story */
  if (c->games && (c->toks[b - 1].flags & T_CAP) && c->toks[b - 1].len >= 9
      && c->toks[b - 1].len <= 12
      && word_in(sport_event_words, NELEM(sport_event_words), c->text + c->toks[b - 1].start,
                 c->toks[b - 1].len))
    return 1;
  /* (not "Treaty of Waitangi Tribunal": a body's last word names the body) */
  if (b - a > 2 && (c->toks[a + 1].flags & T_LOWER) && tok_event(c, a, 1)
      && !TOK_IN(c, b - 1, L_ORG_SUFFIX))
    return 1;
  /* "Giro d'Italia", "Tour d'Espagne": the country glued to its "d'" */
  if (b - a == 2 && c->toks[a + 1].len > 3 && c->text[c->toks[a + 1].start] == 'd'
      && (c->text[c->toks[a + 1].start + 1] == '\''
          || (unsigned char)c->text[c->toks[a + 1].start + 1] == 0xE2)
      && tok_event(c, a, 1))
    return 1;
  /* "Formula One", "Formula E": a class of motor racing is numbered or
   * lettered ("Formula Milk" is no event) */
  if (b - a == 2 && c->toks[a].len == 7 && dl_word_eq(c->text + c->toks[a].start, 7, "formula")
      && (c->toks[a + 1].len == 1
          || word_in(formula_classes, NELEM(formula_classes), c->text + c->toks[a + 1].start,
                     c->toks[a + 1].len)))
    return 1;
  /* "World Series of Golf", "World Cup of Hockey": an event's name, then
   * "of" and what it is of */
  for (k = a + 1; k + 1 < b; k++)
    if ((c->toks[k + 1].flags & T_LOWER) && c->toks[k + 1].len == 2
        && dl_word_eq(c->text + c->toks[k + 1].start, 2, "of") && tok_event(c, k, 0))
      return 1;
  return 0;
}

/* Length of an apostrophe at byte e, "'" or U+2019 (a plural's
 * possessive after its s), or 0. */
static size_t apostrophe_at(const ctx *c, size_t e)
{
  if (e < c->len && c->text[e] == '\'') return 1;
  if (e + 2 < c->len && (unsigned char)c->text[e] == 0xE2 && (unsigned char)c->text[e + 1] == 0x80
      && (unsigned char)c->text[e + 2] == 0x99)
    return 3;
  return 0;
}

/* Is token k a plural in capitals owning the word after it, "Winners' "
 * in "the Cup Winners' Cup": its last letter s, then an apostrophe (or
 * U+2019) and one space before the next token? */
static int plural_poss(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t e = t->start + t->len, a;
  if (k + 1 >= c->ntok || t->len < 4 || !(t->flags & T_CAP) || (t->flags & T_POSS)
      || c->text[e - 1] != 's' || (a = apostrophe_at(c, e)) == 0)
    return 0;
  e += a;
  return e < c->len && c->text[e] == ' ' && e + 1 == c->toks[k + 1].start;
}

static int date_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t len = t->len - ((t->flags & T_ABBR) ? 1 : 0);
  if (len < 3 || len > 10 || !(t->flags & T_CAP)) return 0;
  {
    /* the first three letters of the month and weekday names of
     * calendar.c (jan feb mar apr may jun jul aug sep oct nov dec, mon tue
     * wed thu fri sat sun): most capitalized words fail here */
    char l2 = (char)dl_lower[(unsigned char)c->text[t->start + 1]];
    char l3 = (char)dl_lower[(unsigned char)c->text[t->start + 2]];
    int month, day;   /* the prefix of a month's / a weekday's name */
    switch (c->text[t->start]) {
      case 'A': month = (l2 == 'p' && l3 == 'r') || (l2 == 'u' && l3 == 'g'); day = 0; break;
      case 'D': month = l2 == 'e' && l3 == 'c'; day = 0; break;
      case 'W': month = 0; day = l2 == 'e' && l3 == 'd'; break;
      case 'F': month = l2 == 'e' && l3 == 'b'; day = l2 == 'r' && l3 == 'i'; break;
      case 'J': month = (l2 == 'a' && l3 == 'n') || (l2 == 'u' && (l3 == 'n' || l3 == 'l'));
                day = 0; break;
      case 'M': month = l2 == 'a' && (l3 == 'r' || l3 == 'y'); day = l2 == 'o' && l3 == 'n'; break;
      case 'N': month = l2 == 'o' && l3 == 'v'; day = 0; break;
      case 'O': month = l2 == 'c' && l3 == 't'; day = 0; break;
      case 'S': month = l2 == 'e' && l3 == 'p';
                day = (l2 == 'a' && l3 == 't') || (l2 == 'u' && l3 == 'n'); break;
      case 'T': month = 0; day = (l2 == 'u' && l3 == 'e') || (l2 == 'h' && l3 == 'u'); break;
      default: month = day = 0; break;
    }
    if (month) return dl_month_from_name(c->text + t->start, len) != 0;
    if (!day) return 0;
    if (dl_weekday_from_name(c->text + t->start, len) != 0) return 1;
    /* a plural of a full weekday name ("closed on Fridays", "Wednesdays
     * the ferry leaves"): full names have six letters or more, so "Suns"
     * or "Weds" stay names */
    return len >= 7 && !(t->flags & T_ABBR) && c->text[t->start + len - 1] == 's'
           && dl_weekday_from_name(c->text + t->start, len - 1) != 0;
  }
}

/* The capital letters month and weekday names begin with. */
#define DATE_FIRSTS (LB('a') | LB('d') | LB('f') | LB('j') | LB('m') | LB('n') | LB('o') \
                     | LB('s') | LB('t') | LB('w'))

/* Is token k a month's or a weekday's name (date_word)?  Most tokens
 * asked are capitalized words of a name: their first letter turns them
 * away here, without the call. */
static inline int is_date_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  unsigned l = (unsigned)(unsigned char)c->text[t->start] - 'A';
  if (!(t->flags & T_CAP) || t->len < 3 || l >= 26 || !(DATE_FIRSTS >> l & 1u)) return 0;
  return date_word(c, k);
}

/* How far back add_ment looks for a mention the new one overlaps. */
#define DL_MAX_OVERLAP_BACK 16

static dl_status add_ment(ctx *c, const ment *m)
{
  size_t k = c->nms;
  /* (one step per mention looked at, removed or not: the bound is fixed) */
  size_t k0 = k > DL_MAX_OVERLAP_BACK ? k - DL_MAX_OVERLAP_BACK : 0;
  /* Mentions never overlap (dl_entities_at and the speaker lookup rely on
   * it; nat_misc adds the one exception after merging): of two rules
   * that claim the same words, the longer mention stays.  They come in text order, so only the last few can overlap. */
  while (k > k0) {
    const ment *p = &c->ms[--k];
    if (p->end <= m->start || m->end <= p->start) continue;
    if (p->end - p->start >= m->end - m->start) return DL_OK;
    memmove(&c->ms[k], &c->ms[k + 1], (c->nms - k - 1) * sizeof *c->ms);
    c->nms--;
  }
  if (c->nms >= DL_MAX_MENTIONS) return DL_OK;
  if (m->type == DL_ENT_PERSON && m->tend > m->tstart && !m->counterpart
      && c->ntitled < DL_MAX_TITLED_SEEN) {
    c->titled[c->ntitled].start = m->tstart;
    c->titled[c->ntitled++].len = m->tend - m->tstart;
  }
  if (c->nms >= c->capms
      && arena_grow(c->ar, (void **)&c->ms, &c->capms, c->nms + 1, sizeof *c->ms))
    return DL_ENOMEM;
  c->ms[c->nms++] = *m;
  return DL_OK;
}

static void ment_init(ment *m, const ctx *c, size_t a, size_t b)
{
  memset(m, 0, sizeof *m);
  m->start = m->nstart = c->toks[a].start;
  m->end = m->nend = c->toks[b - 1].start + c->toks[b - 1].len;
  m->tok0 = (uint32_t)a;
  m->ntok = (uint32_t)(b - a);
  m->ent = -1;
}

/* Mention m's nationality is the gazetteer's match at tokens [a, b): a
 * demonym ("Chinese", "South Korean", not "U.S.", a place) is also a
 * mention of its MISC entity, added after merging (nat_misc). */
static void nat_words(const ctx *c, ment *m, size_t a, size_t b)
{
  const dl_gaz_entry *ge = gb_entry(c, a);
  m->ontok = 0;
  if (ge && ge->kind == DL_GK_DEMONYM && ge->type == DL_ENT_MISC && b > a && b - a <= 255
      && c->toks[b - 1].start + c->toks[b - 1].len == gb_end(c, a)) {
    m->otok = (uint32_t)a;
    m->ontok = (uint8_t)(b - a);
  }
}

/* Add a strong mention of the given type at tokens [a, b), the form most
 * rules that settle a name end with. */
static dl_status add_typed(ctx *c, size_t a, size_t b, int type)
{
  ment m;
  ment_init(&m, c, a, b);
  m.type = type;
  m.strong = 1;
  return add_ment(c, &m);
}

/* Is a gazetteer entry of this kind a town or a region (what a club is
 * named after)? */
static int town_kind(int kind)
{
  return kind == DL_GK_CITY || kind == DL_GK_REGION;
}

/* Two MISC mentions side by side, tokens [a, mid) and [mid, e): "German"
 * and "DAX index", "Bosnian" and a party's word read apart. */
static dl_status add_two_misc(ctx *c, size_t a, size_t mid, size_t e)
{
  dl_status st = add_typed(c, a, mid, DL_ENT_MISC);
  return st != DL_OK ? st : add_typed(c, mid, e, DL_ENT_MISC);
}

/* Add the mention of the built-in gazetteer's match at tokens [a, b) (type
 * type); *end (may be NULL) receives its end. */
static dl_status add_gaz_ment(ctx *c, size_t a, size_t b, int type, uint32_t *end)
{
  ment o;
  ment_init(&o, c, a, b);
  o.gz = c->gb;
  o.entry = c->mb.m[c->toks[a].gb].entry;
  o.type = type;
  o.strong = 1;
  if (end) *end = o.end;
  return add_ment(c, &o);
}

/* Is token k a county's last word ("County", "Parish", "Township")? */
static int county_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->flags & T_CAP) && word_in(county_words, NELEM(county_words), c->text + t->start, t->len);
}

/* Add the words [a, b) in front of a post as an organization of their
 * own ("Bank of France Governor", "FDA Commissioner"); *end: its end. */
static dl_status add_front_org(ctx *c, size_t a, size_t b, uint32_t *end)
{
  ment o;
  ment_init(&o, c, a, b);
  o.type = DL_ENT_ORGANIZATION;
  o.strong = 1;
  *end = o.end;
  return add_ment(c, &o);
}

/* Is token k after a determiner ("the Bishop", "a Senator", "his
 * Lordship")? */
static int after_determiner(const ctx *c, size_t k)
{
  static const char *const dets[] = {   /* sorted */
    "a", "an", "her", "his", "its", "our", "that", "the", "their", "this" };
  const tok *p;
  if (k == 0) return 0;
  p = &c->toks[k - 1];
  return p->start + p->len + 1 == c->toks[k].start
         && word_in(dets, NELEM(dets), c->text + p->start, p->len);
}

/* Does the word after token b-1 (same sentence) say "said"? */
static int next_is(ctx *c, size_t b, size_t send, unsigned lists)
{
  if (b >= send) return 0;
  if (!(c->toks[b].flags & T_LOWER)) return 0;
  if (c->toks[b].flags & T_BREAK && !(c->toks[b].flags & T_COMMA)) return 0;
  return tok_is(c, b, lists);
}

/* Could token k be part of a person's name: a capitalized word that is
 * not an organization's or a place's word, an initial ("L."), a suffix
 * ("Jr.") after the first word? */
static int name_syllable(ctx *c, size_t k);
static int lead_particle(ctx *c, size_t k);
static int role_head(ctx *c, size_t k);
static int amp_gap(const ctx *c, size_t k);

/* Is token k two or three initials with their dots ("O.J.", "J.R.R.")? */
static int initials_tok(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  size_t i;
  if (!(t->flags & T_ABBR) || (t->len != 4 && t->len != 6)) return 0;
  for (i = 0; i < t->len; i += 2)
    if (!DL_IS_UPPER(w[i]) || w[i + 1] != '.') return 0;
  return 1;
}

/* A ruler's title between a given name and a surname is a part of the
 * name ("Sikandar Sultan Raja", "Hassan Sheikh Mohamud"): is token k
 * one, capitalized, not abbreviated? */
static int inner_ruler(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->flags & T_CAP) && (t->flags & T_LOWERCASE) && !(t->flags & T_ABBR)
         && t->len >= 4 && t->len <= 8
         && word_in(ruler_words, NELEM(ruler_words), c->text + t->start, t->len);
}

/* Is token k "Sheikh", "Prince" or "Princess", an honorific a post's
 * holder may carry after the post? */
static int honorific_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  return (t->flags & T_CAP) && (dl_word_eq(w, t->len, "sheikh") || dl_word_eq(w, t->len, "prince")
                                || dl_word_eq(w, t->len, "princess"));
}

/* Is token k a place word that is also a common surname ("Hill",
 * "Park": Damon Hill, Park Geun-hye)? */
static int surname_place_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return dl_word_eq(c->text + t->start, t->len, "hill")
         || dl_word_eq(c->text + t->start, t->len, "park")
         || dl_word_eq(c->text + t->start, t->len, "king");     /* "Don King" */
}

/* Pinyin, for a Chinese surname that is also an English word ("He
 * Yadong", "He Lifeng": not the pronoun).  The finals, bit i of a mask
 * standing for pinyin_finals[i], longest first where one begins another
 * so that a parse tries both. */
static const char *const pinyin_finals[] = {
  "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang",
  "iao", "ie", "in", "ing", "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan",
  "uang", "ue", "ui", "un", "uo"
};
#define PY(i) (1u << (i))
#define PY_A0 (PY(0) | PY(1) | PY(2) | PY(3) | PY(4))          /* a ai an ang ao */
#define PY_E0 (PY(5) | PY(6) | PY(7) | PY(8))                  /* e ei en eng */
#define PY_U0 (PY(23) | PY(26) | PY(29) | PY(30) | PY(31))     /* u uan ui un uo */
/* The initials with the finals each takes (the common syllables, not
 * every rare one); "" for none. */
static const struct { const char *ini; uint32_t finals; } pinyin_initials[] = {
  {"zh", PY_A0 | PY_E0 | PY(10) | PY(21) | PY(22) | PY_U0 | PY(24) | PY(25) | PY(27)},
  {"ch", PY_A0 | PY_E0 | PY(10) | PY(21) | PY(22) | PY_U0 | PY(24) | PY(25) | PY(27)},
  {"sh", PY_A0 | PY_E0 | PY(10) | PY(21) | PY(22) | PY_U0 | PY(24) | PY(25) | PY(27)},
  {"b", PY_A0 | PY(6) | PY(7) | PY(8) | PY(10) | PY(12) | PY(14) | PY(15) | PY(16) | PY(17)
        | PY(19) | PY(20) | PY(22) | PY(23)},
  {"p", PY_A0 | PY(6) | PY(7) | PY(8) | PY(10) | PY(12) | PY(14) | PY(15) | PY(16) | PY(17)
        | PY(19) | PY(20) | PY(22) | PY(23)},
  {"m", PY_A0 | PY(6) | PY(7) | PY(8) | PY(10) | PY(12) | PY(14) | PY(15) | PY(16) | PY(17)
        | PY(19) | PY(20) | PY(22) | PY(23)},
  {"f", PY(0) | PY(2) | PY(3) | PY(6) | PY(7) | PY(8) | PY(20) | PY(22) | PY(23)},
  {"d", PY_A0 | PY_E0 | PY(10) | PY(12) | PY(14) | PY(15) | PY(17) | PY(19) | PY(21) | PY(22) | PY_U0},
  {"t", PY_A0 | PY_E0 | PY(10) | PY(12) | PY(14) | PY(15) | PY(17) | PY(19) | PY(21) | PY(22) | PY_U0},
  {"n", PY_A0 | PY_E0 | PY(10) | PY(11) | PY(12) | PY(13) | PY(14) | PY(15) | PY(16) | PY(17)
        | PY(19) | PY(21) | PY(22) | PY(23) | PY(26) | PY(28) | PY(30) | PY(31)},
  {"l", PY_A0 | PY_E0 | PY(10) | PY(11) | PY(12) | PY(13) | PY(14) | PY(15) | PY(16) | PY(17)
        | PY(19) | PY(21) | PY(22) | PY(23) | PY(26) | PY(28) | PY(30) | PY(31)},
  {"g", PY_A0 | PY_E0 | PY(21) | PY(22) | PY_U0 | PY(24) | PY(25) | PY(27)},
  {"k", PY_A0 | PY_E0 | PY(21) | PY(22) | PY_U0 | PY(24) | PY(25) | PY(27)},
  {"h", PY_A0 | PY_E0 | PY(21) | PY(22) | PY_U0 | PY(24) | PY(25) | PY(27)},
  {"r", PY(2) | PY(3) | PY(4) | PY(5) | PY(7) | PY(8) | PY(10) | PY(21) | PY(22) | PY_U0},
  {"z", PY_A0 | PY_E0 | PY(10) | PY(21) | PY(22) | PY_U0},
  {"c", PY_A0 | PY_E0 | PY(10) | PY(21) | PY(22) | PY_U0},
  {"s", PY_A0 | PY_E0 | PY(10) | PY(21) | PY(22) | PY_U0},
  {"j", PY(10) | PY(11) | PY(12) | PY(13) | PY(14) | PY(15) | PY(16) | PY(17) | PY(18) | PY(19)
        | PY(23) | PY(26) | PY(28) | PY(30)},
  {"q", PY(10) | PY(11) | PY(12) | PY(13) | PY(14) | PY(15) | PY(16) | PY(17) | PY(18) | PY(19)
        | PY(23) | PY(26) | PY(28) | PY(30)},
  {"x", PY(10) | PY(11) | PY(12) | PY(13) | PY(14) | PY(15) | PY(16) | PY(17) | PY(18) | PY(19)
        | PY(23) | PY(26) | PY(28) | PY(30)},
  {"y", PY(0) | PY(2) | PY(3) | PY(4) | PY(5) | PY(10) | PY(16) | PY(17) | PY(20) | PY(21)
        | PY(22) | PY(23) | PY(26) | PY(28) | PY(30)},
  {"w", PY(0) | PY(1) | PY(2) | PY(3) | PY(6) | PY(7) | PY(8) | PY(20) | PY(23)},
  {"", PY_A0 | PY_E0 | PY(9) | PY(20) | PY(22)}
};
#undef PY_A0
#undef PY_E0
#undef PY_U0
#undef PY

/* Does w[0, n) (any case) split into exactly `want` pinyin syllables?
 * want is at most DL_MAX_PINYIN_SYLLABLES: the tries stay few. */
#define DL_MAX_PINYIN_SYLLABLES 3
static int pinyin_split(const char *w, size_t n, int want)
{
  size_t i, f;
  if (n == 0 || want <= 0) return n == 0 && want == 0;
  if (want > DL_MAX_PINYIN_SYLLABLES || n > 6 * (size_t)want) return 0;
  for (i = 0; i < NELEM(pinyin_initials); i++) {
    const char *ini = pinyin_initials[i].ini;
    size_t il, j;
    unsigned char next;
    /* (a first byte that differs fails the compare below at once: the
     * test skips its strlen; "" matches any word) */
    if (ini[0] && dl_lower[(unsigned char)w[0]] != (unsigned char)ini[0]) continue;
    il = strlen(ini);
    for (j = 0; j < il && j < n && dl_lower[(unsigned char)w[j]] == (unsigned char)ini[j]; j++)
      ;
    if (j < il || il >= n) continue;   /* (no final fits: each has a byte) */
    next = dl_lower[(unsigned char)w[il]];
    for (f = 0; f < NELEM(pinyin_finals); f++) {
      const char *fi = pinyin_finals[f];
      size_t fl;
      /* (likewise a final whose first byte differs) */
      if (!(pinyin_initials[i].finals & (1u << f)) || (unsigned char)fi[0] != next) continue;
      fl = strlen(fi);
      if (il + fl > n) continue;
      for (j = 0; j < fl && dl_lower[(unsigned char)w[il + j]] == (unsigned char)fi[j]; j++)
        ;
      if (j == fl && pinyin_split(w + il + fl, n - il - fl, want - 1)) return 1;
    }
  }
  return 0;
}

int dl_pinyin_split(const char *w, size_t n, int want)
{
  return pinyin_split(w, n, want);
}

/* Is token k a capitalized "He" that is the surname of a pinyin given
 * name after it, of one or two syllables ("He Yong", "He Yadong") or
 * hyphenated ("He Li-fang")?  Opening a sentence it is so only before a lower-case word
 * or a comma ("He Yadong said", "He Yadong, a spokesman,"): a
 * title-case headline's "He Began" stays the pronoun. */
static int pinyin_he(ctx *c, size_t k, size_t send)
{
  const tok *t = &c->toks[k], *g;
  size_t e;
  if (t->len != 2 || c->text[t->start] != 'H' || c->text[t->start + 1] != 'e'
      || k + 1 >= send)
    return 0;
  g = &c->toks[k + 1];
  if ((g->flags & (T_CAP | T_BREAK | T_HYPH | T_ALLCAPS | T_ABBR)) != T_CAP
      || g->len < 2 || g->len > 12)
    return 0;
  e = k + 2;
  if (e < send && (c->toks[e].flags & (T_HYPH | T_LOWER)) == (T_HYPH | T_LOWER)
      && !(c->toks[e].flags & T_BREAK)) {
    if (!pinyin_split(c->text + g->start, g->len, 1)
        || !pinyin_split(c->text + c->toks[e].start, c->toks[e].len, 1))
      return 0;
    e++;
  } else if (!pinyin_split(c->text + g->start, g->len, 2)
             && !pinyin_split(c->text + g->start, g->len, 1))
    return 0;
  if (!(t->flags & T_SSTART)) return 1;
  return e >= send || (c->toks[e].flags & T_COMMA)
         || ((c->toks[e].flags & T_LOWER) && !(c->toks[e].flags & T_BREAK));
}

/* Digits of a rank in a results table: places 1 to 99. */
#define DL_MAX_RANK_DIGITS 2

/* Does a rank ("1.", "12.") come right before token k, as in a results
 * table's "1. Per Elofsson ( Sweden )"? */
static int ranked(const ctx *c, size_t k)
{
  size_t p = c->toks[k].start, d;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  if (p == 0 || c->text[p - 1] != '.') return 0;
  /* one digit more than a rank has, to tell "12." from "1996." */
  for (d = p - 1; d > 0 && p - 1 - d <= DL_MAX_RANK_DIGITS && DL_IS_DIGIT(c->text[d - 1]); d--) {}
  return p - 1 - d >= 1 && p - 1 - d <= DL_MAX_RANK_DIGITS;
}

/* Is token k a given name spelled like a function word ("said Will
 * Smith", "went to Per Aasen"): capitalized inside a sentence after a
 * lower-case word or a number, or after a rank (no title-case
 * headline), before a capitalized word of the same run, one of
 * stop_givens, and not "Per" of "Per Cent" (per_objects)? */
static int given_stop_word(ctx *c, size_t k, size_t send)
{
  const tok *t = &c->toks[k];
  if (k == 0 || k + 1 >= send || (t->flags & (T_ALLCAPS | T_ABBR)) || t->len < 3)
    return 0;
  /* inside a sentence after a lower-case word or a number ("131 Per
   * Haugen ( Norway )"), or first after a rank ("2. Per Elofsson") */
  if (!ranked(c, k) && ((t->flags & (T_SSTART | T_BREAK))
                        || !(c->toks[k - 1].flags & (T_LOWER | T_DIGIT))))
    return 0;
  if ((c->toks[k + 1].flags & (T_CAP | T_BREAK | T_HYPH | T_ALLCAPS)) != T_CAP) return 0;
  return TOK_IN(c, k, L_STOP) && word_in(stop_givens, NELEM(stop_givens), c->text + t->start, t->len)
         && !word_in(per_objects, NELEM(per_objects), c->text + c->toks[k + 1].start,
                     c->toks[k + 1].len);
}

static int name_tok(ctx *c, size_t k, int first)
{
  const tok *t = &c->toks[k];
  const dl_gaz_entry *ge;
  /* after a given name the gazetteer knows, a surname ("Analyst Grace
   * Park said") */
  if (!first && (t->flags & T_CAP) && surname_place_word(c, k) && c->toks[k - 1].gb >= 0
      && gb_entry(c, k - 1)->kind == DL_GK_GIVEN
      && gb_end(c, k - 1) == c->toks[k - 1].start + c->toks[k - 1].len)
    return 1;
  if (!first && (t->flags & T_HYPH) && (t->flags & T_LOWER) && name_syllable(c, k))
    return 1;                                                  /* "Bi-khim" */
  if (!(t->flags & T_CAP)) return 0;
  if (t->len == 2 && (t->flags & T_ABBR)) return 1;            /* "L." */
  if (first && initials_tok(c, k) && t->gb < 0) return 1;     /* "O.J. Simpson" */
  /* the Irish "Ó" before a surname ("Ó Briain"): a capital alone */
  if (t->len == 2 && (unsigned char)c->text[t->start] == 0xC3
      && (unsigned char)c->text[t->start + 1] == 0x93 && k + 1 < c->ntok
      && (c->toks[k + 1].flags & T_CAP) && !(c->toks[k + 1].flags & T_BREAK))
    return 1;
  if (!first && TOK_IN(c, k, L_NAMESUF)) return 1;
  if (!(t->flags & T_LOWERCASE)) return 0;
  if (TOK_IN(c, k, L_NOTPER | L_ORG_SUFFIX | L_ORG_HEAD | L_LOC_SUFFIX | L_LOC_HEAD | L_STOP
               | L_NOTENT))
    return 0;
  ge = gb_entry(c, k);
  if (ge && ge->kind != DL_GK_GIVEN && ge->kind != DL_GK_CITY && ge->kind != DL_GK_REGION)
    return 0;
  return 1;
}

/* Do tokens [a, b) look like a person's name ("Jacques de Larosiere")? */
static int person_shape(ctx *c, size_t a, size_t b)
{
  size_t k;
  for (k = a; k < b; k++) {
    if ((k > a || lead_particle(c, k)) && k + 1 < b && (c->toks[k].flags & T_LOWER)
        && TOK_IN(c, k, L_PARTICLE))
      continue;
    if (!name_tok(c, k, k == a)) {
      if (k > a && k + 1 < b && inner_ruler(c, k)) continue;
      return 0;
    }
  }
  return 1;
}

/* The end of a post in a firm or body opening at token k (before end):
 * a firm_posts word ("CEO", "chairman"), "co-founder", "Chief Executive
 * (Officer)", not "Chief Justice"; "Managing Director"; "Secretary-General",
 * "Director-General".  k when none opens there.  *only: a post only a
 * firm has. */
static size_t firm_post(ctx *c, size_t k, size_t end, int *only)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  size_t n = k + 1;
  *only = 0;
  if (k >= end || t->len < 2 || t->len > 13) return k;
  /* most words after a name are no post: the posts that are role words
   * pass the cached lexicon test, the others ("CEO", "founder") one
   * comparison by length, before the table's bisection */
  if (!TOK_IN(c, k, L_ROLE)) {
    const char *alt = NULL, *alt2 = NULL;
    switch (t->len) {
    case 2: alt = "co"; break;
    case 3: alt = "ceo"; alt2 = DL_LOWER(w[1]) == 'f' ? "cfo" : DL_LOWER(w[1]) == 'o' ? "coo" : "cto"; break;
    case 4: alt = "boss"; break;
    case 5: alt = "chair"; break;
    case 7: alt = "founder"; break;
    case 8: alt = "managing"; break;
    case 9: alt = "cofounder"; break;
    case 12: alt = "spokesperson"; break;
    default: return k;
    }
    if (!dl_word_eq(w, t->len, alt) && !(alt2 && dl_word_eq(w, t->len, alt2))) return k;
  }
  if (n < end && (c->toks[n].flags & T_HYPH)) {
    const char *x = c->text + c->toks[n].start;
    size_t xl = c->toks[n].len;
    if ((dl_word_eq(w, t->len, "secretary") || dl_word_eq(w, t->len, "director"))
        && dl_word_eq(x, xl, "general"))
      return n + 1;
    if (dl_word_eq(w, t->len, "co") && (dl_word_eq(x, xl, "founder") || dl_word_eq(x, xl, "chair"))) {
      *only = dl_word_eq(x, xl, "founder");
      return n + 1;
    }
    return k;
  }
  if (!word_in(firm_posts, NELEM(firm_posts), w, t->len)) return k;
  if (dl_word_eq(w, t->len, "chief")) {
    if (n >= end || !word_in(chief_posts, NELEM(chief_posts), c->text + c->toks[n].start,
                             c->toks[n].len))
      return k;
    n++;
    if (n < end && dl_word_eq(c->text + c->toks[n].start, c->toks[n].len, "officer")) n++;
    *only = 1;
    return n;
  }
  if (dl_word_eq(w, t->len, "managing"))
    return n < end && dl_word_eq(c->text + c->toks[n].start, c->toks[n].len, "director")
           ? n + 1 : k;
  *only = word_in(firm_only_posts, NELEM(firm_only_posts), w, t->len);
  return n;
}

/* Do tokens [a, b), capitalized words before a post in a firm, name the
 * firm ("Apple", "Goldman Sachs", "BOJ"), not qualify the post ("Acting",
 * "Group", "Executive")?  Words of the entity lexicon other than a firm's
 * last word ("Holdings", "Inc") name no firm. */
static int firm_front(ctx *c, size_t a, size_t b, int poss)
{
  size_t k;
  int suffixed;   /* "Reserve Bank", "Acme Holdings": ends with a firm's
                     last word, so its other words may be any */
  if (b <= a || b - a > 4) return 0;
  if (b - a == 1 && c->toks[a].len < 2) return 0;   /* "C" of "B and C" */
  suffixed = b - a >= 2 && TOK_IN(c, b - 1, L_ORG_SUFFIX);
  for (k = a; k < b; k++) {
    const tok *t = &c->toks[k];
    const dl_gaz_entry *ge = gb_entry(c, k);
    if (!(t->flags & (T_CAP | T_ALLCAPS)) || (t->flags & T_DIGIT)) return 0;
    if ((t->flags & T_POSS) && !(poss && k == b - 1)) return 0;
    if (k > a && (t->flags & T_BREAK)) return 0;
    /* ("Safety Board Chair": the firm's last word may be one) */
    if (word_in(post_modifiers, NELEM(post_modifiers), c->text + t->start, t->len)
        && !(suffixed && k == b - 1 && b - a >= 3))
      return 0;
    if (suffixed ? TOK_IN(c, k, L_STOP | L_ROLE | L_SAY)
        : TOK_IN(c, k, ~(unsigned)L_ORG_SUFFIX) || TOK_IN(c, k, L_ORG_SUFFIX))
      return 0;
    /* ("Alaska Airlines": a place before a firm's last word names it) */
    if (ge && !(ge->kind == DL_GK_GIVEN && b - a >= 2)

        && !(suffixed && b - a == 2 && k == a && ge->kind != DL_GK_DEMONYM)
        /* ("Toyota Motor Corp", "West Midlands Police": a city's or a
         * region's name before the words that end in the firm's) */
        && !(suffixed && b - a >= 3 && ge->kind != DL_GK_DEMONYM && ge->kind != DL_GK_COUNTRY
             && ge->kind != DL_GK_TITLE && ge->kind != DL_GK_GIVEN
             && gb_end(c, k) <= c->toks[b - 2].start + c->toks[b - 2].len))
      return 0;
  }
  return 1;
}

/* Is the gazetteer's place ge at token k a seat of power standing for
 * its government ("The Kremlin said", "White House spokesman"), not the
 * place "at the Kremlin", "outside the White House"? */
static int seat_of_power(ctx *c, size_t k, const dl_gaz_entry *ge)
{
  const tok *p;
  if (!word_in(seat_names, NELEM(seat_names), ge->name, ge->name_len)) return 0;
  if (k < 2) return 1;
  p = &c->toks[k - 2];
  if (!dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "the")
      || !(p->flags & T_LOWER))
    return 1;
  return !(TOK_IN(c, k - 2, L_LOC_PREP) || dl_word_eq(c->text + p->start, p->len, "at")
           || dl_word_eq(c->text + p->start, p->len, "to")
           || dl_word_eq(c->text + p->start, p->len, "from")
           || dl_word_eq(c->text + p->start, p->len, "into"));
}

static int score_follows(const ctx *c, size_t b, size_t send);
static int small_int(const ctx *c, size_t k);
static int club_year(const ctx *c, size_t k, size_t send);
static int age_after(const ctx *c, size_t b, size_t send);

/* Does a cricket total follow at token b: a small whole number, then the
 * end, punctuation, another number or an innings word ("Surrey 189 (
 * Brown 55 )", "Kent 251 and 198", "Leicestershire 406-8 declared")? */
static int innings_follows(const ctx *c, size_t b, size_t send)
{
  const tok *t;
  if (b >= send || !small_int(c, b)) return 0;
  if (b + 1 >= send) return 1;
  t = &c->toks[b + 1];
  if (t->flags & (T_BREAK | T_HYPH | T_DIGIT)) return 1;
  return (t->flags & T_LOWER)
         && word_in(innings_words, NELEM(innings_words), c->text + t->start, t->len);
}

/* Does the headline [hs, he) open with a sport of other_sports? */
static int other_sport(const char *text, size_t hs, size_t he)
{
  size_t e = hs;
  while (e < he && DL_IS_ALPHA(text[e])) e++;
  return e > hs && word_in(other_sports, NELEM(other_sports), text + hs, e - hs);
}

/* Does the headline text[hs, he) open with a team sport ("SOCCER -")? */
static int team_sport(const char *text, size_t hs, size_t he)
{
  size_t e = hs;
  while (e < he && DL_IS_ALPHA(text[e])) e++;
  /* "ICE HOCKEY -": the sport is the second word */
  if (e - hs == 3 && dl_word_eq(text + hs, 3, "ice") && e + 1 < he && text[e] == ' ') {
    hs = e + 1;
    for (e = hs; e < he && DL_IS_ALPHA(text[e]); e++) {}
  }
  return e > hs && word_in(team_sports, NELEM(team_sports), text + hs, e - hs);
}

/* Is text[hs, he) a sport label whose second word is a sport of tab and
 * whose dash follows ("AMERICAN FOOTBALL -", "ALPINE SKIING -", "HORSE
 * RACING -"); with first, may the sport be the first word too ("TENNIS -
 * WIN", a label the article did not take for a headline)?  The dash
 * keeps "Football is back" and "BRITISH RACING GREEN" out. */
static int sport_label(const char *text, size_t hs, size_t he, const char *const *tab,
                       size_t n, int first)
{
  size_t e = hs, s2, d;
  while (e < he && DL_IS_ALPHA(text[e])) e++;
  if (e == hs || e >= he) return 0;
  /* the dash first: most texts have none there, and no word is looked up */
  for (d = e; d < he && text[d] == ' '; d++) {}
  if (d < he && text[d] == '-') return first && word_in(tab, n, text + hs, e - hs);
  if (text[e] != ' ') return 0;
  s2 = e + 1;
  for (e = s2; e < he && DL_IS_ALPHA(text[e]); e++) {}
  if (e == s2) return 0;
  for (d = e; d < he && text[d] == ' '; d++) {}
  return d < he && text[d] == '-' && word_in(tab, n, text + s2, e - s2);
}

/* Is the story one of a sport of the North American leagues: its label
 * "BASEBALL -", "BASKETBALL -", "ICE HOCKEY -" or "AMERICAN FOOTBALL -"? */
static int city_first_sport(const ctx *c)
{
  const char *t = c->text;
  size_t hs = c->head_start, he = c->head_end;
  if (he <= hs) return 0;
  if (sport_label(t, hs, he, city_first_sports, NELEM(city_first_sports), 1)) return 1;
  return he - hs > 9 && dl_word_eq(t + hs, 8, "american") && t[hs + 8] == ' '
         && sport_label(t, hs, he, team_sports, NELEM(team_sports), 0);
}

/* Does the label text[hs, he) open "HORSE RACING" or "RACING -" (a
 * racing story, where horses are named like people and places)? */
static int turf_label(const char *text, size_t hs, size_t he)
{
  size_t e = hs, d;
  while (e < he && DL_IS_ALPHA(text[e])) e++;
  if (e - hs == 5 && dl_word_eq(text + hs, 5, "horse")) return e < he && text[e] == ' ';
  if (e - hs != 6 || !dl_word_eq(text + hs, 6, "racing")) return 0;
  for (d = e; d < he && text[d] == ' '; d++) {}
  return d < he && text[d] == '-';
}

/* Are the bytes before i (after spaces) a bookmaker's odds ("5-2",
 * "100-30"), opening the text or after a space, comma or parenthesis?
 * At most 7 bytes are read. */
static int odds_before(const char *t, size_t i)
{
  size_t k = i, n1 = 0, n2 = 0;
  while (k > 0 && t[k - 1] == ' ' && i - k < 2) k--;
  while (k > 0 && DL_IS_DIGIT(t[k - 1]) && n2 < 3) { k--; n2++; }
  if (n2 == 0 || k == 0 || t[k - 1] != '-') return 0;
  k--;
  while (k > 0 && DL_IS_DIGIT(t[k - 1]) && n1 < 3) { k--; n1++; }
  return n1 > 0 && (k == 0 || t[k - 1] == ' ' || t[k - 1] == ',' || t[k - 1] == '('
                    || t[k - 1] == '\n');
}

/* Are the bytes before i (after spaces) a finishing place in a results
 * card ("1. Mister Drum", "... 5-2 2. Gales Cavalier"): one or two
 * digits and a full stop, opening a line or after a space?  At most 5
 * bytes are read. */
static int place_before(const char *t, size_t i)
{
  size_t k = i, n = 0;
  while (k > 0 && t[k - 1] == ' ' && i - k < 2) k--;
  if (k == 0 || t[k - 1] != '.') return 0;
  k--;
  while (k > 0 && DL_IS_DIGIT(t[k - 1]) && n < 3) { k--; n++; }
  return n > 0 && n <= 2 && (k == 0 || t[k - 1] == ' ' || t[k - 1] == '\n');
}

/* Are the bytes from i (after spaces) odds ("8-1"), then a space, comma,
 * stop or parenthesis?  At most 9 bytes are read. */
static int odds_at(const char *t, size_t i, size_t len)
{
  size_t k = i, n1 = 0, n2 = 0;
  while (k < len && t[k] == ' ' && k - i < 2) k++;
  while (k < len && DL_IS_DIGIT(t[k]) && n1 < 3) { k++; n1++; }
  if (n1 == 0 || k >= len || t[k] != '-') return 0;
  k++;
  while (k < len && DL_IS_DIGIT(t[k]) && n2 < 3) { k++; n2++; }
  return n2 > 0 && (k == len || t[k] == ' ' || t[k] == ',' || t[k] == '.' || t[k] == ')'
                    || t[k] == '\n');
}

/* In a racing story, is the name [a, b) a horse's: after odds ("5-2
 * Grey Kestrel") or a finishing place ("2. Grey Kestrel"), or a horse's noun or a rider's verb ("the colt X",
 * "Dettori rides X"), before "to" and odds ("cut X to 8-1"), or before
 * "trained by", "ridden by" ("X, trained by Henry Cecil")? */
static int horse_name(const ctx *c, size_t r0, size_t a, size_t b, size_t send)
{
  const tok *p = a > 0 ? &c->toks[a - 1] : NULL;
  if (r0 == a && odds_before(c->text, c->toks[a].start)) return 1;
  /* "1. Mister Drum ( Richard Dunwoody ) 5-2": a finisher of a card */
  if (r0 == a && place_before(c->text, c->toks[a].start)) return 1;
  if (r0 == a && p && (p->flags & T_LOWER) && !(c->toks[a].flags & T_BREAK) && p->len >= 4
      && word_in(horse_fronts, NELEM(horse_fronts), c->text + p->start, p->len))
    return 1;
  if (b + 1 < send && (c->toks[b].flags & T_LOWER)) {
    const tok *q = &c->toks[b], *r = &c->toks[b + 1];
    if (q->len == 2 && dl_word_eq(c->text + q->start, 2, "to") && !(q->flags & T_BREAK))
      return odds_at(c->text, q->start + 2, c->len);
    if ((r->flags & T_LOWER) && r->len == 2 && dl_word_eq(c->text + r->start, 2, "by") && !(r->flags & T_BREAK)
        && q->len >= 4 && q->len <= 7
        && word_in(horse_afters, NELEM(horse_afters), c->text + q->start, q->len)
        /* (not the trainer of "trained by Elie Lellouche , ridden by
         * Olivier Peslier": a man the same words name) */
        && !(r0 == a && a >= 2 && (p->flags & T_LOWER) && p->len == 2
             && dl_word_eq(c->text + p->start, 2, "by") && (c->toks[a - 2].flags & T_LOWER)
             && word_in(horse_afters, NELEM(horse_afters), c->text + c->toks[a - 2].start,
                        c->toks[a - 2].len)))
      return 1;
  }
  return 0;
}

/* Is token k a score or one side of it ("4-3" is "4" and "-3"): a
 * number of at most two digits? */
static int is_score_tok(const ctx *c, size_t k)
{
  const char *w = c->text + c->toks[k].start;
  size_t i, n = c->toks[k].len;
  if (n == 0 || n > 2) return 0;
  for (i = 0; i < n; i++)
    if (!DL_IS_DIGIT(w[i])) return 0;
  return 1;
}

/* Tokens of a score between a verb and its preposition: "1-1" is "1"
 * and "-1". */
#define DL_MAX_SCORE_TOKS 2

/* The first of the score's tokens (is_score_tok, at most
 * DL_MAX_SCORE_TOKS) that end right before token k, none before token
 * lo: k itself when no score comes before it ("held 0-0 by", "lost 4-3
 * to"). */
static size_t score_before(const ctx *c, size_t k, size_t lo)
{
  size_t nd = 0;
  while (k > lo && nd < DL_MAX_SCORE_TOKS && (c->toks[k - 1].flags & T_DIGIT)
         && is_score_tok(c, k - 1)) {
    k--;
    nd++;
  }
  return k;
}

/* Is the token k a lower-case word of the table tab, whose words begin
 * with the letters of the set firsts (LB) and are minlen letters or more (most words are
 * turned away before the bisection)? */
static int lower_in(const ctx *c, size_t k, const char *const *tab, size_t n,
                    uint32_t firsts, size_t minlen)
{
  const tok *t = &c->toks[k];
  unsigned char f = (unsigned char)c->text[t->start];
  return (t->flags & T_LOWER) && !(t->flags & T_BREAK) && t->len >= minlen && t->len <= 13
         && f >= 'a' && f <= 'z' && (firsts >> (f - 'a') & 1u)
         && word_in(tab, n, c->text + t->start, t->len);
}

/* Is token k one of maker_nouns?  "producer" only after a lower-case
 * word, no person's trade (show_words): "gold producer Gold Fields", not
 * "film producer Quincy Jones", "Hollywood producer Burt Sugarman"; a
 * "maker" after a word of show business is a person too ("documentary
 * maker Hana Rahimi"). */
static int maker_noun(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  int after = k > 0 && !(t->flags & T_BREAK);   /* a word right before, in the clause */
  if (!strchr("emp", c->text[t->start])
      || !word_in(maker_nouns, NELEM(maker_nouns), c->text + t->start, t->len)
      || (after && word_in(show_words, NELEM(show_words), c->text + c->toks[k - 1].start,
                           c->toks[k - 1].len)))
    return 0;
  return c->text[t->start] != 'p' || (after && (c->toks[k - 1].flags & T_LOWER));
}

/* Do the next one to three lower-case words from token b end with a
 * firm's part: a word of firm_nouns, "arm" or "division" ("components
 * arm", "truck unit")? */
static int firm_part_after(const ctx *c, size_t b, size_t send)
{
  size_t k;
  for (k = b; k < send && k < b + 3; k++) {
    const tok *t = &c->toks[k];
    const char *w = c->text + t->start;
    if (!(t->flags & T_LOWER) || (t->flags & (T_BREAK | T_POSS))) return 0;
    if (dl_word_eq(w, t->len, "arm") || dl_word_eq(w, t->len, "division")
        || (t->len >= 4 && t->len <= 12 && word_in(firm_nouns, NELEM(firm_nouns), w, t->len)))
      return 1;
  }
  return 0;
}

/* Is token b (before send) a word of club_words ("striker"), or its
 * first part with the next, hyphenated, one ("scrum-half")? */
static int club_word_after(const ctx *c, size_t b, size_t send)
{
  const tok *t = &c->toks[b];
  if (!(t->flags & T_LOWER) || (t->flags & (T_BREAK | T_HYPH))) return 0;
  if (b + 1 < send && (c->toks[b + 1].flags & T_HYPH) && (c->toks[b + 1].flags & T_LOWER)
      && word_in(club_words, NELEM(club_words), c->text + t->start,
                 c->toks[b + 1].start + c->toks[b + 1].len - t->start))
    return 1;
  return word_in(club_words, NELEM(club_words), c->text + t->start, t->len);
}

static int club_plural(const ctx *c, size_t a, size_t b, size_t send);
static int poss_word(const ctx *c, size_t k);

/* Is token at a lower-case "at" in the clause and token town a
 * capitalized city or region of the gazetteer ("Ottawa at Buffalo")? */
static int at_town(const ctx *c, size_t at, size_t town)
{
  const tok *t = &c->toks[at], *u = &c->toks[town];
  const dl_gaz_entry *ge;
  if (t->len != 2 || !(t->flags & T_LOWER) || (t->flags & T_BREAK)
      || !dl_word_eq(c->text + t->start, 2, "at") || !(u->flags & T_CAP) || u->gb < 0)
    return 0;
  ge = gb_entry(c, town);
  return ge->kind == DL_GK_CITY || ge->kind == DL_GK_REGION;
}

static int given_word(const ctx *c, size_t k);

/* Is the one word [a, b) a possessive before a person's name that a
 * given name the gazetteer knows opens ("Detroit 's Steve Yzerman",
 * "Ferrari 's Michael Schumacher")?  The owner is a team, a firm or a
 * place, not a person. */
static int owns_person(ctx *c, size_t a, size_t b, size_t send)
{
  size_t k;
  if (b - a != 1 || !poss_word(c, a)) return 0;
  k = (c->toks[a].flags & T_POSS) ? b : b + 1;
  /* (a given name the gazetteer also knows as a town: "Leicester 's
   * Martin Johnson") */
  return k + 1 < send && (c->toks[k].flags & T_CAP) && c->toks[k].gb >= 0
         && (gb_entry(c, k)->kind == DL_GK_GIVEN
             || (gb_entry(c, k)->kind == DL_GK_CITY && given_word(c, k)))
         && (c->toks[k + 1].flags & T_CAP) && !(c->toks[k + 1].flags & T_BREAK);
}

/* Tokens either side of a country looked at by country_near(): room for
 * a verb, a score ("1-1", up to three tokens) and "with" before the
 * rival. */
#define DL_RIVAL_SPAN 6

/* Is another country named within DL_RIVAL_SPAN tokens of the name
 * [a, b), the first capitalized word either side in its sentence
 * ("Nigeria beat Brazil", "Italy drew 1-1 with England")?  Two countries that play each other are national sides,
 * even under a clubs' league headline. */
static int country_near(ctx *c, size_t a, size_t b, size_t send)
{
  size_t k, lo = a > DL_RIVAL_SPAN ? a - DL_RIVAL_SPAN : 0;
  /* (only across lower-case words and scores: "France coach Aime
   * Jacquet watched Monaco beat Lens" names a club after the coach) */
  for (k = a; k > lo && !(c->toks[k].flags & T_SSTART); k--) {
    if (c->toks[k - 1].gb >= 0 && gb_entry(c, k - 1)->kind == DL_GK_COUNTRY) return 1;
    if (c->toks[k - 1].flags & T_CAP) break;
  }
  for (k = b; k < send && k < b + DL_RIVAL_SPAN && !(c->toks[k].flags & T_SSTART); k++) {
    if (c->toks[k].gb >= 0 && gb_entry(c, k)->kind == DL_GK_COUNTRY) return 1;
    if (c->toks[k].flags & T_CAP) return 0;
  }
  return 0;
}

/* Does the headline text[hs, he) name a league of clubs ("SOCCER -
 * FRENCH LEAGUE", "GERMAN FIRST DIVISION RESULTS"; not the "NATIONS
 * LEAGUE" of national sides)?  Read once per article (ctx.clubs_league). */
static int clubs_league(const char *text, size_t hs, size_t he)
{
  size_t i = hs;
  int league = 0;
  while (i < he) {
    size_t w = i;
    while (w < he && DL_IS_ALPHA(text[w])) w++;
    if (w == i) { i++; continue; }
    if (dl_word_eq(text + i, w - i, "nations")) return 0;
    if (dl_word_eq(text + i, w - i, "league") || dl_word_eq(text + i, w - i, "division"))
      league = 1;
    i = w;
  }
  return league;
}

static int place_prep_before(ctx *c, size_t k);
static int town_of_before(ctx *c, size_t k);

/* In a sport story, does the name [a, b) play: a team's verb after it
 * ("Parma won"), a score ("Parma 2"), or "beat", "against", "lost to"
 * before it? */
static int plays(ctx *c, size_t a, size_t b, size_t send)
{
  const tok *p;
  if (b < send && (c->toks[b].flags & T_LOWER)
      && word_in(team_verbs, NELEM(team_verbs), c->text + c->toks[b].start, c->toks[b].len))
    return 1;
  /* "Wigan will play Bradford", "Leeds must beat Chelsea": a modal, then
   * a team's verb and its rival (not "London will host Euro 96", "fans
   * in Leeds will meet ...", "the mayor of Leeds will meet ...": a town) */
  if (b + 2 < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && !place_prep_before(c, a) && !town_of_before(c, a)
      && !dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "host")
      && (c->toks[b + 1].flags & T_LOWER) && !(c->toks[b + 1].flags & T_BREAK)
      && (c->toks[b + 2].flags & T_CAP) && !(c->toks[b + 2].flags & T_BREAK)
      && word_in(modal_words, NELEM(modal_words), c->text + c->toks[b].start, c->toks[b].len)
      && word_in(team_verbs, NELEM(team_verbs), c->text + c->toks[b + 1].start,
                 c->toks[b + 1].len))
    return 1;
  /* "Natal held off Transvaal", "Leeds held Chelsea 1-1" (not "held
   * a parade"): the rival, a score or "off"/"on" after the verb */
  if (b + 1 < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "held")
      && !(c->toks[b + 1].flags & T_BREAK)
      && (((c->toks[b + 1].flags & T_CAP) && !TOK_IN(c, b + 1, L_STOP))
          || is_score_tok(c, b + 1)
          || dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "off")
          || dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "on")))
    return 1;
  /* "Valencia v Schalke 04", "Valencia ( Spain ) v Schalke 04 ( Germany
   * )": the first side of a fixture, its country in parentheses or not
   * (the second is after team_preps' "v", below) */
  if (b + 1 < send) {
    size_t j = b;
    const tok *v;
    if ((c->toks[j].flags & T_BREAK) && c->toks[j].gb >= 0
        && (gb_entry(c, j)->kind == DL_GK_COUNTRY
            /* (a home nation: "Rangers ( Scotland )") */
            || gb_entry(c, j)->kind == DL_GK_REGION)
        && c->toks[j].start >= 2 && c->text[c->toks[j].start - 2] == '(')
      j = tok_upto(c, j, send, gb_end(c, j));
    v = j + 1 < send ? &c->toks[j] : NULL;
    /* "Group A : Rangers ( Scotland ) 1 Grasshoppers ( Switzerland ) 2":
     * a score after the country in parentheses, then the rival */
    if (v && j != b && c->text[v->start - 2] == ')' && (v->flags & T_DIGIT) && v->len <= 3
        && DL_IS_DIGIT(c->text[v->start]) && DL_IS_DIGIT(c->text[v->start + v->len - 1])
        && (c->toks[j + 1].flags & T_CAP) && !(c->toks[j + 1].flags & T_BREAK))
      return 1;
    if (v && (v->flags & T_LOWER) && (j == b ? !(v->flags & T_BREAK) : c->text[v->start - 2] == ')')
        && word_in(fixture_words, NELEM(fixture_words), c->text + v->start, v->len)
        && (c->toks[j + 1].flags & T_CAP) && !(c->toks[j + 1].flags & T_BREAK))
      return 1;
  }
  /* "Newcastle slipped to third": a move in the table; "Chicago
   * improved to 21-2", "Denver fell to 8-14": a record of wins and
   * losses */
  if (b + 2 < send && c->toks[b + 1].len == 2 && !(c->toks[b + 1].flags & T_BREAK)
      && dl_word_eq(c->text + c->toks[b + 1].start, 2, "to")
      && (lower_in(c, b, table_moves, NELEM(table_moves), table_moves_first, 4)
          || ((c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
              && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "improved")))
      && (lower_in(c, b + 2, table_ranks, NELEM(table_ranks), table_ranks_first, 3)
          || (!(c->toks[b + 2].flags & T_BREAK) && is_score_tok(c, b + 2)
              && b + 3 < send && (c->toks[b + 3].flags & T_HYPH)
              && is_score_tok(c, b + 3))))
    return 1;
  /* "Newcastle moved top of the table", "Leeds went clear": a move in
   * the table without "to" */
  if (b + 1 < send && lower_in(c, b, table_moves, NELEM(table_moves), table_moves_first, 4)
      && !(c->toks[b + 1].flags & T_BREAK) && (c->toks[b + 1].flags & T_LOWER)
      && (dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "top")
          || dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "clear")))
    return 1;
  /* "Middlesbrough turned down their bid", "Celtic lifted their first
   * trophy": a verb in the past, then "their" for the town's team, as
   * British copy writes of a team */
  if (b + 1 < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && c->toks[b].len >= 4 && c->text[c->toks[b].start + c->toks[b].len - 2] == 'e'
      && c->text[c->toks[b].start + c->toks[b].len - 1] == 'd'
      /* (not "fans in Leeds cheered their team": the town) */
      && !(a > 0 && !(c->toks[a].flags & (T_BREAK | T_SSTART))
           && (c->toks[a - 1].flags & T_LOWER) && TOK_IN(c, a - 1, L_LOC_PREP))) {
    size_t j;
    for (j = b + 1; j < send && j <= b + 2; j++) {
      const tok *w = &c->toks[j];
      if ((w->flags & T_BREAK) || !(w->flags & T_LOWER)) break;
      if (w->len == 5 && dl_word_eq(c->text + w->start, 5, "their")) return 1;
    }
  }
  /* "Celtic dismissed manager Tommy Burns", "Torino sacked their
   * coach": a verb of firing, then (their) the team's manager or coach
   * (not "fans in Leeds sacked ...": the town) */
  if (b + 1 < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "sacked")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "dismissed")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "fired"))
      && !place_prep_before(c, a) && !town_of_before(c, a)) {
    size_t j = b + 1;
    if (j + 1 < send && !(c->toks[j].flags & T_BREAK)
        && dl_word_eq(c->text + c->toks[j].start, c->toks[j].len, "their"))
      j++;
    if (!(c->toks[j].flags & T_BREAK) && (c->toks[j].flags & T_LOWER)
        && (dl_word_eq(c->text + c->toks[j].start, c->toks[j].len, "manager")
            || dl_word_eq(c->text + c->toks[j].start, c->toks[j].len, "coach")))
      return 1;
  }
  /* "Newcastle are chasing a defender": a verb in the plural after a
   * name in the singular, as British copy writes of a team (not "fans
   * in Leicester are angry", "at Derby were": the place) */
  if (club_plural(c, a, b, send)
      && !(a > 0 && !(c->toks[a].flags & T_BREAK) && (c->toks[a - 1].flags & T_LOWER)
           && (TOK_IN(c, a - 1, L_LOC_PREP)
               || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "at")
               || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "from"))))
    return 1;
  if (score_follows(c, b, send)) return 1;
  if (innings_follows(c, b, send)) return 1;
  /* "Detroit 's Steve Yzerman": a town's possessive before a player's
   * name */
  if (owns_person(c, a, b, send)) return 1;
  /* "Ottawa at Buffalo , Hartford at Boston": a fixture list, a town at
   * a town */
  if (b + 1 < send && at_town(c, b, b + 1)) return 1;
  if (a >= 2 && !(c->toks[a].flags & T_BREAK) && at_town(c, a - 1, a - 2)) return 1;
  /* "Wigan, beaten in the semi-finals,": a loss set off after the name */
  if (b < send && (c->toks[b].flags & T_COMMA) && (c->toks[b].flags & T_LOWER)
      && word_in(loss_verbs, NELEM(loss_verbs), c->text + c->toks[b].start, c->toks[b].len))
    return 1;
  /* "top of the table ahead of Cardiff": a place in the table */
  if (a >= 2 && !(c->toks[a].flags & T_BREAK) && !(c->toks[a - 1].flags & T_BREAK)
      && (c->toks[a - 2].flags & T_LOWER) && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "of")
      && dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "ahead"))
    return 1;
  /* "Salzburg striker", "Leeds manager", "Neath scrum-half" (not
   * "Leg-spinner") */
  if (b < send && club_word_after(c, b, send)) return 1;
  /* (the words before a sentence's first are another sentence's) */
  if (a == 0 || (c->toks[a].flags & (T_BREAK | T_SSTART))) return 0;
  p = &c->toks[a - 1];
  /* "Champions Porto were held": a team's role opening the sentence */
  if ((p->flags & T_SSTART) && (p->flags & T_CAP)
      && word_in(team_roles, NELEM(team_roles), c->text + p->start, p->len))
    return 1;
  if (!(p->flags & T_LOWER)) return 0;
  if (word_in(team_preps, NELEM(team_preps), c->text + p->start, p->len)) return 1;
  /* "lead Seattle by two games", "two points behind Florida in the
   * Atlantic Division": ahead or behind in the table */
  if (b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && c->toks[b].len <= 4 && p->len >= 3 && p->len <= 7
      && word_in(margin_words, NELEM(margin_words), c->text + c->toks[b].start, c->toks[b].len)
      && word_in(chase_words, NELEM(chase_words), c->text + p->start, p->len))
    return 1;
  /* "tries against Leinster and Toulouse": "and" after a club named just
   * before */
  if (p->len == 3 && a >= 2 && c->nms > 0 && !(p->flags & T_BREAK)
      && dl_word_eq(c->text + p->start, 3, "and")) {
    const ment *q = &c->ms[c->nms - 1];
    if (q->type == DL_ENT_ORGANIZATION && q->nend == c->toks[a - 2].start + c->toks[a - 2].len)
      return 1;
  }
  /* "scored twice for Liverpool", "a 1-1 draw with Everton", "drew 1-1
   * with Nantes" */
  if (a >= 2 && p->len <= 4 && (c->toks[a - 2].flags & (T_LOWER | T_DIGIT)) && !(p->flags & T_BREAK)
      && (dl_word_eq(c->text + p->start, p->len, "for")
          || dl_word_eq(c->text + p->start, p->len, "with"))) {
    size_t v = score_before(c, a - 1, 1) - 1;
    if (!(c->toks[v].flags & T_LOWER)) return 0;
    if (v >= 1 && (c->toks[v - 1].flags & T_LOWER)
        && (dl_word_eq(c->text + c->toks[v].start, c->toks[v].len, "twice")
            || dl_word_eq(c->text + c->toks[v].start, c->toks[v].len, "again")
            || dl_word_eq(c->text + c->toks[v].start, c->toks[v].len, "once")))
      v--;
    if (word_in(club_acts, NELEM(club_acts), c->text + c->toks[v].start, c->toks[v].len))
      return 1;
  }
  /* "Spanish club Barcelona", "Dutch champions Ajax" */
  if (word_in(team_fronts, NELEM(team_fronts), c->text + p->start, p->len)) return 1;
  /* "held 0-0 by Braga", "were beaten by Ajax" */
  if (dl_word_eq(c->text + p->start, p->len, "by")) {
    size_t k = score_before(c, a - 1, 0);
    if (k >= 2 && k == a - 1 && (c->toks[k - 1].flags & T_LOWER)
        && (dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "draw")
            || dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "defeat")))
      /* "held to a 1-1 draw by Southampton", "a 3-0 defeat by Leeds":
       * the result's noun after its score (not "the draw by UEFA") */
      return score_before(c, k - 1, 0) < k - 1;
    return k >= 1 && (c->toks[k - 1].flags & T_LOWER)
           && word_in(loss_verbs, NELEM(loss_verbs), c->text + c->toks[k - 1].start,
                      c->toks[k - 1].len);
  }
  /* "signed from Parma", "joined on loan from Lazio": a player's
   * transfer from a club */
  if (a >= 2 && dl_word_eq(c->text + p->start, p->len, "from") && !(p->flags & T_BREAK)) {
    const tok *v = &c->toks[a - 2];
    return (v->flags & T_LOWER)
           && word_in(transfer_words, NELEM(transfer_words), c->text + v->start, v->len);
  }
  if (!dl_word_eq(c->text + p->start, p->len, "to")) return 0;
  /* "lost 4-3 to Toronto": a score between the verb and "to" */
  a = score_before(c, a - 1, 0) + 1;
  return a >= 2 && (c->toks[a - 2].flags & T_LOWER)
         && (dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "lost")
             || dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "loss")
             || dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "defeat")
             || dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "lose")
             || dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "loses")
             || dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "losing"));
}

/* Is token k, between "the" and a lower-case word, an adjective made
 * from a place's name ("the Himalayan region", "the Andean nations")? */
static int place_adjective(ctx *c, size_t k, size_t send)
{
  const tok *t = &c->toks[k];
  const char *s = c->text + t->start;
  if (t->len < 6 || !(t->flags & T_CAP) || !(t->flags & T_LOWERCASE) || k == 0
      || (t->flags & (T_BREAK | T_POSS | T_SSTART)) || k + 1 >= send)
    return 0;
  if ((s[t->len - 1] != 'n' || s[t->len - 2] != 'a'
       || (s[t->len - 3] != 'i' && s[t->len - 3] != 'e' && s[t->len - 3] != 'y'))
      && !(s[t->len - 1] == 'h' && s[t->len - 2] == 's' && s[t->len - 3] == 'i')
      && !(s[t->len - 1] == 'i' && s[t->len - 2] == 'n' && s[t->len - 3] == 'a'))
    return 0;                        /* "Himalayan", "Andean", "Frankish", "Dagestani" */
  /* not "the Caribbean and the Pacific": a noun, before a function word */
  if (!(c->toks[k + 1].flags & T_LOWER) || (c->toks[k + 1].flags & T_BREAK)
      || TOK_IN(c, k + 1, L_SAY | L_STOP))
    return 0;
  return dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "the");
}

/* Do the tokens from b, in lower case, name a treaty after a place
 * ("the Dayton peace accord", "the Maastricht treaty"), so that the
 * place's name is a MISC in the CoNLL manner? */
static int names_treaty(const ctx *c, size_t b, size_t send)
{
  size_t k = b;
  if (k >= send || !(c->toks[k].flags & T_LOWER)) return 0;
  if (!(c->toks[k].flags & T_BREAK) && c->toks[k].len == 5
      && dl_word_eq(c->text + c->toks[k].start, c->toks[k].len, "peace"))
    k++;
  /* treaty_words are 6 to 9 letters: most words are turned away here */
  return k < send && (c->toks[k].flags & T_LOWER) && !(c->toks[k].flags & T_BREAK)
         && c->toks[k].len >= 6 && c->toks[k].len <= 9
         && word_in(treaty_words, NELEM(treaty_words), c->text + c->toks[k].start,
                    c->toks[k].len);
}

/* Is token k a lower-case role of a sport's player ("striker Ronaldo",
 * "midfielder Zidane"): the name after it is a person's? */
static int player_role(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->flags & T_LOWER) && !(t->flags & T_BREAK) && t->len > 1
         && c->text[t->start + t->len - 1] != 's'   /* not "fans", "players" */
         && word_in(club_words, NELEM(club_words), c->text + t->start, t->len);
}

/* Is token a, a name's first, right after a lower-case "at" (or "at the")
 * that opens its run?  Sets *the when "the" came between. */
static int after_at(const ctx *c, size_t r0, size_t a, int *the)
{
  size_t k = a;
  *the = 0;
  if (r0 != a || k == 0 || (c->toks[a].flags & T_BREAK) || !(c->toks[k - 1].flags & T_LOWER)
      || (c->toks[k - 1].len != 2 && c->toks[k - 1].len != 3))
    return 0;
  if (c->toks[k - 1].len == 3 && dl_word_eq(c->text + c->toks[k - 1].start, 3, "the")) {
    *the = 1;
    k--;
    if (k == 0 || (c->toks[k].flags & T_BREAK)) return 0;
  }
  return (c->toks[k - 1].flags & T_LOWER) && c->toks[k - 1].len == 2
         && dl_word_eq(c->text + c->toks[k - 1].start, 2, "at");
}

/* Is token k "at" after a firm's people ("executives at", "an analyst
 * at"), so the name after it is their employer, not a town? */
static int staff_at(const ctx *c, size_t k)
{
  const tok *p;
  if (k == 0 || c->toks[k].len != 2 || !dl_word_eq(c->text + c->toks[k].start, 2, "at")
      || (c->toks[k].flags & T_BREAK))
    return 0;
  p = &c->toks[k - 1];
  if (p->len < 5 || p->len > 12) return 0;      /* (any case: "Executives at" opens a sentence) */
  return word_in(staff_jobs, NELEM(staff_jobs), c->text + p->start, p->len)
         || word_in(market_jobs, NELEM(market_jobs), c->text + p->start, p->len);
}

/* Is token k "at" after people of the markets or of research ("economists
 * at", "researchers at"), whose "at" names a firm or an institute?  Not
 * any staff: "Rescue workers at Ground Zero", "Officials at Camp David"
 * are at a place. */
static int market_at(const ctx *c, size_t k)
{
  const tok *p;
  if (!staff_at(c, k)) return 0;
  p = &c->toks[k - 1];
  return word_in(market_jobs, NELEM(market_jobs), c->text + p->start, p->len)
         || dl_word_eq(c->text + p->start, p->len, "researcher")
         || dl_word_eq(c->text + p->start, p->len, "researchers");
}

/* Is token l "League" or "Tour" and token b a word for a competition or
 * its meetings ("series", "event", "meeting"), or "meeting" after a name
 * in capitals ("GOLDEN LEAGUE MEETING")? */
static int series_after(const ctx *c, size_t l, size_t b)
{
  const tok *t = &c->toks[l], *u = &c->toks[b];
  const char *w = c->text + u->start;
  if (t->flags & T_POSS) return 0;
  if (!(t->len == 6 && dl_word_eq(c->text + t->start, 6, "league"))
      && !(t->len == 4 && dl_word_eq(c->text + t->start, 4, "tour")))
    return 0;
  if ((u->flags & T_BREAK) || !((u->flags & T_LOWER) || ((u->flags & T_ALLCAPS) && (t->flags & T_ALLCAPS))))
    return 0;
  return word_in(series_words, NELEM(series_words), w, u->len);
}

/* Is token a right after "At" opening its sentence, and a colon after
 * the byte end ("At Old Trafford :")? */
static int venue_line(const ctx *c, size_t a, size_t end)
{
  const tok *p = &c->toks[a - 1];
  if (!(p->flags & T_SSTART) || !(p->flags & T_CAP) || p->len != 2
      || !dl_word_eq(c->text + p->start, 2, "at") || (c->toks[a].flags & T_BREAK))
    return 0;
  while (end < c->len && c->text[end] == ' ') end++;
  return end < c->len && c->text[end] == ':';
}

/* Is s[0..len) a Reuters instrument code with a share class in lower
 * case ("DBKGn.DE", "VOWG_p.DE"): capitals, one lower-case letter (after
 * an underscore or not), a dot and one to three capitals of the
 * exchange?  (All-capital codes, "AAPL.O", are caught by their shape.) */
static int ric_code(const char *s, size_t len)
{
  size_t d, j;
  for (d = len; d > 0 && s[d - 1] != '.'; d--) {}
  if (d < 4 || len - d < 1 || len - d > 3) return 0;
  for (j = d; j < len; j++)
    if (!DL_IS_UPPER(s[j])) return 0;
  d--;                                        /* the dot */
  if (!DL_IS_LOWER(s[d - 1])) return 0;
  j = d - 1;
  if (j > 0 && s[j - 1] == '_') j--;
  if (j < 2) return 0;
  while (j > 0 && (DL_IS_UPPER(s[j - 1]) || DL_IS_DIGIT(s[j - 1]))) j--;
  return j == 0;
}

/* Does a stock ticker ("<HNZ.N>") follow the byte end, after spaces? */
static int ticker_follows(const ctx *c, size_t end)
{
  while (end < c->len && c->text[end] == ' ') end++;
  return end + 1 < c->len && c->text[end] == '<' && DL_IS_UPPER(c->text[end + 1]);
}

/* Is token k, glued to the word before it, a nationality the gazetteer
 * knows that reads as a people's noun ("Serb", "Cypriots", "Kurd"), not
 * an adjective ("Serbian", "Chinese", "Kurdish", "Iraqi")? */
static int people_noun(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  const dl_gaz_entry *ge = gb_entry(c, k);
  size_t n = t->len;
  if (!ge || ge->kind != DL_GK_DEMONYM || (t->flags & (T_BREAK | T_ALLCAPS))
      || tok_upto(c, k, k + 1, gb_end(c, k)) != k + 1)
    return 0;
  if (n >= 2 && w[n - 1] == 's') n--;               /* "Serbs", "Cypriots" */
  if (n < 3) return 0;
  if ((w[n - 2] == 'a' && w[n - 1] == 'n') || (w[n - 2] == 'i' && w[n - 1] == 'c')
      || (w[n - 2] == 's' && w[n - 1] == 'h') || (w[n - 2] == 's' && w[n - 1] == 'e')
      || w[n - 1] == 'i')
    return 0;
  return 1;
}

/* Is token k, glued to the word before it, a faith's follower in the
 * singular or plural ("Moslem", "Shi'ites", "Catholics"), not an
 * adjective that goes on to a body or a people ("Islamic", "Jewish",
 * "Orthodox") or a follower of a doctrine ("Maoist")? */
static int creed_follower(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  if (t->gb >= 0 || t->gu >= 0 || (t->flags & (T_BREAK | T_ALLCAPS | T_POSS))
      || !(t->flags & T_CAP) || t->len < 4
      || !word_in(creed_words, NELEM(creed_words), w, t->len))
    return 0;
  return !dl_word_eq(w, t->len, "islamic") && !dl_word_eq(w, t->len, "jewish")
         && !dl_word_eq(w, t->len, "orthodox")
         && !(DL_LOWER(w[0]) == 'm' && (DL_LOWER(w[1]) == 'a'));  /* "Maoist", "Marxist" */
}

/* Is the one word [a, a+1) coordinated with a place ("between Bologna
 * and Florence", "Florence and Siena", "from Florence to Rome"): "and",
 * "or" after a place mention that ends right before, or before a place
 * the gazetteer knows (a country, region, city or landmark, whole)? */
static int beside_place(ctx *c, size_t r0, size_t a, size_t send)
{
  size_t b = a + 1;
  if (r0 == a && a >= 2 && c->nms > 0 && !(c->toks[a].flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER) && !(c->toks[a - 1].flags & T_BREAK)) {
    const tok *j = &c->toks[a - 1];
    const ment *p = &c->ms[c->nms - 1];
    if ((dl_word_eq(c->text + j->start, j->len, "and") || dl_word_eq(c->text + j->start, j->len, "or"))
        && p->type == DL_ENT_LOCATION && p->strong
        && p->nend == c->toks[a - 2].start + c->toks[a - 2].len)
      return 1;
  }
  if (b + 1 < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && !(c->toks[b + 1].flags & T_BREAK) && c->toks[b + 1].gb >= 0) {
    const tok *j = &c->toks[b];
    const dl_gaz_entry *g = gb_entry(c, b + 1);
    int conj = dl_word_eq(c->text + j->start, j->len, "and")
               || dl_word_eq(c->text + j->start, j->len, "or");
    /* "to" only in "from X to Y" */
    int to = dl_word_eq(c->text + j->start, j->len, "to") && r0 == a && a >= 1
             && (c->toks[a - 1].flags & T_LOWER)
             && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "from");
    if ((conj || to) && (g->kind == DL_GK_COUNTRY || g->kind == DL_GK_REGION
                         || g->kind == DL_GK_CITY || g->kind == DL_GK_PLACE)
        && !((c->toks[b + 1].flags & T_POSS))) {
      size_t e = tok_upto(c, b + 1, send, gb_end(c, b + 1));
      return e > b + 1 && c->toks[e - 1].start + c->toks[e - 1].len == gb_end(c, b + 1)
             && (e >= send || !(c->toks[e].flags & T_CAP) || (c->toks[e].flags & T_BREAK));
    }
  }
  return 0;
}

/* Does token k end like an English plural ("Hornets"), not like a
 * Spanish or Portuguese surname in "-as" ("Vivas", "Rojas")? */
static int plural_end(const ctx *c, size_t k)
{
  const char *w = c->text + c->toks[k].start;
  size_t n = c->toks[k].len;
  return n >= 2 && w[n - 1] == 's' && w[n - 2] != 'a';
}

/* Is the word of token k a given name (dl_given_names), whatever else
 * the gazetteer makes of it? */
static int given_word(const ctx *c, size_t k)
{
  return dl_given_name_find(c->text + c->toks[k].start, c->toks[k].len) != NULL;
}

static int same_words(const char *text, size_t a, size_t an, size_t b, size_t bn);

/* "Its leader, Jordan Bardella, said", "Mercedes Ruiz said": a country
 * or a firm that is also a given name, then words of a surname the
 * gazetteer does not know, is a person where a person is expected:
 * after a role word, set off by commas, or before a verb of saying
 * ("Jordan Telecom" stays a firm: its second word is no name's) */
static int country_given(ctx *c, size_t a, size_t b, size_t send)
{
  const dl_gaz_entry *ge = gb_entry(c, a);
  size_t k;
  if (!ge || (ge->kind != DL_GK_COUNTRY && ge->kind != DL_GK_ORG) || b - a < 2
      || gb_end(c, a) != c->toks[a].start + c->toks[a].len || !given_word(c, a))
    return 0;
  for (k = a + 1; k < b; k++)
    if (c->toks[k].gb >= 0 || !name_tok(c, k, 0) || TOK_IN(c, k, L_ROLE)) return 0;
  if (next_is(c, b, send, L_SAY)) return 1;
  if (a > 0 && (c->toks[a - 1].flags & T_LOWER) && TOK_IN(c, a - 1, L_ROLE)) return 1;
  /* "Mercedes Sosa sang", "Georgia Lane died": a verb only a person's */
  if (b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && word_in(human_verbs, NELEM(human_verbs), c->text + c->toks[b].start, c->toks[b].len))
    return 1;
  /* "folk singer Mercedes Sosa ... Mercedes Sosa will tour": the same
   * name read as a person's before (the last few mentions only) */
  {
    size_t j, e = c->toks[b - 1].start + c->toks[b - 1].len;
    for (j = c->nms; j > 0 && c->nms - j < 64; j--) {
      const ment *q = &c->ms[j - 1];
      if (q->type == DL_ENT_PERSON
          && same_words(c->text, q->nstart, q->nend - q->nstart, c->toks[a].start,
                        e - c->toks[a].start))
        return 1;
    }
  }
  /* "Jordan Bardella, the party's 29-year-old president, told": a role
   * in the apposition after the name */
  if (b + 2 < send && (c->toks[b].flags & T_COMMA)) {
    for (k = b + 1; k < send && k < b + 8; k++) {
      if (c->toks[k].flags & T_COMMA) break;
      if ((c->toks[k].flags & T_LOWER) && TOK_IN(c, k, L_ROLE)) return 1;
    }
  }
  return (c->toks[a].flags & T_COMMA) && b < send && (c->toks[b].flags & T_COMMA);
}

/* Does a bowler's analysis follow the byte end ("Warne 16-4-50-2",
 * "Reiffel 14.3-3-39-3": overs, maidens, runs, wickets)? */
static int bowling_figures(const ctx *c, size_t end)
{
  size_t i = end, groups = 0;
  while (i < c->len && c->text[i] == ' ') i++;
  for (;;) {
    size_t d = i;
    while (i < c->len && DL_IS_DIGIT(c->text[i]) && i - d < 4) i++;
    if (i == d) return 0;
    if (groups == 0 && i + 1 < c->len && c->text[i] == '.' && DL_IS_DIGIT(c->text[i + 1]))
      i += 2;                        /* "14.3" overs */
    if (++groups == 4) break;
    if (i >= c->len || c->text[i] != '-') return 0;
    i++;
  }
  return i >= c->len || !(DL_IS_ALPHA(c->text[i]) || DL_IS_DIGIT(c->text[i]) || c->text[i] == '-');
}

/* In a sport story, is the name [a, b) a cricketer of a scorecard: a
 * fielder or bowler after the lower-case "c", "b" or "st" of a dismissal
 * ("c Healy b Warne 12", "st Healy b Warne 0"), before a number, "b" or
 * the end, or a bowler before an analysis ("McGrath 18-5-44-2")? */
static int cricketer(const ctx *c, size_t r0, size_t a, size_t b, size_t send)
{
  const tok *p, *q;
  if (!c->sport || b - a > 3) return 0;
  if (bowling_figures(c, c->toks[b - 1].start + c->toks[b - 1].len)) return 1;
  if (r0 != a || a == 0 || (c->toks[a].flags & T_BREAK)) return 0;
  p = &c->toks[a - 1];
  if (!(p->flags & T_LOWER) || p->len > 2
      || !(dl_word_eq(c->text + p->start, p->len, "c") || dl_word_eq(c->text + p->start, p->len, "b")
           || dl_word_eq(c->text + p->start, p->len, "st")))
    return 0;
  if (b >= send) return 1;
  q = &c->toks[b];
  return (q->flags & T_DIGIT)
         || ((q->flags & T_LOWER) && !(q->flags & T_BREAK) && q->len == 1 && c->text[q->start] == 'b');
}

/* Does an opening parenthesis follow the run that ends at token b
 * ("Sun Jun ( China )")? */
static int paren_follows(const ctx *c, size_t b)
{
  size_t e = c->toks[b - 1].start + c->toks[b - 1].len;
  while (e < c->len && c->text[e] == ' ') e++;
  return e < c->len && c->text[e] == '(';
}

/* "Valencia - Leandro ( 55 )": is token k the first of a row's scorers,
 * right after the dash that follows the club opening the row (sent0), a
 * name then its minute in parentheses ("( 55 )", "( 12 , 67 )")?  Each
 * later scorer of the row is after a comma, so any dash of the row up to
 * k, and only the club's words before it, will do. */
static int scorer_dash(const ctx *c, size_t sent0, size_t k)
{
  size_t j, e, p;
  int dash = 0;
  if (c->toks[k].start - c->toks[sent0].start > DL_MAX_SCORER_ROW) return 0;
  for (j = sent0; j < k; j++) {
    e = c->toks[j].start + c->toks[j].len;
    for (p = e; p < c->toks[j + 1].start; p++)
      if (c->text[p] == '-' && p > e && p + 1 < c->toks[j + 1].start
          && c->text[p - 1] == ' ' && c->text[p + 1] == ' ')
        dash = 1;
      else if (c->text[p] == '\n') return 0;
    if (!dash && (c->toks[j].flags & T_DIGIT)) return 0;
  }
  if (!dash) return 0;
  /* the scorer at k: capitalized words, then "( N" */
  for (j = k; j < c->ntok && j < k + 4 && (c->toks[j].flags & T_CAP)
              && !(c->toks[j].flags & T_DIGIT); j++) {}
  if (j == k || j >= c->ntok || !(c->toks[j].flags & T_DIGIT) || !paren_follows(c, j))
    return 0;
  /* the minutes close the item: "( 12 , 67 pen )", then a comma, a full
   * stop or the line's end (not "Arsenal ( 2 ) 1 Chelsea 0") */
  for (p = c->toks[j].start; p < c->len && p < c->toks[j].start + DL_MAX_MINUTES_SPAN
                             && c->text[p] != ')'; p++)
    if (!DL_IS_DIGIT(c->text[p]) && !DL_IS_LOWER(c->text[p]) && !memchr(" ,", c->text[p], 2))
      return 0;
  if (p >= c->len || c->text[p] != ')') return 0;
  for (p++; p < c->len && (c->text[p] == ' ' || c->text[p] == '\r'); p++) {}
  return p >= c->len || memchr(",;.\n", c->text[p], 4) != NULL;
}

/* Is the name [a, b) in parentheses right after another name's word
 * ("Ronaldo ( Barcelona )", "Davor Suker (Real Madrid)")? */
static int after_player(const ctx *c, size_t a, size_t b)
{
  size_t p = c->toks[a].start, e = c->toks[b - 1].start + c->toks[b - 1].len;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  if (p == 0 || c->text[p - 1] != '(') return 0;
  p--;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  if (p == 0 || !DL_IS_ALPHA(c->text[p - 1])) return 0;
  while (e < c->len && c->text[e] == ' ') e++;
  return e < c->len && c->text[e] == ')';
}

/* In a scorers line ("Leading scorers : 9 - Ronaldo ( Barcelona )"),
 * is the one word at a a player: a name in parentheses, its club or
 * country, follows, and "scorer(s)" comes before it on its line? */
static int scorers_line(const ctx *c, size_t a);

static int scorer_before_paren(const ctx *c, size_t a)
{
  size_t e = c->toks[a].start + c->toks[a].len, lim;
  while (e < c->len && c->text[e] == ' ') e++;
  if (e >= c->len || c->text[e] != '(') return 0;
  e++;
  while (e < c->len && c->text[e] == ' ') e++;
  if (e >= c->len || !DL_IS_UPPER(c->text[e])) return 0;
  for (lim = e + DL_MAX_PAREN_NAME; e < c->len && e < lim && c->text[e] != ')'; e++)
    if (c->text[e] == '\n' || c->text[e] == '(') return 0;
  if (e >= c->len || c->text[e] != ')') return 0;
  return scorers_line(c, a);
}

/* Does the line opening at token k1 (token k0 ending the line above)
 * open with a rank, a number and a dash ("2 - Jardel"), and the line
 * above end with a colon or open with a rank too? */
static int ranked_line(const ctx *c, size_t k0, size_t k1)
{
  const tok *t = &c->toks[k1];
  size_t p, i;
  if (!(t->flags & T_DIGIT) || t->len > 3 || k1 + 1 >= c->ntok) return 0;
  for (i = 0; i < t->len; i++)
    if (!DL_IS_DIGIT(c->text[t->start + i])) return 0;
  for (p = t->start + t->len; p < c->toks[k1 + 1].start && c->text[p] == ' '; p++) {}
  if (p >= c->toks[k1 + 1].start || c->text[p] != '-') return 0;
  if (memchr(c->text + c->toks[k0].start + c->toks[k0].len, ':',
             t->start - (c->toks[k0].start + c->toks[k0].len)))
    return 1;
  /* the line above: back to its first token */
  for (i = k0; i > 0 && k0 - i <= DL_MAX_SCORERS_BACK; i--)
    if (memchr(c->text + c->toks[i - 1].start + c->toks[i - 1].len, '\n',
               c->toks[i].start - (c->toks[i - 1].start + c->toks[i - 1].len)))
      break;
  if (k0 - i > DL_MAX_SCORERS_BACK) return 0;
  t = &c->toks[i];
  return (t->flags & T_DIGIT) && t->len <= 3 && DL_IS_DIGIT(c->text[t->start]);
}

/* Does "scorer(s)" come before token a on its line? */
static int scorers_line(const ctx *c, size_t a)
{
  size_t k;
  for (k = a; k-- > 0 && a - k <= DL_MAX_SCORERS_BACK;) {
    const tok *t = &c->toks[k];
    if ((t->len == 7 || t->len == 6)
        && (dl_word_eq(c->text + t->start, t->len, "scorers")
            || dl_word_eq(c->text + t->start, t->len, "scorer")))
      return 1;
    /* the line's beginning: a new line between two tokens; a ranked
     * line ("2 - Jardel ( Porto )") goes on to the lines above it, up
     * to its heading ("Leading scorers :") */
    if (memchr(c->text + t->start + t->len, '\n', c->toks[k + 1].start - (t->start + t->len))
        && !ranked_line(c, k, k + 1))
      break;
  }
  return 0;
}

/* "Leading scorers : Jordan 30 , Olajuwon 27": in a scorers line, is
 * the name a..b an item of the list, opening it or after a comma or a
 * colon, with its points right after and the item ending there?  (A
 * country's name, "Jordan", is then a player too.) */
static int scorer_points(const ctx *c, size_t a, size_t b)
{
  const tok *t;
  size_t p, e, i;
  if (b >= c->ntok) return 0;
  t = &c->toks[b];
  if (!(t->flags & T_DIGIT) || (t->flags & T_BREAK) || t->len > 3) return 0;
  for (i = 0; i < t->len; i++)
    if (!DL_IS_DIGIT(c->text[t->start + i])) return 0;
  for (e = t->start + t->len; e < c->len && c->text[e] == ' '; e++) {}
  if (e < c->len && !memchr(",.;\n", c->text[e], 4)) return 0;
  for (p = c->toks[a].start; p > 0 && c->text[p - 1] == ' '; p--) {}
  if (p == 0 || (c->text[p - 1] != ',' && c->text[p - 1] != ':')) return 0;
  return scorers_line(c, a);
}

/* Do "shares of" or "shares in" come right before token a ("Shares of
 * Novo Nordisk rose")? */
static int shares_of(const ctx *c, size_t a)
{
  const tok *s, *p;
  if (a < 2 || (c->toks[a].flags & T_BREAK)) return 0;
  s = &c->toks[a - 2];
  p = &c->toks[a - 1];
  return s->len == 6 && p->len == 2 && (p->flags & T_LOWER) && !(p->flags & T_BREAK)
         && dl_word_eq(c->text + s->start, 6, "shares")
         && (dl_word_eq(c->text + p->start, 2, "of") || dl_word_eq(c->text + p->start, 2, "in"));
}

/* Do "shares" or "stock" and a price's verb follow at token b ("McDonnell
 * Douglas shares rose": the name is a company's, not "Smith shares his
 * view")? */
static int stock_moves(const ctx *c, size_t b, size_t send)
{
  const tok *t, *v;
  if (b + 1 >= send) return 0;
  /* "Volvo B shares rose": a class of shares between (run() left it out) */
  if (b + 2 < send && c->toks[b].len == 1 && (c->toks[b].flags & T_CAP)
      && !(c->toks[b].flags & (T_ABBR | T_BREAK)))
    b++;
  t = &c->toks[b];
  v = &c->toks[b + 1];
  if (!(t->flags & T_LOWER) || (t->flags & T_BREAK) || (t->len != 6 && t->len != 5)
      || !(v->flags & T_LOWER) || (v->flags & T_BREAK))
    return 0;
  if (!dl_word_eq(c->text + t->start, t->len, "shares")
      && !dl_word_eq(c->text + t->start, t->len, "stock"))
    return 0;
  return word_in(stock_verbs, NELEM(stock_verbs), c->text + v->start, v->len);
}

/* Does a share price's change follow at token b, a price's verb and a
 * price ("Siemens rose 1.20 marks", "Bayer gained 0.30 to 55.10"), not
 * a share of votes or a time ("gained 5.2 percent", "fell 0.05
 * seconds")? */
static int price_moves(const ctx *c, size_t b, size_t send)
{
  const tok *v;
  const char *t = c->text;
  size_t i, w, e = c->len;
  int dec = 0, dollar = 0;
  if (b + 1 >= send) return 0;
  v = &c->toks[b];
  if (!(v->flags & T_LOWER) || (v->flags & T_BREAK) || v->len < 4 || v->len > 7
      || !word_in(stock_verbs, NELEM(stock_verbs), t + v->start, v->len))
    return 0;
  i = v->start + v->len;
  while (i < e && t[i] == ' ') i++;
  /* "IBM rose $ 1-3/4": a price in dollars before it (a sum, "Sales
   * rose $ 2 billion", has no fraction of a dollar in eighths) */
  if (i < e && t[i] == '$') {
    dollar = 1;
    for (i++; i < e && t[i] == ' '; i++) {}
  }
  if (i >= e || !DL_IS_DIGIT(t[i])) return 0;
  while (i < e && DL_IS_DIGIT(t[i])) i++;
  if (i + 1 < e && t[i] == '.' && DL_IS_DIGIT(t[i + 1])) {
    dec = 1;
    for (i++; i < e && DL_IS_DIGIT(t[i]); i++) {}
  } else {
    /* a fraction of a currency unit, as 1990s quotes had them
     * ("fell 3-1/2 pence", "rose $ 1-3/4", "added 5/8") */
    size_t f = i;
    if (f + 1 < e && t[f] == '-' && DL_IS_DIGIT(t[f + 1]))
      for (f++; f < e && DL_IS_DIGIT(t[f]); f++) {}
    if (f + 1 < e && t[f] == '/' && DL_IS_DIGIT(t[f + 1]) && (f == i || t[i] == '-')) {
      for (f++; f < e && DL_IS_DIGIT(t[f]); f++) {}
      /* (not a run of scores, "fell 6-3/6-4") */
      if (f >= e || (!DL_IS_ALNUM(t[f]) && t[f] != '-' && t[f] != '/')) {
        dec = 1;
        i = f;
        if (dollar) return 1;
      }
    }
  }
  if (dollar) return 0;
  while (i < e && t[i] == ' ') i++;
  for (w = i; w < e && w - i < 10 && DL_IS_LOWER(t[w]); w++) {}
  if (w == i) return dec && (i >= e || !DL_IS_ALNUM(t[i]));
  return word_in(price_units, NELEM(price_units), t + i, w - i)
         && (dec || (t[i] != 't' && t[i] != 'a'));
}

/* Do "and", a second name and its stock's move follow at token b
 * ("Skoda Plzen and Komercni Banka shares fell": both are companies)? */
static int and_stock_moves(const ctx *c, size_t b, size_t send)
{
  size_t j;
  if (b + 3 >= send || !(c->toks[b].flags & T_LOWER) || (c->toks[b].flags & T_BREAK)
      || c->toks[b].len != 3 || !dl_word_eq(c->text + c->toks[b].start, 3, "and"))
    return 0;
  for (j = b + 1; j < send && j < b + 5 && (c->toks[j].flags & T_CAP)
                  && !(c->toks[j].flags & (T_BREAK | T_POSS)); j++) {}
  return j > b + 1 && stock_moves(c, j, send);
}

/* Does a share's change in percent end the sentence at token b, a
 * price's verb first ("Credit Lyonnais gained 1.5 percent .", "... fell
 * 2.1 pct to 45.10"), not a share of votes ("gained 5.2 percent of the
 * vote", "won 40 percent in the first round")? */
static int pct_moves(const ctx *c, size_t b, size_t send)
{
  const tok *v, *u;
  size_t k = b + 2;
  if (b + 2 >= send) return 0;
  v = &c->toks[b];
  if (!(v->flags & T_LOWER) || (v->flags & T_BREAK) || v->len < 4 || v->len > 7
      || !word_in(stock_verbs, NELEM(stock_verbs), c->text + v->start, v->len)
      || dl_word_eq(c->text + v->start, v->len, "were")
      || !(c->toks[b + 1].flags & T_DIGIT) || (c->toks[b + 1].flags & T_BREAK)
      /* (a price's change has decimals: "1.5 percent") */
      || !memchr(c->text + c->toks[b + 1].start, '.', c->toks[b + 1].len))
    return 0;
  u = &c->toks[k];
  if ((u->flags & T_BREAK)
      || !(dl_word_eq(c->text + u->start, u->len, "percent")
           || dl_word_eq(c->text + u->start, u->len, "pct")))
    return 0;
  k++;
  if (k >= send) return 1;
  u = &c->toks[k];
  if (u->flags & T_SSTART) return 1;
  return k + 1 < send && (u->flags & T_LOWER) && !(u->flags & T_BREAK)
         && (dl_word_eq(c->text + u->start, u->len, "to") || dl_word_eq(c->text + u->start, u->len, "at"))
         && (c->toks[k + 1].flags & T_DIGIT);
}

/* Do a verb of saying, "its" and a word of a firm's accounts follow at
 * token b ("Credit Lyonnais said its losses narrowed": a person is "his"
 * or "her"; not "Jiang Zemin said its economy would grow", where a
 * leader speaks of his country)? */
static int said_its(const ctx *c, size_t b, size_t send)
{
  const tok *v, *p, *w;
  if (b + 2 >= send) return 0;
  v = &c->toks[b];
  p = &c->toks[b + 1];
  w = &c->toks[b + 2];
  if (!(v->flags & T_LOWER) || (v->flags & T_BREAK) || !(p->flags & T_LOWER)
      || (p->flags & T_BREAK) || p->len != 3 || !dl_word_eq(c->text + p->start, 3, "its")
      || !(w->flags & T_LOWER) || (w->flags & T_BREAK)
      || !word_in(its_accounts, NELEM(its_accounts), c->text + w->start, w->len))
    return 0;
  return dl_word_eq(c->text + v->start, v->len, "said")
         || dl_word_eq(c->text + v->start, v->len, "says")
         || dl_word_eq(c->text + v->start, v->len, "reported")
         || dl_word_eq(c->text + v->start, v->len, "announced");
}

/* In a story of a sport of one player (tennis, golf), is the name [a, b)
 * a tournament's, between "the" and its final ("the Wimbledon final",
 * "the Monte Carlo semi-final")? */
static int names_final(const ctx *c, size_t r0, size_t a, size_t b, size_t send)
{
  const tok *t;
  if (!c->games || c->sport || r0 != a || a == 0 || b >= send || b - a > 2
      || (c->toks[a].flags & T_BREAK) || !(c->toks[a - 1].flags & T_LOWER)
      || !dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "the"))
    return 0;
  t = &c->toks[b];
  if (!(t->flags & T_LOWER) || (t->flags & T_BREAK)) return 0;
  if (dl_word_eq(c->text + t->start, t->len, "final") || dl_word_eq(c->text + t->start, t->len, "finals")
      || dl_word_eq(c->text + t->start, t->len, "semifinal")
      || dl_word_eq(c->text + t->start, t->len, "semifinals"))
    return 1;
  /* "semi-final", "quarter-final" */
  return b + 1 < send && (c->toks[b + 1].flags & T_HYPH)
         && (dl_word_eq(c->text + t->start, t->len, "semi")
             || dl_word_eq(c->text + t->start, t->len, "quarter"))
         && (dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "final")
             || dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "finals"));
}

/* Words for a race run under a name of its own, sorted by strcmp. */
static const char *const race_nouns[] = {
  "marathon", "race", "regatta"
};

/* Words before "race" for a chase up a table, not a race's name, sorted
 * by strcmp. */
static const char *const table_races[] = {
  "pennant", "playoff", "points", "promotion", "relegation", "scoring", "title"
};

/* In a sport story, is the name [a, b) a race's, between "the" and up to
 * lower-case words ending in a race's noun ("the Vendee Globe
 * single-handed round-the-world race", "the Whitbread race"), not
 * followed by a noun ("the Acme race team")? */
static int names_race(ctx *c, size_t r0, size_t a, size_t b, size_t send)
{
  size_t k;
  if (!c->games || r0 != a || a == 0 || b >= send || b - a > 3
      || (c->toks[a].flags & T_BREAK) || !(c->toks[a - 1].flags & T_LOWER)
      || !dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "the"))
    return 0;
  for (k = b; k < send && k < b + DL_MAX_RACE_WORDS; k++) {
    const tok *t = &c->toks[k];
    if (!(t->flags & T_LOWER) || ((t->flags & T_BREAK) && !(t->flags & T_HYPH))) return 0;
    if (word_in(race_nouns, NELEM(race_nouns), c->text + t->start, t->len)
        && (k + 1 >= send || (c->toks[k + 1].flags & T_BREAK)
            || !(c->toks[k + 1].flags & T_LOWER) || TOK_IN(c, k + 1, L_STOP)))
      /* a club's chase of a place in the table is no race of a name:
       * "the Vitesse title race", "the Benetton points race" */
      return !(k > b && word_in(table_races, NELEM(table_races), c->text + c->toks[k - 1].start,
                                c->toks[k - 1].len));
  }
  return 0;
}

/* Does a possessive follow token k, glued or tokenized ("Australia's",
 * "Australia 's")? */
static int poss_after(const ctx *c, size_t k)
{
  size_t i = c->toks[k].start + c->toks[k].len;
  if (c->toks[k].flags & T_POSS) return 1;
  while (i < c->len && c->text[i] == ' ') i++;
  return i + 1 < c->len && c->text[i] == '\'' && c->text[i + 1] == 's'
         && (i + 2 >= c->len || !DL_IS_ALPHA(c->text[i + 2]));
}

/* Is the name at token k a country or region the gazetteer knows whole,
 * no genitive after it, and the name ending there: the sentence's end or
 * punctuation ("..., Italy, ..."), or, with lower_ok, a lower-case word
 * too ("in Ghana and ...", not "in Ghana Cocoa Board")? */
static int country_ends(ctx *c, size_t k, size_t send, int lower_ok)
{
  const dl_gaz_entry *g = gb_entry(c, k);
  size_t e;
  if (!g || (g->kind != DL_GK_COUNTRY && g->kind != DL_GK_REGION)) return 0;
  e = tok_upto(c, k, send, gb_end(c, k));
  if (e <= k || c->toks[e - 1].start + c->toks[e - 1].len != gb_end(c, k)
      || poss_after(c, e - 1))
    return 0;
  return e >= send || ((c->toks[e].flags & T_BREAK) && !(c->toks[e].flags & T_HYPH))
         || (lower_ok && (c->toks[e].flags & T_LOWER));
}

/* Is token k "interest" in the sense of a holding: after a share or a
 * kind of holding ("a 5% interest", "a 20 percent interest", "a
 * controlling interest"), not "no interest in Mozart"? */
static int interest_held(ctx *c, size_t k)
{
  const tok *t = &c->toks[k], *p;
  const char *w;
  if (k == 0 || !dl_word_eq(c->text + t->start, t->len, "interest")) return 0;
  p = &c->toks[k - 1];
  w = c->text + p->start;
  if (DL_IS_DIGIT(w[p->len - 1]) || w[p->len - 1] == '%') return 1;
  return dl_word_eq(w, p->len, "percent") || dl_word_eq(w, p->len, "pct")
         || dl_word_eq(w, p->len, "controlling") || dl_word_eq(w, p->len, "majority")
         || dl_word_eq(w, p->len, "minority");
}

/* After the country at token b (country_ends), a comma and a lower-case
 * word that is no conjunction: the sentence goes on with its verb
 * ("Florence, Italy, has banned"). */
static int verb_after_country(ctx *c, size_t b, size_t send)
{
  size_t e = tok_upto(c, b, send, gb_end(c, b));
  const tok *t;
  if (e <= b || e >= send) return 0;
  t = &c->toks[e];
  return (t->flags & T_COMMA) && (t->flags & T_LOWER)
         && !dl_word_eq(c->text + t->start, t->len, "and")
         && !dl_word_eq(c->text + t->start, t->len, "or");
}

/* Does an apposition naming a company follow at token b: a comma, a
 * country's possessive and a company's noun among the next lower-case
 * words ("Qantas, Australia's flag carrier", "Daewoo, South Korea's
 * biggest conglomerate")? */
static int firm_noun_phrase(ctx *c, size_t b, size_t send);

static int firm_apposition(ctx *c, size_t b, size_t send)
{
  const dl_gaz_entry *g;
  size_t e, k;
  if (b + 1 < send && (c->toks[b].flags & T_COMMA) && (c->toks[b].flags & T_LOWER)
      && c->toks[b].len <= 2 && c->text[c->toks[b].start] == 'a')
    return firm_noun_phrase(c, b, send);
  if (b >= send || !(c->toks[b].flags & T_COMMA) || c->toks[b].gb < 0) return 0;
  g = gb_entry(c, b);
  if (g->kind != DL_GK_COUNTRY) return 0;
  e = tok_upto(c, b, send, gb_end(c, b));
  if (e <= b || c->toks[e - 1].start + c->toks[e - 1].len != gb_end(c, b)
      || !poss_after(c, e - 1))
    return 0;
  /* (a tokenized "'s" may be a token of its own) */
  if (e < send && c->toks[e].len == 1 && c->text[c->toks[e].start] == 's') e++;
  for (k = e; k < send && k < e + 4; k++) {
    const tok *t = &c->toks[k];
    if (!(t->flags & T_LOWER) || (k > e && (t->flags & T_BREAK))) return 0;
    if (t->len >= 4 && t->len <= 12
        && word_in(firm_nouns, NELEM(firm_nouns), c->text + t->start, t->len)) {
      /* a flag carrier is also a team's flag bearer: not in a sport
       * story, nor "at the opening ceremony", "for the team" */
      if (dl_word_eq(c->text + t->start, t->len, "carrier")
          && (c->games
              || (k + 1 < send && !(c->toks[k + 1].flags & T_BREAK)
                  && (dl_word_eq(c->text + c->toks[k + 1].start, c->toks[k + 1].len, "at")
                      || dl_word_eq(c->text + c->toks[k + 1].start, c->toks[k + 1].len,
                                    "for")))))
        return 0;
      return 1;
    }
  }
  return 0;
}

/* Do the tokens from b, "a" or "an" after a name's comma, make a noun
 * phrase of a company ("Alas Nacionales, a Dominican company", "Star
 * Enterprise, a venture with Texaco"): at most two nationalities or
 * lower-case words, then a firm's noun that ends the phrase (not "a
 * company director", "a giant of the game")? */
static int firm_noun_phrase(ctx *c, size_t b, size_t send)
{
  size_t k;
  if (!(c->toks[b].len == 1 || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "an")))
    return 0;
  for (k = b + 1; k < send && k <= b + 3; k++) {
    const tok *t = &c->toks[k];
    if (t->flags & T_BREAK) return 0;
    if (t->flags & T_LOWER) {
      if (t->len >= 4 && t->len <= 12 && !dl_word_eq(c->text + t->start, t->len, "giant")
          && word_in(firm_nouns, NELEM(firm_nouns), c->text + t->start, t->len))
        return k + 1 >= send || (c->toks[k + 1].flags & T_BREAK)
               || ((c->toks[k + 1].flags & T_LOWER)
                   && word_in(after_place_noun, NELEM(after_place_noun),
                              c->text + c->toks[k + 1].start, c->toks[k + 1].len));
      continue;
    }
    if (t->gb < 0 || gb_entry(c, k)->kind != DL_GK_DEMONYM) return 0;
  }
  return 0;
}

/* Does ", the company", ", a startup" follow the name ending before
 * token b: a comma, "the" or "a", then a word for a firm within three
 * lower-case words, ending the phrase ("Neuralink, the company founded
 * by ...")? */
static int firm_noun_after(ctx *c, size_t b, size_t send)
{
  size_t k;
  const tok *t;
  if (b + 1 >= send || !(c->toks[b].flags & T_COMMA) || !(c->toks[b].flags & T_LOWER)) return 0;
  t = &c->toks[b];
  if (!dl_word_eq(c->text + t->start, t->len, "the") && !dl_word_eq(c->text + t->start, t->len, "a"))
    return 0;
  for (k = b + 1; k < send && k < b + 4; k++) {
    t = &c->toks[k];
    /* not "Smith, the company's founder": a possessive ends it */
    if (!(t->flags & T_LOWER) || (t->flags & (T_BREAK | T_POSS))) return 0;
    if (t->len >= 4 && t->len <= 12
        && word_in(firm_nouns, NELEM(firm_nouns), c->text + t->start, t->len)) {
      /* the noun ends the phrase: a comma, or a participle or relative
       * word after it ("founded by", "that"), not "the company founder" */
      const tok *u = k + 1 < send ? &c->toks[k + 1] : NULL;
      const char *w = u ? c->text + u->start : NULL;
      return !u || (u->flags & T_BREAK)
             || ((u->flags & T_LOWER) && u->len >= 4 && w[u->len - 2] == 'e' && w[u->len - 1] == 'd')
             || dl_word_eq(w, u->len, "that") || dl_word_eq(w, u->len, "which")
             || dl_word_eq(w, u->len, "whose");
    }
  }
  return 0;
}

/* Is token a's word the last word of one of the last few person
 * mentions (a bounded look back: linear)? */
#define DL_SURNAME_LOOKBACK 64
static int surname_before(const ctx *c, size_t a)
{
  size_t j;
  for (j = c->nms; j > 0 && c->nms - j < DL_SURNAME_LOOKBACK; j--) {
    const ment *q = &c->ms[j - 1];
    const tok *l = &c->toks[q->tok0 + q->ntok - 1];
    if (q->type == DL_ENT_PERSON && q->ntok > 0 && l->len == c->toks[a].len
        && same_words(c->text, l->start, l->len, c->toks[a].start, c->toks[a].len))
      return 1;
  }
  return 0;
}

/* Is the mention's title one word of a ruler ("Queen", "Prince") and its
 * name the one token a, a given name ("Queen Elizabeth": not the city of
 * Elizabeth)? */
static int ruler_given(const ctx *c, const ment *m, size_t a, size_t n)
{
  size_t tl = m->tend - m->tstart, i;
  if (n != 1 || tl < 4 || tl > 8 || !given_word(c, a)) return 0;
  for (i = 0; i < tl; i++)
    if (!DL_IS_ALPHA(c->text[m->tstart + i])) return 0;
  return word_in(ruler_words, NELEM(ruler_words), c->text + m->tstart, tl);
}

/* Classify and record the name tokens [a, b) of a run whose first token
 * of the whole run was r0 (for context) and sentence tokens end at send. */
/* Is text[s, e) alone on its line (only blanks between it and the line
 * breaks or the ends of the text): a heading? */
static int line_alone(const ctx *c, size_t s, size_t e)
{
  while (s > 0 && (c->text[s - 1] == ' ' || c->text[s - 1] == '\t')) s--;
  if (s > 0 && c->text[s - 1] != '\n') return 0;
  while (e < c->len && (c->text[e] == ' ' || c->text[e] == '\t' || c->text[e] == '\r')) e++;
  return e >= c->len || c->text[e] == '\n';
}

/* Does a plural noun for a region's states or trades follow at token b,
 * maybe after other regions or nationalities joined by commas and "and"
 * ("Caribbean producers", "Caribbean and Pacific states")? */
static int region_adjective(ctx *c, size_t b, size_t send)
{
  size_t k;
  for (k = b; k < send && k < b + 6; k++) {
    const tok *t = &c->toks[k];
    if ((t->flags & T_CAP) && !(t->flags & T_ALLCAPS) && t->gb >= 0
        && (gb_entry(c, k)->kind == DL_GK_PLACE || gb_entry(c, k)->kind == DL_GK_DEMONYM)
        && gb_end(c, k) == t->start + t->len)
      continue;
    if ((t->flags & T_LOWER) && !(t->flags & T_BREAK) && t->len <= 3
        && (dl_word_eq(c->text + t->start, t->len, "and")
            || dl_word_eq(c->text + t->start, t->len, "or")))
      continue;
    return (t->flags & T_LOWER) && !(t->flags & T_BREAK) && t->len >= 5
           && word_in(region_members, NELEM(region_members), c->text + t->start, t->len);
  }
  return 0;
}

/* Does ", a town of ..." follow the name ending before token b: a comma,
 * "a" or "the", at most two lower-case words, a place noun, then the end
 * of the phrase (not "Hale, a town councillor")? */
static int place_apposition(ctx *c, size_t b, size_t send)
{
  size_t k, last;
  if (b + 1 >= send || !(c->toks[b].flags & T_COMMA) || !(c->toks[b].flags & T_LOWER)
      || !(dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "a")
           || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "the")))
    return 0;
  last = b + 4 < send ? b + 4 : send;
  for (k = b + 1; k < last; k++) {
    const tok *t = &c->toks[k];
    if (!(t->flags & T_LOWER) || (t->flags & (T_BREAK | T_COMMA))) return 0;
    if (TOK_IN(c, k, L_PLACE_NOUN)) {
      const tok *u;
      /* not "Hasan Yilmaz, the district's mayor": the place owns what
       * follows ("the district's main port" is still a place) */
      if (t->flags & T_POSS) continue;
      if (k + 1 >= send) return 1;
      u = &c->toks[k + 1];
      if (k + 1 < last && TOK_IN(c, k + 1, L_PLACE_NOUN)) continue;   /* "a port city" */
      return (u->flags & (T_COMMA | T_BREAK)) != 0
             || ((u->flags & T_LOWER)
                 && word_in(after_place_noun, NELEM(after_place_noun), c->text + u->start, u->len));
    }
  }
  return 0;
}

/* Does ", 38, said" or ", 38, a baker" follow the name ending before
 * token b: a comma, a number of one or two digits, a comma, then a
 * lower-case word? */
static int age_apposition(const ctx *c, size_t b, size_t send)
{
  const tok *t, *u;
  if (b + 1 >= send) return 0;
  t = &c->toks[b];
  u = &c->toks[b + 1];
  return (t->flags & T_COMMA) && (t->flags & T_DIGIT) && t->len <= 2
         && DL_IS_DIGIT(c->text[t->start + t->len - 1])
         && (u->flags & T_COMMA) && (u->flags & T_LOWER);
}

/* Does the run [a, b) name a craft, a weapon or an instrument, a MISC in
 * the CoNLL manner: "USS Independence", "HMS Ark Royal"; after a word for
 * a ship ("the space shuttle Atlantis", "the aircraft carrier Nimitz",
 * also a name the gazetteer has as a place); before a word for a weapon
 * ("Patriot missiles", "Tomahawk cruise missiles", "Mirage jets"; not a
 * firm the gazetteer knows: "NATO missiles", "Lufthansa jets"), or
 * "X Space Telescope"?  ge is the built-in entry at token a, or NULL. */
/* "ships, including the Hanjin Seattle and the Nedlloyd Asia": is the
 * name at token a after "the", itself after "including" or "and", in a
 * list that a word for craft in the plural and "including" open a few
 * words before (at most DL_MAX_CRAFT_LIST tokens back, in the sentence)? */
static int craft_listed(const ctx *c, size_t a)
{
  const tok *p;
  size_t k, stop;
  if (a < 4 || (c->toks[a].flags & T_BREAK) || c->toks[a - 1].len != 3
      || !(c->toks[a - 1].flags & T_LOWER) || (c->toks[a - 1].flags & T_BREAK)
      || !dl_word_eq(c->text + c->toks[a - 1].start, 3, "the"))
    return 0;
  p = &c->toks[a - 2];
  if (!(p->flags & T_LOWER) || !((p->len == 9 && dl_word_eq(c->text + p->start, 9, "including"))
                                 || (p->len == 3 && dl_word_eq(c->text + p->start, 3, "and"))))
    return 0;
  stop = a > DL_MAX_CRAFT_LIST ? a - DL_MAX_CRAFT_LIST : 1;
  for (k = a - 2; k >= stop; k--) {
    const tok *t = &c->toks[k], *q = &c->toks[k - 1];
    if (t->len == 9 && (t->flags & T_LOWER) && dl_word_eq(c->text + t->start, 9, "including"))
      return (q->flags & T_LOWER) && q->len >= 5 && q->len <= 11
             && c->text[q->start + q->len - 1] == 's'
             && word_in(craft_nouns, NELEM(craft_nouns), c->text + q->start, q->len - 1);
    if (t->flags & T_SSTART) break;
  }
  return 0;
}

/* What a ship carries before "carrier" ("bulk carrier", "ore carrier";
 * an aircraft carrier is read with aircraft_nouns), and the verbs of a
 * sailor before the boat's name, sorted by strcmp. */
static const char *const cargo_words[] = {
  "bulk", "car", "chemical", "container", "gas", "grain", "livestock", "lng", "lpg", "ore",
  "product", "vehicle"
};
static const char *const sail_verbs[] = {
  "sailing", "skippering"
};

/* Is token a right after "carrier" and a word for what it carries
 * ("the aircraft carrier Nimitz", "the bulk carrier Ocean Pride")? */
static int carrier_before(const ctx *c, size_t a)
{
  const tok *p, *q;
  if (a < 2) return 0;
  p = &c->toks[a - 1];
  q = &c->toks[a - 2];
  if (p->len != 7 || !(p->flags & T_LOWER) || !dl_word_eq(c->text + p->start, 7, "carrier")
      || !(q->flags & T_LOWER) || (p->flags & T_BREAK))
    return 0;
  return lower_in(c, a - 2, aircraft_nouns, NELEM(aircraft_nouns), aircraft_nouns_first, 3)
         || word_in(cargo_words, NELEM(cargo_words), c->text + q->start, q->len);
}

static int craft_name(ctx *c, const dl_gaz_entry *ge, size_t r0, size_t a, size_t b,
                      size_t send)
{
  const tok *t = &c->toks[a], *last = &c->toks[b - 1], *nx;
  size_t n = b - a, k;
  if (n > 4 || c->row) return 0;
  if (n >= 2) {
    if (t->len == 3 && (t->flags & T_ALLCAPS) && !(c->toks[a + 1].flags & T_BREAK)
        && (dl_word_eq(c->text + t->start, 3, "uss") || dl_word_eq(c->text + t->start, 3, "hms")))
      return 1;
    if (last->len == 9 && dl_word_eq(c->text + last->start, 9, "telescope")) return 1;
  }
  if (t->flags & T_ALLCAPS) return 0;
  if (ge && (ge->kind == DL_GK_ORG || ge->kind == DL_GK_AGENCY || ge->kind == DL_GK_COUNTRY
             || ge->kind == DL_GK_DEMONYM || ge->kind == DL_GK_TITLE))
    return 0;
  if (ge && n == 1) {
    /* after a word for a ship, a name the gazetteer has as a place
     * ("the space shuttle Atlantis"; names it does not know are read in
     * classify) */
    if (r0 != a || a == 0 || (t->flags & T_BREAK)) return 0;
    if (lower_in(c, a - 1, craft_nouns, NELEM(craft_nouns), craft_nouns_first, 4)) return 1;
    return carrier_before(c, a);
  }
  if (r0 == a && n <= 3 && !(t->flags & T_BREAK) && carrier_before(c, a))
    return 1;                        /* "the aircraft carrier Nimitz", "the bulk carrier X" */
  /* "Tony Bullimore , sailing Exide Challenger ,": the boat a sailor
   * sails (not a name the gazetteer knows: "sailing Atlantic waters") */
  if (!ge && r0 == a && n <= 3 && a > 0 && !(t->flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER)
      && word_in(sail_verbs, NELEM(sail_verbs), c->text + c->toks[a - 1].start,
                 c->toks[a - 1].len))
    return 1;
  if (r0 == a && n <= 3 && craft_listed(c, a)) return 1;
  /* before a word for a weapon: a name the gazetteer does not know
   * whole ("Mars Global Surveyor probe") */
  if (b >= send || n > 3 || (ge && gb_end(c, a) >= last->start) || (last->flags & T_POSS))
    return 0;
  nx = &c->toks[b];
  if (!(nx->flags & T_LOWER) || (nx->flags & T_BREAK) || nx->len < 4) return 0;
  k = b;
  if (k + 1 < send && lower_in(c, k, craft_mods, NELEM(craft_mods), craft_mods_first, 5)) {
    k++;
    if (!lower_in(c, k, aircraft_nouns, NELEM(aircraft_nouns), aircraft_nouns_first, 3)
        && !(c->toks[k].len >= 9 && c->toks[k].len <= 10
             && dl_word_eq(c->text + c->toks[k].start, 9, "satellite"))
        && !lower_in(c, k, weapon_nouns, NELEM(weapon_nouns), weapon_nouns_first, 4))
      return 0;
  } else if (!lower_in(c, k, weapon_nouns, NELEM(weapon_nouns), weapon_nouns_first, 4)) {
    return 0;
  }
  return !TOK_IN(c, b - 1, L_ORG_SUFFIX) && !TOK_IN(c, a, L_STOP);
}

/* A prize's fields between its name and its noun ("Nobel peace prize"),
 * and the nouns, sorted by strcmp. */
static const char *const prize_fields[] = {
  "chemistry", "economics", "literature", "medicine", "peace", "physics"
};
static const char *const prize_nouns[] = {
  "laureate", "laureates", "prize", "prizes"
};
/* Words after "prize" that make it money, not the prize's name */
static const char *const prize_purses[] = {
  "fund", "funds", "money", "pool", "pot"
};

/* Does the run [a, b) name a prize, a MISC in the CoNLL manner: "Golden
 * Bear", "Palme d'Or", "Ballon d'Or", or one word after a verb of
 * winning and "a" or "an" ("won an Oscar", "won a Grammy")? */
static int prize_name(ctx *c, size_t a, size_t b)
{
  const tok *l = &c->toks[b - 1];
  const char *w = c->text + l->start;
  /* "Nobel peace laureate", "the Pulitzer prize": a name before a
   * prize's or its winner's noun in lower case, after a field's word */
  if (b - a == 1 && l->gb < 0 && (l->flags & T_LOWERCASE) && !(l->flags & (T_ALLCAPS | T_POSS))) {
    size_t k = b;
    if (k + 1 < c->ntok && (c->toks[k].flags & T_LOWER) && !(c->toks[k].flags & T_BREAK)
        && word_in(prize_fields, NELEM(prize_fields), c->text + c->toks[k].start,
                   c->toks[k].len))
      k++;
    if (k < c->ntok && (c->toks[k].flags & T_LOWER) && !(c->toks[k].flags & T_BREAK)
        && word_in(prize_nouns, NELEM(prize_nouns), c->text + c->toks[k].start,
                   c->toks[k].len)
        /* (not the money a sponsor puts up: "Siemens prize money") */
        && !(k + 1 < c->ntok && !(c->toks[k].flags & T_BREAK)
             && (c->toks[k + 1].flags & T_LOWER)
             && word_in(prize_purses, NELEM(prize_purses), c->text + c->toks[k + 1].start,
                        c->toks[k + 1].len)))
      return 1;
  }
  if (b - a == 1) {
    const tok *p;
    if (a < 2 || (l->flags & (T_BREAK | T_ALLCAPS | T_POSS)) || !(l->flags & T_LOWERCASE))
      return 0;
    p = &c->toks[a - 1];
    return (p->flags & T_LOWER) && p->len <= 2 && c->text[p->start] == 'a'
           && (p->len == 1 || c->text[p->start + 1] == 'n')
           && lower_in(c, a - 2, win_verbs, NELEM(win_verbs), win_verbs_first, 3);
  }
  if (b - a == 2 && c->toks[a].len == 6 && c->text[c->toks[a].start] == 'G'
      && dl_word_eq(c->text + c->toks[a].start, 6, "golden") && (l->flags & T_LOWERCASE)
      && l->len <= 6 && word_in(golden_prizes, NELEM(golden_prizes), w, l->len))
    return 1;
  return l->len >= 4 && w[l->len - 1] == 'r' && w[l->len - 2] == 'O' && w[l->len - 3] == '\''
         && w[l->len - 4] == 'd';                        /* "Palme d'Or" */
}

/* Do the words before token a (a >= 2) make it a place: a site's noun
 * and "at" or "near" ("the camp at Teza"), "out of" or a bearing's "of", or a word of
 * travel and "to" or "from" ("fled to Goma", "on their way from
 * Karlskrona")? */
static int site_before(ctx *c, size_t a)
{
  const tok *p = &c->toks[a - 1], *q = &c->toks[a - 2];
  const char *pw = c->text + p->start, *qw = c->text + q->start;
  if (!(p->flags & T_LOWER) || !(q->flags & T_LOWER) || (p->flags & T_BREAK)) return 0;
  if ((p->len == 2 && dl_word_eq(pw, 2, "at")) || (p->len == 4 && dl_word_eq(pw, 4, "near")))
    return TOK_IN(c, a - 2, L_PLACE_NOUN)
           || lower_in(c, a - 2, site_nouns, NELEM(site_nouns), site_nouns_first, 4);
  if (p->len == 2 && dl_word_eq(pw, 2, "of"))
    /* "out of", and a bearing: "seized north of Svalbard", "southwest
     * of Kvitoya" (not "northern of", no such phrase) */
    return (q->len == 3 && dl_word_eq(qw, 3, "out"))
           || (q->len <= 5 && TOK_IN(c, a - 2, L_COMPASS))
           || (q->len == 9 && (dl_word_eq(qw, 5, "north") || dl_word_eq(qw, 5, "south"))
               && (dl_word_eq(qw + 5, 4, "east") || dl_word_eq(qw + 5, 4, "west")));
  if (p->len == 4 && dl_word_eq(pw, 4, "from"))
    /* not "moved from Lazard to Rothschild" (a job), "a visit from
     * Kestrel" (the visitor) */
    return lower_in(c, a - 2, travel_words, NELEM(travel_words), travel_words_first, 3)
           && !dl_word_eq(qw, q->len, "moved") && !dl_word_eq(qw, q->len, "visit")
           && !dl_word_eq(qw, q->len, "visits");
  return p->len == 2 && dl_word_eq(pw, 2, "to")
         && lower_in(c, a - 2, travel_words, NELEM(travel_words), travel_words_first, 3);
}

/* Are tokens a, a + 1 a football club's name: a club's word and a city
 * ("Eintracht Frankfurt", "Newcastle United"), not a place whole? */
static int club_name(ctx *c, size_t a)
{
  const tok *t = &c->toks[a], *u = &c->toks[a + 1];
  size_t city;
  const dl_gaz_entry *ge;
  if ((t->flags & T_ALLCAPS) || (u->flags & (T_ALLCAPS | T_BREAK | T_HYPH | T_COMMA)))
    return 0;
  /* a club the gazetteer knows whole ("Bayern Munich") */
  if (t->gb >= 0 && gb_entry(c, a)->kind == DL_GK_ORG && gb_end(c, a) == u->start + u->len
      && t->len >= 4 && t->len <= 9
      && word_in(club_before_city, NELEM(club_before_city), c->text + t->start, t->len))
    return 1;
  /* "Real Betis", "Sporting Braga": in a sport story the club's word
   * makes a club of a word the gazetteer does not know too */
  if (c->sport && u->gb < 0 && u->gu < 0 && (u->flags & T_LOWERCASE) && !(u->flags & T_POSS)
      && t->len >= 4 && t->len <= 9
      && word_in(club_before_city, NELEM(club_before_city), c->text + t->start, t->len))
    return 1;
  if (u->gb >= 0 && t->len >= 4 && t->len <= 9
      && word_in(club_before_city, NELEM(club_before_city), c->text + t->start, t->len))
    city = a + 1;
  else if (t->gb >= 0 && u->len >= 4 && u->len <= 9
           && word_in(club_after_city, NELEM(club_after_city), c->text + u->start, u->len))
    city = a;
  else
    return 0;
  ge = gb_entry(c, city);
  if (ge->kind != DL_GK_CITY || gb_end(c, city) != c->toks[city].start + c->toks[city].len)
    return 0;
  /* "Kansas City", "Quezon City": the gazetteer's place whole */
  if (t->gb >= 0 && gb_end(c, a) >= u->start + u->len) return 0;
  return 1;
}

/* Is there a newline between token k and the one before it? */
static int line_gap(const ctx *c, size_t k)
{
  return k > 0 && memchr(c->text + c->toks[k - 1].start, '\n',
                         c->toks[k].start - c->toks[k - 1].start) != NULL;
}

/* The token after "( Country ) 71" when token k opens it (the country
 * inside the parentheses, a whole number of up to three digits after
 * them), else 0. */
static size_t paren_country_score(const ctx *c, size_t k, size_t send)
{
  const tok *t = &c->toks[k];
  size_t p = t->start, e, j;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  if (p == 0 || c->text[p - 1] != '(' || t->gb < 0 || gb_entry(c, k)->kind != DL_GK_COUNTRY) return 0;
  e = gb_end(c, k);
  for (j = k + 1; j < send && c->toks[j].start < e; j++) {}
  if (j >= send) return 0;
  while (e < c->toks[j].start && c->text[e] == ' ') e++;
  if (c->text[e] != ')') return 0;
  t = &c->toks[j];
  if (!(t->flags & T_DIGIT) || t->len > 3) return 0;
  for (p = 0; p < t->len; p++)
    if (!DL_IS_DIGIT(c->text[t->start + p])) return 0;
  return j + 1;
}

/* Is the name of tokens [a, b) one side of a tie on its line, "( Country )
 * score" after it and after another name on the same line, or its own
 * country and score before it?  The line is read no further than
 * DL_MAX_RUN_TOKENS tokens on. */
static int fixture_side(const ctx *c, size_t a, size_t b, size_t send)
{
  size_t j = paren_country_score(c, b, send), k, n;
  if (!j || (c->toks[a].gb >= 0 && gb_entry(c, a)->kind == DL_GK_GIVEN)) return 0;
  /* the other side right after the score (not "70 68 , Rocca ( Italy )
   * 70", a golfer's rounds and the next golfer), its score ending the
   * line */
  if (j < send && (c->toks[j].flags & T_CAP) && !(c->toks[j].flags & T_BREAK)
      && !line_gap(c, j))
    for (k = j + 1, n = 0; k < send && n < DL_MAX_RUN_TOKENS; k++, n++) {
      size_t e;
      if (line_gap(c, k)) break;
      e = paren_country_score(c, k, send);
      if (e) return e >= send || line_gap(c, e);
    }
  /* or the name right after the first side's score: "( Greece ) 71
   * Barcelona" (a country of up to three words), its own score ending
   * the line */
  if (!(c->toks[a].flags & T_BREAK) && (j >= send || line_gap(c, j)))
    for (k = a >= 2 ? a - 2 : 0, n = 0; k > 0 && n < 3; k--, n++)
      if (paren_country_score(c, k, send) == a) return 1;
  return 0;
}

/* Is token k a term sheet's label ("Coupon", "Payment"), capitalized? */
static int term_label(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return t->gb < 0 && t->gu < 0 && t->len >= 3 && (t->flags & T_CAP) && !(t->flags & T_ALLCAPS)
         && word_in(term_labels, NELEM(term_labels), c->text + t->start, t->len);
}

/* Does token k open its line (only spaces between it and a newline)? */
static int line_opener(const ctx *c, size_t k)
{
  size_t p = c->toks[k].start;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  return p == 0 || c->text[p - 1] == '\n';
}

/* In a sport story, is token k a word in capitals right after a closing
 * parenthesis ("Zuelle ( Switzerland ) ONCE 4:32:10"): a team, even when
 * a common word spells it? */
static int team_after_paren(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t p = t->start;
  if (!c->games || !(t->flags & T_ALLCAPS) || t->len < 2) return 0;
  while (p > 0 && c->text[p - 1] == ' ' && t->start - p < 2) p--;
  return p > 0 && c->text[p - 1] == ')';
}

/* In a team sport, is the one word [a, b) a club's name in the singular
 * before a verb in the plural ("Sampdoria have signed", "Pescara were
 * beaten"), as British copy writes of a team? */
static int club_plural(const ctx *c, size_t a, size_t b, size_t send)
{
  const tok *t = &c->toks[a], *v;
  if (b != a + 1 || b + 1 >= send || (t->flags & (T_ALLCAPS | T_POSS | T_ABBR))
      || c->text[t->start + t->len - 1] == 's')
    return 0;
  v = &c->toks[b];
  if (!(v->flags & T_LOWER) || (v->flags & T_BREAK) || v->len < 3 || v->len > 4) return 0;
  return dl_word_eq(c->text + v->start, v->len, "have") || dl_word_eq(c->text + v->start, v->len, "are")
         || dl_word_eq(c->text + v->start, v->len, "were");
}

/* Does a word of [a, b) name a sport's league ("Premier", "Rugby")? */
static int sport_league(const ctx *c, size_t a, size_t b)
{
  size_t k;
  for (k = a; k < b; k++)
    if ((c->toks[k].flags & T_CAP) && c->toks[k].len >= 5 && c->toks[k].len <= 10
        && word_in(league_sports, NELEM(league_sports), c->text + c->toks[k].start,
                   c->toks[k].len))
      return 1;
  return 0;
}

/* Is token k a word for a sport's meeting ("meeting", "meet",
 * "tournament")? */
static int meeting_word(const ctx *c, size_t k)
{
  const char *w = c->text + c->toks[k].start;
  size_t n = c->toks[k].len;
  return dl_word_eq(w, n, "meeting") || dl_word_eq(w, n, "meet") || dl_word_eq(w, n, "tournament");
}

/* Does a department's word follow the title the gazetteer matches at
 * token k, inside the run [k, b) ("U.S. Justice Department": the body,
 * not a judge)? */
static int dept_after_title(ctx *c, size_t k, size_t b)
{
  size_t e = tok_upto(c, k, b, gb_end(c, k));
  return e > k && e < b && (c->toks[e].flags & T_CAP)
         && word_in(dept_words, NELEM(dept_words), c->text + c->toks[e].start, c->toks[e].len);
}

/* Are the tokens [a, b) a table's column heads ("W L PCT GB"): capitals
 * of one to three letters without a dot, one of them a single letter? */
static int column_heads(const ctx *c, size_t a, size_t b)
{
  size_t k;
  int single = 0;
  for (k = a; k < b; k++) {
    const tok *t = &c->toks[k];
    if (t->len > 3 || (t->flags & (T_LOWERCASE | T_ABBR | T_DIGIT | T_POSS))) return 0;
    if (t->len == 1) single = 1;
  }
  return single;
}

/* Is token k one capitalized word in "-ist" or "-ists" of six letters or
 * more inside a sentence, the letter before the ending not one of a
 * surname's ("-quist", "-qvist", "-kvist", "Feist") or of "Christ"? */
static int follower_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  size_t n = t->len;
  if ((t->flags & (T_ALLCAPS | T_ABBR | T_POSS | T_SSTART)) || !(t->flags & T_LOWERCASE) || n < 6)
    return 0;
  if (w[n - 1] == 's') n--;
  if (n < 6 || w[n - 3] != 'i' || w[n - 2] != 's' || w[n - 1] != 't' || strchr("euvr", w[n - 4]))
    return 0;
  /* a common noun ("Journalists" in a title) is seen in lower case; the
   * lexicon's words keep their own reading ("Islamist" is none) */
  return !lexicon_lists(w, n) && !lower_seen(c, w, t->len);
}

/* In a team sport story, is [a, b) a club's nickname: its last word
 * capitalized and in the plural ("Red Wings", "Blue Jays"; "Red Sox"),
 * after "the" or before a player's role ("Red Wings goaltender"), the
 * name not a place the gazetteer knows whole nor ending in a place's word
 * ("the Cayman Islands", "the Rocky Mountains")? */
static int club_nickname(ctx *c, size_t a, size_t b, size_t send)
{
  const tok *l = &c->toks[b - 1];
  const char *w = c->text + l->start;
  size_t k;
  if (l->len < 3 || (l->flags & (T_POSS | T_ABBR | T_ALLCAPS)) || !(l->flags & T_LOWERCASE))
    return 0;
  if (!(dl_word_eq(w, l->len, "sox") || (w[l->len - 1] == 's' && w[l->len - 2] != 's'
                                          && w[l->len - 2] != '\'' && w[l->len - 2] != 'u')))
    return 0;
  for (k = a; k < b; k++)
    if (c->toks[k].flags & (T_ALLCAPS | T_ABBR | T_BREAK) && k > a) return 0;
  if ((c->toks[a].gb >= 0 && gb_end(c, a) >= l->start + l->len) || TOK_IN(c, b - 1, L_LOC_SUFFIX))
    return 0;
  /* not "the World Series", "the Commonwealth Games": an event's word
   * in the plural */
  if (tok_event(c, b - 1, 0)) return 0;
  if (a > 0 && !(c->toks[a].flags & T_BREAK) && c->toks[a - 1].len == 3
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the"))
    return 1;
  /* "a win over Bradford Bulls", "against Leeds Rhinos": a team's
   * preposition before it; "will play Leeds Rhinos": a team's verb */
  if (a > 0 && !(c->toks[a].flags & T_BREAK) && (c->toks[a - 1].flags & T_LOWER)
      && (word_in(team_preps, NELEM(team_preps), c->text + c->toks[a - 1].start, c->toks[a - 1].len)
          || word_in(team_verbs, NELEM(team_verbs), c->text + c->toks[a - 1].start,
                     c->toks[a - 1].len)))
    return 1;
  return b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
         && word_in(club_words, NELEM(club_words), c->text + c->toks[b].start, c->toks[b].len);
}

/* Is [a, b) a league of a sport's table or its division: "National
 * League", "American League" (baseball's), "League East" after a league's first word
 * ("American League East", "National League West"), or an acronym and a
 * compass word ("NFC East", "AFC Central")? */
static int league_division(ctx *c, size_t a, size_t b)
{
  const tok *l = &c->toks[b - 1];
  const char *w = c->text + l->start;
  size_t n = b - a;
  if (n == 2 && l->len == 6 && dl_word_eq(w, 6, "league")
      && c->toks[a].len == 8
      && (dl_word_eq(c->text + c->toks[a].start, 8, "national")
          || dl_word_eq(c->text + c->toks[a].start, 8, "american")))
    return 1;
  if (!(l->flags & T_CAP) || (l->flags & T_ALLCAPS)
      || !(dl_word_eq(w, l->len, "east") || dl_word_eq(w, l->len, "west")
           || dl_word_eq(w, l->len, "north") || dl_word_eq(w, l->len, "south")
           || dl_word_eq(w, l->len, "central")))
    return 0;
  if (n == 2)
    return (c->toks[a].flags & T_ALLCAPS) && c->toks[a].len >= 2 && c->toks[a].len <= 4;
  return n == 3 && c->toks[a + 1].len == 6 && dl_word_eq(c->text + c->toks[a + 1].start, 6, "league");
}

/* Does token k end like a town's name (place_endings), with at least
 * three letters before the ending? */
static int place_ending(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  char y = DL_LOWER(w[t->len - 2]), z = DL_LOWER(w[t->len - 1]);
  size_t i;
  /* (the last two letters of an ending first: most words end otherwise) */
  if (!((z == 'a' && (y == 'k' || y == 'i')) || (z == 'k' && y == 's') || (z == 'd' && y == 'a')
        || (z == 'h' && y == 'r') || (z == 'i' && y == 's') || (z == 'r' && y == 'a')
        || (z == 'v' && y == 'i')))
    return 0;
  for (i = 0; i < NELEM(place_endings); i++) {
    size_t n = strlen(place_endings[i]);
    if (n + 3 <= t->len && dl_word_eq(w + t->len - n, n, place_endings[i])) return 1;
  }
  return 0;
}

/* Is token b, right after a name, "airport" in lower case? */
static int airport_after(const ctx *c, size_t b, size_t send)
{
  const tok *t = &c->toks[b];
  return b < send && t->len == 7 && (t->flags & T_LOWER) && !(t->flags & T_BREAK)
         && dl_word_eq(c->text + t->start, 7, "airport");
}

/* Do "maker of" or "makers of" in lower case come right before the run
 * opening at token a (r0 its first token)? */
static int maker_of_before(const ctx *c, size_t r0, size_t a)
{
  const tok *o, *w;
  if (r0 != a || a < 2) return 0;
  o = &c->toks[a - 1];
  w = &c->toks[a - 2];
  return o->len == 2 && (o->flags & T_LOWER) && !(o->flags & T_BREAK)
         && dl_word_eq(c->text + o->start, 2, "of") && (w->flags & T_LOWER)
         && (w->len == 5 || w->len == 6) && !(w->flags & T_BREAK)
         && (dl_word_eq(c->text + w->start, w->len, "maker")
             || dl_word_eq(c->text + w->start, w->len, "makers"));
}

/* Does ", based in" follow the name ending before token b? */
static int based_in_after(const ctx *c, size_t b, size_t send)
{
  const tok *t, *u;
  if (b + 1 >= send) return 0;
  t = &c->toks[b];
  u = &c->toks[b + 1];
  return (t->flags & T_COMMA) && (t->flags & T_LOWER) && t->len == 5
         && dl_word_eq(c->text + t->start, 5, "based") && (u->flags & T_LOWER)
         && !(u->flags & T_BREAK) && u->len == 2 && dl_word_eq(c->text + u->start, 2, "in");
}

/* Is token k a possessive: "Virgin's", or "Virgin 's" as text split
 * into tokens the CoNLL way writes it (the "s" a token of its own)? */
static int poss_word(const ctx *c, size_t k)
{
  const tok *s;
  if (c->toks[k].flags & T_POSS) return 1;
  if (k + 1 >= c->ntok) return 0;
  s = &c->toks[k + 1];
  return s->len == 1 && (s->flags & T_LOWER) && DL_LOWER(c->text[s->start]) == 's'
         && s->start == c->toks[k].start + c->toks[k].len + 2
         && c->text[s->start - 1] == '\'' && c->text[s->start - 2] == ' ';
}

/* Does one of the last FIRM_LOOKBACK mentions before, an organization
 * of two words or more, open with token k's word ("Ardent Pharma ...
 * Ardent said he would": the firm's short form, "he" some other)?  The
 * bound keeps the look linear. */
#define FIRM_LOOKBACK 256
static int same_words(const char *text, size_t a, size_t an, size_t b, size_t bn);
static int firm_opened_by(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t i = c->nms, stop = c->nms > FIRM_LOOKBACK ? c->nms - FIRM_LOOKBACK : 0;
  while (i > stop) {
    const ment *o = &c->ms[--i];
    const tok *f;
    if (o->type != DL_ENT_ORGANIZATION || o->ntok < 2) continue;
    f = &c->toks[o->tok0];
    if (f->len == t->len && same_words(c->text, f->start, f->len, t->start, t->len)) return 1;
  }
  return 0;
}

/* Does "he" or "she" come at token k, right after a verb of saying, or
 * after "that" or "on" and a capitalized day ("said he", "said that she",
 * "said on Monday he")? */
static int pronoun_after_say(const ctx *c, size_t k, size_t send)
{
  size_t i;
  for (i = 0; i < 3 && k + i < send; i++) {
    const tok *t = &c->toks[k + i];
    const char *w = c->text + t->start;
    if (t->flags & T_BREAK) return 0;
    if ((t->flags & T_LOWER) && ((t->len == 2 && dl_word_eq(w, 2, "he"))
                                 || (t->len == 3 && dl_word_eq(w, 3, "she"))))
      return 1;
    if (i == 0 && (t->flags & T_LOWER) && t->len == 4 && dl_word_eq(w, 4, "that")) continue;
    if (i == 0 && (t->flags & T_LOWER) && t->len == 2 && dl_word_eq(w, 2, "on")) continue;
    if (i == 1 && dl_word_eq(c->text + c->toks[k].start, c->toks[k].len, "on")
        && (t->flags & T_CAP)) continue;
    return 0;
  }
  return 0;
}

/* Is token b, right after a name, "people" in lower case? */
static int people_after(const ctx *c, size_t b, size_t send)
{
  const tok *t = &c->toks[b];
  return b < send && t->len == 6 && (t->flags & T_LOWER) && !(t->flags & T_BREAK)
         && dl_word_eq(c->text + t->start, 6, "people");
}

/* Names told by their shape or the word before them, read early in
 * classify() for the run [a, b) (r0 its first token before any title): a
 * town's ending, a code glued to a number, an adverb opening a sentence,
 * a holiday, a medicine, a craft, a site after a possessive.  1: *m is
 * typed, 2: no name at all, 0: none of these.  (Apart, and asked only
 * after shape_cue: classify() stays small enough for the compiler to
 * inline its helpers.) */
static int shape_guess(ctx *c, size_t r0, size_t a, size_t b, size_t send, ment *m)
{
  size_t n = b - a;
  const tok *last = &c->toks[b - 1];
  /* "Kostiantynivka", "Kupiansk", "Zaporizhzhia": a word the gazetteer
   * does not know, with the ending of a town's name in Ukraine, Russia or
   * South Asia, is a place (transliterations vary more than any list) */
  if (n == 1 && c->toks[a].gb < 0 && c->toks[a].len >= 6 && c->toks[a].gu < 0
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS)) && place_ending(c, a)) {
    m->type = DL_ENT_LOCATION;
    return 1;
  }
  /* "COVID-19", "GLP-1 drugs", "MiG-29", "Su-35": a short word of
   * capitals (or two letters) glued to a number names a disease, a drug
   * or a model, no organization */
  if (n == 1 && b < send && c->toks[a].len <= 6 && c->toks[a].gu < 0
      && (c->toks[b].flags & T_HYPH) && (c->toks[b].flags & T_DIGIT) && c->toks[b].len <= 3
      && ((c->toks[a].flags & T_ALLCAPS) || c->toks[a].len <= 3)
      && !(c->toks[a].len == 1 && c->text[c->toks[a].start] == 'G')   /* "G-7", a group */
      && !(c->toks[a].gb >= 0 && gb_end(c, a) > c->toks[a].start + c->toks[a].len)) {
    m->end = m->nend = c->toks[b].start + c->toks[b].len;
    m->ntok = 2;
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return 1;
  }
  /* "Separately, ...", "Additionally, ...": an adverb opening the
   * sentence before a comma is no name */
  if (n == 1 && (c->toks[a].flags & T_SSTART) && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && b < send && (c->toks[b].flags & T_COMMA) && c->toks[a].len >= 7
      && adverb_ending(c->text + c->toks[a].start, c->toks[a].len))
    return 2;
  /* "Election Day", "Labor Day", "Victory Day": a holiday, no person
   * (a given name first is one: "Doris Day") */
  if (n >= 2 && n <= 3 && last->len == 3 && c->text[last->start] == 'D'
      && dl_word_eq(c->text + last->start, 3, "day") && !(last->flags & T_ALLCAPS) && c->toks[a].gu < 0
      && !(c->toks[a].gb >= 0 && gb_entry(c, a)->kind == DL_GK_GIVEN)
      && !(c->toks[a].flags & T_ALLCAPS)
      /* (not the newspaper "Business Day said") */
      && !next_is(c, b, send, L_SAY)
      && !(b < send && c->toks[b].len == 9
           && dl_word_eq(c->text + c->toks[b].start, 9, "newspaper"))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return 1;
  }
  /* "the diabetes drug Ozempic", "the vaccine Comirnaty": a name right
   * after a word for a medicine is the product's */
  if (n <= 2 && r0 == a && a > 0 && !(c->toks[a].flags & T_BREAK) && c->toks[a].gu < 0
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len >= 4 && c->toks[a - 1].len <= 10
      && strchr("admptv", c->text[c->toks[a - 1].start])
      && word_in(medicine_nouns, NELEM(medicine_nouns), c->text + c->toks[a - 1].start,
                 c->toks[a - 1].len)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return 1;
  }
  /* "aboard Air Force One", "aboard the Ever Given": a craft */
  if (n <= 4 && r0 == a && a > 0 && c->toks[a].gu < 0 && !(c->toks[a].flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len == 6
      && dl_word_eq(c->text + c->toks[a - 1].start, 6, "aboard")
      && !(c->toks[a].gb >= 0 && gb_end(c, a) >= m->nend)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return 1;
  }
  /* "its Fordow site", "his Ladwa constituency": one word the gazetteer
   * does not know between a possessive and a word for a place */
  if (n == 1 && r0 == a && a > 0 && b < send && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS | T_POSS))
      && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len <= 5
      && c->toks[b].len >= 4 && c->toks[b].len <= 12
      && (dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "its")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "his")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "her")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "their"))
      && word_in(place_nouns_after, NELEM(place_nouns_after), c->text + c->toks[b].start,
                 c->toks[b].len)) {
    m->type = DL_ENT_LOCATION;
    return 1;
  }
  /* "the Danish maker of Wegovy", "makers of Ozempic": a name the
   * gazetteer does not know right after "maker of" is the product's */
  if (n <= 2 && maker_of_before(c, r0, a) && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS)) && !(last->flags & T_POSS)
      && !TOK_IN(c, b - 1, L_ORG_SUFFIX)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return 1;
  }
  /* "the Kayapo people", "the Yanomami people": one word the gazetteer
   * does not know between "the" and "people" in lower case names a
   * people (a MISC, as a nationality is), no body */
  if (n == 1 && r0 == a && a > 0 && b < send && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS | T_POSS)) && people_after(c, b, send)
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len == 3
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return 1;
  }
  /* "Esenboga airport", "Vnukovo airport": one or two words the
   * gazetteer does not know before "airport" in lower case name a place */
  if (n <= 2 && airport_after(c, b, send) && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS)) && !(c->toks[b - 1].flags & (T_ALLCAPS | T_POSS))) {
    m->type = DL_ENT_LOCATION;
    return 1;
  }
  return 0;
}

/* Could one of shape_guess's rules hold for the run [a, b): one word, a
 * three-letter last word "D...", or a lower-case word before that may be
 * "aboard", a medicine's or a possessive? */
static int shape_cue(const ctx *c, size_t r0, size_t a, size_t b, size_t send)
{
  const tok *p, *t = &c->toks[a];
  char ch;
  if (b - a == 1) {
    if (b < send && ((c->toks[b].flags & (T_HYPH | T_DIGIT)) == (T_HYPH | T_DIGIT)
                     || ((c->toks[b].flags & T_COMMA) && (t->flags & T_SSTART))))
      return 1;                                   /* a code, an adverb */
    if (t->gb < 0 && t->len >= 6) {               /* a town's ending */
      char y = c->text[t->start + t->len - 2], z = c->text[t->start + t->len - 1];
      if ((z == 'a' && (y == 'k' || y == 'i')) || (z == 'k' && y == 's') || (z == 'd' && y == 'a')
          || (z == 'h' && y == 'r') || (z == 'i' && y == 's') || (z == 'r' && y == 'a')
          || (z == 'v' && y == 'i'))
        return 1;
    }
  } else if (c->toks[b - 1].len == 3 && c->text[c->toks[b - 1].start] == 'D') {
    return 1;                                     /* a holiday */
  }
  if (b < send && c->toks[b].len == 7 && b - a <= 2 && airport_after(c, b, send)) return 1;
  if (b - a == 1 && people_after(c, b, send)) return 1;
  if (b - a <= 2 && maker_of_before(c, r0, a)) return 1;
  if (r0 != a || a == 0) return 0;
  p = &c->toks[a - 1];
  if (!(p->flags & T_LOWER) || p->len < 3) return 0;
  ch = c->text[p->start];
  if (p->len == 3) return b - a == 1 && (ch == 'i' || ch == 'h');    /* "its", "his", "her" */
  return ch == 'a' || ch == 'd' || ch == 'm' || ch == 'p' || ch == 't' || ch == 'v';
}

/* Before the name [a, b) (a run from r0), "the" or a genitive ("NASA's"),
 * or after it a word of a mission or a craft? */
static int numeral_craft_cue(ctx *c, size_t r0, size_t a, size_t b, size_t send)
{
  const tok *p = a > 0 ? &c->toks[a - 1] : NULL, *nx = b < send ? &c->toks[b] : NULL;
  if (r0 == a && p && !(c->toks[a].flags & T_BREAK)
      && ((p->flags & T_POSS) || ((p->flags & T_LOWER) && p->len == 3
                                  && dl_word_eq(c->text + p->start, 3, "the"))))
    return 1;
  if (!nx || !(nx->flags & T_LOWER) || (nx->flags & T_BREAK) || (c->toks[b - 1].flags & T_POSS))
    return 0;
  return word_in(mission_words, NELEM(mission_words), c->text + nx->start, nx->len)
         || lower_in(c, b, craft_nouns, NELEM(craft_nouns), craft_nouns_first, 4)
         || lower_in(c, b, weapon_nouns, NELEM(weapon_nouns), weapon_nouns_first, 4);
}

/* Is s[0..len) all Roman numeral letters ("II", "XIV")? */
static int roman_letters(const char *s, size_t len)
{
  size_t i;
  for (i = 0; i < len; i++)
    if (s[i] != 'I' && s[i] != 'V' && s[i] != 'X') return 0;
  return 1;
}

/* Is the name [a, b) alone in parentheses right after the last mention
 * read, a person's ("Lando Norris (McLaren)")? */
static int person_paren(ctx *c, size_t a, size_t b)
{
  const ment *p = &c->ms[c->nms - 1];
  size_t i = c->toks[a].start, e = c->toks[b - 1].start + c->toks[b - 1].len, k;
  if (p->type != DL_ENT_PERSON) return 0;
  while (i > p->nend && c->text[i - 1] == ' ') i--;
  if (i == p->nend || c->text[i - 1] != '(') return 0;
  i--;
  while (i > p->nend && c->text[i - 1] == ' ') i--;
  if (i != p->nend) return 0;
  while (e < c->len && c->text[e] == ' ') e++;
  if (e >= c->len || c->text[e] != ')' || TOK_IN(c, a, L_COMPASS)) return 0;
  /* a word of a place or a people in it ("(Trinidad)", "(Swiss)"): the
   * athlete's country, as results lists have it */
  for (k = a; k < b; k++) {
    const dl_gaz_entry *g = gb_entry(c, k);
    if (g && (g->type == DL_ENT_LOCATION || g->kind == DL_GK_DEMONYM || g->kind == DL_GK_TITLE))
      return 0;
  }
  return 1;
}

/* In the name [a, b), is the word before its first "of" (not the first
 * word) one that opens an organization's "X of Y" ("Court", "Council")? */
static int of_body(ctx *c, size_t a, size_t b)
{
  size_t k;
  for (k = a + 2; k + 1 < b; k++)
    if ((c->toks[k].flags & T_LOWER) && c->toks[k].len == 2
        && dl_word_eq(c->text + c->toks[k].start, 2, "of"))
      return TOK_IN(c, k - 1, L_ORG_HEAD) && !TOK_IN(c, k - 1, L_LOC_HEAD);
  return 0;
}

/* Is token a a credit rating's grade: "AA+", "BBB-", "A+", or "AAA"
 * (one letter A, B or C repeated) with a rating's word within two words
 * ("AAA said" stays the motoring club)? */
static int credit_grade(const ctx *c, size_t a, size_t send)
{
  const tok *t = &c->toks[a];
  const char *w = c->text + t->start;
  size_t len = t->len, i, k;
  if (w[len - 1] == '+') len--;
  if (len == 0 || len > 3 || (w[0] != 'A' && w[0] != 'B' && w[0] != 'C')) return 0;
  for (i = 1; i < len; i++)
    if (w[i] != w[0]) return 0;
  if (len < t->len) return 1;                                 /* "AA+" */
  if (t->start + len < c->len && c->text[t->start + len] == '-'
      && (t->start + len + 1 >= c->len || !DL_IS_ALNUM(c->text[t->start + len + 1])))
    return 1;                                                 /* "BBB-" */
  if (len == 1) return 0;
  for (k = a >= 2 ? a - 2 : 0; k < send && k <= a + 2; k++)
    if (k != a && (c->toks[k].flags & T_LOWER) && c->toks[k].len >= 5
        && word_in(grade_words, NELEM(grade_words), c->text + c->toks[k].start, c->toks[k].len))
      return 1;
  return 0;
}

static int member_noun(const ctx *c, size_t k);

/* Is token k one word the gazetteer has as a given name? */
static int given_only(const ctx *c, size_t k)
{
  const dl_gaz_entry *g = gb_entry(c, k);
  return g && g->kind == DL_GK_GIVEN && gb_end(c, k) == c->toks[k].start + c->toks[k].len
         && !(c->toks[k].flags & (T_ALLCAPS | T_POSS | T_HYPH));
}

/* Is the one word in capitals at token a a time zone after a clock time
 * ("09:00 UTC", "10 p.m. EDT"), no organization? */
static int clock_zone(const ctx *c, size_t a)
{
  const tok *t = &c->toks[a];
  size_t p = t->start;
  int off;
  if (t->len < 3 || t->len > 4 || a == 0 || (t->flags & T_POSS)) return 0;
  while (p > 0 && c->text[p - 1] == ' ' && t->start - p < 2) p--;
  if (p == t->start || p == 0) return 0;
  if (!DL_IS_DIGIT(c->text[p - 1])) {
    /* "a.m.", "pm": the word before */
    const tok *q = &c->toks[a - 1];
    const char *w = c->text + q->start;
    size_t ql = q->len - (q->len > 2 && w[q->len - 1] == '.');
    if (ql < 2 || ql > 3 || (w[0] != 'a' && w[0] != 'p') || w[ql - 1] != 'm' || q->start < 2
        || !DL_IS_DIGIT(c->text[q->start - (c->text[q->start - 1] == ' ') - 1]))
      return 0;
  }
  return dl_tz_abbrev(c->text + t->start, t->len, 0, &off);
}

/* Is the name at token a introduced as a relative by a possessive and a
 * kinship noun ("whose son Matan", "her husband, Tom Ito")? */
static int kin_named(const ctx *c, size_t a)
{
  const tok *k, *o;
  if (a < 2) return 0;
  k = &c->toks[a - 1];
  o = &c->toks[a - 2];
  return (k->flags & T_LOWER) && !(k->flags & T_BREAK) && (o->flags & T_LOWER)
         && k->len >= 3 && k->len <= 13 && o->len <= 5
         && word_in(kin_words, NELEM(kin_words), c->text + k->start, k->len)
         && word_in(kin_owners, NELEM(kin_owners), c->text + o->start, o->len);
}

/* Is token k a land form's or territory's noun of geo_nouns in the plural
 * and in lower case ("regions", "provinces"), no punctuation before it? */
static int geo_plural(const ctx *c, size_t k)
{
  const tok *t;
  if (k >= c->ntok) return 0;
  t = &c->toks[k];
  return (t->flags & T_LOWER) && !(t->flags & T_BREAK) && t->len >= 4
         && c->text[t->start + t->len - 1] == 's' && first_in(geo_nouns_first, c->text[t->start])
         && word_in(geo_nouns, NELEM(geo_nouns), c->text + t->start, t->len - 1);
}

/* Does the noun phrase end after token k (the next word punctuated off,
 * capitalized or a stop word; not "the Smith and Jones islands report")? */
static int phrase_ends_after(ctx *c, size_t k, size_t send)
{
  return k + 1 >= send || !(c->toks[k + 1].flags & T_LOWER)
         || (c->toks[k + 1].flags & (T_BREAK | T_COMMA)) || TOK_IN(c, k + 1, L_STOP);
}

/* Is token k a given name the gazetteer knows ("Tom", "Ann")? */
static int given_tok(const ctx *c, size_t k)
{
  return c->toks[k].gb >= 0 && gb_entry(c, k)->kind == DL_GK_GIVEN;
}

/* Does "the" or a place's preposition come right before token k (the
 * first of a pair of names, "in Peten and El Quiche regions"; not
 * "Nokia and Ericsson regions" opening a sentence)? */
static int pair_opener(ctx *c, size_t k)
{
  const tok *p;
  if (k == 0 || (c->toks[k].flags & T_BREAK)) return 0;
  p = &c->toks[k - 1];
  return (p->flags & T_LOWER)
         && (dl_word_eq(c->text + p->start, p->len, "the") || place_prep_before(c, k));
}

/* "the Peten and El Quiche regions": is the name [a, b) one of two
 * joined by "and" before such a noun in the plural, the phrase ending
 * there, "the" or a place's preposition before the first?  The other
 * name is one to three capitalized words; neither opens with a given
 * name ("Tom and Jerry"). */
static int geo_pair(ctx *c, size_t a, size_t b, size_t send)
{
  size_t j, k;
  if (b >= send || (c->toks[b - 1].flags & T_POSS) || given_tok(c, a)) return 0;
  if (geo_plural(c, b)) {   /* the second name: "and" and a capitalized word before */
    if (a < 2 || (c->toks[a].flags & T_BREAK) || !(c->toks[a - 1].flags & T_LOWER)
        || (c->toks[a - 1].flags & T_BREAK)
        || !dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "and")
        || !phrase_ends_after(c, b, send))
      return 0;
    for (k = a - 2; k + 3 >= a && (c->toks[k].flags & T_CAP); k--) {
      if (c->toks[k].flags & T_POSS) return 0;
      if (k == 0 || (c->toks[k].flags & T_BREAK) || !(c->toks[k - 1].flags & T_CAP))
        return !given_tok(c, k) && pair_opener(c, k);
    }
    return 0;
  }
  if (!(c->toks[b].flags & T_LOWER) || (c->toks[b].flags & T_BREAK)
      || !dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "and")
      || b + 1 >= send || given_tok(c, b + 1) || !pair_opener(c, a))
    return 0;
  for (j = b + 1; j < send && j <= b + 3; j++) {
    if ((c->toks[j].flags & (T_BREAK | T_POSS)) || !(c->toks[j].flags & T_CAP)) return 0;
    if (j + 1 < send && geo_plural(c, j + 1)) return phrase_ends_after(c, j + 1, send);
  }
  return 0;
}

/* Does the word w[0..n) end as only surnames do (Slavic "-ov", "-ski",
 * "-enko", "-ovic"; Greek "-opoulos"; Romanian "-escu"; Georgian
 * "-shvili"; Armenian "-yan"; Turkish "-oglu"; Spanish "-ez")?  Not "-ian"
 * nor "-ic" alone: "Presbyterian", "Slavic" are no names.  Five letters
 * or more. */
static int surname_ending(const char *w, size_t n)
{
#define END(s) { s, sizeof s - 1 }
  static const struct { const char *s; size_t n; } ends[] = {
    END("akis"), END("chuk"), END("czyk"), END("dze"), END("eanu"), END("enko"), END("escu"),
    END("eva"), END("evic"), END("ez"), END("idis"), END("ivic"), END("oglu"), END("opoulos"),
    END("ov"), END("ova"), END("ovic"), END("shvili"), END("ska"), END("ski"), END("skiy"),
    END("sky"), END("vich"), END("wicz"), END("yan")
  };
#undef END
  size_t k;
  if (n < 5 || !DL_IS_UPPER(w[0])) return 0;
  for (k = 1; k < n; k++)
    if (!DL_IS_LOWER(w[k])) return 0;
  for (k = 0; k < NELEM(ends); k++) {
    size_t e = ends[k].n;
    /* (the last letter first: most words end in none of these) */
    if (n > e + 2 && w[n - 1] == ends[k].s[e - 1] && memcmp(w + n - e, ends[k].s, e) == 0)
      return 1;
  }
  return 0;
}

/* Last words of a political party's name ("Democrat Party", "National
 * Front"; not a firm's "Opposition Research Group"), sorted by strcmp. */
static const char *const party_heads[] = {
  "alliance", "bloc", "coalition", "congress", "front", "league", "movement", "parties", "party",
  "union"
};

/* Words for a body outside the law between "the" and its name ("the
 * banned Gamaa Islamiya"), sorted by strcmp. */
static const char *const outlaw_words[] = {
  "armed", "banned", "clandestine", "outlawed", "underground"
};
static int low_in(const ctx *c, size_t k, const char *const *tab, size_t n);

static int role_article(const ctx *c, size_t k);

static dl_status classify(ctx *c, size_t r0, size_t a, size_t b, size_t send,
                          ment *m)
{
  const dl_gaz_entry *ge;
  size_t n = b - a;
  const tok *last = &c->toks[b - 1];
  m->nstart = c->toks[a].start;
  m->nend = last->start + last->len;
  m->tok0 = (uint32_t)a;
  m->ntok = (uint32_t)n;

  /* a user entry covering the name */
  if (c->toks[a].gu >= 0) {
    const dl_gaz_match *g = &c->mu.m[c->toks[a].gu];
    if (g->start + g->len == m->nend) {
      const dl_gaz_entry *e = dl_gazetteer_entry(c->gu, g->entry);
      m->gz = c->gu;
      m->entry = g->entry;
      m->type = e->type;
      m->strong = 1;
      return add_ment(c, m);
    }
  }
  /* "Euro 96", "Euro 2000": in a sport story the European championship
   * is named by its year, and the year is part of its name; it is held
   * every four years, in a leap year (not "Euro 50 notes") */
  if (n == 1 && c->games && last->len == 4 && dl_word_eq(c->text + last->start, 4, "euro")
      && b < send && !(c->toks[b].flags & T_BREAK) && (c->toks[b].len == 2 || c->toks[b].len == 4)
      && DL_IS_DIGIT(c->text[c->toks[b].start]) && DL_IS_DIGIT(c->text[c->toks[b].start + 1])
      && DL_IS_DIGIT(c->text[c->toks[b].start + c->toks[b].len - 1])
      && DL_IS_DIGIT(c->text[c->toks[b].start + c->toks[b].len - 2])
      && ((c->text[c->toks[b].start + c->toks[b].len - 2] - '0') * 10
          + (c->text[c->toks[b].start + c->toks[b].len - 1] - '0')) % 4 == 0) {
    m->end = m->nend = c->toks[b].start + c->toks[b].len;
    m->ntok = 2;
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (n == 1 && (c->toks[a].flags & T_ALLCAPS) && clock_zone(c, a)) return DL_OK;
  if (n == 1 && c->toks[a].len <= 4 && credit_grade(c, a, send)) return DL_OK;
  /* "6.1 on the Richter scale": a scale named after its maker, a unit */
  if (n == 1 && b < send && c->toks[b].len == 5 && (c->toks[b].flags & T_LOWER)
      && !(c->toks[b].flags & T_BREAK) && !(last->flags & T_POSS)
      && dl_word_eq(c->text + c->toks[b].start, 5, "scale"))
    return DL_OK;
  /* "Hurricane Helene": a storm named like a person is an event */
  if (n >= 2 && m->tend == m->tstart && c->toks[a].len >= 5 && c->toks[a].len <= 10
      && strchr("chstCHST", c->text[c->toks[a].start])
      && word_in(storm_words, NELEM(storm_words), c->text + c->toks[a].start, c->toks[a].len)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "said in Hindi": a language alone after "in" (where a place is
   * guessed otherwise) */
  if (n == 1 && c->toks[a].gb < 0 && c->toks[a].len >= 4 && c->toks[a].len <= 9 && a > 0
      && c->toks[a - 1].len == 2 && (c->toks[a - 1].flags & T_LOWER)
      && dl_word_eq(c->text + c->toks[a - 1].start, 2, "in")
      && (c->toks[a].flags & T_LOWERCASE)
      && word_in(language_words, NELEM(language_words), c->text + c->toks[a].start,
                 c->toks[a].len)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Max Verstappen (Red Bull)", "George Russell (Mercedes)": a name in
   * parentheses right after a person's is the team, club, firm or party
   * the person is with (a country or region stays the place: "Sinner
   * (Italy)") */
  if (n <= 3 && (c->toks[a].flags & T_BREAK) && c->nms > 0 && c->toks[a].gu < 0
      && !(c->toks[a].flags & T_ALLCAPS) && person_paren(c, a, b)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Leading scorers : Jordan 30 , Olajuwon 27": a player and his
   * points, whatever else the gazetteer calls the name */
  if (c->games && n <= 3 && r0 == a && m->tend == m->tstart
      && !(c->toks[a].flags & T_ALLCAPS) && scorer_points(c, a, b)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Vendee Globe single-handed race": a race named by words the
   * gazetteer does not know whole (before shape_guess reads "Globe" as
   * a paper's) */
  if ((c->toks[a].gb < 0 || gb_end(c, a) < m->nend) && c->toks[a].gu < 0
      && m->tend == m->tstart
      && names_race(c, r0, a, b, send)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* shapes and words before (shape_guess) */
  if (shape_cue(c, r0, a, b, send)) {
    int g = shape_guess(c, r0, a, b, send, m);
    if (g == 1) return add_ment(c, m);
    if (g == 2) return DL_OK;
  }
  /* "Bayern Munich", "Manchester City": a club's word and a city the
   * gazetteer knows, the two not a place it knows whole ("Mexico City") */
  if (n == 2 && m->tend == m->tstart && club_name(c, a)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Frankish king Clovis", "emperor Hirohito": a ruler's title in
   * lower case before a name (a city's too) makes a person */
  if (r0 == a && a > 0 && n <= 3 && c->toks[a].gu < 0 && !(c->toks[a].flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len >= 4 && c->toks[a - 1].len <= 8
      && strchr("ceknpqst", c->text[c->toks[a - 1].start])
      && word_in(ruler_words, NELEM(ruler_words), c->text + c->toks[a - 1].start,
                 c->toks[a - 1].len)
      && person_shape(c, a, b)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "c Healy b Warne 12": the players of a cricket scorecard */
  ge = gb_entry(c, a);
  if ((!ge || ge->kind == DL_GK_GIVEN || ge->kind == DL_GK_CITY || ge->kind == DL_GK_REGION)
      && m->tend == m->tstart && cricketer(c, r0, a, b, send)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "At Old Trafford : Lancashire 410-7": in a sport story a results
   * line opening with the ground, a place */
  if (c->games && a > 0 && r0 + 1 >= a && n <= 3 && m->tend == m->tstart
      && (!ge || ge->type == DL_ENT_LOCATION) && venue_line(c, a, m->nend))
  {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Wimbledon final": a tournament named after its town */
  if ((!ge || ge->kind == DL_GK_CITY || ge->kind == DL_GK_PLACE || ge->kind == DL_GK_REGION)
      && m->tend == m->tstart && names_final(c, r0, a, b, send)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the space shuttle Atlantis", "Patriot missiles", "USS Shiloh";
   * "the Golden Bear", "won an Oscar"; "the Schengen accord" (a word the
   * gazetteer does not know before a treaty's noun) */
  if (craft_name(c, ge, r0, a, b, send) || prize_name(c, a, b)
      || (n == 1 && !ge && r0 == a && !(c->toks[a].flags & T_ALLCAPS)
          && names_treaty(c, b, send))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "5-2 Grey Kestrel", "rides Moonlit Harbour", "the Derby": in a
   * racing story horses and races are MISC, as CoNLL has it */
  if (c->turf && m->tend == m->tstart && !(ge && ge->kind == DL_GK_COUNTRY)
      && (horse_name(c, r0, a, b, send)
          || (n == 1 && c->toks[a].len >= 4 && c->toks[a].len <= 7
              && word_in(race_names, NELEM(race_names), c->text + c->toks[a].start,
                         c->toks[a].len))
          /* (not after a given name: "Tom Chase", a trainer, is a man) */
          || (n >= 2 && !(c->toks[b - 1].flags & T_ALLCAPS)
              && word_in(race_ends, NELEM(race_ends), c->text + c->toks[b - 1].start,
                         c->toks[b - 1].len)
              && !given_word(c, b - 2)))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Peronists", "Gaullist deputies", "Maoist rebels": a follower
   * of a man or a doctrine, one word in "-ist(s)" the gazetteer does not
   * know, is a MISC in the CoNLL manner (not "Lindquist", "Almqvist",
   * "Christ") */
  if (n == 1 && !ge && m->tend == m->tstart && follower_word(c, a)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "on the Saslong course", "the Suzuka circuit": in a sport story a
   * name before a word for where the race is run is the place */
  if (c->games && n <= 3 && r0 == a && m->tend == m->tstart && b < send
      && (!ge || ge->type == DL_ENT_LOCATION) && !(last->flags & T_POSS)
      && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && c->toks[b].len >= 5 && c->toks[b].len <= 7
      && word_in(course_nouns, NELEM(course_nouns), c->text + c->toks[b].start,
                 c->toks[b].len)) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Red Wings", "Blue Jays shortstop": in a team sport story a
   * name in the plural after "the" or before a player's role is the
   * club (a given name opens "Red Wings"; not "the Cayman Islands") */
  if (c->sport && n >= 2 && n <= 3 && m->tend == m->tstart && club_nickname(c, a, b, send)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "National League", "NFC East", "American League West": in a sport
   * story a league of a sport's table or one of its divisions, a MISC
   * (CoNLL) */
  if (c->sport && n >= 2 && m->tend == m->tstart && league_division(c, a, b)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "W L PCT GB": a line of a table's column heads, capitals of one to
   * three letters, one a single letter, is no name */
  if (n >= 2 && column_heads(c, a, b) && line_alone(c, m->nstart, m->nend)) return DL_OK;
  /* "Serbo-Croatian", "Franco-German", "Sino-Japanese": a combining
   * form in -o glued by a hyphen to a nationality is one MISC (not
   * "Mexico-Canadian": a place the gazetteer knows is no combining form) */
  if (n == 2 && !ge && m->tend == m->tstart && (c->toks[a + 1].flags & T_HYPH)
      && !(c->toks[a + 1].flags & T_BREAK) && !(c->toks[a].flags & (T_ALLCAPS | T_POSS))
      && c->toks[a].gb < 0 && c->toks[a].gu < 0 && c->toks[a].len >= 4 && c->toks[a].len <= 7
      && c->text[c->toks[a].start + c->toks[a].len - 1] == 'o'
      && c->toks[a + 1].gb >= 0 && gb_entry(c, a + 1)->kind == DL_GK_DEMONYM
      && gb_end(c, a + 1) == m->nend) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Banyamulenge Tutsis", "Meskhetian Turks": a word the gazetteer
   * does not know before a people's noun names a people, one MISC in the
   * CoNLL manner (as "Bosnian Serbs") */
  if (n == 2 && !ge && m->tend == m->tstart && !(c->toks[a].flags & (T_ALLCAPS | T_POSS))
      && (people_noun(c, a + 1)
          || (c->text[last->start + last->len - 1] == 's' && last->len >= 4
              && c->toks[a + 1].gb >= 0 && gb_entry(c, a + 1)->kind == DL_GK_DEMONYM
              && gb_end(c, a + 1) == m->nend))) {   /* "Tutsis", "Israelis" */
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Kosovo Albanians", "Vojvodina Hungarians": a country or a region
   * the gazetteer knows whole, then a nationality's people in the
   * plural, is the place and the people (a MISC), not one body (a city's
   * and a sport's are teams: "the Cleveland Indians") */
  if (n == 2 && ge && !c->sport && m->tend == m->tstart
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS))
      && (ge->kind == DL_GK_COUNTRY || ge->kind == DL_GK_REGION || ge->kind == DL_GK_PLACE)
      && gb_end(c, a) == c->toks[a].start + c->toks[a].len && last->len >= 4
      && c->text[last->start + last->len - 1] == 's' && !(last->flags & T_POSS)
      && c->toks[a + 1].gb >= 0 && gb_entry(c, a + 1)->kind == DL_GK_DEMONYM
      && gb_end(c, a + 1) == m->nend) {
    dl_status st = add_gaz_ment(c, a, a + 1, DL_ENT_LOCATION, NULL);
    if (st != DL_OK) return st;
    return add_gaz_ment(c, a + 1, b, DL_ENT_MISC, NULL);
  }
  /* "Lloyd's", "Moody's": a firm the gazetteer knows with its "'s" is
   * named whole (the run stopped at the genitive) */
  if (ge && ge->type == DL_ENT_ORGANIZATION && (last->flags & T_POSS) && m->tend == m->tstart
      && gb_end(c, a) > m->nend && gb_end(c, a) <= m->nend + 4 && c->text[m->nend] != ' ') {
    m->nend = gb_end(c, a);
    if (m->end < m->nend) m->end = m->nend;
    m->gz = c->gb;
    m->entry = c->mb.m[c->toks[a].gb].entry;
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* a built-in entry covering the name ("SEC" and the full name merge) */
  if (ge && gb_end(c, a) == m->nend && ge->type != DL_ENT_NONE
      && !(m->tend > m->tstart && ge->kind != DL_GK_CITY && ge->kind != DL_GK_REGION)
      && !(m->tend > m->tstart && ruler_given(c, m, a, n))) {
    m->gz = c->gb;
    m->entry = c->mb.m[c->toks[a].gb].entry;
    m->type = ge->type;
    m->strong = 1;
    if (ge->kind == DL_GK_PLACE
        && (seat_of_power(c, a, ge)
            || (n >= 2 && dl_word_eq(c->text + last->start, last->len, "palace")
                && next_is(c, b, send, L_SAY))))     /* "Kensington Palace said" */
      m->type = DL_ENT_ORGANIZATION;
    if (ge->type == DL_ENT_LOCATION && m->tend == m->tstart && names_treaty(c, b, send))
      m->type = DL_ENT_MISC;
    /* "Caribbean producers", "Pacific states": a region's name with an
     * adjective's ending, as an adjective ("Gulf producers" stay a place) */
    if (ge->kind == DL_GK_PLACE && n == 1 && m->tend == m->tstart && last->len >= 4
        && ((c->text[m->nend - 2] == 'a' && c->text[m->nend - 1] == 'n')
            || (c->text[m->nend - 2] == 'i' && c->text[m->nend - 1] == 'c'))
        && region_adjective(c, b, send))
      m->type = DL_ENT_MISC;
    /* "Ronaldo ( Barcelona )": a city after a player is the club */
    if (c->sport && ge->kind == DL_GK_CITY && m->tend == m->tstart && after_player(c, a, b))
      m->type = DL_ENT_ORGANIZATION;
    /* "Monaco drew with Nantes" under "FRENCH LEAGUE": a country that
     * plays in a clubs' league is a club ("France coach Aime Jacquet"
     * there is the national side's: a place; so are two countries that
     * play each other, "Nigeria beat Brazil") */
    if (c->sport && ge->kind == DL_GK_COUNTRY && m->tend == m->tstart
        && !(b < send && club_word_after(c, b, send)) && c->clubs_league
        && plays(c, a, b, send) && !country_near(c, a, b, send))
      m->type = DL_ENT_ORGANIZATION;
    /* "Parma won 2-1": a city that plays is its club (not England,
     * Scotland, Northern Ireland, Britain's regions in ISO 3166-2: they
     * field national teams, places as CoNLL has it) */
    if (c->sport && (ge->kind == DL_GK_CITY || ge->kind == DL_GK_REGION)
        && m->tend == m->tstart && !(ge->kind == DL_GK_REGION && ge->id[0] == 'G'
                                     && ge->id[1] == 'B' && ge->id[2] == '-')
        && plays(c, a, b, send))
      m->type = DL_ENT_ORGANIZATION;
    return add_ment(c, m);
  }
  /* "Procter & Gamble", "Brown & Root": names joined by "&" are a firm */
  if (n >= 2 && m->tend == m->tstart) {
    size_t k;
    for (k = a + 1; k < b && !((c->toks[k].flags & T_BREAK) && amp_gap(c, k)); k++) {}
    if (k < b) {
      m->type = DL_ENT_ORGANIZATION;
      m->strong = 1;
      return add_ment(c, m);
    }
  }
  /* "Ernst and Young": a firm of two names that a firm's noun
   * introduced (and_firms_scan) */
  if (n == 3 && m->tend == m->tstart && and_firm_at(c, a + 1, b)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Las Delicias", "Los Alamos": a Spanish plural article opens a
   * place's name, never a person's */
  if (n == 2 && c->toks[a + 1].gb < 0 && c->toks[a].len == 3 && m->tend == m->tstart
      && (dl_word_eq(c->text + c->toks[a].start, 3, "las")
          || dl_word_eq(c->text + c->toks[a].start, 3, "los"))) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (m->tend > m->tstart) {          /* a title: a person */
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "a dealer at Rudolf Wolff", "analysts at Jardine Fleming": the firm
   * of someone who works in the markets, even when named after people */
  if (n <= 4 && r0 == a && a >= 2 && !(c->toks[a].flags & T_BREAK)
      && !(c->toks[a - 1].flags & T_BREAK) && (c->toks[a - 1].flags & T_LOWER)
      && c->toks[a - 1].len == 2 && dl_word_eq(c->text + c->toks[a - 1].start, 2, "at")
      && (c->toks[a - 2].flags & T_LOWER)
      && word_in(market_jobs, NELEM(market_jobs), c->text + c->toks[a - 2].start,
                 c->toks[a - 2].len)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (event_name(c, a, b)) {           /* "Asian Cup", "Tour of Spain" */
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Ivo Van Damme Memorial": in a sport story, a meeting named
   * after someone (elsewhere "Lincoln Memorial" is a place) */
  if (c->games && n >= 2 && dl_word_eq(c->text + last->start, last->len, "memorial")) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Willem II 0 Heerenveen 3": in a sport story a name numbered like a
   * king's before a score is a club of a results line */
  if (n >= 2 && (last->flags & T_ALLCAPS) && c->sport && TOK_IN(c, b - 1, L_NAMESUF)
      && score_follows(c, b, send)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "NASA's Artemis II", "the Artemis II mission": one word no given
   * name and a Roman numeral, after "the" or a genitive or before a word
   * of a mission, is a craft's or a mission's name, a MISC (CoNLL); not
   * "Elizabeth II" (a given name), nor "Hassan II died" (no cue: a king) */
  if (n == 2 && (last->flags & T_ALLCAPS) && last->len >= 2 && TOK_IN(c, b - 1, L_NAMESUF)
      && roman_letters(c->text + last->start, last->len) && !(ge && ge->kind == DL_GK_GIVEN)
      && !(c->toks[a].flags & T_ALLCAPS) && numeral_craft_cue(c, r0, a, b, send)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Clifford L. Alexander Jr." */
  if (n >= 2 && TOK_IN(c, b - 1, L_NAMESUF) && person_shape(c, a, b)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "West Germany", "Southern Africa": a compass word before a place */
  if (n == 2 && TOK_IN(c, a, L_COMPASS)) {
    const dl_gaz_entry *g2 = gb_entry(c, a + 1);
    if (g2 && g2->type == DL_ENT_LOCATION && gb_end(c, a + 1) == m->nend) {
      m->type = DL_ENT_LOCATION;
      m->strong = 1;
      return add_ment(c, m);
    }
  }
  /* "EASTERN CONFERENCE", "Pacific Division": a group of a standings
   * table in a sport story */
  if (c->sport && n == 2 && (c->toks[a].gb < 0 || (ge && ge->type == DL_ENT_LOCATION))
      && word_in(group_words, NELEM(group_words), c->text + last->start, last->len)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "at the Harare Sports Club", "at Augusta National Golf Club", "at
   * the United Center": in a sport story, where the game is played */
  {
    int the;
    if (c->games && n > 1 && last->len >= 4 && last->len <= 8
        && word_in(venue_words, NELEM(venue_words), c->text + last->start, last->len)
        && after_at(c, r0, a, &the)) {
      m->type = DL_ENT_LOCATION;
      m->strong = 1;
      return add_ment(c, m);
    }
  }
  /* "at The Oval", "At The Belfry": in a sport story one word the
   * gazetteer does not know after "at" and a capitalized "The" is the
   * ground, named with its article (not an event, "at The Open", "at The
   * Masters", nor a newspaper or a body, "at The Times") */
  if (c->games && n == 1 && a >= 2 && !ge && m->tend == m->tstart && c->toks[a].gu < 0
      && (c->toks[a].flags & T_LOWERCASE) && !(c->toks[a].flags & (T_BREAK | T_POSS))
      && !TOK_IN(c, a, L_ORG_SUFFIX)
      && c->toks[a - 1].len == 3 && (c->toks[a - 1].flags & T_CAP)
      && !(c->toks[a - 1].flags & (T_SSTART | T_ALLCAPS | T_BREAK))
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")
      && c->toks[a - 2].len == 2
      /* ("At The Oval , England made ...": the sentence's first word) */
      && (c->toks[a - 2].flags & (T_LOWER | T_SSTART))
      && dl_word_eq(c->text + c->toks[a - 2].start, 2, "at")
      && !word_in(event_words, NELEM(event_words), c->text + c->toks[a].start, c->toks[a].len)
      && !word_in(sport_event_words, NELEM(sport_event_words), c->text + c->toks[a].start,
                  c->toks[a].len)) {
    m->start = m->nstart = c->toks[a - 1].start;
    m->tok0 = (uint32_t)(a - 1);
    m->ntok++;
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "AMERICAN LEAGUE" heading a standings table, "Major League
   * baseball": in a sport story the competition, a MISC */
  if (c->sport && n > 1 && last->len == 6 && dl_word_eq(c->text + last->start, 6, "league")
      && ((b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
           && word_in(league_games, NELEM(league_games), c->text + c->toks[b].start,
                      c->toks[b].len))
          || line_alone(c, m->nstart, m->nend))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "play in the Champions League", "won the Premier League": in a
   * sport story, or a league a sport's word names ("the Indian Premier
   * League", "the National Rugby League") in any story, a league played
   * in or won is the competition, a MISC (its body, "the Premier League
   * fined him", stays an organization) */
  if ((c->sport || sport_league(c, a, b - 1)) && n > 1 && r0 == a && a >= 2 && last->len == 6
      && dl_word_eq(c->text + last->start, 6, "league") && !(c->toks[a].flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER) && (c->toks[a - 2].flags & T_LOWER)
      && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "the")
      && (word_in(league_verbs, NELEM(league_verbs), c->text + c->toks[a - 2].start,
                  c->toks[a - 2].len)
          /* "moved top of the Premier League", "bottom of the Premier
           * League": a place in its table */
          || (a >= 3 && dl_word_eq(c->text + c->toks[a - 2].start, c->toks[a - 2].len, "of")
              && (c->toks[a - 3].flags & T_LOWER) && !(c->toks[a - 2].flags & T_BREAK)
              && (dl_word_eq(c->text + c->toks[a - 3].start, c->toks[a - 3].len, "top")
                  || dl_word_eq(c->text + c->toks[a - 3].start, c->toks[a - 3].len, "bottom"))))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (TOK_IN(c, b - 1, L_ORG_SUFFIX) && (n > 1 || c->toks[b - 1].flags & T_ABBR)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Rally for the Republic": the head decides, not the last word */
  if (n > 2 && TOK_IN(c, a, L_ORG_HEAD) && (c->toks[a + 1].flags & T_LOWER)
      && !TOK_IN(c, a, L_LOC_HEAD)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Damon Hill", "Grace Park": a given name the gazetteer knows and the
   * place word that is also a common surname; not "in Forest Hill" */
  if (n == 2 && ge && ge->kind == DL_GK_GIVEN && gb_end(c, a) == c->toks[a].start + c->toks[a].len
      && surname_place_word(c, b - 1)
      && !(a > 0 && (c->toks[a - 1].flags & T_LOWER) && TOK_IN(c, a - 1, L_LOC_PREP))) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    m->gender = ge->flags;
    return add_ment(c, m);
  }
  /* "Kensington Palace said": a palace that speaks is the household in it */
  if (n >= 2 && c->toks[b - 1].len == 6 && dl_word_eq(c->text + last->start, 6, "palace")
      && next_is(c, b, send, L_SAY)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Port of Oakland": a port named whole by its city is the port's
   * authority (the gazetteer reads "Port of Spain" whole, above) */
  if (n >= 3 && c->toks[a].len == 4 && dl_word_eq(c->text + c->toks[a].start, 4, "port")
      && (c->toks[a].flags & T_LOWERCASE) && (c->toks[a + 1].flags & T_LOWER)
      && dl_word_eq(c->text + c->toks[a + 1].start, c->toks[a + 1].len, "of")
      && c->toks[a + 2].gb >= 0 && gb_entry(c, a + 2)->kind == DL_GK_CITY
      && gb_end(c, a + 2) == m->nend) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the tanker Sea Empress": a craft's noun before a name, even one
   * with a place's word, makes the craft's name (read again below for
   * names without one) */
  if (n > 1 && n <= 3 && !ge && r0 == a && a > 0 && !(c->toks[a].flags & T_BREAK)
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len >= 4 && c->toks[a - 1].len <= 10
      && (TOK_IN(c, b - 1, L_LOC_SUFFIX) || TOK_IN(c, a, L_LOC_HEAD))
      && strchr("bcdflpstvwy", c->text[c->toks[a - 1].start])
      && word_in(craft_nouns, NELEM(craft_nouns), c->text + c->toks[a - 1].start,
                 c->toks[a - 1].len)) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the District Court of The Hague", "City Council of Lagos": a body's
   * word before "of" names the body, though a place's word opens it */
  if (n > 3 && TOK_IN(c, a, L_LOC_HEAD) && of_body(c, a, b)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (n > 1 && (TOK_IN(c, b - 1, L_LOC_SUFFIX)
                || (TOK_IN(c, a, L_LOC_HEAD) && (n > 2 || !(c->toks[a + 1].flags & T_LOWER))))) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (n > 2 && TOK_IN(c, a, L_ORG_HEAD) && (c->toks[a + 1].flags & T_LOWER)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the village of Novye Atagi", "the town of Jericho"; a town's
   * see or mayor ("bishop of Mbala", "the mayor of Tarnowo") */
  if (r0 == a && a >= 2 && !(c->toks[a].flags & T_BREAK) && (c->toks[a - 2].flags & T_LOWER)
      && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "of")
      && (TOK_IN(c, a - 2, L_PLACE_NOUN)
          || word_in(see_words, NELEM(see_words), c->text + c->toks[a - 2].start,
                     c->toks[a - 2].len))
      /* (not "the last stronghold of Communism": a creed is no place) */
      && !(n == 1 && last->len > 5
           && dl_word_eq(c->text + last->start + last->len - 3, 3, "ism"))) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the flooded Taquari valley", "the Donbas region": a name before a
   * land-form or territory noun in lower case (a short list: "state",
   * "street" or "palace" follow other names too) */
  if (b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b - 1].flags & T_POSS)
      && first_in(geo_nouns_first, c->text[c->toks[b].start])
      && word_in(geo_nouns, NELEM(geo_nouns), c->text + c->toks[b].start, c->toks[b].len)) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (geo_pair(c, a, b, send)) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Wanni jungle region", "the Sirnak border province": a land's
   * kind in lower case between the name and the territory's noun */
  if (b + 1 < send && (c->toks[b].flags & T_LOWER) && (c->toks[b + 1].flags & T_LOWER)
      && !(c->toks[b].flags & (T_BREAK | T_COMMA)) && !(c->toks[b + 1].flags & (T_BREAK | T_HYPH))
      && !(c->toks[b - 1].flags & T_POSS)
      && word_in(land_kinds, NELEM(land_kinds), c->text + c->toks[b].start, c->toks[b].len)
      && first_in(geo_nouns_first, c->text[c->toks[b + 1].start])
      && word_in(geo_nouns, NELEM(geo_nouns), c->text + c->toks[b + 1].start, c->toks[b + 1].len)
      /* the phrase ends there (not "the Herald mountain province
       * report": a noun after it makes the name the owner of that) */
      && (b + 2 >= send || !(c->toks[b + 2].flags & T_LOWER)
          || (c->toks[b + 2].flags & (T_BREAK | T_COMMA)) || TOK_IN(c, b + 2, L_STOP))) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Weltklasse meeting", "the Memorial tournament": in a sport
   * story a name the gazetteer does not know before a word for a
   * meeting is the event's, a MISC */
  if (c->games && !ge && b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && !(c->toks[b - 1].flags & T_POSS)
      && (meeting_word(c, b)
          /* "the Weltklasse athletics meeting": the sport between */
          || (b + 1 < send && (c->toks[b + 1].flags & T_LOWER) && !(c->toks[b + 1].flags & T_BREAK)
              && meeting_word(c, b + 1)
              && (word_in(other_sports, NELEM(other_sports), c->text + c->toks[b].start,
                          c->toks[b].len)
                  || word_in(team_sports, NELEM(team_sports), c->text + c->toks[b].start,
                             c->toks[b].len))))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Diana, Princess of Wales,": a ruler's title and "of" after the name */
  if (n == 1 && b + 2 < send && (c->toks[b].flags & T_COMMA) && inner_ruler(c, b)
      && (c->toks[b + 1].flags & T_LOWER)
      && dl_word_eq(c->text + c->toks[b + 1].start, c->toks[b + 1].len, "of")
      && (c->toks[b + 2].flags & T_CAP) && person_shape(c, a, b)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    if (ge && ge->kind == DL_GK_GIVEN) m->gender = ge->flags;
    return add_ment(c, m);
  }
  /* "crude from Bonny in Nigeria", "loaded at Bonny , Nigeria": a word
   * no list knows (or only as a given name), after "at", "from" or a
   * place's preposition and before its country, is the town (outside
   * sport, where "Boardman , Britain" is a rider) */
  if (n == 1 && (!ge || ge->kind == DL_GK_GIVEN) && !c->games && r0 == a && a > 0
      && b + 1 < send && c->toks[a].gu < 0 && !tok_is(c, a, ~0u)
      && (c->toks[a - 1].flags & T_LOWER) && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS | T_POSS))
      && (TOK_IN(c, a - 1, L_LOC_PREP)
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "at")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "from"))
      && !staff_at(c, a - 1)
      && (((c->toks[b].flags & T_COMMA) && country_ends(c, b, send, 0))
          || (b + 2 <= send && c->toks[b].len == 2 && !(c->toks[b].flags & T_BREAK)
              && dl_word_eq(c->text + c->toks[b].start, 2, "in")
              && country_ends(c, b + 1, send, 1)))) {
    m->type = DL_ENT_LOCATION;
    m->strong = 0;
    return add_ment(c, m);
  }
  /* "the daily El Watan said", "the newspaper Al-Ahram": a name right
   * after "the" and a lower-case word for a paper is the paper */
  if (n <= 3 && r0 == a && a >= 2 && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS))
      && (!ge || (ge->kind == DL_GK_GIVEN && n == 1))
      && (c->toks[a - 1].flags & T_LOWER) && !(c->toks[a - 1].flags & T_BREAK)
      && c->toks[a - 2].len == 3 && dl_word_eq(c->text + c->toks[a - 2].start, 3, "the")
      && (dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "daily")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "weekly")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "newspaper"))) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the official Petra news agency said": a name before a lower-case
   * "news agency" is the agency, even one spelled like a given name */
  if (n <= 3 && b + 1 < send && (!ge || (ge->kind == DL_GK_GIVEN && n == 1))
      && !(c->toks[a].flags & T_ALLCAPS) && !(c->toks[b - 1].flags & T_POSS)
      && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && !(c->toks[b + 1].flags & T_BREAK) && c->toks[b].len == 4 && c->toks[b + 1].len == 6
      && dl_word_eq(c->text + c->toks[b].start, 4, "news")
      && dl_word_eq(c->text + c->toks[b + 1].start, 6, "agency")) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (ge && ge->kind == DL_GK_GIVEN) {
    m->type = DL_ENT_PERSON;
    m->strong = n > 1;
    m->gender = ge->flags;
    return add_ment(c, m);
  }
  /* "5 - Bruggink ( Twente )": in a scorers line, a name the gazetteer
   * does not know in parentheses after a player is the club */
  if (c->sport && n <= 3 && !ge && after_player(c, a, b) && scorers_line(c, a)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Pescara were beaten": a club in the singular, a verb in the plural */
  if (c->sport && n == 1 && !ge && club_plural(c, a, b, send)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "9 - Ronaldo ( Barcelona )": a player of a scorers line */
  if (c->sport && n == 1 && !ge && !(c->toks[a].flags & T_ALLCAPS)
      && scorer_before_paren(c, a)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Brazilian striker Ronaldo": a player's role before a name */
  if (c->sport && r0 == a && a > 0 && !ge && n <= 3 && player_role(c, a - 1)
      && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS)) && (n == 1 || person_shape(c, a, b))) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the space shuttle Columbia", "the Mir space station", "the Galileo
   * spacecraft": a craft's name (not a company's: "Boeing satellite") */
  if (n <= 3 && !ge
      && ((r0 == a && !(c->toks[a].flags & (T_BREAK | T_SSTART)))   /* "Russia's Mir space station" */
          || (a > 0 && (c->toks[a - 1].flags & T_POSS)))
      && ((a > 0 && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len >= 4
           && c->toks[a - 1].len <= 10 && strchr("bcdflpstvwy", c->text[c->toks[a - 1].start])
           && word_in(craft_nouns, NELEM(craft_nouns), c->text + c->toks[a - 1].start,
                      c->toks[a - 1].len))
          || (b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
              && !(last->flags & T_POSS) && c->toks[b].len >= 5
              && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "space")
                  || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "spacecraft"))))) {
    m->type = DL_ENT_MISC;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Banco Itau", "Banque Indosuez": a Romance word for a bank or a
   * company or a fund opens the name ("Caisse de Stabilisation") */
  if (n >= 2 && c->toks[a].gb < 0 && (c->toks[a].flags & T_LOWERCASE)
      && c->toks[a].len >= 5 && c->toks[a].len <= 9 && strchr("BCGSbcgs", c->text[c->toks[a].start])
      && word_in(firm_heads, NELEM(firm_heads), c->text + c->toks[a].start, c->toks[a].len)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Partido Popular Unido", "Parti Socialiste": a party's name in
   * another language opens with its word for a party */
  if (n >= 2 && c->toks[a].gb < 0 && (c->toks[a].flags & T_LOWERCASE)
      && c->toks[a].len >= 5 && c->toks[a].len <= 7
      && word_in(party_firsts, NELEM(party_firsts), c->text + c->toks[a].start, c->toks[a].len)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "its Magneti Marelli components arm", "its Grundig unit": after
   * "its", a name the gazetteer does not know, then within two lower-case
   * words a firm's part, is the firm's */
  if (r0 == a && a > 0 && !ge && n <= 3 && !(c->toks[a].flags & (T_BREAK | T_SSTART))
      && c->toks[a - 1].len == 3 && !(c->toks[a - 1].flags & T_ALLCAPS)
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "its") && firm_part_after(c, b, send)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "state oil group Elf Aquitaine", "brokerage Smith Barney": a noun
   * for a company in lower case right before the name (a given name
   * opening it is read above); one word the gazetteer does not know, no
   * given name, too ("state carrier Aeroperu", "telecoms firm Entel": the
   * firm keeps its type where a later mention reads as a place, "interest
   * in Aeroperu") */
  if (r0 == a && a > 0 && !ge && !(c->toks[a].flags & (T_BREAK | T_SSTART))
      && (n >= 2 || (c->toks[a].flags & (T_LOWERCASE | T_POSS)) == T_LOWERCASE)
      && (c->toks[a - 1].flags & T_LOWER)
      && c->toks[a - 1].len >= 4 && c->toks[a - 1].len <= 12
      && ((strchr("abcfgirs", c->text[c->toks[a - 1].start])
           && word_in(firm_nouns, NELEM(firm_nouns), c->text + c->toks[a - 1].start,
                      c->toks[a - 1].len))
          || maker_noun(c, a - 1))
      && (n >= 2 || !given_word(c, a))
      /* not "retired coal miner Dai Morgan, 71, said": a firm has no age */
      && !age_after(c, b, send)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "in Florence, Italy,": outside sport (where "Boardman, Britain" is a
   * rider), one word after a place's preposition (or travel and "to"),
   * before a comma and a country or region the gazetteer knows whole is
   * a place (not "the prize went to Lindqvist, Sweden": a person's) */
  if (n == 1 && !c->games && !ge && b + 1 < send && (c->toks[b].flags & T_COMMA)
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS)) && a > 0
      && (c->toks[a - 1].flags & T_LOWER) && !(c->toks[a].flags & T_BREAK)
      && (TOK_IN(c, a - 1, L_LOC_PREP)
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "at")
          || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "from")
          || (a >= 2 && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "to")
              && (c->toks[a - 2].flags & T_LOWER) && !(c->toks[a - 1].flags & T_BREAK)
              && word_in(travel_words, NELEM(travel_words), c->text + c->toks[a - 2].start,
                         c->toks[a - 2].len)))
      && country_ends(c, b, send, 0)) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Florence, Italy, has banned ...": the subject of its sentence, the
   * country set off by commas and a verb after it (a list of winners,
   * "Lindqvist, Sweden, and Okafor", goes on with "and") */
  if (n == 1 && !c->games && !ge && b + 1 < send && (c->toks[b].flags & T_COMMA)
      && (c->toks[a].flags & T_SSTART) && !(c->toks[a].flags & (T_ALLCAPS | T_POSS))
      && country_ends(c, b, send, 0) && verb_after_country(c, b, send)) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Swannanoa, a town of 5,000", "Kherson, a port city in the south":
   * a name in apposition to a place noun is a place */
  if (n <= 3 && m->tend == m->tstart && !ge && place_apposition(c, b, send)) {
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Fatma, 38, said", "said Mehmet, 52, a baker": an age set off by
   * commas after a name no list knows makes it a person's, a first name
   * alone too */
  if (n <= 3 && !ge && !c->sport && age_apposition(c, b, send)
      && !(c->toks[a].flags & T_ALLCAPS)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "McDonnell Douglas shares rose": a company's stock moves; "Qantas,
   * Australia's flag carrier" */
  if (stock_moves(c, b, send) || (n <= 3 && !ge && firm_apposition(c, b, send))
      || (n <= 3 && !ge && !c->sport && and_stock_moves(c, b, send))
      || (n <= 3 && !ge && shares_of(c, a))
      || (n <= 3 && !ge && m->tend == m->tstart && firm_noun_after(c, b, send))
      || (n <= 3 && !ge && price_moves(c, b, send))
      /* "Credit Lyonnais gained 1.5 percent .": no given name first */
      || (n >= 2 && n <= 3 && !ge && !c->sport && !given_word(c, a) && pct_moves(c, b, send))
      /* "after Credit Lyonnais said its losses had narrowed" */
      || (n >= 2 && n <= 3 && !ge && !given_word(c, a) && said_its(c, b, send))) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "the Agnelli family", "the Wallenberg clan": one word no list knows
   * between "the" and a word for kin is the family's surname, a person's
   * in the CoNLL manner */
  if (n == 1 && !ge && b < send && a > 0 && !c->sport && m->tend == m->tstart
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS | T_BREAK | T_HYPH))
      && role_article(c, a - 1) && c->toks[a - 1].len == 3
      && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "family")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "clan")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "dynasty"))) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "whose Yesh Atid party has", "the ultra-Orthodox Shas party": a name
   * no list knows right before a lower-case "party" is the party's (not
   * "Lapid's party": a possessive is its leader) */
  if (n <= 3 && !ge && b < send && c->toks[b].len == 5 && (c->toks[b].flags & T_LOWER)
      && !(c->toks[b].flags & T_BREAK) && !(last->flags & T_POSS)
      && m->tend == m->tstart && !(c->toks[a].flags & T_ALLCAPS)
      && dl_word_eq(c->text + c->toks[b].start, 5, "party")) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "economists at Itau Unibanco said": a name no list knows after
   * people of the markets and "at" is their employer, though it reads
   * like a person's (not a given name first: "analysts at Ann Lee's
   * bank"; not any staff: "Officials at Camp David" are at a place) */
  if (n >= 2 && n <= 3 && !ge && a >= 2 && m->tend == m->tstart && market_at(c, a - 1)
      && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS)) && !(last->flags & T_POSS)
      && !given_word(c, a)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Pfizer's Albert Bourla": one word no list knows, a possessive before
   * a given name and a surname, is the person's firm or team; not a
   * person's surname read before ("Biden's Jake Sullivan") */
  if (n == 1 && !ge && m->tend == m->tstart && !(c->toks[a].flags & T_ALLCAPS)
      && (c->toks[a].flags & T_LOWERCASE) && owns_person(c, a, b, send)
      && !surname_before(c, a)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* context */
  if (next_is(c, b, send, L_SAY) && n >= 2 && n <= 4
      && !(c->toks[a].flags & T_ALLCAPS) && person_shape(c, a, b)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (b < send && (c->toks[b].flags & T_COMMA) && n >= 2 && n <= 4
      && (c->text[c->toks[b].start] == 'w' || c->text[c->toks[b].start] == 'a')
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "who")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "a")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "aged"))
      && person_shape(c, a, b)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "whose son Matan": a relative is a person, a first name alone too */
  if (n <= 3 && !ge && m->tend == m->tstart && !(c->toks[a].flags & T_ALLCAPS)
      && kin_named(c, a)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Rio Tinto, which is run from London": a name shaped as a person's
   * that "which" takes up is a body's (people take "who") */
  if (b + 1 < send && (c->toks[b].flags & T_COMMA) && n >= 2 && n <= 4 && !ge
      && m->tend == m->tstart && c->toks[b].len == 5
      && dl_word_eq(c->text + c->toks[b].start, 5, "which") && person_shape(c, a, b)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "ASCOT, England" in the dateline, "at Ascot" in the story (a club
   * in a team sport) */
  if (!c->sport && c->town_len && m->nend - m->nstart == c->town_len
      && m->nstart != c->town_start && !next_is(c, b, send, L_SAY)) {
    /* (not "JACKSON, Miss. (AP) — … Jackson said": a person) */
    const char *x = c->text + m->nstart, *y = c->text + c->town_start;
    size_t i;
    for (i = 0; i < c->town_len && DL_LOWER(x[i]) == DL_LOWER(y[i]); i++) {}
    if (i == c->town_len) {
      m->type = DL_ENT_LOCATION;
      m->strong = 1;
      return add_ment(c, m);
    }
  }
  /* "its stake in Renault", "shares in Saab": a holding is in a company */
  if (r0 == a && a >= 2 && !ge && !(c->toks[a].flags & T_BREAK) && (c->toks[a - 1].flags & T_LOWER)
      && c->toks[a - 1].len == 2 && dl_word_eq(c->text + c->toks[a - 1].start, 2, "in")
      && (c->toks[a - 2].flags & T_LOWER) && !(c->toks[a - 1].flags & T_BREAK)
      && (word_in(holding_words, NELEM(holding_words), c->text + c->toks[a - 2].start,
                  c->toks[a - 2].len)
          || interest_held(c, a - 2))) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (r0 > 0 && r0 == a && (c->toks[r0 - 1].flags & T_LOWER)
      && !(c->toks[r0].flags & T_BREAK) && TOK_IN(c, r0 - 1, L_LOC_PREP)) {
    m->type = DL_ENT_LOCATION;
    return add_ment(c, m);
  }
  /* "the Himalayan region", "the Andean nations": an adjective of a
   * place the gazetteer does not know, a MISC */
  if (n == 1 && !ge && place_adjective(c, a, send)) {
    m->type = DL_ENT_MISC;           /* weak: "the Aegean" of "Aegean Sea" */
    return add_ment(c, m);
  }
  /* "between Bologna and Florence", "from Florence to Rome": one word
   * the gazetteer does not know, coordinated with a place, is a place
   * (weak: a person's surname alone is revised when merging) */
  if (n == 1 && !ge && !(c->toks[a].flags & (T_ALLCAPS | T_POSS)) && beside_place(c, r0, a, send)) {
    m->type = DL_ENT_LOCATION;
    return add_ment(c, m);
  }
  /* "the camp at Teza", "drove them out of Sulaimaniya", "fled to
   * Goma": one word the gazetteer does not know after a site's noun and
   * "at" or "near", after "out of", or after travel and "to" or "from" is a place
   * (weak, as above) */
  if (n == 1 && !ge && r0 == a && a >= 2 && !(c->toks[a].flags & (T_ALLCAPS | T_POSS | T_BREAK))
      && site_before(c, a)) {
    m->type = DL_ENT_LOCATION;
    return add_ment(c, m);
  }
  /* "the Harehills area of Leeds", "the Bronx neighborhood": one or two
   * words the gazetteer does not know between "the" and a word for a
   * part of a town are a place */
  if (n <= 2 && !ge && r0 == a && a >= 1 && b < send
      && !(c->toks[a].flags & (T_ALLCAPS | T_BREAK | T_SSTART))
      && !(last->flags & (T_POSS | T_ALLCAPS)) && c->toks[a - 1].len == 3
      && (c->toks[a - 1].flags & T_LOWER) && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")
      && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && word_in(district_nouns, NELEM(district_nouns), c->text + c->toks[b].start,
                 c->toks[b].len)) {
    m->type = DL_ENT_LOCATION;
    return add_ment(c, m);
  }
  /* "won the second test at Edgbaston": in a cricket story one word no
   * gazetteer knows after "at" is the ground, a place (the sides are
   * countries and counties, which the gazetteer knows; not so in
   * football, "won at Arsenal") */
  {
    int the;
    if (n == 1 && c->sport && !ge && c->toks[a].gu < 0 && after_at(c, r0, a, &the) && !the
        && !(c->toks[a].flags & (T_ALLCAPS | T_POSS)) && !next_is(c, b, send, L_SAY)
        && sport_label(c->text, c->head_start, c->head_end, cricket_sport, 1, 1)) {
      m->type = DL_ENT_LOCATION;
      return add_ment(c, m);
    }
  }
  /* "at Flushing Meadows", "at the Hungaroring": where a game is played,
   * a place; "analysts at Kleinwort Benson": outside sport, a firm (not
   * a person: those open with a given name, read above) */
  {
    int the;
    if (!ge && n <= 3 && after_at(c, r0, a, &the)
        && (!(c->toks[a].flags & T_ALLCAPS) || (n > 1 && c->games))     /* "MGM Grand" */
        && !(c->toks[b - 1].flags & T_POSS)
        && (n > 1 || (the && c->games) || c->turf)     /* "the Derby at Epsom" */
        && !next_is(c, b, send, L_SAY)) {
      m->type = c->games ? DL_ENT_LOCATION : DL_ENT_ORGANIZATION;
      return add_ment(c, m);
    }
  }
  if (n == 1 && (c->toks[a].flags & T_ALLCAPS) && c->toks[a].len <= 6) {
    m->type = DL_ENT_ORGANIZATION;
    return add_ment(c, m);
  }
  /* "Deputy General Manager of ...": a title and the words before it,
   * no name */
  if (n >= 2 && b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "of")) {
    const dl_gaz_entry *gl = gb_entry(c, b - 1);
    if (gl && gl->kind == DL_GK_TITLE && gb_end(c, b - 1) == m->nend) return DL_OK;
  }
  /* "Deutsche Bank and Kleinwort Benson": unknown words joined by "and"
   * to an organization named just before are another (no given name
   * opens them: read above) */
  if (n >= 2 && r0 == a && a >= 2 && c->nms > 0 && c->toks[a - 1].len == 3
      && (c->toks[a - 1].flags & T_LOWER) && !(c->toks[a].flags & T_BREAK)
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "and")) {
    const ment *p = &c->ms[c->nms - 1];
    if (p->type == DL_ENT_ORGANIZATION && p->strong
        && p->nend == c->toks[a - 2].start + c->toks[a - 2].len) {
      m->type = DL_ENT_ORGANIZATION;
      return add_ment(c, m);
    }
  }
  /* "H.J. Heinz <HNZ.N>": a ticker after the name, a company */
  if (ticker_follows(c, m->nend)) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "beat the Blue Jays", "the Red Wings": in a team sport, "the" and
   * a name ending in a plural the gazetteer does not know is a club's
   * nickname (a person's name seldom follows "the") */
  if (c->sport && n >= 2 && n <= 3 && r0 == a && a > 0 && !(c->toks[a].flags & T_BREAK)
      && !(ge && ge->kind == DL_GK_GIVEN) && c->toks[b - 1].gb < 0
      && !(last->flags & (T_POSS | T_ABBR)) && (last->flags & T_LOWERCASE) && last->len >= 4
      && c->text[last->start + last->len - 1] == 's'
      && c->text[last->start + last->len - 2] != 's'
      && (c->toks[a - 1].flags & T_LOWER) && c->toks[a - 1].len == 3
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")) {
    m->type = DL_ENT_ORGANIZATION;
    m->strong = 1;
    return add_ment(c, m);
  }
  if (n >= 2 && n <= 4) {
    /* capitalized words, none an organization's or a place's, with at
     * most one initial ("Jon Googel", "LeRoy Pesch", "John F. Smith") */
    /* (the halves of a hyphenated surname, "Floch-Prigent", count once;
     * a particle inside a name after a given name or a role, "diplomat
     * André Corrêa do Lago", not at all) */
    size_t k, words = n;
    /* a role in lower case right before: "congresswoman Rosa Elvira
     * Quispe Mamani", a person's name however long */
    int role_before = r0 == a && a > 0 && !(c->toks[a].flags & T_BREAK)
                      && (c->toks[a - 1].flags & T_LOWER) && role_head(c, a - 1);
    for (k = a + 1; k < b; k++)
      if ((c->toks[k].flags & T_HYPH)
          || (k + 1 < b && (c->toks[k].flags & T_LOWER) && TOK_IN(c, k, L_PARTICLE)
              && (role_before || given_word(c, a))))
        words--;
    int names = person_shape(c, a, b) && (words <= 3 || TOK_IN(c, b - 1, L_NAMESUF)
                                          || (c->toks[a + 1].flags & T_ABBR)
                                          /* two given names, two surnames:
                                           * "Adán Augusto López Hernández" */
                                          || (words == 4 && given_word(c, a)
                                              && given_word(c, a + 1))
                                          || (words == 4 && role_before))
                && !(b < send && !(c->toks[b].flags & T_BREAK)
                     && next_is(c, b, send, L_ROLE));    /* "Social Affairs minister" */
    if (!names && n <= 3 && country_given(c, a, b, send)) names = 1;
    /* "outside the Casa Rosada", "the Soka Gakkai": two words no list
     * knows after "the" and no given name are seldom a person's; after
     * a place's preposition a place */
    if (names && n == 2 && r0 == a && a > 0 && !ge && c->toks[a + 1].gb < 0
        && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS)) && (c->toks[a - 1].flags & T_LOWER)
        && c->toks[a - 1].len == 3 && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")
        && !given_word(c, a)) {
      m->type = a > 1 && !(c->toks[a - 1].flags & T_BREAK) && (c->toks[a - 2].flags & T_LOWER)
                        && TOK_IN(c, a - 2, L_LOC_PREP)
                    ? DL_ENT_LOCATION
                    : DL_ENT_ORGANIZATION;
      return add_ment(c, m);
    }
    /* "the banned Gamaa Islamiya", "the armed Jamaat Ulema": the same
     * after "the" and a word for a body outside the law (a person is
     * "jailed", "exiled", not "banned") */
    if (names && n == 2 && r0 == a && a > 1 && !ge && c->toks[a + 1].gb < 0
        && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS)) && !(c->toks[a - 1].flags & T_BREAK)
        && low_in(c, a - 1, outlaw_words, NELEM(outlaw_words))
        && (c->toks[a - 2].flags & T_LOWER) && c->toks[a - 2].len == 3
        && dl_word_eq(c->text + c->toks[a - 2].start, 3, "the") && !given_word(c, a)) {
      m->type = DL_ENT_ORGANIZATION;
      return add_ment(c, m);
    }
    /* "Bafana Bafana", "Banyana Banyana": in a team sport one word the
     * gazetteer does not know, said twice, is a national side's
     * nickname, not a person's name */
    if (names && n == 2 && c->sport && !ge && c->toks[a + 1].gb < 0
        && !(c->toks[a + 1].flags & (T_HYPH | T_POSS)) && c->toks[a].len >= 3
        && c->toks[a].len == c->toks[a + 1].len
        && same_words(c->text, c->toks[a].start, c->toks[a].len, c->toks[a + 1].start,
                      c->toks[a + 1].len)) {
      m->type = DL_ENT_ORGANIZATION;
      m->strong = 1;
      return add_ment(c, m);
    }
    /* "members of Soka Gakkai", "employees of Hanwa Ocean": after a
     * word for members and "of", two words opening with no given name
     * are a body (not after "supporters": a leader has them, "supporters
     * of Megawati Sukarnoputri") */
    if (names && n == 2 && r0 == a && a >= 2 && !ge && c->toks[a + 1].gb < 0
        && !(c->toks[a].flags & (T_BREAK | T_ALLCAPS)) && (c->toks[a - 1].flags & T_LOWER)
        && !(c->toks[a - 1].flags & T_BREAK) && c->toks[a - 1].len == 2
        && dl_word_eq(c->text + c->toks[a - 1].start, 2, "of") && member_noun(c, a - 2)
        && !(c->toks[a - 2].len >= 10
             && dl_word_eq(c->text + c->toks[a - 2].start, 10, "supporters"))
        && !given_word(c, a)) {
      m->type = DL_ENT_ORGANIZATION;
      return add_ment(c, m);
    }
    m->type = names ? DL_ENT_PERSON : DL_ENT_ORGANIZATION;
    return add_ment(c, m);
  }
  /* "Badr bin Hamad Al Busaidi", "Mohammed bin Abdulrahman bin Jassim Al
   * Thani": lower-case particles join the parts of a longer name */
  if (n <= 7 && !(c->toks[a].flags & T_ALLCAPS) && person_shape(c, a, b)) {
    /* (opening with a given name, or joined by "bin", "bint" or "ibn";
     * no place in it: not "Caisse Centrale Desjardins du Quebec") */
    size_t k, parts = 0;
    int given = ge && ge->kind == DL_GK_GIVEN;
    for (k = a; k < b; k++) {
      const dl_gaz_entry *gk = gb_entry(c, k);
      if (gk && gk->kind != DL_GK_GIVEN) parts = n;
      if (k > a && k + 1 < b && (c->toks[k].flags & T_LOWER) && TOK_IN(c, k, L_PARTICLE)) {
        const char *w = c->text + c->toks[k].start;
        size_t wl = c->toks[k].len;
        parts++;
        if (dl_word_eq(w, wl, "bin") || dl_word_eq(w, wl, "bint") || dl_word_eq(w, wl, "ibn"))
          given = 1;   /* a patronymic: the words around it are names */
      }
    }
    if (parts && given && n - parts <= 5) {
      m->type = DL_ENT_PERSON;
      return add_ment(c, m);
    }
  }
  /* "Sampras beat Ivanisevic", "will fight Holyfield": in a story of a
   * sport of one player, one word the gazetteer does not know after a
   * word of a match is the opponent, a person (weak: the full name read
   * elsewhere decides) */
  if (n == 1 && c->games && !c->sport && !c->turf && !ge && r0 == a && a > 0
      && !(c->toks[a].flags & (T_ALLCAPS | T_BREAK | T_POSS)) && (c->toks[a - 1].flags & T_LOWER)
      && c->toks[a - 1].len <= 7
      && sport_label(c->text, c->head_start, c->head_end, duel_sports, NELEM(duel_sports), 1)
      && (word_in(team_preps, NELEM(team_preps), c->text + c->toks[a - 1].start,
                  c->toks[a - 1].len)
          || word_in(bout_verbs, NELEM(bout_verbs), c->text + c->toks[a - 1].start,
                     c->toks[a - 1].len))) {
    m->type = DL_ENT_PERSON;
    return add_ment(c, m);
  }
  /* "Woosnam, the former Masters champion, ...", "Ivanisevic beat ...":
   * there, one word opening a sentence, never seen in lower case, no
   * word of the lexicon nor a plural, before a verb of a match or of
   * saying or before ", the" is a player */
  if (n == 1 && c->games && !c->sport && !c->turf && !ge && (c->toks[a].flags & T_SSTART)
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS | T_ABBR)) && c->toks[a].len >= 4 && b + 1 < send
      && (c->toks[b].flags & T_LOWER) && !tok_is(c, a, ~0u)     /* no word of the lexicon */
      && c->text[c->toks[a].start + c->toks[a].len - 1] != 's'   /* "Organisers said" */
      && ((!(c->toks[b].flags & T_BREAK)
           && (TOK_IN(c, b, L_SAY)
               || word_in(team_verbs, NELEM(team_verbs), c->text + c->toks[b].start,
                          c->toks[b].len)))
          || ((c->toks[b].flags & T_COMMA) && c->toks[b].len == 3
              && dl_word_eq(c->text + c->toks[b].start, 3, "the")))
      && !lower_seen(c, c->text + c->toks[a].start, c->toks[a].len)
      && sport_label(c->text, c->head_start, c->head_end, duel_sports, NELEM(duel_sports), 1)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "Corrêa said he was pleased": one word no gazetteer nor the lexicon
   * knows, no plural ("Villagers said he"), opening a sentence or a
   * clause (not "the spokesman for Tarvel said he"), before a verb of
   * saying and "he" or "she" (the speaker the pronoun takes up; a body
   * says "it") is a person */
  if (n == 1 && r0 == a && !ge && c->toks[a].gu < 0 && c->toks[a].len >= 3 && b + 1 < send
      && (c->toks[a].flags & (T_SSTART | T_BREAK))
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS | T_ABBR)) && !tok_is(c, a, ~0u)
      && c->text[c->toks[a].start + c->toks[a].len - 1] != 's' && !after_determiner(c, a)
      && !(c->toks[b].flags & T_BREAK) && TOK_IN(c, b, L_SAY) && (c->toks[b].flags & T_LOWER)
      && pronoun_after_say(c, b + 1, send) && !firm_opened_by(c, a)) {
    m->type = DL_ENT_PERSON;
    m->strong = 1;
    return add_ment(c, m);
  }
  /* "The Kremlin said Yeltsin was resting", "Kovac was arrested": one
   * word no gazetteer nor the lexicon knows, no plural, before a verb
   * only a person's or "was" or "is" and a state only a person's, is a
   * person (weak: the full name read elsewhere decides) */
  if (n == 1 && r0 == a && !ge && c->toks[a].gu < 0 && c->toks[a].len >= 3 && b < send
      && !(c->toks[a].flags & (T_ALLCAPS | T_POSS | T_ABBR)) && !tok_is(c, a, ~0u)
      && c->text[c->toks[a].start + c->toks[a].len - 1] != 's' && !after_determiner(c, a)
      && !(c->toks[b].flags & T_BREAK) && (c->toks[b].flags & T_LOWER)
      && (word_in(human_verbs, NELEM(human_verbs), c->text + c->toks[b].start, c->toks[b].len)
          || (b + 1 < send && !(c->toks[b + 1].flags & T_BREAK)
              && (c->toks[b + 1].flags & T_LOWER)
              && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "was")
                  || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "is"))
              && word_in(human_states, NELEM(human_states), c->text + c->toks[b + 1].start,
                         c->toks[b + 1].len)))) {
    m->type = DL_ENT_PERSON;
    return add_ment(c, m);
  }
  /* "met Primakov", "Milosevic said", "Kwasniewski arrived": one word no
   * gazetteer nor the lexicon knows, with an ending only surnames have,
   * is a person (weak: the full name read elsewhere decides) */
  if (n == 1 && r0 == a && !ge && c->toks[a].gu < 0
      && !(c->toks[a].flags & (T_ALLCAPS | T_ABBR)) && !tok_is(c, a, ~0u)
      && !after_determiner(c, a) && surname_ending(c->text + c->toks[a].start, c->toks[a].len)) {
    m->type = DL_ENT_PERSON;
    return add_ment(c, m);
  }
  m->type = DL_ENT_ORGANIZATION;     /* a guess, revised when merging */
  return add_ment(c, m);
}

/* Headline or ALL CAPS text: only what a gazetteer knows of tokens [a, b). */
static dl_status gazetteer_only(ctx *c, size_t a, size_t b)
{
  size_t k = a;
  while (k < b) {
    const dl_gaz_entry *e = gb_entry(c, k);
    if (c->toks[k].gu >= 0 || (e && e->type != DL_ENT_NONE)) {
      const dl_gaz_match *g = c->toks[k].gu >= 0 ? &c->mu.m[c->toks[k].gu] : &c->mb.m[c->toks[k].gb];
      size_t k2 = tok_upto(c, k, b, g->start + g->len);
      ment m;
      dl_status st;
      if (k2 == k) k2 = k + 1;
      ment_init(&m, c, k, k2);
      m.gz = c->toks[k].gu >= 0 ? c->gu : c->gb;
      m.entry = g->entry;
      m.type = dl_gazetteer_entry(m.gz, g->entry)->type;
      m.strong = 1;
      st = add_ment(c, &m);
      if (st != DL_OK) return st;
      k = k2;
    } else k++;
  }
  return DL_OK;
}

/* A run [a, b) of a text that is not English: a person after one of its
 * language's titles ("Präsidentin Aino Lehtola", "le président Marc
 * Dupont"), else only what a gazetteer knows. */
static dl_status run_foreign(ctx *c, size_t sent0, size_t a, size_t b)
{
  size_t t = b, n0 = a, k;
  if (c->toks[a].gu < 0 && foreign_title(c->text + c->toks[a].start, c->toks[a].len)) {
    t = a;
    n0 = a + 1;
  } else if (a > sent0 && !(c->toks[a].flags & T_BREAK) && (c->toks[a - 1].flags & T_LOWER)
             && foreign_title(c->text + c->toks[a - 1].start, c->toks[a - 1].len)) {
    t = a - 1;
  }
  if (t < b && n0 < b && b - n0 <= 3) {
    const dl_gaz_entry *ge = gb_entry(c, n0);
    /* a gazetteer name may open the person's name, not be all of it
     * ("la présidente Mara Lind": Mara is also a region) */
    int ok = c->toks[n0].gu < 0 && (!ge || ge->kind == DL_GK_GIVEN
                                    || gb_end(c, n0) < c->toks[b - 1].start + c->toks[b - 1].len);
    for (k = n0; k < b && ok; k++)
      if ((c->toks[k].flags & (T_CAP | T_LOWERCASE)) != (T_CAP | T_LOWERCASE)) ok = 0;
    if (ok) {
      ment m;
      ment_init(&m, c, n0, b);
      m.start = m.tstart = c->toks[t].start;
      m.tend = c->toks[t].start + c->toks[t].len;
      m.type = DL_ENT_PERSON;
      m.strong = 1;
      return add_ment(c, &m);
    }
  }
  return gazetteer_only(c, n0, b);
}

/* Are tokens [a, b) all capitalized words, none after a break? */
static int caps_only(const ctx *c, size_t a, size_t b)
{
  size_t k;
  for (k = a; k < b; k++)
    if ((c->toks[k].flags & (T_CAP | T_BREAK)) != T_CAP) return 0;
  return 1;
}

/* Are tokens [a, t) the front of a person's name: capitalized words
 * the gazetteer knows only as given names, or not at all? */
static int front_given(ctx *c, size_t a, size_t t)
{
  size_t k;
  for (k = a; k < t; k++) {
    const dl_gaz_entry *ge = gb_entry(c, k);
    if (ge && ge->kind != DL_GK_GIVEN) return 0;
    if (TOK_IN(c, k, L_ROLE) || !name_tok(c, k, k == a)) return 0;
  }
  return t > a;
}

/* Is capitalized "Deputy" at token a, in the run [a, b), a title by
 * itself before one to three words of a name ("Deputy McDonald", as the
 * Dail addresses a TD)?  Not before another post ("Deputy Chief Ann Lee",
 * "Deputy Speaker": the gazetteer or the role words know it), which
 * the title rules read as one title. */
static int deputy_title(ctx *c, size_t a, size_t b)
{
  size_t k;
  if (a + 1 >= b || b - a > 4 || !(c->toks[a].flags & T_CAP) || (c->toks[a].flags & T_POSS)
      || !dl_word_eq(c->text + c->toks[a].start, c->toks[a].len, "deputy"))
    return 0;
  for (k = a + 1; k < b; k++) {
    const dl_gaz_entry *gk = gb_entry(c, k);
    if (!(c->toks[k].flags & T_CAP) || TOK_IN(c, k, L_ROLE)
        || (gk && gk->kind != DL_GK_GIVEN))
      return 0;
  }
  return 1;
}

/* "King Baudouin Stadium", "King Fahd Park", "Sheikh Zayed Airport": a
 * ruler's title (its last word token te-1), a name, then a venue's or a
 * site's word last (token b-1) is the place named after the ruler.  Only
 * rulers lend their names to places this way; after any other title the
 * last word is a surname ("Senator John Arena", "Dr. James Garden",
 * "Analyst Grace Park"). */
static int site_after_name(const ctx *c, size_t te, size_t b)
{
  const tok *t = &c->toks[te - 1], *l = &c->toks[b - 1];
  const char *w = c->text + l->start;
  return te + 1 < b && (l->flags & T_CAP) && !(l->flags & T_ALLCAPS)
         && word_in(ruler_words, NELEM(ruler_words), c->text + t->start, t->len)
         && (word_in(venue_words, NELEM(venue_words), w, l->len)
             || dl_word_eq(w, l->len, "airport") || dl_word_eq(w, l->len, "bridge")
             || dl_word_eq(w, l->len, "park"));
}

/* "Kings Park", "Queens Park Rangers": a title in the plural (its last
 * word before token te) heads a list of people ("Justices Ann Lee and
 * Tom Ito", "Generals Tom Ray, Al Bay"); with no list after the name
 * that ends at token b it is a word of a place's or a club's name. */
static int plural_title_alone(const ctx *c, size_t te, size_t b)
{
  const tok *n;
  if (!word_in(plural_titles, NELEM(plural_titles), c->text + c->toks[te - 1].start,
               c->toks[te - 1].len))
    return 0;
  /* "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin": the list
   * goes on after the first one's country */
  if (b + 1 < c->ntok && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && of_for(c, b)) {
    size_t k = b + 1;
    while (k < c->ntok && k < b + 4 && (c->toks[k].flags & T_CAP)
           && !(k > b + 1 && (c->toks[k].flags & T_BREAK)))
      k++;
    if (k > b + 1) b = k;
  }
  n = b < c->ntok ? &c->toks[b] : NULL;
  return !(n && ((n->flags & T_COMMA)
                 || ((n->flags & T_LOWER) && !(n->flags & T_BREAK)
                     && dl_word_eq(c->text + n->start, n->len, "and"))));
}

/* A title inside the run [*a, b), not at its front: "Economic Planning
 * Secretary Solita Monsod", "Acting Turkish Prime Minister Kaya Erdem",
 * "Nevada Sen. Paul Laxalt", "Reuters Finance Secretary Jaime Ongpin".
 * The last title (a gazetteer title or a role word) followed by one to
 * four words of a person's name splits the run: places, organizations
 * and agencies in front become their own mentions, a nationality is
 * kept, the other words in front belong to the title. */
static dl_status title_inside(ctx *c, ment *m, size_t *pa, size_t b)
{
  size_t a = *pa, t, te = 0, j, tfirst;
  uint32_t front_end = 0;   /* the end of the last mention made in front */
  int found = 0, party = 0;
  for (t = b - 1; t-- > a;) {
    const dl_gaz_entry *ge = gb_entry(c, t);
    if (ge && ge->kind == DL_GK_TITLE) te = tok_upto(c, t, b, gb_end(c, t));
    else if (TOK_IN(c, t, L_ROLE)) te = t + 1;
    else continue;
    /* "King & Spalding": a title before "&" names a firm */
    if (te > t && te < b && (c->toks[te].flags & T_BREAK) && amp_gap(c, te)) break;
    /* "Chief of Staff Donald Regan" */
    if (te > t && te + 2 < b && (c->toks[te].flags & T_LOWER)
        && dl_word_eq(c->text + c->toks[te].start, c->toks[te].len, "of")
        && !person_shape(c, te, b) && person_shape(c, te + 2, b))
      te += 2;
    if (te <= t || te >= b || b - te > 4) continue;
    if (plural_title_alone(c, te, b) || site_after_name(c, te, b)) break;
    /* "Singer Lauryn Hill": after a role, a place word that is also a
     * common surname ends the name */
    if (!person_shape(c, te, b)
        && !(b - te >= 2 && surname_place_word(c, b - 1) && person_shape(c, te, b - 1)))
      break;
    /* "Sikandar Sultan Raja": a ruler's title after the words of a name
     * the gazetteer does not know as anything but a given name */
    if (te == t + 1 && inner_ruler(c, t) && front_given(c, a, t)) break;
    if (c->toks[te].gb >= 0 && gb_end(c, te) == c->toks[b - 1].start + c->toks[b - 1].len
        && gb_entry(c, te)->kind != DL_GK_GIVEN)
      break;                         /* "Minister Kaya" is one thing, a place is another */
    found = 1;
    break;
  }
  if (!found) return DL_OK;
  /* "Secretary-General": the title opens at its first half ("General"
   * alone is one too) */
  if (t > a && (c->toks[t].flags & T_HYPH) && c->toks[t - 1].gb >= 0
      && gb_entry(c, t - 1)->kind == DL_GK_TITLE
      && gb_end(c, t - 1) >= c->toks[t].start + c->toks[t].len)
    t--;
  /* the words in front */
  tfirst = a;
  for (j = a; j < t;) {
    const dl_gaz_entry *ge = gb_entry(c, j);
    size_t je = ge ? tok_upto(c, j, t, gb_end(c, j)) : j;
    /* "Cook County Sheriff", "St. Louis County Prosecuting Attorney": a
     * county's name opening the words in front is a place of its own,
     * the post after it (the county's own name: not "St. Louis") */
    if (j == tfirst && t - j >= 2) {
      size_t k, e = j;
      for (k = j; k < t && (c->toks[k].flags & T_CAP) && !(c->toks[k].flags & T_ALLCAPS)
                  && (k == j || !(c->toks[k].flags & T_BREAK)); k++)
        if (k > j && county_word(c, k)) e = k + 1;
      if (e > j) {
        ment o;
        dl_status st;
        ment_init(&o, c, j, e);
        o.type = DL_ENT_LOCATION;
        o.strong = 1;
        front_end = o.end;
        if ((st = add_ment(c, &o)) != DL_OK) return st;
        tfirst = j = e;
        continue;
      }
    }
    /* "Bank of France Governor": a body of the place right before the
     * post is one organization */
    if (ge && je == t && j >= tfirst + 2 && TOK_IN(c, tfirst, L_ORG_HEAD)
        && (c->toks[j - 1].flags & T_LOWER)
        && dl_word_eq(c->text + c->toks[j - 1].start, c->toks[j - 1].len, "of")
        && ge->kind != DL_GK_TITLE && ge->kind != DL_GK_GIVEN && ge->kind != DL_GK_DEMONYM
        && ge->type == DL_ENT_LOCATION
        && c->toks[je - 1].start + c->toks[je - 1].len == gb_end(c, j)) {
      dl_status st = add_front_org(c, tfirst, t, &front_end);
      if (st != DL_OK) return st;
      tfirst = t;
      break;
    }
    if (ge && je > j && je <= t && c->toks[je - 1].start + c->toks[je - 1].len == gb_end(c, j)
        && ge->kind != DL_GK_TITLE && ge->kind != DL_GK_GIVEN && ge->type != DL_ENT_NONE
        /* "Alaska Airlines Chief Executive": the place names the firm */
        && !(je + 1 == t && je == j + 1 && ge->kind != DL_GK_DEMONYM && TOK_IN(c, je, L_ORG_SUFFIX)
             && (c->toks[je].flags & T_CAP))
        /* "Toyota Motor Corp Chairman": a place's name opens a firm's
         * that ends in a firm's last word right before the post */
        && !(ge->kind != DL_GK_DEMONYM && ge->kind != DL_GK_COUNTRY && j == tfirst
             && je < t && t - je <= 3 && t - j >= 3 && TOK_IN(c, t - 1, L_ORG_SUFFIX)
             && caps_only(c, je, t))) {
      if (ge->kind == DL_GK_DEMONYM || ge->kind == DL_GK_COUNTRY) {
        if (m->oend == m->ostart) {
          m->ostart = c->toks[j].start;
          m->oend = gb_end(c, j);
          m->nat = ge->country[0] ? ge->country : NULL;
          nat_words(c, m, j, je);
        }
        if (ge->kind == DL_GK_COUNTRY) {
          dl_status st = add_gaz_ment(c, j, je, ge->type, &front_end);
          if (st != DL_OK) return st;
        }
      } else {
        dl_status st = add_gaz_ment(c, j, je, ge->type, &front_end);
        if (st != DL_OK) return st;
      }
      j = je;
      tfirst = j;
      continue;
    }
    /* "Socialist Prime Minister Pedro Sanchez": a party's adjective
     * opening the run is the holder's, not the post's */
    if (j == tfirst && j == a && (c->toks[j].flags & T_CAP) && !(c->toks[j].flags & T_ALLCAPS)
        && word_in(party_words, NELEM(party_words), c->text + c->toks[j].start, c->toks[j].len)) {
      party = 1;
      tfirst = ++j;
      continue;
    }
    j++;
  }
  /* "Apple CEO Tim Cook", "BOJ Governor Kazuo Ueda": the words left in
   * front of a post in a firm or body name it, an organization of its
   * own (as CoNLL has "Microsoft chairman Bill Gates") */
  if (tfirst < t) {
    int only;
    if (firm_post(c, t, te, &only) > t && firm_front(c, tfirst, t, 0)
        /* "FDA Commissioner", "Safety Board Chair", not "Agriculture
         * Commissioner": a portfolio's post needs an agency's acronym or
         * a body's last word in front */
        && (!(dl_word_eq(c->text + c->toks[t].start, c->toks[t].len, "commissioner")
              || dl_word_eq(c->text + c->toks[t].start, c->toks[t].len, "administrator"))
            || (t - tfirst == 1 && (c->toks[tfirst].flags & T_ALLCAPS))
            || TOK_IN(c, t - 1, L_ORG_SUFFIX))) {
      dl_status st = add_front_org(c, tfirst, t, &front_end);
      if (st != DL_OK) return st;
      tfirst = t;
    }
  }
  m->tstart = c->toks[tfirst < t ? tfirst : t].start;
  m->tend = c->toks[te - 1].start + c->toks[te - 1].len;
  /* the mention begins with its nationality, unless a mention made in
   * front lies between (mentions never overlap) */
  m->start = m->oend > m->ostart && m->ostart < m->tstart && m->ostart >= front_end
           ? m->ostart : m->tstart;
  if (party && c->toks[a].start < m->start) m->start = c->toks[a].start;   /* the mention keeps it */
  if (!m->gender) {
    const dl_gaz_entry *ge = gb_entry(c, t);
    if (ge && ge->kind == DL_GK_TITLE && ge->flags) m->gender = ge->flags;
  }
  *pa = te;
  return DL_OK;
}

/* Is the run [a, b) (no gazetteer name at its end) a code, a plural or
 * a treaty rather than a name: a word mixing letters and digits ("M3",
 * "PC8", not before a company suffix), capitals with a plural s
 * ("NBFIs", "MPs"), or a treaty word last? */
static int code_or_plural(ctx *c, size_t a, size_t b)
{
  const tok *last = &c->toks[b - 1];
  const char *w = c->text + last->start;
  size_t k, i, lo = 0, hi = NELEM(treaty_words);
  if (last->gb >= 0 || TOK_IN(c, b - 1, L_ORG_SUFFIX)) return 0;
  if (b - a >= 2 && last->len <= 9 && (last->flags & T_CAP)) {
    char buf[10];
    for (i = 0; i < last->len; i++) buf[i] = (char)dl_lower[(unsigned char)w[i]];
    buf[i] = '\0';
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      int r = strcmp(buf, treaty_words[mid]);
      if (r == 0) return 1;
      if (r < 0) hi = mid; else lo = mid + 1;
    }
  }
  if (b - a == 1 && last->len >= 3 && w[last->len - 1] == 's') {
    for (i = 0; i + 1 < last->len && DL_IS_UPPER(w[i]); i++) {}
    if (i + 1 == last->len) return 1;
  }
  for (k = a; k < b; k++) {
    const tok *t = &c->toks[k];
    /* (a word that opens with a digit and is no number: "76ers") */
    if (t->gb >= 0 || (t->flags & T_DIGIT) || DL_IS_DIGIT(c->text[t->start])) continue;
    for (i = 1; i < t->len; i++)
      if (DL_IS_DIGIT(c->text[t->start + i])) return 1;
  }
  return 0;
}

/* Does a lower-case word for an aircraft follow at token b ("A340
 * aircraft", "F-16 fighters")? */
static int aircraft_follows(const ctx *c, size_t b, size_t send)
{
  const tok *t;
  if (b >= send) return 0;
  t = &c->toks[b];
  if (!(t->flags & T_LOWER) || (t->flags & T_BREAK) || t->len < 3 || t->len > 11) return 0;
  return word_in(aircraft_nouns, NELEM(aircraft_nouns), c->text + t->start, t->len);
}

/* Words of a body's name after a title's "of the" ("the Senate Foreign
 * Relations Committee") looked through for its last word. */
#define DL_MAX_TITLE_BODY 5

/* Is token k a lower-case "in"? */
static int in_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->flags & T_LOWER) && t->len == 2 && dl_word_eq(c->text + t->start, 2, "in");
}

/* Is token k a lower-case "of" or "for"? */
static int of_for(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  return (t->flags & T_LOWER) && ((t->len == 2 && dl_word_eq(w, 2, "of"))
                                  || (t->len == 3 && dl_word_eq(w, 3, "for")));
}

/* Does token k end a minister's portfolio ("Affairs", "Energy")? */
static int portfolio_end(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->flags & T_CAP) && t->len >= 4 && t->len <= 14
         && word_in(portfolio_ends, NELEM(portfolio_ends), c->text + t->start, t->len);
}

/* Does the run at token a continue a title's portfolio after a comma or
 * "and": "Minister of Housing, Infrastructure and Communities Ann Lee"
 * (back over capitalized words, commas and "and" to a title's "of" or
 * "for")? */
#define DL_MAX_PORTFOLIO_WORDS 10
static int portfolio_list(const ctx *c, size_t a)
{
  size_t k = a, n = 0;
  if (a < 3) return 0;
  if (!(c->toks[a].flags & T_COMMA)
      && !((c->toks[a - 1].flags & T_LOWER)
           && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "and")))
    return 0;
  /* the part before ends a portfolio too (not "Secretary of State Ann
   * Lee, Defense Secretary Bob Tan") */
  if (!portfolio_end(c, (c->toks[a].flags & T_COMMA) ? a - 1 : a - 2)) return 0;
  while (k > 1 && n++ < DL_MAX_PORTFOLIO_WORDS) {
    const tok *t = &c->toks[k - 1];
    if (of_for(c, k - 1)) {
      const dl_gaz_entry *ge = gb_entry(c, k - 2);
      if (!ge && k > 2) ge = gb_entry(c, k - 3);   /* "State Minister for" */
      return ge && ge->kind == DL_GK_TITLE;
    }
    if (!(t->flags & T_CAP) && !((t->flags & T_LOWER) && dl_word_eq(c->text + t->start, t->len, "and")))
      return 0;
    k--;
  }
  return 0;
}

/* The title a run follows ("Chancellor of the Exchequer Priya Lee",
 * "Minister of the Interior Ann Lee": its "of the" before a portfolio;
 * "Ambassador to Manila Mary Carlson": its "to" before a place): the
 * title's token, or a when there is none.  *to tells which: 1 for "to",
 * 2 for a post's place that only a given name after it confirms (after
 * "for" with no "the", "Special Envoy for Sudan Tom Perriello", or after
 * a role word that is no gazetteer title, "special envoy to Sudan"). */
static size_t title_before_run(ctx *c, size_t a, int *to)
{
  size_t k;
  const dl_gaz_entry *ge;
  int weak = 0;
  if (a < 2 || !(c->toks[a - 1].flags & T_LOWER)) return a;
  k = a - 1;
  if (a >= 3 && dl_word_eq(c->text + c->toks[k].start, c->toks[k].len, "the")) k--;
  *to = (c->toks[k].flags & T_LOWER) && dl_word_eq(c->text + c->toks[k].start, c->toks[k].len, "to");
  if (!*to && k == a - 1 && of_for(c, k) && c->toks[k].len == 3) weak = *to = 1;
  if (!*to && (k == a - 1 || !(of_for(c, k) || in_word(c, k))))
    return a;   /* "to", "to the", "of the", "in the" ("Opposition Leader in the
                   National Assembly Ann Lee") */
  k--;
  ge = gb_entry(c, k);
  if (!ge || ge->kind != DL_GK_TITLE || gb_end(c, k) != c->toks[k].start + c->toks[k].len) {
    if (!*to || !TOK_IN(c, k, L_ROLE)) return a;
    weak = 1;
  }
  if (weak) *to = 2;
  return k;
}

/* Is there an "of" or "for" among the tokens (a, k)? */
static int of_inside(const ctx *c, size_t a, size_t k)
{
  size_t j;
  for (j = a + 1; j < k; j++)
    if (of_for(c, j)) return 1;
  return 0;
}

/* Is [a, b) a nationality, then a government body of two words or more
 * ("Chinese Foreign Ministry")? */
static int nat_gov(ctx *c, size_t a, size_t b)
{
  const dl_gaz_entry *ge = gb_entry(c, a);
  size_t k;
  if (!ge || ge->kind != DL_GK_DEMONYM) return 0;
  k = tok_upto(c, a, b, gb_end(c, a));
  if (k <= a || b - k < 2) return 0;
  return word_in(gov_bodies, NELEM(gov_bodies), c->text + c->toks[b - 1].start,
                 c->toks[b - 1].len);
}

/* Does a score follow at token b: a small whole number, then a
 * capitalized word or another such number ("Benfica 1 Porto 1",
 * "Sporting 4 3 1 0")?  Not "Net 72,000 vs 16,000", "Oats 1.24 0.99". */
static int small_int(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t i;
  if (!(t->flags & T_DIGIT) || (t->flags & (T_BREAK | T_HYPH)) || t->len > 3) return 0;
  for (i = 0; i < t->len; i++)
    if (!DL_IS_DIGIT(c->text[t->start + i])) return 0;
  return 1;
}

static int score_follows(const ctx *c, size_t b, size_t send)
{
  const tok *t;
  if (b + 1 >= send || !small_int(c, b)) return 0;
  t = &c->toks[b + 1];
  if (t->flags & T_DIGIT) return small_int(c, b + 1);
  return (t->flags & T_CAP) && !(t->flags & (T_HYPH | T_BREAK));
}

/* Is [a, b) a country, then an organization the gazetteer names to the
 * end ("U.S. Federal Reserve") or one named "X of Y" ("U.S. Department
 * of Energy"): two names, the country's peeled off by run()? */
static int country_org(ctx *c, size_t a, size_t b)
{
  const dl_gaz_entry *g0 = gb_entry(c, a), *g1;
  size_t k1;
  if (!g0 || g0->kind != DL_GK_COUNTRY) return 0;
  k1 = tok_upto(c, a, b, gb_end(c, a));
  if (k1 <= a || k1 >= b) return 0;
  /* "U.S. Federal Trade Commission", "U.S. Agriculture Department": a
   * country with its dots reads as an adjective before a state's body of
   * two words or more (not "Japan Airlines"; "U.S. Treasury" stays one
   * name, as most wire copy treats it) */
  if ((c->toks[k1 - 1].flags & T_ABBR) && b - k1 >= 2
      && word_in(state_bodies, NELEM(state_bodies), c->text + c->toks[b - 1].start,
                 c->toks[b - 1].len))
    return 1;
  if (k1 + 2 < b && (c->toks[k1 + 1].flags & T_LOWER) && TOK_IN(c, k1, L_ORG_HEAD)) return 1;
  if ((g1 = gb_entry(c, k1)) == NULL) return 0;
  return (g1->kind == DL_GK_ORG || g1->kind == DL_GK_AGENCY)
         && gb_end(c, k1) == c->toks[b - 1].start + c->toks[b - 1].len;
}

/* Is token k an acronym in parentheses right after a name, the name's
 * short form ("Tupac Amaru Revolutionary Movement ( MRTA )")? */
static int acronym_in_parens_open(const ctx *c, size_t k);

static int acronym_in_parens(const ctx *c, size_t k)
{
  size_t q = c->toks[k].start + c->toks[k].len;
  if (!acronym_in_parens_open(c, k)) return 0;
  while (q < c->len && c->text[q] == ' ') q++;
  return q < c->len && c->text[q] == ')';
}

/* Are the capital letters of the acronym at token b those of the first
 * letters of the capitalized words [a, b), in any order ("URNG" of
 * "Guatemalan National Revolutionary Unity", named in Spanish)?  Every
 * word capitalized; no more than the acronym's six letters. */
static int acronym_anagram(const ctx *c, size_t a, size_t b)
{
  unsigned char cnt[26];
  size_t k, i;
  const tok *t = &c->toks[b];
  if (b - a != t->len) return 0;
  memset(cnt, 0, sizeof cnt);
  for (k = a; k < b; k++) {
    char ch = c->text[c->toks[k].start];
    if (!(c->toks[k].flags & T_CAP) || ch < 'A' || ch > 'Z') return 0;
    cnt[ch - 'A']++;
  }
  for (i = 0; i < t->len; i++) {
    char ch = c->text[t->start + i];
    if (ch < 'A' || ch > 'Z' || cnt[ch - 'A'] == 0) return 0;
    cnt[ch - 'A']--;
  }
  return 1;
}

/* Does token k, capitals, open a parenthesis right after a capitalized
 * word (the front half of acronym_in_parens)? */
static int acronym_in_parens_open(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t p = t->start;
  if (!(t->flags & T_ALLCAPS) || t->len < 2 || t->len > 6 || k == 0
      || !(c->toks[k - 1].flags & T_CAP))
    return 0;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  if (p == 0 || c->text[p - 1] != '(') return 0;
  p--;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  return p == c->toks[k - 1].start + c->toks[k - 1].len;
}

/* Is mention m a hyphenated acronym alone in parentheses right after a
 * name ("Democratic Party of Struggle (PDI-P)"): capitals and hyphens,
 * the first part two capitals or more? */
static int hyph_acronym_in_parens(const ctx *c, const ment *m)
{
  size_t k, last = m->tok0 + m->ntok - 1;
  uint32_t q = c->toks[last].start + c->toks[last].len;
  if (m->ntok < 2 || m->ntok > 3 || q - c->toks[m->tok0].start > 8
      || !acronym_in_parens_open(c, m->tok0))
    return 0;
  for (k = m->tok0 + 1; k <= last; k++)
    if (!(c->toks[k].flags & T_HYPH) || !(c->toks[k].flags & T_CAP)
        || (c->toks[k].flags & T_LOWERCASE))
      return 0;
  while (q < c->len && c->text[q] == ' ') q++;
  return q < c->len && c->text[q] == ')';
}

/* Is mention m alone in parentheses right after mention p ("Together
 * for Catalonia (Junts)")? */
static int name_in_parens(const ctx *c, const ment *p, const ment *m)
{
  size_t q = p->end, r = m->end;
  while (q < m->start && c->text[q] == ' ') q++;
  if (q >= m->start || c->text[q] != '(' || q + 1 != m->start) return 0;
  return r < c->len && c->text[r] == ')';
}

/* Is token k a short form in parentheses right after the name p, not
 * in capitals ("Electoral Service (Servel)", "Petroleos Mexicanos
 * (Pemex)")?  Not a word the gazetteer knows (a place's "(Chile)"); its
 * first letter opens a word of the name and each of its letters is in
 * the name. */
static int short_form_in_parens(const ctx *c, size_t k, const ment *p)
{
  const tok *t = &c->toks[k];
  size_t i, j, p0 = t->start, q = t->start + t->len;
  int first = 0;
  if ((t->flags & T_ALLCAPS) || !(t->flags & T_CAP) || t->len < 3 || t->len > 12
      || (t->gb >= 0 && gb_entry(c, k)->kind == DL_GK_COUNTRY) || k != p->tok0 + p->ntok)
    return 0;
  while (p0 > 0 && c->text[p0 - 1] == ' ') p0--;
  if (p0 == 0 || c->text[p0 - 1] != '(') return 0;
  while (q < c->len && c->text[q] == ' ') q++;
  if (q >= c->len || c->text[q] != ')') return 0;
  for (j = p->tok0; j < p->tok0 + p->ntok; j++)
    if (c->text[c->toks[j].start] == c->text[t->start]) first = 1;
  if (!first) return 0;
  for (i = 0; i < t->len; i++) {
    char l = DL_LOWER(c->text[t->start + i]);
    for (j = p->nstart; j < p->nend && DL_LOWER(c->text[j]) != l; j++) {}
    if (j == p->nend) return 0;
  }
  return 1;
}

/* Are token k a number of two to four digits and token k + 1 a word
 * for an index ("500 index", "2000 composite")? */
static int numbered_index(const ctx *c, size_t k)
{
  const tok *n = &c->toks[k], *w = &c->toks[k + 1];
  size_t i;
  if (!(n->flags & T_DIGIT) || (n->flags & T_BREAK) || n->len < 2 || n->len > 4
      || !(w->flags & T_LOWER) || (w->flags & T_BREAK))
    return 0;
  for (i = 0; i < n->len; i++)
    if (!DL_IS_DIGIT(c->text[n->start + i])) return 0;
  return dl_word_eq(c->text + w->start, w->len, "index")
         || dl_word_eq(c->text + w->start, w->len, "composite")
         /* (not a year's: "In Britain 1995 average earnings rose") */
         || (dl_word_eq(c->text + w->start, w->len, "average")
             && !(n->len == 4 && (c->text[n->start] == '1' || c->text[n->start] == '2')));
}

/* Is the run [a, b) a market index or a price benchmark ("Nikkei",
 * "FTSE 100", "Dow Jones industrial average", "Brent crude")?  *pend
 * receives the token after its name, past a number that belongs to it
 * ("FTSE 100", "CAC-40", "Nikkei 225"). */
static int market_index(ctx *c, size_t a, size_t b, size_t send, size_t *pend)
{
  const tok *t = &c->toks[a];
  const char *s = c->text + t->start;
  size_t e = b, i;
  int two, noun;
  unsigned char l0, l1;
  if (t->len < 3 || t->len > 7) return 0;
  l0 = dl_lower[(unsigned char)s[0]];
  l1 = dl_lower[(unsigned char)s[1]];
  if (l0 < 'a' || l0 > 'z' || l1 < 'a' || l1 > 'z'
      || !(index_second[l0 - 'a'] & (1u << (l1 - 'a')))
      || !word_in(index_names, NELEM(index_names), s, t->len))
    return 0;
  two = dl_word_eq(s, t->len, "dow") || dl_word_eq(s, t->len, "hang");
  /* "The Dow rose 40 points": the average by its first word, after
   * "the" (a firm of that name is "Dow Chemical", never "the Dow") */
  if (two && b - a == 1 && t->len == 3 && DL_IS_LOWER(s[1]) && a > 0
      && c->toks[a - 1].len == 3 && !(t->flags & T_BREAK)
      && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")
      && DL_IS_LOWER(c->text[c->toks[a - 1].start + 1]) && DL_LOWER(s[0]) == 'd') {
    *pend = b;
    return 1;
  }
  if (b - a != (two ? 2u : 1u)) return 0;
  if (two && !dl_word_eq(c->text + c->toks[a + 1].start, c->toks[a + 1].len,
                         DL_LOWER(s[0]) == 'd' ? "jones" : "seng"))
    return 0;
  noun = dl_word_eq(s, t->len, "dow") || dl_word_eq(s, t->len, "brent")
         || dl_word_eq(s, t->len, "forties") || dl_word_eq(s, t->len, "nasdaq");
  if (e < send && (c->toks[e].flags & T_DIGIT) && !(c->toks[e].flags & T_BREAK)
      && c->toks[e].len <= 3 && !noun) {
    for (i = 0; i < c->toks[e].len && DL_IS_DIGIT(c->text[c->toks[e].start + i]); i++) {}
    if (i == c->toks[e].len) e++;
  }
  if (noun && !(e < send && (c->toks[e].flags & T_LOWER) && !(c->toks[e].flags & T_BREAK)
                && word_in(market_words, NELEM(market_words), c->text + c->toks[e].start,
                           c->toks[e].len)))
    return 0;
  *pend = e;
  return 1;
}

/* Is the run [a, b) a maker the gazetteer knows, then a model: a
 * product, a MISC ("Airbus A340s", "Boeing 777 jets", "Boeing 747-400
 * aircraft")?  *pend receives the token after the model. */
static int product_model(ctx *c, size_t a, size_t b, size_t send, size_t *pend)
{
  const dl_gaz_entry *ge = gb_entry(c, a);
  const tok *t;
  size_t e = b, i;
  if (!ge || ge->kind != DL_GK_ORG || gb_end(c, a) != c->toks[a].start + c->toks[a].len
      || c->row)
    return 0;
  if (b - a == 2) {                  /* "A340s": capitals, then digits */
    t = &c->toks[a + 1];
    if (t->flags & T_HYPH || t->len > 8 || !DL_IS_UPPER(c->text[t->start])) return 0;
    for (i = 1; i < t->len && DL_IS_UPPER(c->text[t->start + i]); i++) {}
    if (i > 3 || i >= t->len || !DL_IS_DIGIT(c->text[t->start + i])) return 0;
    *pend = b;
    return 1;
  }
  if (b - a != 1 || e >= send) return 0;
  t = &c->toks[e];                   /* "777", "747-400", "777s" */
  if (!(t->flags & T_DIGIT) || (t->flags & T_BREAK) || t->len < 3 || t->len > 4) return 0;
  for (i = 0; i < 3; i++)
    if (!DL_IS_DIGIT(c->text[t->start + i])) return 0;
  if (t->len == 4 && c->text[t->start + 3] != 's') return 0;
  e++;
  if (e < send && (c->toks[e].flags & T_HYPH) && (c->toks[e].flags & T_DIGIT)) e++;
  if (e >= send || !(c->toks[e].flags & T_LOWER) || (c->toks[e].flags & T_BREAK)) return 0;
  *pend = e;
  return 1;
}

/* Is token k a faith ("Moslem") or a nationality the gazetteer knows
 * ("Croat"), the whole token? */
static int creed_or_people(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const dl_gaz_entry *ge = gb_entry(c, k);
  if (ge) return ge->kind == DL_GK_DEMONYM && gb_end(c, k) == t->start + t->len;
  return (t->flags & T_LOWERCASE)
         && word_in(creed_words, NELEM(creed_words), c->text + t->start, t->len);
}

/* Is [a, b) an index named before the lower-case word "index" ("the
 * Merval index", "the IPC index"; words the gazetteer does not know) or
 * a crude benchmark ending in "Intermediate"? */
static int market_name(ctx *c, size_t a, size_t b, size_t send)
{
  size_t k;
  const tok *l = &c->toks[b - 1];
  if (b - a >= 2 && l->len == 12 && (l->flags & T_LOWERCASE)
      && dl_word_eq(c->text + l->start, l->len, "intermediate"))
    return 1;
  /* "the Straits Times Industrials Index", "the Hang Seng Index": a name
   * ending in its own word for an index */
  if (b - a >= 2 && l->len == 5 && (l->flags & T_LOWERCASE) && !(l->flags & T_POSS)
      && dl_word_eq(c->text + l->start, 5, "index"))
    return 1;
  /* "Arab Light crude", "Dubai Fateh crude": a grade of crude oil named
   * by two words or more, a nationality among them (not "North Sea
   * crude": a place the gazetteer knows) */
  if (b - a >= 2 && b < send && c->toks[b].len == 5 && (c->toks[b].flags & T_LOWER)
      && !(c->toks[b].flags & T_BREAK) && !(l->flags & T_POSS)
      && dl_word_eq(c->text + c->toks[b].start, 5, "crude")) {
    for (k = a; k < b; k++)
      if (c->toks[k].gu >= 0 || (c->toks[k].gb >= 0 && gb_entry(c, k)->kind != DL_GK_DEMONYM))
        return 0;
    return 1;
  }
  if (b - a > 2 || b >= send || c->toks[b].len != 5 || !(c->toks[b].flags & T_LOWER)
      || (c->toks[b].flags & T_BREAK)
      || !dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "index")
      || (l->flags & T_POSS))
    return 0;
  for (k = a; k < b; k++)
    if (c->toks[k].gb >= 0 || c->toks[k].gu >= 0) return 0;
  return 1;
}

/* The length of the quote mark ending at byte i - 1 (a straight or a
 * curly one, both ways), or 0. */
static size_t quote_before(const char *t, size_t i)
{
  if (i >= 1 && t[i - 1] == '"') return 1;
  if (i >= 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80
      && ((unsigned char)t[i - 1] == 0x9C || (unsigned char)t[i - 1] == 0x9D))
    return 3;
  return 0;
}

/* Is the last word of the run [a, b) a three-letter month without a dot
 * that ends a name ("Lei Jun", "Wang Jun"), not a date: a capitalized
 * word that is no date before it, no number after it ("May 5", "Jun
 * 30")? */
static int month_given(const ctx *c, size_t a, size_t b, size_t send)
{
  const tok *t = &c->toks[b - 1];
  if (b - a < 2 || t->len != 3 || (t->flags & (T_ABBR | T_BREAK | T_HYPH))
      || !(c->toks[b - 2].flags & T_CAP) || (c->toks[b - 2].flags & T_ALLCAPS)
      || is_date_word(c, b - 2) || dl_month_from_name(c->text + t->start, 3) == 0)
    return 0;
  return b >= send || !(c->toks[b].flags & T_DIGIT);
}

static int same_words(const char *text, size_t a, size_t an, size_t b, size_t bn);

/* Is the run [a, b) "the" and a title alone ("the King", "The Pope
 * said", not "the President of Brazil"), the title some person was read
 * with before?  Then a mention of that person for merge() to find (as
 * "the Saudi crown prince"), its status in *st. */
static int bare_title(ctx *c, size_t sent0, size_t a, size_t b, size_t send, dl_status *st)
{
  size_t k = a, j, len;
  const tok *t = &c->toks[a];
  ment m;
  if (b - a == 2 && t->len == 3 && dl_word_eq(c->text + t->start, 3, "the")) k = a + 1;
  else if (b - a != 1 || a == sent0 || c->toks[a - 1].len != 3 || !(c->toks[a - 1].flags & T_LOWER)
           || !dl_word_eq(c->text + c->toks[a - 1].start, 3, "the"))
    return 0;
  t = &c->toks[k];
  if (t->gb < 0 || gb_entry(c, k)->kind != DL_GK_TITLE || gb_end(c, k) != t->start + t->len
      || (t->flags & (T_ABBR | T_ALLCAPS | T_POSS)))
    return 0;
  /* not "the President of Brazil", "the Pope in Rome": a place after
   * the title says which one */
  if (b + 1 < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "of")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "in"))
      && (c->toks[b + 1].flags & T_CAP))
    return 0;
  len = t->len;
  for (j = 0; j < c->ntitled; j++)
    if (same_words(c->text, t->start, len, c->titled[j].start, c->titled[j].len)) break;
  if (j == c->ntitled) return 0;
  ment_init(&m, c, k, k + 1);
  m.type = DL_ENT_PERSON;
  m.strong = 1;
  m.counterpart = 3;
  *st = add_ment(c, &m);
  return 1;
}

/* Is the run [a, b) "the" and a royal style, a title of a prince or a
 * duke and "of" a place ("the Prince of Wales", "the Duke of Sussex"),
 * the title some person was read with before?  Then a mention of that
 * person for merge() to find, as bare_title's (one of two princes, or
 * none, drops it); its status in *st. */
static int royal_style(ctx *c, size_t sent0, size_t a, size_t b, dl_status *st)
{
  size_t k = a, j;
  const tok *t = &c->toks[a];
  ment m;
  if (b - a >= 4 && t->len == 3 && dl_word_eq(c->text + t->start, 3, "the")) k = a + 1;
  else if (b - a < 3 || a == sent0 || c->toks[a - 1].len != 3 || !(c->toks[a - 1].flags & T_LOWER)
           || !dl_word_eq(c->text + c->toks[a - 1].start, 3, "the"))
    return 0;
  t = &c->toks[k];
  if (t->gb < 0 || gb_entry(c, k)->kind != DL_GK_TITLE || gb_end(c, k) != t->start + t->len
      || (t->flags & (T_ABBR | T_ALLCAPS | T_POSS))
      || !word_in(royal_styles, NELEM(royal_styles), c->text + t->start, t->len)
      || !dl_word_eq(c->text + c->toks[k + 1].start, c->toks[k + 1].len, "of")
      || c->toks[k + 2].gb < 0 || gb_entry(c, k + 2)->type != DL_ENT_LOCATION
      || gb_end(c, k + 2) != c->toks[b - 1].start + c->toks[b - 1].len)
    return 0;
  for (j = 0; j < c->ntitled; j++)
    if (same_words(c->text, t->start, t->len, c->titled[j].start, c->titled[j].len)) break;
  if (j == c->ntitled) return 0;
  ment_init(&m, c, k, k + 1);          /* merge() looks the title up */
  m.end = m.nend = c->toks[b - 1].start + c->toks[b - 1].len;
  m.type = DL_ENT_PERSON;
  m.strong = 1;
  m.counterpart = 3;
  *st = add_ment(c, &m);
  return 1;
}

/* Are tokens [a, b) a city or region the gazetteer names whole, no given
 * name, then one or two capitalized words it does not know, the last a
 * plural ("Phoenix Suns", "Los Angeles Lakers"; not "ss", nor a given
 * name's "s", a surname: "Regina Jacobs")? */
static int team_name(ctx *c, size_t a, size_t b)
{
  size_t k, j;
  const tok *l = &c->toks[b - 1];
  const char *w = c->text + l->start;
  if (c->toks[a].gu >= 0 || c->toks[a].gb < 0 || (l->flags & (T_POSS | T_ABBR)))
    return 0;
  /* a plural in "s", or baseball's "Sox" ("Boston Red Sox") */
  if ((l->len < 4 || w[l->len - 1] != 's' || w[l->len - 2] == 's' || w[l->len - 2] == '\'')
      && !(l->len == 3 && dl_word_eq(w, 3, "sox")))
    return 0;
  if ((gb_entry(c, a)->kind != DL_GK_CITY && gb_entry(c, a)->kind != DL_GK_REGION)
      || given_word(c, a) || dl_given_name_find(w, l->len - 1)    /* "Regina Jacobs" */
      || word_in(happening_plurals, NELEM(happening_plurals), w, l->len))
    return 0;
  k = tok_upto(c, a, b, gb_end(c, a));
  if (k <= a || k >= b || b - k > 2 || c->toks[k - 1].start + c->toks[k - 1].len != gb_end(c, a))
    return 0;
  for (j = k; j < b; j++)
    if (c->toks[j].gb >= 0 || c->toks[j].gu >= 0 || !(c->toks[j].flags & T_CAP)
        || !(c->toks[j].flags & T_LOWERCASE) || (c->toks[j].flags & T_ABBR)
        || TOK_IN(c, j, L_NAMESUF))
      return 0;
  return 1;
}

/* "beat the Miami Heat", "the Orlando Magic 105", "Utah Jazz forward":
 * a town, then one capitalized word that is no one's name nor a place's
 * or a body's word, after "the" and a rival's verb ("beat", "play",
 * "against") or before a score or a player's role, is a team (the
 * plural ones are team_name's). */
static int town_team(ctx *c, size_t a, size_t b, size_t send)
{
  const dl_gaz_entry *ge = gb_entry(c, a);
  const tok *l = &c->toks[b - 1], *p;
  size_t k;
  if (!ge || (ge->kind != DL_GK_CITY && ge->kind != DL_GK_REGION) || c->toks[a].gu >= 0)
    return 0;
  k = tok_upto(c, a, b, gb_end(c, a));
  if (k <= a || k + 1 != b || c->toks[k - 1].start + c->toks[k - 1].len != gb_end(c, a))
    return 0;
  if (l->gb >= 0 || l->gu >= 0 || !(l->flags & T_CAP) || !(l->flags & T_LOWERCASE)
      || (l->flags & (T_ABBR | T_POSS | T_BREAK | T_HYPH)) || l->len < 3 || given_word(c, b - 1)
      || TOK_IN(c, b - 1, L_ORG_SUFFIX | L_LOC_SUFFIX | L_NAMESUF | L_ROLE | L_STOP | L_NOTENT
                          | L_NOTPER | L_COMPASS))
    return 0;
  if (b < send && (score_follows(c, b, send) || club_word_after(c, b, send))) return 1;
  if (a < 2 || (c->toks[a].flags & T_BREAK) || c->toks[a - 1].len != 3
      || !dl_word_eq(c->text + c->toks[a - 1].start, 3, "the") || (c->toks[a - 1].flags & T_BREAK))
    return 0;
  p = &c->toks[a - 2];
  return (p->flags & T_LOWER)
         && (word_in(team_preps, NELEM(team_preps), c->text + p->start, p->len)
             || word_in(team_verbs, NELEM(team_verbs), c->text + p->start, p->len));
}

/* "the Charlotte Hornets", "the Orlando Pirates": after "the", a given
 * name (or a town the gazetteer keeps as one) and a capitalized plural
 * that is no given name is a team or a group, not a person ("the" opens
 * no one's name).  The caller asks for a sport's context too: a surname
 * in -s after a given name is as common ("the Anna Jones case"). */
static int the_given_plural(ctx *c, size_t a, size_t b)
{
  const tok *l = &c->toks[b - 1];
  const char *w = c->text + l->start;
  if (b != a + 2 || a == 0 || (c->toks[a].flags & T_BREAK) || c->toks[a - 1].len != 3
      || !dl_word_eq(c->text + c->toks[a - 1].start, 3, "the"))
    return 0;
  if (!given_word(c, a) || c->toks[a].gu >= 0 || l->gb >= 0 || l->gu >= 0 || l->len < 4
      || w[l->len - 1] != 's' || w[l->len - 2] == 's' || w[l->len - 2] == 'u'
      || w[l->len - 2] == '\'' || (l->flags & (T_POSS | T_ABBR | T_ALLCAPS | T_BREAK))
      || !(l->flags & T_CAP) || dl_given_name_find(w, l->len - 1) || given_word(c, b - 1)
      || TOK_IN(c, b - 1, L_NAMESUF | L_LOC_SUFFIX))
    return 0;
  return 1;
}

/* Is the capitalized token k the first word of a title in quotes, the
 * quote holding only capitalized words and short function words, after
 * a possessive or a word that introduces a work ("Jordan's " Michael
 * Collins "", "the Golden Bear for " Sense and Sensibility "", "the film
 * "Ponette"")?  A MISC in the CoNLL manner; *pend receives the token after
 * its last word.  Quoted speech has lower-case words; a closing quote has
 * punctuation, not a word, before it. */
static int quoted_title(ctx *c, size_t s0, size_t k, size_t send, size_t *pend)
{
  const char *t = c->text;
  size_t i = c->toks[k].start, q, e, j;
  const tok *p;
  if (k <= s0) return 0;
  if (i > 0 && t[i - 1] == ' ') i--;
  q = quote_before(t, i);
  if (!q) return 0;
  i -= q;
  if (i == 0 || t[i - 1] != ' ') return 0;
  p = &c->toks[k - 1];
  /* a word right before, or a possessive ("Jordan's", "Jordan 's") */
  if (!((p->flags & T_POSS) && p->start + p->len + 3 == i && t[i - 3] == '\''
        && t[i - 2] == 's')) {
    if (p->start + p->len + 1 != i) return 0;
    if (!(p->len == 1 && t[p->start] == 's' && p->start > 0 && t[p->start - 1] == '\'')
        && !lower_in(c, k - 1, title_fronts, NELEM(title_fronts), title_fronts_first, 2))
      return 0;
  }
  for (e = k; e < send && e - k < DL_MAX_TITLE_WORDS; e++) {
    const tok *u = &c->toks[e];
    size_t end = u->start + u->len;
    if (e > k && (u->flags & T_BREAK) && !(u->flags & T_HYPH)) return 0;
    if (!(u->flags & T_CAP) && !(u->flags & T_DIGIT)
        && !((u->flags & T_LOWER) && u->len <= 4 && TOK_IN(c, e, L_STOP)))
      return 0;
    if (end < c->len && t[end] == ' ') end++;
    if (end < c->len && quote_before(t, end + 1) == 1) break;
    if (end + 2 < c->len && quote_before(t, end + 3) == 3) break;
  }
  if (e >= send || e - k >= DL_MAX_TITLE_WORDS || !(c->toks[e].flags & (T_CAP | T_DIGIT)))
    return 0;
  /* one word the gazetteer knows whole is its name ("for " Sarajevo "") */
  if (e == k && c->toks[k].gb >= 0 && gb_end(c, k) == c->toks[k].start + c->toks[k].len)
    return 0;
  if (e == k && TOK_IN(c, k, L_STOP)) return 0;
  for (j = k; j <= e; j++)
    if (c->toks[j].flags & T_ALLCAPS && c->toks[j].len > 3) return 0;
  *pend = e + 1;
  return 1;
}

/* Is token k a number written as an ordinal ("47th", "1st", "22nd")? */
static int ordinal_tok(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  size_t j = 0;
  if (!(t->flags & T_DIGIT) || t->len < 3 || t->len > 6) return 0;
  while (j < t->len && DL_IS_DIGIT(w[j])) j++;
  return j + 2 == t->len
         && (dl_word_eq(w + j, 2, "st") || dl_word_eq(w + j, 2, "nd")
             || dl_word_eq(w + j, 2, "rd") || dl_word_eq(w + j, 2, "th"));
}

/* Does the run [a, b) end with a one-word title after a known given name
 * and a surname, its post following in lower case ("Tom Reyes Ambassador
 * to France")? */
static int post_title_after(ctx *c, size_t a, size_t b)
{
  const dl_gaz_entry *gt = gb_entry(c, b - 1), *g0 = gb_entry(c, a);
  const tok *nx = &c->toks[b];
  return gt && gt->kind == DL_GK_TITLE && gb_end(c, b - 1) == c->toks[b - 1].start + c->toks[b - 1].len
         && c->toks[b - 2].gb < 0 && g0 && g0->kind == DL_GK_GIVEN
         && !(c->toks[b - 1].flags & (T_HYPH | T_BREAK)) && (nx->flags & T_LOWER)
         && !(nx->flags & T_BREAK)
         && word_in(post_words, NELEM(post_words), c->text + nx->start, nx->len);
}

/* Might token k be a rank word ("Fifth", "Second"): its length and its
 * capital first letter (table_ranks_first)? */
static int rank_shape(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  char ch = c->text[t->start];
  return t->len >= 5 && t->len <= 7 && DL_IS_UPPER(ch)
         && (table_ranks_first >> (DL_LOWER(ch) - 'a') & 1u);
}

/* A name numbered in its words (read before the rest of run()): a unit
 * numbered by an ordinal is an organization, a shoal or reef named by one
 * a place, the ordinal part of the name (not a date, not a word opening
 * the sentence): "47th Mechanized Brigade", "Fifth Fleet", "Second Thomas
 * Shoal"; a union's local by its number, the union's name in front:
 * "Culinary Workers Union Local 226", "UNITE HERE Local 24".  Sets *m and
 * returns 1 for one. */
static int numbered_name(ctx *c, size_t sent0, size_t a, size_t b, size_t send, ment *m)
{
  const tok *tl = &c->toks[b - 1];
  size_t o = b, f = a;
  if (a > sent0 && (c->toks[a - 1].flags & T_DIGIT) && !(c->toks[a].flags & T_BREAK)
      && ordinal_tok(c, a - 1)
      && word_in(unit_nouns, NELEM(unit_nouns), c->text + tl->start, tl->len))
    o = a - 1;
  else if (a > sent0 && (c->toks[a - 1].flags & T_DIGIT) && !(c->toks[a].flags & T_BREAK)
           && b - a <= 2 && ordinal_tok(c, a - 1)
           && word_in(numbered_districts, NELEM(numbered_districts), c->text + tl->start, tl->len)) {
    ment_init(m, c, a - 1, b);        /* "the 35th Ward": a place, its number in it */
    m->type = DL_ENT_LOCATION;
    m->strong = 1;
    return 1;
  } else {
    /* (most runs have no rank word first: its shape is asked before any
     * word list) */
    if (!rank_shape(c, a) && b - a >= 3 && c->toks[a].len == 3
        && dl_word_eq(c->text + c->toks[a].start, 3, "the"))
      f = a + 1;                      /* ("The Fifth Fleet" opening a sentence) */
    if (b - f >= 2 && rank_shape(c, f)
        && word_in(table_ranks, NELEM(table_ranks), c->text + c->toks[f].start, c->toks[f].len)
        && ((word_in(unit_nouns, NELEM(unit_nouns), c->text + tl->start, tl->len)
             && !dl_word_eq(c->text + tl->start, tl->len, "division"))    /* a league */
            || TOK_IN(c, b - 1, L_LOC_SUFFIX)))
      o = f;
  }
  if (o < b) {
    ment_init(m, c, o, b);
    m->type = TOK_IN(c, b - 1, L_LOC_SUFFIX) ? DL_ENT_LOCATION : DL_ENT_ORGANIZATION;
    m->strong = 1;
    return 1;
  }
  if (tl->len == 5 && b - a >= 2 && b < send && (c->toks[b].flags & T_DIGIT)
      && !(c->toks[b].flags & T_BREAK) && c->toks[b].len <= 4
      && dl_word_eq(c->text + tl->start, 5, "local")) {
    size_t j;
    f = a;
    for (j = 0; j < c->toks[b].len && DL_IS_DIGIT(c->text[c->toks[b].start + j]); j++) {}
    while (f < b - 1 && TOK_IN(c, f, L_STOP)) f++;
    if (j == c->toks[b].len && f < b - 1) {
      ment_init(m, c, f, b + 1);
      m->type = DL_ENT_ORGANIZATION;
      m->strong = 1;
      return 1;
    }
  }
  return 0;
}

/* Is the run [a, b) of a mixed-case sentence no name: a cricket "Test"
 * alone in a sport story, a word in capitals
 * for emphasis inside it that is a function word ("said THIS was"; not
 * "the ONCE rider", "( Spain ) ONCE": a team), a clock's time ("Eastern
 * Time"), or the service after a verb ("attended Mass.", where "Boston,
 * Mass." has its comma)? */
static int no_name_run(ctx *c, size_t a, size_t b, size_t send)
{
  const tok *t = &c->toks[a], *l = &c->toks[b - 1];
  if (b - a == 1 && (t->flags & T_ALLCAPS) && !(t->flags & (T_SSTART | T_ABBR)) && t->len >= 4
      && t->gb < 0 && t->gu < 0 && TOK_IN(c, a, L_STOP) && !team_after_paren(c, a)) {
    const tok *u = b < send ? &c->toks[b] : NULL;
    return !(c->games && u && (u->flags & T_LOWER) && !(u->flags & T_BREAK)
             && word_in(racer_nouns, NELEM(racer_nouns), c->text + u->start, u->len));
  }
  if (b - a >= 2 && l->len == 4 && (l->flags & T_CAP) && !(l->flags & T_ALLCAPS)
      && dl_word_eq(c->text + l->start, 4, "time")
      && word_in(zone_words, NELEM(zone_words), c->text + c->toks[b - 2].start, c->toks[b - 2].len))
    return 1;
  /* "the first Test against Zimbabwe": a cricket match */
  if (b - a == 1 && c->games && (t->len == 4 || t->len == 5) && !(t->flags & T_ALLCAPS)
      && (dl_word_eq(c->text + t->start, t->len, "test")
          || dl_word_eq(c->text + t->start, t->len, "tests")))
    return 1;
  return b - a == 1 && a > 0 && (t->len == 4 || (t->len == 5 && (t->flags & T_ABBR)))
         && dl_word_eq(c->text + t->start, 4, "mass") && !(t->flags & (T_BREAK | T_ALLCAPS))
         && (c->toks[a - 1].flags & T_LOWER);
}

/* Is byte p of the sentence of tokens from sent0 in a list of players:
 * inside parentheses (a '(' before it, no ')' between: "( Litmanen 23 ,
 * Kluivert 70 )"), or after the colon of a side's total ("India 250 :
 * Tendulkar 45 , Dravid 30"; not a score's "2:1")?  A standings line asks
 * for each of its names in turn, left to right: the scan goes back only
 * to where the last one stopped, so a line of many names costs one pass,
 * not one each. */
static int in_player_list(ctx *c, size_t sent0, size_t p)
{
  size_t q = p, stop = c->toks[sent0].start;
  int known = 0, open = 0;
  if (c->list_at && c->list_sent == stop && c->list_at - 1 <= p) {
    stop = c->list_at - 1;
    known = 1;
  }
  for (; q > stop; q--) {
    if (c->text[q - 1] == ')') break;
    if (c->text[q - 1] == '(') { open = 1; break; }
    if (c->text[q - 1] == ':' && q < p && c->text[q] == ' ') {
      size_t r = q - 1;
      while (r > stop && c->text[r - 1] == ' ') r--;
      if (r > stop && DL_IS_DIGIT(c->text[r - 1])) { open = 1; break; }
    }
  }
  if (q == stop && known) open = c->list_open;
  c->list_sent = c->toks[sent0].start;
  c->list_at = p + 1;
  c->list_open = open;
  return open;
}

/* Is token b a racer's role, "driver" or "rider", after which a name is
 * a racing team's ("McLaren driver", "Telekom rider")? */
static int racing_role_at(const ctx *c, size_t b)
{
  const tok *t = &c->toks[b];
  return dl_word_eq(c->text + t->start, t->len, "driver")
         || dl_word_eq(c->text + t->start, t->len, "rider");
}

/* Record the run of tokens [a, b) in the sentence of tokens [sent0, send). */
/* The gazetteer's sink for org_plural_known: a few matches, no more. */
static int no_grow(dl_gaz_sink *s, size_t need)
{
  (void)s;
  (void)need;
  return -1;
}

/* Does the built-in gazetteer know the words text[s, e) with an "s"
 * after them, whole, as an organization's name ("Tamil Tigers" for
 * "Tamil Tiger")? */
static int org_plural_known(const ctx *c, size_t s, size_t e)
{
  char buf[48];
  dl_gaz_match mm[8];
  dl_gaz_sink sink;
  size_t n = e - s, i;
  if (!c->gb || n + 1 > sizeof buf) return 0;
  memcpy(buf, c->text + s, n);
  buf[n] = 's';
  sink.m = mm;
  sink.n = 0;
  sink.cap = NELEM(mm);
  sink.grow = no_grow;
  sink.ud = NULL;
  if (dl_gazetteer_scan_sink(c->gb, buf, 0, n + 1, &sink) != DL_OK) return 0;
  for (i = 0; i < sink.n; i++) {
    const dl_gaz_entry *g = dl_gazetteer_entry(c->gb, mm[i].entry);
    if (mm[i].start == 0 && mm[i].len == n + 1 && g && g->type == DL_ENT_ORGANIZATION) return 1;
  }
  return 0;
}

static dl_status run(ctx *c, size_t sent0, size_t a, size_t b, size_t send,
                     int caps_sentence)
{
  size_t r0 = a, a0;
  ment m;
  dl_status st;
  const dl_gaz_entry *ge;

  /* "Suspected Moslem rebels", "Armed Kurdish guerrillas": a participle
   * capitalized only because it opens the sentence, then a nationality or
   * a faith, is no part of a name; the nationality is read alone (not
   * "Armed Islamic Group": more words after it name a body) */
  if ((c->toks[a].flags & T_SSTART) && b - a == 2 && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && c->toks[a].len >= 3 && (c->toks[a].flags & T_LOWERCASE)
      && !(c->toks[a].flags & (T_BREAK | T_POSS | T_HYPH)) && !(c->toks[a + 1].flags & T_BREAK)
      && ((c->toks[a].len >= 5 && c->text[c->toks[a].start + c->toks[a].len - 2] == 'e'
           && c->text[c->toks[a].start + c->toks[a].len - 1] == 'd')
          /* "Two French soldiers", "Three Kenyan runners": a count */
          || (c->toks[a].len <= 6
              && word_in(count_words, NELEM(count_words), c->text + c->toks[a].start,
                         c->toks[a].len)))
      && ((c->toks[a + 1].gb >= 0 && gb_entry(c, a + 1)->kind == DL_GK_DEMONYM)
          || (c->toks[a + 1].gb < 0 && first_in(creed_words_first, c->text[c->toks[a + 1].start])
              && word_in(creed_words, NELEM(creed_words), c->text + c->toks[a + 1].start,
                         c->toks[a + 1].len))))
    return run(c, sent0, a + 1, b, send, caps_sentence);
  /* "Opposition Democrat Party leader Chuan Leekpai", "Ruling Liberal
   * Party officials": a party's standing, capitalized only because it
   * opens the sentence, is no part of the party's name */
  if ((c->toks[a].flags & T_SSTART) && b - a >= 3 && (c->toks[a].flags & T_LOWERCASE)
      && !(c->toks[a].flags & (T_BREAK | T_POSS | T_HYPH)) && !(c->toks[a + 1].flags & T_BREAK)
      && (dl_word_eq(c->text + c->toks[a].start, c->toks[a].len, "opposition")
          || dl_word_eq(c->text + c->toks[a].start, c->toks[a].len, "ruling")
          || dl_word_eq(c->text + c->toks[a].start, c->toks[a].len, "rival"))
      && word_in(party_heads, NELEM(party_heads), c->text + c->toks[b - 1].start, c->toks[b - 1].len))
    return run(c, sent0, a + 1, b, send, caps_sentence);
  /* "the U.S. Midwest": a country the gazetteer knows, then a region
   * of it it knows, are two places, not one name */
  if (b - a == 2 && c->toks[a].gb >= 0 && c->toks[a + 1].gb >= 0 && c->toks[a].gu < 0
      && gb_entry(c, a)->kind == DL_GK_COUNTRY
      && c->mb.m[c->toks[a].gb].start == c->toks[a].start
      && gb_end(c, a) == c->toks[a].start + c->toks[a].len
      && gb_entry(c, a + 1)->kind == DL_GK_PLACE
      && c->mb.m[c->toks[a + 1].gb].start == c->toks[a + 1].start
      && gb_end(c, a + 1) == c->toks[a + 1].start + c->toks[a + 1].len
      && !(c->toks[a].flags & T_POSS) && !(c->toks[a + 1].flags & T_BREAK)) {
    st = run(c, sent0, a, a + 1, send, caps_sentence);
    if (st != DL_OK) return st;
    return run(c, sent0, a + 1, b, send, caps_sentence);
  }
  /* "Labour MPs", "Tory MEPs": capitals with a plural s after a name
   * are members, no word of it; the name is read alone */
  if (b - a >= 2 && c->toks[b - 1].gb < 0 && c->toks[b - 1].gu < 0 && c->toks[b - 1].len >= 3
      && !(c->toks[b - 1].flags & (T_POSS | T_HYPH | T_DIGIT)) && !(c->toks[b - 1].flags & T_BREAK)
      && c->text[c->toks[b - 1].start + c->toks[b - 1].len - 1] == 's') {
    const char *w = c->text + c->toks[b - 1].start;
    size_t i, n = c->toks[b - 1].len - 1;
    for (i = 0; i < n && DL_IS_UPPER(w[i]); i++) {}
    if (i == n) return run(c, sent0, a, b - 1, send, caps_sentence);
  }
  /* "Conservative New Democracy leader Miltiades Evert": a party's
   * leaning, capitalized only because it opens the sentence, before a
   * party the gazetteer knows whole is no part of its name */
  if ((c->toks[a].flags & T_SSTART) && b - a >= 2 && (c->toks[a].flags & T_LOWERCASE)
      && !(c->toks[a].flags & (T_BREAK | T_POSS | T_HYPH)) && !(c->toks[a + 1].flags & T_BREAK)
      && c->toks[a].gb < 0 && c->toks[a].gu < 0 && c->toks[a + 1].gb >= 0
      && gb_entry(c, a + 1)->kind == DL_GK_ORG
      && c->mb.m[c->toks[a + 1].gb].start == c->toks[a + 1].start
      && gb_end(c, a + 1) == c->toks[b - 1].start + c->toks[b - 1].len
      && first_in(party_words_first, c->text[c->toks[a].start])
      && word_in(party_words, NELEM(party_words), c->text + c->toks[a].start, c->toks[a].len))
    return run(c, sent0, a + 1, b, send, caps_sentence);
  /* "Valencia - Leandro ( 55 ) , Suker ( 80 )", a scorers line of a team
   * sport: the name opening it before the dash is the club, even when
   * named after a town (a country stays the national side, outside a
   * clubs' league); each name with its minute in parentheses after the
   * dash is a scorer */
  if (c->sport && c->toks[a].gu < 0 && !caps_sentence && b < send
      && scorer_dash(c, sent0, a == sent0 ? b : a)) {
    if (a == sent0) {
      const dl_gaz_entry *g0 = gb_entry(c, a);
      if (!(b - a == 1 && !g0 && TOK_IN(c, a, L_NOTENT | L_STOP))
          && !(g0 && gb_end(c, a) == c->toks[b - 1].start + c->toks[b - 1].len
               && g0->kind == DL_GK_COUNTRY && !c->clubs_league)) {
        return add_typed(c, a, b, DL_ENT_ORGANIZATION);
      }
    } else if ((c->toks[b].flags & T_DIGIT) && paren_follows(c, b)) {
      return add_typed(c, a, b, DL_ENT_PERSON);
    }
  }
  /* "64 GB of storage", "a 300 MW plant", "10 Gbps": a unit of measure
   * after a number, not the country or body its letters spell (a unit
   * of two letters only in capitals, as the list's are written; none
   * is longer than four letters, which turns most runs away before the
   * bisection) */
  if (b - a == 1 && a > sent0 && c->toks[a].len <= 4
      && (c->toks[a].len > 2 || (c->toks[a].flags & T_ALLCAPS))
      && (c->toks[a - 1].flags & T_DIGIT) && !(c->toks[a].flags & T_BREAK) && !c->row
      && word_in(measure_units, NELEM(measure_units), c->text + c->toks[a].start,
                 c->toks[a].len))
    return DL_OK;

  /* "for " Sense and Sensibility "": a title in quotes is one MISC, its
   * words marked for runs() to pass over (a quote mark right before the
   * first, maybe a space: most runs are turned away here) */
  a0 = c->toks[a].start;
  if (a0 > 0 && c->text[a0 - 1] == ' ') a0--;
  if (a0 > 0 && (c->text[a0 - 1] == '"' || (unsigned char)c->text[a0 - 1] >= 0x9C)
      && !caps_sentence && !c->row && !c->foreign && quoted_title(c, sent0, a, send, &a0)) {
    size_t k;
    for (k = a; k < a0; k++) c->toks[k].flags |= T_TITLE;
    return add_typed(c, a, a0, DL_ENT_MISC);
  }

  /* "the Emperor 's Cup", "the King's Cup": an event's name whose words
   * before its last go on through a possessive (the owner's run, read
   * just before, yields to it in add_ment) */
  if (b - a == 1 && a >= 1
      && ((c->toks[a - 1].flags & T_POSS) || c->toks[a - 1].len == 1 || plural_poss(c, a - 1))
      && c->toks[a].len >= 3 && c->toks[a].len <= 6 && !caps_sentence && !c->row
      && word_in(poss_event_words, NELEM(poss_event_words), c->text + c->toks[a].start,
                 c->toks[a].len)) {
    size_t o = a;       /* the owner's last word */
    const tok *p = &c->toks[a - 1];
    if (a >= 2 && p->len == 1 && (p->flags & T_BREAK) && (p->flags & T_LOWER)
        && DL_LOWER(c->text[p->start]) == 's' && p->start >= 2 && c->text[p->start - 1] == '\''
        && c->text[p->start - 2] == ' ')
      o = a - 2;
    else if ((p->flags & T_POSS) && (c->toks[a].flags & T_BREAK)
             && p->start + p->len + 2 == c->toks[a].start - 1)
      o = a - 1;
    else if (plural_poss(c, a - 1))
      o = a - 1;       /* "the Cup Winners' Cup", "the Champions' Trophy" */
    /* (not "Japan 's Cup hopes": a place's or a body's) */
    if (o < a && (c->toks[o].flags & T_CAP) && !(c->toks[o].flags & T_ALLCAPS)
        && c->toks[o].gu < 0
        && (c->toks[o].gb < 0 || gb_entry(c, o)->kind == DL_GK_TITLE)) {
      size_t f = o;
      while (f > sent0 && o - f < 2 && (c->toks[f - 1].flags & T_CAP)
             && !(c->toks[f].flags & T_BREAK) && !(c->toks[f - 1].flags & T_ALLCAPS)
             && c->toks[f - 1].gb < 0 && !TOK_IN(c, f - 1, L_STOP))
        f--;
      /* "the European Cup Winners' Cup": a nationality's adjective opens
       * the name of a cup owned by a plural ("Winners' ") */
      if (f > sent0 && f < o && o == a - 1 && !(c->toks[a - 1].flags & T_POSS)
          && (c->toks[f - 1].flags & T_CAP) && !(c->toks[f].flags & T_BREAK)
          && c->toks[f - 1].gb >= 0 && gb_entry(c, f - 1)->kind == DL_GK_DEMONYM
          && gb_end(c, f - 1) == c->toks[f - 1].start + c->toks[f - 1].len)
        f--;
      return add_typed(c, f, b, DL_ENT_MISC);
    }
  }

  /* "said THIS was", "attended Mass.", "10 a.m. Eastern Time": no name */
  if (c->toks[b - 1].len >= 4 && (c->toks[b - 1].len <= 5 || (c->toks[a].flags & T_ALLCAPS))
      && !caps_sentence && !c->row && no_name_run(c, a, b, send))
    return DL_OK;

  /* "Fatma , 38 , said": one word the gazetteer knows for no place or
   * body, then an age set off by commas, is a person named by a given
   * name or a surname alone */
  if (b - a == 1 && b + 2 < send && (c->toks[b].flags & T_COMMA) && c->toks[a].gu < 0
      && (c->toks[a].flags & T_LOWERCASE) && !(c->toks[a].flags & T_POSS)
      && (c->toks[a].gb < 0 || gb_entry(c, a)->kind == DL_GK_GIVEN)
      && age_after(c, b, send)) {
    return add_typed(c, a, b, DL_ENT_PERSON);
  }

  /* "the King", "sat beside the King": a title alone after "the" is the
   * one person read before with that title, if one was (merge()) */
  if (c->ntitled && !caps_sentence && !c->row && bare_title(c, sent0, a, b, send, &st))
    return st;
  if (b - a >= 3 && c->ntitled && !caps_sentence && !c->row && royal_style(c, sent0, a, b, &st))
    return st;

  /* "Olympiakos ( Greece ) 71 Barcelona ( Spain ) 65": two names each with
   * its country in parentheses and a score on one line are the two clubs
   * of a cup tie, even when named after a city ("Maccabi Tel Aviv") */
  if (b + 1 < send && c->toks[b].gb >= 0 && (c->toks[b].flags & T_SSTART) && c->toks[a].gu < 0
      && !caps_sentence && fixture_side(c, a, b, send)) {
    return add_typed(c, a, b, DL_ENT_ORGANIZATION);
  }
  /* a team of a results or standings line ("Lazio 2 Roma 1", "Sheffield
   * Wednesday 6 3 1 2 7 6 10"): an organization, even when named after a
   * place or a weekday.  A country stands for its national team (a place,
   * as CoNLL has it); a given name first is a player ("Ian Woosnam 66"); a
   * month last is a date ("Pay March 16"); a name with its minute in the
   * parentheses after a score is a scorer ("( Litmanen 23 , Kluivert 70 )") */
  if (c->row && b < send && small_int(c, b) && c->toks[a].gu < 0
      /* (not "Attendance 30,000", "Halftime 1-0": a word that is never
       * an entity alone) */
      && !(b - a == 1 && c->toks[a].gb < 0 && TOK_IN(c, a, L_NOTENT))
      && !(is_date_word(c, b - 1)
           && dl_month_from_name(c->text + c->toks[b - 1].start, c->toks[b - 1].len))) {
    const dl_gaz_entry *g0 = gb_entry(c, a);
    int whole = g0 && gb_end(c, a) == c->toks[b - 1].start + c->toks[b - 1].len;
    /* (a country in a clubs' league is a club: "Monaco 2 Lens 1" under
     * "FRENCH LEAGUE") */
    if (!(g0 && ((whole && g0->kind == DL_GK_COUNTRY && !c->clubs_league)
                 || (b - a >= 2 && g0->kind == DL_GK_GIVEN)))) {
      size_t p = c->toks[a].start;
      while (p > 0 && c->text[p - 1] == ' ') p--;
      /* (after a comma in a team sport's story, a scorer only inside the
       * parentheses: "Porto 12 , Benfica 10 , Sporting 9" lists clubs of a
       * standings line; a golfer's "Woosnam 66 , Faldo 68" stays people) */
      ment_init(&m, c, a, b);
      m.type = p > 0 && (c->text[p - 1] == '('
                         || (c->text[p - 1] == ',' && (!c->sport || in_player_list(c, sent0, p)
                                                       || scorers_line(c, a))))
               ? DL_ENT_PERSON : DL_ENT_ORGANIZATION;
      /* "1860 Munich": the club's year of foundation is part of its name */
      if (a > sent0 && m.type == DL_ENT_ORGANIZATION && club_year(c, a - 1, send)
          && (a - 1 == sent0 || small_int(c, a - 2))) {
        m.start = m.nstart = c->toks[a - 1].start;
        m.tok0 = (uint32_t)(a - 1);
        m.ntok++;
      }
      m.strong = 1;
      return add_ment(c, &m);
    }
  }

  /* "47th Mechanized Brigade", "Fifth Fleet", "Second Thomas Shoal",
   * "Culinary Workers Union Local 226" (a function of its own: run()
   * stays small enough for the compiler to inline its helpers) */
  if (((a > sent0 && (c->toks[a - 1].flags & T_DIGIT))
       || (b - a >= 2 && (c->toks[b - 1].len == 5
                          || TOK_IN(c, b - 1, L_ORG_SUFFIX | L_LOC_SUFFIX))))
      && !c->row && !caps_sentence && c->toks[b - 1].gu < 0
      && numbered_name(c, sent0, a, b, send, &m))
    return add_ment(c, &m);
  /* "Local 10 News", "Channel 4 News": a broadcaster's newsroom named
   * with its channel's number */
  if (b - a <= 2 && b + 1 < send && c->toks[a].gu < 0 && !caps_sentence
      && (c->toks[b].flags & T_DIGIT) && !(c->toks[b].flags & T_BREAK) && c->toks[b].len <= 3
      && c->toks[b + 1].len == 4 && (c->toks[b + 1].flags & T_CAP)
      && !(c->toks[b + 1].flags & (T_BREAK | T_ALLCAPS))
      && dl_word_eq(c->text + c->toks[b + 1].start, 4, "news")
      && DL_IS_DIGIT(c->text[c->toks[b].start + c->toks[b].len - 1])) {
    return add_typed(c, a, b + 2, DL_ENT_ORGANIZATION);
  }
  /* "Local 10", "Local 1199": a trade union's local by its number */
  if (b - a == 1 && b < send && c->toks[a].len == 5 && c->toks[a].gu < 0
      && !(c->toks[a].flags & T_ALLCAPS) && (c->toks[b].flags & T_DIGIT)
      && !(c->toks[b].flags & T_BREAK) && c->toks[b].len <= 4
      && dl_word_eq(c->text + c->toks[a].start, 5, "local")) {
    size_t j;
    for (j = 0; j < c->toks[b].len && DL_IS_DIGIT(c->text[c->toks[b].start + j]); j++) {}
    if (j == c->toks[b].len) {
      return add_typed(c, a, b + 1, DL_ENT_ORGANIZATION);
    }
  }
  /* leading function words, dates, lone pronouns */
  while (a < b) {
    const tok *t = &c->toks[a];
    if (t->gu >= 0) break;
    if (is_date_word(c, a) && !(t->gb >= 0 && gb_end(c, a) > t->start + t->len)
        && !(a + 1 < b && t->gb >= 0 && gb_entry(c, a)->kind == DL_GK_GIVEN)
        && !(a + 1 < b && t->len == 3 && !(c->toks[a + 1].flags & T_HYPH)
             && !is_date_word(c, a + 1) && c->toks[a + 1].gb < 0
             && !(b < send && (c->toks[b].flags & T_DIGIT) && !(c->toks[b].flags & T_BREAK)))
        /* "Sun Jun ( China )", "Sun Jian ( China ) beat": a player of a
         * results line, a surname spelled like an abbreviated day
         * before a given name that is a month's or a town's (no date
         * has its country in parentheses) */
        && !(b == a + 2 && t->len == 3 && !(c->toks[a + 1].flags & (T_HYPH | T_ALLCAPS))
             && paren_follows(c, b))) {
      a++;                           /* not "Jan de Wit", "June Carter", "Jan Ostberg" */
      continue;
    }
    if (t->gb >= 0 && gb_entry(c, a)->kind != DL_GK_GIVEN) break;
    /* not the initial of "A. Stewart", "I. Smith"; not a team in capitals
     * after a rider's country ("( Spain ) ONCE 4:32:10") */
    if (TOK_IN(c, a, L_STOP) && !(t->len == 2 && (t->flags & T_ABBR) && a + 1 < b)
        && !team_after_paren(c, a)) {
      /* "polled by First Call", "the First Interstate Bancorp bid":
       * inside a sentence "First" before a word the gazetteer does not
       * know (no title) opens the name */
      if (!(t->flags & T_SSTART) && b - a >= 2 && t->len == 5 && c->toks[a + 1].gb < 0
          && c->toks[a + 1].gu < 0 && dl_word_eq(c->text + t->start, 5, "first")
          && !TOK_IN(c, a + 1, L_ROLE | L_NOTENT))
        break;
      /* "First Albany Corp", "First Chicago Corp": "First" and a place
       * the gazetteer knows open a name that ends as a firm's */
      if (b - a >= 3 && t->len == 5 && dl_word_eq(c->text + t->start, 5, "first")
          && !(t->flags & T_ALLCAPS) && c->toks[a + 1].gb >= 0
          && gb_entry(c, a + 1)->kind >= DL_GK_COUNTRY && gb_entry(c, a + 1)->kind <= DL_GK_PLACE
          && TOK_IN(c, b - 1, L_ORG_SUFFIX))
        break;
      /* "the ruling New Patriotic Party", "New Democratic Party leader":
       * "New" opens a body's name that ends as one */
      if (b - a >= 3 && t->len == 3 && c->toks[a + 1].gb < 0
          && c->toks[a + 1].gu < 0 && dl_word_eq(c->text + t->start, 3, "new")
          && TOK_IN(c, b - 1, L_ORG_SUFFIX))
        break;
      /* "the All Progressives Congress", "the All India Trinamool
       * Congress": inside a sentence "All" opens a body's name too; at
       * its start as well ("All India Radio said"), unless the body's
       * members follow ("All Democratic Party members" are members) */
      if (b - a >= 3 && t->len == 3 && !(t->flags & T_ALLCAPS)
          && dl_word_eq(c->text + t->start, 3, "all") && TOK_IN(c, b - 1, L_ORG_SUFFIX)
          && !((t->flags & T_SSTART) && b < send && (c->toks[b].flags & T_LOWER)
               && !(c->toks[b].flags & T_BREAK)
               && word_in(member_nouns, NELEM(member_nouns), c->text + c->toks[b].start,
                          c->toks[b].len)))
        break;
      /* "2. One Man ( Richard Dunwoody )", "One Man , trained by": in a
       * racing story a horse's name may open with a common word */
      if (c->turf && a == r0 && b - a >= 2 && !(t->flags & T_ALLCAPS)
          && horse_name(c, r0, a, b, send))
        break;
      /* "the ONCE rider", "Zulle of ONCE": a common word of four letters
       * or more in capitals inside a sentence in lower case is a name */
      if ((t->flags & T_ALLCAPS) && !(t->flags & (T_SSTART | T_ABBR)) && t->len >= 4)
        break;
      a++;
      continue;
    }
    /* "Democrat Teresa Reyes", "Republican Mark Delgado": a party word
     * before a given name and a surname is the party (a MISC of its own,
     * as CoNLL has it), not the front of the name */
    /* (a given name that is a place's too: "Democrat Lorraine Pike") */
    if (b - a >= 3 && t->gb < 0 && t->len >= 8 && t->len <= 12
        && ((c->toks[a + 1].gb >= 0 && gb_entry(c, a + 1)->kind == DL_GK_GIVEN)
            || given_word(c, a + 1))
        && !(c->toks[a + 1].flags & T_HYPH)
        && word_in(party_words, NELEM(party_words), c->text + t->start, t->len)) {
      ment_init(&m, c, a, a + 1);
      m.type = DL_ENT_MISC;
      m.strong = 1;
      st = add_ment(c, &m);
      if (st != DL_OK) return st;
      a++;
      continue;
    }
    /* "Champions Juventus lost": a role before a team (not "Champions
     * League", "Holders Cup") */
    if (c->sport && (t->flags & T_SSTART) && a + 1 < b && !TOK_IN(c, a + 1, L_ORG_SUFFIX)
        && !tok_event(c, a + 1, 0)
        && word_in(team_roles, NELEM(team_roles), c->text + t->start, t->len)) { a++; continue; }
    /* "Borrower Toyota Motor Credit Corp", "Coupon 6.25 pct": a term
     * sheet's label opening its row, or alone before its figure */
    if (t->gu < 0 && t->len >= 3 && !(t->flags & T_ALLCAPS)
        && (line_opener(c, a) || (b - a == 1 && b < send && (c->toks[b].flags & T_DIGIT)))
        && word_in(term_labels, NELEM(term_labels), c->text + t->start, t->len)) { a++; continue; }
    /* "Reflecting on ...": a sentence's first word seen in lower case
     * elsewhere (after a quote mark only when it stands alone) */
    if ((t->flags & T_SSTART) && (a == sent0 || b - a == 1)
        && !(b - a >= 2 && TOK_IN(c, a, L_PARTICLE))             /* "Von Pierer" */
        && !(b - a >= 2 && TOK_IN(c, a, L_ROLE))      /* "Singer Lauryn Hill": the role */
        /* "Foreign Ministry spokesman ..." after "foreign minister": a
         * body's name goes on with its last word */
        && !(b - a == 2 && (c->toks[a + 1].flags & T_LOWERCASE)
             && TOK_IN(c, a + 1, L_ORG_SUFFIX) && TOK_IN(c, a + 1, L_ORG_HEAD))
        /* "Bank Indonesia said" after "the central bank": a body's word
         * and a country the gazetteer knows whole are one name */
        && !(b - a == 2 && TOK_IN(c, a, L_ORG_HEAD) && c->toks[a + 1].gb >= 0
             && gb_entry(c, a + 1)->kind == DL_GK_COUNTRY
             && gb_end(c, a + 1) == c->toks[a + 1].start + c->toks[a + 1].len)
        && lower_seen(c, c->text + t->start, t->len)) { a++; continue; }
    /* "Unseeded Tim Henman", "Uncapped Cardiff wing ...": a sentence's
     * first word "Un...ed" is a negated participle, no part of a name
     * (not "Unified", "Unionised", "Unitized": "uni-", no negation) */
    if ((t->flags & T_SSTART) && b - a >= 2 && t->len >= 7 && t->gb < 0 && t->gu < 0
        && !(t->flags & T_ALLCAPS) && c->text[t->start] == 'U' && c->text[t->start + 1] == 'n'
        && !(c->text[t->start + 2] == 'i' && strchr("fot", c->text[t->start + 3]))
        && dl_word_eq(c->text + t->start + t->len - 2, 2, "ed")) { a++; continue; }
    break;
  }
  /* "named Tom Reyes Ambassador to France": a title after a given name
   * and a surname, before its post, is no part of the name ("John
   * Bishop", "Ann Lee Bishop of Leeds" aside: two words before it) */
  if (b - a >= 3 && b < send && post_title_after(c, a, b)) b--;
  /* "Volvo B shares", "Ericsson A shares": a class of shares after the
   * firm's name is no part of it */
  if (b - a >= 2 && b < send && c->toks[b - 1].len == 1
      && (c->text[c->toks[b - 1].start] == 'A' || c->text[c->toks[b - 1].start] == 'B')
      && !(c->toks[b - 1].flags & (T_ABBR | T_BREAK)) && (c->toks[b].flags & T_LOWER)
      && !(c->toks[b].flags & T_BREAK)
      && !dl_word_eq(c->text + c->toks[b - 2].start, c->toks[b - 2].len, "class")  /* "Class A shares" */
      && !dl_word_eq(c->text + c->toks[b - 2].start, c->toks[b - 2].len, "series")
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "shares")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "share")))
    b--;
  /* "English Denoms 1,000", "Luxembourg Payment Date 18.DEC.96": a term
   * sheet's next label before its figure ends the name before it */
  if (b - a >= 2 && b < send && (c->toks[b].flags & T_DIGIT) && !(c->toks[b].flags & T_BREAK)) {
    if (term_label(c, b - 1)) b--;
    else if (b - a >= 3 && term_label(c, b - 2)) b -= 2;
  }
  /* "Sheffield Wednesday beat Leeds", "a draw with Sheffield Wednesday":
   * in a sport story a town and a weekday's full name that play are a
   * club, no date */
  if (c->sport && b - a == 2 && c->toks[b - 1].len >= 6 && c->toks[a].gb >= 0
      && gb_entry(c, a)->kind == DL_GK_CITY
      && gb_end(c, a) == c->toks[a].start + c->toks[a].len
      && !(c->toks[b - 1].flags & (T_ALLCAPS | T_BREAK)) && is_date_word(c, b - 1)
      && !dl_month_from_name(c->text + c->toks[b - 1].start, c->toks[b - 1].len)
      && plays(c, a, b, send)) {
    return add_typed(c, a, b, DL_ENT_ORGANIZATION);
  }
  while (b > a && c->toks[b - 1].gb < 0 && c->toks[b - 1].gu < 0
         /* (not the end of the gazetteer's name: "Major League Baseball") */
         && !(c->toks[a].gb >= 0 && gb_end(c, a) == c->toks[b - 1].start + c->toks[b - 1].len)
         && ((is_date_word(c, b - 1) && !month_given(c, a, b, send)
              /* (not "Slaughter and May": a firm of two names) */
              && !(b - a == 3 && and_firm_at(c, a + 1, b))
              /* (not "Sun Jun ( China )": a player of a results line,
               * kept whole when the leading words were read) */
              && !(b - a == 2 && c->toks[a].len == 3 && is_date_word(c, a)
                   && paren_follows(c, b)))
             || (b - a > 1 && !(c->toks[b - 1].flags & T_HYPH)
                                        && !(c->toks[b - 2].flags & T_LOWER)
                                        && TOK_IN(c, b - 1, L_NOTENT)))) {
    /* "a New York Democrat": the party word is a MISC of its own;
     * "Social Democratic", "Christian Democrats": a word the gazetteer
     * does not know before it is part of it */
    if (b - a > 1 && c->toks[b - 1].len >= 8
        && word_in(party_words, NELEM(party_words), c->text + c->toks[b - 1].start,
                   c->toks[b - 1].len)) {
      int front = b - a == 2 && c->toks[a].gu < 0 && !(c->toks[a].flags & T_ALLCAPS)
                  && word_in(party_fronts, NELEM(party_fronts), c->text + c->toks[a].start,
                             c->toks[a].len);
      int whole = front || (b - a == 2 && c->toks[a].gb < 0 && c->toks[a].gu < 0);
      ment_init(&m, c, whole ? a : b - 1, b);
      /* "the Free Democrats", "Social Democrats": the party named by its
       * members is an organization ("Social Democratic" stays a MISC) */
      m.type = front && c->text[c->toks[b - 1].start + c->toks[b - 1].len - 1] == 's'
               ? DL_ENT_ORGANIZATION : DL_ENT_MISC;
      m.strong = 1;
      st = add_ment(c, &m);
      if (st != DL_OK || whole) return st;
    }
    b--;                             /* "U.S. Officials"; not "... of Golf" */
  }
  /* "Senate Majority leader Robert Byrd": the title's first word */
  if (b - a >= 2 && b < send && (c->toks[b].flags & T_LOWER) && c->toks[b - 1].gb < 0
      && (dl_word_eq(c->text + c->toks[b - 1].start, c->toks[b - 1].len, "majority")
          || dl_word_eq(c->text + c->toks[b - 1].start, c->toks[b - 1].len, "minority"))
      && (dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "leader")
          || dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "whip")))
    b--;
  if (a >= b) return DL_OK;
  if (c->foreign) return run_foreign(c, sent0, a, b);
  /* "U.S. F-16 fighters": a model's code glued to the name before it is
   * read apart (below) */
  if (b - a >= 2 && b + 1 < send && c->toks[b - 1].len <= 3 && (c->toks[b].flags & T_HYPH)
      && (c->toks[b].flags & T_DIGIT) && !(c->toks[b - 1].flags & T_LOWERCASE)
      && !(c->toks[b - 1].flags & T_HYPH) && aircraft_follows(c, b + 1, send)) {
    st = run(c, sent0, a, b - 1, send, caps_sentence);
    if (st != DL_OK) return st;
    return add_typed(c, b - 1, b + 1, DL_ENT_MISC);
  }
  {
    /* "the Nikkei average", "FTSE 100", "NIKKEI DOWN" (a headline's
     * words are one run: its first word alone), "Boeing 777 jets" */
    size_t e;
    if ((caps_sentence ? market_index(c, a, a + 1, send, &e) : market_index(c, a, b, send, &e))
        || (!caps_sentence && product_model(c, a, b, send, &e))) {
      ment_init(&m, c, a, e);
      m.type = DL_ENT_MISC;
      m.strong = 1;
      st = add_ment(c, &m);
      if (st != DL_OK || !caps_sentence || e >= b) return st;
      a = e;
    }
    /* "the German DAX index": a nationality, then the index; each its
     * own MISC */
    else if (!caps_sentence && b - a == 2 && c->toks[a].gb >= 0
             && gb_entry(c, a)->kind == DL_GK_DEMONYM
             && gb_end(c, a) == c->toks[a].start + c->toks[a].len
             && market_index(c, a + 1, b, send, &e)) {
      return add_two_misc(c, a, a + 1, e);
    }
    /* "the Standard & Poor's 500 index", "the Russell 2000 index": a
     * name, a number and "index" make one index, a MISC (the name alone
     * stays the firm's) */
    else if (!caps_sentence && b - a <= 4 && b + 1 < send && numbered_index(c, b)) {
      return add_typed(c, a, b + 1, DL_ENT_MISC);
    }
    /* "the September Bund future", "the December BTP future": a
     * contract's month, then one word no list knows and "future": the
     * bond the contract is on, a MISC as CoNLL has it (not the plural:
     * an exchange's contracts are "the December Nymex futures") */
    else if (!caps_sentence && b - a == 1 && a > 0 && b < send && c->toks[a].gb < 0
             && c->toks[a].gu < 0 && !(c->toks[a].flags & (T_BREAK | T_POSS))
             && dl_month_from_name(c->text + c->toks[a - 1].start, c->toks[a - 1].len)
             && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
             && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "future")) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
  }
  if (caps_sentence) return gazetteer_only(c, a, b);
  /* "the Merval index", "West Texas Intermediate": an index or a price
   * benchmark the tables do not know, a MISC as CoNLL has it */
  if (!caps_sentence && c->toks[a].gu < 0 && market_name(c, a, b, send)) {
    return add_typed(c, a, b, DL_ENT_MISC);
  }

  if (c->toks[a].gu < 0) {
    const tok *t = &c->toks[a];
    /* "Rockville, Md.", "(D-Okla.)": a state's abbreviation */
    if (b - a == 1 && (t->flags & T_COMMA) && a > sent0 && (c->toks[a - 1].flags & T_CAP)
        && region_abbrev(c->text + t->start, t->len)) {
      ment_init(&m, c, a, b);
      /* the abbreviation's dot is part of the name ("Calif."), also
       * where the word list does not know it as one */
      if (!(t->flags & T_ABBR) && m.nend < c->len && c->text[m.nend] == '.')
        m.end = ++m.nend;
      m.type = DL_ENT_LOCATION;
      m.strong = 1;
      /* the state the gazetteer knows by that abbreviation ("Mass." is
       * Massachusetts: merged with it, its country and zone) */
      if (gb_entry(c, a) && gb_entry(c, a)->kind == DL_GK_REGION && gb_end(c, a) == m.nend) {
        m.gz = c->gb;
        m.entry = c->mb.m[t->gb].entry;
      }
      return add_ment(c, &m);
    }
    if (b - a == 2 && t->len == 1 && (c->toks[a + 1].flags & T_HYPH)
        && (c->text[t->start] == 'D' || c->text[t->start] == 'R' || c->text[t->start] == 'I')
        && region_abbrev(c->text + c->toks[a + 1].start, c->toks[a + 1].len)) {
      c->party_tags = 1;
      ment_init(&m, c, a + 1, b);
      if (!(c->toks[a + 1].flags & T_ABBR) && m.nend < c->len && c->text[m.nend] == '.')
        m.end = ++m.nend;
      m.type = DL_ENT_LOCATION;
      m.strong = 1;
      return add_ment(c, &m);
    }
    /* codes and plurals: "Sterling M3", "PC8 AT", "NBFIs"; treaties:
     * "Berne Agreement" (no PERSON, LOCATION or ORGANIZATION) */
    /* "F-16 fighters", "MD-11 jets": capitals, a hyphen and a number */
    if (b - a == 1 && b + 1 < send && !(c->toks[a].flags & T_LOWERCASE) && c->toks[a].len <= 3
        && (c->toks[b].flags & T_HYPH) && (c->toks[b].flags & T_DIGIT)
        && aircraft_follows(c, b + 1, send)) {
      return add_typed(c, a, b + 1, DL_ENT_MISC);
    }
    if (code_or_plural(c, a, b)) {
      /* "the Comprehensive Test Ban Treaty": a treaty named whole with
       * "Treaty" is a MISC in the CoNLL manner (an "Accord" or an
       * "Agreement" is left alone: it may be read as a deal's plain noun) */
      if (b - a >= 2 && c->toks[b - 1].len == 6 && (c->toks[b - 1].flags & T_LOWERCASE)
          && dl_word_eq(c->text + c->toks[b - 1].start, 6, "treaty")) {
        return add_typed(c, a, b, DL_ENT_MISC);
      }
      /* "its A340 aircraft", "MD-11 jets": a model's code before a word
       * for a craft is a MISC in the CoNLL manner */
      if (b - a <= 2 && aircraft_follows(c, b, send)) {
        return add_typed(c, a, b, DL_ENT_MISC);
      }
      /* "COP29 President Mukhtar Babayev": a code in front of a title,
       * the title and name after it are read alone (once: the rest has
       * no code) */
      if (b - a >= 3 && !(c->toks[a].flags & T_DIGIT) && c->toks[a + 1].gb >= 0
          && gb_entry(c, a + 1)->kind == DL_GK_TITLE) {
        size_t k, i;
        int digit = 0;
        for (k = a + 1; k < b && !digit; k++)
          for (i = 0; i < c->toks[k].len; i++)
            if (DL_IS_DIGIT(c->text[c->toks[k].start + i])) digit = 1;
        if (!digit) return run(c, sent0, a + 1, b, send, caps_sentence);
      }
      return DL_OK;
    }
    /* "Christmas Day", "Easter Eve", "Boxing Day": a holiday (a word that
     * is no entity alone, then Day or Eve) is a date, not an entity */
    if (b - a == 2 && t->gb < 0 && TOK_IN(c, a, L_NOTENT)
        && (dl_word_eq(c->text + c->toks[a + 1].start, c->toks[a + 1].len, "day")
            || dl_word_eq(c->text + c->toks[a + 1].start, c->toks[a + 1].len, "eve")))
      return DL_OK;
    /* "Group C", "Pool B", "Plan B": a word the gazetteer does not know
     * and a letter name a part of something, not an entity */
    if (b - a == 2 && t->gb < 0 && c->toks[a + 1].len == 1 && c->toks[a + 1].gu < 0
        && DL_IS_UPPER(c->text[c->toks[a + 1].start]) && (t->flags & T_LOWERCASE)) {
      /* but "Serie A", "Serie B": Italy's leagues, a MISC */
      if (!dl_word_eq(c->text + t->start, t->len, "serie")) return DL_OK;
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* "Bundesliga leaders Stuttgart": in a sport story a league named by
     * one word is the competition, a MISC */
    if (b - a == 1 && c->games && t->gb < 0 && t->len >= 10 && t->len <= 11
        && word_in(league_names, NELEM(league_names), c->text + t->start, t->len)) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* a party's member or follower alone ("Republican leaders", "liberal
     * Democrats"): a MISC, as CoNLL has it */
    if (b - a == 1 && t->gb < 0 && t->len >= 8 && t->len <= 13
        && first_in(party_words_first, c->text[t->start])
        && word_in(party_words, NELEM(party_words), c->text + t->start, t->len)) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* a faith or its follower alone ("Moslem refugees"): a MISC */
    if (b - a == 1 && t->gb < 0 && t->len >= 4
        && first_in(creed_words_first, c->text[t->start])
        && word_in(creed_words, NELEM(creed_words), c->text + t->start, t->len)) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* "Western diplomats", "pro-Western parties": the West's adjective
     * alone, before a word in lower case or after "pro-" or "anti-", is a
     * MISC as CoNLL has it (not "Western Mining", a name it opens) */
    if (b - a == 1 && t->gb < 0 && t->len == 7 && (t->flags & T_LOWERCASE)
        && dl_word_eq(c->text + t->start, t->len, "western")
        && ((b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK))
            || (a > sent0 && (t->flags & T_HYPH) && (c->toks[a - 1].flags & T_LOWER)
                && (dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "pro")
                    || dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len,
                                  "anti"))))) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* "Olympic champion", "the Paralympic team": the games' adjective
     * alone is a MISC, as CoNLL has it */
    if (b - a == 1 && t->gb < 0 && (t->len == 7 || t->len == 10) && (t->flags & T_LOWERCASE)
        && (dl_word_eq(c->text + t->start, t->len, "olympic")
            || dl_word_eq(c->text + t->start, t->len, "paralympic"))) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* "Juventus coach Marcello Lippi": in a sport story one word the
     * gazetteer does not know before a player's or coach's role is a
     * club (cities that play are typed in classify) */
    if ((c->sport || c->games) && b - a == 1 && t->gb < 0 && b < send && (c->toks[b].flags & T_LOWER)
        && !(c->toks[b].flags & (T_BREAK | T_HYPH)) && !(t->flags & T_POSS)
        && (c->sport
            ? club_word_after(c, b, send)
            /* "McLaren driver Mika Hakkinen", "Telekom rider": a racing team */
            : racing_role_at(c, b))) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
    /* "Williams-Renault driver Alain Moreau": a team and its engine's
     * maker (or its sponsors), hyphened, before "driver" or "rider", in
     * any story (a person's double name drives no car: "Smith-Jones
     * driver" does not occur) */
    if (b - a == 2 && b + 1 < send && (c->toks[a + 1].flags & T_HYPH)
        && (c->toks[a + 1].flags & T_CAP) && !(c->toks[a + 1].flags & T_POSS)
        && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
        && racing_role_at(c, b) && (c->toks[b + 1].flags & T_CAP)) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
    /* "OpenAI chief executive Sam Altman", "Amazon founder Jeff Bezos":
     * a name before a lower-case post in a firm, then a person's name,
     * is the firm (a place the gazetteer knows only when the post is
     * one no place has) */
    if (b - a <= 3 && b + 1 < send && (c->toks[b].flags & T_LOWER)
        && (!(c->toks[b].flags & T_BREAK) || (c->toks[b - 1].flags & T_POSS))
        && ((c->toks[b + 1].flags & T_CAP)                  /* a name within */
            || (b + 2 < send && (c->toks[b + 2].flags & T_CAP))  /* a post's */
            || (b + 3 < send && (c->toks[b + 3].flags & T_CAP)))) {  /* 3 words */
      int only;
      size_t pe = firm_post(c, b, send, &only);
      if (pe > b && pe < send && !(c->toks[pe].flags & T_BREAK) && name_tok(c, pe, 1)
          && (firm_front(c, a, b, 1)
              || (only && b - a == 1 && t->gb >= 0 && gb_entry(c, a)->kind == DL_GK_PLACE
                  && gb_end(c, a) == t->start + t->len))) {
        return add_typed(c, a, b, DL_ENT_ORGANIZATION);
      }
    }
    /* units, tickers and such alone ("ADR", "CPI-U", "PC8", "AL.N") are
     * no entities */
    if (t->gb < 0 || gb_entry(c, a)->type == DL_ENT_NONE) {
      size_t k = a + 1;
      while (k < b && (c->toks[k].flags & T_HYPH)) k++;
      if (k == b && TOK_IN(c, a, L_NOTENT)) return DL_OK;
      if (b - a == 1 && ric_code(c->text + t->start, t->len)) return DL_OK;
      if (b - a == 1 && !(t->flags & T_LOWERCASE)) {
        const char *w = c->text + t->start;
        size_t j;
        for (j = 1; j < t->len; j++)
          if (DL_IS_DIGIT(w[j]) || (w[j] == '.' && j + 3 >= t->len && j >= 2
                                    && (t->flags & T_ABBR) == 0))
            return DL_OK;
      }
    }
  }

  /* "Moslem-Croat", "Serb-Croat": nationalities or faiths joined by a
   * hyphen are one MISC in the CoNLL manner */
  if (b - a == 2 && (c->toks[a + 1].flags & T_HYPH) && c->toks[a].gu < 0
      && creed_or_people(c, a) && creed_or_people(c, a + 1)) {
    return add_typed(c, a, b, DL_ENT_MISC);
  }
  /* "Protestant Unionists", "Catholic nationalists": a faith, then a
   * party's follower, are two MISCs, not a person */
  if (b - a == 2 && c->toks[a].gb < 0 && c->toks[a].gu < 0 && c->toks[a + 1].gb < 0
      && c->toks[a + 1].gu < 0 && (c->toks[a].flags & T_LOWERCASE)
      && !(c->toks[a + 1].flags & T_BREAK) && c->toks[a + 1].len >= 8
      && c->toks[a + 1].len <= 13
      && word_in(creed_words, NELEM(creed_words), c->text + c->toks[a].start, c->toks[a].len)
      && word_in(party_words, NELEM(party_words), c->text + c->toks[a + 1].start,
                 c->toks[a + 1].len)) {
    return add_two_misc(c, a, a + 1, b);
  }
  /* "Tamil Tiger rebels": a nationality and one word that, with an "s",
   * is an organization's name the gazetteer knows ("Tamil Tigers"), the
   * group's name as an adjective, are one MISC (CoNLL) */
  if (b == a + 2 && b < send && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && word_in(fighter_nouns, NELEM(fighter_nouns), c->text + c->toks[b].start, c->toks[b].len)
      && c->toks[a].gb >= 0 && gb_entry(c, a)->kind == DL_GK_DEMONYM
      && gb_end(c, a) == c->toks[a].start + c->toks[a].len && c->toks[a + 1].gb < 0
      && (c->toks[a + 1].flags & T_LOWERCASE) && !(c->toks[a + 1].flags & (T_POSS | T_BREAK))
      && org_plural_known(c, c->toks[a].start, c->toks[a + 1].start + c->toks[a + 1].len)) {
    return add_typed(c, a, b, DL_ENT_MISC);
  }
  /* "Tupac Amaru guerrillas", "Marxist Tupac Amaru guerrillas": a name
   * the gazetteer does not know before a word for an armed group's
   * members is the group, an organization (a faith or a creed in front
   * is a MISC of its own); a nationality ("Kurdish rebels") or a
   * place is read as it is */
  if (b < send && b - a <= 4 && (c->toks[b].flags & T_LOWER) && !(c->toks[b].flags & T_BREAK)
      && word_in(fighter_nouns, NELEM(fighter_nouns), c->text + c->toks[b].start, c->toks[b].len)) {
    size_t k, g = a;
    int known = 0;
    if (b - a >= 3 && c->toks[a].gb < 0 && c->toks[a].gu < 0
        && word_in(creed_words, NELEM(creed_words), c->text + c->toks[a].start, c->toks[a].len))
      g = a + 1;   /* (with one word after it the creed is the name's: "Islamic Resistance") */
    for (k = g; k < b; k++)
      if (c->toks[k].gb >= 0 || c->toks[k].gu >= 0 || !(c->toks[k].flags & T_CAP)
          || (c->toks[k].flags & T_POSS) || (k > a && (c->toks[k].flags & T_BREAK))
          || TOK_IN(c, k, L_STOP))
        known = 1;
    if (!known) {
      if (g > a) {
        ment_init(&m, c, a, g);
        m.type = DL_ENT_MISC;
        m.strong = 1;
        st = add_ment(c, &m);
        if (st != DL_OK) return st;
      }
      return add_typed(c, g, b, DL_ENT_ORGANIZATION);
    }
  }
  /* "Moslem Party of Democratic Action", "Anglican Archbishop of
   * Canterbury": a faith before an "X of Y" body or a title is a MISC of
   * its own, not part of the name */
  if (b - a >= 3 && c->toks[a].gb < 0 && c->toks[a].gu < 0 && (c->toks[a].flags & T_LOWERCASE)
      && ((c->toks[a + 1].gb >= 0 && gb_entry(c, a + 1)->kind == DL_GK_TITLE)
          || (of_for(c, a + 2) && TOK_IN(c, a + 1, L_ORG_HEAD)
              /* "Catholic University of Chile", "Islamic University of
               * Gaza": a school named after its faith keeps it */
              && !dl_word_eq(c->text + c->toks[a + 1].start, c->toks[a + 1].len, "university")
              && !dl_word_eq(c->text + c->toks[a + 1].start, c->toks[a + 1].len, "college")))
      && word_in(creed_words, NELEM(creed_words), c->text + c->toks[a].start, c->toks[a].len)) {
    ment_init(&m, c, a, a + 1);
    m.type = DL_ENT_MISC;
    m.strong = 1;
    st = add_ment(c, &m);
    if (st != DL_OK) return st;
    a++;
    r0 = a;
  }
  ment_init(&m, c, a, b);
  /* "Central American", "South African": a compass word and a
   * nationality are one nationality */
  if (b - a == 2 && c->toks[a].gu < 0 && TOK_IN(c, a, L_COMPASS) && c->toks[a + 1].gb >= 0
      && gb_entry(c, a + 1)->kind == DL_GK_DEMONYM && gb_end(c, a + 1) == m.nend) {
    m.type = DL_ENT_MISC;
    m.strong = 1;
    return add_ment(c, &m);
  }
  /* "the Five Nations", "the Tri Nations": in a sport story a number of
   * nations is the championship they play, a MISC */
  if (c->games && b - a == 2 && c->toks[b - 1].len == 7 && m.tend == m.tstart
      && dl_word_eq(c->text + c->toks[b - 1].start, 7, "nations")
      && word_in(nation_counts, NELEM(nation_counts), c->text + c->toks[a].start, c->toks[a].len)) {
    m.type = DL_ENT_MISC;
    m.strong = 1;
    return add_ment(c, &m);
  }
  /* "the Golden League series", "the last ATP Tour event": in a sport
   * story a league or tour before a word for a competition or one of its
   * meetings is the competition, a MISC (CoNLL) */
  if (c->games && b - a > 1 && m.tend == m.tstart && b < send && series_after(c, b - 1, b)) {
    m.type = DL_ENT_MISC;
    m.strong = 1;
    return add_ment(c, &m);
  }
  /* an organization named whole ("Iraqi News Agency"; not "Chinese
   * Foreign Ministry", a government body after a nationality) */
  if (b - a > 1 && TOK_IN(c, b - 1, L_ORG_SUFFIX) && !(c->toks[a].gu >= 0)
      && !country_org(c, a, b) && !nat_gov(c, a, b)
      /* not "the German Telekom team": a nationality, then the team */
      && !(b - a == 2 && b < send && c->toks[b].len == 4 && (c->toks[b].flags & T_LOWER)
           && dl_word_eq(c->text + c->toks[b].start, 4, "team") && c->toks[a].gb >= 0
           && gb_entry(c, a)->kind == DL_GK_DEMONYM))
    return classify(c, r0, a, b, b, &m);
  /* an event named whole ("Asian Cup": no nationality "Asian" and a
   * "Cup" of its own) */
  if (b - a > 1 && c->toks[a].gu < 0 && event_name(c, a, b))
    return classify(c, r0, a, b, send, &m);
  /* "Minister of Housing, Infrastructure and Communities Ann Lee": the
   * portfolio's later parts are title words before the name (alone, no
   * entity: "Infrastructure") */
  if (portfolio_list(c, a)) {
    size_t k, nm = a;
    for (k = a; k < b; k++)
      if (portfolio_end(c, k)) nm = k + 1;
    if (nm == b) return DL_OK;
    if (nm > a) {
      m.tstart = c->toks[a].start;
      m.tend = c->toks[nm - 1].start + c->toks[nm - 1].len;
      a = nm;
    }
  }
  /* "Chancellor of the Exchequer Priya Lee": the portfolio is title
   * words (alone, no entity: "the Chancellor of the Exchequer, Priya
   * Lee,"); "Ambassador to Manila Mary Carlson": the post is a place of
   * its own, the name follows it */
  {
    int to = 0;
    size_t tk = a >= 2 && (c->toks[a - 1].flags & T_LOWER)
                && (c->text[c->toks[a - 1].start] == 't' || c->text[c->toks[a - 1].start] == 'f')
                ? title_before_run(c, a, &to) : a;   /* (a byte test first: "to", "the", "for") */
    size_t k, nm = a;
    if (tk < a && !to) {
      for (k = a; k < b && k < a + 3; k++)
        if (portfolio_end(c, k)) nm = k + 1;
      /* the body the post is in, ending before the holder's name: after
       * any portfolio word inside it ("Foreign Relations Committee") */
      for (k = a; k + 1 < b && k < a + DL_MAX_TITLE_BODY; k++)
        if ((c->toks[k].flags & T_CAP) && c->toks[k].len >= 4 && c->toks[k].len <= 11
            && word_in(title_bodies, NELEM(title_bodies), c->text + c->toks[k].start,
                       c->toks[k].len))
          nm = k + 1;
      if (nm == b) return DL_OK;
    } else if (tk < a && (ge = gb_entry(c, a)) != NULL && ge->kind != DL_GK_GIVEN
               && ge->kind != DL_GK_TITLE && ge->type != DL_ENT_PERSON) {
      k = tok_upto(c, a, b, gb_end(c, a));
      if (k > a && k + 1 < b && c->toks[k - 1].start + c->toks[k - 1].len == gb_end(c, a)
          && (to == 1 || given_word(c, k))) {
        st = add_gaz_ment(c, a, k, ge->type, NULL);
        if (st != DL_OK) return st;
        m.start = c->toks[k].start;
        nm = k;
      }
    }
    if (nm > a) {
      m.tstart = c->toks[tk].start;
      m.tend = c->toks[nm - 1].start + c->toks[nm - 1].len;
      /* the mention opens with its title, as "President Ann Lee" does
       * ("Speaker of the House Mike Johnson"), unless a place inside
       * the post is a mention of its own */
      if (tk < a && !to && m.start > m.tstart) m.start = m.tstart;
      a = nm;
    }
  }
  /* peel nationality, affiliation and titles off the front */
  a0 = a;
  for (;;) {
    size_t k2;
    if (a >= b) break;
    ge = gb_entry(c, a);
    if (c->toks[a].gu >= 0) break;
    if (!ge && a == a0 && deputy_title(c, a, b)) {
      /* "Deputy McDonald" (an Irish TD), "Deputy Ann Lee" (a sheriff's):
       * the title alone, so the name merges with "Mary Lou McDonald" */
      if (m.tend == m.tstart) m.tstart = c->toks[a].start;
      m.tend = c->toks[a].start + c->toks[a].len;
      a++;
      continue;
    }
    if (!ge) break;
    k2 = tok_upto(c, a, b, gb_end(c, a));
    /* a match ending inside token a ("Mr.Smith": the gazetteer stops at
     * the dot, the token does not) peels nothing: stop, or loop forever */
    if (k2 <= a) break;
    if (k2 >= b) {
      if (ge->kind == DL_GK_TITLE) {
        /* "Bishop said" after "Lauren Bishop": one capitalized title
         * word, not after a determiner, may be a surname; merge() keeps
         * it only if a person's name ends with it */
        if (a == a0 && b == a + 1 && k2 == b && c->toks[a].len >= 4
            && !(c->toks[a].flags & (T_ABBR | T_ALLCAPS)) && !after_determiner(c, a)
            && !((c->toks[a].flags & T_SSTART)     /* "Ministers also met": a noun */
                 && c->text[c->toks[a].start + c->toks[a].len - 1] == 's'
                 && lower_seen(c, c->text + c->toks[a].start, c->toks[a].len))) {
          ment_init(&m, c, a, b);
          m.type = DL_ENT_PERSON;
          m.surname_only = 1;
          return add_ment(c, &m);
        }
        a = k2;
      }
      break;
    }
    /* "King & Spalding": a title before "&" names a firm */
    if (ge->kind == DL_GK_TITLE && k2 < b && (c->toks[k2].flags & T_BREAK) && amp_gap(c, k2))
      break;
    /* "(U.S.) Justice Department": a title before a department's word
     * names the body */
    if (ge->kind == DL_GK_TITLE && dept_after_title(c, a, b)) break;
    if (ge->kind == DL_GK_TITLE && (plural_title_alone(c, k2, b) || site_after_name(c, k2, b)))
      break;
    /* "Prince Sultan bin Abdul-Aziz": a one-word title right before
     * "bin", "bint" or "ibn" is the given name the patronymic follows */
    if (ge->kind == DL_GK_TITLE && k2 == a + 1 && k2 + 1 < b && (c->toks[k2].flags & T_LOWER)
        && !(c->toks[k2].flags & T_BREAK)
        && (dl_word_eq(c->text + c->toks[k2].start, c->toks[k2].len, "bin")
            || dl_word_eq(c->text + c->toks[k2].start, c->toks[k2].len, "bint")
            || dl_word_eq(c->text + c->toks[k2].start, c->toks[k2].len, "ibn")))
      break;
    /* "Prime Minister Sheikh Hasina": a ruler's honorific after another
     * title and before one last word is part of the name */
    if (ge->kind == DL_GK_TITLE && m.tend != m.tstart && k2 == a + 1 && k2 + 1 == b
        && inner_ruler(c, a))
      break;
    /* "President Sheikh Mohamed bin Zayed", "Energy Minister Prince
     * Abdulaziz bin Salman": an honorific after a post, before two
     * words or more, is no part of the title (the mention keeps it) */
    if (ge->kind == DL_GK_TITLE && m.tend != m.tstart && k2 == a + 1 && k2 + 1 < b
        && honorific_word(c, a)) {
      a = k2;
      continue;
    }
    if (ge->kind == DL_GK_TITLE) {
      if (m.tend == m.tstart) m.tstart = c->toks[a].start;
      m.tend = gb_end(c, a);
      if (ge->flags) m.gender = ge->flags;
      a = k2;
      if (a + 1 < b && (c->toks[a].flags & T_LOWER) && of_for(c, a)) {
        /* "Secretary of Commerce Gina Raimondo", "Minister of Foreign
         * Affairs Wang Yi": the name is the words from a given name on,
         * else the last two of three or more (two: the last one, when
         * a verb of saying follows), else there is none */
        size_t r = b - (a + 1), k, nm = b;
        for (k = a + 2; k < b; k++) {
          const dl_gaz_entry *gk = gb_entry(c, k);
          if (gk && gk->kind == DL_GK_GIVEN && k + 1 < b) { nm = k; break; }
        }
        if (nm == b && r >= 3)       /* "... Foreign Affairs Mesfin Tadesse Alemu" */
          for (k = b - 1; k > a + 1 && b - k <= 3; k--)
            if (portfolio_end(c, k - 1)) { nm = k; break; }
        if (nm == b) {
          if (r >= 3) nm = b - 2;
          else if (r == 2 && next_is(c, b, send, L_SAY)) nm = b - 1;
        }
        for (k = nm; k < b; k++)      /* "... Affairs of France": no name */
          if ((c->toks[k].flags & T_LOWER) && !(c->toks[k].flags & T_HYPH))
            nm = b;   /* (not "Chris Tang Ping-keung": a given name's half) */
        for (k = a + 1; k < nm; k++) {   /* "President of Russia": a place */
          const dl_gaz_entry *gk = gb_entry(c, k);
          size_t ke = tok_upto(c, k, nm, gb_end(c, k));
          if (gk && gk->type == DL_ENT_LOCATION && ke > k && c->toks[ke - 1].start
              + c->toks[ke - 1].len == gb_end(c, k)) {
            st = add_gaz_ment(c, k, ke, gk->type, NULL);
            if (st != DL_OK) return st;
            k = ke - 1;
            /* mentions never overlap: the person's starts at the name
             * (its title keeps "President of Russia") */
            if (nm < b) m.start = c->toks[nm].start;
          }
        }
        m.tend = c->toks[nm - 1].start + c->toks[nm - 1].len;
        a = nm;
        if (a >= b) return DL_OK;
        break;
      }
      continue;
    }
    /* "U.S. Marine Paul Whelan": after a country, a word that is also
     * a given name, then a given name and a surname: the first is a
     * role (not "Marine Le Pen": no given name follows; not after a
     * nationality, "Brazilian Ana Paula Santos") */
    if (ge->kind == DL_GK_COUNTRY && m.tend == m.tstart && k2 + 3 == b
        && !(c->toks[a].flags & T_POSS) && !(c->toks[k2].flags & T_BREAK)
        && given_only(c, k2) && given_only(c, k2 + 1)) {
      st = add_gaz_ment(c, a, k2, ge->type, NULL);
      if (st != DL_OK) return st;
      m.start = m.tstart = c->toks[k2].start;
      m.tend = c->toks[k2].start + c->toks[k2].len;
      a = k2 + 1;
      break;
    }
    if ((ge->kind == DL_GK_DEMONYM || ge->kind == DL_GK_COUNTRY)
        && m.tend == m.tstart && m.oend == m.ostart) {
      const dl_gaz_entry *nx = gb_entry(c, k2);
      if (nx && nx->kind == DL_GK_TITLE && !dept_after_title(c, k2, b)) {
        m.ostart = c->toks[a].start;
        m.oend = gb_end(c, a);
        m.nat = ge->country[0] ? ge->country : NULL;
        nat_words(c, &m, a, k2);
        /* the nationality opens the person's mention ("Chinese President
         * Xi Jinping", as a reader quotes it) and is its `nationality`;
         * its MISC mention comes after merging (nat_misc), as the
         * recognizer's mentions never overlap */
        a = k2;
        continue;
      }
    }
    /* "European Court of Justice", "Chinese Academy of Sciences": a
     * nationality opening an "X of Y" organization is part of its name
     * (not of "Chinese Ministry of Commerce", a government body) */
    if (ge->kind == DL_GK_DEMONYM && m.tend == m.tstart && m.oend == m.ostart
        && k2 + 2 < b && TOK_IN(c, k2, L_ORG_HEAD) && of_for(c, k2 + 1)
        && !word_in(gov_bodies, NELEM(gov_bodies), c->text + c->toks[k2].start,
                    c->toks[k2].len)) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
    /* "Indonesian Democratic Party of Struggle": the same, one word
     * between the nationality and the body's head */
    if (ge->kind == DL_GK_DEMONYM && m.tend == m.tstart && m.oend == m.ostart
        && k2 + 3 < b && (c->toks[k2 + 1].flags & T_CAP) && c->toks[k2].gb < 0
        && TOK_IN(c, k2 + 1, L_ORG_HEAD) && of_for(c, k2 + 2)
        && !word_in(gov_bodies, NELEM(gov_bodies), c->text + c->toks[k2 + 1].start,
                    c->toks[k2 + 1].len)) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
    /* "American League", "American League East": in a sport story a
     * nationality opening a league of a sport's table is part of its
     * name, a MISC (CoNLL) */
    if (ge->kind == DL_GK_DEMONYM && c->sport && m.tend == m.tstart && m.oend == m.ostart
        && k2 == a + 1 && k2 < b && c->toks[k2].len == 6
        && dl_word_eq(c->text + c->toks[k2].start, 6, "league")
        && (b == k2 + 1 || league_division(c, a, b))) {
      return add_typed(c, a, b, DL_ENT_MISC);
    }
    /* "Bosnian Serb", "Greek Cypriots": a nationality, then a people's
     * noun, is one MISC in the CoNLL manner; so is a nationality, then a
     * faith's follower ("Bosnian Moslem", "Iraqi Shi'ites") */
    if (ge->kind == DL_GK_DEMONYM && m.tend == m.tstart && m.oend == m.ostart
        && k2 == a + 1 && k2 < b && (people_noun(c, k2) || creed_follower(c, k2))) {
      ment o;
      ment_init(&o, c, a, k2 + 1);
      o.type = DL_ENT_MISC;
      o.strong = 1;
      st = add_ment(c, &o);
      if (st != DL_OK) return st;
      a = k2 + 1;
      if (a >= b) return DL_OK;
      m.start = c->toks[a].start;
      continue;
    }
    /* "Guatemalan National Revolutionary Unity ( URNG )": the acronym
     * after the name spells the initials of every word, the nationality's
     * too, in the order of the name's own language: it is part of the name */
    if (ge->kind == DL_GK_DEMONYM && m.tend == m.tstart && m.oend == m.ostart && a == a0
        && b - a >= 3 && b < c->ntok && acronym_in_parens(c, b) && acronym_anagram(c, a, b)) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
    if ((ge->kind == DL_GK_ORG || ge->kind == DL_GK_AGENCY
         || ge->kind == DL_GK_DEMONYM || ge->kind == DL_GK_COUNTRY)
        && m.tend == m.tstart) {
      const dl_gaz_entry *nx = gb_entry(c, k2);
      /* "UN Secretary-General Antonio Guterres", "Chinese Xi", "U.S.
       * Federal Reserve", "U.S. Department of Transportation": the front
       * part is its own mention */
      if ((nx && nx->kind == DL_GK_TITLE) || ge->kind == DL_GK_DEMONYM
          || country_org(c, a, b)) {
        st = add_gaz_ment(c, a, k2, ge->type, NULL);
        if (st != DL_OK) return st;
        a = k2;
        m.start = c->toks[a].start;
        m.ostart = m.oend = 0;
        m.ontok = 0;
        continue;
      }
    }
    break;
  }
  if (a < b && m.tend == m.tstart && b - a >= 2) {
    st = title_inside(c, &m, &a, b);
    if (st != DL_OK) return st;
  }
  if (a >= b) {
    /* "Chinese President": only a nationality is left to report */
    if (m.oend > m.ostart) {
      size_t k = tok_upto(c, r0, b, m.ostart);
      const dl_gaz_entry *e = gb_entry(c, k);
      if (e) return add_gaz_ment(c, k, tok_upto(c, k, b, m.oend), e->type, NULL);
    }
    return DL_OK;
  }
  /* "Mr", "I" and friends alone are not names */
  if (b - a == 1 && c->toks[a].len == 1 && !(c->toks[a].flags & T_ABBR)) return DL_OK;
  /* a single word opening a sentence is kept only when seen elsewhere,
   * or when a score follows it ("Benfica 1 Porto 1", a results line) */
  m.sinit = (b - a == 1 && (c->toks[a].flags & T_SSTART) && m.tend == m.tstart
             && !score_follows(c, b, send) && !(c->sport && innings_follows(c, b, send))
             && !acronym_in_parens(c, a)
             /* "Virgin Atlantic ... Virgin 's Richard Branson": a
              * possessive, the first word of a firm named before */
             && !(poss_word(c, a) && firm_opened_by(c, a))
             /* "Auxerre drew with Nantes": in a team sport, a club */
             && !(c->sport && plays(c, a, b, send))
             /* "Ferrari 's Michael Schumacher": a person's team or firm */
             && !owns_person(c, a, b, send)
             /* "Kowalski asked whether ...": a word no list knows, not a
              * plural, before a verb of saying is a person's name */
             && !(c->toks[a].len >= 4 && c->toks[a].gb < 0 && !TOK_IN(c, a, ~0u)
                  && (c->toks[a].flags & T_LOWERCASE)
                  && DL_LOWER(c->text[c->toks[a].start + c->toks[a].len - 1]) != 's'
                  && next_is(c, b, send, L_SAY))
             /* "Sampdoria have signed": in a team sport a name in the
              * singular before a verb in the plural is a club */
             && !(c->sport && club_plural(c, a, b, send))
             /* "Williams, based in Grove, has recruited": a body set
              * off by where it is based */
             && !based_in_after(c, b, send)
             /* "SPD leader Oskar Lafontaine said", "SPD said": an
              * acronym in capitals opening the sentence before a role
              * word or a verb of saying is the body that has or says it */
             && !((c->toks[a].flags & T_ALLCAPS) && !(c->toks[a].flags & (T_ABBR | T_POSS))
                  && c->toks[a].len >= 2 && c->toks[a].len <= 5 && b < send
                  && (c->toks[b].flags & T_LOWERCASE) && !(c->toks[b].flags & T_BREAK)
                  && (TOK_IN(c, b, L_ROLE) || TOK_IN(c, b, L_SAY)))
             /* "RWE and Veba were steady": an acronym joined to a name */
             && !((c->toks[a].flags & T_ALLCAPS) && !(c->toks[a].flags & T_ABBR)
                  && b + 1 < send && c->toks[b].len == 3 && (c->toks[b].flags & T_LOWER)
                  && dl_word_eq(c->text + c->toks[b].start, 3, "and")
                  && (c->toks[b + 1].flags & T_CAP) && !(c->toks[b + 1].flags & T_BREAK)))
            ? 1 : 0;
  /* "Inter Milan", "Red Star Belgrade" in a sport story: words the
   * gazetteer does not know before a city are a club, not a person (not
   * in the North American leagues, whose clubs put the city first:
   * "Mitch Richmond" is a player) */
  if (c->sport && b - a >= 2 && b - a <= 3 && m.tend == m.tstart && c->toks[b - 1].gb >= 0
      && gb_entry(c, b - 1)->kind == DL_GK_CITY
      && gb_end(c, b - 1) == c->toks[b - 1].start + c->toks[b - 1].len
      && !city_first_sport(c)
      /* "all-rounder Dominic Cork", "Dominic Cork, who": a player */
      && !(a > 0 && player_role(c, a - 1))
      && !(b + 1 < send && (c->toks[b].flags & T_COMMA)
           && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "who"))) {
    size_t k;
    for (k = a; k + 1 < b && c->toks[k].gb < 0 && c->toks[k].gu < 0
                && (c->toks[k].flags & T_CAP) && !(c->toks[k].flags & T_ABBR); k++) {}
    if (k + 1 == b) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
  }
  /* "Hapoel Tel Aviv", "Sporting Buenos Aires": a club's word before a
   * city of two words the gazetteer knows whole */
  if (c->sport && b - a == 3 && m.tend == m.tstart && c->toks[a].gb < 0 && c->toks[a].gu < 0
      && c->toks[a].len >= 4 && c->toks[a].len <= 9 && c->toks[a + 1].gb >= 0
      && gb_entry(c, a + 1)->kind == DL_GK_CITY
      && gb_end(c, a + 1) == c->toks[b - 1].start + c->toks[b - 1].len
      && word_in(club_before_city, NELEM(club_before_city), c->text + c->toks[a].start,
                 c->toks[a].len)) {
    return add_typed(c, a, b, DL_ENT_ORGANIZATION);
  }
  /* "Fortuna Sittard 1 Volendam 1": in a team sport outside the North
   * American leagues, two words no list knows (no given name) before a
   * score and another name are a club of a results line (a scorer's
   * minute goes after "(" or ",": "( Litmanen 23 , Kluivert 70 )") */
  if (c->sport && b - a == 2 && m.tend == m.tstart && c->toks[a].gb < 0 && c->toks[a + 1].gb < 0
      && c->toks[a].gu < 0 && c->toks[a + 1].gu < 0
      && (c->toks[a].flags & T_LOWERCASE) && (c->toks[a + 1].flags & T_LOWERCASE)
      && score_follows(c, b, send) && !(c->toks[b + 1].flags & T_DIGIT) && !city_first_sport(c)) {
    size_t p = c->toks[a].start;
    while (p > 0 && c->text[p - 1] == ' ') p--;
    if (p == 0 || (c->text[p - 1] != '(' && c->text[p - 1] != ',')) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
  }
  /* "Chicago Bulls", "New York Knicks" in a sport story: a city, then
   * one or two words the gazetteer does not know, is a club (a person
   * named like a town is a given name: those cities are left out of the
   * gazetteer) */
  if (c->sport && b - a >= 2 && m.tend == m.tstart && c->toks[a].gu < 0 && c->toks[a].gb >= 0
      && (gb_entry(c, a)->kind == DL_GK_CITY || gb_entry(c, a)->kind == DL_GK_REGION)) {
    size_t k = tok_upto(c, a, b, gb_end(c, a)), j;
    if (k > a && k < b && b - k <= 2
        && c->toks[k - 1].start + c->toks[k - 1].len == gb_end(c, a)) {
      for (j = k; j < b && c->toks[j].gb < 0 && c->toks[j].gu < 0
                  && (c->toks[j].flags & T_CAP) && (c->toks[j].flags & T_LOWERCASE)
                  && !(c->toks[j].flags & T_ABBR) && !TOK_IN(c, j, L_NAMESUF); j++) {}
      /* not "Martin Bicknell took four wickets": a town that is also a
       * given name, then one word that is no plural (a club's nickname
       * is: "Charlotte Hornets"; a Spanish surname in "-as" is none:
       * "Nelson Vivas"), is a person (not after "the": "at the Santiago
       * Playa", a ground); so is one after a player's role ("defender
       * Nelson Vivas") */
      if (j == b && k == a + 1 && b - a == 2 && !after_determiner(c, a) && given_word(c, a)
          && (!plural_end(c, k) || (a > 0 && player_role(c, a - 1))))
        j = a;
      if (j == b) {
        int the = 0;
        ment_init(&m, c, a, b);
        /* "in front of 90,000 at the Santiago Bernabeu": a ground */
        m.type = after_at(c, a, a, &the) && the ? DL_ENT_LOCATION : DL_ENT_ORGANIZATION;
        m.strong = 1;
        return add_ment(c, &m);
      }
    }
  }
  /* "the California Wildfires", "the Los Angeles Riots": a place the
   * gazetteer knows whole, then a happening's plural, is the event */
  if (b - a >= 2 && c->toks[b - 1].len >= 5 && c->toks[b - 1].len <= 11
      && c->text[c->toks[b - 1].start + c->toks[b - 1].len - 1] == 's'
      && m.tend == m.tstart && c->toks[a].gu < 0 && c->toks[a].gb >= 0
      && gb_entry(c, a)->type == DL_ENT_LOCATION
      && tok_upto(c, a, b, gb_end(c, a)) == b - 1
      && c->toks[b - 2].start + c->toks[b - 2].len == gb_end(c, a)
      && (c->toks[b - 1].flags & T_LOWERCASE) && !(c->toks[b - 1].flags & (T_POSS | T_ABBR))
      && word_in(happening_plurals, NELEM(happening_plurals), c->text + c->toks[b - 1].start,
                 c->toks[b - 1].len)) {
    return add_typed(c, a, b, DL_ENT_MISC);
  }
  /* "the Phoenix Suns", "the Dallas Cowboys" outside a sport story:
   * "the", a city, then one plural word the gazetteer does not know is a
   * club (not "the Oslo accords", "the Kuril Islands", "the Paris
   * talks", "the Goodwill Games") */
  if (!c->sport && b - a >= 2 && b - a <= 4 && a > 0 && m.tend == m.tstart
      && c->toks[a].gu < 0 && c->toks[a].gb >= 0 && !(c->toks[a].flags & T_BREAK)
      && (gb_entry(c, a)->kind == DL_GK_CITY || gb_entry(c, a)->kind == DL_GK_REGION)
      && c->toks[a - 1].len == 3 && dl_word_eq(c->text + c->toks[a - 1].start, 3, "the")) {
    const tok *l = &c->toks[b - 1];
    const char *w = c->text + l->start;
    if (tok_upto(c, a, b, gb_end(c, a)) == b - 1
        && c->toks[b - 2].start + c->toks[b - 2].len == gb_end(c, a)
        && l->gb < 0 && l->gu < 0 && (l->flags & T_LOWERCASE) && l->len >= 4
        && !(l->flags & (T_ABBR | T_POSS | T_HYPH)) && w[l->len - 1] == 's' && w[l->len - 2] != 's'
        && !TOK_IN(c, b - 1, L_LOC_SUFFIX | L_NOTENT | L_STOP)
        && !word_in(treaty_words, NELEM(treaty_words), w, l->len) && !tok_event(c, b - 1, 0)
        && !word_in(happening_plurals, NELEM(happening_plurals), w, l->len)
        && !dl_word_eq(w, l->len, "talks")) {
      return add_typed(c, a, b, DL_ENT_ORGANIZATION);
    }
  }
  /* "Phoenix Suns", "Los Angeles Lakers", "Washington Commanders" in
   * any story: a city or region, then one or two words the gazetteer
   * does not know, the last a plural, is a team (a person's surname
   * after a town's name is rarer than a club in a business story) */
  /* ... and "the Charlotte Hornets" in a sport story, or playing ("as
   * the Charlotte Hornets beat Detroit", "the Orlando Pirates 2"), or
   * before a player's role; not "the Chris Evans inquiry" */
  if (m.tend == m.tstart
      && ((!c->sport && b - a >= 2 && team_name(c, a, b))
          || (the_given_plural(c, a, b)
              && (c->sport || plays(c, a, b, send) || club_word_after(c, b, send)))
          || town_team(c, a, b, send))) {
    return add_typed(c, a, b, DL_ENT_ORGANIZATION);
  }
  return classify(c, r0, a, b, send, &m);
}

static int corp_suffix(ctx *c, size_t k);

/* The first token of the run [a, k) that is no function word: the head
 * of "The Organisation for ..." */
static size_t run_head(ctx *c, size_t a, size_t k)
{
  while (a + 1 < k && TOK_IN(c, a, L_STOP)) a++;
  return a;
}

/* Is "and" at token k between two companies' names: the word before
 * and the word after it no line of business nor an organization's last
 * word, one of them a name the gazetteer knows (or, long_left, three
 * words or more on the left, no "of" among them: "Barclays de Zoete Wedd and Nomura
 * International"), and the right side two to four capitalized words
 * ending in one ("... and United Airlines", "... and Swiss Bank Corp")? */
static int firm_pair(ctx *c, size_t k, size_t send, int long_left)
{
  size_t j;
  const tok *l = &c->toks[k - 1], *r = &c->toks[k + 1];
  if (TOK_IN(c, k - 1, L_ORG_SUFFIX) || TOK_IN(c, k + 1, L_ORG_SUFFIX)
      || word_in(business_lines, NELEM(business_lines), c->text + l->start, l->len)
      || word_in(business_lines, NELEM(business_lines), c->text + r->start, r->len)
      || (r->len > 4 && dl_word_eq(c->text + r->start + r->len - 3, 3, "ing")))
    return 0;
  /* a name the gazetteer knows on one side ("Virgin Atlantic", "Swiss
   * Bank"): not two common nouns ("Merchants and Manufacturers Inc") */
  if (l->gb < 0 && r->gb < 0 && !long_left) return 0;
  for (j = k + 1; j + 1 < send && j < k + 4 && (c->toks[j + 1].flags & T_CAP)
                  && !(c->toks[j + 1].flags & T_BREAK); j++) {}
  return j > k + 1 && TOK_IN(c, j, L_ORG_SUFFIX)
         && (j + 1 >= send || !(c->toks[j + 1].flags & T_CAP) || (c->toks[j + 1].flags & T_BREAK));
}

/* Is token k a lower-case word that may sit inside an organization's
 * name its acronym spells ("of", "the", "for", "and", "on", "in")? */
static int spelled_connector(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *s = c->text + t->start;
  if (!(t->flags & T_LOWER) || t->len > 3) return 0;
  return TOK_IN(c, k, L_CONNECTOR) || dl_word_eq(s, t->len, "in")
         || dl_word_eq(s, t->len, "on");
}

/* Does the acronym in parentheses after the name that goes on over
 * connector k spell it ("Alliance of Small Island States (AOSIS)",
 * "Cloud Infrastructure Services Providers in Europe (CISPE)", "UN
 * Framework Convention on Climate Change (UNFCCC)")?  The name ends
 * within DL_MAX_RUN_TOKENS of k, right before the parentheses; it opens
 * at a word of [a, k), each of its capitalized words gives its first
 * letter (an acronym among them all its letters), a connector its first
 * letter or nothing. */
/* Is letter x (either case) in word w past its first four letters, the
 * head of a compound's second part ("Inter|governmental")? */
static int inner_letter(const char *w, size_t len, char x)
{
  size_t i;
  for (i = 4; i + 4 <= len; i++)
    if (DL_LOWER(w[i]) == DL_LOWER(x)) return 1;
  return 0;
}

static int acronym_spells(ctx *c, size_t a, size_t k, size_t send)
{
  size_t j, s, i, p, n;
  const char *acr;
  for (j = k + 1; j < send && j < k + DL_MAX_RUN_TOKENS; j++) {
    if (acronym_in_parens(c, j)) break;
    if (c->toks[j].flags & T_BREAK) return 0;
    if (!(c->toks[j].flags & T_CAP) && !spelled_connector(c, j)) return 0;
  }
  if (j >= send || j >= k + DL_MAX_RUN_TOKENS || !(c->toks[j - 1].flags & T_CAP)) return 0;
  acr = c->text + c->toks[j].start;
  n = c->toks[j].len;                     /* at most 6 (acronym_in_parens) */
  for (s = run_head(c, a, k); s < k; s++) {
    uint32_t at = 1;                      /* bit p: the first p letters spelled */
    if (!(c->toks[s].flags & T_CAP) || DL_LOWER(c->text[c->toks[s].start]) != DL_LOWER(acr[0]))
      continue;
    for (i = s; i < j && at; i++) {
      const tok *t = &c->toks[i];
      const char *w = c->text + t->start;
      uint32_t next = 0;
      for (p = 0; p <= n; p++) {
        if (!(at & (1u << p))) continue;
        if (!(t->flags & T_CAP)) next |= 1u << p;          /* a connector left out */
        if (p < n && DL_LOWER(w[0]) == DL_LOWER(acr[p])) next |= 1u << (p + 1);
        /* "Intergovernmental" gives "IG" of "IGAD": a long compound
         * word, its first letter and one inside it */
        if (p + 1 < n && t->len >= 10 && DL_LOWER(w[0]) == DL_LOWER(acr[p])
            && (t->flags & T_CAP) && inner_letter(w, t->len, acr[p + 1]))
          next |= 1u << (p + 2);
        if ((t->flags & T_ALLCAPS) && t->len >= 2 && p + t->len <= n
            && memcmp(w, acr + p, t->len) == 0)
          next |= 1u << (p + t->len);                       /* "UN" of "UNFCCC" */
      }
      at = next;
    }
    if (at & (1u << n)) return 1;
  }
  return 0;
}

/* Does the run continue from token k-1 over connector k to k+1? */
/* Does a country the gazetteer knows open a list at token k ("the
 * Contact Group of the United States, Russia, Britain and France"): its
 * name, then a comma and another capitalized word?  Then "of the" ends
 * the body's name: the countries are its members, not part of it. */
static int country_list(ctx *c, size_t k, size_t send)
{
  size_t e;
  if (c->toks[k].gb < 0 || gb_entry(c, k)->kind != DL_GK_COUNTRY) return 0;
  e = tok_upto(c, k, send, gb_end(c, k));
  return e > k && e < send && (c->toks[e].flags & T_COMMA) && (c->toks[e].flags & T_CAP);
}

/* Is capitalized word k one the name took in over "for the" or "of
 * the" ("Safeguard" of "National Council for the Safeguard"): a second
 * "of the" goes on ("... of the Homeland")? */
static int joined_over_the(ctx *c, size_t a, size_t k)
{
  return k >= a + 3 && (c->toks[k].flags & T_CAP) && (c->toks[k - 1].flags & T_LOWER)
         && dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "the")
         && of_for(c, k - 2);
}

/* Do one or two capitalized words and "Party" follow the "and" at
 * token k, ending the run ("Justice and Development Party": a party's
 * name, though "Justice" alone is a title)? */
static int party_after_and(const ctx *c, size_t k, size_t send)
{
  size_t j;
  for (j = k + 1; j < send && j < k + 4; j++) {
    const tok *t = &c->toks[j];
    if (!(t->flags & T_CAP) || (t->flags & T_BREAK)) return 0;
    if (j > k + 1 && dl_word_eq(c->text + t->start, t->len, "party"))
      return j + 1 >= send || !(c->toks[j + 1].flags & T_CAP) || (c->toks[j + 1].flags & T_BREAK);
  }
  return 0;
}

/* Is the "and" (or "&") at token k between two single capitalized words
 * that end there, "X and Y", as in a firm's name of two founders?  Each
 * word a name of AND_NAME_MIN letters or more: "Ernst and Young", not
 * initials or short words ("A and B", "Mr and Mrs"). */
#define AND_NAME_MIN 3
static int and_pair_shape(const ctx *c, size_t k, size_t send)
{
  const tok *x, *y;
  if (k == 0 || k + 1 >= send) return 0;
  x = &c->toks[k - 1];
  y = &c->toks[k + 1];
  if (!(x->flags & T_CAP) || !(y->flags & T_CAP) || ((x->flags | y->flags) & T_ALLCAPS)
      || (y->flags & T_BREAK) || (c->toks[k].flags & T_BREAK) || x->len < AND_NAME_MIN
      || y->len < AND_NAME_MIN)
    return 0;
  return k + 2 >= send || !(c->toks[k + 2].flags & T_CAP) || (c->toks[k + 2].flags & T_BREAK);
}

/* Step 1b: the "X and Y" firms of the text, each right after a firm's
 * noun ("accounting firm Ernst and Young", "Retailer Marks and
 * Spencer"), the first DL_MAX_AND_FIRMS of them.  A firm's noun in the
 * singular names one firm: "X and Y" after it is its name, not two. */
static void and_firms_scan(ctx *c)
{
  size_t j, k, send;
  /* (c->ands: every token k that passes the first test below, in order:
   * the same k as a loop over all tokens that skips the others) */
  for (j = 0; j < c->nands && c->nand_firms < DL_MAX_AND_FIRMS; j++) {
    const tok *t, *f;
    k = c->ands[j];
    if (k < 2) continue;
    if (k + 1 >= c->ntok) break;
    t = &c->toks[k];
    f = &c->toks[k - 2];
    if (!(t->flags & T_LOWER) || t->len != 3 || !dl_word_eq(c->text + t->start, 3, "and"))
      continue;
    if ((c->toks[k - 1].flags & (T_BREAK | T_SSTART)) || f->len < FIRM_NOUN_MIN
        || f->len > FIRM_NOUN_MAX
        || !word_in(firm_nouns, NELEM(firm_nouns), c->text + f->start, f->len))
      continue;
    /* the noun lower case, or opening the sentence ("Retailer X and Y") */
    if (!(f->flags & T_LOWER) && !(f->flags & T_SSTART)) continue;
    /* the sentence's end as and_pair_shape sees it: at k + 2 when a
     * new sentence (or the text's end) comes right after "X and Y", so
     * the pair ends there; else past it (the shape looks no further
     * than k + 2, so the text's end will do) */
    send = k + 2;
    if (send < c->ntok && !(c->toks[send].flags & T_SSTART)) send = c->ntok;
    if (!and_pair_shape(c, k, send)) continue;
    c->and_firms[c->nand_firms++] = (uint32_t)k;
  }
}

/* Is token k's "X and Y" one of the firms and_firms_scan found? */
static int and_firm_at(const ctx *c, size_t k, size_t send)
{
  size_t i;
  /* most texts have no such firm: the cheap test first */
  if (!c->nand_firms || !and_pair_shape(c, k, send)) return 0;
  for (i = 0; i < c->nand_firms; i++) {
    size_t f = c->and_firms[i];
    const tok *x = &c->toks[f - 1], *y = &c->toks[f + 1];
    if (x->len == c->toks[k - 1].len && y->len == c->toks[k + 1].len
        && !memcmp(c->text + x->start, c->text + c->toks[k - 1].start, x->len)
        && !memcmp(c->text + y->start, c->text + c->toks[k + 1].start, y->len))
      return 1;
  }
  return 0;
}

/* Does a body the gazetteer knows whole end right before token k, its
 * first word in [a, k) ("The Northern League")? */
static int org_entry_ends(const ctx *c, size_t a, size_t k)
{
  size_t j;
  for (j = a; j < k; j++)
    if (c->toks[j].gb >= 0 && gb_entry(c, j)->kind == DL_GK_ORG
        && c->mb.m[c->toks[j].gb].start == c->toks[j].start
        && gb_end(c, j) == c->toks[k - 1].start + c->toks[k - 1].len)
      return 1;
  return 0;
}

static int joins_over(ctx *c, size_t a, size_t k, size_t send)
{
  const tok *t = &c->toks[k];
  const char *s = c->text + t->start;
  size_t j, h;
  if (t->flags & T_BREAK) return 0;
  /* every rule below wants a capitalized word right after this one or
   * the one after: most lower-case words after a name stop here, before
   * any word list is looked up */
  if (k + 1 >= send || (!(c->toks[k + 1].flags & T_CAP)
                        && (k + 2 >= send || !(c->toks[k + 2].flags & T_CAP))))
    return 0;
  /* "Alliance of Small Island States (AOSIS)": the acronym that follows
   * spells the name over its connectors */
  if (spelled_connector(c, k) && acronym_spells(c, a, k, send)) return 1;
  /* two particles ("von der Leyen", "de los Santos"): the first joins
   * when the second does */
  if (k + 2 < send && TOK_IN(c, k, L_PARTICLE) && (c->toks[k + 1].flags & T_LOWER)
      && !(c->toks[k + 1].flags & T_BREAK) && TOK_IN(c, k + 1, L_PARTICLE)) {
    const tok *n = &c->toks[k + 2];
    return (n->flags & T_CAP) && !(n->flags & T_BREAK);
  }
  /* "Rally for the Republic", "Movement for the Liberation of ...": "of
   * the" and "for the" inside an organization's "X of Y" name */
  if (k + 2 < send && of_for(c, k)
      && dl_word_eq(c->text + c->toks[k + 1].start, c->toks[k + 1].len, "the")
      && !(c->toks[k + 1].flags & T_BREAK) && (c->toks[k + 2].flags & T_CAP)
      && !(c->toks[k + 2].flags & T_BREAK) && !country_list(c, k + 2, send)
      && (TOK_IN(c, run_head(c, a, k), L_ORG_HEAD)   /* "National Council for the ..." */
          || (k > a && (TOK_IN(c, k - 1, L_ORG_HEAD)
                        || (TOK_IN(c, k - 1, L_ORG_SUFFIX) && !corp_suffix(c, k - 1))))
          || joined_over_the(c, a, k - 1)))
    return 1;
  if (k > a + 1 && k + 1 < send && t->len == 3 && dl_word_eq(s, 3, "the") && of_for(c, k - 1)
      && (c->toks[k + 1].flags & T_CAP) && !(c->toks[k + 1].flags & T_BREAK)
      && (TOK_IN(c, run_head(c, a, k), L_ORG_HEAD) || TOK_IN(c, k - 2, L_ORG_HEAD)
          || (TOK_IN(c, k - 2, L_ORG_SUFFIX) && !corp_suffix(c, k - 2))
          || joined_over_the(c, a, k - 2)))
    return 1;
  if (k + 1 >= send || !(c->toks[k + 1].flags & T_CAP)) return 0;
  if (c->toks[k + 1].flags & T_BREAK) return 0;
  if (TOK_IN(c, k, L_PARTICLE)) return 1;
  if (dl_word_eq(s, t->len, "of") || dl_word_eq(s, t->len, "for")
      || dl_word_eq(s, t->len, "on")) {
    if (is_date_word(c, k + 1)) return 0;         /* "... Centre on Wednesday" */
    /* "placed Hanil Bank on CreditWatch", "Chase Bank on Wall Street": a
     * bank's name ends at its "Bank" before "on" (no bank is named
     * "Bank on ...") */
    if (s[1] == 'n' && (c->toks[k - 1].len == 4 || c->toks[k - 1].len == 5)
        && (dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "bank")
            || dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "banks")))
      return 0;
    /* not "Party of Democratic Action of President Alija Izetbegovic": a
     * title after "of" opens a person's name (not after a title: "Deputy
     * of Minister ...") */
    if (c->toks[k + 1].gb >= 0 && gb_entry(c, k + 1)->kind == DL_GK_TITLE
        && !(c->toks[a].gb >= 0 && gb_entry(c, a)->kind == DL_GK_TITLE)
        && k + 3 < send && (c->toks[k + 2].flags & T_CAP) && (c->toks[k + 3].flags & T_CAP)
        && !(c->toks[k + 2].flags & T_BREAK) && !(c->toks[k + 3].flags & T_BREAK)
        && gb_end(c, k + 1) == c->toks[k + 1].start + c->toks[k + 1].len)
      return 0;
    /* not "Northern League of Umberto Bossi", "the Freedom Party of
     * Joerg Haider": a given name and a capitalized word after "of" are
     * the body's leader (not a place the gazetteer knows by that name,
     * "University of Virginia", nor a body's last word, "Bank of Mary
     * Street Trust") */
    if (s[1] == 'f' && k + 2 < send && !(c->toks[k + 1].flags & (T_ALLCAPS | T_POSS | T_HYPH))
        && given_word(c, k + 1)
        && (c->toks[k + 1].gb < 0 || gb_entry(c, k + 1)->kind == DL_GK_GIVEN)
        && (c->toks[k + 2].flags & T_CAP) && !(c->toks[k + 2].flags & T_BREAK)
        && !(c->toks[k + 2].flags & T_ALLCAPS) && !TOK_IN(c, k + 2, L_ORG_SUFFIX)
        && c->toks[k + 2].gb < 0)
      return 0;
    /* ... nor after a body the gazetteer knows whole ("Northern League",
     * "Forza Italia"): two words it does not know, and no more, are a
     * person's name ("of Umberto Bossi"), no part of the body's */
    if (s[1] == 'f' && k > a && org_entry_ends(c, a, k)
        && k + 2 < send && (c->toks[k + 1].flags & T_CAP) && (c->toks[k + 2].flags & T_CAP)
        && !((c->toks[k + 1].flags | c->toks[k + 2].flags) & (T_ALLCAPS | T_POSS | T_HYPH))
        && !(c->toks[k + 2].flags & T_BREAK)
        && c->toks[k + 1].gb < 0 && c->toks[k + 2].gb < 0
        && !TOK_IN(c, k + 1, ~0u) && !TOK_IN(c, k + 2, ~0u)
        && (k + 3 >= send || !(c->toks[k + 3].flags & T_CAP) || (c->toks[k + 3].flags & T_BREAK)))
      return 0;
    /* "Revolutionary Armed Forces of Colombia", "Liberal Party of
     * Canada": a body's name, then its country (not "Toyota Motor Corp
     * of Japan": a company's suffix ends its name) */
    if (s[1] == 'f' && k - 1 > a && TOK_IN(c, k - 1, L_ORG_SUFFIX) && !corp_suffix(c, k - 1)
        && c->toks[k + 1].gb >= 0
        && (gb_entry(c, k + 1)->kind == DL_GK_COUNTRY
            /* "Economic Club of Chicago": a club of its city */
            || (gb_entry(c, k + 1)->kind == DL_GK_CITY && c->toks[k - 1].len == 4
                && dl_word_eq(c->text + c->toks[k - 1].start, 4, "club")))) {
      size_t e = tok_upto(c, k + 1, send, gb_end(c, k + 1));
      if (e > k + 1 && (e >= send || !(c->toks[e].flags & T_CAP) || (c->toks[e].flags & T_BREAK)))
        return 1;
    }
    /* "Ministry of Foreign Affairs", "Republic of Tatarstan", a title
     * "Secretary of Commerce" (run() splits the name off) */
    int title = 0;
    size_t title_end = a;            /* the token after the last title word */
    if (s[1] == 'f' && tok_event(c, k - 1, 1)   /* "Tour of Spain" */
        && (k == a + 1
            /* "The Treaty of Rome ..." opening a sentence */
            || (k == a + 2 && (c->toks[a].flags & T_SSTART) && c->toks[a].len == 3
                && dl_word_eq(c->text + c->toks[a].start, 3, "the"))))
      return 1;
    /* "Alliance of Democratic Forces": a name opening with "Alliance";
     * "Front for the Liberation of Mozambique": a name already joined
     * over "for the" goes on over "of" */
    if (s[1] == 'f' && c->toks[k - 1].len == 8
        && dl_word_eq(c->text + c->toks[k - 1].start, 8, "alliance") && run_head(c, a, k) == k - 1)
      return 1;
    if (s[1] == 'f' && k >= a + 3 && (c->toks[k - 2].flags & T_LOWER)
        && dl_word_eq(c->text + c->toks[k - 2].start, c->toks[k - 2].len, "the")
        && (c->toks[k - 3].flags & T_LOWER) && of_for(c, k - 3))
      return 1;
    if (s[1] == 'f' && tok_event(c, k - 1, 0)) return 1;    /* "World Series of Golf" */
    /* "Cause of Action Institute", "Friends of Science Society": one
     * word no list knows, "of", and one or two words no list knows
     * ending with an institution's word (one that also heads "X of Y") */
    if (s[1] == 'f' && k == run_head(c, a, k) + 1 && c->toks[k - 1].gb < 0
        && !TOK_IN(c, k - 1, ~0u) && !(c->toks[k - 1].flags & T_ALLCAPS)) {
      for (j = k + 1; j < send && j < k + 4; j++) {
        if (!(c->toks[j].flags & T_CAP) || (j > k + 1 && c->toks[j].flags & T_BREAK)
            || c->toks[j].gb >= 0)
          break;
        if (j > k + 1 && TOK_IN(c, j, L_ORG_SUFFIX) && TOK_IN(c, j, L_ORG_HEAD)
            && (j + 1 >= send || !(c->toks[j + 1].flags & T_CAP)
                || (c->toks[j + 1].flags & T_BREAK)))
          return 1;
        if (TOK_IN(c, j, ~0u)) break;
      }
    }
    for (j = a; j < k; j++) {
      const dl_gaz_entry *ge;
      if (TOK_IN(c, j, L_ORG_HEAD) || TOK_IN(c, j, L_LOC_HEAD))
        return !corp_suffix(c, k - 1);   /* not "... Group Inc of Atlanta" */
      ge = gb_entry(c, j);
      /* "for" after a title too: "Minister for Foreign Affairs" */
      if (((ge && ge->kind == DL_GK_TITLE) && (s[1] == 'f' || s[0] == 'f'))
          || (TOK_IN(c, j, L_ROLE) && s[1] == 'f')) {
        title = 1;                   /* "of": "Chief of Staff" */
        title_end = ge && ge->kind == DL_GK_TITLE ? tok_upto(c, j, k, gb_end(c, j)) : j + 1;
        if (title_end <= j) title_end = j + 1;
      }
    }
    if (!title) return 0;
    /* not "Sen. Maria Ocampo of Nevada": a name between the title and
     * "of" is a person's, and what follows is where they are from */
    if (title_end < k) return 0;
    /* not "Manager of Sumitomo Bank Ltd": a title of an organization */
    for (j = k + 1; j + 1 < send && j < k + DL_MAX_RUN_TOKENS; j++)
      if (!(c->toks[j + 1].flags & T_CAP) || (c->toks[j + 1].flags & T_BREAK)) break;
    return !TOK_IN(c, j, L_ORG_SUFFIX);
  }
  if (dl_word_eq(s, t->len, "and") || (t->len == 1 && s[0] == '&')
      || dl_word_eq(s, t->len, "und")) {           /* "Siemens und Halske AG" */
    /* "Marks and Spencer", "Ernst and Young": a firm of two names that
     * a firm's noun introduced somewhere in the text */
    if (and_firm_at(c, k, send)) return 1;
    /* "Shell Transport and Trading", "Harris Trust and Savings Bank": a
     * name, then two lines of business "and" joins, is one company */
    if (k - 1 > run_head(c, a, k) && k + 1 < send && (c->toks[k + 1].flags & T_CAP)
        && !(c->toks[k + 1].flags & (T_BREAK | T_ALLCAPS)) && !(c->toks[k - 1].flags & T_ALLCAPS)
        && word_in(business_lines, NELEM(business_lines), c->text + c->toks[k - 1].start,
                   c->toks[k - 1].len)
        && word_in(business_lines, NELEM(business_lines), c->text + c->toks[k + 1].start,
                   c->toks[k + 1].len))
      return 1;
    /* "Securities and Exchange Commission": the right side ends as an
     * organization; not "British Airways Plc and American Airlines": a
     * company's suffix ends the left side's name */
    if (corp_suffix(c, k - 1)) return 0;
    /* not "ESPN and Turner Sports": an acronym alone on the left is a
     * name of its own */
    if (k - 1 == run_head(c, a, k) && (c->toks[k - 1].flags & T_ALLCAPS)
        && !(c->toks[k - 1].flags & T_ABBR) && c->toks[k - 1].len >= 3 && s[0] != '&')
      return 0;
    /* not "Microsoft and Meta Platforms": a word alone on the left and
     * the right side's first word are names no list knows (a brand's,
     * not "Securities and Exchange"), and a plural line of business ends
     * the right side (not "Food and Drug Administration", nor a
     * company's suffix: "Procter and Gamble Co") */
    if (k - 1 == a && k + 2 < send && c->toks[k - 1].gb < 0 && c->toks[k + 1].gb < 0
        && !TOK_IN(c, k - 1, ~0u) && !TOK_IN(c, k + 1, ~0u)
        && (c->toks[k + 2].flags & T_CAP) && !(c->toks[k + 2].flags & T_BREAK)
        && TOK_IN(c, k + 2, L_ORG_SUFFIX) && !corp_suffix(c, k + 2)
        && c->text[c->toks[k + 2].start + c->toks[k + 2].len - 1] == 's'
        && (k + 3 >= send || !(c->toks[k + 3].flags & T_CAP) || (c->toks[k + 3].flags & T_BREAK)))
      return 0;
    /* a title's portfolio: "Minister for Industry and Science" (not
     * "Secretary of State Ann Lee and Defense Secretary") */
    {
      const dl_gaz_entry *ge = gb_entry(c, a);
      if (ge && ge->kind == DL_GK_TITLE && of_inside(c, a, k) && portfolio_end(c, k - 1)
          && portfolio_end(c, k + 1))
        return 1;
    }
    /* not "Bank of Japan and Federal Reserve": the gazetteer names the
     * left side whole and the right side opens a name it knows */
    h = run_head(c, a, k);
    if (c->toks[h].gb >= 0 && gb_end(c, h) == c->toks[k - 1].start + c->toks[k - 1].len
        && c->toks[k + 1].gb >= 0 && gb_entry(c, k + 1)->type != DL_ENT_NONE
        && gb_entry(c, h)->type != DL_ENT_NONE)
      return 0;
    /* not "Sumitomo Bank and Fuji Bank": two names of the same kind */
    if (k - 1 > a && TOK_IN(c, k - 1, L_ORG_SUFFIX)) {
      for (j = k + 1; j + 1 < send && j < k + 5 && (c->toks[j + 1].flags & T_CAP)
                      && !(c->toks[j + 1].flags & T_BREAK); j++) {}
      if (j > k + 1 && c->toks[j].len == c->toks[k - 1].len) {
        const char *x = c->text + c->toks[j].start, *y = c->text + c->toks[k - 1].start;
        for (h = 0; h < c->toks[j].len && DL_LOWER(x[h]) == DL_LOWER(y[h]); h++) {}
        if (h == c->toks[j].len) return 0;
      }
      /* not "British Airways and American Airlines": a name of its own
       * on the right, opened by a word of no organization's end (nor a
       * line of business: "Sumitomo Trust and Banking Co") */
      if (j > k + 1 && !TOK_IN(c, k + 1, L_ORG_SUFFIX) && TOK_IN(c, j, L_ORG_SUFFIX)
          && !(c->toks[k + 1].len > 4
               && dl_word_eq(c->text + c->toks[k + 1].start + c->toks[k + 1].len - 3, 3, "ing"))
          && (j + 1 >= send || !(c->toks[j + 1].flags & T_CAP) || (c->toks[j + 1].flags & T_BREAK)))
        return 0;
    }
    /* "Organisation for Security and Cooperation", "Bank for
     * Reconstruction and Development": inside an "X of Y" name, unless
     * the right side is a name of its own ("Bank of Japan and Federal
     * Reserve") */
    h = run_head(c, a, k);
    /* (after a possessive that opens the name: "People's Party for
     * Freedom and Democracy", "Workers' Party for ...") */
    if (h + 2 < k && TOK_IN(c, h + 1, L_ORG_HEAD)) {
      const tok *ph = &c->toks[h];
      size_t pe = ph->start + ph->len;
      /* ("Citizens' Movement": a plural's apostrophe alone) */
      if ((ph->flags & T_POSS) || (ph->len >= 3 && c->text[pe - 1] == 's' && apostrophe_at(c, pe)))
        h++;
    }
    if (TOK_IN(c, h, L_ORG_HEAD) && of_inside(c, h, k)) {
      /* the right side: up to three words the gazetteer does not know
       * ("Ministry of Electronics and Information Technology") */
      for (j = k + 1; j < send && j < k + 4; j++) {
        if (j > k + 1 && (!(c->toks[j].flags & T_CAP) || (c->toks[j].flags & T_BREAK))) break;
        if (c->toks[j].gb >= 0 || TOK_IN(c, j, L_ORG_SUFFIX | L_ORG_HEAD)) break;
      }
      if (j > k + 1 && (j >= send || !(c->toks[j].flags & T_CAP) || (c->toks[j].flags & T_BREAK)))
        return 1;
    }
    /* "Telegraph and Telephone", "Gas and Electric": an organization's
     * last words on both sides */
    if (TOK_IN(c, k - 1, L_ORG_SUFFIX) && TOK_IN(c, k + 1, L_ORG_SUFFIX) && k - 1 > a
        && !(k + 2 < send && (c->toks[k + 2].flags & T_CAP) && !(c->toks[k + 2].flags & T_BREAK)))
      return 1;
    /* not "President Fidel Ramos and Moro National Liberation Front":
     * a title, or a given name and a surname, is a person on the left */
    {
      const dl_gaz_entry *ga = gb_entry(c, a);
      if (ga && (ga->kind == DL_GK_TITLE || (ga->kind == DL_GK_GIVEN && k - a >= 2))
          && !corp_suffix(c, k + 1)           /* "Samuel Montagu and Co" */
          && !(ga->kind == DL_GK_TITLE && k == a + 1 && party_after_and(c, k, send)))
        return 0;
    }
    /* not "Deutsche Telekom and Ameritech International": two names of
     * two words or more, the right one a company's, and no line of
     * business across the "and" ("Florida Power and Light Co"); after
     * an "X of Y" name only when the right side opens a name the
     * gazetteer knows ("Bank of Tokyo and Swiss Bank Corp", not
     * "Department of Health and Human Services") */
    h = run_head(c, a, k);
    if (s[0] != '&' && k >= h + 2 && !(c->toks[k + 1].flags & T_ALLCAPS)
        && (c->toks[k + 1].gb >= 0 || !TOK_IN(c, h, L_ORG_HEAD) || !of_inside(c, h, k))
        && firm_pair(c, k, send, k >= h + 3 && !of_inside(c, h, k)))
      return 0;
    /* not "Barclays and HSBC Holdings": an acronym opens a firm's name
     * of its own */
    if ((c->toks[k + 1].flags & T_ALLCAPS) && !(c->toks[k + 1].flags & T_ABBR)
        && !(c->toks[k - 1].flags & T_ALLCAPS))
      return 0;
    /* "Coachella Valley Music and Arts Festival": two words or more on
     * the left, and an event's word ends the right side, no word the
     * gazetteer knows on it (not "Italy and Davis Cup") */
    if (k >= h + 2 && c->toks[k - 1].gb < 0) {
      for (j = k + 1; j < send && j < k + 4; j++) {
        if (!(c->toks[j].flags & T_CAP) || (j > k + 1 && c->toks[j].flags & T_BREAK)
            || c->toks[j].gb >= 0)
          break;
        if (j > k + 1 && tok_event(c, j, 0)
            && (j + 1 >= send || !(c->toks[j + 1].flags & T_CAP)
                || (c->toks[j + 1].flags & T_BREAK)))
          return 1;
      }
    }
    for (j = k + 1; j < send && j < k + 5; j++) {
      if (!(c->toks[j].flags & T_CAP) || (j > k + 1 && c->toks[j].flags & T_BREAK)) break;
      /* not "Balladur and Bank of France": the right side's first word
       * opens a name of its own */
      if ((j > k + 1 || corp_suffix(c, j)) && TOK_IN(c, j, L_ORG_SUFFIX)) return 1;
    }
    return 0;
  }
  /* "... Cooperation in Europe": a continent or region ends an "X of Y"
   * organization's name (not "... Development in Paris": a city) */
  if (t->len == 2 && dl_word_eq(s, 2, "in") && c->toks[k + 1].gb >= 0
      && gb_entry(c, k + 1)->kind == DL_GK_PLACE
      && TOK_IN(c, (h = run_head(c, a, k)), L_ORG_HEAD) && of_inside(c, h, k)) {
    size_t e = tok_upto(c, k + 1, send, gb_end(c, k + 1));
    return e > k + 1 && (e >= send || !(c->toks[e].flags & T_CAP) || (c->toks[e].flags & T_BREAK));
  }
  /* "University of Texas at Austin": a state university's campus town
   * ends its name (one or two words ending the run, none a country's or
   * a body's) */
  if (t->len == 2 && dl_word_eq(s, 2, "at") && (h = run_head(c, a, k)) + 2 < k
      && c->toks[h].len == 10 && dl_word_eq(c->text + c->toks[h].start, 10, "university")
      && of_inside(c, h, k)) {
    for (j = k + 1; j < send && j < k + 3; j++) {
      if (!(c->toks[j].flags & T_CAP) || (j > k + 1 && (c->toks[j].flags & T_BREAK))) break;
      if (TOK_IN(c, j, L_ORG_SUFFIX | L_ORG_HEAD)
          || (c->toks[j].gb >= 0 && gb_entry(c, j)->kind != DL_GK_CITY
              && gb_entry(c, j)->kind != DL_GK_GIVEN))
        return 0;
    }
    return j > k + 1 && (j >= send || !(c->toks[j].flags & T_CAP) || (c->toks[j].flags & T_BREAK));
  }
  return 0;
}

/* Is token k, glued by a hyphen to the capitalized word before it, the
 * lower-case last syllable of a name ("Ching-te", "Bi-khim")?  Two to six
 * ASCII lower-case letters (Wade-Giles "hsiung", pinyin "zhuang"), not a past participle (-ed) nor a compound's
 * last word, and not followed by another hyphen. */
static int name_syllable(ctx *c, size_t k)
{
  const tok *t = &c->toks[k], *p = &c->toks[k - 1];
  const char *w = c->text + t->start;
  char buf[8];
  size_t i, lo = 0, hi = NELEM(hyphen_suffixes);
  if (t->len < 2 || t->len > 6 || !(p->flags & T_CAP) || (p->flags & T_ALLCAPS)) return 0;
  if (k + 1 < c->ntok && (c->toks[k + 1].flags & T_HYPH)) return 0;
  for (i = 0; i < t->len; i++) {
    if (!DL_IS_LOWER(w[i])) return 0;
    buf[i] = w[i];
  }
  buf[i] = '\0';
  if (w[t->len - 1] == 'd' && w[t->len - 2] == 'e') return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = strcmp(buf, hyphen_suffixes[mid]);
    if (r == 0) return 0;
    if (r < 0) hi = mid; else lo = mid + 1;
  }
  return 1;
}

/* "his Chinese counterpart" with the nationality at token k (a demonym
 * match): a mention that merge() gives to the one person of that
 * nationality in the text, or drops.  The plural and other determiners
 * are left alone. */
static dl_status counterpart(ctx *c, size_t s0, size_t k, size_t send)
{
  const dl_gaz_entry *ge = gb_entry(c, k);
  size_t ke = tok_upto(c, k, send, gb_end(c, k));
  const tok *p, *n;
  ment m;
  if (k == s0 || ke >= send || !ge->country[0]) return DL_OK;
  p = &c->toks[k - 1];
  n = &c->toks[ke];
  if (!(p->flags & T_LOWER) || !(n->flags & T_LOWER) || (n->flags & T_BREAK)
      || (c->toks[k].flags & T_BREAK) || n->len != 11
      || !dl_word_eq(c->text + n->start, n->len, "counterpart"))
    return DL_OK;
  if (!(dl_word_eq(c->text + p->start, p->len, "his")
        || dl_word_eq(c->text + p->start, p->len, "her")
        || dl_word_eq(c->text + p->start, p->len, "their")
        || dl_word_eq(c->text + p->start, p->len, "its")))
    return DL_OK;
  /* "his Philippine counterpart, Enrique Manalo": the name follows, the
   * counterpart is that person, not one read before */
  if (ke + 2 < send && (c->toks[ke + 1].flags & T_COMMA) && (c->toks[ke + 1].flags & T_CAP)
      && (c->toks[ke + 2].flags & T_CAP) && !(c->toks[ke + 2].flags & T_BREAK))
    return DL_OK;
  ment_init(&m, c, k - 1, ke + 1);
  m.nstart = c->toks[k].start;
  m.tok0 = (uint32_t)k;
  m.ntok = (uint32_t)(ke + 1 - k);
  m.ostart = c->toks[k].start;
  m.oend = gb_end(c, k);
  m.type = DL_ENT_PERSON;
  m.strong = 1;
  m.counterpart = 1;
  m.nat = ge->country;
  nat_words(c, &m, k, ke);
  return add_ment(c, &m);
}

/* Do text[a, a + n) and text[b, b + n) hold the same words in any case,
 * one space or more between words matching one? */
static int same_words(const char *text, size_t a, size_t an, size_t b, size_t bn)
{
  size_t i = 0, j = 0;
  while (i < an && j < bn) {
    if (text[a + i] == ' ' && text[b + j] == ' ') {
      while (i < an && text[a + i] == ' ') i++;
      while (j < bn && text[b + j] == ' ') j++;
      continue;
    }
    if (DL_LOWER(text[a + i]) != DL_LOWER(text[b + j])) return 0;
    i++;
    j++;
  }
  return i == an && j == bn;
}

/* "the Saudi crown prince", "The French president" with the nationality
 * at token k: when a person read before holds that title ("Crown Prince
 * Mohammed bin Salman"), a mention that merge() gives to the one person
 * with the title and that nationality (or none), or drops.  Only then:
 * the mention hides the nationality's own. */
static dl_status demonym_title(ctx *c, size_t s0, size_t k, size_t send)
{
  const dl_gaz_entry *ge = gb_entry(c, k);
  size_t ke = tok_upto(c, k, send, gb_end(c, k)), j, w;
  const tok *p;
  ment m;
  if (k == s0 || ke >= send || !c->ntitled) return DL_OK;
  p = &c->toks[k - 1];
  if (!dl_word_eq(c->text + p->start, p->len, "the") || (c->toks[k].flags & T_BREAK)) return DL_OK;
  for (w = ke; w < send && w < ke + DL_MAX_NAT_TITLE_WORDS; w++)
    if (!(c->toks[w].flags & T_LOWER) || (c->toks[w].flags & (T_BREAK | T_COMMA | T_HYPH))) break;
  /* the longest run of words some title read before spells */
  for (; w > ke; w--) {
    size_t s = c->toks[ke].start, n = c->toks[w - 1].start + c->toks[w - 1].len - s;
    for (j = 0; j < c->ntitled; j++)
      if (same_words(c->text, s, n, c->titled[j].start, c->titled[j].len)) break;
    if (j < c->ntitled) break;
  }
  if (w == ke) return DL_OK;
  ment_init(&m, c, k - 1, w);
  m.nstart = c->toks[k].start;
  m.tok0 = (uint32_t)ke;
  m.ntok = (uint32_t)(w - ke);
  m.ostart = c->toks[k].start;
  m.oend = gb_end(c, k);
  m.type = DL_ENT_PERSON;
  m.strong = 1;
  m.counterpart = 3;
  m.nat = ge->country[0] ? ge->country : NULL;
  nat_words(c, &m, k, ke);
  return add_ment(c, &m);
}

/* Is text[p, q) one of the three parties of a US lawmaker's tag? */
static int party_word(const char *s, size_t len)
{
  return dl_word_eq(s, len, "democrat") || dl_word_eq(s, len, "republican")
         || dl_word_eq(s, len, "independent");
}

/* "the Washington Democrat", "The Kansas Republican" at tokens [a, b): a
 * state the gazetteer knows whole and a party, after "the": a mention
 * that merge() gives to the one person tagged with that party and the
 * state's abbreviation ("Sen. Jane Roe, D-Wash."), or drops. */
static dl_status party_member(ctx *c, size_t s0, size_t a, size_t b)
{
  const dl_gaz_entry *ge;
  const tok *l;
  size_t d;                     /* "the": in the run when it opens a sentence */
  ment m;
  if (b - a >= 3 && dl_word_eq(c->text + c->toks[a].start, c->toks[a].len, "the")) d = a++;
  else if (a > s0 && dl_word_eq(c->text + c->toks[a - 1].start, c->toks[a - 1].len, "the"))
    d = a - 1;
  else return DL_OK;
  if (b - a < 2 || b - a > 4 || c->toks[a].gb < 0) return DL_OK;
  l = &c->toks[b - 1];
  ge = gb_entry(c, a);
  if (!(l->flags & T_CAP) || (l->flags & T_ALLCAPS) || !party_word(c->text + l->start, l->len)
      || ge->type != DL_ENT_LOCATION
      || gb_end(c, a) != c->toks[b - 2].start + c->toks[b - 2].len)
    return DL_OK;
  ment_init(&m, c, d, b);
  m.nstart = c->toks[a].start;
  m.tok0 = (uint32_t)a;
  m.ntok = (uint32_t)(b - a);
  m.ostart = c->toks[a].start;
  m.oend = gb_end(c, a);
  m.type = DL_ENT_PERSON;
  m.strong = 1;
  m.counterpart = 2;
  return add_ment(c, &m);
}

/* Is the abbreviation text[a0, a1) ("Wash.", "S.D."), dots left out, a
 * spelling of the state text[s0, s1) ("Washington", "South Dakota"): the
 * same first letter, then its letters in order? */
static int abbrev_of(const char *text, size_t a0, size_t a1, size_t s0, size_t s1)
{
  size_t i = a0, j = s0;
  if (a0 >= a1 || s0 >= s1 || DL_LOWER(text[a0]) != DL_LOWER(text[s0])) return 0;
  for (; i < a1; i++) {
    char x = DL_LOWER(text[i]);
    if (x == '.') continue;
    while (j < s1 && DL_LOWER(text[j]) != x) j++;
    if (j == s1) return 0;
    j++;
  }
  return 1;
}

/* The dateline's place ("VAN NUYS, Calif.", "ESCHBORN, West Germany"):
 * each run of capitalized words between commas is a place, the one a
 * gazetteer names when it names all of it. */
static dl_status place_runs(ctx *c, size_t s0, size_t send)
{
  size_t k = s0;
  while (k < send) {
    size_t a = k, b = k + 1;
    const dl_gaz_entry *ge;
    ment m;
    dl_status st;
    if (!(c->toks[k].flags & T_CAP)) { k++; continue; }
    while (b < send && (c->toks[b].flags & T_CAP) && !(c->toks[b].flags & T_BREAK)) b++;
    k = b;
    if (is_date_word(c, a)) {
      /* (but "SUN CITY": a weekday's short form opening a town's name) */
      size_t j = a + 1;
      while (j < b && is_date_word(c, j)) j++;
      if (j == b) continue;
    }
    /* "SOCCER - ...": a section word read as a dateline */
    if (b - a == 1 && c->toks[a].gb < 0 && TOK_IN(c, a, L_NOTENT)) continue;
    ment_init(&m, c, a, b);
    m.type = DL_ENT_LOCATION;
    m.strong = 1;
    /* "REDMOND, Wash.": a state's abbreviation keeps its dot */
    if (b - a == 1 && a > s0 && !(c->toks[a].flags & T_ABBR) && m.nend < c->len
        && c->text[m.nend] == '.' && (c->toks[a].flags & T_COMMA)
        && region_abbrev(c->text + c->toks[a].start, c->toks[a].len))
      m.end = ++m.nend;
    if (!c->town_len) { c->town_start = m.nstart; c->town_len = m.nend - m.nstart; }
    ge = gb_entry(c, a);
    if (c->toks[a].gu >= 0
        && c->mu.m[c->toks[a].gu].start + c->mu.m[c->toks[a].gu].len == m.nend) {
      m.gz = c->gu;
      m.entry = c->mu.m[c->toks[a].gu].entry;
      m.type = dl_gazetteer_entry(c->gu, m.entry)->type;
    } else if (ge && gb_end(c, a) == m.nend && ge->type != DL_ENT_NONE) {
      m.gz = c->gb;
      m.entry = c->mb.m[c->toks[a].gb].entry;
      m.type = ge->type;
    }
    st = add_ment(c, &m);
    if (st != DL_OK) return st;
  }
  return DL_OK;
}

/* Is token k a company's last word ("Heck's Inc": the possessive is
 * part of the name)? */
static int corp_suffix(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  size_t n = t->len - ((t->flags & T_ABBR) ? 1 : 0);
  if (!(t->flags & T_CAP) || n > 4 || !TOK_IN(c, k, L_ORG_SUFFIX)) return 0;
  return dl_word_eq(w, n, "inc") || dl_word_eq(w, n, "corp") || dl_word_eq(w, n, "co")
      || dl_word_eq(w, n, "ltd") || dl_word_eq(w, n, "plc") || dl_word_eq(w, n, "llc");
}

/* Is token k a lower-case particle that may open a surname ("von",
 * "van", "de", "dos", "bin", "ibn")?  Not "do" (a word of its own before a
 * name), not after a determiner ("the van"), and "van" after another
 * lower-case word only when that is a role ("chief van Gaal", not "the
 * delivery van Mercedes"). */
static int lead_particle(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  if (!(t->flags & T_LOWER) || t->len < 2 || t->len > 5) return 0;
  /* the first letter first: most words are turned away here */
  if (w[0] == 'd' ? dl_word_eq(w, t->len, "do") : ((w[0] != 'b' && w[0] != 'i' && w[0] != 'v') || t->len != 3))
    return 0;
  if (!TOK_IN(c, k, L_PARTICLE) || after_determiner(c, k)) return 0;
  /* (a quotation closing before it is no such word: '"We disagree," van
   * Aalst said') */
  if (dl_word_eq(w, t->len, "van") && k > 0 && (c->toks[k - 1].flags & T_LOWER)
      && !(t->flags & T_BREAK) && !TOK_IN(c, k - 1, L_ROLE))
    return 0;
  return 1;
}

/* Does the comma before token b go on a body's list of portfolios
 * ("Ministry of Economy, Trade and Industry", "Department of Health,
 * Education and Welfare"): the run [a, b) a body's head word and "of" or
 * "for" ending in a portfolio, then portfolios (portfolio_item) set off
 * by commas, "and" and a last one that ends the name?  The end of the list
 * (a token index), or 0.  Portfolio words only: not "Bank of America,
 * Citigroup and HSBC", three firms. */
#define DL_MAX_BODY_LIST 6

/* One portfolio of such a list opening at token k: a portfolio word, or a
 * capitalized word and one ("Social Affairs", "Natural Resources", never
 * a name's two words alone).  The token after it, or 0. */
static size_t portfolio_item(const ctx *c, size_t k, size_t send)
{
  if (portfolio_end(c, k)) return k + 1;
  if (k + 2 < send && (c->toks[k].flags & T_CAP) && !(c->toks[k].flags & T_ALLCAPS)
      && !(c->toks[k + 1].flags & (T_BREAK | T_ALLCAPS)) && portfolio_end(c, k + 1))
    return k + 2;
  return 0;
}

static size_t body_list_end(ctx *c, size_t a, size_t b, size_t send)
{
  size_t k = b, n = 0;
  /* (a sentence's "The" opens the run) */
  if (c->toks[a].len == 3 && dl_word_eq(c->text + c->toks[a].start, 3, "the")) a++;
  if (b < a + 3 || !TOK_IN(c, a, L_ORG_HEAD) || !of_for(c, a + 1) || !portfolio_end(c, b - 1))
    return 0;
  while (k + 1 < send && n++ < DL_MAX_BODY_LIST) {
    const tok *t = &c->toks[k];
    if (!(t->flags & T_COMMA) || (t->flags & T_ALLCAPS)) return 0;
    k = portfolio_item(c, k, send);
    if (!k) return 0;
    t = &c->toks[k];
    /* "and" (no Oxford comma) before the last one */
    if ((t->flags & T_LOWER) && t->len == 3 && dl_word_eq(c->text + t->start, 3, "and")) {
      if (k + 1 >= send || (c->toks[k + 1].flags & (T_BREAK | T_ALLCAPS)))
        return 0;
      k = portfolio_item(c, k + 1, send);
      if (!k) return 0;
      /* the last word ends the name */
      return k >= send || !(c->toks[k].flags & T_CAP) || (c->toks[k].flags & T_BREAK) ? k : 0;
    }
  }
  return 0;
}

/* Is the gap before token k (k > 0) a lone "&" between capitalized
 * words ("Goldman Sachs & Co.", "Brown & Root")?  One name, a firm's. */
static int amp_gap(const ctx *c, size_t k)
{
  const tok *p = &c->toks[k - 1], *t = &c->toks[k];
  uint32_t i, n = 0;
  if (!(t->flags & T_CAP) || !(p->flags & T_CAP) || (p->flags & T_POSS)) return 0;
  if ((t->gb >= 0 && dl_gazetteer_entry(c->gb, c->mb.m[t->gb].entry)->type == DL_ENT_LOCATION)
      || (p->gb >= 0 && dl_gazetteer_entry(c->gb, c->mb.m[p->gb].entry)->type == DL_ENT_LOCATION))
    return 0;                        /* "Trinidad & Tobago": places */
  for (i = p->start + p->len; i < t->start; i++) {
    if (c->text[i] == '&') n++;
    else if (c->text[i] != ' ') return 0;
  }
  return n == 1;
}

/* Is the gap before token k a nickname's mark inside a name: Ramon
 * "Monching" Villaluz, one or two capitalized words in straight or curly
 * double marks between capitalized words (the opening mark before k, or
 * the closing one)?  The name runs on over it. */
static int mark_gap(const ctx *c, size_t k, int open)
{
  const tok *p = &c->toks[k - 1], *t = &c->toks[k];
  size_t i = p->start + p->len, e = t->start, nm = 0, ns = 0;
  for (; i < e; i++) {
    unsigned char ch = (unsigned char)c->text[i];
    if (ch == ' ') {
      if (open ? nm > 0 : nm == 0) return 0;   /* ' "' opens, '" ' closes */
      ns++;
    } else if (ch == '"') {
      nm++;
    } else if (ch == 0xE2 && i + 2 < e && (unsigned char)c->text[i + 1] == 0x80
               && (unsigned char)c->text[i + 2] == (open ? 0x9C : 0x9D)) {
      nm++;
      i += 2;
    } else {
      return 0;
    }
  }
  return nm == 1 && ns == 1;
}

static int nick_gap(const ctx *c, size_t k, size_t send)
{
  size_t j;
  if (!(c->toks[k].flags & T_CAP) || !(c->toks[k - 1].flags & T_CAP)) return 0;
  if (mark_gap(c, k, 1)) {   /* the opening mark: the nickname, a closing one, a name */
    for (j = k + 1; j < send && j <= k + 2; j++) {
      if (!(c->toks[j].flags & T_CAP)) return 0;
      if (mark_gap(c, j, 0)) return 1;
      if (c->toks[j].flags & T_BREAK) return 0;
    }
    return 0;
  }
  if (!mark_gap(c, k, 0)) return 0;
  for (j = k - 1; j > 0 && k - j <= 2; j--)   /* the closing mark: back to the opening one */
    if (mark_gap(c, j, 1)) return (c->toks[j - 1].flags & T_CAP) != 0;
  return 0;
}

/* Find the runs of the sentence tokens [s0, send); sc: its counts. */
/* Does the sentence from token s0 open with a line that is a dateline of
 * its own ("FILDERSTADT , Germany 1996-10-09" before the next results of a
 * round-up): capitalized words, the first in capitals at the line's
 * start, then an ISO date ending the line?  Returns the token after the
 * date, or s0. */
static size_t inner_dateline(const ctx *c, size_t s0, size_t send)
{
  size_t k = s0, p = c->toks[s0].start, i;
  const char *d;
  while (p > 0 && c->text[p - 1] == ' ') p--;
  if ((p > 0 && c->text[p - 1] != '\n') || !(c->toks[s0].flags & T_ALLCAPS)) return s0;
  while (k < send && (c->toks[k].flags & T_CAP)) k++;
  if (k >= send || !(c->toks[k].flags & T_DIGIT) || c->len - c->toks[k].start < 10) return s0;
  d = c->text + c->toks[k].start;
  for (i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? d[i] != '-' : !DL_IS_DIGIT(d[i])) return s0;
  for (i = c->toks[k].start + 10; i < c->len && (c->text[i] == ' ' || c->text[i] == '\r'); i++) {}
  if (i < c->len && c->text[i] != '\n') return s0;
  while (k < send && c->toks[k].start < i) k++;
  return k;
}

/* Does a capitalized word from token b on, within three, end a body's or
 * a place's name ("... University Hospital", "... Cathedral", "...
 * Square")? */
static int suffix_within(ctx *c, size_t b, size_t send)
{
  size_t j;
  for (j = b; j < send && j < b + 3; j++) {
    if (!(c->toks[j].flags & T_CAP) || (j > b && (c->toks[j].flags & T_BREAK))) return 0;
    if (TOK_IN(c, j, L_ORG_SUFFIX | L_LOC_SUFFIX)) return 1;
  }
  return 0;
}

/* May a run from token a go on after the possessive of token p: one of
 * people ("People's Party", "Women's Institute"), or a saint's ("St
 * Mary's Hospital", "St James's University Hospital") when a body's or a
 * place's word comes from token next on? */
static int poss_name_goes_on(ctx *c, size_t a, size_t p, size_t next, size_t send)
{
  const tok *t = &c->toks[p], *st = &c->toks[a];
  if (t->len >= 5 && word_in(poss_nouns, NELEM(poss_nouns), c->text + t->start, t->len))
    return 1;
  return p == a + 1 && (st->len == 2 || st->len == 3)
         && (dl_word_eq(c->text + st->start, st->len, "st")
             || dl_word_eq(c->text + st->start, st->len, "st."))
         && suffix_within(c, next, send);
}

/* Is token b an age set off by commas after a name, then a lower-case
 * word (", 38 , said", ", 71, who")? */
static int age_after(const ctx *c, size_t b, size_t send)
{
  const tok *t = &c->toks[b], *u;
  if (b + 1 >= send || (t->flags & (T_COMMA | T_DIGIT)) != (T_COMMA | T_DIGIT) || t->len > 2
      || c->text[t->start] == '0' || !DL_IS_DIGIT(c->text[t->start + t->len - 1]))
    return 0;
  u = &c->toks[b + 1];
  return (u->flags & T_COMMA) && (u->flags & T_LOWER);
}

/* Is token k a year of foundation opening a club's name, four digits
 * from 1800 to 1999 before a capitalized word ("Freiburg 0 1860 Munich
 * 2")? */
static int club_year(const ctx *c, size_t k, size_t send)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  return k + 1 < send && t->len == 4 && (t->flags & T_DIGIT) && !(t->flags & (T_BREAK | T_HYPH))
         && w[0] == '1' && (w[1] == '8' || w[1] == '9') && DL_IS_DIGIT(w[2]) && DL_IS_DIGIT(w[3])
         && (c->toks[k + 1].flags & T_CAP) && !(c->toks[k + 1].flags & T_DIGIT);
}

/* Is token k (a sentence opening at s0) a scorer's next minute after a
 * comma ("( Ronaldo 12 , 60 , Pizzi 88 )"): a whole number of up to three
 * digits after another number?  It keeps a results line a results line,
 * as the first minute does. */
static int next_minute(const ctx *c, size_t s0, size_t k)
{
  const tok *t = &c->toks[k];
  size_t i;
  if (k <= s0 || !(t->flags & T_COMMA) || (t->flags & T_HYPH) || t->len > 3
      || !(c->toks[k - 1].flags & T_DIGIT))
    return 0;
  for (i = 0; i < t->len; i++)
    if (!DL_IS_DIGIT(c->text[t->start + i])) return 0;
  return 1;
}

/* Is token k (a sentence opening at s0) a lower-case note on a goal after
 * its minute, closed by "," or ")" ("( Balakov 52 pen , Bobic 88 )", "(
 * Smith 12 og )"): it keeps a results line a results line */
static int scorer_note(const ctx *c, size_t s0, size_t k)
{
  size_t e = c->toks[k].start + c->toks[k].len;
  if (k <= s0 || !(c->toks[k].flags & T_LOWER) || !small_int(c, k - 1)) return 0;
  while (e < c->len && c->text[e] == ' ') e++;
  return e < c->len && (c->text[e] == ',' || c->text[e] == ')');
}

/* Does a gazetteer name of two words or more open at token k ("European
 * Union", "World Bank")? */
static int known_multiword(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->gb >= 0 && gb_end(c, k) > t->start + t->len)
         || (t->gu >= 0 && c->mu.m[t->gu].start + c->mu.m[t->gu].len > t->start + t->len);
}

/* Is token k the Arabic article in lower case, "al" or "el", a hyphen
 * gluing it to the capitalized word after it ("al-Quds", "el-Sisi")? */
static int arabic_article(const ctx *c, size_t k)
{
  const tok *p = &c->toks[k];
  const char *w = c->text + p->start;
  return p->len == 2 && (p->flags & T_LOWER) && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l'
         && p->start + 3 == c->toks[k + 1].start && w[2] == '-'
         && (c->toks[k + 1].flags & T_CAP);
}

/* Is token k a lower-case prefix that a hyphen joins to a capitalized
 * word making an adjective ("ultra-Orthodox", "pro-Western",
 * "anti-Kremlin")?  lower_or_cap T_CAP: the prefix capitalized, opening a
 * sentence ("Anti-Castro Cubans"). */
static int hyphen_prefix(const ctx *c, size_t k, unsigned lower_or_cap)
{
  const tok *p = &c->toks[k];
  return (p->flags & lower_or_cap)
         && p->start + p->len + 1 == c->toks[k + 1].start && c->text[p->start + p->len] == '-'
         && word_in(hyphen_prefixes, NELEM(hyphen_prefixes), c->text + p->start, p->len);
}

static dl_status runs(ctx *c, size_t s0, size_t send, int place, const scount *sc)
{
  size_t k = s0, nint, ntitle = 0;
  int caps_sentence;
  if (place && !c->foreign) return place_runs(c, s0, send);
  /* a round-up's next dateline, in the sentence that follows it */
  if (!c->foreign && s0 < send) {
    size_t e = inner_dateline(c, s0, send);
    if (e > s0) {
      dl_status st = place_runs(c, s0, e);
      if (st != DL_OK || e >= send) return st;
      s0 = k = e;
      c->toks[s0].flags |= T_SSTART;   /* the story's line opens a sentence */
    }
  }
  /* a results or standings line: capitalized names and small whole
   * numbers only, a name first ("Lazio 2 Roma 1", "Ajax 2 ( Litmanen 23 )
   * Feyenoord 1"); most sentences are told apart by their first
   * lower-case word */
  c->row = send - s0 >= 2 && ((c->toks[s0].flags & T_CAP) || club_year(c, s0, send));
  nint = 0;
  for (k = s0; k < send && c->row; k++) {
    uint32_t f = c->toks[k].flags;
    if (f & T_DIGIT) {
      if (small_int(c, k)) nint++;
      else if (!club_year(c, k, send) && !next_minute(c, s0, k)) c->row = 0;
    } else if (!(f & T_CAP) && !scorer_note(c, s0, k)) c->row = 0;
    else if (!(f & T_ALLCAPS)) ntitle++;
  }
  /* (not a results row of two or more scores and a name in lower case:
   * "Orlando 101 NEW JERSEY 93" writes the home team in capitals, it does
   * not shout) */
  caps_sentence = sc->ncap >= 3 && sc->ncap > sc->nlow && !(c->row && nint >= 2 && ntitle);
  if (caps_sentence || nint == 0) c->row = 0;
  k = s0;
  while (k < send) {
    size_t a, b;
    uint32_t gend = 0;
    const tok *t;
    {
      /* on to the next capitalized word or user match: most words are
       * neither (one tight loop over them) */
      const tok *tk = c->toks;
      if (!c->mu.n)   /* (no user match: no token has gu set) */
        while (k < send && !(tk[k].flags & T_CAP)) k++;
      else
        while (k < send && !(tk[k].flags & T_CAP) && tk[k].gu < 0) k++;
      if (k >= send) break;
    }
    a = k;
    t = &c->toks[k];
    if (t->flags & T_TITLE) { k++; continue; }   /* read whole by run() */
    if ((t->len == 2 && c->text[t->start] == 'H' && pinyin_he(c, k, send))
        || given_stop_word(c, k, send)) {
      /* a surname, not the pronoun; a given name, not the function word:
       * no stop word for the rules below */
      (void)tok_is(c, k, L_STOP);
      c->toks[k].lex &= (uint16_t)~L_STOP;
    }
    b = k + 1;
    if (t->gu >= 0) gend = c->mu.m[t->gu].start + c->mu.m[t->gu].len;
    if (t->gb >= 0 && gb_end(c, k) > gend) gend = gb_end(c, k);
    while (b < send) {
      const tok *u = &c->toks[b];
      if (u->start < gend) { b++; continue; }           /* inside a match */
      /* "Pakistan People 's Party", "St Mary 's Hospital": text split
       * the CoNLL way, the possessive a token of its own; read as below
       * (u->len == 1: poss_word's test of that token, made without a call) */
      if (!(c->toks[b - 1].flags & T_POSS) && b + 1 < send && u->len == 1 && poss_word(c, b - 1)
          && (c->toks[b + 1].flags & T_CAP) && !(c->toks[b + 1].flags & (T_COMMA | T_BREAK))
          && !corp_suffix(c, b + 1) && poss_name_goes_on(c, a, b - 1, b + 1, send)) {
        b++;                                 /* (the "s" inside the name) */
        continue;
      }
      if (c->toks[b - 1].flags & T_POSS) {
        /* "European People's Party", "Women's Institute": the name goes
         * on after a possessive of people */
        if (!corp_suffix(c, b)
            && !((u->flags & T_CAP) && !(u->flags & T_COMMA)
                 && u->start <= c->toks[b - 1].start + c->toks[b - 1].len + 4
                 && poss_name_goes_on(c, a, b - 1, b, send)))
          break;
      } else if ((u->flags & T_BREAK) && !amp_gap(c, b) && !nick_gap(c, b, send)) {
        size_t e = (u->flags & T_COMMA) && (u->flags & T_CAP) ? body_list_end(c, a, b, send) : 0;
        if (e) b = e;            /* "Ministry of Economy, Trade and Industry" */
        break;
      }
      if (b - a >= DL_MAX_RUN_TOKENS) break;
      if (u->flags & T_CAP) {
        /* "China-Russia": split where both sides are known places; not
         * a given name's halves ("Jean-Pierre", where Pierre is a city) */
        if ((u->flags & T_HYPH) && gb_end(c, b - 1) == c->toks[b - 1].start + c->toks[b - 1].len
            && u->gb >= 0 && gb_entry(c, b - 1)->kind != DL_GK_GIVEN
            && gb_entry(c, b)->kind != DL_GK_GIVEN
            /* (not "... Liberation of Congo-Zaire": the end of a name
             * joined over "of") */
            && !(b - a >= 3 && (c->toks[b - 2].flags & T_LOWER)
                 && dl_word_eq(c->text + c->toks[b - 2].start, c->toks[b - 2].len, "of")))
          break;
        if (u->gu >= 0 && c->mu.m[u->gu].start + c->mu.m[u->gu].len > gend)
          gend = c->mu.m[u->gu].start + c->mu.m[u->gu].len;
        if (u->gb >= 0 && gb_end(c, b) > gend) gend = gb_end(c, b);
        b++;
        continue;
      }
      /* "Commander-in-Chief", "Editor-in-Chief": a short lower-case word
       * inside a hyphenated title */
      if (u->len <= 2 && (u->flags & (T_HYPH | T_LOWER)) == (T_HYPH | T_LOWER) && b + 1 < send
          && (c->toks[b + 1].flags & (T_HYPH | T_CAP)) == (T_HYPH | T_CAP)
          && (dl_word_eq(c->text + u->start, u->len, "in")
              || dl_word_eq(c->text + u->start, u->len, "of"))) {
        b += 2;
        continue;
      }
      /* "Tehreek-e-Insaf", "Jamaat-e-Islami", "Tehrik-i-Taliban": the
       * Persian and Urdu izafa joins two capitalized words into one; so
       * does the Arabic article of South Asian names ("Inzamam-ul-Haq",
       * "Salah-ud-Din", "Fazl-ur-Rehman") */
      if ((u->len == 1 || u->len == 2) && (u->flags & (T_HYPH | T_LOWER)) == (T_HYPH | T_LOWER)
          && b + 1 < send
          && (c->toks[b + 1].flags & (T_HYPH | T_CAP)) == (T_HYPH | T_CAP)
          && (c->toks[b - 1].flags & T_CAP)
          && (u->len == 1 ? c->text[u->start] == 'e' || c->text[u->start] == 'i'
                          : dl_word_eq(c->text + u->start, 2, "ul")
                            || dl_word_eq(c->text + u->start, 2, "ud")
                            || dl_word_eq(c->text + u->start, 2, "ur"))) {
        b += 2;
        continue;
      }
      if ((u->flags & T_LOWER) && joins_over(c, a, b, send)) { b += 1; continue; }
      /* the first half may be a given name the gazetteer knows ("Kim
       * Moon-soo") */
      if ((u->flags & T_HYPH) && b - a >= 2
          && (c->toks[b - 1].start + c->toks[b - 1].len > gend
              || (c->toks[b - 1].gb >= 0 && gb_entry(c, b - 1)->kind == DL_GK_GIVEN
                  && gb_end(c, b - 1) == gend)
              /* or a place of one word after the surname ("Wu Chia-lung":
               * Chia is a town too) */
              || (c->toks[b - 1].gb >= 0 && c->mb.m[c->toks[b - 1].gb].start
                  == c->toks[b - 1].start && gb_end(c, b - 1) == gend
                  && gend == c->toks[b - 1].start + c->toks[b - 1].len
                  && (c->toks[b - 2].flags & (T_CAP | T_HYPH | T_ALLCAPS)) == T_CAP))
          && name_syllable(c, b)) {
        b++;                         /* "Lai Ching-te", "Moon Jae-in" */
        continue;
      }
      break;
    }
    /* "the ultra-Orthodox Shas party", "the pro-Moscow Donetsk militia":
     * a capitalized word after a lower-case prefix and its hyphen is an
     * adjective, a name of its own ("British" of "pro-British"), not the
     * first word of the name after it */
    /* ... and at a sentence's start, where the prefix is capitalized
     * and opens the run ("Ultra-Orthodox parties", "Anti-Castro Cubans"),
     * the prefix is no name's word, when a list knows the word after it
     * (not a firm's "Pre-Paid Legal Services") */
    if (a == s0 && b - a >= 2 && (t->flags & T_CAP) && (c->toks[a + 1].flags & T_HYPH)
        && !caps_sentence && hyphen_prefix(c, a, T_CAP)
        && (c->toks[a + 1].gb >= 0
            || word_in(creed_words, NELEM(creed_words), c->text + c->toks[a + 1].start,
                       c->toks[a + 1].len))) {
      a++;
      t = &c->toks[a];
      k = a;
      if (b - a >= 2 && !(c->toks[a + 1].flags & T_BREAK) && !known_multiword(c, a)) {
        dl_status st = run(c, s0, a, a + 1, send, caps_sentence);
        if (st != DL_OK) return st;
        a++;
        t = &c->toks[a];
        k = a;
      }
    }
    /* (not a known name of two words or more opening after the prefix:
     * "pro-European Union", "anti-World Bank") */
    else if (b - a >= 2 && a > s0 && (t->flags & T_HYPH) && !(c->toks[a + 1].flags & T_BREAK)
        && hyphen_prefix(c, a - 1, T_LOWER) && !caps_sentence && !known_multiword(c, a)) {
      dl_status st = run(c, s0, a, a + 1, send, caps_sentence);
      if (st != DL_OK) return st;
      a++;
      t = &c->toks[a];
      k = a;
    }
    {
      dl_status st = DL_OK;
      size_t a0 = a;
      if (t->gb >= 0 && gb_entry(c, k)->kind == DL_GK_DEMONYM && !caps_sentence)
        st = counterpart(c, s0, k, send);
      if (st == DL_OK && c->ntitled && !caps_sentence) {
        /* "The Saudi crown prince" opening a sentence: "The" opens the run */
        size_t kd = t->len == 3 && b - a >= 2 && dl_word_eq(c->text + t->start, 3, "the")
                    ? a + 1 : a;
        if (c->toks[kd].gb >= 0 && gb_entry(c, kd)->kind == DL_GK_DEMONYM)
          st = demonym_title(c, s0, kd, send);
      }
      if (st == DL_OK && c->party_tags && !caps_sentence) st = party_member(c, s0, a, b);
      /* "chief von Pierer", "coach van der Berg": the particles after a
       * lower-case word open the name */
      while (a0 > s0 && a - a0 < 2 && !(c->toks[a0].flags & (T_BREAK | T_HYPH))
             && !caps_sentence && lead_particle(c, a0 - 1))
        a0--;
      if (a0 < a && (a0 == s0 || (c->toks[a0].flags & T_BREAK)
                     || !(c->toks[a0 - 1].flags & T_CAP)))
        a = a0;
      /* "the newspaper al-Quds", "al-Assad said": the Arabic article
       * glued by its hyphen opens the name */
      else if (a0 == a && a > s0 && (t->flags & T_HYPH) && !(t->flags & T_BREAK)
               && !caps_sentence && arabic_article(c, a - 1))
        a--;
      if (st == DL_OK) st = run(c, s0, a, b, send, caps_sentence);
      if (st != DL_OK) return st;
    }
    k = b;
  }
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Merging                                                             */
/* ------------------------------------------------------------------ */

typedef struct hmap {
  uint64_t *keys;
  int32_t *vals;
  size_t cap, n;
} hmap;

/* A table for `want` keys, from the arena (at most half full). */
static dl_status hmap_init(hmap *h, arena *a, size_t want)
{
  size_t cap = 16;
  while (cap < want * 2) cap *= 2;
  h->keys = (uint64_t *)arena_alloc(a, cap * sizeof *h->keys);
  h->vals = (int32_t *)arena_alloc(a, cap * sizeof *h->vals);
  h->cap = cap;
  h->n = 0;
  if (!h->keys || !h->vals) return DL_ENOMEM;
  memset(h->keys, 0, cap * sizeof *h->keys);
  return DL_OK;
}

/* The slot of key (empty or holding it). */
static size_t hmap_slot(const hmap *h, uint64_t key)
{
  size_t i = (size_t)(key ^ (key >> 29)) & (h->cap - 1);
  while (h->keys[i] && h->keys[i] != key) i = (i + 1) & (h->cap - 1);
  return i;
}

/* Put the name text[s, e) in h for entity i: a name two entities share
 * stands for neither (-1). */
/* The Latin letters of U+00C0..U+017F by their UTF-8 lead byte (C3, C4,
 * C5) and continuation byte: the letter without its accent, or '.' (no
 * such letter: "Æ", "ß", "×"). */
static const char accent_base[3][65] = {
  "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y",
  "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlL",
  "lLlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
};

/* The key of a person's name or name word while merging: hash_fold of
 * the name with the accents of Latin letters taken off, so that wire
 * copy's "Erdogan" and "Lopez Obrador" are the "Erdoğan" and "López
 * Obrador" named before (a name of ASCII only, as most are, is hashed
 * as it is). */
#define DL_MAX_FOLD_NAME 96
static uint64_t name_hash(const char *s, size_t len)
{
  char buf[DL_MAX_FOLD_NAME];
  size_t i, n = 0;
  for (i = 0; i < len && !((unsigned char)s[i] & 0x80); i++) {}
  if (i == len || len > DL_MAX_FOLD_NAME) return hash_fold(s, len);
  for (i = 0; i < len; i++) {
    unsigned char b = (unsigned char)s[i];
    if (b >= 0xC3 && b <= 0xC5 && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80
        && accent_base[b - 0xC3][(unsigned char)s[i + 1] - 0x80] != '.') {
      buf[n++] = accent_base[b - 0xC3][(unsigned char)s[i + 1] - 0x80];
      i++;
    } else {
      buf[n++] = (char)b;
    }
  }
  return hash_fold(buf, n);
}

static void hmap_put_name(hmap *h, const char *text, size_t s, size_t e, int32_t i)
{
  uint64_t key = name_hash(text + s, e - s);
  size_t slot = hmap_slot(h, key);
  if (!h->keys[slot]) { h->keys[slot] = key; h->vals[slot] = i; }
  else if (h->vals[slot] != i) h->vals[slot] = -1;
}

static uint64_t ment_key(const ctx *c, const ment *m)
{
  if (m->gz) {
    uint64_t k = ((uint64_t)m->entry << 2) | (m->gz == c->gu ? 2u : 0u);
    /* a city's club ("Leeds beat Chelsea" under "LEEDS 1996-08-30") is
     * an entity apart from the city */
    if (m->type == DL_ENT_ORGANIZATION && m->gz == c->gb) {
      uint8_t kind = dl_gazetteer_entry(m->gz, m->entry)->kind;
      if (kind == DL_GK_CITY || kind == DL_GK_REGION) k ^= 1;
    }
    /* a place's name as an adjective ("Caribbean producers", "the
     * Maastricht treaty") is a MISC apart from the place */
    if (m->type == DL_ENT_MISC && dl_gazetteer_entry(m->gz, m->entry)->type == DL_ENT_LOCATION)
      k ^= 1ull << 61;
    return (k * 0x9E3779B97F4A7C15ull) | 1;
  }
  /* a person's name written with and without its accents ("Zoë Baird",
   * "Zoe Baird") is one name, as the alias steps take it */
  if (m->type == DL_ENT_PERSON)
    return name_hash(c->text + m->nstart, m->nend - m->nstart) ^ ((uint64_t)m->type << 60);
  return hash_fold(c->text + m->nstart, m->nend - m->nstart) ^ ((uint64_t)m->type << 60);
}

static int32_t find_root(ent *e, int32_t i)
{
  while (e[i].alias_of >= 0) i = e[i].alias_of;
  return i;
}


/* Initials of mention m's name ("Securities and Exchange Commission" ->
 * "SEC"), or 0 when it has fewer than two. */
static size_t initials(ctx *c, const ment *m, char *buf, size_t cap)
{
  size_t k, n = 0;
  for (k = m->tok0; k < m->tok0 + m->ntok && n + 1 < cap; k++) {
    const tok *t = &c->toks[k];
    if (TOK_IN(c, k, L_CONNECTOR)) continue;
    if (!(t->flags & T_CAP)) continue;
    buf[n++] = c->text[t->start];
  }
  buf[n] = '\0';
  return n >= 2 ? n : 0;
}

/* The first letters of all the words of mention m's name, connectors
 * and particles too ("BOJ" of "Bank of Japan", "MBS" of "Mohammed bin
 * Salman"), or 0 when it has fewer than three. */
static size_t initials_all(ctx *c, const ment *m, char *buf, size_t cap)
{
  size_t k, n = 0;
  for (k = m->tok0; k < m->tok0 + m->ntok; k++) {
    if (n + 1 >= cap) return 0;
    buf[n++] = c->text[c->toks[k].start];
  }
  buf[n] = '\0';
  return n >= 3 ? n : 0;
}

/* ------------------------------------------------------------------ */
/* Headline                                                            */
/* ------------------------------------------------------------------ */

/* Put key -> val in h unless key is there already. */
static void hmap_put_first(hmap *h, uint64_t key, int32_t val)
{
  size_t slot = hmap_slot(h, key);
  if (!h->keys[slot]) {
    h->keys[slot] = key;
    h->vals[slot] = val;
    h->n++;
  }
}

/* Room in h for one more key, doubling it (and moving its keys) when
 * half full: 0, or -1 when out of memory.  For the tables of
 * shared_names, which were sized for every word of every mention
 * (three of 12 MB for a 20 MB text, at the peak) though names repeat. */
static int hmap_room(hmap *h, arena *a)
{
  size_t cap = h->cap * 2, i, j;
  uint64_t *keys;
  int32_t *vals;
  if ((h->n + 1) * 2 <= h->cap) return 0;
  if (cap > ((size_t)-1) / 2 / sizeof *keys) return -1;
  keys = (uint64_t *)arena_alloc(a, cap * sizeof *keys);
  vals = (int32_t *)arena_alloc(a, cap * sizeof *vals);
  if (!keys || !vals) return -1;
  memset(keys, 0, cap * sizeof *keys);
  for (i = 0; i < h->cap; i++)
    if (h->keys[i]) {
      for (j = (size_t)(h->keys[i] ^ (h->keys[i] >> 29)) & (cap - 1); keys[j]; j = (j + 1) & (cap - 1)) {}
      keys[j] = h->keys[i];
      vals[j] = h->vals[i];
    }
  h->keys = keys;
  h->vals = vals;
  h->cap = cap;
  return 0;
}

/* Set key -> val in h, growing it: 0, or -1 when out of memory. */
static int hmap_set(hmap *h, arena *a, uint64_t key, int32_t val)
{
  size_t slot;
  if (hmap_room(h, a)) return -1;
  slot = hmap_slot(h, key);
  if (!h->keys[slot]) { h->keys[slot] = key; h->n++; }
  h->vals[slot] = val;
  return 0;
}

/* The value of key in h, or -2 when absent. */
static int32_t hmap_get(const hmap *h, uint64_t key)
{
  size_t slot = hmap_slot(h, key);
  return h->keys[slot] ? h->vals[slot] : -2;
}

/* The mention of the headline's tokens [a, b) that names what the body's
 * mention bm names (same gazetteer entry, or same name and type, so that
 * merge() joins them). */
static dl_status head_alias(ctx *c, size_t a, size_t b, const ment *bm)
{
  ment m;
  ment_init(&m, c, a, b);
  m.type = bm->type;
  m.gz = bm->gz;
  m.entry = bm->entry;
  m.strong = bm->strong;
  m.sinit = bm->sinit;       /* kept exactly when the body's entity is */
  m.gender = bm->gender;
  return add_ment(c, &m);
}

/* The headline's sentences (those starting in [c->head_start,
 * c->head_end)), read after the body.  A headline capitalizes every word
 * ("Xi Meets Biden In Lima As Trade Tensions Rise") or none: its capitals
 * say nothing, so its names are the body's, in any case ("CLINTON" for
 * "Bill Clinton", "ASIAN CUP"), and the gazetteer's that are safe alone
 * (countries, nationalities, organizations, landmarks; a city or region
 * the body names too, or a very big city).  The mentions are added
 * after the body's, so that merge() names an entity as the body does;
 * head_first() puts them in text order. */
/* In a sport's headline, the end of an event's name opening at token k
 * ("WORLD CUP", "U.S. OPEN", "MONACO GRAND PRIX"): one or two words the
 * gazetteer knows (not a title or a given name) or of head_event_fronts,
 * then a word of head_event_words; k when none. */
static size_t head_event(ctx *c, size_t k, size_t send)
{
  size_t j;
  for (j = k; j < send && j < k + 3; j++) {
    const tok *t = &c->toks[j];
    const dl_gaz_entry *ge;
    if (!(t->flags & T_CAP) || (j > k && (t->flags & T_BREAK))) return k;
    if (j > k && t->len >= 3 && t->len <= 14
        && word_in(head_event_words, NELEM(head_event_words), c->text + t->start, t->len))
      return j + 1;
    ge = gb_entry(c, j);
    if (ge && ge->kind != DL_GK_TITLE && ge->kind != DL_GK_GIVEN) {
      size_t e = tok_upto(c, j, send, gb_end(c, j));
      if (e <= j) return k;
      j = e - 1;
      continue;
    }
    if (!word_in(head_event_fronts, NELEM(head_event_fronts), c->text + t->start, t->len))
      return k;
  }
  return k;
}

/* Is the person's name of n tokens from k written family name first, as
 * Chinese and Korean names are: a short family name (five letters at
 * most, "Zhang") and a given name of two syllables joined by a hyphen
 * ("Lee Teng-hui", "Kim Jong-il": "hui" glued to "Teng"), or a pinyin
 * surname and given name ("Qian Qichen", "Li Peng")? */
static int family_first(ctx *c, size_t k, size_t n)
{
  const tok *t = &c->toks[k];
  if (n == 3)
    return t->len <= 5 && (c->toks[k + 2].flags & T_HYPH) && (c->toks[k + 2].flags & T_LOWER)
           && !(c->toks[k + 1].flags & T_HYPH);
  return n == 2 && pinyin_split(c->text + t->start, t->len, 1)
         && (pinyin_split(c->text + c->toks[k + 1].start, c->toks[k + 1].len, 2)
             || pinyin_split(c->text + c->toks[k + 1].start, c->toks[k + 1].len, 1));
}

/* The lengths of the names put in headline()'s maps by their text, a bit
 * each (all lengths from NAME_LENS_LONG on share the last bit): a span of
 * the headline whose length has no bit hashes to no such key (hash_fold
 * hashes the length in), and is not hashed. */
#define NAME_LENS_LONG 255
static void name_len_add(uint64_t lens[4], size_t len)
{
  size_t b = len < NAME_LENS_LONG ? len : NAME_LENS_LONG;
  lens[b >> 6] |= (uint64_t)1 << (b & 63);
}

static int name_len_in(const uint64_t lens[4], size_t len)
{
  size_t b = len < NAME_LENS_LONG ? len : NAME_LENS_LONG;
  return (int)(lens[b >> 6] >> (b & 63) & 1);
}

/* Put the text c->text[start, start+len) in h for mention i, first one
 * wins, and note its length in lens: every text key of headline()'s
 * names map goes in here so lens stays complete. */
static void names_put(const ctx *c, hmap *h, uint64_t lens[4], size_t start, size_t len,
                      size_t i)
{
  hmap_put_first(h, hash_fold(c->text + start, len), (int32_t)i);
  name_len_add(lens, len);
}

/* Map the word of token k to mention i in h, the words that stand for
 * a whole name in a headline; a word two different names share maps to
 * -1, neither.  (The same mention noted twice under one word is no
 * conflict: its name hashes the same.) */
static void note_name_word(const ctx *c, hmap *h, uint64_t lens[4], size_t k, size_t i)
{
  const tok *t = &c->toks[k];
  const ment *m = &c->ms[i];
  uint64_t key = hash_fold(c->text + t->start, t->len);
  int32_t old = hmap_get(h, key);
  name_len_add(lens, t->len);
  if (old == -2) hmap_put_first(h, key, (int32_t)i);
  else if (old >= 0 && hash_fold(c->text + c->ms[old].nstart, c->ms[old].nend - c->ms[old].nstart)
                           != hash_fold(c->text + m->nstart, m->nend - m->nstart))
    h->vals[hmap_slot(h, key)] = -1;
}

/* "SOCCER - NEWCASTLE'S SHEARER OUT": in a team sport's headline, is
 * token k a possessive before a player the body names (his last word or
 * whole name in headline()'s maps)?  The town is then his club. */
static int head_poss_player(const ctx *c, size_t k, size_t send, const hmap *names,
                            const uint64_t lens[4], const hmap *last,
                            const uint64_t lastlens[4])
{
  const tok *u;
  int32_t v = -2;
  if (!c->sport || !(c->toks[k].flags & T_POSS) || k + 1 >= send) return 0;
  /* (not "ENGLAND'S SHEARER": Britain's nations, regions in ISO 3166-2,
   * field national sides, places as CoNLL tags them) */
  if (c->toks[k].gb >= 0) {
    const dl_gaz_entry *ge = gb_entry(c, k);
    if (ge->kind == DL_GK_REGION && ge->id[0] == 'G' && ge->id[1] == 'B' && ge->id[2] == '-'
        && (!strcmp(ge->id + 3, "ENG") || !strcmp(ge->id + 3, "SCT")
            || !strcmp(ge->id + 3, "WLS") || !strcmp(ge->id + 3, "NIR")))
      return 0;
  }
  u = &c->toks[k + 1];
  if (!(u->flags & T_CAP)) return 0;
  if (name_len_in(lastlens, u->len)) v = hmap_get(last, hash_fold(c->text + u->start, u->len));
  if (v < 0 && name_len_in(lens, u->len))
    v = hmap_get(names, hash_fold(c->text + u->start, u->len));
  return v >= 0 && c->ms[v].type == DL_ENT_PERSON;
}

static dl_status headline(ctx *c, const dl_sentence *sents, size_t nsent,
                          const size_t *bounds)
{
  size_t nbody = c->nms, i, k, j;
  hmap names, last;
  uint64_t lens[4] = { 0, 0, 0, 0 };       /* name_len_add: of names */
  uint64_t lastlens[4] = { 0, 0, 0, 0 };   /* and of last */
  if (hmap_init(&names, c->ar, nbody * 3 + 1) != DL_OK
      || hmap_init(&last, c->ar, nbody + 1) != DL_OK)
    return DL_ENOMEM;
  /* in a sport story a city's club first ("LEEDS BEAT CHELSEA" under
   * "LEEDS 1996-08-30": the club, not the dateline's city) */
  for (i = 0; c->sport && i < nbody; i++) {
    const ment *m = &c->ms[i];
    if (m->type == DL_ENT_ORGANIZATION && m->gz == c->gb && !m->counterpart) {
      names_put(c, &names, lens, m->nstart, m->nend - m->nstart, i);
    }
  }
  for (i = 0; i < nbody; i++) {
    const ment *m = &c->ms[i];
    if (m->counterpart) continue;
    names_put(c, &names, lens, m->nstart, m->nend - m->nstart, i);
    if (m->gz) hmap_put_first(&names, ment_key(c, m), (int32_t)i);
    /* "SHISEIDO RESULTS" for "Shiseido Co Ltd": a company's name
     * without its "Co", "Corp", "Ltd" */
    if (m->type == DL_ENT_ORGANIZATION && m->ntok >= 2 && !m->gz
        && c->toks[m->tok0].start == m->nstart) {
      size_t e = m->tok0 + m->ntok;
      while (e > m->tok0 + 1 && corp_suffix(c, e - 1)) e--;
      if (e < m->tok0 + m->ntok) {
        names_put(c, &names, lens, m->nstart,
                  c->toks[e - 1].start + c->toks[e - 1].len - m->nstart, i);
      }
      /* "FORD TO CUT JOBS" for "Ford Motor Co": a carmaker's brand,
       * a word no list knows as a common word, a title, a people or a
       * country ("GENERAL" of "General Motors", "BRITISH" of "British
       * Motor" stay none) */
      if (e == m->tok0 + 2
          && word_in(firm_short_tails, NELEM(firm_short_tails),
                     c->text + c->toks[m->tok0 + 1].start, c->toks[m->tok0 + 1].len)
          && !TOK_IN(c, m->tok0, ~0u)
          && !lower_seen(c, c->text + c->toks[m->tok0].start, c->toks[m->tok0].len)) {
        const dl_gaz_entry *fe = gb_entry(c, m->tok0);
        if (!fe || fe->kind == DL_GK_GIVEN || fe->kind == DL_GK_CITY)
          names_put(c, &names, lens, m->nstart, c->toks[m->tok0].len, i);
      }
    }
    /* "IBM TO BUY ..." for "International Business Machines Corp":
     * the initials of a firm's name of three to five capitalized words
     * (its "of", "and" and "Corp" left out), when no word of the lexicon
     * nor one the text writes in lower case ("SET" of "Southern Electric
     * Trust ... set to rise" stays a word) */
    if (m->type == DL_ENT_ORGANIZATION && m->ntok >= 3 && !m->gz
        && c->toks[m->tok0].start == m->nstart) {
      char ini[6] = { 0 };   /* (zeroed: cppcheck cannot follow n) */
      size_t n = 0, e = m->tok0 + m->ntok, q;
      while (e > m->tok0 + 1 && corp_suffix(c, e - 1)) e--;
      for (q = m->tok0; q < e && n <= 5; q++) {
        const tok *u = &c->toks[q];
        if ((u->flags & T_LOWER) && u->len <= 3) continue;
        if (!(u->flags & T_CAP) || (u->flags & T_ALLCAPS) || !DL_IS_ALPHA(c->text[u->start])) {
          n = 6;
          break;
        }
        if (n < 5) ini[n] = DL_LOWER(c->text[u->start]);
        n++;
      }
      if (n >= 3 && n <= 5 && !lexicon_lists(ini, n) && !lower_seen(c, ini, n)) {
        hmap_put_first(&names, hash_fold(ini, n), (int32_t)i);
        name_len_add(lens, n);
      }
    }
    /* "BLUE JAYS" for "Toronto Blue Jays": in a team sport, a club's
     * name of three words without its city's */
    if (c->sport && m->type == DL_ENT_ORGANIZATION && m->ntok == 3 && !m->gz
        && c->toks[m->tok0].start == m->nstart && c->toks[m->tok0].gb >= 0
        && gb_end(c, m->tok0) == c->toks[m->tok0].start + c->toks[m->tok0].len
        && !TOK_IN(c, m->tok0 + 2, L_ORG_SUFFIX)) {
      names_put(c, &names, lens, c->toks[m->tok0 + 1].start,
                m->nend - c->toks[m->tok0 + 1].start, i);
    }
    /* "SOCCER - BAYERN HIRE NEW COACH" for "Bayern Munich": a club's
     * word before its city, which the gazetteer may know whole (two
     * clubs sharing it, "Borussia", name neither) */
    if (c->sport && m->type == DL_ENT_ORGANIZATION && m->ntok == 2
        && c->toks[m->tok0].start == m->nstart
        && word_in(club_before_city, NELEM(club_before_city), c->text + c->toks[m->tok0].start,
                   c->toks[m->tok0].len))
      note_name_word(c, &last, lastlens, m->tok0, i);
    if ((m->type == DL_ENT_PERSON || (c->sport && m->type == DL_ENT_ORGANIZATION))
        && m->ntok >= 2 && !m->gz) {
      /* a person's last word ("JOHNSON"), a club's in a team sport
       * ("LEVERKUSEN" of "Bayer Leverkusen"), unless two share it */
      /* (not a body's last word: "UNION" of "RUGBY UNION -" is not the
       * "Welsh Rugby Union") */
      if (m->type == DL_ENT_ORGANIZATION && TOK_IN(c, m->tok0 + m->ntok - 1, L_ORG_SUFFIX))
        continue;
      note_name_word(c, &last, lastlens, m->tok0 + m->ntok - 1, i);
      /* a Chinese or Korean name gives its family name first ("LEE" of
       * "Lee Teng-hui", "QIAN" of "Qian Qichen") */
      if (m->type == DL_ENT_PERSON && family_first(c, m->tok0, m->ntok))
        note_name_word(c, &last, lastlens, m->tok0, i);
    }
  }
  for (i = 0; i < nsent; i++) {
    size_t s0 = bounds[i], send = bounds[i + 1], ncap = 0, nlow = 0;
    int shouted;
    if (sents[i].start < c->head_start || sents[i].start >= c->head_end) continue;
    for (k = s0; k < send; k++) {
      if (c->toks[k].flags & T_LOWERCASE) nlow++;
      if (c->toks[k].flags & T_ALLCAPS) ncap++;
    }
    shouted = ncap > nlow;
    k = s0;
    while (k < send) {
      const tok *t = &c->toks[k];
      size_t best = k, jmax = k + DL_MAX_HEAD_NAME;
      int32_t bi = -1;
      dl_status st;
      if ((!(t->flags & T_CAP) && t->gu < 0)
          || (t->start > 0 && c->text[t->start - 1] == '<')) {
        k++;                             /* "<DOW>": a ticker */
        continue;
      }
      /* the longest of the body's names starting here */
      if (jmax > send) jmax = send;
      for (j = jmax; j > k && bi < 0; j--) {
        const tok *u = &c->toks[j - 1];
        int32_t v;
        if (j > k + 1 && (u->flags & T_BREAK)) continue;
        if (!name_len_in(lens, u->start + u->len - t->start)) continue;
        v = hmap_get(&names, hash_fold(c->text + t->start, u->start + u->len - t->start));
        if (v >= 0) { bi = v; best = j; }
      }
      if (bi < 0 && name_len_in(lastlens, t->len)) {
        int32_t v = hmap_get(&last, hash_fold(c->text + t->start, t->len));
        if (v >= 0) { bi = v; best = k + 1; }
      }
      /* "WORLD CUP", "U.S. OPEN" in a sport's headline: the event, when
       * the body names it no longer */
      if (c->games) {
        size_t ev = head_event(c, k, send);
        if (ev > best) {
          ment m;
          ment_init(&m, c, k, ev);
          m.type = DL_ENT_MISC;
          m.strong = 1;
          st = add_ment(c, &m);
          if (st != DL_OK) return st;
          k = ev;
          continue;
        }
      }
      /* "JOHNSON LOOKS AHEAD AFTER OLYMPIC DOUBLE": in a sport's
       * headline the games' adjective alone, a MISC as in the body
       * ("Olympic champion"; not a business's "OLYMPIC AIRWAYS") */
      if (c->games && bi < 0 && t->gb < 0 && (t->len == 7 || t->len == 10)
          && (dl_word_eq(c->text + t->start, t->len, "olympic")
              || dl_word_eq(c->text + t->start, t->len, "paralympic"))) {
        st = add_typed(c, k, k + 1, DL_ENT_MISC);
        if (st != DL_OK) return st;
        k++;
        continue;
      }
      /* the gazetteer's name here, when longer and safe */
      if (t->gu >= 0 || t->gb >= 0) {
        const dl_gaz_match *g = t->gu >= 0 ? &c->mu.m[t->gu] : &c->mb.m[t->gb];
        const dl_gazetteer *gz = t->gu >= 0 ? c->gu : c->gb;
        const dl_gaz_entry *e = dl_gazetteer_entry(gz, g->entry);
        size_t ke = tok_upto(c, k, send, g->start + g->len);
        int ok = e->type != DL_ENT_NONE && ke > k
                 && c->toks[ke - 1].start + c->toks[ke - 1].len == g->start + g->len;
        if (ok && gz == c->gb) {
          ment probe;
          switch (e->kind) {
            case DL_GK_COUNTRY: case DL_GK_PLACE: case DL_GK_ORG: case DL_GK_AGENCY:
            case DL_GK_DEMONYM:
              /* not "WHO", "US" of a shouted headline: a common word;
               * not "HILL ON POLE" with "pole position" in the story: a
               * word the text writes in lower case */
              ok = !(shouted && ke == k + 1 && TOK_IN(c, k, L_STOP))
                   && !(ke == k + 1 && e->kind != DL_GK_ORG && e->kind != DL_GK_AGENCY
                        && t->len >= 4 && (t->flags & T_ALLCAPS)
                        && lower_seen(c, c->text + t->start, t->len));
              break;
            case DL_GK_CITY: case DL_GK_REGION:
              memset(&probe, 0, sizeof probe);
              probe.gz = gz;
              probe.entry = g->entry;
              /* (in a sport story Britain's nations, regions in ISO
               * 3166-2, as countries: "CRICKET - ENGLAND V ZIMBABWE";
               * not "BANK OF NEW ENGLAND CORP") */
              ok = e->population >= DL_MIN_HEAD_CITY_POP
                   || (c->games && e->kind == DL_GK_REGION && e->id[0] == 'G'
                       && e->id[1] == 'B' && e->id[2] == '-')
                   || hmap_get(&names, ment_key(c, &probe)) >= 0;
              break;
            default:
              ok = 0;
              break;
          }
        }
        if (ok && ke > best) {
          ment m;
          ment_init(&m, c, k, ke);
          m.gz = gz;
          m.entry = g->entry;
          m.type = e->type;
          m.strong = 1;
          if (ke == k + 1 && town_kind(e->kind)
              && head_poss_player(c, k, send, &names, lens, &last, lastlens))
            m.type = DL_ENT_ORGANIZATION;
          st = add_ment(c, &m);
          if (st != DL_OK) return st;
          k = ke;
          continue;
        }
      }
      if (bi >= 0 && best == k + 1 && c->ms[bi].type == DL_ENT_LOCATION && c->ms[bi].gz
          && town_kind(dl_gazetteer_entry(c->ms[bi].gz, c->ms[bi].entry)->kind)
          && head_poss_player(c, k, send, &names, lens, &last, lastlens)) {
        ment m;
        ment_init(&m, c, k, best);
        m.gz = c->ms[bi].gz;
        m.entry = c->ms[bi].entry;
        m.type = DL_ENT_ORGANIZATION;
        m.strong = 1;
        st = add_ment(c, &m);
        if (st != DL_OK) return st;
        k = best;
        continue;
      }
      if (bi >= 0) {
        st = head_alias(c, k, best, &c->ms[bi]);
        if (st != DL_OK) return st;
        k = best;
        continue;
      }
      k++;
    }
  }
  return DL_OK;
}

/* After merge(): the headline's mentions (from index nbody on) move
 * before the body's mentions that follow the headline, and the
 * entities' canonical mentions follow them. */
static dl_status head_first(ctx *c, ent *e, size_t ne, size_t nbody)
{
  size_t nhead = c->nms - nbody, at, i;
  ment *tmp;
  if (nhead == 0) return DL_OK;
  for (at = 0; at < nbody && c->ms[at].start < c->head_start; at++) {}
  tmp = (ment *)arena_alloc(c->ar, nhead * sizeof *tmp);
  if (!tmp) return DL_ENOMEM;
  memcpy(tmp, c->ms + nbody, nhead * sizeof *tmp);
  memmove(c->ms + at + nhead, c->ms + at, (nbody - at) * sizeof *c->ms);
  memcpy(c->ms + at, tmp, nhead * sizeof *tmp);
  for (i = 0; i < ne; i++) {
    size_t k = (size_t)e[i].canon;
    if (k >= nbody) e[i].canon = (int32_t)(at + (k - nbody));
    else if (k >= at) e[i].canon = (int32_t)(k + nhead);
  }
  return DL_OK;
}

/* Is mention m one hyphenated word of two tokens or more
 * ("Bayrou-Lemaire")? */
static int one_hyphenated(const ctx *c, const ment *m)
{
  size_t k;
  if (m->ntok < 2) return 0;
  for (k = m->tok0 + 1; k < m->tok0 + m->ntok; k++)
    if (!(c->toks[k].flags & T_HYPH)) return 0;
  return 1;
}

/* Is m a surname after its particles alone ("Von Pierer", "van der
 * Berg"), an alias of the person with that surname? */
static int particle_surname(ctx *c, const ment *m)
{
  return (m->ntok == 2 || m->ntok == 3) && TOK_IN(c, m->tok0, L_PARTICLE)
         && (m->ntok == 2 || TOK_IN(c, m->tok0 + 1, L_PARTICLE));
}

/* Do tokens k, k + 1, k + 2 read "Corrêa do Lago": a capitalized word,
 * a particle in lower case, a capitalized word? */
static int inner_particle(ctx *c, size_t k)
{
  return (c->toks[k].flags & T_CAP) && !(c->toks[k].flags & T_ABBR)
         && (c->toks[k + 1].flags & T_LOWER) && TOK_IN(c, k + 1, L_PARTICLE)
         && (c->toks[k + 2].flags & T_CAP);
}

/* Do tokens k .. k + 3 read "Fernandez de la Vega": a capitalized
 * word, two particles in lower case, a capitalized word? */
static int inner_particle2(ctx *c, size_t k)
{
  return (c->toks[k].flags & T_CAP) && !(c->toks[k].flags & T_ABBR)
         && (c->toks[k + 1].flags & T_LOWER) && TOK_IN(c, k + 1, L_PARTICLE)
         && (c->toks[k + 2].flags & T_LOWER) && TOK_IN(c, k + 2, L_PARTICLE)
         && (c->toks[k + 3].flags & T_CAP);
}

/* "Souza said" where the text names both Creomar de Souza and Maria das
 * Gracas Souza: the word alone is the person last named in full before
 * it (a reporter names the one meant just before); before both, or in
 * the headline, it stays a name of its own.  One pass over the body's
 * mentions in text order, with the first and last words of the full
 * names seen so far. */
/* The key of shared_names' map for the last person of gender g (a
 * gazetteer gender flag) whose full name ends with the word of key. */
static uint64_t shared_gender_key(uint64_t key, uint8_t g)
{
  return ((key * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)g << 1)) | 1;
}

/* The keys of shared_names' second map: the paragraph of the last
 * person named in full with the word of key when a kinship noun
 * introduced that person (else -1), and the last person named so
 * without one. */
static uint64_t shared_para_key(uint64_t key)
{
  return ((key * 0xC2B2AE3D27D4EB4Full) ^ 0x5A5Au) | 1;
}

static uint64_t shared_main_key(uint64_t key)
{
  return ((key * 0x165667B19E3779F9ull) ^ 0xA5A5u) | 1;
}

/* Bytes before a mention that a kinship noun may stand in (", ", "the
 * late"): the look back stays this short */
#define DL_MAX_KIN_GAP 3

/* Does a kinship noun introduce mention m ("His niece, Dr. Adaeze
 * Okonkwo", "her husband Tom Ito")? */
static int kin_introduced(const ctx *c, const ment *m)
{
  size_t e = m->start, b, gap = 0;
  while (e > 0 && gap < DL_MAX_KIN_GAP && (c->text[e - 1] == ' ' || c->text[e - 1] == ',')) {
    e--;
    gap++;
  }
  for (b = e; b > 0 && e - b < 16 && DL_IS_LOWER(c->text[b - 1]); b--) {}
  return e > b && word_in(kin_words, NELEM(kin_words), c->text + b, e - b);
}

/* Remember in `held` that entity v was named in full with the word of
 * key in paragraph para, introduced as a relative (kin) or not. */
static int shared_held(hmap *held, arena *a, uint64_t key, int32_t v, uint32_t para, int kin)
{
  if (hmap_set(held, a, shared_para_key(key), kin ? (int32_t)para : -1)) return -1;
  if (kin) return 0;
  return hmap_set(held, a, shared_main_key(key), v);
}

/* The first size of shared_names' tables: that of every word of every
 * mention up to this (so a news story's never grow), then grown. */
#define DL_SHARED_FIRST 4096

static dl_status shared_names(ctx *c, ent *e, size_t nwords)
{
  hmap recent, held, first;
  size_t i, si = 0, want = nwords + 1 < DL_SHARED_FIRST ? nwords + 1 : DL_SHARED_FIRST;
  if (hmap_init(&recent, c->ar, want) != DL_OK
      || hmap_init(&held, c->ar, want) != DL_OK
      || hmap_init(&first, c->ar, want) != DL_OK)
    return DL_ENOMEM;
  /* the first person named in full with each of a name's outer words: a
   * bare "Biden" before any full name (a sentence-case headline over
   * "President Joe Biden ... Jill Biden") is the one the story names
   * first */
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (m->ent < 0 || m->ntok < 2 || e[m->ent].type != DL_ENT_PERSON || e[m->ent].shared)
      continue;
    /* every capitalized word: an inner one ("Chan" of "Paul Chan
     * Mo-po") is taken first, so a later "Chan Hak-kan" does not get it */
    for (si = m->tok0; si < m->tok0 + m->ntok; si++)
      if (c->toks[si].flags & T_CAP) {
        if (hmap_room(&first, c->ar)) return DL_ENOMEM;
        hmap_put_first(&first, hash_fold(c->text + c->toks[si].start, c->toks[si].len), m->ent);
      }
  }
  si = 0;
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    const tok *t = &c->toks[m->tok0];
    uint32_t para;
    int kin;
    if (m->ent < 0 || (e[m->ent].type != DL_ENT_PERSON && !e[m->ent].shared)) continue;
    if (m->start >= c->head_start && m->start < c->head_end) continue;
    /* the paragraph of the mention: the sentences and the mentions are
     * both in text order, one walk */
    while (si + 1 < c->nsent && c->sents[si + 1].start <= m->start) si++;
    para = si < c->nsent ? c->sents[si].para : 0;
    if (m->ntok >= 2 && !e[m->ent].shared) {
      const tok *u = &c->toks[m->tok0 + m->ntok - 1];
      uint64_t key = hash_fold(c->text + t->start, t->len);
      if (hmap_set(&recent, c->ar, key, m->ent)) return DL_ENOMEM;
      kin = kin_introduced(c, m);
      if (shared_held(&held, c->ar, key, m->ent, para, kin)) return DL_ENOMEM;
      key = hash_fold(c->text + u->start, u->len);
      if (hmap_set(&recent, c->ar, key, m->ent)
          || shared_held(&held, c->ar, key, m->ent, para, kin))
        return DL_ENOMEM;
      if (e[m->ent].gender            /* the last woman (man) of that surname */
          && hmap_set(&recent, c->ar, shared_gender_key(key, e[m->ent].gender), m->ent))
        return DL_ENOMEM;
      if (m->tend > m->tstart) {     /* "Treasury Secretary James Baker" */
        key = (hash_fold(c->text + m->tstart, m->tend - m->tstart) ^ (key << 1)) | 1;
        if (hmap_set(&recent, c->ar, key, m->ent)) return DL_ENOMEM;
      }
    } else if (m->ntok == 1 && e[m->ent].shared) {
      /* "Treasury Secretary Baker" is the Baker of that title, and the
       * one a bare "Baker" means from there on; a title no full name
       * had leaves it alone */
      uint64_t key = hash_fold(c->text + t->start, t->len);
      int32_t v;
      if (m->tend > m->tstart) {
        v = hmap_get(&recent, (hash_fold(c->text + m->tstart, m->tend - m->tstart) ^ (key << 1)) | 1);
        /* "Ms Hughes" after Daniel and Rachel Hughes: the last one
         * named in full whose given name tells the honorific's gender */
        if (v < 0 && m->gender) v = hmap_get(&recent, shared_gender_key(key, m->gender));
        if (v >= 0                        /* named as the one meant */
            && (hmap_set(&recent, c->ar, key, v) || shared_held(&held, c->ar, key, v, para, 0)))
          return DL_ENOMEM;
      } else {
        v = hmap_get(&recent, key);
        /* "His grandfather, Walter Dell, ran it." and a paragraph later
         * "Dell said": a relative of the story's person, introduced so,
         * keeps the bare surname only in the paragraph that names him;
         * after it the word is the person's the story is about (a
         * reporter names the one meant just before: "Her predecessor,
         * Douglas Smith, … Smith said" stays his) */
        if (v >= 0) {
          int32_t kp = hmap_get(&held, shared_para_key(key)), f;
          if (kp >= 0 && kp != (int32_t)para && (f = hmap_get(&held, shared_main_key(key))) >= 0)
            v = f;
        }
        /* (only a name the story gives in full after this word: one
         * given before and not taken by recent stays as it was) */
        if (v < 0 && (v = hmap_get(&first, key)) >= 0 && e[v].first_pos < m->start) v = -1;
      }
      /* a word typed apart from people ("Jeep" of "Jeep Cherokee
       * Limited") only joins a person known as one or shaped as one */
      if (v >= 0 && (e[m->ent].type == DL_ENT_PERSON || e[v].strong
                     || person_shape(c, c->ms[e[v].canon].tok0,
                                     c->ms[e[v].canon].tok0 + c->ms[e[v].canon].ntok)))
        m->ent = v;
    }
  }
  return DL_OK;
}

/* "Salvage firm Smit Tak ... a spokesman for Smit Tak": a name of two
 * words or more that a rule typed (strong) gives its type to the same
 * name guessed elsewhere in the text (weak), and a firm's type to its
 * name read later as a person's without a title (a given name opens
 * "Philip Morris"), before the mentions are merged by name and type.
 * Names of the gazetteer keep their own. */
static int typed_name(const ment *m)
{
  return !m->gz && m->ntok >= 2 && !m->counterpart
         && (m->type == DL_ENT_PERSON || m->type == DL_ENT_ORGANIZATION);
}

/* Is m one word no gazetteer knows, a person read for sure ("Okonjo said
 * he"; strong) or an organization guessed ("Okonjo said."; weak), whose
 * type same_name_types may give or take? */
static int typed_word(const ment *m)
{
  return !m->gz && m->ntok == 1 && m->tend == m->tstart && !m->counterpart
         && (m->strong ? m->type == DL_ENT_PERSON : m->type == DL_ENT_ORGANIZATION);
}

/* A cheap key of a mention's name for same_name_types: its length and
 * four of its letters folded to lower case (same_words confirms). */
static uint64_t name_sample_key(const ctx *c, const ment *m)
{
  const unsigned char *w = (const unsigned char *)c->text + m->nstart;
  size_t n = m->nend - m->nstart;
  uint64_t k = (uint64_t)n << 32;
  k |= (uint64_t)(w[0] | 0x20) << 24 | (uint64_t)(w[1] | 0x20) << 16
       | (uint64_t)(w[n / 2] | 0x20) << 8 | (uint64_t)(w[n - 1] | 0x20);
  return (k * 0x9E3779B97F4A7C15ull) | 1;
}

static dl_status same_name_types(ctx *c)
{
  hmap h;
  size_t i, nstrong = 0, nweak = 0, norg = 0, nbare = 0;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (!typed_name(m) && !typed_word(m)) continue;
    if (!m->strong) nweak++;
    else {
      nstrong++;
      if (m->type == DL_ENT_ORGANIZATION) norg++;
      else if (m->tend == m->tstart) nbare++;
    }
  }
  /* nothing to give: no strong name, or none that may take a type */
  if (!nstrong || (!nweak && !(norg && nbare))) return DL_OK;
  if (hmap_init(&h, c->ar, nstrong) != DL_OK) return DL_ENOMEM;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if ((typed_name(m) || typed_word(m)) && m->strong)
      hmap_put_first(&h, name_sample_key(c, m), (int32_t)i);
  }
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    const ment *f;
    int32_t v;
    /* (a word guessed a body takes the type of the same word read as a
     * person: "'We will win,' Okonjo said. Okonjo said he was sure") */
    if (typed_word(m) && !m->strong) {
      v = hmap_get(&h, name_sample_key(c, m));
      if (v >= 0 && (size_t)v != i && typed_word(&c->ms[v])
          && same_words(c->text, m->nstart, m->nend - m->nstart, c->ms[v].nstart,
                        c->ms[v].nend - c->ms[v].nstart))
        m->type = DL_ENT_PERSON;
      continue;
    }
    if (!typed_name(m)
        || (m->strong && !(norg && m->type == DL_ENT_PERSON && m->tend == m->tstart)))
      continue;
    v = hmap_get(&h, name_sample_key(c, m));
    if (v < 0 || (size_t)v == i) continue;
    f = &c->ms[v];
    if (f->type == m->type
        || (m->strong && !((size_t)v < i && f->type == DL_ENT_ORGANIZATION))
        || !same_words(c->text, m->nstart, m->nend - m->nstart, f->nstart, f->nend - f->nstart))
      continue;
    m->type = f->type;
  }
  return DL_OK;
}

/* Does h (name_sample_key to a mention) hold a mention whose name is
 * m's words? */
static int holds_name(const ctx *c, const hmap *h, const ment *m)
{
  int32_t v = hmap_get(h, name_sample_key(c, m));
  return v >= 0 && same_words(c->text, m->nstart, m->nend - m->nstart, c->ms[v].nstart,
                              c->ms[v].nend - c->ms[v].nstart);
}

/* "state carrier Aeroperu ... interest in Aeroperu": outside sport (where
 * a club and its town share a word), one word the gazetteer does not
 * know, a firm where something names it so, is the same firm where only
 * a preposition made it a place (a weak guess) */
static dl_status firm_over_place(ctx *c)
{
  hmap h;
  size_t i, norg = 0, nloc = 0;
  if (c->games) return DL_OK;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (m->gz || m->ntok != 1) continue;
    if (m->strong && m->type == DL_ENT_ORGANIZATION) norg++;
    else if (!m->strong && m->type == DL_ENT_LOCATION) nloc++;
  }
  if (!norg || !nloc) return DL_OK;
  if (hmap_init(&h, c->ar, norg) != DL_OK) return DL_ENOMEM;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (!m->gz && m->ntok == 1 && m->strong && m->type == DL_ENT_ORGANIZATION)
      hmap_put_first(&h, name_sample_key(c, m), (int32_t)i);
  }
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    if (m->gz || m->ntok != 1 || m->strong || m->type != DL_ENT_LOCATION) continue;
    if (holds_name(c, &h, m)) m->type = DL_ENT_ORGANIZATION;
  }
  return DL_OK;
}

/* Words after a name's possessive that only a person has ("Kinkel's
 * wife", "Netanyahu's aides"), sorted by strcmp. */
static const char *const person_owned[] = {
  "aide", "aides", "attorney", "bodyguards", "brother", "cabinet", "daughter", "father",
  "government", "husband", "lawyer", "lawyers", "mother", "sister", "son", "spokesman",
  "spokeswoman", "widow", "wife"
};

/* Words after a name, or after its possessive, that only a firm has
 * ("Kinkel shares", "Kinkel's profit"), sorted by strcmp. */
static const char *const firm_owned[] = {
  "profit", "profits", "shareholders", "shares", "stake", "stock", "subsidiary", "unit",
  "units"
};

/* Posts in lower case before a name that only a person holds ("former
 * president Najibullah"), sorted by strcmp. */
static const char *const person_posts[] = {
  "ayatollah", "dictator", "emir", "king", "mullah", "president", "prince", "queen", "sheikh",
  "sultan"
};

/* Is token k the lower-case word w, no punctuation before it? */
static int low_word(const ctx *c, size_t k, const char *w)
{
  const tok *t;
  if (k >= c->ntok) return 0;
  t = &c->toks[k];
  return (t->flags & T_LOWER) && !(t->flags & (T_BREAK | T_SSTART))
         && dl_word_eq(c->text + t->start, t->len, w);
}

/* Is token k a lower-case word of tab, no punctuation before it? */
static int low_in(const ctx *c, size_t k, const char *const *tab, size_t n)
{
  const tok *t;
  if (k >= c->ntok) return 0;
  t = &c->toks[k];
  return (t->flags & T_LOWER) && !(t->flags & (T_BREAK | T_SSTART))
         && word_in(tab, n, c->text + t->start, t->len);
}

/* What the words around the one-word mention at token k say of it: 1 a
 * person ("Kinkel's wife", "Kinkel told reporters", "Kinkel, who",
 * "Kinkel and his", "Kinkel, the foreign minister"; not "met Kinkel in
 * Bonn": a firm is met too), 2 a firm ("Kinkel's
 * profit", "shares of Kinkel", "stake in Kinkel", "Kinkel said in a
 * statement"), 0 neither. */
static int word_cue(ctx *c, size_t k)
{
  size_t b = k + 1;
  if (poss_word(c, k)) {
    size_t n = b;
    /* (the "s" of "'s" is a word of its own when it is there) */
    if (n < c->ntok && c->toks[n].len == 1 && DL_LOWER(c->text[c->toks[n].start]) == 's') n++;
    /* (the apostrophe counts as punctuation before the noun) */
    if (n >= c->ntok || (c->toks[n].flags & (T_SSTART | T_COMMA)) || !(c->toks[n].flags & T_LOWER))
      return 0;
    if (word_in(person_owned, NELEM(person_owned), c->text + c->toks[n].start, c->toks[n].len))
      return 1;
    if (word_in(firm_owned, NELEM(firm_owned), c->text + c->toks[n].start, c->toks[n].len))
      return 2;
    return 0;
  }
  if (low_in(c, b, firm_owned, NELEM(firm_owned))) return 2;
  if (k >= 2 && !(c->toks[k].flags & (T_BREAK | T_SSTART))
      && ((low_word(c, k - 1, "of")
           && (low_word(c, k - 2, "shares") || low_word(c, k - 2, "stake")
               || low_word(c, k - 2, "unit") || low_word(c, k - 2, "subsidiary")))
          || (low_word(c, k - 1, "in")
              && (low_word(c, k - 2, "stake") || low_word(c, k - 2, "interest")))))
    return 2;
  if (low_word(c, b, "said") && low_word(c, b + 1, "in") && low_word(c, b + 2, "a")
      && low_word(c, b + 3, "statement"))
    return 2;
  if (low_word(c, b, "told")
      && (low_word(c, b + 1, "reporters") || low_word(c, b + 1, "journalists")))
    return 1;
  /* "hanged former president Najibullah": a post only a person holds, in
   * lower case right before the word (not "market leader Nokia": a firm
   * leads, too) */
  if (k >= 1 && !(c->toks[k].flags & T_BREAK)
      && low_in(c, k - 1, person_posts, NELEM(person_posts)))
    return 1;
  /* (in a team sport a club is "who" too: "Sampdoria, who lost") */
  if (!c->sport && b < c->ntok && (c->toks[b].flags & T_COMMA) && (c->toks[b].flags & T_LOWER)
      && !(c->toks[b].flags & T_SSTART)
      && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "who"))
    return 1;
  /* "Kinkel, the German foreign minister," (not "the market leader",
   * "the owner of the hotel": a firm may be those) */
  if (b + 1 < c->ntok && (c->toks[b].flags & T_COMMA) && !(c->toks[b].flags & T_SSTART)
      && (c->toks[b].flags & T_LOWER) && dl_word_eq(c->text + c->toks[b].start, c->toks[b].len, "the")) {
    static const char *const loose[] = {   /* sorted */
      "chief", "leader", "lock", "owner", "prop", "veteran", "whip", "wing" };
    size_t j;
    for (j = b + 1; j < c->ntok && j <= b + 4; j++) {
      const tok *t = &c->toks[j];
      if (t->flags & (T_BREAK | T_SSTART | T_DIGIT)) break;
      if ((t->flags & T_LOWER) && role_head(c, j)) {
        if (word_in(loose, NELEM(loose), c->text + t->start, t->len)) break;
        return 1;
      }
    }
  }
  if (low_word(c, b, "and") && (low_word(c, b + 1, "his") || low_word(c, b + 1, "her")))
    return 1;
  return 0;
}

/* "Kinkel told reporters ... Kinkel said on Friday", "President Clinton
 * ... the Clinton administration": one word no gazetteer knows, guessed
 * an organization (weak), is a person wherever the words around one of
 * its mentions say a person's, or a title was read with it, and none
 * says a firm's nor reads it as anything else. */
static dl_status person_cues(ctx *c)
{
  hmap h;
  uint8_t *cue;
  size_t i, ncand = 0;
  int any = 0;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (typed_word(m) && !m->strong && c->toks[m->tok0].gu < 0
        && !(c->toks[m->tok0].flags & (T_ALLCAPS | T_ABBR))) {
      ncand++;
      if (!any && word_cue(c, m->tok0) == 1) any = 1;
    } else if (!m->gz && m->ntok == 1 && !m->counterpart && m->type == DL_ENT_PERSON
               && m->tend > m->tstart)
      any = 1;
  }
  if (!ncand || !any) return DL_OK;
  if (hmap_init(&h, c->ar, c->nms) != DL_OK) return DL_ENOMEM;
  cue = (uint8_t *)arena_alloc(c->ar, c->nms);
  if (!cue) return DL_ENOMEM;
  memset(cue, 0, c->nms);
  /* each word's first mention holds what all of them say */
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    uint64_t key;
    int32_t v;
    int what;
    if (m->gz || m->counterpart || m->nend <= m->nstart) continue;
    if (typed_word(m) && !m->strong) what = word_cue(c, m->tok0);
    else if (m->ntok == 1 && m->type == DL_ENT_PERSON)
      what = m->tend > m->tstart || m->strong ? 1 : 0;
    else if (m->ntok == 1) what = 2;       /* a place, a firm for sure */
    else if (m->type == DL_ENT_ORGANIZATION
             && (m->ntok == 2 || TOK_IN(c, m->tok0 + m->ntok - 1, L_ORG_SUFFIX))) {
      /* "Kinkel Corp", "Kinkel Holdings": a firm's first word (not
       * "the Truman Presidential Library", named for a person) */
      const tok *f = &c->toks[m->tok0];
      key = hash_fold(c->text + f->start, f->len) | 1;
      hmap_put_first(&h, key, (int32_t)i);
      v = hmap_get(&h, key);
      cue[v] |= 2;
      continue;
    } else continue;
    key = hash_fold(c->text + m->nstart, m->nend - m->nstart) | 1;
    hmap_put_first(&h, key, (int32_t)i);
    v = hmap_get(&h, key);
    cue[v] |= (uint8_t)what;
  }
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    int32_t v;
    if (!typed_word(m) || m->strong) continue;
    v = hmap_get(&h, hash_fold(c->text + m->nstart, m->nend - m->nstart) | 1);
    if (v >= 0 && cue[v] == 1) {
      m->type = DL_ENT_PERSON;
      m->strong = 1;
    }
  }
  return DL_OK;
}

/* The key of name_sample_key for the word text[s, s + n), n >= 1. */
static uint64_t word_sample_key(const ctx *c, size_t s, size_t n)
{
  const unsigned char *w = (const unsigned char *)c->text + s;
  uint64_t k = (uint64_t)n << 32;
  k |= (uint64_t)(w[0] | 0x20) << 24 | (uint64_t)(w[1 < n ? 1 : 0] | 0x20) << 16
       | (uint64_t)(w[n / 2] | 0x20) << 8 | (uint64_t)(w[n - 1] | 0x20);
  return (k * 0x9E3779B97F4A7C15ull) | 1;
}

/* Does a preposition of place ("in", "at", "from", "near") come right
 * before token k? */
static int place_prep_before(ctx *c, size_t k)
{
  const tok *p;
  if (k == 0 || (c->toks[k].flags & T_BREAK)) return 0;
  p = &c->toks[k - 1];
  if (!(p->flags & T_LOWER)) return 0;
  return TOK_IN(c, k - 1, L_LOC_PREP) || dl_word_eq(c->text + p->start, p->len, "at")
         || dl_word_eq(c->text + p->start, p->len, "from")
         || dl_word_eq(c->text + p->start, p->len, "to");
}

/* Does "of" after a word for a town or its mayor come right before token
 * k ("the mayor of Milan", "the city of Munich"; not "fans of Milan")? */
static int town_of_before(ctx *c, size_t k)
{
  const tok *p, *q;
  if (k < 2 || (c->toks[k].flags & T_BREAK)) return 0;
  p = &c->toks[k - 1];
  q = &c->toks[k - 2];
  return p->len == 2 && (p->flags & T_LOWER) && !(p->flags & T_BREAK)
         && dl_word_eq(c->text + p->start, 2, "of") && (q->flags & T_LOWER)
         && (TOK_IN(c, k - 2, L_PLACE_NOUN) || dl_word_eq(c->text + q->start, q->len, "mayor")
             || dl_word_eq(c->text + q->start, q->len, "streets"));
}

/* Is m a company's name of two words or more ending in its legal form,
 * read for sure ("Toyota Motor Corp")? */
static int corp_ment(ctx *c, const ment *m)
{
  const tok *t;
  if (m->type != DL_ENT_ORGANIZATION || !m->strong || m->ntok < 2 || m->tok0 + m->ntok > c->ntok)
    return 0;
  if (corp_suffix(c, m->tok0 + m->ntok - 1)) return 1;
  /* the legal forms of continental Europe ("Banco Santander SA",
   * "Fiat SpA", "Siemens AG", "Nokia Oyj") */
  t = &c->toks[m->tok0 + m->ntok - 1];
  return (t->flags & T_CAP) && t->len >= 2 && t->len <= 4
         && word_in(legal_forms, NELEM(legal_forms), c->text + t->start, t->len);
}

/* Is m one word the built-in gazetteer reads as a place? */
static int builtin_place_word(const ctx *c, const ment *m)
{
  return m->ntok == 1 && m->gz && m->gz == c->gb && m->type == DL_ENT_LOCATION;
}

/* Towns past this many people are read as the town even beside a firm
 * named for them ("Osaka Gas ... in Osaka"). */
#define DL_MAX_FIRM_TOWN_POP 1000000

/* Is token k, the first word of organization m, a town of the built-in
 * gazetteer of fewer than DL_MAX_FIRM_TOWN_POP people, and m a company
 * with its legal form ("Toyota" of "Toyota Motor Corp", not "Texas" of
 * "Texas Air Corp")?  firm_named_for_town reads such a town alone as the
 * firm. */
static int firm_town(ctx *c, const ment *m, size_t k)
{
  const dl_gaz_entry *ge;
  if (c->toks[k].gb < 0 || m->ntok < 2 || !corp_suffix(c, m->tok0 + m->ntok - 1)) return 0;
  ge = gb_entry(c, k);
  return ge->kind == DL_GK_CITY && ge->population < DL_MAX_FIRM_TOWN_POP;
}

/* "Toyota Motor Corp said ... Toyota said sales rose": outside sport, a
 * town of the built-in gazetteer alone, of fewer than
 * DL_MAX_FIRM_TOWN_POP people, whose word opens a company's name with its
 * legal form (Inc, Corp, Co, Ltd, plc, LLC) in the same story, is that
 * company's short form, unless some mention of it reads as the place: the
 * dateline's town or after "the city of" (not after a preposition: "shares
 * in Toyota", "jobs at Hitachi" are the firm's). */
static dl_status firm_named_for_town(ctx *c)
{
  hmap firms, placed;
  size_t i, nfirm = 0, ntown = 0;
  if (c->games) return DL_OK;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (corp_ment(c, m))
      nfirm++;
    else if (builtin_place_word(c, m))
      ntown++;
  }
  if (!nfirm || !ntown) return DL_OK;
  if (hmap_init(&firms, c->ar, nfirm) != DL_OK || hmap_init(&placed, c->ar, ntown) != DL_OK)
    return DL_ENOMEM;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (corp_ment(c, m)) {
      const tok *f = &c->toks[m->tok0];
      hmap_put_first(&firms, word_sample_key(c, f->start, f->len), (int32_t)i);
      /* "Banco Santander SA ... Santander shares rose": after a bank's
       * or a group's generic first word, the word that names it */
      if (m->ntok >= 3 && (f->flags & T_LOWERCASE) && f->len >= 4 && f->len <= 9
          && word_in(firm_heads, NELEM(firm_heads), c->text + f->start, f->len)) {
        f = &c->toks[m->tok0 + 1];
        if ((f->flags & T_CAP) && !(f->flags & (T_POSS | T_BREAK)))
          hmap_put_first(&firms, word_sample_key(c, f->start, f->len), (int32_t)i);
      }
    }
  }
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (!builtin_place_word(c, m)) continue;
    if ((c->town_len && m->nstart == c->town_start) || town_of_before(c, m->tok0))
      hmap_put_first(&placed, name_sample_key(c, m), (int32_t)i);
  }
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    const dl_gaz_entry *ge;
    const tok *f;
    int32_t v;
    if (!builtin_place_word(c, m) || m->tend != m->tstart) continue;
    ge = dl_gazetteer_entry(m->gz, m->entry);
    if ((ge->kind != DL_GK_CITY && ge->kind != DL_GK_REGION)
        || (ge->kind == DL_GK_CITY && ge->population >= DL_MAX_FIRM_TOWN_POP))
      continue;
    v = hmap_get(&firms, name_sample_key(c, m));
    if (v < 0) continue;
    f = &c->toks[c->ms[v].tok0];
    /* the firm's first word, or the word after a generic one ("Banco
     * Santander"); a region only as the latter */
    if (!(c->ms[v].ntok >= 3
          && same_words(c->text, m->nstart, m->nend - m->nstart, f[1].start, f[1].len))
        && (ge->kind != DL_GK_CITY
            || !same_words(c->text, m->nstart, m->nend - m->nstart, f->start, f->len)))
      continue;
    if (holds_name(c, &placed, m)) continue;
    m->type = DL_ENT_ORGANIZATION;
    m->gz = NULL;
    m->strong = 0;   /* a short form, joined to the firm as "Ford" is */
  }
  return DL_OK;
}

/* Towns past this many people keep their name after a title ("Bishop
 * Auckland ... flew to Auckland": a town the gazetteer lacks, then the
 * city). */
#define DL_MAX_SURNAME_TOWN_POP 1000000

/* Is m one word of the built-in gazetteer read as a town of fewer than
 * DL_MAX_SURNAME_TOWN_POP people or a region ("Bush": a village in
 * Egypt; "Hassan": a town in India)? */
static int gazetteer_town(const ctx *c, const ment *m)
{
  const dl_gaz_entry *ge;
  if (!builtin_place_word(c, m)) return 0;
  ge = dl_gazetteer_entry(m->gz, m->entry);
  return (ge->kind == DL_GK_CITY && ge->population < DL_MAX_SURNAME_TOWN_POP)
         || ge->kind == DL_GK_REGION;
}

/* Was a title read right before m's name ("President Bush")? */
static int titled_before(const ment *m)
{
  return m->tstart < m->tend && m->tend <= m->nstart;
}

/* Does "in", "near" or "outside" come right before token k?  ("to",
 * "from", "at" come before people too: "a message to Bush".) */
static int in_near_before(const ctx *c, size_t k)
{
  const tok *p;
  if (k == 0 || (c->toks[k].flags & T_BREAK)) return 0;
  p = &c->toks[k - 1];
  if (!(p->flags & T_LOWER)) return 0;
  return dl_word_eq(c->text + p->start, p->len, "in")
         || dl_word_eq(c->text + p->start, p->len, "near")
         || dl_word_eq(c->text + p->start, p->len, "outside");
}

/* "President Bush ... Mr. Bush ... Bush said": a town's name right after
 * a person's title is a surname, and so is the same word alone in that
 * story, unless some mention of it reads as the place (the dateline's
 * town, after "in", "near", "outside" or "the city of"). */
static dl_status person_over_town(ctx *c)
{
  hmap titled, placed;
  size_t i, ntitled = 0, ntown = 0;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (!gazetteer_town(c, m)) continue;
    ntown++;
    if (titled_before(m)) ntitled++;
  }
  if (!ntitled) return DL_OK;
  if (hmap_init(&titled, c->ar, ntitled) != DL_OK || hmap_init(&placed, c->ar, ntown) != DL_OK)
    return DL_ENOMEM;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (!gazetteer_town(c, m)) continue;
    if (titled_before(m))
      hmap_put_first(&titled, name_sample_key(c, m), (int32_t)i);
    else if ((c->town_len && m->nstart == c->town_start) || town_of_before(c, m->tok0)
             || (in_near_before(c, m->tok0) && !(c->toks[m->tok0].flags & T_POSS)))
      hmap_put_first(&placed, name_sample_key(c, m), (int32_t)i);
  }
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    int has_title = titled_before(m);
    if (!gazetteer_town(c, m)) continue;
    if (!has_title) {
      /* (a region alone stays the region: "Bishop Auckland ... flew to
       * Auckland", "Queen Victoria ... in Victoria") */
      if (dl_gazetteer_entry(m->gz, m->entry)->kind != DL_GK_CITY) continue;
      if (!holds_name(c, &titled, m)) continue;
      if (holds_name(c, &placed, m)) continue;
    }
    m->type = DL_ENT_PERSON;
    m->gz = NULL;
    m->strong = (uint8_t)has_title;
  }
  return DL_OK;
}

/* Is m a club named after its town that club_over_town carries over:
 * an organization's name of two words or more, or a town or region of
 * the gazetteer alone that played (classify: "Surrey beat Kent")? */
static int town_club(const ctx *c, const ment *m)
{
  uint8_t kind;
  if (m->type != DL_ENT_ORGANIZATION || !m->strong) return 0;
  if (m->ntok >= 2) return 1;
  if (!m->gz || m->gz != c->gb || m->tend != m->tstart) return 0;   /* (no builtin: NULL) */
  kind = dl_gazetteer_entry(m->gz, m->entry)->kind;
  return kind == DL_GK_CITY || kind == DL_GK_REGION;
}

/* club_over_town's key for a town read alone as its club */
#define DL_TOWN_CLUB_ALONE(k) (((k) ^ 0x9E3779B97F4A7C15ull) | 1)

/* "VfB Stuttgart 3 ... leaders Stuttgart are clear of Bayern": in a team
 * sport, a town or region named alone (no preposition of place before it,
 * not in the dateline) is the club of two words or more named before
 * whose first or last word it is ("VfB Stuttgart", "Bayern Munich"), or
 * the town itself already read as its club ("Surrey beat Kent ... as
 * Surrey reached their target"); in the headline, only when the body
 * reads the town alone as the club too */
static dl_status club_over_town(ctx *c)
{
  hmap h;
  size_t i, nclub = 0, ntown = 0;
  if (!c->sport) return DL_OK;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (town_club(c, m)
        || (m->type == DL_ENT_ORGANIZATION && m->ntok == 1 && m->tend == m->tstart))
      nclub++;
    else if (m->type == DL_ENT_LOCATION && m->ntok == 1 && m->tend == m->tstart) ntown++;
  }
  if (!nclub || !ntown) return DL_OK;
  if (hmap_init(&h, c->ar, 3 * nclub + ntown) != DL_OK) return DL_ENOMEM;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    const tok *f, *l;
    f = &c->toks[m->tok0];
    /* (a one-word club named in the body, "Bayern finished second", for
     * the headline) */
    if (m->type == DL_ENT_ORGANIZATION && m->ntok == 1 && m->tend == m->tstart
        && (f->flags & T_CAP) && !(m->start >= c->head_start && m->start < c->head_end))
      hmap_put_first(&h, DL_TOWN_CLUB_ALONE(word_sample_key(c, f->start, f->len)), (int32_t)i);
    if (!town_club(c, m)) continue;
    l = &c->toks[m->tok0 + m->ntok - 1];
    if (f->flags & T_CAP) hmap_put_first(&h, word_sample_key(c, f->start, f->len), (int32_t)i);
    if (l->flags & T_CAP) hmap_put_first(&h, word_sample_key(c, l->start, l->len), (int32_t)i);
  }
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    const tok *t;
    int32_t v;
    int head;
    if (!(m->type == DL_ENT_LOCATION && m->ntok == 1 && m->tend == m->tstart) || !m->gz)
      continue;
    {
      uint8_t kind = dl_gazetteer_entry(m->gz, m->entry)->kind;
      if (kind != DL_GK_CITY && kind != DL_GK_REGION) continue;
    }
    head = m->start >= c->head_start && m->start < c->head_end;
    t = &c->toks[m->tok0];
    if ((t->flags & T_ALLCAPS) && !head) continue;
    v = hmap_get(&h, word_sample_key(c, t->start, t->len));
    /* "SOCCER - BAYERN HIRE TRAPATTONI" over "Bayern Munich ... Bayern
     * finished second": a headline's town is the club when the body
     * reads the town alone as the club too (a word before it, "IN",
     * "AT", may be a place's preposition: not so read) */
    if (head) {
      int32_t w = hmap_get(&h, DL_TOWN_CLUB_ALONE(word_sample_key(c, t->start, t->len)));
      if (w < 0 || !same_words(c->text, c->ms[w].nstart, c->ms[w].nend - c->ms[w].nstart,
                               t->start, t->len))
        continue;
    }
    if (v < 0 || (head ? c->ms[v].start < c->head_end || (m->tok0 > 0 && !(t->flags & T_BREAK)
                                                          && c->toks[m->tok0 - 1].len <= 4
                                                          && (TOK_IN(c, m->tok0 - 1, L_STOP)
                                                              || TOK_IN(c, m->tok0 - 1, L_LOC_PREP)))
                       : c->ms[v].start >= m->start)
        || place_prep_before(c, m->tok0) || town_of_before(c, m->tok0))
      continue;
    {
      const ment *club = &c->ms[v];
      const tok *f = &c->toks[club->tok0], *l = &c->toks[club->tok0 + club->ntok - 1];
      if ((f->len == t->len && same_words(c->text, f->start, f->len, t->start, t->len))
          || (l->len == t->len && same_words(c->text, l->start, l->len, t->start, t->len))) {
        m->type = DL_ENT_ORGANIZATION;
        if (!head)
          hmap_put_first(&h, DL_TOWN_CLUB_ALONE(word_sample_key(c, t->start, t->len)), (int32_t)i);
      }
    }
  }
  return DL_OK;
}

/* Is text[s, e) a list's joint: spaces and one comma, or "and"? */
static int list_gap(const char *t, size_t s, size_t e)
{
  size_t ncomma = 0;
  while (s < e && (t[s] == ' ' || t[s] == ',')) ncomma += t[s++] == ',';
  if (s == e) return ncomma == 1;
  if (e - s < 3 || !dl_word_eq(t + s, 3, "and")) return 0;
  for (s += 3; s < e && t[s] == ' '; s++) {}
  return s == e;
}

/* "Williams , Ferrari , Jordan , Ligier": in a sport story a country
 * between two teams of a list is a team of that name */
static dl_status team_in_list(ctx *c)
{
  size_t i;
  if (!c->games) return DL_OK;
  for (i = 1; i + 1 < c->nms; i++) {
    ment *m = &c->ms[i];
    const ment *p = &c->ms[i - 1], *n = &c->ms[i + 1];
    if (m->type != DL_ENT_LOCATION || m->ntok != 1 || !m->gz || m->tend != m->tstart
        || p->type != DL_ENT_ORGANIZATION || n->type != DL_ENT_ORGANIZATION
        || p->end > m->start || m->end > n->start
        || dl_gazetteer_entry(m->gz, m->entry)->kind != DL_GK_COUNTRY
        || !list_gap(c->text, p->end, m->start) || !list_gap(c->text, m->end, n->start))
      continue;
    m->type = DL_ENT_ORGANIZATION;
  }
  return DL_OK;
}

/* A firm the gazetteer names after its founders, two words and no
 * company word ("Eli Lilly", "Goldman Sachs", "Lockheed Martin"): news
 * shortens it to the surname, the last word after a given name
 * ("Lilly"), else the first ("Goldman", "Lockheed").  Put that word in
 * pre, the map of a body's front words, unless a body has it already;
 * the slot the name's two words reserve there holds it. */
static void founder_firm_short(ctx *c, const ent *x, int32_t i, hmap *pre)
{
  const ment *m = &c->ms[x->canon];
  const tok *t;
  const dl_gaz_entry *g;
  uint64_t key;
  size_t slot;
  if (x->type != DL_ENT_ORGANIZATION || !x->gz || x->gz == c->gu || m->ntok != 2
      || TOK_IN(c, m->tok0 + 1, L_ORG_SUFFIX))
    return;
  t = &c->toks[m->tok0];
  if (!(t->flags & T_CAP) || !(c->toks[m->tok0 + 1].flags & T_CAP)
      || !(t->flags & T_LOWERCASE) || !(c->toks[m->tok0 + 1].flags & T_LOWERCASE))
    return;
  g = t->gb >= 0 ? gb_entry(c, m->tok0) : NULL;
  if (dl_given_name_find(c->text + t->start, t->len)) t = &c->toks[m->tok0 + 1];
  else if (g && gb_end(c, m->tok0) == t->start + t->len) return;   /* a place's name */
  key = hash_fold(c->text + t->start, t->len);
  slot = hmap_slot(pre, key);
  if (!pre->keys[slot]) { pre->keys[slot] = key; pre->vals[slot] = i; pre->n++; }
}

/* Is len the length of a word known_as_person looks for ("as",
 * "dubbed", "nicknamed")?  Tested first: merge() asks for every mention. */
static int known_as_cue_len(uint32_t len)
{
  return len == 2 || len == 6 || len == 9;
}

/* The person mention before mention i when i follows "known as",
 * "nicknamed" or "dubbed" in the same sentence, within a few words of
 * it ("Joko Widodo, the outgoing leader popularly known as Jokowi");
 * else -1. */
static int32_t known_as_person(const ctx *c, size_t i)
{
  const ment *m = &c->ms[i];
  size_t k = m->tok0, j, cue;
  const tok *t;
  if (m->ntok > 2 || k < 2 || m->gz) return -1;
  t = &c->toks[k - 1];
  if (!(t->flags & T_LOWER) || !known_as_cue_len(t->len)) return -1;
  if (dl_word_eq(c->text + t->start, t->len, "as")) {
    t = &c->toks[k - 2];
    if (!dl_word_eq(c->text + t->start, t->len, "known")) return -1;
  } else if (!dl_word_eq(c->text + t->start, t->len, "nicknamed")
             && !dl_word_eq(c->text + t->start, t->len, "dubbed"))
    return -1;
  cue = dl_word_eq(c->text + t->start, t->len, "known") ? k - 2 : k - 1;
  for (j = i; j-- > 0;) {
    const ment *p = &c->ms[j];
    size_t q, pe = p->tok0 + p->ntok;
    if (pe > k) continue;     /* the headline's, read last */
    if (pe + DL_MAX_KNOWN_AS < k) return -1;
    for (q = p->tok0 + 1; q < k; q++)
      if (c->toks[q].flags & T_SSTART) return -1;
    if (p->type != DL_ENT_PERSON || p->counterpart) continue;
    /* the person's own name: a comma sets the description off ("Earvin
     * Johnson, known as Magic"), or only adverbs stand between
     * ("popularly known as"); not "John Smith founded a firm known as
     * Zentrix", "Ann Lee backed a plan dubbed Project Nova" */
    if (pe < cue && !(c->toks[pe].flags & T_COMMA))
      for (q = pe; q < cue; q++)
        if (!(c->toks[q].flags & T_LOWER) || c->toks[q].len < 4
            || !dl_word_eq(c->text + c->toks[q].start + c->toks[q].len - 2, 2, "ly"))
          return -1;
    return (int32_t)j;
  }
  return -1;
}

/* The mention right before mention i when i is a short form in capitals
 * introduced by "known as" after a comma or an opening parenthesis that
 * closes that name ("the Water Finance Authority, known as WIFA",
 * "the Directorate-General for Competition (known as DG COMP)"): one or
 * two words in capitals, the first letter opening a word of the name;
 * else -1. */
static int32_t known_as_acronym(const ctx *c, size_t i)
{
  const ment *m = &c->ms[i], *p;
  size_t k = m->tok0, j, q, last;
  int sep = 0, first = 0;
  if (m->ntok > 2 || k < 3 || i == 0) return -1;
  for (j = k; j < k + m->ntok; j++)
    if (!(c->toks[j].flags & T_ALLCAPS)) return -1;
  if (!dl_word_eq(c->text + c->toks[k - 1].start, c->toks[k - 1].len, "as")
      || !dl_word_eq(c->text + c->toks[k - 2].start, c->toks[k - 2].len, "known"))
    return -1;
  p = &c->ms[i - 1];
  if (p->ntok < 2 || p->tok0 + p->ntok != k - 2) return -1;
  last = p->tok0 + p->ntok - 1;
  for (q = c->toks[last].start + c->toks[last].len; q < c->toks[k - 2].start; q++) {
    if (c->text[q] == ',' || c->text[q] == '(') sep++;
    else if (c->text[q] != ' ') return -1;
  }
  if (sep != 1) return -1;
  for (j = p->tok0; j <= last; j++)
    if (c->text[c->toks[j].start] == c->text[c->toks[k].start]) first = 1;
  return first ? (int32_t)(i - 1) : -1;
}

/* Is token k a member_nouns word, with or without a possessive's
 * apostrophe ("Supporters'")? */
static int member_noun(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t n = t->len;
  if (n > 1 && c->text[t->start + n - 1] == '\'') n--;
  return n > 3 && c->text[t->start + n - 1] == 's'
         && word_in(member_nouns, NELEM(member_nouns), c->text + t->start, n);
}

/* Is token k a lower-case word for a sector's shares ("Bank stocks",
 * "Bank shares", "Insurance issues")? */
static int sector_shares_after(const ctx *c, size_t k)
{
  const tok *t;
  if (k >= c->ntok) return 0;
  t = &c->toks[k];
  if (!(t->flags & T_LOWER) || (t->flags & T_BREAK) || t->len != 6) return 0;
  return dl_word_eq(c->text + t->start, 6, "stocks") || dl_word_eq(c->text + t->start, 6, "shares")
         || dl_word_eq(c->text + t->start, 6, "issues");
}

/* Is token k a word a club's name ends with that is no place's
 * ("United", "Rovers"), the last of its name? */
static int club_word(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return t->len >= 4 && t->len <= 9 && (t->flags & T_CAP) && !(t->flags & T_ALLCAPS)
         && word_in(club_after_city, NELEM(club_after_city), c->text + t->start, t->len);
}

/* Do mentions x and y, a comma between, stand in a list: "and" or "or"
 * after y (", and" too), a comma and a capital after y, the sentence's
 * end after y, or a comma and another mention right before x? */
static int list_goes_on(const ctx *c, const ment *x, const ment *y)
{
  uint32_t p = y->end, q = x->start;
  int comma = 0;
  while (p < c->len && (c->text[p] == ' ' || c->text[p] == ',')) comma |= c->text[p++] == ',';
  if ((p + 4 <= c->len && dl_word_eq(c->text + p, 3, "and") && c->text[p + 3] == ' ')
      || (p + 3 <= c->len && dl_word_eq(c->text + p, 2, "or") && c->text[p + 2] == ' ')
      || (comma && p < c->len && DL_IS_UPPER(c->text[p])))
    return 1;   /* (a comma and a capital: "Lee, Ito, Ray") */
  while (q > 0 && c->text[q - 1] == ' ') q--;
  /* a list that ends there: "Tries: Joost van der Westhuizen, Andre
   * Joubert." (not after "of", "for", "at": "signed by the chief of
   * Brightline, Tom Ito." sets his name off in apposition) */
  if (!comma && (p >= c->len || c->text[p] == '.' || c->text[p] == ';' || c->text[p] == '\n')) {
    uint32_t b = q;
    while (b > 0 && DL_IS_ALPHA(c->text[b - 1])) b--;
    if (!(b < q && (b == 0 || !DL_IS_ALPHA(c->text[b - 1]))
          && word_in(apposition_preps, NELEM(apposition_preps), c->text + b, q - b)))
      return 1;
  }
  if (q == 0 || c->text[q - 1] != ',') return 0;
  q--;
  while (q > 0 && c->text[q - 1] == ' ') q--;
  return x > c->ms && x[-1].end == q;
}

/* Is x a football club: two words club_name reads as one, or a longer
 * organization's name ending in a club's word ("West Ham United")? */
static int club_entity(ctx *c, const ent *x)
{
  const ment *m = &c->ms[x->canon];
  if (x->type != DL_ENT_ORGANIZATION || m->ntok < 2) return 0;
  if (m->ntok == 2) return club_name(c, m->tok0);
  return m->ntok <= 4 && club_word(c, m->tok0 + m->ntok - 1);
}

/* The key of a name of three or four words whose inner words are all
 * middle initials ("Emmanuel J. Macron", "George H. W. Bush", "John
 * F.X. Kerr"): the first and last words, as a name of two is hashed;
 * 0 for any other name */
static uint64_t middle_initial_key(const ctx *c, const ment *m)
{
  char buf[DL_MAX_FOLD_NAME];
  const tok *f, *l;
  size_t k;
  if (m->ntok < 3 || m->ntok > 4) return 0;
  f = &c->toks[m->tok0];
  l = &c->toks[m->tok0 + m->ntok - 1];
  if (!(f->flags & T_CAP) || (f->flags & T_ABBR) || !(l->flags & T_CAP) || (l->flags & T_ABBR)
      || f->len + 1 + l->len > sizeof buf)
    return 0;
  for (k = m->tok0 + 1; k < m->tok0 + m->ntok - 1; k++) {
    const tok *t = &c->toks[k];
    if (!initials_tok(c, k)
        && !((t->flags & T_ABBR) && t->len == 2 && DL_IS_UPPER(c->text[t->start])
             && c->text[t->start + 1] == '.'))
      return 0;
  }
  memcpy(buf, c->text + f->start, f->len);
  buf[f->len] = ' ';
  memcpy(buf + f->len + 1, c->text + l->start, l->len);
  return name_hash(buf, f->len + 1 + l->len);
}

/* The key of a person's name for nick_merge(): its first and last words
 * (middle initials left out, as middle_initial_key), or 0 when it is not
 * a given name and surname with at most middle initials between. */
static uint64_t nick_name_key(const ctx *c, const ent *x)
{
  const ment *m = &c->ms[x->canon];
  const tok *f = &c->toks[m->tok0], *l = &c->toks[m->tok0 + m->ntok - 1];
  if (x->type != DL_ENT_PERSON || x->gz || m->ntok < 2 || m->ntok > 4) return 0;
  if (m->ntok > 2) return middle_initial_key(c, m);
  if (!(f->flags & T_CAP) || (f->flags & T_ABBR) || !(l->flags & T_CAP)
      || (l->flags & (T_ABBR | T_HYPH)))
    return 0;
  return name_hash(c->text + m->nstart, m->nend - m->nstart);
}

/* Do the middle initials of the canonical names of a and b agree (the
 * same, or one name has none)? */
static int nick_middles_agree(const ctx *c, const ent *a, const ent *b)
{
  const ment *ma = &c->ms[a->canon], *mb = &c->ms[b->canon];
  size_t sa, ea, sb, eb;
  if (ma->ntok <= 2 || mb->ntok <= 2) return 1;
  sa = c->toks[ma->tok0 + 1].start;
  ea = c->toks[ma->tok0 + ma->ntok - 1].start;
  sb = c->toks[mb->tok0 + 1].start;
  eb = c->toks[mb->tok0 + mb->ntok - 1].start;
  return name_hash(c->text + sa, ea - sa) == name_hash(c->text + sb, eb - sb);
}

/* Does a kinship noun after a possessive follow mention m as its
 * apposition ("Bob Anand, his brother, said")? */
static int kin_follows(const ctx *c, const ment *m)
{
  size_t b = m->end, e;
  if (b + 2 >= c->len || c->text[b] != ',' || c->text[b + 1] != ' ') return 0;
  b += 2;
  for (e = b; e < c->len && e - b < 6 && DL_IS_LOWER(c->text[e]); e++) {}
  if (e == b || e >= c->len || c->text[e] != ' '
      || !word_in(kin_owners, NELEM(kin_owners), c->text + b, e - b))
    return 0;
  for (b = ++e; e < c->len && e - b < 16 && DL_IS_LOWER(c->text[e]); e++) {}
  return e > b && word_in(kin_words, NELEM(kin_words), c->text + b, e - b);
}

/* Step 1c of merge(): each person named with a short form of a given
 * name ("Greg Voss") made the alias of the one person named with its
 * full form and the same surname ("Gregory Voss"); not when either is
 * named as a relative ("Bob Anand, his brother": two of one family). */
static dl_status nick_merge(ctx *c, ent *e, size_t ne)
{
  hmap full;
  int32_t *cand, *seen;
  uint32_t *sidx;
  uint8_t *kin;
  size_t i, n = 0, nshort = 0;
  char buf[DL_MAX_FOLD_NAME];
  for (i = 0; i < ne; i++)
    if (e[i].alias_of < 0 && nick_name_key(c, &e[i])) {
      const tok *f = &c->toks[c->ms[e[i].canon].tok0];
      n++;
      if (short_form_at(c->text + f->start, f->len) < NELEM(given_short_forms)) nshort++;
    }
  if (!nshort || n < 2) return DL_OK;
  if (hmap_init(&full, c->ar, n + 1) != DL_OK) return DL_ENOMEM;
  cand = (int32_t *)arena_alloc(c->ar, ne * sizeof *cand);
  seen = (int32_t *)arena_alloc(c->ar, ne * sizeof *seen);
  sidx = (uint32_t *)arena_alloc(c->ar, (c->nms ? c->nms : 1) * sizeof *sidx);
  kin = (uint8_t *)arena_alloc(c->ar, ne);
  if (!cand || !seen || !sidx || !kin) return DL_ENOMEM;
  memset(kin, 0, ne);
  /* every name keyed by its given name and surname; two people's
   * (two roots) make the key ambiguous */
  for (i = 0; i < ne; i++) {
    uint64_t key = nick_name_key(c, &e[i]);
    int32_t r = find_root(e, (int32_t)i);
    size_t slot;
    cand[i] = -1;
    if (!key) continue;
    slot = hmap_slot(&full, key);
    if (!full.keys[slot]) { full.keys[slot] = key; full.vals[slot] = r; }
    else if (full.vals[slot] != r) full.vals[slot] = -1;
  }
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    const tok *f = &c->toks[m->tok0], *l = &c->toks[m->tok0 + m->ntok - 1];
    size_t k = short_form_at(c->text + f->start, f->len);
    if (e[i].alias_of >= 0 || k >= NELEM(given_short_forms) || !nick_name_key(c, &e[i])) continue;
    for (; k < NELEM(given_short_forms)
           && dl_word_eq(c->text + f->start, f->len, given_short_forms[k].nick); k++) {
      size_t fl = strlen(given_short_forms[k].full);
      int32_t v;
      if (fl + 1 + l->len > sizeof buf) continue;
      memcpy(buf, given_short_forms[k].full, fl);
      buf[fl] = ' ';
      memcpy(buf + fl + 1, c->text + l->start, l->len);
      v = hmap_get(&full, name_hash(buf, fl + 1 + l->len));
      if (v == -2) continue;
      if (v < 0 || v == (int32_t)i || !nick_middles_agree(c, &e[i], &e[v])) { cand[i] = -2; break; }
      if (cand[i] == -1) cand[i] = v;
      else if (cand[i] != v) { cand[i] = -2; break; }
    }
  }
  /* the sentence of each mention; then, one pass each way, a short
   * form's person whose full form's person was last seen in the same
   * sentence is another person */
  {
    size_t si, pass;
    for (i = 0; i < c->nms; i++) {
      size_t lo = 0, hi = c->nsent;
      while (lo < hi) {          /* the last sentence starting at or before it */
        size_t mid = lo + (hi - lo) / 2;
        if (c->sents[mid].start <= c->ms[i].start) lo = mid + 1;
        else hi = mid;
      }
      sidx[i] = (uint32_t)lo;
      if (c->ms[i].ent >= 0 && (kin_introduced(c, &c->ms[i]) || kin_follows(c, &c->ms[i])))
        kin[find_root(e, c->ms[i].ent)] = 1;
    }
    for (pass = 0; pass < 2; pass++) {
      for (i = 0; i < ne; i++) seen[i] = -1;
      for (si = 0; si < c->nms; si++) {
        size_t mi = pass ? c->nms - 1 - si : si;
        int32_t x = c->ms[mi].ent, r;
        if (x < 0) continue;
        r = find_root(e, x);
        seen[r] = (int32_t)sidx[mi];
        if (cand[r] >= 0 && seen[find_root(e, cand[r])] == (int32_t)sidx[mi]) cand[r] = -2;
      }
    }
  }
  for (i = 0; i < ne; i++)
    if (cand[i] >= 0 && !kin[i] && !kin[find_root(e, cand[i])]) e[i].alias_of = find_root(e, cand[i]);
  return DL_OK;
}

/* Is m's first word a bank's or a group's generic one ("Banco" of
 * "Banco Santander SA", "Deutsche" of "Deutsche Telekom AG"; not of
 * "Deutsche Bank AG", whose next word is a body's), so that the words
 * after it name the firm too? */
static int generic_first(ctx *c, const ment *m)
{
  const tok *f = &c->toks[m->tok0];
  return m->nstart == f->start && (f->flags & T_LOWERCASE) && f->len <= 9
         && (word_in(firm_heads, NELEM(firm_heads), c->text + f->start, f->len)
             || (dl_word_eq(c->text + f->start, f->len, "deutsche")
                 && !TOK_IN(c, m->tok0 + 1, L_ORG_HEAD)));
}

static dl_status merge(ctx *c, ent **out, size_t *nout)
{
  hmap h, names, acr, pre, heads, tails;
  ent *e = NULL;
  size_t ne = 0, i, ncp = 0;
  dl_status st = DL_ENOMEM;
  size_t nwords = 0;   /* words of all mentions and two more each: the
                          most shared_names keys */
  int particle;         /* a surname after its particle ("Von Pierer") */
  size_t nshared = 0;   /* entities that are a word of two people's names */
  size_t nknown_as = 0; /* names read after "known as" (known_as_person) */
  uint8_t *titled = NULL; /* entities of a place named after a title */
  *out = NULL;
  *nout = 0;
  for (i = 0; i < c->nms; i++) nwords += c->ms[i].ntok + 2;
  {
    /* their tables die with them */
    arena_mark am = arena_save(c->ar);
    dl_status tst = same_name_types(c);
    if (tst == DL_OK) tst = person_cues(c);
    if (tst == DL_OK) tst = firm_over_place(c);
    if (tst == DL_OK) tst = firm_named_for_town(c);
    if (tst == DL_OK) tst = person_over_town(c);
    if (tst == DL_OK) tst = club_over_town(c);
    if (tst == DL_OK) tst = team_in_list(c);
    arena_release(c->ar, &am);
    if (tst != DL_OK) goto done;
  }
  if (hmap_init(&h, c->ar, c->nms) != DL_OK) goto done;
  e = (ent *)arena_alloc(c->ar, (c->nms ? c->nms : 1) * sizeof *e);
  if (!e) goto done;

  /* a name after "known as" is a person's, as the name before it
   * (known_as_person): typed so before step 1 joins it with the same
   * name after a title ("Pak Jokowi") */
  {
    uint64_t known[DL_MAX_KNOWN_AS_NAMES];
    size_t nknown = 0, j;
    for (i = 1; i < c->nms && nknown < DL_MAX_KNOWN_AS_NAMES; i++)
      if (c->ms[i].tok0 >= 2 && (c->toks[c->ms[i].tok0 - 1].flags & T_LOWER)
          && known_as_cue_len(c->toks[c->ms[i].tok0 - 1].len) && known_as_person(c, i) >= 0)
        known[nknown++] = hash_fold(c->text + c->ms[i].nstart, c->ms[i].nend - c->ms[i].nstart);
    nknown_as = nknown;
    for (i = 0; nknown && i < c->nms; i++) {
      ment *m = &c->ms[i];
      if (m->type == DL_ENT_PERSON || m->gz || m->counterpart) continue;
      for (j = 0; j < nknown; j++)
        if (known[j] == hash_fold(c->text + m->nstart, m->nend - m->nstart)) m->type = DL_ENT_PERSON;
    }
  }
  /* 1. same gazetteer entry, or same name and type */
  for (i = 0; i < c->nms; i++) {
    ment *m = &c->ms[i];
    uint64_t key;
    size_t slot;
    if (m->counterpart) { m->ent = -1; ncp++; continue; }   /* step 4 */
    key = ment_key(c, m);
    slot = hmap_slot(&h, key);
    if (h.keys[slot]) {
      ent *x = &e[h.vals[slot]];
      m->ent = h.vals[slot];
      if (m->strong && !x->strong) { x->strong = 1; x->type = m->type; }
      if (m->ntok > c->ms[x->canon].ntok
          || (m->ntok == c->ms[x->canon].ntok && m->nend - m->nstart > c->ms[x->canon].nend - c->ms[x->canon].nstart)
          /* "CAPE CANAVERAL" of a dateline, "Cape Canaveral" in the
           * story: the name as the story writes it */
          || (m->ntok == c->ms[x->canon].ntok
              && m->nend - m->nstart == c->ms[x->canon].nend - c->ms[x->canon].nstart
              && (c->toks[c->ms[x->canon].tok0].flags & T_ALLCAPS)
              && !(c->toks[m->tok0].flags & T_ALLCAPS)))
        x->canon = (int32_t)i;
      if (!x->gender) x->gender = m->gender;
    } else {
      h.keys[slot] = key;
      h.vals[slot] = (int32_t)ne;
      e[ne].canon = (int32_t)i;
      e[ne].alias_of = -1;
      e[ne].shared = 0;
      e[ne].type = m->type;
      e[ne].strong = m->strong;
      e[ne].gender = m->gender;
      e[ne].gz = m->gz;
      e[ne].entry = m->entry;
      e[ne].first_pos = m->start;
      m->ent = (int32_t)ne;
      ne++;
    }
  }

  /* 1b. "Emmanuel Macron" after "Emmanuel J. Macron": a name of two
   * words is the one person whose name is those words around middle
   * initials; none when two people's are ("George Bush" beside "George
   * W. Bush" and "George H. W. Bush"). Done before step 2 so that the
   * shorter name does not make the surname ambiguous ("Mr. Walden") */
  {
    hmap mid;
    size_t nmid = 0;
    for (i = 0; i < ne; i++)
      if (e[i].type == DL_ENT_PERSON && !e[i].gz && c->ms[e[i].canon].ntok >= 3) nmid++;
    if (nmid) {
      if (hmap_init(&mid, c->ar, nmid + 1) != DL_OK) goto done;
      for (i = 0; i < ne; i++) {
        uint64_t key = middle_initial_key(c, &c->ms[e[i].canon]);
        if (e[i].type == DL_ENT_PERSON && !e[i].gz && key) {
          size_t slot = hmap_slot(&mid, key);
          if (!mid.keys[slot]) { mid.keys[slot] = key; mid.vals[slot] = (int32_t)i; }
          else if (mid.vals[slot] != (int32_t)i) mid.vals[slot] = -1;
        }
      }
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        int32_t v;
        if (e[i].type != DL_ENT_PERSON || e[i].gz || m->ntok != 2
            || !(c->toks[m->tok0].flags & T_CAP) || !(c->toks[m->tok0 + 1].flags & T_CAP)
            || (c->toks[m->tok0 + 1].flags & T_ABBR))
          continue;
        v = hmap_get(&mid, name_hash(c->text + m->nstart, m->nend - m->nstart));
        if (v >= 0 && v != (int32_t)i) e[i].alias_of = v;
      }
    }
  }
  /* 1c. "Greg Voss" of "Gregory Voss": a name whose given name is a
   * short form is the one person named with the full form and the same
   * surname, who is canonical.  Not when two people have that full name,
   * when the middle initials differ ("Tom J. Reid", "Thomas K. Reid"), or
   * when one sentence names both (two people: "Tom Reid and Thomas
   * Reid").  Before step 2, so that "Voss" alone is not ambiguous. */
  if (nick_merge(c, e, ne) != DL_OK) goto done;
  /* 2. a given name or surname alone -> the person it belongs to; an
   * acronym -> the organization whose initials it spells.  The tables
   * hold what the loop below puts: a person's words and at most four
   * more keys (two surnames, the two opening words, a particle's
   * surname, a hyphenated one); an organization's or a place's four
   * acronyms at most, a person's one. */
  {
    size_t nname = 0, nacr = 0;
    for (i = 0; i < ne; i++) {
      const ment *m = &c->ms[e[i].canon];
      if (e[i].type == DL_ENT_PERSON && m->ntok >= 2) nname += m->ntok + 4;
      if (e[i].type == DL_ENT_ORGANIZATION || e[i].type == DL_ENT_LOCATION) nacr += 4;
      else if (e[i].type == DL_ENT_PERSON && m->ntok >= 3) nacr++;
    }
    if (hmap_init(&names, c->ar, nname + 1) != DL_OK || hmap_init(&acr, c->ar, nacr + 1) != DL_OK
        || hmap_init(&tails, c->ar, ne + 1) != DL_OK)
      goto done;
  }
  /* the two surnames that close a name of three words or more
   * ("Mendoza Ruiz" of "Carlos Mendoza Ruiz"): a person named by them
   * alone is that one, an alias below, whose words must not make the
   * first surname alone ("Mendoza") ambiguous */
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    size_t last = m->tok0 + m->ntok - 1;
    if (e[i].type == DL_ENT_PERSON && m->ntok >= 3 && !m->gz && e[i].alias_of < 0
        && (c->toks[last - 1].flags & T_CAP) && !(c->toks[last - 1].flags & T_ABBR)
        && !(c->toks[last].flags & T_HYPH) && !particle_surname(c, m))
      hmap_put_name(&tails, c->text, c->toks[last - 1].start,
                    c->toks[last].start + c->toks[last].len, (int32_t)i);
  }
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    if (e[i].type == DL_ENT_PERSON && m->ntok == 2 && !m->gz && e[i].alias_of < 0) {
      int32_t v = hmap_get(&tails, name_hash(c->text + m->nstart, m->nend - m->nstart));
      if (v != -2 && v != (int32_t)i) continue;
    }
    if (e[i].type == DL_ENT_PERSON && m->ntok >= 2 && !m->gz && e[i].alias_of < 0
        && !particle_surname(c, m)) {   /* itself an alias */
      /* the first and last words, and the inner capitalized ones of a
       * name of three words or more ("Lula" of "Luiz Inacio Lula da
       * Silva", the first of two surnames: "Sheinbaum" of "Claudia
       * Sheinbaum Pardo"; not a middle name's "Paul" of "John Paul
       * Jones", a known given name) */
      size_t j, last = m->tok0 + m->ntok - 1;
      for (j = m->tok0; j <= last; j++) {
        const tok *t = &c->toks[j];
        uint64_t key;
        size_t slot;
        if (j != m->tok0 && j != last
            && (m->ntok < 3 || !(t->flags & T_CAP) || t->len < 3 || (t->flags & T_ABBR)
                || (m->ntok == 3 && (c->toks[j + 1].flags & T_HYPH))
                || (m->ntok == 3 && t->gb >= 0 && gb_entry(c, j)->kind == DL_GK_GIVEN)))
          continue;
        /* not "Salman" of "Abdulaziz bin Salman": the father's name
         * after "bin", "ibn" or "bint" is another man's ("King Salman");
         * with the particle it is this one's ("Bin Salman said") */
        if (j > m->tok0 && (c->toks[j - 1].flags & T_LOWER) && c->toks[j - 1].len <= 4
            && (dl_word_eq(c->text + c->toks[j - 1].start, c->toks[j - 1].len, "bin")
                || dl_word_eq(c->text + c->toks[j - 1].start, c->toks[j - 1].len, "ibn")
                || dl_word_eq(c->text + c->toks[j - 1].start, c->toks[j - 1].len, "bint"))) {
          hmap_put_name(&names, c->text, c->toks[j - 1].start, t->start + t->len, (int32_t)i);
          continue;
        }
        key = name_hash(c->text + t->start, t->len);
        slot = hmap_slot(&names, key);
        if (!names.keys[slot]) { names.keys[slot] = key; names.vals[slot] = (int32_t)i; }
        else if (names.vals[slot] != (int32_t)i && (j == m->tok0 || j == last))
          names.vals[slot] = -1;   /* ambiguous; an inner word never makes it so:
                                      "Kumar" stays Nitish Kumar's after
                                      "Sanjay Kumar Pandey" */
      }
      /* two surnames whole: "Sheinbaum Pardo" of "Claudia Sheinbaum
       * Pardo", "Inman Grant" of "Julie Inman Grant" */
      if (m->ntok >= 3 && (c->toks[last - 1].flags & T_CAP)
          && !(c->toks[last - 1].flags & T_ABBR) && !(c->toks[last].flags & T_HYPH))
        hmap_put_name(&names, c->text, c->toks[last - 1].start,
                      c->toks[last].start + c->toks[last].len, (int32_t)i);
      /* the two words of a name of three that open it: "Sri Mulyani" of
       * "Sri Mulyani Indrawati", "Carlos Alvarez" of "Carlos Alvarez
       * Garcia" (not a middle initial's "Thomas J.") */
      if (m->ntok == 3 && (c->toks[m->tok0 + 1].flags & T_CAP)
          && !(c->toks[m->tok0 + 1].flags & (T_ABBR | T_HYPH)) && !(c->toks[last].flags & T_HYPH)
          && c->toks[m->tok0 + 1].len >= 3)
        hmap_put_name(&names, c->text, c->toks[m->tok0].start,
                      c->toks[m->tok0 + 1].start + c->toks[m->tok0 + 1].len, (int32_t)i);
      /* a surname with a particle inside whole: "Corrêa do Lago" of
       * "André Corrêa do Lago" */
      if (m->ntok >= 4 && inner_particle(c, last - 2))
        hmap_put_name(&names, c->text, c->toks[last - 2].start,
                      c->toks[last].start + c->toks[last].len, (int32_t)i);
      /* and with two particles: "Fernandez de la Vega" of "Lucia
       * Fernandez de la Vega" */
      if (m->ntok >= 5 && inner_particle2(c, last - 3))
        hmap_put_name(&names, c->text, c->toks[last - 3].start,
                      c->toks[last].start + c->toks[last].len, (int32_t)i);
      /* a hyphenated surname whole: "Bayrou-Lemaire" of "Francois
       * Bayrou-Lemaire" */
      if (c->toks[last].flags & T_HYPH) {
        size_t hs = last;
        while (hs > m->tok0 + 1 && (c->toks[hs - 1].flags & T_HYPH)) hs--;
        if (hs - 1 > m->tok0)
          hmap_put_name(&names, c->text, c->toks[hs - 1].start,
                        c->toks[last].start + c->toks[last].len, (int32_t)i);
      }
    }
    if (e[i].type == DL_ENT_ORGANIZATION || e[i].type == DL_ENT_LOCATION) {
      char buf[16];
      size_t n;
      if (m->ntok >= 2 && (n = initials(c, m, buf, sizeof buf)) != 0) {
        uint64_t key = hash_fold(buf, n);
        size_t slot = hmap_slot(&acr, key);
        if (!acr.keys[slot]) { acr.keys[slot] = key; acr.vals[slot] = (int32_t)i; }
        /* "Nippon Telegraph and Telephone Corp" is also "NTT" */
        if (n >= 3 && TOK_IN(c, m->tok0 + m->ntok - 1, L_ORG_SUFFIX)) {
          key = hash_fold(buf, n - 1);
          slot = hmap_slot(&acr, key);
          if (!acr.keys[slot]) { acr.keys[slot] = key; acr.vals[slot] = (int32_t)i; }
        }
      }
      if (m->ntok == 3 && (c->toks[m->tok0 + 1].flags & T_LOWER)) {
        const tok *t0 = &c->toks[m->tok0], *t2 = &c->toks[m->tok0 + 2];
        /* "BOJ" of "Bank of Japan": the connector's letter spelled too */
        if ((n = initials_all(c, m, buf, sizeof buf)) != 0)
          hmap_put_first(&acr, hash_fold(buf, n), (int32_t)i);
        /* "Justice Department" of "Department of Justice" */
        if (e[i].type == DL_ENT_ORGANIZATION && (t2->flags & T_CAP)
            && dl_word_eq(c->text + c->toks[m->tok0 + 1].start, c->toks[m->tok0 + 1].len, "of")
            && word_in(dept_words, NELEM(dept_words), c->text + t0->start, t0->len)
            && t2->len + 1 + t0->len <= DL_MAX_SWAP_NAME) {
          char sw[DL_MAX_SWAP_NAME];
          memcpy(sw, c->text + t2->start, t2->len);
          sw[t2->len] = ' ';
          memcpy(sw + t2->len + 1, c->text + t0->start, t0->len);
          hmap_put_first(&acr, hash_fold(sw, t2->len + 1 + t0->len), (int32_t)i);
        }
      }
    }
    /* "MBS" of "Mohammed bin Salman", "JFK" of "John F. Kennedy": the
     * letters of every word of a name of three or more */
    if (e[i].type == DL_ENT_PERSON && m->ntok >= 3 && !m->gz) {
      char buf[16];
      size_t n = initials_all(c, m, buf, sizeof buf);
      if (n == m->ntok) hmap_put_first(&acr, hash_fold(buf, n), (int32_t)i);
    }
  }
  /* the front words of a company's name ("WEDGE" of "WEDGE Group Inc",
   * "Presidential Airways" of "Presidential Airways Inc"): the first
   * company to have them */
  {
    size_t npre = 0;
    for (i = 0; i < ne; i++) {
      const ment *m = &c->ms[e[i].canon];
      if ((e[i].type == DL_ENT_ORGANIZATION || e[i].type == DL_ENT_LOCATION)
          && m->ntok >= 2 && m->ntok <= DL_MAX_RUN_TOKENS) {
        npre += m->ntok;     /* (one more: the name after a leading "NV") */
        if (generic_first(c, m)) npre += m->ntok;   /* the words after it */
      }
    }
    if (hmap_init(&pre, c->ar, npre + 1) != DL_OK) goto done;
    for (i = 0; i < ne; i++) {
      const ment *m = &c->ms[e[i].canon];
      size_t k;
      size_t kend;
      int whole = 0;   /* only the words before "of" whole */
      int generic;     /* the words after a generic first word too */
      if ((e[i].type != DL_ENT_ORGANIZATION && e[i].type != DL_ENT_LOCATION)
          || m->ntok < 2 || m->ntok > DL_MAX_RUN_TOKENS
          || (e[i].gz && e[i].gz == c->gu))
        continue;
      /* "Philips" of "NV Philips", "Volvo" of "AB Volvo": a company's
       * legal form written first (Dutch, Swedish, Indonesian style), the
       * name after it */
      if (e[i].type == DL_ENT_ORGANIZATION && m->nstart == c->toks[m->tok0].start
          && (c->toks[m->tok0].flags & T_ALLCAPS) && c->toks[m->tok0].len <= 3
          && (c->toks[m->tok0 + 1].flags & T_CAP) && !(c->toks[m->tok0 + 1].flags & T_BREAK)
          && TOK_IN(c, m->tok0, L_ORG_SUFFIX) && !TOK_IN(c, m->tok0 + m->ntok - 1, L_ORG_SUFFIX)) {
        const tok *t = &c->toks[m->tok0 + 1];
        uint64_t key = hash_fold(c->text + t->start, m->nend - t->start);
        size_t slot = hmap_slot(&pre, key);
        if (!pre.keys[slot]) { pre.keys[slot] = key; pre.vals[slot] = (int32_t)i; pre.n++; }
        continue;
      }
      if (e[i].type == DL_ENT_LOCATION) {
        /* "Aegean" of "Aegean Sea", "Hudson" of "Hudson River" */
        if (!TOK_IN(c, m->tok0 + m->ntok - 1, L_LOC_SUFFIX)) continue;
        kend = m->tok0 + m->ntok - 1;
      } else if (TOK_IN(c, m->tok0 + m->ntok - 1, L_ORG_SUFFIX)) kend = m->tok0 + m->ntok - 1;
      else if (m->ntok >= 3 && TOK_IN(c, m->tok0, L_ORG_HEAD)
               && (c->toks[m->tok0 + 1].flags & T_LOWER))
        kend = m->tok0 + 1;          /* "the Bank" of "Bank of England" */
      else if (m->ntok >= 4 && (kend = m->tok0 + m->ntok - 2) > m->tok0 + 1
               && dl_word_eq(c->text + c->toks[kend].start, c->toks[kend].len, "of")
               && TOK_IN(c, kend - 1, L_ORG_SUFFIX) && c->toks[kend + 1].gb >= 0
               && gb_entry(c, kend + 1)->type == DL_ENT_LOCATION
               && gb_end(c, kend + 1) == m->nend)
        whole = 1;                   /* "Election Commission" of "... of India" */
      else continue;
      generic = e[i].type == DL_ENT_ORGANIZATION && generic_first(c, m);
      for (k = m->tok0; k < kend; k++) {
        const tok *t = &c->toks[k];
        uint64_t key;
        size_t slot;
        if (k + 1 < kend && member_noun(c, k + 1)) break;
        if (whole && k + 1 < kend) continue;
        /* a possessive inside the name ends it; one on the suffix is
         * the whole name's ("Alphabet Inc's Google": "Alphabet") */
        if (!(t->flags & T_CAP) || (k + 1 < kend && (c->toks[k + 1].flags & T_POSS))) continue;
        if (k == m->tok0 && (TOK_IN(c, k, L_NOTPER)
                             || (gb_end(c, k) == t->start + t->len && !firm_town(c, m, k))))
          continue;                  /* not "Texas" of "Texas Air Corp" */
        key = hash_fold(c->text + m->nstart, t->start + t->len - m->nstart);
        slot = hmap_slot(&pre, key);
        if (!pre.keys[slot]) { pre.keys[slot] = key; pre.vals[slot] = (int32_t)i; pre.n++; }
        /* "Santander" of "Banco Santander SA" (firm_town then reads the
         * place's word as the firm's) */
        if (k > m->tok0 && generic) {
          const tok *f = &c->toks[m->tok0 + 1];
          key = hash_fold(c->text + f->start, t->start + t->len - f->start);
          slot = hmap_slot(&pre, key);
          if (!pre.keys[slot]) { pre.keys[slot] = key; pre.vals[slot] = (int32_t)i; pre.n++; }
        }
      }
    }
    for (i = 0; i < ne; i++) founder_firm_short(c, &e[i], (int32_t)i, &pre);
  }
  /* the last word of a body's name alone ("the Commission" of "European
   * Commission", "the Ministry" of "Foreign Ministry"): the one body
   * whose name ends with it; none when two do */
  {
    size_t nhead = 0;
    for (i = 0; i < ne; i++)
      if ((e[i].type == DL_ENT_ORGANIZATION || e[i].type == DL_ENT_LOCATION)
          && c->ms[e[i].canon].ntok >= 2)
        nhead++;
    if (hmap_init(&heads, c->ar, nhead + 1) != DL_OK) goto done;
    for (i = 0; i < ne; i++) {
      const ment *m = &c->ms[e[i].canon];
      size_t last = m->tok0 + m->ntok - 1;
      const tok *t = &c->toks[last];
      uint64_t key;
      size_t slot;
      /* ("the Strip" of "Las Vegas Strip": a place's last word too) */
      if (m->ntok < 2 || !(t->flags & T_CAP) || (e[i].gz && e[i].gz == c->gu)
          || !(e[i].type == DL_ENT_ORGANIZATION ? TOK_IN(c, last, L_ORG_SUFFIX)
               : e[i].type == DL_ENT_LOCATION && TOK_IN(c, last, L_LOC_SUFFIX)))
        continue;
      key = hash_fold(c->text + t->start, t->len);
      slot = hmap_slot(&heads, key);
      if (!heads.keys[slot]) {
        heads.keys[slot] = key;
        heads.vals[slot] = (int32_t)i;
        heads.n++;
      } else if (heads.vals[slot] >= 0 && find_root(e, heads.vals[slot]) != find_root(e, (int32_t)i))
        heads.vals[slot] = -1;
    }
  }
  /* the places named after a person's title ("President Bush"): read
   * as a surname two people share, below */
  titled = (uint8_t *)arena_alloc(c->ar, ne ? ne : 1);
  if (titled) {
    memset(titled, 0, ne ? ne : 1);
    for (i = 0; i < c->nms; i++) {
      const ment *m = &c->ms[i];
      if (m->ent >= 0 && m->tstart < m->tend && m->gz && e[m->ent].type == DL_ENT_LOCATION
          && titled[m->ent] == 0)
        titled[m->ent] = 1;
    }
    /* not when the story also has the place ("met in Lyon ... President
     * Lyon"): the titled mention stays with it, as before */
    for (i = 0; i < c->nms; i++) {
      const ment *m = &c->ms[i];
      if (m->ent >= 0 && m->tstart == m->tend && m->gz && place_prep_before(c, m->tok0))
        titled[m->ent] = 2;
    }
  }
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    if (heads.n && m->ntok == 1 && !e[i].gz
        && ((e[i].type == DL_ENT_ORGANIZATION && TOK_IN(c, m->tok0, L_ORG_SUFFIX))
            || (!e[i].strong && e[i].type != DL_ENT_PERSON && TOK_IN(c, m->tok0, L_LOC_SUFFIX)))
        && c->toks[m->tok0].len >= 4
        && (c->toks[m->tok0].flags & T_LOWERCASE)
        && !TOK_IN(c, m->tok0, L_ABBREV)) {      /* not "Ltd", "Corp", "AG" alone */
      int32_t v = hmap_get(&heads, hash_fold(c->text + c->toks[m->tok0].start,
                                             c->toks[m->tok0].len));
      if (v >= 0 && v != (int32_t)i) {
        e[i].alias_of = v;
        continue;
      }
    }
    if (!e[i].gz && (e[i].type == DL_ENT_ORGANIZATION || !e[i].strong) && pre.n
        /* a body's head word alone is its short form ("the Bank said"),
         * not the sector's shares a sentence opens with ("Bank stocks
         * led the way" after "the Bank of France") */
        && !(m->ntok == 1 && TOK_IN(c, m->tok0, L_ORG_HEAD) && !e[i].strong
             && sector_shares_after(c, m->tok0 + 1))) {
      uint64_t key = hash_fold(c->text + m->nstart, m->nend - m->nstart);
      size_t slot = hmap_slot(&pre, key);
      if (pre.keys[slot] && pre.vals[slot] != (int32_t)i) {
        e[i].alias_of = pre.vals[slot];
        continue;
      }
    }
    /* "the Justice Department" after "the Department of Justice" */
    if (e[i].type == DL_ENT_ORGANIZATION && m->ntok == 2 && !e[i].gz
        && word_in(dept_words, NELEM(dept_words), c->text + c->toks[m->tok0 + 1].start,
                   c->toks[m->tok0 + 1].len)) {
      int32_t v = hmap_get(&acr, hash_fold(c->text + m->nstart, m->nend - m->nstart));
      if (v >= 0 && v != (int32_t)i) {
        e[i].alias_of = v;
        continue;
      }
    }
    /* "Von Pierer" of "Heinrich von Pierer": the surname after its
     * particle; "Morel-Dupont" of "Jean Morel-Dupont": the hyphenated
     * surname whole */
    particle = e[i].type == DL_ENT_PERSON && !e[i].gz && particle_surname(c, m);
    if (particle) {              /* "Bin Salman": step 2 keeps it whole */
      int32_t v = hmap_get(&names, name_hash(c->text + m->nstart, m->nend - m->nstart));
      if (v >= 0 && v != (int32_t)i) {
        e[i].alias_of = v;
        continue;
      }
    }
    if (m->ntok != 1 && !particle && !one_hyphenated(c, m)
        && !(m->ntok == 2 && e[i].type == DL_ENT_PERSON && !e[i].gz)
        && !(m->ntok == 3 && e[i].type == DL_ENT_PERSON && !e[i].gz && inner_particle(c, m->tok0))
        && !(m->ntok == 4 && (e[i].type == DL_ENT_PERSON || !e[i].strong) && !e[i].gz
             && inner_particle2(c, m->tok0)))
      continue;
    if (e[i].gz && e[i].gz == c->gu) continue;
    /* "King Juan Carlos" after "Juan Carlos Ferrero": a ruler goes by a
     * compound given name alone, so it is no alias of a longer name
     * ("Juan Miguel" of "Juan Miguel Gonzalez" stays one) */
    if (m->ntok == 2 && m->tok0 > 0 && given_word(c, m->tok0 + 1)
        && word_in(ruler_words, NELEM(ruler_words), c->text + c->toks[m->tok0 - 1].start,
                   c->toks[m->tok0 - 1].len))
      continue;
    {
      const tok *t = &c->toks[particle ? m->tok0 + m->ntok - 1 : m->tok0];
      const dl_gaz_entry *ge = e[i].gz ? dl_gazetteer_entry(e[i].gz, e[i].entry) : NULL;
      const tok *u = &c->toks[m->tok0 + m->ntok - 1];
      uint64_t key = name_hash(c->text + t->start, u->start + u->len - t->start
                                                   - ((u->flags & T_ABBR) ? 1 : 0));
      size_t slot;
      if (!ge || ge->kind == DL_GK_CITY || ge->kind == DL_GK_REGION || ge->kind == DL_GK_GIVEN) {
        slot = hmap_slot(&names, key);
        if (names.keys[slot] && names.vals[slot] >= 0 && names.vals[slot] != (int32_t)i
            && (e[i].type == DL_ENT_PERSON || !e[i].strong || !ge || ge->kind != DL_GK_COUNTRY)) {
          e[i].alias_of = names.vals[slot];
          continue;
        }
        /* ("President Bush", "Mr. Bush" beside Joe Bush and Hunter
         * Bush: a place's name after a person's title is the surname
         * the two men share, not the village) */
        if (names.keys[slot] && names.vals[slot] == -1 && m->ntok == 1
            && (e[i].type == DL_ENT_PERSON || !e[i].strong || (titled && titled[i] == 1))) {
          e[i].shared = 1;
          nshared++;
        }
      }
      /* ("BoE" of "Bank of England", "BoJ": a connector's letter in
       * lower case between capitals) */
      if ((t->flags & T_ALLCAPS)
          || (m->ntok == 1 && t->len == 3 && e[i].type != DL_ENT_PERSON
              && DL_IS_UPPER(c->text[t->start])
              && c->text[t->start + 1] >= 'a' && c->text[t->start + 1] <= 'z'
              && DL_IS_UPPER(c->text[t->start + 2]))) {
        slot = hmap_slot(&acr, key);
        if (acr.keys[slot] && acr.vals[slot] != (int32_t)i && (!ge || !e[i].strong))
          e[i].alias_of = acr.vals[slot];
      }
    }
  }
  /* "the National Renewal Alliance (ARN)": an acronym in parentheses
   * right after a body's name is its short form even when its letters
   * spell the name in another language (a party's own initials) */
  for (i = 1; i < c->nms; i++) {
    const ment *m = &c->ms[i], *p = &c->ms[i - 1];
    int32_t ra, rb;
    if (m->ent < 0 || p->ent < 0 || p->ntok < 2 || p->tok0 + p->ntok != m->tok0
        || (m->ntok == 1 ? !(acronym_in_parens(c, m->tok0) || short_form_in_parens(c, m->tok0, p))
                         : !hyph_acronym_in_parens(c, m)))
      continue;
    ra = find_root(e, m->ent);
    rb = find_root(e, p->ent);
    if (ra != rb && !e[ra].gz && e[ra].type == DL_ENT_ORGANIZATION
        && e[rb].type == DL_ENT_ORGANIZATION)
      e[ra].alias_of = rb;
    /* "the Electoral Commission (EC)", "National Regeneration Movement
     * (Morena)": the story defines the word, over the gazetteer's
     * meaning of it (when the story names that no other way) */
    else if (ra != rb && e[ra].gz && e[ra].type != DL_ENT_PERSON && c->ms[e[ra].canon].ntok == 1
             && e[rb].type == DL_ENT_ORGANIZATION && !e[rb].gz)
      e[ra].alias_of = rb;
  }
  /* "the Justice and Development Party (AK Party)", "Together for
   * Catalonia (Junts)": a body's other name, alone in parentheses right
   * after its name, is the body's too (both organizations the story
   * names, neither a name the gazetteer knows) */
  for (i = 1; i < c->nms; i++) {
    const ment *m = &c->ms[i], *p = &c->ms[i - 1];
    int32_t ra, rb;
    if (m->ent < 0 || p->ent < 0 || p->ntok < 2 || m->ntok > 4 || !name_in_parens(c, p, m))
      continue;
    ra = find_root(e, m->ent);
    rb = find_root(e, p->ent);
    if (ra != rb && !e[ra].gz && !e[rb].gz && e[ra].type == DL_ENT_ORGANIZATION
        && e[rb].type == DL_ENT_ORGANIZATION)
      e[ra].alias_of = rb;
  }
  /* "the Water Finance Authority, known as WIFA": the capitals after
   * "known as" are the body's short form, as in parentheses */
  for (i = 1; i < c->nms; i++) {
    int32_t p = c->ms[i].ent < 0 ? -1 : known_as_acronym(c, i);
    int32_t ra, rb;
    if (p < 0 || c->ms[p].ent < 0) continue;
    ra = find_root(e, c->ms[i].ent);
    rb = find_root(e, c->ms[p].ent);
    if (ra != rb && !e[ra].gz && e[ra].type == DL_ENT_ORGANIZATION
        && e[rb].type == DL_ENT_ORGANIZATION)
      e[ra].alias_of = rb;
  }
  /* "Joko Widodo, popularly known as Jokowi": the name after "known as"
   * or "nicknamed" is the person's named just before it */
  for (i = 1; nknown_as && i < c->nms; i++) {
    const ment *m = &c->ms[i];
    int32_t p = known_as_person(c, i);
    int32_t ra, rb;
    if (p < 0 || m->ent < 0 || c->ms[p].ent < 0) continue;
    ra = find_root(e, m->ent);
    rb = find_root(e, c->ms[p].ent);
    if (ra != rb && !e[ra].gz && e[ra].type == DL_ENT_PERSON
        && c->ms[e[ra].canon].ntok <= c->ms[e[rb].canon].ntok)
      e[ra].alias_of = rb;
  }
  /* "Leverkusen", "Bayern" after "Bayer Leverkusen", "Bayern Munich":
   * outside a scoreboard story (where the city plays in its own right),
   * a word of a club's name alone is the club, unless a mention reads as
   * the place ("in Leverkusen", the dateline's town) */
  /* (in a scoreboard story too, the club's word alone when not a place:
   * "United" of "Manchester United", none when two clubs end with it) */
  {
    size_t nclub = 0;
    for (i = 0; i < ne; i++)
      if (club_entity(c, &e[i]))
        nclub++;
    if (nclub) {
      hmap clubs;
      uint8_t *placey = (uint8_t *)arena_alloc(c->ar, ne);
      if (!placey || hmap_init(&clubs, c->ar, 2 * nclub + 1) != DL_OK) goto done;
      memset(placey, 0, ne);
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        size_t k;
        if (!club_entity(c, &e[i])) continue;
        for (k = m->tok0; k < m->tok0 + m->ntok; k++) {
          uint64_t key = hash_fold(c->text + c->toks[k].start, c->toks[k].len);
          size_t slot;
          if ((c->sport || m->ntok > 2) && !club_word(c, k)) continue;
          slot = hmap_slot(&clubs, key);
          if (!clubs.keys[slot]) { clubs.keys[slot] = key; clubs.vals[slot] = (int32_t)i; }
          else if (clubs.vals[slot] != (int32_t)i) clubs.vals[slot] = -1;
        }
      }
      for (i = 0; i < c->nms; i++) {
        const ment *m = &c->ms[i];
        const tok *p;
        if (m->ent < 0) continue;
        if (c->town_len && m->nstart == c->town_start) placey[m->ent] = 1;
        if (m->tok0 == 0) continue;
        p = &c->toks[m->tok0 - 1];
        if ((p->flags & T_LOWER) && m->start == m->nstart
            && (dl_word_eq(c->text + p->start, p->len, "in")
                || dl_word_eq(c->text + p->start, p->len, "near")
                || dl_word_eq(c->text + p->start, p->len, "outside")))
          placey[m->ent] = 1;
      }
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        int32_t v;
        if (m->ntok != 1 || e[i].alias_of >= 0 || placey[i] || e[i].type == DL_ENT_PERSON
            || (e[i].gz && e[i].gz == c->gu))
          continue;
        v = hmap_get(&clubs, hash_fold(c->text + m->nstart, m->nend - m->nstart));
        if (v >= 0 && v != (int32_t)i) e[i].alias_of = v;
      }
    }
  }
  /* "the Suns" after "Phoenix Suns": a team's plural last word alone is
   * the team, whatever it was guessed to be (a nickname, no surname) */
  {
    size_t nteam = 0;
    for (i = 0; i < ne; i++) {
      const ment *m = &c->ms[e[i].canon];
      if (e[i].type == DL_ENT_ORGANIZATION && m->ntok >= 2 && m->ntok <= 4
          && (team_name(c, m->tok0, m->tok0 + m->ntok)
              || the_given_plural(c, m->tok0, m->tok0 + m->ntok)))
        nteam++;
    }
    if (nteam) {
      hmap teams;
      if (hmap_init(&teams, c->ar, 4 * nteam + 1) != DL_OK) goto done;
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        const tok *l;
        uint64_t key;
        size_t slot;
        if (e[i].type != DL_ENT_ORGANIZATION || m->ntok < 2 || m->ntok > 4
            || !(team_name(c, m->tok0, m->tok0 + m->ntok)
                 || the_given_plural(c, m->tok0, m->tok0 + m->ntok)))
          continue;
        l = &c->toks[m->tok0 + m->ntok - 1];
        key = hash_fold(c->text + l->start, l->len);
        slot = hmap_slot(&teams, key);
        if (!teams.keys[slot]) { teams.keys[slot] = key; teams.vals[slot] = (int32_t)i; }
        else if (teams.vals[slot] != (int32_t)i) teams.vals[slot] = -1;
        /* "BLUE JAYS" of "Toronto Blue Jays", "Red Wings" of "Detroit
         * Red Wings": a town's team of three words, its last two too */
        if (m->ntok == 3 && (c->toks[m->tok0 + 1].flags & T_CAP)) {
          const tok *f = &c->toks[m->tok0 + 1];
          key = hash_fold(c->text + f->start, l->start + l->len - f->start);
          slot = hmap_slot(&teams, key);
          if (!teams.keys[slot]) { teams.keys[slot] = key; teams.vals[slot] = (int32_t)i; }
          else if (teams.vals[slot] != (int32_t)i) teams.vals[slot] = -1;
        }
      }
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        int32_t v;
        if (m->ntok > 2 || e[i].alias_of >= 0 || e[i].gz || e[i].type == DL_ENT_LOCATION) continue;
        v = hmap_get(&teams, hash_fold(c->text + m->nstart, m->nend - m->nstart));
        if (v >= 0 && v != (int32_t)i) e[i].alias_of = v;
      }
    }
  }
  /* "Florence is crowded" after "in Florence": one word the gazetteer
   * does not know, guessed an organization, is the place of that name
   * read elsewhere in the story */
  {
    hmap places;
    size_t np = 0;
    for (i = 0; i < ne; i++)
      if (e[i].type == DL_ENT_LOCATION && !e[i].gz && e[i].alias_of < 0
          && c->ms[e[i].canon].ntok == 1)
        np++;
    /* (not "in Chemical's customer base": a possessive after "in" is
     * no sure place) */
    if (np) {
      if (hmap_init(&places, c->ar, np + 1) != DL_OK) goto done;
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        if (e[i].type == DL_ENT_LOCATION && !e[i].gz && e[i].alias_of < 0 && m->ntok == 1
            && !poss_after(c, m->tok0))
          hmap_put_first(&places, hash_fold(c->text + m->nstart, m->nend - m->nstart),
                         (int32_t)i);
      }
      for (i = 0; i < ne; i++) {
        const ment *m = &c->ms[e[i].canon];
        int32_t v;
        if (e[i].type != DL_ENT_ORGANIZATION || e[i].strong || e[i].gz || e[i].alias_of >= 0
            || m->ntok != 1 || (c->toks[m->tok0].flags & T_ALLCAPS))
          continue;
        v = hmap_get(&places, hash_fold(c->text + m->nstart, m->nend - m->nstart));
        if (v >= 0 && v != (int32_t)i) e[i].alias_of = v;
      }
    }
  }
  /* "Shining Aspen is trained in Ireland" after "5-2 Shining Aspen": a
   * name of two words or more that was only guessed a type is the entity
   * of the same name that a cue typed (step 1 keys names by type) */
  for (i = 0; i < ne; i++) {
    const ment *m = &c->ms[e[i].canon];
    uint64_t base;
    int t;
    if (e[i].strong || e[i].gz || e[i].alias_of >= 0 || m->ntok < 2) continue;
    base = hash_fold(c->text + m->nstart, m->nend - m->nstart);
    for (t = DL_ENT_LOCATION; t <= DL_ENT_MISC; t++) {
      size_t slot;
      int32_t v;
      if (t == e[i].type) continue;
      slot = hmap_slot(&h, base ^ ((uint64_t)t << 60));
      if (!h.keys[slot]) continue;
      v = h.vals[slot];
      /* (not a person: a title may type a place's name as one, "the
       * state of Baden-Wuerttemberg") */
      if (v != (int32_t)i && e[v].strong && !e[v].gz && e[v].type != DL_ENT_PERSON
          && find_root(e, v) != (int32_t)i) {
        e[i].alias_of = v;
        break;
      }
    }
  }
  for (i = 0; i < c->nms; i++)
    if (c->ms[i].ent >= 0) {
      int32_t r = find_root(e, c->ms[i].ent);
      /* a title word no person's surname claimed is no name */
      c->ms[i].ent = c->ms[i].surname_only && r == c->ms[i].ent ? -1 : r;
    }
  if (nshared) {
    arena_mark am = arena_save(c->ar);   /* its three tables die with it */
    dl_status sst = shared_names(c, e, nwords);
    arena_release(c->ar, &am);
    if (sst != DL_OK) goto done;
  }

  /* 3. "Xi and Putin": a guessed type follows a known partner */
  for (i = 0; i + 1 < c->nms; i++) {
    ment *x = &c->ms[i], *y = &c->ms[i + 1];
    ent *ex, *ey;
    uint32_t gap_s = x->end, gap_e = y->start, p;
    int ok = 0, px, py;
    if (x->ent < 0 || y->ent < 0) continue;
    ex = &e[x->ent];
    ey = &e[y->ent];
    px = ex->type == DL_ENT_PERSON && (ex->strong || c->ms[ex->canon].ntok >= 2);
    py = ey->type == DL_ENT_PERSON && (ey->strong || c->ms[ey->canon].ntok >= 2);
    if (x->ent == y->ent || px == py) continue;
    if ((px && ey->strong) || (py && ex->strong)) continue;
    if (gap_e <= gap_s || gap_e - gap_s > 6) continue;
    p = gap_s;
    while (p < gap_e && c->text[p] == ' ') p++;
    if (p + 3 <= gap_e && dl_word_eq(c->text + p, 3, "and")) { p += 3; ok = 1; }
    else if (p < gap_e && c->text[p] == ',') { p++; ok = 2; }
    while (p < gap_e && c->text[p] == ' ') p++;
    if (!ok || p != gap_e) continue;
    /* a comma alone joins a list only where the list goes on ("Lee, Tom
     * Ito and Ann Ray"); "the spokesman for Acme, Tom Ito, said" sets a
     * name off in apposition */
    if (ok == 2 && !list_goes_on(c, x, y)) continue;
    {
      /* the guessed side must look like a name ("Easter, Boren said") */
      const ment *g = &c->ms[px ? ey->canon : ex->canon];
      if (!person_shape(c, g->tok0, g->tok0 + g->ntok)) continue;
    }
    if (px) { ey->type = DL_ENT_PERSON; ey->strong = 1; }
    else { ex->type = DL_ENT_PERSON; ex->strong = 1; }
  }

  /* 4. "his Chinese counterpart" -> the one person with that nationality
   * (two or none: the mention is dropped) */
  if (ncp) {
    hmap nat;
    if (hmap_init(&nat, c->ar, c->nms) != DL_OK) goto done;
    /* "Sen. Jane Roe, D-Wash.": a person, a comma or a parenthesis, a
     * party's letter and a hyphen, then a state's abbreviation */
    uint32_t tag[DL_MAX_PARTY_TAGS];
    int32_t tag_ent[DL_MAX_PARTY_TAGS];
    size_t ntag = 0;
    for (i = 1; i < c->nms && ntag < DL_MAX_PARTY_TAGS; i++) {
      const ment *m = &c->ms[i], *q = &c->ms[i - 1];
      uint32_t s = m->nstart;
      if (m->type != DL_ENT_LOCATION || m->ntok != 1 || s < 4 || c->text[s - 1] != '-'
          || !memchr("DRI", c->text[s - 2], 3) || q->ent < 0 || q->counterpart
          || e[q->ent].type != DL_ENT_PERSON || q->end + 4 < s - 2 || q->end > s - 2)
        continue;
      tag[ntag] = (uint32_t)i;
      tag_ent[ntag++] = q->ent;
    }
    for (i = 0; i < c->nms; i++) {
      ment *m = &c->ms[i];
      const tok *l = &c->toks[m->tok0 + m->ntok - 1];
      size_t j;
      int32_t who = -2;
      if (m->counterpart != 2) continue;
      for (j = 0; j < ntag && who != -1; j++) {
        const ment *t = &c->ms[tag[j]];
        if (c->text[t->nstart - 2] == c->text[l->start]
            && abbrev_of(c->text, t->nstart, t->nend, m->ostart, m->oend))
          who = who == -2 || who == tag_ent[j] ? tag_ent[j] : -1;
      }
      if (who >= 0) m->ent = who;
    }
    for (i = 0; i < c->nms; i++) {
      const ment *m = &c->ms[i];
      if (m->nat && !m->counterpart && m->ent >= 0 && e[m->ent].type == DL_ENT_PERSON) {
        uint64_t key = hash_fold(m->nat, strlen(m->nat));
        size_t slot = hmap_slot(&nat, key);
        if (!nat.keys[slot]) { nat.keys[slot] = key; nat.vals[slot] = m->ent; }
        else if (nat.vals[slot] != m->ent) nat.vals[slot] = -1;
      }
    }
    /* "the Saudi crown prince": the person of that title and nationality;
     * else the one of that title and no nationality */
    {
      hmap same, bare;
      if (hmap_init(&same, c->ar, c->nms) != DL_OK || hmap_init(&bare, c->ar, c->nms) != DL_OK)
        goto done;
      for (i = 0; i < c->nms; i++) {
        const ment *q = &c->ms[i];
        hmap *hm;
        uint64_t key;
        size_t slot;
        if (q->ent < 0 || q->counterpart || q->tend <= q->tstart || e[q->ent].type != DL_ENT_PERSON)
          continue;
        key = hash_fold(c->text + q->tstart, q->tend - q->tstart);
        if (q->nat) key ^= hash_fold(q->nat, strlen(q->nat)) * 31u;
        hm = q->nat ? &same : &bare;
        slot = hmap_slot(hm, key);
        if (!hm->keys[slot]) { hm->keys[slot] = key; hm->vals[slot] = q->ent; }
        else if (hm->vals[slot] != q->ent) hm->vals[slot] = -1;
      }
      for (i = 0; i < c->nms; i++) {
        ment *m = &c->ms[i];
        const tok *t0 = &c->toks[m->tok0], *t1 = &c->toks[m->tok0 + m->ntok - 1];
        uint64_t key;
        int32_t v = -2;
        if (m->counterpart != 3) continue;
        key = hash_fold(c->text + t0->start, t1->start + t1->len - t0->start);
        if (m->nat) v = hmap_get(&same, key ^ (hash_fold(m->nat, strlen(m->nat)) * 31u));
        if (v >= 0) m->ent = v;
        else if (v == -2 && (v = hmap_get(&bare, key)) >= 0) m->ent = v;
      }
    }
    for (i = 0; i < c->nms; i++) {
      ment *m = &c->ms[i];
      if (m->counterpart == 1) {
        uint64_t key = hash_fold(m->nat, strlen(m->nat));
        size_t slot = hmap_slot(&nat, key);
        if (nat.keys[slot] && nat.vals[slot] >= 0) m->ent = nat.vals[slot];
      }
    }
  }
  st = DL_OK;
done:
  if (st != DL_OK) return st;
  *out = e;
  *nout = ne;
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Result                                                              */
/* ------------------------------------------------------------------ */

/* Words a role set off by commas may run to, its article aside ("the
 * deputy housing minister"). */
#define DL_MAX_APPOSITIVE_ROLE 4


/* Is token k a role word that heads an appositive ("minister",
 * "spokeswoman", a title of the gazetteer in lower case)? */
static int role_head(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const dl_gaz_entry *ge = gb_entry(c, k);
  if (t->flags & (T_POSS | T_DIGIT | T_ALLCAPS)) return 0;
  return TOK_IN(c, k, L_ROLE)
      || word_in(appositive_heads, NELEM(appositive_heads), c->text + t->start, t->len)
      || (ge && ge->kind == DL_GK_TITLE && gb_end(c, k) == t->start + t->len);
}

/* May token k be a word of a role phrase before its head: a lower-case
 * modifier ("housing", "former") or a body's capitalized word ("the
 * Labour leader"), not a function word, a number or a possessive? */
static int role_word(ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  if (t->flags & (T_POSS | T_DIGIT)) return 0;
  if (TOK_IN(c, k, L_STOP))
    return t->len == 6 && dl_word_eq(c->text + t->start, 6, "former");
  return 1;
}

/* Is token k "a", "an" or "the"? */
static int role_article(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->start;
  return (t->len == 1 && (w[0] == 'a' || w[0] == 'A'))
      || (t->len == 2 && dl_word_eq(w, 2, "an"))
      || (t->len == 3 && dl_word_eq(w, 3, "the"));
}

/* The role a person's mention m is set off with, when the text names
 * none before the name: "Lucy Ward, the housing minister, said", "Jane
 * Doe, a spokeswoman for the firm," (after it, an age between: "Ann
 * Lee, 67, a retired teacher,") or "The housing minister, Lucy Ward,
 * said" (before it, opening the sentence).  Sets [*ts, *te) to its words
 * without the article; 0 when there is none. */
static int appositive_role(ctx *c, const ment *m, uint32_t *ts, uint32_t *te)
{
  size_t a = m->tok0, b = m->tok0 + m->ntok, k, h;
  if (m->ntok == 0 || b > c->ntok) return 0;
  /* after the name */
  k = b;
  if (k + 1 < c->ntok && (c->toks[k].flags & T_COMMA) && (c->toks[k].flags & T_DIGIT)
      && c->toks[k].len <= 3 && (c->toks[k + 1].flags & T_COMMA))
    k++;   /* an age */
  if (k < c->ntok && (c->toks[k].flags & T_COMMA)) {
    size_t s;
    if (role_article(c, k) && !(c->toks[k].flags & T_POSS)) k++;
    /* "Ruth Ellison, Alphabet's chief financial officer,", "..., the
     * company's spokeswoman,": the role without its owner */
    if (k + 1 < c->ntok && (c->toks[k].flags & T_POSS)
        && !(c->toks[k].flags & T_DIGIT)
        /* (the possessive's own break: only "'s" and a space between) */
        && (c->toks[k + 1].start == c->toks[k].start + c->toks[k].len + 3
            || c->toks[k + 1].start == c->toks[k].start + c->toks[k].len + 5)
        && !(c->toks[k + 1].flags & T_COMMA))
      k++;
    /* "formerly staff director of ...": the role without its adverb */
    if (k + 1 < c->ntok && (c->toks[k].flags & T_LOWER) && c->toks[k].len > 4
        && dl_word_eq(c->text + c->toks[k].start + c->toks[k].len - 2, 2, "ly"))
      k++;
    s = k;
    for (h = k; h < c->ntok && h < s + DL_MAX_APPOSITIVE_ROLE; h++) {
      if (h > s && (c->toks[h].flags & (T_BREAK | T_COMMA | T_SSTART))) break;
      if (!role_word(c, h)) break;
    }
    /* the head ends the phrase: a comma, a preposition or "who" after
     * it, or the sentence's end */
    if (h > s && role_head(c, h - 1)
        && (h >= c->ntok || (c->toks[h].flags & (T_BREAK | T_COMMA | T_SSTART))
            || TOK_IN(c, h, L_STOP))) {
      *ts = c->toks[s].start;
      *te = c->toks[h - 1].start + c->toks[h - 1].len;
      return 1;
    }
  }
  /* before it: the sentence opens with the role, and a comma closes the
   * name ("After meeting the minister, Lucy Ward said" names two) */
  if (a >= 1 && (c->toks[a].flags & T_COMMA) && b < c->ntok && (c->toks[b].flags & T_COMMA)
      && role_head(c, a - 1)) {
    size_t s = a - 1;
    while (s > 0 && a - s < DL_MAX_APPOSITIVE_ROLE && !(c->toks[s].flags & (T_BREAK | T_COMMA))
           && role_word(c, s - 1))
      s--;
    if (s > 0 && !(c->toks[s].flags & T_COMMA)
        && ((c->toks[s - 1].flags & T_POSS)
            || (role_article(c, s - 1) && !(c->toks[s].flags & T_BREAK)))) {
      /* "The housing minister,", "Britain's housing minister,", "The
       * government's housing minister," */
      size_t o = s - 1;
      if ((c->toks[o].flags & T_POSS) && o > 0 && role_article(c, o - 1)
          && !(c->toks[o].flags & (T_BREAK | T_COMMA)))
        o--;
      if (!(c->toks[o].flags & T_SSTART)) return 0;
    } else if (!(c->toks[s].flags & T_SSTART)) {
      return 0;   /* the first role word opens the sentence */
    }
    *ts = c->toks[s].start;
    *te = c->toks[a - 1].start + c->toks[a - 1].len;
    return 1;
  }
  return 0;
}

/* Is text[0, n) a courtesy title alone ("Mr.", "Ms", "Mrs.", "Miss"),
 * no post? */
static int honorific_only(const char *s, size_t n)
{
  if (n && s[n - 1] == '.') n--;
  return dl_word_eq(s, n, "mr") || dl_word_eq(s, n, "ms") || dl_word_eq(s, n, "mrs")
      || dl_word_eq(s, n, "miss") || dl_word_eq(s, n, "mx");
}

/* Does person mention m's title end with a title in the plural
 * ("Justices" of "Justices Ann Lee and Tom Ito")? */
static int plural_title(const ctx *c, const ment *m)
{
  uint32_t w = m->tend;
  while (w > m->tstart && c->text[w - 1] != ' ') w--;
  return word_in(plural_titles, NELEM(plural_titles), c->text + w, m->tend - w);
}

/* Is person mention m the next in a list after prev: only a comma,
 * "and" or ", and" between ("Justices Ann Lee, Tom Ito and Sam Roe")? */
static int listed_next(const ctx *c, const ment *prev, const ment *m)
{
  uint32_t k = prev->end;
  if (m->start < k || m->start - k > 6) return 0;
  while (k < m->start && (c->text[k] == ' ' || c->text[k] == ',')) k++;
  if (m->start - k >= 4 && dl_word_eq(c->text + k, 3, "and") && c->text[k + 3] == ' ') k += 4;
  return k == m->start && m->start > prev->end;
}

/* ------------------------------------------------------------------ */
/* Namesakes: "Valencia, Spain", "Cambridge, Mass."                     */
/* ------------------------------------------------------------------ */

/* The most words of a place name read back before a namesake ("Lima,
 * Santiago, Mexico": a list). */
#define DL_MAX_NAMESAKE_BACK 4

/* The country or subdivision entry of the built-in gazetteer matched at
 * token k, or NULL. */
static const dl_gaz_entry *country_or_region(const ctx *c, size_t k)
{
  const dl_gaz_entry *ge;
  if (k >= c->ntok || c->toks[k].gu >= 0) return NULL;
  ge = gb_entry(c, k);
  return ge && (ge->kind == DL_GK_COUNTRY || ge->kind == DL_GK_REGION) ? ge : NULL;
}

/* Is token k a word of a list after a place: "and", "or"? */
static int list_word(const ctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  return (t->len == 3 && dl_word_eq(c->text + t->start, 3, "and"))
      || (t->len == 2 && dl_word_eq(c->text + t->start, 2, "or"));
}

/* The first token after the built-in match at token k. */
static size_t after_match(const ctx *c, size_t k)
{
  uint32_t end = gb_end(c, k);
  size_t j = k + 1;
  while (j < c->ntok && c->toks[j].start < end) j++;
  return j;
}

/* Does a place of the built-in gazetteer end with token k ("Lima" or
 * "New York" before ", Santiago, Mexico")? */
static int place_ends_at(const ctx *c, size_t k)
{
  uint32_t end = c->toks[k].start + c->toks[k].len;
  size_t j = k + 1;
  while (j > 0 && k + 1 - j < DL_MAX_NAMESAKE_BACK) {
    const dl_gaz_entry *ge;
    j--;
    ge = gb_entry(c, j);
    if (ge && gb_end(c, j) == end && ge->type == DL_ENT_LOCATION) return 1;
    if (c->toks[j].flags & (T_BREAK | T_SSTART)) break;
  }
  return 0;
}

/* The country or subdivision the text places the place mention m in:
 * "Valencia, Spain" (a comma, then a country, a subdivision or its
 * abbreviation: "Cambridge, Mass."; a dateline's "CAMBRIDGE, Mass." is
 * one too), "Valencia in Spain", "Cordoba in southern Spain".  Not an
 * item of a list of places ("Santiago, Mexico, Brazil and Peru"; "to
 * Lima, Santiago, Mexico"): a country there is a place of its own.  NULL
 * when none. */
static const dl_gaz_entry *place_qualifier(const ctx *c, const ment *m)
{
  size_t b = (size_t)m->tok0 + m->ntok, k, j;
  const dl_gaz_entry *q;
  if (b >= c->ntok || (c->toks[b].flags & T_SSTART)) return NULL;
  if (c->toks[b].flags & T_COMMA) {
    q = country_or_region(c, b);
    if (!q) return NULL;
    /* an item of a list: a place before the mention, or one of the
     * qualifier's kind after it, set off by commas or "and" */
    if (m->tok0 > 0 && (c->toks[m->tok0].flags & T_COMMA) && place_ends_at(c, m->tok0 - 1))
      return NULL;
    j = after_match(c, b);
    /* a country written out, then a verb: the subject of a clause */
    if (j < c->ntok && !(c->toks[j].flags & (T_SSTART | T_BREAK)) && (c->toks[j].flags & T_LOWER)
        && !(c->toks[b].flags & T_ABBR) && c->text[gb_end(c, b) - 1] != '.'
        && !word_in(after_qualifier, NELEM(after_qualifier), c->text + c->toks[j].start,
                    c->toks[j].len))
      return NULL;
    if (j < c->ntok && !(c->toks[j].flags & T_SSTART)) {
      if (list_word(c, j)) j++;
      else if (!(c->toks[j].flags & T_COMMA)) return q;
      else if (j + 1 < c->ntok && list_word(c, j)) j++;
      if (j < c->ntok && !(c->toks[j].flags & T_SSTART)) {
        const dl_gaz_entry *p = country_or_region(c, j);
        if (p && p->kind == q->kind) return NULL;
      }
    }
    return q;
  }
  /* "in", then perhaps a compass word ("southern", "central") */
  if (c->toks[b].flags & (T_BREAK | T_CAP)) return NULL;
  if (c->toks[b].len != 2 || !dl_word_eq(c->text + c->toks[b].start, 2, "in")) return NULL;
  k = b + 1;
  if (k < c->ntok && (c->toks[k].flags & T_LOWER) && !(c->toks[k].flags & (T_BREAK | T_SSTART))) {
    const tok *t = &c->toks[k];
    const char *w = c->text + t->start;
    if (!((t->len >= 7 && dl_word_eq(w + t->len - 3, 3, "ern"))
          || (t->len == 7 && dl_word_eq(w, 7, "central"))))
      return NULL;
    k++;
  }
  if (k >= c->ntok || (c->toks[k].flags & (T_BREAK | T_SSTART))) return NULL;
  return country_or_region(c, k);
}

/* The namesake of entry ge (a built-in city or subdivision) in the
 * country or subdivision q, when ge is not there: the most populous one
 * of that country, or the one in that subdivision.  NULL when ge is in q
 * or no namesake is. */
static const dl_gaz_alt *namesake_in(const dl_gaz_entry *ge, const dl_gaz_entry *q)
{
  size_t n, i;
  const dl_gaz_alt *a;
  if (!q->country[0]) return NULL;
  if (q->kind == DL_GK_COUNTRY && strcmp(ge->country, q->country) == 0) return NULL;
  if (q->kind == DL_GK_REGION && ge->kind == DL_GK_REGION && strcmp(ge->id, q->id) == 0)
    return NULL;
  /* already there ("SACRAMENTO, Calif."): most qualified cities are */
  if (q->kind == DL_GK_REGION && strncmp(ge->region, q->name, q->name_len) == 0
      && ge->region[q->name_len] == '\0' && strcmp(ge->country, q->country) == 0)
    return NULL;
  a = dl_gaz_alts_find(ge->name, ge->name_len, &n);
  for (i = 0; i < n; i++) {
    if (strcmp(a[i].country, q->country) != 0) continue;
    /* (rows of one name come most populous first) */
    if (q->kind == DL_GK_COUNTRY) return &a[i];
    if (a[i].sub[0] ? strcmp(a[i].sub, q->id) == 0
                    : strncmp(a[i].region, q->name, q->name_len) == 0
                      && a[i].region[q->name_len] == '\0')
      return &a[i];
  }
  /* a country that is also a subdivision's name, where the country has
   * no namesake: "Athens, Georgia", "Columbus, Georgia" (the state) */
  if (q->kind == DL_GK_COUNTRY) {
    if (strncmp(ge->region, q->name, q->name_len) == 0 && ge->region[q->name_len] == '\0')
      return NULL;
    for (i = 0; i < n; i++)
      if (strncmp(a[i].region, q->name, q->name_len) == 0 && a[i].region[q->name_len] == '\0')
        return &a[i];
  }
  return NULL;
}

/* Each built-in city (or subdivision) the text places in another
 * country or subdivision than the gazetteer's entry of that name takes
 * the namesake there: "Floods hit Valencia, Spain" (not Venezuela's),
 * "CAMBRIDGE, Mass." (not England's), the first such mention deciding
 * for all of them (the dateline's place for the story's). */
static void namesakes(const ctx *c, ent *e, size_t ne)
{
  size_t i;
  for (i = 0; i < ne; i++) e[i].alt = NULL;
  if (!c->gb) return;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    const dl_gaz_entry *ge, *q;
    ent *x;
    /* (most mentions leave at the first test) */
    if (m->gz != c->gb || m->type != DL_ENT_LOCATION || m->ent < 0 || (size_t)m->ent >= ne)
      continue;
    x = &e[m->ent];
    if (x->alt || x->gz != c->gb || m->entry != x->entry || x->type != DL_ENT_LOCATION
        || !(q = place_qualifier(c, m)))
      continue;
    ge = dl_gazetteer_entry(c->gb, x->entry);
    if (ge && (ge->kind == DL_GK_CITY || ge->kind == DL_GK_REGION)) x->alt = namesake_in(ge, q);
  }
}

/* Is x a MISC entity of a built-in gazetteer entry (a nationality's)? */
static int e_misc_gaz(const ctx *c, const ent *x)
{
  return x->alias_of < 0 && x->type == DL_ENT_MISC && x->gz && x->gz == c->gb;
}

static uint64_t entry_key(uint32_t entry)
{
  return ((uint64_t)entry + 1) * 0x9E3779B97F4A7C15ull | 1;
}

/* Does mention m hold a demonym (nat_words) inside its own span? */
static int nat_inside(const ctx *c, const ment *m)
{
  const tok *a, *b;
  if (!m->ontok || (size_t)m->otok + m->ontok > c->ntok) return 0;
  a = &c->toks[m->otok];
  b = &c->toks[m->otok + m->ontok - 1];
  return a->start >= m->start && b->start + b->len <= m->end;
}

/* "Chinese Premier Li Peng", "his Chinese counterpart", "the Saudi crown
 * prince": the demonym inside a person's mention is also a mention of
 * the nationality's MISC entity (CoNLL tags "Chinese" MISC, "Li Peng"
 * PER), the one the same demonym names elsewhere or a new one.  Added
 * after merging, as the recognizer's mentions never overlap: this is the
 * only way two mentions do.  The MISC mention goes right before the
 * person's when both start at the same byte, else right after it, so
 * that mentions stay in order of their starts, a nested one beside the
 * mention around it (dl_entities_at).  One pass over the mentions; those
 * past DL_MAX_MENTIONS are not added. */
static dl_status nat_misc(ctx *c, ent **pe, size_t *pne)
{
  size_t i, n = 0, nmisc = 0, ne = *pne, j, k, cap;
  ment *ms;
  ent *e;
  int32_t *at;          /* the new index of each old mention */
  hmap byentry;         /* demonym's entry -> its MISC entity */
  for (i = 0; i < c->nms; i++) n += nat_inside(c, &c->ms[i]);
  if (n == 0 || !c->gb) return DL_OK;
  if (c->nms >= DL_MAX_MENTIONS) return DL_OK;
  if (n > DL_MAX_MENTIONS - c->nms) n = DL_MAX_MENTIONS - c->nms;
  for (i = 0; i < ne; i++)
    if (e_misc_gaz(c, &(*pe)[i])) nmisc++;
  cap = c->nms + n;
  ms = (ment *)arena_alloc(c->ar, cap * sizeof *ms);
  e = (ent *)arena_alloc(c->ar, (ne + n) * sizeof *e);
  at = (int32_t *)arena_alloc(c->ar, (c->nms ? c->nms : 1) * sizeof *at);
  if (!ms || !e || !at || hmap_init(&byentry, c->ar, nmisc + n) != DL_OK) return DL_ENOMEM;
  if (ne) memcpy(e, *pe, ne * sizeof *e);
  for (i = 0; i < ne; i++)
    if (e_misc_gaz(c, &e[i])) hmap_put_first(&byentry, entry_key(e[i].entry), (int32_t)i);
  for (i = 0, j = 0, k = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    ment o;
    int before;
    /* (only inside a person's: the one overlap fz_check_entities allows,
     * should a merge have typed the entity otherwise) */
    if (k == n || !nat_inside(c, m) || (m->ent >= 0 && e[m->ent].type != DL_ENT_PERSON)) {
      at[i] = (int32_t)j;
      ms[j++] = *m;
      continue;
    }
    ment_init(&o, c, m->otok, (size_t)m->otok + m->ontok);
    o.gz = c->gb;
    o.entry = c->mb.m[c->toks[m->otok].gb].entry;
    o.type = DL_ENT_MISC;
    o.strong = 1;
    {
      size_t slot = hmap_slot(&byentry, entry_key(o.entry));
      if (!byentry.keys[slot]) {
        byentry.keys[slot] = entry_key(o.entry);
        byentry.vals[slot] = (int32_t)ne;
        memset(&e[ne], 0, sizeof e[ne]);
        e[ne].alias_of = -1;
        e[ne].type = DL_ENT_MISC;
        e[ne].strong = 1;
        e[ne].gz = c->gb;
        e[ne].entry = o.entry;
        e[ne].first_pos = o.start;
        e[ne].canon = -1;       /* set below, once placed */
        ne++;
      }
      o.ent = byentry.vals[slot];
    }
    before = o.start == m->start;
    if (!before) { at[i] = (int32_t)j; ms[j++] = *m; }
    if (e[o.ent].canon < 0) e[o.ent].canon = (int32_t)j;
    ms[j++] = o;
    if (before) { at[i] = (int32_t)j; ms[j++] = *m; }
    k++;
  }
  /* the canonical mentions of the entities there were (the new ones
   * point into ms already) */
  for (i = 0; i < *pne; i++)
    if (e[i].canon >= 0 && (size_t)e[i].canon < c->nms) e[i].canon = at[e[i].canon];
  c->ms = ms;
  c->nms = j;
  c->capms = cap;
  *pe = e;
  *pne = ne;
  return DL_OK;
}

static int name_needs_squeeze(const char *s, size_t len)
{
  size_t i;
  for (i = 0; i < len; i++)
    if (s[i] == '\n' || s[i] == '\t' || s[i] == '\r')
      return 1;
  return 0;
}

static dl_status build_result(ctx *c, ent *e, size_t ne, dl_entities **out)
{
  size_t names_size = 0;   /* bytes of the squeezed names (after the index) */
  char *names_buf = NULL;
  dl_entities *r = NULL;
  size_t i, nm = 0, nk = 0;
  int32_t *newid = NULL;
  uint32_t *count = NULL;
  int32_t last_person = -1;
  const ment *listed = NULL;   /* the last of a list after a title in the plural */
  dl_span listed_title = {0, 0};   /* that title without its "s" */
  newid = (int32_t *)arena_alloc(c->ar, (ne ? ne : 1) * sizeof *newid);
  count = (uint32_t *)arena_alloc(c->ar, (ne ? ne : 1) * sizeof *count);
  if (!newid || !count) return DL_ENOMEM;
  memset(count, 0, (ne ? ne : 1) * sizeof *count);

  /* drop single guessed words that only ever open a sentence */
  for (i = 0; i < ne; i++) newid[i] = -2;
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (m->ent >= 0 && !(m->sinit && !e[m->ent].strong)) newid[m->ent] = -1;
  }
  for (i = 0; i < c->nms; i++) {
    const ment *m = &c->ms[i];
    if (m->ent < 0) continue;
    if (newid[m->ent] == -1) newid[m->ent] = (int32_t)nk++;
    if (newid[m->ent] >= 0) { nm++; count[newid[m->ent]]++; }
  }
  /* the names that a line break or a tab runs through (as hash_fold
   * takes them): squeezed into the result's block (canonical mentions are apart: at most the
   * text's size) */
  for (i = 0; i < ne; i++) {
    const ment *cm;
    if (newid[i] < 0 || e[i].gz) continue;
    cm = &c->ms[e[i].canon];
    if (name_needs_squeeze(c->text + cm->nstart, cm->nend - cm->nstart))
      names_size += cm->nend - cm->nstart;
  }
  {
    /* the result is one block: header, entities, mentions, index, names */
    size_t h = round_up(sizeof *r), se = round_up(nk * sizeof *r->ents),
           sm = round_up(nm * sizeof *r->ments),
           sb = (nm ? nm : 1) * sizeof *r->by_entity;
    char *blk;
    if (names_size > SIZE_MAX - (h + se + sm + sb)) return DL_ENOMEM;
    blk = (char *)calloc(1, h + se + sm + sb + names_size);
    if (!blk) return DL_ENOMEM;
    names_buf = blk + h + se + sm + sb;
    r = (dl_entities *)(void *)blk;
    r->ents = (dl_entity *)(void *)(blk + h);
    r->ments = (dl_mention *)(void *)(blk + h + se);
    r->by_entity = (uint32_t *)(void *)(blk + h + se + sm);
  }
  r->nents = nk;

  for (i = 0; i < ne; i++) {
    dl_entity *d;
    const ment *cm;
    if (newid[i] < 0) continue;
    d = &r->ents[newid[i]];
    cm = &c->ms[e[i].canon];
    d->type = e[i].type;
    d->gender = e[i].gender;
    d->id = d->country = d->region = d->tz = "";
    if (e[i].gz) {
      const dl_gaz_entry *ge = dl_gazetteer_entry(e[i].gz, e[i].entry);
      d->name = ge->name;
      d->name_len = ge->name_len;
      d->id = ge->id;
      d->country = ge->country;
      d->region = ge->region;
      d->tz = ge->tz;
      d->population = ge->population;
      if (ge->kind == DL_GK_CITY) d->id = "";
      if (e[i].alt) {   /* a namesake elsewhere: a city (no id) */
        d->id = "";
        d->country = e[i].alt->country;
        d->region = e[i].alt->region;
        d->tz = e[i].alt->tz;
        d->population = e[i].alt->population;
      }
    } else if (names_size && name_needs_squeeze(c->text + cm->nstart, cm->nend - cm->nstart)) {
      d->name = names_buf;
      d->name_len = (uint32_t)name_squeeze(c->text + cm->nstart, cm->nend - cm->nstart, names_buf);
      names_buf += d->name_len;
    } else {
      d->name = c->text + cm->nstart;
      d->name_len = cm->nend - cm->nstart;
    }
  }
  /* mentions in text order; titles and nationalities from the first that
   * has one */
  {
    uint32_t *fill = count;    /* reuse: prefix sums */
    uint32_t acc = 0;
    for (i = 0; i < nk; i++) {
      uint32_t n = fill[i];
      r->ents[i].first = acc;
      r->ents[i].nmentions = 0;
      acc += n;
    }
    nm = 0;
    for (i = 0; i < c->nms; i++) {
      const ment *m = &c->ms[i];
      int32_t id = m->ent >= 0 ? newid[m->ent] : -1;
      dl_mention *d;
      dl_entity *en;
      if (id < 0) continue;
      en = &r->ents[id];
      d = &r->ments[nm];
      d->start = m->start;
      d->len = m->end - m->start;
      d->name_start = m->nstart;
      d->name_len = m->nend - m->nstart;
      d->entity = (uint32_t)id;
      d->type = en->type;
      d->prev_person = last_person;
      if (en->type == DL_ENT_PERSON) last_person = (int32_t)nm;
      if (m->tend > m->tstart && en->title.len == 0) {
        en->title.start = m->tstart;
        en->title.len = m->tend - m->tstart;
        if (en->type == DL_ENT_PERSON && plural_title(c, m)) {
          en->title.len--;
          listed = m;
          listed_title = en->title;
        }
      } else if (en->type == DL_ENT_PERSON && m->tend == m->tstart && listed
                 && listed_next(c, listed, m)) {
        if (en->title.len == 0) en->title = listed_title;
        listed = m;
      } else if (en->type == DL_ENT_PERSON) listed = NULL;
      if (m->oend > m->ostart && en->nationality.len == 0) {
        en->nationality.start = m->ostart;
        en->nationality.len = m->oend - m->ostart;
      }
      if (!en->gender && m->gender) en->gender = m->gender;
      r->by_entity[en->first + en->nmentions++] = (uint32_t)nm;
      nm++;
    }
    r->nments = nm;
    /* a person the text names with no title before the name: the role
     * set off by commas at the first mention that has one */
    for (i = 0; i < c->nms; i++) {
      const ment *m = &c->ms[i];
      int32_t id = m->ent >= 0 ? newid[m->ent] : -1;
      dl_entity *en;
      uint32_t ts, te;
      if (id < 0) continue;
      en = &r->ents[id];
      /* (over a mere "Mr." or "Ms." of a later mention: "Ruth Ellison,
       * the chief financial officer, ... Ms. Ellison") */
      if (en->type != DL_ENT_PERSON || m->counterpart
          || (en->title.len && (!honorific_only(c->text + en->title.start, en->title.len)
                                || m->tend > m->tstart)))   /* "Mr. Tom Hale, the founder," keeps Mr. */
        continue;
      if (appositive_role(c, m, &ts, &te)) {
        en->title.start = ts;
        en->title.len = te - ts;
      }
    }
  }
  *out = r;
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

static int sent_cmp(const void *a, const void *b)
{
  const dl_sentence *x = (const dl_sentence *)a, *y = (const dl_sentence *)b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The recognizer over sents[0..nsent) with scratch from ar. */
/* The language of the sentences: lang itself, or guessed from the first
 * DL_MAX_ENT_LANG_GUESS bytes of the sentences from byte `from` on (after
 * the dateline: "ALBANY, N.Y." is no Spanish "y") when it is DL_LANG_EN
 * (the default of dl_options) or DL_LANG_AUTO. */
static int text_lang(const char *text, size_t len, const dl_sentence *sents,
                     size_t nsent, size_t from, int lang)
{
  size_t s, e;
  if (lang != DL_LANG_EN && lang != DL_LANG_AUTO) return lang;
  if (nsent == 0) return DL_LANG_EN;
  s = sents[0].start;
  if (s < from) s = from;
  e = (size_t)sents[nsent - 1].start + sents[nsent - 1].len;
  if (e > len) e = len;
  if (s >= e) return DL_LANG_EN;
  if (e - s > DL_MAX_ENT_LANG_GUESS) e = s + DL_MAX_ENT_LANG_GUESS;
  {
    /* a text that is not English has letters outside ASCII: accented
     * Latin (lead bytes C3-C5), Cyrillic (D0-D3), CJK (E3-E9); curly
     * quotes and dashes (E2) do not count.  Without them the text is
     * taken as English and dl_lang_guess (slow next to this loop) is not
     * asked: a table of figures ("Six Mths ... Shr 10 cts") would read as
     * French on its one "six". */
    size_t i = s, lead = 0;
    const unsigned char *u = (const unsigned char *)text;
    while (i < e) {
      unsigned b;
      /* thirty-two ASCII bytes at a time: English text is nearly all ASCII */
      if (e - i >= 32) {
        uint64_t w[4];
        memcpy(w, u + i, sizeof w);
        if (!((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull)) { i += 32; continue; }
      }
      if (e - i >= 16) {
        uint64_t w, w2;
        memcpy(&w, u + i, 8);
        memcpy(&w2, u + i + 8, 8);
        if (!((w | w2) & 0x8080808080808080ull)) { i += 16; continue; }
      }
      if (e - i >= 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        if (!(w & 0x8080808080808080ull)) { i += 8; continue; }
      }
      b = u[i++];
      lead += ((b - 0xC3u) < 3u) + ((b - 0xD0u) < 4u) + ((b - 0xE3u) < 7u);
    }
    if (lead < 3 || lead < (e - s) / 400) return DL_LANG_EN;
  }
  return dl_lang_guess(text + s, e - s);
}

static dl_status find(arena *ar, const char *text, size_t len,
                      const dl_sentence *sents, size_t nsent,
                      const dl_gazetteer *builtin, const dl_gazetteer *user,
                      int lang, size_t lang_from, size_t place_start,
                      size_t head_start, size_t head_end, dl_entities **out)
{
  ctx c;
  dl_status st = DL_OK;
  size_t i, nbody;
  size_t *bounds;
  scount *counts;
  ent *e = NULL;
  size_t ne = 0;
  memset(&c, 0, sizeof c);
  c.text = text;
  c.len = len;
  c.gb = builtin;
  c.gu = user;
  c.ar = ar;
  c.place_start = place_start;
  c.head_start = head_start;
  c.head_end = head_end;
  c.clubs_league = clubs_league(text, head_start, head_end);
  c.sents = sents;
  c.nsent = nsent;
  if (head_end > head_start) {
    c.sport = team_sport(text, head_start, head_end)
              || sport_label(text, head_start, head_end, team_sports, NELEM(team_sports), 0);
    c.games = c.sport || other_sport(text, head_start, head_end)
              || sport_label(text, head_start, head_end, other_sports, NELEM(other_sports), 0);
  }
  if (!c.games) {
    /* a short sport label opening the text that the article did not
     * take for the headline ("TENNIS - WIN") still makes a sport story */
    size_t le = len < DL_MAX_LABEL ? len : DL_MAX_LABEL;
    /* le == 0 tests no byte: text may then be NULL (an empty text from C) */
    const char *nl = le ? (const char *)memchr(text, '\n', le) : NULL;
    if (nl) le = (size_t)(nl - text);
    c.sport = sport_label(text, 0, le, team_sports, NELEM(team_sports), 1);
    c.games = c.sport || sport_label(text, 0, le, other_sports, NELEM(other_sports), 1);
    if (c.games && !c.sport) c.turf = turf_label(text, 0, le);
  } else if (!c.sport) {
    c.turf = turf_label(text, head_start, head_end);
  }
  c.foreign = text_lang(text, len, sents, nsent, lang_from, lang) != DL_LANG_EN;
  c.mb.grow = c.mu.grow = sink_grow;
  c.mb.ud = c.mu.ud = ar;
  bounds = (size_t *)arena_alloc(ar, (nsent + 1) * sizeof *bounds);
  counts = (scount *)arena_alloc(ar, (nsent + 1) * sizeof *counts);
  if (!bounds || !counts) return DL_ENOMEM;
  {
    /* first guesses at the sizes: about one token per 6 bytes */
    size_t bytes = 0;
    for (i = 0; i < nsent; i++) bytes += sents[i].len;
    c.captok = bytes / 5 + 16;
    c.toks = (tok *)arena_alloc(ar, c.captok * sizeof *c.toks);
    c.capgstarts = bytes / 16 + 16;
    c.gstarts = (uint32_t *)arena_alloc(ar, c.capgstarts * sizeof *c.gstarts);
    if (!c.gstarts) return DL_ENOMEM;
    c.mb.cap = bytes / 32 + 16;
    c.mb.m = (dl_gaz_match *)arena_alloc(ar, c.mb.cap * sizeof *c.mb.m);
    if (!c.toks || !c.mb.m) return DL_ENOMEM;
  }

  dl_gazetteer_first_bytes(builtin, c.gfirst);
  dl_gazetteer_first_bytes(user, c.gfirst);
  /* 1. tokens, and the words seen in lower case */
  for (i = 0; i < nsent; i++) {
    size_t s = sents[i].start, en = s + sents[i].len, g0 = c.ngstarts;
    bounds[i] = c.ntok;
    if (en > len) return DL_EARG;
    st = tokenize(&c, s, en, &counts[i]);
    if (st != DL_OK) return st;
    /* 2. gazetteer matches of the sentence, both gazetteers in one pass,
     * entered only at the starts of its words that may begin a match
     * (attach() reads no other matches): the rest is never read again */
    if (c.ngstarts > g0)
      st = dl_gazetteer_scan2_at(builtin, &c.mb, user, &c.mu, text, s, en,
                                 c.gstarts + g0, c.ngstarts - g0, 0);
    if (st != DL_OK) return st;
  }
  bounds[nsent] = c.ntok;
  and_firms_scan(&c);
  /* the words seen in lower case, among those that open a sentence
   * capitalized: a (first letter, length) filter (c.smask, filled by
   * tokenize) keeps this cheap; one pass adds them to the set */
  {
    const uint32_t *mask = c.smask;
    /* (in locals: lower_add, given &c, changes neither) */
    const tok *toks = c.toks;
    size_t k, ntok = c.ntok;
    for (k = 0; k < ntok; k++) {
      const tok *t = &toks[k];
      unsigned l = (unsigned char)text[t->start] - (unsigned)'a';
      /* (the mask holds lengths of three or more only) */
      if (l < 26 && (mask[l] >> (t->len < 31 ? t->len : 31) & 1u) && (t->flags & T_LOWER)
          && lower_add(&c, text + t->start, t->len))
        return DL_ENOMEM;
    }
  }
  /* matches of all sentences, in text order (sentences are in order) */
  attach(&c, c.mb.m, c.mb.n, 0, 0);
  attach(&c, c.mu.m, c.mu.n, 0, 1);
  /* each match's entry looked up once: rules ask gb_entry ~4 times a match */
  if (c.mb.n) {
    c.gbent = (const dl_gaz_entry **)arena_alloc(ar, c.mb.n * sizeof *c.gbent);
    if (!c.gbent) return DL_ENOMEM;
    for (i = 0; i < c.mb.n; i++) c.gbent[i] = dl_gazetteer_entry(builtin, c.mb.m[i].entry);
  }

  /* 3. runs and mentions */
  c.capms = c.ntok / 4 + 16;
  c.ms = (ment *)arena_alloc(ar, c.capms * sizeof *c.ms);
  if (!c.ms) return DL_ENOMEM;
  for (i = 0; i < nsent; i++) {
    if (sents[i].start >= head_start && sents[i].start < head_end) continue;
    st = runs(&c, bounds[i], bounds[i + 1], sents[i].start == c.place_start, &counts[i]);
    if (st != DL_OK) return st;
  }
  nbody = c.nms;
  if (head_end > head_start && !c.foreign) {
    st = headline(&c, sents, nsent, bounds);
    if (st != DL_OK) return st;
  }
  /* 4. merge */
  st = merge(&c, &e, &ne);
  if (st == DL_OK) st = head_first(&c, e, ne, nbody);
  if (st != DL_OK) return st;
  st = nat_misc(&c, &e, &ne);
  if (st != DL_OK) return st;
  namesakes(&c, e, ne);
  return build_result(&c, e, ne, out);
}

dl_status dl_entities_find(const char *text, size_t len,
                           const dl_sentence *sents, size_t nsent,
                           const dl_gazetteer *builtin,
                           const dl_gazetteer *user, dl_entities **out)
{
  union { char c[DL_ENT_STACK_ARENA]; uint64_t u; void *p; } buf;
  arena ar;
  dl_status st;
  *out = NULL;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  arena_init(&ar, buf.c, sizeof buf.c);
  st = find(&ar, text, len, sents, nsent, builtin, user, DL_LANG_AUTO, 0, SIZE_MAX, 0, 0, out);
  arena_free(&ar);
  return st;
}

/* Is the headline paragraph [s, s+len) in sentence case, a lead set
 * where a headline goes ("Russian Prime Minister Viktor Chernomyrdin met
 * Chechen rebel chief Aslan Maskhadov on Wednesday .") or a headline
 * written the way modern wires write them ("Oil prices slip as demand
 * worries weigh")?  Two words of four letters or more in lower case that
 * title case would capitalize say so: there, as in the body, a capital
 * marks a name, and the paragraph is read as body text. */
static int sentence_case(const char *s, size_t len)
{
  size_t i = 0, nlow = 0;
  while (i < len) {
    size_t w = i;
    unsigned char b;
    /* a word: letters (UTF-8 bytes count as letters) */
    while (w < len && (((b = (unsigned char)s[w]) >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
                       || b >= 0x80))
      w++;
    if (w == i) { i++; continue; }
    if (s[i] >= 'a' && s[i] <= 'z' && w - i >= 4
        && !word_in(title_lower_words, NELEM(title_lower_words), s + i, w - i) && ++nlow >= 2)
      return 1;
    i = w;
  }
  return 0;
}

dl_status dl_article_entities(const dl_article *a, const char *text,
                              const dl_gazetteer *builtin,
                              const dl_gazetteer *user, dl_entities **out)
{
  return dl_article_entities_lang(a, text, builtin, user, DL_LANG_AUTO, out);
}

dl_status dl_article_entities_lang(const dl_article *a, const char *text,
                                   const dl_gazetteer *builtin,
                                   const dl_gazetteer *user, int lang,
                                   dl_entities **out)
{
  union { char c[DL_ENT_STACK_ARENA]; uint64_t u; void *p; } buf;
  arena ar;
  size_t n = dl_article_nsentences(a), i;
  const dl_sentence *s = dl_article_sentences(a);
  const dl_dateline *d = dl_article_dateline(a);
  const dl_sentence *all = s;
  dl_status st;
  size_t len = 0, nhp = 0, head_start = 0, head_end = 0;
  *out = NULL;
  arena_init(&ar, buf.c, sizeof buf.c);
  /* the text length: the end of the last paragraph bounds every span */
  if (dl_article_npara(a) > 0) {
    const dl_para *p = &dl_article_paras(a)[dl_article_npara(a) - 1];
    len = (size_t)p->start + p->len;
  }
  {
    /* the headline: the leading headline paragraphs, read as sentences
     * of their own (in headline()) */
    const dl_para *p = dl_article_paras(a);
    size_t np = dl_article_npara(a);
    size_t h0 = 0;
    while (nhp < np && (p[nhp].flags & DL_PARA_HEADLINE)) nhp++;
    /* a headline in sentence case is read as body text: the headline's
     * bytes start after it */
    while (h0 < nhp && sentence_case(text + p[h0].start, p[h0].len)) h0++;
    if (h0 < nhp) {
      head_start = p[h0].start;
      head_end = (size_t)p[nhp - 1].start + p[nhp - 1].len;
    }
  }
  if ((d && d->place.len) || nhp) {
    /* the dateline place ("KAZAN, Russia") reads as its own sentence; the
     * headline paragraphs too.  Both are in text order, like the
     * sentences: one merge, not a sort (a sentence first on a tie, then
     * the place, as a stable sort of sentences, place, paragraphs has it) */
    dl_sentence *w = (dl_sentence *)arena_alloc(&ar, (n + 1 + nhp) * sizeof *w);
    dl_sentence *x = (dl_sentence *)arena_alloc(&ar, (1 + nhp) * sizeof *x);
    size_t j, nx = 0, k = 0;
    int place = d && d->place.len, ordered = 1;
    if (!w || !x) { arena_free(&ar); return DL_ENOMEM; }
    for (j = 0; j <= nhp; j++) {
      const dl_para *p = j < nhp ? &dl_article_paras(a)[j] : NULL;
      if (place && (!p || p->start >= d->place.start)) {
        x[nx].start = d->place.start;
        x[nx].len = d->place.len;
        x[nx].para = 0;
        nx++;
        place = 0;
      }
      if (!p) break;
      x[nx].start = p->start;
      x[nx].len = p->len;
      x[nx].para = (uint32_t)j;
      nx++;
    }
    for (j = 1; j < n && ordered; j++) ordered = s[j - 1].start <= s[j].start;
    for (j = 1; j < nx && ordered; j++) ordered = x[j - 1].start <= x[j].start;
    if (ordered) {
      for (i = 0, j = 0; i < n || j < nx;)
        w[k++] = j >= nx || (i < n && s[i].start <= x[j].start) ? s[i++] : x[j++];
    } else {
      /* (never seen: the sentences out of order) sentences, place,
       * paragraphs, sorted */
      if (n) memcpy(w, s, n * sizeof *w);
      k = n;
      if (d && d->place.len) {
        w[k].start = d->place.start;
        w[k].len = d->place.len;
        w[k].para = 0;
        k++;
      }
      for (j = 0; j < nhp; j++) {
        w[k].start = dl_article_paras(a)[j].start;
        w[k].len = dl_article_paras(a)[j].len;
        w[k].para = (uint32_t)j;
        k++;
      }
      qsort(w, k, sizeof *w, sent_cmp);
    }
    n = k;
    all = w;
  }
  for (i = 0; i < n; i++)
    if ((size_t)all[i].start + all[i].len > len) len = (size_t)all[i].start + all[i].len;
  if (len > DL_MAX_TEXT) st = DL_ELIMIT;
  else st = find(&ar, text, len, all, n, builtin, user, lang,
                 d ? (size_t)d->span.start + d->span.len : 0,
                 d && d->place.len ? (size_t)d->place.start : SIZE_MAX,
                 head_start, head_end, out);
  arena_free(&ar);
  return st;
}

void dl_entities_free(dl_entities *e)
{
  free(e);   /* one block (build_result) */
}

size_t dl_entities_count(const dl_entities *e) { return e ? e->nents : 0; }

const dl_entity *dl_entities_get(const dl_entities *e, size_t i)
{
  return e && i < e->nents ? &e->ents[i] : NULL;
}

size_t dl_entities_nmentions(const dl_entities *e) { return e ? e->nments : 0; }
const dl_mention *dl_entities_mentions(const dl_entities *e) { return e ? e->ments : NULL; }

const uint32_t *dl_entities_entity_mentions(const dl_entities *e, size_t i, size_t *n)
{
  if (!e || i >= e->nents) { *n = 0; return NULL; }
  *n = e->ents[i].nmentions;
  return e->by_entity + e->ents[i].first;
}

/* The index of the last mention starting at or before pos, or -1. */
static long last_at_or_before(const dl_entities *e, uint32_t pos)
{
  size_t lo = 0, hi = e->nments;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (e->ments[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return (long)lo - 1;
}

/* Does mention m cover text[start, start + len)? */
static int covers(const dl_mention *m, uint32_t start, uint32_t len)
{
  return m->start <= start && (uint64_t)start + len <= (uint64_t)m->start + m->len;
}

long dl_entities_at(const dl_entities *e, uint32_t start, uint32_t len)
{
  long i;
  if (!e) return -1;
  i = last_at_or_before(e, start);
  if (i < 0) return -1;
  /* a nationality's mention inside a person's (nat_misc) lies right
   * before or after it: of the two, the one with exactly the span asked
   * about answers, else the outer one */
  if (i > 0 && covers(&e->ments[i - 1], start, len)
      && !(e->ments[i].start == start && e->ments[i].len == len)
      && (!covers(&e->ments[i], start, len) || e->ments[i - 1].len > e->ments[i].len
          || (e->ments[i - 1].start == start && e->ments[i - 1].len == len)))
    i--;
  return covers(&e->ments[i], start, len) ? (long)e->ments[i].entity : -1;
}

long dl_entities_last_person(const dl_entities *e, uint32_t pos, int gender)
{
  long i;
  int steps;
  if (!e || pos == 0) return -1;
  i = last_at_or_before(e, pos - 1);
  if (i < 0) return -1;
  if (e->ments[i].type != DL_ENT_PERSON) i = e->ments[i].prev_person;
  for (steps = 0; i >= 0 && steps < DL_MAX_PERSON_BACK; steps++) {
    int g = e->ents[e->ments[i].entity].gender;
    if (gender == 0 || g == 0 || g == gender) return i;
    i = e->ments[i].prev_person;
  }
  return -1;
}

const char *dl_entity_type_name(int type)
{
  switch (type) {
    case DL_ENT_PERSON: return "PERSON";
    case DL_ENT_LOCATION: return "LOCATION";
    case DL_ENT_ORGANIZATION: return "ORGANIZATION";
    case DL_ENT_MISC: return "MISC";
    default: return "";
  }
}

int dl_entity_type_parse(const char *s, size_t len)
{
  static const char *const names[] = { "", "PERSON", "LOCATION", "ORGANIZATION", "MISC" };
  int i;
  for (i = 1; i < 5; i++)
    if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) return i;
  return DL_ENT_NONE;
}
