package io.factcheck.check;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Aho–Corasick automaton over every person alias, office title, office alias, place name and demonym, built once
 * per knowledge version. A scan is one pass over the text: whole words only, case-insensitive in the automaton, then
 * each sense keeps only the casings it allows, then leftmost-longest hits win.
 */
final class MentionMatcher {

    private final PayloadTrie<List<Sense>> trie;

    /** @param surfaces lower-case normalized surface form → its senses */
    MentionMatcher(Map<String, List<Sense>> surfaces) {
        PayloadTrie.PayloadTrieBuilder<List<Sense>> builder = PayloadTrie.<List<Sense>>builder()
                .ignoreCase()
                .onlyWholeWords();
        surfaces.forEach((form, senses) -> {
            // The automaton lower-cases char by char; forms whose length changes when lower-cased would misplace offsets.
            if (!form.isEmpty() && form.equals(form.toLowerCase(Locale.ROOT))) {
                builder.addKeyword(form, List.copyOf(senses));
            }
        });
        this.trie = builder.build();
    }

    List<Hit> scan(String normalized) {
        List<Hit> raw = new ArrayList<>();
        trie.parseText(normalized, (PayloadEmit<List<Sense>> emit) -> {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            // The library's whole-word test looks at letters only; a digit neighbour also breaks a word ("2019PM").
            if ((start > 0 && Character.isLetterOrDigit(normalized.charAt(start - 1)))
                    || (end < normalized.length() && Character.isLetterOrDigit(normalized.charAt(end)))) {
                return false;
            }
            List<Sense> fitting = null;
            for (Sense sense : emit.getPayload()) {
                if (sense.caseFits(normalized, start)) {
                    if (fitting == null) {
                        fitting = new ArrayList<>(2);
                    }
                    fitting.add(sense);
                }
            }
            if (fitting != null) {
                raw.add(new Hit(start, end, fitting));
            }
            return true;
        });
        raw.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>(raw.size());
        int covered = 0;
        for (Hit hit : raw) {
            if (hit.start() >= covered) {
                kept.add(hit);
                covered = hit.end();
            }
        }
        return kept;
    }
}
