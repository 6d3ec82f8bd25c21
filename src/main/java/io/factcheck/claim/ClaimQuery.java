package io.factcheck.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Filters of GET /claims; null or empty means "any". Dates bound the article's publication date, inclusive. */
public record ClaimQuery(String q, List<Verdict> verdicts, List<ClaimStatus> statuses, UUID articleId,
        String publisher, String person, Double minConfidence, LocalDate since, LocalDate until) {
}
