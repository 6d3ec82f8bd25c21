package io.factcheck.canonical;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.factcheck.common.security.ReadAccess;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/canonical-claims")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
public class CanonicalClaimResource {

    private final CanonicalClaimReads reads;

    private final ReadAccess access;

    public CanonicalClaimResource(CanonicalClaimReads reads, ReadAccess access) {
        this.access = access;
        this.reads = reads;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One canonical claim: its statement, every appearance, its reviews, its first appearance",
            description = "A review of any appearance is the canonical claim's review: verdict and confidence are the "
                    + "latest review's, whichever appearance it was written on (verdictSource).")
    @APIResponse(responseCode = "200", description = "The canonical claim")
    @APIResponse(responseCode = "404", description = "No such canonical claim (or its appearances were all unlinked or deleted)")
    public Uni<CanonicalClaimView> getCanonicalClaim(@RestPath UUID id) {
        return access.deskOnly("canonical claim", id).chain(() -> reads.view(id));
    }
}
