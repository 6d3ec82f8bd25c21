package io.factcheck.knowledge;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/offices")
@Tag(name = "Knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    private final OfficeService service;

    public OfficeResource(OfficeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List offices, newest first", description = "Cursor-paged.")
    @APIResponse(responseCode = "200", description = "A page of offices")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Uni<Page<OfficeView>> listOffices(
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        return service.list(page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an office")
    @APIResponseSchema(value = OfficeView.class, responseCode = "201", responseDescription = "Created; Location names the office")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "409", description = "Another office has this wikidataId")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields")
    @RunsToCompletion
    public Uni<RestResponse<OfficeView>> createOffice(@Valid @NotNull OfficeRequest body) {
        return service.create(body).map(office -> RestResponse.ResponseBuilder
                .<OfficeView>created(URI.create("/api/v1/offices/" + office.id)).entity(OfficeView.of(office)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one office")
    @APIResponse(responseCode = "200", description = "The office")
    @APIResponse(responseCode = "404", description = "No such office")
    public Uni<OfficeView> getOffice(@RestPath UUID id) {
        return service.get(id).map(OfficeView::of);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an office")
    @APIResponse(responseCode = "200", description = "The office")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "404", description = "No such office")
    @APIResponse(responseCode = "409", description = "Another office has this wikidataId, or a concurrent change")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields")
    @RunsToCompletion
    public Uni<OfficeView> updateOffice(@RestPath UUID id, @Valid @NotNull OfficeRequest body) {
        return service.update(id, body).map(OfficeView::of);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete an office with every term of it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such office")
    @RunsToCompletion
    public Uni<RestResponse<Void>> deleteOffice(@RestPath UUID id) {
        return service.delete(id).map(ignored -> RestResponse.noContent());
    }
}
