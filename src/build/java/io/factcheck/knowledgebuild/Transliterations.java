package io.factcheck.knowledgebuild;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Other romanisations of one name that English-language news uses: "Zelensky" and "Zelenskiy" for the Factbook's
 * "Zelenskyy" (Ukrainian and Russian surnames in -yy, -iy, -yi), and the common spellings of Muhammad.
 */
final class Transliterations {

    private static final List<String> MUHAMMAD = List.of("Muhammad", "Mohammed", "Mohammad", "Mohamed");
    private static final List<String> SLAVIC_ENDINGS = List.of("yy", "iy", "yi");

    private Transliterations() {
    }

    /** Variants of the forms that are not among them yet; single-word forms only for the surname endings. */
    static Set<String> variants(Set<String> forms, String name) {
        Set<String> all = new LinkedHashSet<>(forms);
        all.add(name);
        Set<String> out = new LinkedHashSet<>();
        for (String form : all) {
            String[] tokens = form.split(" ");
            String last = tokens[tokens.length - 1];
            for (String ending : SLAVIC_ENDINGS) {
                if (last.length() > 5 && last.endsWith(ending)) {
                    String stem = last.substring(0, last.length() - 2);
                    for (String other : List.of("y", "iy")) {
                        tokens[tokens.length - 1] = stem + other;
                        out.add(String.join(" ", tokens));
                    }
                    tokens[tokens.length - 1] = last;
                }
            }
            if (tokens.length >= 2) {
                for (int i = 0; i < tokens.length; i++) {
                    if (MUHAMMAD.contains(tokens[i])) {
                        String own = tokens[i];
                        for (String spelling : MUHAMMAD) {
                            tokens[i] = spelling;
                            out.add(String.join(" ", tokens));
                        }
                        tokens[i] = own;
                    }
                }
            }
        }
        out.removeAll(all);
        return out;
    }
}
