package io.factcheck.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cleaning of the names and lists the knowledge base stores, shared by the API, the file loader and the import. */
final class KnowledgeText {

    private KnowledgeText() {
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Trimmed, blanks dropped, duplicates (ignoring case) dropped, order kept. */
    static List<String> cleanList(List<String> values) {
        List<String> cleaned = new ArrayList<>();
        if (values == null) {
            return cleaned;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && seen.add(lower(value.trim()))) {
                cleaned.add(value.trim());
            }
        }
        return cleaned;
    }

    /** A LIKE pattern matching text that contains {@code q}, lower-cased, with LIKE's wildcards escaped. */
    static String containsPattern(String q) {
        String escaped = lower(q.trim()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
