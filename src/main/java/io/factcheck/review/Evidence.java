package io.factcheck.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source that supports a review: a value, stored as JSON inside the review. */
@Schema(name = "Evidence")
public record Evidence(
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(nullable = true) @Size(max = 500) String title,
        @Schema(nullable = true) @Size(max = 200) String publisher,
        @Schema(description = "The passage of the source that matters", nullable = true) @Size(max = 2000) String quote) {
}
