package io.factcheck.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.claim.ClaimView;
import io.factcheck.factcheck.FactCheckView;

/** One answer of a similar-claim search: a claim of this service, or another publisher's fact-check. */
@Schema(name = "SimilarItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimilarItem(
        @Schema(required = true, enumeration = { "claim", "factcheck" },
                description = "claim: a claim of this service (claim is set); factcheck: an external fact-check "
                        + "(factCheck is set)") String kind,
        @Schema(description = "The claim, as GET /claims/{id} shows it (kind claim only)") ClaimView claim,
        @Schema(description = "The external fact-check (kind factcheck only)") FactCheckView factCheck,
        @Schema(required = true, minimum = "0", maximum = "1",
                description = "How likely this is the same claim, 0 to 1 (src/docs/matching.md)") double score,
        @Schema(required = true, description = "Why it matched: shared words, same person, office and time, or what "
                + "lowered the score") String why) {

    public static final String CLAIM = "claim";
    public static final String FACT_CHECK = "factcheck";

    static SimilarItem of(ClaimView claim, MatchScorer.Score score) {
        return new SimilarItem(CLAIM, claim, null, score.value(), score.why());
    }

    static SimilarItem of(FactCheckView factCheck, MatchScorer.Score score) {
        return new SimilarItem(FACT_CHECK, null, factCheck, score.value(), score.why() + "; external fact-check"
                + (factCheck.publisher() == null ? "" : " by " + factCheck.publisher()));
    }
}
