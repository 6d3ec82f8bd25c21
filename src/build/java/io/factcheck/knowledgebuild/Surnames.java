package io.factcheck.knowledgebuild;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surname forms news uses that the Factbook's spelling does not give: a married name after "de" ("Cristina Fernández de
 * Kirchner" is "President Kirchner"), and a leading particle capitalised as news writes it after a title ("President
 * Van der Bellen").
 */
final class Surnames {

    private static final Pattern MARRIED = Pattern.compile("^\\p{Lu}\\S+(?: \\p{Lu}\\S+)* de (\\p{Lu}\\S+)$");
    private static final Pattern PARTICLE = Pattern.compile("(^| )(van|von|de|da|di|du|del|della|le|la)( der| den| la| los)? (\\p{Lu})");

    /** A particle that starts the surname: the form's first word, or its second after one given name. */
    private static final Pattern PARTICLE_AT_SURNAME = Pattern.compile("^(\\S+ )?(van|von|de|da|di|du|del|della|le|la) ");

    private Surnames() {
    }

    static Set<String> newsForms(Set<String> forms, String name) {
        Set<String> all = new LinkedHashSet<>(forms);
        all.add(name);
        Set<String> out = new LinkedHashSet<>();
        for (String form : all) {
            Matcher married = MARRIED.matcher(form);
            if (married.matches() && form.split(" ").length >= 3 && !form.contains(" de " + married.group(1) + " ")) {
                out.add(married.group(1));
            }
            String[] tokens = form.split(" ");
            String last = tokens[tokens.length - 1];
            int hyphen = last.lastIndexOf('-');
            if (hyphen > 0 && Character.isUpperCase(last.charAt(0)) && hyphen + 1 < last.length()
                    && Character.isUpperCase(last.charAt(hyphen + 1))) {
                // "Ali Hoseini-Khamenei" is "Ali Khamenei" in news: the compound surname's last part
                String part = last.substring(hyphen + 1);
                out.add(part);
                if (tokens.length >= 2) {
                    out.add(tokens[0] + " " + part);
                }
            }
            if (tokens.length > 2 && !PARTICLE_AT_SURNAME.matcher(form).find()) {
                continue; // a particle inside a surname ("Fernández de Kirchner") stays as it is
            }
            Matcher particle = PARTICLE.matcher(form);
            StringBuilder capitalised = new StringBuilder();
            boolean changed = false;
            while (particle.find()) {
                String p = particle.group(2);
                particle.appendReplacement(capitalised, Matcher.quoteReplacement(particle.group(1)
                        + Character.toUpperCase(p.charAt(0)) + p.substring(1)
                        + (particle.group(3) == null ? "" : particle.group(3)) + " " + particle.group(4)));
                changed = true;
            }
            particle.appendTail(capitalised);
            if (changed) {
                out.add(capitalised.toString());
            }
        }
        out.removeAll(all);
        return out;
    }
}
