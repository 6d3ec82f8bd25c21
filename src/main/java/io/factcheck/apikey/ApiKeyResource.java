package io.factcheck.apikey;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/api/v1/keys")
@Tag(name = "API keys", description = "Bearer keys for writes (admin only)")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService service;

    public ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List API keys, newest first", description = "Names, roles and dates; never a secret.")
    @APIResponse(responseCode = "200", description = "A page of keys")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Uni<Page<ApiKeyView>> listKeys(
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        return service.list(PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key",
            description = "Answers the secret once; only its SHA-256 is stored, so a lost key is revoked and reissued.")
    @APIResponseSchema(value = IssuedApiKey.class, responseCode = "201", responseDescription = "Issued; the body holds the secret")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "409", description = "An active key already has this name")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing name, or a role other than editor or admin")
    @RunsToCompletion
    public Uni<RestResponse<IssuedApiKey>> issueKey(@Valid @NotNull ApiKeyRequest body, SecurityContext security) {
        return service.issue(body, security.getUserPrincipal().getName()).map(issued -> RestResponse.ResponseBuilder
                .<IssuedApiKey>created(URI.create("/api/v1/keys/" + issued.id())).entity(issued)
                .header("Cache-Control", "no-store").build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke an API key",
            description = "Effective at once on every instance; the key stays listed.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key")
    @RunsToCompletion
    public Uni<RestResponse<Void>> revokeKey(@RestPath UUID id, SecurityContext security) {
        return service.revoke(id, security.getUserPrincipal().getName()).map(ignored -> RestResponse.noContent());
    }
}
