package io.factcheck.check;

import io.factcheck.claim.Verdict;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the checker found in one text span. {@code start}/{@code end} are UTF-16 offsets into the checked text,
 * {@code end} exclusive, and {@code quote} is {@code text.substring(start, end)}.
 */
@Schema(name = "Annotation", description = "What the checker found in one span of the text",
        requiredProperties = { "start", "end", "quote", "kind", "verdict", "confidence", "person", "office", "tenures",
                "message", "suggestion" })
public record Annotation(
        @Schema(description = "Offset of the span's first UTF-16 code unit in the checked text", minimum = "0") int start,
        @Schema(description = "Offset just past the span (exclusive)", minimum = "0") int end,
        @Schema(description = "The span's text", examples = "the Prime Minister of Cambodia") String quote,
        @Schema(description = "What kind of finding this is", enumeration = ROLE_TENURE) String kind,
        Verdict verdict,
        @Schema(description = "How sure the checker is, 0 to 1", minimum = "0", maximum = "1") double confidence,
        @Schema(description = "The person the span refers to") EntityRef person,
        @Schema(description = "The office the span names") EntityRef office,
        @Schema(description = "The terms of office the verdict rests on") List<TenureRef> tenures,
        @Schema(description = "Why, in plain English") String message,
        @Schema(description = "The correct wording; null when the wording is right", nullable = true,
                examples = "the former Prime Minister of Cambodia, Hun Sen") String suggestion) {

    public static final String ROLE_TENURE = "ROLE_TENURE";

    public Annotation {
        tenures = tenures == null ? List.of() : List.copyOf(tenures);
    }

    /** A person or an office; an office's name reads like "Prime Minister of Cambodia". */
    @Schema(name = "EntityRef", requiredProperties = { "id", "name" })
    public record EntityRef(
            @Schema(description = "Its id in the knowledge base; null when none could be told", nullable = true) String id,
            @Schema(nullable = true, examples = "Hun Sen") String name) {}

    /** A term of office as evidence: ISO dates ({@code end} null while in office), its precision and source URL. */
    @Schema(name = "TenureRef", requiredProperties = { "start", "end", "precision", "source" })
    public record TenureRef(
            @Schema(format = "date", examples = "1985-01-14") String start,
            @Schema(format = "date", nullable = true, description = "null while in office", examples = "2023-08-22") String end,
            @Schema(enumeration = { "DAY", "MONTH", "YEAR" }) String precision,
            @Schema(format = "uri", nullable = true, description = "Where the dates come from") String source) {}
}
