package io.factcheck.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.check.Annotation;
import io.factcheck.claim.ClaimView;

/**
 * Reads {@link Traits} from what the service already knows of a statement: the checker's annotations (who a title
 * refers to, which office, the time spoken of), the claim's person field, and the names, years and title modifiers in
 * its words.
 */
final class TraitReader {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)?(?![\\d.,]\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|20\\d\\d)(?![\\d.,]\\d)");
    /** The checker's messages say "at the time spoken of (January 2022)". */
    private static final Pattern SPOKEN_OF = Pattern.compile("time spoken of \\(([^)]*)\\)");
    // The tense and negation patterns read lower-cased text, and run only when one of their words occurs in it: Java's
    // regex engine tests a word boundary at every position, which was most of the time a candidate's traits took (a
    // similar search reads about 160 candidates).
    private static final Cue PAST = new Cue(
            "\\b(former|formerly|erstwhile|one-time|onetime|no longer|ousted|deposed)\\b|\\bex-(?=[a-z])",
            "former", "erstwhile", "one-time", "onetime", "no longer", "ousted", "deposed", "ex-");
    private static final Cue THEN = new Cue(
            "\\bthen[-\u2011\u2010 ](?=[a-z])(?!(?:he|she|it|they|we|the|a|an|was|were|is|in|on|at)\\b)", "then");
    private static final Cue CURRENT = new Cue("\\b(current|currently|sitting|incumbent|serving)\\b",
            "current", "sitting", "incumbent", "serving");
    private static final Cue NEGATION = new Cue(
            "\\b(not|never|no longer|isn't|wasn't|aren't|weren't|didn't|doesn't|hasn't|haven't)\\b|n't\\b",
            "not", "never", "no longer", "n't");
    /** Office words that make a bare mention a present-tense title claim. */
    private static final Cue TITLE = new Cue("\\b(president|prime minister|premier|minister|chancellor|"
            + "king|queen|emperor|sultan|emir|amir|governor|secretary|head of state|chairman|speaker|mayor)\\b",
            "president", "minister", "premier", "chancellor", "king", "queen", "emperor", "sultan", "emir", "amir",
            "governor", "secretary", "head of state", "chairman", "speaker", "mayor");

    /** A pattern over lower-cased text, and the words without one of which it cannot match. */
    private record Cue(Pattern pattern, List<String> needles) {
        Cue(String regex, String... needles) {
            this(Pattern.compile(regex), List.of(needles));
        }

        boolean in(String lower) {
            for (String needle : needles) {
                if (lower.contains(needle)) {
                    return pattern.matcher(lower).find();
                }
            }
            return false;
        }
    }

    private TraitReader() {
    }

    /** A stored claim: its annotation (checker claims), its person field, its words, its article's date. */
    static Traits ofClaim(ClaimView claim, LocalDate articleDate, KnowledgeNames names) {
        String words = claim.text().equals(claim.anchor().exact()) ? claim.text()
                : claim.text() + " \n " + claim.anchor().exact();
        Set<String> persons = new LinkedHashSet<>();
        Set<String> offices = new LinkedHashSet<>();
        Set<Integer> years = years(words);
        JsonNode annotation = claim.annotation();
        if (annotation != null) {
            addId(persons, annotation.path("person").path("id"));
            addId(offices, annotation.path("office").path("id"));
            years.addAll(spokenOf(annotation.path("message").asText("")));
        }
        if (claim.person() != null) {
            Set<String> named = names.person(claim.person());
            persons.addAll(named.isEmpty() ? Set.of(unknown(claim.person())) : named);
        }
        if (persons.isEmpty()) {
            persons.addAll(names.people(words));
        }
        offices.addAll(names.offices(words));
        return new Traits(persons, offices, years, numbers(words), articleDate == null ? null : articleDate.getYear(),
                tense(words, !offices.isEmpty()), negated(words));
    }

    /** A free text: what the checker resolved in it (at its date), and the names and years in its words. */
    static Traits ofText(String text, List<Annotation> annotations, LocalDate date, KnowledgeNames names) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> offices = new LinkedHashSet<>();
        Set<Integer> years = years(text);
        for (Annotation a : annotations) {
            if (a.person() != null && a.person().id() != null) {
                persons.add(a.person().id());
            }
            if (a.office() != null && a.office().id() != null) {
                offices.add(a.office().id());
            }
            if (a.message() != null) {
                years.addAll(spokenOf(a.message()));
            }
        }
        persons.addAll(names.people(text));
        offices.addAll(names.offices(text));
        return new Traits(persons, offices, years, numbers(text), date == null ? null : date.getYear(),
                tense(text, !offices.isEmpty()), negated(text));
    }

    /** An external fact-check: the names and years in its claim, spoken from the claim's (or review's) date. */
    static Traits ofFactCheck(String claimText, LocalDate claimDate, KnowledgeNames names) {
        Set<String> offices = names.offices(claimText);
        return new Traits(names.people(claimText), offices, years(claimText), numbers(claimText),
                claimDate == null ? null : claimDate.getYear(), tense(claimText, !offices.isEmpty()),
                negated(claimText));
    }

    static Set<Integer> years(String text) {
        Set<Integer> years = new LinkedHashSet<>();
        if (text == null) {
            return years;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** Numbers that are not years ("87", "7.7", "26"), as written with a dot for a decimal comma. */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group().replace(',', '.');
            if (!YEAR.matcher(n).matches()) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    static Set<Integer> spokenOf(String message) {
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = SPOKEN_OF.matcher(message);
        while (m.find()) {
            years.addAll(years(m.group(1)));
        }
        return years;
    }

    static Traits.Tense tense(String text, boolean namesOffice) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (PAST.in(lower)) {
            return Traits.Tense.PAST;
        }
        if (THEN.in(lower)) {
            return Traits.Tense.THEN;
        }
        if (CURRENT.in(lower) || namesOffice || TITLE.in(lower)) {
            return Traits.Tense.PRESENT;
        }
        return Traits.Tense.NONE;
    }

    static boolean negated(String text) {
        return NEGATION.in(text.toLowerCase(Locale.ROOT));
    }

    private static void addId(Set<String> ids, JsonNode id) {
        if (id.isTextual() && !id.asText().isBlank()) {
            ids.add(id.asText());
        }
    }

    private static String unknown(String name) {
        return Traits.UNKNOWN_PERSON + name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
