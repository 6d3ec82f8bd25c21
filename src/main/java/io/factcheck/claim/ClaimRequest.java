package io.factcheck.claim;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /claims: an EDITOR claim in an article, anchored by offsets or by quote. */
@Schema(name = "ClaimRequest")
public record ClaimRequest(
        @NotNull UUID articleId,
        @Schema(description = "The checkable statement; defaults to the quoted text") @Size(max = 10_000) String text,
        @NotNull @Valid AnchorRequest anchor,
        @Schema(description = "Who made the statement") @Size(max = 300) String claimant,
        @Schema(description = "Who the statement is about") @Size(max = 300) String person) {
}
