package io.factcheck.factcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Another publisher's fact-check, as imported. */
@Schema(name = "ExternalFactCheck")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactCheckView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The fact-check's URL: what imports are deduplicated by") String url,
        @Schema(description = "Who published it (ClaimReview author, claims:search publisher.name)") String publisher,
        @Schema(description = "The publisher's site") String publisherSite,
        @Schema(description = "The fact-check's headline") String headline,
        @Schema(required = true, description = "The claim that was checked") String claimText,
        @Schema(description = "Who made the claim") String claimant,
        @Schema(description = "When the claim was made") LocalDate claimDate,
        @Schema(description = "When the fact-check was published") LocalDate reviewDate,
        @Schema(description = "The rating as published, e.g. \"Pants on Fire\" or \"2\"") String ratingText,
        @Schema(description = "The rating on one scale, 1 = true, 0 = false; absent when the published rating cannot "
                + "be placed on it", minimum = "0", maximum = "1") Double rating,
        @Schema(description = "Language of the fact-check (BCP 47)") String language,
        @Schema(required = true, description = "The shape it was imported from") FactCheckFormat source,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
