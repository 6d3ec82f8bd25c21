package io.factcheck.canonical;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.security.Roles;
import io.factcheck.common.security.ReadAccess;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/api/v1/claims/{id}/links")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimLinkResource {

    private final CanonicalClaims canonical;
    private final CanonicalClaimReads reads;

    private final ReadAccess access;

    public ClaimLinkResource(CanonicalClaims canonical, CanonicalClaimReads reads, ReadAccess access) {
        this.access = access;
        this.canonical = canonical;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "The claims a claim is linked to")
    @APIResponse(responseCode = "200", description = "Its canonical claim's other appearances and its RELATED claims")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Uni<ClaimLinks> listLinks(@RestPath UUID id) {
        return access.deskOnly("claim", id).chain(() -> reads.links(id));
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a claim to another (confirm a suggestion)",
            description = "SAME_CLAIM: the claims make the same statement; the claim (with the other appearances of its "
                    + "canonical claim, if any) joins the target's canonical claim, and the latest review of any "
                    + "appearance becomes every appearance's verdict and confidence (each says which review it came "
                    + "from in verdictSource). RELATED: about the same thing, judged apart. A matching suggestion is "
                    + "marked CONFIRMED. Linking twice changes nothing (200).")
    @APIResponseSchema(value = ClaimLinks.class, responseCode = "201", responseDescription = "Linked; the claim's links")
    @APIResponse(responseCode = "200", description = "They were linked so already; the claim's links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimLinks.class)))
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "RELATED asked for two appearances of one canonical claim")
    @APIResponse(responseCode = "422", description = "targetId missing, unknown or the claim itself; unknown relation")
    @RunsToCompletion
    public Uni<RestResponse<ClaimLinks>> linkClaim(@RestPath UUID id, @Valid @NotNull LinkRequest body,
            SecurityContext security) {
        return canonical.link(id, body.targetId(), body.relation(), security.getUserPrincipal().getName())
                .chain(changed -> reads.links(id).map(links -> changed
                        ? RestResponse.ResponseBuilder.<ClaimLinks>created(URI.create("/api/v1/claims/" + id + "/links"))
                                .entity(links).build()
                        : RestResponse.ok(links)));
    }

    @DELETE
    @Path("/{targetId}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Unlink two claims",
            description = "For two appearances of one canonical claim: this claim leaves it and gets its own history "
                    + "back (its own latest review, else the checker's verdict, else none); the canonical claim's verdict "
                    + "is recomputed without it, and a canonical claim left with one appearance ends. For RELATED claims: "
                    + "the link goes.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "404", description = "No such claim, or the claims are not linked")
    @RunsToCompletion
    public Uni<RestResponse<Void>> unlinkClaim(@RestPath UUID id, @RestPath UUID targetId) {
        return canonical.unlink(id, targetId).map(ignored -> RestResponse.noContent());
    }
}
