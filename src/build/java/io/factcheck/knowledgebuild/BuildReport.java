package io.factcheck.knowledgebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the build did that a reviewer must be able to check: conflicts, unreadable rows, guesses, curated overrides. */
final class BuildReport {

    private final Map<String, List<String>> conflicts = new TreeMap<>();
    private final Map<String, List<String>> unparsed = new TreeMap<>();
    private final Map<String, List<String>> guesses = new TreeMap<>();
    private final Map<String, List<String>> curated = new TreeMap<>();
    private final Map<String, List<String>> filled = new TreeMap<>();

    void conflict(String where, String what) {
        conflicts.computeIfAbsent(where, k -> new ArrayList<>()).add(what);
    }

    void unparsed(String where, String what) {
        unparsed.computeIfAbsent(where, k -> new ArrayList<>()).add(what);
    }

    void guess(String where, String what) {
        guesses.computeIfAbsent(where, k -> new ArrayList<>()).add(what);
    }

    void curated(String where, String what) {
        curated.computeIfAbsent(where, k -> new ArrayList<>()).add(what);
    }

    void filled(String where, String what) {
        filled.computeIfAbsent(where, k -> new ArrayList<>()).add(what);
    }

    int count(Map<String, List<String>> m) {
        return m.values().stream().mapToInt(List::size).sum();
    }

    /** The sections in a fixed order, each entry sorted, so that two runs on the same data write the same text. */
    String sections() {
        StringBuilder out = new StringBuilder();
        section(out, "Conflicts between sources, and how they were settled", conflicts);
        section(out, "Terms filled from Wikidata (missing from the Factbook texts)", filled);
        section(out, "Curated knowledge that won over the build", curated);
        section(out, "Rows and texts that could not be read", unparsed);
        section(out, "Guesses", guesses);
        return out.toString();
    }

    String summary() {
        return "| conflicts | filled from Wikidata | curated overrides | unread | guesses |\n|---:|---:|---:|---:|---:|\n| "
                + count(conflicts) + " | " + count(filled) + " | " + count(curated) + " | " + count(unparsed) + " | "
                + count(guesses) + " |\n";
    }

    private static void section(StringBuilder out, String title, Map<String, List<String>> entries) {
        int n = entries.values().stream().mapToInt(List::size).sum();
        out.append("\n## ").append(title).append(" (").append(n).append(")\n\n");
        if (n == 0) {
            out.append("None.\n");
            return;
        }
        entries.forEach((where, list) -> {
            out.append("### ").append(where).append("\n\n");
            list.stream().sorted().forEach(line -> out.append("- ").append(line.replace("\n", " ")).append('\n'));
            out.append('\n');
        });
    }
}
