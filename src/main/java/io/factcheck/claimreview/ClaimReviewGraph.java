package io.factcheck.claimreview;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Several ClaimReviews as one JSON-LD document sharing one @context. */
@Schema(name = "ClaimReviewGraph", description = "JSON-LD document: the article's reviewed claims as schema.org ClaimReviews")
@JsonPropertyOrder({ "@context", "@graph" })
public record ClaimReviewGraph(
        @JsonProperty("@context") @Schema(examples = "https://schema.org") String context,
        @JsonProperty("@graph") List<ClaimReview> graph) {
}
