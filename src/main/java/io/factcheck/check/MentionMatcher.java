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

    private final PayloadTrie<Surface> trie;

    /**
     * The senses of one surface form, precomputed so a match costs one casing check per distinct (kind, form) — a
     * common surname shared by many people is checked once — and needs no new lists when every sense fits.
     */
    private static final class Surface {
        final List<Sense> senses;
        final List<String> personIds;
        final Sense[] checks;
        final int[] groupOf;

        Surface(List<Sense> senses) {
            this.senses = List.copyOf(senses);
            this.personIds = Hit.of(0, 0, this.senses).personIds();
            List<Sense> distinct = new ArrayList<>(2);
            this.groupOf = new int[this.senses.size()];
            for (int i = 0; i < this.senses.size(); i++) {
                Sense s = this.senses.get(i);
                int g = -1;
                for (int k = 0; k < distinct.size() && g < 0; k++) {
                    if (distinct.get(k).kind() == s.kind() && distinct.get(k).form().equals(s.form())) {
                        g = k;
                    }
                }
                if (g < 0) {
                    g = distinct.size();
                    distinct.add(s);
                }
                groupOf[i] = g;
            }
            this.checks = distinct.toArray(new Sense[0]);
        }

        /** The hit at [start, end) with the senses whose casing fits, or null when none does. */
        Hit hit(CharSequence text, int start, int end) {
            boolean[] fits = new boolean[checks.length];
            int fitting = 0;
            for (int g = 0; g < checks.length; g++) {
                fits[g] = checks[g].caseFits(text, start);
                fitting += fits[g] ? 1 : 0;
            }
            if (fitting == checks.length) {
                return new Hit(start, end, senses, personIds);
            }
            if (fitting == 0) {
                return null;
            }
            List<Sense> kept = new ArrayList<>(senses.size());
            for (int i = 0; i < senses.size(); i++) {
                if (fits[groupOf[i]]) {
                    kept.add(senses.get(i));
                }
            }
            return Hit.of(start, end, kept);
        }
    }

    /** @param surfaces each casing variant of a normalized surface form → its senses */
    MentionMatcher(Map<String, List<Sense>> surfaces) {
        PayloadTrie.PayloadTrieBuilder<Surface> builder = PayloadTrie.<Surface>builder().onlyWholeWords();
        surfaces.forEach((form, senses) -> {
            if (!form.isEmpty() && !senses.isEmpty()) {
                builder.addKeyword(form, new Surface(senses));
            }
        });
        this.trie = builder.build();
    }

    List<Hit> scan(String normalized) {
        List<Hit> raw = new ArrayList<>();
        trie.parseText(normalized, (PayloadEmit<Surface> emit) -> {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            // The library's whole-word test looks at letters only; a digit neighbour also breaks a word ("2019PM").
            if ((start > 0 && Character.isLetterOrDigit(normalized.charAt(start - 1)))
                    || (end < normalized.length() && Character.isLetterOrDigit(normalized.charAt(end)))) {
                return false;
            }
            Hit hit = emit.getPayload().hit(normalized, start, end);
            if (hit != null) {
                raw.add(hit);
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
