package io.factcheck.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.common.http.Versioned;

/** An article in a list: everything but the body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(UUID id, String url, String title, String publisher, String author, String language,
        LocalDate publishedAt, boolean publishedAtApproximate, String contentHash, long version, Instant createdAt,
        Instant updatedAt) implements Versioned {

    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id, a.url, a.title, a.publisher, a.author, a.language, a.publishedAt,
                a.publishedAtApproximate, a.contentHash, a.version, a.createdAt, a.updatedAt);
    }
}
