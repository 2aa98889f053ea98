/*
 * quotes.c -- direct quotations and who said them.
 *
 * Two linear passes over the body paragraphs:
 *
 * 1. Matching.  Quote marks are found by their first byte and matched with
 *    a small stack per paragraph (at most DL_MAX_QUOTE_DEPTH open marks):
 *    curly “…”, straight "…" (direction from the neighbouring characters),
 *    guillemets «…», German „…“, single ‘…’ / '…' (apostrophes such as
 *    don’t, Xi’s, ’90s are told apart by their neighbours).  A paragraph that
 *    ends inside a quote continues it when the next paragraph opens with the
 *    same mark (the newspaper convention); otherwise the quote ends with its
 *    paragraph.  Unbalanced marks never cost more than their own scan.
 *
 * 2. Attribution.  The text between two quotes (at most
 *    DL_MAX_QUOTE_LOOKAHEAD bytes after the previous one and
 *    DL_MAX_QUOTE_LOOKBACK bytes before the next) is cut into tokens; name
 *    mentions (capitalized sequences with their titles) and the pronouns he,
 *    she, they are marked, subjects are told from objects by their
 *    neighbours ("Putin welcomed Xi warmly": Putin is the subject), and each
 *    pronoun is resolved to the most recent fitting subject; a subject with
 *    no name ("a senior official said") counts as one, and "the minister"
 *    stands for the most recent name with that title.  A quote takes
 *    its speaker from the usual news patterns around it:
 *      "…," X said.        "…," said X, a spokesman.     "…," according to X.
 *      X said: "…"         X noted, "…"                  X did …, saying, "…"
 *    and a quote with no attribution of its own that opens a sentence right
 *    after an attributed quote continues that quote's speaker.
 *
 * Word lists are one sorted table searched by binary search.
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "datelines.h"   /* dl_known_place, dl_known_region */
#include "entities.h"
#include "gazetteer.h"
#include "quotes.h"
#include "segment.h"
#include "text.h"
#include "util.h"

/* --- lexicon ------------------------------------------------------------ */

enum {
  L_CUE = 1u << 0,      /* a cue verb: said, noted, according (to) */
  L_CUE_ING = 1u << 1,  /* a participle cue: saying, stating */
  L_VERB = 1u << 2,     /* reads as a verb or adverb after a subject */
  L_ACCORD = 1u << 3,   /* "according" (to) */
  L_ADV = 1u << 4,      /* may stand between a subject and its cue */
  L_CONJ = 1u << 5,     /* may open a clause before its subject */
  L_PREP = 1u << 6,
  L_DET = 1u << 7,
  L_PRON = 1u << 8,     /* he, she, they */
  L_MALE = 1u << 9,
  L_FEMALE = 1u << 10,
  L_TITLE = 1u << 11,   /* President, Mr., Minister, ... */
  L_ABBR = 1u << 12,    /* keeps its full stop: Mr. Sen. */
  L_NAT = 1u << 13,     /* nationality or party before a title */
  L_STOPCAP = 1u << 14, /* capitalized, but never starts a name */
  L_CONNECT = 1u << 15, /* inside names: de, van, bin */
  L_LY = 1u << 16,      /* not in the table: an -ly adverb (-ed words get L_VERB) */
  L_OBJ = 1u << 17,     /* a cue whose next name is its object, never its
                           subject ("told Reuters", "urged Manila") */
  L_FRPART = 1u << 18,  /* a French participle cue after "a" ("a déclaré") */
  L_GROUP = 1u << 19    /* a group's plural noun (police, farmers): with
                           L_STOPCAP; alone it names no one */
};

/* Classes of a word that ends a run of role words ("one longtime
 * volunteer", "foreign minister"): what follows the role, not the role. */
#define L_ENDS_ROLE (L_PREP | L_CUE | L_CUE_ING | L_VERB | L_CONJ | L_PRON | L_DET | L_LY)

#define L_UNSET (1u << 31)   /* a token's flags not looked up yet */

typedef struct lex_entry {
  const char *w;
  uint32_t f;
} lex_entry;

/* Sorted by strcmp (test_quotes checks it). */
static const lex_entry lexicon[] = {
  {"a", L_DET | L_STOPCAP},
  {"about", L_PREP},
  {"according", L_CUE | L_ACCORD | L_STOPCAP},
  {"accused", L_CUE | L_VERB | L_OBJ},
  {"accuses", L_CUE | L_VERB | L_OBJ},
  {"accusing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"acknowledged", L_CUE | L_VERB},
  {"acknowledges", L_CUE | L_VERB},
  {"acknowledging", L_CUE | L_CUE_ING | L_VERB},
  {"across", L_PREP},
  {"acting", L_TITLE},
  {"activists", L_STOPCAP},
  {"added", L_CUE | L_VERB},
  {"adding", L_CUE | L_CUE_ING | L_VERB},
  {"addressing", L_STOPCAP},
  {"adds", L_CUE | L_VERB},
  {"adm", L_TITLE | L_ABBR},
  {"admiral", L_TITLE},
  {"admits", L_CUE | L_VERB},
  {"admitted", L_CUE | L_VERB},
  {"admitting", L_CUE | L_CUE_ING | L_VERB},
  {"advirtió", L_CUE | L_VERB},
  {"affirmed", L_CUE | L_VERB},
  {"affirming", L_CUE | L_CUE_ING | L_VERB},
  {"affirms", L_CUE | L_VERB},
  {"affirmé", L_CUE | L_VERB | L_FRPART},
  {"afghan", L_NAT},
  {"afirmó", L_CUE | L_VERB},
  {"african", L_NAT},
  {"after", L_CONJ | L_STOPCAP},
  {"again", L_VERB | L_ADV},
  {"against", L_PREP},
  {"agreed", L_VERB},
  {"agregó", L_CUE | L_VERB},
  {"agriculture", L_TITLE},
  {"ajouté", L_CUE | L_VERB | L_FRPART},
  {"al", L_CONNECT},
  {"ald", L_TITLE | L_ABBR},
  {"alderman", L_TITLE},
  {"alderwoman", L_FEMALE | L_TITLE},
  {"algerian", L_NAT},
  {"alhaji", L_MALE | L_TITLE},
  {"all", L_STOPCAP},
  {"alleged", L_CUE | L_VERB},
  {"alleges", L_CUE | L_VERB},
  {"alleging", L_CUE | L_CUE_ING | L_VERB},
  {"already", L_VERB | L_ADV},
  {"also", L_VERB | L_ADV | L_STOPCAP},
  {"although", L_CONJ | L_STOPCAP},
  {"ambassador", L_TITLE},
  {"american", L_NAT},
  {"amid", L_PREP},
  {"amidst", L_PREP},
  {"among", L_PREP},
  {"an", L_DET | L_STOPCAP},
  {"analysts", L_STOPCAP},
  {"and", L_CONJ | L_STOPCAP},
  {"angolan", L_NAT},
  {"announced", L_CUE | L_VERB},
  {"announces", L_CUE | L_VERB},
  {"announcing", L_CUE | L_CUE_ING | L_VERB},
  {"another", L_STOPCAP},
  {"answered", L_CUE | L_VERB},
  {"answering", L_CUE | L_CUE_ING | L_VERB},
  {"any", L_DET},
  {"april", L_STOPCAP},
  {"arab", L_NAT},
  {"archbishop", L_TITLE},
  {"are", L_VERB | L_ADV},
  {"argentine", L_NAT},
  {"argentinian", L_NAT},
  {"argued", L_CUE | L_VERB},
  {"argues", L_CUE | L_VERB},
  {"arguing", L_CUE | L_CUE_ING | L_VERB},
  {"armenian", L_NAT},
  {"as", L_CONJ | L_STOPCAP},
  {"aseguró", L_CUE | L_VERB},
  {"asian", L_NAT},
  {"asked", L_CUE | L_VERB | L_STOPCAP},
  {"asking", L_CUE | L_CUE_ING | L_VERB},
  {"asks", L_CUE | L_VERB},
  {"assemblyman", L_MALE | L_TITLE},
  {"assemblymember", L_TITLE},
  {"assemblywoman", L_FEMALE | L_TITLE},
  {"asserted", L_CUE | L_VERB},
  {"asserting", L_CUE | L_CUE_ING | L_VERB},
  {"asserts", L_CUE | L_VERB},
  {"assessor", L_TITLE},
  {"assured", L_CUE | L_VERB | L_OBJ},
  {"assures", L_CUE | L_VERB | L_OBJ},
  {"assuring", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"at", L_PREP | L_STOPCAP},
  {"ate", L_VERB},
  {"attorney", L_TITLE},
  {"auditor", L_TITLE},
  {"august", L_STOPCAP},
  {"australian", L_NAT},
  {"austrian", L_NAT},
  {"authorities", L_STOPCAP | L_GROUP},
  {"ayatollah", L_TITLE},
  {"azerbaijani", L_NAT},
  {"añadió", L_CUE | L_VERB},
  {"bahraini", L_NAT},
  {"bangladeshi", L_NAT},
  {"barrister", L_TITLE},
  {"beat", L_VERB},
  {"became", L_VERB},
  {"because", L_CONJ},
  {"becomes", L_VERB},
  {"before", L_CONJ | L_STOPCAP},
  {"began", L_VERB},
  {"behind", L_PREP},
  {"belarusian", L_NAT},
  {"belgian", L_NAT},
  {"believes", L_VERB},
  {"ben", L_CONNECT},
  {"betonte", L_CUE | L_VERB},
  {"between", L_PREP},
  {"beyond", L_PREP},
  {"bin", L_CONNECT},
  {"bishop", L_TITLE},
  {"blamed", L_CUE | L_VERB | L_OBJ},
  {"blames", L_CUE | L_VERB | L_OBJ},
  {"blaming", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"bolivian", L_NAT},
  {"both", L_STOPCAP},
  {"bought", L_VERB},
  {"branded", L_CUE | L_VERB | L_OBJ},
  {"branding", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"brazilian", L_NAT},
  {"british", L_NAT},
  {"broke", L_VERB},
  {"brought", L_VERB},
  {"built", L_VERB},
  {"bulgarian", L_NAT},
  {"burmese", L_NAT},
  {"but", L_CONJ | L_STOPCAP},
  {"by", L_PREP | L_STOPCAP},
  {"called", L_CUE | L_VERB | L_OBJ},
  {"calling", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"calls", L_CUE | L_VERB | L_OBJ},
  {"cambodian", L_NAT},
  {"came", L_VERB},
  {"campaigners", L_STOPCAP | L_GROUP},
  {"can", L_VERB},
  {"can't", L_VERB},
  {"canadian", L_NAT},
  {"candidate", L_TITLE},
  {"capt", L_TITLE | L_ABBR},
  {"captain", L_TITLE},
  {"cardinal", L_TITLE},
  {"cautioned", L_CUE | L_VERB},
  {"cautioning", L_CUE | L_CUE_ING | L_VERB},
  {"ceo", L_TITLE},
  {"chair", L_TITLE},
  {"chairman", L_TITLE},
  {"chairperson", L_TITLE},
  {"chairwoman", L_FEMALE | L_TITLE},
  {"chancellor", L_TITLE},
  {"chanted", L_CUE | L_VERB},
  {"chanting", L_CUE | L_CUE_ING | L_VERB},
  {"chief", L_TITLE},
  {"chilean", L_NAT},
  {"chinese", L_NAT},
  {"chose", L_VERB},
  {"claimed", L_CUE | L_VERB},
  {"claiming", L_CUE | L_CUE_ING | L_VERB},
  {"claims", L_CUE | L_VERB},
  {"cm", L_TITLE},
  {"cmdr", L_ABBR},
  {"col", L_TITLE | L_ABBR},
  {"colombian", L_NAT},
  {"colonel", L_TITLE},
  {"comes", L_VERB},
  {"commander", L_TITLE},
  {"commented", L_CUE | L_VERB},
  {"commenting", L_CUE | L_CUE_ING | L_VERB},
  {"comments", L_CUE | L_VERB},
  {"commissioner", L_TITLE},
  {"complained", L_CUE | L_VERB},
  {"complaining", L_CUE | L_CUE_ING | L_VERB},
  {"complains", L_CUE | L_VERB},
  {"comptroller", L_TITLE},
  {"comrade", L_TITLE},
  {"conceded", L_CUE | L_VERB},
  {"concedes", L_CUE | L_VERB},
  {"conceding", L_CUE | L_CUE_ING | L_VERB},
  {"concluded", L_CUE | L_VERB},
  {"concluding", L_CUE | L_CUE_ING | L_VERB},
  {"condemned", L_CUE | L_VERB | L_OBJ},
  {"condemning", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"condemns", L_CUE | L_VERB | L_OBJ},
  {"confirmed", L_CUE | L_VERB},
  {"confirming", L_CUE | L_CUE_ING | L_VERB},
  {"confirms", L_CUE | L_VERB},
  {"congolese", L_NAT},
  {"congratulated", L_CUE | L_VERB | L_OBJ},
  {"congratulating", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"congressman", L_MALE | L_TITLE},
  {"congresswoman", L_FEMALE | L_TITLE},
  {"conservative", L_NAT},
  {"contended", L_CUE | L_VERB},
  {"contending", L_CUE | L_CUE_ING | L_VERB},
  {"contends", L_CUE | L_VERB},
  {"continued", L_CUE | L_VERB},
  {"continues", L_CUE | L_VERB},
  {"continuing", L_CUE | L_CUE_ING | L_VERB},
  {"convened", L_VERB},
  {"could", L_VERB},
  {"couldn't", L_VERB},
  {"councillor", L_TITLE},
  {"councilman", L_MALE | L_TITLE},
  {"councilmember", L_TITLE},
  {"councilor", L_TITLE},
  {"councilwoman", L_FEMALE | L_TITLE},
  {"countered", L_CUE | L_VERB},
  {"countering", L_CUE | L_CUE_ING | L_VERB},
  {"counters", L_CUE | L_VERB},
  {"criticised", L_CUE | L_VERB | L_OBJ},
  {"criticises", L_CUE | L_VERB | L_OBJ},
  {"criticising", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"criticized", L_CUE | L_VERB | L_OBJ},
  {"criticizes", L_CUE | L_VERB | L_OBJ},
  {"criticizing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"critics", L_STOPCAP},
  {"croatian", L_NAT},
  {"crown", L_TITLE},
  {"cuban", L_NAT},
  {"cut", L_VERB},
  {"czech", L_NAT},
  {"da", L_CONNECT},
  {"dame", L_FEMALE | L_TITLE | L_ABBR},
  {"danish", L_NAT},
  {"datin", L_FEMALE | L_TITLE},
  {"datuk", L_TITLE},
  {"de", L_CONNECT},
  {"dealers", L_STOPCAP | L_GROUP},
  {"december", L_STOPCAP},
  {"declared", L_CUE | L_VERB},
  {"declares", L_CUE | L_VERB},
  {"declaring", L_CUE | L_CUE_ING | L_VERB},
  {"declaró", L_CUE | L_VERB},
  {"decried", L_CUE | L_VERB | L_OBJ},
  {"decries", L_CUE | L_VERB | L_OBJ},
  {"defence", L_TITLE},
  {"defense", L_TITLE},
  {"del", L_CONNECT},
  {"dela", L_CONNECT},
  {"della", L_CONNECT},
  {"delos", L_CONNECT},
  {"demanded", L_CUE | L_VERB | L_OBJ},
  {"demanding", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"demands", L_CUE | L_VERB | L_OBJ},
  {"democrat", L_NAT},
  {"democratic", L_NAT},
  {"demonstrators", L_STOPCAP | L_GROUP},
  {"denounced", L_CUE | L_VERB | L_OBJ},
  {"denounces", L_CUE | L_VERB | L_OBJ},
  {"denouncing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"deputy", L_TITLE},
  {"der", L_CONNECT},
  {"derided", L_CUE | L_VERB | L_OBJ},
  {"described", L_CUE | L_VERB | L_OBJ},
  {"describes", L_CUE | L_VERB | L_OBJ},
  {"describing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"despite", L_PREP | L_STOPCAP},
  {"destacó", L_CUE | L_VERB},
  {"detectives", L_STOPCAP | L_GROUP},
  {"did", L_VERB | L_ADV},
  {"didn't", L_VERB},
  {"dijo", L_CUE | L_VERB},
  {"diplomats", L_STOPCAP},
  {"director", L_TITLE},
  {"dismissed", L_CUE | L_VERB | L_OBJ},
  {"dismisses", L_CUE | L_VERB | L_OBJ},
  {"dismissing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"do", L_VERB},
  {"doctors", L_STOPCAP | L_GROUP},
  {"does", L_VERB | L_ADV},
  {"doesn't", L_VERB},
  {"dominican", L_NAT},
  {"dos", L_CONNECT},
  {"dozens", L_STOPCAP},      /* "Dozens marched, chanting …": a count, no one named */
  {"dr", L_TITLE | L_ABBR},
  {"drew", L_VERB},
  {"drove", L_VERB},
  {"du", L_CONNECT},
  {"dubbed", L_CUE | L_VERB | L_OBJ},
  {"dubbing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"during", L_PREP | L_STOPCAP},
  {"dutch", L_NAT},
  {"déclaré", L_CUE | L_VERB | L_FRPART},
  {"each", L_STOPCAP},
  {"earlier", L_VERB | L_ADV | L_STOPCAP},
  {"economists", L_STOPCAP},
  {"economy", L_TITLE},
  {"ecuadorian", L_NAT},
  {"education", L_TITLE},
  {"egyptian", L_NAT},
  {"el", L_CONNECT},
  {"emir", L_TITLE},
  {"emirati", L_NAT},
  {"emphasised", L_CUE | L_VERB},
  {"emphasises", L_CUE | L_VERB},
  {"emphasising", L_CUE | L_CUE_ING | L_VERB},
  {"emphasized", L_CUE | L_VERB},
  {"emphasizes", L_CUE | L_VERB},
  {"emphasizing", L_CUE | L_CUE_ING | L_VERB},
  {"en", L_PREP},
  {"energy", L_TITLE},
  {"english", L_NAT},
  {"engr", L_TITLE | L_ABBR},
  {"envoy", L_TITLE},
  {"erklärte", L_CUE | L_VERB},
  {"estimé", L_CUE | L_VERB | L_FRPART},
  {"estonian", L_NAT},
  {"ethiopian", L_NAT},
  {"eu", L_NAT},
  {"european", L_NAT},
  {"every", L_STOPCAP},
  {"exclaimed", L_CUE | L_VERB},
  {"executive", L_TITLE},
  {"experts", L_STOPCAP},
  {"explained", L_CUE | L_VERB},
  {"explaining", L_CUE | L_CUE_ING | L_VERB},
  {"explains", L_CUE | L_VERB},
  {"explicó", L_CUE | L_VERB},
  {"expliqué", L_CUE | L_VERB | L_FRPART},
  {"expressed", L_VERB},
  {"families", L_STOPCAP | L_GROUP},
  {"fans", L_STOPCAP | L_GROUP},
  {"farmers", L_STOPCAP | L_GROUP},
  {"father", L_MALE | L_TITLE},
  {"february", L_STOPCAP},
  {"fell", L_VERB},
  {"felt", L_VERB},
  {"filipino", L_NAT},
  {"finance", L_TITLE},
  {"finnish", L_NAT},
  {"firefighters", L_STOPCAP | L_GROUP},
  {"first", L_VERB | L_TITLE},
  {"flew", L_VERB},
  {"following", L_STOPCAP},
  {"for", L_PREP | L_STOPCAP},
  {"foreign", L_TITLE},
  {"forgot", L_VERB},
  {"former", L_TITLE},
  {"fought", L_VERB},
  {"found", L_VERB},
  {"french", L_NAT},
  {"friday", L_STOPCAP},
  {"from", L_PREP | L_STOPCAP},
  {"fumed", L_CUE | L_VERB},
  {"further", L_VERB | L_ADV},
  {"fügte", L_CUE | L_VERB},
  {"gave", L_VERB},
  {"gen", L_TITLE | L_ABBR},
  {"general", L_TITLE},
  {"gens", L_ABBR},
  {"georgian", L_NAT},
  {"german", L_NAT},
  {"ghanaian", L_NAT},
  {"gives", L_VERB},
  {"goes", L_VERB},
  {"got", L_VERB},
  {"gov", L_TITLE | L_ABBR},
  {"governor", L_TITLE},
  {"greek", L_NAT},
  {"grew", L_VERB},
  {"guatemalan", L_NAT},
  {"had", L_VERB | L_ADV},
  {"hadn't", L_VERB},
  {"hailed", L_CUE | L_VERB | L_OBJ},
  {"hailing", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"hails", L_CUE | L_VERB | L_OBJ},
  {"haitian", L_NAT},
  {"has", L_VERB | L_ADV},
  {"hasn't", L_VERB},
  {"have", L_VERB | L_ADV},
  {"he", L_PRON | L_MALE | L_STOPCAP},
  {"head", L_TITLE},
  {"health", L_TITLE},
  {"heard", L_VERB},
  {"held", L_VERB},
  {"her", L_DET | L_STOPCAP},
  {"here", L_STOPCAP},
  {"herself", L_VERB | L_ADV},
  {"hid", L_VERB},
  {"highlighted", L_CUE | L_VERB},
  {"highlighting", L_CUE | L_CUE_ING | L_VERB},
  {"highlights", L_CUE | L_VERB},
  {"himself", L_VERB | L_ADV},
  {"his", L_DET | L_STOPCAP},
  {"hit", L_VERB},
  {"holds", L_VERB},
  {"hon", L_TITLE | L_ABBR},
  {"honduran", L_NAT},
  {"how", L_STOPCAP},
  {"however", L_VERB | L_ADV | L_STOPCAP},
  {"hundreds", L_STOPCAP},
  {"hung", L_VERB},
  {"hungarian", L_NAT},
  {"i", L_STOPCAP},
  {"ibn", L_CONNECT},
  {"if", L_CONJ | L_STOPCAP},
  {"imam", L_TITLE},
  {"in", L_PREP | L_STOPCAP},
  {"indian", L_NAT},
  {"indicated", L_CUE | L_VERB},
  {"indicates", L_CUE | L_VERB},
  {"indicating", L_CUE | L_CUE_ING | L_VERB},
  {"indicó", L_CUE | L_VERB},
  {"indiqué", L_CUE | L_VERB | L_FRPART},
  {"indonesian", L_NAT},
  {"insisted", L_CUE | L_VERB},
  {"insisting", L_CUE | L_CUE_ING | L_VERB},
  {"insistió", L_CUE | L_VERB},
  {"insists", L_CUE | L_VERB},
  {"insp", L_ABBR},
  {"inspectors", L_STOPCAP | L_GROUP},
  {"interior", L_TITLE},
  {"interjected", L_CUE | L_VERB},
  {"interrupted", L_CUE | L_VERB},
  {"interrupting", L_CUE | L_CUE_ING | L_VERB},
  {"into", L_PREP},
  {"investigators", L_STOPCAP | L_GROUP},
  {"investors", L_STOPCAP},
  {"iranian", L_NAT},
  {"iraqi", L_NAT},
  {"irish", L_NAT},
  {"is", L_VERB | L_ADV},
  {"isn't", L_VERB},
  {"israeli", L_NAT},
  {"it", L_STOPCAP},
  {"italian", L_NAT},
  {"its", L_DET | L_STOPCAP},
  {"itself", L_VERB},
  {"jamaican", L_NAT},
  {"january", L_STOPCAP},
  {"japanese", L_NAT},
  {"joked", L_CUE | L_VERB},
  {"jordanian", L_NAT},
  {"jr", L_ABBR},
  {"judge", L_TITLE},
  {"july", L_STOPCAP},
  {"june", L_STOPCAP},
  {"jurors", L_STOPCAP | L_GROUP},
  {"justice", L_TITLE},
  {"kazakh", L_NAT},
  {"kenyan", L_NAT},
  {"kept", L_VERB},
  {"king", L_MALE | L_TITLE},
  {"knew", L_VERB},
  {"knows", L_VERB},
  {"korean", L_NAT},
  {"kurdish", L_NAT},
  {"kuwaiti", L_NAT},
  {"la", L_CONNECT},
  {"labeled", L_CUE | L_VERB | L_OBJ},
  {"labelled", L_CUE | L_VERB | L_OBJ},
  {"labour", L_NAT},
  {"lady", L_FEMALE | L_TITLE},
  {"laid", L_VERB},
  {"lamented", L_CUE | L_VERB},
  {"lamenting", L_CUE | L_CUE_ING | L_VERB},
  {"laments", L_CUE | L_VERB},
  {"last", L_VERB | L_STOPCAP},
  {"later", L_VERB | L_ADV | L_STOPCAP},
  {"latin", L_NAT},
  {"latvian", L_NAT},
  {"lawmaker", L_TITLE},
  {"lawmakers", L_STOPCAP},
  {"lawyers", L_STOPCAP | L_GROUP},
  {"le", L_CONNECT},
  {"leader", L_TITLE},
  {"leads", L_VERB},
  {"leaves", L_VERB},
  {"lebanese", L_NAT},
  {"led", L_VERB},
  {"left", L_VERB},
  {"legislator", L_TITLE},
  {"legislators", L_STOPCAP | L_GROUP},
  {"lent", L_VERB},
  {"liberal", L_NAT},
  {"libyan", L_NAT},
  {"lieutenant", L_TITLE},
  {"like", L_PREP},
  {"lithuanian", L_NAT},
  {"lord", L_MALE | L_TITLE},
  {"loses", L_VERB},
  {"lost", L_VERB},
  {"lt", L_TITLE | L_ABBR},
  {"madam", L_FEMALE | L_TITLE},
  {"made", L_VERB},
  {"maintained", L_CUE | L_VERB},
  {"maintaining", L_CUE | L_CUE_ING | L_VERB},
  {"maintains", L_CUE | L_VERB},
  {"maj", L_TITLE | L_ABBR},
  {"major", L_TITLE},
  {"makes", L_VERB},
  {"malaysian", L_NAT},
  {"many", L_STOPCAP},
  {"march", L_STOPCAP},
  {"marshal", L_TITLE},
  {"may", L_VERB | L_STOPCAP},
  {"mayor", L_TITLE},
  {"meant", L_VERB},
  {"meanwhile", L_VERB | L_ADV | L_STOPCAP},
  {"medics", L_STOPCAP | L_GROUP},
  {"meets", L_VERB},
  {"meinte", L_CUE | L_VERB},
  {"member", L_TITLE},
  {"mentioned", L_CUE | L_VERB},
  {"mentioning", L_CUE | L_CUE_ING | L_VERB},
  {"mentions", L_CUE | L_VERB},
  {"messrs", L_TITLE | L_ABBR},
  {"met", L_VERB},
  {"mexican", L_NAT},
  {"might", L_VERB},
  {"militants", L_STOPCAP | L_GROUP},
  {"millions", L_STOPCAP},
  {"minister", L_TITLE},
  {"minister-president", L_TITLE},
  {"ministers", L_STOPCAP},
  {"mk", L_TITLE},   /* a member of the Knesset */
  {"mla", L_TITLE},
  {"mme", L_FEMALE | L_TITLE | L_ABBR},
  {"mna", L_TITLE},
  {"mocked", L_CUE | L_VERB | L_OBJ},
  {"mocking", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"mocks", L_CUE | L_VERB | L_OBJ},
  {"moderator", L_TITLE},   /* a debate's: "Moderator Ann Lee", "the moderator said" */
  {"moldovan", L_NAT},
  {"monday", L_STOPCAP},
  {"mongolian", L_NAT},
  {"monitors", L_STOPCAP | L_GROUP},
  {"moroccan", L_NAT},
  {"most", L_STOPCAP},
  {"mp", L_TITLE},
  {"mr", L_MALE | L_TITLE | L_ABBR},
  {"mrs", L_FEMALE | L_TITLE | L_ABBR},
  {"ms", L_FEMALE | L_TITLE | L_ABBR},
  {"msgr", L_TITLE | L_ABBR},
  {"mused", L_CUE | L_VERB},
  {"must", L_VERB},
  {"my", L_DET | L_STOPCAP},
  {"near", L_PREP},
  {"neighbors", L_STOPCAP | L_GROUP},
  {"neighbours", L_STOPCAP | L_GROUP},
  {"nepalese", L_NAT},
  {"never", L_VERB | L_ADV},
  {"new", L_NAT},
  {"next", L_STOPCAP},
  {"nicaraguan", L_NAT},
  {"nigerian", L_NAT},
  {"no", L_STOPCAP},
  {"nominee", L_TITLE},
  {"north", L_NAT},
  {"norwegian", L_NAT},
  {"not", L_STOPCAP},
  {"noted", L_CUE | L_VERB},
  {"notes", L_CUE | L_VERB},
  {"noting", L_CUE | L_CUE_ING | L_VERB},
  {"november", L_STOPCAP},
  {"now", L_ADV | L_STOPCAP},
  {"observed", L_CUE | L_VERB},
  {"observers", L_STOPCAP},
  {"observing", L_CUE | L_CUE_ING | L_VERB},
  {"october", L_STOPCAP},
  {"of", L_PREP},
  {"officer", L_TITLE},
  {"officers", L_STOPCAP | L_GROUP},
  {"officials", L_STOPCAP},
  {"omani", L_NAT},
  {"on", L_PREP | L_STOPCAP},
  {"once", L_VERB | L_ADV},
  {"one", L_STOPCAP},
  {"opponents", L_STOPCAP | L_GROUP},
  {"opposition", L_NAT},
  {"or", L_STOPCAP},
  {"ordered", L_CUE | L_VERB | L_OBJ},
  {"orders", L_CUE | L_VERB | L_OBJ},
  {"organisers", L_STOPCAP | L_GROUP},
  {"organizers", L_STOPCAP | L_GROUP},
  {"other", L_STOPCAP},
  {"others", L_STOPCAP},
  {"our", L_DET | L_STOPCAP},
  {"over", L_PREP},
  {"paid", L_VERB},
  {"pakistani", L_NAT},
  {"palestinian", L_NAT},
  {"panamanian", L_NAT},
  {"paraguayan", L_NAT},
  {"paramedics", L_STOPCAP | L_GROUP},
  {"parents", L_STOPCAP | L_GROUP},
  {"pastor", L_TITLE},
  {"per", L_PREP},
  {"peruvian", L_NAT},
  {"philippine", L_NAT},
  {"pledged", L_CUE | L_VERB},
  {"pledges", L_CUE | L_VERB},
  {"pledging", L_CUE | L_CUE_ING | L_VERB},
  {"pm", L_TITLE},
  {"police", L_STOPCAP | L_GROUP},
  {"polish", L_NAT},
  {"pope", L_TITLE},
  {"portuguese", L_NAT},
  {"posted", L_CUE | L_VERB},
  {"praised", L_CUE | L_VERB | L_OBJ},
  {"praises", L_CUE | L_VERB | L_OBJ},
  {"praising", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"predicted", L_CUE | L_VERB},
  {"predicting", L_CUE | L_CUE_ING | L_VERB},
  {"predicts", L_CUE | L_VERB},
  {"premier", L_TITLE},
  {"president", L_TITLE},
  {"pressed", L_CUE | L_VERB},
  {"previously", L_VERB | L_ADV},
  {"prime", L_TITLE},
  {"prince", L_MALE | L_TITLE},
  {"princess", L_FEMALE | L_TITLE},
  {"privately", L_ADV},
  {"prof", L_TITLE | L_ABBR},
  {"professor", L_TITLE},
  {"promised", L_CUE | L_VERB},
  {"promises", L_CUE | L_VERB},
  {"promising", L_CUE | L_CUE_ING | L_VERB},
  {"prosecutors", L_STOPCAP | L_GROUP},
  {"protesters", L_STOPCAP},
  {"publicly", L_ADV},
  {"put", L_VERB},
  {"qatari", L_NAT},
  {"queen", L_FEMALE | L_TITLE},
  {"quipped", L_CUE | L_VERB},
  {"quit", L_VERB},
  {"rabbi", L_TITLE},
  {"ran", L_VERB},
  {"rebels", L_STOPCAP | L_GROUP},
  {"recalled", L_CUE | L_VERB},
  {"recalling", L_CUE | L_CUE_ING | L_VERB},
  {"recalls", L_CUE | L_VERB},
  {"recently", L_VERB | L_ADV},
  {"regulators", L_STOPCAP | L_GROUP},
  {"reiterated", L_CUE | L_VERB},
  {"reiterates", L_CUE | L_VERB},
  {"reiterating", L_CUE | L_CUE_ING | L_VERB},
  {"rejected", L_CUE | L_VERB | L_OBJ},
  {"rejecting", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"rejects", L_CUE | L_VERB | L_OBJ},
  {"relatives", L_STOPCAP | L_GROUP},
  {"remarked", L_CUE | L_VERB},
  {"remarking", L_CUE | L_CUE_ING | L_VERB},
  {"remarks", L_CUE | L_VERB},
  {"rep", L_TITLE | L_ABBR},
  {"repeated", L_CUE | L_VERB},
  {"repeatedly", L_ADV},
  {"repeating", L_CUE | L_CUE_ING | L_VERB},
  {"repeats", L_CUE | L_VERB},
  {"replied", L_CUE | L_VERB},
  {"replies", L_CUE | L_VERB},
  {"replying", L_CUE | L_CUE_ING | L_VERB},
  {"reported", L_CUE | L_VERB},
  {"reportedly", L_VERB | L_ADV},
  {"reporting", L_STOPCAP},
  {"reports", L_CUE | L_VERB},
  {"representative", L_TITLE},
  {"republican", L_NAT},
  {"rescuers", L_STOPCAP | L_GROUP},
  {"researchers", L_STOPCAP | L_GROUP},
  {"residents", L_STOPCAP},
  {"responded", L_CUE | L_VERB},
  {"responding", L_CUE | L_CUE_ING | L_VERB},
  {"retorted", L_CUE | L_VERB},
  {"rev", L_TITLE | L_ABBR},
  {"ridiculed", L_CUE | L_VERB | L_OBJ},
  {"romanian", L_NAT},
  {"rose", L_VERB},
  {"russian", L_NAT},
  {"sagte", L_CUE | L_VERB},
  {"said", L_CUE | L_VERB},
  {"sat", L_VERB},
  {"saturday", L_STOPCAP},
  {"saudi", L_NAT},
  {"saw", L_VERB},
  {"say", L_CUE | L_VERB},
  {"saying", L_CUE | L_CUE_ING | L_VERB},
  {"says", L_CUE | L_VERB},
  {"schrieb", L_CUE | L_VERB},
  {"scientists", L_STOPCAP | L_GROUP},
  {"scoffed", L_CUE | L_VERB},
  {"scottish", L_NAT},
  {"secretary", L_TITLE},
  {"seeks", L_VERB},
  {"sees", L_VERB},
  {"sen", L_TITLE | L_ABBR},
  {"senator", L_TITLE},
  {"senators", L_STOPCAP | L_GROUP},
  {"senegalese", L_NAT},
  {"senior", L_TITLE},
  {"sent", L_VERB},
  {"separately", L_VERB | L_ADV},
  {"september", L_STOPCAP},
  {"serbian", L_NAT},
  {"sergeant", L_TITLE},
  {"seri", L_TITLE},
  {"señaló", L_CUE | L_VERB},
  {"sgt", L_TITLE | L_ABBR},
  {"shall", L_VERB},
  {"she", L_PRON | L_FEMALE | L_STOPCAP},
  {"sheik", L_TITLE},
  {"sheikh", L_TITLE},
  {"sheriff", L_TITLE},
  {"shook", L_VERB},
  {"shot", L_VERB},
  {"should", L_VERB},
  {"shouted", L_CUE | L_VERB},
  {"shri", L_MALE | L_TITLE | L_ABBR},
  {"shrimati", L_FEMALE | L_TITLE | L_ABBR},
  {"shut", L_VERB},
  {"signed", L_VERB},
  {"since", L_CONJ | L_STOPCAP},
  {"sir", L_MALE | L_TITLE | L_ABBR},
  {"sister", L_FEMALE | L_TITLE},
  {"slammed", L_CUE | L_VERB | L_OBJ},
  {"slams", L_CUE | L_VERB | L_OBJ},
  {"slept", L_VERB},
  {"slovak", L_NAT},
  {"smt", L_FEMALE | L_TITLE | L_ABBR},
  {"snapped", L_CUE | L_VERB},
  {"so", L_CONJ | L_STOPCAP},
  {"sold", L_VERB},
  {"soldiers", L_STOPCAP | L_GROUP},
  {"some", L_DET | L_STOPCAP},
  {"sostuvo", L_CUE | L_VERB},
  {"sought", L_VERB},
  {"souligné", L_CUE | L_VERB | L_FRPART},
  {"sources", L_STOPCAP},
  {"south", L_NAT},
  {"soviet", L_NAT},
  {"spanish", L_NAT},
  {"speaker", L_TITLE},
  {"speaking", L_STOPCAP},
  {"speaks", L_VERB},
  {"spent", L_VERB},
  {"spoke", L_VERB},
  {"spokesman", L_TITLE},
  {"spokesperson", L_TITLE},
  {"spokeswoman", L_FEMALE | L_TITLE},
  {"sr", L_ABBR},
  {"st", L_ABBR},
  {"state", L_TITLE},
  {"stated", L_CUE | L_VERB},
  {"states", L_CUE | L_VERB},
  {"stating", L_CUE | L_CUE_ING | L_VERB},
  {"still", L_VERB | L_ADV | L_STOPCAP},
  {"stood", L_VERB},
  {"stressed", L_CUE | L_VERB},
  {"stresses", L_CUE | L_VERB},
  {"stressing", L_CUE | L_CUE_ING | L_VERB},
  {"struck", L_VERB},
  {"stuck", L_VERB},
  {"students", L_STOPCAP | L_GROUP},
  {"subrayó", L_CUE | L_VERB},
  {"subsequently", L_VERB | L_ADV},
  {"such", L_STOPCAP},
  {"sudanese", L_NAT},
  {"suggested", L_CUE | L_VERB},
  {"suggesting", L_CUE | L_CUE_ING | L_VERB},
  {"suggests", L_CUE | L_VERB},
  {"sunday", L_STOPCAP},
  {"superintendent", L_TITLE},
  {"supervisor", L_TITLE},
  {"supporters", L_STOPCAP | L_GROUP},
  {"supreme", L_TITLE},
  {"supt", L_ABBR},
  {"survivors", L_STOPCAP | L_GROUP},
  {"swedish", L_NAT},
  {"swiss", L_NAT},
  {"swore", L_VERB},
  {"syrian", L_NAT},
  {"taiwanese", L_NAT},
  {"takes", L_VERB},
  {"tanaiste", L_TITLE},
  {"tanzanian", L_NAT},
  {"taoiseach", L_TITLE},
  {"taught", L_VERB},
  {"td", L_TITLE},   /* an Irish deputy: "Labour TD Ann Lee" */
  {"teachers", L_STOPCAP | L_GROUP},
  {"telling", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"tells", L_CUE | L_VERB | L_OBJ},
  {"termed", L_CUE | L_VERB | L_OBJ},
  {"terming", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"testified", L_CUE | L_VERB},
  {"testifies", L_CUE | L_VERB},
  {"testifying", L_CUE | L_CUE_ING | L_VERB},
  {"thai", L_NAT},
  {"than", L_PREP},
  {"thanked", L_CUE | L_VERB | L_OBJ},
  {"thanking", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"that", L_CONJ | L_DET | L_STOPCAP},
  {"the", L_DET | L_STOPCAP},
  {"their", L_DET | L_STOPCAP},
  {"themselves", L_VERB | L_ADV},
  {"then", L_VERB | L_ADV | L_CONJ | L_STOPCAP},
  {"there", L_STOPCAP},
  {"these", L_DET | L_STOPCAP},
  {"they", L_PRON | L_STOPCAP},
  {"thinks", L_VERB},
  {"this", L_DET | L_STOPCAP},
  {"those", L_DET | L_STOPCAP},
  {"though", L_CONJ | L_STOPCAP},
  {"thought", L_VERB},
  {"thousands", L_STOPCAP},
  {"three", L_STOPCAP},
  {"threw", L_VERB},
  {"through", L_PREP},
  {"thundered", L_CUE | L_VERB},
  {"thursday", L_STOPCAP},
  {"to", L_PREP},
  {"today", L_STOPCAP},
  {"told", L_CUE | L_VERB | L_OBJ},
  {"tomorrow", L_STOPCAP},
  {"took", L_VERB},
  {"tore", L_VERB},
  {"tory", L_NAT},
  {"toward", L_PREP},
  {"towards", L_PREP},
  {"trade", L_TITLE},
  {"traders", L_STOPCAP},
  {"treasurer", L_TITLE},
  {"troops", L_STOPCAP | L_GROUP},
  {"tuesday", L_STOPCAP},
  {"tunisian", L_NAT},
  {"turkish", L_NAT},
  {"tweeted", L_CUE | L_VERB},
  {"tweeting", L_CUE | L_CUE_ING | L_VERB},
  {"two", L_STOPCAP},
  {"t\303\241naiste", L_TITLE},   /* (UTF-8 bytes sort after ASCII) */
  {"u.s", L_NAT},
  {"ugandan", L_NAT},
  {"uk", L_NAT},
  {"ukrainian", L_NAT},
  {"un", L_NAT},
  {"under", L_PREP | L_STOPCAP},
  {"underlined", L_CUE | L_VERB},
  {"underlines", L_CUE | L_VERB},
  {"underlining", L_CUE | L_CUE_ING | L_VERB},
  {"underscored", L_CUE | L_VERB},
  {"underscores", L_CUE | L_VERB},
  {"underscoring", L_CUE | L_CUE_ING | L_VERB},
  {"upon", L_PREP},
  {"urged", L_CUE | L_VERB | L_OBJ},
  {"urges", L_CUE | L_VERB | L_OBJ},
  {"urging", L_CUE | L_CUE_ING | L_VERB | L_OBJ},
  {"uruguayan", L_NAT},
  {"us", L_NAT},
  {"uzbek", L_NAT},
  {"van", L_CONNECT},
  {"venezuelan", L_NAT},
  {"via", L_PREP},
  {"vice", L_TITLE},
  {"vice-president", L_TITLE},
  {"vietnamese", L_NAT},
  {"villagers", L_STOPCAP | L_GROUP},
  {"visited", L_VERB},
  {"von", L_CONNECT},
  {"voters", L_STOPCAP | L_GROUP},
  {"vowed", L_CUE | L_VERB},
  {"vowing", L_CUE | L_CUE_ING | L_VERB},
  {"vows", L_CUE | L_VERB},
  {"wants", L_VERB},
  {"warned", L_CUE | L_VERB},
  {"warning", L_CUE | L_CUE_ING | L_VERB},
  {"warns", L_CUE | L_VERB},
  {"warnte", L_CUE | L_VERB},
  {"was", L_VERB | L_ADV},
  {"wasn't", L_VERB},
  {"we", L_STOPCAP},
  {"wednesday", L_STOPCAP},
  {"welcomed", L_VERB},
  {"welsh", L_NAT},
  {"went", L_VERB},
  {"wept", L_VERB},
  {"were", L_VERB | L_ADV},
  {"western", L_NAT},
  {"what", L_STOPCAP},
  {"when", L_CONJ | L_STOPCAP},
  {"where", L_CONJ | L_STOPCAP},
  {"whereas", L_CONJ},
  {"which", L_STOPCAP},
  {"while", L_CONJ | L_STOPCAP},
  {"whispered", L_CUE | L_VERB},
  {"who", L_STOPCAP},
  {"why", L_STOPCAP},
  {"will", L_VERB | L_ADV},
  {"wins", L_VERB},
  {"with", L_PREP | L_STOPCAP},
  {"withdrew", L_VERB},
  {"within", L_PREP},
  {"without", L_PREP},
  {"witnesses", L_STOPCAP},
  {"won", L_VERB},
  {"won't", L_VERB},
  {"wore", L_VERB},
  {"workers", L_STOPCAP | L_GROUP},
  {"would", L_VERB | L_ADV},
  {"wouldn't", L_VERB},
  {"writes", L_CUE | L_VERB},
  {"writing", L_CUE | L_CUE_ING | L_VERB},
  {"wrote", L_CUE | L_VERB},
  {"yelled", L_CUE | L_VERB},
  {"yemeni", L_NAT},
  {"yesterday", L_STOPCAP},
  {"yet", L_CONJ | L_STOPCAP},
  {"you", L_STOPCAP},
  {"your", L_DET | L_STOPCAP},
  {"zambian", L_NAT},
  {"zimbabwean", L_NAT},
  {"zu", L_CONNECT},
};

#define NLEX (sizeof lexicon / sizeof lexicon[0])
#define LEX_MAXW 20

/* Flags of the word s[0..n) (ASCII letters compared case-insensitively;
 * a final full stop is ignored), or 0.  A possessive 's is not: callers
 * pass the word without it (tok.base). */
#include "quotes_lexhash.h"   /* qlex_slots: make qlex */

static uint32_t lex_lookup(const char *s, size_t n)
{
  char buf[LEX_MAXW + 1];
  uint32_t h = 2166136261u;   /* FNV-1a, as tools/gen_lexhash.lua */
  size_t i;
  if (n > 0 && s[n - 1] == '.') n--;
  if (n == 0 || n > LEX_MAXW) return 0;
  buf[0] = (char)dl_lower[(unsigned char)s[0]];   /* every word opens with an ASCII letter */
  if (buf[0] < 'a' || buf[0] > 'z') return 0;
  for (i = 0; i < n; i++) {
    unsigned char c = dl_lower[(unsigned char)s[i]];   /* "déclaré": UTF-8 as is */
    if (c == '\0') break;   /* the word ends at a NUL byte */
    buf[i] = (char)c;
    h = (h ^ c) * 16777619u;
  }
  n = i;
  for (i = h >> (32 - QLEX_HASH_BITS); qlex_slots[i]; i = (i + 1) & ((1u << QLEX_HASH_BITS) - 1)) {
    const lex_entry *e = &lexicon[qlex_slots[i] - 1];
    size_t k = 0;
    while (k < n && e->w[k] == buf[k]) k++;   /* stops at the word's NUL */
    if (k == n && e->w[n] == '\0') return e->f;
  }
  return 0;
}

/* Last words of an organization's name, lower case, sorted by strcmp. */
/* (with the heads of utilities' and businesses' names: "Southern Vale
 * Water", "Kestrel Mining"; not "power" or "steel", surnames too) */
static const char *const org_last[] = {
  "ag", "agency", "airlines", "airways", "association", "authority", "auto", "bank", "board",
  "brewing", "brothers", "bureau", "chamber", "co",
  "commission", "committee", "company", "congress", "corp", "corporation", "council", "court",
  "crescent", "department", "electric", "energy", "exchange", "federation", "foundation", "fund",
  "group", "guard", "holdings", "inc", "industries", "institute", "international",
  "league", "llc", "logistics", "ltd", "mining", "ministry", "motors", "nv", "office", "oil",
  "organisation", "organization", "party", "petroleum", "pharma", "pharmaceuticals", "plc",
  "programme", "railways", "resources", "sa", "society", "spa", "systems", "technologies",
  "telecom", "trust", "union", "united", "university", "utilities", "watch", "water"
};

/* One-word names of presidential palaces that speak for their
 * governments, lower case, sorted ("Malacañang said"). */
static const char *const palace_names[] = {
  "bellevue", "elysee", "malacanang", "malacañang", "quirinale", "zarzuela", "élysée"
};

/* Nouns that say a name is an organization's, before it ("platinum
 * producer Tshwane Minerals", "an environmental group, Earthlife Watch")
 * or standing for it later ("the group said"), sorted; 'b' a business
 * ("the company said" may stand for any recent business or organization
 * not known to be public), 'p' a public body or association. */
static const struct { const char *w; char kind; } org_nouns[] = {
  {"agency", 'p'}, {"airline", 'b'}, {"army", 'p'}, {"association", 'p'}, {"authority", 'p'},
  {"automaker", 'b'},
  {"bank", 'b'}, {"board", 'p'}, {"brewer", 'b'}, {"broadcaster", 'b'}, {"bureau", 'p'},
  {"carmaker", 'b'}, {"carrier", 'b'}, {"charity", 'p'}, {"chipmaker", 'b'}, {"coalition", 'p'},
  {"commission", 'p'}, {"committee", 'p'}, {"company", 'b'}, {"council", 'p'}, {"court", 'p'},
  {"delegation", 'p'}, {"department", 'p'}, {"developer", 'b'}, {"drugmaker", 'b'}, {"embassy", 'p'},
  {"federation", 'p'}, {"firm", 'b'}, {"foundation", 'p'},
  {"fund", 'p'}, {"group", 'b'}, {"guard", 'p'}, {"institute", 'p'}, {"insurer", 'b'},
  {"league", 'p'}, {"lender", 'b'}, {"maker", 'b'}, {"manufacturer", 'b'},
  {"military", 'p'}, {"miner", 'b'}, {"ministry", 'p'}, {"mission", 'p'}, {"movement", 'p'},
  {"navy", 'p'}, {"network", 'p'}, {"office", 'p'},
  {"operator", 'b'}, {"organisation", 'p'}, {"organization", 'p'},
  {"party", 'p'}, {"prefecture", 'p'}, {"producer", 'b'}, {"refiner", 'b'}, {"regulator", 'p'}, {"retailer", 'b'},
  {"society", 'p'}, {"trust", 'p'}, {"union", 'p'}, {"university", 'p'}, {"watchdog", 'p'}
};

/* Family and other gendered nouns that name a role before an appositive
 * name ("Her husband, Tom, said"), sorted; 'm' male, 'f' female. */
static const struct { const char *w; char g; } role_gender_words[] = {
  {"aunt", 'f'}, {"boyfriend", 'm'}, {"brother", 'm'}, {"businessman", 'm'},
  {"businesswoman", 'f'}, {"daughter", 'f'}, {"girlfriend", 'f'},
  {"granddaughter", 'f'}, {"grandfather", 'm'}, {"grandmother", 'f'},
  {"grandson", 'm'}, {"husband", 'm'}, {"man", 'm'}, {"mother", 'f'},
  {"nephew", 'm'}, {"niece", 'f'}, {"son", 'm'}, {"spokesman", 'm'},
  {"uncle", 'm'}, {"widow", 'f'}, {"widower", 'm'}, {"wife", 'f'},
  {"woman", 'f'}
};

/* Is the word text[s, s + n) (any case, a final dot ignored) in org_last? */
/* Is the word w[0..n) (any case, a final dot ignored) in the sorted
 * lower-case list? */
/* strcmp order of the lower-case list word lw against w[0..n) lowered
 * (the bisections below): no strlen, the list word's NUL ends it. */
static int lword_cmp(const char *lw, const char *w, size_t n)
{
  const unsigned char *l = (const unsigned char *)lw;
  size_t i;
  for (i = 0; i < n; i++) {
    int r;
    if (!l[i]) return -1;   /* a prefix of the word */
    r = l[i] - dl_lower[(unsigned char)w[i]];
    if (r) return r;
  }
  return l[n] ? 1 : 0;
}

static int in_list(const char *const *list, size_t len, const char *w, size_t n)
{
  size_t lo = 0, hi = len;
  if (n > 0 && w[n - 1] == '.') n--;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = lword_cmp(list[mid], w, n);
    if (r == 0) return 1;
    if (r < 0) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

static int is_org_last(const char *w, size_t n)
{
  return in_list(org_last, sizeof org_last / sizeof org_last[0], w, n);
}

/* Last words of the seats of governments that speak for them ("the
 * Kremlin said", "Matignon said", "the Casa Rosada said"), lower case (but É),
 * sorted by strcmp; and two-word seats whose last word alone is no seat. */
static const char *const seat_last[] = {
  "bankova", "elysee", "kremlin", "malacanang", "malacañang", "matignon", "planalto",
  "quirinale", "rosada", "zhongnanhai", ("\xc3\x89lys\xc3\xa9" "e"), "élysée"
};
static const struct { const char *w1, *w2; } seat_pairs[] = {
  {"blue", "house"}, {"downing", "street"}, {"white", "house"}
};

/* Nouns that describe a person rather than name an office, and a
 * nationality's noun for one of its people: "said the Spaniard", "the
 * veteran striker said", "the actress told Variety" stand for a person
 * named before (sorted by strcmp; 'm' or 'f' when the word tells the
 * gender, '-' when not); a parent's noun too, for "the mother of three
 * said" of a person named before (desc_phrase). */
static const struct { const char *w; char g; } person_nouns[] = {
  {"actor", '-'}, {"actress", 'f'}, {"all-rounder", '-'}, {"american", '-'},
  {"argentine", '-'}, {"athlete", '-'}, {"australian", '-'}, {"author", '-'},
  {"batsman", 'm'}, {"belgian", '-'}, {"boss", '-'}, {"bowler", '-'}, {"boxer", '-'},
  {"brazilian", '-'}, {"briton", '-'}, {"canadian", '-'}, {"center", '-'},
  {"centre-back", '-'}, {"coach", '-'}, {"colombian", '-'}, {"cyclist", '-'}, {"dane", '-'},
  {"defender", '-'}, {"democrat", '-'}, {"driver", '-'}, {"dutchman", 'm'}, {"dutchwoman", 'f'},
  {"englishman", 'm'}, {"englishwoman", 'f'}, {"father", 'm'}, {"filmmaker", '-'}, {"finn", '-'},
  {"forward", '-'}, {"frenchman", 'm'}, {"frenchwoman", 'f'}, {"german", '-'},
  {"goalkeeper", '-'}, {"golfer", '-'}, {"grandfather", 'm'}, {"grandmother", 'f'},
  {"irishman", 'm'}, {"irishwoman", 'f'},
  {"italian", '-'}, {"keeper", '-'}, {"kiwi", '-'}, {"left-hander", '-'},
  {"midfielder", '-'}, {"mother", 'f'}, {"musician", '-'}, {"norwegian", '-'}, {"novelist", '-'},
  {"physicist", '-'}, {"pitcher", '-'}, {"playmaker", '-'}, {"quarterback", '-'},
  {"rapper", '-'}, {"researcher", '-'}, {"right-hander", '-'}, {"rookie", '-'},
  {"runner", '-'}, {"scientist", '-'}, {"scot", '-'}, {"scotsman", 'm'},
  {"scotswoman", 'f'}, {"singer", '-'}, {"skipper", '-'}, {"spaniard", '-'},
  {"spinner", '-'}, {"sprinter", '-'}, {"star", '-'}, {"striker", '-'}, {"swede", '-'},
  {"swimmer", '-'}, {"teenager", '-'}, {"veteran", '-'}, {"welshman", 'm'},
  {"welshwoman", 'f'}, {"widow", 'f'}, {"winger", '-'}, {"youngster", '-'}
};

/* Words opening a subordinate clause: the name after them is no role's
 * ("Asked whether Lee would", "Ann Lee, whose party abstained,"); sorted
 * by strcmp. */
static const char *const subordinators[] = {
  "although", "than", "though", "unless", "until", "when", "where", "whereas",
  "whether", "which", "who", "whom", "whose"
};

/* Verbs that are a cue with "back" after them ("the secretary shot back",
 * "Lee hit back"), sorted by strcmp. */
static const char *const retort_verbs[] = {
  "fired", "fires", "hit", "hits", "pushed", "pushes", "shoots", "shot"
};

/* Nouns after a quoted title that make it a work's name rather than
 * words someone said (her "Glass Houses" tour, the "Blue Door" album);
 * sorted by strcmp. */
static const char *const work_nouns[] = {
  "album", "book", "campaign", "documentary", "exhibition", "film", "memoir", "movie",
  "musical", "novel", "podcast", "series", "single", "song", "tour"
};

static int lower_lead_ok(void);
static int show_lists_ok(void);

/* Is the word list tab sorted (dl_words_sorted)? */
#define SORTED(tab) dl_words_sorted(tab, sizeof tab / sizeof tab[0])

int dl_quotes_lexicon_ok(void)
{
  size_t i;
  if (!SORTED(retort_verbs)) return 0;
  for (i = 1; i < sizeof org_last / sizeof org_last[0]; i++)
    if (strcmp(org_last[i - 1], org_last[i]) >= 0 || !is_org_last(org_last[i], strlen(org_last[i])))
      return 0;
  if (!SORTED(palace_names)) return 0;
  if (!SORTED(seat_last)) return 0;
  if (!SORTED(subordinators)) return 0;
  if (!SORTED(work_nouns)) return 0;
  if (!show_lists_ok()) return 0;
  if (!lower_lead_ok()) return 0;
  for (i = 1; i < sizeof org_nouns / sizeof org_nouns[0]; i++)
    if (strcmp(org_nouns[i - 1].w, org_nouns[i].w) >= 0) return 0;
  for (i = 1; i < sizeof person_nouns / sizeof person_nouns[0]; i++)
    if (strcmp(person_nouns[i - 1].w, person_nouns[i].w) >= 0) return 0;
  for (i = 1; i < sizeof role_gender_words / sizeof role_gender_words[0]; i++)
    if (strcmp(role_gender_words[i - 1].w, role_gender_words[i].w) >= 0) return 0;
  for (i = 0; i < NLEX; i++) {
    if (strlen(lexicon[i].w) > LEX_MAXW || lexicon[i].f == 0) return 0;
    if (lexicon[i].w[0] < 'a' || lexicon[i].w[0] > 'z') return 0;
    if (i > 0 && strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0) return 0;
  }
  /* the hash table (make qlex) finds every word with its flags */
  if (QLEX_HASH_WORDS != NLEX) return 0;
  for (i = 0; i < NLEX; i++)
    if (lex_lookup(lexicon[i].w, strlen(lexicon[i].w)) != lexicon[i].f) return 0;
  return 1;
}

/* --- characters ----------------------------------------------------------- */

enum { C_SPACE, C_ALPHA, C_DIGIT, C_OPEN, C_PUNCT };

static int is_letter_cp(int32_t cp)
{
  if (cp < 0x80) return DL_IS_ALPHA(cp) != 0;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return 0;
  if (cp >= 0x2000 && cp <= 0x206F) return 0;   /* general punctuation */
  if (cp >= 0x3000 && cp <= 0x303F) return 0;
  return 1;
}

static int is_upper_cp(int32_t cp)
{
  if (cp < 0x80) return DL_IS_UPPER(cp) != 0;
  /* Latin Extended-A pairs capital then small, except where the
   * pairing shifts by one (after dotless i, and after long s) */
  if (cp >= 0x100 && cp <= 0x17F) {
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) != 0;
    return cp == 0x178 || ((cp & 1) == 0 && cp != 0x138);
  }
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)       /* Latin-1 */
      || (cp >= 0x391 && cp <= 0x3A9)                   /* Greek */
      || (cp >= 0x400 && cp <= 0x42F);                  /* Cyrillic */
}

static int char_class(int32_t cp)
{
  if (cp < 0) return C_SPACE;                      /* text boundary */
  if (cp < 0x80) {
    if (DL_IS_SPACE(cp)) return C_SPACE;
    if (DL_IS_ALPHA(cp)) return C_ALPHA;
    if (DL_IS_DIGIT(cp)) return C_DIGIT;
    if (cp == '(' || cp == '[' || cp == '{' || cp == '-' || cp == '/') return C_OPEN;
    return C_PUNCT;
  }
  if (dl_cp_is_space(cp)) return C_SPACE;
  if (dl_cp_is_dash(cp) || dl_cp_is_open_quote(cp)) return C_OPEN;
  if (is_letter_cp(cp)) return C_ALPHA;
  return C_PUNCT;
}

/* The code point ending just before text[pos], not before lo; -1 at lo. */
static int32_t cp_before(const char *text, size_t lo, size_t pos)
{
  size_t p = pos, adv;
  int k = 0;
  if (pos <= lo) return -1;
  p--;
  while (p > lo && k < 3 && ((unsigned char)text[p] & 0xC0) == 0x80) { p--; k++; }
  return dl_utf8_decode(text + p, pos - p, &adv);
}

static int32_t cp_at(const char *text, size_t pos, size_t hi)
{
  size_t adv;
  if (pos >= hi) return -1;
  return dl_utf8_decode(text + pos, hi - pos, &adv);
}

/* --- matching ------------------------------------------------------------- */

/* Quote families. */
enum { F_DCURLY = 1, F_DLOW, F_DSTRAIGHT, F_GUILL, F_SCURLY, F_SLOW, F_SSTRAIGHT };

/* First bytes of quote marks: " ' and the lead bytes of U+2018..U+201E
 * (E2) and of « » (C2). */
static const unsigned char mark_byte[256] = {
  ['"'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1
};

/* The first byte at or after i that may start a quote mark, or hi.
 * Sixteen bytes a step (dl_skip_plain): a block is looked at byte by
 * byte when it holds " or ' or a byte >= 0x80 (a curly quote, a
 * guillemet). */
static size_t next_mark(const char *text, size_t i, size_t hi)
{
  for (;;) {
    size_t stop;
    i = dl_skip_plain((const unsigned char *)text, i, hi, '"', '\'', '"');
    /* the sixteen bytes the step stopped at (or the tail) one by one; a
     * byte >= 0x80 that opens no mark ("é") sends the scan back to the
     * steps after them */
    stop = i + 16 < hi ? i + 16 : hi;
    while (i < stop && !mark_byte[(unsigned char)text[i]]) i++;
    if (i < stop || stop == hi) return i;
  }
}

static int fam_double(int f) { return f >= F_DCURLY && f <= F_GUILL; }

/* Bytes after a run of ASCII letters and digits where a word may go on
 * (scan_word): ' - . and every byte >= 0x80. */
#define GO8 1, 1, 1, 1, 1, 1, 1, 1
#define GO64 GO8, GO8, GO8, GO8, GO8, GO8, GO8, GO8
static const unsigned char word_goes_on[256] = {
  ['\''] = 1, ['-'] = 1, ['.'] = 1,
  [0x80] = GO64, GO64
};
#undef GO64
#undef GO8

typedef struct openq {
  uint32_t pos;      /* of the opening mark */
  uint8_t len, fam;
  uint32_t para;     /* index into the body paragraphs */
} openq;

/* Per-quote facts the attribution needs besides dl_quote. */
typedef struct qaux {
  uint32_t popen, pclose;  /* body paragraph of the opening / closing mark */
} qaux;

/* A mention: a name ("President Xi Jinping") or a pronoun. */
enum {
  M_PRON = 1, M_SUBJ = 2, M_POSS = 4, M_TITLED = 8, M_MALE = 16, M_FEMALE = 32,
  M_ORG = 64,     /* an organization's name ("Acme Corp"): not he or she */
  M_ROLE = 128,   /* "the minister": a role standing for a titled name */
  M_DESC = 256,   /* "one House Republican", "an Israeli": no one's name */
  M_GIVEN = 512,  /* the gender is a given name's ("Sarah Lee"), a hint only */
  M_LATER = 1024, /* a role whose holder is not named yet ("Iran's foreign
                     minister rejected …"): the lead's next paragraph may
                     name them; on a pronoun, its antecedent is one */
  M_NOUN = 2048,  /* one capitalized word opening its sentence that the
                     article never gave a person ("Construction will begin
                     in June."): a subject, but no antecedent for he or she */
  M_ASKER = 4096  /* a nameless subject putting a question ("a reporter
                     asked Lee:"): the answer's he or she is someone else */
};
typedef struct mention {
  uint32_t t0, t1;     /* first and last token */
  dl_span span;
  dl_span ante;        /* a pronoun's antecedent */
  uint32_t flags;
} mention;

/* Tokens of the text around quotes. */
enum { T_WORD, T_NUM, T_PUNCT };
enum {
  TF_CAP = 1,     /* starts with a capital */
  TF_PARA = 2,    /* first token of a paragraph */
  TF_SENT = 4,    /* . ? ! ending a sentence */
  TF_WIN = 8,     /* first token after a skipped stretch of text */
  TF_POSS = 16,   /* has a possessive 's / ’s (tok.base ends before it) */
  TF_ACRO = 32    /* "WHO" in capitals among words that are not: the
                   * World Health Organization, never the pronoun */
};
typedef struct tok {
  uint32_t s, len;
  int32_t cp;          /* T_PUNCT: the character */
  uint32_t base;       /* T_WORD: bytes before a possessive 's (else len) */
  uint32_t lex;        /* lexicon flags (words) */
  int32_t men;         /* mention index, or -1 */
  uint8_t kind, flags;
} tok;

/* Recent subjects, most recent first, for pronouns. */
#define NRECENT 6
/* Titled names remembered for "the chief minister said": a long story
 * names many office holders between two mentions of one. */
#define NTITLED 12
typedef struct recent {
  dl_span span;
  uint32_t flags;
  /* the span's last word and the given name before it (given_word; gl 0:
   * none), as push_recent found them: every later push compares them */
  uint32_t ls, ln, gs, gl;
} recent;

/* Recent titled names, most recent first, for "the minister said": the
 * name and its title's head word ("Minister" of "Prime Minister Ann
 * Lee", of "Union Minister for Finance Ann Lee"). */
typedef struct titled {
  dl_span span, head;
  const char *full;    /* "senator" for "Sen.": the words its abbreviated
                          title stands for, '|' between them, or NULL */
  int former;          /* "former Prime Minister Nawaz Sharif" */
  unsigned rank;       /* rank_mask of the words before the head */
  int appos;           /* the head is a role set beside the name ("Ann
                          Lee, a former aide,"), no title */
  dl_span nat;         /* the nationality (or party) words before the
                          title ("Iranian" of "Iranian Foreign Ministry
                          spokesman", "Australian" of "his Australian
                          counterpart, Ann Lee"), for "the Iranian
                          spokesman", or empty */
} titled;

/* An organization named in the text, for "the company said": its name
 * and the noun that says what it is ("Commission" of "Electoral
 * Commission", "group" of "an environmental group, Earthlife Watch";
 * empty when nothing says). */
typedef struct orgref {
  dl_span span, head;
} orgref;

/* Abbreviated titles and the role words that name them again ("Sen. Ann
 * Lee ... the senator said"), and the few full titles whose role word
 * differs ("Justice Ann Lee ... the judge said"). */
static const struct { const char *abbr, *full; } title_abbrevs[] = {
  {"adm", "admiral"}, {"ald", "alderman|alderwoman"}, {"capt", "captain"}, {"col", "colonel"}, {"gen", "general"},
  {"gov", "governor"}, {"hon", "lawmaker|legislator"}, {"justice", "judge"}, {"lt", "lieutenant"}, {"maj", "major"}, {"prof", "professor"},
  {"rep", "representative|congressman|congresswoman|lawmaker"}, {"rev", "reverend"},
  {"sen", "senator|lawmaker"}, {"sgt", "sergeant"}
};

/* Role words that stand for other titles' heads: "the lawmaker" for a
 * titled MLA or senator, "the PM" for a prime minister, "the CM" for a
 * chief minister (head words of the holder's title, '|' between them; a
 * "minister" head needs the word pre before it). */
static const struct { const char *role, *heads, *pre; } role_synonyms[] = {
  {"chair", "chairman|chairwoman|chairperson", ""},
  {"chairman", "chair|chairperson", ""},
  {"chairwoman", "chair|chairperson", ""},
  {"cm", "cm|minister", "chief"},
  {"envoy", "ambassador|emissary", ""},
  {"lawmaker", "senator|representative|congressman|congresswoman|mp|mla|mna|mep|mk|assemblyman|assemblywoman|assemblymember|legislator|hon", ""},
  {"legislator", "senator|representative|congressman|congresswoman|mp|mla|mna|mep|mk|assemblyman|assemblywoman|assemblymember|lawmaker|hon", ""},
  {"minister", "secretary", ""},   /* "Defence Secretary Ann Lee": a cabinet's (not_cabinet) */
  {"pm", "pm|premier|minister", "prime"}
};

/* Surnames whose gender the article told (a title, a given name), most
 * recent DL_MAX_GENDER_NAMES: "Giorgia Meloni" makes a later "Meloni" a
 * woman long after the full name left the recent subjects. */
typedef struct gname {
  uint32_t s, n;       /* the last word */
  uint32_t flags;      /* M_MALE or M_FEMALE, with M_GIVEN for a hint */
} gname;

/* Last words of the names the article gave people ("Becker" of "shop
 * owner Tom Becker", "Lee" of "Lee said"), the most recent
 * DL_MAX_SEEN_NAMES: a one-word subject opening a sentence that is none
 * of them, with no title or given name, is taken for a common noun
 * (M_NOUN).  A person's surname alone is nearly always introduced in
 * full first. */
#define DL_MAX_SEEN_NAMES 64
typedef struct sname {
  uint32_t s, n;
} sname;

/* Nicknames in marks whose marks the tokenizer skips, so that the name
 * around them reads as one (more stay quotes dropped at the end). */
#define DL_MAX_NICKNAMES 32
#define NICK_SKIP 0x80000000u   /* flags a title's opening mark in qctx.nick */

typedef struct qctx {
  const char *text;
  size_t len;
  const dl_para *bp;   /* headline and body paragraphs (copies of the caller's) */
  size_t nbp;
  size_t pi;           /* tokenizer's paragraph cursor */
  uint32_t nick[2 * DL_MAX_NICKNAMES];   /* the marks of nicknames (Ramon
                          "Monching" Villaluz), in text order: no tokens;
                          an opening mark with NICK_SKIP: its words none too */
  size_t nnick, ni;    /* how many; the tokenizer's cursor in them */
  tok *toks;
  size_t nt, capt;
  mention *men;
  size_t nm, capm;
  recent rec[NRECENT];
  size_t nrec;
  titled tit[NTITLED];
  size_t ntit;
  gname gn[DL_MAX_GENDER_NAMES];
  size_t ngn;          /* names recorded so far (the ring's next slot mod) */
  orgref org[NRECENT]; /* recent organizations, most recent first */
  size_t norg;
  sname sn[DL_MAX_SEEN_NAMES];
  size_t nsn;          /* names recorded so far (the ring's next slot mod) */
  dl_span qa;          /* the interviewee of a Q:/A: interview, once known */
  dl_span last_spk;    /* the name the latest attributed quote resolved to */
  int qa_set;
  /* the last "he" or "she" of the current sentence (lp_g 0: none): its
   * gender flag and antecedent */
  uint32_t lp_g;
  dl_span lp_ante;
  /* a person's possessive name opening a sentence after the latest
   * subject ("Vogel's government had …"): the topic a next "she" may
   * stand for; its gender flags (len 0: none) */
  dl_span ptopic;
  uint32_t ptopic_g;
  /* the head word of the latest nameless subject push_nameless kept ("A
   * minister in the outgoing government …"): "the minister" after it is
   * that one, not a minister named before */
  dl_span nl_head;
} qctx;

static uint32_t tlex_fill(qctx *c, size_t i);

/* Token i's lexicon flags (see tlex_fill): the cached value without a
 * call, asked many times a word. */
static inline uint32_t tlex(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  return (t->lex & L_UNSET) ? tlex_fill(c, i) : t->lex;
}

static int is_cue(qctx *c, size_t i);
static int article(qctx *c, size_t i);
static size_t skip_adv(qctx *c, size_t j, size_t lim);
static char tok_org_kind(qctx *c, size_t k);
static int tok_in_words(qctx *c, size_t k, const char *words);

/* Append a quote for open mark o closed at [cpos, cpos+clen) in body
 * paragraph pclose (clen 0: unclosed, cpos is the paragraph end). */
static dl_status emit(dl_quote_list *out, qaux **aux, size_t *capaux,
                      const char *text, const openq *o, size_t cpos,
                      size_t clen, uint32_t pclose)
{
  dl_quote *q;
  size_t cs = (size_t)o->pos + o->len, ce = cpos;
  if (dl_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items))
    return DL_ENOMEM;
  if (dl_grow((void **)aux, capaux, out->n + 1, sizeof **aux)) return DL_ENOMEM;
  while (cs < ce) {
    size_t sp = dl_space_len(text + cs, ce - cs);
    if (!sp) break;
    cs += sp;
  }
  while (ce > cs && DL_IS_SPACE(text[ce - 1])) ce--;
  q = &out->items[out->n];
  memset(q, 0, sizeof *q);
  q->start = (uint32_t)cs;
  q->len = (uint32_t)(ce - cs);
  q->outer.start = o->pos;
  q->outer.len = (uint32_t)(cpos + clen - o->pos);
  q->closed = clen > 0;
  (*aux)[out->n].popen = o->para;
  (*aux)[out->n].pclose = pclose;
  out->n++;
  return DL_OK;
}

/* Is the mark at pos an elided-letter apostrophe ('90s, 'em, 'n')? */
static int elision(const char *text, size_t pos, size_t mlen, size_t hi)
{
  size_t p = pos + mlen;
  if (p < hi && DL_IS_DIGIT(text[p])) return 1;
  if (p + 2 <= hi && (hi - p == 2 || !DL_IS_ALPHA(text[p + 2]))
      && dl_word_eq(text + p, 2, "em")) return 1;
  if (p + 1 <= hi && (hi - p == 1 || !DL_IS_ALPHA(text[p + 1]))
      && DL_LOWER(text[p]) == 'n') return 1;
  return 0;
}

/* Bytes plural_poss_apos looks ahead for a mark that may close. */
#define DL_MAX_POSS_AHEAD 600

/* Is the single mark at i (mlen bytes, paragraph [lo, hi)) of a plural
 * possessive's shape: after an s, a space and a lower-case word that is no
 * function word, verb or cue?  *end (if given) gets the word's end. */
static int poss_noun_follows(const char *text, size_t i, size_t mlen, size_t lo, size_t hi,
                             size_t *end)
{
  size_t w = i + mlen + 1, e;
  int dq = 0;   /* the word opens a phrase in double marks (no verb: "red") */
  if (i <= lo || (text[i - 1] != 's' && text[i - 1] != 'S')) return 0;
  if (w >= hi || text[w - 1] != ' ') return 0;
  /* (a phrase quoted in double marks may be the noun: "'Ministers' "red
   * lines" have moved,'") */
  if (text[w] == '"') {
    w++;
    dq = 1;
  } else if (hi - w > 3 && memcmp(text + w, "\xE2\x80\x9C", 3) == 0) {
    w += 3;
    dq = 1;
  }
  if (w >= hi || text[w] < 'a' || text[w] > 'z') return 0;
  /* (a hyphen inside the word too, a compound adjective even in -ed:
   * "'The unions' so-called reform is a sham,'") */
  for (e = w; e < hi && (DL_IS_ALPHA(text[e])
                         || (text[e] == '-' && e + 1 < hi && DL_IS_ALPHA(text[e + 1]))); e++) {}
  if (e - w < 3
      || (text[e - 1] == 'd' && text[e - 2] == 'e' && !dq && !memchr(text + w, '-', e - w))
      || (text[e - 1] == 'y' && text[e - 2] == 'l')   /* "attacked", "openly" */
      || (e - w > 4 && text[e - 1] == 'g' && text[e - 2] == 'n' && text[e - 3] == 'i'))
    return 0;   /* (nor "'thugs' seeking to …": a participle may follow the close) */
  if (lex_lookup(text + w, e - w) & (L_CUE | L_VERB | L_ADV | L_CONJ | L_PREP | L_DET | L_PRON))
    return 0;
  if (end) *end = e;
  return 1;
}

/* "'The Tories' plan is dead,' she said": is the single mark at i (mlen
 * bytes, paragraph [lo, hi)) a plural's possessive apostrophe rather than
 * the end of the quote open before it?  After an s, a space and a
 * lower-case word that is no function word, verb or cue (the noun the
 * possessive qualifies: 'liars' and 'cheats', 'rebels' attacked close),
 * with a mark of the same kind that can close later on (looked for
 * within DL_MAX_POSS_AHEAD bytes: the scan stays linear). */
static int plural_poss_apos(const char *text, size_t i, size_t mlen, size_t lo, size_t hi)
{
  size_t e, p, lim;
  if (!poss_noun_follows(text, i, mlen, lo, hi, &e)) return 0;
  lim = hi - e > DL_MAX_POSS_AHEAD ? e + DL_MAX_POSS_AHEAD : hi;
  for (p = e; p + mlen <= lim; p++) {
    /* a mark that opens first ("the 'hawks' plan failed, and Lee called
     * it 'a fiasco'", ‘…’ alike): the later close is its own, so this
     * mark closes */
    if (mlen == 3 && memcmp(text + p, "\xE2\x80\x98", 3) == 0) return 0;
    if (memcmp(text + p, text + i, mlen) != 0) continue;
    /* (a later mark of the very shape rejected here is no close either:
     * "'Free the hostages' outside, … as the unions' leaders watched") */
    if (poss_noun_follows(text, p, mlen, lo, hi, NULL)) continue;
    if (!DL_IS_SPACE(text[p - 1]) && (p + mlen >= hi || !DL_IS_ALPHA(text[p + mlen])))
      return 1;
    if (mlen == 1 && DL_IS_SPACE(text[p - 1]) && p + 1 < hi && DL_IS_ALPHA(text[p + 1]))
      return 0;
  }
  return 0;
}

/* Does body paragraph p open with a mark continuing family fam?  Returns
 * the mark's length or 0. */
static size_t continues(const char *text, const dl_para *p, int fam)
{
  size_t adv;
  int32_t cp;
  if (p->len == 0) return 0;
  cp = dl_utf8_decode(text + p->start, p->len, &adv);
  switch (fam) {
    case F_DCURLY: return cp == 0x201C || cp == 0x201E ? adv : 0;
    case F_DLOW: return cp == 0x201E ? adv : 0;
    case F_DSTRAIGHT: return cp == '"' || cp == 0x201C ? adv : 0;
    case F_GUILL: return cp == 0xAB || cp == 0xBB ? adv : 0;
    case F_SCURLY: return cp == 0x2018 ? adv : 0;
    case F_SSTRAIGHT: return cp == '\'' ? adv : 0;
    default: return 0;
  }
}

/* Index of the innermost open entry of family f (any double when f is 0)
 * in st[lo..n), or -1. */
static int find_open(const openq *st, int n, int lo, int f)
{
  int i;
  for (i = n - 1; i >= lo; i--)
    if (f ? st[i].fam == f : fam_double(st[i].fam)) return i;
  return -1;
}

/* Bottom of the single-quote region: singles close only above the
 * innermost double. */
static int single_floor(const openq *st, int n)
{
  int i = find_open(st, n, 0, 0);
  return i < 0 ? 0 : i + 1;
}

static dl_status match_quotes(const char *text, const dl_para *bp, size_t nbp,
                              dl_quote_list *out, qaux **aux, size_t *capaux)
{
  openq st[DL_MAX_QUOTE_DEPTH];
  int n = 0;
  size_t b, skip = 0;
  dl_status s;

  for (b = 0; b < nbp; b++) {
    size_t lo = bp[b].start, hi = lo + bp[b].len, i = lo + skip;
    skip = 0;
    while (i < hi) {
      unsigned char c;
      int32_t cp, prev, next;
      int pc, nc, k;
      size_t mlen;
      i = next_mark(text, i, hi);
      if (i >= hi) break;
      c = (unsigned char)text[i];
      if (c == '"' || c == '\'') {
        cp = c;
        mlen = 1;
      } else if (c == 0xE2 && i + 2 < hi && (unsigned char)text[i + 1] == 0x80
                 && (unsigned char)text[i + 2] >= 0x98 && (unsigned char)text[i + 2] <= 0x9E) {
        cp = 0x2000 + ((unsigned char)text[i + 2] - 0x80);
        mlen = 3;
        if (cp == 0x201B || cp == 0x201F) { i += 3; continue; }
      } else if (c == 0xC2 && i + 1 < hi && ((unsigned char)text[i + 1] == 0xAB
                                         || (unsigned char)text[i + 1] == 0xBB)) {
        cp = (unsigned char)text[i + 1];
        mlen = 2;
      } else {
        i++;
        continue;
      }
      prev = cp_before(text, lo, i);
      next = cp_at(text, i + mlen, hi);
      pc = char_class(prev);
      nc = char_class(next);
      switch (cp) {
        case 0x201C:   /* “ opens, or closes a German „ */
          k = n > 0 ? n - 1 : -1;
          if (k >= 0 && st[k].fam == F_DLOW && pc != C_SPACE) goto close_k;
          if (nc == C_SPACE && pc != C_SPACE && n > 0) { k = find_open(st, n, 0, F_DCURLY); if (k >= 0) goto close_k; }
          k = find_open(st, n, 0, F_DCURLY);
          if (k == 0 && n >= 1) {
            /* a second “ while one is open at the bottom: the first was
             * never closed; it ends here */
            size_t e = i;
            while (e > st[0].pos + st[0].len && DL_IS_SPACE(text[e - 1])) e--;
            s = emit(out, aux, capaux, text, &st[0], e, 0, (uint32_t)b);
            if (s != DL_OK) return s;
            n = 0;
          }
          goto push_d;
        case 0x201D:   /* ” closes “ or „ */
          for (k = n - 1; k >= 0; k--)
            if (st[k].fam == F_DCURLY || st[k].fam == F_DLOW) break;
          if (k >= 0) goto close_k;
          break;
        case 0x201E:   /* „ */
          cp = F_DLOW;
          goto push;
        case 0xAB:     /* « */
          k = find_open(st, n, 0, F_GUILL);
          if (k == 0) {
            size_t e = i;
            while (e > st[0].pos + st[0].len && DL_IS_SPACE(text[e - 1])) e--;
            s = emit(out, aux, capaux, text, &st[0], e, 0, (uint32_t)b);
            if (s != DL_OK) return s;
            n = 0;
          }
          cp = F_GUILL;
          goto push;
        case 0xBB:     /* » */
          k = find_open(st, n, 0, F_GUILL);
          if (k >= 0) goto close_k;
          break;
        case '"':
          /* "'I'll look at it,'" she repeated: a single mark opening a
           * quote inside it leaves it an opener */
          if (next == '\'' && pc != C_ALPHA && pc != C_DIGIT) {
            int nc2 = char_class(cp_at(text, i + 2, hi));
            if (nc2 == C_ALPHA || nc2 == C_DIGIT) nc = C_ALPHA;
          }
          k = find_open(st, n, 0, F_DSTRAIGHT);
          if (k >= 0 && pc != C_SPACE && (nc != C_ALPHA && nc != C_DIGIT)) goto close_k;
          if (pc != C_ALPHA && pc != C_DIGIT && nc != C_SPACE && nc != C_PUNCT) {
            if (k == 0) {   /* an opener while one is open: close it instead */
              goto close_k;
            }
            cp = F_DSTRAIGHT;
            goto push;
          }
          if (k >= 0 && pc != C_SPACE) goto close_k;
          /* a mark set off by spaces (tokenized text: `" We won , " he
           * said`): closes the open one, else opens */
          if (pc == C_SPACE && nc == C_SPACE) {
            if (k >= 0) goto close_k;
            cp = F_DSTRAIGHT;
            goto push;
          }
          break;
        case 0x2018:   /* ‘ opens a single quote, or closes a German ‚ */
          if (n > 0 && st[n - 1].fam == F_SLOW) { k = n - 1; goto close_k; }
          if (elision(text, i, mlen, hi) || pc == C_ALPHA || pc == C_DIGIT
              || nc == C_SPACE) break;
          cp = F_SCURLY;
          goto push;
        case 0x2019:   /* ’ closes ‘, or is an apostrophe */
          if ((pc == C_ALPHA || pc == C_DIGIT) && nc == C_ALPHA) break;
          k = find_open(st, n, single_floor(st, n), F_SCURLY);
          if (k >= 0 && pc != C_SPACE && !plural_poss_apos(text, i, mlen, lo, hi)) goto close_k;
          break;
        case 0x201A:   /* ‚ */
          if (nc == C_SPACE) break;
          cp = F_SLOW;
          goto push;
        case '\'':
          if ((pc == C_ALPHA || pc == C_DIGIT) && nc == C_ALPHA) break;
          k = find_open(st, n, single_floor(st, n), F_SSTRAIGHT);
          if (k >= 0 && pc != C_SPACE && nc != C_ALPHA && !plural_poss_apos(text, i, mlen, lo, hi))
            goto close_k;
          if ((pc == C_SPACE || pc == C_OPEN) && nc == C_ALPHA
              && !elision(text, i, mlen, hi)) {
            cp = F_SSTRAIGHT;
            goto push;
          }
          break;
        default:
          break;
      }
      i += mlen;
      continue;

    push_d:
      cp = F_DCURLY;
    push:
      if (n < DL_MAX_QUOTE_DEPTH) {
        st[n].pos = (uint32_t)i;
        st[n].len = (uint8_t)mlen;
        st[n].fam = (uint8_t)cp;
        st[n].para = (uint32_t)b;
        n++;
      }
      i += mlen;
      continue;

    close_k:
      if (k == 0) {
        s = emit(out, aux, capaux, text, &st[0], i, mlen, (uint32_t)b);
        if (s != DL_OK) return s;
      }
      n = k;
      i += mlen;
      continue;
    }

    /* end of paragraph: continue, end or drop the open quote */
    if (n > 0) {
      size_t m = b + 1 < nbp ? continues(text, &bp[b + 1], st[0].fam) : 0;
      if (m) {
        n = 1;
        skip = m;
      } else {
        if (fam_double(st[0].fam)) {
          s = emit(out, aux, capaux, text, &st[0], hi, 0, (uint32_t)b);
          if (s != DL_OK) return s;
        }
        n = 0;
      }
    }
  }
  return DL_OK;
}

/* --- tokens around quotes ------------------------------------------------- */

static inline int push_tok(qctx *c, uint32_t s, uint32_t len, uint8_t kind, int32_t cp,
                    uint8_t flags)
{
  tok *t;
  if (c->nt == c->capt
      && dl_grow((void **)&c->toks, &c->capt, c->nt + 1, sizeof *c->toks)) return -1;
  t = &c->toks[c->nt++];
  t->s = s;
  t->len = len;
  t->kind = kind;
  t->cp = cp;
  t->flags = flags;
  t->base = len;
  t->lex = 0;
  t->men = -1;
  return 0;
}

/* Word token at text[i..hi): letters and digits, with ' ’ - . inside when a
 * letter follows; a final full stop stays when the word is an abbreviation
 * (Mr.), an initial (W.) or dotted (U.S.).  Returns its end; *poss is the
 * byte offset of the first possessive 's / ’s (its apostrophe), wherever
 * it is in the word (Kerr's, Xi's-led), or 0 when there is none. */
static size_t scan_word(const char *text, size_t i, size_t hi, int *dotted,
                        size_t *poss)
{
  size_t adv;
  *dotted = 0;
  *poss = 0;
  while (i < hi) {
    int32_t cp;
    if (DL_IS_ALNUM(text[i])) { i++; continue; }   /* ASCII fast path */
    if ((unsigned char)text[i] < 0x80 && text[i] != '\'' && text[i] != '-' && text[i] != '.')
      break;   /* a space or other ASCII punctuation: no decoding */
    cp = dl_utf8_decode(text + i, hi - i, &adv);
    if (is_letter_cp(cp)) { i += adv; continue; }
    if (cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.') {
      int32_t nx = cp_at(text, i + adv, hi);
      if (nx >= 0 && is_letter_cp(nx)) {
        if (cp == '.') *dotted = 1;
        if (cp != '-' && cp != '.' && (nx == 's' || nx == 'S') && !*poss
            && (i + adv + 1 >= hi || !is_letter_cp(cp_at(text, i + adv + 1, hi))))
          *poss = i;
        i += adv;
        continue;
      }
    }
    break;
  }
  return i;
}

size_t dl_quote_word(const char *word, size_t n, size_t *base)
{
  int dotted;
  size_t poss, e = scan_word(word, 0, n, &dotted, &poss);
  *base = poss ? poss : e;
  return e;
}

/* Arabic articles written in lower case before a capitalized name:
 * "al-Ansari", "el-Sisi", "ash-Shara" (sorted by strcmp). */
static const char *const name_articles[] = {
  "ad", "al", "an", "ar", "as", "ash", "at", "az", "el", "ud", "ul"
};

/* Does the word text[i, e) read article-hyphen-Capital ("al-Ansari")? */
static int name_article(const char *text, size_t i, size_t e)
{
  size_t n = 0, k;
  while (i + n < e && n < 4 && DL_IS_LOWER(text[i + n])) n++;
  if (n < 2 || n > 3 || i + n + 1 >= e || text[i + n] != '-' || !DL_IS_UPPER(text[i + n + 1]))
    return 0;
  for (k = 0; k < sizeof name_articles / sizeof name_articles[0]; k++)
    if (strlen(name_articles[k]) == n && memcmp(name_articles[k], text + i, n) == 0) return 1;
  return 0;
}

/* Is the full stop at text[dot] after a one-letter capital an initial's
 * ("George W. Bush", "J.R.R.")?  Only when a capital letter follows,
 * after at most one space (and no preposition comes before the letter:
 * "wrote on X. He"). */
static int initial_dot(const char *text, size_t dot, size_t hi)
{
  size_t k = dot + 1;
  if (k < hi && text[k] == ' ') k++;
  return k < hi && (unsigned char)text[k] < 0x80 && DL_IS_UPPER(text[k]);
}

/* "Harris' campaign said", "Jeffries’ office released": after a
 * capitalized word ending in s (at byte e), a bare apostrophe and one of
 * the nouns through which a person or a country speaks ("Belarus' foreign
 * ministry said"); the byte after the
 * apostrophe (the possessive goes with the word), else 0. */
static size_t sname_poss_end(const char *text, size_t e, size_t hi)
{
  static const char *const voices[] = {   /* sorted: in_list searches by halves */
    "aide", "aides", "army", "attorney", "camp", "campaign", "embassy", "foreign", "government",
    "lawyer", "lawyers", "military", "ministry", "office", "parliament",
    "spokesman", "spokesperson", "spokeswoman", "team"
  };
  size_t ml = 0, j, n = 0;
  if (e < hi && text[e] == '\'') ml = 1;
  else if (e + 3 <= hi && memcmp(text + e, "\xE2\x80\x99", 3) == 0) ml = 3;
  if (!ml || e + ml + 1 >= hi || text[e + ml] != ' ') return 0;
  j = e + ml + 1;
  while (j + n < hi && n < 13 && DL_IS_LOWER(text[j + n])) n++;
  if (n == 0 || (j + n < hi && DL_IS_ALPHA(text[j + n]))) return 0;
  return in_list(voices, sizeof voices / sizeof voices[0], text + j, n) ? e + ml : 0;
}

/* Tokenize text[a..b), which lies inside body paragraphs (the cursor
 * c->pi moves forward only).  first_flags go on the first token. */
/* "Workers' Party", "Farmers' Union": the capitalized plural text[i, e)
 * keeps its apostrophe when an organization's word follows, so that the
 * name runs on (not a possessive that ends it). */
static int plural_poss_name(const char *text, size_t i, size_t e, size_t hi)
{
  size_t j = e + 2, n = 0;
  if (e - i < 3 || e + 3 >= hi || text[e] != '\'' || text[e - 1] != 's' || !DL_IS_UPPER(text[i])
      || text[e + 1] != ' ' || !DL_IS_UPPER(text[j]))
    return 0;
  while (j + n < hi && n < 14 && DL_IS_ALPHA(text[j + n])) n++;
  return n <= 13 && is_org_last(text + j, n);
}

/* Verbs of speech that title-case headlines capitalize ("Says",
 * "Warns"), sorted. */
static const char *const headline_verbs[] = {
  "accuses", "admits", "calls", "claims", "hails", "insists", "pledges",
  "says", "tells", "urges", "vows", "warns"
};

/* Headline verbs that are also plural nouns ("Claims", "Vows"), sorted. */
static const char *const headline_nouns[] = {
  "calls", "claims", "pledges", "urges", "vows"
};

/* A headline's findings that "say" things ("Report Says …", "UN Survey
 * Finds …"): no person, and no body that speaks either, sorted. */
static const char *const headline_findings[] = {
  "analysis", "audit", "data", "figures", "poll", "polls", "report", "research",
  "review", "studies", "study", "survey"
};

/* Bytes after a headline looked through for its subject's name. */
#define DL_MAX_HEAD_NAME_REACH 4096

/* Does the capitalized word of len bytes at text[w] occur again as a
 * word, capitalized, within DL_MAX_HEAD_NAME_REACH bytes after from (the
 * headline's end): a name the story uses, not a common noun of the
 * title's case? */
static int named_below(const qctx *c, size_t w, size_t len, size_t from)
{
  const char *t = c->text;
  size_t p, hi;
  if (from > c->len || len == 0) return 0;
  hi = c->len - from > DL_MAX_HEAD_NAME_REACH ? from + DL_MAX_HEAD_NAME_REACH : c->len;
  for (p = from; p + len <= hi; p++)
    if (t[p] == t[w] && (p == 0 || !DL_IS_ALPHA(t[p - 1])) && memcmp(t + p, t + w, len) == 0
        && (p + len >= c->len || !DL_IS_ALPHA(t[p + len])))
      return 1;
  return 0;
}

/* Is the word text[i, e) of a headline in title case a cue verb in the
 * present ("Whitlock Says Cuts 'Not Imminent'", "Minister Warns …"):
 * after a capitalized word (its subject), read as the lower-case cue, not
 * as part of a name? */
static int headline_cue(qctx *c, size_t i, size_t e)
{
  size_t n = e - i;
  const tok *p;
  if (n < 4 || n > LEX_MAXW || c->text[e - 1] != 's' || c->nt == 0) return 0;
  p = &c->toks[c->nt - 1];
  if (p->kind != T_WORD || !(p->flags & TF_CAP) || p->s + p->len + 1 != i) return 0;
  if (!in_list(headline_verbs, sizeof headline_verbs / sizeof headline_verbs[0], c->text + i, n)
      || !(lex_lookup(c->text + i, n) & L_CUE))
    return 0;
  /* a verb that is also a plural noun ("Insurance Claims 'Surge'",
   * "Wedding Vows 'Outdated'") only after a name the story repeats */
  if (in_list(headline_nouns, sizeof headline_nouns / sizeof headline_nouns[0], c->text + i, n))
    return named_below(c, p->s, p->len, (size_t)c->bp[c->pi].start + c->bp[c->pi].len);
  return 1;
}

/* Is "WHO" ending at e one word of a line in capitals ("WHO SAID
 * IT")?  The word before it (the latest token) or the word after it,
 * two letters or more, has no lower-case letter. */
static int caps_run(const qctx *c, const char *text, size_t e, size_t hi)
{
  size_t k, n = 0;
  if (c->nt > 0 && c->toks[c->nt - 1].kind == T_WORD && c->toks[c->nt - 1].len >= 2) {
    const tok *p = &c->toks[c->nt - 1];
    for (k = 0; k < p->len && !DL_IS_LOWER(text[p->s + k]); k++) {}
    if (k == p->len) return 1;
  }
  while (e < hi && text[e] == ' ') e++;
  for (; e < hi && DL_IS_ALPHA(text[e]); e++, n++)
    if (DL_IS_LOWER(text[e])) return 0;
  return n >= 2;
}

static int tokenize(qctx *c, size_t a, size_t b, uint8_t first_flags)
{
  const char *text = c->text;
  uint8_t pending = first_flags;
  while (c->pi < c->nbp && (size_t)c->bp[c->pi].start + c->bp[c->pi].len <= a) c->pi++;
  for (; c->pi < c->nbp; c->pi++) {
    size_t ps = c->bp[c->pi].start, pe = ps + c->bp[c->pi].len;
    size_t i = a > ps ? a : ps, hi = b < pe ? b : pe, stop = hi;
    /* (asked of every capitalized word below: once a paragraph here) */
    int headline = (c->bp[c->pi].flags & DL_PARA_HEADLINE) != 0;
    if (ps >= b) break;
    if (i == ps) pending |= TF_PARA;
    /* the last byte before hi outside ASCII letters and digits (i when
     * none): a word starting before it ends by it, so the word loop below
     * needs no test of hi */
    while (stop > i && DL_IS_ALNUM(text[stop - 1])) stop--;
    stop = stop > i ? stop - 1 : i;
    while (i < hi) {
      size_t adv, sp;
      int32_t cp;
      if (text[i] == ' ' || text[i] == '\n') { i++; continue; }
      sp = (unsigned char)text[i] >= 0x80 || DL_IS_SPACE(text[i]) ? dl_space_len(text + i, hi - i) : 0;
      if (sp) { i += sp; continue; }
      /* ASCII, the common case, without a call */
      if ((unsigned char)text[i] < 0x80) { cp = (unsigned char)text[i]; adv = 1; }
      else cp = dl_utf8_decode(text + i, hi - i, &adv);
      if (cp < 0x80 ? DL_IS_ALPHA(cp) != 0 : is_letter_cp(cp)) {
        int dotted = 0;
        size_t poss = 0;
        size_t e = i;
        uint8_t fl = pending;
        /* ASCII letters and digits, then a space or a mark other than
         * ' - . (the common word): scan_word only where it goes on */
        if (e < stop) {
          while (DL_IS_ALNUM(text[e])) e++;
          /* (then a space, after a lower-case ASCII letter: the most common
           * word, which none of the tests below changes) */
          if (text[e] == ' ' && cp >= 'a' && cp <= 'z') {
            if (push_tok(c, (uint32_t)i, (uint32_t)(e - i), T_WORD, 0, fl)) return -1;
            c->toks[c->nt - 1].lex = L_UNSET;   /* looked up on use */
            i = e + 1;
            pending = 0;
            continue;
          }
        } else
          while (e < hi && DL_IS_ALNUM(text[e])) e++;
        if (e < hi && word_goes_on[(unsigned char)text[e]])
          e = scan_word(text, e, hi, &dotted, &poss);
        if (cp < 0x80 ? DL_IS_UPPER(cp) != 0 : is_upper_cp(cp))
          fl |= TF_CAP;
        else if (e - i > 4 && (text[i + 2] == '-' || text[i + 3] == '-') && name_article(text, i, e))
          fl |= TF_CAP;
        if (!poss && (fl & TF_CAP) && e - i >= 3 && text[e - 1] == 's') {
          size_t spe = sname_poss_end(text, e, hi);
          if (spe) { poss = e; e = spe; }
        }
        if (poss) fl |= TF_POSS;
        if (headline && (fl & TF_CAP) && !(fl & (TF_PARA | TF_POSS)) && headline_cue(c, i, e))
          fl &= (uint8_t)~TF_CAP;   /* "Fed's Whitlock Says Cuts 'Not Imminent'" */
        /* keep the full stop of Mr. U.S. W. and of any word right before
         * a comma ("Sen. Ann Lee, D-Ariz., said": no sentence ends in
         * ".,"); an initial keeps it only before a name ("on X. \"We"
         * ends a sentence) */
        if (e < hi && text[e] == '.') {
          size_t wl = e - i;
          if (dotted || (wl <= 5 && (lex_lookup(text + i, wl) & L_ABBR))
              || (e + 1 < hi && text[e + 1] == ',')
              /* "(R-Wyo.)": a party-state tag, no sentence end */
              || (e + 1 < hi && text[e + 1] == ')' && is_upper_cp(cp)
                  && memchr(text + i, '-', e - i) != NULL)
              || (wl == 1 && is_upper_cp(cp) && initial_dot(text, e, hi)
                  && !(c->nt > 0 && c->toks[c->nt - 1].kind == T_WORD
                       && !(c->toks[c->nt - 1].flags & TF_CAP)
                       && (tlex(c, c->nt - 1) & L_PREP))))
            e++;
        }
        if (e < hi && text[e] == '\'' && plural_poss_name(text, i, e, hi)) e++;   /* "Workers' Party" */
        if (e - i == 3 && memcmp(text + i, "WHO", 3) == 0 && !caps_run(c, text, e, hi))
          fl |= TF_ACRO;
        if (push_tok(c, (uint32_t)i, (uint32_t)(e - i), T_WORD, 0, fl)) return -1;
        {
          tok *nt = &c->toks[c->nt - 1];
          if (poss) nt->base = (uint32_t)(poss - i);
          nt->lex = L_UNSET;   /* looked up on use */
        }
        i = e;
        if (i < hi && text[i] == ' ') i++;   /* (the space after most words) */
      } else if (cp < 0x80 && DL_IS_DIGIT(cp)) {
        size_t e = i + 1;
        while (e < hi && (DL_IS_ALNUM(text[e])
                          || ((text[e] == ',' || text[e] == '.' || text[e] == ':')
                              && e + 1 < hi && DL_IS_DIGIT(text[e + 1]))))
          e++;
        if (push_tok(c, (uint32_t)i, (uint32_t)(e - i), T_NUM, 0, pending)) return -1;
        i = e;
      } else {
        uint8_t fl = pending;
        while (c->ni < c->nnick && (c->nick[c->ni] & ~NICK_SKIP) < i) c->ni++;
        if (c->ni < c->nnick && (c->nick[c->ni] & ~NICK_SKIP) == i) {   /* a nickname's mark */
          if ((c->nick[c->ni] & NICK_SKIP) && c->ni + 1 < c->nnick && c->nick[c->ni + 1] < hi) {
            i = c->nick[++c->ni];   /* a title's: on to its closing mark */
            /* the comma the US style sets inside the marks ("Hannity,"
             * said) still closes an appositive, unless one is before it
             * ("the ABC News program, "This Week," said") */
            if (text[i - 1] == ',' && !(c->nt > 0 && c->toks[c->nt - 1].kind == T_PUNCT
                                        && c->toks[c->nt - 1].cp == ',')
                && push_tok(c, (uint32_t)(i - 1), 1, T_PUNCT, ',', fl))
              return -1;
            continue;
          }
          i += adv;
          continue;
        }
        if (cp == '.' || cp == '?' || cp == '!') fl |= TF_SENT;
        if (push_tok(c, (uint32_t)i, (uint32_t)adv, T_PUNCT, cp, fl)) return -1;
        i += adv;
      }
      pending = 0;
    }
    if (pe > b) break;
  }
  return 0;
}

/* --- mentions --------------------------------------------------------- */

/* A word's lexicon flags are looked up on first use: most words are never
 * asked about.  Until then lex holds L_UNSET; the word looked up is the
 * token without a possessive 's (tok.base bytes).  Hence a non-const
 * context: the lookup is cached in the token. */

/* Is token i a capitalized "He" that is the surname of the pinyin given
 * name after it ("He Yadong said", "He Yong said", "spokesman He
 * Li-fang,"): a name of one or two syllables (or two joined by a hyphen;
 * a capitalized word after the pronoun is a title-case line's, and the
 * word after it is capitalized there too) followed by a lower-case
 * word, a comma, a full stop or the end, as entities.c reads it. */
static int pinyin_surname(const qctx *c, size_t i)
{
  const tok *g, *n;
  const char *w, *h;
  if (i + 1 >= c->nt) return 0;
  g = &c->toks[i + 1];
  if (g->kind != T_WORD || (g->flags & (TF_CAP | TF_PARA | TF_WIN)) != TF_CAP
      || g->s != c->toks[i].s + 3 || c->text[c->toks[i].s + 2] != ' ' || g->base < 2)
    return 0;
  w = c->text + g->s;
  h = memchr(w, '-', g->base);
  if (h ? !(dl_pinyin_split(w, (size_t)(h - w), 1) && DL_IS_LOWER(h[1])
            && dl_pinyin_split(h + 1, g->base - (size_t)(h + 1 - w), 1))
        : !(dl_pinyin_split(w, g->base, 2) || dl_pinyin_split(w, g->base, 1)))
    return 0;
  if (i + 2 >= c->nt || g->base < g->len) return 1;   /* "He Yadong's" */
  n = &c->toks[i + 2];
  return n->kind == T_PUNCT ? n->cp == ',' || n->cp == '.' : !(n->flags & TF_CAP);
}

static uint32_t tlex_fill(qctx *c, size_t i)
{
  tok *t = &c->toks[i];
  if (t->lex & L_UNSET) {
    size_t n = t->base;
    const char *w = c->text + t->s;
    uint32_t lx = n <= LEX_MAXW + 1 ? lex_lookup(w, n) : 0;
    if (!(t->flags & TF_CAP) && !(lx & L_VERB) && n >= 4) {
      if (w[n - 1] == 'd' && w[n - 2] == 'e') lx |= L_VERB;
      else if (w[n - 1] == 'y' && w[n - 2] == 'l') lx |= L_LY;
    }
    /* "He Yadong": a surname, a plain capitalized word */
    if ((lx & L_PRON) && n == 2 && w[0] == 'H' && pinyin_surname(c, i)) lx = 0;
    if (t->flags & TF_ACRO) lx = 0;
    t->lex = lx;
  }
  return t->lex;
}

/* Does a double quote mark open right after byte offset e, past
 * spaces ("said the Essequibo “has …”")? */
static int mark_after(qctx *c, size_t e)
{
  const unsigned char *t = (const unsigned char *)c->text;
  while (e < c->len && t[e] == ' ') e++;
  if (e < c->len && t[e] == '"') return 1;
  if (e + 1 < c->len && t[e] == 0xC2 && t[e + 1] == 0xAB) return 1;   /* « */
  return e + 2 < c->len && t[e] == 0xE2 && t[e + 1] == 0x80
         && (t[e + 2] == 0x9C || t[e + 2] == 0x9E);                       /* “ „ */
}

static int is_word(const tok *t) { return t->kind == T_WORD; }
static int is_punct(const tok *t, int32_t cp) { return t->kind == T_PUNCT && t->cp == cp; }
static inline int tok_is(const qctx *c, size_t i, const char *w)
{
  /* the length first: for a literal w (nearly every caller) strlen folds
   * to a constant, and most tokens are turned away without a call */
  return c->toks[i].kind == T_WORD && c->toks[i].len == strlen(w)
         && dl_word_eq(c->text + c->toks[i].s, c->toks[i].len, w)
         && !(c->toks[i].flags & TF_ACRO);
}

/* Is token i the count of a group ("all seven members", "all 12
 * senators"): digits or a number word? */
static int group_count(const qctx *c, size_t i)
{
  static const char *const words[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve"
  };
  size_t n;
  if (c->toks[i].kind == T_NUM) return 1;
  for (n = 0; n < sizeof words / sizeof words[0]; n++)
    if (tok_is(c, i, words[n])) return 1;
  return 0;
}

/* Is token k a capitalized title word and token p after it the "of"
 * ("Secretary of", "Minister of") or "to" ("Ambassador to", "Envoy to")
 * that names the post? */
static int title_post(qctx *c, size_t k, size_t p)
{
  if (!(c->toks[k].flags & TF_CAP) || !is_word(&c->toks[k])) return 0;
  if (tok_is(c, p, "of")) return (tlex(c, k) & L_TITLE) != 0;
  return tok_is(c, p, "to") && (tok_is(c, k, "ambassador") || tok_is(c, k, "envoy"));
}

static uint32_t given_gender(const char *text, dl_span sp);

/* Does token j join the capitalized sequence ending at token j-1? */
static int joins(qctx *c, size_t j)
{
  const tok *t = &c->toks[j];
  /* "Forest & Bird", "Harrow & Finch Ltd": an ampersand set off by
   * spaces between two capitalized words joins one name (not "Tom Reed
   * & Ann Lee": a given name after it opens another) */
  if (t->kind == T_PUNCT && t->cp == '&' && j > 0 && j + 1 < c->nt
      && is_word(&c->toks[j - 1]) && (c->toks[j - 1].flags & TF_CAP)
      && is_word(&c->toks[j + 1]) && (c->toks[j + 1].flags & TF_CAP)
      && !(c->toks[j + 1].flags & (TF_PARA | TF_WIN))
      && c->toks[j - 1].s + c->toks[j - 1].len < t->s && t->s + t->len < c->toks[j + 1].s) {
    dl_span nx;
    nx.start = c->toks[j + 1].s;
    nx.len = c->toks[j + 1].len;
    return !given_gender(c->text, nx);
  }
  if (!is_word(t) || (t->flags & (TF_PARA | TF_WIN))) return 0;
  if (t->flags & TF_CAP) return 1;
  if (j + 1 < c->nt && (c->toks[j + 1].flags & TF_CAP) && is_word(&c->toks[j + 1])
      && !(c->toks[j + 1].flags & (TF_PARA | TF_WIN))) {
    if (tlex(c, j) & L_CONNECT) return 1;
    if (dl_word_eq(c->text + t->s, t->len, "of") && j > 0
        && ((tlex(c, j - 1) & L_TITLE)                  /* Secretary of State */
            || is_org_last(c->text + c->toks[j - 1].s, c->toks[j - 1].len)))
      return 1;                                          /* Bank of Korea */
    if (title_post(c, j - 1, j)) return 1;   /* "Ambassador to Manila MaryKay Carlson" */
    if (dl_word_eq(c->text + t->s, t->len, "for") && j > 0 && (c->toks[j - 1].flags & TF_CAP)
        && ((tlex(c, j - 1) & L_TITLE)                 /* Minister for Finance */
            || is_org_last(c->text + c->toks[j - 1].s, c->toks[j - 1].len)))
      return 1;                                          /* Institute for Fiscal Studies */
    /* "Commission on Human Rights", "Council on Foreign Relations"; not
     * "the Commission on Monday said" */
    if (dl_word_eq(c->text + t->s, t->len, "on") && j > 0 && (c->toks[j - 1].flags & TF_CAP)
        && !(tlex(c, j + 1) & L_STOPCAP)
        && is_org_last(c->text + c->toks[j - 1].s, c->toks[j - 1].len))
      return 1;
  }
  /* "Secretary of the Treasury Ann Lee", "Ambassador to the United
   * Nations Petra Lund": "of the" ("to the") inside a title */
  if (j + 2 < c->nt && j > 0 && is_word(&c->toks[j + 2]) && (c->toks[j + 2].flags & TF_CAP)
      && !(c->toks[j + 2].flags & (TF_PARA | TF_WIN)) && !(c->toks[j + 1].flags & (TF_CAP | TF_PARA | TF_WIN))
      && tok_is(c, j + 1, "the") && title_post(c, j - 1, j))
    return 1;
  if (j > 1 && j + 1 < c->nt && tok_is(c, j, "the") && is_word(&c->toks[j + 1])
      && (c->toks[j + 1].flags & TF_CAP) && !(c->toks[j + 1].flags & (TF_PARA | TF_WIN))
      && title_post(c, j - 2, j - 1))
    return 1;
  /* two connectors in a row: "von der Leyen", "de la Cruz" */
  /* (the shape first, the word looked up last: most words after a name
   * are followed by no such pair) */
  if (j + 2 < c->nt && is_word(&c->toks[j + 1])
      && !(c->toks[j + 1].flags & (TF_CAP | TF_PARA | TF_WIN))
      && is_word(&c->toks[j + 2]) && (c->toks[j + 2].flags & TF_CAP)
      && !(c->toks[j + 2].flags & (TF_PARA | TF_WIN))
      && (tlex(c, j) & L_CONNECT) && (tlex(c, j + 1) & L_CONNECT))
    return 1;
  return 0;
}

/* The first byte of token j. */
static char w0(const qctx *c, size_t j) { return c->text[c->toks[j].s]; }

/* Does the word at token j read as a verb after a subject?  (-ly adverbs
 * count when a verb follows them.) */
static int verb_like(qctx *c, size_t j)
{
  const tok *t;
  uint32_t lx;
  if (j >= c->nt) return 0;
  t = &c->toks[j];
  if (!is_word(t) || (t->flags & (TF_CAP | TF_PARA | TF_WIN))) return 0;
  lx = tlex(c, j);
  if (lx & (L_VERB | L_CUE)) return !(lx & L_PREP) || (lx & L_CUE);
  if (t->len == 1 && w0(c, j) == 'a' && j + 1 < c->nt && is_word(&c->toks[j + 1])
      && (tlex(c, j + 1) & L_FRPART))
    return 1;   /* "Macron a déclaré" */
  if ((lx & L_LY) && j + 1 < c->nt) {
    const tok *u = &c->toks[j + 1];
    return is_word(u) && !(u->flags & TF_CAP) && (tlex(c, j + 1) & (L_VERB | L_CUE));
  }
  return 0;
}

/* A lower-case word ending in -ing or -ed: it opens a participle
 * appositive ("Lee, speaking to reporters in Seoul, said"). */
static int participle(qctx *c, size_t j)
{
  const tok *t = &c->toks[j];
  const char *w = c->text + t->s;
  size_t n = t->len;
  if (t->flags & TF_CAP) return 0;
  return (n >= 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g')
      || (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd');
}

/* A lower-case word in -ed at token j (bounds checked): a past tense or
 * a past participle ("welcomed", "tendered"). */
static int past_ed(qctx *c, size_t j)
{
  return j < c->nt && is_word(&c->toks[j]) && participle(c, j)
         && c->text[c->toks[j].s + c->toks[j].len - 1] == 'd';
}

/* A lower-case word in -ing at token j (bounds checked): a present
 * participle ("leading", "representing"). */
static int ing_word(qctx *c, size_t j)
{
  return j < c->nt && participle(c, j) && c->text[c->toks[j].s + c->toks[j].len - 1] == 'g';
}

/* Token index after an appositive ", a spokesman for the ministry," that
 * starts at the comma token j, or 0 when there is none. */
/* Tokens an appositive may run to: a relative clause in one is long (",
 * a 96-year-old survivor who was sent to work in an aircraft factory in
 * Nagoya as a girl,") */
#define DL_MAX_APPOSITIVE_TOKENS 28
/* Tokens of an aside opened by a preposition or an adverb: ", in an
 * email sent to staff after Reuters contacted the network," */
#define DL_MAX_ASIDE_TOKENS 14

/* Lower-case words a bare role runs to before its "of" or "at" (",
 * chief investment officer at"). */
#define DL_MAX_BARE_ROLE_WORDS 3

/* Does a role without an article open at token k: ", founder of Atlas
 * Consulting,", ", chief economist at ING,"?  Its words are plain nouns
 * (no verb, cue, pronoun or connector) up to the "of" or "at". */
static int bare_role(qctx *c, size_t k)
{
  size_t e;
  for (e = k; e < c->nt && e < k + DL_MAX_BARE_ROLE_WORDS; e++) {
    const tok *t = &c->toks[e];
    if (!is_word(t) || (t->flags & TF_CAP)) return 0;
    if (e > k && (tok_is(c, e, "of") || tok_is(c, e, "at"))) return 1;
    if (tlex(c, e) & (L_CUE | L_VERB | L_CONJ | L_PREP | L_PRON | L_DET | L_LY)) return 0;
  }
  return e > k && e < c->nt && (tok_is(c, e, "of") || tok_is(c, e, "at"));
}

static size_t skip_appositive(qctx *c, size_t j)
{
  size_t k, lim = j + DL_MAX_APPOSITIVE_TOKENS;
  if (j + 1 >= c->nt || !is_punct(&c->toks[j], ',')) return 0;
  {
    const tok *u = &c->toks[j + 1];
    uint32_t lx = is_word(u) ? tlex(c, j + 1) : 0;
    /* an aside: ", for his part,", ", in a statement,", ", however," */
    if (is_word(u) && !(u->flags & TF_CAP) && (lx & (L_PREP | L_ADV | L_LY)))
      lim = j + DL_MAX_ASIDE_TOKENS;   /* ", in a televised address late Monday," */
    else if (!(u->kind == T_NUM || (is_word(u) && ((lx & (L_DET | L_TITLE))
                                                   || tok_is(c, j + 1, "who") || tok_is(c, j + 1, "whose")
                                                   || tok_is(c, j + 1, "which")   /* of a body */
                                                   || (u->flags & TF_CAP)
                                                   || participle(c, j + 1)
                                                   || bare_role(c, j + 1)
                                                   /* ", one of the critics," */
                                                   || (j + 2 < c->nt && tok_is(c, j + 1, "one")
                                                       && tok_is(c, j + 2, "of"))))))
      return 0;
  }
  for (k = j + 1; k < c->nt && k < lim; k++) {
    const tok *t = &c->toks[k];
    if (t->flags & (TF_SENT | TF_PARA | TF_WIN)) return 0;
    if (is_punct(t, ',')) return k + 1;
  }
  return 0;
}

/* Is token j a party-state tag ("D-Calif.", "R-Texas"): no one's name? */
static inline int party_tag(const qctx *c, size_t j)
{
  const tok *t = &c->toks[j];
  const char *w = c->text + t->s;
  return t->kind == T_WORD && t->len >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I')
         && w[1] == '-' && DL_IS_UPPER(w[2]);
}

/* Token index after the appositives ", D-Calif., a member of the
 * committee," at the comma token j (a party-state tag, then one more
 * appositive), or 0 when there is none. */
static int tensed_word(qctx *c, size_t j);

static size_t skip_appositives(qctx *c, size_t j)
{
  size_t ap = skip_appositive(c, j);
  /* a party tag or an age ("Dmytro Kovalenko, 34, a shopkeeper, said") */
  if (ap == j + 3 && (party_tag(c, j + 1) || c->toks[j + 1].kind == T_NUM)
      && ap < c->nt && !verb_like(c, ap)) {
    size_t ap2 = skip_appositive(c, ap - 1);
    if (ap2) return ap2;
  }
  /* a relative clause whose object has its own appositive ("Yuichiro
   * Tamaki, who heads the DPFP, a smaller party whose votes ..., struck") */
  if (ap && ap < c->nt && (tok_is(c, j + 1, "who") || tok_is(c, j + 1, "whose"))
      && !verb_like(c, ap) && !tensed_word(c, ap)) {
    size_t ap2 = skip_appositive(c, ap - 1);
    if (ap2) return ap2;
  }
  /* an appositive, then a relative clause ("Ann Lee, the Labour MP for
   * Leeds, who sits on the committee, said") */
  if (ap && ap + 1 < c->nt && (tok_is(c, ap, "who") || tok_is(c, ap, "whose"))
      && !tok_is(c, j + 1, "who") && !tok_is(c, j + 1, "whose")) {
    size_t ap2 = skip_appositive(c, ap - 1);
    if (ap2 && (verb_like(c, ap2) || tensed_word(c, ap2))) return ap2;
  }
  return ap;
}

/* Is token j a "that" opening what a cue a few words before reports
 * ("said through an interpreter that Brazil saw", "said in a televised
 * address on Sunday night that Iran wanted")?  Its subject is the
 * reported clause's, not one for a later he or she.  The words between
 * are a phrase of place, time or manner with no punctuation. */
#define DL_MAX_THAT_REACH 10
static int that_after_cue(qctx *c, size_t j)
{
  size_t k;
  if (!tok_is(c, j, "that")) return 0;
  for (k = j; k > 0 && j - k < DL_MAX_THAT_REACH; k--) {
    const tok *t = &c->toks[k - 1];
    if (!is_word(t) || (t->flags & (TF_SENT | TF_PARA | TF_WIN))) return 0;
    if ((tlex(c, k - 1) & (L_CUE | L_ACCORD)) == L_CUE) return 1;
  }
  return 0;
}

/* Does a clause open at token i: the start of the text, a paragraph or a
 * skipped stretch, after a sentence end or a punctuation mark (not ")")? */
static inline int clause_opens_at(const qctx *c, size_t i)
{
  const tok *p;
  if (i == 0 || (c->toks[i].flags & (TF_PARA | TF_WIN))) return 1;
  p = &c->toks[i - 1];
  return (p->flags & TF_SENT) || (p->kind == T_PUNCT && p->cp != ')');
}

/* A lower-case word with a verb's ending, "-ed" or "-s" ("welcomed",
 * "shrugs"), no function word: after a name opening its clause, or after
 * its appositive, the verb of which the name is the subject. */
static int tensed_word(qctx *c, size_t j)
{
  const tok *t;
  const char *w;
  size_t n;
  if (j >= c->nt) return 0;
  t = &c->toks[j];
  w = c->text + t->s;
  n = t->len;
  if (!is_word(t) || (t->flags & (TF_CAP | TF_POSS | TF_PARA | TF_WIN)) || n < 4) return 0;
  if (!((w[n - 2] == 'e' && w[n - 1] == 'd')
        || (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')))
    return 0;
  if (tlex(c, j) & (L_PREP | L_CONJ | L_DET | L_PRON | L_TITLE | L_LY)) return 0;
  /* not a plural noun before its verb: "China-Russia relations have" */
  return w[n - 1] != 's' || !verb_like(c, j + 1);
}

/* "Pressed further, he said:", "Challenged on the cuts, she said": a
 * capitalized participle opening its sentence, its clause closed by a
 * comma before a pronoun subject, is no name ("Ahmed told them, …" has
 * its cue next, "Reed, 34," no pronoun after the comma). */
static int participle_opener(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  const char *w = c->text + t->s;
  size_t n = t->len, k;
  if (!((n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd')
        || (n >= 6 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g')))
    return 0;
  if (!clause_opens_at(c, i) || (i + 1 < c->nt && is_word(&c->toks[i + 1]) && (tlex(c, i + 1) & L_CUE)))
    return 0;
  for (k = i + 1; k < c->nt && k <= i + DL_MAX_ASIDE_TOKENS; k++) {
    const tok *u = &c->toks[k];
    if (u->flags & (TF_SENT | TF_PARA | TF_WIN)) return 0;
    if (is_punct(u, ','))
      return k + 1 < c->nt && is_word(&c->toks[k + 1]) && (tlex(c, k + 1) & L_PRON);
    if (!is_word(u)) return 0;
  }
  return 0;
}

static int subject_before(qctx *c, size_t i)
{
  const tok *p;
  if (clause_opens_at(c, i)) return 1;
  p = &c->toks[i - 1];
  if (p->kind == T_PUNCT) return 0;
  /* "The Law Society said": the article before the name */
  if (p->kind == T_WORD && p->len == 3 && dl_word_eq(c->text + p->s, 3, "the"))
    return clause_opens_at(c, i - 1);
  /* "Hungary's Viktor Orban went": the possessive name stands where the
   * subject does (one level: "A's B's C" is rare) */
  if ((p->flags & TF_POSS) && (p->flags & TF_CAP) && p->men >= 0) {
    size_t t0 = c->men[p->men].t0;
    /* "The EFF's Julius Malema mocked it": the article before it too */
    if (t0 > 0 && !clause_opens_at(c, t0) && tok_is(c, t0 - 1, "the"))
      return clause_opens_at(c, t0 - 1);
    return clause_opens_at(c, t0);
  }
  if (p->kind != T_WORD) return 0;
  {
    uint32_t lx = tlex(c, i - 1);
    /* "The MP for Ludlow and Clun Valley, Sir Anthony Harcourt, said":
     * a name joined to a preposition's object is an object too */
    if ((lx & L_CONJ) && i >= 3 && (tok_is(c, i - 1, "and") || tok_is(c, i - 1, "or"))) {
      size_t t0 = i - 1;
      while (t0 > 1 && i - t0 <= 5 && is_word(&c->toks[t0 - 1])
             && (c->toks[t0 - 1].flags & TF_CAP) && !(c->toks[t0 - 1].flags & (TF_POSS | TF_SENT)))
        t0--;
      if (t0 < i - 1 && is_word(&c->toks[t0 - 1]) && !(c->toks[t0 - 1].flags & TF_CAP)
          && (tlex(c, t0 - 1) & L_PREP) && !(tlex(c, t0 - 1) & L_CONJ))
        return 0;
    }
    if (lx & (L_CONJ | L_CUE)) return !(lx & L_PREP) || (lx & L_CONJ);
  }
  /* according to X */
  if (i >= 2 && dl_word_eq(c->text + p->s, p->len, "to") && (tlex(c, i - 2) & L_ACCORD))
    return 1;
  return 0;
}

/* The last word of a mention's span: [*s, *s + return). */
static size_t last_word(const char *text, dl_span sp, size_t *s)
{
  size_t e = (size_t)sp.start + sp.len, b = e;
  while (b > sp.start && text[b - 1] != ' ') b--;
  *s = b;
  return e - b;
}

/* M_MALE, M_FEMALE or 0: the gender of the first known given name among
 * the first words of span sp ("Sarah" of "Greens senator Sarah Lee"). */
static uint32_t given_gender(const char *text, dl_span sp)
{
  size_t p = sp.start, e = (size_t)sp.start + sp.len, nw, h;
  /* a given name of two syllables joined by a hyphen, the second in lower
   * case, comes last ("Kim Hye-ja", "Lee Jae-myung"): the first word is
   * the family name and tells no gender.  Every hyphen of the last word
   * finds the same word start, so the first one settles it (no rescan per
   * hyphen in "a-b-c-...") */
  for (h = e; h > p + 1 && text[h - 1] != ' '; h--)
    if (text[h - 1] == '-' && h < e && DL_IS_LOWER(text[h]) && h - 1 > p) {
      size_t w = h - 1;
      while (w > p && text[w - 1] != ' ') w--;
      if (w > p) return 0;
      break;
    }
  for (nw = 0; p < e && nw < DL_MAX_GIVEN_LOOK; nw++) {
    size_t q = p;
    const dl_given_name *g;
    while (q < e && text[q] != ' ') q++;
    /* the last of several words is a surname ("Hawa Suleiman Adam") */
    if (q >= e && nw > 0) break;
    if (DL_IS_UPPER(text[p]) && (g = dl_given_name_find(text + p, q - p)) != NULL)
      return g->flags == DL_GAZ_MALE ? M_MALE : g->flags == DL_GAZ_FEMALE ? M_FEMALE : 0;
    p = q + 1;
  }
  return 0;
}

/* The word before the last of span sp, not a title ("Ann" of "Judge Ann
 * Lee"; none in "Lee", "Ms. Lee"): [*s, *s + return), or 0. */
static size_t given_word(const char *text, dl_span sp, size_t ls, size_t *s)
{
  size_t e = ls, b;
  if (e <= (size_t)sp.start + 1) return 0;
  e--;   /* the space before the last word */
  b = e;
  while (b > sp.start && text[b - 1] != ' ') b--;
  *s = b;
  return e > b && !(lex_lookup(text + b, e - b) & L_TITLE) ? e - b : 0;
}

/* Flags f of the name at span sp with the gender the article tells: its
 * title's (in f already), its given name's, or its surname's from an
 * earlier mention; a told gender is remembered for the surname. */
static uint32_t name_gender(qctx *c, uint32_t f, dl_span sp)
{
  size_t k, n, s1, n1;
  uint32_t g = f & (M_MALE | M_FEMALE);
  if (f & (M_ORG | M_ROLE | M_DESC | M_PRON) || sp.len == 0) return f;
  if (!g && (n1 = last_word(c->text, sp, &s1)) == sp.len) {
    /* a bare surname seen with a gender ("Marek" after "Linda Marek")
     * is that person's, though the word is also a given name */
    n = c->ngn < DL_MAX_GENDER_NAMES ? c->ngn : DL_MAX_GENDER_NAMES;
    for (k = 0; k < n; k++)
      if (c->gn[k].n == n1 && memcmp(c->text + c->gn[k].s, c->text + s1, n1) == 0)
        return f | c->gn[k].flags;
  }
  if (!g) {
    g = given_gender(c->text, sp);
    if (g) f |= g | M_GIVEN;
  }
  n1 = last_word(c->text, sp, &s1);
  if (n1 == 0) return f;
  n = c->ngn < DL_MAX_GENDER_NAMES ? c->ngn : DL_MAX_GENDER_NAMES;
  for (k = 0; k < n; k++) {
    const gname *x = &c->gn[k];
    if (x->n == n1 && memcmp(c->text + x->s, c->text + s1, n1) == 0) break;
  }
  if (!g && k < n) {
    size_t gs;
    /* not a given name's gender to another given name of that surname
     * ("Megan Llewellyn", then her husband "Gareth Llewellyn") */
    if (!((c->gn[k].flags & M_GIVEN) && given_word(c->text, sp, s1, &gs)))
      f |= c->gn[k].flags;
  } else if (g && (k == n || ((c->gn[k].flags & M_GIVEN) && !(f & M_GIVEN)))) {
    gname *x = &c->gn[k < n ? k : c->ngn++ % DL_MAX_GENDER_NAMES];
    x->s = (uint32_t)s1;
    x->n = (uint32_t)n1;
    x->flags = f & (M_MALE | M_FEMALE | M_GIVEN);
  }
  return f;
}

/* Remember mention m for pronouns.  A name's gender known from a title
 * ("Ms. Lee") or a given name ("Sarah Lee") carries over to the other
 * recent mentions of its last word ("Judge Ann Lee", "Lee"), both ways. */
static int region_place(qctx *c, size_t c0, const mention *m);

static void push_recent(qctx *c, const mention *m)
{
  size_t k, s1, n1, gs1 = 0, gn1, gsx = 0, gnx = 0, ls, ln;
  int shared = 0;
  uint32_t f, g;
  /* "Jim Ortiz, a retiree in Tempe, Arizona, said": the region is where,
   * no antecedent for a later he */
  if ((m->flags & M_SUBJ) && region_place(c, 0, m)) return;
  if (m->flags & M_SUBJ) c->ptopic.len = 0;   /* a newer subject */
  n1 = last_word(c->text, m->span, &s1);
  gn1 = n1 ? given_word(c->text, m->span, s1, &gs1) : 0;
  if (n1 > 0 && !gn1 && !(m->flags & (M_MALE | M_FEMALE | M_ORG | M_ROLE | M_DESC | M_PRON))) {
    /* "Okonkwo says" after Chidi Okonkwo and his niece, Adaeze Okonkwo:
     * a bare surname two people named in full share tells no gender */
    for (k = 0; k < c->nrec; k++) {
      size_t s2 = c->rec[k].ls, n2 = c->rec[k].ln, gs2 = c->rec[k].gs, gn2 = c->rec[k].gl;
      if (n2 != n1 || memcmp(c->text + s1, c->text + s2, n1) != 0) continue;
      if (!gn2) continue;
      if (!gnx) { gsx = gs2; gnx = gn2; continue; }
      if (gn2 != gnx || memcmp(c->text + gs2, c->text + gsx, gn2) != 0) { shared = 1; break; }
    }
  }
  f = shared ? m->flags : name_gender(c, m->flags, m->span);
  ls = s1;
  ln = n1;
  if (shared) n1 = 0;
  g = f & (M_MALE | M_FEMALE);
  for (k = 0; k < c->nrec && n1 > 0; k++) {
    size_t s2 = c->rec[k].ls, n2 = c->rec[k].ln, gs2 = c->rec[k].gs, gn2 = c->rec[k].gl;
    uint32_t g2 = c->rec[k].flags & (M_MALE | M_FEMALE);
    if (n2 != n1 || memcmp(c->text + s1, c->text + s2, n1) != 0) continue;
    /* "Megan Llewellyn" and her husband "Gareth Llewellyn": two given
     * names, two people */
    if (gn1 && gn2 && (gn1 != gn2 || memcmp(c->text + gs1, c->text + gs2, gn1) != 0)) continue;
    if (!g && g2) {
      /* (a given name's gender, told of "Llewellyn", is not another
       * given name's: "Gareth Llewellyn") */
      if (!(gn1 && (c->rec[k].flags & M_GIVEN))) f |= g2;
    } else if (g && !g2) c->rec[k].flags |= g;
  }
  for (k = NRECENT - 1; k > 0; k--) c->rec[k] = c->rec[k - 1];
  c->rec[0].span = m->span;
  c->rec[0].flags = f;
  c->rec[0].ls = (uint32_t)ls;
  c->rec[0].ln = (uint32_t)ln;
  c->rec[0].gs = (uint32_t)gs1;
  c->rec[0].gl = (uint32_t)gn1;
  if (c->nrec < NRECENT) c->nrec++;
}

/* The antecedent of a pronoun: the most recent subject known to be of
 * its gender (from a title: "Ms. Lee"), else the most recent subject that
 * may be; else, for he or she, the most recent other name of that gender
 * ("Mr. Tan met Ms. Lee. She said"). */
/* How many recent subjects "she" looks through for a known woman before
 * it takes the nearest one of unknown gender: a woman named further back
 * loses to the name just before ("Chen Xiaoling" after "Gina Raimondo"),
 * whose given name the lists may not know */
#define DL_SHE_REACH 2

static dl_span resolve_pronoun(qctx *c, uint32_t pflags)
{
  size_t k, hint = NRECENT, nsubj;
  dl_span none = {0, 0};
  /* she: a subject known to be a woman first, then one of unknown
   * gender; he: the most recent subject not known to be a woman (most
   * names of unknown gender in the news are men's: "Dmitry Peskov told
   * reporters. President Ales Vetrov thanked them ... he wrote") */
  for (k = 0, nsubj = 0; k < c->nrec && (pflags & M_FEMALE) && nsubj < DL_SHE_REACH; k++) {
    uint32_t f = c->rec[k].flags;
    if (f & (M_NOUN | M_ASKER)) continue;
    if ((f & M_SUBJ) && !(f & M_ORG) && (pflags & f & (M_MALE | M_FEMALE)))
      return c->rec[k].span;
    if ((f & M_SUBJ) && !(f & M_ORG)) nsubj++;
  }
  /* they: the latest subject when it is a body or nameless, never one
   * named person ("Ann Lee said … As they left, they chanted": the
   * marchers), nor a body named before that person */
  if (!(pflags & (M_MALE | M_FEMALE))) {
    for (k = 0; k < c->nrec; k++)
      if (c->rec[k].flags & M_SUBJ) {
        /* "it" (pflags M_ORG) is no plural of people (group_subject) */
        if ((pflags & M_ORG) && (c->rec[k].flags & M_NOUN) && !c->rec[k].span.len) continue;
        return (c->rec[k].flags & M_ORG) || !c->rec[k].span.len ? c->rec[k].span : none;
      }
    return none;
  }
  /* a subject whose given name tells the other gender is taken only when
   * no recent name fits better ("Tunde Bako said. Oksana Lind runs the
   * market. She said": the hint never excludes, but it ranks) */
  for (k = 0; k < c->nrec; k++) {
    uint32_t f = c->rec[k].flags;
    if (!(f & M_SUBJ)) continue;
    if ((pflags & (M_MALE | M_FEMALE)) && (f & (M_ORG | M_NOUN))) continue;   /* he: no company */
    /* "a reporter asked Lee: "…" "…," she said": the one asked answers */
    if ((pflags & (M_MALE | M_FEMALE)) && (f & M_ASKER)) continue;
    if ((pflags & M_MALE) && (f & M_FEMALE)) {
      if (!(f & M_GIVEN)) continue;
      if (hint == NRECENT) hint = k;
      continue;
    }
    if ((pflags & M_FEMALE) && (f & M_MALE)) {
      if (!(f & M_GIVEN)) continue;
      if (hint == NRECENT) hint = k;
      continue;
    }
    return c->rec[k].span;
  }
  for (k = 0; k < c->nrec; k++)
    if (pflags & c->rec[k].flags & (M_MALE | M_FEMALE)) return c->rec[k].span;
  return hint < c->nrec ? c->rec[hint].span : none;
}

/* Is no one named among the recent subjects, only roles still to be
 * named ("The leader of the council has promised …" then ""…," the
 * council leader said": the next paragraph may name both)? */
static int no_named_subject(const qctx *c)
{
  size_t k;
  for (k = 0; k < c->nrec; k++)
    if (c->rec[k].span.len || !(c->rec[k].flags & M_LATER)) return 0;
  return 1;
}

/* Body paragraphs (the headline counted) of a story's lead: a role
 * there with no name yet is named by the paragraph after it. */
#define DL_LEAD_PARAS 2

/* The index of the body paragraph holding byte offset at (paragraphs are
 * in text order; nbp when none). */
static size_t para_of(const qctx *c, size_t at)
{
  size_t lo = 0, hi = c->nbp;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((size_t)c->bp[mid].start + c->bp[mid].len <= at) lo = mid + 1; else hi = mid;
  }
  return lo < c->nbp && at >= c->bp[lo].start ? lo : c->nbp;
}

/* "Tully said … Osei, asked about it, smiled. "…," she said": a person
 * of no known gender named as a subject in the pronoun's own paragraph,
 * the latest subject of all, is its antecedent before a woman (a man)
 * named in an earlier paragraph.  Token i is the pronoun. */
static int near_subject(const qctx *c, size_t i, dl_span ante)
{
  const recent *r = &c->rec[0];
  size_t p;
  if (c->nrec == 0 || !r->span.len || !(r->flags & M_SUBJ)
      || (r->flags & (M_ORG | M_MALE | M_FEMALE | M_NOUN)))
    return 0;
  p = para_of(c, c->toks[i].s);
  /* (not over one named in this paragraph too: "Binet and Lee met. She said") */
  return p < c->nbp && para_of(c, r->span.start) == p
      && (!ante.len || para_of(c, ante.start) < p);
}

/* "She accused him …, and he said": a "he" in the sentence of a "she"
 * (or the reverse) is another person, so not her antecedent; pronoun m
 * is resolved again with that one ruled out (for this pronoun only: the
 * antecedent's gender stays unknown). */
static void other_pronoun(qctx *c, mention *m)
{
  uint32_t g = m->flags & (M_MALE | M_FEMALE);
  size_t r;
  if (g && c->lp_g && c->lp_g != g && m->ante.len
      && m->ante.start == c->lp_ante.start && m->ante.len == c->lp_ante.len) {
    for (r = 0; r < c->nrec; r++)
      if (c->rec[r].span.start == m->ante.start && c->rec[r].span.len == m->ante.len
          && !(c->rec[r].flags & (M_MALE | M_FEMALE))) {
        uint32_t f = c->rec[r].flags;
        c->rec[r].flags |= c->lp_g;   /* ruled out, then restored */
        m->ante = resolve_pronoun(c, m->flags);
        c->rec[r].flags = f;
        break;
      }
  }
  if (g) {
    c->lp_g = g;
    c->lp_ante = m->ante;
  }
}

/* "When Corrigan asked him for a plan, he said": a subordinate clause
 * opening the sentence, its subject a name and its object "him" (or
 * "her"), then "he" (or "she") after its comma: the object is not the
 * name (that would be "himself"), and the pronoun after it is the
 * object, so not the name; pronoun m at token i is resolved again with
 * that name ruled out. */
#define DL_MAX_SUBCLAUSE 24
static void clause_object_pronoun(qctx *c, mention *m, size_t i)
{
  uint32_t g = m->flags & (M_MALE | M_FEMALE), other;
  size_t b, k, x, s1, n1, s2, n2;
  int32_t xm;
  uint32_t saved[NRECENT];
  if (!g || !m->ante.len || !(m->flags & M_SUBJ) || i < 5 || !is_punct(&c->toks[i - 1], ','))
    return;
  for (b = i - 1; b > 0 && i - b < DL_MAX_SUBCLAUSE; b--)
    if ((c->toks[b].flags & (TF_PARA | TF_WIN)) || (c->toks[b - 1].flags & TF_SENT)) break;
  if (!(b == 0 || (c->toks[b].flags & (TF_PARA | TF_WIN)) || (c->toks[b - 1].flags & TF_SENT))
      || !tok_in_words(c, b, "when|after|as|once|before|while|until|because|although|though|if|since"))
    return;
  x = b + 1 + (b + 2 < i && tok_is(c, b + 1, "the"));
  xm = c->toks[x].men;
  if (xm < 0 || c->men[xm].t0 != x || (c->men[xm].flags & (M_PRON | M_ORG | M_POSS)))
    return;
  /* (the name the pronoun went to: by its span, or the role's holder) */
  if (!((c->men[xm].span.start == m->ante.start && c->men[xm].span.len == m->ante.len)
        || (c->men[xm].ante.len && c->men[xm].ante.start == m->ante.start
            && c->men[xm].ante.len == m->ante.len)))
    return;
  for (k = c->men[xm].t1 + 1; k + 1 < i; k++) {
    if (!is_word(&c->toks[k])) continue;
    if (g == M_MALE && tok_is(c, k, "him")) break;
    /* "her" as an object: punctuation or a preposition after it, not a
     * noun it owns ("asked her about", not "praised her plan") */
    if (g == M_FEMALE && tok_is(c, k, "her")
        && (!is_word(&c->toks[k + 1]) || (tlex(c, k + 1) & (L_PREP | L_CONJ))
            || tok_in_words(c, k + 1, "whether|why|how|what")))
      break;
  }
  if (k + 1 >= i) return;
  other = g == M_MALE ? M_FEMALE : M_MALE;
  /* (every recent mention of that person: the name as the clause gives
   * it, and the fuller one before it, "Tom Corrigan ... When Corrigan
   * asked him", by its last word) */
  n1 = last_word(c->text, c->men[xm].span, &s1);
  for (k = 0; k < c->nrec && k < NRECENT; k++) {
    saved[k] = c->rec[k].flags;
    n2 = last_word(c->text, c->rec[k].span, &s2);
    if ((c->rec[k].span.start == m->ante.start && c->rec[k].span.len == m->ante.len)
        || (!(c->rec[k].flags & M_ORG) && n1 > 0 && n2 == n1
            && memcmp(c->text + s1, c->text + s2, n1) == 0))
      c->rec[k].flags = (c->rec[k].flags & ~(M_SUBJ | M_MALE | M_FEMALE | M_GIVEN)) | other;
  }
  m->ante = resolve_pronoun(c, m->flags);
  for (k = 0; k < c->nrec && k < NRECENT; k++) c->rec[k].flags = saved[k];
}

/* Weekdays, for "X on Monday said". */
static const char *const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

/* Units of "last week", "earlier this month" (sorted, for in_list). */
static const char *const when_units[] = {
  "afternoon", "evening", "month", "morning", "night", "week", "weekend", "year"
};

static int weekday_at(qctx *c, size_t j)
{
  size_t k;
  if (j >= c->nt || !(c->toks[j].flags & TF_CAP)) return 0;
  for (k = 0; k < sizeof weekdays / sizeof weekdays[0]; k++)
    if (tok_is(c, j, weekdays[k])) return 1;
  return 0;
}

/* Tokens of the longest time phrase when_phrase reads ("earlier last
 * Friday night"). */
#define DL_MAX_WHEN_TOKENS 4

/* 1 when token j is a part of the day after a weekday ("on Friday
 * night", "last Monday morning"), else 0. */
static size_t day_part(qctx *c, size_t j)
{
  return j < c->nt && is_word(&c->toks[j]) && !(c->toks[j].flags & TF_CAP)
         && (tok_is(c, j, "morning") || tok_is(c, j, "afternoon") || tok_is(c, j, "evening")
             || tok_is(c, j, "night"));
}

/* The tokens of a time phrase between a subject and its verb at token j
 * ("Lee on Monday said", "Peskov last month called", "Lee yesterday
 * told", "Lee earlier this week said"), else 0: "on" and a weekday;
 * "yesterday", "today"; "last" or "this" and a weekday or a unit, after
 * "earlier" or "later" too. */
static size_t when_phrase(qctx *c, size_t j)
{
  size_t k = j;
  if (j >= c->nt || !is_word(&c->toks[j])) return 0;
  if (tok_is(c, j, "on")) return weekday_at(c, j + 1) ? 2 + day_part(c, j + 2) : 0;
  if (tok_is(c, j, "yesterday") || tok_is(c, j, "today")) return 1;
  if (tok_is(c, k, "earlier") || tok_is(c, k, "later")) k++;
  if (k + 1 >= c->nt || !(tok_is(c, k, "last") || tok_is(c, k, "this"))) return 0;
  if (weekday_at(c, k + 1)) return k + 2 + day_part(c, k + 2) - j;
  if (is_word(&c->toks[k + 1]) && !(c->toks[k + 1].flags & TF_CAP)
      && in_list(when_units, sizeof when_units / sizeof when_units[0],
                 c->text + c->toks[k + 1].s, c->toks[k + 1].len))
    return k + 2 - j;
  return 0;
}

/* Two or more letters, all ASCII capitals (dots allowed): an acronym. */
static int all_caps(const char *w, size_t n)
{
  size_t k, letters = 0;
  for (k = 0; k < n; k++) {
    if (DL_IS_UPPER(w[k])) letters++;
    else if (w[k] != '.') return 0;
  }
  return letters >= 2;
}

/* Is token k a Roman numeral of a monarch or an heir ("II", "III",
 * "XIV") after a name word that is no acronym ("Abdullah II", not
 * "BBC III")?  Then the name is a person's, not an organization's. */
static int regnal_numeral(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t n = t->base, q;
  if (k == 0 || n < 2 || n > 4 || !is_word(&c->toks[k - 1])
      || all_caps(c->text + c->toks[k - 1].s, c->toks[k - 1].base))
    return 0;
  for (q = 0; q < n; q++)
    if (c->text[t->s + q] != 'I' && c->text[t->s + q] != 'V' && c->text[t->s + q] != 'X') return 0;
  return 1;
}

/* Token index after "of the Bank of Korea" / "at Acme Corp" that starts
 * at token j (a preposition, the, capitalized words and the connectors
 * inside them), or 0. */
static size_t skip_of_name(qctx *c, size_t j)
{
  size_t k = j + 1, lim = j + 10;
  if (k >= c->nt || !(tok_is(c, j, "of") || tok_is(c, j, "at"))) return 0;
  if (tok_is(c, k, "the")) k++;
  if (k + 1 < c->nt && tok_org_kind(c, k)) k++;   /* "of the firm Acme Polls" */
  if (k >= c->nt || !(c->toks[k].flags & TF_CAP) || !is_word(&c->toks[k])) return 0;
  while (k < c->nt && k < lim && joins(c, k)) k++;
  /* "of the University of the Witwatersrand": one more "of the" name */
  if (k + 2 < c->nt && tok_is(c, k, "of") && tok_is(c, k + 1, "the")
      && (c->toks[k + 2].flags & TF_CAP) && is_word(&c->toks[k + 2])) {
    lim = k + 10;
    k += 2;
    while (k < c->nt && k < lim && joins(c, k)) k++;
  }
  /* "of the Progressistas party": the body's noun after its name */
  if (k < c->nt && k < lim && tok_org_kind(c, k)) k++;
  return k < lim ? k : 0;
}

/* M_MALE, M_FEMALE or 0: the gender the role word at token k gives. */
static uint32_t role_gender(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  uint32_t lx;
  size_t lo = 0, hi = sizeof role_gender_words / sizeof role_gender_words[0];
  if (!is_word(t) || (t->flags & TF_CAP) || t->len > 15) return 0;
  lx = tlex(c, k);
  if (lx & (L_MALE | L_FEMALE)) return lx & L_MALE ? M_MALE : M_FEMALE;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2, n = strlen(role_gender_words[mid].w);
    int r = strncmp(role_gender_words[mid].w, c->text + t->s, n < t->len ? n : t->len);
    if (r == 0) r = n < t->len ? -1 : n > t->len ? 1 : 0;
    if (r == 0) return role_gender_words[mid].g == 'm' ? M_MALE : M_FEMALE;
    if (r < 0) lo = mid + 1; else hi = mid;
  }
  return 0;
}

/* Is mention pm a preposition's object ("to Manila", "of the Senate"),
 * or an "-ing" participle's ("the senator representing Kano South, Ali
 * Bello, said": the appositive is the speaker)? */
static int prep_object(qctx *c, int32_t pm)
{
  size_t b = c->men[pm].t0;
  if (b > 0 && tok_is(c, b - 1, "the")) b--;
  if (b == 0 || !is_word(&c->toks[b - 1]) || (c->toks[b - 1].flags & TF_CAP)) return 0;
  return (tlex(c, b - 1) & L_PREP) || ing_word(c, b - 1);
}

/* Is mention pm the object of a capitalized preposition opening its
 * clause ("In Khartoum,", "From Kyiv,")?  prep_object leaves out
 * capitalized words (a name's "Of"); at a clause's start the word is
 * the preposition. */
static int opening_prep_object(qctx *c, int32_t pm)
{
  size_t b = c->men[pm].t0;
  if (b > 0 && tok_is(c, b - 1, "the")) b--;
  return b > 0 && is_word(&c->toks[b - 1]) && (c->toks[b - 1].flags & TF_CAP)
         && (tlex(c, b - 1) & L_PREP) && clause_opens_at(c, b - 1);
}

/* Words of a role between a name's comma and the body it names: ",
 * president of the Amalgamated Transit Workers," */
#define DL_MAX_ROLE_OF_WORDS 6

/* The person whose role names body m ("Rita Flores, president of the
 * Transit Workers, who said": Rita Flores, not the union, is who), or m
 * itself: m the object of "of", "at" or "for" after lower-case role
 * words, a comma and a name before them, in the clause from c0. */
static int ends_mention(qctx *c, size_t i);

/* Is mention m a state or country set off by commas after a place that
 * a preposition governs ("a nurse from Dublin, Ohio, said", "in Austin,
 * Texas,")?  The region belongs to the place, not an appositive naming
 * the subject: "the envoy to Peru, Ann Lee, said" names a person. */
static int region_place(qctx *c, size_t c0, const mention *m)
{
  int pm;
  size_t t0 = m->t0;
  if (t0 < c0 + 3 || m->t1 + 1 >= c->nt || !is_punct(&c->toks[t0 - 1], ',')
      || !is_punct(&c->toks[m->t1 + 1], ',')
      || (m->flags & (M_PRON | M_TITLED | M_MALE | M_FEMALE | M_GIVEN | M_ORG | M_DESC))
      || !dl_known_region(c->text + m->span.start, m->span.len))
    return 0;
  pm = ends_mention(c, t0 - 2);
  return pm >= 0 && !(c->men[pm].flags & (M_PRON | M_ORG)) && prep_object(c, pm)
         && !tok_is(c, c->men[pm].t0 - 1, "to") && !tok_is(c, c->men[pm].t0 - 1, "for");
}

/* Does token j (a comma) close such a region? */
static int region_after_place(qctx *c, size_t c0, size_t j)
{
  int m;
  return j > c0 && (m = ends_mention(c, j - 1)) >= 0 && region_place(c, c0, &c->men[m]);
}

static int role_holder(qctx *c, size_t c0, int m)
{
  size_t k = c->men[m].t0;
  int p;
  if (!prep_object(c, m)) return m;
  if (k > c0 && tok_is(c, k - 1, "the")) k--;
  if (k <= c0 || !(tok_is(c, k - 1, "of") || tok_is(c, k - 1, "at") || tok_is(c, k - 1, "for")))
    return m;
  k--;
  while (k > c0 && c->men[m].t0 - k < DL_MAX_ROLE_OF_WORDS && is_word(&c->toks[k - 1])
         && !(c->toks[k - 1].flags & TF_CAP))
    k--;
  if (k < c0 + 2 || k == c->men[m].t0 || !is_punct(&c->toks[k - 1], ',')) return m;
  p = ends_mention(c, k - 2);
  /* a subject, or a name opening its clause whose verb comes after the
   * relative clause ("Rita Flores, president of the Y, who said …,
   * welcomed it") */
  if (p < 0 || (c->men[p].flags & (M_PRON | M_DESC | M_ORG))
      || !((c->men[p].flags & M_SUBJ) || clause_opens_at(c, c->men[p].t0)))
    return m;
  return p;
}

/* Is mention m a title alone ("The Chancellor", "the MP"), no name? */
#define DL_MAX_LONE_TITLE 3   /* words of a title standing alone */
#define DL_MAX_TITLE_LEAD 2   /* words before a "… for" title: "the Labour" */
static int lone_title(qctx *c, int m)
{
  const mention *x = &c->men[m];
  uint32_t lx = tlex(c, x->t0);
  size_t k;
  if (x->t0 == x->t1) return (lx & L_TITLE) && !(lx & L_ABBR);
  /* "the National Publicity Secretary of the ADC, Mrs Bolanle Okonjo,
   * said": a title naming its post with "of the" ("to the") */
  for (k = x->t0 + 1; k < x->t1 && k - x->t0 <= DL_MAX_LONE_TITLE; k++) {
    if (k + 1 < x->t1 && title_post(c, k - 1, k) && tok_is(c, k + 1, "the"))
      return !(x->flags & M_POSS) && !given_gender(c->text, x->span);
    /* "The Secretary of State for Wales, Jo Stevens, said", "the
     * Minister for Finance, Ann Lee,": a title's portfolio after "for" */
    /* ("the Labour MP for Leeds, Jo Lee,": a party word or two before the
     * title, DL_MAX_TITLE_LEAD words at most) */
    if (((lx & L_TITLE) || k - 1 - x->t0 <= DL_MAX_TITLE_LEAD) && (tlex(c, k - 1) & L_TITLE)
        && (c->toks[k - 1].flags & TF_CAP) && tok_is(c, k, "for"))
      return !(x->flags & M_POSS) && !given_gender(c->text, x->span);
    /* "The Minister of Environment, Ann Lee, said": its portfolio after
     * "of", a word or two */
    if (k == x->t0 + 1 && x->t1 - k <= 2 && title_post(c, k - 1, k))
      return !(x->flags & M_POSS) && !given_gender(c->text, x->span);
  }
  /* "The Home Secretary, Ann Lee, said": a title's head word last, no
   * given name first ("John Major" is a name) */
  lx = tlex(c, x->t1);
  return x->t1 - x->t0 < DL_MAX_LONE_TITLE && (lx & L_TITLE) && !(lx & L_ABBR)
      && !(x->flags & M_POSS) && !given_gender(c->text, x->span);
}

static size_t skip_paren(qctx *c, size_t j, size_t lim);

/* Is name m set off by commas after a role, before a verb: "the chief,
 * Ann Lee, said", "one protester, 24-year-old Ann Lee, said"?  (Not
 * "Ann Lee, D-Ariz., said": a name before the first comma.) */
static int appositive_name(qctx *c, const mention *m)
{
  size_t nx = m->t1 + 1, p, of = skip_of_name(c, nx);
  /* "the opposition leader, Yoshihiko Noda of the CDP, said" */
  if (of && of < c->nt && is_punct(&c->toks[of], ',')) nx = of;
  /* "counsel to the governor, Mr Kayode Fashola (SAN), described" */
  else nx = skip_paren(c, nx, c->nt);
  /* "one of them, retired teacher Ann Lee, 67, said": an age after the
   * name */
  if (nx + 3 < c->nt && is_punct(&c->toks[nx], ',') && c->toks[nx + 1].kind == T_NUM
      && c->toks[nx + 1].len <= 3 && is_punct(&c->toks[nx + 2], ','))
    nx += 2;
  if (nx + 1 >= c->nt || !is_punct(&c->toks[nx], ',') || m->t0 == 0
      || !verb_like(c, nx + 1 + when_phrase(c, nx + 1)))   /* ", on Monday said" */
    return 0;
  p = m->t0 - 1;
  if (is_punct(&c->toks[p], ',')) {
    /* not "Ann Lee, D-Ariz., said"; but "the ambassador to Manila, Ann
     * Lee, said": the name before the comma is a preposition's object */
    int32_t pm = p > 0 ? c->toks[p - 1].men : -1;
    /* "The Chancellor, Rachel Reeves, told": a lone title is no name */
    if (pm >= 0 && lone_title(c, pm)) return 1;
    return pm < 0 || prep_object(c, pm);
  }
  /* "one protester, 24-year-old Ann Lee, said" (not "in the Senate, said",
   * nor a verb's object: "Sato, asked if they had discussed China, said") */
  if (!is_word(&c->toks[p]) || (c->toks[p].flags & (TF_CAP | TF_SENT | TF_PARA))
      || (tlex(c, p) & (L_PREP | L_CUE | L_CONJ | L_DET | L_VERB)))
    return 0;
  /* not "Ann Lee, of the liberal Free Democrats, told": a preposition's
   * object behind its modifiers */
  /* (a number among the words: "Ann Lee, whose two sons attend Maple
   * Grove, said") */
  while (p > 0 && m->t0 - p < 5
         && (is_word(&c->toks[p - 1]) || c->toks[p - 1].kind == T_NUM)
         && !(c->toks[p - 1].flags & (TF_SENT | TF_PARA | TF_WIN))) {
    uint32_t lx = tlex(c, p - 1);
    if (lx & L_PREP) return 0;
    /* nor a relative clause's object: "Ann Lee, who represents York
     * Central, said", "Ann Lee, whose son attends Maple Grove, said" (a
     * verb the lexicon does not know before it) */
    if (tok_in_words(c, p - 1, "who|whose|which|that")) return 0;
    if ((c->toks[p - 1].flags & TF_CAP) || (lx & (L_CUE | L_VERB | L_CONJ | L_PRON))) break;
    p--;
  }
  return 1;
}

/* Is name m set off after a person's name ("Ann Lee, the Labour MP for
 * Leeds, who …, said")?  The name before the comma is the subject, not
 * this appositive. */
static int apposed_to_name(qctx *c, const mention *m)
{
  size_t p = m->t0;
  int32_t pm;
  if (p > 0 && article(c, p - 1)) p--;
  if (p < 2 || !is_punct(&c->toks[p - 1], ',')) return 0;
  pm = c->toks[p - 2].men;
  /* (that name a subject already: its verb follows the same asides) */
  return pm >= 0 && (c->men[pm].flags & M_SUBJ)
         && !(c->men[pm].flags & (M_PRON | M_ORG | M_DESC | M_POSS)) && !lone_title(c, pm);
}

/* "The MP for Ludlow and Clun Valley, Sir Anthony Harcourt, said": is
 * name m set off by commas after a role opening the clause ("the", a
 * title within two words, what the title is of), with a verb after it? */
#define DL_MAX_ROLE_APPOS 10
static int role_apposed_subject(qctx *c, const mention *m)
{
  size_t p = m->t0, k, nx = m->t1 + 1, t;
  if (p < 3 || !is_punct(&c->toks[p - 1], ',') || nx + 1 >= c->nt || !is_punct(&c->toks[nx], ','))
    return 0;
  for (k = p - 1; k > 0 && p - k <= DL_MAX_ROLE_APPOS; k--) {
    const tok *u = &c->toks[k - 1];
    if (u->kind != T_WORD || (u->flags & TF_SENT)) return 0;
    if (tok_is(c, k - 1, "the") && clause_opens_at(c, k - 1)) break;
    if (u->flags & (TF_PARA | TF_WIN)) return 0;
  }
  if (k == 0 || p - k > DL_MAX_ROLE_APPOS) return 0;
  for (t = k; t < k + 2 && t < p - 1 && !(tlex(c, t) & L_TITLE); t++) {}
  if (t >= p - 1 || !(tlex(c, t) & L_TITLE)) return 0;
  return verb_like(c, nx + 1) || tensed_word(c, nx + 1);
}

/* Token index after a short parenthesis opening at token j ("Sen. David
 * Boren (D-Okla.) said"), or j when there is none. */
#define DL_MAX_PAREN_TOKENS 8
static size_t skip_paren(qctx *c, size_t j, size_t lim)
{
  size_t k;
  if (j >= lim || !is_punct(&c->toks[j], '(')) return j;
  for (k = j + 1; k < lim && k <= j + DL_MAX_PAREN_TOKENS; k++) {
    if (c->toks[k].flags & (TF_PARA | TF_WIN)) return j;
    if (is_punct(&c->toks[k], ')')) return k + 1;
  }
  return j;
}

/* Token index of the "(" of a short parenthesis ending right before
 * token j (not before c0), or j when there is none. */
static size_t paren_before(qctx *c, size_t c0, size_t j)
{
  size_t k;
  if (j <= c0 || !is_punct(&c->toks[j - 1], ')')) return j;
  for (k = j - 1; k > c0 && j - k <= DL_MAX_PAREN_TOKENS + 1; k--) {
    if (c->toks[k].flags & (TF_PARA | TF_WIN)) return j;
    if (is_punct(&c->toks[k - 1], '(')) return k - 1;
  }
  return j;
}

/* Role words before a name (role_subject, role_then_name). */
#define DL_MAX_ROLE_WORDS 5

/* Does a verb follow name m: right after it, after "on Monday", a short
 * parenthesis ("(D-Ariz.)"), "of the Kent Institute" or an appositive? */
static int verb_after_name(qctx *c, const mention *m)
{
  size_t nx = m->t1 + 1, ap;
  nx += when_phrase(c, nx);
  nx = skip_paren(c, nx, c->nt);
  if (verb_like(c, nx)) return 1;
  if ((ap = skip_of_name(c, nx)) != 0 && verb_like(c, ap)) return 1;
  return (ap = skip_appositive(c, nx)) != 0 && verb_like(c, ap);
}

/* Is name m the subject of its clause behind a role in lower case
 * ("Opposition leader Ann Lee rejected", "BJP leader Ann Lee termed",
 * "Labour backbencher Ann Lee, who …, said")?  The role word is a noun
 * (no verb, preposition or article) and only names, possessives and
 * role words stand between it and the
 * opening of the clause (at most DL_MAX_ROLE_WORDS); a preposition or a
 * verb there makes the name an object ("met union leader Ann Lee"). */
static int role_subject(qctx *c, const mention *m)
{
  size_t k = m->t0, n = 0;
  if (k == 0 || !is_word(&c->toks[k - 1]) || (c->toks[k - 1].flags & (TF_CAP | TF_POSS))
      || (tlex(c, k - 1) & (L_PREP | L_CUE | L_CUE_ING | L_CONJ | L_PRON | L_VERB | L_DET
                            | L_LY | L_ADV | L_ACCORD))
      || in_list(subordinators, sizeof subordinators / sizeof subordinators[0],
                 c->text + c->toks[k - 1].s, c->toks[k - 1].len))
    return 0;
  while (!clause_opens_at(c, k)) {
    const tok *p = &c->toks[k - 1];
    if (++n > DL_MAX_ROLE_WORDS) return 0;
    if (is_punct(p, ')')) {
      /* a party's short parenthesis: "JD(S) floor leader Ann Lee said" */
      size_t o = paren_before(c, 0, k);
      if (o == k || o == 0 || !is_word(&c->toks[o - 1]) || !(c->toks[o - 1].flags & TF_CAP))
        return 0;
      k = o;
      continue;
    }
    if (!is_word(p)) return 0;
    if (!(p->flags & TF_CAP)
        && (tlex(c, k - 1) & (L_PREP | L_CUE | L_CUE_ING | L_CONJ | L_PRON | L_VERB | L_LY | L_ACCORD)))
      return 0;
    k--;
  }
  return verb_after_name(c, m);
}

/* Is name m the subject of a cue before it behind a role in lower case
 * (""…," said lead author Ann Lee.", "said researcher Ann Lee, who …")?
 * At most DL_MAX_ROLE_WORDS role words (no verb, preposition or
 * pronoun; "the" may open them) stand between the name and a cue that
 * opens its clause and names no object ("told researcher Ann Lee" names
 * who heard it), and the name ends its clause. */
static int cue_role_subject(qctx *c, const mention *m)
{
  size_t k = m->t0, n = 0, nx = m->t1 + 1, ap;
  uint32_t lx;
  /* "…," said political scientist Ann Lee of the University of Lagos. */
  if (nx < c->nt && (ap = skip_of_name(c, nx)) != 0) nx = ap;
  /* "said the Essequibo "has always been ours"": the words the cue
   * reports open right after the name, which is no speaker */
  if (mark_after(c, m->span.start + m->span.len)) return 0;
  if (nx < c->nt && !is_punct(&c->toks[nx], ',') && !is_punct(&c->toks[nx], '.')
      && !(c->toks[nx].flags & TF_SENT))
    return 0;
  while (k > 0) {
    const tok *p = &c->toks[k - 1];
    if (!is_word(p) || (p->flags & (TF_CAP | TF_POSS | TF_PARA | TF_WIN))) return 0;
    lx = tlex(c, k - 1);
    if (lx & L_CUE) break;
    if (++n > DL_MAX_ROLE_WORDS
        || (lx & (L_PREP | L_CONJ | L_PRON | L_VERB | L_LY | L_ADV | L_ACCORD))
        || ((lx & L_DET) && !tok_is(c, k - 1, "the")))
      return 0;
    k--;
  }
  if (k == 0 || n == 0) return 0;
  lx = tlex(c, k - 1);
  return !(lx & (L_OBJ | L_CUE_ING | L_ACCORD)) && clause_opens_at(c, k - 1);
}

/* Tokens looked back over for a name's title: "Union Minister for
 * Electronics and IT Ann Lee". */
#define DL_MAX_TITLE_REACH 8

/* The role words the abbreviated title at token k stands for, or NULL. */
static const char *abbr_full(qctx *c, size_t k)
{
  size_t i, n = c->toks[k].len;
  const char *w = c->text + c->toks[k].s;
  if (n > 0 && w[n - 1] == '.') n--;
  for (i = 0; i < sizeof title_abbrevs / sizeof title_abbrevs[0]; i++)
    if (dl_word_eq(w, n, title_abbrevs[i].abbr)) return title_abbrevs[i].full;
  return NULL;
}

/* The token of the head word of name m's title, or -1 when it has none
 * (*full: the role words of an abbreviated title met on the way, "Sen."):
 * the last title word inside the name or just before it, reached back over
 * capitalized words and of, for, and ("Union Minister for Finance and
 * Trade Ann Lee"; a lower-case role only right before the name: "party
 * chief Ann Lee").  Only words already looked up or capitalized are
 * looked up: this runs on every name. */
static long title_head(qctx *c, const mention *m, const char **full)
{
  size_t k = m->t1 + 1, lo = m->t0 > DL_MAX_TITLE_REACH ? m->t0 - DL_MAX_TITLE_REACH : 0;
  int post = 0;   /* crossed an "of", "for" or "and" */
  while (k-- > lo) {
    const tok *t = &c->toks[k];
    if (k + 1 == m->t0 && is_punct(t, ',') && k > 0 && is_word(&c->toks[k - 1])
        && (!(c->toks[k - 1].flags & TF_CAP) || (k >= 2 && tok_is(c, k - 2, "the")))
        && (tlex(c, k - 1) & L_TITLE)) {
      /* "the foreign secretary, Ann Lee,", "the Speaker, Tom Hale," */
      t = &c->toks[--k];
    } else if (!is_word(t) || ((t->flags & TF_POSS) && k != m->t1)) {
      return -1;
    } else if (k < m->t0 && !(t->flags & TF_CAP)) {
      /* "Minister of Foreign Affairs Ann Lee" */
      if ((tok_is(c, k, "of") || tok_is(c, k, "for") || tok_is(c, k, "and")
           || (tok_is(c, k, "to") && k > lo && (tlex(c, k - 1) & L_TITLE)))
          && !(t->flags & (TF_PARA | TF_WIN))) {
        post = 1;
        continue;
      }
      /* one lower-case word may be the title itself ("party chief Ann
       * Lee", "special envoy for Sudan Tom Perriello": before its post);
       * any other ends the search: "Finance Minister Ann Lee greeted Bob
       * Tan" gives Bob Tan no title */
      if (!(tlex(c, k) & L_TITLE)
          || (k + 1 != m->t0 && !(post && (tok_is(c, k + 1, "for") || tok_is(c, k + 1, "to")))))
        return -1;
    }
    if ((tlex(c, k) & L_TITLE) && !*full) *full = abbr_full(c, k);
    if ((tlex(c, k) & L_TITLE) && !(tlex(c, k) & L_ABBR)) {
      /* "the Labour MP for Hastings and Rye": after "the" the title is a
       * role and the word after its "for" a place (not "Secretary of
       * State Blinken") */
      size_t x;
      for (x = k + 1; x < m->t1 && !post; x++)
        post = tok_is(c, x, "of") || tok_is(c, x, "for");
      if (post && (m->t0 == m->t1 || k >= m->t0)
          && ((k > 0 && article(c, k - 1)) || (k > 1 && (c->toks[k - 1].flags & TF_CAP)
                                                && article(c, k - 2))))
        return -1;
      return (long)k;
    }
    if (k <= m->t0 && (t->flags & (TF_PARA | TF_WIN))) return -1;
  }
  return -1;
}

/* Is "former" just before the title words ending at token k ("former
 * Prime Minister", "the former prime minister")? */
static int former_before(qctx *c, size_t k)
{
  size_t n = 0;
  while (k > 0 && n++ < 4) {
    k--;
    if (!is_word(&c->toks[k])) return 0;
    if (tok_is(c, k, "former")) return 1;
    if (!(tlex(c, k) & L_TITLE)) return 0;
  }
  return 0;
}

/* Words that set one holder of a title apart from another of the same
 * head: "the chief minister" is not "Prime Minister Narendra Modi" nor
 * "Deputy Chief Minister D K Shivakumar". */
static const char *const rank_words[] = {"prime", "chief", "deputy", "vice"};

/* Bits of the rank_words among the two words before the head word at
 * token k ("Deputy Chief Minister", "the prime minister"). */
static unsigned rank_mask(qctx *c, size_t k)
{
  unsigned mask = 0;
  size_t t, i;
  for (t = k; t > 0 && k - t < 2; t--) {
    if (!is_word(&c->toks[t - 1]) || (c->toks[t].flags & (TF_PARA | TF_WIN))) break;
    for (i = 0; i < sizeof rank_words / sizeof rank_words[0]; i++)
      if (tok_is(c, t - 1, rank_words[i])) mask |= 1u << i;
  }
  return mask;
}

/* Is mention m title words and nothing else ("Prime Minister stands by
 * target" in a headline)?  It names no holder, so "the prime minister"
 * later must not take it for one (the role stays open for the name a
 * later paragraph gives). */
static int title_words_only(qctx *c, const mention *m)
{
  size_t k;
  for (k = m->t0; k <= m->t1; k++)
    if (!is_word(&c->toks[k]) || !(tlex(c, k) & L_TITLE) || (tlex(c, k) & L_ABBR)) return 0;
  return 1;
}

/* Is token k a word in lower case? */
static int lower_word(const qctx *c, size_t k)
{
  return k < c->nt && is_word(&c->toks[k]) && !(c->toks[k].flags & (TF_CAP | TF_POSS));
}

/* Is token k "a", "an", "the", "his" or "her" (what opens a role set
 * beside a name)? */
static int role_det(qctx *c, size_t k)
{
  return article(c, k) || tok_is(c, k, "his") || tok_is(c, k, "her");
}

/* How many lower-case words a role beside a name holds ("a former
 * Republican House aide" counts its lower-case ones). */
#define DL_MAX_APPOS_ROLE 4

/* Nouns of places set beside a place's name ("Ohio, a swing state,"):
 * no role a person holds (sorted, for in_list). */
static const char *const place_nouns[] = {
  "capital", "city", "country", "county", "district", "island", "nation", "province",
  "region", "state", "territory", "town", "village"
};

/* The head token of a role in lower case set beside name m by commas,
 * "A former committee aide, Jonathan Pryce," or "Jonathan Pryce, a
 * former aide to …," (what "the former aide" later stands for), or -1. */
/* Is there a verb of appointing ("appointed", "named") in the clause
 * before token t0, at most DL_MAX_APPOS_ROLE words back past the
 * name's own words ("appointed the centrist veteran Ann Lee")? */
static int appointed_before(qctx *c, size_t t0)
{
  size_t k, n;
  for (k = t0, n = 0; k > 0 && n <= DL_MAX_APPOS_ROLE; k--, n++) {
    if (c->toks[k].flags & (TF_PARA | TF_WIN)) return 0;
    if (!is_word(&c->toks[k - 1]) || (c->toks[k - 1].flags & TF_SENT)) return 0;
    if (tok_in_words(c, k - 1, "appointed|appoints|appoint|named|names|nominated|nominates|"
                               "tapped|taps|picked|picks|chose|chooses|installed|installs"))
      return 1;
  }
  return 0;
}

static long appos_role(qctx *c, const mention *m)
{
  size_t k, n;
  if (m->t0 >= 3 && is_punct(&c->toks[m->t0 - 1], ',') && lower_word(c, m->t0 - 2)
      && !(tlex(c, m->t0 - 2) & (L_PREP | L_VERB | L_CUE | L_CONJ))) {
    for (k = m->t0 - 2, n = 0; k > 0 && n < DL_MAX_APPOS_ROLE; k--, n++) {
      if (role_det(c, k - 1)) return (long)(m->t0 - 2);
      if (!is_word(&c->toks[k - 1]) || (c->toks[k - 1].flags & (TF_SENT | TF_PARA | TF_WIN))
          || (tlex(c, k - 1) & (L_PREP | L_VERB | L_CUE | L_CONJ)))
        break;
    }
  }
  k = m->t1 + 1;
  if (k + 2 < c->nt && is_punct(&c->toks[k], ',') && role_det(c, k + 1) && lower_word(c, k + 2)) {
    for (k += 2, n = 0; n < DL_MAX_APPOS_ROLE && lower_word(c, k + 1)
                        && !(tlex(c, k + 1) & (L_PREP | L_VERB | L_CUE | L_CONJ))
                        && !tok_is(c, k + 1, "who"); k++, n++) {}
    if (tlex(c, k) & (L_PREP | L_VERB | L_CUE | L_CONJ)) return -1;
    if (k + 1 < c->nt && (c->toks[k + 1].kind == T_PUNCT || (tlex(c, k + 1) & L_PREP)
                          || tok_is(c, k + 1, "who")))
      return (long)k;
  }
  /* "appointed Hélène Marchetti as France's prime minister,": after an
   * appointing verb, "as", a possessive place or an article and lower-case
   * words ending in a title, then punctuation or a preposition */
  k = m->t1 + 1;
  if (k + 2 < c->nt && tok_is(c, k, "as") && appointed_before(c, m->t0)) {
    k++;
    if (role_det(c, k) || tok_is(c, k, "its") || tok_is(c, k, "their")
        || (is_word(&c->toks[k]) && (c->toks[k].flags & (TF_CAP | TF_POSS)) == (TF_CAP | TF_POSS)))
      k++;
    for (n = 0; n < DL_MAX_APPOS_ROLE && k + 1 < c->nt && lower_word(c, k) && lower_word(c, k + 1)
                && !(tlex(c, k + 1) & (L_PREP | L_VERB | L_CUE | L_CONJ)); k++, n++) {}
    if (k + 1 < c->nt && lower_word(c, k) && (tlex(c, k) & L_TITLE)
        && (c->toks[k + 1].kind == T_PUNCT || (tlex(c, k + 1) & L_PREP)))
      return (long)k;
  }
  return -1;
}

/* The run of nationality words (at most two: "South Korean") that ends
 * right before token k, as a span of the text; empty when none. */
static dl_span nat_before(qctx *c, size_t k)
{
  dl_span sp = {0, 0};
  size_t j = k;
  while (j > 0 && k - j < 2 && !(c->toks[j].flags & (TF_PARA | TF_WIN)) && is_word(&c->toks[j - 1])
         && !(c->toks[j - 1].flags & TF_POSS) && (tlex(c, j - 1) & L_NAT))
    j--;
  if (j < k) {
    sp.start = c->toks[j].s;
    sp.len = c->toks[k - 1].s + c->toks[k - 1].len - sp.start;
  }
  return sp;
}

/* The nationality of a title whose head is token h: a run of
 * nationality words before it and at most four capitalized words of
 * its title or office ("Iranian Foreign Ministry spokesman", "Russian
 * Foreign Minister"), in the same sentence. */
static dl_span title_nat(qctx *c, size_t h)
{
  dl_span none = {0, 0};
  size_t j = h, n = 0;
  while (j > 0 && n <= 4 && !(c->toks[j].flags & (TF_SENT | TF_PARA | TF_WIN))) {
    const tok *t = &c->toks[j - 1];
    if (!is_word(t) || !(t->flags & TF_CAP) || (t->flags & TF_POSS)) break;
    if (tlex(c, j - 1) & L_NAT) return nat_before(c, j);
    j--;
    n++;
  }
  return none;
}

/* Are spans a and b the same words (any case)? */
static int lword_cmp_n(const char *a, size_t n, const char *b);
static int same_words(const char *text, dl_span a, dl_span b)
{
  return a.len == b.len && lword_cmp_n(text + a.start, a.len, text + b.start) == 0;
}

/* "Foreign Minister Takeshi Iwaya and his South Korean counterpart Cho
 * Hyun": name m (with no title of its own) after "his|her NAT
 * counterpart" (a comma may follow it) holds the title of the most
 * recent titled name, with that nationality.  Returns 1 when it pushed. */
static int push_counterpart(qctx *c, const mention *m)
{
  size_t k = m->t0, j;
  dl_span nat;
  if (c->ntit == 0 || !c->tit[0].head.len || k < 3) return 0;
  if (is_punct(&c->toks[k - 1], ',')) k--;
  if (k < 3 || !tok_is(c, k - 1, "counterpart")) return 0;
  nat = nat_before(c, k - 1);
  if (!nat.len) return 0;
  j = k - 1;
  while (j > 0 && c->toks[j - 1].s >= nat.start) j--;
  if (j == 0 || !(tok_is(c, j - 1, "his") || tok_is(c, j - 1, "her")) || same_words(c->text, nat, c->tit[0].nat))
    return 0;
  for (j = NTITLED - 1; j > 0; j--) c->tit[j] = c->tit[j - 1];
  c->tit[0].span = m->span;
  c->tit[0].former = 0;
  c->tit[0].appos = 0;
  c->tit[0].nat = nat;
  if (c->ntit < NTITLED) c->ntit++;
  return 1;
}

/* Remember name m with its title for "the minister said". */
static void push_titled(qctx *c, const mention *m)
{
  const char *full = NULL;
  long h = title_head(c, m, &full);
  size_t j;
  int appos = 0;
  if (h < 0 && !full && (m->flags & (M_ROLE | M_DESC | M_PRON | M_ORG)) == 0 && push_counterpart(c, m))
    return;
  /* (a person's name in full, or one a title or given name told a
   * gender of: not "Ohio, a swing state,", "Paris, the capital,") */
  if (h < 0 && !full && (m->flags & (M_ROLE | M_DESC | M_PRON | M_ORG)) == 0
      && (memchr(c->text + m->span.start, ' ', m->span.len) || (m->flags & (M_MALE | M_FEMALE)))
      && (h = appos_role(c, m)) >= 0) {
    if (in_list(place_nouns, sizeof place_nouns / sizeof place_nouns[0],
                c->text + c->toks[h].s, c->toks[h].len))
      return;
    appos = 1;
  }
  if (h < 0 && !full) return;
  for (j = NTITLED - 1; j > 0; j--) c->tit[j] = c->tit[j - 1];
  c->tit[0].span = m->span;
  c->tit[0].head.start = h >= 0 ? c->toks[h].s : 0;
  c->tit[0].head.len = h >= 0 ? c->toks[h].len : 0;
  c->tit[0].full = full;
  c->tit[0].former = former_before(c, h >= 0 && (size_t)h < m->t0 ? (size_t)h : m->t0);
  c->tit[0].rank = h >= 0 ? rank_mask(c, (size_t)h) : 0;
  c->tit[0].appos = appos;
  if (h >= 0 && !appos) c->tit[0].nat = title_nat(c, (size_t)h);
  else if (h >= 0) c->tit[0].nat = nat_before(c, (size_t)h);   /* ", his Australian counterpart," */
  else c->tit[0].nat.start = c->tit[0].nat.len = 0;
  if (c->ntit < NTITLED) c->ntit++;
}

/* Is the title head h[0..n) (any case) one of the '|'-separated
 * lower-case words? */
static int head_in_words(const char *h, size_t n, const char *w)
{
  char h0;
  if (n == 0) return 0;
  h0 = DL_LOWER(h[0]);
  /* word by word, compared only when its first letter is h's: the next
   * word is found with strchr, not byte by byte here */
  while (*w) {
    const char *bar;
    if (w[0] == h0 && h0 != '|') {
      size_t q = 1;
      while (q < n && w[q] && w[q] != '|' && DL_LOWER(h[q]) == w[q]) q++;
      if (q == n && (w[n] == '|' || w[n] == '\0')) return 1;
    }
    bar = strchr(w, '|');
    if (!bar) break;
    w = bar + 1;
  }
  return 0;
}

/* Is the word at token k one of the '|'-separated lower-case words? */
static int tok_in_words(qctx *c, size_t k, const char *words)
{
  return head_in_words(c->text + c->toks[k].s, c->toks[k].len, words);
}

/* The titles "the head of state" ("… of government") stands for: the
 * head words of the holder's title, '|' between them, or NULL. */
static const char *head_of(qctx *c, size_t k)
{
  if (k + 2 >= c->nt || !tok_is(c, k, "head") || !tok_is(c, k + 1, "of")) return NULL;
  if (tok_is(c, k + 2, "state")) return "president|king|queen|emir|monarch|sultan";
  if (tok_is(c, k + 2, "government")) return "minister|premier|chancellor|taoiseach";
  return NULL;
}

/* How many title words a role phrase holds ("the deputy prime minister"). */
#define DL_MAX_ROLE_HEAD 3

/* The nationality words of a role phrase whose head is token k ("the
 * South Korean foreign minister": before its title words), or empty. */
static dl_span role_nat(qctx *c, size_t k)
{
  size_t j = k;
  while (j > 0 && k - j < DL_MAX_ROLE_HEAD && !(c->toks[j].flags & (TF_PARA | TF_WIN))
         && is_word(&c->toks[j - 1]) && (tlex(c, j - 1) & L_TITLE) && !(tlex(c, j - 1) & L_NAT))
    j--;
  return nat_before(c, j);
}

/* The country a nationality span's last word stands for, as a word to
 * compare ("us" and "u.s" are "american"), or NULL for the words of
 * the lexicon's L_NAT that name a party, bloc or region ("Tory" is the
 * "Conservative" leader): those tell no clash. */
static const char *nat_key(const char *text, dl_span sp, size_t *n)
{
  size_t b = sp.len;
  const char *w;
  while (b > 0 && text[sp.start + b - 1] != ' ') b--;
  w = text + sp.start + b;
  *n = sp.len - b;
  if (*n > 1 && w[*n - 1] == '.') (*n)--;   /* "U.S." */
  if (head_in_words(w, *n, "african|arab|asian|conservative|democrat|democratic|eu|european"
                           "|labour|latin|liberal|new|opposition|republican|tory|un|western"))
    return NULL;
  if (head_in_words(w, *n, "us|u.s")) { *n = 8; return "american"; }
  if (head_in_words(w, *n, "uk")) { *n = 7; return "british"; }
  return w;
}

/* Does the nationality of a role phrase differ from that of titled
 * holder j (both known, both a country's: "the Iranian spokesman" is
 * not one of the "American" ones; "North" and "South" told apart)? */
static int nat_clash(qctx *c, dl_span nat, size_t j)
{
  const char *a, *b;
  size_t na, nb;
  dl_span o = c->tit[j].nat;
  if (!nat.len || !o.len) return 0;
  a = nat_key(c->text, nat, &na);
  b = nat_key(c->text, o, &nb);
  if (!a || !b) return 0;
  if (na != nb || lword_cmp_n(a, na, b) != 0) return 1;
  /* "South Korean" and "North Korean"; "Korean" alone fits either */
  if (memchr(c->text + nat.start, ' ', nat.len) && memchr(c->text + o.start, ' ', o.len))
    return !same_words(c->text, nat, o);
  return 0;
}

/* Is holder j of the country the role phrase's nationality names? */
static int nat_same(qctx *c, dl_span nat, size_t j)
{
  size_t n;
  return nat.len && c->tit[j].nat.len && nat_key(c->text, nat, &n)
         && nat_key(c->text, c->tit[j].nat, &n) && !nat_clash(c, nat, j);
}

/* Does the title of holder j fit the role word at token k (alt: the
 * heads "the head of state" stands for, or NULL)? */
static int tok_is_at(qctx *c, size_t k, size_t w, size_t n);
static int title_hit(qctx *c, size_t k, const char *alt, size_t j)
{
  const char *h = c->text + c->tit[j].head.start;
  size_t n = c->tit[j].head.len;
  if (c->tit[j].full && tok_in_words(c, k, c->tit[j].full)) return 1;
  /* the holder's title head among the words the phrase stands for */
  if (alt && head_in_words(h, n, alt)) return 1;
  return n != 0 && tok_is_at(c, k, c->tit[j].head.start, n);
}

/* Is the "Secretary" at text[h] no minister's title: a press, party,
 * general, permanent, private, executive or assistant secretary? */
static int not_cabinet(const char *text, size_t h)
{
  size_t b = h, e;
  while (b > 0 && text[b - 1] == ' ') b--;
  e = b;
  while (b > 0 && DL_IS_ALPHA(text[b - 1])) b--;
  return e > b && head_in_words(text + b, e - b, "press|party|general|permanent|private|executive"
                                                 "|assistant|deputy|under|parliamentary|joint");
}

/* Is holder j's title a foreign minister's: "Foreign Minister",
 * "Foreign Secretary", "Secretary of State" (what "the top diplomat"
 * stands for)? */
static int foreign_office(qctx *c, size_t j)
{
  const char *h = c->text + c->tit[j].head.start;
  size_t n = c->tit[j].head.len, b = c->tit[j].head.start, e = b + n;
  if (head_in_words(h, n, "secretary") && e + 9 <= c->len && memcmp(c->text + e, " of State", 9) == 0)
    return 1;
  if (head_in_words(h, n, "state") && b >= 13 && memcmp(c->text + b - 13, "Secretary of ", 13) == 0)
    return 1;
  if (!head_in_words(h, n, "minister|secretary") || b < 8) return 0;
  return (c->text[b - 8] | 0x20) == 'f' && memcmp(c->text + b - 7, "oreign ", 7) == 0;
}

/* "the top Russian diplomat": the most recent foreign minister of that
 * nationality (any, when the phrase names none or nothing told the
 * holder's), or none. */
static dl_span foreign_minister(qctx *c, dl_span nat)
{
  size_t j;
  dl_span none = {0, 0};
  for (j = 0; j < c->ntit; j++)
    if (foreign_office(c, j) && nat_same(c, nat, j)) return c->tit[j].span;
  for (j = 0; j < c->ntit; j++)
    if (foreign_office(c, j) && !nat_clash(c, nat, j) && !c->tit[j].former) return c->tit[j].span;
  return none;
}

/* The most recent titled name whose title's head word is the word at
 * token k ("the minister" after "Finance Minister Ann Lee", "the
 * senator" after "Sen. Ann Lee"), or none. */
static dl_span resolve_role(qctx *c, size_t k)
{
  size_t j;
  dl_span none = {0, 0};
  const char *alt = head_of(c, k);
  /* "the prime minister" is the one in office: a "former Prime
   * Minister" named since is taken only when no other holds the title */
  size_t past = NTITLED, other_rank = NTITLED;
  int former = former_before(c, k);
  unsigned rank = rank_mask(c, k);
  dl_span nat = role_nat(c, k);
  if (tok_is(c, k, "diplomat")) return foreign_minister(c, nat);
  /* "the Iranian spokesman": the holder of that nationality first,
   * though one whose nationality nothing told was named since */
  if (nat.len)
    for (j = 0; j < c->ntit; j++)
      if (title_hit(c, k, alt, j) && nat_same(c, nat, j)
          && c->tit[j].rank == rank && c->tit[j].former == former)
        return c->tit[j].span;
  /* "the Polish leader", "the Australian prime minister" in a story of
   * two leaders: the titled name with that nationality or party before
   * its title ("Polish Prime Minister Jan Nowak", "his Australian
   * counterpart, Ann Lee"); "leader", "premier" and "counterpart" stand
   * for any head of government's title there */
  if (nat.len)
    for (j = 0; j < c->ntit; j++) {
      const char *h = c->text + c->tit[j].head.start;
      size_t n = c->tit[j].head.len;
      if (c->tit[j].former != former
          || !(nat_same(c, nat, j) || same_words(c->text, nat, c->tit[j].nat)))
        continue;
      if (tok_in_words(c, k, "leader|premier|counterpart")
          || head_in_words(h, n, "counterpart|leader")
          || (n == c->toks[k].len && head_in_words(h, n, "minister|president|chancellor|premier")
              && tok_in_words(c, k, "minister|president|chancellor|premier")))
        return c->tit[j].span;
    }
  /* "Supervisor Ann Lee ... Supervisor Tom Cole ... Lee said she hoped.
   * '…,' the supervisor said": of two holders of the title, the one
   * the sentence before spoke of (the latest subject, by surname) */
  if (c->nrec > 0 && (c->rec[0].flags & M_SUBJ) && c->rec[0].ln
      && !(c->rec[0].flags & (M_ORG | M_DESC | M_ROLE))) {
    size_t first = NTITLED;
    for (j = 0; j < c->ntit; j++) {
      size_t ls, ln;
      if (!title_hit(c, k, alt, j) || nat_clash(c, nat, j) || c->tit[j].rank != rank
          || c->tit[j].former != former)
        continue;
      if (first == NTITLED) first = j;
      ln = last_word(c->text, c->tit[j].span, &ls);
      if (ln == c->rec[0].ln && memcmp(c->text + ls, c->text + c->rec[0].ls, ln) == 0) {
        if (j != first) return c->tit[j].span;
        break;
      }
    }
  }
  for (j = 0; j < c->ntit; j++) {
    if (!title_hit(c, k, alt, j)) continue;
    /* "the Iranian spokesman" is not the American one named since */
    if (nat_clash(c, nat, j)) continue;
    /* "the chief minister" after "Prime Minister Modi" and "chief
     * minister Siddaramaiah": the one whose rank words match, when any */
    if (c->tit[j].rank != rank) {
      if (other_rank == NTITLED) other_rank = j;
      continue;
    }
    if (c->tit[j].former == former) return c->tit[j].span;
    if (past == NTITLED) past = j;
  }
  if (past < NTITLED) return c->tit[past].span;
  if (other_rank < NTITLED) return c->tit[other_rank].span;
  for (j = 0; j < sizeof role_synonyms / sizeof role_synonyms[0]; j++) {
    size_t r;
    if (!tok_is(c, k, role_synonyms[j].role)) continue;
    for (r = 0; r < c->ntit; r++) {
      const char *h = c->text + c->tit[r].head.start;
      size_t n = c->tit[r].head.len;
      /* "the PM": a prime minister's head word is "Minister" */
      size_t pn = strlen(role_synonyms[j].pre);
      if (dl_word_eq(h, n, "minister")
          && !(pn && c->tit[r].head.start >= pn + 1 && h[-1] == ' '
               && dl_word_eq(h - pn - 1, pn, role_synonyms[j].pre)))
        continue;
      if (nat_clash(c, nat, r)) continue;
      if (dl_word_eq(h, n, "secretary") && not_cabinet(c->text, c->tit[r].head.start)) continue;
      if (head_in_words(h, n, role_synonyms[j].heads)
          || (c->tit[r].full && head_in_words(c->tit[r].full, strcspn(c->tit[r].full, "|"),
                                              role_synonyms[j].heads)))
        return c->tit[r].span;
    }
    break;
  }
  /* "the opposition leader said" of one named "party chairman Kim Moon-soo":
   * with no leader named, a party's chair leads it */
  if (tok_is(c, k, "leader"))
    for (j = 0; j < c->ntit; j++)
      if (head_in_words(c->text + c->tit[j].head.start, c->tit[j].head.len,
                        "chairman|chairwoman|chairperson|chair"))
        return c->tit[j].span;
  return none;
}

enum { ART_A = 1, ART_THE = 2 };   /* what article() tells */

/* The kind ('b' or 'p', see org_nouns) of the organization noun
 * text[s, s + n) (any case), or 0. */
static char org_noun_kind(const char *w, size_t n)
{
  size_t lo = 0, hi = sizeof org_nouns / sizeof org_nouns[0];
  if (n == 0 || n > 12) return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = lword_cmp(org_nouns[mid].w, w, n);
    if (r == 0) return org_nouns[mid].kind;
    if (r < 0) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/* The org_nouns kind of the lower-case word at token k, or 0. */
static char tok_org_kind(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  if (!is_word(t) || (t->flags & (TF_CAP | TF_POSS))) return 0;
  return org_noun_kind(c->text + t->s, t->len);
}

static void push_org(qctx *c, dl_span name, dl_span head)
{
  size_t j;
  for (j = NRECENT - 1; j > 0; j--) c->org[j] = c->org[j - 1];
  c->org[0].span = name;
  c->org[0].head = head;
  if (c->norg < NRECENT) c->norg++;
}

/* The noun before name mention m that says it is an organization's:
 * "producer Tshwane Minerals", "group, Earthlife Watch", "party, the
 * National Front"; its token, or -1.  A person's name (a title, a known
 * given name) never is one ("the company, Ann Lee said"). */
/* Words looked back over from a body's noun to the "of" after a role
 * ("leader of the largest opposition party") */
#define DL_MAX_ROLE_OF_REACH 5

/* Is the organization word at token h what a role before it heads ("The
 * leader of the largest opposition party, Yoshihiko Noda, said"): the
 * name after the comma is the role's holder, not the body's? */
static int role_of_body(qctx *c, size_t h)
{
  size_t k;
  for (k = h; k > 1 && h - k < DL_MAX_ROLE_OF_REACH; k--) {
    const tok *t = &c->toks[k - 1];
    if (!is_word(t) || (t->flags & (TF_CAP | TF_SENT | TF_PARA | TF_WIN))) return 0;
    if (tok_is(c, k - 1, "of"))
      return is_word(&c->toks[k - 2]) && !(c->toks[k - 2].flags & TF_CAP)
             && (tlex(c, k - 2) & L_TITLE);
  }
  return 0;
}

static long org_intro(qctx *c, const mention *m)
{
  size_t k = m->t0;
  if (k > 0 && tok_is(c, k - 1, "the")) k--;
  if (k > 0 && is_punct(&c->toks[k - 1], ',')) k--;
  if (k == 0 || (k == m->t0 - 1 && tok_is(c, k, "the")) || !tok_org_kind(c, k - 1)) return -1;
  /* not over a paragraph's start: a headline's last word ("… water
   * firm") says nothing of the next paragraph's first name */
  if (c->toks[k].flags & (TF_PARA | TF_WIN)) return -1;
  if (m->flags & (M_TITLED | M_MALE | M_FEMALE) || given_gender(c->text, m->span)) return -1;
  if (role_of_body(c, k - 1)) return -1;
  return (long)k - 1;
}

/* "Department of Mineral Resources", "Bank of Korea", "Department for
 * Business and Trade", "Council on Foreign Relations": the token of an
 * organization word followed by "of", "for" or "on" (which joins
 * allows there) in the name of tokens [t0, t1), or -1. */
static long org_of_head(qctx *c, size_t t0, size_t t1)
{
  size_t k;
  for (k = t0; k + 2 < t1; k++)
    if ((tok_is(c, k + 1, "of") || tok_is(c, k + 1, "for") || tok_is(c, k + 1, "on"))
        && c->toks[k].len <= 13
        && is_org_last(c->text + c->toks[k].s, c->toks[k].len))
      return (long)k;
  return -1;
}

/* "Trade and Industry Ministry", "Ethics and Anti-Corruption
 * Commission": one capitalized word at token i (no known given name),
 * "and" at token j, then a name ending in an organization word: the
 * token after that name; else j. */
static size_t and_org(qctx *c, size_t i, size_t j)
{
  size_t e = j + 2, lim = j + 8;
  dl_span w;
  if (j + 1 >= c->nt || !tok_is(c, j, "and") || (c->toks[i].flags & TF_POSS)
      || !is_word(&c->toks[j + 1]) || !(c->toks[j + 1].flags & TF_CAP)
      || (c->toks[j + 1].flags & (TF_PARA | TF_WIN)))
    return j;
  while (e < c->nt && e < lim && !(c->toks[e - 1].flags & TF_POSS) && joins(c, e)) e++;
  if (e == j + 2 || e >= lim || (c->toks[e - 1].flags & TF_POSS) || c->toks[e - 1].len > 13
      || !is_org_last(c->text + c->toks[e - 1].s, c->toks[e - 1].len))
    return j;
  w.start = c->toks[i].s;
  w.len = c->toks[i].len;
  return given_gender(c->text, w) ? j : e;
}

/* "Ministry of Science and Technology": after an organization's "X of
 * Y" name ending at token j ("and"), at most three capitalized words
 * and then no other: the token after them; else j. */
static size_t and_of_org(qctx *c, size_t j)
{
  size_t e = j + 1;
  while (e < c->nt && e < j + 4 && is_word(&c->toks[e]) && (c->toks[e].flags & TF_CAP)
         && !(c->toks[e].flags & (TF_PARA | TF_WIN)) && !(c->toks[e - 1].flags & TF_POSS))
    e++;
  if (e == j + 1 || (e < c->nt && is_word(&c->toks[e]) && (c->toks[e].flags & TF_CAP)))
    return j;
  return e;
}

/* Is the lower-case word at token k the head noun recorded for org j? */
static int org_head_is(qctx *c, size_t j, size_t k)
{
  dl_span h = c->org[j].head;
  const tok *t = &c->toks[k];
  size_t b = 0;
  if (h.len != t->base) return 0;   /* (base: "the association's board") */
  while (b < h.len && DL_LOWER(c->text[h.start + b]) == DL_LOWER(c->text[t->s + b])) b++;
  return b == h.len;
}

/* The recent organization the noun at token k stands for: the latest
 * with that noun ("the commission" after "the Electoral Commission");
 * else, for a business noun ("the company"), the latest business (its
 * noun or name says so: "producer Acme Mining", "Acme Corp"; a bare
 * "AFP" or "Jeep ZJ" says nothing); else none. */
/* Nouns for someone's words ("Hale's message was simple: "…""), sorted;
 * at most DL_MAX_WORDS_NOUN_GAP tokens from the noun to the colon. */
static const char *const words_nouns[] = {
  "advice", "answer", "message", "reaction", "reply", "response", "retort", "verdict", "warning"
};
#define DL_MAX_WORDS_NOUN_GAP 4

/* Documents a person or a body writes, standing for their author in ""…,"
 * the letter said", sorted. */
static const char *const doc_nouns[] = {
  "email", "judgement", "judgment", "letter", "memo", "message", "note", "post", "release",
  "ruling", "statement", "tweet", "verdict"
};

/* Recordings and columns one speaks or writes in ("said in a video
 * posted to X that"), for doc_participle only (a video says nothing
 * itself), sorted. */
static const char *const media_nouns[] = {
  "broadcast", "clip", "column", "essay", "interview", "podcast", "video"
};

/* Do the n bytes at a and b match, ASCII case aside? */
static int lword_cmp_n(const char *a, size_t n, const char *b)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (dl_lower[(unsigned char)a[i]] != dl_lower[(unsigned char)b[i]]) return 1;
  return 0;
}

/* Is token j a document's noun in lower case ("the statement", "a
 * letter"; not "Post", not "the letter's")?  (No length bounds before
 * the look-up: doc_nouns is short and searched by halves.) */
static int doc_noun_at(qctx *c, size_t j)
{
  return is_word(&c->toks[j]) && !(c->toks[j].flags & (TF_CAP | TF_POSS))
         && in_list(doc_nouns, sizeof doc_nouns / sizeof doc_nouns[0], c->text + c->toks[j].s,
                    c->toks[j].len);
}

/* "Dale Hutchings wrote to the commissioner … "…," the letter said": from
 * token i ("the", opening its clause), a document noun and a cue; the
 * noun's token, else 0.  Its author is the latest subject named. */
static size_t doc_phrase(qctx *c, size_t i)
{
  size_t j = i + 1;
  if (j + 1 >= c->nt || !doc_noun_at(c, j) || !is_cue(c, j + 1) || (tlex(c, j + 1) & L_CUE_ING))
    return 0;
  return j;
}

/* "…," the verdict read: a court's document (ruling, judgment,
 * verdict) is no word of a latest subject who is not a court or a judge
 * ("Tom Hale, the defendant, sat still. "Guilty," the verdict read." is
 * not the defendant's).  Is document noun k such a one, with subject r
 * neither a body nor named with a judge's title?  (r is one name: the
 * scan is bounded by its length.) */
static int court_doc_unfit(qctx *c, size_t k, const recent *r)
{
  const char *t = c->text + c->toks[k].s, *n = c->text + r->span.start;
  size_t len = r->span.len, p;
  if (!(lword_cmp_n(t, 6, "ruling") == 0 || lword_cmp_n(t, 7, "verdict") == 0
        || (c->toks[k].len >= 8 && lword_cmp_n(t, 4, "judg") == 0)))
    return 0;
  if (r->flags & M_ORG) return 0;
  /* a court, however the scan kept it ("The Supreme Court struck …",
   * "THE SUPREME COURT" in a headline: any case) */
  if ((len >= 5 && lword_cmp_n(n + len - 5, 5, "court") == 0)
      || (len >= 8 && lword_cmp_n(n + len - 8, 8, "tribunal") == 0))
    return 0;
  for (p = 0; p + 5 <= len; p++)   /* "Judge", "Justice" at a word's start */
    if ((p == 0 || n[p - 1] == ' ') && (n[p] | 0x20) == 'j'
        && (lword_cmp_n(n + p, 5, "judge") == 0
            || (p + 7 <= len && lword_cmp_n(n + p, 7, "justice") == 0)))
      return 0;
  return 1;
}

/* Bytes doc_other_owner looks back for the document's first mention. */
#define DL_MAX_DOC_BACK 600

/* The byte where the document noun at token k was last written before
 * it, as a word in any case, within DL_MAX_DOC_BACK bytes; 0 when it
 * was not.  *lo is where the look back stops. */
static size_t doc_prev_mention(qctx *c, size_t k, size_t *lo)
{
  const char *t = c->text;
  size_t n = c->toks[k].len, s = c->toks[k].s, p;
  *lo = s > DL_MAX_DOC_BACK ? s - DL_MAX_DOC_BACK : 0;
  for (p = s; p-- > *lo + 1;)
    if (!DL_IS_ALPHA(t[p - 1]) && p + n <= s && lword_cmp_n(t + p, n, t + s) == 0
        && !(p + n < c->len && DL_IS_ALPHA(t[p + n])))
      return p;
  return 0;
}

/* "reading from a principal's email … "…," the email said": was the
 * document noun at token k, on its nearest earlier mention (within
 * DL_MAX_DOC_BACK bytes), someone's named by an indefinite lower-case
 * possessive ("a principal's", "a parent’s")?  Its writer is then no one the story
 * named, not the latest subject. */
static int doc_other_owner(qctx *c, size_t k)
{
  const char *t = c->text;
  size_t lo, p = doc_prev_mention(c, k, &lo), q, w;
  if (!p) return 0;
  /* the nearest mention: after "'s " or "’s "? */
  if (p < 4 || t[p - 1] != ' ' || t[p - 2] != 's') return 0;
  if (t[p - 3] == '\'') q = p - 3;
  else if (p >= 6 && (unsigned char)t[p - 3] == 0x99 && (unsigned char)t[p - 4] == 0x80
           && (unsigned char)t[p - 5] == 0xE2) q = p - 5;
  else return 0;
  for (w = q; w > lo && DL_IS_ALPHA(t[w - 1]); w--) {}
  if (w == q || t[w] < 'a' || t[w] > 'z') return 0;
  /* one the story does not name: "a principal's", "an aide's", not
   * "the company's" or "the minister's" (a body or a role named
   * before) */
  return (w >= 2 && t[w - 1] == ' ' && t[w - 2] == 'a' && (w == 2 || !DL_IS_ALPHA(t[w - 3])))
         || (w >= 3 && t[w - 1] == ' ' && t[w - 2] == 'n' && t[w - 3] == 'a'
             && (w == 3 || !DL_IS_ALPHA(t[w - 4])));
}

/* "Both leaders said in a joint statement … "…," the statement said":
 * was the document noun at token k, on its nearest earlier mention
 * (within DL_MAX_DOC_BACK bytes), a "joint" one?  Several issued it, so
 * no one person named before (the latest subject, r) speaks for it. */
static int joint_doc(qctx *c, size_t k, const recent *r)
{
  const char *t = c->text;
  size_t lo, p;
  if (r->flags & M_ORG || !(p = doc_prev_mention(c, k, &lo))) return 0;
  return p >= lo + 6 && t[p - 1] == ' ' && lword_cmp_n(t + p - 6, 5, "joint") == 0
         && (p - 6 == 0 || !DL_IS_ALPHA(t[p - 7]));
}

/* "The prime minister's office said in a statement … "…," the statement
 * said": was the document noun at token k, on its nearest earlier
 * mention, in a sentence whose subject is a nameless body ("The army",
 * "The prime minister's office": "The", lower-case words, the last a
 * body's noun, then the verb) that does not hold the latest subject r?
 * That body wrote it, not a person named before. */
static int nameless_doc_author(qctx *c, size_t k, const recent *r)
{
  const char *t = c->text;
  size_t lo, p, b, w, ws = 0, wn = 0;
  if (r->flags & M_ORG || !(p = doc_prev_mention(c, k, &lo))) return 0;
  for (b = p; b > lo && t[b - 1] != '\n' && !(b >= 2 && t[b - 1] == ' ' && t[b - 2] == '.'); b--) {}
  if (r->span.start >= b || b + 4 >= p || memcmp(t + b, "The ", 4) != 0) return 0;
  for (w = b + 4; w < p && DL_IS_LOWER(t[w]);) {
    size_t e = w, n;
    while (e < p && (DL_IS_LOWER(t[e]) || t[e] == '-')) e++;
    n = e;
    if (e + 1 < p && (t[e] == '\'' ) && t[e + 1] == 's') e += 2;   /* "minister's" */
    if (e >= p || t[e] != ' ') return 0;
    if (n == e && wn && org_noun_kind(t + w, n - w) == 0) {
      /* the body's noun (not a person's: "The man"), then the verb */
      char kd = org_noun_kind(t + ws, wn);
      return kd == 'p' || kd == 'b';
    }
    if (n == e) { ws = w; wn = n - w; } else wn = 0;
    w = e + 1;
  }
  return 0;
}

/* Is the cue at token i a participle after "a" and a document noun ("said
 * in a statement posted on its account that", "a letter released by"):
 * no verb of the clause? */
static int doc_participle(qctx *c, size_t c0, size_t i)
{
  const tok *t = &c->toks[i], *n;
  if (i < c0 + 2 || t->len < 4 || c->text[t->s + t->len - 1] != 'd'
      || c->text[t->s + t->len - 2] != 'e' || !is_word(&c->toks[i - 1]))
    return 0;
  n = &c->toks[i - 1];
  return !(n->flags & (TF_CAP | TF_POSS)) && n->len >= 4 && n->len <= 9
         && (in_list(doc_nouns, sizeof doc_nouns / sizeof doc_nouns[0], c->text + n->s, n->len)
             || in_list(media_nouns, sizeof media_nouns / sizeof media_nouns[0], c->text + n->s, n->len))
         && (tok_is(c, i - 2, "a") || tok_is(c, i - 2, "an"));
}

/* "Hamas said in a statement … The group said": for the word at token k
 * ("group", "movement", "organization"), the latest speaker a quote was
 * given to when one capitalized word names it and that word is no
 * person's: no known given name, no gender told, not the last word of a
 * longer name remembered (a surname).  Else none. */
static dl_span lone_name_org(qctx *c, size_t k)
{
  size_t b, q;
  dl_span none = {0, 0}, x = c->last_spk;
  int agency = tok_is(c, k, "agency");
  if (!agency && !tok_is(c, k, "group") && !tok_is(c, k, "movement")
      && !tok_is(c, k, "organization") && !tok_is(c, k, "organisation"))
    return none;
  /* "Amnesty International said … The rights group said": the latest
   * subject when it is an organization's name; a speaker quoted before
   * it is not the group.  "The World Food Programme said … the agency
   * said" too, when no noun of another kind ends the name ("the
   * Foreign Ministry" is no agency) */
  for (q = 0; q < c->nrec && !(c->rec[q].flags & M_SUBJ); q++) {}
  if (agency) {
    size_t s2, n2;
    char kd;
    if (q == c->nrec || !(c->rec[q].flags & M_ORG)) return none;
    n2 = last_word(c->text, c->rec[q].span, &s2);
    kd = org_noun_kind(c->text + s2, n2);
    /* (nor is a firm: "Acme Corp") */
    if (n2 > 1 && c->text[s2 + n2 - 1] == '.') n2--;
    if (head_in_words(c->text + s2, n2, "ag|co|corp|corporation|holdings|inc|llc|ltd|nv|plc|sa|spa"))
      return none;
    return !kd || lword_cmp_n(c->text + s2, n2, "agency") == 0 ? c->rec[q].span : none;
  }
  if (q < c->nrec && c->rec[q].span.start > x.start + x.len) {
    return (c->rec[q].flags & M_ORG) ? c->rec[q].span : none;
  }
  if (x.len < 2 || !DL_IS_UPPER(c->text[x.start])) return none;
  for (b = 0; b < x.len && c->text[x.start + b] != ' '; b++) {}
  if (b < x.len || given_gender(c->text, x)) return none;
  for (q = 0; q < c->nrec; q++) {
    size_t s2, n2 = last_word(c->text, c->rec[q].span, &s2);
    if (c->rec[q].span.len > n2 && n2 == x.len && memcmp(c->text + s2, c->text + x.start, n2) == 0)
      return none;
    if (c->rec[q].span.start == x.start && (c->rec[q].flags & (M_MALE | M_FEMALE))) return none;
  }
  for (q = 0; q < c->ngn && q < DL_MAX_GENDER_NAMES; q++)
    if (c->gn[q].n == x.len && memcmp(c->text + c->gn[q].s, c->text + x.start, x.len) == 0)
      return none;
  return x;
}

/* "Aerolis said in a statement … "…," the airline said": a firm's noun
 * with no firm named by its kind stands for the latest subject when that
 * is one capitalized word no one's name ("Aerolis"; not "Lee" of "Ann
 * Lee", nor a given name, nor one told he or she), else none. */
static dl_span lone_subject_org(qctx *c)
{
  size_t q, b, s2, n2;
  dl_span none = {0, 0}, x;
  for (q = 0; q < c->nrec && !(c->rec[q].flags & M_SUBJ); q++) {}
  if (q == c->nrec) return none;
  x = c->rec[q].span;
  if (x.len < 2 || !DL_IS_UPPER(c->text[x.start]) || (c->rec[q].flags & (M_MALE | M_FEMALE | M_NOUN)))
    return none;
  for (b = 0; b < x.len && c->text[x.start + b] != ' '; b++) {}
  if (b < x.len || given_gender(c->text, x)) return none;
  /* a common word capitalized to open its sentence ("Unions called a
   * strike"): known to the lexicon, or a body's noun in the plural */
  if (lex_lookup(c->text + x.start, x.len)
      || (x.len > 3 && DL_LOWER(c->text[x.start + x.len - 1]) == 's'
          && (is_org_last(c->text + x.start, x.len - 1)
              || org_noun_kind(c->text + x.start, x.len - 1))))
    return none;
  for (q = 0; q < c->nrec; q++) {
    n2 = last_word(c->text, c->rec[q].span, &s2);
    if (c->rec[q].span.len > n2 && n2 == x.len && memcmp(c->text + s2, c->text + x.start, n2) == 0)
      return none;
  }
  for (q = 0; q < c->ngn && q < DL_MAX_GENDER_NAMES; q++)
    if (c->gn[q].n == x.len && memcmp(c->text + c->gn[q].s, c->text + x.start, x.len) == 0)
      return none;
  return x;
}

static dl_span resolve_org(qctx *c, size_t k)
{
  size_t j;
  for (j = 0; j < c->norg; j++)
    if (org_head_is(c, j, k)) return c->org[j].span;
  /* "the charity said" after "the Trussell Trust", "the Kestrel
   * Foundation": the names charities go by */
  if (tok_is(c, k, "charity"))
    for (j = 0; j < c->norg; j++) {
      static const char *const charity_heads[] = { "foundation", "trust" };   /* sorted */
      dl_span h = c->org[j].head;
      if (h.len > 0 && in_list(charity_heads, sizeof charity_heads / sizeof charity_heads[0],
                               c->text + h.start, h.len))
        return c->org[j].span;
    }
  if (tok_org_kind(c, k) != 'b') return lone_name_org(c, k);
  for (j = 0; j < c->norg; j++) {
    dl_span h = c->org[j].head;
    if (h.len > 0 && org_noun_kind(c->text + h.start, h.len) != 'p') return c->org[j].span;
  }
  {
    dl_span x = lone_name_org(c, k);
    return x.len ? x : lone_subject_org(c);
  }
}

/* "the embassy in Tokyo said", "the foreign ministry in Tehran said":
 * after a body's noun at token k, "in" or "at" and one or two
 * capitalized words (where the body sits) before its verb; the number of
 * tokens, else 0. */
static size_t seat_after(qctx *c, size_t k)
{
  size_t e;
  if (k + 3 >= c->nt || !tok_in_words(c, k + 1, "in|at")) return 0;
  for (e = k + 2; e < c->nt && e < k + 4 && is_word(&c->toks[e]) && (c->toks[e].flags & TF_CAP)
                  && !(c->toks[e].flags & (TF_POSS | TF_PARA | TF_WIN)); e++)
    if (c->toks[e].flags & TF_SENT) return 0;
  return e > k + 2 ? e - k - 1 : 0;
}

/* A verb after the seat that follows the body's noun at token k ("the
 * embassy in Tokyo said"), seat_after read once. */
static int verb_past_seat(qctx *c, size_t k)
{
  size_t n = seat_after(c, k);
  return n && verb_like(c, k + 1 + n);
}

/* Words before "ministry" that name no portfolio ("the same ministry",
 * "the powerful ministry", "the federal ministry": a body named before) */
#define NO_PORTFOLIO "new|same|other|former|relevant|responsible|concerned|both|each|whole" \
  "|powerful|influential|key|main|top|senior|sprawling|mighty|competent|current|previous" \
  "|federal|state|central|national|regional|provincial|local"

/* "The foreign ministry said", "the defence ministry said" (wire style,
 * in lower case), in tokens (i, k]: the body named by its portfolio.
 * found is the body resolve_org gave; kept when it has the portfolio's
 * word ("Iran's foreign ministry", "the Ministry of Foreign Affairs"),
 * else the words themselves name the ministry ("foreign ministry", not
 * the "Finance Ministry" named before), remembered for a later "the
 * ministry said".  Other phrases: found. */
static dl_span lower_ministry(qctx *c, size_t i, size_t k, dl_span found)
{
  dl_span sp;
  size_t j, p;
  const tok *w;
  if (k < i + 2 || !tok_is(c, k, "ministry")) return found;
  for (j = i + 1; j < k; j++)
    if (tok_in_words(c, j, NO_PORTFOLIO) || !DL_IS_ALPHA(c->text[c->toks[j].s])) return found;
  w = &c->toks[k - 1];
  for (p = found.start; found.len && p + w->len <= (size_t)found.start + found.len; p++)
    if (lword_cmp_n(c->text + p, w->len, c->text + w->s) == 0) return found;
  sp.start = c->toks[i + 1].s;
  sp.len = c->toks[k].s + c->toks[k].len - sp.start;
  {
    dl_span hd;
    hd.start = c->toks[k].s;
    hd.len = c->toks[k].len;
    push_org(c, sp, hd);
  }
  return sp;
}

/* "the company said", "The ruling party has said": from token i ("the",
 * opening its clause), at most two lower-case modifiers and an
 * organization noun, then a verb; the noun's token, else 0. */
static int phrase_ends_clause(qctx *c, size_t e);

static size_t org_phrase(qctx *c, size_t i, int inv)
{
  size_t j = i + 1;
  while (j < c->nt && j < i + 4 && is_word(&c->toks[j])
         && !(c->toks[j].flags & (TF_CAP | TF_POSS | TF_SENT | TF_PARA | TF_WIN))
         && !(tlex(c, j) & (L_CUE | L_CUE_ING | L_VERB | L_PREP | L_PRON | L_DET | L_CONJ)))
    j++;
  if (j == i + 1 || !tok_org_kind(c, j - 1)) return 0;
  if (inv) return phrase_ends_clause(c, j) ? j - 1 : 0;
  if (!(verb_like(c, j) || verb_past_seat(c, j - 1)))
    return 0;
  return j - 1;
}

/* Who speaks for an organization after its possessive: "The
 * association's board warned", "the union's leadership said". */
#define ORG_VOICES "board|leadership|management|directors|executive|spokesman|spokeswoman|spokesperson|lawyers"

/* "The association's board warned in a letter": from token i ("the",
 * opening its clause), an organization noun with a possessive, one of
 * ORG_VOICES, then a verb.  The voice's token, with *noun the noun's;
 * else 0. */
static size_t org_poss_voice(qctx *c, size_t i, size_t *noun)
{
  size_t j = i + 1;
  const tok *t;
  if (j + 2 >= c->nt) return 0;
  t = &c->toks[j];
  if (!is_word(t) || (t->flags & (TF_CAP | TF_SENT | TF_PARA | TF_WIN)) || !(t->flags & TF_POSS)
      || !org_noun_kind(c->text + t->s, t->base))
    return 0;
  if (!is_word(&c->toks[j + 1]) || (c->toks[j + 1].flags & (TF_CAP | TF_POSS))
      || !tok_in_words(c, j + 1, ORG_VOICES) || !verb_like(c, j + 2))
    return 0;
  *noun = j;
  return j + 1;
}

/* Do the words of tokens [t0, t1] (the possessive dropped) name a
 * person: a known given name, or the last word of a person the scan
 * remembers ("A Trump spokesman", "Netanyahu's office" speak for a person,
 * not for an organization)? */
static int names_person(qctx *c, size_t t0, size_t t1)
{
  dl_span sp;
  size_t k, s1, n1, s2, n2;
  sp.start = c->toks[t0].s;
  sp.len = c->toks[t1].s + c->toks[t1].base - c->toks[t0].s;
  if (given_gender(c->text, sp)) return 1;
  n1 = last_word(c->text, sp, &s1);
  for (k = 0; k < c->nrec; k++) {
    if (c->rec[k].flags & M_ORG) continue;
    n2 = last_word(c->text, c->rec[k].span, &s2);
    if (n2 == n1 && n1 > 0 && memcmp(c->text + s1, c->text + s2, n1) == 0) return 1;
  }
  return 0;
}

/* Do the words of tokens [t0, t1] begin the name of an organization the
 * article named before ("Drexel" after "Drexel Burnham Lambert Inc")? */
static int begins_recent_org(qctx *c, size_t t0, size_t t1)
{
  size_t k, n = c->toks[t1].s + c->toks[t1].len - c->toks[t0].s;
  for (k = 0; k < c->norg; k++) {
    dl_span o = c->org[k].span;
    if (o.len >= n && memcmp(c->text + o.start, c->text + c->toks[t0].s, n) == 0
        && (o.len == n || c->text[o.start + n] == ' '))
      return 1;
  }
  return 0;
}

/* The recent organization whose name ends with the one capitalized
 * word at token k, an organization's word ("Commission" of "European
 * Commission"): its index in c->org when only one does, else -1. */
static long ends_recent_org(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t j, s1, n1;
  long found = -1;
  if (t->len > 13 || !is_org_last(c->text + t->s, t->len)) return -1;
  for (j = 0; j < c->norg; j++) {
    n1 = last_word(c->text, c->org[j].span, &s1);
    if (n1 != t->len || c->org[j].span.len == n1 || memcmp(c->text + s1, c->text + t->s, n1) != 0)
      continue;
    if (found >= 0 && (c->org[found].span.len != c->org[j].span.len
                       || memcmp(c->text + c->org[found].span.start, c->text + c->org[j].span.start,
                                 c->org[j].span.len) != 0))
      return -1;     /* two bodies end with it: no telling which */
    if (found < 0) found = (long)j;
  }
  return found;
}

/* "The Chilean army said", "the Slovak foreign ministry told", "the
 * Kremlin's press office said": from token j (after "the"), capitalized
 * words (a nationality or a place, not a person's), at most two
 * lower-case modifiers and an organization noun, then a verb.  The phrase
 * names the organization itself, with no earlier name to stand for: the
 * noun's token, else 0. */
#define DL_MAX_ORG_PROPER 3

/* Is the one word of token k (before a possessive) a word of a person's
 * name seen earlier in the article ("Jeffries" of "Hakeem Jeffries",
 * named long before the recent subjects)?  The names remembered are at
 * most DL_MAX_SEEN_NAMES. */
static int seen_name_word(qctx *c, size_t k)
{
  size_t i, n = c->nsn < DL_MAX_SEEN_NAMES ? c->nsn : DL_MAX_SEEN_NAMES;
  const char *w = c->text + c->toks[k].s;
  size_t wn = c->toks[k].base;
  for (i = 0; i < n && wn > 0; i++) {
    size_t p = c->sn[i].s, e = p + c->sn[i].n;
    while (p + wn <= e) {
      if (memcmp(c->text + p, w, wn) == 0 && (p + wn == e || c->text[p + wn] == ' ')) return 1;
      while (p < e && c->text[p] != ' ') p++;
      p++;
    }
  }
  return 0;
}

/* Is the possessive word at token k a country's or a region's name
 * ("Russia's", "Ohio's") that is no last word of a longer name the
 * article gave a person ("Michael Jordan" makes "Jordan's" his)? */
static int country_poss(qctx *c, size_t k)
{
  const char *w = c->text + c->toks[k].s;
  size_t wn = c->toks[k].base, i, n, s2, n2;
  if (!dl_known_region(w, wn)) return 0;
  for (i = 0; i < c->nrec; i++) {
    n2 = last_word(c->text, c->rec[i].span, &s2);
    if (c->rec[i].span.len > n2 && n2 == wn && memcmp(c->text + s2, w, wn) == 0) return 0;
  }
  n = c->nsn < DL_MAX_SEEN_NAMES ? c->nsn : DL_MAX_SEEN_NAMES;
  for (i = 0; i < n; i++) {
    dl_span sp;
    sp.start = c->sn[i].s;
    sp.len = c->sn[i].n;
    n2 = last_word(c->text, sp, &s2);
    if (sp.len > n2 && n2 == wn && memcmp(c->text + s2, w, wn) == 0) return 0;
  }
  return 1;
}

static size_t proper_org_phrase(qctx *c, size_t j)
{
  size_t e = j, k;
  while (e < c->nt && e < j + DL_MAX_ORG_PROPER && is_word(&c->toks[e])
         && (c->toks[e].flags & TF_CAP) && (e == j || !(c->toks[e].flags & (TF_PARA | TF_WIN)))
         && !(tlex(c, e) & (L_TITLE | L_STOPCAP | L_PRON)))
    if (c->toks[e++].flags & TF_POSS) break;
  if (e == j) return 0;
  /* "Russia launched … Russia's defence ministry said": a country's or
   * region's possessive is a place's, though the country was a subject
   * before (not a surname: no longer name ends with it) */
  if (!(e == j + 1 && (c->toks[j].flags & TF_POSS) && country_poss(c, j))) {
    if (names_person(c, j, e - 1)) return 0;
    /* "Jeffries' office released …": one possessive word that is a
     * person's name seen before, though no recent subject, is that
     * person's office (person_office), no body */
    if (e == j + 1 && (c->toks[j].flags & TF_POSS) && seen_name_word(c, j)) return 0;
  }
  k = e;
  while (k < c->nt && k < e + 2 && is_word(&c->toks[k]) && !tok_org_kind(c, k)
         && !(c->toks[k].flags & (TF_CAP | TF_POSS | TF_SENT | TF_PARA | TF_WIN))
         && !(tlex(c, k) & (L_CUE | L_CUE_ING | L_VERB | L_PREP | L_PRON | L_DET | L_CONJ)))
    k++;
  if (k + 1 >= c->nt || !tok_org_kind(c, k)) return 0;
  /* any past tense ("welcomed the talks") besides the verbs of the lexicon */
  if (!verb_like(c, k + 1) && !past_ed(c, k + 1)
      && !verb_past_seat(c, k))
    return 0;
  return k;
}

/* "China's foreign ministry said", "Japan's ruling party warned": with
 * no article, a proper_org_phrase from token i only when its capitalized
 * run ends in a possessive (a place's, not a person's), so a bare "Acme
 * board said" or a sentence's capitalized first word is not taken; the
 * noun's token, else 0.  A capitalized body ("China's Foreign Ministry")
 * is the entities' to name. */
static size_t poss_org_phrase(qctx *c, size_t i)
{
  size_t e = i;
  while (e < c->nt && e < i + DL_MAX_ORG_PROPER && is_word(&c->toks[e])
         && (c->toks[e].flags & TF_CAP) && !(c->toks[e].flags & TF_POSS))
    e++;
  if (e >= c->nt || e >= i + DL_MAX_ORG_PROPER || !(c->toks[e].flags & TF_POSS)
      || !(c->toks[e].flags & TF_CAP))
    return 0;
  return proper_org_phrase(c, i);
}

/* "the Prime Minister's Office said", "the President's Office told":
 * from token j (after "the"), the capitalized words of a title ending in
 * a possessive, then a capitalized organization noun and a verb.  The
 * phrase names the office (an organization), not the title's holder:
 * the noun's token, else 0. */
static size_t title_office(qctx *c, size_t j)
{
  size_t e;
  /* "the Israeli Prime Minister's Office": a nationality before */
  while (j + 1 < c->nt && is_word(&c->toks[j]) && (c->toks[j].flags & TF_CAP)
         && !(c->toks[j].flags & (TF_POSS | TF_PARA | TF_WIN)) && (tlex(c, j) & L_NAT)
         && !(tlex(c, j) & L_TITLE) && (tlex(c, j + 1) & (L_NAT | L_TITLE)))
    j++;
  e = j;
  while (e < c->nt && e < j + DL_MAX_ORG_PROPER && is_word(&c->toks[e])
         && (c->toks[e].flags & TF_CAP) && !(c->toks[e].flags & (TF_PARA | TF_WIN))
         && (tlex(c, e) & L_TITLE))
    if (c->toks[e++].flags & TF_POSS) break;
  if (e == j || !(c->toks[e - 1].flags & TF_POSS) || e + 1 >= c->nt || !is_word(&c->toks[e])
      || (c->toks[e].flags & (TF_POSS | TF_PARA | TF_WIN)) || !(c->toks[e].flags & TF_CAP)
      || !org_noun_kind(c->text + c->toks[e].s, c->toks[e].len))
    return 0;
  if (!verb_like(c, e + 1) && !past_ed(c, e + 1))
    return 0;
  return e;
}

/* Does a phrase whose last token is e - 1 end its sentence or clause:
 * the text's end, a sentence's last token, or a comma or full stop
 * next ("…," said a spokesman for the National Party.)? */
static int phrase_ends_clause(qctx *c, size_t e)
{
  return e >= c->nt || (c->toks[e - 1].flags & TF_SENT)
         || (c->toks[e].kind == T_PUNCT && (c->toks[e].cp == ',' || (c->toks[e].flags & TF_SENT)));
}

/* "A statement issued by the Navy said", "…," said a statement released
 * by the Council.": from token i (an article), a document noun, a verb
 * of issuing, "by", and the body's name (a capitalized run, or "the
 * ministry" standing for one named before); the last token of the name,
 * with *org the body, when a cue follows (inv: when the phrase ends its
 * sentence or clause, the cue having come before); else 0. */
#define ISSUE_VERBS "issued|released|signed|published|posted|sent"
static size_t issued_by(qctx *c, size_t i, dl_span *org, int inv)
{
  size_t j = i + 1, k, e, n = 0;
  if (j + 3 >= c->nt || !doc_noun_at(c, j) || !tok_in_words(c, j + 1, ISSUE_VERBS))
    return 0;
  /* "issued on Monday by the Navy": a time phrase before "by" */
  k = j + 2 + when_phrase(c, j + 2);
  if (k >= c->nt || !tok_is(c, k, "by")) return 0;
  k++;
  if (tok_is(c, k, "the")) k++;
  if (k >= c->nt || !is_word(&c->toks[k]) || (c->toks[k].flags & (TF_PARA | TF_WIN | TF_SENT)))
    return 0;
  if (tok_org_kind(c, k)) {            /* "by the ministry": the one named before */
    *org = resolve_org(c, k);
    e = k + 1;
  } else {
    if (!(c->toks[k].flags & TF_CAP)) return 0;
    e = k + 1;
    while (e < c->nt && e < k + DL_MAX_ORG_PROPER && !(c->toks[e - 1].flags & (TF_POSS | TF_SENT))
           && joins(c, e))
      e++;
    if (c->toks[e - 1].flags & TF_POSS) return 0;
    /* "issued by Senator Tom Hale": a person issues it and speaks, named
     * without the title before the name */
    if (e > k + 1 && (tlex(c, k) & L_TITLE) && names_person(c, k + 1, e - 1)) k++;
    else if (names_person(c, k, e - 1)) return 0;
    org->start = c->toks[k].s;
    org->len = c->toks[e - 1].s + c->toks[e - 1].len - c->toks[k].s;
  }
  if (org->len == 0) return 0;
  if (inv) return phrase_ends_clause(c, e) ? e - 1 : 0;
  k = e;
  /* "issued by the Navy and the Army said": a second body named with the
   * first; the first named stands for both (a speaker is one entity) */
  if (k + 1 < c->nt && tok_is(c, k, "and") && !(c->toks[k - 1].flags & TF_SENT)) {
    size_t a = k + 1 + tok_is(c, k + 1, "the"), b = a + 1;
    if (a < c->nt && is_word(&c->toks[a]) && (c->toks[a].flags & TF_CAP)
        && !(c->toks[a].flags & (TF_PARA | TF_WIN | TF_POSS))) {
      while (b < c->nt && b < a + DL_MAX_ORG_PROPER && !(c->toks[b - 1].flags & (TF_POSS | TF_SENT))
             && joins(c, b))
        b++;
      if (!(c->toks[b - 1].flags & TF_POSS) && is_cue(c, skip_adv(c, b, c->nt))) k = b;
    }
  }
  /* a short phrase of time or place before the cue: "after the meeting
   * said", "on Monday said" */
  if (k < c->nt && ((tlex(c, k) & L_PREP) || tok_in_words(c, k, "after|before|following|during"))
      && !(c->toks[k].flags & TF_CAP))
    for (k++; k < c->nt && n < 4 && is_word(&c->toks[k]) && !(c->toks[k - 1].flags & TF_SENT)
              && !is_cue(c, k); k++, n++)
      ;
  /* (the mention runs to the cue: its speaker is read off the words
   * just before it) */
  return is_cue(c, skip_adv(c, k, c->nt)) ? k - 1 : 0;
}

/* Is the word at token k a title, or one after a hyphen ("co-leader",
 * "ex-minister")? */
static int hyph_title(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t n = t->len;
  if (tlex(c, k) & L_TITLE) return 1;
  while (n > 0 && c->text[t->s + n - 1] != '-') n--;
  return n > 0 && n < t->len && (lex_lookup(c->text + t->s + n, t->len - n) & L_TITLE);
}

/* Tokens after a headline quote's colon looked through for its speaker. */
#define DL_MAX_HEAD_SPEAKER 10

/* Words for one who speaks for an organization: "a spokesperson for the
 * company said", "a spokesman for Acme said". */
#define SPEAKS_FOR "spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|representative"
/* Plural openers that speak for the firm after "at": "Analysts at Acme
 * Securities said". */
#define VOICES_AT "analysts|economists|strategists|researchers"

/* Does the one capitalized word at token k name a body by itself: an
 * acronym ("DGB", "NATO"; not a country's "US" or a nationality), a
 * body's noun ("Navy", "Army"), a government's seat ("Kremlin") or one
 * of BODY_WORDS?  A person's name never does. */
#define BODY_WORDS "treasury|pentagon|exchequer|cabinet|parliament|congress|senate"
/* Words the lexicon keeps as a people's or a party's (L_NAT, for "the EU
 * leader", "the Labour MP") that still name one body by themselves: a
 * union of states ("an EU spokesman", "a UN spokeswoman") or a party
 * whose name is the word ("a Labour spokesman"; not "a Tory", one member) */
#define NAT_BODY_WORDS "eu|un|u.n.|labour"
static int lone_body_word(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->s;
  if (tok_in_words(c, k, NAT_BODY_WORDS)) return 1;
  if ((tlex(c, k) & (L_NAT | L_TITLE)) || tok_is(c, k, "us") || tok_is(c, k, "uk")
      || tok_is(c, k, "u.s.") || tok_is(c, k, "u.k."))
    return 0;
  if (all_caps(w, t->base) && t->base <= 6) return 1;
  return org_noun_kind(w, t->base) == 'p' || tok_in_words(c, k, BODY_WORDS)
         || (t->base <= 11 && in_list(seat_last, sizeof seat_last / sizeof seat_last[0], w, t->base));
}

/* "a spokesperson for the company said", "A spokesman for Acme Corp
 * told", "Analysts at Acme Securities said": one speaking for an
 * organization, named by the organization (the product names no one
 * else: "the ministry said" is the ministry's word).  From token i (an
 * article, or the plural opener, opening its clause): the last token of
 * the phrase when a cue follows it (a name in apposition after it,
 * "a spokesman for Acme, Tom Hale, said", is the speaker instead), with
 * *org the organization's name; else 0.  "A Drexel spokesman said": the
 * capitalized words before the word name the organization when they
 * begin the name of one named before ("Drexel Burnham Lambert Inc"; an
 * unknown "A Drexel spokesman" stays a nameless speaker, unless the one
 * word can only be a body's: lone_body_word, "A Kremlin spokesman").
 * inv: the phrase follows its cue ("…," said a spokesman for Acme): no
 * capitalized run before the word is read, and the phrase must end the
 * clause instead of a cue following it.  org may be NULL when only the
 * phrase's end is wanted. */
static size_t org_voice(qctx *c, size_t i, int art, dl_span *org, int inv)
{
  size_t j = i + 1, k, e;
  dl_span own = {0, 0};   /* the name found when the caller wants none */
  if (!org) org = &own;
  if (art == ART_A && !inv && j < c->nt && is_word(&c->toks[j]) && (c->toks[j].flags & TF_CAP)
      && !(c->toks[j].flags & (TF_PARA | TF_WIN | TF_POSS))) {
    /* "A Downing Street spokesman told", "a Kremlin spokesperson said":
     * the capitalized run before the word is the organization */
    e = j + 1;
    while (e < c->nt && e < j + DL_MAX_ORG_PROPER + 1 && !(c->toks[e - 1].flags & TF_POSS)
           && joins(c, e))
      e++;
    if (e >= c->nt || (c->toks[e - 1].flags & TF_POSS) || !tok_in_words(c, e, SPEAKS_FOR)
        || ((tlex(c, e - 1) & L_TITLE) && org_of_head(c, j, e) < 0)   /* "of Energy" */
        || !is_cue(c, skip_adv(c, e + 1, c->nt))
        || names_person(c, j, e - 1))
      return 0;
    org->start = c->toks[j].s;
    org->len = c->toks[e - 1].s + c->toks[e - 1].len - c->toks[j].s;
    if (!begins_recent_org(c, j, e - 1)) {
      /* "A Commission spokesperson" after "the European Commission":
       * the head word of a body named before stands for it */
      long r = e == j + 1 ? ends_recent_org(c, j) : -1;
      /* "A Department of Energy spokesperson", "an Energy Department
       * spokesman": a run shaped as a body's name is one */
      if (r < 0 && e - j >= 2
          && (org_of_head(c, j, e) >= 0
              || (c->toks[e - 1].len <= 13
                  && is_org_last(c->text + c->toks[e - 1].s, c->toks[e - 1].len)))) {
        /* the country before the body is no part of its name ("A US
         * State Department spokesperson") */
        if (e - j >= 3 && ((tlex(c, j) & L_NAT) || tok_is(c, j, "us") || tok_is(c, j, "u.s.")
                           || tok_is(c, j, "uk") || tok_is(c, j, "u.k."))) {
          org->start = c->toks[j + 1].s;
          org->len = c->toks[e - 1].s + c->toks[e - 1].len - org->start;
        }
        return e;
      }
      /* "A Treasury spokesman said", "a DGB spokeswoman said", "A Navy
       * spokesman": one word that can only be a body's (an acronym, a
       * body's noun, a government's seat) names it even unnamed before */
      if (r < 0 && e == j + 1 && lone_body_word(c, j)) return e;
      /* "a White House spokesman", "a Downing Street spokeswoman": a
       * two-word seat, as one word's ("A Kremlin spokesman") */
      if (r < 0 && e == j + 2) {
        size_t p;
        for (p = 0; p < sizeof seat_pairs / sizeof seat_pairs[0]; p++)
          if (tok_is(c, j, seat_pairs[p].w1) && tok_is(c, j + 1, seat_pairs[p].w2)) return e;
      }
      if (r < 0) return 0;
      *org = c->org[r].span;
    }
    return e;
  }
  if (art == ART_A) {
    while (j < c->nt && j < i + 3 && is_word(&c->toks[j]) && !(c->toks[j].flags & TF_CAP)
           && !tok_in_words(c, j, SPEAKS_FOR) && !(tlex(c, j) & (L_CUE | L_VERB | L_PREP | L_PRON)))
      j++;
    if (j >= c->nt || !is_word(&c->toks[j]) || !tok_in_words(c, j, SPEAKS_FOR)) return 0;
    j++;
    if (j >= c->nt || !(tok_is(c, j, "for") || tok_is(c, j, "of"))) return 0;
  } else if (art == 0 && tok_in_words(c, i, VOICES_AT)) {
    if (j >= c->nt || !tok_is(c, j, "at")) return 0;
  } else {
    return 0;
  }
  k = ++j;
  if (k < c->nt && tok_is(c, k, "the")) k++;
  if (k >= c->nt) return 0;
  if (tok_org_kind(c, k)      /* "for the company"; not "for the Department of Energy" */
      && !((c->toks[k].flags & TF_CAP) && k + 2 < c->nt && tok_is(c, k + 1, "of")
           && (c->toks[k + 2].flags & TF_CAP))) {
    *org = resolve_org(c, k);
    e = k + 1;
  } else {                    /* "for Acme Corp": a capitalized run */
    if (!is_word(&c->toks[k]) || !(c->toks[k].flags & TF_CAP)
        || (c->toks[k].flags & (TF_PARA | TF_WIN)))
      return 0;
    e = k + 1;
    while (e < c->nt && !(c->toks[e - 1].flags & TF_POSS) && joins(c, e)) e++;
    if (c->toks[e - 1].flags & TF_POSS) return 0;
    {   /* "a spokesman for the U.N. Secretary-General": a person's office */
      const tok *h = &c->toks[e - 1];
      size_t n = 0;
      while (n < h->len && c->text[h->s + n] != '-') n++;
      if (((tlex(c, e - 1) & L_TITLE) && org_of_head(c, k, e) < 0)   /* "of Energy" */
          || (n < h->len && (lex_lookup(c->text + h->s, n) & L_TITLE)))
        return 0;
    }
    org->start = c->toks[k].s;
    org->len = c->toks[e - 1].s + c->toks[e - 1].len - c->toks[k].s;
  }
  if (org->len == 0) return 0;
  if (inv) {
    /* "…," said a spokesman for the National Party.": the phrase ends
     * the sentence or its clause (not "said a spokesman for Acme had");
     * a place after it may end it instead ("for the National Party in
     * Otago.": where the party's branch is, not who speaks) */
    size_t f = e;
    if (f + 1 < c->nt && !(c->toks[f - 1].flags & TF_SENT) && tok_is(c, f, "in")
        && is_word(&c->toks[f + 1]) && (c->toks[f + 1].flags & TF_CAP)
        && !(c->toks[f + 1].flags & (TF_PARA | TF_WIN | TF_POSS))) {
      f += 2;
      while (f < c->nt && f < e + 4 && !(c->toks[f - 1].flags & (TF_SENT | TF_POSS)) && joins(c, f))
        f++;
      if (c->toks[f - 1].flags & TF_POSS) f = e;
    }
    if (!phrase_ends_clause(c, f)) return 0;
  } else if (!is_cue(c, skip_adv(c, e, c->nt))) {
    return 0;
  }
  return e - 1;
}

/* "The mayor of this town of 6,000 people keeps": from token j ("of"),
 * lower-case words and numbers, then a verb; the verb's token, else 0. */
static size_t of_lower(qctx *c, size_t j)
{
  size_t k = j + 1;
  /* (j may be nt: role_phrase's title words can run to the text's end) */
  if (j >= c->nt || !tok_is(c, j, "of")) return 0;
  while (k < c->nt && k < j + 1 + DL_MAX_ROLE_WORDS + 2
         && ((is_word(&c->toks[k]) && !(c->toks[k].flags & (TF_CAP | TF_SENT | TF_PARA | TF_WIN))
              && !(tlex(c, k) & (L_VERB | L_CUE | L_PRON | L_CONJ)) && !tensed_word(c, k))
             || (c->toks[k].kind == T_NUM && !(c->toks[k].flags & TF_SENT))))
    k++;
  return k > j + 1 && (verb_like(c, k) || tensed_word(c, k)) ? k : 0;
}

/* "52-year-old" from token j (a number, a hyphen, "year-old"): its 3
 * tokens, else 0. */
static size_t age_words(qctx *c, size_t j)
{
  return j + 2 < c->nt && c->toks[j].kind == T_NUM && is_punct(&c->toks[j + 1], '-')
         && tok_is(c, j + 2, "year-old") ? 3 : 0;
}

/* "the minister", "the prime minister", "The Chief Minister" from token i
 * ("the", checked by the caller): the token of the role's head word when a verb follows it and
 * the phrase opens its clause, else 0. */
static size_t role_words(qctx *c, size_t i);

static int opener_before(const qctx *c, size_t i);

static size_t role_phrase(qctx *c, size_t i)
{
  return clause_opens_at(c, i) || opener_before(c, i) ? role_words(c, i) : 0;
}

/* "top Russian diplomat" from token j0 ("top", at most two nationality
 * words, "diplomat"): the token of "diplomat", else 0.  A country's top
 * diplomat is its foreign minister (resolve_role). */
static size_t top_diplomat(qctx *c, size_t j0)
{
  size_t d = j0 + 1;
  if (j0 + 1 >= c->nt || !tok_is(c, j0, "top")) return 0;
  while (d < c->nt && d < j0 + 3 && is_word(&c->toks[d]) && (tlex(c, d) & L_NAT)) d++;
  return d < c->nt && tok_is(c, d, "diplomat") && !(c->toks[d].flags & TF_POSS) ? d : 0;
}

/* Past a party or a nationality before a title from token j0: one word
 * ("the Tory leader", "the Chinese foreign minister") or two ("the South
 * Korean minister"); j0 when there is none.  (role_words and
 * inverted_role) */
static size_t past_role_nat(qctx *c, size_t j0)
{
  if (j0 + 2 < c->nt && is_word(&c->toks[j0]) && (tlex(c, j0) & L_NAT)
      && is_word(&c->toks[j0 + 1]) && (tlex(c, j0 + 1) & L_NAT)
      && is_word(&c->toks[j0 + 2]) && (tlex(c, j0 + 2) & L_TITLE))
    return j0 + 2;
  if (j0 + 1 < c->nt && is_word(&c->toks[j0]) && (tlex(c, j0) & L_NAT)
      && is_word(&c->toks[j0 + 1]) && (tlex(c, j0 + 1) & L_TITLE))
    return j0 + 1;
  return j0;
}

/* role_phrase's words from "the" at i, wherever the clause opens. */
static size_t role_words(qctx *c, size_t i)
{
  size_t j0 = i + 1 + age_words(c, i + 1), j;   /* "the 52-year-old mayor" */
  if ((j = top_diplomat(c, j0)) != 0)
    return j + 1 < c->nt && (verb_like(c, j + 1) || tensed_word(c, j + 1)) ? j : 0;
  /* "the Tory leader", "the Chinese foreign minister" */
  if ((j = past_role_nat(c, j0)) != j0)
    j0 = j;
  /* "the Congress legislator", "the BJP leader": a party's name before a
   * title in lower case */
  else if (j0 + 1 < c->nt && is_word(&c->toks[j0]) && (c->toks[j0].flags & TF_CAP)
           && !(c->toks[j0].flags & TF_POSS) && !(tlex(c, j0) & (L_TITLE | L_STOPCAP))
           && is_word(&c->toks[j0 + 1]) && !(c->toks[j0 + 1].flags & TF_CAP)
           && (tlex(c, j0 + 1) & L_TITLE) && !(tlex(c, j0 + 1) & L_ABBR))
    j0++;
  /* "the home secretary", "the new minister": a lower-case word the
   * lexicon does not know before a title in lower case */
  else if (j0 + 1 < c->nt && is_word(&c->toks[j0]) && !(c->toks[j0].flags & (TF_CAP | TF_POSS))
           && tlex(c, j0) == 0 && is_word(&c->toks[j0 + 1]) && !(c->toks[j0 + 1].flags & TF_CAP)
           && (tlex(c, j0 + 1) & L_TITLE) && !(tlex(c, j0 + 1) & L_ABBR))
    j0++;
  j = j0;
  while (j < c->nt && j < j0 + DL_MAX_ROLE_HEAD && is_word(&c->toks[j])
         && !(c->toks[j].flags & TF_POSS) && (tlex(c, j) & L_TITLE) && !(tlex(c, j) & L_ABBR))
    j++;
  if (j == j0) return 0;
  if (!verb_like(c, j) && !tensed_word(c, j)) {   /* "the mayor of Gdansk says" */
    size_t ap = skip_of_name(c, j);
    /* "The mayor, who vetoed it last week, called it", "The mayor,
     * speaking at City Hall, said": an aside, not a name in apposition */
    if (!ap && j + 1 < c->nt && is_punct(&c->toks[j], ',') && is_word(&c->toks[j + 1])
        && !(c->toks[j + 1].flags & TF_CAP)
        && (tok_is(c, j + 1, "who") || participle(c, j + 1)
            || (tlex(c, j + 1) & (L_PREP | L_ADV | L_LY))))
      ap = skip_appositives(c, j);
    if (!ap && head_of(c, j - 1)) ap = j + 2;   /* "the head of state wrote" */
    if (!ap) ap = of_lower(c, j);
    if (!ap || (!verb_like(c, ap) && !tensed_word(c, ap))) return 0;
  }
  return j - 1;
}

/* ""…," said the minister", ""…," maintained the congressman, a former
 * teacher": "the" at token i (no article opening a clause: art is 0) after
 * a cue that opens its clause, then role words ending their phrase.  The
 * role's head token, else 0.  (Not after "told" or "saying": "told the
 * minister" names who heard it.) */
static size_t inverted_role(qctx *c, size_t i, int art)
{
  const tok *t = &c->toks[i];
  const char *w = c->text + t->s;
  size_t j0 = i + 1, j;
  /* (cheap tests first: this runs on every word) */
  if (art || t->len != 3 || w[0] != 't' || w[1] != 'h' || w[2] != 'e' || i == 0
      || !clause_opens_at(c, i - 1) || !is_cue(c, i - 1)
      || (tlex(c, i - 1) & (L_CUE_ING | L_OBJ | L_ACCORD)))
    return 0;
  if ((j = top_diplomat(c, j0)) != 0)   /* "said the top Russian diplomat" */
    return j + 1 < c->nt && c->toks[j + 1].kind == T_PUNCT ? j : 0;
  j0 = past_role_nat(c, j0);   /* "said the Chinese foreign minister" */
  j = j0;
  while (j < c->nt && j < j0 + DL_MAX_ROLE_HEAD && is_word(&c->toks[j])
         && !(c->toks[j].flags & (TF_POSS | TF_PARA | TF_WIN)) && (tlex(c, j) & L_TITLE)
         && !(tlex(c, j) & L_ABBR))
    j++;
  if (j == j0 || (j < c->nt && c->toks[j].kind != T_PUNCT && !tok_is(c, j, "of"))) return 0;
  return j - 1;
}

/* Roles that describe a person rather than an office someone is named to
 * ("the candidate"): with no such title named, the person they stand for
 * is the latest one named as a subject. */
static int generic_role(qctx *c, size_t k)
{
  return tok_is(c, k, "candidate") || tok_is(c, k, "nominee");
}

/* The latest named person that was a subject ("Tomasz Wielgosz keeps a
 * lamp. … the 52-year-old mayor says"), or none. */
static dl_span latest_person(const qctx *c)
{
  size_t k;
  dl_span none = {0, 0};
  for (k = 0; k < c->nrec; k++)
    if ((c->rec[k].flags & M_SUBJ) && !(c->rec[k].flags & M_ORG))
      return c->rec[k].span;
  return none;
}

/* "the former aide said" with no titled holder: the name the same role
 * word was set beside ("A former committee aide, Jonathan Pryce,",
 * "Jonathan Pryce, a former aide to …"; push_titled remembered it), the
 * most recent such, or none.  Token k is the role's head word. */
static dl_span appos_role_holder(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  size_t j, b;
  dl_span none = {0, 0};
  for (j = 0; j < c->ntit; j++) {
    if (!c->tit[j].appos || c->tit[j].head.len != t->len) continue;
    for (b = 0; b < t->len && DL_LOWER(c->text[c->tit[j].head.start + b]) == DL_LOWER(c->text[t->s + b]); b++) {}
    if (b == t->len) return c->tit[j].span;
  }
  return none;
}

/* Is token k a noun that describes a person (person_nouns), or a
 * capitalized nationality word that may stand for one of its people
 * ("the Brazilian"; not "the Chinese", "the French": those are a
 * country's people or government)?  0 when not; else 1 with the gender
 * the word tells in *g (M_MALE, M_FEMALE or 0). */
static int person_noun(qctx *c, size_t k, uint32_t *g)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->s;
  size_t lo = 0, hi = sizeof person_nouns / sizeof person_nouns[0];
  *g = 0;
  if (!is_word(t) || t->len > 15 || (t->flags & TF_POSS)) return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = lword_cmp(person_nouns[mid].w, w, t->len);
    if (r == 0) {
      *g = person_nouns[mid].g == 'm' ? M_MALE : person_nouns[mid].g == 'f' ? M_FEMALE : 0;
      return 1;
    }
    if (r < 0) lo = mid + 1;
    else hi = mid;
  }
  return (t->flags & TF_CAP) && (tlex(c, k) & L_NAT) && (w[t->len - 1] == 'n' || w[t->len - 1] == 'i');
}

/* "the Spaniard", "the veteran striker", "the 34-year-old", "the
 * 29-year-old actress" from token i ("the", checked by the caller): a
 * description of a person named before.  The phrase's last token when
 * it is one, else 0: an age, then at most DL_MAX_DESC_WORDS words, the
 * last a person's noun (person_noun), the others such nouns, titles,
 * nationalities or lower-case words the lexicon does not know
 * ("veteran", "experienced"). */
#define DL_MAX_DESC_WORDS 3

/* Is the organization noun at token j one no person is called ("charity",
 * "party"), unlike the agent nouns in org_nouns that are people's words
 * too ("the 24-year-old guard", "the 30-year-old miner")? */
static int body_only_noun(qctx *c, size_t j)
{
  const tok *t = &c->toks[j];
  const char *e = c->text + t->s + t->len;
  if (!tok_org_kind(c, j) || tok_is(c, j, "guard")) return 0;
  return !(t->len > 3 && (e[-1] | 0x20) == 'r' && ((e[-2] | 0x20) == 'e' || (e[-2] | 0x20) == 'o'));
}

static size_t desc_phrase(qctx *c, size_t i, uint32_t *g)
{
  size_t age = i + 1 < c->nt ? age_words(c, i + 1) : 0, j0 = i + 1 + age, j, head = 0, plain = 0;
  uint32_t hg = 0;
  *g = 0;
  for (j = j0; j < c->nt && j < j0 + DL_MAX_DESC_WORDS; j++) {
    const tok *t = &c->toks[j];
    uint32_t lx, wg;
    if (!is_word(t) || (t->flags & (TF_POSS | TF_PARA | TF_WIN))) break;
    if (person_noun(c, j, &wg)) {
      head = j;
      hg = wg;
      continue;
    }
    lx = tlex(c, j);
    /* "the Dunmore boss", "the Yorkshire seamer": a club's or a place's
     * name first (a person's noun must still follow) */
    if (j == j0 && (t->flags & TF_CAP) && lx == 0) continue;
    if ((t->flags & TF_CAP) ? !(lx & L_NAT)
                            : (lx != 0 && ((lx & L_ABBR) || !(lx & (L_TITLE | L_NAT)))))
      break;
    if (!(t->flags & TF_CAP) && lx == 0) plain = j;
  }
  if (head) {
    *g = hg;
    /* "the mother of three", "the father of two": the count is hers */
    if (head + 2 < c->nt && tok_is(c, head + 1, "of") && group_count(c, head + 2)) return head + 2;
    return head;
  }
  /* "the 24-year-old guard": after an age, a plain noun the lists do not
   * know is the person's too -- unless only a body has that name ("the
   * 100-year-old charity", "the 60-year-old party"): no person then */
  if (age && plain) return body_only_noun(c, plain) ? 0 : plain;
  return age ? i + age : 0;
}

/* The latest person named before a description of one (desc_phrase):
 * the latest subject not known to be of the other gender than g, else
 * the latest person remembered as an object, else the latest name of a
 * person among the current stretch's last DL_MAX_DESC_BACK mentions
 * ("handed goalkeeper Ann Lee a new deal … the Swede said"), else none. */
#define DL_MAX_DESC_BACK 24

/* A number of at most three digits at text[p..lim), ending there or
 * before a space or punctuation other than a hyphen ("31,", not "2-1",
 * "31%" or a year): its value, else -1. */
static long small_number_at(const char *text, size_t p, size_t lim)
{
  size_t q = p;
  long v = 0;
  while (q < lim && q < p + 3 && text[q] >= '0' && text[q] <= '9') v = v * 10 + (text[q++] - '0');
  if (q == p) return -1;
  if (q < lim) {
    unsigned char b = (unsigned char)(text[q] | 0x20);   /* (ASCII only: no locale) */
    if ((text[q] >= '0' && text[q] <= '9') || (b >= 'a' && b <= 'z') || text[q] == '-'
        || text[q] == '%')
      return -1;
  }
  return v;
}

/* Does the age written after the name at s ("Ian Roe, 31,") differ
 * from age (-1: the description gives none)?  "said the 24-year-old"
 * then is someone else. */
static int age_clash(const qctx *c, dl_span s, long age)
{
  size_t p = (size_t)s.start + s.len;
  long v;
  if (age < 0 || p + 2 >= c->len || c->text[p] != ',' || c->text[p + 1] != ' ') return 0;
  v = small_number_at(c->text, p + 2, c->len);
  return v >= 0 && v != age;
}

static dl_span desc_person(const qctx *c, uint32_t g, long age)
{
  size_t k, n;
  dl_span none = {0, 0};
  uint32_t other = g == M_MALE ? M_FEMALE : g == M_FEMALE ? M_MALE : 0;
  for (k = 0; k < c->nrec; k++) {
    uint32_t f = c->rec[k].flags;
    if ((f & M_SUBJ) && !(f & (M_ORG | M_NOUN)) && c->rec[k].span.len && !(f & other)
        && !age_clash(c, c->rec[k].span, age))
      return c->rec[k].span;
  }
  for (k = 0; k < c->nrec; k++) {   /* an object remembered for its gender */
    uint32_t f = c->rec[k].flags;
    if (!(f & (M_ORG | M_NOUN | M_PRON | other)) && c->rec[k].span.len
        && !age_clash(c, c->rec[k].span, age))
      return c->rec[k].span;
  }
  for (n = 0, k = c->nm; k > 0 && n < DL_MAX_DESC_BACK; k--, n++) {
    const mention *m = &c->men[k - 1];
    /* (a subject here is no person's: the subjects were looked at above;
     * "Northgate United have handed goalkeeper Ann Lee …") */
    if (m->flags & (M_PRON | M_ORG | M_DESC | M_NOUN | M_POSS | M_SUBJ | other)) continue;
    if (!(m->flags & M_ROLE) && m->span.len && !age_clash(c, m->span, age)) return m->span;
  }
  return none;
}

/* A description of a person as a subject from token i ("the"; art as
 * find_mentions tells it): "the Spaniard said", "the 23-year-old, who
 * …, has", or after a cue opening its clause, "said the Spaniard." /
 * "said the Scot, who …" (not after "told" or "saying").  The phrase's
 * last token, its gender in *g, else 0. */
static size_t desc_phrase_at(qctx *c, size_t i, int art, uint32_t *g)
{
  size_t k, nx, ap;
  if (art == ART_THE) {
    if ((k = desc_phrase(c, i, g)) == 0) return 0;
    nx = skip_adv(c, k + 1, c->nt);
    if (is_cue(c, nx) && !(tlex(c, nx) & L_CUE_ING)) return k;
    /* "Asked about his serve, the 33-year-old was blunt: "…"": the
     * subject of its clause, which a colon may give a quote */
    if (verb_like(c, k + 1) && clause_opens_at(c, i)) return k;
    ap = skip_appositives(c, k + 1);
    return ap && (verb_like(c, ap) || tensed_word(c, ap)) ? k : 0;
  }
  if (!tok_is(c, i, "the") || i == 0 || !clause_opens_at(c, i - 1) || !is_cue(c, i - 1)
      || (tlex(c, i - 1) & (L_CUE_ING | L_OBJ | L_ACCORD)))
    return 0;
  if ((k = desc_phrase(c, i, g)) == 0 || k + 1 >= c->nt) return k;
  nx = k + 1;
  return c->toks[nx].kind == T_PUNCT || tok_is(c, nx, "who") ? k : 0;
}

/* "A senior official, who asked not to be named, said", "the ministry
 * told": a subject with no name, from the article at token i (checked by the caller) to a cue
 * verb (through at most DL_MAX_ROLE_WORDS words and an appositive).  It
 * is remembered as a nameless subject, so that a later "he" or "they" is
 * not given to a name mentioned before it.  Returns 1 when pushed. */
/* ART_A for a, an, one, another; ART_THE for the; else 0 (a byte test
 * first: this runs on every word). */
static int article(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  const char *w = c->text + t->s;
  char f;
  if (t->kind != T_WORD || t->len > 7) return 0;
  f = (char)dl_lower[(unsigned char)w[0]];
  if (f != 'a' && f != 't' && f != 'o') return 0;
  switch (t->len) {
    case 1: return f == 'a' ? ART_A : 0;
    case 2: return dl_word_eq(w, 2, "an") ? ART_A : 0;
    case 3: return dl_word_eq(w, 3, "the") ? ART_THE : dl_word_eq(w, 3, "one") ? ART_A : 0;
    case 7: return dl_word_eq(w, 7, "another") ? ART_A : 0;
    default: return 0;
  }
}

static int indefinite(qctx *c, size_t i) { return article(c, i) == ART_A; }

static int negation(qctx *c, size_t k);

/* Is the lower-case word at token k a noun for a person by its ending
 * ("volunteer", "protester", "student", "activist", "guardsman"), or a
 * person's noun of person_nouns?  (Not "a number", "a letter": a
 * document's noun, or one an "of" follows, is none.) */
static int agent_noun(qctx *c, size_t k)
{
  static const char *const ends[] = { "ant", "eer", "ent", "er", "ian", "ist", "man", "or" };
  const tok *t = &c->toks[k];
  const char *w = c->text + t->s;
  size_t n = t->len, e;
  uint32_t g;
  if (!is_word(t) || (t->flags & (TF_CAP | TF_POSS)) || n < 5
      || in_list(doc_nouns, sizeof doc_nouns / sizeof doc_nouns[0], w, n)
      /* "an agreement", "a shipment": -ment is a thing's ending */
      || memcmp(w + n - 4, "ment", 4) == 0
      || (k + 1 < c->nt && tok_is(c, k + 1, "of")))
    return 0;
  if (person_noun(c, k, &g)) return 1;
  for (e = 0; e < sizeof ends / sizeof ends[0]; e++) {
    size_t m = strlen(ends[e]);
    if (n > m + 2 && memcmp(w + n - m, ends[e], m) == 0) return 1;
  }
  return 0;
}

/* Is the appositive from the comma at token j to token ap (after its
 * closing comma) a person's name alone: two or three capitalized words
 * the lexicon does not know, the first a known given name ("Tom
 * Ashby")? */
static int appositive_is_name(qctx *c, size_t j, size_t ap)
{
  size_t k;
  if (ap < j + 4 || ap > j + 5) return 0;
  for (k = j + 1; k + 1 < ap; k++)
    if (!is_word(&c->toks[k]) || !(c->toks[k].flags & TF_CAP) || (c->toks[k].flags & TF_POSS)
        || tlex(c, k) != 0)
      return 0;
  return dl_given_name_find(c->text + c->toks[j + 1].s, c->toks[j + 1].len) != NULL;
}

/* Does a question open at cue token k: "asked", "pressed" (and the like)
 * with at most a name or an object pronoun after it, then a colon, a
 * comma before the quote, a question word or "about" ("a reporter asked
 * Lee: "…"", "one caller pressed him whether …")?  Not a request ("asked
 * reporters to leave"). */
static int question_put(qctx *c, size_t k)
{
  static const char *const verbs[] = { "asked", "asks", "pressed", "questioned", "quizzed" };
  static const char *const objs[] = { "her", "him", "me", "them", "us", "you" };
  static const char *const opens[] = {
    "about", "how", "if", "what", "when", "where", "whether", "who", "why"
  };
  size_t n, w;
  if (k >= c->nt || !is_word(&c->toks[k])
      || !in_list(verbs, sizeof verbs / sizeof verbs[0], c->text + c->toks[k].s, c->toks[k].len))
    return 0;
  n = k + 1;
  if (n < c->nt && is_word(&c->toks[n]) && !(c->toks[n].flags & TF_WIN)
      && in_list(objs, sizeof objs / sizeof objs[0], c->text + c->toks[n].s, c->toks[n].len))
    n++;
  else
    for (w = 0; w < 3 && n < c->nt && is_word(&c->toks[n]) && (c->toks[n].flags & TF_CAP)
                && !(c->toks[n].flags & (TF_WIN | TF_SENT)); w++)
      n++;
  if (n >= c->nt) return 0;
  if (is_punct(&c->toks[n], ':')) return 1;
  if (is_punct(&c->toks[n], ',') && n + 1 < c->nt && (c->toks[n + 1].flags & TF_WIN)) return 1;
  return is_word(&c->toks[n]) && !(c->toks[n].flags & TF_WIN)
      && in_list(opens, sizeof opens / sizeof opens[0], c->text + c->toks[n].s, c->toks[n].len);
}

/* "A minister in the outgoing government described the mood as "…".
 * "…," the minister said": is "the" and the one word at token k the
 * head of the nameless subject that is still the latest subject (not a
 * minister named before)? */
static int nameless_role_again(qctx *c, size_t k)
{
  size_t r;
  if (!c->nl_head.len) return 0;
  for (r = 0; r < c->nrec && !(c->rec[r].flags & M_SUBJ); r++) {}
  if (r == c->nrec || c->rec[r].span.len || (c->rec[r].flags & (M_ORG | M_LATER | M_ASKER)))
    return 0;
  return tok_is_at(c, k, c->nl_head.start, c->nl_head.len);
}

static int push_nameless(qctx *c, size_t i, size_t *headp, dl_span *holder)
{
  size_t j = i + 1, ap, head;
  mention m;
  if (!clause_opens_at(c, i)) return 0;
  while (j < c->nt && j < i + 1 + DL_MAX_ROLE_WORDS && is_word(&c->toks[j])
         && !(c->toks[j].flags & TF_POSS) && !tok_is(c, j, "who")
         && ((c->toks[j].flags & TF_CAP)
             || !(tlex(c, j) & L_ENDS_ROLE)))
    j++;
  /* "the White House" is a name; "one House Republican" is not */
  if (j == i + 1 || ((c->toks[j - 1].flags & TF_CAP) && !indefinite(c, i))) return 0;
  head = j - 1;
  /* "a spokeswoman for the ministry", "a diplomat familiar with the talks" */
  if (j < c->nt && is_word(&c->toks[j]) && (tlex(c, j) & L_PREP) && !(c->toks[j].flags & TF_CAP)) {
    size_t k = j + 1;
    while (k < c->nt && k < j + 1 + DL_MAX_ROLE_WORDS && is_word(&c->toks[k])
           && !(tlex(c, k) & (L_CUE | L_CUE_ING | L_VERB | L_PRON)))
      k++;
    j = k;
  }
  ap = skip_appositive(c, j);
  /* "the chief, Tom Ashby, replied": the appositive names the subject
   * (appositive_name makes it one), no nameless voice that would hide a
   * woman named before from a later "she" */
  if (ap && article(c, i) == ART_THE && appositive_is_name(c, j, ap)) return 0;
  if (!ap && j < c->nt && tok_is(c, j, "who")) {
    /* "A student who declined to be named for fear of reprisals said":
     * a relative clause with no commas, then the cue */
    size_t k;
    for (k = j + 1; k < c->nt && k <= j + DL_MAX_ASIDE_TOKENS; k++) {
      const tok *u = &c->toks[k];
      if ((u->flags & (TF_SENT | TF_PARA | TF_WIN)) || u->kind != T_WORD) break;
      if (is_cue(c, k)) { ap = k; break; }
    }
  }
  if (!ap && indefinite(c, i) && j == head + 1 && agent_noun(c, head) && !is_cue(c, j)
      && !negation(c, j) && (verb_like(c, j) || tensed_word(c, j)))
    ap = j;   /* "One longtime volunteer summed up the mood": a person, no name
               * (not "A spokesman declined to comment": that one says nothing) */
  else if (!is_cue(c, ap ? ap : j) || (tlex(c, ap ? ap : j) & L_CUE_ING)) return 0;
  /* "That was Kendra Voss, a farmer from Iowa who testified on Tuesday.":
   * right after a name and its comma, the name its clause's subject or
   * a copula's ("was", "came") -- not an object: "In a letter to Ann
   * Lee, a spokesman said", "After meeting Ann Lee, a spokesman said" --
   * the phrase is the name's appositive: that person is the subject a
   * later "she" stands for, no nameless voice */
  if (i >= 2 && indefinite(c, i) && is_punct(&c->toks[i - 1], ',') && c->toks[i - 2].men >= 0) {
    const mention *nm = &c->men[c->toks[i - 2].men];
    size_t b = nm->t0;
    if (nm->t1 == i - 2 && !(nm->flags & (M_PRON | M_DESC | M_ORG | M_ROLE | M_POSS))
        && (b == 0 || (c->toks[b].flags & (TF_PARA | TF_WIN)) || (c->toks[b - 1].flags & TF_SENT)
            || tok_in_words(c, b - 1, "was|is|were|are|came|comes"))) {
      m = *nm;
      m.flags |= M_SUBJ;
      push_recent(c, &m);
      return 0;
    }
  }
  memset(&m, 0, sizeof m);
  /* no gender: "she" then goes to a named subject after a spokeswoman
   * rather than to this one */
  m.flags = M_SUBJ;
  if (c->toks[head].len <= 13 && is_org_last(c->text + c->toks[head].s, c->toks[head].len))
    m.flags |= M_ORG;   /* "the ministry said": not he or she */
  /* "the former aide added" after "Jonathan Pryce, a former aide,": the
   * one the role was given to (a whole phrase to the head: "the aide to
   * the mayor" is not "the mayor") */
  else if (article(c, i) == ART_THE && head + 1 == j) m.span = appos_role_holder(c, head);
  if (!m.span.len && question_put(c, ap ? ap : j)) m.flags |= M_ASKER;
  if (!m.span.len && !(m.flags & M_ORG) && indefinite(c, i)) {
    c->nl_head.start = c->toks[head].s;
    c->nl_head.len = c->toks[head].len;
  }
  *headp = head;
  *holder = m.span;
  push_recent(c, &m);
  return 1;
}

/* Is token i an article "a" or "an" after a cue verb that follows a
 * comma, a dash or a closing quote mark ("…," said a …)? */
static int inverted_a(qctx *c, size_t i)
{
  size_t b;
  int32_t cp;
  if (i < 1 || article(c, i) != ART_A) return 0;
  b = c->toks[i - 1].s;
  while (b > 0 && c->text[b - 1] == ' ') b--;
  cp = cp_before(c->text, 0, b);
  /* (a curly mark of either side: „…“ closes with “; not a letter,
   * "José said a spokesman for …") */
  if (!(cp == ',' || cp == '"' || (cp >= 0x80 && (dl_cp_is_quote(cp) || dl_cp_is_dash(cp)))))
    return 0;
  /* not "the minister, Tom Ashby, answered a question": the comma
   * closes a name's appositive, and its cue takes an object */
  if (cp == ',' && i >= 3 && is_punct(&c->toks[i - 2], ',') && c->toks[i - 3].men >= 0
      && !(c->men[c->toks[i - 3].men].flags & (M_PRON | M_DESC)))
    return 0;
  return (tlex(c, i - 1) & (L_CUE | L_CUE_ING | L_OBJ | L_ACCORD)) == L_CUE;
}

/* "…, said a Mumbai-based fund manager who declined to be named.": a
 * subject with no name after its cue verb, from the article at token i
 * (a, an, one) to a relative clause, a comma, a preposition or the
 * sentence's end; remembered as a nameless subject like push_nameless's
 * (not "…, said a deal was close": a verb after the noun). */
static void inverted_nameless(qctx *c, size_t i)
{
  size_t j = i + 1, head;
  mention m;
  if (!inverted_a(c, i)) return;
  while (j < c->nt && j < i + 1 + DL_MAX_ROLE_WORDS && is_word(&c->toks[j])
         && !(c->toks[j].flags & TF_POSS) && !tok_is(c, j, "who")
         && !(tlex(c, j) & L_ENDS_ROLE))
    j++;
  if (j == i + 1) return;
  head = j - 1;
  if (j < c->nt && !(c->toks[j - 1].flags & TF_SENT)) {
    const tok *n = &c->toks[j];
    if (n->kind == T_PUNCT ? !(n->cp == ',' || (n->flags & TF_SENT))
                           : !(tok_is(c, j, "who") || ((tlex(c, j) & L_PREP) && !(n->flags & TF_CAP))))
      return;
  }
  memset(&m, 0, sizeof m);
  m.flags = M_SUBJ;
  if (c->toks[head].len <= 13 && is_org_last(c->text + c->toks[head].s, c->toks[head].len))
    m.flags |= M_ORG;   /* "…, said a ministry": not he or she */
  push_recent(c, &m);
}

/* "Ben-Gvir threatened to quit if Netanyahu agreed to what he called a
 * "reckless deal"": the "what he called" of a characterization is the
 * sentence's subject's word, not that of a name in its subordinate
 * clause.  The first named subject of the sentence of token i (no other
 * gender than the pronoun's flags), or an empty span. */
static dl_span sentence_subject(const qctx *c, size_t i, uint32_t pflags)
{
  size_t s = i, k;
  dl_span none = {0, 0};
  uint32_t other = (pflags & M_MALE) ? M_FEMALE : M_MALE;
  while (s > 0 && !(c->toks[s].flags & (TF_PARA | TF_WIN)) && !(c->toks[s - 1].flags & TF_SENT))
    s--;
  for (k = 0; k < c->nm; k++) {
    const mention *m = &c->men[k];
    if (m->t0 < s || m->t0 >= i) continue;
    if (!(m->flags & M_SUBJ) || (m->flags & (M_PRON | M_DESC | M_ORG | M_NOUN))) continue;
    if ((m->flags & M_ROLE) && !m->ante.len) continue;   /* a role named after it */
    if (m->flags & other) return none;
    return (m->flags & M_ROLE) ? m->ante : m->span;
  }
  return none;
}

/* Is byte offset at inside the article's headline? */
static int in_headline(const qctx *c, size_t at)
{
  return c->nbp > 0 && (c->bp[0].flags & DL_PARA_HEADLINE)
         && at >= c->bp[0].start && at < (size_t)c->bp[0].start + c->bp[0].len;
}

/* Is name m the subject after its verb, "Among those in the gallery was
 * Ann Lee, 45, a teacher": "was" or "were" after a lower-case word (not
 * "Lee was Ann's aide"), the name ending its clause or set off by a comma? */
static int inverted_subject(qctx *c, const mention *m)
{
  size_t nx = m->t1 + 1;
  if (m->t0 < 2 || !(tok_is(c, m->t0 - 1, "was") || tok_is(c, m->t0 - 1, "were"))) return 0;
  if (!is_word(&c->toks[m->t0 - 2]) || (c->toks[m->t0 - 2].flags & TF_CAP)
      || (tlex(c, m->t0 - 2) & L_PRON))
    return 0;
  return nx >= c->nt || (c->toks[m->t1].flags & TF_SENT) || is_punct(&c->toks[nx], ',')
         || (c->toks[nx].kind == T_PUNCT && (c->toks[nx].flags & TF_SENT));
}

/* Words after a person's possessive name that speak for the person. */
#define PERSON_VOICES "office|campaign|camp"

/* Is token k one of PERSON_VOICES in lower case, then (past a time
 * phrase and adverbs) a cue: "office said on Monday", "campaign said"?
 * Not a body's "Office" ("the Prime Minister's Office"). */
static size_t issued_doc_cue(qctx *c, size_t k, size_t e);

static int voice_then_cue(qctx *c, size_t k)
{
  size_t v;
  if (!(k + 1 < c->nt && is_word(&c->toks[k]) && !(c->toks[k].flags & (TF_CAP | TF_POSS))
        && tok_in_words(c, k, PERSON_VOICES)))
    return 0;
  v = skip_adv(c, k + 1 + when_phrase(c, k + 1), c->nt);
  /* (or "Lee's office released a statement accusing …") */
  return is_cue(c, v) || issued_doc_cue(c, v, c->nt) != 0;
}

/* Is possessive name m (opening its clause) followed by one of
 * PERSON_VOICES and a cue ("Lee's office said on Monday")? */
static int person_office(qctx *c, const mention *m)
{
  return clause_opens_at(c, m->t0) && voice_then_cue(c, m->t1 + 1);
}

/* Is token i "his" or "her" (the first letter in any case)?  Then *g is
 * the gender it tells (M_MALE or M_FEMALE). */
static int poss_pronoun(qctx *c, size_t i, uint32_t *g)
{
  const tok *t = &c->toks[i];
  const char *w = c->text + t->s;
  if (t->len != 3 || (w[0] | 0x20) != 'h'
      || !((w[1] == 'e' && w[2] == 'r') || (w[1] == 'i' && w[2] == 's')))
    return 0;
  *g = w[1] == 'i' ? M_MALE : M_FEMALE;
  return 1;
}

/* m for a role that speaks for an organization, tokens [i, k] ("the
 * company", "a spokesperson for Acme"); heir is what a later pronoun may
 * take: the organization, or nothing.  g (M_MALE, M_FEMALE or 0, from
 * voice_gender) makes heir the he (she) that follows rather than an it. */
static void org_role(qctx *c, mention *m, size_t i, size_t k, dl_span heir, uint32_t g)
{
  mention r;
  m->t0 = (uint32_t)i;
  m->t1 = (uint32_t)k;
  m->flags = M_ROLE | M_SUBJ | M_ORG;
  m->span.start = c->toks[i].s;
  m->span.len = c->toks[k].s + c->toks[k].len - c->toks[i].s;
  memset(&r, 0, sizeof r);
  r.span = heir;
  r.flags = M_SUBJ | (g ? g : heir.len ? M_ORG : 0);
  push_recent(c, &r);
}

/* "A Treasury spokesman said: "…" He added: "…"": the spokesman (or
 * spokeswoman) of a body, in tokens [i, k], is the he (she) that follows,
 * speaking for the body as before: org_role remembers one entry, a subject
 * of that gender whose name is the body's (two entries for one speaker
 * would put a woman named before out of the reach of "she" after a
 * spokesman, DL_SHE_REACH).  A spokesperson tells no gender: 0. */
static uint32_t voice_gender(qctx *c, size_t i, size_t k)
{
  size_t j;
  for (j = i; j <= k && j < c->nt; j++) {
    if (tok_is(c, j, "spokesman")) return M_MALE;
    if (tok_is(c, j, "spokeswoman")) return M_FEMALE;
  }
  return 0;
}

/* "Iran's foreign minister on Sunday rejected": after a possessive name
 * ending at token p - 1, opening its clause at t0, lower-case title words
 * from token p, then a verb.  The role's head token, else 0. */
static size_t poss_role(qctx *c, size_t t0, size_t p)
{
  size_t j = p;
  if (!clause_opens_at(c, t0)) return 0;
  /* "foreign minister", "labour minister": modifiers, then a title */
  while (j < c->nt && j < p + DL_MAX_ROLE_HEAD && is_word(&c->toks[j])
         && !(c->toks[j].flags & (TF_CAP | TF_POSS | TF_SENT | TF_PARA | TF_WIN))
         && !(tlex(c, j) & L_ENDS_ROLE))
    j++;
  if (j == p || !(tlex(c, j - 1) & L_TITLE)) return 0;
  p = j + when_phrase(c, j);
  /* any past tense ("defended the plan") besides the verbs of the lexicon */
  if (!verb_like(c, p) && !past_ed(c, p))
    return 0;
  return j - 1;
}

/* "Hollis's spokesman said" after "the Liberal Democrats' Treasury
 * spokesman, Callum Reid,": the titled name ante (a recent titled one)
 * holds its title for another possessor than the one at token owner, so
 * it is not the role's holder.  The title's words are read back in the
 * text (its tokens are gone with its stretch of text). */
#define DL_MAX_OWNER_REACH 3
static int other_owner(qctx *c, dl_span ante, size_t owner)
{
  size_t j, pos, n, w;
  const tok *o = &c->toks[owner];
  const char *t = c->text;
  for (j = 0; j < c->ntit; j++)
    if (c->tit[j].span.start == ante.start && c->tit[j].span.len == ante.len) break;
  if (j == c->ntit || !c->tit[j].head.len) return 0;
  pos = c->tit[j].head.start;
  for (w = 0; w < DL_MAX_OWNER_REACH; w++) {
    size_t e;
    if (pos == 0 || t[pos - 1] != ' ') return 0;
    e = --pos;
    while (pos > 0 && (DL_IS_ALPHA(t[pos - 1]) || (unsigned char)t[pos - 1] >= 0x80
                       || t[pos - 1] == '\'' || t[pos - 1] == '-'))
      pos--;
    n = e - pos;
    /* "Lee's", "Lee’s", "Democrats'", "Democrats’" */
    if (n >= 3 && t[e - 1] == 's' && t[e - 2] == '\'') n -= 2;
    else if (n >= 5 && t[e - 1] == 's' && memcmp(t + e - 4, "\xe2\x80\x99", 3) == 0) n -= 4;
    else if (n >= 2 && t[e - 1] == '\'' && t[e - 2] == 's') n -= 1;
    else if (n >= 4 && memcmp(t + e - 3, "\xe2\x80\x99", 3) == 0 && t[e - 4] == 's') n -= 3;
    else continue;
    return n != o->base || memcmp(t + pos, t + o->s, n) != 0;
  }
  return 0;
}

/* "The Palace said": the palace a recent subject or body named, whole
 * ("Buckingham Palace") or by its one-word name ("Malacañang"); else an
 * empty span. */
static dl_span palace_seat(qctx *c)
{
  size_t k, s1, n1;
  dl_span none = {0, 0};
  for (k = 0; k < c->nrec; k++) {
    dl_span x = c->rec[k].span;
    if (!x.len) continue;
    n1 = last_word(c->text, x, &s1);
    if ((x.len > n1 && dl_word_eq(c->text + s1, n1, "palace"))
        || (x.len == n1 && in_list(palace_names, sizeof palace_names / sizeof palace_names[0],
                                   c->text + s1, n1)))
      return x;
  }
  for (k = 0; k < c->norg; k++) {
    dl_span x = c->org[k].span;
    n1 = x.len ? last_word(c->text, x, &s1) : 0;
    if (x.len > n1 && dl_word_eq(c->text + s1, n1, "palace")) return x;
  }
  return none;
}

/* Mark the mentions of tokens [from, nt), resolving pronouns as they come. */
/* Is mention m followed by ", who" and a cue ("Ann Lee, who said")? */
static int who_cue(qctx *c, const mention *m)
{
  size_t k, ap;
  if (!(m->t1 + 3 < c->nt && is_punct(&c->toks[m->t1 + 1], ','))) return 0;
  if (tok_is(c, m->t1 + 2, "who")) k = m->t1 + 3;
  /* "Dr Ann Reid, chair of the council, who told": past the name's
   * appositive */
  else if ((ap = skip_appositive(c, m->t1 + 1)) != 0 && ap + 1 < c->nt && tok_is(c, ap, "who")
           && is_punct(&c->toks[ap - 1], ','))
    k = ap + 1;
  else
    return 0;
  k = skip_adv(c, k, c->nt);
  /* not "a source close to Boeing, who asked not to be named": a
   * request to stay nameless, no words of Boeing's */
  return is_cue(c, k) && !(k + 1 < c->nt && (tok_is(c, k + 1, "not") || tok_is(c, k + 1, "to")));
}

/* The person mention a mention of a body hangs from by "of" ("Jörg
 * Albrecht of the Christian Democrats, who said"): a relative clause
 * after it is the person's.  -1 when there is none. */
static long of_owner(qctx *c, const mention *m)
{
  size_t k = m->t0;
  const tok *t;
  if (k > 0 && tok_is(c, k - 1, "the")) k--;
  if (k < 2 || !tok_is(c, k - 1, "of")) return -1;
  t = &c->toks[k - 2];
  if (t->men < 0 || !(t->flags & TF_CAP)
      || (c->men[t->men].flags & (M_PRON | M_POSS | M_ORG | M_DESC | M_ROLE)))
    return -1;
  return t->men;
}

/* Verbs whose form says the subject before them is plural ("Democrats
 * have few ways", "Republicans say"): a body of people, "they", never
 * "he" or "she". */
static const char *const plural_verbs[] = {
  "are", "argue", "believe", "do", "fear", "have", "insist", "say", "want", "were"
};

static int plural_verb(qctx *c, size_t j)
{
  size_t k;
  if (j >= c->nt || !is_word(&c->toks[j])) return 0;
  for (k = 0; k < sizeof plural_verbs / sizeof *plural_verbs; k++)
    if (tok_is(c, j, plural_verbs[k])) return 1;
  return 0;
}

/* "if Democrats joined them", "that Labour was clearing", "MPs warned":
 * one word that names a party or a people (a nationality or party word,
 * its plural, or a plural acronym) is a body, "they", never "he" or
 * "she"; not when it is the surname of a person named before ("Ann
 * French … French said"). */
/* Is name m a government's seat: a body, "it" and never "he" or "she"? */
static int seat_name(qctx *c, const mention *m)
{
  size_t i;
  if (!(c->toks[m->t1].flags & TF_CAP) || c->toks[m->t1].len > 11) return 0;
  if (in_list(seat_last, sizeof seat_last / sizeof seat_last[0],
              c->text + c->toks[m->t1].s, c->toks[m->t1].base))
    return 1;
  if (m->t1 == m->t0) return 0;
  for (i = 0; i < sizeof seat_pairs / sizeof seat_pairs[0]; i++)
    if (tok_is(c, m->t1, seat_pairs[i].w2) && tok_is(c, m->t1 - 1, seat_pairs[i].w1)) return 1;
  return 0;
}

static int group_word(qctx *c, const mention *m)
{
  const tok *t = &c->toks[m->t0];
  const char *w = c->text + t->s;
  size_t n = t->base;
  if (m->t0 != m->t1 || (m->flags & (M_PRON | M_TITLED | M_ORG | M_MALE | M_FEMALE))) return 0;
  if (!(tlex(c, m->t0) & L_NAT)
      && !(n >= 3 && w[n - 1] == 's' && ((lex_lookup(w, n - 1) & L_NAT) || all_caps(w, n - 1))))
    return 0;
  return !names_person(c, m->t0, m->t1);
}

/* "Albright said she had the votes": a he or she right after a cue
 * (or its "that") whose subject is the pronoun's antecedent tells that
 * person's gender, kept for the surname's later mentions (a later "He
 * dismissed it" is then another person).  Token i is the pronoun. */
static void cue_pronoun_gender(qctx *c, size_t i, dl_span ante, uint32_t g)
{
  size_t cue = i, k, s1, n1;
  int32_t sm;
  if (!g || !ante.len || i < 2) return;
  if (tok_is(c, cue - 1, "that") && cue >= 3) cue--;
  if ((tlex(c, cue - 1) & (L_CUE | L_ACCORD)) != L_CUE || (c->toks[cue - 1].flags & TF_CAP))
    return;
  sm = c->toks[cue - 2].men;
  if (sm < 0 || c->men[sm].span.start != ante.start || c->men[sm].span.len != ante.len
      || (c->men[sm].flags & (M_ORG | M_PRON | M_MALE | M_FEMALE)))
    return;
  (void)name_gender(c, g, ante);
  n1 = last_word(c->text, ante, &s1);
  for (k = 0; k < c->nrec; k++) {
    size_t s2, n2 = last_word(c->text, c->rec[k].span, &s2);
    if (n2 == n1 && n1 > 0 && !(c->rec[k].flags & (M_MALE | M_FEMALE | M_ORG))
        && memcmp(c->text + s1, c->text + s2, n1) == 0)
      c->rec[k].flags |= g;
  }
}

/* "who gave her name only as Achieng", "asked to be identified only
 * by his first name, Musa": the gender flag (M_FEMALE, M_MALE, or M_SUBJ
 * when none is told) when the name at token t0 is given so, else 0. */
#define DL_MAX_NAMED_AS 6   /* words between "name" / "identified" and the name */
static uint32_t named_as(qctx *c, size_t t0)
{
  size_t k, lo;
  uint32_t g = M_SUBJ;
  const tok *p;
  if (t0 < 2) return 0;
  p = &c->toks[t0 - 1];   /* (a byte test first: this runs on most names) */
  if (!(is_punct(p, ',') || (p->len == 2 && c->text[p->s] == 'a' && c->text[p->s + 1] == 's')))
    return 0;
  lo = t0 > DL_MAX_NAMED_AS + 1 ? t0 - DL_MAX_NAMED_AS - 1 : 0;
  for (k = t0 - 1; k-- > lo;) {
    const tok *w = &c->toks[k];
    if (!is_word(w) || (w->flags & TF_CAP) || (c->toks[k + 1].flags & (TF_PARA | TF_WIN))) return 0;
    if (tok_is(c, k, "her")) g = M_FEMALE;
    else if (tok_is(c, k, "his")) g = M_MALE;
    else if (tok_is(c, k, "name") || tok_is(c, k, "identified"))
      /* (the comma only after "name": "her first name, Achieng") */
      return tok_is(c, t0 - 1, "as") || tok_is(c, k, "name") ? g : 0;
  }
  return 0;
}

/* Remember name span sp as a person's (sname). */
static void seen_name(qctx *c, dl_span sp)
{
  sname *x;
  if (sp.len == 0) return;
  x = &c->sn[c->nsn++ % DL_MAX_SEEN_NAMES];
  x->s = sp.start;
  x->n = sp.len;
}

/* Is token j, past adverbs and a perfect's auxiliary ("had", "has"), a
 * cue: the phrase before j is that cue's subject. */
static int cue_follows(qctx *c, size_t j)
{
  j = skip_adv(c, j, c->nt);
  if (j < c->nt && (tok_is(c, j, "had") || tok_is(c, j, "has") || tok_is(c, j, "have"))) j++;
  return is_cue(c, skip_adv(c, j, c->nt));
}

/* Is q, opening its paragraph, a fragment its sentence goes on from
 * ("“Tired” voters stayed home", a headline's "'Tired' Voters Turn Away"):
 * no punctuation ends the words, a word follows the closing mark on the
 * same line, and it is no cue ("'We Will Win' Says Lee"); in the body,
 * a lower-case word (not a name: ""We will win" Lee said"). */
#define DL_MAX_FRAGMENT_WORDS 2
static int fragment_opening(qctx *c, const dl_quote *q)
{
  const char *t = c->text;
  size_t p = (size_t)q->outer.start + q->outer.len, w;
  unsigned char last;
  size_t k, spaces = 0;
  if (!q->closed || q->len == 0 || p >= c->len) return 0;
  last = (unsigned char)t[q->start + q->len - 1];
  if (!DL_IS_ALPHA(last) && !(last >= '0' && last <= '9')) return 0;
  /* a word or two ("“We will sign” was the headline": a clause, named) */
  for (k = q->start; k < (size_t)q->start + q->len; k++)
    if (t[k] == ' ' && ++spaces >= DL_MAX_FRAGMENT_WORDS) return 0;
  while (p < c->len && (t[p] == ' ' || t[p] == '\t')) p++;
  if (p >= c->len || !DL_IS_ALPHA(t[p])) return 0;
  for (w = p; w < c->len && w - p <= LEX_MAXW && DL_IS_ALPHA(t[w]); w++) {}
  /* (a verb after it: the words are its subject, "“Tired” is a word") */
  if (lex_lookup(t + p, w - p) & (L_CUE | L_CUE_ING | L_VERB)) return 0;
  return DL_IS_LOWER(t[p]) || in_headline(c, q->start);
}

/* Does the first token follow a quote that ended its sentence inside the
 * marks ("… carefully." Greece is …): a sentence opening, though the
 * gap's tokens hold no full stop before it. */
static int after_quote_stop(const qctx *c)
{
  size_t p, lo;
  int32_t cp;
  if (c->nt == 0) return 0;
  p = c->toks[0].s;
  lo = p > 8 ? p - 8 : 0;
  while (p > lo && DL_IS_SPACE(c->text[p - 1])) p--;
  cp = cp_before(c->text, lo, p);
  if (!(cp == '"' || cp == 0x201D || cp == 0x2019 || cp == '\'' || cp == 0xBB)) return 0;
  p -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
  cp = cp_before(c->text, lo, p);
  return cp == '.' || cp == '!' || cp == '?';
}

/* Is the one-word mention m a word the article gave a person before: a
 * surname of a name seen, a recent subject's, the last speaker's, or a
 * known given name? */
static int known_person_word(qctx *c, const mention *m)
{
  size_t k, n = c->nsn < DL_MAX_SEEN_NAMES ? c->nsn : DL_MAX_SEEN_NAMES, s1, n1;
  const char *w = c->text + c->toks[m->t0].s;
  size_t wn = c->toks[m->t0].base;
  if (names_person(c, m->t0, m->t1)) return 1;
  /* any word of the name: "Castillo" of "Mariana Castillo Arévalo" */
  for (k = 0; k < n; k++) {
    size_t p = c->sn[k].s, e = p + c->sn[k].n;
    while (p + wn <= e) {
      if (memcmp(c->text + p, w, wn) == 0 && (p + wn == e || c->text[p + wn] == ' ')) return 1;
      while (p < e && c->text[p] != ' ') p++;
      p++;
    }
  }
  s1 = 0;
  n1 = c->last_spk.len ? last_word(c->text, c->last_spk, &s1) : 0;
  return n1 == wn && memcmp(c->text + s1, w, wn) == 0;
}

/* "the" at i, then an organization's name up to token k that speaks
 * ("the Prime Minister's Office said", "the Chilean army said"): m names
 * it, and it is remembered, with its last word as its head, for a later
 * "the office said" or "the army said". */
static void org_phrase_speaks(qctx *c, mention *m, size_t i, size_t k)
{
  dl_span hd;
  memset(m, 0, sizeof *m);
  /* no article: the name opens at i ("China's foreign ministry said") */
  m->ante.start = c->toks[i + (article(c, i) != 0)].s;
  m->ante.len = c->toks[k].s + c->toks[k].len - m->ante.start;
  hd.start = c->toks[k].s;
  hd.len = c->toks[k].len;
  push_org(c, m->ante, hd);
  org_role(c, m, i, k, m->ante, 0);
}

/* Is mention m of a headline a bare title ("Minister", "Health
 * Minister", "Prime Minister"): a title's head word last, at most
 * DL_MAX_LONE_TITLE words, no given name among them? */
static int headline_title(qctx *c, const mention *m)
{
  uint32_t lx = tlex(c, m->t1);
  dl_span sp;
  sp.start = c->toks[m->t0].s;
  sp.len = c->toks[m->t1].s + c->toks[m->t1].len - sp.start;
  return m->t1 - m->t0 < DL_MAX_LONE_TITLE && (lx & L_TITLE) && !(lx & L_ABBR)
         && !(c->toks[m->t1].flags & TF_POSS) && !given_gender(c->text, sp);
}

/* The lower-case words find_mentions reads (see there): articles,
 * pronouns, "his"/"her" of a role.  They are tested by their bytes in its
 * rules, not looked up, so they are no lexicon[] words; this list is what
 * lower_lead is checked against (dl_quotes_lexicon_ok).  Sorted by strcmp,
 * at most seven letters. */
static const char *const lower_reads[] = {
  "a", "an", "another", "he", "her", "him", "his", "it", "one", "she", "the", "they"
};

/* First bytes of the words of lower_reads, in both cases: the words
 * find_mentions reads in lower case.  A table, not the list, because it
 * is asked of every word of a story (make ctest checks it against the
 * list). */
static const unsigned char lower_lead[256] = {
  ['a'] = 1, ['h'] = 1, ['i'] = 1, ['o'] = 1, ['s'] = 1, ['t'] = 1,
  /* (a headline's verb in title case has no TF_CAP: "Says", "Tells") */
  ['A'] = 1, ['H'] = 1, ['I'] = 1, ['O'] = 1, ['S'] = 1, ['T'] = 1
};

/* "Protesters filled the gallery", "The marchers reached the square":
 * a plural of people (a word that never starts a name, not a party's or
 * a people's) opening the sentence at token i, then its verb, is a
 * nameless subject: a later "they" is theirs, not a body named before.
 * The lexicon's plurals of people are its words with no class but
 * L_STOPCAP (and L_GROUP); a determiner or pronoun that never starts a
 * name ("This is the third strike") is none. */
static void group_subject(qctx *c, size_t i)
{
  size_t g = i;
  const tok *w;
  mention m;
  if (tok_is(c, g, "the")) g++;
  if (g + 1 >= c->nt) return;
  w = &c->toks[g];
  if (!is_word(w) || (w->flags & TF_POSS) || w->len < 4 || c->text[w->s + w->len - 1] != 's'
      || (tlex(c, g) & ~(uint32_t)L_GROUP) != L_STOPCAP
      || !(verb_like(c, g + 1) || tensed_word(c, g + 1)))
    return;
  memset(&m, 0, sizeof m);
  m.flags = M_SUBJ | M_ORG | M_NOUN;   /* (M_NOUN: "it" looks past it) */
  push_recent(c, &m);
}

/* Is lower_lead the first letters of lower_reads in both cases, and no
 * word of it longer than find_mentions' seven letters? */
static int lower_lead_ok(void)
{
  unsigned char want[256] = {0};
  size_t i;
  for (i = 0; i < sizeof lower_reads / sizeof lower_reads[0]; i++) {
    unsigned char f = (unsigned char)lower_reads[i][0];
    if (f < 'a' || f > 'z' || strlen(lower_reads[i]) > 7
        || (i > 0 && strcmp(lower_reads[i - 1], lower_reads[i]) >= 0))
      return 0;
    want[f] = want[f - 'a' + 'A'] = 1;
  }
  return memcmp(want, lower_lead, sizeof want) == 0;
}

/* Does the name at token t0 close a list that a preposition opens ("the
 * leaders of France, Germany and Britain said"): "and" or "or" before
 * it, then back over capitalized words, commas and "the" to a
 * lower-case preposition?  The list's head noun is the subject, not the
 * last name in it.  Not when a person's name is before the preposition
 * ("Ann Lee of Germany and Tom Hale said": two names, each with what
 * follows it). */
#define DL_MAX_LIST_TOKENS 12
static int listed_object(qctx *c, size_t t0)
{
  size_t k = t0;
  int h;
  if (k < 3 || !(tok_is(c, k - 1, "and") || tok_is(c, k - 1, "or"))) return 0;
  k--;
  while (k > 0 && t0 - k < DL_MAX_LIST_TOKENS
         && ((is_word(&c->toks[k - 1]) && ((c->toks[k - 1].flags & TF_CAP) || tok_is(c, k - 1, "the")))
             || is_punct(&c->toks[k - 1], ',')))
    k--;
  if (k >= 2 && (h = ends_mention(c, k - 2)) >= 0
      && !(c->men[h].flags & (M_PRON | M_DESC | M_ROLE | M_NOUN | M_ORG)))
    return 0;
  return k > 0 && k < t0 - 1 && is_word(&c->toks[k - 1]) && !(c->toks[k - 1].flags & TF_CAP)
         && (tlex(c, k - 1) & L_PREP) && !(c->toks[k].flags & TF_SENT);
}

/* Does the phrase end right after mention x: a comma, the sentence's
 * end or the text's ("That was Ann Lee, a farmer.", "So said Ann Lee.";
 * not "That was Ann Lee's view")? */
static int name_ends_phrase(const qctx *c, const mention *x)
{
  size_t k = x->t1 + 1;
  return k >= c->nt || is_punct(&c->toks[k], ',')
         || (c->toks[k].kind == T_PUNCT && (c->toks[k].flags & TF_SENT));
}

/* Is mention x a person's name: a given name, a title, a gender or a
 * person seen before, or a full name with a person's role or "who" set
 * off after it ("Kendra Voss, a soybean farmer", not "New York, the city
 * …", "Paris")? */
static int introduced_person(qctx *c, const mention *x)
{
  size_t k = x->t1 + 2, w;
  uint32_t g;
  int role = 0;
  if ((x->flags & (M_TITLED | M_MALE | M_FEMALE | M_GIVEN)) || names_person(c, x->t0, x->t1))
    return 1;
  if (x->t1 == x->t0 || k >= c->nt || !is_punct(&c->toks[k - 1], ',')) return 0;
  if (tok_is(c, k, "who")) return 1;
  if (article(c, k))
    for (w = k + 1; w < c->nt && w <= k + 3 && is_word(&c->toks[w]) && !role; w++)
      role = !tok_in_words(c, w, "border|center|centre|chamber|corner|corridor|error|"
                                 "factor|floor|letter|matter|number|order|paper|"
                                 "power|quarter|river|sector|theater|tower|water")
             && (person_noun(c, w, &g) || ((tlex(c, w) & L_TITLE) && !(tlex(c, w) & L_ABBR))
                 || (agent_noun(c, w) && !tlex(c, w)));
  return role;
}

/* From token k (after "and" following a name that opens its clause): a
 * second name (a title and one to three capitalized words), its
 * appositive if any, then a verb ("Mr Swinney and Jackie Baillie,
 * Labour's health spokeswoman, clashed")? */
#define DL_MAX_COORD_NAME 4
static int coordinated_name_verb(qctx *c, size_t k)
{
  size_t j = k, ap;
  while (j < c->nt && j < k + DL_MAX_COORD_NAME && is_word(&c->toks[j])
         && (c->toks[j].flags & TF_CAP) && !(c->toks[j].flags & TF_POSS) && !(tlex(c, j) & L_NAT))
    j++;
  if (j == k || j >= c->nt) return 0;
  if ((ap = skip_appositives(c, j)) != 0) j = ap;
  return verb_like(c, j);
}

/* A headline's role in lower case from token i: one or two
 * nationality words or a possessive ("Philippine", "India's"), at most
 * three lower-case words ending in a title ("minister", "foreign
 * minister"), then a cue, a verb, a colon or the headline's end
 * ("Philippine minister: '…'", "…, says India's foreign minister").  The
 * title's token, else 0. */
static size_t headline_role(qctx *c, size_t i)
{
  size_t j = i, k;
  if (!in_headline(c, c->toks[i].s)) return 0;
  if (c->toks[i].flags & TF_POSS) j = i + 1;
  else
    while (j < c->nt && j < i + 2 && is_word(&c->toks[j]) && (c->toks[j].flags & TF_CAP)
           && !(c->toks[j].flags & TF_POSS) && (tlex(c, j) & L_NAT))
      j++;
  if (j == i) return 0;
  for (k = j; k < c->nt && k < j + 3 && lower_word(c, k)
              && !(tlex(c, k) & (L_PREP | L_CUE | L_VERB | L_CONJ | L_PRON | L_DET | L_LY)); k++) {}
  if (k == j || !(tlex(c, k - 1) & L_TITLE) || (tlex(c, k - 1) & L_ABBR)) return 0;
  if (k < c->nt && in_headline(c, c->toks[k].s) && !is_punct(&c->toks[k], ':')
      && !is_cue(c, k) && !verb_like(c, k))
    return 0;
  return k - 1;
}

/* Words that open a sentence before its subject with no comma after
 * them ("Later the ministry said"), and prepositions that do with their
 * object ("On Monday the ministry said", "In a statement the company
 * said"), lower case, sorted. */
static const char *const opener_adverbs[] = {
  "earlier", "later", "meanwhile", "separately", "today", "yesterday"
};
static const char *const opener_preps[] = { "at", "during", "in", "on" };
#define DL_MAX_OPENER_WORDS 5   /* "In a letter to shareholders" */

/* Does token i, in a sentence's first words, follow an opening adverb
 * or a short prepositional phrase with no comma ("On Monday the
 * ministry said"): the subject's clause opens at i? */
static int opener_before(const qctx *c, size_t i)
{
  size_t k = i, n = 0;
  const tok *f;
  while (k > 0) {
    const tok *t = &c->toks[k - 1];
    if (t->kind == T_PUNCT) {
      if (!(t->flags & TF_SENT)) return 0;
      break;
    }
    if (++n > DL_MAX_OPENER_WORDS) return 0;
    k--;
    if (c->toks[k].flags & (TF_PARA | TF_WIN)) break;
  }
  if (!n) return 0;
  f = &c->toks[k];
  if (f->kind != T_WORD || !(f->flags & TF_CAP)) return 0;
  if (n == 1)
    return in_list(opener_adverbs, sizeof opener_adverbs / sizeof opener_adverbs[0],
                   c->text + f->s, f->len);
  return in_list(opener_preps, sizeof opener_preps / sizeof opener_preps[0], c->text + f->s, f->len);
}

/* Is span sp in the sentence of the latest entry of the recent list
 * (an object after it: "Jeffries' office released a statement accusing
 * Johnson …")?  One paragraph, and no full stop, "!" or "?" between them
 * but one after a short capitalized word ("Mr.", "Sen.", an initial).
 * Linear in the bytes between; only a document's phrase asks. */
static int same_sentence(const qctx *c, dl_span sp)
{
  size_t p, e = c->rec[0].span.start;
  if (sp.start >= e || para_of(c, sp.start) != para_of(c, e)) return 0;
  for (p = (size_t)sp.start + sp.len; p < e; p++) {
    char ch = c->text[p];
    if (ch == '!' || ch == '?' || ch == '\n') return 0;
    if (ch == '.') {
      size_t w = p;
      while (w > sp.start && DL_IS_ALPHA(c->text[w - 1])) w--;
      if (p - w == 0 || p - w > 4 || !(c->text[w] >= 'A' && c->text[w] <= 'Z')) return 0;
    }
  }
  return 1;
}

static int find_mentions(qctx *c, size_t from)
{
  size_t i = from, role_k = 0;
  while (i < c->nt) {
    tok *t = &c->toks[i];
    mention m;
    size_t j, k, ls;
    uint32_t lx;
    long ow = -1;   /* the person a body's relative clause belongs to */
    uint32_t pg;    /* the gender "his"/"her" tells (poss_pronoun) */
    int art, art_the;   /* (art_the: the article "the", kept when art is cleared) */
    if (t->flags & (TF_SENT | TF_PARA)) c->lp_g = 0;   /* a new sentence */
    if (!is_word(t)) { i++; continue; }
    /* a word in lower case is looked at below only when it may be an
     * article (a, an, the, one, another), a pronoun (he, she, they, it,
     * him, her, his) or "the"/"a"/"o…" of an inverted phrase: one of
     * seven letters or less opening with a, h, i, o, s or t.  The rest,
     * most of the text, go on here. */
    if (!(t->flags & TF_CAP)
        && (t->len > 7 || !lower_lead[(unsigned char)c->text[t->s]])) { i++; continue; }
    if (party_tag(c, i)) { i++; continue; }
    if ((t->flags & TF_PARA) || (i > 0 && (c->toks[i - 1].flags & TF_SENT)))
      group_subject(c, i);
    if (t->len == 1 && (t->flags & TF_PARA) && (c->text[t->s] == 'Q' || c->text[t->s] == 'A')
        && i + 1 < c->nt && is_punct(&c->toks[i + 1], ':')) {
      /* an interview set as "Q: …" and "A: "…"": the answers are the
       * interviewee's, the person the story named before its first
       * question (not a name inside the questions) */
      if (!c->qa_set) {
        c->qa_set = 1;
        for (k = 0; k < c->nrec && !c->qa.len; k++)
          if ((c->rec[k].flags & M_SUBJ) && !(c->rec[k].flags & M_ORG)) c->qa = c->rec[k].span;
      }
      if (c->text[t->s] == 'Q' || !c->qa.len) { i += 2; continue; }
      memset(&m, 0, sizeof m);
      m.t0 = m.t1 = (uint32_t)i;
      m.flags = M_ROLE | M_SUBJ;
      m.ante = c->qa;
      m.span.start = t->s;
      m.span.len = t->len;
      goto add;
    }
    if ((t->flags & TF_CAP) && (k = headline_role(c, i)) != 0) {
      /* "Philippine minister: '…'": a role, no name; a lead naming a
       * holder of the title names it (named_later) */
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)k;
      m.flags = M_DESC | M_LATER;
      m.span.start = t->s;
      m.span.len = c->toks[k].s + c->toks[k].len - t->s;
      goto add;
    }
    /* (the article first: opener_before's look back costs more, and
     * most tokens are no article) */
    art = t->len <= 7 ? article(c, i) : 0;
    art_the = art == ART_THE;   /* (article gives 0 past seven letters) */
    if (art && !clause_opens_at(c, i) && !opener_before(c, i)) art = 0;
    if (art == ART_THE && i + 1 < c->nt && (c->toks[i + 1].flags & TF_CAP) && tok_is(c, i + 1, "palace")
        && !(i + 2 < c->nt && is_word(&c->toks[i + 2])
             && ((c->toks[i + 2].flags & TF_CAP) || tok_is(c, i + 2, "of")))) {
      /* "the Palace said": the palace named before speaks ("Malacañang") */
      dl_span pal = palace_seat(c);
      if (pal.len) {
        memset(&m, 0, sizeof m);
        m.ante = pal;
        org_role(c, &m, i, i + 1, pal, 0);
        goto add;
      }
    }
    if (art == ART_THE && (k = title_office(c, i + 1)) != 0) {
      /* the Prime Minister's Office said: the office speaks, remembered
       * for a later "the office said" */
      org_phrase_speaks(c, &m, i, k);
      goto add;
    }
    if (art == ART_A && t->len <= 2 && para_of(c, t->s) <= DL_LEAD_PARAS && !in_headline(c, t->s)
        && no_named_subject(c) && (k = role_phrase(c, i)) != 0
        && is_cue(c, skip_adv(c, k + 1, c->nt))
        /* (not "A Kremlin spokesman said" opening the story: the body it
         * speaks for is named, as it is further down; org_voice runs on
         * this lead phrase only, once) */
        && !org_voice(c, i, art, NULL, 0)) {
      /* "A U.N. envoy said …" opening the story, then "Special envoy
       * Amina Diallo met …": a holder of the title named in the next
       * paragraph speaks (named_later; nobody else: "A senior official
       * said" stays nameless) */
      mention r;
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)k;
      m.flags = M_ROLE | M_SUBJ | M_LATER;
      m.span.start = t->s;
      m.span.len = c->toks[k].s + c->toks[k].len - t->s;
      memset(&r, 0, sizeof r);
      r.flags = M_SUBJ | M_LATER;
      push_recent(c, &r);
      goto add;
    }
    if ((art == ART_THE && (k = role_phrase(c, i)) != 0)
        /* '"…" was all the minister would say': a subject after "all" */
        || (!art && i >= 2 && tok_is(c, i - 1, "all") && art_the
            && (tok_is(c, i - 2, "was") || tok_is(c, i - 2, "is")) && (k = role_words(c, i)) != 0)
        || (!art && t->len == 3 && c->text[t->s] == 't' && (k = inverted_role(c, i, art)) != 0)
        || (!art && i > 0 && tok_is(c, i - 1, "that") && art_the
            && (k = role_words(c, i)) != 0 && cue_follows(c, k + 1) && resolve_role(c, k).len)) {
      /* the minister said: the titled name it stands for (also after
       * "that", when the role's own cue follows and a holder was named:
       * "was told that the governor had called it "…"") */
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)k;
      m.flags = M_ROLE | M_SUBJ;
      m.ante = resolve_role(c, k);
      /* "the 52-year-old mayor says": an age describes one named before */
      if (!m.ante.len && (age_words(c, i + 1) || generic_role(c, k))) m.ante = latest_person(c);
      /* "the former aide" of "Jonathan Pryce, a former aide," */
      if (!m.ante.len && !head_of(c, k)) m.ante = appos_role_holder(c, k);
      if (m.ante.len && art == ART_THE && k == i + 1 && nameless_role_again(c, k))
        m.ante.len = 0;   /* "A minister …, speaking on condition of anonymity, …" */
      if (head_of(c, k)) m.t1 = (uint32_t)(k += 2);   /* "the head of state" whole */
      else if (k + 1 < c->nt && !is_cue(c, k + 1) && (j = of_lower(c, k + 1)) != 0)
        m.t1 = (uint32_t)(k = j - 1);   /* "the mayor of this town" whole */
      m.span.start = t->s;
      m.span.len = c->toks[k].s + c->toks[k].len - t->s;
      /* "The home secretary has promised to "…"" opening the story: the
       * next paragraph may name her (named_later) */
      if (!m.ante.len && no_named_subject(c) && para_of(c, t->s) <= DL_LEAD_PARAS) m.flags |= M_LATER;
      {
        mention r = m;   /* the name it stands for; else a nameless subject */
        r.span = m.ante;
        r.flags = M_SUBJ | (m.ante.len ? 0 : M_LATER);
        push_recent(c, &r);
      }
      goto add;
    }
    if (t->len == 3 && (c->text[t->s] | 0x20) == 't' && (art == ART_THE || !art)
        && (k = desc_phrase_at(c, i, art, &lx)) != 0) {
      /* "the Spaniard said", "said the veteran striker": the person
       * named before that the description fits */
      mention r;
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)k;
      m.flags = M_ROLE | M_SUBJ;
      /* (an age in the description rules out one named with another:
       * "Ian Roe, 31, …" is not "the 24-year-old") */
      m.ante = desc_person(c, lx, age_words(c, i + 1)
                                    ? small_number_at(c->text, c->toks[i + 1].s,
                                                      c->toks[i + 1].s + c->toks[i + 1].len)
                                    : -1);
      m.span.start = t->s;
      m.span.len = c->toks[k].s + c->toks[k].len - t->s;
      r = m;
      r.span = m.ante;
      r.flags = M_SUBJ | lx;
      push_recent(c, &r);
      goto add;
    }
    if (!art && poss_pronoun(c, i, &pg)
        && clause_opens_at(c, i) && (k = role_phrase(c, i)) != 0 && (m.ante = resolve_role(c, k)).len) {
      /* "Her father said": the name given as "Her father, Stan Lee," */
      mention r;
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)k;
      m.flags = M_ROLE | M_SUBJ;
      m.span.start = t->s;
      m.span.len = c->toks[k].s + c->toks[k].len - t->s;
      r = m;
      r.span = m.ante;
      r.flags = M_SUBJ | (tlex(c, k) & L_MALE ? M_MALE : 0) | (tlex(c, k) & L_FEMALE ? M_FEMALE : 0);
      push_recent(c, &r);
      goto add;
    }
    if (!art && poss_pronoun(c, i, &pg) && clause_opens_at(c, i) && voice_then_cue(c, i + 1)) {
      /* "His office said": the person the pronoun stands for speaks
       * through it, as "Lee's office said" (person_office) */
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)(i + 1);
      m.flags = M_PRON | M_SUBJ | pg;
      m.span.start = t->s;
      m.span.len = t->len;
      m.ante = resolve_pronoun(c, m.flags);
      goto add;
    }
    /* (the latest subject past objects kept for a pronoun: "Jeffries'
     * office released a statement accusing Johnson …" then "the
     * statement said" is not Johnson's, nor no one's) */
    for (ls = 0; art == ART_THE && ls < c->nrec && !(c->rec[ls].flags & M_SUBJ); ls++) {}
    if (art == ART_THE && ls < c->nrec && c->rec[ls].span.len
        && (k = doc_phrase(c, i)) != 0 && (ls == 0 || same_sentence(c, c->rec[ls].span))
        && !doc_other_owner(c, k) && !joint_doc(c, k, &c->rec[ls])
        && !nameless_doc_author(c, k, &c->rec[ls])
        && !court_doc_unfit(c, k, &c->rec[ls])) {
      /* the letter said: its author, the latest subject (who stays so) */
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)k;
      m.flags = M_ROLE | M_SUBJ | (c->rec[ls].flags & M_ORG);
      m.ante = c->rec[ls].span;
      m.span.start = t->s;
      m.span.len = c->toks[k].s + c->toks[k].len - t->s;
      goto add;
    }
    if (art == ART_THE && (k = org_poss_voice(c, i, &j)) != 0 && (m.ante = resolve_org(c, j)).len) {
      /* the association's board warned: the organization speaks */
      org_role(c, &m, i, k, m.ante, 0);
      goto add;
    }
    if (art == ART_THE && (k = org_phrase(c, i, 0)) != 0
        && ((m.ante = lower_ministry(c, i, k, resolve_org(c, k))).len)) {
      /* the company said: the organization it stands for */
      org_role(c, &m, i, k, m.ante, 0);
      goto add;
    }
    if (!art && i >= 1 && art_the && is_word(&c->toks[i - 1])
        && (i == 1 || (c->toks[i - 1].flags & TF_WIN) || c->toks[i - 2].kind == T_PUNCT)
        && (tlex(c, i - 1) & (L_CUE | L_CUE_ING | L_ACCORD)) == L_CUE
        && (k = org_phrase(c, i, 1)) != 0
        && ((m.ante = lower_ministry(c, i, k, resolve_org(c, k))).len)) {
      /* "…," said the company. / said the foreign ministry: as before
       * its cue, the phrase ending the clause */
      org_role(c, &m, i, k, m.ante, 0);
      goto add;
    }
    if ((art == ART_A || (art == 0 && (t->flags & TF_CAP) && t->len >= 8 && t->len <= 11))
        && clause_opens_at(c, i) && (k = org_voice(c, i, art, &m.ante, 0)) != 0) {
      /* a spokesperson for the company said: no name of its own, so a
       * later he or she is not given to the one before it */
      dl_span none = {0, 0};
      uint32_t g = m.ante.len ? voice_gender(c, i, k) : 0;
      org_role(c, &m, i, k, g ? m.ante : none, g);
      goto add;
    }
    if (art == ART_THE && (k = proper_org_phrase(c, i + 1)) != 0) {
      /* the Chilean army said: the phrase is the organization's name,
       * remembered for a later "the army said" */
      org_phrase_speaks(c, &m, i, k);
      goto add;
    }
    if (!art && (t->flags & TF_CAP) && !(t->flags & TF_WIN) && clause_opens_at(c, i)
        && (k = poss_org_phrase(c, i)) != 0) {
      /* China's foreign ministry said: as "the Chilean army said" */
      org_phrase_speaks(c, &m, i, k);
      goto add;
    }
    if ((art == ART_A || art == ART_THE) && (k = issued_by(c, i, &m.ante, 0)) != 0) {
      /* a statement issued by the Navy said: the Navy speaks, and a
       * later "it said" or "the statement said" is its word */
      org_role(c, &m, i, k, m.ante, 0);
      goto add;
    }
    if (!art && t->len <= 2 && c->text[t->s] == 'a' && inverted_a(c, i)
        && ((k = org_voice(c, i, ART_A, &m.ante, 1)) != 0
            || (k = issued_by(c, i, &m.ante, 1)) != 0)) {
      /* "…," said a spokesman for the National Party: as when the
       * phrase comes before its cue */
      dl_span none = {0, 0};
      uint32_t g = m.ante.len ? voice_gender(c, i, k) : 0;
      org_role(c, &m, i, k, g ? m.ante : none, g);
      goto add;
    }
    memset(&m, 0, sizeof m);
    if (art) {
      size_t hd = 0;
      if (push_nameless(c, i, &hd, &m.ante) && m.ante.len) {
        /* a role named before speaks, as "the minister" does */
        m.t0 = (uint32_t)i;
        m.t1 = (uint32_t)hd;
        m.flags = M_ROLE | M_SUBJ;
        m.span.start = t->s;
        m.span.len = c->toks[hd].s + c->toks[hd].len - t->s;
        goto add;
      }
      memset(&m, 0, sizeof m);
    }
    else if (t->len <= 3 && (c->text[t->s] == 'a' || c->text[t->s] == 'o') && i > 0
             && is_word(&c->toks[i - 1]) && !(c->toks[i - 1].flags & TF_CAP))
      inverted_nameless(c, i);   /* (a byte test first: this runs on every word) */
    if (t->len == 2 && (c->text[t->s] | 0x20) == 'i' && c->text[t->s + 1] == 't'
        && is_cue(c, skip_adv(c, i + 1, c->nt))) {
      /* "It added that …", "…, it said": the body spoken for last, found
       * as for "they" (a person before it is no antecedent; with none,
       * the clause's own subject is looked for as before) */
      memset(&m, 0, sizeof m);
      m.ante = resolve_pronoun(c, M_PRON | M_SUBJ | M_ORG);
      if (m.ante.len) {
        m.t0 = m.t1 = (uint32_t)i;
        m.flags = M_PRON | M_SUBJ;
        m.span.start = t->s;
        m.span.len = t->len;
        goto add;
      }
    }
    if (!(t->flags & TF_CAP)) {   /* only he, she, they: no lookup for the rest */
      const char *w = c->text + t->s;
      if (!((t->len == 2 && w[0] == 'h' && w[1] == 'e')
            || (t->len == 3 && w[0] == 's' && w[1] == 'h' && w[2] == 'e')
            || (t->len == 4 && w[0] == 't' && w[1] == 'h' && w[2] == 'e' && w[3] == 'y'))) {
        if (t->len == 3 && w[0] == 'h' && i > 0 && i + 1 < c->nt
            && (tok_is(c, i, "him") || tok_is(c, i, "her")) && tok_is(c, i - 1, "quoted")
            && tok_is(c, i + 1, "as")) {
          /* "the paper quoted him as saying": the speaker, no subject */
          m.t0 = m.t1 = (uint32_t)i;
          m.flags = M_PRON | (w[1] == 'i' ? M_MALE : M_FEMALE);
          m.span.start = t->s;
          m.span.len = t->len;
          m.ante = resolve_pronoun(c, m.flags);
          goto add;
        }
        i++;
        continue;
      }
    }
    lx = tlex(c, i);
    memset(&m, 0, sizeof m);
    if (lx & L_PRON) {
      m.t0 = m.t1 = (uint32_t)i;
      m.flags = M_PRON | M_SUBJ | (lx & L_MALE ? M_MALE : 0)
              | (lx & L_FEMALE ? M_FEMALE : 0);
      j = i + 1;
    } else {
      int local_no = 0;   /* the name ends with a union local's number */
      if (participle_opener(c, i)) { i++; continue; }
      j = i + 1;
      while (j < c->nt && !(c->toks[j - 1].flags & TF_POSS) && joins(c, j)) j++;
      if (j < c->nt && j > i && (j == i + 1 || (j == i + 2 && (tlex(c, i) & L_STOPCAP))))
        j = and_org(c, j - 1, j);   /* "Ethics and Anti-Corruption Commission" */
      else if (j < c->nt && (j == i + 2 || (j == i + 3 && (tlex(c, i) & L_STOPCAP)))
               && !(c->toks[j - 2].flags & TF_POSS))
        j = and_org(c, j - 2, j);   /* "(the) Hong Kong and Macau Affairs Office" */
      else if (j + 1 < c->nt && tok_is(c, j, "and") && org_of_head(c, i, j) >= 0)
        j = and_of_org(c, j);       /* "Ministry of Science and Technology" */
      /* leading words that never start a name */
      k = i;
      while (k < j && (tlex(c, k) & L_STOPCAP)) {
        /* "Police Chief Ann Lee": a group's noun before a title is part
         * of the title; before another name word it opens a body's name
         * ("Doctors Without Borders", "Teachers Union president Ann
         * Lee"); alone, "Police said" names nobody */
        if ((tlex(c, k) & L_GROUP) && k + 1 < j
            && ((tlex(c, k + 1) & L_TITLE) || !(tlex(c, k + 1) & L_STOPCAP)))
          break;
        k++;
      }
      while (j > k && !(c->toks[j - 1].flags & TF_CAP)) j--;   /* trailing connectors */
      if (k == j) { i = j > i ? j : i + 1; continue; }
      /* "Teamsters Local 79 said", "UAW Local 600": a union local's
       * number ends its name, a body's */
      if (j - k >= 2 && j < c->nt && c->toks[j].kind == T_NUM
          && !(c->toks[j].flags & (TF_PARA | TF_WIN)) && tok_is(c, j - 1, "local")) {
        j++;
        local_no = 1;
      }
      /* "says Ugandan opposition leader": a nationality before a role in
       * lower case describes someone, it names no one */
      if (j == k + 1 && k > 0 && is_cue(c, k - 1) && (tlex(c, k) & L_NAT)
          && j + 1 < c->nt && is_word(&c->toks[j])
          && !(c->toks[j].flags & TF_CAP)
          && !(tlex(c, j) & (L_CUE | L_VERB | L_PREP | L_CONJ | L_DET | L_PRON | L_ADV | L_LY))) {
        i = j;
        continue;
      }
      m.t0 = (uint32_t)k;
      m.t1 = (uint32_t)(j - 1);
      for (; k < j && k < m.t0 + 2; k++) {   /* titles come first */
        uint32_t wx = tlex(c, k);
        if (wx & L_TITLE && j - m.t0 > 1) m.flags |= M_TITLED;
        if (wx & L_TITLE && wx & L_MALE) m.flags |= M_MALE;
        if (wx & L_TITLE && wx & L_FEMALE) m.flags |= M_FEMALE;
      }
      if (c->toks[j - 1].flags & TF_POSS) m.flags |= M_POSS;
      if (local_no)
        m.flags |= M_ORG;
      else if (j - m.t0 >= 2 && c->toks[j - 1].len <= 13
          && is_org_last(c->text + c->toks[j - 1].s, c->toks[j - 1].len))
        m.flags |= M_ORG;                /* "Acme Corp" */
      else if (org_of_head(c, m.t0, j) >= 0)
        m.flags |= M_ORG;                /* "Department of Mineral Resources" */
      else if (all_caps(c->text + c->toks[j - 1].s, c->toks[j - 1].base)
               /* (not a monarch's or heir's numeral: "King Abdullah II") */
               && !(j - m.t0 >= 2 && regnal_numeral(c, j - 1)))
        m.flags |= M_ORG;                /* "AFP", "NATO": not he or she */
      else if (j - m.t0 == 1 && m.t0 > 0 && tok_is(c, m.t0 - 1, "the")
               && (j >= c->nt || !tok_is(c, j, "of"))
               && org_noun_kind(c->text + c->toks[m.t0].s, c->toks[m.t0].base))
        m.flags |= M_ORG;                /* "The Commission says": a body, not he */
    }
    if (m.flags & M_POSS) role_k = poss_role(c, m.t0, m.t1 + 1);
    if (!(m.flags & M_PRON) && m.t0 > 0 && indefinite(c, m.t0 - 1)) {
      /* "one House Republican told": a description, not a name */
      m.flags = M_DESC;
      m.span.start = c->toks[m.t0].s;
      m.span.len = c->toks[m.t1].s + c->toks[m.t1].len - m.span.start;
      goto add;
    }
    if (!(m.flags & (M_PRON | M_POSS)) && m.t0 == m.t1 && m.t0 > 0
        && ((tlex(c, m.t0) & L_NAT) || person_noun(c, m.t0, &pg))
        /* (a word, not an abbreviation: "the No. 1 U.S. automaker") */
        && c->toks[m.t0].len > 2 && DL_IS_LOWER(c->text[c->toks[m.t0].s + 1])
        && is_word(&c->toks[m.t0 - 1])
        && (DL_IS_LOWER(c->text[c->toks[m.t0 - 1].s]) || (c->toks[m.t0 - 1].flags & TF_POSS))) {
      /* "the committee's top Democrat", "the veteran Briton": a party's
       * or a nation's noun after a lower-case word or a possessive is
       * a description, no name (a later "she" is not its) */
      m.flags = M_DESC;
      m.span.start = c->toks[m.t0].s;
      m.span.len = c->toks[m.t1].s + c->toks[m.t1].len - m.span.start;
      goto add;
    }
    if (!(m.flags & (M_PRON | M_POSS)) && in_headline(c, t->s)) {
      /* a headline's "Minister vows …", "Premier says": a role, no name
       * (the body names the person; in the body such a word is a name:
       * "King said"); a lead opening with a holder of that title names
       * it (named_later) */
      uint32_t hf = 0;
      if (headline_title(c, &m))
        hf = M_DESC | M_LATER;
      else if (in_list(headline_findings, sizeof headline_findings / sizeof headline_findings[0],
                       c->text + c->toks[m.t1].s, c->toks[m.t1].len))
        hf = M_DESC;   /* "Report Says …", "New Study Finds …": a document, no speaker */
      if (hf) {
        m.flags = hf;
        m.span.start = c->toks[m.t0].s;
        m.span.len = c->toks[m.t1].s + c->toks[m.t1].len - m.span.start;
        goto add;
      }
    }
    m.span.start = c->toks[m.t0].s;
    m.span.len = c->toks[m.t1].s + c->toks[m.t1].len - m.span.start;
    if (m.flags & M_POSS)   /* drop 's or ’s and what follows it (Xi's-led) */
      m.span.len = c->toks[m.t1].s + c->toks[m.t1].base - m.span.start;
    if ((m.flags & (M_POSS | M_PRON | M_ORG)) == M_POSS && person_office(c, &m)) {
      /* "Gov. Ray Castellano's office said", "Voss's campaign called
       * it": the person speaks through them; the mention runs to the
       * noun, so the cue after it is read as the name's */
      m.t1++;
      m.flags &= ~(uint32_t)M_POSS;
    }
    if (!(m.flags & M_PRON)) {   /* remembered for "the company said" */
      long h = org_intro(c, &m);
      dl_span hd = {0, 0};
      if (h < 0 && (m.flags & M_ORG)) {
        h = org_of_head(c, m.t0, m.t1 + 1);
        if (h < 0 && m.t1 > m.t0 && c->toks[m.t1].len <= 13
            && is_org_last(c->text + c->toks[m.t1].s, c->toks[m.t1].len))
          h = (long)m.t1;   /* "Acme Corp" (not "AFP": nothing says what it is) */
      } else if (h >= 0) {
        m.flags |= M_ORG;
      }
      if (h >= 0) {
        hd.start = c->toks[h].s;
        hd.len = c->toks[h].len;
      }
      if (m.flags & M_ORG) push_org(c, m.span, hd);
    }
    /* "That was Kendra Voss, a farmer": the one the story turns to, a
     * subject for a later she */
    if (!(m.flags & (M_PRON | M_POSS | M_ORG)) && m.t0 >= 2 && clause_opens_at(c, m.t0 - 2)
        && tok_in_words(c, m.t0 - 2, "that|this") && tok_in_words(c, m.t0 - 1, "was|is")
        && name_ends_phrase(c, &m) && introduced_person(c, &m))
      m.flags |= M_SUBJ;
    if (!(m.flags & (M_PRON | M_POSS)) && subject_before(c, m.t0)) {
      size_t nx = m.t1 + 1, ap;
      /* "said Ukraine needed": the subject of the reported clause, not
       * one for he or she */
      int reported = m.t0 > 0 && is_word(&c->toks[m.t0 - 1])
                  && ((tlex(c, m.t0 - 1) & (L_CUE | L_CONJ)) == L_CUE || that_after_cue(c, m.t0 - 1));
      nx += when_phrase(c, nx);   /* "Lee on Monday said" */
      nx = skip_paren(c, nx, c->nt);   /* "Sen. Ann Lee (D-Ariz.) told" */
      if (verb_like(c, nx)
          || (clause_opens_at(c, m.t0) && tensed_word(c, nx)
              /* a name, not "Average wages": two words, a known given
               * name or a person's surname seen before */
              && (m.t1 > m.t0 || names_person(c, m.t0, m.t1)))) {
        if (!reported) m.flags |= M_SUBJ;   /* (also "Wielgosz shrugs it off") */
      }
      else if (clause_opens_at(c, m.t0) && nx + 2 < c->nt && tok_is(c, nx, "and")
               && c->toks[nx + 1].len == 1 && c->text[c->toks[nx + 1].s] == 'I'
               && is_word(&c->toks[nx + 2]) && !(c->toks[nx + 2].flags & TF_CAP)
               && !(tlex(c, nx + 2) & (L_PREP | L_DET | L_CONJ)))
        m.flags |= M_SUBJ;   /* "Tom Hale and I talk": the subject's one third person */
      else if (clause_opens_at(c, m.t0) && !(m.flags & (M_PRON | M_POSS)) && nx + 2 < c->nt
               && tok_is(c, nx, "and") && coordinated_name_verb(c, nx + 1))
        m.flags |= M_SUBJ;   /* "Mr Swinney and Jackie Baillie clashed": both speak for he and she */
      else if ((ap = skip_of_name(c, nx)) != 0
               && (verb_like(c, ap)
                   /* "Chip Roy of Texas, one of the critics, was" */
                   || ((ap = skip_appositives(c, ap)) != 0
                       && (verb_like(c, ap) || tensed_word(c, ap)))))
        m.flags |= M_SUBJ;   /* "Ann Lee of the Kent Institute said" */
      else if ((ap = skip_appositives(c, nx)) != 0 && (verb_like(c, ap) || tensed_word(c, ap))
               && !apposed_to_name(c, &m)) {
        m.flags |= M_SUBJ;
        if (!(m.flags & (M_MALE | M_FEMALE)))   /* ", a spokeswoman for …," */
          for (k = nx + 1; k + 1 < ap; k++)
            if ((tlex(c, k) & L_TITLE) && (tlex(c, k) & (L_MALE | L_FEMALE))) {
              m.flags |= tlex(c, k) & L_MALE ? M_MALE : M_FEMALE;
              break;
            }
      }
      else if (m.t0 > 0 && is_word(&c->toks[m.t0 - 1])
               && (tlex(c, m.t0 - 1) & (L_CUE | L_ACCORD))
               && !(tlex(c, m.t0 - 1) & L_OBJ)
               /* ("pressed Mr Read on the cost": whom the asker pressed;
                * not L_OBJ, which would end "Soler pressed her." as a
                * lead-in) */
               && !tok_is(c, m.t0 - 1, "pressed")
               && !(c->toks[m.t0].flags & TF_PARA)
               && !(nx < c->nt && is_word(&c->toks[nx]) && !(c->toks[nx].flags & TF_CAP)
                    /* "declared X before her supporters", "said X in Lima" */
                    && !(tlex(c, nx) & L_PREP) && !tok_is(c, nx, "before")
                    && !tok_is(c, nx, "after") && !tok_is(c, nx, "while")))
        m.flags |= M_SUBJ;   /* said X (not "told X", not "said X needed") */
      else if (m.t0 > 1 && tok_is(c, m.t0 - 1, "to") && (tlex(c, m.t0 - 2) & L_ACCORD))
        m.flags |= M_SUBJ;   /* according to X */
    } else if (!(m.flags & (M_PRON | M_POSS)) && m.t0 > 0 && is_word(&c->toks[m.t0 - 1])
               && !(c->toks[m.t0 - 1].flags & (TF_CAP | TF_POSS))
               && !(tlex(c, m.t0 - 1) & (L_PREP | L_DET)) && is_cue(c, m.t1 + 1)) {
      m.flags |= M_SUBJ;   /* union leader Jorge Soto said: a role before the name */
    } else if (!(m.flags & (M_PRON | M_POSS)) && role_apposed_subject(c, &m)) {
      m.flags |= M_SUBJ;   /* The MP for Ludlow, Sir Anthony Harcourt, said */
    } else if (!(m.flags & (M_PRON | M_POSS)) && role_subject(c, &m)) {
      m.flags |= M_SUBJ;   /* Opposition leader Ann Lee rejected it */
    } else if (!(m.flags & (M_PRON | M_POSS)) && cue_role_subject(c, &m)) {
      m.flags |= M_SUBJ;   /* "…," said lead author Ann Lee. */
    } else if (!(m.flags & (M_PRON | M_POSS)) && inverted_subject(c, &m)) {
      m.flags |= M_SUBJ;   /* Among them was Ann Lee, a teacher. */
    } else if (!(m.flags & (M_PRON | M_POSS)) && who_cue(c, &m) && (ow = of_owner(c, &m)) < 0) {
      m.flags |= M_SUBJ;   /* tabled by Ann Lee, who said it was "…" */
    }
    if (!(m.flags & (M_PRON | M_POSS | M_SUBJ | M_ORG)) && m.t0 > 0 && tok_is(c, m.t0 - 1, "with")
        && ing_word(c, m.t1 + 1) && !is_cue(c, m.t1 + 1))
      m.flags |= M_SUBJ;   /* "The event closed with Delgado leading the crowd": she acts */
    if (!(m.flags & (M_PRON | M_POSS | M_SUBJ | M_ORG))) {
      uint32_t g = named_as(c, m.t0);   /* "who gave her name only as Achieng" */
      if (g) m.flags |= M_SUBJ | (g & (M_MALE | M_FEMALE));
    }
    /* "heard from an aide, Carla Montes, who testified": after a comma
     * too (subject_before), when no verb of its own follows */
    if (!(m.flags & (M_PRON | M_POSS | M_SUBJ)) && who_cue(c, &m) && (ow = of_owner(c, &m)) < 0)
      m.flags |= M_SUBJ;
    if (ow >= 0 && !(c->men[ow].flags & M_SUBJ)) {
      /* "Jörg Albrecht of the Christian Democrats, who has insisted":
       * the person is the subject of the relative clause */
      c->men[ow].flags |= M_SUBJ;
      push_recent(c, &c->men[ow]);
    }
    /* "Democrats have few ways": a plural verb after a one-word subject
     * makes it a body, for "they" and not "he" ("Ann Lee and Tom Ito
     * have" are two people) */
    if ((m.flags & M_SUBJ) && !(m.flags & (M_PRON | M_ORG | M_TITLED))
        /* (or a name whose last word reads as a plural: "Harton Rovers
         * have handed"; "Ann Lee have" is no one) */
        && (m.t0 == m.t1 || c->text[c->toks[m.t1].s + c->toks[m.t1].len - 1] == 's')
        && !(m.t0 > 0 && (tok_is(c, m.t0 - 1, "and") || is_punct(&c->toks[m.t0 - 1], '&')))
        && plural_verb(c, m.t1 + 1))
      m.flags |= M_ORG;
    if ((m.flags & M_SUBJ) && group_word(c, &m)) m.flags |= M_ORG;
    if (!(m.flags & (M_PRON | M_ORG | M_MALE | M_FEMALE | M_TITLED)) && seat_name(c, &m))
      m.flags |= M_ORG;   /* "the Kremlin said … It added" */
    if (!(m.flags & (M_PRON | M_MALE | M_FEMALE | M_ORG)) && m.t0 >= 2 && m.t1 + 1 < c->nt
        && is_punct(&c->toks[m.t0 - 1], ',') && is_punct(&c->toks[m.t1 + 1], ','))
      m.flags |= role_gender(c, m.t0 - 2);   /* "Her nephew, Tom Reid, who runs" */
    if (!(m.flags & (M_PRON | M_POSS | M_SUBJ)) && appositive_name(c, &m)) {
      m.flags |= M_SUBJ;   /* the chief, Ann Lee, said */
      if (!(m.flags & (M_MALE | M_FEMALE)) && m.t0 >= 2 && is_punct(&c->toks[m.t0 - 1], ','))
        m.flags |= role_gender(c, m.t0 - 2);   /* her husband, Tom, */
    }
    if (!(m.flags & (M_PRON | M_ORG | M_DESC | M_ROLE))) {
      size_t nx = m.t1 + 1;
      if (m.t1 == m.t0) nx += when_phrase(c, nx);
      if (m.t1 > m.t0 || is_cue(c, skip_adv(c, nx, c->nt)))
        seen_name(c, m.span);   /* "Tom Becker", "Becker said" */
      else if ((m.flags & M_SUBJ) && !(m.flags & (M_TITLED | M_MALE | M_FEMALE))
               && ((c->toks[m.t0].flags & TF_PARA) || (m.t0 > 0 && (c->toks[m.t0 - 1].flags & TF_SENT))
                   || (m.t0 == 0 && after_quote_stop(c)))
               /* its verb right after it (not "Weller, asked about it,
                * smiled": a person's surname, set off by an aside) */
               && nx == m.t1 + 1 && nx < c->nt && is_word(&c->toks[nx])
               && !known_person_word(c, &m))
        m.flags |= M_NOUN;      /* "Construction will begin in June." */
    }
    if (m.flags & M_PRON) {
      m.ante = resolve_pronoun(c, m.flags);
      if ((m.flags & (M_MALE | M_FEMALE)) && near_subject(c, m.t0, m.ante)) m.ante = c->rec[0].span;
      if ((m.flags & (M_MALE | M_FEMALE)) && c->ptopic.len
          && para_of(c, c->ptopic.start) + 1 >= para_of(c, t->s)) {
        /* "Vogel's government had been under pressure … She said": the
         * possessive's person, newer than any subject, when the gender
         * agrees (or nothing else is there) */
        if (c->ptopic_g & m.flags & (M_MALE | M_FEMALE)) m.ante = c->ptopic;
        else if (!(c->ptopic_g & (M_MALE | M_FEMALE)) && !m.ante.len) m.ante = c->ptopic;
      }
      other_pronoun(c, &m);
      clause_object_pronoun(c, &m, i);
      if ((m.flags & (M_MALE | M_FEMALE)) && i >= 3 && tok_in_words(c, i - 1, "whether|if")
          && !(i + 1 < c->nt && tok_in_words(c, i + 1, "could|can|may|might|should"))) {
        /* "Okafor asked Gomez whether she had …": the one asked is the
         * question's subject (the answer's "she" is hers), when no title
         * or given name tells the other gender; not a request ("asked
         * Gomez whether she could leave": the asker's) */
        int am = ends_mention(c, i - 2);
        if (am >= 0 && !(c->men[am].flags & (M_PRON | M_ORG | M_DESC | M_POSS | M_ROLE))
            && c->men[am].t0 > 0
            && tok_in_words(c, c->men[am].t0 - 1, "asked|asks|pressed|questioned")) {
          uint32_t ag = (c->men[am].flags | given_gender(c->text, c->men[am].span))
                        & (M_MALE | M_FEMALE);
          if (!(ag & ~m.flags)) {
            mention q = c->men[am];
            m.ante = q.span;
            q.flags = M_SUBJ | (m.flags & (M_MALE | M_FEMALE));
            push_recent(c, &q);
          }
        }
      }
      cue_pronoun_gender(c, i, m.ante, m.flags & (M_MALE | M_FEMALE));
      if ((m.flags & (M_MALE | M_FEMALE)) && i > 0 && tok_is(c, i - 1, "what")) {
        dl_span s0 = sentence_subject(c, i, m.flags);
        if (s0.len) m.ante = s0;
      }
      if (!m.ante.len)
        for (k = 0; k < c->nrec; k++)   /* the latest subject: a role named later? */
          if (c->rec[k].flags & M_SUBJ) {
            if ((c->rec[k].flags & M_LATER) && !c->rec[k].span.len) m.flags |= M_LATER;
            break;
          }
      /* ""We're going to win," she told supporters." opening the story,
       * no one named before: the next paragraph may name her */
      if (!m.ante.len && !c->nrec && (m.flags & (M_MALE | M_FEMALE))
          && para_of(c, t->s) <= DL_LEAD_PARAS)
        m.flags |= M_LATER;
    } else if (m.flags & (M_SUBJ | M_MALE | M_FEMALE)) {
      /* (not a headline's bare title, "Prime Minister stands by …": the
       * lead's "The Prime Minister has …" is still to be named) */
      if (!(in_headline(c, m.span.start) && title_words_only(c, &m))) push_recent(c, &m);
    } else if ((m.flags & (M_POSS | M_ORG | M_DESC)) == M_POSS
               && ((c->toks[m.t0].flags & TF_PARA) || (m.t0 > 0 && (c->toks[m.t0 - 1].flags & TF_SENT)))
               && !seat_name(c, &m) && !group_word(c, &m)) {
      /* "Vogel's government had …" opening a sentence: a person's (a
       * gender, a title or a name seen before; not "Britain's economy") */
      uint32_t g = name_gender(c, m.flags, m.span) & (M_MALE | M_FEMALE);
      if (g || (m.flags & M_TITLED) || known_person_word(c, &m)) {
        c->ptopic = m.span;
        c->ptopic_g = g;
      }
    } else if (!(m.flags & M_POSS)) {
      /* remembered; an object whose given name tells a gender is kept
       * for a "he" or "she" no subject fits ("Oksana Lind met Tunde Bako.
       * He said") */
      if (name_gender(c, m.flags, m.span) & (M_MALE | M_FEMALE)) push_recent(c, &m);
    }
    /* (a titled name before 's too: "Chancellor Markus Feldmann's
     * conservatives ... the chancellor said") */
    if (!(m.flags & (M_PRON | M_ORG)) && (!(m.flags & M_POSS) || (m.flags & M_TITLED))
        && !title_words_only(c, &m))
      push_titled(c, &m);
  add:
    if (dl_grow((void **)&c->men, &c->capm, c->nm + 1, sizeof *c->men)) return -1;
    c->men[c->nm] = m;
    for (k = m.t0; k <= m.t1; k++) c->toks[k].men = (int32_t)c->nm;
    c->nm++;
    i = m.t1 + 1;
    if (role_k) {
      /* "Iran's foreign minister rejected": the subject is the role, the
       * titled name it stands for, else one not named yet (not Iran) */
      mention r;
      size_t owner = c->men[c->nm - 1].t1;
      memset(&m, 0, sizeof m);
      m.t0 = (uint32_t)i;
      m.t1 = (uint32_t)role_k;
      m.ante = resolve_role(c, role_k);
      if (m.ante.len && other_owner(c, m.ante, owner)) m.ante.len = 0;
      m.flags = M_ROLE | M_SUBJ | (m.ante.len ? 0 : M_LATER);
      m.span.start = c->toks[i].s;
      m.span.len = c->toks[role_k].s + c->toks[role_k].len - m.span.start;
      r = m;
      r.span = m.ante;
      r.flags = M_SUBJ | (m.flags & M_LATER);
      push_recent(c, &r);
      role_k = 0;
      goto add;
    }
  }
  return 0;
}

/* --- attribution ------------------------------------------------------ */

/* What an attribution found. */
/* '…," then added: "…"': is "then" just before cue i (at j, or at j - 1
 * when the adverb scan stopped after it) right after a comma or opening
 * the gap after a quote (c0)? */
static int then_after_comma(qctx *c, size_t c0, size_t j, size_t i)
{
  size_t t;
  if (j < i && tok_is(c, j, "then")) t = j;
  else if (j > c0 && tok_is(c, j - 1, "then")) t = j - 1;
  else return 0;
  if (t + 1 != i) return 0;
  return t == c0 ? c0 == 0 && !(c->toks[0].flags & (TF_PARA | TF_WIN))
                 : is_punct(&c->toks[t - 1], ',');
}

typedef struct attrib {
  int found;           /* a cue was found (the speaker may still be unknown) */
  int32_t men;         /* speaker mention, or -1 */
  uint32_t cue;        /* cue token */
  int same;            /* no name: "…" and said "…" continues the previous
                          quote's clause, hence its speaker */
} attrib;

static int starts_mention(qctx *c, size_t i);

/* A name given by "gave her name only as" among tokens [lo, hi) (up to a
 * sentence's end): "said a trader who gave her name only as Achieng"
 * names the speaker the cue left nameless.  The mention, or -1. */
static int named_as_in(qctx *c, size_t lo, size_t hi)
{
  size_t j;
  for (j = lo; j < hi; j++) {
    int m = starts_mention(c, j);
    if (j > lo && (c->toks[j].flags & (TF_PARA | TF_WIN))) break;
    if (m >= 0 && !(c->men[m].flags & (M_PRON | M_ORG)) && named_as(c, j)) return m;
    if (c->toks[j].flags & TF_SENT) break;
  }
  return -1;
}

static int starts_mention(qctx *c, size_t i)
{
  int32_t m = i < c->nt ? c->toks[i].men : -1;
  return m >= 0 && c->men[m].t0 == i && !(c->men[m].flags & M_POSS) ? (int)m : -1;
}

static int ends_mention(qctx *c, size_t i)
{
  int32_t m = i < c->nt ? c->toks[i].men : -1;
  return m >= 0 && c->men[m].t1 == i && !(c->men[m].flags & M_POSS) ? (int)m : -1;
}

/* Is the cue word i a passive's participle: "Ann Lee was told", "they
 * were asked", "she was warned"?  Its subject is the one spoken to (the
 * speaker, if any, comes after "by").  Not a progressive ("Ann Lee was
 * telling reporters", "was saying"), nor "was reported as saying": that
 * subject speaks. */
static int passive_cue(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  if (i == 0 || !(tlex(c, i) & L_CUE) || (tlex(c, i) & L_CUE_ING)
      || (t->len > 3 && memcmp(c->text + t->s + t->len - 3, "ing", 3) == 0)
      || (t->len > 1 && c->text[t->s + t->len - 1] == 's')
      /* "was reported as saying", "was quoted as saying": the subject's
       * own words after all */
      || (i + 1 < c->nt && tok_is(c, i + 1, "as")))
    return 0;
  return tok_is(c, i - 1, "was") || tok_is(c, i - 1, "were") || tok_is(c, i - 1, "been")
      || tok_is(c, i - 1, "being");
}

static int infinitive_cue(qctx *c, size_t i);

/* "heard" / "overheard" in "was heard to say": the subject is the one
 * who spoke, though the verb is a passive's. */
static int heard_word(qctx *c, size_t i)
{
  return tok_is(c, i, "heard") || tok_is(c, i, "overheard");
}

static int is_cue(qctx *c, size_t i)
{
  if (i >= c->nt || !is_word(&c->toks[i]) || (c->toks[i].flags & TF_CAP)) return 0;
  if ((tlex(c, i) & L_CUE) && !(tlex(c, i) & L_ACCORD)) {
    /* "Ann Lee was told", "they were asked": a passive, its subject the
     * one spoken to (the speaker, if any, comes after "by") */
    return !passive_cue(c, i);
  }
  /* "…," the statement read / the memo reads: a document's words (not
   * "judges would read the law", "the banner read") */
  if (i > 0 && (tok_is(c, i, "read") || tok_is(c, i, "reads")) && is_word(&c->toks[i - 1])
      && !(c->toks[i - 1].flags & (TF_CAP | TF_POSS))
      && in_list(doc_nouns, sizeof doc_nouns / sizeof doc_nouns[0], c->text + c->toks[i - 1].s,
                 c->toks[i - 1].len))
    return 1;
  /* "…," the secretary shot back */
  return i + 1 < c->nt && tok_is(c, i + 1, "back")
      && in_list(retort_verbs, sizeof retort_verbs / sizeof retort_verbs[0],
                 c->text + c->toks[i].s, c->toks[i].len);
}

static size_t skip_adv(qctx *c, size_t j, size_t lim)
{
  int n = 0;
  while (j < lim && n < 3 && is_word(&c->toks[j]) && !(c->toks[j].flags & TF_CAP)
         && ((tlex(c, j) & L_ADV) || (tlex(c, j) & L_LY))) { j++; n++; }
  return j;
}

/* A writing whose words a body gives out: "readout", "statement",
 * "transcript" (not "tally", "estimate": figures, no words). */
static int readout_noun(qctx *c, size_t k)
{
  return k < c->nt && is_word(&c->toks[k]) && !(c->toks[k].flags & TF_CAP)
         && tok_in_words(c, k, "account|communique|communiqué|readout|release|statement|"
                               "summary|transcript");
}

/* "according to X" at token i: the mention, or -1 (sets *ok when matched). */
static int according(qctx *c, size_t i, size_t lim, int *ok)
{
  *ok = 0;
  if (i + 1 < lim && (tlex(c, i) & L_ACCORD) && tok_is(c, i + 1, "to")) {
    int m;
    size_t k = i + 3;
    *ok = 1;
    /* "according to a White House readout", "according to a statement
     * from the Kremlin": the body whose writing it is */
    if (i + 4 < lim && article(c, i + 2)) {
      size_t d = i + 3;
      int mb = starts_mention(c, d);
      /* (read as "a Kremlin", M_DESC, after the article: the noun after
       * it says it is a body's writing) */
      if (mb >= 0 && !(c->men[mb].flags & M_PRON) && c->men[mb].t1 + 1 < lim
          && readout_noun(c, c->men[mb].t1 + 1)) {
        c->men[mb].flags &= ~(uint32_t)M_DESC;
        return mb;
      }
      if (readout_noun(c, d) && d + 2 < lim && tok_is(c, d + 1, "from")) {
        size_t f = d + 2 + (d + 3 < lim && tok_is(c, d + 2, "the"));
        if ((mb = starts_mention(c, f)) >= 0 && !(c->men[mb].flags & (M_PRON | M_DESC))) return mb;
      }
    }
    if ((m = starts_mention(c, i + 2)) >= 0 || !tok_is(c, i + 2, "the")) return m;
    /* "according to the (official) Korean Central News Agency": the
     * name after the article and one plain word, when the name ends the
     * phrase (not "the Pentagon documents") */
    if (k < lim && starts_mention(c, k) < 0 && is_word(&c->toks[k]) && !(c->toks[k].flags & TF_CAP)
        && !(tlex(c, k) & (L_CUE | L_VERB | L_PREP | L_CONJ | L_DET | L_PRON)))
      k++;
    if (k < lim && (m = starts_mention(c, k)) >= 0) {
      size_t e = c->men[m].t1 + 1;
      if (e >= c->nt || c->toks[e].kind == T_PUNCT || (c->toks[c->men[m].t1].flags & TF_SENT)
          || (c->toks[e].flags & (TF_PARA | TF_WIN)))
        return m;
    }
  }
  return -1;
}

/* A role in lower case and then a name: "union leader Jorge Soto",
 * "former President Ana Ruiz", "the company's chief executive, Tom Hale".
 * From token i: at most DL_MAX_ROLE_WORDS lower-case words (no cue verb,
 * pronoun or preposition: "an aide to X said" is the aide speaking), an
 * optional comma, then a name mention; returns the mention, or -1. */
static int role_then_name(qctx *c, size_t i, size_t lim)
{
  size_t j = i;
  while (j < lim && j < i + DL_MAX_ROLE_WORDS && is_word(&c->toks[j])
         && !(c->toks[j].flags & TF_CAP) && c->toks[j].men < 0
         && (!(tlex(c, j) & (L_CUE | L_CUE_ING | L_ACCORD | L_PRON | L_CONJ | L_PREP))
             /* "chief of staff Ben Cole": "of" inside the role, a plain
              * word after it (not "a friend of Ben Cole") */
             || (j > i && tok_is(c, j, "of") && j + 2 < lim && is_word(&c->toks[j + 1])
                 && !(c->toks[j + 1].flags & TF_CAP) && c->toks[j + 1].men < 0
                 && !(tlex(c, j + 1) & (L_DET | L_PRON | L_PREP | L_CUE | L_CONJ)))))
    j++;
  if (j == i || j >= lim) return -1;
  if (is_punct(&c->toks[j], ',') && !(c->toks[j - 1].flags & TF_POSS)) j++;
  return starts_mention(c, j);
}

/* Does mention m end its noun phrase as a person's name: not a title
 * ("former Nevada Sen."), and followed by punctuation, the end, or a
 * function or cue word rather than a noun ("one former USDA official")? */
static int name_ends_np(qctx *c, int m, size_t lim)
{
  size_t j = c->men[m].t1 + 1;
  const tok *t;
  if (tlex(c, c->men[m].t1) & L_TITLE) return 0;
  if (j >= lim) return 1;
  t = &c->toks[j];
  if (!is_word(t) || (t->flags & TF_CAP)) return 1;
  return (tlex(c, j) & (L_CUE | L_PREP | L_CONJ | L_ADV | L_VERB | L_LY | L_DET)) != 0;
}

/* After a cue, from token j: at most DL_MAX_ROLE_COMMA words with a
 * title word among them, a comma, then a name ending the clause ("the
 * former minister, A. K. Balan.", "the Labor senator for Victoria, Jo
 * Lee."): the name's mention, or -1. */
#define DL_MAX_ROLE_COMMA 8
static int role_comma_name(qctx *c, size_t j, size_t lim)
{
  size_t k;
  int m;
  int title = 0;   /* a title word seen ("the Labor senator for Victoria,") */
  /* "said one of them, retired teacher Ann Lee": one of a group named
   * before, whom the name after the comma says */
  if (j + 3 < lim && tok_is(c, j, "one") && tok_is(c, j + 1, "of")
      && (tok_in_words(c, j + 2, "them|those|us|these")
          /* "said one of the organizers, Ann Lee" */
          || (tok_is(c, j + 2, "the") && j + 4 < lim && is_word(&c->toks[j + 3])
              && !(c->toks[j + 3].flags & TF_CAP) && is_punct(&c->toks[j + 4], ','))))
    title = 1;
  /* "said one protester, retired teacher Ann Lee": "one" or "another"
   * and a lower-case noun, then the name says which one */
  else if (j + 3 < lim && (tok_is(c, j, "one") || tok_is(c, j, "another"))
           && is_word(&c->toks[j + 1]) && !(c->toks[j + 1].flags & TF_CAP)
           && tlex(c, j + 1) == 0 && is_punct(&c->toks[j + 2], ','))
    title = 1;
  for (k = j; k < lim && k < j + DL_MAX_ROLE_COMMA; k++) {
    if (c->toks[k].kind != T_PUNCT) {
      if (is_word(&c->toks[k]) && (tlex(c, k) & L_TITLE) && !(tlex(c, k) & L_ABBR)) title = 1;
      continue;
    }
    if (k == j || c->toks[k].cp != ',' || !title) return -1;
    m = starts_mention(c, k + 1);
    /* "said the moderator, veteran anchor Ann Lee": lower-case role words
     * before the name (no comma of their own) */
    if (m < 0 && (m = role_then_name(c, k + 1, lim)) >= 0
        && c->toks[c->men[m].t0 - 1].kind == T_PUNCT)
      m = -1;
    /* "A. K. Balan": an initial "A" is read as the article */
    if (m < 0 && k + 2 < lim && (c->toks[k + 1].flags & TF_CAP)
        && (c->toks[k + 1].len == 1
            || (c->toks[k + 1].len == 2 && c->text[c->toks[k + 1].s + 1] == '.')))
      m = starts_mention(c, k + 2 + (k + 3 < lim && is_punct(&c->toks[k + 2], '.')));
    if (m < 0 || (c->men[m].flags & (M_PRON | M_ORG | M_DESC | M_ROLE))) return -1;
    return c->men[m].t1 + 1 >= lim || is_punct(&c->toks[c->men[m].t1 + 1], ',')
           || (c->toks[c->men[m].t1].flags & TF_SENT) ? m : -1;
  }
  return -1;
}

/* Words looked over for "quoted X as saying" after a quote ("the
 * state news agency quoted him as saying"). */
#define DL_MAX_QUOTED_REACH 6

/* Do tokens k, k+1 read as people in general and a verb of speech in
 * the plural present ("Speakers say", "politicians claim"): a bare
 * plural of one word (no article, no full name), then a cue word in its
 * base form (the lexicon knows it with an -s: "say", not "wrote")? */
static int generic_sayers(qctx *c, size_t k)
{
  const tok *p = &c->toks[k], *v = &c->toks[k + 1];
  char w[LEX_MAXW + 1];
  int m;
  if (!is_word(p) || !is_word(v) || p->len < 4 || (p->flags & TF_POSS)
      || c->text[p->s + p->len - 1] != 's' || c->text[p->s + p->len - 2] == 's'
      || ((m = starts_mention(c, k)) >= 0 && c->men[m].t1 != k)
      || !is_cue(c, k + 1) || v->len + 1 > LEX_MAXW || c->text[v->s + v->len - 1] == 's')
    return 0;
  memcpy(w, c->text + v->s, v->len);
  w[v->len] = 's';
  return (lex_lookup(w, v->len + 1) & L_CUE) != 0;
}

/* Nouns of the words that "came" from someone ("came the reply (from
 * X)", "came the cry from X"), sorted. */
static const char *const reply_nouns[] = {
  "answer", "cry", "rejoinder", "reply", "response", "retort", "shout"
};

static int reply_noun(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  return is_word(t)
         && in_list(reply_nouns, sizeof reply_nouns / sizeof reply_nouns[0], c->text + t->s, t->len);
}

/* "Hana Ruel and her lawyer said", "… and the union said": a short
 * phrase in lower case after "and" (no name of its own) joins the named
 * person before it, who stands for both.  From token k (after "and"):
 * the token after the phrase (below lim), else 0. */
static size_t and_phrase_end(qctx *c, size_t k, size_t lim);

/* Can mention m stand for others joined to it by "and" ("Ammons and
 * Lopes said", "Hana Ruel and her lawyer said")?  Only a person named:
 * no pronoun, body, description or possessive. */
static int stands_for_others(const qctx *c, int m)
{
  return !(c->men[m].flags & (M_PRON | M_ORG | M_DESC | M_POSS));
}

static size_t and_phrase_end(qctx *c, size_t k, size_t lim)
{
  size_t k1;
  if (k >= lim) return 0;
  if (tok_is(c, k, "others")) return k + 1 < lim ? k + 1 : 0;
  if (!tok_in_words(c, k, "the|her|his|their|its|other")) return 0;
  for (k1 = k + 1; k1 < lim && k1 < k + 4 && is_word(&c->toks[k1])
       && !(c->toks[k1].flags & (TF_CAP | TF_SENT)) && !is_cue(c, k1); k1++) {}
  return k1 > k + 1 && k1 < lim ? k1 : 0;
}

/* From token i after a quote: ", which he rejected", ", a claim the
 * minister denied": a clause whose object is the quoted words, and its
 * subject rejects them, so says none of them.  (", which he said would
 * cost jobs" still names the speaker: only verbs of denial.) */
static int rejected_words(qctx *c, size_t i, size_t lim)
{
  size_t j = i;
  int m;
  if (j + 2 >= lim) return 0;
  if (tok_is(c, j, "which")) j++;
  else if (article(c, j) == ART_A && tok_in_words(c, j + 1, "claim|charge|accusation|allegation|"
                                                            "assertion|characterisation|"
                                                            "characterization|suggestion"))
    j += 2;
  else return 0;
  if (j < lim && article(c, j) == ART_THE && j + 1 < lim && is_word(&c->toks[j + 1])
      && !(c->toks[j + 1].flags & TF_CAP))
    j += 2;   /* "a claim the minister denied" */
  else if ((m = starts_mention(c, j)) >= 0) j = c->men[m].t1 + 1;
  else return 0;
  j = skip_adv(c, j, lim);
  return j < lim && tok_in_words(c, j, "contested|denied|denies|dismissed|dismisses|disputed|"
                                       "disputes|rebuffed|refuted|rejected|rejects");
}

/* After a quote, "the EU's", "the White House's": "the", then a body or
 * place in capitals ending in a possessive (a possessive mention, or up
 * to three capitalized words none of which is one: "the" before it says
 * it is no person's name); the token after it, else 0.  The role or the
 * name that follows is whose attribution it is ("the EU's foreign
 * policy chief, Kaja Kallas, said", "the EU's Kaja Kallas said"). */
#define DL_MAX_OWNER_WORDS 3
static size_t owner_poss_end(qctx *c, size_t i, size_t lim)
{
  size_t k = i + 1;
  int32_t m;
  if (k >= lim || article(c, i) != ART_THE) return 0;
  if ((m = c->toks[k].men) >= 0) {
    const mention *x = &c->men[m];
    return x->t0 == k && (x->flags & M_POSS) && !(x->flags & M_PRON)
           && (c->toks[x->t1].flags & (TF_CAP | TF_POSS)) == (TF_CAP | TF_POSS)
           && x->t1 - x->t0 < DL_MAX_OWNER_WORDS && x->t1 + 1 < lim
           ? x->t1 + 1 : 0;
  }
  for (; k < lim && k < i + 1 + DL_MAX_OWNER_WORDS; k++) {
    if (!is_word(&c->toks[k]) || !(c->toks[k].flags & TF_CAP) || c->toks[k].men >= 0) return 0;
    if (c->toks[k].flags & TF_POSS) return k + 1 < lim ? k + 1 : 0;
  }
  return 0;
}

/* The attribution after a quote: tokens [0, lim) of the gap that follows
 * it.  ended_stop: the quote's content ends with a full stop. */
static attrib postposed(qctx *c, size_t lim, int ended_stop)
{
  attrib a = {0, -1, 0, 0};
  size_t i = 0, j;
  int m, ok, dash, heard = 0;
  if (lim == 0) return a;
  dash = c->toks[0].kind == T_PUNCT && (c->toks[0].cp == 0x2014 || c->toks[0].cp == 0x2013);
  /* a line of its own may sign the quote above it: "…"\n— Jane Doe */
  if ((c->toks[0].flags & TF_WIN) || ((c->toks[0].flags & TF_PARA) && !dash)) return a;
  /* the attribution ends at the first sentence end or paragraph (not a
   * full stop inside a parenthesis: "(D-Okla.) said") */
  {
    int depth = 0;
    for (j = 0; j < lim; j++) {
      if (j > 0 && (c->toks[j].flags & (TF_PARA | TF_WIN))) break;
      if (is_punct(&c->toks[j], '(')) depth++;
      else if (is_punct(&c->toks[j], ')') && depth > 0) depth--;
      if ((c->toks[j].flags & TF_SENT) && (depth == 0 || j > DL_MAX_PAREN_TOKENS * 2)) break;
    }
  }
  lim = j;
  /* a headline's "'We can't tax our way out': Treasurer Ann Lee on the
   * budget", "'Not for sale': Lee rejects offer": the name after the colon */
  if (lim > 1 && is_punct(&c->toks[0], ':') && in_headline(c, c->toks[0].s)
      && (m = starts_mention(c, 1)) >= 0 && !(c->men[m].flags & (M_PRON | M_DESC))
      && in_headline(c, c->toks[c->men[m].t1].s)
      /* not the "Q" of "Q&A with …": one letter names no one */
      && !(c->men[m].t0 == c->men[m].t1 && c->toks[c->men[m].t0].len == 1)
      /* not "Talks with Russia stall", "Rivals of Hale celebrate": one
       * capitalized plural with "with" or "of" after it heads a noun
       * phrase (headline case), it names no speaker ("Hale with a
       * warning" still does) */
      && !(c->men[m].t0 == c->men[m].t1 && c->men[m].t1 + 1 < lim
           && c->text[c->toks[c->men[m].t1].s + c->toks[c->men[m].t1].len - 1] == 's'
           && (tok_is(c, c->men[m].t1 + 1, "with") || tok_is(c, c->men[m].t1 + 1, "of")))
      /* not "Greenland leader rejects": a name before a role is no speaker */
      && !(c->men[m].t1 + 1 < lim && is_word(&c->toks[c->men[m].t1 + 1])
           && !(c->toks[c->men[m].t1 + 1].flags & TF_CAP)
           && (hyph_title(c, c->men[m].t1 + 1) || tok_org_kind(c, c->men[m].t1 + 1)))) {
    a.found = 1; a.men = m; a.cue = 0;
    return a;
  }
  if (lim > 2 && is_punct(&c->toks[0], ':') && in_headline(c, c->toks[0].s)) {
    /* "'…': Q&A with party co-leader Ann Lee", "'…': Green Party leader
     * Ann Lee": a name after "with" or a title, a few words on */
    for (j = 1; j < lim && j < DL_MAX_HEAD_SPEAKER && in_headline(c, c->toks[j].s); j++) {
      if (j < 2 || !is_word(&c->toks[j - 1]) || (m = starts_mention(c, j)) < 0
          || (c->men[m].flags & (M_PRON | M_DESC | M_ORG)) || c->men[m].t1 == c->men[m].t0
          || !(tok_is(c, j - 1, "with") || (!(c->toks[j - 1].flags & TF_CAP) && hyph_title(c, j - 1))))
        continue;
      a.found = 1; a.men = m; a.cue = 0;
      return a;
    }
  }
  /* "…," X said / "…" — X wrote */
  while (i < lim && c->toks[i].kind == T_PUNCT
         && (c->toks[i].cp == ',' || c->toks[i].cp == 0x2014 || c->toks[i].cp == 0x2013
             || c->toks[i].cp == '-'))
    i++;
  if (i >= lim) return a;
  /* "…", which is what Speakers say: a comment on the words, whoever
   * says them in general (a bare plural and a verb in the plural
   * present), not their attribution; "which is what Ann Lee called it"
   * names the one who said them */
  if (i + 4 < lim && tok_is(c, i, "which") && (tok_is(c, i + 1, "is") || tok_is(c, i + 1, "was"))
      && tok_is(c, i + 2, "what") && generic_sayers(c, i + 3)) {
    /* the attribution may follow the comment: "…, which is what coaches
     * tell players, Ann Lee said" */
    for (j = i + 5; j < lim && !is_punct(&c->toks[j], ','); j++) {}
    if (j + 1 >= lim) return a;
    i = j + 1;
  }
  if (ended_stop && (c->toks[i].flags & TF_CAP) == 0) ended_stop = 0;
  /* the newspaper quoted him as saying, Xinhua quoted Lee as saying: the
   * one quoted speaks */
  for (j = i; j + 3 < lim && j < i + DL_MAX_QUOTED_REACH; j++) {
    if (c->toks[j].kind == T_PUNCT) break;
    if (tok_is(c, j, "quoted") && (m = starts_mention(c, j + 1)) >= 0
        && !(c->men[m].flags & M_DESC) && c->men[m].t1 + 2 < lim
        && tok_is(c, c->men[m].t1 + 1, "as") && is_cue(c, c->men[m].t1 + 2)) {
      a.found = 1; a.men = m; a.cue = c->men[m].t1 + 2;
      return a;
    }
  }
  /* ""…" That was the message from Ann Lee": the one it came from */
  if (i + 5 < lim && (tok_is(c, i, "that") || tok_is(c, i, "this") || tok_is(c, i, "such"))
      && (tok_is(c, i + 1, "was") || tok_is(c, i + 1, "is")) && tok_is(c, i + 2, "the")) {
    size_t r = i + 3;
    /* (one adjective: "the defiant message") */
    if (r + 1 < lim && is_word(&c->toks[r]) && !(c->toks[r].flags & TF_CAP)
        && !in_list(words_nouns, sizeof words_nouns / sizeof words_nouns[0],
                    c->text + c->toks[r].s, c->toks[r].len))
      r++;
    if (r + 2 < lim && in_list(words_nouns, sizeof words_nouns / sizeof words_nouns[0],
                               c->text + c->toks[r].s, c->toks[r].len)
        && tok_is(c, r + 1, "from")
        && ((m = starts_mention(c, r + 2)) >= 0 || (m = role_then_name(c, r + 2, lim)) >= 0)) {
      a.found = 1; a.men = m; a.cue = (uint32_t)r;
      return a;
    }
  }
  if (rejected_words(c, i, lim)) return a;
  /* "…" was all the minister would say: the words are attributed, to
   * the one named between (none when the phrase names no one: not the
   * speaker of the quote before) */
  if (i + 4 < lim && (tok_is(c, i, "was") || tok_is(c, i, "is")) && tok_is(c, i + 1, "all")) {
    for (j = i + 2; j + 1 < lim && j < i + 2 + DL_MAX_QUOTED_REACH; j++) {
      if (c->toks[j].kind == T_PUNCT) break;
      /* (past the break a token is a word or a number, none of these) */
      if (tok_in_words(c, j, "would|could|will|did|can") && is_cue(c, j + 1)) {
        m = starts_mention(c, i + 2);
        a.found = 1; a.cue = (uint32_t)(j + 1);
        a.men = m >= 0 && c->men[m].t1 + 1 == j ? m : -1;   /* not "the mayor's aide" */
        return a;
      }
    }
  }
  /* "…" came the reply from Ann Lee / came Lee's answer: the one replying */
  if (i + 2 < lim && tok_is(c, i, "came")) {
    size_t r = i + 1;
    int mp = -1;
    if (tok_is(c, r, "the")) r++;
    else if ((mp = c->toks[r].men) >= 0 && c->men[mp].t0 == r && (c->men[mp].flags & M_POSS))
      r = c->men[mp].t1 + 1;
    else mp = -1;
    /* one adjective: "came the swift reply" */
    if (r + 1 < lim && is_word(&c->toks[r]) && !(c->toks[r].flags & TF_CAP) && c->toks[r].men < 0
        && !(tlex(c, r) & (L_CUE | L_PREP | L_CONJ | L_DET | L_PRON)) && !reply_noun(c, r))
      r++;
    if (r < lim && reply_noun(c, r)) {
      a.found = 1; a.cue = (uint32_t)i; a.men = mp;
      if (mp < 0 && r + 2 < lim && tok_is(c, r + 1, "from")) {
        a.men = starts_mention(c, r + 2);
        if (a.men < 0 || (c->men[a.men].flags & M_DESC)) {   /* "from the minister, Tom Reed" */
          int mr = role_then_name(c, r + 2 + tok_is(c, r + 2, "the"), lim);
          if (mr >= 0) a.men = mr;
        }
      }
      return a;
    }
  }
  /* "the White House spokesman, Ben Cole, told": a body, its role in
   * lower case, then the name set off by commas; so after "a" ("a Labour
   * spokesman, Tom Hale, said": the name says which one) */
  {
    size_t s0 = i + (i + 1 < lim && (tok_is(c, i, "the") || tok_is(c, i, "a") || tok_is(c, i, "an")));
    int mb = starts_mention(c, s0), mn;
    /* "Nigeria's Independent National Electoral Commission chairman,
     * Mahmood Yakubu, told": the body's name after a possessive */
    if (mb < 0 && (mn = c->toks[s0].men) >= 0 && c->men[mn].t0 == s0
        && (c->men[mn].flags & M_POSS) && !(c->men[mn].flags & M_PRON)
        && c->men[mn].t1 + 1 < lim && (mn = starts_mention(c, c->men[mn].t1 + 1)) >= 0
        && (c->men[mn].flags & M_ORG))
      mb = mn;
    if (mb >= 0 && !(c->men[mb].flags & M_PRON)
        && (mn = role_then_name(c, c->men[mb].t1 + 1, lim)) >= 0
        && c->toks[c->men[mn].t0 - 1].kind == T_PUNCT
        && !(c->men[mn].flags & (M_PRON | M_ORG | M_DESC | M_ROLE))
        && c->men[mn].t1 + 2 < lim && is_punct(&c->toks[c->men[mn].t1 + 1], ',')) {
      j = skip_adv(c, c->men[mn].t1 + 2, lim);
      if (is_cue(c, j)) { a.found = 1; a.men = mn; a.cue = (uint32_t)j; return a; }
    }
  }
  /* "the moderator, veteran anchor Ann Lee, said", "another protester,
   * retired teacher Ann Lee, 67, told": an article and lower-case role
   * words, a comma, then the name (after words and numbers of its role:
   * "Channel 5 anchor Ann Lee"), set off by commas before the cue */
  if (article(c, i) && i + 4 < lim) {
    /* (after "the EU's": "the EU's foreign policy chief, Kaja Kallas,") */
    size_t r0 = owner_poss_end(c, i, lim), r = r0 ? r0 : i + 1;
    int mn;
    if (!r0) r0 = i + 1;
    while (r < lim && r < i + 1 + DL_MAX_ROLE_WORDS && is_word(&c->toks[r])
           && !(c->toks[r].flags & (TF_CAP | TF_POSS))
           && (c->toks[r].men < 0 || (c->men[c->toks[r].men].flags & M_ROLE))   /* "moderator" */
           && !(tlex(c, r) & (L_CUE | L_CUE_ING | L_ACCORD | L_PRON | L_CONJ | L_PREP | L_VERB | L_DET)))
      r++;
    mn = -1;
    if (r > r0 && r + 2 < lim && is_punct(&c->toks[r], ',')) {
      /* the first name after the comma, past words and numbers of its
       * role ("Channel 5 anchor Ann Lee"), no punctuation between */
      size_t t;
      for (t = r + 1; t < lim && t < r + 1 + DL_MAX_ROLE_WORDS && c->toks[t].kind != T_PUNCT; t++) {
        if (c->toks[t].men >= 0 && c->men[c->toks[t].men].t0 == t
            && !(c->men[c->toks[t].men].flags & (M_ORG | M_DESC | M_ROLE))) {
          size_t t1 = c->men[c->toks[t].men].t1;
          /* (a name the role words hold goes on to the comma:
           * "Channel 5 anchor Ann Lee") */
          if (t1 + 1 < lim && !is_punct(&c->toks[t1 + 1], ',')) { t = t1; continue; }
          mn = c->toks[t].men;
          break;
        }
        /* not "the moderator, looking at Ann Lee,", "the crowd,
         * including Ann Lee,": a role's words only */
        if (is_word(&c->toks[t]) && ((tlex(c, t) & (L_PREP | L_CONJ | L_DET | L_PRON | L_CUE
                                                    | L_CUE_ING | L_ACCORD))
                                     || ing_word(c, t) || (c->toks[t].flags & TF_POSS)))
          break;
      }
    }
    if (mn >= 0 && !(c->men[mn].flags & M_PRON)
        && c->men[mn].t1 + 2 < lim && is_punct(&c->toks[c->men[mn].t1 + 1], ',')) {
      j = c->men[mn].t1 + 2;
      /* an age after the name: ", 67," */
      if (j + 1 < lim && c->toks[j].kind == T_NUM && c->toks[j].len <= 3 && is_punct(&c->toks[j + 1], ','))
        j += 2;
      j = skip_adv(c, j, lim);
      if (j < lim && is_cue(c, j) && !(tlex(c, j) & L_CUE_ING)) {
        a.found = 1; a.men = mn; a.cue = (uint32_t)j;
        return a;
      }
    }
  }
  /* X said / he added / Smith, a spokesman, said / Foreign Ministry
   * spokesperson Mao Ning said (a name, a role, a name: the second) */
  /* "…," China's Foreign Ministry said: the place's possessive is no
   * mention; its body, the capitalized name after it, speaks */
  if (i + 2 < lim && is_word(&c->toks[i]) && (c->toks[i].flags & (TF_CAP | TF_POSS)) == (TF_CAP | TF_POSS)
      && starts_mention(c, i) < 0 && (m = starts_mention(c, i + 1)) >= 0 && (c->men[m].flags & M_ORG))
    i++;
  /* "…," the EU's Kaja Kallas said: the person named after the body's
   * possessive */
  else if ((j = owner_poss_end(c, i, lim)) != 0 && (m = starts_mention(c, j)) >= 0
           && !(c->men[m].flags & (M_ORG | M_DESC | M_PRON | M_ROLE | M_POSS))
           && is_cue(c, skip_adv(c, c->men[m].t1 + 1, lim)))   /* not "the EU's Brussels office" */
    i = j;
  if ((m = starts_mention(c, i)) >= 0) {
    int m2;
    if (!(c->men[m].flags & M_PRON) && (m2 = role_then_name(c, c->men[m].t1 + 1, lim)) >= 0
        && !(c->toks[c->men[m2].t0 - 1].kind == T_PUNCT) && name_ends_np(c, m2, lim))
      m = m2;
    j = skip_paren(c, c->men[m].t1 + 1, lim);
    {
      size_t ap = skip_appositive(c, j);
      if (ap) j = ap;
      else if ((ap = skip_of_name(c, j)) != 0 && ap < lim && is_cue(c, skip_adv(c, ap, lim)))
        j = ap;   /* "the mayor of Gdansk says", "Ann Lee of the Kent Institute said" */
    }
    /* "…," Ammons and Lopes said in a joint statement: two named people
     * speak; the first named stands for both (a speaker is one entity) */
    if (j + 2 < lim && tok_is(c, j, "and") && stands_for_others(c, m)) {
      size_t k1;
      if (((m2 = starts_mention(c, j + 1)) >= 0
           || (m2 = role_then_name(c, j + 1, lim)) >= 0)   /* "and union chief Ruth Okafor" */
          && !(c->men[m2].flags & (M_PRON | M_POSS))   /* "and the Red Cross said" */
          && is_cue(c, skip_adv(c, c->men[m2].t1 + 1, lim)))
        j = c->men[m2].t1 + 1;
      /* "…," Hana Ruel and her lawyer said / and the union said */
      else if ((k1 = and_phrase_end(c, j + 1, lim)) != 0 && is_cue(c, skip_adv(c, k1, lim)))
        j = k1;
    }
    j = skip_adv(c, j, lim);
    /* "…," the PM was quoted as saying (skip_adv took "was") */
    if (j + 2 < lim && tok_is(c, j, "quoted") && tok_is(c, j + 1, "as") && is_cue(c, j + 2))
      j += 2;
    /* "…," she was heard to say */
    else if (j + 2 < lim && heard_word(c, j) && tok_is(c, j + 1, "to")
             && (is_cue(c, j + 2) || infinitive_cue(c, j + 2))) {
      j += 2;
      heard = 1;   /* ("to mutter": a base form no cue alone) */
    }
    /* "…," he was told by Ann Lee: the subject heard it, the agent after
     * "by" said it (none when no agent is named) */
    if (j + 2 < lim && !ended_stop && passive_cue(c, j) && tok_is(c, j + 1, "by")) {
      size_t b = j + 2;
      a.found = 1; a.men = starts_mention(c, b); a.cue = (uint32_t)j;
      /* "by her boss, Tom Reed": the name after the role */
      if (a.men < 0 || (c->men[a.men].flags & M_DESC)) {
        int mr;
        if (b + 1 < lim && (tok_is(c, b, "her") || tok_is(c, b, "his") || tok_is(c, b, "their")))
          b++;
        if ((mr = role_then_name(c, b, lim)) >= 0) a.men = mr;
      }
      return a;
    }
    if ((is_cue(c, j) || heard) && (!ended_stop || j + 1 >= lim)) {
      a.found = 1; a.men = m; a.cue = (uint32_t)j;
    } else if (dash && !(c->men[m].flags & (M_PRON | M_DESC))
               && (c->men[m].t1 + 1 == lim || is_punct(&c->toks[c->men[m].t1 + 1], ','))) {
      /* "…" — Jane Doe, party leader: the dash signs the quote */
      a.found = 1; a.men = m; a.cue = 0;
    }
    return a;
  }
  if (ended_stop) return a;
  /* according to X */
  m = according(c, i, lim, &ok);
  if (ok) { a.found = 1; a.men = m; a.cue = (uint32_t)i; return a; }
  /* "…," police said / officials told reporters: a group speaks, no one
   * named (its cue is kept; the speaker stays unknown) */
  if (i + 1 < lim && is_word(&c->toks[i]) && !(c->toks[i].flags & TF_CAP)
      && (tlex(c, i) & ~L_GROUP) == L_STOPCAP && (j = skip_adv(c, i + 1, lim)) < lim && is_cue(c, j)
      && !(tlex(c, j) & L_CUE_ING)) {   /* (the cue inside the attribution, not past its end) */
    a.found = 1; a.cue = (uint32_t)j;
    return a;
  }
  /* "…," both men said / all three leaders said: several speak, no one
   * named (the cue kept) */
  if (i + 2 < lim && (tok_is(c, i, "both") || tok_is(c, i, "all"))
      && (is_word(&c->toks[i + 1]) || group_count(c, i + 1))
      && !(c->toks[i + 1].flags & TF_CAP)
      && (!(tlex(c, i + 1) & (L_CUE | L_PREP | L_DET | L_PRON | L_CONJ | L_VERB))
          || tok_is(c, i + 1, "the"))) {   /* ("both the teams said") */
    j = i + 1;
    if (group_count(c, j) || tok_is(c, j, "the"))
      j++;
    /* ("all three said": the number the subject, no noun) */
    if (j < lim && j > i + 1 && !tok_is(c, i + 1, "the")) {
      size_t v = skip_adv(c, j, lim);
      if (v < lim && is_cue(c, v) && !(tlex(c, v) & L_CUE_ING)) {
        a.found = 1; a.cue = (uint32_t)v;
        return a;
      }
    }
    if (j + 1 < lim && is_word(&c->toks[j]) && !(c->toks[j].flags & TF_CAP)
        && (j = skip_adv(c, j + 1, lim)) < lim && is_cue(c, j) && !(tlex(c, j) & L_CUE_ING)) {
      a.found = 1; a.cue = (uint32_t)j;
      return a;
    }
  }
  /* «…», a déclaré X: the French auxiliary before the participle */
  if (i + 1 < lim && tok_is(c, i, "a") && is_word(&c->toks[i + 1])
      && (tlex(c, i + 1) & L_FRPART))
    i++;
  /* said X / said the spokesman (not "…," adding that …) / said
   * Foreign Ministry spokesperson Mao Ning / said party spokesman Jo Lin */
  if (is_cue(c, i) && !(tlex(c, i) & L_CUE_ING)) {
    a.found = 1; a.cue = (uint32_t)i;
    if (tlex(c, i) & L_OBJ) return a;   /* "…," told Reuters: no speaker */
    j = skip_adv(c, i + 1, lim);
    a.men = starts_mention(c, j);
    /* 'a sign reading "Bring It Home" said she had driven': the pronoun
     * opens what the cue reports, it is no inverted speaker */
    if (a.men >= 0 && (c->men[a.men].flags & M_PRON) && verb_like(c, c->men[a.men].t1 + 1)
        && !is_cue(c, c->men[a.men].t1 + 1))
      a.men = -1;
    if (a.men >= 0 && !(c->men[a.men].flags & M_PRON)) {
      size_t nx = skip_paren(c, c->men[a.men].t1 + 1, lim);
      m = role_then_name(c, c->men[a.men].t1 + 1, lim);
      if (m >= 0 && c->toks[c->men[m].t0 - 1].kind != T_PUNCT && name_ends_np(c, m, lim))
        a.men = m;
      else if (nx > c->men[a.men].t1 + 1 && nx < lim) {
        /* said Trinamool Congress (TMC) chairperson Ann Lee, said
         * Presidential Communications Office (PCO) Secretary Ann Lee */
        m = starts_mention(c, nx);
        if (m < 0 || !(c->men[m].flags & M_TITLED)) m = role_then_name(c, nx, lim);
        if (m >= 0 && !(c->men[m].flags & (M_PRON | M_ORG | M_DESC)) && name_ends_np(c, m, lim))
          a.men = m;
      }
    } else if (a.men < 0) {
      /* said party spokesman Jo Lin / said Lin's spokesman, Jo Ray, */
      size_t j0 = j;
      if (j < lim && c->toks[j].men >= 0 && (c->men[c->toks[j].men].flags & M_POSS)
          && c->men[c->toks[j].men].t0 == j)
        j = c->men[c->toks[j].men].t1 + 1;
      m = role_then_name(c, j, lim);
      /* said Dutch minister Ian Roe / said Labour leader Tom Hale: one
       * capitalized word no mention took (a nationality's or party's)
       * before the role in lower case */
      if (m < 0 && j + 2 < lim && is_word(&c->toks[j]) && (c->toks[j].flags & TF_CAP)
          && !(c->toks[j].flags & TF_POSS) && c->toks[j].men < 0)
        m = role_then_name(c, j + 1, lim);
      if (m >= 0 && name_ends_np(c, m, lim)) a.men = m;
      j = j0;
    }
    /* "stated the Council of Governors chairperson, Ann Lee", "thundered
     * the former minister, A. K. Balan": a role, a comma, its holder;
     * "said the MP for Ludlow, Jo Lee": a lone title (with its seat) */
    if (a.men < 0 || ((c->men[a.men].flags & M_ROLE) && !c->men[a.men].ante.len)
        || (!(c->men[a.men].flags & M_PRON) && lone_title(c, a.men))) {
      m = role_comma_name(c, a.men >= 0 && c->men[a.men].t0 > j ? c->men[a.men].t0 : j, lim);
      if (m >= 0) a.men = m;
    }
    return a;
  }
  /* union leader Jorge Soto said / the company's chief executive, Tom
   * Hale, said: a lower-case role before the name; Smith's spokesman,
   * Tom Hale, said: after a possessive name */
  j = i;
  if (c->toks[i].men >= 0 && (c->men[c->toks[i].men].flags & M_POSS)
      && c->men[c->toks[i].men].t0 == i)
    j = c->men[c->toks[i].men].t1 + 1;
  if ((m = role_then_name(c, j, lim)) >= 0) {
    int m2;
    /* (a short parenthesis after the name: "the party's lawyer,
     * Ann Lee (SAN), said") */
    j = skip_paren(c, c->men[m].t1 + 1, lim);
    if (j < lim && is_punct(&c->toks[j], ',')) j++;
    /* "the Home Secretary, Lucy Ward, said", "the Secretary of State
     * for Wales, Jo Stevens, said": the title's holder between commas */
    if (j > c->men[m].t1 + 1 && lone_title(c, m) && (m2 = starts_mention(c, j)) >= 0
        && !(c->men[m2].flags & (M_PRON | M_ORG | M_DESC | M_ROLE))
        && c->men[m2].t1 + 1 < lim && is_punct(&c->toks[c->men[m2].t1 + 1], ',')) {
      m = m2;
      j = c->men[m].t1 + 2;
    }
    j = skip_adv(c, j, lim);
    if (is_cue(c, j)) { a.found = 1; a.men = m; a.cue = (uint32_t)j; return a; }
  } else if (j > i && (m = starts_mention(c, j)) >= 0
             && !(c->men[m].flags & (M_PRON | M_ORG | M_DESC | M_ROLE))
             && c->men[m].t1 > c->men[m].t0 && is_cue(c, skip_adv(c, c->men[m].t1 + 1, lim))) {
    /* "NPR's Sarah Kim asked": the outlet's reporter, named in full */
    a.found = 1; a.men = m; a.cue = (uint32_t)skip_adv(c, c->men[m].t1 + 1, lim);
    return a;
  }
  /* the official said; one official said, one Western diplomat said */
  if (is_word(&c->toks[i]) && ((tlex(c, i) & L_DET) || indefinite(c, i))) {
    for (j = i + 1; j < lim && j < i + 8; j++) {
      if (c->toks[j].kind == T_PUNCT) break;
      if (is_cue(c, j)) { a.found = 1; a.cue = (uint32_t)j; break; }
    }
  }
  return a;
}

/* Does the quote opening after token k (spaces, then its mark) start
 * with a lower-case letter, a partial quote? */
static int lower_after(qctx *c, size_t k)
{
  size_t p = c->toks[k].s + c->toks[k].len, n = 0;
  while (p < c->len && c->text[p] == ' ') p++;
  while (p < c->len && n < 3 && !DL_IS_ALNUM(c->text[p]) && c->text[p] != ' ') { p++; n++; }
  return n > 0 && p < c->len && DL_IS_LOWER(c->text[p]);
}

/* "Ambassador to Manila Mary Carlson said": the name at token p follows
 * a title's "to" (the post, then the name: the mention runs over both),
 * not a preposition's object. */
static int post_after_title(qctx *c, size_t c0, size_t p, const mention *m)
{
  if (p >= c0 + 2 && tok_is(c, p - 1, "in") && is_word(&c->toks[p - 2])
      && (c->toks[p - 2].flags & TF_CAP) && (tlex(c, p - 2) & L_TITLE))
    return 1;   /* "Opposition Leader in the National Assembly Ann Lee said" */
  if (p < c0 + 2 || !is_word(&c->toks[p - 2]) || !(tlex(c, p - 2) & L_TITLE)) return 0;
  if (tok_is(c, p - 1, "to") && (c->toks[p - 2].flags & TF_CAP)) return 1;
  /* "US special envoy for Sudan Tom Perriello said": a title in lower
   * case, or "for" its post, when a given name in the mention tells a
   * person follows the place (not "the senator for Texas said"); the
   * posts whose place the entities split off too */
  return (tok_is(c, p - 1, "to") || tok_is(c, p - 1, "for"))
         && tok_in_words(c, p - 2, "ambassador|commissioner|envoy|minister|secretary|undersecretary")
         && given_gender(c->text, m->span) != 0;
}

/* Does a plural's possessive apostrophe end at token k ("the MCAs'
 * claims", "the workers’ demands": the word, then the mark as a token of
 * its own)?  Inside an attribution the apostrophe closes no quote: the
 * marks were matched before. */
static int plural_poss(qctx *c, size_t k)
{
  const tok *t = &c->toks[k], *w;
  size_t e;
  if (k == 0 || t->kind != T_PUNCT || (t->cp != '\'' && t->cp != 0x2019)) return 0;
  w = &c->toks[k - 1];
  e = w->s + w->len;
  return is_word(w) && w->len >= 3 && e == t->s && c->text[e - 1] == 's'
         && t->s + t->len < c->len && c->text[t->s + t->len] == ' ';
}

/* Verbs after which a cue word is their object noun ("take orders",
 * "gave orders", "obey orders"), sorted. */
static const char *const order_verbs[] = {
  "disobey", "disobeyed", "follow", "followed", "gave", "give", "giving", "issue",
  "issued", "obey", "obeyed", "received", "take", "takes", "taking", "took"
};

/* Is the cue word at token i a form only a verb has: a past tense
 * ("said", "warned", "told") or "says", "tells", "writes"?  ("orders",
 * "claims", "warning" may be nouns.) */
static int cue_verb_form(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  return (t->len > 3 && memcmp(c->text + t->s + t->len - 2, "ed", 2) == 0)
         || tok_in_words(c, i, "said|told|wrote|says|tells|writes");
}

/* "called the opposition claims "…"": the cue word at token i is a noun
 * ending the object of a verb (a verb, an article, at most three
 * lower-case words, then it); "the party says" stays a cue. */
static int cue_is_object_noun(qctx *c, size_t c0, size_t i)
{
  size_t k = i, w;
  for (w = 2; w <= DL_MAX_WHEN_TOKENS; w++)   /* "Lee earlier this week said": a time, no object */
    if (i >= c0 + w && when_phrase(c, i - w) == w) return 0;
  while (k > c0 && i - k < 3 && is_word(&c->toks[k - 1]) && !(c->toks[k - 1].flags & TF_CAP)
         && !(tlex(c, k - 1) & (L_DET | L_CUE | L_VERB | L_PREP | L_PRON | L_CONJ)))
    k--;
  return k < i && k >= c0 + 2 && is_word(&c->toks[k - 1]) && (tlex(c, k - 1) & L_DET)
         && is_word(&c->toks[k - 2]) && !(c->toks[k - 2].flags & TF_CAP)
         && (tlex(c, k - 2) & (L_CUE | L_VERB)) && !(tlex(c, k - 2) & L_PREP);
}

/* Are tokens [k, t0) one to DL_MAX_ROLE_WORDS lower-case words that
 * may describe a person ("university student", "opposition party
 * leader"), no preposition, verb or conjunction among them? */
static int lower_roles(qctx *c, size_t k, size_t t0)
{
  size_t w;
  if (t0 <= k || t0 - k > DL_MAX_ROLE_WORDS) return 0;
  for (w = k; w < t0; w++)
    if (!is_word(&c->toks[w]) || (c->toks[w].flags & (TF_CAP | TF_POSS))
        || (tlex(c, w) & (L_PREP | L_CUE | L_VERB | L_CONJ | L_PRON | L_DET | L_LY)))
      return 0;
  return 1;
}

static int lead_person(qctx *c, const mention *m);

/* A wrap-up's label: a person's name opening the clause [c0, e) (after at
 * most DL_MAX_ROLE_WORDS words of its role: "Labour leader", "ACT's"),
 * then one aside set off by a comma that runs to the colon before the
 * quote ("Ann Lee, addressing supporters after midnight: "…"", "Tom Ito,
 * asked whether he would stay: "…"", "Ann Lee, on the result: "…"").
 * The mention, or -1.  The aside opens with a participle, who, whose or
 * a preposition (not a clause of its own: "Lee, the party said: "…"")
 * and holds no other comma. */
static int label_aside(qctx *c, size_t c0, size_t e)
{
  size_t j, k, ap;
  int m = -1;
  const mention *mm;
  if (e < c0 + 4 || !is_punct(&c->toks[e - 1], ':')) return -1;
  for (j = c0; j < e && j <= c0 + DL_MAX_ROLE_WORDS; j++) {
    if (!is_word(&c->toks[j])) return -1;
    if ((m = starts_mention(c, j)) < 0) {
      /* (role words only: not "Ann Lee met Tom Ito, who …:") */
      if ((tlex(c, j) & (L_VERB | L_CUE | L_PREP | L_CONJ | L_PRON | L_DET)) && !(j == c0 && tok_is(c, j, "the")))
        return -1;
      continue;
    }
    if (c->men[m].t1 + 1 < e && is_punct(&c->toks[c->men[m].t1 + 1], ',')) break;
    j = c->men[m].t1;   /* "Labour leader Ann Lee": the party, then the name */
    m = -1;
  }
  if (m < 0) return -1;
  mm = &c->men[m];
  ap = mm->t1 + 1;
  if (mm->flags & (M_PRON | M_ORG | M_DESC | M_NOUN | M_POSS | M_ROLE)) return -1;
  if (!(mm->flags & (M_TITLED | M_MALE | M_FEMALE)) && mm->t1 == mm->t0 && !lead_person(c, mm))
    return -1;
  if (ap + 2 >= e || !is_punct(&c->toks[ap], ',') || !is_word(&c->toks[ap + 1])
      || (c->toks[ap + 1].flags & TF_CAP)
      || !(participle(c, ap + 1) || tok_is(c, ap + 1, "who") || tok_is(c, ap + 1, "whose")
           || (tlex(c, ap + 1) & L_PREP)))
    return -1;
  for (k = ap + 1; k + 1 < e; k++)
    if (is_punct(&c->toks[k], ',') || (c->toks[k].flags & (TF_SENT | TF_PARA | TF_WIN)))
      return -1;
  return m;
}

/* Words before "to" whose infinitive is not yet said ("is expected to
 * say", "wants to call it", "plans to describe"), sorted. */
static const char *const unsaid_before_to[] = {
  "about", "aims", "due", "expect", "expected", "expects", "going", "hope", "hoped", "hopes",
  "intend", "intended", "intends", "likely", "plan", "planned", "plans", "poised", "scheduled",
  "set", "unlikely", "want", "wanted", "wants", "wish", "wishes"
};

/* "declined", "refuses" before "to comment": the subject said nothing;
 * nor yet with "expected", "wants" (unsaid_before_to). */
static int refusal_word(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  const char *w = c->text + t->s;
  if (is_word(t) && in_list(unsaid_before_to, sizeof unsaid_before_to / sizeof unsaid_before_to[0],
                            w, t->len))
    return 1;
  return is_word(t) && t->len >= 6
         && (lword_cmp_n(w, 6, "declin") == 0 || lword_cmp_n(w, 5, "refus") == 0);
}

/* Speech verbs without an object read as cues in their base form after
 * "to" ("went on to add that "…""), sorted. */
static const char *const infinitive_cues[] = {
  "add", "argue", "insist", "mutter", "remark", "shout", "warn", "whisper"
};

/* Is token i a verb's base form whose past or present is a cue
 * ("describe", "call", "praise" after "to": "went on to describe it as
 * "…"")?  The lexicon lists the inflected forms only: alone, "call" and
 * "praise" are as often nouns. */
static int infinitive_cue(qctx *c, size_t i)
{
  const tok *t = &c->toks[i];
  char buf[LEX_MAXW + 1];
  const char *w = c->text + t->s;
  size_t n = t->len;
  if (!is_word(t) || (t->flags & TF_CAP) || n < 3 || n + 2 > LEX_MAXW) return 0;
  if (in_list(infinitive_cues, sizeof infinitive_cues / sizeof infinitive_cues[0], w, n)) return 1;
  /* a verb that takes its object and the words ("called it "…"",
   * "described them as "…""), not "to post sales", "to report profits" */
  memcpy(buf, w, n);
  buf[n] = 's';   /* "calls", "describes" */
  if ((lex_lookup(buf, n + 1) & (L_CUE | L_CUE_ING | L_OBJ)) == (L_CUE | L_OBJ)) return 1;
  buf[n] = 'd';   /* "described", "praised" */
  if (w[n - 1] == 'e' && (lex_lookup(buf, n + 1) & (L_CUE | L_CUE_ING | L_OBJ)) == (L_CUE | L_OBJ))
    return 1;
  buf[n] = 'e';
  buf[n + 1] = 'd';   /* "called", "branded" */
  return w[n - 1] != 'e' && (lex_lookup(buf, n + 2) & (L_CUE | L_CUE_ING | L_OBJ)) == (L_CUE | L_OBJ);
}

/* Words naming a rendering of someone's words, sorted: "according to
 * the translation", "according to a transcript". */
static const char *const rendering_nouns[] = {
  "interpreter", "transcript", "translation", "translator"
};

/* Does a rendering noun come within a few words from token i (before e)? */
static int rendering_after(qctx *c, size_t i, size_t e)
{
  size_t k;
  for (k = i; k < e && k < i + 3 && is_word(&c->toks[k]); k++)
    if (in_list(rendering_nouns, sizeof rendering_nouns / sizeof rendering_nouns[0],
                c->text + c->toks[k].s, c->toks[k].len))
      return 1;
  return 0;
}

/* "reforms demanded by the EU would be passed": a cue's participle
 * right after a lower-case noun and before "by" describes the noun (its
 * agent is no speaker of the quote); the sentence's own cue is further
 * left ("Lee told parliament that reforms demanded by …").  A passive
 * ("was demanded by") or a subject ("they demanded") is not one. */
static int reduced_relative(qctx *c, size_t c0, size_t i)
{
  const tok *p;
  if (i <= c0 || i + 1 >= c->nt || !tok_is(c, i + 1, "by") || !past_ed(c, i)) return 0;
  p = &c->toks[i - 1];
  if (!is_word(p) || (p->flags & (TF_CAP | TF_POSS)) || (tlex(c, i - 1) & (L_PRON | L_DET | L_CONJ))
      || tok_in_words(c, i - 1, "was|were|been|being|is|are|be|who|which|that|then|also|had|has|have")
      || (p->len > 2 && memcmp(c->text + p->s + p->len - 2, "ly", 2) == 0))
    return 0;
  return 1;
}

/* Is there a cue word in tokens [c0, i) (i <= e)?  *first caches the
 * first cue of the clause [c0, e) (e when none; (size_t)-1 until looked
 * for), so the clause is scanned once however many of its cues ask. */
static int has_cue_before(qctx *c, size_t c0, size_t e, size_t i, size_t *first)
{
  if (*first == (size_t)-1)
    for (*first = c0; *first < e && !is_cue(c, *first); (*first)++) {}
  return *first < i;
}

/* "Dr Ann Reid, chair of the council, who told": the name before the
 * appositive whose closing comma is at token w (before "who"), or -1. */
#define DL_MAX_WHO_APPOSITIVE 12
static int apposed_before_who(qctx *c, size_t c0, size_t w)
{
  size_t k = w;
  if (!is_punct(&c->toks[w], ',')) return -1;
  while (k > c0 && w - k < DL_MAX_WHO_APPOSITIVE && !is_punct(&c->toks[k - 1], ',')) k--;
  if (k < c0 + 2 || !is_punct(&c->toks[k - 1], ',') || skip_appositive(c, k - 1) != w + 1) return -1;
  return ends_mention(c, k - 2);
}

/* Words of a participle's clause of asking ("asked about the migration
 * plan,") looked through for its closing comma. */
#define DL_MAX_ASKED_CLAUSE 16

/* The attribution before a quote: the clause [c0, e) ending at its
 * opening mark. */
static int named_in_full(const qctx *c, dl_span sp, size_t from);

/* Is the quote told right after "told him" a direct one: only a comma
 * or a colon from token k to the clause's end e ("Stein said Carrow
 * told him, "…"": Carrow's own words, not the passer-on's wording)? */
static int told_directly(const qctx *c, size_t k, size_t e)
{
  size_t j;
  if (k >= e || !(is_punct(&c->toks[k], ',') || is_punct(&c->toks[k], ':'))) return 0;
  for (j = k + 1; j < e; j++)
    if (c->toks[j].kind != T_PUNCT) return 0;
  return 1;
}

static attrib preposed_clause(qctx *c, size_t c0, size_t e)
{
  attrib a = {0, -1, 0, 0};
  size_t i, j, s0, first_cue = (size_t)-1;   /* has_cue_before's cache */
  int m, ok;
  if (c0 >= e) return a;
  if ((m = label_aside(c, c0, e)) >= 0) {
    a.found = 1; a.men = m; a.cue = (uint32_t)(e - 1);
    return a;
  }
  for (i = e; i-- > c0;) {
    int inf;
    m = according(c, i, e, &ok);
    /* "Demir replied, according to the official translation: «…»": a
     * rendering of the words names no speaker; a cue before it does */
    if (ok && m < 0 && rendering_after(c, i + 2, e) && has_cue_before(c, c0, e, i, &first_cue)) continue;
    if (ok) { a.found = 1; a.men = m; a.cue = (uint32_t)i; return a; }
    inf = i > c0 && tok_is(c, i - 1, "to") && !(i >= 2 && heard_word(c, i - 2))
          && (is_cue(c, i) || infinitive_cue(c, i));
    /* ("was overheard to remark": a base form read as its cue too) */
    if (!inf && !is_cue(c, i)
        && !(i >= c0 + 2 && tok_is(c, i - 1, "to") && heard_word(c, i - 2) && infinitive_cue(c, i)))
      continue;
    /* "declined to comment", "refused to say": no words of the subject */
    if (inf && i >= c0 + 2 && refusal_word(c, i - 2)) continue;
    /* a noun after an article or a possessive: "termed the remarks" */
    if (i > c0 && ((c->toks[i - 1].flags & TF_POSS)
                   || (is_word(&c->toks[i - 1]) && (tlex(c, i - 1) & L_DET)))
        && !((tlex(c, i) & L_FRPART) && tok_is(c, i - 1, "a")))
      continue;
    if (cue_is_object_noun(c, c0, i)) continue;
    /* "said the Russian demands were "…"": a cue word that a form of
     * "be" follows is its clause's subject noun, not a verb */
    if (i + 1 < e && !cue_verb_form(c, i) && tok_in_words(c, i + 1, "is|are|was|were"))
      continue;
    /* "Hsia said Xi had told him that Beijing "…"": the one told passes
     * the words on; the cue before it gives its speaker */
    if (i + 1 < e && (tok_is(c, i, "told") || tok_is(c, i, "tells") || tok_is(c, i, "assured"))
        && (tok_is(c, i + 1, "him") || tok_is(c, i + 1, "her") || tok_is(c, i + 1, "them"))
        && i > c0 + 2 && !tok_is(c, i - 1, "who") && !told_directly(c, i + 2, e)
        && has_cue_before(c, c0, e, i - 1, &first_cue))
      continue;
    /* "did not take orders from", "gave orders": the cue word a noun.
     * A past tense or "says" stays a verb: "The letter Ann Lee received
     * said:" (the relative clause's verb, then the sentence's) */
    if (i > c0 && in_list(order_verbs, sizeof order_verbs / sizeof order_verbs[0],
                          c->text + c->toks[i - 1].s, c->toks[i - 1].len)
        && !cue_verb_form(c, i))
      continue;
    if (doc_participle(c, c0, i)) continue;
    if (reduced_relative(c, c0, i)) continue;
    /* "Later, asked about the plan, she was blunt:": a passive
     * participle opening a clause set off by a comma is what the
     * subject was asked; the main clause after it has the speaker */
    if (tok_in_words(c, i, "asked|pressed|questioned|quizzed|challenged") && clause_opens_at(c, i)
        && i + 2 < e) {
      size_t k2;
      /* (words only, DL_MAX_ASKED_CLAUSE at most: a bounded look) */
      for (k2 = i + 1; k2 + 1 < e && k2 <= i + DL_MAX_ASKED_CLAUSE && c->toks[k2].kind != T_PUNCT; k2++) {}
      if (k2 + 1 < e && is_punct(&c->toks[k2], ',')) continue;
    }
    if (i > c0 && plural_poss(c, i - 1)) continue;   /* "the MCAs' claims" */
    /* "the (BVAS) reports tendered by the petitioners": a noun that a
     * participle and its agent follow */
    if (i + 2 < e && past_ed(c, i + 1) && tok_is(c, i + 2, "by"))
      continue;
    a.found = 1;
    a.cue = (uint32_t)i;
    if (inf) {
      /* "She went on to say", "Lee declined to call it": the subject of
       * the clause the infinitive belongs to */
      for (j = c0; j + 1 < i; j++) {
        m = starts_mention(c, j);
        if (m >= 0 && (c->men[m].flags & M_SUBJ)) { a.men = m; return a; }
      }
      return a;
    }
    if (tlex(c, i) & L_CUE_ING) {
      /* "He quoted Ann Lee as saying: "…"", "She quoted him as telling
       * her": the one quoted speaks, not the subject; one no name gives
       * ("quoted a local mayor as saying") is nobody we can name */
      if (i >= c0 + 3 && tok_is(c, i - 1, "as")) {
        /* (role words may come between: "quoted senior party official
         * Li Wen as saying") */
        for (j = i - 2; j > c0 && i - j <= DL_MAX_QUOTED_REACH + 3 && is_word(&c->toks[j]); j--)
          if (tok_is(c, j, "quoted")) break;
        if (j > c0 && i - j <= DL_MAX_QUOTED_REACH + 3 && tok_is(c, j, "quoted")) {
          size_t k = j + 1;
          /* "Ann Lee was quoted by PTV as saying": the passive's subject
           * is the one quoted, not the outlet after "by"; the name right
           * before "was" ("Tom Reyes said Ann Lee was quoted"), or before
           * ", who was" */
          if (tok_in_words(c, j - 1, "was|were|is|are|been|being")) {
            size_t w = j - 1;
            if (w >= c0 + 3 && tok_is(c, w - 1, "who") && is_punct(&c->toks[w - 2], ',')) w -= 2;
            if (w > c0 && (m = ends_mention(c, w - 1)) >= 0 && !(c->men[m].flags & M_DESC)) {
              a.men = m;
              return a;
            }
            for (k = c0; k < j - 1; k++) {
              m = starts_mention(c, k);
              if (m >= 0 && (c->men[m].flags & M_SUBJ) && !(c->men[m].flags & M_DESC)) {
                a.men = m;
                return a;
              }
            }
            return a;
          }
          /* "quoted leader Kim Jong Un as saying": role words, then the name */
          while (k + 2 < i && k - j <= DL_MAX_ROLE_WORDS && starts_mention(c, k) < 0
                 && lower_roles(c, k, k + 1))
            k++;
          m = starts_mention(c, k);
          a.men = m >= 0 && c->men[m].t1 + 2 == i && !(c->men[m].flags & M_DESC) ? m : -1;
          return a;
        }
      }
      /* "with Ann Lee asserting that …": the name right before */
      m = i > c0 ? ends_mention(c, i - 1) : -1;
      if (m >= 0 && !(c->men[m].flags & (M_PRON | M_DESC))) {
        /* "with" a few words before: "with party leader Ann Lee" */
        for (j = c->men[m].t0; j > c0 && c->men[m].t0 - j < DL_MAX_ROLE_WORDS
                               && is_word(&c->toks[j - 1]); j--)
          if (tok_is(c, j - 1, "with")) { a.men = m; return a; }
        /* "He recalled Ann Lee telling him that …", "a video shows Ann
         * Lee saying …": a name not the clause's subject, right before
         * the participle (no comma: "thanked Ann Lee, saying" is the
         * subject's), says it */
        /* (nor a place after "the": "stormed the well of the House
         * chanting", "rallied outside the Capitol chanting") */
        size_t pb = c->men[m].t0 > c0 ? c->men[m].t0 - 1 : c0;   /* (t0 may be token 0) */
        if (pb > c0 && tok_is(c, pb, "the") && is_word(&c->toks[pb - 1])) pb--;
        if (!(c->men[m].flags & (M_SUBJ | M_ORG | M_POSS | M_ROLE)) && c->men[m].t0 > c0
            && is_word(&c->toks[c->men[m].t0 - 1]) && !(tlex(c, c->men[m].t0 - 1) & (L_PREP | L_CONJ))
            && !(tlex(c, pb) & (L_PREP | L_CONJ)) && !tok_in_words(c, pb, "outside|inside")) {
          a.men = m;
          return a;
        }
      }
      /* ", with the opposition leader accusing her of …", "With critics
       * saying …": the phrase after an absolute "with" speaks, not the
       * clause's subject (a nameless phrase: no one we can name) */
      for (j = i; j > c0 && i - j <= DL_MAX_ROLE_WORDS && is_word(&c->toks[j - 1]); j--)
        if (tok_is(c, j - 1, "with")) {
          if (j < i && (j - 1 == c0 || is_punct(&c->toks[j - 2], ','))
              && !(c->toks[j - 1].flags & TF_PARA)) {
            a.men = m >= 0 && !(c->men[m].flags & M_PRON) && c->men[m].t0 >= j ? m : -1;
            return a;
          }
          break;
        }
      /* X welcomed Y warmly, saying, "…": the clause's subject */
      for (j = c0; j < i; j++) {
        m = starts_mention(c, j);
        if (m >= 0 && (c->men[m].flags & M_SUBJ)) {
          /* "The Taoiseach, Ann Lee, rejected it, telling the Dail …":
           * the name set off after a lone title is that subject */
          size_t cm = c->men[m].t1 + 1;
          int m2;
          if (cm + 2 < i && is_punct(&c->toks[cm], ',') && lone_title(c, m)
              && (m2 = starts_mention(c, cm + 1)) >= 0
              && !(c->men[m2].flags & (M_PRON | M_DESC | M_ORG | M_POSS))
              && c->men[m2].t1 + 1 < i && is_punct(&c->toks[c->men[m2].t1 + 1], ','))
            m = m2;
          a.men = m;
          return a;
        }
      }
      /* 'X called it "a farce," adding that …' / '… and predicting it
       * would pass "…"': the clause opened before the previous quote of
       * its sentence, whose subject the participle shares */
      if (c0 == 0 && !(c->toks[0].flags & (TF_PARA | TF_WIN))) a.same = 1;
      return a;
    }
    /* X noted, "…" / X, a spokesman, told reporters: "…" */
    j = i;
    if ((tlex(c, i) & L_FRPART) && j > c0 && tok_is(c, j - 1, "a")) j--;   /* X a déclaré */
    while (j > c0 && is_word(&c->toks[j - 1]) && !(c->toks[j - 1].flags & TF_CAP)
           && ((tlex(c, j - 1) & L_ADV) || (tlex(c, j - 1) & L_LY)) && i - j < 3)
      j--;
    /* "a nurse from Dublin, Ohio, said": the region goes with its place */
    if (j > c0 && region_after_place(c, c0, j - 1)) j = c->men[ends_mention(c, j - 2)].t0;
    if (j > c0 && is_punct(&c->toks[j - 1], ',')) {
      /* an appositive: back to its opening comma */
      size_t k = j - 1;
      int of_tail;
      while (k > c0 && !is_punct(&c->toks[k - 1], ',') && j - k < 20) k--;
      /* "The opinion, written by Justice Ann Lee, said": its one author */
      if (k > c0 && is_punct(&c->toks[k - 1], ',') && k + 2 < j
          && (tok_is(c, k, "written") || tok_is(c, k, "signed") || tok_is(c, k, "authored"))
          && tok_is(c, k + 1, "by") && (m = starts_mention(c, k + 2)) >= 0
          && !(c->men[m].flags & (M_PRON | M_DESC))
          /* (a time after the name: "signed by Ann Lee on Monday,") */
          && c->men[m].t1 + 2 + when_phrase(c, c->men[m].t1 + 1) == j) {
        a.men = m;
        return a;
      }
      if (k > c0 && is_punct(&c->toks[k - 1], ',') && k + 2 < j && tok_is(c, k, "known")) {
        /* "The rebels' commander, known (by the alias) as Antonio Garcia,
         * said": the name the appositive gives him */
        size_t kk = k + 1;
        while (kk < j - 1 && kk < k + 5 && is_word(&c->toks[kk]) && !(c->toks[kk].flags & TF_CAP))
          kk++;
        m = starts_mention(c, kk);
        if (m >= 0 && !(c->men[m].flags & (M_PRON | M_ORG | M_DESC)) && c->men[m].t1 + 2 == j) {
          a.men = m;
          return a;
        }
      }
      if (k > c0 && is_punct(&c->toks[k - 1], ',') && skip_appositive(c, k - 1) == j) {
        /* "The party's leader, Ed Davey, said": the appositive is the name */
        m = starts_mention(c, k);
        /* "The opposition leader, Yoshihiko Noda of the CDP, said" */
        of_tail = m >= 0 && !(c->men[m].flags & (M_PRON | M_ORG | M_DESC))
                  && skip_of_name(c, c->men[m].t1 + 1) == j - 1;
        /* (a short parenthesis after the name: "Akin Olujinmi (SAN),") */
        if (m >= 0 && skip_paren(c, c->men[m].t1 + 1, j) + 1 != j && !of_tail) {
          /* "The member for Carleton, Conservative housing critic Ann
           * Lee, said": the subject ending it, after role words */
          int m2 = ends_mention(c, j - 2);
          size_t w = k;
          while (w < j - 2 && is_word(&c->toks[w])) w++;
          if (m2 >= 0 && (c->men[m2].flags & M_SUBJ) && !(c->men[m2].flags & (M_PRON | M_DESC))
              && w >= c->men[m2].t0)
            m = m2;
        }
        int pm = k >= 2 ? ends_mention(c, k - 2) : -1;
        if (m >= 0 && !(c->men[m].flags & M_PRON)
            && (skip_paren(c, c->men[m].t1 + 1, j) + 1 == j || of_tail)
            && (pm < 0 || prep_object(c, pm)   /* "the envoy to Peru, Ann Lee," */
                || lone_title(c, pm))) {         /* "The Chancellor, Ann Lee," */
          a.men = m;
          return a;
        }
        j = k - 1;
        /* an age or a party tag before it: "Ann Lee, 67, a retired
         * teacher, said", "Ann Lee, D-Ohio, a member of the panel, said" */
        if (j >= c0 + 3 && is_punct(&c->toks[j - 2], ',')
            && (c->toks[j - 1].kind == T_NUM || party_tag(c, j - 1)))
          j -= 2;
        /* a relative clause after a name's appositive: "Ann Lee, the
         * Labour MP for Leeds, who sits on the committee, said": back
         * over the appositive to the name */
        else if (tok_is(c, k, "who") || tok_is(c, k, "whose")) {
          size_t k2 = j;
          int mn, sm;
          while (k2 > c0 && !is_punct(&c->toks[k2 - 1], ',') && j - k2 < 20) k2--;
          if (k2 > c0 + 1 && is_punct(&c->toks[k2 - 1], ',') && skip_appositive(c, k2 - 1) == j + 1
              && (mn = ends_mention(c, k2 - 2)) >= 0
              && !(c->men[mn].flags & (M_PRON | M_DESC | M_ORG | M_POSS)) && !lone_title(c, mn)
              /* not "In Khartoum, a senior official, who …, said": a
               * place after a preposition opening the sentence is where
               * the nameless speaker is, not who speaks */
              && !opening_prep_object(c, mn)
              /* not "the Senate Leader, Ann Lee, who …, said": a name
               * there is the speaker */
              && ((sm = starts_mention(c, k2)) < 0 || (c->men[sm].flags & M_ORG)))
            j = k2 - 1;
        }
      } else if (k > c0 + 1 && is_punct(&c->toks[k - 1], ',') && j >= k + 2
                 && (m = ends_mention(c, j - 2)) >= 0 && lower_roles(c, k, c->men[m].t0)
                 && !(c->men[m].flags & (M_PRON | M_DESC | M_ORG | M_POSS))) {
        /* "Another protester, university student Nusrat Jahan, said":
         * lower-case role words, then the name */
        int pm = ends_mention(c, k - 2);
        if (pm < 0 || prep_object(c, pm) || lone_title(c, pm)) {
          a.men = m;
          return a;
        }
      }
    }
    /* "a farmer from Ames, Iowa, who asked not to be named, said": back
     * at the comma before "who", the region goes with its place too */
    if (j > c0 && j < i && region_after_place(c, c0, j)) j = c->men[ends_mention(c, j - 1)].t0;
    /* "X was heard to say", "X was overheard to remark": the one heard */
    if (i >= c0 + 4 && tok_is(c, i - 1, "to") && heard_word(c, i - 2)
        && (tok_is(c, i - 3, "was") || tok_is(c, i - 3, "were") || tok_is(c, i - 3, "is")
            || tok_is(c, i - 3, "are")))
      j = i - 3;
    /* "X is said (supposed, reported) to have said" */
    if (i >= c0 + 5 && tok_is(c, i - 1, "have") && tok_is(c, i - 2, "to")
        && is_word(&c->toks[i - 3]) && (participle(c, i - 3) || tok_is(c, i - 3, "said")
                                        || tok_is(c, i - 3, "known") || tok_is(c, i - 3, "thought"))
        && (tok_is(c, i - 4, "is") || tok_is(c, i - 4, "was") || tok_is(c, i - 4, "are")
            || tok_is(c, i - 4, "were")))
      j = i - 4;   /* (the adverb loop took "have" already) */
    /* "tabled by Ann Lee, who said it cost "…"", "Lee — who called it
     * "…" —": the name before "who" */
    if (j >= c0 + 3 && tok_is(c, j - 1, "who")
        && (is_punct(&c->toks[j - 2], ',') || is_punct(&c->toks[j - 2], 0x2014)
            || is_punct(&c->toks[j - 2], 0x2013) || is_punct(&c->toks[j - 2], '('))
        && ((m = ends_mention(c, j - 3)) >= 0 || (m = apposed_before_who(c, c0, j - 2)) >= 0)
        /* (set off by dashes or a parenthesis, the name opens its clause) */
        && ((c->men[m].flags & M_SUBJ)
            || (!is_punct(&c->toks[j - 2], ',') && subject_before(c, c->men[m].t0)))
        && !(c->men[m].flags & (M_PRON | M_DESC))) {
      a.men = role_holder(c, c0, m);
      return a;
    }
    /* X on Monday said "…", X last week said, X yesterday said */
    {
      size_t w;
      for (w = DL_MAX_WHEN_TOKENS; w >= 1; w--)
        if (j >= c0 + w + 1 && when_phrase(c, j - w) == w) { j -= w; break; }
    }
    /* "the Chinese embassy in Tokyo said": where the body sits */
    {
      size_t w;
      for (w = 2; w <= 3; w++)
        if (j >= c0 + w + 1 && seat_after(c, j - w - 1) == w
            && (m = ends_mention(c, j - w - 1)) >= 0 && (c->men[m].flags & M_ORG)) {
          j -= w;
          break;
        }
    }
    j = paren_before(c, c0, j);   /* Sen. Ann Lee (D-Ariz.) said */
    /* "Kasper himself, campaigning in Tucson, wrote": a reflexive that
     * stresses the name before it */
    if (j > c0 + 1 && tok_in_words(c, j - 1, "himself|herself|themselves")
        && ends_mention(c, j - 2) >= 0 && !(c->men[ends_mention(c, j - 2)].flags & M_PRON))
      j--;
    /* "Ann Lee of the right-wing Sanseito party said", "of the centrist
     * party": lower-case words describing the body between "the" and its
     * noun; the name before "of" speaks */
    if (j > c0 + 4 && (tok_org_kind(c, j - 1)
                       || ((m = ends_mention(c, j - 1)) >= 0 && (c->men[m].flags & M_ORG)))) {
      /* (the noun alone, or a body's name: "of the ruling People Power
       * Party") */
      size_t k = tok_org_kind(c, j - 1) ? j - 2 : j - 1;
      int n = 0, mb = ends_mention(c, k);
      if (mb >= 0 && !(c->men[mb].flags & (M_PRON | M_POSS)) && c->men[mb].t0 > c0 + 3)
        k = c->men[mb].t0 - 1;
      while (n < 2 && k > c0 + 2 && is_word(&c->toks[k])
             && !(c->toks[k].flags & (TF_CAP | TF_POSS))
             && !(tlex(c, k) & (L_PREP | L_CONJ | L_DET | L_PRON | L_CUE)) && !tok_is(c, k, "the")) {
        k--;
        n++;
      }
      if (n > 0 && tok_is(c, k, "the") && tok_is(c, k - 1, "of")
          && (m = ends_mention(c, k - 2)) >= 0
          && !(c->men[m].flags & (M_PRON | M_POSS | M_ORG | M_DESC))
          /* a person's name, not "Members of the ruling party" */
          && (c->men[m].t1 > c->men[m].t0 || names_person(c, c->men[m].t0, c->men[m].t1))) {
        a.men = m;
        return a;
      }
    }
    /* "Ann Lee of the Labour party said": the body's noun after its name */
    if (j > c0 + 3 && tok_org_kind(c, j - 1) && (m = ends_mention(c, j - 2)) >= 0
        && !(c->men[m].flags & (M_PRON | M_POSS)) && c->men[m].t0 > c0 + 1
        && (tok_is(c, c->men[m].t0 - 1, "the") || tok_is(c, c->men[m].t0 - 1, "of")))
      j--;
    if (j > c0 && (m = ends_mention(c, j - 1)) >= 0) {
      /* not "the senator from Texas said"; "Governor Kim of the Bank of
       * Korea said": the name before the preposition */
      size_t p = c->men[m].t0;
      int m2;
      if (p > c0 && tok_is(c, p - 1, "the")) p--;
      if (!(p > c0 && is_word(&c->toks[p - 1]) && !(c->toks[p - 1].flags & TF_CAP)
            && (tlex(c, p - 1) & L_PREP))
          || post_after_title(c, c0, p, &c->men[m]))
        a.men = m;
      else if (p > c0 + 1 && (tok_is(c, p - 1, "of") || tok_is(c, p - 1, "at"))
               && (m2 = ends_mention(c, p - 2)) >= 0
               && !(c->men[m2].flags & (M_PRON | M_ORG | M_POSS))) {
        /* "Professor Lee of the University of the Witwatersrand said":
         * a body's word alone before "of the" is the body's, not the
         * speaker; the name before it is */
        const mention *b = &c->men[m2];
        int m3;
        p = b->t0;
        if (b->t0 == b->t1 && c->toks[p].len <= 13
            && is_org_last(c->text + c->toks[p].s, c->toks[p].len)) {
          if (p > c0 && tok_is(c, p - 1, "the")) p--;
          if (p > c0 + 1 && (tok_is(c, p - 1, "of") || tok_is(c, p - 1, "at"))
              && (m3 = ends_mention(c, p - 2)) >= 0
              && !(c->men[m3].flags & (M_PRON | M_ORG | M_POSS)))
            m2 = m3;
        }
        a.men = m2;
      }
      return a;
    }
    /* X did this and said: "…": the clause's subject; with the clause
     * opening right after the previous quote, that quote's speaker */
    /* a headline drops the "and": "Trump rallies supporters in Ohio,
     * vows to "…"": the name opening it, a lower-case word after it (a
     * headline's present tense, "rallies", reads as a noun too) */
    if (j > c0 + 2 && is_punct(&c->toks[j - 1], ',') && in_headline(c, c->toks[j].s)
        && (m = starts_mention(c, c0)) >= 0 && c->men[m].t1 + 2 < j
        && !(c->men[m].flags & (M_PRON | M_DESC | M_POSS)) && is_word(&c->toks[c->men[m].t1 + 1])
        && !(c->toks[c->men[m].t1 + 1].flags & TF_CAP)
        && !(tlex(c, c->men[m].t1 + 1) & (L_PREP | L_CONJ | L_DET | L_PRON))) {
      a.men = m;
      return a;
    }
    if ((j > c0 || then_after_comma(c, c0, j, i))
        && ((j > c0 && is_word(&c->toks[j - 1]) && (tok_is(c, j - 1, "and") || tok_is(c, j - 1, "but")))
            /* '… said it was "relentless," then added: "…"' ("then", an
             * adverb, skipped above) */
            || then_after_comma(c, c0, j, i))) {
      for (s0 = c0; s0 + 1 < j; s0++) {
        m = starts_mention(c, s0);
        /* not "in Barnsley last month, a miner named Keith Walsh stood
         * up and told": a preposition's object is no subject */
        if (m >= 0 && ((c->men[m].flags & M_SUBJ)
                       || (verb_like(c, c->men[m].t1 + 1) && !prep_object(c, m))
                       /* a headline's name opening it, a lower-case word
                        * after it ("Reeves rules out tax rise but warns
                        * of 'tough choices'": "rules" reads as a noun) */
                       || (s0 == c0 && in_headline(c, c->toks[s0].s)
                           && !(c->men[m].flags & (M_PRON | M_DESC | M_POSS))
                           && c->men[m].t1 + 1 < j && is_word(&c->toks[c->men[m].t1 + 1])
                           && !(c->toks[c->men[m].t1 + 1].flags & TF_CAP)
                           && !(tlex(c, c->men[m].t1 + 1) & (L_PREP | L_CONJ | L_DET | L_PRON))))) {
          a.men = m;          /* "leader Ann Lee welcomed it but said" */
          return a;
        }
      }
      if (c0 == 0 && !(c->toks[0].flags & (TF_PARA | TF_WIN))) a.same = 1;
      return a;
    }
    /* said X: / said X, "…" (not "told X", not "said X was …") */
    /* "a reporter pressed Leavitt:", "Lee asked Ann Ruiz:": after a
     * subject, the name after a verb of asking is whom it asks; the
     * subject speaks (none when nameless) */
    if (i > c0 && is_word(&c->toks[i - 1]) && !(tlex(c, i - 1) & (L_CONJ | L_ADV | L_LY))
        && tok_in_words(c, i, "asked|asks|pressed|presses|questioned|challenged|quizzed|"
                              "interrupted|urged|begged|implored|grilled")
        && (m = starts_mention(c, skip_adv(c, i + 1, e))) >= 0 && !(c->men[m].flags & M_PRON)) {
      for (s0 = c0; s0 < i; s0++) {
        int m2 = starts_mention(c, s0);
        if (m2 >= 0 && (c->men[m2].flags & M_SUBJ) && !(c->men[m2].flags & M_DESC)) {
          a.men = m2;
          break;
        }
      }
      return a;
    }
    if (!(tlex(c, i) & L_OBJ)) {
      m = starts_mention(c, skip_adv(c, i + 1, e));
      if (m >= 0 && c->men[m].t1 + 1 == e && lower_after(c, e - 1)) {
        /* "says U.S. "stirring up trouble"": the name is what the words
         * describe (the subject of a reported clause); the cue's own
         * subject speaks */
        for (s0 = c0; s0 < i; s0++) {
          int m2 = starts_mention(c, s0);
          if (m2 >= 0 && (c->men[m2].flags & M_SUBJ) && !(c->men[m2].flags & (M_PRON | M_DESC))) {
            a.men = m2;
            break;
          }
        }
        return a;
      }
      if (m >= 0 && (c->men[m].t1 + 1 == e
                     || (c->men[m].t1 + 2 == e && c->toks[e - 1].kind == T_PUNCT)
                     /* said X, a fellow at the Y Institute, "…" */
                     || (!(c->men[m].flags & M_PRON) && skip_appositives(c, c->men[m].t1 + 1) == e)))
        a.men = m;
    }
    return a;
  }
  /* Xi: "…" (not "Ann Lee was told: "…"": a passive's subject heard it) */
  if (is_punct(&c->toks[e - 1], ':')) {
    /* "Hale's message was simple:", "Lee's reply:": the owner of the words */
    int pm = c->toks[c0].men;
    if (pm >= 0 && c->men[pm].t0 == c0 && (c->men[pm].flags & M_POSS)
        && !(c->men[pm].flags & (M_PRON | M_ORG | M_DESC))
        && c->men[pm].t1 + 1 < e && e - (c->men[pm].t1 + 1) <= DL_MAX_WORDS_NOUN_GAP
        && in_list(words_nouns, sizeof words_nouns / sizeof words_nouns[0],
                   c->text + c->toks[c->men[pm].t1 + 1].s, c->toks[c->men[pm].t1 + 1].len)) {
      a.found = 1; a.men = pm; a.cue = (uint32_t)(e - 1);
      return a;
    }
    for (j = c0 + 1; j + 1 < e; j++)
      if (passive_cue(c, j)) return a;
    for (j = c0; j + 1 < e; j++) {
      m = starts_mention(c, j);
      if (m >= 0 && ((c->men[m].flags & M_SUBJ) || c->men[m].t1 + 2 == e)) {
        /* "The Speaker, Lindsay Hoyle, intervened:": the name set off
         * after a lone title */
        size_t k = c->men[m].t1 + 1;
        int m2;
        if (!(c->men[m].flags & M_PRON) && lone_title(c, m) && k + 2 < e && is_punct(&c->toks[k], ',')
            && (m2 = starts_mention(c, k + 1)) >= 0
            && !(c->men[m2].flags & (M_PRON | M_ORG | M_DESC | M_ROLE))
            && c->men[m2].t1 + 1 < e && is_punct(&c->toks[c->men[m2].t1 + 1], ','))
          m = m2;
        a.found = 1; a.men = m; a.cue = (uint32_t)(e - 1);
        return a;
      }
    }
  }
  /* a headline's label, a name and a colon: "Lavrov: Russia will not
   * accept "ultimatums" from NATO" (the name's words, as in "Lavrov:
   * "…"", with more words of the headline before the quote) */
  if ((c->toks[c0].flags & TF_PARA) && in_headline(c, c->toks[c0].s)
      && (m = starts_mention(c, c0)) >= 0 && c->men[m].t1 + 2 < e
      && is_punct(&c->toks[c->men[m].t1 + 1], ':')
      && !(c->men[m].flags & (M_PRON | M_DESC | M_POSS | M_ORG))
      /* a person's (not a topic's: "Brexit: what a "hard border" means") */
      && ((c->men[m].flags & M_TITLED) || names_person(c, c->men[m].t0, c->men[m].t1)
          || named_in_full(c, c->men[m].span, c->toks[e - 1].s))) {
    for (j = c->men[m].t1 + 2; j < e; j++)
      if (c->toks[j].kind == T_PUNCT && c->toks[j].cp == ':') return a;
    a.found = 1; a.men = m; a.cue = (uint32_t)(c->men[m].t1 + 1);
    return a;
  }
  return a;
}

/* Is the one word of span sp (a headline's "Lavrov") the last of a
 * person's name after byte from ("Foreign Minister Sergey Lavrov said"):
 * the word right after a given name, or after a capitalized word the
 * lexicon does not know inside a sentence?  Reads at most
 * DL_MAX_LABEL_LOOK bytes. */
#define DL_MAX_LABEL_LOOK 2000
static int named_in_full(const qctx *c, dl_span sp, size_t from)
{
  const char *w = c->text + sp.start;
  size_t n = sp.len, lim = from + DL_MAX_LABEL_LOOK < c->len ? from + DL_MAX_LABEL_LOOK : c->len, p, b;
  if (n < 2 || memchr(w, ' ', n)) return 0;
  for (p = from + 2; p + n <= lim; p++) {
    if (c->text[p] != w[0] || memcmp(c->text + p, w, n) != 0 || c->text[p - 1] != ' '
        || !DL_IS_ALPHA(c->text[p - 2]) || (p + n < c->len && DL_IS_ALNUM(c->text[p + n])))
      continue;
    for (b = p - 2; b > from && DL_IS_ALPHA(c->text[b - 1]); b--) {}
    if (!DL_IS_UPPER(c->text[b]) || b < from + 2 || c->text[b - 1] != ' ') continue;
    if (dl_given_name_find(c->text + b, p - 1 - b)) return 1;
    /* a word the lexicon does not know, inside its sentence ("Chancellor
     * Friedrich Merz"; not "In North Gaza", "After Brexit") */
    if (lex_lookup(c->text + b, p - 1 - b) == 0 && !memchr(".!?\n\r", c->text[b - 2], 5)) return 1;
  }
  return 0;
}

/* "Ricardo Ammons and Beatriz Lopes said: "…"": the speaker found is
 * the second of two named people joined by "and" who open the clause
 * (tokens [c0, e)); the first named stands for both, as after the quote
 * ("…," Ammons and Lopes said). */
/* Is mention m a person named who opens the clause from token c0? */
static int named_opener(qctx *c, int m, size_t c0)
{
  return stands_for_others(c, m) && (c->men[m].t0 == c0 || clause_opens_at(c, c->men[m].t0));
}

static attrib preposed(qctx *c, size_t c0, size_t e)
{
  attrib a = preposed_clause(c, c0, e);
  const mention *m2;
  size_t p;
  int m1;
  /* "Hana Ruel and the union said: "…"", "In Paris, Hana Ruel and her
   * lawyer told reporters: "…"": the named person opening the clause
   * (one pass over the clause, once a quote) */
  for (p = c0 + 1; a.found && a.men < 0 && p + 1 < a.cue; p++)
    if (tok_is(c, p, "and") && (m1 = ends_mention(c, p - 1)) >= 0 && named_opener(c, m1, c0)) {
      size_t k1 = and_phrase_end(c, p + 1, e);
      if (k1 && skip_adv(c, k1, e) == a.cue) a.men = m1;
      break;
    }
  if (!a.found || a.men < 0) return a;
  m2 = &c->men[a.men];
  /* (the second may be a body after its article: "Ruth Okafor and the
   * Red Cross told") */
  p = m2->t0 >= c0 + 3 && tok_is(c, m2->t0 - 1, "the") ? m2->t0 - 1 : m2->t0;
  /* "the leaders of France, Germany and Britain said": the list's head
   * speaks, no name in it */
  if (!(m2->flags & M_PRON) && p > c0 && listed_object(c, p) && skip_adv(c, m2->t1 + 1, e) == a.cue) {
    a.men = -1;
    return a;
  }
  if (p < c0 + 2 || (m2->flags & (M_PRON | M_DESC | M_POSS))
      || !tok_is(c, p - 1, "and") || skip_adv(c, m2->t1 + 1, e) != a.cue
      || (m1 = ends_mention(c, p - 2)) < 0 || !named_opener(c, m1, c0))
    return a;
  a.men = m1;
  return a;
}

/* A feature's lead-in: a quote opening its sentence with no cue of its
 * own, right after a sentence of its paragraph whose subject opens it
 * (a person) and then recalls, says … ("She recalls the first winter. "There was
 * no telephone."") or that is only its subject and a verb ("She laughs.
 * "I'm not joking.""): that subject speaks (tokens [0, e); e - 1 ends
 * the sentence).  (An attribution after the quote still wins.) */
#define DL_MAX_LEADIN_SHORT 4

/* Is the name mention m, of no gender told, a person's for a lead-in
 * ("Soler pressed her. "…""): a known given name opens it, or it is one
 * word the article gave a person before (not "Downing Street", nor a
 * firm's one word never seen as anyone's). */
static int lead_person(qctx *c, const mention *m)
{
  size_t k, n = c->nsn < DL_MAX_SEEN_NAMES ? c->nsn : DL_MAX_SEEN_NAMES;
  if (m->flags & (M_PRON | M_ROLE | M_TITLED)) return 0;
  if (m->t0 == m->t1) return known_person_word(c, m);
  if (names_person(c, m->t0, m->t1)) return 1;
  /* the whole name seen before ("Asked by Marta Soler of …") */
  for (k = 0; k < n; k++)
    if (c->sn[k].n == m->span.len && memcmp(c->text + c->sn[k].s, c->text + m->span.start, m->span.len) == 0)
      return 1;
  return 0;
}

static attrib lead_in(qctx *c, size_t e)
{
  attrib a = {0, -1, 0, 0};
  size_t s = e - 1, v;
  int m;
  if (e < 3 || !(c->toks[e - 1].flags & TF_SENT) || c->toks[e - 1].cp != '.') return a;
  while (s > 0 && !(c->toks[s - 1].flags & TF_SENT) && !(c->toks[s].flags & (TF_PARA | TF_WIN))) s--;
  /* the sentence opens its paragraph or follows another in the gap (not
   * the tail of the quote before) */
  if (c->toks[s].flags & TF_WIN) return a;
  if (s == 0 && !(c->toks[0].flags & TF_PARA)) return a;
  if ((m = starts_mention(c, s)) < 0 || !(c->men[m].flags & M_SUBJ)
      || (c->men[m].flags & (M_DESC | M_NOUN | M_POSS | M_ORG))
      /* a person, he or she or a name told to be one (not "they", nor
       * "Downing Street insisted …", "Senators said …") */
      || !(c->men[m].flags & (M_MALE | M_FEMALE) || lead_person(c, &c->men[m])))
    return a;
  v = skip_adv(c, c->men[m].t1 + 1, e);
  if (v >= e - 1 || !is_word(&c->toks[v])) return a;
  /* (not "He said Opec expected a rise. "…"": what "said" reports is
   * the wire's, whose next quote may be anyone's) */
  if (is_cue(c, v) ? (tlex(c, v) & (L_CUE_ING | L_OBJ | L_ACCORD)) != 0
                     || tok_is(c, v, "said") || tok_is(c, v, "says")
                   /* (in "She laughs." the word after the subject can
                    * only be its verb) */
                   /* (counted from the subject's last word: "Marta
                    * Soler pressed her." is as short as "She laughs.") */
                   : e - c->men[m].t1 > DL_MAX_LEADIN_SHORT || (c->toks[v].flags & TF_CAP))
    return a;
  /* "Ray Cole asked her why.": a question put to someone; the quote
   * after it is the answer, not the asker's */
  {
    static const char *const question_words[] = {
      "how", "if", "what", "when", "where", "whether", "who", "why"
    };
    size_t q, w;
    for (q = v + 1; q < e; q++)
      for (w = 0; w < sizeof question_words / sizeof question_words[0]; w++)
        if (tok_is(c, q, question_words[w])) return a;
  }
  a.found = 1;
  a.men = m;
  a.cue = (uint32_t)v;
  return a;
}

/* In an interview's answer ("A: It's a "wait three weeks.""), a quote no
 * cue gives to anyone is the interviewee's: the "A" mention opening the
 * paragraph of token e - 1, if there is one (tokens [0, e)). */
static attrib qa_answer(qctx *c, size_t e)
{
  attrib a = {0, -1, 0, 0};
  size_t k = e;
  int32_t m;
  if (!c->qa.len) return a;   /* no interview seen */
  while (k > 0) {
    const tok *t = &c->toks[--k];
    if (t->flags & TF_WIN) return a;
    if (t->flags & TF_PARA) break;
  }
  if (e == 0 || !(c->toks[k].flags & TF_PARA) || k + 1 >= e || !is_punct(&c->toks[k + 1], ':'))
    return a;
  m = c->toks[k].men;
  if (m < 0 || !(c->men[m].flags & M_ROLE) || !c->men[m].ante.len || c->toks[k].len != 1
      || c->text[c->toks[k].s] != 'A')
    return a;
  a.found = 1; a.men = m; a.cue = (uint32_t)(k + 1);
  return a;
}

/* A partial quote's attribution later in its sentence: ", Foreign
 * Minister Ann Lee said on Monday" / ", he said" (tokens [0, lim)). */
static attrib trailing(qctx *c, size_t lim)
{
  attrib a = {0, -1, 0, 0};
  size_t j, k;
  int m;
  for (j = 0; j < lim; j++) {
    if (c->toks[j].flags & (TF_PARA | TF_WIN | TF_SENT)) break;
    if (!is_punct(&c->toks[j], ',')) continue;
    if (rejected_words(c, j + 1, lim)) return a;
    /* "Türkiye 'will not allow' terror corridor, says Erdogan": a cue,
     * then a name that ends the sentence (a headline's inverted tag) */
    k = j + 1;
    if (k + 1 < lim && is_word(&c->toks[k]) && is_cue(c, k)
        && !(tlex(c, k) & (L_CUE_ING | L_OBJ | L_ACCORD))
        && (m = starts_mention(c, k + 1)) >= 0 && !(c->men[m].flags & (M_DESC | M_PRON))
        && (c->men[m].t1 + 1 >= lim
            || (c->toks[c->men[m].t1 + 1].flags & (TF_PARA | TF_WIN | TF_SENT)))) {
      a.found = 1; a.men = m; a.cue = (uint32_t)k;
      return a;
    }
    if ((m = starts_mention(c, j + 1)) < 0) continue;
    if (c->men[m].flags & M_DESC) continue;
    k = skip_adv(c, c->men[m].t1 + 1, lim);
    if (is_cue(c, k) && !(tlex(c, k) & L_CUE_ING)) {
      a.found = 1; a.men = m; a.cue = (uint32_t)k;
      return a;
    }
  }
  return a;
}

/* Mention m, or the name set off after it when m is a lone title: "The
 * Chancellor, Rachel Reeves, told" is Rachel Reeves speaking. */
static int role_appositive(qctx *c, int m, size_t e)
{
  size_t k = c->men[m].t1 + 1;
  int n;
  if (!lone_title(c, m) || k + 1 >= e || !is_punct(&c->toks[k], ',')) return m;
  n = starts_mention(c, k + 1);
  if (n < 0 || (c->men[n].flags & (M_PRON | M_DESC | M_ORG))) return m;
  k = c->men[n].t1 + 1;
  return k < e && is_punct(&c->toks[k], ',') ? n : m;
}

/* "were told by Downing Street that", "was told by her aide, Sipho
 * Dube, that": after a passive cue, the agent named at token b ("by" at
 * b - 1), a name or the name after a role; its mention, else -1. */
static int passive_agent(qctx *c, size_t b, size_t e)
{
  int m = b < e ? starts_mention(c, b) : -1;
  if (m < 0 || (c->men[m].flags & M_DESC)) {
    int mr;
    if (b + 1 < e && (tok_is(c, b, "her") || tok_is(c, b, "his") || tok_is(c, b, "their"))) b++;
    if ((mr = role_then_name(c, b, e)) >= 0) m = mr;
  }
  return m >= 0 && !(c->men[m].flags & (M_PRON | M_DESC)) ? m : -1;
}

/* From token k after a subject: "released a statement accusing",
 * "issued a statement on Tuesday calling": a verb of giving out, a
 * document, then a participle of speech (before e), whose words are the
 * subject's.  The participle's token, else 0. */
#define DL_MAX_DOC_GAP 4
static size_t issued_doc_cue(qctx *c, size_t k, size_t e)
{
  size_t j;
  if (k + 3 >= e || !tok_in_words(c, k, "released|issued|published|posted|sent|put")) return 0;
  j = k + 1 + tok_is(c, k + 1, "out");
  if (j + 2 >= e || article(c, j) != ART_A || !doc_noun_at(c, j + 1)) return 0;
  /* (a time or a place between: "on Tuesday", "late Monday") */
  for (j += 2; j < e && j < k + 3 + DL_MAX_DOC_GAP && !is_cue(c, j); j++)
    if ((!is_word(&c->toks[j]) && c->toks[j].kind != T_NUM)
        || tok_in_words(c, j, "by|from|of") || c->toks[j].men >= 0)   /* not "a statement from Tom Hale" */
      return 0;
  return j + 1 < e && is_cue(c, j) && (tlex(c, j) & L_CUE_ING) ? j : 0;
}

/* A partial quote inside reported speech: the clause [c0, e) opens with
 * its speaker and a cue ("Lee said the board had asked for 'options'"),
 * or with a passive whose agent spoke ("Reporters were told by Downing
 * Street that the policy was 'settled'"). */
static attrib reported(qctx *c, size_t c0, size_t e)
{
  attrib a = {0, -1, 0, 0};
  size_t j, k;
  int m;
  for (j = c0; j < e; j++) {
    if (j > c0 && j + 1 < e && tok_is(c, j, "by") && passive_cue(c, j - 1)) {
      if ((m = passive_agent(c, j + 1, e)) >= 0) { a.found = 1; a.men = m; a.cue = (uint32_t)(j - 1); }
      return a;
    }
    if ((m = starts_mention(c, j)) < 0) continue;
    k = c->men[m].t1 + 1;
    if (k + 3 < e && passive_cue(c, k + 1) && tok_is(c, k + 2, "by")) {
      /* "Reporters were told by Tom Ray that", "Lee was told by …" */
      if ((m = passive_agent(c, k + 3, e)) >= 0) { a.found = 1; a.men = m; a.cue = (uint32_t)(k + 1); }
      return a;
    }
    /* "A source close to the Supreme Court said": a preposition's
     * object is no subject (the body's phrase is one, as a subject) */
    if ((c->men[m].flags & M_ROLE) && (c->men[m].flags & M_ORG) && prep_object(c, m)) {
      j = c->men[m].t1;
      continue;
    }
    if (!(c->men[m].flags & M_SUBJ) || (c->men[m].flags & M_DESC)) return a;
    m = role_appositive(c, m, e);
    k = skip_paren(c, c->men[m].t1 + 1, e);
    {
      size_t ap = skip_appositives(c, k);
      if (ap) k = ap;
    }
    k = skip_adv(c, k, e);
    if (is_cue(c, k) && !(tlex(c, k) & (L_CUE_ING | L_OBJ)) && k + 1 < e) {
      a.found = 1; a.men = m; a.cue = (uint32_t)k;
    } else if ((k = issued_doc_cue(c, k, e)) != 0) {
      a.found = 1; a.men = m; a.cue = (uint32_t)k;
    }
    return a;   /* only the clause's first name */
  }
  return a;
}

/* Verbs of telling: their object (who heard it) stands between the cue
 * and what it reports ("told the committee the supplier had …"). */
static const char *const tell_verbs[] = {
  "assured", "informed", "reminded", "tells", "told", "warned"
};
/* Object pronouns after a verb of telling. */
static const char *const object_pronouns[] = {
  "her", "him", "me", "them", "us", "you"
};

/* After a verb of telling ending at token k - 1, the token after its
 * object when a reported clause opens there ("told the committee the
 * supplier had", "told him that", "told reporters it was"), else 0.
 * The object is a name, an object pronoun, one lower-case word
 * ("reporters") or an article and one or two lower-case words. */
static size_t told_clause(qctx *c, size_t k, size_t lim)
{
  size_t j = k, w;
  int m;
  if (j >= lim || !is_word(&c->toks[j])) return 0;
  if ((m = starts_mention(c, j)) >= 0 && !(c->men[m].flags & M_PRON)) j = c->men[m].t1 + 1;
  else if (in_list(object_pronouns, sizeof object_pronouns / sizeof object_pronouns[0],
                   c->text + c->toks[j].s, c->toks[j].len))
    j++;
  else {
    if (article(c, j)) j++;
    for (w = 0; w < 2 && j < lim && is_word(&c->toks[j]) && !(c->toks[j].flags & (TF_CAP | TF_POSS))
                && !(tlex(c, j) & (L_DET | L_PREP | L_PRON | L_CONJ | L_CUE | L_VERB | L_LY)); w++)
      j++;
    if (w == 0) return 0;
  }
  if (j + 1 >= lim || !is_word(&c->toks[j])) return 0;
  return (tok_is(c, j, "that") || (tlex(c, j) & L_PRON) || article(c, j) == ART_THE) ? j : 0;
}

/* Writings that state findings ("the report had concluded"), sorted:
 * a reported clause they open is theirs, not the teller's. */
static const char *const finding_nouns[] = {
  "audit", "inquiry", "poll", "report", "review", "ruling", "study", "survey", "verdict"
};

/* Is the lower-case word at token k a plural of people or bodies ("the
 * unions", "the protesters", "the lawmakers", "the analysts"): a title,
 * a body's noun or a person's noun with an -s, or a plural of the agent
 * endings -ers, -ors, -ists, -ians? */
static int plural_agents(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->s;
  size_t n = t->len;
  static const char *const ends[] = { "ers", "ors", "ists", "ians" };
  size_t i;
  if (!is_word(t) || (t->flags & (TF_CAP | TF_POSS)) || n < 5 || w[n - 1] != 's' || w[n - 2] == 's')
    return 0;
  if (org_noun_kind(w, n - 1) || (lex_lookup(w, n - 1) & L_TITLE)) return 1;
  for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
    size_t l = strlen(ends[i]);
    if (n > l + 2 && memcmp(w + n - l, ends[i], l) == 0) return 1;
  }
  return 0;
}

/* Does the clause opening at token j (before lim) have a subject that
 * speaks for itself: a name, a role, a body, a person or a writing ("the
 * minister had called", "the union says", "a doctor said", "the report
 * had concluded"), not a thing ("the supplier had since added a
 * kitchen")? */
static int voiced_subject(qctx *c, size_t j, size_t lim)
{
  size_t k;
  uint32_t g;
  if (starts_mention(c, j) >= 0 || (c->toks[j].flags & TF_CAP)) return 1;
  if (!article(c, j)) return 0;
  for (k = j + 1; k < lim && k < j + 3 && is_word(&c->toks[k]); k++) {
    if ((c->toks[k].flags & TF_CAP) || (tlex(c, k) & L_TITLE) || tok_org_kind(c, k)
        || person_noun(c, k, &g) || plural_agents(c, k)
        || in_list(doc_nouns, sizeof doc_nouns / sizeof doc_nouns[0], c->text + c->toks[k].s,
                   c->toks[k].len)
        || in_list(finding_nouns, sizeof finding_nouns / sizeof finding_nouns[0],
                   c->text + c->toks[k].s, c->toks[k].len))
      return 1;
    if (tlex(c, k) & (L_VERB | L_CUE | L_PREP)) break;
  }
  return 0;
}

/* "Montes testified that the senator had told her to "…"": a cue with
 * no speaker of its own inside what an earlier cue reports ("X said
 * that …") is that cue's speaker's account.  The attribution of the
 * last such cue in [c0, i), if any. */
static attrib outer_cue(qctx *c, size_t c0, size_t i)
{
  attrib none = {0, -1, 0, 0};
  size_t k;
  for (k = i; k-- > c0;) {
    if (!is_cue(c, k) || (tlex(c, k) & L_CUE_ING)) continue;
    /* "told the committee the supplier had since added …" (not "told
     * reporters the minister had called it …": a clause whose subject
     * is a name, a role or a body is that one's account) */
    if (in_list(tell_verbs, sizeof tell_verbs / sizeof tell_verbs[0], c->text + c->toks[k].s,
                c->toks[k].len)) {
      size_t j = told_clause(c, k + 1, i);
      if (j && tok_is(c, j, "that")) j++;   /* "told the committee that the company had" */
      if (j && j < i && !voiced_subject(c, j, i)) return preposed(c, c0, k + 1);
    }
    /* (or with no "that" before a pronoun: "said she had been turned
     * away by men who told her her ballot "had already been cast"") */
    if (skip_adv(c, k + 1, i) < i && (tok_is(c, skip_adv(c, k + 1, i), "that")
                                      || (is_word(&c->toks[skip_adv(c, k + 1, i)])
                                          && (tlex(c, skip_adv(c, k + 1, i)) & L_PRON))))
      return preposed(c, c0, k + 1);
    return none;        /* a nearer cue with no "that": not reported speech */
  }
  return none;
}

/* Is token k the word of n bytes at text + w (case aside)? */
static int tok_is_at(qctx *c, size_t k, size_t w, size_t n)
{
  return c->toks[k].len == n && lword_cmp_n(c->text + c->toks[k].s, n, c->text + w) == 0;
}

/* Does mention m carry the head word (the last) of title sp among its
 * words ("Minister" of "Health Minister")? */
static int title_in_mention(qctx *c, dl_span sp, size_t t0, int m)
{
  size_t k, j, hs = 0, hn = last_word(c->text, sp, &hs);
  for (k = t0; k <= c->men[m].t1; k++)
    if (tok_is_at(c, k, hs, hn))
      return 1;
  /* "Danish PM" of a headline, "Prime Minister Mette Lund" of the lead:
   * the role word's heads, "minister" after its pre word */
  for (j = 0; j < sizeof role_synonyms / sizeof role_synonyms[0]; j++) {
    size_t pn = strlen(role_synonyms[j].pre);
    if (!dl_word_eq(c->text + hs, hn, role_synonyms[j].role)) continue;
    for (k = t0; k <= c->men[m].t1; k++)
      if (tok_in_words(c, k, role_synonyms[j].heads)
          && (!pn || !tok_is(c, k, "minister")
              || (k > t0 && c->toks[k - 1].len == pn
                  && dl_word_eq(c->text + c->toks[k - 1].s, pn, role_synonyms[j].pre))))
        return 1;
  }
  return 0;
}

/* Does span sp open with "a" or "an" ("A U.N. envoy")? */
static int indefinite_span(const char *text, dl_span sp)
{
  const char *w = text + sp.start;
  if (sp.len > 2 && (w[0] == 'a' || w[0] == 'A') && w[1] == ' ') return 1;
  return sp.len > 3 && (w[0] == 'a' || w[0] == 'A') && (w[1] == 'n' || w[1] == 'N') && w[2] == ' ';
}

/* Ranks before a title that name no body or side ("Special envoy",
 * "senior adviser"). */
#define HOLDER_RANKS "special|senior|chief|top|lead|veteran"

/* Is token k's word one of span sp's words (case aside)? */
static int tok_in_span(qctx *c, size_t k, dl_span sp)
{
  size_t i = sp.start, e = sp.start + sp.len;
  while (i < e) {
    size_t b = i;
    while (i < e && c->text[i] != ' ') i++;
    if (tok_is_at(c, k, b, i - b)) return 1;
    i++;
  }
  return 0;
}

/* Tokens of a holder's phrase read for its title: as many as the role
 * words named_later takes before the name (DL_MAX_ROLE_WORDS) and two
 * more, so that a title opening the name's own mention ("Deputy Minister
 * Ann Lee") is reached even after a full run of them.  Past them nothing
 * disagrees. */
#define DL_MAX_HOLDER_WORDS (DL_MAX_ROLE_WORDS + 2)

/* "A U.N. envoy said …", then "U.S. envoy Tom Bell …" or "Opposition
 * spokesman Carlo Bini …": a holder whose words before the title (from
 * t0) name another body or side is another person.  Each such word must
 * be one of the role's own ("U.N.") or a rank that adds no body
 * ("Special envoy", "Senior adviser"), when the role has such words of
 * its own; a title matched only through a synonym (PM, Prime Minister)
 * is not checked. */
static int holder_modifiers_agree(qctx *c, dl_span sp, size_t t0, int m)
{
  size_t k, hs = 0, hn = last_word(c->text, sp, &hs), i, nmod = 0;
  /* a bare "A spokesman said" names no side: a holder's "Government
   * spokesman" may say more of the same person (only words between the
   * article and the title, other than ranks, are the role's own) */
  for (i = sp.start; i < hs; i++)
    if (c->text[i] == ' ' && i + 1 < hs) {
      size_t b = i + 1, e = b;
      while (e < hs && c->text[e] != ' ') e++;
      if (!head_in_words(c->text + b, e - b, HOLDER_RANKS)) nmod++;
    }
  if (nmod == 0) return 1;
  for (k = t0; k <= c->men[m].t1 && k < t0 + DL_MAX_HOLDER_WORDS; k++) {
    if (!is_word(&c->toks[k])) return 1;
    if (tok_is_at(c, k, hs, hn))
      return 1;   /* the title itself: the words before it agreed */
    if (!tok_in_span(c, k, sp) && !tok_in_words(c, k, HOLDER_RANKS))
      return 0;
  }
  return 1;
}

/* "Iran's foreign minister rejected what he called "…"." then a
 * paragraph opening "Abbas Araghchi, speaking to …, said": the role's
 * holder, named whole as the subject of the next paragraph (the tokens
 * after quote q), is the speaker of q, whose pronoun found no name. */
static int named_later_first(qctx *c, dl_quote *q, size_t j);

/* A headline's role ("Philippine minister: '…'") whose holder is not the
 * lead's first name: the first person named in the lead paragraph from
 * token j with a title of that head ("The Philippines will not …,
 * Defence Secretary Gilberto Teodoro said"), else -1. */
static int lead_holder(qctx *c, const dl_quote *q, size_t j)
{
  size_t k;
  int m;
  for (k = j; k < c->nt && !(k > j && (c->toks[k].flags & (TF_PARA | TF_WIN))); k++) {
    const char *full = NULL;
    long h;
    if ((m = starts_mention(c, k)) < 0 || c->men[m].t0 != k) continue;
    if ((c->men[m].flags & (M_PRON | M_ORG | M_DESC | M_ROLE)) || c->men[m].t1 == c->men[m].t0)
      continue;
    h = title_head(c, &c->men[m], &full);
    if (h >= 0) {
      /* the holder's title words from their first ("Finance Minister"
       * is no "foreign minister") */
      size_t t0 = (size_t)h < k ? (size_t)h : k, n = 0;
      while (t0 > j && n++ < 3 && is_word(&c->toks[t0 - 1]) && (c->toks[t0 - 1].flags & TF_CAP)
             && !(c->toks[t0].flags & (TF_SENT | TF_PARA | TF_WIN)))
        t0--;
      if (title_in_mention(c, q->speaker, t0, m) && holder_modifiers_agree(c, q->speaker, t0, m))
        return m;
    }
  }
  return -1;
}

static void named_later(qctx *c, dl_quote *q)
{
  size_t j;
  int m;
  for (j = 0; j < c->nt && !(c->toks[j].flags & (TF_PARA | TF_WIN)); j++) {}
  if (j >= c->nt || (c->toks[j].flags & TF_WIN)) return;
  if (named_later_first(c, q, j) || !in_headline(c, q->speaker.start)) return;
  if ((m = lead_holder(c, q, j)) < 0) return;
  q->resolved = c->men[m].span;
  q->name = dl_quote_strip_title(c->text, q->resolved);
}

/* Does the gap hold no token of a paragraph after the quote's (named_later
 * has no subject to read)? */
static int later_para_in_gap(const qctx *c)
{
  size_t j;
  for (j = 0; j < c->nt; j++)
    if (c->toks[j].flags & (TF_PARA | TF_WIN)) return 1;
  return 0;
}

/* Is token k's word (case aside) a word of text [b, e)?  (Only a role's
 * paragraph before its quote is looked through, once per quote.) */
static int word_in_stretch(qctx *c, size_t k, size_t b, size_t e)
{
  size_t i = b;
  while (i < e) {
    size_t w;
    while (i < e && !DL_IS_ALPHA(c->text[i])) i++;
    w = i;
    while (i < e && DL_IS_ALPHA(c->text[i])) i++;
    if (i > w && tok_is_at(c, k, w, i - w)) return 1;
  }
  return 0;
}

/* Is mention m, the speaker of the quote opening the paragraph after
 * role quote q, the role's holder: a full titled name whose title is the
 * role's ("Foreign Minister Abbas Araghchi" for "Iran's foreign
 * minister"; for a pronoun standing for the role, any title), of the
 * pronoun's gender?  Stricter than named_later_first: a speaker there is
 * no paragraph's subject. */
static int later_from_next(qctx *c, const dl_quote *q, int m)
{
  const mention *x = &c->men[m];
  size_t k;
  uint32_t lx, other;
  if ((x->flags & (M_PRON | M_ORG | M_DESC | M_ROLE)) || x->t1 == x->t0) return 0;
  lx = lex_lookup(c->text + q->speaker.start, q->speaker.len);
  if (lx & L_PRON) {
    /* a pronoun for the role: the title's words, to its last, are all
     * words of the role's paragraph before the quote ("Foreign
     * Minister" in "Iran's foreign minister rejected what he called";
     * not "Defence Minister") */
    size_t p = para_of(c, q->outer.start), last = x->t1;
    if (p >= c->nbp) return 0;
    for (k = x->t0; k < x->t1; k++)
      if (tlex(c, k) & L_TITLE) last = k;
    if (last == x->t1) return 0;
    for (k = x->t0; k <= last; k++)
      if (!word_in_stretch(c, k, c->bp[p].start, q->outer.start)) return 0;
  } else if (!title_in_mention(c, q->speaker, x->t0, m)
             || (indefinite_span(c->text, q->speaker)
                 && !holder_modifiers_agree(c, q->speaker, x->t0, m))) {
    return 0;
  }
  /* "she" is not a man named next (nor "he" a woman) */
  other = !(lx & L_PRON) ? 0 : (lx & L_FEMALE) ? M_MALE : (lx & L_MALE) ? M_FEMALE : 0;
  return !(other && (name_gender(c, x->flags, x->span) & other));
}

/* named_later's usual case: the subject opening the paragraph at token
 * j; 1 when it named q's speaker. */
static int named_later_first(qctx *c, dl_quote *q, size_t j)
{
  size_t t0;
  int m;
  /* "The mayor, Rachel Kowalski, is 38": the name after the role */
  if (j + 3 < c->nt && tok_is(c, j, "the") && is_word(&c->toks[j + 1])
      && (tlex(c, j + 1) & L_TITLE) && is_punct(&c->toks[j + 2], ','))
    j += 3;
  else if (in_headline(c, q->speaker.start) && j + 4 < c->nt && tok_is(c, j, "the")) {
    /* "The U.N. special envoy for Yemen, Hans Lindgren, warned": a
     * longer role set off before the name; the role's words are the
     * holder's title (title_in_mention reads them from t0) */
    size_t k = j + 1, e = j + 1 + DL_MAX_ROLE_WORDS + 3;
    int has_title = 0;
    while (k < c->nt && k < e && is_word(&c->toks[k])
           && !(c->toks[k].flags & (TF_POSS | TF_SENT)) && !(tlex(c, k) & (L_CUE | L_VERB | L_PRON))) {
      if (!(c->toks[k].flags & TF_CAP) && (tlex(c, k) & L_TITLE)) has_title = 1;
      k++;
    }
    if (has_title && k + 1 < c->nt && k < e && is_punct(&c->toks[k], ',') && starts_mention(c, k + 1) >= 0) {
      int m2 = starts_mention(c, k + 1);
      size_t a = c->men[m2].t1 + 1;
      if (a < c->nt && is_punct(&c->toks[a], ',')) {
        t0 = j;
        j = k + 1;
        goto holder;
      }
    }
  }
  /* "Special envoy Amina Diallo met …": role words in lower case before
   * the name (the first capitalized as the sentence opens) */
  t0 = j;
  if (j + 1 < c->nt && is_word(&c->toks[j]) && !(c->toks[j].flags & TF_POSS)
      && (starts_mention(c, j) < 0 || c->men[c->toks[j].men].t1 == j)
      && is_word(&c->toks[j + 1]) && !(c->toks[j + 1].flags & TF_CAP)
      && ((tlex(c, j + 1) & L_TITLE) || tok_in_words(c, j + 1, HOLDER_RANKS)))
    j++;   /* (the first word may be capitalized, or a body's: "U.N. envoy") */
  while (j < t0 + DL_MAX_ROLE_WORDS && j + 1 < c->nt && starts_mention(c, j) < 0
         && is_word(&c->toks[j]) && !(c->toks[j].flags & (TF_POSS | TF_CAP))
         && ((tlex(c, j) & L_TITLE) || tok_in_words(c, j, HOLDER_RANKS)))
    j++;   /* ("U.N. special envoy Rosa Lind": a rank before the title) */
holder:
  if ((m = starts_mention(c, j)) < 0) return 0;
  if ((c->men[m].flags & (M_PRON | M_ORG | M_DESC | M_ROLE)) || !(c->men[m].flags & M_SUBJ)
      || c->men[m].t1 == c->men[m].t0)
    return 0;
  /* a headline's bare title ("Minister Says …"), an indefinite role ("A
   * U.N. envoy said") or role words before the name: only a holder of it
   * ("Finance Minister Petra Holm said"), not whoever opens the lead */
  if ((in_headline(c, q->speaker.start) || indefinite_span(c->text, q->speaker) || j > t0)
      && !title_in_mention(c, q->speaker, t0, m))
    return 0;
  if (indefinite_span(c->text, q->speaker) && !holder_modifiers_agree(c, q->speaker, t0, m))
    return 0;
  {   /* "she" is not a man named next (nor "he" a woman) */
    /* (the lexicon's gendered pronouns, in any case: "SHE" too) */
    uint32_t lx = lex_lookup(c->text + q->speaker.start, q->speaker.len);
    uint32_t other = !(lx & L_PRON) ? 0 : (lx & L_FEMALE) ? M_MALE : (lx & L_MALE) ? M_FEMALE : 0;
    if (other && (name_gender(c, c->men[m].flags, c->men[m].span) & other)) return 0;
  }
  q->resolved = c->men[m].span;
  q->name = dl_quote_strip_title(c->text, q->resolved);
  return 1;
}

/* The role quote q spoke as ("The Prime Minister"), now given a holder
 * by named_later, is remembered as that holder's title, so that a later
 * "the prime minister said" is the same person.  Only a role whose last
 * word is a title's head. */
static void push_role_holder(qctx *c, const dl_quote *q)
{
  const char *s = c->text + q->speaker.start;
  size_t n = q->speaker.len, b = n, w, i;
  unsigned rank = 0;
  while (b > 0 && DL_IS_ALPHA(s[b - 1])) b--;
  if (b == n || !(lex_lookup(s + b, n - b) & L_TITLE)) return;
  /* the rank words before the head ("Prime", "Deputy Chief") */
  for (w = 0; w < b;) {
    size_t e = w;
    while (e < b && DL_IS_ALPHA(s[e])) e++;
    for (i = 0; i < sizeof rank_words / sizeof rank_words[0]; i++)
      if (dl_word_eq(s + w, e - w, rank_words[i])) rank |= 1u << i;
    w = e < b ? e + 1 : b;
  }
  for (i = NTITLED - 1; i > 0; i--) c->tit[i] = c->tit[i - 1];
  c->tit[0].span = q->resolved;
  c->tit[0].head.start = (uint32_t)(q->speaker.start + b);
  c->tit[0].head.len = (uint32_t)(n - b);
  c->tit[0].full = NULL;
  c->tit[0].former = 0;
  c->tit[0].rank = rank;
  c->tit[0].appos = 0;
  c->tit[0].nat.start = c->tit[0].nat.len = 0;
  if (c->ntit < NTITLED) c->ntit++;
}

/* Start of the clause that ends at token e: after the last sentence end,
 * at a paragraph start or a skipped stretch. */
static size_t clause_start(qctx *c, size_t e)
{
  size_t i = e;
  while (i > 0) {
    const tok *t = &c->toks[i - 1];
    if (t->flags & TF_SENT) return i;
    if (t->flags & (TF_PARA | TF_WIN)) return i - 1;
    i--;
  }
  return 0;
}

static dl_span label_name(const char *text, size_t len, const char *w, size_t n);
/* Labels in capitals an editor, not a speaker, puts before words
 * ("NOTE: "…"", "UPDATE:"), sorted. */
static const char *const editor_labels[] = {
  "advisory", "alert", "caption", "caution", "clarification", "correction", "disclaimer",
  "editor", "note", "notice", "update", "warning"
};
#define DL_MAX_LABEL_BACK 8192   /* bytes before a label looked through for its name */

/* Is token k a title in the plural ("MPs", "Senators", "Ministers"): a
 * capitalized word ending in "s" whose singular the lexicon knows as a
 * title?  A mention ending in one names a group, not a person. */
static int plural_title(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  if (!is_word(t) || !(t->flags & TF_CAP) || (t->flags & TF_POSS) || t->len < 3
      || c->text[t->s + t->len - 1] != 's' || c->text[t->s + t->len - 2] == 's')
    return 0;
  return (lex_lookup(c->text + t->s, t->len - 1) & L_TITLE) != 0;
}

/* Fill q's speaker fields from attribution a over the current tokens. */
static void apply(qctx *c, dl_quote *q, const attrib *a)
{
  const tok *cue = &c->toks[a->cue];
  q->cue.start = cue->s;
  q->cue.len = cue->len;
  if (tlex(c, a->cue) & L_ACCORD) {   /* "according to" */
    const tok *to = &c->toks[a->cue + 1];
    q->cue.len = to->s + to->len - cue->s;
  }
  if (cue->kind == T_PUNCT) q->cue.len = 0;   /* "Xi: …" has no cue word */
  if (a->men >= 0) {
    const mention *m = &c->men[a->men];
    q->speaker = m->span;
    if (m->flags & M_DESC) {
      q->resolved.len = 0;   /* "an Israeli official": no name */
    } else if (m->flags & M_ROLE) {
      q->resolved = m->ante;   /* the titled name, or none */
    } else if (m->flags & M_PRON) {
      /* via_pronoun: the speaker is a pronoun; resolved is its
       * antecedent, or empty when none fits ("she" with no woman named
       * before): the spec fixtures pin this (quotes_speakers.txt) */
      q->via_pronoun = 1;
      q->resolved = m->ante;
    } else if (!(m->flags & M_ORG) && plural_title(c, m->t1)
               && !given_gender(c->text, m->span)    /* (not "Tom Judges") */
               /* (nor "the Ottawa Senators", "the Kansas City Chiefs": a
                * place's words after "the" and before the title name its
                * team; "Several Texas Democrats shouted" is a group) */
               && !(m->t0 > 0 && tok_is(c, m->t0 - 1, "the")
                    && c->toks[m->t1].s > m->span.start + 1
                    && dl_known_place(c->text + m->span.start,
                                      c->toks[m->t1].s - 1 - m->span.start))) {
      q->resolved.len = 0;   /* "Several Labour MPs shouted": a group, no one */
    } else {
      q->resolved = m->span;
    }
    /* a label in capitals, "VOSS: "…"": the name the story writes it in;
     * an editor's label ("NOTE:", "UPDATE:") is no one */
    if (cue->kind == T_PUNCT && cue->cp == ':' && m->t0 == m->t1 && !(m->flags & M_PRON)
        && all_caps(c->text + m->span.start, m->span.len)) {
      if (in_list(editor_labels, sizeof editor_labels / sizeof editor_labels[0],
                  c->text + m->span.start, m->span.len)) {
        q->resolved.len = 0;
      } else {
        /* (looked for in the stretch before the label only: one bounded
         * scan per quote) */
        size_t lo = m->span.start > DL_MAX_LABEL_BACK ? m->span.start - DL_MAX_LABEL_BACK : 0;
        dl_span ln = label_name(c->text + lo, m->span.start - lo, c->text + m->span.start, m->span.len);
        if (ln.len) {
          ln.start += (uint32_t)lo;
          q->resolved = ln;
        }
      }
    }
    if (q->resolved.len) q->name = dl_quote_strip_title(c->text, q->resolved);
    if (q->resolved.len) c->last_spk = q->resolved;
    /* an organization's name is whole ("Canadian Federation of …"); a
     * title alone ("U.N. Secretary-General") stays no one's name; "it"
     * stands for a body, whole as well ("… it said") */
    if (((m->flags & M_ORG) || ((m->flags & M_PRON) && tok_is(c, m->t0, "it")))
        && q->name.len)
      q->name = q->resolved;
  }
}

static int starts_upper(const char *text, const dl_quote *q)
{
  size_t i = q->start, e = (size_t)q->start + q->len, adv;
  while (i < e) {
    int32_t cp = dl_utf8_decode(text + i, e - i, &adv);
    if (is_letter_cp(cp)) return is_upper_cp(cp);
    if (cp < 0x80 && DL_IS_DIGIT(cp)) return 1;
    i += adv;
  }
  return 0;
}

static int ends_with_stop(const char *text, const dl_quote *q)
{
  return q->len > 0 && text[q->start + q->len - 1] == '.';
}

/* Is the aside ending at the comma token k (from the comma before it, or
 * the clause's start c0) one that hands the sentence over to a quoted
 * phrase: "as she put it", "in the words of one MP"?  A quote opening in
 * lower case after it is a fragment of the sentence ('has become, in the
 * words of one MP, "a reason to say no"'), not a clause of its own. */
static int words_aside(qctx *c, size_t c0, size_t k)
{
  size_t a = k, j;
  while (a > c0 && k - a < DL_MAX_ASIDE_TOKENS && !is_punct(&c->toks[a - 1], ','))
    a--;
  if (a >= k || (a > c0 && !is_punct(&c->toks[a - 1], ','))) return 0;
  if (tok_is(c, a, "as")) return 1;
  if (!tok_is(c, a, "in")) return 0;
  for (j = a + 1; j < k && j < a + 4; j++)
    if (tok_is(c, j, "words")) return 1;
  return 0;
}

/* Partial quote: set inside a sentence after a word, rather than set off
 * by punctuation or opening its sentence. */
static int is_partial(qctx *c, const dl_quote *q, size_t c0, size_t e)
{
  const tok *t;
  if (c0 >= e) return 0;
  t = &c->toks[e - 1];
  if (t->kind == T_PUNCT) {
    switch (t->cp) {
      case ':': case 0x2013: case 0x2014:
        /* "mouth it along with her: "iron discipline."": a quote set off
         * by a colon or a dash but opening in lower case is a fragment
         * (after a comma it may be a clause: 'According to X, "the plan
         * works."') */
        return !starts_upper(c->text, q) && !(c0 == 0 && !(c->toks[0].flags & (TF_PARA | TF_WIN)));
      case ',':
        return !starts_upper(c->text, q) && words_aside(c, c0, e - 1);
      case ';': case '-': case '(': case '[': case '.': case '?': case '!':
        return 0;
      default:
        return 1;
    }
  }
  /* (in a headline in title case, "Ukraine Claims 'Full Control' of
   * Road", the capital tells nothing) */
  if (t->kind == T_WORD && (tlex(c, e - 1) & L_CUE) && !(t->flags & TF_CAP)
      && starts_upper(c->text, q) && !(DL_IS_UPPER(c->text[t->s]) && in_headline(c, t->s)))
    return 0;
  return 1;
}

/* ""You!" the crowd roared back": right after a quote, in its sentence,
 * a subject of common nouns and its verb that is no cue.  That subject
 * says it (a crowd, a chorus), so the quote does not continue the
 * previous quote's speaker.  Tokens from 0 are the gap after the quote. */
static int other_voice_after(qctx *c)
{
  size_t j = 1;
  if (c->nt < 3 || (c->toks[0].flags & (TF_CAP | TF_PARA)) || !tok_is(c, 0, "the")) return 0;
  while (j < c->nt && j <= DL_MAX_ROLE_WORDS && is_word(&c->toks[j])
         && !(c->toks[j].flags & (TF_CAP | TF_POSS))
         && !(tlex(c, j) & L_ENDS_ROLE))
    j++;
  return j > 1 && !is_cue(c, j) && (verb_like(c, j) || tensed_word(c, j));
}

/* Does word k deny what its clause's subject did ("did not respond",
 * "has never commented", "declined to comment")? */
static int negation(qctx *c, size_t k)
{
  const tok *t = &c->toks[k];
  const char *w = c->text + t->s;
  if (!is_word(t)) return 0;
  if (tok_is(c, k, "not") || tok_is(c, k, "never") || tok_is(c, k, "declined")
      || tok_is(c, k, "refused"))
    return 1;
  return (t->len > 3 && memcmp(w + t->len - 3, "n't", 3) == 0)
      || (t->len > 5 && memcmp(w + t->len - 5, "n\xe2\x80\x99t", 5) == 0);
}

/* Does word k tell of a turn in an exchange: a cue that ends its clause
 * ("Tom Ito replied.", "Ito shot back angrily."), that reports speech
 * ("Solana said that …", "Ito told them"), or a question ("Karen
 * Whitfield followed up with a question")?  (Not a cue with an object:
 * "the governor announced the figures" reports news, it takes no turn.) */
static int takes_turn(qctx *c, size_t k, size_t e)
{
  size_t n;
  if (tok_is(c, k, "question") || tok_is(c, k, "questions")) return 1;
  if (!is_cue(c, k)) return 0;
  if (tok_is(c, k, "said") || tok_is(c, k, "says") || tok_is(c, k, "told")
      || tok_is(c, k, "tells") || tok_is(c, k, "asked") || tok_is(c, k, "asks"))
    return 1;
  n = skip_adv(c, k + 1 + (k + 1 < e && tok_is(c, k + 1, "back")), e);
  return n >= e || (c->toks[n].flags & TF_SENT) || is_punct(&c->toks[n], ':')
      || tok_is(c, n, "that");
}

/* "Ann Lee, the opposition leader, followed up with a question. "…"":
 * a sentence of the quote's own paragraph, before it, whose subject is
 * named, is not the previous quote's speaker (prev) and takes a turn in
 * the exchange (takes_turn, not denied), so the quote does not continue
 * that speaker.  A named subject that does something else ("Judge Ruth
 * Hale dismissed the case.", "Tom Ito did not respond.") leaves the turn
 * with the speaker, whose words often answer it; a later sentence of the
 * speaker's own ("Lee smiled.") gives it back.  One pass over the gap's
 * tokens [0, e). */
/* Is token j a lower-case noun with no name that a cue verb follows, a
 * nameless subject ("…, agronomists say.", "A senior official said it
 * would fail"): no pronoun, title, person's or body's noun, which could
 * stand for the previous speaker ("he said", "the company said")? */
static int nameless_says(qctx *c, size_t j, size_t e)
{
  const tok *t = &c->toks[j];
  uint32_t lx, g;
  size_t n;
  int opens, indef;
  /* a capital only where the sentence opens ("Officials said …"): any
   * other capitalized word may be a name the mentions missed */
  opens = (t->flags & TF_PARA) || j == 0 || (c->toks[j - 1].flags & TF_SENT);
  if (!is_word(t) || (t->flags & TF_POSS) || ((t->flags & TF_CAP) && !opens) || t->men >= 0
      || t->len < 4)
    return 0;
  lx = tlex(c, j);
  /* a title after "a"/"an"/"another" is someone new ("A senior member
   * said"), not a role standing for the speaker ("the minister said") */
  indef = (j >= 1 && tok_in_words(c, j - 1, "a|an|another"))
       || (j >= 2 && tok_in_words(c, j - 2, "a|an|another") && is_word(&c->toks[j - 1])
           && !(c->toks[j - 1].flags & TF_CAP));
  if ((lx & L_TITLE) && !indef) return 0;
  if (lx & (L_PRON | L_PREP | L_DET | L_CONJ | L_CUE | L_VERB | L_LY | L_ADV)) return 0;
  if (tok_org_kind(c, j) || (!indef && person_noun(c, j, &g))
      || in_list(subordinators, sizeof subordinators / sizeof subordinators[0], c->text + t->s, t->len))
    return 0;
  n = j + 1;
  /* "A member of staff said", "a member of the public said": the noun's
   * "of" phrase of one word, then the cue */
  if (n + 2 < e && tok_is(c, n, "of")) {
    n += 1 + tok_is(c, n + 1, "the");
    if (is_word(&c->toks[n]) && !(c->toks[n].flags & TF_CAP)) n++;
  }
  n = skip_adv(c, n, e);
  return n < e && is_cue(c, n) && !(tlex(c, n) & (L_CUE_ING | L_OBJ | L_ACCORD));
}

static int other_subject_before(qctx *c, size_t e, const dl_quote *prev)
{
  size_t p = e, j, n2 = 0, s2 = 0;
  dl_span who = prev->resolved.len ? prev->resolved : prev->speaker;
  int other = 0, pending = 0, turn = 0, denied = 0;
  while (p > 0 && !(c->toks[p - 1].flags & (TF_PARA | TF_WIN))) p--;
  if (p == 0 || !(c->toks[p - 1].flags & TF_PARA)) return 0;
  if (who.len) n2 = last_word(c->text, who, &s2);   /* (the same for every subject) */
  for (j = p - 1; j < e; j++) {
    const mention *m = c->toks[j].men >= 0 ? &c->men[c->toks[j].men] : NULL;
    if (m && (size_t)m->t0 == j && (m->flags & M_SUBJ) && !(m->flags & (M_PRON | M_DESC))) {
      dl_span sp = m->ante.len ? m->ante : m->span;
      size_t n1, s1;
      n1 = last_word(c->text, sp, &s1);
      /* the same person ("Lee smiled.", "the minister went on") */
      if (sp.len && who.len && n1 == n2 && memcmp(c->text + s1, c->text + s2, n1) == 0) {
        other = pending = 0;
      } else {
        pending = 1;
        turn = denied = 0;
      }
      j = (size_t)m->t1;
    } else if (!pending && nameless_says(c, j, e)) {
      pending = 1;   /* "…, agronomists say." / "Officials said …": another voice */
      turn = denied = 0;
      /* "The damage, officials say, runs to millions": a cue set off by
       * commas is a turn whatever follows it */
      if (j > 0 && is_punct(&c->toks[j - 1], ',') && j + 2 < e && is_cue(c, j + 1)
          && is_punct(&c->toks[j + 2], ','))
        turn = 1;
    } else if (pending) {
      if (negation(c, j)) denied = 1;
      else if (takes_turn(c, j, e)) turn = 1;
    }
    if (pending && (j + 1 == e || (c->toks[j].flags & TF_SENT))) {
      other = turn && !denied;
      pending = 0;
    }
  }
  return other;
}

/* A quote that is a whole paragraph with no attribution of its own or
 * speaker before it, and a next paragraph whose first sentence opens
 * with a person's name as its subject and holds a cue or "spoke"
 * (""We lost everything."" then "Giulia Benassi, 58, stood in the mud as
 * she spoke."): the feature's lead names the speaker after the words.
 * The gap's tokens follow the quote (c->toks[0] opens the paragraph). */
static attrib next_para_speaker(qctx *c, dl_span tail)
{
  attrib a = {0, -1, 0, 0};
  const mention *m;
  size_t j;
  if (c->nt < 2 || !(c->toks[0].flags & TF_PARA) || c->toks[0].men < 0) return a;
  m = &c->men[c->toks[0].men];
  if (m->t0 != 0 || !(m->flags & M_SUBJ)
      || (m->flags & (M_DESC | M_ORG | M_NOUN | M_POSS | M_ROLE | M_LATER)))
    return a;
  /* after a paragraph whose last subject is a person (tail,
   * gap_tail_person), only a pronoun standing for that person goes on
   * with them ("Ann Lee walked through the mud." "…" "She said …"); a
   * new name may be anyone's.  Without one, only a name: a pronoun's
   * person is far back */
  if (tail.len) {
    size_t s1, s2, n1, n2;
    if (!(m->flags & M_PRON) || !m->ante.len) return a;
    n1 = last_word(c->text, m->ante, &s1);
    n2 = last_word(c->text, tail, &s2);
    if (n1 != n2 || memcmp(c->text + s1, c->text + s2, n1) != 0) return a;
  } else if (m->flags & M_PRON) {
    return a;
  }
  for (j = (size_t)m->t1 + 1; j < c->nt && !(c->toks[j].flags & (TF_SENT | TF_PARA | TF_WIN)); j++)
    if ((is_cue(c, j) && !(tlex(c, j) & (L_CUE_ING | L_ACCORD))) || tok_is(c, j, "spoke")) {
      a.found = 1;
      a.men = c->toks[0].men;
      a.cue = (uint32_t)j;
      return a;
    }
  return a;
}

/* A quote paragraph whose speaker the next paragraph names: "That was
 * Ann Lee, a farmer from Iowa.", "The words came from Dr Ann Lee, who
 * …", "Those were the words of Ann Lee.", "So said Ann Lee."  The name
 * must be a person's (a given name, a title, a gender or a person seen
 * before: not "That was Paris.") and end its phrase (a comma or the
 * sentence's end: not "That was Ann Lee's view"). */
static attrib named_after_para(qctx *c)
{
  attrib a = {0, -1, 0, 0};
  size_t j = 0, cue;
  int m;
  const mention *x;
  if (c->nt < 4 || !(c->toks[0].flags & TF_PARA)) return a;
  if (tok_in_words(c, 0, "that|this") && tok_in_words(c, 1, "was|is")) {
    cue = 1; j = 2;
  } else if (tok_is(c, 0, "so") && tok_is(c, 1, "said")) {
    cue = 1; j = 2;
  } else if (tok_in_words(c, 0, "the|those|these") && c->nt > 4
             && tok_in_words(c, 1, "words|remarks|comments|message|warning|verdict|assessment")
             && tok_in_words(c, 2, "came|come") && tok_is(c, 3, "from")) {
    cue = 2; j = 4;
  } else if (tok_in_words(c, 0, "those|these|they") && c->nt > 5 && tok_in_words(c, 1, "were|are")
             && tok_is(c, 2, "the") && tok_in_words(c, 3, "words|remarks|comments")
             && tok_is(c, 4, "of")) {
    cue = 1; j = 5;
  } else {
    return a;
  }
  if ((m = starts_mention(c, j)) < 0) return a;
  x = &c->men[m];
  if (x->flags & (M_PRON | M_ORG | M_DESC | M_ROLE | M_NOUN)) return a;
  if (!introduced_person(c, x)) return a;
  if (!name_ends_phrase(c, x)) return a;
  a.found = 1; a.men = m; a.cue = (uint32_t)cue;
  return a;
}

/* The person, a pronoun's included, who is the subject of the last sentence of
 * the gap (the paragraph before the next quote: "Rui Matos walked
 * through the mud.")?  A whole-paragraph quote after it may be that
 * person's, so the person opening the paragraph after the quote is no
 * sure speaker (next_para_speaker).  The name (a pronoun's antecedent),
 * else an empty span.  One pass back over the sentence. */
static dl_span gap_tail_person(qctx *c)
{
  size_t j = c->nt;
  dl_span none = {0, 0};
  while (j-- > 0) {
    const tok *t = &c->toks[j];
    if (j + 1 < c->nt && (t->flags & TF_SENT)) break;   /* (the sentence before) */
    if (t->men >= 0 && (c->men[t->men].flags & M_SUBJ)
        && !(c->men[t->men].flags & (M_ORG | M_NOUN | M_DESC))) {
      const mention *m = &c->men[t->men];
      /* (an unresolved pronoun: its own words, which match no name,
       * still make the next paragraph's subject no sure speaker) */
      return m->ante.len ? m->ante : m->span;
    }
    if (t->flags & (TF_PARA | TF_WIN)) break;
  }
  return none;
}

/* Give q the speaker, its entity and name, the cue and the pronoun flag
 * of attribution `from` (a quote's preposed one, or the previous quote). */
static void take_attribution(dl_quote *q, const dl_quote *from)
{
  q->speaker = from->speaker;
  q->resolved = from->resolved;
  q->name = from->name;
  q->cue = from->cue;
  q->via_pronoun = from->via_pronoun;
}

/* Set the postposed attribution of q (if any) or else its preposed one
 * (pre) or else continue the previous quote's speaker. */
static void finish(qctx *c, dl_quote *q, const attrib *post,
                   const dl_quote *pre_q, int may_inherit, const dl_quote *prev)
{
  if (post && post->found && (post->men >= 0 || !pre_q->speaker.len)) {
    apply(c, q, post);
    return;
  }
  if (pre_q->cue.len && !pre_q->speaker.len && prev && prev->speaker.len
      && prev->cue.start == pre_q->cue.start && prev->cue.len == pre_q->cue.len) {
    /* ""…," says Ann Lee, an analyst who has a "hold" rating": a word
     * quoted inside the previous quote's attribution is its speaker's,
     * so the quote after it still continues that speaker */
    take_attribution(q, prev);
    return;
  }
  if (pre_q->cue.len || pre_q->speaker.len) {
    take_attribution(q, pre_q);
    return;
  }
  if (may_inherit && prev && (!q->partial || may_inherit == 2) && prev->speaker.len) {
    take_attribution(q, prev);
    q->inherited = 1;
  }
}

/* --- names ---------------------------------------------------------------- */

/* Titles written as two capitals that are as often a name's initials
 * ("MK Naama Lazimi", a member of the Knesset; "MK Stalin"), sorted. */
static const char *const initial_titles[] = { "mk" };

/* Is the word text[i, w) of a name ending at e such a title before a
 * single word, so the name's initials ("MK Stalin")?  A member's name
 * after the title has two words or more. */
static int initials_title(const char *text, size_t i, size_t w, size_t e)
{
  size_t k;
  if (w - i != 2 || !DL_IS_UPPER(text[i]) || !DL_IS_UPPER(text[i + 1])
      || !in_list(initial_titles, sizeof initial_titles / sizeof initial_titles[0], text + i, 2))
    return 0;
  while (w < e && DL_IS_SPACE(text[w])) w++;
  if (w >= e) return 0;
  for (k = w; k < e; k++)
    if (DL_IS_SPACE(text[k])) return 0;
  return 1;
}

dl_span dl_quote_strip_title(const char *text, dl_span m)
{
  size_t i = m.start, e = (size_t)m.start + m.len, cut = m.start, lead = m.start;
  int seen_name = 0;
  {
    /* an organization is named whole: "Foreign Ministry", "Justice
     * Department" (their first words are also titles' words) */
    size_t w = e;
    while (w > m.start && !DL_IS_SPACE(text[w - 1])) w--;
    if (w > m.start && is_org_last(text + w, e - w)) return m;
    /* "Council on Foreign Relations": the body's word before "on" */
    for (w = m.start; w + 4 < e; w++)
      if (text[w] == ' ' && text[w + 1] == 'o' && text[w + 2] == 'n' && text[w + 3] == ' ') {
        size_t b = w;
        while (b > m.start && !DL_IS_SPACE(text[b - 1])) b--;
        if (is_org_last(text + b, w - b)) return m;
      }
  }
  while (i < e) {
    size_t w = i, lx;
    while (w < e && !DL_IS_SPACE(text[w])) w++;
    lx = lex_lookup(text + i, w - i);
    if ((lx & L_TITLE) && initials_title(text, i, w, e)) {
      seen_name = 1;   /* "MK Stalin": initials, not the Knesset's title */
    } else if (lx & L_TITLE) { cut = w; seen_name = 0; }
    else if ((dl_word_eq(text + i, w - i, "of") || dl_word_eq(text + i, w - i, "to"))
             && cut == i && i > m.start) {
      /* Secretary of State Jane Roe, Minister of Foreign Affairs Wang
       * Yi: skip "of" and the words after it but the last two (of three
       * or more; else but the last one) */
      size_t w2 = w, r = 0, skip;
      while (w2 < e) {
        while (w2 < e && DL_IS_SPACE(text[w2])) w2++;
        if (w2 >= e) break;
        while (w2 < e && !DL_IS_SPACE(text[w2])) w2++;
        r++;
      }
      skip = r >= 3 ? r - 2 : (r ? r - 1 : 0);
      if (skip == 0) skip = 1;
      w2 = w;
      while (skip--) {
        while (w2 < e && DL_IS_SPACE(text[w2])) w2++;
        while (w2 < e && !DL_IS_SPACE(text[w2])) w2++;
      }
      cut = w2;
      w = w2;
    } else if (dl_word_eq(text + i, w - i, "for") && cut == i && i > m.start) {
      /* "the MP for Bexhill", "Minister for Finance": a post and its seat
       * or portfolio, no name after them ("for Bexhill" is no one) unless
       * a given name comes */
      dl_span rest;
      rest.start = (uint32_t)i;
      rest.len = (uint32_t)(e - i);
      if (!given_gender(text, rest)) {
        rest.start = (uint32_t)e;
        rest.len = 0;
        return rest;
      }
      seen_name = 1;
    } else if ((lx & (L_NAT | L_STOPCAP)) && !(lx & L_GROUP) && !seen_name && lead == i) {
      /* (a group's noun opens a body's name: "Doctors Without Borders") */
      lead = w;
    } else {
      seen_name = 1;
    }
    i = w;
    while (i < e && DL_IS_SPACE(text[i])) { i++; }
    if (lead == w) lead = i;
    if (cut == w) cut = i;
  }
  if (lead > cut) cut = lead;
  if (cut >= e) {
    dl_span whole = m;
    return whole;
  }
  m.len = (uint32_t)(e - cut);
  m.start = (uint32_t)cut;
  return m;
}

/* --- the scan ------------------------------------------------------------- */

void dl_quote_list_init(dl_quote_list *l)
{
  l->items = NULL;
  l->n = l->cap = 0;
}

void dl_quote_list_free(dl_quote_list *l)
{
  free(l->items);
  dl_quote_list_init(l);
}

/* Tokenize the gap [a, b) between two quotes: all of it when short, else
 * its first DL_MAX_QUOTE_LOOKAHEAD and last DL_MAX_QUOTE_LOOKBACK bytes
 * (cut at white space). */
/* Bytes of the lead read before the first quote (tokenize_gap). */
#define DL_MAX_LEAD_READ 300

/* Tokens a gap's window holds at most, about (a word and its space per
 * four bytes): the first gap reserves them, so an article's token array is
 * allocated once rather than doubled from 16 four or five times. */
#define DL_QUOTE_TOKS_FIRST \
  ((DL_MAX_QUOTE_LOOKAHEAD + DL_MAX_QUOTE_LOOKBACK + DL_MAX_LEAD_READ) / 4)

static int tokenize_gap(qctx *c, size_t a, size_t b, int with_head)
{
  c->nt = 0;
  c->nm = 0;
  if (b <= a) return 0;
  if (c->capt == 0
      && dl_grow((void **)&c->toks, &c->capt, DL_QUOTE_TOKS_FIRST, sizeof *c->toks))
    return -1;
  if (b - a <= DL_MAX_QUOTE_LOOKAHEAD + DL_MAX_QUOTE_LOOKBACK) return tokenize(c, a, b, 0);
  if (with_head && !in_headline(c, a)) {
    size_t h = a + DL_MAX_QUOTE_LOOKAHEAD;
    while (h > a && !DL_IS_SPACE(c->text[h - 1])) h--;
    if (tokenize(c, a, h, 0)) return -1;
  } else if (c->nbp > 0) {
    /* before the first quote (or after a headline's): the headline and
     * the lead too, where wire copy gives the people its story quotes
     * their titles ("the populist congressman Héctor Villalobos Quispe" …
     * "said the congressman") */
    size_t t = b - DL_MAX_QUOTE_LOOKBACK, h, s;
    size_t p = (c->bp[0].flags & DL_PARA_HEADLINE) && c->nbp > 1 ? 1 : 0;
    s = with_head || a > c->bp[p].start ? a : c->bp[p].start;   /* not the headline's words */
    h = (size_t)c->bp[p].start + c->bp[p].len;
    if (h > (size_t)c->bp[p].start + DL_MAX_LEAD_READ) h = c->bp[p].start + DL_MAX_LEAD_READ;
    if (h > t) h = t;
    while (h > s && !DL_IS_SPACE(c->text[h - 1])) h--;
    if (h > s && tokenize(c, s, h, 0)) return -1;
  }
  {
    size_t t = b - DL_MAX_QUOTE_LOOKBACK;
    while (t < b && !DL_IS_SPACE(c->text[t])) t++;
    return tokenize(c, t, b, TF_WIN);
  }
}

/* The byte after the dateline opening the paragraph [s, e) that the
 * article marked as holding one ("WASHINGTON, Oct 3 (Reuters) -",
 * "KAZAN, Russia (AP) —", "Moscow, 22 March 2023 (TDI):") and the space
 * after it; s when no separator ends a run of capitalized words and
 * numbers in the first DL_MAX_DATELINE_SCAN bytes.  A dash or a colon
 * after ")" is the separator, as the article's own reader takes it; no
 * quote mark or lower-case word is passed over. */
#define DL_MAX_DATELINE_SCAN 120
static size_t after_dateline(const char *text, size_t s, size_t e)
{
  size_t i, end = 0, lim = e - s > DL_MAX_DATELINE_SCAN ? s + DL_MAX_DATELINE_SCAN : e;
  int word_start = 1, depth = 0;
  for (i = s; i < lim && !end; i++) {
    unsigned char ch = (unsigned char)text[i];
    /* most bytes of a dateline are capitals, digits, commas, full stops
     * and spaces: the tests below for the rest only */
    if (DL_IS_UPPER(ch) || DL_IS_DIGIT(ch) || ch == ',' || ch == '.') {
      word_start = 0;
      continue;
    }
    if (ch == ' ') {
      word_start = 1;
      continue;
    }
    if (ch == '"' || ch == '\'' || ch == 0xC2) return s;   /* straight marks, « » */
    if (ch == 0xE2 && i + 2 < e && (unsigned char)text[i + 1] == 0x80) {
      unsigned char c3 = (unsigned char)text[i + 2];
      if (c3 == 0x93 || c3 == 0x94) end = i + 3;            /* – — */
      else if (c3 >= 0x98 && c3 <= 0x9F) return s;          /* curly marks */
    } else if (ch == '-' && i > s && text[i - 1] == ' ' && i + 1 < e
               && (text[i + 1] == ' ' || text[i + 1] == '-')) {
      end = i + (text[i + 1] == '-' ? 2 : 1);                  /* - -- */
    } else if (ch == ':' && i > s && text[i - 1] == ')') {
      end = i + 1;
    } else if (ch == '(') {
      depth++;
    } else if (ch == ')') {
      if (depth > 0) depth--;
    } else if (word_start && depth == 0 && DL_IS_LOWER(ch)) {
      return s;                              /* "(dpa)" only in parentheses */
    }
    word_start = ch == ' ' || ch == '(' || ch == '/';
  }
  if (!end) return s;
  while (end < e) {
    size_t sp = dl_space_len(text + end, e - end);
    if (!sp) break;
    end += sp;
  }
  return end;
}

/* Is quote q a nickname inside a name: one or two capitalized words,
 * between a capitalized word and a capitalized word on the same line
 * (Ramon "Monching" Villaluz, Juan Miguel "Migz" Zubiri)? */
static int nickname(const char *text, size_t len, const dl_quote *q)
{
  size_t s = q->start, e = s + q->len, b = q->outer.start, a = b + q->outer.len, i, nsp = 0;
  if (!q->closed || q->len == 0 || !DL_IS_UPPER(text[s])) return 0;
  for (i = s; i < e; i++) {
    if (text[i] == ' ') {
      if (++nsp > 1 || i + 1 >= e || !DL_IS_UPPER(text[i + 1])) return 0;
    } else if (!DL_IS_ALPHA(text[i]) && text[i] != '-' && text[i] != '.'
               && !((unsigned char)text[i] >= 0x80)) {
      return 0;
    }
  }
  /* a capitalized word, a space, the marks, a space, a capitalized word */
  if (b < 2 || text[b - 1] != ' ' || !DL_IS_ALPHA(text[b - 2]) || a + 1 >= len
      || text[a] != ' ' || !DL_IS_UPPER(text[a + 1]))
    return 0;
  for (i = b - 1; i > 0 && DL_IS_ALPHA(text[i - 1]); i--) {}
  return DL_IS_UPPER(text[i]);
}

/* Is quote q a work's title (her "Glass Houses" tour, the "Blue Door"
 * album): at most DL_MAX_WORK_WORDS words, each capitalized, no
 * punctuation, inside a sentence, a work's noun (work_nouns) right
 * after the closing mark? */
#define DL_MAX_WORK_WORDS 5
#define DL_MAX_WORK_NOUN 12   /* bytes of the longest work_nouns word */
static int work_title(const char *text, size_t len, const dl_quote *q)
{
  size_t s = q->start, e = s + q->len, b = q->outer.start, a = b + q->outer.len, i, nw = 1, w;
  if (!q->closed || q->len == 0 || !DL_IS_UPPER(text[s]) || b < 2 || text[b - 1] != ' '
      || !DL_IS_ALPHA(text[b - 2]) || a + 1 >= len || text[a] != ' ')
    return 0;
  for (i = s; i < e; i++) {
    if (text[i] == ' ') {
      if (++nw > DL_MAX_WORK_WORDS || i + 1 >= e || !DL_IS_UPPER(text[i + 1])) return 0;
    } else if (!DL_IS_ALPHA(text[i]) && text[i] != '-' && text[i] != '\''
               && !((unsigned char)text[i] >= 0x80)) {
      return 0;
    }
  }
  for (w = a + 1; w < len && w < a + 1 + DL_MAX_WORK_NOUN && DL_IS_LOWER(text[w]); w++) {}
  if (w == a + 1 || (w < len && DL_IS_ALPHA(text[w]))) return 0;
  return in_list(work_nouns, sizeof work_nouns / sizeof work_nouns[0], text + a + 1, w - a - 1);
}

/* Is quote q a broadcast's title (CBS's "Face the Nation", the BBC's
 * 'Sunday with Laura' programme, the RAI show 'Porta a Porta'): at most
 * DL_MAX_SHOW_WORDS words, the first capitalized and the others too or
 * small words ("the", "of"), a comma or full stop only at its end (the
 * US style sets it inside the marks), after an outlet's possessive (an
 * acronym, "Fox News's") or a show's noun, or before one? */
#define DL_MAX_SHOW_WORDS 6
#define DL_MAX_OUTLET_WORD 32   /* bytes of an outlet's name looked at ("WGN-TV") */
static const char *const show_nouns[] = { "podcast", "program", "programme", "show" };
static const char *const show_small[] = {
  "a", "and", "at", "de", "for", "in", "of", "on", "the", "to", "with"
};
static const char *const outlet_last[] = { "news", "radio", "television", "tv" };

/* Are the lists above and media_nouns sorted (in_list searches them by
 * halves)? */
static int show_lists_ok(void)
{
  return SORTED(show_nouns) && SORTED(show_small) && SORTED(outlet_last) && SORTED(media_nouns);
}
/* Does the word ending at text[e) (a space after it) read as an
 * outlet's name: all capitals, two letters at least ("RAI", "WGN-TV"),
 * short (the look back stops there)? */
static int outlet_before(const char *text, size_t e)
{
  size_t b = e, nu = 0;
  while (b > 0 && e - b < DL_MAX_OUTLET_WORD
         && (DL_IS_UPPER(text[b - 1]) || DL_IS_DIGIT(text[b - 1]) || text[b - 1] == '-')) {
    nu += DL_IS_UPPER(text[b - 1]) != 0;
    b--;
  }
  return nu >= 2 && (b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n');
}

/* outlet_before, or a word that ends an outlet's name ("Fox News")? */
static int outlet_name(const char *text, size_t e)
{
  size_t b = e;
  while (b > 0 && e - b < DL_MAX_OUTLET_WORD && DL_IS_ALPHA(text[b - 1])) b--;
  return outlet_before(text, e)
    || (b < e && DL_IS_UPPER(text[b])
        && in_list(outlet_last, sizeof outlet_last / sizeof outlet_last[0], text + b, e - b));
}

static int show_title(const char *text, size_t len, const dl_quote *q)
{
  size_t s = q->start, e = s + q->len, b = q->outer.start, a = b + q->outer.len, i, w, nw = 1, p;
  int ok = 0;
  if (!q->closed || q->len == 0 || !DL_IS_UPPER(text[s]) || b < 4 || text[b - 1] != ' ')
    return 0;
  if (text[e - 1] == ',' || text[e - 1] == '.') e--;
  for (i = s; i < e; i++) {
    if (text[i] == ' ' || text[i] == '\n') {   /* a wrapped line ends a word too */
      if (++nw > DL_MAX_SHOW_WORDS || i + 1 >= e) return 0;
      if (!DL_IS_UPPER(text[i + 1]) && !DL_IS_DIGIT(text[i + 1])) {
        for (w = i + 1; w < e && DL_IS_LOWER(text[w]); w++) {}
        if (!in_list(show_small, sizeof show_small / sizeof show_small[0], text + i + 1, w - i - 1))
          return 0;
      }
    } else if (!DL_IS_ALPHA(text[i]) && !DL_IS_DIGIT(text[i]) && text[i] != '-' && text[i] != '\''
               && text[i] != '&' && !((unsigned char)text[i] >= 0x80)) {
      return 0;
    }
  }
  /* the word before the opening mark: an outlet's possessive or a noun */
  p = b - 1;
  if (p >= 2 && text[p - 1] == ',') p--;   /* the ABC News program, "…" */
  else if (p >= 2 && text[p - 1] == 's' && text[p - 2] == '\'') p -= 2;
  else if (p >= 4 && text[p - 1] == 's' && memcmp(text + p - 4, "\xE2\x80\x99", 3) == 0) p -= 4;
  else if (p >= 2 && text[p - 1] == '\'' && text[p - 2] == 's') p -= 1;   /* ABC News' */
  else if (p >= 4 && memcmp(text + p - 3, "\xE2\x80\x99", 3) == 0 && text[p - 4] == 's') p -= 3;
  for (w = p; w > 0 && p - w <= DL_MAX_OUTLET_WORD
              && (DL_IS_ALPHA(text[w - 1]) || DL_IS_DIGIT(text[w - 1]) || text[w - 1] == '-'); w--) {}
  if (w < p && (w == 0 || text[w - 1] == ' ' || text[w - 1] == '\n')) {
    if (p < b - 1 && text[p] != ',') {
      ok = outlet_name(text, p);
    } else {
      /* a show's noun after an outlet's name ("the RAI program"), not
       * "said the show "Must Go On"" */
      ok = in_list(show_nouns, sizeof show_nouns / sizeof show_nouns[0], text + w, p - w)
        && w >= 3 && text[w - 1] == ' ' && outlet_name(text, w - 1);
    }
  }
  /* or a show's noun right after the closing mark */
  if (!ok && a + 1 < len && text[a] == ' ') {
    for (w = a + 1; w < len && DL_IS_LOWER(text[w]); w++) {}
    ok = (w == len || !DL_IS_ALPHA(text[w]))
      && in_list(show_nouns, sizeof show_nouns / sizeof show_nouns[0], text + a + 1, w - a - 1);
  }
  return ok;
}

/* --- transcript turns --------------------------------------------------- */

/* A transcript sets each turn as a paragraph opened by its speaker's
 * label in capitals and a colon ("THORNE: No. We have been clear"): the
 * turn is a quote of that speaker, marks or none.  An article is read as
 * a transcript when DL_MIN_TURNS paragraphs open so and one label comes
 * back (not a lone "NOTE:" or a dateline's "ISLAMABAD:"). */
#define DL_MIN_TURNS 3
#define DL_MAX_TURN_LABEL 32   /* bytes of a label ("MR THORNE") */
#define DL_MAX_TURN_NAMES 8    /* distinct labels whose names are looked up */

/* How a turn's label reads: a name in capitals ("THORNE", "MR THORNE"),
 * a name in title case ("Thorne", "Ana Ruiz"), or the interviewer's or
 * the interviewee's generic label ("Q", "Reporter", "A", "Answer"). */
enum { TL_CAPS = 1, TL_TITLE, TL_ASK, TL_ANSWER };

/* Labels that stand for the interviewer, whose turns are questions put
 * for the paper, and for the interviewee (lower case, any order). */
static const char *const turn_askers[] = { "interviewer", "q", "question", "questioner", "reporter" };
static const char *const turn_answers[] = { "a", "answer" };
/* Labels opening notes and lists, not turns ("Note:", "UPDATE:", "Pros:"). */
static const char *const turn_not_names[] = {
  "background", "cons", "context", "credit", "photo", "pros", "related", "source", "updated",
  "video", "watch"
};

static int label_char(char ch)
{
  return DL_IS_UPPER(ch) || ch == ' ' || ch == '.' || ch == '-' || ch == '\'';
}

/* The label opening paragraph p: its length (capital letters, spaces,
 * dots, hyphens, apostrophes; two letters at least, no lower case; or
 * up to three words each opening with a capital, "Ana Ruiz"; or "Q" and
 * "A"), with *ls its start, *cs the content's start after the colon and
 * its spaces and *kind how it reads (TL_*); 0 when none.  A paragraph
 * read as opening with a dateline ("KERR: Are you …" looks like
 * "ISLAMABAD: The …") starts after it: its label is looked for before
 * it, on the same line. */
static size_t turn_label(const char *text, const dl_para *p, size_t *ls, size_t *cs, int *kind)
{
  size_t s = p->start, e = (size_t)p->start + p->len, i, nl = 0, nw = 1;
  int low = 0, title = 1;
  if (p->flags & DL_PARA_HEADLINE) return 0;
  if (!(p->flags & DL_PARA_DATELINE) && (p->len < 3 || !DL_IS_UPPER(text[s]))) return 0;
  if ((p->flags & DL_PARA_DATELINE) && !(s < e && DL_IS_UPPER(text[s]) && s + 1 < e
                                          && DL_IS_UPPER(text[s + 1]))) {
    size_t j = s;
    while (j > 0 && text[j - 1] == ' ') j--;
    if (j == 0 || text[j - 1] != ':') return 0;
    s = --j;
    while (s > 0 && j - s < DL_MAX_TURN_LABEL && label_char(text[s - 1])) s--;
    if (s > 0 && text[s - 1] != '\n') return 0;
  }
  *ls = i = s;
  while (i < e && i - s <= DL_MAX_TURN_LABEL && text[i] != ':') {
    char ch = text[i];
    if (DL_IS_UPPER(ch)) nl++;
    else if (DL_IS_LOWER(ch)) low = 1;
    else if (!label_char(ch)) return 0;
    if (ch == ' ') {
      /* each word of a title-case label opens with a capital */
      if (i + 1 < e && !DL_IS_UPPER(text[i + 1])) title = 0;
      nw++;
    }
    i++;
  }
  if (i >= e || text[i] != ':' || !DL_IS_UPPER(text[s])) return 0;
  if (!low && nl >= 2) *kind = TL_CAPS;
  else if (i - s == 1) *kind = text[s] == 'Q' ? TL_ASK : text[s] == 'A' ? TL_ANSWER : 0;
  else if (low && title && nw <= 3 && (p->flags & DL_PARA_DATELINE) == 0) *kind = TL_TITLE;
  else return 0;
  if (!*kind || in_list(turn_not_names, sizeof turn_not_names / sizeof turn_not_names[0], text + s, i - s)
      || in_list(editor_labels, sizeof editor_labels / sizeof editor_labels[0], text + s, i - s))
    return 0;
  if (dl_word_in(text + s, i - s, turn_askers, sizeof turn_askers / sizeof turn_askers[0]))
    *kind = TL_ASK;
  else if (dl_word_in(text + s, i - s, turn_answers, sizeof turn_answers / sizeof turn_answers[0]))
    *kind = TL_ANSWER;
  *cs = i + 1;
  while (*cs < e && DL_IS_SPACE(text[*cs])) (*cs)++;
  return *cs < e && *cs > i + 1 ? i - s : 0;   /* "X:" then a space and words */
}

/* Is the word before cue "I" or "we" ("I told them: "…"")?  lo: where
 * the look stops. */
static int first_person_cue(const char *text, size_t lo, dl_span cue)
{
  size_t e = cue.start, b;
  while (e > lo && text[e - 1] == ' ') e--;
  b = e;
  while (b > lo && DL_IS_ALPHA(text[b - 1])) b--;
  return (e - b == 1 && text[b] == 'I') || (e - b == 2 && DL_LOWER(text[b]) == 'w' && text[b + 1] == 'e');
}

/* The last word of label text[s, s + n): [*ws, return). */
static size_t label_last_word(const char *text, size_t s, size_t n, size_t *ws)
{
  size_t e = s + n, b;
  while (e > s && (text[e - 1] == ' ' || text[e - 1] == '.')) e--;
  b = e;
  while (b > s && text[b - 1] != ' ') b--;
  *ws = b;
  return e - b;
}

/* The whole name that text[i, i + n) ends ("Anders Voss" for "Voss"):
 * the entity is the full name's, not its last word's; its title left out
 * ("Judge", "Sen."). */
#define DL_MAX_LABEL_NAME_WORDS 3   /* words before a label's surname ("Sen. Anders") */
static dl_span label_full_name(const char *text, size_t i, size_t n)
{
  dl_span sp;
  size_t b = i, nw;
  for (nw = 0; nw < DL_MAX_LABEL_NAME_WORDS && b >= 2 && text[b - 1] == ' '
               && DL_IS_ALPHA(text[b - 2]); nw++) {
    size_t a = b - 1;
    while (a > 0 && b - a <= LEX_MAXW + 1
           && (DL_IS_ALPHA(text[a - 1]) || text[a - 1] == '.' || text[a - 1] == '-'))
      a--;
    if (!DL_IS_UPPER(text[a]) || (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\n')
        || (b - 1 - a <= LEX_MAXW && (lex_lookup(text + a, b - 1 - a) & L_TITLE)))
      break;
    b = a;
  }
  sp.start = (uint32_t)b;
  sp.len = (uint32_t)(i + n - b);
  return sp;
}

/* The first place the text writes the label word w[0, n) as a name
 * ("Thorne" for "THORNE"): a capital, then the rest in any case with a
 * lower-case letter among them, between word boundaries and not itself
 * a label (a colon after it), taken with the words of the full name it
 * ends; none when the article never does, or when it gives two full
 * names that end so ("Jo Voss", "Anders Voss": the label is either).
 * *mid tells whether a place writes it as a name for sure: in full, or
 * inside a sentence ("Note that …" opens one). */
static dl_span label_name_mid(const char *text, size_t len, const char *w, size_t n, int *mid)
{
  dl_span sp = {0, 0}, none = {0, 0};
  int full = 0;
  size_t i, k;
  *mid = 0;
  if (n < 2) return sp;
  for (i = 0; i + n <= len; i++) {
    int low = 0;
    dl_span f;
    size_t b;
    if (text[i] != w[0] || (i > 0 && DL_IS_ALPHA(text[i - 1]))) continue;
    if (i + n < len && (DL_IS_ALPHA(text[i + n]) || text[i + n] == ':')) continue;
    for (k = 1; k < n && DL_LOWER(text[i + k]) == DL_LOWER(w[k]); k++)
      if (DL_IS_LOWER(text[i + k])) low = 1;
    if (k < n || !low) continue;
    f = label_full_name(text, i, n);
    for (b = f.start; b > 0 && text[b - 1] == ' '; b--) {}
    if (f.len > n || (b > 0 && (DL_IS_ALPHA(text[b - 1]) || text[b - 1] == ','))) *mid = 1;
    if (f.len == n) {   /* the surname alone ("Voss said") */
      if (!sp.len) sp = f;
    } else if (!full) {
      sp = f;
      full = 1;
    } else if (f.len != sp.len || memcmp(text + f.start, text + sp.start, f.len) != 0) {
      *mid = 0;
      return none;
    }
  }
  return sp;
}

/* Phrases before the interviewee's name in an interview's introduction
 * ("the interview with Foreign Minister Ana Ruiz", "spoke to central
 * bank governor Ivo Brandt"), lower case. */
static const char *const interview_cues[] = {
  "conversation with", "interview with", "interviewed", "sat down with", "speaks to",
  "speaks with", "spoke to", "spoke with", "talked to", "talked with", "talks to", "talks with"
};
#define DL_MAX_NAME_RUN 6      /* capitalized words of a titled name */
#define DL_MAX_INTRO_ROLE 4    /* lower-case words before it ("central bank governor") */

/* The run of capitalized words at text[i, hi) ("Foreign Minister Ana
 * Ruiz"), after up to `lower` lower-case words when they end in a title
 * ("central bank governor"): a person's name when, its titles left out,
 * two words remain, or one after a title ("President Lula"), and its
 * last word names no organization ("Union"); else an empty span. */
static dl_span name_run(const char *text, size_t i, size_t hi, int lower)
{
  dl_span none = {0, 0}, run, bare;
  size_t s, w, nw = 0, nb = 0, k, lw = 0;
  int role = 0;
  while (i < hi && text[i] == ' ') i++;
  while (lower-- > 0 && i < hi && DL_IS_LOWER(text[i])) {
    for (w = i; w < hi && DL_IS_ALPHA(text[w]); w++) {}
    if (w >= hi || text[w] != ' ') return none;
    role = w - i <= LEX_MAXW && (lex_lookup(text + i, w - i) & L_TITLE);
    i = w + 1;
  }
  if (i < hi && !DL_IS_UPPER(text[i])) return none;
  s = w = i;
  /* "The European Union": the article opens no name */
  if (w + 4 <= hi && (dl_word_eq(text + w, 3, "the") || dl_word_eq(text + w, 1, "a"))
      && text[w + (DL_LOWER(text[w]) == 't' ? 3 : 1)] == ' ')
    s = w = w + (DL_LOWER(text[w]) == 't' ? 4 : 2);
  while (w < hi && nw < DL_MAX_NAME_RUN && DL_IS_UPPER(text[w])) {
    size_t e = w + 1;
    while (e < hi && (DL_IS_ALPHA(text[e]) || text[e] == '\'' || text[e] == '-' || text[e] == '.')) e++;
    while (e > w + 2 && text[e - 1] == '.') e--;   /* a sentence's full stop, not "Mr." */
    lw = w;
    nw++;
    w = e;
    /* (at the cap, w stays at the last word's end: no space in the run) */
    if (nw < DL_MAX_NAME_RUN && w + 1 < hi && text[w] == ' ' && DL_IS_UPPER(text[w + 1])) w++;
    else break;
  }
  if (!nw) return none;
  /* "Mayor Ana Ruiz's budget", "Ruiz’s": a possessive names what is
   * the person's, not the person spoken to */
  if ((w - s >= 2 && text[w - 1] == 's' && text[w - 2] == '\'')
      || (w + 3 < hi && (unsigned char)text[w] == 0xE2 && (unsigned char)text[w + 1] == 0x80
          && (unsigned char)text[w + 2] == 0x99 && text[w + 3] == 's'))
    return none;
  run.start = (uint32_t)s;
  run.len = (uint32_t)(w - s);
  if (is_org_last(text + lw, w - lw)) return none;
  bare = dl_quote_strip_title(text, run);
  for (k = bare.start; k < (size_t)bare.start + bare.len; k++)
    if (k == bare.start || text[k - 1] == ' ') nb++;
  if (nb >= 2 || (nb == 1 && (bare.len < run.len || role))) return run;
  return none;
}

#define DL_MAX_INTRO_BACK 200   /* bytes before "spoke to us" looked at */

/* The last name its sentence gives before text[i] ("Tom Reed, who leads
 * the opposition, sat down with us"), looking back DL_MAX_INTRO_BACK
 * bytes at most, not before lo; an empty span when none. */
static dl_span name_before(const char *text, size_t lo, size_t i)
{
  size_t p = i > lo + DL_MAX_INTRO_BACK ? i - DL_MAX_INTRO_BACK : lo;
  dl_span r = {0, 0}, none = {0, 0};
  for (; p < i; p++) {
    if (text[p] == '\n' || ((text[p] == '.' || text[p] == '!' || text[p] == '?') && p > lo
                            && DL_IS_LOWER(text[p - 1])))
      r = none;   /* a sentence ends: its names are no subject here */
    else if (DL_IS_UPPER(text[p]) && (p == lo || !DL_IS_ALPHA(text[p - 1]))) {
      dl_span f = name_run(text, p, i, 0);
      if (f.len) {
        r = f;
        p = (size_t)f.start + f.len - 1;
      }
    }
  }
  return r;
}

/* The interviewee an interview's introduction text[lo, hi) names: the
 * person after an interview phrase, or before it when the phrase's
 * object is the paper ("Tom Reed sat down with us"), else the first one
 * it names in full ("Mayor Ines Brandt spoke to us"); an empty span
 * when none. */
static dl_span interviewee(const char *text, size_t lo, size_t hi)
{
  size_t i, k;
  dl_span r = {0, 0};
  for (i = lo; i < hi && !r.len; i++) {
    if (!DL_IS_LOWER(text[i]) || (i > lo && DL_IS_ALPHA(text[i - 1]))) continue;
    for (k = 0; k < sizeof interview_cues / sizeof interview_cues[0]; k++) {
      size_t n = strlen(interview_cues[k]), o = i + n + 1;
      if (i + n < hi && text[i + n] == ' ' && dl_word_eq(text + i, n, interview_cues[k])) {
        if (o + 2 <= hi && (dl_word_eq(text + o, 2, "us") || dl_word_eq(text + o, 2, "me"))
            && (o + 2 == hi || !DL_IS_ALPHA(text[o + 2])))
          r = name_before(text, lo, i);
        else
          r = name_run(text, i + n, hi, DL_MAX_INTRO_ROLE);
        break;
      }
    }
  }
  for (i = lo; i < hi && !r.len; i++)
    if (DL_IS_UPPER(text[i]) && (i == lo || !DL_IS_ALPHA(text[i - 1]))) {
      r = name_run(text, i, hi, 0);
      while (i < hi && text[i] != ' ' && text[i] != '\n') i++;
    }
  return r;
}

static dl_span label_name(const char *text, size_t len, const char *w, size_t n)
{
  int mid;
  return label_name_mid(text, len, w, n, &mid);
}

/* Can paragraph p open with a turn's label: a capital, and a colon
 * within DL_MAX_TURN_LABEL + 1 bytes? */
static int turn_colon(const char *text, const dl_para *p)
{
  size_t n = p->len < DL_MAX_TURN_LABEL + 2 ? p->len : DL_MAX_TURN_LABEL + 2;
  return p->len >= 3 && DL_IS_UPPER(text[p->start]) && memchr(text + p->start, ':', n);
}

/* Can name sp, a turn's label as the story writes it, be a person's: a
 * full name ("Ann Lee"), or one word that names no day, month or place
 * ("Merkel", not "Monday" or "Geneva")? */
static int turn_speaker_person(const char *text, dl_span sp)
{
  const char *w = text + sp.start;
  if (memchr(w, ' ', sp.len)) return 1;
  return !(lex_lookup(w, sp.len) & L_STOPCAP) && !dl_known_place(w, sp.len);
}

static int quote_pos_cmp(const void *a, const void *b)
{
  const dl_quote *x = (const dl_quote *)a, *y = (const dl_quote *)b;
  return x->outer.start < y->outer.start ? -1 : x->outer.start > y->outer.start;
}

/* In a transcript among body paragraphs bp[0, nbp) (turns opening with a
 * speaker's label, "THORNE: ...", "Q: ..."), give the marked quotes of
 * out[base, ..) that a turn speaks to its label's speaker, and make each
 * turn with no marked quote a quote of its speaker: the name its label
 * gives, or for "A:" the interviewee the introduction names.  The
 * interviewer's turns ("Q:", "REPORTER:") are no quotes. */
static dl_status transcript_turns(const char *text, size_t len, const dl_para *bp,
                                  size_t nbp, dl_quote_list *out, size_t base)
{
  size_t i, k, nturn = 0, rep = 0, cs, ls, nq, nn = 0, first = SIZE_MAX, nask = 0, nans = 0;
  size_t pls[2] = {0, 0}, pln[2] = {0, 0};   /* the labels of the two turns before */
  int kind, distinct = 0, asked = 0;
  dl_span guest = {0, 0};
  struct { size_t s, n; dl_span name; int mid; } names[DL_MAX_TURN_NAMES];
  for (i = 0; i < nbp; i++) {
    const dl_para *p = &bp[i];
    size_t ln;
    /* (a byte test first: most paragraphs have no colon among their
     * first bytes) */
    if (!(p->flags & DL_PARA_DATELINE) && !turn_colon(text, p)) continue;
    ln = turn_label(text, p, &ls, &cs, &kind);
    if (!ln) continue;
    if (kind == TL_TITLE) {
      /* a label in title case is a name the story writes elsewhere
       * ("Okafor"); looked up once per label, for DL_MAX_TURN_NAMES
       * labels at most (each lookup reads the whole text) */
      size_t ws, wn = label_last_word(text, ls, ln, &ws);
      for (k = 0; k < nn; k++)
        if (names[k].n == wn && memcmp(text + names[k].s, text + ws, wn) == 0) break;
      if (k == nn) {
        if (nn == DL_MAX_TURN_NAMES) continue;
        names[nn].s = ws;
        names[nn].n = wn;
        names[nn].name = label_name_mid(text, len, text + ws, wn, &names[nn].mid);
        nn++;
      }
      if (!names[k].name.len || !names[k].mid) continue;
    }
    if (first == SIZE_MAX) first = p->start;
    nturn++;
    if (memchr(text + cs, '?', (size_t)p->start + p->len - cs)) asked = 1;
    if (kind == TL_ASK) nask++;
    if (kind == TL_ANSWER) nans++;
    if (pln[0] && (pln[0] != ln || memcmp(text + pls[0], text + ls, ln) != 0)) distinct = 1;
    /* a label that comes back (compared with the two turns before only:
     * turns alternate, so a repeat shows within two) */
    for (k = 0; k < 2; k++)
      if (pln[k] == ln && memcmp(text + pls[k], text + ls, ln) == 0) rep = 1;
    pls[1] = pls[0];
    pln[1] = pln[0];
    pls[0] = ls;
    pln[0] = ln;
  }
  if (nturn < DL_MIN_TURNS || !rep) return DL_OK;
  /* answers with no questions, or questions with no answers: a list */
  if ((nask && !(nturn > nask)) || (nans && !nask)) return DL_OK;
  if (nans) guest = interviewee(text, bp[0].start, first);
  nq = out->n;
  for (i = 0, k = base; i < nbp; i++) {
    const dl_para *p = &bp[i];
    size_t pe = (size_t)p->start + p->len, ln, ws, wn, j;
    dl_span who = {0, 0};
    int mid = 0, marked = 0;
    if (!(p->flags & DL_PARA_DATELINE) && !turn_colon(text, p)) continue;
    ln = turn_label(text, p, &ls, &cs, &kind);
    if (!ln) continue;
    if (p->flags & DL_PARA_DATELINE) {
      /* a dateline's place is a turn's label only when it comes back */
      size_t cs2, ls2, l2 = 0;
      int k2;
      for (j = i + 1; j < nbp && j <= i + 2; j++)
        if ((l2 = turn_label(text, &bp[j], &ls2, &cs2, &k2)) == ln
            && memcmp(text + ls2, text + ls, ln) == 0)
          break;
      if (j >= nbp || j > i + 2) continue;
    }
    wn = label_last_word(text, ls, ln, &ws);
    if (kind == TL_ANSWER) {
      who = guest;
    } else if (kind != TL_ASK) {
      for (j = 0; j < nn; j++)
        if (names[j].n == wn && memcmp(text + names[j].s, text + ws, wn) == 0) break;
      if (j == nn && nn < DL_MAX_TURN_NAMES) {
        names[nn].s = ws;
        names[nn].n = wn;
        names[nn].name = label_name_mid(text, len, text + ws, wn, &names[nn].mid);
        nn++;
      }
      if (j < nn) {
        who = names[j].name;
        mid = names[j].mid;
      }
      if (kind == TL_TITLE && !mid) continue;
    }
    while (k < nq && (size_t)out->items[k].outer.start + out->items[k].outer.len <= p->start) k++;
    if (k < nq && out->items[k].outer.start < pe) {
      marked = 1;
      /* marked quotes in the turn: the label speaks those no cue gave
       * to anyone ("THORNE: "I will not be bullied."") */
      for (; k < nq && out->items[k].outer.start < pe; k++) {
        dl_quote *mq = &out->items[k];
        /* the one opening the turn, one given to the label itself, one
         * with no attribution or the speaker's own "I said"; not "Some
         * MPs call it "a betrayal"": another's words the turn quotes.
         * (An answer's are the interviewee's already; a question's
         * stay as they are.) */
        if (kind == TL_ASK || kind == TL_ANSWER) continue;
        if (mq->outer.start != cs && !(mq->speaker.len && mq->speaker.start == ws)
            && !(!mq->speaker.len && (!mq->cue.len || first_person_cue(text, ls, mq->cue))))
          continue;
        mq->speaker = (dl_span){(uint32_t)ws, (uint32_t)wn};
        mq->resolved = who;
        mq->name = mq->resolved.len ? dl_quote_strip_title(text, mq->resolved) : mq->resolved;
        mq->cue = (dl_span){0, 0};
        mq->via_pronoun = 0;
        mq->inherited = 0;
      }
    }
    /* a turn with no marked quote is its speaker's words, quoted whole
     * (a question to the paper's interviewer is not; nor the turns of a
     * speaker the story never names); when two speakers or more take
     * turns and one asks a question: an interview or a debate, not a
     * list of scores ("Smith: 9.5 points") or places ("Paris: June 3.");
     * and a speaker the story names as a person, not a day's or a
     * place's label in a schedule ("Monday:", "Geneva:") */
    if (!marked && who.len && distinct && asked && turn_speaker_person(text, who)) {
      dl_quote tq;
      size_t e = pe;
      while (e > cs && DL_IS_SPACE(text[e - 1])) e--;
      if (e <= cs) continue;
      memset(&tq, 0, sizeof tq);
      tq.start = (uint32_t)cs;
      tq.len = (uint32_t)(e - cs);
      tq.outer.start = tq.start;
      tq.outer.len = tq.len;
      tq.speaker = (dl_span){(uint32_t)ws, (uint32_t)wn};
      tq.resolved = who;
      tq.name = dl_quote_strip_title(text, who);
      tq.closed = 1;
      if (dl_grow((void **)&out->items, &out->cap, out->n + 1, sizeof *out->items))
        return DL_ENOMEM;
      out->items[out->n++] = tq;
    }
  }
  if (out->n > nq)
    qsort(out->items + base, out->n - base, sizeof *out->items, quote_pos_cmp);
  return DL_OK;
}

dl_status dl_quotes_scan(const char *text, size_t len, const dl_para *paras,
                         size_t npara, dl_quote_list *out)
{
  dl_para *own = NULL, *bp = NULL;
  size_t nown = 0, nbp = 0, i, base = out->n, capaux = 0, k;
  qaux *aux = NULL;
  qctx c;
  dl_status st = DL_OK;
  dl_quote pre;        /* preposed attribution of the current quote */
  int pre_lead = 0;    /* pre is a lead-in sentence's (lead_in) */
  int pre_inherit = 0;
  int pre_later = 0;   /* the pronoun before this quote stands for a role named later */
  int later_chain = 0; /* the quote before stands unresolved for a role named later */
  size_t later_wait = SIZE_MAX;   /* a role's quote the next quote's speaker may name */
  dl_span tail_person = {0, 0}; /* the subject before the previous quote's paragraph (gap_tail_person) */

  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  /* the context is cleared once quotes are found (below): most texts
   * have none, and it is large; until then only the nicknames and the
   * arrays freed at the end are in use */
  c.nnick = 0;
  c.toks = NULL;
  c.men = NULL;
  if (!paras) {
    st = dl_split_paragraphs(text, len, &own, &nown);
    if (st != DL_OK) return st;
    paras = own;
    npara = nown;
  }
  /* the headline and the body paragraphs: not bylines and boilerplate */
  if (npara) {
    bp = (dl_para *)malloc(npara * sizeof *bp);
    if (!bp) { st = DL_ENOMEM; goto done; }
  }
  for (i = 0; i < npara; i++)
    if (!(paras[i].flags & (DL_PARA_BYLINE | DL_PARA_BOILERPLATE))
        && paras[i].len > 0 && (size_t)paras[i].start + paras[i].len <= len)
      bp[nbp++] = paras[i];
  /* the lead's words start after its dateline: "CANBERRA, March 4 -
   * Treasurer Ann Lee …, telling parliament "…"" has no speaker CANBERRA */
  for (i = 0; i < nbp; i++) {
    size_t s, pe;
    if (!(bp[i].flags & DL_PARA_DATELINE)) continue;
    pe = (size_t)bp[i].start + bp[i].len;
    s = after_dateline(text, bp[i].start, pe);
    if (s > bp[i].start && s < pe) {
      bp[i].len = (uint32_t)(pe - s);
      bp[i].start = (uint32_t)s;
    }
    break;
  }

  st = match_quotes(text, bp, nbp, out, &aux, &capaux);
  if (st != DL_OK) goto done;
  {
    /* nicknames are no quotes; their marks are skipped by the tokenizer */
    size_t w = base;
    for (k = base; k < out->n; k++) {
      const dl_quote *q = &out->items[k];
      if (c.nnick < DL_MAX_NICKNAMES && nickname(text, len, q)) {
        c.nick[2 * c.nnick] = q->outer.start;
        c.nick[2 * c.nnick + 1] = q->start + q->len;   /* the closing mark */
        c.nnick++;
        continue;
      }
      /* a broadcast's title (CNN's "State of the Union") is no quote,
       * and its words no names: the tokenizer skips it whole, so that
       * "Eklund, speaking on the BBC's 'Sunday with Laura' program,
       * said" reads as "speaking on the BBC's program" */
      if (c.nnick < DL_MAX_NICKNAMES && q->outer.start < NICK_SKIP && show_title(text, len, q)) {
        c.nick[2 * c.nnick] = q->outer.start | NICK_SKIP;
        c.nick[2 * c.nnick + 1] = q->start + q->len;
        c.nnick++;
        continue;
      }
      aux[w] = aux[k];
      out->items[w++] = *q;
    }
    out->n = w;
    c.nnick *= 2;   /* (marks, not nicknames, from here on) */
  }
  if (out->n == base) {
    st = transcript_turns(text, len, bp, nbp, out, base);
    goto done;
  }
  {
    /* all but the nicknames' marks and their count (whatever follows
     * nick in qctx) */
    size_t nn = c.nnick, after = offsetof(qctx, nick) + sizeof c.nick;
    memset(&c, 0, offsetof(qctx, nick));
    memset((char *)&c + after, 0, sizeof c - after);
    c.nnick = nn;
  }

  c.text = text;
  c.len = len;
  c.bp = bp;
  c.nbp = nbp;
  memset(&pre, 0, sizeof pre);
  for (k = base; k <= out->n; k++) {
    dl_quote *prev = k > base ? &out->items[k - 1] : NULL;
    size_t a = prev ? (size_t)prev->outer.start + prev->outer.len : bp[0].start;
    size_t b, e, c0;
    int starts_para = 0;
    attrib post;
    dl_span prev_tail_person = tail_person;
    if (k < out->n) {
      b = out->items[k].outer.start;
    } else {
      size_t pe = (size_t)bp[nbp - 1].start + bp[nbp - 1].len;
      b = a + DL_MAX_QUOTE_LOOKAHEAD < pe ? a + DL_MAX_QUOTE_LOOKAHEAD : pe;
    }
    if (tokenize_gap(&c, a, b, prev != NULL) || find_mentions(&c, 0)) {
      st = DL_ENOMEM;
      goto done;
    }
    tail_person = gap_tail_person(&c);
    /* the previous quote: its own attribution after it, else before it */
    if (prev) {
      size_t prev_para = para_of(&c, prev->outer.start);
      post = postposed(&c, c.nt, ends_with_stop(text, prev));
      if (post.found && post.men < 0 && !post.same) post.men = named_as_in(&c, 0, c.nt);
      /* not past a full stop that ends the quote and its sentence: 'told
       * her to "keep it." Later, she said …' is another sentence's */
      if (!post.found && prev->partial && !pre.speaker.len
          && !(ends_with_stop(text, prev) && c.nt && (c.toks[0].flags & TF_CAP)))
        post = trailing(&c, c.nt);
      /* 'When Harmon said it would "bankrupt the state," she interjected:
       * "…"': a cue and a colon right before the next quote introduce
       * that one; a partial quote with a cue of its own before it keeps
       * that cue's speaker (none for "a reporter asked whether it was
       * "…," the minister said: "…"") */
      /* (or right before it, after a quote ending its sentence: 'replied
       * that it had "left a note." Two MPs shouted "Resign!"') */
      if (post.found && prev->partial && pre.cue.len && k < out->n
          && ((post.cue + 2 == c.nt && is_punct(&c.toks[c.nt - 1], ':'))
              || (post.cue + 1 == c.nt && ends_with_stop(text, prev))))
        memset(&post, 0, sizeof post);
      /* a lead-in sentence yields to any cue after the quote ("…," said
       * the source) */
      if (pre_lead && post.found) memset(&pre, 0, sizeof pre);
      /* ... and a quote closing on a comma waits for a cue of its own
       * (""It is over," it said": none of the lead-in's) */
      if (pre_lead && prev->len > 0 && text[prev->start + prev->len - 1] == ',')
        memset(&pre, 0, sizeof pre);
      /* a quote paragraph the next one names the speaker of ("That was
       * Ann Lee, …"): before any speaker it would go on from */
      if (!post.found && !pre.speaker.len && !pre.cue.len && !prev->partial
          && prev_para < c.nbp && c.bp[prev_para].start == prev->outer.start)
        post = named_after_para(&c);
      if (!post.found && !pre.speaker.len && !pre.cue.len && !prev->partial
          && !(pre_inherit && k - 1 > base && out->items[k - 2].speaker.len)
          && prev_para < c.nbp && c.bp[prev_para].start == prev->outer.start)
        post = next_para_speaker(&c, prev_tail_person);
      finish(&c, prev, &post, &pre, !post.found && other_voice_after(&c) ? 0 : pre_inherit,
             k - 1 > base ? &out->items[k - 2] : NULL);
      /* the role's quote before this one, which opens the next paragraph
       * ("Iran's foreign minister rejected what he called "…"." then
       * ""…," Foreign Minister Abbas Araghchi said"): this quote's
       * speaker, after it, is the holder named later */
      if (later_wait != SIZE_MAX && later_wait + 2 == k && post.found && post.men >= 0 && prev->resolved.len
          && prev_para < c.nbp && c.bp[prev_para].start == prev->outer.start
          && later_from_next(&c, &out->items[later_wait], post.men)) {
        size_t x = later_wait + 1;
        dl_quote *w = &out->items[later_wait];
        w->resolved = c.men[post.men].span;
        w->name = dl_quote_strip_title(text, w->resolved);
        while (x-- > base && out->items[x].speaker.start == w->speaker.start
               && out->items[x].speaker.len == w->speaker.len && !out->items[x].resolved.len) {
          out->items[x].resolved = w->resolved;
          out->items[x].name = w->name;
        }
      }
      later_wait = SIZE_MAX;
      /* ""…," she said" after "The mayor of this town keeps …" (a role
       * named in a later paragraph), and the quotes continuing it */
      if (prev->speaker.len && !prev->resolved.len
          && (pre_later || (prev->inherited && later_chain)
              || (post.found && post.men >= 0 && (c.men[post.men].flags & M_LATER)))) {
        named_later(&c, prev);
        if (prev->resolved.len) push_role_holder(&c, prev);
        if (prev->resolved.len) {
          size_t x = k - 1;
          while (x-- > base && out->items[x].speaker.start == prev->speaker.start
                 && out->items[x].speaker.len == prev->speaker.len && !out->items[x].resolved.len) {
            out->items[x].resolved = prev->resolved;
            out->items[x].name = prev->name;
          }
        }
        later_chain = !prev->resolved.len;
        /* no paragraph in this gap: the next quote opens one, its
         * speaker named after it */
        if (!prev->resolved.len && k < out->n && !later_para_in_gap(&c)) later_wait = k - 1;
      } else {
        later_chain = 0;
      }
    }
    if (k == out->n) break;
    /* this quote: partial?  attribution before it */
    {
      dl_quote *q = &out->items[k];
      attrib pa;
      e = c.nt;
      starts_para = q->outer.start == bp[aux[k].popen].start;
      c0 = starts_para ? e : clause_start(&c, e);
      if (starts_para && e > 0 && is_punct(&c.toks[e - 1], ':'))
        c0 = clause_start(&c, e - 1);   /* X said:\n\n"…" */
      q->partial = (uint8_t)(starts_para ? fragment_opening(&c, q) : is_partial(&c, q, c0, e));
      memset(&pre, 0, sizeof pre);
      pa = preposed(&c, c0, e);
      if (pa.found && pa.men < 0 && !pa.same) pa.men = named_as_in(&c, c0, e);
      if (q->partial && pa.found && pa.men < 0 && !pa.same) {
        attrib oa = outer_cue(&c, c0, pa.cue);
        if (oa.found && oa.men >= 0) pa = oa;
      }
      if (q->partial && pa.men < 0 && !pa.same) {
        attrib ra = reported(&c, c0, e);
        if (ra.found) pa = ra;
      }
      if (!pa.found && !pa.same) pa = qa_answer(&c, e);
      pre_lead = 0;
      if (!pa.found && !pa.same && !starts_para && !q->partial && c0 >= e) {
        pa = lead_in(&c, e);
        pre_lead = pa.found;
      }
      if (pa.found) apply(&c, &pre, &pa);
      pre_later = pa.found && pa.men >= 0 && (c.men[pa.men].flags & M_LATER);
      if (pa.same && prev && prev->speaker.len) {
        /* called it "a stunt" and said "…": the previous speaker */
        pre.speaker = prev->speaker;
        pre.resolved = prev->resolved;
        pre.name = prev->name;
        pre.via_pronoun = prev->via_pronoun;
      }
      /* a quote opening its sentence right after another quote continues
       * its speaker */
      pre_inherit = prev && !q->partial && c0 >= e
                    && aux[k].popen <= aux[k - 1].pclose + 1
                    && !other_subject_before(&c, e, prev);
      /* a translation in parentheses right after a quote, „…“ ("…"):
       * the same speaker's words */
      if (prev && !q->partial && e == 1 && is_punct(&c.toks[0], '(')) pre_inherit = 1;
      /* a partial quote in the sentence of the one before, with no
       * attribution of its own: 'called it "a" and said it was "b"' */
      if (prev && q->partial && !pa.found && !pa.same && c0 == 0 && e > 0
          && !(c.toks[0].flags & (TF_PARA | TF_WIN)))
        pre_inherit = 2;
    }
  }

  /* drop empty quotes, unclosed partial ones (a stray mark),
   * nicknames (Ramon "Monching" Villaluz) and works' titles (her "Glass
   * Houses" tour) */
  {
    size_t w = base;
    for (k = base; k < out->n; k++) {
      const dl_quote *q = &out->items[k];
      if (q->len == 0 || (!q->closed && q->partial) || nickname(text, len, q)
          || work_title(text, len, q) || show_title(text, len, q))
        continue;
      out->items[w++] = *q;
    }
    out->n = w;
  }
  st = transcript_turns(text, len, bp, nbp, out, base);

done:
  free(aux);
  free(bp);
  free(own);
  free(c.toks);
  free(c.men);
  return st;
}
