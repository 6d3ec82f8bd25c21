package io.factcheck.canonical;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** GET /claims/{id}/links: the claims this one is linked to. */
@Schema(name = "ClaimLinks")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimLinks(
        @Schema(required = true) UUID claimId,
        @Schema(description = "The canonical claim it is an appearance of; absent while it has no SAME_CLAIM link") UUID canonicalClaimId,
        @Schema(required = true, description = "SAME_CLAIM: the other appearances of its canonical claim; RELATED: "
                + "claims linked as related, either way") List<Link> items) {

    @Schema(name = "ClaimLink")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(@Schema(required = true) UUID targetId, @Schema(required = true) LinkRelation relation,
            @Schema(required = true) UUID targetArticleId,
            @Schema(description = "RELATED only: the API key that linked them") String linkedBy,
            @Schema(description = "RELATED only: when") Instant createdAt) {
    }
}
