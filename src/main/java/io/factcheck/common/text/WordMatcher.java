package io.factcheck.common.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    /**
     * Each char's code in the automaton: 1, 2, 3 … by how often the forms use it, 0 for a char no form has (so it
     * matches nothing); with ignoreCase, a char's code is its lower case's. A double array places a state's children
     * at its base plus their codes: with chars as they are (accented letters in the hundreds, punctuation in the
     * thousands) its construction searched far for free slots, and dense codes halve the time it takes.
     */
    private final char[] codes = new char[Character.MAX_VALUE + 1];

    private WordMatcher(Map<String, V> forms, boolean ignoreCase, BinaryOperator<V> merge) {
        Map<String, V> folded = new HashMap<>();
        forms.forEach((form, value) -> {
            if (!form.isEmpty()) {
                folded.merge(ignoreCase ? fold(form) : form, value, merge);
            }
        });
        int[] uses = new int[codes.length];
        folded.keySet().forEach(form -> form.chars().forEach(c -> uses[c]++));
        List<Character> alphabet = new ArrayList<>();
        for (int c = 0; c < uses.length; c++) {
            if (uses[c] > 0) {
                alphabet.add((char) c);
            }
        }
        alphabet.sort(Comparator.comparingInt((Character c) -> -uses[c]).thenComparing(c -> c));
        for (int i = 0; i < alphabet.size(); i++) {
            codes[alphabet.get(i)] = (char) (i + 1);
        }
        if (ignoreCase) {
            for (int c = 0; c < codes.length; c++) {
                codes[c] = codes[Character.toLowerCase((char) c)];
            }
        }
        TreeMap<String, V> keys = new TreeMap<>();
        folded.forEach((form, value) -> keys.put(new String(encode(form)), value));
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
        trie.parseText(encode(text), (int start, int end, V value) -> {
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

    /** The text in the automaton's codes, one char for one char, so offsets stay the text's. */
    private char[] encode(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = codes[text.charAt(i)];
        }
        return chars;
    }

    /** Lower case, one char for one char. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
