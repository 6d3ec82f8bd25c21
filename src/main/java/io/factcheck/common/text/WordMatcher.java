package io.factcheck.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * Finds every occurrence of many forms (names, titles, places) in a text in one pass, whole words only: an
 * Aho–Corasick automaton stored as a double-array trie. The world knowledge's forms make hundreds of thousands of
 * states; a trie with a hash map per state held them in about 90 MB of heap, the arrays in a few megabytes, and a scan
 * is array lookups. Immutable and thread-safe once built.
 *
 * @param <V> what a form stands for
 */
public final class WordMatcher<V> {

    /** One occurrence: text offsets [start, end) and the form's value. */
    public record Match<V>(int start, int end, V value) {
    }

    /** Receives the matches of a scan, in the order the automaton finds them (by end offset). */
    @FunctionalInterface
    public interface Matches<V> {
        void found(int start, int end, V value);
    }

    private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;
    private final boolean ignoreCase;

    private WordMatcher(Map<String, V> forms, boolean ignoreCase, BinaryOperator<V> merge) {
        this.ignoreCase = ignoreCase;
        TreeMap<String, V> keys = new TreeMap<>();
        forms.forEach((form, value) -> {
            if (!form.isEmpty()) {
                keys.merge(ignoreCase ? fold(form) : form, value, merge);
            }
        });
        this.empty = keys.isEmpty();
        if (!empty) { // the library cannot build an empty automaton
            trie.build(keys);
        }
    }

    /** Forms matched as written, letter for letter. */
    public static <V> WordMatcher<V> caseSensitive(Map<String, V> forms) {
        return new WordMatcher<>(forms, false, (a, b) -> b);
    }

    /** Forms matched in any case; forms that differ only in case are one, their values merged. */
    public static <V> WordMatcher<V> ignoringCase(Map<String, V> forms, BinaryOperator<V> merge) {
        return new WordMatcher<>(forms, true, merge);
    }

    /**
     * Every whole-word occurrence, overlapping ones included: no letter or digit may touch a match on either side
     * ("PM" is not found in "2019PM" or "PMs").
     */
    public void scan(String text, Matches<V> matches) {
        if (empty || text == null || text.isEmpty()) {
            return;
        }
        String searched = ignoreCase ? fold(text) : text;
        trie.parseText(searched, (int start, int end, V value) -> {
            if ((start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
                    || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                return;
            }
            matches.found(start, end, value);
        });
    }

    public List<Match<V>> matches(String text) {
        List<Match<V>> out = new ArrayList<>();
        scan(text, (start, end, value) -> out.add(new Match<>(start, end, value)));
        return out;
    }

    /** Lower case, one char for one char, so offsets in the folded text are offsets in the original. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
