package io.factcheck.check;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.common.PublishedAt;
import jakarta.validation.constraints.NotBlank;
import io.factcheck.common.PublishedAt;
import jakarta.validation.constraints.Pattern;
import io.factcheck.common.PublishedAt;
import jakarta.validation.constraints.Size;

/** Body of POST /check: a text and the date it speaks from. */
@Schema(name = "CheckRequest")
public record CheckRequest(
        @Schema(description = "The text to check (plain text or markdown)")
        @NotBlank @Size(max = CheckRequest.MAX_TEXT_CHARS) String text,
        @Schema(description = "When the text speaks from, usually its publication: a date or a date-time with "
                + "offset, whose local date the checker judges at; today (UTC) when absent") PublishedAt publishedAt,
        @Schema(description = "For SARIF output: the artifact URI results point at", examples = "drafts/lukashenko.md")
        @Size(max = 1000) @Pattern(regexp = "\\S+", message = "must not contain spaces") String uri) {

    /** 100k characters: a long feature is 30k; the limit keeps one request from pinning a worker. */
    public static final int MAX_TEXT_CHARS = 100_000;
}
