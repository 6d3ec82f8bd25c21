package io.factcheck.knowledgebuild;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Office titles as one office per distinct title: the qualifiers, ranks and name fragments the Factbook's texts leave
 * around a title are removed ("[interim] Prime Minister", "Prime Minister Crown Prince", "President Ratu"), and a title
 * the parser cut short ("Chairman of the", "Prime") is mended or refused.
 */
final class Titles {

    /** A cleaned title; {@code acting} when a qualifier said so ("Caretaker", "[interim]"). */
    record Canonical(String title, boolean acting) {
    }

    private static final Pattern MARKER = Pattern.compile("\\*{3}[^*]*\\*{3}\\s*");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)^(\\[(interim|acting|transitional|transition)]|caretaker|interim|acting|transition|transitional|provisional)\\s+");
    private static final Pattern ACTING = Pattern.compile("(?i)^(\\[(interim|acting)]|caretaker|interim|acting)\\s+");
    /** "President of the Government Or Prime Minister": the second name is an alternative, not a second office. */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)\\s+or\\s+.*$");
    /** Titles after which the texts sometimes leave a rank or part of a name ("Prime Minister Lord", "President Trong"). */
    private static final List<String> HEADS = List.of("Prime Minister", "President");
    /** A title that ends where a name or a phrase was cut off. */
    private static final Pattern TRUNCATED = Pattern.compile("(?i).*(\\bof|\\bthe|\\bof the|'s|\\bnational|\\bfor)$");
    private static final Set<String> REFUSED = Set.of("notification statement: the", "minister", "chief",
            "lord of mann queen", "commander in chief", "commissioner of the republic");

    private Titles() {
    }

    /** The office title a text's title stands for, or null when the text's title is not a usable one. */
    static Canonical canonical(String raw) {
        String t = MARKER.matcher(raw).replaceAll("").trim();
        boolean acting = false;
        for (Matcher q = QUALIFIER.matcher(t); q.lookingAt(); q = QUALIFIER.matcher(t)) {
            acting |= ACTING.matcher(t).lookingAt();
            t = t.substring(q.end()).trim();
        }
        t = ALTERNATIVE.matcher(t).replaceAll("");
        if (t.equalsIgnoreCase("Prime")) {
            t = "Prime Minister";
        }
        for (String head : HEADS) {
            if (t.startsWith(head + " ") && !t.startsWith(head + " of ")) {
                t = head;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("french") || lower.equals("episcopal") || lower.endsWith(" co-prince")) {
            t = "Co-Prince"; // Andorra's two co-princes hold one office
        } else if (lower.matches("(king|paramount ruler) sultan")) {
            t = "King"; // Malaysia's Yang di-Pertuan Agong, "King Sultan Ibrahim" in news
        } else if (lower.matches("(queen|king) of .+")) {
            t = t.substring(0, t.indexOf(' '));
        } else if (lower.startsWith("cochiefs of state ")) {
            t = t.substring("cochiefs of state ".length());
        }
        if (t.isEmpty() || REFUSED.contains(t.toLowerCase(Locale.ROOT)) || TRUNCATED.matcher(t).matches()) {
            return null;
        }
        return new Canonical(t, acting);
    }
}
