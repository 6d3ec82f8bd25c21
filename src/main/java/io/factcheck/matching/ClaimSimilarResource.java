package io.factcheck.matching;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.factcheck.common.QueryParams;
import io.factcheck.common.security.Visibility;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/claims/{id}/similar")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimSimilarResource {

    private final ClaimMatcher matcher;

    private final Visibility visibility;

    public ClaimSimilarResource(ClaimMatcher matcher, Visibility visibility) {
        this.matcher = matcher;
        this.visibility = visibility;
    }

    @GET
    @Operation(summary = "Claims and fact-checks similar to a claim",
            description = "What GET /claims/similar answers for this claim's text, read with what the checker "
                    + "resolved in it (its person, office and time) and its article's date; the claim itself is "
                    + "left out. " + SimilarResource.HOW)
    @APIResponse(responseCode = "200", description = "The matches, best first (possibly none)")
    @APIResponse(responseCode = "400", description = "A bad limit")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Uni<SimilarAnswer> similarToClaim(@RestPath UUID id,
            @Parameter(description = "Most answers, 1 to 50 (default 10)") @RestQuery String limit) {
        int max = SimilarResource.limit(QueryParams.positiveInt("limit", limit, ClaimMatcher.MAX_LIMIT));
        return visibility.claim(id).chain(audience -> matcher.similarToClaim(id, max, audience)).map(SimilarAnswer::new);
    }

}
