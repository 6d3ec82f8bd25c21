package io.factcheck.gate;

import java.util.UUID;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;

/** The columns of a claim the gate reads (quote, start and end are its anchor's): never bodies or annotations. */
public record GateClaim(
        UUID id,
        long version,
        Verdict verdict,
        Double confidence,
        ClaimStatus status,
        String quote,
        int start,
        int end) {
}
