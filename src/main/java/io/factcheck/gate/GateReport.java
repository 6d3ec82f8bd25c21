package io.factcheck.gate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;

/** GET /articles/{id}/gate: whether the article passes, and which claims fail it and why. */
@Schema(name = "GateReport")
public record GateReport(
        UUID articleId,
        @Schema(description = "True when no claim fails; CI runs `jq -e .passed`") boolean passed,
        @Schema(description = "The rules applied (the parameters, with defaults filled in)") Policy policy,
        @Schema(description = "Claims per current verdict (every verdict listed, orphaned claims not counted)") Map<Verdict, Integer> counts,
        @Schema(description = "Claims judged: all but the orphaned ones") int claims,
        @Schema(description = "Judged claims nobody has reviewed yet (status PENDING)") int pending,
        @Schema(description = "Claims whose quote is gone from the article: not judged") int orphaned,
        @Schema(description = "The claims that fail the gate, in text order") List<FailingClaim> failing) {

    @Schema(name = "GatePolicy")
    public record Policy(List<Verdict> failOn, double minConfidence,
            @Schema(enumeration = { "pass", "fail" }) String pending) {
    }

    @Schema(name = "GateFailingClaim")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailingClaim(UUID claimId,
            @Schema(description = "Absent when the claim has no verdict yet") Verdict verdict,
            Double confidence,
            ClaimStatus status,
            @Schema(description = "The quoted text (anchor.exact)") String quote,
            @Schema(description = "Offset of the quote in the body (UTF-16 code units)") int start,
            @Schema(description = "End of the quote, exclusive") int end,
            @Schema(description = "Why it fails") String reason) {
    }
}
