package io.factcheck.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an office reads by in running text: "Prime Minister of Cambodia". The first alias that contains both the
 * title and the jurisdiction wins ("United States Ambassador to the United Nations"), so curated phrasing beats the
 * mechanical "title of jurisdiction".
 */
public final class OfficeName {

    /** Jurisdictions that read with "the": "President of the United States". */
    private static final Pattern NEEDS_ARTICLE = Pattern.compile(
            "(?i)^(united|republic|russian federation|holy see|czech republic)\\b.*"
                    + "|.*\\b(states|republic|kingdom|islands|union|emirates|federation|netherlands|philippines)$");

    private OfficeName() {
    }

    public static String of(String title, String jurisdiction, List<String> aliases) {
        if (jurisdiction == null || jurisdiction.isBlank() || contains(title, jurisdiction)) {
            return title;
        }
        if (aliases != null) {
            for (String alias : aliases) {
                if (contains(alias, title) && contains(alias, jurisdiction)) {
                    return alias;
                }
            }
        }
        String place = jurisdiction.trim();
        boolean article = NEEDS_ARTICLE.matcher(place).matches() && !place.toLowerCase(Locale.ROOT).startsWith("the ");
        return title + " of " + (article ? "the " : "") + place;
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.trim().toLowerCase(Locale.ROOT));
    }
}
