package io.factcheck.article;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.claim.ClaimView;

/** GET /articles/{id}/claims: every claim of the article, in text order. */
@Schema(name = "ArticleClaims")
public record ArticleClaims(UUID articleId, List<ClaimView> items) {
}
