package io.factcheck.claimevent;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;

/** The {@code data:} of a claim event: the claim's state when the event is sent (as deleted, for claim.deleted). */
@Schema(name = "ClaimEvent", description = "The data of a server-sent claim event; the event's name is its type "
        + "(claim.created, claim.reviewed, claim.changed, claim.orphaned, claim.deleted, claim.matched, claim.flagged) "
        + "and its id a monotonic number")
public record ClaimEventData(UUID claimId, UUID articleId, Verdict verdict, Double confidence, ClaimStatus status,
        long version) {
}
