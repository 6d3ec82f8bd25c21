package io.factcheck.knowledgesync;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The changes syncs and imports found; an admin accepts or rejects the proposals among them. */
@Path("/api/v1/knowledge/changes")
@Tag(name = "Knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeChangeResource {

    private final KnowledgeChangeService service;

    public KnowledgeChangeResource(KnowledgeChangeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the changes syncs and imports found, newest first",
            description = "status=PROPOSED lists what waits for an admin: changes that contradict shipped or "
                    + "hand-edited tenures. Cursor-paged.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "Bad status, syncId, limit or cursor")
    public Uni<Page<ChangeView>> listKnowledgeChanges(
            @Parameter(description = "APPLIED, PROPOSED, ACCEPTED, REJECTED or SUPERSEDED; comma-separated or repeated")
            @RestQuery List<String> status,
            @Parameter(description = "Only the changes of this run") @RestQuery String syncId,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        return service.list(QueryParams.enums("status", status, ChangeStatus.class), QueryParams.uuid("syncId", syncId),
                page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One change")
    @APIResponse(responseCode = "200", description = "The change")
    @APIResponse(responseCode = "404", description = "No such change")
    public Uni<ChangeView> getKnowledgeChange(@RestPath UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Accept a proposal: apply Wikidata's dates",
            description = "The tenure takes the proposed dates and counts as Wikidata's from then on; the articles "
                    + "that depend on its office are re-checked (the answer's reviewSyncId names that run).")
    @APIResponse(responseCode = "200", description = "The accepted change")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "Not a proposal (any more), or its tenure changed since")
    @RunsToCompletion
    public Uni<ChangeView> acceptKnowledgeChange(@RestPath UUID id, SecurityContext security) {
        return service.accept(id, security.getUserPrincipal().getName());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reject a proposal: keep the knowledge as it is",
            description = "Later syncs do not propose the same dates for the tenure again.")
    @APIResponse(responseCode = "200", description = "The rejected change")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "Not a proposal (any more)")
    @RunsToCompletion
    public Uni<ChangeView> rejectKnowledgeChange(@RestPath UUID id, SecurityContext security) {
        return service.reject(id, security.getUserPrincipal().getName());
    }
}
