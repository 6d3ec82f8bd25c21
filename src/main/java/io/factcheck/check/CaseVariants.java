package io.factcheck.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The casings a surface form is looked for in, which is all the matcher knows about case: names as written or in
 * capitals (headlines); places and demonyms capitalised or in capitals ("Cambodian", never "cambodian" or "turkey");
 * titles and office aliases also in lower case, Title Case and sentence case ("president", "Prime Minister", "Prime
 * minister"). Acronym words ("PM", "US", "U.S.") keep their case in every variant, so "pm" and "us" never match.
 */
final class CaseVariants {

    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "to", "in", "on", "at", "a", "an");

    private CaseVariants() {
    }

    static Set<String> of(String form, Sense.Kind kind) {
        Set<String> out = new LinkedHashSet<>(6);
        boolean place = kind == Sense.Kind.JURISDICTION_NAME || kind == Sense.Kind.DEMONYM;
        out.add(place ? capitalize(form) : form);
        out.add(form.toUpperCase(Locale.ROOT));
        if (kind == Sense.Kind.TITLE || kind == Sense.Kind.OFFICE) {
            out.add(mapWords(form, 0));
            out.add(mapWords(form, 1));
            out.add(mapWords(form, 2));
        }
        return out;
    }

    /** style 0: lower case; 1: Title Case (minor words lower); 2: sentence case. Acronyms are kept. */
    private static String mapWords(String form, int style) {
        String[] words = form.split(" ");
        StringBuilder out = new StringBuilder(form.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (Sense.isAcronym(w, 0, w.length())) {
                out.append(w);
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            boolean capital = style == 1 ? i == 0 || !MINOR_WORDS.contains(lower) : style == 2 && i == 0;
            out.append(capital ? capitalize(lower) : lower);
        }
        return out.toString();
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
