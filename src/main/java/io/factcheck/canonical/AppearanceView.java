package io.factcheck.canonical;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.Anchor;
import io.factcheck.claim.ClaimStatus;

/** Where a canonical claim appeared: one claim, in its article, at its anchor. */
@Schema(name = "Appearance")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppearanceView(
        @Schema(required = true) UUID claimId,
        @Schema(required = true) UUID articleId,
        @Schema(required = true) String articleTitle,
        @Schema(description = "The article's URL, when it has one") String articleUrl,
        String publisher,
        @Schema(description = "The article's publication date") LocalDate publishedAt,
        @Schema(required = true, description = "The claim's wording in this article") String text,
        @Schema(required = true) Anchor anchor,
        @Schema(required = true) ClaimStatus status) {
}
