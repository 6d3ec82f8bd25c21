package io.factcheck.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries of one text, found once: a line break always ends a sentence; ". ", "! ", "? " do when the next
 * word starts with a capital, a digit or a quote, and the dot is not part of an abbreviation ("U.S.", "Mr.", "J.").
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen",
            "rep", "gov", "lt", "col", "capt", "prof", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol");

    private static final Set<String> PAST_AUXILIARIES = words("was", "were", "had", "did", "wasn't", "weren't",
            "hadn't", "didn't", "ago", "met", "went", "came", "took", "made", "said", "told", "gave", "left", "became",
            "began", "held", "ran", "saw", "spoke", "won", "lost", "led", "sent", "brought", "flew", "wrote", "paid",
            "sought", "fought", "thought", "knew", "chose", "stood", "sat", "got", "grew", "rose", "fell", "won",
            "swore", "took");

    /** "-ed" words that are usually adjectives, not past tense. */
    private static final Set<String> ED_ADJECTIVES = words("armed", "based", "related", "limited", "advanced", "united",
            "isolated", "detailed", "skilled", "supposed", "alleged", "so-called", "elected", "needed", "concerned",
            "interested", "involved", "red", "bed", "need", "speed", "seed", "feed", "shed", "bred", "hundred",
            "sacred", "kindred", "wicked", "naked", "rugged", "beloved", "learned", "aged", "embed", "biased");

    private static final Set<String> PRESENT_BEFORE_ED = words("is", "are", "am", "be", "been", "being", "get",
            "gets", "seems", "the", "a", "an", "more", "most", "very", "highly", "well", "widely", "so", "newly");

    private static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "it", "we", "i", "who", "you");

    private static final Set<String> OBJECT_STARTS = words("the", "a", "an", "his", "her", "their", "its", "our", "him",
            "them", "us", "me", "this", "that", "these", "those");

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final Boolean[] past;

    Sentences(String text) {
        this.text = text;
        int[] s = new int[16];
        int[] e = new int[16];
        int count = 0;
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            int next = -1;
            if (c == '\n' || c == '\r') {
                end = i;
                next = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(i)) {
                end = i + 1;
                while (end < n && (TitleVocabulary.isQuote(text.charAt(end)) || text.charAt(end) == ')')) {
                    end++;
                }
                next = end;
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
                e = Arrays.copyOf(e, count * 2);
            }
            s[count] = start;
            e[count] = end;
            count++;
            start = next;
            i = next;
        }
        if (start < n || count == 0) {
            if (count == s.length) {
                s = Arrays.copyOf(s, count + 1);
                e = Arrays.copyOf(e, count + 1);
            }
            s[count] = start;
            e[count] = n;
            count++;
        }
        this.starts = Arrays.copyOf(s, count);
        this.ends = Arrays.copyOf(e, count);
        this.past = new Boolean[count];
    }

    private boolean endsSentence(int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (TitleVocabulary.isQuote(text.charAt(j)) || text.charAt(j) == ')')) {
            j++;
        }
        if (j < n && !Words.isSpace(text.charAt(j)) && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            return false; // "U.S.-led", "3.5"
        }
        int k = Words.skipSpacesRight(text, j);
        if (k < n && !(Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
                || TitleVocabulary.isQuote(text.charAt(k)) || text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int ws = i;
        while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')) {
            ws--;
        }
        String word = text.substring(ws, i);
        if (word.indexOf('.') >= 0) {
            return false; // "U.S." and other dotted abbreviations
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "Donald J. Trump"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    int count() {
        return starts.length;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    /** Index of the sentence containing {@code pos}. */
    int indexOf(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        if (i >= 0) {
            return i;
        }
        return Math.max(0, -i - 2);
    }

    boolean isSentenceStart(int pos) {
        int idx = indexOf(pos);
        return Words.skipSpacesRight(text, starts[idx]) >= pos;
    }

    /** Whether the sentence speaks of the past: a past auxiliary or a past-tense verb form. */
    boolean isPastTense(int index) {
        Boolean cached = past[index];
        if (cached == null) {
            cached = detectPast(starts[index], ends[index]);
            past[index] = cached;
        }
        return cached;
    }

    /**
     * Past auxiliaries and irregular past forms count as past; a regular "-ed" form only when it reads as a verb: after
     * a pronoun or a name ("He visited", "Lukashenko traveled") or before an object ("visited the", "met Putin"), so
     * that participles used as adjectives ("elections scheduled for", "a protracted crisis") do not.
     */
    private boolean detectPast(int from, int to) {
        String previous = "";
        boolean previousCapitalized = false;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = Math.min(Words.wordEndAfter(text, i), to);
            String w = text.substring(i, e);
            String lw = w.toLowerCase(Locale.ROOT);
            if (PAST_AUXILIARIES.contains(lw)) {
                return true;
            }
            if (lw.length() > 4 && lw.endsWith("ed") && Character.isLowerCase(w.charAt(0))
                    && !ED_ADJECTIVES.contains(lw) && !PRESENT_BEFORE_ED.contains(previous)
                    && (SUBJECT_PRONOUNS.contains(previous) || previousCapitalized || objectFollows(e, to))) {
                return true;
            }
            previous = lw;
            previousCapitalized = Character.isUpperCase(w.charAt(0)) && !TitleVocabulary.FUNCTION_WORDS.contains(lw);
            i = e;
        }
        return false;
    }

    private boolean objectFollows(int pos, int to) {
        int k = Words.skipSpacesRight(text, pos);
        if (k >= to || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        int e = Words.wordEndAfter(text, k);
        String next = text.substring(k, e).toLowerCase(Locale.ROOT);
        return Character.isUpperCase(text.charAt(k)) || OBJECT_STARTS.contains(next);
    }

    /** A word set; duplicates in the list are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
