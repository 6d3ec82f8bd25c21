package io.factcheck.claim;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.factcheck.common.PublishedAt;
import io.factcheck.common.QueryParams;

/** Parses GET /claims parameters into a {@link ClaimQuery}, folding maxAgeDays into the since bound. */
final class ClaimQueries {

    static final int MAX_AGE_DAYS = 36_500;

    private ClaimQueries() {
    }

    static ClaimQuery parse(String q, List<String> verdict, List<String> status, String articleId, String publisher,
            String person, String minConfidence, String since, String until, String maxAgeDays) {
        PublishedAt sinceBound = QueryParams.publishedAt("since", since);
        Integer maxAge = QueryParams.positiveInt("maxAgeDays", maxAgeDays, MAX_AGE_DAYS);
        if (maxAge != null) {
            PublishedAt cutoff = PublishedAt.of(LocalDate.now(ZoneOffset.UTC).minusDays(maxAge));
            sinceBound = sinceBound == null || cutoff.instant().isAfter(sinceBound.instant()) ? cutoff : sinceBound;
        }
        return new ClaimQuery(q == null || q.isBlank() ? null : q.trim(),
                QueryParams.enums("verdict", verdict, Verdict.class),
                QueryParams.enums("status", status, ClaimStatus.class),
                QueryParams.uuid("articleId", articleId), publisher, person,
                QueryParams.unitInterval("minConfidence", minConfidence), sinceBound,
                QueryParams.publishedAt("until", until));
    }
}
