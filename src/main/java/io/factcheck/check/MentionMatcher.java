package io.factcheck.check;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One Aho–Corasick automaton over every person alias, office title, office alias, place name and demonym, built once
 * per knowledge version. A scan is one pass over the text: whole words only, then each sense keeps only the casings it
 * allows, then leftmost-longest hits win. The automaton is case-sensitive over the casings a form is written in
 * ({@link CaseVariants}): titles in lower, Title and upper case, names as written or in capitals. Names therefore start
 * with a capital in the automaton, so lower-case running text stays near its root, which keeps scans fast on a large
 * knowledge base.
 */
final class MentionMatcher {

    private final PayloadTrie<List<Sense>> trie;

    /** @param surfaces each casing variant of a normalized surface form → its senses */
    MentionMatcher(Map<String, List<Sense>> surfaces) {
        PayloadTrie.PayloadTrieBuilder<List<Sense>> builder = PayloadTrie.<List<Sense>>builder().onlyWholeWords();
        surfaces.forEach((form, senses) -> {
            if (!form.isEmpty()) {
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
                raw.add(Hit.of(start, end, fitting));
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
