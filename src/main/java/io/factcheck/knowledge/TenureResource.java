package io.factcheck.knowledge;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Terms of office by id; they are created under their person (POST /people/{id}/tenures). */
@Path("/api/v1/tenures")
@Tag(name = "Knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class TenureResource {

    private final TenureService service;

    public TenureResource(TenureService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one term of office")
    @APIResponse(responseCode = "200", description = "The tenure")
    @APIResponse(responseCode = "404", description = "No such tenure")
    public Uni<TenureView> getTenure(@RestPath UUID id) {
        return service.get(id);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a term of office", description = "Same rules as creating one; the person stays.")
    @APIResponse(responseCode = "200", description = "The tenure")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong types, a bad date or an unknown precision")
    @APIResponse(responseCode = "404", description = "No such tenure")
    @APIResponse(responseCode = "409", description = "The person already has a term in this office starting that day, or a concurrent change")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields, end not after start, or an unknown office")
    @RunsToCompletion
    public Uni<TenureView> updateTenure(@RestPath UUID id, @Valid @NotNull TenureRequest body) {
        return service.update(id, body);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a term of office")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such tenure")
    @RunsToCompletion
    public Uni<RestResponse<Void>> deleteTenure(@RestPath UUID id) {
        return service.delete(id).map(ignored -> RestResponse.noContent());
    }
}
