package io.factcheck.matching;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.security.Roles;
import io.factcheck.common.security.ReadAccess;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/api/v1/claims/{id}/suggestions")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final Suggestions suggestions;

    private final ReadAccess access;

    public SuggestionResource(Suggestions suggestions, ReadAccess access) {
        this.access = access;
        this.suggestions = suggestions;
    }

    @GET
    @Operation(summary = "The matches stored for a claim, waiting for an editor",
            description = "When an article is created, revised or re-checked, each claim the checker adds gets its best "
                    + "matches (score at least " + MatchScorer.SUGGESTION_THRESHOLD + ", at most "
                    + MatchScorer.SUGGESTIONS_PER_CLAIM + ") stored here, and a claim.matched event says so. Nothing is "
                    + "linked until an editor confirms one with POST /claims/{id}/links or rejects it.")
    @APIResponse(responseCode = "200", description = "The suggestions, best first")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Uni<ClaimSuggestions> listSuggestions(@RestPath UUID id) {
        return access.deskOnly("claim", id).chain(() -> suggestions.of(id));
    }

    @POST
    @Path("/{suggestionId}/reject")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Reject a suggestion", description = "The claims are not the same; the suggestion stays, "
            + "REJECTED, so nobody weighs it again.")
    @APIResponse(responseCode = "200", description = "The claim's suggestions after the rejection")
    @APIResponse(responseCode = "404", description = "No such claim or suggestion")
    @APIResponse(responseCode = "409", description = "The suggestion was confirmed: unlink the claims instead")
    @RunsToCompletion
    public Uni<ClaimSuggestions> rejectSuggestion(@RestPath UUID id, @RestPath UUID suggestionId,
            SecurityContext security) {
        return suggestions.reject(id, suggestionId, security.getUserPrincipal().getName())
                .chain(() -> suggestions.of(id));
    }
}
