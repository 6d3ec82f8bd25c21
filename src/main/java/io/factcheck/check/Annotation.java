package io.factcheck.check;

import io.factcheck.claim.Verdict;

import java.util.List;

/**
 * What the checker found in one text span. {@code start}/{@code end} are UTF-16 offsets into the checked text,
 * {@code end} exclusive, and {@code quote} is {@code text.substring(start, end)}.
 */
public record Annotation(int start, int end, String quote, String kind, Verdict verdict, double confidence,
                         EntityRef person, EntityRef office, List<TenureRef> tenures,
                         String message, String suggestion) {

    public static final String ROLE_TENURE = "ROLE_TENURE";

    public Annotation {
        tenures = tenures == null ? List.of() : List.copyOf(tenures);
    }

    /** A person or an office; an office's name reads like "Prime Minister of Cambodia". */
    public record EntityRef(String id, String name) {}

    /** A term of office as evidence: ISO dates ({@code end} null while in office), its precision and source URL. */
    public record TenureRef(String start, String end, String precision, String source) {}
}
