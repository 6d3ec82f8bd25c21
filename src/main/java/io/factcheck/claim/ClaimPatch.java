package io.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Body of PATCH /claims/{id}: fields present replace the stored ones; an empty string clears claimant/person. */
@Schema(name = "ClaimPatch")
public record ClaimPatch(
        @Size(min = 1, max = 10_000) String text,
        @Valid AnchorRequest anchor,
        @Size(max = 300) String claimant,
        @Size(max = 300) String person) {
}
