package io.factcheck.check;

import io.factcheck.claim.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders annotations as a SARIF 2.1.0 log: one rule per verdict, one result per annotation with a line/column region
 * computed from the text (1-based, columns in UTF-16 code units, {@code endColumn} exclusive).
 */
public final class Sarif {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String TOOL_NAME = "factcheck-role-tenure";
    public static final String TOOL_VERSION = "1.0.0";
    public static final String INFORMATION_URI = "urn:io.factcheck:checker:role-tenure";

    private static final List<SarifLog.Rule> RULES = Arrays.stream(Verdict.values()).map(Sarif::rule).toList();

    private Sarif() {
    }

    public static String ruleId(Verdict verdict) {
        return "role-tenure/" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** INACCURATE is an error, OUTDATED and MISLEADING warnings, the rest notes. */
    public static String level(Verdict verdict) {
        return switch (verdict) {
            case INACCURATE -> "error";
            case OUTDATED, MISLEADING -> "warning";
            default -> "note";
        };
    }

    public static SarifLog toSarif(String text, List<Annotation> annotations, String artifactUri) {
        LineIndex lines = new LineIndex(text == null ? "" : text);
        List<SarifLog.Result> results = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            int start = Math.max(0, Math.min(a.start(), lines.length()));
            int end = Math.max(start, Math.min(a.end(), lines.length()));
            SarifLog.Region region = new SarifLog.Region(lines.line(start), lines.column(start), lines.line(end),
                    lines.column(end), start, end - start, new SarifLog.Text(a.quote()));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("verdict", a.verdict().name());
            properties.put("confidence", a.confidence());
            properties.put("suggestion", a.suggestion());
            if (a.person() != null) {
                properties.put("person", a.person().name());
            }
            if (a.office() != null) {
                properties.put("office", a.office().name());
            }
            results.add(new SarifLog.Result(ruleId(a.verdict()), a.verdict().ordinal(), level(a.verdict()),
                    new SarifLog.Text(a.message()),
                    List.of(new SarifLog.Location(new SarifLog.PhysicalLocation(
                            new SarifLog.ArtifactLocation(artifactUri), region))),
                    properties));
        }
        SarifLog.Driver driver = new SarifLog.Driver(TOOL_NAME, INFORMATION_URI, TOOL_VERSION, TOOL_VERSION, RULES);
        SarifLog.Run run = new SarifLog.Run(new SarifLog.Tool(driver),
                List.of(new SarifLog.Artifact(new SarifLog.ArtifactLocation(artifactUri), lines.length(), "text/plain")),
                results, "utf16CodeUnits");
        return new SarifLog(SCHEMA, "2.1.0", List.of(run));
    }

    private static SarifLog.Rule rule(Verdict verdict) {
        String what = switch (verdict) {
            case ACCURATE -> "The office title fits the person at the time the text speaks of.";
            case MOSTLY_ACCURATE -> "The office title fits, with a minor imprecision.";
            case OUTDATED -> "The person held the office but no longer holds it at the reference date.";
            case MISLEADING -> "The office title is literally defensible but leaves a false impression.";
            case INACCURATE -> "The office title is wrong for the person at the time spoken of (for example \"former\" "
                    + "for a sitting holder, or an office never held).";
            case UNVERIFIED -> "Not enough evidence to judge the office title.";
        };
        String help = "Check the person's terms of office in the knowledge base and use the suggested wording: "
                + "\"former\" for an office no longer held, \"then-\" for an office held at the time of the event.";
        return new SarifLog.Rule(ruleId(verdict), "RoleTenure" + pascal(verdict),
                new SarifLog.Text("Office title: " + verdict.alternateName().toLowerCase(Locale.ROOT)),
                new SarifLog.Text(what), new SarifLog.Text(help), new SarifLog.Configuration(level(verdict)));
    }

    private static String pascal(Verdict verdict) {
        StringBuilder out = new StringBuilder();
        for (String part : verdict.name().split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Line starts of a text; CR, LF and CRLF each end a line. */
    private static final class LineIndex {
        private final int length;
        private final int[] starts;

        LineIndex(String text) {
            this.length = text.length();
            int[] s = new int[16];
            int count = 0;
            s[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == s.length) {
                        s = Arrays.copyOf(s, count * 2);
                    }
                    s[count++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(s, count);
        }

        int length() {
            return length;
        }

        int line(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}
