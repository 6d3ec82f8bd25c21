package io.factcheck.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The match score of a candidate for a query, 0..1, and why. Text first: the stemmed words both share (PostgreSQL's
 * English full-text lexemes, weighted so that title words every claim uses count less than names and places), their
 * trigram similarity (pg_trgm, over text and quote), and PostgreSQL's full-text rank. Then what the checker resolved:
 * the same person, office and years raise the score; another person, another year or the opposite finding (a title
 * called "former" against one called current, or a denial against an assertion) lower it, so such a statement ranks
 * below the real match even when it shares more words. The weights and thresholds are documented, and were chosen on
 * half of the labelled set in src/test (MatchingEvaluationTest), in src/docs/matching.md.
 */
final class MatchScorer {

    /** Answers of GET /claims/similar score at least this. */
    static final double DISPLAY_THRESHOLD = 0.25;
    /**
     * New claims get suggestions scoring at least this: chosen on the calibration half of the labelled set as the
     * lowest threshold whose precision there is at least 0.9 (MatchingEvaluationTest prints the sweep).
     */
    static final double SUGGESTION_THRESHOLD = 0.65;
    /** Suggestions stored per new claim. */
    static final int SUGGESTIONS_PER_CLAIM = 5;

    static final double W_WORDS = 0.5;
    static final double W_TRIGRAM = 0.2;
    static final double W_WORD_TRIGRAM = 0.15;
    static final double W_RANK = 0.15;
    /** Added for what agrees. */
    static final double SAME_PERSON = 0.15;
    static final double SAME_OFFICE = 0.05;
    static final double SAME_YEAR = 0.1;
    /** Multiplied in for what contradicts: a statement about another person, year or number is another claim. */
    static final double OTHER_PERSON = 0.45;
    static final double OTHER_YEAR = 0.45;
    static final double OTHER_NUMBER = 0.6;
    static final double OPPOSITE_FINDING = 0.5;

    /**
     * Lexemes (english stems) of the words nearly every claim about an office holder uses: they weigh
     * {@link #COMMON_WEIGHT} in the word overlap, names, places, numbers and topics weigh 1.
     */
    static final Set<String> COMMON = Set.of("minist", "prime", "presid", "former", "foreign", "vice", "deputi",
            "secretari", "chancellor", "king", "queen", "general", "govern", "offici", "said", "say", "leader",
            "countri", "nation", "state", "also", "year", "new", "first", "last", "ministri", "head", "parti",
            "chairman", "chair", "member", "told", "report", "accord", "week", "month", "time", "day", "one", "two",
            "would", "could", "will", "current", "claim", "becam", "becom", "elect", "offic", "hold", "held", "serv");
    static final double COMMON_WEIGHT = 0.3;

    private MatchScorer() {
    }

    /**
     * A scored candidate: the score, the reasons (most telling first), and the score before it was capped at 1, which
     * orders the candidates that reach 1 (a near-verbatim match before a looser one about the same person and year).
     */
    record Score(double value, String why, double uncapped) {
    }

    /** The text measures PostgreSQL computed for one candidate. */
    record TextMeasures(Collection<String> queryLexemes, Collection<String> lexemes, double trigram,
            double wordTrigram, double rank) {
    }

