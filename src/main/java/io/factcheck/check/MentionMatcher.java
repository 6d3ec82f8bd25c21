package io.factcheck.check;

import io.factcheck.common.text.WordAutomaton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One Aho–Corasick automaton over every person alias, office title, office alias, place name and demonym, built once
 * per knowledge version. A scan is one pass over the text, whole words only, then leftmost-longest hits win. The
 * automaton is case-sensitive over the casings each form may appear in ({@link CaseVariants}): that is where casing
 * rules live ("us" is not "US", "trump" is not "Trump"), and since names start with a capital, lower-case running text
 * stays near the root, which keeps scans fast on a large knowledge base.
 */
final class MentionMatcher {

    private final WordAutomaton<Surface> automaton;

    /** The senses of one surface form, the people among them and their terms, built once so a match only allocates its hit. */
    private record Surface(List<Sense> senses, List<String> personIds, List<List<Term>> personTerms) {
        static Surface of(List<Sense> senses, KnowledgeIndex kb) {
            Hit template = Hit.of(0, 0, List.copyOf(senses));
            List<List<Term>> terms = new ArrayList<>(template.personIds().size());
            template.personIds().forEach(id -> terms.add(kb.terms(id)));
            return new Surface(template.senses(), template.personIds(), List.copyOf(terms));
        }
    }

    MentionMatcher(KnowledgeIndex kb) {
        Map<String, List<Sense>> surfaces = kb.surfaces();
        WordAutomaton.Builder<Surface> builder = WordAutomaton.builder();
        surfaces.forEach((form, senses) -> {
            if (!senses.isEmpty()) {
                builder.add(form, Surface.of(senses, kb));
            }
        });
        this.automaton = builder.build();
    }

    List<Hit> scan(String normalized) {
        List<Hit> raw = new ArrayList<>();
        automaton.scan(normalized, (start, end, surface) ->
                raw.add(new Hit(start, end, surface.senses(), surface.personIds(), surface.personTerms())));
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
