package io.factcheck.common.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton that finds every whole-word occurrence of a set of phrases in one pass over a text.
 * <p>
 * Why our own: the world knowledge gives the checker about half a million states, and a general-purpose trie with a
 * hash map per state held them in about 90 MB of heap. Here a state is a few ints in flat arrays (its children are a
 * sorted slice of one label array, searched by bisection; the root has a direct table), so the same automaton takes
 * about a tenth of that and builds in linear time from the sorted phrases.
 * <p>
 * A word is a run of letters and digits: a match counts only when the characters on either side of it are not.
 * Immutable once built, so one instance serves any number of threads.
 *
 * @param <T> what a phrase stands for; handed back with each match
 */
public final class WordAutomaton<T> {

    /** Receives each match: [start, end) in the scanned text and the matched phrase's payload. */
    @FunctionalInterface
    public interface Matches<T> {
        void match(int start, int end, T payload);
    }

    private static final int NONE = -1;

    private final boolean ignoreCase;
    /** The root's child per character: the root is where most of a text's characters are read. */
    private final int[] rootNext;
    /** State s's children are labels/targets[firstChild[s], firstChild[s + 1]), sorted by label. */
    private final int[] firstChild;
    private final char[] labels;
    private final int[] targets;
    private final int[] failure;
    /** The phrase that ends at a state, or NONE. */
    private final int[] phraseAt;
    /** The nearest state on the failure chain where a phrase ends, or NONE: the shorter phrases that also end here. */
    private final int[] nextOutput;
    private final int[] phraseLength;
    private final Object[] payloads;

