package io.factcheck.article;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.common.PublishedAt;
import io.factcheck.common.http.Versioned;

/** An article in a list: everything but the body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(UUID id, @Schema(nullable = true) String url, String title,
        @Schema(nullable = true) String publisher, @Schema(nullable = true) String author,
        @Schema(nullable = true) String language,
        @Schema(type = SchemaType.STRING, pattern = PublishedAt.PATTERN, nullable = true,
                description = "A date or a date-time with offset, as it was sent") PublishedAt publishedAt, boolean publishedAtApproximate, String contentHash, long version, Instant createdAt,
        Instant updatedAt, ArticleState state,
        @Schema(nullable = true, description = "When it was last published or retracted") Instant stateChangedAt)
        implements Versioned {

    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id, a.url, a.title, a.publisher, a.author, a.language,
                PublishedAt.of(a.publishedAt, a.publishedInstant, a.publishedOffsetSeconds),
                a.publishedAtApproximate, a.contentHash, a.version, a.createdAt, a.updatedAt, a.state,
                a.stateChangedAt);
    }
}
