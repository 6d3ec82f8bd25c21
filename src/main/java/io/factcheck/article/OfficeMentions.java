package io.factcheck.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.factcheck.common.text.WordAutomaton;
import io.factcheck.knowledge.Office;

/**
 * Whether a text mentions one of some offices: an alias of it ("Cambodian PM"), or its title together with its
 * jurisdiction or one of its adjectives anywhere in the text ("the Prime Minister … Cambodia"), or its title alone when
 * the title names the jurisdiction itself. One pass over the text (Aho-Corasick over every term, whole words,
 * ignoring case), however many offices.
 */
final class OfficeMentions {

    private record Terms(String title, boolean titleSuffices, List<String> places, List<String> aliases) {
    }

    private final List<Terms> offices = new ArrayList<>();
    private final WordAutomaton<String> automaton;

    OfficeMentions(List<Office> rows) {
        Set<String> keywords = new HashSet<>();
        for (Office o : rows) {
            String title = lower(o.title);
            List<String> places = new ArrayList<>();
            if (o.jurisdiction != null && !o.jurisdiction.isBlank()) {
                places.add(lower(o.jurisdiction));
            }
            o.adjectives.stream().filter(a -> !a.isBlank()).map(OfficeMentions::lower).forEach(places::add);
            boolean titleSuffices = places.isEmpty() || places.stream().anyMatch(title::contains);
            List<String> aliases = o.aliases.stream().filter(a -> !a.isBlank()).map(OfficeMentions::lower).toList();
            offices.add(new Terms(title, titleSuffices, places, aliases));
            keywords.add(title);
            keywords.addAll(places);
            keywords.addAll(aliases);
        }
        WordAutomaton.Builder<String> builder = WordAutomaton.<String>builder().ignoreCase();
        keywords.forEach(keyword -> builder.add(keyword, keyword));
        this.automaton = builder.build();
    }

    boolean mentionsAny(String text) {
        if (offices.isEmpty() || text == null || text.isEmpty()) {
            return false;
        }
        Set<String> found = new HashSet<>();
        automaton.scan(text, (start, end, keyword) -> found.add(keyword));
        for (Terms o : offices) {
            if (o.aliases().stream().anyMatch(found::contains)) {
                return true;
            }
            if (found.contains(o.title()) && (o.titleSuffices() || o.places().stream().anyMatch(found::contains))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
