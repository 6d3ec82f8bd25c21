package io.factcheck.review;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.claim.Verdict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /claims/{id}/reviews. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @NotNull Verdict verdict,
        @Schema(description = "How sure the reviewer is of the verdict, 0 to 1", examples = "0.9")
        @NotNull @DecimalMin("0") @DecimalMax("1") Double confidence,
        @Schema(description = "Why, in a sentence or two") @NotBlank @Size(max = 5000) String summary,
        @Schema(description = "The correct wording, where the claim is wrong") @Size(max = 5000) String correction,
        @Size(max = 50) List<@Valid @NotNull Evidence> evidence,
        @Schema(description = "Display name of the reviewer (e.g. a byline); the API key's name is recorded "
                + "separately as reviewedBy") @Size(max = 200) String reviewer,
        @Schema(description = "The fact-check page on the newsroom's own site (absolute http(s) URL): the ClaimReview "
                + "url. Left out: the claim's previous review's publishedUrl is kept", maxLength = WebPageUrl.MAX_LENGTH,
                examples = "https://news.example/fact-checks/hun-sen-prime-minister")
        @WebPageUrl String publishedUrl) {
}
