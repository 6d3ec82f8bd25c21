package io.factcheck.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.ClaimView;
import io.factcheck.common.PublishedAt;
import io.factcheck.common.http.Versioned;

/** One article with its body; {@code claims} only with {@code ?include=claims} (and on PUT, to show re-anchoring). */
@Schema(name = "Article")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(UUID id, String url, String title, String publisher, String author, String language,
        PublishedAt publishedAt, boolean publishedAtApproximate, String body, String contentHash, long version,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "DRAFT (visible to API keys only), PUBLISHED or RETRACTED") ArticleState state,
        @Schema(description = "When it was last published or retracted; absent while it was never published") Instant stateChangedAt,
        @Schema(description = "The article's claims, in text order; present with include=claims") List<ClaimView> claims)
        implements Versioned {

    static ArticleView of(Article a, List<ClaimView> claims) {
        return new ArticleView(a.id, a.url, a.title, a.publisher, a.author, a.language,
                PublishedAt.of(a.publishedAt, a.publishedInstant, a.publishedOffsetSeconds),
                a.publishedAtApproximate, a.body, a.contentHash, a.version, a.createdAt, a.updatedAt, a.state,
                a.stateChangedAt, claims);
    }
}
