package io.factcheck.check;

import java.util.Map;
import java.util.Set;

/** English language knowledge about office titles and the words around them; no facts about people live here. */
final class TitleVocabulary {

    private TitleVocabulary() {
    }

    /** Informal title forms and the canonical (lower-case) title they stand for; used only when the canonical title exists. */
    static final Map<String, String> SYNONYMS = Map.of(
            "PM", "prime minister",
            "premier", "prime minister",
            "Emir", "amir",
            "emir", "amir");

    /** Monarchs' titles, which stay part of the name after the reign ("Queen Elizabeth II", "King Juan Carlos"). */
    static final Set<String> REGNAL = words("king", "queen", "emperor", "empress", "sultan", "emir", "amir",
            "grand duke", "grand duchess", "shah", "pope");

    /** Words that make a title mean "held it before, not now". */
    static final Set<String> FORMER = words("former", "ex", "erstwhile", "onetime", "one-time");

    /** Words that may stand before a title without changing what it claims. */
    static final Set<String> NEUTRAL = words("longtime", "long-time", "veteran");

    /** Words that stress holding the office now; "former" replaces them when the title is outdated. */
    static final Set<String> PRESENT = words("current", "sitting", "incumbent", "serving", "present");

    /**
     * Words that turn a title into another office or a claim this checker does not judge
     * ("Vice President", "acting president", "the late president", "President-elect").
     */
    static final Set<String> OTHER_ROLE = words("vice", "deputy", "assistant", "associate", "acting", "interim",
            "caretaker", "lieutenant", "co", "sub", "under", "future", "incoming", "next", "previous", "late",
            "would-be", "self-proclaimed", "self-declared", "self-styled", "elect", "designate", "honorary",
            "titular", "shadow", "opposition", "exiled", "deposed", "ousted", "first", "second", "third", "last",
            "democratic", "republican", "party", "student", "club", "company", "university", "senate", "union");

    static final Set<String> INDEFINITE = words("a", "an", "another", "any", "every", "each", "no", "some", "one",
            "which", "what", "whichever", "such", "whose", "other", "two", "three", "several", "many", "both");

    static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her", "its", "their", "our", "your", "my");

    /** Before "then", these make it the adverb ("and then President X said"), not the title modifier. */
    static final Set<String> ADVERBIAL_THEN_CONTEXT = words("and", "but", "or", "so", "since", "until", "just", "only",
            "even", "and,", "till", "yet", "nor");

    /** Capitalised words that may start a sentence before a title or a name without being part of it. */
    static final Set<String> FUNCTION_WORDS = words("the", "a", "an", "when", "while", "as", "after", "before",
            "since", "if", "but", "and", "or", "then", "with", "by", "for", "from", "to", "of", "in", "on", "at",
            "that", "this", "these", "those", "today", "yesterday", "meanwhile", "however", "also", "now", "later",
            "earlier", "recently", "there", "here", "under", "during", "although", "though", "because", "once",
            "so", "yet", "still", "even", "only", "both", "ex", "former", "then", "current", "according", "said",
            "says", "told", "tonight", "last", "this", "why", "how", "where", "what", "who", "whom", "unlike", "like",
            "about", "against", "between", "among", "without", "through", "until", "upon", "despite", "following",
            "including", "via", "than");

    static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "dr", "sir", "dame", "madam", "mr.", "mrs.",
            "ms.", "dr.", "samdech", "sheikh", "sheikha");

    static final Set<String> CALENDAR_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Lower-case words that join the parts of a name ("Mohammed bin Zayed", "Ursula von der Leyen"). */
    static final Set<String> NAME_PARTICLES = words("bin", "bint", "ibn", "ben", "al", "el", "de", "del", "della",
            "da", "dos", "das", "do", "van", "von", "der", "den", "la", "le", "ould", "abu");

    /** Name suffixes that make a matched name someone else ("Donald Trump Jr."). */
    static final Set<String> NAME_SUFFIXES = words("jr", "sr", "ii", "iii", "iv", "junior", "senior");

    static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    /** A word set; duplicates in the list are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