    static Score score(Traits query, Traits candidate, TextMeasures text, KnowledgeNames names) {
        List<String> why = new ArrayList<>();
        Set<String> shared = shared(text.queryLexemes(), text.lexemes());
        double words = weightedDice(text.queryLexemes(), text.lexemes());
        double textScore = W_WORDS * words + W_TRIGRAM * text.trigram() + W_WORD_TRIGRAM * text.wordTrigram()
                + W_RANK * Math.min(1, 3 * text.rank());
        if (!shared.isEmpty()) {
            why.add("shares " + quoteList(shared, 6));
        } else {
            why.add("shares few words");
        }
        double adjust = 0;
        double factor = 1;

        if (!query.persons().isEmpty() && !candidate.persons().isEmpty()) {
            Set<String> same = intersection(query.persons(), candidate.persons());
            if (!same.isEmpty()) {
                adjust += SAME_PERSON;
                why.add("same person (" + names(same, names, true) + ")");
            } else {
                factor *= OTHER_PERSON;
                why.add("another person (" + names(candidate.persons(), names, true) + ", not "
                        + names(query.persons(), names, true) + ")");
            }
        }
        if (!query.offices().isEmpty() && !candidate.offices().isEmpty()) {
            Set<String> same = intersection(query.offices(), candidate.offices());
            if (!same.isEmpty()) {
                adjust += SAME_OFFICE;
                why.add("same office (" + names(same, names, false) + ")");
            }
        }
        boolean sameYear = false;
        if (!query.years().isEmpty() && !candidate.years().isEmpty()) {
            Set<Integer> same = intersection(query.years(), candidate.years());
            if (!same.isEmpty()) {
                sameYear = true;
                adjust += SAME_YEAR;
                why.add("same time (" + join(new TreeSet<>(same)) + ")");
            } else {
                factor *= OTHER_YEAR;
                why.add("another year (" + join(new TreeSet<>(candidate.years())) + ", not "
                        + join(new TreeSet<>(query.years())) + ")");
            }
        }
        if (!query.numbers().isEmpty() && !candidate.numbers().isEmpty()
                && intersection(query.numbers(), candidate.numbers()).isEmpty()) {
            factor *= OTHER_NUMBER;
            why.add("other numbers (" + String.join(", ", candidate.numbers()) + ", not "
                    + String.join(", ", query.numbers()) + ")");
        }
        if (!sameYear && opposite(query.tense(), candidate.tense())) {
            factor *= OPPOSITE_FINDING;
            why.add("the opposite finding (" + tenseWord(candidate.tense()) + " title, not "
                    + tenseWord(query.tense()) + ")");
        } else if (query.negated() != candidate.negated()) {
            factor *= OPPOSITE_FINDING;
            why.add("the opposite finding (" + (candidate.negated() ? "denies" : "asserts") + " what the query "
                    + (query.negated() ? "denies" : "asserts") + ")");
        }
        double uncapped = (textScore + adjust) * factor;
        double value = Math.max(0, Math.min(1, uncapped));
        return new Score(Math.round(value * 1000) / 1000.0, String.join("; ", why), uncapped);
    }

    /** "former" against a bare or "current" title; "then-" agrees with both (the years decide). */
    private static boolean opposite(Traits.Tense a, Traits.Tense b) {
        return (a == Traits.Tense.PAST && b == Traits.Tense.PRESENT) || (a == Traits.Tense.PRESENT && b == Traits.Tense.PAST);
    }

    private static String tenseWord(Traits.Tense tense) {
        return tense == Traits.Tense.PAST ? "a \"former\"" : "a current";
    }

    static double weightedDice(Collection<String> a, Collection<String> b) {
        Set<String> left = new HashSet<>(a);
        Set<String> right = new HashSet<>(b);
        double total = weight(left) + weight(right);
        if (total == 0) {
            return 0;
        }
        return 2 * weight(intersection(left, right)) / total;
    }

    private static double weight(Collection<String> lexemes) {
        double sum = 0;
        for (String lexeme : lexemes) {
            sum += COMMON.contains(lexeme) ? COMMON_WEIGHT : 1;
        }
        return sum;
    }

    private static Set<String> shared(Collection<String> a, Collection<String> b) {
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        // names and topics before title words
        Set<String> ordered = new LinkedHashSet<>();
        shared.stream().filter(l -> !COMMON.contains(l)).forEach(ordered::add);
        ordered.addAll(shared);
        return ordered;
    }

    private static <T> Set<T> intersection(Collection<T> a, Collection<T> b) {
        Set<T> same = new LinkedHashSet<>(a);
        same.retainAll(new HashSet<>(b));
        return same;
    }

    private static String names(Set<String> ids, KnowledgeNames names, boolean people) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String name = people ? names.personName(id) : names.officeName(id);
            if (!out.contains(name)) {
                out.add(name);
            }
            if (out.size() == 3) {
                break;
            }
        }
        return String.join(", ", out);
    }

    private static String quoteList(Set<String> words, int max) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add("\"" + w + "\"");
            if (out.size() == max) {
                break;
            }
        }
        return String.join(", ", out);
    }

    private static String join(Collection<?> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(String.valueOf(i)));
        return String.join(", ", out);
    }
}