    private WordAutomaton(boolean ignoreCase, List<String> phrases, List<T> values) {
        this.ignoreCase = ignoreCase;
        this.phraseLength = new int[phrases.size()];
        this.payloads = values.toArray();

        // The trie from the sorted phrases: a phrase shares with the one before it their common prefix, so a stack of
        // the previous phrase's states is all the lookup the construction needs, and each state's children are born
        // in label order.
        int capacity = 1;
        for (String phrase : phrases) {
            capacity += phrase.length();
        }
        int[] parentOf = new int[capacity];
        char[] labelOf = new char[capacity];
        int[] phraseOf = new int[capacity];
        Arrays.fill(phraseOf, NONE);
        int states = 1;
        int[] path = new int[64];
        String previous = "";
        for (int p = 0; p < phrases.size(); p++) {
            String phrase = phrases.get(p);
            phraseLength[p] = phrase.length();
            if (path.length <= phrase.length()) {
                path = Arrays.copyOf(path, phrase.length() * 2);
            }
            int shared = commonPrefix(previous, phrase);
            for (int depth = shared; depth < phrase.length(); depth++) {
                parentOf[states] = path[depth];
                labelOf[states] = phrase.charAt(depth);
                path[depth + 1] = states++;
            }
            phraseOf[path[phrase.length()]] = p;
            previous = phrase;
        }

        // Children as slices: count per parent, then place them in birth order, which is label order.
        firstChild = new int[states + 1];
        for (int s = 1; s < states; s++) {
            firstChild[parentOf[s] + 1]++;
        }
        for (int s = 0; s < states; s++) {
            firstChild[s + 1] += firstChild[s];
        }
        labels = new char[Math.max(0, states - 1)];
        targets = new int[labels.length];
        int[] filled = Arrays.copyOf(firstChild, states);
        for (int s = 1; s < states; s++) {
            int slot = filled[parentOf[s]]++;
            labels[slot] = labelOf[s];
            targets[slot] = s;
        }
        // as long as the highest first character: a few hundred entries for Latin script, at most 64 Ki
        rootNext = new int[firstChild[1] > firstChild[0] ? labels[firstChild[1] - 1] + 1 : 0];
        Arrays.fill(rootNext, NONE);
        for (int slot = firstChild[0]; slot < firstChild[1]; slot++) {
            rootNext[labels[slot]] = targets[slot];
        }
        phraseAt = Arrays.copyOf(phraseOf, states);

        // Failure links breadth first: a state's failure is the longest proper suffix of its path that is a state.
        failure = new int[states];
        nextOutput = new int[states];
        Arrays.fill(nextOutput, NONE);
        int[] queue = new int[states];
        int tail = 0;
        for (int slot = firstChild[0]; slot < firstChild[1]; slot++) {
            queue[tail++] = targets[slot];
        }
        for (int head = 0; head < tail; head++) {
            int state = queue[head];
            for (int slot = firstChild[state]; slot < firstChild[state + 1]; slot++) {
                int child = targets[slot];
                int fallback = step(failure[state], labels[slot]);
                failure[child] = fallback;
                nextOutput[child] = phraseAt[fallback] != NONE ? fallback : nextOutput[fallback];
                queue[tail++] = child;
            }
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Calls {@code matches} for every whole-word occurrence, in order of their end; at one end, the longest first. */
    @SuppressWarnings("unchecked")
    public void scan(CharSequence text, Matches<? super T> matches) {
        int length = text.length();
        int state = 0;
        for (int i = 0; i < length; i++) {
            state = step(state, fold(text.charAt(i)));
            int output = phraseAt[state] != NONE ? state : nextOutput[state];
            if (output == NONE || (i + 1 < length && isWordChar(text.charAt(i + 1)))) {
                continue;
            }
            for (; output != NONE; output = nextOutput[output]) {
                int phrase = phraseAt[output];
                int start = i + 1 - phraseLength[phrase];
                if (start == 0 || !isWordChar(text.charAt(start - 1))) {
                    matches.match(start, i + 1, (T) payloads[phrase]);
                }
            }
        }
    }

    /** The number of states: what the automaton costs in memory (about 22 bytes each). */
    public int states() {
        return failure.length;
    }

    private int step(int state, char c) {
        for (int s = state; s != 0; s = failure[s]) {
            int next = child(s, c);
            if (next != NONE) {
                return next;
            }
        }
        int next = c < rootNext.length ? rootNext[c] : NONE;
        return next == NONE ? 0 : next;
    }

    private int child(int state, char c) {
        int low = firstChild[state];
        int high = firstChild[state + 1] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char label = labels[mid];
            if (label < c) {
                low = mid + 1;
            } else if (label > c) {
                high = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return NONE;
    }

    private char fold(char c) {
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.isAlphabetic(c);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * Collects phrases; a phrase added twice keeps its last payload (so do phrases that differ only in case when case
     * is ignored). Empty phrases are ignored.
     */
    public static final class Builder<T> {
        private final Map<String, T> phrases = new LinkedHashMap<>();
        private boolean ignoreCase;

        private Builder() {
        }

        /** Matches without regard to case (each character folded with {@link Character#toLowerCase(char)}). */
        public Builder<T> ignoreCase() {
            this.ignoreCase = true;
            return this;
        }

        public Builder<T> add(String phrase, T payload) {
            if (!phrase.isEmpty()) {
                phrases.put(phrase, payload);
            }
            return this;
        }

        public WordAutomaton<T> build() {
            Map<String, T> folded = phrases;
            if (ignoreCase) {
                folded = new HashMap<>();
                for (Map.Entry<String, T> entry : phrases.entrySet()) {
                    folded.put(foldAll(entry.getKey()), entry.getValue());
                }
            }
            List<Map.Entry<String, T>> sorted = new ArrayList<>(folded.entrySet());
            sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
            List<String> keys = new ArrayList<>(sorted.size());
            List<T> values = new ArrayList<>(sorted.size());
            for (Map.Entry<String, T> entry : sorted) {
                keys.add(entry.getKey());
                values.add(entry.getValue());
            }
            return new WordAutomaton<>(ignoreCase, keys, values);
        }

        private static String foldAll(String phrase) {
            char[] chars = phrase.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
            return new String(chars);
        }
    }
}
