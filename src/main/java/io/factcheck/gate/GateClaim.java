package io.factcheck.gate;

import java.util.UUID;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;
import io.quarkus.hibernate.reactive.panache.common.ProjectedFieldName;

/** The columns of a claim the gate reads: a projection, so the gate never loads bodies or annotations. */
public record GateClaim(
        UUID id,
        long version,
        Verdict verdict,
        Double confidence,
        ClaimStatus status,
        @ProjectedFieldName("anchor.exact") String quote,
        @ProjectedFieldName("anchor.start") int start,
        @ProjectedFieldName("anchor.end") int end) {
}
