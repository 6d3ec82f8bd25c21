package io.factcheck.canonical;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** Body of POST /claims/{id}/links. */
@Schema(name = "LinkRequest")
public record LinkRequest(
        @Schema(required = true, description = "The claim to link to") @NotNull UUID targetId,
        @Schema(required = true, description = "SAME_CLAIM: the same statement (one canonical claim, one verdict); "
                + "RELATED: about the same thing, judged apart") @NotNull LinkRelation relation) {
}
