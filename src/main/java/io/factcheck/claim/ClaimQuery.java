package io.factcheck.claim;

import java.util.List;
import java.util.UUID;

import io.factcheck.common.PublishedAt;

/** Filters of GET /claims; null or empty means "any". since/until bound the article's publication, inclusive. */
public record ClaimQuery(String q, List<Verdict> verdicts, List<ClaimStatus> statuses, UUID articleId,
        String publisher, String person, Double minConfidence, PublishedAt since, PublishedAt until) {
}
